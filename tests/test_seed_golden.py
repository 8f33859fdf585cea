"""The seed article against its golden JSON output.

``seeds/000_0e4e2480f77082a7.expected.json`` is the parser's output on the
article.  Two checks hold it:

- the facts a user reads were checked by hand, item by item, against the
  article, and are spelled out below: each quotation's text, kind, speaker
  (name, title, the mention as written) and cue; each reported claim with
  its claimant and cue; each figure's value, bounds, unit, qualifier and the
  quote or claim it lies in; the dateline, the agency and the credit;
- the whole output equals the golden file, confidences left out: a change
  of confidence alone (a recalibration) changes no fact, so confidences are
  checked only for their range and for an order any calibration keeps.

When a change of behaviour is deliberate, rewrite the file with ``python
tests/test_seed_golden.py --write``, read the diff line by line, and update
the facts below where they changed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import newsclaims

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = SEEDS / "000_0e4e2480f77082a7.txt"
GOLDEN = SEEDS / "000_0e4e2480f77082a7.expected.json"

NAME, TITLE = "Volodymyr Zelenskyy", "Ukrainian President"
FULL = "Ukrainian President Volodymyr Zelenskyy"

# Each quotation: how its text starts and ends, its kind, the speaker's
# mention as written and the cue.
QUOTES = [
    ("this is a matter", "days, not months,", "partial", FULL, "emphasised"),
    ("silence is striking.", "silence is striking.", "partial", "Zelenskyy", "highlighting"),
    ("I gave an interview", "two countries against one.", "full", "Zelenskyy", "wrote"),
    ("More than two years", "—from North Korea,", "full", "Zelenskyy", "said"),
    ("Those artillery shells", "soldiers and officers soon.", "full", "He", "added"),
    ("North Korean troops have", "own troop mobilisation...", "full", "He", "said"),
    ("North Korea’s actions", "its silence is striking.", "full", "Zelenskyy", "said"),
    ("It may be time", "Russia’s support in return.", "full", "He", "added"),
]

# Each reported claim: its text, the claimant as written, the cue and the
# quotes inside it.
CLAIMS = [
    ("North Korean troops have not yet engaged in combat", FULL, "said", []),
    (
        "“this is a matter of days, not months,” before they are drawn into battle",
        FULL, "emphasised", [0],
    ),
    ("China’s silence on the issue", "Zelenskyy", "questioned", []),
    (
        "as a regional security guarantor, China’s “silence is striking.”",
        "Zelenskyy", "highlighting", [1],
    ),
    (
        "Russia’s decision to involve North Korean troops in the ongoing war against Ukraine",
        "Zelenskyy", "condemned", [],
    ),
    (
        (
            "Russia has openly partnered with North Korea, acquiring approximately 3.5 million"
            " artillery shells"
        ),
        "He", "emphasised", [],
    ),
]

# Each figure: its text, value, low and high bounds, kind, unit, qualifier,
# whether it is vague, and the quote and claim it lies in.
FIGURES = [
    ("two", 2, None, None, "count", "countries", None, False, 2, None),
    ("3.5 million", 3_500_000, None, None, "count", "artillery shells", "approximately",
     False, None, 5),
    # "More than" makes two years a lower bound.
    ("two years", 2, 2, None, "duration", "year", "More than", False, 3, None),
    ("1,000 days", 1000, None, None, "duration", "day", None, False, 3, None),
    ("millions", None, 1_000_000, 10_000_000, "count", "artillery shells", None, True, 3, None),
    # The counted noun stands before it ("millions of artillery shells—around
    # 3.5 million"), and the figure takes it from the count it restates.
    ("3.5 million", 3_500_000, None, None, "count", "artillery shells", "around", False, 3,
     None),
    ("3,000", 3000, None, None, "count", "North Korean troops", None, False, 4, None),
    ("12,000", 12000, None, None, "count", "soldiers and officers", None, False, 4, None),
]


def _current() -> dict[str, Any]:
    text = ARTICLE.read_text(encoding="utf-8")
    # Round-trip through JSON so tuples and lists compare alike.
    data: dict[str, Any] = json.loads(newsclaims.to_json(newsclaims.parse_article(text)))
    return data


def _golden() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return data


def _without_confidence(value: object) -> object:
    """``value`` with every ``confidence`` left out, however deep."""
    if isinstance(value, dict):
        return {k: _without_confidence(v) for k, v in value.items() if k != "confidence"}
    if isinstance(value, list):
        return [_without_confidence(v) for v in value]
    return value


def test_seed_matches_golden_file_but_for_confidence() -> None:
    golden = _without_confidence(_golden())
    current = _without_confidence(_current())
    assert isinstance(golden, dict)
    assert isinstance(current, dict)
    for key in sorted(set(golden) | set(current)):
        assert current.get(key) == golden.get(key), f"seed output differs at {key!r}"


def test_masking_leaves_out_confidence_only() -> None:
    golden = _golden()
    masked = _without_confidence(golden)
    assert isinstance(masked, dict)
    assert "confidence" in golden["quotes"][0]
    assert "confidence" not in masked["quotes"][0]
    assert masked["quotes"][0]["speaker"] == golden["quotes"][0]["speaker"]
    changed = json.loads(json.dumps(golden))
    changed["quotes"][0]["confidence"] = 0.01
    assert _without_confidence(changed) == masked
    changed["quotes"][0]["cue"]["text"] = "said"
    assert _without_confidence(changed) != masked


def test_golden_quotes_as_checked_by_hand() -> None:
    golden, text = _golden(), ARTICLE.read_text(encoding="utf-8")
    quotes = golden["quotes"]
    assert len(quotes) == len(QUOTES)
    for q, (head, tail, kind, mention, cue) in zip(quotes, QUOTES, strict=True):
        assert text[q["start"] : q["end"]] == q["text"]
        assert q["text"].startswith(head), q["text"]
        assert q["text"].endswith(tail), q["text"]
        assert q["kind"] == kind, q["text"]
        sp = q["speaker"]
        assert (sp["name"], sp["title"], sp["text"], sp["kind"]) == (NAME, TITLE, mention, "person")
        assert text[sp["start"] : sp["end"]] == mention
        assert q["cue"]["text"] == cue
        assert text[q["cue"]["start"] : q["cue"]["end"]] == cue


def test_golden_claims_as_checked_by_hand() -> None:
    golden, text = _golden(), ARTICLE.read_text(encoding="utf-8")
    rows = [
        (c["kind"], c["text"], c["speaker"]["name"], c["speaker"]["text"], c["cue"]["text"],
         c["quotes"])
        for c in golden["claims"]
    ]
    assert rows == [("reported", t, NAME, who, cue, qs) for t, who, cue, qs in CLAIMS]
    for c in golden["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]


def test_golden_figures_as_checked_by_hand() -> None:
    golden, text = _golden(), ARTICLE.read_text(encoding="utf-8")
    rows = [
        (f["text"], f["value"], f["low"], f["high"], f["kind"], f["unit"], f["qualifier"],
         f["vague"], f["quote"], f["claim"])
        for f in golden["figures"]
    ]
    assert rows == FIGURES
    for f in golden["figures"]:
        assert text[f["start"] : f["end"]] == f["text"]
        if f["qualifier"] is not None:
            s, e = f["qualifier_span"]
            assert text[s:e] == f["qualifier"]


def test_golden_metadata_as_checked_by_hand() -> None:
    golden = _golden()
    assert golden["dateline"]["text"] == "Kyiv:"
    assert golden["dateline"]["location"]["text"] == "Kyiv"
    assert golden["dateline"]["date"] is None
    assert golden["agency"]["text"] == "IANS"
    assert [c["text"] for c in golden["credits"]] == ["(IANS)"]
    assert golden["headline"] is None
    assert golden["byline"] is None
    assert golden["dates"] == []
    assert golden["unpaired_marks"] == []
    (speaker,) = golden["speakers"]
    assert (speaker["name"], speaker["title"], speaker["kind"]) == (NAME, TITLE, "person")
    assert speaker["quotes"] == list(range(len(QUOTES)))
    assert speaker["claims"] == list(range(len(CLAIMS)))


def test_confidences_are_in_range_and_a_named_quote_ranks_above_a_pronoun() -> None:
    for data in (_golden(), _current()):
        assert all(0.0 < i["confidence"] <= 1.0 for i in data["quotes"] + data["claims"])
        # A quote whose speaker is named in the sentence is surer, on
        # average, than one whose "He" is resolved from an earlier one.
        # (A claim's confidence rests first on its layout: an object of a
        # stance verb is a weaker claim than a clause, named or not.)
        quotes = data["quotes"]
        named = [q["confidence"] for q in quotes if q["speaker"]["text"] != "He"]
        pronoun = [q["confidence"] for q in quotes if q["speaker"]["text"] == "He"]
        assert sum(named) / len(named) > sum(pronoun) / len(pronoun)


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    GOLDEN.write_text(
        json.dumps(_current(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {GOLDEN.name}: review the diff by hand")
