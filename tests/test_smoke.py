from pathlib import Path

import pytest

import newsclaims

SEED = Path(__file__).parent.parent / "seeds" / "000_0e4e2480f77082a7.txt"


def test_seed_has_eight_speech_quotes():
    text = SEED.read_text(encoding="utf-8")
    art = newsclaims.parse_article(text)
    speech = [q for q in art.quotes if q.kind in ("full", "partial")]
    assert len(speech) == 8
    for q in art.quotes:
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize("bad", [b"bytes", 3, None, ["a"]])
def test_non_str_raises_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        newsclaims.parse_article(bad)
