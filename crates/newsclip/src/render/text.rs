//! Plain text: the title, then the body's blocks separated by a blank line.

use super::{code_body, non_empty, one_line, shown_blocks};
use crate::{Article, Block};

/// The article as plain text: the title (when known), then each block
/// ([`shown_blocks`]: a first heading repeating the title is left out),
/// blocks separated by a blank line, ending with one line break. List items
/// come one a line after `- ` or `1. `, table rows one a line with cells
/// separated by ` | `, a figure as its caption (skipped without one). An
/// article with neither title nor body gives the empty string.
pub fn text(article: &Article) -> String {
    let mut out = String::new();
    if let Some(title) = non_empty(&article.title) {
        out.push_str(title);
    }
    for (_, block) in shown_blocks(article) {
        let before = out.len();
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let start = out.len();
        push_block(&mut out, block);
        if out.len() == start {
            out.truncate(before);
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// Append one block's text (nothing for a figure without a caption).
fn push_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { text, .. } | Block::Paragraph { text } | Block::Quote { text } => {
            out.push_str(text.trim());
        }
        Block::Code { text, .. } => out.push_str(code_body(text)),
        Block::List { ordered, items } => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                let marker = if *ordered {
                    format!("{}. ", i + 1)
                } else {
                    "- ".to_string()
                };
                push_item(out, &marker, item.trim());
            }
        }
        Block::Table { rows, .. } => {
            for (i, row) in rows.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                let line = row
                    .iter()
                    .map(|cell| one_line(cell))
                    .collect::<Vec<_>>()
                    .join(" | ");
                out.push_str(line.trim_end());
            }
        }
        Block::Figure { caption, .. } => {
            if let Some(caption) = non_empty(caption) {
                out.push_str(caption);
            }
        }
    }
}

/// Append a list item after its marker, its further lines indented under
/// the first so that the item reads as one.
fn push_item(out: &mut String, marker: &str, item: &str) {
    if item.is_empty() {
        out.push_str(marker.trim_end());
        return;
    }
    for (i, line) in item.lines().enumerate() {
        if i == 0 {
            out.push_str(marker);
        } else {
            out.push('\n');
            if !line.trim().is_empty() {
                out.extend(std::iter::repeat_n(' ', marker.len()));
            }
        }
        out.push_str(line.trim_end());
    }
}
