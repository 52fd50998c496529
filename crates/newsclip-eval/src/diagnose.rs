//! Why a page scored low: the truth it missed and the text it leaked,
//! as lines (or sentences of long lines) whose words are mostly absent
//! from the other side.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

use crate::metrics::{words, Lowered};

/// Lines longer than this are cut into sentences before being judged.
const MAX_LINE_CHARS: usize = 240;
/// Segments with fewer words are not shown (menus' single words are many).
const MIN_SEGMENT_WORDS: usize = 4;
/// A segment counts as missed (or leaked) when less than this share of its
/// words is found on the other side (each word found once only).
const MAX_FOUND_SHARE: f64 = 0.5;
/// Missed words shorter than this are not listed (mostly function words).
const MIN_LISTED_WORD_CHARS: usize = 4;

/// A line or sentence and how much of it the other side has.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// The text, white space folded.
    pub text: String,
    /// Its words.
    pub words: usize,
    /// Of those, the ones found on the other side.
    pub found: usize,
}

/// The missed and leaked text of one page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Diagnosis {
    /// Truth words the prediction lacks (multiset difference), most frequent first.
    pub missed_words: Vec<(String, usize)>,
    /// Truth segments mostly absent from the prediction, largest loss first.
    pub missed: Vec<Segment>,
    /// Predicted segments mostly absent from the truth, largest first.
    pub leaked: Vec<Segment>,
}

/// Compare a prediction with the truth, keeping the `top` worst items of each kind.
pub fn diagnose(pred: &str, truth: &str, top: usize) -> Diagnosis {
    let (pred_low, truth_low) = (Lowered::new(pred), Lowered::new(truth));
    let (pred_words, truth_words) = (pred_low.words(), truth_low.words());

    let mut left: BTreeMap<&str, usize> = BTreeMap::new();
    for w in &truth_words {
        *left.entry(w).or_insert(0) += 1;
    }
    for w in &pred_words {
        if let Some(n) = left.get_mut(w) {
            *n = n.saturating_sub(1);
        }
    }
    let mut missed_words: Vec<(String, usize)> = left
        .into_iter()
        .filter(|&(w, n)| n > 0 && w.chars().count() >= MIN_LISTED_WORD_CHARS)
        .map(|(w, n)| (w.to_owned(), n))
        .collect();
    missed_words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    missed_words.truncate(top * 3);

    let mut missed = absent_segments(truth, counts(&pred_words));
    missed.sort_by_key(|s| Reverse(s.words - s.found));
    missed.truncate(top);
    let mut leaked = absent_segments(pred, counts(&truth_words));
    leaked.sort_by_key(|s| Reverse(s.words - s.found));
    leaked.truncate(top);
    Diagnosis {
        missed_words,
        missed,
        leaked,
    }
}

/// The multiset of `words`.
fn counts<'a>(words: &[&'a str]) -> HashMap<&'a str, usize> {
    let mut map = HashMap::new();
    for w in words {
        *map.entry(*w).or_insert(0) += 1;
    }
    map
}

/// The segments of `text` whose words are mostly not in `other`, a
/// multiset used up in reading order, so that a repeated paragraph shows
/// when the other side has it once.
fn absent_segments(text: &str, mut other: HashMap<&str, usize>) -> Vec<Segment> {
    segments(text)
        .into_iter()
        .filter_map(|seg| {
            let ws = words(&seg);
            let mut found = 0;
            for w in &ws {
                if let Some(n) = other.get_mut(w.as_str()).filter(|n| **n > 0) {
                    *n -= 1;
                    found += 1;
                }
            }
            (ws.len() >= MIN_SEGMENT_WORDS && (found as f64) < MAX_FOUND_SHARE * ws.len() as f64)
                .then_some(Segment {
                    text: seg,
                    words: ws.len(),
                    found,
                })
        })
        .collect()
}

/// The lines of `text`, long ones cut after sentence ends, white space folded.
fn segments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        if line.chars().count() <= MAX_LINE_CHARS {
            out.push(line);
            continue;
        }
        let mut start = 0;
        for (i, _) in line.match_indices([' ']) {
            let before = line[..i].chars().next_back();
            if matches!(before, Some('.' | '!' | '?' | '。')) && i - start > 40 {
                out.push(line[start..i].to_owned());
                start = i + 1;
            }
        }
        out.push(line[start..].to_owned());
    }
    out
}

/// `s` cut to `max_chars` characters, with an ellipsis when cut.
pub fn truncate(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_missed_and_leaked_lines() {
        let truth =
            "The council approved the new budget on Monday.\nSchools get more money next year.";
        let pred =
            "Home News Sport Weather Contact\nThe council approved the new budget on Monday.";
        let d = diagnose(pred, truth, 5);
        assert_eq!(d.missed.len(), 1);
        assert_eq!(d.missed[0].text, "Schools get more money next year.");
        assert_eq!(d.leaked.len(), 1);
        assert_eq!(d.leaked[0].text, "Home News Sport Weather Contact");
        assert_eq!(d.missed_words[0], ("money".to_string(), 1));
    }

    #[test]
    fn a_repeated_paragraph_found_once_is_missed_once() {
        let para = "Lorem ipsum dolor sit amet, consectetur adipisicing elit.";
        let d = diagnose(para, &format!("{para}\n{para}"), 5);
        assert_eq!(d.missed.len(), 1);
        assert_eq!((d.missed[0].found, d.missed[0].words), (0, 8));
        assert!(d.leaked.is_empty());
    }

    #[test]
    fn long_lines_are_cut_into_sentences() {
        let long = format!(
            "{} Short end here. {}",
            "word ".repeat(60).trim(),
            "tail ".repeat(10)
        );
        let segs = segments(&format!(
            "{long}. Another sentence that is long enough to count."
        ));
        assert!(segs.len() >= 2, "{segs:?}");
    }

    #[test]
    fn truncates_on_char_boundaries() {
        assert_eq!(truncate("héllo", 2), "hé…");
        assert_eq!(truncate("hé", 2), "hé");
    }
}
