//! Small text helpers shared by the stages: white-space folding and counts.

/// Whether a char is white space for folding purposes (Unicode spaces,
/// no-break space and zero-width characters included).
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{00ad}')
}

/// Append `text` to `out`, folding runs of white space into one space.
/// `pending_space` carries a space across calls so that text split over
/// nodes folds as one run.
pub fn push_folded(out: &mut String, text: &str, pending_space: &mut bool) {
    for c in text.chars() {
        if is_space(c) {
            if c == '\u{00ad}' || c == '\u{200b}' || c == '\u{feff}' {
                continue;
            }
            *pending_space = true;
        } else {
            if *pending_space && !out.is_empty() && !out.ends_with(' ') && !out.ends_with('\n') {
                out.push(' ');
            }
            *pending_space = false;
            out.push(c);
        }
    }
}

/// `text` with white space folded and trimmed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending = false;
    push_folded(&mut out, text, &mut pending);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_all_spaces() {
        assert_eq!(fold("  a\u{a0}\u{a0} b\n\tc  "), "a b c");
        assert_eq!(fold("soft\u{ad}hyphen"), "softhyphen");
    }
}
