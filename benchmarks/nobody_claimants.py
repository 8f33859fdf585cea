"""Claims credited to nobody: a weekday, a month, a time word or a crowd noun.

Usage::

    python benchmarks/nobody_claimants.py CORPUS.jsonl [--examples N]

Parses every article of a JSON-lines corpus (one ``{"id", "text"}`` per
line, such as the BBC News corpus) and counts the reported claims whose
claimant is no one who can speak: ``Saturday`` in ``Prasad on Saturday
cited …, saying …``, ``Today``, ``last week``, ``Queues`` in ``Queues formed,
with signs saying …``.  Prints the count and the first examples; the exit
status is 1 when the count is not 0.  A benchmark, not a test: the words
are listed here, apart from the library's own lexicons, so that it checks
the library from outside.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Final

# Full names only: "Sun" and "Next" are companies as well.
WEEKDAYS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()  # noqa: SIM905
)
# "May" is a month and a surname ("Theresa May"): counted only when the
# claimant is the bare word and the library calls it no person.
MONTHS: Final = frozenset(
    "january february march april may june july august september october november "  # noqa: SIM905
    "december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
DAYS: Final = frozenset("today yesterday tomorrow tonight".split())  # noqa: SIM905
# Words of time and crowd nouns that are also surnames or titles ("Day",
# "Night", "Banner"): counted when written in lowercase or after "the".
TIME_WORDS: Final = frozenset(
    "now morning afternoon evening night day days week weeks weekend month months "  # noqa: SIM905
    "year years decade century earlier later recently overnight".split()
)
CROWD_NOUNS: Final = frozenset(
    "queue queues line lines crowd crowds throng throngs mob mobs sign signs placard "  # noqa: SIM905
    "placards banner banners poster posters billboard billboards slogan slogans".split()
)
LEADS: Final = frozenset(("the", "a", "an", "on", "in", "at", "of", "by", "late", "early"))


def is_nobody(mention: str, kind: str) -> bool:
    """True when every word of ``mention`` (leading words aside) names no one."""
    words = [w.strip(".,;:'’\"“”()") for w in mention.split()]
    words = [w for w in words if w]
    led = bool(words) and words[0].lower() in LEADS
    words = [w for w in words if w.lower() not in LEADS]
    if not words:
        return False
    for w in words:
        low = w.lower()
        if low in WEEKDAYS or low in DAYS or (low in MONTHS and low != "may"):
            continue
        if low == "may" and kind != "person":
            continue
        if (low in TIME_WORDS or low in CROWD_NOUNS) and (w.islower() or led):
            continue
        return False
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="a JSON-lines file of {'id', 'text'} records")
    ap.add_argument("--examples", type=int, default=20, help="how many examples to print")
    args = ap.parse_args()

    import newsclaims

    articles = claims = 0
    found: list[str] = []
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            art = newsclaims.parse_article(text)
            articles += 1
            for c in art.claims:
                if c.kind != "reported" or c.speaker is None:
                    continue
                claims += 1
                sp = c.speaker
                if is_nobody(sp.text, sp.kind) or is_nobody(sp.name or "", sp.kind):
                    around = text[max(0, sp.start - 50) : min(len(text), c.end + 20)]
                    found.append(
                        f"{record.get('id')}: claimant {sp.text!r} ({sp.kind}) for "
                        f"{c.text[:60]!r}\n    …{' '.join(around.split())}…"
                    )
    print(
        f"corpus: {args.corpus} ({articles:,} articles, "
        f"{claims:,} reported claims with a claimant)"
    )
    print(f"claims credited to a weekday, month, time word or crowd noun: {len(found)}")
    for example in found[: args.examples]:
        print("  " + example)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
