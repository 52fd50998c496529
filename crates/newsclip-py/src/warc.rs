//! `newsclip.iter_warc`: the records of a WARC file (read by the
//! `newsclip-warc` crate) extracted in batches on a rayon pool, one dict each.

use std::collections::VecDeque;
use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;

use newsclip::{Article, InputFormat, Options};
use newsclip_warc::{Kind, Reader};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rayon::prelude::*;

use crate::{extract_guarded, options_from, to_python, worker_pool, BATCH_INPUTS_PER_THREAD};

/// The records of the WARC file at `path` (`.warc`, `.warc.gz`, `.warc.zst`)
/// that hold a page (HTML responses, WET conversions), one dict each in file
/// order: `warc_record_id`, `warc_date`, then the article (its `url` is the
/// record's target URI), or `url` and `error`. Damaged stretches give an
/// `error` record each and reading goes on; other records are skipped and
/// counted. Extraction runs on `threads` workers with the GIL released.
#[pyfunction]
#[pyo3(signature = (path, threads=None, **options))]
pub fn iter_warc(
    path: PathBuf,
    threads: Option<usize>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<WarcRecords> {
    let opts = options_from(None, options)?;
    let file = File::open(&path)?;
    let pool = worker_pool(threads)?;
    Ok(WarcRecords {
        reader: Reader::new(BufReader::with_capacity(READ_BUFFER_BYTES, file)),
        batch_records: pool.current_num_threads() * BATCH_INPUTS_PER_THREAD,
        pool,
        opts,
        ready: VecDeque::new(),
        done: false,
        records: 0,
        pages: 0,
        skipped: 0,
        errors: 0,
    })
}

/// Read buffer of the WARC file: large enough that reads are few.
const READ_BUFFER_BYTES: usize = 256 * 1024;

/// What `iter_warc` returns. Its counters hold the figures so far, and for
/// the whole file once it is exhausted.
#[pyclass(module = "newsclip")]
pub struct WarcRecords {
    reader: Reader<BufReader<File>>,
    pool: rayon::ThreadPool,
    batch_records: usize,
    opts: Options,
    ready: VecDeque<Outcome>,
    done: bool,
    /// Items read: records, plus damaged stretches.
    #[pyo3(get)]
    records: u64,
    /// Records holding a page, extracted (or failed).
    #[pyo3(get)]
    pages: u64,
    /// Records skipped: not a page (warcinfo, requests, non-HTML, non-2xx…).
    #[pyo3(get)]
    skipped: u64,
    /// Damaged records and stretches, and pages that failed to extract.
    #[pyo3(get)]
    errors: u64,
}

/// One page record's identity and its extraction, or a damaged stretch.
struct Outcome {
    record_id: Option<String>,
    target_uri: Option<String>,
    date: Option<String>,
    article: Result<Article, String>,
}

/// A page record read from the file, waiting for extraction.
struct Pending {
    record_id: Option<String>,
    target_uri: Option<String>,
    date: Option<String>,
    page: Result<(Vec<u8>, Options), String>,
}

#[pymethods]
impl WarcRecords {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&mut self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        if self.ready.is_empty() && !self.done {
            let WarcRecords {
                reader,
                pool,
                batch_records,
                opts,
                ..
            } = self;
            let (batch, counts, done) =
                py.detach(|| read_and_extract(reader, pool, *batch_records, opts));
            self.records += counts.records;
            self.pages += counts.pages;
            self.skipped += counts.skipped;
            self.errors += batch.iter().filter(|o| o.article.is_err()).count() as u64;
            self.done = done;
            self.ready.extend(batch);
        }
        let Some(outcome) = self.ready.pop_front() else {
            return Ok(None);
        };
        let record = PyDict::new(py);
        record.set_item("warc_record_id", outcome.record_id)?;
        record.set_item("warc_date", outcome.date)?;
        match outcome.article {
            Ok(article) => {
                let article = to_python(py, &article)?;
                record.update(article.cast::<pyo3::types::PyMapping>()?)?;
            }
            Err(error) => {
                record.set_item("url", outcome.target_uri)?;
                record.set_item("error", error)?;
            }
        }
        Ok(Some(record.into_any()))
    }
}

/// What one batch read: items, page records, skipped records.
#[derive(Default)]
struct Counts {
    records: u64,
    pages: u64,
    skipped: u64,
}

/// Read records until `batch_records` pages (or the end), then extract
/// the pages in parallel. Returns the batch in file order, its counts, and
/// whether the file is done.
fn read_and_extract(
    reader: &mut Reader<BufReader<File>>,
    pool: &rayon::ThreadPool,
    batch_records: usize,
    opts: &Options,
) -> (Vec<Outcome>, Counts, bool) {
    let mut counts = Counts::default();
    let mut pending = Vec::with_capacity(batch_records);
    let mut done = true;
    for item in reader.by_ref() {
        counts.records += 1;
        match item {
            Err(err) => {
                pending.push(Pending {
                    record_id: None,
                    target_uri: None,
                    date: None,
                    page: Err(err.to_string()),
                });
            }
            Ok(record) => {
                let format = match record.kind() {
                    Kind::Html => InputFormat::Html,
                    Kind::Text => InputFormat::Text,
                    Kind::Skip(_) => {
                        counts.skipped += 1;
                        continue;
                    }
                };
                counts.pages += 1;
                let mut page_opts = opts.clone();
                page_opts.input_format = format;
                if let Some(uri) = &record.target_uri {
                    page_opts.url = Some(uri.clone());
                }
                if let Some(charset) = record.http.as_ref().and_then(|h| h.charset.clone()) {
                    page_opts.charset.get_or_insert(charset);
                }
                pending.push(Pending {
                    page: Ok((record.payload().into_owned(), page_opts)),
                    record_id: record.record_id,
                    target_uri: record.target_uri,
                    date: record.date,
                });
            }
        }
        if pending.len() >= batch_records {
            done = false;
            break;
        }
    }
    let batch = pool.install(|| {
        pending
            .into_par_iter()
            .map(|p| Outcome {
                article: p.page.and_then(|(bytes, o)| extract_guarded(&bytes, &o)),
                record_id: p.record_id,
                target_uri: p.target_uri,
                date: p.date,
            })
            .collect()
    });
    (batch, counts, done)
}
