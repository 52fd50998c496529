//! `page-type-features`: the page-type model's features for every WCXB dev
//! page, with the page's labelled type and its site, as JSON Lines: what
//! `scripts/fit-page-type.py` fits the model's weights on.
//!
//! ```sh
//! cargo run --release -p newsclip-eval --bin page-type-features -- ../shared/datasets > /tmp/page-types.jsonl
//! python3 scripts/fit-page-type.py /tmp/page-types.jsonl
//! ```
//!
//! With `--text`, the text path's model's features for the dumps of
//! wcxb-dev-text (`scripts/fit-page-type.py --text` fits those).

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::Parser;
use newsclip_eval::datasets::{self, Dataset};

#[derive(Debug, Parser)]
#[command(name = "page-type-features", about = "Write the page-type model's features for WCXB dev as JSON Lines")]
struct Args {
    /// The dev sets' folder (holds wcxb-dev/).
    #[arg(default_value = "../shared/datasets")]
    datasets: PathBuf,
    /// The text exports' model: features of wcxb-dev-text's dumps.
    #[arg(long)]
    text: bool,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let pages = datasets::list(&args.datasets, if args.text { Dataset::WcxbText } else { Dataset::Wcxb })?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut opts = newsclip::Options::default();
    opts.quotes = false;
    if args.text {
        opts.input_format = newsclip::InputFormat::Text;
    }
    for page_ref in &pages {
        let page = page_ref.load()?;
        opts.url = page.url.clone();
        let features = match newsclip::page_type_features(&page.html, &opts) {
            Ok(features) => features,
            // An empty dump has no features to learn from.
            Err(e) if args.text => {
                eprintln!("page {}: skipped: {e}", page_ref.id);
                continue;
            }
            Err(e) => return Err(e).with_context(|| format!("page {}", page_ref.id)),
        };
        let site = page
            .url
            .as_deref()
            .and_then(|u| u.split("://").nth(1))
            .and_then(|r| r.split('/').next())
            .map(|h| h.trim_start_matches("www.").to_string());
        let record = serde_json::json!({
            "id": page_ref.id,
            "type": page_ref.page_type,
            "site": site,
            "features": features.iter().map(|(n, v)| (n.to_string(), serde_json::Value::from(*v))).collect::<serde_json::Map<String, serde_json::Value>>(),
        });
        writeln!(out, "{record}")?;
    }
    Ok(())
}
