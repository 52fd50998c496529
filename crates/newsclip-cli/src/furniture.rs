//! `--learn-furniture`: the first pass of a batch run over text exports.
//! Every file (or every WET/text record of the WARC files) is read once and
//! its lines counted per site ([`newsclip::SiteFurniture`]); the second
//! pass extracts with the table, so that lines a site prints on several of
//! its pages are furniture. Inputs that fail to read are left to the second
//! pass, which reports them; URLs and standard input are not read twice.

use std::fs::File;
use std::path::PathBuf;

use newsclip::{InputFormat, Options, SiteFurniture};
use newsclip_warc::{Kind, Reader};

use crate::fetch::Fetcher;
use crate::inputs::{self, Input, Place};

/// Learn from the page files of a batch.
pub fn learn_files(inputs: &[Input], max_entries: usize, options: &Options, fetcher: &Fetcher) -> SiteFurniture {
    let mut table = SiteFurniture::new(max_entries);
    for input in inputs.iter().filter(|i| matches!(i.place, Place::File(_))) {
        if let Ok(page) = inputs::load(input, options.max_bytes, fetcher) {
            table.learn(&page.bytes, options);
        }
    }
    table
}

/// Learn from the text records (WET `conversion` records) of WARC files.
pub fn learn_warc(files: &[PathBuf], max_entries: usize, options: &Options) -> SiteFurniture {
    let mut table = SiteFurniture::new(max_entries);
    let mut opts = options.clone();
    opts.input_format = InputFormat::Text;
    opts.charset = Some("utf-8".into());
    for path in files {
        let Ok(file) = File::open(path) else { continue };
        let reader = Reader::new(file).with_max_record_bytes(options.max_bytes as u64);
        for record in reader.flatten() {
            if !matches!(record.kind(), Kind::Text) {
                continue;
            }
            opts.url.clone_from(&record.target_uri);
            table.learn(&record.payload(), &opts);
        }
    }
    table
}

/// The line printed after the first pass.
pub fn summary(table: &SiteFurniture) -> String {
    format!(
        "newsclip: learnt the furniture of {} pages: {} lines printed on {} or more pages of their site ({} lines held)",
        table.pages(),
        table.furniture_lines(),
        newsclip::text::furniture::MIN_PAGES,
        table.lines()
    )
}
