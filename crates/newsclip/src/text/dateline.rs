//! Datelines: a line that is a publication date and little else
//! ("Sunday 12 December 2021 10:24 EST", "September 4, 2025",
//! "12.03.2024, 14:05 Uhr", "Published: 2024-03-12T09:30:00Z"), read with
//! [`crate::dates`] into an instant with its zone, or a bare date when the
//! line gives no time or no zone.

use crate::dates::{self, Hints};

/// Words besides the date itself a dateline may hold ("Published",
/// "Updated", "Posted on"…) before it stops being a dateline.
const MAX_OTHER_WORDS: usize = 4;
/// Longest dateline, in bytes.
const MAX_DATELINE_BYTES: usize = 120;

/// Whether a line holds nothing but a date (and a few label words), and if
/// so the date, rendered as [`dates::DateValue::render`] does.
pub fn parse_dateline(line: &str, hints: &Hints) -> Option<String> {
    if line.len() > MAX_DATELINE_BYTES {
        return None;
    }
    let (date, range) = dates::find(line, hints)?;
    let rest = format!("{} {}", &line[..range.start], &line[range.end..]);
    // "· 12 min read · 2,310 words": a reading time and a length are the
    // dateline's fields too.
    let other_words = rest
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic) && !matches!(w.to_ascii_lowercase().as_str(), "min" | "mins" | "min." | "minute" | "minutes" | "read" | "words"))
        .count();
    (other_words <= MAX_OTHER_WORDS).then(|| date.render())
}

#[cfg(test)]
mod tests {
    use super::parse_dateline;
    use crate::dates::Hints;

    fn parse(line: &str) -> Option<String> {
        parse_dateline(line, &Hints::default())
    }

    #[test]
    fn datelines_in_several_formats_and_zones() {
        let cases = [
            ("Sunday 12 December 2021 10:24 EST", "2021-12-12T10:24:00-05:00"),
            ("Published: March 3, 2024 at 4:05 pm PDT", "2024-03-03T16:05:00-07:00"),
            ("Updated 1st June 2023, 09:30 BST", "2023-06-01T09:30:00+01:00"),
            ("12.03.2024, 14:05 Uhr MEZ", "2024-03-12T14:05:00+01:00"),
            ("2024-03-12T09:30:00Z", "2024-03-12T09:30:00Z"),
            ("Publié le 5 février 2022 à 18h30 UTC+1", "2022-02-05T18:30:00+01:00"),
            ("September 4, 2025", "2025-09-04"),
            ("14 de marzo de 2023", "2023-03-14"),
            ("Mon 3 Jul 2023 07.00 CEST", "2023-07-03T07:00:00+02:00"),
            ("March 4, 2025 · 12 min read · 2,310 words · Ines Albrecht", "2025-03-04"),
        ];
        for (line, want) in cases {
            assert_eq!(parse(line).as_deref(), Some(want), "{line}");
        }
    }

    #[test]
    fn prose_and_impossible_dates_are_not_datelines() {
        assert_eq!(parse("The summit in Geneva on 16 June 2021 ended without a deal between them"), None);
        assert_eq!(parse("31 February 2021"), None);
        assert_eq!(parse("Namita Singh"), None);
    }
}
