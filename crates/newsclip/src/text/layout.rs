//! Reading a text export's layout into lines, one block each: blank-line
//! separated blocks (the seed), one block a line (Common Crawl WET),
//! indented lines, and two blocks glued into one line ("…logged inPlease
//! refresh…") split apart. White space, Unicode spaces included, is folded.

use crate::textutil::{is_space, push_folded};

/// One block of the export, as the flattener printed it.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The text, white space folded and trimmed.
    pub text: String,
    /// Leading white space of the source line, in characters.
    pub indent: usize,
}

/// Longest line read, in bytes; longer lines are cut at a char boundary so
/// that one runaway line cannot make the per-line work quadratic.
const MAX_LINE_BYTES: usize = 1 << 20;

/// The export's blocks in page order, empty lines dropped.
pub fn read_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::with_capacity(text.len() / 64);
    // One buffer for every line's folded text; each piece is copied once.
    let mut folded = String::new();
    for raw in text.lines() {
        let raw = cut(raw, MAX_LINE_BYTES);
        let indent = indent_of(raw);
        folded.clear();
        push_folded(&mut folded, raw, &mut false);
        if folded.is_empty() {
            continue;
        }
        for_each_glued_piece(&folded, |piece| out.push(Line { text: piece.to_string(), indent }));
    }
    out
}

/// Leading white space of `line`, in characters.
fn indent_of(line: &str) -> usize {
    let ascii = line.bytes().take_while(|b| matches!(b, b' ' | b'\t' | b'\x0b' | b'\x0c' | b'\r')).count();
    match line.as_bytes().get(ascii) {
        Some(b) if !b.is_ascii() => ascii + line[ascii..].chars().take_while(|c| is_space(*c)).count(),
        _ => ascii,
    }
}

/// `s` cut to at most `max` bytes, at a char boundary.
fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Split a line where two blocks were glued with nothing between them: a
/// lower-case word of two letters or more (optionally closed by `.`, `!`
/// or `?`) runs straight into a capitalised word ("logged inPlease").
/// Brand-style words (iPhone, McDonald, YouTube) do not split: their part
/// before the capital is one letter or holds a capital itself. `f` gets
/// each non-empty piece.
fn for_each_glued_piece<'a>(line: &'a str, mut f: impl FnMut(&'a str)) {
    let bytes = line.as_bytes();
    // The char at byte `i` (a char boundary) and its width; ASCII read directly.
    let char_at = |i: usize| -> Option<char> {
        match bytes.get(i) {
            Some(&b) if b.is_ascii() => Some(b as char),
            Some(_) => line[i..].chars().next(),
            None => None,
        }
    };
    let mut emit = |piece: &'a str| {
        let piece = piece.trim();
        if !piece.is_empty() {
            f(piece);
        }
    };
    let mut start = 0;
    let mut word_start = 0;
    let mut prev: Option<char> = None;
    let mut i = 0;
    while let Some(c) = char_at(i) {
        let next = i + c.len_utf8();
        if c == ' ' {
            word_start = next;
        } else if c.is_uppercase() {
            if let Some(p) = prev {
                let next_lower = char_at(next).is_some_and(char::is_lowercase);
                if next_lower && i > word_start && glue_before(&line[word_start..i], p) {
                    emit(&line[start..i]);
                    start = i;
                    word_start = i;
                }
            }
        }
        prev = Some(c);
        i = next;
    }
    emit(&line[start..]);
}

/// Whether `left`, the part of a word before a capital, ends a block: two
/// lower-case letters or more, possibly closed by sentence punctuation.
fn glue_before(left: &str, last: char) -> bool {
    let letters = left.trim_end_matches(['.', '!', '?']);
    if letters.len() < left.len() && letters.is_empty() {
        return false;
    }
    let ok_last = last.is_lowercase() || matches!(last, '.' | '!' | '?');
    ok_last && letters.chars().count() >= 2 && letters.chars().all(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_glued(line: &str) -> Vec<&str> {
        let mut pieces = Vec::new();
        for_each_glued_piece(line, |p| pieces.push(p));
        pieces
    }

    #[test]
    fn glued_blocks_split_and_brands_do_not() {
        assert_eq!(
            split_glued("to be automatically logged inPlease refresh your browser"),
            vec!["to be automatically logged in", "Please refresh your browser"]
        );
        assert_eq!(split_glued("the end.Next story"), vec!["the end.", "Next story"]);
        for whole in ["an iPhone and a McDonald's on YouTube", "WordPress and JavaScript", "U.S.Army", "eBay"] {
            assert_eq!(split_glued(whole), vec![whole]);
        }
    }

    #[test]
    fn spaces_fold_and_indents_are_read() {
        let lines = read_lines("  The\u{a0}Independent \t says\n\n\n\u{2003}Next");
        assert_eq!(lines[0], Line { text: "The Independent says".into(), indent: 2 });
        assert_eq!(lines[1], Line { text: "Next".into(), indent: 1 });
        assert_eq!(lines.len(), 2);
    }
}
