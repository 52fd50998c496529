//! Development aid: for each plain-text export given (`NNNN.txt.gz`), print
//! one JSON line: the id, the extracted text, and each line with its kind
//! and features, for studying the text path's body offline.
fn main() {
    let url_of = std::env::var("NC_URLS").ok().map(|p| std::fs::read_to_string(p).expect("urls"));
    let urls: std::collections::HashMap<String, String> = url_of
        .iter()
        .flat_map(|s| s.lines())
        .filter_map(|l| l.split_once('\t').map(|(a, b)| (a.to_string(), b.to_string())))
        .collect();
    for path in std::env::args().skip(1) {
        let id = std::path::Path::new(&path).file_name().unwrap().to_string_lossy().split('.').next().unwrap().to_string();
        let raw = std::fs::read(&path).expect("read");
        let mut opts = newsclip::Options::default();
        opts.url = urls.get(&id).cloned();
        opts.input_format = newsclip::InputFormat::Text;
        let Ok(bytes) = newsclip::input::page_bytes(&raw, &opts) else { println!("{}", serde_json::json!({"id": id, "text": "", "lines": []})); continue };
        let decoded = newsclip::decode::to_utf8(&bytes, &opts);
        let r = newsclip::text::read(&decoded.text, None);
        let a = newsclip::extract(&raw, &opts);
        let (text, page_type, confidence) = a.map(|a| (a.text, a.page_type, a.page_type_confidence)).unwrap_or_default();
        let lines: Vec<serde_json::Value> = r
            .lines
            .iter()
            .zip(&r.infos)
            .map(|(l, i)| serde_json::json!([l.text, format!("{:?}", i.kind), i.words, i.ends_sentence, i.function_share, i.repeats]))
            .collect();
        println!("{}", serde_json::json!({"id": id, "text": text, "page_type": page_type, "confidence": confidence, "lines": lines}));
    }
}
