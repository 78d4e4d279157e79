"""The actors scorer's matching of a key actor to the stage's actors by name."""

from dateline.evaluation.actors import bare, match
from dateline.evaluation.gold import GoldActor, GoldArticle
from dateline.records import Actor, Article, Source


def test_a_name_matches_with_or_without_any_honorific_the_stage_knows():
    assert bare("Prince Khalid Al-Mansour") == bare("Khalid Al-Mansour")
    assert bare("Sheikh Omar Haddad") == "omar haddad"
    assert bare("Sir Alan Brack") == "alan brack"
    assert bare("Lord") == "lord"  # a name is never stripped to nothing


def test_a_key_actor_no_name_matches_is_the_actor_whose_mentions_spell_it_most():
    text = "The US embargo on Cuba stays. Cuba said the Cuban government would not bow. Cuba wept."
    spans = [(i, i + 4) for i in range(len(text)) if text.startswith("Cuba ", i)]
    us = Actor(id="A1", name="US", kind="country", mentions=((4, 7), spans[0]))
    cuba = Actor(id="A2", name="Cuban government", kind="country", mentions=tuple(spans[1:]))
    article = Article(id="a", source=Source("x", 0, len(text)), text=text, actors=(us, cuba))
    key = GoldActor(name="Cuba", country="CUB", sector="GOV", org=None)
    assert match(key, GoldArticle(), {}, article) == cuba
