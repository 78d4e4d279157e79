"""The corpus of nasty inputs (tests/fixtures/nasty/), through `extract` and `ingest`.

Each file gives its articles, or one line per problem naming it, with the
exit code that says which; never a traceback. The whole corpus in one batch
stores what can be stored, and leaves a store that passes `dateline check`.
"""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline import cli
from dateline.store.check import check

NASTY = Path(__file__).parent / "fixtures" / "nasty"

EXPECTED: dict[str, tuple[int, int, tuple[str, ...]]] = {
    # file: (exit code alone, articles printed, the problem of each stderr line)
    "bidi-override.txt": (0, 1, ()),
    "binary.dat": (1, 0, ("this is a binary file, not text",)),
    "blank-lines.jsonl": (1, 0, ("the file is empty",)),
    "control-chars.txt": (0, 1, ()),
    "cp1252.txt": (1, 1, ("invalid UTF-8 at byte 280; decoded as cp1252",)),
    "deep.html": (1, 0, ("no article text found in this HTML page",)),
    "empty.txt": (1, 0, ("the file is empty",)),
    "headline-only.txt": (1, 0, ("'Floods Hit Sylhet' has a headline but no body text",)),
    "not-a-feed.rss": (1, 0, ("feed item 1 has no text",)),
    "nul-bytes.txt": (1, 0, ("this is a binary file, not text",)),
    "only-junk.txt": (1, 0, ("no article text found, only stray lines",)),
    "script-only.html": (1, 0, ("no article text found in this HTML page",)),
    "surrogates-and-deep.jsonl": (
        1,
        2,
        (
            "invalid JSON (nested too deeply)",
            'no "text" (a non-empty string is required)',
            "expected a JSON object",
        ),
    ),
    "unbalanced-quotes.txt": (0, 1, ()),
    "unclosed-items.rss": (0, 4, ()),
    "utf16-bom.txt": (0, 1, ()),
    "whitespace-only.txt": (1, 0, ("the file is empty",)),
    "zero-width.txt": (0, 1, ()),
}


def test_the_corpus_is_the_one_described():
    assert sorted(path.name for path in NASTY.iterdir()) == sorted(EXPECTED)


def _problems(stderr: str, name: str) -> list[str]:
    """The problems stderr names for ``name``, without the prefix and path (or line)."""
    found = []
    for line in stderr.splitlines():
        head, _, problem = line.partition(": ")
        assert head == "dateline", line
        where, _, problem = problem.partition(": ")
        if Path(where.rsplit(":", 1)[0] if where.count(":") else where).name == name:
            found.append(problem)
    return found


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_nasty_file_gives_articles_or_one_line_per_problem(name):
    exit_code, articles, problems = EXPECTED[name]
    result = CliRunner().invoke(cli.main, ["extract", str(NASTY / name)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == exit_code, result.stderr
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(printed) == articles
    for article in printed:
        assert article["text"].strip()
        assert article["source"]["path"] == str(NASTY / name)
    assert "Traceback" not in result.stderr
    assert tuple(_problems(result.stderr, name)) == problems


def test_the_whole_corpus_in_one_ingest_stores_the_rest_and_passes_the_check(cli, tmp_path):
    db = tmp_path / "nasty.db"
    files = [str(NASTY / name) for name in sorted(EXPECTED)]
    result = cli("ingest", "--db", str(db), *files)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert all(line.startswith("dateline: ") for line in lines)
    for name, (_, _, problems) in EXPECTED.items():
        assert tuple(_problems(result.stderr, name)) == problems
    # Several files hold the same flood story once cleaned: stored once, counted as known.
    stored = sum(articles for _, articles, _ in EXPECTED.values())
    summary = lines[-1].removeprefix(f"dateline: {db}: ").split(";")[0].split()
    new, known = int(summary[0]), int(summary[3])
    assert (new + known, known > 0) == (stored, True)
    assert check(db)[0] == []
    (record,) = [
        json.loads(line)
        for line in cli("articles", "--db", str(db), "--format", "jsonl").stdout.splitlines()
        if json.loads(line)["external_id"] == "a2"
    ]
    assert record["title"] == "Half \ufffd a flag"
