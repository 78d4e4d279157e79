"""The rule that merges reports of one happening, case by case."""

import dataclasses

import pytest

from dateline.store.happenings import Party, Report, date_window, fill_open_sides, same_happening

USA = Party("country", "United States", "USAGOV", "USA", "GOV")
NICARAGUA = Party("country", "Nicaragua", "NICGOV", "NIC", "GOV")
VENEZUELANS = Party("group", "Venezuelan officials", "VENGOV", "VEN", "GOV")
ISRAEL = Party("country", "Israel", "ISR", "ISR", None)
ISRAELI_ARMY = Party("organization", "Israeli army", "ISRMIL", "ISR", "MIL")
ISRAELI_FIRMS = Party("group", "Israeli firms", "ISRBUS", "ISR", "BUS")
INDONESIA = Party("country", "Indonesia", "IDNGOV", "IDN", "GOV")
MALAYSIA = Party("country", "Malaysia", "MYSGOV", "MYS", "GOV")
SINGAPORE = Party("country", "Singapore", "SGPGOV", "SGP", "GOV")
FIRMS = Party("group", "three firms", "BUS", None, "BUS")
MINISTER = Party("person", "Ana Duarte", "BRAGOV", "BRA", "GOV")
OTHER_MINISTER = Party("person", "Rui Costa", "BRAGOV", "BRA", "GOV")


def report(
    *actors: Party,
    recipients: tuple[Party, ...] = (),
    kind: str = "SANCTION",
    date: str | None = "2024-09-05",
    country: str | None = None,
    story: str = "",
) -> Report:
    return Report(
        key=("article", "E1"),
        story=story or f"story-{id(actors)}-{id(recipients)}",
        type=kind,
        actors=frozenset(actors),
        recipients=frozenset(recipients),
        date=date,
        published=None,
        country=country,
    )


def test_the_same_sides_on_the_same_day_are_one_happening():
    one = report(USA, recipients=(NICARAGUA,))
    assert same_happening(one, report(USA, recipients=(NICARAGUA,), date="2024-09-06"))


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (report(USA, recipients=(VENEZUELANS,)), "another recipient"),
        (report(USA, recipients=(NICARAGUA,), date="2024-09-12"), "a week later"),
        (report(USA, recipients=(NICARAGUA,), date="2024-09"), "a month is too wide"),
        (report(USA, recipients=(NICARAGUA,), kind="COERCE"), "another type"),
        (report(recipients=(FIRMS,)), "no side named in both"),
    ],
)
def test_reports_that_differ_are_apart(other: Report, why: str):
    assert not same_happening(report(USA, recipients=(NICARAGUA,)), other), why


def test_an_open_side_fits_and_a_named_side_must_match():
    assert same_happening(report(USA, recipients=(NICARAGUA,)), report(USA))


def test_statements_of_one_quarrel_are_close_but_agreement_and_support_are_not():
    accusation = report(USA, recipients=(NICARAGUA,), kind="ACCUSE")
    assert same_happening(accusation, dataclasses.replace(accusation, type="REJECT"))
    signing = report(INDONESIA, recipients=(MALAYSIA,), kind="AGREE")
    assert not same_happening(signing, dataclasses.replace(signing, type="SUPPORT"))


def test_a_country_fits_its_state_but_not_its_firms():
    strike = report(ISRAEL, kind="ASSAULT")
    assert same_happening(strike, report(ISRAELI_ARMY, kind="ASSAULT"))
    assert ISRAEL.fits(ISRAELI_FIRMS)  # no sector: any of the country's actors
    assert not ISRAELI_ARMY.fits(ISRAELI_FIRMS)


def test_people_fit_by_name_not_by_the_code_they_share():
    assert MINISTER.fits(dataclasses.replace(MINISTER, name="ana duarte"))
    assert not MINISTER.fits(OTHER_MINISTER)
    assert MINISTER.fits(Party("organization", "Brazil's foreign ministry", "BRAGOV", "BRA", "GOV"))


def test_coordinated_sides_must_be_covered_not_merely_share_one_name():
    pact = report(INDONESIA, MALAYSIA, kind="AGREE")
    assert same_happening(pact, report(INDONESIA, recipients=(MALAYSIA,), kind="AGREE"))
    assert not same_happening(pact, report(MALAYSIA, SINGAPORE, kind="AGREE"))


def test_near_copies_of_one_story_need_no_named_side():
    crowd = report(FIRMS, kind="PROTEST", story="wire-1")
    assert same_happening(crowd, dataclasses.replace(crowd, key=("copy", "E1")))
    assert not same_happening(crowd, dataclasses.replace(crowd, story="wire-2"))


def test_places_in_two_countries_are_apart_unless_each_is_a_sides_country():
    strike = report(ISRAEL, recipients=(NICARAGUA,), kind="ASSAULT", country="SYR")
    assert not same_happening(strike, dataclasses.replace(strike, country="LBN"))
    pact = report(INDONESIA, MALAYSIA, kind="AGREE", country="IDN")
    assert same_happening(pact, dataclasses.replace(pact, country="MYS"))


def test_a_bare_sector_and_a_group_of_no_country_name_no_one():
    assert not Party("organization", "government", "GOV", None, "GOV").names_someone()
    assert not FIRMS.names_someone()
    assert VENEZUELANS.names_someone()
    assert Party("person", "Rosa Mendieta", None, None, None).names_someone()


def test_the_window_is_three_days_either_side_of_a_day():
    assert date_window(report(USA)) == ("2024-09-02", "2024-09-08")
    assert date_window(report(USA, date="2024-09")) is None


def test_a_side_left_open_is_taken_from_the_same_articles_other_telling():
    venezuela = Party("group", "Venezuelan officials", "VENGOV", "VEN", "GOV")
    sanctions = dataclasses.replace(report(USA, recipients=(venezuela,)), key=("x", "E1"))
    freeze = dataclasses.replace(report(USA), key=("x", "E2"))  # "the Treasury froze assets"
    _, filled = fill_open_sides([sanctions, freeze])
    assert filled.recipients == frozenset({venezuela})
    # Left open, the freeze would have fitted the US sanctioning Nicaragua that day.
    assert same_happening(freeze, report(USA, recipients=(NICARAGUA,)))
    assert not same_happening(filled, report(USA, recipients=(NICARAGUA,)))
    other_day = dataclasses.replace(freeze, date="2024-09-20")
    assert fill_open_sides([sanctions, other_day])[1].recipients == frozenset()
