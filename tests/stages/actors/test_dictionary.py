import datetime as dt

import pytest

import dateline
from dateline.errors import ConfigError
from dateline.options import Options
from dateline.records import Actor, DateValue
from dateline.stages.actors.dictionary import ActorDictionary, Entry, load_dictionary

TEXT = (
    "Port Deal\n\nMr Okafor said the port deal would be signed in Lagos, and the Sea Shepherds "
    "Brigade rejected it.\n"
)


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_dictionary_codes_names_the_text_leaves_open(tmp_path):
    path = _write(
        tmp_path,
        "actors.csv",
        "name,aliases,kind,country,sector,title,org,valid_from,valid_to\n"
        "Chidi Okafor,Okafor,person,NGA,GOV,transport minister,,2023-01-01,\n"
        "Sea Shepherds Brigade,SSB,group,NGA,REB,,,,\n",
    )
    (article,) = dateline.extract(TEXT, options=Options(actor_dictionary=str(path)))
    okafor = next(a for a in article.actors if a.name == "Chidi Okafor")
    assert (okafor.country, okafor.sector, okafor.title, okafor.code) == (
        "NGA",
        "GOV",
        "transport minister",
        "NGAGOV",
    )
    brigade = next(a for a in article.actors if a.name == "Sea Shepherds Brigade")
    assert (brigade.kind, brigade.country, brigade.sector) == ("group", "NGA", "REB")


def test_a_yaml_dictionary_is_read_too(tmp_path):
    path = _write(
        tmp_path,
        "actors.yaml",
        "- name: Chidi Okafor\n  aliases: [Okafor]\n  country: NGA\n  sector: GOV\n",
    )
    dictionary = load_dictionary(path)
    assert dictionary.entries == (
        Entry(name="Chidi Okafor", aliases=("Okafor",), country="NGA", sector="GOV"),
    )


def test_validity_periods_choose_the_office_held_on_the_day():
    dictionary = ActorDictionary(
        (
            Entry("Ana Ruiz", country="ESP", sector="LEG", valid_to=dt.date(2019, 12, 31)),
            Entry("Ana Ruiz", country="ESP", sector="GOV", valid_from=dt.date(2020, 1, 1)),
        )
    )
    actor = Actor(id="A1", name="Ana Ruiz", kind="person")
    on = DateValue("2021-05-03", "day", "given", None)
    assert dictionary.apply(actor, (), on).sector == "GOV"
    before = DateValue("2018-05-03", "day", "given", None)
    assert dictionary.apply(actor, (), before).sector == "LEG"
    # Undated, two offices disagree: the dictionary does not guess.
    assert dictionary.apply(actor, (), DateValue()).sector is None


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("a.csv", "name,colour\nX,red\n", r"unknown field\(s\) colour"),
        ("a.csv", "name,country\nX,Nigeria\n", "not an ISO 3166 alpha-3 code"),
        ("a.csv", "name,valid_from\nX,last May\n", "is not a date"),
        ("a.csv", "name,kind\nX,robot\n", "kind 'robot' is not one of"),
        ("a.csv", "name,sector\nX,ARMY\n", "sector 'ARMY' is not one of"),
        ("a.csv", "name,country\n,NGA\n", "'name' is required"),
        ("a.yaml", "name: X\n", "a list of mappings"),
        ("a.yaml", "- [unclosed\n", "not valid YAML"),
        ("a.txt", "X\n", "is a .csv, .yaml or .yml file"),
    ],
)
def test_bad_dictionaries_are_named_with_the_problem(tmp_path, name, text, problem):
    path = _write(tmp_path, name, text)
    with pytest.raises(ConfigError, match=problem) as caught:
        load_dictionary(path)
    assert str(path) in str(caught.value)


def test_a_missing_dictionary_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the actor dictionary"):
        load_dictionary(tmp_path / "nowhere.csv")


@pytest.mark.parametrize(
    ("published", "sector"),
    [
        (DateValue("2019", "year", "given", None), "LEG"),
        (DateValue("2020-03", "month", "given", None), "GOV"),
        (DateValue(), "GOV"),  # the office held longest
    ],
)
def test_an_office_is_chosen_for_a_month_a_year_or_no_date(published, sector):
    dictionary = ActorDictionary(
        (
            Entry(
                "Ana Ruiz",
                country="ESP",
                sector="LEG",
                valid_from=dt.date(2016, 1, 1),
                valid_to=dt.date(2019, 12, 31),
            ),
            Entry(
                "Ana Ruiz",
                country="ESP",
                sector="GOV",
                valid_from=dt.date(2020, 1, 1),
                valid_to=dt.date(2027, 1, 1),
            ),
        )
    )
    actor = Actor(id="A1", name="Ana Ruiz", kind="person")
    assert dictionary.fill(actor, published).sector == sector


def _minister() -> ActorDictionary:
    return ActorDictionary(
        (
            Entry(
                "Ana Ruiz",
                aliases=("Baroness Ruiz",),
                country="ESP",
                sector="GOV",
                title="foreign minister",
                valid_from=dt.date(2016, 1, 1),
                valid_to=dt.date(2019, 12, 31),
            ),
        )
    )


@pytest.mark.parametrize(
    ("title", "sector"),
    [
        ("former journalist", "GOV"),  # a calling left says nothing of now: the office does
        ("ex-chat show host", "GOV"),
        ("journalist", "MED"),  # a calling held now: the text wins
    ],
)
def test_a_calling_the_text_says_was_left_gives_way_to_the_office_held_then(title, sector):
    serving = DateValue("2018-05-03", "day", "given", None)
    actor = Actor(id="A1", name="Ana Ruiz", kind="person", sector="MED", title=title)
    assert _minister().fill(actor, serving).sector == sector


def test_after_leaving_office_a_person_holds_it_as_a_former_office():
    later = DateValue("2023-05-03", "day", "given", None)
    actor = _minister().fill(Actor(id="A1", name="Ana Ruiz", kind="person"), later)
    assert (actor.sector, actor.title) == ("GOV", "former foreign minister")
    earlier = DateValue("2014", "year", "given", None)
    assert _minister().fill(Actor(id="A1", name="Ana Ruiz", kind="person"), earlier).sector is None


def _envoy() -> ActorDictionary:
    # A national office, then an international one, both left by 2023.
    return ActorDictionary(
        (
            Entry(
                "Ana Ruiz",
                country="ESP",
                sector="GOV",
                title="foreign minister",
                valid_from=dt.date(2010, 1, 1),
                valid_to=dt.date(2014, 12, 31),
            ),
            Entry(
                "Ana Ruiz",
                sector="IGO",
                title="un envoy",
                org="un",
                valid_from=dt.date(2015, 1, 1),
                valid_to=dt.date(2019, 12, 31),
            ),
        )
    )


def test_a_former_international_official_is_placed_in_the_country_she_served():
    later = DateValue("2023-05-03", "day", "given", None)
    actor = _envoy().fill(Actor(id="A1", name="Ana Ruiz", kind="person"), later)
    assert (actor.country, actor.sector, actor.title) == ("ESP", "IGO", "former un envoy")
    serving = DateValue("2017-05-03", "day", "given", None)
    assert _envoy().fill(Actor(id="A1", name="Ana Ruiz", kind="person"), serving).country is None


def _general_and_president() -> ActorDictionary:
    # Two offices held at once, the military one the longer.
    return ActorDictionary(
        (
            Entry(
                "Omar Farouk",
                country="PAK",
                sector="MIL",
                title="army chief",
                valid_from=dt.date(1998, 1, 1),
                valid_to=dt.date(2008, 1, 1),
            ),
            Entry(
                "Omar Farouk",
                country="PAK",
                sector="GOV",
                title="president",
                valid_from=dt.date(2001, 6, 1),
                valid_to=dt.date(2008, 8, 1),
            ),
        )
    )


@pytest.mark.parametrize(
    "published",
    [DateValue("2005", "year", "given", None), DateValue("2005-05-03", "day", "given", None)],
)
def test_of_offices_held_at_once_the_one_the_text_names_is_taken(published):
    titled = Actor(id="A1", name="Omar Farouk", kind="person", sector="GOV", title="President")
    actor = _general_and_president().fill(titled, published)
    assert (actor.country, actor.sector, actor.title) == ("PAK", "GOV", "President")
    untitled = Actor(id="A1", name="Omar Farouk", kind="person")
    if published.precision == "year":
        assert _general_and_president().fill(untitled, published).sector == "MIL"


def test_a_peer_named_by_title_and_surname_is_found_by_that_alias():
    actor = Actor(id="A1", name="Ruiz", kind="person")
    on = DateValue("2018-05-03", "day", "given", None)
    assert _minister().fill(actor, on, ("Baroness Ruiz",)).sector == "GOV"
    # Out of office, a bare surname is looked up at home only, where she is none.
    after = DateValue("2021-05-03", "day", "given", None)
    assert _minister().fill(actor, after).sector is None


def test_a_peer_named_by_his_style_is_no_commoner_of_his_surname():
    dictionary = ActorDictionary(
        (
            Entry(
                "Ian Hurst",
                country="GBR",
                sector="PTY",
                title="party chairman",
                valid_from=dt.date(2004, 1, 1),
                valid_to=dt.date(2006, 1, 1),
            ),
        )
    )
    on = DateValue("2005-03-01", "day", "given", None)
    peer = Actor(id="A1", name="Hurst", kind="person")
    assert dictionary.fill(peer, on, ("Lord Hurst",), home="GBR").sector is None
    assert dictionary.fill(peer, on, ("Mr Hurst",), home="GBR").sector == "PTY"


def test_a_title_the_text_leaves_unplaced_is_the_office_held_with_its_place():
    (article,) = dateline.extract(
        "Flood aid\n\nThe first minister has promised help to farmers hit by the floods.\n\n"
        "The pledge came in a speech by Jack McConnell in Perth on Monday. Mr McConnell said "
        "the money would arrive within weeks.\n",
        published="2005-03-01",
    )
    holder = next(a for a in article.actors if a.name == "Jack McConnell")
    assert "first minister" in [article.text[s:e] for s, e in holder.mentions]


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Stephen Pound", "LEG"),  # a backbench MP the text names without his seat
        ("Robert Peston", "MED"),  # a journalist named as a book's author
        ("Alan Budd", "GOV"),  # a former Treasury adviser leading an inquiry
        ("Alastair Campbell", "PTY"),  # back as Labour's campaign strategist
        ("Lynton Crosby", "PTY"),  # the Conservatives' campaign director
        ("Ted Heath", "GOV"),  # a former prime minister, by the short form of his name
    ],
)
def test_people_of_british_news_of_2005_are_coded_by_the_bundled_dictionary(name, sector):
    body = f"The row deepened on Monday. {name} said the claims had to be answered before the vote."
    assert _coded_in_2005("Feud Talk", body, name) == ("GBR", sector)


@pytest.mark.parametrize(
    ("name", "country", "sector"),
    [
        ("Alan Greenspan", "USA", "GOV"),  # the central bank's chairman, named bare
        ("Mervyn King", "GBR", "GOV"),  # the Bank of England's governor
        ("Fidel Castro", "CUB", "GOV"),
        ("Goran Persson", "SWE", "GOV"),
        ("Hans Eichel", "DEU", "GOV"),
        ("Kamal Kharrazi", "IRN", "GOV"),
        ("Jimmy Carter", "USA", "GOV"),  # a former president is still coded by that office
        ("Peter Costello", "AUS", "GOV"),
    ],
)
def test_leaders_and_ministers_of_world_news_of_2005_are_coded_by_the_bundled_dictionary(
    name, country, sector
):
    body = f"Markets steadied on Tuesday. {name} said the figures showed a slow recovery."
    assert _coded_in_2005("Recovery Talk", body, name) == (country, sector)


def _coded_in_2005(headline, body, name):
    """The country and sector of ``name`` in an article of 2005 we wrote."""
    (article,) = dateline.extract(f"{headline}\n\n{body}\n", published="2005-02-01")
    person = next(a for a in article.actors if a.name == name)
    return person.country, person.sector


def test_a_former_premier_is_remembered_by_office_not_a_short_stint_in_opposition_after():
    dictionary = ActorDictionary(
        (
            Entry(
                "Ana Ruiz",
                country="ESP",
                sector="GOV",
                title="prime minister",
                valid_from=dt.date(2010, 1, 1),
                valid_to=dt.date(2016, 6, 1),
            ),
            Entry(
                "Ana Ruiz",
                country="ESP",
                sector="OPP",
                title="leader of the opposition",
                org="pp",
                valid_from=dt.date(2016, 6, 1),
                valid_to=dt.date(2016, 8, 1),
            ),
        )
    )
    later = DateValue("2020", "year", "given", None)
    actor = dictionary.fill(Actor(id="A1", name="Ana Ruiz", kind="person"), later)
    assert (actor.sector, actor.title) == ("GOV", "former prime minister")


@pytest.mark.parametrize(
    ("name", "country"),
    [("Adolf Hitler", "DEU"), ("Josef Stalin", "RUS"), ("Benito Mussolini", "ITA")],
)
def test_a_dictator_a_commentary_recalls_is_coded_by_the_state_he_ruled(name, country):
    body = (
        f"The peer said on Sunday that {name} had also locked up his opponents without "
        "trial, and that the new powers went too far."
    )
    assert _coded_in_2005("Liberty Column", body, name) == (country, "GOV")


def _pryce(sector: str, title: str, start: dt.date, end: dt.date, org: str | None = None) -> Entry:
    """One office of Owen Pryce, an invented British minister, for the office-choice tests."""
    return Entry(
        "Owen Pryce",
        country="GBR",
        sector=sector,
        title=title,
        org=org,
        valid_from=start,
        valid_to=end,
    )


def _two_offices_and_a_party_post():
    return ActorDictionary(
        (
            _pryce("GOV", "wales secretary", dt.date(2002, 10, 1), dt.date(2008, 1, 1)),
            _pryce(
                "GOV", "leader of the house of commons", dt.date(2003, 6, 1), dt.date(2005, 5, 6)
            ),
            _pryce(
                "PTY",
                "deputy leader of the labour party",
                dt.date(2004, 1, 1),
                dt.date(2007, 6, 1),
                org="labour",
            ),
        )
    )


def test_offices_held_at_once_on_a_known_day_code_by_the_office_of_state():
    actor = Actor(id="A1", name="Owen Pryce", kind="person")
    on = DateValue("2005-03-10", "day", "given", None)
    filled = _two_offices_and_a_party_post().fill(actor, on)
    assert (filled.country, filled.sector, filled.title) == ("GBR", "GOV", "wales secretary")


def test_a_person_named_in_full_by_another_role_keeps_it_and_takes_the_country():
    # The text calls him an opposition candidate; the dictionary knows him as
    # the president he became the same year.
    president = ActorDictionary(
        (
            Entry(
                "Ivan Petrenko",
                country="UKR",
                sector="GOV",
                title="president",
                valid_from=dt.date(2005, 1, 23),
            ),
        )
    )
    candidate = Actor(id="A1", name="Ivan Petrenko", kind="person", sector="OPP")
    actor = president.fill(candidate, DateValue("2005", "year", "given", None))
    assert (actor.country, actor.sector) == ("UKR", "OPP")


def _minister_in_2005() -> ActorDictionary:
    return ActorDictionary(
        (_pryce("GOV", "health secretary", dt.date(2003, 6, 1), dt.date(2007, 6, 1)),)
    )


@pytest.mark.parametrize(
    ("title", "sector"),
    [
        ("Labour's election chief", "PTY"),  # a post in the party's own work
        ("Labour chairman", "PTY"),
        ("Labour leader", "GOV"),  # leads the party that leads the government
    ],
)
def test_a_minister_named_by_a_party_post_keeps_it_unless_he_leads_the_party(title, sector):
    named = Actor(
        id="A1", name="Owen Pryce", kind="person", sector="PTY", title=title, org="labour"
    )
    on = DateValue("2005-03-10", "day", "given", None)
    assert _minister_in_2005().fill(named, on).sector == sector


def _coded_alone(body, published):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published=published)
    return {a.name: a.code for a in article.actors}


def test_a_world_leader_named_by_surname_alone_is_coded_whatever_the_story():
    # No country named: wire copy still means the one president of that name.
    coded = _coded_alone("Putin said on Tuesday the talks had failed.", "2024-06-01")
    assert coded == {"Vladimir Putin": "RUSGOV"}


def test_a_surname_alone_is_no_leader_out_of_office():
    # In 1990 no Putin held an office that news names by the surname alone.
    coded = _coded_alone("Putin said on Tuesday the talks had failed.", "1990-06-01")
    assert "Vladimir Putin" not in coded
    assert coded.get("Putin") != "RUSGOV"


def test_a_chief_diplomats_surname_the_model_takes_for_a_body_is_the_diplomat():
    coded = _coded_alone("Lavrov told reporters on Tuesday the talks had failed.", "2024-06-01")
    # The reporters he told are a group of their own (MED).
    assert coded == {"Sergei Lavrov": "RUSGOV", "reporters": "MED"}


def test_a_leaders_surname_that_only_qualifies_a_noun_is_no_leader():
    coded = _coded_alone("Fox hunting with hounds was banned across England.", "2005-03-01")
    assert "Vicente Fox" not in coded
    assert "Liam Fox" not in coded


def _coded_on(published, headline, body, name):
    """The country, sector and title of ``name`` in an article of that day we wrote."""
    (article,) = dateline.extract(f"{headline}\n\n{body}\n", published=published)
    person = next(a for a in article.actors if a.name == name)
    return person.country, person.sector, person.title


@pytest.mark.parametrize(
    ("name", "country", "title"),
    [
        ("Nikol Pashinyan", "ARM", "prime minister"),
        ("Paul Kagame", "RWA", "president"),
        ("Felix Tshisekedi", "COD", "president"),  # an alias without the accent
        ("Albin Kurti", "XKX", "prime minister"),
        ("Ferdinand Marcos Jr", "PHL", "president"),
        ("Abdel Fattah al-Burhan", "SDN", "chairman of the sovereignty council"),
    ],
)
def test_leaders_of_wire_news_of_2024_are_coded_by_the_bundled_dictionary(name, country, title):
    body = (
        f"Talks stalled again on Thursday. {name} said the ceasefire would hold only if "
        "the other side pulled its forces back first."
    )
    assert _coded_on("2024-11-14", "Ceasefire Doubts", body, name) == (country, "GOV", title)


def test_the_leader_of_an_armed_group_is_found_by_the_name_news_calls_him():
    body = (
        "Shelling hit the market in El Fasher on Sunday. Hemedti said his fighters had "
        "not fired on the town and blamed the army."
    )
    assert _coded_on("2024-06-02", "Market Shelled", body, "Hemedti") == (
        "SDN",
        "REB",
        "commander of the rapid support forces",
    )


@pytest.mark.parametrize(
    ("published", "title"),
    [("2016-03-09", "prime minister"), ("2023-09-27", "president")],
)
def test_a_leader_is_coded_by_the_office_he_held_on_the_day(published, title):
    body = (
        "Officials met in Brussels on Wednesday. Aleksandar Vucic told reporters that "
        "Belgrade wanted the deal signed before the winter."
    )
    assert _coded_on(published, "Brussels Meeting", body, "Aleksandar Vucic") == (
        "SRB",
        "GOV",
        title,
    )


def test_a_leader_named_after_leaving_office_holds_it_as_a_former_office():
    body = (
        "The trial opened in Vienna on Monday. Sebastian Kurz told the court that he had "
        "never misled the parliamentary inquiry."
    )
    assert _coded_on("2023-10-18", "Vienna Trial", body, "Sebastian Kurz") == (
        "AUT",
        "GOV",
        "former chancellor",
    )


def test_a_title_short_for_the_office_held_takes_the_offices_coding():
    # "Commission President": the title lexicon reads a president as a
    # government's; the office the dictionary knows her by says which one.
    dictionary = ActorDictionary(
        (
            Entry(
                "Ana Ruiz",
                sector="IGO",
                title="european commission president",
                org="eu",
                valid_from=dt.date(2019, 12, 1),
            ),
        )
    )
    on = DateValue("2024-02-01", "day", "given", None)
    short = Actor(
        id="A1", name="Ana Ruiz", kind="person", sector="GOV", title="Commission President"
    )
    assert dictionary.fill(short, on).sector == "IGO"
    # A bare "President" says too little to be read as that office.
    bare = Actor(id="A1", name="Ana Ruiz", kind="person", sector="GOV", title="President")
    assert dictionary.fill(bare, on).sector == "GOV"


def test_a_title_placed_in_one_country_is_no_office_holder_of_another():
    # The dictionary knows the crown prince as Saudi Arabia's prime minister;
    # "Israel's prime minister" is not he.
    (article,) = dateline.extract(
        "Talks in Riyadh\n\n"
        "Iran's foreign minister met Crown Prince Mohammed bin Salman on Monday. "
        "Israel's prime minister warned that the talks would embolden Tehran.\n",
        published="2024-06-01",
    )
    prince = next(a for a in article.actors if a.name == "Mohammed bin Salman")
    assert prince.country == "SAU"
    assert len(prince.mentions) == 1


def test_a_title_is_no_short_form_of_the_shadow_office_of_the_same_name():
    dictionary = ActorDictionary(
        (
            Entry(
                "Ana Ruiz",
                country="GBR",
                sector="OPP",
                title="shadow foreign secretary",
                valid_from=dt.date(2021, 11, 29),
            ),
        )
    )
    on = DateValue("2024-02-01", "day", "given", None)
    titled = Actor(id="A1", name="Ana Ruiz", kind="person", sector="GOV", title="Foreign Secretary")
    assert dictionary.fill(titled, on).sector == "GOV"


def _minister_and_longer_party_deputy() -> ActorDictionary:
    return ActorDictionary(
        (
            _pryce(
                "PTY",
                "deputy leader of the labour party",
                dt.date(1994, 7, 1),
                dt.date(2007, 6, 1),
                org="labour",
            ),
            _pryce("GOV", "deputy prime minister", dt.date(1997, 5, 2), dt.date(2007, 6, 1)),
        )
    )


def test_offices_held_at_once_in_a_known_year_code_by_the_office_of_state():
    actor = Actor(id="A1", name="Owen Pryce", kind="person")
    filled = _minister_and_longer_party_deputy().fill(
        actor, DateValue("2005", "year", "given", None)
    )
    assert (filled.sector, filled.title) == ("GOV", "deputy prime minister")


def _coded_by_mention(headline, body, named, published="2005-02-01"):
    """The country and sector of the actor one of whose mentions ``named`` holds."""
    (article,) = dateline.extract(f"{headline}\n\n{body}\n", published=published)
    person = next(
        a for a in article.actors if any(article.text[s:e] in named for s, e in a.mentions)
    )
    return person.country, person.sector


@pytest.mark.parametrize(
    "named",
    ["Lord Liverpool", "Lord Palmerston", "William Gladstone", "Stanley Baldwin", "Robert Walpole"],
)
def test_a_prime_minister_of_earlier_centuries_a_commentary_recalls_is_coded_by_that_office(
    named,
):
    body = (
        f"Historians said on Friday that {named} had also faced a restless party "
        "in his third term, and had won it round."
    )
    assert _coded_by_mention("Third Term Talk", body, named) == ("GBR", "GOV")


@pytest.mark.parametrize(
    ("named", "sector"),
    [
        ("Boris Johnson", "LEG"),  # a backbench MP in 2005, named in passing
        ("Ian Gibson", "LEG"),
        ("Dennis Skinner", "LEG"),
        ("Barbara Follet", "LEG"),  # a spelling news also gives her name
        ("Bernadette Devlin", "LEG"),  # an MP of the 1970s, recalled
    ],
)
def test_politicians_news_of_2005_names_without_a_role_are_coded_by_the_bundled_dictionary(
    named, sector
):
    body = (
        f"The debate on the bill ran late on Tuesday. {named} was among those who "
        "had warned against it years ago."
    )
    assert _coded_by_mention("Late Sitting", body, named) == ("GBR", sector)


@pytest.mark.parametrize(
    ("named", "name", "sector"),
    [
        ("Tim Yeo", "Tim Yeo", "OPP"),  # a Conservative shadow secretary
        ("Mark Oaten", "Mark Oaten", "OPP"),  # a Liberal Democrat spokesman in the Commons
        ("Lord Rennard", "Chris Rennard", "PTY"),  # a party's chief executive, as a peer
        ("Ian McCartney", "Ian McCartney", "PTY"),  # Labour's chairman
        ("Roger Knapman", "Roger Knapman", "PTY"),  # UKIP's leader
        ("Kenny MacAskill", "Kenny MacAskill", "OPP"),  # an SNP spokesman at Holyrood
        ("Ieuan Wyn Jones", "Ieuan Wyn Jones", "OPP"),  # Plaid Cymru's leader in Cardiff
        ("Cathy Jamieson", "Cathy Jamieson", "GOV"),  # a minister of the Scottish Executive
    ],
)
def test_front_benches_and_party_officers_of_2005_are_coded_by_the_bundled_dictionary(
    named, name, sector
):
    body = (
        f"The campaign row went on into the evening. {named} said the leaflets "
        "had been printed before anyone saw the figures."
    )
    assert _coded_in_2005("Leaflet Row", body, name) == ("GBR", sector)


def _career(name):
    return ActorDictionary(
        (
            Entry(
                name,
                kind="person",
                country="GBR",
                sector="OPP",
                title="shadow health secretary",
                org="labour",
                valid_from=dt.date(1992, 7, 1),
                valid_to=dt.date(1997, 5, 2),
            ),
            Entry(
                name,
                kind="person",
                country="GBR",
                sector="GOV",
                title="health secretary",
                valid_from=dt.date(1997, 5, 2),
                valid_to=dt.date(2003, 6, 12),
            ),
        )
    )


def test_a_ministers_party_is_that_of_the_party_post_held_before_office():
    career = _career("Ruth Calder")
    assert career.party("Ruth Calder", DateValue("2001-03-01", "day", "given")) == "labour"


def test_no_party_is_told_from_a_party_post_begun_after_the_article():
    career = _career("Ruth Calder")
    assert career.party("Ruth Calder", DateValue("1990-03-01", "day", "given")) is None


_CALDER = (
    "name,aliases,kind,country,sector,title,org,valid_from,valid_to\n"
    "Ruth Calder,,person,GBR,OPP,shadow health secretary,labour,1992-07-01,1997-05-02\n"
    "Ruth Calder,,person,GBR,GOV,health secretary,,1997-05-02,2003-06-12\n"
)


def _mentions_by_name(text, path, published="2001-03-01"):
    """Each actor's mentions, by the actor's name, read with the dictionary at ``path``."""
    (article,) = dateline.extract(
        text, published=published, options=Options(actor_dictionary=str(path))
    )
    return {a.name: [article.text[s:e] for s, e in a.mentions] for a in article.actors}


def test_the_party_a_minister_attacks_is_not_his_own_by_the_dictionary(tmp_path):
    path = _write(tmp_path, "actors.csv", _CALDER)
    mentions = _mentions_by_name(
        "Tax row\n\nLabour and the Liberal Democrats set out their tax plans on Monday. Ruth "
        "Calder accused the party of hiding the cost of its pledges.\n",
        path,
    )
    assert "party" in mentions["Liberal Democrats"]


def test_his_party_is_the_party_the_dictionary_ties_a_minister_to(tmp_path):
    path = _write(tmp_path, "actors.csv", _CALDER)
    mentions = _mentions_by_name(
        "Hospitals\n\nLabour unveiled its health plans on Monday. Ruth Calder defended her "
        "party's record on waiting lists at a clinic in Leeds.\n",
        path,
    )
    assert "party" in mentions["Labour Party"]


def test_a_minister_with_no_party_post_is_of_the_party_that_governed_alone():
    cabinet = ActorDictionary(
        (_pryce("GOV", "transport secretary", dt.date(2002, 5, 29), dt.date(2007, 6, 27)),)
    )
    assert cabinet.party("Owen Pryce", DateValue("2005-02-01", "day", "given")) == "labour"


def test_no_party_is_told_for_a_minister_of_a_coalition():
    cabinet = ActorDictionary(
        (_pryce("GOV", "transport secretary", dt.date(2010, 5, 12), dt.date(2015, 5, 8)),)
    )
    assert cabinet.party("Owen Pryce", DateValue("2012-02-01", "day", "given")) is None


_PRYCE_IN_OFFICE = (
    "name,aliases,kind,country,sector,title,org,valid_from,valid_to\n"
    "Owen Pryce,,person,GBR,GOV,transport secretary,,2002-05-29,\n"
)


def test_his_party_is_the_governing_party_of_a_minister_with_no_party_post(tmp_path):
    path = _write(tmp_path, "actors.csv", _PRYCE_IN_OFFICE)
    mentions = _mentions_by_name(
        "Rail plan\n\nLabour launched its transport plans in Derby on Monday. Owen Pryce "
        "defended his party's record on the railways.\n",
        path,
        published="2005-02-01",
    )
    assert "party" in mentions["Labour Party"]


def test_the_minister_is_the_one_the_dictionary_knows_in_office_named_before(tmp_path):
    path = _write(tmp_path, "actors.csv", _PRYCE_IN_OFFICE)
    mentions = _mentions_by_name(
        "Rail plan\n\nOwen Pryce said the new timetable would start in May. The minister said "
        "the unions had been consulted.\n",
        path,
        published="2005-02-01",
    )
    assert "minister" in mentions["Owen Pryce"]


def _spokesman_then_minister() -> ActorDictionary:
    """A party's justice spokesman in opposition until 2007, then justice secretary."""
    return ActorDictionary(
        (
            Entry(
                "Ewan Baird",
                country="GBR",
                sector="OPP",
                title="justice spokesman",
                org="highland",
                valid_from=dt.date(2003, 1, 1),
                valid_to=dt.date(2007, 5, 1),
            ),
            Entry(
                "Ewan Baird",
                country="GBR",
                sector="GOV",
                title="justice secretary",
                valid_from=dt.date(2007, 5, 2),
                valid_to=dt.date(2011, 1, 1),
            ),
        )
    )


@pytest.mark.parametrize(
    ("published", "sector"),
    [
        # "Highland Party Justice Minister Ewan Baird" while his party was out
        # of power names its portfolio: he is its spokesman, not a minister.
        (DateValue("2005-03-01", "day", "given", None), "OPP"),
        # Once in office, the minister the text calls him.
        (DateValue("2009-03-01", "day", "given", None), "GOV"),
    ],
)
def test_a_party_named_minister_out_of_power_keeps_the_shadow_post(published, sector):
    actor = Actor(
        id="A1",
        name="Ewan Baird",
        kind="person",
        sector="GOV",
        org="highland",
        title="Highland Party Justice Minister",
    )
    assert _spokesman_then_minister().fill(actor, published).sector == sector
