//! One input to one rendering: read or fetch it, extract the article and
//! render it, with a panic anywhere along the way turned into an error.

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};

use newsclip::{render, Options};

use crate::args::Format;
use crate::fetch::Fetcher;
use crate::inputs::{self, Input};
use crate::output;

/// Everything an extraction needs besides the input; shared by the workers.
#[derive(Debug)]
pub struct Extractor {
    options: Options,
    fetcher: Fetcher,
    /// Markdown opens with a YAML front-matter block.
    front_matter: bool,
}

impl Extractor {
    /// An extractor with the run's settings and its HTTP client;
    /// `front_matter` opens Markdown with a YAML block of the metadata.
    pub fn new(options: Options, fetcher: Fetcher, front_matter: bool) -> Extractor {
        Extractor { options, fetcher, front_matter }
    }

    /// The input's article in `format` (for `Jsonl`, its record line), or
    /// why there is none. Never panics.
    pub fn render(&self, input: &Input, format: Format) -> Result<String, String> {
        match catch_unwind(AssertUnwindSafe(|| self.render_unguarded(input, format))) {
            Ok(result) => result,
            Err(payload) => Err(format!(
                "internal error: newsclip panicked on this input ({})",
                panic_message(payload.as_ref())
            )),
        }
    }

    fn render_unguarded(&self, input: &Input, format: Format) -> Result<String, String> {
        let page = inputs::load(input, self.options.max_bytes, &self.fetcher)
            .map_err(|e| format!("{e:#}"))?;
        let mut options = self.options.clone();
        // --url and --charset, when given, win over what the server said.
        if options.url.is_none() {
            options.url = page.url;
        }
        if options.charset.is_none() {
            options.charset = page.charset;
        }
        let article = newsclip::extract(&page.bytes, &options).map_err(|e| e.to_string())?;
        Ok(match format {
            Format::Json => render::json(&article),
            Format::Jsonl | Format::Parquet => output::article_line(&input.name, &article),
            Format::Text => render::text(&article),
            Format::Markdown if self.front_matter => render::markdown(&article),
            Format::Markdown => render::markdown_body(&article),
            Format::Html => render::html(&article),
        })
    }
}

/// The text a panic was raised with, when it has one.
fn panic_message(payload: &(dyn Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("no message")
}
