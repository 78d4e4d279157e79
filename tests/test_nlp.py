"""The parse the stages read: spaCy's, with the lemmas it gets wrong put right."""

import pytest

from dateline.nlp import load as load_model
from dateline.nlp import model_name, to_parse


def _lemmas(text):
    parse = to_parse(load_model()(text), model_name())
    return {token.text: token.lemma for token in parse.tokens}


@pytest.mark.parametrize(("text", "form", "lemma"), [
    ("Peru hoped to sign the deal.", "hoped", "hope"),
    ("The minister is hoping to meet Chile.", "hoping", "hope"),
    ("Soldiers raped two women in the village.", "raped", "rape"),
    ("The court fined the firm $2m.", "fined", "fine"),
    ("Workers staged a strike at the port.", "staged", "stage"),
    ("The rebels waged a war on the capital.", "waged", "wage"),
])  # fmt: skip
def test_a_verb_form_the_model_lemmatises_wrongly_gets_its_lemma(text, form, lemma):
    assert _lemmas(text)[form] == lemma


def test_other_lemmas_are_the_models_own():
    assert _lemmas("Peru signed the deal.")["signed"] == "sign"


def _parsed(text):
    return to_parse(load_model()(text), model_name())


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Norway had co-operated fully with the inquiry.", "co-operated", "cooperate"),
    ("Co-operation with Peru was close, he said.", "Co-operation", "cooperation"),
    ("Chile and Peru agreed a cease-fire, officials said.", "cease-fire", "ceasefire"),
    ("Troops launched a counter-attack against the rebels.", "counter-attack", "counterattack"),
])  # fmt: skip
def test_a_hyphened_event_word_is_one_token_lemmatised_without_its_hyphen(text, word, lemma):
    tokens = {token.text: token for token in _parsed(text).tokens}
    assert tokens[word].lemma == lemma


def test_a_hyphened_verb_kept_whole_is_the_verb_of_its_clause():
    (verb,) = [
        t
        for t in _parsed("Norway had co-operated fully with the inquiry.").tokens
        if t.dep == "ROOT"
    ]
    assert verb.text == "co-operated"


def test_other_hyphened_words_are_split_as_the_model_was_trained():
    texts = [token.text for token in _parsed("It was a well-known fact.").tokens]
    assert "well-known" not in texts


def test_a_wire_stories_lead_is_one_sentence_after_its_dateline():
    parse = to_parse(
        load_model()(
            "BAKU, Azerbaijan — Armenia and Azerbaijan have agreed the text of a peace treaty, "
            "the two foreign ministries said on Thursday."
        ),
        model_name(),
    )
    (armenia,) = (t for t in parse.tokens if t.text == "Armenia")
    assert parse.tokens[armenia.head].text == "agreed"


def test_a_paragraph_break_ends_a_sentence_even_after_a_closing_quote():
    text = (
        'Ms Ferris told the committee: "The sums on housing simply do not add up."\n\n'
        "Owen Pryce, for the Greens, accused the minister of dodging hard questions.\n\n"
    )
    parse = to_parse(load_model()(text), model_name())
    (owen,) = (t for t in parse.tokens if t.text == "Owen")
    assert any(parse.tokens[first] is owen for first, _ in parse.sentences)
    (pryce,) = (t for t in parse.tokens if t.text == "Pryce")
    assert parse.tokens[pryce.head].text == "accused"


def test_one_line_break_after_a_closing_quote_ends_a_sentence():
    text = (
        'Pressed on the point, Mr Dane told the panel: "We will cut fares."\n'
        "Interviewed on radio, Ms Okafor said the council had no plan.\n"
    )
    parse = to_parse(load_model()(text), model_name())
    (interviewed,) = (t for t in parse.tokens if t.text == "Interviewed")
    assert any(parse.tokens[first] is interviewed for first, _ in parse.sentences)


def test_one_line_break_that_wraps_a_sentence_does_not_end_it():
    text = "The council said on Monday that the\nNew Year fares would rise by 3%.\n"
    parse = to_parse(load_model()(text), model_name())
    (new,) = (t for t in parse.tokens if t.text == "New")
    assert not any(parse.tokens[first] is new for first, _ in parse.sentences)
