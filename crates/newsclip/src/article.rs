//! [`Article`] and [`Block`]: what an extraction returns, serialisable with serde
//! under the stable names documented in the README.

use serde::{Deserialize, Serialize};

/// The article taken from one page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The headline, without the site name.
    pub title: Option<String>,
    /// The standfirst or summary (meta description when nothing better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The people who wrote it.
    #[serde(default)]
    pub authors: Vec<String>,
    /// Publication date: RFC 3339 instant when the page gives a time, else `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The page's address (given by the caller, or the canonical link).
    pub url: Option<String>,
    /// The site's name.
    pub site_name: Option<String>,
    /// The page's language, a BCP 47 tag.
    pub language: Option<String>,
    /// The lead image's address, when the page names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The body as plain text: blocks separated by a blank line.
    pub text: String,
    /// The body as typed blocks, in reading order.
    pub blocks: Vec<Block>,
    /// What the engine noticed and worked around (no article found, limits hit…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// One block of the article's body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A heading; `level` 1 to 6.
    Heading {
        /// 1 for `<h1>` … 6 for `<h6>`.
        level: u8,
        /// The heading's text.
        text: String,
    },
    /// A paragraph of prose.
    Paragraph {
        /// The paragraph's text, white space folded.
        text: String,
    },
    /// A list.
    List {
        /// Numbered (`<ol>`) or bulleted.
        ordered: bool,
        /// Each item's text.
        items: Vec<String>,
    },
    /// A table: rows of cells; the first row is a header row when `header` is set.
    Table {
        /// Whether the first row holds column headings.
        header: bool,
        /// Rows of cell texts.
        rows: Vec<Vec<String>>,
    },
    /// A block quotation.
    Quote {
        /// The quoted text; paragraphs separated by a blank line.
        text: String,
    },
    /// Preformatted code, white space kept.
    Code {
        /// The language named by a `language-*` class, when any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language: Option<String>,
        /// The code.
        text: String,
    },
    /// An image with its caption.
    Figure {
        /// The image's address, absolute when the page URL is known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        src: Option<String>,
        /// The image's alternative text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alt: Option<String>,
        /// The caption.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        caption: Option<String>,
    },
}

impl Block {
    /// The block as plain text (a list's items one a line, a table's cells
    /// separated by tabs, a figure as its caption).
    pub fn plain_text(&self) -> String {
        match self {
            Block::Heading { text, .. } | Block::Paragraph { text } | Block::Quote { text } => {
                text.clone()
            }
            Block::Code { text, .. } => text.clone(),
            Block::List { items, .. } => items.join("\n"),
            Block::Table { rows, .. } => rows
                .iter()
                .map(|r| r.join("\t"))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Figure { caption, .. } => caption.clone().unwrap_or_default(),
        }
    }
}

impl Article {
    /// Assemble an article from its metadata and body blocks; `text` is
    /// the blocks' plain text joined by blank lines.
    pub fn new(meta: crate::metadata::Metadata, blocks: Vec<Block>) -> Article {
        let text = blocks
            .iter()
            .map(Block::plain_text)
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        Article {
            title: meta.title,
            description: meta.description,
            authors: meta.authors,
            published: meta.published,
            url: meta.url,
            site_name: meta.site_name,
            language: meta.language,
            image: meta.image,
            text,
            blocks,
            warnings: Vec::new(),
        }
    }
}
