//! Parse-only throughput of three html5ever-based DOMs over the same
//! pages: ours (`newsclip::dom::parse`, an arena sink), scraper's and
//! dom_query's. It documents the parser choice.

use std::time::{Duration, Instant};

use anyhow::Result;

use crate::datasets::PageRef;
use crate::evaluate::thread_cpu_ns;

/// The parsers compared, in the order printed.
const PARSERS: [&str; 3] = [
    "newsclip::dom::parse",
    "scraper::Html::parse_document",
    "dom_query::Document::from",
];

/// Parse `html` with parser `which`, dropping the tree (freeing is part of the cost).
fn parse_with(which: usize, html: &str, opts: &newsclip::Options) {
    match which {
        0 => drop(newsclip::dom::parse(html, opts)),
        1 => drop(scraper::Html::parse_document(html)),
        _ => drop(dom_query::Document::from(html)),
    }
}

/// Time each parser over the pages, single thread, on the same decoded text
/// (UTF-8, invalid bytes replaced; decoding is not timed), and print one
/// line per parser.
pub fn bench(pages: &[PageRef]) -> Result<()> {
    let opts = newsclip::Options::default();
    let mut times = [Duration::ZERO; PARSERS.len()];
    let mut cpu_ns = [Some(0u64); PARSERS.len()];
    let mut bytes = 0usize;
    for (i, page_ref) in pages.iter().enumerate() {
        let page = page_ref.load()?;
        let html = String::from_utf8_lossy(&page.html);
        bytes += html.len();
        // Rotate the order so that no parser always runs on a warm cache.
        for k in 0..PARSERS.len() {
            let which = (i + k) % PARSERS.len();
            let cpu_start = thread_cpu_ns();
            let start = Instant::now();
            parse_with(which, &html, &opts);
            times[which] += start.elapsed();
            let cpu = cpu_start
                .zip(thread_cpu_ns())
                .map(|(a, b)| b.saturating_sub(a));
            cpu_ns[which] = cpu_ns[which].zip(cpu).map(|(sum, c)| sum + c);
        }
    }
    let mb = bytes as f64 / 1e6;
    let n = pages.len() as f64;
    println!(
        "Parse only, single thread, {} WCXB pages, {mb:.1} MB of HTML (wall clock, then the thread's CPU time):",
        pages.len()
    );
    for ((name, time), cpu) in PARSERS.iter().zip(times).zip(cpu_ns) {
        let s = time.as_secs_f64();
        let cpu = cpu.map_or_else(String::new, |ns| {
            let c = ns as f64 / 1e9;
            format!(
                " | cpu {c:>6.2} s {:>7.1} pages/s {:>6.2} MB/s",
                n / c,
                mb / c
            )
        });
        println!(
            "  {name:<30} wall {s:>6.2} s {:>7.1} pages/s {:>6.2} MB/s{cpu}",
            n / s,
            mb / s
        );
    }
    Ok(())
}
