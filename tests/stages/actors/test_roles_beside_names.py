"""A role with its holder's name beside it, roles held now, and groups named whole (invented)."""

from actor_names import actors_by_name as _actors
from actor_names import mention_texts as _mentions


def test_a_person_s_office_ending_in_a_body_s_word_joins_the_name_beside_it():
    # "leader of the opposition" ends in "opposition", but a person holds it.
    article, actors = _actors(
        "Budget row\n\nThe leader of the opposition, David Morton, accused the government "
        "of breaking its promises on pensions.\n"
    )
    assert "leader of the opposition" not in actors
    assert actors["David Morton"].sector == "OPP"
    (event,) = [e for e in article.events if e.type == "ACCUSE"]
    assert [a.name for a in article.actors if a.id in event.actor] == ["David Morton"]


def test_a_person_s_office_ending_in_a_body_s_word_standing_alone_is_a_person():
    _, actors = _actors(
        "Budget row\n\nThe member of parliament for the town said the closure was a disgrace.\n"
    )
    assert actors["member of parliament"].kind == "person"


def test_a_possessed_role_joins_the_name_set_beside_it_where_the_parser_does_not():
    article, actors = _actors(
        "Quiz show\n\nA nervous Mr Patel later confided in the show's presenter, Sarah "
        "Jennings, that he had been scared.\n\nThe programme's presenter, Tom Hale, said "
        "it had been fun.\n"
    )
    assert actors["Sarah Jennings"].sector == "MED"
    assert actors["Tom Hale"].sector == "MED"
    assert "presenter" not in _mentions(article, actors["Tom Hale"])
    assert "presenter" not in actors


def test_a_name_opening_a_list_after_a_role_is_not_its_holder():
    _, actors = _actors(
        "Quiz show\n\nThe jury thanked the presenter, Sarah Jennings and Tom Hale for their work.\n"
    )
    assert actors["Tom Hale"].title is None


def test_a_group_keeps_the_hyphened_word_before_it():
    _, actors = _actors(
        "Campaign\n\nThe plan was attacked by first-time voters in the town on Monday.\n"
    )
    assert "first-time voters" in actors
    assert not any(name.startswith("time") for name in actors)


def test_a_group_keeps_the_bare_plural_that_says_its_kind():
    _, actors = _actors(
        "Access\n\nThe measures were condemned by fathers' rights groups on Monday.\n"
    )
    assert actors["fathers' rights groups"].sector == "NGO"


def test_a_role_held_now_codes_a_person_before_one_held_once():
    _, actors = _actors(
        "Party row\n\nFormer columnist Anna Berg has quit the Green Party. "
        "The MEP said she was tired of its feuds.\n"
    )
    assert actors["Anna Berg"].sector == "LEG"


def test_a_body_keeps_the_bare_field_it_sits_on_in_its_name():
    article, actors = _actors(
        "Custody deaths\n\nThe joint committee on human rights found that deaths had risen. "
        "The committee on Tuesday said it would meet again.\n"
    )
    mentions = [m for actor in actors.values() for m in _mentions(article, actor)]
    assert "joint committee on human rights" in mentions
    assert "committee on Tuesday" not in mentions


def test_a_firm_s_head_named_before_a_name_is_the_firm_s():
    _, actors = _actors(
        "Planemaker Feud\n\nThe planemaker has picked a new leader. Airbus head Klaus Weber "
        "is set to replace Mr Hale, ending a long feud. Mr Weber said he was pleased.\n"
    )
    assert actors["Klaus Weber"].org == "airbus"
    assert actors["Klaus Weber"].sector == "BUS"


def test_a_head_with_no_body_named_is_no_one():
    article, _ = _actors(
        "Raid Inquiry\n\nA guard was hit on the head during the raid, police said. "
        "Inspector Sam Ford said the head wound was not serious.\n"
    )
    assert not [a for a in article.actors if "head" in _mentions(article, a)]
