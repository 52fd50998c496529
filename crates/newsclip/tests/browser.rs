//! The HTML rendering (the reader view) in a real browser: each article's
//! `render::html` is served from 127.0.0.1 to headless Chromium, which
//! loads it, and the DOM Chromium built (`--dump-dom`) is extracted again.
//! The article must come back: title, authors, date, site, language, every
//! block, figure credits; nothing the page's text holds may become markup;
//! and Chromium's DOM must give what html5ever's parse of the same bytes
//! gives. A screenshot checks that the page paints.
//!
//! Chromium is found as `$CHROMIUM`, else `chromium` on the PATH
//! (`scripts/setup-browser` installs Debian's). Without it the test fails,
//! unless `NEWSCLIP_NO_BROWSER=1` says to skip it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use newsclip::{extract, render, Article, Block, Options};

/// Longest a Chromium run may take before the test gives up on it.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(90);

/// The Chromium to run, or `None` when the test is to be skipped.
fn chromium() -> Option<String> {
    if std::env::var("NEWSCLIP_NO_BROWSER").is_ok_and(|v| v == "1") {
        eprintln!("NEWSCLIP_NO_BROWSER=1: the browser tests are skipped");
        return None;
    }
    let candidates = std::env::var("CHROMIUM").into_iter().chain(["chromium".to_string(), "chromium-browser".to_string()]);
    for exe in candidates {
        if Command::new(&exe).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success()) {
            return Some(exe);
        }
    }
    panic!("no Chromium found: run scripts/setup-browser (Debian's chromium), set CHROMIUM, or NEWSCLIP_NO_BROWSER=1 to skip");
}

/// Serve `page` as `text/html; charset=utf-8` at `/` on 127.0.0.1 until
/// the process ends; other paths are 404. Gives the page's address.
fn serve(page: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let address = format!("http://{}/", listener.local_addr().unwrap());
    let page = Arc::new(page);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let page = Arc::clone(&page);
            std::thread::spawn(move || {
                let mut reader = BufReader::new(&stream);
                let mut request_line = String::new();
                if reader.read_line(&mut request_line).is_err() {
                    return;
                }
                // Read the headers up to the blank line.
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let path = request_line.split_whitespace().nth(1).unwrap_or("/");
                let (status, body) = if path == "/" { ("200 OK", page.as_str()) } else { ("404 Not Found", "") };
                let response = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = (&stream).write_all(response.as_bytes());
            });
        }
    });
    address
}

/// Run Chromium headless on `url` with `args`, as root-safe and offline as
/// this machine needs; its standard output.
fn run_chromium(exe: &str, url: &str, args: &[String]) -> String {
    let profile = tempdir("profile");
    let mut child = Command::new(exe)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"])
        .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        stdout.read_to_string(&mut out).map(|_| out)
    });
    let started = Instant::now();
    loop {
        match child.try_wait().expect("wait for chromium") {
            Some(status) => {
                assert!(status.success(), "chromium exited with {status}");
                break;
            }
            None if started.elapsed() > BROWSER_TIMEOUT => {
                let _ = child.kill();
                panic!("chromium took over {BROWSER_TIMEOUT:?} on {url}");
            }
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    let _ = std::fs::remove_dir_all(&profile);
    reader.join().unwrap().expect("chromium's output is UTF-8")
}

/// A fresh folder under the system's temporary folder.
fn tempdir(name: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("newsclip-browser-{}-{name}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn s(text: &str) -> String {
    text.to_string()
}

/// The body's blocks as the reader view shows them: empty blocks left
/// out, body headings at levels 2 to 6.
fn shown(blocks: &[Block]) -> Vec<Block> {
    blocks
        .iter()
        .filter(|b| !b.is_empty())
        .map(|b| match b {
            Block::Heading { level, text } => Block::Heading { level: (*level).clamp(2, 6), text: text.clone() },
            b => b.clone(),
        })
        .collect()
}

/// The blocks read back from a rendering. The reader view prints the
/// standfirst under the headline, where the extractor (as WCXB's truth
/// does) takes a lead-in paragraph into the body: it is set aside.
fn read_back(article: &Article, again: &Article) -> Vec<Block> {
    let mut blocks = again.blocks.clone();
    if let (Some(Block::Paragraph { text }), Some(standfirst)) = (blocks.first(), &article.standfirst) {
        if text == standfirst {
            blocks.remove(0);
        }
    }
    blocks
}

/// Check that the browser's DOM of the reader view of `article` gives the
/// article back, and that it paints.
fn check_in_browser(exe: &str, article: &Article) {
    let page = render::html(article);
    let url = serve(page.clone());
    let dom = run_chromium(exe, &url, &["--dump-dom".to_string()]);
    assert!(dom.contains("<article>"), "chromium's DOM has no article:\n{dom}");
    let mut opts = Options::default();
    opts.url = article.url.clone();
    opts.quotes = false;
    let from_browser = extract(dom.as_bytes(), &opts).expect("extract chromium's DOM");
    let from_bytes = extract(page.as_bytes(), &opts).expect("extract the rendering");
    // What the page's text holds stays text: no element was made of it.
    let script_elements = dom.matches("<script").count();
    assert_eq!(script_elements, 0, "text became markup:\n{dom}");
    // The browser and html5ever read the document the same way.
    assert_eq!(from_browser.blocks, from_bytes.blocks, "chromium's DOM and html5ever's parse differ");
    assert_eq!(from_browser.title, article.title);
    assert_eq!(from_browser.authors, article.authors);
    assert_eq!(from_browser.published, article.published);
    assert_eq!(from_browser.site_name, article.site_name);
    assert_eq!(from_browser.language, article.language);
    assert_eq!(read_back(article, &from_browser), shown(&article.blocks), "the body did not come back:\n{dom}");
    // It paints: a screenshot of the page is a real PNG of some size.
    let dir = tempdir("shot");
    let shot = dir.join("page.png");
    run_chromium(exe, &url, &[format!("--screenshot={}", shot.display()), "--window-size=900,1400".to_string(), "--hide-scrollbars".to_string()]);
    let png = std::fs::read(&shot).expect("chromium wrote the screenshot");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(png.len() > 10_000, "a {} byte screenshot is a blank page", png.len());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reader_view_of_an_extracted_page_in_chromium() {
    let Some(exe) = chromium() else { return };
    let html = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/article.html")).unwrap();
    let mut opts = Options::default();
    opts.url = Some(s("https://gazette.example/news/2024/05/village-shop-saved"));
    let article = extract(&html, &opts).unwrap();
    assert!(article.blocks.iter().any(|b| matches!(b, Block::Figure { credit: Some(_), .. })), "the example has a credited figure");
    check_in_browser(&exe, &article);
}

#[test]
fn reader_view_of_hostile_text_and_every_block_in_chromium() {
    let Some(exe) = chromium() else { return };
    let article = Article {
        title: Some(s("Tags like <script>alert(1)</script> & \"quotes\" stay text")),
        standfirst: Some(s("A <b>bold</b> claim, in words & signs.")),
        // Real names: the authors stage rightly drops "<…>" and splits at "&".
        authors: vec![s("Ann O'Lee"), s("Bo Park-Nuñez")],
        published: Some(s("2024-05-01T09:30:00+02:00")),
        url: Some(s("https://example.com/news/tags?a=1&b=2")),
        site_name: Some(s("The <Daily> & Co")),
        language: Some(s("en")),
        blocks: vec![
            Block::Paragraph { text: s("It opened with </p><p>a closing tag, an &amp; entity written out, and <!-- a comment -->.") },
            Block::Heading { level: 1, text: s("A heading <h1> inside") },
            Block::Paragraph { text: s("Zürich, 東京 and 🌧: text in any script, and a curly ’apostrophe’ too.") },
            Block::List { ordered: false, items: vec![s("<li>an item</li>"), s("a second item")] },
            Block::List { ordered: true, items: vec![s("first step"), s("second step")] },
            Block::Table { header: true, rows: vec![vec![s("Day"), s("Rain <mm>")], vec![s("Tue"), s("40")], vec![s("Wed"), s("5 & 6")]] },
            Block::Quote { text: s("It will be <em>wet</em>.") },
            Block::Code { language: Some(s("html")), text: s("<div class=\"x\">\n  <p>hi</p>\n</div>") },
            Block::Figure {
                src: Some(s("https://example.com/img/rain.jpg?w=800&h=600")),
                alt: Some(s("Clouds \"low\" over <hills>")),
                caption: Some(s("Clouds over the hills & dales.")),
                credit: Some(s("Ann Lee")),
            },
            Block::Paragraph { text: s("The last paragraph ends the story, as it should.") },
        ],
        ..Article::default()
    };
    check_in_browser(&exe, &article);
}
