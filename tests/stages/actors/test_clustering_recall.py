"""Mentions of one actor that news writes apart, joined (invented text)."""

import pytest

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


def test_the_house_of_lords_ruling_is_the_law_lords_one():
    article, actors = _actors(
        "Detention\n\nMinisters will bring in new powers after law lords ruled that holding "
        "the men without trial was unlawful. The new rules, set off by the House of Lords "
        "ruling, will reach MPs in May.\n"
    )
    court = actors["House of Lords"]
    assert _mentions(article, court) == ["law lords", "House of Lords"]
    assert court.sector == "JUD"


def test_the_house_of_lords_decision_beside_its_judges_is_the_court_s():
    article, actors = _actors(
        "Travellers\n\nTravellers were wrongly turned away at the airport, the Law Lords have "
        "ruled. A charity spokeswoman said the House of Lords decision was welcome news.\n"
    )
    assert _mentions(article, actors["House of Lords"]) == ["Law Lords", "House of Lords"]


def test_councillors_in_the_plural_are_a_group_of_councillors():
    article, actors = _actors(
        "Ballot Row\n\nThree Green councillors denied forging postal votes at a hearing in "
        "Bradford on Monday.\n"
    )
    assert _mentions(article, actors["Green councillors"]) == ["Green councillors"]
    assert actors["Green councillors"].sector == "GOV"


def test_the_organisation_is_the_body_named_before_whatever_its_kind():
    article, actors = _actors(
        "Prisons\n\nThe Howard League for Penal Reform has criticised the rise in jail numbers. "
        "The organisation said short sentences did not work.\n"
    )
    assert _mentions(article, actors["Howard League for Penal Reform"]) == [
        "Howard League for Penal Reform",
        "organisation",
    ]


def test_the_institution_is_a_bank_named_before():
    article, actors = _actors(
        "Settlement\n\nNorthgate Bank will pay $12m to former clients of a fund it ran. "
        "The deal lets the institution close the matter, its chairman said.\n"
    )
    assert "institution" in _mentions(article, actors["Northgate Bank"])


def test_the_organisation_of_an_event_is_no_body():
    article, actors = _actors(
        "Summit\n\nOxfam said on Monday that the organisation of the summit had been poor.\n"
    )
    assert _mentions(article, actors["Oxfam"]) == ["Oxfam"]


def test_a_body_the_lead_describes_is_the_one_named_next():
    article, actors = _actors(
        "Capital Rules\n\nBanks must hold more capital under rules set out by the UK financial "
        "watchdog on Tuesday.\n\nThe Financial Services Authority said the rules would start "
        "in May.\n"
    )
    assert _mentions(article, actors["Financial Services Authority"]) == [
        "UK financial watchdog",
        "Financial Services Authority",
    ]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            (
                "Cabin Crew\n\nA Canadian flight attendant dismissed over photos on her website "
                "has lost her appeal.\n\nMarie Dubois said she would take the case further.\n"
            ),
            "Marie Dubois",
            "Canadian flight attendant",
        ),
        (
            (
                "Airline Row\n\nAn Irish airline attendant has won damages from his employer.\n\n"
                "Sean Walsh told the tribunal he had been bullied for years.\n"
            ),
            "Sean Walsh",
            "Irish airline attendant",
        ),
        (
            (
                "Detainee\n\nA French terror suspect held without charge for two years is to be "
                "freed.\n\nPierre Lemaire was arrested in Lyon in 2003.\n"
            ),
            "Pierre Lemaire",
            "French terror suspect",
        ),
    ],
)
def test_a_person_the_lead_describes_by_trade_or_plight_is_the_one_named_next(text, person, role):
    article, actors = _actors(text)
    assert role in _mentions(article, actors[person])


def test_a_body_the_lead_describes_is_not_a_body_of_another_kind_named_next():
    article, actors = _actors(
        "Capital Rules\n\nBanks must hold more capital under rules set out by the UK financial "
        "watchdog on Tuesday.\n\nBarclays said the rules would hurt lending.\n"
    )
    assert _mentions(article, actors["Barclays"]) == ["Barclays"]


def test_the_heads_of_two_bodies_are_two_people():
    article, _ = _actors(
        "Killings\n\nThe deaths must be investigated, said the head of the UN mission's "
        "human rights division. The head of the army said his soldiers had fired in "
        "self-defence.\n"
    )
    heads = [a for a in article.actors if "head" in _mentions(article, a)]
    assert heads
    assert all(_mentions(article, a).count("head") == 1 for a in heads)


def test_the_head_of_one_body_named_twice_is_one_person():
    article, actors = _actors(
        "Killings\n\nThe head of the army, Gen Paulo Ortiz, said his soldiers had fired in "
        "self-defence. The head of the army later said he would not resign.\n"
    )
    # The first "head" is said of the name set beside it, with no span of its own.
    assert _mentions(article, actors["Paulo Ortiz"]) == ["Paulo Ortiz", "head", "he"]


def test_a_leader_named_in_a_stance_is_not_mentioned_by_it():
    article, actors = _actors(
        "Land Row\n\nSoldiers cleared pro-Morales settlers from the estate on Monday. "
        "Evo Morales said the land would be shared out.\n"
    )
    assert _mentions(article, actors["Evo Morales"]) == ["Evo Morales"]


def test_a_party_named_in_a_stance_is_not_mentioned_by_it():
    _, actors = _actors(
        "Poll\n\nThe anti-Labour vote held up in the county, the Liberal Democrats said.\n"
    )
    assert "Labour Party" not in actors


def test_a_group_named_later_is_that_group_where_its_word_stood_before():
    article, actors = _actors(
        "Hill Farms\n\nA record number of landlords across Cumbria will take part in the "
        "scheme, the council said. So far 300 landlords have signed up.\n"
    )
    assert _mentions(article, actors["landlords"]) == ["landlords", "300 landlords"]


def test_an_unnamed_spokeswoman_who_speaks_is_the_she_after_her():
    article, actors = _actors(
        "School Visit\n\nSNP leader Anne Marr said the minister should apologise. But an "
        'executive spokeswoman insisted the remark had been taken out of context. "He was '
        'talking about adults," she said.\n'
    )
    assert _mentions(article, actors["executive spokeswoman"]) == ["executive spokeswoman", "she"]
    assert _mentions(article, actors["Anne Marr"]) == ["Anne Marr"]


@pytest.mark.parametrize(
    ("text", "voice", "body"),
    [
        (
            (
                "Halvor Air cut 300 jobs in May. A Halvor spokesperson said the pilots had "
                "agreed to the cuts. The spokesperson said talks would go on."
            ),
            ["Halvor spokesperson", "spokesperson"],
            "Halvor Air",
        ),
        (
            (
                "The National Crime Squad arrested six men on Monday. An NCS spokeswoman said "
                "the raids had been planned for months. She said more arrests were likely."
            ),
            ["NCS spokeswoman", "She"],
            "National Crime Squad",
        ),
    ],
)
def test_a_voice_named_by_a_body_the_lexicon_does_not_know_is_no_mention_of_the_body(
    text, voice, body
):
    article, actors = _actors(f"Jobs\n\n{text}\n")
    assert _mentions(article, actors[voice[0]]) == voice
    assert not any(voice[0] in told for told in _mentions(article, actors[body]))


def test_an_unnamed_spokesman_is_not_a_spokesman_the_story_named_before():
    article, actors = _actors(
        "Cards\n\nTory health spokesman Tim Lowe backed the bill on Monday. The party will "
        'press ministers on its cost. "It will take a decade to work," a spokesman said.\n'
    )
    assert _mentions(article, actors["Tim Lowe"]) == ["Tim Lowe"]
    assert _mentions(article, actors["spokesman"]) == ["spokesman"]


def test_the_mps_a_lead_quotes_are_the_committee_named_next():
    article, actors = _actors(
        "Rail Fares\n\nCommuters on crowded lines pay too much for poor services, MPs have "
        "warned.\n\nThe Commons Transport Committee said fares had risen faster than wages.\n"
    )
    assert _mentions(article, actors["Commons Transport Committee"]) == [
        "MPs",
        "Commons Transport Committee",
    ]
    assert "MPs" not in actors


def test_a_committee_named_by_its_role_keeps_its_name_when_the_lead_s_mps_join_it():
    article, _ = _actors(
        "Rail Fares\n\nCommuters on crowded lines pay too much for poor services, MPs have "
        "warned.\n\nThe Commons transport committee said fares had risen faster than wages.\n"
    )
    committee = next(a for a in article.actors if "MPs" in _mentions(article, a))
    assert committee.name != "MPs"
    assert "committee" in " ".join(_mentions(article, committee))


def test_the_pair_and_the_men_are_the_counted_group_named_before():
    article, actors = _actors(
        "Ballot Row\n\nTwo Green councillors in Leeds have been charged with fraud, police said. "
        "Officers arrested the pair at their homes on Tuesday. The men deny the charges.\n"
    )
    assert _mentions(article, actors["Green councillors"]) == ["Green councillors", "pair", "men"]


def test_the_three_men_are_the_group_of_three_not_the_group_of_six():
    article, actors = _actors(
        "Fraud Trial\n\nThree Green councillors ran a vote-forging operation, a court heard. "
        "Six witnesses at the depot said the three men had carried boxes inside.\n"
    )
    assert _mentions(article, actors["Green councillors"]) == ["Green councillors", "three men"]
    assert _mentions(article, actors["witnesses"]) == ["witnesses"]


def test_the_pair_is_no_plural_named_before_it():
    article, actors = _actors(
        "Bank Fine\n\nRegulators fined the bank's former chairman Paul Ruiz and his deputy Mark "
        "Olsen on Monday. Lawyers for the pair said they would appeal.\n"
    )
    assert "pair" not in _mentions(article, actors["Regulators"])


def test_a_body_s_long_name_without_its_and_is_the_same_body():
    article, actors = _actors(
        "Funding Row\n\nScience cuts will hurt research, the Natural Environment and Marine "
        "Research Council has warned.\n\nA spokesman for the Natural Environment Marine "
        "Research Council said grants would fall.\n"
    )
    assert _mentions(article, actors["Natural Environment and Marine Research Council"]) == [
        "Natural Environment and Marine Research Council",
        "Natural Environment Marine Research Council",
    ]


def test_a_committee_whose_remit_joins_nouns_with_and_is_one_committee_not_the_commons():
    article, _ = _actors(
        "Pensions\n\nThe Commons work and pensions committee has attacked the benefits "
        "agency over lost claims. The committee said staff were poorly trained.\n"
    )
    committee = next(
        a for a in article.actors if "Commons work and pensions committee" in _mentions(article, a)
    )
    assert "committee" in _mentions(article, committee)
    assert not any(
        "committee" in _mentions(article, a) for a in article.actors if a.name == "House of Commons"
    )


def test_a_committee_of_mps_in_the_lead_is_the_committee_named_next():
    article, _ = _actors(
        "Universities\n\nChemistry departments are closing too fast, a committee of MPs has "
        "warned.\n\nThe Commons science and technology committee said ministers must act. "
        "The committee will report again in March.\n"
    )
    committee = next(a for a in article.actors if "MPs" in _mentions(article, a))
    assert _mentions(article, committee) == [
        "committee",
        "MPs",
        "Commons science and technology committee",
        "committee",
    ]


def test_a_committee_with_a_remit_of_its_own_is_not_another_committee_named_before():
    article, _ = _actors(
        "Budget\n\nLabour MP Ann Lowe, who chairs the Commons treasury committee, said the "
        "figures were sound. But Tom Reed, who chairs the culture, media and sport "
        "committee, said the arts had lost out.\n"
    )
    holders = [
        a for a in article.actors if any("committee" in text for text in _mentions(article, a))
    ]
    assert len(holders) == 2


def test_a_committee_named_again_with_its_chamber_is_the_one_named_by_its_remit():
    article, _ = _actors(
        "Benefits\n\nThe work and pensions committee opened its inquiry into the agency in "
        "May. Tory MP Jo Hart, who sits on the Commons work and pensions committee, said "
        "the agency had failed.\n"
    )
    holders = [a for a in article.actors if any("committee" in t for t in _mentions(article, a))]
    assert len(holders) == 1


def test_the_agency_is_the_body_named_an_agency_not_an_office_told_of_nearer():
    article, actors = _actors(
        "Pensions\n\nThe Pensions Service Agency lost 4,000 claims last year, MPs said. "
        "The committee asked the National Audit Office to look into the losses. It "
        "blamed the agency's managers.\n"
    )
    agency = actors["Pensions Service Agency"]
    assert _mentions(article, agency)[-1] == "agency"


def test_a_firm_named_for_its_founder_is_not_his_namesake_on_the_board():
    article, actors = _actors(
        "Park Sales\n\nWalt Disney has raised ticket prices at its Florida parks. The media "
        "giant said visitor numbers were at a record. Disney failed to sell as many tickets as "
        "it hoped. Disney will open two hotels in Paris next year. Former vice-chairman Roy "
        "Disney, who left the board in 2003, criticised the rise. Disney did not respond.\n"
    )
    assert _mentions(article, actors["Walt Disney"]) == [
        "Walt Disney",
        "media giant",
        "Disney",
        "Disney",
        "Disney",
    ]
    assert _mentions(article, actors["Roy Disney"]) == ["Roy Disney"]


def test_a_known_firm_s_short_name_and_the_company_are_the_firm():
    article, actors = _actors(
        "Staff Deal\n\nEastman Kodak has agreed to pay $20m to settle a dispute with former "
        "staff. The company said the deal ended the matter. Kodak shares rose 2% on Tuesday.\n"
    )
    assert _mentions(article, actors["Eastman Kodak"]) == ["Eastman Kodak", "company", "Kodak"]


def test_a_firm_called_by_its_trade_is_the_firm_named_before_not_one_brought_in_since():
    article, actors = _actors(
        "Oil Sale\n\nRosneft has bought a stake in a Siberian oil field. The oil company said "
        "it would pay in cash. The field had earlier gone to an obscure shell company for $2bn. "
        "The shell company was later taken over by the state.\n"
    )
    assert _mentions(article, actors["Rosneft"]) == ["Rosneft", "oil company"]


def test_a_firm_called_by_its_trade_with_a_clause_saying_which_is_another():
    article, actors = _actors(
        "Oil Sale\n\nRosneft has bought a stake in a Siberian oil field. The oil company said "
        "it would pay in cash. Officials said the shell company which won an earlier auction "
        "had not paid.\n"
    )
    assert _mentions(article, actors["Rosneft"]) == ["Rosneft", "oil company"]


def test_a_firm_called_by_its_trade_is_not_one_named_before_another_firm():
    article, actors = _actors(
        "Debt Inquiry\n\nDunmore Steel Corp collapsed in 2003 after an audit. The steel company "
        "had hidden its debts. Police also want to question former Castlereagh International "
        "chief Tom Royle, who denies looting the engineering conglomerate.\n"
    )
    assert _mentions(article, actors["Dunmore Steel Corp"]) == [
        "Dunmore Steel Corp",
        "steel company",
    ]


def test_a_possessive_that_lost_the_s_of_its_surname_is_the_full_name_s():
    article, actors = _actors(
        "Fraud Trial\n\nFormer Telvane chief Colin Jennings has denied fraud. Mr Jennings told "
        "the court he had trusted his staff. Mr Jenning's lawyers said he was unaware of the "
        "losses.\n"
    )
    assert "Jenning" in _mentions(article, actors["Colin Jennings"])
    assert "Jenning" not in actors


def test_prosecutors_and_defence_lawyers_are_two_sides_of_a_trial():
    _, actors = _actors(
        "Fraud Trial\n\nProsecutors say the former chief executive hid losses from investors. "
        "Defence lawyers argue that he knew nothing of the scheme.\n"
    )
    assert "Prosecutors" in actors
    assert any("lawyers" in name for name in actors)  # "Defence lawyers", an actor apart


def test_the_prince_of_wales_is_the_prince_the_story_names():
    article, actors = _actors(
        "Hospital Visit\n\nPrince Charles has opened a children's ward at a hospital in "
        "Swansea. Staff said the Prince of Wales spent an hour talking to parents. The prince "
        "later visited a farm near Carmarthen.\n"
    )
    assert _mentions(article, actors["Charles"]) == ["Charles", "Prince of Wales", "prince"]


def test_two_bodies_of_one_kind_the_model_runs_together_are_two():
    article, actors = _actors(
        "Campus Deal\n\nThe University of Leeds and University of York have agreed to share a "
        "library. The University of York said the deal would save money.\n"
    )
    assert _mentions(article, actors["University of Leeds"]) == ["University of Leeds"]
    assert _mentions(article, actors["University of York"]) == [
        "University of York",
        "University of York",
    ]


def test_the_coalition_a_prime_minister_heads_is_his_country_s_government():
    article, actors = _actors(
        "Fuel\n\nNepal has raised the price of petrol by a fifth. The Nepalese government says "
        "the rise is needed. Maoist parties, which prop up the coalition headed by Prime "
        "Minister Ram Dahal, oppose the rise.\n"
    )
    assert "coalition" in _mentions(article, actors["Nepal"])


def test_the_coalition_a_president_leads_is_a_body_of_its_own():
    article, actors = _actors(
        "War\n\nNepal has sent troops abroad. The Nepalese government says they will serve with "
        "the coalition led by President Tom Ryder.\n"
    )
    assert "coalition" not in _mentions(article, actors["Nepal"])


def test_a_possessive_spelled_with_an_html_entity_is_the_named_person_s():
    article, actors = _actors(
        "Budget\n\nGordon Brown will set out his spending plans on Wednesday. "
        "Mr Brown&#8217;s aides said the Treasury expected growth to slow.\n"
    )
    assert _mentions(article, actors["Gordon Brown"]) == ["Gordon Brown", "Brown"]
    assert not any("&#" in name for name in actors)
