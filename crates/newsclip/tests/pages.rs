//! Fixture pages in the Readability style: each folder of `tests/pages/`
//! holds a small hand-written `source.html` and an `expected.json` saying
//! what the extraction must give:
//!
//! ```json
//! {
//!   "url": "https://example.com/story",       // optional: Options.url
//!   "title": "The headline",                   // optional: article.title equals
//!   "contains": ["a sentence of the body"],    // each appears in article.text
//!   "excludes": ["Cookie settings"],           // none appears in article.text
//!   "paragraph_count": 4,                      // optional: number of paragraph blocks
//!   "authors": ["Ann Lee"],                    // optional: article.authors equals ([] for none)
//!   "published": "2024-05-01",                 // optional: article.published starts with ("" for none)
//!   "page_type": "article",                    // optional: article.page_type equals
//!   "blocks": [                                // each matches some block
//!     {"type": "heading", "level": 2, "text": "Exact text"},
//!     {"type": "list", "ordered": false, "items_count": 4},
//!     {"type": "quote", "text_contains": "part of it"},
//!     {"type": "table", "header": true, "rows": [["A", "B"], ["1", "2"]]}
//!   ]
//! }
//! ```
//!
//! A block pattern's keys are compared with the block's JSON form (the
//! schema in the README) for equality, except `items_count` (number of list
//! items), `rows_count` (number of table rows) and `text_contains`.
//!
//! Pages the engine does not handle yet are listed in `tests/pages/KNOWN_FAILURES`
//! (one `slug reason…` a line): they are run and reported, not failed. An
//! entry whose page now passes is reported too, so that it can be removed.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use newsclip::{extract, Article, Options};
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    contains: Vec<String>,
    #[serde(default)]
    excludes: Vec<String>,
    #[serde(default)]
    paragraph_count: Option<usize>,
    #[serde(default)]
    blocks: Vec<BTreeMap<String, Value>>,
    #[serde(default)]
    authors: Option<Vec<String>>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    page_type: Option<String>,
}

fn pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("pages")
}

/// `slug -> reason` from the known-failures list.
fn known_failures(dir: &Path) -> BTreeMap<String, String> {
    let Ok(list) = fs::read_to_string(dir.join("KNOWN_FAILURES")) else {
        return BTreeMap::new();
    };
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(char::is_whitespace) {
            Some((slug, reason)) => (slug.to_string(), reason.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

/// Whether one block (as JSON) matches a pattern.
fn block_matches(block: &Value, pattern: &BTreeMap<String, Value>) -> bool {
    pattern.iter().all(|(key, want)| match key.as_str() {
        "items_count" => block["items"].as_array().map(|a| a.len() as u64) == want.as_u64(),
        "rows_count" => block["rows"].as_array().map(|a| a.len() as u64) == want.as_u64(),
        "text_contains" => match (block["text"].as_str(), want.as_str()) {
            (Some(text), Some(part)) => text.contains(part),
            _ => false,
        },
        _ => block.get(key) == Some(want),
    })
}

/// What is wrong with the extraction of one page, if anything.
fn check(article: &Article, expected: &Expected) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(title) = &expected.title {
        if article.title.as_deref() != Some(title.as_str()) {
            problems.push(format!("title is {:?}, expected {title:?}", article.title));
        }
    }
    for part in &expected.contains {
        if !article.text.contains(part.as_str()) {
            problems.push(format!("text lacks {part:?}"));
        }
    }
    for part in &expected.excludes {
        if article.text.contains(part.as_str()) {
            problems.push(format!("text has {part:?}"));
        }
    }
    if let Some(n) = expected.paragraph_count {
        let got = article.blocks.iter().filter(|b| matches!(b, newsclip::Block::Paragraph { .. })).count();
        if got != n {
            problems.push(format!("{got} paragraph blocks, expected {n}"));
        }
    }
    if let Some(authors) = &expected.authors {
        if &article.authors != authors {
            problems.push(format!("authors are {:?}, expected {authors:?}", article.authors));
        }
    }
    if let Some(day) = &expected.published {
        let got = article.published.as_deref().unwrap_or("");
        if day.is_empty() && !got.is_empty() || !got.starts_with(day.as_str()) {
            problems.push(format!("published is {:?}, expected {day:?}", article.published));
        }
    }
    if let Some(kind) = &expected.page_type {
        if article.page_type.as_deref() != Some(kind.as_str()) {
            problems.push(format!("page type is {:?}, expected {kind:?}", article.page_type));
        }
    }
    let blocks: Vec<Value> = article
        .blocks
        .iter()
        .map(|b| serde_json::to_value(b).expect("a block serialises"))
        .collect();
    for pattern in &expected.blocks {
        if !blocks.iter().any(|b| block_matches(b, pattern)) {
            problems.push(format!(
                "no block matches {}",
                serde_json::to_string(pattern).expect("a pattern serialises")
            ));
        }
    }
    problems
}

/// The outcome of one page: `Ok` or the problems found.
fn run_page(dir: &Path) -> Result<(), String> {
    let source = fs::read(dir.join("source.html")).map_err(|e| format!("source.html: {e}"))?;
    let expected = fs::read_to_string(dir.join("expected.json")).map_err(|e| format!("expected.json: {e}"))?;
    let expected: Expected = serde_json::from_str(&expected).map_err(|e| format!("expected.json: {e}"))?;
    let mut opts = Options::default();
    opts.url = expected.url.clone();
    let article = extract(&source, &opts).map_err(|e| format!("extract failed: {e}"))?;
    let problems = check(&article, &expected);
    if problems.is_empty() {
        return Ok(());
    }
    let shown: Vec<String> = article
        .blocks
        .iter()
        .map(|b| {
            let json = serde_json::to_string(b).expect("a block serialises");
            if json.chars().count() > 160 {
                format!("{}…", json.chars().take(160).collect::<String>())
            } else {
                json
            }
        })
        .collect();
    Err(format!(
        "  - {}\n  title: {:?}\n  warnings: {:?}\n  blocks:\n    {}",
        problems.join("\n  - "),
        article.title,
        article.warnings,
        shown.join("\n    ")
    ))
}

/// A line for the test log even when the harness captures output (it
/// captures the print macros, not direct writes to stderr).
fn report(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

#[test]
fn fixture_pages() {
    let dir = pages_dir();
    let known = known_failures(&dir);
    let mut slugs: Vec<String> = fs::read_dir(&dir)
        .expect("tests/pages exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    slugs.sort();
    assert!(!slugs.is_empty(), "no fixture pages in {}", dir.display());

    let mut failed = Vec::new();
    for slug in known.keys() {
        if !slugs.contains(slug) {
            failed.push(format!("{slug}: listed in KNOWN_FAILURES but there is no such page"));
        }
    }
    let (mut passed, mut known_failed) = (0, 0);
    for slug in &slugs {
        let outcome = run_page(&dir.join(slug));
        match (outcome, known.get(slug)) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(_)) => {
                passed += 1;
                report(&format!("{slug}: passes now; remove it from KNOWN_FAILURES"));
            }
            (Err(why), Some(reason)) => {
                known_failed += 1;
                report(&format!("{slug}: known failure ({reason})"));
                eprintln!("{why}");
            }
            (Err(why), None) => failed.push(format!("{slug}:\n{why}")),
        }
    }
    report(&format!(
        "fixture pages: {passed} passed, {known_failed} known failures, {} failed",
        failed.len()
    ));
    assert!(failed.is_empty(), "fixture pages failed:\n{}", failed.join("\n"));
}
