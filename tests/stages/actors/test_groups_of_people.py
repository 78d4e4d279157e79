"""Groups of people named by a plural noun (stages/actors/groups_of_people.py), on our sentences."""

import pytest

import dateline


def _groups(text):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-01")
    return {(a.name, a.sector) for a in article.actors}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Nurses' unions have threatened to ballot their members.", ("Nurses' unions", "LAB")),
        ("The patients' groups met the minister on Monday.", ("patients' groups", "NGO")),
    ],
)
def test_a_body_of_the_people_a_possessive_names_is_one_group(text, group):
    found = _groups(text)
    assert group in found
    assert not any(name.lower() in ("nurses", "patients") for name, _ in found)


def test_a_groups_own_kin_are_a_group_of_their_own():
    found = _groups("The miners' families met the minister on Monday.")
    assert {"miners", "families"} <= {name for name, _ in found}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Ms Kerr said the music industry had failed its young artists.",
            ("music industry", "BUS"),
        ),
        (
            "Checks will be carried out by councils, the police and the betting industry.",
            ("betting industry", "BUS"),
        ),
        ("The industry said it would fight the levy.", ("industry", "BUS")),
    ],
)
def test_a_trade_named_as_a_whole_where_it_acts_is_its_firms(text, group):
    assert group in _groups(text)


@pytest.mark.parametrize(
    "text",
    [
        "The tourism industry is booming in Spain.",
        "Jobs in the car industry are safe, the minister said.",
        "Our industry is going through a slump, he said.",
    ],
)
def test_a_trade_that_only_is_or_is_spoken_of_is_no_one(text):
    assert not any(name.endswith("industry") for name, _ in _groups(text))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Builders routinely ignore the energy rules, the report said.", ("Builders", "BUS")),
        ("The MP said he had let his constituents down.", ("constituents", "CVL")),
        ("The contestants were given a minute to make their case.", ("contestants", "CVL")),
    ],
)
def test_the_trade_that_builds_an_mps_voters_and_a_contests_hopefuls_are_groups(text, group):
    assert group in _groups(text)


@pytest.mark.parametrize(
    "text",
    [
        "Armed men opened fire on villagers gathered at the well before dawn.",
        "Troops opened fire on villagers at a checkpoint outside the town.",
    ],
)
def test_people_opened_fire_on_are_a_group(text):
    assert ("villagers", "CVL") in _groups(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The minister said the media had twisted his words.", ("media", "MED")),
        ("Photographers trailed the candidate around the market.", ("Photographers", "MED")),
        ("Local clubs will share the money under the scheme.", ("Local clubs", "NGO")),
    ],
)
def test_the_press_and_clubs_named_in_the_plural_are_groups(text, group):
    assert group in _groups(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The home secretary wants the power to sack chief constables who fail.",
            ("chief constables", "COP"),
        ),
        (
            "The force plans to recruit 800 community support officers next year.",
            ("community support officers", "COP"),
        ),
        ("Police chiefs backed the curfew plan on Tuesday.", ("Police chiefs", "COP")),
    ],
)
def test_police_ranks_in_the_plural_are_the_police(text, group):
    assert group in _groups(text)


@pytest.mark.parametrize(
    "text",
    [
        "He could only calm the media frenzy by saying nothing at all.",
        "She said the media reports of a rift were wrong.",
        "He said he never worried about what appeared in the media.",
    ],
)
def test_the_press_as_what_is_printed_or_where_it_appears_is_no_group(text):
    assert "media" not in {name for name, _ in _groups(text)}


def test_politicians_voters_judge_are_one_group_wherever_they_are_named():
    text = (
        "Most people questioned for a Sunday paper said politicians rarely kept their "
        "word. Only one in five said they trusted politicians, and a third said the "
        "politicians they knew were honest."
    )
    (article,) = dateline.extract(f"Survey\n\n{text}\n", published="2005-03-01")
    (group,) = [a for a in article.actors if a.name.lower() == "politicians"]
    assert group.sector == "PTY"
    assert len(group.mentions) == 3


def test_a_community_named_by_its_people_is_a_group_of_its_own():
    found = _groups(
        "The mayor met leaders of the Jewish community on Monday. He said he had always "
        "backed the Jewish community and the Polish community, and that local communities "
        "would be asked to help."
    )
    names = {name for name, _ in found}
    assert {"Jewish community", "Polish community"} <= names
    assert not any("local" in name.lower() for name in names)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Analysts said the row over the refinery would weigh on the group's shares.",
            ("Analysts", "BUS"),
        ),
        (
            "The Kremlin has turned on the oligarchs who bought state firms cheaply.",
            ("oligarchs", "BUS"),
        ),
    ],
)
def test_market_analysts_and_oligarchs_are_people_of_money(text, group):
    assert group in _groups(text)


def test_the_unit_written_onto_a_figure_is_no_word_of_the_group_after_it():
    found = _groups("The sale raised more than the £40m analysts had forecast, the builder said.")
    assert ("analysts", "BUS") in {(name.lower(), sector) for name, sector in found}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Inspector David Hale accused several faith schools of neglecting their duties.",
            ("faith schools", "EDU"),
        ),
        ("The committee will talk to the farming minister and scientists.", ("scientists", "EDU")),
        ("The bank sold the risky bonds to pensioners last spring.", ("pensioners", "CVL")),
        ("The mine faced fierce opposition from farmers in the valley.", ("farmers", "CVL")),
    ],
)
def test_a_group_a_named_doers_deed_is_done_to_or_comes_from_takes_part(text, group):
    assert group in _groups(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Magistrates can already fine landlords who ignore the rules.", "landlords"),
        ("The plan gives councils the power to detain suspects for a day.", "suspects"),
        ("The charity, which supports local broadcasters, welcomed the bill.", "broadcasters"),
        ("The chancellor defended the plans for pensioners on Monday.", "pensioners"),
        ("The new levy is hitting low paid workers hardest.", "workers"),
        ("The bill would give parents more say in schools.", "schools"),
    ],
)
def test_a_group_only_a_power_a_description_a_plan_a_thing_or_a_place_names_is_no_one(text, word):
    assert not any(name.lower().endswith(word) for name, _ in _groups(text))


def test_a_kind_of_people_a_story_names_bare_three_times_is_its_group():
    (article,) = dateline.extract(
        "Flood fund\n\nA new fund after the floods will mean a fairer deal for homeowners. "
        "The needs of homeowners come first, the council said. The scheme is the best "
        "hope for homeowners in years.\n",
        published="2005-03-10",
    )
    groups = [a for a in article.actors if a.name == "homeowners"]
    assert [len(a.mentions) for a in groups] == [3]


def test_a_kind_of_people_named_bare_twice_is_no_group_of_the_story():
    (article,) = dateline.extract(
        "Flood fund\n\nA new fund after the floods will mean a fairer deal for homeowners. "
        "The needs of homeowners come first, the council said.\n",
        published="2005-03-10",
    )
    assert not [a for a in article.actors if a.name == "homeowners"]


def test_a_kind_of_people_that_acts_is_that_group_after_a_preposition_too():
    (article,) = dateline.extract(
        "Youth survey\n\nYoung people want a bigger say in how their towns are run, a study "
        "says. The views of young people are too often ignored, its authors wrote.\n",
        published="2005-03-10",
    )
    groups = [a for a in article.actors if a.name.lower() == "young people"]
    assert [len(a.mentions) for a in groups] == [2]


def _group_mentions(text, name):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-10")
    return [
        [article.text[s:e] for s, e in a.mentions] for a in article.actors if a.name.lower() == name
    ]


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            (
                "Private investors pulled out of the Harwell science park in May. The council "
                "failed to interest any private investors after that."
            ),
            "private investors",
            ["Private investors", "private investors"],
        ),
        (
            (
                "Foreign investors welcomed the decision on Monday. The limit for foreign "
                "investors in phone firms rises to 74%."
            ),
            "foreign investors",
            ["Foreign investors", "foreign investors"],
        ),
    ],
)
def test_a_kind_of_people_that_acts_is_that_group_where_its_words_stand_again(text, name, mentions):
    assert _group_mentions(text, name) == [mentions]


def test_a_counted_group_is_that_group_where_its_words_stand_again_uncounted():
    found = _group_mentions(
        "Officials said 250,000 failed asylum seekers remain in the country. The minister "
        "wants more deportations of failed asylum seekers, he said.",
        "failed asylum seekers",
    )
    assert found == [["250,000 failed asylum seekers", "failed asylum seekers"]]


def test_a_group_told_by_more_words_does_not_make_the_fewer_words_that_group():
    found = _group_mentions(
        "Failed asylum seekers will be deported faster, the minister said. Critics "
        "say the number of asylum seekers has already fallen.",
        "failed asylum seekers",
    )
    assert found == [["Failed asylum seekers"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel Airways said its pilots would accept a pay cut.", "pilots"),
        ("Investigators say the gang sold card numbers online.", "investigators"),
    ],
)
def test_an_airlines_pilots_and_investigators_are_groups(text, name):
    assert _group_mentions(text, name)


def _coded(text):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-01")
    return {(a.name, a.kind, a.country, a.sector) for a in article.actors}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Norway raised taxes. Two New Zealanders were stranded at the border.",
            ("Two New Zealanders", "group", "NZL", "CVL"),
        ),
        (
            "Peru closed the mine. Many South Koreans lost their savings.",
            ("Many South Koreans", "group", "KOR", "CVL"),
        ),
    ],
)
def test_a_plural_demonym_of_two_words_names_private_people_not_the_state(text, people):
    assert people in _coded(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Twelve people, including a Briton, were held in Lima.", ("Briton", "GBR")),
        ("Police in Lima said an Italian had been detained.", ("Italian", "ITA")),
    ],
)
def test_a_demonym_after_a_names_one_private_person_not_the_state(text, person):
    name, country = person
    coded = {(n, c, s) for n, _, c, s in _coded(text)}
    assert (name, country, "CVL") in coded
    assert not any(c == country and s == "GOV" for _, c, s in coded)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The minister ended his speech with a personal appeal to party workers to canvass.",
            "party workers",
        ),
        ("Beijing's crackdown on students in 1999 drew protests from abroad.", "students"),
    ],
)
def test_whom_a_deed_noun_with_a_doer_is_aimed_at_is_a_group(text, group):
    assert group in {name for name, _ in _groups(text)}


def test_whom_a_deed_noun_with_no_doer_would_reach_is_anyone():
    found = _groups("A ban on motorists in the city centre will start next year.")
    assert "motorists" not in {name for name, _ in found}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Worry amongst voters over the scheme has grown.", "voters"),
        ("Latvia's standing among investors was hurt by the tax row.", "investors"),
    ],
)
def test_a_group_a_view_is_held_among_is_a_group(text, group):
    assert group in {name for name, _ in _groups(text)}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("She had experienced hostility from nationalists for years.", "nationalists"),
        ("The anger of farmers grew through the spring.", "farmers"),
    ],
)
def test_whose_reaction_the_story_tells_is_a_group(text, group):
    assert group in {name for name, _ in _groups(text)}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("She gave a speech to medical students in Boston on Friday.", "medical students"),
        ("In a letter to shareholders, the chairman said profits would fall.", "shareholders"),
    ],
)
def test_whom_a_speech_or_a_letter_is_made_to_is_a_group(text, group):
    assert group in {name for name, _ in _groups(text)}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Welsh students marched past the town hall on Friday.", ("Welsh students", "CVL")),
        ("Labour students handed out leaflets against the rise.", ("Labour students", "PTY")),
        ("Some 200 individuals signed a petition against the plan.", ("200 individuals", "CVL")),
    ],
)
def test_students_and_individuals_are_private_people_unless_a_body_is_named(text, group):
    assert group in _groups(text)


def test_a_student_named_is_a_private_person():
    assert ("Tom Reed", "CVL") in _groups("Tom Reed, a history student, said the rise was wrong.")


def test_students_named_often_are_no_group_until_they_act():
    found = _groups(
        "The rise in fees for students was confirmed. Places for students will be cut, "
        "and loans for students will rise next year."
    )
    assert not any(name.lower() == "students" for name, _ in found)


def test_the_business_community_speaks_for_firms():
    """A community named by business is the firms' people (BUS), as "business leaders" are;
    one named by a people stays private people."""
    found = _groups(
        "The finance minister cut the tax on diesel. The move was welcomed by the business "
        "community and by the Polish community in the port."
    )
    assert ("business community", "BUS") in found
    assert ("Polish community", "CVL") in found


@pytest.mark.parametrize(
    "text",
    [
        "Mr Okafor pleaded guilty in May and is assisting prosecutors.",
        "Tom Vale admitted the charges and is now assisting prosecutors.",
    ],
)
def test_a_group_a_deed_is_done_to_by_the_subject_of_the_verb_before_and_is_a_group(text):
    # The second verb has no subject of its own: it shares the first one's.
    assert any(name == "prosecutors" for name, _ in _groups(text))


@pytest.mark.parametrize(
    "text",
    [
        "The board rejected the takeover offer from Merrow Holdings on Friday.",
        "Kelvin Foods said its board had turned down the bid from Merrow Holdings.",
    ],
)
def test_a_board_that_no_firm_is_named_with_is_a_group_of_its_own(text):
    assert ("board", "BUS") in _groups(text)


@pytest.mark.parametrize(
    "text",
    [
        "The board of Kelvin Foods rejected the offer from Merrow Holdings.",
        "Kelvin Foods' board of directors rejected the offer from Merrow Holdings.",
        "The board meeting was held in Glasgow on Monday, Merrow Holdings said.",
        "Ms Lyle has sat on the board since 2002, Merrow Holdings said.",
        "A national advisory board on food safety will be set up, the minister said.",
        "Two members of the board resigned on Monday, Merrow Holdings said.",
    ],
)
def test_a_board_a_firm_owns_or_holds_seats_on_is_no_group(text):
    assert not any(name.lower() == "board" for name, _ in _groups(text))


@pytest.mark.parametrize(
    ("text", "bench"),
    [
        ("A three-judge panel threw out the appeal by Merrow Holdings.", "three-judge panel"),
        ("The claim was thrown out by a two-judge panel on Friday.", "two-judge panel"),
    ],
)
def test_a_panel_of_judges_is_the_court_sitting(text, bench):
    assert (bench, "JUD") in _groups(text)


@pytest.mark.parametrize(
    "text",
    [
        "The applicants are to be sifted by a panel of experts in June.",
        "The review panel cleared the head teacher of misconduct.",
    ],
)
def test_a_panel_no_court_names_is_no_group(text):
    assert not any("panel" in name for name, _ in _groups(text))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            (
                "Britain's detention laws face a new test. Eleven foreign nationals have been held "
                "without charge in London since 2001."
            ),
            "foreign nationals",
            None,
        ),
        (
            (
                "Britain's detention laws face a new test. Three foreign prisoners escaped from "
                "the jail in Leeds on Monday."
            ),
            "foreign prisoners",
            None,
        ),
        (
            (
                "Officials in Sana'a said on Monday that three British nationals were arrested in "
                "the port of Aden."
            ),
            "British nationals",
            "GBR",
        ),
    ],
)
def test_nationals_are_a_group_and_foreign_ones_are_of_no_country(text, name, country):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-01")
    group = next(a for a in article.actors if a.name == name)
    assert (group.country, group.sector) == (country, "CVL")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Opponents of the treaty welcomed the vote in the senate.", ("Opponents", "CVL")),
        (
            "The regulator asked the broadband providers to hand over their records.",
            ("broadband providers", "BUS"),
        ),
        (
            "Administrators of the estate have complained that squatters damaged the farm.",
            ("Administrators", "BUS"),
        ),
    ],
)
def test_opponents_providers_and_administrators_are_groups(text, group):
    assert group in _groups(text)


def test_hardliners_who_accuse_are_a_group():
    assert "Hardliners" in {name for name, _ in _groups("Hardliners accused the firm of fraud.")}
