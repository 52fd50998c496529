//! The repeated records of a listing, a shop's collection or a ranking:
//! each item prints a few short lines (name, fit, colour, price; headline,
//! "3 hours ago") that the line classifier reads as furniture. An item's
//! anchor line (a price, a rating, an age, a count, a rank, or a short
//! label every item prints, "Limited offer", "Finalist") comes back at a
//! near-regular step, and the lines from the first item's top to the last
//! anchor are the records.

use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use super::classify::{Info, Kind};

/// Longest anchor line, in bytes: a price or "4.5 out of 5 stars", not a
/// sentence that holds one.
const MAX_ANCHOR_BYTES: usize = 40;
/// Fewest anchors of one kind in a run for the run to be records.
const MIN_RECORDS: usize = 4;
/// Most lines from one anchor to the next within a run of records.
const MAX_RECORD_LINES: usize = 12;
/// Most lines from one copy of a repeated label to the next within a run
/// of records: items under such a label print more lines (a title, a
/// summary, names, dates) than those under a price.
const MAX_LABELLED_RECORD_LINES: usize = 16;
/// Most words of a label that marks each item.
const MAX_LABEL_WORDS: usize = 6;

/// What marks one item of a listing, each kind on a line of its own.
static ANCHORS: LazyLock<[Regex; 5]> = LazyLock::new(|| {
    [
        // A price, or a sale price and the old one, or a range: "$36",
        // "£1,299.00", "From $12", "19,99 €", "120 kr", "USD 12.50",
        // "Price: $12", "$12.99 $15.99", "$10 - $20".
        r"(?i)^(?:(?:from|now|was|sale\s+price|regular\s+price|price|list|starting\s+at|ab|dès|desde|da|a\s+partir\s+de|vanaf)\s*:?\s*)?(?:(?:[$€£¥₹]|лв|(?:usd|eur|gbp|chf|aud|cad)\s?)\s?\d[\d,.]*(?:\s*(?:usd|eur|gbp))?|\d[\d,.]*\s?(?:€|kr|zł|лв|usd|eur|gbp|chf))(?:\s*[-–/]?\s*(?:(?:from|now|was|sale\s+price|regular\s+price|price|list)\s*:?\s*)?(?:(?:[$€£¥₹]|лв|(?:usd|eur|gbp|chf|aud|cad)\s?)\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|kr|zł|лв|usd|eur|gbp|chf)))*$",
        // A rating or a count of reviews: "4.5 out of 5 stars", "(1,234)", "87 reviews".
        r"(?i)^\d(?:[.,]\d)? out of 5 stars|^\(\d[\d,.]*\)$|^\d[\d,.]*\s+(?:reviews?|ratings?|bewertungen|avis|reseñas|recensioni|avaliações)$",
        // An age: "3 hours ago", "vor 2 Tagen", "il y a 5 jours", "hace 3 horas".
        r"(?i)^\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?|mins?|hrs?|[mhdwy])\s+ago$|^(?:vor|il y a|hace|há)\s+\d+\s+\w+$|^\d+\s+\w+\s+(?:fa|geleden)$",
        // A count under an item: "12 comments", "340 points", "1.2k followers".
        r"(?i)^\d[\d,.]*[km]?\s+(?:comments?|replies|points|views|votes|answers|followers|subscribers|members|downloads|kommentare|commentaires|comentarios|commenti|reacties)$",
        // An item's rank on a line of its own: "7.", "#12".
        r"^(?:\d{1,3}\.|#\d{1,3})$",
    ]
    .map(|re| Regex::new(re).expect("valid regex"))
});

/// The kind of anchor `line` is, as an index into [`ANCHORS`].
fn anchor_kind(line: &str) -> Option<usize> {
    if line.len() > MAX_ANCHOR_BYTES || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    ANCHORS.iter().position(|re| re.is_match(line))
}

/// The runs of records among `lines[..limit]`, as `[start, end)` line
/// spans in page order (they may overlap when two kinds of anchor mark
/// the same items). A run starts one step above its first anchor, the
/// step being the median distance between its anchors. Besides the
/// anchors of [`ANCHORS`], a short line printed four times or more (by
/// `keys`, the lines in lower case, and `infos`) marks records, unless it
/// is a call to action ("View all" under each column of a menu); as such
/// a label may open each item, its run ends a step under its last copy.
pub fn record_spans(lines: &[&str], keys: &[String], infos: &[Info], limit: usize) -> Records {
    let mut at: [Vec<usize>; 5] = Default::default();
    let mut labels: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, line) in lines[..limit].iter().enumerate() {
        if let Some(k) = anchor_kind(line) {
            at[k].push(i);
        } else if infos[i].repeats >= MIN_RECORDS
            && infos[i].words <= MAX_LABEL_WORDS
            && line.len() <= MAX_ANCHOR_BYTES
            && infos[i].kind != Kind::Prompt
        {
            labels.entry(keys[i].as_str()).or_default().push(i);
        }
    }
    let mut spans = Vec::new();
    for positions in &at {
        push_runs(positions, MAX_RECORD_LINES, true, limit, &mut spans);
    }
    for positions in labels.values() {
        push_runs(positions, MAX_LABELLED_RECORD_LINES, false, limit, &mut spans);
    }
    spans.sort_unstable();
    Records { spans, anchors: at.each_ref().map(Vec::len) }
}

/// A page's records, and what marked them.
#[derive(Debug, Default)]
pub struct Records {
    /// The runs of records, as `[start, end)` line spans in page order.
    pub spans: Vec<(usize, usize)>,
    /// Lines that are anchors of each kind of [`ANCHORS`] (prices,
    /// ratings, ages, counts, ranks), in runs or not.
    pub anchors: [usize; 5],
}

/// The runs of `positions` (anchors of one kind, in page order) at most
/// `max_step` lines apart with [`MIN_RECORDS`] anchors or more, each as
/// the span from one step above its first anchor to its last, or, for a
/// label (`label_ends` false: it may open each item as well as close
/// it), to one step under its last, within `limit`.
fn push_runs(positions: &[usize], max_step: usize, label_ends: bool, limit: usize, spans: &mut Vec<(usize, usize)>) {
    for run in positions.chunk_by(|a, b| b - a <= max_step) {
        if run.len() < MIN_RECORDS {
            continue;
        }
        let mut steps: Vec<usize> = run.windows(2).map(|w| w[1] - w[0]).collect();
        steps.sort_unstable();
        let step = steps[steps.len() / 2];
        let last = run[run.len() - 1];
        let end = if label_ends { last + 1 } else { (last + step).min(limit) };
        spans.push(((run[0] + 1).saturating_sub(step), end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Hints;
    use crate::text::classify;
    use crate::text::layout::Line;

    #[test]
    fn anchors_of_each_kind() {
        for (line, kind) in [("$36", 0), ("£1,299.00", 0), ("19,99 €", 0), ("From $12", 0), ("USD 12.50", 0), ("Price: $12", 0), ("$12.99 $15.99", 0), ("$10 - $20", 0), ("19,99 € 24,99 €", 0), ("4.5 out of 5 stars", 1), ("(1,234)", 1), ("3 hours ago", 2), ("vor 2 Tagen", 2), ("12 comments", 3), ("1.1k followers", 3), ("7.", 4), ("#12", 4)] {
            assert_eq!(anchor_kind(line), Some(kind), "{line}");
        }
        for line in ["Price", "Save $5", "$5 off", "The shirt costs $36 and ships free in two days.", "2024", "Chapter 3"] {
            assert_eq!(anchor_kind(line), None, "{line}");
        }
    }

    /// The record spans of `lines`, classified as the text path does.
    fn spans_of(lines: &[&str]) -> Vec<(usize, usize)> {
        let read: Vec<Line> = lines.iter().map(|l| Line { text: (*l).to_string(), ..Line::default() }).collect();
        let keys = classify::keys(&read);
        let infos = classify::classify(&read, Some(0), &Hints::default());
        record_spans(lines, &keys, &infos, lines.len()).spans
    }

    #[test]
    fn a_grid_of_priced_items_is_one_run() {
        let mut lines = vec!["Home", "Shop", "T-Shirts"];
        for (name, fit, colour) in [("Crest T-Shirt", "regular fit", "Navy"), ("Harbour Tee", "slim fit", "White"), ("Dune Tee", "loose fit", "Sand"), ("Pier Tee", "boxy fit", "Grey"), ("Cove Tee", "long fit", "Black")] {
            lines.extend([name, fit, colour, "$22"]);
        }
        lines.extend(["Newsletter", "$5 off your first order"]);
        assert_eq!(spans_of(&lines), vec![(3, 23)]);
        // Three items are not yet a listing.
        assert_eq!(spans_of(&lines[..15]), vec![]);
    }

    #[test]
    fn a_label_under_each_item_marks_records() {
        let mut lines = vec!["Home", "Awards", "This year's winners"];
        for (project, firm, city) in [
            ("Harbour Library", "North Studio", "Leeds"),
            ("River School", "Stone & Partners", "Ghent"),
            ("Hill Clinic", "Office Ten", "Porto"),
            ("Market Hall", "Atelier Vale", "Lyon"),
            ("Tide Museum", "Grey Works", "Bergen"),
        ] {
            lines.extend(["Winner", project, firm, city]);
        }
        lines.extend(["About us", "Contact"]);
        assert_eq!(spans_of(&lines), vec![(0, 23)]);
    }

    #[test]
    fn a_call_to_action_under_each_menu_column_marks_none() {
        let mut lines = vec!["Home"];
        for (a, b, c) in [("Balls", "Mats", "Bands"), ("Ladders", "Cones", "Hurdles"), ("Rollers", "Straps", "Wheels"), ("Carts", "Bags", "Leashes")] {
            lines.extend([a, b, c, "View all"]);
        }
        assert_eq!(spans_of(&lines), vec![]);
    }
}
