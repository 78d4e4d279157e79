"""What a description stands for (stages/actors/references.py), on texts we wrote."""

from actor_names import mentions_of, report


def test_the_club_is_the_club_named_before_not_the_body_that_runs_the_sport():
    article = report(
        "Striker Tom Baxter was sacked by Harwich United on Friday after failing a drugs "
        "test. He faces a ban when the Football Association rules on his case.\n\n"
        "But Baxter has hit out at the club's decision."
    )
    assert mentions_of(article, "Harwich United") == ["Harwich United", "club"]
    assert mentions_of(article, "Football Association") == ["Football Association"]


def test_the_club_is_a_club_the_story_names_by_its_name_alone():
    article = report(
        "Shares in football club Harwich Rovers fell on Monday despite the club agreeing "
        "a rescue plan with its banks."
    )
    assert mentions_of(article, "Harwich Rovers") == ["Harwich Rovers", "club"]
