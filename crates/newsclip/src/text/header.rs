//! The story's head from text alone: the headline and standfirst above the
//! body, the byline (a "By …" line, or a bare name beside a dateline) read
//! into authors, and the dateline.

use super::classify::{Info, Kind};
use super::headline::{self, Address};
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{byline_rest, is_not_name_word, is_reviewer_line, BYLINE_OPENER, THREAD_STARTER};
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

/// Marks that part a dateline's fields ("Dec. 19, 2025 · Jo Park").
const FIELD_MARKS: [char; 6] = ['|', '•', '·', '●', '–', '—'];

/// The names a dateline holds: before the date ("Tom Talbot October 14,
/// 2025", "Jane Doe | March 3, 2024") when the words there are one; after
/// it, a "by" ("Updated on April 8, 2024 by Jo Park") or a field of its
/// own ("December 15, 2025 · 30 min · Jo Park").
fn names_in_dateline(line: &str, hints: &Hints) -> Option<Vec<String>> {
    let (_, range) = crate::dates::find(line, hints)?;
    let before = line[..range.start].trim().trim_end_matches(FIELD_MARKS).trim_end_matches([',', '-']).trim();
    let before = before.strip_suffix(" on").unwrap_or(before).trim();
    let before = byline_rest(before).unwrap_or(before);
    if is_name(before) {
        return Some(vec![before.to_string()]);
    }
    let after = line[range.end..].trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '-' || FIELD_MARKS.contains(&c));
    if after.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("by ")) {
        return byline_authors(after, false).filter(|n| !n.is_empty());
    }
    after
        .split(FIELD_MARKS)
        .map(|f| {
            let f = f.trim();
            f.find(" on ").map_or(f, |i| &f[..i])
        })
        .find(|f| is_name(f))
        .map(|f| vec![f.to_string()])
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
    // Bylines read from a bare name beside a date, by index.
    let mut bare: Vec<usize> = Vec::new();
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
            if let Some(names) = names_in_dateline(lines[j], hints) {
                head.bylines.push((j, names));
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
            if !under_label && byline_rest(lines[j]).is_none() && !THREAD_STARTER.is_match(lines[j]) {
                bare.push(head.bylines.len());
            }
            head.bylines.push((j, names));
        }
    }
    // "By Marta Lind" / "Food Science" / "July 2, 2024": beside a byline
    // that says "By", a bare name by the date is a topic's or a place's.
    if head.bylines.iter().enumerate().any(|(i, (_, n))| !n.is_empty() && !bare.contains(&i)) {
        for i in bare {
            head.bylines[i].1.clear();
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
    // "Thread starter jdoe": a forum names its thread's author by handle.
    if let Some(who) = THREAD_STARTER.captures(line).and_then(|c| c.get(1)) {
        let who = who.as_str();
        return (is_name(who) || is_handle(who)).then(|| vec![who.to_string()]);
    }
    let words = line.split_whitespace().count();
    let (names_part, opened) = match byline_rest(line) {
        Some(rest) if words <= MAX_OPENED_BYLINE_WORDS => (rest, true),
        _ if next_to_date && words <= MAX_BYLINE_WORDS => (line, false),
        _ => return None,
    };
    // "By Jane DoePublished: Jan 29, 2025": a date label glued on.
    let names_part = names_part.get(..glued_label_at(names_part)).unwrap_or(names_part);
    let names_part = before_date(names_part);
    // "Posted by Jane Doe on Tuesday…", "By Jane Doe | Staff": what follows
    // the names.
    // "by Jo Park—10 min read": no name holds a dash or a bar.
    let names_part = names_part.split(['—', '|', '•', '·', '●']).next().unwrap_or(names_part);
    let names_part = [" on ", " – ", " - ", " in ", " Updated", " Published", " Posted", " Last updated", " Last Updated"]
        .iter()
        .filter_map(|sep| names_part.find(sep))
        .min()
        .map_or(names_part, |i| &names_part[..i]);
    let mut names = split_names(names_part);
    // "Colin Gray Colin Gray": a name printed twice (a link and its text).
    for n in &mut names {
        if let Some(half) = doubled(n) {
            *n = half.to_string();
        }
    }
    // "By: Ben Johnson, Sr. Director of Operations": the names before the
    // first part that is not one (a role, a place). A bare line beside a
    // date must name a role there ("Audrey Huang, Managing Editor").
    let first_other = names.iter().position(|n| !is_name(n)).unwrap_or(names.len());
    if opened || names[first_other..].first().is_some_and(|n| n.split_whitespace().any(is_role_word)) {
        names.truncate(first_other);
    }
    if names.is_empty() || !names.iter().all(|n| is_name(n)) {
        return None;
    }
    // "Reviewed by Jo Lee": a byline of the page, but Jo Lee is no author.
    if opened && is_reviewer_line(line) {
        names.clear();
    }
    Some(names)
}

/// The name a line prints twice in a row ("Colin Gray Colin Gray"), if it does.
fn doubled(text: &str) -> Option<&str> {
    let words = text.split_whitespace().count();
    if words < 4 || words % 2 != 0 {
        return None;
    }
    let mid = text.char_indices().filter(|(_, c)| c.is_whitespace()).map(|(i, _)| i).nth(words / 2 - 1)?;
    let (a, b) = (text[..mid].trim(), text[mid..].trim());
    (a == b).then_some(a)
}

/// A forum user's handle: one word of letters, digits and `._-`, three
/// characters or more, a letter among them, no label.
fn is_handle(text: &str) -> bool {
    text.chars().count() >= 3
        && text.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && text.chars().any(char::is_alphabetic)
        && !is_not_name_word(&text.to_lowercase())
}

/// Where a date label ("Published", "Updated", "Posted") or a month's name
/// is glued onto the name before it, with no space ("Jane DoeDecember 30,
/// 2024"); the text's length when none is.
fn glued_label_at(text: &str) -> usize {
    const LABELS: [&str; 17] = [
        "Published", "Updated", "Posted", "Last updated", "Reviewed", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ];
    let mut at = text.len();
    for label in LABELS {
        let mut from = 0;
        while let Some(i) = text[from..at].find(label).map(|i| i + from) {
            if text[..i].chars().next_back().is_some_and(char::is_lowercase) {
                at = i;
                break;
            }
            from = i + label.len();
        }
    }
    at
}

/// What comes before a date that follows the names with a space ("Jane
/// Doe December 8, 2024"): no name holds a digit, nor ends on a month.
fn before_date(text: &str) -> &str {
    let Some(digit) = text.find(|c: char| c.is_ascii_digit()) else { return text };
    let head = text[..digit].trim_end();
    match head.rsplit_once(' ') {
        Some((names, last)) if crate::dates::month_number(last).is_some() => names.trim_end(),
        _ => head,
    }
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

/// A lower-case word inside a name: "van der", "de la", "bin".
fn is_particle(word: &str) -> bool {
    matches!(word, "de" | "da" | "van" | "von" | "der" | "den" | "del" | "della" | "di" | "du" | "la" | "le" | "bin" | "al" | "ten" | "ter")
}

/// A person's name: two to four words, each capitalised (or a particle),
/// two of them capitalised at least, letters only, none a job title's.
fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let particles = words.iter().filter(|w| is_particle(w)).count();
    (2..=4).contains(&(words.len() - particles))
        && words.len() <= 6
        && !words.iter().any(|w| is_role_word(w) || is_not_name_word(&w.trim_end_matches([':', ',', '.']).to_lowercase()))
        && words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count() >= 2
        && words.iter().all(|w| {
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            (capital || is_particle(w)) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
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
        // Labels and buttons beside a date are no names.
        for label in ["Written By", "Fact Checked", "Last Updated", "Table of Contents", "Sign In", "Save Saved Saving", "In This Article"] {
            assert_eq!(byline_authors(label, true), None, "{label}");
        }
        assert_eq!(byline_authors("ByNina Pineda", false), Some(vec!["Nina Pineda".into()]));
        // A reviewer's line is a byline without authors.
        assert_eq!(byline_authors("Fact-checked by Paul Rankin", false), Some(vec![]));
        assert_eq!(byline_authors("Reviewed by Jo Lee", false), Some(vec![]));
        assert_eq!(byline_authors("Software Engineering", true), None);
        assert_eq!(byline_authors("ByHeather Handmade December 8December 8", false), Some(vec!["Heather Handmade".into()]));
        assert_eq!(byline_authors("by Jacob Trussell—10 min read", false), Some(vec!["Jacob Trussell".into()]));
        assert_eq!(byline_authors("Audrey Huang, Print Managing Editor", true), Some(vec!["Audrey Huang".into()]));
        assert_eq!(byline_authors("Audrey Huang, Boston", true), None);
        assert_eq!(
            byline_authors("Written by Dr Marna van der Merwe, Dr Dieter Veldsman", false),
            Some(vec!["Dr Marna van der Merwe".into(), "Dr Dieter Veldsman".into()])
        );
        assert_eq!(byline_authors("Thread starter latawiec", false), Some(vec!["latawiec".into()]));
        assert_eq!(byline_authors("Started by Chris Hall", false), Some(vec!["Chris Hall".into()]));
        assert_eq!(byline_authors("Thread starter Reply", false), None);
        assert_eq!(byline_authors("Posted byDamien WalterDecember 30, 2024December 30, 2024", false), Some(vec!["Damien Walter".into()]));
        assert_eq!(byline_authors("This post was written by Dana Pole, Head of Marketing", false), Some(vec!["Dana Pole".into()]));
        assert_eq!(byline_authors("Bytes and Bits", false), None);
        assert_eq!(byline_rest("Bytes and Bits"), None);
        assert_eq!(byline_rest("Posted byDamien Walter"), Some("Damien Walter"));
        assert_eq!(byline_authors("Written by: Colin Gray Colin Gray", false), Some(vec!["Colin Gray".into()]));
        assert_eq!(byline_authors("By Richard Garner Updated Sep 5, 2024", false), Some(vec!["Richard Garner".into()]));
        assert_eq!(
            byline_authors("By: Benjamin Johnson, Sr. Director of Operations, Atlas Lines - 10+ Years in the Industry", false),
            Some(vec!["Benjamin Johnson".into()])
        );
    }

    #[test]
    fn a_dateline_can_open_with_the_byline() {
        let hints = Hints { language: Some("en"), not_after: None };
        let one = |n: &str| Some(vec![n.to_string()]);
        assert_eq!(names_in_dateline("Tom Talbot October 14, 2025", &hints), one("Tom Talbot"));
        assert_eq!(names_in_dateline("By Jane Doe | March 3, 2024", &hints), one("Jane Doe"));
        assert_eq!(names_in_dateline("Updated March 3, 2024", &hints), None);
        assert_eq!(names_in_dateline("Publié le 5 février 2022 à 18h30", &hints), None);
        assert_eq!(names_in_dateline("Last Updated on April 8, 2024 by Amanda Brooks", &hints), one("Amanda Brooks"));
        assert_eq!(names_in_dateline("December 15, 2025 · 30 min · 6279 words · Ash Vardanian", &hints), one("Ash Vardanian"));
        assert_eq!(names_in_dateline("Dec. 19, 2025 · Niko Matsakis on behalf of the Vision group", &hints), one("Niko Matsakis"));
        assert_eq!(names_in_dateline("March 3, 2024 · 5 min read", &hints), None);
        assert!(BYLINE_LABEL.is_match("Article written by:") && BYLINE_LABEL.is_match("Written by"));
        assert!(DATE_LABEL.is_match("Last Updated: Dec 17, 2025 • 5 min read") && !DATE_LABEL.is_match("Updates"));
    }
}
