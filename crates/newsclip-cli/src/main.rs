//! `newsclip`: extract the article from news pages given as files,
//! directories, standard input or URLs (see `newsclip --help`). This file
//! only wires the modules together and picks the exit status.

mod allocator;
mod args;
mod crawl;
mod extract;
mod fetch;
mod furniture;
mod inputs;
mod output;
mod rows;
mod run;
mod sink;

use std::io;
use std::sync::Arc;
use std::process::ExitCode;

use clap::Parser as _;

use crate::args::{Args, Format, Plan};
use crate::extract::Extractor;
use crate::fetch::Fetcher;

fn main() -> ExitCode {
    allocator::tune();
    let plan = Args::parse().into_plan();
    match carry_out(plan) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // The reader went away (`newsclip dir | head`): stop quietly.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("newsclip: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Carry out the plan; `Ok(false)` when some input failed.
fn carry_out(plan: Plan) -> anyhow::Result<bool> {
    if plan.warc {
        return carry_out_warc(plan);
    }
    let (inputs, warnings) = inputs::expand(plan.sources);
    for warning in warnings {
        eprintln!("newsclip: {warning}");
    }
    let mut out = output::open(plan.output.as_deref())?;
    let fetcher = Fetcher::new(plan.timeout);
    let mut options = plan.options;
    if let Some(max_entries) = plan.learn_furniture {
        let table = furniture::learn_files(&inputs, max_entries, &options, &fetcher);
        eprintln!("{}", furniture::summary(&table));
        options.furniture = Some(Arc::new(table));
    }
    let extractor = Extractor::new(options, fetcher, plan.front_matter);
    // `Args::into_plan` picks a single-page format only for one file, URL
    // or `-`; everything else, an empty directory included, is JSON Lines.
    match (plan.format, inputs.as_slice()) {
        (format, [input]) if format != Format::Jsonl => {
            run::single(input, format, &extractor, &mut out)
        }
        _ => run::batch(&inputs, plan.threads, &extractor, &mut out).map(|failed| failed == 0),
    }
}

/// Run the WARC pipeline; `Ok(false)` when some record gave an error.
fn carry_out_warc(plan: Plan) -> anyhow::Result<bool> {
    let files: Vec<std::path::PathBuf> = plan
        .sources
        .into_iter()
        .filter_map(|s| match s {
            inputs::Source::File(p) => Some(p),
            _ => None,
        })
        .collect();
    let format = match plan.format {
        Format::Parquet => sink::TableFormat::Parquet,
        _ => sink::TableFormat::Jsonl,
    };
    let mut sink = sink::Sink::new(format, plan.output, plan.split, plan.fields)?;
    let threads = plan
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut options = plan.options;
    if let Some(max_entries) = plan.learn_furniture {
        let table = furniture::learn_warc(&files, max_entries, &options);
        eprintln!("{}", furniture::summary(&table));
        options.furniture = Some(Arc::new(table));
    }
    let crawl = crawl::Crawl {
        files,
        threads,
        unordered: plan.unordered,
        options,
    };
    let tally = crawl::run(crawl, &mut sink)?;
    sink.finish()?;
    eprintln!("{}", tally.summary());
    Ok(tally.errors == 0)
}

/// Whether the error is a write to a closed pipe.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
