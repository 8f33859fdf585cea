"""The seed article against its golden JSON output.

``seeds/000_0e4e2480f77082a7.expected.json`` was checked by hand, item by
item, against the article: its 8 quotations (spans, kinds, speaker Volodymyr
Zelenskyy with the mention as written, title, cue), its 6 reported claims,
its 8 figures (value, bounds, counted noun, qualifier, the quote or claim they
lie in), the dateline ``Kyiv:`` and the agency ``IANS``.  When a change of
behaviour is deliberate, rewrite it with ``python tests/test_seed_golden.py
--write`` and read the diff line by line before committing it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsclaims

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = SEEDS / "000_0e4e2480f77082a7.txt"
GOLDEN = SEEDS / "000_0e4e2480f77082a7.expected.json"


def _current() -> dict[str, object]:
    text = ARTICLE.read_text(encoding="utf-8")
    # Round-trip through JSON so tuples and lists compare alike.
    data: dict[str, object] = json.loads(newsclaims.to_json(newsclaims.parse_article(text)))
    return data


def test_seed_matches_golden_file():
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    current = _current()
    for key in sorted(set(golden) | set(current)):
        assert current.get(key) == golden.get(key), f"seed output differs at {key!r}"


def test_golden_file_states_the_acceptance_facts():
    # The facts the golden file must hold, spelled out, so that a careless
    # rewrite of the file cannot pass unnoticed.
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    text = ARTICLE.read_text(encoding="utf-8")
    speech = [q for q in golden["quotes"] if q["kind"] in ("full", "partial")]
    assert len(speech) == 8
    assert {q["speaker"]["name"] for q in speech} == {"Volodymyr Zelenskyy"}
    assert sum(q["speaker"]["text"] == "He" for q in speech) == 3
    for q in golden["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
    cues = [(c["text"], c["cue"]["text"]) for c in golden["claims"]]
    assert ("China’s silence on the issue", "questioned") in cues
    assert len(golden["claims"]) == 6
    assert [f["text"] for f in golden["figures"]] == [
        "two", "3.5 million", "two years", "1,000 days",
        "millions", "3.5 million", "3,000", "12,000",
    ]
    assert golden["dateline"]["location"]["text"] == "Kyiv"
    assert golden["agency"]["text"] == "IANS"
    assert golden["headline"] is None


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    GOLDEN.write_text(
        json.dumps(_current(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {GOLDEN.name}: review the diff by hand")
