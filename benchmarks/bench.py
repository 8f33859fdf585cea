"""Throughput benchmark: the parser over a JSONL corpus, beside a regex baseline.

Usage::

    python benchmarks/bench.py CORPUS.jsonl [--repeat N] [--workers N] [--quick] [--profile N]
                               [--peers N]

CORPUS.jsonl is any JSON Lines file with a ``"text"`` in each line, such as
the BBC News dataset (2,225 articles) as JSON Lines.  Prints, for one
process:

- import time of ``import newsclaims`` in a fresh interpreter (median of 5),
  with the bytecode compiled once, as ``pip install`` does, and the modules
  that take most of it (``python -X importtime``);
- articles/s and MB/s (UTF-8) with every layer on, best of ``--repeat``
  passes, and every exception (there should be none);
- the same corpus through a baseline of 10 compiled ``regex`` patterns, each
  run with ``finditer`` over every article, in the same run, and the ratio;
- the time of each layer, measured by wrapping the layer functions that
  ``newsclaims._api`` calls (whatever their signatures), so the list follows
  the pipeline as it changes;
- linear scaling: the time of an article made of 10 articles, against the
  time of those 10;
- peak RSS of a fresh process streaming the corpus through
  ``parse_articles``, and of this process;
- with ``--workers N`` (N > 1, default 2), the batch API's rate on N
  processes, and the CPU time it takes in all processes (the parent's and
  the workers') against the same articles parsed in one process;
- with ``--profile N``, the N functions with the most own time (cProfile);
- with ``--peers N``, the first N articles through newsclaims, textacy's
  direct quotations over spaCy's ``en_core_web_sm``, and quantulum3, each in
  a fresh process, where they are installed: articles/s of CPU time, peak
  RSS and loading time.

A benchmark, not a test: it asserts nothing and prints measurements only.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import traceback
from collections import defaultdict
from collections.abc import Callable

import regex

NO_CORPUS = """\
bench.py needs a corpus: a JSON Lines file with one {"text": ...} object per
line (other keys are ignored), for example the BBC News dataset (2,225
articles) converted to JSON Lines:

    python benchmarks/bench.py path/to/bbc.jsonl
"""

# The baseline: ten plain patterns of the kind a regex design runs over every
# article (quotation marks, apostrophes, sentence ends, capitalised words,
# numbers, reporting verbs, money and percentages, months, pronouns, line
# breaks).  Each is one finditer pass; the parser does much more per pass.
BASELINE_PATTERNS = (
    r'["“”„«»]',
    r"['‘’]",
    r'[.!?]["”’]?\s+',
    r"\b\p{Lu}\p{Ll}+",
    r"\d+(?:[.,]\d+)*",
    r"\b(?:said|says|told|added|according to)\b",
    r"[$£€]\s?\d+|\d+\s?(?:%|per cent|percent)",
    (
        r"\b(?:January|February|March|April|May|June|July|August|September|October"
        r"|November|December)\b"
    ),
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b",
    r"\n+",
)

# Which layer each module's functions belong to, for the per-layer table.
LAYERS = {
    "newsclaims._segment": "segmentation",
    "newsclaims._marks": "marks+quotes",
    "newsclaims._quotes": "marks+quotes",
    "newsclaims._attribution": "attribution",
    "newsclaims._mentions": "attribution",
    "newsclaims._headline": "attribution",
    "newsclaims._resolve": "attribution",
    "newsclaims._claims": "claims",
    "newsclaims._figures": "figures",
    "newsclaims._numbers": "figures",
    "newsclaims._meta": "metadata/dates",
    "newsclaims._dates": "metadata/dates",
    "newsclaims._statements": "statements+links",
    "newsclaims._link": "statements+links",
}
LAYER_ORDER = (
    "segmentation",
    "marks+quotes",
    "attribution",
    "claims",
    "figures",
    "metadata/dates",
    "statements+links",
)


def import_ms(runs: int = 5) -> float:
    """Median time of ``import newsclaims`` in a fresh interpreter, in ms.

    As an installed package imports: ``pip install`` compiles the modules to
    bytecode, so a first import (which writes the ``__pycache__`` files even
    where ``PYTHONDONTWRITEBYTECODE`` is set) is not timed.  A checkout run
    with that variable set and no cache compiles every module on every
    import, some 40 ms more.
    """
    code = (
        "import time; t = time.perf_counter(); import newsclaims; "
        "print(time.perf_counter() - t)"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-c", "import newsclaims"], env=env, check=True
    )
    times = []
    for _ in range(runs):
        out = subprocess.run(  # noqa: S603 -- this interpreter, fixed code
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        times.append(float(out) * 1000)
    return statistics.median(times)


def import_breakdown(top: int = 8) -> list[tuple[str, float]]:
    """The modules that take most of ``import newsclaims``, in ms, one run.

    From ``python -X importtime``: each newsclaims module with its own time
    (compiling its patterns, reading its lexicons), and each other package
    that a newsclaims module imports with its whole time, so that the
    entries add up to about the whole import.
    """
    res = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import newsclaims"],
        capture_output=True, text=True, check=True,
    )
    entries: list[tuple[str, float]] = []
    stack: list[tuple[int, str]] = []  # (depth, name) of the enclosing imports
    # importtime lists a module after the modules it imported: read it
    # backwards to see each module before its own imports.
    for line in reversed(res.stderr.splitlines()):
        if not line.startswith("import time:") or "|" not in line:
            continue
        own, total, name = line[12:].split("|")
        if not own.strip().isdigit():
            continue  # the header line
        # One space after the bar, then two per level of nesting.
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
        name = name.strip()
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack else ""
        stack.append((depth, name))
        if name.startswith("newsclaims"):
            entries.append((name, int(own) / 1000))
        elif parent.startswith("newsclaims"):
            entries.append((name, int(total) / 1000))
    entries.sort(key=lambda e: -e[1])
    return entries[:top]


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process, and of its children that have ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _parse_only(text: str) -> None:
    """Parse and send nothing back: what running processes costs by itself."""
    import newsclaims

    newsclaims.parse_article(text)


def batch_cpu(texts: list[str], workers: int, repeat: int) -> dict[str, float]:
    """CPU seconds of ``parse_articles`` on one process and on ``workers``, and wall.

    The best of ``repeat`` runs each.  On ``workers`` processes the CPU time
    of the parent and of every worker is counted (the pool has ended, so
    the workers are among this process's children).  ``bare`` is the same
    parse on ``workers`` processes with nothing sent back: the cost of
    running processes side by side on this machine, apart from the articles'
    trip back (measured where workers are forked, so that this script's
    functions reach them).
    """
    import multiprocessing

    import newsclaims
    from newsclaims._batch import map_ordered

    def run(n: int) -> None:
        for _ in newsclaims.parse_articles(texts, workers=n):
            pass

    def bare() -> None:
        for _ in map_ordered(_parse_only, texts, workers=workers):
            pass

    forked = multiprocessing.get_start_method() == "fork"
    best = dict.fromkeys(("one", "many", "parent", "workers", "wall", "bare"), float("inf"))
    for _ in range(repeat):
        own0, _ = _cpu()
        run(1)
        best["one"] = min(best["one"], _cpu()[0] - own0)
        (own0, kids0), w0 = _cpu(), time.perf_counter()
        run(workers)
        wall = time.perf_counter() - w0
        own1, kids1 = _cpu()
        if (own1 - own0) + (kids1 - kids0) < best["many"]:
            best.update(many=(own1 - own0) + (kids1 - kids0), parent=own1 - own0,
                        workers=kids1 - kids0, wall=wall)  # fmt: skip
        if forked:
            own0, kids0 = _cpu()
            bare()
            own1, kids1 = _cpu()
            best["bare"] = min(best["bare"], (own1 - own0) + (kids1 - kids0))
    return best


# The peak RSS of the process that runs it, in MB.  Linux keeps ru_maxrss
# across exec, so a child started from this (large) process would report at
# least this process's size: VmHWM, which starts again at exec, is read
# where there is one.
_PEAK_RSS = """
def peak_rss_mb():
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""


def streaming_rss_mb(corpus: str) -> float:
    """Peak RSS of a fresh process that streams ``corpus`` through parse_articles."""
    code = _PEAK_RSS + f"""
import json, newsclaims
def texts():
    with open({corpus!r}, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)["text"]
n = sum(1 for _ in newsclaims.parse_articles(texts()))
print(peak_rss_mb())
"""
    out = subprocess.run(  # noqa: S603 -- this interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return float(out)


def best_of(
    repeat: int, run: Callable[[], object], clock: Callable[[], float] = time.perf_counter
) -> float:
    """The shortest of ``repeat`` timed calls, in seconds of ``clock``."""
    best = float("inf")
    for _ in range(repeat):
        t0 = clock()
        run()
        best = min(best, clock() - t0)
    return best


def baseline(texts: list[str]) -> int:
    patterns = [regex.compile(p) for p in BASELINE_PATTERNS]
    n = 0
    for text in texts:
        for p in patterns:
            for _ in p.finditer(text):
                n += 1
    return n


def layer_times(texts: list[str]) -> tuple[dict[str, float], float]:
    """Seconds per layer over ``texts``, and the total of the pass.

    Every function that ``newsclaims._api`` imported from a layer module is
    replaced by a timing wrapper for the pass, then put back.
    """
    from newsclaims import _api

    spent: dict[str, float] = defaultdict(float)
    saved = {}
    for name, obj in vars(_api).items():
        module = getattr(obj, "__module__", "") or ""
        if (
            callable(obj)
            and not isinstance(obj, type)
            and module.startswith("newsclaims._")
            and module != "newsclaims._api"
        ):
            layer = LAYERS.get(module, module.removeprefix("newsclaims._"))
            saved[name] = obj

            def timed(*args: object, _f: Callable[..., object] = obj, _l: str = layer,
                      **kwargs: object) -> object:
                t0 = time.perf_counter()
                try:
                    return _f(*args, **kwargs)
                finally:
                    spent[_l] += time.perf_counter() - t0

            setattr(_api, name, functools.wraps(obj)(timed))
    try:
        t0 = time.perf_counter()
        for text in texts:
            _api.parse_article(text)
        total = time.perf_counter() - t0
    finally:
        for name, obj in saved.items():
            setattr(_api, name, obj)
    return dict(spent), total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", help='a JSON Lines file with a "text" in each line')
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is kept")
    ap.add_argument("--workers", type=int, default=2, help="processes for the batch line")
    ap.add_argument("--quick", action="store_true", help="skip import, RSS and batch lines")
    ap.add_argument(
        "--peers", type=int, default=0, metavar="N",
        help="then parse the first N articles with newsclaims, textacy+spaCy and quantulum3, "
        "each in a fresh process, where installed",
    )
    ap.add_argument(
        "--profile", type=int, default=0, metavar="N",
        help="then profile one pass (cProfile) and print the N costliest functions",
    )
    args = ap.parse_args()
    if args.corpus is None:
        print(NO_CORPUS, file=sys.stderr, end="")
        return 2
    try:
        with open(args.corpus, encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"bench.py: cannot read the corpus {args.corpus}: {exc}\n", file=sys.stderr)
        print(NO_CORPUS, file=sys.stderr, end="")
        return 2

    imp = None if args.quick else import_ms()
    imports = [] if args.quick else import_breakdown()
    import newsclaims

    n = len(texts)
    chars = sum(len(t) for t in texts)
    mbytes = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6

    # One untimed pass: exceptions, counts, and the warm-up of lazy imports.
    errors = 0
    counts = dict.fromkeys(("quotes", "claims", "figures", "dates", "unpaired_marks"), 0)
    for i, text in enumerate(texts):
        try:
            art = newsclaims.parse_article(text)
        except Exception:  # noqa: BLE001 -- counted and shown, never hidden
            errors += 1
            print(f"article {i}: exception", file=sys.stderr)
            traceback.print_exc()
            continue
        for key in counts:
            counts[key] += len(getattr(art, key))

    def parse_all() -> None:
        for text in texts:
            # Exceptions were counted and shown in the pass above.
            with contextlib.suppress(Exception):
                newsclaims.parse_article(text)

    elapsed = best_of(args.repeat, parse_all)
    # CPU time of this process: what the parser costs when other programs
    # share the machine (wall time then also counts their turns).
    cpu = best_of(args.repeat, parse_all, time.process_time)
    base = best_of(args.repeat, lambda: baseline(texts))
    base_cpu = best_of(args.repeat, lambda: baseline(texts), time.process_time)
    rate = n / elapsed
    base_rate = n / base
    spent, layered_total = layer_times(texts)

    # Linear scaling: groups of 10 consecutive articles, each group joined
    # into one article, against the same articles one by one.
    groups = ["\n\n".join(texts[i : i + 10]) for i in range(0, n - n % 10, 10)]
    singles = texts[: len(groups) * 10]
    t_single = best_of(args.repeat, lambda: [newsclaims.parse_article(t) for t in singles])
    t_long = best_of(args.repeat, lambda: [newsclaims.parse_article(t) for t in groups])
    # Linear time gives 10: each joined article is ten times as long.
    scaling = (t_long / len(groups)) / (t_single / len(singles))

    print(f"corpus:          {args.corpus}")
    if hasattr(os, "getloadavg"):
        load = os.getloadavg()[0]
        print(f"machine:         {os.cpu_count()} CPUs, load average {load:.2f} at the end")
    print(f"articles:        {n:,} ({chars / 1e6:.2f} M characters, {mbytes:.2f} MB UTF-8)")
    print(f"exceptions:      {errors}")
    print("found:           " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    if imp is not None:
        print(f"import time:     {imp:.0f} ms (fresh interpreter, bytecode compiled as by"
              f" pip install, median of 5)")
        print("  by module:     " + ", ".join(f"{name} {ms:.0f}" for name, ms in imports)
              + " ms (-X importtime, one run)")
    print(f"elapsed:         {elapsed:.2f} s (best of {args.repeat})")
    print(f"articles/s:      {rate:,.0f}")
    print(f"MB/s:            {mbytes / elapsed:.2f}")
    print(f"CPU time:        {cpu:.2f} s, {n / cpu:,.0f} articles/s of this process's CPU")
    print(f"baseline:        {base_rate:,.0f} articles/s "
          f"({len(BASELINE_PATTERNS)} compiled patterns, finditer each)")
    ratio = rate / base_rate
    print(f"ratio:           {ratio:.2f}x the baseline ({base_cpu / cpu:.2f}x in CPU time)")
    print(f"10x longer:      {scaling:.2f}x the time of one article")
    print(f"per layer:       (one pass with timing wrappers, {layered_total:.2f} s)")
    known = [layer for layer in LAYER_ORDER if layer in spent]
    others = sorted(set(spent) - set(LAYER_ORDER))
    for layer in known + others:
        s = spent[layer]
        print(f"  {layer:<17}{s * 1000 / n:7.3f} ms/article  {s / layered_total:6.1%}")
    rest = layered_total - sum(spent.values())
    print(f"  {'(assembly)':<17}{rest * 1000 / n:7.3f} ms/article  {rest / layered_total:6.1%}")
    if not args.quick:
        rss = streaming_rss_mb(args.corpus)
        print(f"peak RSS:        {rss:.0f} MB streaming the corpus in a fresh process")
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"                 ({own:.0f} MB in this process, corpus held in memory)")
        if args.workers > 1:
            b = batch_cpu(texts, args.workers, args.repeat)
            print(f"batch:           {n / b['wall']:,.0f} articles/s with parse_articles("
                  f"workers={args.workers}) on {os.cpu_count()} CPUs")
            print(f"batch CPU:       {b['many']:.2f} s in all processes with workers="
                  f"{args.workers} (parent {b['parent']:.2f} s, workers {b['workers']:.2f} s),"
                  f" {b['many'] / b['one']:.2f}x the {b['one']:.2f} s of workers=1"
                  f" (best of {args.repeat} each)")
            if b["bare"] < float("inf"):
                print(f"                 ({b['bare']:.2f} s, {b['bare'] / b['one']:.2f}x, with "
                      "workers that parse and send nothing back)")
    if args.peers:
        peers(args.corpus, args.peers)
    if args.profile:
        _profile(texts, args.profile)
    return 1 if errors else 0


def _profile(texts: list[str], top: int) -> None:
    """The ``top`` functions by own time over one pass, to find hotspots."""
    import cProfile
    import pstats

    import newsclaims

    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        with contextlib.suppress(Exception):
            newsclaims.parse_article(text)
    prof.disable()
    print(f"profile:         the {top} functions with the most own time (cProfile)")
    pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(top)


# Each tool, in a fresh process: load it, then parse the first articles of
# the corpus; prints one JSON object.  A tool that is not installed prints
# {"missing": ...}.
_PEER_HEAD = _PEAK_RSS.replace("{", "{{").replace("}", "}}") + """
import itertools, json, sys, time
t0 = time.process_time()
try:
{load}
except (ImportError, OSError) as exc:
    print(json.dumps({{"missing": str(exc)}}))
    sys.exit(0)
loaded = time.process_time() - t0
with open(sys.argv[1], encoding="utf-8") as fh:
    lines = itertools.islice((line for line in fh if line.strip()), int(sys.argv[2]))
    texts = [json.loads(line)["text"] for line in lines]
failed = 0
t0 = time.process_time()
for text in texts:
    try:
{parse}
    except Exception:
        failed += 1
parse = time.process_time() - t0
rss = peak_rss_mb()
print(json.dumps({{"load": loaded, "parse": parse, "n": len(texts), "rss": rss, "failed": failed}}))
"""

PEERS = (
    # (name, what it does, how to install it, code that loads it, code per text)
    ("newsclaims", "quotes, speakers, claims, figures", "",
     "    import newsclaims",
     "        newsclaims.parse_article(text)"),
    ("textacy+spaCy", "direct quotations",
     "pip install textacy; python -m spacy download en_core_web_sm",
     "    import spacy, textacy.extract\n    nlp = spacy.load('en_core_web_sm')",
     "        list(textacy.extract.triples.direct_quotations(nlp(text)))"),
    ("quantulum3", "quantities", "pip install 'quantulum3[classifier]'",
     "    import warnings; warnings.simplefilter('ignore')\n    from quantulum3 import parser",
     "        parser.parse(text)"),
)  # fmt: skip


def peers(corpus: str, n: int) -> None:
    """Each tool on the first ``n`` articles, in a fresh process: CPU time and peak RSS."""
    print(f"peers:           the first {n} articles, each tool in a fresh process "
          "(CPU time; peak RSS)")
    ours = None
    for name, what, install, load, parse in PEERS:
        code = _PEER_HEAD.format(load=load, parse=parse)
        res = subprocess.run(  # noqa: S603 -- this interpreter, fixed code
            [sys.executable, "-c", code, corpus, str(n)],
            capture_output=True, text=True, check=False,
        )
        try:
            got = json.loads(res.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            print(f"  {name:<15}failed: {res.stderr.strip().splitlines()[-1:]}")
            continue
        if "missing" in got:
            print(f"  {name:<15}not installed ({install})")
            continue
        rate = got["n"] / got["parse"]
        ours = ours or rate
        slower = "" if rate == ours else f", {ours / rate:.0f}x slower"
        failed = f", {got['failed']} raised" if got["failed"] else ""
        print(f"  {name:<15}{rate:8,.1f} articles/s  {got['rss']:6,.0f} MB  (loading "
              f"{got['load']:.2f} s; {what}{failed}{slower})")


if __name__ == "__main__":
    sys.exit(main())
