//! What the visible page says near the headline: the dateline and the
//! "By …" line, for pages whose markup does not carry them.

use html5ever::local_name;

use super::authors::{self, Names};
use crate::content::Main;
use chrono::NaiveDate;

use crate::dates::{self, DateValue, Hints};
use crate::dom::{Document, NodeId};
use crate::textutil::fold;

/// Longest text taken for a dateline or a byline.
const MAX_LINE_CHARS: usize = 120;

/// Text nodes looked at after the headline, and before it.
const TEXTS_AFTER: usize = 60;
const TEXTS_BEFORE: usize = 12;


/// Labels that make a date the last update, not the publication.
fn updated_label(before: &str) -> bool {
    let l = before.to_lowercase();
    let tail: String = l.chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect();
    ["updated", "modified", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "atualizado", "bijgewerkt", "edited", "revised", "reviewed"]
        .iter()
        .any(|w| tail.contains(w))
}

/// Labels that make a date someone's or the calendar's, not the page's:
/// a poster's profile ("Joined: Mar 2015", "Member since …") or the day
/// of the visit ("Open today, March 14, 2026"). The label must end right
/// before the date.
fn other_label(before: &str) -> bool {
    let l = before.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    ["joined", "joined on", "registered", "registered on", "member since", "founded", "today", "today is"].iter().any(|w| {
        l.strip_suffix(w).is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
    })
}

/// Dates a reader sees near the headline.
#[derive(Debug, Default)]
pub struct Shown {
    /// The first publication date.
    pub published: Option<String>,
    /// The element that shows it.
    pub published_at: Option<NodeId>,
    /// The first date labelled as the last update, met before it.
    pub updated: Option<String>,
    /// Whether the date is on a "By …" line: the byline dates the page.
    pub bylined: bool,
}

/// The first publication date among date-marked elements, nearest the
/// headline first: a `datetime` or `content` attribute, else the text.
pub fn visible(doc: &Document, ordered: &[NodeId], hints: &Hints, skip: &dyn Fn(NodeId) -> bool) -> Shown {
    let mut shown = Shown::default();
    for &id in ordered.iter().take(24) {
        if skip(id) || hidden(doc, id) {
            continue;
        }
        let m = [local_name!("class"), local_name!("id"), local_name!("itemprop")].iter().filter_map(|n| doc.attr(id, n)).fold(0, |m, v| m | super::marks::mask(v));
        let marked_update = m & super::marks::UPDATED != 0;
        let mut found = None;
        for attr in ["datetime", "content"] {
            if let Some(v) = doc.attr(id, attr).and_then(|d| dates::parse(d, hints)) {
                found = Some((v.render(), marked_update));
                break;
            }
        }
        if found.is_none() {
            let text = fold(&doc.spaced_text(id));
            if text.is_empty() || text.chars().count() > MAX_LINE_CHARS * 2 {
                continue;
            }
            if let Some((v, span)) = dates::find(&text, hints) {
                if other_label(&text[..span.start]) {
                    continue;
                }
                found = Some((v.render(), marked_update || updated_label(&text[..span.start])));
            }
        }
        match found {
            Some((v, false)) => {
                shown.published = Some(v);
                shown.published_at = Some(id);
                return shown;
            }
            Some((v, true)) => {
                shown.updated.get_or_insert(v);
            }
            None => {}
        }
    }
    shown
}

/// The one date a page shows by its headline, when no label makes it an
/// update ("Updated …") and it falls on the markup's modification day:
/// the page shows its last change as its date. `None` when the page also
/// shows the markup's publication day (a day either way, for the zone).
///
/// Date-marked elements come first (nearest the headline first), then the
/// short texts around the headline; `<meta>` elements are not shown. The
/// date must sit by the headline: no other heading between them.
pub fn shown_modified_day(doc: &Document, ordered: &[NodeId], main: &Main, anchor: NodeId, hints: &Hints, skip: &dyn Fn(NodeId) -> bool, published: NaiveDate, modified: NaiveDate) -> Option<String> {
    let mut first: Option<(DateValue, bool, NodeId)> = None;
    for &id in ordered.iter().take(24) {
        if skip(id) || hidden(doc, id) || doc.is(id, &local_name!("meta")) {
            continue;
        }
        let text = fold(&doc.spaced_text(id));
        if text.chars().count() > MAX_LINE_CHARS * 2 {
            continue;
        }
        let found = ["datetime", "content"]
            .iter()
            .find_map(|a| doc.attr(id, a).and_then(|d| dates::parse(d, hints)))
            .map(|v| (v, text.as_str()))
            .or_else(|| dates::find(&text, hints).map(|(v, span)| (v, &text[..span.start])));
        let Some((v, before)) = found else { continue };
        if same_day(v.date, published) {
            return None;
        }
        if first.is_none() {
            let updated = updated_label(before) || updated_label(&label_in(doc, doc.ancestors(id).next(), &text));
            first = Some((v, updated, id));
        }
    }
    for id in texts_near(doc, main, Some(anchor)) {
        let text = fold(doc.text(id).unwrap_or(""));
        if text.chars().count() > MAX_LINE_CHARS || hidden(doc, id) {
            continue;
        }
        let Some((v, span)) = dates::find(&text, hints) else { continue };
        if same_day(v.date, published) {
            return None;
        }
        if first.is_none() {
            let updated = updated_label(&text[..span.start]) || updated_label(&label_in(doc, doc.ancestors(id).nth(1), &text[span]));
            first = Some((v, updated, id));
        }
    }
    let (v, updated, at) = first?;
    (!updated && v.date == modified && !heading_between(doc, anchor, at)).then(|| v.render())
}

/// Days a day apart are one: a shown date is the markup's instant in the
/// reader's zone ("03 Dec 2025" for `2025-12-02T23:00:55Z`).
fn same_day(a: NaiveDate, b: NaiveDate) -> bool {
    (a - b).num_days().abs() <= 1
}

/// The text of an element before a date's own text in it: the label of a
/// date written apart from it ("Updated <time>3 May 2024</time>").
fn label_in(doc: &Document, parent: Option<NodeId>, own: &str) -> String {
    let Some(parent) = parent else { return String::new() };
    let text = fold(&doc.spaced_text(parent));
    if text.len() > MAX_LINE_CHARS * 2 {
        return String::new();
    }
    text.find(own).map(|i| text[..i].to_string()).unwrap_or_default()
}

/// A heading stands between the two nodes (either way round, the nodes
/// themselves left out): a date past one belongs to another story's card.
/// A heading inside the later node's byline box does not count.
pub fn heading_between(doc: &Document, a: NodeId, b: NodeId) -> bool {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    (lo.index() + 1..hi.index()).any(|i| {
        let h = NodeId(i as u32);
        doc.tag(h).is_some_and(|t| {
            matches!(*t, local_name!("h1") | local_name!("h2") | local_name!("h3") | local_name!("h4") | local_name!("h5") | local_name!("h6"))
        }) && !in_byline_box(doc, h, hi)
    })
}

/// A heading that shares a short block with the node after it: the
/// label of a byline box ("<h4>Written by</h4> Ann Lee · May 3, 2024"),
/// not another story's headline.
fn in_byline_box(doc: &Document, heading: NodeId, after: NodeId) -> bool {
    doc.ancestors(heading)
        .take(3)
        .any(|a| doc.ancestors(after).any(|b| b == a) && doc.spaced_text(a).chars().count() <= MAX_LINE_CHARS * 2)
}

/// Inside elements a reader does not see as the story's header. A
/// `<footer>` within an `<article>` is that article's own footer, which
/// holds its byline and date (the HTML standard's example), not the page's.
fn hidden(doc: &Document, id: NodeId) -> bool {
    let mut footer = false;
    for a in doc.ancestors(id).take(30) {
        match doc.tag(a).map(|t| &**t) {
            Some("nav" | "script" | "style" | "noscript" | "template" | "select" | "option" | "button") => return true,
            Some("footer") => footer = true,
            Some("article") => footer = false,
            _ => {}
        }
    }
    footer
}

/// Short text nodes around the headline: after it first, then before it.
fn texts_near(doc: &Document, main: &Main, anchor: Option<NodeId>) -> Vec<NodeId> {
    let Some(anchor) = anchor.or_else(|| main.roots.first().copied()) else { return Vec::new() };
    let mut before: Vec<NodeId> = Vec::new();
    let mut after: Vec<NodeId> = Vec::new();
    for id in doc.descendants(NodeId::DOCUMENT) {
        let Some(t) = doc.text(id) else { continue };
        if t.trim().is_empty() {
            continue;
        }
        let parent_ok = doc.ancestors(id).next().and_then(|p| doc.tag(p)).is_none_or(|t| {
            !matches!(*t, local_name!("script") | local_name!("style") | local_name!("noscript") | local_name!("template") | local_name!("title"))
        });
        if !parent_ok {
            continue;
        }
        if id < anchor {
            before.push(id);
            if before.len() > TEXTS_BEFORE * 4 {
                before.drain(..TEXTS_BEFORE * 3);
            }
        } else {
            after.push(id);
            if after.len() >= TEXTS_AFTER {
                break;
            }
        }
    }
    let n = before.len();
    after.extend(before.into_iter().skip(n.saturating_sub(TEXTS_BEFORE)).rev());
    after
}

/// A dateline in the text near the headline.
pub fn in_text_near(doc: &Document, main: &Main, anchor: Option<NodeId>, hints: &Hints) -> Shown {
    let mut shown = Shown::default();
    for id in texts_near(doc, main, anchor) {
        let text = fold(doc.text(id).unwrap_or(""));
        if text.chars().count() > MAX_LINE_CHARS || hidden(doc, id) {
            continue;
        }
        if let Some((v, span)) = dates::find(&text, hints) {
            // The date may sit in the parent with its label: "Published <span>3 May 2024</span>".
            let parent_text = doc.ancestors(id).nth(1).map(|p| fold(&doc.spaced_text(p))).unwrap_or_default();
            let label = if parent_text.len() <= MAX_LINE_CHARS * 2 {
                parent_text.find(&text[span.clone()]).map(|i| parent_text[..i].to_string()).unwrap_or_else(|| text[..span.start].to_string())
            } else {
                text[..span.start].to_string()
            };
            if other_label(&label) {
                continue;
            }
            if !updated_label(&label) {
                shown.published = Some(v.render());
                shown.published_at = Some(id);
                shown.bylined = byline_start(&label.to_lowercase());
                return shown;
            }
            shown.updated.get_or_insert(v.render());
        }
    }
    shown
}

/// Whether a line (lower-cased) opens as a byline: "By …", "Von …".
fn byline_start(lower: &str) -> bool {
    ["by ", "by:", "written by", "words by", "von ", "par ", "por ", "door "].iter().any(|p| lower.trim_start().starts_with(p))
}

/// A "By …" line near the headline.
pub fn by_line_near(doc: &Document, main: &Main, anchor: Option<NodeId>) -> Option<Names> {
    for id in texts_near(doc, main, anchor) {
        let text = fold(doc.text(id).unwrap_or(""));
        if text.chars().count() > MAX_LINE_CHARS || hidden(doc, id) {
            continue;
        }
        let lower = text.to_lowercase();
        let prefix = byline_start(&lower);
        let bare = matches!(lower.as_str(), "by" | "by:" | "von" | "par" | "por" | "door" | "written by");
        let line = if bare {
            // "By" alone, the name in a sibling: take the parent's text.
            let p = doc.ancestors(id).nth(1)?;
            let t = fold(&doc.spaced_text(p));
            if t.chars().count() > MAX_LINE_CHARS {
                continue;
            }
            t
        } else if prefix {
            text
        } else {
            continue;
        };
        let names = authors::clean(&line);
        if !names.is_empty() {
            return Some(names);
        }
    }
    None
}
