"""Tolls of killed and injured read from the sentence telling an attack (sentences we wrote)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dateline
from dateline.stages.events.casualties import Toll, number_of, toll


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shelling killed 14 people in the market on Tuesday.", Toll(killed=14)),
        (
            "Rockets hit a school, killing three children and wounding 12, officials said.",
            Toll(killed=3, injured=12),
        ),
        ("Two guards were injured in the raid.", Toll(injured=2)),
        ("The bomb left at least 40 people dead and 120 injured.", Toll(killed=40, injured=120)),
        ("Three people died and 14 were hurt when the bus was hit.", Toll(killed=3, injured=14)),
        ("The strike caused the deaths of three Syrians and two Iranians.", Toll(killed=5)),
        ("Twenty-three soldiers died in the ambush near the pass.", Toll(killed=23)),
        ("Two hundred people were killed in the week of fighting.", Toll(killed=200)),
        ("The death toll rose to 1,200 on Sunday.", Toll(killed=1200)),
        ("Gunmen stormed the post, killing a border guard.", Toll(killed=1)),
        ("The drone killed a local commander and three fighters.", Toll(killed=4)),
        ("Shelling killed six people and wounded a child.", Toll(killed=6, injured=1)),
        ("More than 3,000 people were killed under the junta, the report says.", Toll(killed=3000)),
        ("Around 140,000 people were killed by the waves.", Toll(killed=140000)),
        ("He is charged with the murder of one farmer.", Toll(killed=1)),
        # Two groups named together, by figures or as one person more.
        ("Four soldiers and two civilians were killed at the checkpoint.", Toll(killed=6)),
        ("Three Korean engineers and their local driver were killed.", Toll(killed=4)),
        ("Two nurses and a patient were hurt when the roof fell.", Toll(injured=3)),
        ("Nine people were killed and 30 injured in the blast.", Toll(killed=9, injured=30)),
    ],
)
def test_a_toll_is_read_in_figures_and_in_words(sentence, expected):
    assert toll(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens were killed in the clashes.",  # no figure
        "The envoy was killed two years ago in Kabul.",  # a time, not a toll
        "The committee killed a bill on Tuesday.",  # no one
        "One of the men killed was a doctor.",  # one among the dead
        "Clashes on March 2 killed soldiers on both sides.",  # a date
        "Under Article 5 killed soldiers are honoured by the state.",  # a name's number
        "Four guards and their drivers were killed.",  # how many drivers is not said
    ],
)
def test_no_toll_is_read_from_a_figure_that_counts_no_one_hurt(sentence):
    assert toll(sentence) == Toll()


def test_a_running_toll_may_come_in_the_next_sentence():
    assert toll(
        "The death toll from the strikes is rising.", "Medics counted 31 dead by the evening."
    ) == Toll(killed=31)


def test_a_toll_told_without_a_figure_takes_none_from_the_next_sentence():
    assert (
        toll(
            "Rebels said they had killed dozens of soldiers near the dam.",
            "Shelling of the market killed at least 12 civilians.",
        )
        == Toll()
    )


@given(st.integers(min_value=1, max_value=999_999))
def test_any_figure_in_digits_is_read_whole(count):
    assert toll(f"The raid killed {count:,} people.").killed == count


@pytest.mark.parametrize(
    ("text", "value"), [("seven", 7), ("forty-two", 42), ("a dozen", 12), ("three hundred", 300)]
)
def test_counts_spelled_as_words_are_numbers(text, value):
    assert number_of(text) == value


def test_an_attack_carries_its_killed_and_injured_and_its_further_harm_is_no_second_attack():
    (article,) = dateline.extract(
        "Market hit\n\nGovernment jets bombed a market in the town of Kadena on Friday, "
        "killing nine people and wounding 30, a local official said.\n",
        published="2024-05-11",
    )
    assaults = [e for e in article.events if e.type == "ASSAULT"]
    assert [(e.fatalities, e.injured) for e in assaults] == [(9, 30)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian air strikes killed at least 12 Syrians overnight in Idlib, medics said.",
        "Turkish shelling killing four Syrians hit a village near the border on Sunday.",
    ],
)
def test_those_an_attack_noun_kills_are_its_recipients(sentence):
    (article,) = dateline.extract(f"Strikes\n\n{sentence}\n", published="2024-05-11")
    countries = {a.id: a.country for a in article.actors}
    assaults = [e for e in article.events if e.type == "ASSAULT"]
    assert assaults
    assert {countries[r] for e in assaults for r in e.recipient} == {"SYR"}


def test_a_toll_told_in_another_attacks_own_clause_is_that_attacks():
    (article,) = dateline.extract(
        "Report\n\nPakistan's foreign office said the strikes targeted members of the Pakistani "
        "Taliban, who it blames for a suicide bombing that killed nine policemen in Bannu.\n",
        published="2025-03-10",
    )
    tolls = {e.trigger: e.fatalities for e in article.events if e.type == "ASSAULT"}
    assert tolls.get("suicide bombing") == 9
    assert len(tolls) > 1
    assert all(killed is None for trigger, killed in tolls.items() if trigger != "suicide bombing")
