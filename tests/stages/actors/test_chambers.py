"""Chambers told by their rank (:mod:`dateline.stages.actors.chambers`)."""

import dateline


def _mentions_by_actor(text: str) -> list[list[str]]:
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-10")
    return [[article.text[s:e] for s, e in actor.mentions] for actor in article.actors]


def _sector_of(text: str, mention: str) -> str | None:
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-10")
    return next(
        actor.sector
        for actor in article.actors
        if any(article.text[s:e] == mention for s, e in actor.mentions)
    )


def test_the_upper_house_is_the_house_of_lords_the_story_names():
    found = _mentions_by_actor(
        "Lord Ashby took his seat in the House of Lords on Monday. He has long called for "
        "reform of the upper chamber, and said he would use the Upper House to speak for the poor."
    )
    assert ["House of Lords", "upper chamber", "Upper House"] in found


def test_the_lower_house_is_not_the_upper_chamber_named():
    found = _mentions_by_actor(
        "The bill cleared the Senate on Tuesday. The lower house will vote on it next month."
    )
    assert ["Senate"] in found
    assert ["lower house"] in found


def test_a_rank_alone_is_one_legislature():
    text = (
        "Senators are expected to debate the bill next month, and the upper house may amend it. "
        "Supporters say the upper chamber will pass it."
    )
    assert ["upper house", "upper chamber"] in _mentions_by_actor(text)
    assert _sector_of(text, "upper house") == "LEG"


def test_an_upper_chamber_a_reform_would_create_is_no_chamber_named():
    found = _mentions_by_actor(
        "The House of Lords debated the plan. Critics want an upper chamber that is elected."
    )
    assert ["House of Lords"] in found
    assert not any("upper chamber" in mentions for mentions in found)
