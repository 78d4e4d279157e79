"""Merging clusters that their keys kept apart (:mod:`dateline.stages.actors.cluster_merges`)."""

import dateline


def _mentions_by_actor(text: str) -> list[list[str]]:
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-10")
    return [[article.text[s:e] for s, e in actor.mentions] for actor in article.actors]


def test_bare_voters_are_the_public_the_story_names():
    found = _mentions_by_actor(
        "The Tory leader said the public had lost faith in the prime minister. He said "
        "voters would punish Labour at the election, and that voters wanted lower taxes."
    )
    assert ["public", "voters", "voters"] in found


def test_a_party_s_voters_are_not_the_public():
    found = _mentions_by_actor(
        "The Tory leader said the public had lost faith in the prime minister. He said "
        "Labour voters would punish the party at the election."
    )
    assert ["public"] in found


def test_a_club_told_without_its_town_is_the_club_named_in_full():
    """ "Bristol Rangers ... Rangers said": one side, called by its name without its town."""
    found = _mentions_by_actor(
        "Derby rejected a third bid from Bristol Rangers for their captain Tom Keane. "
        "Rangers said they would not raise their offer of £2m."
    )
    assert ["Bristol Rangers", "Rangers"] in found
