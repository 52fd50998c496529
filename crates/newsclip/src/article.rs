//! [`Article`] and [`Block`]: what an extraction returns, serialisable with serde
//! under the stable names documented in the README.

use serde::{Deserialize, Serialize};

/// The article taken from one page.
///
/// Every optional field is always serialised (`null` when unknown) and every
/// list is always present (`[]` when empty), so that the JSON has one shape.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The headline, without the site name.
    #[serde(default)]
    pub title: Option<String>,
    /// Where the title came from (`"h1"`, `"json-ld"`, `"og"`, `"title-tag"`…).
    #[serde(default)]
    pub title_source: Option<String>,
    /// The standfirst (dek): the summary under the headline, distinct from
    /// the body's first paragraph.
    #[serde(default)]
    pub standfirst: Option<String>,
    /// The page's meta description, as the page gives it.
    #[serde(default)]
    pub description: Option<String>,
    /// The people who wrote it, in page order, each once.
    #[serde(default)]
    pub authors: Vec<String>,
    /// Where the authors came from.
    #[serde(default)]
    pub authors_source: Option<String>,
    /// Organisations that sign the story (news agencies: "Reuters",
    /// "Associated Press", "agencies"), kept apart from the people.
    #[serde(default)]
    pub agencies: Vec<String>,
    /// A closing credit line ("Additional reporting by agencies"), not body.
    #[serde(default)]
    pub credit_line: Option<String>,
    /// Publication: an RFC 3339 instant when the page gives a time, else `YYYY-MM-DD`.
    #[serde(default)]
    pub published: Option<String>,
    /// Where the publication date came from.
    #[serde(default)]
    pub published_source: Option<String>,
    /// Last modification, in the same form as `published`.
    #[serde(default)]
    pub modified: Option<String>,
    /// Where the modification date came from.
    #[serde(default)]
    pub modified_source: Option<String>,
    /// The page's address (given by the caller, else the canonical link).
    #[serde(default)]
    pub url: Option<String>,
    /// The canonical address the page declares.
    #[serde(default)]
    pub canonical_url: Option<String>,
    /// The site's name.
    #[serde(default)]
    pub site_name: Option<String>,
    /// The publishing organisation, when the page names one.
    #[serde(default)]
    pub publisher: Option<String>,
    /// The page's language, a BCP 47 tag.
    #[serde(default)]
    pub language: Option<String>,
    /// Where the language came from (`"html-lang"`, `"meta"`, `"text"`…).
    #[serde(default)]
    pub language_source: Option<String>,
    /// The site section the story is filed under.
    #[serde(default)]
    pub section: Option<String>,
    /// Tags and keywords, each once.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The kind of page: `article`, `forum`, `product`, `documentation`,
    /// `service`, `listing` or `collection`.
    #[serde(default)]
    pub page_type: Option<String>,
    /// Confidence in `page_type`, 0 to 1.
    #[serde(default)]
    pub page_type_confidence: Option<f64>,
    /// The lead image's address.
    #[serde(default)]
    pub image: Option<String>,
    /// The lead image and every figure of the body, in page order.
    #[serde(default)]
    pub images: Vec<Image>,
    /// The body as plain text: blocks separated by a blank line.
    pub text: String,
    /// The body as typed blocks, in reading order.
    pub blocks: Vec<Block>,
    /// Who is quoted saying what (empty when the quotes stage is off).
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// The outlets, agencies and documents the story credits.
    #[serde(default)]
    pub sources_cited: Vec<String>,
    /// The people the story quotes or names as actors, each once, in their
    /// fullest form.
    #[serde(default)]
    pub people: Vec<String>,
    /// What the engine noticed and worked around (no article found, limits hit…).
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// An image of the article: the lead image or a figure of the body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Image {
    /// Absolute address when the page URL is known; `null` for images known
    /// only by their caption (text exports).
    #[serde(default)]
    pub src: Option<String>,
    /// Alternative text.
    #[serde(default)]
    pub alt: Option<String>,
    /// The caption, without its credit.
    #[serde(default)]
    pub caption: Option<String>,
    /// The credit split off the caption ("Getty", "Photo: …", "© …").
    #[serde(default)]
    pub credit: Option<String>,
    /// Width in pixels, when the page gives it.
    #[serde(default)]
    pub width: Option<u32>,
    /// Height in pixels, when the page gives it.
    #[serde(default)]
    pub height: Option<u32>,
}

/// How a quote is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Wholly in quotation marks.
    Direct,
    /// Marked words inside a paraphrase: *would "really want" to meet*.
    Partial,
    /// Reported speech with a speech verb and no marks.
    Indirect,
}

/// One attributed statement of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Who said it, in the fullest form the article gives; `null` when unknown.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The cue that attributes it ("said", "told", "according to").
    #[serde(default)]
    pub cue: Option<String>,
    /// The outlet or document it came through ("Rossiya 1", "Reuters").
    #[serde(default)]
    pub via: Option<String>,
    /// The block it is in: 1-based index into `blocks`.
    pub paragraph: usize,
    /// Start of `text` in the article's `text`, in characters (Unicode scalar values).
    pub start: usize,
    /// End (exclusive) of `text` in the article's `text`, in characters.
    pub end: usize,
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
        /// The caption, without its credit.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        caption: Option<String>,
        /// The credit split off the caption ("Getty", "Photo: …").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        credit: Option<String>,
    },
}

impl Block {
    /// The block as plain text (a list's items one a line, a table's cells
    /// separated by tabs, a figure as its caption).
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        self.push_plain_text(&mut out);
        out
    }

    /// The block's plain text as [`Block::plain_text`] gives it, borrowed
    /// when the block holds it as one string.
    pub fn plain_cow(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Block::Heading { text, .. } | Block::Paragraph { text } | Block::Quote { text } | Block::Code { text, .. } => {
                std::borrow::Cow::Borrowed(text)
            }
            Block::Figure { caption, .. } => std::borrow::Cow::Borrowed(caption.as_deref().unwrap_or_default()),
            _ => std::borrow::Cow::Owned(self.plain_text()),
        }
    }

    /// Whether the block has no plain text.
    pub fn is_empty(&self) -> bool {
        match self {
            Block::Heading { text, .. } | Block::Paragraph { text } | Block::Quote { text } | Block::Code { text, .. } => {
                text.is_empty()
            }
            Block::List { items, .. } => items.iter().all(String::is_empty) && items.len() <= 1,
            Block::Table { rows, .. } => rows.is_empty() || (rows.len() == 1 && rows[0].iter().all(String::is_empty) && rows[0].len() <= 1),
            Block::Figure { caption, .. } => caption.as_deref().is_none_or(str::is_empty),
        }
    }

    /// Append the block's plain text to `out`: list items a line each,
    /// table rows a line each with cells separated by tabs.
    pub fn push_plain_text(&self, out: &mut String) {
        match self {
            Block::Heading { text, .. } | Block::Paragraph { text } | Block::Quote { text } | Block::Code { text, .. } => {
                out.push_str(text);
            }
            Block::List { items, .. } => push_joined(out, items, "\n"),
            Block::Table { rows, .. } => {
                for (i, r) in rows.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    push_joined(out, r, "\t");
                }
            }
            Block::Figure { caption, .. } => out.push_str(caption.as_deref().unwrap_or_default()),
        }
    }
}

/// Append `items` to `out` with `sep` between them.
fn push_joined(out: &mut String, items: &[String], sep: &str) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item);
    }
}

impl Article {
    /// Assemble an article from its metadata and body blocks; `text` is
    /// the blocks' plain text joined by blank lines, `images` the lead image
    /// and the body's figures.
    pub fn new(meta: crate::metadata::Metadata, blocks: Vec<Block>) -> Article {
        // Room for the blocks of running text and the blank lines between.
        let room: usize = blocks
            .iter()
            .map(|b| match b {
                Block::Heading { text, .. } | Block::Paragraph { text } | Block::Quote { text } | Block::Code { text, .. } => text.len() + 2,
                _ => 0,
            })
            .sum();
        let mut text = String::with_capacity(room);
        for b in &blocks {
            if !text.is_empty() && !b.is_empty() {
                text.push_str("\n\n");
            }
            b.push_plain_text(&mut text);
        }
        let mut images = meta.images;
        for b in &blocks {
            if let Block::Figure { src, alt, caption, credit } = b {
                if let Some(i) = images.iter_mut().find(|i| i.src.is_some() && i.src == *src) {
                    i.caption = i.caption.take().or_else(|| caption.clone());
                    i.credit = i.credit.take().or_else(|| credit.clone());
                    i.alt = i.alt.take().or_else(|| alt.clone());
                } else {
                    images.push(Image {
                        src: src.clone(),
                        alt: alt.clone(),
                        caption: caption.clone(),
                        credit: credit.clone(),
                        width: None,
                        height: None,
                    });
                }
            }
        }
        // Without a standfirst element, an article's meta description is its
        // dek, unless it only repeats the body's opening.
        let standfirst = meta.standfirst.or_else(|| {
            let d = meta.description.as_deref()?;
            let head: String = d.chars().take(50).collect();
            let article = meta.page_type.as_deref() == Some("article");
            (article && d.chars().count() >= 30 && !text.contains(head.trim_end_matches(['.', '…']))).then(|| d.to_string())
        });
        let (language, language_source) = if meta.language_settled {
            (meta.language, meta.language_source)
        } else {
            crate::metadata::language::settle(meta.language.as_deref(), meta.language_source.as_deref(), &text)
        };
        Article {
            title: meta.title,
            title_source: meta.title_source,
            standfirst,
            description: meta.description,
            authors: meta.authors,
            authors_source: meta.authors_source,
            agencies: meta.agencies,
            credit_line: meta.credit_line,
            published: meta.published,
            published_source: meta.published_source,
            modified: meta.modified,
            modified_source: meta.modified_source,
            url: meta.url,
            canonical_url: meta.canonical_url,
            site_name: meta.site_name,
            publisher: meta.publisher,
            language,
            language_source,
            section: meta.section,
            tags: meta.tags,
            page_type: meta.page_type,
            page_type_confidence: meta.page_type_confidence,
            image: meta.image,
            images,
            text,
            blocks,
            quotes: Vec::new(),
            sources_cited: Vec::new(),
            people: Vec::new(),
            warnings: Vec::new(),
        }
    }
}
