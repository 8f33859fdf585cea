"""The HTML highlight view: one self-contained page showing what was found.

Quotes are coloured by speaker, claims underlined, figures boxed with a
tooltip, and a legend counts each speaker's quotes and claims.  The page
loads nothing: its styles are inline, it uses the reader's system fonts, and
a Content-Security-Policy forbids scripts and requests, so an article holding
``<script>`` shows it as text and can do nothing else.

Every highlight is a slice of ``article.text`` by the item's offsets, and
every character of the text appears exactly once, in order; items that
overlap without nesting are split where they cross, so the markup stays
well formed whatever the offsets.
"""

from __future__ import annotations

import html
import itertools
import math
from bisect import bisect_right
from typing import Final

import attrs
import regex as re

from newsclaims._types import Article, Figure, Speaker

__all__ = ["render_html"]

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

_CSS: Final = """
:root { color-scheme: light; }
body { margin: 0; background: #f8fafc; color: #111827;
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; }
.nc-page { display: flex; flex-wrap: wrap; gap: 24px; padding: 24px; align-items: flex-start; }
.nc-main { flex: 1 1 36em; max-width: 46em; background: #fff; padding: 24px 32px;
  border: 1px solid #e5e7eb; border-radius: 8px; }
.nc-main h1 { font-size: 1.5em; line-height: 1.25; margin: 0 0 8px; }
.nc-meta { margin: 0 0 16px; padding: 0; font-size: 0.9em; color: #374151;
  display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.nc-meta dt { font-weight: 600; }
.nc-meta dd { margin: 0; }
.nc-counts { font-size: 0.9em; color: #4b5563; margin: 0 0 16px; }
.nc-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
.nc-legend { flex: 0 1 20em; background: #fff; padding: 16px 20px; border: 1px solid #e5e7eb;
  border-radius: 8px; font-size: 0.9em; position: sticky; top: 24px; }
.nc-legend h2 { font-size: 1.1em; margin: 0 0 8px; }
.nc-legend table { border-collapse: collapse; width: 100%; }
.nc-legend th, .nc-legend td { text-align: left; padding: 3px 6px; vertical-align: top; }
.nc-legend td.n, .nc-legend th.n { text-align: right; font-variant-numeric: tabular-nums; }
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
.nc-speaker { font-weight: 600; }
.nc-cue { font-style: italic; }
.nc-figure { border: 1px solid #111827; border-radius: 3px; padding: 0 1px; cursor: help;
  font-weight: 600; }
.nc-dateline, .nc-byline { color: #1f2937; background: #f3f4f6; border-radius: 2px;
  box-shadow: 0 0 0 1px #d1d5db; }
.nc-agency { font-weight: 700; }
.nc-headline { font-weight: 700; }
.nc-unpaired { text-decoration: wavy underline #dc2626; }
@media print {
  body { background: #fff; }
  .nc-page { padding: 0; }
  .nc-main, .nc-legend { border: 0; position: static; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

# The page may load nothing and run nothing: only its own inline styles.
_CSP: Final = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)


def _show(text: str) -> str:
    """``text`` escaped for HTML, with unshowable characters as U+FFFD."""
    return html.escape(_UNSHOWABLE.sub("\N{REPLACEMENT CHARACTER}", text), quote=True)


def _speaker_key(speaker: Speaker | None) -> str | None:
    """The legend entry of a speaker: the resolved name, else the mention."""
    if speaker is None:
        return None
    for candidate in (speaker.name, speaker.text):
        if candidate and candidate.strip():
            return " ".join(candidate.split())
    return None


def _number(x: float | None) -> str:
    if x is None:
        return "?"
    if not math.isfinite(x):
        return str(x)
    if float(x).is_integer() and abs(x) < 1e16:
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1e6 else f"{x:g}"


@attrs.frozen
class _Item:
    """One piece of markup to lay over ``text[start:end]``."""

    start: int
    end: int
    layer: str
    order: int
    classes: str
    attributes: tuple[tuple[str, str], ...] = ()

    def open_tag(self) -> str:
        extra = "".join(f' {name}="{_show(value)}"' for name, value in self.attributes)
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


def _figure_speaker(article: Article, fig: Figure, quote_starts: list[int]) -> Speaker | None:
    """Who states the figure: its quote's speaker, else its claim's."""
    quotes, claims = article.quotes, article.claims
    qi = fig.quote
    if qi is None and quotes:
        # Not linked (yet): the quote whose text encloses the figure, if any.
        i = bisect_right(quote_starts, fig.start) - 1
        if i >= 0 and quotes[i].start <= fig.start and fig.end <= quotes[i].end:
            qi = i
    if qi is not None and 0 <= qi < len(quotes) and quotes[qi].speaker is not None:
        return quotes[qi].speaker
    ci = fig.claim
    if ci is not None and 0 <= ci < len(claims):
        return claims[ci].speaker
    return None


def _items(article: Article, colours: _Colours) -> list[_Item]:
    n = len(article.text)
    items: list[_Item] = []

    def add(
        start: int,
        end: int,
        layer: str,
        classes: str,
        attributes: tuple[tuple[str, str], ...] = (),
    ) -> None:
        span = _clamp(start, end, n)
        if span is not None:
            items.append(_Item(span[0], span[1], layer, len(items), classes, attributes))

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
            add(span.start, span.end, name, f"nc-{name}")
    if article.dateline is not None:
        add(article.dateline.start, article.dateline.end, "dateline", "nc-dateline")
    agency = article.agency or (article.dateline.agency if article.dateline else None)
    if agency is not None:
        add(agency.start, agency.end, "agency", "nc-agency")

    for i, claim in enumerate(article.claims):
        key = _speaker_key(claim.speaker)
        attributes = [("data-claim", str(i)), ("data-kind", claim.kind)]
        if key is not None:
            attributes.append(("data-speaker", key))
        attributes.append(("title", f"claim ({claim.kind}) by {key or 'nobody named'}"))
        add(claim.start, claim.end, "claim", f"nc-claim {colours.slot(key)}", tuple(attributes))

    for i, quote in enumerate(article.quotes):
        key = _speaker_key(quote.speaker)
        slot = colours.slot(key)
        spans = quote.spans or ((quote.start, quote.end),)
        for part, (start, end) in enumerate(spans):
            attributes = [("data-quote", str(i)), ("data-part", str(part))]
            attributes.append(("data-kind", quote.kind))
            if key is not None:
                attributes.append(("data-speaker", key))
            attributes.append(("title", f"{quote.kind} quote: {key or 'speaker unknown'}"))
            add(start, end, "quote", f"nc-quote {slot}", tuple(attributes))
        if quote.speaker is not None:
            sp = quote.speaker
            add(sp.start, sp.end, "speaker", "nc-speaker", (("data-speaker-of", str(i)),))
        if quote.cue is not None:
            add(quote.cue.start, quote.cue.end, "cue", "nc-cue")

    quote_starts = [q.start for q in article.quotes]
    for i, fig in enumerate(article.figures):
        tip = _figure_tip(fig, _figure_speaker(article, fig, quote_starts))
        add(
            fig.start,
            fig.end,
            "figure",
            "nc-figure",
            (("data-figure", str(i)), ("title", tip), ("tabindex", "0")),
        )

    for offset in article.unpaired_marks:
        add(offset, offset + 1, "unpaired", "nc-unpaired", (("title", "unpaired quotation mark"),))
    return items


def _mark_up(text: str, items: list[_Item]) -> str:
    """``text`` with ``items`` laid over it as properly nested spans."""
    if not items:
        return _show(text)

    def nesting(item: _Item) -> tuple[int, int, int, int]:
        return (item.start, -item.end, _RANK[item.layer], item.order)

    starts: dict[int, list[_Item]] = {}
    ends: dict[int, list[_Item]] = {}
    for item in items:
        starts.setdefault(item.start, []).append(item)
        ends.setdefault(item.end, []).append(item)
    bounds = sorted({0, len(text), *starts, *ends})

    out: list[str] = []
    stack: list[_Item] = []
    active: dict[int, _Item] = {}
    for a, b in itertools.pairwise(bounds):
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
        for item in wanted[keep:]:
            out.append(item.open_tag())
            stack.append(item)
        out.append(_show(text[a:b]))
    out.extend("</span>" for _ in stack)
    return "".join(out)


def _legend(article: Article, colours: _Colours) -> str:
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
            titles.setdefault(_speaker_key(sp), " ".join(sp.title.split()))
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
        '<li><span class="nc-figure">42</span>: figure; hover for value, kind, unit and '
        "speaker</li>\n"
        '<li><span class="nc-speaker">bold</span>: the speaker as named next to a quote</li>\n'
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


def render_html(article: Article, *, title: str | None = None) -> str:
    """The article as one self-contained HTML page, with what was found highlighted.

    Quotes are coloured by speaker (keyed by the resolved name, else by the
    mention as written), claims are underlined in their claimant's colour,
    figures are boxed with a tooltip giving value, kind, unit and speaker,
    and a legend counts each speaker's quotes and claims.  The dateline and
    agency are shown above the text.  The page loads nothing and runs no
    script; any markup in the article is shown as text.

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
    colours = _Colours()
    items = _items(article, colours)
    text_html = _mark_up(article.text, items)
    legend = _legend(article, colours)
    headline = article.headline_text or (
        article.headline.text if article.headline is not None else None
    )
    page_title = title if title is not None else (headline or "Article")
    heading = _show(" ".join(page_title.split()) or "Article")
    counts = (
        f"{len(article.quotes)} quotes · {len(article.claims)} claims · "
        f"{len(article.figures)} figures"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="newsclaims">\n'
        f"<title>{heading}</title>\n"
        f"<style>{_CSS}\n{colours.css()}\n</style>\n</head>\n<body>\n"
        '<div class="nc-page">\n<main class="nc-main">\n'
        f"<h1>{heading}</h1>\n{_metadata(article)}\n"
        f'<p class="nc-counts">{counts}</p>\n'
        f'<div class="nc-text">{text_html}</div>\n</main>\n'
        f"{legend}\n</div>\n</body>\n</html>\n"
    )
