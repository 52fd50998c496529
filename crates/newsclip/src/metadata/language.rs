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
    fn the_text_wins_when_the_markup_lies() {
        assert_eq!(settle(Some("en"), Some("html-lang"), DE), (Some("de".into()), Some("text".into())));
        assert_eq!(settle(Some("de-AT"), Some("html-lang"), DE), (Some("de-AT".into()), Some("html-lang".into())));
        assert_eq!(settle(None, None, DE), (Some("de".into()), Some("text".into())));
        assert_eq!(settle(Some("en"), Some("meta"), "Too short."), (Some("en".into()), Some("meta".into())));
    }
}
