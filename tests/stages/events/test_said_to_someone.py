"""Words said to a person name them "you" (stages/events/told_to.py), on sentences we wrote."""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            (
                'Colin Hart told Ms Ann Vale: "It is disappointing that you have added to '
                'this distortion of my remarks."'
            ),
            "ACCUSE",
        ),
        ('Colin Hart told Ms Ann Vale: "You have done a superb job."', "SUPPORT"),
        ('"You have done a superb job," Colin Hart told Ann Vale at the dinner.', "SUPPORT"),
        ('Colin Hart wrote to Ann Vale on Monday: "That is completely untrue."', "REJECT"),
    ],
)
def test_a_quote_said_to_a_person_is_about_them_as_you(body, kind):
    assert (kind, ("Colin Hart",), ("Ann Vale",)) in statement_events(body)


def test_a_you_said_to_a_paper_names_no_one():
    body = 'Colin Hart told the Daily Courier: "If you look at my record, it is superb."'
    assert not [e for e in statement_events(body) if "Daily Courier" in e[2]]


def test_the_person_told_in_the_next_quote_is_not_this_quotes():
    body = (
        'Colin Hart told reporters: "You have done a superb job." '
        'Then Colin Hart told Ann Vale: "I will see you soon."'
    )
    assert not [e for e in statement_events(body) if e[2] == ("Ann Vale",)]
