"""The HTML highlight view, read back with the standard library's HTML parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st

import newsclaims
from newsclaims import (
    Article,
    Claim,
    Cue,
    Dateline,
    Figure,
    Quote,
    Span,
    Speaker,
    parse_article,
    render_html,
)

SEED = Path(__file__).parent.parent / "seeds" / "000_0e4e2480f77082a7.txt"
VOID = {"meta", "br", "img", "input", "link", "hr", "col", "area", "base", "source", "wbr"}


@attrs.define
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = attrs.Factory(list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class TreeBuilder(HTMLParser):
    """A strict tree builder: every end tag must close the innermost element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        if self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1].tag}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.errors == []
    assert [n.tag for n in builder.stack] == ["#root"], "unclosed elements"
    return builder.root


def find(root: Node, cls: str) -> list[Node]:
    return [n for n in root.iter() if cls in n.classes()]


def text_block(root: Node) -> Node:
    (block,) = find(root, "nc-text")
    return block


def shown(text: str) -> str:
    """What the page shows for ``text``: unshowable characters as U+FFFD."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]", "\ufffd", text)


def speaker(name, text, start=0, end=0):
    return Speaker(name=name, text=text, start=start, end=end)


# ---------------------------------------------------------------- the seed


def test_seed_text_is_shown_whole_and_in_order():
    text = SEED.read_text(encoding="utf-8")
    root = parse(render_html(parse_article(text)))
    assert text_block(root).text() == text


def test_seed_quotes_are_sliced_by_their_offsets():
    text = SEED.read_text(encoding="utf-8")
    art = parse_article(text)
    root = parse(render_html(art))
    assert art.quotes
    for i, q in enumerate(art.quotes):
        for part, (s, e) in enumerate(q.spans):
            nodes = [
                n
                for n in root.iter()
                if n.attrs.get("data-quote") == str(i) and n.attrs.get("data-part") == str(part)
            ]
            assert "".join(n.text() for n in nodes) == text[s:e]


def test_seed_quotes_of_one_speaker_share_a_colour_and_others_differ():
    art = parse_article(SEED.read_text(encoding="utf-8"))
    root = parse(render_html(art))
    colour_of: dict[str, set[str]] = {}
    for n in find(root, "nc-quote"):
        if "data-quote" not in n.attrs:
            continue  # the legend's sample
        q = art.quotes[int(n.attrs["data-quote"])]
        key = (q.speaker.name or q.speaker.text) if q.speaker else "(none)"
        assert n.attrs.get("data-speaker", "(none)") == key
        slots = {c for c in n.classes() if c.startswith("nc-s") or c == "nc-unattributed"}
        colour_of.setdefault(key, set()).update(slots)
    assert all(len(s) == 1 for s in colour_of.values()), colour_of
    slots = [next(iter(s)) for s in colour_of.values()]
    assert len(set(slots)) == len(slots)


# ------------------------------------------------------ safety and escaping


def test_markup_in_the_article_is_shown_as_text():
    text = '<script>alert("x")</script> “<img src=x onerror=alert(1)>,” Ana Ruiz said. & &amp;'
    page = render_html(parse_article(text))
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    root = parse(page)
    assert text_block(root).text() == text
    assert not [n for n in root.iter() if n.tag in ("script", "img", "iframe", "object")]


def test_page_is_self_contained():
    page = render_html(parse_article(SEED.read_text(encoding="utf-8")))
    root = parse(page)
    ids = [n.attrs["id"] for n in root.iter() if "id" in n.attrs]
    assert len(ids) == len(set(ids))
    links = 0
    for node in root.iter():
        assert node.tag not in ("script", "link", "img", "iframe", "object", "embed"), node.tag
        assert not {"src", "srcset", "action"} & node.attrs.keys(), node
        if "href" in node.attrs:
            # Links within the page only: from a table row to its highlight.
            links += 1
            assert node.attrs["href"].startswith("#"), node
            assert node.attrs["href"][1:] in ids, node
    assert links > 0
    (style,) = [n for n in root.iter() if n.tag == "style"]
    css = style.text()
    assert "url(" not in css
    assert "@import" not in css
    assert "@font-face" not in css
    csp = [n for n in root.iter() if n.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert len(csp) == 1
    assert "default-src 'none'" in csp[0].attrs["content"]


def test_unshowable_characters_are_replaced_and_the_page_encodes():
    text = "“A\x00B\udcffC,” Ana said.\x0b\r\nEnd"
    page = render_html(parse_article(text))
    page.encode("utf-8")  # no lone surrogate left
    assert text_block(parse(page)).text() == shown(text)


def test_title_is_escaped_and_defaults_to_article():
    art = parse_article("Nothing here.")
    assert "<title>Article</title>" in render_html(art)
    page = render_html(art, title="<b>x</b>")
    assert "<title>&lt;b&gt;x&lt;/b&gt;</title>" in page


# ------------------------------------------------- what the view shows


def rich_article() -> Article:
    text = (
        "KYIV, Nov 5 (Reuters) - Mayor Ana Ruiz said that “we rebuilt 120 homes,” "
        "and Bo Li said the cost was $3 million. “No,” he added."
    )

    def at(s: str, nth: int = 0) -> tuple[int, int]:
        i = -1
        for _ in range(nth + 1):
            i = text.index(s, i + 1)
        return i, i + len(s)

    def span(s: str) -> Span:
        a, b = at(s)
        return Span(start=a, end=b, text=s)

    ruiz = Speaker(name="Ana Ruiz", title="Mayor", text="Mayor Ana Ruiz", start=at("Mayor")[0],
                   end=at("Mayor Ana Ruiz")[1], kind="person")  # fmt: skip
    li = Speaker(name="Bo Li", text="Bo Li", start=at("Bo Li")[0], end=at("Bo Li")[1])
    he = Speaker(name=None, text="he", start=at(" he ")[0] + 1, end=at(" he ")[0] + 3)
    q0s, q0e = at("we rebuilt 120 homes,")
    q1s, q1e = at("No,")
    quotes = (
        Quote(text=text[q0s:q0e], start=q0s, end=q0e, spans=((q0s, q0e),), speaker=ruiz,
              cue=Cue(text="said", start=at("said")[0], end=at("said")[1], lemma="say")),
        Quote(text=text[q1s:q1e], start=q1s, end=q1e, spans=((q1s, q1e),), speaker=he),
    )  # fmt: skip
    c0s, c0e = at("“we rebuilt 120 homes,”")
    c1s, c1e = at("the cost was $3 million")
    claims = (
        Claim(text=text[c0s:c0e], start=c0s, end=c0e, speaker=ruiz, quotes=(0,)),
        Claim(text=text[c1s:c1e], start=c1s, end=c1e, speaker=li),
    )
    f0s, f0e = at("120")
    f1s, f1e = at("$3 million")
    figures = (
        Figure(text="120", start=f0s, end=f0e, value=120, kind="count", unit="homes", quote=0,
               claim=0),
        Figure(text="$3 million", start=f1s, end=f1e, value=3e6, kind="money", unit="USD",
               qualifier=None, claim=1),
    )  # fmt: skip
    dateline = Dateline(
        text="KYIV, Nov 5 (Reuters) -",
        start=0,
        end=len("KYIV, Nov 5 (Reuters) -"),
        location=span("KYIV"),
        date=span("Nov 5"),
        agency=span("Reuters"),
    )
    return Article(
        text=text,
        quotes=quotes,
        claims=claims,
        figures=figures,
        dateline=dateline,
        agency=span("Reuters"),
    )


def test_rich_article_offsets_are_consistent():
    art = rich_article()
    for item in (*art.quotes, *art.claims, *art.figures, art.dateline, art.agency):
        assert art.text[item.start : item.end] == item.text


def test_claims_are_underlined_in_their_claimants_colour():
    root = parse(render_html(rich_article()))
    claims = [n for n in find(root, "nc-claim") if "data-claim" in n.attrs]
    assert {n.attrs["data-speaker"] for n in claims} == {"Ana Ruiz", "Bo Li"}
    quote0 = next(n for n in root.iter() if n.attrs.get("data-quote") == "0")
    claim0 = next(n for n in claims if n.attrs["data-claim"] == "0")
    slot = {c for c in quote0.classes() if c.startswith("nc-s")}
    assert slot
    assert slot <= claim0.classes()


def test_nested_claim_quote_figure_nest_in_that_order():
    root = parse(render_html(rich_article()))
    fig = next(n for n in root.iter() if n.attrs.get("data-figure") == "0")
    ancestors = []

    def walk(node, path):
        if node is fig:
            ancestors.extend(path)
            return
        for c in node.children:
            if isinstance(c, Node):
                walk(c, [*path, node])

    walk(root, [])
    kinds = ["claim" if "data-claim" in a.attrs else "quote" for a in ancestors
             if "data-claim" in a.attrs or "data-quote" in a.attrs]  # fmt: skip
    assert kinds == ["claim", "quote"]


def test_figure_tooltips_give_value_kind_unit_and_speaker():
    root = parse(render_html(rich_article()))
    tips = {n.attrs["data-figure"]: n.attrs["title"] for n in find(root, "nc-figure")
            if "data-figure" in n.attrs}  # fmt: skip
    assert tips["0"] == "value: 120 · kind: count · unit: homes · speaker: Ana Ruiz"
    assert tips["1"] == "value: 3,000,000 · kind: money · unit: USD · speaker: Bo Li"


def test_unlinked_figure_in_a_quote_takes_the_quote_speaker():
    art = rich_article()
    fig = attrs.evolve(art.figures[0], quote=None, claim=None)
    root = parse(render_html(attrs.evolve(art, figures=(fig,))))
    (node,) = [n for n in find(root, "nc-figure") if "data-figure" in n.attrs]
    assert node.attrs["title"].endswith("speaker: Ana Ruiz")


def test_dateline_and_agency_are_shown():
    root = parse(render_html(rich_article()))
    (meta,) = [n for n in root.iter() if n.tag == "dl"]
    pairs = dict(zip([n.text() for n in meta.iter() if n.tag == "dt"],
                     [n.text() for n in meta.iter() if n.tag == "dd"], strict=True))  # fmt: skip
    assert pairs["Dateline"] == "KYIV, Nov 5 (Reuters) -"
    assert pairs["Location"] == "KYIV"
    assert pairs["Date"] == "Nov 5"
    assert pairs["Agency"] == "Reuters"
    assert find(root, "nc-dateline")[0].text() == "KYIV, Nov 5 (Reuters) -"
    assert find(root, "nc-agency")[0].text() == "Reuters"


def test_legend_counts_quotes_and_claims_per_speaker():
    root = parse(render_html(rich_article()))
    (legend,) = find(root, "nc-legend")
    rows = {}
    for tr in (n for n in legend.iter() if n.tag == "tr" and "data-speaker" in n.attrs):
        cells = [n.text() for n in tr.children if isinstance(n, Node) and n.tag == "td"]
        rows[tr.attrs["data-speaker"]] = (int(cells[2]), int(cells[3]))
    assert rows == {"Ana Ruiz": (1, 1), "Bo Li": (0, 1), "he": (1, 0)}
    assert "not resolved" in legend.text()
    (title,) = find(legend, "nc-title")
    assert title.text() == "Mayor"


def test_colour_is_keyed_by_name_else_mention():
    text = "“A,” he said. “B,” Ana said. “C,” he said. “D,” she said."
    quotes = []
    sps = [speaker(None, "he"), speaker("Ana Ruiz", "Ana"), speaker(None, "he"),
           speaker("Ana Ruiz", "she")]  # fmt: skip
    for letter, sp in zip("ABCD", sps, strict=True):
        i = text.index(letter)
        quotes.append(Quote(text=letter, start=i, end=i + 1, spans=((i, i + 1),), speaker=sp))
    root = parse(render_html(Article(text=text, quotes=tuple(quotes))))
    slot = {}
    for n in root.iter():
        if "data-quote" in n.attrs:
            slot[n.attrs["data-quote"]] = {c for c in n.classes() if c.startswith("nc-s")}
    assert slot["0"] == slot["2"]
    assert slot["1"] == slot["3"]
    assert slot["0"] != slot["1"]


def test_many_speakers_get_distinct_colours():
    names = [f"Person {i}" for i in range(30)]
    text = " ".join(f"“q{i},” {n} said." for i, n in enumerate(names))
    quotes = []
    for i, n in enumerate(names):
        s = text.index(f"q{i},")
        quotes.append(Quote(text=f"q{i},", start=s, end=s + len(f"q{i},"),
                            spans=((s, s + len(f"q{i},")),), speaker=speaker(n, n)))  # fmt: skip
    page = render_html(Article(text=text, quotes=tuple(quotes)))
    rules = re.findall(r"\.nc-s(\d+) \{ background-color: ([^;]+);", page)
    assert len(rules) == 30
    assert len({bg for _, bg in rules}) == 30


def test_multi_part_quote_leaves_the_attribution_unhighlighted():
    text = "“We will,” she said, “rebuild.”"
    a, b = text.index("We"), text.index("rebuild.") + len("rebuild.")
    spans = ((a, text.index(",”") + 1), (text.index("rebuild."), b))
    q = Quote(text=text[a:b], start=a, end=b, spans=spans, speaker=speaker(None, "she"))
    art = Article(text=text, quotes=(q,))
    root = parse(render_html(art))
    parts = [n for n in root.iter() if n.attrs.get("data-quote") == "0"]
    assert [n.text() for n in parts] == [text[s:e] for s, e in q.spans]


# ----------------------------------------- any offsets, any text, never raise


@st.composite
def articles(draw):
    text = draw(st.text(max_size=60))
    n = len(text)
    offsets = st.integers(min_value=-3, max_value=n + 3)

    def pair():
        a, b = draw(offsets), draw(offsets)
        return a, b

    def cut(a, b):
        return text[max(a, 0) : max(b, 0)]

    sp = draw(st.one_of(st.none(), st.builds(speaker, st.one_of(st.none(), st.text(max_size=5)),
                                             st.text(max_size=5))))  # fmt: skip
    quotes, claims, figures = [], [], []
    for _ in range(draw(st.integers(0, 4))):
        a, b = pair()
        spans = tuple(pair() for _ in range(draw(st.integers(0, 2))))
        quotes.append(Quote(text=cut(a, b), start=a, end=b, spans=spans, speaker=sp))
    for _ in range(draw(st.integers(0, 3))):
        a, b = pair()
        claims.append(Claim(text=cut(a, b), start=a, end=b, speaker=sp))
    for _ in range(draw(st.integers(0, 3))):
        a, b = pair()
        idx = st.one_of(st.none(), st.integers(-2, 6))
        figures.append(Figure(text=cut(a, b), start=a, end=b,
                              value=draw(st.one_of(st.none(), st.floats())),
                              quote=draw(idx), claim=draw(idx)))  # fmt: skip
    a, b = pair()
    return Article(
        text=text,
        quotes=tuple(quotes),
        claims=tuple(claims),
        figures=tuple(figures),
        unpaired_marks=tuple(draw(st.lists(offsets, max_size=3))),
        agency=draw(st.one_of(st.none(), st.just(Span(start=a, end=b, text=cut(a, b))))),
    )


@given(articles())
def test_any_items_give_well_formed_markup_over_the_whole_text(art):
    for page in (render_html(art), art._repr_html_()):
        page.encode("utf-8")
        root = parse(page)
        assert text_block(root).text() == shown(art.text)
        ids = [n.attrs["id"] for n in root.iter() if "id" in n.attrs]
        assert len(ids) == len(set(ids))


@given(st.text(max_size=200))
def test_any_parsed_text_renders(text):
    page = render_html(parse_article(text))
    assert text_block(parse(page)).text() == shown(text)


def test_render_html_is_public():
    assert newsclaims.render_html is render_html
    assert "render_html" in newsclaims.__all__


# ---------------------------------------------------------- the command


def test_cli_html_writes_the_view_of_one_file(tmp_path, capsys):
    from newsclaims._cli import main

    out = tmp_path / "seed.html"
    assert main(["--html", str(SEED), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page == render_html(parse_article(SEED.read_text(encoding="utf-8")), title=SEED.name)
    assert capsys.readouterr().out == ""


def test_cli_html_refuses_several_articles(capsys):
    from newsclaims._cli import main

    assert main(["--html", str(SEED), str(SEED)]) == 2
    assert "--html shows one article" in capsys.readouterr().err
    assert main(["--html", "--jsonl", str(SEED)]) == 2


# ------------------------------------------- tables, names, confidence, headline


def table_rows(root: Node, cls: str) -> list[list[Node]]:
    (table,) = find(root, cls)
    body = next(n for n in table.iter() if n.tag == "tbody")
    return [[c for c in tr.children if isinstance(c, Node) and c.tag == "td"]
            for tr in body.children if isinstance(tr, Node)]  # fmt: skip


def headings(root: Node, cls: str) -> list[str]:
    (table,) = find(root, cls)
    return [n.text() for n in table.iter() if n.tag == "th"]


def by_id(root: Node) -> dict[str, Node]:
    return {n.attrs["id"]: n for n in root.iter() if "id" in n.attrs}


def test_figures_table_shows_what_the_tooltips_hid():
    art = rich_article()
    root = parse(render_html(art))
    assert headings(root, "nc-figures") == [
        "#", "figure", "value", "kind", "unit or counted noun", "qualifier", "in", "speaker"
    ]  # fmt: skip
    rows = [[c.text() for c in row] for row in table_rows(root, "nc-figures")]
    assert rows == [
        ["0", "120", "120", "count", "homes", "–", "quote 0", "Ana Ruiz"],
        ["1", "$3 million", "3,000,000", "money", "USD", "–", "claim 1", "Bo Li"],
    ]


def test_figure_values_show_ranges_and_bounds():
    text = "More than 700 people, between 10 and 20 boats and dozens of cars."
    figures = (
        Figure(text="More than 700", start=0, end=13, value=700, low=700, qualifier="More than"),
        Figure(text="between 10 and 20", start=22, end=39, value=None, low=10, high=20),
        Figure(text="dozens", start=50, end=56, value=None, low=24, vague=True),
    )
    for f in figures:
        assert text[f.start : f.end] == f.text
    root = parse(render_html(Article(text=text, figures=figures)))
    rows = [[c.text() for c in row] for row in table_rows(root, "nc-figures")]
    assert [(r[2], r[3], r[5]) for r in rows] == [
        ("700 (≥ 700)", "count", "More than"),
        ("10–20", "count", "–"),
        ("≥ 24", "count, vague", "–"),
    ]


def test_claims_table_gives_claimant_cue_force_text_and_confidence():
    art = rich_article()
    claims = (
        attrs.evolve(art.claims[0], cue=art.quotes[0].cue, confidence=0.8),
        attrs.evolve(art.claims[1], confidence=0.4),
    )
    root = parse(render_html(attrs.evolve(art, claims=claims)))
    assert headings(root, "nc-claims") == [
        "#", "claimant", "cue", "force", "claim", "kind", "confidence",
    ]
    rows = [[c.text() for c in row] for row in table_rows(root, "nc-claims")]
    assert rows == [
        ["0", "Ana Ruiz", "said", "assertion", "“we rebuilt 120 homes,”", "reported", "0.80"],
        ["1", "Bo Li", "–", "assertion", "the cost was $3 million", "reported", "0.40"],
    ]
    weak_cells = [row[6] for row in table_rows(root, "nc-claims") if find(row[6], "nc-weak-mark")]
    assert [c.text() for c in weak_cells] == ["0.40"]


def test_every_table_row_links_to_its_highlight():
    art = parse_article(SEED.read_text(encoding="utf-8"))
    root = parse(render_html(art))
    ids = by_id(root)
    for cls, attr, items in (("nc-figures", "data-figure", art.figures),
                             ("nc-claims", "data-claim", art.claims)):  # fmt: skip
        rows = table_rows(root, cls)
        assert len(rows) == len(items) > 0
        for i, row in enumerate(rows):
            (link,) = [n for n in row[0].iter() if n.tag == "a"]
            target = ids[link.attrs["href"][1:]]
            assert target.attrs[attr] == str(i)
            assert target.text() == art.text[items[i].start : items[i].end][: len(target.text())]


def test_a_pronoun_shows_the_name_it_was_resolved_to():
    text = "“We will rebuild,” he said. “Soon,” said Mayor Chidi Obi."
    he = Speaker(name="Chidi Obi", text="he", start=19, end=21, kind="person")
    obi = Speaker(name="Chidi Obi", text="Mayor Chidi Obi", start=41, end=56, kind="person")
    quotes = (
        Quote(text="We will rebuild,", start=1, end=17, spans=((1, 17),), speaker=he),
        Quote(text="Soon,", start=29, end=34, spans=((29, 34),), speaker=obi),
    )
    for item in (*quotes, he, obi):
        assert text[item.start : item.end] == item.text
    root = parse(render_html(Article(text=text, quotes=quotes)))
    block = text_block(root)
    labels = find(block, "nc-resolved")
    assert [n.attrs["data-resolved"] for n in labels] == ["Chidi Obi"]
    assert labels[0].text() == ""  # drawn by CSS: the page's text stays the article's
    assert block.text() == text
    # The label stands right after the mention.
    flat = [c for c in block.iter() if "nc-speaker" in c.classes() or "nc-resolved" in c.classes()]
    assert [n.text() or n.attrs.get("data-resolved") for n in flat] == [
        "he", "Chidi Obi", "Mayor Chidi Obi"
    ]  # fmt: skip


def test_low_confidence_attributions_carry_a_mark_and_a_legend_entry():
    art = rich_article()
    q0, q1 = (attrs.evolve(q, confidence=c) for q, c in zip(art.quotes, (0.9, 0.3), strict=True))
    c0, c1 = (attrs.evolve(c, confidence=x) for c, x in zip(art.claims, (0.5, 0.7), strict=True))
    root = parse(render_html(attrs.evolve(art, quotes=(q0, q1), claims=(c0, c1))))
    weak = {
        (key, n.attrs[f"data-{key}"])
        for n in root.iter()
        if "nc-weak" in n.classes()
        for key in ("quote", "claim")
        if f"data-{key}" in n.attrs
    }
    assert weak == {("quote", "1"), ("claim", "0")}
    marks = find(text_block(root), "nc-weak-mark")
    assert len(marks) == 2
    assert all("low confidence" in m.attrs["title"] for m in marks)
    (key,) = find(root, "nc-weak-key")
    assert key.attrs["data-weak"] == "2"
    assert "below 0.65" in key.text()


def test_the_headline_is_shown_once():
    text = "Floods close schools in Assam\n\n“We lost 40 homes,” said Mayor Ana Ruiz."
    art = parse_article(text, headline="Floods close schools in Assam")
    assert art.headline is not None
    root = parse(render_html(art))
    visible = "".join(n.text() for n in root.iter() if n.tag in ("h1", "main"))
    assert visible.count("Floods close schools in Assam") == 1
    assert not [n for n in root.iter() if n.tag == "h1"]
    assert find(root, "nc-headline")[0].text() == "Floods close schools in Assam"
    (title,) = [n for n in root.iter() if n.tag == "title"]
    assert title.text() == "Floods close schools in Assam"


def test_a_headline_given_apart_from_the_text_is_the_heading():
    art = parse_article("“We lost 40 homes,” said Mayor Ana Ruiz.", headline="Floods in Assam")
    root = parse(render_html(art))
    assert [n.text() for n in root.iter() if n.tag == "h1"] == ["Floods in Assam"]


# ------------------------------------------------------------ notebooks


def test_repr_html_is_the_view_with_scoped_styles():
    art = rich_article()
    fragment = art._repr_html_()
    assert "<html" not in fragment
    assert "<body" not in fragment
    root = parse(fragment)
    (view,) = find(root, "nc-view")
    scope = view.attrs["id"]
    assert scope.startswith("nc-")
    assert text_block(view).text() == art.text
    assert len(table_rows(view, "nc-figures")) == 2
    assert len(table_rows(view, "nc-claims")) == 2
    (style,) = [n for n in root.iter() if n.tag == "style"]
    rules = re.findall(r"(?m)^([^{}\s][^{}]*)\{", style.text())
    assert rules
    for selectors in rules:
        for selector in selectors.split(","):
            assert selector.strip().startswith(f"#{scope}"), selector
    assert "body" not in style.text()
    assert ":root" not in style.text()


def test_repr_html_escapes_markup():
    art = parse_article("<script>alert(1)</script> “<img src=x onerror=alert(2)>,” Ana said.")
    fragment = art._repr_html_()
    assert "<script" not in fragment.lower()
    assert "<img" not in fragment.lower()
    assert "&lt;script&gt;" in fragment
    assert text_block(parse(fragment)).text() == art.text


def test_two_articles_in_one_notebook_keep_their_own_ids_and_colours():
    a = parse_article("“Yes,” said Ana Ruiz. “No,” said Bo Li.")
    b = parse_article("“No,” said Bo Li. “Yes,” said Ana Ruiz.")
    ids = {find(parse(x._repr_html_()), "nc-view")[0].attrs["id"] for x in (a, b)}
    assert len(ids) == 2
    assert a._repr_html_() == a._repr_html_()  # the same view, the same id


def test_a_long_article_is_compact_in_a_notebook():
    para = "Ana Ruiz said that prices rose 3 per cent in Jakarta on Monday."
    art = parse_article("\n\n".join([para] * 20))
    fragment = art._repr_html_()
    root = parse(fragment)
    (view,) = find(root, "nc-view")
    assert "nc-compact" in view.classes()
    details = [n for n in root.iter() if n.tag == "details"]
    assert len(details) == 2
    assert all("open" not in d.attrs for d in details)  # more than a dozen rows: folded
    assert re.search(r"\.nc-compact \.nc-text \{ max-height: 24em; overflow-y: auto;", fragment)
    short = parse(rich_article()._repr_html_())
    assert all("open" in d.attrs for d in short.iter() if d.tag == "details")
