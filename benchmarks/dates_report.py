"""Metadata and dates report: headlines, datelines and dates over a corpus.

Usage::

    python benchmarks/dates_report.py [CORPUS.jsonl] [--published 2005-01-01]
        [--sample 20] [--seed 5]

The corpus defaults to ``../shared/corpora/news/bbc.jsonl`` beside the
checkout (every article there starts with a headline line).  Prints the
import time of ``newsclaims`` and whether dateparser was imported with it,
how many headlines, datelines, bylines, agencies and credit lines were found,
how many date expressions were found and resolved against ``--published``,
a few fixed cases (the tense of a reporting clause after a quotation, a
count inside a number, a day with its year, a base at the end of the
calendar) with what they should give, and a seeded random sample of dates,
each with its sentence context, for a person to judge.  A report, not a
test: nothing here asserts anything.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "news" / "bbc.jsonl"


# (text, published, expected (expression, value) pairs): cases a reader can
# check by eye.  2024-03-05 is a Tuesday.
CHECKS = (
    ("“We will rebuild,” Mayor Ana Ruiz said on Monday.", "2024-03-05", [("Monday", "2024-03-04")]),
    ("“We rebuilt it,” Mayor Ana Ruiz said on Monday.", "2024-03-05", [("Monday", "2024-03-04")]),
    ("The mayor said the bridge will reopen on Monday.", "2024-03-05", [("Monday", "2024-03-11")]),
    ("The law changed in March.", "2005-01-05", [("March", "2004-03")]),
    ("The law will change in December.", "2005-01-05", [("December", "2005-12")]),
    ("It happened 3,000,000 days ago.", "2024-03-05", [("3,000,000 days ago", None)]),
    (
        "The memorial names all who died on 11 September 2001.",
        "2024-03-05",
        [("11 September 2001", "2001-09-11")],
    ),
    (
        "Flights changed after the 11 September attacks in 2001.",
        "2024-03-05",
        [("11 September", "2001-09-11"), ("2001", "2001")],
    ),
    ("The board meets next Tuesday.", "9999-12-31", [("next Tuesday", None)]),
    ("The board met last Tuesday.", "0001-01-01", [("last Tuesday", None)]),
)


def _checks(newsclaims: object) -> None:
    print(f"\n{len(CHECKS)} fixed cases: found | expected")
    parse = newsclaims.parse_article  # type: ignore[attr-defined]
    for text, published, expected in CHECKS:
        try:
            found = [(d.text, d.value) for d in parse(text, published=published).dates]
        except Exception as exc:  # noqa: BLE001 -- a report shows what went wrong
            found = [(type(exc).__name__, str(exc))]
        mark = "ok     " if found == expected else "DIFFERS"
        print(f"  {mark} {text!r} (published {published}): {found}")
        if found != expected:
            print(f"          expected {expected}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--published", default="2005-01-01", help="base date (ISO 8601)")
    ap.add_argument("--sample", type=int, default=20, help="dates to print")
    ap.add_argument("--seed", type=int, default=5, help="seed of the sample")
    args = ap.parse_args()

    t0 = time.perf_counter()
    import newsclaims

    import_ms = (time.perf_counter() - t0) * 1000
    dateparser_at_import = "dateparser" in sys.modules
    published = dt.date.fromisoformat(args.published)

    with open(args.corpus, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]

    counts: collections.Counter[str] = collections.Counter()
    grans: collections.Counter[str] = collections.Counter()
    found: list[tuple[int, newsclaims.DateMention]] = []
    t0 = time.perf_counter()
    for i, text in enumerate(texts):
        art = newsclaims.parse_article(text, published=published)
        counts["headline"] += art.headline is not None
        if art.headline is not None:
            inside = [q for q in art.quotes if q.end <= art.headline.end]
            counts["headline quotes"] += len(inside)
            counts["headline quotes attributed"] += sum(q.speaker is not None for q in inside)
        counts["dateline"] += art.dateline is not None
        counts["byline"] += art.byline is not None
        counts["agency"] += art.agency is not None
        counts["credits"] += len(art.credits)
        for d in art.dates:
            counts["dates"] += 1
            counts["resolved"] += d.value is not None
            counts["relative"] += d.relative
            counts["relative resolved"] += d.relative and d.value is not None
            grans[d.granularity] += 1
            found.append((i, d))
    elapsed = time.perf_counter() - t0

    n = len(texts)
    print(f"corpus:              {args.corpus}")
    print(f"articles:            {n}")
    print(f"import time:         {import_ms:.0f} ms (dateparser imported: {dateparser_at_import})")
    print(f"dateparser loaded:   {'dateparser' in sys.modules} (after the run)")
    print(f"parse time:          {elapsed:.2f} s ({n / elapsed:,.0f} articles/s)")
    print(f"headlines detected:  {counts['headline']} of {n}")
    print(
        f"headline quotes:     {counts['headline quotes']}, with a speaker "
        f"{counts['headline quotes attributed']}"
    )
    print(f"datelines:           {counts['dateline']}")
    print(f"bylines:             {counts['byline']}")
    print(f"agencies:            {counts['agency']}")
    print(f"credit lines:        {counts['credits']}")
    print(f"date expressions:    {counts['dates']} (published={published.isoformat()})")
    print(f"  resolved:          {counts['resolved']}")
    print(
        f"  relative:          {counts['relative']}, of which resolved "
        f"{counts['relative resolved']}"
    )
    print("  by granularity:    " + ", ".join(f"{k} {v}" for k, v in grans.most_common()))
    distinct = len({d.text.lower() for _, d in found})
    print(f"  distinct strings:  {distinct}")

    _checks(newsclaims)

    rng = random.Random(args.seed)  # noqa: S311 -- a reproducible sample, not a secret
    sample = rng.sample(found, min(args.sample, len(found)))
    print(f"\n{len(sample)} random dates (seed {args.seed}): text | value | granularity | context")
    for i, d in sorted(sample, key=lambda x: (x[0], x[1].start)):
        text = texts[i]
        left = text[max(0, d.start - 40) : d.start].replace("\n", " ")
        right = text[d.end : d.end + 30].replace("\n", " ")
        print(f"  {d.text!r:28} {d.value or '-':12} {d.granularity:8} …{left}[{d.text}]{right}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
