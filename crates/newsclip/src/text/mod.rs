//! The text input path: a crawler's plain-text export of a page (Common
//! Crawl WET, a scraper's dump: the page's visible text, one block a line,
//! story and furniture mixed in page order) read back into an [`Article`].
//!
//! [`sniff`] tells markup from text → [`layout`] reads the lines →
//! [`language`] names the language → [`classify`] gives each line a kind
//! and finds the story span → [`caption`], [`header`], [`dateline`] and
//! [`site`] read the article's parts → the body is the span's story lines,
//! or with them a listing's [`records`] when these outweigh the story;
//! [`page_type`] names the kind of page.
//! [`furniture`] learns a site's furniture across a batch, when asked.

pub mod caption;
pub mod classify;
pub mod dateline;
pub mod furniture;
pub mod header;
pub mod headline;
pub mod language;
pub mod layout;
pub mod lexicon;
pub mod page_type;
pub mod records;
pub mod sniff;
pub mod site;

use crate::article::{Article, Block};
use crate::metadata::Metadata;
use crate::options::Options;
use classify::Kind;
use rustc_hash::FxHashSet;
use lexicon::{is_bio_opening, is_comment_form_label, is_comment_section_label, is_comment_title_label, is_comments_label, AUTHOR_BOX_LABEL, CREDIT_LINE, LANGUAGES};
use lexicon::{is_legal_notice, label_text, FOOTER_LABEL, RELATED_LABEL, REVIEW_SECTION_LABEL, SHOP_TAIL_LABEL, STORY_END_LABEL};

/// Lines above the head searched for a dateline when there is none nearer.
const DATE_SEARCH_ABOVE_LINES: usize = 40;
/// Lines after the story searched for a closing credit line.
const CREDIT_SEARCH_LINES: usize = 4;
/// Most words of a closing credit line.
const MAX_CREDIT_LINE_WORDS: usize = 20;
/// Most words of a line inside the story read as a sub-heading.
const MAX_HEADING_WORDS: usize = 15;
/// Lines with this many words or more count towards the language.
const LANGUAGE_MIN_WORDS: usize = 6;

/// Words of story prose above a comment section's label for the label to
/// end the story (a "Comments" link by the byline is not one).
const MIN_PROSE_WORDS_ABOVE_COMMENTS: usize = 60;

/// Where the readers' comments begin: the first comment section or
/// comment form label ("Comments", "12 Responses", "Leave a reply", "3
/// thoughts on “Title”") with story prose above it, when the page prints one section label at most:
/// counts under each item of a listing or each answer of a thread label
/// no section.
pub fn comments_start(texts: &[&str], infos: &[classify::Info]) -> Option<usize> {
    let short = |j: &usize| infos[*j].words <= 6;
    if (0..texts.len()).filter(short).filter(|&j| is_comment_section_label(texts[j])).nth(1).is_some() {
        return None;
    }
    let label = (0..texts.len()).find(|&j| {
        short(&j) && (is_comment_section_label(texts[j]) || is_comment_form_label(texts[j]))
            || is_comment_title_label(texts[j])
    })?;
    let prose_words: usize = infos[..label].iter().filter(|i| i.kind == Kind::Prose).map(|i| i.words).sum();
    (prose_words >= MIN_PROSE_WORDS_ABOVE_COMMENTS).then_some(label)
}

/// Lines under an author box's label that the box holds: the author's
/// name, the bio, a link to their other pieces.
const AUTHOR_BOX_LINES: usize = 3;

/// Takes out of the body an author box under the story: its label ("About
/// the author") with story prose above it, and the lines under it up to
/// the bio, its first prose line, [`AUTHOR_BOX_LINES`] at most (the story
/// may go on under a box set in its midst). On wcxb-dev-text the lines
/// under such labels kept as story were furniture in 1,320 words, story
/// in 241.
fn drop_author_box(texts: &[&str], infos: &[classify::Info], in_body: &mut [bool]) {
    let mut prose_words = 0;
    for j in 0..texts.len() {
        if infos[j].kind == Kind::Prose {
            prose_words += infos[j].words;
        }
        if in_body[j] && infos[j].words <= 6 && prose_words >= MIN_PROSE_WORDS_ABOVE_COMMENTS && AUTHOR_BOX_LABEL.is_match(texts[j]) {
            let last = (j + AUTHOR_BOX_LINES).min(texts.len() - 1);
            let end = (j + 1..=last).find(|&k| infos[k].kind == Kind::Prose).unwrap_or(last) + 1;
            in_body[j..end].fill(false);
        }
    }
}

/// Most words of a label over links to other pieces.
const MAX_RELATED_LABEL_WORDS: usize = 6;

/// Ends the story at a label over links to the site's other pieces
/// ("Related articles", "You may also like", "Read next") or over a
/// shop's reviews and other products ("Customer reviews", "Recently
/// viewed"; not "Review", a roundup prints it under each item) with story
/// prose above it, [`MIN_PROSE_WORDS_ABOVE_COMMENTS`] words at least, and
/// no more under it than above: the teasers under such a label read as
/// prose. A box of links set in the story's first half leaves it whole.
/// On wcxb-dev-text the body's lines under such labels were furniture in
/// about 20,000 article words, story in 2,132.
///
/// So does a label of the story's closing furniture ("More from the
/// Gazette", "Share this article", "Written by", "Was this page
/// helpful?"): on wcxb-dev-text all 0.819 to 0.820 (10,946 words of
/// furniture and 207 of story under such labels left the body).
///
/// A link of the site's footer ("Privacy policy", "Terms of use",
/// "Careers") ends it too, with up to [`MAX_PROSE_UNDER_FOOTER_SHARE`]
/// times as much prose under it as above: the footer's blurbs and a
/// consent banner's paragraphs read as prose. On wcxb-dev-text all 0.814
/// to 0.819 (the body's lines under such labels were furniture in 40,214
/// words, story in 1,217; with the prose under at most that above, 0.818).
///
/// A shop's label that opens its reviews and nothing else ("Write a
/// review", "Top reviews", "Customer photos") ends it as a footer's link
/// does: the reviews read as prose and may outweigh the description. On
/// wcxb-dev-text all 0.820 to 0.821, product 0.570 to 0.579 (7,700 words
/// of reviews left the body, 3 of story).
fn end_at_related_label(keys: &[String], infos: &[classify::Info], in_body: &mut [bool]) {
    let prose = |j: usize| if in_body[j] && infos[j].kind == Kind::Prose { infos[j].words } else { 0 };
    let total: usize = (0..keys.len()).map(prose).sum();
    let mut above = 0;
    for j in 0..keys.len() {
        if above >= MIN_PROSE_WORDS_ABOVE_COMMENTS && infos[j].words <= MAX_RELATED_LABEL_WORDS {
            let under = total - above;
            let label = label_text(&keys[j]);
            if under <= above && (RELATED_LABEL.is_match(label) || SHOP_TAIL_LABEL.is_match(label) || STORY_END_LABEL.is_match(label))
                || under <= MAX_PROSE_UNDER_FOOTER_SHARE * above
                    && (infos[j].words <= MAX_FOOTER_LABEL_WORDS && FOOTER_LABEL.is_match(label) || REVIEW_SECTION_LABEL.is_match(label))
            {
                in_body[j..].fill(false);
                return;
            }
        }
        above += prose(j);
    }
}

/// Most words of a footer's link ([`lexicon::FOOTER_LABEL`]).
const MAX_FOOTER_LABEL_WORDS: usize = 4;
/// Most prose under a footer's link, as a multiple of the story prose
/// above it, for the link to end the story (a page that opens with its
/// footer has the story under it).
const MAX_PROSE_UNDER_FOOTER_SHARE: usize = 2;

/// Last blocks of the body searched for an author's bio.
const BIO_SEARCH_BLOCKS: usize = 3;
/// Fewest blocks above a closing bio: a profile page opens with its bio.
const MIN_BLOCKS_ABOVE_BIO: usize = 3;

/// Takes an author's bio that closes the story without a label, and what
/// follows it, out of the body: a paragraph among the last
/// [`BIO_SEARCH_BLOCKS`] that opens with a person's name and "is a…"
/// ("Dana Reyes is a reporter who covers…"). On wcxb-dev-text such
/// paragraphs at the story's end were furniture in 2,534 article words,
/// story in 323; the blocks under them furniture in 584, story in 146.
fn drop_closing_bio(blocks: &mut Vec<(usize, Block)>, infos: &[classify::Info], in_body: &mut [bool], story_words: &mut usize) {
    let from = blocks.len().saturating_sub(BIO_SEARCH_BLOCKS).max(MIN_BLOCKS_ABOVE_BIO);
    let Some(cut) = (from..blocks.len()).find(|&b| matches!(&blocks[b].1, Block::Paragraph { text } if is_bio_opening(text))) else {
        return;
    };
    for (j, _) in blocks.drain(cut..) {
        in_body[j] = false;
        *story_words -= infos[j].words;
    }
}

/// Least confidence of the page-type model for a shop's page (a product,
/// a collection, a listing) to shape the body: on wcxb-dev-text, with
/// [`drop_legal_notices`], 0.5 kept the gain of no gate (product 0.579 to
/// 0.605), 0.7 lost most of it (0.580); a page mistyped below it keeps
/// the body of any page.
const MIN_SHOP_TYPE_CONFIDENCE: f64 = 0.5;

/// The kind of shop's page the dump is, when the page-type model says
/// so with [`MIN_SHOP_TYPE_CONFIDENCE`] at least.
fn shop_kind(kind: Option<&str>, confidence: Option<f64>) -> Option<&str> {
    kind.filter(|k| matches!(*k, "product" | "collection" | "listing") && confidence.is_some_and(|c| c >= MIN_SHOP_TYPE_CONFIDENCE))
}

/// Takes a site's legal small print out of a shop page's body: the prose
/// lines of its privacy policy, cookie table or copyright
/// ([`is_legal_notice`]), which on a shop's page can be the densest prose
/// of all. On wcxb-dev-text such lines in the body of pages typed a shop's
/// were furniture in 6,700 words, story in 29; product 0.579 to 0.605.
fn drop_legal_notices(blocks: &mut Vec<(usize, Block)>, keys: &[String], infos: &[classify::Info], in_body: &mut [bool], story_words: &mut usize) {
    blocks.retain(|(j, _)| {
        let legal = infos[*j].kind == Kind::Prose && is_legal_notice(&keys[*j]);
        if legal {
            in_body[*j] = false;
            *story_words -= infos[*j].words;
        }
        !legal
    });
}

/// How many times the story's words a listing's records must weigh to
/// join the body of a page typed a product: a product's page prints
/// strips of other products under its own. On wcxb-dev-text product
/// 0.579 to 0.585 at 2 and at any multiple above (1 for other pages).
const PRODUCT_RECORDS_OVER_STORY: usize = 2;

/// Marks that documentation sites print after a heading as its permalink
/// ("Advanced usage¶"). They stay on the line while it is classified (the
/// heading's copy in a table of contents has none, so the two are not one
/// repeated line) and are dropped from the text.
const PERMALINK_MARKS: [char; 2] = ['¶', '§'];

/// A heading without its permalink mark.
fn without_permalink(line: &str) -> &str {
    line.trim_end_matches(PERMALINK_MARKS).trim_end()
}

/// The lines of a listing's `records` spans not `taken` yet, each a
/// paragraph with its line number: every line of an item but calls to
/// action and appeals ("Add to cart").
fn record_blocks(records: &[(usize, usize)], infos: &[classify::Info], texts: &[&str], taken: &[bool]) -> Vec<(usize, Block)> {
    let mut in_records = vec![false; texts.len()];
    for &(s, e) in records {
        in_records[s..e].fill(true);
    }
    (0..texts.len())
        .filter(|&j| in_records[j] && !taken[j] && !matches!(infos[j].kind, Kind::Prompt | Kind::Appeal))
        .map(|j| (j, Block::Paragraph { text: texts[j].to_string() }))
        .collect()
}

/// A headline without the "Re: " a forum prints before each reply's copy
/// of the thread's title.
fn without_reply_mark(line: &str) -> &str {
    match line.get(..4) {
        Some(mark) if mark.eq_ignore_ascii_case("re: ") && line.len() > 4 => line[4..].trim_start(),
        _ => line,
    }
}

/// The headline a line holds: without a heading's permalink mark, a
/// reply's "Re: ", or a tagline or site name after a `" | "` (the cut of
/// the HTML path's titles; on wcxb-dev-text it turns 9 wrong headlines
/// right and 2 right ones wrong); then without the site's name after a
/// dash ([`without_site_tail`]) or a link aggregator's source and count
/// ([`without_source_tail`]); and of a breadcrumb trail, its last item
/// ([`crumb_tail`]). `site` is the distinctive part of the page's host.
fn headline_text<'a>(line: &'a str, site: Option<&str>) -> &'a str {
    let line = crate::metadata::cut_tagline(without_reply_mark(without_permalink(line)));
    crumb_tail(without_source_tail(without_site_tail(line, site)))
}

/// The title line `t`, the headline, gives on the page at `url`: cut out of
/// the furniture glued to it ([`layout::unglued_headline`]; a word is a
/// brand, not glue, when another line prints it, and a piece another line
/// prints whole is a menu item glued on), then [`headline_text`].
fn title_from(texts: &[&str], t: usize, url: Option<&str>) -> String {
    let line = layout::unglued_headline(
        texts[t],
        |word| texts.iter().enumerate().any(|(j, l)| j != t && l.contains(word)),
        |piece| texts.iter().enumerate().any(|(j, l)| j != t && l.eq_ignore_ascii_case(piece)),
    );
    headline_text(line, crate::metadata::main_host(url).as_deref()).to_string()
}

/// The title a headline line gives on the page at `url` ([`headline_text`]
/// with the site's name read from the address): for the development examples.
pub fn title_of<'a>(line: &'a str, url: Option<&str>) -> &'a str {
    headline_text(line, crate::metadata::main_host(url).as_deref())
}

/// What separates a page's title from its site's name after it.
const SITE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " · ", " • "];

/// Letters and digits of a text, lower-cased.
fn squashed(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// A title without the site's name printed after its last separator
/// ("Ten Walks for Autumn – Northfield Gazette" on northfieldgazette.example): the
/// tail's letters are the host's, or hold them, or are held in them.
fn without_site_tail<'a>(line: &'a str, site: Option<&str>) -> &'a str {
    let Some(site) = site.map(squashed).filter(|s| s.len() > 2) else { return line };
    for sep in SITE_SEPARATORS {
        if let Some((head, tail)) = line.rsplit_once(sep) {
            let tail = squashed(tail);
            if tail.len() > 2 && (tail.contains(&site) || site.contains(&tail)) && head.split_whitespace().nth(1).is_some() {
                return head.trim_end();
            }
        }
    }
    line
}

/// A link aggregator's item title without the source's host and the count
/// after it: "Ferry fares rise again (northfieldgazette.example) 87" →
/// "Ferry fares rise again".
fn without_source_tail(line: &str) -> &str {
    let rest = line.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end();
    let Some(inner) = rest.strip_suffix(')') else { return line };
    let Some(open) = inner.rfind('(') else { return line };
    let host = &inner[open + 1..];
    let is_host = host.contains('.')
        && !host.contains(char::is_whitespace)
        && host.rsplit('.').next().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
        && host.split('.').all(|label| !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-'));
    let head = inner[..open].trim_end();
    if is_host && head.split_whitespace().nth(1).is_some() {
        head
    } else {
        line
    }
}

/// Separators of a breadcrumb trail's items, spaced.
const CRUMB_SEPARATORS: [&str; 4] = [" / ", " » ", " › ", " > "];

/// The first item of a two-item trail ("Home / Coffee"): a site's home.
const HOME_CRUMBS: [&str; 6] = ["home", "startseite", "accueil", "inicio", "início", "homepage"];

/// Separators of a trail printed with no spaces ("Home>Blog>Tea"), where
/// the blocks of a glued export run together.
const TIGHT_CRUMB_SEPARATORS: [&str; 4] = [">", "›", "»", "/"];

/// The page a breadcrumb trail leads to, its last item: a line of three
/// items or more, or of two from the site's home ("Home / Get started /
/// Introduction" → "Introduction"), or of two parted by `›` or `»`, which
/// titles do not hold ("Shop › Blue Mug"). Printed with no spaces, a trail
/// needs three items ("Home>Blog>Ten Teas"), or two from the home
/// ("Home/All Mugs"): "AC/DC" and "and/or" are no trails. Other lines are
/// returned whole.
fn crumb_tail(line: &str) -> &str {
    for sep in CRUMB_SEPARATORS.iter().chain(&TIGHT_CRUMB_SEPARATORS) {
        let tight = sep.len() == sep.trim().len();
        if tight && !line.contains(sep) {
            continue;
        }
        let mut items = line.split(sep);
        let first = items.next().unwrap_or("");
        let count = 1 + items.clone().count();
        let from_home = HOME_CRUMBS.iter().any(|h| first.trim().eq_ignore_ascii_case(h));
        let marked = !tight && (sep.contains('›') || sep.contains('»'));
        let slash = sep.trim() == "/";
        if (count >= 3 && !(tight && slash)) || count == 2 && (from_home || marked) {
            let last = items.last().unwrap_or("").trim();
            if !last.is_empty() && (!tight || last.split(' ').nth(1).is_some()) {
                return last;
            }
        }
    }
    line
}

/// Fewest words of a line printed again on the page that stays in the
/// body between any neighbours: two sub-headings in a row that the table
/// of contents also lists, a thread's title quoted in its posts. Menu
/// items have fewer. With the shop labels of [`end_at_related_label`],
/// on wcxb-dev-text all 0.811 to 0.814 (offline, this rule alone +0.002).
const MIN_REPEATED_STORY_WORDS: usize = 3;

/// Fewest words of the headline of a page with no story (a shop's
/// category, a listing): one word alone is most often a menu item.
const MIN_STORYLESS_HEADLINE_WORDS: usize = 2;

/// Where the text path says its fields came from.
const SOURCE: &str = "text";

/// A dump read into lines and each line classified: the first steps of
/// [`extract`], shared with the development examples.
#[derive(Debug)]
pub struct Reading {
    /// The layout's lines.
    pub lines: Vec<layout::Line>,
    /// Each line lower-cased, for counting and comparing.
    pub keys: Vec<String>,
    /// The language named by the lines' function words.
    pub detected: Option<language::Detected>,
    /// Date hints: that language, and the latest date allowed.
    pub hints: crate::dates::Hints<'static>,
    /// Each line's kind and evidence.
    pub infos: Vec<classify::Info>,
}

/// Read a dump's lines, name its language and classify every line.
/// `not_after` is the crawl time (dates after it are rejected).
pub fn read(text: &str, not_after: Option<i64>) -> Reading {
    let lines = layout::read_lines(text);
    // Words are counted once, for the language and for each line's kind.
    let keys = classify::keys(&lines);
    let counted = classify::count_words(&keys);
    let detected = language::detect_counted(counted.iter().filter(|c| c.words >= LANGUAGE_MIN_WORDS));
    let lang = detected.map(|d| d.index);
    let hints = crate::dates::Hints { language: lang.map(|l| LANGUAGES[l]), not_after };
    let infos = classify::classify_counted(&lines, &keys, &counted, lang, &hints);
    Reading { lines, keys, detected, hints, infos }
}

/// Extract the article from a plain-text export. A dump with no story
/// gives an empty body (the caller adds the warning).
pub fn extract(text: &str, opts: &Options) -> Article {
    extract_typed(text, opts, None)
}

/// The page-type model's features for a plain-text export, by name, in
/// the order of its weights (see [`page_type`]).
pub fn page_type_features(text: &str, opts: &Options) -> Vec<(&'static str, f64)> {
    let mut features = Vec::new();
    extract_typed(text, opts, Some(&mut features));
    features
}

/// The kind of page the lines say (`story`, the story span, when there
/// is one; `comments`, whether a comment section's label ends it), with
/// what `meta` holds so far and the model's confidence; the model's
/// features go to `features` when asked.
#[allow(clippy::too_many_arguments)]
fn type_page(
    texts: &[&str],
    keys: &[String],
    infos: &[classify::Info],
    story: Option<(usize, usize)>,
    records: &records::Records,
    comments: bool,
    meta: &Metadata,
    features: Option<&mut Vec<(&'static str, f64)>>,
) -> (Option<String>, Option<f64>) {
    let mut cues = page_type::Cues::count(texts, keys, infos, story);
    cues.anchors = records.anchors;
    cues.comments = comments;
    cues.dated = meta.published.is_some();
    cues.authored = !meta.authors.is_empty();
    cues.title = meta.title.as_deref();
    cues.url = meta.url.as_deref();
    if let Some(out) = features {
        *out = page_type::named_features(&cues);
    }
    let (kind, confidence) = page_type::classify(&cues);
    (Some(kind.to_string()), Some(confidence))
}

/// [`extract`], giving the page-type model's features to `features` when asked.
fn extract_typed(text: &str, opts: &Options, features: Option<&mut Vec<(&'static str, f64)>>) -> Article {
    let Reading { lines, keys, detected, hints, mut infos } = read(text, opts.crawl_time);
    let lang = detected.map(|d| d.index);
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    if let Some(table) = &opts.furniture {
        // Lines the site prints on several of its pages are its furniture.
        let site = furniture::site_key(opts.url.as_deref());
        for (info, line) in infos.iter_mut().zip(&lines) {
            if table.is_furniture(site, &line.text) {
                info.kind = Kind::Repeated;
            }
        }
    }
    let mut meta = Metadata { url: opts.url.clone(), ..Metadata::default() };
    if let Some(l) = lang {
        meta.language = Some(LANGUAGES[l].to_string());
        meta.language_source = Some(SOURCE.to_string());
        meta.language_settled = detected.is_some_and(|d| d.strong);
    }
    let mut used = vec![false; lines.len()];
    // Readers' comments are not the story: with a comment section's label
    // under story prose, the story is looked for above it.
    let limit = if opts.include_comments { lines.len() } else { comments_start(&texts, &infos).unwrap_or(lines.len()) };
    let records = records::record_spans(&texts, &keys, &infos, limit);
    let address = headline::Address::new(opts.url.as_deref());
    let Some((start, end)) = classify::story_span(&infos, limit) else {
        meta.site_name = site::site_name(texts.iter().copied());
        // A shop's or a listing's page has no story, but has a heading:
        // the headline is looked for above the comments, all of the page
        // read as above a story starting there. A single word is a menu
        // item ("Home") on a page of furniture. On wcxb-dev-text 4 of the
        // 18 pages with text and no story get their title, none of the
        // others had one.
        let headline = headline::pick(&texts, &keys, &infos, (limit, limit), &vec![false; lines.len()], &address);
        if let Some(t) = headline.filter(|&t| infos[t].words >= MIN_STORYLESS_HEADLINE_WORDS) {
            meta.title = Some(title_from(&texts, t, opts.url.as_deref()));
            meta.title_source = Some(SOURCE.to_string());
        }
        let blocks = record_blocks(&records.spans, &infos, &texts, &vec![false; lines.len()]);
        (meta.page_type, meta.page_type_confidence) = type_page(&texts, &keys, &infos, None, &records, limit < lines.len(), &meta, features);
        return Article::new(meta, blocks.into_iter().map(|(_, b)| b).collect());
    };

    let head_from = start.saturating_sub(header::HEAD_LINES);
    let mut images = if opts.include_images {
        caption::find_images(
            &texts[head_from..end],
            |i| i + head_from < start || infos[i + head_from].kind == Kind::Short,
            &mut used[head_from..end],
        )
    } else {
        Vec::new()
    };
    // A single credited caption line may be the headline: the head is
    // read with those lines free, and the one it takes is no image.
    let mut free_for_title = vec![false; lines.len()];
    for (_, line) in &images {
        if let Some(i) = line {
            free_for_title[i + head_from] = true;
        }
    }
    let head = header::read_head(&texts, &keys, &infos, (head_from, start, end), &used, &free_for_title, &address, &hints);
    if let Some(t) = head.title {
        images.retain(|(_, line)| line.is_none_or(|i| i + head_from != t));
    }
    for j in head.title.iter().chain(head.standfirst.iter()).chain(head.dateline.iter()).chain(head.meta_lines.iter()) {
        used[*j] = true;
    }
    if let Some(t) = head.title {
        meta.title = Some(title_from(&texts, t, opts.url.as_deref()));
        meta.title_source = Some(SOURCE.to_string());
    }
    meta.standfirst = head.standfirst.map(|s| texts[s].to_string());
    for (j, names) in &head.bylines {
        used[*j] = true;
        for n in names {
            if !meta.authors.contains(n) {
                meta.authors.push(n.clone());
            }
        }
    }
    if !meta.authors.is_empty() {
        meta.authors_source = Some(SOURCE.to_string());
    }
    // The dateline above the story; else a date in a byline ("Posted by …
    // on Tuesday, August 29, 2023"); else the first in the story; else the
    // nearest further above it.
    let is_date = |j: &usize| infos[*j].kind == Kind::Date;
    let published = head
        .dateline
        .and_then(|j| infos[j].date.clone())
        .or_else(|| head.meta_lines.iter().find_map(|j| crate::dates::find(texts[*j], &hints).map(|(d, _)| d.render())))
        .or_else(|| (start..end).find(is_date).and_then(|j| infos[j].date.clone()))
        .or_else(|| (head_from.saturating_sub(DATE_SEARCH_ABOVE_LINES)..head_from).rev().find(is_date).and_then(|j| infos[j].date.clone()));
    if let Some(d) = published {
        meta.published = Some(d);
        meta.published_source = Some(SOURCE.to_string());
    }
    let credit_end = (end + CREDIT_SEARCH_LINES).min(lines.len());
    if let Some(j) = (start..credit_end).rev().find(|&j| {
        !used[j] && infos[j].words <= MAX_CREDIT_LINE_WORDS && CREDIT_LINE.is_match(texts[j])
    }) {
        used[j] = true;
        meta.credit_line = Some(texts[j].to_string());
    }
    meta.images = images.into_iter().map(|(image, _)| image).collect();

    let mut spans = classify::story_spans(&infos, limit);
    if !opts.include_comments {
        // Prose after a comment section's label is readers', not the story's.
        if let Some(cut) = (end..limit)
            .find(|&j| infos[j].words <= 6 && is_comments_label(texts[j]) || is_comment_title_label(texts[j]))
        {
            spans.retain(|&(s, _)| s < cut);
        }
    }
    // The body runs from the first story span to the last: the lines
    // between two spans (a list of ingredients or of options, a thread's
    // names and dates, a listing's items) weigh as furniture but sit in
    // the story. On wcxb-dev-text all 0.803 to 0.811, article 0.922 to
    // 0.925, listing 0.634 to 0.667, documentation 0.842 to 0.875.
    let mut in_body = vec![false; lines.len()];
    if let (Some(&(s, _)), Some(&(_, e))) = (spans.first(), spans.last()) {
        in_body[s..e].fill(true);
    }
    end_at_related_label(&keys, &infos, &mut in_body);
    drop_author_box(&texts, &infos, &mut in_body);
    let mut blocks: Vec<(usize, Block)> = Vec::new();
    let mut story_words = 0;
    let kept = |j: usize| j < lines.len() && in_body[j] && !used[j] && !matches!(infos[j].kind, Kind::Prompt | Kind::Appeal | Kind::Repeated | Kind::Date);
    for j in (0..lines.len()).filter(|&j| in_body[j]) {
        if used[j] {
            continue;
        }
        let text = texts[j].to_string();
        let heading = !infos[j].ends_sentence && infos[j].words <= MAX_HEADING_WORDS;
        match infos[j].kind {
            // A line the page prints again (a heading also in the table of
            // contents, a "Pros:" label under each product) is the story's
            // when story lines stand on both sides of it, or when it has
            // the words of a heading or a name, not of a menu item.
            Kind::Repeated if infos[j].words >= MIN_REPEATED_STORY_WORDS || j > 0 && kept(j - 1) && kept(j + 1) => {
                if heading {
                    blocks.push((j, Block::Heading { level: 2, text: without_permalink(&text).to_string() }))
                } else {
                    blocks.push((j, Block::Paragraph { text }))
                }
            }
            Kind::Prompt | Kind::Appeal | Kind::Repeated | Kind::Date => continue,
            Kind::Short if heading => blocks.push((j, Block::Heading { level: 2, text: without_permalink(&text).to_string() })),
            Kind::Prose | Kind::Short | Kind::Run => blocks.push((j, Block::Paragraph { text })),
        }
        story_words += infos[j].words;
    }
    drop_closing_bio(&mut blocks, &infos, &mut in_body, &mut story_words);
    (meta.page_type, meta.page_type_confidence) = type_page(&texts, &keys, &infos, Some((start, end)), &records, limit < lines.len(), &meta, features);
    let shop = shop_kind(meta.page_type.as_deref(), meta.page_type_confidence);
    if shop.is_some() {
        drop_legal_notices(&mut blocks, &keys, &infos, &mut in_body, &mut story_words);
    }
    // A listing's records outweighing the story are the page's content.
    let taken: Vec<bool> = in_body.iter().zip(&used).map(|(b, u)| *b || *u).collect();
    let extra = record_blocks(&records.spans, &infos, &texts, &taken);
    let records_over = if shop == Some("product") { PRODUCT_RECORDS_OVER_STORY } else { 1 };
    if extra.iter().map(|(j, _)| infos[*j].words).sum::<usize>() > records_over * story_words {
        for (j, _) in &extra {
            in_body[*j] = true;
        }
        blocks.extend(extra);
        blocks.sort_by_key(|(j, _)| *j);
    }
    // A block the page gives again word for word in the body (a note
    // under each section, a label under each item) keeps its first copy:
    // wcxb-dev-text all 0.793 to 0.798, article 0.913 to 0.915.
    let mut given: FxHashSet<&str> = FxHashSet::default();
    blocks.retain(|(j, _)| given.insert(keys[*j].as_str()));
    let blocks: Vec<Block> = blocks.into_iter().map(|(_, b)| b).collect();
    let in_story = |j: usize| in_body[j];
    let furniture = texts
        .iter()
        .enumerate()
        .filter(|(j, _)| (!in_story(*j) || matches!(infos[*j].kind, Kind::Prompt | Kind::Appeal)) && !used[*j])
        .map(|(_, t)| *t);
    meta.site_name = site::site_name(furniture);
    if meta.page_type.as_deref().is_some_and(crate::metadata::page_type::unsigned) {
        meta.authors.clear();
        meta.authors_source = None;
        meta.published = None;
        meta.published_source = None;
    }
    Article::new(meta, blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_author_box_under_the_story_leaves_the_body() {
        let story = "The council voted on Tuesday to close the old bridge to traffic, after engineers said it was no longer safe to cross.\n\n\
            Drivers will be sent on a detour of about four miles while the work is done, the council said in a statement on its website.\n\n\
            The bridge, which opened in 1931, carries about nine thousand cars a day across the river between the two halves of the town.\n\n\
            Repairs are expected to take at least a year, and the council has asked the state to pay for most of the cost of the work.\n\n";
        let more = "The state's transport office said on Wednesday that it would look at the request before the end of the month.\n\n";
        let text = format!("{story}About the Author\n\nMaria Lund\n\nMaria Lund is a reporter who has covered the town hall and its budget for the paper since 2015, and lives by the river.\n\n{more}");
        let article = extract(&text, &Options::default());
        let body: Vec<&str> = article.blocks.iter().filter_map(|b| match b {
            Block::Paragraph { text } | Block::Heading { text, .. } => Some(text.as_str()),
            _ => None,
        }).collect();
        assert!(body.iter().any(|t| t.starts_with("Repairs are expected")), "{body:?}");
        // The box ends with the bio: the story going on under it stays.
        assert!(body.iter().any(|t| t.starts_with("The state's transport office")), "{body:?}");
        assert!(body.iter().all(|t| !t.contains("Maria Lund")), "{body:?}");
    }

    #[test]
    fn a_replys_mark_leaves_the_headline() {
        assert_eq!(without_reply_mark("Re: Turning off the porch light"), "Turning off the porch light");
        assert_eq!(without_reply_mark("RE: budget"), "budget");
        for whole in ["Real estate prices rise", "Re:", "Rebuilding the bridge"] {
            assert_eq!(without_reply_mark(whole), whole);
        }
    }

    #[test]
    fn a_headline_leaves_its_tagline_and_marks() {
        assert_eq!(headline_text("Re: Rain gauges compared | Weather Forum", None), "Rain gauges compared");
        assert_eq!(headline_text("Installing the gauge¶", None), "Installing the gauge");
        assert_eq!(headline_text("Home | The Daily", None), "Home | The Daily");
    }

    #[test]
    fn a_headline_leaves_the_sites_name_after_a_dash() {
        let site = Some("rain-gauges");
        assert_eq!(headline_text("Which gauge to buy in 2026 – Rain Gauges", site), "Which gauge to buy in 2026");
        assert_eq!(headline_text("Which gauge to buy - RainGauges.com", site), "Which gauge to buy");
        // Another tail, or no address, stays.
        assert_eq!(headline_text("Which gauge to buy – a buyer's guide", site), "Which gauge to buy – a buyer's guide");
        assert_eq!(headline_text("Which gauge to buy – Rain Gauges", None), "Which gauge to buy – Rain Gauges");
        assert_eq!(headline_text("Gauges – Rain Gauges", site), "Gauges – Rain Gauges");
    }

    #[test]
    fn an_aggregated_headline_leaves_its_source_and_count() {
        assert_eq!(headline_text("Rain gauges compared across ten towns (weather.example.org) 87", None), "Rain gauges compared across ten towns");
        assert_eq!(headline_text("Rain gauges compared (weather.co.uk)", None), "Rain gauges compared");
        for whole in ["Rain gauges (and why they fail) 2", "Rain gauges compared (part 2)", "Gauges (weather.org) 3"] {
            assert_eq!(headline_text(whole, None), whole);
        }
    }

    #[test]
    fn a_breadcrumb_trail_gives_its_last_item() {
        assert_eq!(headline_text("Home / Get started / Installing the gauge", None), "Installing the gauge");
        assert_eq!(headline_text("Home » Installing the gauge", None), "Installing the gauge");
        assert_eq!(headline_text("Docs › Gauges › Calibration", None), "Calibration");
        // Printed with no spaces, as glued exports print trails.
        assert_eq!(headline_text("AboutHome>Guides>Installing the gauge", None), "Installing the gauge");
        assert_eq!(headline_text("Home/All Gauges", None), "All Gauges");
        assert_eq!(headline_text("Shop › Brass Gauge", None), "Brass Gauge");
        for whole in ["Rain and hail / a season in numbers", "Conferences in 2026 / 2027", "AC/DC live in Sydney", "Input/Output/Error Codes Explained", "Home/Away"] {
            assert_eq!(headline_text(whole, None), whole);
        }
    }
}
