//! Markup or plain text: whether decoded input is an HTML page or a
//! crawler's text export, for [`crate::InputFormat::Auto`].

/// How much of the input's start is looked at, in bytes.
const SNIFF_BYTES: usize = 8 * 1024;

/// Tags that open an HTML document, the doctype first: the doctype or two
/// of the others at the start of lines near the top mark a page that does
/// not open with `<` (a stray line of text, a header left in front of it).
const DOCUMENT_TAGS: [&str; 5] = ["<!doctype", "<html", "<head", "<body", "<meta"];

/// How far into the input a document tag still marks a page, in bytes;
/// further down it is more likely a code sample in a tutorial's text.
const DOCUMENT_TAG_BYTES: usize = 1024;

/// Share of the sniffed bytes inside tags from which the input is markup:
/// a page's first kilobytes are mostly tags, a text export holding a code
/// sample has a few among its prose.
const MIN_TAG_SHARE: f64 = 0.25;

/// Whether `text` is markup: it opens with a tag, comment or doctype, a
/// line near its top opens with a document tag, or tags make up a good
/// share of its first kilobytes. A text export (which holds the page's
/// visible words, code samples with their tags among them) is everything
/// else.
pub fn is_markup(text: &str) -> bool {
    let trimmed = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let bytes = trimmed.as_bytes();
    let opens_tag = |at: usize| bytes.get(at) == Some(&b'<') && bytes.get(at + 1).is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, b'!' | b'?' | b'/'));
    if opens_tag(0) {
        return true;
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    // A doctype, or two kinds of document tags, opening lines near the top
    // (a navigation list in a dump may name one tag: "<meta>").
    let top = &head[..head.len().min(DOCUMENT_TAG_BYTES)];
    let mut kinds = [false; DOCUMENT_TAGS.len()];
    for line in top.split(|&b| b == b'\n') {
        let start = line.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(line.len());
        let line = &line[start..];
        for (k, tag) in DOCUMENT_TAGS.iter().enumerate() {
            kinds[k] |= line.len() >= tag.len() && line[..tag.len()].eq_ignore_ascii_case(tag.as_bytes());
        }
    }
    if kinds[0] || kinds.iter().filter(|&&k| k).count() >= 2 {
        return true;
    }
    // The share of the head inside tags.
    let mut inside = 0;
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &head[at..]) {
        let open = at + found;
        if !opens_tag(open) {
            at = open + 1;
            continue;
        }
        let Some(len) = memchr::memchr(b'>', &head[open..]) else { break };
        inside += len + 1;
        at = open + len + 1;
    }
    !head.is_empty() && inside as f64 >= MIN_TAG_SHARE * head.len() as f64
}

#[cfg(test)]
mod tests {
    use super::is_markup;

    #[test]
    fn pages_are_markup_and_dumps_are_not() {
        assert!(is_markup("<!DOCTYPE html><html><p>x</p>"));
        assert!(is_markup("\u{feff}  <html lang=en>"));
        assert!(is_markup("stray line\n<div>a page</div>"));
        assert!(!is_markup("Headline\n\nA paragraph of the story, with a < sign in it.\n"));
        assert!(!is_markup("x < y and y > z"));
        assert!(!is_markup(""));
        assert!(is_markup("HTTP/1.1 200 OK\n\n<!DOCTYPE html>\n<html>"));
    }

    #[test]
    fn a_tutorial_dump_with_a_code_sample_is_text() {
        let dump = "Centring a box with flexbox\n\nBy Ada Park\n\n\
            Flexbox lays out a row of boxes along one axis, and it is the easiest way to centre one box inside another.\n\n\
            Start from a container and a child:\n\n\
            <div class=\"outer\">\n  <p>Centred</p>\n</div>\n\n\
            Then give the container three declarations and the child sits in the middle, whatever its size.\n";
        assert!(!is_markup(dump));
        let prose = "A paragraph of the tutorial explains what each declaration does and why the order matters.\n\n".repeat(12);
        let page = format!("{dump}{prose}<!DOCTYPE html>\n<html>\n<body>\n");
        assert!(!is_markup(&page), "a doctype deep in a tutorial is a code sample");
        let menu = "Docs\n\nHooks\n\nuseState\n\nuseEffect\n\nuseContext\n\nComponents\n\n<form>\n\n<meta>\n\nServer APIs\n\nrenderToString\n\nprerenderToNodeStream\n\n".repeat(3);
        assert!(!is_markup(&menu), "a documentation menu naming tags is text");
        assert!(is_markup("a stray line\n<html>\n<head>\n<script>var x = 1;</script>"));
    }
}
