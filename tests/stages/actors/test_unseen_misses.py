"""Mentions found and joined as an unseen set's misses showed (invented text)."""

import dataclasses

from actor_names import actors_by_name as _actors
from actor_names import mention_texts as _mentions
from dateline import nlp
from dateline.records import Entity
from dateline.stages._tree import Tree
from dateline.stages.actors import lexicon
from dateline.stages.actors.mentions import find_mentions


def test_a_name_hyphened_to_based_or_era_is_a_setting_not_an_actor():
    article, actors = _actors(
        "Telecoms\n\nKestrel Mobile has signed a deal with Oslo-based Fjordlink. One of the "
        "last Thatcher-era ministers in the Commons, Mr Pellow backed the merger.\n"
    )
    said = [text for actor in actors.values() for text in _mentions(article, actor)]
    assert "Fjordlink" in said
    assert not any(text.startswith(("Oslo", "Thatcher")) for text in said)


def test_a_bare_role_joined_by_and_to_a_role_before_a_name_is_his_description():
    article, actors = _actors(
        "Retirement\n\nLong-serving Labour MP and former transport minister Alan Harbottle "
        "announced on Friday that he would retire at the next poll.\n"
    )
    assert _mentions(article, actors["Alan Harbottle"]) == ["Alan Harbottle", "he"]
    assert _mentions(article, actors["Labour Party"]) == []


def test_a_role_after_the_is_someone_else_even_before_and_and_a_name():
    article, actors = _actors(
        "Talks\n\nThe prime minister and Chancellor Gordon Brown met union leaders on Monday.\n"
    )
    assert _mentions(article, actors["prime minister"]) == ["prime minister"]


def test_a_body_s_initials_written_as_a_word_are_its_acronym():
    article, actors = _actors(
        "Rivers\n\nThe Welsh Rivers Protection Authority has told ministers that floods will "
        "grow worse. Wrpa says new banks are needed. Wrpa want the work to start in May.\n"
    )
    assert _mentions(article, actors["Welsh Rivers Protection Authority"]) == [
        "Welsh Rivers Protection Authority",
        "Wrpa",
        "Wrpa",
    ]


def test_a_small_town_s_name_before_group_is_a_firm_s_name():
    article, actors = _actors(
        "Steel\n\nThe industry is led by three makers: Kestrel Steel, Morvane and the Sterling "
        "group. The Sterling group said prices would rise.\n"
    )
    said = [text for actor in actors.values() for text in _mentions(article, actor)]
    assert said.count("Sterling") == 2


def test_a_plural_noun_capitalised_to_open_a_sentence_is_a_group():
    article, actors = _actors(
        "Fuel Aid\n\nThe agency gave its evidence on Tuesday.\n\nPensioners say the "
        "vouchers are too small to help.\n"
    )
    said = [text for actor in actors.values() for text in _mentions(article, actor)]
    assert "Pensioners" in said


def test_a_body_s_name_cut_short_is_the_full_name_the_document_gives():
    # The model cuts the first "University of the Dales and Moors" at "Dales"
    # and calls "Moors" a place (set here, as it does so only now and then),
    # and tags the second whole.
    text = (
        "Tides\n\nScientists from the University of the Dales and Moors and Bristol have "
        "studied river tides for a decade. A spokesman for the University of the Dales and "
        "Moors said the results were clear.\n"
    )
    (parse,) = nlp.parse([text])
    name = "University of the Dales and Moors"
    first = text.index(name)
    cut = text.index(" and Moors", first)
    entities = [e for e in parse.entities if e.end <= first or e.start >= cut + 10]
    start = next(i for i, t in enumerate(parse.tokens) if t.start == first)
    end = next(i for i, t in enumerate(parse.tokens) if t.end == cut) + 1
    entities.append(Entity("ORG", first, cut, start, end))
    moors = text.index("Moors", cut)
    entities.append(Entity("GPE", moors, moors + 5, end + 1, end + 2))
    parse = dataclasses.replace(parse, entities=tuple(sorted(entities, key=lambda e: e.start)))
    found = [m.text for m in find_mentions(Tree(parse, text), lexicon.load())]
    assert found.count(name) == 2


def test_a_role_given_with_as_is_said_of_someone_not_a_mention():
    article, actors = _actors(
        "Peerage\n\nBob Hale has accepted a seat in the Lords. His appointment as chairman of "
        "the Arts Trust made the seat useful, he said. He served as the deputy leader of "
        "his party in the 1990s.\n"
    )
    said = [text for actor in actors.values() for text in _mentions(article, actor)]
    assert "chairman" not in said
    assert "deputy leader" not in said


def test_a_role_added_with_as_well_as_is_a_mention():
    article, actors = _actors(
        "Launch\n\nLocal MPs as well as the chairman of the Arts Trust attended the launch.\n"
    )
    said = [text for actor in actors.values() for text in _mentions(article, actor)]
    assert "chairman" in said


def test_a_lead_s_former_office_is_the_one_named_next_who_sits_as_an_mp_now():
    article, actors = _actors(
        "Prisons\n\nA former Home Office minister has called for a watchdog to count prison "
        "places.\n\nHelen Marsh said the watchdog should publish its own figures. Ms Marsh, "
        "Labour MP for Eastbridge, said the plan would calm fears.\n"
    )
    assert _mentions(article, actors["Helen Marsh"]) == [
        "Home Office minister",
        "Helen Marsh",
        "Marsh",
    ]
    assert actors["Helen Marsh"].sector == "LEG"


def test_a_lead_s_former_office_does_not_code_the_one_a_later_role_codes():
    article, actors = _actors(
        "Central Bank\n\nIsrael has asked a former World Bank director to run its central bank."
        "\n\nSamuel Kerr, vice chairman of banking group Westbank, has agreed to take the job.\n"
    )
    kerr = actors["Samuel Kerr"]
    assert "World Bank director" in _mentions(article, kerr)
    assert kerr.sector == "BUS"


def test_the_office_a_lead_says_someone_left_is_not_the_one_who_holds_it_now():
    article, actors = _actors(
        "Prisons\n\nA former prisons minister has attacked plans to sell jails.\n\n"
        "Prisons minister Tom Reid said the sale would go ahead.\n"
    )
    assert "former prisons minister" not in _mentions(article, actors["Tom Reid"])


def test_a_body_named_after_it_was_told_in_lower_case_is_that_body():
    article, actors = _actors(
        "Suspended\n\nMr Pellow was suspended when the Commons standards and privileges "
        "committee ruled against him. The Standards and Privileges Committee "
        "inquiry began after a newspaper report.\n"
    )
    (committee,) = [a for a in actors.values() if "committee" in a.name.lower()]
    assert len(_mentions(article, committee)) == 2


def _found_with_entity(text: str, name: str, label: str) -> list[str]:
    """The mentions found in ``text`` when the model tags ``name`` (as written) and nothing else."""
    (parse,) = nlp.parse([text])
    first = text.index(name)
    start = next(i for i, t in enumerate(parse.tokens) if t.start == first)
    end = next(i for i, t in enumerate(parse.tokens) if t.end == first + len(name)) + 1
    entity = Entity(label, first, first + len(name), start, end)
    parse = dataclasses.replace(parse, entities=(entity,))
    return [m.text for m in find_mentions(Tree(parse, text), lexicon.load())]


def test_a_possessive_ends_the_name_of_someone_given_an_honorific():
    # The model may run the name on past its possessive into what it owns.
    text = "Ministers refused to back Lord Rhodes' Succession to the Crown Bill on Friday."
    assert "Rhodes" in _found_with_entity(text, "Rhodes' Succession", "ORG")
    kept = _found_with_entity(
        "The Upland Farmers' Union said prices fell.", "Upland Farmers' Union", "ORG"
    )
    assert "Upland Farmers' Union" in kept


def test_a_style_of_two_words_before_a_name_is_no_part_of_it():
    article, actors = _actors(
        "Succession\n\nOpponents included the Rt Rev Peter Lowe, who said the change was "
        "wrong. Such a state would be less tolerant, Rt Rev Lowe argued.\n"
    )
    assert _mentions(article, actors["Peter Lowe"]) == ["Peter Lowe", "Lowe"]


def test_the_royal_family_written_with_capitals_is_a_body():
    article, actors = _actors(
        "Succession\n\nA peer wants female members of the Royal Family to have the same rights "
        "as males.\n"
    )
    royals = actors["Royal Family"]
    assert _mentions(article, royals) == ["Royal Family"]
    assert (royals.country, royals.sector) == ("GBR", "GOV")


def test_a_title_before_a_name_set_beside_it_is_said_of_the_name():
    article, actors = _actors(
        "Succession\n\nThe Lord Chancellor, Lord Hale, agreed the old law was unfair. The "
        "Bishop of Carlisle, the Rt Rev Peter Lowe, said the change would harm the Church.\n"
    )
    assert _mentions(article, actors["Hale"]) == ["Hale"]
    assert _mentions(article, actors["Peter Lowe"]) == ["Peter Lowe"]
    assert actors["Peter Lowe"].sector == "REL"
