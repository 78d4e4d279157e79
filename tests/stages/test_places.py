"""The places stage: which names are locations, and where they are."""

import dateline
from dateline.records import Place
from dateline.stages.places import known_names


def _places(body, caption=None):
    head = f"Talks Resume\n\n{caption}\n\n" if caption else "Talks Resume\n\n"
    (article,) = dateline.extract(f"{head}{body}\n", published="2024-03-10")
    return {p.name: p for p in article.places}, article


def test_a_capital_that_speaks_is_an_actor_and_one_that_hosts_is_a_place():
    places, _ = _places(
        "Washington said on Monday that talks would continue. "
        "Envoys from Syria and Iraq met in Damascus on Sunday."
    )
    assert "Washington" not in places
    damascus = places["Damascus"]
    assert (damascus.kind, damascus.country, damascus.geonames_id) == ("city", "SYR", 170654)


def test_a_country_a_said_or_given_deed_comes_from_is_no_place():
    places, _ = _places(
        "Chile welcomed an apology from Peru, and aid from Bolivia reached Arica on Monday."
    )
    assert "Peru" not in places
    assert "Bolivia" not in places
    assert "Arica" in places


def test_a_city_is_read_in_the_light_of_the_countries_of_the_story():
    places, _ = _places(
        "The Syrian government said Israeli air strikes on Palmyra city killed 14 people."
    )
    palmyra = places["Palmyra"]
    assert (palmyra.country, palmyra.geonames_id) == ("SYR", 163808)  # Tadmur


def test_regions_and_sites_come_from_the_regions_lexicon():
    places, _ = _places("Clashes were reported in the West Bank and outside Downing Street.")
    assert (places["West Bank"].kind, places["West Bank"].country) == ("region", "PSE")
    assert (places["Downing Street"].kind, places["Downing Street"].country) == ("site", "GBR")


def test_a_place_only_a_caption_names_is_kept_without_mentions_and_places_events():
    places, article = _places(
        "Foreign Minister Anna Lindqvist met Turkish envoy Kemal Aydin on Friday.",
        caption="Anna Lindqvist and Kemal Aydin in Oslo, Norway, March 8, 2024. (Reuters)",
    )
    oslo = places["Oslo"]
    assert (oslo.country, oslo.mentions) == ("NOR", ())
    (meeting,) = [e for e in article.events if e.type == "CONSULT"]
    assert meeting.place == oslo.id
    assert "place: the place the caption names" in meeting.explanation


def test_a_place_the_gazetteer_lacks_is_put_in_the_country_of_the_story():
    places, _ = _places(
        "Home Secretary Charles Clarke said the Labour government would act. "
        "The men were held at Blackwater Ridge camp overnight."
    )
    ridge = places["Blackwater Ridge"]
    assert (ridge.kind, ridge.lat, ridge.country) == (None, None, "GBR")


def test_examples_of_a_kind_of_place_and_a_war_named_after_a_country_are_places():
    places, _ = _places(
        "Spent fuel from countries such as Norway and Chile will be kept in Finland. "
        "The minister resigned over the Iraq war."
    )
    assert {"Norway", "Chile", "Finland", "Iraq"} <= set(places)


def test_where_a_named_person_is_from_and_a_region_the_model_took_for_a_body_are_places():
    places, _ = _places(
        "The accused are Ivo Marsh, 53, of Leeds, and Tom Reyes, 37, of Auckland, New Zealand. "
        "Imports into the EU fell."
    )
    assert {"Leeds", "Auckland", "New Zealand", "EU"} <= set(places)
    assert places["Auckland"].country == "NZL"


def test_a_small_foreign_city_is_not_the_reading_of_a_name_the_story_does_not_place_there():
    places, _ = _places(
        "Labour MP John Smith said the patients were moved to Broadmoor hospital on Monday."
    )
    assert "Broadmoor" not in places or places["Broadmoor"].country != "CAN"


def test_a_town_too_small_for_the_cities_list_is_found_in_the_story_s_country():
    places, _ = _places("The Home Office said a new hostel will open in Tuxford next year.")
    assert places["Tuxford"].country == "GBR"
    assert places["Tuxford"].geonames_id is not None


def test_a_meeting_or_bomb_named_after_a_city_and_goods_sent_to_a_country_place_them():
    places, _ = _places(
        "Ministers recalled the Madrid bomb. Gas supplies to Ukraine resumed on Friday "
        "after Russia signed a deal with Turkmenistan."
    )
    assert places["Madrid"].country == "ESP"
    assert "Ukraine" in places
    assert "Turkmenistan" not in places


def test_a_known_place_the_model_took_for_a_person_is_a_place_beside_another_place():
    places, _ = _places(
        "At Heathrow, Gatwick and Stansted airports, the operator held meetings on Monday. "
        "Textile firms from Mauritius closed their factories."
    )
    assert {"Heathrow", "Gatwick", "Stansted", "Mauritius"} <= set(places)
    assert places["Mauritius"].country == "MUS"


def test_the_name_given_to_a_capital_is_a_place():
    places, _ = _places(
        "The minister opened a clinic in the Kenyan capital Nairobi on Tuesday. "
        "Flights arrive from the Czech capital, Prague, every day."
    )
    assert {"Nairobi", "Prague"} <= set(places)
    assert places["Prague"].country == "CZE"


def test_the_end_of_a_route_and_the_goal_of_goods_sent_are_places():
    places, _ = _places(
        "The suspects were driven by police from Cardiff to Bristol on Monday. "
        "Algeria halted gas exports to Morocco last week."
    )
    assert {"Cardiff", "Bristol", "Morocco"} <= set(places)


def test_a_city_put_in_its_country_and_the_country_of_citizens_are_places():
    places, _ = _places(
        "The consulates to close include Houston in the US and Lyon in France. "
        "The rules do not apply to citizens of Norway or Iceland."
    )
    assert {"Houston", "Lyon", "Norway", "Iceland"} <= set(places)
    assert places["Houston"].country == "USA"


def test_a_place_talked_about_and_a_site_something_is_done_to_are_places():
    places, _ = _places(
        "The two leaders talked about Afghanistan over lunch. "
        "Campaigners fear Red Square will be closed to the public."
    )
    assert {"Afghanistan", "Red Square"} <= set(places)


def test_a_place_after_a_comma_and_a_place_is_a_place_however_the_model_hangs_it():
    places, _ = _places("The victims were Amy Blake, 34, of Headingley, Leeds.")
    assert places["Leeds"].country == "GBR"


def test_a_small_town_is_looked_for_in_the_countries_named_when_no_one_leads():
    places, _ = _places(
        "US Secretary of State Ann Cole and British Foreign Secretary Tom Hale spoke on "
        "Monday. The dead include Sam Okoro, 41, of Tuxford, Nottingham."
    )
    assert places["Tuxford"].country == "GBR"
    assert places["Nottingham"].country == "GBR"


def test_a_firm_the_story_knows_as_a_body_is_no_place_the_gazetteer_lacks():
    places, _ = _places(
        "The Russian gas firm Gazprom said profits rose. "
        "Foreigners can only trade in Gazprom via London."
    )
    assert "Gazprom" not in places
    assert "London" in places


def test_a_place_the_gazetteer_lacks_is_put_in_the_place_the_text_puts_it_in():
    places, _ = _places(
        "Home Secretary Charles Clarke named the victims. They were Tom Reed, 51, of "
        "Upper Whitcombe, Norfolk, and Ann Lee, 38, of Leeds."
    )
    village, county = places["Upper Whitcombe"], places["Norfolk"]
    assert (village.kind, village.country) == (None, "GBR")
    assert (village.lat, village.lon) == (county.lat, county.lon)


def test_a_place_the_gazetteer_lacks_takes_the_country_its_kind_is_given():
    places, _ = _places(
        "Foreign Secretary Jack Straw said two Britons had been holidaying on the Thai "
        "island of Koh Lanta when the wave struck."
    )
    assert places["Koh Lanta"].country == "THA"


def test_the_start_of_a_route_and_a_place_said_to_be_a_kind_of_place_are_places():
    places, _ = _places(
        "The Cardiff to Swansea train was delayed. "
        "The Bahamas, Fiji and Belize are among the countries affected."
    )
    assert {"Cardiff", "Bahamas", "Fiji", "Belize"} <= set(places)


def test_a_name_the_model_cut_short_is_read_to_its_end():
    places, _ = _places("The Queen will host a reception at St James's Palace on Monday.")
    assert places["St James's Palace"].kind == "site"


def test_a_site_the_model_took_for_a_body_is_judged_as_a_site():
    places, _ = _places(
        "Iranian soldiers shut the new Imam Khomeini International Airport near Tehran at once."
    )
    assert places["Imam Khomeini International Airport"].kind == "site"


def test_a_seat_named_for_part_of_a_town_is_put_in_the_town():
    places, _ = _places("Labour held the seat after the count in Hartlepool North on Friday.")
    assert (places["Hartlepool North"].country, places["Hartlepool North"].lat) == ("GBR", 54.68554)


def test_the_country_envoys_come_from_is_the_government_they_speak_for():
    places, _ = _places(
        "Representatives from Chile and Peru were invited to the summit. "
        "Two factory owners from Taiwan left the country."
    )
    assert not {"Chile", "Peru"} & set(places)
    assert "Taiwan" in places


def test_a_country_that_runs_a_site_elsewhere_is_not_where_the_site_is():
    places, _ = _places(
        "The men were held at the US camp in Cuba for two years. "
        "Others were freed from the Cuba detention camp in March."
    )
    assert places["Cuba"].mentions
    assert "US" not in places


def test_a_town_nobody_knows_given_its_county_is_a_place_in_that_county():
    places, _ = _places(
        "Police said the van came from Haddow Moor, Essex, on Monday. "
        "The victims were Tom Reed, 51, of Little Haddow, Lincolnshire, and Ann Lee, 38."
    )
    assert places["Haddow Moor"].country == "GBR"
    assert places["Haddow Moor"].lat == places["Essex"].lat
    assert places["Little Haddow"].lat == places["Lincolnshire"].lat


def test_places_the_model_read_as_one_title_are_places_but_a_firm_is_not():
    places, _ = _places(
        "Voters in Reading and Bath went to the polls. He spent years at Ernst and Young."
    )
    assert {"Reading", "Bath"} <= set(places)
    assert not {"Ernst", "Young"} & set(places)


def test_what_shares_are_held_in_is_a_firm_unless_the_gazetteer_knows_a_place():
    places, _ = _places("Shares in Rover fell on Monday. Investment in Iraq fell last year.")
    assert "Rover" not in places
    assert "Hunter" not in places  # a founder's name
    assert "Iraq" in places


def test_a_world_city_is_not_read_as_a_small_namesake_in_the_story_s_country():
    places, _ = _places(
        "US Secretary of State Ann Cole said talks would resume. The envoys met in Paris on Monday."
    )
    assert places["Paris"].country == "FRA"


_BRITISH = "Home Secretary Charles Clarke said the Labour government would act. "
"""A sentence that makes a story British, so that its small towns are looked for in Britain."""


def test_a_seat_a_city_s_hotels_and_going_back_to_a_town_are_places():
    places, _ = _places(
        f"{_BRITISH}The former minister will contest the Lancashire seat of Burnley. "
        "Hotel owners had begged the party to come back to Blackpool."
    )
    assert {"Lancashire", "Burnley", "Blackpool"} <= set(places)
    places, _ = _places("Block bookings will be taken at the big Manchester hotels, they said.")
    assert "Manchester" in places


def test_a_town_the_model_read_into_a_school_s_name_is_a_place():
    places, _ = _places(
        f"{_BRITISH}He answered questions from pupils at Kinross Grammar School in Inverness."
    )
    assert (places["Inverness"].kind, places["Inverness"].country) == ("city", "GBR")


def test_an_unlabelled_small_town_and_names_put_in_a_county_are_places():
    places, _ = _places(
        f"{_BRITISH}The party agent met the local branch's chairman in Arundel on Tuesday. "
        "Two caravan sites - Histon in Cambridgeshire and Minety in Wiltshire - are in dispute."
    )
    assert places["Arundel"].country == "GBR"
    assert {"Histon", "Minety"} <= set(places)
    assert places["Minety"].lat == places["Wiltshire"].lat


def test_a_demonym_makes_the_story_about_its_country_and_so_its_small_cities_readable():
    places, _ = _places("The German carmaker will close its factory in Sindelfingen for two days.")
    assert places["Sindelfingen"].country == "DEU"


def test_a_city_before_its_country_is_a_place_however_the_model_hangs_it():
    places, _ = _places("The crew is due to start work in Melbourne, Australia, later this year.")
    assert places["Melbourne"].country == "AUS"


def test_a_site_s_short_name_after_its_full_name_is_the_same_site():
    places, _ = _places(
        "Scottish ministers lost the case. Slopping out had gone on at Barlinnie Prison. "
        "Mr Reid said conditions at Barlinnie have improved."
    )
    assert len(places["Barlinnie Prison"].mentions) == 2


def test_a_name_after_an_honorific_is_a_person_whatever_the_preposition():
    places, _ = _places(
        f"{_BRITISH}Officials then called on Mr Luton to resign. "
        "A UKIP spokesman called on Mr Hockney to quit."
    )
    assert not {"Luton", "Hockney"} & set(places)


def test_national_parks_and_world_regions_come_from_the_lexicon_but_not_inside_a_town_s_name():
    places, _ = _places(
        f"{_BRITISH}Hunts met on Exmoor and in the Lake District. The firm grew in the Caribbean. "
        "Mr Hale, MP for Henley-on-Thames, said he would vote against it."
    )
    assert (places["Exmoor"].kind, places["Exmoor"].country) == ("region", "GBR")
    assert places["Lake District"].country == "GBR"
    assert places["Caribbean"].country is None
    assert "Thames" not in places


def test_the_second_of_two_places_and_a_journey_on_to_a_town_are_places():
    places, _ = _places(
        f"{_BRITISH}The new rules on fox hunting in England and Wales are clear. "
        "The old line ran from Edinburgh through the hills and on to Carlisle."
    )
    assert {"England", "Wales", "Carlisle"} <= set(places)


def test_a_disaster_named_after_a_place_and_a_body_s_seat_are_places():
    places, _ = _places(
        f"{_BRITISH}He led the inquiry into the 1981 Brixton riots. "
        "Protesters gathered outside the party's Leeds headquarters."
    )
    assert {"Brixton", "Leeds"} <= set(places)


def test_the_market_of_a_country_is_where_goods_are_sold():
    places, _ = _places("Textile firms lost their preferential access to the US market in January.")
    assert places["US"].country == "USA"


def test_the_parts_of_a_place_and_what_lies_close_to_it_are_places():
    places, _ = _places(
        "The carmaker built a plant on the outskirts of Coventry. Clashes broke out in villages "
        "close to the border with Morocco, and more in parts of Scotland. Ministers said the "
        "firm is too close to Israel."
    )
    assert {"Coventry", "Morocco", "Scotland"} <= set(places)
    assert "Israel" not in places  # what one is close to, not where one is


def test_where_a_person_or_firm_named_with_a_comma_is_from_is_a_place():
    places, _ = _places(
        "Tony Hartley, of Burnley, said the party had lost its way. Marlow Engineering, of "
        "Arlington, Virginia, won the contract."
    )
    assert {"Burnley", "Arlington", "Virginia"} <= set(places)


def test_a_name_that_says_it_is_a_place_is_one_after_most_prepositions():
    places, _ = _places(
        "The aid is for the rebuilding of Aceh province. Officials asked what had been done for "
        "the North East. Campaigners wrote for North East Says No. The deal was praised by the "
        "Middle East."
    )
    assert (places["Aceh province"].kind, places["Aceh province"].country) == ("admin", "IDN")
    assert len(places["North East"].mentions) == 1  # not the campaign "North East Says No"
    assert "Middle East" not in places


def test_a_town_s_name_the_model_split_into_a_person_is_read_whole():
    places, _ = _places(
        "The British firm makes cookers in Newton Aycliffe, County Durham, and ovens in Stockton."
    )
    assert (places["Newton Aycliffe"].kind, places["Newton Aycliffe"].country) == ("city", "GBR")


def test_a_wire_dateline_s_town_is_a_place_read_in_the_country_after_it():
    (article,) = dateline.extract(
        "Strikes Resume\n\nHOMS, Syria, March 4, 2024 (Meridian Wire) - Government shelling "
        "killed six people on Monday, residents said.\n"
    )
    (homs,) = article.places
    assert (homs.name, homs.country, homs.mentions) == ("Homs", "SYR", ((0, 4),))


def test_a_seat_the_model_took_for_a_body_or_a_person_is_a_place_in_its_town():
    places, _ = _places(
        "The Labour share of the vote in Britain fell to 8% in Bristol South and Leeds Central."
    )
    assert (places["Bristol South"].country, places["Leeds Central"].country) == ("GBR", "GBR")
    assert (places["Bristol South"].kind, places["Leeds Central"].kind) == ("city", "city")


def test_a_place_that_names_where_a_home_office_or_shop_is_is_a_place():
    places, _ = _places(
        "The singer was found at his Devon home on Tuesday. "
        "A spokeswoman for the regulator's Chicago office declined to comment. "
        "The retailer stopped selling knives in its Ohio stores last year."
    )
    assert places["Devon"].kind == "admin"
    assert places["Chicago"].country == "USA"
    assert places["Ohio"].kind == "admin"


def test_a_body_named_after_a_place_is_no_office_of_that_place():
    places, _ = _places("Officials at the Scotland Office said the figures would be published.")
    assert "Scotland" not in places


def test_the_place_a_state_or_country_is_said_to_be_is_a_place():
    places, _ = _places(
        "The senator lost the race in the swing state of Ohio. "
        "Aid workers reached the remote country of Bhutan on Friday."
    )
    assert places["Ohio"].kind == "admin"
    assert places["Bhutan"].kind == "country"


def test_members_or_the_state_of_a_country_s_economy_are_no_kind_of_place():
    places, _ = _places(
        "Debt is lower in the ten newest member states of the European Union. "
        "The report was gloomy about the state of Britain and its economy."
    )
    assert "European Union" not in places
    assert "Britain" not in places


def test_where_unrest_spreads_and_what_rotates_between_are_places():
    places, _ = _places(
        "Over four nights the unrest spread to the Midlands, Merseyside, Bradford and Oldham. "
        "Since 1990 the spring rally has rotated between Brighton, Bournemouth and Blackpool."
    )
    assert {"Midlands", "Merseyside", "Bradford", "Oldham"} <= set(places)
    assert not [name for name in places if "," in name]  # the model's one body is four places
    assert {"Brighton", "Bournemouth", "Blackpool"} <= set(places)


def test_the_town_of_a_party_s_hq_is_a_place():
    places, _ = _places("The leader will brief reporters at the party's Leeds HQ every morning.")
    assert places["Leeds"].country == "GBR"


def test_the_land_that_is_secured_defended_or_made_into_something_is_a_place():
    places, _ = _places(
        "Troops are needed for securing Iraq before the vote. "
        "Ministers must work out how Britain could best be defended from attack. "
        "Critics accused ministers of turning Wales into a dumping ground. "
        "The reforms aim to make Europe more competitive."
    )
    assert {"Iraq", "Britain", "Wales", "Europe"} <= set(places)


def test_a_country_that_is_helped_or_acts_is_still_no_place():
    places, _ = _places("The minister said Britain would help, and the plan would help Ireland.")
    assert "Britain" not in places
    assert "Ireland" not in places


def test_what_a_thing_is_limited_to_or_surrounded_by_is_a_place():
    places, _ = _places(
        "The problem of fraud is not limited to Kenya, however. "
        "Lesotho, a small kingdom surrounded by South Africa, exports clothes. "
        "The plan was backed by Spain."
    )
    assert places["Kenya"].kind == "country"
    assert places["South Africa"].kind == "country"
    assert "Spain" not in places


def test_a_place_after_two_direction_words_is_in_the_place_they_qualify():
    places, _ = _places(
        "Home Secretary Charles Clarke will speak at a mosque in Harlesden, north west London."
    )
    london = places["north west London"]
    assert (london.kind, london.country) == ("city", "GBR")
    assert places["Harlesden"].country == "GBR"


def test_a_french_region_is_not_the_english_village_of_its_name():
    places, _ = _places(
        "Tory MP Sir John Hale, who died on Monday, was wounded in Normandy in 1944."
    )
    assert (places["Normandy"].kind, places["Normandy"].country) == ("region", "FRA")


def test_examples_of_any_kind_of_place_are_places():
    places, _ = _places(
        "UK fisheries minister Ben Bradshaw said quotas would go to ports like Hull or Grimsby. "
        "Sales grew in emerging markets such as Brazil and Vietnam."
    )
    assert {"Hull", "Grimsby", "Brazil", "Vietnam"} <= set(places)


def test_what_one_travels_round_or_stands_opposite_and_what_a_law_covers_are_places():
    places, _ = _places(
        "Two directors are travelling round Japan this week. "
        "Protesters gathered opposite Parliament Square on Monday. "
        "The new act will cover Scotland and Wales from next year."
    )
    assert {"Japan", "Parliament Square", "Scotland", "Wales"} <= set(places)


def test_land_named_after_a_place_the_gazetteer_lacks_names_a_place():
    places, _ = _places(
        "Jane Porter won the Tatton seat from Tory Hugh Dale in 2001. "
        "She then won the Eton and Slough seat for Labour. "
        "Labour is defending its stronghold of Normanton in West Yorkshire."
    )
    assert places["Tatton"].country == "GBR"
    assert {"Eton", "Slough", "Normanton"} <= set(places)


def test_the_parts_of_a_river_name_the_river_even_one_the_gazetteer_lacks():
    places, _ = _places(
        "Chinese officials said gold is panned in the upper reaches of the Jinsha River."
    )
    assert places["Jinsha River"].country == "CHN"
    places, _ = _places(
        "Gold is panned in the upper reaches of the Yangtze, officials in China say."
    )
    assert (places["Yangtze"].kind, places["Yangtze"].country) == ("site", "CHN")


def test_the_items_of_a_list_of_places_are_places_even_those_the_model_misreads():
    places, _ = _places(
        "Labour MP Sally Brand said the seats the party must hold are: Bristol West, "
        "Leeds North West, Cambridge, Manchester Gorton, Newcastle-upon-Tyne Central and Taunton."
    )
    assert {
        "Bristol West",
        "Leeds North West",
        "Cambridge",
        "Manchester Gorton",
        "Newcastle-upon-Tyne Central",
        "Taunton",
    } <= set(places)
    gorton = places["Manchester Gorton"]  # the gazetteer lacks it: put in its town
    assert (gorton.country, round(gorton.lat), round(gorton.lon)) == ("GBR", 53, -2)


def test_a_list_of_people_after_a_place_stays_people():
    places, _ = _places(
        "In London, Tony Blair, Gordon Brown and John Prescott met the union leaders."
    )
    assert set(places) == {"London"}


def test_a_building_where_something_is_held_is_a_place_but_not_a_body_one_works_at():
    places, _ = _places(
        "In a lecture at the Bristol School of Design, Irene Khan spoke of torture. "
        "Labour MPs met at Hartfield High School in Inverness and at Leeds's Grand Hall. "
        "Dr Ann Cole, an economist at the Institute for Fiscal Studies, said taxes would rise. "
        "He spent two years at the Centre for Policy Studies."
    )
    assert {"Bristol School of Design", "Hartfield High School", "Inverness"} <= set(places)
    assert {"Leeds", "Grand Hall"} <= set(places)  # the hall, and the town it belongs to
    assert not [name for name in places if "Institute" in name or "Centre" in name]
    assert places["Bristol School of Design"].lat is not None  # put in the town it is named after


def test_a_saint_s_building_is_one_name_and_a_body_s_name_no_place():
    places, _ = _places(
        "The couple will attend a blessing in St George's Chapel on Saturday. "
        "Voters showed little interest in the Robert Kilroy-Silk Party at the launch."
    )
    assert "St George's Chapel" in places
    assert not [name for name in places if "Party" in name]


def test_the_land_a_rule_holds_in_and_a_town_regenerated_are_places():
    places, _ = _places(
        "The new guidance, relating to England and Wales, was issued on Tuesday. "
        "The smoking ban will later be extended to Scotland. "
        "Casinos will not be built to regenerate Blackpool, a minister said. "
        "The EU extended the offer to Turkey."
    )
    assert {"England", "Wales", "Scotland", "Blackpool"} <= set(places)
    assert "Turkey" not in places  # given an offer, not a place


def test_where_migrants_go_and_railways_run_and_a_line_the_gazetteer_lacks_are_places():
    places, _ = _places(
        "Labour's plan to curb immigration to the UK was attacked by the Tories on Monday. "
        "Scottish ministers will fund the line between Edinburgh and Tweedbank. "
        "Campaigners want ministers to back reopening the Waverley Line, which closed in 1969."
    )
    assert {"UK", "Edinburgh", "Tweedbank", "Waverley Line"} <= set(places)


def test_towns_the_model_read_as_one_body_are_places_with_a_direction_before_the_last():
    places, _ = _places(
        "Labour will hold contests for mayors at Doncaster, Hartlepool, North Tyneside next May."
    )
    assert {"Doncaster", "Hartlepool", "North Tyneside"} <= set(places)


def test_a_body_s_acronym_and_a_programme_are_no_places():
    places, _ = _places(
        "Ken Livingstone wrote to ask both members to resign from the GLA. "
        "Mr Blair spoke on GMTV's Sunday Programme about the row. "
        "Passenger services will run through Midlothian to the Borders."
    )
    assert "GLA" not in places
    assert not [name for name in places if "Programme" in name]
    assert (places["Midlothian"].kind, places["Midlothian"].country) == ("admin", "GBR")


def test_a_works_or_a_ward_the_model_takes_for_people_is_a_place_near_its_sentence_s_town():
    places, _ = _places(
        "Unions fear that Rover's Longbridge plant in the West Midlands could close. "
        "Two Birmingham councillors were elected in the Sparkbrook Hill ward in 2004. "
        "Brown camp insiders denied the claim, and the Rover plant will stay open. "
        "Shop stewards from the Swan Hunter shipyard said jobs would go."
    )
    longbridge = places["Longbridge"]
    assert (longbridge.country, round(longbridge.lat)) == ("GBR", 52)  # at the West Midlands
    assert places["Sparkbrook Hill"].lat is not None  # at Birmingham
    assert "Brown" not in places
    assert "Rover" not in places
    assert "Hunter" not in places  # a founder's name


def test_a_small_town_the_model_leaves_unlabelled_after_and_is_placed_as_the_first():
    places, _ = _places("UK ministers will fund the line between Edinburgh and Galashiels.")
    assert places["Galashiels"].country == "GBR"


def test_a_region_named_with_its_article_is_found_without_it():
    places, _ = _places(
        "Scottish ministers said rail services would run from Edinburgh to the Borders by 2010."
    )
    assert (places["Borders"].kind, places["Borders"].country) == ("admin", "GBR")


def test_a_place_goes_by_its_name_as_written_and_by_the_gazetteers_name_for_it():
    site = Place("P1", "Number 10", "site", "GBR", 51.503, -0.128)
    assert known_names(site) == ("Number 10", "Downing Street")
    # A place the gazetteer does not know, or knows at another point, keeps its own name.
    assert known_names(Place("P2", "Number 10", "site", "GBR", 10.0, 10.0)) == ("Number 10",)
    assert known_names(Place("P3", "Upper Slaughter")) == ("Upper Slaughter",)


def test_a_chamber_something_is_said_in_is_a_place_but_not_the_chamber_that_votes():
    places, article = _places(
        "Replying in the Commons, the chancellor said the cuts were fair. "
        "Peers clashed over the plans in the House of Lords on Tuesday. "
        "The Commons has approved the measures."
    )
    commons = places["Commons"]
    start = article.text.index("Commons")
    assert commons.mentions == ((start, start + len("Commons")),)  # not the one that approves
    assert (commons.kind, commons.country) == ("site", "GBR")
    assert "House of Commons" in known_names(commons)
    assert "House of Lords" in places


def test_a_group_the_lexicon_knows_is_no_place_listed_with_countries():
    places, _ = _places(
        "Mediators from Hamas, Qatar and the United States flew to Amman on Monday for "
        "talks on a truce in Gaza, Jordanian officials said."
    )
    assert "Hamas" not in places
    assert "Amman" in places


def test_a_town_named_by_its_kind_is_a_place_and_no_actor():
    places, article = _places(
        "Rebel fighters stormed the town of El Fasher on Monday. Navy ships shelled "
        "the port of Hodeidah, and troops entered the breakaway region of Abkhazia."
    )
    assert {"El Fasher", "Hodeidah", "Abkhazia"} <= set(places)
    assert (places["Hodeidah"].country, places["Abkhazia"].country) == ("YEM", "GEO")
    assert not {"El Fasher", "Hodeidah", "Abkhazia"} & {a.name for a in article.actors}


def test_a_site_whose_name_holds_of_is_found_where_the_model_gives_it_no_label():
    places, _ = _places(
        "Protesters unveiled a banner opposite the Palace of Westminster accusing ministers "
        "of deceit. The ferry sails to the Isle of Man twice a day."
    )
    assert (places["Palace of Westminster"].kind, places["Palace of Westminster"].country) == (
        "site",
        "GBR",
    )
    assert places["Isle of Man"].country == "IMN"


def test_the_land_a_law_is_for_and_a_name_before_valleys_are_places():
    places, _ = _places(
        "The Water Bill - for England and Wales - will not alter the law, ministers "
        "insist. He grew up in the south Wales valleys before going to Swansea University."
    )
    assert {"England", "Wales", "south Wales"} <= set(places)


def test_a_person_set_beside_a_pair_of_places_is_no_place():
    places, _ = _places(
        "The MPs urged the top judge in England and Wales, Lord Hale, to drop the sentencing plan."
    )
    assert set(places) == {"England", "Wales"}


def test_a_town_before_a_person_word_is_where_they_are_from_but_not_a_country_or_an_office():
    places, _ = _places(
        "On schools, London teacher Diane Price asked about class sizes. He recalled the "
        "Birmingham woman who shouted at him. UK officers questioned the men, and Leeds MP "
        "Anne Hill said nothing."
    )
    assert {"London", "Birmingham"} <= set(places)
    assert not {"UK", "Leeds"} & set(places)


def test_a_town_or_county_before_a_businessman_a_pensioner_or_a_killer_is_where_they_are_from():
    places, _ = _places(
        "Most of the cash came from Lancashire millionaire Sir Tom Reade. Police said the "
        "Norfolk pensioner was safe, and the Bradford killer will be sentenced on Friday. "
        "A UK businessman was also questioned."
    )
    assert {"Lancashire", "Norfolk", "Bradford"} <= set(places)
    assert "UK" not in places


def test_a_place_the_parse_runs_into_the_speaker_s_name_is_a_place():
    places, _ = _places(
        "The Liberal Democrats met for their spring conference in Yorkshire. Speaking in "
        "Harrogate Mr Kennedy said Britain needed a fairer tax."
    )
    assert places["Harrogate"].geonames_id == 2647428


def test_a_world_city_named_by_its_short_name_is_found_in_a_story_about_elsewhere():
    places, _ = _places(
        "Scotland's ministers said cigarette sales fell 11% in New York and 14% in Ireland "
        "after their bans."
    )
    assert (places["New York"].country, places["New York"].geonames_id) == ("USA", 5128581)


def test_a_war_named_after_a_region_or_islands_places_them():
    places, _ = _places(
        "The veteran served in the Gulf War. The admiral was asked about the loss of a "
        "frigate in the Falklands War."
    )
    assert (places["Gulf"].kind, places["Falklands"].country) == ("region", "FLK")


def test_the_first_half_of_a_hyphened_adjective_is_no_place():
    places, _ = _places(
        "The Greens called for a Europe-wide ban on the pesticide. A UK-based charity said "
        "the ban should start in France."
    )
    assert set(places) == {"France"}


def test_a_building_is_no_place_for_one_who_holds_a_post_or_studies_there():
    places, article = _places(
        "Professor Jane Hill, who is also head of research at Leeds University, "
        "backed the plan. Educated at Eton, Mr Grey joined the Foreign Office in 1950. "
        "A rally at Leeds University went ahead on Friday."
    )
    rally = article.text.rindex("Leeds University")
    assert places["Leeds University"].mentions == ((rally, rally + len("Leeds University")),)
    assert "Eton" not in places


def test_a_hospital_named_after_its_town_is_a_place_where_one_is_treated_or_dies():
    places, _ = _places(
        "Labour MP Ann Cole said the minister was treated in Leeds General Infirmary, three "
        "hours after the fall. Her father died in Bristol Royal Infirmary in 2003."
    )
    assert places["Leeds General Infirmary"].country == "GBR"
    assert places["Bristol Royal Infirmary"].country == "GBR"
    assert {"Leeds", "Bristol"}.isdisjoint(places)


def test_a_kind_of_land_and_the_land_a_framework_is_for_are_places():
    places, _ = _places(
        "Pylons would spoil the look of rural Wales, campaigners said. The MPs called for a "
        "planning framework for Scotland."
    )
    assert {"Wales", "Scotland"} <= set(places)


def test_a_sizeable_town_of_the_home_country_comes_before_its_namesake_abroad():
    places, _ = _places(
        "Labour minister Ruth Kelly said 900 tax office jobs would move from London to "
        "Newcastle by the end of the year. Mr Brown said the Treasury had also studied "
        "how Australia ran its tax offices."
    )
    assert places["Newcastle"].country == "GBR"


def test_the_land_sentencing_proposals_are_made_for_is_a_place():
    places, _ = _places(
        "The council of judges published its revised sentencing proposals for Scotland on Tuesday."
    )
    assert "Scotland" in places


def test_a_body_the_lexicon_knows_is_no_small_town_of_the_same_name():
    places, _ = _places(
        "The White House will ask for a further $20bn from Congress next month to pay for "
        "the troops in Kabul, officials in Washington said."
    )
    assert "Congress" not in places


def test_states_and_provinces_the_cities_list_lacks_are_found_in_the_regions_lexicon():
    places, _ = _places(
        "Ann Lloyd, of Torfaen, said the cuts were too deep. The carmaker will build one plant "
        "in Guangdong and another in Ontario. Officials in Hessen have objected to the move."
    )
    assert (places["Torfaen"].kind, places["Torfaen"].country) == ("admin", "GBR")
    assert places["Guangdong"].country == "CHN"
    assert (places["Ontario"].kind, places["Ontario"].country) == ("admin", "CAN")
    assert (places["Hessen"].kind, places["Hessen"].country) == ("admin", "DEU")


def test_a_region_of_the_story_s_country_written_in_lower_case_is_a_place():
    places, _ = _places(
        "Labour MP Jane Ward said the party would hold its seats in the south west. Its vote "
        "is weakest in the north-east, and the south east is richer than the rest of Britain. "
        "Floods hit the north west of France."
    )
    assert {"south west", "north-east"} <= set(places)
    assert (places["south west"].kind, places["south west"].country) == ("admin", "GBR")
    assert places["north-east"].lat == 55.0  # the North East of England
    assert "north west" not in places


def test_a_market_hall_or_a_tower_where_something_is_done_is_a_place_but_not_an_economy():
    places, _ = _places(
        "Labour launched its poster at Old Spitalfields Fruit Market on Monday. The letters are "
        "kept in the museum's Albert Tower. Britain's place in the European Single Market is safe."
    )
    assert {"Old Spitalfields Fruit Market", "Albert Tower"} <= set(places)
    assert not any("Single Market" in name for name in places)


def test_the_west_as_a_bloc_of_countries_is_no_place_but_the_west_country_is():
    places, _ = _places(
        "Cigarette sales are falling in the West, Chinese officials said. Farmers in the "
        "West Country said the rules would hurt them."
    )
    assert "West" not in places
    assert places["West Country"].country == "GBR"
