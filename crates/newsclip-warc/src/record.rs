//! [`Record`]: one WARC record with the headers newsclip uses, its HTTP
//! response head when it has one, and what to do with it ([`Kind`]).

use std::borrow::Cow;

/// One WARC record, its block read whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Offset of the record's `WARC/1.x` line in the uncompressed stream.
    pub offset: u64,
    /// Every header field, in file order, names as written.
    pub headers: Vec<(String, String)>,
    /// `WARC-Type`, lower-cased (`response`, `conversion`, `request`…);
    /// empty when the record has none.
    pub warc_type: String,
    /// `WARC-Target-URI`, without the angle brackets WARC 1.0 allowed.
    pub target_uri: Option<String>,
    /// `WARC-Date`, as written (an ISO 8601 instant).
    pub date: Option<String>,
    /// `WARC-Record-ID`, as written (`<urn:uuid:…>`).
    pub record_id: Option<String>,
    /// The record's `Content-Type` (of the block, e.g. `application/http;
    /// msgtype=response` or `text/plain`).
    pub content_type: Option<String>,
    /// The block: `Content-Length` bytes.
    pub block: Vec<u8>,
    /// The HTTP response head, for `response` records that hold one.
    pub http: Option<HttpResponse>,
}

/// The head of an HTTP response stored in a `response` record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// The status code (200, 404…).
    pub status: u16,
    /// The `Content-Type` header, as sent.
    pub content_type: Option<String>,
    /// The `charset` parameter of `Content-Type`, unquoted.
    pub charset: Option<String>,
    /// The `Content-Encoding` header, lower-cased, when not `identity`.
    pub content_encoding: Option<String>,
    /// Whether the body is sent with `Transfer-Encoding: chunked`.
    pub chunked: bool,
    /// Where the body starts in [`Record::block`].
    pub body_start: usize,
}

/// What a record is to an extractor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// An HTML (or XHTML) page: a `response` with status 2xx, or a
    /// `resource` record.
    Html,
    /// A WET `conversion` record: the page as plain text.
    Text,
    /// Nothing to extract; the reason says why (`warcinfo record`,
    /// `HTTP status 404`, `not HTML: application/pdf`…).
    Skip(String),
}

impl Record {
    /// The first header field called `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Whether the record is an HTML page, a text conversion, or skipped.
    pub fn kind(&self) -> Kind {
        match self.warc_type.as_str() {
            "response" => match &self.http {
                None => Kind::Skip("response record without an HTTP response head".into()),
                Some(http) if !(200..300).contains(&http.status) => {
                    Kind::Skip(format!("HTTP status {}", http.status))
                }
                Some(http) => match &http.content_encoding {
                    Some(enc) if enc != "gzip" && enc != "x-gzip" => {
                        Kind::Skip(format!("unsupported Content-Encoding: {enc}"))
                    }
                    _ => html_or_skip(http.content_type.as_deref(), self.payload().as_ref()),
                },
            },
            "resource" => html_or_skip(self.content_type.as_deref(), &self.block),
            "conversion" => Kind::Text,
            "" => Kind::Skip("record without WARC-Type".into()),
            other => Kind::Skip(format!("{other} record")),
        }
    }

    /// The payload: the HTTP body for responses (de-chunked; a gzip
    /// `Content-Encoding` is left for the extractor, which reads gzip), else
    /// the whole block.
    pub fn payload(&self) -> Cow<'_, [u8]> {
        match &self.http {
            Some(http) => {
                let body = &self.block[http.body_start.min(self.block.len())..];
                if http.chunked {
                    match dechunk(body) {
                        Some(plain) => Cow::Owned(plain),
                        // Crawlers often store the body already de-chunked
                        // while keeping the header: take it as it is.
                        None => Cow::Borrowed(body),
                    }
                } else {
                    Cow::Borrowed(body)
                }
            }
            None => Cow::Borrowed(&self.block),
        }
    }
}

/// HTML by its media type; without one, by whether the bytes look like markup.
fn html_or_skip(content_type: Option<&str>, body: &[u8]) -> Kind {
    match content_type.map(media_type) {
        Some(t) if t == "text/html" || t == "application/xhtml+xml" => Kind::Html,
        Some(t) if !t.is_empty() => Kind::Skip(format!("not HTML: {t}")),
        _ if looks_like_html(body) => Kind::Html,
        _ => Kind::Skip("no Content-Type, and the body is not markup".into()),
    }
}

/// The media type of a `Content-Type` value, lower-cased, parameters dropped.
pub(crate) fn media_type(value: &str) -> String {
    value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The `charset` parameter of a `Content-Type` value.
pub(crate) fn charset_param(value: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|param| {
        let (name, v) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let v = v.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        (!v.is_empty()).then(|| v.to_string())
    })
}

fn looks_like_html(body: &[u8]) -> bool {
    let head = &body[..body.len().min(1024)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
}

/// Parse the HTTP response head at the start of a block.
pub(crate) fn parse_http(block: &[u8]) -> Option<HttpResponse> {
    let head_end = find(block, b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| find(block, b"\n\n").map(|i| i + 2))?;
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status: u16 = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let mut http = HttpResponse {
        status,
        content_type: None,
        charset: None,
        content_encoding: None,
        chunked: false,
        body_start: head_end,
    };
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let (name, value) = (name.trim(), value.trim());
        if name.eq_ignore_ascii_case("content-type") && http.content_type.is_none() {
            http.charset = charset_param(value);
            http.content_type = Some(value.to_string());
        } else if name.eq_ignore_ascii_case("content-encoding") {
            let enc = value.to_ascii_lowercase();
            if !enc.is_empty() && enc != "identity" {
                http.content_encoding = Some(enc);
            }
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            http.chunked = value.to_ascii_lowercase().contains("chunked");
        }
    }
    Some(http)
}

/// Undo `Transfer-Encoding: chunked`; `None` when the body is not chunked
/// after all.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = find(body, b"\n")?;
        let line = std::str::from_utf8(&body[..line_end]).ok()?;
        let size_hex = line.trim().split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        body = &body[line_end + 1..];
        if size == 0 {
            return Some(out);
        }
        let chunk = body.get(..size)?;
        out.extend_from_slice(chunk);
        body = &body[size..];
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
    }
}

/// The first position of `needle` in `hay`.
pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_head() {
        let block =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"ISO-8859-1\"\r\n\r\n<p>x";
        let http = parse_http(block).unwrap();
        assert_eq!(http.status, 200);
        assert_eq!(http.charset.as_deref(), Some("ISO-8859-1"));
        assert_eq!(&block[http.body_start..], b"<p>x");
    }

    #[test]
    fn chunked_bodies() {
        assert_eq!(
            dechunk(b"3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n").unwrap(),
            b"abcde"
        );
        assert!(dechunk(b"<html>").is_none());
    }
}
