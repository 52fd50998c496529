//! The dev sets on disk: listing their pages and loading one page (HTML
//! bytes and truth) at a time.
//!
//! - `wcxb-dev/html/NNNN.html.gz` with `wcxb-dev/ground-truth/NNNN.json`
//!   (`url`, `_internal.page_type.primary`, `ground_truth.{title, main_content}`).
//! - `readability/pages/<slug>/{source.html, expected.html, expected-metadata.json}`:
//!   the truth body is the visible text of `expected.html`, the truth title
//!   `expected-metadata.json`'s `title`.

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use ego_tree::iter::Edge;
use scraper::{Html, Node};
use serde::Deserialize;

/// The WCXB page types, in the order of the set's `metadata.json`.
pub const WCXB_TYPES: [&str; 7] = [
    "article",
    "forum",
    "product",
    "collection",
    "listing",
    "documentation",
    "service",
];

/// Which dev set a page belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dataset {
    /// WCXB dev: 1,497 pages of seven types.
    Wcxb,
    /// Readability.js's test pages: 130 pages.
    Readability,
    /// The WCXB dev pages as plain-text exports (`wcxb-dev-text/`): one
    /// block a line, a blank line between blocks.
    WcxbText,
    /// The same exports in the WET layout, made here: blank lines removed,
    /// so that every line is a block.
    WcxbWet,
    /// The same exports with every line indented, made here: spaces, tabs
    /// or no-break spaces of varied width lead the lines.
    WcxbIndent,
    /// The same exports with about one block boundary in four glued, made
    /// here: the two blocks joined with nothing between them, as a
    /// flattener that concatenates text nodes prints them.
    WcxbGlued,
    /// The same exports hard-wrapped as `lynx -dump` prints a page, made
    /// here: each block indented three spaces and wrapped at 76 columns.
    WcxbWrapped,
}

/// Every set, in the order a run takes them.
pub const ALL_DATASETS: [Dataset; 7] = [
    Dataset::Wcxb,
    Dataset::Readability,
    Dataset::WcxbText,
    Dataset::WcxbWet,
    Dataset::WcxbIndent,
    Dataset::WcxbGlued,
    Dataset::WcxbWrapped,
];

impl Dataset {
    /// The name used in tables, JSON figures and floors.
    pub fn name(self) -> &'static str {
        match self {
            Dataset::Wcxb => "wcxb",
            Dataset::Readability => "readability",
            Dataset::WcxbText => "wcxb_text",
            Dataset::WcxbWet => "wcxb_wet",
            Dataset::WcxbIndent => "wcxb_indent",
            Dataset::WcxbGlued => "wcxb_glued",
            Dataset::WcxbWrapped => "wcxb_wrapped",
        }
    }

    /// Whether the set's pages are WCXB pages (typed, with WCXB truth).
    pub fn is_wcxb(self) -> bool {
        !matches!(self, Dataset::Readability)
    }

    /// Whether the set's pages are text exports (in any layout), not HTML.
    pub fn is_text(self) -> bool {
        !matches!(self, Dataset::Wcxb | Dataset::Readability)
    }

    /// The text export's bytes in this set's layout, made from the
    /// blank-line layout of `wcxb-dev-text/`.
    pub fn layout(self, text: Vec<u8>) -> Vec<u8> {
        match self {
            Dataset::WcxbWet => without_blank_lines(&text),
            Dataset::WcxbIndent => indented(&text),
            Dataset::WcxbGlued => glued(&text),
            Dataset::WcxbWrapped => wrapped(&text),
            _ => text,
        }
    }
}

impl fmt::Display for Dataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where one page lives; cheap to hold for every page of a run.
#[derive(Debug, Clone)]
pub struct PageRef {
    /// The page's set.
    pub dataset: Dataset,
    /// The file id (`0042`) or the Readability slug.
    pub id: String,
    /// The WCXB page type; none for Readability pages.
    pub page_type: Option<String>,
    /// The page's HTML (gzipped for WCXB).
    html_path: PathBuf,
    /// The truth: the WCXB JSON, or the Readability page folder.
    truth_path: PathBuf,
}

/// One page in memory: its HTML and its truth.
#[derive(Debug, Clone)]
pub struct Page {
    /// The raw HTML bytes, gunzipped.
    pub html: Vec<u8>,
    /// The page's address, when the truth gives it.
    pub url: Option<String>,
    /// The article's text.
    pub truth_text: String,
    /// The article's title, when the truth gives one.
    pub truth_title: Option<String>,
    /// The metadata fields the truth gives.
    pub truth_fields: crate::fields::TruthFields,
}

#[derive(Deserialize)]
struct WcxbTypeOnly {
    #[serde(rename = "_internal")]
    internal: WcxbInternal,
}

#[derive(Deserialize)]
struct WcxbInternal {
    page_type: WcxbPageType,
}

#[derive(Deserialize)]
struct WcxbPageType {
    primary: String,
}

#[derive(Deserialize)]
struct WcxbTruthFile {
    url: Option<String>,
    ground_truth: WcxbTruth,
}

#[derive(Deserialize)]
struct WcxbTruth {
    title: Option<String>,
    main_content: Option<String>,
    author: Option<String>,
    publish_date: Option<String>,
}

#[derive(Deserialize)]
struct ReadabilityMetadata {
    title: Option<String>,
    byline: Option<String>,
    #[serde(rename = "siteName")]
    site_name: Option<String>,
    lang: Option<String>,
    #[serde(rename = "publishedTime")]
    published_time: Option<String>,
}

/// The pages of `dataset` under the datasets folder, in id order.
pub fn list(root: &Path, dataset: Dataset) -> Result<Vec<PageRef>> {
    match dataset {
        Dataset::Wcxb => list_wcxb(&root.join("wcxb-dev"), dataset, |dir, id| {
            dir.join("html").join(format!("{id}.html.gz"))
        }),
        Dataset::WcxbText
        | Dataset::WcxbWet
        | Dataset::WcxbIndent
        | Dataset::WcxbGlued
        | Dataset::WcxbWrapped => {
            let text_dir = root.join("wcxb-dev-text").join("text");
            list_wcxb(&root.join("wcxb-dev"), dataset, move |_, id| {
                text_dir.join(format!("{id}.txt.gz"))
            })
        }
        Dataset::Readability => list_readability(&root.join("readability").join("pages")),
    }
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut paths = fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("reading {}", dir.display()))?;
    paths.sort();
    Ok(paths)
}

/// The WCXB pages of `dir` (its `ground-truth/`), each read from the file
/// `source(dir, id)` names.
fn list_wcxb(
    dir: &Path,
    dataset: Dataset,
    source: impl Fn(&Path, &str) -> PathBuf,
) -> Result<Vec<PageRef>> {
    let mut pages = Vec::new();
    for truth_path in sorted_entries(&dir.join("ground-truth"))? {
        if truth_path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let Some(id) = truth_path
            .file_stem()
            .and_then(|s| s.to_str())
            .map(str::to_owned)
        else {
            continue;
        };
        let text = fs::read_to_string(&truth_path)
            .with_context(|| format!("reading {}", truth_path.display()))?;
        let typed: WcxbTypeOnly = serde_json::from_str(&text)
            .with_context(|| format!("{}: no _internal.page_type.primary", truth_path.display()))?;
        pages.push(PageRef {
            dataset,
            html_path: source(dir, &id),
            id,
            page_type: Some(typed.internal.page_type.primary),
            truth_path,
        });
    }
    Ok(pages)
}

fn list_readability(dir: &Path) -> Result<Vec<PageRef>> {
    let mut pages = Vec::new();
    for page_dir in sorted_entries(dir)? {
        if !page_dir.join("source.html").is_file() {
            continue;
        }
        let Some(id) = page_dir
            .file_name()
            .and_then(|s| s.to_str())
            .map(str::to_owned)
        else {
            continue;
        };
        pages.push(PageRef {
            dataset: Dataset::Readability,
            id,
            page_type: None,
            html_path: page_dir.join("source.html"),
            truth_path: page_dir,
        });
    }
    Ok(pages)
}

impl PageRef {
    /// Read the page's HTML (gunzipped) and its truth into memory.
    pub fn load(&self) -> Result<Page> {
        let raw = fs::read(&self.html_path)
            .with_context(|| format!("reading {}", self.html_path.display()))?;
        match self.dataset {
            Dataset::Readability => self.load_readability(raw),
            _ => {
                let mut html = Vec::with_capacity(raw.len() * 6);
                flate2::read::GzDecoder::new(raw.as_slice())
                    .read_to_end(&mut html)
                    .with_context(|| format!("gunzipping {}", self.html_path.display()))?;
                let text = fs::read_to_string(&self.truth_path)
                    .with_context(|| format!("reading {}", self.truth_path.display()))?;
                let truth: WcxbTruthFile = serde_json::from_str(&text)
                    .with_context(|| format!("parsing {}", self.truth_path.display()))?;
                html = self.dataset.layout(html);
                Ok(Page {
                    html,
                    url: truth.url,
                    truth_text: truth.ground_truth.main_content.unwrap_or_default(),
                    truth_title: truth.ground_truth.title.clone(),
                    truth_fields: crate::fields::TruthFields {
                        title: Some(truth.ground_truth.title),
                        authors: Some(truth.ground_truth.author.filter(|a| !a.trim().is_empty())),
                        published: Some(truth.ground_truth.publish_date.filter(|d| !d.trim().is_empty())),
                        page_type: self.page_type.clone(),
                        ..Default::default()
                    },
                })
            }
        }
    }

    /// A Readability test page: its source, and the text and metadata of
    /// its expected output.
    fn load_readability(&self, raw: Vec<u8>) -> Result<Page> {
        let expected_path = self.truth_path.join("expected.html");
        let expected = fs::read_to_string(&expected_path)
            .with_context(|| format!("reading {}", expected_path.display()))?;
        let meta_path = self.truth_path.join("expected-metadata.json");
        let meta: ReadabilityMetadata = serde_json::from_str(
            &fs::read_to_string(&meta_path)
                .with_context(|| format!("reading {}", meta_path.display()))?,
        )
        .with_context(|| format!("parsing {}", meta_path.display()))?;
        Ok(Page {
            html: raw,
            url: None,
            truth_text: visible_text(&expected),
            truth_title: meta.title.clone(),
            truth_fields: crate::fields::TruthFields {
                title: Some(meta.title),
                authors: Some(meta.byline.filter(|a| !a.trim().is_empty())),
                published: Some(meta.published_time.filter(|d| !d.trim().is_empty())),
                site_name: Some(meta.site_name.filter(|d| !d.trim().is_empty())),
                language: Some(meta.lang.filter(|d| !d.trim().is_empty())),
                page_type: None,
            },
        })
    }
}

/// The WET layout of a text export: the same lines, blank ones dropped.
pub fn without_blank_lines(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for line in text.split(|&b| b == b'\n') {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        out.extend_from_slice(line);
        out.push(b'\n');
    }
    out
}

/// A fixed, position-free pick for a line: FNV-1a of its bytes, so a layout
/// is the same on every run and machine.
fn pick(line: &[u8]) -> u64 {
    line.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The blocks of a blank-line text export, white space at their ends trimmed.
fn blocks(text: &[u8]) -> impl Iterator<Item = &str> {
    std::str::from_utf8(text)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

/// The indented layout: each block on its own line, led by one of a few
/// indents flatteners print (spaces, a tab, no-break or ideographic spaces),
/// with a blank line between blocks as in the source.
pub fn indented(text: &[u8]) -> Vec<u8> {
    const INDENTS: [&str; 6] = ["", "  ", "    ", "\t", "\u{a0}\u{a0}\u{a0}", "\u{3000}"];
    let text = String::from_utf8_lossy(text);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in blocks(text.as_bytes()) {
        out.push_str(INDENTS[(pick(line.as_bytes()) % INDENTS.len() as u64) as usize]);
        out.push_str(line);
        out.push_str("\n\n");
    }
    out.into_bytes()
}

/// The glued layout: about one block boundary in four (picked from the
/// two blocks' text) joined with nothing between them, as a flattener that
/// concatenates text nodes prints "…logged inPlease refresh…"; the other
/// boundaries keep their blank line.
pub fn glued(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut prev: Option<&str> = None;
    for line in blocks(text) {
        if let Some(p) = prev {
            let glue = (pick(p.as_bytes()) ^ pick(line.as_bytes()).rotate_left(17)) % 4 == 0;
            if !glue {
                out.extend_from_slice(b"\n\n");
            }
        }
        out.extend_from_slice(line.as_bytes());
        prev = Some(line);
    }
    out.push(b'\n');
    out
}

/// Columns of a `lynx -dump` line, its indent included.
const WRAP_COLUMNS: usize = 76;
/// The indent `lynx -dump` gives a paragraph.
const WRAP_INDENT: &str = "   ";

/// The wrapped layout, as `lynx -dump` prints a page: each block indented
/// three spaces and wrapped at 76 columns at white space (a longer word
/// gets a line of its own), a blank line between blocks.
pub fn wrapped(text: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(text);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in blocks(text.as_bytes()) {
        let mut col = 0;
        for word in line.split_whitespace() {
            let n = word.chars().count();
            if col > 0 && col + 1 + n > WRAP_COLUMNS {
                out.push('\n');
                col = 0;
            }
            if col == 0 {
                out.push_str(WRAP_INDENT);
                col = WRAP_INDENT.len();
            } else {
                out.push(' ');
                col += 1;
            }
            out.push_str(word);
            col += n;
        }
        out.push_str("\n\n");
    }
    out.into_bytes()
}

/// Elements after which text starts on a new line when rendered.
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "br"
            | "caption"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    )
}

/// Elements whose text is never shown.
fn is_hidden(tag: &str) -> bool {
    matches!(
        tag,
        "head" | "script" | "style" | "noscript" | "template" | "title"
    )
}

/// The visible text of an HTML document: white space folded within a
/// block, one block a line, so that words of adjacent blocks never glue.
pub fn visible_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut out = String::new();
    let mut hidden_depth = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    if is_hidden(e.name()) || hidden_depth > 0 {
                        hidden_depth += 1;
                    } else if is_block(e.name()) {
                        out.push('\n');
                    }
                }
                Node::Text(t) if hidden_depth == 0 => {
                    for piece in t.split_inclusive(char::is_whitespace) {
                        let word = piece.trim_end_matches(char::is_whitespace);
                        out.push_str(word);
                        if word.len() < piece.len() && !out.ends_with([' ', '\n']) {
                            out.push(' ');
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if hidden_depth > 0 {
                        hidden_depth -= 1;
                    } else if is_block(e.name()) {
                        out.push('\n');
                    }
                }
            }
        }
    }
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_splits_blocks_and_folds_space() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body>\
            <div><p>One\n   two <b>three</b></p><p>four</p>five<br>six\
            <ul><li>a</li><li>b</li></ul><script>var x;</script>\
            <table><tr><td>c1</td><td>c2</td></tr></table></div></body></html>";
        assert_eq!(
            visible_text(html),
            "One two three\nfour\nfive\nsix\na\nb\nc1\nc2"
        );
    }

    #[test]
    fn wet_layout_drops_blank_lines_only() {
        assert_eq!(without_blank_lines(b"a b\n\n  \nc\n"), b"a b\nc\n");
    }

    #[test]
    fn indented_layout_leads_lines_with_white_space_only() {
        let out = String::from_utf8(indented(b"One two.\n\nThree\n")).unwrap();
        let lines: Vec<&str> = out.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].trim_start(), "One two.");
        assert_eq!(lines[1].trim_start(), "Three");
    }

    #[test]
    fn glued_layout_joins_some_boundaries_with_nothing_between() {
        let text: String = (0..200).map(|i| format!("Block number {i} ends here.\n\n")).collect();
        let out = String::from_utf8(glued(text.as_bytes())).unwrap();
        let glued_count = out.matches("here.Block").count();
        assert!((25..=75).contains(&glued_count), "{glued_count} of 199 boundaries glued");
        assert_eq!(out.matches("Block number").count(), 200);
    }

    #[test]
    fn wrapped_layout_wraps_at_76_columns_with_an_indent() {
        let para = "word ".repeat(40);
        let out = String::from_utf8(wrapped(para.as_bytes())).unwrap();
        let lines: Vec<&str> = out.lines().filter(|l| !l.is_empty()).collect();
        assert!(lines.len() >= 3);
        for l in &lines {
            assert!(l.starts_with("   word"), "{l:?}");
            assert!(l.chars().count() <= WRAP_COLUMNS, "{l:?}");
        }
        assert_eq!(out.split_whitespace().count(), 40);
    }

    #[test]
    fn inline_elements_do_not_split_words() {
        assert_eq!(
            visible_text("<p>wo<i>rd</i> <a>link</a>.</p>"),
            "word link."
        );
    }
}
