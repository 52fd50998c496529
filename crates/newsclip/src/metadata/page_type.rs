//! The kind of page — article, forum, product, documentation, service,
//! listing or collection — from structured data, the URL's path, and what
//! the page is built of (prices and cart buttons, posts and replies, code,
//! repeated cards), each cue adding weight to one kind.

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
}

/// The kinds, in output order.
pub const KINDS: [&str; 7] = ["article", "forum", "product", "documentation", "service", "listing", "collection"];

/// Kinds of page that no one signs or dates: a name on one belongs to a
/// review, a card or a testimonial, a date to a card or a revision.
pub fn unsigned(kind: &str) -> bool {
    matches!(kind, "product" | "collection" | "listing" | "service" | "documentation")
}

/// Classify: the kind and a confidence (its share of the cue weight).
pub fn classify(c: &Cues) -> (&'static str, f64) {
    let mut w = [0.0f64; 7];
    let add = |w: &mut [f64; 7], kind: &str, x: f64| {
        if let Some(i) = KINDS.iter().position(|k| *k == kind) {
            w[i] += x;
        }
    };
    // A prior: most pages crawled for their text are articles.
    add(&mut w, "article", 0.5);
    for t in &c.ld_types {
        match t.as_str() {
            "NewsArticle" | "Article" | "BlogPosting" | "ReportageNewsArticle" | "AnalysisNewsArticle" | "OpinionNewsArticle"
            | "Report" | "ScholarlyArticle" | "Recipe" | "HowTo" => add(&mut w, "article", 2.0),
            "DiscussionForumPosting" | "QAPage" | "Question" | "Answer" | "Comment" | "SocialMediaPosting" => add(&mut w, "forum", 3.0),
            "Product" | "Offer" | "AggregateOffer" | "ProductGroup" | "IndividualProduct" => add(&mut w, "product", 3.0),
            "TechArticle" | "APIReference" | "SoftwareSourceCode" => add(&mut w, "documentation", 2.5),
            "CollectionPage" | "ItemList" | "SearchResultsPage" | "OfferCatalog" => {
                add(&mut w, "collection", 1.2);
                add(&mut w, "listing", 1.0);
            }
            "Service" | "LocalBusiness" | "ProfessionalService" | "FinancialService" | "MedicalBusiness" | "Dentist"
            | "LegalService" | "HomeAndConstructionBusiness" | "FAQPage" | "ContactPage" | "AboutPage" => add(&mut w, "service", 1.5),
            "SoftwareApplication" | "WebApplication" | "MobileApplication" => add(&mut w, "service", 1.0),
            _ => {}
        }
    }
    match c.og_type.as_deref().map(str::to_ascii_lowercase).as_deref() {
        Some("article") => add(&mut w, "article", 1.0),
        Some("product" | "og:product" | "product.item") => add(&mut w, "product", 2.5),
        Some("website") => add(&mut w, "service", 0.4),
        _ => {}
    }
    if let Some(url) = &c.url {
        let path = url.split("://").nth(1).and_then(|r| r.find('/').map(|i| &r[i..])).unwrap_or("/").to_ascii_lowercase();
        let segs: Vec<&str> = path.split(['/', '?', '#', '&', '=']).filter(|s| !s.is_empty()).collect();
        let has = |words: &[&str]| segs.iter().any(|s| words.iter().any(|w| s == w || s.starts_with(&format!("{w}-")) || s.ends_with(&format!("-{w}"))));
        if segs.is_empty() {
            add(&mut w, "service", 2.0);
        }
        if has(&["forum", "forums", "thread", "threads", "topic", "topics", "t", "questions", "community", "discussion", "discussions", "viewtopic.php", "showthread.php", "r", "comments", "answers"]) {
            add(&mut w, "forum", 2.5);
        }
        if has(&["product", "products", "p", "dp", "item", "itm", "shop", "store", "buy", "sku"]) {
            add(&mut w, "product", 2.0);
        }
        if has(&["docs", "doc", "documentation", "api", "reference", "manual", "guide", "guides", "developer", "developers", "sdk", "wiki", "kb", "handbook", "tutorial", "learn", "help", "support"]) {
            add(&mut w, "documentation", 2.0);
        }
        if has(&["category", "categories", "collections", "collection", "tag", "tags", "c", "catalog", "shop-all", "search", "browse", "topics", "archive", "best"]) {
            add(&mut w, "collection", 1.5);
        }
        if has(&["jobs", "events", "listings", "directory", "news", "blog", "results", "list"]) && segs.len() <= 2 {
            add(&mut w, "listing", 1.5);
        }
        if has(&["services", "service", "solutions", "pricing", "about", "contact", "features", "plans", "platform", "company", "why", "industries", "enterprise"]) {
            add(&mut w, "service", 1.5);
        }
        if has(&["blog", "news", "article", "articles", "story", "stories", "post", "posts", "insights", "resources", "magazine"]) && segs.len() >= 2 {
            add(&mut w, "article", 1.2);
        }
        if segs.last().is_some_and(|s| s.matches('-').count() >= 4) {
            add(&mut w, "article", 1.0);
        }
    }
    // One product has a few prices and a cart button; a grid of them has many.
    if (1..=5).contains(&c.prices) {
        add(&mut w, "product", c.prices as f64 * 0.3);
    } else if c.prices >= 12 {
        add(&mut w, "collection", 1.5 + (c.prices.min(40) as f64) * 0.04);
    }
    if (1..=3).contains(&c.carts) {
        add(&mut w, "product", 2.0);
    } else if c.carts >= 4 {
        add(&mut w, "collection", 1.5);
    }
    if c.posts >= 3 {
        add(&mut w, "forum", (c.posts.min(20) as f64) * 0.15);
    }
    if c.code >= 3 {
        add(&mut w, "documentation", (c.code.min(20) as f64) * 0.12);
    }
    if c.dated {
        add(&mut w, "article", 1.0);
    }
    if c.authored {
        add(&mut w, "article", 1.0);
    }
    if c.articles >= 4 {
        add(&mut w, "listing", 1.5);
    }
    if c.cards >= 6 {
        add(&mut w, "listing", 1.0 + (c.cards.min(30) as f64) * 0.04);
        add(&mut w, "collection", 0.6);
    }
    if !c.dated && !c.authored {
        add(&mut w, "service", 1.0);
    }
    let link_share = if c.main_chars > 0 { c.main_link_chars as f64 / c.main_chars as f64 } else { 0.0 };
    if link_share > 0.4 {
        add(&mut w, "listing", 1.0);
        add(&mut w, "collection", 1.0);
    }
    if c.main_chars < 1500 && !c.dated {
        add(&mut w, "service", 0.8);
        add(&mut w, "product", 0.3);
    }
    let (i, best) = w.iter().enumerate().fold((0, f64::MIN), |acc, (i, x)| if *x > acc.1 { (i, *x) } else { acc });
    let total: f64 = w.iter().sum();
    (KINDS[i], if total > 0.0 { (best / total * 100.0).round() / 100.0 } else { 0.0 })
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
}
