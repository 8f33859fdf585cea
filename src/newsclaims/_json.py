"""JSON: the article as plain data, in a documented and versioned schema.

The schema is described in ``docs/schema.md``; ``SCHEMA_VERSION`` changes
with it (minor for added keys, major for changed or removed ones).
"""

from __future__ import annotations

import json
import math
import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from newsclaims._types import (
        Article,
        Claim,
        Cue,
        DateMention,
        Figure,
        Quote,
        Span,
        Speaker,
        SpeakerProfile,
    )

__all__ = ["SCHEMA_VERSION", "article_to_dict", "dumps", "to_json"]

SCHEMA_VERSION: Final = "1.1"

JSONDict = dict[str, object]


def _speaker(sp: Speaker | None) -> JSONDict | None:
    if sp is None:
        return None
    return {
        "name": sp.name,
        "title": sp.title,
        "text": sp.text,
        "start": sp.start,
        "end": sp.end,
        "kind": sp.kind,
    }


def _cue(cue: Cue | None) -> JSONDict | None:
    if cue is None:
        return None
    return {"text": cue.text, "start": cue.start, "end": cue.end, "lemma": cue.lemma}


def _span(span: Span | None) -> JSONDict | None:
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}


def _pair(pair: tuple[int, int] | None) -> list[int] | None:
    return None if pair is None else [pair[0], pair[1]]


def _number(x: float | None) -> float | int | None:
    """Integral values as ints (3500000, not 3500000.0); others unchanged.

    JSON has no infinity and no NaN: a value that only they could hold is
    written as null, "no value", so that the output is always strict JSON.

    >>> _number(3500000.0), _number(0.5), _number(float("inf")), _number(10**400)
    (3500000, 0.5, None, None)
    """
    if x is None:
        return None
    try:
        f = float(x)
    except OverflowError:  # an int too large for any double
        return None
    if not math.isfinite(f):
        return None
    if f.is_integer() and abs(f) < 2**53:
        return int(f)
    return f


def _confidence(x: float) -> float | None:
    # Always finite from the parser; null rather than invalid JSON otherwise.
    return round(x, 4) if math.isfinite(x) else None


def _quote(q: Quote) -> JSONDict:
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "spans": [[s, e] for s, e in q.spans],
        "marks": list(q.marks),
        "kind": q.kind,
        "speaker": _speaker(q.speaker),
        "cue": _cue(q.cue),
        "confidence": _confidence(q.confidence),
    }


def _claim(c: Claim) -> JSONDict:
    return {
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "kind": c.kind,
        "force": c.force,
        "speaker": _speaker(c.speaker),
        "cue": _cue(c.cue),
        "quotes": list(c.quotes),
        "confidence": _confidence(c.confidence),
    }


def _speaker_profile(p: SpeakerProfile) -> JSONDict:
    return {
        "name": p.name,
        "title": p.title,
        "kind": p.kind,
        "mentions": [_span(m) for m in p.mentions],
        "quotes": list(p.quotes),
        "claims": list(p.claims),
    }


def _figure(f: Figure) -> JSONDict:
    return {
        "text": f.text,
        "start": f.start,
        "end": f.end,
        "value": _number(f.value),
        "low": _number(f.low),
        "high": _number(f.high),
        "kind": f.kind,
        "unit": f.unit,
        "unit_span": _pair(f.unit_span),
        "qualifier": f.qualifier,
        "qualifier_span": _pair(f.qualifier_span),
        "vague": f.vague,
        "quote": f.quote,
        "claim": f.claim,
    }


def _date(d: DateMention) -> JSONDict:
    return {
        "text": d.text,
        "start": d.start,
        "end": d.end,
        "value": d.value,
        "granularity": d.granularity,
        "relative": d.relative,
    }


def article_to_dict(article: Article, *, include_text: bool = False) -> JSONDict:
    """``article`` as JSON-ready data (see ``docs/schema.md``)."""
    out: JSONDict = {"schema_version": SCHEMA_VERSION}
    if include_text:
        out["text"] = article.text
    dl = article.dateline
    out.update(
        {
            "length": len(article.text),
            "headline": _span(article.headline),
            "headline_text": article.headline_text,
            "byline": _span(article.byline),
            "dateline": None
            if dl is None
            else {
                "text": dl.text,
                "start": dl.start,
                "end": dl.end,
                "location": _span(dl.location),
                "date": _span(dl.date),
                "agency": _span(dl.agency),
            },
            "agency": _span(article.agency),
            "credits": [_span(c) for c in article.credits],
            "quotes": [_quote(q) for q in article.quotes],
            "claims": [_claim(c) for c in article.claims],
            "speakers": [_speaker_profile(p) for p in article.speakers],
            "figures": [_figure(f) for f in article.figures],
            "dates": [_date(d) for d in article.dates],
            "unpaired_marks": list(article.unpaired_marks),
            "paragraphs": [[s, e] for s, e in article.paragraphs],
        }
    )
    return out


def to_json(article: Article, *, indent: int | None = None, include_text: bool = False) -> str:
    r"""``article`` as a JSON string (non-ASCII characters kept as they are).

    The output is always strict JSON: lone surrogates, which a Python ``str``
    may hold, are written as ``\\udcff`` escapes, and a number that only
    infinity or NaN could hold (no JSON number can) is written as null.
    """
    return dumps(article_to_dict(article, include_text=include_text), indent=indent)


# A str may hold lone surrogates ("\udcff"), which no UTF-8 writer accepts.
# json.dumps(ensure_ascii=False) leaves them raw, and only inside string
# literals, so escaping each one there gives valid JSON that reads back as
# the same str.  A character class: one linear pass.
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def dumps(obj: object, *, indent: int | None = None) -> str:
    r"""``obj`` as strict JSON text that any UTF-8 writer accepts.

    Raises ``ValueError`` for a float that is infinite or NaN, which strict
    JSON cannot hold (an article's data never holds one).

    >>> dumps({"text": "caf\u00e9 \udcff"})
    '{"text": "café \\udcff"}'
    """
    out = json.dumps(obj, ensure_ascii=False, indent=indent, allow_nan=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
