//! Metadata from each source a page may offer, one small page each, and
//! properties every field must keep (no markup, no empty strings).

use newsclip::{extract, Article, Options};

fn run(html: &str, url: Option<&str>) -> Article {
    let mut opts = Options::default();
    opts.url = url.map(str::to_string);
    opts.quotes = false;
    extract(html.as_bytes(), &opts).expect("extracts")
}

const BODY: &str = "<p>Heavy rain is expected across the region on Tuesday, forecasters said, with up to \
    40mm falling on high ground by the evening and flooding likely on low roads.</p>\
    <p>Drivers are asked to take care and to check before they travel, as several routes may close \
    at short notice while crews clear fallen trees and blocked drains.</p>\
    <p>The warning runs until midnight on Wednesday, when a drier spell is due to begin from the west.</p>";

#[test]
fn json_ld_graph_gives_authors_dates_publisher_and_section() {
    let html = format!(
        r#"<html lang="en-GB"><head><title>Rain due | The Daily</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@graph":[
          {{"@type":"WebSite","name":"The Daily"}},
          {{"@type":"NewsArticle","headline":"Rain due on Tuesday","datePublished":"2024-05-01T09:30:00+01:00",
            "dateModified":"2024-05-02T10:00:00+01:00","articleSection":"Weather","keywords":["rain","floods"],
            "author":[{{"@type":"Person","name":"Ann Lee"}},{{"@type":"Person","name":"Bo Chan"}},{{"@type":"Organization","name":"The Daily"}}],
            "publisher":{{"@type":"Organization","name":"Daily Media Group"}}}}]}}</script>
        </head><body><article><h1>Rain due on Tuesday</h1>{BODY}</article></body></html>"#
    );
    let a = run(&html, None);
    assert_eq!(a.title.as_deref(), Some("Rain due on Tuesday"));
    assert_eq!(a.authors, vec!["Ann Lee", "Bo Chan"]);
    assert_eq!(a.authors_source.as_deref(), Some("json-ld"));
    assert_eq!(a.published.as_deref(), Some("2024-05-01T09:30:00+01:00"));
    assert_eq!(a.published_source.as_deref(), Some("json-ld"));
    assert_eq!(a.modified.as_deref(), Some("2024-05-02T10:00:00+01:00"));
    assert_eq!(a.publisher.as_deref(), Some("Daily Media Group"));
    assert_eq!(a.section.as_deref(), Some("Weather"));
    assert_eq!(a.tags, vec!["rain", "floods"]);
    assert_eq!(a.language.as_deref(), Some("en-GB"));
    assert_eq!(a.page_type.as_deref(), Some("article"));
}

#[test]
fn open_graph_only() {
    let html = format!(
        r#"<html><head><meta property="og:title" content="Rain due on Tuesday - The Daily">
        <meta property="og:site_name" content="The Daily"><meta property="og:type" content="article">
        <meta property="article:published_time" content="2024-05-01">
        <meta property="og:image" content="/img/rain.jpg"><meta property="og:image:width" content="1200">
        </head><body><div class="story">{BODY}</div></body></html>"#
    );
    let a = run(&html, Some("https://daily.example/news/rain"));
    assert_eq!(a.title.as_deref(), Some("Rain due on Tuesday"));
    assert_eq!(a.site_name.as_deref(), Some("The Daily"));
    assert_eq!(a.published.as_deref(), Some("2024-05-01"));
    assert_eq!(a.published_source.as_deref(), Some("meta"));
    assert!(a.image.is_some());
}

#[test]
fn a_tagline_after_a_bar_is_not_the_title() {
    let html = format!(
        r#"<html><head><title>Rain Gauges | Measure Every Drop | The Daily</title>
        <meta property="og:title" content="Rain Gauges | Measure Every Drop"><meta property="og:site_name" content="The Daily">
        </head><body><main>{BODY}</main></body></html>"#
    );
    assert_eq!(run(&html, None).title.as_deref(), Some("Rain Gauges"));
}

#[test]
fn a_forum_prefix_run_into_the_heading_is_dropped() {
    let html = format!(
        r#"<html><head><title>Question - How do I read a rain gauge? | Weather Talk</title>
        <script type="application/ld+json">{{"@type":"DiscussionForumPosting","headline":"How do I read a rain gauge?"}}</script>
        </head><body><main><h1><span class="label">Question</span> How do I read a rain gauge?</h1>{BODY}</main></body></html>"#
    );
    assert_eq!(run(&html, None).title.as_deref(), Some("How do I read a rain gauge?"));
}

#[test]
fn a_site_name_given_twice_is_cut_from_the_heading_too() {
    let html = format!(
        r#"<html><head><title>Rain due on Tuesday – The Daily - The Daily</title>
        <meta property="og:site_name" content="The Daily">
        <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Rain due on Tuesday – The Daily"}}</script>
        </head><body><article><h1>Rain due on Tuesday – The Daily</h1>{BODY}</article></body></html>"#
    );
    assert_eq!(run(&html, None).title.as_deref(), Some("Rain due on Tuesday"));
}

#[test]
fn a_title_tag_naming_only_the_site_yields_to_the_heading() {
    let html = format!(
        r#"<html><head><title>| The Daily</title></head>
        <body><main><h1>Garden Rain Gauges</h1>{BODY}</main></body></html>"#
    );
    assert_eq!(run(&html, None).title.as_deref(), Some("Garden Rain Gauges"));
}

#[test]
fn json_ld_in_a_cdata_section_is_read() {
    let html = format!(
        r#"<html><head><title>Rain due | The Daily</title>
        <script type="application/ld+json">
        //<![CDATA[
        {{"@type":"NewsArticle","headline":"Rain due","datePublished":"2024-05-01T09:30:00Z",
          "author":[{{"@type":"Person","name":"Ann Lee"}}],"publisher":{{"@type":"Organization","name":"The Daily"}}}}
        //]]>
        </script></head><body><article>{BODY}</article></body></html>"#
    );
    let a = run(&html, None);
    assert_eq!(a.authors, vec!["Ann Lee"]);
    assert_eq!(a.published.as_deref(), Some("2024-05-01T09:30:00Z"));
    assert_eq!(a.site_name.as_deref(), Some("The Daily"));
}

#[test]
fn a_meta_author_repeated_names_each_writer() {
    let html = format!(
        r#"<html lang="en"><head><title>Rain due on Tuesday</title>
        <meta name="author" content="Ann O'Lee"><meta name="author" content="Bo Park-Nuñez">
        <meta name="author" content="ann o'lee"><meta name="twitter:creator" content="Cy Doe">
        </head><body><article><h1>Rain due on Tuesday</h1>{BODY}</article></body></html>"#
    );
    let a = run(&html, None);
    // Each further `author` meta is another writer, named once; another
    // key (twitter:creator) adds no one.
    assert_eq!(a.authors, vec!["Ann O'Lee", "Bo Park-Nuñez"]);
    assert_eq!(a.authors_source.as_deref(), Some("meta"));
}

#[test]
fn a_property_meta_outranks_a_name_meta() {
    let html = format!(
        r#"<html><head><title>Page</title>
        <meta name="author" content="Site Staff"><meta name="dc.title" content="Named title">
        <meta property="dc:title" content="Rain due on Tuesday"><meta property="dc:creator" content="Ann Lee">
        </head><body><main>{BODY}</main></body></html>"#
    );
    let a = run(&html, None);
    assert_eq!(a.title.as_deref(), Some("Rain due on Tuesday"));
    assert_eq!(a.authors, vec!["Ann Lee"]);
}

#[test]
fn microdata_byline_and_time() {
    let html = format!(
        r#"<html><head><title>Rain due on Tuesday</title></head><body>
        <article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Rain due on Tuesday</h1>
        <div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Ann Lee</span>, Senior Reporter</span>
        <time itemprop="datePublished" datetime="2024-05-01T09:30:00Z">1 May 2024</time></div>
        {BODY}</article></body></html>"#
    );
    let a = run(&html, None);
    assert_eq!(a.authors, vec!["Ann Lee"]);
    assert_eq!(a.authors_source.as_deref(), Some("byline"));
    assert_eq!(a.published.as_deref(), Some("2024-05-01T09:30:00Z"));
}

#[test]
fn byline_only_in_text_and_a_dateline_with_a_zone() {
    let html = format!(
        r#"<html><head><title>Rain due on Tuesday</title></head><body><main><h1>Rain due on Tuesday</h1>
        <p><span>By Ann Lee and Bo Chan</span></p><p><span>Sunday 12 December 2021 10:24 EST</span></p>
        {BODY}</main></body></html>"#
    );
    let a = run(&html, None);
    assert_eq!(a.authors, vec!["Ann Lee", "Bo Chan"]);
    assert_eq!(a.published.as_deref(), Some("2021-12-12T10:24:00-05:00"));
}

#[test]
fn a_twitter_written_by_label_names_the_author_when_nothing_else_does() {
    let page = |head: &str, byline: &str| {
        format!(
            r#"<html><head><title>Rain due on Tuesday</title>{head}
            <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ann Lee">
            <meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">
            </head><body><main><h1>Rain due on Tuesday</h1>{byline}{BODY}</main></body></html>"#
        )
    };
    let a = run(&page("", ""), None);
    assert_eq!(a.authors, vec!["Ann Lee"]);
    assert_eq!(a.authors_source.as_deref(), Some("meta"));
    // A visible byline or an author meta tag outranks it.
    let a = run(&page("", r#"<div class="byline">By Bo Chan</div>"#), None);
    assert_eq!(a.authors, vec!["Bo Chan"]);
    let a = run(&page(r#"<meta name="author" content="Cy Dunn">"#, ""), None);
    assert_eq!(a.authors, vec!["Cy Dunn"]);
    // The data under another label is not a name.
    let other = page("", "").replace(r#"content="Written by""#, r#"content="Filed under""#);
    assert!(run(&other, None).authors.is_empty());
}

#[test]
fn date_only_in_the_url() {
    let html = format!("<html><head><title>Rain due on Tuesday</title></head><body><main>{BODY}</main></body></html>");
    let a = run(&html, Some("https://daily.example/2023/04/05/rain-due-on-tuesday"));
    assert_eq!(a.published.as_deref(), Some("2023-04-05"));
    assert_eq!(a.published_source.as_deref(), Some("url"));
}

#[test]
fn future_and_ancient_dates_are_rejected() {
    let html = format!(
        r#"<html><head><title>Rain</title><meta property="article:published_time" content="2031-01-01T00:00:00Z"></head>
        <body><main>{BODY}</main></body></html>"#
    );
    let mut opts = Options::default();
    opts.crawl_time = Some(1_700_000_000); // November 2023
    let a = extract(html.as_bytes(), &opts).unwrap();
    assert_eq!(a.published, None);
    let old = html.replace("2031-01-01", "1990-01-01");
    assert_eq!(run(&old, None).published, None);
}

#[test]
fn captions_keep_their_credit_apart_and_lazy_images_resolve() {
    let html = format!(
        r#"<html><head><title>Rain</title></head><body><article><h1>Rain due on Tuesday</h1>{BODY}
        <figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/rain.jpg" alt="Clouds">
        <figcaption>Clouds over the hills on Monday (Getty Images)</figcaption></figure>
        <figure><img srcset="/img/a-400.jpg 400w, /img/a-1200.jpg 1200w" alt="Road">
        <figcaption>A flooded road. <span class="credit">Photo: Ann Lee</span></figcaption></figure>
        <img src="/pixel.gif" width="1" height="1"></article></body></html>"#
    );
    let a = run(&html, Some("https://daily.example/news/rain"));
    let figs: Vec<_> = a.images.iter().filter(|i| i.caption.is_some()).collect();
    assert_eq!(figs.len(), 2, "{:?}", a.images);
    assert_eq!(figs[0].src.as_deref(), Some("https://daily.example/img/rain.jpg"));
    assert_eq!(figs[0].caption.as_deref(), Some("Clouds over the hills on Monday"));
    assert_eq!(figs[0].credit.as_deref(), Some("Getty Images"));
    assert_eq!(figs[1].src.as_deref(), Some("https://daily.example/img/a-1200.jpg"));
    assert_eq!(figs[1].caption.as_deref(), Some("A flooded road."));
    assert_eq!(figs[1].credit.as_deref(), Some("Ann Lee"));
    assert!(a.images.iter().all(|i| !i.src.as_deref().unwrap_or("").contains("pixel")));
}

#[test]
fn german_and_french_pages() {
    let de = r#"<html lang="de"><head><title>Regen am Dienstag</title></head><body><main><h1>Regen am Dienstag</h1>
        <p class="byline">Von Anna Schmidt</p><p class="date">12. Dezember 2021, 10:24 Uhr</p>
        <p>Am Dienstag wird in der ganzen Region starker Regen erwartet, sagten die Meteorologen, mit bis zu vierzig Millimetern in den Höhenlagen.</p>
        <p>Autofahrer sollen vorsichtig sein und sich vor der Fahrt informieren, da mehrere Strecken kurzfristig gesperrt werden können.</p></main></body></html>"#;
    let a = run(de, None);
    assert_eq!(a.authors, vec!["Anna Schmidt"]);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2021-12-12"));
    assert_eq!(a.language.as_deref(), Some("de"));
    let fr = r#"<html lang="fr"><head><title>De la pluie mardi</title></head><body><main><h1>De la pluie mardi</h1>
        <p class="auteur-signature">Par Sébastien Martin</p><p>Publié le 3 mars 2022 à 10h24</p>
        <p>De fortes pluies sont attendues mardi dans toute la région, selon les prévisionnistes, avec jusqu'à quarante millimètres sur les hauteurs.</p>
        <p>Les automobilistes sont invités à la prudence et à se renseigner avant de partir, plusieurs routes pouvant fermer.</p></main></body></html>"#;
    let a = run(fr, None);
    assert_eq!(a.authors, vec!["Sébastien Martin"]);
    assert_eq!(a.published.as_deref(), Some("2022-03-03T10:24:00"));
}

#[test]
fn agencies_are_not_people() {
    let html = format!(
        r#"<html><head><title>Rain</title><meta name="author" content="Ann Lee, Reuters"></head>
        <body><main><h1>Rain due on Tuesday</h1>{BODY}</main></body></html>"#
    );
    let a = run(&html, None);
    assert_eq!(a.authors, vec!["Ann Lee"]);
    assert_eq!(a.agencies, vec!["Reuters"]);
}

#[test]
fn a_listing_page_is_typed_as_one() {
    let mut cards = String::new();
    for i in 0..12 {
        cards.push_str(&format!(
            "<article><h2><a href='/news/story-{i}'>Story number {i} about the weather this week</a></h2><p>Short teaser {i}.</p></article>"
        ));
    }
    let html = format!("<html><head><title>News</title></head><body><main>{cards}</main></body></html>");
    let a = run(&html, Some("https://daily.example/news"));
    assert_eq!(a.page_type.as_deref(), Some("listing"), "{:?}", a.page_type_confidence);
}

/// No field holds markup, a script, or an empty string, on any page of the fixtures.
#[test]
fn fields_hold_no_markup_and_no_empty_strings() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut pages = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path().join("source.html");
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let a = extract(&bytes, &Options::default()).unwrap();
        pages += 1;
        let mut fields: Vec<(&str, &str)> = Vec::new();
        for (name, v) in [
            ("title", &a.title),
            ("standfirst", &a.standfirst),
            ("description", &a.description),
            ("published", &a.published),
            ("modified", &a.modified),
            ("site_name", &a.site_name),
            ("publisher", &a.publisher),
            ("language", &a.language),
            ("section", &a.section),
            ("credit_line", &a.credit_line),
        ] {
            if let Some(v) = v {
                fields.push((name, v));
            }
        }
        fields.extend(a.authors.iter().map(|v| ("authors", v.as_str())));
        fields.extend(a.agencies.iter().map(|v| ("agencies", v.as_str())));
        fields.extend(a.tags.iter().map(|v| ("tags", v.as_str())));
        for img in &a.images {
            for v in [&img.caption, &img.credit, &img.alt].into_iter().flatten() {
                fields.push(("images", v));
            }
        }
        for (name, v) in fields {
            assert!(!v.trim().is_empty(), "{}: empty {name}", path.display());
            let lower = v.to_lowercase();
            assert!(
                !lower.contains("<script") && !lower.contains("</") && !lower.contains("<div") && !lower.contains("<p>"),
                "{}: markup in {name}: {v}",
                path.display()
            );
        }
    }
    assert!(pages >= 10);
}

/// A page the type model cannot tell from a shop's or a service's (an
/// article less likely than not) gets no publication date from a date in
/// its text: that one dates a delivery, not a story.
#[test]
fn a_page_unlikely_to_be_an_article_is_not_dated() {
    let html = r#"<html lang="en"><head><title>Garden Tools | Northfield Supply</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
        <main><h1>Garden Tools</h1><p>New stock from March 3, 2024</p>
        <p>Everything you need to keep a garden in shape through the year, from spades and forks to shears and hoses.</p>
        <ul><li><a href="/shop/spades">Spades and shovels</a></li><li><a href="/shop/forks">Forks and rakes</a></li>
        <li><a href="/shop/shears">Shears and pruners</a></li><li><a href="/shop/hoses">Hoses and watering cans</a></li>
        <li><a href="/shop/gloves">Gloves and kneelers</a></li></ul>
        <p>Free delivery on orders over £40. Call us on weekdays for advice on the right tool for the job.</p></main>
        <footer>© 2024 Northfield Supply</footer></body></html>"#;
    let a = run(html, Some("https://northfield.example/garden-tools"));
    assert!(a.page_type.as_deref() != Some("article") || a.page_type_confidence.is_some_and(|c| c < 0.5), "{:?} {:?}", a.page_type, a.page_type_confidence);
    assert_eq!(a.published, None, "{:?}", a.published_source);
}

#[test]
fn a_description_given_as_escaped_html_is_text() {
    let html = r#"<html><head><title>Quiet engine</title>
        <meta name="description" content="&lt;p&gt;We&#x27;re glad to introduce &lt;strong&gt;Quiet&lt;/strong&gt;, a small engine for long trips.&lt;/p&gt;">
        <meta property="og:type" content="article"></head>
        <body><article><h1>Quiet engine</h1><p>The engine was built over two winters in a shed by the river, and it runs on the same fuel as the old boats of the harbour.</p></article></body></html>"#;
    let a = run(html, None);
    assert_eq!(a.description.as_deref(), Some("We're glad to introduce Quiet, a small engine for long trips."));
    assert!(a.standfirst.as_deref().is_none_or(|s| !s.contains('<')), "{:?}", a.standfirst);
}

/// A page typed as a shop's, a service's or a reference page still takes
/// its markup's publication date when it shows that day by its headline:
/// the story is dated for its readers. A markup date it does not show is
/// a revision's or the CMS's.
#[test]
fn a_markup_date_shown_by_the_headline_dates_any_kind_of_page() {
    let page = |shown: &str| {
        format!(
            r#"<html lang="en"><head><title>Garden Tools | Northfield Supply</title>
        <meta property="article:published_time" content="2024-03-03T09:00:00+00:00">
        <script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"LocalBusiness","name":"Northfield Supply","telephone":"+44 1632 960000"}},{{"@type":"Product","name":"Spade","offers":{{"@type":"Offer","price":"24.00","priceCurrency":"GBP"}}}}]}}</script></head><body>
        <header><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
        <main><h1>Garden Tools</h1><p class="date">{shown}</p>
        <p>Everything you need to keep a garden in shape through the year, from spades and forks to shears and hoses.</p>
        <ul><li><a href="/shop/spades">Spades and shovels</a></li><li><a href="/shop/forks">Forks and rakes</a></li>
        <li><a href="/shop/shears">Shears and pruners</a></li><li><a href="/shop/hoses">Hoses and watering cans</a></li>
        <li><a href="/shop/gloves">Gloves and kneelers</a></li></ul>
        <p>Free delivery on orders over £40. Call us on weekdays for advice on the right tool for the job.</p></main>
        <footer>© 2024 Northfield Supply</footer></body></html>"#
        )
    };
    let shown = run(&page("March 3, 2024"), Some("https://northfield.example/garden-tools"));
    let unsigned = |a: &Article| a.page_type.as_deref().is_some_and(|t| t != "article" && t != "forum");
    if unsigned(&shown) {
        assert_eq!(shown.published.as_deref().map(|d| &d[..10]), Some("2024-03-03"), "{:?}", shown.page_type);
    }
    let other = run(&page("Open every day from 9am"), Some("https://northfield.example/garden-tools"));
    if unsigned(&other) {
        assert_eq!(other.published, None, "{:?}", other.published_source);
    }
    assert!(unsigned(&shown), "{:?} {:?}", shown.page_type, other.page_type);
}

/// The page's `<title>` is not a dateline: a version number in it
/// ("2024.4.4") does not replace the markup's date.
#[test]
fn a_version_number_in_the_title_is_not_a_date() {
    let html = format!(
        r#"<html lang="en"><head><title>2024.4.4 -&gt; 2024.5.0 issue: stuck on start - Community</title>
        <meta property="article:published_time" content="2024-05-03T08:45:44+00:00">
        <meta property="article:modified_time" content="2024-05-03T10:13:49+00:00"></head>
        <body><main><h1>2024.4.4 -&gt; 2024.5.0 issue: stuck on start</h1>{BODY}</main></body></html>"#
    );
    let a = run(&html, Some("https://community.example/t/2024-4-4-2024-5-0-issue/724779"));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2024-05-03"), "{:?}", a.published_source);
}

/// A page typed as a reference or service page that its markup dates, and
/// that shows that day by its headline, is a story: the author its markup
/// names stands too. One that does not show its date keeps no author (a
/// name there signs a revision, a review or a testimonial).
#[test]
fn a_page_dated_by_its_headline_keeps_its_author_whatever_its_kind() {
    let page = |shown: &str| {
        format!(
            r#"<html lang="en"><head><title>Installing the CLI | Tern Docs</title>
        <meta property="article:published_time" content="2024-03-03T09:00:00+00:00">
        <meta name="author" content="Ann Lee"></head><body>
        <nav class="sidebar"><a href="/docs/">Overview</a> <a href="/docs/install">Install</a> <a href="/docs/config">Configuration</a>
        <a href="/docs/cli">CLI reference</a> <a href="/docs/api">API reference</a> <a href="/docs/plugins">Plugins</a> <a href="/docs/faq">FAQ</a></nav>
        <main><h1>Installing the CLI</h1><p class="date">{shown}</p>
        <p>The command-line tool ships as a single binary. Install it with your package manager or from the release page.</p>
        <h2>Requirements</h2><ul><li>Linux, macOS or Windows</li><li>64-bit processor</li></ul>
        <h2>Install</h2><pre><code>curl -sSf https://tern.example/install.sh | sh
tern --version</code></pre>
        <h2>Configure</h2><p>Run <code>tern init</code> in your project to write a default <code>tern.toml</code>.</p>
        <pre><code>[project]
name = "demo"</code></pre>
        <p>Next: <a href="/docs/config">Configuration</a></p></main>
        <footer>© 2024 Tern</footer></body></html>"#
        )
    };
    let unsigned = |a: &Article| a.page_type.as_deref().is_some_and(|t| t != "article" && t != "forum");
    let shown = run(&page("March 3, 2024"), Some("https://tern.example/docs/install"));
    let other = run(&page("Edit this page on GitHub"), Some("https://tern.example/docs/install"));
    assert!(unsigned(&shown) && unsigned(&other), "{:?} {:?}", shown.page_type, other.page_type);
    assert_eq!(shown.authors, vec!["Ann Lee".to_string()], "{:?}", shown.authors_source);
    assert!(other.authors.is_empty(), "{:?} {:?}", other.authors, other.authors_source);
}
