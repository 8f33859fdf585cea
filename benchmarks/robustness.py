"""Robustness on real news: never an exception, and no mark lost silently.

Usage::

    python benchmarks/robustness.py [CORPUS.jsonl] [--seed N]

The corpus defaults to ``../shared/corpora/news/bbc.jsonl`` beside the
checkout (2,225 BBC articles, read at run time).  Three runs:

1. every article as it is;
2. every article with each straight ``"`` replaced by a curly mark, ``“`` or
   ``”`` chosen by context as a word processor would;
3. for each of both versions, one mark of a randomly chosen paired quote
   deleted per article (seeded).  Each deletion must show up, in the
   paragraph where it happened, as a new unpaired mark or as a quote whose
   extent changed; one that shows up as neither is "silent".

Every offset of every quote, claim, figure and date is also checked against
the text.  Prints the counts; the exit status is 1 when any article raised,
broke an offset, or lost a deletion silently.  A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "news" / "bbc.jsonl"

# After these a straight mark opens a quotation; anywhere else it closes one.
_OPEN_AFTER = frozenset(" \t\n\r\u00a0([{<-\u2013\u2014/'‘“")


def curly(text: str) -> str:
    """``text`` with each ``"`` made ``“`` or ``”`` by what stands before it."""
    out = []
    for i, ch in enumerate(text):
        if ch == '"':
            prev = text[i - 1] if i else " "
            out.append("“" if prev in _OPEN_AFTER else "”")
        else:
            out.append(ch)
    return "".join(out)


def _offset_errors(art: object) -> int:
    """Items whose ``text`` is not ``article.text[start:end]``."""
    text = art.text  # type: ignore[attr-defined]
    bad = 0
    for group in ("quotes", "claims", "figures", "dates"):
        for item in getattr(art, group):
            bad += text[item.start : item.end] != item.text
            for sub in ("speaker", "cue"):
                part = getattr(item, sub, None)
                if part is not None:
                    bad += text[part.start : part.end] != part.text
    return bad


def _paragraph(paragraphs: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int]:
    i = max(0, bisect.bisect_right([p[0] for p in paragraphs], pos) - 1)
    return paragraphs[i]


def _quotes_in(
    art: object, lo: int, hi: int, deleted: int | None = None
) -> set[tuple[object, ...]]:
    """Quote extents (marks and spans) touching ``[lo, hi)``, in the offsets
    of the text before a deletion at ``deleted``."""

    def back(x: int) -> int:
        return x + 1 if deleted is not None and x >= deleted else x

    out = set()
    for q in art.quotes:  # type: ignore[attr-defined]
        marks = tuple(back(m) for m in q.marks)
        if marks[-1] < lo or marks[0] >= hi:
            continue
        spans = tuple((back(s), back(e)) for s, e in q.spans)
        out.add((marks, spans))
    return out


def _deletion_outcome(parse: object, text: str, rng: random.Random) -> str | None:
    """Delete one mark of a random paired quote; say how it shows up."""
    art = parse(text)  # type: ignore[operator]
    if not art.quotes:
        return None
    quote = rng.choice(art.quotes)
    pos = rng.choice(quote.marks)
    changed = text[:pos] + text[pos + 1 :]
    art2 = parse(changed)  # type: ignore[operator]
    lo, hi = _paragraph(art.paragraphs, pos)
    # Offsets of the changed text, mapped back to those of the original.
    before_unpaired = {m for m in art.unpaired_marks if lo <= m < hi}
    after_unpaired = {m + (m >= pos) for m in art2.unpaired_marks if lo <= m + (m >= pos) < hi}
    new_unpaired = bool(after_unpaired - before_unpaired)
    extent_changed = _quotes_in(art, lo, hi) != _quotes_in(art2, lo, hi, deleted=pos)
    if new_unpaired and extent_changed:
        return "both"
    if new_unpaired:
        return "unpaired mark"
    if extent_changed:
        return "quote extent changed"
    return "silent"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--seed", type=int, default=2225)
    args = ap.parse_args()

    import newsclaims

    with open(args.corpus, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    versions = {"straight": texts, "curly": [curly(t) for t in texts]}
    failures = 0

    print(f"corpus: {args.corpus} ({len(texts):,} articles)\n")
    print(
        f"{'version':<9} {'articles':>8} {'raised':>6} {'offsets':>7} {'quotes':>7} "
        f"{'unpaired':>8} {'w/ unpaired':>11} {'odd marks':>9} {'odd+quotes':>10} {'time':>7}"
    )
    quote_shapes: dict[str, list[object]] = {}
    for name, items in versions.items():
        raised = offsets = n_quotes = n_unpaired = with_unpaired = odd = odd_with_quotes = 0
        shapes: list[object] = []
        t0 = time.perf_counter()
        for i, text in enumerate(items):
            try:
                art = newsclaims.parse_article(text)
            except Exception:  # noqa: BLE001 -- counted and shown, never hidden
                raised += 1
                print(f"{name} article {i}: exception", file=sys.stderr)
                traceback.print_exc()
                shapes.append(None)
                continue
            offsets += _offset_errors(art)
            n_quotes += len(art.quotes)
            n_unpaired += len(art.unpaired_marks)
            with_unpaired += bool(art.unpaired_marks)
            # Articles on which a library that needs balanced marks gives up.
            if sum(text.count(c) for c in '"“”') % 2:
                odd += 1
                odd_with_quotes += bool(art.quotes)
            shapes.append([(q.spans, q.kind) for q in art.quotes])
        elapsed = time.perf_counter() - t0
        quote_shapes[name] = shapes
        failures += raised + offsets
        print(
            f"{name:<9} {len(items):>8,} {raised:>6} {offsets:>7} {n_quotes:>7,} "
            f"{n_unpaired:>8,} {with_unpaired:>11,} {odd:>9,} {odd_with_quotes:>10,} "
            f"{elapsed:>6.1f}s"
        )
    same = sum(a == b for a, b in zip(quote_shapes["straight"], quote_shapes["curly"], strict=True))
    print(f"\nsame quotes (spans and kinds) straight vs curly: {same:,} of {len(texts):,} articles")

    print(f"\none mark of a random paired quote deleted per article (seed {args.seed}):")
    outcomes_by_version: dict[str, Counter[str]] = {}
    for name, items in versions.items():
        rng = random.Random(args.seed)  # noqa: S311 -- a reproducible sample, not secrets
        outcomes: Counter[str] = Counter()
        for text in items:
            try:
                outcome = _deletion_outcome(newsclaims.parse_article, text, rng)
            except Exception:  # noqa: BLE001 -- counted and shown, never hidden
                traceback.print_exc()
                outcome = "raised"
            outcomes["no paired quote" if outcome is None else outcome] += 1
        outcomes_by_version[name] = outcomes
        failures += outcomes["silent"] + outcomes["raised"]
    keys = ("unpaired mark", "quote extent changed", "both", "silent", "raised", "no paired quote")
    print(f"{'version':<9} " + " ".join(f"{k:>20}" for k in keys))
    for name, outcomes in outcomes_by_version.items():
        print(f"{name:<9} " + " ".join(f"{outcomes[k]:>20,}" for k in keys))
    print(f"\nproblems (raised, broken offsets, silent deletions): {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
