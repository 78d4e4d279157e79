"""Actors of wire copy on war and diplomacy, coded as an analyst would code them (invented text)."""

import pytest
from tests.actor_names import coding, mention_texts, mentions_of, report

import dateline


def _by_name(article):
    return {a.name: a for a in article.actors}


def test_a_name_after_a_ministers_brief_is_the_minister():
    article = report(
        "Minister for Foreign Affairs Christophe Lutundula met the Angolan envoy in Luanda. "
        "Minister of Defence Yassin Ibrahim visited the garrison at Kassala on Monday."
    )
    actors = _by_name(article)
    assert actors["Christophe Lutundula"].sector == "GOV"
    assert actors["Christophe Lutundula"].title == "Minister for Foreign Affairs"
    assert actors["Yassin Ibrahim"].title == "Minister of Defence"


def test_the_african_unions_peace_council_is_no_un_body():
    article = report(
        "The African Union's Peace and Security Council called for an immediate truce "
        "in the fighting around Kadugli."
    )
    council = next(a for a in article.actors if "Peace and Security Council" in a.name)
    assert (council.sector, council.org) == ("IGO", "au")
    assert all(a.org != "unsc" for a in article.actors)


def test_the_front_where_troops_fight_is_no_armed_group():
    article = report(
        "Residents said Janjaweed gunmen had looted the market in Tawila. "
        "The defence minister visited troops at the front on Monday."
    )
    said = [text for a in article.actors for text in mention_texts(article, a)]
    assert "front" not in said


def test_one_countrys_army_is_not_anothers_named_before():
    article = report(
        "The Israeli army said its soldiers had shot two gunmen near Metula. "
        "Hezbollah fired rockets across the border, and the Lebanese army "
        "deployed along the frontier."
    )
    lebanese = next(a for a in article.actors if "Lebanese army" in mention_texts(article, a))
    assert (lebanese.country, lebanese.sector) == ("LBN", "MIL")
    assert "Israeli army" not in mention_texts(article, lebanese)


def test_a_spokeswoman_of_a_ministry_named_before_is_of_its_country():
    (article,) = dateline.extract(
        "Congo army retakes town from rebels\n\n"
        "KINSHASA, March 3 (Reuters) - Congolese troops retook the town of Sake from "
        "rebels on Sunday, the Congolese army said. Congolese police detained 12 men in "
        "the capital, the interior ministry said. Rwanda's foreign ministry rejected the "
        'charge that it arms the rebels. "We have no part in this war," foreign ministry '
        "spokeswoman Yolande Makolo said.\n"
    )
    spokeswoman = _by_name(article)["Yolande Makolo"]
    assert (spokeswoman.country, spokeswoman.sector) == ("RWA", "GOV")


def test_a_body_listed_as_one_of_a_kind_is_of_that_kind():
    article = report(
        "Rioters blocked roads around Bouira, newspapers including El Watan reported. "
        "Charities such as Kindred Hope said the price rise hurt poor families."
    )
    actors = _by_name(article)
    assert actors["El Watan"].sector == "MED"
    assert actors["Kindred Hope"].sector == "NGO"


def test_a_liberation_army_no_lexicon_lists_is_a_rebel_group():
    article = report(
        "Fighters of the Arakan Liberation Army overran a border post near Paletwa, "
        "and the Karenni Liberation Movement claimed an ambush on a convoy."
    )
    actors = _by_name(article)
    assert actors["Arakan Liberation Army"].sector == "REB"
    assert actors["Karenni Liberation Movement"].sector == "REB"


def test_the_army_after_one_countrys_troops_is_that_countrys():
    article = report(
        "Israeli troops raided a refugee camp near Tulkarm on Tuesday and detained "
        "four Islamic Jihad members, the army said. Palestinian officials called the "
        "raid a provocation."
    )
    army = next(a for a in article.actors if mention_texts(article, a) == ["army"])
    assert (army.country, army.sector) == ("ISR", "MIL")


def test_the_army_after_two_countries_troops_is_placed_in_neither():
    article = report(
        "Ugandan troops exchanged fire with South Sudanese soldiers near Kajo Keji "
        "on Friday, the army said."
    )
    army = next(a for a in article.actors if mention_texts(article, a) == ["army"])
    assert army.country not in ("UGA", "SSD")


def test_a_brief_of_several_parts_before_a_name_is_the_ministers_title():
    article = report(
        "Minister of Defence and Veterans Affairs Samuel Okori toured the barracks at Gulu. "
        "Minister for Women, Older People and Carers Ruth Malley opened the new shelter."
    )
    actors = _by_name(article)
    assert actors["Samuel Okori"].sector == "GOV"
    assert actors["Samuel Okori"].title == "Minister of Defence and Veterans Affairs"
    assert actors["Ruth Malley"].sector == "GOV"
    assert "Older People" not in actors
    assert "Veterans Affairs" not in actors


def test_a_title_and_its_holder_before_another_name_are_no_brief():
    article = report(
        "The meeting brought together the Secretary of State, Condoleezza Rice, and "
        "the Egyptian foreign minister, Ahmed Aboul Gheit."
    )
    actors = _by_name(article)
    assert actors["Ahmed Aboul Gheit"].country == "EGY"
    assert actors["Ahmed Aboul Gheit"].title != "Secretary of State"


def test_a_name_before_a_lower_case_land_word_is_a_place():
    article = report(
        "Soldiers killed 14 insurgents in a raid on a camp in the Sambisa forest, "
        "and militants fled into the Qandil mountains."
    )
    names = {a.name for a in article.actors}
    assert "Sambisa" not in names
    assert "Qandil" not in names


def test_a_body_after_a_spokeswomans_for_is_no_ministers_brief():
    article = report(
        "A spokeswoman for Bremer Re, Germany's third-largest reinsurer, said claims "
        "from the storm would be modest."
    )
    assert "Bremer Re" in {a.name for a in article.actors}


def test_the_commanders_of_militias_and_separatists_are_rebels():
    article = report(
        "A militia commander said his fighters had blown up the bridge at Mahagi. "
        "Separatist leaders in Luhansk rejected the truce, and insurgent commanders "
        "refused to hand over their weapons."
    )
    coded = {a.title.lower(): a.sector for a in article.actors if a.title}
    assert coded["militia commander"] == "REB"
    assert coded["separatist leaders"] == "REB"
    assert coded["insurgent commanders"] == "REB"


def test_a_peacekeeping_mission_named_by_its_acronym_is_international():
    article = report(
        "Peacekeepers from the Monusco mission reinforced the base at Bunia, and "
        "Minusma convoys were attacked near Gao."
    )
    actors = _by_name(article)
    assert (actors["Monusco"].kind, actors["Monusco"].sector) == ("organization", "IGO")
    assert actors["Minusma"].sector == "IGO"


def test_a_headlines_scene_places_the_storys_unnamed_ministries():
    (article,) = dateline.extract(
        "Clashes in Benghazi leave nine dead\n\n"
        "Fighting between rival armed groups in the city killed nine people on Friday, "
        "the health ministry said. Tunisia's foreign minister Nabil Ammar urged restraint. "
        "A spokesman for the interior ministry said the police would patrol the port.\n"
    )
    ministry = next(a for a in article.actors if a.name == "health ministry")
    assert (ministry.country, ministry.sector) == ("LBY", "GOV")


def test_the_one_whose_force_it_is_leads_it():
    article = report(
        "Joseph Kony's Lord's Resistance Army abducted 40 children near Gulu, and "
        "Khalifa Haftar's Libyan National Army shelled the outskirts of Derna."
    )
    actors = _by_name(article)
    assert actors["Joseph Kony"].sector == "REB"
    assert (actors["Khalifa Haftar"].country, actors["Khalifa Haftar"].sector) == ("LBY", "MIL")


def test_a_countrys_defence_headquarters_is_its_military():
    article = report(
        "A spokesman for the Nigerian Defence Headquarters said troops had cleared "
        "three camps near Damboa."
    )
    hq = _by_name(article)["Nigerian Defence Headquarters"]
    assert (hq.country, hq.sector) == ("NGA", "MIL")


def test_a_name_in_two_parts_after_an_offices_name_is_kept():
    article = report(
        "At the hearing, Solicitor General for Scotland, Helen Dunmore QC, a member of "
        "the panel, argued that early pleas must still shorten a term."
    )
    kept = _by_name(article)["Helen Dunmore"]
    assert kept.sector == "JUD"
    assert not (kept.title or "").endswith(",")


def test_the_army_after_foreign_troops_acted_on_is_the_home_army():
    article = report(
        "OUAGADOUGOU - Islamist militants killed 40 soldiers in an attack on an army base in "
        "northern Burkina Faso on Thursday, security sources said. Burkina Faso's military "
        "government did not comment.\n\nThe junta has expelled French troops and turned to "
        "Russia for help. On Friday, the army said air strikes had killed dozens of militants."
    )
    army = next(a for a in article.actors if mention_texts(article, a) == ["army"])
    assert army.country == "BFA"


def test_a_name_cut_at_its_particle_is_one_person():
    article = report("Ursula von der Leyen said the bloc would answer the tariffs in kind.")
    assert "Ursula von der Leyen" in _by_name(article)


def test_the_president_of_an_international_body_is_its_officer():
    article = report(
        "The African Union Commission chairman, Moussa Faki, called for a ceasefire in Sudan. "
        "The European Parliament president, Roberta Metsola, said the vote would go ahead."
    )
    actors = _by_name(article)
    assert (actors["Moussa Faki"].sector, actors["Moussa Faki"].org) == ("IGO", "au")
    assert actors["Roberta Metsola"].sector == "IGO"


def test_a_name_beside_a_title_to_a_body_holds_the_title():
    article = report("The US envoy to NATO, Kurt Volker, said the alliance stood firm.")
    envoy = _by_name(article)["Kurt Volker"]
    assert (envoy.country, envoy.sector) == ("USA", "GOV")


def test_a_government_spokesman_is_no_spokesman_of_the_body_named_before():
    (article,) = dateline.extract(
        "Military court charges opposition general\n\n"
        "KAMPALA (AFP) - A military court in Uganda charged retired general Moses Kato "
        "with treason on Friday, his lawyer said.\n\n"
        "Officers raided his home in Kampala late on Thursday and took him to a barracks. "
        "The opposition Forum for Democratic Change denounced the arrest as politically "
        "motivated. Government spokesman Peter Mwesige said the general had been charged "
        "in accordance with the law.\n",
        published="2025-06-01",
    )
    assert _by_name(article)["Peter Mwesige"].code == "UGAGOV"


@pytest.mark.parametrize(
    "region", ["Tigray's interim administration", "The Amhara regional government"]
)
def test_a_regions_government_is_not_the_federal_one(region):
    (article,) = dateline.extract(
        "Region defies order\n\n"
        f"MEKELLE, Ethiopia (AP) - {region} rejected on Monday an order from the federal "
        "government to disband its militia, officials said.\n",
        published="2025-06-01",
    )
    (event,) = [e for e in article.events if e.type == "REJECT"]
    (actor,) = event.actor
    (recipient,) = event.recipient
    assert actor != recipient


def test_police_after_a_wire_dateline_are_an_actor():
    (article,) = dateline.extract(
        "Police clash with farmers\n\n"
        "BRUSSELS (AP) - Police fired water cannon at farmers who hurled eggs at a meeting.\n",
        published="2025-06-01",
    )
    assert any(a.sector == "COP" for a in article.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Militia commander Jean Bosco Kazadi seized the port on Sunday. His men looted shops.",
        "The Rapid Support Forces said on Sunday that its forces had taken the town of Bara.",
        "The Rapid Support Forces said on Sunday that two of its commanders had been killed.",
    ],
)
def test_the_armed_men_of_an_armed_side_are_of_that_side(text):
    article = report(text)
    (men,) = [a for a in article.actors if a.name in ("men", "forces", "commanders")]
    assert men.sector == "REB"


def test_regional_blocs_are_international_bodies():
    article = report(
        "The East African Community called on Kenya and Uganda to settle the dispute. "
        "IGAD said its envoys would travel to Juba."
    )
    assert {a.org for a in article.actors if a.sector == "IGO"} >= {"eac", "igad"}


def test_a_region_is_no_body_and_gives_its_country():
    article = report(
        "The deal ends decades of conflict over Nagorno-Karabakh, officials said. "
        "Kerala's chief minister wrote to the prime minister on Tuesday."
    )
    actors = _by_name(article)
    assert not any("Karabakh" in name for name in actors)
    assert actors["Kerala's chief minister"].country == "IND"


def test_a_ruling_junta_is_an_actor_and_owns_its_forces():
    article = report(
        "Militants attacked an army post on Saturday. The ruling junta said its forces "
        "had repelled the assault."
    )
    actors = _by_name(article)
    assert actors["ruling junta"].sector == "MIL"
    assert actors["forces"].sector == "MIL"


def test_a_dateline_town_in_capitals_places_the_story_whatever_its_spelling():
    article = report(
        "PORT-AU-PRINCE (Reuters) - Gunmen attacked a police station in the capital, police "
        "said. Kenyan police officers who lead a security mission stepped up patrols."
    )
    assert coding(article, "police")[1] == "HTI"


def test_a_plural_role_opening_a_dated_story_is_a_group():
    article = report(
        "KHARTOUM (AP) - Gunmen stormed a clinic in the city on Sunday, witnesses said."
    )
    assert coding(article, "Gunmen") == ("group", None, "REB")


def test_a_minister_at_home_is_not_another_countrys_minister():
    article = report(
        "SANTIAGO (Reuters) - Chile recalled its ambassador to Venezuela on Monday. Foreign "
        "Minister Alberto Morales said the expulsions were unacceptable. Venezuela's foreign "
        "minister accused Santiago of meddling in its affairs."
    )
    assert coding(article, "Alberto Morales")[1] == "CHL"
    assert "Venezuela's foreign minister" not in mentions_of(article, "Alberto Morales")


def test_the_military_is_the_army_the_story_names():
    article = report(
        "Chad's army shelled the market on Tuesday. Rebels accused the military of "
        "targeting residents."
    )
    (army,) = [a for a in article.actors if a.sector == "MIL"]
    assert "military" in mention_texts(article, army)


@pytest.mark.parametrize("text", [
    "The Coalition of Patriots for Change, an armed group, rejected the agreement.",
    "Another rebel group, the Union for Peace, rejected the agreement.",
])  # fmt: skip
def test_a_body_the_text_calls_an_armed_group_is_one(text):
    article = report(text)
    named = next(a for a in article.actors if a.kind == "organization")
    assert named.sector == "REB"


def test_the_security_council_named_in_full_is_one_body():
    article = report("The United Nations Security Council called an emergency meeting on Monday.")
    assert [(a.name, a.org) for a in article.actors] == [("UN Security Council", "unsc")]


def test_forces_a_leader_calls_his_own_are_the_army_of_his_country_named_after():
    # "his forces" are the president's country's, and "the Chadian army"
    # that reports on them is the same side of the fighting.
    article = report(
        "President Omar Talib of Chad said on Monday that his forces had retaken the town "
        "of Abeche from rebels. The Chadian army said 40 rebels were killed."
    )
    army = next(a for a in article.actors if "forces" in mention_texts(article, a))
    assert mention_texts(article, army) == ["forces", "Chadian army"]
    assert (army.country, army.sector) == ("TCD", "MIL")


def test_the_army_after_a_states_own_troops_is_that_states():
    # "its troops" are Niger's; "the army" speaking of them next is Niger's army.
    article = report(
        "Niger said its troops had crossed the river on Tuesday. "
        "The army said it had killed 12 rebels near the border."
    )
    army = next(a for a in article.actors if "army" in mention_texts(article, a))
    assert mention_texts(article, army) == ["troops", "army"]
    assert (army.country, army.sector) == ("NER", "MIL")


@pytest.mark.parametrize(
    ("body", "words", "sided_with"),
    [
        (
            "Georgia's opposition demanded the resignation of the pro-Russian government.",
            "pro-Russian government",
            "RUS",
        ),
        ("Anti-French protesters marched in Bamako on Friday.", "Anti-French protesters", "FRA"),
    ],
)
def test_a_demonym_a_stance_takes_is_not_the_country_of_those_who_take_it(body, words, sided_with):
    article = report(body)
    taking = next(a for a in article.actors if words in mention_texts(article, a))
    assert taking.country != sided_with


def test_the_government_a_stance_describes_is_the_storys_own():
    article = report("Georgia's opposition demanded the resignation of the pro-Russian government.")
    government = next(
        a for a in article.actors if "pro-Russian government" in mention_texts(article, a)
    )
    assert government.country == "GEO"


def test_two_states_own_troops_withdrawn_stay_two_actors():
    # "its soldiers" and "its forces" are found as people (they only undergo
    # the withdrawal); each is still the military of the state owning them,
    # not one army of the country they leave.
    article = report(
        "Moldova will withdraw its soldiers from Kosovo by June. "
        "Estonia has completed the withdrawal of its forces from Kosovo."
    )
    soldiers, forces = (_by_name(article)[name] for name in ("soldiers", "forces"))
    assert soldiers is not forces
    assert (soldiers.country, soldiers.sector) == ("MDA", "MIL")
    assert (forces.country, forces.sector) == ("EST", "MIL")


def test_forces_a_rebel_commander_calls_his_own_are_not_the_states_army():
    article = report(
        "Sudan's army shelled Omdurman on Monday. The RSF's commander, Mohamed Dagalo, "
        "said in a statement that his forces were ready for a truce."
    )
    forces = next(a for a in article.actors if "forces" in mention_texts(article, a))
    assert "army" not in mention_texts(article, forces)
    assert forces.sector == "REB"


def test_his_forces_in_a_clause_after_but_are_that_clauses_speakers():
    # "his" is the army chief's, who speaks after "but", not the rebel
    # commander's, the sentence's subject.
    article = report(
        "RSF commander Hamid Dagalo thanked the mediators, but army chief Kamal Burhani "
        "said his forces would respond to any violation."
    )
    assert _by_name(article)["forces"].sector == "MIL"


def test_the_alliance_is_the_alliance_named_before():
    article = report(
        "Turkey has held up Finland's bid to join Nato. Ankara accused the alliance of "
        "ignoring its security concerns."
    )
    assert "alliance" in mention_texts(article, _by_name(article)["NATO"])
