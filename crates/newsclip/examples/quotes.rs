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
    // `quotes FILE --paras` prints the paragraphs first, numbered as quotes count them.
    if std::env::args().any(|a| a == "--paras") {
        let starts = newsclip::quotes::block_starts(&article);
        for (i, b) in article.blocks.iter().enumerate() {
            let kind = format!("{b:?}").split([' ', '{']).next().unwrap_or("").to_string();
            println!("¶{} @{:?} {kind} {}", i + 1, starts[i], b.plain_text());
        }
    }
    for q in &article.quotes {
        println!(
            "[{}] {:?} {:?}\n    speaker={:?} cue={:?} via={:?}",
            q.paragraph, q.kind, q.text, q.speaker, q.cue, q.via
        );
    }
    println!("sources_cited: {:?}\npeople: {:?}", article.sources_cited, article.people);
}
