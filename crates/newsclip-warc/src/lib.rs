//! A small, forgiving WARC reader for newsclip (and its Python binding).
//!
//! [`Reader::new`] takes any `Read` — a `.warc`, a `.warc.gz` (one gzip
//! member per record, as crawls ship them, or any other split) or a
//! `.warc.zst` — sniffs the compression, and iterates over
//! `Result<Record, RecordError>`: one item per record, or per damaged record
//! or stretch of unreadable bytes. After damage (a truncated or corrupt gzip
//! member, a corrupt header, a block shorter or longer than its
//! `Content-Length`) it resumes at the next record header or gzip member, so
//! the rest of the file is still read. An empty file gives one
//! [`RecordError::Empty`]; a file with no record header, one
//! [`RecordError::NotWarc`].
//!
//! [`Record::kind`] says what to do with a record: [`Kind::Html`] (a 2xx
//! HTML response, or an HTML `resource`), [`Kind::Text`] (a WET
//! `conversion`) or [`Kind::Skip`] with the reason. [`Record::payload`] is
//! the HTTP body (de-chunked) or the block.
//!
//! ```
//! use newsclip_warc::{Kind, Reader, WarcWriter};
//!
//! let mut w = WarcWriter::new(Vec::new(), false);
//! w.response("https://example.org/a", "2024-05-14T07:00:00Z",
//!            "text/html; charset=utf-8", b"<html><p>Hi</p></html>").unwrap();
//! w.record("warcinfo", None, "2024-05-14T07:00:00Z", "application/warc-fields", b"software: x\r\n").unwrap();
//! let file = w.finish().unwrap();
//!
//! let records: Vec<_> = Reader::new(&file[..]).collect();
//! let first = records[0].as_ref().unwrap();
//! assert_eq!(first.target_uri.as_deref(), Some("https://example.org/a"));
//! assert_eq!(first.http.as_ref().unwrap().charset.as_deref(), Some("utf-8"));
//! assert_eq!(first.kind(), Kind::Html);
//! assert_eq!(&*first.payload(), b"<html><p>Hi</p></html>");
//! assert_eq!(records[1].as_ref().unwrap().kind(), Kind::Skip("warcinfo record".into()));
//! ```
#![deny(missing_docs)]

mod error;
mod reader;
mod record;
mod source;
mod writer;

pub use error::RecordError;
pub use reader::{Reader, DEFAULT_MAX_RECORD_BYTES, MAX_HEADER_BYTES};
pub use record::{HttpResponse, Kind, Record};
pub use source::Compression;
pub use writer::WarcWriter;
