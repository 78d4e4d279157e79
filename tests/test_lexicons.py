import datetime as dt
import re
import typing

import pycountry
import pytest

from dateline import lexicons, records


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


def test_a_grouped_view_keeps_every_value_beside_its_key():
    view = lexicons.grouped("claim_nouns.tsv", "noun", "verb")
    rows = lexicons.table("claim_nouns.tsv")
    assert set(view) == {row["noun"] for row in rows}
    assert all(row["verb"] in view[row["noun"]] for row in rows)
    assert sum(map(len, view.values())) == len({(r["noun"], r["verb"]) for r in rows})


def test_country_names_are_iso3_codes():
    rows = lexicons.table("country_names.tsv")
    assert all(re.fullmatch(r"[A-Z]{3}", row["iso3"]) for row in rows)


def test_junk_patterns_are_valid_regular_expressions():
    for entry in lexicons.entries("junk_lines.txt"):
        re.compile(entry)


def test_english_words_are_lower_case_words():
    assert all(re.fullmatch(r"[a-z]+", w) for w in lexicons.entries("english_words.txt"))


SECTORS = set(records.SECTORS)


def _iso3_codes():
    return {country.alpha_3 for country in pycountry.countries} | {"XKX"}


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("demonyms.tsv", "iso3"),
        ("capitals.tsv", "iso3"),
        ("country_names.tsv", "iso3"),
        ("organizations.tsv", "country"),
        ("companies.tsv", "country"),
        ("honorifics.tsv", "country"),
        ("nations.tsv", "iso3"),
    ],
)
def test_country_columns_hold_iso3_codes(name, column):
    codes = _iso3_codes() | {"-"}
    assert {row[column] for row in lexicons.table(name)} <= codes


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("titles.tsv", "sector"),
        ("organizations.tsv", "sector"),
        ("org_words.tsv", "sector"),
        ("honorifics.tsv", "sector"),
        ("postnominals.tsv", "sector"),
        ("people_words.tsv", "sector"),
    ],
)
def test_sector_columns_hold_the_design_vocabulary(name, column):
    assert {row[column] for row in lexicons.table(name)} <= SECTORS | {"-"}


def test_people_words_are_single_words():
    # Groups are found word by word: an entry of two words would never be read.
    assert all(" " not in row["word"] for row in lexicons.table("people_words.tsv"))


def test_title_modifiers_set_or_keep_a_sector():
    sectors = {row["sector"] for row in lexicons.table("title_modifiers.tsv")}
    assert sectors <= SECTORS | {"="}
    kept = {s for row in lexicons.table("title_modifiers.tsv") for s in row["keeps"].split("|")}
    assert kept <= SECTORS | {"-"}


def test_former_offices_are_national_and_give_a_sector_or_keep_it():
    for row in lexicons.table("former_offices.tsv"):
        assert pycountry.countries.get(alpha_3=row["country"]) is not None, row
        assert row["sector"] in SECTORS | {"="}, row
        assert row["office"] == row["office"].lower(), row


def test_titles_say_who_holds_them():
    assert {row["scope"] for row in lexicons.table("titles.tsv")} <= {"national", "org", "any"}


def test_no_organisation_alias_names_two_organisations():
    seen = {}
    for row in lexicons.table("organizations.tsv"):
        aliases = [] if row["aliases"] == "-" else row["aliases"].split("|")
        for surface in (row["name"], *aliases):
            owner = seen.setdefault(surface.casefold(), row["name"])
            assert owner == row["name"], (surface, owner, row["name"])


def test_a_well_known_company_is_listed_once_and_not_among_the_organisations():
    organizations = {
        surface.casefold()
        for row in lexicons.table("organizations.tsv")
        for surface in (row["name"], *row["aliases"].split("|"))
    }
    seen = set()
    for row in lexicons.table("companies.tsv"):
        for surface in (row["name"], *([] if row["aliases"] == "-" else row["aliases"].split("|"))):
            assert surface.casefold() not in organizations | seen, surface
            seen.add(surface.casefold())


def test_title_synonyms_point_at_known_titles():
    titles = {row["title"] for row in lexicons.table("titles.tsv")}
    for row in lexicons.table("title_synonyms.tsv"):
        assert row["title"] in titles, row["title"]
        assert row["same_as"] == "*" or row["same_as"] in titles, row["same_as"]


def test_quote_verbs_say_what_they_mean_and_how_they_frame():
    rows = lexicons.table("quote_verbs.tsv")
    assert {row["meaning"] for row in rows} == {"neutral", "assertive", "negative"}
    assert {row["frame"] for row in rows} == {"clause", "fragment"}
    cues = [row["cue"] for row in rows]
    assert len(cues) == len(set(cues))
    assert all(re.fullmatch(r"[a-z]+( [a-z]+)?", cue) for cue in cues)


def test_plover_cues_use_the_sixteen_types_and_known_parts_of_speech():
    types = set(typing.get_args(records.EventType))
    for row in lexicons.table("plover_cues.tsv"):
        assert row["pos"] in (
            "VERB",
            "VERB+OBJ",
            "VERB+OBJ+PREP",
            "VERB+TO",
            "NOUN",
            "NOUN+PREP",
            "ADJ+PREP",
        ), row
        if row["pos"] in ("NOUN+PREP", "ADJ+PREP", "VERB+OBJ+PREP"):
            assert row["recipient"] not in ("-", "dobj"), row
        # NONE marks a verb and object ("meet a target"), a phrasal verb
        # ("back out of") or a two-word noun ("press release") that make no
        # event.
        several = len(row["cue"].split()) > 1
        none = row["type"] == "NONE" and (row["pos"] == "VERB+OBJ" or several)
        assert row["type"] in types or none, row


def test_governing_parties_are_parties_of_their_country_and_never_overlap():
    parties = {
        (row["country"], row["org"])
        for row in lexicons.table("organizations.tsv")
        if row["sector"] == "PTY"
    }
    ends: dict[str, dt.date] = {}
    for row in lexicons.table("governing_parties.tsv"):
        assert (row["country"], row["org"]) in parties, row
        start = dt.date.fromisoformat(row["valid_from"])
        assert start >= ends.get(row["country"], dt.date.min), row
        ends[row["country"]] = (
            dt.date.max if row["valid_to"] == "-" else dt.date.fromisoformat(row["valid_to"])
        )
        assert start < ends[row["country"]], row
