//! Bad input: each case ends in a clear outcome (an `Err` of the right
//! variant, or an `Ok` with sensible content), never a panic, and quickly.
//! The heavy cases print their time; they are meant to take well under 3 s
//! each in release (`cargo test --release`).

use std::io::Write;
use std::time::Instant;

use newsclip::{extract, render, Article, Error, Options};

/// A fixed-seed linear congruential generator (Knuth's MMIX constants):
/// reproducible pseudo-random bytes without a `rand` dependency.
struct Lcg(u64);

impl Lcg {
    fn next_u32(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        self.next_u32() as usize % n
    }

    fn byte(&mut self) -> u8 {
        (self.next_u32() >> 7) as u8
    }
}

/// Extract, printing how long it took (for the heavy cases).
fn timed(label: &str, bytes: &[u8], opts: &Options) -> Result<Article, Error> {
    let start = Instant::now();
    let result = extract(bytes, opts);
    eprintln!("{label}: {} bytes in {:.2?}", bytes.len(), start.elapsed());
    result
}

fn gzip(chunks: impl IntoIterator<Item = Vec<u8>>) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    for chunk in chunks {
        enc.write_all(&chunk).expect("write to a Vec");
    }
    enc.finish().expect("finish a Vec")
}

/// A short news page whose body text is known.
const SMALL_PAGE: &str = "<!doctype html><html lang=en><head><meta charset=utf-8>\
<title>Ferry returns to service - Harbour News</title></head><body>\
<nav><a href=/>Home</a> <a href=/local>Local</a> <a href=/sport>Sport</a></nav>\
<article><h1>Ferry returns to service</h1>\
<p>The island ferry sailed again on Monday morning after three weeks in dry dock, \
carrying forty passengers and a van of fresh bread across the sound.</p>\
<p>Engineers replaced a cracked propeller shaft, the operator said, and the \
timetable will be back to six crossings a day by the weekend.</p>\
<h2>Timetable</h2><ul><li>First sailing at 7:10</li><li>Last sailing at 19:40</li></ul>\
</article><footer>Harbour News, all rights reserved</footer></body></html>";

fn small_page_ok(article: &Article) {
    assert!(
        article.text.contains("The island ferry sailed again"),
        "body lost: {:?}",
        article.text
    );
    assert!(!article.text.contains("Sport"), "menu kept: {:?}", article.text);
}

#[test]
fn empty_input_is_empty_error() {
    assert!(matches!(extract(b"", &Options::default()), Err(Error::Empty)));
}

#[test]
fn whitespace_only_is_empty_error() {
    let r = extract(b" \t\r\n\n   \x0c  ", &Options::default());
    assert!(matches!(r, Err(Error::Empty)), "{r:?}");
}

#[test]
fn png_is_binary_error() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..2000u32).map(|i| (i * 37 % 251) as u8));
    let r = extract(&png, &Options::default());
    assert!(matches!(r, Err(Error::Binary { what: "PNG image" })), "{r:?}");
}

/// 64 KiB of pseudo-random bytes from one seed.
fn random_bytes(seed: u64) -> Vec<u8> {
    let mut rng = Lcg(seed);
    (0..64 * 1024).map(|_| rng.byte()).collect()
}

#[test]
fn random_bytes_are_binary_error() {
    let r = extract(&random_bytes(1), &Options::default());
    assert!(matches!(r, Err(Error::Binary { .. })), "{r:?}");
}

/// Uniform random bytes are about 10% control bytes (26 of 256 values);
/// every seed must be refused as binary, none read as a page of mojibake.
#[test]
fn random_bytes_are_binary_error_for_every_seed() {
    let failing: Vec<u64> = (0..100u64)
        .filter(|seed| !matches!(extract(&random_bytes(*seed), &Options::default()), Err(Error::Binary { .. })))
        .collect();
    assert!(failing.is_empty(), "{} of 100 seeds read as a page: {failing:?}", failing.len());
}

#[test]
fn truncated_gzip_is_gzip_error() {
    let z = gzip([SMALL_PAGE.repeat(20).into_bytes()]);
    for cut in [3, 10, z.len() / 2, z.len() - 5] {
        let r = extract(&z[..cut], &Options::default());
        assert!(matches!(r, Err(Error::Gzip { .. })), "cut at {cut}: {r:?}");
    }
    // The whole stream reads as the page.
    small_page_ok(&extract(&z, &Options::default()).expect("whole gzip"));
}

#[test]
fn gzip_bomb_is_too_large() {
    // 200 MiB of spaces compress to about 200 KB; the default limit is 64 MiB.
    let opts = Options::default();
    let chunk = vec![b' '; 1024 * 1024];
    let bomb = gzip((0..200).map(|_| chunk.clone()));
    assert!(bomb.len() < 1024 * 1024, "bomb is {} bytes", bomb.len());
    let r = timed("gzip bomb", &bomb, &opts);
    match r {
        Err(Error::TooLarge { size, limit }) => {
            assert_eq!(limit, opts.max_bytes);
            assert!(size > limit);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    // A smaller limit stops a smaller bomb, and a page just under it passes.
    let mut small = Options::default();
    small.max_bytes = 100_000;
    let page = SMALL_PAGE.repeat(100_000 / SMALL_PAGE.len() + 1).into_bytes();
    let r = extract(&gzip([page]), &small);
    assert!(matches!(r, Err(Error::TooLarge { limit: 100_000, .. })), "{r:?}");
    small_page_ok(&extract(&gzip([SMALL_PAGE.as_bytes().to_vec()]), &small).expect("small gzip"));
}

#[test]
fn plain_page_over_max_bytes_is_too_large() {
    let mut opts = Options::default();
    opts.max_bytes = 1000;
    let page = SMALL_PAGE.repeat(2);
    let r = extract(page.as_bytes(), &opts);
    assert!(
        matches!(r, Err(Error::TooLarge { size, limit: 1000 }) if size == page.len()),
        "{r:?}"
    );
}

#[test]
fn fifty_megabyte_page() {
    // One article of 50 MB: a headline, then numbered paragraphs of ~1 KB
    // with a little inline markup.
    let mut page = String::with_capacity(51 * 1024 * 1024);
    page.push_str(
        "<html><head><title>Long record - Archive</title></head><body>\
         <nav><a href=/>Home</a> <a href=/archive>Archive</a></nav>\
         <div class=content><h1>Long record</h1>",
    );
    let mut n = 0;
    while page.len() < 50 * 1024 * 1024 {
        n += 1;
        page.push_str("<p>Paragraph ");
        page.push_str(&n.to_string());
        page.push_str(" of the record. ");
        for _ in 0..6 {
            page.push_str(
                "The council met again, and <b>the minutes</b> note a long \
                 discussion of roads, drains, <a href=/x>street lights</a> and \
                 the budget for the coming year, with no vote taken. ",
            );
        }
        page.push_str("</p>\n");
    }
    page.push_str("<p>The end of the record.</p></div></body></html>");
    let a = timed("50 MB page", page.as_bytes(), &Options::default()).expect("a 50 MB page is Ok");
    assert!(a.text.contains("Paragraph 1 of the record."), "start lost");
    assert!(a.text.contains("Paragraph 1000 of the record."), "middle lost");
    assert!(!a.text.contains("Archive"), "menu kept");
}

#[test]
fn hundred_thousand_nested_divs_keep_their_text() {
    let n = 100_000;
    let mut page = String::from("<html><head><title>Deep</title></head><body>");
    page.push_str(&"<div>".repeat(n));
    page.push_str(
        "<p>At the very bottom of a hundred thousand boxes sits one sentence, \
         and it should still be read.</p>",
    );
    page.push_str(&"</div>".repeat(n));
    page.push_str("</body></html>");
    let a = timed("100k nested divs", page.as_bytes(), &Options::default()).expect("Ok");
    assert!(a.text.contains("At the very bottom of a hundred thousand boxes"), "{:?}", a.text);
}

#[test]
fn fifty_thousand_nested_bold_italic() {
    let n = 50_000;
    let mut page = String::from("<html><body><p>Start of the story, before the markup goes wrong.</p>");
    page.push_str(&"<b><i>".repeat(n));
    page.push_str("Deep inside the formatting, the words are still words.");
    // Paragraphs after unclosed formatting elements make the parser
    // reconstruct the open formatting elements for each of them.
    for i in 0..50 {
        page.push_str(&format!("<p>Later paragraph {i} of the same story.</p>"));
    }
    page.push_str("</body></html>");
    let a = timed("50k nested <b><i>", page.as_bytes(), &Options::default()).expect("Ok");
    assert!(a.text.contains("Deep inside the formatting, the words are still words."), "{:?}", a.text);
    assert!(a.text.contains("Later paragraph 49 of the same story."));
}

#[test]
fn twenty_thousand_unclosed_tables() {
    let n = 20_000;
    let mut page = String::from("<html><body>");
    page.push_str(&"<table><tr><td>".repeat(n));
    page.push_str(
        "<p>Under twenty thousand tables, the cell holds the only sentence of \
         the page, and it is long enough to count as one.</p>",
    );
    page.push_str("</body></html>");
    let a = timed("20k unclosed tables", page.as_bytes(), &Options::default()).expect("Ok");
    assert!(a.text.contains("Under twenty thousand tables"), "{:?}", a.text);
}

#[test]
fn misnested_formatting_finishes() {
    // The adoption agency algorithm runs on every `</b>` here.
    let n = 20_000;
    let mut page = String::from("<html><body>");
    for i in 0..n {
        page.push_str("<b><div><a href=/x>");
        if i % 1000 == 0 {
            page.push_str("Some words inside the tangle, every thousandth time. ");
        }
        page.push_str("</b>");
    }
    page.push_str("<p>A closing sentence after the tangle of misnested tags.</p></body></html>");
    let a = timed("20k misnested <b><div>", page.as_bytes(), &Options::default()).expect("Ok");
    let _ = a;
}

#[test]
fn over_max_nodes_is_truncated_with_a_warning() {
    let mut opts = Options::default();
    opts.max_nodes = 500;
    let mut page = String::from("<html><head><title>Many nodes</title></head><body><article>");
    for i in 0..5000 {
        page.push_str(&format!(
            "<p>Paragraph {i}: a sentence long enough to read as part of the story, with words.</p>"
        ));
    }
    page.push_str("</article></body></html>");
    let a = timed("over max_nodes", page.as_bytes(), &opts).expect("Ok");
    assert!(
        a.warnings.iter().any(|w| w.contains("nodes")),
        "no node-limit warning: {:?}",
        a.warnings
    );
    assert!(a.text.contains("Paragraph 0:"), "the part before the limit is kept");
    assert!(!a.text.contains("Paragraph 4999:"), "the part after the limit is ignored");
    // Under the default limit, the same page has no such warning.
    let a = extract(page.as_bytes(), &Options::default()).expect("Ok");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    assert!(a.text.contains("Paragraph 4999:"));
}

#[test]
fn invalid_utf8_bytes() {
    // Declared UTF-8: bad bytes become U+FFFD, the rest reads normally.
    let mut page = b"<html><head><meta charset=utf-8><title>Bad bytes</title></head><body><article>\
<p>Before the bad bytes the text is fine, and it goes on for a while."
        .to_vec();
    page.extend_from_slice(b" \xff\xfe\xc3\x28 \xe2\x82 \xf0\x9f\x98 ");
    page.extend_from_slice(b"After them it is fine again, and the sentence ends here.</p></article></body></html>");
    let a = extract(&page, &Options::default()).expect("Ok");
    assert!(a.text.contains("Before the bad bytes the text is fine"), "{:?}", a.text);
    assert!(a.text.contains("After them it is fine again"), "{:?}", a.text);
    assert!(a.text.contains('\u{fffd}'), "{:?}", a.text);

    // Undeclared: the detector picks an encoding; the ASCII text is intact.
    let undeclared: Vec<u8> = page
        .windows(b"<meta charset=utf-8>".len())
        .position(|w| w == b"<meta charset=utf-8>")
        .map(|at| [&page[..at], &page[at + b"<meta charset=utf-8>".len()..]].concat())
        .expect("meta tag present");
    let a = extract(&undeclared, &Options::default()).expect("Ok");
    assert!(a.text.contains("Before the bad bytes the text is fine"), "{:?}", a.text);
    assert!(a.text.contains("After them it is fine again"), "{:?}", a.text);
}

#[test]
fn utf16le_page_with_bom() {
    let page = "<html><head><title>Zürich trams - Stadt</title></head><body><article>\
<h1>Zürich trams</h1><p>Die Trams in Zürich fahren ab Montag wieder nach dem \
normalen Fahrplan, teilten die Verkehrsbetriebe mit. Grüße aus der Straße.</p>\
</article></body></html>";
    let mut bytes = vec![0xff, 0xfe];
    for unit in page.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let a = extract(&bytes, &Options::default()).expect("UTF-16LE with a BOM is a page");
    assert_eq!(a.title.as_deref(), Some("Zürich trams"));
    assert!(a.text.contains("Die Trams in Zürich fahren"), "{:?}", a.text);
    assert!(a.text.contains("Grüße aus der Straße."), "{:?}", a.text);
}

#[test]
fn script_only_page_is_empty_with_warning() {
    let page = b"<html><head><script>var a = 'looks like text, is not';</script></head>\
<body><script>document.write('<p>Written by a script at run time, never seen here.</p>');</script>\
<script type=application/json>{\"story\": \"also not text\"}</script></body></html>";
    let a = extract(page, &Options::default()).expect("a page without an article is Ok");
    assert!(a.text.is_empty(), "{:?}", a.text);
    assert!(a.blocks.is_empty());
    assert!(a.warnings.iter().any(|w| w.contains("no article")), "{:?}", a.warnings);
}

#[test]
fn nul_bytes_in_the_middle() {
    let mut page = SMALL_PAGE.as_bytes().to_vec();
    let at = SMALL_PAGE.find("three weeks").expect("marker");
    page.splice(at..at, b"\0\0\0".iter().copied());
    let at = SMALL_PAGE.find("<h2>").expect("marker");
    page.splice(at..at, b"<p>\0</p>\0".iter().copied());
    let a = extract(&page, &Options::default()).expect("a few NULs do not make a page binary");
    small_page_ok(&a);
    assert!(a.text.contains("three weeks in dry dock"), "{:?}", a.text);
    assert!(!a.text.contains('\0'), "NUL in the output: {:?}", a.text);
}

#[test]
fn unknown_charset_label_is_a_warning() {
    let mut opts = Options::default();
    opts.charset = Some("x-no-such-charset-2024".into());
    let a = extract(SMALL_PAGE.as_bytes(), &opts).expect("an unknown label is not an error");
    small_page_ok(&a);
    assert!(
        a.warnings.iter().any(|w| w.contains("charset")),
        "no warning: {:?}",
        a.warnings
    );
}

#[test]
fn unclosed_markup_at_the_end_of_input() {
    for tail in ["<", "<!--", "<![CDATA[", "<script>", "<a href=\"", "&#x", "<p class='", "</"] {
        let page = format!("{SMALL_PAGE}{tail}");
        let a = extract(page.as_bytes(), &Options::default()).expect("Ok");
        small_page_ok(&a);
    }
}

#[test]
fn long_text_without_markup() {
    let mut text = String::new();
    while text.len() < 5 * 1024 * 1024 {
        text.push_str("Plain text with no tags at all, just sentences one after another. ");
    }
    let a = timed("5 MB of plain text", text.as_bytes(), &Options::default()).expect("Ok");
    assert!(a.text.starts_with("Plain text with no tags"), "{:?}", &a.text[..a.text.len().min(100)]);
}

/// A small page with every kind of block, the seed of the mutations below.
const SEED_PAGE: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>Mutant - Site</title><meta property=\"og:title\" content=\"Mutant\">\
<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Mutant\",\
\"author\":{\"name\":\"A. Writer\"},\"datePublished\":\"2024-03-01\"}</script>\
<style>p{color:red}</style></head><body><nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li></ul></nav>\
<div class=\"cookie-banner\">We use cookies <button>OK</button></div>\
<main><article class=\"post\"><h1>Mutant</h1><p class=\"byline\">By A. Writer</p>\
<p>First paragraph with <a href=\"/x\">a link</a>, <b>bold</b> and &amp; entities &eacute;.</p>\
<h2>Section</h2><ul><li>one</li><li>two <ol><li>nested</li></ol></li></ul>\
<table><thead><tr><th>A</th><th>B</th></tr></thead><tr><td>1</td><td colspan=2>2</td></tr></table>\
<blockquote><p>Quoted.</p><p>Twice.</p></blockquote><pre><code class=\"language-rust\">fn main() {\n    x();\n}</code></pre>\
<figure><img src=\"a.jpg\" srcset=\"a.jpg 1x, b.jpg 2x\" alt=\"alt\"><figcaption>Cap</figcaption></figure>\
<noscript><img src=\"n.jpg\"></noscript><div hidden id=\"S:0\"><p>Streamed.</p></div>\
<svg><title>t</title><foreignObject><p>fo</p></foreignObject></svg><template><p>tpl</p></template>\
<dl><dt>term</dt><dd>def</dd></dl><h3>End</h3></article></main>\
<aside class=\"related\"><a href=\"/r\">Related</a></aside><footer>Foot</footer></body></html>";

/// Bits of markup that html5ever's tree builder treats specially.
const SOUP: &[&str] = &[
    "<div>", "</div>", "<p>", "</p>", "<table>", "</table>", "<tr>", "<td>", "</td>", "<th>", "<b>", "</b>",
    "<i>", "</i>", "<a href=x>", "</a>", "<ul>", "<li>", "</ul>", "<ol start=9>", "<h2>", "</h2>",
    "<pre>", "</pre>", "<code class=language-c>", "<blockquote>", "<figure>", "<figcaption>",
    "<img src=i.png>", "<br>", "<hr>", "<script>", "</script>", "<style>", "<noscript>", "</noscript>",
    "<template>", "</template>", "<svg>", "<math>", "<foreignObject>", "<select>", "<option>",
    "<frameset>", "<frame>", "<iframe>", "<textarea>", "<plaintext>", "<xmp>", "<title>", "<html>",
    "<body>", "<head>", "<form>", "<button>", "<nav>", "<aside>", "<footer>", "<article class=post>",
    "<section>", "<main>", "<div hidden id=S:1>", "<div class=cookie-banner>", "<span style=display:none>",
    "<!--", "-->", "<![CDATA[", "]]>", "<!doctype html>", "<?xml ?>", "&amp;", "&#x1F600;", "&#0;",
    "&#xD800;", "&nbsp;", "&", "<", ">", "\"", "'", "=", "\0", "\u{feff}", "\u{fffd}", "é", "日本語",
    "\r\n", "\t", " ", "<meta charset=shift_jis>", "<meta charset=utf-16>",
    "<meta property=og:title content=T>", "<script type=application/ld+json>{\"headline\":[",
    "Words words words, a sentence of text. ", "Another, longer sentence follows here, with commas. ",
];

/// A pseudo-random variation of the seed page, or tag soup.
fn mutant(rng: &mut Lcg) -> Vec<u8> {
    let seed = SEED_PAGE.as_bytes();
    let mut out: Vec<u8> = match rng.below(4) {
        0 => {
            // Tag soup.
            let mut s = Vec::new();
            for _ in 0..rng.below(300) + 1 {
                s.extend_from_slice(SOUP[rng.below(SOUP.len())].as_bytes());
            }
            s
        }
        _ => seed.to_vec(),
    };
    for _ in 0..rng.below(4) + 1 {
        let len = out.len();
        match rng.below(7) {
            0 => out.truncate(rng.below(len + 1)),
            1 => {
                // Splice a piece of the seed page in at a random place.
                let a = rng.below(seed.len());
                let b = (a + rng.below(400)).min(seed.len());
                let at = rng.below(len + 1);
                out.splice(at..at, seed[a..b].iter().copied());
            }
            2 => {
                // Cut a range out.
                let a = rng.below(len + 1);
                let b = (a + rng.below(200)).min(len);
                out.drain(a..b);
            }
            3 => {
                // Flip some bytes.
                for _ in 0..rng.below(8) + 1 {
                    if !out.is_empty() {
                        let i = rng.below(out.len());
                        out[i] = rng.byte();
                    }
                }
            }
            4 => {
                // Insert soup.
                let at = rng.below(len + 1);
                let piece = SOUP[rng.below(SOUP.len())].repeat(rng.below(20) + 1);
                out.splice(at..at, piece.bytes());
            }
            5 => {
                // Duplicate a range many times (deep or long structures).
                let a = rng.below(len + 1);
                let b = (a + rng.below(60)).min(len);
                let piece = out[a..b].repeat(rng.below(200) + 1);
                out.splice(b..b, piece);
            }
            _ => {
                // A prefix that changes how the input is read.
                let prefixes: &[&[u8]] = &[b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x1f\x8b", b"\x1f\x8b\x08\0\0\0\0\0", b"   "];
                let p = prefixes[rng.below(prefixes.len())];
                out.splice(0..0, p.iter().copied());
            }
        }
    }
    out
}

#[test]
fn mutated_inputs_never_panic() {
    let mut opts = vec![Options::default()];
    let mut o = Options::default();
    o.favor_recall = true;
    o.include_comments = true;
    o.url = Some("https://example.com/a/b.html?q=1".into());
    opts.push(o);
    let mut o = Options::default();
    o.favor_precision = true;
    o.max_depth = 4;
    o.max_nodes = 40;
    o.include_tables = false;
    o.include_images = false;
    o.charset = Some("windows-1251".into());
    opts.push(o);

    let start = Instant::now();
    let mut rng = Lcg(0x5eed);
    let mut ok = 0;
    let mut differ = 0;
    for case in 0..2000 {
        let input = mutant(&mut rng);
        let o = &opts[case % opts.len()];
        let outcome = std::panic::catch_unwind(|| {
            let Ok(a) = extract(&input, o) else { return (false, false) };
            let _ = (render::text(&a), render::markdown(&a), render::json(&a));
            let html = render::html(&a);
            let again = extract(html.as_bytes(), o);
            (true, again.map_or(true, |b| b.blocks != a.blocks))
        });
        match outcome {
            Ok((was_ok, differs)) => {
                ok += usize::from(was_ok);
                differ += usize::from(was_ok && differs);
            }
            Err(_) => {
                let shown = String::from_utf8_lossy(&input[..input.len().min(2000)]).into_owned();
                panic!("case {case} (options #{}) panicked; input: {shown:?}", case % opts.len());
            }
        }
    }
    eprintln!(
        "2000 mutants in {:.2?}: {ok} extracted, {differ} of those re-extract to other blocks",
        start.elapsed()
    );
}

/// A page over `max_time` is an error, not a stall; without a limit the
/// same page extracts.
#[test]
fn time_limit_is_an_error() {
    let page = b"<html><body><article><p>Heavy rain is expected across the region.</p></article></body></html>";
    let mut o = Options::default();
    o.max_time = Some(std::time::Duration::ZERO);
    let r = extract(page, &o);
    assert!(matches!(r, Err(Error::TimedOut { .. })), "{r:?}");
    assert!(extract(page, &Options::default()).is_ok());
}
