//! Clean HTML: a minimal, valid document holding the article and nothing else.

use super::{body_heading_level, code_body, has_content, non_empty, one_line, shown_blocks};
use crate::{Article, Block};

/// The style sheet of the reader view: one readable column, figures and
/// tables fitted to it, light and dark schemes.
const READER_CSS: &str = "\
:root{color-scheme:light dark;font-family:Georgia,'Times New Roman',serif;line-height:1.6}
body{max-width:40em;margin:2em auto;padding:0 1em}
h1{line-height:1.2;margin-bottom:.3em}
header p{margin:.3em 0}
.standfirst{font-size:1.2em}
.site,.byline{font-family:system-ui,sans-serif;font-size:.9em;opacity:.75}
img{max-width:100%;height:auto}
figure{margin:1.5em 0}
figcaption{font-size:.9em;opacity:.75}
.credit::before{content:\"Credit: \"}
blockquote{margin-left:0;padding-left:1em;border-left:3px solid #8888}
pre{overflow-x:auto}
table{border-collapse:collapse;display:block;overflow-x:auto}
th,td{border:1px solid #8886;padding:.3em .6em}
.quote{background:#ff02}
";

/// The article as a clean HTML5 document, a reader view: language, title,
/// authors, date, site name, lead image and canonical address in the head, a small style sheet,
/// the site's name, and the article: a header (title, standfirst, byline
/// and date), the body's blocks one element a line (see [`html_fragment`]) and
/// the closing credit line. Ends with one line break.
pub fn html(article: &Article) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html");
    if let Some(lang) = non_empty(&article.language) {
        out.push_str(" lang=\"");
        push_escaped(&mut out, lang, true);
        out.push('"');
    }
    out.push_str(">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    // A document needs a non-empty title to be valid.
    let title = non_empty(&article.title)
        .or(non_empty(&article.site_name))
        .or(non_empty(&article.url))
        .unwrap_or("Untitled");
    push_escaped(&mut out, &one_line(title), false);
    out.push_str("</title>\n");
    for author in authors(article) {
        push_meta(&mut out, "author", author);
    }
    if let Some(description) = non_empty(&article.description) {
        push_meta(&mut out, "description", description);
    }
    if let Some(published) = non_empty(&article.published) {
        push_meta(&mut out, "date", published);
    }
    for (property, value) in [("og:site_name", &article.site_name), ("og:image", &article.image)] {
        if let Some(value) = non_empty(value) {
            out.push_str("<meta property=\"");
            out.push_str(property);
            out.push_str("\" content=\"");
            push_escaped(&mut out, &one_line(value), true);
            out.push_str("\">\n");
        }
    }
    if let Some(url) = non_empty(&article.url) {
        out.push_str("<link rel=\"canonical\" href=\"");
        push_escaped(&mut out, url, true);
        out.push_str("\">\n");
    }
    out.push_str("<style>\n");
    out.push_str(READER_CSS);
    out.push_str("</style>\n</head>\n<body>\n");
    // The site's name heads the page, outside the article.
    if let Some(site) = non_empty(&article.site_name) {
        out.push_str("<header class=\"site\">");
        push_escaped(&mut out, &one_line(site), false);
        out.push_str("</header>\n");
    }
    push_article(&mut out, article, true);
    out.push_str("\n</body>\n</html>\n");
    out
}

/// The article's authors, trimmed, the empty ones left out.
fn authors(article: &Article) -> impl Iterator<Item = &str> {
    article.authors.iter().map(|a| a.trim()).filter(|a| !a.is_empty())
}

/// Whether the body's first block with content is a paragraph of `text`
/// (white space folded).
fn opens_body(article: &Article, text: &str) -> bool {
    let first = article.blocks.iter().find(|b| has_content(b));
    matches!(first, Some(Block::Paragraph { text: p }) if p.split_whitespace().eq(text.split_whitespace()))
}

/// Append the reader view's header: the title as `<h1>`,
/// the standfirst, and a byline with the authors and the publication date
/// (`<time datetime>`), each only when known.
fn push_header(out: &mut String, article: &Article) {
    let names: Vec<&str> = authors(article).collect();
    let published = non_empty(&article.published);
    let title = non_empty(&article.title);
    // A standfirst the body opens with (a dek the content stage kept as
    // the first paragraph) is shown once, in the body.
    let standfirst = non_empty(&article.standfirst).filter(|sf| !opens_body(article, sf));
    if title.is_none() && standfirst.is_none() && names.is_empty() && published.is_none() {
        return;
    }
    out.push_str("<header>\n");
    if let Some(title) = title {
        push_element(out, "h1", &one_line(title));
        out.push('\n');
    }
    if let Some(standfirst) = standfirst {
        out.push_str("<p class=\"standfirst\">");
        push_escaped(out, &one_line(standfirst), false);
        out.push_str("</p>\n");
    }
    if !names.is_empty() || published.is_some() {
        out.push_str("<p class=\"byline\">");
        if !names.is_empty() {
            out.push_str("By ");
            for (i, name) in names.iter().enumerate() {
                if i > 0 {
                    out.push_str(if i + 1 == names.len() { " and " } else { ", " });
                }
                out.push_str("<span class=\"author\">");
                push_escaped(out, &one_line(name), false);
                out.push_str("</span>");
            }
        }
        if let Some(published) = published {
            if !names.is_empty() {
                out.push_str(" · ");
            }
            out.push_str("<time datetime=\"");
            push_escaped(out, published, true);
            out.push_str("\">");
            push_escaped(out, &readable_date(published), false);
            out.push_str("</time>");
        }
        out.push_str("</p>\n");
    }
    out.push_str("</header>\n");
}

/// A date or RFC 3339 instant as a reader reads it: "14 May 2024" (the
/// date part); anything else as it is.
fn readable_date(value: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ];
    let date = value.get(..10).unwrap_or(value);
    let mut parts = date.split('-').map(str::parse::<u32>);
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(Ok(year)), Some(Ok(month @ 1..=12)), Some(Ok(day @ 1..=31)), None) if date.len() == 10 => {
            format!("{day} {} {year}", MONTHS[month as usize - 1])
        }
        _ => value.to_string(),
    }
}

/// The article alone, as an `<article>` element: the title as `<h1>`, then
/// the body's blocks one a line (body headings as `<h2>` to `<h6>`).
pub fn html_fragment(article: &Article) -> String {
    let mut out = String::new();
    push_article(&mut out, article, false);
    out
}

/// Append the `<article>` element; `reader` opens it with the reader view's
/// header ([`push_header`]) and closes it with the credit line, else the
/// title alone opens it.
fn push_article(out: &mut String, article: &Article, reader: bool) {
    out.push_str("<article>\n");
    if reader {
        push_header(out, article);
    } else if let Some(title) = non_empty(&article.title) {
        push_element(out, "h1", &one_line(title));
        out.push('\n');
    }
    let starts = if article.quotes.is_empty() { Vec::new() } else { crate::quotes::block_starts(article) };
    for (index, block) in shown_blocks(article) {
        match (block, starts.get(index).copied().flatten()) {
            (Block::Paragraph { text }, Some(base)) => push_quoted_paragraph(out, article, index + 1, text, base),
            _ => push_block(out, block),
        }
        out.push('\n');
    }
    if let (true, Some(credit)) = (reader, non_empty(&article.credit_line)) {
        out.push_str("<footer><p class=\"credit\">");
        push_escaped(out, &one_line(credit), false);
        out.push_str("</p></footer>\n");
    }
    out.push_str("</article>");
}

/// Append a paragraph whose quotes are marked: each quote's words in a
/// `<span class="quote">` carrying `data-kind` and `data-speaker` (a span,
/// not `<q>`, whose marks would double the paragraph's own).
fn push_quoted_paragraph(out: &mut String, article: &Article, paragraph: usize, text: &str, base: usize) {
    let trimmed = text.trim();
    let lead = text[..text.len() - text.trim_start().len()].chars().count();
    // Char offsets within `trimmed` → byte offsets.
    let bytes: Vec<usize> = trimmed.char_indices().map(|(i, _)| i).chain([trimmed.len()]).collect();
    let mut quotes: Vec<(usize, usize, &crate::Quote)> = article
        .quotes
        .iter()
        .filter(|q| q.paragraph == paragraph && q.start >= base + lead && q.end > q.start)
        .map(|q| (q.start - base - lead, q.end - base - lead, q))
        .filter(|&(_, e, _)| e < bytes.len())
        .collect();
    quotes.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    // Keep the quotes that nest; an overlapping one is left unmarked.
    let mut kept: Vec<(usize, usize, &crate::Quote)> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for q in quotes {
        while stack.last().is_some_and(|&e| e <= q.0) {
            stack.pop();
        }
        if stack.last().is_none_or(|&e| q.1 <= e) {
            stack.push(q.1);
            kept.push(q);
        }
    }
    out.push_str("<p>");
    let mut open: Vec<usize> = Vec::new();
    let mut at = 0;
    let mut next = 0;
    loop {
        let here = bytes[at];
        while open.last() == Some(&at) {
            open.pop();
            out.push_str("</span>");
        }
        while next < kept.len() && kept[next].0 == at {
            let q = kept[next].2;
            let kind = match q.kind {
                crate::QuoteKind::Direct => "direct",
                crate::QuoteKind::Partial => "partial",
                crate::QuoteKind::Indirect => "indirect",
            };
            out.push_str("<span class=\"quote\" data-kind=\"");
            out.push_str(kind);
            out.push('"');
            if let Some(speaker) = non_empty(&q.speaker) {
                out.push_str(" data-speaker=\"");
                push_escaped(out, speaker, true);
                out.push('"');
            }
            out.push('>');
            open.push(kept[next].1);
            next += 1;
        }
        if at + 1 >= bytes.len() {
            break;
        }
        push_escaped(out, &trimmed[here..bytes[at + 1]], false);
        at += 1;
    }
    while open.pop().is_some() {
        out.push_str("</span>");
    }
    out.push_str("</p>");
}

/// Append one block as one element.
fn push_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { level, text } => {
            let level = body_heading_level(*level);
            out.push_str(&format!("<h{level}>"));
            push_escaped(out, text.trim(), false);
            out.push_str(&format!("</h{level}>"));
        }
        Block::Paragraph { text } => push_element(out, "p", text.trim()),
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            out.push_str(&format!("<{tag}>"));
            for item in items {
                push_element(out, "li", item.trim());
            }
            out.push_str(&format!("</{tag}>"));
        }
        Block::Table { header, rows } => push_table(out, *header, rows),
        Block::Quote { text } => {
            out.push_str("<blockquote>");
            for paragraph in paragraphs(text) {
                push_element(out, "p", &paragraph);
            }
            out.push_str("</blockquote>");
        }
        Block::Code { language, text } => {
            out.push_str("<pre><code");
            if let Some(lang) = non_empty(language) {
                // One class token: white space inside the name becomes `-`.
                let lang = lang.split_whitespace().collect::<Vec<_>>().join("-");
                out.push_str(" class=\"language-");
                push_escaped(out, &lang, true);
                out.push('"');
            }
            out.push('>');
            push_escaped(out, code_body(text), false);
            out.push_str("</code></pre>");
        }
        Block::Figure { src, alt, caption, credit } => {
            let caption = non_empty(caption);
            let credit = non_empty(credit);
            out.push_str("<figure>");
            if let Some(src) = non_empty(src) {
                out.push_str("<img src=\"");
                push_escaped(out, src, true);
                out.push('"');
                // Without alt text, an image is valid only when a caption
                // describes it; otherwise `alt=""` marks it as decorative.
                match (non_empty(alt), caption) {
                    (Some(alt), _) => {
                        out.push_str(" alt=\"");
                        push_escaped(out, alt, true);
                        out.push('"');
                    }
                    (None, Some(_)) => {}
                    (None, None) => out.push_str(" alt=\"\""),
                }
                out.push('>');
            }
            // The credit in its own element inside the caption, as pages
            // mark it, so that it reads back as the credit.
            if caption.is_some() || credit.is_some() {
                out.push_str("<figcaption>");
                if let Some(caption) = caption {
                    push_escaped(out, caption, false);
                }
                if let Some(credit) = credit {
                    if caption.is_some() {
                        out.push(' ');
                    }
                    out.push_str("<small class=\"credit\">");
                    push_escaped(out, credit, false);
                    out.push_str("</small>");
                }
                out.push_str("</figcaption>");
            }
            out.push_str("</figure>");
        }
    }
}

/// Append a table: the first row in `<thead>` as `<th>` cells when `header`
/// is set, the rest in `<tbody>`. Ragged rows stay as they are (valid in
/// HTML), so that extracting the rendering gives the same rows back.
fn push_table(out: &mut String, header: bool, rows: &[Vec<String>]) {
    let (head, body) = match rows.split_first() {
        Some((first, rest)) if header => (Some(first), rest),
        _ => (None, rows),
    };
    out.push_str("<table>");
    if let Some(row) = head {
        out.push_str("<thead>");
        push_row(out, "th", row);
        out.push_str("</thead>");
    }
    if !body.is_empty() {
        out.push_str("<tbody>");
        for row in body {
            push_row(out, "td", row);
        }
        out.push_str("</tbody>");
    }
    out.push_str("</table>");
}

/// Append a `<tr>`; a cell's line breaks become `<br>`.
fn push_row(out: &mut String, cell_tag: &str, row: &[String]) {
    out.push_str("<tr>");
    for cell in row {
        out.push_str(&format!("<{cell_tag}>"));
        for (i, line) in cell.trim().lines().enumerate() {
            if i > 0 {
                out.push_str("<br>");
            }
            push_escaped(out, line.trim(), false);
        }
        out.push_str(&format!("</{cell_tag}>"));
    }
    out.push_str("</tr>");
}

/// Append `<tag>text</tag>`, the text escaped.
fn push_element(out: &mut String, tag: &str, text: &str) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    push_escaped(out, text, false);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// Append `<meta name="…" content="…">` and a line break.
fn push_meta(out: &mut String, name: &str, content: &str) {
    out.push_str("<meta name=\"");
    out.push_str(name);
    out.push_str("\" content=\"");
    push_escaped(out, &one_line(content), true);
    out.push_str("\">\n");
}

/// Append `text` with `&`, `<` and `>` as character references, and `"`
/// too inside an attribute value.
fn push_escaped(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// A quotation's paragraphs: runs of non-blank lines, joined by a line break.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}
