"""The event scorer follows the rules of the shared gold README."""

from pathlib import Path

import pytest

from dateline.evaluation.events import score
from dateline.evaluation.gold import GoldFile
from dateline.records import Actor, Article, DateValue, Event, Place, Source

TEXT = "Iraq and the US held talks. Blair refused passports to Abbasi and Mubanga."
ACTORS = (
    Actor("A1", "Iraq", "country", country="IRQ", sector="GOV", code="IRQGOV"),
    Actor("A2", "US", "country", country="USA", sector="GOV", code="USAGOV"),
    Actor("A3", "Tony Blair", "person", country="GBR", sector="GOV"),
    Actor("A4", "Feroz Abbasi", "person", country="GBR"),
    Actor("A5", "Martin Mubanga", "person", country="GBR"),
)


def _event(number, kind, actor, recipient=(), **extra):
    return Event(
        id=f"E{number}",
        type=kind,
        trigger="x",
        span=(0, len(TEXT)),
        actor=actor,
        recipient=recipient,
        **extra,
    )


def _scores(gold_entry, events, places=()):
    gold = GoldFile(paths=(), split="dev", input=Path("x"), articles=(), raw_articles=(gold_entry,))
    article = Article(
        id="a",
        source=Source("x", 0, 1),
        text=TEXT,
        actors=ACTORS,
        events=tuple(events),
        places=places,
    )
    return {s.metric: s.value for s in score([(gold, [article])], "dev")}


TALKS = {"types": ["CONSULT"], "source": "IRQ", "target": "USA", "undirected": True}


def test_a_reciprocal_event_stands_for_each_pair_of_its_actors():
    scores = _scores({"events": [TALKS]}, [_event(1, "CONSULT", ("A1", "A2"))])
    assert (scores["precision"], scores["recall"]) == (1.0, 1.0)


def test_an_event_with_two_recipients_matches_a_gold_event_for_each():
    golds = [
        {"types": ["REJECT"], "source": "blair", "target": "abbasi"},
        {"types": ["REJECT"], "source": "blair", "target": "mubanga"},
    ]
    scores = _scores({"events": golds}, [_event(1, "REJECT", ("A3",), ("A4", "A5"))])
    # The README's own example: the event stands for each of its pairs.
    assert (scores["precision"], scores["recall"]) == (1.0, 1.0)


def test_each_pair_of_an_event_matches_one_gold_event_only():
    golds = [
        {"types": ["REJECT"], "source": "blair", "target": "abbasi"},
        {"types": ["REJECT", "ACCUSE"], "source": "blair", "target": "abbasi"},
    ]
    scores = _scores({"events": golds}, [_event(1, "REJECT", ("A3",), ("A4",))])
    assert scores["recall"] == 0.5


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_the_largest_one_to_one_matching_counts_whatever_the_order_of_the_events(order):
    # The first gold fits both events, the second only the ACCUSE: taking the
    # first fitting event for each gold in turn would match one of them only
    # when the ACCUSE is listed first.
    golds = [
        {"types": ["REJECT", "ACCUSE"], "source": "blair", "target": "abbasi"},
        {"types": ["ACCUSE"], "source": "blair", "target": "abbasi"},
    ]
    both = [_event(1, "ACCUSE", ("A3",), ("A4",)), _event(2, "REJECT", ("A3",), ("A4",))]
    scores = _scores({"events": golds}, [both[i] for i in order])
    assert scores["recall"] == 1.0


def test_direction_matters_unless_the_gold_is_undirected():
    directed = {"types": ["REJECT"], "source": "abbasi", "target": "blair"}
    scores = _scores({"events": [directed]}, [_event(1, "REJECT", ("A3",), ("A4",))])
    assert (scores["precision"], scores["recall"]) == (0.0, 0.0)


def test_the_wrong_type_or_a_negated_event_does_not_count():
    events = [_event(1, "ACCUSE", ("A1", "A2")), _event(2, "CONSULT", ("A1", "A2"), negated=True)]
    scores = _scores({"events": [TALKS]}, events)
    assert (scores["precision"], scores["recall"]) == (0.0, 0.0)


def test_optional_gold_events_cost_no_recall_and_earn_precision():
    optional = dict(TALKS, optional=True)
    scores = _scores({"events": [optional]}, [_event(1, "CONSULT", ("A1", "A2"))])
    assert scores["precision"] == 1.0
    assert scores["recall"] == 0.0  # no required event: nothing to recall


@pytest.mark.parametrize(
    ("trap", "failures"),
    [
        ({"types": ["CONSULT"], "source": "*", "target": "*", "span_contains": "held talks"}, 0.0),
        ({"types": ["AGREE"], "source": "IRQ", "target": "*"}, 1.0),
        (
            {"types": ["AGREE"], "source": "IRQ", "target": "*", "span_contains": "no such words"},
            0.0,
        ),
    ],
)
def test_traps_fail_unless_an_explicit_gold_match_covers_them(trap, failures):
    events = [_event(1, "CONSULT", ("A1", "A2")), _event(2, "AGREE", ("A1",), ("A2",))]
    scores = _scores({"events": [TALKS], "forbidden_events": [trap]}, events)
    assert scores["trap_failures"] == failures


def test_type_accuracy_and_the_quad_table_pair_events_with_the_gold_they_are_about():
    refusal = {"types": ["REJECT"], "source": "blair", "target": "abbasi"}
    events = [
        _event(1, "CONSULT", ("A1", "A2")),  # right
        _event(2, "ACCUSE", ("A3",), ("A4",)),  # right pair, wrong type
        _event(3, "AID", ("A2",), ("A5",)),  # about nothing in the gold
    ]
    scores = _scores({"events": [TALKS, refusal]}, events)
    assert scores["type_accuracy"] == 0.5
    assert scores["quad verbal_cooperation>verbal_cooperation"] == 0.5
    assert scores["quad verbal_conflict>verbal_conflict"] == 0.5


def test_confident_precision_and_trap_rate():
    trap = {"types": ["ASSAULT"], "source": "USA", "target": "IRQ"}
    events = [
        _event(1, "CONSULT", ("A1", "A2"), confidence=0.9),
        _event(2, "ASSAULT", ("A2",), ("A1",), confidence=0.9),
        _event(3, "AID", ("A2",), ("A5",), confidence=0.6),
    ]
    scores = _scores(
        {"events": [TALKS], "forbidden_events": [trap, dict(trap, types=["AID"])]}, events
    )
    assert scores["precision_at_0.8"] == 0.5
    assert scores["trap_rate"] == 0.5
    assert scores["traps_avoided"] == 0.5


def test_dates_days_and_places_are_scored_over_events_that_fit_a_gold_event_giving_them():
    places = (Place("P1", "Munich", "city", "DEU"), Place("P2", "Baghdad", "city", "IRQ"))
    talks = dict(TALKS, date="2024-02-16", month_day="02-16", place="Munich|Bavaria")
    refusal = {"types": ["REJECT"], "source": "blair", "target": "abbasi", "place": "London"}
    events = [
        _event(1, "CONSULT", ("A1", "A2"), date=DateValue("2024-02-16", "day"), place="P1"),
        _event(2, "CONSULT", ("A2", "A1"), date=DateValue("--02-16", "day"), place="P2"),
        _event(3, "REJECT", ("A3",), ("A4",)),  # no place at all: wrong
        _event(4, "AID", ("A2",), ("A5",), place="P1"),  # fits no gold event: not counted
    ]
    scores = _scores({"events": [talks, refusal]}, events, places)
    assert scores["date_accuracy"] == 0.5  # "--02-16" is not the date
    assert scores["month_day_accuracy"] == 1.0  # but it is the day
    assert scores["place_accuracy"] == 1 / 3


def test_an_event_is_held_to_the_dates_of_the_gold_events_naming_both_its_sides():
    open_refusal = {"types": ["REJECT"], "source": "blair", "target": "*", "month_day": "11-20"}
    refusal = {"types": ["REJECT"], "source": "blair", "target": "abbasi"}
    events = [
        # Named on both sides by a gold event giving no day: not held to the open one's.
        _event(1, "REJECT", ("A3",), ("A4",), date=DateValue("--03-01", "day")),
        _event(2, "REJECT", ("A3",), ("A5",), date=DateValue("--11-20", "day")),
    ]
    scores = _scores({"events": [open_refusal, refusal]}, events)
    assert scores["month_day_accuracy"] == 1.0


def test_a_place_is_right_by_any_name_the_gazetteer_knows_it_by():
    # "Number 10" as written is Downing Street, by regions.tsv and its point.
    places = (Place("P1", "Number 10", "site", "GBR", 51.503, -0.128),)
    meeting = dict(TALKS, place="Downing Street|London")
    events = [_event(1, "CONSULT", ("A1", "A2"), place="P1")]
    assert _scores({"events": [meeting]}, events, places)["place_accuracy"] == 1.0


def test_a_death_toll_is_scored_over_events_that_fit_a_gold_event_giving_one():
    strike = {"types": ["ASSAULT"], "source": "blair", "target": "abbasi", "fatalities": 7}
    events = [
        _event(1, "ASSAULT", ("A3",), ("A4",), fatalities=7),
        _event(2, "ASSAULT", ("A3",), ("A4",), fatalities=70),
        _event(3, "ASSAULT", ("A3",), ("A4",)),  # no toll at all: wrong
    ]
    assert _scores({"events": [strike]}, events)["fatalities_accuracy"] == 1 / 3
