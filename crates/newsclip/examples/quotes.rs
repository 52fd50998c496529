//! Development aid: run the quotes stage on paragraphs (one a line of a text
//! file, or the `body` of an expected-record JSON) or on an HTML page, and
//! print what it found.
fn main() {
    let path = std::env::args().nth(1).expect("usage: quotes FILE");
    let bytes = std::fs::read(&path).expect("read");
    let raw = String::from_utf8_lossy(&bytes).into_owned();
    let article = if path.ends_with(".html") || path.ends_with(".htm") || path.ends_with(".gz") {
        newsclip::extract(&bytes, &newsclip::Options::default()).expect("extract")
    } else {
        let paragraphs: Vec<String> = match serde_json::from_str::<serde_json::Value>(&raw) {
            Ok(v) => v["body"].as_array().into_iter().flatten().filter_map(|p| p.as_str().map(String::from)).collect(),
            Err(_) => raw.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
        };
        let mut a = newsclip::Article {
            text: paragraphs.join("\n\n"),
            blocks: paragraphs.into_iter().map(|text| newsclip::Block::Paragraph { text }).collect(),
            ..Default::default()
        };
        newsclip::quotes::annotate(&mut a, &newsclip::Options::default());
        a
    };
    for q in &article.quotes {
        println!(
            "[{}] {:?} {:?}\n    speaker={:?} cue={:?} via={:?}",
            q.paragraph, q.kind, q.text, q.speaker, q.cue, q.via
        );
    }
    println!("sources_cited: {:?}\npeople: {:?}", article.sources_cited, article.people);
}
