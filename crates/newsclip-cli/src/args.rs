//! The command line: the flags `newsclip` accepts, checked and turned into a
//! [`Plan`] (what to read, how to extract, where and how to write).

use std::path::PathBuf;
use std::time::Duration;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser, ValueEnum};
use newsclip::{InputFormat, Options};

use crate::inputs::Source;

const ABOUT: &str = "Extract the article from news pages: headline, metadata and body, \
without menus, share bars, related links or comments.";

const AFTER_HELP: &str = "\
Exit status: 0 all inputs extracted, 1 some input failed, 2 usage error.
See --help for the output records and examples.";

const AFTER_LONG_HELP: &str = "\
Records:
  One input gives one rendering (JSON by default). Several inputs, a directory
  or --format jsonl give JSON Lines: one line per input, in input order, each
  the article object with an \"input\" key first, or {\"input\": …, \"error\": …}
  when that input failed. A failed input never stops the run.

Exit status:
  0  every input was extracted
  1  some input failed (unreadable, fetch failed, not a page)
  2  usage error, or the output could not be written

Examples:
  newsclip page.html
  newsclip --format markdown https://example.com/news/story
  curl -s https://example.com/story | newsclip --url https://example.com/story -
  newsclip --threads 4 --output articles.jsonl crawl/";

/// `newsclip`'s arguments, as clap parses them.
#[derive(Debug, Parser)]
#[command(name = "newsclip", version, about = ABOUT, after_help = AFTER_HELP, after_long_help = AFTER_LONG_HELP)]
pub struct Args {
    /// Pages to read: HTML files or plain-text exports (gzip allowed),
    /// directories (searched recursively for .html, .htm, .txt and their
    /// .gz forms, in sorted order),
    /// `-` for standard input, or http:// and https:// URLs to fetch.
    #[arg(value_name = "INPUT", required = true)]
    inputs: Vec<PathBuf>,

    /// Output format [default: json for one input, jsonl for several or a
    /// directory].
    #[arg(
        short,
        long,
        value_enum,
        value_name = "FORMAT",
        help_heading = "Output"
    )]
    format: Option<Format>,

    /// Markdown: leave out the YAML front-matter block (title, authors,
    /// dates, site…) that opens the page.
    #[arg(long, help_heading = "Output")]
    no_front_matter: bool,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE", help_heading = "Output")]
    output: Option<PathBuf>,

    /// The page's address (one input only): resolves relative links and is
    /// reported as "url"; for a fetched URL it replaces the final address.
    #[arg(long, value_name = "URL", help_heading = "Input")]
    url: Option<String>,

    /// What the inputs are: HTML pages, plain-text exports of pages
    /// (crawler dumps, WET records' text), or auto: sniffed per input.
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "auto", help_heading = "Input")]
    input_format: InputFormatArg,

    /// The pages' charset (e.g. windows-1252), overriding the HTTP header
    /// and <meta charset>; a byte-order mark still wins.
    #[arg(long, value_name = "LABEL", value_parser = parse_charset, help_heading = "Input")]
    charset: Option<String>,

    /// Refuse pages larger than N bytes (after gunzip); K, M and G suffixes
    /// are powers of 1024 [default: 64M].
    #[arg(long, value_name = "N", value_parser = parse_byte_count, help_heading = "Input")]
    max_bytes: Option<usize>,

    /// Give up on a URL when connecting or a read takes over SECS seconds
    /// (a whole fetch, redirects included, gets 4 × SECS).
    #[arg(long, value_name = "SECS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=86_400), help_heading = "Input")]
    timeout: u64,

    /// Stop extracting a page after SECS seconds (checked between stages)
    /// and report it as an error [default: no limit].
    #[arg(long, value_name = "SECS", help_heading = "Input")]
    max_time: Option<f64>,

    /// Build at most N DOM nodes per page; the rest is ignored with a
    /// warning [default: 1000000].
    #[arg(long, value_name = "N", help_heading = "Input")]
    max_nodes: Option<usize>,

    /// WARC input: write rows as they finish instead of in input order.
    #[arg(long, help_heading = "WARC")]
    unordered: bool,

    /// WARC input: split the output into files of N records each
    /// (out.parquet → out-00000.parquet, out-00001.parquet…); needs --output.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..), help_heading = "WARC")]
    split: Option<u64>,

    /// WARC input: the columns (Parquet) or keys (JSON Lines) to write, in
    /// order, comma-separated (see docs/parquet.md) [default: all].
    #[arg(long, value_name = "LIST", value_delimiter = ',', help_heading = "WARC")]
    fields: Option<Vec<String>>,

    /// Extract pages on N threads [default: one per core].
    #[arg(short = 'j', long, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,

    /// Leave tables out of the body.
    #[arg(long, help_heading = "Extraction")]
    no_tables: bool,

    /// Leave images (figures) out of the body.
    #[arg(long, help_heading = "Extraction")]
    no_images: bool,

    /// Keep the page's comment section in the body.
    #[arg(long, help_heading = "Extraction")]
    include_comments: bool,

    /// When in doubt, drop a block (fewer stray lines, maybe less text).
    #[arg(long, conflicts_with = "favor_recall", help_heading = "Extraction")]
    favor_precision: bool,

    /// When in doubt, keep a block (more text, maybe stray lines).
    #[arg(long, help_heading = "Extraction")]
    favor_recall: bool,

    /// Skip the quotes stage (quotes, sources cited, people stay empty).
    #[arg(long, help_heading = "Extraction")]
    no_quotes: bool,

    /// Batch runs of text exports (several files, a directory, WET files):
    /// read the input once first to learn the lines each site prints on
    /// three or more of its pages, then extract with them as furniture.
    /// Costs a second read of the files and at most 32 bytes a line held
    /// (see --furniture-entries: 32 MB by default).
    #[arg(long, help_heading = "Extraction")]
    learn_furniture: bool,

    /// With --learn-furniture: the most lines the table holds [default: 1048576].
    #[arg(long, value_name = "N", requires = "learn_furniture", value_parser = clap::value_parser!(u64).range(16..), help_heading = "Extraction")]
    furniture_entries: Option<u64>,
}

/// How each extracted article is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Pretty JSON (one input only).
    Json,
    /// JSON Lines: one object per input, with an "input" key.
    Jsonl,
    /// Plain text: the headline, then the body (one input only).
    Text,
    /// GitHub-flavoured Markdown (one input only).
    #[value(alias = "md")]
    Markdown,
    /// Clean HTML (one input only).
    Html,
    /// Parquet (WARC input; implied by --output *.parquet).
    Parquet,
}

/// Everything a run needs, checked: nothing here can be a usage error.
#[derive(Debug)]
pub struct Plan {
    /// The inputs as given, directories not yet walked.
    pub sources: Vec<Source>,
    /// The format; `Format::Jsonl` whenever there may be several articles.
    pub format: Format,
    /// The extraction settings shared by every input.
    pub options: Options,
    /// Markdown opens with a YAML front-matter block.
    pub front_matter: bool,
    /// Where to write; `None` for standard output.
    pub output: Option<PathBuf>,
    /// Worker threads; `None` for one per core.
    pub threads: Option<usize>,
    /// The HTTP connect and read timeout.
    pub timeout: Duration,
    /// The inputs are WARC files: the record pipeline runs.
    pub warc: bool,
    /// WARC: rows as they finish.
    pub unordered: bool,
    /// WARC: rows per output file.
    pub split: Option<u64>,
    /// WARC: the columns or keys to write.
    pub fields: Option<Vec<String>>,
    /// Learn each site's furniture in a first pass, in a table of at most
    /// this many lines.
    pub learn_furniture: Option<usize>,
}

impl Args {
    /// Check the combination of flags and turn it into a [`Plan`], or exit
    /// with clap's usage message and status 2.
    pub fn into_plan(self) -> Plan {
        let sources: Vec<Source> = self.inputs.iter().map(|p| Source::from_arg(p)).collect();
        let warc_files = sources
            .iter()
            .filter(|s| matches!(s, Source::File(p) if crate::inputs::is_warc_name(p.as_os_str())))
            .count();
        let warc = warc_files > 0;
        if warc && warc_files < sources.len() {
            usage_error(
                ErrorKind::ArgumentConflict,
                "WARC files (.warc, .warc.gz, .warc.zst) cannot be mixed with other inputs in one run",
            );
        }
        let parquet_out = self.format == Some(Format::Parquet)
            || self
                .output
                .as_ref()
                .is_some_and(|p| p.to_string_lossy().to_ascii_lowercase().ends_with(".parquet"));
        if warc {
            if let Some(f) = self.format.filter(|f| !matches!(f, Format::Jsonl | Format::Parquet)) {
                usage_error(
                    ErrorKind::ArgumentConflict,
                    format!("WARC input is written as jsonl or parquet, not {f:?}"),
                );
            }
            if parquet_out && self.output.is_none() {
                usage_error(ErrorKind::MissingRequiredArgument, "Parquet output needs --output FILE");
            }
            if self.split.is_some() && self.output.is_none() {
                usage_error(ErrorKind::MissingRequiredArgument, "--split needs --output FILE");
            }
        } else if parquet_out || self.split.is_some() || self.fields.is_some() || self.unordered {
            usage_error(
                ErrorKind::ArgumentConflict,
                "Parquet output, --split, --fields and --unordered are for WARC input",
            );
        }
        let batch = sources.len() > 1 || sources.iter().any(|s| matches!(s, Source::Dir(_)));
        let format = match (self.format, batch) {
            _ if warc && parquet_out => Format::Parquet,
            _ if warc => Format::Jsonl,
            (Some(f), false) => f,
            (None, false) => Format::Json,
            (None | Some(Format::Jsonl), true) => Format::Jsonl,
            (Some(f), true) => usage_error(
                ErrorKind::ArgumentConflict,
                format!(
                    "--format {} writes a single page, but there are several inputs \
                     (or a directory); use --format jsonl",
                    f.to_possible_value()
                        .map(|v| v.get_name().to_string())
                        .unwrap_or_default()
                ),
            ),
        };
        if self.url.is_some() && (batch || warc) {
            usage_error(
                ErrorKind::ArgumentConflict,
                "--url names one page, but there are several inputs (or a directory)",
            );
        }
        let mut options = Options::default();
        options.url = self.url;
        options.charset = self.charset;
        options.input_format = match self.input_format {
            InputFormatArg::Auto => InputFormat::Auto,
            InputFormatArg::Html => InputFormat::Html,
            InputFormatArg::Text => InputFormat::Text,
        };
        if let Some(n) = self.max_bytes {
            options.max_bytes = n;
        }
        if let Some(n) = self.max_nodes {
            options.max_nodes = n;
        }
        if let Some(secs) = self.max_time {
            match Duration::try_from_secs_f64(secs) {
                Ok(d) if secs > 0.0 => options.max_time = Some(d),
                _ => usage_error(ErrorKind::InvalidValue, format!("--max-time {secs}: give a number of seconds above 0")),
            }
        }
        options.include_tables = !self.no_tables;
        options.include_images = !self.no_images;
        options.include_comments = self.include_comments;
        options.favor_precision = self.favor_precision;
        options.favor_recall = self.favor_recall;
        options.quotes = !self.no_quotes;
        Plan {
            sources,
            format,
            options,
            front_matter: !self.no_front_matter,
            output: self.output,
            threads: self.threads.map(usize::from),
            timeout: Duration::from_secs(self.timeout),
            warc,
            unordered: self.unordered,
            split: self.split,
            fields: self.fields,
            learn_furniture: self.learn_furniture.then(|| {
                self.furniture_entries
                    .map_or(newsclip::text::furniture::DEFAULT_MAX_ENTRIES, |n| usize::try_from(n).unwrap_or(usize::MAX))
            }),
        }
    }
}

/// `--input-format`'s values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormatArg {
    /// Sniff each input: markup is HTML, anything else a text export.
    Auto,
    /// HTML pages.
    Html,
    /// Plain-text exports of pages.
    Text,
}

/// Print a usage error the way clap does and exit with status 2.
fn usage_error(kind: ErrorKind, message: impl std::fmt::Display) -> ! {
    Args::command().error(kind, message).exit()
}

/// Accept a charset label that the WHATWG Encoding Standard knows.
fn parse_charset(label: &str) -> Result<String, String> {
    match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
        Some(_) => Ok(label.trim().to_string()),
        None => Err(format!("unknown charset {label:?}")),
    }
}

/// A byte count: digits with an optional K, M or G suffix (powers of 1024).
fn parse_byte_count(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let (digits, scale) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let scale: usize = match c.to_ascii_uppercase() {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                _ => return Err(format!("{s:?}: the suffix must be K, M or G")),
            };
            (&t[..i], scale)
        }
        _ => (t, 1),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("{s:?} is not a byte count like 5000000 or 64M"))?;
    match n.checked_mul(scale) {
        Some(0) => Err("the limit must be at least 1 byte".to_string()),
        Some(bytes) => Ok(bytes),
        None => Err(format!("{s:?} is too large")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_counts() {
        assert_eq!(parse_byte_count("5000"), Ok(5000));
        assert_eq!(parse_byte_count("64M"), Ok(64 << 20));
        assert_eq!(parse_byte_count("2k"), Ok(2048));
        assert!(parse_byte_count("0").is_err());
        assert!(parse_byte_count("12X").is_err());
        assert!(parse_byte_count("M").is_err());
    }

    #[test]
    fn charsets() {
        assert!(parse_charset("windows-1252").is_ok());
        assert!(parse_charset("latin1").is_ok());
        assert!(parse_charset("klingon").is_err());
    }

    #[test]
    fn clap_definition_is_valid() {
        Args::command().debug_assert();
    }
}
