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
}

/// Every set, in the order a run takes them.
pub const ALL_DATASETS: [Dataset; 4] = [
    Dataset::Wcxb,
    Dataset::Readability,
    Dataset::WcxbText,
    Dataset::WcxbWet,
];

impl Dataset {
    /// The name used in tables, JSON figures and floors.
    pub fn name(self) -> &'static str {
        match self {
            Dataset::Wcxb => "wcxb",
            Dataset::Readability => "readability",
            Dataset::WcxbText => "wcxb_text",
            Dataset::WcxbWet => "wcxb_wet",
        }
    }

    /// Whether the set's pages are WCXB pages (typed, with WCXB truth).
    pub fn is_wcxb(self) -> bool {
        !matches!(self, Dataset::Readability)
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
        Dataset::WcxbText | Dataset::WcxbWet => {
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
            Dataset::Wcxb | Dataset::WcxbText | Dataset::WcxbWet => {
                let mut html = Vec::with_capacity(raw.len() * 6);
                flate2::read::GzDecoder::new(raw.as_slice())
                    .read_to_end(&mut html)
                    .with_context(|| format!("gunzipping {}", self.html_path.display()))?;
                let text = fs::read_to_string(&self.truth_path)
                    .with_context(|| format!("reading {}", self.truth_path.display()))?;
                let truth: WcxbTruthFile = serde_json::from_str(&text)
                    .with_context(|| format!("parsing {}", self.truth_path.display()))?;
                if self.dataset == Dataset::WcxbWet {
                    html = without_blank_lines(&html);
                }
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
            Dataset::Readability => {
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
    fn inline_elements_do_not_split_words() {
        assert_eq!(
            visible_text("<p>wo<i>rd</i> <a>link</a>.</p>"),
            "word link."
        );
    }
}
