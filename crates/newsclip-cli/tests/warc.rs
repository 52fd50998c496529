//! The `newsclip` binary on WARC files it is given here, made from small
//! pages: JSON Lines and Parquet round trips, skipped records counted,
//! damaged files (one row per record or damaged stretch, the rest still
//! read), `--split`, `--fields`, `--unordered` and `--threads`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use arrow_array::{Array, ListArray, StringArray, TimestampMicrosecondArray, UInt64Array};
use newsclip_warc::WarcWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde_json::Value;

const DATE: &str = "2024-05-14T07:00:00Z";

fn page(title: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title} - The Daily</title>\
         <meta name='author' content='Priya Dawson'>\
         <meta property='article:published_time' content='2024-05-14T07:00:00+01:00'></head><body>\
         <nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\
         <article><h1>{title}</h1>\
         <p>Heavy rain is expected across the region on Tuesday, forecasters said, with up \
         to 40mm falling on high ground by the evening and flood warnings for the rivers.</p>\
         <p>Drivers were told to allow extra time for journeys, and the council said that \
         sandbags would be handed out at the town hall from eight in the morning.</p>\
         </article></body></html>"
    )
}

/// A crawl: warcinfo, three HTML responses, a PDF, a request, a 404, and a
/// WET conversion — 8 records, of which 4 give articles and 4 are skipped.
fn crawl(gzip: bool) -> Vec<u8> {
    let mut w = WarcWriter::new(Vec::new(), gzip);
    w.record(
        "warcinfo",
        None,
        DATE,
        "application/warc-fields",
        b"software: test\r\n",
    )
    .unwrap();
    for i in 0..3 {
        w.response(
            &format!("https://daily.example/story/{i}"),
            DATE,
            "text/html; charset=utf-8",
            page(&format!("Story {i}")).as_bytes(),
        )
        .unwrap();
        if i == 0 {
            w.record(
                "request",
                Some("https://daily.example/story/0"),
                DATE,
                "application/http; msgtype=request",
                b"GET /story/0 HTTP/1.1\r\n\r\n",
            )
            .unwrap();
        }
    }
    w.response(
        "https://daily.example/a.pdf",
        DATE,
        "application/pdf",
        b"%PDF-1.4 ...",
    )
    .unwrap();
    w.record(
        "response",
        Some("https://daily.example/gone"),
        DATE,
        "application/http; msgtype=response",
        b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>",
    )
    .unwrap();
    w.record(
        "conversion",
        Some("https://daily.example/story/2"),
        DATE,
        "text/plain",
        "Story 2\n\nHeavy rain is expected across the region on Tuesday, forecasters said."
            .as_bytes(),
    )
    .unwrap();
    w.finish().unwrap()
}

fn newsclip(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsclip"))
        .args(args)
        .output()
        .unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn warc_to_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    for gzip in [false, true] {
        let name = if gzip { "crawl.warc.gz" } else { "crawl.warc" };
        let path = write(dir.path(), name, &crawl(gzip));
        let out = newsclip(&[&path]);
        assert!(out.status.success(), "{}", stderr(&out));
        let rows = lines(&out);
        assert_eq!(rows.len(), 8);
        let line = String::from_utf8(out.stdout.clone()).unwrap();
        assert!(line.starts_with(&format!(
            "{{\"input\":{},\"record\":0,",
            Value::from(path.as_str())
        )));
        for (i, row) in rows.iter().enumerate() {
            assert_eq!(row["record"], i);
            assert_eq!(row["warc_date"], DATE);
            assert!(row["warc_record_id"]
                .as_str()
                .unwrap()
                .starts_with("<urn:uuid:"));
        }
        let skipped: Vec<&str> = rows.iter().filter_map(|r| r["skipped"].as_str()).collect();
        assert_eq!(
            skipped,
            [
                "warcinfo record",
                "request record",
                "not HTML: application/pdf",
                "HTTP status 404"
            ]
        );
        let story = &rows[1];
        assert_eq!(story["warc_target_uri"], "https://daily.example/story/0");
        assert_eq!(story["title"], "Story 0");
        assert_eq!(story["url"], "https://daily.example/story/0");
        assert!(story["text"].as_str().unwrap().starts_with("Heavy rain"));
        assert!(
            rows[7]["skipped"].is_null() && rows[7]["error"].is_null(),
            "{}",
            rows[7]
        );
        let err = stderr(&out);
        assert!(
            err.contains("8 records read: 4 articles, 4 skipped, 0 errors"),
            "{err}"
        );
    }
}

#[test]
fn warc_to_parquet_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "crawl.warc.gz", &crawl(true));
    let out_path = dir.path().join("out.parquet");
    let out = newsclip(&["--output", out_path.to_str().unwrap(), &path]);
    assert!(out.status.success(), "{}", stderr(&out));
    let file = fs::File::open(&out_path).unwrap();
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    let batches: Vec<_> = reader.map(Result::unwrap).collect();
    let rows: usize = batches.iter().map(|b| b.num_rows()).sum();
    assert_eq!(rows, 8);
    let batch = &batches[0];
    let col = |name: &str| batch.column_by_name(name).unwrap().clone();
    let status = col("status");
    let status = status.as_any().downcast_ref::<StringArray>().unwrap();
    assert_eq!(status.value(0), "skipped");
    assert_eq!(status.value(1), "article");
    let title = col("title");
    let title = title.as_any().downcast_ref::<StringArray>().unwrap();
    assert_eq!(title.value(1), "Story 0");
    assert!(title.is_null(0));
    let record = col("record");
    assert_eq!(
        record
            .as_any()
            .downcast_ref::<UInt64Array>()
            .unwrap()
            .value(3),
        3
    );
    let authors = col("authors");
    let authors = authors.as_any().downcast_ref::<ListArray>().unwrap();
    let first = authors.value(1);
    let first = first.as_any().downcast_ref::<StringArray>().unwrap();
    assert_eq!(first.value(0), "Priya Dawson");
    let published = col("published");
    let published = published
        .as_any()
        .downcast_ref::<TimestampMicrosecondArray>()
        .unwrap();
    // 2024-05-14T07:00:00+01:00 is 06:00 UTC.
    assert_eq!(published.value(1), 1_715_666_400_000_000);
    let blocks = col("blocks");
    let blocks = blocks.as_any().downcast_ref::<StringArray>().unwrap();
    let parsed: Value = serde_json::from_str(blocks.value(1)).unwrap();
    assert_eq!(parsed[0]["type"], "paragraph");
}

#[test]
fn split_and_fields() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "crawl.warc.gz", &crawl(true));
    let out_path = dir.path().join("out.parquet");
    let out = newsclip(&[
        "--split",
        "3",
        "--fields",
        "title,status",
        "--output",
        out_path.to_str().unwrap(),
        &path,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut total = 0;
    for (n, want) in [(0, 3), (1, 3), (2, 2)] {
        let part = dir.path().join(format!("out-{n:05}.parquet"));
        let builder =
            ParquetRecordBatchReaderBuilder::try_new(fs::File::open(&part).unwrap()).unwrap();
        let names: Vec<String> = builder
            .schema()
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect();
        assert_eq!(names, ["title", "status"]);
        let rows: usize = builder
            .build()
            .unwrap()
            .map(|b| b.unwrap().num_rows())
            .sum();
        assert_eq!(rows, want);
        total += rows;
    }
    assert_eq!(total, 8);
    assert!(!dir.path().join("out-00003.parquet").exists());

    let out = newsclip(&["--fields", "title,warc_target_uri", &path]);
    let rows = lines(&out);
    let keys: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.as_object().unwrap().keys().cloned().collect())
        .collect();
    assert_eq!(rows.len(), 8);
    assert!(keys[1].contains(&"title".to_string()) && !keys[1].contains(&"text".to_string()));
    assert_eq!(rows[0]["skipped"], "warcinfo record");

    let out = newsclip(&["--fields", "no_such_column", &path]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no_such_column"));
}

#[test]
fn order_threads_and_unordered() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = WarcWriter::new(Vec::new(), true);
    for i in 0..60 {
        w.response(
            &format!("https://d.example/{i}"),
            DATE,
            "text/html",
            page(&format!("S{i}")).as_bytes(),
        )
        .unwrap();
    }
    let path = write(dir.path(), "many.warc.gz", &w.finish().unwrap());
    let one = newsclip(&["--threads", "1", &path]);
    let four = newsclip(&["--threads", "4", &path]);
    assert_eq!(one.stdout, four.stdout);
    let unordered = newsclip(&["--threads", "4", "--unordered", &path]);
    let mut a: Vec<String> = String::from_utf8(one.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    let mut b: Vec<String> = String::from_utf8(unordered.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(a.len(), 60);
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

/// Records in = rows out under every kind of damage, and the records after
/// the damage still give articles.
#[test]
fn damaged_files_give_one_row_per_record() {
    let dir = tempfile::tempdir().unwrap();
    let one = |i: usize, gzip: bool| {
        let mut w = WarcWriter::new(Vec::new(), gzip);
        w.response(
            &format!("https://d.example/{i}"),
            DATE,
            "text/html",
            page(&format!("S{i}")).as_bytes(),
        )
        .unwrap();
        w.finish().unwrap()
    };
    // A gzip member cut in half, between two good ones.
    let mut cut = one(1, true);
    cut.truncate(cut.len() / 2);
    let truncated = [one(0, true), cut, one(2, true)].concat();
    // A header without Content-Length.
    let bad = String::from_utf8(one(1, false))
        .unwrap()
        .replace("Content-Length: ", "Content-Lenth: ");
    let corrupt = [one(0, false), bad.into_bytes(), one(2, false)].concat();
    // A block 25 bytes longer than its Content-Length says.
    let text = String::from_utf8(one(1, false)).unwrap();
    let start = text.find("\r\nContent-Length: ").unwrap() + 18;
    let end = start + text[start..].find('\r').unwrap();
    let n: usize = text[start..end].parse().unwrap();
    let longer = format!("{}{}{}", &text[..start], n - 25, &text[end..]);
    let longer = [one(0, false), longer.into_bytes(), one(2, false)].concat();
    let shorter = format!("{}{}{}", &text[..start], n + 25, &text[end..]);
    let shorter = [one(0, false), shorter.into_bytes(), one(2, false)].concat();

    let files = [
        write(dir.path(), "truncated.warc.gz", &truncated),
        write(dir.path(), "corrupt.warc", &corrupt),
        write(dir.path(), "longer.warc", &longer),
        write(dir.path(), "shorter.warc", &shorter),
        write(dir.path(), "empty.warc", b""),
        write(dir.path(), "page.warc", page("not a warc").as_bytes()),
        dir.path()
            .join("missing.warc.gz")
            .to_string_lossy()
            .into_owned(),
    ];
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let out = newsclip(&args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let rows = lines(&out);
    let summary: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            let file = Path::new(r["input"].as_str().unwrap())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let what = match (&r["error"], &r["title"]) {
                (Value::String(e), _) => format!("error: {e}"),
                (_, Value::String(t)) => t.clone(),
                _ => "?".into(),
            };
            (file, what)
        })
        .collect();
    // 4 damaged files × 3 records, then one row each for the empty file,
    // the page that is not a WARC, and the missing file.
    assert_eq!(rows.len(), 4 * 3 + 3, "{summary:#?}");
    for (i, file) in [
        "truncated.warc.gz",
        "corrupt.warc",
        "longer.warc",
        "shorter.warc",
    ]
    .iter()
    .enumerate()
    {
        let mine = &summary[i * 3..i * 3 + 3];
        assert!(mine.iter().all(|(f, _)| f == file), "{summary:#?}");
        assert_eq!(mine[0].1, "S0", "{file}");
        assert!(mine[1].1.starts_with("error: "), "{file}: {}", mine[1].1);
        assert_eq!(mine[2].1, "S2", "{file}");
    }
    assert!(summary[12].1.contains("empty file"), "{:?}", summary[12]);
    assert!(
        summary[13].1.contains("not a WARC file"),
        "{:?}",
        summary[13]
    );
    assert!(summary[14].1.contains("cannot open"), "{:?}", summary[14]);
    assert!(
        stderr(&out).contains("15 records read: 8 articles, 0 skipped, 7 errors"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn per_record_limits_are_error_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = WarcWriter::new(Vec::new(), true);
    w.response(
        "https://d.example/big",
        DATE,
        "text/html",
        page("Big").repeat(50).as_bytes(),
    )
    .unwrap();
    w.response(
        "https://d.example/small",
        DATE,
        "text/html",
        page("Small").as_bytes(),
    )
    .unwrap();
    let path = write(dir.path(), "limits.warc.gz", &w.finish().unwrap());
    let out = newsclip(&["--max-bytes", "20K", &path]);
    let rows = lines(&out);
    assert_eq!(rows.len(), 2);
    assert!(
        rows[0]["error"].as_str().unwrap().contains("limit"),
        "{}",
        rows[0]
    );
    assert_eq!(rows[1]["title"], "Small");
}

#[test]
fn warc_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let warc = write(dir.path(), "a.warc", &crawl(false));
    let html = write(dir.path(), "a.html", page("x").as_bytes());
    for args in [
        vec![warc.as_str(), html.as_str()],
        vec!["--format", "parquet", warc.as_str()],
        vec!["--split", "2", warc.as_str()],
        vec!["--fields", "title", html.as_str()],
    ] {
        let out = newsclip(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}

/// A reader that goes away (`newsclip crawl.warc.gz | head -1`) ends the
/// run quietly instead of leaving the pipeline waiting.
#[test]
fn closed_pipe_ends_the_run() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let mut w = WarcWriter::new(Vec::new(), true);
    for i in 0..200 {
        w.response(
            &format!("https://d.example/{i}"),
            DATE,
            "text/html",
            page(&format!("S{i}")).as_bytes(),
        )
        .unwrap();
    }
    let path: PathBuf = dir.path().join("many.warc.gz");
    fs::write(&path, w.finish().unwrap()).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsclip"))
        .args(["--threads", "2"])
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("{\"input\""));
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

/// A WET file of one site: each page's story between a menu and a
/// paragraph about the site that every page prints.
fn wet_of_one_site() -> Vec<u8> {
    let stories = [
        "The council approved the budget on Tuesday after a long debate about the cost of the new bridge.",
        "Flooding closed the river road for a second day, and the county said repairs would take a week.",
        "The school board voted to keep the library open on Saturdays, after parents signed a petition.",
        "A new bakery opened on Main Street, the first business to fill the old hardware store in years.",
    ];
    let mut w = WarcWriter::new(Vec::new(), true);
    for (i, story) in stories.iter().enumerate() {
        let text = format!(
            "Valley Ledger\nNews\nSport\nOpinion\nA headline for story {i}\n{story}\n\
             The Valley Ledger has reported on the towns of the upper valley since 1921. It is owned by a trust \
             on behalf of its readers, and every story it publishes is checked by two editors before it goes out, \
             which is why so many families in the valley have trusted it for more than a century of local news.\n\
             Contact\nPrivacy\n"
        );
        w.record("conversion", Some(&format!("https://valley-ledger.example/news/{i}")), DATE, "text/plain", text.as_bytes())
            .unwrap();
    }
    w.finish().unwrap()
}

#[test]
fn learn_furniture_drops_what_a_site_prints_on_every_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "site.warc.wet.gz", &wet_of_one_site());
    let about = "owned by a trust on behalf of its readers";
    let plain = newsclip(&[&path]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    let rows = lines(&plain);
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| r["text"].as_str().unwrap().contains(about)), "a page alone cannot tell");
    let learnt = newsclip(&["--learn-furniture", &path]);
    assert!(learnt.status.success(), "{}", stderr(&learnt));
    assert!(stderr(&learnt).contains("learnt the furniture of 4 pages"), "{}", stderr(&learnt));
    let rows = lines(&learnt);
    assert_eq!(rows.len(), 4);
    for (i, r) in rows.iter().enumerate() {
        let text = r["text"].as_str().unwrap();
        assert!(!text.contains(about), "{text}");
        assert!(text.contains(if i == 0 { "cost of the new bridge" } else { "." }), "{text}");
    }
}
