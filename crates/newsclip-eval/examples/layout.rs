//! Development aid: print a text export in one of the eval's layouts, as
//! the eval feeds it to the extractor: `layout (wet|indented|glued|wrapped) FILE`
//! (`.txt` or `.txt.gz`).
use std::io::{Read, Write};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(layout), Some(path)) = (args.next(), args.next()) else {
        eprintln!("usage: layout (wet|indented|glued|wrapped) FILE");
        std::process::exit(2);
    };
    let raw = std::fs::read(&path).expect("read");
    let mut text = Vec::new();
    if raw.starts_with(&[0x1f, 0x8b]) {
        flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut text).expect("gunzip");
    } else {
        text = raw;
    }
    let out = match layout.as_str() {
        "wet" => newsclip_eval::datasets::without_blank_lines(&text),
        "indented" => newsclip_eval::datasets::indented(&text),
        "glued" => newsclip_eval::datasets::glued(&text),
        "wrapped" => newsclip_eval::datasets::wrapped(&text),
        other => {
            eprintln!("unknown layout {other}");
            std::process::exit(2);
        }
    };
    std::io::stdout().write_all(&out).expect("write");
}
