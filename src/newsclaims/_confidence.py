"""Confidence: how often an attribution is right, by the evidence it rests on.

``Quote.confidence`` is the product of two shares read from
``data/confidence.txt``: how often the layout that found the speaker is right
(a cue right after the quotation, a colon, a continuation paragraph, …) and
how often the way its mention was resolved is right (a full name as written,
a surname linked to a full name, a pronoun with one clear antecedent, a role
matched to its holder, …).  ``benchmarks/calibrate.py`` measures both on
annotated news and writes the file; docs/attribution.md gives the resulting
reliability table.
"""

from __future__ import annotations

from typing import Final

from newsclaims._lexicon import read_lines

__all__ = ["LAYOUT_CONFIDENCE", "RESOLUTION_CONFIDENCE", "Trace"]


def _tables() -> tuple[dict[str, float], dict[str, float]]:
    layout: dict[str, float] = {}
    resolution: dict[str, float] = {}
    for line in read_lines("confidence.txt"):
        table, name, share = line.split()
        (layout if table == "layout" else resolution)[name] = float(share)
    return layout, resolution


_TABLES: Final = _tables()
#: The share right of each layout that finds a speaker.
LAYOUT_CONFIDENCE: Final = _TABLES[0]
#: The share right of each way a mention is resolved.
RESOLUTION_CONFIDENCE: Final = _TABLES[1]


class Trace:
    """The evidence behind each attribution of one parse, for calibration.

    Attributes:
        layouts: the layout that found each quote's speaker, by the quote's
            start offset.
        resolutions: how each speaker mention was resolved, by its offsets.
    """

    __slots__ = ("layouts", "resolutions")

    def __init__(self) -> None:
        self.layouts: dict[int, str] = {}
        self.resolutions: dict[tuple[int, int], str] = {}
