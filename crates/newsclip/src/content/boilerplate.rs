//! Last pass over the emitted blocks: calls to action and labels recognised
//! by their form ("Share this article", "Advertisement", "Sign up for…"),
//! repeated blocks, and headings left dangling at the end. Before it,
//! recommendation strips inside the content are masked by their heading.

use std::sync::LazyLock;

use html5ever::local_name;
use regex::bytes::Regex;

use crate::article::Block;
use crate::dom::{Document, Edge, NodeId};
use crate::stats::Stats;

/// Short blocks longer than this are never treated as labels or prompts.
const MAX_PROMPT_CHARS: usize = 140;

/// Adjacent equal blocks up to this long (bytes) are one block printed twice.
const MAX_REPEAT_CHARS: usize = 200;

/// A block this long (bytes) or longer given a second time anywhere in
/// the body is dropped, prose paragraphs excepted. WCXB dev, sum of page
/// F1 changes: +3.15 at 10 bytes (article pages +0.47); dropping every
/// repeat, prose and all, gave +3.82 (and loses an author's refrain),
/// any length +4.06 with card labels repeated on every card lost, 20
/// bytes +2.78, 40 +2.44.
const MIN_REPEAT_DROP_CHARS: usize = 10;

/// This many headings in a row at the end are card titles (a listing of
/// linked headlines), kept.
const TITLE_RUN_HEADINGS: usize = 3;

/// Labels and calls to action, by their form, in several languages.
/// A byte regex with ASCII classes: Unicode `\b`, `.` and counted classes
/// make a DFA too large for the regex crate's lazy DFA to keep, and the
/// fallback showed as a tenth of the extraction time. Counts are bytes.
static PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi-u)^(
            advertisement|advertisements|anzeige|publicit(é|e)|publicidad|werbung|sponsored(\s+content)?|
            (share|teilen|partager|compartir)(\s+(this|on|via|the|article|story|post|page|it))*\b.*|
            (follow|like)\s+us\b.*|
            (sign\s*up|subscribe|register|log\s*in|sign\s*in|join)\b.{0,100}(newsletter|free|account|today|now|here|updates|inbox|email)\b.*|
            (related|recommended|more|popular|trending|latest)(\s+(articles?|stories|posts|news|reads|content|from|on|in|videos?))+\b.*|
            (you\s+(may|might)\s+also\s+(like|enjoy)|read\s+(more|next|also)|see\s+also|also\s+read|don'?t\s+miss|must\s+read)\b.{0,80}|
            (leave|post|add|write)\s+a\s+(comment|reply)\b.*|
            \d*\s*comments?|no\s+comments(\s+yet)?\.?|
            (click|tap)\s+here\b.{0,80}|
            (tags?|topics?|filed\s+under|posted\s+in|categories|category)\s*:.*|
            (all\s+rights\s+reserved|copyright|©).{0,100}|
            (back\s+to\s+top|skip\s+to\s+(main\s+)?content|print(\s+this)?(\s+article)?|email(\s+this)?)\.?|
            (we\s+use\s+cookies|this\s+(web)?site\s+uses\s+cookies|accept(\s+all)?\s+cookies)\b.*|
            loading\.*|please\s+(wait|enable\s+javascript|refresh).*|
            (last\s+)?(updated|modified|published|posted)(\s+on)?\s*:?\s*[^.!?]{0,40}\d[^.!?]{0,30}|
            (photo|image|picture|video)?\s*credits?\s*:.*|
            this\s+(article|post|story|piece)\s+(was\s+)?(originally|first)\s+(written|published|appeared)\b.*|
            (we|this\s+(site|article|post))\s+may\s+(earn|receive)\s+(a\s+)?(small\s+)?(commission|compensation)\b.*|
            why\s+trust\s+us\??|
            (\d{1,2}:)?\d{1,2}:\d{2}|
            [^.!?]{0,60}(getty\s*images|shutterstock|alamy|istock(photo)?|ap\s+photo|reuters|afp|epa)\s*\)?
        )$",
    )
    .expect("valid regex")
});

/// A shop's listing controls on a line of their own: sorting and filter
/// labels, "Show more", result counts ("Showing 24 of 193 results",
/// "(296 products)"), skip links, "Add to cart", "Compare", "2 selected".
/// WCXB dev: never in the truth, on 40 collection, listing and product
/// pages (collection word F1 +0.138 over 34 pages, listing +0.092, product
/// +0.013; one service page -0.004). A bare count ("51 products") is in the
/// truth as often as not and is left alone. Byte regex with ASCII classes
/// (see `PROMPT`); `\xe2\x80\x93` is the en dash of a range.
static SHOP_CONTROL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi-u)^(
            sort(\s+by)?\s*:[^.!?]{0,30}|sort(\s+by)?|
            filters?(\s*(&|and)\s*sort)?\s*:?|
            (show|load|view|see)\s+more(\s+(results|products|items))?|
            showing\s+\d[\d,.]*(\s*(-|\xe2\x80\x93)\s*\d[\d,.]*)?\s+of\s+\d[\d,.]*(\s+(results|products|items))?|
            skip\s+to\s+[^.!?]{1,40}|
            \(\d[\d,.]*\s+(products|results|items)\)|(products|results|items)\s*\(\d[\d,.]*\)|
            (clear|reset)(\s+all)?(\s+filters)?|
            more\s+options|
            add\s+to\s+(cart|bag|basket|wishlist|wish\s+list)|
            compare|
            \d+\s+selected
        )$",
    )
    .expect("valid regex")
});

/// A byline on a line of its own: "By" and a capitalised name, with no
/// sentence after it ("By Jane Doe", "By Jane DoePublished: Jan 29, 2025",
/// "by: Jane Doe, Dec 17, 2025"). Case-sensitive, so "By the end of the
/// year, …" is prose; a lower-case "by" counts only with its colon.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u)^(?:(?:By|BY|Von|Par|Por|Door|Di)(?:\s+|\s*:\s*)|by\s*:\s*)(?u:\p{Lu})[^.!?]{0,80}$").expect("valid regex")
});

/// Whether a short block reads as a label, a byline or a call to action.
pub(crate) fn is_prompt(text: &str) -> bool {
    let t = text.trim();
    // At most 4 bytes a char: longer text is past the limit uncounted.
    t.len() <= 4 * MAX_PROMPT_CHARS
        && t.chars().count() <= MAX_PROMPT_CHARS
        && (PROMPT.is_match(t.as_bytes()) || BYLINE.is_match(t.as_bytes()) || SHOP_CONTROL.is_match(t.as_bytes()))
}

/// Drop prompts, repeats and dangling headings from the block list.
pub(crate) fn trim(blocks: &mut Vec<Block>) {
    blocks.retain(|b| match b {
        Block::Paragraph { text } | Block::Heading { text, .. } => !is_prompt(text),
        _ => true,
    });
    // Adjacent repeats (a caption printed twice, a heading echoed).
    // Long repeats are left alone: two equal paragraphs of prose are the
    // author's, a doubled label or caption is the layout's.
    blocks.dedup_by(|b, a| {
        let t = a.plain_cow();
        !t.is_empty() && t.len() <= MAX_REPEAT_CHARS && t == b.plain_cow()
    });
    // Repeats anywhere: a label, heading, list, table or quote given
    // again word for word (the mobile and desktop copies of a section, a
    // carousel's cloned slides, a post quoted in the replies, a spec table
    // in a tab and again in its accordion twin) keeps its first copy.
    // Paragraphs of prose are left to the emitter, which keeps an author's
    // repeats among siblings and cousins; very short texts (a price, a
    // "Remote" on every job card) repeat by nature.
    let mut seen = std::collections::HashSet::new();
    blocks.retain(|b| {
        let prose = matches!(b, Block::Paragraph { text } if text.len() >= super::emit::MIN_REPEATED_PARAGRAPH_CHARS);
        if prose || !matches!(b, Block::Paragraph { .. } | Block::Heading { .. } | Block::List { .. } | Block::Table { .. } | Block::Quote { .. }) {
            return true;
        }
        let key = b.plain_cow().trim().to_lowercase();
        key.len() < MIN_REPEAT_DROP_CHARS || seen.insert(key)
    });
    // Headings with nothing after them; a run of them (with the cards'
    // images between) is a list of card titles, not a dangling heading.
    let titles = blocks
        .iter()
        .rev()
        .take_while(|b| matches!(b, Block::Heading { .. } | Block::Figure { .. }))
        .filter(|b| matches!(b, Block::Heading { .. }))
        .count();
    if titles < TITLE_RUN_HEADINGS {
        while matches!(blocks.last(), Some(Block::Heading { .. })) {
            blocks.pop();
        }
    }
}

/// Headings of recommendation strips: "People who viewed this item also
/// viewed", "Customers also bought", "You may also like", "Similar
/// items", "Recently viewed". Byte regex with ASCII classes (see
/// `PROMPT`).
static RECOMMENDATION_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi-u)^\s*(
            (people|customers|shoppers|others)(\s+like\s+you)?\s+(who\s+(viewed|bought|purchased)\s+this\s+(item|product)\s+)?also\s+(viewed|bought|purchased|liked|searched|like|love)\b.*|
            (this\s+is\s+)?what\s+(people|customers|shoppers|others)\s+who\s+(viewed|bought|purchased)\s+this\s+(item|product)\s+(also\s+)?(viewed|bought|purchased)\b.*|
            (you\s+(may|might|will)\s+also\s+(like|love|enjoy|need)|you\s+(may|might)\s+(also\s+)?be\s+interested\s+in)\b.*|
            ((explore|shop|see|view|browse|discover|compare\s+with)(\s+more)?\s+)?(similar|related|recommended|suggested|sponsored)\s+(items|products|listings|styles)\b.*|
            ((your\s+)?recently\s+viewed|frequently\s+bought\s+together|complete\s+the\s+look|more\s+from\s+this\s+seller|pairs\s+well\s+with|goes\s+well\s+with)\b.*|
            vous\s+(aimerez|pourriez\s+aimer)\b.*|ces\s+produits\s+pourraient\s+vous\b.*|produits\s+(similaires|associés|complémentaires)\b.*|
            das\s+könnte\s+(dir|ihnen|euch)\s+auch\s+gefallen\b.*|(ähnliche|Ähnliche|passende)\s+(produkte|artikel)\b.*|kunden\s+(kauften|kaufen|sahen)\s+auch\b.*|zuletzt\s+(angesehen|angeschaut)\b.*|
            (también|tambien)\s+te\s+(puede|pueden|podría|podrían)\s+(interesar|gustar)\b.*|productos\s+(relacionados|similares)\b.*|vistos\s+recientemente\b.*|
            (ti\s+)?potrebbe(ro)?\s+(anche\s+)?interessarti\b.*|prodotti\s+(correlati|simili)\b.*|visti\s+di\s+recente\b.*|
            (vergelijkbare|gerelateerde)\s+(producten|artikelen)\b.*|(anderen|klanten)\s+(bekeken|kochten)\s+ook\b.*|recent\s+bekeken\b.*|
            produtos\s+(relacionados|semelhantes)\b.*|você\s+também\s+pode\s+gostar\b.*
        )$",
    )
    .expect("valid regex")
});

/// Headings of a shop's strips of other products that are the content on
/// a collection page ("Featured products", "Best sellers", "Keep
/// exploring iPad", "Shop the look", "More like this"), and of the
/// prompts that send the reader on to the shop's other models ("Need
/// help choosing gear?", "Still not sure which products are right for
/// you?"): masked on a product page only (on WCXB dev collection pages
/// the truth keeps the strips, and on a listing a "More like this" heads
/// the content). "Which toolkit is right for you?" and "Recommended for
/// you" were tried: the truth keeps the first on some pages of a site
/// and not on others, and masking the second let a card out of its box
/// (product F1 -0.005 for both). Byte regex with ASCII classes (see
/// `PROMPT`).
static SHOP_STRIP_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi-u)^\s*(
            featured\s+(products|items)|keep\s+exploring\b.*|shop\s+the\s+(look|collection)|best\s*sellers|trending\s+now|popular\s+products|
            more\s+like\s+this|
            (still\s+)?not\s+sure\s+which\s+[^?]{1,60}\s+(is|are)\s+right\s+for\s+you\s*\??|
            need\s+help\s+(choosing|deciding|picking)\b[^.!]{0,40}\??
        )\s*$",
    )
    .expect("valid regex")
});

/// Recommendation strips hold less than this share of the content root
/// they sit in; a larger box is the product page itself.
const MAX_STRIP_SHARE: f32 = 0.5;

/// Mask the recommendation strips inside the content roots ("customers
/// also bought" carousels on shops, "you may also like" boxes on blogs):
/// for each heading that names one, the largest ancestor below the
/// root holding under `MAX_STRIP_SHARE` of the root's text and little
/// before the heading (a strip opens with its heading; see
/// `MAX_STRIP_LEAD_CHARS`). On a product page (`product`), the headings
/// of [`SHOP_STRIP_HEADING`] name one too. Returns whether anything was
/// masked.
pub(crate) fn mask_recommendation_strips(doc: &Document, roots: &[NodeId], stats: &Stats, product: bool, dropped: &mut [bool]) -> bool {
    let mut changed = false;
    for &root in roots {
        let limit = stats.get(root).text as f32 * MAX_STRIP_SHARE;
        let mut walk = doc.traverse(root);
        while let Some(edge) = walk.next() {
            let Edge::Open(id) = edge else { continue };
            if dropped[id.index()] {
                walk.skip_children(id);
                continue;
            }
            let Some(tag) = doc.tag(id) else { continue };
            if !matches!(*tag, local_name!("h2") | local_name!("h3") | local_name!("h4") | local_name!("h5")) {
                continue;
            }
            walk.skip_children(id);
            let text = doc.spaced_text(id);
            let text = text.trim().as_bytes();
            if text.len() > 80 || !(RECOMMENDATION_HEADING.is_match(text) || (product && SHOP_STRIP_HEADING.is_match(text))) {
                continue;
            }
            let mut strip = id;
            while let Some(p) = doc.node(strip).parent {
                if p == root || (stats.get(p).text as f32) >= limit || has_text_before(doc, stats, dropped, p, id) {
                    break;
                }
                strip = p;
            }
            dropped[strip.index()] = true;
            changed = true;
        }
    }
    changed
}

/// A strip's own lead-in above its heading (an icon label, "Sponsored", a
/// tab row) stays under this many visible chars; a box with more text
/// above the heading is the product's own panel with the strip at its foot.
const MAX_STRIP_LEAD_CHARS: u32 = 100;

/// Whether, inside `node`, more than `MAX_STRIP_LEAD_CHARS` of visible
/// text come before `heading`.
fn has_text_before(doc: &Document, stats: &Stats, dropped: &[bool], node: NodeId, heading: NodeId) -> bool {
    let mut before = 0u32;
    let mut walk = doc.traverse(node);
    while let Some(edge) = walk.next() {
        let Edge::Open(id) = edge else { continue };
        if id == heading {
            return false;
        }
        if dropped[id.index()] {
            walk.skip_children(id);
        } else if let Some(t) = doc.text(id) {
            before += t.chars().filter(|c| !c.is_whitespace()).count() as u32;
        } else if doc.tag(id).is_some() && !doc.ancestors(heading).any(|a| a == id) {
            // A subtree wholly before the heading.
            before += stats.get(id).text;
            walk.skip_children(id);
        }
        if before > MAX_STRIP_LEAD_CHARS {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_prompts_by_form() {
        for t in [
            "Advertisement",
            "Share this article",
            "Sign up for our free newsletter",
            "Related articles",
            "You may also like",
            "Leave a comment",
            "12 Comments",
            "Tags: politics, europe",
            "© 2024 Example Media. All rights reserved.",
            "Updated on June 18, 2025 at 12:35 PM",
            "Credit: Reviewed / Jane Doe",
            "This article was originally published by The Example.",
            "We may earn commission from links on this page, but we only recommend products we back.",
            "Jane Smith//Getty Images",
            "By Jane DoePublished: Jan 29, 2025",
            "19:32",
            "1:02:45",
            "Sort by:",
            "Sort: Best Match",
            "Filter and sort",
            "Show more",
            "Showing 24 of 193 results",
            "Showing 1\u{2013}16 of 29 results",
            "(296 products)",
            "Skip to product list",
            "Add to cart",
            "0 selected",
        ] {
            assert!(is_prompt(t), "{t}");
        }
        for t in [
            "The share price fell by 4% on Monday.",
            "Related research suggests otherwise, the authors said.",
            "More than 200 people attended the meeting.",
            "Published in 2019, the study followed 4,000 patients. It found no effect.",
            "By the end of the year, the council had spent its budget.",
            "By 2030 the city expects to double its cycle lanes.",
            "19:32 minutes of footage were shown.",
            "2024",
            "51 products",
            "Sort the beans by size before roasting them.",
            "Compare the two offers carefully.",
        ] {
            assert!(!is_prompt(t), "{t}");
        }
    }

    #[test]
    fn recommendation_headings() {
        for t in [
            "People who viewed this item also viewed",
            "Customers also bought",
            "You may also like",
            "Similar items",
            "Recently viewed",
            "Frequently bought together",
            "Explore related items",
            "Compare with similar products",
            "Others like you also bought:",
            "This is what customers who viewed this product bought",
            "Your recently viewed items",
            "You may also be interested in the following articles:",
            "Vous aimerez aussi",
            "Das könnte dir auch gefallen",
            "Ähnliche Produkte",
            "También te puede interesar",
            "Prodotti correlati",
            "Vergelijkbare producten",
        ] {
            assert!(RECOMMENDATION_HEADING.is_match(t.as_bytes()), "{t}");
        }
        for t in ["Product details", "Similar in size to a tennis ball", "Customers love the fit", "Explore the range", "What customers who bought this say about it", "Vous trouverez ici", "Produits laitiers"] {
            assert!(!RECOMMENDATION_HEADING.is_match(t.as_bytes()), "{t}");
        }
    }

    #[test]
    fn shop_strip_headings() {
        for t in ["Featured products", "More like this", "STILL NOT SURE WHICH PRODUCTS ARE RIGHT FOR YOU?", "Need help choosing gear?"] {
            assert!(SHOP_STRIP_HEADING.is_match(t.as_bytes()), "{t}");
        }
        for t in ["More like this one, please", "Which is right for you depends on your hob", "Need help? Call us.", "Not sure? Call us.", "Which toolkit is right for you?"] {
            assert!(!SHOP_STRIP_HEADING.is_match(t.as_bytes()), "{t}");
        }
    }
}
