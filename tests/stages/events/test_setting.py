"""Where an event happened: its verb's place, its sentence's, the sentence before, the article's."""

import pytest

import dateline
from dateline import nlp
from dateline.records import Analysis
from dateline.stages._tree import Tree
from dateline.stages.events.setting import clause_of, date_of


def _settings(body):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    names = {p.id: p.name for p in article.places}
    return [
        (e.type, names.get(e.place), next(s for s in e.explanation if s.startswith("place")))
        for e in article.events
        if e.place is not None
    ]


def test_the_place_an_event_s_verb_is_done_in_comes_before_a_person_s_home():
    assert _settings(
        "Home Secretary Charles Clarke said the Labour government would act. "
        "Mr Reed, 29, from north London, was detained in Zambia by police."
    ) == [("COERCE", "Zambia", "place: the place its verb is done in")]


def test_an_event_without_a_place_takes_the_one_named_in_the_sentence_before():
    assert _settings(
        "The envoy arrived in Damascus on Sunday. He met Foreign Minister Bassam Sabbagh on Monday."
    ) == [("CONSULT", "Damascus", "place: the place named in the sentence before")]


def test_a_new_paragraph_takes_the_place_the_article_names_most_in_the_doer_s_country():
    settings = _settings(
        "Belgian police held 14 protesters in Brussels on Monday and more in Brussels later.\n\n"
        "The Belgian opposition condemned the arrests."
    )
    assert settings[-1] == ("ACCUSE", "Brussels", "place: the place the article names most")


@pytest.mark.parametrize(
    ("belgium", "place"),
    [
        # Named as often as the town, the country is what the story is about.
        ("Dock workers from across Belgium joined the strike on Monday.", "Antwerp"),
        # Named more often, it still wins.
        (
            (
                "Dock workers from across Belgium joined the strike on Monday, "
                "and ports all over Belgium shut."
            ),
            "Belgium",
        ),
    ],
)
def test_a_country_gives_way_to_a_town_the_article_names_as_often(belgium, place):
    settings = _settings(
        f"{belgium}\n\n"
        "Police held 14 protesters outside the port offices in Antwerp.\n\n"
        "The Belgian opposition condemned the arrests."
    )
    assert [s[1:] for s in settings if s[0] == "ACCUSE"] == [
        (place, "place: the place the article names most")
    ]


def test_a_foreign_doer_s_event_is_not_put_in_the_story_s_place():
    settings = _settings(
        "Syrian army shelling killed six people in the city of Homs on Monday.\n\n"
        "Turkey condemned the shelling and urged Syria to halt attacks on civilians."
    )
    # Nor the second of its verbs, whose subject the parse gives the first.
    assert [s for s in settings if s[0] in ("ACCUSE", "REQUEST")] == []


def test_a_place_named_in_another_clause_of_the_sentence_is_not_the_event_s():
    settings = _settings(
        "Basque separatists bombed an army barracks in Bilbao in 1987.\n\n"
        "The vote followed a long campaign in Wales for an inquiry into the bombs "
        "which killed four soldiers."
    )
    # The campaign was in Wales; the bombs that killed were not.
    assert settings[1] == ("ASSAULT", "Bilbao", "place: the place the article names most")


def test_a_place_named_in_what_is_denied_is_not_where_the_denial_was_made():
    settings = _settings(
        "The Colombian senator spoke to reporters in Cali on Friday. "
        "He denied that he had met rebel leaders in Bogota."
    )
    # The meeting denied is in Bogota; the denial is not.
    assert [s for s in settings if s[0] == "REJECT"] == [
        ("REJECT", "Cali", "place: the place named in the sentence before")
    ]


def test_a_participle_set_off_before_its_clause_tells_the_clause_s_place():
    assert _settings(
        "Speaking to reporters in Lyon, the French foreign minister attacked the Italian plan."
    ) == [("ACCUSE", "Lyon", "place: the place named in its clause")]


def test_what_else_a_speaker_says_is_said_where_the_article_says_they_spoke():
    settings = _settings(
        "Charles Kennedy accused the chancellor of failing pensioners. "
        "Replying in the Commons after the Budget, Mr Kennedy praised the economy.\n\n"
        "Households in England would pay more, Labour MPs said. "
        "But Mr Kennedy criticised the Tories over council tax."
    )
    spoken = ("Commons", "place: where its doer was said to speak")
    assert settings[0] == ("ACCUSE", *spoken)
    assert settings[-1] == ("ACCUSE", *spoken)


def test_a_place_that_only_qualifies_what_an_event_is_about_is_not_where_it_happened():
    assert _settings(
        "The Dutch foreign minister spoke to reporters in Utrecht on Monday. "
        "He defended the Iraq war and rejected calls for an inquiry into the Kosovo war."
    ) == [
        ("SUPPORT", "Utrecht", "place: the place named in the sentence before"),
        ("REJECT", "Utrecht", "place: the place named in the sentence before"),
    ]


def test_a_place_that_qualifies_a_scene_is_where_the_event_happened():
    assert _settings("At the end of his Gulf tour, the French president praised Mr Smith.") == [
        ("SUPPORT", "Gulf", "place: the place named in its clause")
    ]


def test_a_relative_clause_takes_the_place_of_the_noun_it_tells_of():
    settings = _settings(
        "Students gathered in Cusco on Monday and in Cusco again on Tuesday.\n\n"
        "Others marched to the Spanish embassy in Lima, where riot police arrested "
        "twelve students."
    )
    assert settings[-1] == ("COERCE", "Lima", "place: the place named in its sentence")


@pytest.mark.parametrize(("is_there", "place"), [("is now", "Lima"), ("was not", None)])
def test_a_relative_clause_saying_where_the_doer_is_gives_the_event_s_place(is_there, place):
    settings = _settings(
        "Trade talks ended in Quito on Sunday. "
        f"The Peruvian minister, who {is_there} in Lima, has praised Chile's tax cuts."
    )
    assert [s[1] for s in settings] == ([place] if place else [])


def _dates(body, published="2005"):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published=published)
    return [
        (e.type, e.date.value, next(s for s in e.explanation if s.startswith("date")))
        for e in article.events
    ]


def test_a_date_in_a_relative_clause_is_not_the_event_s():
    assert _dates(
        "Brazil and Peru have renewed a trade accord, which helped the former to survive "
        "a severe recession in 2003."
    ) == [
        ("AGREE", "2005", "date: the article's publication date (none in its clause or sentence)")
    ]


def test_a_date_of_the_clause_an_event_is_done_in_is_its_date():
    # "Last year" hangs from "forced"; the suspension is done in that clause.
    assert _dates(
        "Last year, Chile's worst drought in decades forced President Lagos to suspend copper "
        "exports to Peru."
    ) == [("SANCTION", "2004", "date: the first date in its sentence")]


@pytest.mark.parametrize(
    "since",
    ["since 2011", "since the start of the war there in 2011"],
)
def test_a_day_since_which_something_lasts_is_not_when_it_happened(since):
    (event,) = _dates(
        f"Israel has carried out air strikes in Syria against Iranian forces {since}.",
        published="2024-02-16",
    )
    assert event[1] == "2024-02-16"


@pytest.mark.parametrize(
    "body",
    [
        "The Greens accused Mr Smith of missing his target of planting a million trees by 2004.",
        "Brazil and Chile agreed a plan for gas supplies from 2010.",
    ],
)
def test_a_deadline_or_a_start_is_not_when_an_event_happened(body):
    (event,) = _dates(body)
    assert event[1:] == (
        "2005",
        "date: the article's publication date (none in its clause or sentence)",
    )


def test_a_relative_clause_does_not_take_the_date_of_the_clause_its_noun_stands_in():
    # Mr Hale's clashes are not dated by his time as a minister.
    assert _dates(
        "Mr Hale, who has clashed with party leaders over tuition fees, served as a minister "
        "in 1997."
    ) == [
        ("ACCUSE", "2005", "date: the article's publication date (none in its clause or sentence)")
    ]


def test_a_relative_clause_of_a_time_keeps_the_date_of_its_sentence():
    (strikes, _) = _dates(
        "In the spring of 1985, before the long summer when trade unions carried out strikes "
        "that closed the ports, the prime minister refused to call an election."
    )
    assert strikes[:2] == ("PROTEST", "1985-SP")


@pytest.mark.parametrize(
    "body",
    [
        (
            "The trade minister discussed the plan during a trip to Paris last year, and the "
            "issue came up again during the French president's recent visit to Madrid."
        ),
        "The charity shut its office in Minsk last year and has withdrawn from Belarus.",
    ],
)
def test_a_conjoined_clause_with_its_own_subject_or_tense_does_not_take_the_first_s_date(body):
    assert _dates(body)[-1][1:] == (
        "2005",
        "date: the article's publication date (none in its clause or sentence)",
    )


def test_a_date_put_before_two_conjoined_clauses_dates_both():
    assert [
        date
        for _, date, _ in _dates(
            "Last year, the charity shut its office in Minsk and withdrew from Belarus."
        )
    ] == ["2004"]


@pytest.mark.parametrize(
    "body",
    [
        "Mr Hall has admitted to taking bribes from officials between 1996 and 2001.",
        "The Greens accuse the government of cutting rail subsidies since taking office in 2001.",
    ],
)
def test_what_someone_is_accused_of_or_admits_has_its_own_date(body):
    (event,) = _dates(body)
    assert event[1:] == (
        "2005",
        "date: the article's publication date (none in its clause or sentence)",
    )


def test_a_clause_date_that_cannot_be_placed_is_not_replaced_by_another_clause_s():
    # Tuesday of an article known only by its year: not "who took office in 2003".
    assert {
        (date, step)
        for _, date, step in _dates(
            "Mr Grant, who took office in 2003, signed the accord with Peru on Tuesday."
        )
    } == {("2005", "date: the article's publication date (its clause's date cannot be placed)")}


def _date_of_noun(body, noun, published="2005"):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published=published)
    (parse,) = nlp.parse([article.text])
    tree = Tree(parse, article.text)
    trigger = next(i for i, t in enumerate(tree.tokens) if t.text == noun)
    first, last = tree.sentence_span(tree.sentence_of[trigger])
    sentence = (tree.tokens[first].start, tree.tokens[last - 1].end)
    analysis = Analysis(article=article, parse=parse)
    date, step = date_of(analysis, clause_of(tree, trigger), sentence, trigger=trigger)
    return date.value, step


def test_a_noun_s_own_participle_dates_it_before_its_clause():
    assert _date_of_noun(
        "The claim for $90m - lodged by the Peruvian government in 1999 - was dismissed last year.",
        "claim",
    ) == ("1999", "date: the first date in its own words")


def test_a_participle_set_off_after_a_noun_s_phrase_dates_the_noun():
    # The parse hangs "reached" on "ended"; it tells when the agreement was made
    # (the ending, last year, is an event of its own).
    assert ("AGREE", "1996", "date: the first date in its own words") in _dates(
        "Last year, France ended an agreement with Spain, reached in 1996, which caps the aid "
        "governments can give to shipyards."
    )


def test_an_event_with_no_date_of_its_own_takes_the_caption_s_before_the_publication_date():
    text = (
        "Envoys Meet in Oslo\n\n"
        "Swedish envoy Anna Berg meets Turkish envoy Kemal Aydin in Oslo, Norway, "
        "March 8, 2024. (Reuters)\n\n"
        "Swedish envoy Anna Berg met Turkish envoy Kemal Aydin to discuss the Baltic.\n"
    )
    (article,) = dateline.extract(text, published="2024-03-09")
    (meeting,) = [e for e in article.events if e.type == "CONSULT"]
    assert (meeting.date.value, meeting.date.basis) == ("2024-03-08", "caption")
    assert "date: the caption's date" in meeting.explanation


def test_an_event_with_no_place_of_its_own_takes_the_dateline_s_town_in_its_doer_s_country():
    (article,) = dateline.extract(
        "Baltic Talks\n\nTALLINN, March 5 (Reuters) - Estonian President Alar Karis met Latvian "
        "Prime Minister Evika Silina on Monday to discuss defence.\n\nLater, Estonian President "
        "Alar Karis thanked Latvia for its support, and Finland praised the talks.\n",
        published="2024-03-05",
    )
    names = {p.id: p.name for p in article.places}
    settings = {
        e.trigger: (names.get(e.place), next((s for s in e.explanation if "place:" in s), None))
        for e in article.events
    }
    assert settings["met"] == settings["thanked"] == ("Tallinn", "place: the dateline's place")
    assert settings["praised"] == (None, None)  # Finland's praise: not said to be in Estonia


_STORY = "date: the past its article's lead sentence is set in"
_PUBLISHED = "date: the article's publication date (none in its clause or sentence)"


def test_a_story_whose_lead_is_set_years_back_dates_the_events_it_goes_on_to_tell():
    events = _dates(
        "The Liberal party rejected a coalition with the Tories in 1987 after weeks of talks. "
        "The next morning the prime minister met the Liberal leader at Downing Street, "
        "and the Queen asked the opposition leader to form a government."
    )
    assert [(date, step) for _, date, step in events[-2:]] == [("1987", _STORY)] * 2


@pytest.mark.parametrize(
    "lead",
    [
        # News of the day that names an old date: the lead speaks from now.
        "The Liberal party has rejected a coalition it was offered in 1987.",
        # Last year is still news.
        "The Liberal party rejected a coalition with the Tories in 2004.",
    ],
)
def test_a_lead_told_from_now_or_of_last_year_sets_no_story_date(lead):
    events = _dates(f"{lead} The prime minister met the Liberal leader at Downing Street.")
    assert events[-1][1:] == ("2005", _PUBLISHED)


def test_what_is_said_now_of_a_story_s_past_takes_no_story_date():
    events = _dates(
        "The Liberal party rejected a coalition with the Tories in 1987 after weeks of talks. "
        "The former leader has said the party accused the prime minister of bad faith."
    )
    assert events[-1][1:] == ("2005", _PUBLISHED)
