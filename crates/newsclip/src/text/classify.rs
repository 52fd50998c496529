//! Telling the story from the furniture, line by line: each line gets
//! features (length, sentence punctuation, function-word share in the
//! text's language, how it opens, repetition within the page) and a kind;
//! the story is the densest run of prose, found as the span of lines with
//! the highest total score (prose counts for, furniture against).

use rustc_hash::FxHashMap;

use crate::textutil::for_each_word;

use super::dateline::parse_dateline;
use crate::dates::Hints;
use super::layout::Line;
use super::lexicon::{word_class, is_address_word, ADDRESS_BIT, LANGUAGES, is_cookie_notice, APPEAL_WORDS, CALL_TO_ACTION, FORM_NOTICE, WEAK_APPEAL_WORDS, MAX_FUNCTION_WORD_BYTES};

/// What a line is, as far as the line alone and the page's repetitions tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A sentence or more of prose.
    Prose,
    /// A short line: a heading, a label, a name, a menu item.
    Short,
    /// A long line that is not prose (a list of names, links, tags).
    Run,
    /// A call to action, prompt or site label.
    Prompt,
    /// A donation or membership appeal.
    Appeal,
    /// A line printed several times on the page (menus, labels).
    Repeated,
    /// A date and little else.
    Date,
}

/// One line with its features.
#[derive(Debug, Clone)]
pub struct Info {
    /// Words (white-space separated tokens).
    pub words: usize,
    /// Ends like a sentence (`.`, `!`, `?`, `…`, maybe before a closing quote).
    pub ends_sentence: bool,
    /// Share of words that are function words of the text's language.
    pub function_share: f32,
    /// Times this line's text occurs on the page.
    pub repeats: usize,
    /// The date the line is, when it is a dateline.
    pub date: Option<String>,
    /// The line's kind.
    pub kind: Kind,
    /// Words that address the reader ("we", "our", "you").
    pub address: usize,
}

/// Fewest words of a prose line.
const MIN_PROSE_WORDS: usize = 8;
/// Words past which a line without sentence punctuation still counts as prose.
const RUN_ON_PROSE_WORDS: usize = 25;
/// Lowest function-word share of prose when the language is known
/// (story prose in the seven languages runs 0.3–0.5; lists of names ~0.05).
const MIN_FUNCTION_SHARE: f32 = 0.15;
/// Most words of a line read as a call to action or label by its opening.
const MAX_PROMPT_WORDS: usize = 16;
/// Share of addressing words (we, our, you…) that, with appeal
/// vocabulary, marks a paragraph as a donation appeal.
const MIN_APPEAL_ADDRESS_SHARE: f32 = 0.03;
/// Share of addressing words that, with only a weak appeal word
/// ("subscribe", "contribution"), marks a paragraph as an appeal. Below
/// it such words are a story's ("the plan needs a subscription"): on
/// wcxb-dev-text, 296 lines read as appeals were story or copy more often
/// than not.
const MIN_WEAK_APPEAL_ADDRESS_SHARE: f32 = 0.08;

/// [`classify_counted`] making its own keys and word counts.
#[cfg(test)]
pub fn classify(lines: &[Line], lang: Option<usize>, hints: &Hints) -> Vec<Info> {
    let keys = keys(lines);
    let counted = count_words(&keys);
    classify_counted(lines, &keys, &counted, lang, hints)
}

/// Each line folded to lower case: the key that finds its repeats, and the
/// text its words are counted in.
pub fn keys(lines: &[Line]) -> Vec<String> {
    lines.iter().map(|l| crate::textutil::to_lower(&l.text)).collect()
}

/// A line's words as the language detection and the classification read
/// them, counted in one pass.
#[derive(Debug, Clone, Default)]
pub struct LineWords {
    /// Words (white-space separated tokens).
    pub words: usize,
    /// Words that are function words of any language.
    pub function_any: usize,
    /// Words that are function words of each language of [`super::lexicon::LANGUAGES`].
    pub function: [u16; LANGUAGES.len()],
    /// Words that address the reader ("we", "our", "you").
    pub address: usize,
}

/// [`LineWords`] of each key (a line in lower case).
pub fn count_words(keys: &[String]) -> Vec<LineWords> {
    keys.iter()
        .map(|key| {
            let mut c = LineWords::default();
            for_each_word(key, |raw| {
                c.words += 1;
                let word = trim_to_alphanumeric(raw);
                if word.is_empty() || word.len() > MAX_FUNCTION_WORD_BYTES {
                    return;
                }
                // The languages and the address bit, in one lookup.
                let class = word_class(word);
                let langs = class & !ADDRESS_BIT;
                if langs != 0 {
                    c.function_any += 1;
                    // One count per language the word is a function word of.
                    let mut bits = langs;
                    while bits != 0 {
                        c.function[bits.trailing_zeros() as usize] += 1;
                        bits &= bits - 1;
                    }
                }
                if class & ADDRESS_BIT != 0 {
                    c.address += 1;
                }
            });
            c
        })
        .collect()
}

/// `raw` without the characters that are not letters or digits at its
/// ends; ASCII ends are read as bytes.
#[inline]
fn trim_to_alphanumeric(raw: &str) -> &str {
    let b = raw.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => raw,
        _ if raw.is_ascii() => match (b.iter().position(u8::is_ascii_alphanumeric), b.iter().rposition(u8::is_ascii_alphanumeric)) {
            (Some(s), Some(e)) => &raw[s..=e],
            _ => "",
        },
        _ => raw.trim_matches(|c: char| !c.is_alphanumeric()),
    }
}

/// Features and kind of every line, from its [`keys`] and [`count_words`];
/// `lang` is the index of the text's language in
/// [`super::lexicon::LANGUAGES`], when known.
pub fn classify_counted(lines: &[Line], keys: &[String], counted: &[LineWords], lang: Option<usize>, hints: &Hints) -> Vec<Info> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for k in keys {
        *counts.entry(k.as_str()).or_insert(0) += 1;
    }
    let mut infos: Vec<Info> = lines
        .iter()
        .zip(keys)
        .zip(counted)
        .map(|((line, key), c)| {
            let text = line.text.as_str();
            let words = c.words;
            let function = match lang {
                Some(l) => usize::from(c.function[l]),
                None => c.function_any,
            };
            let address = c.address;
            let function_share = if words == 0 { 0.0 } else { function as f32 / words as f32 };
            let address_share = if words == 0 { 0.0 } else { address as f32 / words as f32 };
            let ends_sentence = ends_like_sentence(text);
            let repeats = counts.get(key.as_str()).copied().unwrap_or(1);
            let date = if words <= 12 && text.bytes().any(|b| b.is_ascii_digit()) {
                parse_dateline(text, hints)
            } else {
                None
            };
            // A cookie notice names cookies: the lower-case key says first
            // whether a line can be one.
            let kind = if date.is_some() {
                Kind::Date
            } else if words <= MAX_PROMPT_WORDS && CALL_TO_ACTION.is_match(text)
                || names_cookies(key) && is_cookie_notice(text)
                || (key.starts_with("by ") || key.starts_with("th")) && FORM_NOTICE.is_match(text)
            {
                Kind::Prompt
            } else if address_share >= MIN_APPEAL_ADDRESS_SHARE && APPEAL_WORDS.is_match(text)
                || address_share >= MIN_WEAK_APPEAL_ADDRESS_SHARE && WEAK_APPEAL_WORDS.is_match(text)
            {
                Kind::Appeal
            } else if repeats > 1 && words < RUN_ON_PROSE_WORDS {
                Kind::Repeated
            } else if words >= MIN_PROSE_WORDS
                && (ends_sentence || words >= RUN_ON_PROSE_WORDS)
                && (lang.is_none() || function_share >= MIN_FUNCTION_SHARE)
            {
                Kind::Prose
            } else if words >= RUN_ON_PROSE_WORDS {
                Kind::Run
            } else {
                Kind::Short
            };
            Info { words, ends_sentence, function_share, repeats, date, kind, address }
        })
        .collect();
    mark_appeal_runs(lines, &mut infos);
    infos
}

/// A paragraph that addresses the reader (we, our, you) between two
/// appeal lines belongs to the appeal: "From … to …, we know how
/// important it is…" between "Your support helps us…" and "Your donation…".
fn mark_appeal_runs(lines: &[Line], infos: &mut [Info]) {
    let is_appeal_edge = |i: &Info, l: &Line| {
        i.kind == Kind::Appeal || (i.kind == Kind::Prompt && (APPEAL_WORDS.is_match(&l.text) || WEAK_APPEAL_WORDS.is_match(&l.text)))
    };
    let mut last_edge: Option<usize> = None;
    for i in 0..infos.len() {
        if is_appeal_edge(&infos[i], &lines[i]) {
            if let Some(start) = last_edge {
                if i - start <= 6 {
                    for j in start + 1..i {
                        if addresses_reader(&lines[j].text) {
                            infos[j].kind = Kind::Appeal;
                        }
                    }
                }
            }
            last_edge = Some(i);
        }
    }
}

/// Whether a line speaks as the site to its readers: a first-person-plural
/// or second-person word outside quotation marks.
fn addresses_reader(text: &str) -> bool {
    let mut quoted = false;
    let mut word = String::new();
    for raw in text.split_whitespace() {
        if raw.starts_with(['“', '"', '«', '„']) {
            quoted = true;
        }
        if !quoted {
            word.clear();
            word.extend(raw.trim_matches(|c: char| !c.is_alphanumeric()).chars().flat_map(char::to_lowercase));
            if is_address_word(&word) {
                return true;
            }
        }
        if raw.ends_with(['”', '"', '»', '“']) || raw.trim_end_matches(|c: char| c.is_ascii_punctuation()).ends_with(['”', '"', '»']) {
            quoted = false;
        }
    }
    false
}

/// Whether a lower-case key holds "ookie" (`key.contains("ookie")`): the
/// rare `k` is found with `memchr` first, where a substring search pays
/// its set-up on every line.
fn names_cookies(key: &str) -> bool {
    let b = key.as_bytes();
    memchr::memchr_iter(b'k', b).any(|i| i >= 2 && b[i - 2..].starts_with(b"ookie"))
}

/// Ends with sentence punctuation, possibly before closing quotes or brackets.
pub fn ends_like_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*']);
    t.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// Span score of a short line that is not a sentence (heading, label,
/// menu item). With [`PROMPT_PENALTY`] and [`RUN_PENALTY_PER_WORD`],
/// swept as a set on wcxb-dev-text (short 2–3, prompt 5–10, share
/// 0.15–1): all-pages word F1 0.742–0.770, best at the values here.
const SHORT_PENALTY: f32 = 2.0;
/// Span score of a call to action or a line repeated on the page.
const PROMPT_PENALTY: f32 = 5.0;
/// Span score per word of a long line that is not prose.
const RUN_PENALTY_PER_WORD: f32 = 0.5;
/// Span score of a dateline.
const DATE_PENALTY: f32 = 3.0;
/// Least weight of a further story span, as a share of the densest one's
/// (0.2: a thread's other posts, a listing's other items count).
const FURTHER_SPAN_SHARE: f32 = 0.2;

/// The score of a line towards the story span: prose for (its words),
/// furniture against.
fn score(info: &Info) -> f32 {
    match info.kind {
        Kind::Prose => info.words as f32,
        Kind::Short if info.ends_sentence && info.words >= 4 => 0.5 * info.words as f32,
        Kind::Short => -SHORT_PENALTY,
        Kind::Date => -DATE_PENALTY,
        Kind::Run => -RUN_PENALTY_PER_WORD * info.words as f32,
        Kind::Prompt | Kind::Repeated => -PROMPT_PENALTY,
        Kind::Appeal => -(info.words as f32).max(10.0),
    }
}

/// The densest run of prose in `infos[from..to]`: the span of lines whose
/// scores sum highest (Kadane's maximum subarray), with that sum.
fn best_span(infos: &[Info], from: usize, to: usize) -> Option<(f32, usize, usize)> {
    let (mut best, mut best_span) = (0.0f32, None);
    let (mut sum, mut start) = (0.0f32, from);
    for i in from..to {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += score(&infos[i]);
        if sum > best {
            best = sum;
            best_span = Some((best, start, i + 1));
        }
    }
    best_span
}

/// The story's spans, in page order: the densest run of prose, and other
/// runs on either side whose weight is at least a share of it (the posts
/// of a thread, the items of a listing). Empty when no line scores above 0.
pub fn story_spans(infos: &[Info], limit: usize) -> Vec<(usize, usize)> {
    let Some((best, start, end)) = best_span(infos, 0, limit) else {
        return Vec::new();
    };
    let mut spans = vec![(start, end)];
    let mut todo = vec![(0, start), (end, limit)];
    while let Some((from, to)) = todo.pop() {
        if let Some((w, s, e)) = best_span(infos, from, to) {
            if w >= FURTHER_SPAN_SHARE * best {
                spans.push((s, e));
                todo.push((from, s));
                todo.push((e, to));
            }
        }
    }
    spans.sort_unstable();
    spans
}

/// The main story span `[start, end)`, the densest run of prose among
/// the lines before `limit`.
pub fn story_span(infos: &[Info], limit: usize) -> Option<(usize, usize)> {
    best_span(infos, 0, limit).map(|(_, s, e)| (s, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::layout::read_lines;

    #[test]
    fn words_split_and_trim_as_the_unicode_functions_do() {
        for text in ["  the plan, and\tthe\x0bvote\x0c! ", "", " ", "word", "«quoted» words — and\u{a0}more", "a\r\nb  c\x1fd"] {
            let mut words = Vec::new();
            for_each_word(text, |w| words.push(w));
            assert_eq!(words, text.split_whitespace().collect::<Vec<_>>(), "{text:?}");
            for w in words {
                assert_eq!(trim_to_alphanumeric(w), w.trim_matches(|c: char| !c.is_alphanumeric()), "{w:?}");
            }
        }
        for w in ["(2024)", "...", "\"why?\"", "x", "-", "co-op,"] {
            assert_eq!(trim_to_alphanumeric(w), w.trim_matches(|c: char| !c.is_alphanumeric()), "{w:?}");
        }
    }

    #[test]
    fn the_cookie_check_agrees_with_a_substring_search() {
        for key in ["we use cookies", "cookie", "ookie", "ookies and kookie", "okie", "kookiee", "k", "", "bookkeeping", "the cookbook", "ünïcookie"] {
            assert_eq!(names_cookies(key), key.contains("ookie"), "{key}");
        }
    }

    #[test]
    fn the_densest_prose_run_is_the_story() {
        let text = "Home\nNews\nSport\nSign up for our newsletter\n\
            The council voted on Tuesday to close the old bridge to traffic, after engineers said it was no longer safe.\n\
            Drivers will be sent on a detour of about four miles while the work is done, the council said in a statement.\n\
            Related\nHome\nNews\nSport\n";
        let lines = read_lines(text);
        let infos = classify(&lines, Some(0), &Hints::default());
        assert_eq!(infos[3].kind, Kind::Prompt);
        assert_eq!(infos[0].kind, Kind::Repeated);
        assert_eq!(story_span(&infos, infos.len()), Some((4, 6)));
    }

    #[test]
    fn a_story_naming_a_subscription_is_no_appeal() {
        let text = "Each of these services offers its own app, which you can install on a smart TV, and a subscription costs ten dollars a month.\n\
            Thousands of volunteers contribute to the project, which you can download for free from its website.\n\
            Your donation allows us to keep sending reporters to speak to both sides of the story.\n\
            If you enjoy our stories, please subscribe to our weekly letter so that we can keep them coming.\n";
        let lines = read_lines(text);
        let infos = classify(&lines, Some(0), &Hints::default());
        let kinds: Vec<Kind> = infos.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, [Kind::Prose, Kind::Prose, Kind::Appeal, Kind::Appeal]);
    }

    #[test]
    fn a_forms_small_print_is_a_prompt() {
        let text = "The council voted on Tuesday to close the old bridge to traffic, after engineers said it was no longer safe.\n\
            Get the morning briefing\n\
            By entering your email address you agree to our Terms of Use and Privacy Policy and consent to receive emails from the paper.\n\
            This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.\n";
        let lines = read_lines(text);
        let infos = classify(&lines, Some(0), &Hints::default());
        let kinds: Vec<Kind> = infos.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, [Kind::Prose, Kind::Short, Kind::Prompt, Kind::Prompt]);
    }

    #[test]
    fn nothing_but_furniture_has_no_span() {
        let lines = read_lines("Home\nNews\nSign up\nComments\n");
        let infos = classify(&lines, None, &Hints::default());
        assert_eq!(story_span(&infos, infos.len()), None);
    }
}
