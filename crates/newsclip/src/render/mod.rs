//! Renderings of an [`Article`](crate::Article): JSON, plain text,
//! GitHub-flavoured Markdown and clean HTML.

mod html;
mod markdown;
mod text;

pub use html::html;
pub use markdown::markdown;
pub use text::text;

/// The article as pretty JSON (the schema documented in the README).
pub fn json(article: &crate::Article) -> String {
    serde_json::to_string_pretty(article).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// The article as one line of JSON, for JSON Lines output.
pub fn json_line(article: &crate::Article) -> String {
    serde_json::to_string(article).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
