"""examples/spark/newsclip_job.py on a local Spark (local[2]), run as a user
would with spark-submit, over three small WARC files made here from WCXB dev
pages; the Parquet it writes is read back with pyarrow.

Marked `spark` (scripts/test runs it as its own step). Needs pyspark,
pyarrow and Java (scripts/setup-python installs them).
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsclip
import warcfiles

pytestmark = pytest.mark.spark

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "examples" / "spark" / "newsclip_job.py"
FILES = 3
PAGES_PER_FILE = 4


def dev_pages() -> list[bytes]:
    datasets = Path(os.environ.get("DATASETS", ROOT.parent / "shared" / "datasets"))
    paths = sorted((datasets / "wcxb-dev" / "html").glob("*.html.gz"))[: FILES * PAGES_PER_FILE]
    assert len(paths) == FILES * PAGES_PER_FILE, f"WCXB dev pages missing under {datasets} (set DATASETS)"
    return [gzip.decompress(p.read_bytes()) for p in paths]


def test_spark_job_writes_one_row_per_page(tmp_path: Path):
    pyspark = pytest.importorskip("pyspark")
    pq = pytest.importorskip("pyarrow.parquet")
    pages = dev_pages()
    expected = {}  # url -> (record id, page)
    warcs = []
    for f in range(FILES):
        records = [warcfiles.warcinfo()]
        for k in range(PAGES_PER_FILE):
            n = f * PAGES_PER_FILE + k
            url, rid = f"https://dev.example/{n}", f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>"
            expected[url] = (rid, pages[n])
            records.append(warcfiles.response(url, pages[n], rid, date=f"2024-05-14T07:{n:02d}:00Z"))
        # Not pages: skipped by the job, never rows.
        records.append(warcfiles.record("request", b"GET / HTTP/1.1\r\nHost: dev.example\r\n\r\n", uri="https://dev.example/", content_type="application/http; msgtype=request"))
        records.append(warcfiles.response("https://dev.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), f"<urn:uuid:png-{f}>", content_type="image/png"))
        warcs.append(str(warcfiles.write_gz(tmp_path / f"part-{f}.warc.gz", records)))
    missing = str(tmp_path / "no-such.warc.gz")

    spark_submit = shutil.which("spark-submit", path=str(Path(sys.executable).parent)) or str(
        Path(pyspark.__file__).parent / "bin" / "spark-submit"
    )
    out = tmp_path / "articles.parquet"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    subprocess.run(
        [spark_submit, "--master", "local[2]", "--conf", "spark.ui.enabled=false", str(JOB), "--output", str(out), *warcs, missing],
        check=True,
        env=env,
        cwd=tmp_path,
    )

    table = pq.read_table(out)
    import pyarrow as pa

    schema = table.schema
    assert pa.types.is_timestamp(schema.field("warc_date").type)
    assert schema.field("authors").type == pa.list_(pa.string()) or pa.types.is_list(schema.field("authors").type)
    assert schema.field("title").type == pa.string()

    rows = table.to_pylist()
    errors = [r for r in rows if r["error"]]
    assert [r["warc_path"] for r in errors] == [missing]
    articles = {r["url"]: r for r in rows if not r["error"]}
    assert len(articles) == len(rows) - 1 == FILES * PAGES_PER_FILE  # records in = rows out
    for url, (rid, page) in expected.items():
        row = articles[url]
        article = newsclip.extract(page, url=url, charset="utf-8")
        assert row["warc_record_id"] == rid
        assert row["warc_date"].isoformat().startswith("2024-05-14T07:")
        assert row["title"] == article["title"]
        assert row["authors"] == article["authors"]
        assert row["text"] == article["text"]
        assert row["warc_path"].endswith(".warc.gz")
