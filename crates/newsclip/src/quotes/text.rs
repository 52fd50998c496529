//! Cuts a paragraph into word and punctuation tokens and the tokens into
//! sentences, marking the tokens that sit inside quotation marks.

use super::lexicon::Lexicon;
use super::marks::Span;
use crate::textutil::{is_alphanumeric, ASCII_ALNUM};

/// One token of a paragraph.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    /// Start, in bytes of the paragraph's text.
    pub start: usize,
    /// End, in bytes.
    pub end: usize,
    /// The token in lower case (possessive `’s` dropped).
    pub lower: std::borrow::Cow<'a, str>,
    /// A word (letters or digits), not punctuation.
    pub word: bool,
    /// Starts with an upper-case letter or a digit after a capital ("G7").
    pub cap: bool,
    /// Inside quotation marks: the index of the span.
    pub quoted: Option<usize>,
    /// Which lexicon sets hold the word ([`Lexicon::mask`]).
    pub mask: u64,
}

impl Tok<'_> {
    /// The punctuation character, for a punctuation token.
    pub fn punct(&self) -> Option<char> {
        if self.word {
            None
        } else {
            self.lower.chars().next()
        }
    }
}

/// Whether a char joins the letters around it into one word.
fn is_inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '‑')
}

/// Whether the bytes at `at` are one ASCII letter and a full stop ("D." of
/// "Ph.D.", "g." of "e.g."), ending a word.
fn single_letter_abbreviation(bytes: &[u8], at: usize) -> bool {
    bytes.get(at).is_some_and(u8::is_ascii_alphabetic)
        && bytes.get(at + 1) == Some(&b'.')
        && bytes.get(at + 2).is_none_or(|b| !b.is_ascii_alphanumeric())
}

/// The tokens of `text`; tokens inside a span (marks included) carry its index.
pub fn tokenize<'a>(text: &'a str, spans: &[Span], lex: &Lexicon) -> Vec<Tok<'a>> {
    // About a token every four bytes of prose, punctuation included.
    let mut toks = Vec::with_capacity(text.len() / 4 + 4);
    // The spans are in order and apart: one cursor finds each token's.
    let mut span_at = 0;
    let bytes = text.as_bytes();
    // `b` is always a char boundary here: ASCII bytes are read directly.
    let char_at = |b: usize| match bytes.get(b) {
        Some(&x) if x.is_ascii() => Some(x as char),
        Some(_) => text[b..].chars().next(),
        None => None,
    };
    let mut at = 0;
    while let Some(c) = char_at(at) {
        // "Â" before a (no-break) space is a no-break space's UTF-8 read as Latin-1.
        if c.is_whitespace() || c == 'Â' && char_at(at + 2).is_some_and(char::is_whitespace) {
            at += c.len_utf8();
            continue;
        }
        let mut end = at + c.len_utf8();
        // Just past the last apostrophe inside the word.
        let mut after_apostrophe = None;
        if is_alphanumeric(c) {
            let (mut prev, mut n_chars) = (c, 1);
            loop {
                // ASCII letters and digits, the most of a word, in a tight loop.
                let run = bytes[end..].iter().position(|&b| !ASCII_ALNUM[usize::from(b)]).unwrap_or(bytes.len() - end);
                if run > 0 {
                    end += run;
                    prev = bytes[end - 1] as char;
                    n_chars += run;
                }
                let Some(d) = char_at(end) else { break };
                let joined = is_inner_joiner(d)
                    && char_at(end + d.len_utf8()).is_some_and(is_alphanumeric)
                    // "U.S." and "Ph.D." stay one word, a sentence's full stop does not.
                    && (d != '.' || prev.is_uppercase() && n_chars == 1 || single_letter_abbreviation(bytes, end + 1));
                if d == 'Â' && char_at(end + 2).is_none_or(char::is_whitespace) {
                    break;
                }
                if is_alphanumeric(d) || joined {
                    if joined && matches!(d, '\'' | '’') {
                        after_apostrophe = Some(end + d.len_utf8());
                    }
                    end += d.len_utf8();
                    prev = d;
                    n_chars += 1;
                } else {
                    break;
                }
            }
        }
        let raw = &text[at..end];
        // Borrowed when the word is lower case already (most are).
        // ASCII with capitals or without, or not ASCII: told in one pass.
        let ascii_caps = raw.bytes().try_fold(false, |caps, b| b.is_ascii().then_some(caps || b.is_ascii_uppercase()));
        let mut lower: std::borrow::Cow<'a, str> = match ascii_caps {
            Some(true) => std::borrow::Cow::Owned(raw.to_ascii_lowercase()),
            Some(false) => std::borrow::Cow::Borrowed(raw),
            None if raw.chars().any(char::is_uppercase) => std::borrow::Cow::Owned(raw.to_lowercase()),
            None => std::borrow::Cow::Borrowed(raw),
        };
        for suffix in ["’s", "'s"] {
            if lower.len() > suffix.len() + 1 && lower.ends_with(suffix) {
                let cut = lower.len() - suffix.len();
                lower = match lower {
                    std::borrow::Cow::Borrowed(b) => std::borrow::Cow::Borrowed(&b[..cut]),
                    std::borrow::Cow::Owned(mut o) => {
                        o.truncate(cut);
                        std::borrow::Cow::Owned(o)
                    }
                };
            }
        }
        let word = is_alphanumeric(c);
        let mask = if word { lex.mask(&lower) } else { 0 };
        while span_at < spans.len() && spans[span_at].close_end <= at {
            span_at += 1;
        }
        let quoted = spans.get(span_at).is_some_and(|s| at >= s.open).then_some(span_at);
        // A contraction ("They've", "I'm", "Don't") is no name: a short
        // lower-case tail after the apostrophe, not a possessive "’s".
        let contraction = after_apostrophe.is_some_and(|a| {
            let tail = &text.as_bytes()[a..end];
            tail.len() <= 2 && tail != b"s" && tail.iter().all(u8::is_ascii_lowercase)
        });
        toks.push(Tok { start: at, end, lower, word, cap: word && c.is_uppercase() && !contraction, quoted, mask });
        at = end;
    }
    toks
}

/// Sentences as token ranges `[start, end)`: a break after `.`, `!` or `?`
/// outside quotes (not after an honorific or an initial) when a capital or
/// a quotation follows, and after a quote that ends a sentence.
pub fn sentences(toks: &[Tok], text: &str, spans: &[Span], lex: &Lexicon) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..toks.len() {
        let t = &toks[i];
        let next_starts = toks.get(i + 1).is_some_and(|n| n.cap || n.quoted.is_some() && n.quoted != t.quoted);
        let ends = match t.quoted {
            None => {
                matches!(t.punct(), Some('.' | '!' | '?'))
                    && next_starts
                    && !(i > 0 && (lex.honorific_mask(toks[i - 1].mask) || toks[i - 1].lower.chars().count() == 1 && toks[i - 1].cap))
            }
            // The closing mark of a quote whose words end a sentence.
            Some(s) => {
                let span = spans[s];
                t.end == span.close_end
                    && toks.get(i + 1).is_some_and(|n| n.quoted.is_none() && n.cap || n.quoted.is_some_and(|q| q != s))
                    && text[span.start..span.end].ends_with(['.', '!', '?'])
            }
        };
        if ends {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}
