"""Someone's relative named by the tie alone: "his son", "Mr Marsh's wife"."""

from actor_names import coding, report


def _holder(article, at):
    """The name of the actor holding the mention that starts at ``at``, if any."""
    return next((a.name for a in article.actors if any(s == at for s, _ in a.mentions)), None)


def test_an_owned_relative_the_story_names_is_that_person():
    article = report(
        "Union leader Frank Dobbs said on Monday that his son had been held at the border "
        "for six hours. Mark Dobbs, 24, was released without charge on Tuesday."
    )
    assert _holder(article, article.text.index("son")) == "Mark Dobbs"


def test_a_relative_owned_by_a_name_is_the_one_of_that_family_name():
    article = report(
        "Helen Marsh has joined the campaign against the bypass. Defence Secretary Tom "
        "Marsh's wife is said to have written to the council in March."
    )
    assert _holder(article, article.text.index("wife")) == "Helen Marsh"


def test_a_relative_the_story_never_names_is_no_actor():
    article = report(
        "Having taken over the shipping firm from his father in 1982, Ian Crane built it "
        "into the largest on the coast. He resigned as chairman on Friday."
    )
    assert _holder(article, article.text.index("father")) is None
    assert _holder(article, article.text.index("He resigned")) == "Ian Crane"


def test_a_relative_named_beside_the_tie_is_the_name_alone():
    article = report(
        "Councillor Ruth Platt said her husband, Derek Platt, would stand in the ward. "
        "Mr Platt runs a bakery in the town."
    )
    assert _holder(article, article.text.index("husband")) is None


def test_the_tie_that_names_a_relative_is_no_role():
    article = report(
        "Union leader Frank Dobbs said on Monday that his son had been held at the border "
        "for six hours. Mark Dobbs, 24, was released without charge on Tuesday."
    )
    assert coding(article, "Mark Dobbs")[2] == "CVL"


def test_a_relative_named_by_a_given_name_beside_the_tie_takes_the_family_name():
    article = report(
        "Tom Marsh's rise goes on. Mr Marsh's family has long been on the left, "
        "not least his father Ralph, a union organiser who died in 1991."
    )
    assert "Ralph Marsh" in {a.name for a in article.actors}


def test_a_given_name_set_beside_the_tie_is_a_person_whatever_the_model_tags_it():
    article = report(
        "Kevin Marsh, 15, died in a crash on the bypass in May. His mother, Solange, told the "
        "inquest the road was unsafe."
    )
    assert coding(article, "Solange Marsh")[::2] == ("person", "CVL")


def test_a_relative_named_by_a_given_name_is_the_one_styled_by_the_family_name_later():
    article = report(
        "Council leader Peter Ashcroft's wife, Joanna, will run the food bank appeal. "
        "Mrs Ashcroft said the appeal had raised more than it did last winter."
    )
    holder = _holder(article, article.text.index("Ashcroft said"))
    assert holder == _holder(article, article.text.index("Joanna"))
    assert holder != _holder(article, article.text.index("Peter Ashcroft"))


def test_an_owned_relative_is_the_one_named_beside_the_same_tie_before():
    article = report(
        "Jurors in Ohio said the man, Mark Tate, should serve five years and that his "
        "sister, Laura Wells, should pay a fine. His sister ran the accounts for him, "
        "the court heard."
    )
    assert _holder(article, article.text.index("His sister") + 4) == "Laura Wells"


def test_an_unnamed_relative_who_acts_is_an_actor_of_their_own():
    article = report(
        "Ian Crane denied on Friday that his own father had entered the country illegally. "
        '"My wife is travelling around the coast this week," he said.'
    )
    father = _holder(article, article.text.index("father"))
    wife = _holder(article, article.text.index("wife"))
    assert father is not None
    assert wife is not None
    assert "Ian Crane" not in (father, wife)
    assert father != wife
