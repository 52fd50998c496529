//! The reader on whole and damaged files: one item per record, errors where
//! the damage is, and the records after the damage still read.

use newsclip_warc::{Kind, Reader, Record, RecordError, WarcWriter};

const DATE: &str = "2024-05-14T07:00:00Z";

fn page(i: usize) -> Vec<u8> {
    format!("<html><head><title>Page {i}</title></head><body><p>Story number {i}, told at length.</p></body></html>").into_bytes()
}

/// One record per slot, each as its own byte string (a gzip member when gzip).
fn records(n: usize, gzip: bool) -> Vec<Vec<u8>> {
    (0..n)
        .map(|i| {
            let mut w = WarcWriter::new(Vec::new(), gzip);
            w.response(
                &format!("https://example.org/{i}"),
                DATE,
                "text/html; charset=utf-8",
                &page(i),
            )
            .unwrap();
            w.finish().unwrap()
        })
        .collect()
}

fn read(bytes: &[u8]) -> Vec<Result<Record, RecordError>> {
    Reader::new(bytes).collect()
}

fn uris(items: &[Result<Record, RecordError>]) -> Vec<String> {
    items
        .iter()
        .map(|r| match r {
            Ok(rec) => rec.target_uri.clone().unwrap_or_default(),
            Err(e) => format!("error: {e}"),
        })
        .collect()
}

#[test]
fn plain_gzip_and_zstd_round_trip() {
    for gzip in [false, true] {
        let file = records(5, gzip).concat();
        let items = read(&file);
        assert_eq!(items.len(), 5);
        for (i, item) in items.iter().enumerate() {
            let rec = item.as_ref().unwrap();
            assert_eq!(
                rec.target_uri.as_deref(),
                Some(&*format!("https://example.org/{i}"))
            );
            assert_eq!(rec.date.as_deref(), Some(DATE));
            assert!(rec.record_id.as_deref().unwrap().starts_with("<urn:uuid:"));
            assert_eq!(rec.kind(), Kind::Html);
            assert_eq!(&*rec.payload(), &page(i)[..]);
        }
    }
    let plain = records(3, false).concat();
    let zst = zstd::stream::encode_all(&plain[..], 3).unwrap();
    let items = read(&zst);
    assert_eq!(items.len(), 3);
    assert!(items.iter().all(Result::is_ok));
}

#[test]
fn a_whole_file_in_one_gzip_member_reads_too() {
    let plain = records(4, false).concat();
    let mut w = WarcWriter::new(Vec::new(), true);
    w.raw(&plain).unwrap();
    let items = read(&w.finish().unwrap());
    assert_eq!(items.len(), 4);
    assert!(items.iter().all(Result::is_ok));
}

#[test]
fn truncated_gzip_member_in_the_middle() {
    let mut recs = records(3, true);
    let half = recs[1].len() / 2;
    recs[1].truncate(half);
    let items = read(&recs.concat());
    assert_eq!(items.len(), 3, "{:?}", uris(&items));
    assert!(items[0].is_ok() && items[2].is_ok());
    assert_eq!(
        items[2].as_ref().unwrap().target_uri.as_deref(),
        Some("https://example.org/2")
    );
    let err = items[1].as_ref().unwrap_err();
    assert!(err.to_string().contains("gzip member"), "{err}");
}

#[test]
fn truncated_gzip_at_the_end() {
    let mut file = records(3, true).concat();
    file.truncate(file.len() - 20);
    let items = read(&file);
    assert_eq!(items.len(), 3, "{:?}", uris(&items));
    assert!(items[0].is_ok() && items[1].is_ok() && items[2].is_err());
}

#[test]
fn corrupt_gzip_bytes_in_a_member() {
    let mut recs = records(3, true);
    let mid = recs[1].len() / 2;
    for b in &mut recs[1][mid - 10..mid + 10] {
        *b = !*b;
    }
    let items = read(&recs.concat());
    assert_eq!(items.len(), 3, "{:?}", uris(&items));
    assert!(items[0].is_ok() && items[1].is_err() && items[2].is_ok());
}

#[test]
fn corrupt_record_header() {
    for (what, from, to) in [
        ("no length", "Content-Length: ", "Content-Lenght: "),
        ("bad length", "Content-Length: ", "Content-Length: x"),
        ("not a field", "WARC-Date: ", "WARC-Date "),
    ] {
        let mut recs = records(3, false);
        let text = String::from_utf8(recs[1].clone())
            .unwrap()
            .replacen(from, to, 1);
        recs[1] = text.into_bytes();
        let items = read(&recs.concat());
        assert_eq!(items.len(), 3, "{what}: {:?}", uris(&items));
        assert!(
            matches!(items[1], Err(RecordError::Header { .. })),
            "{what}: {:?}",
            uris(&items)
        );
        assert_eq!(
            items[2].as_ref().unwrap().target_uri.as_deref(),
            Some("https://example.org/2")
        );
    }
}

/// Rewrite record 1's Content-Length by `delta`.
fn with_length_off_by(gzip: bool, delta: i64) -> Vec<u8> {
    let mut recs = records(3, false);
    let text = String::from_utf8(recs[1].clone()).unwrap();
    let start = text.find("Content-Length: ").unwrap() + 16;
    let end = start + text[start..].find('\r').unwrap();
    let n: i64 = text[start..end].parse().unwrap();
    recs[1] = format!("{}{}{}", &text[..start], n + delta, &text[end..]).into_bytes();
    if gzip {
        recs.iter()
            .map(|r| {
                let mut w = WarcWriter::new(Vec::new(), true);
                w.raw(r).unwrap();
                w.finish().unwrap()
            })
            .collect::<Vec<_>>()
            .concat()
    } else {
        recs.concat()
    }
}

#[test]
fn record_longer_than_its_length() {
    for gzip in [false, true] {
        let items = read(&with_length_off_by(gzip, -30));
        assert_eq!(items.len(), 3, "{:?}", uris(&items));
        assert!(
            matches!(items[1], Err(RecordError::Longer { .. })),
            "{:?}",
            uris(&items)
        );
        assert!(items[0].is_ok() && items[2].is_ok());
    }
}

#[test]
fn record_shorter_than_its_length() {
    for gzip in [false, true] {
        for delta in [30, 100_000] {
            let items = read(&with_length_off_by(gzip, delta));
            assert_eq!(items.len(), 3, "{:?}", uris(&items));
            assert!(
                matches!(items[1], Err(RecordError::Shorter { .. })),
                "{:?}",
                uris(&items)
            );
            assert_eq!(
                items[2].as_ref().unwrap().target_uri.as_deref(),
                Some("https://example.org/2")
            );
        }
    }
}

#[test]
fn plain_file_truncated_inside_a_block() {
    let mut file = records(2, false).concat();
    file.truncate(file.len() - 40);
    let items = read(&file);
    assert_eq!(items.len(), 2);
    assert!(matches!(items[1], Err(RecordError::Truncated { .. })));
}

#[test]
fn empty_and_non_warc_files() {
    assert!(matches!(read(b"")[..], [Err(RecordError::Empty)]));
    let html = b"<html><body><p>just a page</p></body></html>".repeat(1000);
    assert!(matches!(
        read(&html)[..],
        [Err(RecordError::NotWarc { .. })]
    ));
    let mut w = WarcWriter::new(Vec::new(), true);
    w.raw(&html).unwrap();
    assert!(matches!(
        read(&w.finish().unwrap())[..],
        [Err(RecordError::NotWarc { .. })]
    ));
    assert!(matches!(
        read(&[0u8; 10])[..],
        [Err(RecordError::NotWarc { .. })]
    ));
}

#[test]
fn garbage_between_records() {
    // Between gzip members, bytes that are not gzip are an item of their own.
    let recs = records(2, true);
    let file = [
        recs[0].clone(),
        b"this is not a record\r\n".to_vec(),
        recs[1].clone(),
    ]
    .concat();
    let items = read(&file);
    assert_eq!(items.len(), 3, "{:?}", uris(&items));
    assert!(items[0].is_ok() && items[1].is_err() && items[2].is_ok());
    // In a plain file they cannot be told from a block longer than its
    // Content-Length: the record before them is reported so.
    let recs = records(2, false);
    let file = [
        recs[0].clone(),
        b"this is not a record\r\n".to_vec(),
        recs[1].clone(),
    ]
    .concat();
    let items = read(&file);
    assert_eq!(items.len(), 2, "{:?}", uris(&items));
    assert!(matches!(items[0], Err(RecordError::Longer { .. })) && items[1].is_ok());
    // Before the first record, they are an item of their own.
    let file = [b"junk\r\n".to_vec(), recs[0].clone()].concat();
    let items = read(&file);
    assert_eq!(items.len(), 2, "{:?}", uris(&items));
    assert!(matches!(items[0], Err(RecordError::Garbage { .. })) && items[1].is_ok());
}

#[test]
fn kinds() {
    let mut w = WarcWriter::new(Vec::new(), false);
    w.record(
        "warcinfo",
        None,
        DATE,
        "application/warc-fields",
        b"x: y\r\n",
    )
    .unwrap();
    w.record(
        "request",
        Some("https://e.org/"),
        DATE,
        "application/http; msgtype=request",
        b"GET / HTTP/1.1\r\n\r\n",
    )
    .unwrap();
    w.response("https://e.org/a.pdf", DATE, "application/pdf", b"%PDF-1.4")
        .unwrap();
    w.record(
        "response",
        Some("https://e.org/gone"),
        DATE,
        "application/http; msgtype=response",
        b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>",
    )
    .unwrap();
    w.record(
        "conversion",
        Some("https://e.org/t"),
        DATE,
        "text/plain",
        b"Title\n\nBody text.",
    )
    .unwrap();
    w.record("response", Some("https://e.org/c"), DATE, "application/http; msgtype=response",
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>hi\r\n4\r\n</p>\r\n0\r\n\r\n").unwrap();
    let items = read(&w.finish().unwrap());
    let kinds: Vec<Kind> = items.iter().map(|r| r.as_ref().unwrap().kind()).collect();
    assert_eq!(
        kinds,
        vec![
            Kind::Skip("warcinfo record".into()),
            Kind::Skip("request record".into()),
            Kind::Skip("not HTML: application/pdf".into()),
            Kind::Skip("HTTP status 404".into()),
            Kind::Text,
            Kind::Html,
        ]
    );
    assert_eq!(&*items[5].as_ref().unwrap().payload(), b"<p>hi</p>");
}

#[test]
fn any_cut_or_flip_ends_without_panic_and_keeps_the_other_records() {
    for gzip in [false, true] {
        let recs = records(4, gzip);
        let file = recs.concat();
        for cut in (0..file.len()).step_by(7) {
            let items = read(&file[..cut]);
            assert!(
                !items.is_empty() && items.len() <= 5,
                "cut {cut}: {:?}",
                uris(&items)
            );
        }
        // (The first two bytes of a gzip file are its magic: without them it
        // is not read as gzip, and so not as WARC.)
        for at in (if gzip { 2 } else { 0 }..file.len()).step_by(5) {
            let mut bad = file.clone();
            bad[at] ^= 0x5a;
            let items = read(&bad);
            let ok = items.iter().filter(|r| r.is_ok()).count();
            // One flipped byte damages at most the record it is in, plus
            // (plain files) the one before it.
            assert!(ok >= 2, "flip at {at}: {:?}", uris(&items));
        }
    }
}
