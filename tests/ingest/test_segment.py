import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.ingest.segment import (
    Segment,
    is_junk,
    looks_like_headline,
    segment,
    split_credit,
    split_lines,
)
from dateline.records import Caption

DUMPS = sorted((Path(__file__).parents[1] / "fixtures" / "dumps").glob("*.txt"))


def _expected(dump: Path) -> list[dict]:
    return json.loads(dump.with_suffix(".expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("dump", DUMPS, ids=lambda p: p.stem)
def test_fixture_dumps_segment_as_annotated(dump):
    text = dump.read_bytes().decode("utf-8")
    found = segment(text)
    expected = _expected(dump)
    assert [s.title for s in found] == [e["title"] for e in expected]
    for article, want in zip(found, expected, strict=True):
        assert article.text.startswith(want["body_starts"])
        assert article.text.endswith(want["body_ends"])
        assert len(article.paragraphs) == want["paragraphs"]
        assert article.captions == tuple(Caption(c["text"], c["credit"]) for c in want["captions"])


@pytest.mark.parametrize("dump", DUMPS, ids=lambda p: p.stem)
def test_fixture_text_lines_map_back_into_their_raw_spans(dump):
    text = dump.read_bytes().decode("utf-8")
    for article in segment(text):
        raw = text[article.raw_start : article.raw_end]
        assert article.title is None or raw.startswith(article.title)
        position = 0
        for line in article.text.splitlines():
            if line:
                position = raw.index(line, position) + len(line)
        assert raw.rstrip().endswith(article.text.splitlines()[-1])


def test_seed_shaped_dump_reports_what_it_dropped():
    dump = next(d for d in DUMPS if d.stem == "two_articles_seed_shape")
    first = segment(dump.read_text(encoding="utf-8"))[0]
    assert any("junk line" in w and "'TT'" in w for w in first.warnings)
    assert "dropped 1 repeated headline line(s)" in first.warnings
    assert "dropped 3 repeated caption line(s)" in first.warnings


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "The envoy meets the minister in Ankara on Monday. (Foreign Ministry/Handout)",
            Caption(
                "The envoy meets the minister in Ankara on Monday.",
                "Foreign Ministry/Handout",
            ),
        ),
        ("Riot police stand by. (AFP)", Caption("Riot police stand by.", "AFP")),
        ("No credit on this caption at all.", None),
        ("Two words (AFP)", None),
    ],
)
def test_split_credit(line, caption):
    assert split_credit(line) == caption


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Ministers Meet in Geneva as Ceasefire Talks Resume", True),
        ("iPhone sales slow in Europe", True),
        ("$2bn loan agreed for port upgrade", True),
        ("'My years at the embassy...'", True),
        ("Wales v Italy (Sat)", True),
        ("The minister resigned on Friday.", False),
        ("He said the talks would go on,” the spokesman added.”", False),
        (" - cut fuel duty by 2p", False),
        ("- cut fuel duty by 2p", False),
        ("lower case start of a wrapped line", False),
        ("The envoy meets the minister. (Reuters)", False),
        ("word " * 40, False),
    ],
)
def test_headline_shape(line, headline):
    assert looks_like_headline(line.strip()) is headline


@pytest.mark.parametrize(
    "line", ["TT", "AP", "Advertisement", "ADVERTISEMENT", "***", "Read more", "Share this article"]
)
def test_junk_lines(line):
    assert is_junk(line)


@pytest.mark.parametrize("line", ["Tt", "Talks resume", "UN envoy arrives", "Share prices fell."])
def test_lines_that_are_not_junk(line):
    assert not is_junk(line)


def test_split_lines_keeps_offsets_for_every_line_ending():
    text = "one\r\n  two  \rthree\n\nfour"
    lines = split_lines(text)
    assert [line.text for line in lines] == ["one", "two", "three", "", "four"]
    assert all(text[line.start : line.end] == line.text for line in lines)


def test_empty_and_junk_only_texts_hold_no_article():
    assert segment("") == []
    assert segment("\n\n  \n") == []
    assert segment("TT\n\nAdvertisement\n") == []


def test_junk_above_the_first_headline_is_reported_not_lost_silently():
    found = segment("TT\n\nTalks Resume in Geneva\n\nThe talks resumed on Monday.\n")
    assert found[0].title == "Talks Resume in Geneva"
    assert found[0].warnings == ("dropped junk line 1: 'TT'",)


def test_a_text_without_headline_is_one_untitled_article():
    found = segment("The talks resumed on Monday.\n\nBoth sides agreed to meet again.\n")
    assert [(s.title, s.paragraphs) for s in found] == [
        (None, ("The talks resumed on Monday.", "Both sides agreed to meet again."))
    ]


def test_hard_wrapped_lines_stay_one_paragraph():
    found = segment(
        "Talks Resume\n\nThe talks resumed\non Monday in Geneva.\n\nBoth sides agreed.\n"
    )
    assert found[0].paragraphs == ("The talks resumed\non Monday in Geneva.", "Both sides agreed.")


def test_a_single_line_ending_in_parentheses_after_the_headline_is_body():
    found = segment(
        "Chip Maker Backs Net Calls\n\n"
        "The firm has backed internet telephony (Voip)\n\nMore follows.\n"
    )
    assert found[0].captions == ()
    assert found[0].paragraphs[0] == "The firm has backed internet telephony (Voip)"


def test_a_caption_repeated_inside_the_body_is_taken_out_once():
    caption = "Smoke rises over the port on Tuesday. (Reuters)"
    text = (
        f"Port Hit by Strikes\n\nStrikes hit the port.\n\n{caption}\n{caption}\n\n"
        "The navy said it would respond.\n"
    )
    found = segment(text)[0]
    assert found.captions == (Caption("Smoke rises over the port on Tuesday.", "Reuters"),)
    assert found.paragraphs == ("Strikes hit the port.", "The navy said it would respond.")


# --- properties over generated dumps ------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "minister",
        "envoy",
        "talks",
        "border",
        "army",
        "police",
        "court",
        "protest",
        "ceasefire",
        "council",
        "capital",
        "river",
        "election",
        "budget",
        "parliament",
        "union",
        "delegation",
    ]
)
_NAMES = st.sampled_from(
    ["Geneva", "Ankara", "Lima", "Oslo", "Hanoi", "Dakar", "Quito", "Riga", "Accra", "Doha"]
)


@st.composite
def _sentence(draw) -> str:
    words = draw(st.lists(_WORDS, min_size=4, max_size=14))
    return f"The {' '.join(words)} in {draw(_NAMES)} said on Monday."


@st.composite
def _headline(draw) -> str:
    words = draw(st.lists(_WORDS, min_size=3, max_size=8, unique=True))
    return " ".join(w.capitalize() for w in words) + f" in {draw(_NAMES)}"


@st.composite
def _caption(draw) -> str:
    credit = draw(
        st.sampled_from(
            ["Reuters", "AFP", "Ministry of Defence", "Press Office/Handout via Reuters"]
        )
    )
    return f"{draw(_sentence())} ({credit})"


@st.composite
def _article(draw) -> dict:
    return {
        "headline": draw(_headline()),
        "captions": draw(st.lists(_caption(), max_size=2, unique=True)),
        "copies": draw(st.sampled_from([1, 2])),
        "caption_copies": draw(st.sampled_from([1, 2])),
        "junk": draw(st.sampled_from([None, "TT", "Advertisement"])),
        "paragraphs": draw(st.lists(_sentence(), min_size=1, max_size=6, unique=True)),
    }


def _render(article: dict) -> str:
    header = []
    for copy in range(article["copies"]):
        header += [article["headline"], ""]
        header += [c for c in article["captions"] for _ in range(article["caption_copies"])]
        if copy == 0 and article["junk"]:
            header.append(article["junk"])
        header.append("")
    return "\n".join(header) + "\n" + "\n\n".join(article["paragraphs"])


_DUMPS = st.lists(_article(), min_size=1, max_size=4, unique_by=lambda a: a["headline"])


@settings(max_examples=150, deadline=None)
@given(_DUMPS)
def test_generated_dumps_segment_exactly(articles):
    found = segment("\n\n\n\n".join(_render(a) for a in articles))
    assert [s.title for s in found] == [a["headline"] for a in articles]
    assert [s.paragraphs for s in found] == [tuple(a["paragraphs"]) for a in articles]
    assert [tuple(c.text for c in s.captions) for s in found] == [
        tuple(split_credit(c).text for c in a["captions"]) for a in articles
    ]


@settings(max_examples=150, deadline=None)
@given(_DUMPS)
def test_every_text_line_maps_back_into_its_raw_span(articles):
    dump = "\n\n\n\n".join(_render(a) for a in articles)
    for article in segment(dump):
        raw = dump[article.raw_start : article.raw_end]
        position = 0
        for line in article.text.splitlines():
            if line:
                position = raw.index(line, position) + len(line)
        assert article.title is None or raw.startswith(article.title)


def _as_dump(found: list[Segment]) -> str:
    return "\n\n\n".join(f"{s.title}\n\n{s.text}" for s in found)


@settings(max_examples=150, deadline=None)
@given(_DUMPS)
def test_segmenting_the_output_again_changes_nothing(articles):
    first = segment("\n\n\n\n".join(_render(a) for a in articles))
    again = segment(_as_dump(first))
    assert [(s.title, s.paragraphs) for s in again] == [(s.title, s.paragraphs) for s in first]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=60), max_size=30))
def test_no_body_line_is_lost_from_arbitrary_text(lines):
    text = "\n".join(lines)
    found = segment(text)
    if not found:
        assert all(not line.text or is_junk(line.text) for line in split_lines(text))
        return
    kept = {
        line.key
        for s in found
        for line in split_lines(
            "\n".join([s.title or "", *s.paragraphs, *(c.text for c in s.captions)])
        )
    }
    warned = " ".join(w for s in found for w in s.warnings)
    for line in split_lines(text):
        if line.text and not is_junk(line.text):
            # A line is kept as title, body or caption; only repeats of those are dropped.
            assert line.key in kept or split_credit(line.text) is not None, line.text
        elif line.text:
            assert repr(line.text) in warned
