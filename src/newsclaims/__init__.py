"""newsclaims: who said what, and with which numbers, in news articles.

>>> import newsclaims
>>> article = newsclaims.parse_article('“It works,” she said.')
>>> [q.text for q in article.quotes]
['It works,']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from newsclaims._api import parse_article
from newsclaims._batch import parse_articles
from newsclaims._errors import InputTooLongError
from newsclaims._types import (
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
    SpeakerProfile,
)

if TYPE_CHECKING:
    __version__: str  # read from the installed metadata by __getattr__

    from newsclaims._html import render_html
    from newsclaims._json import SCHEMA_VERSION, to_json
    from newsclaims._rows import (
        ROW_TABLES,
        ParquetWriter,
        arrow_schema,
        error_row,
        to_arrow,
        to_rows,
        write_parquet,
    )

# Names imported on first use, so that ``import newsclaims`` loads only the
# parser: JSON, rows and HTML export cost import time a parse never needs.
_LAZY = {
    "render_html": "newsclaims._html",
    "SCHEMA_VERSION": "newsclaims._json",
    "to_json": "newsclaims._json",
    "ROW_TABLES": "newsclaims._rows",
    "ParquetWriter": "newsclaims._rows",
    "arrow_schema": "newsclaims._rows",
    "error_row": "newsclaims._rows",
    "to_arrow": "newsclaims._rows",
    "to_rows": "newsclaims._rows",
    "write_parquet": "newsclaims._rows",
}

__all__ = [
    "ROW_TABLES",
    "SCHEMA_VERSION",
    "Article",
    "Claim",
    "ClaimForce",
    "Cue",
    "DateMention",
    "Dateline",
    "Figure",
    "InputTooLongError",
    "ParquetWriter",
    "Quote",
    "Span",
    "Speaker",
    "SpeakerProfile",
    "__version__",
    "arrow_schema",
    "error_row",
    "parse_article",
    "parse_articles",
    "render_html",
    "to_arrow",
    "to_json",
    "to_rows",
    "write_parquet",
]


def __getattr__(name: str) -> object:
    # The version comes from the installed metadata, read only when asked
    # for, so that importing the package stays cheap.
    if name == "__version__":
        from importlib.metadata import version

        return version("newsclaims")
    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # later lookups are plain attribute reads
        return value
    msg = f"module 'newsclaims' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
