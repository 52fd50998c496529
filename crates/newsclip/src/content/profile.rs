//! Page profiles: what kind of page the content search is looking at, from
//! cues read before the search (structured data, Open Graph, the forum
//! software's generator tag and the address), and what each kind changes
//! in the furniture mask.
//!
//! On a forum thread the posts are the content, though forum software puts
//! them in containers whose class says "comment" or "discussion"; on an
//! article such containers are the reader comments, furniture.
//!
//! A product page's main content is the product: its name, price,
//! description and specifications. Around it, inside the same `<main>`,
//! sit customer reviews, questions and answers, "customers also bought"
//! carousels and the shop's shipping and returns terms; on an article they
//! would be content-like prose, so they are masked on product pages only.

use std::sync::LazyLock;

use html5ever::local_name;
use regex::Regex;

use crate::dom::{Document, Edge, NodeId};

/// The kind of page, as far as the content search cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Everything without a stronger cue.
    Default,
    /// A page that calls itself an article (`og:type` article, a JSON-LD
    /// article type): one text, whatever surrounds it.
    Article,
    /// One product for sale.
    Product,
    /// A discussion thread: posts and replies are the content, even in
    /// containers whose class says "comment".
    Forum,
    /// A listing or collection: its cards are the content.
    Listing,
}

/// A page with more microdata `Product` items than this is a grid of
/// products (a collection), not one product. (JSON-LD names a product many
/// times over, for its variants and offers, so only microdata is counted.)
const MAX_PRODUCT_ITEMS: usize = 3;

/// Read the profile. A thread: JSON-LD or microdata
/// `DiscussionForumPosting` or `QAPage`, or, on a page that is not an
/// `og:type` article, forum software named by `<meta name=generator>` or a
/// forum segment in the path (of `url`, else the canonical link). On WCXB
/// dev this finds 99 of 113 forum pages and no other page.
/// A product: a JSON-LD or microdata `Product` (one, not a list of them)
/// or `og:type` product. On WCXB dev this finds 78 of 92 product pages,
/// and 24 of 1,405 others. A page without those cues whose address names
/// one product (`/dp/…`, `/itm/…`, `/product/…`) and that carries no
/// publication date is a product too: WCXB dev, 6 of 119 product pages
/// more, and none of the others (`/p/` is left out: newsletters use it).
/// An article: `og:type` article, a JSON-LD article type, or a `<meta>`
/// publication date.
pub fn detect(doc: &Document, url: Option<&str>) -> Profile {
    let mut products = 0usize;
    let mut items = 0usize;
    let mut list = false;
    let mut thread = false;
    let mut ld_article = false;
    let mut og_product = false;
    let mut og_article = false;
    let mut forum_software = false;
    let mut dated = false;
    let mut canonical: Option<&str> = None;
    let mut walk = doc.traverse(NodeId::DOCUMENT);
    while let Some(edge) = walk.next() {
        let Edge::Open(id) = edge else { continue };
        let Some(tag) = doc.tag(id) else { continue };
        match *tag {
            local_name!("script") => {
                walk.skip_children(id);
                if !doc.attr(id, local_name!("type")).is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) {
                    continue;
                }
                let json = doc.raw_text(id);
                products += json.matches("\"Product\"").count() + json.matches("\"ProductGroup\"").count();
                list |= LIST_TYPES.iter().any(|k| json.contains(k));
                ld_article |= ARTICLE_TYPES.iter().any(|k| json.contains(k));
                thread |= THREAD_TYPES.iter().any(|k| json.contains(k));
            }
            local_name!("meta") => {
                if doc.attr(id, local_name!("property")).is_some_and(|p| p.eq_ignore_ascii_case("og:type")) {
                    let content = doc.attr(id, local_name!("content")).unwrap_or("").trim().to_ascii_lowercase();
                    og_product |= content.contains("product");
                    og_article |= content == "article";
                } else if doc.attr(id, local_name!("name")).is_some_and(|n| n.eq_ignore_ascii_case("generator")) {
                    forum_software |= doc.attr(id, local_name!("content")).is_some_and(names_forum_software);
                }
                dated |= [local_name!("property"), local_name!("name"), local_name!("itemprop")].iter().any(|a| doc.attr(id, a).is_some_and(names_publication_date));
            }
            local_name!("link") => {
                if canonical.is_none() && doc.attr(id, local_name!("rel")).is_some_and(|r| r.trim().eq_ignore_ascii_case("canonical")) {
                    canonical = doc.attr(id, local_name!("href"));
                }
            }
            local_name!("style") | local_name!("svg") | local_name!("template") => walk.skip_children(id),
            _ => {
                if let Some(t) = doc.attr(id, local_name!("itemtype")) {
                    let t = t.trim().trim_end_matches('/');
                    if t.ends_with("schema.org/Product") {
                        items += 1;
                    }
                    thread |= THREAD_TYPES.iter().any(|k| t.ends_with(&k[1..k.len() - 1]));
                }
            }
        }
    }
    // A thread says so in its structured data, its forum software or its
    // address; a page that calls itself an article is one, whatever its
    // address (`/forum/` news sections, `/topic/` pages).
    let path = url_path(url.or(canonical));
    if thread || (!og_article && (forum_software || path.as_deref().is_some_and(|p| path_has(p, FORUM_SEGMENTS)))) {
        return Profile::Forum;
    }
    // A page that calls itself an article carries a `Product` only to show
    // rating stars in search results.
    if list || og_article || items > MAX_PRODUCT_ITEMS {
        return if og_article && !list { Profile::Article } else { Profile::Default };
    }
    if products > 0 || items > 0 || og_product {
        return Profile::Product;
    }
    if ld_article {
        return Profile::Article;
    }
    if path.as_deref().is_some_and(|p| path_has(p, LISTING_SEGMENTS)) {
        return Profile::Listing;
    }
    if !dated && path.as_deref().is_some_and(names_product_page) {
        return Profile::Product;
    }
    if dated {
        return Profile::Article;
    }
    Profile::Default
}

/// Path segments that name one product's page when another segment
/// follows them (`/dp/B0D1…`, `/itm/4049…`, `/product/name/`).
const PRODUCT_SEGMENTS: &[&str] = &["dp", "itm", "pdp", "product"];

/// Whether a path is a product page's: a product segment with a segment
/// after it.
fn names_product_page(path: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    segs.iter().enumerate().any(|(i, s)| i + 1 < segs.len() && PRODUCT_SEGMENTS.contains(s))
}

/// JSON-LD types of an article.
const ARTICLE_TYPES: &[&str] = &["\"Article\"", "\"NewsArticle\"", "\"BlogPosting\"", "\"Recipe\""];

/// Path segments of listings and collections.
const LISTING_SEGMENTS: &[&str] = &["category", "categories", "collections", "c", "catalog", "shop-all", "search", "browse", "tag", "tags", "listings", "directory", "jobs", "events"];

/// JSON-LD types of a listing: a page of them is not one product.
const LIST_TYPES: &[&str] = &["\"ItemList\"", "\"CollectionPage\"", "\"OfferCatalog\"", "\"SearchResultsPage\""];

/// JSON-LD and microdata types of a discussion thread.
const THREAD_TYPES: &[&str] = &["\"DiscussionForumPosting\"", "\"QAPage\""];

/// Path segments of forum threads.
const FORUM_SEGMENTS: &[&str] = &["forum", "forums", "thread", "threads", "topic", "t", "viewtopic.php", "showthread.php", "questions", "discussion", "discussions", "comments", "board", "boards"];

/// Whether a `<meta>` name or property gives a publication date: the mark
/// of a dated text, an article (service and shop pages are not dated).
fn names_publication_date(v: &str) -> bool {
    let v = v.trim().to_ascii_lowercase();
    matches!(v.as_str(), "article:published_time" | "date" | "pubdate" | "publishdate" | "publish-date" | "publish_date" | "datepublished" | "dc.date" | "dc.date.issued" | "dcterms.date" | "sailthru.date" | "parsely-pub-date")
}

/// Whether a generator names forum software.
fn names_forum_software(v: &str) -> bool {
    let v = v.to_ascii_lowercase();
    ["discourse", "phpbb", "vbulletin", "xenforo", "invision", "mybb", "flarum", "nodebb", "vanilla", "simple machines"].iter().any(|k| v.contains(k))
}

/// The lowercase path (and query) of an address.
fn url_path(url: Option<&str>) -> Option<String> {
    let rest = url?.split("://").nth(1)?;
    Some(rest.find('/').map_or("/", |i| &rest[i..]).to_ascii_lowercase())
}

/// Whether a path has one of the segments, whole.
fn path_has(path: &str, words: &[&str]) -> bool {
    path.split(['/', '?', '#', '&', '=']).filter(|s| !s.is_empty()).any(|s| words.contains(&s))
}

/// Class/id words of what surrounds a product: reviews and ratings,
/// recommendations, recently viewed items, legal small print. (Carousels,
/// sliders and shipping terms were tried: on WCXB dev they hold product
/// text as often as not.)
fn is_product_surround_word(word: &str) -> bool {
    matches!(
        word,
        "review"
            | "reviews"
            | "ratings"
            | "upsell"
            | "upsells"
            | "crosssell"
            | "crosssells"
            | "recently"
            | "recentlyviewed"
            | "similar"
            | "recommendation"
            | "recommendations"
            | "recs"
            | "alsobought"
            | "alsoviewed"
            | "productreviews"
            | "customerreviews"
            | "yotpo"
            | "bazaarvoice"
            | "okendo"
            | "trustpilot"
            | "disclaimer"
            | "disclaimers"
            | "legal"
    )
}

/// Whether a class or id names a product's surroundings. Words are split at
/// `-` and `_` and compared in lower case; a negation (`no-reviews`) or a
/// count (`has-reviews`) turns the rest of the name into a flag, not a box.
fn names_product_surround(value: &str) -> bool {
    value.split_whitespace().any(|token| {
        let mut surround = false;
        for word in token.split(['-', '_']) {
            if word.is_empty() || word.len() > 24 {
                continue;
            }
            let lower = word.to_ascii_lowercase();
            if matches!(lower.as_str(), "has" | "with" | "no" | "without" | "hide" | "not" | "count" | "stars" | "star" | "summary" | "badge") {
                return false;
            }
            surround |= is_product_surround_word(&lower);
        }
        surround
    })
}

/// Mask the surroundings of a product: elements whose class or id names
/// them, unless they hold the page's headline (then they are the product).
pub fn mask_product_surround(doc: &Document, dropped: &mut [bool]) {
    let Some(body) = doc.body() else { return };
    // Ancestors of the first <h1>: never masked.
    let mut holds_h1 = vec![false; 0];
    if let Some(h1) = doc.find_tag(body, &local_name!("h1")) {
        holds_h1 = vec![false; doc.nodes.len()];
        for a in std::iter::once(h1).chain(doc.ancestors(h1)) {
            holds_h1[a.index()] = true;
        }
    }
    let mut terms_labels = Vec::new();
    let mut walk = doc.traverse(body);
    while let Some(edge) = walk.next() {
        let Edge::Open(id) = edge else { continue };
        if dropped[id.index()] {
            walk.skip_children(id);
            continue;
        }
        if let Some(t) = doc.text(id) {
            if names_terms_section(t) {
                terms_labels.push(id);
            }
            continue;
        }
        if doc.tag(id).is_none() || holds_h1.get(id.index()).copied().unwrap_or(false) {
            continue;
        }
        if doc.attr(id, local_name!("class")).is_some_and(names_product_surround)
            || doc.attr(id, local_name!("id")).is_some_and(names_product_surround)
            || is_purchase_form(doc, id, dropped)
            || is_status_message(doc, id, dropped)
        {
            dropped[id.index()] = true;
            walk.skip_children(id);
        }
    }
    for label in terms_labels {
        if let Some(section) = terms_section(doc, dropped, label) {
            if !holds_h1.get(section.index()).copied().unwrap_or(false) {
                dropped[section.index()] = true;
            }
        }
    }
}

/// A label longer than this (bytes) is a sentence, not a section's title.
const TERMS_LABEL_MAX_BYTES: usize = 48;

/// A section under a shipping or returns label holding more visible text
/// than this (chars) is more than the shop's terms: the label titles one
/// panel among others in it.
const TERMS_SECTION_MAX_CHARS: usize = 2000;

/// The title of a shop's shipping and returns terms, alone on its line:
/// "Shipping & Returns", "Delivery and returns", "Return policy",
/// "30-day returns", "Livraison et retours", "Versand & Rückgabe",
/// "Envío y devoluciones". Not a sentence about them ("Free shipping on
/// all bedding", "Returns & exchanges accepted").
static TERMS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^(
            (free\s+)?(\d+[-\s]day\s+)?(shipping|delivery|returns?|exchanges?|refunds?)
            (\s*(&|and|\+|,|/)\s*(free\s+)?(shipping|delivery|returns?|exchanges?|refunds?|payments?|warranty))*
            (\s+(policy|policies|information|info|details|terms))?|
            livraisons?(\s*(&|et)\s*retours?)?|retours?(\s+et\s+(échanges|remboursements))?|
            versand(\s*(&|und)\s*(rückgabe|rückversand|retoure))?|lieferung(\s*(&|und)\s*rückgabe)?|rückgabe|
            envíos?(\s*(&|y)\s*devoluciones)?|devoluciones|
            spedizion[ei](\s*(&|e)\s*resi)?|resi|
            verzending(\s*(&|en)\s*(retour|retourneren|retouren))?|retourneren
        )$",
    )
    .expect("valid regex")
});

/// Whether a text node is, alone, the title of a shop's shipping and
/// returns terms (see [`TERMS_LABEL`]), an asterisk or an arrow after it
/// allowed. A label with a colon ("Delivery:", "Returns:") names a value
/// in a row of the product's facts, kept.
fn names_terms_section(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.len() > TERMS_LABEL_MAX_BYTES || t.ends_with(':') {
        return false;
    }
    TERMS_LABEL.is_match(t.trim_end_matches(['*', '+', '-', '›', '>']).trim_end())
}

/// The section a shipping or returns label opens: from the label's text
/// node, up through the elements that hold that text alone (the title:
/// a heading, an accordion's `<summary>` or button), to their parent,
/// when it opens with the title and holds the terms under it, at most
/// `TERMS_SECTION_MAX_CHARS`. An accordion item or a `<details>` box; a
/// title whose parent holds other text before it, or too much, gives none.
fn terms_section(doc: &Document, dropped: &[bool], label: NodeId) -> Option<NodeId> {
    let label_chars = visible_chars_within(doc, label, dropped, TERMS_LABEL_MAX_BYTES)?;
    let mut title = doc.node(label).parent?;
    loop {
        let parent = doc.node(title).parent?;
        if visible_chars_within(doc, parent, dropped, label_chars).is_none() {
            break;
        }
        title = parent;
    }
    let section = doc.node(title).parent?;
    if doc.tag(section).is_none_or(|t| matches!(*t, local_name!("body") | local_name!("main") | local_name!("html"))) {
        return None;
    }
    let chars = visible_chars_within(doc, section, dropped, TERMS_SECTION_MAX_CHARS)?;
    if chars <= label_chars {
        return None;
    }
    // Nothing with text before the title.
    for child in doc.children(section) {
        if child == title {
            return Some(section);
        }
        if visible_chars_within(doc, child, dropped, 0).is_none() {
            return None;
        }
    }
    None
}

/// A live region holding more visible text than this (chars) is content
/// updated in place (a feed, a results list), not a status message.
const STATUS_MESSAGE_MAX_CHARS: usize = 200;

/// Whether an element is a status message of the shop's scripts: a live
/// region (`role=status` or `alert`, `aria-live` polite or assertive)
/// with a short text ("Adding to your cart", "Checking availability…",
/// "Subtotal $0.00", "Image 1 of 6"). Screen readers announce it when it
/// changes; it is never the product's text.
fn is_status_message(doc: &Document, id: NodeId, dropped: &[bool]) -> bool {
    let live = doc.attr(id, local_name!("role")).is_some_and(|r| {
        let r = r.trim();
        r.eq_ignore_ascii_case("status") || r.eq_ignore_ascii_case("alert")
    }) || doc.attr(id, "aria-live").is_some_and(|v| {
        let v = v.trim();
        v.eq_ignore_ascii_case("polite") || v.eq_ignore_ascii_case("assertive")
    });
    live && visible_chars_within(doc, id, dropped, STATUS_MESSAGE_MAX_CHARS).is_some()
}

/// The visible chars of the text under `id` outside dropped nodes, when
/// they are at most `max`.
fn visible_chars_within(doc: &Document, id: NodeId, dropped: &[bool], max: usize) -> Option<usize> {
    let mut chars = 0usize;
    let mut walk = doc.traverse(id);
    while let Some(edge) = walk.next() {
        let Edge::Open(d) = edge else { continue };
        if dropped[d.index()] {
            walk.skip_children(d);
        } else if let Some(t) = doc.text(d) {
            chars += t.chars().filter(|c| !c.is_whitespace()).count();
            if chars > max {
                return None;
            }
        }
    }
    Some(chars)
}

/// A purchase form holding more visible text than this (chars) is a page
/// wrapped in a `<form>` (ASP.NET's `aspnetForm`), not a buy box.
const PURCHASE_FORM_MAX_CHARS: usize = 1500;

/// Whether an element is a product's purchase form: a `<form>` with a
/// control in it (the variant pickers, the quantity, "Add to cart") and
/// only labels around them: option names ("Size:", "Colour: Black"), the
/// price, stock and delivery notes. Its text is the shop's machinery,
/// never the product's description.
fn is_purchase_form(doc: &Document, id: NodeId, dropped: &[bool]) -> bool {
    if !doc.is(id, &local_name!("form")) {
        return false;
    }
    let mut controls = false;
    let mut chars = 0usize;
    let mut walk = doc.traverse(id);
    while let Some(edge) = walk.next() {
        let Edge::Open(d) = edge else { continue };
        if let Some(t) = doc.text(d) {
            if !dropped[d.index()] {
                chars += t.chars().filter(|c| !c.is_whitespace()).count();
                if chars > PURCHASE_FORM_MAX_CHARS {
                    return false;
                }
            }
            continue;
        }
        let Some(tag) = doc.tag(d) else { continue };
        controls |= matches!(*tag, local_name!("button") | local_name!("input") | local_name!("select"));
        if dropped[d.index()] {
            walk.skip_children(d);
        }
    }
    controls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surround_names() {
        assert!(names_product_surround("product-reviews__list"));
        assert!(names_product_surround("pdp recently-viewed"));
        assert!(!names_product_surround("has-reviews product-main"));
        assert!(!names_product_surround("review-stars"));
        assert!(!names_product_surround("product-description"));
    }

    #[test]
    fn product_addresses() {
        assert!(names_product_page("/wireless-earbuds/dp/b0d1pc8551"));
        assert!(names_product_page("/itm/404928375058?hash=1"));
        assert!(names_product_page("/product/organic-sunflower-seeds/"));
        // A segment at the end names a section, not one product.
        assert!(!names_product_page("/product"));
        assert!(!names_product_page("/products/monitor-arms"));
        assert!(!names_product_page("/p/why-isnt-modern-ai-built-around-principles"));
        assert!(!names_product_page("/blog/dp-explained"));
    }

    #[test]
    fn terms_labels() {
        for t in ["Shipping & Returns", " Delivery and returns ", "Return policy", "30-day returns", "Free Shipping & Returns*", "Livraison et retours", "Versand & Rückgabe", "Envío y devoluciones"] {
            assert!(names_terms_section(t), "{t}");
        }
        for t in ["Delivery:", "Free shipping on all bedding", "Returns & exchanges accepted", "Description", "Shipping is free on orders over $50."] {
            assert!(!names_terms_section(t), "{t}");
        }
    }
}
