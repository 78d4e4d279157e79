"""Sectors read from what a text says a body or a person is (invented news text)."""

from actor_names import actors_by_name as _actors


def test_what_the_text_calls_a_body_outranks_a_business_word_in_its_name():
    _, actors = _actors(
        "Conference Deals\n\nThe party took a large gift from the Institute of Global "
        "Meetings, the world's biggest conference company, last year.\n"
    )
    assert actors["Institute of Global Meetings"].sector == "BUS"


def test_a_party_s_ruling_committee_is_the_party_s():
    _, actors = _actors(
        "Venue Chosen\n\nThe choice of Leeds was ratified by Labour's ruling National "
        "Policy Committee on Monday, ending a long row over seaside towns.\n"
    )
    assert actors["National Policy Committee"].sector == "PTY"


def test_a_short_name_beside_a_body_s_full_name_is_not_described_by_it():
    _, actors = _actors(
        "Firm Settles\n\nThe engineering firm agreed to pay $9m to settle a civil case "
        "filed in March by America's markets regulator, the Securities and Exchange "
        "Commission (SEC).\n"
    )
    assert actors["Securities and Exchange Commission"].sector == "GOV"


def test_what_a_body_does_does_not_outrank_what_its_name_says():
    _, actors = _actors(
        "Rules Reviewed\n\nThe Electoral Commission said profits from lotteries had to be "
        "declared, and a spokeswoman confirmed it.\n"
    )
    assert actors["Electoral Commission"].sector == "GOV"


def test_a_research_institute_is_a_place_of_scholarship():
    _, actors = _actors(
        "Sea Levels Rise\n\nScientists at the Highland Marine Research Institute warned "
        "that storms would grow fiercer along the Scottish coast.\n"
    )
    assert actors["Highland Marine Research Institute"].sector == "EDU"


def test_a_chief_inspector_of_schools_is_an_officer_of_the_state():
    _, actors = _actors(
        "Exams Shake-up\n\nFormer chief inspector of schools Sir Brian Rowe, 61, has "
        "backed the diploma plan. Mary Pym, the chief inspector of prisons, said jails "
        "were overcrowded.\n"
    )
    assert actors["Brian Rowe"].sector == "GOV"
    assert actors["Mary Pym"].sector == "GOV"
    assert "chief inspector of prisons" not in actors


def test_the_side_a_sentence_opens_with_needs_no_comma():
    _, actors = _actors(
        "Tax Plans\n\nThe chancellor set out his plans on Wednesday. "
        "For the Tories Harriet Lyle said families would pay more.\n"
    )
    lyle = actors["Harriet Lyle"]
    assert lyle.org == "conservative"
    assert lyle.sector == "PTY"


def test_the_side_a_paragraph_opens_with_after_a_quote_is_the_speakers():
    _, actors = _actors(
        'Tax Plans\n\nThe chancellor said: "The economy is strong and families are '
        'better off."\n\nFor the Lib Dems Owen Tarrant said: "The figures are built on '
        'debt," he said.\n'
    )
    tarrant = actors["Owen Tarrant"]
    assert tarrant.org == "libdem"
    assert tarrant.sector == "PTY"


def test_a_frontbencher_is_a_member_of_parliament():
    _, actors = _actors(
        "Quango Cull\n\nTory frontbencher Simon Hale said the state had to shrink, and "
        "frontbencher Ralph Dane set out the plans on Thursday.\n"
    )
    assert actors["Simon Hale"].sector == "LEG"
    assert actors["Ralph Dane"].sector == "LEG"


def test_a_role_word_the_model_takes_for_a_verb_is_still_the_name_s_title():
    _, actors = _actors(
        "Quangos Cut\n\nMichael Howard and frontbencher Peter Lyle on Monday unveiled "
        "plans to scrap hundreds of quangos.\n"
    )
    assert actors["Peter Lyle"].sector == "LEG"


def test_a_body_set_beside_a_name_is_whom_the_person_speaks_for():
    _, actors = _actors(
        "Resort Hopes\n\nThe conference will return to the coast in 2007. Ian Dodd, "
        'Torquay Hotel Association said: "We want the delegates back."\n'
    )
    assert actors["Ian Dodd"].sector == "BUS"


def test_what_a_body_is_called_before_its_name_is_read_two_words_together():
    _, actors = _actors(
        "Law Attacked\n\nThe rights group Equal Voices said the bill would hurt tenants. "
        "The trade body Techlink said members would lose orders, and the voluntary body "
        "Dry Lanes Scotland asked for more money.\n"
    )
    assert actors["Equal Voices"].sector == "NGO"
    assert actors["Techlink"].sector == "BUS"
    assert actors["Dry Lanes Scotland"].sector == "NGO"


def test_a_known_name_inside_a_longer_one_is_not_that_body():
    _, actors = _actors(
        "Vote Count Delayed\n\nMalawi's Independent Electoral Commission said counting "
        "would take a week. The Independent Broadcasting Authority of Zambia fined a "
        "radio station on Friday.\n"
    )
    assert actors["Independent Electoral Commission"].country == "MWI"
    assert "The Independent" not in actors
    assert "Electoral Commission" not in actors


def test_a_body_described_as_a_group_of_people_is_no_firm():
    _, actors = _actors(
        "Talks Call\n\nThe talks must resume, said the Club of Lisbon, a group of former "
        "presidents and prime ministers.\n"
    )
    assert actors["Club of Lisbon"].sector == "NGO"


def test_a_group_of_a_government_s_officials_is_the_government_s():
    _, actors = _actors(
        "Care Review\n\nThe report was written by the Highland Care Panel, a group of "
        "Scottish Executive officials.\n"
    )
    assert actors["Highland Care Panel"].sector == "GOV"


def test_a_body_a_relative_clause_says_presses_a_cause_is_a_campaigning_body():
    _, actors = _actors(
        "Road Plan\n\nAnna Bell, of Brake Now, which campaigns for safer streets, said the "
        "plan was weak. Kali Obi, director of Parity Watch, which lobbies for more women "
        "in parliament, said it was a scandal.\n"
    )
    assert actors["Brake Now"].sector == "NGO"
    assert actors["Parity Watch"].sector == "NGO"


def test_an_institute_the_text_places_in_a_university_is_the_university_s():
    _, actors = _actors(
        "Study Doubts\n\nDr Ann Reilly of the Northern Institute for Child Health at Leeds "
        "University said the study was flawed. The work was done by the Coastal Studies "
        "Institute in Oban, which is part of the University of Argyll. Jo Lind of the "
        "Policy Institute said the plan would fail.\n"
    )
    assert actors["Northern Institute for Child Health"].sector == "EDU"
    assert actors["Coastal Studies Institute"].sector == "EDU"
    assert actors["Policy Institute"].sector == "NGO"


def test_a_name_ending_in_network_is_a_body_of_campaigners_not_a_person():
    _, actors = _actors(
        "Carers Want More\n\nCouncils will set a national minimum rate for carers, ministers "
        "said on Monday.\n\nMentoring Network chief executive Rhys Hollins said the plan was "
        'overdue. "Children cannot wait," he said.\n'
    )
    network = actors["Mentoring Network"]
    assert network.kind == "organization"
    assert network.sector == "NGO"


def test_the_director_of_a_named_network_speaks_for_a_charity():
    _, actors = _actors(
        "Carers Want More\n\nThe government plans to cut payments to foster carers. Helen "
        "Marsh, director of the Adoption Support Network, said families would be worse off.\n"
    )
    assert actors["Adoption Support Network"].sector == "NGO"
    assert actors["Helen Marsh"].sector == "NGO"


def test_a_club_of_a_city_is_a_civic_body_and_its_chairman_speaks_for_it():
    _, actors = _actors(
        "Debt Talks\n\nClub of Lisbon chairman Pedro Alves said former world leaders would "
        "meet in March to discuss debt relief.\n"
    )
    assert actors["Club of Lisbon"].sector == "NGO"
    assert actors["Pedro Alves"].sector == "NGO"


def test_a_firm_described_as_a_network_in_lower_case_stays_a_business():
    _, actors = _actors(
        "Phone Deal Cut\n\nLawmakers want Zentel's stake in Karacell, the new network, cut "
        "from 70% to 49%.\n"
    )
    assert actors["Karacell"].sector == "BUS"


def test_a_name_that_only_begins_with_club_is_a_firm():
    _, actors = _actors(
        "Rail Repairs\n\nNetwork Signalling, which maintains the tracks, said repairs would "
        "take a week. Critics blamed Club Voyage for the delays.\n"
    )
    assert actors["Club Voyage"].sector == "BUS"


def test_an_institute_of_a_science_is_a_place_of_scholarship_not_a_think_tank():
    _, actors = _actors(
        "Sea Warning\n\nScientists at the Institute of Criminology said the Kestrel Policy "
        "Centre was wrong about prison numbers.\n"
    )
    assert actors["Institute of Criminology"].sector == "EDU"
    assert actors["Kestrel Policy Centre"].sector == "NGO"


def test_squatters_are_private_people():
    _, actors = _actors(
        "Land Seized\n\nSquatters in empty flats will face new fines, ministers said.\n"
    )
    assert actors["Squatters"].sector == "CVL"


def test_a_role_a_copula_says_a_person_holds_is_theirs():
    _, actors = _actors(
        "Tax Plan Attacked\n\nCarla Henning is a professor of economics at Kentmoor "
        "University. She said the new levy would hit small savers hardest.\n"
    )
    assert actors["Carla Henning"].sector == "EDU"


def test_a_post_a_name_is_appointed_to_is_theirs():
    _, actors = _actors(
        "Cabinet Shake-Up\n\nThe appointment of Omar Saleh to the new post of trade "
        "minister in May was hailed by investors.\n"
    )
    assert actors["Omar Saleh"].sector == "GOV"


def test_a_description_of_no_known_role_leaves_the_post_after_it_to_be_read():
    _, actors = _actors(
        "Cabinet Shake-Up\n\nThe appointment of Omar Saleh, a soft-spoken technocrat, to "
        "the new post of trade minister in May was hailed by investors.\n"
    )
    assert actors["Omar Saleh"].sector == "GOV"


def test_the_us_justice_department_is_a_government_department():
    _, actors = _actors(
        "Drug Firm Fined\n\nThe drug maker agreed to pay $4m to the US Department of "
        "Justice to settle claims that it paid officials in Brazil.\n"
    )
    assert actors["Justice Department"].sector == "GOV"


def test_a_ratings_agency_is_a_firm_not_a_person():
    _, actors = _actors(
        "Debt Upgraded\n\nFitch raised its rating of Peru's debt on Tuesday, citing "
        "strong growth and lower borrowing.\n"
    )
    assert actors["Fitch Ratings"].sector == "BUS"


def test_a_bare_name_bought_in_a_deal_is_a_firm():
    _, actors = _actors(
        "Builder Sold\n\nThe Spanish group has been buying British assets, having bought "
        "Halcrow Wates in 2003. Shares rose after the deal.\n"
    )
    assert actors["Halcrow Wates"].kind == "organization"
    assert actors["Halcrow Wates"].sector == "BUS"


def test_a_president_named_with_a_body_no_lexicon_knows_is_that_firm_s():
    _, actors = _actors(
        "Spam Rises\n\nTom Kettering, Brightwave president, said the attacks were growing. "
        "Anna Bloom, NovaTel's vice president, said the firm would hire more staff. "
        "Lena Ortiz, Peru's president, said talks would go on.\n"
    )
    assert actors["Tom Kettering"].sector == "BUS"
    assert actors["Anna Bloom"].sector == "BUS"
    assert actors["Lena Ortiz"].sector == "GOV"


def test_a_court_the_country_owns_judges():
    _, actors = _actors(
        "Download Ruling\n\nA Danish teacher who ran a music website was ordered to pay "
        "damages by the country's Supreme Court on Friday.\n"
    )
    assert actors["Supreme Court"].sector == "JUD"


def test_a_unit_within_a_ministry_is_the_state_s():
    _, actors = _actors(
        "Rail Chief Quits\n\nMette Korsgaard was director of the National Rail Safety Unit "
        "within the Danish Transport Ministry. Ms Korsgaard took up her post last May.\n"
    )
    assert actors["National Rail Safety Unit"].sector == "GOV"
    assert actors["Mette Korsgaard"].sector == "GOV"


def test_a_guild_of_a_trade_s_workers_is_their_union():
    _, actors = _actors(
        "Strike Vote\n\nThe Guild of Lighting Crews said its members would vote on a strike "
        "next week, after talks with the studios broke down.\n"
    )
    assert actors["Guild of Lighting Crews"].sector == "LAB"


def test_an_infirmary_or_a_hospice_is_a_place_of_care():
    _, actors = _actors(
        "Boy Stable\n\nDoctors at Bristol General Infirmary said the boy was stable. "
        "A spokeswoman for Ardmore Hospice said it would take him later.\n"
    )
    assert actors["Bristol General Infirmary"].sector == "HLH"
    assert actors["Ardmore Hospice"].sector == "HLH"
