"""Demands told as a need (stages/events/needed_acts.py), on sentences we wrote."""

import pytest

from statements import statement_events

_LOSSES = "the defence secretary explain the losses"


@pytest.mark.parametrize(
    ("body", "speaker", "asked"),
    [
        (f"Senator Ruth Kline said it was essential that {_LOSSES}.", "Kline", "defence secretary"),
        (
            '"It is crucial that the Welsh government talks to local charities," said Mr Pike.',
            "Pike",
            "government",
        ),
        (
            "Ms Hale said it was vital for the regulator to act before the winter.",
            "Hale",
            "regulator",
        ),
    ],
)
def test_saying_an_act_of_an_actor_is_needed_asks_it_of_them(body, speaker, asked):
    found = statement_events(body)
    assert any(
        kind == "REQUEST" and speaker in " ".join(actors) and asked in " ".join(recipients).lower()
        for kind, actors, recipients in found
    ), found


@pytest.mark.parametrize(
    "body",
    [
        # denied, asked or supposed
        f"Senator Ruth Kline said it was not essential that {_LOSSES}.",
        f"Senator Ruth Kline asked whether it was essential that {_LOSSES}.",
        f"Senator Ruth Kline said that if it was vital that {_LOSSES}, the panel would wait.",
        # done already, or asked of the speaker's own side or of no one named
        "Senator Ruth Kline said it was important that the defence secretary had resigned.",
        '"It is vital that we pull together," said Senator Ruth Kline.',
        "Senator Ruth Kline said it was vital that pupils were taught about the risks.",
        # the need of a thing, not of an act
        "Senator Ruth Kline said the new radar was essential for the navy.",
    ],
)
def test_no_demand_where_the_need_is_denied_done_or_of_no_one_else(body):
    found = statement_events(body)
    assert not [e for e in found if e[0] == "REQUEST"], found
