"""Deeds told only by a press report the story says was denied (stages/events/denied_reports.py).

On sentences we wrote.
"""

from event_sides import told_events

_REPORTED = (
    "Reuters news agency reported that Kenya's Energy Ministry has awarded the first"
    " geothermal contracts to a Danish and a Korean company."
)


def _awards(body: str) -> list[bool]:
    return [e.real for e in told_events(body) if e.type == "AGREE"]


def test_a_report_no_one_will_confirm_or_deny_is_not_denied():
    body = (
        _REPORTED
        + " Asked to confirm or deny the report, Norden Power said it would wait for the ministry."
    )
    assert _awards(body) == [True]


def test_a_report_denied_outright_is_denied():
    body = _REPORTED + " Kenya's Energy Ministry has denied the report."
    assert _awards(body) == [False]
