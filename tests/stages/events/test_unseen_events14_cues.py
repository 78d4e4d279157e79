"""Events missed or misread on a newly released sample of news (dev:extra14, BBC politics),
each written again in sentences of our own."""

from event_sides import real_events, told_events


def test_a_duty_that_should_have_been_under_way_blames_rather_than_asks():
    body = (
        "Senator Karen Doyle said Port Director Paul Manning should have been answering "
        "questions from the inspectors months ago."
    )
    found = real_events(body)
    assert ("ACCUSE", ("Karen Doyle",), ("Paul Manning",)) in found, told_events(body)
    assert not any(kind == "REQUEST" for kind, _, _ in found)


def test_her_call_after_her_quote_is_the_call_of_the_speaker_quoted():
    body = (
        'Trade Secretary Carla Reyes said: "Shops must check the age of every buyer. '
        'Parents also need to know what they are buying for their children." '
        "Her call was backed by Health Secretary Omar Haddad."
    )
    assert ("SUPPORT", ("Omar Haddad",), ("Carla Reyes",)) in real_events(body), told_events(body)


def test_not_agreeing_with_someone_is_a_rejection_of_them():
    body = "Commissioner Ana Pike said she did not agree with Mayor Tom Hale."
    assert ("REJECT", ("Ana Pike",), ("Tom Hale",)) in real_events(body), told_events(body)


def test_agreeing_with_someone_still_backs_them():
    body = "Commissioner Ana Pike said she agreed with Mayor Tom Hale."
    assert ("SUPPORT", ("Ana Pike",), ("Tom Hale",)) in real_events(body), told_events(body)


def test_a_rejection_after_a_whose_clause_is_done_by_the_noun_the_clause_is_on():
    body = (
        "Health Secretary Ana Moss spoke on Sunday. The health secretary, whose ten-year plan "
        "for hospitals and clinics is expected to be unveiled on Friday, also rejected claims "
        "that waiting lists were growing."
    )
    assert ("REJECT", ("Ana Moss",), ()) in real_events(body), told_events(body)


def test_a_rebuff_to_someones_words_rejects_them():
    body = (
        "Finance Minister Ana Moss delivered a sharp rebuff to opposition leader Tom Hale's "
        "claims about the budget."
    )
    assert ("REJECT", ("Ana Moss",), ("Tom Hale",)) in real_events(body), told_events(body)


def test_an_appeal_made_after_an_as_clause_is_made_by_the_main_subject():
    body = (
        "Ana Moss spoke in Leeds on Sunday. Then she walked to the edge of the platform as the "
        "crowd rose to its feet, to make a final appeal to them to vote."
    )
    assert ("REQUEST", ("Ana Moss",), ()) in real_events(body), told_events(body)
