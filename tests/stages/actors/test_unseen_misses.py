"""Mentions found and joined as an unseen set's misses showed (invented text)."""

from actor_names import actors_by_name as _actors
from actor_names import mention_texts as _mentions


def test_a_name_hyphened_to_based_or_era_is_a_setting_not_an_actor():
    article, actors = _actors(
        "Telecoms\n\nKestrel Mobile has signed a deal with Oslo-based Fjordlink. One of the "
        "last Thatcher-era ministers in the Commons, Mr Pellow backed the merger.\n"
    )
    said = [text for actor in actors.values() for text in _mentions(article, actor)]
    assert "Fjordlink" in said
    assert not any(text.startswith(("Oslo", "Thatcher")) for text in said)
