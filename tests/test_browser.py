"""The HTML view in a real browser: headless Chromium renders the seed article.

The page itself runs no script (its Content-Security-Policy forbids it), so
the DOM is read from a harness page that loads it in an iframe and writes
what it finds, computed styles included, into its own DOM, which Chromium's
``--dump-dom`` prints.  A screenshot is taken as well and its pixels read.

Skipped where Chromium is not installed (``apt-get install chromium``);
``.ci/run`` installs it and sets ``NEWSCLAIMS_REQUIRE_BROWSER=1``, which turns
the skip into a failure there.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import attrs
import pytest

import newsclaims

SEED = Path(__file__).parent.parent / "seeds" / "000_0e4e2480f77082a7.txt"

# Flags for a closed network and a root user: no sandbox (root), and no
# background requests, which would be refused here and slow every start.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

HARNESS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body>
<iframe id="page" src="page.html" width="1280" height="1400"></iframe>
<pre id="out"></pre>
<script>
window.addEventListener("load", function () {
  var doc = document.getElementById("page").contentDocument;
  var quotes = [], legend = [], scripts = doc.querySelectorAll("script").length;
  doc.querySelectorAll("[data-quote]").forEach(function (el) {
    quotes.push({quote: +el.dataset.quote, part: +el.dataset.part,
                 speaker: el.dataset.speaker === undefined ? null : el.dataset.speaker,
                 text: el.textContent, bg: getComputedStyle(el).backgroundColor});
  });
  doc.querySelectorAll(".nc-legend tr").forEach(function (tr) {
    var swatch = tr.querySelector(".nc-swatch");
    if (swatch) legend.push({speaker: tr.dataset.speaker === undefined ? null : tr.dataset.speaker,
                             bg: getComputedStyle(swatch).backgroundColor,
                             accent: getComputedStyle(swatch).borderTopColor});
  });
  var block = doc.querySelector(".nc-text");
  var win = document.getElementById("page").contentWindow;
  function box(el) {
    var r = el.getBoundingClientRect(), st = win.getComputedStyle(el);
    return {width: r.width, height: r.height, left: r.left, right: r.right,
            display: st.display, visibility: st.visibility, opacity: st.opacity,
            shown: el.offsetParent !== null};
  }
  function after(el) { return win.getComputedStyle(el, "::after"); }
  var tables = [];
  doc.querySelectorAll("table.nc-table").forEach(function (t) {
    var rows = [];
    t.querySelectorAll("tbody tr").forEach(function (tr) {
      var a = tr.querySelector("a[href]"), target = null;
      if (a) {
        var el = doc.getElementById(a.getAttribute("href").slice(1));
        if (el) target = {classes: el.className, text: el.textContent,
                          figure: el.dataset.figure === undefined ? null : el.dataset.figure,
                          claim: el.dataset.claim === undefined ? null : el.dataset.claim};
      }
      rows.push({cells: Array.prototype.map.call(tr.cells, function (c) { return c.textContent; }),
                 box: box(tr), target: target});
    });
    tables.push({classes: t.className, box: box(t), rows: rows,
                 container: box(t.closest(".nc-main"))});
  });
  var claims = [];
  doc.querySelectorAll("[data-claim]").forEach(function (el) {
    if (el.tagName !== "SPAN") return;
    claims.push({claim: +el.dataset.claim,
                 speaker: el.dataset.speaker === undefined ? null : el.dataset.speaker,
                 line: win.getComputedStyle(el).textDecorationLine,
                 colour: win.getComputedStyle(el).textDecorationColor});
  });
  var resolved = [];
  block.querySelectorAll(".nc-resolved").forEach(function (el) {
    var prev = el.previousElementSibling;
    resolved.push({name: el.dataset.resolved, content: after(el).content, box: box(el),
                   before: prev ? prev.textContent : null});
  });
  function mark(el) { var a = after(el);
    return {content: a.content, bg: a.backgroundColor, colour: a.color, width: box(el).width}; }
  var weak = Array.prototype.map.call(block.querySelectorAll(".nc-weak-mark"), mark);
  var key = doc.querySelector(".nc-weak-key");
  document.getElementById("out").textContent = JSON.stringify({
    title: doc.title, scripts: scripts, quotes: quotes, legend: legend,
    text: block ? block.textContent : null, tables: tables, claims: claims,
    resolved: resolved, weak: weak,
    weak_key: key ? {count: +key.dataset.weak, mark: mark(key.querySelector(".nc-weak-mark"))}
                  : null,
    viewport: win.innerWidth});
});
</script></body></html>
"""


def _chromium() -> str:
    for name in (os.environ.get("NEWSCLAIMS_CHROMIUM"), "chromium", "chromium-browser"):
        if name and (path := shutil.which(name)):
            return path
    reason = "Chromium is not installed (apt-get install chromium); .ci/run installs it"
    if os.environ.get("NEWSCLAIMS_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def chromium() -> str:
    return _chromium()


def run_chromium(chromium: str, tmp: Path, *args: str) -> str:
    # The timeout only guards against a hung browser; nothing here is timed.
    proc = subprocess.run(  # noqa: S603 -- the browser found on PATH, fixed arguments
        [chromium, *FLAGS, f"--user-data-dir={tmp / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def read_dom(chromium: str, tmp: Path, page: str) -> dict:
    (tmp / "page.html").write_text(page, encoding="utf-8")
    (tmp / "harness.html").write_text(HARNESS, encoding="utf-8")
    dom = run_chromium(
        chromium,
        tmp,
        # Lets the harness read its file:// iframe, which is otherwise a
        # different origin.
        "--allow-file-access-from-files",
        "--dump-dom",
        (tmp / "harness.html").as_uri(),
    )
    found = re.search(r'<pre id="out">(.*?)</pre>', dom, re.DOTALL)
    assert found, dom[-2000:]
    return json.loads(html.unescape(found.group(1)))


def png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and RGB pixels of an 8-bit, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos : pos + 4]), data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8
    assert colour in (2, 6)
    assert interlace == 0
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows: list[bytearray] = []
    prev = bytearray(stride)
    for y in range(height):
        row = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        kind, line = row[0], bytearray(row[1:])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 0xFF
        rows.append(line)
        prev = line
    pixels = [tuple(r[i : i + 3]) for r in rows for i in range(0, stride, bpp)]
    return width, height, pixels


def rgb(css: str) -> tuple[int, int, int]:
    m = re.fullmatch(r"rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)", css)
    assert m, css
    assert m.group(4) in (None, "1"), f"{css} is not opaque"
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def speaker_key(quote: newsclaims.Quote) -> str | None:
    if quote.speaker is None:
        return None
    return quote.speaker.name or quote.speaker.text


@pytest.fixture(scope="module")
def seed() -> newsclaims.Article:
    return newsclaims.parse_article(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_dom(chromium, seed, tmp_path_factory) -> dict:
    return read_dom(chromium, tmp_path_factory.mktemp("dom"), newsclaims.render_html(seed))


def test_seed_text_is_rendered_whole(seed, seed_dom):
    assert seed_dom["text"] == seed.text
    assert seed_dom["scripts"] == 0


def check_quote_colours(article: newsclaims.Article, dom: dict) -> list[str]:
    """Each quote on the page in its speaker's computed colour; a report line each."""
    legend = {row["speaker"]: rgb(row["bg"]) for row in dom["legend"]}
    by_quote: dict[int, list[dict]] = {}
    for el in dom["quotes"]:
        by_quote.setdefault(el["quote"], []).append(el)
    assert sorted(by_quote) == list(range(len(article.quotes))), "a quote is not on the page"
    report = []
    for i, quote in enumerate(article.quotes):
        key = speaker_key(quote)
        parts = by_quote[i]
        expected = "".join(article.text[s:e] for s, e in quote.spans)
        assert "".join(p["text"] for p in parts) == expected
        for el in parts:
            assert el["speaker"] == key
            # The computed colour, not the class name: what the reader sees.
            assert rgb(el["bg"]) == legend[key], (i, key, el["bg"], legend[key])
            assert rgb(el["bg"]) != (255, 255, 255)
        report.append(f"quote {i} ({key}): {parts[0]['bg']} in {len(parts)} element(s)")
    # Distinct speakers have distinct colours.
    assert len(set(legend.values())) == len(legend)
    return report


def test_each_seed_quote_is_highlighted_in_its_speakers_colour(seed, seed_dom):
    assert len(seed.quotes) >= 8
    print("\n".join(check_quote_colours(seed, seed_dom)))


def test_different_speakers_get_different_computed_colours(chromium, tmp_path):
    text = (
        "“The bridge will reopen in May,” said Mayor Ana Ruiz. "
        "“That date is not realistic,” said Bo Li, an engineer.\n\n"
        "“We will see,” Ruiz said."
    )
    art = newsclaims.parse_article(text)
    keys = {speaker_key(q) for q in art.quotes}
    assert len(keys) >= 2, keys
    dom = read_dom(chromium, tmp_path, newsclaims.render_html(art))
    check_quote_colours(art, dom)
    colours = {el["speaker"]: el["bg"] for el in dom["quotes"]}
    assert len(set(colours.values())) == len(keys)


def test_screenshot_shows_each_speakers_colour(chromium, seed, seed_dom, tmp_path):
    page = tmp_path / "seed.html"
    page.write_text(newsclaims.render_html(seed), encoding="utf-8")
    shot = tmp_path / "seed.png"
    run_chromium(
        chromium, tmp_path, "--window-size=1280,1400", f"--screenshot={shot}", page.as_uri()
    )
    print(f"screenshot: {shot}")
    width, height, pixels = png_pixels(shot.read_bytes())
    assert (width, height) == (1280, 1400)
    counts = Counter(pixels)
    for row in seed_dom["legend"]:
        colour = rgb(row["bg"])
        # A highlighted quote paints thousands of pixels; the swatch alone
        # paints a few hundred.
        assert counts[colour] > 2000, (row["speaker"], colour, counts[colour])


def test_script_in_an_article_shows_as_text_in_the_browser(chromium, tmp_path):
    text = (
        "<script>document.title = 'pwned'</script> "
        "“<img src=x onerror=\"document.title='pwned'\">,” Ana Ruiz said."
    )
    dom = read_dom(chromium, tmp_path, newsclaims.render_html(newsclaims.parse_article(text)))
    assert dom["scripts"] == 0
    assert dom["title"] == "Article"
    assert dom["text"] == text


# ------------------------------------------------------- tables, names, marks


def test_seed_tables_are_visible_and_link_to_their_highlights(seed, seed_dom):
    tables = {t["classes"].split()[-1]: t for t in seed_dom["tables"]}
    assert sorted(tables) == ["nc-claims", "nc-figures"]
    for name, items, key in (("nc-figures", seed.figures, "figure"),
                             ("nc-claims", seed.claims, "claim")):  # fmt: skip
        table = tables[name]
        b = table["box"]
        assert b["display"] == "table", b
        assert b["visibility"] == "visible"
        assert b["opacity"] == "1"
        assert b["shown"]
        assert b["height"] > 20 * len(items), b
        assert 0 <= b["left"] < b["right"] <= seed_dom["viewport"], b  # no sideways scroll
        assert b["right"] <= table["container"]["right"], (b, table["container"])
        assert len(table["rows"]) == len(items) > 0
        for i, row in enumerate(table["rows"]):
            assert row["box"]["height"] > 0
            assert row["target"] is not None, (name, i)
            assert row["target"][key] == str(i)
            item = items[i]
            assert seed.text[item.start : item.end].startswith(row["target"]["text"])
    figure_rows = tables["nc-figures"]["rows"]
    for fig, row in zip(seed.figures, figure_rows, strict=True):
        assert row["cells"][1] == " ".join(fig.text.split())
        if fig.unit:
            assert row["cells"][4] == " ".join(fig.unit.split())


def test_seed_pronouns_show_their_resolved_name(seed, seed_dom):
    pronouns = {
        (q.speaker.start, q.speaker.end)
        for q in seed.quotes
        if q.speaker is not None and q.speaker.text in ("He", "he") and q.speaker.name
    }
    assert pronouns, "the seed quotes its speaker as 'He'"
    assert len(seed_dom["resolved"]) >= len(pronouns)
    for label in seed_dom["resolved"]:
        assert label["before"] in ("He", "he") or label["before"]
        assert label["name"] in label["content"], label
        assert label["box"]["width"] > 20, label  # drawn, not empty
    assert {label["name"] for label in seed_dom["resolved"]} == {"Volodymyr Zelenskyy"}


def test_seed_claims_are_underlined_in_their_claimants_legend_colour(seed_dom):
    accents = {row["speaker"]: rgb(row["accent"]) for row in seed_dom["legend"]}
    assert seed_dom["claims"]
    for claim in seed_dom["claims"]:
        assert "underline" in claim["line"]
        assert rgb(claim["colour"]) == accents[claim["speaker"]], claim


def test_low_confidence_marks_agree_with_the_legend(chromium, tmp_path):
    text = (
        "“The dam will hold,” said Governor Amina Bello.\n\n"
        "“It will not,” an engineer in Kano said.\n\n"
        "Bello said that repairs would cost 4 billion naira."
    )
    art = newsclaims.parse_article(text)
    pairs = zip(art.quotes, (0.9, 0.2), strict=True)
    quotes = tuple(attrs.evolve(q, confidence=c) for q, c in pairs)
    claims = tuple(attrs.evolve(c, confidence=0.3) for c in art.claims)
    art = attrs.evolve(art, quotes=quotes, claims=claims)
    attributed = [x for x in (*art.quotes, *art.claims) if x.speaker is not None]
    weak = sum(1 for x in attributed if x.confidence < 0.65)
    assert weak >= 2
    dom = read_dom(chromium, tmp_path, newsclaims.render_html(art))
    assert dom["weak_key"]["count"] == weak == len(dom["weak"])
    sample = dom["weak_key"]["mark"]
    assert sample["content"] == '"?"'
    for mark in dom["weak"]:
        # The same mark as in the legend: the same sign in the same colours.
        assert {k: mark[k] for k in ("content", "bg", "colour")} == {
            k: sample[k] for k in ("content", "bg", "colour")
        }
        assert mark["width"] > 5
