//! Small text helpers shared by the stages: white-space folding and counts.

/// Whether a char is white space for folding purposes (Unicode spaces,
/// no-break space and zero-width characters included).
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{00ad}')
}

/// Whether a char is a letter or a digit, as [`char::is_alphanumeric`]
/// says; ASCII and the general punctuation block (U+2000–U+206F: curly
/// quotes, dashes, spaces, of which none is a letter or a digit) are
/// answered without the Unicode tables.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206f}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Call `f` with each run of letters and digits of `text`, in order: the
/// non-empty pieces of `text.split(|c: char| !c.is_alphanumeric())`.
/// ASCII is read as bytes; only other characters are decoded.
pub fn for_each_alphanumeric_run<'a>(text: &'a str, mut f: impl FnMut(&'a str)) {
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (alnum, width) = if b.is_ascii() {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            // `i` is a char boundary: it moves a whole char at a time.
            let Some(c) = text[i..].chars().next() else { break };
            (is_alphanumeric(c), c.len_utf8())
        };
        if alnum {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            f(&text[s..i]);
        }
        i += width;
    }
    if let Some(s) = start {
        f(&text[s..]);
    }
}

/// ASCII letters and digits, looked up by byte.
pub static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Call `f` with each word of `text` as [`str::split_whitespace`] gives
/// them, reading bytes: only the lead bytes that open a Unicode space
/// (C2, E1, E2, E3) have their character decoded.
pub fn for_each_word<'a>(text: &'a str, mut f: impl FnMut(&'a str)) {
    let bytes = text.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, width) = if b.is_ascii() {
            // The ASCII characters that are white space: tab to carriage return, and space.
            (matches!(b, b'\t'..=b'\r' | b' '), 1)
        } else if matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3) {
            // `i` is a char boundary: it moves a whole char at a time.
            let Some(c) = text[i..].chars().next() else { break };
            (c.is_whitespace(), c.len_utf8())
        } else {
            (false, utf8_width(b))
        };
        if space {
            if let Some(s) = start.take() {
                f(&text[s..i]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += width;
    }
    if let Some(s) = start {
        f(&text[s..]);
    }
}

/// Append `text` to `out`, folding runs of white space into one space.
/// `pending_space` carries a space across calls so that text split over
/// nodes folds as one run.
pub fn push_folded(out: &mut String, text: &str, pending_space: &mut bool) {
    // Runs of non-space characters are copied as slices, not char by char.
    // Printable ASCII is skipped in a tight loop; of the other bytes, only
    // the lead bytes of Unicode spaces and joiners (U+0085, U+00A0, U+00AD,
    // U+1680, U+2000–U+205F, U+3000, U+FEFF) are decoded.
    let bytes = text.as_bytes();
    let mut run: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, width, joiner) = if (0x21..0x7f).contains(&b) {
            (false, 1, false)
        } else if b.is_ascii() {
            (matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r'), 1, false)
        } else if !matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef) {
            (false, utf8_width(b), false)
        } else {
            let Some(c) = text[i..].chars().next() else { break };
            // Soft hyphens and zero-width spaces join their neighbours.
            (is_space(c), c.len_utf8(), matches!(c, '\u{00ad}' | '\u{200b}' | '\u{feff}'))
        };
        if space {
            if let Some(start) = run.take() {
                out.push_str(&text[start..i]);
            }
            if !joiner {
                *pending_space = true;
            }
        } else {
            if run.is_none() {
                if *pending_space && !out.is_empty() && !out.ends_with(' ') && !out.ends_with('\n') {
                    out.push(' ');
                }
                *pending_space = false;
                run = Some(i);
            }
            i += width;
            loop {
                // The rest of a word in printable ASCII.
                while i < bytes.len() && (0x21..0x7f).contains(&bytes[i]) {
                    i += 1;
                }
                // One space between a word and printable ASCII folds to
                // itself: the run goes on through it, copied as one slice.
                if bytes.get(i) == Some(&b' ') && bytes.get(i + 1).is_some_and(|b| (0x21..0x7f).contains(b)) {
                    i += 2;
                } else {
                    break;
                }
            }
            continue;
        }
        i += width;
    }
    if let Some(start) = run {
        out.push_str(&text[start..]);
    }
}

/// Bytes of the UTF-8 sequence a non-ASCII lead byte opens.
#[inline]
fn utf8_width(lead: u8) -> usize {
    match lead {
        0xf0.. => 4,
        0xe0.. => 3,
        _ => 2,
    }
}

/// Where `needle` (ASCII) first occurs in `hay`, ASCII case ignored.
pub fn find_ascii_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    memchr::memchr2_iter(lower, upper, hay).find(|&i| hay.get(i + 1..i + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(rest)))
}

/// `text` in lower case, the same as [`str::to_lowercase`] but quicker on
/// text that is mostly ASCII with some punctuation (curly quotes, dashes):
/// ASCII bytes and the uncased Latin-1 and general punctuation blocks are
/// copied as they are, other characters mapped one by one. A capital sigma,
/// whose lower case hangs on its neighbours, leaves it all to the standard one.
pub fn to_lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    if text.contains('\u{3a3}') {
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        // A run of ASCII copied whole, then lowered in place.
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..ascii]);
        out[from..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else { break };
        if matches!(c, '\u{80}'..='\u{bf}' | '\u{2000}'..='\u{206f}') {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        rest = &rest[c.len_utf8()..];
    }
    out
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
        // Every Unicode space folds, whatever its lead byte; other
        // characters of two, three and four bytes are copied whole.
        assert_eq!(fold("a\u{85}b\u{1680}c\u{2009}d\u{202f}e\u{205f}f\u{3000}g"), "a b c d e f g");
        assert_eq!(fold("zero\u{200b}width\u{feff}join"), "zerowidthjoin");
        assert_eq!(fold(" é\u{2014}ü 日本 🦀\t"), "é\u{2014}ü 日本 🦀");
        // Single spaces inside a run of words, spaces before and after
        // other characters, and runs of spaces.
        assert_eq!(fold("a b  c\u{a0} d é f\tg\n h  "), "a b c d é f g h");
        let mut out = String::from("x");
        let mut pending = true;
        push_folded(&mut out, "y z ", &mut pending);
        push_folded(&mut out, " w", &mut pending);
        assert_eq!(out, "x y z w");
    }

    #[test]
    fn letters_digits_and_their_runs_are_the_standard_librarys() {
        for c in ('\u{0}'..='\u{3000}').chain(['\u{fffd}', '𝟘', '日', '\u{e9}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
        for text in ["", "the l’homme said “no”—twice", "über-alles x\u{2070}y ⅻ 日本語 🦀 a1", "...", "é", "«Ja» 2024:"] {
            let mut runs = Vec::new();
            for_each_alphanumeric_run(text, |w| runs.push(w));
            let split: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            assert_eq!(runs, split, "{text}");
        }
    }

    #[test]
    fn words_split_as_split_whitespace_splits_them() {
        // Every white-space character opens with one of the lead bytes read.
        for c in (0..=0x10ffff).filter_map(char::from_u32).filter(|c| c.is_whitespace() && !c.is_ascii()) {
            let mut buf = [0u8; 4];
            assert!(matches!(c.encode_utf8(&mut buf).as_bytes()[0], 0xc2 | 0xe1 | 0xe2 | 0xe3), "{c:?}");
        }
        for text in ["", " ", "a", "  the plan,\tand\x0bvote\x0c! ", "«quoted» words — and\u{a0}more", "a\r\nb  c\x1fd", "x\u{2003}y\u{3000}z\u{85}w\u{1680}v", "日本 語 🦀\u{2028}é"] {
            let mut words = Vec::new();
            for_each_word(text, |w| words.push(w));
            assert_eq!(words, text.split_whitespace().collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn lowers_as_the_standard_library() {
        for text in ["Plain ASCII, MIXED case 42", "“Quoted” — Ünïcode ÉTÉ’s «Test» İstanbul", "ΟΔΟΣ ΣΑΣ Σ", "ǅemal Ⅻ 日本 🦀 \u{a0}x"] {
            assert_eq!(to_lower(text), text.to_lowercase(), "{text}");
        }
    }
}

/// Decode the character references left in text that was escaped twice
/// (`&amp;#038;` in a meta tag) or never parsed as HTML (JSON-LD):
/// `&amp;`, `&quot;`, `&apos;`, `&lt;`, `&gt;`, `&nbsp;`, `&#NNN;`, `&#xHH;`.
pub fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail[1..].find(';').map(|e| e + 1).filter(|e| *e <= 10);
        let decoded = end.and_then(|e| {
            let name = &tail[1..e];
            let c = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some('\u{a0}'),
                "rsquo" => Some('’'),
                "lsquo" => Some('‘'),
                "rdquo" => Some('”'),
                "ldquo" => Some('“'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => num.parse::<u32>().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &tail[len..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod entity_tests {
    #[test]
    fn entities_decode() {
        assert_eq!(super::decode_entities("Full &#038; part &amp; more &#x2019;s"), "Full & part & more ’s");
        assert_eq!(super::decode_entities("AT&T & co"), "AT&T & co");
        assert_eq!(super::decode_entities("no entities"), "no entities");
    }
}
