import re

import pytest

from dateline import lexicons


@pytest.mark.parametrize("name", lexicons.names())
def test_every_lexicon_names_its_source_and_has_entries(name):
    assert lexicons.source(name), f"{name} has no '# source:' line"
    entries = lexicons.entries(name)
    assert entries
    assert len(entries) == len(set(entries)), f"{name} has duplicate entries"


def test_tables_have_their_header_columns_filled():
    for name in lexicons.names():
        if name.endswith(".tsv"):
            for row in lexicons.table(name):
                assert all(row.values()), (name, row)


def test_country_names_are_iso3_codes():
    rows = lexicons.table("country_names.tsv")
    assert all(re.fullmatch(r"[A-Z]{3}", row["iso3"]) for row in rows)


def test_junk_patterns_are_valid_regular_expressions():
    for entry in lexicons.entries("junk_lines.txt"):
        re.compile(entry)


def test_english_words_are_lower_case_words():
    assert all(re.fullmatch(r"[a-z]+", w) for w in lexicons.entries("english_words.txt"))
