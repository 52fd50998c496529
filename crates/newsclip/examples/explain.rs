//! Development aid: show how the content stage sees one page (chosen roots,
//! mode, text sizes) and print the extracted text.
use std::io::Read;

fn main() {
    let path = std::env::args().nth(1).expect("usage: explain FILE");
    let mut raw = Vec::new();
    std::fs::File::open(&path).and_then(|mut f| f.read_to_end(&mut raw)).expect("read");
    let mut opts = newsclip::Options::default();
    opts.url = std::env::var("NC_URL").ok();
    let bytes = newsclip::input::page_bytes(&raw, &opts).expect("input");
    let decoded = newsclip::decode::to_utf8(&bytes, &opts);
    let doc = newsclip::dom::parse(&decoded.text, &opts);
    let marks = newsclip::clean::mark_furniture(&doc, &opts);
    let main = newsclip::content::find_main(&doc, &marks, &opts);
    eprintln!("nodes {} mode {:?}", doc.nodes.len(), main.mode);
    for t in &main.trace {
        eprintln!("  {t}");
    }
    if let Some(n) = std::env::args().nth(2) { trace(&doc, &marks, &n); }
    for r in &main.roots {
        let s = main.stats.get(*r);
        let path: Vec<String> = std::iter::once(*r).chain(doc.ancestors(*r)).filter_map(|a| doc.tag(a).map(|t| format!("{}{}{}", t, doc.attr(a, "id").map(|v| format!("#{v}")).unwrap_or_default(), doc.attr(a, "class").map(|v| format!(".{}", v.split_whitespace().collect::<Vec<_>>().join("."))).unwrap_or_default()))).collect();
        eprintln!("root {:?} text {} link {} paras {} path {}", r, s.text, s.link, s.paras, path.join(" < "));
    }
    let a = newsclip::extract(&raw, &opts).expect("extract");
    println!("TITLE: {:?}\n{}", a.title, a.text);
}

/// Print the ancestors of the first text node containing a needle, with marks.
#[allow(dead_code)]
pub fn trace(doc: &newsclip::dom::Document, marks: &newsclip::clean::Marks, needle: &str) {
    for id in doc.descendants(newsclip::dom::NodeId::DOCUMENT) {
        if doc.text(id).is_some_and(|t| t.contains(needle)) && !doc.ancestors(id).any(|a| marks.hard[a.index()]) {
            for a in doc.ancestors(id) {
                eprintln!("  {:?} {:?} class={:?} id={:?} hard={} soft={} hidden={} comment={}", a, doc.tag(a), doc.attr(a, "class"), doc.attr(a, "id"), marks.hard[a.index()], marks.soft[a.index()], marks.hidden[a.index()], marks.comments[a.index()]);
            }
            return;
        }
    }
}
