"""Coding an actor from the evidence of its mentions: name, kind, country, sector, title, code.

Evidence is voted over every mention of the actor: a demonym or country
before a title ("Iraqi Prime Minister"), an organisation ("NATO chief",
"Conservative MP"), a title's sector ("minister" is GOV, "MP" LEG), an
organisation's own coding; failing those, an honorific ("Lord" is LEG).
A person the text gives no role at all is a civilian (CVL). A national
role with no country of its own ("the home secretary"), and a person or an
organisation the lexicons do not know and the text does not place at all,
take the article's home country: the
country whose institutions and office holders the article is about, as
domestic news leaves its own nationals and bodies unmarked.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

import pycountry

from dateline import lexicons
from dateline.records import Actor, ActorKind, Article
from dateline.stages._gazetteer import lookup
from dateline.stages._spans import clean_name, country_code, fold
from dateline.stages._tree import Tree
from dateline.stages.actors.body_names import COMPANY, campaign_sector, sectors_in
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coref_words import OFFICE_OF_STATE, names_former_office
from dateline.stages.actors.evidence import ARMED_GROUP, large_city_country
from dateline.stages.actors.lexicon import MIRRORING, ActorLexicon, Organization
from dateline.stages.actors.mention import Mention
from dateline.stages.actors.relatives import is_relative

_MEMBERSHIP_SECTORS = frozenset({"IGO", "NGO"})
_MEDIA = "MED"
_INTERNATIONAL = "IGO"
_GOVERNMENT = "GOV"
_PRIVATE = "CVL"
"""A person the text gives no role, no body and no honorific is a private
individual, as CAMEO codes them ("Mr Begg", a detainee's father)."""
_FRONT_BENCHES = frozenset({_GOVERNMENT, "OPP"})
"""Sectors of the offices a country's parliament fills: the government's and the shadow's."""
_CIVIL = frozenset({"BUS", "EDU", "HLH", "LAB", "MED", "NGO", "REL"})
"""Sectors of bodies outside the state and the parties, whose posts are theirs."""
_ORG_CODE = re.compile(r"[^A-Z0-9]")


def home_country(  # noqa: PLR0913 - each is a kind of evidence one article gives
    mentions: Iterable[Mention],
    lexicon: ActorLexicon,
    headline: str | None = None,
    places: Counter[str] | None = None,
    *,
    filed_in: str | None = None,
    office_holders: Counter[str] | None = None,
    tree: Tree | None = None,
) -> str | None:
    """The country whose institutions and office holders the article is about, if one leads.

    Votes come from national organisations ("Labour", "the Home Office") and
    from people and groups placed by their titles ("Iraqi officials"), not
    from country names, which are as often the subject of foreign news. A
    firm votes once however often it is named (:func:`_body_votes`), and
    breaks a tie when the lead names it. A
    body many countries have ("Parliament", "the Conservatives") votes only
    when its default country is named or no other is; the headline's own
    placed groups ("Iranian MPs threaten ...") count twice, the country a wire
    dateline files the story from (``filed_in``) once; news media, which
    report from abroad as often as at home, do not count; a person placed by
    the role just before their name votes once. Two countries still alike
    are told apart by the dateline's ("KYIV, May 31 (Reuters) -"), else by
    where the story happens, when one of them is the place it names most.
    Only when nothing
    of that kind is named do country names count, as actors or as the
    ``places`` the story happens in (:func:`place_countries`), and then only
    a country named at least twice and twice as often as any other.
    """
    # A news agency or paper reports from abroad: "Algeria's government ...,
    # AFP reported" is no French story.
    mentions = [m for m in mentions if m.organization is None or m.organization.sector != _MEDIA]
    named = named_countries(mentions)
    titled = {(m.last, m.country) for m in mentions if m.kind == "title"}
    private = _private_nationals(mentions, tree, lexicon)
    voting = [
        m
        for m in mentions
        if m.country
        and (m.organization is not None or m.title is not None)
        and not (m.text in lexicon.shared_bodies and named and m.country not in named)
        and not _placed_by_own_body(m)
        and not _placed_by_role_before(m, titled)
        and not posted_abroad(m)
        and m.first not in private
        and not _mirrors_another(m)
    ]
    votes = _body_votes(voting)
    votes.update(_select_committees(mentions, lexicon, named))
    for country in _headline_countries(headline or "", lexicon, _lead_subjects(mentions)):
        votes[country] += 2
    for country in _headline_scene(headline or "", lexicon):
        # "Clashes in Tripoli leave 12 dead": the unnamed ministries and
        # police of the story are those of where it happens, not of a
        # foreign minister who comments on it.
        votes[country] += 2
    if votes and filed_in:
        # A wire story filed from a country is about it unless its offices say
        # otherwise: one foreign minister named in a Yangon report is no home.
        votes[filed_in] += 1
    if not votes and office_holders:
        # No body or office the text places, but well-known office holders
        # named in full: "David Blunkett has resigned as home secretary ...
        # Tony Blair said" is British. Only here: in a story of Iraq's
        # ministries, an American envoy named is no vote against Iraq.
        ranked = office_holders.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
    if not votes:
        # No body or office says it: the country the article names most, when
        # it clearly leads ("Japanese" three times, "US" once).
        votes = Counter(
            m.country
            for m in mentions
            if m.country
            and not posted_abroad(m)
            and m.first not in private
            and not _mirrors_another(m)
        )
        votes += places or Counter()
        ranked = votes.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] * 2 > ranked[0][1]):
            return None
        return ranked[0][0]
    ranked = votes.most_common(2)
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        # Two countries' offices alike ("Kenyan and Ethiopian ministers met
        # in Nairobi"): the one the story is filed from or happens in.
        tied = (ranked[0][0], ranked[1][0])
        if filed_in in tied:
            return filed_in
        return _where_it_happens(tied, places or Counter()) or _lead_firm(tied, mentions)
    return ranked[0][0] if ranked else None


def _body_votes(voting: Iterable[Mention]) -> Counter[str]:
    """The votes of the bodies and roles an article places: a firm's once, the state's each time.

    A story about a country names its own ministries and police again and
    again; a foreign firm it names often is whom the story is about, not
    where it is: a search engine named in every paragraph of a story about
    Beijing's censors, or a German bank that advised a French firm, places
    neither story. A firm (any body outside the state and the parties)
    votes once.
    """
    votes = Counter[str]()
    firms: dict[str, str] = {}
    for m in voting:
        if not m.country:
            continue
        if _is_firm(m):
            firms[m.organization.name if m.organization else m.text] = m.country
            continue
        votes[m.country] += 1
    votes.update(firms.values())
    return votes


def _is_firm(mention: Mention) -> bool:
    """Whether a mention names a body outside the state and the parties: a firm, a charity."""
    return (
        mention.kind == "name"
        and mention.organization is not None
        and mention.organization.sector in _CIVIL
    )


def _lead_firm(countries: tuple[str, str], mentions: Iterable[Mention]) -> str | None:
    """Of two countries, the one of the only firm the lead sentence names, if it is one of them.

    "Citigroup faces a probe ..., a German regulator said": the story is the
    firm's whose name opens it.
    """
    mentions = list(mentions)
    lead = _lead_sentence(mentions)
    leading = {m.country for m in mentions if m.sentence == lead and _is_firm(m)}
    return leading.pop() if len(leading) == 1 and leading <= set(countries) else None


def _lead_sentence(mentions: Iterable[Mention]) -> int | None:
    """The sentence of the article's first mention: its lead."""
    return min((m.sentence for m in mentions), default=None)


def _select_committees(
    mentions: Iterable[Mention], lexicon: ActorLexicon, named: set[str]
) -> Counter[str]:
    """A vote for Parliament's country from each select committee the article names.

    "The Health Select Committee said ..." is a committee of Westminster's
    Commons, as "Parliament" is Westminster: a report of MPs with no minister
    or party named is British. Other parliaments have select committees too,
    so, like "Parliament", it votes only when no other country is named.
    """
    parliament = lexicon.organizations.get("parliament")
    country = parliament.country if parliament is not None else None
    if country is None or (named and country not in named):
        return Counter()
    return Counter(
        country
        for m in mentions
        if m.label == "ORG" and m.text.casefold().endswith(_SELECT_COMMITTEE)
    )


_SELECT_COMMITTEE = "select committee"


def _where_it_happens(countries: tuple[str, str], places: Counter[str]) -> str | None:
    """Of two countries, the one the article names most as a place, if it leads outright."""
    ranked = places.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0] if ranked[0][0] in countries else None


def _placed_by_role_before(mention: Mention, titled: set[tuple[int, str | None]]) -> bool:
    """Whether a person is placed by the role just before their name, which votes itself.

    "His Ethiopian counterpart, Hailu Gebre": one Ethiopian vote, not two.
    """
    return mention.label == "PERSON" and any(
        (end, mention.country) in titled for end in (mention.first, mention.first - 1)
    )


def _mirrors_another(mention: Mention) -> bool:
    """Whether a role is the other side's: "his Syrian counterpart" is no vote for Syria.

    A counterpart is named as the match of someone of another country, so
    the story is told from that someone's side ("the foreign minister met his
    Syrian counterpart" is no Syrian story, and its minister is no Syrian).
    """
    return mention.title_entry is not None and mention.title_entry.words in MIRRORING


def _private_nationals(
    mentions: Iterable[Mention], tree: Tree | None, lexicon: ActorLexicon
) -> frozenset[int]:
    """Where the people start whom only a nationality before a private calling places.

    "British actress X opened the show", "Hong Kong director X has a film in
    the competition", "the US tycoon X made an offer": a performer's, a
    director's or a tycoon's nationality is where they are from, and a
    story that names one such person is no more that country's news than a
    story that names a foreign firm is. Offices of state ("Iraqi Prime
    Minister X"), soldiers and judges still place it, and so does a calling
    placed otherwise ("X, director of the Halden University theatre").
    """
    if tree is None:
        return frozenset()
    return frozenset(
        m.first for m in mentions if _private_calling(m) and _nationality_before(tree, m, lexicon)
    )


def _private_calling(mention: Mention) -> bool:
    """Whether a person's role is a calling outside the state: a director's, an actress's."""
    entry = mention.title_entry
    return (
        mention.label == "PERSON"
        and mention.country is not None
        and mention.organization is None
        and entry is not None
        and entry.scope != "national"
        and (entry.sector is None or entry.sector in (*_CIVIL, _PRIVATE))
    )


def _nationality_before(tree: Tree, mention: Mention, lexicon: ActorLexicon) -> bool:
    """Whether a person's country is the nationality word that opens their calling.

    "British actress X", "Hong Kong director X": the name's calling in lower
    case, and the country's name or demonym right before it; "US tycoon",
    a role told alone, opens with it.
    """
    tokens = tree.tokens
    if mention.kind == "title":
        ends = [mention.first + length - 1 for length in (1, 2, 3)]
    else:
        end = mention.first - 1
        while end >= 0 and tokens[end].text.islower():
            end -= 1  # the calling's words: "actress", "horseracing tycoons"
        if end in (mention.first - 1, -1):
            return False
        ends = [end]
    return any(
        lexicon.country(" ".join(t.text for t in tokens[last - length + 1 : last + 1]))
        == mention.country
        for last in ends
        for length in (1, 2, 3)
        if last - length + 1 >= 0
    )


_POSTS_ABROAD = frozenset({"embassy", "embassies", "consulate", "consulates"})
"""A country's posts in another: "rallied outside the French embassy" is no French story."""


def posted_abroad(m: Mention) -> bool:
    """Whether a mention's role serves in another country: an embassy, an envoy, a diplomat.

    "The Netherlands expelled two Russian diplomats" is a Dutch story, whose
    unplaced foreign minister is Dutch.
    """
    return m.title_entry is not None and m.title_entry.words[-1] in _POSTS_ABROAD | _DIPLOMATS


def place_countries(
    tree: Tree, mentions: Iterable[Mention], lexicon: ActorLexicon, article: Article
) -> Counter[str]:
    """The countries of the places an article's story happens in, by how often it names them.

    Foreign news with no office holder or body of its own ("Air strikes kill
    14 in northern Myanmar town", with only Washington's sanctions named as
    actors) is placed by where it happens: a country or a large city the
    body names as a place, not as an actor; the headline's twice, as it
    names what the story is about; a caption's once.
    """
    acting = {i for m in mentions for i in range(m.first, m.last)}
    found: Counter[str] = Counter()
    for entity in tree.parse.entities:
        if entity.label != "GPE" or acting & set(range(entity.token_start, entity.token_end)):
            continue
        if tree.tokens[entity.token_end - 1].dep in _MODIFYING:
            continue  # "US Secretary of State Ann Cole": whose, not where
        country = place_country(tree.text[entity.start : entity.end], lexicon)
        if country:
            found[country] += 1
    for country in _countries_named(article.title or "", lexicon):
        found[country] += 2
    for caption in article.captions:
        found.update(set(_countries_named(caption.text, lexicon)))
    return found


def place_country(name: str, lexicon: ActorLexicon) -> str | None:
    """The country a place name stands in: a country, a capital, a nation or a large city.

    "shops in Scotland": a nation inside a state places the story in the state.
    """
    return lexicon.country(name) or lexicon.nations.get(name) or large_city_country(name)


_MODIFYING = frozenset({"compound", "amod", "nmod"})
"""How a country's name hangs on a noun it only qualifies ("US envoy"); a possessive
still places ("Myanmar's northern Sagaing region")."""


def _countries_named(text: str, lexicon: ActorLexicon) -> Iterator[str]:
    """The countries a line names by a capitalised name of one to three words."""
    words = [word.strip(".,:;'\"‘’“”()") for word in text.split()]
    start = 0
    while start < len(words):
        for length in (3, 2, 1):
            name = " ".join(words[start : start + length])
            country = country_code(name) or lexicon.capitals.get(name)
            if country and name[:1].isupper():
                yield country
                start += length
                break
        else:
            start += 1


def _placed_by_own_body(mention: Mention) -> bool:
    """Whether a person is placed only by the body named beside them, which votes itself.

    "Stanley Fischer, vice chairman of Citigroup": the firm is one vote,
    not two.
    """
    return (
        mention.kind == "name"
        and mention.label == "PERSON"
        and mention.organization is not None
        and mention.country == mention.organization.country
    )


def named_countries(mentions: Iterable[Mention]) -> set[str]:
    """The countries an article names: by name, demonym or capital."""
    return {m.country for m in mentions if m.label in ("GPE", "NORP") and m.country}


def _headline_countries(
    headline: str, lexicon: ActorLexicon, lead_subjects: frozenset[str] = frozenset()
) -> Iterator[str]:
    """Countries of the groups, bodies and office holders a headline places ("Iranian MPs").

    A state's body counts ("Saudi ministry to hire women"); a firm or a
    paper does not ("Japanese firm buys ..." may be British news).
    """
    words = [word.strip(".,:;'\"‘’“”") for word in headline.split()]
    subject = _headline_subject(words, lexicon, lead_subjects)
    if subject is not None:
        # "Poland expels Belarusian diplomat": the state acting is whose news it
        # is; the group it acts on is another's.
        yield subject
        return
    for first, second in itertools.pairwise(words):
        country = lexicon.demonyms.get(first)
        if country and (
            lexicon.title((second,))
            or lexicon.people_sector(second)[0]
            or lexicon.org_words.get(second.lower()) in _STATE_SECTORS
        ):
            yield country


def _headline_scene(headline: str, lexicon: ActorLexicon) -> Iterator[str]:
    """The country of the place a headline says its story happens "in": "Clashes in Tripoli"."""
    words = [word.strip(".,:;'\"‘’“”") for word in headline.split()]
    for k, word in enumerate(words[:-1]):
        if word != "in":
            continue
        for length in (3, 2, 1):
            name = " ".join(words[k + 1 : k + 1 + length])
            # "Cairn Energy in Indian gas find": a demonym says what, not where.
            place = name[:1].isupper() and name not in lexicon.demonyms
            country = place_country(name, lexicon) if place else None
            if country:
                yield country
                break


def _lead_subjects(mentions: list[Mention]) -> frozenset[str]:
    """The countries the body's first sentence names as a subject ("Poland expelled ...").

    Of any clause: wire copy ends its lead with its source ("..., the foreign
    ministry said").
    """
    if not mentions:
        return frozenset()
    lead = min(m.sentence for m in mentions)
    return frozenset(
        m.country
        for m in mentions
        if m.sentence == lead and m.subject and m.kind == "name" and m.country
    )


_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
"""Sectors of a state's own bodies: "Saudi ministry", "Iraqi army", "Turkish court"."""


_JOINED = frozenset({"and", "or", "&"})


def _headline_subject(
    words: list[str], lexicon: ActorLexicon, lead_subjects: frozenset[str] = frozenset()
) -> str | None:
    """The country a headline opens with as the one acting ("Ukraine trims ...").

    A headline names first the state the story is about, so its unnamed
    ministers and bodies are that country's: "Israel looks to US for bank
    chief" is Israeli news, however often the US is named. In a headline
    in title case, where no lower-case verb marks where the name ends ("Iraq
    War Inquiry Opens"), only a country the lead sentence also opens with as
    its subject: "Poland Expels Belarusian Diplomat" over "Poland expelled
    ...".
    """
    for length in (3, 2, 1):
        # "India and Russia in energy talks" is about both.
        if len(words) <= length or words[length] in _JOINED:
            continue
        name = " ".join(words[:length])
        country = country_code(name) or lexicon.capitals.get(name)
        if not words[length][:1].islower() and country not in lead_subjects:
            continue
        following = words[length]
        # "UK firm faces ...": the country only places the body the next word names.
        if country and not (
            lexicon.title((following,))
            or lexicon.people_sector(following)[0]
            or following.lower() in lexicon.org_words
        ):
            return country
        if country and _rulers(following, lexicon):
            return country
    return None


def _rulers(word: str, lexicon: ActorLexicon) -> bool:
    """Whether a headline's word after a country names a body of its state ("Niger junta expels").

    Its state acting ("Kosovo police arrest ...") makes the story the
    country's own; its diplomats ("US envoy arrives in Khartoum") are most
    often news abroad.
    """
    title = lexicon.title((word,))
    return title is not None and title.sector in _STATE_SECTORS and word.lower() not in _DIPLOMATS


_DIPLOMATS = frozenset({"envoy", "envoys", "ambassador", "ambassadors", "diplomat", "diplomats"})


def placed_at_home(
    mentions: list[Mention], home: str | None, lexicon: ActorLexicon
) -> list[Mention]:
    """``mentions`` with bodies many countries have placed in the home country.

    "Parliament" in a story about Iran that never names Britain is Iran's,
    and "the Christian Democrats" in a story about Sweden are Sweden's party,
    named as the story names them, not Germany's CDU the lexicon lists.
    """
    named = named_countries(mentions)
    return [
        dataclasses.replace(
            m,
            country=home,
            organization=dataclasses.replace(m.organization, country=home, name=m.text),
        )
        if home
        and m.organization is not None
        and m.text in lexicon.shared_bodies
        and m.country != home
        and m.country not in named
        else m
        for m in mentions
    ]


def _country_of_its_key(found: Cluster, home: str | None) -> str | None:
    """The country other than home a cluster was keyed by, as its government ("country:LBN")."""
    country = found.key.removeprefix("country:") if found.key.startswith("country:") else None
    return None if country == home else country


def code_actor(
    found: Cluster,
    number: int,
    home: str | None,
    lexicon: ActorLexicon,
    known: Callable[[Actor, tuple[str, ...]], Actor] = lambda actor, _: actor,
) -> Actor:
    """The Actor record for one cluster of mentions.

    ``known`` fills in what the text left open from knowledge of well-known
    actors, by name or by a name with its honorific ("Lord Bingham"); it runs
    before the home-country default, which is the weakest guess.
    """
    kind = _kind(found)
    # "Karami, whose government ...": a government joined as another country's than
    # home is that country's (home's own is left to the home default below).
    country = _vote(m.country for m in found.mentions) or _country_of_its_key(found, home)
    organization = _body_held_now(found)
    sector = (
        _party_organ(found, kind, organization)
        or _title_sector(found)
        or _vote(m.sector for m in found.mentions if m.kind == "group")
    )
    scopes = {m.title_entry.scope for m in found.mentions if m.title_entry}
    # "EU finance ministers" meet as a body of the EU: their national office says less.
    igo_group = kind == "group" and organization is not None and organization.sector == "IGO"
    # "Welsh secretary of the BMA": an office's name held in a body of
    # civil society is that body's post, not a minister's; so is a president
    # or chairman of an international body ("the European Commission
    # president") an officer of that body, not a head of state.
    civil_post = (
        kind == "person"
        and organization is not None
        and organization.sector in (*_CIVIL, _INTERNATIONAL)
    )
    inner_body = kind == "organization" and _body_within(found, organization, lexicon)
    if (
        organization is not None
        and not (kind == "group" and sector is not None and _tied_to_body(found))
        and (sector is None or scopes <= {"any", "org"} or igo_group or civil_post or inner_body)
    ):
        # "UN envoy", "NATO chief": the organisation, not the role, gives the sector.
        sector = organization.sector or sector
    if kind == "person" and sector is None and organization is None:
        # "Iraqi interim leader X": a leader placed in a country and in no
        # party or body leads its government.
        sector = "GOV" if any(_national_leader(m) for m in found.mentions) else None
    if sector == "LEG" and any(m.kind == "name" and m.sector == "JUD" for m in found.mentions):
        sector = "JUD"  # "the House of Lords ruled": the chamber sitting as a court
    if organization is None and kind == "organization":
        words = [m.text for m in found.mentions if m.kind == "name"]
        country = country or _vote(_country_in(words, lexicon))
        sector = (
            sector
            or _described_as_armed(found)
            or _vote(m.sector for m in found.mentions if m.kind == "name")  # "operator Turkcell"
            or _vote(sectors_in(words, lexicon))
            or campaign_sector(words, lexicon)
        )
    if kind == "organization" and sector is None and organization is None and _named_body(found):
        # No lexicon knows it and its name says no sector ("Deloitte", "Norbridge
        # Capital", "Irancell"): in news such a body is most often a company.
        sector = COMPANY
    if (kind == "country" or (found.key.startswith("nation:") and country)) and sector is None:
        # A country acting is its government ("Iraq rejected ..."); a nation
        # within one, its devolved government ("Scotland would play its part").
        sector = "GOV"
    affiliation = _affiliation(found)
    if kind == "person" and (sector is None or (scopes == {"any"} and organization is None)):
        # "a director of Group Menatep": the body he speaks for, by its name;
        # "Pat Moore, President of Corvex": a role any body has is the body's
        # there, as it is beside a body the lexicon knows ("ICRC president").
        sector = affiliation or sector
    org = organization.org if organization else None
    actor = known(
        Actor(
            id=f"A{number}",
            name=_name(found, kind, country, organization.name if organization else None),
            kind=kind,
            country=country,
            sector=sector,
            # "his father" names a tie, no role: Azmat Begg is a civilian.
            title=next((m.title for m in found.mentions if m.title and not is_relative(m)), None),
            org=org,
            code=actor_code(country, sector, org),
            mentions=tuple((m.start, m.end) for m in found.mentions),
        ),
        tuple(dict.fromkeys(f"{m.honorific} {m.text}" for m in found.mentions if m.honorific)),
    )
    if actor.sector is None and actor.kind == "person":
        sector = _vote(m.honorific_sector for m in found.mentions) or (
            _PRIVATE if actor.title is None and actor.org is None else None
        )
        actor = dataclasses.replace(
            actor, sector=sector, code=actor_code(actor.country, sector, actor.org)
        )
    national = any(m.title_entry and m.title_entry.scope == "national" for m in found.mentions)
    unplaced_person = actor.kind == "person" and actor.org is None
    domestic_body = actor.kind in ("organization", "group") and organization is None
    # An international body serves no one country; a campaign group or a
    # think-tank no lexicon knows ("the Foreign Policy Centre", "Muslim
    # groups") is as domestic as an unknown firm is.
    # A region's group ("European leaders") is several countries', none of them home.
    international = (
        actor.sector == "IGO"
        or (actor.sector in _MEMBERSHIP_SECTORS and organization is not None)
        or any(m.regional for m in found.mentions)
    )
    if (
        actor.country is None
        and (national or unplaced_person or domestic_body)
        and not international
    ):
        actor = dataclasses.replace(
            actor, country=home, code=actor_code(home, actor.sector, actor.org)
        )
    return _out_of_office(actor, found, lexicon)


def _body_held_now(found: Cluster) -> Organization | None:
    """The body a cluster's mentions name, one named beside an office held now first.

    "X, former Labour health minister and now a European commissioner": the party
    named beside the office he left does not code him where another of his
    mentions names the office he holds, as _title_sector does not.
    """
    named = [m.organization for m in found.mentions if m.organization]
    current = [
        m.organization for m in found.mentions if m.organization and not names_former_office(m)
    ]
    if current or not named:
        return next(iter(current), None)
    # "ex-WorldCom boss X, a chief executive": a body of the sector held now is still his.
    held_now = {
        m.title_entry.sector
        for m in found.mentions
        if m.title_entry and m.title_entry.sector and not names_former_office(m)
    }
    return named[0] if not held_now or named[0].sector in held_now else None


def _title_sector(found: Cluster) -> str | None:
    """The sector a cluster's roles give, its roles held now before those it held once.

    "Former presenter X has quit the party. The MEP said ...": what he is
    now codes him; a role he left says so only when no other role does.
    """
    titled = [m for m in found.mentions if m.title_entry and m.title_entry.sector]
    current = [m for m in titled if not names_former_office(m)]
    return _vote(m.title_entry.sector for m in current or titled if m.title_entry)


def _party_organ(found: Cluster, kind: str, organization: Organization | None) -> str | None:
    """PTY for a committee named with a party's name: "the Conservative National Women's Committee".

    A committee named alone is most often a parliament's (LEG), but one
    named for a party is one of the party's own organs, as its national
    executive is.
    """
    # Written as a name ("Women's Committee"), not "the Tory-run committee".
    committee = any(
        m.title_entry is not None
        and m.title_entry.words[-1] == "committee"
        and m.text.endswith("Committee")
        for m in found.mentions
    )
    party = organization is not None and organization.sector == _PARTY
    return _PARTY if kind == "organization" and party and committee else None


_PARTY = "PTY"


def _tied_to_body(found: Cluster) -> bool:
    """Whether a group is named by its tie to the body named with it: "Labour voters".

    Voters of a party choose it and are not its people, as its members
    ("Labour members") are: the group keeps its own sector (CVL), the
    party its org. The ties are relational_nouns.txt's.
    """
    ties = lexicons.word_set("relational_nouns.txt")
    heads = [m.title_entry.words[-1] for m in found.mentions if m.title_entry is not None]
    return bool(heads) and all(h in ties or h.removesuffix("s") in ties for h in heads)


def _described_as_armed(found: Cluster) -> str | None:
    """REB where the text calls a body an armed group, whatever its name's words say.

    "the Karenni Army, a rebel group,": :func:`.evidence.with_descriptor` reads
    the apposition into the name's sector.
    """
    armed = any(m.kind == "name" and m.sector == ARMED_GROUP for m in found.mentions)
    return ARMED_GROUP if armed else None


def _body_within(found: Cluster, organization: Organization | None, lexicon: ActorLexicon) -> bool:
    """Whether a body named by its kind is named within one whose sector it takes.

    "the UN Economic Commission", "the IEA watchdog": an international
    body's; "the FA's disciplinary committee", "the BMA's ethics committee":
    a committee of a federation or a professional body is its organ, no
    parliament's, as its kind alone would say. Not a role's people named
    with a body ("the Lords' law lords" sit as judges), nor a body within a
    state's or a party's, whose own kind may say more than its owner's ("a
    party's standards committee").
    """
    return (
        organization is not None
        and organization.sector in (_INTERNATIONAL, *_CIVIL)
        and all(
            m.title_entry.words[-1] in lexicon.org_words for m in found.mentions if m.title_entry
        )
    )


def _out_of_office(actor: Actor, found: Cluster, lexicon: ActorLexicon) -> Actor:
    """``actor`` in the sector a former minister takes where ministers come from parliament.

    "ex-Foreign Secretary Robin Cook" in a British story is an MP (LEG), no
    longer the government's; so is a former shadow minister ("his former
    shadow chancellor Michael Portillo"), no longer on the opposition's front
    bench; only when every office the text (or, failing it, the actor
    dictionary) gives him is a former one.
    """
    if actor.kind != "person" or actor.sector not in _FRONT_BENCHES:
        return actor
    titles = [m.title for m in found.mentions if m.title] or [actor.title or ""]
    sectors = {lexicon.out_of_office(actor.country, title) for title in titles}
    if len(sectors) != 1 or None in sectors:
        return actor
    sector = sectors.pop()
    return dataclasses.replace(
        actor, sector=sector, code=actor_code(actor.country, sector, actor.org)
    )


def _national_leader(mention: Mention) -> bool:
    """Whether a mention calls its person a country's leader, of no body: "the Iraqi leader"."""
    entry = mention.title_entry
    return (
        entry is not None
        and entry.sector is None
        and entry.words[-1:] == ("leader",)
        and mention.country is not None
        and mention.organization is None
    )


def with_known_firms(
    actors: tuple[Actor, ...], clusters: list[Cluster], lexicon: ActorLexicon
) -> tuple[Actor, ...]:
    """``actors`` with each well-known company placed in its head office's country.

    A firm the text does not place takes the story's country, or the one
    its opening lines give: "Gartner" and "Hutchison Whampoa" in a story
    about India's telecoms market are American and of Hong Kong all the same.
    A firm the model took for a person ("GlaxoSmithKline said"), with no
    title or honorific to make one of it, is the firm.
    """
    placed = []
    for actor, found in zip(actors, clusters, strict=True):
        country = _known_firm(found, lexicon) if _may_be_firm(actor, found) else None
        placed.append(
            actor
            if country is None
            else dataclasses.replace(
                actor,
                kind="organization",
                country=country,
                sector=COMPANY,
                code=actor_code(country, COMPANY, None),
            )
        )
    return tuple(placed)


def _may_be_firm(actor: Actor, found: Cluster) -> bool:
    """Whether an actor may be a firm: a body no lexicon knows, or a person no title makes one."""
    if actor.org is not None:
        return False
    if actor.kind == "person":
        return actor.title is None and not any(m.honorific for m in found.mentions)
    return actor.kind == "organization"


def _known_firm(found: Cluster, lexicon: ActorLexicon) -> str | None:
    """The head-office country of the well-known company a body's name names, if it does.

    "Toshiba Corp" is Toshiba, as the lexicon lists it; "McDonald's" keeps
    the possessive its name ends in.
    """
    for mention in found.mentions:
        if mention.kind != "name":
            continue
        name = clean_name(mention.text)
        for form in (mention.text, name, lexicon.business_core(name)):
            country = lexicon.companies.get(fold(form))
            if country is not None:
                return country
    return None


def _named_body(found: Cluster) -> bool:
    """Whether the model named a body here, not only a role word ("the court")."""
    return any(m.kind == "name" and m.label == "ORG" for m in found.mentions)


def is_roleless(actor: Actor) -> bool:
    """Whether a person is coded a civilian only because the text gave no role.

    Corpus memory may still say more about such a person from earlier articles.
    """
    return (
        actor.kind == "person"
        and actor.sector in (None, _PRIVATE)
        and actor.title is None
        and actor.org is None
    )


def _country_in(names: list[str], lexicon: ActorLexicon) -> Iterator[str | None]:
    """Countries named inside organisation names ("Syrian Foreign Ministry").

    A large city or a region in a longer name places the body too: "Shanghai
    Automotive Industry Corp", "Munich Re", "Fife College".
    """
    for name in names:
        words = name.split()
        # "United States Federal Aviation Administration": a country may take several words.
        spans = (
            " ".join(words[k : k + length])
            for k in range(len(words))
            for length in (3, 2, 1)
            if k + length <= len(words)
        )
        yield next((c for span in spans if (c := lexicon.country(span))), None) or (
            next((c for word in words if (c := _city_or_region_country(word))), None)
            if len(words) > 1
            else None
        )


def _city_or_region_country(word: str) -> str | None:
    """The country of the large city or the one region of a country a word names."""
    regions = {e.country for e in lookup(word) if e.kind == "admin"}
    return large_city_country(word) or (regions.pop() if len(regions) == 1 else None)


def _kind(found: Cluster) -> ActorKind:
    if found.is_person:
        return "person"
    if found.key.startswith("country:"):
        return "country"
    if found.key.startswith(("group:", "people:")):
        return "group"
    organization = next((m.organization for m in found.mentions if m.organization), None)
    if organization is not None:
        return organization.kind
    if any(m.label == "ORG" for m in found.mentions):
        return "organization"  # "the government", "the court"
    return "group" if found.key.startswith("title:") else "other"


def _name(found: Cluster, kind: ActorKind, country: str | None, canonical: str | None) -> str:
    names = [m for m in found.mentions if m.kind == "name"]
    groups = [m for m in found.mentions if m.kind == "group"]
    if kind == "person" and names:
        name = max(names, key=lambda m: (len(m.name_parts), len(m.text))).text
        # "his father Ralph" in a profile of David Miliband: Ralph Miliband.
        name = f"{name} {found.family_name}" if found.family_name else name
    elif kind == "country" and country is not None:
        name = _country_name(names, country)
        return f"{name} government" if _called_government(found) else name
    elif found.key.startswith("title:"):
        # The body's role, not the "MPs" a lead reported its findings as.
        titled = [m for m in found.mentions if m.title and m.kind == "title"]
        name = next(m.title for m in titled or found.mentions if m.title) or found.mentions[0].text
        # "the head of the Mossad": a role told by the body after it is named
        # by its own words, not cut off before the body ("head of").
        name = _without_novelty(name.removesuffix(" of"))
    elif kind == "group" and groups:
        # "Labour MPs", not the Labour Party, even when "Labour" is a mention of its own.
        name = groups[0].uncounted or groups[0].text
        title = groups[0].title
        if title and title.endswith(name) and len(title) > len(name):
            name = title
    elif canonical is not None:
        return canonical
    elif names:
        name = max(names, key=lambda m: len(m.text)).text
    else:
        name = found.mentions[0].text
    return clean_name(name)


def _called_government(found: Cluster) -> bool:
    """Whether the story speaks of a country acting mostly as "the government", unnamed.

    The country and "the government" are one actor. Where the story says
    just "the government" ("the government had failed") at least as often
    as it names the country, placing it by context, a charge is made of the
    government, not of the country and its people, and the name says so
    ("UK government", "US government" where it says "the
    administration"). As often is enough: a story that names "Britain" once
    as a place and then tells what "the government" did is of the
    government. Where it names the country acting more often ("Turkey cut
    its deficit", "the Danish government"), or names it with the word ("the
    government of Sri Lanka"), the country's name stays.
    """
    names = [m for m in found.mentions if m.kind == "name"]
    bare = [
        m
        for m in found.mentions
        if m.title and m.title.lower() in _WHOLE_GOVERNMENT and not _named_beside(m, names)
    ]
    return bool(bare) and len(bare) >= len(names)


def _named_beside(mention: Mention, names: list[Mention]) -> bool:
    """Whether a name of the country stands a word or two from a mention: "government of Sri Lanka".

    Such a government is named by its country, not told of bare.
    """
    return any(
        name.sentence == mention.sentence
        and (0 < name.first - mention.last <= _BESIDE or 0 < mention.first - name.last <= _BESIDE)
        for name in names
    )


_BESIDE = 2
"""How far apart, in tokens, a name and "government" make one phrase: "X's government"."""
_WHOLE_GOVERNMENT = frozenset({"government", "administration"})
"""Words for a country's government as a whole: "the administration" is the US's word for it."""


def _without_novelty(role: str) -> str:
    """A role's name without the "new" before it: "the new schools regulator" is one.

    That a body or an office is new says when it came, not which it is.
    """
    first, _, rest = role.partition(" ")
    return rest if first == "new" and rest else role


def _country_name(names: list[Mention], country: str) -> str:
    """The country as the article names it, else its ISO short name."""
    named = [m for m in names if country_code(m.text) == country]
    if named:
        return clean_name(named[0].text)
    entry = pycountry.countries.get(alpha_3=country)
    if entry is None:
        return country
    return _in_word_order(str(getattr(entry, "common_name", None) or entry.name))


def _in_word_order(name: str) -> str:
    """An ISO name inverted for sorting, as read: "Palestine, State of" is "State of Palestine".

    "Virgin Islands, British" is "British Virgin Islands"; a comma that only
    lists ("Bonaire, Sint Eustatius and Saba") stays.
    """
    head, comma, rest = name.partition(", ")
    if comma and (rest.endswith((" of", " of the")) or " " not in rest):
        rest = rest.removeprefix("The ")
        return f"{rest} {head}"
    return name


def actor_code(country: str | None, sector: str | None, org: str | None) -> str | None:
    """The CAMEO-style code: country and sector (IRQGOV), or IGO/NGO and organisation (IGONAT)."""
    if sector in _MEMBERSHIP_SECTORS and org:
        return f"{sector}{_ORG_CODE.sub('', org.upper())[:3]}"
    if country and sector:
        return f"{country}{sector}"
    return country or sector


def _affiliation(found: Cluster) -> str | None:
    """The sector of the bodies a person is said to work for, unless he is a scholar at the state's.

    "Professor X of the Medical Research Council": a professor is an
    academic, and a state body that funds or consults him (a research
    council, an agency) does not make him an official, so the rank his
    honorific gives (EDU) stands. A hospital or a firm he works for still
    codes him ("a professor at St Mary's Hospital" is HLH).
    """
    affiliation = _vote(m.affiliation_sector for m in found.mentions)
    scholar = any(
        m.honorific_sector == _SCHOLARSHIP
        or (m.title_entry is not None and m.title_entry.words in _ACADEMIC_RANKS)
        for m in found.mentions
    )
    return None if scholar and affiliation == OFFICE_OF_STATE else affiliation


_SCHOLARSHIP = "EDU"
_ACADEMIC_RANKS = frozenset({("professor",), ("prof",), ("lecturer",)})
"""Ranks only a university gives: their holder is a scholar wherever he works."""


def _vote(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    best = max(counts.values())
    # Ties go to the value seen first, so the result never depends on hashing.
    return next(v for v in counts if counts[v] == best)
