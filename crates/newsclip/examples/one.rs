//! Development aid: extract one file and print its text length and warnings.
fn main() {
    let path = std::env::args().nth(1).expect("usage: one FILE");
    let raw = std::fs::read(&path).expect("read");
    match newsclip::extract(&raw, &newsclip::Options::default()) {
        Ok(a) => println!("ok: {} chars, {} blocks, warnings {:?}", a.text.len(), a.blocks.len(), a.warnings),
        Err(e) => println!("error: {e}"),
    }
}
