"""Who made a lead's charge told without its maker (events/lead_accusers.py), on our sentences."""

import pytest

from event_sides import told_events


@pytest.mark.parametrize(
    ("body", "accuser"),
    [
        (
            (
                "Education Secretary Ruth Kelly has been accused of hiding the true cost of her "
                "school building plans. Tory spokesman Tim Collins told MPs the figures had been "
                "fiddled."
            ),
            ("Tim Collins",),
        ),
        (
            (
                "Prison places will rise by a tenth this year. About 300 prison staff have been "
                "accused of taking bribes from inmates. Justice Secretary Ann Crowe said the "
                "guilty would be sacked."
            ),
            ("Ann Crowe",),
        ),
        (
            (
                "The Home Office has been criticised over rising costs and long delays in its "
                "prison building programme. A National Audit Office report on ten new jails says "
                "costs have risen by £300m in two years."
            ),
            ("National Audit Office",),
        ),
    ],
)
def test_a_lead_charge_with_no_maker_is_made_by_who_speaks_up_next(body, accuser):
    events = told_events(body)
    charge = next(e for e in events if e.trigger in ("accused", "criticised"))
    assert charge.actor == accuser


def test_the_accused_partys_own_reply_makes_no_charge():
    body = (
        "The Labour Party has been accused of racism over a leaflet showing two rival "
        "candidates as monkeys. A Labour spokesman said the leaflet was a joke."
    )
    charge = next(e for e in told_events(body) if e.trigger == "accused")
    assert charge.actor == ()


def test_a_charge_with_no_maker_further_down_is_left_without_one():
    body = (
        "Education Secretary Ruth Kelly opened a new school in Leeds on Monday. She met "
        "teachers and pupils. She has been accused of hiding the cost of the building plans. "
        "Tory spokesman Tim Collins said the figures were wrong."
    )
    charge = next(e for e in told_events(body) if e.trigger == "accused")
    assert charge.actor == ()
