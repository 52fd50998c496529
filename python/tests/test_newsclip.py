"""The Python API of newsclip: extract, extract_text_export, extract_many,
errors and stubs. The package must be installed (scripts/test does it)."""

from __future__ import annotations

import ast
import gzip
import json
import subprocess
import threading
from pathlib import Path

import pytest

import newsclip

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "article.html"
TITLE = "Village shop saved by its customers"

TABLE_PAGE = """<!doctype html><html lang="en"><head><title>Rates rise again</title></head><body>
<article><h1>Rates rise again</h1>
<p>The central bank raised its main rate by a quarter point on Thursday, the third rise this year, and said more may follow.</p>
<table><tr><th>Month</th><th>Rate</th></tr><tr><td>March</td><td>4.25%</td></tr><tr><td>May</td><td>4.5%</td></tr></table>
<p>Economists had expected the move after inflation came in above forecasts for the second month running, driven by food prices.</p>
</article></body></html>"""


def page(n: int) -> str:
    """A small page whose title and body carry its number."""
    return (
        f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
        f"<p>This is paragraph one of story number {n}, long enough to be kept as the body of the page.</p>"
        f"<p>And a second paragraph for story {n}, so that the article has some weight to it.</p>"
        "</article></body></html>"
    )


def built_cli() -> Path | None:
    """The newest `newsclip` command built in this checkout, if any."""
    built = [ROOT / "target" / profile / "newsclip" for profile in ("ci", "release")]
    return max((c for c in built if c.exists()), key=lambda c: c.stat().st_mtime, default=None)


# --- extract -----------------------------------------------------------------


def test_extract_from_bytes_and_str_agree():
    raw = ARTICLE.read_bytes()
    from_bytes = newsclip.extract(raw)
    from_str = newsclip.extract(raw.decode("utf-8"))
    assert from_bytes == from_str
    assert from_bytes["title"] == TITLE
    assert from_bytes["authors"] == ["Priya Dawson"]
    assert from_bytes["text"].startswith("The last shop in Low Ashby")
    assert "Share on Facebook" not in from_bytes["text"]
    assert from_bytes["blocks"][0] == {"type": "paragraph", "text": from_bytes["text"].split("\n\n")[0]}


def test_extract_is_the_cli_json_record():
    cli = built_cli()
    if cli is None:
        pytest.skip("the newsclip command is not built (cargo build --release)")
    out = subprocess.run([str(cli), "--url", "https://gazette.example/a", str(ARTICLE)], check=True, capture_output=True)
    assert newsclip.extract(ARTICLE.read_bytes(), url="https://gazette.example/a") == json.loads(out.stdout)


def test_render_is_the_cli_rendering():
    article = newsclip.extract(ARTICLE.read_bytes(), url="https://gazette.example/a")
    markdown = newsclip.render(article)
    assert markdown.startswith(f'---\ntitle: "{TITLE}"\n')
    assert f"\n---\n\n# {TITLE}\n" in markdown
    assert newsclip.render(article, front_matter=False).startswith(f"# {TITLE}\n")
    assert newsclip.render(article, "text").startswith(TITLE)
    assert json.loads(newsclip.render(article, "json")) == article
    assert "<article>" in newsclip.render(article, "html")
    cli = built_cli()
    if cli is not None:
        out = subprocess.run(
            [str(cli), "--format", "markdown", "--url", "https://gazette.example/a", str(ARTICLE)],
            check=True,
            capture_output=True,
        )
        assert markdown == out.stdout.decode()
    with pytest.raises(ValueError):
        newsclip.render(article, "pdf")
    with pytest.raises(TypeError):
        newsclip.render({"title": "no body"})


def test_gzip_bytes_are_read():
    assert newsclip.extract(gzip.compress(ARTICLE.read_bytes()))["title"] == TITLE


def test_url_is_reported_and_resolves_links():
    article = newsclip.extract(ARTICLE.read_bytes(), url="https://gazette.example/news/x")
    assert article["url"] == "https://gazette.example/news/x"
    figures = [b for b in article["blocks"] if b["type"] == "figure"]
    assert figures and figures[0]["src"] == "https://gazette.example/img/low-ashby-shop.jpg"


def test_str_is_read_as_utf8_whatever_its_meta_says():
    body = "<p>Le café du village rouvre ses portes après deux ans de travaux, annonce la mairie ce lundi.</p>"
    html = f'<html><head><meta charset="windows-1252"><title>Café</title></head><body><article>{body}</article></body></html>'
    assert "café du village" in newsclip.extract(html)["text"]
    # As bytes in that charset, the meta tag is what decodes it.
    assert "café du village" in newsclip.extract(html.encode("cp1252"))["text"]


def test_charset_option_decodes_bytes():
    html = "<html><body><article><p>Überall in der Stadt wurden am Montag neue Fahrradwege eröffnet, sagte die Bürgermeisterin.</p></article></body></html>"
    article = newsclip.extract(html.encode("iso-8859-1"), charset="iso-8859-1")
    assert "Überall" in article["text"]


def test_include_tables_option():
    with_tables = newsclip.extract(TABLE_PAGE)
    assert any(b["type"] == "table" for b in with_tables["blocks"])
    without = newsclip.extract(TABLE_PAGE, include_tables=False)
    assert not any(b["type"] == "table" for b in without["blocks"])
    assert "third rise this year" in without["text"]


def test_quotes_option_is_accepted():
    # The library's quotes stage is not written yet (issue: the record's
    # shape came first), so only the switch itself can be checked here.
    html = (
        "<html><body><article><p>The mayor said the bridge would reopen in June after repairs to its deck.</p>"
        '<p>"We will have it open for the summer," said Jane Hollis, the council leader, on Monday evening.</p>'
        "</article></body></html>"
    )
    assert newsclip.extract(html, quotes=False)["quotes"] == []


def test_input_format_text_and_extract_text_export():
    text = "Storm closes the coast road\n\nHigh winds and waves brought rocks onto the coast road on Sunday night, and it will stay shut until engineers have checked the sea wall.\n"
    exported = newsclip.extract_text_export(text)
    assert exported == newsclip.extract(text, input_format="text")
    assert "engineers have checked the sea wall" in exported["text"]
    assert "Storm closes the coast road" in exported["text"] + (exported["title"] or "")


def test_bad_options_raise():
    with pytest.raises(TypeError):
        newsclip.extract(TABLE_PAGE, include_tabels=False)
    with pytest.raises(ValueError):
        newsclip.extract(TABLE_PAGE, input_format="pdf")
    with pytest.raises(TypeError):
        newsclip.extract(TABLE_PAGE, include_tables="yes please")
    with pytest.raises(TypeError):
        newsclip.extract(12345)


# --- errors ------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", "", b"   \n\t ", b"\x00\x01\x02\x03\xff\xfe" * 200, b"\x1f\x8b\x08\x00broken"])
def test_not_a_page_raises_newsclip_error(data):
    with pytest.raises(newsclip.NewsclipError):
        newsclip.extract(data)


def test_max_bytes_raises_newsclip_error():
    with pytest.raises(newsclip.NewsclipError, match="limit"):
        newsclip.extract(TABLE_PAGE, max_bytes=100)


def test_newsclip_error_is_an_exception_of_the_package():
    assert issubclass(newsclip.NewsclipError, Exception)
    assert newsclip.NewsclipError.__module__ == "newsclip"


# --- extract_many ------------------------------------------------------------


def test_extract_many_keeps_input_order_with_errors_in_place():
    inputs = [page(n) if n % 7 else b"" for n in range(1, 301)]
    records = list(newsclip.extract_many(inputs, threads=2))
    assert len(records) == len(inputs)
    for n, record in enumerate(records, start=1):
        if n % 7:
            assert record["title"] == f"Story {n}", n
        else:
            assert record == {"error": "page is empty"}


def test_extract_many_parallel_equals_sequential_and_single_calls():
    pages = [ARTICLE.read_bytes(), TABLE_PAGE] + [page(n) for n in range(50)]
    parallel = list(newsclip.extract_many(pages, threads=4))
    sequential = list(newsclip.extract_many(pages, threads=1))
    assert parallel == sequential == [newsclip.extract(p) for p in pages]


def test_extract_many_takes_urls_and_options():
    records = list(
        newsclip.extract_many(
            [(ARTICLE.read_bytes(), "https://a.example/1"), (TABLE_PAGE, None), TABLE_PAGE],
            include_tables=False,
        )
    )
    assert records[0]["url"] == "https://a.example/1"
    assert records[1]["url"] is None
    assert all(b["type"] != "table" for r in records for b in r["blocks"])


def test_extract_many_reads_the_iterable_lazily():
    pulled = 0

    def pages():
        nonlocal pulled
        for n in range(10_000):
            pulled += 1
            yield page(n)

    records = newsclip.extract_many(pages(), threads=2)
    first = next(records)
    assert first["title"] == "Story 0"
    assert pulled < 1_000  # one batch, not the whole iterable
    assert sum(1 for _ in records) == 9_999


def test_extract_many_passes_on_errors_of_the_iterable():
    def pages():
        yield page(1)
        raise RuntimeError("source failed")

    records = newsclip.extract_many(pages())
    assert next(records)["title"] == "Story 1"  # the input before the failure
    with pytest.raises(RuntimeError, match="source failed"):
        next(records)


def test_extract_many_rejects_bad_items():
    records = newsclip.extract_many([page(1), 42, page(3)])
    assert next(records)["title"] == "Story 1"
    with pytest.raises(TypeError):
        next(records)


def test_concurrent_calls_from_python_threads():
    pages = [page(n) for n in range(40)]
    expected = [newsclip.extract(p)["title"] for p in pages]
    results: dict[int, list] = {}

    def work(k: int) -> None:
        results[k] = [newsclip.extract(p)["title"] for p in pages]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[k] == expected for k in range(4))


# --- site furniture ----------------------------------------------------------

ABOUT = (
    "The Valley Ledger has reported on the towns of the upper valley since 1921. It is owned by a trust "
    "on behalf of its readers, and every story it publishes is checked by two editors before it goes out, "
    "which is why so many families in the valley have trusted it for more than a century of local news."
)
STORIES = [
    "The council approved the budget on Tuesday after a long debate about the cost of the new bridge.",
    "Flooding closed the river road for a second day, and the county said repairs would take a week.",
    "The school board voted to keep the library open on Saturdays, after parents signed a petition.",
    "A new bakery opened on Main Street, the first business to fill the old hardware store in years.",
]


def dump(i: int) -> str:
    """A text export of one site's page: menu, headline, story, a paragraph about the site."""
    return f"Valley Ledger\nNews\nSport\nHeadline number {i}\n{STORIES[i]}\n{ABOUT}\nContact\n"


def test_site_furniture_learnt_across_a_batch():
    table = newsclip.SiteFurniture(max_entries=10_000)
    urls = [f"https://valley-ledger.example/news/{i}" for i in range(len(STORIES))]
    for i, url in enumerate(urls):
        table.learn(dump(i), url=url)
    assert table.pages == 4 and table.furniture_lines >= 1, repr(table)
    alone = newsclip.extract_text_export(dump(0), url=urls[0])
    assert "owned by a trust" in alone["text"]
    learnt = newsclip.extract_text_export(dump(0), url=urls[0], furniture=table)
    assert "owned by a trust" not in learnt["text"]
    assert "cost of the new bridge" in learnt["text"]
    many = list(newsclip.extract_many(zip(map(dump, range(4)), urls), input_format="text", furniture=table))
    assert all("owned by a trust" not in r["text"] for r in many)
    with pytest.raises(TypeError):
        newsclip.extract(dump(0), furniture="not a table")


# --- stubs -------------------------------------------------------------------


def test_stubs_and_py_typed_are_installed_and_match_the_module():
    package = Path(newsclip.__file__).parent
    assert (package / "py.typed").exists()
    stub = ast.parse((package / "__init__.pyi").read_text())
    defined = {
        node.name for node in stub.body if isinstance(node, (ast.FunctionDef, ast.ClassDef))
    } | {
        target.id
        for node in stub.body
        if isinstance(node, ast.AnnAssign) and isinstance((target := node.target), ast.Name)
    }
    public = set(newsclip.__all__)
    assert public <= defined, public - defined
    assert all(hasattr(newsclip, name) for name in public)
    # The Article TypedDict lists the record's keys, in the record's order.
    article_class = next(n for n in stub.body if isinstance(n, ast.ClassDef) and n.name == "Article")
    fields = [n.target.id for n in article_class.body if isinstance(n, ast.AnnAssign)]
    assert fields == list(newsclip.extract(ARTICLE.read_bytes()).keys())


def test_version_is_the_workspace_version():
    workspace = (ROOT / "Cargo.toml").read_text()
    assert f'version = "{newsclip.__version__}"' in workspace
