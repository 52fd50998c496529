//! End-to-end tests of the `newsclip` binary: formats, batches, standard
//! input, usage errors, and fetching from a small HTTP server on 127.0.0.1.

use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::thread;
use std::time::Duration;

use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::Value;

/// A sentence each test page carries in its body.
const SENTENCE: &str = "Heavy rain is expected across the region on Tuesday";

/// A simple news page: a menu, then an article of several long paragraphs.
fn page(title: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title} - The Daily</title></head><body>\
         <nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>\
         <article><h1>{title}</h1>\
         <p>{SENTENCE}, forecasters said, with up to 40mm falling on high ground by the \
         evening and flood warnings issued for several rivers in the valley.</p>\
         <p>Drivers were told to allow extra time for journeys, and the council said that \
         sandbags would be handed out at the town hall from eight in the morning.</p>\
         <p>The weather is expected to clear by Thursday, when temperatures should climb \
         back towards the seasonal average for the rest of the week and the weekend.</p>\
         </article><footer>Copyright The Daily</footer></body></html>"
    )
}

/// The same page in windows-1252 bytes, with no charset declared inside it.
fn latin1_page() -> Vec<u8> {
    windows_1252(&page("Le café de Zürich"))
}

/// The windows-1252 page with a `<meta charset>` that is wrong: an HTTP
/// header naming the right charset must win over it.
fn mislabelled_latin1_page() -> Vec<u8> {
    let html = page("Le café de Zürich").replace("<head>", "<head><meta charset=\"koi8-r\">");
    windows_1252(&html)
}

fn windows_1252(html: &str) -> Vec<u8> {
    html.chars()
        .map(|c| match c {
            'é' => 0xE9,
            'ü' => 0xFC,
            c if c.is_ascii() => c as u8,
            c => panic!("no windows-1252 byte for {c:?} in this test"),
        })
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// A fresh, empty directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Write one test page into `dir` and return its path.
fn write_page(dir: &Path, name: &str, title: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, page(title)).unwrap();
    path
}

fn newsclip(args: &[&str]) -> Output {
    newsclip_with_stdin(args, b"")
}

fn newsclip_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsclip"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the newsclip binary runs");
    // A run that does not read standard input may close it before we write.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("output is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// White space folded, so that line wrapping cannot hide a phrase.
fn folded(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The JSON Lines records of a run, each parsed.
fn records(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn json_for_one_file() {
    let dir = scratch("json_for_one_file");
    let file = write_page(&dir, "rain.html", "Rain due");
    let out = newsclip(&[path_str(&file)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let article: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(article["title"].as_str().unwrap().contains("Rain due"));
    assert!(article["text"].as_str().unwrap().contains(SENTENCE));
    assert!(!article["text"].as_str().unwrap().contains("Sport"));
    assert!(!article["blocks"].as_array().unwrap().is_empty());
    assert!(
        article.get("input").is_none(),
        "single JSON has no input key"
    );
}

#[test]
fn text_markdown_and_html_formats() {
    let dir = scratch("text_markdown_and_html_formats");
    let file = write_page(&dir, "rain.html", "Rain due");
    for format in ["text", "markdown", "md", "html"] {
        let out = newsclip(&["--format", format, path_str(&file)]);
        assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr(&out));
        let body = stdout(&out);
        assert!(folded(&body).contains(SENTENCE), "{format}: {body}");
        assert!(body.ends_with('\n'), "{format} ends with a newline");
    }
}

#[test]
fn markdown_opens_with_front_matter_unless_asked_not_to() {
    let dir = scratch("markdown_front_matter");
    let file = write_page(&dir, "rain.html", "Rain due");
    let out = newsclip(&["--format", "markdown", "--url", "https://example.com/rain", path_str(&file)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(md.starts_with("---\ntitle: \"Rain due\"\n"), "{md}");
    assert!(md.contains("\nurl: \"https://example.com/rain\"\n"), "{md}");
    assert!(md.contains("\n---\n\n# Rain due\n"), "{md}");
    let out = newsclip(&["--format", "markdown", "--no-front-matter", path_str(&file)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("# Rain due\n"), "{}", stdout(&out));
}

#[test]
fn jsonl_for_one_file_names_the_input() {
    let dir = scratch("jsonl_for_one_file");
    let file = write_page(&dir, "rain.html", "Rain due");
    let out = newsclip(&["--format", "jsonl", path_str(&file)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1);
    assert!(
        text.starts_with("{\"input\":"),
        "input is the first key: {text}"
    );
    assert_eq!(records(&out)[0]["input"], path_str(&file));
}

#[test]
fn directory_gives_one_line_per_page_in_order() {
    let dir = scratch("directory_gives_one_line_per_page");
    write_page(&dir, "a.html", "First page");
    let compressed = gzip(page("Second page").as_bytes());
    fs::write(dir.join("b.html.gz"), &compressed).unwrap();
    let broken = gzip(page("Third page").as_bytes());
    fs::write(dir.join("c.htm.gz"), &broken[..broken.len() / 2]).unwrap();
    fs::write(dir.join("notes.md"), "not a page").unwrap();
    // Text exports are pages too (issue 5).
    fs::write(
        dir.join("d.txt"),
        format!(
            "Home\n\nFourth page\n\nBy Ann Lee\n\n{SENTENCE}, forecasters said, with up to \
             40mm falling on high ground by the evening.\n\nSign up\n"
        ),
    )
    .unwrap();

    let out = newsclip(&[path_str(&dir)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let recs = records(&out);
    let names: Vec<&str> = recs.iter().map(|r| r["input"].as_str().unwrap()).collect();
    let expected: Vec<String> = ["a.html", "b.html.gz", "c.htm.gz", "d.txt"]
        .iter()
        .map(|n| dir.join(n).to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, expected);
    assert!(recs[0]["title"].as_str().unwrap().contains("First page"));
    assert!(recs[1]["title"].as_str().unwrap().contains("Second page"));
    assert!(recs[1]["text"].as_str().unwrap().contains(SENTENCE));
    assert!(recs[0].get("error").is_none() && recs[1].get("error").is_none());
    assert!(recs[2]["error"].as_str().is_some_and(|e| !e.is_empty()));
    assert_eq!(recs[3]["title"].as_str(), Some("Fourth page"));
    assert!(recs[3]["text"].as_str().is_some_and(|t| t.starts_with(SENTENCE) && !t.contains("Sign up")));
    assert!(stderr(&out).contains("1 of 4 inputs failed"));
}

#[test]
fn many_inputs_keep_their_order_and_failures() {
    let dir = scratch("many_inputs_keep_their_order");
    let mut args: Vec<String> = vec!["--threads".into(), "2".into()];
    for i in 0..30 {
        let name = format!("p{i:02}.html");
        if i % 3 == 0 {
            args.push(path_str(&dir.join(&name)).to_string()); // never written
        } else {
            args.push(path_str(&write_page(&dir, &name, &format!("Page {i}"))).to_string());
        }
    }
    let arg_refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = newsclip(&arg_refs);
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), 30);
    for (i, rec) in recs.iter().enumerate() {
        assert_eq!(rec["input"], args[i + 2]);
        assert_eq!(rec.get("error").is_some(), i % 3 == 0, "record {i}: {rec}");
    }
}

#[test]
fn no_progress_bar_in_a_pipe() {
    let dir = scratch("no_progress_bar_in_a_pipe");
    for i in 0..25 {
        write_page(&dir, &format!("p{i:02}.html"), &format!("Page {i}"));
    }
    let out = newsclip(&[path_str(&dir)]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(records(&out).len(), 25);
    assert_eq!(stderr(&out), "", "stderr stays quiet when all is well");
}

#[test]
fn stdin_dash() {
    let out = newsclip_with_stdin(&["-"], page("From stdin").as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let article: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(article["text"].as_str().unwrap().contains(SENTENCE));

    let out = newsclip_with_stdin(&["--format", "jsonl", "-"], page("From stdin").as_bytes());
    assert_eq!(records(&out)[0]["input"], "-");
}

#[test]
fn url_flag_is_reported() {
    let url = "https://news.example.com/2024/rain-due";
    let out = newsclip_with_stdin(&["--url", url, "-"], page("Rain due").as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let article: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(article["url"], url);
}

#[test]
fn output_file() {
    let dir = scratch("output_file");
    let file = write_page(&dir, "rain.html", "Rain due");
    let dest = dir.join("out.txt");
    let out = newsclip(&["-f", "text", "-o", path_str(&dest), path_str(&file)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert!(folded(&fs::read_to_string(dest).unwrap()).contains(SENTENCE));
}

#[test]
fn failures_of_a_single_input() {
    let dir = scratch("failures_of_a_single_input");
    let missing = dir.join("missing.html");
    let out = newsclip(&[path_str(&missing)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("newsclip: {}: ", missing.display())),
        "{err}"
    );

    let file = write_page(&dir, "rain.html", "Rain due");
    let out = newsclip(&["--max-bytes", "100", path_str(&file)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("limit"), "{}", stderr(&out));

    let empty = dir.join("empty.html");
    fs::write(&empty, "").unwrap();
    let out = newsclip(&["--format", "jsonl", path_str(&empty)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(records(&out)[0]["error"].is_string());
}

#[test]
fn usage_errors_exit_2() {
    let dir = scratch("usage_errors_exit_2");
    let a = write_page(&dir, "a.html", "A");
    let b = write_page(&dir, "b.html", "B");
    let (a, b, d) = (path_str(&a), path_str(&b), path_str(&dir));
    let cases: Vec<Vec<&str>> = vec![
        vec![],
        vec!["--no-such-flag", a],
        vec!["--format", "yaml", a],
        vec!["--url", "https://example.com/", a, b],
        vec!["--url", "https://example.com/", d],
        vec!["--format", "text", a, b],
        vec!["--format", "json", d],
        vec!["--threads", "0", a],
        vec!["--timeout", "zero", a],
        vec!["--favor-precision", "--favor-recall", a],
        vec!["--charset", "klingon", a],
        vec!["--max-bytes", "lots", a],
    ];
    for args in cases {
        let out = newsclip(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!stderr(&out).is_empty(), "{args:?} explains itself");
    }
}

#[test]
fn help_and_version() {
    let out = newsclip(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    for flag in [
        "--format",
        "--url",
        "--threads",
        "--output",
        "--timeout",
        "--no-tables",
    ] {
        assert!(help.contains(flag), "help mentions {flag}");
    }
    let out = newsclip(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("newsclip "));
}

/// Start a small HTTP/1.1 server on an ephemeral 127.0.0.1 port, serving
/// `/latin1` (windows-1252, charset in the header only), `/mislabelled`
/// (the same with a wrong `<meta charset>`), `/old` (a 302 to `/latin1`)
/// and 404 for anything else. It answers a bounded number of
/// connections and ends with the test process.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    thread::spawn(move || {
        for stream in listener.incoming().take(32).flatten() {
            answer(stream);
        }
    });
    base
}

fn answer(mut stream: TcpStream) {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut request = Vec::new();
    let mut buf = [0u8; 4096];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let request = String::from_utf8_lossy(&request);
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    let (status, header, body): (&str, &str, Vec<u8>) = match path {
        "/latin1" => (
            "200 OK",
            "Content-Type: text/html; charset=windows-1252",
            latin1_page(),
        ),
        "/mislabelled" => (
            "200 OK",
            "Content-Type: text/html; charset=windows-1252",
            mislabelled_latin1_page(),
        ),
        "/old" => ("302 Found", "Location: /latin1", Vec::new()),
        _ => (
            "404 Not Found",
            "Content-Type: text/html",
            b"<p>No such page</p>".to_vec(),
        ),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\n{header}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

#[test]
fn http_charset_from_content_type() {
    let base = serve();
    let url = format!("{base}/latin1");
    let out = newsclip(&[&url]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let article: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let title = article["title"].as_str().unwrap();
    assert!(title.contains("Le café de Zürich"), "{title}");
    assert!(article["text"].as_str().unwrap().contains(SENTENCE));
    assert_eq!(article["url"], url.as_str());
}

#[test]
fn http_charset_header_beats_meta() {
    let base = serve();
    let out = newsclip(&["--format", "text", &format!("{base}/mislabelled")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Le café de Zürich"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn http_redirect_reports_the_final_url() {
    let base = serve();
    let out = newsclip(&["--format", "jsonl", &format!("{base}/old")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rec = &records(&out)[0];
    assert_eq!(rec["input"], format!("{base}/old"));
    assert_eq!(rec["url"], format!("{base}/latin1"));
    assert!(rec["title"].as_str().unwrap().contains("café"));
}

#[test]
fn http_404_is_an_error_record() {
    let base = serve();
    let missing = format!("{base}/missing");
    let good = format!("{base}/latin1");
    let out = newsclip(&[&missing, &good]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["input"], missing.as_str());
    assert!(
        recs[0]["error"].as_str().unwrap().contains("404"),
        "{}",
        recs[0]
    );
    assert_eq!(recs[1]["input"], good.as_str());
    assert!(recs[1].get("error").is_none());

    let out = newsclip(&[&missing]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("newsclip: {missing}: HTTP 404")),
        "{err}"
    );
}
