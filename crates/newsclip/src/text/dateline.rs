//! Datelines: a line that is a publication date ("Sunday 12 December 2021
//! 10:24 EST", "September 4, 2025", "12.03.2024, 14:05 Uhr",
//! "2024-03-12T09:30:00Z"), read into an instant with its time zone, or a
//! bare date when the line gives no time or no zone. Month and weekday
//! names in English, German, French, Spanish, Italian, Portuguese, Dutch.

use std::sync::LazyLock;

use regex::Regex;

/// Words besides the date itself a dateline may hold ("Published",
/// "Updated", "Posted on"…) before it stops being a dateline.
const MAX_OTHER_WORDS: usize = 4;

/// Month names and abbreviations, with their number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
    ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
    ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("mai", 5), ("juni", 6), ("juli", 7), ("oktober", 10),
    ("okt", 10), ("dezember", 12), ("dez", 12),
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("juin", 6), ("juillet", 7), ("août", 8),
    ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12), ("decembre", 12),
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8),
    ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7), ("settembre", 9),
    ("ottobre", 10), ("dicembre", 12),
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("maio", 5), ("junho", 6), ("julho", 7), ("setembro", 9),
    ("outubro", 10), ("novembro", 11), ("dezembro", 12),
    ("januari", 1), ("februari", 2), ("maart", 3), ("mei", 5), ("augustus", 8), ("oktober", 10),
];

/// Time-zone abbreviations and their offsets from UTC, in minutes.
const ZONES: &[(&str, i32)] = &[
    ("utc", 0), ("gmt", 0), ("z", 0), ("wet", 0), ("bst", 60), ("ist", 330), ("cet", 60), ("cest", 120),
    ("mez", 60), ("mesz", 120), ("eet", 120), ("eest", 180), ("msk", 180), ("est", -300), ("edt", -240),
    ("cst", -360), ("cdt", -300), ("mst", -420), ("mdt", -360), ("pst", -480), ("pdt", -420), ("akst", -540),
    ("akdt", -480), ("hst", -600), ("ast", -240), ("adt", -180), ("nzst", 720), ("nzdt", 780), ("aest", 600),
    ("aedt", 660), ("acst", 570), ("awst", 480), ("jst", 540), ("kst", 540), ("hkt", 480), ("sgt", 480),
    ("wib", 420), ("pht", 480),
];

const MONTH_ALT: &str = r"[[:alpha:]äéèûç]{3,10}\.?";
const TIME: &str = r"(?:(?:at|um|à|a\s+las|alle|às|om|,|-|–|\|)\s*)?(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?:uhr|h))?(?:\s*\(?(?P<tz>[a-z]{1,5}|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?)\)?)?";

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?P<m>{MONTH_ALT})\s*,?\s+(?:de\s+)?(?P<y>\d{{4}})\b(?:\s*{TIME})?"))
        .expect("valid regex")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?P<m>{MONTH_ALT})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y>\d{{4}})\b(?:\s*{TIME})?"))
        .expect("valid regex")
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[t\s](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?\s*(?P<tz>z|[+-]\d{2}:?\d{2})?)?\b")
        .expect("valid regex")
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?P<d>\d{{1,2}})(?P<sep>[./])(?P<m>\d{{1,2}})[./](?P<y>\d{{4}})\b(?:\s*{TIME})?"))
        .expect("valid regex")
});

/// Whether a line holds nothing but a date (and a few label words), and if
/// so the date: RFC 3339 with offset when the line gives a time and a zone,
/// else `YYYY-MM-DD`.
pub fn parse_dateline(line: &str) -> Option<String> {
    if line.len() > 120 {
        return None;
    }
    let (date, range) = find_date(line)?;
    let rest = format!("{} {}", &line[..range.0], &line[range.1..]);
    let other_words = rest.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    (other_words <= MAX_OTHER_WORDS).then_some(date)
}

/// The first date written anywhere in `text`, with the byte range it spans.
pub fn find_date(text: &str) -> Option<(String, (usize, usize))> {
    for re in [&*ISO, &*DAY_MONTH_YEAR, &*MONTH_DAY_YEAR, &*NUMERIC] {
        for caps in re.captures_iter(text) {
            let whole = caps.get(0)?;
            let month = match caps.name("m") {
                Some(m) if m.as_str().chars().all(|c| c.is_ascii_digit()) => m.as_str().parse().ok(),
                Some(m) => month_number(m.as_str()),
                None => None,
            };
            let (Some(month), Some(day), Some(year)) = (
                month,
                caps.name("d").and_then(|d| d.as_str().parse::<u32>().ok()),
                caps.name("y").and_then(|y| y.as_str().parse::<i32>().ok()),
            ) else {
                continue;
            };
            if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) || !(1900..=2200).contains(&year) {
                continue;
            }
            let date = format!("{year:04}-{month:02}-{day:02}");
            let time = caps.name("h").zip(caps.name("mi")).and_then(|(h, mi)| {
                let mut h: u32 = h.as_str().parse().ok()?;
                let mi: u32 = mi.as_str().parse().ok()?;
                let s: u32 = caps.name("s").map_or(Some(0), |s| s.as_str().parse().ok())?;
                if let Some(ampm) = caps.name("ampm") {
                    let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
                    if h == 0 || h > 12 {
                        return None;
                    }
                    h = match (pm, h) {
                        (false, 12) => 0,
                        (true, 12) => 12,
                        (true, h) => h + 12,
                        (false, h) => h,
                    };
                }
                (h < 24 && mi < 60 && s < 60).then_some((h, mi, s))
            });
            let zone = caps.name("tz").and_then(|z| zone_offset(z.as_str()));
            let out = match (time, zone) {
                (Some((h, mi, s)), Some(off)) => {
                    let sign = if off < 0 { '-' } else { '+' };
                    let off = off.abs();
                    format!("{date}T{h:02}:{mi:02}:{s:02}{sign}{:02}:{:02}", off / 60, off % 60)
                }
                _ => date,
            };
            let end = if time.is_some() { whole.end() } else { caps.name("y").map_or(whole.end(), |y| y.end()) };
            return Some((out, (whole.start(), end)));
        }
    }
    None
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == lower).map(|(_, m)| *m)
}

/// Offset in minutes of a zone abbreviation or a numeric offset ("+0200",
/// "UTC+2", "-05:00").
fn zone_offset(zone: &str) -> Option<i32> {
    let z = zone.trim().to_ascii_lowercase();
    if let Some((_, off)) = ZONES.iter().find(|(n, _)| *n == z) {
        return Some(*off);
    }
    let num = z.trim_start_matches("utc").trim_start_matches("gmt").trim();
    let sign = match num.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let digits: String = num[1..].chars().filter(char::is_ascii_digit).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 => (digits[..1].parse::<i32>().ok()?, digits[1..].parse::<i32>().ok()?),
        4 => (digits[..2].parse::<i32>().ok()?, digits[2..].parse::<i32>().ok()?),
        _ => return None,
    };
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_dateline;

    #[test]
    fn datelines_in_several_formats_and_zones() {
        let cases = [
            ("Sunday 12 December 2021 10:24 EST", "2021-12-12T10:24:00-05:00"),
            ("Published: March 3, 2024 at 4:05 pm PDT", "2024-03-03T16:05:00-07:00"),
            ("Updated 1st June 2023, 09:30 BST", "2023-06-01T09:30:00+01:00"),
            ("12.03.2024, 14:05 Uhr MEZ", "2024-03-12T14:05:00+01:00"),
            ("2024-03-12T09:30:00Z", "2024-03-12T09:30:00+00:00"),
            ("Publié le 5 février 2022 à 18h30 (UTC+1)", "2022-02-05T18:30:00+01:00"),
            ("September 4, 2025", "2025-09-04"),
            ("14 de marzo de 2023", "2023-03-14"),
            ("Mon 3 Jul 2023 07.00 CEST", "2023-07-03T07:00:00+02:00"),
        ];
        for (line, want) in cases {
            assert_eq!(parse_dateline(line).as_deref(), Some(want), "{line}");
        }
    }

    #[test]
    fn prose_and_impossible_dates_are_not_datelines() {
        assert_eq!(parse_dateline("The summit in Geneva on 16 June 2021 ended without a deal between them"), None);
        assert_eq!(parse_dateline("31 February 2021"), None);
        assert_eq!(parse_dateline("Namita Singh"), None);
    }
}
