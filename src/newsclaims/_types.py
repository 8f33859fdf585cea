"""Result types: frozen, slotted, keyword-only attrs classes.

Every item that stands for a piece of the article carries ``start``/``end``
offsets into the caller's original string and the ``text`` found there, so
``article.text[item.start:item.end] == item.text`` always holds.
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = [
    "Article",
    "Claim",
    "ClaimForce",
    "ClaimKind",
    "Cue",
    "DateMention",
    "Dateline",
    "Figure",
    "FigureKind",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "SpeakerProfile",
]

QuoteKind = Literal["full", "partial", "scare", "title"]
ClaimKind = Literal["reported", "statement"]
ClaimForce = Literal["assertion", "question", "commitment", "belief", "negated"]
"""What a claim's cue reports (``Claim.force``): only an assertion is held true.

"assertion" (``X said that …``, ``X denied …``, every statement),
"question" (``X asked whether …``), "commitment" (``X pledged to …``),
"belief" (a belief or prediction: ``X thinks/hopes/expects …``) or
"negated" (``X would not say whether …``).
"""
FigureKind = Literal[
    "count", "money", "percent", "measure", "temperature", "duration", "age", "ordinal"
]


@attrs.frozen(kw_only=True)
class Span:
    """A piece of the article: ``text == article.text[start:end]``.

    Attributes:
        start: offset of the first character.
        end: offset after the last character.
        text: the characters between them, exactly as in the input.
    """

    start: int
    end: int
    text: str


@attrs.frozen(kw_only=True)
class Speaker:
    """Who is quoted or who claims something.

    Attributes:
        name: the resolved name ("Volodymyr Zelenskyy"), or None when the
            mention could not be resolved to a name.
        title: the person's title or role where the article gives one
            ("Ukrainian President"), else None.
        text: the mention next to the cue, as written ("He").
        start: offset of the mention.
        end: offset after the mention.
        kind: "person", "organization", "group" or "unknown".
    """

    name: str | None
    title: str | None = None
    text: str
    start: int
    end: int
    kind: str = "unknown"


@attrs.frozen(kw_only=True)
class Cue:
    """The words that introduce speech ("said", "according to").

    Attributes:
        text: the cue as written.
        start: offset of the cue.
        end: offset after the cue.
        lemma: the base form from the lexicon ("say" for "said").
    """

    text: str
    start: int
    end: int
    lemma: str


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation.

    Attributes:
        text: ``article.text[start:end]``: from the first to the last quoted
            character, without the outer quotation marks. For a quote in
            several parts this includes whatever stands between the parts.
        start: offset of the first quoted character.
        end: offset after the last quoted character.
        spans: the quoted parts, each ``(start, end)`` without marks; one part
            for a plain quote, several for a quote interrupted by its
            attribution or running over paragraphs.
        marks: offsets of the quotation marks that delimit the parts; a
            mark written as two apostrophes (``''``) by its outer character.
        kind: "full" (a quoted utterance), "partial" (a fragment quoted inside
            reported speech or narrative), "scare" (a term in quotes that
            nobody is saying) or "title" (a quoted name of a work or campaign).
        speaker: who said it, or None.
        cue: the reporting words, or None.
        confidence: from 0 to 1, how sure the attribution is; ordering, not a
            calibrated probability.
    """

    text: str
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    marks: tuple[int, ...] = ()
    kind: QuoteKind = "full"
    speaker: Speaker | None = None
    cue: Cue | None = None
    confidence: float = 0.0


@attrs.frozen(kw_only=True)
class Claim:
    """An assertion: reported speech, or a checkable statement of the article.

    Attributes:
        text: the content, ``article.text[start:end]`` (without the cue and
            without a leading "that").
        start: offset of the content.
        end: offset after the content.
        kind: "reported" (someone is said to assert it) or "statement" (the
            article's own checkable numeric statement).
        force: what the cue reports: "assertion" (X said that …; every
            statement), "question" (X asked whether …), "commitment" (X
            pledged to …), "belief" (a belief or prediction: X thinks,
            hopes, expects …) or "negated" (X would not say whether …).
            Only an assertion is something the claimant is said to hold
            true; filter on it for a list of checkable claims.
        speaker: the claimant, or None (for a statement: the outlet if known).
        cue: the reporting words, or None.
        quotes: indices into ``Article.quotes`` of the quotes inside the claim.
        confidence: from 0 to 1.
    """

    text: str
    start: int
    end: int
    kind: ClaimKind = "reported"
    force: ClaimForce = "assertion"
    speaker: Speaker | None = None
    cue: Cue | None = None
    quotes: tuple[int, ...] = ()
    confidence: float = 0.0


@attrs.frozen(kw_only=True)
class SpeakerProfile:
    """One person, organisation or group who speaks in the article.

    Attributes:
        name: the resolved full name, or None for a description that names
            nobody ("police", "a senior official").
        title: the title or role given anywhere in the article ("Ukrainian
            President"), else None.
        kind: "person", "organization", "group" or "unknown".
        mentions: every mention that resolved to this speaker, as written
            ("Ukrainian President Volodymyr Zelenskyy", "He"), in text order.
        quotes: indices into ``Article.quotes`` of the speaker's quotes.
        claims: indices into ``Article.claims`` of the speaker's claims.
    """

    name: str | None
    title: str | None = None
    kind: str = "unknown"
    mentions: tuple[Span, ...] = ()
    quotes: tuple[int, ...] = ()
    claims: tuple[int, ...] = ()


@attrs.frozen(kw_only=True)
class Figure:
    """A number stated in the article, and what it counts or measures.

    Attributes:
        text: the number with its currency, multiplier and unit ("$1.13bn").
        start: offset of the figure.
        end: offset after the figure.
        value: the number as stated (for "more than 700": 700).
        low: the lower bound for ranges and "more than"-style bounds.
        high: the upper bound for ranges and "up to"-style bounds.
        kind: what sort of number it is (count, money, percent, ...).
        unit: the counted noun as written ("North Korean troops"), or the
            name of the unit or currency ("kilometre" for "km", "US dollar"
            for "US$"), so that units compare across articles.
        unit_span: ``(start, end)`` of the counted noun (or of a unit written
            as its name), or None; ``text[start:end] == unit`` always holds.
        qualifier: the qualifier as written ("approximately"), or None.
        qualifier_span: ``(start, end)`` of the qualifier, or None.
        vague: True for vague amounts ("millions of", "dozens").
        quote: index into ``Article.quotes`` of the quote it lies in, or None.
        claim: index into ``Article.claims`` of the claim it lies in, or None.
    """

    text: str
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    kind: FigureKind = "count"
    unit: str | None = None
    unit_span: tuple[int, int] | None = None
    qualifier: str | None = None
    qualifier_span: tuple[int, int] | None = None
    vague: bool = False
    quote: int | None = None
    claim: int | None = None


@attrs.frozen(kw_only=True)
class DateMention:
    """A date or time expression.

    Attributes:
        text: the expression as written.
        start: offset of the expression.
        end: offset after the expression.
        value: ISO 8601 date or datetime it resolves to, or None when it is
            relative and no base date is known.
        granularity: "year", "month", "week", "day", "weekday", "time", ...
        relative: True when the expression needs a base date ("last Tuesday").
    """

    text: str
    start: int
    end: int
    value: str | None
    granularity: str
    relative: bool = False


@attrs.frozen(kw_only=True)
class Dateline:
    """The wire dateline at the head of a story ("KYIV, Nov 5 (Reuters) -").

    Attributes:
        text: the whole dateline as written.
        start: offset of the dateline.
        end: offset after the dateline.
        location: the place, or None.
        date: the date given in the dateline, or None.
        agency: the agency named in the dateline, or None.
    """

    text: str
    start: int
    end: int
    location: Span | None = None
    date: Span | None = None
    agency: Span | None = None


@attrs.frozen(kw_only=True)
class Article:
    """Everything found in one article.

    Attributes:
        text: the caller's original string; every offset points into it.
        quotes: direct quotations, in text order.
        claims: reported claims and checkable statements, in text order.
        figures: numbers with what they count, in text order.
        dates: date and time expressions, in text order.
        unpaired_marks: offsets of quotation marks that open or close
            nothing, in text order.
        paragraphs: ``(start, end)`` of each non-empty paragraph.
        dateline: the wire dateline, or None.
        agency: the wire agency credited anywhere in the article (in the
            dateline, the byline or a credit line), or None.
        headline: the headline's span in ``text``: the first line when it
            is laid out as a headline, or the caller's ``headline=`` when
            the text starts with it; else None.
        headline_text: the headline as a string, whether found in ``text``
            or passed by the caller (then it may not be part of ``text``).
        byline: the byline without its "By" ("Jane Doe, Reuters"), or None.
        credits: credit lines at the end ("Reporting by …; Editing by …",
            "(IANS)", "(With inputs from agencies)"), in text order.
        speakers: each person, organisation or group quoted or claiming
            something, with their mentions, quotes and claims (see
            :meth:`speaker`, :meth:`quotes_by`, :meth:`claims_by`).
    """

    text: str
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    unpaired_marks: tuple[int, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()
    dateline: Dateline | None = None
    agency: Span | None = None
    headline: Span | None = None
    headline_text: str | None = None
    byline: Span | None = None
    credits: tuple[Span, ...] = ()
    speakers: tuple[SpeakerProfile, ...] = ()

    def speaker(self, name: str) -> SpeakerProfile | None:
        """The speaker called ``name`` (full name, or a surname), or None.

        >>> from newsclaims import parse_article
        >>> art = parse_article("“We will rebuild,” Mayor Ana Ruiz said. “Soon,” Ruiz said.")
        >>> art.speaker("Ruiz").name
        'Ana Ruiz'
        """
        want = name.casefold().split()
        for sp in self.speakers:
            if sp.name is None:
                continue
            have = sp.name.casefold().split()
            if have == want or (len(want) == 1 and want[0] in have):
                return sp
        return None

    def quotes_by(self, name: str) -> tuple[Quote, ...]:
        """The quotes of the speaker called ``name`` (see :meth:`speaker`)."""
        sp = self.speaker(name)
        return () if sp is None else tuple(self.quotes[i] for i in sp.quotes)

    def claims_by(self, name: str) -> tuple[Claim, ...]:
        """The claims of the speaker called ``name`` (see :meth:`speaker`)."""
        sp = self.speaker(name)
        return () if sp is None else tuple(self.claims[i] for i in sp.claims)

    def _repr_html_(self) -> str:
        """The HTML view of the article, shown inline by Jupyter and IPython.

        A compact form of :func:`newsclaims.render_html`: the text scrolls in
        a box, long tables are folded, and the styles apply to this view only.
        """
        from newsclaims._html import notebook_html

        return notebook_html(self)

    def to_dict(self, *, include_text: bool = False) -> dict[str, object]:
        """The article as JSON-ready data, in the documented schema.

        Args:
            include_text: also include the article text under ``"text"``.
        """
        from newsclaims._json import article_to_dict

        return article_to_dict(self, include_text=include_text)
