//! `newsclip-eval`: score newsclip on the dev sets and time it.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Parser;

use newsclip_eval::datasets::{self, Dataset, PageRef, ALL_DATASETS, WCXB_TYPES};
use newsclip_eval::{evaluate, parsers, quotes, report};

/// Score newsclip on WCXB dev and the Readability pages (word and shingle
/// F1, titles) and time `extract` on one thread.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// The datasets folder, holding wcxb-dev/ and readability/.
    #[arg(default_value = "../shared/datasets")]
    datasets: PathBuf,
    /// Run one set only.
    #[arg(long, value_enum)]
    dataset: Option<Dataset>,
    /// Only WCXB pages of this type (article, forum, product, collection,
    /// listing, documentation, service); skips the Readability pages.
    #[arg(long = "type", value_name = "TYPE")]
    page_type: Option<String>,
    /// Only these page ids (WCXB `0042`, Readability slug), comma-separated.
    #[arg(long, value_delimiter = ',', value_name = "ID[,ID]")]
    only: Vec<String>,
    /// Only the first N pages of each set (after the other filters).
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// CI mode: every 10th WCXB page and every 3rd Readability page.
    #[arg(long)]
    quick: bool,
    /// Print the N worst pages of each set by word F1, with missed and leaked text.
    #[arg(long, value_name = "N", default_value_t = 0)]
    worst: usize,
    /// Print N pages per metadata field where the field is wrong.
    #[arg(long, value_name = "N", default_value_t = 0)]
    field_misses: usize,
    /// With --field-misses: only this field (title, authors, published, site_name, language, page_type).
    #[arg(long, value_name = "FIELD")]
    field: Option<String>,
    /// Write each page's predicted text to DIR/<id>.txt.
    #[arg(long, value_name = "DIR")]
    dump: Option<PathBuf>,
    /// Write the summary figures as JSON.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// JSON file of figure → minimum; exit 1 if a figure is below its floor or a page panicked.
    #[arg(long, value_name = "FILE")]
    floors: Option<PathBuf>,
    /// Threads to score with; throughput is a single-thread figure only with 1.
    #[arg(long, value_name = "N", default_value_t = 1)]
    threads: usize,
    /// Instead of scoring, time parse-only throughput of three DOMs over the WCXB pages.
    #[arg(long)]
    parsers: bool,
    /// The hand-annotated quotes (one JSON per article); default: the
    /// crate's quotes-dev/.
    #[arg(long, value_name = "DIR")]
    quotes_dir: Option<PathBuf>,
    /// Skip the quotes section.
    #[arg(long, conflicts_with = "quotes_only")]
    no_quotes: bool,
    /// Only the quotes section (with --worst N: the N worst quote pages).
    #[arg(long)]
    quotes_only: bool,
    /// Learn each site's furniture from all the selected pages first, as
    /// `newsclip --learn-furniture` does in a batch run (text exports only).
    #[arg(long)]
    learn_furniture: bool,
}

/// Every 10th WCXB page in `--quick` mode (about 150 pages).
const QUICK_WCXB_STEP: usize = 10;
/// Every 3rd Readability page in `--quick` mode (44 pages).
const QUICK_READABILITY_STEP: usize = 3;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(err) => {
            eprintln!("newsclip-eval: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode> {
    let args = Args::parse();
    if args.quotes_only {
        run_quotes(&args)?;
        return Ok(ExitCode::SUCCESS);
    }
    let pages = select_pages(&args)?;
    if pages.is_empty() {
        bail!("no pages selected");
    }
    if args.parsers {
        let wcxb: Vec<PageRef> = pages
            .into_iter()
            .filter(|p| p.dataset == Dataset::Wcxb)
            .collect();
        parsers::bench(&wcxb)?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(dir) = &args.dump {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }

    let mut base = newsclip::Options::default();
    if args.learn_furniture {
        let table = evaluate::learn_furniture(&pages)?;
        eprintln!("learnt the furniture of {} pages: {} lines on 3 or more pages of their site", table.pages(), table.furniture_lines());
        base.furniture = Some(std::sync::Arc::new(table));
    }
    let results = evaluate::run_pages(&pages, args.threads, args.dump.as_deref(), &base)?;
    let mut summary = report::Summary::new(
        &results,
        args.threads,
        args.quick,
        evaluate::peak_rss_bytes(),
    );
    print!("{}", summary.render());
    if args.worst > 0 {
        report::print_worst(&results, args.worst)?;
    }
    if args.field_misses > 0 {
        report::print_field_misses(&results, args.field.as_deref(), args.field_misses);
    }
    if !args.no_quotes {
        summary.figures.extend(run_quotes(&args)?);
    }
    if let Some(path) = &args.json {
        summary.write_json(path)?;
    }
    if let Some(path) = &args.floors {
        let failures = summary.check_floors(path)?;
        if !failures.is_empty() {
            println!("\nFloors not met ({}):", path.display());
            for f in &failures {
                println!("  {f}");
            }
            return Ok(ExitCode::FAILURE);
        }
        println!("\nAll floors of {} met.", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Score `Article::quotes` against the hand-annotated quotes and print the
/// section; gives the quote figures for the floors.
fn run_quotes(args: &Args) -> Result<std::collections::BTreeMap<String, f64>> {
    let dir = args
        .quotes_dir
        .clone()
        .unwrap_or_else(quotes::default_gold_dir);
    let pages = quotes::run(&args.datasets, &dir, &args.only)?;
    print!("{}", quotes::render(&pages));
    if args.worst > 0 {
        print!("{}", quotes::render_worst(&pages, args.worst));
    }
    Ok(quotes::figures(&pages))
}

/// The pages the arguments ask for, WCXB first.
fn select_pages(args: &Args) -> Result<Vec<PageRef>> {
    if let Some(t) = &args.page_type {
        if !WCXB_TYPES.contains(&t.as_str()) {
            bail!("unknown page type {t:?}; one of {}", WCXB_TYPES.join(", "));
        }
        if args.dataset == Some(Dataset::Readability) {
            bail!("--type applies to WCXB pages; the Readability pages have no type");
        }
    }
    let mut sets = ALL_DATASETS.to_vec();
    if let Some(only) = args.dataset {
        sets.retain(|&d| d == only);
    }
    if args.page_type.is_some() {
        sets.retain(|&d| d.is_wcxb());
    }
    let mut selected = Vec::new();
    for set in sets {
        let mut pages = datasets::list(&args.datasets, set)?;
        if args.quick {
            let step = match set {
                Dataset::Readability => QUICK_READABILITY_STEP,
                _ => QUICK_WCXB_STEP,
            };
            pages = pages.into_iter().step_by(step).collect();
        }
        if let Some(t) = &args.page_type {
            pages.retain(|p| p.page_type.as_deref() == Some(t.as_str()));
        }
        if !args.only.is_empty() {
            pages.retain(|p| args.only.contains(&p.id));
        }
        if let Some(n) = args.limit {
            pages.truncate(n);
        }
        selected.extend(pages);
    }
    for id in &args.only {
        if !selected.iter().any(|p| &p.id == id) {
            eprintln!("newsclip-eval: page {id:?} not found in the selected sets");
        }
    }
    Ok(selected)
}
