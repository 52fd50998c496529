//! Finds the main content and cuts it into typed blocks.

use crate::article::Block;
use crate::clean::Marks;
use crate::dom::{Document, NodeId};
use crate::metadata::Metadata;
use crate::options::Options;

/// The chosen main content: one or more subtrees in document order.
#[derive(Debug, Clone)]
pub struct Main {
    /// Roots of the content, in document order.
    pub roots: Vec<NodeId>,
}

/// Find the main content.
pub fn find_main(doc: &Document, marks: &Marks, opts: &Options) -> Main {
    let _ = (marks, opts);
    Main { roots: doc.body().into_iter().collect() }
}

/// Cut the main content into blocks.
pub fn blocks(doc: &Document, marks: &Marks, main: &Main, meta: &Metadata, opts: &Options) -> Vec<Block> {
    let _ = (marks, meta, opts);
    main.roots
        .iter()
        .map(|r| Block::Paragraph { text: crate::textutil::fold(&doc.raw_text(*r)) })
        .collect()
}
