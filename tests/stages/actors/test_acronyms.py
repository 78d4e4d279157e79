"""Letters that stand for a body, a person's role or a thing (invented text)."""

import pytest

from actor_names import report


def _names(article):
    return {actor.name: actor for actor in article.actors}


def test_a_body_known_by_letters_an_airport_also_has_is_kept():
    # GeoNames gives Racine, Wisconsin, the airport code "RAC" as a name.
    article = report(
        "The RAC welcomed the freeze on fuel duty, calling it a relief for families on the road."
    )
    assert _names(article)["RAC"].sector in ("BUS", "NGO")


@pytest.mark.parametrize(
    "body",
    [
        "The KC said the evidence had been kept from the jury.",
        "Tom Hale, a KC, said the ruling would be appealed.",
    ],
)
def test_a_persons_letters_alone_name_no_body(body):
    assert "KC" not in _names(report(body))


def test_letters_spelled_out_in_lower_case_stand_for_a_thing():
    article = report(
        "The survey tracks genetically modified (GM) crops across Europe. "
        "GM output grew fastest in Spain, the survey found."
    )
    assert "GM" not in _names(article)


@pytest.mark.parametrize(
    ("body", "letters"),
    [
        ("Councils will pay for the new schools through PFI deals, the minister said.", "PFI"),
        ("The plant will add 400 MW of power to the grid by 2026.", "MW"),
    ],
)
def test_letters_known_to_stand_for_a_thing_name_no_body(body, letters):
    assert letters not in _names(report(body))


def test_drivers_urged_to_act_are_the_recipients_of_the_request():
    article = report(
        "The RAC welcomed the freeze. But the organisation urged drivers to keep "
        "shopping around for cheaper diesel."
    )
    names = {actor.id: actor.name for actor in article.actors}
    (request,) = [e for e in article.events if e.type == "REQUEST"]
    assert [names[i] for i in request.recipient] == ["drivers"]


def test_initials_joined_by_an_ampersand_stand_for_the_name_they_join():
    # "Marlow & Finch's" is "M&F" after: one firm, not two.
    article = report(
        "Marlow & Finch's said on Monday it had lowered its rating of the bonds. "
        "M&F said the outlook for the debt was negative."
    )
    (firm,) = [a for a in article.actors if a.name in ("Marlow & Finch", "M&F")]
    assert {article.text[s:e] for s, e in firm.mentions} == {"Marlow & Finch", "M&F"}


def test_a_school_subject_written_in_letters_is_no_body():
    article = report(
        "Ministers have promised two hours of PE a week for every pupil, the Department for "
        "Education said. Schools will also train more PE teachers by 2008."
    )
    assert "PE" not in _names(article)


def test_a_national_bodys_acronym_leaves_out_the_country_its_name_opens_with():
    article = report(
        "The UK Financial Services Authority fined the bank. The FSA said the fine was a warning."
    )
    (body,) = [a for a in article.actors if a.name == "UK Financial Services Authority"]
    assert [article.text[s:e] for s, e in body.mentions] == [
        "UK Financial Services Authority",
        "FSA",
    ]
