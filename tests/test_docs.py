"""The documentation stays in step with the commands and the records."""

import dataclasses
import re
from pathlib import Path

import pytest

from dateline import cli, lexicons, records

ROOT = Path(__file__).parents[1]
CLI_DOC = (ROOT / "docs/cli.md").read_text(encoding="utf-8")
SCHEMA_DOC = (ROOT / "docs/schema.md").read_text(encoding="utf-8")
EXTENDING_DOC = (ROOT / "docs/extending.md").read_text(encoding="utf-8")


def _section(name: str) -> str:
    match = re.search(rf"^## dateline {name}\n(.*?)(?=^## |\Z)", CLI_DOC, re.MULTILINE | re.DOTALL)
    assert match, f"docs/cli.md has no '## dateline {name}' section"
    return match.group(1)


@pytest.mark.parametrize("name", sorted(cli.main.commands))
def test_every_command_and_option_is_in_the_cli_reference(name):
    section = _section(name)
    for parameter in cli.main.commands[name].params:
        for flag in parameter.opts:
            if flag.startswith("--"):
                assert f"`{flag}" in section, f"{flag} of '{name}' is not in its section"


def test_the_reference_documents_no_command_that_does_not_exist():
    documented = set(re.findall(r"^## dateline (\w+)", CLI_DOC, re.MULTILINE))
    assert documented == set(cli.main.commands)


def test_the_readme_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.DOTALL)
    assert block
    assert block.group(1).split("\n")[:2] == ["make demo", "make test"]


@pytest.mark.parametrize(
    "record",
    [
        records.Article,
        records.Source,
        records.Caption,
        records.Actor,
        records.Quote,
        records.Event,
        records.Place,
        records.DateValue,
        records.TimeMention,
        records.Rejection,
        records.Notice,
    ],
    ids=lambda r: r.__name__,
)
def test_every_output_field_is_in_the_schema(record):
    for field in dataclasses.fields(record):
        assert f"`{field.name}`" in SCHEMA_DOC, f"{record.__name__}.{field.name}"


@pytest.mark.parametrize("name", lexicons.names())
def test_every_lexicon_is_described_in_the_extending_guide(name):
    assert f"| `{name}` |" in EXTENDING_DOC, f"docs/extending.md does not describe {name}"
