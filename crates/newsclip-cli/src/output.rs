//! What gets written and where: one JSON Lines record per input with the
//! input named first, and the destination (standard output or a file).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::Context as _;
use newsclip::Article;

/// The record for an extracted article: the article's JSON object with an
/// `"input"` key inserted first, on one line.
pub fn article_line(input: &str, article: &Article) -> String {
    let object = newsclip::render::json_line(article);
    let name = json_string(input);
    match object.strip_prefix('{') {
        Some(rest) if rest.trim_start().starts_with('}') => format!("{{\"input\":{name}}}"),
        Some(rest) => format!("{{\"input\":{name},{rest}"),
        None => error_line(input, "the article could not be written as JSON"),
    }
}

/// The record for an input that gave no article.
pub fn error_line(input: &str, error: &str) -> String {
    format!(
        "{{\"input\":{},\"error\":{}}}",
        json_string(input),
        json_string(error)
    )
}

/// A string as a JSON string literal (never fails, unlike `to_string`).
fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

/// Where the output goes: the file named by `--output`, created or
/// truncated, or standard output.
pub fn open(path: Option<&Path>) -> anyhow::Result<Box<dyn Write>> {
    Ok(match path {
        Some(path) => {
            let file = File::create(path)
                .with_context(|| format!("cannot create output file {}", path.display()))?;
            Box::new(BufWriter::new(file))
        }
        None => Box::new(BufWriter::new(io::stdout())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn input_is_the_first_key() {
        let article = Article {
            title: Some("A \"quoted\" title".into()),
            text: "line one\nline two".into(),
            ..Article::default()
        };
        let line = article_line("dir/a\"b.html", &article);
        assert!(
            line.starts_with("{\"input\":\"dir/a\\\"b.html\","),
            "{line}"
        );
        assert!(!line.contains('\n'));
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["input"], "dir/a\"b.html");
        assert_eq!(v["title"], "A \"quoted\" title");
    }

    #[test]
    fn error_records() {
        let line = error_line("x.html", "gzip stream is broken:\nEOF");
        assert!(line.starts_with("{\"input\":\"x.html\",\"error\":"));
        assert!(!line.contains('\n'));
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["error"], "gzip stream is broken:\nEOF");
    }
}
