"""Throughput benchmark: run the parser over a JSONL corpus.

Usage::

    python benchmarks/bench.py [CORPUS.jsonl] [--repeat N]

The corpus defaults to ``../shared/corpora/news/bbc.jsonl`` beside the
checkout.  Prints articles/s, characters/s, and every exception (there
should be none).  A benchmark, not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "news" / "bbc.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    args = ap.parse_args()

    t0 = time.perf_counter()
    import newsclaims

    import_s = time.perf_counter() - t0
    with open(args.corpus, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    chars = sum(len(t) for t in texts)

    errors = 0
    counts = {"quotes": 0, "claims": 0, "figures": 0, "dates": 0, "unpaired_marks": 0}
    newsclaims.parse_article(texts[0])  # warm-up: lazy imports and caches
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for i, text in enumerate(texts):
            try:
                art = newsclaims.parse_article(text)
            except Exception:  # noqa: BLE001 -- counted and shown, never hidden
                errors += 1
                print(f"article {i}: exception", file=sys.stderr)
                traceback.print_exc()
                continue
            counts["quotes"] += len(art.quotes)
            counts["claims"] += len(art.claims)
            counts["figures"] += len(art.figures)
            counts["dates"] += len(art.dates)
            counts["unpaired_marks"] += len(art.unpaired_marks)
    elapsed = time.perf_counter() - t0
    n = len(texts) * args.repeat
    print(f"corpus:        {args.corpus}")
    print(f"articles:      {n} ({chars * args.repeat / 1e6:.2f} M characters)")
    print(f"import time:   {import_s * 1000:.0f} ms")
    print(f"elapsed:       {elapsed:.2f} s")
    print(f"articles/s:    {n / elapsed:,.0f}")
    print(f"characters/s:  {chars * args.repeat / elapsed / 1e6:.2f} M")
    print(f"exceptions:    {errors}")
    print("found:         " + ", ".join(f"{k} {v // args.repeat}" for k, v in counts.items()))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
