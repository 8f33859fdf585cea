"""The HTML highlight view: one self-contained page showing what was found.

Quotes are coloured by speaker, claims underlined, figures boxed, and a
legend counts each speaker's quotes and claims.  Below the text, a table of
figures and a table of claims give in plain text what the highlights only
hint at (value, unit, qualifier, speaker, cue), each row linked to its
highlight, so that a screenshot, a printout or a phone shows everything.
Beside a pronoun or a role ("He", "the minister") stands the name it was
resolved to, and attributions of low confidence carry a mark.

The page loads nothing: its styles are inline, it uses the reader's system
fonts, and a Content-Security-Policy forbids scripts and requests, so an
article holding ``<script>`` shows it as text and can do nothing else.
:func:`notebook_html` gives the same view as a fragment for Jupyter
(``Article._repr_html_``), its styles scoped to it.

Every highlight is a slice of ``article.text`` by the item's offsets, and
every character of the text appears exactly once, in order; items that
overlap without nesting are split where they cross, so the markup stays
well formed whatever the offsets.  What the view adds beside the text (a
resolved name, a low-confidence mark) is drawn by CSS, so the text of the
page stays the article's own, and copying it copies the article.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import math
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex as re

from newsclaims._types import Article, Claim, Figure, Quote, Speaker

__all__ = ["LOW_CONFIDENCE", "notebook_html", "render_html"]

#: Attributions below this confidence are marked as weak.  On the dev
#: corpora the quotes below it are right about four times in five, those
#: above nearly always (see docs/attribution.md, "Confidence").
LOW_CONFIDENCE: Final = 0.65

# (background of a quote, accent for underlines and swatch borders); light
# backgrounds keep black text readable, accents are dark enough for a 2px
# underline to show on white.  Past twelve speakers, hues are generated.
_PALETTE: Final = (
    ("#fde68a", "#b45309"),
    ("#bae6fd", "#0369a1"),
    ("#fbcfe8", "#be185d"),
    ("#bbf7d0", "#15803d"),
    ("#ddd6fe", "#6d28d9"),
    ("#fed7aa", "#c2410c"),
    ("#99f6e4", "#0f766e"),
    ("#d9f99d", "#4d7c0f"),
    ("#c7d2fe", "#4338ca"),
    ("#fecaca", "#b91c1c"),
    ("#a5f3fc", "#0e7490"),
    ("#f5d0fe", "#a21caf"),
)
_UNATTRIBUTED: Final = ("#e5e7eb", "#4b5563")

# Characters a page cannot carry as they are: lone surrogates cannot be
# encoded, and C0/C1 controls other than tab and newlines are HTML parse
# errors.  They are shown as U+FFFD; the text around them is untouched.
_UNSHOWABLE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

# Nesting order of the layers when two items start and end together, outer
# first; otherwise an item that starts earlier (or, from the same place,
# ends later) encloses the other.
_LAYERS: Final = (
    "headline",
    "byline",
    "dateline",
    "agency",
    "claim",
    "quote",
    "speaker",
    "cue",
    "figure",
    "unpaired",
)
_RANK: Final = {name: i for i, name in enumerate(_LAYERS)}

# Stands for the view's id in the markup until the markup is complete: the
# id is a digest of the markup, so two different views never share one.
# A NUL, which _show never lets through from the article.
_SCOPE: Final = "\x00"

# The styles of the page itself; a notebook keeps its own.
_PAGE_CSS: Final = """
:root { color-scheme: light; }
body { margin: 0; background: #f8fafc; color: #111827;
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; }
@media print {
  body { background: #fff; }
  .nc-page { padding: 0 !important; }
  .nc-main, .nc-legend { border: 0 !important; position: static !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

# The styles of the view, each rule scoped to the view's element by
# _scoped, so that none reaches the rest of a notebook.
_VIEW_CSS: Final = """
.nc-view { color: #111827; text-align: left;
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; }
.nc-page { display: flex; flex-wrap: wrap; gap: 24px; padding: 24px; align-items: flex-start; }
.nc-main { flex: 1 1 36em; max-width: 46em; background: #fff; padding: 24px 32px;
  border: 1px solid #e5e7eb; border-radius: 8px; }
.nc-main h1 { font-size: 1.5em; line-height: 1.25; margin: 0 0 8px; }
.nc-main h2 { font-size: 1.15em; margin: 28px 0 8px; }
.nc-meta { margin: 0 0 16px; padding: 0; font-size: 0.9em; color: #374151;
  display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.nc-meta dt { font-weight: 600; }
.nc-meta dd { margin: 0; }
.nc-counts { font-size: 0.9em; color: #4b5563; margin: 0 0 16px; }
.nc-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
.nc-legend { flex: 0 1 20em; background: #fff; padding: 16px 20px; border: 1px solid #e5e7eb;
  border-radius: 8px; font-size: 0.9em; position: sticky; top: 24px; }
.nc-legend h2 { font-size: 1.1em; margin: 0 0 8px; }
.nc-legend table, .nc-table { border-collapse: collapse; width: 100%; }
.nc-legend th, .nc-legend td { text-align: left; padding: 3px 6px; vertical-align: top;
  border: 0; background: none; }
.nc-legend td.n, .nc-legend th.n { text-align: right; font-variant-numeric: tabular-nums; }
.nc-table { font-size: 0.9em; }
.nc-table th, .nc-table td { text-align: left; padding: 4px 8px; vertical-align: top;
  border: 0; border-bottom: 1px solid #e5e7eb; background: none; }
.nc-table th { font-weight: 600; border-bottom: 2px solid #d1d5db; vertical-align: bottom; }
.nc-table td.n, .nc-table th.n { text-align: right; font-variant-numeric: tabular-nums; }
.nc-table td.s { white-space: nowrap; }
.nc-table a { color: #1d4ed8; }
.nc-none { color: #9ca3af; }
.nc-swatch { display: inline-block; width: 1.1em; height: 1.1em; border-radius: 3px;
  vertical-align: -0.2em; border: 1px solid; }
.nc-title { color: #4b5563; }
.nc-key { margin: 12px 0 0; padding: 0; list-style: none; }
.nc-key li { margin: 4px 0; }
.nc-quote { border-radius: 2px; padding: 1px 0; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; }
.nc-quote.nc-unattributed { outline: 1px dashed #9ca3af; }
.nc-claim { text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: 4px; text-decoration-color: #374151; }
.nc-claim.nc-weak { text-decoration-style: dashed; }
.nc-speaker { font-weight: 600; }
.nc-resolved::after { content: "\\2009\\2192\\2009" attr(data-resolved); font-weight: 600;
  font-size: 0.8em; color: #1f2937; background: #f3f4f6; border: 1px solid #d1d5db;
  border-radius: 3px; padding: 0 3px; margin-left: 2px; white-space: nowrap; }
.nc-weak-mark::after { content: "?"; display: inline-block; font-weight: 700;
  font-size: 0.75em; line-height: 1.3; color: #fff; background: #b91c1c; border-radius: 50%;
  width: 1.3em; text-align: center; vertical-align: super; margin-left: 1px; }
.nc-cue { font-style: italic; }
.nc-figure { border: 1px solid #111827; border-radius: 3px; padding: 0 1px; cursor: help;
  font-weight: 600; }
.nc-dateline, .nc-byline { color: #1f2937; background: #f3f4f6; border-radius: 2px;
  box-shadow: 0 0 0 1px #d1d5db; }
.nc-agency { font-weight: 700; }
.nc-headline { font-weight: 700; font-size: 1.35em; line-height: 1.3; }
.nc-unpaired { text-decoration: wavy underline #dc2626; }
[id]:target { outline: 3px solid #2563eb; outline-offset: 1px; }
.nc-view.nc-compact .nc-page { padding: 0; gap: 16px; }
.nc-view.nc-compact .nc-main { padding: 16px 20px; }
.nc-view.nc-compact .nc-text { max-height: 24em; overflow-y: auto; padding-right: 8px;
  border-bottom: 1px solid #e5e7eb; }
.nc-view.nc-compact .nc-legend { position: static; }
.nc-view.nc-compact summary { cursor: pointer; font-weight: 600; margin: 16px 0 6px; }
"""

# The page may load nothing and run nothing: only its own inline styles.
_CSP: Final = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)

# A rule's selectors, up to its declarations (the view's CSS has no nesting).
_SELECTORS: Final = re.compile(r"(?m)^([.#\[][^{}\n]*?)\s*\{")


def _scoped(css: str, scope: str) -> str:
    """``css`` with every selector limited to the element whose id is ``scope``."""

    def scope_group(m: re.Match[str]) -> str:
        out = []
        for selector in m.group(1).split(","):
            sel = selector.strip()
            if sel.startswith(".nc-view"):
                out.append(f"#{scope}{sel.removeprefix('.nc-view')}")
            else:
                out.append(f"#{scope} {sel}")
        return ", ".join(out) + " {"

    return _SELECTORS.sub(scope_group, css)


def _show(text: str) -> str:
    """``text`` escaped for HTML, with unshowable characters as U+FFFD."""
    return html.escape(_UNSHOWABLE.sub("\N{REPLACEMENT CHARACTER}", text), quote=True)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _speaker_key(speaker: Speaker | None) -> str | None:
    """The legend entry of a speaker: the resolved name, else the mention."""
    if speaker is None:
        return None
    for candidate in (speaker.name, speaker.text):
        if candidate and candidate.strip():
            return _one_line(candidate)
    return None


def _resolved_name(speaker: Speaker) -> str | None:
    """The name to show beside a mention that does not say it ("He", "the minister")."""
    if not speaker.name or not speaker.name.strip():
        return None
    said = set(speaker.text.casefold().split())
    if said & set(speaker.name.casefold().split()):
        return None  # "Zelenskyy" for Volodymyr Zelenskyy: the name is there
    return _one_line(speaker.name)


def _number(x: float | None) -> str:
    if x is None:
        return "?"
    if not math.isfinite(x):
        return str(x)
    if float(x).is_integer() and abs(x) < 1e16:
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1e6 else f"{x:g}"


def _weak(confidence: float) -> bool:
    return confidence < LOW_CONFIDENCE


def _value_text(fig: Figure) -> str:
    """The value of a figure in words a reader checks: "3,000", "2 (≥ 2)", "1,000–10,000"."""
    if fig.low is not None and fig.high is not None:
        bounds = f"{_number(fig.low)}–{_number(fig.high)}"
    elif fig.low is not None:
        bounds = f"≥ {_number(fig.low)}"
    elif fig.high is not None:
        bounds = f"≤ {_number(fig.high)}"
    else:
        bounds = ""
    if fig.value is None:
        return bounds or "?"
    return f"{_number(fig.value)} ({bounds})" if bounds else _number(fig.value)


@attrs.frozen
class _Item:
    """One piece of markup to lay over ``text[start:end]``.

    ``anchor`` is the id the first element of the item gets, so that the
    tables can link to it.
    """

    start: int
    end: int
    layer: str
    order: int
    classes: str
    attributes: tuple[tuple[str, str], ...] = ()
    anchor: str | None = None

    def open_tag(self, first: bool) -> str:
        extra = "".join(f' {name}="{_show(value)}"' for name, value in self.attributes)
        if first and self.anchor is not None:
            extra = f' id="{_SCOPE}-{self.anchor}"{extra}'
        return f'<span class="{self.classes}"{extra}>'


class _Colours:
    """Speaker keys to palette slots, in order of first appearance."""

    def __init__(self) -> None:
        self.slots: dict[str, int] = {}

    def slot(self, key: str | None) -> str:
        if key is None:
            return "nc-unattributed"
        if key not in self.slots:
            self.slots[key] = len(self.slots)
        return f"nc-s{self.slots[key]}"

    def css(self) -> str:
        def rule(cls: str, bg: str, accent: str) -> str:
            return (
                f".{cls} {{ background-color: {bg}; border-color: {accent}; "
                f"text-decoration-color: {accent}; }}"
            )

        rules = [rule("nc-unattributed", *_UNATTRIBUTED)]
        for i in self.slots.values():
            if i < len(_PALETTE):
                bg, accent = _PALETTE[i]
            else:
                # Golden-angle steps keep generated hues apart from each other.
                hue = (i * 137.508) % 360
                bg, accent = f"hsl({hue:.1f} 85% 85%)", f"hsl({hue:.1f} 70% 30%)"
            rules.append(rule(f"nc-s{i}", bg, accent))
        # Claims take the underline colour of their speaker, not a background.
        rules.append(".nc-claim { background-color: transparent; }")
        return "\n".join(rules)


def _clamp(start: int, end: int, length: int) -> tuple[int, int] | None:
    """``(start, end)`` within ``[0, length]``, or None when nothing is left."""
    start, end = max(0, min(start, length)), max(0, min(end, length))
    return (start, end) if start < end else None


def _figure_tip(fig: Figure, speaker: Speaker | None) -> str:
    value = _number(fig.value)
    if fig.low is not None or fig.high is not None:
        low = _number(fig.low) if fig.low is not None else ""
        high = _number(fig.high) if fig.high is not None else ""
        value = f"{value} (range {low}–{high})"
    parts = [f"value: {value}", f"kind: {fig.kind}"]
    parts.append(f"unit: {fig.unit}" if fig.unit else "unit: none")
    if fig.qualifier:
        parts.append(f"qualifier: {fig.qualifier}")
    if fig.vague:
        parts.append("vague amount")
    parts.append(f"speaker: {_speaker_key(speaker) or 'none'}")
    return " · ".join(parts)


def _figure_owner(article: Article, fig: Figure, quote_starts: list[int]) -> tuple[str, int] | None:
    """The quote (else the claim) a figure lies in, as ``("quote", i)``, or None."""
    quotes, claims = article.quotes, article.claims
    qi = fig.quote
    if qi is None and quotes:
        # Not linked (yet): the quote whose text encloses the figure, if any.
        i = bisect_right(quote_starts, fig.start) - 1
        if i >= 0 and quotes[i].start <= fig.start and fig.end <= quotes[i].end:
            qi = i
    if qi is not None and 0 <= qi < len(quotes) and quotes[qi].speaker is not None:
        return ("quote", qi)
    ci = fig.claim
    if ci is not None and 0 <= ci < len(claims):
        return ("claim", ci)
    if qi is not None and 0 <= qi < len(quotes):
        return ("quote", qi)
    return None


def _owner_speaker(article: Article, owner: tuple[str, int] | None) -> Speaker | None:
    if owner is None:
        return None
    kind, i = owner
    return article.quotes[i].speaker if kind == "quote" else article.claims[i].speaker


class _Layout:
    """The items laid over the text, and the marks drawn beside it."""

    def __init__(self, article: Article, colours: _Colours) -> None:
        self.article = article
        self.colours = colours
        self.items: list[_Item] = []
        # Offset -> markup of an empty element whose ::after draws a mark
        # there (a resolved name, a low-confidence mark).
        self.marks: dict[int, list[str]] = {}
        self.quote_starts = [q.start for q in article.quotes]

    def add(
        self,
        where: tuple[int, int],
        layer: str,
        classes: str,
        *,
        attributes: tuple[tuple[str, str], ...] = (),
        anchor: str | None = None,
    ) -> bool:
        """Lay an item over ``text[start:end]``; False when nothing of it is in the text."""
        span = _clamp(*where, len(self.article.text))
        if span is None:
            return False
        order = len(self.items)
        self.items.append(_Item(span[0], span[1], layer, order, classes, attributes, anchor))
        return True

    def mark(self, offset: int, markup: str) -> None:
        offset = max(0, min(offset, len(self.article.text)))
        self.marks.setdefault(offset, []).append(markup)


def _weak_mark(what: str, confidence: float) -> str:
    tip = _show(f"{what}: attribution of low confidence ({confidence:.2f})")
    return f'<span class="nc-weak-mark" title="{tip}"></span>'


def _lay_out(article: Article, colours: _Colours) -> _Layout:
    lay = _Layout(article, colours)

    # Colours are handed out in reading order over quotes and claims together.
    speakers = sorted(
        [(q.start, q.speaker) for q in article.quotes]
        + [(c.start, c.speaker) for c in article.claims],
        key=lambda pair: pair[0],
    )
    for _, sp in speakers:
        colours.slot(_speaker_key(sp))

    for name, span in (("headline", article.headline), ("byline", article.byline)):
        if span is not None:
            lay.add((span.start, span.end), name, f"nc-{name}")
    if article.dateline is not None:
        lay.add((article.dateline.start, article.dateline.end), "dateline", "nc-dateline")
    agency = article.agency or (article.dateline.agency if article.dateline else None)
    if agency is not None:
        lay.add((agency.start, agency.end), "agency", "nc-agency")

    for i, claim in enumerate(article.claims):
        _lay_claim(lay, i, claim)
    for i, quote in enumerate(article.quotes):
        _lay_quote(lay, i, quote)
    _lay_speakers(lay)

    for i, fig in enumerate(article.figures):
        speaker = _owner_speaker(article, _figure_owner(article, fig, lay.quote_starts))
        attributes = (
            ("data-figure", str(i)),
            ("title", _figure_tip(fig, speaker)),
            ("tabindex", "0"),
        )
        lay.add((fig.start, fig.end), "figure", "nc-figure", attributes=attributes, anchor=f"f{i}")

    for offset in article.unpaired_marks:
        tip = (("title", "unpaired quotation mark"),)
        lay.add((offset, offset + 1), "unpaired", "nc-unpaired", attributes=tip)
    return lay


def _lay_claim(lay: _Layout, i: int, claim: Claim) -> None:
    key = _speaker_key(claim.speaker)
    classes = f"nc-claim {lay.colours.slot(key)}"
    weak = claim.speaker is not None and _weak(claim.confidence)
    if weak:
        classes += " nc-weak"
    attributes = [("data-claim", str(i)), ("data-kind", claim.kind)]
    if key is not None:
        attributes.append(("data-speaker", key))
    tip = f"claim ({claim.kind}) by {key or 'nobody named'}"
    if claim.speaker is not None:
        tip += f", confidence {claim.confidence:.2f}"
    attributes.append(("title", tip))
    where = (claim.start, claim.end)
    if lay.add(where, "claim", classes, attributes=tuple(attributes), anchor=f"c{i}") and weak:
        lay.mark(claim.end, _weak_mark(f"claim {i}", claim.confidence))


def _lay_quote(lay: _Layout, i: int, quote: Quote) -> None:
    key = _speaker_key(quote.speaker)
    classes = f"nc-quote {lay.colours.slot(key)}"
    weak = quote.speaker is not None and _weak(quote.confidence)
    if weak:
        classes += " nc-weak"
    tip = f"{quote.kind} quote: {key or 'speaker unknown'}"
    if quote.speaker is not None:
        tip += f", confidence {quote.confidence:.2f}"
    spans = quote.spans or ((quote.start, quote.end),)
    shown = False
    last_end = 0
    for part, (start, end) in enumerate(spans):
        attributes = [("data-quote", str(i)), ("data-part", str(part))]
        attributes.append(("data-kind", quote.kind))
        if key is not None:
            attributes.append(("data-speaker", key))
        attributes.append(("title", tip))
        anchor = None if shown else f"q{i}"
        if lay.add((start, end), "quote", classes, attributes=tuple(attributes), anchor=anchor):
            shown, last_end = True, end
    if shown and weak:
        lay.mark(last_end, _weak_mark(f"quote {i}", quote.confidence))
    if quote.cue is not None:
        lay.add((quote.cue.start, quote.cue.end), "cue", "nc-cue")


def _lay_speakers(lay: _Layout) -> None:
    """The speaker mentions of quotes and claims, once each, with resolved names."""
    seen: set[tuple[int, int]] = set()
    article = lay.article
    owners = [("quote", i, q.speaker) for i, q in enumerate(article.quotes)]
    owners += [("claim", i, c.speaker) for i, c in enumerate(article.claims)]
    for kind, i, sp in owners:
        if sp is None or (sp.start, sp.end) in seen:
            continue
        seen.add((sp.start, sp.end))
        name = _resolved_name(sp)
        attributes = ((f"data-speaker-of-{kind}", str(i)),)
        shown = lay.add((sp.start, sp.end), "speaker", "nc-speaker", attributes=attributes)
        if shown and name is not None:
            lay.mark(
                sp.end,
                f'<span class="nc-resolved" data-resolved="{_show(name)}" '
                f'title="{_show(_one_line(sp.text))} is {_show(name)}"></span>',
            )


def _mark_up(text: str, items: list[_Item], marks: dict[int, list[str]]) -> str:
    """``text`` with ``items`` laid over it as properly nested spans.

    ``marks`` are inserted at their offsets outside the items that end or
    begin there.
    """
    if not items and not marks:
        return _show(text)

    def nesting(item: _Item) -> tuple[int, int, int, int]:
        return (item.start, -item.end, _RANK[item.layer], item.order)

    starts: dict[int, list[_Item]] = {}
    ends: dict[int, list[_Item]] = {}
    for item in items:
        starts.setdefault(item.start, []).append(item)
        ends.setdefault(item.end, []).append(item)
    bounds = sorted({0, len(text), *starts, *ends, *marks})

    out: list[str] = []
    stack: list[_Item] = []
    active: dict[int, _Item] = {}
    opened: set[int] = set()

    def open_items(wanted: Sequence[_Item]) -> None:
        for item in wanted:
            out.append(item.open_tag(item.order not in opened))
            opened.add(item.order)
            stack.append(item)

    for a, b in itertools.pairwise([*bounds, len(text)]):
        for item in ends.get(a, ()):
            active.pop(item.order, None)
        for item in starts.get(a, ()):
            active[item.order] = item
        wanted = sorted(active.values(), key=nesting)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        # Close what no longer applies (or is now out of order), innermost
        # first, then open the rest; a crossing item is split here.
        out.extend("</span>" for _ in stack[keep:])
        del stack[keep:]
        # A mark goes after what ends here and before what begins here.
        out.extend(marks.get(a, ()))
        open_items(wanted[keep:])
        out.append(_show(text[a:b]))
    out.extend("</span>" for _ in stack)
    return "".join(out)


def _legend(article: Article, colours: _Colours, weak: int) -> str:
    quotes: dict[str | None, int] = {}
    claims: dict[str | None, int] = {}
    for q in article.quotes:
        key = _speaker_key(q.speaker)
        quotes[key] = quotes.get(key, 0) + 1
    for c in article.claims:
        key = _speaker_key(c.speaker)
        claims[key] = claims.get(key, 0) + 1
    speakers = [q.speaker for q in article.quotes] + [c.speaker for c in article.claims]
    resolved = {_speaker_key(sp) for sp in speakers if sp is not None and sp.name}
    titles: dict[str | None, str] = {}
    for sp in speakers:
        if sp is not None and sp.title and sp.title.strip():
            titles.setdefault(_speaker_key(sp), _one_line(sp.title))
    rows = []
    keys: list[str | None] = list(colours.slots)
    if None in quotes or None in claims:
        keys.append(None)
    for key in keys:
        label = _show(key) if key is not None else "<i>unattributed</i>"
        if key is not None and key not in resolved:
            label = f"“{label}” <small>(not resolved to a name)</small>"
        if key in titles:
            label = f'{label}<br><small class="nc-title">{_show(titles[key])}</small>'
        speaker_attr = "" if key is None else f' data-speaker="{_show(key)}"'
        rows.append(
            f'<tr{speaker_attr}><td><span class="nc-swatch {colours.slot(key)}"></span></td>'
            f'<td>{label}</td><td class="n">{quotes.get(key, 0)}</td>'
            f'<td class="n">{claims.get(key, 0)}</td></tr>'
        )
    body = "\n".join(rows) or '<tr><td colspan="4"><i>no quotes or claims</i></td></tr>'
    return (
        '<aside class="nc-legend" aria-label="Legend">\n<h2>Speakers</h2>\n'
        '<table>\n<thead><tr><th></th><th>speaker</th><th class="n">quotes</th>'
        f'<th class="n">claims</th></tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>\n'
        '<ul class="nc-key">\n'
        '<li><span class="nc-quote nc-unattributed">highlighted</span>: direct quote, '
        "in its speaker's colour</li>\n"
        '<li><span class="nc-claim">underlined</span>: claim, underlined in its '
        "claimant's colour</li>\n"
        '<li><span class="nc-figure">42</span>: figure; its value, unit and speaker are '
        "in the table of figures</li>\n"
        '<li><span class="nc-speaker">bold</span>: the speaker as named next to a quote '
        "or claim</li>\n"
        '<li><span class="nc-speaker">He</span><span class="nc-resolved" '
        'data-resolved="name"></span>: the name a pronoun or a role was resolved to</li>\n'
        f'<li class="nc-weak-key" data-weak="{weak}"><span class="nc-weak-mark"></span>: '
        f"attribution of low confidence (below {LOW_CONFIDENCE:.2f}); "
        f"{weak} in this article</li>\n"
        '<li><span class="nc-unpaired">"</span>: quotation mark that opens or closes '
        "nothing</li>\n</ul>\n</aside>"
    )


def _metadata(article: Article) -> str:
    rows: list[tuple[str, str]] = []
    dl = article.dateline
    if dl is not None:
        rows.append(("Dateline", _show(dl.text)))
        for name, span in (("Location", dl.location), ("Date", dl.date)):
            if span is not None:
                rows.append((name, _show(span.text)))
    agency = article.agency or (dl.agency if dl is not None else None)
    rows.append(("Agency", _show(agency.text) if agency is not None else "<i>none found</i>"))
    if article.byline is not None:
        rows.append(("Byline", _show(article.byline.text)))
    if article.credits:
        rows.append(("Credits", "; ".join(_show(c.text) for c in article.credits)))
    body = "\n".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<dl class="nc-meta">\n{body}\n</dl>'


# --- the tables ------------------------------------------------------------------

_NONE: Final = '<span class="nc-none">–</span>'


def _link(anchor: str, label: str) -> str:
    return f'<a href="#{_SCOPE}-{anchor}">{label}</a>'


def _cell_text(value: str | None) -> str:
    return _NONE if value is None or not value.strip() else _show(_one_line(value))


def _who(speaker: Speaker | None) -> str:
    """A speaker in a table: the name, and the mention when it says something else."""
    if speaker is None:
        return _NONE
    key = _speaker_key(speaker)
    if key is None:
        return _NONE
    name = _resolved_name(speaker)
    if name is not None:
        return f"{_show(name)} <small>(“{_show(_one_line(speaker.text))}”)</small>"
    return _show(key)


def _confidence_cell(speaker: Speaker | None, confidence: float) -> str:
    if speaker is None:
        return _NONE
    if _weak(confidence):
        return f'{confidence:.2f}<span class="nc-weak-mark"></span>'
    return f"{confidence:.2f}"


@attrs.frozen
class _Column:
    """One column of a table: its heading, its cell, and how the cell is set.

    ``numeric`` cells are set right, ``short`` ones on one line.
    """

    heading: str
    cell: Callable[[_Context, int], str]
    numeric: bool = False
    short: bool = False


class _Context:
    """What the cells of the tables read: the article, and who states each figure.

    Built once per view, so that a table costs time in proportion to its rows.
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        starts = [q.start for q in article.quotes]
        self.owners = [_figure_owner(article, f, starts) for f in article.figures]

    def figure(self, i: int) -> Figure:
        return self.article.figures[i]

    def claim(self, i: int) -> Claim:
        return self.article.claims[i]

    def figure_in(self, i: int) -> str:
        owner = self.owners[i]
        if owner is None:
            return _NONE
        kind, j = owner
        return _link(f"{kind[0]}{j}", f"{kind} {j}")

    def figure_speaker(self, i: int) -> str:
        return _who(_owner_speaker(self.article, self.owners[i]))


_FIGURE_COLUMNS: Final = (
    _Column("#", lambda _, i: _link(f"f{i}", str(i)), numeric=True, short=True),
    _Column("figure", lambda x, i: _show(_one_line(x.figure(i).text)), short=True),
    _Column("value", lambda x, i: _show(_value_text(x.figure(i))), numeric=True),
    _Column("kind", lambda x, i: _show(x.figure(i).kind) + (", vague" * x.figure(i).vague)),
    _Column("unit or counted noun", lambda x, i: _cell_text(x.figure(i).unit)),
    _Column("qualifier", lambda x, i: _cell_text(x.figure(i).qualifier)),
    _Column("in", lambda x, i: x.figure_in(i), short=True),
    _Column("speaker", lambda x, i: x.figure_speaker(i)),
)

# The claims table: a field added to Claim is one line here.
_CLAIM_COLUMNS: Final = (
    _Column("#", lambda _, i: _link(f"c{i}", str(i)), numeric=True, short=True),
    _Column("claimant", lambda x, i: _who(x.claim(i).speaker)),
    _Column("cue", lambda x, i: _cell_text(c.text if (c := x.claim(i).cue) else None)),
    _Column("force", lambda x, i: _cell_text(x.claim(i).force)),
    _Column("claim", lambda x, i: _show(_one_line(x.claim(i).text))),
    _Column("kind", lambda x, i: _show(x.claim(i).kind)),
    _Column(
        "confidence",
        lambda x, i: _confidence_cell(x.claim(i).speaker, x.claim(i).confidence),
        numeric=True,
    ),
)


@attrs.frozen
class _Table:
    """A table of the view: one row per item of ``items``, one cell per column."""

    name: str
    title: str
    columns: tuple[_Column, ...]
    items: Callable[[Article], Sequence[object]]

    def render(self, context: _Context, compact: bool) -> str:
        """The table; in a notebook, folded when long."""
        n = len(self.items(context.article))
        if n == 0:
            return f'<h2>{self.title}</h2>\n<p class="nc-none">none found</p>'
        head = "".join(self._cell("th", c, c.heading) for c in self.columns)
        rows = [
            f'<tr data-{self.name}="{i}">'
            + "".join(self._cell("td", c, c.cell(context, i)) for c in self.columns)
            + "</tr>"
            for i in range(n)
        ]
        table = (
            f'<table class="nc-table nc-{self.name}s">\n<thead><tr>{head}</tr></thead>\n'
            "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
        )
        if compact:
            opened = " open" if n <= _OPEN_ROWS else ""
            return f"<details{opened}><summary>{self.title} ({n})</summary>\n{table}\n</details>"
        return f"<h2>{self.title}</h2>\n{table}"

    @staticmethod
    def _cell(tag: str, column: _Column, content: str) -> str:
        classes = " ".join(c for c, on in (("n", column.numeric), ("s", column.short)) if on)
        attribute = f' class="{classes}"' if classes else ""
        return f"<{tag}{attribute}>{content}</{tag}>"


_TABLES: Final = (
    _Table("figure", "Figures", _FIGURE_COLUMNS, lambda a: a.figures),
    _Table("claim", "Claims", _CLAIM_COLUMNS, lambda a: a.claims),
)


# In a notebook, tables of more rows than this start folded.
_OPEN_ROWS: Final = 12


# --- the view --------------------------------------------------------------------


def _heading(article: Article, title: str | None, default: str | None) -> str | None:
    """The heading above the text, or None when the text starts with the headline."""
    in_text = article.headline.text if article.headline is not None else None
    wanted = title if title is not None else (article.headline_text or None)
    if wanted is None:
        return None if in_text is not None else default
    if in_text is not None and _one_line(wanted) == _one_line(in_text):
        return None  # the headline is the text's first line: shown there, once
    return _one_line(wanted) or None


def _view(article: Article, *, title: str | None, compact: bool) -> tuple[str, str]:
    """The view's markup and its style sheet, both scoped to one id."""
    colours = _Colours()
    lay = _lay_out(article, colours)
    attributed = [(x.speaker, x.confidence) for x in article.quotes]
    attributed += [(x.speaker, x.confidence) for x in article.claims]
    weak = sum(1 for sp, confidence in attributed if sp is not None and _weak(confidence))
    text_html = _mark_up(article.text, lay.items, lay.marks)
    context = _Context(article)
    heading = _heading(article, title, None if compact else "Article")
    counts = (
        f"{len(article.quotes)} quotes · {len(article.claims)} claims · "
        f"{len(article.figures)} figures"
    )
    main_tag = "div" if compact else "main"
    parts = [
        f'<div class="nc-page">\n<{main_tag} class="nc-main">',
        f"<h1>{_show(heading)}</h1>" if heading else "",
        _metadata(article),
        f'<p class="nc-counts">{counts}</p>',
        f'<div class="nc-text">{text_html}</div>',
        *(table.render(context, compact) for table in _TABLES),
        f"</{main_tag}>",
        _legend(article, colours, weak),
        "</div>",
    ]
    inner = "\n".join(p for p in parts if p)
    css = _VIEW_CSS + colours.css()
    classes = "nc-view nc-compact" if compact else "nc-view"
    markup = f'<div class="{classes}" id="{_SCOPE}">\n{inner}\n</div>'
    # The id is a digest of what it scopes: one per distinct view.
    digest = hashlib.blake2b((markup + css).encode("utf-8"), digest_size=6).hexdigest()
    scope = f"nc-{digest}"
    return markup.replace(_SCOPE, scope), _scoped(css, scope)


def render_html(article: Article, *, title: str | None = None) -> str:
    """The article as one self-contained HTML page, with what was found highlighted.

    Quotes are coloured by speaker (keyed by the resolved name, else by the
    mention as written), claims are underlined in their claimant's colour,
    figures are boxed, and a legend counts each speaker's quotes and claims.
    Below the text, a table of figures (value or range, unit or counted
    noun, qualifier, the quote or claim it is in, speaker) and a table of
    claims (claimant, cue, text, confidence), each row linked to its
    highlight.  Beside a pronoun or a role stands the name it was resolved
    to; attributions of low confidence (below 0.65) carry
    a mark.  The dateline and agency are shown above the text.  The page
    loads nothing and runs no script; any markup in the article is shown as
    text.

    Args:
        article: a parsed article, e.g. from :func:`newsclaims.parse_article`.
        title: the page title; defaults to the headline, else "Article".

    Returns:
        A complete HTML document (UTF-8, to be written as it is).

    >>> import newsclaims
    >>> page = newsclaims.render_html(newsclaims.parse_article('“<b>Hi</b>,” Ana Ruiz said.'))
    >>> page.startswith('<!DOCTYPE html>')
    True
    >>> '&lt;b&gt;Hi&lt;/b&gt;' in page and '<b>Hi</b>' not in page
    True
    """
    markup, css = _view(article, title=title, compact=False)
    headline = article.headline_text or (
        article.headline.text if article.headline is not None else None
    )
    page_title = _one_line(title if title is not None else (headline or "")) or "Article"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="newsclaims">\n'
        f"<title>{_show(page_title)}</title>\n"
        f"<style>{_PAGE_CSS}\n{css}\n</style>\n</head>\n<body>\n"
        f"{markup}\n</body>\n</html>\n"
    )


def notebook_html(article: Article) -> str:
    """The view of ``article`` as an HTML fragment for a notebook.

    The same view as :func:`render_html`, in a compact form: the text scrolls
    in a box of fixed height, and tables of more than a dozen rows are
    folded.  Every style rule is scoped to the fragment's own id, so that
    nothing leaks into the rest of the notebook, and two articles shown side
    by side keep their own colours.  ``Article._repr_html_`` returns it.
    """
    markup, css = _view(article, title=None, compact=True)
    return f"<style>{css}\n</style>\n{markup}\n"
