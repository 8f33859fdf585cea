"""Confidence: calibrated shares of right attributions, ordered by evidence.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsclaims
from newsclaims._confidence import LAYOUT_CONFIDENCE, RESOLUTION_CONFIDENCE

SRC = Path(newsclaims.__file__).resolve().parent


def _confidence(text: str) -> float:
    (q,) = [q for q in newsclaims.parse_article(text).quotes if q.kind == "full"]
    return q.confidence


def test_every_class_the_code_names_has_a_share() -> None:
    attribution = (SRC / "_attribution.py").read_text(encoding="utf-8")
    resolve = (SRC / "_resolve.py").read_text(encoding="utf-8")
    layouts = set(re.findall(r'"(after|after-reported|after-titled|before|before-sentence|colon'
                             r'|continuation|dash|previous|subject)"', attribution))
    assert layouts <= set(LAYOUT_CONFIDENCE)
    assert len(layouts) >= 9
    hows = set(re.findall(r'"((?:name|short-name|pronoun|role|document|description|spokesperson'
                          r'|organisation-noun|other-person|first-person)[a-z-]*)"', resolve))
    assert hows <= set(RESOLUTION_CONFIDENCE)
    for share in (*LAYOUT_CONFIDENCE.values(), *RESOLUTION_CONFIDENCE.values()):
        assert 0 < share <= 1


@pytest.mark.parametrize(
    ("stronger", "weaker"),
    [
        # A full name beats one capitalised word that matches nobody.
        ("“Exports fell,” Kwame Mensah said.", "“Exports fell,” Ashanti said."),
        # A pronoun with one person before it beats one with nobody.
        ("Kwame Mensah spoke first. “Exports fell,” he said.", "“Exports fell,” he said."),
        # A cue right after the quotation beats a paragraph that only continues.
        (
            "“Exports fell,” Kwame Mensah said.",
            "Kwame Mensah said prices rose.\n\n“Exports fell.”",
        ),
    ],
)
def test_stronger_evidence_ranks_higher(stronger: str, weaker: str) -> None:
    assert _confidence(stronger) > _confidence(weaker)


def test_a_single_unknown_word_is_not_a_sure_person() -> None:
    (q,) = newsclaims.parse_article("“Profits doubled,” Ashanti said.").quotes
    assert q.speaker is not None
    assert q.speaker.kind == "unknown"
    assert q.confidence < 0.7


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A given name, then a surname that is also a word.
        ("“We will win,” Mark Said said.", "Mark Said"),
        ("“We will win,” Will Power said.", "Will Power"),
        ("“We will win,” Will Okafor said.", "Will Okafor"),
    ],
)
def test_names_that_are_words(text: str, name: str) -> None:
    (q,) = newsclaims.parse_article(text).quotes
    assert q.speaker is not None
    assert q.cue is not None
    assert (q.speaker.name, q.cue.text) == (name, "said")
