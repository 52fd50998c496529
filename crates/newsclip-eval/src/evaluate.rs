//! Runs `newsclip::extract` on pages, one in memory at a time per thread:
//! load (not timed), extract (timed, panics caught), score, keep the scores.

use std::cell::{Cell, RefCell};
use std::fs;
use std::io::IsTerminal;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::datasets::{Page, PageRef};
use crate::metrics::{self, PageScore};

/// How an extraction ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// An article came back (maybe with an empty body).
    Article,
    /// `extract` returned an error: scored as an empty prediction.
    Error(String),
    /// `extract` panicked: scored as an empty prediction.
    Panic(String),
}

/// What one page gave: its scores, size and extraction time.
#[derive(Debug, Clone)]
pub struct PageResult {
    /// Which page.
    pub page: PageRef,
    /// Raw HTML bytes given to `extract`.
    pub bytes: usize,
    /// Time spent in `extract` (wall clock).
    pub elapsed: Duration,
    /// CPU time this thread spent in `extract`, when the OS tells it
    /// (less than `elapsed` when other processes took the core).
    pub cpu: Option<Duration>,
    /// How the extraction ended.
    pub outcome: Outcome,
    /// The scores.
    pub score: PageScore,
    /// The metadata fields compared.
    pub fields: Vec<crate::fields::FieldCheck>,
    /// Time the quotes stage takes on the extracted article (already part
    /// of `elapsed` and `cpu`; timed again apart on a copy).
    pub quotes: Option<Timing>,
    /// Quotes found.
    pub quotes_found: usize,
}

/// A page's prediction: body text and title.
#[derive(Debug, Clone, Default)]
pub struct Prediction {
    /// `Article::text`, empty on error or panic.
    pub text: String,
    /// `Article::title`.
    pub title: Option<String>,
    /// The metadata fields.
    pub fields: crate::fields::PredFields,
    /// Time of the quotes stage alone, run again on a copy of the article.
    pub quotes: Option<Timing>,
    /// Quotes found.
    pub quotes_found: usize,
}

thread_local! {
    /// Set while this thread is inside `extract`.
    static IN_EXTRACT: Cell<bool> = const { Cell::new(false) };
    /// Where and why the last caught panic happened.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Record panics inside `extract` quietly (they are reported per page);
/// leave all other panics to the default hook.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default_hook = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if IN_EXTRACT.with(Cell::get) {
                let msg = info.to_string().replace('\n', " ");
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(msg));
            } else {
                default_hook(info);
            }
        }));
    });
}

/// Wall-clock and CPU time of one extraction.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// Wall-clock time.
    pub elapsed: Duration,
    /// CPU time of the extracting thread, when known.
    pub cpu: Option<Duration>,
}

/// CPU time this thread has run, in nanoseconds (`CLOCK_THREAD_CPUTIME_ID`).
#[cfg(unix)]
pub fn thread_cpu_ns() -> Option<u64> {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    let ns = i128::from(t.tv_sec) * 1_000_000_000 + i128::from(t.tv_nsec);
    u64::try_from(ns).ok()
}

/// CPU time this thread has run: unknown off Unix.
#[cfg(not(unix))]
pub fn thread_cpu_ns() -> Option<u64> {
    None
}

/// Run `f`, timing it and catching its panic: the panic's message and
/// location are recorded quietly instead of printed.
fn timed_caught<T>(f: impl FnOnce() -> T) -> (Result<T, String>, Timing) {
    install_panic_hook();
    IN_EXTRACT.with(|flag| flag.set(true));
    let cpu_start = thread_cpu_ns();
    let start = Instant::now();
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    let elapsed = start.elapsed();
    let cpu = cpu_start
        .zip(thread_cpu_ns())
        .map(|(a, b)| Duration::from_nanos(b.saturating_sub(a)));
    IN_EXTRACT.with(|flag| flag.set(false));
    let result = result.map_err(|payload| {
        LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| {
                payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".to_string())
            })
    });
    (result, Timing { elapsed, cpu })
}

/// Extract one page with the `base` settings, timing only `extract` and
/// catching its panics.
pub fn extract_page(page: &Page, base: &newsclip::Options) -> (Prediction, Outcome, Timing) {
    let mut opts = base.clone();
    opts.url = page.url.clone();
    let (result, timing) = timed_caught(|| newsclip::extract(&page.html, &opts));
    let (pred, outcome) = match result {
        Ok(Ok(article)) => {
            let mut copy = article.clone();
            let (_, quotes) = timed_caught(|| newsclip::quotes::annotate(&mut copy, &opts));
            (
                Prediction {
                    quotes_found: copy.quotes.len(),
                    fields: crate::fields::PredFields {
                        title: article.title.clone(),
                        title_source: article.title_source.clone(),
                        authors: article.authors,
                        published: article.published,
                        site_name: article.site_name,
                        language: article.language,
                        page_type: article.page_type,
                    },
                    text: article.text,
                    title: article.title,
                    quotes: Some(quotes),
                },
                Outcome::Article,
            )
        }
        Ok(Err(err)) => (Prediction::default(), Outcome::Error(err.to_string())),
        Err(msg) => (Prediction::default(), Outcome::Panic(msg)),
    };
    (pred, outcome, timing)
}

/// Load, extract and score one page; write its prediction to `dump` when given.
pub fn run_page(page_ref: &PageRef, dump: Option<&Path>, base: &newsclip::Options) -> Result<PageResult> {
    let page = page_ref.load()?;
    let (pred, outcome, timing) = extract_page(&page, base);
    let score = metrics::score_page(
        &pred.text,
        pred.title.as_deref(),
        &page.truth_text,
        page.truth_title.as_deref(),
    );
    let fields = crate::fields::check(&pred.fields, &page.truth_fields);
    if let Some(dir) = dump {
        let path = dir.join(format!("{}.txt", page_ref.id));
        fs::write(&path, &pred.text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(PageResult {
        page: page_ref.clone(),
        bytes: page.html.len(),
        elapsed: timing.elapsed,
        cpu: timing.cpu,
        outcome,
        score,
        fields,
        quotes: pred.quotes,
        quotes_found: pred.quotes_found,
    })
}

/// Run every page, on `threads` threads (1: in this thread, for the
/// throughput figure), keeping the input order.
pub fn run_pages(
    pages: &[PageRef],
    threads: usize,
    dump: Option<&Path>,
    base: &newsclip::Options,
) -> Result<Vec<PageResult>> {
    let done = AtomicUsize::new(0);
    let progress = std::io::stderr().is_terminal();
    let step = |page: &PageRef| {
        let result = run_page(page, dump, base);
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if progress && (n % 25 == 0 || n == pages.len()) {
            eprint!("\r{n}/{} pages", pages.len());
            if n == pages.len() {
                eprintln!();
            }
        }
        result
    };
    if threads <= 1 {
        pages.iter().map(step).collect()
    } else {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()?;
        pool.install(|| pages.par_iter().map(step).collect())
    }
}

/// A first pass over the pages, as a batch run makes it: each site's
/// furniture learnt from every page (no truth is read).
pub fn learn_furniture(pages: &[PageRef]) -> Result<newsclip::SiteFurniture> {
    let mut table = newsclip::SiteFurniture::default();
    for page_ref in pages {
        let page = page_ref.load()?;
        let mut opts = newsclip::Options::default();
        opts.url = page.url.clone();
        table.learn(&page.html, &opts);
    }
    Ok(table)
}

/// Peak resident memory of this process so far (`VmHWM` of
/// `/proc/self/status`), in bytes; none off Linux.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_are_caught_with_message_and_place() {
        let (result, _) = timed_caught(|| -> u32 { panic!("boom {}", 42) });
        let msg = result.expect_err("the closure panics");
        assert!(msg.contains("boom 42"), "{msg}");
        assert!(msg.contains("evaluate.rs"), "{msg}");
        let (result, timing) = timed_caught(|| 7);
        assert_eq!(result, Ok(7));
        assert!(timing.cpu.is_some() || cfg!(not(unix)));
    }
}
