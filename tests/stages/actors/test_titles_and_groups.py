"""Role and body words standing alone, read from titles.tsv, on sentences we wrote."""

from actor_names import coding, mentions_of, report


def test_the_judiciary_is_the_country_s_body_of_judges():
    """The judiciary is the courts of the country the story tells of, as "the government" is
    its government: one body of the state, coded JUD."""
    article = report(
        "Chilean ministers drafted a reform of the courts. "
        "Critics said the judiciary would lose its independence, and the judiciary protested."
    )
    assert coding(article, "judiciary") == ("organization", "CHL", "JUD")
    assert mentions_of(article, "judiciary") == ["judiciary", "judiciary"]


def test_a_kind_of_body_in_two_words_is_a_body_not_a_person():
    """ "Think tank" names a kind of body though "tank" alone names none: the think tank told
    of after the institute is that body, not a person of its own."""
    article = report(
        "The Fenwick Institute said the state pension should be replaced. "
        "The think tank's paper answers a survey of household savings."
    )
    assert mentions_of(article, "Fenwick Institute") == ["Fenwick Institute", "think tank"]


def test_film_makers_in_the_plural_are_people_of_the_trade_not_firms():
    """ "makers" alone are firms ("car makers"); film-makers are people, as a film-maker is."""
    article = report(
        "The workshop trains film-makers from the city, its organisers said. "
        "Young filmmakers protested outside the hall."
    )
    assert coding(article, "film-makers")[2] == "CVL"
    assert coding(article, "Young filmmakers")[2] == "CVL"


def test_a_director_of_plays_or_of_his_own_scripts_is_no_company_director():
    """A bare "director" runs a body (a firm, when none is named); a theatre director and a
    writer-director make plays and films, as a film director does."""
    article = report(
        "Theatre director Ruth Ellery opened a new play in Leeds on Friday, and writer-director "
        "Amir Sadeq began filming his second feature."
    )
    assert coding(article, "Ruth Ellery")[2] == "CVL"
    assert coding(article, "Amir Sadeq")[2] == "CVL"


def test_a_group_after_a_hyphened_name_starts_at_a_word_not_at_the_hyphen():
    """ "Blair-era ministers": the name before the hyphen is taken by itself, and the group's
    mention starts after the hyphened word, never at "-era"."""
    article = report("Several Kendrick-era ministers have since joined the boards of water firms.")
    spans = [span for actor in article.actors for span in mentions_of(article, actor.name)]
    assert "ministers" in spans
    assert not any(span.startswith("-") for span in spans)


def test_honorifics_inside_a_list_after_a_plural_role_keep_it_for_every_name():
    """ "peers Lord A and Lady B": each honorific is its own name's, and the plural role
    before the first is still the whole list's."""
    article = report(
        "Lib Dem peers Lord Hallam and Lady Brightwell criticised the move on Monday.",
        published="2005-03-01",
    )
    assert coding(article, "Hallam")[2] == "LEG"
    assert coding(article, "Brightwell")[2] == "LEG"


def test_both_or_all_before_a_plural_role_after_a_list_gives_it_to_every_name():
    """ "A and B, both Labour MPs,", "A, B and C, all directors of X,": the apposition hangs
    on the first name, but "both" and "all" say the role is every listed name's."""
    article = report(
        "Diane Walshe and Peter Corrandale, both Labour MPs, criticised the move. "
        "Colin Harte, Dave Shawcross and Ian Mossop, all directors of Tarnwick Foods, "
        "were charged on Monday.",
        published="2005-03-01",
    )
    assert coding(article, "Peter Corrandale")[1:] == ("GBR", "LEG")
    assert coding(article, "Dave Shawcross")[2] == "BUS"
    assert coding(article, "Ian Mossop")[2] == "BUS"


def test_ad_men_are_business_people():
    """ "Ad men" make advertisements for a living: an agency's people (BUS), not the private
    people that "men" alone names."""
    article = report(
        "The poster campaign cost the party a fortune. The ad men who drew it were paid "
        "twice, and the admen behind the radio slots were hired again."
    )
    assert coding(article, "ad men")[2] == "BUS"
    assert coding(article, "admen")[2] == "BUS"


def test_an_unnamed_court_asked_to_act_is_an_actor():
    """ "A court" said in passing is any court, but the one a firm asks to act is the one the
    story tells of: the recipient of the request."""
    article = report(
        "The dispute began last spring when Norvex asked a regional court to halt the share sale."
    )
    assert mentions_of(article, "regional court") == ["regional court"]
    assert coding(article, "regional court")[2] == "JUD"


def test_an_unnamed_court_said_in_passing_is_no_actor():
    article = report("Norvex said it could take the matter to a court if talks failed.")
    assert not any("court" in a.name for a in article.actors)
