"""Adversarial benchmark: hostile inputs must cost linear time.

Usage::

    python benchmarks/adversarial.py [--corpus BBC.jsonl] [--repeat N] [--only NAME ...]

Each case is built at a large size and at half of it.  For each it prints

* ``x2``: time at the large size / time at half of it.  Linear time gives
  about 2; the acceptance bar is 2.5.
* ``vs news``: time at the large size / time for ordinary news text of the
  same length (BBC articles joined by blank lines, read at run time).  A
  text made only of quotation marks yields far more items than news does, so
  the bar (10) allows for output, not for backtracking.

Times are CPU seconds of this process, the best of ``--repeat`` runs.  A benchmark, not a test: the
exit status is 1 when a case misses a bar or raises, so it can gate a
release, but nothing here runs under pytest.  The builders are also used by
``tests/test_adversarial.py`` at small sizes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "news" / "bbc.jsonl"
MB = 1_000_000

_WORDS = [
    "the",
    "council",
    "said",
    "budget",
    "would",
    "rebuild",
    "city",
    "bridge",
    "closed",
    "after",
    "storm",
    "flood",
    "water",
    "residents",
    "percent",
    "million",
    "workers",
    "hospital",
    "ministry",
    "spokesman",
    "statement",
    "that",
    "was",
    "on",
    "in",
    "a",
    "of",
    "to",
    "and",
    "for",
    "with",
    "from",
    "by",
    "as",
    "at",
]
_CAPS = [
    "Ana",
    "Ruiz",
    "Kwame",
    "Mensah",
    "Yuki",
    "Tanaka",
    "President",
    "Minister",
    "Mayor",
    "Council",
    "Ministry",
    "Monday",
    "London",
    "Reuters",
    "Police",
    "Health",
    "Department",
    "Zoë",
    "O'Neill",
    "Al-Sayed",
    "Von",
    "Der",
    "Berg",
]
_VERBS = [
    "said",
    "says",
    "told",
    "added",
    "warned",
    "insisted",
    "explained",
    "argued",
    "claimed",
    "noted",
    "stated",
    "wrote",
    "tweeted",
    "according",
    "to",
]
_NUMBERS = ("1,200", "3.5", "45%", "$1.13bn", "£600m", "two", "2024", "more than 700")
_HOSTILE = (
    "\x00",
    "\x01",
    "\x1b",
    "\x7f",
    "\u200b",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u0301",
    "e\u0301",
    "\u0627\u0644\u0633\u0644\u0627\u0645",
    "\u05e9\u05dc\u05d5\u05dd",
    "\U0001f600",
    "\U0001f469\u200d\U0001f52c",
    "\U0001f1fa\U0001f1f8",
    "\udcff",
    "\ud800",
    "\r\n",
    "\r",
    "\n",
    "\u2028",
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    "«",
    "»",
    " ",
    " ",
    "word",
    "Name",
    "said",
    "1,5",
    ".",
    ",",
)


def _fill(unit: Callable[[random.Random], str], n: int, seed: int) -> str:
    """Concatenate ``unit(rng)`` until ``n`` characters, cut at exactly ``n``."""
    rng = random.Random(seed)  # noqa: S311 -- reproducible test data, not secrets
    parts: list[str] = []
    size = 0
    while size < n:
        piece = unit(rng)
        parts.append(piece)
        size += len(piece)
    return "".join(parts)[:n]


def alternating_marks(n: int) -> str:
    """``"“"“"“…``: every mark can open and close, none encloses anything."""
    return ('"“' * (n // 2 + 1))[:n]


def digits_separators(n: int) -> str:
    """Digits with commas and dots and no space: one endless "number"."""
    return _fill(lambda r: r.choice("0123456789012345678901234567,."), n, 1)


def capitalised_words(words: int) -> str:
    """Capitalised words without punctuation: one endless "name"."""
    rng = random.Random(2)  # noqa: S311 -- reproducible test data, not secrets
    return " ".join(rng.choice(_CAPS) for _ in range(words))


def nested_quotations(depth: int) -> str:
    """Quotations nested ``depth`` deep, double and single marks in turn."""
    opens, closes = ("“", "‘"), ("”", "’")
    head = "".join(f"{opens[i % 2]}Ana said, " for i in range(depth))
    tail = "".join(f",{closes[i % 2]} she said" for i in reversed(range(depth)))
    return head + "yes" + tail + "."


def no_sentence_end(n: int) -> str:
    """One paragraph of words, names, verbs and numbers with no sentence end."""
    pools = (_WORDS, _WORDS, _CAPS, _VERBS, _NUMBERS, (",",))
    return _fill(lambda r: r.choice(r.choice(pools)) + " ", n, 3)


def reporting_verbs(n: int) -> str:
    """Quotations followed by runs of reporting verbs and no speaker."""

    def unit(r: random.Random) -> str:
        verbs = " ".join(r.choice(_VERBS) for _ in range(r.randint(5, 40)))
        return f"“We will,” {verbs} "

    return _fill(unit, n, 4)


def hostile_characters(n: int) -> str:
    """NUL and control characters, RTL and zero-width marks, combining marks,
    emoji, lone surrogates, every line end and every quotation mark."""
    return _fill(lambda r: r.choice(_HOSTILE), n, 5)


def long_line(n: int) -> str:
    """News-like sentences with quotations and attributions, on one line."""

    def unit(r: random.Random) -> str:
        body = " ".join(r.choice(_WORDS) for _ in range(r.randint(3, 15)))
        who = f"{r.choice(_CAPS)} {r.choice(_CAPS)}"
        lead = " ".join(r.choice(_WORDS) for _ in range(r.randint(3, 12)))
        verb, number = r.choice(_VERBS), r.choice(_NUMBERS)
        return f"“{body.capitalize()},” {who} {verb}. {lead.capitalize()} {number}. "

    return _fill(unit, n, 6)


def open_quote_paragraphs(n: int) -> str:
    """Short paragraphs that each reopen a quotation that never closes:
    one quotation over every paragraph, with ``\\r\\n`` line ends."""
    return ("“Word said.\r\n" * (n // 13 + 1))[:n]


def question_marks(n: int) -> str:
    """``?`` repeated: the input that took dateparser minutes."""
    return "?" * n


def long_word(n: int) -> str:
    """A single word of ``n`` letters."""
    return ("Ab" * (n // 2 + 1))[:n]


def single_marks(n: int) -> str:
    """Apostrophes and single quotation marks between letters and spaces."""
    return _fill(lambda r: r.choice("'‘’‚‛‹›'’ as'"), n, 7)


def blank_lines(n: int) -> str:
    """Line ends and white space only."""
    return _fill(lambda r: r.choice(("\n", "\r\n", "\r", " ", "\t", "\u2029")), n, 8)


# name -> (builder, large size, what the size counts)
CASES: dict[str, tuple[Callable[[int], str], int, str]] = {
    "alternating_marks": (alternating_marks, MB, "chars"),
    "digits_separators": (digits_separators, MB, "chars"),
    "capitalised_words": (capitalised_words, 100_000, "words"),
    "nested_quotations": (nested_quotations, 10_000, "levels"),
    "no_sentence_end": (no_sentence_end, MB, "chars"),
    "reporting_verbs": (reporting_verbs, MB, "chars"),
    "hostile_characters": (hostile_characters, MB, "chars"),
    "long_line": (long_line, MB, "chars"),
    "open_quote_paragraphs": (open_quote_paragraphs, MB, "chars"),
    "question_marks": (question_marks, MB, "chars"),
    "long_word": (long_word, MB, "chars"),
    "single_marks": (single_marks, MB, "chars"),
    "blank_lines": (blank_lines, MB, "chars"),
}

MAX_DOUBLING = 2.5
MAX_VS_NEWS = 10.0


def _best_time(fn: Callable[[], object], repeat: int) -> float:
    # CPU time of this process: parsing is single-threaded, and other load
    # on the machine would distort wall-clock ratios.
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _news_text(corpus: Path, length: int) -> str:
    """Ordinary news text of exactly ``length`` characters."""
    parts: list[str] = []
    size = 0
    with corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    while size < length:
        for t in texts:
            parts.append(t)
            size += len(t) + 2
            if size >= length:
                break
    return "\n\n".join(parts)[:length]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (best is kept)")
    ap.add_argument("--only", nargs="*", metavar="NAME", help="run only these cases")
    args = ap.parse_args()

    import newsclaims

    corpus = Path(args.corpus)
    newsclaims.parse_article("“Warm-up,” she said.")
    news_times: dict[int, float] = {}

    def news_time(length: int) -> float:
        if length not in news_times:
            text = _news_text(corpus, length)
            news_times[length] = _best_time(lambda: newsclaims.parse_article(text), args.repeat)
        return news_times[length]

    names = args.only or list(CASES)
    header = (
        f"{'case':<22} {'size':>16} {'chars':>9} {'t half':>8} {'t full':>8} "
        f"{'x2':>5} {'news':>8} {'vs news':>7}  ok"
    )
    print(header)
    print("-" * len(header))
    failures = 0
    for name in names:
        build, large, unit = CASES[name]
        half_text, full_text = build(large // 2), build(large)
        try:
            t_half = _best_time(partial(newsclaims.parse_article, half_text), args.repeat)
            t_full = _best_time(partial(newsclaims.parse_article, full_text), args.repeat)
        except Exception as exc:  # noqa: BLE001 -- reported as a failure, never hidden
            print(f"{name:<22} raised {type(exc).__name__}: {exc}")
            failures += 1
            continue
        t_news = news_time(len(full_text))
        doubling = t_full / t_half
        vs_news = t_full / t_news
        ok = doubling <= MAX_DOUBLING and vs_news <= MAX_VS_NEWS
        failures += not ok
        size = f"{large:,} {unit}"
        print(
            f"{name:<22} {size:>16} {len(full_text):>9,} {t_half:>7.3f}s {t_full:>7.3f}s "
            f"{doubling:>5.2f} {t_news:>7.3f}s {vs_news:>7.2f}  {'yes' if ok else 'NO'}"
        )
    t_news_half, t_news_full = news_time(MB // 2), news_time(MB)
    print(
        f"{'(ordinary news)':<22} {MB:>10,} chars {MB:>9,} {t_news_half:>7.3f}s "
        f"{t_news_full:>7.3f}s {t_news_full / t_news_half:>5.2f}"
    )
    print(f"\nbars: x2 <= {MAX_DOUBLING}, vs news <= {MAX_VS_NEWS}; best of {args.repeat} runs")
    print(f"cases over a bar or raising: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
