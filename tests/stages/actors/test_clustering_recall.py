"""Mentions of one actor that news writes apart, joined (invented text)."""

from actor_names import actors_by_name as _actors
from actor_names import mention_texts as _mentions


def test_a_body_s_name_the_model_split_is_the_body_it_spells_in_lower_case():
    article, actors = _actors(
        "Dossier Row\n\nThe Butler Inquiry will publish its report in July. "
        "Mr Hale, who sat on the Butler inquiry, declined to comment on Friday.\n"
    )
    inquiry = actors["Butler Inquiry"]
    assert "inquiry" in " ".join(_mentions(article, inquiry))
    assert not any(name.lower() == "butler inquiry" for name in set(actors) - {"Butler Inquiry"})


def test_the_general_is_the_one_the_story_styles_gen():
    article, actors = _actors(
        "Arrest\n\nGen Ramon Ortiz was arrested in Lima on Tuesday. "
        "The general's lawyers said the charges were political.\n"
    )
    assert _mentions(article, actors["Ramon Ortiz"]) == ["Ramon Ortiz", "general"]
