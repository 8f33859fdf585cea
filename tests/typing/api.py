"""The public API as another project uses it, checked by ``mypy --strict``.

Nothing here runs: mypy reads it (``mypy --strict tests/typing``) and fails
when a public name disappears, a type becomes less precise, or a misuse stops
being an error.  Each ``type: ignore[...]`` is an assertion that the line is
rejected: mypy's ``warn_unused_ignores`` (part of ``--strict``) fails if it
is accepted.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator

import attrs

import newsclaims
from newsclaims import (
    SCHEMA_VERSION,
    Article,
    Claim,
    ClaimForce,
    Cue,
    Dateline,
    DateMention,
    Figure,
    Quote,
    Span,
    Speaker,
    parse_article,
    render_html,
    to_json,
)

if sys.version_info >= (3, 11):
    from typing import assert_type
else:  # pragma: no cover - mypy reads the branch of the Python it runs on
    from typing_extensions import assert_type


def parse() -> Article:
    article = parse_article("“We will rebuild,” Mayor Ana Ruiz said.")
    assert_type(article, Article)
    dated = parse_article("Last Tuesday it rained.", published=dt.date(2024, 11, 5))
    titled = parse_article("Text.", headline="A headline")
    assert_type(dated.dates, tuple[DateMention, ...])
    assert_type(titled.headline, Span | None)
    return article


def quotes(article: Article) -> list[str]:
    out = []
    for q in article.quotes:
        assert_type(q, Quote)
        assert_type(q.spans, tuple[tuple[int, int], ...])
        assert_type(article.text[q.start : q.end], str)
        speaker = q.speaker
        assert_type(speaker, Speaker | None)
        if speaker is not None:
            # A speaker's name is optional: the mention may be unresolved.
            name: str = speaker.name or speaker.text
            out.append(name)
        cue: Cue | None = q.cue
        if cue is not None:
            out.append(cue.lemma)
        confidence: float = q.confidence
        del confidence
    return out


def claims_and_figures(article: Article) -> float:
    total = 0.0
    for claim in article.claims:
        assert_type(claim, Claim)
        assert_type(claim.quotes, tuple[int, ...])
        assert_type(claim.force, ClaimForce)
        if claim.force == "assertion":  # the checkable ones
            total += 0.0
    force: ClaimForce = "belief"
    bad: ClaimForce = "opinion"  # type: ignore[assignment]
    del force, bad
    for fig in article.figures:
        assert_type(fig, Figure)
        assert_type(fig.value, float | None)
        if fig.value is not None:
            total += fig.value
        if fig.quote is not None:
            assert_type(article.quotes[fig.quote], Quote)
    return total


def metadata(article: Article) -> str | None:
    dateline = article.dateline
    assert_type(dateline, Dateline | None)
    if dateline is not None and dateline.agency is not None:
        return dateline.agency.text
    return article.agency.text if article.agency is not None else None


def outputs(article: Article) -> tuple[str, str, dict[str, object]]:
    page = render_html(article, title="Title")
    assert_type(page, str)
    text = to_json(article, indent=2, include_text=True)
    assert_type(text, str)
    data = article.to_dict()
    assert_type(data, dict[str, object])
    assert json.loads(text)["schema_version"] == SCHEMA_VERSION
    return page, text, data


def batch(texts: list[str]) -> Iterator[Article]:
    return newsclaims.parse_articles(texts, workers=2)


def frozen(article: Article) -> Article:
    # Results are frozen: change a copy with attrs.evolve.
    article.text = "x"  # type: ignore[misc]
    return attrs.evolve(article, quotes=article.quotes[:1])


def misuse() -> None:
    parse_article(b"bytes")  # type: ignore[arg-type]
    parse_article("text", published=20241105)  # type: ignore[arg-type]
    render_html("not an article")  # type: ignore[arg-type]
    Quote(text="x", start=0, end=1)  # type: ignore[call-arg]


def version() -> str:
    return newsclaims.__version__
