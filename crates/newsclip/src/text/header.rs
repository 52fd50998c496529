//! The story's head from text alone: the headline and standfirst above the
//! body, the byline (a "By …" line, or a bare name beside a dateline) read
//! into authors, and the dateline.

use super::classify::{Info, Kind};
use super::lexicon::BYLINE_OPENER;

/// Lines above the body searched for the head.
pub const HEAD_LINES: usize = 25;
/// Score lost per line between a headline candidate and the body.
const TITLE_DISTANCE_COST: f32 = 0.15;
/// Lines at the top of the story span that may hold the headline.
const STORY_HEAD_LINES: usize = 3;
/// Most words of a headline.
const MAX_TITLE_WORDS: usize = 40;
/// Fewest words of a standfirst.
const MIN_STANDFIRST_WORDS: usize = 8;
/// Most words of a byline.
const MAX_BYLINE_WORDS: usize = 12;

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
}

/// Read the head from the lines in `[from, to)` (above the body); `used`
/// marks lines already taken (captions).
pub fn read_head(lines: &[&str], infos: &[Info], from: usize, to: usize, story_end: usize, used: &[bool]) -> Head {
    let mut head = Head::default();
    for j in from..to {
        if used[j] {
            continue;
        }
        if infos[j].kind == Kind::Date {
            head.dateline = Some(j);
        }
        let next_to_date = |k: usize| infos.get(k).is_some_and(|i| i.kind == Kind::Date);
        if let Some(names) = byline_authors(lines[j], j > 0 && next_to_date(j - 1) || next_to_date(j + 1)) {
            head.bylines.push((j, names));
        }
    }
    let is_byline = |j: usize| head.bylines.iter().any(|(b, _)| *b == j);
    let is_meta = |k: usize| k < infos.len() && (infos[k].kind == Kind::Date || is_byline(k));
    let mut best: Option<(f32, usize)> = None;
    // The headline may open the story span: a heading-like line among its
    // first lines.
    let in_story = to..story_end.min(to + STORY_HEAD_LINES);
    for j in from..in_story.end {
        if used[j] || is_byline(j) || !headline_like(lines[j], &infos[j]) {
            continue;
        }
        if in_story.contains(&j) && infos[j].kind != Kind::Short {
            continue;
        }
        let score = title_score(lines, infos, j, to, &is_meta);
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, j));
        }
    }
    head.title = best.map(|(_, j)| j);
    if let Some(t) = head.title {
        head.standfirst = (t + 1..to.min(t + 3).max(t + 1))
            .filter(|&k| !used[k] && !is_meta(k))
            .find(|&k| matches!(infos[k].kind, Kind::Short | Kind::Prose) && infos[k].words >= MIN_STANDFIRST_WORDS)
            .filter(|&k| k == t + 1);
    }
    head
}

/// How much a line above the body looks like the headline: near the
/// body, a few words to a line, not a sentence, next to the byline or
/// dateline, printed twice (breadcrumb and heading) but no more.
fn title_score(lines: &[&str], infos: &[Info], j: usize, to: usize, is_meta: &dyn Fn(usize) -> bool) -> f32 {
    let info = &infos[j];
    let line = lines[j];
    let mut score = -TITLE_DISTANCE_COST * to.saturating_sub(j) as f32;
    if (4..=20).contains(&info.words) {
        score += 1.5;
    } else if info.words == 3 {
        score += 0.5;
    }
    if line.ends_with(['.', ',', ';']) {
        score -= 2.0;
    }
    if info.kind == Kind::Prose && info.words > 25 {
        score -= 2.0;
    }
    let capitals = line.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    if info.words >= 3 && capitals * 2 >= info.words {
        score += 0.5;
    }
    match info.repeats {
        2 | 3 => score += 1.0,
        r if r > 3 => score -= 1.0,
        _ => {}
    }
    if (j + 1..(j + 4).min(infos.len())).any(is_meta) {
        score += 2.0;
    } else if j > 0 && is_meta(j - 1) {
        score += 1.0;
    }
    // A standfirst sits under a shorter headline.
    if j > 0 && infos[j - 1].words < info.words && headline_like(lines[j - 1], &infos[j - 1]) && !is_meta(j - 1) {
        score -= 1.0;
    }
    let menu_like = |k: usize| infos.get(k).is_some_and(|i| i.words <= 3 && i.kind != Kind::Date);
    if j > 0 && menu_like(j - 1) && menu_like(j + 1) {
        score -= 1.5;
    }
    score
}

/// Whether a line can be a headline: a few words to a long sentence,
/// opening with a capital, a digit or a quote, not a prompt or a date.
fn headline_like(line: &str, info: &Info) -> bool {
    let kind_ok = matches!(info.kind, Kind::Short | Kind::Prose | Kind::Repeated);
    let first_ok = line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '“' | '‘' | '\'' | '«' | '¿' | '¡'));
    kind_ok
        && first_ok
        && !BYLINE_OPENER.is_match(line)
        && info.repeats <= 4
        && (2..=MAX_TITLE_WORDS).contains(&info.words)
        && line.chars().count() >= 10
        && !line.ends_with(':')
}

/// The authors a byline names: "By A and B", or, beside a dateline, a bare
/// line of one or two names.
pub fn byline_authors(line: &str, next_to_date: bool) -> Option<Vec<String>> {
    if line.split_whitespace().count() > MAX_BYLINE_WORDS {
        return None;
    }
    let names_part = match BYLINE_OPENER.captures(line) {
        Some(c) => c.get(1)?.as_str(),
        None if next_to_date => line,
        None => return None,
    };
    let names = split_names(names_part);
    (!names.is_empty() && names.iter().all(|n| is_name(n))).then_some(names)
}

/// Names joined by commas, "and", "&", "und", "et", "y", "e".
fn split_names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let cut = text.split(['|', '•', '·']).next().unwrap_or(text);
    for part in cut.split(',') {
        let mut rest = part.trim();
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

/// A person's name: two to four words, each capitalised (or a particle),
/// letters only.
fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len())
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
        assert_eq!(byline_authors("Von Anna Müller", false), Some(vec!["Anna Müller".into()]));
        assert_eq!(byline_authors("By the way, this is not a byline", false), None);
        assert_eq!(byline_authors("Author: Alec Sills-Trausch", false), Some(vec!["Alec Sills-Trausch".into()]));
        assert_eq!(byline_authors("Written by Jo Park", false), Some(vec!["Jo Park".into()]));
    }
}
