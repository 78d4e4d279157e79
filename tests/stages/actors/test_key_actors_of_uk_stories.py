"""Key actors of British news coded from what the text says (stages/actors), on our sentences.

Groups the story quotes or reports, a body the model took for a work, and a
name read after a medium it was told to.
"""

import pytest

import dateline


def _actors(text):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-01")
    return {a.name: a for a in article.actors}


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Most of those asked said politicians did not keep their promises.", "politicians", "PTY"),
        ("Anglers could be taken to court under the draft bill, MPs warned.", "Anglers", "CVL"),
        ("Defendants will wait in separate rooms under the new court rules.", "Defendants", "CVL"),
        ("The mayor's aides said the local press had been unfair to him.", "local press", "MED"),
    ],
)
def test_a_group_named_by_its_calling_is_coded_by_it(text, name, sector):
    found = _actors(text)
    assert name in found
    assert found[name].sector == sector


def test_a_group_said_to_speak_in_a_clause_is_a_group_the_story_reports():
    found = _actors("The reform has wide support from charities who say it would protect carers.")
    assert found["charities"].sector == "NGO"


def test_a_name_after_the_medium_it_was_told_is_not_of_that_medium():
    text = (
        "Sarah Whitlock's killer, Owen Pritchard, was jailed for twelve years.\n\n"
        "Her brother told the ITV News website Pritchard did not deserve mercy."
    )
    found = _actors(text)
    assert found["Owen Pritchard"].sector != "MED"
    assert found["Owen Pritchard"].title is None


def test_a_body_named_with_its_initials_is_a_body_though_the_model_read_a_work():
    text = (
        '"Exams are not broken." The Exams and Standards Council (ESC) has told ministers '
        'not to "rush" it. The ESC said more time was needed.'
    )
    found = _actors(text)
    body = found["Exams and Standards Council"]
    assert body.kind == "organization"
    assert body.sector == "GOV"


def test_the_press_is_no_group_where_it_only_names_a_thing_or_a_verb():
    text = (
        "The minister called a press conference and said she would press ahead. "
        "Press reports had said she was angry."
    )
    found = _actors(text)
    assert not any("press" in name.lower() for name in found)
