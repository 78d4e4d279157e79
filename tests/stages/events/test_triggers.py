"""Which words are event cues (events/triggers.py), on our sentences."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Nicole Page sought an injunction after being advised to do it by the harbour police.",
            ("REQUEST", ("harbour police",), ("Nicole Page",)),
        ),
        (
            "Nicole Page was told to stay at home by local police.",
            ("REQUEST", ("local police",), ("Nicole Page",)),
        ),
        (
            "The Chilean ambassador was ordered to leave the country.",
            ("SANCTION", (), ("Chilean ambassador",)),
        ),
    ],
)
def test_a_verb_that_bids_someone_act_is_a_cue_in_the_passive_too(body, event):
    assert event in real_events(body)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The sprinter's lawyer, Tom Brady, reacted angrily to Dick Pound's comments.",
            ("ACCUSE", ("Tom Brady",), ("Dick Pound",)),
        ),
        (
            "The Dutch minister reacted furiously to the remarks by Mr Pound.",
            ("ACCUSE", ("Dutch minister",), ("Pound",)),
        ),
        (
            "Labour MP Jane Cole responded angrily to Michael Howard's speech.",
            ("ACCUSE", ("Jane Cole",), ("Michael Howard",)),
        ),
    ],
)
def test_reacting_angrily_to_someone_rebukes_them(body, event):
    assert event in real_events(body)


@pytest.mark.parametrize(
    ("body", "doers"),
    [
        (
            "Along with the GMB, the Unite union and Amicus worked closely together last year.",
            ("Amicus", "Unite union"),
        ),
        ("France and Germany have worked together on the plan.", ("France", "Germany")),
        (
            "Velora Bank and the Harland Institute have worked together on the new cards.",
            ("Harland Institute", "Velora Bank"),
        ),
    ],
)
def test_bodies_that_worked_together_cooperated(body, doers):
    found = [tuple(sorted(e[1])) for e in real_events(body) if e[0] == "COOPERATE"]
    assert doers in found


@pytest.mark.parametrize(
    "body",
    [
        "Ministers are telling councils to build more homes for young families.",
        "Ministers are telling councils to set aside more land for caravans.",
    ],
)
def test_an_infinitive_the_parse_hangs_on_the_object_is_still_the_one_bidden(body):
    # The parse reads "councils to build more homes" as a kind of councils.
    assert ("REQUEST", ("Ministers",), ("councils",)) in real_events(body)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "A Peruvian student has been ordered to pay damages by the Supreme Court.",
            ("SANCTION", ("Supreme Court",), ("Peruvian student",)),
        ),
        (
            "The Supreme Court ordered Banco Andino to pay compensation to its former workers.",
            ("SANCTION", ("Supreme Court",), ("Banco Andino",)),
        ),
    ],
)
def test_one_ordered_to_pay_is_penalised(body, event):
    assert event in real_events(body)


def test_an_order_to_leave_a_place_that_is_no_country_expels_no_one():
    assert not any(
        e[0] == "SANCTION" for e in real_events("Police ordered the crowd to leave the square.")
    )


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Halden Trust said it is co-operating closely with the Ruritanian regulator.",
            ("COOPERATE", ("Halden Trust",), ("Ruritanian regulator",)),
        ),
        (
            "The House of Lords have over-ruled the ministers.",
            ("REJECT", ("House of Lords",), ("ministers",)),
        ),
    ],
)
def test_a_cue_spelt_with_a_hyphened_prefix_is_the_cue(body, event):
    assert event in real_events(body)


def test_filing_for_bankruptcy_in_a_country_asks_it_for_protection():
    events = real_events(
        "The US has criticised Russia over the oil sale.\n\n"
        "The Russian firm Volga filed for bankruptcy protection in the US."
    )
    assert ("REQUEST", ("Volga",), ("US",)) in events


def test_filing_for_bankruptcy_with_no_court_or_country_asks_no_one():
    # A partner row that needs a recipient preposition needs it after a
    # preposition too ("file for bankruptcy"), as after an object.
    events = real_events("The Russian firm Kamaz filed for bankruptcy after a tax scandal.")
    assert not [e for e in events if e[0] == "REQUEST"]


def test_a_past_tense_heading_its_sentence_is_a_deed_though_tagged_a_participle():
    # The tagger reads "called" after "The Greens" as a participle.
    events = real_events("The Greens called on Mr Dawes to quit the city council.")
    assert ("REQUEST", ("Greens",), ("Dawes",)) in events


@pytest.mark.parametrize(
    ("body", "sued"),
    [
        ("The Orvane Party has taken legal action to halt a takeover by Delcor.", ("Delcor",)),
        (
            "Mr Pell has taken legal action to force Westbury Council to reopen the baths.",
            ("Westbury Council",),
        ),
    ],
)
def test_legal_action_whose_aim_stops_or_forces_someone_is_brought_against_them(body, sued):
    # "take action" needs an "against"; a purpose of stopping or forcing
    # names whom the action is against as well.
    assert any(kind == "ACCUSE" and who == sued for kind, _, who in real_events(body))


@pytest.mark.parametrize(
    "body",
    [
        "Mr Pell has taken legal action to gain access to the files of Westbury Council.",
        "Mr Pell has taken action to help Westbury Council.",
    ],
)
def test_action_whose_aim_stops_no_one_is_no_suit(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"]


def test_plain_action_taken_to_stop_someone_is_a_step_not_a_suit():
    body = "Westbury Council has taken action to ban rowdy fans from the stadium."
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Tom Vale was arrested and charged by police.",
            ("ACCUSE", ("police",), ("Tom Vale",)),
        ),
        (
            "Tom Vale, a former trader, was suspended and sued by Korlan Steel over the losses.",
            ("ACCUSE", ("Korlan Steel",), ("Tom Vale",)),
        ),
        (
            "Tom Vale was found guilty of fraud last month, and sentenced at Leeds Crown Court.",
            ("SANCTION", (), ("Tom Vale",)),
        ),
    ],
)
def test_a_participle_joined_to_a_passive_deed_tells_a_deed_of_its_own(body, event):
    # The second participle has no auxiliary, but shares the first one's.
    assert event in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        # A first verb that tells no deed.
        "The charity is based in Leeds and funded by Korlan Steel.",
        # A sale: the one bought may be another than the subject names.
        "The former Korlan Steel subsidiary was sold off and acquired by Brixton Bank.",
    ],
)
def test_a_participle_joined_to_a_passive_that_tells_no_deed_done_to_someone_tells_none(body):
    assert not [e for e in real_events(body) if e[0] in ("ASSAULT", "AID", "AGREE")]


@pytest.mark.parametrize(
    "body",
    [
        "In a statement Vantage Software said it welcomed feedback from its customers.",
        "Oxfam welcomes comments from donors on the new scheme, its director said.",
    ],
)
def test_welcoming_what_others_think_of_ones_work_backs_no_one(body):
    assert [e for e in real_events(body) if e[0] == "SUPPORT"] == []


def test_welcoming_a_step_still_backs_whoever_took_it():
    events = real_events("Norway welcomed the decision by Sweden to lift the ban.")
    assert ("SUPPORT", ("Norway",), ("Sweden",)) in events


@pytest.mark.parametrize(
    "body",
    [
        (
            "After talks with the regional health board, the Kendal Community Clinic called off "
            "its plan."
        ),
        "The government has abandoned its plan to close the library after a public outcry.",
        "The Kendal Community Clinic dropped the plan after talks with the health board.",
    ],
)
def test_giving_up_ones_own_plan_is_backing_down(body):
    found = real_events(body)
    assert [e for e in found if e[0] == "CONCEDE"]


def test_a_strike_called_off_is_still_no_event():
    found = real_events("The Mersey dockers' union called off the strike after talks with bosses.")
    assert not [e for e in found if e[0] in ("PROTEST", "CONCEDE")]


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The row began when Microsoft asked a Texas court to order the bloggers to talk.",
            ("REQUEST", ("Microsoft",), ("Texas court",)),
        ),
        (
            "The feud started when Toyota asked the European Commission for a ruling on the levy.",
            ("REQUEST", ("Toyota",), ("European Commission",)),
        ),
    ],
)
def test_a_when_clause_with_a_named_asker_dates_a_request(body, event):
    assert event in real_events(body)


def test_when_asked_alone_is_still_a_question():
    body = "When asked about the levy, the Toyota chairman said he was pleased."
    assert not any(e[0] == "REQUEST" for e in real_events(body))


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Tom Vale, accused of fraud, went on trial in Leeds on Monday.",
            ("ACCUSE", (), ("Tom Vale",)),
        ),
        (
            "Former Korlan Steel chief Tom Vale, charged with bribery, was freed on bail.",
            ("ACCUSE", (), ("Tom Vale",)),
        ),
        (
            "Former Korlan Steel chief Tom Vale is currently on trial, accused of hiding losses.",
            ("ACCUSE", (), ("Tom Vale",)),
        ),
        (
            "Tom Vale, jailed for six years in 2001, was freed on Monday.",
            ("COERCE", (), ("Tom Vale",)),
        ),
    ],
)
def test_a_bare_participle_of_a_charge_is_done_to_whom_it_hangs_on(body, event):
    # No auxiliary and no doer, but "accused of", "jailed for" tell a deed
    # done to the one named, as the passive would.
    assert event in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        # People at large: no one in particular is charged.
        "Mr Vale said people accused of fraud should be tried within a year.",
        # After a passive the participle gives the grounds of its deed.
        "Tom Vale and Ana Ruiz were held for three years, accused of links to the rebels.",
    ],
)
def test_a_bare_participle_of_a_charge_on_no_name_or_after_a_passive_tells_no_charge(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"]


def test_a_bare_participle_of_a_question_still_tells_no_request():
    events = real_events("Asked about the loan, Tom Vale said he would repay Korlan Steel.")
    assert not [e for e in events if e[0] == "REQUEST"]


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Tom Vale said he had been in contact with the Chilean embassy before the vote.",
            ("CONSULT", ("Tom Vale",), ("Chilean embassy",)),
        ),
        (
            "Norway made contact with the kidnappers through a Turkish go-between.",
            ("CONSULT", ("Norway",), ("kidnappers",)),
        ),
    ],
)
def test_contact_with_someone_is_a_consultation(body, event):
    assert event in real_events(body)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Lord Harwell was stripped of his knighthood after the fraud trial.",
            ("SANCTION", (), ("Harwell",)),
        ),
        (
            "The Conservative leader withdrew the whip from Gareth Milne on Tuesday.",
            ("SANCTION", ("Conservative leader",), ("Gareth Milne",)),
        ),
        (
            "The judge gave Tom Rudge a jail sentence of three years.",
            ("SANCTION", ("judge",), ("Tom Rudge",)),
        ),
        (
            "The court handed Ivan Sorel a prison term of five years.",
            ("SANCTION", ("court",), ("Ivan Sorel",)),
        ),
        (
            "The army interned Basque activists without trial in 1979.",
            ("COERCE", ("army",), ("Basque activists",)),
        ),
        (
            "Campaigners condemned the internment of the Corsican students.",
            ("COERCE", (), ("Corsican students",)),
        ),
        (
            "Police evicted the protesters from the embassy grounds.",
            ("COERCE", ("Police",), ("protesters",)),
        ),
        (
            "The home secretary imposed control orders on four Somali men.",
            ("COERCE", ("home secretary",), ("Somali men",)),
        ),
    ],
)
def test_the_punishments_and_curbs_of_politics_news_are_cues(body, event):
    assert event in real_events(body)


def test_one_stripped_of_clothes_is_no_one_sanctioned():
    events = real_events("Tom Rudge said he was stripped of his clothes by the guards.")
    assert not [e for e in events if e[0] == "SANCTION"]


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The whip was withdrawn from Gareth Milne after he voted against the budget.",
            ("SANCTION", (), ("Gareth Milne",)),
        ),
        (
            "The accounts of the Al Noor charity were frozen last week.",
            ("SANCTION", (), ("Al Noor charity",)),
        ),
        ("Diplomatic ties with Iran were severed in 1980.", ("SANCTION", (), ("Iran",))),
    ],
)
def test_a_punishment_told_in_the_passive_needs_no_doer_named(body, event):
    assert event in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Lady Marsh, sitting with Lord Bingham and Lord Steyn, said the appeal must fail.",
        "Judge Lord Kerr, sitting with Lord Reid, ruled that the case should be heard again.",
    ],
)
def test_a_phrasal_cue_needs_its_particle_as_well_as_its_preposition(body):
    # "sat down with the unions" meets them; judges sitting with judges meet no one.
    assert not [e for e in real_events(body) if e[0] == "CONSULT"], real_events(body)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The charges brought by the prosecutors against Mr Petrov include tax evasion.",
            ("ACCUSE", ("prosecutors",), ("Petrov",)),
        ),
        (
            "The case brought by the European Commission against Intel opened on Monday.",
            ("ACCUSE", ("European Commission",), ("Intel",)),
        ),
    ],
)
def test_a_charge_or_case_brought_by_someone_is_their_charge(body, event):
    assert event in real_events(body)


def test_fees_charged_by_a_bank_are_no_charge():
    assert real_events("The fees charged by the banks rose again last year.") == []


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Two Palestinians released from Israeli jails were greeted by crowds in Ramallah.",
            ("RETREAT", ("Israel",), ("Two Palestinians",)),
        ),
        (
            # The parse makes "freed" the main verb, with the Australians its subject.
            "Three Australians freed from US custody in Iraq arrived in Sydney on Monday.",
            ("RETREAT", ("US",), ("Three Australians",)),
        ),
    ],
)
def test_those_freed_from_a_keepers_hold_are_released_by_the_keeper(body, event):
    assert event in real_events(body)


def test_a_release_from_a_hold_with_no_keeper_named_frees_no_one_by_anyone():
    body = "Two patients released from hospital were greeted by their families."
    assert not any(e[0] == "RETREAT" for e in real_events(body))


def test_a_vote_in_favour_of_a_bill_backs_whoever_put_it_forward():
    body = "MPs voted in favour of the government's schools bill on Monday evening."
    assert ("SUPPORT", ("MPs",), ("government",)) in real_events(body)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The Interior Ministry has revoked the press card of Reuters reporter Anna Lutz.",
            ("SANCTION", ("Interior Ministry",), ("Anna Lutz",)),
        ),
        (
            "The Pentagon revoked $3bn worth of contracts assigned to Kestrel Aviation.",
            ("SANCTION", ("Pentagon",), ("Kestrel Aviation",)),
        ),
        (
            "The Home Office revoked Ahmed Rashid's visa after the trial.",
            ("SANCTION", ("Home Office",), ("Ahmed Rashid",)),
        ),
    ],
)
def test_revoking_what_someone_holds_sanctions_its_holder(body, event):
    assert event in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The Cabinet revoked its decision to close the Lisbon embassy.",
        "Parliament revoked a 1990 law that gave the army wide powers.",
        "Mr Dorsey later revoked his resignation.",
    ],
)
def test_revoking_a_law_or_ones_own_step_sanctions_no_one(body):
    assert not any(kind == "SANCTION" for kind, _, _ in real_events(body))


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The Football Association levied a £40,000 fine on Millwall after the riot.",
            ("SANCTION", ("Football Association",), ("Millwall",)),
        ),
        (
            "The European Commission's fine on Microsoft was the largest it has imposed.",
            ("SANCTION", ("European Commission",), ("Microsoft",)),
        ),
    ],
)
def test_a_fine_on_someone_by_a_named_body_sanctions_them(body, event):
    assert event in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The driver paid a fine of £200 on Tuesday.",
        "The minister said the new fines on speeding drivers would start in May.",
    ],
)
def test_a_fine_paid_or_planned_with_no_one_fining_is_no_sanction(body):
    assert not any(kind == "SANCTION" for kind, _, _ in real_events(body))


def test_asking_people_a_question_asks_nothing_of_them():
    # A poll: the pollster asks a question, and no deed or thing.
    body = "The Greens met on Monday. For the Courier they asked 900 adults the same question."
    assert not [e for e in real_events(body) if e[0] == "REQUEST"]
