//! Development aid: print, one JSON line per WCXB dev text export, every
//! headline candidate with its evidence (for refitting the headline
//! weights), and the lines with their kinds, words, repeats, story spans
//! and listing records (for trying span and kind rules offline):
//! `headline_fit DATASETS > pages.jsonl`. The story span is found as the
//! text path finds it; captions are not taken out first.
use newsclip::text::{classify, comments_start, headline};
use std::io::Read;

fn main() {
    let root = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: headline_fit DATASETS"));
    let mut ids: Vec<String> = std::fs::read_dir(root.join("wcxb-dev/ground-truth"))
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().trim_end_matches(".json").to_string())
        .collect();
    ids.sort();
    for id in ids {
        let truth: serde_json::Value =
            serde_json::from_slice(&std::fs::read(root.join(format!("wcxb-dev/ground-truth/{id}.json"))).expect("truth")).expect("json");
        let mut raw = Vec::new();
        if std::fs::File::open(root.join(format!("wcxb-dev-text/text/{id}.txt.gz"))).and_then(|mut f| f.read_to_end(&mut raw)).is_err() {
            continue;
        }
        let opts = newsclip::Options::default();
        let Ok(bytes) = newsclip::input::page_bytes(&raw, &opts) else { continue };
        let text = String::from_utf8_lossy(&bytes);
        let newsclip::text::Reading { lines, keys, infos, .. } = newsclip::text::read(&text, None);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        let limit = comments_start(&texts, &infos).unwrap_or(lines.len());
        let Some((start, end)) = classify::story_span(&infos, limit) else { continue };
        let url = truth["url"].as_str();
        let address = headline::Address::new(url);
        let mut cands = Vec::new();
        headline::for_candidates(&texts, &keys, &infos, (start, end), &vec![false; texts.len()], &address, |k, f| {
            cands.push(serde_json::json!({"k": k, "t": newsclip::text::title_of(texts[k], url), "f": f.to_vec(), "kind": format!("{:?}", infos[k].kind), "rep": infos[k].repeats}));
        });
        let spans = classify::story_spans(&infos, limit);
        let kinds: Vec<String> = infos.iter().map(|i| format!("{:?}", i.kind)).collect();
        let words: Vec<usize> = infos.iter().map(|i| i.words).collect();
        let reps: Vec<usize> = infos.iter().map(|i| i.repeats).collect();
        let ends: Vec<bool> = infos.iter().map(|i| i.ends_sentence).collect();
        let fshare: Vec<f32> = infos.iter().map(|i| i.function_share).collect();
        let records = newsclip::text::records::record_spans(&texts, &keys, &infos, limit).spans;
        let row = serde_json::json!({
            "id": id, "url": url, "type": truth["_internal"]["page_type"]["primary"], "title": truth["ground_truth"]["title"],
            "start": start, "end": end, "n": texts.len(), "cands": cands, "lines": texts, "spans": spans, "kinds": kinds, "words": words, "reps": reps, "ends": ends, "fshare": fshare, "limit": limit, "records": records,
        });
        println!("{row}");
    }
}
