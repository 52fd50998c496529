//! Page bytes → UTF-8 text: a BOM first, then the charset given by the
//! caller (HTTP header), then `<meta charset>` / `http-equiv`, then
//! statistical detection (chardetng). Invalid bytes become U+FFFD; never a panic.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use crate::options::Options;

/// How many leading bytes are searched for a `<meta>` charset declaration.
/// The HTML standard's prescan reads 1,024; real pages put the tag later
/// (after long inline scripts), so we read further.
const META_PRESCAN_BYTES: usize = 16 * 1024;

/// Where the encoding came from, for warnings and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A byte-order mark.
    Bom,
    /// The caller's charset (HTTP header).
    Given,
    /// A `<meta>` declaration.
    Meta,
    /// The bytes are valid UTF-8.
    Utf8,
    /// Statistical detection.
    Detected,
}

/// The decoded page.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text, borrowed when the bytes were already valid UTF-8.
    pub text: Cow<'a, str>,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// Where it came from.
    pub source: Source,
    /// Something to tell the user (an unknown charset label ignored…).
    pub warning: Option<String>,
}

/// Decode page bytes to UTF-8.
pub fn to_utf8<'a>(bytes: &'a [u8], opts: &Options) -> Decoded<'a> {
    let mut warning = None;
    let (encoding, source, body) = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        (enc, Source::Bom, &bytes[bom_len..])
    } else if let Some(label) = opts.charset.as_deref() {
        match Encoding::for_label(label.trim().as_bytes()) {
            Some(enc) => (enc, Source::Given, bytes),
            None => {
                warning = Some(format!("unknown charset {label:?} ignored"));
                guess(bytes)
            }
        }
    } else {
        guess(bytes)
    };
    let text = decode_with(encoding, body);
    Decoded {
        text,
        encoding,
        source,
        warning,
    }
}

fn guess(bytes: &[u8]) -> (&'static Encoding, Source, &[u8]) {
    let utf8 = std::str::from_utf8(bytes).is_ok();
    if let Some(enc) = meta_charset(bytes) {
        // A page that declares a legacy charset but is valid UTF-8 with
        // non-ASCII text was re-encoded without its tag being fixed: the
        // bytes are right, the tag is stale.
        // Valid UTF-8 with multi-byte sequences is all but impossible by
        // chance in a legacy encoding, so the bytes win over any label.
        if !utf8 || bytes.is_ascii() {
            return (enc, Source::Meta, bytes);
        }
    }
    if utf8 {
        return (UTF_8, Source::Utf8, bytes);
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    det.feed(bytes, true);
    (det.guess(None, chardetng::Utf8Detection::Allow), Source::Detected, bytes)
}

fn decode_with<'a>(encoding: &'static Encoding, body: &'a [u8]) -> Cow<'a, str> {
    if encoding == UTF_8 {
        // Valid UTF-8 (nearly every page) is borrowed after one fast check.
        let text = match std::str::from_utf8(body) {
            Ok(valid) => Cow::Borrowed(valid),
            Err(_) => String::from_utf8_lossy(body),
        };
        return match repair_double_encoding(&text) {
            Some(fixed) => Cow::Owned(fixed),
            None => text,
        };
    }
    let (text, _had_errors) = encoding.decode_without_bom_handling(body);
    text
}

/// UTF-8 text that was once read as Latin-1 and encoded again ("â\u{80}\u{9c}"
/// for “): each run of U+0080–U+00FF characters that holds a C1 control
/// (never meant in text) and whose Latin-1 bytes are valid UTF-8 is decoded
/// again. On a page where [`PROVEN_DOUBLE_RUNS`] such runs prove the whole
/// text double-encoded, so is every other run that is valid UTF-8 ("Â¶"
/// for ¶, "Ã©" for é: no C1 control in them). `None` when the text holds
/// no C1 control (the common case: one byte scan).
fn repair_double_encoding(text: &str) -> Option<String> {
    // A C1 control is the two bytes C2 80..=9F in UTF-8.
    let bytes = text.as_bytes();
    if !memchr::memchr_iter(0xC2, bytes).any(|i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9F).contains(b))) {
        return None;
    }
    let has_c1 = |run: &[u8]| run.iter().any(|b| (0x80..=0x9F).contains(b));
    let mut runs = Latin1Runs { text, at: 0 };
    let mut proven = 0usize;
    while proven < PROVEN_DOUBLE_RUNS {
        let Some(run) = runs.next() else { break };
        if let Some(run) = run.1 {
            if has_c1(&run) && std::str::from_utf8(&run).is_ok() {
                proven += 1;
            }
        }
    }
    let proven = proven >= PROVEN_DOUBLE_RUNS;
    let mut out = String::with_capacity(text.len());
    for (plain, run) in (Latin1Runs { text, at: 0 }) {
        out.push_str(plain);
        let Some(run) = run else { continue };
        match std::str::from_utf8(&run) {
            Ok(fixed) if proven || has_c1(&run) => out.push_str(fixed),
            _ => out.extend(run.iter().map(|&b| char::from(b))),
        }
    }
    Some(out)
}

/// Runs of C1 controls that read as UTF-8 once re-encoded, from which a
/// page is taken as double-encoded throughout.
const PROVEN_DOUBLE_RUNS: usize = 2;

/// The text cut into pieces: a slice with no U+0080–U+00FF character,
/// then the Latin-1 bytes of the run of such characters after it.
struct Latin1Runs<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Latin1Runs<'a> {
    type Item = (&'a str, Option<Vec<u8>>);
    fn next(&mut self) -> Option<Self::Item> {
        if self.at >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.at..];
        let latin1 = |c: char| (0x80..=0xFF).contains(&u32::from(c));
        let start = rest.char_indices().find(|(_, c)| latin1(*c)).map_or(rest.len(), |(i, _)| i);
        let plain = &rest[..start];
        let mut run = Vec::new();
        let mut end = start;
        for (i, c) in rest[start..].char_indices() {
            if !latin1(c) {
                end = start + i;
                break;
            }
            run.push(u32::from(c) as u8);
            end = start + i + c.len_utf8();
        }
        self.at += end;
        Some((plain, (!run.is_empty()).then_some(run)))
    }
}

/// The charset declared by a `<meta charset>` or `<meta http-equiv>` tag
/// near the top of the page, if any. UTF-16 labels mean UTF-8 here, as in
/// the HTML standard (a page that can be read as ASCII is not UTF-16).
pub fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(META_PRESCAN_BYTES)];
    let mut pos = 0;
    while let Some(off) = find_ci(&head[pos..], b"<meta") {
        let start = pos + off + 5;
        let end = head[start..]
            .iter()
            .position(|b| *b == b'>')
            .map_or(head.len(), |e| start + e);
        let tag = &head[start..end];
        if let Some(label) = charset_in(tag) {
            if let Some(enc) = Encoding::for_label(label) {
                let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                    UTF_8
                } else if enc == encoding_rs::X_USER_DEFINED {
                    WINDOWS_1252
                } else {
                    enc
                };
                return Some(enc);
            }
        }
        pos = end;
    }
    None
}

/// The value after `charset=` in a meta tag's attributes.
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let at = find_ci(tag, b"charset")?;
    let mut rest = &tag[at + 7..];
    rest = trim_start(rest);
    rest = rest.strip_prefix(b"=")?;
    rest = trim_start(rest);
    if let Some(r) = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")) {
        rest = r;
    }
    let len = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>' | b'\t' | b'\n' | b'\r'))
        .unwrap_or(rest.len());
    (len > 0).then(|| &rest[..len])
}

fn trim_start(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s {
        if first.is_ascii_whitespace() {
            s = rest;
        } else {
            break;
        }
    }
    s
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    crate::textutil::find_ascii_ci(hay, needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins_over_everything() {
        let mut o = Options::default();
        o.charset = Some("iso-8859-1".into());
        let bytes = b"\xef\xbb\xbf<p>caf\xc3\xa9</p>";
        let d = to_utf8(bytes, &o);
        assert_eq!(d.source, Source::Bom);
        assert_eq!(d.text, "<p>café</p>");
    }

    #[test]
    fn utf16_bom() {
        let mut bytes = vec![0xff, 0xfe];
        for c in "<p>é</p>".encode_utf16() {
            bytes.extend_from_slice(&c.to_le_bytes());
        }
        assert_eq!(to_utf8(&bytes, &Options::default()).text, "<p>é</p>");
    }

    #[test]
    fn given_charset_beats_meta() {
        let mut o = Options::default();
        o.charset = Some("windows-1251".into());
        let bytes = b"<meta charset=iso-8859-1><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        let d = to_utf8(bytes, &o);
        assert_eq!(d.source, Source::Given);
        assert!(d.text.contains("Привет"));
    }

    #[test]
    fn meta_charset_and_http_equiv() {
        let d = to_utf8(b"<meta charset=\"iso-8859-1\"><p>caf\xe9</p>", &Options::default());
        assert_eq!(d.source, Source::Meta);
        assert!(d.text.contains("café"));
        let d = to_utf8(
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>\x93\xfa\x96\x7b</p>",
            &Options::default(),
        );
        assert_eq!(d.source, Source::Meta);
        assert!(d.text.contains("日本"));
    }

    #[test]
    fn stale_latin1_meta_on_utf8_bytes() {
        let d = to_utf8("<meta charset=iso-8859-1><p>café</p>".as_bytes(), &Options::default());
        assert_eq!(d.source, Source::Utf8);
        assert!(d.text.contains("café"));
    }

    #[test]
    fn detection_without_declaration() {
        let text = "<p>Поезд прибыл на станцию рано утром, и пассажиры вышли на платформу.</p>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let d = to_utf8(&bytes, &Options::default());
        assert_eq!(d.source, Source::Detected);
        assert_eq!(d.text, text);
    }

    #[test]
    fn unknown_given_charset_is_a_warning_not_a_failure() {
        let mut o = Options::default();
        o.charset = Some("x-no-such-charset".into());
        let d = to_utf8(b"<p>plain</p>", &o);
        assert!(d.warning.is_some());
        assert_eq!(d.text, "<p>plain</p>");
    }

    #[test]
    fn double_encoded_utf8_is_repaired() {
        // “The healthiest…,” read as Latin-1 and written out as UTF-8 again.
        let page = "<meta charset=utf-8><p>\u{e2}\u{80}\u{9c}Soy,\u{e2}\u{80}\u{9d} Dr. Parr adds. Café.</p>";
        let d = to_utf8(page.as_bytes(), &Options::default());
        assert!(d.text.contains("“Soy,” Dr. Parr adds. Café."), "{}", d.text);
    }

    #[test]
    fn a_page_proven_double_encoded_is_repaired_throughout() {
        // Two runs with C1 controls prove it; "Â¶" and "Ã©" hold none.
        let page = "<meta charset=utf-8><p>\u{e2}\u{80}\u{9c}Tea\u{e2}\u{80}\u{9d} at the caf\u{c3}\u{a9}. \u{c2}\u{b6}</p>";
        let d = to_utf8(page.as_bytes(), &Options::default());
        assert!(d.text.contains("“Tea” at the café. ¶"), "{}", d.text);
        // One stray control proves nothing: the rest stays as written.
        let page = "<meta charset=utf-8><p>\u{e2}\u{80}\u{9c}Tea. Ã© stays. Café.</p>";
        let d = to_utf8(page.as_bytes(), &Options::default());
        assert!(d.text.contains("“Tea. Ã© stays. Café."), "{}", d.text);
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        let d = to_utf8(b"<meta charset=utf-8><p>a\xffb</p>", &Options::default());
        assert!(d.text.contains("a\u{fffd}b"));
    }
}
