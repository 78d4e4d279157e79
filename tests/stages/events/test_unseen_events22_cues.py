"""Events the stage never coded on the released sample (dev:extra19, BBC tech and business),
each written again in sentences of our own: a firm sacking its own people, going to law
against someone told by a noun ("legal action", "proceedings"), the deed set aside by "rather
than", which is not done, and the one sacked or suspended in a clause inside another, whose
subject the parse also hung on the passive verb."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Northwind Airways sacked its finance director, Paul Grant, in March.",
            ("SANCTION", ("Northwind Airways",), ("Paul Grant",)),
        ),
        (
            "The Kestrel Bank sacked Ann Cole and Tom Reid after the trading losses came to light.",
            ("SANCTION", ("Kestrel Bank",), ("Ann Cole", "Tom Reid")),
        ),
    ],
)
def test_a_firm_sacking_its_people_punishes_them(body, event):
    assert event in real_events(body), told_events(body)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Ellen Marsh said she was starting legal action against Kestrel Airways.",
            ("ACCUSE", ("Ellen Marsh",), ("Kestrel Airways",)),
        ),
        (
            "The Financial Services Authority has begun proceedings against Halvard Trust.",
            ("ACCUSE", ("Financial Services Authority",), ("Halvard Trust",)),
        ),
    ],
)
def test_going_to_law_told_by_a_noun_charges_the_one_it_is_against(body, event):
    assert event in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The mayor of Leeds, Anne Boyd, opened the proceedings with a short speech.",
        "Teachers fear legal action if a school trip goes wrong, Anne Boyd said.",
    ],
)
def test_proceedings_or_legal_action_against_no_one_charge_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"], told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Paul Grant was allowed to resign rather than be suspended, the board said.",
        "Paul Grant was allowed to resign rather than be sacked, the board said.",
    ],
)
def test_the_deed_set_aside_by_rather_than_is_not_done(body):
    assert not [e for e in real_events(body) if e[0] == "SANCTION"], told_events(body)


@pytest.mark.parametrize(
    ("body", "suspended"),
    [
        (
            (
                "Dr Tom Aske, on his first full week in the post after Mary Lyle was "
                "suspended, admitted serious problems."
            ),
            "Mary Lyle",
        ),
        (
            (
                "Professor Ian Hale, on his second day as dean after Ruth Moss was "
                "suspended, admitted serious problems."
            ),
            "Ruth Moss",
        ),
    ],
)
def test_the_one_suspended_is_the_passive_subject_nearest_the_verb(body, suspended):
    punished = [e for e in real_events(body) if e[0] == "SANCTION"]
    assert punished == [("SANCTION", (), (suspended,))], told_events(body)


def test_a_subject_stressed_by_itself_is_still_the_one_done_to():
    body = "Harland Bank joined the hearing as it was itself being sued by Kestrel Oil."
    assert ("ACCUSE", ("Kestrel Oil",), ("Harland Bank",)) in real_events(body), told_events(body)
