//! GitHub-flavoured Markdown: headings, lists, tables, quotes, code, figures.
//!
//! Text is escaped only where a character would otherwise change meaning:
//! block markers at the start of a line (`#`, `>`, `- `, `1. `, rules,
//! setext underlines, table delimiter rows, task boxes) and inline syntax
//! anywhere (`\`, `` ` ``, `*`, `~`, `_` outside words, `<` opening a tag,
//! `&` opening an entity, `]` closing a link).

use super::front_matter::front_matter;
use super::{body_heading_level, code_body, non_empty, one_line, shown_blocks, table_width};
use crate::{Article, Block};

/// The article as GitHub-flavoured Markdown, opened by a YAML front-matter
/// block with its metadata ([`front_matter`]), then the
/// [`markdown_body`]. An article with nothing in it gives the empty string.
pub fn markdown(article: &Article) -> String {
    let mut out = front_matter(article);
    let body = markdown_body(article);
    if !out.is_empty() && !body.is_empty() {
        out.push('\n');
    }
    out.push_str(&body);
    out
}

/// The article as GitHub-flavoured Markdown without front matter: `# title`,
/// then the body's blocks ([`shown_blocks`]) separated by a blank line, ending with one line
/// break. An article with neither title nor body gives the empty string.
pub fn markdown_body(article: &Article) -> String {
    let mut out = String::new();
    if let Some(title) = non_empty(&article.title) {
        out.push_str("# ");
        push_heading_text(&mut out, title);
    }
    // Two lists in a row would merge into one; the second switches marker
    // (`-` to `*`, `.` to `)`), which CommonMark reads as a new list.
    let mut last_list: Option<(bool, bool)> = None;
    for (_, block) in shown_blocks(article) {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let alternate = match (block, last_list) {
            (Block::List { ordered, .. }, Some((last_ordered, last_alternate))) => {
                *ordered == last_ordered && !last_alternate
            }
            _ => false,
        };
        push_block(&mut out, block, alternate);
        last_list = match block {
            Block::List { ordered, .. } => Some((*ordered, alternate)),
            _ => None,
        };
    }
    push_quotes(&mut out, article);
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// Append a "Quotes" section listing who said what: `> text — speaker`,
/// the kind and outlet after it when they say more.
fn push_quotes(out: &mut String, article: &Article) {
    if article.quotes.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    out.push_str("## Quotes");
    for q in &article.quotes {
        let mut line = one_line(&q.text);
        line.push_str(" — ");
        line.push_str(q.speaker.as_deref().unwrap_or("unknown speaker"));
        let mut notes = Vec::new();
        match q.kind {
            crate::QuoteKind::Direct => {}
            crate::QuoteKind::Partial => notes.push("partial".to_string()),
            crate::QuoteKind::Indirect => notes.push("reported".to_string()),
        }
        if let Some(via) = non_empty(&q.via) {
            notes.push(format!("via {via}"));
        }
        if !notes.is_empty() {
            line.push_str(&format!(" ({})", notes.join(", ")));
        }
        out.push_str("\n\n> ");
        push_escaped(out, &line, line_start_escape(&line), &[]);
    }
}

/// Append one block; `alternate` picks the second list marker.
fn push_block(out: &mut String, block: &Block, alternate: bool) {
    match block {
        Block::Heading { level, text } => {
            for _ in 0..body_heading_level(*level) {
                out.push('#');
            }
            out.push(' ');
            push_heading_text(out, text);
        }
        Block::Paragraph { text } => push_lines(out, text, "", "", ""),
        Block::List { ordered, items } => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                let marker = match (*ordered, alternate) {
                    (false, false) => "- ".to_string(),
                    (false, true) => "* ".to_string(),
                    (true, false) => format!("{}. ", i + 1),
                    (true, true) => format!("{}) ", i + 1),
                };
                if item.trim().is_empty() {
                    out.push_str(marker.trim_end());
                } else {
                    let indent = " ".repeat(marker.len());
                    push_lines(out, item, &marker, &indent, "");
                }
            }
        }
        Block::Table { rows, .. } => push_table(out, rows),
        Block::Quote { text } => push_lines(out, text, "> ", "> ", ">"),
        Block::Code { language, text } => {
            let body = code_body(text);
            let fence = "`".repeat(longest_backtick_run(body).max(2) + 1);
            out.push_str(&fence);
            // An info string after backticks may not hold a backtick, and
            // only its first word names the language.
            if let Some(lang) = language
                .as_deref()
                .and_then(|l| l.split_whitespace().next())
                .filter(|l| !l.contains('`'))
            {
                out.push_str(lang);
            }
            out.push('\n');
            out.push_str(body);
            out.push('\n');
            out.push_str(&fence);
        }
        Block::Figure { src, alt, caption, credit } => {
            let src = non_empty(src);
            if let Some(src) = src {
                out.push_str("![");
                if let Some(alt) = non_empty(alt) {
                    push_escaped(out, &one_line(alt), None, &['[', ']']);
                }
                out.push_str("](");
                push_destination(out, src);
                out.push(')');
            }
            let caption = non_empty(caption);
            let credit = non_empty(credit);
            if src.is_some() && (caption.is_some() || credit.is_some()) {
                out.push('\n');
            }
            if let Some(caption) = caption {
                out.push('*');
                push_escaped(out, &one_line(caption), None, &[]);
                out.push('*');
            }
            if let Some(credit) = credit {
                out.push_str(if caption.is_some() { " (Credit: " } else { "(Credit: " });
                push_escaped(out, &one_line(credit), None, &[]);
                out.push(')');
            }
        }
    }
}

/// Append a GFM pipe table. The first row is the header row (GFM has no
/// table without one); ragged rows are padded to the widest.
fn push_table(out: &mut String, rows: &[Vec<String>]) {
    let width = table_width(rows);
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push('|');
        for j in 0..width {
            out.push(' ');
            if let Some(cell) = row.get(j) {
                push_cell(out, cell);
            }
            out.push_str(" |");
        }
        if i == 0 {
            out.push_str("\n|");
            for _ in 0..width {
                out.push_str(" --- |");
            }
        }
    }
}

/// Append a table cell: `|` escaped, line breaks as `<br>`.
fn push_cell(out: &mut String, cell: &str) {
    for (i, line) in cell.trim().lines().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        push_escaped(out, line.trim(), None, &['|']);
    }
}

/// Append a heading's text on one line. A trailing run of `#` would be read
/// as the closing sequence, so its first `#` is escaped.
fn push_heading_text(out: &mut String, text: &str) {
    let line = one_line(text);
    let kept = line.trim_end_matches('#');
    let closing = kept.len() < line.len() && (kept.is_empty() || kept.ends_with([' ', '\t']));
    push_escaped(out, &line, closing.then_some(kept.len()), &[]);
}

/// Append text line by line: the first line after `first`, the others after
/// `rest`, blank lines as `blank`. Each line is escaped as a line start.
fn push_lines(out: &mut String, text: &str, first: &str, rest: &str, blank: &str) {
    for (i, raw) in text.trim().lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // Leading white space would make indented code; trailing spaces, a
        // hard break. Neither shows in the rendered text.
        let line = raw.trim_matches([' ', '\t']);
        if line.is_empty() {
            out.push_str(blank);
            continue;
        }
        out.push_str(if i == 0 { first } else { rest });
        push_escaped(out, line, line_start_escape(line), &[]);
    }
}

/// Append `text` with a backslash before each character that would be read
/// as Markdown syntax: the one at byte `force`, any in `extra`, and inline
/// syntax.
fn push_escaped(out: &mut String, text: &str, force: Option<usize>, extra: &[char]) {
    let mut prev = None;
    for (i, c) in text.char_indices() {
        let rest = &text[i + c.len_utf8()..];
        if force == Some(i) || extra.contains(&c) || is_inline_syntax(prev, c, rest) {
            out.push('\\');
        }
        out.push(c);
        prev = Some(c);
    }
}

/// Whether `c`, between `prev` and `rest`, would start or end inline syntax:
/// code spans, emphasis, strikethrough, raw HTML and autolinks, entities,
/// links, or a backslash escape.
fn is_inline_syntax(prev: Option<char>, c: char, rest: &str) -> bool {
    let next = rest.chars().next();
    match c {
        '\\' | '`' | '*' | '~' => true,
        // An underscore inside a word can neither open nor close emphasis.
        '_' => {
            !(prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric))
        }
        '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
        '&' => looks_like_entity(rest),
        // `](` ends an inline link; `]:` a link reference definition.
        ']' => matches!(next, Some('(' | ':')),
        _ => false,
    }
}

/// Whether the text after a `&` reads as an entity or character reference.
fn looks_like_entity(rest: &str) -> bool {
    let body = rest.strip_prefix('#').unwrap_or(rest);
    let name_len = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
    name_len > 0 && body.as_bytes().get(name_len) == Some(&b';')
}

/// The byte to escape in a line (already trimmed) so that its start is not
/// read as a block marker, if any.
fn line_start_escape(line: &str) -> Option<usize> {
    let first = line.chars().next()?;
    // Thematic breaks, setext underlines, table delimiter rows, bare list
    // markers: lines made only of these characters.
    if line
        .chars()
        .all(|c| matches!(c, '-' | '=' | '_' | '*' | ':' | '|' | '+' | ' ' | '\t'))
    {
        return Some(0);
    }
    let ends_marker = |at: usize| matches!(line[at..].chars().next(), None | Some(' ' | '\t'));
    match first {
        '#' => {
            let hashes = line.bytes().take_while(|b| *b == b'#').count();
            (hashes <= 6 && ends_marker(hashes)).then_some(0)
        }
        '>' => Some(0),
        '-' | '+' => ends_marker(1).then_some(0),
        '0'..='9' => {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            let delimiter = matches!(line.as_bytes().get(digits), Some(b'.' | b')'));
            (digits <= 9 && delimiter && ends_marker(digits + 1)).then_some(digits)
        }
        '[' => {
            let task = ["[ ]", "[x]", "[X]"].iter().any(|b| line.starts_with(b));
            (task && ends_marker(3)).then_some(0)
        }
        _ => None,
    }
}

/// Append an image address as a link destination, in `<…>` when it holds
/// characters the bare form cannot. Backslashes and entity-like `&` are
/// escaped, as both forms decode them.
fn push_destination(out: &mut String, src: &str) {
    let bare = src
        .chars()
        .all(|c| !c.is_whitespace() && !c.is_control() && !matches!(c, '(' | ')' | '<' | '>'));
    if !bare {
        out.push('<');
    }
    for (i, c) in src.char_indices() {
        match c {
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\n' | '\r' => {}
            '\\' => out.push_str("\\\\"),
            '&' if looks_like_entity(&src[i + 1..]) => out.push_str("\\&"),
            c => out.push(c),
        }
    }
    if !bare {
        out.push('>');
    }
}

/// The longest run of backticks in `text`.
fn longest_backtick_run(text: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}
