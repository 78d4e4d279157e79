"""Firms the model leaves untagged, found by the words that say they are firms (invented text).

The model's entities are taken away here, as it leaves a rare firm's name
untagged, so that only the finders for such names can find them.
"""

import dataclasses

from dateline import nlp
from dateline.records import Entity
from dateline.stages._tree import Tree
from dateline.stages.actors import lexicon
from dateline.stages.actors.mentions import find_mentions


def _untagged_mentions(text):
    (parse,) = nlp.parse([text])
    tokens = tuple(dataclasses.replace(t, ent_type="", ent_iob="O") for t in parse.tokens)
    bare = dataclasses.replace(parse, tokens=tokens, entities=())
    return {m.text: m for m in find_mentions(Tree(bare, text), lexicon.load())}


def test_a_name_holding_a_business_word_that_acts_is_a_firm():
    mentions = _untagged_mentions("Copperhorse Oil and Gas has denied that it won the contract.")
    assert mentions["Copperhorse Oil and Gas"].label == "ORG"


def test_a_name_right_after_a_business_word_is_a_firm():
    mentions = _untagged_mentions("Among the losers was steel giant VKM, which may bid again.")
    assert mentions["VKM"].label == "ORG"


def test_a_business_word_alone_is_no_firm():
    mentions = _untagged_mentions("Oil and Gas shares fell sharply in London on Monday.")
    assert "Oil and Gas" not in mentions


def test_a_name_right_before_a_business_word_is_a_firm():
    mentions = _untagged_mentions("Mr Orlov, who headed the Yarvex group, denied the charges.")
    assert mentions["Yarvex"].label == "ORG"


def test_a_trade_before_a_business_word_a_name_follows_is_no_firm():
    mentions = _untagged_mentions("Sales rose, said Ann Lowe of IT firm Corvane Data.")
    assert "IT" not in mentions


def _mentions_with_entity(text, name, label):
    """The mentions found when the model tags ``name`` (its last occurrence) alone as ``label``."""
    (parse,) = nlp.parse([text])
    start = text.rindex(name)
    first = next(k for k, t in enumerate(parse.tokens) if t.start == start)
    end = next(k for k, t in enumerate(parse.tokens) if t.end == start + len(name)) + 1
    tagged = Entity(label, start, start + len(name), first, end)
    others = [e for e in parse.entities if e.token_end <= first or e.token_start >= end]
    tokens = tuple(
        dataclasses.replace(t, ent_type=label, ent_iob="B" if k == first else "I")
        if first <= k < end
        else t
        for k, t in enumerate(parse.tokens)
    )
    entities = tuple(sorted([*others, tagged], key=lambda e: e.start))
    relabelled = dataclasses.replace(parse, tokens=tokens, entities=entities)
    return {m.text: m for m in find_mentions(Tree(relabelled, text), lexicon.load())}


def test_two_known_firms_the_model_runs_into_one_name_are_two_bodies():
    text = (
        "The fund is suing three firms - Gazprom, its unit Gazpromneft, Rosneft and a broker - "
        "over the sale of the refinery."
    )
    found = _mentions_with_entity(text, "Gazpromneft, Rosneft", "ORG")
    assert {"Gazpromneft", "Rosneft"} <= set(found)
    assert "Gazpromneft, Rosneft" not in found


def test_a_known_firm_the_model_takes_for_a_product_is_the_firm():
    text = "The claim names gas giant Gazprom and its unit Gazpromneft, the fund said on Monday."
    found = _mentions_with_entity(text, "Gazpromneft", "PRODUCT")
    assert found["Gazpromneft"].label == "ORG"


def test_a_campaign_the_model_tags_only_by_what_it_is_for_keeps_its_name():
    text = (
        "About 400 people walked along the old track near Kelso on Sunday. Fiona Reid, of "
        "Campaign for Moorland Rail, said a new line would bring visitors back to the valley."
    )
    found = _mentions_with_entity(text, "Moorland Rail", "ORG")
    assert "Campaign for Moorland Rail" in found
    assert "Moorland Rail" not in found


def test_a_name_with_a_business_word_set_beside_it_is_a_firm():
    mentions = _untagged_mentions(
        "Ferrolinea, a private company that operates the city's trams, raised fares on Monday."
    )
    assert mentions["Ferrolinea"].label == "ORG"


def _all_untagged_mentions(text):
    (parse,) = nlp.parse([text])
    tokens = tuple(dataclasses.replace(t, ent_type="", ent_iob="O") for t in parse.tokens)
    bare = dataclasses.replace(parse, tokens=tokens, entities=())
    return find_mentions(Tree(bare, text), lexicon.load())


def test_a_name_right_after_a_regulator_is_the_regulators():
    mentions = _untagged_mentions(
        "Portugal's securities regulator CMVP has opened an inquiry into the bank's accounts."
    )
    assert mentions["CMVP"].label == "ORG"


def test_a_bodys_initials_found_once_are_that_body_where_they_open_a_sentence():
    text = (
        "Portugal's securities regulator CMVP has opened an inquiry into the bank's accounts. "
        "CMVP is also examining the sale of its bonds. "
        "The lender was fined last year by CMVP."
    )
    found = [m for m in _all_untagged_mentions(text) if m.text == "CMVP"]
    assert len(found) == 3


def test_a_name_of_digits_and_capitals_after_a_business_word_is_a_firm():
    # The model reads "4Cast" as a common noun.
    mentions = _untagged_mentions("Consumers are spending less, consultancy 4Cast said.")
    assert mentions["4Cast"].label == "ORG"
