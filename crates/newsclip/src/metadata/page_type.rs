//! The kind of page — article, forum, product, documentation, service,
//! listing or collection — from structured data, the URL's path, the
//! title's words and what the page is built of (prices and cart buttons,
//! posts and replies, code, repeated cards, forms), weighed together by a
//! small linear model fitted on WCXB dev.

/// What the collecting pass counted for the classifier.
#[derive(Debug, Default, Clone)]
pub struct Cues {
    /// JSON-LD `@type`s.
    pub ld_types: Vec<String>,
    /// `og:type`.
    pub og_type: Option<String>,
    /// The page address.
    pub url: Option<String>,
    /// Elements whose class/id/itemprop mention a price.
    pub prices: u32,
    /// Add-to-cart / buy buttons and forms.
    pub carts: u32,
    /// Elements whose class/id mark a post, reply or thread.
    pub posts: u32,
    /// `<pre>` and `<code>` elements.
    pub code: u32,
    /// `<article>` elements.
    pub articles: u32,
    /// Headline-like links in repeated cards (from content finding).
    pub cards: u32,
    /// The page has a publication date / authors.
    pub dated: bool,
    /// The page names authors.
    pub authored: bool,
    /// Characters of the main content.
    pub main_chars: u32,
    /// Characters of links within the main content.
    pub main_link_chars: u32,
    /// Roots of the main content.
    pub roots: u32,
    /// `<form>` elements.
    pub forms: u32,
    /// Form fields: `<input>`, `<select>`, `<textarea>`.
    pub inputs: u32,
    /// `<li>` elements.
    pub items: u32,
    /// `<img>` elements.
    pub images: u32,
    /// `<h1>` elements.
    pub h1s: u32,
    /// `<h2>`–`<h4>` headings.
    pub headings: u32,
    /// The title's words, lower-cased.
    pub title: String,
}

/// The kinds, in output order.
pub const KINDS: [&str; 7] = ["article", "forum", "product", "documentation", "service", "listing", "collection"];

/// Kinds of page that no one signs or dates: a name on one belongs to a
/// review, a card or a testimonial, a date to a card or a revision.
pub fn unsigned(kind: &str) -> bool {
    matches!(kind, "product" | "collection" | "listing" | "service" | "documentation")
}

/// JSON-LD types, by the kind they speak for.
const LD_ARTICLE: &[&str] = &[
    "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "Report",
    "ScholarlyArticle", "Recipe", "HowTo",
];
const LD_FORUM: &[&str] = &["DiscussionForumPosting", "QAPage", "Question", "Answer", "Comment", "SocialMediaPosting"];
const LD_PRODUCT: &[&str] = &["Product", "Offer", "AggregateOffer", "ProductGroup", "IndividualProduct"];
const LD_DOCS: &[&str] = &["TechArticle", "APIReference", "SoftwareSourceCode"];
const LD_COLLECTION: &[&str] = &["CollectionPage", "ItemList", "SearchResultsPage", "OfferCatalog"];
const LD_SERVICE: &[&str] = &[
    "Service", "LocalBusiness", "ProfessionalService", "FinancialService", "MedicalBusiness", "Dentist", "LegalService",
    "HomeAndConstructionBusiness", "ContactPage", "AboutPage",
];
const LD_APP: &[&str] = &["SoftwareApplication", "WebApplication", "MobileApplication"];

/// Words of a URL's path, by the kind they speak for.
const URL_FORUM: &[&str] = &[
    "forum", "forums", "thread", "threads", "topic", "topics", "t", "questions", "community", "discussion", "discussions",
    "viewtopic.php", "showthread.php", "r", "comments", "answers",
];
const URL_PRODUCT: &[&str] = &["product", "products", "p", "dp", "item", "itm", "shop", "store", "buy", "sku"];
const URL_DOCS: &[&str] = &[
    "docs", "doc", "documentation", "api", "reference", "manual", "guide", "guides", "developer", "developers", "sdk", "wiki",
    "kb", "handbook", "tutorial", "learn", "help", "support",
];
const URL_COLLECTION: &[&str] =
    &["category", "categories", "collections", "collection", "tag", "tags", "c", "catalog", "shop-all", "search", "browse", "topics", "archive", "best"];
const URL_LISTING: &[&str] = &["jobs", "events", "listings", "directory", "news", "blog", "results", "list"];
const URL_SERVICE: &[&str] =
    &["services", "service", "solutions", "pricing", "about", "contact", "features", "plans", "platform", "company", "why", "industries", "enterprise"];
const URL_ARTICLE: &[&str] = &["blog", "news", "article", "articles", "story", "stories", "post", "posts", "insights", "resources", "magazine"];

/// Title words, by what they announce.
const TITLE_BEST: &[&str] = &["best", "top"];
const TITLE_HOW: &[&str] = &["how", "why", "what", "guide", "tips", "ways"];
const TITLE_SERVICE: &[&str] = &["services", "service", "solutions", "consulting", "agency", "company", "software", "platform", "pricing", "plans"];
const TITLE_SHOP: &[&str] = &["buy", "shop", "sale", "price", "store", "cart"];
const TITLE_DOCS: &[&str] = &["documentation", "docs", "api", "reference", "function", "class", "method", "module"];
const TITLE_LIST: &[&str] = &["jobs", "events", "news", "blog", "archive", "articles", "posts", "category", "results"];

/// Number of features.
const N_FEATURES: usize = FEATURES.len();

/// The features' names, in the order of [`WEIGHTS`].
const FEATURES: [&str; 60] = ["articles4", "authored", "bias", "cards", "cards6", "carts_few", "carts_many", "code", "code3", "dated", "forms", "h1_multi", "headings", "images", "inputs", "items", "ld_app", "ld_art", "ld_col", "ld_doc", "ld_faq", "ld_forum", "ld_prod", "ld_ser", "ld_webpage_only", "link_share", "link_share4", "log_chars", "neither", "og_art", "og_prod", "og_web", "posts", "posts3", "prices_few", "prices_many", "roots3", "short", "short_undated", "t_best", "t_docs", "t_how", "t_list", "t_num", "t_q", "t_service", "t_shop", "url_art", "url_art_deep", "url_col", "url_date", "url_depth", "url_doc", "url_forum", "url_lst", "url_lst_short", "url_product", "url_root", "url_ser", "url_slug4"];

/// What the page's cues say, one number per feature, most of them 0 or 1.
fn features(c: &Cues) -> [f64; N_FEATURES] {
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let frac = |n: u32, cap: u32| f64::from(n.min(cap)) / f64::from(cap);
    let ld = |set: &[&str]| c.ld_types.iter().any(|t| set.contains(&t.as_str()));
    let og = c.og_type.as_deref().map(str::to_ascii_lowercase).unwrap_or_default();
    let link_share = if c.main_chars > 0 { f64::from(c.main_link_chars) / f64::from(c.main_chars) } else { 0.0 };
    let ld_article = ld(LD_ARTICLE);
    let mut f = [0.0; N_FEATURES];
    let mut set = |name: &str, v: f64| {
        if let Some(i) = FEATURES.iter().position(|n| *n == name) {
            f[i] = v;
        }
    };
    set("articles4", b(c.articles >= 4));
    set("authored", b(c.authored));
    set("bias", 1.0);
    set("cards", frac(c.cards, 30));
    set("cards6", b(c.cards >= 6));
    set("carts_few", b((1..=3).contains(&c.carts)));
    set("carts_many", b(c.carts >= 4));
    set("code", frac(c.code, 20));
    set("code3", b(c.code >= 3));
    set("dated", b(c.dated));
    set("forms", frac(c.forms, 5));
    set("h1_multi", b(c.h1s > 1));
    set("headings", frac(c.headings, 30));
    set("images", frac(c.images, 100));
    set("inputs", frac(c.inputs, 20));
    set("items", frac(c.items, 200));
    set("ld_app", b(ld(LD_APP)));
    set("ld_art", b(ld_article));
    set("ld_col", b(ld(LD_COLLECTION)));
    set("ld_doc", b(ld(LD_DOCS)));
    set("ld_faq", b(ld(&["FAQPage"])));
    set("ld_forum", b(ld(LD_FORUM)));
    set("ld_prod", b(ld(LD_PRODUCT)));
    set("ld_ser", b(ld(LD_SERVICE)));
    set("ld_webpage_only", b(ld(&["WebPage"]) && !ld_article));
    set("link_share", link_share);
    set("link_share4", b(link_share > 0.4));
    set("log_chars", f64::from(c.main_chars.max(10)).log10() / 5.0);
    set("neither", b(!c.dated && !c.authored));
    set("og_art", b(og == "article"));
    set("og_prod", b(matches!(og.as_str(), "product" | "og:product" | "product.item")));
    set("og_web", b(og == "website"));
    set("posts", frac(c.posts, 20));
    set("posts3", b(c.posts >= 3));
    set("prices_few", b((1..=5).contains(&c.prices)));
    set("prices_many", b(c.prices >= 12));
    set("roots3", b(c.roots > 3));
    set("short", b(c.main_chars < 1500));
    set("short_undated", b(c.main_chars < 1500 && !c.dated));
    title_features(&c.title, &mut set);
    if let Some(url) = &c.url {
        address_features(url, &mut set);
    }
    f
}

/// The title's words' features (`t_*`), given to `set` by name; `title`
/// is in lower case. Shared with the text path's model.
pub(crate) fn title_features(title: &str, set: &mut impl FnMut(&str, f64)) {
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let words: Vec<&str> = title.split(|ch: char| !(ch.is_ascii_lowercase() || ch.is_ascii_digit())).filter(|w| !w.is_empty()).collect();
    let titled = |list: &[&str]| words.iter().any(|w| list.contains(w));
    set("t_best", b(titled(TITLE_BEST)));
    set("t_docs", b(titled(TITLE_DOCS)));
    set("t_how", b(titled(TITLE_HOW)));
    set("t_list", b(titled(TITLE_LIST)));
    let number = title.split(|ch: char| !(ch.is_alphanumeric() || ch == '_')).any(|w| !w.is_empty() && w.chars().all(|ch| ch.is_ascii_digit()));
    set("t_num", b(number));
    set("t_q", b(title.contains('?')));
    set("t_service", b(titled(TITLE_SERVICE)));
    set("t_shop", b(titled(TITLE_SHOP)));
}

/// The page address's features (`url_*`), given to `set` by name. Shared
/// with the text path's model.
pub(crate) fn address_features(url: &str, set: &mut impl FnMut(&str, f64)) {
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let path = url.split("://").nth(1).and_then(|r| r.find('/').map(|i| &r[i..])).unwrap_or("/").to_ascii_lowercase();
    let segs: Vec<&str> = path.split(['/', '?', '#', '&', '=']).filter(|s| !s.is_empty()).collect();
    let has = |words: &[&str]| {
        segs.iter().any(|s| {
            words.iter().any(|w| {
                *s == *w
                    || s.strip_prefix(w).is_some_and(|r| r.starts_with('-'))
                    || s.strip_suffix(w).is_some_and(|r| r.ends_with('-'))
            })
        })
    };
    let (article, listing) = (has(URL_ARTICLE), has(URL_LISTING));
    set("url_art", b(article));
    set("url_art_deep", b(article && segs.len() >= 2));
    set("url_col", b(has(URL_COLLECTION)));
    set("url_date", b(dated_path(url)));
    set("url_depth", segs.len().min(5) as f64 / 5.0);
    set("url_doc", b(has(URL_DOCS)));
    set("url_forum", b(has(URL_FORUM)));
    set("url_lst", b(listing));
    set("url_lst_short", b(listing && segs.len() <= 2));
    set("url_product", b(has(URL_PRODUCT)));
    set("url_root", b(segs.is_empty()));
    set("url_ser", b(has(URL_SERVICE)));
    set("url_slug4", b(segs.last().is_some_and(|s| s.matches('-').count() >= 4)));
}

/// The model's features for these cues, by name, in the order of its
/// weights: what `scripts/fit-page-type.py` fits the weights on.
pub fn named_features(c: &Cues) -> Vec<(&'static str, f64)> {
    FEATURES.iter().copied().zip(features(c)).collect()
}

/// A URL with `/2024/05/` in it: a dated article's address.
fn dated_path(url: &str) -> bool {
    let b = url.as_bytes();
    (0..b.len()).any(|i| {
        let year = b.get(i + 1..i + 5).is_some_and(|y| (y.starts_with(b"19") || y.starts_with(b"20")) && y.iter().all(u8::is_ascii_digit));
        if b[i] != b'/' || !year || b.get(i + 5) != Some(&b'/') {
            return false;
        }
        let digits = b[i + 6..].iter().take_while(|c| c.is_ascii_digit()).count();
        (1..=2).contains(&digits) && b.get(i + 6 + digits) == Some(&b'/')
    })
}

/// Each feature's weight for each kind, in [`KINDS`] order: a multinomial
/// logistic regression fitted on WCXB dev (1,497 pages; L2 0.003, 3,000
/// steps of gradient descent; `scripts/fit-page-type.py` refits them). Accuracy on pages of sites held out of the
/// fit (two-fold by domain, three shuffles): 0.84, against 0.78 for the
/// hand-set weights it replaces; on all of WCXB dev 0.88. Refit them
/// together, never one by hand.
const WEIGHTS: [[f64; 7]; N_FEATURES] = [
    /* articles4       */ [-0.209,  0.333,  0.093, -0.299, -0.307,  0.393, -0.004],
    /* authored        */ [ 0.788,  0.227, -0.399, -0.087, -0.135,  0.096, -0.490],
    /* bias            */ [ 0.394, -0.436, -0.280, -0.054,  0.569,  0.131, -0.324],
    /* cards           */ [-0.403,  0.033, -0.512,  0.084, -0.302,  0.518,  0.581],
    /* cards6          */ [ 0.041, -0.150, -0.275,  0.255, -0.192,  0.411, -0.091],
    /* carts_few       */ [-0.405, -0.130,  1.069, -0.125, -0.093, -0.425,  0.109],
    /* carts_many      */ [-0.443, -0.172,  1.219, -0.099, -0.341, -0.115, -0.048],
    /* code            */ [-0.263,  0.066, -0.191,  1.248, -0.327, -0.249, -0.285],
    /* code3           */ [-0.332,  0.271, -0.229,  1.423, -0.386, -0.383, -0.363],
    /* dated           */ [ 0.599,  0.524, -0.292, -0.266, -0.299, -0.094, -0.172],
    /* forms           */ [-0.042,  0.064,  0.378, -0.343, -0.682,  0.131,  0.494],
    /* h1_multi        */ [ 0.095, -0.154,  0.087, -0.290,  0.247, -0.021,  0.036],
    /* headings        */ [ 0.284, -0.929,  0.165, -0.264,  0.950, -0.401,  0.195],
    /* images          */ [-0.443, -0.268,  0.839, -0.806, -0.154, -0.010,  0.842],
    /* inputs          */ [-0.459,  0.248,  0.416, -0.574, -0.174,  0.383,  0.160],
    /* items           */ [ 0.047, -0.297, -0.236,  0.520,  0.331, -0.303, -0.061],
    /* ld_app          */ [-0.033, -0.008, -0.032, -0.184,  0.335, -0.034, -0.045],
    /* ld_art          */ [ 0.917, -0.214, -0.276, -0.142, -0.111,  0.057, -0.231],
    /* ld_col          */ [-0.038, -0.063, -0.149, -0.142, -0.341,  0.640,  0.094],
    /* ld_doc          */ [-0.242, -0.049, -0.026,  0.426, -0.107,  0.041, -0.043],
    /* ld_faq          */ [ 0.069, -0.239, -0.136, -0.224,  0.300, -0.006,  0.237],
    /* ld_forum        */ [-0.405,  0.607, -0.132, -0.260,  0.259, -0.098,  0.028],
    /* ld_prod         */ [-0.482, -0.127,  1.232, -0.135,  0.040, -0.248, -0.280],
    /* ld_ser          */ [-0.363,  0.256, -0.157, -0.090,  0.463,  0.093, -0.202],
    /* ld_webpage_only */ [-0.398, -0.236,  0.122, -0.332,  0.695,  0.159, -0.009],
    /* link_share      */ [-0.668, -0.182, -0.373, -0.063, -0.438,  1.229,  0.496],
    /* link_share4     */ [-0.615, -0.093, -0.112, -0.138, -0.323,  0.804,  0.477],
    /* log_chars       */ [ 0.803, -0.532, -0.438,  0.178,  0.249,  0.129, -0.388],
    /* neither         */ [ 0.060, -0.544, -0.347,  0.071,  0.390, -0.027,  0.396],
    /* og_art          */ [ 1.099, -0.444, -0.464,  0.093,  0.361, -0.001, -0.644],
    /* og_prod         */ [-0.291, -0.119,  1.177, -0.078, -0.226, -0.104, -0.359],
    /* og_web          */ [-0.203,  0.094,  0.107, -0.077,  0.339, -0.107, -0.152],
    /* posts           */ [-0.549,  0.990,  0.061, -0.197, -0.073, -0.050, -0.182],
    /* posts3          */ [-0.526,  1.154,  0.091, -0.357, -0.027, -0.157, -0.178],
    /* prices_few      */ [-0.432, -0.194,  0.746, -0.265, -0.129, -0.394,  0.668],
    /* prices_many     */ [-0.435, -0.290,  0.477, -0.378, -0.420, -0.323,  1.369],
    /* roots3          */ [-0.393,  0.315, -0.175, -0.283,  0.462,  0.006,  0.068],
    /* short           */ [-0.486,  0.351,  0.114, -0.235, -0.087,  0.036,  0.307],
    /* short_undated   */ [-0.147,  0.051,  0.289, -0.466,  0.093,  0.267, -0.087],
    /* t_best          */ [ 0.531,  0.049, -0.180, -0.209, -0.272,  0.205, -0.124],
    /* t_docs          */ [-0.202,  0.211, -0.014,  0.062,  0.003, -0.039, -0.021],
    /* t_how           */ [ 1.252,  0.198, -0.211,  0.219, -0.673, -0.329, -0.456],
    /* t_list          */ [-0.166, -0.167, -0.139, -0.113, -0.322,  1.107, -0.200],
    /* t_num           */ [ 0.633,  0.435,  0.692, -0.165, -0.457, -0.295, -0.842],
    /* t_q             */ [ 0.091,  0.668, -0.196,  0.109, -0.214, -0.274, -0.184],
    /* t_service       */ [-0.145, -0.203, -0.162, -0.192,  1.242, -0.205, -0.334],
    /* t_shop          */ [-0.022, -0.011, -0.234, -0.031, -0.149,  0.160,  0.287],
    /* url_art         */ [ 0.584,  0.060, -0.199, -0.298, -0.076,  0.139, -0.211],
    /* url_art_deep    */ [ 0.878,  0.075, -0.182, -0.284, -0.199, -0.105, -0.182],
    /* url_col         */ [ 0.053, -0.068, -0.412, -0.350, -0.665,  0.337,  1.105],
    /* url_date        */ [ 0.619, -0.209, -0.060, -0.135, -0.082, -0.093, -0.041],
    /* url_depth       */ [ 0.026,  0.201,  0.169,  0.497, -0.847, -0.164,  0.119],
    /* url_doc         */ [ 0.189, -0.149, -0.280,  1.110, -0.399, -0.160, -0.310],
    /* url_forum       */ [-0.409,  1.870, -0.096, -0.330, -0.496, -0.538, -0.001],
    /* url_lst         */ [ 0.356, -0.215, -0.142, -0.188, -0.232,  0.647, -0.226],
    /* url_lst_short   */ [ 0.171, -0.104, -0.066, -0.113, -0.110,  0.337, -0.116],
    /* url_product     */ [-0.490, -0.307,  1.405, -0.139, -0.324, -0.311,  0.165],
    /* url_root        */ [-0.367, -0.195, -0.252, -0.326,  1.024,  0.383, -0.265],
    /* url_ser         */ [-0.395, -0.143, -0.164, -0.133,  1.276, -0.139, -0.301],
    /* url_slug4       */ [ 1.112,  0.678,  0.238, -0.415, -0.734, -0.650, -0.228],
];

/// Classify: the kind and a confidence (the model's probability for it).
pub fn classify(c: &Cues) -> (&'static str, f64) {
    pick(&features(c), &WEIGHTS)
}

/// The kind a linear model's `weights` score highest for the features
/// `f`, with its softmax probability rounded to two places. Shared with
/// the text path's model.
pub(crate) fn pick(f: &[f64], weights: &[[f64; 7]]) -> (&'static str, f64) {
    let mut scores = [0.0f64; 7];
    for (x, w) in f.iter().zip(weights) {
        if *x != 0.0 {
            for (s, wk) in scores.iter_mut().zip(w) {
                *s += x * wk;
            }
        }
    }
    let (best, top) = scores.iter().enumerate().fold((0, f64::MIN), |acc, (i, x)| if *x > acc.1 { (i, *x) } else { acc });
    let total: f64 = scores.iter().map(|s| (s - top).exp()).sum();
    (KINDS[best], ((1.0 / total) * 100.0).round() / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structured_data_and_urls_decide() {
        let product = Cues { ld_types: vec!["Product".into()], prices: 2, carts: 1, ..Cues::default() };
        assert_eq!(classify(&product).0, "product");
        let forum = Cues { url: Some("https://x.org/forum/thread/123-rain".into()), posts: 12, ..Cues::default() };
        assert_eq!(classify(&forum).0, "forum");
        let news = Cues {
            ld_types: vec!["NewsArticle".into()],
            dated: true,
            authored: true,
            url: Some("https://x.com/news/2024/05/01/rain-due-on-tuesday-says-office".into()),
            main_chars: 4000,
            ..Cues::default()
        };
        let (kind, conf) = classify(&news);
        assert_eq!(kind, "article");
        assert!(conf > 0.5 && conf <= 1.0);
        let docs = Cues { url: Some("https://x.dev/docs/api/streams".into()), code: 10, main_chars: 5000, ..Cues::default() };
        assert_eq!(classify(&docs).0, "documentation");
    }

    #[test]
    fn dated_paths() {
        assert!(dated_path("https://x.com/2024/05/rain"));
        assert!(dated_path("https://x.com/news/1999/5/01/rain"));
        assert!(!dated_path("https://x.com/2024/rain"));
        assert!(!dated_path("https://x.com/items/20245/05/"));
        assert!(!dated_path("https://x.com/2024/123/"));
    }

    #[test]
    fn every_feature_has_its_weights() {
        assert_eq!(FEATURES.len(), WEIGHTS.len());
        let c = Cues { title: "best 10 api tools?".into(), url: Some("https://x.com/blog/a-b-c-d-e".into()), ..Cues::default() };
        let f = features(&c);
        let on = |name: &str| f[FEATURES.iter().position(|n| *n == name).expect("a feature")];
        assert_eq!((on("t_best"), on("t_num"), on("t_docs"), on("t_q"), on("url_slug4")), (1.0, 1.0, 1.0, 1.0, 1.0));
        assert_eq!(on("url_art_deep"), 1.0);
    }
}
