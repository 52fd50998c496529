//! Development aid: print every headline candidate of one text export with
//! its evidence, one JSON line each (for checking a fixture's pick with a
//! weight left out): `headline_scores FILE [URL]`.
use newsclip::text::{classify, comments_start, headline};

fn main() {
    let path = std::env::args().nth(1).expect("usage: headline_scores FILE [URL]");
    let url = std::env::args().nth(2);
    let raw = std::fs::read(&path).expect("read");
    let text = String::from_utf8_lossy(&raw);
    let newsclip::text::Reading { lines, keys, infos, .. } = newsclip::text::read(&text, None);
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    let limit = comments_start(&texts, &infos).unwrap_or(lines.len());
    let Some(span) = classify::story_span(&infos, limit) else { return };
    let address = headline::Address::new(url.as_deref());
    headline::for_candidates(&texts, &keys, &infos, span, &vec![false; texts.len()], &address, |k, f| {
        println!("{}", serde_json::json!({"k": k, "line": texts[k], "f": f.to_vec(), "span": [span.0, span.1]}));
    });
}
