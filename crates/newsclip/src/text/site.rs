//! The site's name where the page names itself: a copyright line
//! ("© 2025 The Daily Star"), else the capitalised name the site's own
//! furniture repeats ("notifications from The Independent", "The
//! Independent is trusted…").

use rustc_hash::FxHashMap;

use crate::textutil::find_ascii_ci;
use std::sync::LazyLock;

use regex::Regex;

/// Times a name must recur in the furniture to be the site's.
const MIN_MENTIONS: usize = 2;

static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([\p{Lu}][^.|,©]{1,60}?)(?:\s*[.|,]|\s+all\s+rights|\s*$)")
        .expect("valid regex")
});

/// The site name named in the furniture lines, if any.
pub fn site_name<'a>(furniture: impl Iterator<Item = &'a str> + Clone) -> Option<String> {
    for line in furniture.clone() {
        // A cheap test before the regex: most lines hold no copyright sign.
        let b = line.as_bytes();
        if !line.contains('©') && find_ascii_ci(b, b"(c)").is_none() && find_ascii_ci(b, b"copyright").is_none() {
            continue;
        }
        if let Some(c) = COPYRIGHT.captures(line) {
            let name = c.get(1)?.as_str().trim();
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
    fn names_mentioned_as_often_go_to_the_first_met_every_time() {
        // Two names of one length, first met on the same line, as often.
        let lines = ["Menu", "Read Harbour Gazette and Harbour Chronic every day", "Visit Harbour Chronic", "Visit Harbour Gazette"];
        for _ in 0..32 {
            assert_eq!(site_name(lines.into_iter()).as_deref(), Some("Harbour Gazette"));
        }
    }
}
