//! Metadata fields scored against the truths: authors, publication date,
//! site name, language and page type (the title is scored in [`crate::metrics`]).
//!
//! Normalisation, as the datasets call for:
//! - **authors**: the set of names. A truth or predicted string is cut into
//!   names at commas, semicolons, `|`, " and ", " & " (and their German,
//!   French and Spanish forms); a leading "By"/"Von"/"Par"/"Por"/"Written by"
//!   is dropped, as are credential parts (all capitals, at most six letters:
//!   "MS", "RD", "PhD"); each name is case- and white-space-folded.
//! - **published**: the same calendar day as written (the date part of the
//!   value, before any zone conversion).
//! - **site name**: case- and white-space-folded, exact.
//! - **language**: the primary subtag (`en-US` → `en`), case-folded.
//! - **page type**: exact.
//!
//! A field is right when both sides agree, including when both are empty;
//! each figure is also given over the pages whose truth has a value.

use std::collections::BTreeMap;

/// The truth of one page's metadata; `None` = the set does not give this field.
#[derive(Debug, Clone, Default)]
pub struct TruthFields {
    /// The title.
    pub title: Option<Option<String>>,
    /// Authors as the truth writes them (one string), `Some(None)` for none.
    pub authors: Option<Option<String>>,
    /// Publication date.
    pub published: Option<Option<String>>,
    /// Site name.
    pub site_name: Option<Option<String>>,
    /// Language tag.
    pub language: Option<Option<String>>,
    /// Page type.
    pub page_type: Option<String>,
}

/// What the engine returned for the same fields.
#[derive(Debug, Clone, Default)]
pub struct PredFields {
    /// `Article::title`.
    pub title: Option<String>,
    /// `Article::title_source`, shown beside title misses.
    pub title_source: Option<String>,
    /// `Article::authors`.
    pub authors: Vec<String>,
    /// `Article::published`.
    pub published: Option<String>,
    /// `Article::site_name`.
    pub site_name: Option<String>,
    /// `Article::language`.
    pub language: Option<String>,
    /// `Article::page_type`.
    pub page_type: Option<String>,
}

/// One field of one page compared.
#[derive(Debug, Clone)]
pub struct FieldCheck {
    /// `authors`, `published`, `site_name`, `language` or `page_type`.
    pub field: &'static str,
    /// Both sides agree after normalisation.
    pub ok: bool,
    /// The truth has a value.
    pub has_truth: bool,
    /// The normalised prediction, for listings.
    pub pred: String,
    /// The normalised truth, for listings.
    pub truth: String,
    /// Where the prediction came from, when the engine says (titles).
    pub source: Option<String>,
}

/// The fields in report order.
pub const FIELDS: [&str; 6] = ["title", "authors", "published", "site_name", "language", "page_type"];

/// Compare every field the truth gives.
pub fn check(pred: &PredFields, truth: &TruthFields) -> Vec<FieldCheck> {
    let mut out = Vec::new();
    if let Some(t) = &truth.title {
        let tn = t.as_deref().map(fold).filter(|s| !s.is_empty());
        let pn = pred.title.as_deref().map(fold).filter(|s| !s.is_empty());
        out.push(FieldCheck {
            field: "title",
            ok: tn == pn,
            has_truth: tn.is_some(),
            pred: pn.unwrap_or_default(),
            truth: tn.unwrap_or_default(),
            source: pred.title_source.clone(),
        });
    }
    if let Some(t) = &truth.authors {
        let tn = t.as_deref().map(names).unwrap_or_default();
        let mut pn: Vec<String> = pred.authors.iter().flat_map(|a| names(a)).collect();
        pn.sort();
        pn.dedup();
        out.push(FieldCheck {
            field: "authors",
            ok: tn == pn,
            has_truth: !tn.is_empty(),
            pred: pn.join("; "),
            truth: tn.join("; "),
            source: None,
        });
    }
    if let Some(t) = &truth.published {
        let td = t.as_deref().and_then(day);
        let pd = pred.published.as_deref().and_then(day);
        out.push(FieldCheck {
            field: "published",
            ok: td == pd,
            has_truth: td.is_some(),
            pred: pd.unwrap_or_default(),
            truth: td.unwrap_or_default(),
            source: None,
        });
    }
    if let Some(t) = &truth.site_name {
        let tn = t.as_deref().map(fold).filter(|s| !s.is_empty());
        let pn = pred.site_name.as_deref().map(fold).filter(|s| !s.is_empty());
        out.push(FieldCheck {
            field: "site_name",
            ok: tn == pn,
            has_truth: tn.is_some(),
            pred: pn.unwrap_or_default(),
            truth: tn.unwrap_or_default(),
            source: None,
        });
    }
    if let Some(t) = &truth.language {
        let tl = t.as_deref().map(primary_subtag).filter(|s| !s.is_empty());
        let pl = pred.language.as_deref().map(primary_subtag).filter(|s| !s.is_empty());
        out.push(FieldCheck {
            field: "language",
            ok: tl == pl,
            has_truth: tl.is_some(),
            pred: pl.unwrap_or_default(),
            truth: tl.unwrap_or_default(),
            source: None,
        });
    }
    if let Some(t) = &truth.page_type {
        let p = pred.page_type.clone().unwrap_or_default();
        out.push(FieldCheck { field: "page_type", ok: *t == p, has_truth: true, pred: p, truth: t.clone(), source: None });
    }
    out
}

/// Case- and white-space-folded, typographic quotes as straight ones.
fn fold(s: &str) -> String {
    crate::metrics::fold_quotes(&s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
}

fn primary_subtag(s: &str) -> String {
    s.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

/// The calendar day a date value names, `YYYY-MM-DD`.
fn day(s: &str) -> Option<String> {
    let hints = newsclip::dates::Hints { language: None, not_after: Some(i64::MAX / 4) };
    newsclip::dates::parse(s, &hints).map(|v| v.date.format("%Y-%m-%d").to_string())
}

/// The set of names in an author string, normalised and sorted.
pub fn names(s: &str) -> Vec<String> {
    let mut text = format!(" {} ", s.split_whitespace().collect::<Vec<_>>().join(" "));
    for sep in [" and ", " And ", " AND ", " & ", " und ", " et ", " y ", " e "] {
        text = text.replace(sep, ",");
    }
    let mut out: Vec<String> = text
        .split([',', ';', '|', '\n', '/'])
        .map(|part| {
            let mut p = part.trim();
            for prefix in ["written by", "words by", "by", "von", "par", "por", "di", "door"] {
                if p.get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix))
                    && p[prefix.len()..].starts_with([' ', ':'])
                {
                    p = p[prefix.len()..].trim_start_matches([' ', ':']);
                }
            }
            p
        })
        .filter(|p| !p.is_empty() && !is_credential(p))
        .map(fold)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// "MS", "RD", "PhD", "FAND": a degree or credential after a name.
fn is_credential(p: &str) -> bool {
    let letters: Vec<char> = p.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
    !letters.is_empty()
        && letters.len() <= 6
        && letters.iter().all(|c| c.is_alphabetic())
        && (letters.iter().all(|c| c.is_uppercase()) || matches!(p, "PhD" | "Ph.D." | "MSc" | "BSc"))
}

/// Share right of each field over a group's pages.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct FieldFigures {
    /// Pages with the field in their truth.
    pub pages: usize,
    /// Pages right (both sides agreeing, empty included).
    pub right: usize,
    /// Pages whose truth has a value.
    pub with_truth: usize,
    /// Of those, pages right.
    pub right_with_truth: usize,
}

impl FieldFigures {
    /// Share right over all pages.
    pub fn accuracy(&self) -> Option<f64> {
        (self.pages > 0).then(|| self.right as f64 / self.pages as f64)
    }
    /// Share right over pages whose truth has a value.
    pub fn accuracy_with_truth(&self) -> Option<f64> {
        (self.with_truth > 0).then(|| self.right_with_truth as f64 / self.with_truth as f64)
    }
}

/// Tally checks per field.
pub fn tally<'a>(checks: impl Iterator<Item = &'a FieldCheck>) -> BTreeMap<&'static str, FieldFigures> {
    let mut out: BTreeMap<&'static str, FieldFigures> = BTreeMap::new();
    for c in checks {
        let f = out.entry(c.field).or_default();
        f.pages += 1;
        f.right += c.ok as usize;
        if c.has_truth {
            f.with_truth += 1;
            f.right_with_truth += c.ok as usize;
        }
    }
    out
}

/// A confusion table of page types: truth rows, predicted columns.
pub fn confusion<'a>(checks: impl Iterator<Item = &'a FieldCheck>) -> String {
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut labels: Vec<String> = crate::datasets::WCXB_TYPES.iter().map(|s| s.to_string()).collect();
    for c in checks.filter(|c| c.field == "page_type") {
        let p = if c.pred.is_empty() { "none".to_string() } else { c.pred.clone() };
        if !labels.contains(&p) {
            labels.push(p.clone());
        }
        *counts.entry((c.truth.clone(), p)).or_default() += 1;
    }
    if counts.is_empty() {
        return String::new();
    }
    let short = |s: &str| s.chars().take(6).collect::<String>();
    let mut out = format!("{:<14}", "truth \\ pred");
    for l in &labels {
        out.push_str(&format!("{:>7}", short(l)));
    }
    out.push('\n');
    for t in crate::datasets::WCXB_TYPES {
        let row: Vec<usize> = labels.iter().map(|p| counts.get(&(t.to_string(), p.clone())).copied().unwrap_or(0)).collect();
        if row.iter().sum::<usize>() == 0 {
            continue;
        }
        out.push_str(&format!("{t:<14}"));
        for n in row {
            out.push_str(&format!("{n:>7}"));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn author_strings_become_name_sets() {
        assert_eq!(names("Dylan Bailey, MS, RD, FAND"), vec!["dylan bailey"]);
        assert_eq!(
            names("Danielle DeSiato, Donna Enzmann, and Natalie Nguyen"),
            vec!["danielle desiato", "donna enzmann", "natalie nguyen"]
        );
        assert_eq!(names("By  Ann   Lee"), vec!["ann lee"]);
        assert_eq!(names("Maria & Katerina"), vec!["katerina", "maria"]);
        assert_eq!(names("Byron Smith"), vec!["byron smith"]);
    }

    #[test]
    fn fields_compare_after_normalising() {
        let pred = PredFields {
            title: None,
            title_source: None,
            authors: vec!["Ann Lee".into(), "Bo Chan".into()],
            published: Some("2021-12-12T10:24:00-05:00".into()),
            site_name: Some("The  Daily".into()),
            language: Some("en-GB".into()),
            page_type: Some("article".into()),
        };
        let truth = TruthFields {
            title: None,
            authors: Some(Some("Bo Chan and Ann Lee".into())),
            published: Some(Some("2021-12-12".into())),
            site_name: Some(Some("the daily".into())),
            language: Some(Some("en".into())),
            page_type: Some("forum".into()),
        };
        let checks = check(&pred, &truth);
        let ok: Vec<(&str, bool)> = checks.iter().map(|c| (c.field, c.ok)).collect();
        assert_eq!(
            ok,
            vec![("authors", true), ("published", true), ("site_name", true), ("language", true), ("page_type", false)]
        );
        let none = TruthFields { authors: Some(None), ..TruthFields::default() };
        let c = check(&PredFields::default(), &none);
        assert!(c[0].ok && !c[0].has_truth);
        let c = check(&pred, &none);
        assert!(!c[0].ok);
    }
}
