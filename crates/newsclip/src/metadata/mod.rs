//! Page metadata: title, description, authors, publication date, site name,
//! language, canonical URL and lead image, from `<head>` meta tags, JSON-LD
//! and the visible headline.
//!
//! Sources, strongest first: JSON-LD, OpenGraph / `article:*` / Twitter /
//! Dublin Core meta, `<time>` and `rel=author`, then `<title>` and `<h1>`.

mod authors;
mod credits;

pub use credits::split_credit;
mod dated;
mod marks;
pub mod language;
pub mod page_type;

use html5ever::local_name;

use crate::content::Main;
use crate::dom::{Document, NodeId};
use crate::options::Options;
use crate::textutil::fold;

/// What the page says about itself.
#[derive(Debug, Clone, Default)]
pub struct Metadata {
    /// The headline, site name removed.
    pub title: Option<String>,
    /// The `<h1>` (or other heading) node that holds the headline, if found,
    /// so that the body does not repeat it.
    pub title_node: Option<NodeId>,
    /// Summary / standfirst.
    pub description: Option<String>,
    /// Author names.
    pub authors: Vec<String>,
    /// Publication date as given (RFC 3339 or date).
    pub published: Option<String>,
    /// Page address.
    pub url: Option<String>,
    /// Site name.
    pub site_name: Option<String>,
    /// BCP 47 language tag.
    pub language: Option<String>,
    /// Lead image.
    pub image: Option<String>,
    /// Where the title came from.
    pub title_source: Option<String>,
    /// The dek under the headline.
    pub standfirst: Option<String>,
    /// Where the authors came from.
    pub authors_source: Option<String>,
    /// News agencies that sign the story.
    pub agencies: Vec<String>,
    /// A closing credit line ("Additional reporting by …").
    pub credit_line: Option<String>,
    /// Where the publication date came from.
    pub published_source: Option<String>,
    /// Last modification date.
    pub modified: Option<String>,
    /// Where the modification date came from.
    pub modified_source: Option<String>,
    /// The canonical link.
    pub canonical_url: Option<String>,
    /// The publishing organisation.
    pub publisher: Option<String>,
    /// Where the language came from.
    pub language_source: Option<String>,
    /// The language was read from the body's own words with strong
    /// evidence (the text path's function-word count), so the trigram
    /// check of [`language::settle`] is not run again.
    pub language_settled: bool,
    /// Site section.
    pub section: Option<String>,
    /// Tags and keywords.
    pub tags: Vec<String>,
    /// Kind of page.
    pub page_type: Option<String>,
    /// Confidence in `page_type`.
    pub page_type_confidence: Option<f64>,
    /// Images known from metadata (the lead image).
    pub images: Vec<crate::article::Image>,
    /// The description of a schema.org `Product` in JSON-LD: product pages
    /// often render theirs with scripts, so the body may lack it.
    pub product_description: Option<String>,
    /// The `articleBody` of a JSON-LD article: the text of pages whose
    /// body is rendered by scripts.
    pub article_body: Option<String>,
    /// What the page-type model was given, for refitting it
    /// ([`crate::page_type_features`]).
    pub page_type_cues: page_type::Cues,
}

/// Fields read from `<head>` and JSON-LD, before the title is settled.
#[derive(Default)]
struct Raw {
    title_tag: Option<String>,
    og_title: Option<String>,
    ld_headline: Option<String>,
    meta_title: Option<String>,
    /// Dublin Core title: a page states it on purpose, as the title of the work.
    dc_title: Option<String>,
    description: Option<String>,
    og_description: Option<String>,
    authors: Vec<String>,
    authors_source: Option<&'static str>,
    /// The meta key (and whether by `property=`) the meta authors came
    /// from: the same key again names a further author.
    author_meta_key: Option<(String, bool)>,
    ld_org_authors: Vec<String>,
    published: Option<String>,
    published_source: Option<&'static str>,
    /// `published` came from a bare `<meta name="date">`, which dates
    /// anything (a revision, a template, "01/07/16"): a meta element that
    /// names the publication replaces it.
    published_bare: bool,
    modified: Option<String>,
    modified_source: Option<&'static str>,
    publisher: Option<String>,
    section: Option<String>,
    tags: Vec<String>,
    ld_types: Vec<String>,
    og_type: Option<String>,
    site_name: Option<String>,
    language: Option<String>,
    language_source: Option<&'static str>,
    image: Option<String>,
    image_width: Option<u32>,
    image_height: Option<u32>,
    canonical: Option<String>,
    product_description: Option<String>,
    article_body: Option<String>,
    /// `NAMED_*` bits: slots filled from `name=` meta tags.
    named: u8,
    /// Bit `n` set: `twitter:label<n>` says "Written by" (as WordPress SEO
    /// plugins write it), so `twitter:data<n>` names the author.
    twitter_author_labels: u8,
    /// `twitter:data1` to `twitter:data7`.
    twitter_data: [Option<String>; 8],
}

/// Most byline and date elements looked at on one page.
const MAX_CANDIDATES: usize = 64;

/// Collect the page's metadata.
pub fn collect(doc: &Document, main: &Main, opts: &Options) -> Metadata {
    let mut raw = Raw::default();
    let mut h1s: Vec<NodeId> = Vec::new();
    let mut all_h1s: Vec<NodeId> = Vec::new();
    let mut bylines: Vec<NodeId> = Vec::new();
    let mut dated: Vec<NodeId> = Vec::new();
    // Elements that show the day of the visit ("todays-date").
    let mut clocks: Vec<NodeId> = Vec::new();
    let mut rel_author: Vec<NodeId> = Vec::new();
    let mut cues = page_type::Cues::default();
    let mut deks: Vec<NodeId> = Vec::new();
    let mut data_authors: Vec<NodeId> = Vec::new();
    for id in doc.descendants(NodeId::DOCUMENT) {
        let Some(tag) = doc.tag(id) else {
            if let Some(t) = doc.text(id) {
                if !main.dropped.get(id.index()).copied().unwrap_or(false) {
                    page_type::count_address(t, &mut cues);
                }
            }
            continue;
        };
        let m = [local_name!("class"), local_name!("id"), local_name!("itemprop"), local_name!("rel")].iter().filter_map(|n| doc.attr(id, n)).fold(0, |m, v| m | marks::mask(v));
        count_cues(doc, id, tag, m, &mut cues);
        match *tag {
            local_name!("html") => {
                if let Some(l) = doc.attr(id, local_name!("lang")).or_else(|| doc.attr(id, "xml:lang")) {
                    let l = l.trim();
                    if !l.is_empty() {
                        raw.language = Some(l.replace('_', "-"));
                        raw.language_source = Some("html-lang");
                    }
                }
            }
            local_name!("title") => {
                if raw.title_tag.is_none() && !doc.ancestors(id).any(|a| doc.is(a, &local_name!("svg"))) {
                    raw.title_tag = non_empty(fold(&crate::textutil::decode_entities(&doc.raw_text(id))));
                }
            }
            local_name!("meta") => read_meta(doc, id, &mut raw),
            local_name!("link") => {
                let rel = doc.attr(id, local_name!("rel")).unwrap_or("");
                if rel.eq_ignore_ascii_case("canonical") && raw.canonical.is_none() {
                    raw.canonical = doc.attr(id, local_name!("href")).map(str::to_string);
                }
            }
            local_name!("script") => {
                if doc
                    .attr(id, local_name!("type"))
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                {
                    read_json_ld(&doc.raw_text(id), &mut raw);
                }
            }
            local_name!("h1") => {
                if all_h1s.len() < MAX_CANDIDATES {
                    all_h1s.push(id);
                }
                if !main.dropped[id.index()] && !doc.ancestors(id).any(|a| main.dropped[a.index()]) {
                    h1s.push(id);
                }
            }
            local_name!("time") => {
                if dated.len() < MAX_CANDIDATES {
                    dated.push(id);
                }
            }
            _ => {
                if matches!(*tag, local_name!("a")) && doc.attr(id, local_name!("rel")).is_some_and(|r| r.eq_ignore_ascii_case("author")) {
                    if rel_author.len() < MAX_CANDIDATES {
                        rel_author.push(id);
                    }
                    continue;
                }
                // Forum engines mark each post with its writer: `data-author="…"`.
                if data_authors.len() < 4 && doc.attr(id, "data-author").is_some_and(|v| !v.trim().is_empty()) {
                    data_authors.push(id);
                }
                if deks.len() < MAX_CANDIDATES && marks::dek_hint(m) && (doc.attr(id, local_name!("class")).is_some_and(dek_attr) || doc.attr(id, local_name!("id")).is_some_and(dek_attr)) {
                    deks.push(id);
                }
                if m == 0 {
                    continue;
                }
                if bylines.len() < MAX_CANDIDATES && marks::byline(m) {
                    bylines.push(id);
                }
                if dated.len() < MAX_CANDIDATES && marks::date(m) {
                    dated.push(id);
                }
                if clocks.len() < MAX_CANDIDATES && marks::clock(m) {
                    clocks.push(id);
                }
            }
        }
    }
    // A date element that holds a clock of the visit, or sits in one
    // ("<div class=block-date><p id=todays-date>"), shows that clock.
    if !clocks.is_empty() {
        dated.retain(|&d| !clocks.iter().any(|&c| c == d || doc.ancestors(c).any(|a| a == d) || doc.ancestors(d).any(|a| a == c)));
    }
    complete_headline(&mut raw);
    let (title, title_node) = settle_title(doc, main, &raw, &h1s, &all_h1s, opts.url.as_deref());
    let title_source = title.as_ref().map(|_| {
        if title_node.is_some() {
            "h1"
        } else if raw.ld_headline.is_some() {
            "json-ld"
        } else if raw.og_title.is_some() {
            "og"
        } else if raw.meta_title.is_some() {
            "meta"
        } else {
            "title-tag"
        }
    });
    let hints = crate::dates::Hints { language: raw.language.as_deref(), not_after: opts.crawl_time };
    let anchor = title_node.map(|t| first_twin(doc, &all_h1s, t)).or_else(|| main.roots.first().copied());
    // A dateline sits under the headline: when the title came from the meta
    // tags (worded otherwise than the page's one `<h1>`), that `<h1>` still
    // marks where to look, rather than the body's start.
    let date_anchor = match (title_node, h1s.as_slice()) {
        (None, [only]) => Some(*only),
        (None, []) => main.roots.first().and_then(|r| doc.descendants(*r).find(|d| doc.is(*d, &local_name!("h2")))).or(anchor),
        _ => anchor,
    };
    let in_comments = |id: NodeId| {
        doc.ancestors(id).take(12).any(|a| {
            ["class", "id"].iter().any(|n| {
                doc.attr(a, n).is_some_and(|v| {
                    let v = v.to_ascii_lowercase();
                    v.contains("comment") || v.contains("related") || v.contains("recommend")
                })
            })
        })
    };

    // Authors: structured data, then meta tags, then the visible page.
    let mut names = authors::Names::default();
    for a in &raw.authors {
        let n = authors::clean_given(a);
        for p in n.people.iter().chain(&n.agencies) {
            names.push(p);
        }
    }
    let mut authors_source = raw.authors_source;
    // The site's own name (a brand, a one-person blog) or a user handle is
    // a weaker claim than a visible byline naming someone else; but a
    // forum's data names its posters by their handles.
    let site_fold = raw.site_name.as_deref().map(str::to_lowercase);
    let forum_data = authors_source == Some("json-ld")
        && raw.ld_types.iter().any(|t| matches!(t.as_str(), "DiscussionForumPosting" | "QAPage" | "Question"));
    let weak_name = |p: &String| Some(p.to_lowercase()) == site_fold || !(forum_data || authors::plausible(p));
    let weak = names.agencies.is_empty() && names.people.iter().all(weak_name);
    if weak {
        // The first post's writer, as the markup states it.
        if let Some(n) = data_authors
            .iter()
            .filter(|id| !in_comments(**id))
            .map(|id| authors::clean_given(doc.attr(*id, "data-author").unwrap_or("")))
            .find(|n| !n.people.is_empty())
        {
            names = n;
            authors_source = Some("data");
        }
    }
    let weak = authors_source != Some("data") && names.agencies.is_empty() && names.people.iter().all(weak_name);
    if weak {
        let ordered = near_first(&bylines, anchor);
        for id in ordered.into_iter().chain(near_first(&rel_author, anchor)) {
            if in_comments(id) {
                continue;
            }
            let n = byline_names(doc, id);
            if !n.is_empty() && (names.is_empty() || !n.people.is_empty()) {
                names = n;
                authors_source = Some("byline");
                break;
            }
        }
    }
    if names.is_empty() {
        if let Some(n) = twitter_byline(&raw) {
            names = n;
            authors_source = Some("meta");
        }
    }
    if names.is_empty() {
        if let Some(n) = dated::by_line_near(doc, main, anchor) {
            names = n;
            authors_source = Some("text");
        }
    }

    // Dates: structured data, then meta, then a visible date near the headline, then the URL.
    let mut published = raw.published.as_deref().and_then(|d| crate::dates::parse(d, &hints)).map(|v| v.render());
    let mut published_source = published.as_ref().and(raw.published_source);
    let modified = raw.modified.as_deref().and_then(|d| crate::dates::parse(d, &hints)).map(|v| v.render());
    let modified_source = modified.as_ref().and(raw.modified_source);
    let mut shown_update = None;
    if published.is_none() {
        let ordered = near_first(&dated, date_anchor);
        let shown = dated::visible(doc, &ordered, &hints, &in_comments);
        shown_update = shown.updated;
        if let Some(v) = shown.published {
            published = Some(v);
            published_source = Some("page");
        }
    } else if let (true, Some(head)) = (restamped(published.as_deref(), modified.as_deref(), &hints), date_anchor) {
        // Markup that dates the publication and the last change on the same
        // day was stamped in one go (a re-save, a move to a new system), and
        // markup that dates the change before the publication does not date
        // the publication: a date the page shows by the headline (in a date
        // element, else in the text; no other heading between them, and
        // not in the headline itself: "2024.4.4 -> 2024.5.0 issue" names
        // versions), earlier, is the first publication. A date element's date that
        // fails (a later card's) leaves the text's dateline to be read.
        let day = |s: &str| crate::dates::parse(s, &hints).map(|v| v.date);
        let first_shown = |shown: dated::Shown| {
            let (first, at) = (shown.published?, shown.published_at?);
            let earlier = day(&first).zip(published.as_deref().and_then(day)).is_some_and(|(f, p)| f < p);
            let in_headline = at == head || doc.ancestors(at).any(|a| a == head);
            (earlier && !in_headline && !dated::heading_between(doc, head, at)).then_some(first)
        };
        let in_element = dated::visible(doc, &near_first(&dated, date_anchor), &hints, &in_comments);
        if let Some(first) = first_shown(in_element).or_else(|| first_shown(dated::in_text_near(doc, main, date_anchor, &hints))) {
            published = Some(first);
            published_source = Some("page");
        }
    }
    // A page whose one date by the headline, unlabelled, is the markup's
    // modification day (the markup's publication day shown nowhere near)
    // is dated by what it shows: the date its readers know it by. The
    // markup's dates stay in `modified`. A date labelled "Updated" does not
    // count: the publication is preferred over a stated update.
    if matches!(published_source, Some("json-ld" | "meta")) {
        let day = |s: &str| crate::dates::parse(s, &hints).map(|v| v.date);
        // Only markup that dates a change days after the publication can
        // match: the scan is skipped on every other page.
        let dates = published.as_deref().and_then(day).zip(modified.as_deref().and_then(day));
        if let (Some(head), Some((first, last))) = (date_anchor, dates.filter(|(p, m)| (*m - *p).num_days() > 1)) {
            if let Some(v) = dated::shown_modified_day(doc, &near_first(&dated, date_anchor), main, head, &hints, &in_comments, first, last) {
                published = Some(v);
                published_source = Some("page");
            }
        }
    }
    let mut dated_by_byline = false;
    if published.is_none() {
        let shown = dated::in_text_near(doc, main, date_anchor, &hints);
        shown_update = shown_update.or(shown.updated);
        if let Some(v) = shown.published {
            published = Some(v);
            published_source = Some("text");
            dated_by_byline = shown.bylined;
        }
    }
    if published.is_none() {
        let url = opts.url.as_deref().or(raw.canonical.as_deref());
        if let Some(v) = url.and_then(|u| crate::dates::from_url(u, &hints)) {
            published = Some(v.render());
            published_source = Some("url");
        }
    }
    // A page that shows only its last update is dated by it.
    if published.is_none() {
        if let Some(v) = shown_update {
            published = Some(v);
            published_source = Some("page-updated");
        }
    }

    cues.ld_types = raw.ld_types.clone();
    cues.og_type = raw.og_type.clone();
    cues.url = opts.url.clone().or(raw.canonical.clone());
    cues.dated = published.is_some();
    cues.authored = !names.people.is_empty();
    cues.roots = main.roots.len() as u32;
    cues.title = title.as_deref().unwrap_or("").to_lowercase();
    for r in &main.roots {
        let st = main.stats.get(*r);
        cues.main_chars += st.text;
        cues.main_link_chars += st.link;
    }
    let (kind, confidence) = page_type::classify(&cues);
    let (title, title_source) = match service_title(&raw, title.as_deref(), title_source, kind) {
        Some(named) => (Some(named), Some("og")),
        None => (title, title_source),
    };
    let home = opts.url.as_deref().or(raw.canonical.as_deref()).is_some_and(|u| !inner_page(u));
    let (title, title_source) = match home.then(|| brand_led_title(&raw, title.as_deref(), kind, opts.url.as_deref())).flatten() {
        Some(whole) => (Some(whole), Some("title-tag")),
        None => (title, title_source),
    };
    // Shops, catalogues, listings, service and reference pages have no
    // author and no publication date: a name there signs a review, a card
    // or a testimonial, a date dates a card, a review or a revision.
    //
    // A date the markup states and the page shows by its headline (the
    // same day, no other heading between them) still dates the page: the
    // story is dated for its readers, whatever kind its layout suggests
    // (a news story laid out as a service page, a blog post on a docs
    // site), and its byline signs it (WCXB dev, 2026-12-01: authors 2
    // pages right, none wrong; Readability unchanged).
    if page_type::unsigned(kind) {
        let shown_markup_date = matches!(published_source, Some("json-ld" | "meta"))
            && date_anchor.is_some_and(|head| {
                let day = |s: &str| crate::dates::parse(s, &hints).map(|v| v.date);
                let Some(stated) = published.as_deref().and_then(day) else { return false };
                let by_headline = |shown: dated::Shown| {
                    let same_day = shown.published.as_deref().and_then(day).is_some_and(|d| (d - stated).num_days().abs() <= 1);
                    same_day && shown.published_at.is_some_and(|at| !dated::heading_between(doc, head, at))
                };
                by_headline(dated::visible(doc, &near_first(&dated, date_anchor), &hints, &in_comments))
                    || by_headline(dated::in_text_near(doc, main, date_anchor, &hints))
            });
        if !shown_markup_date {
            names.people.clear();
            authors_source = None;
            published = None;
            published_source = None;
        }
    }
    // Nor is a page the model cannot tell well from those kinds (an article
    // or a forum thread less than twice as likely as one of them) dated by
    // a date merely read in its text: that is as likely a card's, an
    // offer's or a revision's as the page's own publication. A date its
    // markup states still holds, and so does one on the byline ("by: Ann
    // Lee, Dec 17, 2025"): a signed and dated page.
    if published_source == Some("text") && !dated_by_byline && page_type::dated_kind_odds(&cues) < 2.0 / 3.0 {
        published = None;
        published_source = None;
    }

    let standfirst = title_node.and_then(|t| {
        deks.iter().filter(|d| **d > t && d.index() - t.index() < DEK_MAX_DISTANCE).find_map(|d| {
            if doc.ancestors(*d).any(|a| a == t) {
                return None;
            }
            let text = fold(&doc.spaced_text(*d));
            let n = text.chars().count();
            (DEK_CHARS.contains(&n) && !text.ends_with(':')).then_some(text)
        })
    });

    let base = opts.url.clone().or(raw.canonical.clone());
    let image = raw.image.as_deref().map(|i| crate::content::resolve_url(base.as_deref(), i));
    let mut images = Vec::new();
    if let Some(src) = &image {
        images.push(crate::article::Image {
            src: Some(src.clone()),
            width: raw.image_width,
            height: raw.image_height,
            ..Default::default()
        });
    }
    Metadata {
        title,
        title_node,
        title_source: title_source.map(str::to_string),
        description: raw.description.as_deref().or(raw.og_description.as_deref()).map(without_tags),
        authors: names.people,
        authors_source: authors_source.map(str::to_string),
        agencies: names.agencies,
        published,
        published_source: published_source.map(str::to_string),
        modified,
        modified_source: modified_source.map(str::to_string),
        url: opts.url.clone().or(raw.canonical.clone()),
        canonical_url: raw.canonical,
        site_name: raw.site_name,
        publisher: raw.publisher,
        language: raw.language,
        language_source: raw.language_source.map(str::to_string),
        section: raw.section,
        tags: raw.tags,
        image,
        images,
        page_type: Some(kind.to_string()),
        standfirst,
        page_type_confidence: Some(confidence),
        product_description: raw.product_description,
        article_body: raw.article_body,
        page_type_cues: cues,
        ..Metadata::default()
    }
}

/// The markup's modification date falls on its publication day or before
/// it: both were stamped in one go, or the publication date is not one.
fn restamped(published: Option<&str>, modified: Option<&str>, hints: &crate::dates::Hints) -> bool {
    let day = |s: Option<&str>| s.and_then(|s| crate::dates::parse(s, hints)).map(|v| v.date);
    day(published).zip(day(modified)).is_some_and(|(p, m)| m <= p)
}

/// A standfirst sits within this many nodes after the headline.
const DEK_MAX_DISTANCE: usize = 400;

/// A standfirst's length, in characters.
const DEK_CHARS: std::ops::RangeInclusive<usize> = 30..=600;

/// Class or id words of a standfirst: "standfirst", "dek", "subtitle", "summary"…
fn dek_attr(v: &str) -> bool {
    let bytes = v.as_bytes();
    // The previous token and the one separator byte after it, for
    // "sub-title", "sub_title", "sub-headline" (and "product-sub-title").
    let mut prev: (usize, usize) = (0, 0);
    let mut sep = 0u8;
    let mut start = 0;
    for end in 0..=bytes.len() {
        if end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
            continue;
        }
        let t = &bytes[start..end];
        // The words are 3 to 11 letters long and start with one of these
        // (most class tokens do not: a quick test before the comparison).
        let first = t.first().map_or(0, |b| b | 0x20);
        if (3..=11).contains(&t.len()) && matches!(first, b's' | b'd' | b'l' | b'e' | b't' | b'i' | b'c' | b'b' | b'v' | b'h') {
            let mut buf = [0u8; 11];
            buf[..t.len()].copy_from_slice(t);
            buf[..t.len()].make_ascii_lowercase();
            let t = &buf[..t.len()];
            if matches!(
                t,
                b"standfirst" | b"dek" | b"deck" | b"subtitle" | b"subheadline" | b"subhead" | b"summary" | b"lede" | b"excerpt"
                    | b"teaser" | b"strapline" | b"intro" | b"sapo" | b"chapo" | b"chapeau" | b"bajada" | b"entradilla" | b"vorspann"
            ) {
                return true;
            }
            let after_sub = prev.1 == start.wrapping_sub(1) && bytes[prev.0..prev.1].len() >= 3 && bytes[prev.1 - 3..prev.1].eq_ignore_ascii_case(b"sub");
            if after_sub && ((sep == b'-' && (t == b"title" || t == b"headline")) || (sep == b'_' && t == b"title")) {
                return true;
            }
        }
        prev = (start, end);
        sep = bytes.get(end).copied().unwrap_or(0);
        start = end + 1;
    }
    false
}

/// Count what the page-type classifier looks at, one element at a time.
fn count_cues(doc: &Document, id: NodeId, tag: &html5ever::LocalName, m: marks::Mask, cues: &mut page_type::Cues) {
    match *tag {
        local_name!("pre") | local_name!("code") => cues.code += 1,
        local_name!("article") => cues.articles += 1,
        local_name!("form") => cues.forms += 1,
        local_name!("input") | local_name!("select") | local_name!("textarea") => cues.inputs += 1,
        local_name!("li") => cues.items += 1,
        local_name!("img") => cues.images += 1,
        local_name!("h1") => cues.h1s += 1,
        // A linked sub-heading: a card's title.
        local_name!("h2") | local_name!("h3") | local_name!("h4")
            if doc.descendants(id).take(6).any(|d| doc.is(d, &local_name!("a")))
                || doc.ancestors(id).take(3).any(|a| doc.is(a, &local_name!("a"))) =>
        {
            cues.cards += 1;
            cues.headings += 1;
        }
        local_name!("h2") | local_name!("h3") | local_name!("h4") => cues.headings += 1,
        _ => {}
    }
    if matches!(*tag, local_name!("a") | local_name!("button") | local_name!("h2") | local_name!("h3") | local_name!("h4") | local_name!("summary")) {
        // The label's first text, its own or a wrapper's (`<a><span>…`).
        if let Some(label) = doc.descendants(id).take(4).filter_map(|d| doc.text(d)).find(|t| !t.trim().is_empty()) {
            let k = page_type::label_kinds(label);
            let heading = !matches!(*tag, local_name!("a") | local_name!("button"));
            if k & 1 != 0 && !heading {
                cues.calls += 1;
            }
            if k & 2 != 0 && !heading {
                cues.read_more += 1;
            }
            if k & 4 != 0 && *tag == local_name!("a") {
                cues.pager += 1;
            }
            if k & 8 != 0 {
                cues.reference += 1;
            }
        }
    }
    if marks::price(m) && cues.prices < 1000 {
        cues.prices += 1;
    }
    if marks::cart(m) && cues.carts < 1000 {
        cues.carts += 1;
    }
    if marks::post(m) && cues.posts < 1000 {
        cues.posts += 1;
    }
}

/// The first of the page's `<h1>`s that reads as the headline does: a page
/// may repeat its headline lower down, inside the body, and the dateline
/// and byline sit by the first one.
fn first_twin(doc: &Document, h1s: &[NodeId], headline: NodeId) -> NodeId {
    let text = fold(&heading_text(doc, headline));
    if text.is_empty() {
        return headline;
    }
    h1s.iter().copied().filter(|h| *h < headline).find(|h| fold(&heading_text(doc, *h)) == text).unwrap_or(headline)
}

/// Candidates in order of closeness to the headline, counted in nodes of
/// the document: those after it are nearer by [`BEFORE_HEADLINE_WEIGHT`]
/// (a dateline under the headline is the rule; above it sit the header's
/// clock and menus), but one just above the headline beats one far below
/// it (a card's date in the "more posts" strip).
fn near_first(ids: &[NodeId], anchor: Option<NodeId>) -> Vec<NodeId> {
    let Some(a) = anchor else { return ids.to_vec() };
    let mut out = ids.to_vec();
    out.sort_by_key(|i| if *i >= a { u64::from(i.0 - a.0) } else { u64::from(a.0 - i.0) * BEFORE_HEADLINE_WEIGHT });
    out
}

/// How much farther a candidate before the headline counts than one the
/// same number of nodes after it. WCXB dev, published dates: 2 and 3 gave
/// +6 pages right and none lost, 5 and 10 +6 with an author lost; after
/// first, before only then (weight infinite), was the rule before.
const BEFORE_HEADLINE_WEIGHT: u64 = 3;

/// A byline element's names: its `content` or `itemprop=name` part when it
/// has one (microdata, a name as the site states it), else its text.
fn byline_names(doc: &Document, id: NodeId) -> authors::Names {
    let too_long = |t: &str| t.chars().count() > MAX_BYLINE_CHARS;
    if let Some(c) = doc.attr(id, local_name!("content")) {
        let t = fold(c);
        return if too_long(&t) { authors::Names::default() } else { authors::clean_given(&t) };
    }
    for d in doc.descendants(id).take(200) {
        if doc.attr(d, local_name!("itemprop")).is_some_and(|v| v.eq_ignore_ascii_case("name")) {
            // `<meta itemprop="name" content="…">` holds its text in an attribute.
            let t = fold(&doc.attr(d, local_name!("content")).map_or_else(|| doc.spaced_text(d), str::to_string));
            return if too_long(&t) { authors::Names::default() } else { authors::clean_given(&t) };
        }
    }
    let t = fold(&doc.spaced_text(id));
    if too_long(&t) {
        return authors::Names::default();
    }
    let names = authors::clean_byline(&t);
    // One name that runs on past the link to its author page ("Ann Lee
    // Travel" of "Ann Lee, Travel Editor", "Ann Lee WebMD" of "By <a
    // rel=author>Ann Lee</a><br>WebMD Health News") ends where the link ends.
    if let [name] = names.people.as_slice() {
        let mut links = doc.descendants(id).take(200).filter(|d| {
            doc.is(*d, &local_name!("a"))
                && (doc.attr(*d, local_name!("href")).is_some_and(|h| h.contains("/author"))
                    || doc.attr(*d, local_name!("rel")).is_some_and(|r| r.split_ascii_whitespace().any(|w| w.eq_ignore_ascii_case("author"))))
        });
        if let (Some(a), None) = (links.next(), links.next()) {
            let linked = authors::clean_byline(&fold(&doc.spaced_text(a)));
            if let [short] = linked.people.as_slice() {
                if name.len() > short.len() && name.starts_with(short.as_str()) && name.as_bytes()[short.len()] == b' ' {
                    return linked;
                }
            }
        }
    }
    names
}

/// A byline longer than this is a bio or a teaser, not a byline.
const MAX_BYLINE_CHARS: usize = 150;

fn non_empty(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn read_meta(doc: &Document, id: NodeId, raw: &mut Raw) {
    let key = doc
        .attr(id, local_name!("property"))
        .or_else(|| doc.attr(id, local_name!("name")))
        .or_else(|| doc.attr(id, local_name!("itemprop")))
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let key = if key.is_empty() {
        doc.attr(id, local_name!("http-equiv")).unwrap_or("").trim().to_ascii_lowercase()
    } else {
        key
    };
    let Some(content) = doc.attr(id, local_name!("content")) else {
        return;
    };
    let value = fold(&crate::textutil::decode_entities(content));
    if value.is_empty() {
        return;
    }
    // RDFa and OpenGraph state properties with `property=`; a page giving
    // one also as `name=` means the `property=` one.
    let by_property = doc.attr(id, local_name!("property")).is_some_and(|p| !p.trim().is_empty());
    // One tag may name several properties: property="dc:title og:title".
    for key in key.split_whitespace() {
        read_meta_key(key, &value, by_property, raw);
    }
}

/// Slots of [`Raw::named`]: filled from a `name=` meta tag, so that a
/// `property=` one for the same slot replaces them.
const NAMED_OG_TITLE: u8 = 1;
const NAMED_DC_TITLE: u8 = 2;
const NAMED_META_TITLE: u8 = 4;
const NAMED_AUTHOR: u8 = 8;

/// A text value with the markup some sites put in it taken out (a
/// description given as escaped HTML, "&lt;p&gt;We are …"): inline tags
/// vanish, other tags leave a space; white space folded.
fn without_tags(value: &str) -> String {
    if !value.contains('<') {
        return fold(value);
    }
    const INLINE: &[&str] = &["a", "b", "i", "u", "s", "q", "em", "strong", "span", "small", "sup", "sub", "code", "mark", "abbr", "cite"];
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let name_at = usize::from(after.starts_with('/'));
        let name: &str = after[name_at..].split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
        let tag = !name.is_empty() && name.starts_with(|c: char| c.is_ascii_alphabetic()) || after.starts_with('!');
        match after.find('>').filter(|_| tag) {
            Some(j) => {
                if !INLINE.iter().any(|t| t.eq_ignore_ascii_case(name)) {
                    out.push(' ');
                }
                rest = &after[j + 1..];
            }
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    fold(&out)
}

/// Fill a slot once; a `property=` value replaces a `name=` one.
fn set_ranked(slot: &mut Option<String>, named: &mut u8, bit: u8, value: &str, by_property: bool) {
    if slot.is_none() || (by_property && *named & bit != 0) {
        *slot = Some(value.to_string());
        if by_property {
            *named &= !bit;
        } else {
            *named |= bit;
        }
    }
}

/// Store one meta property's value in its slot.
fn read_meta_key(key: &str, value: &str, by_property: bool, raw: &mut Raw) {
    let set = |slot: &mut Option<String>| {
        if slot.is_none() {
            *slot = Some(value.to_string());
        }
    };
    match key {
        "og:title" => set_ranked(&mut raw.og_title, &mut raw.named, NAMED_OG_TITLE, value, by_property),
        "dc.title" | "dc:title" | "dcterms.title" | "dcterms:title" | "dcterm:title" => {
            set_ranked(&mut raw.dc_title, &mut raw.named, NAMED_DC_TITLE, value, by_property);
        }
        "twitter:title" | "sailthru.title" | "parsely-title" => {
            set_ranked(&mut raw.meta_title, &mut raw.named, NAMED_META_TITLE, value, by_property);
        }
        "description" | "dc.description" | "dcterms.description" => set(&mut raw.description),
        "og:description" | "twitter:description" => set(&mut raw.og_description),
        // One meta a person: the key that named the first author, repeated,
        // names the next ("author" twice for a story with two writers).
        "author" | "article:author" | "dc.creator" | "dc:creator" | "dcterms.creator" | "dcterms:creator"
        | "parsely-author" | "sailthru.author"
            if !value.starts_with("http")
                && !value.starts_with('@')
                && raw.authors_source == Some("meta")
                && raw.author_meta_key.as_ref().is_some_and(|(k, p)| k == key && *p == by_property) =>
        {
            if !raw.authors.iter().any(|a| a.trim().eq_ignore_ascii_case(value.trim())) {
                raw.authors.push(value.to_string());
            }
        }
        "author" | "article:author" | "dc.creator" | "dc:creator" | "dcterms.creator" | "dcterms:creator"
        | "parsely-author" | "sailthru.author" | "byl" | "twitter:creator"
            if !value.starts_with("http")
                && !value.starts_with('@')
                && (raw.authors.is_empty()
                    || (by_property && raw.named & NAMED_AUTHOR != 0 && raw.authors_source == Some("meta"))) =>
        {
            raw.authors.clear();
            raw.authors.push(value.to_string());
            raw.authors_source = Some("meta");
            raw.author_meta_key = Some((key.to_string(), by_property));
            if by_property {
                raw.named &= !NAMED_AUTHOR;
            } else {
                raw.named |= NAMED_AUTHOR;
            }
        }
        "article:published_time" | "datepublished" | "dc.date" | "dcterms.created"
        | "dc.date.issued" | "pubdate" | "publishdate" | "sailthru.date" | "parsely-pub-date"
        | "og:published_time" | "date" | "publish-date" | "publication_date" | "citation_publication_date"
        | "article.published" | "dcterms.date" | "dcterms.issued"
            if raw.published.is_none() || (raw.published_bare && key != "date") =>
        {
            raw.published = Some(value.to_string());
            raw.published_source = Some("meta");
            raw.published_bare = key == "date";
        }
        // Other names for the publication date: "published", "w-published-date"…
        k if raw.published.is_none()
            && (k == "published" || k.contains("publish") && (k.contains("date") || k.contains("time")))
            && !k.contains("publisher")
            && !k.contains("modif")
            && !k.contains("updat")
            && crate::dates::parse(value, &crate::dates::Hints { language: None, not_after: None }).is_some() =>
        {
            raw.published = Some(value.to_string());
            raw.published_source = Some("meta");
        }
        "article:modified_time" | "og:updated_time" | "datemodified" | "dcterms.modified" | "last-modified"
        | "article.updated" | "lastmod"
            if raw.modified.is_none() =>
        {
            raw.modified = Some(value.to_string());
            raw.modified_source = Some("meta");
        }
        "article:publisher" if !value.starts_with("http") => set(&mut raw.publisher),
        "article:section" | "section" | "parsely-section" => set(&mut raw.section),
        "article:tag" | "keywords" | "news_keywords" | "parsely-tags" => {
            for t in value.split([',', ';']) {
                let t = t.trim();
                if !t.is_empty() && t.len() <= 60 && !raw.tags.iter().any(|x| x.eq_ignore_ascii_case(t)) && raw.tags.len() < 50 {
                    raw.tags.push(t.to_string());
                }
            }
        }
        "og:type" => set(&mut raw.og_type),
        k if k.starts_with("twitter:label") || k.starts_with("twitter:data") => {
            let digit = k.as_bytes()[k.len() - 1].wrapping_sub(b'0');
            if (1..=7).contains(&digit) && k.len() == if k.starts_with("twitter:label") { 14 } else { 13 } {
                if k.starts_with("twitter:label") {
                    let label = value.trim_end_matches(':').to_lowercase();
                    if matches!(label.as_str(), "written by" | "author" | "by" | "posted by" | "authored by") {
                        raw.twitter_author_labels |= 1 << digit;
                    }
                } else {
                    raw.twitter_data[digit as usize] = Some(value.to_string());
                }
            }
        }
        "og:image:width" if raw.image_width.is_none() => raw.image_width = value.parse().ok(),
        "og:image:height" if raw.image_height.is_none() => raw.image_height = value.parse().ok(),
        "og:site_name" | "application-name" | "twitter:site:name" => set(&mut raw.site_name),
        "og:image" | "twitter:image" | "og:image:url" | "og:image:secure_url" => set(&mut raw.image),
        "og:locale" | "language" | "dc.language" | "content-language" if raw.language.is_none() => {
            raw.language = Some(value.replace('_', "-"));
            raw.language_source = Some("meta");
        }
        _ => {}
    }
}

/// The author a `twitter:label<n>` "Written by" and its `twitter:data<n>`
/// name: plugins fill it from the account that posted, which may not be
/// the writer, so it comes after the data and the bylines.
fn twitter_byline(raw: &Raw) -> Option<authors::Names> {
    (1..8)
        .filter(|n| raw.twitter_author_labels & (1 << n) != 0)
        .filter_map(|n| raw.twitter_data[n].as_deref())
        .map(authors::clean_given)
        .find(|n| !n.is_empty())
}

/// Read headline, authors, date and publisher from a JSON-LD script.
fn read_json_ld(text: &str, raw: &mut Raw) {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(unwrap_cdata(text)) else {
        return;
    };
    let mut stack = vec![&value];
    let mut steps = 0;
    while let Some(v) = stack.pop() {
        steps += 1;
        if steps > 10_000 {
            break;
        }
        match v {
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            serde_json::Value::Object(map) => {
                let types = type_names(map.get("@type"));
                for t in &types {
                    if raw.ld_types.len() < 32 && !raw.ld_types.contains(t) {
                        raw.ld_types.push(t.clone());
                    }
                }
                let is_article = types.iter().any(|t| {
                    t.ends_with("Article")
                        || matches!(
                            t.as_str(),
                            "BlogPosting" | "Report" | "WebPage" | "DiscussionForumPosting" | "Question" | "Recipe"
                        )
                        || t.ends_with("NewsArticle")
                });
                if is_article {
                    if raw.ld_headline.is_none() && !types.iter().any(|t| t == "WebPage") {
                        if let Some(h) = map.get("headline").and_then(|h| h.as_str()) {
                            raw.ld_headline = non_empty(fold(&crate::textutil::decode_entities(h)));
                        }
                    }
                    if raw.article_body.is_none() {
                        if let Some(b) = map.get("articleBody").and_then(|b| b.as_str()) {
                            raw.article_body = non_empty(b.to_string());
                        }
                    }
                    let from_meta = |src: Option<&str>| src != Some("json-ld");
                    // A plain `WebPage`'s `datePublished` is mostly when the
                    // CMS made the page (a service page, a shop's landing
                    // page), not when a story came out: a page dated so is
                    // dated by its meta tags or by what it shows.
                    let webpage_only = types.iter().all(|t| t == "WebPage");
                    if !webpage_only && (raw.published.is_none() || from_meta(raw.published_source)) {
                        if let Some(d) = map.get("datePublished").and_then(|d| d.as_str()).and_then(|d| non_empty(d.to_string())) {
                            raw.published = Some(d);
                            raw.published_source = Some("json-ld");
                        }
                    }
                    if raw.modified.is_none() || from_meta(raw.modified_source) {
                        if let Some(d) = map.get("dateModified").and_then(|d| d.as_str()).and_then(|d| non_empty(d.to_string())) {
                            raw.modified = Some(d);
                            raw.modified_source = Some("json-ld");
                        }
                    }
                    if raw.authors.is_empty() || from_meta(raw.authors_source) {
                        if let Some(a) = map.get("author").or_else(|| map.get("creator")) {
                            let mut people = Vec::new();
                            collect_names(a, &mut people, &mut raw.ld_org_authors);
                            if !people.is_empty() {
                                raw.authors = people;
                                raw.authors_source = Some("json-ld");
                            }
                        }
                    }
                    if let Some(p) = map.get("publisher") {
                        if let Some(n) = p.get("name").and_then(|n| n.as_str()) {
                            if raw.site_name.is_none() {
                                raw.site_name = non_empty(fold(n));
                            }
                            if raw.publisher.is_none() {
                                raw.publisher = non_empty(fold(n));
                            }
                        }
                    }
                    if raw.section.is_none() {
                        if let Some(sec) = map.get("articleSection") {
                            let first = sec.as_str().or_else(|| sec.as_array().and_then(|a| a.first()).and_then(|x| x.as_str()));
                            raw.section = first.and_then(|x| non_empty(fold(x)));
                        }
                    }
                    if raw.tags.is_empty() {
                        if let Some(k) = map.get("keywords") {
                            let list: Vec<String> = match k {
                                serde_json::Value::String(s) => s.split(',').map(|x| x.trim().to_string()).collect(),
                                serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_str().map(|x| x.trim().to_string())).collect(),
                                _ => Vec::new(),
                            };
                            for t in list.into_iter().filter(|t| !t.is_empty() && t.len() <= 60).take(50) {
                                if !raw.tags.iter().any(|x| x.eq_ignore_ascii_case(&t)) {
                                    raw.tags.push(t);
                                }
                            }
                        }
                    }
                }
                if raw.product_description.is_none() && types.iter().any(|t| t == "Product") {
                    if let Some(d) = map.get("description").and_then(|d| d.as_str()) {
                        raw.product_description = non_empty(without_tags(d));
                    }
                }
                if let Some(g) = map.get("@graph") {
                    stack.push(g);
                }
                // A QAPage's question, a WebPage's article.
                if let Some(e) = map.get("mainEntity").filter(|e| e.is_object() || e.is_array()) {
                    stack.push(e);
                }
            }
            _ => {}
        }
    }
}

/// A script's text without the `<![CDATA[ … ]]>` wrapper (and the `//`
/// that hides it from old parsers) some sites put around their JSON-LD.
fn unwrap_cdata(text: &str) -> &str {
    let t = text.trim();
    let Some(inner) = t.strip_prefix("//").unwrap_or(t).trim_start().strip_prefix("<![CDATA[") else { return t };
    let inner = inner.trim_end();
    let inner = inner.strip_suffix("]]>").unwrap_or(inner).trim_end();
    inner.strip_suffix("//").unwrap_or(inner).trim()
}

fn type_names(v: Option<&serde_json::Value>) -> Vec<String> {
    match v {
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// Names of JSON-LD `author` values: people into `people`, organisations
/// (typed `Organization` and the like) into `orgs`.
fn collect_names(v: &serde_json::Value, people: &mut Vec<String>, orgs: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => people.push(s.clone()),
        serde_json::Value::Array(a) => {
            for x in a.iter().take(20) {
                collect_names(x, people, orgs);
            }
        }
        serde_json::Value::Object(m) => {
            if let Some(s) = m.get("name").and_then(|n| n.as_str()) {
                let types = type_names(m.get("@type"));
                if types.iter().any(|t| t.contains("Organization") || t == "Corporation" || t == "NewsMediaOrganization") {
                    orgs.push(s.to_string());
                } else {
                    people.push(s.to_string());
                }
            }
        }
        _ => {}
    }
}

/// A headline sharing less than this share of its words with every meta
/// title is a slogan, not the page's title.
const MIN_TITLE_OVERLAP: f32 = 0.5;

/// A heading longer than this is not a headline.
const MAX_TITLE_CHARS: usize = 300;

/// Separators sites put between a headline and their name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", " « ", " ~ ", ": "];

/// Pick the headline: a visible `<h1>` that agrees with the meta titles
/// wins; else the meta title with the site name cut off.
///
/// Title study, 2026-11-29, WCXB dev: of the 657 pages where exactly one of
/// the first `<h1>` and the `<title>` with its last part cut was right, the
/// `<h1>` was on 412. No signal tried (page type, number of `<h1>`s, heading
/// length, og:title or JSON-LD agreeing with one side) splits them better
/// than the echo test below, so the order stays: `<h1>` first.
fn settle_title(doc: &Document, main: &Main, raw: &Raw, h1s: &[NodeId], all_h1s: &[NodeId], url: Option<&str>) -> (Option<String>, Option<NodeId>) {
    let (title, node) = pick_title(doc, main, raw, h1s, all_h1s, url);
    let title = title.map(|t| cut_tagline(cut_site_tail(&t, raw.site_name.as_deref())).to_string());
    let title = match title {
        Some(t) if node.is_some() => Some(meta_casing(&t, raw).unwrap_or(t)),
        other => other,
    };
    (title, node)
}

/// A heading set in capitals ("TIPS FOR THE LONG ROAD") in the casing of a
/// meta title that says the same words ("Tips for the Long Road", once its
/// site name is cut): the capitals are the heading's typography, the meta
/// title states the words as written.
///
/// WCXB dev, 2026-11-29: 2 titles turn right, none wrong (of the headings
/// a meta title repeats in other case, the meta's casing was right on 10,
/// the heading's on 16: only capitals side clearly with the meta).
fn meta_casing(title: &str, raw: &Raw) -> Option<String> {
    let cased = title.chars().filter(|c| c.is_uppercase()).count();
    if cased < MIN_CAPITALS || title.chars().any(char::is_lowercase) {
        return None;
    }
    let same = |a: &str, b: &str| a.split_whitespace().map(str::to_lowercase).eq(b.split_whitespace().map(str::to_lowercase));
    let site = raw.site_name.as_deref();
    for m in [&raw.ld_headline, &raw.dc_title, &raw.og_title, &raw.meta_title, &raw.title_tag].into_iter().flatten() {
        let core = strip_site_name(m, site);
        for said in [m.as_str(), core.as_str(), cut_tagline(&core)] {
            if said.chars().any(char::is_lowercase) && same(said, title) {
                return Some(said.trim().to_string());
            }
        }
    }
    None
}

/// Fewest capitals in a heading that [`meta_casing`] re-cases: "UK" or
/// "FAQ" alone are written so.
const MIN_CAPITALS: usize = 4;

/// A title less a last part that is exactly the site's stated name
/// ("Rain due on Tuesday – The Daily"), even where a heading or a meta
/// title repeats it so.
fn cut_site_tail<'a>(title: &'a str, site: Option<&str>) -> &'a str {
    let Some(site) = site.map(alnum).filter(|s| !s.is_empty()) else { return title };
    for sep in NAME_SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if alnum(tail) == site && word_count(head) >= 2 {
                return head.trim_end();
            }
        }
    }
    title
}

/// A title less what follows its first `" | "`: a tagline, a section or the
/// site ("Stripe Payments | Global Payment Processing Platform"). A bar
/// within a headline is rare; one ending a name is the norm. A first part
/// of one word ("Home | …") is not a title on its own and keeps the rest.
///
/// WCXB dev, 2026-11-29: the cut turns 19 wrong titles right and 4 right
/// ones wrong (all four keep "A | B" with the site name cut after it).
pub(crate) fn cut_tagline(title: &str) -> &str {
    match title.split_once(" | ") {
        Some((head, _)) if word_count(head) >= 2 => head.trim_end(),
        _ => title,
    }
}

/// [`settle_title`] before the tagline is cut.
fn pick_title(doc: &Document, main: &Main, raw: &Raw, h1s: &[NodeId], all_h1s: &[NodeId], url: Option<&str>) -> (Option<String>, Option<NodeId>) {
    let metas: Vec<&str> = [&raw.ld_headline, &raw.dc_title, &raw.og_title, &raw.meta_title, &raw.title_tag]
        .into_iter()
        .filter_map(|o| o.as_deref())
        .filter(|m| !headless(m))
        .collect();
    // The site's name as the page gives it, else the distinctive part of its host.
    let site_hint = raw.site_name.clone().or_else(|| main_host(raw.canonical.as_deref().or(url)));
    let all_h1_texts: Vec<(NodeId, String)> = h1s
        .iter()
        .map(|id| (*id, trim_permalink(&fold(&heading_text(doc, *id))).to_string()))
        .filter(|(_, t)| !t.is_empty() && t.chars().count() <= MAX_TITLE_CHARS)
        .collect();
    // An <h1> that is the site's own name is its masthead, not a headline
    // (WCXB dev, 2026-11-29: the test on the meta titles' last part turns 1
    // title right, none wrong).
    let site_alnum = raw.site_name.as_deref().map(alnum).filter(|s| !s.is_empty());
    let h1_texts: Vec<(NodeId, String)> = all_h1_texts
        .iter()
        .filter(|(_, t)| site_alnum.as_deref() != Some(alnum(t).as_str()))
        .filter(|(_, t)| !metas.iter().any(|m| names_site_after(m, t)))
        .filter(|(_, t)| !metas.iter().any(|m| names_site_before(m, t, &metas)))
        .cloned()
        .collect();
    // The meta titles as given and with their site names cut, lower-cased:
    // what a headline may agree with.
    let metas_lc: Vec<String> = metas.iter().map(|m| m.to_lowercase()).collect();
    let cores_lc: Vec<String> = metas.iter().map(|m| strip_site_name(m, site_hint.as_deref()).to_lowercase()).collect();
    let agrees = |t: &str| {
        let t = t.to_lowercase();
        metas_lc.contains(&t) || cores_lc.contains(&t)
    };
    // The chosen heading, less what the meta titles leave out; when that
    // does not agree with them but another <h1> does word for word, that
    // one (a page's own headline above a section or card heading).
    let settle = |id: NodeId, h: &str| -> (Option<String>, Option<NodeId>) {
        let core = headline_core(h, &metas_lc, &cores_lc);
        if !agrees(&core) {
            if let Some((other, text)) = h1_texts.iter().find(|(_, t)| agrees(t)) {
                return (Some(text.clone()), Some(*other));
            }
        }
        (Some(core), Some(id))
    };
    // The meta titles that name this page, not the whole site: an inner
    // page may carry the home page's "Brand - slogan" title (WCXB dev,
    // 2026-11-29: 3 titles turn right, none wrong).
    let inner = url.or(raw.canonical.as_deref()).is_some_and(inner_page);
    let host = main_host(url.or(raw.canonical.as_deref()));
    let own_metas: Vec<&str> =
        metas.iter().copied().filter(|m| !(inner && leads_with_host(m, host.as_deref()))).collect();
    // The visible headline of the main content: an <h1> inside it, else the
    // nearest <h1> before it.
    if let Some(first_root) = main.roots.first() {
        let inside = h1_texts
            .iter()
            .find(|(id, _)| main.roots.iter().any(|r| *r == *id || doc.ancestors(*id).any(|a| a == *r)));
        let before = h1_texts.iter().rev().find(|(id, _)| id < first_root);
        if let Some((id, h)) = inside.or(before) {
            // A visible headline that the meta titles do not echo is a
            // slogan (a home or service page): the meta title names the page.
            let echoed = own_metas.is_empty() || own_metas.iter().any(|m| word_overlap(h, m) >= MIN_TITLE_OVERLAP);
            if echoed {
                return settle(*id, h);
            }
        }
    }
    // A heading that equals a meta title, or that a meta title starts with
    // (one it only ends with is the site's masthead).
    for (id, h) in &h1_texts {
        let hl = h.to_lowercase();
        for m in &metas {
            let ml = m.to_lowercase();
            if ml == hl
                || (hl.len() >= 10 && ml.starts_with(&hl))
                || (ml.len() >= 10 && hl.starts_with(&ml))
            {
                return settle(*id, h);
            }
        }
    }
    // A heading the cleaner dropped (a hero or banner taken for furniture)
    // still names the page when the page's own meta titles (og:title,
    // twitter:title, `<title>`; a JSON-LD headline may be a section's) all
    // state it whole, or lead with it before a name separator ("Office
    // Organizers - Shelfco" above `<h1>Office Organizers</h1>`).
    //
    // WCXB dev, 2026-11-30: 1 title turns right, none wrong; Readability
    // unchanged (an og:title worded otherwise keeps the meta title).
    let head_metas: Vec<&str> = [&raw.og_title, &raw.meta_title, &raw.title_tag].into_iter().filter_map(|o| o.as_deref()).collect();
    for id in all_h1s.iter().filter(|id| !h1s.contains(id)) {
        if head_metas.is_empty() {
            break;
        }
        let h = trim_permalink(&fold(&heading_text(doc, *id))).to_string();
        if word_count(&h) < 2 || h.chars().count() > MAX_TITLE_CHARS || site_alnum.as_deref() == Some(alnum(&h).as_str()) {
            continue;
        }
        let hl = h.to_lowercase();
        let states = |m: &str| {
            let ml = m.to_lowercase();
            ml == hl || ml.strip_prefix(hl.as_str()).is_some_and(|rest| NAME_SEPARATORS.iter().any(|sep| rest.starts_with(sep)))
        };
        // Where the meta title to fall back on says the same words, it stays.
        let fallback = metas.first().map(|m| strip_site_name(m, site_hint.as_deref()).to_lowercase());
        if head_metas.iter().all(|m| states(m)) && fallback.as_deref() != Some(hl.as_str()) {
            // In the meta titles' casing: the heading's may be typography.
            let said = head_metas.iter().find_map(|m| m.trim().get(..h.len()).filter(|p| p.to_lowercase() == hl)).map_or(h.clone(), str::to_string);
            return (Some(said), Some(*id));
        }
    }
    // The strongest meta title: `metas` keeps their order.
    let best_meta = metas.first().copied();
    if let Some(m) = best_meta {
        let stripped = strip_site_name(m, site_hint.as_deref());
        // One h1 only, close to the meta title: trust the visible headline.
        return (Some(stripped), None);
    }
    if let Some((id, h)) = all_h1_texts.first() {
        return (Some(h.clone()), Some(*id));
    }
    (None, None)
}

/// On a service page, the name that the `<title>` and og:title agree on,
/// where the visible `<h1>` says something else: a landing page's heading is
/// a slogan ("The complete customer service solution"), its title names the
/// offering ("Customer service software").
///
/// WCXB dev, 2026-11-29: 21 titles turn right and 14 wrong (the truth kept
/// the heading), all on pages typed service; Readability: 1 turns right.
/// 2026-12-01, with the same-words test below: 21 right, 12 wrong.
fn service_title(raw: &Raw, title: Option<&str>, source: Option<&str>, kind: &str) -> Option<String> {
    if kind != "service" || source != Some("h1") {
        return None;
    }
    let site = raw.site_name.as_deref();
    let og = cut_tagline(&strip_site_name(raw.og_title.as_deref()?, site)).to_string();
    let tag = strip_site_name(raw.title_tag.as_deref()?, site);
    let agreed = og.eq_ignore_ascii_case(cut_tagline(&tag));
    let title = title?;
    // The heading and the meta title saying the same words, reordered or
    // one in five changed ("Online Graphic Design Course", "Graphic Design
    // Course Online"): the heading names the offering, it is no slogan
    // (WCXB dev, 2026-12-01: 2 titles turn right, none wrong).
    if word_overlap(title, &og) >= SAME_WORDS && word_overlap(&og, title) >= SAME_WORDS {
        return None;
    }
    (agreed && !og.is_empty() && !og.eq_ignore_ascii_case(title)).then(|| cut_tagline(cut_site_tail(&og, site)).to_string())
}

/// Least share of each one's words found in the other for [`service_title`]
/// to take a heading and a meta title for the same name.
const SAME_WORDS: f32 = 0.8;

/// On a service's home page, the `<title>` whole where it leads with the
/// brand and goes on with the title chosen ("Rainco - Rain gauges that
/// never lie" for "Rain gauges that never lie"): there the brand is the
/// subject of the page, not a site name to cut.
///
/// WCXB dev, 2026-11-30: 7 titles turn right and 4 wrong (the truth cut
/// the brand), all on home pages typed service.
fn brand_led_title(raw: &Raw, title: Option<&str>, kind: &str, url: Option<&str>) -> Option<String> {
    if kind != "service" {
        return None;
    }
    let title = title?.trim();
    let whole = raw.title_tag.as_deref()?.trim();
    let site = raw.site_name.as_deref().map(alnum).filter(|s| s.len() > 2);
    let host = main_host(url.or(raw.canonical.as_deref())).map(|h| alnum(&h)).filter(|h| h.len() > 2);
    NAME_SEPARATORS.iter().find_map(|sep| {
        let (lead, rest) = whole.split_once(sep)?;
        let brand = alnum(lead);
        let names_site = !brand.is_empty()
            && word_count(lead) <= 3
            && [&site, &host].into_iter().flatten().any(|s| brand.contains(s.as_str()) || s.contains(brand.as_str()));
        (names_site && alnum(rest) == alnum(title)).then(|| whole.to_string())
    })
}

/// A title cut of its last part (`title` → `once`) that still ends with a
/// short part after the same separator ("Reading a rain gauge - Help -
/// Forumly" → "Reading a rain gauge - Help"): that part is a forum's board
/// or a site's section, and goes too when at least three words remain.
///
/// WCXB dev, 2026-11-29: with the masthead test of [`names_site_after`],
/// 3 titles turn right and 1 wrong ("Best bread machines – My favorites!").
fn cut_section(title: &str, once: &str) -> Option<String> {
    let title = title.trim();
    let tail = title.strip_prefix(once)?;
    let sep = NAME_SEPARATORS.iter().find(|s| tail.starts_with(**s))?;
    let (head, section) = once.rsplit_once(sep)?;
    (word_count(section) <= 3 && word_count(head) >= 3 && !NAME_SEPARATORS.iter().any(|s| head.contains(s)))
        .then(|| head.trim_end().to_string())
}

/// A meta title whose last part, after a name separator, is `heading` or
/// begins with its words, and is shorter than what comes before it: the
/// heading is the site's masthead ("Garden TV and Streaming - Garden
/// Entertainment" above `<h1>Garden Entertainment</h1>`, "… / Help / Rain
/// Forums" above `<h1>Rain</h1>`).
fn names_site_after(meta: &str, heading: &str) -> bool {
    let h = alnum(heading);
    !h.is_empty()
        && NAME_SEPARATORS.iter().any(|sep| {
            meta.rsplit_once(sep).is_some_and(|(head, tail)| {
                let lead = starts_with_words(tail, heading);
                (alnum(tail) == h || lead) && word_count(head) > word_count(tail)
            })
        })
}

/// A meta title led by `heading` and a separator, whose longer rest another
/// meta title states on its own: the heading is the site's masthead ("Garden
/// Notes: Why the beans failed" with og:title "Why the beans failed" above
/// `<h1>Garden Notes</h1>`, a blog's name set before each post's title).
///
/// WCXB dev, 2026-11-29: 2 titles turn right, none wrong; Readability: 1
/// turns right.
fn names_site_before(meta: &str, heading: &str, metas: &[&str]) -> bool {
    let h = alnum(heading);
    !h.is_empty()
        && TITLE_SEPARATORS.iter().any(|sep| {
            meta.split_once(sep).is_some_and(|(lead, rest)| {
                alnum(lead) == h
                    && word_count(rest) > word_count(lead)
                    && metas.iter().any(|o| alnum(o) == alnum(rest))
            })
        })
}

/// `text` begins with the whole words of `lead` ("Northfield Forums", "Northfield").
fn starts_with_words(text: &str, lead: &str) -> bool {
    let (t, l) = (text.trim(), lead.trim());
    !l.is_empty()
        && t.len() > l.len()
        && t.get(..l.len()).is_some_and(|p| p.eq_ignore_ascii_case(l))
        && t[l.len()..].starts_with(' ')
}

/// A meta title led by the host's name and a separator ("Forumly - The
/// front page of the web"): the site's own title.
fn leads_with_host(meta: &str, host: Option<&str>) -> bool {
    let Some(host) = host.map(alnum).filter(|h| h.len() > 2) else { return false };
    NAME_SEPARATORS.iter().any(|sep| meta.split_once(sep).is_some_and(|(lead, _)| alnum(lead) == host))
}

/// An address below a site's home page: its path names something.
fn inner_page(url: &str) -> bool {
    let Some(rest) = url.split_once("://").map(|(_, r)| r) else { return false };
    let Some((_, path)) = rest.split_once('/') else { return false };
    let path = path.split(['?', '#']).next().unwrap_or("").trim_matches('/');
    !path.is_empty() && !path.starts_with("index.")
}

/// A meta title that opens with a separator ("| The Daily"): a template
/// that left the page's own title out, naming only the site.
fn headless(title: &str) -> bool {
    title.trim_start().starts_with(['|', '-', '–', '—', '·', '•', '»', ':', '~'])
}

/// The distinctive part of a URL's host: `www.the-daily.co.uk` → `the-daily`,
/// a stand-in for the site name when the page does not give one.
pub(crate) fn main_host(url: Option<&str>) -> Option<String> {
    let rest = url?.split("://").nth(1)?;
    let host = rest.split(['/', ':', '?', '#']).next()?;
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty() && *l != "www").collect();
    // The longest label that is not a public suffix part.
    labels
        .iter()
        .filter(|l| !matches!(**l, "com" | "org" | "net" | "co" | "uk" | "de" | "fr" | "io" | "gov" | "edu" | "ac" | "au"))
        .max_by_key(|l| l.len())
        .map(|l| l.to_string())
}

/// A JSON-LD headline cut short (search engines show 110 characters, and
/// some sites cut theirs to fit) is replaced by the meta title it begins.
fn complete_headline(raw: &mut Raw) {
    let Some(h) = raw.ld_headline.as_deref() else { return };
    let stem = h.trim_end_matches(['…', '.', ' ']);
    if stem.chars().count() < MIN_CUT_HEADLINE_CHARS {
        return;
    }
    let site = raw.site_name.as_deref();
    let longer = [&raw.og_title, &raw.meta_title, &raw.title_tag]
        .into_iter()
        .flatten()
        .map(|m| strip_site_name(m, site))
        .find(|m| {
            m.len() > stem.len() + 1
                && m.get(..stem.len()).is_some_and(|p| p.eq_ignore_ascii_case(stem))
                // Words follow, not a tagline after a separator.
                && !NAME_SEPARATORS.iter().chain(&[": "]).any(|sep| m[stem.len()..].starts_with(sep))
        });
    if let Some(m) = longer {
        raw.ld_headline = Some(m);
    }
}

/// A headline shorter than this is not taken for one cut short.
const MIN_CUT_HEADLINE_CHARS: usize = 60;

/// Cut a site name glued to a title with a separator; a name given twice
/// ("Rain due – The Daily - The Daily", a theme adding it to a title that
/// already has it) is cut twice.
pub fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let once = strip_site_name_once(title, site);
    if let Some(shorter) = cut_section(title, &once) {
        return shorter;
    }
    if site.is_none() || once.len() == title.trim().len() {
        return once;
    }
    // Only when both cuts take the site's name exactly, never a short last
    // part of the headline itself.
    let names_site = |longer: &str, shorter: &str| {
        longer.strip_prefix(shorter).is_some_and(|tail| site.is_some_and(|s| alnum(tail) == alnum(s)))
    };
    if !names_site(title.trim(), &once) {
        return once;
    }
    let twice = strip_site_name_once(&once, site);
    if names_site(&once, &twice) {
        twice
    } else {
        once
    }
}

fn strip_site_name_once(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    if let Some(site) = site {
        let sl = alnum(site);
        for sep in TITLE_SEPARATORS {
            if let Some((a, b)) = title.rsplit_once(sep) {
                let bl = alnum(b);
                if bl.len() > 2 && (bl == sl || sl.contains(&bl) || bl.contains(&sl)) {
                    return a.trim().to_string();
                }
            }
            // "Figma: The Collaborative Interface Design Tool": a brand led
            // in with a colon is part of the title.
            if let Some((a, b)) = title.split_once(sep).filter(|_| !sep.starts_with(':')) {
                let al = alnum(a);
                if al.len() > 2 && (al == sl || sl.contains(&al)) {
                    return b.trim().to_string();
                }
            }
        }
    }
    for sep in &TITLE_SEPARATORS[..TITLE_SEPARATORS.len() - 1] {
        if let Some((a, b)) = title.rsplit_once(sep) {
            let (a, b) = (a.trim(), b.trim());
            // The part after the last separator is short: a site name.
            if word_count(b) <= 4 && word_count(a) >= 3 {
                return a.to_string();
            }
            if word_count(a) <= 3 && word_count(b) >= 5 && !sep.starts_with(':') {
                return b.to_string();
            }
        }
    }
    title.to_string()
}

/// Separators that set a site or section name apart from a headline; a
/// colon is not one of them, since headlines use it within themselves
/// ("Mobile UX Design: The Ultimate Guide").
const NAME_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ", " « ", " ~ "];

/// A visible headline less what the page's meta titles leave out: a part set
/// off by a separator ("Vehicle News | WRAL", "Payment issues - How to pay")
/// or a one-word label before a colon ("Thread: …", "Blog: …"), when the
/// rest is exactly what a meta title says once its site name is cut. A
/// headline that a meta title repeats in full is kept whole.
fn headline_core(h1: &str, metas_lc: &[String], cores_lc: &[String]) -> String {
    let hl = h1.to_lowercase();
    if metas_lc.contains(&hl) {
        return h1.to_string();
    }
    let named = |part: &str| {
        let part = part.trim();
        (!part.is_empty() && cores_lc.contains(&part.to_lowercase())).then(|| part.to_string())
    };
    for sep in NAME_SEPARATORS {
        if let Some((a, _)) = h1.rsplit_once(sep) {
            if let Some(core) = named(a) {
                return core;
            }
        }
        if let Some((_, b)) = h1.split_once(sep) {
            if let Some(core) = named(b) {
                return core;
            }
        }
    }
    if let Some((label, rest)) = h1.split_once(": ") {
        if word_count(label) == 1 {
            if let Some(core) = named(rest) {
                return core;
            }
        }
    }
    // A short lead the meta titles lack: a forum prefix ("Question How to
    // …"), a date, a section label, each its own element run into the text.
    let stated = |part: &str| {
        let l = part.to_lowercase();
        word_count(part) >= 2 && (cores_lc.contains(&l) || metas_lc.contains(&l))
    };
    if cores_lc.contains(&hl) {
        return h1.to_string();
    }
    for (i, _) in h1.match_indices(' ').take(MAX_LEAD_WORDS) {
        let rest = h1[i..].trim_start();
        // A number leading a headline is its own ("2025 price guide").
        let numeral = h1[..i].chars().all(|c| c.is_ascii_digit());
        if !numeral && stated(rest) {
            return rest.to_string();
        }
    }
    // A link aggregator's headline ends with the story's host and its
    // points: "… (example.com) 87".
    if let Some(head) = source_tail(h1) {
        if stated(head) {
            return head.to_string();
        }
    }
    h1.to_string()
}

/// Most words in a lead that [`headline_core`] cuts from a headline.
/// WCXB dev, 2026-11-29: with 4, 8 titles turn right and 1 wrong
/// ("The best …" where the truth keeps "The").
const MAX_LEAD_WORDS: usize = 4;

/// A headline less a trailing "(host.tld)" and an optional number.
fn source_tail(h: &str) -> Option<&str> {
    let t = h.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end();
    let (head, host) = t.strip_suffix(')')?.rsplit_once(" (")?;
    let hostlike = host.len() >= 4
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'));
    hostlike.then(|| head.trim_end())
}

/// The text of a heading as it reads: a space where a `<br>` or a block
/// breaks the line ("Cosmetic Packaging<br>Design"), nothing from an inline
/// `<svg>` logo's `<title>`, scripts, styles or buttons (a documentation
/// generator's "Copy item path").
fn heading_text(doc: &Document, root: NodeId) -> String {
    let mut out = String::new();
    for id in doc.descendants(root) {
        if let Some(t) = doc.text(id) {
            let hidden = doc.ancestors(id).take_while(|a| *a != root).any(|a| {
                doc.tag(a).is_some_and(|tag| {
                    matches!(
                        *tag,
                        local_name!("svg") | local_name!("script") | local_name!("style") | local_name!("template") | local_name!("button")
                    )
                })
            });
            if !hidden {
                out.push_str(t);
            }
        } else if doc.tag(id).is_some_and(|tag| {
            matches!(*tag, local_name!("br") | local_name!("div") | local_name!("p") | local_name!("li") | local_name!("td"))
        }) {
            out.push(' ');
        }
    }
    out
}

/// A heading without the permalink glyph that documentation generators
/// append ("Logging HOWTO¶", an icon-font link sign).
fn trim_permalink(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '¶' | '🔗' | '\u{e000}'..='\u{f8ff}'))
}

/// Share of the headline's words found in a meta title.
fn word_overlap(headline: &str, meta: &str) -> f32 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let h = words(headline);
    if h.is_empty() {
        return 0.0;
    }
    let m = words(meta);
    h.iter().filter(|w| m.contains(w)).count() as f32 / h.len() as f32
}

/// Lower-case letters and digits only, for comparing site names.
fn alnum(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standfirst_class_words() {
        let words = [
            "standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "summary", "lede", "excerpt", "teaser", "strapline", "intro",
            "sapo", "chapo", "chapeau", "bajada", "entradilla", "vorspann", "sub-title", "sub_title", "sub-headline",
        ];
        let cases = ["article__dek", "c-Standfirst big", "post-sub-title", "sub_title", "hero-subheadline", "x sub-headline", "Vorspann"];
        for yes in words.iter().chain(&cases) {
            assert!(dek_attr(yes), "{yes}");
            // The class automaton's hint must let every standfirst word through.
            assert!(marks::dek_hint(marks::mask(yes)), "{yes}");
        }
        for no in ["", "sub title", "sub--title", "subtitles", "desktop", "summaryofeverythinginthisverylongtoken", "submit-title-x", "é-dek-ü"] {
            assert_eq!(dek_attr(no), no == "é-dek-ü", "{no}");
        }
    }

    #[test]
    fn markup_taken_out_of_text_values() {
        assert_eq!(without_tags("<p>We are <strong>glad</strong> to say</p><p>More.</p>"), "We are glad to say More.");
        assert_eq!(without_tags("If a < b and c > d"), "If a < b and c > d");
        assert_eq!(without_tags("Plain  text"), "Plain text");
    }

    #[test]
    fn capitals_take_the_meta_casing() {
        let raw = Raw { title_tag: Some("Packing Light by Rail | Slow Miles".into()), site_name: Some("Slow Miles".into()), ..Raw::default() };
        assert_eq!(meta_casing("PACKING LIGHT BY RAIL", &raw).as_deref(), Some("Packing Light by Rail"));
        assert_eq!(meta_casing("Packing light by rail", &raw), None);
        let short = Raw { title_tag: Some("Faq".into()), ..Raw::default() };
        assert_eq!(meta_casing("FAQ", &short), None);
    }

    #[test]
    fn strips_site_names() {
        assert_eq!(strip_site_name("Rain due on Tuesday | The Daily", None), "Rain due on Tuesday");
        assert_eq!(
            strip_site_name("Rain due on Tuesday - The Daily Planet", Some("The Daily Planet")),
            "Rain due on Tuesday"
        );
        assert_eq!(strip_site_name("Short title", None), "Short title");
        assert_eq!(
            strip_site_name("Drawbench: The Collaborative Sketching Tool", Some("Drawbench")),
            "Drawbench: The Collaborative Sketching Tool"
        );
    }

    #[test]
    fn boards_sections_and_mastheads_are_told_from_headlines() {
        assert_eq!(strip_site_name("Reading a rain gauge - Help - Forumly", None), "Reading a rain gauge");
        assert_eq!(strip_site_name("Reading a rain gauge / Help / Rain Forums", Some("Rain Forums")), "Reading a rain gauge");
        // A short head keeps its second part; a long second part is no section.
        assert_eq!(strip_site_name("Gauges - User Guide - Rainco", None), "Gauges - User Guide");
        assert_eq!(
            strip_site_name("Rain gauges - Measure every drop at home - Rainco", None),
            "Rain gauges - Measure every drop at home"
        );
        assert!(names_site_after("Garden TV and Streaming - Garden Entertainment", "Garden Entertainment"));
        assert!(names_site_after("Reading a rain gauge / Help / Rain Forums", "Rain"));
        // The headline after a short lead is no masthead.
        assert!(!names_site_after("Rainco - Reading a rain gauge in the garden", "Reading a rain gauge in the garden"));
        assert!(!names_site_after("Reading a rain gauge / Help / Rainfall Forums", "Rain"));
        assert!(leads_with_host("Forumly - The heart of the web", Some("forumly")));
        assert!(!leads_with_host("Rain due - Forumly", Some("forumly")));
        assert!(inner_page("https://forumly.example/r/rain/comments/123"));
        assert!(!inner_page("https://forumly.example/"));
        assert!(!inner_page("https://forumly.example/index.html"));
    }

    #[test]
    fn json_ld_loses_its_cdata_wrapper() {
        assert_eq!(unwrap_cdata("  <![CDATA[ {\"a\":1} ]]> "), "{\"a\":1}");
        assert_eq!(unwrap_cdata("//<![CDATA[\n{\"a\":1}\n//]]>"), "{\"a\":1}");
        assert_eq!(unwrap_cdata(" {\"a\":1} "), "{\"a\":1}");
    }

    #[test]
    fn a_headline_cut_short_is_completed_from_a_meta_title() {
        let long = "Rain due on Tuesday across the north as forecasters warn of flooding on low roads";
        let mut raw = Raw {
            ld_headline: Some(long[..70].to_string()),
            og_title: Some(long.to_string()),
            ..Raw::default()
        };
        complete_headline(&mut raw);
        assert_eq!(raw.ld_headline.as_deref(), Some(long));
        // A meta title adding a tagline after a separator is no completion.
        let whole = &long[..long.len() - 3];
        let mut raw = Raw {
            ld_headline: Some(whole.to_string()),
            og_title: Some(format!("{whole} | Weather and more")),
            ..Raw::default()
        };
        complete_headline(&mut raw);
        assert_eq!(raw.ld_headline.as_deref(), Some(whole));
    }

    #[test]
    fn taglines_and_repeated_site_names_are_cut() {
        assert!(headless("| The Daily"));
        assert!(headless(" – The Daily"));
        assert!(!headless("Rain due | The Daily"));
        assert!(!headless("2026: the year of rain"));
        assert_eq!(cut_tagline("Rain Gauges | Measure Every Drop"), "Rain Gauges");
        assert_eq!(cut_tagline("Rain Gauges | Measure | The Daily"), "Rain Gauges");
        assert_eq!(cut_tagline("Home | The Daily"), "Home | The Daily");
        assert_eq!(cut_tagline("Rain due on Tuesday"), "Rain due on Tuesday");
        assert_eq!(
            strip_site_name("Rain due on Tuesday – The Daily - The Daily", Some("The Daily")),
            "Rain due on Tuesday"
        );
        // The second cut takes the site's name only.
        assert_eq!(
            strip_site_name("Rain due: The Daily Forecast Desk - The Daily", Some("The Daily")),
            "Rain due: The Daily Forecast Desk"
        );
        assert_eq!(cut_site_tail("Rain due on Tuesday – The Daily", Some("The Daily")), "Rain due on Tuesday");
        assert_eq!(cut_site_tail("Rain due on Tuesday – Daily Rain", Some("The Daily")), "Rain due on Tuesday – Daily Rain");
        assert_eq!(cut_site_tail("Rain – The Daily", Some("The Daily")), "Rain – The Daily");
    }

    #[test]
    fn headlines_lose_what_the_meta_titles_leave_out() {
        let core = |h1: &str, meta: &str| {
            let metas = [meta.to_lowercase()];
            let cores = [strip_site_name(meta, Some("The Daily")).to_lowercase()];
            headline_core(h1, &metas, &cores)
        };
        assert_eq!(core("Rain due on Tuesday | The Daily", "Rain due on Tuesday - The Daily"), "Rain due on Tuesday");
        assert_eq!(core("Thread: Rain due on Tuesday", "Rain due on Tuesday - The Daily"), "Rain due on Tuesday");
        assert_eq!(core("Weather - Rain due on Tuesday", "Rain due on Tuesday - The Daily"), "Rain due on Tuesday");
        // A colon within a headline is not a separator.
        assert_eq!(core("Rain due: Tuesday", "Rain due - The Daily"), "Rain due: Tuesday");
        // A meta title that repeats the headline in full keeps it whole.
        assert_eq!(core("Tech events 2026 / 2027", "Tech events 2026 / 2027"), "Tech events 2026 / 2027");
        // A short lead the meta titles lack: a forum prefix, a date.
        assert_eq!(core("Question How do I read a rain gauge?", "How do I read a rain gauge? - The Daily"), "How do I read a rain gauge?");
        assert_eq!(core("May 2 2026 Rain due on Tuesday", "Rain due on Tuesday"), "Rain due on Tuesday");
        // A number leading the headline is its own.
        assert_eq!(core("2026 rain gauge buying guide", "Rain gauge buying guide"), "2026 rain gauge buying guide");
        // A lead longer than a few words is not a label.
        assert_eq!(core("Our long and winding weather desk says Rain due on Tuesday", "Rain due on Tuesday"), "Our long and winding weather desk says Rain due on Tuesday");
        // An aggregator's host and points after the headline.
        assert_eq!(core("Rain due on Tuesday (weather.example.org) 87", "Rain due on Tuesday - The Daily"), "Rain due on Tuesday");
        assert_eq!(core("Rain due on Tuesday (2026) 87", "Rain due on Tuesday - The Daily"), "Rain due on Tuesday (2026) 87");
        assert_eq!(trim_permalink("Logging HOWTO¶"), "Logging HOWTO");
        assert_eq!(trim_permalink("Ansible playbooks \u{f0c1}"), "Ansible playbooks");
        assert_eq!(trim_permalink("What is C#?"), "What is C#?");
    }
}
