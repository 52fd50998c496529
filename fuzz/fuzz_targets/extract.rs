//! Arbitrary bytes never make `extract` panic, and neither does extracting
//! again from the clean HTML rendering of what it found.
//!
//! Run: `cd fuzz && cargo +nightly fuzz run extract -- -dict=html.dict -max_total_time=60`
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclip::{extract, render, Options};

fuzz_target!(|data: &[u8]| {
    let opts = Options::default();
    if let Ok(article) = extract(data, &opts) {
        let html = render::html(&article);
        // The rendering may itself be refused (an article of control
        // characters reads as binary), but never with a panic.
        let _ = extract(html.as_bytes(), &opts);
        let _ = (render::text(&article), render::markdown(&article), render::json(&article));
    }
});
