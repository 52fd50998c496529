//! The YAML front-matter block that opens the Markdown rendering: the
//! article's metadata between two `---` lines, as static-site generators
//! (Hugo, Jekyll, Eleventy) and note-taking tools (Obsidian) read it.
//!
//! Keys are the JSON field names, plus `date` (the key those tools sort
//! by, equal to `published`). Every string is a YAML double-quoted scalar
//! with every character outside YAML's printable set escaped, so no value
//! can break out of its line, start a comment, or be read as a number, a
//! date or a boolean; lists are block sequences; absent fields and empty
//! lists are left out.

use super::non_empty;
use crate::Article;

/// The front-matter block, ending with its closing `---` line, or the empty
/// string when the article has no metadata to put in it.
pub fn front_matter(article: &Article) -> String {
    let mut out = String::new();
    push_scalar(&mut out, "title", non_empty(&article.title));
    push_scalar(&mut out, "standfirst", non_empty(&article.standfirst));
    let description = non_empty(&article.description);
    // The meta description often is the standfirst; once is enough.
    if description != non_empty(&article.standfirst) {
        push_scalar(&mut out, "description", description);
    }
    push_list(&mut out, "authors", &article.authors);
    push_list(&mut out, "agencies", &article.agencies);
    push_scalar(&mut out, "credit_line", non_empty(&article.credit_line));
    let published = non_empty(&article.published);
    push_scalar(&mut out, "date", published);
    push_scalar(&mut out, "published", published);
    push_scalar(&mut out, "modified", non_empty(&article.modified));
    push_scalar(&mut out, "site_name", non_empty(&article.site_name));
    push_scalar(&mut out, "publisher", non_empty(&article.publisher));
    push_scalar(&mut out, "url", non_empty(&article.url));
    if article.canonical_url != article.url {
        push_scalar(&mut out, "canonical_url", non_empty(&article.canonical_url));
    }
    push_scalar(&mut out, "language", non_empty(&article.language));
    push_scalar(&mut out, "section", non_empty(&article.section));
    push_list(&mut out, "tags", &article.tags);
    push_scalar(&mut out, "page_type", non_empty(&article.page_type));
    push_scalar(&mut out, "image", non_empty(&article.image));
    if out.is_empty() {
        return out;
    }
    out.insert_str(0, "---\n");
    out.push_str("---\n");
    out
}

/// Append `key: "value"` when there is a value.
fn push_scalar(out: &mut String, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        out.push_str(key);
        out.push_str(": ");
        push_quoted(out, value);
        out.push('\n');
    }
}

/// Append `key:` and the list's non-empty items as a block sequence; nothing
/// when there is no item.
fn push_list(out: &mut String, key: &str, items: &[String]) {
    let mut items = items.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).peekable();
    if items.peek().is_none() {
        return;
    }
    out.push_str(key);
    out.push_str(":\n");
    for item in items {
        out.push_str("  - ");
        push_quoted(out, item);
        out.push('\n');
    }
}

/// Append `value` as a YAML double-quoted scalar. `"` and `\` are escaped,
/// and so is every character outside YAML's printable set (C0 and C1
/// controls, DEL, the byte-order mark, U+FFFE/U+FFFF) and the line and
/// paragraph separators, which YAML would fold.
fn push_quoted(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            '\u{85}' => out.push_str("\\N"),
            '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => {
                out.push_str(&format!("\\x{:02X}", c as u32));
            }
            '\u{feff}' | '\u{fffe}' | '\u{ffff}' => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(s: &str) -> String {
        let mut out = String::new();
        push_quoted(&mut out, s);
        out
    }

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(quoted("plain"), "\"plain\"");
        assert_eq!(quoted("say \"hi\" \\ bye"), "\"say \\\"hi\\\" \\\\ bye\"");
        assert_eq!(quoted("a\nb\tc"), "\"a\\nb\\tc\"");
        assert_eq!(quoted("\u{1}\u{7f}\u{9b}"), "\"\\x01\\x7F\\x9B\"");
        assert_eq!(quoted("x\u{2028}y\u{feff}"), "\"x\\Ly\\uFEFF\"");
        assert_eq!(quoted("Zürich — 東京"), "\"Zürich — 東京\"");
    }

    #[test]
    fn nothing_to_say_is_no_block() {
        assert_eq!(front_matter(&Article::default()), "");
        let article = Article { authors: vec!["  ".into()], title: Some(" ".into()), ..Article::default() };
        assert_eq!(front_matter(&article), "");
    }

    #[test]
    fn description_equal_to_standfirst_once() {
        let article = Article {
            standfirst: Some("Rain.".into()),
            description: Some("Rain.".into()),
            ..Article::default()
        };
        assert_eq!(front_matter(&article), "---\nstandfirst: \"Rain.\"\n---\n");
    }
}
