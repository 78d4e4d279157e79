"""Whom a phrase names (stages/_arguments.py), on sentences we wrote."""

from event_sides import real_events


def test_the_couple_is_the_pair_the_story_leads_with():
    events = real_events(
        "Dutch skaters Anna Vos and Piet Hals were detained in Minsk on Friday. "
        "The Belarus foreign ministry named them as spies. "
        "On Sunday, Belarus released the couple."
    )
    assert any(
        kind == "RETREAT" and recipients == ("Anna Vos", "Piet Hals")
        for kind, _, recipients in events
    )


def test_the_subject_after_after_is_who_acts_not_the_main_clause_subject():
    # The parse reads "its chief engineer" as the object of "after" and joins
    # "admitted" to "is": the engineer admitted, not the professor.
    events = real_events(
        "Professor Nils Lind is worried about Libya after its chief engineer "
        "Omar Haddad admitted selling missile parts."
    )
    assert ("CONCEDE", ("Omar Haddad",), ()) in events


def test_a_name_set_off_after_after_is_who_acts():
    events = real_events(
        "Professor Nils Lind says the danger is growing. He is also worried about Libya "
        "after one of its senior engineers, Omar Haddad, admitted selling missile parts."
    )
    assert ("CONCEDE", ("Omar Haddad",), ()) in events


def test_a_body_named_by_no_actor_is_told_by_the_one_who_led_it():
    # "its predecessor" names no actor; the one who led it does.
    events = real_events(
        "President Taras Petrenko's government has accused its predecessor, "
        "led by former President Ivan Dorin, of fraud."
    )
    assert any(kind == "ACCUSE" and recipients == ("Ivan Dorin",) for kind, _, recipients in events)


def test_a_body_the_phrase_names_keeps_its_name_though_someone_led_it():
    events = real_events(
        "The minister criticised the opposition alliance, headed by Maria Ortiz, for its stance."
    )
    assert any(kind == "ACCUSE" and recipients == ("opposition",) for kind, _, recipients in events)


def test_their_on_what_is_praised_is_the_body_named_just_before():
    events = real_events(
        "Judge Mary Keane said the Supreme Court's ruling was sound and praised their "
        "clear majority."
    )
    assert ("SUPPORT", ("Mary Keane",), ("Supreme Court",)) in events


def test_their_on_what_a_body_praises_is_its_own_when_it_was_named_last():
    events = real_events("The unions met on Monday. The unions praised their members.")
    assert not any(kind == "SUPPORT" and recipients for kind, _, recipients in events)


_ONE_PERSON_STORY = (
    "Lib Dem leader Mark Ellison has told voters his party will offer them a real choice.\n\n"
    "With the other two big parties fighting over who will cut taxes most, Mr Ellison is "
    "going into the election pledged to raise them. It is a brave policy. He wants to levy "
    "a higher rate on incomes above £150,000 a year. That money would pay for free care "
    "for the elderly.\n\n"
)


def test_his_past_the_sentence_before_is_the_one_person_the_story_has_named():
    events = real_events(
        _ONE_PERSON_STORY + "Both Labour and the Tories were quick to attack his tax plans."
    )
    assert ("ACCUSE", ("Labour Party", "Conservative Party"), ("Mark Ellison",)) in events


def test_his_past_the_sentence_before_is_no_one_when_two_people_were_named():
    events = real_events(
        _ONE_PERSON_STORY.replace("It is a brave policy.", "Joan Pryce, his deputy, agrees.")
        + "Both Labour and the Tories were quick to attack his tax plans."
    )
    assert not any(kind == "ACCUSE" and recipients for kind, _, recipients in events)


def test_both_parties_are_the_last_two_parties_named_though_never_joined():
    # Neither named with the other, and the party that warns is not one of them.
    events = real_events(
        "Leader Tom Reyes said the Conservatives would cut taxes. Labour said the plan "
        'was costed. The Greens warned both parties against "pandering to fear".'
    )
    assert ("ACCUSE", ("Greens",), ("Conservative Party", "Labour Party")) in events


def test_the_two_companies_are_the_two_firms_the_story_leads_with():
    # Not the two firms named last, which the deal brings in.
    events = real_events(
        "Torvik Telecom said on Monday it would buy Nordmark Steel for $2bn. "
        "The deal brings together brands such as Aldo Foods and Brix Mills. "
        "The two companies signed the deal on Friday."
    )
    assert ("AGREE", ("Torvik Telecom", "Nordmark Steel"), ()) in events


def test_a_decision_taken_up_again_is_of_the_body_that_announced_it():
    # A decision, like a plan, is answered for by the one who made it.
    events = real_events(
        "The Pentagon announced a decision to close ten bases on Monday. "
        "Senator Jane Moss criticised the decision."
    )
    assert ("ACCUSE", ("Jane Moss",), ("Pentagon",)) in events


def test_a_ruling_named_again_is_of_the_body_whose_ruling_it_was():
    events = real_events(
        "The Pentagon's ruling on the base was published on Monday. "
        "Senator Jane Moss condemned the ruling."
    )
    assert ("ACCUSE", ("Jane Moss",), ("Pentagon",)) in events


def test_an_article_judged_is_of_the_paper_named_as_it_was_first_told():
    # An article is a published thing, as a report is: "a Daily Courier
    # article ... the article was false" judges the paper's article.
    events = real_events(
        "Senator Jane Moss has written to the editor about a Daily Courier article on the "
        "closures. She said the article was false and misleading."
    )
    assert any(
        kind == "ACCUSE" and recipients == ("Daily Courier",) for kind, _, recipients in events
    )


def test_they_reported_by_a_list_is_the_whole_list():
    events = real_events("Norway and Iceland said they would support Denmark in the quota row.")
    assert ("SUPPORT", ("Norway", "Iceland"), ("Denmark",)) in events


def test_they_in_a_clause_joined_to_a_list_is_the_whole_list():
    events = real_events(
        "Norway and Iceland want lower tariffs, but they accused Denmark of dumping cod."
    )
    assert ("ACCUSE", ("Norway", "Iceland"), ("Denmark",)) in events


def test_they_heading_a_sentence_after_a_list_is_the_whole_list():
    events = real_events("Norway and Iceland signed a fishing pact. They criticised Denmark.")
    assert ("ACCUSE", ("Norway", "Iceland"), ("Denmark",)) in events


def test_they_after_a_passive_is_its_doer_not_the_thing_it_befell():
    events = real_events(
        "The fishing quota is expected to be opposed by the Danish Fishers Union. "
        "They have accused Norway of ignoring the science."
    )
    assert ("ACCUSE", ("Danish Fishers Union",), ("Norway",)) in events


def test_they_in_a_clause_joined_to_a_plural_body_is_that_body():
    events = real_events(
        "The dockers' unions demand longer breaks, but they accuse ministers of ignoring them."
    )
    assert any(kind == "ACCUSE" and actors == ("unions",) for kind, actors, _ in events)


def test_its_members_act_for_the_body_its_means():
    events = real_events(
        "The Harbour Workers Union held a rally in Leith. Its members condemned Nordbay Ferries."
    )
    assert ("ACCUSE", ("Harbour Workers Union",), ("Nordbay Ferries",)) in events


def test_bare_members_act_for_the_body_the_sentence_before_leads_with():
    events = real_events(
        "The Commons Transport Committee reported on rail fares. "
        "Members urged the government to freeze them."
    )
    assert any(
        kind == "REQUEST" and actors == ("Commons Transport Committee",)
        for kind, actors, _ in events
    )


def test_members_of_a_body_named_on_the_noun_are_not_the_body_before():
    events = real_events(
        "The Green Party met on Monday. Labour members urged the government to freeze fares."
    )
    assert not any(kind == "REQUEST" and actors == ("Green Party",) for kind, actors, _ in events)


def test_a_budget_written_with_a_capital_is_of_whoever_set_it_out():
    # The tagger calls "the Budget" a proper noun; it is still the minister's budget.
    events = real_events(
        "Finance minister Lena Varga set out the Budget on Tuesday. "
        "Senator Jane Moss condemned the Budget."
    )
    assert ("ACCUSE", ("Jane Moss",), ("Lena Varga",)) in events


def test_a_firm_told_by_its_peoples_word_is_not_the_state():
    # Norway is an actor of the story; "a Norwegian company" is not Norway's state.
    events = real_events(
        "Norway has raised taxes on steel imports. "
        "A small Norwegian company has bought the steel unit of Arcelor. "
        "The Norwegian bank said it had rejected an offer from Barclays."
    )
    assert not any("Norway" in actors for _, actors, _ in events)


def test_a_peoples_word_still_names_the_state_for_its_officials():
    events = real_events(
        "Norway has raised taxes on steel imports. "
        "Norwegian officials have criticised Arcelor for the delay."
    )
    assert any(kind == "ACCUSE" and "Arcelor" in recipients for kind, _, recipients in events)


def test_titles_under_one_article_told_by_a_verb_for_one_are_one_person():
    # "boss of Latteria Nord" is the founder's second title, not the firm acting.
    events = real_events(
        "Pietro Rossi founded Latteria Nord in 1961. "
        "The founder and former boss of Latteria Nord has apologised to investors."
    )
    assert ("CONCEDE", ("Pietro Rossi",), ("investors",)) in events


def test_nouns_with_an_article_each_name_two():
    events = real_events(
        "The minister and the envoy of Norway have criticised Latteria Nord for the delay."
    )
    assert any(kind == "ACCUSE" and len(actors) == 2 for kind, actors, _ in events)


def test_a_hyphened_pair_of_peoples_names_both_sides_of_the_noun():
    # The parse hangs "Greek" on "Turkish", so only Turkey described the talks.
    events = real_events(
        "Greece and Turkey want to settle their sea border. "
        "The Greek-Turkish talks resumed in Ankara on Monday."
    )
    assert ("CONSULT", ("Greece", "Turkey"), ()) in events


def test_those_including_names_are_whom_a_plural_noun_means():
    events = real_events(
        "Savers who lost money when Norvik Bank collapsed are suing several lenders, "
        "including Citigroup and UBS."
    )
    assert ("ACCUSE", ("Savers",), ("Citigroup", "UBS")) in events


def test_those_named_after_a_list_of_them_are_whom_it_means():
    events = real_events(
        "Savers who lost money when Norvik Bank collapsed are suing a long list of lenders, "
        "including Citigroup and UBS."
    )
    assert ("ACCUSE", ("Savers",), ("Citigroup", "UBS")) in events


def test_an_offer_named_again_is_the_one_told_as_coming_from_its_maker():
    events = real_events(
        "Chilean winemaker Andes Vinos has rejected a takeover offer worth $900m from "
        "brewing group Cerveceria Sur. Andes Vinos, whose labels include Alto Rio, "
        "dismissed the offer as too low."
    )
    rejections = [e for e in events if e[0] == "REJECT"]
    assert rejections == [("REJECT", ("Andes Vinos",), ("Cerveceria Sur",))] * 2


def test_the_leader_before_led_is_whose_strikes_they_are():
    events = real_events(
        "French-led air strikes on militant camps in northern Mali killed 30 fighters."
    )
    assert any(kind == "ASSAULT" and actors == ("France",) for kind, actors, _ in events), events


def test_the_leader_of_talks_between_two_others_is_no_side_of_them():
    events = real_events("The UN-led talks between Cyprus and Turkey resumed in Geneva on Monday.")
    assert ("CONSULT", ("Cyprus", "Turkey"), ()) in events, events


def test_an_it_in_a_when_clause_is_the_one_body_the_main_clause_names():
    # The main clause's subject ("The funds") is no body; "it" is Norbank,
    # not the regulator that led the sentence before.
    events = real_events(
        "The Federal Trade Commission said it had fined three funds on Monday. "
        "The funds became part of Norbank when it snapped up rival lender Eastgate "
        "Finance in a $9bn deal last year."
    )
    assert ("AGREE", ("Norbank",), ("Eastgate Finance",)) in events


def test_an_it_after_two_bodies_named_in_the_main_clause_stays_unread():
    events = real_events(
        "The Federal Trade Commission said it had fined three funds on Monday. "
        "Talks between Ovalis Group and Brightwater Holdings collapsed when it rejected "
        "the final offer."
    )
    assert not any(
        kind == "REJECT" and actors in (("Ovalis Group",), ("Brightwater Holdings",))
        for kind, actors, _ in events
    )


def test_the_pair_is_the_two_people_named_one_after_the_other_just_before():
    events = real_events(
        "The former judge clashed on Thursday with campaigner Lisa Crane. "
        "Mr Tom Hale said a new council would give people more of a say. "
        "But Ms Crane said local people did not want it. "
        "The pair met on the platform at Bath station."
    )
    assert any(
        kind == "CONSULT" and set(actors) == {"Tom Hale", "Lisa Crane"}
        for kind, actors, _ in events
    )


def test_the_pair_after_two_people_counted_is_not_two_named_in_between():
    events = real_events(
        "Two men were arrested after a raid on a shop in Leeds. "
        "Inspector Tom Reid said officers had acted on a tip. "
        "Jane Cole, a neighbour, said she heard shouting. "
        "The pair criticised the city council on Sunday."
    )
    assert not any(
        kind == "ACCUSE" and set(actors) == {"Tom Reid", "Jane Cole"} for kind, actors, _ in events
    )


def test_her_on_a_deed_is_not_a_man_though_he_is_the_subject():
    # "her" cannot be the killer: his given name says he is a man. He is
    # its doer, as the one who pleads guilty to it.
    events = real_events(
        "In June, Sarah Lowe's attacker, Peter Grant, pleaded guilty to her killing and "
        "received a nine-year sentence."
    )
    assert ("ASSAULT", ("Peter Grant",), ("Sarah Lowe",)) in events


def test_him_is_the_man_named_before_not_a_woman_named_nearer():
    events = real_events(
        "Alan Webb ran the wards with Mrs Joan Pike for a decade. "
        "The health minister, Colin Marsh, sacked him on Monday."
    )
    assert ("SANCTION", ("Colin Marsh",), ("Alan Webb",)) in events


def test_one_of_a_bodys_members_acts_for_the_body():
    # "Muslims" names a group of people, not the party whose members they are.
    events = real_events(
        "Plans for all-women shortlists were rejected on Monday by one of the Green Party's "
        "best-known Muslims."
    )
    assert ("REJECT", ("Green Party",), ()) in events
