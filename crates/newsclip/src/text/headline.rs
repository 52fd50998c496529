//! The headline of a text export. A dump has no `<h1>`: the headline is one
//! short line among the menu items, section labels and sub-headings, most
//! often just above the densest prose. Each candidate line is scored on
//! evidence that holds across sites: a few words, not a sentence, close
//! above the story, a byline or dateline under it, its words used again in
//! the story, and its words in the page's address (the slug of
//! `/2025/09/04/top-nutrition-trends-for-fall/`). The best-scoring line wins.

use rustc_hash::{FxHashMap, FxHashSet};

use super::classify::{Info, Kind};
use super::lexicon::BYLINE_OPENER;
use crate::textutil::{for_each_alphanumeric_run, ASCII_ALNUM};

/// Lines into the story span that may still hold the headline (the span
/// can open on a headline phrased as a question, or on a table of contents).
pub const STORY_HEAD_LINES: usize = 12;
/// Most words of a headline.
const MAX_TITLE_WORDS: usize = 40;
/// Fewest characters of a headline.
const MIN_TITLE_CHARS: usize = 3;
/// Lines under a headline searched for its byline or dateline.
const META_AFTER_LINES: usize = 3;
/// Most words of a byline line next to a headline.
const MAX_BYLINE_WORDS: usize = 12;
/// Shortest word counted when the headline's words are looked up in the story.
const MIN_OVERLAP_CHARS: usize = 4;

/// Weights of the headline evidence, one per feature of [`Features`].
/// Fitted together as a conditional logit (one choice per page) on
/// wcxb-dev-text, each half of the pages fitted and scored on the other
/// (held-out accuracy 0.583 and 0.613, against 0.575 and 0.590 for the
/// first fit's 22), then on all pages and rounded to tenths: title exact
/// 0.581 -> 0.60. Refitted the same way with the last four (a run inside a
/// longer line, extending a label above, under a breadcrumb trail, a
/// price): held-out accuracy 0.633 against 0.619 for the 44 refitted
/// alone; eval title 0.622 -> 0.633 (listing 0.354 -> 0.404, product 0.370
/// -> 0.403), body unchanged. They were fitted as a set; don't tune one
/// value in isolation.
mod weight {
    /// Per ten lines above the story span (up to sixty).
    pub const DISTANCE: f32 = -0.4;
    /// ln(1 + lines above the span): the cost of distance flattens.
    pub const LOG_DISTANCE: f32 = -0.1;
    /// Inside the story span rather than above it.
    pub const IN_SPAN: f32 = -1.9;
    /// Per ten lines inside the story span.
    pub const IN_SPAN_DEPTH: f32 = -2.5;
    /// Four to twenty words.
    pub const HEADLINE_LENGTH: f32 = 0.1;
    /// Under ten characters.
    pub const UNDER_TEN_CHARS: f32 = -0.8;
    /// Opens with a lower-case letter.
    pub const LOWER_CASE_OPENING: f32 = -0.6;
    /// Ends with `.`, `,` or `;`, like a sentence or a fragment of one.
    pub const SENTENCE_END: f32 = -3.2;
    /// Half its words capitalised or more (title case).
    pub const TITLE_CASE: f32 = 0.5;
    /// Printed three times on the page (breadcrumb, heading, share text).
    pub const PRINTED_THRICE: f32 = 0.2;
    /// A byline or dateline among the three lines under it.
    pub const META_UNDER: f32 = 2.8;
    /// A byline or dateline just above it.
    pub const META_ABOVE: f32 = 0.5;
    /// Share of its longer words the story uses.
    pub const STORY_OVERLAP: f32 = 1.5;
    /// Share of its longer words the story uses twice or more.
    pub const STORY_OVERLAP_TWICE: f32 = 2.0;
    /// Share of its words in the page's address path.
    pub const IN_ADDRESS: f32 = 1.4;
    /// Share of the address's slug words it holds.
    pub const COVERS_SLUG: f32 = 5.1;
    /// Its position as a share of the page (0 at the top, 1 at the end).
    pub const PAGE_POSITION: f32 = -3.1;
    /// Per ten candidate lines before it (up to twenty).
    pub const RANK: f32 = -0.2;
    /// Prose in the two lines under it.
    pub const PROSE_UNDER: f32 = 0.8;
    /// Prose just above it (a sub-heading between paragraphs).
    pub const PROSE_ABOVE: f32 = -0.1;
    /// Under a shorter headline-like line of six words or more: a standfirst.
    pub const UNDER_SHORTER_HEADLINE: f32 = -1.3;
    /// Printed twice on the page.
    pub const PRINTED_TWICE: f32 = -0.4;
    /// Printed four times or more (a menu item).
    pub const PRINTED_OFTEN: f32 = -0.5;
    /// Opens with "Re:" (a reply in a thread).
    pub const REPLY: f32 = 2.2;
    /// Holds a breadcrumb separator (`>`, `›`, `»`, ` / `).
    pub const BREADCRUMB: f32 = -1.9;
    /// Holds every word of the address's slug.
    pub const WHOLE_SLUG: f32 = -0.4;
    /// Over twenty words.
    pub const OVER_TWENTY_WORDS: f32 = -1.8;
    /// Ends with a question mark.
    pub const QUESTION: f32 = 0.6;
    /// Holds a colon ("Tax 101: the basics").
    pub const COLON: f32 = 0.6;
    /// Share of the four lines around it that are short labels (three words or fewer).
    pub const MENU_AROUND: f32 = 1.7;
    /// A copy of a line printed above it (the heading under its breadcrumb).
    pub const LATER_COPY: f32 = 0.9;
    /// ln(words).
    pub const LOG_WORDS: f32 = 1.4;
    /// A short label just under it.
    pub const MENU_UNDER: f32 = -0.5;
    /// Holds a digit ("10 best…", "2025").
    pub const DIGIT: f32 = 0.8;
    /// In capitals only.
    pub const ALL_CAPS: f32 = 0.8;
    /// Reads as prose (a sentence of eight words or more).
    pub const PROSE_KIND: f32 = -1.1;
    /// Harmonic mean of the share of its words in the slug and of the slug's words in it.
    pub const SLUG_F1: f32 = 2.8;
    /// The story span's first line.
    pub const SPAN_FIRST: f32 = 0.5;
    /// The line just above the story span.
    pub const JUST_ABOVE_SPAN: f32 = -0.3;
    /// A longer line of ten to sixty words under it (a standfirst).
    pub const STANDFIRST_UNDER: f32 = 1.3;
    /// Share of its words in the address path outside the slug.
    pub const IN_SECTION: f32 = 4.9;
    /// Another candidate opens with it ("Best laptops", "Best laptops 2026: …").
    pub const PREFIX_OF_LONGER: f32 = -0.6;
    /// It opens with another candidate.
    pub const EXTENDS_SHORTER: f32 = 0.9;
    /// The last item of a breadcrumb trail on the page ("Home » Guides » It").
    pub const CRUMB_TAIL: f32 = 2.2;
    /// Its words run, in order, inside a longer candidate (a heading the
    /// page prints again in a trail, a teaser, a longer heading).
    pub const IN_LONGER: f32 = 1.2;
    /// Holds every word of a shorter candidate up to four lines above it
    /// (the heading under its section's label: "Hooks", "Using the Effect Hook").
    pub const EXTENDS_ABOVE: f32 = 0.5;
    /// Just under a breadcrumb trail ("Home » Services") or its label.
    pub const UNDER_CRUMBS: f32 = 2.4;
    /// Holds a price ("$15.47", "€ 29").
    pub const PRICE: f32 = -2.2;
}

/// Indices into [`Features`], one a piece of evidence.
const F_DISTANCE: usize = 0;
const F_LOG_DISTANCE: usize = 1;
const F_IN_SPAN: usize = 2;
const F_IN_SPAN_DEPTH: usize = 3;
const F_HEADLINE_LENGTH: usize = 4;
const F_UNDER_TEN_CHARS: usize = 5;
const F_LOWER_CASE_OPENING: usize = 6;
const F_SENTENCE_END: usize = 7;
const F_TITLE_CASE: usize = 8;
const F_PRINTED_THRICE: usize = 9;
const F_META_UNDER: usize = 10;
const F_META_ABOVE: usize = 11;
const F_STORY_OVERLAP: usize = 12;
const F_STORY_OVERLAP_TWICE: usize = 13;
const F_IN_ADDRESS: usize = 14;
const F_COVERS_SLUG: usize = 15;
const F_PAGE_POSITION: usize = 16;
const F_RANK: usize = 17;
const F_PROSE_UNDER: usize = 18;
const F_PROSE_ABOVE: usize = 19;
const F_UNDER_SHORTER_HEADLINE: usize = 20;
const F_PRINTED_TWICE: usize = 21;
const F_PRINTED_OFTEN: usize = 22;
const F_REPLY: usize = 23;
const F_BREADCRUMB: usize = 24;
const F_WHOLE_SLUG: usize = 25;
const F_OVER_TWENTY_WORDS: usize = 26;
const F_QUESTION: usize = 27;
const F_COLON: usize = 28;
const F_MENU_AROUND: usize = 29;
const F_LATER_COPY: usize = 30;
const F_LOG_WORDS: usize = 31;
const F_MENU_UNDER: usize = 32;
const F_DIGIT: usize = 33;
const F_ALL_CAPS: usize = 34;
const F_PROSE_KIND: usize = 35;
const F_SLUG_F1: usize = 36;
const F_SPAN_FIRST: usize = 37;
const F_JUST_ABOVE_SPAN: usize = 38;
const F_STANDFIRST_UNDER: usize = 39;
const F_IN_SECTION: usize = 40;
const F_PREFIX_OF_LONGER: usize = 41;
const F_EXTENDS_SHORTER: usize = 42;
const F_CRUMB_TAIL: usize = 43;
const F_IN_LONGER: usize = 44;
const F_EXTENDS_ABOVE: usize = 45;
const F_UNDER_CRUMBS: usize = 46;
const F_PRICE: usize = 47;
/// Number of features.
pub const FEATURES: usize = 48;

/// The weights in feature order.
const WEIGHTS: Features = {
    use weight::*;
    [
        DISTANCE, LOG_DISTANCE, IN_SPAN, IN_SPAN_DEPTH, HEADLINE_LENGTH, UNDER_TEN_CHARS,
        LOWER_CASE_OPENING, SENTENCE_END, TITLE_CASE, PRINTED_THRICE, META_UNDER, META_ABOVE,
        STORY_OVERLAP, STORY_OVERLAP_TWICE, IN_ADDRESS, COVERS_SLUG, PAGE_POSITION, RANK,
        PROSE_UNDER, PROSE_ABOVE, UNDER_SHORTER_HEADLINE, PRINTED_TWICE, PRINTED_OFTEN, REPLY,
        BREADCRUMB, WHOLE_SLUG, OVER_TWENTY_WORDS, QUESTION, COLON, MENU_AROUND,
        LATER_COPY, LOG_WORDS, MENU_UNDER, DIGIT, ALL_CAPS, PROSE_KIND,
        SLUG_F1, SPAN_FIRST, JUST_ABOVE_SPAN, STANDFIRST_UNDER, IN_SECTION, PREFIX_OF_LONGER,
        EXTENDS_SHORTER, CRUMB_TAIL, IN_LONGER, EXTENDS_ABOVE, UNDER_CRUMBS, PRICE,
    ]
};

/// What separates the items of a breadcrumb trail.
const CRUMB_SEPARATORS: [char; 4] = ['»', '›', '>', '/'];

/// Fewest words of the line above a standfirst that makes it one.
const MIN_HEADLINE_OVER_STANDFIRST_WORDS: usize = 6;

/// The words of a page's address: all of its path's words, and those of
/// its slug (the last path segment of two words or more, extension dropped).
#[derive(Debug, Default)]
pub struct Address {
    path_words: FxHashSet<String>,
    slug: Vec<String>,
}

impl Address {
    /// Read the path of `url` (scheme and host, query and fragment dropped).
    pub fn new(url: Option<&str>) -> Self {
        let Some(url) = url else { return Self::default() };
        let rest = url.split_once("://").map_or(url, |(_, r)| r);
        let path = rest.find('/').map_or("", |i| &rest[i..]);
        let path = path.split(['?', '#']).next().unwrap_or("").to_lowercase();
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
        };
        let path_words = words(&path).into_iter().collect();
        let slug = path
            .split('/')
            .rev()
            .map(|seg| words(seg.rsplit_once('.').filter(|(_, ext)| ext.chars().all(char::is_alphabetic)).map_or(seg, |(s, _)| s)))
            .find(|ws| ws.iter().filter(|w| !w.bytes().all(|b| b.is_ascii_digit())).count() >= 2)
            .unwrap_or_default();
        Self { path_words, slug }
    }
}

/// Whether a line can be a headline at all.
fn candidate(line: &str, info: &Info) -> bool {
    matches!(info.kind, Kind::Short | Kind::Prose | Kind::Repeated)
        && line.chars().next().is_some_and(|c| c.is_alphanumeric() || matches!(c, '"' | '“' | '‘' | '\'' | '«' | '¿' | '¡' | '['))
        && (1..=MAX_TITLE_WORDS).contains(&info.words)
        && line.chars().nth(MIN_TITLE_CHARS - 1).is_some()
        && !line.ends_with(':')
        && !opens_byline(line)
}

/// Whether line `k` sits under a shorter line that reads as a headline
/// (six words or more, capitalised, not a sentence): a standfirst.
fn under_headline(lines: &[&str], infos: &[Info], k: usize, meta_above: bool) -> bool {
    let (above, info) = (lines[k - 1], &infos[k - 1]);
    (MIN_HEADLINE_OVER_STANDFIRST_WORDS..infos[k].words).contains(&info.words)
        && candidate(above, info)
        && info.repeats <= 4
        && above.chars().nth(9).is_some()
        && above.chars().next().is_some_and(|c| !c.is_lowercase())
        && !above.ends_with(['.', ',', ';'])
        && !meta_above
}

/// Whether a line opens like a byline ([`BYLINE_OPENER`]). Every opening
/// word of the pattern starts with one of ten ASCII letters; a line opening
/// on another ASCII byte is no byline, and skips the search.
fn opens_byline(line: &str) -> bool {
    line.as_bytes().first().is_some_and(|&b| b >= 0x80 || matches!(b | 0x20, b'a' | b'b' | b'd' | b'f' | b'p' | b'r' | b's' | b't' | b'v' | b'w'))
        && BYLINE_OPENER.is_match(line)
}

/// A byline or a dateline.
fn is_meta(lines: &[&str], infos: &[Info], k: usize) -> bool {
    k < infos.len() && (infos[k].kind == Kind::Date || infos[k].words <= MAX_BYLINE_WORDS && opens_byline(lines[k]))
}

/// Lines above a candidate searched for a shorter one it extends.
const EXTENDS_ABOVE_LINES: usize = 4;
/// Most words of a breadcrumb trail.
const MAX_CRUMB_WORDS: usize = 20;
/// Longest run of words of a candidate looked up inside the others.
const MAX_INNER_WORDS: usize = 12;

/// A breadcrumb trail ("Home » Services", "Docs / Guides / Setup") of
/// twenty words at most, or a trail's label ("Breadcrumb", "You are here").
fn is_crumbs(line: &str, info: &Info) -> bool {
    if info.words > MAX_CRUMB_WORDS {
        return false;
    }
    let label = line.trim_end_matches(':').trim();
    if ["breadcrumb", "breadcrumbs", "you are here"].iter().any(|l| label.eq_ignore_ascii_case(l)) {
        return true;
    }
    // Most lines hold none of the separators: `>`, `/`, and the last
    // bytes of `»` (C2 BB) and `›` (E2 80 BA), checked in one pass.
    if !has_crumb_byte(line) {
        return false;
    }
    let items = |sep: &str| line.split(sep).filter(|i| !i.trim().is_empty()).nth(1).is_some();
    line.contains('»') && items("»") || line.contains('›') && items("›") || line.contains(" > ") && items(" > ") || line.contains(" / ") && items(" / ")
}

/// Whether a line holds a price: a currency sign and a digit after it.
fn has_price(line: &str) -> bool {
    // `$`, and the last bytes of `€` (E2 82 AC), `£` (C2 A3) and `¥` (C2 A5).
    if !line.bytes().any(|b| matches!(b, b'$' | 0xac | 0xa3 | 0xa5)) {
        return false;
    }
    line.match_indices(['$', '€', '£', '¥']).any(|(i, c)| {
        let rest = &line[i + c.len()..];
        rest.strip_prefix(' ').unwrap_or(rest).starts_with(|d: char| d.is_ascii_digit())
    })
}

/// Whether a line holds `>`, `/`, or the last byte of `»` (C2 BB) or of
/// `›` (E2 80 BA): none of the breadcrumb separators can be in it otherwise.
fn has_crumb_byte(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr3(b'>', b'/', 0xbb, b).is_some() || memchr::memchr(0xba, b).is_some()
}

/// Where the last breadcrumb separator of a line opens (`line.rfind(CRUMB_SEPARATORS)`
/// on bytes: `»` is C2 BB and `›` E2 80 BA, and C2 and E2 only open a character).
fn rfind_crumb_separator(line: &str) -> Option<usize> {
    if !has_crumb_byte(line) {
        return None;
    }
    let b = line.as_bytes();
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        match b[i] {
            b'>' | b'/' => return Some(i),
            0xbb if i >= 1 && b[i - 1] == 0xc2 => return Some(i - 1),
            0xba if i >= 2 && b[i - 2] == 0xe2 && b[i - 1] == 0x80 => return Some(i - 2),
            _ => {}
        }
    }
    None
}

/// Whether a line holds `sep` with a space on each side (`line.contains(" / ")`).
fn has_spaced(line: &str, sep: u8) -> bool {
    let b = line.as_bytes();
    memchr::memchr_iter(sep, b).any(|i| i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' '))
}

/// A word's hash, for runs of words compared as sequences.
fn word_hash(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The slot of a word that is too short to be counted in the story.
const NOT_LONG: u32 = u32::MAX;

/// A cheap key of a word of four bytes or more (its first four bytes, last
/// byte and length), for the bit filter in front of the story's word counts.
fn long_word_key(w: &[u8]) -> u64 {
    let head = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
    u64::from(head) ^ (w.len() as u64) << 32 ^ u64::from(w[w.len() - 1]) << 40
}

/// A bit filter of 1,024 bits: `has` is false for a key never inserted,
/// and seldom true for one.
#[derive(Default)]
struct Bloom([u64; 16]);

impl Bloom {
    fn bit(key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 54) as usize
    }

    fn insert(&mut self, key: u64) {
        let b = Self::bit(key);
        self.0[b >> 6] |= 1 << (b & 63);
    }

    fn has(&self, key: u64) -> bool {
        let b = Self::bit(key);
        self.0[b >> 6] >> (b & 63) & 1 != 0
    }
}

/// Evidence about one candidate line, one value per weight of [`WEIGHTS`].
pub type Features = [f32; FEATURES];

/// The line in `[0, min(story_start + STORY_HEAD_LINES, story_end))` that
/// reads most as the page's headline; `used` marks lines already taken.
pub fn pick(lines: &[&str], keys: &[String], infos: &[Info], story: (usize, usize), used: &[bool], address: &Address) -> Option<usize> {
    let mut best: Option<(f32, usize)> = None;
    for_candidates(lines, keys, infos, story, used, address, |k, f| {
        let score: f32 = f.iter().zip(WEIGHTS.iter()).map(|(x, w)| x * w).sum();
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, k));
        }
    });
    best.map(|(_, k)| k)
}

/// Call `each` with every candidate line's index and its evidence;
/// `keys` are the lines in lower case ([`super::classify::keys`]).
pub fn for_candidates(lines: &[&str], keys: &[String], infos: &[Info], story: (usize, usize), used: &[bool], address: &Address, mut each: impl FnMut(usize, &Features)) {
    let (start, end) = story;
    let n = lines.len();
    let last = end.min(start + STORY_HEAD_LINES).min(n);
    let cands: Vec<usize> = (0..last).filter(|&k| !used[k] && candidate(lines[k], &infos[k])).collect();
    // Each candidate's words, split once: their text, their hashes, and for
    // the longer ones the slot of their count of uses in the story.
    let guess = cands.len() * 8;
    let mut words: Vec<&str> = Vec::with_capacity(guess);
    let mut word_hashes: Vec<u64> = Vec::with_capacity(guess);
    let mut slots: Vec<u32> = Vec::with_capacity(guess);
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(cands.len());
    // How often the story's prose uses each long word of a candidate: only
    // those words are counted, so the story is read once, word by word.
    let mut story_words: FxHashMap<&[u8], u32> = FxHashMap::default();
    let mut bloom = Bloom::default();
    for &k in &cands {
        let from = words.len();
        // The line's lower-case words: its runs of letters and digits.
        for_each_alphanumeric_run(&keys[k], |w| {
            words.push(w);
            word_hashes.push(word_hash(w));
            if w.chars().nth(MIN_OVERLAP_CHARS - 1).is_some() {
                let next = story_words.len() as u32;
                slots.push(*story_words.entry(w.as_bytes()).or_insert(next));
                bloom.insert(long_word_key(w.as_bytes()));
            } else {
                slots.push(NOT_LONG);
            }
        });
        ranges.push((from, words.len()));
    }
    let mut uses = vec![0u32; story_words.len()];
    if !story_words.is_empty() {
        // A word of fewer bytes than MIN_OVERLAP_CHARS has fewer
        // characters, and is in no entry; ASCII lines split as bytes.
        let mut count = |w: &[u8]| {
            if w.len() >= MIN_OVERLAP_CHARS && bloom.has(long_word_key(w)) {
                if let Some(&slot) = story_words.get(w) {
                    uses[slot as usize] += 1;
                }
            }
        };
        for key in (start..end).filter(|&j| infos[j].kind == Kind::Prose).map(|j| keys[j].as_str()) {
            if key.is_ascii() {
                let bytes = key.as_bytes();
                let mut i = 0;
                while i < bytes.len() {
                    while i < bytes.len() && !ASCII_ALNUM[usize::from(bytes[i])] {
                        i += 1;
                    }
                    let from = i;
                    while i < bytes.len() && ASCII_ALNUM[usize::from(bytes[i])] {
                        i += 1;
                    }
                    count(&bytes[from..i]);
                }
            } else {
                for_each_alphanumeric_run(key, |w| count(w.as_bytes()));
            }
        }
    }
    // Candidates whose text opens another's ("Best laptops" and "Best
    // laptops 2026: …"): sorted, a line's extensions follow it.
    let lower_of = |c: usize| keys[cands[c]].as_str();
    let mut order: Vec<usize> = (0..cands.len()).collect();
    // Sorted on their first eight bytes first (a zero byte past the end),
    // the whole text only when those tie: the order of the texts.
    let head_of = |c: usize| {
        let b = lower_of(c).as_bytes();
        let mut head = [0u8; 8];
        let n = b.len().min(8);
        head[..n].copy_from_slice(&b[..n]);
        u64::from_be_bytes(head)
    };
    let heads: Vec<u64> = (0..cands.len()).map(head_of).collect();
    order.sort_unstable_by(|&a, &b| heads[a].cmp(&heads[b]).then_with(|| lower_of(a).cmp(lower_of(b))));
    let mut prefix_of_longer = vec![false; cands.len()];
    let mut extends_shorter = vec![false; cands.len()];
    for (i, &a) in order.iter().enumerate() {
        let short = lower_of(a);
        for &b in order[i + 1..].iter().take_while(|&&b| lower_of(b).starts_with(short)) {
            if lower_of(b)[short.len()..].starts_with(|c: char| !c.is_alphanumeric()) {
                prefix_of_longer[a] = true;
                extends_shorter[b] = true;
            }
        }
    }
    // The last items of breadcrumb trails ("Home » Guides » Renting a Car"):
    // the page the trail leads to.
    let mut crumb_tails: Vec<String> = Vec::new();
    for line in &lines[..last] {
        if let Some(i) = rfind_crumb_separator(line) {
            let tail = line[i..].trim_start_matches(CRUMB_SEPARATORS).trim();
            if !tail.is_empty() && i > 0 {
                crumb_tails.push(tail.to_lowercase());
            }
        }
    }
    // Candidates whose words run, in order, inside a longer candidate. The
    // short candidates are indexed by the hash of their first word; each
    // word of every candidate is looked up there (a bit filter first) and
    // the runs that open on it compared word by word.
    let hashes_of = |c: usize| &word_hashes[ranges[c].0..ranges[c].1];
    let mut in_longer = vec![false; cands.len()];
    let mut openers: Vec<(u64, usize)> = (0..cands.len()).filter(|&c| (1..=MAX_INNER_WORDS).contains(&hashes_of(c).len())).map(|c| (hashes_of(c)[0], c)).collect();
    if !openers.is_empty() {
        openers.sort_unstable();
        let mut first_words = Bloom::default();
        for &(h, _) in &openers {
            first_words.insert(h);
        }
        for d in 0..cands.len() {
            let ws = hashes_of(d);
            if ws.len() < 2 {
                continue;
            }
            for (i, &w) in ws.iter().enumerate() {
                if !first_words.has(w) {
                    continue;
                }
                let at = openers.partition_point(|&(h, _)| h < w);
                for &(_, c) in openers[at..].iter().take_while(|&&(h, _)| h == w) {
                    let own = hashes_of(c);
                    if !in_longer[c] && own.len() < ws.len() && i + own.len() <= ws.len() && ws[i..i + own.len()] == *own {
                        in_longer[c] = true;
                    }
                }
            }
        }
    }
    // Bylines and datelines, each line looked at once.
    let meta: Vec<bool> = (0..(last + META_AFTER_LINES + 1).min(n)).map(|k| is_meta(lines, infos, k)).collect();
    let meta_at = |k: usize| meta.get(k).copied().unwrap_or(false);
    let mut seen = 0usize;
    let mut printed: FxHashSet<&str> = FxHashSet::default();
    let mut next = 0;
    for k in 0..last {
        let (line, info) = (lines[k], &infos[k]);
        let later_copy = info.repeats > 1 && !printed.insert(line);
        if cands.get(next).is_none_or(|c| *c != k) {
            continue;
        }
        let c = next;
        next += 1;
        let lower = lower_of(c);
        let mut f: Features = [0.0; FEATURES];
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        let above = start.saturating_sub(k);
        let inside = k.saturating_sub(start);
        f[F_DISTANCE] = above.min(60) as f32 / 10.0;
        f[F_LOG_DISTANCE] = (above as f32).ln_1p();
        f[F_IN_SPAN] = flag(k >= start);
        f[F_IN_SPAN_DEPTH] = if k >= start { inside as f32 / 10.0 } else { 0.0 };
        f[F_HEADLINE_LENGTH] = flag((4..=20).contains(&info.words));
        f[F_UNDER_TEN_CHARS] = flag(line.chars().nth(9).is_none());
        f[F_LOWER_CASE_OPENING] = flag(line.chars().next().is_some_and(|c| c.is_alphanumeric() && !c.is_uppercase() && !c.is_numeric()));
        f[F_SENTENCE_END] = flag(line.ends_with(['.', ',', ';']));
        let ascii = line.is_ascii();
        let capitals = if ascii {
            // The same count on bytes: a capital after white space (as
            // `char::is_whitespace` reads ASCII) or at the start.
            let b = line.as_bytes();
            (0..b.len()).filter(|&i| b[i].is_ascii_uppercase() && (i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))).count()
        } else {
            line.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count()
        };
        f[F_TITLE_CASE] = flag(info.words >= 3 && capitals * 2 >= info.words);
        f[F_PRINTED_THRICE] = flag(info.repeats == 3);
        f[F_META_UNDER] = flag((k + 1..=k + META_AFTER_LINES).any(meta_at));
        f[F_META_ABOVE] = flag(k > 0 && meta_at(k - 1));
        let (mut long, mut in_story, mut twice, mut all, mut in_path, mut in_slug) = (0, 0, 0, 0, 0, 0);
        // Slug words the line holds, one bit each.
        let mut covered = 0u64;
        let (from, to) = ranges[c];
        for (&w, &slot) in words[from..to].iter().zip(&slots[from..to]) {
            all += 1;
            if let Some(i) = address.slug.iter().position(|s| s == w) {
                in_slug += 1;
                covered |= 1 << i.min(63);
            }
            if !address.path_words.is_empty() && address.path_words.contains(w) {
                in_path += 1;
            }
            if slot != NOT_LONG {
                long += 1;
                match uses[slot as usize] {
                    0 => {}
                    1 => in_story += 1,
                    _ => {
                        in_story += 1;
                        twice += 1;
                    }
                }
            }
        }
        if long > 0 {
            f[F_STORY_OVERLAP] = in_story as f32 / long as f32;
            f[F_STORY_OVERLAP_TWICE] = twice as f32 / long as f32;
        }
        if all > 0 {
            f[F_IN_ADDRESS] = in_path as f32 / all as f32;
            // Path words outside the slug: a section's name.
            f[F_IN_SECTION] = (in_path - in_slug.min(in_path)) as f32 / all as f32;
        }
        if !address.slug.is_empty() && all > 0 {
            let share = covered.count_ones() as f32 / address.slug.len().min(64) as f32;
            f[F_COVERS_SLUG] = share;
            f[F_WHOLE_SLUG] = flag(share >= 1.0);
            let p = in_slug as f32 / all as f32;
            if p + share > 0.0 {
                f[F_SLUG_F1] = 2.0 * p * share / (p + share);
            }
        }
        f[F_PAGE_POSITION] = k as f32 / n as f32;
        f[F_RANK] = seen.min(20) as f32 / 10.0;
        seen += 1;
        f[F_PROSE_UNDER] = flag((k + 1..(k + 3).min(n)).any(|j| infos[j].kind == Kind::Prose));
        f[F_PROSE_ABOVE] = flag(k > 0 && infos[k - 1].kind == Kind::Prose);
        f[F_UNDER_SHORTER_HEADLINE] = flag(k > 0 && under_headline(lines, infos, k, meta_at(k - 1)));
        f[F_PRINTED_TWICE] = flag(info.repeats == 2);
        f[F_PRINTED_OFTEN] = flag(info.repeats >= 4);
        f[F_REPLY] = flag(lower.starts_with("re:") || lower.starts_with("re "));
        // None of the separators is in a line without one of their bytes.
        f[F_BREADCRUMB] = flag(has_crumb_byte(line) && (line.contains('>') || line.contains('›') || line.contains('»') || has_spaced(line, b'/')));
        f[F_PREFIX_OF_LONGER] = flag(prefix_of_longer[c]);
        f[F_EXTENDS_SHORTER] = flag(extends_shorter[c]);
        f[F_CRUMB_TAIL] = flag(crumb_tails.iter().any(|t| t == lower));
        let own = hashes_of(c);
        f[F_IN_LONGER] = flag(in_longer[c]);
        // A shorter candidate close above, all of whose words this one holds.
        let extends_above = (c.saturating_sub(EXTENDS_ABOVE_LINES)..c).any(|o| {
            let other = hashes_of(o);
            k - cands[o] <= EXTENDS_ABOVE_LINES
                && !other.is_empty()
                && other.iter().all(|w| own.contains(w))
                && own.iter().any(|w| !other.contains(w))
        });
        f[F_EXTENDS_ABOVE] = flag(extends_above);
        f[F_UNDER_CRUMBS] = flag(k > 0 && is_crumbs(lines[k - 1], &infos[k - 1]));
        let digit = line.bytes().any(|b| b.is_ascii_digit());
        f[F_PRICE] = flag(digit && has_price(line));
        f[F_OVER_TWENTY_WORDS] = flag(info.words > 20);
        f[F_QUESTION] = flag(line.ends_with('?'));
        f[F_COLON] = flag(memchr::memchr_iter(b':', line.as_bytes()).any(|i| line.as_bytes().get(i + 1) == Some(&b' ')));
        let menu = |j: usize| infos[j].words <= 3 && infos[j].kind != Kind::Prose;
        let around = [k.wrapping_sub(2), k.wrapping_sub(1), k + 1, k + 2].into_iter().filter(|&j| j < n);
        let (mut near, mut menus) = (0, 0);
        for j in around {
            near += 1;
            if menu(j) {
                menus += 1;
            }
        }
        if near > 0 {
            f[F_MENU_AROUND] = menus as f32 / near as f32;
        }
        f[F_LATER_COPY] = flag(later_copy);
        f[F_LOG_WORDS] = (info.words as f32).ln();
        f[F_MENU_UNDER] = flag(k + 1 < n && menu(k + 1));
        f[F_DIGIT] = flag(digit);
        f[F_ALL_CAPS] = flag(if ascii {
            line.bytes().filter(u8::is_ascii_alphabetic).nth(1).is_some() && !line.bytes().any(|b| b.is_ascii_lowercase())
        } else {
            line.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() && !line.chars().any(char::is_lowercase)
        });
        f[F_PROSE_KIND] = flag(info.kind == Kind::Prose);
        f[F_SPAN_FIRST] = flag(k == start);
        f[F_JUST_ABOVE_SPAN] = flag(k + 1 == start);
        f[F_STANDFIRST_UNDER] = flag(k + 1 < n && matches!(infos[k + 1].kind, Kind::Short | Kind::Prose) && (10..=60).contains(&infos[k + 1].words) && infos[k + 1].words > info.words);
        each(k, &f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{classify::classify, layout::read_lines};

    #[test]
    fn breadcrumb_tails_extensions_and_section_words_are_evidence() {
        let text = "Guides\nBest laptops\nHome » Guides » Best laptops 2026: budget and gaming\nBest laptops 2026: budget and gaming\n\
            The best laptop for most people is the one with a good keyboard, a bright screen and a battery that lasts a working day.\n\
            We tested each of them for a month, with the same set of programs and the same screen brightness on every machine.\n";
        let lines = read_lines(text);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        let infos = classify(&lines, Some(0), &crate::dates::Hints::default());
        let keys = crate::text::classify::keys(&lines);
        let address = Address::new(Some("https://shop.example/guides/laptops/?id=7"));
        let mut seen = Vec::new();
        for_candidates(&texts, &keys, &infos, (4, 6), &vec![false; texts.len()], &address, |k, f| seen.push((k, *f)));
        let of = |k: usize| seen.iter().find(|(j, _)| *j == k).map(|(_, f)| *f).unwrap();
        assert_eq!(of(0)[F_IN_SECTION], 1.0);
        assert_eq!(of(1)[F_PREFIX_OF_LONGER], 1.0);
        assert_eq!(of(2)[F_BREADCRUMB], 1.0);
        let headline = of(3);
        assert_eq!((headline[F_CRUMB_TAIL], headline[F_EXTENDS_SHORTER], headline[F_COLON], headline[F_DIGIT]), (1.0, 1.0, 1.0, 1.0));
        assert_eq!(of(1)[F_CRUMB_TAIL], 0.0);
        assert_eq!(pick(&texts, &keys, &infos, (4, 6), &vec![false; texts.len()], &address), Some(3));
    }

    #[test]
    fn runs_inside_longer_lines_extensions_above_trails_and_prices_are_evidence() {
        let text = "Docs\nData Fetching\nFetching Data on the Server\nHome › Guides\nServer data in one request\nPlans from $12 a month\n\
            A component that needs data before it renders can fetch it on the server, so the page arrives with the data in place.\n\
            The request runs once for each page load, and its result is passed to the component as an argument, not kept in the browser.\n";
        let lines = read_lines(text);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        let infos = classify(&lines, Some(0), &crate::dates::Hints::default());
        let keys = crate::text::classify::keys(&lines);
        let mut seen = Vec::new();
        for_candidates(&texts, &keys, &infos, (6, 8), &vec![false; texts.len()], &Address::default(), |k, f| seen.push((k, *f)));
        let of = |k: usize| seen.iter().find(|(j, _)| *j == k).map(|(_, f)| *f).unwrap();
        // "Data Fetching" is not "Fetching Data": its words are in no longer line in this order.
        assert_eq!((of(0)[F_IN_LONGER], of(1)[F_IN_LONGER]), (0.0, 0.0));
        // Every word of "Data Fetching", two lines above, and more.
        assert_eq!((of(2)[F_EXTENDS_ABOVE], of(1)[F_EXTENDS_ABOVE]), (1.0, 0.0));
        assert_eq!((of(4)[F_UNDER_CRUMBS], of(2)[F_UNDER_CRUMBS]), (1.0, 0.0));
        assert_eq!((of(5)[F_PRICE], of(4)[F_PRICE]), (1.0, 0.0));
        assert!(is_crumbs("You are here:", &infos[0]) && !is_crumbs("AC/DC live", &infos[0]));
        assert!(has_price("From € 29") && !has_price("Save 20$ today") && !has_price("$ off"));
    }

    #[test]
    fn a_line_whose_words_run_inside_a_longer_one_is_marked() {
        let text = "Shop\nKettles\nCopper Kettles\nCopper Kettles on Sale\n\
            This copper kettle heats water on gas, electric and induction hobs, and its handle stays cool while the water boils.\n\
            The whistle sounds when the water is ready, and the spout pours in a thin steady stream without dripping.\n";
        let lines = read_lines(text);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        let infos = classify(&lines, Some(0), &crate::dates::Hints::default());
        let keys = crate::text::classify::keys(&lines);
        let mut seen = Vec::new();
        for_candidates(&texts, &keys, &infos, (4, 6), &vec![false; texts.len()], &Address::default(), |k, f| seen.push((k, *f)));
        let of = |k: usize| seen.iter().find(|(j, _)| *j == k).map(|(_, f)| *f).unwrap();
        assert_eq!((of(0)[F_IN_LONGER], of(1)[F_IN_LONGER], of(2)[F_IN_LONGER], of(3)[F_IN_LONGER]), (0.0, 1.0, 1.0, 0.0));
    }

    #[test]
    fn the_byte_level_checks_agree_with_the_text_searches_they_replace() {
        let lines = [
            "Home » Guides » Best laptops", "Docs › Setup", "a > b", "AC/DC live", "λ calculus", "Ω»", "Tax 101: the basics", "Ratio 3:1",
            "News / Sport", "a/b", "", "€ 29", "›", "x ›", "Written by Ann", "ſtory by Ann", "By: Ann Lee", "Mid-day", "ABC NEWS", "Über Uns",
            "The\tRiver Runs", "Ends with colon:", "Price $5 / month",
        ];
        for line in lines {
            assert_eq!(rfind_crumb_separator(line), line.rfind(CRUMB_SEPARATORS), "{line}");
            assert_eq!(has_spaced(line, b'/'), line.contains(" / "), "{line}");
            assert_eq!(opens_byline(line), BYLINE_OPENER.is_match(line), "{line}");
            assert!(has_crumb_byte(line) || !line.contains(CRUMB_SEPARATORS), "{line}");
        }
        let mut bloom = Bloom::default();
        bloom.insert(long_word_key(b"kettle"));
        assert!(bloom.has(long_word_key(b"kettle")));
    }

    #[test]
    fn the_address_gives_path_words_and_slug() {
        let a = Address::new(Some("https://example.com/2025/09/04/top-trends-for-fall-2025/?utm=x"));
        assert_eq!(a.slug, vec!["top", "trends", "for", "fall", "2025"]);
        assert!(a.path_words.contains("2025") && a.path_words.contains("fall"));
        assert_eq!(Address::new(Some("https://example.com/news/city-council-vote.html")).slug, vec!["city", "council", "vote"]);
        assert!(Address::new(Some("https://example.com/")).slug.is_empty());
        assert!(Address::new(None).path_words.is_empty());
    }
}
