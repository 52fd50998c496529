//! The site's name where the page names itself: a copyright line
//! ("© 2025 The Daily Star"), else the capitalised name the site's own
//! furniture repeats ("notifications from The Independent", "The
//! Independent is trusted…").

use rustc_hash::FxHashMap;

use crate::textutil::find_ascii_ci;


/// Times a name must recur in the furniture to be the site's.
const MIN_MENTIONS: usize = 2;

/// Longest name read after a copyright mark, in characters.
const MAX_NAME_CHARS: usize = 61;

/// The name a copyright line gives: after "©", "(c)" or "Copyright", an
/// optional second "©" and year or years ("2019–2025,"), a capitalised run
/// up to the first `.`, `|` or `,`, "all rights…", or the line's end.
/// Read by hand: a regex with Unicode classes costs a lazy DFA per line.
fn copyright_name(line: &str) -> Option<&str> {
    let mut from = 0;
    'marks: while from < line.len() {
        let rest = &line[from..];
        // The next mark and where it ends.
        let marks = [
            rest.find('©').map(|i| (i, i + '©'.len_utf8())),
            find_ascii_ci(rest.as_bytes(), b"(c)").map(|i| (i, i + 3)),
            find_ascii_ci(rest.as_bytes(), b"copyright").map(|i| (i, i + 9)),
        ];
        let (_, after) = marks.into_iter().flatten().min()?;
        let after = from + after;
        from = after;
        let mut tail = line[after..].trim_start();
        if let Some(t) = tail.strip_prefix('©') {
            tail = t.trim_start();
        }
        tail = skip_years(tail);
        if tail.len() > 3 && tail.as_bytes()[..3].eq_ignore_ascii_case(b"by ") {
            tail = tail[3..].trim_start();
        }
        // A capitalised name, or a brand with a capital inside ("eBay").
        let first_word = tail.split_whitespace().next().unwrap_or("");
        let capitalised = first_word.starts_with(char::is_uppercase);
        let brand = first_word.starts_with(char::is_alphabetic) && first_word.chars().any(char::is_uppercase);
        if !capitalised && !brand {
            continue;
        }
        // Up to the first stop, within the longest name.
        let mut end = None;
        for (n, (i, c)) in tail.char_indices().enumerate() {
            if n >= MAX_NAME_CHARS {
                break;
            }
            if matches!(c, '.' | '|' | ',') && n > 0 {
                end = Some(i);
                break;
            }
            if c == '©' || n == 0 && matches!(c, '.' | '|' | ',') {
                // No name here; perhaps after this mark.
                continue 'marks;
            }
            if c.is_whitespace() && n > 0 {
                let after_space = tail[i..].trim_start();
                if after_space.len() >= 10 && after_space.as_bytes()[..10].eq_ignore_ascii_case(b"all rights") {
                    end = Some(i);
                    break;
                }
            }
        }
        let end = match end {
            Some(e) => e,
            None if tail.chars().count() <= MAX_NAME_CHARS => tail.len(),
            None => continue,
        };
        let name = tail[..end].trim();
        if !name.is_empty() {
            return Some(name);
        }
    }
    None
}

/// `text` after a leading year or span of years and a comma.
fn skip_years(text: &str) -> &str {
    let year = |t: &str| t.len() >= 4 && t.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if !year(text) {
        return text;
    }
    let mut rest = text[4..].trim_start();
    if let Some(r) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('–')) {
        let r = r.trim_start();
        if year(r) {
            rest = r[4..].trim_start();
        }
    }
    rest.strip_prefix(',').unwrap_or(rest).trim_start()
}

/// The site name named in the furniture lines, if any.
pub fn site_name<'a>(furniture: impl Iterator<Item = &'a str> + Clone) -> Option<String> {
    for line in furniture.clone() {
        if let Some(name) = copyright_name(line) {
            if name.split_whitespace().count() <= 6 {
                return Some(name.to_string());
            }
        }
    }
    // Each name's count and first mention, counted over every run met, so
    // that two names first met on one line still differ: no tie is left to
    // the map's order.
    let mut counts: FxHashMap<String, (usize, usize)> = FxHashMap::default();
    let mut order = 0;
    for line in furniture {
        for name in capitalised_runs(line) {
            counts.entry(name).or_insert((0, order)).0 += 1;
            order += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, (n, _))| *n >= MIN_MENTIONS)
        .max_by_key(|(name, (n, order))| (*n, usize::MAX - order, name.len()))
        .map(|(name, _)| name)
}

/// Runs of two or more capitalised words (a leading "The" allowed), not
/// counting a line's first word unless it is "The".
fn capitalised_runs(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        if run.len() >= 2 {
            out.push(run.join(" "));
        }
        run.clear();
    };
    for (i, raw) in line.split_whitespace().enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase);
        let first_ok = i > 0 || w == "The";
        if capital && (first_ok || !run.is_empty()) && !w.contains('’') && !w.contains('\'') {
            run.push(w);
            if raw.ends_with([',', '.', ':', ';', '!', '?']) || raw.len() != w.len() && !raw.starts_with(w) {
                flush(&mut run, &mut out);
            }
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_copyright_or_repetition() {
        assert_eq!(site_name(["Copyright © 2025 Harbour Times. Terms of Service."].into_iter()).as_deref(), Some("Harbour Times"));
        let lines = ["Stay up to date with news from The Harbour Times", "The Harbour Times is read in every port", "Join Big Tech talk"];
        assert_eq!(site_name(lines.into_iter()).as_deref(), Some("The Harbour Times"));
        assert_eq!(site_name(["Home", "News"].into_iter()), None);
    }

    #[test]
    fn copyright_lines_give_the_name_after_the_mark_and_years() {
        let cases = [
            ("© 2025 Harbour Times. All rights reserved.", Some("Harbour Times")),
            ("Copyright © 2019–2025, Lakeside Media Group | Privacy", Some("Lakeside Media Group")),
            ("(c) 2024 The Valley Post all rights reserved", Some("The Valley Post")),
            ("Copyright 2023 Northern Radio", Some("Northern Radio")),
            ("© 2024 all rights reserved", None),
            ("Copyright Â© 2025 Lantern Works. All rights reserved", Some("Lantern Works")),
            ("Copyright 2010-2025 by Quarry Press Ltd.", Some("Quarry Press Ltd")),
            ("© 2026 eFixr Inc. All rights reserved", Some("eFixr Inc")),
            ("Terms | Privacy | Contact", None),
        ];
        for (line, want) in cases {
            assert_eq!(copyright_name(line), want, "{line}");
        }
    }

    #[test]
    fn names_mentioned_as_often_go_to_the_first_met_every_time() {
        // Two names of one length, first met on the same line, as often.
        let lines = ["Menu", "Read Harbour Gazette and Harbour Chronic every day", "Visit Harbour Chronic", "Visit Harbour Gazette"];
        for _ in 0..32 {
            assert_eq!(site_name(lines.into_iter()).as_deref(), Some("Harbour Gazette"));
        }
    }
}
