"""Evidence beside a mention: the title, country and organisation the words around it give.

"Iraqi Prime Minister Mohammed Shia al-Sudani" gives the title "Prime
Minister" and the country IRQ; "NATO chief" the organisation NATO; "Mr Hain,
Leader of the Commons," a title in apposition; "Conservative shadow
international development secretary" a title whose sector "shadow" turns to
OPP.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace

from dateline import lexicons
from dateline.records import Token
from dateline.stages._clause_roles import DESCRIBERS, prepositional_objects
from dateline.stages._gazetteer import cities_in_any_case, is_city, lookup
from dateline.stages._spans import country_code
from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.actors.body_names import (
    COMPANY,
    campaign_sector,
    people_group_sector,
    sectors_in,
)
from dateline.stages.actors.briefs import in_brief
from dateline.stages.actors.lexicon import ActorLexicon, Organization, Title
from dateline.stages.actors.mention import PARTICLES, Mention, head_of
from dateline.stages.actors.mention_words import CIVILIANS, DASHES
from dateline.stages.actors.performers import performer_sector
from dateline.stages.actors.relatives import is_kin_word

REMIT = frozenset({"for", "to", "of", "on"})


def of_country(tree: Tree, end: int, lexicon: ActorLexicon) -> str | None:
    """The country a title is "of": "the government of Chile", "the president of France"."""
    tokens = tree.tokens
    if end + 1 >= len(tokens) or tokens[end].text.lower() != "of":
        return None
    for length in (3, 2, 1):  # "of Sri Lanka", "of the United States"
        if end + 1 + length <= len(tokens):
            country = lexicon.country(tree.span_text(end + 1, end + 1 + length))
            if country is not None:
                return country
    return None


_STATIONING_VERBS = frozenset({"have", "keep", "station", "deploy", "base", "maintain", "send"})
"""Verbs by which a country holds forces somewhere: "France keeps 350 troops in the country"."""


def stationing_country(tree: Tree, noun: int, lexicon: ActorLexicon) -> str | None:
    """The country whose forces an armed role names, by the country that keeps them there.

    "France, which keeps about 350 troops in the country", "the US has 900
    soldiers in Syria": the troops are France's and America's, not those of
    the country the story is filed from.
    """
    tokens = tree.tokens
    verb = tokens[noun].head
    if tokens[noun].dep != "dobj" or tokens[verb].lemma.lower() not in _STATIONING_VERBS:
        return None
    subject = next((c for c in tree.children[verb] if tokens[c].dep == "nsubj"), None)
    if subject is None:
        return None
    if tokens[subject].tag in ("WDT", "WP") and tokens[verb].dep == "relcl":
        subject = tokens[verb].head  # "France, which keeps ...": the clause's noun
    return _country_named_at(tree, subject, lexicon)


def _country_named_at(tree: Tree, k: int, lexicon: ActorLexicon) -> str | None:
    """The country whose name the model's place entity holding token ``k`` is, if any."""
    for entity in tree.parse.entities:
        if entity.label == "GPE" and entity.token_start <= k < entity.token_end:
            return lexicon.country(tree.text[entity.start : entity.end])
    return None


def with_title_before(
    mention: Mention, tree: Tree, lexicon: ActorLexicon, people: set[int]
) -> Mention:
    """Read the role words right before a name: "Iraqi Prime Minister", "NATO chief", "Mr"."""
    tokens = tree.tokens
    first = _words_before(mention, tree, lexicon, people)
    # An honorific right before the name gives a gender, and is no title.
    end = mention.first
    gender = mention.gender
    honorific_country = None
    # "Anne Kerr QC": letters after the name, as weak as an honorific before it.
    after = tokens[mention.last].text if mention.last < len(tokens) else ""
    honorific_sector = mention.honorific_sector or lexicon.postnominal_sectors.get(after)
    honorific = mention.honorific
    while (
        end > first
        and lexicon.bare_honorific(tokens[end - 1].text)  # "President" is a title too
        and not _closes_a_title(tree, first, end, lexicon)  # "Crown Prince"
    ):
        gender = gender or lexicon.honorifics[tokens[end - 1].text]
        honorific_country = honorific_country or lexicon.honorific_countries.get(
            tokens[end - 1].text
        )
        honorific_sector = honorific_sector or lexicon.honorific_sectors.get(tokens[end - 1].text)
        honorific = honorific or tokens[end - 1].text
        end -= 1
    best = with_modifier(tree, first, _last_title(tree, first, end, lexicon), lexicon)
    best = with_body_kind(tree, first, best, lexicon)
    if best is not None and _thing_after(tree, best[1], end):
        # "the toughest general election Tony Blair has fought": the role
        # word describes a thing named after it, not the person.
        best, first = None, end
    if best is None and end < mention.first and tokens[end - 1].tag != "POS":
        # "told the BBC Mr Howard ...": a body right before an honorific, with
        # no role word, is not whom he speaks for ("NATO chief", "the BBC's").
        first = end
    # "Vodafone customer X", "wheelchair user Y": what serves her, not whom she acts for.
    if best is None and (
        named_apart(tree, end, lexicon)
        or any(served_noun(tree, k, lexicon) for k in range(first, end))
    ):
        first = end
    title_start = best[0] if best else end
    country, organization = _title_owner(tree, first, title_start, lexicon, titled=best is not None)
    if best is not None and best[2].scope == "national":
        # "King Abdullah of Jordan": a national office's holder is of the country named after.
        country = country or of_country(tree, mention.last, lexicon)
    title_first = first
    # "Iraqi Prime Minister": the demonym says where; "On Saturday Tory leader
    # Ann Hale": the day says when. Neither is part of the title; but the
    # day in "Sunday Telegraph journalist" is the paper's name.
    while title_first < end and (
        tokens[title_first].text in lexicon.demonyms
        or _when_before(tokens[title_first], organization)
    ):
        title_first += 1
    for k in range(title_first + 1, title_start):
        # "as part of President Chavez's reform": the words before "of" are
        # no part of his title.
        if tokens[k].pos == "ADP" and tokens[k - 1].text.islower():
            title_first = k + 1
    if gender is None and len(mention.name_parts) > 1:
        gender = lexicon.first_names.get(mention.name_parts[0])
    workplace = None if organization else _workplace_before(tree, title_first, best, lexicon)
    return replace(
        mention,
        title=tree.span_text(title_first, end) if best or organization else None,
        title_entry=best[2] if best else None,
        country=country or (organization.country if organization else None) or honorific_country,
        organization=organization,
        gender=gender,
        honorific_sector=honorific_sector,
        honorific=honorific,
        affiliation_sector=mention.affiliation_sector or workplace,
    )


_WHEN_LABELS = frozenset({"DATE", "TIME"})
"""The model's labels for words of when, which may run into a title before a name."""


def _when_before(token: Token, organization: Organization | None) -> bool:
    """Whether a word before a title tells when, not whose: not a word of its body's name."""
    named = organization.name.lower().split() if organization is not None else []
    return token.ent_type in _WHEN_LABELS and token.text.lower() not in named


def _closes_a_title(tree: Tree, first: int, end: int, lexicon: ActorLexicon) -> bool:
    """Whether the honorific before ``end`` ends a title of several words: "Crown Prince".

    "Saudi Crown Prince Abdullah" holds the office the words name with the
    honorific, and is of the country named before it.
    """
    best = _last_title(tree, first, end, lexicon)
    return best is not None and best[1] == end and best[0] < end - 1


def _workplace_before(
    tree: Tree, first: int, best: tuple[int, int, Title] | None, lexicon: ActorLexicon
) -> str | None:
    """The sector a body no lexicon lists gives a role any body has, named right before it.

    "Kelso Children's Hospital professor X" works at a hospital (HLH), as
    "X, a professor at Kelso Children's Hospital," does: the body's name says
    what it is, and the role is held there.
    """
    if best is None or best[2].scope != "any":
        return None
    end = best[0]
    # "Norvex senior vice president": a rank between the body and its office.
    while end > first and tree.tokens[end - 1].text.lower() in _RANKS:
        end -= 1
    words = tree.tokens[first:end]
    if not words or any(t.pos != "PROPN" and t.tag != "POS" for t in words):
        return None
    name = tree.span_text(first, end)
    # "Netcraft president X", "EA's vice president": a body no word of whose
    # name says more is a company, as it is after "of" (_body_sector); a
    # president is a head of state only where nothing names such a body, and
    # where no place ("US vice president") or person is named before the office.
    firm = (
        best[2].words in _PRESIDENCIES
        and not any(t.ent_type in _NO_BODIES for t in words)
        and lexicon.country(name.removesuffix("'s")) is None
        and not is_city(name)
    )
    return next(sectors_in([name], lexicon)) or (COMPANY if firm else None)


_RANKS = frozenset({"senior", "executive", "deputy", "assistant", "associate", "principal"})
"""Words of rank that may stand between a body's name and the office held there."""
_NO_BODIES = frozenset({"GPE", "LOC", "NORP", "PERSON", "FAC"})
"""The model's labels for names that are no body a president may be of."""


_PRESIDENCIES = frozenset({("president",), ("vice", "president"), ("vice-president",)})
"""Roles any body has that alone make their holder a government's (GOV)."""


def _words_before(mention: Mention, tree: Tree, lexicon: ActorLexicon, people: set[int]) -> int:
    """Where the words that may give a name's role start, in its sentence."""
    tokens = tree.tokens
    first = mention.first
    sentence_start = tree.sentence_span(mention.sentence)[0]
    while first > sentence_start and first - 1 not in people:
        token = tokens[first - 1]
        remit = token.text.lower() in REMIT and token.pos == "ADP"
        # "Leader of the Commons Ann Cole": the article of a body the role is of.
        remit = remit or _article_after_remit(tree, first - 1, sentence_start, mention.first)
        joins = token.tag in ("POS", "HYPH")  # "Britain's", "director-general"
        # "Under-Secretary": a preposition that opens a hyphenated title.
        opens = token.pos == "ADP" and tokens[first].tag == "HYPH"
        # "shadow", "former": the tagger may call them verbs or adverbs.
        modifies = token.text.lower() in lexicon.title_modifiers
        pairs = _pairs_two_callings(tree, first - 1, mention.first, lexicon)
        mistagged = _title_taken_for_verb(tree, first - 1, lexicon)
        # "Minister for Schools, Young People and Skills Jane Orton".
        brief = (
            first < mention.first  # not the comma right before the name
            and token.text in (",", "and", "&")
            and in_brief(tree, first - 1, lexicon)
        )
        if token.pos not in ("PROPN", "NOUN", "ADJ") and not (
            joins or remit or opens or modifies or pairs or mistagged or brief
        ):
            break
        first -= 1
    while first < mention.first and (
        (tokens[first].pos == "ADP" and tokens[first + 1].tag != "HYPH")
        or tokens[first].tag == "POS"
    ):
        first += 1
    before_names = _before_honorifics(tree, mention, lexicon)
    if first < mention.first and tokens[before_names].text.lower() in REMIT:
        # "a spokesman for Michael Howard", "lawyer for Mr Begg": the title
        # is of someone speaking for him. His honorifics are still his own:
        # "Mr" gives "lawyer for Mr Begg" a man, and "On Mrs Howard's role",
        # its "On" opening the sentence, a woman apart from Michael Howard.
        first = before_names + 1
    return first


def served_noun(tree: Tree, k: int, lexicon: ActorLexicon) -> bool:
    """Whether token ``k`` names private people a body serves: "customer", "user", "shopper".

    A body's word on such a noun before a name ("Vodafone customer X") names
    what the person buys from or uses, and none of the body's own people:
    the nouns are those whose plural people_words.tsv codes CVL.
    """
    token = tree.tokens[k]
    if token.pos != "NOUN" or not token.text.islower():
        return False
    is_people, sector = lexicon.people_sector(f"{token.lemma.lower()}s")
    return is_people and sector == CIVILIANS


def _article_after_remit(tree: Tree, k: int, sentence_start: int, name: int) -> bool:
    """Whether token ``k`` is the "the" of a body a role before a name is of.

    "Leader of the Commons Ann Cole": the body's words stand between the
    article and the name; in "members of the Cole family" the name is the
    family's, with no role of its own.
    """
    tokens = tree.tokens
    return (
        sentence_start < k < name - 1
        and tokens[k].text.lower() == "the"
        and tokens[k - 1].text.lower() in REMIT
        and tokens[k - 1].pos == "ADP"
    )


def _title_taken_for_verb(tree: Tree, k: int, lexicon: ActorLexicon) -> bool:
    """Whether a role word before a name was tagged a verb: "Howard and frontbencher X".

    Not after a word that a verb follows ("to", "will", "can"): "to judge X's
    case" is a verb.
    """
    tokens = tree.tokens
    return (
        tokens[k].pos == "VERB"
        and tokens[k].text.islower()
        and lexicon.title((tokens[k].text,)) is not None
        and (k == 0 or tokens[k - 1].pos not in ("AUX", "PART", "VERB"))
    )


def _pairs_two_callings(tree: Tree, k: int, name: int, lexicon: ActorLexicon) -> bool:
    """Whether an "and" joins a role to a lower-case calling before a name.

    "businessman and philanthropist Sir X": the role the text gives him is
    the first of the two; "the chancellor and Tony Blair" joins no calling
    to the name, and "a swipe at the Greens' plans and party leader X" no
    role to it.
    """
    tokens = tree.tokens
    return (
        tokens[k].text == "and"
        and 0 < k < name - 1
        and lexicon.title((tokens[k - 1].text,)) is not None
        and all(tokens[j].pos == "NOUN" and tokens[j].text.islower() for j in (k - 1, k + 1))
    )


def _before_honorifics(tree: Tree, mention: Mention, lexicon: ActorLexicon) -> int:
    """The token before a name and the honorifics it opens with ("for" in "for Mr Begg").

    A title that is an honorific too is no mere honorific: in "part of
    President Chavez's reform" the title is his.
    """
    k = mention.first - 1
    while (
        k > 0
        and tree.tokens[k].text in lexicon.honorifics
        and lexicon.title((tree.tokens[k].text,)) is None
    ):
        k -= 1
    return k


def named_apart(tree: Tree, first: int, lexicon: ActorLexicon) -> bool:
    """Whether the capitalised words before token ``first`` are a noun phrase of their own.

    "told the BBC Michael Howard had ...": "the" makes the body one, and the
    name starts a new clause; one's party or firm stands with no article
    before it ("Tory Ken Clarke", "the BBC's Nick Robinson"). A common noun
    that is no role may end the body's phrase ("told the Channel 4 News
    programme Smith had ..."): a medium or a place, never the person's calling.
    """
    tokens = tree.tokens
    start = tree.sentence_span(tree.sentence_of[first])[0]
    j = first
    while j > start and _part_of_a_name_or_thing(tree, j - 1, lexicon):
        j -= 1
    return start < j < first and tokens[j - 1].text.lower() == "the"


def _part_of_a_name_or_thing(tree: Tree, k: int, lexicon: ActorLexicon) -> bool:
    """Whether a word may stand in a body's or a thing's phrase, being no role word."""
    return tree.tokens[k].pos in ("PROPN", "NOUN") and title_at(tree, k, lexicon) is None


def with_ruled_country(mention: Mention, tree: Tree, lexicon: ActorLexicon) -> Mention:
    """A name that owns a country, as its ruler: "Idi Amin's Uganda", "Putin's Russia".

    News makes a country no one's possession but its ruler's. Only a name no
    role places yet is read so, and only where the country ends the phrase
    ("Blair's Britain policy" is a policy).
    """
    tokens = tree.tokens
    k = mention.last
    if mention.title_entry is not None or k + 1 >= len(tokens) or tokens[k].tag != "POS":
        return mention
    for length in (3, 2, 1):  # "Saddam Hussein's Iraq", "Mugabe's Zimbabwe"
        end = k + 1 + length
        if end > len(tokens) or (end < len(tokens) and tokens[end].pos in _NOUNS):
            continue  # "Blair's Britain policy": the country describes a thing
        country = country_code(tree.span_text(k + 1, end))
        if country is not None:
            return replace(mention, country=country, title_entry=lexicon.title(("ruler",)))
    return mention


_NOUNS = frozenset({"NOUN", "PROPN"})


def with_apposition(
    mention: Mention, tree: Tree, lexicon: ActorLexicon, people: set[int]
) -> Mention:
    """Read a title set beside a name: "Mr Hain, Leader of the Commons, told ..."."""
    mention = _without_office_left(mention, tree, lexicon)
    if mention.title_entry is not None:
        return mention
    tokens = tree.tokens
    for start, end in _apposition_regions(mention, tree):
        opening = start
        while opening < end and (tokens[opening].pos == "PUNCT" or tokens[opening].pos == "DET"):
            opening += 1
        own = _after_principal(tree, opening, end, people)
        if own is None or _kin_of_another(tree, own, end):
            continue
        first = _past_possessing_titles(tree, own, end, lexicon)
        best = _with_new_sector(tree, first, _first_title(tree, first, end, lexicon), lexicon)
        current = _title_now(tree, best, end, lexicon)
        if current is not None:
            first, best = current
        # "Afghanistan's envoy to the United Nations": the body or country one
        # is sent to is not whom one acts for.
        after = best[1] if best is not None else end
        stop = next((k for k in range(after, end) if _closes_the_remit(tree, k)), end)
        country, organization = country_and_organization(tree, (first, stop), stop, lexicon)
        affiliation = None
        if organization is None:
            affiliation = _workplace_before(tree, first, best, lexicon) or _body_sector(
                tree, first, stop, lexicon, guess_firm=_held_in_firms(best)
            )
        if best is None and affiliation is None:
            # ", a reform-minded technocrat, to the post of trade minister": a
            # description that says nothing we know leaves the role after it.
            continue
        if best is None:
            # "Eric Kraus, a strategist at Sovlink Securities": no title we know,
            # but the body he works for.
            return replace(mention, affiliation_sector=mention.affiliation_sector or affiliation)
        return replace(
            mention,
            title=tree.span_text(first, best[1]),
            title_entry=best[2],
            country=mention.country or country or (organization.country if organization else None),
            organization=mention.organization or organization,
            affiliation_sector=mention.affiliation_sector or affiliation,
        )
    return mention


def _without_office_left(mention: Mention, tree: Tree, lexicon: ActorLexicon) -> Mention:
    """A name without the former office before it, where an apposition tells the one held now.

    "Ex-minister Sue Hall, now chair of the Audit Commission,": she speaks
    from the office after "now", as in "X, a one-time Tory minister and now an
    EU commissioner," (_title_now), so the apposition is read instead.
    """
    title = (mention.title or "").lower().replace("-", " ").split()
    if mention.title_entry is None or not any(lexicon.ends_office(word) for word in title):
        return mention
    after = [
        (start, end) for start, end in _apposition_regions(mention, tree) if start >= mention.last
    ]
    if not any(_office_after_now(tree, start, end, lexicon) for start, end in after):
        return mention
    return replace(mention, title=None, title_entry=None, organization=None)


def _closes_the_remit(tree: Tree, k: int) -> bool:
    """Whether the words of an apposition past token ``k`` name no body its person works for.

    "envoy to the United Nations" names where one is sent; "a spokesman for
    the agency quoted in the Daily Star", "an aide to the minister speaking to
    reporters" go on with a clause of their own, whose bodies (the paper that
    quoted him) are not his.
    """
    token = tree.tokens[k]
    return token.text.lower() == "to" or (token.pos == "VERB" and token.dep in _CLAUSES)


_CLAUSES = frozenset({"acl", "relcl"})
"""Dependencies of a clause hung on a noun: "quoted in ...", "who told ..."."""


def _kin_of_another(tree: Tree, first: int, end: int) -> bool:
    """Whether an apposition names a relative's tie: ", the son of a Church minister,".

    The role after "of" is the relative's, not the named person's: the
    chancellor born a minister's son is no churchman.
    """
    tokens = tree.tokens
    noun = next((k for k in range(first, end) if tokens[k].pos in _NOUNS), None)
    return (
        noun is not None
        and noun + 1 < end
        and is_kin_word(tokens[noun].text)
        and tokens[noun + 1].text.lower() == "of"
    )


def _title_now(
    tree: Tree, best: tuple[int, int, Title] | None, end: int, lexicon: ActorLexicon
) -> tuple[int, tuple[int, int, Title]] | None:
    """The office an apposition says a person holds now, after one held before.

    "X, a one-time Tory minister and now an EU commissioner,": the
    office after "now" is the one the person speaks from. Given back with
    the first word after "now" (past an article), where the words naming its
    body start: "now an EU commissioner" is the EU's.
    """
    return None if best is None else _office_after_now(tree, best[1], end, lexicon)


def _office_after_now(
    tree: Tree, start: int, end: int, lexicon: ActorLexicon
) -> tuple[int, tuple[int, int, Title]] | None:
    """The first title after "now" in tokens ``start``..``end``, with where its words start."""
    now = next((k for k in range(start, end) if tree.tokens[k].text.lower() == "now"), None)
    current = None if now is None else _first_title(tree, now + 1, end, lexicon)
    if now is None or current is None:
        return None
    opening = now + 1
    while opening < current[0] and tree.tokens[opening].pos == "DET":
        opening += 1
    return opening, current


def _with_new_sector(
    tree: Tree, first: int, best: tuple[int, int, Title] | None, lexicon: ActorLexicon
) -> tuple[int, int, Title] | None:
    """An apposition's title with the sector a word before it gives.

    ", a prospective Labour MP,", ", the shadow education secretary,": the
    candidate and the shadow minister are not in office. A "former" office
    there keeps its own coding.
    """
    modified = with_modifier(tree, first, best, lexicon)
    if modified is not None and best is not None and modified[2].sector != best[2].sector:
        return modified
    return best


def _after_principal(tree: Tree, first: int, end: int, people: set[int]) -> int | None:
    """Where the words of an apposition that may be a name's title start, or ``None``.

    An apposition naming another person is no title of this one ("X, Y and
    Z"), unless that person owns the role after them: "Ana Ruiz, Felipe
    Gomez's former press secretary," holds the role, from after the
    possessive on.
    """
    named = [k for k in range(first, end) if k in people]
    if not named or _serves_the_one_named(tree, first, named[0]):
        return first
    after = named[-1] + 1
    if after + 1 < end and tree.tokens[after].tag == "POS":
        return after + 1
    return None


def _serves_the_one_named(tree: Tree, first: int, named: int) -> bool:
    """Whether an apposition's role is held in the service of the person it names.

    "X, a special adviser to Chancellor Y,", "X, a spokesman for Y,": the
    role comes first and the other person is whom it serves, as "to" or
    "for" after it says; in "X, Y and Z" no role stands before them.
    """
    return any(
        tree.tokens[k].text.lower() in _SERVING and tree.tokens[k - 1].pos == "NOUN"
        for k in range(first + 1, named)
    )


_SERVING = frozenset({"to", "for"})
"""Prepositions after a role that name whom its holder works for."""


def apposition_title(
    mention: Mention, tree: Tree, lexicon: ActorLexicon
) -> tuple[int, int, Title] | None:
    """The first title set in apposition after a name (", the fund's managing director,").

    With the range of its tokens.
    """
    for start, end in _apposition_regions(mention, tree):
        if start >= mention.last:
            found = _first_title(tree, start, end, lexicon)
            if found is not None:
                return found
    return None


def _apposition_regions(mention: Mention, tree: Tree) -> list[tuple[int, int]]:
    """The token ranges set in apposition to a name, after it or (a title) before it."""
    tokens = tree.tokens
    # ", a director", ", a senior judge", ", the IMF's managing director": the
    # noun the apposition hangs on may stand several words after the comma.
    regions: list[tuple[int, int]] = []
    for j in sorted(c for k in range(mention.first, mention.last) for c in tree.children[k]):
        if j >= mention.last and _workplace_hung_on_name(tree, j, regions):
            regions[-1] = (regions[-1][0], tree.subtree(j)[1])
            continue
        if j < mention.last or tokens[j].dep != "appos":
            continue
        start, end = max(tree.subtree(j)[0], mention.last), tree.subtree(j)[1]
        if regions and regions[-1][1] == start:
            # "- a senior law lord -": the model may split one apposition in two.
            start = regions.pop()[0]
        regions.append((start, end))
    head = head_of(tree, mention.first, mention.last)
    governor = tokens[head].head
    if tokens[head].dep == "appos" and governor < mention.first:
        # "The Turkish economics minister, Ali Kaya, said": the title comes
        # first, and the name may hang on the end of its phrase ("The EU's
        # envoy for the talks, Ali Kaya,").
        governor = remit_of(tree, governor)
        regions.append((tree.subtree(governor)[0], mention.first))
    regions.extend(_relative_role(mention, tree))
    regions.extend(_unclosed_apposition(mention, tree, head))
    regions.extend(_predicated_role(tree, head))
    regions.extend(_posted_role(tree, head))
    regions.extend(_dashed_apposition(mention, tree))
    return regions


def _workplace_hung_on_name(tree: Tree, j: int, regions: list[tuple[int, int]]) -> bool:
    """Whether token ``j`` opens the body an apposition's role is held at, hung on the name.

    "X, ex-head of policy at the Treasury, said": the model may split the
    role in pieces ("ex", "-", "head") and hang "at the Treasury" on the
    name; right after the role, with no comma between, it is still where
    the role is held, as it is when the model hangs it on the role.
    """
    token = tree.tokens[j]
    return (
        bool(regions)
        and token.dep == "prep"
        and token.text.lower() in _WORKPLACE_PREPOSITIONS
        and regions[-1][1] == tree.subtree(j)[0]
    )


_WORKPLACE_PREPOSITIONS = frozenset({"at", "of", "in", "with"})


def _dashed_apposition(mention: Mention, tree: Tree) -> Iterator[tuple[int, int]]:
    """What a spaced dash sets beside a name, when the model did not hang it on the name.

    "X - another Korlin board member accused of leaking the plan - was
    dropped": the model may read the name as the role's modifier; the words
    from the dash's article to the closing dash, or to a clause that goes on
    from them, are still what the text says of the name.
    """
    tokens = tree.tokens
    dash = mention.last
    if dash + 1 >= len(tokens) or tokens[dash].text not in DASHES:
        return
    spaced = tokens[dash - 1].end < tokens[dash].start and tokens[dash].end < tokens[dash + 1].start
    if not spaced or tokens[dash + 1].pos != "DET":
        return
    end = tree.sentence_span(mention.sentence)[1]
    # The role's noun phrase ends at a clause said of it ("accused by Y of ..."),
    # whose people are not whose role it is.
    closing = next(
        (k for k in range(dash + 1, end) if tokens[k].text in DASHES or tokens[k].pos in _VERBS),
        end,
    )
    yield dash + 1, closing


def _posted_role(tree: Tree, head: int) -> Iterator[tuple[int, int]]:
    """The role a noun of posting gives the name it is "of": "the appointment of X as Y".

    "The appointment of X to the new post of trade minister" gives X the
    post as surely as "X's appointment" does.
    """
    tokens = tree.tokens
    of = tokens[head].head
    if tokens[head].dep != "pobj" or tokens[of].text.lower() != "of":
        return
    posting = tokens[of].head
    if tokens[posting].lemma.lower() not in POSTINGS:
        return
    for link in tree.children[posting]:
        if tokens[link].dep == "prep" and tokens[link].text.lower() in ("to", "as"):
            yield from (tree.subtree(c) for c in tree.children[link] if tokens[c].dep == "pobj")


POSTINGS = frozenset({"promotion", "appointment", "elevation", "nomination", "election"})
"""Nouns that give someone a role: "promotion to", "appointment as"."""


def _predicated_role(tree: Tree, head: int) -> Iterator[tuple[int, int]]:
    """A role a copula says a name holds now: "X is a professor of history".

    A role told of a name with "is" is as much the name's as one set beside
    it with commas. Only a common noun: "X is Y" equates two names. Only in
    the present, as for a relative clause: "X became a clerk at the Inland
    Revenue" tells of a career's start, not the office the story gives him.
    """
    tokens = tree.tokens
    verb = tokens[head].head
    if tokens[head].dep != "nsubj" or verb <= head or tokens[verb].tag not in PRESENT_TAGS:
        return
    if tokens[verb].lemma.lower() not in COPULAS:
        return
    yield from (
        tree.subtree(c)
        for c in tree.children[verb]
        if tokens[c].dep == "attr" and tokens[c].pos == "NOUN"
    )


COPULAS = frozenset({"be", "become", "remain"})
"""Verbs that say what their subject is: "she becomes a minister"; a role after them is hers."""


def remit_of(tree: Tree, noun: int) -> int:
    """The title whose remit a noun names: "envoy" in "envoy for the talks", else the noun.

    Only "for", "on" and "of" name a remit, and only a noun holds it: not
    "a question from his opposite number", nor "one of the members".
    """
    tokens = tree.tokens
    while tokens[noun].dep == "pobj" and tokens[tokens[noun].head].text.lower() in REMITS:
        holder = tokens[tokens[noun].head].head
        if tokens[holder].pos not in ("NOUN", "PROPN"):
            break
        noun = holder
    return noun


REMITS = frozenset({"for", "on", "of", "in"})
"""Prepositions naming what a title is for: "envoy for the talks", "head of the agency"."""


def _relative_role(mention: Mention, tree: Tree) -> Iterator[tuple[int, int]]:
    """A role a relative clause says a name holds now: ", who is policy chief at X,".

    Only "is" or "are": "who was chairman" tells of an office left. Staying
    on tells the role held now, whatever its tense: ", who will remain as
    chief executive," and ", who remains chairman,".
    """
    tokens = tree.tokens
    for j in (c for k in range(mention.first, mention.last) for c in tree.children[k]):
        if j < mention.last or tokens[j].dep != "relcl" or not _said_of_who(tree, j):
            continue
        lemma = tokens[j].lemma.lower()
        if lemma in _STAYING:
            yield from (tree.subtree(c) for c in _role_kept(tree, j))
        elif lemma == "be" and tokens[j].tag in PRESENT_TAGS:
            yield from (tree.subtree(c) for c in tree.children[j] if tokens[c].dep == "attr")


def _said_of_who(tree: Tree, verb: int) -> bool:
    """Whether a relative clause's subject is "who"."""
    return any(
        tree.tokens[c].dep == "nsubj" and tree.tokens[c].text.lower() == "who"
        for c in tree.children[verb]
    )


def _role_kept(tree: Tree, verb: int) -> list[int]:
    """The role a verb of staying on keeps: "remains chairman", "will remain as chief"."""
    tokens = tree.tokens
    kept = [c for c in tree.children[verb] if tokens[c].dep in ("attr", "acomp", "oprd")]
    return kept + prepositional_objects(tree, verb, frozenset({"as"}))


_STAYING = frozenset({"remain", "stay"})
"""Verbs by which one keeps a role: "who will remain as chief executive"."""


def _unclosed_apposition(mention: Mention, tree: Tree, head: int) -> Iterator[tuple[int, int]]:
    """A role after a name's comma whose closing comma was left out: "X, party spokesman said".

    The model reads the role as a second subject of the verb; it is the
    name's apposition.
    """
    tokens = tree.tokens
    if (
        tokens[head].dep != "nsubj"
        or mention.last >= len(tokens)
        or tokens[mention.last].text != ","
    ):
        return
    verb = tokens[head].head
    yield from (
        (mention.last + 1, tree.subtree(c)[1])
        for c in tree.children[verb]
        if mention.last < c < verb and tokens[c].dep == "nsubj"
    )


def _held_in_firms(best: tuple[int, int, Title] | None) -> bool:
    """Whether a role may be guessed a firm's when the body it is held at says nothing.

    A chairman or an official of a body no lexicon knows is most often a
    company's; an editor or a professor there keeps the sector of their
    calling, which says more of that body than a guess does.
    """
    return best is None or best[2].sector in (None, _GOVERNMENT)


def _body_sector(
    tree: Tree, first: int, end: int, lexicon: ActorLexicon, *, guess_firm: bool = True
) -> str | None:
    """The sector the name of a body after "of" or "at" gives by its words ("Naftohaz company").

    With ``guess_firm``, a body the model names whose words say nothing is a company.
    """
    tokens = tree.tokens
    start = next((k + 1 for k in range(first, end) if _names_whose(tree, k, end)), None)
    if start is None and tokens[first].text == ",":
        start = first + 1  # "Colin Asplin, Blackpool Hotel Association said"
    if start is None:
        return None
    # Read as the body itself is coded, so that "X, of the Rural Schools
    # Alliance" speaks for a campaign (NGO) as the alliance is one.
    # Only the name: ", an association that represents savers" describes it.
    close = next((k for k in range(start, end) if tokens[k].pos == "PUNCT"), end)
    name = [tree.span_text(start, close)]
    sector = (
        # "director of a group lobbying against the tax": a cause's, no firm's.
        _group_pressing_a_cause(tree, list(range(start, end)))
        or next(sectors_in(name, lexicon))
        or campaign_sector(name, lexicon)
        or next(
            (s for k in range(start, end) if (s := lexicon.org_words.get(tokens[k].text.lower()))),
            None,
        )
    )
    # "Evan Marsh of Gimme Credit": a body the model names and no word of it
    # places is a company, as an unknown body is when coded (coding.py). Not
    # a town the model took for one ("Dave Hill, of Burnley, said"): that is
    # where a private person lives.
    named = any(tokens[k].ent_type == "ORG" for k in range(start, end)) or _body_called_a_person(
        tree, start, close
    )
    return sector or (COMPANY if guess_firm and named and not is_city(name[0]) else None)


def _body_called_a_person(tree: Tree, start: int, end: int) -> bool:
    """Whether the name a person is "of" is one the model called a person's: "X of Keyobs".

    One person is named "of" a body or a place, never "of" another person
    ("Ann Tell of Kroma"); a rare firm's name the model takes for a
    surname is still the body the person speaks for. Not a person's side
    named with a possessive ("of Mr Lee's campaign"), whose head is the
    campaign's noun.
    """
    tokens = tree.tokens
    heads = [k for k in range(start, end) if not start <= tokens[k].head < end]
    return (
        len(heads) == 1
        and tokens[heads[0]].ent_type == "PERSON"
        and tokens[heads[0]].pos == "PROPN"
    )


_AFFILIATION = frozenset({"of", "from", "at"})
_AFFILIATION_REACH = 6
_VERBS = frozenset({"VERB", "AUX"})


def _names_whose(tree: Tree, k: int, end: int) -> bool:
    """Whether word ``k`` opens the body a role is held in: "of", "at", "from", or "for" a body.

    "A spokeswoman for the campaign group X" speaks for it as its director
    ("of") would; but "spokesman for health" names a portfolio, so "for"
    counts only before a determiner or a body's name ("for the", "for X").
    """
    word = tree.tokens[k].text.lower()
    if word in _AFFILIATION:
        return True
    after = tree.tokens[k + 1] if k + 1 < end else None
    return word == "for" and after is not None and (after.pos == "DET" or after.ent_type == "ORG")


def with_affiliation(mention: Mention, tree: Tree, lexicon: ActorLexicon) -> Mention:
    """Read the body a person speaks for, named right after the name.

    "Brad Adams of Human Rights Watch", "Shami Chakrabarti, from human rights
    group Liberty".
    """
    if mention.organization is not None:
        return mention
    spoken_for = _fronted_side(mention, tree, lexicon)
    if spoken_for is not None:
        return replace(
            mention,
            organization=spoken_for,
            country=mention.country or spoken_for.country,
        )
    span = _affiliation_span(mention, tree)
    if span is None:
        return mention
    j, stop = span
    country, organization = country_and_organization(tree, (j + 1, stop), stop, lexicon)
    if organization is not None and _foreign_namesake(organization, country):
        # "Pierre Lamont, of Canada's Liberal Party": not the British party
        # the lexicon lists by that name, but its namesake in the country named.
        return replace(
            mention,
            country=mention.country or country,
            affiliation_sector=mention.affiliation_sector or organization.sector,
        )
    if organization is None:
        # "Emmanuel Gaillard of Shearman and Sterling": a body the lexicon does
        # not know, whose name may still say what it is.
        sector = _body_sector(tree, j, stop, lexicon)
        return replace(mention, affiliation_sector=mention.affiliation_sector or sector)
    return replace(
        mention,
        organization=organization,
        country=mention.country or organization.country,
    )


def _foreign_namesake(organization: Organization, country: str | None) -> bool:
    """Whether a party the lexicon lists is named as another country's: "Canada's Liberal Party".

    A party stands for election in one country; the same name in another is
    a party of its own there.
    """
    return (
        organization.sector == _PARTY
        and country is not None
        and organization.country not in (None, country)
    )


_PARTY = "PTY"


def _affiliation_span(mention: Mention, tree: Tree) -> tuple[int, int] | None:
    """Where the words naming whom a person speaks for start ("of", "from", "at") and end.

    "X, for the Liberal Democrats, said": a side set between commas is one
    too; not "X, for example, said" (no body) nor "voted for X for years".
    """
    tokens = tree.tokens
    j = mention.last
    if j < len(tokens) and tokens[j].text == ",":
        j += 1
    if j >= len(tokens):
        return None
    aside = tokens[j].text.lower() == "for" and tokens[j - 1].text == ","
    if tokens[j - 1].text == "," and _body_set_beside(tree, j):
        # "Colin Asplin, Blackpool Hotel Association, said": the body alone.
        return j - 1, _body_end(tree, j)
    if tokens[j].text.lower() not in _AFFILIATION and not aside:
        return None
    end = min(j + 1 + _AFFILIATION_REACH, len(tokens))
    # The body's name ends at a verb too: "X of the PCO told the Associated
    # Press" speaks for the PCO, not for the agency he told.
    stop = next(
        (
            k
            for k in range(j + 1, end)
            if tokens[k].pos == "PUNCT" or (tokens[k].pos in _VERBS and tokens[k].text.islower())
        ),
        end,
    )
    if aside and (stop >= len(tokens) or tokens[stop].text != ","):
        return None
    return j, stop


def _body_end(tree: Tree, j: int) -> int:
    """Where a body's name the model tags from token ``j`` ends."""
    end = j
    while end < len(tree.tokens) and tree.tokens[end].ent_type == "ORG":
        end += 1
    return end


def _body_set_beside(tree: Tree, j: int) -> bool:
    """Whether a body's name set after a person's name and a comma is whom they speak for.

    "Colin Asplin, Blackpool Hotel Association, said": a name of two words
    or more the model tags a body, then the verb of saying (or a comma
    before it); not a list of people and bodies ("X, Oxfam and Y").
    """
    tokens = tree.tokens
    end = _body_end(tree, j)
    if end - j < 2 or end >= len(tokens) or not tokens[j].text[:1].isupper():
        return False
    after = tokens[end + 1] if tokens[end].text == "," and end + 1 < len(tokens) else tokens[end]
    return after.lemma in _SAYING and after.text.islower()


_SAYING = frozenset({"say", "tell", "add", "warn"})


_FRONTED_REACH = 5


def _fronted_side(mention: Mention, tree: Tree, lexicon: ActorLexicon) -> Organization | None:
    """The body a sentence opens by naming as the side its subject speaks for.

    "For the Liberal Democrats, Sir X argued ...": the way news
    reports each party's answer in a debate; the speaker belongs to it.
    Only the subject of the main verb, right after the phrase's comma (its
    own title between: "For the Tories, shadow chancellor X said").
    """
    tokens = tree.tokens
    start, _ = tree.sentence_span(tree.sentence_of[mention.first])
    while start < mention.first and tokens[start].pos in ("PUNCT", "SPACE"):
        start += 1  # a quote's closing mark the model left on the next paragraph
    opener = start + (tokens[start].text.lower() in {"and", "but"})
    if tokens[opener].text.lower() != "for":
        return None
    # With no comma the model may take the name for the object of "for"
    # ("For the Tories Jo Bell said"): the main verb right after it makes it
    # the subject all the same.
    verb = tokens[mention.last] if mention.last < len(tokens) else None
    fronted = verb is not None and verb.dep == "ROOT" and verb.pos == "VERB"
    if not (mention.main_subject or fronted):
        return None
    comma = next(
        (
            k
            for k in range(opener + 1, min(opener + 2 + _FRONTED_REACH, mention.first))
            if tokens[k].text == ","
        ),
        None,
    )
    if comma is None:
        # "For the Greens Anna Pryce said": the comma left out, the name right after the side.
        comma = mention.first
    between = tokens[comma + 1 : mention.first]
    if len(between) > _FRONTED_REACH or any(t.pos in _VERBS for t in between):
        return None
    span = (opener + 1, comma)
    if tokens[span[0]].text.lower() == "the":
        span = (span[0] + 1, comma)
    return lexicon.organization(tree.span_text(*span))


_SAME_SECTOR = "="
"""A title modifier that leaves the title's sector as it is ("former")."""


def with_modifier(
    tree: Tree, first: int, best: tuple[int, int, Title] | None, lexicon: ActorLexicon
) -> tuple[int, int, Title] | None:
    """The title with the sector a word before it imposes ("shadow ... secretary": OPP)."""
    if best is None:
        return None
    for j in range(first, best[1]):
        word = tree.tokens[j].text.lower()
        sector = lexicon.title_modifiers.get(word)
        if best[2].sector in lexicon.modifiers_keep.get(word, frozenset()):
            continue  # "rebel MPs": members who defy their side, in parliament still
        if sector == _SAME_SECTOR:
            # An office no longer held: a party named beside it ("Labour former
            # minister") says more about where the holder stands now.
            return (best[0], best[1], replace(best[2], scope="any"))
        # "shadow", "opposition", "rebel" say where any holder stands;
        # "prospective" only that an office is not held yet, so it changes a
        # role with a sector of its own ("prospective MP"), not "prospective
        # members" of a body, whom the body codes.
        if sector is not None and (best[2].sector is not None or sector in _STANDINGS):
            return (best[0], best[1], replace(best[2], sector=sector))
    return best


_BODY_KINDS = frozenset({"PTY", "LAB", "HLH", "REL", "EDU"})
"""Sectors of the kinds of body a word before a role names ("party", "union",
"hospital"). Not the state's words, which also name a brief ("local government
spokesman"), nor campaigns and firms, whose words also name a task ("campaign
chief")."""


_FIRMS_OWN = frozenset({"company"})
"""A word before a role that makes it a firm's and names no task, as "campaign" does."""


def with_body_kind(
    tree: Tree, first: int, best: tuple[int, int, Title] | None, lexicon: ActorLexicon
) -> tuple[int, int, Title] | None:
    """A role any body has, with the sector of the kind of body named right before it.

    "Party chief executive X" runs a party (PTY), "union general secretary
    Y" a union (LAB), "council leader Z" a council (GOV): the kind of body
    is what "chief executive" (BUS when nothing says whose) or "general
    secretary" lacks. A role with a sector of its own keeps it ("shadow
    cabinet member"), except after "company": "company president X" runs a
    firm, not a state. A role after the last word of a body's name
    ("Seaside Casino Association chairman") is the one that body decides.
    """
    if best is None or best[0] <= first or best[2].scope == "national":
        return best
    kind = best[0] - 1
    if kind > 0 and tree.tokens[kind - 1].pos == "PROPN":
        return best
    word = tree.tokens[kind].text.lower()
    if word in _FIRMS_OWN:
        return (best[0], best[1], replace(best[2], sector=COMPANY, scope="any"))
    sector = lexicon.org_words.get(word)
    if best[2].sector not in (None, COMPANY) or sector not in _BODY_KINDS:
        return best
    return (best[0], best[1], replace(best[2], sector=sector, scope="any"))


_STANDINGS = frozenset({"OPP", "REB"})
"""Sectors a word before any role gives its holder ("shadow spokesman", "rebel leader")."""


def _thing_after(tree: Tree, title_end: int, end: int) -> bool:
    """Whether common nouns in lower case stand between a role word and a name.

    A role stands right before its holder, or before a body's or a brief's
    capitalised words ("Labour Party General Secretary X"); after "general
    election" or "leader fund" the noun is the thing the word describes.
    """
    between = tree.tokens[title_end:end]
    # A plural names people the role is of ("shadow cabinet members X, Y").
    return bool(between) and all(t.tag == "NN" and t.text.islower() for t in between)


def _past_possessing_titles(tree: Tree, first: int, end: int, lexicon: ActorLexicon) -> int:
    """Where an apposition's own words start after the roles that own them.

    "Prince Harry, the Queen's grandson,": the queen is someone else, whose
    grandson he is; "the president's wife" holds no office.
    """
    match = _first_title(tree, first, end, lexicon)
    while match is not None and match[1] < end and tree.tokens[match[1]].tag == "POS":
        first = match[1] + 1
        match = _first_title(tree, first, end, lexicon)
    return first


def _first_title(
    tree: Tree, first: int, end: int, lexicon: ActorLexicon
) -> tuple[int, int, Title] | None:
    """The first title in tokens ``first``..``end``, the longest one starting there."""
    for j in range(first, end):
        match = title_at(tree, j, lexicon)
        if match is not None and j + match[0] <= end:
            return (j, j + match[0], match[1])
    return None


def _last_title(
    tree: Tree, first: int, end: int, lexicon: ActorLexicon
) -> tuple[int, int, Title] | None:
    """The title that ends last in tokens ``first``..``end``, the longest of those."""
    best: tuple[int, int, Title] | None = None
    for j in range(first, end):
        match = title_at(tree, j, lexicon)
        if match is None or j + match[0] > end:
            continue
        if best is None or j + match[0] > best[1]:
            best = (j, j + match[0], match[1])
    return best


def title_at(tree: Tree, i: int, lexicon: ActorLexicon) -> tuple[int, Title] | None:
    """The longest title starting at token ``i``, with its length in tokens."""
    # Called for every token of an article: rule out the many that start no title first.
    tokens = tree.tokens
    if i >= len(tokens) or (
        tokens[i].text.lower() not in lexicon.title_starts
        and singular(tokens[i].text.lower()) not in lexicon.title_starts
    ):
        return None
    words = [token.text for token in tokens[i : i + lexicon.longest_title]]
    for length in range(len(words), 0, -1):
        title = lexicon.title(tuple(words[:length]))
        if title is None and tokens[i + length - 1].tag in ("NNS", "NNPS"):
            # "IMF directors", "party chairmen": the plural of a role held in a body.
            # A national office's plural ("presidents of A and B") names its
            # holders one by one, and the lexicon lists the plurals that act.
            title = lexicon.title((*words[: length - 1], singular(words[length - 1])))
            held = title is not None and (
                title.scope == "org" or _names_listed_after(tree, i + length, lexicon)
            )
            title = title if held else None
        if title is not None:
            if title.words in _QUALIFYING and title_at(tree, i + length, lexicon) is not None:
                return None  # "deputy chairman": the role after it, found from there
            return length, _of_the_thing_made(tree, i, i + length, title, lexicon)
    return None


def _names_listed_after(tree: Tree, k: int, lexicon: ActorLexicon) -> bool:
    """Whether a person's name, or an honorific opening one, stands at token ``k``.

    "tycoons A and B", "managers A, B and C": a plural role right before
    names tells what each of them is, whatever its scope; before anything
    else ("presidents of A and B", "managers said") it names people apart.
    """
    tokens = tree.tokens
    while k < len(tokens) and tokens[k].text in lexicon.honorifics:
        k += 1  # "peers Lord A and Lady B"
    return k < len(tokens) and tokens[k].pos == "PROPN" and tokens[k].ent_type == "PERSON"


def _of_the_thing_made(
    tree: Tree, first: int, end: int, title: Title, lexicon: ActorLexicon
) -> Title:
    """A role of no sector of its own, read with the thing it is of as the compound role.

    "The film's director" and "the director of the film" are a "film
    director" (CVL), as titles.tsv names one; a bare "director" runs a body
    (BUS when none is named). Only a common noun counts, in either spelling,
    and only a compound the lexicon gives a sector whatever body is named
    with it (scope "any"): a body's name is read as the role's body elsewhere.
    """
    if title.sector is not None:
        return title
    for noun in _possessor_noun(tree, first), _of_noun(tree, end):
        compound = lexicon.title((tree.tokens[noun].text, *title.words)) if noun else None
        if compound is not None and compound.sector is not None and compound.scope == "any":
            return compound
    return title


def _possessor_noun(tree: Tree, first: int) -> int | None:
    """The common noun that owns a role right after it: "film" in "the film's director"."""
    tokens = tree.tokens
    if first < 2 or tokens[first - 1].tag != "POS" or tokens[first - 2].pos != "NOUN":
        return None
    return first - 2


def _of_noun(tree: Tree, end: int) -> int | None:
    """The common noun a role is "of": "film" in "the director of the film"."""
    tokens = tree.tokens
    if end >= len(tokens) or tokens[end].text.lower() != "of":
        return None
    noun = end + 2 if end + 2 < len(tokens) and tokens[end + 1].pos == "DET" else end + 1
    if noun >= len(tokens) or tokens[noun].pos != "NOUN" or tokens[noun].head != end:
        return None
    return noun


_QUALIFYING = frozenset({("deputy",)})
"""Roles that stand alone ("one of his deputies") or qualify the role after them."""


def singular(word: str) -> str:
    """A plural noun's singular, as far as titles need it ("deputies", "directors")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"  # "chairmen", "spokesmen"
    return word.removesuffix("s")


_DEGREE = frozenset({"most", "more", "very", "least"})


def modifiers_before(tree: Tree, i: int, lexicon: ActorLexicon) -> tuple[int, int]:
    """The run of country, organisation and adjective words right before token ``i``."""
    first = i
    tokens = tree.tokens
    while first > 0:
        token = tokens[first - 1]
        known = lexicon.country(token.text) or lexicon.organization(token.text)
        # "the shadow health secretary": the tagger calls "shadow" a noun.
        modifier = token.text.lower() in lexicon.title_modifiers
        # "London's most senior police officer": a word of degree before an adjective.
        degree = token.text.lower() in _DEGREE and tokens[first].pos == "ADJ"
        # "the ruling junta", "the outgoing president": a participle telling
        # the holder's standing; not others ("the law-abiding citizen" is a
        # type, "Iranian-backed militias" are not Iran's).
        participle = token.dep == "amod" and token.text.lower() in _STANDING_PARTICIPLES
        if (
            known
            or modifier
            or degree
            or participle
            or token.pos in ("ADJ", "PROPN")
            or token.text in ("'s", "’s")
        ):
            first -= 1
            continue
        if (
            token.text == "-"
            and first > 1
            and tokens[first - 2].end == token.start
            and token.end == tokens[first].start
        ):
            first -= 2  # "co-chairman", "ex-minister": the prefix belongs to the title
            continue
        break
    return first, i


_STANDING_PARTICIPLES = frozenset(
    {"ruling", "governing", "outgoing", "incoming", "acting", "reigning", "sitting",
     "serving", "retiring", "visiting", "warring"}
)  # fmt: skip


def country_and_organization(
    tree: Tree, span: tuple[int, int], title_start: int, lexicon: ActorLexicon
) -> tuple[str | None, Organization | None]:
    """The first country and the first organisation named in tokens ``span``."""
    country = None
    organization = None
    j = span[0]
    while j < title_start:
        nation = _nation_length(tree, j, title_start, lexicon) or _outside_length(
            tree, j, title_start
        )
        if nation:
            j += nation
            continue
        # "South Africa Finance Minister": a country may take several words.
        country = country or next(
            (
                c
                for length in (3, 2, 1)
                if j + length <= title_start
                and (
                    c := lexicon.country(text := tree.span_text(j, j + length))
                    or (_region_country(text) if text not in lexicon.nations else None)
                )
            ),
            None,
        )
        # "chief economist" is no "Economist": a body's name is written with capitals.
        named = tree.tokens[j].text[:1].isupper() or tree.tokens[j].text in PARTICLES
        for length in range(min(lexicon.longest_organization, title_start - j) * named, 0, -1):
            entry = lexicon.organization(tree.span_text(j, j + length))
            if entry is not None:
                organization = organization or entry
                j += length - 1
                break
        j += 1
    if _joins_two_countries(tree, span[0], title_start, lexicon):
        country = None  # "the US-Iraq Higher Military Commission": both countries', no one's
    return country, organization


def _nation_length(tree: Tree, j: int, end: int, lexicon: ActorLexicon) -> int:
    """How many words from ``j`` name a nation within a state ("Northern Ireland"), or 0.

    Its words are no country of their own: a "Northern Ireland Minister" is
    none of Ireland's. Which state the nation's minister serves is left to
    the rest of the text, as for "Scotland's first minister".
    """
    return next(
        (n for n in (3, 2) if j + n <= end and tree.span_text(j, j + n) in lexicon.nations), 0
    )


def _outside_length(tree: Tree, j: int, end: int) -> int:
    """How many capitalised words from ``j`` name what a "non-" before them puts people outside.

    "Non-EU migrants", "non-British citizens" are those of no such body or
    country: neither is theirs.
    """
    tokens = tree.tokens
    if j < 2 or tokens[j - 1].text != "-" or tokens[j - 2].text.lower() != "non":
        return 0
    k = j
    while k < end and tokens[k].text[:1].isupper():
        k += 1
    return k - j


def _region_country(name: str) -> str | None:
    """The country of a region or province the gazetteer knows: "Tamil Nadu's chief minister"."""
    if not name[:1].isupper():
        return None
    countries = {e.country for e in lookup(name) if e.kind in ("admin", "region")}
    return countries.pop() if len(countries) == 1 else None


def _joins_two_countries(tree: Tree, first: int, last: int, lexicon: ActorLexicon) -> bool:
    """Whether words name two countries joined by a hyphen ("US-Iraq", "EU-Russia")."""
    tokens = tree.tokens
    return any(
        tokens[j + 1].text in ("-", "–")
        and lexicon.country(tokens[j].text) is not None
        and lexicon.country(tokens[j + 2].text) is not None
        for j in range(first, last - 2)
    )


def with_descriptor(mention: Mention, tree: Tree, lexicon: ActorLexicon) -> Mention:
    """Read what news says a body is, before its name or beside it.

    "Turkish mobile operator Turkcell" and "Finans Investment, a Turkish
    broker," are Turkish businesses; "South Africa's MTN" is South
    African. Only for bodies no lexicon knows: the lexicon's coding wins.
    """
    if mention.organization is not None:
        return _judging(mention, tree)
    tokens = tree.tokens
    head = name_head = head_of(tree, mention.first, mention.last)
    words = [
        k
        for child in tree.children[head]
        if tokens[child].dep in DESCRIBERS and not mention.first <= child < mention.last
        for k in range(*tree.subtree(child))
    ]
    described: list[int] = []
    # ", a Turkish broker,": the model may hang it on the name's last word
    # ("the Coalition of Patriots for Change, an armed group,").
    for child in sorted(c for k in range(mention.first, mention.last) for c in tree.children[k]):
        # Not the short name in brackets after it: "X (OPIC) - a US agency -".
        short_name = tokens[child - 1].text == "(" and tokens[child].pos == "PROPN"
        if tokens[child].dep == "appos" and child >= mention.last and not short_name:
            described = list(range(*tree.subtree(child)))
            words += described
            break
    words += _trade_before(mention, tree, lexicon)
    words += _kind_listed(tree, head, lexicon)
    full_name = None
    governor = tokens[head].head
    naming = tokens[governor]
    if tokens[head].dep in ("oprd", "attr") and naming.lemma in _NAMING and naming.dep == "acl":
        # "a Canadian company, named Korvex,": the noun the participle hangs on.
        head, governor = governor, naming.head
    if (
        tokens[head].dep in ("compound", "appos", "acl")
        and governor != head
        and tokens[governor].lemma.lower() in lexicon.org_words
    ):
        # "the state-owned Velora company", "the largest parcel company, Fastpost":
        # the noun the name names, with its words before it; not what follows it
        # ("the Harmony party of dragging the country towards Moscow").
        first, _ = tree.subtree(governor)
        kind = [k for k in range(first, governor + 1) if not mention.first <= k < mention.last]
        words += kind
        described = described or kind  # "a third armed group, the Coalition for Change,"
        if not tokens[governor].text.islower():
            # "the Securities and Exchange Commission (SEC)": a short name set
            # beside the full one is that body, and is read as its name is.
            full_name = tree.span_text(first, governor + 1)
    # The owner places a body before any place it stands in: "the Pentagon's
    # Project Office in Baghdad" is American.
    country = (
        _owner_country(tree, words, lexicon)
        or next((c for k in words if (c := lexicon.country(tokens[k].text))), None)
        or _home_region(tree, words, lexicon)
    )
    # What a body does ("settled a lawsuit", "told the paper") is weaker
    # evidence than what its own name says it is ("the Electoral Commission").
    named = next(sectors_in([tree.span_text(mention.first, mention.last)], lexicon))
    sector = (
        (next(sectors_in([full_name], lexicon)) if full_name else None)
        or _candidates_campaign(mention, tree)
        or _people_group_sector(tree, words, lexicon)
        or _group_pressing_a_cause(tree, described)
        or _described_sector(tree, words, lexicon)
        or _owner_sector(tree, words, lexicon, named)
        or _campaigning_clause(mention, tree)
        # "a comedy starring X": a performer, however the model took the name.
        or (performer_sector(tree, name_head) if named is None else None)
    )
    if sector is None and named is None and does_business(tree, head, lexicon):
        sector = "BUS"
    if sector is None and named is None and mention.last - mention.first > 1 and _told(tree, head):
        sector = _MEDIA
    if sector is None and named is None and _staffed_by_media(tree, head, lexicon):
        sector = _MEDIA
    armed = ARMED_GROUP if _an_armed_group(tree, described, lexicon) else None
    academic = _SCHOLARSHIP if _within_university(mention, tree, lexicon) else None
    state = _within_state_body(mention, tree, lexicon) if named is None else None
    return replace(
        mention,
        country=mention.country or country,
        sector=armed or academic or mention.sector or sector or state,
    )


_SCHOLARSHIP = "EDU"


def _candidates_campaign(mention: Mention, tree: Tree) -> str | None:
    """PTY for a campaign named after people: "a spokesman for the Kerry campaign".

    A campaign called by a person's name ("the Bush-Cheney campaign") is a
    candidate's run for office, which a party fights: not a pressure group,
    as a campaign named for its cause is ("the Save Our Forests campaign").
    The model may tag the name as a body's, but still tags its words a person's.
    """
    tokens = tree.tokens
    head = head_of(tree, mention.first, mention.last)
    governor = tokens[head].head
    named_for_people = all(
        tokens[k].ent_type == "PERSON" or tokens[k].pos == "PUNCT"
        for k in range(mention.first, mention.last)
    )
    if (
        tokens[head].dep == "compound"
        and tokens[governor].lemma.lower() == _CAMPAIGN
        and named_for_people
    ):
        return _PARTY
    return None


_CAMPAIGN = "campaign"


def _within_university(mention: Mention, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether the text places an institute or centre in a university.

    An institute or centre alone is most often a think-tank (NGO), but one
    "at Leeds University" or ", part of the University of Kent," is the
    university's, a place of scholarship (EDU).
    """
    # Its last word may say so when its other words say more: the "Local
    # Government Finance Centre" is a centre, whatever its subject.
    named = next(sectors_in([tree.span_text(mention.first, mention.last)], lexicon))
    kind = lexicon.org_words.get(tree.tokens[mention.last - 1].text.lower())
    if _CIVIL_SOCIETY not in (named, kind):
        return False
    tokens = tree.tokens
    places = [
        place
        for k in range(mention.first, mention.last)
        for child in tree.children[k]
        if child >= mention.last
        for place in _places_of(tree, child)
    ]
    return any(
        next(sectors_in([tree.span_text(*tree.subtree(place))], lexicon)) == _SCHOLARSHIP
        for place in places
        if tokens[place].pos == "PROPN"
    )


def _within_state_body(mention: Mention, tree: Tree, lexicon: ActorLexicon) -> str | None:
    """The sector of the state body the text places a body in, when its own name says none.

    "the National Alerting Unit within the Transport Ministry", "the Cyber
    Division, part of the Interior Department": a unit inside a ministry is
    the state's, though its name alone would make a company of it. The
    parser may hang the place on the role the body is named after ("director
    of the Alerting Unit within the ministry"), where it places the unit all
    the same.
    """
    tokens = tree.tokens
    holders = [*range(mention.first, mention.last), *_role_named_of(tree, mention)]
    places = [
        place
        for k in holders
        for child in tree.children[k]
        if child >= mention.last and tokens[child].text.lower() != "of"
        for place in _places_of(tree, child)
    ]
    return next(
        (
            sector
            for place in places
            if tokens[place].pos == "PROPN"
            and (sector := next(sectors_in([tree.span_text(*tree.subtree(place))], lexicon)))
            in _STATE_BODIES
        ),
        None,
    )


def _role_named_of(tree: Tree, mention: Mention) -> list[int]:
    """The noun a body's name hangs on by "of", if one does: "director" in "director of X"."""
    tokens = tree.tokens
    head = head_of(tree, mention.first, mention.last)
    of = tokens[head].head
    if tokens[head].dep != "pobj" or tokens[of].text.lower() != "of" or of == head:
        return []
    noun = tokens[of].head
    return [noun] if tokens[noun].pos == "NOUN" and noun != of else []


def _places_of(tree: Tree, child: int) -> Iterator[int]:
    """The bodies a phrase after a name places it in: "at X", ", part of X"."""
    tokens = tree.tokens
    if tokens[child].dep == "prep" and tokens[child].text.lower() in ("at", "of", "within"):
        yield from (c for c in tree.children[child] if tokens[c].dep == "pobj")
    if tokens[child].dep not in ("appos", "relcl", "acl"):
        return
    for part in range(*tree.subtree(child)):
        if tokens[part].lemma.lower() != "part":
            continue
        for of in tree.children[part]:
            if tokens[of].dep == "prep" and tokens[of].text.lower() == "of":
                yield from (c for c in tree.children[of] if tokens[c].dep == "pobj")


def _described_sector(tree: Tree, words: list[int], lexicon: ActorLexicon) -> str | None:
    """The sector the words describing a body give, two words read together first.

    "the rights group OutRage" is a campaigning body, though a "group"
    alone is most often a firm ("Tata group").
    """
    tokens = tree.tokens
    pairs = (
        f"{tokens[k].text.lower()} {tokens[k + 1].text.lower()}"
        for k, after in itertools.pairwise(words)
        if after == k + 1
    )
    # "immigrants' group the X": the possessive's mark is no word of the group's.
    written = [tokens[k].text.lower() for k in sorted(set(words)) if tokens[k].dep != "case"]
    return (
        next((s for pair in pairs if (s := lexicon.org_words.get(pair))), None)
        or people_group_sector(written, lexicon)
        or next(
            (
                s
                for k in words
                if tokens[k].lemma.lower() not in _KINDS_BY_NAME_ONLY
                and (s := lexicon.org_words.get(tokens[k].lemma.lower()))
            ),
            None,
        )
    )


_KINDS_BY_NAME_ONLY = frozenset({"network"})
"""Words that say what a body is only in its name: the "Fostering Network" gathers
charities (NGO), but "Irancell, the new network" is a phone firm's lines."""


def _people_group_sector(tree: Tree, words: list[int], lexicon: ActorLexicon) -> str | None:
    """The sector of a body described as a group of people: "a group of retired judges".

    A "group" alone is most often a firm ("Tata group"), but a group of
    people is a body of those people: of the government where they are its
    officials ("a group of Scottish Executive experts" is GOV), else a body of
    civil society (NGO), as a club of former leaders is.
    """
    tokens = tree.tokens
    for k in words:
        if tokens[k].lemma.lower() not in _GROUP_WORDS:
            continue
        members = [
            member
            for of in tree.children[k]
            if tokens[of].dep == "prep" and tokens[of].text.lower() == "of"
            for member in tree.children[of]
            if tokens[member].dep == "pobj" and _people_noun(tree, member, lexicon)
        ]
        if members:
            return (
                _members_body_sector(tree, members[0], lexicon)
                or _parliamentarians(tree, members[0], lexicon)
                or _CIVIL_SOCIETY
            )
    return None


def _parliamentarians(tree: Tree, member: int, lexicon: ActorLexicon) -> str | None:
    """LEG for a group of members of a parliament: "the group of MPs", "a group of peers".

    Such a group (a committee, an all-party group) is a body of the
    parliament they sit in, not of civil society.
    """
    title = lexicon.title((tree.tokens[member].text,))
    return _LEGISLATURE if title is not None and title.sector == _LEGISLATURE else None


_LEGISLATURE = "LEG"


def _campaigning_clause(mention: Mention, tree: Tree) -> str | None:
    """NGO for a body a relative clause says presses a cause: ", which campaigns for ...".

    "X, which aims to get more women elected" tells what the body is for;
    the verbs are campaigning_verbs.txt's. The clause is read as written
    right after the name: the model may hang it on the person named before
    ("Ann Bell, of X, which campaigns for ...").
    """
    tokens = tree.tokens
    which = mention.last + 1
    if which >= len(tokens) or tokens[mention.last].text != ",":
        return None
    if tokens[which].text.lower() not in ("which", "that"):
        return None
    verb = tokens[which].head
    pressing = tokens[verb].dep == "relcl" and tokens[verb].lemma.lower() in lexicons.word_set(
        "campaigning_verbs.txt"
    )
    return _CIVIL_SOCIETY if pressing else None


def _group_pressing_a_cause(tree: Tree, described: list[int]) -> str | None:
    """NGO for a body an apposition calls a group that presses a cause: ", a group fighting ...".

    A "group" alone is most often a firm ("Tata group"), but one the text
    says campaigns, fights or lobbies for or against something is a
    campaign of civil society; the verbs are campaigning_verbs.txt's.
    """
    tokens = tree.tokens
    verbs = lexicons.word_set("campaigning_verbs.txt")
    pressing = any(
        tokens[k].lemma.lower() in _CAUSE_BODIES
        and any(
            tokens[c].dep in ("acl", "relcl") and tokens[c].lemma.lower() in verbs
            for c in tree.children[k]
        )
        for k in described
    )
    return _CIVIL_SOCIETY if pressing else None


_CAUSE_BODIES = frozenset({"group", "organisation", "organization", "coalition", "body"})
"""Words for a body that say nothing of its kind until the text says what it does."""
_GROUP_WORDS = frozenset({"group", "panel", "team", "network"})
_CIVIL_SOCIETY = "NGO"


def _people_noun(tree: Tree, k: int, lexicon: ActorLexicon) -> bool:
    """Whether token ``k`` is a plural noun for people: "leaders", "officials", "experts"."""
    token = tree.tokens[k]
    lemma = token.lemma.lower()
    people = lexicon.title((lemma,)) is not None or token.text.lower() in lexicon.people
    # The model tags "MPs" a proper noun, often a singular one.
    plural = token.tag in {"NNS", "NNPS"} or (
        token.tag == "NNP" and token.text.endswith("s") and lexicon.title((token.text,))
    )
    return bool(plural) and (people or lemma in _EXPERTS)


_EXPERTS = frozenset({"expert", "specialist", "adviser", "advisor"})


def _members_body_sector(tree: Tree, member: int, lexicon: ActorLexicon) -> str | None:
    """The sector of the known body a group's members are written as of: "Executive experts"."""
    tokens = tree.tokens
    before = [c for c in tree.children[member] if c < member and tokens[c].dep == "compound"]
    if not before:
        return None
    first = tree.subtree(before[0])[0]
    body = lexicon.organization(tree.span_text(first, member))
    return body.sector if body is not None else None


def _kind_listed(tree: Tree, head: int, lexicon: ActorLexicon) -> list[int]:
    """The kind of body a name is listed as one of: "newspapers including El Watan".

    "charities such as X", "banks like Y": the plural noun the list hangs on
    says what each body in it is.
    """
    tokens = tree.tokens
    link = tokens[head].head
    if tokens[head].dep != "pobj" or tokens[link].dep != "prep" or link == head:
        return []
    word = tokens[link].text.lower()
    such_as = word == "as" and link > 0 and tokens[link - 1].text.lower() == "such"
    if word not in _LISTING and not such_as:
        return []
    kind = tokens[link].head
    plural = tokens[kind].tag == "NNS" and tokens[kind].text[1:].islower()
    return [kind] if plural and tokens[kind].lemma.lower() in lexicon.org_words else []


_LISTING = frozenset({"including", "like"})


def _told(tree: Tree, head: int) -> bool:
    """Whether a body is the one someone told what the story quotes: "told Kommersant".

    News names the paper, agency or programme a speaker told; a body no
    lexicon knows that is told something is an outlet, not a firm. The
    caller asks it of names of two words or more: "told the House" is a
    chamber.
    """
    token = tree.tokens[head]
    return token.dep in ("dobj", "dative") and tree.tokens[token.head].lemma.lower() == "tell"


_MEDIA = "MED"
_WORKPLACE_WORDS = frozenset({"of", "at", "for"})


def _staffed_by_media(tree: Tree, head: int, lexicon: ActorLexicon) -> bool:
    """Whether a body is named as the one a media role is held at: "editor of the X".

    Editors, publishers, presenters, reporters and columnists work for an
    outlet: a body no lexicon knows and whose name says nothing, named as
    theirs ("the Clarion's publisher", "Clarion editor X", "a columnist at
    the Clarion"), is a paper or a programme, not the firm an unknown body
    is otherwise taken for.
    """
    tokens = tree.tokens
    token = tokens[head]
    holder = token.head
    if token.dep == "pobj" and tokens[holder].text.lower() in _WORKPLACE_WORDS:
        holder = tokens[holder].head
    elif token.dep not in ("poss", "compound"):
        return False
    role = lexicon.title((tokens[holder].lemma.lower(),))
    return holder != head and role is not None and role.sector == _MEDIA


ARMED_GROUP = "REB"
"""The sector of a body the text calls a rebel or armed group (:func:`with_descriptor`)."""


def _an_armed_group(tree: Tree, described: list[int], lexicon: ActorLexicon) -> bool:
    """Whether an apposition says a body is an armed group: ", a rebel group,".

    What the text says the body is outweighs the words of its name: the
    "Karenni Army" or a "Defence Force" so described is no state's military.
    """
    lemmas = [tree.tokens[k].lemma.lower() for k in described]
    return any(
        (title := lexicon.title(words)) is not None and title.sector == ARMED_GROUP
        for i in range(len(lemmas))
        for words in (tuple(lemmas[i : i + 1]), tuple(lemmas[i : i + 2]))
    )


_TRADE_REACH = 4
"""How many words a description right before a body's name may hold ("Dutch food retailer")."""


def _trade_before(mention: Mention, tree: Tree, lexicon: ActorLexicon) -> range:
    """The words of a description written right before a body's name, however it was parsed.

    "helping Dutch retailer Ahold inflate earnings": the model may take the
    trade for the object of the verb and the name for the subject of the
    next, but a lower-case trade word right before a name is what the name
    is, and the words before it qualify it.
    """
    tokens = tree.tokens
    trade = mention.first - 1
    start = tree.sentence_span(mention.sentence)[0]
    listing = _kind_listing_names(tree, trade, start, lexicon)
    if listing:
        trade -= 1  # "think tanks the Civic Policy Council and the Hale Institute"
    if trade <= start or not tokens[trade].text.islower():
        return range(0)
    if tokens[trade].pos == "VERB" and not listing:
        # "asked the court to stop Korvex pursuing them": a verb before the
        # name is what is done to the body, though "stop" opens the names of
        # campaigns ("Stop the War Coalition") and so is a word of org_words.tsv.
        return range(0)
    pair = f"{tokens[trade - 1].text.lower()} {tokens[trade].text.lower()}"
    if tokens[trade].lemma.lower() not in lexicon.org_words and pair not in lexicon.org_words:
        return range(0)  # "the trade body Intellect": a body is no trade word alone
    first = trade
    while first > max(start, trade - _TRADE_REACH) and tokens[first - 1].pos in (
        "ADJ",
        "NOUN",
        "PROPN",
    ):
        first -= 1
    if any(tokens[k].ent_type in _OTHER_NAMES for k in range(first, trade)):
        # "told the Associated Press news agency Contrack's ...": the trade
        # word ends another body's name.
        return range(0)
    return range(first, trade + 1)


_OTHER_NAMES = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART"})


def _kind_listing_names(tree: Tree, article: int, start: int, lexicon: ActorLexicon) -> bool:
    """Whether a plural kind of body stands before the "the" of a name it lists.

    "think tanks the Civic Policy Council and the Hale Institute": news
    sets the kind before the names, each with its own article. The model
    may tag "tanks" a verb there, but the pair is still a kind.
    """
    tokens = tree.tokens
    if article - 1 <= start or tokens[article].text.lower() != "the":
        return False
    kind = tokens[article - 1]
    pair = f"{tokens[article - 2].text.lower()} {kind.text.lower()}"
    return kind.text.islower() and (kind.tag == "NNS" or pair in lexicon.org_words)


def _home_region(tree: Tree, words: list[int], lexicon: ActorLexicon) -> str | None:
    """The country of the region a body's trade is placed in: "Yorkshire company X".

    A region right before the word for what the body is places it, however
    the model tagged the region's name (a county is often taken for a person).
    """
    tokens = tree.tokens
    for k in words:
        head = tokens[k].head
        trade = lexicon.org_words.get(tokens[head].text)
        if tokens[k].pos != "PROPN" or head == k or trade is None:
            continue
        regions = {e.country for e in lookup(tokens[k].text) if e.kind == "admin" and e.exact}
        if len(regions) == 1:
            return regions.pop()
    return None


def _owner_country(tree: Tree, words: list[int], lexicon: ActorLexicon) -> str | None:
    """The country of the country or known body written as a body's owner ("South Africa's")."""
    owner = _owner(tree, words)
    if owner is None:
        return None
    body = lexicon.organization(owner)
    return lexicon.country(owner) or (body.country if body is not None else None)


def _owner_sector(
    tree: Tree, words: list[int], lexicon: ActorLexicon, named: str | None = None
) -> str | None:
    """The sector of the known body written as a body's owner, when no word says what it is.

    "Labour's ruling NEC" is the party's (PTY), "the BBC's Newsnight" the
    broadcaster's, "the state's X" the government's; "Labour's advertising
    agency X" says it is a firm. ``named`` is the sector the body's own
    name gives, if any.
    """
    owner = _owner(tree, words)
    if owner is not None and owner.lower() in _THE_STATE and _owns_the_name(tree, words):
        # "the state's National Land Institute", "the country's Planning
        # Organisation": a body the state owns is the state's; not "X, the
        # country's richest man", whom the state does not own. A court,
        # a parliament or an army the state owns keeps the branch of the
        # state its name says: "the country's Supreme Court" judges (JUD).
        return named if named in _STATE_BRANCHES else _GOVERNMENT
    body = lexicon.organization(owner) if owner is not None else None
    return body.sector if body is not None else None


def _owns_the_name(tree: Tree, words: list[int]) -> bool:
    """Whether the possessor among ``words`` owns the name itself, not a noun set beside it."""
    possessor = next(k for k in words if tree.tokens[k].dep == "poss")
    return tree.tokens[tree.tokens[possessor].head].pos == "PROPN"


_THE_STATE = frozenset({"state", "country", "government", "nation"})
_STATE_BRANCHES = frozenset({"JUD", "LEG", "MIL", "COP", "SPY"})
"""Sectors of the state's bodies other than its government: courts, parliaments, forces."""
_STATE_BODIES = frozenset({"GOV", *_STATE_BRANCHES})
_GOVERNMENT = "GOV"


def _owner(tree: Tree, words: list[int]) -> str | None:
    """The words of the possessor among ``words``, without "the"."""
    possessor = next((k for k in words if tree.tokens[k].dep == "poss"), None)
    if possessor is None:
        return None
    owner = tree.span_text(tree.subtree(possessor)[0], possessor + 1)
    return owner[4:] if owner.lower().startswith("the ") else owner


_NAMING = frozenset({"name", "call"})
_JUDGING_VERBS = frozenset({"rule", "uphold", "overturn", "quash", "dismiss"})
_JUDGMENTS = frozenset({"ruling", "judgment", "judgement", "verdict"})


def _judging(mention: Mention, tree: Tree) -> Mention:
    """A legislature that rules sits as a court: "the House of Lords ruled", "the Lords' ruling".

    The House of Lords was also Britain's highest court; where it judges,
    it acts as the judiciary (JUD), not as a chamber of parliament.
    """
    organization = mention.organization
    if organization is None or organization.sector != "LEG":
        return mention
    tokens = tree.tokens
    head = head_of(tree, mention.first, mention.last)
    governor = tokens[tokens[head].head]
    rules = tree.is_subject(head) and governor.lemma.lower() in _JUDGING_VERBS
    owns_ruling = tokens[head].dep in ("poss", "compound") and (
        governor.lemma.lower() in _JUDGMENTS
    )
    # "set off by the Supreme Court verdict": the parser may hang the
    # judgment beside the name, not under it; the words still say whose it is.
    after = tokens[mention.last].text.lower() if mention.last < len(tokens) else ""
    owns_ruling = owns_ruling or after in _JUDGMENTS
    return replace(mention, sector="JUD") if rules or owns_ruling else mention


def does_business(tree: Tree, head: int, lexicon: ActorLexicon) -> bool:
    """Whether a body owns or reports what only a business has.

    "Velora's stake", "Velora shareholders", and "Velora said profits rose".
    """
    tokens = tree.tokens
    token = tokens[head]
    if token.dep in ("poss", "compound") and tokens[token.head].lemma.lower() in (
        lexicon.business_words
    ):
        return True
    if not tree.is_subject(head):
        return False
    return any(
        tree.is_subject(subject) and tokens[subject].lemma.lower() in lexicon.business_words
        for clause in tree.children[token.head]
        if tokens[clause].dep == "ccomp"
        for subject in tree.children[clause]
    )


def _title_owner(
    tree: Tree, first: int, title_start: int, lexicon: ActorLexicon, *, titled: bool
) -> tuple[str | None, Organization | None]:
    """The country and organisation named before a title (or a name), from ``first``."""
    country, organization = country_and_organization(
        tree, (first, title_start), title_start, lexicon
    )
    if organization is not None and _other_body_between(
        tree, first, title_start, organization, lexicon
    ):
        organization = None
    if country is None and organization is None and titled:
        # "New York attorney general", "Texas governor": a state or a large
        # city before a title places the office in its country.
        country = _place_country(tree, first, title_start)
    return country, organization


def _other_body_between(
    tree: Tree, first: int, title_start: int, organization: Organization, lexicon: ActorLexicon
) -> bool:
    """Whether a role's words name a chamber or committee after the organisation.

    "ODPM committee chairman": he chairs the committee of MPs that
    scrutinises the department (LEG), and is none of the department's (GOV).
    Only a legislature's bodies: "local government spokesman" names a
    portfolio, and "European commission president" the body itself.
    """
    return organization.sector != _LEGISLATIVE and any(
        tree.tokens[k].text.islower() and lexicon.org_words.get(tree.tokens[k].text) == _LEGISLATIVE
        for k in range(first + 1, title_start)
    )


_LEGISLATIVE = "LEG"


def _place_country(tree: Tree, first: int, end: int) -> str | None:
    """The country of the place the model names in tokens ``first``..``end``, if only one."""
    tokens = tree.tokens
    for j in range(first, end):
        for length in (3, 2, 1):
            if j + length > end or any(
                tokens[k].ent_type not in ("GPE", "LOC") for k in range(j, j + length)
            ):
                continue
            name = tree.span_text(j, j + length)
            regions = {e.country for e in lookup(name) if e.kind == "admin" and e.exact}
            if len(regions) == 1:
                return regions.pop()
            cities = [e for e in lookup(name) if e.kind == "city" and e.country]
            largest = max(cities, key=lambda e: e.population, default=None)
            if largest is not None and largest.population >= _LARGE_CITY:
                return largest.country
    return None


_LARGE_CITY = 500_000
"""People a city must have for a name that starts with it to be read as the
city's: smaller towns share their names with too many others (and with
surnames: "Wen", "Li")."""


def large_city_country(word: str, *, any_case: bool = False) -> str | None:
    """The country of the large city a word names, if it names one ("Munich", "Shanghai").

    ``any_case`` for a name in capitals, as a wire dateline writes it ("PORT-AU-PRINCE").
    """
    found = cities_in_any_case(word) if any_case else lookup(word)
    cities = [e for e in found if e.kind == "city" and e.exact and e.country]
    largest = max(cities, key=lambda e: e.population, default=None)
    return largest.country if largest and largest.population >= _LARGE_CITY else None
