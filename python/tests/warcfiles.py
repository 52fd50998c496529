"""Small WARC files for the tests, written by hand (WARC/1.1, one gzip
member per record, as crawls ship them), so that the tests depend on no
WARC library of their own."""

from __future__ import annotations

import gzip
import uuid
from pathlib import Path
from typing import Iterable


def record(
    warc_type: str,
    block: bytes,
    *,
    uri: str | None = None,
    date: str = "2024-05-14T07:00:00Z",
    content_type: str = "application/http; msgtype=response",
    record_id: str | None = None,
) -> bytes:
    """One WARC record: header, block, and the two closing line breaks."""
    headers = [
        "WARC/1.1",
        f"WARC-Type: {warc_type}",
        f"WARC-Record-ID: {record_id or f'<urn:uuid:{uuid.uuid4()}>'}",
        f"WARC-Date: {date}",
    ]
    if uri is not None:
        headers.append(f"WARC-Target-URI: {uri}")
    headers += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK") -> bytes:
    """An HTTP/1.1 response message, as a `response` record's block."""
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def response(uri: str, body: bytes, record_id: str, content_type: str = "text/html; charset=utf-8", date: str = "2024-05-14T07:00:00Z") -> bytes:
    return record("response", http_response(body, content_type), uri=uri, record_id=record_id, date=date)


def warcinfo() -> bytes:
    return record("warcinfo", b"software: newsclip tests\r\nformat: WARC File Format 1.1\r\n", content_type="application/warc-fields")


def write_gz(path: Path, records: Iterable[bytes]) -> Path:
    """A .warc.gz: one gzip member per record."""
    with open(path, "wb") as f:
        for r in records:
            f.write(gzip.compress(r))
    return path


def write_plain(path: Path, records: Iterable[bytes]) -> Path:
    path.write_bytes(b"".join(records))
    return path
