"""Repairs to the model's parse, on sentences we wrote."""

import pytest

from dateline.nlp import load as load_model
from dateline.nlp import model_name, to_parse
from dateline.parse_repair import repair
from dateline.records import Token


def _parse(text):
    return to_parse(load_model()(text), model_name())


def _root(parse):
    return next(t.text for t in parse.tokens if t.dep == "ROOT")


@pytest.mark.parametrize(("text", "verb", "subject"), [
    ("Liberal Democrat peer Lord Reaves called last week for observers at the election.",
     "called", "Reaves"),
    ("Ann Porter, chairman of the Commission for Fair Trade, called on Mr Hale to drop the plan.",
     "called", "Porter"),
    ("A report by two committees of MPs called on Friday for swift reforms of the law.",
     "called", "report"),
])  # fmt: skip
def test_a_verb_the_model_hung_on_its_subject_becomes_the_root(text, verb, subject):
    parse = _parse(text)
    assert _root(parse) == verb
    (found,) = (t for t in parse.tokens if t.dep == "nsubj")
    assert found.text == subject
    assert next(t for t in parse.tokens if t.text == verb).tag == "VBD"


def test_a_sentence_that_ends_its_paragraph_is_repaired_as_one_that_does_not():
    # The paragraph break after the full stop is a token of the sentence.
    text = (
        "Envoy urges calm\n\nThe head of the regional trade body, Halima Osei, called on "
        "Accra to reopen the border crossing.\n\nShe spoke in Lome."
    )
    parse = _parse(text)
    called = next(t for t in parse.tokens if t.text == "called")
    assert called.dep == "ROOT"
    assert parse.tokens[called.head] == called
    (subject,) = (
        t for t in parse.tokens if t.dep == "nsubj" and t.head == parse.tokens.index(called)
    )
    assert subject.text == "head"


@pytest.mark.parametrize("text", [
    "Jordan, whose Aqaba port revenue has fallen sharply, called on all sides to show restraint.",
    "Ghana, whose cocoa export revenue has fallen sharply, called on all sides to stop fighting.",
])  # fmt: skip
def test_a_verb_the_model_joined_to_a_relative_clause_becomes_the_root(text):
    parse = _parse(text)
    assert _root(parse) == "called"
    assert any(t.dep == "nsubj" and t.text in ("Jordan", "Ghana") for t in parse.tokens)


@pytest.mark.parametrize("text", [
    "Claims made in the minister's new book on Monday about the budget.",  # no object nor particle
    "The grants awarded by the council to the schools in March.",  # an agent: a true participle
    "Two soldiers killed on Monday.",  # a caption: too short to be a sentence of the body
])  # fmt: skip
def test_a_true_participle_stays_one(text):
    parse = _parse(text)
    assert all(t.dep != "ROOT" or t.pos in ("NOUN", "PROPN") for t in parse.tokens)


def _token(text, dep, head, pos="NOUN", tag="NN"):
    return Token(
        text=text, start=0, end=0, lemma=text.lower(), pos=pos, tag=tag, dep=dep, head=head
    )


def test_repair_leaves_a_sentence_with_a_root_verb_alone():
    tokens = (
        _token("Peru", "nsubj", 1, "PROPN", "NNP"),
        _token("called", "ROOT", 1, "VERB", "VBD"),
        _token("for", "prep", 1, "ADP", "IN"),
        _token("talks", "pobj", 2),
        _token("with", "prep", 3, "ADP", "IN"),
        _token("Chile", "pobj", 4, "PROPN", "NNP"),
        _token("on", "prep", 1, "ADP", "IN"),
        _token("Monday", "pobj", 6, "PROPN", "NNP"),
        _token(".", "punct", 1, "PUNCT", "."),
    )
    assert repair(tokens, [(0, len(tokens))]) == tokens


@pytest.mark.parametrize(("text", "participle"), [
    ("Peru's minister has written to the watchdog accusing the Chilean firm of fraud.",
     "accusing"),
    ("The Green leader wrote to all three parties urging them to agree.", "urging"),
])  # fmt: skip
def test_what_a_letter_says_is_its_writers_not_its_addressees(text, participle):
    parse = _parse(text)
    (found,) = (t for t in parse.tokens if t.text == participle)
    assert found.dep == "advcl"
    assert parse.tokens[found.head].lemma == "write"


def test_a_participle_after_a_plain_to_stays_on_its_noun():
    parse = _parse("The minister gave grants to schools offering evening classes to adults.")
    (found,) = (t for t in parse.tokens if t.text == "offering")
    assert parse.tokens[found.head].text != "gave"


def test_the_subject_of_an_inverted_passive_is_its_subject():
    parse = _parse("Also detained were Ana Rojas and two of her brothers.")
    (found,) = (t for t in parse.tokens if t.text == "Rojas")
    assert found.dep == "nsubjpass"
    assert parse.tokens[found.head].text == "detained"


def test_a_past_tense_joined_to_an_infinitive_is_the_root_verbs_conjunct():
    parse = _parse(
        "She said the damage seemed to have been serious and called on the owners to pay for it."
    )
    (called,) = (t for t in parse.tokens if t.text == "called")
    assert parse.tokens[called.head].text == "said"


def test_a_past_tense_joined_to_an_infinitive_on_a_noun_is_the_root_verbs_conjunct():
    parse = _parse(
        "Charities condemned the attempt to remove the family and accused officials of lying."
    )
    (accused,) = (t for t in parse.tokens if t.text == "accused")
    assert parse.tokens[accused.head].text == "condemned"


@pytest.mark.parametrize(("text", "verb", "saying"), [
    ('But Ms Kerr said the bill "felt like a rushed job", and urged the council to wait.',
     "urged", "said"),
    ("Mr Dale said the figures were wrong and dismissed talk of a crisis in the party.",
     "dismissed", "said"),
    ("The rights group said 40 people had been arrested and accused officers of beating them.",
     "accused", "said"),
])  # fmt: skip
def test_the_speakers_next_act_is_joined_to_the_verb_of_saying(text, verb, saying):
    parse = _parse(text)
    (found,) = (t for t in parse.tokens if t.text == verb)
    assert parse.tokens[found.head].text == saying


def test_a_passive_told_twice_keeps_its_conjunct():
    parse = _parse("The union said two members had been arrested and charged with assault.")
    (found,) = (t for t in parse.tokens if t.text == "charged")
    assert parse.tokens[found.head].text == "arrested"


def test_a_reported_clause_that_reports_speech_keeps_its_conjuncts():
    parse = _parse("Mr Dale said the minister warned of cuts and urged calm.")
    (found,) = (t for t in parse.tokens if t.text == "urged")
    assert parse.tokens[found.head].text == "warned"


def test_a_participle_after_a_noun_taken_for_a_past_tense_is_the_nouns():
    parse = _parse(
        "Finance minister Anna Rahn has confirmed plans to cut the levy on small firms to 2%,"
        ' in a move branded a "shameful retreat" by the Liberal Democrats.'
    )
    (branded,) = (t for t in parse.tokens if t.text == "branded")
    assert (branded.tag, branded.dep, parse.tokens[branded.head].text) == ("VBN", "acl", "move")
    # The phrase that held the noun now hangs on the clause, not on the participle.
    (in_,) = (t for t in parse.tokens if t.text == "in")
    assert parse.tokens[in_.head].text == "confirmed"


def test_a_past_tense_after_a_noun_that_says_by_no_one_stays_a_verb():
    tokens = [
        _token("Ministers", "nsubj", 1),
        _token("cut", "ROOT", 1, pos="VERB", tag="VBD"),
        _token("taxes", "dobj", 1),
        _token("voters", "nsubj", 4),
        _token("welcomed", "conj", 1, pos="VERB", tag="VBD"),
        _token("it", "dobj", 4, pos="PRON", tag="PRP"),
    ]
    assert repair(tokens, [(0, 6)]) == tuple(tokens)


def _subject_of(parse, verb):
    index = next(i for i, t in enumerate(parse.tokens) if t.text == verb)
    while parse.tokens[index].dep == "conj":
        index = parse.tokens[index].head
    return next(t.text for t in parse.tokens if t.head == index and t.dep == "nsubj")


def test_a_past_tense_after_a_present_relative_clause_is_the_next_act_of_the_verb_above():
    parse = _parse(
        "The union accused the board of closing schools where children learn and called on "
        "the minister to intervene."
    )
    assert _subject_of(parse, "called") == "union"


def test_a_relative_clause_with_its_own_pronoun_keeps_its_conjunct():
    parse = _parse(
        "Mr Dale, who is a member of the finance committee and was part of the audit, told "
        "reporters on Friday that the figures were sound."
    )
    assert _subject_of(parse, "was") == "who"


def test_a_past_tense_after_a_gerund_is_the_next_act_of_the_verb_above():
    parse = _parse(
        "The opposition accused the army of \u201cdeliberately shelling markets where families "
        "shop\u201d and called on the United Nations to impose an embargo."
    )
    assert _subject_of(parse, "called") == "opposition"


def test_a_second_gerund_after_and_to_goes_with_the_first():
    parse = _parse(
        "The Chilean envoy said after the talks that both sides had committed to reopening "
        "the border crossing \u201cwithin a month\u201d and to sharing data on smuggling gangs."
    )
    tokens = parse.tokens
    sharing = next(i for i, t in enumerate(tokens) if t.text == "sharing")
    reopening = next(i for i, t in enumerate(tokens) if t.text == "reopening")
    assert (tokens[sharing].dep, tokens[sharing].head) == ("conj", reopening)


def test_a_participle_after_a_reported_clause_is_joined_to_the_verb_of_saying():
    parse = _parse(
        "Mr Kennedy left the meeting early, saying the talks would fail and blaming the"
        " Conservatives for the deadlock."
    )
    tokens = parse.tokens
    blaming = next(i for i, t in enumerate(tokens) if t.text == "blaming")
    saying = next(i for i, t in enumerate(tokens) if t.text == "saying")
    assert (tokens[blaming].dep, tokens[blaming].head) == ("conj", saying)


def test_a_name_the_model_split_in_two_objects_is_one():
    # "Ilic accused Kosovo Prime Minister Ana Lek of lying." as the model
    # reads it for some names: "Kosovo" and "Lek" both objects of "accused".
    tokens = (
        _token("Ilic", "nsubj", 1, "PROPN", "NNP"),
        _token("accused", "ROOT", 1, "VERB", "VBD"),
        _token("Kosovo", "dobj", 1, "PROPN", "NNP"),
        _token("Prime", "compound", 4, "PROPN", "NNP"),
        _token("Minister", "compound", 6, "PROPN", "NNP"),
        _token("Ana", "compound", 6, "PROPN", "NNP"),
        _token("Lek", "dobj", 1, "PROPN", "NNP"),
        _token("of", "prep", 1, "ADP", "IN"),
        _token("lying", "pcomp", 7, "VERB", "VBG"),
        _token(".", "punct", 1, "PUNCT", "."),
    )
    repaired = repair(tokens, [(0, len(tokens))])
    assert [t.text for t in repaired if t.dep == "dobj"] == ["Lek"]
    assert (repaired[2].dep, repaired[2].head) == ("compound", 4)


def test_two_objects_with_a_word_of_their_own_between_stay_two():
    # "named Kosovo's envoy ... ": nothing here is a name split in two.
    tokens = (
        _token("They", "nsubj", 1, "PRON", "PRP"),
        _token("gave", "ROOT", 1, "VERB", "VBD"),
        _token("Kosovo", "dobj", 1, "PROPN", "NNP"),
        _token("new", "amod", 4),
        _token("aid", "dobj", 1),
        _token(".", "punct", 1, "PUNCT", "."),
    )
    assert repair(tokens, [(0, len(tokens))]) == tokens


def test_an_adjective_the_model_split_from_the_name_after_it_describes_that_name():
    # "Gaza's militant Islamic Front shelled the town." as the model reads it
    # for some names: "militant" (with "Gaza's") one subject, "Front" another.
    tokens = (
        _token("Gaza", "poss", 2, "PROPN", "NNP"),
        _token("'s", "case", 0, "PART", "POS"),
        _token("militant", "nsubj", 5, "ADJ", "JJ"),
        _token("Islamic", "compound", 4, "PROPN", "NNP"),
        _token("Front", "nsubj", 5, "PROPN", "NNP"),
        _token("shelled", "ROOT", 5, "VERB", "VBD"),
        _token("the", "det", 7, "DET", "DT"),
        _token("town", "dobj", 5),
        _token(".", "punct", 5, "PUNCT", "."),
    )
    repaired = repair(tokens, [(0, len(tokens))])
    assert [t.text for t in repaired if t.dep == "nsubj"] == ["Front"]
    assert (repaired[2].dep, repaired[2].head) == ("amod", 4)
    assert repaired[0].head == 4


def test_an_adjective_subject_before_a_common_noun_stays():
    # A common noun after the adjective, no name: nothing to mend.
    tokens = (
        _token("Critical", "nsubj", 2, "ADJ", "JJ"),
        _token("voters", "nsubj", 2, "NOUN", "NNS"),
        _token("left", "ROOT", 2, "VERB", "VBD"),
        _token(".", "punct", 2, "PUNCT", "."),
    )
    assert repair(tokens, [(0, len(tokens))]) == tokens


def test_a_verb_hung_on_its_subject_past_a_relative_clause_becomes_the_root():
    parse = _parse(
        "Qatar, which has mediators in the talks, called on both sides to free the hostages."
    )
    assert _root(parse) == "called"
    assert sorted(t.text for t in parse.tokens if t.dep == "nsubj") == ["Qatar", "which"]


def test_a_list_item_hung_on_the_verb_joins_the_list_it_continues():
    # "reform of the UN, the World Bank and the IMF": the model may make
    # "Bank" a second object of "called"; it is the next item of the list.
    tokens = (
        _token("She", "nsubj", 1, "PRON", "PRP"),
        _token("called", "ROOT", 1, "VERB", "VBD"),
        _token("for", "prep", 1, "ADP", "IN"),
        _token("reform", "pobj", 2),
        _token("of", "prep", 3, "ADP", "IN"),
        _token("Nato", "pobj", 4, "PROPN", "NNP"),
        _token(",", "punct", 1, "PUNCT", ","),
        _token("the", "det", 8, "DET", "DT"),
        _token("Bank", "oprd", 1, "PROPN", "NNP"),
        _token("and", "cc", 8, "CCONJ", "CC"),
        _token("Fund", "conj", 8, "PROPN", "NNP"),
        _token(".", "punct", 1, "PUNCT", "."),
    )
    repaired = repair(tokens, [(0, len(tokens))])
    assert (repaired[8].dep, repaired[8].head) == ("conj", 5)


def test_a_second_object_without_a_list_of_its_own_stays():
    # "called the vote, the last of the year, a sham": no "and" ends it.
    tokens = (
        _token("They", "nsubj", 1, "PRON", "PRP"),
        _token("called", "ROOT", 1, "VERB", "VBD"),
        _token("the", "det", 3, "DET", "DT"),
        _token("vote", "dobj", 1),
        _token(",", "punct", 1, "PUNCT", ","),
        _token("a", "det", 6, "DET", "DT"),
        _token("sham", "oprd", 1),
        _token(".", "punct", 1, "PUNCT", "."),
    )
    assert repair(tokens, [(0, len(tokens))]) == tokens


def test_a_whose_clause_the_model_took_for_the_sentence_gives_back_its_root():
    parse = _parse(
        "The health secretary, whose ten-year plan for hospitals and clinics is expected to be "
        "unveiled on Friday, also rejected claims that waiting lists were growing."
    )
    assert _root(parse) == "rejected"
    assert any(t.dep == "nsubj" and t.text == "secretary" for t in parse.tokens)
    assert next(t for t in parse.tokens if t.text == "expected").dep == "relcl"


def test_a_whose_clause_the_model_read_right_stays_as_it_was():
    parse = _parse(
        "The party chairman, whose campaign is due to begin next week, dismissed reports "
        "that he would stand down."
    )
    assert _root(parse) == "dismissed"
    assert next(t for t in parse.tokens if t.text == "is").dep == "relcl"


def test_a_purpose_set_off_after_an_as_clause_goes_with_the_main_verb():
    parse = _parse(
        "Then she walked to the edge of the platform as the crowd rose to its feet, "
        "to make a final appeal to them to vote."
    )
    (make,) = (t for t in parse.tokens if t.text == "make")
    assert parse.tokens[make.head].text == "walked"


def test_a_purpose_within_an_as_clause_stays_with_it():
    parse = _parse("She stood up as the crowd gathered in the square to hear her speak.")
    (hear,) = (t for t in parse.tokens if t.text == "hear")
    assert parse.tokens[hear.head].text == "gathered"


def test_a_reported_verb_hung_on_a_by_agent_is_the_first_subjects():
    parse = _parse("Troops backed by helicopters killed about 30 of the raiders, the army added.")
    (killed,) = (i for i, t in enumerate(parse.tokens) if t.text == "killed")
    (troops,) = (t for t in parse.tokens if t.text == "Troops")
    assert parse.tokens[troops.head].text == "killed"
    assert parse.tokens[parse.tokens[killed].head].text == "added"


def test_a_subject_taken_for_an_apposition_of_the_opening_phrase_is_the_verbs_subject():
    parse = _parse(
        "Along with the NUT, the RMT and Prospect hammered out a deal with the Labour Party."
    )
    (found,) = (t for t in parse.tokens if t.dep == "nsubj")
    assert found.text == "RMT"
    assert parse.tokens[found.head].text == "hammered"


def test_an_opening_phrase_before_a_subject_of_its_own_is_left_alone():
    parse = _parse("Along with France, Germany blocked the proposal at the summit on Monday.")
    (found,) = (t for t in parse.tokens if t.dep == "nsubj")
    assert found.text == "Germany"


def test_a_passive_after_an_opening_range_keeps_its_parse():
    text = "Between 1,000 and 2,000 people, mainly migrants, were killed at the camp."
    assert not [t for t in _parse(text).tokens if t.dep == "nsubj" and t.text == "migrants"]


@pytest.mark.parametrize(("text", "participle", "subject"), [
    ("Both Fitch and DBRS have long since upped their ratings on Chile's bonds.",
     "upped", "Fitch"),
    ("The two other agencies - Fitch and Moody's have long since cut their rating of Peru's debt.",
     "cut", "agencies"),
])  # fmt: skip
def test_a_perfect_split_by_long_since_keeps_have_as_its_auxiliary(text, participle, subject):
    parse = _parse(text)
    assert _root(parse) == participle
    have = next(t for t in parse.tokens if t.text == "have")
    assert have.dep == "aux"
    assert parse.tokens[have.head].text == participle
    assert _subject_of(parse, participle) == subject


def test_a_have_that_holds_an_object_stays_the_verb():
    parse = _parse("The two unions have a deal with the board, since backed by their members.")
    assert _root(parse) == "have"


@pytest.mark.parametrize(("text", "verb", "name", "dep"), [
    ('"The sums do not add up," said Tory shadow local government secretary Helen Marsh.',
     "said", "Marsh", "nsubj"),
    ('"The scheme is a shambles," said shadow local government secretary Owen Grant.',
     "said", "Grant", "nsubj"),
    ("The reply did not impress Tory shadow local government secretary Helen Marsh.",
     "impress", "Marsh", "dobj"),
])  # fmt: skip
def test_a_shadow_brief_the_model_took_for_a_verb_is_a_title(text, verb, name, dep):
    tokens = _parse(text).tokens
    shadow = next(t for t in tokens if t.text == "shadow")
    named = next(t for t in tokens if t.text == name)
    assert (shadow.pos, shadow.dep, tokens[shadow.head].text) == ("NOUN", "compound", "secretary")
    assert (named.dep, tokens[named.head].text) == (dep, verb)


def test_shadow_as_a_verb_stays_one():
    tokens = _parse("Detectives shadowed the suspect for three weeks before the arrest.").tokens
    assert next(t for t in tokens if t.text == "shadowed").pos == "VERB"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between the army and the rebels has killed nine people near the dam.",
        "Fighting between the navy and the pirates left eleven sailors dead.",
    ],
)
def test_a_gerund_subject_with_no_argument_of_its_own_is_a_noun(text):
    gerund = _parse(text).tokens[0]
    assert (gerund.pos, gerund.lemma) == ("NOUN", gerund.text.lower())


def test_a_gerund_subject_with_an_object_stays_a_verb():
    gerund = _parse("Fighting the forest fires took the crews three weeks.").tokens[0]
    assert gerund.pos == "VERB"


@pytest.mark.parametrize(
    ("text", "judged", "verdict"),
    [
        ("A jury in Leeds found Tom Hale guilty of fraud on Tuesday.", "Hale", "guilty"),
        ("A court in Lyon found the bank liable for the losses.", "bank", "liable"),
    ],
)
def test_a_verdict_read_as_a_clause_of_its_own_is_the_verbs_object(text, judged, verdict):
    tokens = _parse(text).tokens
    found = next(i for i, t in enumerate(tokens) if t.lemma == "find")
    assert (tokens[_index(tokens, judged)].dep, tokens[_index(tokens, judged)].head) == (
        "dobj",
        found,
    )
    assert (tokens[_index(tokens, verdict)].dep, tokens[_index(tokens, verdict)].head) == (
        "oprd",
        found,
    )


def test_a_verdict_told_in_a_clause_stays_one():
    tokens = _parse("The inquiry found that the bank was liable for the losses.").tokens
    assert tokens[_index(tokens, "bank")].dep == "nsubj"


def _index(tokens, text):
    return next(i for i, t in enumerate(tokens) if t.text == text)
