"""Whom "he" and "she" refer to, on sentences we wrote in the shapes news uses."""

import pytest

import dateline


def _holder(article, pronoun_at):
    """The name of the actor holding the mention that starts at ``pronoun_at``."""
    return next(a.name for a in article.actors if any(s == pronoun_at for s, _ in a.mentions))


def test_a_he_inside_a_quotation_is_not_its_speaker():
    text = (
        "Visit\n\nMark Reese said Paul Dane would tour Leeds on Friday. "
        '"It matters that he is coming at last," Mr Reese told reporters.\n'
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he is coming")) == "Paul Dane"


@pytest.mark.parametrize("verb", ["went on", "hit back", "went further"])
def test_a_he_in_a_quotation_a_colon_opens_is_not_the_subject_before_the_colon(verb):
    text = (
        "Memoir\n\nTom Hale wrote a memoir that mocks his colleagues. Opposition leader Mark "
        f'Reese seized on it on Wednesday. Mr Reese {verb}: "He thinks the chancellor is weak."\n'
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("He thinks")) == "Tom Hale"


def test_the_speaker_of_a_quotation_that_goes_on_is_named_where_the_writer_last_spoke():
    text = (
        "Rift\n\nThe union's leader Carl Mott criticised the plans on Monday. What the "
        'minister wanted was "not what Ian Pratt wants", Mr Mott said. "Ministers get their '
        'money from the Treasury. "He also sends orders to every department."\n'
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("He also")) == "Ian Pratt"


def test_a_quotation_of_several_sentences_does_not_put_its_speaker_out_of_reach():
    text = (
        "Reform\n\nAlan Ferris, the chancellor, backed the Hale reforms on Monday. Tony Vane "
        'praised them. Mr Vane is a former minister. Mr Ferris said: "We will not go back. The '
        'plan is sound. We are going on with the reforms." He also said the union was wrong.\n'
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("He also")) == "Alan Ferris"


def test_a_he_after_a_sentence_is_its_main_subject_before_the_man_most_named():
    text = (
        "Campaign\n\nTony Hale opened his campaign in Derby. Mr Hale said taxes would fall, "
        "and Mr Hale promised more nurses. Critics said Mr Hale had no plan. Tory chairman "
        "Liam Ford accused Mr Hale of misleading voters. Instead, only the rich would gain, "
        "he said.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he said")) == "Liam Ford"


def test_a_man_said_to_have_spoken_is_not_the_speaker_of_the_quotation_that_follows():
    text = (
        "Visit\n\nSimon Kerr met the miners' widows in Durham on Monday. Later Dan Hollis said "
        'Mr Kerr had spoken with "real warmth", adding: "He stayed longer than we hoped, and '
        'he listened to everyone."\n'
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("He stayed")) == "Simon Kerr"
    assert _holder(article, article.text.index("he listened")) == "Simon Kerr"


def test_a_he_in_what_a_man_is_said_to_say_is_that_man():
    # Mr Vane is named most, and in the same sentence, but Mr Hale says it.
    text = (
        "Strike\n\nTony Vane, the rail union's leader, called a strike on Monday. Mr Vane "
        "said talks had failed. Mr Vane's deputy backed him. Asked about the claims Mr Vane "
        "made, transport secretary Ian Hale said he would not give in.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he would")) == "Ian Hale"


def test_a_he_after_a_sentence_about_a_mans_thing_is_that_man():
    # Mr Kerr is named last before it, but the sentence is about Mr Dale's tour.
    text = (
        "Tour\n\nTrade secretary Owen Dale flew to Tokyo on Sunday. His shadow, Neil Kerr, "
        "called the trip a waste of money. Mr Dale's visit is the first by a minister since "
        "the summit. He will meet the heads of three carmakers.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("He will")) == "Owen Dale"


def test_a_she_after_a_womans_relative_leads_a_sentence_is_not_that_woman():
    text = (
        "Appeal\n\nMary Tull was jailed in May. Ann Ross, her lawyer, has appealed. Ms Tull's "
        "mother visited the prison on Monday. She said the family would fight on.\n"
    )
    (article,) = dateline.extract(text)
    assert all(
        not any(s == article.text.index("She said") for s, _ in a.mentions)
        for a in article.actors
        if a.name == "Mary Tull"
    )


def test_a_he_after_a_passive_sentence_is_its_doer():
    # Mr Pugh is named more, and in the same sentence, but Mr Rhys is the one who acts.
    text = (
        "Plan\n\nGareth Pugh unveiled a plan for the valleys on Monday. Mr Pugh said it would "
        "bring jobs. The plan drawn up for Mr Pugh has been attacked by the council leader, "
        "Huw Rhys. He said the sums did not add up.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("He said")) == "Huw Rhys"


def test_a_he_who_speaks_inside_a_quotation_is_not_its_speaker():
    # "he says" in a quotation is the speaker telling what another says.
    text = (
        "Defection\n\nTom Reed left the Liberal party on Friday. Party leader Sam Cole said "
        'Mr Reed had been a loyal member. "As he rightly says, we have lost touch with '
        'voters," Mr Cole added.\n'
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he rightly")) == "Tom Reed"


def test_a_he_is_not_a_man_named_in_a_phrase_leading_up_to_his_own_clause():
    text = (
        "Talks\n\nPrime minister Jon Hale met Carl Mott, the Irish leader, in Paris on Monday. "
        "Mr Hale said the talks had gone well. But standing next to Mr Hale, he added that "
        "trade was still a worry.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he added")) == "Carl Mott"


def test_a_he_may_be_the_subject_of_a_clause_leading_up_to_his_own():
    text = (
        "Talks\n\nPrime minister Jon Hale met Carl Mott in Paris on Monday. After Mr Hale "
        "had spoken to reporters, he flew back to London.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he flew")) == "Jon Hale"


def test_a_he_in_an_opening_question_is_the_one_who_answers():
    text = (
        "Leader\n\nTom Reed criticised the party's tax plans on Monday. Asked whether he "
        "would stand down, party leader Sam Cole told reporters he had no plans to go.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he would")) == "Sam Cole"


def test_a_he_someone_is_urged_to_admit_is_the_one_urged():
    # Mr Hale speaks, and is named most, but the chancellor is to admit it.
    text = (
        "Budget\n\nTory leader Ian Hale attacked the budget on Monday. Mr Hale said taxes had "
        "risen. He urged the chancellor, Paul Dane, to admit he had broken his promises.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he had broken")) == "Paul Dane"


def test_a_he_in_the_question_put_to_a_man_is_the_one_asked():
    # Mr Hale asks, and is the sentence's subject, but the question is of the minister.
    text = (
        "Schools\n\nTory spokesman Ian Hale asked the schools minister, Paul Dane, whether he "
        "had ignored the inspectors' warnings. Mr Dane denied it.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he had ignored")) == "Paul Dane"


def test_a_he_in_a_question_put_to_reporters_is_still_the_one_who_asks():
    text = (
        "Schools\n\nTory spokesman Ian Hale asked reporters whether he had ever broken "
        "a promise to parents.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he had ever")) == "Ian Hale"


def test_a_he_timing_what_a_body_did_to_a_man_is_that_man():
    # Mr Hale is named most, but the council's payment names Mr Reed.
    text = (
        "Payout\n\nCouncil leader Ian Hale defended the payment on Monday. Mr Hale said the "
        "sum was fair. Mr Hale said the council had paid £50,000 to Tom Reed after he "
        "threatened to sue.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he threatened")) == "Tom Reed"


def test_a_he_who_reports_a_clause_is_not_the_man_it_names():
    text = (
        "Trial\n\nPeter Lang told the court on Tuesday that his deputy, Mark Hollis, kept the "
        'books. Mr Hollis "handled every payment," he told jurors. Later Mr Hollis left.\n'
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he told")) == "Peter Lang"


def test_a_he_said_after_a_clause_about_another_man_is_the_speaker():
    text = (
        "Campaign\n\nDavid Rowe opened the campaign in Leeds on Monday. Mr Rowe said the party "
        "would fight hard for every seat. And Tony Hale would lead the campaign from the front, "
        "he said.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he said")) == "David Rowe"


def test_a_he_in_brackets_after_a_sentence_about_a_man_may_be_that_man():
    text = (
        "Profile\n\nJohn Reid has run the department since 2003. How long Mr Reid will stay in "
        "the post is unclear (he once said there are two kinds of minister).\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he once")) == "John Reid"


def test_a_he_said_closing_a_report_is_the_one_who_spoke_last_not_a_man_named_since():
    text = (
        "Campaign\n\nParty chairman Alan Gale set out the campaign plans on Monday. Voters, he "
        "claimed, would not trust the Tories. They might, however, picture Michael Howard in "
        "Downing Street. And Tony Blair would lead the fight from the front, he said.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he said")) == "Alan Gale"


def test_an_age_standing_alone_is_the_person_named_before_it():
    text = (
        "Obituary\n\nFormer transport minister Sir Hugh Penrose has died at his home in "
        "Norfolk, his family said. The 78-year-old had served in three cabinets.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("78-year-old")) == "Hugh Penrose"


def test_an_age_is_someone_named_not_a_role_named_nearer():
    text = (
        "Custody\n\nThe report looked at the case of Liam Dorsey, who died in a cell in 2003, "
        "and urged the justice secretary to order an inquiry. It said that the 17-year-old "
        "had asked for help.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("17-year-old")) == "Liam Dorsey"


def test_an_age_that_describes_a_noun_is_no_mention_of_its_own():
    text = "Arrest\n\nPolice arrested Dan Mercer in Leeds. A 40-year-old man was also held.\n"
    (article,) = dateline.extract(text)
    start = article.text.index("40-year-old")
    # The man held is someone new (actors/private_persons.py), never Dan Mercer.
    mercer = next(a for a in article.actors if a.name == "Dan Mercer")
    assert not any(s <= start < e for s, e in mercer.mentions)


def test_a_he_opening_a_speakers_next_quotation_is_not_the_speaker():
    # "He never said ..." is the banker's own words about his deputy, though
    # "He" is the subject of a verb of saying at the head of its sentence.
    text = (
        "Fraud\n\nThe bank's former head, Tom Harris, faces ten years in jail. His finance "
        "director, Peter Mills, has told jurors he warned his boss about the accounts. However "
        'on Tuesday Mr Harris denied the claims. "I was never told by Peter Mills that anything '
        'was wrong," he told the court. "He never said he had changed the figures."\n'
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("He never")) == "Peter Mills"


def test_a_he_in_a_clause_giving_the_aim_of_an_act_is_its_doer():
    text = (
        "Tax Row\n\nJohn Hale has attacked the Budget. Mr Hale said it was a gamble, and Mr "
        "Hale told MPs so on Monday. Mr Hale did not say it, but his party believes the "
        "chancellor Tom Pike is cutting taxes so he can win votes in the spring.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he can win")) == "Tom Pike"


def test_a_he_after_a_clause_setting_the_scene_is_its_subject():
    # Mr Hale is named most, but the "as" clause before "he" is about Mr Reed.
    text = (
        "Row\n\nMinister Ian Hale defended the reforms on Monday. Mr Hale said the plans were "
        "sound. Mr Hale also said that as Tom Reed had never sat in the cabinet, he could not "
        "know how the decisions were made.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he could not")) == "Tom Reed"


def test_a_he_after_a_setting_clause_with_his_own_pronoun_is_not_its_subject():
    # "him" in the "if" clause is the one "he" goes on with, not Mr Reed.
    text = (
        "Campaign\n\nChancellor Ian Hale spoke in Leeds on Monday. Mr Hale wants a bigger role. "
        "If Tom Reed will not let him lead the campaign, he can still shape the manifesto.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he can still")) == "Ian Hale"


def test_a_he_after_a_woman_with_a_mans_given_name_is_not_her():
    # "Gareth" suggests a man, but "Ms Rowe" says otherwise: the "he" after
    # her sentence is the man she spoke of.
    text = (
        "Appeal\n\nGareth Rowe, a lawyer for the family, criticised the ruling on Monday. "
        "Ms Rowe said Tom Hale had ignored the evidence. He refused to comment.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("He refused")) == "Tom Hale"


def test_a_he_in_the_reason_a_man_was_sacked_is_the_man_sacked():
    text = (
        "Sacked\n\nClub chairman Ian Hale sacked the manager, Tom Reed, after he criticised "
        "the players in public. Mr Hale said the decision was final.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he criticised")) == "Tom Reed"


def test_a_he_in_the_reason_a_man_was_met_may_be_the_one_who_met_him():
    # Meeting someone is no judgement of what he did: the lexicon leaves it out.
    text = (
        "Talks\n\nIan Hale met Tom Reed after he arrived in Leeds. Mr Hale said the talks "
        "went well.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he arrived")) == "Ian Hale"


def test_a_name_that_only_qualifies_a_body_is_not_whom_he_means():
    text = (
        "Obituary\n\nBorn in Leeds in 1921, Lord Harwood taught at a grammar school. "
        "Once a deputy minister in the Attlee government, he was made home secretary "
        "in 1964.\n"
    )
    (article,) = dateline.extract(text, published="2005-03-10")
    assert _holder(article, article.text.index("he was made")) == "Harwood"


def test_a_name_inside_a_phrase_parsed_as_a_second_subject_is_not_the_pronoun_s():
    # The model makes "One" a subject of "made" beside "he": the phrase says
    # who "he" is, and the man he worked under is someone else.
    text = (
        "Retirement\n\nLong-serving MP Alan Harbottle announced on Friday that he would retire "
        "at the next poll. One of a handful of MPs to work under Harold Wilson, he was made "
        "transport minister in 1997.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he was made")) == "Alan Harbottle"


def test_a_quotation_that_names_its_own_sayer_takes_no_speaker_from_the_sentence_before():
    text = (
        "Talks\n\nA palace statement said Queen Mara “welcomed the envoy and praised his "
        "patience.”\n\n“She stressed that the kingdom wants calm on the border,” said the "
        "statement, which did not mention the dispute.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("She stressed")) == "Mara"


def test_a_name_in_a_participle_opening_the_sentence_is_not_its_he():
    # The model makes "Trained" the root and "served" a verb beside it.
    text = (
        "Obituary\n\nPeter Lowe was born on 3 May, 1931. Trained by Alan Crisp at Harrow, and "
        "at Trinity College, Cambridge, he served in the Royal Navy from 1950 to 1952 and was "
        "injured in Korea.\n"
    )
    (article,) = dateline.extract(text)
    assert _holder(article, article.text.index("he served")) == "Peter Lowe"
