//! WARC runs: a reader thread turns the files into records, N workers
//! extract them, and the calling thread writes one row per record, in
//! input order (or as they finish, with `--unordered`). A fixed number of
//! permits bounds the records in flight — queued, being extracted, or
//! waiting for their turn to be written — so memory stays flat whatever the
//! size of the input.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, IsTerminal, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use crossbeam_channel::{bounded, Receiver, Sender};
use indicatif::{ProgressBar, ProgressStyle};
use newsclip::{InputFormat, Options};
use newsclip_warc::{Kind, Reader, Record, RecordError};

use crate::rows::{instant_micros, Outcome, Row};
use crate::sink::Sink;

/// Records in flight per worker thread (queued, in extraction, or waiting
/// to be written in order): enough to keep workers busy while one slow page
/// holds up the ordered output, few enough to keep memory flat.
const IN_FLIGHT_PER_THREAD: usize = 8;

/// What a WARC run needs.
pub struct Crawl {
    /// The WARC files, in order.
    pub files: Vec<PathBuf>,
    /// Worker threads.
    pub threads: usize,
    /// Write rows as they finish rather than in input order.
    pub unordered: bool,
    /// The extraction settings every record starts from.
    pub options: Options,
}

/// What a run read and wrote.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    /// Rows written: records and damaged stretches.
    pub records: u64,
    /// Rows with an article.
    pub articles: u64,
    /// Rows for records with nothing to extract.
    pub skipped: u64,
    /// Rows for damaged records and failed extractions.
    pub errors: u64,
    /// Bytes of the files as stored.
    pub compressed_bytes: u64,
    /// Bytes of WARC after decompression.
    pub uncompressed_bytes: u64,
    /// Wall time.
    pub elapsed: Duration,
}

impl Tally {
    /// The summary line printed at the end of a run.
    pub fn summary(&self) -> String {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        let mut line = format!(
            "newsclip: {} records read: {} articles, {} skipped, {} errors in {:.1} s \
             ({:.1} records/s, {:.1} MB/s compressed, {:.1} MB/s uncompressed)",
            self.records,
            self.articles,
            self.skipped,
            self.errors,
            secs,
            self.records as f64 / secs,
            self.compressed_bytes as f64 / 1e6 / secs,
            self.uncompressed_bytes as f64 / 1e6 / secs,
        );
        if let Some(kb) = peak_rss_kb() {
            line.push_str(&format!("; peak RSS {:.1} MB", kb as f64 / 1024.0));
        }
        line
    }
}

/// The process's peak resident set (VmHWM), in KiB, where /proc has it.
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// One record on its way to a worker.
struct Job {
    seq: u64,
    input: Arc<str>,
    index: u64,
    item: Result<Record, String>,
}

/// Counts the bytes read from a file, for the progress bar and the summary.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Read, extract and write every record of the files.
pub fn run(crawl: Crawl, sink: &mut Sink) -> anyhow::Result<Tally> {
    let start = Instant::now();
    let threads = crawl.threads.max(1);
    let in_flight = threads * IN_FLIGHT_PER_THREAD;
    let compressed = Arc::new(AtomicU64::new(0));
    let uncompressed = Arc::new(AtomicU64::new(0));
    let total_bytes: u64 = crawl
        .files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let progress = progress_bar(total_bytes);

    let (permit_tx, permit_rx) = bounded::<()>(in_flight);
    for _ in 0..in_flight {
        permit_tx.send(()).context("cannot start the pipeline")?;
    }
    let (job_tx, job_rx) = bounded::<Job>(in_flight);
    let (row_tx, row_rx) = bounded::<(u64, Row)>(in_flight);
    let options = &crawl.options;
    let mut tally = Tally::default();

    let written: anyhow::Result<()> = std::thread::scope(|scope| {
        {
            let files = &crawl.files;
            let compressed = compressed.clone();
            let uncompressed = uncompressed.clone();
            let max_record_bytes = options.max_bytes as u64;
            std::thread::Builder::new()
                .name("newsclip-reader".into())
                .spawn_scoped(scope, move || {
                    read_files(
                        files,
                        max_record_bytes,
                        &compressed,
                        &uncompressed,
                        &permit_rx,
                        &job_tx,
                    )
                })
                .context("cannot start the reader thread")?;
        }
        for i in 0..threads {
            let job_rx = job_rx.clone();
            let row_tx = row_tx.clone();
            std::thread::Builder::new()
                .name(format!("newsclip-{i}"))
                .spawn_scoped(scope, move || extract_jobs(&job_rx, &row_tx, options))
                .context("cannot start the worker threads")?;
        }
        drop(job_rx);
        drop(row_tx);
        // Owned here, so that a failed write (a closed pipe) drops them and
        // the reader and workers, finding their channels closed, stop.
        let (row_rx, permit_tx) = (row_rx, permit_tx);
        let written = write_rows(
            &row_rx,
            &permit_tx,
            crawl.unordered,
            sink,
            &mut tally,
            &progress,
            &compressed,
        );
        drop(row_rx);
        drop(permit_tx);
        written
    });
    progress.finish_and_clear();
    written?;
    tally.compressed_bytes = compressed.load(Ordering::Relaxed);
    tally.uncompressed_bytes = uncompressed.load(Ordering::Relaxed);
    tally.elapsed = start.elapsed();
    Ok(tally)
}

/// The reader thread: every item of every file becomes a job, each after
/// taking a permit; stops early when the writer has gone.
fn read_files(
    files: &[PathBuf],
    max_record_bytes: u64,
    compressed: &Arc<AtomicU64>,
    uncompressed: &AtomicU64,
    permits: &Receiver<()>,
    jobs: &Sender<Job>,
) {
    let mut seq = 0u64;
    for path in files {
        let input: Arc<str> = Arc::from(path.to_string_lossy().as_ref());
        let mut send = |index: u64, item: Result<Record, String>| -> bool {
            if permits.recv().is_err() {
                return false;
            }
            let job = Job {
                seq,
                input: input.clone(),
                index,
                item,
            };
            seq += 1;
            jobs.send(job).is_ok()
        };
        let file = match File::open(path) {
            Ok(file) => file,
            Err(e) => {
                if !send(0, Err(format!("cannot open file: {e}"))) {
                    return;
                }
                continue;
            }
        };
        let counting = Counting {
            inner: file,
            count: compressed.clone(),
        };
        let mut reader = Reader::new(counting).with_max_record_bytes(max_record_bytes);
        let mut index = 0;
        for item in reader.by_ref() {
            let item = item.map_err(|e: RecordError| e.to_string());
            if !send(index, item) {
                return;
            }
            index += 1;
        }
        uncompressed.fetch_add(reader.uncompressed_offset(), Ordering::Relaxed);
    }
}

/// A worker: extract each job's record into its row.
fn extract_jobs(jobs: &Receiver<Job>, rows: &Sender<(u64, Row)>, options: &Options) {
    for job in jobs {
        let seq = job.seq;
        let row = match job.item {
            Err(why) => Row {
                input: job.input,
                record: job.index,
                target_uri: None,
                date: None,
                record_id: None,
                outcome: Outcome::Error(why),
            },
            Ok(record) => {
                let outcome =
                    match catch_unwind(AssertUnwindSafe(|| extract_record(&record, options))) {
                        Ok(outcome) => outcome,
                        Err(_) => Outcome::Error(
                            "internal error: newsclip panicked on this record".into(),
                        ),
                    };
                Row {
                    input: job.input,
                    record: job.index,
                    target_uri: record.target_uri,
                    date: record.date,
                    record_id: record.record_id,
                    outcome,
                }
            }
        };
        if rows.send((seq, row)).is_err() {
            return;
        }
    }
}

/// One record's outcome: its article, or why it was skipped or failed.
pub fn extract_record(record: &Record, base: &Options) -> Outcome {
    let format = match record.kind() {
        Kind::Html => InputFormat::Html,
        Kind::Text => InputFormat::Text,
        Kind::Skip(why) => return Outcome::Skipped(why),
    };
    let mut options = base.clone();
    options.input_format = format;
    if options.url.is_none() {
        options.url = record.target_uri.clone();
    }
    if options.charset.is_none() {
        options.charset = match format {
            InputFormat::Text => Some("utf-8".into()),
            _ => record.http.as_ref().and_then(|h| h.charset.clone()),
        };
    }
    if options.crawl_time.is_none() {
        options.crawl_time = record
            .date
            .as_deref()
            .and_then(instant_micros)
            .map(|us| us.div_euclid(1_000_000));
    }
    match newsclip::extract(&record.payload(), &options) {
        Ok(article) => Outcome::Article(Box::new(article)),
        Err(e) => Outcome::Error(e.to_string()),
    }
}

/// The writing side: rows out in order (or as they come), one permit
/// handed back per row written.
fn write_rows(
    rows: &Receiver<(u64, Row)>,
    permits: &Sender<()>,
    unordered: bool,
    sink: &mut Sink,
    tally: &mut Tally,
    progress: &ProgressBar,
    compressed: &AtomicU64,
) -> anyhow::Result<()> {
    let mut waiting: BTreeMap<u64, Row> = BTreeMap::new();
    let mut next = 0u64;
    let started = Instant::now();
    let mut put = |row: Row, tally: &mut Tally| -> anyhow::Result<()> {
        sink.write(&row)?;
        tally.records += 1;
        match row.outcome {
            Outcome::Article(_) => tally.articles += 1,
            Outcome::Skipped(_) => tally.skipped += 1,
            Outcome::Error(_) => tally.errors += 1,
        }
        // The reader may already have finished: a closed channel is fine.
        let _ = permits.try_send(());
        if !progress.is_hidden() {
            progress.set_position(compressed.load(Ordering::Relaxed));
            let rate = tally.records as f64 / started.elapsed().as_secs_f64().max(1e-3);
            progress.set_message(format!("{} records, {rate:.0}/s", tally.records));
        }
        Ok(())
    };
    for (seq, row) in rows {
        if unordered {
            put(row, tally)?;
            continue;
        }
        waiting.insert(seq, row);
        while let Some(row) = waiting.remove(&next) {
            put(row, tally)?;
            next += 1;
        }
    }
    // Only reached if a worker died without its row: write what is left.
    for (_, row) in std::mem::take(&mut waiting) {
        put(row, tally)?;
    }
    Ok(())
}

/// A progress bar over the input's bytes, on standard error when it is a
/// terminal; otherwise hidden.
fn progress_bar(total_bytes: u64) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template(
        "{elapsed_precise} {wide_bar} {binary_bytes}/{binary_total_bytes} {msg}, {eta} left",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    ProgressBar::new(total_bytes).with_style(style)
}
