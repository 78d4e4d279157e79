"""Bodies named by what they are ("the court", "the charity"), on sentences we wrote."""

import pytest

import dateline
from actor_names import coding, report


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


def _group_of(article, phrase):
    at = article.text.index(phrase) + len(phrase) - 1
    return next(a.id for a in article.actors if any(s <= at < e for s, e in a.mentions))


def test_the_men_are_not_the_families_named_just_before_them():
    (article,) = dateline.extract(
        "Homecoming\n\nFour detainees flew home from the camp on Tuesday. Their lawyer said "
        "the families hoped to see the men again within days.\n"
    )
    assert _group_of(article, "the men") != _group_of(article, "the families")


def test_the_suspects_and_the_detainees_are_the_men_the_story_is_about():
    (article,) = dateline.extract(
        "Detentions\n\nThe men were held at a police station in Leeds on Monday. Officers "
        "said the suspects would be questioned. The detainees were later moved to London, "
        "where six other prisoners were waiting.\n"
    )
    men = _group_of(article, "The men")
    assert _group_of(article, "the suspects") == men
    assert _group_of(article, "The detainees") == men
    assert _group_of(article, "six other prisoners") != men


def test_counted_people_of_a_country_the_model_leaves_untagged_are_a_group():
    (article,) = dateline.extract(
        "Freed\n\nThe four Britons held at the airport were freed on Monday, officials said.\n"
    )
    britons = next(a for a in article.actors if "Britons" in a.name)
    assert (britons.kind, britons.country, britons.sector) == ("group", "GBR", "CVL")


def test_the_people_and_the_pensioners_are_not_the_firms_or_shareholders_named_before():
    (article,) = dateline.extract(
        "Rates\n\nThe firms raised their prices in April. The people of the county will "
        "pay more this year, they said. Angry shareholders complained on Monday. The "
        "pensioners would be hit hardest, they said.\n"
    )
    assert _group_of(article, "The people") != _group_of(article, "The firms")
    assert _group_of(article, "The pensioners") != _group_of(article, "Angry shareholders")


@pytest.mark.parametrize("word", ["Pundits", "Commentators", "Observers", "Unionists"])
def test_people_who_comment_or_belong_to_a_cause_are_a_group_when_they_act(word):
    (article,) = dateline.extract(f"Poll\n\n{word} expect the vote to be close in May.\n")
    at = article.text.index(word)
    kinds = [a.kind for a in article.actors if any(s <= at < e for s, e in a.mentions)]
    assert kinds == ["group"]


def test_the_party_is_the_subject_s_unless_its_own_sentence_names_one_before_it():
    about_fox = dateline.extract(
        "Loan Row\n\nTory co-chairman Liam Fox attacked Labour's new pledges as empty on "
        "Sunday. He refused to discuss reports that the party had repaid a donor.\n",
        published="2024-03-10",
    )[0]
    assert "party" in _mentions_of(about_fox, "Conservative Party")
    about_labour = dateline.extract(
        "Schools Row\n\nTory leader Michael Howard attacked Labour on Monday, "
        "saying the party had failed pupils.\n",
        published="2024-03-10",
    )[0]
    assert "party" in _mentions_of(about_labour, "Labour Party")


def test_the_public_is_a_group_of_civilians_of_the_story_s_country():
    (article,) = dateline.extract(
        "Ballot plans\n\nThe Home Secretary said on Monday that the public would be asked "
        "for its views on the new voting rules before they reach Parliament.\n"
    )
    public = next(
        a for a in article.actors if any(article.text[s:e] == "public" for s, e in a.mentions)
    )
    assert (public.kind, public.sector, public.country) == ("group", "CVL", "GBR")


def test_a_nation_s_public_is_a_group_of_that_country_not_the_country_itself():
    (article,) = dateline.extract(
        "Treaty vote\n\nThe Dutch public rejected the charter by a wide margin on Wednesday, "
        "and ministers in The Hague said they would respect the result.\n"
    )
    public = next(
        a for a in article.actors if any(article.text[s:e] == "Dutch public" for s, e in a.mentions)
    )
    assert (public.kind, public.sector, public.country) == ("group", "CVL", "NLD")


def test_the_public_is_neither_a_group_named_before_nor_the_one_the_men_point_back_at():
    (article,) = dateline.extract(
        "Smoking rules\n\nFines for those individuals who flout the ban will be reviewed. The "
        "health minister said the public backed the law. Police stopped five men outside a bar. "
        "The men were later released.\n"
    )
    public = _group_of(article, "the public")
    assert public != _group_of(article, "those individuals")
    assert public != _group_of(article, "The men")


def test_the_men_are_the_counted_men_named_last_not_an_earlier_group():
    (article,) = dateline.extract(
        "Court fines\n\nFines for those individuals who flout the ban will be reviewed. Police "
        "stopped five men outside a bar in Leeds. The men were later released.\n"
    )
    assert _group_of(article, "The men") == _group_of(article, "five men")


def test_the_unions_are_a_group_of_labour():
    (article,) = dateline.extract(
        "Job cuts\n\nThe Post Office plans to close 40 sorting offices. Unions accused the "
        "board of breaking its word to staff in Leeds.\n"
    )
    unions = next(a for a in article.actors if a.name == "Unions")
    assert (unions.kind, unions.sector) == ("group", "LAB")
    assert any(e.type == "ACCUSE" and e.actor == (unions.id,) for e in article.events)


def test_the_partys_mps_meeting_as_a_body_are_not_the_party():
    text = (
        "Meeting\n\nLabour unveiled its poster on Monday. Later the prime minister told the "
        "Parliamentary Labour Party that the election would be hard. Several members spoke "
        "at the PLP meeting.\n"
    )
    (article,) = dateline.extract(text)
    names = {a.name: [article.text[s:e] for s, e in a.mentions] for a in article.actors}
    assert names["Parliamentary Labour Party"] == ["Parliamentary Labour Party", "PLP"]
    assert names["Labour Party"] == ["Labour"]


def test_the_party_of_a_lead_named_next_is_his_not_the_party_he_joins():
    (article,) = dateline.extract(
        "MP defects\n\nA Conservative MP has joined Labour. Peter Arkwright, 61, said he "
        "was tired of the party's leadership and its stance on Europe.\n"
    )
    assert "party" in _mentions_of(article, "Conservative Party")
    assert "party" not in _mentions_of(article, "Labour Party")


def test_the_party_is_not_a_committee_of_the_party_named_last():
    (article,) = dateline.extract(
        "Conference\n\nLabour's ruling National Executive Committee met on Tuesday. "
        "It is the first time the party has chosen Leeds for its conference.\n"
    )
    assert "party" in _mentions_of(article, "Labour Party")
    assert "party" not in _mentions_of(article, "National Executive Committee")


def test_a_body_word_alone_is_the_body_the_text_already_called_by_it():
    (article,) = dateline.extract(
        "Truce\n\nChad's army and the paramilitary Border Defence Forces agreed a truce on "
        "Saturday. Their commander accused the army of shelling villages. The army denied it.\n"
    )
    army = next(a for a in article.actors if a.name == "Chad's army")
    assert _mentions_of(article, "Chad's army") == ["army", "army", "army"]
    assert army.code == "TCDMIL"


def test_a_bare_description_is_the_body_whose_role_ends_in_its_word():
    (article,) = dateline.extract(
        "Clashes\n\nPolice held 40 people after the march, the interior ministry said. "
        "The US State Department said it was worried. Four officers were hurt, "
        "the ministry said.\n"
    )
    assert _mentions_of(article, "interior ministry") == ["interior ministry", "ministry"]
    assert "ministry" not in _mentions_of(article, "State Department")


def test_a_body_described_as_a_rebel_group_is_one_whatever_its_name_says():
    article = report("The Karenni Army, a rebel group, said it had seized the border post.")
    assert coding(article, "Karenni Army")[2] == "REB"


@pytest.mark.parametrize(
    ("text", "body", "words"),
    [
        (
            (
                "Jails plan\n\nThe Northern Probation Service will take over the hostels. "
                "Councils and the probation service must now share their records, and "
                "ministers will invest in the service next year.\n"
            ),
            "Northern Probation Service",
            ["probation service", "service"],
        ),
        (
            (
                "Budget row\n\nThe Scottish Executive announced the cuts on Friday. Union "
                "leaders said the executive had broken its word.\n"
            ),
            "Scottish Executive",
            ["executive"],
        ),
    ],
)
def test_a_body_is_named_again_in_lower_case_by_the_words_its_name_ends_in(text, body, words):
    (article,) = dateline.extract(text)
    assert set(words) <= set(_mentions_of(article, body))


def test_the_words_a_name_ends_in_before_more_of_a_noun_phrase_are_no_mention_of_it():
    (article,) = dateline.extract(
        "Post office cuts\n\nThe Royal Mail Service said on Monday it would close 40 "
        "branches. Jobs in the service sector were also at risk, and this service which "
        "nobody wants will go.\n"
    )
    assert _mentions_of(article, "Royal Mail Service") == ["Royal Mail Service"]


def test_a_body_s_kind_after_that_or_before_a_phrase_of_the_verb_is_the_body():
    (article,) = dateline.extract(
        "Rail firm fined\n\nThe Northline Rail Company was fined on Monday. A complaint was "
        "filed against the company by a passenger group. Mr Hale quit the Green Party last "
        "year and left the leadership of that party to others.\n"
    )
    assert _mentions_of(article, "Northline Rail Company") == ["Northline Rail Company", "company"]
    assert _mentions_of(article, "Green Party") == ["Green Party", "party"]


def test_the_paper_is_the_newspaper_that_reported():
    article = report(
        "The Daily Courier said it had seen the leaked memo. The paper said the memo was "
        "written by a senior official in March."
    )
    assert _mentions_of(article, "Daily Courier") == ["Daily Courier", "paper"]


def test_the_paper_after_a_white_paper_is_not_the_newspaper_named_before():
    article = report(
        "The Daily Courier said it had seen the leaked memo. Ministers will publish a White "
        "Paper on schools next week. The paper sets out plans for 200 new academies."
    )
    assert _mentions_of(article, "Daily Courier") == ["Daily Courier"]


@pytest.mark.parametrize(
    ("body", "name", "alias"),
    [
        (
            "Militia chief Hassan Warsame, known as Jaguar, seized the port on Monday.",
            "Hassan Warsame",
            "Jaguar",
        ),
        (
            "The smuggler Ortiz Salcedo, nicknamed El Gato, was arrested in Cali.",
            "Ortiz Salcedo",
            "El Gato",
        ),
    ],
)
def test_a_name_given_as_someone_s_alias_is_that_person(body, name, alias):
    assert alias in _mentions_of(report(body), name)


@pytest.mark.parametrize(
    "after",
    [
        "The news sent shares in the firm up 4%.",
        "The chief executive quit in May and the post has been advertised since.",
        "Her claim form has twice been lost in the mail.",
    ],
)
def test_the_news_the_post_and_the_mail_are_no_newspaper_named_before(after):
    article = report(f"The Evening Post reported the takeover talks on Monday. {after}")
    mentions = [m for a in article.actors for s, e in a.mentions for m in [article.text[s:e]]]
    assert not {"news", "post", "mail"} & set(mentions)


def test_a_programme_told_by_its_title_alone_is_that_programme():
    article = report(
        'Treasury minister Paul Dane told Today the sums were sound. "We will not borrow '
        "to spend,\" he told BBC Radio 4's Today on Friday. Today the Tories will set out "
        "their own plans."
    )
    assert _mentions_of(article, "Today programme") == ["Today", "Today"]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            (
                "Party gift\n\nRetail tycoon Sir Tom Hunter has given £2m to the Liberal "
                "Democrats. Sir Tom said he admired their policies on schools. Mr Hunter has "
                "given to charities before. It is the largest gift to the party by the "
                "billionaire since 2001.\n"
            ),
            "Tom Hunter",
            "billionaire",
        ),
        (
            (
                "New party\n\nFormer actor Gareth Pryce is to stand in the seat of Rhyl at the "
                "next election. Mr Pryce left the Green Party last month. Gareth Pryce says he "
                "wants to shake up Welsh politics. The North Wales MEP plans to launch his "
                "party in March.\n"
            ),
            "Gareth Pryce",
            # The region is the role's modifier, inside its span ("Russian diplomat").
            "North Wales MEP",
        ),
    ],
)
def test_a_role_no_one_named_holds_is_the_person_the_story_is_about(text, person, role):
    (article,) = dateline.extract(text)
    assert role in _mentions_of(article, person), [
        (a.name, [article.text[s:e] for s, e in a.mentions]) for a in article.actors
    ]


def test_a_role_is_not_the_person_named_most_when_another_is_named_nearly_as_often():
    text = (
        "Talks\n\nAnna Berg met Paul Kirk in Oslo. Ms Berg said the talks went well. Mr Kirk "
        "agreed. Ms Berg and Mr Kirk will meet again. Later the businessman flew home.\n"
    )
    (article,) = dateline.extract(text)
    assert "businessman" not in _mentions_of(article, "Anna Berg")


def test_a_role_joined_to_the_storys_person_does_not_recode_one_the_dictionary_knows():
    text = (
        "Trip\n\nLynton Crosby flew to Sydney on Monday. Mr Crosby met old friends there. "
        "Lynton Crosby will return to London next week. Friends said the trip had been a "
        "success for the strategist.\n"
    )
    (article,) = dateline.extract(text, published="2005-02-01")
    crosby = next(a for a in article.actors if a.name == "Lynton Crosby")
    assert "strategist" in _mentions_of(article, "Lynton Crosby")
    assert crosby.sector == "PTY"


def test_bodies_called_news_outlets_are_media_of_the_country_named():
    article = report(
        "Mali suspended the French outlets RFI and Radio Kayes on Tuesday. Officials in "
        "Bamako said the broadcasts were biased."
    )
    assert coding(article, "RFI") == ("organization", "FRA", "MED")


def test_a_programme_no_lexicon_lists_is_a_broadcaster_s_by_its_title():
    article = report(
        "The housing minister, Jane Corder, defended the plan on Sunday. She told ITV "
        "Anglia's Crosstalk programme that councils would get more money."
    )
    assert coding(article, "Crosstalk")[2] == "MED"
    assert _mentions_of(article, "Crosstalk") == ["Crosstalk"]


def test_this_company_is_the_corporate_services_firm_named_just_before():
    article = report(
        "The founder of merchant bank Carrow Hale gave £300,000. Also among the gifts were "
        "12 donations from Dunmore Corporate Services. This company is run by the party's "
        "former treasurer."
    )
    assert _mentions_of(article, "Dunmore Corporate Services") == [
        "Dunmore Corporate Services",
        "company",
    ]


def test_the_department_is_the_body_named_by_its_short_name_before():
    (article,) = dateline.extract(
        "Flood aid\n\nA Labour MP has attacked Defra over its slow flood grants. The National "
        "Audit Office said on Monday that Defra had cut its backlog. But the MP said the "
        "department was still failing farmers.\n"
    )
    assert _group_of(article, "the department") == _group_of(article, "attacked Defra")


def test_the_assembly_is_the_one_named_so_not_the_chamber_named_since():
    (article,) = dateline.extract(
        "Seats plan\n\nThe Tories would hold a vote on scrapping the Welsh Assembly. Their "
        "leader said MPs and Parliament should shrink too. Fewer members would sit at Cardiff "
        "if the assembly was kept, he said.\n"
    )
    assert _group_of(article, "the assembly") == _group_of(article, "Welsh Assembly")


def test_whose_party_is_the_party_of_the_one_its_clause_is_told_of():
    (article,) = dateline.extract(
        "Schools bill\n\nLiberal Democrat leader Anne Hollis, whose party opposes the bill, "
        "said the Liberal Democrats would vote against it on Tuesday.\n"
    )
    assert "party" in _mentions_of(article, "Liberal Democrats")


@pytest.mark.parametrize(
    "sentence",
    [
        "She told the party conference that taxes would fall.",
        "She has often defied the party line on school budgets.",
        "She is writing the party manifesto with two aides.",
    ],
)
def test_the_party_before_what_it_holds_or_says_is_the_party(sentence):
    (article,) = dateline.extract(
        f"Tax pledge\n\nLabour MP Ruth Gale spoke in Derby on Friday. {sentence}\n",
        published="2005-03-10",
    )
    assert "party" in _mentions_of(article, "Labour Party")


def test_the_party_leadership_is_not_the_party_itself():
    (article,) = dateline.extract(
        "Defection\n\nLabour MP Ruth Gale quit on Friday. She said she was tired of the "
        "party leadership and its plans.\n",
        published="2005-03-10",
    )
    assert "party" not in _mentions_of(article, "Labour Party")


def test_the_party_is_that_of_the_subject_of_its_own_clause_when_the_sentence_s_is_a_thing():
    (article,) = dateline.extract(
        "Veteran dies\n\nSir Hugh Dale, the Tory backbencher who stood against the leader in "
        "1990, has died. Labour won his old seat in 1997. His hopes of a ministerial post "
        "faded because he said the party had lost its way.\n",
        published="2005-03-10",
    )
    assert "party" in _mentions_of(article, "Conservative Party")
    assert "party" not in _mentions_of(article, "Labour Party")


def test_his_own_party_is_his_party():
    article = report(
        "The Labour Party met in Brighton. Labour leader Neil Pardoe spent years moving his "
        "party to the centre. Critics in his own party were unhappy."
    )
    assert _mentions_of(article, "Labour Party") == ["Labour Party", "party", "party"]


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        (
            (
                "Selection row\n\nHis constituency association has voted to drop the MP for "
                "Thornbury, Alan Pryce, before the election.\n"
            ),
            "constituency association",
        ),
        (
            (
                "Selection row\n\nThe local party association rejected the appeal by Dora "
                "Keane against her deselection.\n"
            ),
            "local party association",
        ),
    ],
)
def test_a_partys_local_branch_named_by_kind_is_a_party_actor(text, branch):
    (article,) = dateline.extract(text, published="2005-03-01")
    (found,) = [a for a in article.actors if a.name == branch]
    assert found.sector == "PTY"


def test_a_local_branch_deselecting_its_mp_is_the_doer():
    text = (
        "Selection row\n\nThe Labour MP Ruth Dane has been deselected by her constituency "
        "party after a row over the war.\n"
    )
    (article,) = dateline.extract(text, published="2005-03-01")
    names = {a.id: a.name for a in article.actors}
    assert any([names[i] for i in e.actor] == ["constituency party"] for e in article.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The revenue service has accused the company of fraud.",
        "Regulators suspect the firm of hiding its debts.",
        "An inquiry cleared the company of any wrongdoing.",
    ],
)
def test_the_firm_charged_of_something_is_the_firm_named_before(sentence):
    # The parse hangs the verb's "of" on "company": it names the charge, not the firm.
    (article,) = dateline.extract(
        "Oil group in court\n\nHalden Oil, a drilling company, owes $3bn in back taxes. "
        f"{sentence}\n"
    )
    word = "firm" if "firm" in sentence else "company"
    assert _mentions_of(article, "Halden Oil")[-1] == word
