"""A role a relative clause says someone keeps ("who will remain as chief executive") is his."""

import pytest

from actor_names import report


@pytest.mark.parametrize(
    "body",
    [
        (
            "Harland Industries agreed a takeover. Peter Tomlin, who will remain as Harland chief "
            "executive, said the offer was fair."
        ),
        "Peter Tomlin, who remains chairman of Harland Industries, said the offer was fair.",
    ],
)
def test_a_role_kept_by_staying_on_codes_the_person(body):
    article = report(body)
    person = next(a for a in article.actors if a.name == "Peter Tomlin")
    assert person.sector == "BUS", [(a.name, a.sector, a.title) for a in article.actors]
