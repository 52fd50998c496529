//! The page's language checked against its text: markup often lies (a
//! template's `lang="en"` on a German story), so a reliable detection of
//! the body's language (whatlang, trigram profiles) wins over the markup.

/// Letters of body text looked at.
const SAMPLE_CHARS: usize = 1_000;

/// Fewer letters than this and detection is not trusted.
const MIN_CHARS: usize = 200;

/// Settle the language from the markup's tag and the body text: returns
/// the tag and its source.
pub fn settle(markup: Option<&str>, markup_source: Option<&str>, text: &str) -> (Option<String>, Option<String>) {
    let keep = (markup.map(str::to_string), markup_source.map(str::to_string));
    let sample: String = text.chars().take(SAMPLE_CHARS).collect();
    if sample.chars().filter(|c| c.is_alphabetic()).count() < MIN_CHARS {
        return keep;
    }
    // The common case, cheaply: English markup over plainly English text
    // (whatlang scores every Latin-script profile: a million instructions).
    if markup.is_some_and(|m| m.split(['-', '_']).next().is_some_and(|p| p.eq_ignore_ascii_case("en"))) && plainly_english(&sample) {
        return keep;
    }
    let Some(info) = whatlang::detect(&sample) else { return keep };
    if !info.is_reliable() {
        return keep;
    }
    let Some(code) = iso639_1(info.lang()) else { return keep };
    match markup {
        Some(m) => {
            let primary = m.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            if primary == code || related(&primary, code) {
                keep
            } else {
                (Some(code.to_string()), Some("text".to_string()))
            }
        }
        None => (Some(code.to_string()), Some("text".to_string())),
    }
}

/// Words that make up a fifth or more of English prose, a tenth or more
/// of its lists and captions, and are rare as words in other languages
/// (German and Dutch share "was" and "is", at a percent or two).
const ENGLISH_WORDS: [&[u8]; 16] = [
    b"the", b"and", b"of", b"to", b"is", b"for", b"that", b"with", b"was", b"it", b"this", b"are", b"be", b"by", b"from", b"have",
];

/// Whether a sample is English beyond doubt: forty words or more, a tenth
/// of them English function words.
fn plainly_english(sample: &str) -> bool {
    let (mut words, mut hits) = (0usize, 0usize);
    for w in sample.as_bytes().split(|b| !b.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        if w.len() <= 4 && ENGLISH_WORDS.iter().any(|e| e.eq_ignore_ascii_case(w)) {
            hits += 1;
        }
    }
    words >= 40 && hits * 10 >= words
}

/// Languages the detector confuses with each other: the markup is kept.
fn related(a: &str, b: &str) -> bool {
    let pairs = [("no", "nb"), ("nb", "nn"), ("no", "da"), ("nb", "da"), ("sr", "hr"), ("hr", "bs"), ("sr", "bs"), ("ms", "id"), ("zh", "ja"), ("uk", "ru"), ("be", "ru"), ("ca", "es"), ("gl", "pt"), ("gl", "es"), ("sk", "cs")];
    pairs.iter().any(|(x, y)| (a == *x && b == *y) || (a == *y && b == *x))
}

fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en", Deu => "de", Fra => "fr", Spa => "es", Ita => "it", Por => "pt", Nld => "nl",
        Rus => "ru", Ukr => "uk", Pol => "pl", Ces => "cs", Slk => "sk", Slv => "sl", Hrv => "hr",
        Srp => "sr", Bul => "bg", Ron => "ro", Hun => "hu", Fin => "fi", Swe => "sv", Dan => "da",
        Nob => "nb", Ell => "el", Tur => "tr", Ara => "ar", Heb => "he", Pes => "fa", Hin => "hi",
        Ben => "bn", Urd => "ur", Tam => "ta", Tel => "te", Mar => "mr", Jpn => "ja", Kor => "ko",
        Cmn => "zh", Tha => "th", Vie => "vi", Ind => "id", Lit => "lt", Lav => "lv", Est => "et",
        Cat => "ca", Bel => "be", Afr => "af", Epo => "eo", Kat => "ka", Hye => "hy", Aze => "az",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DE: &str = "Am Dienstag wird in der ganzen Region starker Regen erwartet, sagten die Meteorologen, \
        mit bis zu vierzig Millimetern in den Höhenlagen. Autofahrer sollen vorsichtig sein und sich vor der \
        Fahrt informieren, da mehrere Strecken kurzfristig gesperrt werden können, während die Einsatzkräfte \
        umgestürzte Bäume und verstopfte Abflüsse räumen.";

    #[test]
    fn plainly_english_needs_english_function_words() {
        let en = "The council said on Tuesday that the new bridge, which was planned for years, is to be built by a local firm \
            and that work on it will start in the spring, with the road closed for two months while the old one is taken down.";
        assert!(plainly_english(en));
        assert!(!plainly_english(DE));
        // Dutch shares "is" and "was" with the list, not "the" or "and".
        let nl = "De gemeente heeft dinsdag gezegd dat de nieuwe brug, die al jaren gepland is, door een lokaal bedrijf wordt \
            gebouwd en dat het werk in het voorjaar begint, met de weg twee maanden dicht terwijl de oude brug wordt afgebroken.";
        assert!(!plainly_english(nl));
        let nl2 = format!("{nl} Omwonenden kunnen tijdens de werkzaamheden via een omleiding langs het kanaal naar het centrum rijden.");
        assert_eq!(settle(Some("en"), Some("html-lang"), &nl2), (Some("nl".into()), Some("text".into())));
    }

    #[test]
    fn the_text_wins_when_the_markup_lies() {
        assert_eq!(settle(Some("en"), Some("html-lang"), DE), (Some("de".into()), Some("text".into())));
        assert_eq!(settle(Some("de-AT"), Some("html-lang"), DE), (Some("de-AT".into()), Some("html-lang".into())));
        assert_eq!(settle(None, None, DE), (Some("de".into()), Some("text".into())));
        assert_eq!(settle(Some("en"), Some("meta"), "Too short."), (Some("en".into()), Some("meta".into())));
    }
}
