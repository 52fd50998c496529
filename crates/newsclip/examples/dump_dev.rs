//! Development aid: extract every `*.html.gz` / `source.html` under a
//! directory and print one JSON line per page (id, title, text).
use std::io::Read;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: dump_dev DIR");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("dir").flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let (id, file) = if p.is_dir() { (p.file_name().unwrap().to_string_lossy().to_string(), p.join("source.html")) } else { (p.file_name().unwrap().to_string_lossy().split('.').next().unwrap().to_string(), p.clone()) };
        let mut raw = Vec::new();
        if std::fs::File::open(&file).and_then(|mut f| f.read_to_end(&mut raw)).is_err() { continue; }
        let opts = newsclip::Options::default();
        let line = match newsclip::extract(&raw, &opts) {
            Ok(a) => serde_json::json!({"id": id, "title": a.title, "text": a.text}),
            Err(e) => serde_json::json!({"id": id, "error": e.to_string()}),
        };
        println!("{line}");
    }
}
