//! The parsed page: an html5ever `TreeSink` that builds a flat arena of nodes
//! addressed by [`NodeId`], with loop-based (never recursive) traversal so
//! that deep nesting cannot overflow the stack.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

use html5ever::interface::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{local_name, ns, Attribute, LocalName, ParseOpts, QualName};

use crate::options::Options;

/// Index of a node in [`Document::nodes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

impl NodeId {
    /// The document node: always the first in the arena.
    pub const DOCUMENT: NodeId = NodeId(0);

    /// The id as an index into per-node vectors.
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// An attribute name to look up: text, or an interned name.
pub trait AttrName {
    /// Whether an attribute's local name is this one.
    fn is(&self, local: &LocalName) -> bool;
}

impl AttrName for str {
    #[inline]
    fn is(&self, local: &LocalName) -> bool {
        &**local == self
    }
}

impl<T: AttrName + ?Sized> AttrName for &T {
    #[inline]
    fn is(&self, local: &LocalName) -> bool {
        (**self).is(local)
    }
}

impl AttrName for LocalName {
    #[inline]
    fn is(&self, local: &LocalName) -> bool {
        local == self
    }
}

/// What a node is.
#[derive(Debug)]
pub enum NodeData {
    /// The document root.
    Document,
    /// An element, with its (HTML-namespace) local name and attributes.
    Element {
        /// The tag name, as a static atom for known tags.
        name: QualName,
        /// Attributes in source order.
        attrs: Vec<Attribute>,
    },
    /// A run of text (adjacent runs are merged while parsing).
    Text(StrTendril),
    /// Comments, doctypes, processing instructions: kept as placeholders.
    Other,
}

/// One node and its links in the tree.
#[derive(Debug)]
pub struct Node {
    /// The parent, when attached.
    pub parent: Option<NodeId>,
    /// The first child.
    pub first_child: Option<NodeId>,
    /// The last child.
    pub last_child: Option<NodeId>,
    /// The previous sibling.
    pub prev_sibling: Option<NodeId>,
    /// The next sibling.
    pub next_sibling: Option<NodeId>,
    /// The node's payload.
    pub data: NodeData,
}

impl Node {
    fn new(data: NodeData) -> Node {
        Node {
            parent: None,
            first_child: None,
            last_child: None,
            prev_sibling: None,
            next_sibling: None,
            data,
        }
    }
}

/// A parsed page.
#[derive(Debug)]
pub struct Document {
    /// Every node; index 0 is the document.
    pub nodes: Vec<Node>,
    /// Set when the parse stopped early at [`Options::max_nodes`].
    pub truncated: bool,
}

/// A step of a depth-first walk: entering or leaving a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// Before the node's children.
    Open(NodeId),
    /// After the node's children.
    Close(NodeId),
}

impl Document {
    /// The node behind an id.
    #[inline]
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    /// The element's local name, or `None` for non-elements.
    #[inline]
    pub fn tag(&self, id: NodeId) -> Option<&LocalName> {
        match &self.node(id).data {
            NodeData::Element { name, .. } => Some(&name.local),
            _ => None,
        }
    }

    /// Whether the node is an element with this local name.
    #[inline]
    pub fn is(&self, id: NodeId, tag: &LocalName) -> bool {
        self.tag(id) == Some(tag)
    }

    /// The value of an attribute, by local name: a `&str`, or for the names
    /// html5ever knows, the cheaper `local_name!("class")` (compared as one
    /// integer rather than as text).
    #[inline]
    pub fn attr(&self, id: NodeId, name: impl AttrName) -> Option<&str> {
        match &self.node(id).data {
            NodeData::Element { attrs, .. } => attrs.iter().find(|a| name.is(&a.name.local)).map(|a| &*a.value),
            _ => None,
        }
    }

    /// The element's attributes in source order (none for other nodes).
    #[inline]
    pub fn attrs(&self, id: NodeId) -> &[Attribute] {
        match &self.node(id).data {
            NodeData::Element { attrs, .. } => attrs,
            _ => &[],
        }
    }

    /// The node's text, when it is a text node.
    #[inline]
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.node(id).data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The children of a node, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            doc: self,
            next: self.node(id).first_child,
        }
    }

    /// The element children of a node, in order.
    pub fn element_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(|c| self.tag(*c).is_some())
    }

    /// The ancestors of a node, nearest first (the node itself excluded).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.node(id).parent, |p| self.node(*p).parent)
    }

    /// A depth-first walk of the subtree under `root` as open/close edges,
    /// the root's own edges included. Loop-based: no recursion.
    pub fn traverse(&self, root: NodeId) -> Traverse<'_> {
        Traverse {
            doc: self,
            root,
            next: Some(Edge::Open(root)),
        }
    }

    /// Every node of the subtree under `root` in document order, root first.
    pub fn descendants(&self, root: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.traverse(root).filter_map(|e| match e {
            Edge::Open(id) => Some(id),
            Edge::Close(_) => None,
        })
    }

    /// Every node of the subtree under `root` in document order, leaving
    /// out the nodes `dropped` marks and their subtrees (the root included:
    /// a dropped root yields nothing).
    pub fn visible<'a>(&'a self, root: NodeId, dropped: &'a [bool]) -> Visible<'a> {
        Visible {
            walk: self.traverse(root),
            dropped,
        }
    }

    /// The first element with this tag name, in document order.
    pub fn find_tag(&self, root: NodeId, tag: &LocalName) -> Option<NodeId> {
        self.descendants(root).find(|id| self.is(*id, tag))
    }

    /// The `<html>`, `<head>` and `<body>` elements, when present.
    pub fn body(&self) -> Option<NodeId> {
        self.find_tag(NodeId::DOCUMENT, &local_name!("body"))
    }

    /// The text of the subtree, concatenated as it appears in the source.
    pub fn raw_text(&self, root: NodeId) -> String {
        let mut out = String::new();
        for id in self.descendants(root) {
            if let Some(t) = self.text(id) {
                out.push_str(t);
            }
        }
        out
    }

    /// The text under `root` with a space between text nodes, skipping
    /// scripts and styles: for short labels whose parts sit in separate
    /// elements ("Written by<a>Ann Lee</a>").
    pub fn spaced_text(&self, root: NodeId) -> String {
        let mut out = String::new();
        for id in self.descendants(root) {
            if let Some(t) = self.text(id) {
                let parent = self.node(id).parent;
                if parent.and_then(|p| self.tag(p)).is_some_and(|t| matches!(&**t, "script" | "style" | "noscript" | "template")) {
                    continue;
                }
                out.push(' ');
                out.push_str(t);
            }
        }
        out
    }
}

/// Iterator over a node's children.
#[derive(Debug)]
pub struct Children<'a> {
    doc: &'a Document,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = self.doc.node(id).next_sibling;
        Some(id)
    }
}

/// Iterator of [`Document::traverse`].
#[derive(Debug)]
pub struct Traverse<'a> {
    doc: &'a Document,
    root: NodeId,
    next: Option<Edge>,
}

impl Traverse<'_> {
    /// Skip the children of the node just opened: the next edge is its close.
    pub fn skip_children(&mut self, id: NodeId) {
        self.next = Some(Edge::Close(id));
    }
}

impl Iterator for Traverse<'_> {
    type Item = Edge;
    fn next(&mut self) -> Option<Edge> {
        let edge = self.next?;
        self.next = match edge {
            Edge::Open(id) => match self.doc.node(id).first_child {
                Some(c) => Some(Edge::Open(c)),
                None => Some(Edge::Close(id)),
            },
            Edge::Close(id) => {
                if id == self.root {
                    None
                } else if let Some(s) = self.doc.node(id).next_sibling {
                    Some(Edge::Open(s))
                } else {
                    self.doc.node(id).parent.map(Edge::Close)
                }
            }
        };
        Some(edge)
    }
}

/// Iterator of [`Document::visible`].
#[derive(Debug)]
pub struct Visible<'a> {
    walk: Traverse<'a>,
    dropped: &'a [bool],
}

impl Iterator for Visible<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        loop {
            match self.walk.next()? {
                Edge::Open(id) if self.dropped[id.index()] => self.walk.skip_children(id),
                Edge::Open(id) => return Some(id),
                Edge::Close(_) => {}
            }
        }
    }
}

/// Size of the pieces the parser is fed, so that the node limit can stop it.
const PARSE_CHUNK_BYTES: usize = 64 * 1024;

/// Parse decoded HTML into a [`Document`]. Never fails: html5ever recovers
/// from any input; past [`Options::max_nodes`] the rest is dropped and
/// [`Document::truncated`] is set.
pub fn parse(html: &str, opts: &Options) -> Document {
    let limited = prepare(html, opts.max_depth);
    let html: &str = &limited;
    let count = Rc::new(Cell::new(1usize));
    let sink = Sink {
        nodes: RefCell::new(Vec::with_capacity(html.len() / 40 + 16)),
        count: Rc::clone(&count),
        max_depth: opts.max_depth,
    };
    sink.nodes.borrow_mut().push(Node::new(NodeData::Document));
    let mut parse_opts = ParseOpts::default();
    // Parse as a browser without scripts would, so that <noscript> content
    // (often the real <img>) becomes elements.
    parse_opts.tree_builder.scripting_enabled = false;
    let mut parser = html5ever::parse_document(sink, parse_opts);
    let mut truncated = false;
    let mut rest = html;
    while !rest.is_empty() {
        let mut cut = rest.len().min(PARSE_CHUNK_BYTES);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (piece, tail) = rest.split_at(cut);
        parser.process(StrTendril::from_slice(piece));
        rest = tail;
        if count.get() > opts.max_nodes {
            truncated = true;
            break;
        }
    }
    let nodes = parser.finish();
    Document { nodes, truncated }
}

/// Elements that never hold children, or that the parser closes by itself
/// often enough that counting them would overstate the nesting.
fn is_void_or_implied(name: &[u8]) -> bool {
    const NAMES: &[&[u8]] = &[
        b"br", b"img", b"input", b"meta", b"link", b"hr", b"wbr", b"area", b"base", b"col",
        b"embed", b"source", b"track", b"param", b"p", b"li", b"td", b"th", b"tr", b"option",
        b"dt", b"dd", b"html", b"head", b"body", b"tbody", b"thead",
    ];
    NAMES.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// Prepare the markup for the tree builder, in one scan of its tags:
///
/// - the contents of `<script>` (JSON-LD excepted) and `<style>` are left
///   out: no later stage reads them, and on a typical page they are half
///   the bytes, which the tokenizer would otherwise walk char by char;
/// - so are the contents of inline `<svg>` drawings (icons, logos, charts:
///   the cleaner drops them whole; 15% of the bytes of WCXB dev pages) and
///   comments;
/// - the start and end tags of elements nested deeper than `max_depth` are
///   dropped (their text stays), so that pathological nesting cannot make
///   tree construction quadratic: html5ever checks scopes by walking its
///   stack of open elements.
///
/// A page with nothing to leave out comes back borrowed, untouched.
fn prepare(html: &str, max_depth: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out = String::new();
    let mut depth = 0usize;
    let mut suppressed = 0usize;
    let mut copied = 0usize;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &bytes[i..]) {
        let at = i + off;
        let Some(tag) = scan_tag(bytes, at) else {
            i = at + 1;
            continue;
        };
        if let Some((from, to)) = tag.dropped {
            if to > from {
                out.push_str(&html[copied..from]);
                copied = to;
            }
        } else if tag.counted {
            let skip = if tag.end {
                if suppressed > 0 {
                    suppressed -= 1;
                    true
                } else {
                    depth = depth.saturating_sub(1);
                    false
                }
            } else if depth >= max_depth {
                suppressed += 1;
                true
            } else {
                depth += 1;
                false
            };
            if skip {
                out.push_str(&html[copied..at]);
                out.push(' ');
                copied = tag.next;
            }
        }
        i = tag.next;
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied.min(html.len())..]);
    Cow::Owned(out)
}

/// A tag found by [`scan_tag`].
struct ScannedTag {
    /// An end tag.
    end: bool,
    /// Counts toward nesting (not void, not self-closing by habit).
    counted: bool,
    /// Offset just past the tag, or past the raw text and end tag of
    /// `<script>`, `<style>` and the like, or past a comment.
    next: usize,
    /// The byte range that no stage reads, left out before parsing: a
    /// script's or style's contents (JSON-LD is read, so kept), an inline
    /// drawing's contents, a whole comment.
    dropped: Option<(usize, usize)>,
}

/// Read the tag at `bytes[at] == b'<'`, skipping comments and the contents
/// of raw-text elements, whose `<` are not tags.
fn scan_tag(bytes: &[u8], at: usize) -> Option<ScannedTag> {
    let rest = &bytes[at..];
    if rest.starts_with(b"<!--") {
        // `<!-->` and `<!--->` are whole (empty) comments to the parser.
        if rest[4..].starts_with(b">") || rest[4..].starts_with(b"->") {
            let next = at + if rest[4] == b'>' { 5 } else { 6 };
            return Some(ScannedTag { end: false, counted: false, next, dropped: Some((at, next)) });
        }
        let close = find(bytes, at + 4, b"-->");
        let next = close.map_or(bytes.len(), |p| p + 3);
        // A comment is read by no stage: it is left out whole, unless it
        // is unterminated or holds a `--!>` (which ends it early).
        let dropped = close
            .filter(|&p| find(&bytes[..p], at + 4, b"--!>").is_none())
            .map(|_| (at, next));
        return Some(ScannedTag { end: false, counted: false, next, dropped });
    }
    let mut j = at + 1;
    let end = bytes.get(j) == Some(&b'/');
    if end {
        j += 1;
    }
    let start = j;
    while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
        j += 1;
    }
    if j == start || !bytes[start].is_ascii_alphabetic() {
        return None;
    }
    let name = &bytes[start..j];
    let close = memchr::memchr(b'>', &bytes[j..]).map_or(bytes.len(), |p| j + p + 1);
    const RAW: &[&[u8]] = &[b"script", b"style", b"textarea", b"title", b"xmp", b"iframe", b"noembed", b"noframes"];
    if !end {
        if let Some(raw) = RAW.iter().find(|r| r.eq_ignore_ascii_case(name)) {
            // Jump past the matching end tag.
            let mut k = close;
            let (content_end, next) = loop {
                match find(bytes, k, b"</") {
                    Some(p) if bytes.len() >= p + 2 + raw.len() && bytes[p + 2..p + 2 + raw.len()].eq_ignore_ascii_case(raw) => {
                        break (p, memchr::memchr(b'>', &bytes[p..]).map_or(bytes.len(), |q| p + q + 1));
                    }
                    Some(p) => k = p + 2,
                    None => break (bytes.len(), bytes.len()),
                }
            };
            let unread = match *raw {
                b"style" => true,
                b"script" => !contains_ignore_ascii_case(&bytes[at..close], b"ld+json"),
                _ => false,
            };
            let dropped = (unread && content_end < bytes.len()).then_some((close, content_end));
            return Some(ScannedTag { end: false, counted: false, next, dropped });
        }
    }
    let self_closing = close >= 2 && bytes[close - 2] == b'/';
    if !end && !self_closing && name.eq_ignore_ascii_case(b"svg") {
        // An inline drawing's paths and shapes are text to no stage (the
        // cleaner drops `<svg>` whole) and a large share of many pages'
        // bytes: its contents are left out, the element itself kept.
        if let Some((content_end, next)) = svg_end(bytes, close) {
            return Some(ScannedTag { end: false, counted: false, next, dropped: Some((close, content_end)) });
        }
    }
    Some(ScannedTag { end, counted: !is_void_or_implied(name) && !self_closing, next: close, dropped: None })
}

/// The end of an `<svg>` element whose start tag ends at `from`: the offset
/// of its matching `</svg` and the offset just past that end tag, nested
/// drawings counted. `None` when it is never closed.
fn svg_end(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut depth = 1usize;
    let mut k = from;
    while let Some(off) = memchr::memchr(b'<', &bytes[k..]) {
        let p = k + off;
        let end = bytes.get(p + 1) == Some(&b'/');
        let name_at = p + 1 + usize::from(end);
        let is_svg = bytes.len() >= name_at + 3
            && bytes[name_at..name_at + 3].eq_ignore_ascii_case(b"svg")
            && bytes.get(name_at + 3).is_none_or(|b| !(b.is_ascii_alphanumeric() || *b == b'-'));
        k = p + 1;
        if !is_svg {
            continue;
        }
        let close = memchr::memchr(b'>', &bytes[name_at..]).map_or(bytes.len(), |q| name_at + q + 1);
        if end {
            depth -= 1;
            if depth == 0 {
                return Some((p, close));
            }
        } else if !(close >= 2 && bytes[close - 2] == b'/') {
            depth += 1;
        }
        k = close;
    }
    None
}

/// Whether `hay` contains `needle` (lower case ASCII), ignoring ASCII case.
fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    memchr::memmem::find(&hay[from..], needle).map(|p| from + p)
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
    count: Rc<Cell<usize>>,
    max_depth: usize,
}

/// The name given for a node that is not an element (the tree builder asks
/// only about elements).
static NO_NAME: QualName = QualName { prefix: None, ns: ns!(html), local: local_name!("div") };

impl Sink {
    fn new_node(&self, data: NodeData) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        let id = NodeId(nodes.len() as u32);
        nodes.push(Node::new(data));
        self.count.set(nodes.len());
        id
    }

    fn depth(nodes: &[Node], id: NodeId, limit: usize) -> usize {
        let mut d = 0;
        let mut cur = nodes[id.index()].parent;
        while let Some(p) = cur {
            d += 1;
            if d > limit {
                break;
            }
            cur = nodes[p.index()].parent;
        }
        d
    }

    fn detach(nodes: &mut [Node], id: NodeId) {
        let (parent, prev, next) = {
            let n = &mut nodes[id.index()];
            (n.parent.take(), n.prev_sibling.take(), n.next_sibling.take())
        };
        if let Some(n) = next {
            nodes[n.index()].prev_sibling = prev;
        } else if let Some(p) = parent {
            nodes[p.index()].last_child = prev;
        }
        if let Some(pv) = prev {
            nodes[pv.index()].next_sibling = next;
        } else if let Some(p) = parent {
            nodes[p.index()].first_child = next;
        }
    }

    fn append_node(nodes: &mut [Node], parent: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        let last = nodes[parent.index()].last_child;
        {
            let c = &mut nodes[child.index()];
            c.parent = Some(parent);
            c.prev_sibling = last;
        }
        match last {
            Some(l) => nodes[l.index()].next_sibling = Some(child),
            None => nodes[parent.index()].first_child = Some(child),
        }
        nodes[parent.index()].last_child = Some(child);
    }

    fn insert_before(nodes: &mut [Node], sibling: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        let parent = nodes[sibling.index()].parent;
        let prev = nodes[sibling.index()].prev_sibling;
        {
            let c = &mut nodes[child.index()];
            c.parent = parent;
            c.prev_sibling = prev;
            c.next_sibling = Some(sibling);
        }
        nodes[sibling.index()].prev_sibling = Some(child);
        match prev {
            Some(p) => nodes[p.index()].next_sibling = Some(child),
            None => {
                if let Some(par) = parent {
                    nodes[par.index()].first_child = Some(child);
                }
            }
        }
    }

    /// Append text to `prev` when it is a text node; else make a new text node.
    fn text_or_merge(&self, prev: Option<NodeId>, text: StrTendril) -> Option<NodeId> {
        if let Some(p) = prev {
            let mut nodes = self.nodes.borrow_mut();
            if let NodeData::Text(t) = &mut nodes[p.index()].data {
                t.push_tendril(&text);
                return None;
            }
        }
        Some(self.new_node(NodeData::Text(text)))
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Vec<Node>;
    // A shared borrow of the arena, as scraper's sink gives: the tree
    // builder drops it before its next call that mutates the tree.
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Vec<Node> {
        self.nodes.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        NodeId::DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| match &nodes[target.index()].data {
            NodeData::Element { name, .. } => name,
            _ => &NO_NAME,
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let _ = flags;
        self.new_node(NodeData::Element { name, attrs })
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.new_node(NodeData::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.new_node(NodeData::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let child = match child {
            NodeOrText::AppendNode(n) => n,
            NodeOrText::AppendText(text) => {
                let last = self.nodes.borrow()[parent.index()].last_child;
                match self.text_or_merge(last, text) {
                    Some(n) => n,
                    None => return,
                }
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        // Past the depth limit, hang the node on the ancestor at the limit,
        // so that later walks stay shallow.
        let mut parent = *parent;
        if Self::depth(&nodes, parent, self.max_depth) >= self.max_depth {
            let mut cur = parent;
            while Self::depth(&nodes, cur, self.max_depth) >= self.max_depth {
                match nodes[cur.index()].parent {
                    Some(p) => cur = p,
                    None => break,
                }
            }
            parent = cur;
        }
        Self::append_node(&mut nodes, parent, child);
    }

    fn append_before_sibling(&self, sibling: &NodeId, child: NodeOrText<NodeId>) {
        let child = match child {
            NodeOrText::AppendNode(n) => n,
            NodeOrText::AppendText(text) => {
                let prev = self.nodes.borrow()[sibling.index()].prev_sibling;
                match self.text_or_merge(prev, text) {
                    Some(n) => n,
                    None => return,
                }
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        Self::insert_before(&mut nodes, *sibling, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self.nodes.borrow()[element.index()].parent.is_some();
        if has_parent {
            self.append_before_sibling(element, child)
        } else {
            self.append(prev_element, child)
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let id = self.new_node(NodeData::Other);
        let mut nodes = self.nodes.borrow_mut();
        Self::append_node(&mut nodes, NodeId::DOCUMENT, id);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        // Template contents are kept in the template element itself: they
        // are inert in a browser, and the cleaning stage drops <template>.
        *target
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn add_attrs_if_missing(&self, target: &NodeId, new: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let NodeData::Element { attrs, .. } = &mut nodes[target.index()].data {
            for a in new {
                if !attrs.iter().any(|e| e.name == a.name) {
                    attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        Self::detach(&mut nodes, *target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        let mut next = nodes[node.index()].first_child;
        while let Some(child) = next {
            next = nodes[child.index()].next_sibling;
            Self::append_node(&mut nodes, *new_parent, child);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_tree_and_walks_it() {
        let doc = parse(
            "<html><body><div id=a><p>Hello <b>world</b></p></div></body></html>",
            &Options::default(),
        );
        let body = doc.body().expect("body");
        let text = doc.raw_text(body);
        assert_eq!(text, "Hello world");
        let div = doc.find_tag(body, &local_name!("div")).expect("div");
        assert_eq!(doc.attr(div, local_name!("id")), Some("a"));
    }

    #[test]
    fn nesting_limit_leaves_scripts_alone() {
        let html = format!(
            "<body><script>var s = '{}';</script>{}text{}</body>",
            "<div>".repeat(2000),
            "<div>".repeat(600),
            "</div>".repeat(600)
        );
        let doc = parse(&html, &Options::default());
        let body = doc.body().expect("body");
        let script = doc.find_tag(body, &local_name!("script")).expect("script kept as an element");
        // The script's text is left out, and its "<div>"s are not tags.
        assert_eq!(doc.raw_text(script), "");
        assert!(doc.raw_text(body).contains("text"));
        assert!(doc.find_tag(script, &local_name!("div")).is_none());
    }

    #[test]
    fn scripts_and_styles_are_left_out_but_json_ld_is_kept() {
        let html = r#"<html><head><style>p { color: red }</style>
            <script type="application/ld+json">{"@type": "NewsArticle"}</script>
            <SCRIPT>if (a < b) { document.write("</p>") }</SCRIPT></head>
            <body><p>Body <b>text</b></p><script src="x.js"></script><style>b{}</style></body></html>"#;
        let doc = parse(html, &Options::default());
        let texts: Vec<String> = doc
            .nodes
            .iter()
            .filter_map(|n| match &n.data {
                NodeData::Text(t) if !t.trim().is_empty() => Some(t.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["{\"@type\": \"NewsArticle\"}", "Body ", "text"]);
        let body = doc.body().expect("body");
        assert_eq!(doc.raw_text(body).trim(), "Body text");
    }

    #[test]
    fn drawings_and_comments_are_left_out() {
        let html = r#"<body><p>One <svg viewBox="0 0 9 9"><title>Logo</title><svg><path d="M0 0"/></svg><text>chart</text></svg>two</p>
            <!-- a <p>commented</p> note --><p>three<!-->four<!--->five</p><svg/><p>six</p><SVG><g></g></SVG><p>seven</p></body>"#;
        let doc = parse(html, &Options::default());
        let body = doc.body().expect("body");
        let paragraphs: Vec<String> = doc
            .descendants(body)
            .filter(|id| doc.is(*id, &local_name!("p")))
            .map(|id| doc.raw_text(id).split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(paragraphs, ["One two", "threefourfive", "six", "seven"]);
        // The drawings stay as (empty) elements.
        let svgs = doc.descendants(body).filter(|id| doc.is(*id, &local_name!("svg"))).count();
        assert_eq!(svgs, 3);
    }

    #[test]
    fn an_unclosed_drawing_or_comment_is_parsed_as_ever() {
        let doc = parse("<body><p>a</p><svg><text>b</text>", &Options::default());
        assert!(doc.raw_text(doc.body().expect("body")).contains('b'));
        let doc = parse("<body><p>a</p><!-- b --!> c", &Options::default());
        assert!(doc.raw_text(doc.body().expect("body")).contains('c'));
    }

    #[test]
    fn an_unterminated_script_keeps_its_text() {
        let doc = parse("<body><p>a</p><script>var x = 1;", &Options::default());
        let body = doc.body().expect("body");
        let script = doc.find_tag(body, &local_name!("script")).expect("script");
        assert_eq!(doc.raw_text(script), "var x = 1;");
    }

    #[test]
    fn deep_nesting_is_flattened_not_overflowing() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        let opts = Options::default();
        let doc = parse(&html, &opts);
        let deepest = doc
            .descendants(NodeId::DOCUMENT)
            .map(|id| doc.ancestors(id).count())
            .max()
            .unwrap_or(0);
        assert!(deepest <= opts.max_depth + 1, "depth {deepest}");
        assert!(doc.raw_text(NodeId::DOCUMENT).contains("deep"));
    }
}
