//! Node statistics in one bottom-up pass: visible text length, link text
//! length, sentence punctuation and paragraph counts per node, ignoring the
//! nodes a mask drops. Indexed by [`NodeId`]; no allocation per node.

use html5ever::local_name;

use crate::dom::{Document, Edge, NodeId};
use crate::textutil::is_space;

/// Figures of one node's subtree.
#[derive(Debug, Clone, Copy, Default)]
pub struct NodeStats {
    /// Visible characters (white space not counted).
    pub text: u32,
    /// Visible characters inside links.
    pub link: u32,
    /// Commas and sentence ends (`, . ! ?` and their CJK forms).
    pub punct: u32,
    /// Visible characters inside `<p>` elements.
    pub para_text: u32,
    /// Number of `<p>` elements with text.
    pub paras: u32,
    /// Number of links.
    pub links: u32,
    /// Number of words (runs of non-space).
    pub words: u32,
}

/// Statistics for every node of a document.
#[derive(Debug, Clone)]
pub struct Stats {
    /// Per-node figures, indexed by `NodeId::index()`.
    pub nodes: Vec<NodeStats>,
}

impl Stats {
    /// Compute the figures for every node not dropped by `dropped`.
    /// Dropped nodes and their subtrees count zero.
    pub fn compute(doc: &Document, dropped: &[bool]) -> Stats {
        let mut nodes = vec![NodeStats::default(); doc.nodes.len()];
        let mut walk = doc.traverse(NodeId::DOCUMENT);
        while let Some(edge) = walk.next() {
            match edge {
                Edge::Open(id) => {
                    if dropped[id.index()] {
                        walk.skip_children(id);
                        continue;
                    }
                    if let Some(t) = doc.text(id) {
                        let s = &mut nodes[id.index()];
                        let mut in_word = false;
                        for c in t.chars() {
                            if is_space(c) {
                                in_word = false;
                            } else {
                                s.text += 1;
                                if !in_word {
                                    s.words += 1;
                                    in_word = true;
                                }
                                if matches!(c, ',' | '.' | '!' | '?' | '。' | '，' | '、' | '！' | '？' | '،' | ';') {
                                    s.punct += 1;
                                }
                            }
                        }
                    }
                }
                Edge::Close(id) => {
                    if dropped[id.index()] {
                        continue;
                    }
                    let mut s = nodes[id.index()];
                    if let Some(tag) = doc.tag(id) {
                        if *tag == local_name!("a") {
                            s.link = s.text;
                            s.links += 1;
                        } else if *tag == local_name!("p") && s.text > 0 {
                            s.para_text = s.text;
                            s.paras += 1;
                        }
                    }
                    nodes[id.index()] = s;
                    if let Some(p) = doc.node(id).parent {
                        let ps = &mut nodes[p.index()];
                        ps.text += s.text;
                        ps.link += s.link;
                        ps.punct += s.punct;
                        ps.para_text += s.para_text;
                        ps.paras += s.paras;
                        ps.links += s.links;
                        ps.words += s.words;
                    }
                }
            }
        }
        Stats { nodes }
    }

    /// The figures of one node.
    #[inline]
    pub fn get(&self, id: NodeId) -> &NodeStats {
        &self.nodes[id.index()]
    }

    /// Share of a node's text inside links, 0 to 1.
    #[inline]
    pub fn link_density(&self, id: NodeId) -> f32 {
        let s = self.get(id);
        if s.text == 0 {
            0.0
        } else {
            s.link as f32 / s.text as f32
        }
    }
}
