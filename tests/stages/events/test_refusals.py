"""Refusals told in a speaker's own statement (stages/events/refusals.py), on sentences we wrote."""

import pytest

from event_sides import real_events
from statements import refuses, statement_events


@pytest.mark.parametrize(
    ("body", "refuser", "refused"),
    [
        (
            (
                "Transport Secretary Alan Reid said he would not take part in a televised "
                "debate with Conservative leader Peter Mayhew before the May vote."
            ),
            "Alan Reid",
            ("Peter Mayhew",),
        ),
        (
            "The Treasury said it could not comment on the leaked spending figures.",
            "Treasury",
            (),
        ),
        (
            "Canada said it could not approve Iran's bid to join the trade body.",
            "Canada",
            ("Iran",),
        ),
        (
            "Councillor Jane Boyd says she will not stand down unless her party asks her to.",
            "Jane Boyd",
            (),
        ),
    ],
)
def test_what_a_speaker_says_it_will_not_do_it_refuses(
    body: str, refuser: str, refused: tuple[str, ...]
) -> None:
    assert refuses(body, refuser, refused), statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        # What others will not do, or how things will not turn out, refuses nothing.
        "Conservative leader Peter Mayhew said the rail plan would not work.",
        # Thinking, wishing and holding nothing back are no refusals.
        "Health Secretary Alan Reid said he would not rule out a fresh inquiry.",
        "Health Secretary Alan Reid said he could not remember the meeting.",
        # Not excluding a thing is a guess that it may be so.
        'Analyst Kate Moss said: "I would not exclude that the bank has found a new partner."',
        # Not knowing something is no refusal either.
        "The rail regulator said it could not say when the line would reopen.",
        # The act refused is the infinitive's, and seeking to change nothing refuses nothing.
        "Health Secretary Alan Reid said he would not seek to reverse the pay rise.",
        # A refusal that holds only on a condition is a hypothetical one.
        'Ms Boyd said: "If the vote goes against us, we cannot carry on in the same way."',
    ],
)
def test_no_refusal_where_the_speaker_refuses_nothing_outright(body: str) -> None:
    assert not [e for e in statement_events(body) if e[0] == "REJECT"]


@pytest.mark.parametrize(
    ("body", "giver"),
    [
        (
            (
                "The Trade Commission admitted last week that it would not impose penalties on "
                "states that miss the deficit target."
            ),
            "Trade Commission",
        ),
        (
            (
                "Software maker Orbix said it would not put any curbs on coders who "
                "reuse the published code."
            ),
            "Orbix",
        ),
    ],
)
def test_a_restraint_the_speaker_says_it_will_not_impose_is_a_concession(
    body: str, giver: str
) -> None:
    # One concession: an "admitted" on the same words is that same act, told once.
    found = real_events(body)
    assert [e for e in found if e[0] == "CONCEDE" and giver in " ".join(e[1])], found
    assert not [e for e in found if e[0] == "REJECT"], found


def test_a_restraint_the_speaker_will_not_lift_is_still_refused() -> None:
    body = "Canada said it would not lift the sanctions on Iran before the summit."
    assert [e for e in statement_events(body) if e[0] == "REJECT"], statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        '"I would never have guessed that the jury would pick me," said Tom Hale, the designer.',
        '"We could not have finished the bridge without the engineers," said Anna Webb.',
    ],
)
def test_what_the_speaker_would_not_have_done_in_the_past_refuses_nothing(body: str) -> None:
    assert not [e for e in real_events(body) if e[0] == "REJECT"]
