//! `warc-bench`: the WARC pipeline end to end, timed.
//!
//! Builds a WARC.gz from the WCXB dev pages (one gzip member per record, a
//! warcinfo record first), then runs the `newsclip` binary on it with one
//! thread and with all cores, and on WARCs of 1,000 and 10,000 records
//! (a spread sample holding the largest page, and the pages repeated) to
//! show that memory stays flat. Prints records/s,
//! MB/s compressed and uncompressed, peak RSS and the speed-up, next to the
//! single-thread in-process extract rate that the issue's target is set
//! against (≥ 0.9 × cores × that rate).
//!
//! ```sh
//! cargo run --release -p newsclip-eval --bin warc-bench -- ../shared/datasets
//! cargo run --release -p newsclip-eval --bin warc-bench -- --warc crawl.warc.gz
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context as _, Result};
use clap::Parser;
use newsclip_eval::datasets::{self, Dataset};
use newsclip_warc::WarcWriter;

#[derive(Debug, Parser)]
#[command(
    name = "warc-bench",
    about = "Time newsclip's WARC pipeline end to end"
)]
struct Args {
    /// The dev sets' folder (holds wcxb-dev/).
    #[arg(default_value = "../shared/datasets")]
    datasets: PathBuf,
    /// Time this WARC file instead of one built from the dev pages (the
    /// 1,000/10,000-record memory runs are then skipped).
    #[arg(long)]
    warc: Option<PathBuf>,
    /// Use only the first N dev pages.
    #[arg(long)]
    pages: Option<usize>,
    /// Skip the 1,000 vs 10,000 records memory runs.
    #[arg(long)]
    no_scale: bool,
    /// Where to put the WARCs and outputs [default: a temporary folder].
    #[arg(long)]
    work_dir: Option<PathBuf>,
}

/// One run of the binary, as its summary line reports it.
#[derive(Debug)]
struct Run {
    records: u64,
    seconds: f64,
    compressed_mb: f64,
    uncompressed_mb: f64,
    peak_rss_mb: f64,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let dir = match &args.work_dir {
        Some(d) => {
            std::fs::create_dir_all(d)?;
            d.clone()
        }
        None => std::env::temp_dir().join(format!("warc-bench-{}", std::process::id())),
    };
    std::fs::create_dir_all(&dir)?;
    let newsclip = newsclip_binary()?;
    println!("newsclip binary: {}", newsclip.display());
    println!("cores: {cores}");

    let mut pages: Vec<(String, Vec<u8>)> = Vec::new();
    let warc = match &args.warc {
        Some(w) => w.clone(),
        None => {
            let refs = datasets::list(&args.datasets, Dataset::Wcxb)?;
            let n = args.pages.unwrap_or(refs.len()).min(refs.len());
            for r in &refs[..n] {
                let page = r.load()?;
                let url = page
                    .url
                    .unwrap_or_else(|| format!("https://wcxb.invalid/{}", r.id));
                pages.push((url, page.html));
            }
            let path = dir.join("wcxb-dev.warc.gz");
            write_warc(&path, &pages, pages.len())?;
            path
        }
    };

    if !pages.is_empty() {
        // The single-thread rate of the library alone: the yardstick.
        let start = Instant::now();
        let mut bytes = 0usize;
        for (url, html) in &pages {
            let mut o = newsclip::Options::default();
            o.url = Some(url.clone());
            let _ = newsclip::extract(html, &o);
            bytes += html.len();
        }
        let s = start.elapsed().as_secs_f64();
        println!(
            "library, 1 thread, in process: {} pages in {s:.2} s = {:.1} pages/s, {:.1} MB/s",
            pages.len(),
            pages.len() as f64 / s,
            bytes as f64 / 1e6 / s
        );
        let target = 0.9 * cores as f64 * pages.len() as f64 / s;
        println!("target, all cores end to end: >= 0.9 x {cores} x that = {target:.1} records/s");
    }

    let size = std::fs::metadata(&warc)?.len();
    println!("WARC: {} ({:.1} MB)", warc.display(), size as f64 / 1e6);
    println!();
    println!(
        "{:<34} {:>8} {:>8} {:>10} {:>10} {:>10} {:>9}",
        "run", "records", "secs", "records/s", "MB/s gz", "MB/s raw", "peak RSS"
    );
    let one = run(&newsclip, &warc, 1, &dir.join("out-1.jsonl"), &[])?;
    print_run("jsonl, 1 thread", &one);
    let all = run(&newsclip, &warc, cores, &dir.join("out-all.jsonl"), &[])?;
    print_run(&format!("jsonl, {cores} threads"), &all);
    let unordered = run(
        &newsclip,
        &warc,
        cores,
        &dir.join("out-unordered.jsonl"),
        &["--unordered"],
    )?;
    print_run(&format!("jsonl, {cores} threads, unordered"), &unordered);
    let parquet = run(&newsclip, &warc, cores, &dir.join("out-all.parquet"), &[])?;
    print_run(&format!("parquet, {cores} threads"), &parquet);
    println!(
        "speed-up 1 -> {cores} threads: {:.2}x (records/s {:.1} -> {:.1})",
        rate(&all) / rate(&one),
        rate(&one),
        rate(&all)
    );

    if !pages.is_empty() && !args.no_scale {
        println!();
        for n in [1_000usize, 10_000] {
            let path = dir.join(format!("repeat-{n}.warc.gz"));
            write_warc(&path, &pages, n)?;
            // Parquet: the writer that buffers the most (a row group).
            let r = run(
                &newsclip,
                &path,
                cores,
                &dir.join(format!("repeat-{n}.parquet")),
                &[],
            )?;
            print_run(&format!("{n} records, parquet, {cores} threads"), &r);
            std::fs::remove_file(&path).ok();
        }
    }
    if args.work_dir.is_none() {
        std::fs::remove_dir_all(&dir).ok();
    }
    Ok(())
}

fn rate(r: &Run) -> f64 {
    r.records as f64 / r.seconds.max(1e-9)
}

fn print_run(name: &str, r: &Run) {
    println!(
        "{name:<34} {:>8} {:>8.2} {:>10.1} {:>10.2} {:>10.2} {:>6.1} MB",
        r.records,
        r.seconds,
        rate(r),
        r.compressed_mb / r.seconds,
        r.uncompressed_mb / r.seconds,
        r.peak_rss_mb
    );
}

/// A WARC.gz of `n` response records cycling through `pages`, after a
/// warcinfo record (so `n + 1` records in all).
fn write_warc(path: &Path, pages: &[(String, Vec<u8>)], n: usize) -> Result<()> {
    if pages.is_empty() {
        bail!("no pages to build a WARC from");
    }
    let file = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut w = WarcWriter::new(file, true);
    w.record(
        "warcinfo",
        None,
        "2025-01-01T00:00:00Z",
        "application/warc-fields",
        b"software: newsclip warc-bench\r\n",
    )?;
    // Fewer records than pages: an evenly spread sample that holds the
    // largest page, so that the short run meets the same page sizes as the
    // long one and their memory compares like with like.
    let largest = (0..pages.len()).max_by_key(|&i| pages[i].1.len()).unwrap_or(0);
    let spread = n < pages.len();
    for i in 0..n {
        let k = if !spread {
            i % pages.len()
        } else if i == 0 {
            largest
        } else {
            i * pages.len() / n
        };
        let (url, html) = &pages[k];
        let url = if i >= pages.len() {
            format!("{url}#{}", i / pages.len())
        } else {
            url.clone()
        };
        w.response(&url, "2025-01-01T00:00:00Z", "text/html", html)?;
    }
    w.finish()?;
    Ok(())
}

/// Run `newsclip` on the WARC and read its summary line.
fn run(newsclip: &Path, warc: &Path, threads: usize, out: &Path, extra: &[&str]) -> Result<Run> {
    let start = Instant::now();
    let output = Command::new(newsclip)
        .arg("--threads")
        .arg(threads.to_string())
        .arg("--output")
        .arg(out)
        .args(extra)
        .arg(warc)
        .output()
        .context("running newsclip")?;
    let seconds = start.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let summary = stderr
        .lines()
        .find(|l| l.contains("records read"))
        .with_context(|| format!("no summary line from newsclip: {stderr}"))?;
    let records = number_before(summary, " records read").context("records")?;
    let peak_rss_mb = number_before(summary, " MB").unwrap_or(f64::NAN);
    let compressed = std::fs::metadata(warc)?.len() as f64 / 1e6;
    // The summary's uncompressed rate times its own elapsed time.
    let secs_in = number_before(summary, " s (").unwrap_or(seconds);
    let raw_rate = number_before(summary, " MB/s uncompressed").unwrap_or(f64::NAN);
    std::fs::remove_file(out).ok();
    Ok(Run {
        records: records as u64,
        seconds,
        compressed_mb: compressed,
        uncompressed_mb: raw_rate * secs_in,
        peak_rss_mb,
    })
}

/// The number just before `marker` in `line` (the last occurrence).
fn number_before(line: &str, marker: &str) -> Option<f64> {
    let end = line.rfind(marker)?;
    let start = line[..end]
        .rfind(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map_or(0, |i| i + 1);
    line[start..end].parse().ok()
}

/// The `newsclip` binary next to this one, built first if it is missing.
fn newsclip_binary() -> Result<PathBuf> {
    let me = std::env::current_exe()?;
    let dir = me.parent().context("no folder for the running binary")?;
    let bin = dir.join(format!("newsclip{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--release", "-p", "newsclip-cli"])
            .status()
            .context("building newsclip")?;
        if !status.success() || !bin.exists() {
            bail!("cannot build the newsclip binary; run cargo build --release -p newsclip-cli");
        }
    }
    Ok(bin)
}
