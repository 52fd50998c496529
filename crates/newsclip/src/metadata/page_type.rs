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
    /// Links and buttons that call to action ("contact us", "get a quote").
    pub calls: u32,
    /// Links that lead on to a story ("read more", "continue reading").
    pub read_more: u32,
    /// Links to a numbered page or the next page of a list.
    pub pager: u32,
    /// Headings and links of reference pages ("on this page", "parameters").
    pub reference: u32,
    /// Words of the kept text.
    pub words: u32,
    /// Of them, words that address the reader or speak for the writer's
    /// firm ("you", "your", "we", "our"), as service copy does.
    pub address_words: u32,
}

/// A word of direct address, several languages, in lower case (ASCII
/// letters folded): "you", "your", "we", "our" and their kin.
fn is_address_word(lower: &str) -> bool {
    matches!(
        lower,
        "you" | "your" | "yours" | "we" | "our" | "us" | "vous" | "votre" | "vos" | "nous" | "notre" | "nos" | "sie" | "ihr" | "ihre"
            | "ihren" | "wir" | "unser" | "unsere" | "usted" | "ustedes" | "su" | "nosotros" | "nuestro" | "nuestra" | "nuestros" | "voi"
            | "vostro" | "noi" | "nostro" | "nostra" | "u" | "uw" | "jij" | "je" | "jouw" | "wij" | "ons" | "onze" | "você" | "vocês"
            | "nós" | "nosso" | "nossa"
    )
}

/// Longest word [`is_address_word`] knows, in bytes.
const MAX_ADDRESS_BYTES: usize = 8;

/// Counts the words of a text node of the kept page, and those of them
/// that address the reader or speak as "we". A word is a run of letters;
/// ASCII is classed without Unicode tables (this runs over every text node).
pub fn count_address(text: &str, c: &mut Cues) {
    let mut start: Option<usize> = None;
    let mut word = |w: &str| {
        c.words += 1;
        if w.len() <= MAX_ADDRESS_BYTES {
            let mut buf = [0u8; MAX_ADDRESS_BYTES];
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            // Folding ASCII letters keeps the bytes valid UTF-8.
            if std::str::from_utf8(lower).is_ok_and(is_address_word) {
                c.address_words += 1;
            }
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (letter, len) = if bytes[i].is_ascii() {
            (bytes[i].is_ascii_alphabetic(), 1)
        } else {
            match text[i..].chars().next() {
                Some(ch) => (ch.is_alphabetic(), ch.len_utf8()),
                None => break,
            }
        };
        match (letter, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                word(&text[s..i]);
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        word(&text[s..]);
    }
}

/// Short labels of links, buttons and headings, by what they announce:
/// calls to action, then "read more", then pager words, then reference
/// pages' headings, several languages each.
const LABELS: [&[&str]; 4] = [
    &[
        "contact us", "get a quote", "request a quote", "free quote", "book a demo", "request a demo", "get a demo", "schedule a demo",
        "free trial", "start your free", "get started", "book now", "book a call", "schedule a call", "call us", "talk to", "get in touch",
        "learn more about our", "our services", "pricing", "see plans", "contactez-nous", "demander un devis", "devis gratuit",
        "kontaktieren sie", "angebot anfordern", "jetzt anfragen", "contáctanos", "contactanos", "solicita", "pide presupuesto",
        "contattaci", "richiedi", "neem contact", "offerte aanvragen", "fale conosco", "solicite",
    ],
    &[
        "read more", "continue reading", "read full", "read the full", "keep reading", "full story", "weiterlesen", "mehr lesen",
        "lire la suite", "en savoir plus", "leer más", "leer mas", "seguir leyendo", "leggi tutto", "continua a leggere", "leia mais",
        "ler mais", "lees meer", "verder lezen", "czytaj więcej", "читать далее",
    ],
    &[
        "next page", "older posts", "older entries", "newer posts", "load more", "show more", "view more", "next »", "next ›",
        "page suivante", "nächste seite", "weitere artikel", "página siguiente", "pagina successiva", "volgende pagina", "mais antigos",
    ],
    &[
        "on this page", "in this article", "table of contents", "parameters", "return value", "returns", "arguments", "syntax",
        "example usage", "examples", "edit this page", "edit on github", "was this page helpful", "was this helpful", "prerequisites",
        "see also", "api reference", "sur cette page", "auf dieser seite", "en esta página", "parametri", "parámetros", "paramètres",
    ],
];

static LABEL_MATCHER: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    aho_corasick::AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build(LABELS.iter().flat_map(|l| l.iter()))
        .expect("the label list builds")
});

/// Longest label read, in bytes: a longer text is copy, not a label.
const MAX_LABEL_BYTES: usize = 60;

/// Which of [`LABELS`]' groups a short label speaks for, as bits 0-3; a
/// label of one or two digits is a pager's (bit 2).
pub fn label_kinds(label: &str) -> u8 {
    let t = label.trim();
    if t.is_empty() || t.len() > MAX_LABEL_BYTES {
        return 0;
    }
    if t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()) {
        return 1 << 2;
    }
    let mut out = 0;
    for hit in LABEL_MATCHER.find_iter(t) {
        let mut i = hit.pattern().as_usize();
        for (g, list) in LABELS.iter().enumerate() {
            if i < list.len() {
                out |= 1 << g;
                break;
            }
            i -= list.len();
        }
    }
    out
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
const FEATURES: [&str; 66] = ["address", "articles4", "authored", "bias", "calls", "cards", "cards6", "carts_few", "carts_many", "code", "code3", "dated", "forms", "h1_multi", "headings", "images", "inputs", "items", "ld_app", "ld_art", "ld_col", "ld_doc", "ld_faq", "ld_forum", "ld_prod", "ld_ser", "ld_webpage_only", "link_share", "link_share4", "log_chars", "neither", "og_art", "og_prod", "og_web", "pager3", "posts", "posts3", "prices_few", "prices_many", "read_more3", "reference", "reference2", "roots3", "short", "short_undated", "t_best", "t_docs", "t_how", "t_list", "t_num", "t_q", "t_service", "t_shop", "url_art", "url_art_deep", "url_col", "url_date", "url_depth", "url_doc", "url_forum", "url_lst", "url_lst_short", "url_product", "url_root", "url_ser", "url_slug4"];

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
    set("calls", frac(c.calls, 5));
    set("address", if c.words >= 50 { (f64::from(c.address_words) / f64::from(c.words) * 20.0).min(1.0) } else { 0.0 });
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
    set("pager3", b(c.pager >= 3));
    set("prices_few", b((1..=5).contains(&c.prices)));
    set("prices_many", b(c.prices >= 12));
    set("read_more3", b(c.read_more >= 3));
    set("reference", b(c.reference >= 1));
    set("reference2", b(c.reference >= 2));
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
    /* address         */ [ 0.267, -0.184, -0.225, -0.405,  0.946, -0.284, -0.114],
    /* articles4       */ [-0.247,  0.298,  0.077, -0.261, -0.207,  0.359, -0.019],
    /* authored        */ [ 0.739,  0.224, -0.342, -0.162, -0.071,  0.110, -0.499],
    /* bias            */ [ 0.420, -0.310, -0.209,  0.009,  0.113,  0.254, -0.277],
    /* calls           */ [ 0.015, -0.467, -0.300, -0.015,  1.352, -0.322, -0.263],
    /* cards           */ [-0.391, -0.014, -0.483,  0.071, -0.199,  0.437,  0.579],
    /* cards6          */ [ 0.045, -0.169, -0.265,  0.261, -0.191,  0.402, -0.084],
    /* carts_few       */ [-0.355, -0.093,  1.071, -0.116, -0.168, -0.303, -0.035],
    /* carts_many      */ [-0.461, -0.145,  1.161, -0.113, -0.261, -0.105, -0.076],
    /* code            */ [-0.159,  0.068, -0.202,  0.982, -0.150, -0.225, -0.313],
    /* code3           */ [-0.292,  0.235, -0.237,  1.275, -0.234, -0.353, -0.393],
    /* dated           */ [ 0.613,  0.521, -0.283, -0.169, -0.468, -0.071, -0.141],
    /* forms           */ [-0.005,  0.113,  0.330, -0.483, -0.580,  0.199,  0.427],
    /* h1_multi        */ [ 0.140, -0.134,  0.081, -0.295,  0.222, -0.012, -0.002],
    /* headings        */ [ 0.221, -0.831,  0.213, -0.350,  0.838, -0.358,  0.267],
    /* images          */ [-0.443, -0.282,  0.876, -0.669, -0.303, -0.023,  0.844],
    /* inputs          */ [-0.494,  0.214,  0.444, -0.613, -0.071,  0.339,  0.181],
    /* items           */ [ 0.150, -0.217, -0.235,  0.415,  0.185, -0.165, -0.134],
    /* ld_app          */ [-0.035, -0.004, -0.024, -0.151,  0.288, -0.035, -0.039],
    /* ld_art          */ [ 0.964, -0.201, -0.260, -0.215, -0.160,  0.088, -0.217],
    /* ld_col          */ [-0.136, -0.074, -0.093, -0.113, -0.284,  0.553,  0.146],
    /* ld_doc          */ [-0.229, -0.024, -0.026,  0.371, -0.128,  0.076, -0.040],
    /* ld_faq          */ [ 0.083, -0.177, -0.192, -0.206,  0.328, -0.004,  0.167],
    /* ld_forum        */ [-0.388,  0.625, -0.178, -0.231,  0.302, -0.099, -0.031],
    /* ld_prod         */ [-0.479, -0.118,  1.146, -0.155,  0.185, -0.252, -0.328],
    /* ld_ser          */ [-0.400,  0.257, -0.110, -0.093,  0.369,  0.140, -0.162],
    /* ld_webpage_only */ [-0.144, -0.132,  0.166, -0.341,  0.358,  0.125, -0.031],
    /* link_share      */ [-0.740, -0.209, -0.443, -0.057, -0.323,  1.305,  0.466],
    /* link_share4     */ [-0.513, -0.082, -0.356, -0.128, -0.129,  0.799,  0.408],
    /* log_chars       */ [ 0.768, -0.447, -0.386,  0.158,  0.040,  0.208, -0.341],
    /* neither         */ [-0.004, -0.521, -0.332,  0.075,  0.301,  0.067,  0.413],
    /* og_art          */ [ 1.113, -0.426, -0.437,  0.109,  0.257,  0.010, -0.627],
    /* og_prod         */ [-0.290, -0.100,  1.137, -0.088, -0.237, -0.078, -0.345],
    /* og_web          */ [-0.168,  0.195,  0.078, -0.211,  0.303, -0.032, -0.166],
    /* pager3          */ [-0.373,  0.533,  0.003,  0.059, -0.508, -0.016,  0.302],
    /* posts           */ [-0.539,  0.939,  0.049, -0.187, -0.022, -0.065, -0.174],
    /* posts3          */ [-0.497,  1.190,  0.029, -0.336, -0.118, -0.103, -0.166],
    /* prices_few      */ [-0.375, -0.158,  0.728, -0.266, -0.104, -0.355,  0.529],
    /* prices_many     */ [-0.380, -0.260,  0.473, -0.435, -0.376, -0.338,  1.316],
    /* read_more3      */ [-0.079, -0.100, -0.148, -0.194,  0.187,  0.178,  0.156],
    /* reference       */ [-0.297, -0.623,  0.427,  0.813, -0.451, -0.362,  0.493],
    /* reference2      */ [-0.085, -0.277, -0.087,  0.646,  0.030, -0.288,  0.061],
    /* roots3          */ [-0.088, -0.027, -0.107, -0.091,  0.272, -0.106,  0.146],
    /* short           */ [-0.408,  0.348,  0.132, -0.150, -0.077, -0.044,  0.199],
    /* short_undated   */ [-0.264,  0.021,  0.210, -0.423,  0.145,  0.159,  0.152],
    /* t_best          */ [ 0.492,  0.173, -0.313, -0.197, -0.227,  0.176, -0.103],
    /* t_docs          */ [-0.137,  0.157, -0.015,  0.058,  0.002, -0.038, -0.026],
    /* t_how           */ [ 1.249,  0.269, -0.216,  0.311, -0.853, -0.323, -0.438],
    /* t_list          */ [-0.160, -0.185, -0.124, -0.104, -0.150,  0.901, -0.178],
    /* t_num           */ [ 0.624,  0.424,  0.661, -0.111, -0.409, -0.339, -0.851],
    /* t_q             */ [ 0.111,  0.708, -0.181,  0.068, -0.262, -0.285, -0.159],
    /* t_service       */ [-0.106, -0.181, -0.094, -0.171,  0.980, -0.175, -0.253],
    /* t_shop          */ [-0.058,  0.034, -0.225, -0.026, -0.165,  0.157,  0.284],
    /* url_art         */ [ 0.548,  0.064, -0.192, -0.270, -0.088,  0.151, -0.213],
    /* url_art_deep    */ [ 0.876,  0.077, -0.173, -0.257, -0.223, -0.119, -0.182],
    /* url_col         */ [ 0.061, -0.042, -0.428, -0.387, -0.590,  0.358,  1.027],
    /* url_date        */ [ 0.609, -0.253, -0.061, -0.099, -0.065, -0.098, -0.033],
    /* url_depth       */ [ 0.060,  0.214,  0.216,  0.396, -0.797, -0.095,  0.006],
    /* url_doc         */ [ 0.210, -0.146, -0.268,  1.013, -0.364, -0.140, -0.305],
    /* url_forum       */ [-0.429,  1.732, -0.109, -0.340, -0.425, -0.503,  0.074],
    /* url_lst         */ [ 0.337, -0.218, -0.139, -0.170, -0.222,  0.608, -0.197],
    /* url_lst_short   */ [ 0.138, -0.098, -0.066, -0.098, -0.113,  0.339, -0.101],
    /* url_product     */ [-0.418, -0.265,  1.406, -0.204, -0.394, -0.291,  0.166],
    /* url_root        */ [-0.398,  0.067, -0.250, -0.261,  0.868,  0.270, -0.295],
    /* url_ser         */ [-0.380, -0.120, -0.115, -0.134,  1.122, -0.124, -0.250],
    /* url_slug4       */ [ 1.085,  0.641,  0.284, -0.310, -0.630, -0.616, -0.455],
];

/// Classify: the kind and a confidence (the model's probability for it).
pub fn classify(c: &Cues) -> (&'static str, f64) {
    pick(&features(c), &WEIGHTS)
}

/// The model's probability that the page is of a kind that is dated and
/// signed (an article or a forum thread), rather than one of the
/// [`unsigned`] kinds.
pub fn dated_kind_odds(c: &Cues) -> f64 {
    let p = probabilities(&features(c), &WEIGHTS);
    KINDS.iter().zip(p).filter(|(k, _)| !unsigned(k)).map(|(_, x)| x).sum()
}

/// Each kind's softmax probability under a linear model, in [`KINDS`] order.
fn probabilities(f: &[f64], weights: &[[f64; 7]]) -> [f64; 7] {
    let mut scores = [0.0f64; 7];
    for (x, w) in f.iter().zip(weights) {
        if *x != 0.0 {
            for (s, wk) in scores.iter_mut().zip(w) {
                *s += x * wk;
            }
        }
    }
    let top = scores.iter().copied().fold(f64::MIN, f64::max);
    let exp = scores.map(|s| (s - top).exp());
    let total: f64 = exp.iter().sum();
    exp.map(|e| e / total)
}

/// The kind a linear model's `weights` score highest for the features
/// `f`, with its softmax probability rounded to two places. Shared with
/// the text path's model.
pub(crate) fn pick(f: &[f64], weights: &[[f64; 7]]) -> (&'static str, f64) {
    let p = probabilities(f, weights);
    let (best, top) = p.iter().enumerate().fold((0, f64::MIN), |acc, (i, x)| if *x > acc.1 { (i, *x) } else { acc });
    (KINDS[best], (top * 100.0).round() / 100.0)
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
        assert!(dated_kind_odds(&news) >= conf - 0.01 && dated_kind_odds(&news) <= 1.0 + 1e-9);
        assert!(dated_kind_odds(&product) < 0.5);
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

    #[test]
    fn labels_name_their_kind() {
        assert_eq!(label_kinds("  Contact us today "), 1);
        assert_eq!(label_kinds("Demander un devis"), 1);
        assert_eq!(label_kinds("Read more »"), 2);
        assert_eq!(label_kinds("Weiterlesen"), 2);
        assert_eq!(label_kinds("12"), 4);
        assert_eq!(label_kinds("Older posts"), 4);
        assert_eq!(label_kinds("On this page"), 8);
        assert_eq!(label_kinds("Parámetros"), 8);
        // Copy, not a label; a year is no page number.
        assert_eq!(label_kinds("We asked the mayor to contact us about the budget for the coming winter season"), 0);
        assert_eq!(label_kinds("2024"), 0);
        assert_eq!(label_kinds("The mayor resigned"), 0);
    }

    #[test]
    fn address_words_are_counted_whole() {
        let mut c = Cues::default();
        count_address("We build your website; you relax. Young users trust our team, Sie auch.", &mut c);
        assert_eq!((c.words, c.address_words), (13, 5));
        // Letters beyond ASCII belong to words; only ASCII letters fold.
        let mut c = Cues::default();
        count_address("Você e nós, VOUS—Straße über 12 yous", &mut c);
        assert_eq!((c.words, c.address_words), (7, 3));
    }

    #[test]
    fn label_and_address_cues_become_features() {
        let c = Cues { calls: 10, pager: 3, read_more: 3, reference: 2, words: 100, address_words: 10, ..Cues::default() };
        let f = features(&c);
        let on = |name: &str| f[FEATURES.iter().position(|n| *n == name).expect("a feature")];
        assert_eq!((on("calls"), on("pager3"), on("read_more3"), on("reference"), on("reference2"), on("address")), (1.0, 1.0, 1.0, 1.0, 1.0, 1.0));
        let quiet = features(&Cues { pager: 2, read_more: 2, reference: 1, words: 40, address_words: 40, ..Cues::default() });
        let off = |name: &str| quiet[FEATURES.iter().position(|n| *n == name).expect("a feature")];
        assert_eq!((off("calls"), off("pager3"), off("read_more3"), off("reference2"), off("address")), (0.0, 0.0, 0.0, 0.0, 0.0));
    }
}
