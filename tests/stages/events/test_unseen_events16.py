"""Events missed or misread on a sixteenth sample of unseen news (politics and business),
each written again in sentences of our own."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    "body",
    [
        "The former finance director Paul Grange has pleaded not guilty to fraud charges.",
        "The former finance director Paul Grange has always protested his innocence.",
        "The former finance director Paul Grange has firmly declared his innocence.",
    ],
)
def test_a_plea_of_not_guilty_or_of_innocence_rejects_the_charge(body):
    assert ("REJECT", ("Paul Grange",), ()) in real_events(body), told_events(body)


def test_a_plea_of_guilty_still_concedes():
    body = "The former finance director Paul Grange has pleaded guilty to charges of fraud."
    assert [e[0] for e in real_events(body)] == ["CONCEDE"]


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The Scottish Executive shunned the Liberal Democrats' calls for a public inquiry.",
            ("REJECT", ("Scottish Executive",), ("Liberal Democrats",)),
        ),
        (
            "The Court of Appeal overruled the Home Office on the deportation.",
            ("REJECT", ("Court of Appeal",), ("Home Office",)),
        ),
        (
            "First Minister Ann Moray has ordered a report into the move to release the prisoner.",
            ("ACCUSE", ("Ann Moray",), ()),
        ),
    ],
)
def test_refusals_and_inquiries_told_by_their_verbs(body, event):
    assert event in real_events(body), told_events(body)


def test_a_body_that_settles_on_a_view_agrees_with_no_one():
    body = "The Treasury settled on a compromise after weeks of argument with the Bank of England."
    assert not [e for e in real_events(body) if e[0] == "AGREE"], told_events(body)


def test_a_bare_pressed_after_a_question_presses_no_one():
    body = (
        'Defence lawyer Ruth Hale asked Mr Grange about the accounts. "Did you ever see the '
        'books?" Ms Hale pressed.'
    )
    assert not [e for e in real_events(body) if e[0] == "REQUEST" and not e[2]]
    # With whom it presses named, it is a demand as before.
    assert ("REQUEST", ("European Union",), ("Iran",)) in real_events(
        "The European Union pressed Iran to suspend enrichment."
    )


@pytest.mark.parametrize(
    ("body", "host"),
    [
        (
            (
                "The former foreign secretary travelled to Uganda in 1977 to plead for the life "
                "of a Welsh nurse."
            ),
            "Uganda",
        ),
        ("The envoy visited Tehran to demand the release of the sailors.", "Iran"),
    ],
)
def test_a_demand_made_on_a_visit_is_made_of_the_host(body, host):
    found = [e for e in real_events(body) if e[0] == "REQUEST"]
    assert found, told_events(body)
    assert all(e[2] == (host,) for e in found), found


def test_a_speaker_who_closes_a_list_is_the_doer():
    body = (
        "Lord Tanner has died aged 88. Former Tory minister Lord Pryce said he and Lord Tanner "
        'had become friends. "My wife and I admired him greatly," he said.'
    )
    assert ("SUPPORT", ("Pryce",), ("Tanner",)) in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The board gave its approval for Michael Dunn to be released from the unit.",
        "Doctors sought permission for Michael Dunn to be released from the unit.",
    ],
)
def test_a_release_asked_or_approved_in_a_passive_infinitive_is_not_told_done(body):
    found = told_events(body)
    assert [e.type for e in found] == ["RETREAT"], found
    assert not found[0].real
