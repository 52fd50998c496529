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

/// What an ASCII byte is to [`count_text`]: white space, sentence
/// punctuation, or another visible character.
const ASCII_SPACE: u8 = 1;
const ASCII_PUNCT: u8 = 2;
static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        // `char::is_whitespace` on ASCII: tab to carriage return, and space.
        if matches!(i, 0x09..=0x0d | 0x20) {
            t[i] = ASCII_SPACE;
        } else if matches!(i as u8, b',' | b'.' | b'!' | b'?' | b';') {
            t[i] = ASCII_PUNCT;
        }
        i += 1;
    }
    t
};

/// Add one text node's visible characters, words and punctuation to `s`.
/// ASCII is classed by table; other characters are decoded at their lead
/// byte only.
#[inline]
fn count_text(t: &str, s: &mut NodeStats) {
    let bytes = t.as_bytes();
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, punct) = if b < 0x80 {
            i += 1;
            let class = ASCII_CLASS[b as usize];
            (class == ASCII_SPACE, class == ASCII_PUNCT)
        } else {
            // A lead byte: `t` is valid UTF-8, so a char starts here.
            let c = t[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            (is_space(c), matches!(c, '。' | '，' | '、' | '！' | '？' | '،'))
        };
        if space {
            in_word = false;
        } else {
            s.text += 1;
            if !in_word {
                s.words += 1;
                in_word = true;
            }
            if punct {
                s.punct += 1;
            }
        }
    }
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
                        count_text(t, &mut nodes[id.index()]);
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

#[cfg(test)]
mod tests {
    use super::{count_text, NodeStats};
    use crate::textutil::is_space;

    #[test]
    fn count_text_matches_a_char_by_char_count() {
        for t in ["", " ", "Hello, world. Yes!", "  a\u{a0}b\u{2009}c ", "中文，句子。还有！", "x\u{200b}y\u{feff}", "é è; ê?\t\n\r\x0b\x0c", "\u{1c}\u{85}z", "a\u{3000}b\u{2028}c"] {
            let mut fast = NodeStats::default();
            count_text(t, &mut fast);
            let (mut text, mut words, mut punct, mut in_word) = (0, 0, 0, false);
            for c in t.chars() {
                if is_space(c) {
                    in_word = false;
                } else {
                    text += 1;
                    if !in_word {
                        words += 1;
                        in_word = true;
                    }
                    if matches!(c, ',' | '.' | '!' | '?' | '。' | '，' | '、' | '！' | '？' | '،' | ';') {
                        punct += 1;
                    }
                }
            }
            assert_eq!((fast.text, fast.words, fast.punct), (text, words, punct), "{t:?}");
        }
    }
}
