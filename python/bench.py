"""The Python `newsclip.extract` call against the Rust `newsclip::extract`
call on the same page, in the same compiled binary.

    python python/bench.py [PAGE.html ...]

With no page it takes the median-sized page of the WCXB dev set
(../shared/datasets/wcxb-dev/html, or $DATASETS/wcxb-dev/html). For each
page it prints the mean time of one Rust call (timed inside the extension
module, `_rust_extract_seconds`) and of one Python call, given bytes and
given str (the page decoded), and the overhead of the Python call over the
Rust call: the target is at most 10%. Times are the calling thread's CPU
time (so that other work on the machine does not count), each the best of
ROUNDS interleaved rounds.
"""

from __future__ import annotations

import gzip
import os
import sys
import time
from pathlib import Path

import newsclip
from newsclip import _newsclip

ROUNDS = 15
#: Length of one round of calls.
TARGET_ROUND_SECONDS = 0.2


def median_page() -> Path:
    root = Path(__file__).resolve().parent.parent
    datasets = Path(os.environ.get("DATASETS", root.parent / "shared" / "datasets"))
    pages = sorted((datasets / "wcxb-dev" / "html").glob("*.html*"), key=lambda p: (p.stat().st_size, p.name))
    if not pages:
        sys.exit(f"no pages in {datasets / 'wcxb-dev' / 'html'}; name a page")
    return pages[len(pages) // 2]


def python_seconds(page: bytes | str, calls: int) -> float:
    start = time.thread_time()
    for _ in range(calls):
        newsclip.extract(page)
    return (time.thread_time() - start) / calls


def bench(path: Path) -> None:
    page = path.read_bytes()
    if path.suffix == ".gz":
        page = gzip.decompress(page)
    text = page.decode("utf-8", errors="replace")
    once = _newsclip._rust_extract_seconds(page, 3)
    calls = max(3, int(TARGET_ROUND_SECONDS / max(once, 1e-6)))
    rust_bytes, rust_str, py_bytes, py_str = [], [], [], []
    for _ in range(ROUNDS):  # interleaved, so that drift hits all alike
        rust_bytes.append(_newsclip._rust_extract_seconds(page, calls))
        py_bytes.append(python_seconds(page, calls))
        # A str is read as UTF-8 (charset="utf-8"): the Rust call gets the same.
        rust_str.append(_newsclip._rust_extract_seconds(text, calls))
        py_str.append(python_seconds(text, calls))
    rb, rs, pb, ps = min(rust_bytes), min(rust_str), min(py_bytes), min(py_str)
    print(f"{path.name}: {len(page):,} bytes, {calls} calls x {ROUNDS} rounds")
    print(f"  bytes: rust {rb * 1e3:7.3f} ms   python {pb * 1e3:7.3f} ms   overhead {100 * (pb - rb) / rb:+.1f}%")
    print(f"  str:   rust {rs * 1e3:7.3f} ms   python {ps * 1e3:7.3f} ms   overhead {100 * (ps - rs) / rs:+.1f}%")


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or [median_page()]
    for path in paths:
        bench(path)


if __name__ == "__main__":
    main()
