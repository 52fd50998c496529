//! Image credits: the "(Getty)", "Photo: Ann Lee", "© AFP" a caption ends
//! with, split off so that the caption is the caption and the credit a field.

/// Labels that introduce a credit, in several languages.
const LABELS: &[&str] = &[
    "photo credit:", "image credit:", "photograph:", "photo:", "photos:", "photo by", "photography:",
    "picture:", "pictures:", "image:", "images:", "credit:", "credits:", "source:", "illustration:",
    "foto:", "fotos:", "bild:", "quelle:", "crédit :", "crédit:", "crédits :", "crédito:", "fuente:",
    "créditos:", "©", "(c)",
];

/// Split a caption into the caption proper and its credit, when it has one.
pub fn split_credit(caption: &str) -> (String, Option<String>) {
    let text = caption.trim();
    // A trailing parenthesis: "… in Geneva (Getty)", "… (Photo: AP)".
    if text.ends_with(')') {
        if let Some(open) = text.rfind('(') {
            let inner = text[open + 1..text.len() - 1].trim();
            if looks_like_credit(inner) {
                let cap = text[..open].trim_end().to_string();
                if !cap.is_empty() {
                    return (cap, Some(strip_label(inner)));
                }
            }
        }
    }
    // A label: "… in Geneva. Photo: Ann Lee/Reuters".
    let lower = text.to_lowercase();
    for label in LABELS {
        if let Some(i) = lower.rfind(label) {
            // The label starts the credit: at the start, or after a sentence or a separator.
            let before = text[..i].trim_end();
            let boundary = before.is_empty() || before.ends_with(['.', '|', '/', '–', '—', '-', ')', '!', '?', '"', '”']) || *label == "©";
            if boundary && i + label.len() < text.len() {
                let credit = text[i..].trim();
                let credit = strip_label(credit);
                if credit.chars().count() <= 80 && !credit.is_empty() {
                    let cap = before.trim_end_matches(['|', '/', '–', '—', '-']).trim().to_string();
                    return (cap, Some(credit));
                }
            }
        }
    }
    (text.to_string(), None)
}

fn strip_label(s: &str) -> String {
    let lower = s.to_lowercase();
    for label in LABELS {
        if lower.starts_with(label) {
            return s[label.len()..].trim().trim_start_matches(':').trim().to_string();
        }
    }
    s.trim().to_string()
}

/// Whether a parenthesised caption end names a source rather than a detail:
/// short, capitalised, and either labelled, an agency, or a name.
fn looks_like_credit(inner: &str) -> bool {
    let words = inner.split_whitespace().count();
    if inner.is_empty() || words > 8 || inner.chars().count() > 60 {
        return false;
    }
    let lower = inner.to_lowercase();
    if LABELS.iter().any(|l| lower.starts_with(l)) {
        return true;
    }
    let known = ["getty", "reuters", "ap", "afp", "epa", "pa", "shutterstock", "alamy", "istock", "dpa", "bloomberg", "ap photo", "pa wire", "supplied", "handout", "file", "courtesy"];
    if known.iter().any(|k| lower == *k || lower.starts_with(&format!("{k} ")) || lower.starts_with(&format!("{k}/")) || lower.ends_with(&format!("/{k}"))) {
        return true;
    }
    let first = inner.chars().next().unwrap_or(' ');
    // "(Getty Images)", "(Ann Lee/The Daily)": capitalised words, a slash or "Images".
    first.is_uppercase()
        && words <= 4
        && (inner.contains('/') || lower.contains("images") || lower.contains("photo") || lower.contains("pictures"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_are_split_off() {
        let c = |s: &str| split_credit(s);
        assert_eq!(c("Leaders meet in Geneva on 16 June 2021 (Getty)"), ("Leaders meet in Geneva on 16 June 2021".into(), Some("Getty".into())));
        assert_eq!(c("Rain over the hills. Photo: Ann Lee/Reuters"), ("Rain over the hills.".into(), Some("Ann Lee/Reuters".into())));
        assert_eq!(c("Rain over the hills (Getty Images)"), ("Rain over the hills".into(), Some("Getty Images".into())));
        assert_eq!(c("Rain over the hills © AFP"), ("Rain over the hills".into(), Some("AFP".into())));
        assert_eq!(c("Regen in Berlin. Foto: dpa"), ("Regen in Berlin.".into(), Some("dpa".into())));
        assert_eq!(c("The team in 2019 (left to right)"), ("The team in 2019 (left to right)".into(), None));
        assert_eq!(c("Ann Lee (pictured) at home"), ("Ann Lee (pictured) at home".into(), None));
    }
}
