//! The text's language, named by which language's function words its
//! lines use most ("the", "der", "le", "el", "il", "o", "het"…).

use super::classify::LineWords;
use super::lexicon::LANGUAGES;

/// Fewest function-word hits before a language is named.
const MIN_HITS: usize = 8;
/// Share of all hits the winning language must hold.
const MIN_SHARE: f32 = 0.35;

/// A language named from the text's function words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detected {
    /// Index into [`LANGUAGES`].
    pub index: usize,
    /// The evidence is strong enough that a trigram detector need not
    /// check it: many hits, and a share of all words that only the
    /// language's own prose reaches (a language outside [`LANGUAGES`]
    /// hits a few look-alike short words, far below it).
    pub strong: bool,
}

/// Fewest hits of a strong detection.
const STRONG_HITS: usize = 40;
/// Least share of all words looked at that a strong detection's hits are
/// (function words are 30–50% of prose in each of the seven languages).
const STRONG_WORD_SHARE: f32 = 0.25;
/// Least share of all hits a strong detection holds.
const STRONG_SHARE: f32 = 0.6;

/// The language of lines whose words are counted, when the evidence is
/// clear.
pub fn detect_counted<'a>(lines: impl Iterator<Item = &'a LineWords>) -> Option<Detected> {
    let mut hits = [0usize; LANGUAGES.len()];
    let mut words = 0usize;
    for line in lines {
        words += line.words;
        for (h, n) in hits.iter_mut().zip(line.function) {
            *h += usize::from(n);
        }
    }
    let total: usize = hits.iter().sum();
    let (best, &n) = hits.iter().enumerate().max_by_key(|(i, n)| (**n, usize::MAX - i))?;
    let strong = n >= STRONG_HITS && n as f32 >= words as f32 * STRONG_WORD_SHARE && n as f32 >= total as f32 * STRONG_SHARE;
    (n >= MIN_HITS && n as f32 >= total as f32 * MIN_SHARE).then_some(Detected { index: best, strong })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::classify::count_words;

    fn detect<'a>(lines: impl Iterator<Item = &'a str>) -> Option<Detected> {
        let keys: Vec<String> = lines.map(str::to_lowercase).collect();
        detect_counted(count_words(&keys).iter())
    }

    #[test]
    fn names_english_german_french() {
        let en = "The council said that it was not the time for a vote on the plan, and the mayor agreed with them.";
        let de = "Der Rat hat gesagt, dass es nicht die Zeit für eine Abstimmung über den Plan ist, und der Bürgermeister war auch dafür.";
        let fr = "Le conseil a dit que ce n'est pas le moment pour un vote sur le plan, et le maire est pour cette idée dans les faits.";
        assert_eq!(detect([en].into_iter()).map(|d| LANGUAGES[d.index]), Some("en"));
        assert_eq!(detect([de].into_iter()).map(|d| LANGUAGES[d.index]), Some("de"));
        assert_eq!(detect([fr].into_iter()).map(|d| LANGUAGES[d.index]), Some("fr"));
        assert_eq!(detect(["Home", "News", "Sport"].into_iter()), None);
    }

    #[test]
    fn long_prose_is_strong_evidence_and_look_alike_words_are_not() {
        let en = "The council said that it was not the time for a vote on the plan, and the mayor agreed with them. ";
        let en = en.repeat(6);
        assert_eq!(detect([en.as_str()].into_iter()), Some(Detected { index: 0, strong: true }));
        // Czech shares "a", "o", "na", "se", "do" with the Romance lists.
        let cs = "Vláda na svém zasedání schválila návrh zákona o podpoře bydlení, který má pomoci mladým rodinám a seniorům. \
            Ministr uvedl, že se změny dotknou také nájemníků v obecních bytech a že o dalších krocích se rozhodne do konce roku. ";
        let cs = cs.repeat(6);
        assert!(detect([cs.as_str()].into_iter()).is_none_or(|d| !d.strong));
    }
}
