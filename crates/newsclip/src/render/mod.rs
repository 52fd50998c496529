//! Renderings of an [`Article`](crate::Article): JSON, plain text,
//! GitHub-flavoured Markdown and clean HTML.

mod front_matter;
mod html;
mod markdown;
mod text;

pub use html::{html, html_fragment};
pub use front_matter::front_matter;
pub use markdown::{markdown, markdown_body};
pub use text::text;

/// The article as pretty JSON (the schema documented in the README).
pub fn json(article: &crate::Article) -> String {
    serde_json::to_string_pretty(article).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// The article as one line of JSON, for JSON Lines output.
pub fn json_line(article: &crate::Article) -> String {
    serde_json::to_string(article).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// Whether a block has anything to show. The text, Markdown and HTML
/// renderings skip empty blocks (and a figure with neither image nor caption)
/// rather than print an empty line or element.
fn has_content(block: &crate::Block) -> bool {
    use crate::Block;
    let filled = |s: &str| !s.trim().is_empty();
    match block {
        Block::Heading { text, .. }
        | Block::Paragraph { text }
        | Block::Quote { text }
        | Block::Code { text, .. } => filled(text),
        Block::List { items, .. } => items.iter().any(|i| filled(i)),
        Block::Table { rows, .. } => rows.iter().flatten().any(|c| filled(c)),
        Block::Figure { src, caption, .. } => {
            src.as_deref().is_some_and(filled) || caption.as_deref().is_some_and(filled)
        }
    }
}

/// A code block's text without its trailing line breaks, so that every
/// rendering can end the block itself.
fn code_body(text: &str) -> &str {
    text.trim_end_matches(['\n', '\r'])
}

/// The number of cells in the widest row: every rendering pads ragged
/// rows to it.
fn table_width(rows: &[Vec<String>]) -> usize {
    rows.iter().map(Vec::len).max().unwrap_or(0)
}

/// The blocks a rendering prints after the title, with their indices in
/// `article.blocks`: those with content ([`has_content`]), less a first
/// heading that repeats the title (a shop prints the product's name as the
/// title and again over its description; a reader sees it once).
fn shown_blocks(article: &crate::Article) -> impl Iterator<Item = (usize, &crate::Block)> {
    let title = non_empty(&article.title);
    let first = article.blocks.iter().position(has_content);
    let repeats = first.filter(|&i| match (&article.blocks[i], title) {
        (crate::Block::Heading { text, .. }, Some(title)) => same_words(text, title),
        _ => false,
    });
    article.blocks.iter().enumerate().filter(move |&(i, b)| Some(i) != repeats && has_content(b))
}

/// Whether two texts have the same words, case and white space folded.
fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().map(str::to_lowercase).eq(b.split_whitespace().map(str::to_lowercase))
}

/// An optional field's text, trimmed, when it has any.
fn non_empty(field: &Option<String>) -> Option<&str> {
    field.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Heading level in the body: at least 2 (the title is the level-1
/// heading), at most 6.
fn body_heading_level(level: u8) -> u8 {
    level.clamp(2, 6)
}

/// `text` on one line: its lines trimmed and joined by a space.
fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
