//! The report: the score table, throughput, the worst pages, the JSON
//! summary and the floors check.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use serde::Serialize;

use crate::datasets::{Dataset, ALL_DATASETS, WCXB_TYPES};
use crate::diagnose::{diagnose, truncate};
use crate::evaluate::{extract_page, Outcome, PageResult};
use crate::metrics::{Prf, Tally};

/// Bytes in the MB of the report.
const MB: f64 = 1e6;
/// Characters of a missed or leaked line shown.
const SHOWN_LINE_CHARS: usize = 150;
/// Slowest pages listed.
const SLOWEST_SHOWN: usize = 3;

/// Scores of one row of the table.
#[derive(Debug, Clone, Serialize)]
pub struct GroupScores {
    /// Figure prefix: `wcxb_all`, `wcxb_article`, `readability`, `all`.
    pub key: String,
    /// Pages in the group.
    pub pages: usize,
    /// WCXB word scores: means over pages.
    pub word: Prf,
    /// ScrapingHub shingle scores: mean P, mean R, F1 of the two.
    pub shingle: Prf,
    /// Pages whose truth has a title.
    pub titled: usize,
    /// Share of titled pages with the exact title.
    pub title_exact: Option<f64>,
    /// Share of titled pages with the title, ignoring case.
    pub title_folded: Option<f64>,
}

impl GroupScores {
    fn of<'a>(key: String, results: impl Iterator<Item = &'a PageResult>) -> GroupScores {
        let mut t = Tally::default();
        for r in results {
            t.add(&r.score);
        }
        GroupScores {
            key,
            pages: t.pages,
            word: t.word(),
            shingle: t.shingle(),
            titled: t.titled,
            title_exact: t.title_exact(),
            title_folded: t.title_folded(),
        }
    }
}

/// Extraction speed over a set of pages.
#[derive(Debug, Clone, Serialize)]
pub struct Throughput {
    /// `wcxb`, `readability` or `all`.
    pub key: String,
    /// Pages timed.
    pub pages: usize,
    /// HTML bytes given to `extract`.
    pub bytes: usize,
    /// Seconds spent in `extract` (wall clock).
    pub seconds: f64,
    /// Pages a second.
    pub pages_per_s: f64,
    /// MB (10^6 bytes) a second.
    pub mb_per_s: f64,
    /// CPU seconds of the extracting thread in `extract`, when known for every page.
    pub cpu_seconds: Option<f64>,
    /// Pages a CPU second: the figure to trust when the cores are shared.
    pub cpu_pages_per_s: Option<f64>,
    /// MB a CPU second.
    pub cpu_mb_per_s: Option<f64>,
}

impl Throughput {
    fn of<'a>(key: &str, results: impl Iterator<Item = &'a PageResult>) -> Throughput {
        let (mut pages, mut bytes, mut time) = (0, 0, Duration::ZERO);
        let mut cpu = Some(Duration::ZERO);
        for r in results {
            pages += 1;
            bytes += r.bytes;
            time += r.elapsed;
            cpu = cpu.zip(r.cpu).map(|(a, b)| a + b);
        }
        let per = |x: f64, s: f64| if s > 0.0 { x / s } else { 0.0 };
        let seconds = time.as_secs_f64();
        let cpu_seconds = cpu.map(|c| c.as_secs_f64());
        Throughput {
            key: key.to_string(),
            pages,
            bytes,
            seconds,
            pages_per_s: per(pages as f64, seconds),
            mb_per_s: per(bytes as f64 / MB, seconds),
            cpu_seconds,
            cpu_pages_per_s: cpu_seconds.map(|s| per(pages as f64, s)),
            cpu_mb_per_s: cpu_seconds.map(|s| per(bytes as f64 / MB, s)),
        }
    }
}

/// The quotes stage's share of extraction time (issue 7: under 10% on a
/// typical news page), over the WCXB article pages (all pages when none).
#[derive(Debug, Clone, Serialize)]
pub struct QuotesCost {
    /// Which pages: `wcxb_article` or `all`.
    pub key: String,
    /// Pages timed.
    pub pages: usize,
    /// Quotes found on them.
    pub quotes: usize,
    /// Seconds in the quotes stage (CPU time when known, else wall clock).
    pub quotes_seconds: f64,
    /// Seconds in the whole `extract`, the quotes stage included, same clock.
    pub extract_seconds: f64,
    /// `quotes_seconds / extract_seconds`, summed over the pages.
    pub share: f64,
    /// The median page's share.
    pub median_share: f64,
}

impl QuotesCost {
    fn of<'a>(key: &str, results: impl Iterator<Item = &'a PageResult>) -> Option<QuotesCost> {
        let (mut pages, mut quotes, mut q_total, mut e_total) = (0, 0, 0.0, 0.0);
        let mut shares = Vec::new();
        for r in results {
            let Some(q) = r.quotes else { continue };
            // One clock for both: CPU time when both have it.
            let (qs, es) = match (q.cpu, r.cpu) {
                (Some(qc), Some(ec)) => (qc.as_secs_f64(), ec.as_secs_f64()),
                _ => (q.elapsed.as_secs_f64(), r.elapsed.as_secs_f64()),
            };
            pages += 1;
            quotes += r.quotes_found;
            q_total += qs;
            e_total += es;
            if es > 0.0 {
                shares.push(qs / es);
            }
        }
        if pages == 0 || e_total <= 0.0 {
            return None;
        }
        shares.sort_by(f64::total_cmp);
        Some(QuotesCost {
            key: key.to_string(),
            pages,
            quotes,
            quotes_seconds: q_total,
            extract_seconds: e_total,
            share: q_total / e_total,
            median_share: shares.get(shares.len() / 2).copied().unwrap_or(0.0),
        })
    }
}

/// One page named in the summary (slow, failed).
#[derive(Debug, Clone, Serialize)]
pub struct PageNote {
    /// The page's set.
    pub dataset: Dataset,
    /// The page's id.
    pub id: String,
    /// HTML bytes.
    pub bytes: usize,
    /// Milliseconds in `extract` (wall clock).
    pub ms: f64,
    /// The error or panic message, when any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl PageNote {
    fn of(r: &PageResult, message: Option<&str>) -> PageNote {
        PageNote {
            dataset: r.page.dataset,
            id: r.page.id.clone(),
            bytes: r.bytes,
            ms: r.elapsed.as_secs_f64() * 1e3,
            message: message.map(str::to_owned),
        }
    }
}

/// Everything the run measured, as printed and as written by `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Build profile of this binary: timings mean little outside `release`.
    pub build: &'static str,
    /// Threads used to extract; the throughput figures are single-thread only when 1.
    pub threads: usize,
    /// Whether `--quick` sampled the sets.
    pub quick: bool,
    /// Flat name → value map, the names the floors file uses.
    pub figures: BTreeMap<String, f64>,
    /// The table's rows.
    pub groups: Vec<GroupScores>,
    /// Speed per set and overall.
    pub throughput: Vec<Throughput>,
    /// Peak resident memory of the process after the run (VmHWM), in bytes.
    pub peak_rss_bytes: Option<u64>,
    /// What the quotes stage costs, over the article pages.
    pub quotes_cost: Option<QuotesCost>,
    /// The slowest pages.
    pub slowest: Vec<PageNote>,
    /// Pages where `extract` returned an error.
    pub errors: Vec<PageNote>,
    /// Pages where `extract` panicked.
    pub panics: Vec<PageNote>,
    /// Metadata field figures per set.
    pub fields: Vec<(&'static str, BTreeMap<&'static str, crate::fields::FieldFigures>)>,
    /// The page-type confusion tables, by dataset (WCXB's HTML pages and
    /// their text exports; the WET layout's is the text exports').
    pub confusion: Vec<(&'static str, String)>,
}

/// Per-group figure suffixes, for the names a floors file may use.
const GROUP_FIGURES: [&str; 9] = [
    "pages",
    "word_precision",
    "word_recall",
    "word_f1",
    "shingle_precision",
    "shingle_recall",
    "shingle_f1",
    "title_exact",
    "title_folded",
];

/// Every figure name a run can produce.
pub fn known_figures() -> BTreeSet<String> {
    let mut keys = vec!["readability".to_string(), "all".to_string()];
    for set in ALL_DATASETS.iter().filter(|d| d.is_wcxb()) {
        keys.push(format!("{}_all", set.name()));
        keys.extend(WCXB_TYPES.iter().map(|t| format!("{}_{t}", set.name())));
    }
    let mut names = BTreeSet::new();
    for key in &keys {
        for fig in GROUP_FIGURES {
            names.insert(format!("{key}_{fig}"));
        }
    }
    for key in ALL_DATASETS.iter().map(|d| d.name()).chain(["all"]) {
        names.insert(format!("{key}_pages_per_s"));
        names.insert(format!("{key}_mb_per_s"));
        names.insert(format!("{key}_cpu_pages_per_s"));
        names.insert(format!("{key}_cpu_mb_per_s"));
    }
    for ds in crate::datasets::ALL_DATASETS.iter().map(|d| d.name()) {
        for f in crate::fields::FIELDS {
            names.insert(format!("{ds}_{f}"));
            names.insert(format!("{ds}_{f}_with_truth"));
        }
    }
    names.extend(crate::quotes::figure_names());
    names.insert("panics".to_string());
    names.insert("errors".to_string());
    names.insert("peak_rss_mb".to_string());
    names
}

impl Summary {
    /// Summarise the results of a run.
    pub fn new(
        results: &[PageResult],
        threads: usize,
        quick: bool,
        peak_rss_bytes: Option<u64>,
    ) -> Summary {
        let datasets: BTreeSet<Dataset> = results.iter().map(|r| r.page.dataset).collect();
        let mut groups = Vec::new();
        let mut throughput = Vec::new();
        for &ds in &datasets {
            let of_set = || results.iter().filter(move |r| r.page.dataset == ds);
            if ds.is_wcxb() {
                let name = ds.name();
                groups.push(GroupScores::of(format!("{name}_all"), of_set()));
                for t in WCXB_TYPES {
                    let of_type = of_set().filter(|r| r.page.page_type.as_deref() == Some(t));
                    if of_type.clone().next().is_some() {
                        groups.push(GroupScores::of(format!("{name}_{t}"), of_type));
                    }
                }
                let others = of_set().filter(|r| {
                    !WCXB_TYPES.contains(&r.page.page_type.as_deref().unwrap_or_default())
                });
                if others.clone().next().is_some() {
                    groups.push(GroupScores::of(format!("{name}_other"), others));
                }
            } else {
                groups.push(GroupScores::of(ds.name().into(), of_set()))
            }
            throughput.push(Throughput::of(ds.name(), of_set()));
        }
        if datasets.len() > 1 {
            groups.push(GroupScores::of("all".into(), results.iter()));
            throughput.push(Throughput::of("all", results.iter()));
        }

        let articles = || {
            results.iter().filter(|r| {
                r.page.dataset == Dataset::Wcxb && r.page.page_type.as_deref() == Some("article")
            })
        };
        let quotes_cost = QuotesCost::of("wcxb_article", articles())
            .or_else(|| QuotesCost::of("all", results.iter()));

        let mut by_time: Vec<&PageResult> = results.iter().collect();
        by_time.sort_by_key(|r| std::cmp::Reverse(r.elapsed));
        let slowest = by_time
            .iter()
            .take(SLOWEST_SHOWN)
            .map(|r| PageNote::of(r, None))
            .collect();
        let failed = |want_panic: bool| {
            results
                .iter()
                .filter_map(|r| match &r.outcome {
                    Outcome::Panic(m) if want_panic => Some(PageNote::of(r, Some(m))),
                    Outcome::Error(m) if !want_panic => Some(PageNote::of(r, Some(m))),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        let (errors, panics) = (failed(false), failed(true));

        let mut fields = Vec::new();
        for &ds in &datasets {
            let tally = crate::fields::tally(
                results.iter().filter(|r| r.page.dataset == ds).flat_map(|r| r.fields.iter()),
            );
            fields.push((ds.name(), tally));
        }
        let confusion = [Dataset::Wcxb, Dataset::WcxbText]
            .into_iter()
            .filter(|ds| datasets.contains(ds))
            .map(|ds| (ds.name(), crate::fields::confusion(results.iter().filter(|r| r.page.dataset == ds).flat_map(|r| r.fields.iter()))))
            .filter(|(_, table)| !table.is_empty())
            .collect();
        let mut figures = BTreeMap::new();
        for (ds, tally) in &fields {
            for (f, fig) in tally {
                if let Some(a) = fig.accuracy() {
                    figures.insert(format!("{ds}_{f}"), a);
                }
                if let Some(a) = fig.accuracy_with_truth() {
                    figures.insert(format!("{ds}_{f}_with_truth"), a);
                }
            }
        }
        for g in &groups {
            let k = &g.key;
            figures.insert(format!("{k}_pages"), g.pages as f64);
            figures.insert(format!("{k}_word_precision"), g.word.precision);
            figures.insert(format!("{k}_word_recall"), g.word.recall);
            figures.insert(format!("{k}_word_f1"), g.word.f1);
            figures.insert(format!("{k}_shingle_precision"), g.shingle.precision);
            figures.insert(format!("{k}_shingle_recall"), g.shingle.recall);
            figures.insert(format!("{k}_shingle_f1"), g.shingle.f1);
            if let (Some(e), Some(f)) = (g.title_exact, g.title_folded) {
                figures.insert(format!("{k}_title_exact"), e);
                figures.insert(format!("{k}_title_folded"), f);
            }
        }
        for t in &throughput {
            figures.insert(format!("{}_pages_per_s", t.key), t.pages_per_s);
            figures.insert(format!("{}_mb_per_s", t.key), t.mb_per_s);
            if let (Some(p), Some(m)) = (t.cpu_pages_per_s, t.cpu_mb_per_s) {
                figures.insert(format!("{}_cpu_pages_per_s", t.key), p);
                figures.insert(format!("{}_cpu_mb_per_s", t.key), m);
            }
        }
        figures.insert("panics".into(), panics.len() as f64);
        figures.insert("errors".into(), errors.len() as f64);
        if let Some(b) = peak_rss_bytes {
            figures.insert("peak_rss_mb".into(), b as f64 / MB);
        }

        Summary {
            build: if cfg!(debug_assertions) {
                "debug"
            } else {
                "release"
            },
            threads,
            quick,
            figures,
            groups,
            throughput,
            peak_rss_bytes,
            quotes_cost,
            slowest,
            errors,
            panics,
            fields,
            confusion,
        }
    }

    /// The plain-text report: table, throughput, memory, failures.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let opt = |x: Option<f64>| x.map_or_else(|| "    -".to_string(), |v| format!("{v:.3}"));
        let _ = writeln!(
            s,
            "{:<28} | {:<17} | {:<17} | title",
            "", "words", "4-word shingles"
        );
        let _ = writeln!(
            s,
            "{:<22} {:>5} | {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5}",
            "set / page type", "pages", "P", "R", "F1", "P", "R", "F1", "exact", "case", "n"
        );
        let _ = writeln!(s, "{}", "-".repeat(22 + 6 + 20 + 20 + 20));
        for g in &self.groups {
            let set = ALL_DATASETS
                .iter()
                .filter(|d| d.is_wcxb())
                .find_map(|d| {
                    let rest = g.key.strip_prefix(d.name())?.strip_prefix('_')?;
                    let known = rest == "all" || rest == "other" || WCXB_TYPES.contains(&rest);
                    known.then_some((d.name(), rest))
                });
            let label = match set {
                Some((name, "all")) => format!("{name} (all)"),
                Some((_, t)) => format!("  {t}"),
                None if g.key == "all" => "all sets".to_string(),
                None => g.key.clone(),
            };
            let _ = writeln!(
                s,
                "{:<22} {:>5} | {:.3} {:.3} {:.3} | {:.3} {:.3} {:.3} | {} {} {:>5}",
                label,
                g.pages,
                g.word.precision,
                g.word.recall,
                g.word.f1,
                g.shingle.precision,
                g.shingle.recall,
                g.shingle.f1,
                opt(g.title_exact),
                opt(g.title_folded),
                g.titled
            );
        }
        let _ = writeln!(
            s,
            "words: WCXB word multisets, mean P, mean R, mean of page F1s. shingles: ScrapingHub \
             4-word shingles, mean P, mean R, F1 of those means.\ntitle: share of the n pages with \
             a truth title whose title matches once white space is folded and typographic quotes straightened (exact), also ignoring case."
        );

        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "Metadata: share right over all pages (both empty counts as right) | over pages whose truth has a value"
        );
        for (ds, tally) in &self.fields {
            let row: Vec<String> = crate::fields::FIELDS
                .iter()
                .filter_map(|f| {
                    let fig = tally.get(f)?;
                    Some(format!(
                        "{f} {} | {} (n={})",
                        opt(fig.accuracy()),
                        opt(fig.accuracy_with_truth()),
                        fig.with_truth
                    ))
                })
                .collect();
            if !row.is_empty() {
                let _ = writeln!(s, "  {ds:<12} {}", row.join("   "));
            }
        }
        for (ds, table) in &self.confusion {
            let _ = writeln!(s, "Page types ({ds}), truth rows, predicted columns:\n{table}");
        }
        let _ = writeln!(
            s,
            "authors: set of names (split at commas/and/&, \"By\" and credentials dropped, case folded); \
             published: same day; site_name: folded exact; language: primary subtag."
        );

        let _ = writeln!(s);
        let how = if self.threads <= 1 {
            "single thread".to_string()
        } else {
            format!("{} threads: NOT a single-thread benchmark", self.threads)
        };
        let _ = writeln!(
            s,
            "Throughput ({how}, {} build, extract only; wall clock, then the thread's CPU time):",
            self.build
        );
        for t in &self.throughput {
            let cpu = match (t.cpu_seconds, t.cpu_pages_per_s, t.cpu_mb_per_s) {
                (Some(c), Some(p), Some(m)) => {
                    format!(" | cpu {c:>6.2} s {p:>7.1} pages/s {m:>6.2} MB/s")
                }
                _ => String::new(),
            };
            let _ = writeln!(
                s,
                "  {:<12} {:>5} pages {:>6.1} MB | wall {:>6.2} s {:>7.1} pages/s {:>6.2} MB/s{cpu}",
                t.key,
                t.pages,
                t.bytes as f64 / MB,
                t.seconds,
                t.pages_per_s,
                t.mb_per_s
            );
        }
        if let Some(q) = &self.quotes_cost {
            let _ = writeln!(
                s,
                "Quotes stage ({}, {} pages, {} quotes): {:.1} ms of {:.1} ms in extract = {:.1}% \
                 of whole-extraction time (median page {:.1}%)",
                q.key,
                q.pages,
                q.quotes,
                q.quotes_seconds * 1e3,
                q.extract_seconds * 1e3,
                q.share * 100.0,
                q.median_share * 100.0
            );
        }
        let slow: Vec<String> = self
            .slowest
            .iter()
            .map(|p| {
                format!(
                    "{} {} ({:.2} MB) {:.1} ms",
                    p.dataset,
                    p.id,
                    p.bytes as f64 / MB,
                    p.ms
                )
            })
            .collect();
        let _ = writeln!(s, "Slowest pages: {}", slow.join("; "));
        match self.peak_rss_bytes {
            Some(b) => {
                let _ = writeln!(s, "Peak RSS (VmHWM): {:.1} MB", b as f64 / MB);
            }
            None => {
                let _ = writeln!(s, "Peak RSS (VmHWM): unavailable");
            }
        }
        let _ = writeln!(
            s,
            "Errors: {}   Panics: {}",
            self.errors.len(),
            self.panics.len()
        );
        for (kind, notes) in [("error", &self.errors), ("panic", &self.panics)] {
            for p in notes.iter().take(20) {
                let msg = p.message.as_deref().unwrap_or_default();
                let _ = writeln!(
                    s,
                    "  {kind}: {} {}: {}",
                    p.dataset,
                    p.id,
                    truncate(msg, 200)
                );
            }
            if notes.len() > 20 {
                let _ = writeln!(s, "  … and {} more", notes.len() - 20);
            }
        }
        s
    }

    /// Write the summary as JSON.
    pub fn write_json(&self, path: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self)?;
        std::fs::write(path, text + "\n").with_context(|| format!("writing {}", path.display()))
    }

    /// Compare with the floors in a JSON file of figure name → minimum
    /// (keys starting with `_` are notes). Returns the failures: figures
    /// below their floor, and any panic. Unknown names are an error;
    /// figures this run did not measure are reported and skipped.
    pub fn check_floors(&self, path: &Path) -> Result<Vec<String>> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let floors: BTreeMap<String, serde_json::Value> =
            serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        let known = known_figures();
        let mut failures = Vec::new();
        for (name, value) in &floors {
            if name.starts_with('_') {
                continue;
            }
            if !known.contains(name) {
                bail!(
                    "{}: unknown figure {name:?}; known: {}",
                    path.display(),
                    join(&known)
                );
            }
            let Some(floor) = value.as_f64() else {
                bail!("{}: floor of {name} is not a number", path.display());
            };
            match self.figures.get(name) {
                Some(&v) if v < floor => {
                    failures.push(format!("{name} = {v:.4} is below its floor {floor:.4}"))
                }
                Some(_) => {}
                None => eprintln!("floors: {name} not measured in this run; skipped"),
            }
        }
        if !self.panics.is_empty() {
            failures.push(format!("{} page(s) panicked", self.panics.len()));
        }
        Ok(failures)
    }
}

fn join(names: &BTreeSet<String>) -> String {
    names
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Print the `n` worst pages of each set by word F1, re-extracting each to
/// show what it missed and what leaked.
pub fn print_worst(results: &[PageResult], n: usize) -> Result<()> {
    let datasets: BTreeSet<Dataset> = results.iter().map(|r| r.page.dataset).collect();
    for ds in datasets {
        let mut worst: Vec<&PageResult> = results.iter().filter(|r| r.page.dataset == ds).collect();
        worst.sort_by(|a, b| {
            a.score
                .word
                .f1
                .total_cmp(&b.score.word.f1)
                .then_with(|| a.page.id.cmp(&b.page.id))
        });
        worst.truncate(n);
        println!("\nWorst {} {ds} pages by word F1:", worst.len());
        for (rank, r) in worst.iter().enumerate() {
            let page = r.page.load()?;
            let (pred, _, _) = extract_page(&page, &newsclip::Options::default());
            let d = diagnose(&pred.text, &page.truth_text, 5);
            let s = &r.score;
            println!(
                "\n#{} {ds} {} ({})  word F1 {:.3} (P {:.3} R {:.3})  shingle P {:.3} R {:.3}  words: pred {} truth {}",
                rank + 1,
                r.page.id,
                r.page.page_type.as_deref().unwrap_or("-"),
                s.word.f1,
                s.word.precision,
                s.word.recall,
                s.shingle.precision,
                s.shingle.recall,
                s.pred_words,
                s.truth_words
            );
            match &r.outcome {
                Outcome::Article => {}
                Outcome::Error(m) => println!("   error: {}", truncate(m, 200)),
                Outcome::Panic(m) => println!("   panic: {}", truncate(m, 200)),
            }
            if let Some(url) = &page.url {
                println!("   url: {url}");
            }
            if !d.missed_words.is_empty() {
                let ws: Vec<String> = d
                    .missed_words
                    .iter()
                    .map(|(w, c)| format!("{w}×{c}"))
                    .collect();
                println!("   missed words: {}", ws.join(" "));
            }
            for seg in &d.missed {
                println!(
                    "   missed [{}/{} found] {}",
                    seg.found,
                    seg.words,
                    truncate(&seg.text, SHOWN_LINE_CHARS)
                );
            }
            for seg in &d.leaked {
                println!(
                    "   leaked [{}/{} in truth] {}",
                    seg.found,
                    seg.words,
                    truncate(&seg.text, SHOWN_LINE_CHARS)
                );
            }
        }
    }
    Ok(())
}

/// Print up to `n` pages per metadata field (or only `only`) where the
/// field is wrong: the normalised prediction beside the truth, and the title.
pub fn print_field_misses(results: &[PageResult], only: Option<&str>, n: usize) {
    for field in crate::fields::FIELDS {
        if only.is_some_and(|o| o != field) {
            continue;
        }
        let misses: Vec<(&PageResult, &crate::fields::FieldCheck)> = results
            .iter()
            .flat_map(|r| r.fields.iter().filter(|c| c.field == field && !c.ok).map(move |c| (r, c)))
            .collect();
        if misses.is_empty() {
            continue;
        }
        println!("\n{field}: {} pages wrong; first {}:", misses.len(), n.min(misses.len()));
        for (r, c) in misses.iter().take(n) {
            if field == "title" {
                // Titles in full, with where ours came from: the miss is often
                // a site name or a word at the end.
                println!(
                    "  {} {:<24} [{}]\n    pred  {:?}\n    truth {:?}",
                    r.page.dataset.name(),
                    r.page.id,
                    c.source.as_deref().unwrap_or("none"),
                    c.pred,
                    c.truth
                );
                continue;
            }
            println!(
                "  {} {:<24} pred {:<40} truth {}",
                r.page.dataset.name(),
                r.page.id,
                format!("{:?}", truncate(&c.pred, 60)),
                format!("{:?}", truncate(&c.truth, 60))
            );
        }
    }
}
