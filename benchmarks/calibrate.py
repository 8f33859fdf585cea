"""Calibrate ``Quote.confidence``: how often each kind of evidence is right.

Usage::

    python benchmarks/calibrate.py [--corpora DIR] [--write]

A quote's confidence is the share right of the layout that found its speaker
times the share right of the way its mention was resolved
(``src/newsclaims/data/confidence.txt``).  This script measures both on
annotated news, read at run time from ``DIR/quotes`` (default: the shared
corpora beside the checkout):

- layouts on the quotes whose speaker is a name as written (so that the
  resolution cannot be what went wrong), over polnear.train, ggt.dev and
  world.dev;
- resolutions on ggt.dev and world.dev, whose annotators give the resolved
  name (PolNeAR judges a pronoun by its mention only, so it counts here for
  names alone), divided by the layouts' share of the same quotes.

A share rests on ``(right + 1) / (n + 2)``; a class seen fewer than
``MIN_SEEN`` times keeps its present value.  With ``--write`` the new table
replaces the data file.  Then, for each dev set, it prints the reliability
table of the confidences the library gives now: for each band, how many
quotes and the share of them that is right.  Judged as ``score_quotes.py``
judges speakers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

from attribution_bands import load_scorer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "src" / "newsclaims" / "data" / "confidence.txt"
TUNING = ("polnear.train", "ggt.dev", "world.dev")
RESOLVED = ("ggt.dev", "world.dev")  # sets that judge the resolved name
REPORT = ("polnear.dev", "ggt.dev", "world.dev")
NAMES = frozenset(("name", "short-name", "name-single"))
MIN_SEEN = 12
INFERRED_MAX = 0.97
BANDS = (0.9, 0.8, 0.7, 0.6, 0.5, 0.0)


def judged(path: Path, sq: ModuleType) -> list[tuple[str, str, float, bool]]:
    """``(layout, resolution, confidence, right)`` of each attributed, matched quote."""
    from newsclaims._api import _parse
    from newsclaims._confidence import Trace

    out: list[tuple[str, str, float, bool]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            art = json.loads(line)
            text = art["text"]
            trace = Trace()
            pred = _parse(text, trace=trace).to_dict()
            gold = [
                (f, q)
                for q in art["quotes"]
                if q.get("kind") == "direct"
                for f in sq.fragments(text, sq.record_spans(q))
            ]
            mine = [
                (f, q)
                for q in pred["quotes"]  # type: ignore[attr-defined]
                if q.get("kind") not in sq.IGNORED_KINDS
                for f in sq.fragments(text, sq.record_spans(q))
            ]
            for gi, pi in sq.greedy_match(gold, mine, 0.5):
                q = mine[pi][1]
                sp = q.get("speaker")
                if sp is None:
                    continue
                right = sq.speaker_correct(gold[gi][1], q)
                if right is None:
                    continue
                layout = trace.layouts.get(q["start"], "headline")
                how = trace.resolutions.get((sp["start"], sp["end"]), "name")
                out.append((layout, how, float(q["confidence"]), bool(right)))
    return out


def _share(right: int, n: int) -> float:
    return (right + 1) / (n + 2)


def fit(
    items: dict[str, list[tuple[str, str, float, bool]]], old: dict[str, dict[str, float]]
) -> dict[str, dict[str, float]]:
    """New shares for layouts and resolutions; rare classes keep their old ones."""
    lay: dict[str, list[bool]] = defaultdict(list)
    for name in TUNING:
        for layout, how, _, right in items[name]:
            if how in NAMES:
                lay[layout].append(right)
    layouts = dict(old["layout"])
    for layout, seen in lay.items():
        if len(seen) >= MIN_SEEN:
            layouts[layout] = min(1.0, _share(sum(seen), len(seen)))
    res: dict[str, list[tuple[bool, float]]] = defaultdict(list)
    for name in TUNING:
        for layout, how, _, right in items[name]:
            if name in RESOLVED or how in NAMES:
                res[how].append((right, layouts.get(layout, 0.5)))
    resolutions = dict(old["resolution"])
    for how, seen in res.items():
        if len(seen) >= MIN_SEEN:
            share = _share(sum(r for r, _ in seen), len(seen))
            base = sum(b for _, b in seen) / len(seen)
            # Nothing inferred is surer than a name as written, however
            # well it did on these articles.
            cap = 1.0 if how in NAMES else INFERRED_MAX
            resolutions[how] = min(cap, share / base)
    return {"layout": layouts, "resolution": resolutions}


def read_table() -> dict[str, dict[str, float]]:
    tables: dict[str, dict[str, float]] = {"layout": {}, "resolution": {}}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            table, name, share = line.split()
            tables[table][name] = float(share)
    return tables


def write_table(tables: dict[str, dict[str, float]]) -> None:
    head = [line for line in DATA.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    body = [
        f"{table} {name} {share:.2f}"
        for table in ("layout", "resolution")
        for name, share in sorted(tables[table].items())
    ]
    DATA.write_text("\n".join([*head, *body]) + "\n", encoding="utf-8")


def reliability(items: list[tuple[str, str, float, bool]]) -> list[str]:
    """One line per band: its confidences, how many quotes, the share right."""
    lines = []
    top = 1.01
    for low in BANDS:
        inside = [right for _, _, c, right in items if low <= c < top]
        if inside:
            share = sum(inside) / len(inside)
            lines.append(
                f"  confidence {low:.1f}-{min(top, 1.0):.1f}  {len(inside):4d} quotes"
                f"  {share:.3f} right"
            )
        top = low
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=SHARED / "corpora")
    ap.add_argument("--write", action="store_true", help="write the fitted table")
    args = ap.parse_args(argv)
    quotes = args.corpora / "quotes"
    if not quotes.is_dir():
        print(f"no corpora at {args.corpora}: pass --corpora DIR (with quotes/*.jsonl)")
        return 2
    sq = load_scorer(args.corpora.parent / "tools")
    names = sorted(set(TUNING) | set(REPORT))
    items = {name: judged(quotes / f"{name}.jsonl", sq) for name in names}
    old = read_table()
    new = fit(items, old)
    print("fitted shares (layout / resolution), old -> new:")
    for table in ("layout", "resolution"):
        for name in sorted(new[table]):
            before, after = old[table].get(name, 0), new[table][name]
            print(f"  {table:10s} {name:18s} {before:.2f} -> {after:.2f}")
    if args.write:
        write_table(new)
        print(f"written: {DATA.relative_to(ROOT)} (re-run without --write for the new table)")
    for name in REPORT:
        n = len(items[name])
        right = sum(r for *_, r in items[name])
        print(f"{name}: {n} attributed quotes, {right / max(n, 1):.3f} right")
        print("\n".join(reliability(items[name])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
