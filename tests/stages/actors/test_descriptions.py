"""Bodies named by what they are ("the court", "the charity"), on sentences we wrote."""

import pytest

import dateline


def _mentions_of(article, name):
    actor = next(a for a in article.actors if a.name == name)
    return [article.text[s:e] for s, e in actor.mentions]


@pytest.mark.parametrize(
    ("text", "body", "word"),
    [
        (
            (
                "Fraud case\n\nThe Election Court sat in Leeds on Monday. Three men were "
                "accused of forging ballots, the court was told.\n"
            ),
            "Election Court",
            "court",
        ),
        (
            (
                "Aid report\n\nChristian Aid published its annual report on Tuesday. The "
                "charity's director, Ann Moss, said donors had given more than ever.\n"
            ),
            "Christian Aid",
            "charity",
        ),
    ],
)
def test_a_body_word_alone_is_the_body_of_that_kind_named_before(text, body, word):
    (article,) = dateline.extract(text)
    assert word in _mentions_of(article, body)


def test_the_cabinet_is_not_the_office_of_state_named_before():
    (article,) = dateline.extract(
        "Advice\n\nDowning Street denied the claim on Monday. The advice was shown to the "
        "cabinet before the vote.\n"
    )
    assert "cabinet" not in _mentions_of(article, "Downing Street")
