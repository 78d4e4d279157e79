"""A demand or charge that names no one is made of the home government."""

import dateline
from dateline.records import Actor, Event
from dateline.stages.events import addressees


def _article(body):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    return article


def _actor(number, name, kind, code, *, mentions=1):
    """An actor coded ``code``, country and sector ("CHLGOV"; "-IGO" for no country)."""
    country = None if code[:3] == "-" * 3 else code[:3]
    return Actor(
        f"A{number}",
        name,
        kind,
        country=country,
        sector=code[3:],
        code=code,
        mentions=tuple((i, i + 1) for i in range(mentions)),
    )


def test_an_opposition_call_naming_no_one_is_made_of_the_government():
    article = _article(
        "The Chilean government defended its pension reform on Monday, and ministers said it"
        " would pass. The opposition Socialist Party called for an inquiry into the reform."
    )
    (call,) = [e for e in article.events if e.type == "REQUEST"]
    names = {a.id: a.name for a in article.actors}
    assert [names[i] for i in call.recipient] == ["Chile"]
    assert addressees.STEP in call.explanation
    assert call.confidence <= 0.6


def test_a_call_is_left_open_where_its_addressee_is_named_or_no_government_is():
    for body in (
        # The government's own call, and a call on someone the stage does not know.
        "The Chilean government defended its reform. Ministers called for calm.",
        (
            "The Chilean government defended its reform. The archbishop urged his listeners"
            " to be honest."
        ),
        # No government named at all.
        "The opposition Socialist Party called for an inquiry into the pension reform.",
    ):
        article = _article(body)
        assert not [e for e in article.events if e.type == "REQUEST" and e.recipient], body


def test_the_home_government_is_the_state_of_the_country_most_governed_in_the_story():
    actors = (
        _actor(1, "Chile", "country", "CHLGOV", mentions=3),
        _actor(2, "pensions agency", "organization", "CHLGOV", mentions=4),
        _actor(3, "Peru", "country", "PERGOV", mentions=2),
    )
    assert addressees.home_government(actors) == actors[0]
    # Without the state, "the government" stands for it; an agency does not.
    government = _actor(4, "the government", "organization", "CHLGOV")
    assert addressees.home_government((*actors[1:2], government)) == government
    assert addressees.home_government(actors[1:2]) is None
    # A state named once, in passing, is no home government.
    assert addressees.home_government((_actor(3, "Peru", "country", "PERGOV"),)) is None
    # Two countries as often governed: no home.
    tied = (_actor(1, "Chile", "country", "CHLGOV"), _actor(3, "Peru", "country", "PERGOV"))
    assert addressees.home_government(tied) is None


def test_only_the_home_countrys_own_non_government_actors_have_their_charges_addressed():
    actors = (
        _actor(1, "Chile", "country", "CHLGOV", mentions=3),
        _actor(2, "Socialist Party", "organization", "CHLPTY"),
        _actor(3, "Peruvian union", "organization", "PERLAB"),
        _actor(4, "United Nations", "organization", "---IGO"),
    )
    charges = [Event(f"E{i}", "ACCUSE", "criticised", (0, 1), actor=(f"A{i}",)) for i in (2, 3, 4)]
    found = list(addressees.addressed_to_government(charges, actors))
    assert [e.recipient for e in found] == [("A1",), (), ()]


def test_a_charge_by_a_group_from_abroad_is_made_of_the_government_of_where_it_is():
    actors = (
        _actor(1, "Chile", "country", "CHLGOV", mentions=3),
        _actor(2, "foreign investors", "group", "---BUS"),
        _actor(3, "Western diplomats", "group", "---GOV"),
        _actor(4, "Maria Lopez", "person", "---BUS"),
    )
    charges = [Event(f"E{i}", "ACCUSE", "criticised", (0, 1), actor=(f"A{i}",)) for i in (2, 3, 4)]
    found = list(addressees.addressed_to_government(charges, actors))
    assert [e.recipient for e in found] == [("A1",), (), ()]


def test_a_firms_complaint_is_not_made_of_a_state_the_story_names_once_in_passing():
    article = _article(
        "Shares in Kestrel Air fell 9% on Tuesday. The Norwegian carrier holds a quarter"
        " of Norway's domestic airline market. Norwegian airlines criticised the new"
        " landing fees, saying they would push fares higher."
    )
    (charge,) = [e for e in article.events if e.type == "ACCUSE"]
    assert charge.recipient == ()
    assert addressees.STEP not in charge.explanation


def test_the_governing_partys_call_is_not_made_of_its_own_government():
    article = _article(
        "The Labour government defended its plans on Monday. Ministers said the sale would go"
        " ahead. Labour said the plans were the right ones and called for calm. Labour MPs"
        " called for an inquiry into the sale."
    )
    names = {a.id: a.name for a in article.actors}
    calls = {
        names[e.actor[0]]: [names[i] for i in e.recipient]
        for e in article.events
        if e.type == "REQUEST"
    }
    assert calls == {"Labour Party": [], "Labour MPs": ["United Kingdom"]}
