"""Actors the story brings in once and tells of again by other words (invented text)."""

from actor_names import actors_by_name as _actors
from actor_names import mention_texts as _mentions


def test_an_official_who_speaks_is_the_official_taken_up_after():
    article, actors = _actors(
        "Sale\n\nThe Kenyan government plans to sell its stake in the airline. A Finance "
        "Ministry official has told the Nation newspaper that the stake will go next year. "
        "The official said the cabinet had not chosen a buyer.\n"
    )
    official = actors["Finance Ministry official"]
    assert _mentions(article, official) == ["Finance Ministry official", "official"]


def test_bare_delegates_are_the_party_s_delegates_named_before():
    article, actors = _actors(
        "Rally\n\nLabour delegates gathered in Leeds on Friday for the spring conference. "
        "The home secretary told delegates the election could be won. He will welcome "
        "delegates to the hall again on Saturday.\n"
    )
    assert _mentions(article, actors["Labour delegates"]) == [
        "Labour delegates",
        "delegates",
        "delegates",
    ]


def test_the_party_is_no_country_a_party_s_government_was_set_beside():
    article, actors = _actors(
        "Rally\n\nTory activists are meeting for what may be their last rally before the vote, "
        'insisting Britain wants "a fresh start". The party opens its conference in Leeds, '
        "hoping to stress the gap between it and Labour. A Tory government would cut taxes, "
        "the chairman said.\n"
    )
    assert "party" in _mentions(article, actors["Conservative Party"])
    assert "party" not in _mentions(article, actors["Britain"])


def test_the_house_is_the_one_chamber_the_article_names():
    article, actors = _actors(
        "Hecklers\n\nMPs who heckle will be suspended from the Commons, the Speaker has ruled. "
        "He enforces the standing orders of the House.\n"
    )
    assert _mentions(article, actors["House of Commons"]) == ["Commons", "House"]


def test_the_house_is_no_chamber_where_the_article_names_two():
    article, actors = _actors(
        "Bill\n\nThe Lords rejected the bill, and the Commons will vote on it again. "
        "The House sits on Monday.\n"
    )
    assert _mentions(article, actors["House of Commons"]) == ["Commons"]
    assert _mentions(article, actors["House of Lords"]) == ["Lords"]


def test_the_counted_group_told_again_by_its_count_and_another_word():
    article, actors = _actors(
        "Charges\n\nFederal prosecutors have charged six meat suppliers with helping a grocer "
        "hide its losses. The suppliers are alleged to have forged invoices. "
        "Their lawyers were not available. The hearing was set for May. A judge will sit in "
        "Chicago. The six vendors are expected to plead guilty.\n"
    )
    suppliers = actors["meat suppliers"]
    assert _mentions(article, suppliers) == ["six meat suppliers", "suppliers", "six vendors"]


def test_a_firm_s_name_read_as_a_word_before_shares_is_the_firm():
    article, actors = _actors(
        "Accounts\n\nDutch retailer Ohold has admitted that it overstated its earnings. Ohold "
        "hit the headlines last year over its accounts, and Ohold was later fined. Ohold "
        "shares fell on the news.\n"
    )
    assert _mentions(article, actors["Ohold"]) == ["Ohold"] * 4


def test_an_official_the_lead_brings_in_and_takes_up_unnamed_is_no_one_named_after():
    article, actors = _actors(
        "Port sale\n\nA Transport Ministry official has told reporters that the port will be "
        "sold this year. The sale is seen as a sign of reform. The official said no price had "
        "been set. Rana Said, who runs a shipping fund in Tunis, said bids would be high.\n"
    )
    official = actors["Transport Ministry official"]
    assert _mentions(article, official) == ["Transport Ministry official", "official"]
    assert _mentions(article, actors["Rana Said"]) == ["Rana Said"]


def test_a_lead_description_told_again_beside_a_name_is_that_person():
    article, actors = _actors(
        "Strike in Gaza\n\nAn Israeli air strike killed a senior Hamas commander in Gaza "
        "City on Monday, the Israeli military said. The military said the commander, "
        "Ahmad Saleh, had planned rocket attacks on southern Israel.\n"
    )
    saleh = actors["Ahmad Saleh"]
    assert "Hamas commander" in _mentions(article, saleh)
    assert saleh.code == "PSEREB"


def test_a_lead_description_is_not_the_one_named_after_with_a_role_of_his_own():
    article, actors = _actors(
        "Sale Ruled Illegal\n\nThe transfer of a cement works to a cousin of the former president "
        "was unlawful, a tribunal has ruled. President Petro Marchenko, elected in March, plans "
        "to look again at such sales.\n"
    )
    assert "former president" not in _mentions(article, actors["Petro Marchenko"])


def test_her_government_is_the_government_of_the_country_she_is_placed_in():
    article, actors = _actors(
        "Envoy Recalled\n\nBELGRADE - Serbia recalled its ambassador on Friday, the foreign "
        "ministry said. Montenegro's prime minister, Ana Vukovic, said her government "
        "regretted the decision.\n"
    )
    # Named once and told of once as "her government": "Montenegro" or "Montenegro government".
    montenegro = next(actor for name, actor in actors.items() if name.startswith("Montenegro"))
    assert "government" in _mentions(article, montenegro)
    assert "government" not in _mentions(article, actors["Serbia"])


def test_the_government_of_whose_clause_is_that_of_the_country_its_owner_is_placed_in():
    article, actors = _actors(
        "Border Flights\n\nIsraeli jets flew over the Lebanese coast on Monday, the Israeli "
        "army said. An Israeli army spokesman said the flights were routine. Lebanese "
        "Prime Minister Fuad Haddad, whose government is backed by Damascus, condemned "
        "the flights.\n"
    )
    lebanon = next(
        actor for actor in actors.values() if actor.country == "LBN" and actor.kind != "person"
    )
    assert "government" in _mentions(article, lebanon)


def test_his_government_is_his_countrys_in_a_story_of_many_countries():
    article, actors = _actors(
        "Accession Talks\n\nEU ministers agreed to open talks with Serbia. Swedish Foreign "
        "Minister Lars Berg chaired the meeting, and Greek Prime Minister Nikos Pappas "
        "welcomed it. Kosovo's president, Avni Krasniqi, said his country would block the "
        "talks unless Belgrade recognised his government.\n"
    )
    kosovo = next(actor for actor in actors.values() if actor.country == "XKX")
    assert "government" in _mentions(article, kosovo)
    assert not [actor for actor in actors.values() if actor.name == "government"]


def test_a_firm_named_after_its_founder_is_called_by_his_surname_alone():
    article, actors = _actors(
        "Audit charges\n\nUS regulators have charged the accounting firm Carter Mayhew over "
        "its audits of the failed telecoms group. Mayhew said on Friday that it would fight "
        "the charges in court.\n"
    )
    assert _mentions(article, actors["Carter Mayhew"]) == ["Carter Mayhew", "Mayhew"]
    assert "Mayhew" not in actors
