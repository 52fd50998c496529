//! The story's head from text alone: the headline and standfirst above the
//! body, the byline (a "By …" line, or a bare name beside a dateline) read
//! into authors, and the dateline.

use super::classify::{Info, Kind};
use super::headline::{self, Address};
use super::lexicon::BYLINE_OPENER;

/// Lines above the body searched for the head.
pub const HEAD_LINES: usize = 25;
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

/// Read the head: bylines and dateline from the lines in `[from, to)`
/// (above the body), the headline as [`headline::pick`] finds it; `used`
/// marks lines already taken (captions).
pub fn read_head(lines: &[&str], infos: &[Info], from: usize, to: usize, story_end: usize, used: &[bool], address: &Address) -> Head {
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
    head.title = headline::pick(lines, infos, (to, story_end), used, address);
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
