//! The walk over the main content that emits typed blocks: paragraphs from
//! runs of inline text, headings, lists, tables, quotes, code and figures,
//! dropping link-dense boxes on the way.

use html5ever::{local_name, LocalName};

use super::{is_inline, subtree_text, text_pieces, Main};
use crate::article::Block;
use crate::dom::{Document, Edge, NodeId};
use crate::metadata::Metadata;
use crate::options::Options;
use crate::textutil::{fold, is_space, push_folded};

/// A box inside the content whose text is more than this share links is a
/// link list (related stories, tag clouds), unless it is long. trafilatura
/// drops at 0.8 for short elements; boxes here are lists and divs.
const LINK_BOX_DENSITY: f32 = 0.6;

/// A link-dense box longer than this (visible chars) is kept: a long text
/// with many links is content (documentation indexes, link-rich prose).
const LINK_BOX_MAX_CHARS: u32 = 1500;

/// Main content whose text is more than this share links is a listing or
/// a collection of cards.
const LINK_PAGE_DENSITY: f32 = 0.4;

/// A page the page-type model takes for a listing or a collection with at
/// least this confidence is a page of cards, whatever its link density.
/// WCXB dev, sum of page F1 changes over 1,497 pages: 0.5 -0.04, 0.6
/// +0.34, 0.7 +0.19, 0.8 +0.22; 0.7 sits in the middle of the gains.
const LISTING_TYPE_MIN_CONFIDENCE: f64 = 0.7;

/// Links whose text averages this many chars are cards (a headline and a
/// summary), not a menu.
const CARD_LINK_CHARS: f32 = 60.0;

/// Links shorter than this on average are menu entries.
const MENU_LINK_CHARS: f32 = 25.0;

/// A paragraph whose text is more than this share links is a teaser or a
/// "read more" line.
const LINK_PARAGRAPH_DENSITY: f32 = 0.7;

/// A run of ASCII text whose words average more than this many chars is
/// not prose but identifiers run together (tracking ids, hashes, base64
/// left in the markup). English words average about 5 chars, German ones
/// under 7; a long URL alone is under 100 chars, and is let through.
const SOUP_WORD_CHARS: u32 = 30;

/// ... judged on runs at least this long.
const SOUP_MIN_CHARS: u32 = 100;

/// Whether a run of text is token soup: long, ASCII, a quarter digits, and
/// made of words averaging over `SOUP_WORD_CHARS` chars. Text without spaces in other
/// scripts (Chinese, Japanese, Thai) is not ASCII and never matches.
fn is_token_soup(text: &str, chars: u32) -> bool {
    if chars < SOUP_MIN_CHARS || !text.is_ascii() {
        return false;
    }
    let words = text.split_ascii_whitespace().count() as u32;
    // Identifiers are a quarter digits or more; words run together by
    // markup (`<span>One</span><span>Two</span>`) are letters.
    let digits = text.bytes().filter(u8::is_ascii_digit).count() as u32;
    chars > words.max(1) * SOUP_WORD_CHARS && digits * 4 >= chars
}

/// A paragraph this long (bytes) given twice from different parts of the
/// page is one text rendered twice; short ones repeat by nature (card
/// titles, prices, "Add to cart").
pub(super) const MIN_REPEATED_PARAGRAPH_CHARS: usize = 100;

/// Nodes looked at under a link box for the headings of cards.
const HEADING_SCAN_NODES: usize = 400;

/// A `<figure>` without a `<figcaption>` holding this much text (visible
/// chars) is a card marked up as a figure (an image, a linked title, a
/// price), walked as a container: its text is not a caption.
const FIGURE_CARD_MIN_CHARS: u32 = 20;

/// A table whose cells hold more than this many chars of block content in
/// one cell is used for layout, not data.
const LAYOUT_CELL_CHARS: u32 = 600;

pub(crate) struct Emitter<'a> {
    doc: &'a Document,
    main: &'a Main,
    meta: &'a Metadata,
    opts: &'a Options,
    blocks: Vec<Block>,
    buf: String,
    pending_space: bool,
    buf_chars: u32,
    buf_link_chars: u32,
    link_depth: u32,
    /// The main content is itself mostly links (a listing, a collection of
    /// cards): link density then says nothing about furniture.
    link_page: bool,
    /// Visible chars of the main content.
    root_text: u32,
    /// The parent of the block element holding the current run of text.
    run_home: Option<NodeId>,
    /// Long paragraphs given so far, with the `run_home` of each.
    given: std::collections::HashMap<String, Option<NodeId>>,
}

impl<'a> Emitter<'a> {
    pub(crate) fn new(doc: &'a Document, main: &'a Main, meta: &'a Metadata, opts: &'a Options) -> Self {
        Emitter {
            doc,
            main,
            meta,
            opts,
            blocks: Vec::new(),
            buf: String::new(),
            pending_space: false,
            buf_chars: 0,
            buf_link_chars: 0,
            link_depth: 0,
            root_text: main.roots.iter().map(|r| main.stats.get(*r).text).sum(),
            run_home: None,
            given: std::collections::HashMap::new(),
            link_page: {
                let (t, l) = main.roots.iter().fold((0u32, 0u32), |(t, l), r| {
                    let s = main.stats.get(*r);
                    (t + s.text, l + s.link)
                });
                main.profile == super::Profile::Listing
                    || (t > 0 && l as f32 > t as f32 * LINK_PAGE_DENSITY)
                    || (matches!(meta.page_type.as_deref(), Some("listing" | "collection"))
                        && meta.page_type_confidence.unwrap_or(0.0) >= LISTING_TYPE_MIN_CONFIDENCE)
            },
        }
    }

    fn dropped(&self, id: NodeId) -> bool {
        self.main.dropped[id.index()]
    }

    pub(crate) fn run(mut self) -> Vec<Block> {
        let roots = self.main.roots.clone();
        for root in roots {
            self.walk(root);
            self.flush();
        }
        self.blocks
    }

    fn walk(&mut self, root: NodeId) {
        let doc = self.doc;
        let mut walk = doc.traverse(root);
        while let Some(edge) = walk.next() {
            match edge {
                Edge::Open(id) => {
                    if self.dropped(id) {
                        walk.skip_children(id);
                        continue;
                    }
                    if let Some(t) = doc.text(id) {
                        if self.buf_chars == 0 {
                            self.run_home = self.block_home(id);
                        }
                        self.push_text(t);
                        continue;
                    }
                    let Some(tag) = doc.tag(id) else { continue };
                    if is_inline(tag) {
                        if *tag == local_name!("a") {
                            self.link_depth += 1;
                        }
                        continue;
                    }
                    if *tag == local_name!("br") {
                        self.buf.push('\n');
                        self.pending_space = false;
                        continue;
                    }
                    if *tag == local_name!("img") {
                        if self.opts.include_images && !self.inside_paragraph(id) {
                            self.flush();
                            if let Some(fig) = self.image_block(id, None) {
                                self.blocks.push(fig);
                            }
                        }
                        continue;
                    }
                    // Every other element is a block: it ends the paragraph.
                    self.flush();
                    if id != root && self.is_link_box(id, tag) {
                        walk.skip_children(id);
                        continue;
                    }
                    if self.emit_special(id, tag) {
                        walk.skip_children(id);
                    }
                }
                Edge::Close(id) => {
                    if let Some(tag) = doc.tag(id) {
                        if is_inline(tag) {
                            if *tag == local_name!("a") {
                                self.link_depth = self.link_depth.saturating_sub(1);
                            }
                        } else if *tag != local_name!("br") && *tag != local_name!("img") {
                            self.flush();
                        }
                    }
                }
            }
        }
    }

    /// Whether an image sits inside running text (a paragraph or a link).
    fn inside_paragraph(&self, id: NodeId) -> bool {
        self.doc
            .ancestors(id)
            .take(3)
            .any(|a| self.doc.is(a, &local_name!("p")))
    }

    fn push_text(&mut self, t: &str) {
        let before = self.buf.len();
        push_folded(&mut self.buf, t, &mut self.pending_space);
        let added = self.buf[before..].chars().filter(|c| !is_space(*c)).count() as u32;
        self.buf_chars += added;
        if self.link_depth > 0 {
            self.buf_link_chars += added;
        }
    }

    /// End the current run of inline text as a paragraph, unless it is a
    /// link line.
    fn flush(&mut self) {
        if self.buf_chars > 0 {
            let ld = self.buf_link_chars as f32 / self.buf_chars as f32;
            let keep = self.opts.favor_recall || self.link_page || ld <= LINK_PARAGRAPH_DENSITY;
            if keep && !is_token_soup(&self.buf, self.buf_chars) {
                let text = self
                    .buf
                    .split('\n')
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n");
                if !text.is_empty() && !self.is_second_copy(&text) {
                    self.blocks.push(Block::Paragraph { text });
                }
            }
        }
        self.buf.clear();
        self.pending_space = false;
        self.buf_chars = 0;
        self.buf_link_chars = 0;
    }

    /// The parent of the nearest block element above a text node.
    fn block_home(&self, text: NodeId) -> Option<NodeId> {
        let doc = self.doc;
        let block = doc.ancestors(text).find(|a| doc.tag(*a).is_none_or(|t| !is_inline(t)))?;
        doc.node(block).parent
    }

    /// Whether a long paragraph repeats one given before from another part
    /// of the page: the same text rendered twice (a mobile and a desktop
    /// copy of a description, a tab's text and its accordion twin). A
    /// repeat among siblings or cousins is the author's and stays.
    fn is_second_copy(&mut self, text: &str) -> bool {
        if text.len() < MIN_REPEATED_PARAGRAPH_CHARS {
            return false;
        }
        match self.given.get(text) {
            Some(home) => {
                let up = |h: Option<NodeId>| h.and_then(|h| self.doc.node(h).parent);
                *home != self.run_home && up(*home) != up(self.run_home)
            }
            None => {
                self.given.insert(text.to_string(), self.run_home);
                false
            }
        }
    }

    /// A list, box or table that is mostly links.
    fn is_link_box(&self, id: NodeId, tag: &LocalName) -> bool {
        if self.opts.favor_recall {
            return false;
        }
        let boxy = matches!(
            *tag,
            local_name!("div")
                | local_name!("section")
                | local_name!("ul")
                | local_name!("ol")
                | local_name!("dl")
                | local_name!("table")
                | local_name!("header")
                | local_name!("aside")
                | local_name!("nav")
                | local_name!("footer")
                | local_name!("article")
        );
        if !boxy {
            return false;
        }
        let s = self.main.stats.get(id);
        if s.text == 0 || s.links == 0 {
            return false;
        }
        // A box holding half the content is the content.
        if s.text as f32 >= self.root_text as f32 * 0.5 {
            return false;
        }
        let ld = s.link as f32 / s.text as f32;
        let avg_link = s.link as f32 / s.links as f32;
        if self.link_page || avg_link >= CARD_LINK_CHARS {
            // Among cards, only menus of short links are furniture; short
            // linked headings are card titles.
            return ld > 0.9 && avg_link < MENU_LINK_CHARS && !self.mostly_headings(id, s.text);
        }
        (ld > LINK_BOX_DENSITY && s.text < LINK_BOX_MAX_CHARS) || ld > 0.85
    }

    /// Whether most of a box's `text` sits in `<h2>`–`<h6>` headings
    /// (looked for in its first `HEADING_SCAN_NODES` nodes).
    fn mostly_headings(&self, id: NodeId, text: u32) -> bool {
        let doc = self.doc;
        let mut in_headings = 0u32;
        let mut walk = doc.traverse(id);
        let mut seen = 0usize;
        while let Some(edge) = walk.next() {
            let Edge::Open(d) = edge else { continue };
            seen += 1;
            if seen > HEADING_SCAN_NODES {
                return false;
            }
            if doc.tag(d).is_some_and(|t| matches!(*t, local_name!("h2") | local_name!("h3") | local_name!("h4") | local_name!("h5") | local_name!("h6"))) {
                in_headings += self.main.stats.get(d).text;
                walk.skip_children(d);
            }
        }
        in_headings * 2 > text
    }

    /// Emit the structured blocks (headings, lists, tables, quotes, code,
    /// figures). Returns true when the element's children were consumed.
    fn emit_special(&mut self, id: NodeId, tag: &LocalName) -> bool {
        let doc = self.doc;
        match *tag {
            local_name!("h1") | local_name!("h2") | local_name!("h3") | local_name!("h4") | local_name!("h5") | local_name!("h6") => {
                let level = tag.as_bytes()[1] - b'0';
                let text = subtree_text(doc, id, &self.main.dropped);
                let is_title = self.meta.title_node == Some(id)
                    || self.meta.title.as_deref().is_some_and(|t| same_text(t, &text));
                if !text.is_empty() && !is_title {
                    self.blocks.push(Block::Heading { level, text });
                }
                true
            }
            local_name!("ul") | local_name!("ol") => {
                // A list whose items hold whole sections (a layout list) is walked as a container.
                let s = self.main.stats.get(id);
                if s.paras >= 3 && s.para_text > 600 {
                    return false;
                }
                let items = self.list_items(id);
                if !items.is_empty() {
                    self.blocks.push(Block::List { ordered: *tag == local_name!("ol"), items });
                }
                true
            }
            local_name!("table") => {
                if !self.opts.include_tables {
                    return true;
                }
                if self.is_layout_table(id) {
                    return false;
                }
                let (header, rows) = self.table_rows(id);
                if rows.len() == 1 && rows[0].len() == 1 {
                    self.blocks.push(Block::Paragraph { text: rows[0][0].clone() });
                } else if !rows.is_empty() {
                    self.blocks.push(Block::Table { header, rows });
                }
                true
            }
            local_name!("blockquote") => {
                let s = self.main.stats.get(id);
                if s.paras > 6 || s.text > 3000 {
                    // A whole post quoted as layout: walk it as a container.
                    return false;
                }
                let text = paragraphs_text(doc, id, &self.main.dropped);
                if !text.is_empty() {
                    self.blocks.push(Block::Quote { text });
                }
                true
            }
            local_name!("pre") => {
                let text = doc.raw_text(id);
                let text = text.trim_matches('\n').trim_end().to_string();
                if !text.trim().is_empty() {
                    let language = code_language(doc, id);
                    self.blocks.push(Block::Code { language, text });
                }
                true
            }
            local_name!("figure") => {
                let s = self.main.stats.get(id);
                let cap = doc
                    .descendants(id)
                    .find(|d| doc.is(*d, &local_name!("figcaption")))
                    .filter(|c| !self.dropped(*c));
                let cap_len = cap.map_or(0, |c| self.main.stats.get(c).text);
                if s.text > cap_len + 300 {
                    return false; // a figure used as a content wrapper
                }
                if cap.is_none() && s.text >= FIGURE_CARD_MIN_CHARS {
                    return false; // a card: an image with a title and a price, no caption
                }
                if !self.opts.include_images {
                    return true;
                }
                let (caption, credit) = match cap {
                    Some(c) => figure_caption(doc, c, &self.main.dropped),
                    None => (None, None),
                };
                let img = doc.descendants(id).find(|d| doc.is(*d, &local_name!("img")));
                match img.and_then(|i| self.image_block(i, caption.clone())) {
                    Some(Block::Figure { src, alt, caption, .. }) => self.blocks.push(Block::Figure { src, alt, caption, credit }),
                    Some(b) => self.blocks.push(b),
                    None => {
                        if caption.is_some() || credit.is_some() {
                            self.blocks.push(Block::Figure { src: None, alt: None, caption, credit });
                        }
                    }
                }
                true
            }
            local_name!("dt") | local_name!("dd") | local_name!("figcaption") | local_name!("caption") | local_name!("summary") | local_name!("legend") => {
                false
            }
            _ => false,
        }
    }

    fn list_items(&self, list: NodeId) -> Vec<String> {
        let doc = self.doc;
        let mut items = Vec::new();
        let mut walk = doc.traverse(list);
        while let Some(edge) = walk.next() {
            let Edge::Open(id) = edge else { continue };
            if self.dropped(id) {
                walk.skip_children(id);
                continue;
            }
            if doc.is(id, &local_name!("li")) || doc.is(id, &local_name!("dt")) || doc.is(id, &local_name!("dd")) {
                // The item's own text, nested lists excluded (they give their own items).
                let nested = |n: NodeId| doc.is(n, &local_name!("ul")) || doc.is(n, &local_name!("ol"));
                let text = text_pieces(doc, id, &self.main.dropped, nested, false).pop().unwrap_or_default();
                if !text.is_empty() {
                    items.push(text);
                }
            }
        }
        items
    }

    fn is_layout_table(&self, table: NodeId) -> bool {
        let doc = self.doc;
        for d in doc.descendants(table).skip(1) {
            if doc.is(d, &local_name!("table")) {
                return true;
            }
            if doc.is(d, &local_name!("td")) || doc.is(d, &local_name!("th")) {
                let s = self.main.stats.get(d);
                if s.text > LAYOUT_CELL_CHARS || s.paras >= 2 {
                    return true;
                }
            }
        }
        false
    }

    fn table_rows(&self, table: NodeId) -> (bool, Vec<Vec<String>>) {
        let doc = self.doc;
        let mut rows = Vec::new();
        let mut header = false;
        for tr in doc.descendants(table).filter(|d| doc.is(*d, &local_name!("tr"))) {
            if self.dropped(tr) {
                continue;
            }
            let mut cells = Vec::new();
            let mut all_th = true;
            for cell in doc.element_children(tr) {
                let is_th = doc.is(cell, &local_name!("th"));
                if !is_th && !doc.is(cell, &local_name!("td")) {
                    continue;
                }
                all_th &= is_th;
                cells.push(subtree_text(doc, cell, &self.main.dropped));
            }
            if cells.iter().all(|c| c.is_empty()) {
                continue;
            }
            if rows.is_empty() {
                header = all_th || doc.ancestors(tr).take(2).any(|a| doc.is(a, &local_name!("thead")));
            }
            rows.push(cells);
        }
        (header, rows)
    }

    fn image_block(&self, img: NodeId, caption: Option<String>) -> Option<Block> {
        let doc = self.doc;
        let src = image_src(doc, img)?;
        // Tracking pixels and icons are not article images.
        let tiny = |a: &str| doc.attr(img, a).and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok()).is_some_and(|v| v < 50);
        if tiny("width") || tiny("height") {
            return None;
        }
        let alt = doc.attr(img, local_name!("alt")).map(fold).filter(|a| !a.is_empty());
        Some(Block::Figure { src: Some(resolve(self.meta.url.as_deref().or(self.opts.url.as_deref()), &src)), alt, caption, credit: None })
    }
}

/// A figure's caption and credit: a credit element inside the caption
/// (`class` credit/copyright/source) or a credit at the caption's end.
fn figure_caption(doc: &Document, cap: NodeId, dropped: &[bool]) -> (Option<String>, Option<String>) {
    let credit_el = doc.descendants(cap).skip(1).find(|d| {
        ["class", "itemprop"].iter().any(|n| {
            doc.attr(*d, n).is_some_and(|v| {
                let v = v.to_ascii_lowercase();
                v.contains("credit") || v.contains("copyright") || v.contains("source") || v.contains("photographer") || v.contains("author")
            })
        })
    });
    let full = subtree_text(doc, cap, dropped);
    if let Some(el) = credit_el {
        let credit = subtree_text(doc, el, dropped);
        if !credit.is_empty() {
            let caption = full.replacen(&credit, "", 1);
            let caption = caption.trim().trim_end_matches(['|', '/', '–', '—', '-']).trim().to_string();
            let credit = crate::metadata::split_credit(&format!("x ({credit})")).1.unwrap_or(credit);
            return ((!caption.is_empty()).then_some(caption), Some(credit));
        }
    }
    if full.is_empty() {
        return (None, None);
    }
    let (caption, credit) = crate::metadata::split_credit(&full);
    ((!caption.is_empty()).then_some(caption), credit)
}

/// Text of a subtree with its paragraphs separated by blank lines.
fn paragraphs_text(doc: &Document, root: NodeId, dropped: &[bool]) -> String {
    text_pieces(doc, root, dropped, |_| false, true).join("\n\n")
}

/// The language of a code block from `language-*` / `lang-*` classes.
fn code_language(doc: &Document, pre: NodeId) -> Option<String> {
    let code = doc.element_children(pre).find(|c| doc.is(*c, &local_name!("code")));
    for id in [Some(pre), code].into_iter().flatten() {
        if let Some(class) = doc.attr(id, local_name!("class")) {
            for w in class.split_whitespace() {
                if let Some(l) = w.strip_prefix("language-").or_else(|| w.strip_prefix("lang-")) {
                    if !l.is_empty() {
                        return Some(l.to_string());
                    }
                }
            }
        }
    }
    None
}

/// The best address of an image: lazy-load attributes first, then the
/// largest `srcset` candidate, then `src`.
pub(crate) fn image_src(doc: &Document, img: NodeId) -> Option<String> {
    for a in ["data-src", "data-lazy-src", "data-original", "data-srcset", "srcset", "src"] {
        if let Some(v) = doc.attr(img, a) {
            let v = v.trim();
            if v.is_empty() || v.starts_with("data:") {
                continue;
            }
            if a.ends_with("srcset") {
                if let Some(best) = largest_srcset(v) {
                    return Some(best);
                }
                continue;
            }
            return Some(v.to_string());
        }
    }
    None
}

fn largest_srcset(v: &str) -> Option<String> {
    let mut best: Option<(f32, &str)> = None;
    for cand in v.split(", ") {
        let mut parts = cand.split_whitespace();
        let Some(url) = parts.next() else { continue };
        let w = parts
            .next()
            .and_then(|d| d.trim_end_matches(['w', 'x']).parse::<f32>().ok())
            .unwrap_or(1.0);
        if best.is_none_or(|(bw, _)| w > bw) {
            best = Some((w, url));
        }
    }
    best.map(|(_, u)| u.trim_end_matches(',').to_string())
}

/// Resolve a possibly relative address against the page URL.
pub(crate) fn resolve(base: Option<&str>, href: &str) -> String {
    let href = href.trim();
    if href.contains("://") || href.starts_with("data:") {
        return href.to_string();
    }
    let Some(base) = base else { return href.to_string() };
    let Some(scheme_end) = base.find("://") else { return href.to_string() };
    let scheme = &base[..scheme_end];
    if let Some(rest) = href.strip_prefix("//") {
        return format!("{scheme}://{rest}");
    }
    let after = &base[scheme_end + 3..];
    let host_end = after.find('/').map_or(base.len(), |i| scheme_end + 3 + i);
    let origin = &base[..host_end];
    if href.starts_with('/') {
        return format!("{origin}{href}");
    }
    let path = &base[host_end..];
    let path = path.split(['?', '#']).next().unwrap_or("");
    let dir = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "/",
    };
    format!("{origin}{dir}{href}")
}

/// Two texts equal after folding white space and case.
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    let a = fold(a);
    let b = fold(b);
    a.len() == b.len() && a.to_lowercase() == b.to_lowercase()
}

#[cfg(test)]
mod soup_tests {
    use super::is_token_soup;

    fn soup(t: &str) -> bool {
        is_token_soup(t, t.chars().filter(|c| !c.is_whitespace()).count() as u32)
    }

    #[test]
    fn identifiers_are_soup_prose_is_not() {
        assert!(soup("9303097ac-d3e5-41e1-baf5-303640756ebfX2bf8403c-6590-4d73-8b16-95f6c3ecdef8 84f535a2-9d93-4358-b5a8-c77d761c12e9S74566818"));
        assert!(!soup("A warm poncho knitted by hand from undyed sheep's wool, one size, with a roll neck and pom-poms at each corner."));
        assert!(!soup("OneTwoThreeFourFiveSixSevenEightNineTenElevenTwelveThirteenFourteenFifteenSixteenSeventeenEighteenNineteen"));
        assert!(!soup("在寒冷的冬天里，这件手工编织的羊毛披肩既温暖又舒适，适合各种场合穿着。在寒冷的冬天里，这件手工编织的羊毛披肩既温暖又舒适。"));
    }
}
