#!/usr/bin/env python3
"""Fit the page-type model's weights (crates/newsclip/src/metadata/page_type.rs).

The model is a multinomial logistic regression over the features that
`page_type::features` computes. This script reads those features for every
WCXB dev page (written by the `page-type-features` binary), fits the
weights, and prints two accuracies:

- held out: sites split in two halves, fitted on one half and scored on the
  other, both ways, over three shuffles of the sites. This is the figure to
  judge a feature by: a page's site never helps predict its own type.
- in sample: fitted and scored on all pages (what the evaluation prints).

With --write it replaces the WEIGHTS table in page_type.rs with the weights
fitted on all pages. Features come from the `features` function; add a
feature there and to FEATURES, then refit: never set a weight by hand.

    cargo run --release -p newsclip-eval --bin page-type-features -- ../shared/datasets > /tmp/page-types.jsonl
    python3 scripts/fit-page-type.py /tmp/page-types.jsonl [--write]

The text path's model (crates/newsclip/src/text/page_type.rs) is fitted the
same way on the text exports' features, with --text on both commands; it
sees each dump twice, with its address and without (url_none), since many
dumps come with no address, and both accuracies are printed.

Needs numpy.
"""

import argparse
import json
import pathlib
import random
import re
import sys

import numpy as np

KINDS = ["article", "forum", "product", "documentation", "service", "listing", "collection"]
SRC = pathlib.Path(__file__).resolve().parent.parent / "crates/newsclip/src"
RUST = SRC / "metadata/page_type.rs"
RUST_TEXT = SRC / "text/page_type.rs"


def load(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    rows = [r for r in rows if r.get("type") in KINDS]
    names = list(rows[0]["features"].keys())
    x = np.array([[r["features"][n] for n in names] for r in rows], dtype=np.float64)
    y = np.array([KINDS.index(r["type"]) for r in rows])
    sites = [r.get("site") or r["id"] for r in rows]
    return names, x, y, sites


def fit(x, y, l2, steps, lr):
    """Full-batch gradient descent (Adam) on the mean cross-entropy plus L2."""
    n, f = x.shape
    w = np.zeros((f, len(KINDS)))
    onehot = np.eye(len(KINDS))[y]
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, steps + 1):
        s = x @ w
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        g = x.T @ (p - onehot) / n + l2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def accuracy(w, x, y):
    return float(np.mean(np.argmax(x @ w, axis=1) == y))


def without_address(names, x):
    """The rows as if no page address were known: the url_* features 0,
    url_none 1 (a text dump read without its address)."""
    x = x.copy()
    for i, n in enumerate(names):
        if n.startswith("url_"):
            x[:, i] = 1.0 if n == "url_none" else 0.0
    return x


def augmented(names, x, y):
    """Each row twice, with its address and without: the text model must
    read dumps whose address nobody gave it."""
    return np.vstack([x, without_address(names, x)]), np.concatenate([y, y])


def held_out(x, y, sites, l2, steps, lr, shuffles=3, names=None):
    """Accuracy on sites held out of the fit. With `names` (the text model)
    the fit sees each row with and without its address, and the score is
    (with address, without)."""
    unique = sorted(set(sites))
    scores, bare = [], []
    for seed in range(shuffles):
        rng = random.Random(seed)
        order = unique[:]
        rng.shuffle(order)
        half = set(order[: len(order) // 2])
        a = np.array([s in half for s in sites])
        for train, test in ((a, ~a), (~a, a)):
            xt, yt = (augmented(names, x[train], y[train]) if names else (x[train], y[train]))
            w = fit(xt, yt, l2, steps, lr)
            scores.append((np.sum(np.argmax(x[test] @ w, axis=1) == y[test]), test.sum()))
            if names:
                xb = without_address(names, x[test])
                bare.append((np.sum(np.argmax(xb @ w, axis=1) == y[test]), test.sum()))
    share = lambda s: sum(c for c, _ in s) / sum(n for _, n in s)
    return (share(scores), share(bare)) if names else share(scores)


def rust_table(names, w):
    width = max(len(n) for n in names)
    lines = []
    for name, row in zip(names, w):
        cells = ", ".join(f"{v:6.3f}" for v in row)
        lines.append(f"    /* {name:<{width}} */ [{cells}],")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("features", help="JSON Lines from the page-type-features binary")
    ap.add_argument("--l2", type=float, default=0.003)
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--write", action="store_true", help="replace WEIGHTS in page_type.rs")
    ap.add_argument("--text", action="store_true", help="the text path's model (text/page_type.rs)")
    args = ap.parse_args()
    rust = RUST_TEXT if args.text else RUST

    names, x, y, sites = load(args.features)
    print(f"{len(y)} pages, {len(set(sites))} sites, {len(names)} features")
    if args.text:
        ho, ho_bare = held_out(x, y, sites, args.l2, args.steps, args.lr, names=names)
        w = fit(*augmented(names, x, y), args.l2, args.steps, args.lr)
        print(f"held-out accuracy (two-fold by site, 3 shuffles): {ho:.3f}, without the address {ho_bare:.3f}")
        print(f"in-sample accuracy (fitted on all pages):         {accuracy(w, x, y):.3f}, without the address {accuracy(w, without_address(names, x), y):.3f}")
    else:
        ho = held_out(x, y, sites, args.l2, args.steps, args.lr)
        w = fit(x, y, args.l2, args.steps, args.lr)
        print(f"held-out accuracy (two-fold by site, 3 shuffles): {ho:.3f}")
        print(f"in-sample accuracy (fitted on all pages):         {accuracy(w, x, y):.3f}")
    if args.write:
        src = rust.read_text(encoding="utf-8")
        declared = re.search(r"const FEATURES: \[&str; \d+\] = \[(.*?)\];", src, re.S)
        order = re.findall(r'"([^"]+)"', declared.group(1))
        if order != names:
            sys.exit(f"FEATURES in {rust} and the dump differ: rebuild and rerun page-type-features")
        table = rust_table(names, w)
        src, n = re.subn(
            r"(const WEIGHTS: \[\[f64; 7\]; N_FEATURES\] = \[\n).*?(\n\];)",
            lambda m: m.group(1) + table + m.group(2),
            src,
            flags=re.S,
        )
        if n != 1:
            sys.exit("WEIGHTS table not found")
        rust.write_text(src, encoding="utf-8")
        print(f"wrote the weights into {rust}")


if __name__ == "__main__":
    main()
