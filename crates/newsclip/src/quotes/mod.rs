//! The quotes stage: who said what, on whose report. Works on an assembled
//! [`Article`]'s paragraphs (and block quotations), so it serves every input
//! path; headings, lists, tables, code and captions are left alone.
//!
//! Per paragraph, in story order: the quoted stretches are found
//! ([`marks`]), the text cut into tokens and sentences ([`text`]), the names,
//! roles and documents recorded ([`registry`]), and each quote attributed
//! through the cue words around it ([`attribute`], [`phrases`]). The word
//! lists are data ([`lexicon`]).

mod attribute;
pub mod lexicon;
mod marks;
mod phrases;
mod registry;
mod text;

use crate::{Article, Block, Options, Quote};

/// The fewest words of a block quotation taken whole as its introducer's
/// words: shorter ones are mostly epigraphs, slogans or titles. A judgement.
const MIN_BLOCK_QUOTE_WORDS: usize = 8;

/// Fill in `quotes`, `sources_cited` and `people` from the article's
/// blocks, unless `opts.quotes` is off (then they are left empty).
pub fn annotate(article: &mut Article, opts: &Options) {
    article.quotes.clear();
    article.sources_cited.clear();
    article.people.clear();
    if !opts.quotes {
        return;
    }
    let lex = lexicon::lexicon();
    let mut reg = registry::Registry::default();
    let mut quotes: Vec<Quote> = Vec::new();
    let mut sources: Vec<String> = Vec::new();
    let mut open_before = false;
    let mut last_speaker: Option<(String, Option<String>)> = None;
    let starts = block_starts(article);
    // Indices into `quotes` of the current run of an open quote.
    let mut chain: Vec<usize> = Vec::new();
    // The cue of a paragraph that introduces what follows ("Nagel says:").
    let mut intro: Option<attribute::Intro> = None;
    for (index, block) in article.blocks.iter().enumerate() {
        let Some(block_chars) = starts[index] else { continue };
        // The pieces of text read as paragraphs, with their start in the block.
        let units: Vec<(&str, usize)> = match block {
            Block::Paragraph { text } | Block::Quote { text } => vec![(text.as_str(), 0)],
            // A list item is a paragraph of its own ("Just start. “You might…").
            Block::List { items, .. } if items.iter().any(|i| i.contains(['"', '“', '”', '«', '»', '„', '「'])) => {
                let plain = block.plain_text();
                let mut at_bytes = 0;
                let mut units = Vec::new();
                for item in items {
                    // Only items with a quotation mark: most lists are links and steps.
                    if !item.contains(['"', '“', '”', '«', '»', '„', '「']) {
                        continue;
                    }
                    let Some(found) = plain[at_bytes..].find(item.as_str()) else { continue };
                    let item_at = at_bytes + found;
                    units.push((item.as_str(), plain[..item_at].chars().count()));
                    at_bytes = item_at + item.len();
                }
                units
            }
            _ => {
                open_before = false;
                intro = None;
                continue;
            }
        };
        // A block quotation after a paragraph that introduces it is its
        // speaker's words, marks or not.
        if let (Block::Quote { text }, Some(i)) = (block, &intro) {
            let words = text.split_whitespace().count();
            let marked = text.trim_start().starts_with(|c: char| lex.closers.contains_key(&c) && !c.is_alphanumeric());
            if words >= MIN_BLOCK_QUOTE_WORDS && !marked {
                let trimmed = text.trim();
                let start = block_chars + text[..text.len() - text.trim_start().len()].chars().count();
                quotes.push(Quote {
                    text: trimmed.to_string(),
                    speaker: i.speaker.clone(),
                    kind: crate::QuoteKind::Direct,
                    cue: i.cue.clone(),
                    via: i.via.clone(),
                    paragraph: index + 1,
                    start,
                    end: start + trimmed.chars().count(),
                });
                if let Some(sp) = &i.speaker {
                    last_speaker = Some((sp.clone(), i.via.clone()));
                }
                // The same introduction may hold for the next block quotation.
                open_before = false;
                continue;
            }
        }
        intro = None;
        for (para, unit_chars) in units {
            let base_chars = block_chars + unit_chars;
            let spans = marks::find_spans(para, lex);
            let toks = text::tokenize(para, &spans, lex);
            let sents = text::sentences(&toks, para, &spans, lex);
            let ctx = phrases::Ctx { text: para, toks: &toks, lex };
            let found = attribute::paragraph(&ctx, &spans, &sents, &mut reg, open_before, last_speaker.as_ref());
            for s in found.sources {
                if !sources.contains(&s) {
                    sources.push(s);
                }
            }
            if !found.quotes.first().is_some_and(|q| q.continues) {
                chain.clear();
            }
            let mut next_open = false;
            let in_list = matches!(block, Block::List { .. });
            for q in found.quotes {
                // A list item quoted with no cue is an example (a prompt, a
                // question to ask), not a quote.
                if in_list && q.cue.is_none() && !q.continues {
                    continue;
                }
                let start = base_chars + para[..q.start].chars().count();
                let end = start + para[q.start..q.end].chars().count();
                if let Some(s) = &q.speaker {
                    last_speaker = Some((s.clone(), q.via.clone()));
                }
                if q.continues || q.open_end {
                    chain.push(quotes.len());
                }
                next_open = q.open_end;
                quotes.push(Quote {
                    text: para[q.start..q.end].to_string(),
                    speaker: q.speaker,
                    kind: q.kind,
                    cue: q.cue,
                    via: q.via,
                    paragraph: index + 1,
                    start,
                    end,
                });
            }
            if let Some(i) = found.intro {
                if let Some(sp) = &i.speaker {
                    last_speaker = Some((sp.clone(), i.via.clone()));
                }
                intro = Some(i);
            }
            // A quote over several paragraphs has one speaker: the first found.
            if !next_open && chain.len() > 1 {
                let known = chain.iter().find_map(|&i| quotes[i].speaker.clone().map(|s| (s, quotes[i].cue.clone(), quotes[i].via.clone())));
                if let Some((s, c, v)) = known {
                    for &i in &chain {
                        quotes[i].speaker = Some(s.clone());
                        quotes[i].cue = quotes[i].cue.take().or_else(|| c.clone());
                        quotes[i].via = quotes[i].via.take().or_else(|| v.clone());
                    }
                }
            }
            open_before = next_open;
    
        }
    }
    // Speakers named by a part of their name get the fullest form met anywhere.
    for q in &mut quotes {
        if let Some(full) = q.speaker.as_deref().and_then(|s| reg.full_name(s)) {
            q.speaker = Some(full.to_string());
        }
        if let Some(s) = &q.speaker {
            let last = s.split_whitespace().last().map(str::to_lowercase);
            if let Some(p) = reg.people.iter().find(|p| Some(&p.last) == last.as_ref() && p.full.len() > s.len() && p.full.ends_with(s.as_str())) {
                q.speaker = Some(p.full.clone());
            }
        }
    }
    // A pull quote repeats words quoted with their cue elsewhere in the
    // story: the copy without a cue goes.
    let key = |t: &str| t.trim_end_matches(|c: char| !c.is_alphanumeric()).to_string();
    let cued: Vec<String> = quotes.iter().filter(|q| q.cue.is_some()).map(|q| key(&q.text)).collect();
    quotes.retain(|q| q.cue.is_some() || q.kind != crate::QuoteKind::Direct || !cued.contains(&key(&q.text)));
    // A speaker's later words came through the outlet first named with them
    // ("X told Forbes: …" then "…," X added).
    let mut first_via: Vec<(String, String)> = Vec::new();
    for q in &mut quotes {
        let Some(s) = &q.speaker else { continue };
        match &q.via {
            Some(v) => {
                if !first_via.iter().any(|(sp, _)| sp == s) {
                    first_via.push((s.clone(), v.clone()));
                }
            }
            None => q.via = first_via.iter().find(|(sp, _)| sp == s).map(|(_, v)| v.clone()),
        }
    }
    article.quotes = quotes;
    article.sources_cited = sources;
    article.people = reg.people_named();
}

/// Where each block's text starts in `article.text`, in characters: found
/// in order, so that an article built by any input path maps back; `None`
/// for an empty block or one the text does not hold.
pub fn block_starts(article: &Article) -> Vec<Option<usize>> {
    let mut cursor_bytes = 0;
    let mut cursor_chars = 0;
    article
        .blocks
        .iter()
        .map(|block| {
            let owned;
            let text = match block {
                Block::Paragraph { text } | Block::Quote { text } => text.as_str(),
                _ => {
                    owned = block.plain_text();
                    owned.as_str()
                }
            };
            if text.trim().is_empty() {
                return None;
            }
            // Usually right after the blank line that ends the block before.
            let rest = &article.text[cursor_bytes..];
            let found_at = if rest.starts_with(text) {
                0
            } else if rest.starts_with("\n\n") && rest[2..].starts_with(text) {
                2
            } else {
                rest.find(text)?
            };
            let base_bytes = cursor_bytes + found_at;
            let base_chars = cursor_chars + article.text[cursor_bytes..base_bytes].chars().count();
            cursor_bytes = base_bytes + text.len();
            cursor_chars = base_chars + text.chars().count();
            Some(base_chars)
        })
        .collect()
}
