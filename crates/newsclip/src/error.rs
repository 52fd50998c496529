//! The library's one error type: what went wrong with one page, with its context.

/// Why a page could not be turned into an article.
///
/// A page that parses but holds no article is not an error: it yields an
/// [`crate::Article`] with an empty body and a warning.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`crate::Options::max_bytes`].
    #[error("page is {size} bytes, over the {limit}-byte limit")]
    TooLarge {
        /// Size of the input (after decompression, when it was compressed).
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input is gzip-compressed but the stream is broken or truncated.
    #[error("gzip stream is broken: {reason}")]
    Gzip {
        /// What the decompressor reported.
        reason: String,
    },
    /// The input holds no bytes (or only white space).
    #[error("page is empty")]
    Empty,
    /// The input looks like binary data, not a web page.
    #[error("input is binary data ({what}), not an HTML page")]
    Binary {
        /// What the bytes look like.
        what: &'static str,
    },
    /// The extraction took longer than [`crate::Options::max_time`].
    #[error("extraction took over {limit_ms} ms (stopped after {stage})")]
    TimedOut {
        /// The limit in force, in milliseconds.
        limit_ms: u128,
        /// The last stage finished.
        stage: &'static str,
    },
}
