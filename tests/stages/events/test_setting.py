"""Where an event happened: its verb's place, its sentence's, the sentence before, the article's."""

import dateline


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


def test_a_foreign_doer_s_event_is_not_put_in_the_story_s_place():
    settings = _settings(
        "Syrian army shelling killed six people in the city of Homs on Monday.\n\n"
        "Turkey condemned the shelling and urged Syria to halt attacks on civilians."
    )
    # Nor the second of its verbs, whose subject the parse gives the first.
    assert [s for s in settings if s[0] in ("ACCUSE", "REQUEST")] == []
