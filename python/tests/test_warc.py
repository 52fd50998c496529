"""newsclip.iter_warc over small WARC files made by the tests (warcfiles.py)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import newsclip
import warcfiles
from test_newsclip import ARTICLE, TABLE_PAGE, TITLE, page

DATE = "2024-05-14T07:00:00Z"


def mixed_records() -> list[bytes]:
    """warcinfo, 3 HTML pages, a request, an image, a 404 and a WET conversion."""
    return [
        warcfiles.warcinfo(),
        warcfiles.response("https://a.example/shop", ARTICLE.read_bytes(), "<urn:uuid:1>"),
        warcfiles.record("request", b"GET /shop HTTP/1.1\r\nHost: a.example\r\n\r\n", uri="https://a.example/shop", content_type="application/http; msgtype=request"),
        warcfiles.response("https://a.example/rates", TABLE_PAGE.encode(), "<urn:uuid:2>"),
        warcfiles.response("https://a.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "<urn:uuid:3>", content_type="image/png"),
        warcfiles.record("response", warcfiles.http_response(b"<p>gone</p>", status="404 Not Found"), uri="https://a.example/gone", record_id="<urn:uuid:4>"),
        warcfiles.response("https://a.example/latin", "<html><body><article><p>Überall in der Stadt wurden am Montag neue Fahrradwege eröffnet, sagte die Bürgermeisterin.</p></article></body></html>".encode("iso-8859-1"), "<urn:uuid:5>", content_type="text/html; charset=iso-8859-1"),
        warcfiles.record("conversion", b"Storm closes the coast road\n\nHigh winds and waves brought rocks onto the coast road on Sunday night, and it will stay shut until engineers have checked the sea wall.\n", uri="https://a.example/storm", record_id="<urn:uuid:6>", content_type="text/plain"),
    ]


@pytest.mark.parametrize("writer", [warcfiles.write_gz, warcfiles.write_plain], ids=["warc.gz", "warc"])
def test_iter_warc_yields_page_records_in_order(tmp_path: Path, writer):
    path = writer(tmp_path / "mixed.warc", mixed_records())
    records = newsclip.iter_warc(path, threads=2)
    out = list(records)
    assert [r["warc_record_id"] for r in out] == ["<urn:uuid:1>", "<urn:uuid:2>", "<urn:uuid:5>", "<urn:uuid:6>"]
    assert [r["url"] for r in out] == ["https://a.example/shop", "https://a.example/rates", "https://a.example/latin", "https://a.example/storm"]
    assert all(r["warc_date"] == DATE for r in out)
    assert not any("error" in r for r in out)
    shop = out[0]
    assert shop["title"] == TITLE
    expected = newsclip.extract(ARTICLE.read_bytes(), url="https://a.example/shop", charset="utf-8")
    assert {k: v for k, v in shop.items() if not k.startswith("warc_")} == expected
    assert "Überall" in out[2]["text"]  # the HTTP charset decoded it
    assert "engineers have checked the sea wall" in out[3]["text"]
    assert (records.records, records.pages, records.skipped, records.errors) == (8, 4, 4, 0)


def test_iter_warc_takes_options(tmp_path: Path):
    path = warcfiles.write_gz(tmp_path / "t.warc.gz", mixed_records())
    rates = [r for r in newsclip.iter_warc(str(path), include_tables=False) if r["url"].endswith("/rates")][0]
    assert not any(b["type"] == "table" for b in rates["blocks"])
    with pytest.raises(TypeError):
        newsclip.iter_warc(str(path), no_such_option=True)


def test_iter_warc_many_records_threads_agree(tmp_path: Path):
    records = [warcfiles.response(f"https://b.example/{n}", page(n).encode(), f"<urn:uuid:b{n}>") for n in range(200)]
    path = warcfiles.write_gz(tmp_path / "many.warc.gz", records)
    one = list(newsclip.iter_warc(path, threads=1))
    two = list(newsclip.iter_warc(path, threads=2))
    assert one == two
    assert [r["title"] for r in one] == [f"Story {n}" for n in range(200)]


def test_iter_warc_goes_on_after_a_truncated_gzip_member(tmp_path: Path):
    members = [gzip.compress(r) for r in mixed_records()]
    members[3] = members[3][: len(members[3]) // 2]  # the rates page, cut short
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(b"".join(members))
    records = newsclip.iter_warc(path)
    out = list(records)
    errors = [r for r in out if "error" in r]
    assert len(errors) >= 1
    ids = [r["warc_record_id"] for r in out if "error" not in r]
    assert ids[0] == "<urn:uuid:1>" and "<urn:uuid:5>" in ids and "<urn:uuid:6>" in ids
    assert "<urn:uuid:2>" not in ids
    assert records.errors == len(errors)


def test_iter_warc_empty_and_non_warc_files_give_one_error_record(tmp_path: Path):
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert [set(r) for r in newsclip.iter_warc(empty)] == [{"warc_record_id", "warc_date", "url", "error"}]
    html = tmp_path / "page.html"
    html.write_bytes(ARTICLE.read_bytes())
    out = list(newsclip.iter_warc(html))
    assert len(out) == 1 and "not a WARC file" in out[0]["error"]


def test_iter_warc_missing_file_raises_oserror(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        newsclip.iter_warc(tmp_path / "nope.warc.gz")
