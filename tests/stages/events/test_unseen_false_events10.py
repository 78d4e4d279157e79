"""False events found on a tenth sample of unseen business and politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events


def test_whom_a_deed_is_left_to_does_it():
    assert ("SUPPORT", ("John Prescott",), ("chancellor",)) in _events(
        "It was left to John Prescott to pay warm tribute to the chancellor at the rally."
    )
    assert ("ACCUSE", ("Conservative Party",), ("government",)) in _events(
        "It fell to the Conservatives to attack the government over the cost of the scheme."
    )


def test_whom_a_deed_is_left_to_does_the_deed_joined_to_it():
    assert ("ACCUSE", ("John Prescott",), ("Conservative Party",)) in _events(
        "It was left to John Prescott to praise the chancellor and, in closing, to attack the"
        " Conservatives over their tax plans."
    )


def test_a_participle_joined_after_a_reported_clause_is_the_speakers_deed():
    found = _events(
        "The Greens set out their plans, with Caroline Lucas saying ministers must not ignore"
        " climate change and accusing the government of timidity."
    )
    # "the Greens" place the story in Britain, whose government "ministers" is too.
    assert any(
        e[:2] == ("ACCUSE", ("Caroline Lucas",)) and e[2] in (("government",), ("ministers",))
        for e in found
    )
    assert ("ACCUSE", ("ministers",), ("government",)) not in found
    assert ("ACCUSE", ("Charles Kennedy",), ("Conservative Party",)) in _events(
        "Charles Kennedy left the meeting early, saying the talks would fail and blaming the"
        " Conservatives for the deadlock."
    )


def test_a_subject_pronoun_is_not_whom_its_own_object_pronoun_means():
    found = _events(
        "Tony Blair spoke at the party's spring conference on Sunday. His speech may irk"
        " Gordon Brown, but he also praised him as the finest chancellor in a century."
    )
    assert ("SUPPORT", ("Tony Blair",), ("Gordon Brown",)) in found
    assert ("SUPPORT", ("Gordon Brown",), ("Tony Blair",)) not in found


def test_a_subject_pronoun_after_a_sentence_of_two_names_keeps_its_subject():
    assert ("SUPPORT", ("Tony Blair",), ("Gordon Brown",)) in _events(
        "Tony Blair met Gordon Brown at Downing Street on Sunday. He thanked him for his work"
        " on the budget."
    )
