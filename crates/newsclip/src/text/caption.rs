//! Image captions in a text export: the caption printed twice, the second
//! time with its credit ("… in Geneva" then "… in Geneva (Getty)"), merged
//! into one image; a caption line ending in a credit ("(AFP via Getty
//! Images)", "Photo: Jane Doe", "© Reuters") split into caption and credit.

use std::sync::LazyLock;

use regex::Regex;

use crate::article::Image;
use crate::textutil::find_ascii_ci;

/// Most words of a credit.
const MAX_CREDIT_WORDS: usize = 8;

/// A credit introduced by a label at the end of a caption.
static LABELLED_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\s|/]*(?:\(|(?-u:\b))(?:photo(?:graph)?s?|pictures?|image|credit|foto|bild|crédit|imagen|immagine|source)\s*:\s*([^()]{2,80}?)\)?$|\s*©\s*([^()]{2,80})$")
        .expect("valid regex")
});

/// ASCII stems of the labels of [`LABELLED_CREDIT`]: a line holds one of
/// them, case aside, when it holds a label ("dit" stands for "crédit").
const LABEL_STEMS: [&str; 9] = ["photo", "picture", "image", "immagine", "credit", "foto", "bild", "dit", "source"];

/// Split a caption line into caption and credit, when it ends in one.
pub fn split_credit(line: &str) -> Option<(String, String)> {
    // Both forms need a colon or a ©, the first also a label's word (cheap
    // tests before the regex).
    let labelled = line.contains('©') || line.contains(':') && LABEL_STEMS.iter().any(|w| find_ascii_ci(line.as_bytes(), w.as_bytes()).is_some());
    if let Some(caps) = labelled.then(|| LABELLED_CREDIT.captures(line)).flatten() {
        let credit = caps.get(1).or_else(|| caps.get(2))?.as_str().trim();
        let at = caps.get(0)?.start();
        let caption = line[..at].trim();
        let short = credit.split_whitespace().count() <= MAX_CREDIT_WORDS && !credit.ends_with(['.', '!', '?']);
        if !caption.is_empty() && short {
            return Some((caption.to_string(), credit.to_string()));
        }
    }
    let inner = line.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let credit = inner[open + 1..].trim();
    let caption = inner[..open].trim();
    (!caption.is_empty() && credit_like(credit)).then(|| (caption.to_string(), credit.to_string()))
}

/// The remainder after a caption in its credited copy: "(Getty)",
/// "Photo: …", "© …", "AFP via Getty Images".
fn credit_of_remainder(rest: &str) -> Option<String> {
    let rest = rest.trim();
    if let Some(inner) = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        return credit_like(inner.trim()).then(|| inner.trim().to_string());
    }
    if let Some((_, credit)) = split_credit(&format!("x {rest}")) {
        return Some(credit);
    }
    credit_like(rest).then(|| rest.to_string())
}

/// Whether text reads as a photo credit: a few words, each capitalised or
/// a joining word, no sentence punctuation.
fn credit_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_CREDIT_WORDS || text.ends_with(['.', '!', '?', ',']) {
        return false;
    }
    if text.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()) {
        return false;
    }
    words.iter().all(|w| {
        w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '©')
            || matches!(*w, "via" | "and" | "for" | "/" | "&" | "de" | "von" | "für" | "pour" | "para" | "per" | "e" | "y" | "und" | "et" | "the" | "of")
    })
}

/// Images found in `lines`, and which lines they used. A caption line
/// directly followed by its credited copy is one image; `alone` also
/// takes single lines that end in a credit, and gives their index with
/// the image (a title-case headline ending in a parenthesis, "… (And How
/// to Start)", reads as one too: the headline's reader may take it back).
pub fn find_images(lines: &[&str], alone: impl Fn(usize) -> bool, used: &mut [bool]) -> Vec<(Image, Option<usize>)> {
    let mut images = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if used[i] {
            i += 1;
            continue;
        }
        let line = lines[i];
        if let Some(next) = lines.get(i + 1) {
            // Words are counted only as far as the test needs.
            if line.split_whitespace().nth(2).is_some() {
                if let Some(credit) = next.strip_prefix(line).and_then(credit_of_remainder) {
                    images.push((image(line, Some(credit)), None));
                    used[i] = true;
                    used[i + 1] = true;
                    i += 2;
                    continue;
                }
            }
        }
        if alone(i) && line.split_whitespace().nth(3).is_some() {
            if let Some((caption, credit)) = split_credit(line) {
                images.push((image(&caption, Some(credit)), Some(i)));
                used[i] = true;
            }
        }
        i += 1;
    }
    images
}

fn image(caption: &str, credit: Option<String>) -> Image {
    Image { caption: Some(caption.to_string()), credit, ..Image::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_split_off_captions() {
        let cases = [
            ("Leaders meet in Geneva (Getty)", "Leaders meet in Geneva", "Getty"),
            ("Crowds gather outside (AFP via Getty Images)", "Crowds gather outside", "AFP via Getty Images"),
            ("The new bridge at dusk. Photo: Jane Doe", "The new bridge at dusk.", "Jane Doe"),
            ("Die Brücke am Abend Foto: dpa", "Die Brücke am Abend", "dpa"),
            ("Flood water in the square © Reuters", "Flood water in the square", "Reuters"),
        ];
        for (line, cap, credit) in cases {
            assert_eq!(split_credit(line), Some((cap.to_string(), credit.to_string())), "{line}");
        }
        assert_eq!(split_credit("He left the party (and the country) in 2019."), None);
        assert_eq!(split_credit("Prices rose sharply (see chart below)"), None);
    }

    #[test]
    fn a_caption_printed_twice_is_one_image() {
        let lines = ["Leaders meet in Geneva in June", "Leaders meet in Geneva in June (Getty)", "Body text."];
        let mut used = vec![false; 3];
        let images = find_images(&lines, |_| false, &mut used);
        assert_eq!(images.len(), 1);
        assert_eq!(images[0].0.caption.as_deref(), Some("Leaders meet in Geneva in June"));
        assert_eq!(images[0].0.credit.as_deref(), Some("Getty"));
        assert_eq!(images[0].1, None);
        assert_eq!(used, vec![true, true, false]);
    }
}
