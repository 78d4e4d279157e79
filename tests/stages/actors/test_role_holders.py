"""Roles and whose they are: remits, and roles told before their holder is named (invented text)."""

import dateline
from actor_names import actors_by_name as _actors
from actor_names import mention_texts as _mentions
from dateline.options import Options


def test_a_role_for_someone_named_with_an_honorific_is_not_his():
    _, actors = _actors(
        "Detainee Freed\n\nKarim Dossa was freed from custody on Monday. "
        "Mr Dossa's brother welcomed the decision. "
        "Helen Marsh, solicitor for Mr Dossa, said he was tired.\n"
    )
    assert actors["Karim Dossa"].sector != "JUD"
    assert actors["Karim Dossa"].title != "solicitor"


def test_a_definite_role_past_the_lead_joins_the_person_named_right_after_it():
    article, actors = _actors(
        "Council tax\n\nCouncil tax bills in Scotland will rise next year. Councils say new "
        "duties cost more than they are given. Unions warned of cuts to services. The finance "
        "minister has urged councils to keep rises low. Scottish Finance Minister, Tom Hale "
        "MSP, said funding had risen.\n"
    )
    assert "finance minister" in _mentions(article, actors["Tom Hale"])


def test_an_indefinite_role_past_the_lead_is_not_the_person_named_after_it():
    article, actors = _actors(
        "Robot\n\nThe carmaker showed its robot in Tokyo on Tuesday. It can now run. Engineers "
        'worked on it for years. "The aim is a robot that helps people," said a Toyota '
        "spokesman.\n\nIts run is not yet up to the pace of Rosa Lind, who won gold in Athens.\n"
    )
    assert _mentions(article, actors["Rosa Lind"]) == ["Rosa Lind"]


def test_a_generic_role_past_the_lead_is_not_the_person_named_after_it():
    article, actors = _actors(
        "Bank sale\n\nAn Investment Ministry official has told reporters that the state bank "
        "will be sold this year. The move is seen as a sign of reform. The official said no "
        "date had been set. Omar Farid, who runs a fund in Cairo, said the price would be high.\n"
    )
    assert _mentions(article, actors["Omar Farid"]) == ["Omar Farid"]


def test_a_role_with_its_place_of_posting_is_the_person_named_after_the_place():
    # The parser sets the name in apposition to the city, not to the role.
    _, actors = _actors(
        "Rice imports\n\nIndonesia will import more rice this year to keep prices down, "
        "officials said. The BBC's correspondent in Jakarta, Rachel Harvey, said farmers "
        "were unhappy with the plan.\n"
    )
    assert actors["Rachel Harvey"].sector == "MED"
    assert actors["Rachel Harvey"].country == "GBR"
    # The role is hers, said of her name set beside it: no actor of its own, nor a span.
    assert not any("correspondent" in name for name in actors)


def test_a_party_s_chairman_is_not_its_leader():
    article, actors = _actors(
        "Report\n\nConservative chairman Dan Pryor said the poster had been a mistake. "
        "Labour called the poster offensive. "
        "The Tory leader said on Monday that the campaign would go on.\n"
    )
    assert _mentions(article, actors["Dan Pryor"]) == ["Dan Pryor"]


def test_a_role_a_who_clause_follows_is_the_speaker_named_just_before():
    article, actors = _actors(
        "Report\n\nDan Pryor said the party had kept to its rules. The Tory leader, who faces "
        'a vote of his MPs next week, said: "Our line in public is our line in private."\n'
    )
    assert _mentions(article, actors["Dan Pryor"]) == ["Dan Pryor", "Tory leader"]
    article, actors = _actors(
        "Report\n\nDan Pryor said the party had kept to its rules. "
        "The Tory leader, Sam Leigh, said the row was over.\n"
    )
    assert _mentions(article, actors["Dan Pryor"]) == ["Dan Pryor"]


def test_a_role_someone_is_promoted_to_is_theirs():
    article, actors = _actors(
        "Report\n\nHelen Marsh's swift rise through the ranks continues with her promotion to "
        "Cabinet Office minister. Elected in 2001, she was first a junior minister.\n"
    )
    assert actors["Helen Marsh"].sector == "GOV"
    assert "Cabinet Office minister" in _mentions(article, actors["Helen Marsh"])


def test_a_role_owned_by_a_body_described_is_the_speaker_named_just_before():
    article, actors = _actors(
        "Ballot reform\n\nThe Voting Reform Trust's Maria Keane said the change was long "
        "needed. The campaign group's general secretary told BBC Radio Wales the rules were "
        "out of date.\n"
    )
    assert "general secretary" in _mentions(article, actors["Maria Keane"])


def test_a_lead_s_mp_is_the_committee_chairman_named_next():
    article, actors = _actors(
        "Ports warning\n\nA senior Labour MP has attacked the Home Office's 'sluggish' checks "
        "at ports. Home affairs committee chairman Peter Colley was responding to a report "
        "by the border inspector. Mr Colley said the department had been too slow.\n"
    )
    assert "Labour MP" in _mentions(article, actors["Peter Colley"])


def test_a_role_after_a_sentence_told_by_he_is_the_man_he_stands_for():
    article, actors = _actors(
        "Peerage\n\nGareth Pryce has said his seat in the Lords will let him press for reform. "
        'Mr Pryce said he had weighed the offer for months. But he added: "It was not an easy '
        'choice." The former Labour leader said he would take the title next month.\n'
    )
    assert "Labour leader" in " ".join(_mentions(article, actors["Gareth Pryce"]))


def test_a_role_after_a_sentence_told_of_he_not_by_him_is_someone_else():
    article, actors = _actors(
        "Vote row\n\nMPs pressed the justice minister Owen Tallis to read out the letter. "
        "Eventually, he was handed the letter minutes before the vote. The deputy speaker "
        "said afterwards that the session had gone badly.\n"
    )
    assert "deputy speaker" not in _mentions(article, actors["Owen Tallis"])


def test_a_title_placed_in_one_country_is_not_a_person_the_dictionary_places_in_another(tmp_path):
    # The text never says whose president Delacroix is; the dictionary does.
    dictionary = tmp_path / "actors.csv"
    dictionary.write_text(
        "name,aliases,kind,country,sector,title,org,valid_from,valid_to\n"
        "Amara Delacroix,,person,BEL,GOV,president,,2020-01-01,\n",
        encoding="utf-8",
    )
    (article,) = dateline.extract(
        "Leaders Meet\n\nPresident Amara Delacroix met regional leaders in Brussels on Monday."
        "\n\nThe French president is expected to travel to Beijing next week.\n",
        published="2024-03-10",
        options=Options(actor_dictionary=str(dictionary)),
    )
    actors = {a.name: a for a in article.actors}
    assert actors["Amara Delacroix"].country == "BEL"
    assert len(actors["Amara Delacroix"].mentions) == 1
    assert actors["French president"].country == "FRA"


def test_the_office_of_a_title_is_a_body_not_its_holder():
    article, actors = _actors(
        "Housing\n\nJohn Prescott unveiled the plan on Monday. A spokeswoman for the office "
        "of the deputy prime minister said the figures would follow in June.\n"
    )
    assert _mentions(article, actors["John Prescott"]) == ["John Prescott"]
    office = actors["office of the deputy prime minister"]
    assert office.sector == "GOV"


def test_a_role_with_no_article_after_a_copula_is_said_of_its_subject():
    _, actors = _actors(
        "Rail Chief Quits\n\nLars Holm was director of the rail safety unit until May. "
        "He left after a row over budgets. Anna Berg became chief financial officer at "
        "the firm last year, and she spoke on Monday.\n"
    )
    assert actors["Lars Holm"].title == "director"
    assert actors["Anna Berg"].sector == "BUS"
