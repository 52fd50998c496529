//! The text's language, named by which language's function words its
//! lines use most ("the", "der", "le", "el", "il", "o", "het"…).

use super::lexicon::{function_word_langs, LANGUAGES};

/// Fewest function-word hits before a language is named.
const MIN_HITS: usize = 8;
/// Share of all hits the winning language must hold.
const MIN_SHARE: f32 = 0.35;

/// Index into [`LANGUAGES`] of the language of these lines, when the
/// evidence is clear.
pub fn detect<'a>(lines: impl Iterator<Item = &'a str>) -> Option<usize> {
    let mut hits = [0usize; LANGUAGES.len()];
    let mut word = String::new();
    for line in lines {
        for raw in line.split_whitespace() {
            word.clear();
            word.extend(raw.trim_matches(|c: char| !c.is_alphanumeric()).chars().flat_map(char::to_lowercase));
            let langs = function_word_langs(&word);
            for (i, h) in hits.iter_mut().enumerate() {
                if langs & (1 << i) != 0 {
                    *h += 1;
                }
            }
        }
    }
    let total: usize = hits.iter().sum();
    let (best, &n) = hits.iter().enumerate().max_by_key(|(i, n)| (**n, usize::MAX - i))?;
    (n >= MIN_HITS && n as f32 >= total as f32 * MIN_SHARE).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_english_german_french() {
        let en = "The council said that it was not the time for a vote on the plan, and the mayor agreed with them.";
        let de = "Der Rat hat gesagt, dass es nicht die Zeit für eine Abstimmung über den Plan ist, und der Bürgermeister war auch dafür.";
        let fr = "Le conseil a dit que ce n'est pas le moment pour un vote sur le plan, et le maire est pour cette idée dans les faits.";
        assert_eq!(detect([en].into_iter()).map(|i| LANGUAGES[i]), Some("en"));
        assert_eq!(detect([de].into_iter()).map(|i| LANGUAGES[i]), Some("de"));
        assert_eq!(detect([fr].into_iter()).map(|i| LANGUAGES[i]), Some("fr"));
        assert_eq!(detect(["Home", "News", "Sport"].into_iter()), None);
    }
}
