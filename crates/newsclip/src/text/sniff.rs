//! Markup or plain text: whether decoded input is an HTML page or a
//! crawler's text export, for [`crate::InputFormat::Auto`].

/// How much of the input's start is looked at, in bytes.
const SNIFF_BYTES: usize = 8 * 1024;

/// Tags whose presence near the start marks a document as HTML even when
/// it does not open with `<` (a page after a stray line of text).
const TELLTALE_TAGS: [&str; 12] = [
    "<!doctype", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<script",
    "<article", "<br",
];

/// Whether `text` is markup: it opens with a tag, comment or doctype, or
/// its first kilobytes hold a tag that only HTML has. A text export (which
/// holds no markup, only the page's visible words) is everything else.
pub fn is_markup(text: &str) -> bool {
    let trimmed = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let mut chars = trimmed.chars();
    if chars.next() == Some('<') {
        if let Some(c) = chars.next() {
            if c.is_ascii_alphabetic() || matches!(c, '!' | '?' | '/') {
                return true;
            }
        }
    }
    let mut end = trimmed.len().min(SNIFF_BYTES);
    while !trimmed.is_char_boundary(end) {
        end -= 1;
    }
    let head = trimmed[..end].to_ascii_lowercase();
    TELLTALE_TAGS.iter().any(|t| head.contains(t))
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
    }
}
