"""Names that open with the family name, on sentences we wrote."""

from actor_names import coding, mentions_of, report


def test_mr_and_a_family_name_that_opens_a_full_name_is_that_person():
    article = report(
        "Interest rates will stay on hold, said central bank governor Choi Dongwan. "
        "Mr Choi said exports were recovering."
    )
    assert mentions_of(article, "Choi Dongwan") == ["Choi Dongwan", "Choi"]


def test_mr_and_a_given_name_is_not_the_person_it_opens():
    article = report(
        "Howard Ellery was dropped as a candidate on Friday. "
        "Mr Howard said the remarks had been unacceptable."
    )
    assert mentions_of(article, "Howard Ellery") == ["Howard Ellery"]


def test_mrs_and_the_family_name_of_the_one_man_named_is_his_kin_not_him():
    article = report(
        "Opposition leader Michael Dunmore spoke in Folkestone on Monday. "
        "Mrs Dunmore said she was proud of the campaign."
    )
    assert "Dunmore" not in " ".join(mentions_of(article, "Michael Dunmore")[1:])


def test_a_double_barrelled_name_after_an_honorific_is_one_mention():
    article = report(
        "Martin Kersey-Vane will stand in Kettering at the election. The party chairman "
        "declined to give her view of Mr Kersey-Vane at the meeting."
    )
    mentions = mentions_of(article, "Martin Kersey-Vane")
    assert mentions[0] == "Martin Kersey-Vane"
    assert mentions[-1] == "Kersey-Vane"
    assert "Vane" not in mentions


def test_mrs_and_a_surname_of_two_words_is_the_full_name_it_ends():
    article = report(
        "Lord Hartwell and Harriet Lloyd Webber met on Monday. "
        "Mrs Lloyd Webber said the talks had gone well."
    )
    assert mentions_of(article, "Harriet Lloyd Webber") == ["Harriet Lloyd Webber", "Lloyd Webber"]


def test_a_full_name_ending_in_a_styled_surname_of_two_words_is_a_person():
    article = report(
        "Prince Albert and Camilla Dunn Hart are to wed in May. "
        "Mrs Dunn Hart said she was thrilled."
    )
    assert coding(article, "Camilla Dunn Hart")[0] == "person"


def test_a_given_name_two_people_named_before_share_joins_neither():
    article = report(
        "Home Secretary Peter Hallam faces questions over the visa. Tory spokesman Peter "
        'Crane demanded an inquiry. "The prime minister believes Peter is doing a fine job," '
        "a spokesman said."
    )
    assert mentions_of(article, "Peter Hallam") == ["Peter Hallam"]
    assert mentions_of(article, "Peter Crane") == ["Peter Crane"]


def test_a_given_name_two_people_share_is_the_one_named_in_full_more_often():
    article = report(
        "Mayor Ken Laidlaw refused to apologise. Ken Laidlaw said the remark was a joke. "
        "The hostage Ken Mabry was freed last year. Ken said he would not back down."
    )
    assert "Ken" in mentions_of(article, "Ken Laidlaw")


def test_mrs_and_a_family_name_after_a_preposition_opening_the_sentence_is_still_a_woman():
    article = report(
        "Opposition leader Peter Ashcroft toured the flooded streets on Friday. On Mrs "
        "Ashcroft's charity work, a spokesman said she would visit the shelters next week."
    )
    assert "Ashcroft" not in " ".join(mentions_of(article, "Peter Ashcroft")[1:])
