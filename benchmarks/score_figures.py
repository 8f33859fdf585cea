"""Score the figures layer on every suite in ``../shared/corpora/figures``.

Usage::

    python benchmarks/score_figures.py [CORPUS_DIR] [--only NAME] [--show N] [--compare]

Runs each ``*.jsonl`` suite through ``parse_article``, writes the
predictions beside a temporary directory, runs the shared scorer on them and
prints one table row per suite.  ``--show N`` prints up to N lines per suite
where gold and prediction differ.  ``--compare`` also reads the whole-string
number tests (``number_parser_en``, ``text2num_en``) with text2num and
number-parser, when they are installed, beside the figures layer: accuracy
and microseconds per string.  A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = SHARED / "corpora" / "figures"
SCORER = SHARED / "tools" / "score_figures.py"


def _load_scorer():  # noqa: ANN202 -- a module loaded from a path
    spec = importlib.util.spec_from_file_location("score_figures", SCORER)
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--only", default=None, help="score only suites whose name contains this")
    ap.add_argument("--show", type=int, default=0, help="print up to N differing lines per suite")
    ap.add_argument("--compare", action="store_true", help="compare with text2num, number-parser")
    args = ap.parse_args()
    if args.compare:
        return compare(Path(args.corpus))

    import newsclaims

    scorer = _load_scorer()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for gold in sorted(Path(args.corpus).glob("*.jsonl")):
            if args.only and args.only not in gold.name:
                continue
            raw = gold.read_text(encoding="utf-8").splitlines()
            lines = [json.loads(x) for x in raw if x.strip()]
            pred_path = Path(tmp) / gold.name
            t0 = time.perf_counter()
            preds = []
            for g in lines:
                d = newsclaims.parse_article(g["text"]).to_dict()
                d["id"] = g["id"]
                preds.append(d)
            elapsed = time.perf_counter() - t0
            pred_path.write_text(
                "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8"
            )
            res = scorer.score(str(gold), str(pred_path))
            rows.append((gold.name, res, len(lines) / elapsed if elapsed else 0.0))
            shown = 0
            for g, p in zip(lines, preds, strict=True):
                if shown >= args.show:
                    break
                gf = [(f.get("text"), f.get("value"), f.get("low"), f.get("high"), f.get("unit"))
                      for f in g["figures"]]
                pf = [(f["text"], f["value"], f["low"], f["high"], f["kind"], f["unit"])
                      for f in p["figures"]]
                gv = sorted(str(x[1:4]) for x in gf)
                pv = sorted(str(x[1:4]) for x in pf)
                if gv != pv:
                    shown += 1
                    print(f"--- {g['id']}: {g['text'][:200]!r}")
                    print(f"    gold {gf}")
                    print(f"    pred {pf}")
    print(f"{'suite':26} {'value P':>8} {'R':>6} {'F1':>6} {'span F1':>8} {'unit':>6} "
          f"{'exact':>6} {'parse':>6} {'lines/s':>8}")
    for name, res, speed in rows:
        v = res["value"]

        def fmt(x: object) -> str:
            return "-" if x is None else f"{x:.3f}"

        print(f"{name:26} {v['p']:8.3f} {v['r']:6.3f} {v['f1']:6.3f} {res['span']['f1']:8.3f} "
              f"{fmt(res['unit_acc']):>6} {fmt(res['exact']):>6} {fmt(res['parse_acc']):>6} "
              f"{speed:8.0f}")
    return 0


def compare(corpus: Path) -> int:
    """Whole-string numerals read by the figures layer, text2num and number-parser."""
    from newsclaims._figures import find_figures
    from newsclaims._segment import segment

    rows = []
    for name in ("number_parser_en.jsonl", "text2num_en.jsonl"):
        for line in (corpus / name).read_text(encoding="utf-8").splitlines():
            d = json.loads(line) if line.strip() else None
            if d is not None and d["task"] == "parse":
                rows.append((d["text"], d["figures"][0]["value"], "ordinal" in d["scope"]))

    def ours(text: str) -> float | None:
        found = find_figures(segment(text))
        return found[0].value if len(found) == 1 else None

    readers = [("newsclaims figures", ours)]
    try:
        from text_to_num import text2num

        def t2n(text: str) -> float | None:
            try:
                return float(text2num(text.lower().strip(), "en"))
            except ValueError:
                return None

        readers.append(("text2num", t2n))
    except ImportError:
        print("text2num not installed: skipped")
    try:
        from number_parser import parse_number

        def npn(text: str) -> float | None:
            v = parse_number(text)
            return None if v is None else float(v)

        readers.append(("number-parser", npn))
    except ImportError:
        print("number-parser not installed: skipped")
    print(f"{'reader':20} {'all':>12} {'cardinals':>12} {'us/string':>10}")
    for name, fn in readers:
        ok = ok_card = n_card = 0
        t0 = time.perf_counter()
        for text, gold, ordinal in rows:
            v = fn(text)
            hit = v is not None and abs(v - gold) <= abs(gold) * 1e-5 + 1e-9
            ok += hit
            if not ordinal:
                n_card += 1
                ok_card += hit
        us = (time.perf_counter() - t0) / len(rows) * 1e6
        print(f"{name:20} {ok:4}/{len(rows):<4} {ok / len(rows):.3f}  {ok_card:4}/{n_card:<4}"
              f" {ok_card / n_card:.3f} {us:10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
