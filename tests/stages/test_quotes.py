"""The quotes stage: quoted passages, reported clauses, speakers and cues."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dateline
from dateline.records import Article, Quote
from dateline.stages.quotes import quoted_passages
from dateline.stages.quotes.cues import load


def _article(body: str) -> Article:
    (article,) = dateline.extract(f"Ministers Meet Over Port Dispute\n\n{body}")
    return article


def _quotes(body: str) -> list[tuple[str, str, str | None, str | None]]:
    """Each quote as (kind, text, cue, speaker name)."""
    article = _article(body)
    names = {actor.id: actor.name for actor in article.actors}
    return [(q.kind, q.text, q.cue, names.get(q.speaker or "")) for q in article.quotes]


def _passages(text: str) -> list[str]:
    return [text[p.start : p.end] for p in quoted_passages(text)]


def test_curly_and_straight_marks_both_open_passages():
    text = 'He said “the port stays open”.\n\nShe said "the port must close".'
    assert _passages(text) == ["the port stays open", "the port must close"]


def test_a_quotation_continued_into_the_next_paragraph_is_one_passage():
    text = (
        '"We will not give up the harbour.\n\n'
        '"Nor will we give up the coast," she said.\n\n'
        'Nobody "answered".'
    )
    (first, second) = quoted_passages(text)
    assert text[first.start : first.end].startswith("We will not")
    assert text[first.start : first.end].endswith("coast,")
    assert first.paragraphs == 2
    assert text[second.start : second.end] == "answered"


def test_a_paragraph_break_lost_in_scraping_continues_the_quotation():
    text = '"The talks failed. "We will try again next week," he said.'
    assert _passages(text) == ['The talks failed. "We will try again next week,']


def test_single_quotes_inside_double_ones_belong_to_the_quotation():
    text = "“They called it ‘a provocation’ and left,” she said."
    assert _passages(text) == ["They called it ‘a provocation’ and left,"]


def test_single_quotes_count_where_a_paragraph_has_no_double_ones():
    text = "The minister said ‘we are ready’ and the envoy’s aides agreed."
    assert _passages(text) == ["we are ready"]


@pytest.mark.parametrize(
    ("text", "passages"),
    [
        ("'We will strike,' the dockers' leader said.", ["We will strike,"]),
        ("'Never.' That was all the workers' leader said.", ["Never."]),
        ("The dockers' leader said the bosses' offer was poor.", []),
        ("They said 'maybe' and left.", []),  # no capital, no closing punctuation
    ],
)
def test_straight_single_marks_quote_where_they_open_a_capital_and_close_a_sentence(
    text: str, passages: list[str]
):
    assert _passages(text) == passages


def test_an_unbalanced_mark_costs_only_its_own_passage():
    text = 'A "broken mark here.\n\nShe said "the deal holds" and "the port opens" today.'
    assert _passages(text) == ["the deal holds", "the port opens"]


@given(st.text(alphabet="ab A.,\"“”‘’'\n", max_size=80))
def test_passages_lie_inside_the_text_in_order_without_overlapping(text: str):
    passages = quoted_passages(text)
    for passage in passages:
        assert 0 <= passage.outer[0] < passage.start < passage.end <= passage.outer[1] - 1
        assert passage.outer[1] <= len(text)
    for before, after in itertools.pairwise(passages):
        assert before.outer[1] <= after.outer[0]


def test_a_direct_quote_takes_its_speaker_from_the_cue_after_it():
    quotes = _quotes(
        "Foreign Minister Anna Lindqvist met her Turkish counterpart on Monday.\n\n"
        "“We have agreed to keep the port open to grain ships,” Lindqvist told reporters.\n"
    )
    assert quotes == [
        (
            "direct",
            "We have agreed to keep the port open to grain ships,",
            "told",
            "Anna Lindqvist",
        )
    ]


def test_a_direct_quote_after_a_colon_and_its_continuation_keep_the_speaker():
    quotes = _quotes(
        "Turkish envoy Kemal Aydin arrived in Stockholm on Tuesday.\n\n"
        "Aydin told the Anadolu agency: “The harbour must stay open to every ship.”\n\n"
        "“There is no other way,” he added.\n\n"
        "“We expect an answer by Friday.”\n"
    )
    assert [(kind, cue, speaker) for kind, _, cue, speaker in quotes] == [
        ("direct", "told", "Kemal Aydin"),
        ("direct", "added", "Kemal Aydin"),
        ("direct", None, "Kemal Aydin"),
    ]


def test_reported_speech_is_an_indirect_quote_of_its_clause():
    quotes = _quotes(
        "Swedish Prime Minister Erik Sandberg said that the talks would resume in May.\n"
    )
    assert quotes == [
        ("indirect", "the talks would resume in May", "said", "Erik Sandberg"),
    ]


def test_a_clause_with_quoted_words_is_one_partial_quote():
    ((kind, text, cue, speaker),) = _quotes(
        "Prime Minister Erik Sandberg insisted that the deal was “final and binding” "
        "for both sides.\n"
    )
    assert (kind, cue, speaker) == ("partial", "insisted", "Erik Sandberg")
    assert text == "the deal was “final and binding” for both sides"


def test_quoted_words_a_quote_verb_frames_are_a_partial_quote():
    ((kind, text, cue, speaker),) = _quotes(
        "Prime Minister Erik Sandberg described the blockade as “a grave mistake”.\n"
    )
    assert (kind, text, cue, speaker) == (
        "partial",
        "a grave mistake",
        "described",
        "Erik Sandberg",
    )


def test_scare_quotes_nobody_speaks_are_not_quotes():
    assert _quotes("The so-called “grain corridor” opened on Monday to most ships.\n") == []


def test_according_to_names_the_speaker():
    ((kind, text, cue, speaker),) = _quotes(
        "The ships will sail on Friday, according to Prime Minister Erik Sandberg.\n"
    )
    assert (kind, text, cue, speaker) == (
        "indirect",
        "The ships will sail on Friday",
        "according to",
        "Erik Sandberg",
    )


def test_a_statement_speaks_for_the_body_that_issued_it():
    quotes = _quotes(
        "A Foreign Ministry statement said the envoy had been summoned.\n\n"
        "“The ministry regrets the incident,” said the statement, "
        "which was issued late on Monday.\n"
    )
    assert [(kind, cue, speaker) for kind, _, cue, speaker in quotes] == [
        ("indirect", "said", "Foreign Ministry"),
        ("direct", "said", "Foreign Ministry"),
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            (
                "The Transport Committee published its report on Monday.\n\n"
                "They said ministers should scrap the road charge.\n"
            ),
            "Transport Committee",
        ),
        (
            (
                "The Green Party held its spring conference in Bath.\n\n"
                "It said ministers should scrap the road charge.\n"
            ),
            "Green Party",
        ),
    ],
)
def test_a_speaking_pronoun_heading_its_sentence_is_the_body_that_sentence_follows(body, speaker):
    assert [q[3] for q in _quotes(body)] == [speaker]


def test_a_speaking_it_after_a_sentence_about_a_document_is_whom_it_was_quoted_as():
    quotes = _quotes(
        "Rail fares are far too high, campaigner Tom Hale said.\n\n"
        "The study was published by the Fair Fares Group in March.\n\n"
        "It says ministers should freeze fares for two years.\n"
    )
    assert [q[3] for q in quotes] == ["Tom Hale", "Tom Hale"]


def test_a_relative_clause_speaks_for_the_noun_it_hangs_from():
    quotes = _quotes("The talks were led by Erik Sandberg, who said the port would reopen soon.\n")
    assert quotes == [("indirect", "the port would reopen soon", "said", "Erik Sandberg")]


def test_verbs_inside_a_quotation_are_not_cues():
    quotes: list[Quote] = list(
        _article(
            "“I said that the port would stay open and it will,” Anna Lindqvist told reporters.\n"
        ).quotes
    )
    assert [q.kind for q in quotes] == ["direct"]


@pytest.mark.parametrize(
    ("verb", "meaning"), [("say", "neutral"), ("insist", "assertive"), ("deny", "negative")]
)
def test_the_lexicon_keeps_what_each_verb_means(verb: str, meaning: str):
    (cue, *_) = load().verbs[verb]
    assert cue.meaning == meaning


def test_critics_of_a_body_are_not_its_voice():
    # The critics speak for themselves (a group of their own), not for the government.
    quotes = _quotes('Critics of the Peruvian government say "the port should stay open".\n')
    assert [speaker for *_, speaker in quotes] == ["Critics"]


@pytest.mark.parametrize(
    "said",
    [
        '"We will ask the court to award him damages."',  # the parse splits the subject
        '"We will appeal."',  # the parse takes the name for an apposition
    ],
)
def test_a_name_beside_a_tie_noun_is_the_one_who_speaks(said: str):
    # "lawyer" names her by her tie to him; the name beside it says who she is.
    quotes = _quotes(
        "Dockworker Tomas Brandt has sued the port authority.\n\n"
        f"His lawyer Miriam Okafor said: {said}\n"
    )
    assert [speaker for *_, speaker in quotes] == ["Miriam Okafor"]


def test_a_body_named_after_the_word_for_its_kind_is_the_one_who_speaks():
    # The parse makes "group" and "Harbour Trust" two subjects of "welcomed";
    # the word for its kind names no actor, the name after it does.
    quotes = _quotes(
        'Campaign group the Harbour Trust "welcomed" the ruling, but said it came too late.\n'
    )
    assert [speaker for *_, speaker in quotes] == ["Harbour Trust"]


@pytest.mark.parametrize(
    ("body", "second"),
    [
        (
            (
                "The Greens say the port plan will cost jobs, while the Liberal Party says "
                "the plan would mean higher taxes.\n"
            ),
            ("indirect", "the plan would mean higher taxes", "says", "Liberal Party"),
        ),
        (
            (
                "Ann Hale insisted she had made no promises while Tom Reed says he will "
                "not let rumours distract him.\n"
            ),
            ("indirect", "he will not let rumours distract him", "says", "Tom Reed"),
        ),
    ],
)
def test_a_second_speaker_set_against_the_first_keeps_their_own_words(body, second):
    first, *rest = _quotes(body)
    assert rest == [second]
    assert second[1] not in first[1]


def test_a_pluperfect_coordinate_stays_the_first_speakers_words():
    quotes = _quotes(
        "Tom Reed spoke on Monday, saying the review was under way and the tribunal "
        "had stressed his right to appeal was intact.\n"
    )
    assert [(kind, speaker) for kind, _, _, speaker in quotes] == [("indirect", "Tom Reed")]


def test_paragraphs_parted_by_one_line_break_keep_their_own_quotes():
    article = _article(
        'Pressed on the point, Mr Dane told the panel: "We will cut fares."\n'
        "Interviewed on radio, Ms Okafor said the council had no plan.\n"
    )
    names = {a.id: a.name for a in article.actors}
    said = {q.text: names.get(q.speaker or "") for q in article.quotes}
    assert said == {"We will cut fares.": "Dane", "the council had no plan": "Okafor"}


def test_a_name_in_apposition_speaks_rather_than_the_one_named_inside_the_role():
    # "Fenwick's deputy, Lucy Barr": the deputy speaks, not the minister she deputises for.
    quotes = _quotes(
        "Port minister Alan Fenwick backed the new tariffs on Monday.\n\n"
        "Fenwick's deputy, Lucy Barr, insisted the tariffs were long overdue.\n"
    )
    assert quotes == [("indirect", "the tariffs were long overdue", "insisted", "Lucy Barr")]


def test_what_is_said_in_a_report_is_said_by_its_issuer():
    # The parse hangs the "that" clause from "report", not from "said".
    quotes = _quotes(
        "The charity Harbour Watch said in a report that one in five dockers worked unpaid "
        "overtime.\n"
    )
    assert quotes == [
        ("indirect", "one in five dockers worked unpaid overtime", "said", "Harbour Watch")
    ]


def test_an_inverted_ask_after_a_quotation_is_the_askers():
    # The parse takes "its leader" for the one asked, the object of "asked".
    quotes = _quotes(
        "The dockers' union walked out of the port talks.\n\n"
        '"How can we talk while our members are being locked out?" asked its leader, '
        "Ivan Dorn.\n"
    )
    assert [speaker for *_, speaker in quotes] == ["Ivan Dorn"]


def test_a_named_speaker_keeps_the_quote_over_the_role_beside_the_name():
    quotes = _quotes(
        "Tom Reed MP, Labour's shadow transport secretary, said the port sums did not add up.\n"
    )
    assert [speaker for *_, speaker in quotes] == ["Tom Reed"]


def test_an_unattributed_quotation_is_spoken_by_the_person_the_sentence_before_is_about():
    quotes = _quotes(
        "The harbour board met on Monday to discuss the strike.\n\n"
        "Dock union leader Sam Reddin is scathing about the board.\n\n"
        '"The board has betrayed every family in this town. It cannot run the port."\n'
    )
    assert [(kind, cue, speaker) for kind, _, cue, speaker in quotes] == [
        ("direct", None, "Sam Reddin")
    ]


def test_an_unattributed_quotation_after_a_passive_sentence_has_no_speaker_from_it():
    # The one a deed is done to is not the one who comments on it.
    quotes = _quotes(
        "Dock union leader Sam Reddin was jailed for two years on Monday.\n\n"
        '"Justice has finally been done for the families of this town."\n'
    )
    assert [speaker for *_, speaker in quotes] in ([], [None])


def test_an_unattributed_answer_in_a_dialogue_keeps_the_speaker_quoted_before():
    # The sentence before is the question and its asker; the answer is the witness's.
    quotes = _quotes(
        "Harbour master Ruth Keane gave evidence to the port inquiry on Monday.\n\n"
        '"The gates were never left open," Keane said.\n\n'
        '"Did you ever see them open at night?" lawyer Tom Pryce pressed.\n\n'
        '"Not once in ten years."\n'
    )
    assert [speaker for *_, speaker in quotes][-1] != "Tom Pryce"


def test_a_name_beside_the_subjects_tie_noun_speaks_the_quotation_after_it():
    quotes = _quotes(
        "The port closed on Friday.\n\n"
        "His friend, Ann Lowe, leader of the county Green group, lays the blame on one issue.\n\n"
        '"You cannot underestimate the impact of the closure on this town."\n'
    )
    assert [speaker for *_, speaker in quotes][-1] == "Ann Lowe"


def test_a_person_named_inside_a_thing_does_not_speak_the_quotation_after_it():
    # "the Tom Reed attack" is an attack, not Tom Reed.
    quotes = _quotes(
        "The harbour board met on Monday.\n\n"
        'The Tom Reed "pirate" attack is just the latest example of the row.\n\n'
        '"I have to say I do not understand what they are doing."\n'
    )
    assert [speaker for *_, speaker in quotes][-1] != "Tom Reed"


@pytest.mark.parametrize(
    ("body", "author"),
    [
        (
            (
                "Labour MPs rounded on the prime minister over claims in journalist Helen "
                "Marsh's new book.\n\n"
                "The new book claims the prime minister broke a promise to the chancellor.\n"
            ),
            "Helen Marsh",
        ),
        (
            (
                "Fewer pupils are learning languages than a decade ago, a report says.\n\n"
                "The report, by the Institute for Public Policy Research, warns that schools "
                "have let the subject slide.\n"
            ),
            "Institute for Public Policy Research",
        ),
        (
            (
                "The study was published by the Fabian Society on Monday.\n\n"
                "The study says ministers have failed poor families.\n"
            ),
            "Fabian Society",
        ),
    ],
)
def test_a_work_that_speaks_is_the_author_the_story_names_for_it(body: str, author: str):
    assert {q[3] for q in _quotes(body)} == {author}


def test_a_work_whose_author_is_named_nowhere_has_no_speaker():
    quotes = _quotes("Fewer pupils are learning languages than a decade ago, a new study says.\n")
    assert [q[3] for q in quotes] == [None]
