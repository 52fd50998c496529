//! Marks the site's furniture so that later stages skip it: a mask over the
//! parsed document, nothing copied or re-parsed.
//!
//! Two strengths of mark: `hard` (scripts, styles, form controls and the
//! labels of checkboxes and radio buttons, hidden nodes: never text a
//! reader sees) and `soft` (navigation, asides,
//! footers and elements whose class or id names furniture: menus, share
//! bars, cookie prompts, related links, comments). The content stage
//! applies the soft marks first and falls back to the hard ones alone when
//! they leave too little.

use std::sync::LazyLock;

use html5ever::{local_name, LocalName};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::dom::{Document, Edge, NodeId};
use crate::options::Options;

/// Per-node marks, indexed by [`NodeId::index`].
#[derive(Debug, Clone)]
pub struct Marks {
    /// Never visible text: dropped with the subtree in every mode.
    pub hard: Vec<bool>,
    /// Hidden by attribute, inline style or a hiding utility class
    /// (`hidden`, `d-none`, `sr-only`, …): dropped except in bare mode
    /// (frameworks that stream server-rendered HTML park it in hidden
    /// nodes for scripts to reveal). The folded panels of accordions, tabs
    /// and FAQs are not marked: a reader opens them.
    pub hidden: Vec<bool>,
    /// Hidden by an inline style that says so (`visibility: hidden`):
    /// dropped in bare mode too. A framework that parks a page for its
    /// scripts uses the `hidden` attribute or a class, not this.
    pub styled_hidden: Vec<bool>,
    /// Furniture by tag, role, class or id: dropped with the subtree in
    /// strict mode.
    pub soft: Vec<bool>,
    /// Class/id evidence for or against content, -1 to 1: used by scoring.
    pub class_weight: Vec<i8>,
    /// Overlays and prompts (cookie banners, pop-ups, newsletter boxes,
    /// paywalls, dialogs): also soft, but kept dropped in every mode, since
    /// a retry without them brings back a consent panel, not an article.
    pub overlay: Vec<bool>,
    /// Cookie and consent panels (a subset of overlays): long legal prose,
    /// never an article, whatever its size.
    pub consent: Vec<bool>,
    /// Elements whose class or id names a comment section (also soft).
    pub comments: Vec<bool>,
    /// Comment sections soft for that reason alone (no furniture tag, role
    /// or word besides): on a forum thread they are the posts.
    pub comment_only: Vec<bool>,
    /// Furniture by a class or id word alone (`recirc`, `teaser`,
    /// `promo`), not by tag, role, overlay or comment words: on a listing
    /// such names are given to the cards that are its content.
    pub word_only: Vec<bool>,
}

/// Elements whose content is never text a reader sees as the article.
fn is_invisible_tag(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("script")
            | local_name!("style")
            | local_name!("template")
            | local_name!("head")
            | local_name!("svg")
            | local_name!("math")
            | local_name!("canvas")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("video")
            | local_name!("audio")
            | local_name!("select")
            | local_name!("option")
            | local_name!("button")
            | local_name!("input")
            | local_name!("textarea")
            | local_name!("dialog")
            | local_name!("map")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("datalist")
            | local_name!("source")
            | local_name!("track")
            | local_name!("picture")
    )
}

/// Elements that are furniture by their tag.
fn is_furniture_tag(tag: &LocalName) -> bool {
    matches!(
        *tag,
        local_name!("nav") | local_name!("aside") | local_name!("footer") | local_name!("menu")
    )
}

/// ARIA roles of furniture.
fn is_furniture_role(role: &str) -> bool {
    let r = role.trim();
    ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist"]
        .iter()
        .any(|x| r.eq_ignore_ascii_case(x))
}

/// Class/id words of furniture. Matched against each word of the class and
/// id (split at spaces, `-` and `_`), so `post-footer` and `share_bar` match
/// but `navigator-content` does not. Readability's `unlikelyCandidates` and
/// trafilatura's `OVERALL_DISCARD`, restated as whole words.
const FURNITURE_WORDS: &[&str] = &[
    "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs",
    "sidebar", "sidebars", "footer", "masthead", "share", "sharing", "sharebar", "shares",
    "social", "socials", "related", "recommended", "recommendations", "recirc", "cookie",
    "cookies", "consent", "gdpr", "newsletter", "newsletters", "subscribe", "subscription",
    "signup", "promo", "promos", "promotion", "advert", "advertisement", "advertising", "ads",
    "ad", "adsense", "adslot", "sponsor", "sponsored", "disqus", "popup", "modal", "overlay",
    "toolbar", "pagination", "pager", "paywall", "outbrain", "taboola", "rss", "login",
    "signin", "register", "tagcloud", "taglist", "tags", "byline", "jump", "print", "cta",
    "topbar", "offcanvas", "trending", "mostpopular", "popular", "subnav", "dropdown",
    "hamburger", "drawer", "lightbox", "teaser", "teasers", "authorbox", "author", "authors",
    "bio", "biography", "donate", "donation", "notification", "alert", "newsticker", "ticker",
];

/// Class/id words of text shown over the page on hover or click, not in
/// it: tooltips and popovers. A class name that also names the part the
/// reader sees ([`HOVER_TRIGGER_WORDS`]: `tooltip-trigger`,
/// `popover-wrapper`) is not the tip. On WCXB dev the text of such boxes
/// that the extraction gave was furniture in 2,733 words, content in 308
/// (one shop's price box).
const HOVER_WORDS: &[&str] = &["tooltip", "tooltips", "popover", "popovers"];

/// Words that, in a class name holding a [`HOVER_WORDS`] word, name the
/// element a tip hangs from or a box holding it with its trigger.
const HOVER_TRIGGER_WORDS: &[&str] = &[
    "trigger", "toggle", "btn", "button", "icon", "anchor", "link", "target", "wrapper", "wrap",
    "container", "holder", "parent", "open", "opener",
];

/// Class/id words of overlays and prompts.
const OVERLAY_WORDS: &[&str] = &[
    "cookie", "cookies", "cookiebanner", "consent", "gdpr", "onetrust", "popup", "popups",
    "modal", "overlay", "newsletter", "subscribe", "signup", "promo", "alert", "notification",
    "notifications", "paywall", "login", "interstitial", "lightbox",
];

/// Class/id words of cookie and consent panels.
const CONSENT_WORDS: &[&str] = &["cookie", "cookies", "cookiebanner", "consent", "gdpr", "onetrust"];

/// Class/id words of a comment section.
const COMMENT_WORDS: &[&str] = &["comment", "comments", "commentlist", "respond", "replies", "discussion", "disqus"];

/// Class/id words of content (Readability's `positive`, as words).
const CONTENT_WORDS: &[&str] = &[
    "article", "articlebody", "body", "content", "entry", "main", "page", "post", "text",
    "blog", "story", "prose", "richtext", "markdown", "rte", "single", "hentry", "h-entry",
    "e-content", "maincontent", "postbody", "storycontent", "answer", "question", "thread",
    "message",
];

/// What a class/id word says of its element: bits of [`WORD_FURNITURE`] and the rest.
type WordKind = u8;
const WORD_FURNITURE: WordKind = 1;
const WORD_OVERLAY: WordKind = 2;
const WORD_CONSENT: WordKind = 4;
const WORD_COMMENT: WordKind = 8;
const WORD_CONTENT: WordKind = 16;
const WORD_HOVER: WordKind = 32;
const WORD_HOVER_TRIGGER: WordKind = 64;

/// Every class/id word with its kinds: one hash lookup a word instead of
/// five regex runs (this pass sees every class word of the page).
static WORD_KINDS: LazyLock<FxHashMap<&'static [u8], WordKind>> = LazyLock::new(|| {
    let mut table = FxHashMap::default();
    for (list, kind) in [
        (FURNITURE_WORDS, WORD_FURNITURE),
        (OVERLAY_WORDS, WORD_OVERLAY),
        (CONSENT_WORDS, WORD_CONSENT),
        (COMMENT_WORDS, WORD_COMMENT),
        (CONTENT_WORDS, WORD_CONTENT),
        (HOVER_WORDS, WORD_HOVER),
        (HOVER_TRIGGER_WORDS, WORD_HOVER_TRIGGER),
    ] {
        for w in list {
            *table.entry(w.as_bytes()).or_insert(0) |= kind;
        }
    }
    table
});

/// Longest class/id word looked up; longer ones are never furniture words.
const MAX_CLASS_WORD: usize = 24;

/// The kinds of a class/id word, ignoring ASCII case.
fn word_kind(word: &str) -> WordKind {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_CLASS_WORD {
        return 0;
    }
    let mut buf = [0u8; MAX_CLASS_WORD];
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    WORD_KINDS.get(&*lower).copied().unwrap_or(0)
}

/// Visible-CSS checks on a `style` attribute.
fn style_hides(style: &str) -> bool {
    let compact = compact_style(style);
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// A `style` attribute without white space, lower-cased.
fn compact_style(style: &str) -> String {
    style.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_lowercase()).collect()
}

/// An inline style that hides an element for good, bare mode included:
/// `visibility: hidden` (`display: none` is how pages fold what a click
/// shows, and shops park their option panels so).
fn style_hides_strongly(style: &str) -> bool {
    compact_style(style).contains("visibility:hidden")
}

/// Mark the furniture of a page.
pub fn mark_furniture(doc: &Document, opts: &Options) -> Marks {
    let n = doc.nodes.len();
    let mut marks = Marks {
        hard: vec![false; n],
        hidden: vec![false; n],
        styled_hidden: vec![false; n],
        soft: vec![false; n],
        overlay: vec![false; n],
        consent: vec![false; n],
        class_weight: vec![0; n],
        comments: vec![false; n],
        comment_only: vec![false; n],
        word_only: vec![false; n],
    };
    // Ids of checkboxes and radio buttons, and the labels that name an id.
    let mut choice_ids: FxHashSet<&str> = FxHashSet::default();
    let mut labels_for: Vec<(NodeId, &str)> = Vec::new();
    let mut walk = doc.traverse(NodeId::DOCUMENT);
    while let Some(edge) = walk.next() {
        let Edge::Open(id) = edge else { continue };
        let Some(tag) = doc.tag(id) else { continue };
        let i = id.index();
        if (is_invisible_tag(tag) && !is_question_button(doc, id, tag)) || (*tag == local_name!("noscript") && noscript_is_furniture(doc, id)) {
            marks.hard[i] = true;
            walk.skip_children(id);
            if *tag == local_name!("input") && is_choice_input(doc, id) {
                mark_choice_label(doc, id, &mut marks.hard);
                if let Some(v) = doc.attr(id, local_name!("id")).filter(|v| !v.is_empty()) {
                    choice_ids.insert(v);
                }
            }
            continue;
        }
        if *tag == local_name!("label") {
            if let Some(f) = doc.attr(id, local_name!("for")).filter(|v| !v.is_empty()) {
                labels_for.push((id, f));
            }
        }
        let a = Attrs::of(doc, id);
        // A visually hidden <h1> still names the page (the title reads it).
        let class_hides = a.class.is_some_and(hidden_by_class) && !matches!(*tag, local_name!("h1") | local_name!("html")) && !spells_out_price(doc, id, a.class);
        if (a.hides(doc, id) || class_hides) && !in_disclosure(doc, id) {
            marks.hidden[i] = true;
            // Text for screen readers only is never shown, scripts or not.
            marks.styled_hidden[i] = a.style.is_some_and(style_hides_strongly) || (class_hides && a.class.is_some_and(screen_reader_only));
        }
        if *tag == local_name!("body") || *tag == local_name!("html") {
            continue;
        }
        let mut soft = is_furniture_tag(tag) || a.role.is_some_and(|r| is_furniture_role(r) && !is_prose_tablist(doc, id, r));
        // Class and id words.
        let mut furniture = false;
        let mut comment = false;
        let mut content = false;
        // A class name of a consent panel with no content word in it
        // (`gdpr-banner`): the panel, whatever its other names say.
        let mut consent = false;
        let mut overlay = a
            .role
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("dialog") || r.trim().eq_ignore_ascii_case("alertdialog"))
            || a.aria_modal.is_some_and(|v| v.trim() == "true");
        for v in [a.class, a.id].into_iter().flatten() {
            // Class names are separated by ASCII white space (HTML's rule).
            for token in v.split_ascii_whitespace() {
                // Within one class name a comment word outweighs a content
                // word: `comment-content`, `entry-comments` and
                // `article-comment` are parts of a comment section.
                let mut token_comment = false;
                let mut token_content = false;
                let mut token_hover = false;
                let mut token_trigger = false;
                let mut token_consent = false;
                // A negation covers the rest of its class name:
                // `has-sidebar`, `hide-read-more-ad`.
                for word in token.split(['-', '_']) {
                    if matches!(word, "has" | "with" | "no" | "without" | "hide" | "not") {
                        break;
                    }
                    let kind = word_kind(word);
                    token_hover |= kind & WORD_HOVER != 0;
                    token_trigger |= kind & WORD_HOVER_TRIGGER != 0;
                    if kind & WORD_OVERLAY != 0 {
                        overlay = true;
                        if kind & WORD_CONSENT != 0 {
                            marks.consent[i] = true;
                            token_consent = true;
                        }
                    }
                    if kind & WORD_COMMENT != 0 {
                        token_comment = true;
                    } else if kind & WORD_FURNITURE != 0 {
                        furniture = true;
                    } else if kind & WORD_CONTENT != 0 {
                        token_content = true;
                    }
                }
                comment |= token_comment;
                consent |= token_consent && !token_content;
                // A tip's own parts (`tooltip-content`, `popover-body`) are the tip.
                content |= token_content && !token_comment && !token_hover;
                furniture |= token_hover && !token_trigger;
            }
        }
        if a.itemprop.is_some_and(|p| p.contains("articleBody") || p.contains("text")) {
            content = true;
        }
        marks.class_weight[i] = match (content, furniture || comment) {
            (true, false) => 1,
            (false, true) => -1,
            _ => 0,
        };
        if comment && !opts.include_comments && !content {
            marks.comments[i] = true;
            marks.comment_only[i] = !soft && !furniture && !overlay && *tag != local_name!("a");
            soft = true;
        }
        if furniture && !content {
            marks.word_only[i] = !soft && !comment && !overlay && *tag != local_name!("a");
            soft = true;
        }
        // A consent panel is never content, though another of its class
        // names (`page-notice`) holds a content word: WCXB dev, one shop's
        // cookie notice taken for the product page.
        if consent {
            content = false;
        }
        if overlay && !content {
            marks.overlay[i] = true;
            soft = true;
        }
        if soft && *tag != local_name!("a") {
            marks.soft[i] = true;
        }
    }
    if !choice_ids.is_empty() {
        for (label, target) in labels_for {
            if choice_ids.contains(target) && is_short_label(doc, label) {
                marks.hard[label.index()] = true;
            }
        }
    }
    unmark_page_frames(doc, &mut marks);
    marks
}

/// An overlay holding this share of the page's visible text or more, in
/// fifths, is the page itself: 3 is 60%.
const FRAME_FIFTHS: u32 = 3;

/// A box named like an overlay (a "modal" layout class, a dialog) that holds
/// most of the page's visible text and the page's `<h1>`, `<article>` or
/// `<main>` is the frame the page is drawn in (a story opened over a news
/// front in a modal layout), not a pop-up over it: it is not furniture.
/// Cookie and consent panels, and a policy in a dialog, stay marked.
fn unmark_page_frames(doc: &Document, marks: &mut Marks) {
    if !marks.overlay.iter().zip(&marks.consent).any(|(o, c)| *o && !*c) {
        return;
    }
    // Visible text bytes under each node (a cheaper count than `Stats`).
    let mut size = vec![0u32; marks.overlay.len()];
    let mut walk = doc.traverse(NodeId::DOCUMENT);
    while let Some(edge) = walk.next() {
        match edge {
            Edge::Open(id) if marks.hard[id.index()] || marks.hidden[id.index()] => walk.skip_children(id),
            Edge::Open(id) => size[id.index()] = doc.text(id).map_or(0, |t| t.trim().len() as u32),
            Edge::Close(id) => {
                if let Some(p) = doc.node(id).parent {
                    size[p.index()] += size[id.index()];
                }
            }
        }
    }
    let page = size[NodeId::DOCUMENT.index()];
    for i in 0..marks.overlay.len() {
        if marks.overlay[i] && !marks.consent[i] && page > 0 && size[i] * 5 >= page * FRAME_FIFTHS {
            // A frame holds the page's heading or its article, not a policy.
            let id = NodeId(i as u32);
            let framed = doc.descendants(id).any(|d| {
                doc.tag(d).is_some_and(|t| matches!(*t, local_name!("h1") | local_name!("article") | local_name!("main")))
            });
            if framed {
                marks.overlay[i] = false;
                marks.soft[i] = false;
            }
        }
    }
}

/// Whether an `<input>` is a checkbox or a radio button: a choice among
/// options (a shop's filters, a product's sizes and colours, a form's
/// consents), whose label is a control, not text to read.
fn is_choice_input(doc: &Document, id: NodeId) -> bool {
    doc.attr(id, local_name!("type")).is_some_and(|t| {
        let t = t.trim();
        t.eq_ignore_ascii_case("checkbox") || t.eq_ignore_ascii_case("radio")
    })
}

/// A choice's label longer than this (visible chars) is a card or a
/// paragraph that happens to be clickable, not a control's name.
const MAX_CHOICE_LABEL_CHARS: usize = 80;

/// Levels looked up from a choice input for the `<label>` wrapping it.
const CHOICE_LABEL_LEVELS: usize = 3;

/// Mark the `<label>` wrapping a choice input as never read.
fn mark_choice_label(doc: &Document, input: NodeId, hard: &mut [bool]) {
    if let Some(label) = doc.ancestors(input).take(CHOICE_LABEL_LEVELS).find(|a| doc.is(*a, &local_name!("label"))) {
        if is_short_label(doc, label) {
            hard[label.index()] = true;
        }
    }
}

/// Whether a label's text is short enough to name a control.
fn is_short_label(doc: &Document, label: NodeId) -> bool {
    let mut chars = 0usize;
    for d in doc.descendants(label) {
        if let Some(t) = doc.text(d) {
            chars += t.chars().filter(|c| !c.is_whitespace()).count();
            if chars > MAX_CHOICE_LABEL_CHARS {
                return false;
            }
        }
    }
    true
}

/// A `<noscript>` that holds only text: a "please enable JavaScript" notice,
/// or markup escaped as text by a page saved from a scripted browser.
/// One that holds elements is a script-free view of the page and stays.
fn noscript_is_furniture(doc: &Document, id: NodeId) -> bool {
    !doc.children(id).any(|c| doc.tag(c).is_some())
}

/// Class/id words of disclosure widgets: accordions, tabs, FAQ answers,
/// collapsed and expandable panels. Their hidden panels are text that a
/// reader opens with a click, and WCXB's truth holds it (dev set: 78 pages
/// changed, +6.1 page-F1 units; service 0.814 to 0.827, collection 0.706
/// to 0.721, article unchanged at 0.944). An `expander` is the same widget
/// as an `expandable` box (a description cut short behind "Read more"):
/// product word F1 0.740 -> 0.743, one page changed, the rest unchanged.
fn is_disclosure_word(w: &str) -> bool {
    matches!(
        w,
        "accordion" | "accordions" | "faq" | "faqs" | "tab" | "tabs" | "tabpanel" | "panel" | "answer" | "collapse" | "collapsible" | "expand" | "expandable" | "expander" | "toggle"
    )
}

/// Levels looked at, the element's own included, for a disclosure widget
/// around a hidden element.
const DISCLOSURE_LEVELS: usize = 4;

/// Whether a hidden element is, or sits in, a disclosure widget: a class
/// or id word of [`is_disclosure_word`] or `role=tabpanel` on it or on an
/// ancestor up to [`DISCLOSURE_LEVELS`] levels up. Such a panel stays
/// visible to the content stage.
fn in_disclosure(doc: &Document, id: NodeId) -> bool {
    std::iter::once(id).chain(doc.ancestors(id)).take(DISCLOSURE_LEVELS).any(|a| {
        doc.attr(a, local_name!("role")).is_some_and(|r| r.trim().eq_ignore_ascii_case("tabpanel"))
            || [doc.attr(a, local_name!("class")), doc.attr(a, local_name!("id"))].into_iter().flatten().any(|v| {
                v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                    .any(|w| w.len() <= MAX_CLASS_WORD && is_disclosure_word(&w.to_ascii_lowercase()))
            })
    })
}

/// Class tokens of text for screen readers only: never shown, whatever
/// the scripts do, so dropped in bare mode too. In bare mode a page whose
/// content sat in a box hidden until its scripts ran (a shop's lock app)
/// otherwise read every "Regular price", "Sale price" and "Unit price /
/// per" label of its product cards (WCXB dev: collection word F1 +0.078
/// on one page, -0.012 and -0.003 on two others).
fn screen_reader_only(class: &str) -> bool {
    class.split_ascii_whitespace().any(|t| matches!(t, "visually-hidden" | "sr-only" | "screen-reader-text"))
}

/// Levels looked up from a `screen-reader-text` element for a price box.
const PRICE_BOX_LEVELS: usize = 3;

/// Whether an element hidden by a `screen-reader-text` class is the spelt-out
/// form of a price the box around it shows ("Original price was: $24.95.",
/// "Current price is: $14.97.": WordPress shops print every sale price so).
/// WCXB's truth reads them: dev collection word F1 +0.52 over 3 shops of
/// that software (0.58 -> 0.89, 0.59 -> 0.77, 0.70 -> 0.73), product -0.002
/// on one page. Other shops' `visually-hidden` price labels ("Regular
/// price", "Sale price") are left hidden: the truth leaves them out (3
/// collection pages lost 0.19 with them).
fn spells_out_price(doc: &Document, id: NodeId, class: Option<&str>) -> bool {
    class.is_some_and(|c| c.split_ascii_whitespace().any(|t| t == "screen-reader-text"))
        && doc.ancestors(id).take(PRICE_BOX_LEVELS).any(|p| {
            doc.attr(p, local_name!("class"))
                .is_some_and(|c| c.split(|ch: char| ch.is_ascii_whitespace() || ch == '-' || ch == '_').any(|w| w.eq_ignore_ascii_case("price")))
        })
}

/// Headings a question button may sit in.
fn is_subheading(tag: &LocalName) -> bool {
    matches!(*tag, local_name!("h2") | local_name!("h3") | local_name!("h4") | local_name!("h5") | local_name!("h6"))
}

/// Whether a `<button>` is an FAQ accordion's question: inside a heading
/// (at most two levels up) and ending with a question mark. Accordion
/// scripts make the question the button that opens its answer
/// (`<h3><button>How do I …?</button></h3>`); a reader reads it as the
/// heading it is, and WCXB's truth keeps it. WCXB dev: service +0.109,
/// collection +0.071, product +0.026, article -0.009 (3 pages) in
/// page-F1 units; any button in a heading (questions or not) took in
/// filter and menu toggles (collection -0.017).
fn is_question_button(doc: &Document, id: NodeId, tag: &LocalName) -> bool {
    *tag == local_name!("button")
        && doc.ancestors(id).take(2).any(|a| doc.tag(a).is_some_and(is_subheading))
        && doc.spaced_text(id).trim_end().ends_with('?')
}

/// A paragraph this long (bytes) inside a `role=tablist` makes it a box of
/// panels, not a row of tabs.
const TABLIST_PROSE_BYTES: usize = 100;

/// Whether a `role=tablist` element is an accordion of panels holding
/// prose (an FAQ whose questions and answers all sit inside the list)
/// rather than a row of tab labels: it holds a paragraph of
/// `TABLIST_PROSE_BYTES` or more. A tab row's labels are a few words.
/// WCXB dev: an FAQ of 300 words kept, collection word F1 +0.155 on that
/// page, one service page +0.004, no page worse.
fn is_prose_tablist(doc: &Document, id: NodeId, role: &str) -> bool {
    role.trim().eq_ignore_ascii_case("tablist")
        && doc.descendants(id).any(|d| doc.is(d, &local_name!("p")) && doc.spaced_text(d).trim().len() >= TABLIST_PROSE_BYTES)
}

/// Class tokens of CSS utility classes that hide an element.
fn is_hiding_class(token: &str) -> bool {
    matches!(token, "hide" | "hidden" | "d-none" | "is-hidden" | "u-hidden" | "display-none" | "visually-hidden" | "sr-only" | "screen-reader-text" | "invisible")
}

/// Whether a class list hides its element on every screen: a hiding utility
/// class, no responsive display class that shows it again on wider screens
/// (`hidden lg:block`, `d-none d-md-flex`), and no sign of a tab, accordion
/// or collapsed panel, whose text scripts reveal and readers see.
fn hidden_by_class(class: &str) -> bool {
    if !class.split_whitespace().any(is_hiding_class) {
        return false;
    }
    !class.split_whitespace().any(|t| {
        let t = t.to_ascii_lowercase();
        t.contains(':')
            || (t.starts_with("d-") && t != "d-none")
            || ["accordion", "tab", "collapse", "panel", "toggle", "expand", "more"].iter().any(|w| t.contains(w))
    })
}

/// The attributes this pass reads, found in one walk over the element's
/// attribute list (each `Document::attr` call is a walk of its own).
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    aria_modal: Option<&'a str>,
    aria_hidden: Option<&'a str>,
    hidden: bool,
    style: Option<&'a str>,
    itemprop: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn of(doc: &'a Document, id: NodeId) -> Self {
        let mut a = Attrs::default();
        for attr in doc.attrs(id) {
            let v = Some(&*attr.value);
            match attr.name.local {
                local_name!("class") => a.class = v,
                local_name!("id") => a.id = v,
                local_name!("role") => a.role = v,
                local_name!("aria-modal") => a.aria_modal = v,
                local_name!("aria-hidden") => a.aria_hidden = v,
                local_name!("hidden") => a.hidden = true,
                local_name!("style") => a.style = v,
                local_name!("itemprop") => a.itemprop = v,
                _ => {}
            }
        }
        a
    }

    /// Whether the element is hidden by attribute or inline style.
    fn hides(&self, doc: &Document, id: NodeId) -> bool {
        if self.hidden {
            // React's streamed server rendering parks the page in hidden
            // `S:n` boxes that its script moves into place.
            return !self.id.is_some_and(|v| v.starts_with("S:"));
        }
        if self.aria_hidden.is_some_and(|v| v.trim() == "true") {
            // Readability keeps images marked aria-hidden as fallbacks.
            return !doc.is(id, &local_name!("img")) && !doc.is(id, &local_name!("figure"));
        }
        self.style.is_some_and(style_hides)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faq_question_buttons_are_read() {
        let html = r#"<body><h3><button aria-expanded="false">How long does delivery take?</button></h3><h3><button>Menu</button></h3><p>Text.</p></body>"#;
        assert!(!marked_text(html, "How long does delivery", |m| &m.hard));
        assert!(marked_text(html, "Menu", |m| &m.hard));
    }

    #[test]
    fn prose_tablists_are_not_furniture() {
        let faq = r#"<body><div role="tablist"><div role="tab"><a>Which grill?</a></div><div><p>Most buyers pick a gas grill for the speed of it, and a charcoal one for the taste it gives the meat.</p></div></div></body>"#;
        assert!(!marked_text(faq, "Most buyers", |m| &m.soft));
        let tabs = r#"<body><div role="tablist"><a>Overview</a><a>Specs</a></div><p>Body.</p></body>"#;
        assert!(marked_text(tabs, "Overview", |m| &m.soft));
    }

    #[test]
    fn consent_panels_with_a_content_class_are_overlays() {
        let html = r#"<body><section class="page-notice gdpr-banner--slideup"><p>We use cookies to improve the site.</p></section><p>Body.</p></body>"#;
        assert!(marked_text(html, "We use cookies", |m| &m.overlay));
    }

    #[test]
    fn spelt_out_prices_are_read_and_screen_reader_text_stays_hidden() {
        let html = r#"<body><span class="price"><del>$24.95</del> <span class="screen-reader-text">Original price was: $24.95.</span></span><span class="visually-hidden">Regular price</span><p>Body.</p></body>"#;
        assert!(!marked_text(html, "Original price was", |m| &m.hidden));
        assert!(marked_text(html, "Regular price", |m| &m.hidden));
        assert!(marked_text(html, "Regular price", |m| &m.styled_hidden));
    }

    /// Whether the first text node holding `needle` sits under a node that
    /// `mark` picks out of the page's marks.
    fn marked_text(html: &str, needle: &str, mark: fn(&Marks) -> &[bool]) -> bool {
        let opts = Options::default();
        let doc = crate::dom::parse(html, &opts);
        let marks = mark_furniture(&doc, &opts);
        let node = doc.descendants(NodeId::DOCUMENT).find(|id| doc.text(*id).is_some_and(|t| t.contains(needle))).expect("text");
        let marked = mark(&marks);
        let under = doc.ancestors(node).any(|a| marked[a.index()]);
        under
    }

    /// Whether the first text node holding `needle` sits under a hidden mark.
    fn hidden_text(html: &str, needle: &str) -> bool {
        marked_text(html, needle, |m| &m.hidden)
    }

    /// Whether the first text node holding `needle` sits under a soft mark.
    fn soft_text(html: &str, needle: &str) -> bool {
        marked_text(html, needle, |m| &m.soft)
    }

    #[test]
    fn tooltips_and_popovers_are_furniture() {
        let page = "<body><main>\
            <p>Body <span class=\"tip-tooltip-trigger\">Trigger words</span> go on.</p>\
            <div class=\"price-tooltip\">Tip words.</div>\
            <div class=\"tooltip-content\">Tip content words.</div>\
            <div class=\"ship-popover popover-body\">Popover words.</div>\
            <div class=\"has-tooltip\">Flagged words.</div>\
            <div class=\"popover-wrapper\">Wrapper words.</div>\
            </main></body>";
        assert!(!soft_text(page, "Trigger words"));
        assert!(soft_text(page, "Tip words"));
        assert!(soft_text(page, "Tip content words"));
        assert!(soft_text(page, "Popover words"));
        assert!(!soft_text(page, "Flagged words"));
        assert!(!soft_text(page, "Wrapper words"));
    }

    #[test]
    fn disclosure_panels_stay_visible() {
        let page = "<body><main>\
            <div class=\"faq-item\"><h3>Question?</h3><div style=\"display:none\"><p>Folded answer.</p></div></div>\
            <div role=\"tabpanel\" hidden><p>Second tab.</p></div>\
            <div class=\"accordion\"><div class=\"body\"><div aria-hidden=\"true\"><p>Accordion text.</p></div></div></div>\
            <div class=\"text-expander\"><p>Teaser.</p><div class=\"expander-rest\" style=\"display:none\"><p>Expander text.</p></div></div>\
            <div class=\"site-modal\" style=\"display:none\"><p>Modal text.</p></div>\
            <div hidden><p>Plain hidden.</p></div>\
            </main></body>";
        assert!(!hidden_text(page, "Folded answer"));
        assert!(!hidden_text(page, "Second tab"));
        assert!(!hidden_text(page, "Accordion text"));
        assert!(!hidden_text(page, "Expander text"));
        assert!(hidden_text(page, "Modal text"));
        assert!(hidden_text(page, "Plain hidden"));
    }
}
