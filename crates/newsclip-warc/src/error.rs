//! [`RecordError`]: why an item of a WARC file is not a record, with where.

/// A damaged record or unreadable stretch of a WARC file. Each is one item
/// of the [`crate::Reader`]; the reader goes on after it where it can.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// The file holds no bytes at all.
    #[error("empty file: no WARC records")]
    Empty,
    /// No record header anywhere: not a WARC file (or one wholly damaged).
    #[error("not a WARC file: no WARC/1.x record header in {scanned} bytes")]
    NotWarc {
        /// Uncompressed bytes looked through.
        scanned: u64,
    },
    /// Bytes that are not a record, skipped up to the next record header.
    #[error(
        "{skipped} bytes at offset {offset} are not a WARC record; skipped to the next record{}",
        suffix(cause)
    )]
    Garbage {
        /// Uncompressed offset where they start.
        offset: u64,
        /// How many bytes were skipped.
        skipped: u64,
        /// The compressed-stream damage that ended them, if any.
        cause: Option<String>,
    },
    /// A record header that cannot be read (no `Content-Length`, a line
    /// that is not a field, no end); skipped to the next record header.
    #[error("record at offset {offset}: corrupt header: {reason}")]
    Header {
        /// Uncompressed offset of the header.
        offset: u64,
        /// What is wrong, and how far the reader skipped.
        reason: String,
    },
    /// The stream ends (or its compression breaks) inside the block.
    #[error(
        "record at offset {offset}: truncated: {got} of {declared} block bytes{}",
        suffix(cause)
    )]
    Truncated {
        /// Uncompressed offset of the header.
        offset: u64,
        /// `Content-Length`.
        declared: u64,
        /// Block bytes there were.
        got: u64,
        /// The compressed-stream damage that cut it, if any.
        cause: Option<String>,
    },
    /// The next record header comes before `Content-Length` bytes are read.
    #[error("record at offset {offset}: shorter than its Content-Length of {declared}: the next record starts {actual} bytes into the block")]
    Shorter {
        /// Uncompressed offset of the header.
        offset: u64,
        /// `Content-Length`.
        declared: u64,
        /// Where the next header starts, counted from the block's start.
        actual: u64,
    },
    /// Other bytes follow the block where the record should end.
    #[error("record at offset {offset}: longer than its Content-Length of {declared}: {extra} more bytes before the next record{}", suffix(cause))]
    Longer {
        /// Uncompressed offset of the header.
        offset: u64,
        /// `Content-Length`.
        declared: u64,
        /// Bytes skipped after the declared block.
        extra: u64,
        /// The compressed-stream damage met while skipping, if any.
        cause: Option<String>,
    },
    /// A block over the reader's size limit, skipped unread.
    #[error("record at offset {offset}: block of {declared} bytes is over the {limit}-byte limit; skipped")]
    TooLarge {
        /// Uncompressed offset of the header.
        offset: u64,
        /// `Content-Length`.
        declared: u64,
        /// The limit in force.
        limit: u64,
    },
    /// Compressed data lost between records (a gzip member that cannot be
    /// decompressed, bytes that are not gzip).
    #[error("damaged compression: {reason}")]
    Damaged {
        /// What the decompressor reported, and where.
        reason: String,
    },
    /// Reading the file failed; the iteration ends.
    #[error("read failed: {0}")]
    Io(#[from] std::io::Error),
}

fn suffix(cause: &Option<String>) -> String {
    cause
        .as_ref()
        .map(|c| format!(" ({c})"))
        .unwrap_or_default()
}
