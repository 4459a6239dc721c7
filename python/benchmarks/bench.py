"""Time tifa from Python: a loop of parse, parse_many, and a plain `re` baseline.

    python benchmarks/bench.py [--copies N] [--repeat R]

The input is every document of data/corpus plus the reference document, repeated N times
(default 50: 500 documents, about 2.8 MB). Each row is the best of R runs (default 5).

The regex baseline does a smaller job than tifa, the one analysts write by hand: ordinal
items at the start of a line (`First,` ... `Tenth,`, `The third is`, `Ten is`, `1.`,
`(1)`) with the rest of their line, and 23 initiative and concept names, each as a flat
record with its line, like `Document.items()` and `Document.names()`. It finds no lists,
counts, headings, metadata, obligations or diagnostics, and does not handle one-line
scrapes or hard-wrapped text.
"""

from __future__ import annotations

import argparse
import bisect
import os
import re
import time
from pathlib import Path

import tifa

REPO = Path(__file__).resolve().parents[2]

_ORDINALS = "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth".split()
_NUMBERS = "One Two Three Four Five Six Seven Eight Nine Ten".split()
ITEM = re.compile(
    r"^[ \t]*(?P<marker>(?:%s)(?:ly)?,|The (?:%s) is(?: to)?|(?:%s) is(?: to)?|\d{1,2}\.|\(\d{1,2}\))[ \t]*(?P<text>.*)$"
    % ("|".join(_ORDINALS), "|".join(o.lower() for o in _ORDINALS), "|".join(_NUMBERS)),
    re.MULTILINE,
)
_NAMES = [
    "Belt and Road", "Global Development Initiative", "Global Security Initiative",
    "Global Civilization Initiative", "Digital Silk Road", "Healthy China",
    "14th Five-Year Plan", "13th Five-Year Plan", "12th Five-Year Plan",
    "community with a shared future for mankind", "community with a shared future",
    "major-country diplomacy with Chinese characteristics", "multipolar world",
    "inclusive economic globalization", "Chinese-style modernization", "Chinese modernization",
    "global governance", "new type of international relations", "common values of all mankind",
    "true multilateralism", "new development pattern", "new quality productive forces",
    "whole-process people's democracy",
]
NAMES = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True)), re.IGNORECASE)


def regex_job(text: str, name: str):
    """Items and names as flat records, with the regex baseline."""
    lines = [m.end() for m in re.finditer("\n", text)]
    items = [
        {"document": name, "marker": m["marker"], "text": m["text"], "start": m.start(), "end": m.end(),
         "line": bisect.bisect_right(lines, m.start()) + 1}
        for m in ITEM.finditer(text)
    ]
    names = [
        {"document": name, "name": m[0], "start": m.start(), "end": m.end(),
         "line": bisect.bisect_right(lines, m.start()) + 1}
        for m in NAMES.finditer(text)
    ]
    return items, names


def inputs(copies: int):
    files = sorted((REPO / "data" / "corpus").glob("*.txt")) + [REPO / "data" / "conference-summary.txt"]
    texts = [f.read_text(encoding="utf-8") for f in files]
    names = [f.name for f in files]
    return texts * copies, names * copies


def best(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    texts, names = inputs(args.copies)
    size = sum(len(t.encode()) for t in texts)
    tifa.parse("warm up the lexicon")

    rows = [
        ("loop of `tifa.parse`", lambda: [tifa.parse(t) for t in texts]),
        ("`tifa.parse_many(threads=1)`", lambda: tifa.parse_many(texts, threads=1)),
        ("`tifa.parse_many()`", lambda: tifa.parse_many(texts)),
        ("`parse_many()` + `items()` + `names()`",
         lambda: [(d.items(), d.names()) for d in tifa.parse_many(texts, names=names)]),
        ("regex baseline: items + names", lambda: [regex_job(t, n) for t, n in zip(texts, names)]),
    ]
    print(f"{len(texts)} documents, {size:,} bytes, {os.cpu_count()} cores, best of {args.repeat}\n")
    print("| job | time | documents/s | MB/s |")
    print("| --- | ---: | ---: | ---: |")
    for label, fn in rows:
        t = best(args.repeat, fn)
        print(f"| {label} | {t * 1000:.1f} ms | {len(texts) / t:,.0f} | {size / t / 1e6:.1f} |")

    tifa_items = sum(len(d.items()) for d in tifa.parse_many(texts[: len(texts) // args.copies]))
    regex_items = sum(len(regex_job(t, "")[0]) for t in texts[: len(texts) // args.copies])
    print(f"\nitems found per copy of the corpus: tifa {tifa_items}, regex baseline {regex_items}")


if __name__ == "__main__":
    main()
