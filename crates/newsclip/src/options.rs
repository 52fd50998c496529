//! [`Options`]: every setting of an extraction, in one value, with the named
//! thresholds the stages share.

/// Every setting of one extraction. Build it with `Options::default()` and
/// change the fields you need; the CLI fills in this same value.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    /// The page's address, when known: used to resolve relative links and
    /// reported as `url`. Default: none.
    pub url: Option<String>,
    /// The charset given from outside the page (an HTTP `Content-Type`
    /// header), which wins over `<meta charset>` but not over a BOM.
    /// Default: none.
    pub charset: Option<String>,
    /// Largest input accepted, in bytes, after gzip decompression.
    /// Default: 64 MiB. Larger pages get [`crate::Error::TooLarge`].
    pub max_bytes: usize,
    /// Largest number of DOM nodes built; past it the rest of the page is
    /// ignored and a warning is recorded (best effort). Default: 1,000,000.
    pub max_nodes: usize,
    /// Deepest element nesting kept; deeper elements are flattened into
    /// their ancestor at this depth. Default: 512.
    pub max_depth: usize,
    /// Keep tables in the body (trafilatura's `include_tables`). Default: true.
    pub include_tables: bool,
    /// Keep figures (images with captions) in the body
    /// (trafilatura's `include_images`). Default: true.
    pub include_images: bool,
    /// Keep a comment section in the body (trafilatura's `include_comments`).
    /// Default: false (forum threads keep their posts regardless: they are
    /// the page's content).
    pub include_comments: bool,
    /// Prefer dropping doubtful blocks (trafilatura's `favor_precision`).
    pub favor_precision: bool,
    /// Prefer keeping doubtful blocks (trafilatura's `favor_recall`).
    pub favor_recall: bool,
    /// What the input is: markup, a plain-text export, or sniffed. Default: auto.
    pub input_format: InputFormat,
    /// Find quotes with their speakers. Default: true.
    pub quotes: bool,
    /// The time of the crawl, as seconds since the Unix epoch: dates after
    /// it are rejected as impossible. Default: none (now).
    pub crawl_time: Option<i64>,
    /// Longest time one extraction may take. It is checked between stages
    /// (after parsing, cleaning, finding the content, collecting the
    /// metadata), so a page can overrun it by one stage; past it the page
    /// gets [`crate::Error::TimedOut`]. Default: none (no limit).
    pub max_time: Option<std::time::Duration>,
    /// Lines each site prints on several of its pages, learnt from a batch
    /// of text exports first ([`crate::text::furniture`]); the text path
    /// treats them as furniture. Default: none (a single page needs none).
    pub furniture: Option<std::sync::Arc<crate::text::furniture::SiteFurniture>>,
}

/// What kind of input [`crate::extract`] is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Sniff: markup is HTML, anything else plain text.
    #[default]
    Auto,
    /// An HTML page.
    Html,
    /// A plain-text export of a page (one block a line).
    Text,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            charset: None,
            max_bytes: 64 * 1024 * 1024,
            max_nodes: 1_000_000,
            max_depth: 512,
            include_tables: true,
            include_images: true,
            include_comments: false,
            favor_precision: false,
            favor_recall: false,
            input_format: InputFormat::Auto,
            quotes: true,
            crawl_time: None,
            max_time: None,
            furniture: None,
        }
    }
}
