import io
import json

import pytest

from dateline.errors import FormatError
from dateline.ingest import expand_paths, read, read_document_as
from dateline.ingest.decode import Document
from dateline.ingest.detect import detect_format
from dateline.options import Options
from dateline.records import Article, Rejection


def _articles(items):
    return [item for item in items if isinstance(item, Article)]


def test_html_page_gives_its_article_without_page_furniture(fixtures):
    expected = json.loads((fixtures / "html/article.expected.json").read_text())
    (article,) = _articles(read([str(fixtures / "html/article.html")], options=Options()))
    assert article.title == expected["title"]
    assert article.published.value == expected["published"]
    assert article.published.basis == "metadata"
    for fragment in expected["body_contains"]:
        assert fragment in article.text
    for fragment in expected["body_excludes"]:
        assert fragment not in article.text
    assert "\n\n" in article.text  # paragraphs kept


def test_html_figure_captions_are_kept_apart_with_their_credit(fixtures):
    (article,) = _articles(read([str(fixtures / "html/article.html")], options=Options()))
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.credit
    assert caption.text not in article.text


@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_feed_items_are_articles_with_their_own_dates(fixtures, feed):
    expected = json.loads((fixtures / f"feeds/{feed}.expected.json").read_text())
    path = fixtures / f"feeds/{feed}.xml"
    articles = _articles(read([str(path)], options=Options()))
    assert [a.title for a in articles] == [e["title"] for e in expected]
    assert [a.published.value for a in articles] == [e["published"] for e in expected]
    raw = path.read_text(encoding="utf-8")
    for article, want in zip(articles, expected, strict=True):
        assert want["body_contains"] in article.text
        assert (
            raw[article.source.raw_start : article.source.raw_end]
            .lstrip()
            .startswith(("<item", "<entry"))
        )
        assert "<p>" not in article.text


def test_jsonl_lines_are_articles_never_split(fixtures):
    path = fixtures / "jsonl/export.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    articles = _articles(read([str(path)], options=Options()))
    assert len(articles) == len(lines)
    raw = path.read_text(encoding="utf-8")
    for article, line in zip(articles, lines, strict=True):
        data = json.loads(line)
        assert article.text == data["text"].strip()
        assert article.source.external_id == data["id"]
        assert raw[article.source.raw_start : article.source.raw_end] == line
        assert article.title == data.get("title")
    assert articles[1].published.value == "2024-05-02"


def test_malformed_jsonl_lines_are_named_and_the_others_kept(fixtures):
    path = fixtures / "jsonl/malformed.jsonl"
    items = list(read([str(path)], options=Options()))
    rejections = [item for item in items if isinstance(item, Rejection)]
    assert [r.message.split(": ")[0] for r in rejections] == [f"{path}:2", f"{path}:4"]
    assert "invalid JSON" in rejections[0].message
    assert '"text"' in rejections[1].message
    assert len(_articles(items)) == 3


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        ('{"id": 1, "text": "x"}\n{"id": 2', "export.txt", "jsonl"),
        ("<?xml version='1.0'?>\n<rss version='2.0'>", "feed.txt", "feed"),
        ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "x", "feed"),
        ("<!DOCTYPE html><html><body><p>Hi</p>", "page.txt", "html"),
        ("Talks Resume\n\nThe talks resumed.", "page.html", "text"),
        ("Talks Resume\n\nThe talks resumed.", "notes", "text"),
        ("{not json at all\n", "x.txt", "text"),
    ],
)
def test_format_is_chosen_by_content_first(head, name, expected):
    assert detect_format(head, name) == expected


def test_directories_are_read_recursively_in_name_order_skipping_hidden_and_media(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ["b/two.txt", "one.html", ".git/config", ".hidden.txt", "photo.jpg", "three.jsonl"]:
        (tmp_path / name).write_text("x")
    assert [p.replace(str(tmp_path), "") for p in expand_paths([str(tmp_path)])] == [
        "/b/two.txt",
        "/one.html",
        "/three.jsonl",
    ]


def test_published_option_fills_only_missing_dates(fixtures):
    items = _articles(
        read(
            [str(fixtures / "jsonl/export.jsonl"), str(fixtures / "dumps/single_clean.txt")],
            options=Options(published="2024-06-01"),
        )
    )
    assert items[0].published.basis == "metadata"
    assert items[-1].published.value == "2024-06-01"
    assert items[-1].published.basis == "given"


def test_html_without_article_text_is_a_format_error():
    with pytest.raises(FormatError, match="no article text"):
        list(
            read_document_as(
                Document("p.html", "<html><body></body></html>"), "html", max_line_bytes=100
            )
        )


def test_a_jsonl_line_above_the_limit_costs_that_line_only(tmp_path):
    path = tmp_path / "export.jsonl"
    small = json.dumps({"id": "a", "text": "The council met."})
    big = json.dumps({"id": "b", "text": "word " * 5000})
    path.write_text("\n".join([small, big, small.replace('"a"', '"c"')]) + "\n", encoding="utf-8")
    items = list(read([str(path)], options=Options(max_line_bytes=1000)))
    assert [type(item).__name__ for item in items] == ["Article", "Rejection", "Article"]
    assert items[1].message == f"{path}:2: the line is above the 0.0 MiB line limit; skipped"
    raw = path.read_text(encoding="utf-8")
    third = items[2]
    assert raw[third.source.raw_start : third.source.raw_end] == small.replace('"a"', '"c"')


def test_jsonl_on_stdin_is_recognised_and_streamed(fixtures):
    data = (fixtures / "jsonl/export.jsonl").read_bytes()
    stream = io.BufferedReader(io.BytesIO(data))
    items = list(read(["-"], options=Options(), stdin=stream))
    assert len(_articles(items)) == len(data.splitlines())
    assert all(item.source.path == "<stdin>" for item in items)
