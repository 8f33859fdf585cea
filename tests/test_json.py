"""Every JSON the library writes is strict: no NaN, no Infinity, valid UTF-8."""

from __future__ import annotations

import json
import math

import attrs
import pytest
from hypothesis import given, settings

import newsclaims
from newsclaims import Article, Figure
from strategies import hostile_text


def strict_loads(text: str) -> object:
    def refuse(token: str) -> object:
        msg = f"not strict JSON: {token}"
        raise ValueError(msg)

    return json.loads(text, parse_constant=refuse)


TEXT = "Officials in Abuja counted 1,200 displaced families."


def _with_values(value, low=None, high=None) -> Article:
    fig = Figure(text="1,200", start=27, end=32, value=value, low=low, high=high, unit="families")
    assert TEXT[fig.start : fig.end] == fig.text
    return Article(text=TEXT, figures=(fig,))


@pytest.mark.parametrize(
    ("values", "written"),
    [
        ((math.inf, None, None), [None, None, None]),
        ((-math.inf, 1.0, math.inf), [None, 1, None]),
        ((math.nan, math.nan, 7.5), [None, None, 7.5]),
        ((10**400, None, -(10**400)), [None, None, None]),
    ],
)
def test_numbers_no_json_number_holds_are_written_as_null(values, written):
    art = _with_values(*values)
    fig = strict_loads(newsclaims.to_json(art))["figures"][0]
    assert [fig["value"], fig["low"], fig["high"]] == written
    json.dumps(art.to_dict(), allow_nan=False)  # the dict itself is strict too


def test_finite_values_are_kept():
    out = strict_loads(newsclaims.to_json(_with_values(1200.0, 1000.0, 1500.5)))
    assert [out["figures"][0][k] for k in ("value", "low", "high")] == [1200, 1000, 1500.5]


def test_a_non_finite_confidence_is_null():
    art = newsclaims.parse_article("“We will rebuild,” Mayor Ana Ruiz said.")
    quote = attrs.evolve(art.quotes[0], confidence=math.nan)
    out = strict_loads(newsclaims.to_json(attrs.evolve(art, quotes=(quote,))))
    assert out["quotes"][0]["confidence"] is None


def test_a_huge_number_in_the_text_gives_strict_json():
    text = "1" + ",000" * 103 + " troops were counted, an official in Seoul said."
    out = strict_loads(newsclaims.to_json(newsclaims.parse_article(text)))
    for fig in out["figures"]:
        for key in ("value", "low", "high"):
            assert fig[key] is None or math.isfinite(fig[key])


@settings(max_examples=200)
@given(hostile_text())
def test_any_parsed_text_gives_strict_json(text):
    art = newsclaims.parse_article(text)
    assert strict_loads(newsclaims.to_json(art, include_text=True))["text"] == text
    json.dumps(art.to_dict(include_text=True), allow_nan=False)
