//! Finds the quoted stretches of a paragraph: every quotation-mark style of
//! the lexicon, apostrophes told apart from single quotes, and a quote left
//! open at the paragraph's end (the convention for a quote that runs on into
//! the next paragraph).

use super::lexicon::Lexicon;
use crate::textutil::is_alphanumeric;

/// One quoted stretch of a paragraph, in bytes of the paragraph's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// The opening mark.
    pub open: usize,
    /// The quoted words (marks and white space trimmed off).
    pub start: usize,
    /// End of the quoted words.
    pub end: usize,
    /// Just past the closing mark (the paragraph's end when left open).
    pub close_end: usize,
    /// Whether a closing mark was found in the paragraph.
    pub closed: bool,
}

/// Marks that only pair as single quotes, easily confused with apostrophes:
/// a span they open must close in the same paragraph.
fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‚' | '‹' | '›')
}

/// Marks set off from the words by a space in French typography.
fn is_spaced(c: char) -> bool {
    matches!(c, '«' | '»' | '‹' | '›')
}

/// Corner brackets: unambiguous, and East Asian text has no spaces around them.
fn is_corner(c: char) -> bool {
    matches!(c, '「' | '」' | '『' | '』')
}

/// Whether `c` may open a quote between `prev` and `next`.
fn opens(c: char, prev: Option<char>, next: Option<char>) -> bool {
    if is_corner(c) {
        return next.is_some();
    }
    let before_ok = prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | ';' | ',' | '…')
            || "«»„“‚‘「『\"'".contains(p)
    });
    let after_ok = next.is_some_and(|n| !n.is_whitespace() || is_spaced(c));
    let single_ok = !is_single(c) || next.is_some_and(|n| n.is_alphanumeric() || n == '[' || n == '…');
    before_ok && after_ok && single_ok
}

/// Whether `c` may close a quote between `prev` and `next`.
fn closes(c: char, prev: Option<char>, next: Option<char>) -> bool {
    if is_corner(c) {
        return true;
    }
    let before_ok = prev.is_some_and(|p| !p.is_whitespace() || is_spaced(c));
    let after_ok = next.is_none_or(|n| !n.is_alphanumeric());
    before_ok && after_ok
}

/// The quoted stretches of `text`, in order, not nested.
pub fn find_spans(text: &str, lex: &Lexicon) -> Vec<Span> {
    let is_opener = |c: char| !is_alphanumeric(c) && !c.is_whitespace() && lex.closers.contains_key(&c);
    if !text.chars().any(is_opener) {
        return Vec::new();
    }
    // The chars are read in place: `at` is a char boundary, `prev` the
    // char before it.
    let char_at = |b: usize| text.get(b..).and_then(|t| t.chars().next());
    let mut spans = Vec::new();
    let mut prev: Option<char> = None;
    let mut at = 0;
    while let Some(c) = char_at(at) {
        let after = at + c.len_utf8();
        let closers = if is_alphanumeric(c) || c.is_whitespace() { None } else { lex.closers.get(&c) };
        let Some(closers) = closers.filter(|_| opens(c, prev, char_at(after))) else {
            prev = Some(c);
            at = after;
            continue;
        };
        // The first mark after it that may close it, with the char before.
        let mut close = None;
        let (mut before, mut k) = (c, after);
        while let Some(d) = char_at(k) {
            let past = k + d.len_utf8();
            if closers.contains(&d) && closes(d, Some(before), char_at(past)) {
                close = Some((k, d));
                break;
            }
            before = d;
            k = past;
        }
        let (inner_end, close_end, closed) = match close {
            Some((k, d)) => (k, k + d.len_utf8(), true),
            None if is_single(c) || c == '\'' => {
                prev = Some(c);
                at = after;
                continue;
            }
            None => (text.len(), text.len(), false),
        };
        let inner = &text[after..inner_end];
        let lead = inner.len() - inner.trim_start().len();
        let trimmed = inner.trim();
        if !trimmed.is_empty() {
            spans.push(Span {
                open: at,
                start: after + lead,
                end: after + lead + trimmed.len(),
                close_end,
                closed,
            });
        }
        match close {
            Some((_, d)) => {
                prev = Some(d);
                at = close_end;
            }
            None => break,
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::lexicon::lexicon;

    fn quoted(text: &str) -> Vec<&str> {
        find_spans(text, lexicon()).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn every_style() {
        assert_eq!(quoted("He said “yes” and \"no\"."), ["yes", "no"]);
        assert_eq!(quoted("Er sagte: „Wir schaffen das.“ Dann ging er."), ["Wir schaffen das."]);
        assert_eq!(quoted("Er sagte: »Wir schaffen das.« Dann."), ["Wir schaffen das."]);
        assert_eq!(quoted("Il a dit : « Nous partons. »"), ["Nous partons."]);
        assert_eq!(quoted("Sie nannte es ‚absurd‘."), ["absurd"]);
        assert_eq!(quoted("She called it ‘absurd’, said Moscow’s envoy."), ["absurd"]);
        assert_eq!(quoted("彼は「行きます」と言った。"), ["行きます"]);
        assert_eq!(quoted("It's the leaders' view, isn't it?"), Vec::<&str>::new());
    }

    /// The first implementation, over a vector of the chars: the oracle
    /// of the one reading the text in place.
    fn find_spans_by_chars(text: &str, lex: &Lexicon) -> Vec<Span> {
        let is_opener = |c: char| !c.is_alphanumeric() && !c.is_whitespace() && lex.closers.contains_key(&c);
        if !text.chars().any(is_opener) {
            return Vec::new();
        }
        let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
        chars.extend(text.char_indices());
        let mut spans = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let (at, c) = chars[i];
            if c.is_alphanumeric() || c.is_whitespace() {
                i += 1;
                continue;
            }
            let prev = i.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(i + 1).map(|x| x.1);
            let Some(closers) = lex.closers.get(&c) else {
                i += 1;
                continue;
            };
            if !opens(c, prev, next) {
                i += 1;
                continue;
            }
            let mut close = None;
            for j in i + 1..chars.len() {
                let (_, d) = chars[j];
                if closers.contains(&d)
                    && closes(d, Some(chars[j - 1].1), chars.get(j + 1).map(|x| x.1))
                {
                    close = Some(j);
                    break;
                }
            }
            let (inner_end, close_end, closed) = match close {
                Some(j) => (chars[j].0, chars.get(j + 1).map_or(text.len(), |x| x.0), true),
                None if is_single(c) || c == '\'' => {
                    i += 1;
                    continue;
                }
                None => (text.len(), text.len(), false),
            };
            let inner_start = at + c.len_utf8();
            let inner = &text[inner_start..inner_end];
            let lead = inner.len() - inner.trim_start().len();
            let trimmed = inner.trim();
            if !trimmed.is_empty() {
                spans.push(Span {
                    open: at,
                    start: inner_start + lead,
                    end: inner_start + lead + trimmed.len(),
                    close_end,
                    closed,
                });
            }
            match close {
                Some(j) => i = j + 1,
                None => break,
            }
        }
        spans
    }

    #[test]
    fn reading_in_place_finds_what_the_char_vector_found() {
        let lex = lexicon();
        for text in [
            "He said “yes” and \"no\".", "“We will go on,” she said. “And on", "It's the leaders' view, isn't it?", "'90s kids 'say' things",
            "« Nous partons »", "„Wir“ und ‚ihr‘ »sie«", "「行きます」と『言った』", "\"unclosed at the end", "\"\"", "“ ”", "a “b” c “d",
            "‘Tis the ‘season’,’ he said", "x \"y\"z \"w\"", "", "no marks at all", "(“nested ‘inner’ quote”)", "—“Dash” first",
        ] {
            assert_eq!(find_spans(text, lex), find_spans_by_chars(text, lex), "{text}");
        }
    }

    #[test]
    fn open_at_the_end() {
        let spans = find_spans("“We will go on,” she said. “And on", lexicon());
        assert_eq!(spans.len(), 2);
        assert!(spans[0].closed);
        assert!(!spans[1].closed);
    }
}
