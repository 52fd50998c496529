//! Dates as pages write them → a calendar date, a time of day and a zone.
//!
//! One reader serves every source: machine values (`2021-12-12T10:24:00Z`,
//! `Sun, 12 Dec 2021 10:24:00 GMT`), visible datelines in seven languages
//! (`Sunday 12 December 2021 10:24 EST`, `12. Dezember 2021, 10:24 Uhr`,
//! `le 12 décembre 2021 à 10h24`, `12 de diciembre de 2021`, `December 12,
//! 2021 at 10:24 a.m. ET`), numeric dates whose day/month order is settled by
//! the page's language, and dates in URLs (`/2021/12/12/`).
//!
//! A named zone ("EST", "BST", "CET", "ET") becomes an offset; US zones
//! without a season ("ET", "PT") take daylight time by the US rule. Dates
//! before [`EARLIEST_YEAR`] or after the crawl time are rejected.

use chrono::{Datelike, FixedOffset, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};
use std::ops::Range;

/// Dates before this year are not publication dates of web pages.
pub const EARLIEST_YEAR: i32 = 1995;

/// A date read from a page: a day, maybe a time, maybe a zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateValue {
    /// The calendar day.
    pub date: NaiveDate,
    /// The time of day, when written.
    pub time: Option<NaiveTime>,
    /// The zone's offset from UTC, when written or named.
    pub offset: Option<FixedOffset>,
}

impl DateValue {
    /// RFC 3339 (`2021-12-12T10:24:00-05:00`) when time and zone are known;
    /// `2021-12-12T10:24:00` (local time) when the zone is not; else the
    /// date `2021-12-12`.
    pub fn render(&self) -> String {
        match (self.time, self.offset) {
            (Some(t), Some(o)) => {
                let dt = self.date.and_time(t);
                match o.from_local_datetime(&dt).single() {
                    Some(x) => x.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    None => dt.format("%Y-%m-%dT%H:%M:%S").to_string(),
                }
            }
            (Some(t), None) => self.date.and_time(t).format("%Y-%m-%dT%H:%M:%S").to_string(),
            _ => self.date.format("%Y-%m-%d").to_string(),
        }
    }

    /// Seconds since the Unix epoch (midnight UTC for a bare date).
    pub fn timestamp(&self) -> i64 {
        let dt = self.date.and_time(self.time.unwrap_or(NaiveTime::MIN));
        dt.and_utc().timestamp() - self.offset.map_or(0, |o| o.local_minus_utc() as i64)
    }
}

/// What helps to read an ambiguous date.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// The page's language (BCP 47): `en-US` reads 03/04 as March 4th,
    /// every other language as 3 April.
    pub language: Option<&'a str>,
    /// Dates after this instant (seconds since the epoch) are rejected;
    /// `None` means now.
    pub not_after: Option<i64>,
}

impl Hints<'_> {
    fn month_first(&self) -> bool {
        self.language.is_some_and(|l| {
            let l = l.to_ascii_lowercase();
            l == "en-us" || l == "en_us" || l == "en-ph" || l == "en-ca"
        })
    }

    fn plausible(&self, v: &DateValue) -> bool {
        if v.date.year() < EARLIEST_YEAR {
            return false;
        }
        let limit = self.not_after.unwrap_or_else(|| Utc::now().timestamp());
        // A day's grace: zones and clocks differ.
        v.timestamp() <= limit + 86_400
    }
}

/// Read a whole value as a date (a meta tag's content, a JSON-LD
/// `datePublished`, a `<time datetime>`): the first date in it.
pub fn parse(text: &str, hints: &Hints) -> Option<DateValue> {
    find(text, hints).map(|(v, _)| v)
}

/// Find the first plausible date in running text, with the byte range it
/// spans (the time and zone included).
pub fn find(text: &str, hints: &Hints) -> Option<(DateValue, Range<usize>)> {
    if text.len() > 2_000 {
        return find(&text[..floor_char_boundary(text, 2_000)], hints);
    }
    let toks = lex(text);
    for i in 0..toks.len() {
        if let Some((mut v, end)) = date_at(&toks, i, hints) {
            let mut end_byte = toks[end - 1].span.end;
            if let Some((t, off, e)) = time_at(&toks, end, v.date) {
                v.time = Some(t);
                v.offset = off;
                end_byte = toks[e - 1].span.end;
            }
            if hints.plausible(&v) {
                return Some((v, toks[i].span.start..end_byte));
            }
        }
    }
    None
}

/// A date in a URL's path: `/2021/12/12/`, `/2021-12-12-`, `/20211212/`.
pub fn from_url(url: &str, hints: &Hints) -> Option<DateValue> {
    let path = url.split("://").nth(1).map_or(url, |r| r.find('/').map_or("", |i| &r[i..]));
    let path = path.split(['?', '#']).next().unwrap_or("");
    let toks = lex(path);
    for i in 0..toks.len() {
        let Tok { kind: Kind::Num(y), digits: 4, .. } = toks[i] else { continue };
        // Y/M/D with / or - between.
        if let (Some(m), Some(d)) = (num_after_sep(&toks, i + 1, &['/', '-', '_']), num_after_sep(&toks, i + 3, &['/', '-', '_'])) {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                let v = DateValue { date, time: None, offset: None };
                if hints.plausible(&v) {
                    return Some(v);
                }
            }
        }
    }
    // An eight-digit run: 20211212.
    for t in &toks {
        if let Kind::Num(n) = t.kind {
            if t.digits == 8 {
                let (y, m, d) = ((n / 10_000) as i32, n / 100 % 100, n % 100);
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    let v = DateValue { date, time: None, offset: None };
                    if hints.plausible(&v) && y >= 2000 {
                        return Some(v);
                    }
                }
            }
        }
    }
    None
}

fn num_after_sep(toks: &[Tok], i: usize, seps: &[char]) -> Option<u32> {
    let sep = toks.get(i)?;
    let num = toks.get(i + 1)?;
    match (sep.kind, num.kind) {
        (Kind::Sep(c), Kind::Num(n)) if seps.contains(&c) && num.digits <= 2 && sep.span.end == num.span.start => Some(n),
        _ => None,
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

// ---------------------------------------------------------------- lexing

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind<'a> {
    Num(u32),
    Word(&'a str),
    Sep(char),
}

#[derive(Debug, Clone)]
struct Tok<'a> {
    kind: Kind<'a>,
    digits: u8,
    span: Range<usize>,
    /// White space comes right before this token.
    spaced: bool,
}

/// Cut text into numbers, words (letters only) and single punctuation
/// marks; white space separates and is remembered.
fn lex(text: &str) -> Vec<Tok<'_>> {
    // Room for a dateline's tokens.
    let mut toks = Vec::with_capacity(16);
    let mut chars = text.char_indices().peekable();
    let mut spaced = true;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        if c.is_ascii_digit() {
            let mut end = i + 1;
            let mut n: u64 = c as u64 - '0' as u64;
            let mut digits = 1u32;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                n = (n * 10 + (d as u64 - '0' as u64)).min(u32::MAX as u64);
                digits += 1;
                end = j + 1;
                chars.next();
            }
            toks.push(Tok { kind: Kind::Num(n as u32), digits: digits.min(255) as u8, span: i..end, spaced });
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            toks.push(Tok { kind: Kind::Word(&text[i..end]), digits: 0, span: i..end, spaced });
        } else {
            toks.push(Tok { kind: Kind::Sep(c), digits: 0, span: i..i + c.len_utf8(), spaced });
        }
        spaced = false;
        if toks.len() > 4_000 {
            break;
        }
    }
    toks
}

// ---------------------------------------------------------------- months

/// Month names and abbreviations in English, German, French, Spanish,
/// Italian, Portuguese and Dutch (lower case; accents both kept and dropped).
const MONTHS: &[(&str, u32)] = &[
    // English
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
    ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    // German
    ("januar", 1), ("jänner", 1), ("jaenner", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("marz", 3),
    ("mai", 5), ("juni", 6), ("juli", 7), ("oktober", 10), ("dezember", 12),
    ("mär", 3), ("mrz", 3), ("okt", 10), ("dez", 12),
    // French
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("juin", 6),
    ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("décembre", 12), ("decembre", 12), ("janv", 1), ("févr", 2), ("fevr", 2), ("avr", 4),
    ("juil", 7), ("déc", 12),
    // Spanish
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
    ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10),
    ("noviembre", 11), ("diciembre", 12), ("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12),
    // Italian
    ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7),
    ("settembre", 9), ("ottobre", 10), ("dicembre", 12), ("gen", 1), ("mag", 5), ("giu", 6),
    ("lug", 7), ("set", 9), ("ott", 10),
    // Portuguese
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("marco", 3), ("maio", 5), ("junho", 6),
    ("julho", 7), ("setembro", 9), ("outubro", 10), ("dezembro", 12), ("fev", 2), ("out", 10),
    // Dutch
    ("januari", 1), ("februari", 2), ("maart", 3), ("mei", 5), ("augustus", 8), ("mrt", 3),
];

/// The month a word names. An ASCII word is compared without folding it
/// into a new string (the names are in lower case, so ignoring ASCII case
/// is the same test); only another word is lower-cased first.
fn month(word: &str) -> Option<u32> {
    /// [`MONTHS`] by name: one lookup a word, not a scan of the list.
    static BY_NAME: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u32>> =
        std::sync::LazyLock::new(|| MONTHS.iter().copied().collect());
    if word.len() > 12 {
        return None;
    }
    if word.is_ascii() {
        // Lower-cased on the stack: most words are no month.
        let mut buf = [0u8; 12];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).ok().and_then(|l| BY_NAME.get(l).copied());
    }
    BY_NAME.get(word.to_lowercase().as_str()).copied()
}

/// The month a word names, in any of the languages read ("December",
/// "déc", "maart"), for callers outside this module.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    month(word.trim_end_matches(['.', ',']))
}

/// Whether `word` is one of `words` (in lower case), ASCII case ignored.
fn one_of(word: &str, words: &[&str]) -> bool {
    words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words that may stand between a day, a month and a year: "12 de
/// diciembre de 2021", "the 12th of December".
fn filler(word: &str) -> bool {
    one_of(word, &["de", "del", "of", "the", "di", "van"])
}

fn ordinal_suffix(word: &str) -> bool {
    one_of(word, &["st", "nd", "rd", "th", "er", "e", "º", "o"])
}

// ---------------------------------------------------------------- dates

fn year_of(t: &Tok) -> Option<i32> {
    match t.kind {
        Kind::Num(n) if t.digits == 4 && (1900..=2100).contains(&n) => Some(n as i32),
        _ => None,
    }
}

fn day_of(t: &Tok) -> Option<u32> {
    match t.kind {
        Kind::Num(n) if t.digits <= 2 && (1..=31).contains(&n) => Some(n),
        _ => None,
    }
}

/// Skip tokens that may separate date parts: `.`, `,`, fillers, ordinal
/// suffixes glued to the day.
fn skip_glue(toks: &[Tok], mut i: usize) -> usize {
    let mut n = 0;
    while let Some(t) = toks.get(i) {
        let glue = match t.kind {
            Kind::Sep(c) => matches!(c, '.' | ',' | '-' | '/'),
            Kind::Word(w) => filler(w) || (ordinal_suffix(w) && !t.spaced),
            Kind::Num(_) => false,
        };
        if !glue || n >= 3 {
            break;
        }
        i += 1;
        n += 1;
    }
    i
}

/// A date starting at token `i`: returns it and the index after it.
fn date_at(toks: &[Tok], i: usize, hints: &Hints) -> Option<(DateValue, usize)> {
    let t = &toks[i];
    let mk = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).map(|date| DateValue { date, time: None, offset: None });
    match t.kind {
        Kind::Num(_) if t.digits == 4 => {
            // ISO and Y/M/D: 2021-12-12, 2021/12/12, 2021.12.12
            let y = year_of(t)?;
            // Y Month D, as citation metadata writes it: "2023 Jan 7"; not
            // running text ("in 2023 May 12 people came").
            if let (Some(Kind::Word(w)), Some(d)) = (toks.get(i + 1).map(|t| t.kind), toks.get(i + 2)) {
                let m = month(w)?;
                let day = day_of(d).filter(|_| d.spaced && toks.get(i + 1).is_some_and(|t| t.spaced))?;
                if matches!(toks.get(i + 3).map(|t| t.kind), Some(Kind::Word(_) | Kind::Num(_))) {
                    return None;
                }
                return Some((mk(y, m, day)?, i + 3));
            }
            let (s1, m, s2, d) = (toks.get(i + 1)?, toks.get(i + 2)?, toks.get(i + 3)?, toks.get(i + 4)?);
            match (s1.kind, m.kind, s2.kind, d.kind) {
                (Kind::Sep(a), Kind::Num(mm), Kind::Sep(b), Kind::Num(dd))
                    if a == b && matches!(a, '-' | '/' | '.') && m.digits <= 2 && d.digits <= 2 =>
                {
                    Some((mk(y, mm, dd)?, i + 5))
                }
                _ => None,
            }
        }
        Kind::Num(_) => {
            let day = day_of(t)?;
            // D Month Y: "12 December 2021", "12. Dezember 2021", "12 de diciembre de 2021"
            let j = skip_glue(toks, i + 1);
            if let Some(Kind::Word(w)) = toks.get(j).map(|t| t.kind) {
                if let Some(m) = month(w) {
                    let k = skip_glue(toks, j + 1);
                    let y = year_of(toks.get(k)?)?;
                    return Some((mk(y, m, day)?, k + 1));
                }
            }
            // Numeric: 12/12/2021, 12.12.2021, 12-12-21
            let (s1, b, s2, c) = (toks.get(i + 1)?, toks.get(i + 2)?, toks.get(i + 3)?, toks.get(i + 4)?);
            match (s1.kind, b.kind, s2.kind, c.kind) {
                (Kind::Sep(x), Kind::Num(second), Kind::Sep(y2), Kind::Num(yy))
                    if x == y2 && matches!(x, '/' | '.' | '-') && b.digits <= 2 && (c.digits == 4 || c.digits == 2)
                        && !s1.spaced && !b.spaced && !s2.spaced && !c.spaced =>
                {
                    let year = if c.digits == 4 {
                        year_of(c)?
                    } else {
                        let now = Utc::now().year() % 100;
                        if (yy as i32) <= now { 2000 + yy as i32 } else { 1900 + yy as i32 }
                    };
                    // A following digit run means this is not a date (a version, a phone number).
                    if matches!(toks.get(i + 5).map(|t| (t.kind, t.spaced)), Some((Kind::Sep('.' | '/' | '-'), false))) && matches!(toks.get(i + 6).map(|t| t.kind), Some(Kind::Num(_))) {
                        return None;
                    }
                    // The first number is the month when the second cannot be
                    // one, or when the page's locale writes months first.
                    let month_first = day <= 12 && (second > 12 || (hints.month_first() && x != '.'));
                    let (m, d) = if month_first { (day, second) } else { (second, day) };
                    Some((mk(year, m, d)?, i + 5))
                }
                _ => None,
            }
        }
        Kind::Word(w) => {
            // Month D, Y: "December 12, 2021", "Dec. 12th 2021"
            let m = month(w)?;
            let j = skip_glue(toks, i + 1);
            let dt = toks.get(j)?;
            if let Some(y) = year_of(dt) {
                // "December 2021, 12"? No: month and year only is not a day.
                let _ = y;
                return None;
            }
            let d = day_of(dt)?;
            let k = skip_glue(toks, j + 1);
            let y = year_of(toks.get(k)?)?;
            Some((mk(y, m, d)?, k + 1))
        }
        Kind::Sep(_) => None,
    }
}

// ---------------------------------------------------------------- times

/// Words that join a date to its time: "at", "um", "à", "a las", "alle", "om".
fn time_joiner(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "at" | "um" | "à" | "a" | "las" | "la" | "alle" | "ore" | "om" | "às" | "t" | "kl" | "klo"
    )
}

/// A time of day starting at or just after token `i`, with its zone.
fn time_at(toks: &[Tok], mut i: usize, date: NaiveDate) -> Option<(NaiveTime, Option<FixedOffset>, usize)> {
    let mut steps = 0;
    while let Some(t) = toks.get(i) {
        let skip = match t.kind {
            Kind::Sep(c) => matches!(c, ',' | '-' | '|' | '•' | '·' | '@' | '/' | '–' | '—'),
            Kind::Word(w) => time_joiner(w) || weekday(w),
            Kind::Num(_) => false,
        };
        if !skip || steps >= 4 {
            break;
        }
        i += 1;
        steps += 1;
    }
    let h = toks.get(i)?;
    let Kind::Num(hour) = h.kind else { return None };
    if h.digits > 2 || hour > 24 {
        return None;
    }
    let sep = toks.get(i + 1)?;
    let mins = toks.get(i + 2)?;
    let ok_sep = match sep.kind {
        Kind::Sep(':') | Kind::Sep('.') => true,
        Kind::Word(w) => w.eq_ignore_ascii_case("h"),
        _ => false,
    };
    let Kind::Num(minute) = mins.kind else { return None };
    if !ok_sep || mins.digits != 2 || minute > 59 {
        return None;
    }
    let mut j = i + 3;
    let mut second = 0;
    if let (Some(Kind::Sep(':')), Some(Tok { kind: Kind::Num(s), digits: 2, .. })) = (toks.get(j).map(|t| t.kind), toks.get(j + 1)) {
        if *s <= 60 {
            second = (*s).min(59);
            j += 2;
            // Fractions of a second.
            if let (Some(Kind::Sep('.' | ',')), Some(Kind::Num(_))) = (toks.get(j).map(|t| t.kind), toks.get(j + 1).map(|t| t.kind)) {
                j += 2;
            }
        }
    }
    let mut hour = hour;
    // am / pm, a.m. / p.m.
    if let Some(Kind::Word(w)) = toks.get(j).map(|t| t.kind) {
        let w = w.to_ascii_lowercase();
        let (is_am, is_pm) = (w == "am" || w == "a", w == "pm" || w == "p");
        if is_am || is_pm {
            if is_pm && hour < 12 {
                hour += 12;
            } else if is_am && hour == 12 {
                hour = 0;
            }
            j += 1;
            if w.len() == 1 {
                // a.m. → a . m .
                while matches!(toks.get(j).map(|t| t.kind), Some(Kind::Sep('.')) | Some(Kind::Word("m" | "M"))) {
                    j += 1;
                }
            }
        } else if w == "uhr" || w == "h" {
            j += 1;
        }
    }
    let time = NaiveTime::from_hms_opt(hour % 24, minute, second)?;
    let (offset, j) = match zone_at(toks, j, date, time) {
        Some((o, e)) => (Some(o), e),
        None => (None, j),
    };
    Some((time, offset, j))
}

/// Whether a word names a day of the week (English, German, French, Spanish).
pub(crate) fn weekday(word: &str) -> bool {
    let w = word.to_lowercase();
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    ]
    .contains(&w.as_str())
}

/// A zone after a time: `Z`, `+05:00`, `+0500`, `GMT+1`, `UTC`, `EST`, `ET`…
fn zone_at(toks: &[Tok], i: usize, date: NaiveDate, time: NaiveTime) -> Option<(FixedOffset, usize)> {
    let t = toks.get(i)?;
    if t.kind == Kind::Sep('(') {
        // "(UTC+1)", "(EST)": a zone in parentheses.
        let (o, e) = zone_at(toks, i + 1, date, time)?;
        return match toks.get(e).map(|t| t.kind) {
            Some(Kind::Sep(')')) => Some((o, e + 1)),
            _ => None,
        };
    }
    match t.kind {
        Kind::Sep(c @ ('+' | '-' | '−')) => {
            let sign = if c == '+' { 1 } else { -1 };
            let (secs, e) = numeric_offset(toks, i + 1)?;
            Some((FixedOffset::east_opt(sign * secs)?, e))
        }
        Kind::Word(w) => {
            let upper = w.to_ascii_uppercase();
            if matches!(upper.as_str(), "GMT" | "UTC" | "Z") {
                // GMT+1, UTC-05:00
                if let Some(Kind::Sep(c @ ('+' | '-'))) = toks.get(i + 1).map(|t| t.kind) {
                    let sign = if c == '+' { 1 } else { -1 };
                    if let Some((secs, e)) = numeric_offset(toks, i + 2) {
                        return Some((FixedOffset::east_opt(sign * secs)?, e));
                    }
                }
                return Some((FixedOffset::east_opt(0)?, i + 1));
            }
            let mins = named_zone(&upper, date, time)?;
            Some((FixedOffset::east_opt(mins * 60)?, i + 1))
        }
        _ => None,
    }
}

/// `05:00`, `0500`, `5`, `05` → seconds.
fn numeric_offset(toks: &[Tok], i: usize) -> Option<(i32, usize)> {
    let t = toks.get(i)?;
    let Kind::Num(n) = t.kind else { return None };
    let (h, m, e) = match t.digits {
        4 => (n / 100, n % 100, i + 1),
        1 | 2 => match (toks.get(i + 1).map(|t| t.kind), toks.get(i + 2)) {
            (Some(Kind::Sep(':')), Some(Tok { kind: Kind::Num(m), digits: 2, .. })) => (n, *m, i + 3),
            _ => (n, 0, i + 1),
        },
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    Some(((h * 3600 + m * 60) as i32, e))
}

/// Minutes east of UTC for a zone abbreviation.
fn named_zone(name: &str, date: NaiveDate, time: NaiveTime) -> Option<i32> {
    let us_dst = us_daylight(date, time);
    Some(match name {
        "EST" => -300,
        "EDT" => -240,
        "CST" => -360,
        "CDT" => -300,
        "MST" => -420,
        "MDT" => -360,
        "PST" => -480,
        "PDT" => -420,
        "AKST" => -540,
        "AKDT" => -480,
        "HST" => -600,
        "ET" => if us_dst { -240 } else { -300 },
        "CT" => if us_dst { -300 } else { -360 },
        "MT" => if us_dst { -360 } else { -420 },
        "PT" => if us_dst { -420 } else { -480 },
        "BST" => 60,
        "IST" => 330,
        "WET" => 0,
        "WEST" => 60,
        "CET" | "MEZ" => 60,
        "CEST" | "MESZ" => 120,
        "EET" | "OEZ" => 120,
        "EEST" | "OESZ" => 180,
        "MSK" => 180,
        "GST" => 240,
        "PKT" => 300,
        "SGT" | "HKT" | "AWST" | "PHT" => 480,
        "JST" | "KST" => 540,
        "ACST" => 570,
        "AEST" => 600,
        "ACDT" => 630,
        "AEDT" => 660,
        "NZST" => 720,
        "NZDT" => 780,
        "BRT" => -180,
        "ART" => -180,
        _ => return None,
    })
}

/// US daylight saving time: second Sunday of March to first Sunday of November.
fn us_daylight(date: NaiveDate, time: NaiveTime) -> bool {
    let y = date.year();
    let nth_sunday = |month: u32, n: u32| -> Option<NaiveDate> {
        let first = NaiveDate::from_ymd_opt(y, month, 1)?;
        let offset = (7 - first.weekday().num_days_from_sunday()) % 7;
        first.checked_add_days(chrono::Days::new((offset + 7 * (n - 1)) as u64))
    };
    let (Some(start), Some(end)) = (nth_sunday(3, 2), nth_sunday(11, 1)) else { return false };
    let after_start = date > start || (date == start && time.hour() >= 2);
    let before_end = date < end || (date == end && time.hour() < 2);
    after_start && before_end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<String> {
        parse(s, &Hints::default()).map(|v| v.render())
    }

    fn pl(s: &str, lang: &str) -> Option<String> {
        parse(s, &Hints { language: Some(lang), not_after: None }).map(|v| v.render())
    }

    #[test]
    fn machine_values() {
        assert_eq!(p("2021-12-12T10:24:00Z").as_deref(), Some("2021-12-12T10:24:00Z"));
        assert_eq!(p("2021-12-12T10:24:00.000+01:00").as_deref(), Some("2021-12-12T10:24:00+01:00"));
        assert_eq!(p("2021-12-12T10:24:00-0500").as_deref(), Some("2021-12-12T10:24:00-05:00"));
        assert_eq!(p("2021-12-12 10:24").as_deref(), Some("2021-12-12T10:24:00"));
        assert_eq!(p("2021-12-12").as_deref(), Some("2021-12-12"));
        assert_eq!(p("Sun, 12 Dec 2021 10:24:00 GMT").as_deref(), Some("2021-12-12T10:24:00Z"));
    }

    #[test]
    fn datelines_with_named_zones() {
        assert_eq!(p("Sunday 12 December 2021 10:24 EST").as_deref(), Some("2021-12-12T10:24:00-05:00"));
        assert_eq!(p("Updated: June 3, 2022 at 4:05 p.m. ET").as_deref(), Some("2022-06-03T16:05:00-04:00"));
        assert_eq!(p("3 January 2022 • 9:15am GMT").as_deref(), Some("2022-01-03T09:15:00Z"));
        assert_eq!(p("14 July 2023, 18:00 BST").as_deref(), Some("2023-07-14T18:00:00+01:00"));
        assert_eq!(p("Jan. 5, 2020, 11:30 PM PT").as_deref(), Some("2020-01-05T23:30:00-08:00"));
        assert_eq!(p("5 mars 2020 à 18h30 (UTC+1)").as_deref(), Some("2020-03-05T18:30:00+01:00"));
        assert_eq!(p("5 March 2020 18:30 (EST)").as_deref(), Some("2020-03-05T18:30:00-05:00"));
    }

    #[test]
    fn other_languages() {
        assert_eq!(p("12. Dezember 2021, 10:24 Uhr").as_deref(), Some("2021-12-12T10:24:00"));
        assert_eq!(p("Publié le 12 décembre 2021 à 10h24").as_deref(), Some("2021-12-12T10:24:00"));
        assert_eq!(p("12 de diciembre de 2021").as_deref(), Some("2021-12-12"));
        assert_eq!(p("12 dicembre 2021").as_deref(), Some("2021-12-12"));
        assert_eq!(p("12 de dezembro de 2021").as_deref(), Some("2021-12-12"));
        assert_eq!(p("12 maart 2021").as_deref(), Some("2021-03-12"));
        assert_eq!(p("1er mai 2020").as_deref(), Some("2020-05-01"));
    }

    #[test]
    fn citation_order() {
        assert_eq!(p("2023 Jan 7").as_deref(), Some("2023-01-07"));
        assert_eq!(p("2024 Jun 30").as_deref(), Some("2024-06-30"));
        // A year then a month alone is not a day.
        assert_eq!(p("2023 Jan"), None);
        assert_eq!(p("In 2023 May 12 people came"), None);
        assert_eq!(p("Published 2023 Mar 3; 15(2): 40-45").as_deref(), Some("2023-03-03"));
    }

    #[test]
    fn numeric_order_follows_the_language() {
        assert_eq!(pl("03/04/2021", "en-US").as_deref(), Some("2021-03-04"));
        assert_eq!(pl("03/04/2021", "en-GB").as_deref(), Some("2021-04-03"));
        assert_eq!(pl("03.04.2021", "de").as_deref(), Some("2021-04-03"));
        assert_eq!(pl("13/04/2021", "en-US").as_deref(), Some("2021-04-13"));
    }

    #[test]
    fn implausible_dates_are_rejected() {
        assert_eq!(p("Copyright 1990-01-01"), None);
        let hints = Hints { language: None, not_after: Some(1_600_000_000) }; // Sept 2020
        assert!(parse("2021-12-12", &hints).is_none());
        assert!(parse("2019-12-12", &hints).is_some());
        assert_eq!(p("version 1.2.2021.5"), None);
        assert_eq!(p("no date here"), None);
    }

    #[test]
    fn dates_in_urls() {
        let h = Hints::default();
        let r = |u: &str| from_url(u, &h).map(|v| v.render());
        assert_eq!(r("https://x.com/news/2021/12/12/rain-due").as_deref(), Some("2021-12-12"));
        assert_eq!(r("https://x.com/2021-03-04-rain").as_deref(), Some("2021-03-04"));
        assert_eq!(r("https://x.com/a/20210304/rain").as_deref(), Some("2021-03-04"));
        assert_eq!(r("https://x.com/a/rain-12345678"), None);
    }

    #[test]
    fn find_reports_the_span() {
        let text = "By Ann Lee, Sunday 12 December 2021 10:24 EST. Rain due.";
        let (v, span) = find(text, &Hints::default()).unwrap();
        assert_eq!(v.render(), "2021-12-12T10:24:00-05:00");
        assert_eq!(&text[span], "12 December 2021 10:24 EST");
    }

    #[test]
    fn month_names_in_any_case() {
        // The ASCII path ignores case only because every name is stored in lower case.
        assert!(MONTHS.iter().all(|(n, _)| *n == n.to_lowercase()));
        for (word, m) in [("December", 12), ("DEC", 12), ("sept", 9), ("MÄRZ", 3), ("Décembre", 12), ("Août", 8), ("Maart", 3)] {
            assert_eq!(month(word), Some(m), "{word}");
        }
        for word in ["Decembers", "de", "Monday", "Mär.", "Kelvin"] {
            assert_eq!(month(word), None, "{word}");
        }
        assert!(filler("DE") && filler("The") && !filler("den"));
        assert!(ordinal_suffix("TH") && ordinal_suffix("º") && !ordinal_suffix("ste"));
    }
}
