//! The inputs: command-line arguments sorted into standard input, URLs, files
//! and directories, directories walked into the page files they hold, and
//! each page's bytes read.

use std::ffi::OsStr;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _};
use walkdir::WalkDir;

use crate::fetch::Fetcher;

/// File names a directory walk picks up, compared in lower case.
/// `.txt` and `.txt.gz` are crawler text exports (issue 5).
const PAGE_SUFFIXES: [&str; 6] = [".html", ".htm", ".html.gz", ".htm.gz", ".txt", ".txt.gz"];

/// One command-line input, before directories are walked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `-`: the page comes on standard input.
    Stdin,
    /// An `http://` or `https://` address to fetch.
    Url(String),
    /// A directory to search for page files.
    Dir(PathBuf),
    /// Anything else is taken for a file (which may turn out not to exist).
    File(PathBuf),
}

impl Source {
    /// Classify one command-line argument.
    pub fn from_arg(arg: &Path) -> Source {
        if arg.as_os_str() == "-" {
            return Source::Stdin;
        }
        if let Some(s) = arg.to_str().filter(|s| is_http_url(s)) {
            return Source::Url(s.to_string());
        }
        if arg.is_dir() {
            Source::Dir(arg.to_path_buf())
        } else {
            Source::File(arg.to_path_buf())
        }
    }
}

/// Whether an argument is an address to fetch rather than a path.
fn is_http_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// One page to extract, which gives exactly one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// What the record calls it: the path as walked, the URL, or `-`.
    pub name: String,
    /// Where its bytes come from.
    pub place: Place,
}

/// Where an input's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// Standard input.
    Stdin,
    /// A file on disk, possibly gzip-compressed.
    File(PathBuf),
    /// An address to fetch.
    Url(String),
    /// Something the directory walk could not read; the record reports why.
    Unreadable(String),
}

/// The page files behind the command-line inputs, in order, plus one
/// warning per directory that held none.
pub fn expand(sources: Vec<Source>) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::with_capacity(sources.len());
    let mut warnings = Vec::new();
    for source in sources {
        match source {
            Source::Stdin => inputs.push(Input {
                name: "-".to_string(),
                place: Place::Stdin,
            }),
            Source::Url(url) => inputs.push(Input {
                name: url.clone(),
                place: Place::Url(url),
            }),
            Source::File(path) => inputs.push(Input {
                name: path.to_string_lossy().into_owned(),
                place: Place::File(path),
            }),
            Source::Dir(dir) => {
                let before = inputs.len();
                walk(&dir, &mut inputs);
                if inputs.len() == before {
                    warnings.push(format!(
                        "{}: no .html, .htm, .txt files (or their .gz) found",
                        dir.display()
                    ));
                }
            }
        }
    }
    (inputs, warnings)
}

/// Append the page files under `dir`, depth first, each directory's entries
/// sorted by name. Symbolic links to files are followed, to directories not
/// (so a link cannot make the walk loop). An unreadable directory becomes an
/// input that fails, so that nothing is dropped silently.
fn walk(dir: &Path, inputs: &mut Vec<Input>) {
    for entry in WalkDir::new(dir).sort_by_file_name() {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_file()
                    || (entry.path_is_symlink() && entry.path().is_file());
                if is_file && is_page_name(entry.file_name()) {
                    inputs.push(Input {
                        name: entry.path().to_string_lossy().into_owned(),
                        place: Place::File(entry.into_path()),
                    });
                }
            }
            Err(err) => {
                let path = err.path().unwrap_or(dir).to_string_lossy().into_owned();
                let reason = match err.io_error() {
                    Some(io) => format!("cannot read directory: {io}"),
                    None => err.to_string(),
                };
                inputs.push(Input {
                    name: path,
                    place: Place::Unreadable(reason),
                });
            }
        }
    }
}

/// Whether a file name is a WARC file's: `.warc`, `.warc.gz`, `.warc.zst`.
pub fn is_warc_name(name: &OsStr) -> bool {
    let name = name.to_string_lossy().to_ascii_lowercase();
    // Common Crawl's WET files are `….warc.wet.gz`.
    [".warc", ".warc.gz", ".warc.zst", ".wet", ".wet.gz", ".wet.zst"]
        .iter()
        .any(|suffix| name.ends_with(suffix))
}

/// Whether a file name looks like a saved web page.
fn is_page_name(name: &OsStr) -> bool {
    let name = name.to_string_lossy().to_ascii_lowercase();
    PAGE_SUFFIXES.iter().any(|suffix| name.ends_with(suffix))
}

/// A page's bytes and what came with them.
#[derive(Debug)]
pub struct Page {
    /// The bytes as stored or sent (gzip is left to the library).
    pub bytes: Vec<u8>,
    /// The address it was finally fetched from, for URLs.
    pub url: Option<String>,
    /// The charset named by the HTTP `Content-Type` header, for URLs.
    pub charset: Option<String>,
}

/// Read or fetch one input's bytes, refusing more than `max_bytes`.
pub fn load(input: &Input, max_bytes: usize, fetcher: &Fetcher) -> anyhow::Result<Page> {
    let bytes = match &input.place {
        Place::Stdin => {
            read_capped(std::io::stdin().lock(), max_bytes).context("cannot read standard input")?
        }
        Place::File(path) => {
            let file = File::open(path).context("cannot open file")?;
            if let Ok(meta) = file.metadata() {
                if meta.is_dir() {
                    bail!("is a directory");
                }
                if meta.len() > max_bytes as u64 {
                    bail!(
                        "file is {} bytes, over the {max_bytes}-byte limit",
                        meta.len()
                    );
                }
            }
            read_capped(file, max_bytes).context("cannot read file")?
        }
        Place::Url(url) => {
            let fetched = fetcher.fetch(url, max_bytes)?;
            return Ok(Page {
                bytes: fetched.bytes,
                url: Some(fetched.url),
                charset: fetched.charset,
            });
        }
        Place::Unreadable(reason) => bail!("{reason}"),
    };
    Ok(Page {
        bytes,
        url: None,
        charset: None,
    })
}

/// Read everything, but fail rather than hold more than `max_bytes`.
fn read_capped(reader: impl Read, max_bytes: usize) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(max_bytes as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > max_bytes {
        bail!("input is over the {max_bytes}-byte limit");
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_arguments() {
        assert_eq!(Source::from_arg(Path::new("-")), Source::Stdin);
        assert_eq!(
            Source::from_arg(Path::new("HTTPS://example.com/a")),
            Source::Url("HTTPS://example.com/a".into())
        );
        assert_eq!(
            Source::from_arg(Path::new("no/such/page.html")),
            Source::File("no/such/page.html".into())
        );
        assert_eq!(Source::from_arg(Path::new(".")), Source::Dir(".".into()));
    }

    #[test]
    fn warc_names_include_wet_files() {
        for name in ["a.warc", "a.warc.gz", "A.WARC.ZST", "CC-MAIN-1-00000.warc.wet.gz", "b.wet"] {
            assert!(is_warc_name(OsStr::new(name)), "{name}");
        }
        for name in ["a.html", "a.txt.gz", "warc", "a.gz"] {
            assert!(!is_warc_name(OsStr::new(name)), "{name}");
        }
    }

    #[test]
    fn page_names() {
        for name in ["a.html", "B.HTM", "c.html.gz", "d.htm.gz", "e.txt", "F.TXT.GZ"] {
            assert!(is_page_name(OsStr::new(name)), "{name}");
        }
        for name in ["html", "a.gz", "a.html.bak", "a.htmlx", "a.text", "txt"] {
            assert!(!is_page_name(OsStr::new(name)), "{name}");
        }
    }

    #[test]
    fn caps_reads() {
        assert_eq!(read_capped(&b"abc"[..], 3).unwrap(), b"abc");
        assert!(read_capped(&b"abcd"[..], 3).is_err());
    }
}
