"""newsclaims: who said what, and with which numbers, in news articles.

>>> import newsclaims
>>> article = newsclaims.parse_article('“It works,” she said.')
>>> [q.text for q in article.quotes]
['It works,']
"""

from __future__ import annotations

from newsclaims._api import parse_article
from newsclaims._json import SCHEMA_VERSION, to_json
from newsclaims._types import (
    Article,
    Claim,
    Cue,
    Dateline,
    DateMention,
    Figure,
    Quote,
    Span,
    Speaker,
)

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Claim",
    "Cue",
    "DateMention",
    "Dateline",
    "Figure",
    "Quote",
    "Span",
    "Speaker",
    "__version__",
    "parse_article",
    "to_json",
]


def __getattr__(name: str) -> str:
    # The version comes from the installed metadata, read only when asked
    # for, so that importing the package stays cheap.
    if name == "__version__":
        from importlib.metadata import version

        return version("newsclaims")
    msg = f"module 'newsclaims' has no attribute {name!r}"
    raise AttributeError(msg)
