"""newsclip on Spark: WARC files in, one Parquet row per HTML or WET record out.

    spark-submit [--master local[4]] examples/spark/newsclip_job.py \\
        --output articles.parquet [--paths-from list.txt] [WARC ...]

Each task takes one WARC file (.warc, .warc.gz, .warc.zst) and reads it with
`newsclip.iter_warc` on the executor, so the files must be readable there
under the path given: a local path in local mode, a shared or mounted
filesystem on a cluster. The executors need the `newsclip` package
(`pip install .` from the repository, or its wheel via --py-files/an
environment archive); nothing else. The rows are written as Parquet with
zstd compression; the schema is `SCHEMA` below. The job runs unchanged on a
cluster: only --master and the paths differ.

Records that are not pages (requests, metadata, images...) are skipped by
`iter_warc`; a record that fails gives a row with `error` set, and a file
that cannot be opened gives one row with `error` and its `warc_path`, so
one bad file never stops the job.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Iterable, Iterator

from pyspark.sql import SparkSession
from pyspark.sql import types as T

#: One row per record. `published` and `modified` stay strings: a page may
#: give a date without a time.
SCHEMA = T.StructType(
    [
        T.StructField("warc_path", T.StringType(), False),
        T.StructField("warc_record_id", T.StringType(), True),
        T.StructField("warc_date", T.TimestampType(), True),
        T.StructField("url", T.StringType(), True),
        T.StructField("error", T.StringType(), True),
        T.StructField("title", T.StringType(), True),
        T.StructField("description", T.StringType(), True),
        T.StructField("authors", T.ArrayType(T.StringType(), False), True),
        T.StructField("published", T.StringType(), True),
        T.StructField("modified", T.StringType(), True),
        T.StructField("language", T.StringType(), True),
        T.StructField("site_name", T.StringType(), True),
        T.StructField("publisher", T.StringType(), True),
        T.StructField("section", T.StringType(), True),
        T.StructField("tags", T.ArrayType(T.StringType(), False), True),
        T.StructField("page_type", T.StringType(), True),
        T.StructField("image", T.StringType(), True),
        T.StructField("text", T.StringType(), True),
        T.StructField("blocks_json", T.StringType(), True),
        T.StructField("warnings", T.ArrayType(T.StringType(), False), True),
    ]
)

#: Article fields copied as they are (the rest of SCHEMA is filled in by `to_row`).
ARTICLE_FIELDS = [
    f.name
    for f in SCHEMA.fields
    if f.name not in {"warc_path", "warc_record_id", "warc_date", "url", "error", "blocks_json"}
]


def warc_timestamp(value: str | None) -> datetime | None:
    """A WARC-Date (ISO 8601, `Z` for UTC) as an aware datetime."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def to_row(path: str, record: dict) -> tuple:
    """One `iter_warc` record as a row of SCHEMA."""
    error = record.get("error")
    row = {
        "warc_path": path,
        "warc_record_id": record.get("warc_record_id"),
        "warc_date": warc_timestamp(record.get("warc_date")),
        "url": record.get("url"),
        "error": error,
        "blocks_json": None if error else json.dumps(record["blocks"], ensure_ascii=False),
    }
    for name in ARTICLE_FIELDS:
        row[name] = record.get(name)
    return tuple(row[f.name] for f in SCHEMA.fields)


def extract_files(paths: Iterable[str], options: dict) -> Iterator[tuple]:
    """Runs on the executors: every record of every WARC file of one partition."""
    import newsclip  # imported on the executor

    for path in paths:
        try:
            for record in newsclip.iter_warc(path, threads=1, **options):
                yield to_row(path, record)
        except (OSError, newsclip.NewsclipError) as err:
            yield to_row(path, {"error": f"{type(err).__name__}: {err}"})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("warcs", nargs="*", help="WARC files (.warc, .warc.gz, .warc.zst)")
    parser.add_argument("--paths-from", help="a file listing WARC paths, one a line")
    parser.add_argument("--output", required=True, help="Parquet output directory")
    parser.add_argument("--partitions", type=int, help="tasks (default: one per file)")
    parser.add_argument("--favor-precision", action="store_true")
    parser.add_argument("--favor-recall", action="store_true")
    parser.add_argument("--no-tables", action="store_true")
    parser.add_argument("--include-comments", action="store_true")
    args = parser.parse_args(argv)

    paths = list(args.warcs)
    if args.paths_from:
        with open(args.paths_from, encoding="utf-8") as f:
            paths += [line.strip() for line in f if line.strip()]
    if not paths:
        parser.error("no WARC paths given")
    options = {
        "favor_precision": args.favor_precision,
        "favor_recall": args.favor_recall,
        "include_tables": not args.no_tables,
        "include_comments": args.include_comments,
    }

    spark = (
        SparkSession.builder.appName("newsclip")
        # Parquet's own timestamp type (UTC microseconds), not the legacy INT96.
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    try:
        files = spark.sparkContext.parallelize(paths, args.partitions or len(paths))
        rows = files.mapPartitions(lambda part: extract_files(part, options))
        frame = spark.createDataFrame(rows, SCHEMA)
        frame.write.mode("overwrite").option("compression", "zstd").parquet(args.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
