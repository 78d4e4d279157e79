"""A stance or habit a present relative clause tells of its bearer is coded less surely."""

import dateline


def _confidences(body: str) -> dict[str, float]:
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    return {e.trigger: e.confidence for e in article.events}


def test_a_stance_told_in_a_present_relative_clause_is_less_sure():
    found = _confidences("Two local councillors who back Mr Jones met party officials on Tuesday.")
    assert found["back"] < 0.8
    assert found["met"] >= 0.8


def test_the_same_stance_told_as_a_deed_keeps_its_confidence():
    assert _confidences("Two councillors backed Mr Jones on Tuesday.")["backed"] >= 0.8
    assert _confidences("Two councillors, who backed Mr Jones on Tuesday, spoke.")["backed"] >= 0.8
