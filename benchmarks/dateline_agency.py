"""Datelines and agencies against a corpus that records them.

Usage::

    python benchmarks/dateline_agency.py [CORPUS.jsonl]

The corpus defaults to ``../shared/corpora/quotes/world.dev.jsonl`` beside
the checkout: one article a line, each with ``meta.dateline`` (the place of
its dateline as written, or null) and ``meta.agency`` (the credited wire by
its canonical name, or null).  Each article gives two values, and each is
compared as follows:

- the **place**: ``Article.dateline.location.text`` exactly as written
  ("New Delhi", "BEIJING"), null when there is no dateline or it names no
  place;
- the **agency**: the canonical name of ``Article.agency``
  (``newsclaims._meta.agency_name``: "Press Trust of India" and "PTI" are
  both "PTI"), null when none is credited.

Prints how many of the values match, then every miss with what was expected
and what was found.  A report, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import newsclaims
from newsclaims._meta import agency_name

DEFAULT = (
    Path(__file__).resolve().parents[2] / "shared" / "corpora" / "quotes" / "world.dev.jsonl"
)


def _found(art: newsclaims.Article) -> tuple[str | None, str | None]:
    """The dateline place as written and the agency's canonical name."""
    place = None
    if art.dateline is not None and art.dateline.location is not None:
        place = art.dateline.location.text
    agency = agency_name(art.agency.text) if art.agency is not None else None
    return place, agency


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    args = ap.parse_args()
    path = Path(args.corpus)
    if not path.exists():
        print(f"no corpus at {path}: pass the path of a JSONL file with meta.dateline")
        return 2

    right = total = 0
    misses: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            meta = record["meta"]
            art = newsclaims.parse_article(record["text"])
            place, agency = _found(art)
            for field, expected, got in (
                ("dateline", meta["dateline"], place),
                ("agency", meta["agency"], agency),
            ):
                total += 1
                if expected == got:
                    right += 1
                else:
                    misses.append(
                        f"  {record['id']:12} {field:8} expected {expected!r}, found {got!r}"
                    )
    print(f"corpus:   {path}")
    print(f"matching: {right} of {total} values (dateline place and agency of each article)")
    print(f"misses:   {len(misses)}")
    for m in misses:
        print(m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
