"""Names that open with the family name, on sentences we wrote."""

import dateline


def _actors(body):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    return article


def _mentions(article, name):
    actor = next(a for a in article.actors if a.name == name)
    return [article.text[s:e] for s, e in actor.mentions]


def test_mr_and_a_family_name_that_opens_a_full_name_is_that_person():
    article = _actors(
        "Interest rates will stay on hold, said central bank governor Choi Dongwan. "
        "Mr Choi said exports were recovering."
    )
    assert _mentions(article, "Choi Dongwan") == ["Choi Dongwan", "Choi"]


def test_mr_and_a_given_name_is_not_the_person_it_opens():
    article = _actors(
        "Howard Ellery was dropped as a candidate on Friday. "
        "Mr Howard said the remarks had been unacceptable."
    )
    assert _mentions(article, "Howard Ellery") == ["Howard Ellery"]
