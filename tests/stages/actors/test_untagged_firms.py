"""Firms the model leaves untagged, found by the words that say they are firms (invented text).

The model's entities are taken away here, as it leaves a rare firm's name
untagged, so that only the finders for such names can find them.
"""

import dataclasses

from dateline import nlp
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
