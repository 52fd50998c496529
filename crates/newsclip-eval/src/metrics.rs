//! The scores: WCXB word-multiset precision/recall/F1, the ScrapingHub
//! article-extraction-benchmark 4-token shingle scores, title matching, and
//! the means over a group of pages.
//!
//! Both text scores read a text as its lowercase words: the runs of Unicode
//! `\w` (letters, marks, digits, connector punctuation) of the lowercased text.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

/// A word: a run of Unicode word characters (Python's `(?u)\w+`).
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("valid regex"));

/// Shingle length of the ScrapingHub benchmark (`ngram_n = 4` in its evaluate.py).
pub const SHINGLE_WORDS: usize = 4;

/// A text lowercased once, so that its words can be borrowed from it.
#[derive(Debug, Clone)]
pub struct Lowered(String);

impl Lowered {
    /// Lowercase `text`.
    pub fn new(text: &str) -> Lowered {
        Lowered(text.to_lowercase())
    }

    /// The lowercase words, in order.
    pub fn words(&self) -> Vec<&str> {
        WORD.find_iter(&self.0).map(|m| m.as_str()).collect()
    }
}

/// The lowercase words of `text`, owned (for callers that keep no [`Lowered`]).
pub fn words(text: &str) -> Vec<String> {
    Lowered::new(text)
        .words()
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// The consecutive `n`-word shingles of `words`; fewer than `n` words (but
/// at least one) make a single shingle of them all, none make no shingle.
pub fn shingles<'a, 'w>(words: &'a [&'w str], n: usize) -> Vec<&'a [&'w str]> {
    if words.is_empty() {
        Vec::new()
    } else if words.len() < n {
        vec![words]
    } else {
        words.windows(n).collect()
    }
}

/// How a predicted multiset meets the true one: items in both (`tp`), only
/// predicted (`fp`), only true (`missed`, the benchmark's `fn`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Overlap {
    /// Items in both multisets (the minimum of the two counts, summed).
    pub tp: usize,
    /// Predicted items beyond their true count.
    pub fp: usize,
    /// True items beyond their predicted count.
    pub missed: usize,
}

impl Overlap {
    /// Compare two multisets given as sequences of items.
    pub fn of<T: Hash + Eq>(
        pred: impl IntoIterator<Item = T>,
        truth: impl IntoIterator<Item = T>,
    ) -> Overlap {
        let mut left: HashMap<T, usize> = HashMap::new();
        let mut truth_len = 0;
        for item in truth {
            *left.entry(item).or_insert(0) += 1;
            truth_len += 1;
        }
        let (mut tp, mut pred_len) = (0, 0);
        for item in pred {
            pred_len += 1;
            if let Some(n) = left.get_mut(&item) {
                if *n > 0 {
                    *n -= 1;
                    tp += 1;
                }
            }
        }
        Overlap {
            tp,
            fp: pred_len - tp,
            missed: truth_len - tp,
        }
    }

    /// tp, fp and fn as fractions summing to 1 (all 0 when both sides are
    /// empty), as the ScrapingHub benchmark normalises them so that long
    /// pages weigh no more than short ones. Precision and recall are
    /// unchanged by it.
    pub fn fractions(&self) -> (f64, f64, f64) {
        let sum = (self.tp + self.fp + self.missed) as f64;
        if sum == 0.0 {
            return (0.0, 0.0, 0.0);
        }
        (
            self.tp as f64 / sum,
            self.fp as f64 / sum,
            self.missed as f64 / sum,
        )
    }

    /// Precision, recall and F1. Both sides empty scores 1 throughout; one
    /// side empty scores 0 throughout.
    pub fn prf(&self) -> Prf {
        let (tp, fp, missed) = self.fractions();
        if self.tp + self.fp + self.missed == 0 {
            return Prf {
                precision: 1.0,
                recall: 1.0,
                f1: 1.0,
            };
        }
        let precision = if self.tp + self.fp == 0 {
            0.0
        } else {
            tp / (tp + fp)
        };
        let recall = if self.tp + self.missed == 0 {
            0.0
        } else {
            tp / (tp + missed)
        };
        Prf {
            precision,
            recall,
            f1: harmonic_mean(precision, recall),
        }
    }
}

/// Precision, recall and F1 of one page (or means over pages).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Prf {
    /// Share of the prediction that is true.
    pub precision: f64,
    /// Share of the truth that was predicted.
    pub recall: f64,
    /// F1 (for a page: the harmonic mean of its precision and recall).
    pub f1: f64,
}

/// 2pr / (p + r), or 0 when both are 0.
pub fn harmonic_mean(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// WCXB word score: the multisets of lowercase words compared.
pub fn word_overlap(pred: &Lowered, truth: &Lowered) -> Overlap {
    Overlap::of(pred.words(), truth.words())
}

/// ScrapingHub benchmark score: the multisets of 4-word shingles compared.
pub fn shingle_overlap(pred: &Lowered, truth: &Lowered) -> Overlap {
    let (p, t) = (pred.words(), truth.words());
    Overlap::of(shingles(&p, SHINGLE_WORDS), shingles(&t, SHINGLE_WORDS))
}

/// A title with its white space runs (no-break spaces too) folded to one
/// space and trimmed.
pub fn fold_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Typographic quotes and apostrophes as straight ones (’ → ', “ → "):
/// annotators type straight quotes where pages print curly ones.
pub fn fold_quotes(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '‘' | '’' | '‚' | '′' => '\'',
            '“' | '”' | '„' | '″' => '"',
            c => c,
        })
        .collect()
}

/// How a predicted title compares with the true one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct TitleMatch {
    /// Equal once white space is folded.
    pub exact: bool,
    /// Equal once white space is folded and both are lowercased.
    pub folded: bool,
}

/// Compare titles, white space folded and typographic quotes as straight
/// ones; a missing prediction matches nothing.
pub fn title_match(pred: Option<&str>, truth: &str) -> TitleMatch {
    let Some(pred) = pred else {
        return TitleMatch::default();
    };
    let (p, t) = (fold_quotes(&fold_space(pred)), fold_quotes(&fold_space(truth)));
    TitleMatch {
        exact: p == t,
        folded: p == t || p.to_lowercase() == t.to_lowercase(),
    }
}

/// Everything scored on one page.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct PageScore {
    /// WCXB word-multiset scores.
    pub word: Prf,
    /// Shingle scores (the page's F1 is not used in the means).
    pub shingle: Prf,
    /// The title comparison, when the truth has a title.
    pub title: Option<TitleMatch>,
    /// Words in the prediction.
    pub pred_words: usize,
    /// Words in the truth.
    pub truth_words: usize,
}

/// Score a predicted body and title against the truth.
pub fn score_page(
    pred_text: &str,
    pred_title: Option<&str>,
    truth_text: &str,
    truth_title: Option<&str>,
) -> PageScore {
    let (pred, truth) = (Lowered::new(pred_text), Lowered::new(truth_text));
    let word = word_overlap(&pred, &truth);
    PageScore {
        word: word.prf(),
        shingle: shingle_overlap(&pred, &truth).prf(),
        title: truth_title
            .filter(|t| !fold_space(t).is_empty())
            .map(|t| title_match(pred_title, t)),
        pred_words: word.tp + word.fp,
        truth_words: word.tp + word.missed,
    }
}

/// Running sums over a group of pages, for the means of the report.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Tally {
    /// Pages added.
    pub pages: usize,
    word: Prf,
    shingle_precision: f64,
    shingle_recall: f64,
    /// Pages whose truth has a title.
    pub titled: usize,
    /// Of those, titles equal once white space is folded.
    pub title_exact: usize,
    /// Of those, titles equal once white space is folded, ignoring case.
    pub title_folded: usize,
}

impl Tally {
    /// Count one page.
    pub fn add(&mut self, s: &PageScore) {
        self.pages += 1;
        self.word.precision += s.word.precision;
        self.word.recall += s.word.recall;
        self.word.f1 += s.word.f1;
        self.shingle_precision += s.shingle.precision;
        self.shingle_recall += s.shingle.recall;
        if let Some(t) = s.title {
            self.titled += 1;
            self.title_exact += usize::from(t.exact);
            self.title_folded += usize::from(t.folded);
        }
    }

    /// WCXB: mean precision, mean recall and mean of the pages' F1.
    pub fn word(&self) -> Prf {
        let n = self.pages.max(1) as f64;
        Prf {
            precision: self.word.precision / n,
            recall: self.word.recall / n,
            f1: self.word.f1 / n,
        }
    }

    /// ScrapingHub: mean precision, mean recall, and F1 as the harmonic
    /// mean of those two means.
    pub fn shingle(&self) -> Prf {
        let n = self.pages.max(1) as f64;
        let (p, r) = (self.shingle_precision / n, self.shingle_recall / n);
        Prf {
            precision: p,
            recall: r,
            f1: harmonic_mean(p, r),
        }
    }

    /// Share of titled pages whose title matched exactly, when any page has a title.
    pub fn title_exact(&self) -> Option<f64> {
        (self.titled > 0).then(|| self.title_exact as f64 / self.titled as f64)
    }

    /// Share of titled pages whose title matched ignoring case.
    pub fn title_folded(&self) -> Option<f64> {
        (self.titled > 0).then(|| self.title_folded as f64 / self.titled as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    fn words_prf(pred: &str, truth: &str) -> Prf {
        word_overlap(&Lowered::new(pred), &Lowered::new(truth)).prf()
    }

    fn shingle_prf(pred: &str, truth: &str) -> Prf {
        shingle_overlap(&Lowered::new(pred), &Lowered::new(truth)).prf()
    }

    #[test]
    fn words_are_lowercase_unicode_runs() {
        assert_eq!(
            words("Naïve café, l'été — 2024_x!"),
            ["naïve", "café", "l", "été", "2024_x"]
        );
        assert_eq!(words("ÉCOLE Straße"), ["école", "straße"]);
        assert!(words(" ,.; — ").is_empty());
    }

    #[test]
    fn word_multiset_counts_repeats() {
        // pred: the×3 cat sat; truth: the×2 cat mat.
        // Intersection: the×2 + cat = 3; |pred| = 5, |truth| = 4.
        let o = Overlap::of(words("The the THE cat sat"), words("the cat the mat"));
        assert_eq!(
            o,
            Overlap {
                tp: 3,
                fp: 2,
                missed: 1
            }
        );
        let s = o.prf();
        assert!(close(s.precision, 3.0 / 5.0));
        assert!(close(s.recall, 3.0 / 4.0));
        // 2 * 0.6 * 0.75 / 1.35
        assert!(close(s.f1, 2.0 / 3.0));
    }

    #[test]
    fn empty_sides() {
        assert_eq!(
            words_prf("", ""),
            Prf {
                precision: 1.0,
                recall: 1.0,
                f1: 1.0
            }
        );
        assert_eq!(
            words_prf("…", "  "),
            Prf {
                precision: 1.0,
                recall: 1.0,
                f1: 1.0
            }
        );
        assert_eq!(words_prf("", "some words"), Prf::default());
        assert_eq!(words_prf("some words", ""), Prf::default());
        assert_eq!(
            shingle_prf("", ""),
            Prf {
                precision: 1.0,
                recall: 1.0,
                f1: 1.0
            }
        );
        assert_eq!(shingle_prf("", "a b c d e"), Prf::default());
        assert_eq!(shingle_prf("a b c d e", ""), Prf::default());
    }

    #[test]
    fn disjoint_texts_score_zero() {
        assert_eq!(words_prf("alpha beta", "gamma delta"), Prf::default());
    }

    #[test]
    fn shingles_of_short_and_long_texts() {
        let w = ["a", "b", "c", "d", "e"];
        assert_eq!(shingles(&w, 4), vec![&w[0..4], &w[1..5]]);
        assert_eq!(shingles(&w[..3], 4), vec![&w[..3]]);
        assert_eq!(shingles(&w[..4], 4), vec![&w[..4]]);
        assert!(shingles(&[], 4).is_empty());
    }

    #[test]
    fn shingle_overlap_by_hand() {
        // truth: a b c d e f -> abcd bcde cdef (3 shingles)
        // pred:  a b c d e x -> abcd bcde cdex (3 shingles)
        // tp 2, fp 1, fn 1; normalised 1/2, 1/4, 1/4.
        let o = shingle_overlap(&Lowered::new("a b c d e x"), &Lowered::new("A b c d e f"));
        assert_eq!(
            o,
            Overlap {
                tp: 2,
                fp: 1,
                missed: 1
            }
        );
        let (tp, fp, missed) = o.fractions();
        assert!(close(tp, 0.5) && close(fp, 0.25) && close(missed, 0.25));
        let s = o.prf();
        assert!(close(s.precision, 2.0 / 3.0) && close(s.recall, 2.0 / 3.0));
    }

    #[test]
    fn shingle_multiset_counts_repeats() {
        // truth: x y z w x y z w -> xyzw yzwx zwxy wxyz xyzw: xyzw×2 + 3 others
        // pred:  x y z w         -> xyzw×1
        // tp 1, fp 0, fn 4.
        let o = shingle_overlap(&Lowered::new("x y z w"), &Lowered::new("x y z w x y z w"));
        assert_eq!(
            o,
            Overlap {
                tp: 1,
                fp: 0,
                missed: 4
            }
        );
        let s = o.prf();
        assert!(close(s.precision, 1.0) && close(s.recall, 0.2));
    }

    #[test]
    fn short_texts_make_one_shingle() {
        // Two words each: one shingle each, equal -> perfect; unequal -> zero.
        assert_eq!(shingle_prf("Hello, world", "hello world").f1, 1.0);
        assert_eq!(shingle_prf("hello world", "hello there").f1, 0.0);
    }

    #[test]
    fn titles_fold_space_and_case() {
        let t = title_match(Some("  Rain\u{a0}\u{a0}due \n today "), "Rain due today");
        assert_eq!(
            t,
            TitleMatch {
                exact: true,
                folded: true
            }
        );
        let t = title_match(Some("RAIN due today"), "Rain due today");
        assert_eq!(
            t,
            TitleMatch {
                exact: false,
                folded: true
            }
        );
        let t = title_match(Some("Rain due"), "Rain due today");
        assert_eq!(
            t,
            TitleMatch {
                exact: false,
                folded: false
            }
        );
        assert_eq!(title_match(None, "Rain"), TitleMatch::default());
    }

    #[test]
    fn tally_means_and_harmonic_shingle_f1() {
        let mut t = Tally::default();
        // Page 1: word P 1, R 0.5, F1 2/3; the title is missing.
        t.add(&score_page("a b", None, "a b c d", Some("T")));
        // Page 2: everything 0; the title is missing again.
        t.add(&score_page("x", None, "y", Some("T")));
        // Page 3: no truth title, perfect text.
        t.add(&score_page("p q r s t", Some("T"), "p q r s t", None));
        assert_eq!(t.pages, 3);
        let w = t.word();
        assert!(close(w.precision, 2.0 / 3.0));
        assert!(close(w.recall, 1.5 / 3.0));
        // page F1s: 2/3, 0, 1 -> mean 5/9
        assert!(close(w.f1, (2.0 / 3.0 + 1.0) / 3.0));
        let s = t.shingle();
        // Page 1: pred "a b" is one shingle, absent from truth's "a b c d": P 0, R 0.
        // Page 2: 0, 0. Page 3: 1, 1.
        assert!(close(s.precision, 1.0 / 3.0) && close(s.recall, 1.0 / 3.0));
        assert!(close(s.f1, 1.0 / 3.0));
        assert_eq!((t.titled, t.title_exact, t.title_folded), (2, 0, 0));
        assert_eq!(t.title_exact(), Some(0.0));
    }

    #[test]
    fn shingle_f1_is_harmonic_mean_of_means() {
        let mut t = Tally::default();
        // Page 1: P 1, R 0.2 (see shingle_multiset_counts_repeats).
        t.add(&score_page("x y z w", None, "x y z w x y z w", None));
        // Page 2: P 0.5 R 1: pred a b c d e f g (abcd bcde cdef defg), truth a b c d e.
        t.add(&score_page("a b c d e f g", None, "a b c d e", None));
        let s = t.shingle();
        assert!(close(s.precision, 0.75) && close(s.recall, 0.6));
        assert!(close(s.f1, 2.0 * 0.75 * 0.6 / 1.35));
    }
}
