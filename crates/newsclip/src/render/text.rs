//! Plain text: the title, then the body's blocks separated by a blank line.

use crate::Article;

/// The article as plain text: title first (when known), then each block,
/// blocks separated by a blank line.
pub fn text(article: &Article) -> String {
    let mut out = String::new();
    if let Some(t) = &article.title {
        out.push_str(t);
        out.push_str("\n\n");
    }
    out.push_str(&article.text);
    out.push('\n');
    out
}
