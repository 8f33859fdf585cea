"""Does attribution confidence order right above wrong?  Accuracy by band.

Usage::

    python benchmarks/attribution_bands.py [GOLD.jsonl ...] [--bands N]

For every direct quotation that the parser finds and the annotators
attributed, the speaker is judged right or wrong by the rule of
``score_quotes.py`` (mentions for PolNeAR, resolved names for GGT).  The
quotes are sorted by ``Quote.confidence`` and cut into N bands of equal size;
a useful confidence gives a high accuracy in the top band and a low one in
the bottom band.  The corpora default to the dev files in
``../shared/corpora/quotes`` beside the checkout, read at run time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = [
    SHARED / "corpora" / "quotes" / "polnear.dev.jsonl",
    SHARED / "corpora" / "quotes" / "ggt.dev.jsonl",
]


def load_scorer(tools: Path = SHARED / "tools") -> ModuleType:
    """The corpora's ``score_quotes.py``, loaded from ``tools``."""
    path = tools / "score_quotes.py"
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    if spec is None or spec.loader is None:
        msg = f"cannot load {path}"
        raise SystemExit(msg)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def judged(gold_path: Path, scorer: object) -> list[tuple[float, bool]]:
    """``(confidence, right)`` for each matched, attributed direct quote."""
    import newsclaims

    s = scorer
    out: list[tuple[float, bool]] = []
    with gold_path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            art = json.loads(line)
            text = art["text"]
            pred = newsclaims.parse_article(text).to_dict()
            gold = [
                (f, q)
                for q in art["quotes"]
                if q.get("kind") == "direct"
                for f in s.fragments(text, s.record_spans(q))  # type: ignore[attr-defined]
            ]
            found = [
                (f, q)
                for q in pred["quotes"]
                if q.get("kind") not in s.IGNORED_KINDS  # type: ignore[attr-defined]
                for f in s.fragments(text, s.record_spans(q))  # type: ignore[attr-defined]
            ]
            for gi, pi in s.greedy_match(gold, found, 0.5):  # type: ignore[attr-defined]
                ok = s.speaker_correct(gold[gi][1], found[pi][1])  # type: ignore[attr-defined]
                if ok is not None:
                    out.append((float(found[pi][1]["confidence"]), bool(ok)))
    return out


def bands(items: list[tuple[float, bool]], n: int) -> list[tuple[float, float, float, int]]:
    """``(low, high, accuracy, count)`` for ``n`` equal bands, top band first."""
    ranked = sorted(items, key=lambda t: -t[0])
    out = []
    for b in range(n):
        part = ranked[b * len(ranked) // n : (b + 1) * len(ranked) // n]
        if part:
            acc = sum(ok for _, ok in part) / len(part)
            out.append((part[-1][0], part[0][0], acc, len(part)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", default=[str(p) for p in DEFAULT])
    ap.add_argument("--bands", type=int, default=3)
    args = ap.parse_args()
    scorer = load_scorer()
    for path in args.gold:
        items = judged(Path(path), scorer)
        right = sum(ok for _, ok in items)
        print(f"{Path(path).name}: {len(items)} attributed quotes, {right / len(items):.3f} right")
        for i, (lo, hi, acc, count) in enumerate(bands(items, args.bands)):
            label = "top" if i == 0 else "bottom" if i == args.bands - 1 else "middle"
            print(f"  {label:6s} band  confidence {lo:.2f}-{hi:.2f}  "
                  f"accuracy {acc:.3f}  ({count} quotes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
