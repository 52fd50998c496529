//! Development aid: extract one file and print its text length and warnings.
fn main() {
    let path = std::env::args().nth(1).expect("usage: one FILE");
    let raw = std::fs::read(&path).expect("read");
    let mut opts = newsclip::Options::default();
    opts.url = std::env::args().nth(2);
    match newsclip::extract(&raw, &opts) {
        Ok(a) => println!("ok: {} chars, {} blocks, warnings {:?}", a.text.len(), a.blocks.len(), a.warnings),
        Err(e) => println!("error: {e}"),
    }
}
