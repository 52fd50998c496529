//! The quotes stage on hand-cut paragraphs: the seed record, each quotation
//! style, split quotes, pronoun, role and document speakers, a quote over
//! two paragraphs, German, French and Spanish, and an article without quotes.
//! `seed_quotes.expected.json` is a copy of `../shared/seed/000_356a49e1038466ff.expected.json`.

use newsclip::{quotes, Article, Block, Options, Quote, QuoteKind};
use serde_json::Value;

/// An article whose body is these paragraphs, annotated.
fn annotate(paragraphs: &[&str]) -> Article {
    let blocks: Vec<Block> = paragraphs
        .iter()
        .map(|p| Block::Paragraph { text: p.to_string() })
        .collect();
    let mut article = Article {
        text: paragraphs.join("\n\n"),
        blocks,
        ..Article::default()
    };
    quotes::annotate(&mut article, &Options::default());
    check_offsets(&article);
    article
}

/// Every quote's start/end slice of the text is its text.
fn check_offsets(article: &Article) {
    for q in &article.quotes {
        let slice: String = article.text.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(slice, q.text, "{q:?}");
        assert!(q.paragraph >= 1 && q.paragraph <= article.blocks.len());
    }
}

/// The quote whose text contains `words`.
fn quote<'a>(article: &'a Article, words: &str) -> &'a Quote {
    article
        .quotes
        .iter()
        .find(|q| q.text.contains(words))
        .unwrap_or_else(|| panic!("no quote with {words:?} in {:#?}", article.quotes))
}

fn speaker(q: &Quote) -> &str {
    q.speaker.as_deref().unwrap_or("")
}

#[test]
fn the_seed_record() {
    let expected: Value = serde_json::from_str(include_str!(
        "seed_quotes.expected.json"
    ))
    .expect("seed record is JSON");
    let body: Vec<&str> = expected["body"]
        .as_array()
        .expect("body")
        .iter()
        .map(|p| p.as_str().expect("paragraph"))
        .collect();
    assert_eq!(body.len(), 11);
    let article = annotate(&body);
    for want in expected["quotes"].as_array().expect("quotes") {
        let text = want["text"].as_str().expect("text");
        let kind: QuoteKind = serde_json::from_value(want["kind"].clone()).expect("kind");
        let paragraph = want["paragraph"].as_u64().expect("paragraph") as usize;
        let got = article
            .quotes
            .iter()
            .find(|q| q.text == text && q.paragraph == paragraph)
            .unwrap_or_else(|| panic!("missing {text:?} in {:#?}", article.quotes));
        assert_eq!(got.kind, kind, "{got:?}");
        assert_eq!(got.speaker.as_deref(), want["speaker"].as_str(), "{got:?}");
        if let Some(via) = want["via"].as_str() {
            assert_eq!(got.via.as_deref(), Some(via), "{got:?}");
        }
    }
    for source in expected["sources_cited"].as_array().expect("sources") {
        let source = source.as_str().expect("source");
        assert!(article.sources_cited.iter().any(|s| s == source), "{source} not in {:?}", article.sources_cited);
    }
    for person in expected["people"].as_array().expect("people") {
        let person = person.as_str().expect("person");
        assert!(article.people.iter().any(|s| s == person), "{person} not in {:?}", article.people);
    }
}
