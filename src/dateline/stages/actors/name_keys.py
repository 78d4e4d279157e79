"""What joins names: the key a name or a group mention is clustered by.

A person's key (a surname joins the full name it ends, styled and misspelled
surnames, family names first), a firm's name, upper houses and causes.
"""

from __future__ import annotations

import re
from collections import Counter

from dateline.stages._spans import fold
from dateline.stages.actors.coref_words import canonical_words, folded_name
from dateline.stages.actors.evidence import singular
from dateline.stages.actors.lexicon import Title, load
from dateline.stages.actors.mention import Mention
from dateline.stages.actors.mention_words import DETERMINERS


def named_key(mention: Mention, full_names: list[Mention], home: str | None) -> str:
    """The actor a name or a group mention belongs to, before titles and pronouns."""
    entry = mention.title_entry or role_of_group(mention)
    if mention.kind == "group" and entry is None:
        # "the detainees", "the men" after them; "French farmers" are not "German farmers".
        return f"people:{mention.title}" + (f":{mention.country}" if mention.country else "")
    if mention.kind == "group":
        # "Labour rebels" are Labour's, not every British group of that role.
        owner = mention.organization.name if mention.organization else mention.country or home
        sector = entry.sector if entry else None
        role = entry.words if entry else ()
        # "human rights groups" and "UK charities" are two groups, though both NGO;
        # so are private people by what they are ("residents", "protesters",
        # "refugees"), where "troops" and "soldiers" are one country's military.
        # A trial's sides are two: "prosecutors" are not the "lawyers" defending.
        told_apart = (
            len(role) > 1
            or sector in (_PRIVATE, _COURTS)
            or _people_of_a_cause(role, sector)
            or _of_an_upper_house(role)
        )
        kind = f":{' '.join(canonical_words(role))}" if told_apart else ""
        # "Gulf states and western governments": two groups, of no one country.
        region = f"region:{mention.text.casefold()}" if mention.regional else None
        return f"group:{region}" if region else f"group:{owner}:{sector}{kind}"
    if mention.label == "PERSON":
        return _person_key(mention, full_names)
    if mention.label == "LOC" or (mention.label in ("GPE", "NORP") and mention.country):
        # Scotland acting is not the UK's government.
        return f"nation:{mention.text}" if mention.label == "LOC" else f"country:{mention.country}"
    country = _government_of(mention.text) if mention.organization is None else None
    if country is not None:
        return f"country:{country}"
    # "Group Menatep" and a later "Menatep", "Yukos" and "Yukos Oil" are one firm.
    organization = mention.organization
    name = organization.name if organization else folded_name(_firm_name(_site_name(mention.text)))
    return f"org:{name}"


def _government_of(name: str) -> str | None:
    """The country a name of its government is of: "the British Government", "Iraqi authorities".

    Only the country's name and lower-case words may stand before the word
    that says government: a name with capitalised words of its own ("the US
    Food and Drug Administration") is a body the country set up, an actor
    of its own, though it too ends in a word for a government.
    """
    words = name.split()
    if len(words) < _TWO_WORDS or not load().is_government((words[-1].lower(),)):
        return None
    before = [word for word in words[:-1] if word.lower() not in DETERMINERS]
    named = [word for word in before if not word.islower()]
    return load().country(" ".join(named)) if named else None


_WEB_DOMAIN = re.compile(r"\.(?:com|org|net|co\.uk|org\.uk)$", re.IGNORECASE)


def _site_name(text: str) -> str:
    """A site's name without its web domain: "Shadowcrew.com" is the "Shadowcrew" told later.

    Technology news names a site or a web firm by its address once and by its
    bare name after ("PowerPage.org", "PowerPage's publisher"): one body.
    """
    return _WEB_DOMAIN.sub("", text)


def _firm_name(text: str) -> str:
    """A body's name as its firm is known: "Disney" is "Walt Disney", as companies.tsv lists it.

    Else its name without the words that say it is a firm ("Group Menatep": "Menatep").
    """
    lexicon = load()
    core = lexicon.business_core(text)
    known = lexicon.company_names.get(fold(text)) or lexicon.company_names.get(fold(core))
    return lexicon.business_core(known) if known else core


_PRIVATE = "CVL"


_COURTS = "JUD"


def _of_an_upper_house(role: tuple[str, ...]) -> bool:
    """Whether legislators are named as members of the upper house: "peers", "senators".

    "Peers defeated the bill ... called on MPs to back the peers": the two
    houses are two groups, though both are LEG.
    """
    return bool(role) and singular(role[-1]) in _UPPER_HOUSE_MEMBERS


_UPPER_HOUSE_MEMBERS = frozenset({"peer", "senator"})


def _people_of_a_cause(role: tuple[str, ...], sector: str | None) -> bool:
    """Whether a civil-society group is named as people, not as bodies: "campaigners".

    "Some campaigners ... Some charities say": people pressing a cause are
    not the charities that do, though both are NGO; "charities" and "the
    groups" may be the same bodies.
    """
    return sector == _CAUSES and bool(role) and singular(role[-1]) not in load().org_words


_CAUSES = "NGO"


def role_of_group(mention: Mention) -> Title | None:
    """The role a group found without one is named by, if the lexicon knows it.

    "The army attacked the rebels. The rebels denied it.": a group that
    only undergoes is found as people, one that acts by its role; both are
    the rebels.
    """
    if mention.kind != "group" or mention.title is None:
        return None
    words = tuple(mention.title.lower().split())
    if words != tuple(mention.text.lower().split()):
        return None  # "three other executives": told apart by its own words
    return load().title(words)


def full_name_mentions(mentions: list[Mention]) -> list[Mention]:
    """The person names given with more than one word ("Ann Lee", not "Lee")."""
    return [
        m
        for m in mentions
        if m.kind == "name"
        and m.label == "PERSON"
        and len(m.name_parts) > 1
        and len(m.text.split()) > 1  # "Hulme-Cross" alone is a surname
    ]


_SURNAME_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss"})
"""Honorifics written before a surname only, never before a given name alone."""


def _person_key(mention: Mention, full_names: list[Mention]) -> str:
    parts = mention.name_parts
    longer = _ending_in_a_styled_surname(mention, full_names)
    if longer:
        return _person_key(longer[0], full_names)
    if len(parts) > 1 and len(mention.text.split()) > 1:
        return f"person:{parts[0].casefold()} {parts[-1].casefold()}"
    # One word: a surname, double-barrelled ones too ("Mr Hulme-Cross").
    part = parts[-1].casefold() if parts else folded_name(mention.text)
    owners = (
        [m for m in full_names if m.name_parts[-1].casefold() == part]
        or [m for m in full_names if _misspelled(m.name_parts[-1].casefold(), part)]
        or _owners_of_a_cut_possessive(mention, part, full_names)
    )
    if not owners and (mention.honorific or "").rstrip(".") not in _SURNAME_HONORIFICS:
        # A given name alone ("Anil" after "Anil Ambani") is of a full name
        # named before it: "Charles" in a royal story is not the Charles
        # Kennedy its last paragraph names. "Mr Howard" is no Howard Flight.
        owners = [
            m
            for m in full_names
            if part in (p.casefold() for p in m.name_parts) and m.first < mention.first
        ]
        meant = {_person_key(m, full_names) for m in owners}
        keys = Counter(k for m in full_names if (k := _person_key(m, full_names)) in meant)
        if len(keys) > 1:
            # "David" after David Blunkett and David Davis once each: either
            # may be meant, and joining the one named last is a guess; "Ken"
            # after Ken Livingstone twice and Ken Bigley once is Livingstone.
            (first, most), (_, next_most) = keys.most_common(2)
            return first if most > next_most else f"person:{part}"
    if not owners and (mention.honorific or "").rstrip(".") in _SURNAME_HONORIFICS:
        owners = _family_name_first(part, full_names)
    if mention.gender is not None and owners:
        # "Mrs Blair" is not "Tony Blair" when the article also names Cherie
        # Blair; nor when it names him alone, as "Mrs" names a wife. "Ms"
        # may be the tagger's "Rhys James" cut from "Shani Rhys James".
        same = [m for m in owners if m.gender in (None, mention.gender)]
        if not same and (mention.honorific or "").rstrip(".") == "Mrs":
            return f"person:{part}:{mention.gender}"
        owners = same or owners
    if not owners:
        return f"person:{part}"
    before = [m for m in owners if m.first < mention.first]
    chosen = before[-1] if before else owners[0]
    return _person_key(chosen, full_names)


def _ending_in_a_styled_surname(mention: Mention, full_names: list[Mention]) -> list[Mention]:
    """The longer full names a surname of two words styled "Mrs" ends in.

    "Mrs Parker Bowles" is Camilla Parker Bowles, and "Mr Duncan Smith" Iain
    Duncan Smith: "Mrs" and "Mr" come before a family name, so the two words
    after one are no given name and surname.
    """
    parts = tuple(p.casefold() for p in mention.name_parts)
    if len(parts) < _TWO_WORDS or (mention.honorific or "").rstrip(".") not in _SURNAME_HONORIFICS:
        return []
    return [
        m
        for m in full_names
        if len(m.name_parts) > len(parts)
        and tuple(p.casefold() for p in m.name_parts[-len(parts) :]) == parts
    ]


_TWO_WORDS = 2


def _owners_of_a_cut_possessive(
    mention: Mention, part: str, full_names: list[Mention]
) -> list[Mention]:
    """The full names a possessive surname that lost its "s" is of: "Mr Ebber's" for Ebbers.

    A surname that ends in "s" takes a bare apostrophe ("Mr Ebbers' team");
    copy that writes "'s" instead ("Mr Ebber's lawyers") leaves the model a
    name without its last letter, which is still the full name's.
    """
    if not mention.possessor:
        return []
    return [m for m in full_names if m.name_parts[-1].casefold() == f"{part}s"]


def _family_name_first(part: str, full_names: list[Mention]) -> list[Mention]:
    """The full names that put ``part`` first as a family name: "Wen Jiabao" for "Mr Wen".

    Chinese and Korean names open with the family name, which "Mr" takes
    ("Park Seung ... Mr Park"); a given name the lexicon knows opens a name
    of the other order ("Mr Howard" is no Howard Flight).
    """
    given = load().first_names
    return [
        m
        for m in full_names
        if m.name_parts[0].casefold() == part and m.name_parts[0].title() not in given
    ]


def _misspelled(surname: str, other: str) -> bool:
    """Whether two surnames differ only by a doubled letter ("Abbot" for "Abbott").

    News copy misspells a name as often that way as any other, and such a
    surname alone is of the full name the article gave, not of a stranger.
    """
    return (
        surname != other
        and min(len(surname), len(other)) >= _LEAST_MISSPELLED
        and _DOUBLED.sub(r"\1", surname) == _DOUBLED.sub(r"\1", other)
    )


_DOUBLED = re.compile(r"(.)\1")


_LEAST_MISSPELLED = 4
"""Shorter surnames are too alike to join on spelling ("Lee", "Le")."""
