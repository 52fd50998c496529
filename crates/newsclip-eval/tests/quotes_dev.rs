//! The hand-annotated quote set is well formed: every file parses, ids are
//! unique and known, languages are ISO codes, and every quote's text is a
//! verbatim substring of the page's truth text (white space folded), as
//! `docs/quotes-guidelines.md` requires.

use std::collections::BTreeSet;
use std::path::PathBuf;

use newsclip_eval::datasets::{self, Dataset};
use newsclip_eval::quotes::{self, fold_space, words, Kind};

/// The dev sets' folder: `$DATASETS`, else `../shared/datasets` from the repo root.
fn datasets_root() -> PathBuf {
    std::env::var_os("DATASETS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/datasets"),
        PathBuf::from,
    )
}

#[test]
fn gold_files_are_well_formed_and_big_enough() {
    let gold = quotes::load_gold(&quotes::default_gold_dir()).expect("gold set loads");
    let en = gold.iter().filter(|g| g.language == "en").count();
    let other = gold.len() - en;
    assert!(en >= 60, "{en} English articles annotated; the set needs 60");
    assert!(other >= 15, "{other} other-language articles; the set needs 15");
    let mut kinds = BTreeSet::new();
    for g in &gold {
        assert!(
            g.language.len() == 2 && g.language.chars().all(|c| c.is_ascii_lowercase()),
            "{}: language {:?} is not an ISO 639-1 code",
            g.id,
            g.language
        );
        for q in &g.quotes {
            assert!(!words(&q.text).is_empty(), "{}: quote without words", g.id);
            assert_eq!(q.text.trim(), q.text, "{}: untrimmed quote {:?}", g.id, q.text);
            if let Some(s) = &q.speaker {
                assert!(!s.trim().is_empty(), "{}: empty speaker", g.id);
            }
            kinds.insert(q.kind);
        }
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        Kind::ALL.to_vec(),
        "every kind is annotated somewhere"
    );
    assert!(
        gold.iter().any(|g| g.quotes.is_empty()),
        "the set has articles without quotes"
    );
}

#[test]
fn gold_quote_texts_are_verbatim_in_the_truth_text() {
    let root = datasets_root();
    if !root.join("wcxb-dev").is_dir() {
        eprintln!(
            "skipped: no dev sets at {} (set DATASETS to check the quotes against them)",
            root.display()
        );
        return;
    }
    let gold = quotes::load_gold(&quotes::default_gold_dir()).expect("gold set loads");
    let mut refs = Vec::new();
    for set in [Dataset::Wcxb, Dataset::Readability] {
        refs.extend(datasets::list(&root, set).expect("dev set lists"));
    }
    let mut seen = BTreeSet::new();
    let mut bad = Vec::new();
    for g in &gold {
        let set = g.dataset().expect("known dataset");
        assert!(seen.insert((set, g.id.clone())), "{} annotated twice", g.id);
        let page_ref = refs
            .iter()
            .find(|r| r.dataset == set && r.id == g.id)
            .unwrap_or_else(|| panic!("{}: no such page in the {set} set", g.id));
        if set == Dataset::Wcxb {
            assert_eq!(
                page_ref.page_type.as_deref(),
                Some("article"),
                "{}: not an article page",
                g.id
            );
        }
        let truth = fold_space(&page_ref.load().expect("page loads").truth_text);
        for q in &g.quotes {
            if !truth.contains(&fold_space(&q.text)) {
                bad.push(format!("{}: {:?}", g.id, q.text));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "quote texts not found verbatim in the truth text:\n{}",
        bad.join("\n")
    );
}
