"""What a book or a report says on its own ("The new book claims ...") is the statement
of the author the story names for it elsewhere, who is the doer of the events it tells."""

from event_sides import real_events, told_events


def test_a_book_claim_accuses_as_its_author():
    body = (
        "Labour MPs rounded on the prime minister over claims in journalist Helen Marsh's new "
        "book.\n\n"
        "The new book claims Mr Tony Blair broke a promise to the chancellor.\n"
    )
    assert ("ACCUSE", ("Helen Marsh",), ("Tony Blair",)) in real_events(body), told_events(body)


def test_a_study_published_by_a_body_accuses_as_that_body():
    body = (
        "The study was published by the Fabian Society on Monday.\n\n"
        "The study says ministers have failed poor families.\n"
    )
    assert ("ACCUSE", ("Fabian Society",), ("ministers",)) in real_events(body), told_events(body)
