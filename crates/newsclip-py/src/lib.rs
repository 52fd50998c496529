//! newsclip for Python: the `newsclip._newsclip` extension module, which the
//! `newsclip` package re-exports (`python/newsclip/__init__.py`).
//!
//! No logic of its own: each function fills in an [`Options`] from its
//! keyword arguments, calls the library with the GIL released, and turns the
//! [`Article`] into Python objects with serde (the same record as the JSON
//! rendering). Errors become `newsclip.NewsclipError`.

mod warc;

use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};

use newsclip::{Article, InputFormat, Options};
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyIterator, PyString, PyTuple};
use rayon::prelude::*;

pyo3::create_exception!(
    newsclip,
    NewsclipError,
    PyException,
    "The input is not a page: empty, binary, broken gzip, or over max_bytes."
);

/// Inputs pulled from the iterable per worker thread and round of
/// `extract_many`: enough to keep every worker busy between the rounds'
/// barriers, few enough that memory stays flat however long the iterable.
const BATCH_INPUTS_PER_THREAD: usize = 16;

/// The article of one page, as a dict (the JSON record).
#[pyfunction]
#[pyo3(signature = (html, url=None, **options))]
fn extract<'py>(
    py: Python<'py>,
    html: &Bound<'py, PyAny>,
    url: Option<String>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let opts = options_from(url, options)?;
    extract_with(py, html, opts)
}

/// The article of a crawler's plain-text export (one block a line): `extract`
/// with `input_format="text"`.
#[pyfunction]
#[pyo3(signature = (text, url=None, **options))]
fn extract_text_export<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    url: Option<String>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let mut opts = options_from(url, options)?;
    opts.input_format = InputFormat::Text;
    extract_with(py, text, opts)
}

/// Extract one page with the GIL released and convert the article.
fn extract_with<'py>(py: Python<'py>, page: &Bound<'py, PyAny>, mut opts: Options) -> PyResult<Bound<'py, PyAny>> {
    let page = page_bytes(page, &mut opts)?;
    let page = page.as_bytes();
    let article = py
        .detach(|| newsclip::extract(page, &opts))
        .map_err(|e| NewsclipError::new_err(e.to_string()))?;
    to_python(py, &article)
}

/// An article dict (from `extract`) rendered as `"markdown"` (with a YAML
/// front-matter block unless `front_matter=False`), `"text"`, `"html"`, or
/// `"json"`: the same renderings as the command's `--format`.
#[pyfunction]
#[pyo3(signature = (article, format="markdown", front_matter=true))]
fn render(article: &Bound<'_, PyAny>, format: &str, front_matter: bool) -> PyResult<String> {
    let article: Article = pythonize::depythonize(article)
        .map_err(|e| PyTypeError::new_err(format!("render takes an article dict as extract returns it: {e}")))?;
    Ok(match format {
        "markdown" | "md" if front_matter => newsclip::render::markdown(&article),
        "markdown" | "md" => newsclip::render::markdown_body(&article),
        "text" | "txt" => newsclip::render::text(&article),
        "html" => newsclip::render::html(&article),
        "json" => newsclip::render::json(&article),
        other => {
            return Err(PyValueError::new_err(format!(
                "format is \"markdown\", \"text\", \"html\" or \"json\", not {other:?}"
            )))
        }
    })
}

/// An iterator of one dict per input, in input order: the article, or
/// `{"error": "..."}` for an input that is not a page. Inputs are `str`,
/// `bytes` or `(html, url)` tuples; they are extracted on `threads` workers
/// (default: one per core) with the GIL released.
#[pyfunction]
#[pyo3(signature = (inputs, threads=None, **options))]
fn extract_many<'py>(
    inputs: &Bound<'py, PyAny>,
    threads: Option<usize>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<ExtractMany> {
    let opts = options_from(None, options)?;
    let pool = worker_pool(threads)?;
    Ok(ExtractMany {
        inputs: inputs.try_iter()?.unbind(),
        batch_inputs: pool.current_num_threads() * BATCH_INPUTS_PER_THREAD,
        pool,
        opts,
        ready: VecDeque::new(),
        failure: None,
    })
}

/// A pool of `threads` workers (`None`: one per core).
fn worker_pool(threads: Option<usize>) -> PyResult<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .thread_name(|i| format!("newsclip-{i}"))
        .build()
        .map_err(|e| NewsclipError::new_err(format!("cannot start the worker threads: {e}")))
}

/// What `extract_many` returns: pulls a batch of inputs from the iterable,
/// extracts it in parallel, hands out its records, then pulls the next.
#[pyclass(module = "newsclip")]
struct ExtractMany {
    inputs: Py<PyIterator>,
    pool: rayon::ThreadPool,
    batch_inputs: usize,
    opts: Options,
    ready: VecDeque<Result<Article, String>>,
    /// An exception from the iterable (or a bad item), raised once the
    /// records of the inputs before it have been handed out.
    failure: Option<PyErr>,
}

#[pymethods]
impl ExtractMany {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&mut self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        if self.ready.is_empty() {
            if let Some(failure) = self.failure.take() {
                return Err(failure);
            }
            self.extract_next_batch(py);
        }
        match self.ready.pop_front() {
            None => self.failure.take().map_or(Ok(None), Err),
            Some(Ok(article)) => to_python(py, &article).map(Some),
            Some(Err(error)) => {
                let record = PyDict::new(py);
                record.set_item("error", error)?;
                Ok(Some(record.into_any()))
            }
        }
    }
}

impl ExtractMany {
    /// Pull up to `batch_inputs` inputs and extract them into `ready`; an
    /// exception on the way ends the batch and is kept in `failure`.
    fn extract_next_batch(&mut self, py: Python<'_>) {
        let mut batch = Vec::with_capacity(self.batch_inputs);
        let inputs = self.inputs.bind(py);
        for item in inputs.clone().take(self.batch_inputs) {
            match item.and_then(|item| self.input_page(&item)) {
                Ok(input) => batch.push(input),
                Err(err) => {
                    self.failure = Some(err);
                    break;
                }
            }
        }
        let pool = &self.pool;
        let records: Vec<Result<Article, String>> = py.detach(|| {
            pool.install(|| {
                batch
                    .par_iter()
                    .map(|(page, opts)| extract_guarded(page, opts))
                    .collect()
            })
        });
        self.ready.extend(records);
    }

    /// One input's bytes and options: a page, or a `(page, url)` tuple.
    fn input_page(&self, item: &Bound<'_, PyAny>) -> PyResult<(Vec<u8>, Options)> {
        let mut opts = self.opts.clone();
        let page = if let Ok(tuple) = item.cast::<PyTuple>() {
            let (html, url): (Bound<'_, PyAny>, Option<String>) = tuple.extract()?;
            opts.url = url.or(opts.url);
            page_bytes(&html, &mut opts)?.as_bytes().to_vec()
        } else {
            page_bytes(item, &mut opts)?.as_bytes().to_vec()
        };
        Ok((page, opts))
    }
}

/// `newsclip::extract` with its error, or a panic, as the record's message:
/// in a batch one bad page never stops the run.
fn extract_guarded(page: &[u8], opts: &Options) -> Result<Article, String> {
    match catch_unwind(AssertUnwindSafe(|| newsclip::extract(page, opts))) {
        Ok(result) => result.map_err(|e| e.to_string()),
        Err(_) => Err("internal error: newsclip panicked on this input".to_string()),
    }
}

/// Benchmark support for `python/bench.py`: the mean CPU seconds of this
/// thread for one `newsclip::extract` call on `html`, over `repeat` calls
/// made in Rust, so that the Python call (timed with `time.thread_time`) is
/// compared with the Rust call in one binary, whatever else the machine runs.
#[pyfunction]
#[pyo3(signature = (html, repeat, url=None, **options))]
fn _rust_extract_seconds<'py>(
    py: Python<'py>,
    html: &Bound<'py, PyAny>,
    repeat: u32,
    url: Option<String>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<f64> {
    let mut opts = options_from(url, options)?;
    let page = page_bytes(html, &mut opts)?.as_bytes().to_vec();
    let repeat = repeat.max(1);
    py.detach(|| {
        let start = thread_cpu_seconds();
        for _ in 0..repeat {
            std::hint::black_box(newsclip::extract(std::hint::black_box(&page), &opts).ok());
        }
        Ok((thread_cpu_seconds() - start) / f64::from(repeat))
    })
}

/// CPU time of the calling thread, in seconds (`time.thread_time` in Python).
fn thread_cpu_seconds() -> f64 {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

/// The bytes of a page given as `str` or `bytes`. A `str` is text already
/// decoded, so its UTF-8 bytes are read as UTF-8 whatever its `<meta
/// charset>` says (unless the caller gave `charset`).
fn page_bytes<'py>(html: &Bound<'py, PyAny>, opts: &mut Options) -> PyResult<Bound<'py, PyBytes>> {
    if let Ok(bytes) = html.cast::<PyBytes>() {
        return Ok(bytes.clone());
    }
    if let Ok(text) = html.cast::<PyString>() {
        if opts.charset.is_none() {
            opts.charset = Some("utf-8".to_string());
        }
        return text.encode_utf8();
    }
    Err(PyTypeError::new_err(format!(
        "a page is str or bytes, not {}",
        html.get_type().name()?
    )))
}

/// The options named in the keyword arguments, over `Options::default()`.
/// Names as trafilatura's where it has them; an unknown name is a TypeError.
fn options_from(url: Option<String>, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Options> {
    let mut opts = Options::default();
    opts.url = url;
    let Some(kwargs) = kwargs else {
        return Ok(opts);
    };
    for (key, value) in kwargs.iter() {
        let key: String = key.extract()?;
        match key.as_str() {
            "url" => opts.url = value.extract()?,
            "charset" => opts.charset = value.extract()?,
            "max_bytes" => opts.max_bytes = value.extract()?,
            "max_nodes" => opts.max_nodes = value.extract()?,
            "max_depth" => opts.max_depth = value.extract()?,
            "include_tables" => opts.include_tables = value.extract()?,
            "include_images" => opts.include_images = value.extract()?,
            "include_comments" => opts.include_comments = value.extract()?,
            "favor_precision" => opts.favor_precision = value.extract()?,
            "favor_recall" => opts.favor_recall = value.extract()?,
            "quotes" => opts.quotes = value.extract()?,
            "crawl_time" => opts.crawl_time = value.extract()?,
            "furniture" => {
                opts.furniture = if value.is_none() {
                    None
                } else {
                    let table = value.cast::<PySiteFurniture>().map_err(|_| {
                        PyTypeError::new_err("furniture is a newsclip.SiteFurniture")
                    })?;
                    Some(table.borrow().table.clone())
                };
            }
            "input_format" => {
                let name: String = value.extract()?;
                opts.input_format = match name.as_str() {
                    "auto" => InputFormat::Auto,
                    "html" => InputFormat::Html,
                    "text" => InputFormat::Text,
                    other => {
                        return Err(PyValueError::new_err(format!(
                            "input_format is \"auto\", \"html\" or \"text\", not {other:?}"
                        )))
                    }
                };
            }
            other => {
                return Err(PyTypeError::new_err(format!(
                    "unexpected keyword argument {other:?}"
                )))
            }
        }
    }
    Ok(opts)
}

/// A site's furniture learnt across a batch of text exports
/// (`newsclip::SiteFurniture`): `learn` every page once, then pass the
/// table as `furniture=` to `extract`, `extract_text_export` or
/// `extract_many`; lines a site prints on three or more of its pages are
/// then furniture. Memory: at most `max_entries` lines of 32 bytes.
#[pyclass(module = "newsclip", name = "SiteFurniture")]
struct PySiteFurniture {
    table: std::sync::Arc<newsclip::SiteFurniture>,
}

#[pymethods]
impl PySiteFurniture {
    #[new]
    #[pyo3(signature = (max_entries=newsclip::text::furniture::DEFAULT_MAX_ENTRIES))]
    fn new(max_entries: usize) -> Self {
        PySiteFurniture { table: std::sync::Arc::new(newsclip::SiteFurniture::new(max_entries)) }
    }

    /// Learn one page (a text export as `str` or `bytes`) from `url`.
    #[pyo3(signature = (page, url=None))]
    fn learn(&mut self, py: Python<'_>, page: &Bound<'_, PyAny>, url: Option<String>) -> PyResult<()> {
        let mut opts = Options::default();
        opts.url = url;
        let bytes = page_bytes(page, &mut opts)?;
        let bytes = bytes.as_bytes();
        // Copied on write if an extraction still holds the table.
        let table = std::sync::Arc::make_mut(&mut self.table);
        py.detach(|| table.learn(bytes, &opts));
        Ok(())
    }

    /// Pages learnt.
    #[getter]
    fn pages(&self) -> usize {
        self.table.pages()
    }

    /// Lines printed on three or more pages of their site.
    #[getter]
    fn furniture_lines(&self) -> usize {
        self.table.furniture_lines()
    }

    fn __repr__(&self) -> String {
        format!("SiteFurniture(pages={}, furniture_lines={})", self.table.pages(), self.table.furniture_lines())
    }
}

/// The article as Python objects: dicts, lists, str, int, float, None.
fn to_python<'py>(py: Python<'py>, article: &Article) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, article).map_err(|e| NewsclipError::new_err(e.to_string()))
}

/// The extension module behind the `newsclip` package.
#[pymodule]
fn _newsclip(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("NewsclipError", m.py().get_type::<NewsclipError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_text_export, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(render, m)?)?;
    m.add_function(wrap_pyfunction!(warc::iter_warc, m)?)?;
    m.add_function(wrap_pyfunction!(_rust_extract_seconds, m)?)?;
    m.add_class::<ExtractMany>()?;
    m.add_class::<PySiteFurniture>()?;
    m.add_class::<warc::WarcRecords>()?;
    Ok(())
}
