//! The story's head from text alone: the headline and standfirst above the
//! body, the byline (a "By …" line, or a bare name beside a dateline) read
//! into authors, and the dateline.

use super::classify::{Info, Kind};
use super::headline::{self, Address};
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::BYLINE_OPENER;
use crate::dates::Hints;

/// A line that labels the byline under it: "Written by", "Article written
/// by:", "Author:", "Von", "Par", "Por".
static BYLINE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:article\s+|story\s+)?(?:written|posted|reported|words|text)\s+by|by|author|autor|auteur|autore|von|par|por)\s*:?$").expect("valid regex")
});

/// A line that opens with a date label: "Last Updated: Dec 17, 2025 • 5 min read".
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:last\s+)?(?:updated|published|posted|modified)\b(?:\s+on)?\s*:?\s*\S").expect("valid regex")
});

/// A reading-time line: "9 min read", "5 minute read", "Lesezeit: 4 Min.".
static READ_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\d+\s*(?:min(?:ute)?s?\.?\s+read|min\.?\s+de\s+lecture|minutos?\s+de\s+lectura)|lesezeit:?\s*\d+\s*min\.?)$").expect("valid regex")
});

/// The name that opens a dateline ("Tom Talbot October 14, 2025",
/// "Jane Doe | March 3, 2024"), when the words before the date are one.
fn name_before_date(line: &str, hints: &Hints) -> Option<String> {
    let (_, range) = crate::dates::find(line, hints)?;
    let before = line[..range.start].trim().trim_end_matches(['|', '•', '·', '-', '–', '—', ',']).trim();
    let before = before.strip_suffix(" on").unwrap_or(before).trim();
    let before = BYLINE_OPENER.captures(before).and_then(|c| c.get(1)).map_or(before, |m| m.as_str());
    is_name(before).then(|| before.to_string())
}

/// Lines above the body searched for the head.
pub const HEAD_LINES: usize = 25;
/// Fewest words of a standfirst.
const MIN_STANDFIRST_WORDS: usize = 8;
/// Most words of a byline.
const MAX_BYLINE_WORDS: usize = 12;
/// Most words of a line that opens with "By" and names.
const MAX_OPENED_BYLINE_WORDS: usize = 24;
/// Lines under the headline searched for a byline and dateline.
const UNDER_TITLE_LINES: usize = 6;
/// Most words of an author's role between the byline and the dateline.
const MAX_ROLE_WORDS: usize = 5;
/// Lines into the story span searched for a byline.
const BYLINE_INTO_STORY_LINES: usize = 6;

/// What the head holds, each with the line it came from.
#[derive(Debug, Default)]
pub struct Head {
    /// The headline.
    pub title: Option<usize>,
    /// The standfirst.
    pub standfirst: Option<usize>,
    /// Byline lines with the authors each names.
    pub bylines: Vec<(usize, Vec<String>)>,
    /// The dateline.
    pub dateline: Option<usize>,
    /// Lines that open as a byline or a date label ("Posted by … on
    /// Tuesday, August 29, 2023", "Last updated: …"): they may hold the date.
    pub meta_lines: Vec<usize>,
}

/// Read the head: bylines and dateline from the lines in `[from, to)`
/// (above the body), the headline as [`headline::pick`] finds it; `used`
/// marks lines already taken (captions), `free_for_title` those of them
/// the headline may still be; `keys` are the lines in lower case.
pub fn read_head(lines: &[&str], keys: &[String], infos: &[Info], span: (usize, usize, usize), used: &[bool], free_for_title: &[bool], address: &Address, hints: &Hints) -> Head {
    let (from, to, story_end) = span;
    let mut head = Head::default();
    let mut title_used: Vec<bool> = used.iter().zip(free_for_title).map(|(u, f)| *u && !*f).collect();
    head.title = headline::pick(lines, keys, infos, (to, story_end), &title_used, address);
    // A byline can sit under the story's first lines (a standfirst read as
    // prose opens the span above it), and under the headline, however far
    // above the story that is.
    let near = (to + BYLINE_INTO_STORY_LINES).min(story_end);
    let under_title = head.title.map_or(0..0, |t| t + 1..(t + 1 + UNDER_TITLE_LINES).min(lines.len()));
    let extra = under_title.clone().filter(|j| !(from..near).contains(j));
    let mut dated_under_title = false;
    for j in (from..near).chain(extra) {
        // The headline is read as a byline only under a byline's label
        // ("Written by" / "Jane Doe, MS, RD"), when it is picked anew.
        if used[j] || Some(j) == head.title && !(j > 0 && BYLINE_LABEL.is_match(lines[j - 1])) {
            continue;
        }
        let by_title = under_title.contains(&j);
        if infos[j].kind == Kind::Date && (j < to || by_title) {
            // The dateline under the headline is the story's; elsewhere the
            // last above the story.
            if by_title && !dated_under_title {
                head.dateline = Some(j);
                dated_under_title = true;
            } else if !dated_under_title {
                head.dateline = Some(j);
            }
            // "Tom Talbot October 14, 2025": the byline and dateline in one.
            if let Some(name) = name_before_date(lines[j], hints) {
                head.bylines.push((j, vec![name]));
                continue;
            }
        }
        // Not prose: "By 2030 the city expects…" opens like a byline.
        if infos[j].kind != Kind::Prose
            && lines[j].split_whitespace().nth(MAX_OPENED_BYLINE_WORDS).is_none()
            && (BYLINE_OPENER.is_match(lines[j]) || DATE_LABEL.is_match(lines[j]))
        {
            head.meta_lines.push(j);
        }
        let dated = |k: usize| {
            infos.get(k).is_some_and(|i| i.kind == Kind::Date)
                || lines.get(k).is_some_and(|l| DATE_LABEL.is_match(l) || READ_TIME.is_match(l))
        };
        // "Jane Doe" / "Senior Editor" / "March 3, 2024": a role between.
        let role_then_date = |k: usize| infos.get(k).is_some_and(|i| i.words <= MAX_ROLE_WORDS && i.kind == Kind::Short) && dated(k + 1);
        let under_label = j > 0 && BYLINE_LABEL.is_match(lines[j - 1]);
        let next_to_date = j > 0 && dated(j - 1) || dated(j + 1) || by_title && role_then_date(j + 1);
        if let Some(names) = byline_authors(lines[j], next_to_date || under_label) {
            head.bylines.push((j, names));
        }
    }
    // A byline is no headline.
    if let Some(t) = head.title.filter(|t| head.bylines.iter().any(|(b, _)| b == t)) {
        title_used[t] = true;
        head.title = headline::pick(lines, keys, infos, (to, story_end), &title_used, address);
    }
    let is_byline = |j: usize| head.bylines.iter().any(|(b, _)| *b == j);
    let is_meta = |k: usize| k < infos.len() && (infos[k].kind == Kind::Date || is_byline(k));
    if let Some(t) = head.title {
        head.standfirst = (t + 1..to.min(t + 3).max(t + 1))
            .filter(|&k| !used[k] && !is_meta(k))
            .find(|&k| matches!(infos[k].kind, Kind::Short | Kind::Prose) && infos[k].words >= MIN_STANDFIRST_WORDS)
            .filter(|&k| k == t + 1);
    }
    head
}

/// The authors a byline names: "By A and B", or, beside a dateline, a bare
/// line of one or two names.
pub fn byline_authors(line: &str, next_to_date: bool) -> Option<Vec<String>> {
    let words = line.split_whitespace().count();
    let (names_part, opened) = match BYLINE_OPENER.captures(line) {
        Some(c) if words <= MAX_OPENED_BYLINE_WORDS => (c.get(1)?.as_str(), true),
        _ if next_to_date && words <= MAX_BYLINE_WORDS => (line, false),
        _ => return None,
    };
    // "By Jane DoePublished: Jan 29, 2025": a date label glued on.
    let names_part = names_part.get(..glued_label_at(names_part)).unwrap_or(names_part);
    // "Posted by Jane Doe on Tuesday…", "By Jane Doe | Staff": what follows
    // the names.
    let names_part = [" on ", " | ", " – ", " — ", " - ", " in "]
        .iter()
        .filter_map(|sep| names_part.find(sep))
        .min()
        .map_or(names_part, |i| &names_part[..i]);
    let mut names = split_names(names_part);
    if opened {
        // "By: Ben Johnson, Sr. Director of Operations": the names before
        // the first part that is not one (a role, a place).
        let first_other = names.iter().position(|n| !is_name(n)).unwrap_or(names.len());
        names.truncate(first_other);
    }
    (!names.is_empty() && names.iter().all(|n| is_name(n))).then_some(names)
}

/// Where a date label ("Published", "Updated", "Posted") is glued onto the
/// name before it, with no space; the text's length when none is.
fn glued_label_at(text: &str) -> usize {
    for label in ["Published", "Updated", "Posted", "Last updated", "Reviewed"] {
        let mut from = 0;
        while let Some(i) = text[from..].find(label).map(|i| i + from) {
            if text[..i].chars().next_back().is_some_and(char::is_lowercase) {
                return i;
            }
            from = i + label.len();
        }
    }
    text.len()
}

/// A credential after a name: "MS", "RD", "FAND", "PhD", "M.D.", "CPT".
fn is_credential(part: &str) -> bool {
    let letters: String = part.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&letters.chars().count())
        && letters.chars().all(char::is_alphabetic)
        && (letters.chars().all(char::is_uppercase) || matches!(letters.as_str(), "PhD" | "DPhil" | "MSc" | "BSc" | "MEd" | "EdD" | "PsyD" | "DrPH" | "MPH" | "MBA"))
}

/// Names joined by commas, "and", "&", "und", "et", "y", "e"; credentials
/// after a name ("Jane Doe, MS, RD") dropped.
fn split_names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let cut = text.split(['|', '•', '·']).next().unwrap_or(text);
    for part in cut.split(',') {
        if !out.is_empty() && is_credential(part.trim()) {
            continue;
        }
        let mut rest = part.trim();
        // ", and Tom Lee": the joiner opens the part.
        for opener in ["and ", "& ", "und ", "et ", "y ", "e ", "en "] {
            rest = rest.strip_prefix(opener).unwrap_or(rest);
        }
        for joiner in [" and ", " & ", " und ", " et ", " y ", " e ", " en "] {
            if let Some((a, b)) = rest.split_once(joiner) {
                out.push(a.trim().to_string());
                rest = b.trim();
            }
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out
}

/// Words of a job title ("Senior Editor", "Staff Writer", "VP
/// Technology"): a line of capitalised words holding one is a role, not a name.
fn is_role_word(word: &str) -> bool {
    const ROLES: [&str; 24] = [
        "editor", "writer", "reporter", "correspondent", "contributor", "columnist", "journalist", "staff",
        "senior", "director", "manager", "specialist", "analyst", "author", "producer", "founder", "ceo",
        "president", "vp", "chief", "officer", "expert", "head", "lead",
    ];
    ROLES.iter().any(|r| word.eq_ignore_ascii_case(r))
}

/// A person's name: two to four words, each capitalised (or a particle),
/// two of them capitalised at least, letters only, none a job title's.
fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && !words.iter().any(|w| is_role_word(w))
        && words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count() >= 2
        && words.iter().all(|w| {
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let particle = matches!(*w, "de" | "da" | "van" | "von" | "der" | "del" | "la" | "le" | "bin" | "al");
            (capital || particle) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_name_authors() {
        assert_eq!(byline_authors("By Jane Doe and John Smith", false), Some(vec!["Jane Doe".into(), "John Smith".into()]));
        assert_eq!(byline_authors("Namita Singh", true), Some(vec!["Namita Singh".into()]));
        assert_eq!(byline_authors("Namita Singh", false), None);
        assert_eq!(byline_authors("Senior Editor", true), None);
        assert_eq!(byline_authors("By Jo Park, Staff Writer", false), Some(vec!["Jo Park".into()]));
        assert_eq!(byline_authors("Von Anna Müller", false), Some(vec!["Anna Müller".into()]));
        assert_eq!(byline_authors("By the way, this is not a byline", false), None);
        assert_eq!(byline_authors("Author: Alec Sills-Trausch", false), Some(vec!["Alec Sills-Trausch".into()]));
        assert_eq!(byline_authors("Written by Jo Park", false), Some(vec!["Jo Park".into()]));
        assert_eq!(byline_authors("By Korin MillerPublished: Jan 29, 2025", false), Some(vec!["Korin Miller".into()]));
        assert_eq!(byline_authors("Dylan Bailey, MS, RD, FAND", true), Some(vec!["Dylan Bailey".into()]));
        assert_eq!(byline_authors("Posted by Rosa Delgado on Tuesday, August 29, 2023 in Tips", false), Some(vec!["Rosa Delgado".into()]));
        assert_eq!(byline_authors("By Ana Ruiz, PhD, and Tom Lee", false), Some(vec!["Ana Ruiz".into(), "Tom Lee".into()]));
        assert_eq!(
            byline_authors("By: Benjamin Johnson, Sr. Director of Operations, Atlas Lines - 10+ Years in the Industry", false),
            Some(vec!["Benjamin Johnson".into()])
        );
    }

    #[test]
    fn a_dateline_can_open_with_the_byline() {
        let hints = Hints { language: Some("en"), not_after: None };
        assert_eq!(name_before_date("Tom Talbot October 14, 2025", &hints), Some("Tom Talbot".into()));
        assert_eq!(name_before_date("By Jane Doe | March 3, 2024", &hints), Some("Jane Doe".into()));
        assert_eq!(name_before_date("Updated March 3, 2024", &hints), None);
        assert_eq!(name_before_date("Publié le 5 février 2022 à 18h30", &hints), None);
        assert!(BYLINE_LABEL.is_match("Article written by:") && BYLINE_LABEL.is_match("Written by"));
        assert!(DATE_LABEL.is_match("Last Updated: Dec 17, 2025 • 5 min read") && !DATE_LABEL.is_match("Updates"));
    }
}
