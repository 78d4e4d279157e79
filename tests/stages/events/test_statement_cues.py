"""The statement cues a quote's words are (stages/events/statement_cues.py).

On sentences we wrote.
"""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leader Ada Quill said the Harbour Board had done nothing to repair the pier.",
        "Opposition leader Ada Quill said the Harbour Board's plan had done nothing for fishermen.",
        '"The Harbour Board has done nothing for six years," opposition leader Ada Quill said.',
    ],
)
def test_doing_nothing_charges_the_doer_or_the_maker_of_the_plan(body):
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


@pytest.mark.parametrize(
    ("body", "praised"),
    [
        (
            (
                'Health Secretary Anne Lowe said Dr Peter Marsh would "strengthen the voice'
                ' of patients".'
            ),
            "Peter Marsh",
        ),
        (
            (
                "Mark Fisher, head of the Association of Care Managers, said the government's"
                " plans could improve the lives of thousands of people."
            ),
            "government",
        ),
        (
            "Union leader Ada Quill said the Harbour Board had improved safety on the pier.",
            "Harbour Board",
        ),
    ],
)
def test_saying_an_actor_or_its_plan_does_good_backs_it(body, praised):
    assert [e for e in statement_events(body) if e[0] == "SUPPORT" and praised in e[2]]


@pytest.mark.parametrize(
    "body",
    [
        # What does good is no actor's, or the good is not done.
        "The report said exam results had improved in most schools.",
        "Economist Paul Grant said the weak pound would enhance exports.",
        "The unions said the cuts would strengthen the hand of extremists.",
        "Critics said the government's plans would do nothing to improve care.",
        # An aim, a duty, or the speaker's own lot: no praise of the doer.
        "Tory MP Ada Quill said Tony Blair had been trying hard to improve his standing.",
        "Ofsted said the Harbour Board must improve safety on the pier.",
        'Freed hostage Tom Reeve said: "My captors tried to crush me, but they strengthened me."',
    ],
)
def test_good_done_by_no_actor_or_not_done_backs_no_one(body):
    assert not [e for e in statement_events(body) if e[0] == "SUPPORT"]


@pytest.mark.parametrize(
    "body",
    [
        "Harbour Board chief Tom Reeve said the board had done nothing wrong.",
        "Harbour Board chief Tom Reeve said he did nothing wrong by signing the ferry contract.",
        "Opposition leader Ada Quill said the Harbour Board could do nothing about the storm.",
        'Opposition leader Ada Quill said: "We have done nothing to deserve this."',
        "Opposition leader Ada Quill said the storm had done nothing to dent the island's spirit.",
        "Opposition leader Ada Quill said the Harbour Board's plan would do nothing for fishermen.",
    ],
)
def test_nothing_wrong_beyond_ones_power_foretold_or_ones_own_charges_no_one(body):
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "Housing minister Tom Reeve said the Green Party's housing proposals were uncosted.",
        "Housing minister Tom Reeve said the Green Party's tax pledge was a con.",
    ],
)
def test_a_plan_called_uncosted_or_a_con_charges_its_maker(body):
    assert ("ACCUSE", ("Tom Reeve",), ("Green Party",)) in statement_events(body)


def test_the_cons_weighed_against_the_pros_charge_no_one():
    body = "Tom Reeve said the Green Party had weighed the pros and cons of the new fares."
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        '"The Harbour Board has run out of ideas," opposition leader Ada Quill said.',
        "Opposition leader Ada Quill said the Harbour Board was running out of excuses.",
    ],
)
def test_running_out_of_ideas_or_excuses_charges_the_runner(body):
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leader Ada Quill said the island hospital had run out of beds.",
        "Opposition leader Ada Quill said the Harbour Board was running out of time.",
    ],
)
def test_running_out_of_a_thing_one_needs_charges_no_one(body):
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]


def test_out_of_touch_judges_whoever_is_said_to_be_so():
    body = "Opposition leader Ada Quill said the Harbour Board was out of touch with fishermen."
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leader Ada Quill said the Harbour Board would keep in touch with fishermen.",
        "Opposition leader Ada Quill said she had been out of touch with her office all week.",
    ],
)
def test_touch_kept_or_ones_own_absence_judges_no_one(body):
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        'Opposition leader Ada Quill said the Harbour Board was "dragging its heels".',
        "Opposition leader Ada Quill said the Harbour Board had moved the goalposts on fares.",
    ],
)
def test_an_idiom_of_shirking_charges_its_doer(body):
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        (
            "Opposition leader Ada Quill said the ambition of the Harbour Board was"
            ' "getting in the way of a fair fares deal".'
        ),
        "Opposition leader Ada Quill said the Harbour Board was standing in the way of reform.",
    ],
)
def test_being_in_the_way_charges_its_doer(body):
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


def test_surrendering_a_veto_charges_its_doer():
    body = "Opposition leader Ada Quill said the Harbour Board was surrendering its veto."
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


def test_the_verb_of_an_idiom_with_another_object_charges_no_one():
    body = "Opposition leader Ada Quill said the Harbour Board had dragged the old ferry ashore."
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leader Ada Quill said the Harbour Board's ferry cuts were a false economy.",
        'Ada Quill said the Harbour Board\'s new terminal was "a white elephant".',
        "Ada Quill said the Harbour Board's fares review was a missed opportunity.",
    ],
)
def test_an_idiom_of_fault_charges_the_maker_of_the_thing_judged(body):
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leader Ada Quill said the Harbour Board's growing economy was a surprise.",
        "Opposition leader Ada Quill said the Harbour Board had seized false passports.",
    ],
)
def test_either_word_of_an_idiom_of_fault_alone_charges_no_one(body):
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "Professor Nia Brandt says the Harbour Board's emphasis on new car parks is misplaced.",
        "Opposition leader Ada Quill said the Harbour Board's ferry timetable was muddled.",
    ],
)
def test_a_judging_adjective_read_as_a_passive_still_charges(body):
    found = statement_events(body)
    assert any(e[0] == "ACCUSE" and e[2] == ("Harbour Board",) for e in found)


def test_a_participle_of_a_verb_of_its_own_backs_no_one():
    body = "Harbour Board chief Tom Reeve said the pier closure was justified on safety grounds."
    assert not any(e[0] == "SUPPORT" for e in statement_events(body))


def test_a_participle_with_its_doer_named_is_no_judgement_of_its_subject():
    body = (
        "Opposition leader Ada Quill said the Harbour Board's letters were misplaced by a "
        "courier firm."
    )
    assert not any(e[0] == "ACCUSE" and e[2] == ("Harbour Board",) for e in statement_events(body))
