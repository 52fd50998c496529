//! Drives a run: one input rendered to the output, or many inputs extracted
//! on a rayon pool and written as JSON Lines, in input order, as they finish.

use std::io::{self, IsTerminal, Write};

use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::args::Format;
use crate::extract::Extractor;
use crate::inputs::Input;
use crate::output;

/// Inputs extracted in parallel before their records are written: enough to
/// keep every worker busy, few enough that memory stays bounded and output
/// streams out on long runs.
const CHUNK_INPUTS: usize = 256;

/// Runs with more inputs than this show a progress bar (on a terminal only).
const PROGRESS_MIN_INPUTS: usize = 20;

/// Render one input in `format`; on failure say why on standard error.
/// Returns whether the input gave an article.
pub fn single(
    input: &Input,
    format: Format,
    extractor: &Extractor,
    out: &mut dyn Write,
) -> anyhow::Result<bool> {
    match extractor.render(input, format) {
        Ok(mut rendered) => {
            if !rendered.ends_with('\n') {
                rendered.push('\n');
            }
            out.write_all(rendered.as_bytes())?;
            out.flush()?;
            Ok(true)
        }
        Err(err) => {
            eprintln!("newsclip: {}: {err}", input.name);
            Ok(false)
        }
    }
}

/// Extract every input on `threads` workers (`None`: one per core) and
/// write one JSON Lines record per input, in order. Returns how many failed.
pub fn batch(
    inputs: &[Input],
    threads: Option<usize>,
    extractor: &Extractor,
    out: &mut dyn Write,
) -> anyhow::Result<usize> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .thread_name(|i| format!("newsclip-{i}"))
        .build()
        .context("cannot start the worker threads")?;
    let progress = progress_bar(inputs.len());
    let mut failed = 0;
    for chunk in inputs.chunks(CHUNK_INPUTS) {
        let records: Vec<(String, bool)> = pool.install(|| {
            chunk
                .par_iter()
                .map(|input| {
                    let record = match extractor.render(input, Format::Jsonl) {
                        Ok(line) => (line, true),
                        Err(err) => (output::error_line(&input.name, &err), false),
                    };
                    progress.inc(1);
                    record
                })
                .collect()
        });
        for (line, ok) in records {
            failed += usize::from(!ok);
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    progress.finish_and_clear();
    if failed > 0 {
        eprintln!(
            "newsclip: {failed} of {} inputs failed; their records have an \"error\" field",
            inputs.len()
        );
    }
    Ok(failed)
}

/// A progress bar on standard error when it is a terminal and the run is
/// long enough to want one; otherwise a hidden bar that draws nothing.
fn progress_bar(len: usize) -> ProgressBar {
    if len <= PROGRESS_MIN_INPUTS || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template(
        "{elapsed_precise} {wide_bar} {human_pos}/{human_len} pages, {eta} left",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    ProgressBar::new(len as u64).with_style(style)
}
