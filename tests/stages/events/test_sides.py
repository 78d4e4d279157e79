"""An event's sides as sides.py joins them, on sentences we wrote."""

import dataclasses

import pytest

from dateline import nlp
from dateline.stages._tree import Tree
from dateline.stages.events.sides import list_after
from event_sides import real_events, told_events


def test_a_list_hung_on_the_change_asked_for_is_asked_of_every_item():
    # The parse joins "IMF" to "overhaul", not to "United Nations".
    events = real_events(
        "Ana Ruiz, Chile's finance minister, spoke in Lima. "
        "She pressed for an overhaul of the United Nations, the IMF and the WTO."
    )
    assert (
        "REQUEST",
        ("Ana Ruiz",),
        ("United Nations", "International Monetary Fund", "World Trade Organization"),
    ) in events


def _parse_with(text: str, word: str, dep: str, head: str) -> Tree:
    """Our sentence's parse, with one word hung as the parser sometimes hangs it."""
    parse = nlp.to_parse(nlp.load()(text), nlp.model_name())
    words = [t.text for t in parse.tokens]
    tokens = list(parse.tokens)
    i = words.index(word)
    tokens[i] = dataclasses.replace(tokens[i], dep=dep, head=words.index(head))
    return Tree(dataclasses.replace(parse, tokens=tuple(tokens)), text)


def test_a_list_item_left_loose_on_the_verb_after_a_comma_is_one_more_target():
    tree = _parse_with(
        "She also pressed for reform of the African Union, the IMF and the WTO.",
        "IMF",
        "dep",
        "pressed",
    )
    words = [t.text for t in tree.tokens]
    later = list_after(tree, words.index("pressed"), words.index("Union"))
    assert [words[i] for i in later] == ["IMF", "WTO"]


def test_a_loose_word_with_no_comma_before_it_is_no_list_item():
    tree = _parse_with(
        "She also pressed for reform of the African Union on Monday in Lima.",
        "Lima",
        "dep",
        "pressed",
    )
    words = [t.text for t in tree.tokens]
    assert list_after(tree, words.index("pressed"), words.index("Union")) == []


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (
            "Ministers have urged the chief constable of Kent, Sir Tom Hale, to step down.",
            "Tom Hale",
        ),
        (
            (
                "The committee is also calling on the most senior judge in Scotland, "
                "Lord Hamilton, to drop the new rules he set out in May."
            ),
            "Hamilton",
        ),
    ],
)
def test_an_office_holder_named_beside_the_description_is_the_recipient(body, named):
    events = real_events(body)
    assert any(kind == "REQUEST" and recipients == (named,) for kind, _, recipients in events)


def test_a_name_beside_a_thing_done_is_not_its_recipient():
    events = real_events("Amnesty criticised the treatment of the prisoner, Ali Khan, by guards.")
    assert not any(recipients == ("Ali Khan",) for _, _, recipients in events)


def test_a_participle_after_one_of_those_counted_is_its_deed_not_the_subjects():
    events = real_events(
        "Wexford Retail Group is fighting two lawsuits - one accusing it of underpaying women "
        "and another alleging it mistreats older staff."
    )
    assert not any(actors == ("Wexford Retail Group",) for _, actors, _ in events)
    assert ("ACCUSE", (), ("Wexford Retail Group",)) in events


@pytest.mark.parametrize(
    ("body", "charged", "listed"),
    [
        (
            (
                "Dutch regulator the AFM has filed complaints against Norland Bank, "
                "its chairman Tom Reed and finance director Ann Hale."
            ),
            "AFM",
            ("Norland Bank", "Tom Reed"),
        ),
        (
            (
                "The regulator accused Castell Insurance, its chief executive Maria Lund "
                "and two directors of misleading investors."
            ),
            "regulator",
            ("Castell Insurance", "Maria Lund"),
        ),
    ],
)
def test_one_of_a_bodys_own_people_set_after_it_in_a_list_is_charged_too(body, charged, listed):
    # The parse hangs "its chairman" on the bank as another name for it.
    events = [e for e in real_events(body) if e[0] == "ACCUSE"]
    assert len(events) == 1, events
    assert events[0][1] == (charged,)
    assert set(listed) <= set(events[0][2]), events


def test_a_bodys_own_person_described_after_it_alone_is_no_list():
    events = [
        e
        for e in real_events("The watchdog fined Norland Bank, its largest lender, last year.")
        if e[0] == "SANCTION"
    ]
    assert [e[2] for e in events] == [("Norland Bank",)], events


_GOVERNED = (
    "The British government has faced growing pressure over its housing plan. "
    "The British government said the plan would go ahead. "
)


@pytest.mark.parametrize(
    "charge",
    [
        "A complaint was sent to the panel by the Scottish Retail Consortium.",
        "The Scottish Retail Consortium lodged a complaint to the panel on Tuesday.",
        "The Scottish Retail Consortium complained to the panel on Tuesday.",
    ],
)
def test_a_charge_made_to_a_body_no_actor_stands_for_is_not_made_of_the_government(charge):
    events = real_events(_GOVERNED + charge)
    assert ("ACCUSE", ("Scottish Retail Consortium",), ()) in events
    assert ("ACCUSE", ("Scottish Retail Consortium",), ("United Kingdom",)) not in events


def test_a_charge_put_to_no_one_is_still_made_of_the_home_government():
    events = real_events(
        _GOVERNED + "The Scottish Retail Consortium complained about the plan on Tuesday."
    )
    assert ("ACCUSE", ("Scottish Retail Consortium",), ("United Kingdom",)) in events


@pytest.mark.parametrize(
    "demand",
    [
        "Senator Ruth Ormond demanded that Defence Secretary Paul Kemble resign.",
        "Senator Ruth Ormond demanded that the defence secretary resign.",
    ],
)
def test_who_a_demand_asks_is_the_clause_s_subject_the_parser_ran_into_its_verb(demand):
    # The model may read "Paul Kemble resign" as one noun; he is still the one asked.
    (event,) = [e for e in told_events(demand) if e.type == "REQUEST"]
    assert event.actor == ("Ruth Ormond",)
    assert len(event.recipient) == 1
    assert "Ormond" not in event.recipient[0]


_NORWAY = (
    "The government of Norway has defended its new security law. "
    "Ministers say the government needs the powers. "
)


def test_a_thing_demanded_is_no_addressee_so_the_home_government_is_asked():
    events = real_events(
        _NORWAY + "Opposition spokesman Lars Dahl demanded assurances that no refugee "
        "would be sent home without a hearing."
    )
    assert ("REQUEST", ("Lars Dahl",), ("Norway government",)) in events


def test_someone_urged_to_act_stays_an_addressee_the_text_leaves_unknown():
    events = real_events(_NORWAY + "Opposition spokesman Lars Dahl urged the hunts to stay calm.")
    assert ("REQUEST", ("Lars Dahl",), ()) in events
