"""Titles and groups standing alone: "the prime minister", "Labour MPs".

Shared titles, premodifiers, offices of a title, styles of a place, remits and
the roles given before a name or in apposition to it.
"""

from __future__ import annotations

from dataclasses import replace

from dateline import lexicons
from dateline.records import Token
from dateline.stages._gazetteer import is_city
from dateline.stages._tree import FINITE_TAGS, Tree
from dateline.stages.actors.body_names import COMPANY, sectors_in
from dateline.stages.actors.evidence import (
    COPULAS,
    REMIT,
    country_and_organization,
    modifiers_before,
    of_country,
    singular,
    stationing_country,
    title_at,
    with_body_kind,
    with_modifier,
)
from dateline.stages.actors.groups_of_people import does_the_deed, other_side, quantified
from dateline.stages.actors.lexicon import ActorLexicon, Gender, Organization, Title
from dateline.stages.actors.mention import JOINT_BODIES, Mention, head_of, make_mention
from dateline.stages.actors.mention_words import (
    DASHES,
    DEFINITE,
    QUANTIFIERS,
    after_the,
    is_plural,
    is_title_word,
    name_set_after,
    without_possessive,
)
from dateline.stages.actors.unnamed import (
    as_a_role,
    bare_body_acting,
    body_acting,
    speaks,
    titled_voice,
    voice_after,
)
from dateline.stages.quotes import cues as quote_cues

_PERSONAL_OWNERS = frozenset({"his", "her"})


def with_premodifiers(mentions: list[Mention], tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """``mentions`` with the bodies and countries that only premodify another's role marked.

    "Tory leader Michael Howard", "Labour MP Eric Joyce", "NATO chief Jens
    Stoltenberg": the party or body is part of the person's description, and
    his coding carries it; it is no mention of its own in the output, as a
    demonym before a title is none (evaluation/gold/README.md). It stays a
    mention until the actors are coded, as the affiliation pass reads whom a
    "BBC director-general" works for from the actors named beside him. Where
    the role stands alone for its holder ("the Tory leader said", "Labour
    MPs", "Cabinet ministers"), the modifier joins the role's span, as
    "Russian diplomat" is one. A possessor ("Britain's ambassador") is a
    mention.
    """
    tokens = tree.tokens
    by_first = {m.first: m for m in mentions}
    marked: set[int] = set()
    joined: dict[int, Mention] = {}
    for m in mentions:
        if m.kind != "name" or m.label == "PERSON" or m.last >= len(tokens):
            continue
        if tokens[m.last].tag == "POS" or tokens[m.last - 1].tag == "POS":
            continue
        k = m.last
        # "Tory MP and ex-Cabinet minister Tom Redfern": both roles are his.
        while (
            k < len(tokens)
            and k not in by_first
            and (_in_role(tree, k, lexicon) or (k > m.last and _second_role_before_a_name(tree, k)))
        ):
            k += 1
        after = by_first.get(k)
        if after is None or after.sentence != m.sentence:
            continue
        titled = any(
            (match := title_at(tree, j, lexicon)) is not None and j + match[0] <= k
            for j in range(m.last, k)
        )
        if after.kind in ("title", "group") and k == m.last:
            marked.add(m.first)
            joined[after.first] = replace(after, written_from=m.start)
        elif _portfolio_group(m, after, tree, k):
            # "EU finance ministers", "Nato defence chiefs": the body's, as "Labour MPs" are.
            marked.add(m.first)
            joined[after.first] = replace(
                after,
                written_from=m.start,
                organization=m.organization,
                title=tree.span_text(m.first, after.last),
            )
        elif after.kind == "name" and after.label == "PERSON" and titled:
            marked.add(m.first)
    marked |= {m.first for m in mentions if _country_of_a_name(m, tree, lexicon)}
    return [
        replace(m, premodifier=True) if m.first in marked else joined.get(m.first, m)
        for m in mentions
    ]


def _country_of_a_name(m: Mention, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether a country's possessive only says whose a named body is: "Japan's Honda".

    "Spain's Iberia" is as much the airline's description as "Spanish
    airline Iberia", where the demonym is no mention; "Britain's ambassador",
    a role the country holds, keeps the country as its mention.
    """
    if m.kind != "name" or m.country is None or m.label not in ("GPE", "LOC"):
        return False
    tokens = tree.tokens
    owner = tokens[m.last - 1]
    if owner.dep != "poss" or m.last >= len(tokens) or tokens[m.last].tag != "POS":
        return False
    owned = tokens[owner.head]
    return (
        owned.pos == "PROPN"
        and owner.head > m.last
        and not is_title_word(owned.text, lexicon)
        and lexicon.country(owned.text) is None
    )


def _portfolio_group(body: Mention, group: Mention, tree: Tree, start: int) -> bool:
    """Whether a known body stands before a plural role with only its brief between.

    "EU finance ministers", "Nato defence chiefs": one or two lower-case words
    of the brief, and a role no country or body of its own places.
    """
    between = range(body.last, start)
    return (
        group.kind == "group"
        and body.organization is not None
        and group.organization is None
        and group.country is None
        and 0 < len(between) <= _LONGEST_BRIEF
        and all(_describes(tree, j, group.last) for j in between)
    )


def _describes(tree: Tree, j: int, end: int) -> bool:
    """Whether a lower-case word premodifies the words after it up to ``end``.

    "finance" in "EU finance ministers"; not "year" in "the DTI last year workers".
    """
    token = tree.tokens[j]
    return token.text.islower() and token.dep in ("compound", "amod") and j < token.head < end


_LONGEST_BRIEF = 2


def _in_role(tree: Tree, k: int, lexicon: ActorLexicon) -> bool:
    """Whether a word may stand in a role before a name: "foreign affairs spokesman", "Lord"."""
    token = tree.tokens[k]
    return (
        token.pos in ("NOUN", "PROPN", "ADJ")
        or token.tag == "HYPH"
        or token.text.lower() in lexicon.title_modifiers
        or token.text in lexicon.honorifics
    ) and token.text not in ("'s", "’s")


def with_shared_titles(mentions: list[Mention], tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """Names listed after a plural title, or a party's name, share it.

    "opposition front-bench members Ann Cole, Rob Vane and Tim Hart": each of
    the three is a member, and in "Labour's Ann Cole and Tim Hart" both are
    Labour's. A singular title stays with the first name ("Prime Minister
    Tony Blair and Gordon Brown").
    """
    tokens = tree.tokens
    titled = {
        m.last - 1: m
        for m in mentions
        if m.label == "PERSON"
        and m.kind == "name"
        and (
            _after_a_plural_title(m, tree, lexicon)
            or _partys_own(m)
            or _first_of_a_plural_role(m, tree, lexicon)
            or _role_told_of_all(m, tree, lexicon)
        )
    }
    titled |= _titled_lists_interrupting(mentions, tree, lexicon)
    # "five barristers - A QC, B and C": the first name after a dash holds the
    # title too, and the list hangs on it (or on the letters after it).
    listed = {
        m.first: found
        for m in mentions
        if m.label == "PERSON" and m.kind == "name" and m.title_entry is None
        if (
            found := _subject_a_list_interrupts(m, tree, lexicon) or _listed_after(m, tree, lexicon)
        )
        is not None
    }
    for found in listed.values():
        end = _with_postnominals(tree, found.last, lexicon)
        titled |= dict.fromkeys(range(found.first, end), found)
    shared = []
    for m in mentions:
        lead = listed.get(m.first)
        if lead is None and m.label == "PERSON" and m.kind == "name" and m.title_entry is None:
            j = head_of(tree, m.first, m.last)
            if j + 1 < len(tokens) and tokens[j].head == j + 1 and j + 1 >= m.last:
                j += 1  # "Andrew Nolan QC": the list links the letters after the name
            # The small model links a list's names as often by "appos" as by "conj".
            while tokens[j].dep in ("conj", "appos") and tokens[j].head != j and lead is None:
                j = tokens[j].head
                lead = titled.get(j)
            if lead is not None and _partys_own(lead) and (m.title or m.organization):
                lead = None  # "Labour's Ann Cole and Liberal Democrat Tim Hart"
        shared.append(
            m
            if lead is None
            else replace(
                m,
                title=lead.title,
                title_entry=lead.title_entry,
                country=m.country or lead.country,
                organization=m.organization or lead.organization,
                affiliation_sector=m.affiliation_sector or lead.affiliation_sector,
            )
        )
    return shared


def _after_a_plural_title(m: Mention, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether a name's title is a plural, right before it or its honorifics.

    "peers Lord Hale and Lady Bright", "doctors Dr Lowe and Dr Kemp": the
    honorific is the first name's own, and the plural before it is the list's.
    """
    tokens = tree.tokens
    k = m.first - 1
    while k > 0 and lexicon.bare_honorific(tokens[k].text):
        k -= 1
    return (
        m.title_entry is not None and k >= 0 and is_plural(tokens[k].text, tokens[k].tag, lexicon)
    )


def _role_told_of_all(m: Mention, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether a name given a role opens a list whose apposition says "both" or "all".

    "Ann Bell and Tom Gold, both Labour MPs,", "A, B and C, all directors
    of X,": the apposition hangs on the first name, and gave it the role,
    but "both" and "all" tell it of every name listed.
    """
    tokens = tree.tokens
    head = head_of(tree, m.first, m.last)
    return m.title_entry is not None and any(
        tokens[child].dep == "appos"
        and child > m.last
        and is_plural(tokens[child].text, tokens[child].tag, lexicon)
        and any(tokens[d].text.lower() in _ALL_OF_THEM for d in tree.children[child])
        for child in tree.children[head]
    )


_ALL_OF_THEM = frozenset({"both", "all"})
"""Words before a plural role that tell it of every name in the list before them."""


def _set_off_as_a_list(m: Mention, tree: Tree) -> bool:
    """Whether a name after a comma goes on as a list or closes as an apposition does.

    Followed by "and" or by a comma, and not the subject of a verb: "two
    managers, A and B, were fined", not "after meeting union leaders, A said".
    """
    tokens = tree.tokens
    head = head_of(tree, m.first, m.last)
    return (
        m.last < len(tokens)
        and tokens[m.last].text in (",", "and")
        and tokens[head].dep not in ("nsubj", "nsubjpass")
    )


def _first_of_a_plural_role(m: Mention, tree: Tree, lexicon: ActorLexicon) -> bool:
    """Whether a name given a role opens a list right after a plural role and a comma.

    "three former directors, Ann Bell, Tom Gold and Ray Watts,": the role the
    apposition gave the first name is every listed name's, as it is for
    names right after a plural title ("directors Ann Bell and Tom Gold").
    """
    tokens = tree.tokens
    before = m.first - 2
    return (
        m.title_entry is not None
        and before >= 0
        and tokens[m.first - 1].text in _LIST_OPENERS | {","}
        and is_plural(tokens[before].text, tokens[before].tag, lexicon)
        and lexicon.title((tokens[before].lemma.lower(),)) is not None
    )


def _titled_lists_interrupting(
    mentions: list[Mention], tree: Tree, lexicon: ActorLexicon
) -> dict[int, Mention]:
    """Names already given a role that open a list between dashes, by their last token.

    "The two Fundco directors named in the inquiry - Ann Lowe and Mark Fisk -":
    the apposition gave the first name the role; the rest of the list shares
    it, with the body the role's own words name.
    """
    titled = {}
    for m in mentions:
        if m.label != "PERSON" or m.kind != "name" or m.title_entry is None:
            continue
        found = _subject_a_list_interrupts(m, tree, lexicon)
        if found is not None:
            sector = m.affiliation_sector or found.affiliation_sector
            titled[m.last - 1] = replace(m, affiliation_sector=sector)
    return titled


def _subject_a_list_interrupts(m: Mention, tree: Tree, lexicon: ActorLexicon) -> Mention | None:
    """The name opening a list set between dashes, with the plural role of the subject it names.

    "The two Fundco directors named in the inquiry - Ann Lowe and Mark Fisk -
    have left": the list spells out the subject the verb after it has, so
    each name holds the subject's role, however many words part the role
    from the dash.
    """
    tokens = tree.tokens
    dash = m.first - 1
    while dash > 0 and tokens[dash].pos == "PROPN" and tokens[dash].text[:1].isupper():
        dash -= 1  # "- Reveta Bowers": a given name the model left out of the name
    closing = _list_end(tree, m.last)
    if tokens[dash].text not in DASHES or closing is None:
        return None
    verb = closing + 1
    while verb < len(tokens) and tokens[verb].dep in _BEFORE_A_VERB:
        verb = tokens[verb].head if tokens[verb].head > verb else verb + 1
    if verb >= len(tokens) or tokens[verb].pos not in ("VERB", "AUX"):
        return None
    subject = next(
        (c for c in tree.children[verb] if tokens[c].dep in _SUBJECTS and c < dash), None
    )
    if subject is None or not is_plural(tokens[subject].text, tokens[subject].tag, lexicon):
        return None
    role = lexicon.title((singular(tokens[subject].text.lower()),))
    if role is None:
        return None
    start = modifiers_before(tree, subject, lexicon)[0]
    # The body the role's own words name is theirs ("The two Disney directors"),
    # not one the words between it and the dash name.
    country, organization = country_and_organization(tree, (start, subject), subject, lexicon)
    workplace = _named_body_sector(tree, start, subject, lexicon)
    return replace(
        m,
        title=tree.span_text(start, subject + 1),
        title_entry=role,
        country=m.country or country,
        organization=m.organization or organization,
        affiliation_sector=m.affiliation_sector or workplace,
    )


def _named_body_sector(tree: Tree, start: int, end: int, lexicon: ActorLexicon) -> str | None:
    """The sector of the body whose name stands among a role's words ("Fundco directors").

    Read as a body the lexicon does not know is: by its name's words, else a
    firm when the model names it, as "Fundco director X" would be.
    """
    tokens = tree.tokens
    named = [k for k in range(start, end) if tokens[k].pos == "PROPN"]
    if not named:
        return None
    name = tree.span_text(named[0], named[-1] + 1)
    firm = any(tokens[k].ent_type == "ORG" for k in named) and not is_city(name)
    return next(sectors_in([name], lexicon)) or (COMPANY if firm else None)


def _list_end(tree: Tree, last: int) -> int | None:
    """The dash that closes a list of names going on from token ``last``, if one does."""
    tokens = tree.tokens
    k = last
    while k < len(tokens) and (
        tokens[k].pos == "PROPN" or tokens[k].text in (",", "and") or tokens[k].tag == "HYPH"
    ):
        k += 1
    return k if k < len(tokens) and tokens[k].text in DASHES else None


_BEFORE_A_VERB = frozenset({"aux", "auxpass", "neg", "advmod", "dep"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _partys_own(m: Mention) -> bool:
    """Whether a name is given only by the party whose it is: "Labour's Ann Cole"."""
    return (
        m.title_entry is None
        and m.organization is not None
        and m.organization.sector == "PTY"
        and m.title is not None
        and m.title.endswith(("'s", "’s"))
    )


def _with_postnominals(tree: Tree, last: int, lexicon: ActorLexicon) -> int:
    """The end of a name with the letters after it ("QC")."""
    while last < len(tree) and tree.tokens[last].text in lexicon.postnominal_sectors:
        last += 1
    return last


_LIST_OPENERS = frozenset({"-", "–", ":"})


def _listed_after(m: Mention, tree: Tree, lexicon: ActorLexicon) -> Mention | None:
    """The name with the plural title a dash or colon opens a list with: "barristers - A, B".

    The title's words end right before the dash; the name gets them. A comma
    opens such a list too ("two managers, A and B, were fined"), but only
    where the names go on or close as a list does: after "talks with union
    leaders, A said" A is no leader.
    """
    tokens = tree.tokens
    dash = m.first - 1
    if dash < 1 or tokens[dash].text not in _LIST_OPENERS | {","}:
        return None
    if tokens[dash].text == "," and not _set_off_as_a_list(m, tree):
        return None
    if not is_plural(tokens[dash - 1].text, tokens[dash - 1].tag, lexicon):
        return None
    role = _role_ending_at(tree, dash, lexicon)
    return None if role is None else replace(m, title=role[0], title_entry=role[1])


def _role_ending_at(tree: Tree, end: int, lexicon: ActorLexicon) -> tuple[str, Title] | None:
    """The plural role whose words end right before token ``end``, with its entry."""
    for k in range(max(end - lexicon.longest_title, 0), end):
        match = title_at(tree, k, lexicon)
        if match is not None and k + match[0] == end:
            return tree.span_text(k, end), match[1]
    # "three former managers, A, B and C": a role any body has names no group
    # by its plural (title_at), but each name listed after it holds it.
    role = lexicon.title((singular(tree.tokens[end - 1].text.lower()),))
    return None if role is None else (tree.tokens[end - 1].text, role)


def _trade_before(tree: Tree, start: int, head: int, title: Title | None) -> int:
    """Where a group of people starts with the nouns of its trade before it ("shop workers").

    Only for a role any group holds, with no body or country named as its
    owner: "finance ministers" have a brief, no trade.
    """
    tokens = tree.tokens
    if title is None or title.scope != "any":
        return start
    while (
        start > 0
        and tokens[start - 1].pos == "NOUN"
        and tokens[start - 1].dep == "compound"
        # "road safety campaigners": a noun of a noun of the trade is of it too.
        and start <= tokens[start - 1].head <= head
        and tokens[start - 1].text.islower()
    ):
        start -= 1
    return _kind_before(tree, _hyphened_before(tree, start))


def _hyphened_before(tree: Tree, start: int) -> int:
    """Where a word starts that a hyphen joins to the one before it: "first-time voters".

    The words a hyphen joins are one word; cut at the hyphen, the group
    would be named by half of it ("time voters").
    """
    tokens = tree.tokens
    while (
        start > 1
        and tokens[start - 1].tag == "HYPH"
        and tokens[start - 2].end == tokens[start - 1].start
        and tokens[start - 1].end == tokens[start].start
    ):
        start -= 2
    return start


def _start_after_taken(tree: Tree, first: int, head: int, taken: list[bool]) -> int:
    """Where a role's span starts: after the last of its modifiers that is an actor of its own.

    "Tony Blair's government" starts at "government"; "Blair-era ministers"
    at "ministers", for "-era" is no word to start a group with (a name
    after the hyphen is: the "US-Iraq commission" is the two states' own).
    """
    tokens = tree.tokens
    start = max((k + 1 for k in range(first, head) if taken[k]), default=first)
    if (
        first < start < head - 1
        and tokens[start].tag == "HYPH"
        and tokens[start + 1].text.islower()
    ):
        while start < head and (
            tokens[start].tag == "HYPH" or tokens[start].start == tokens[start - 1].end
        ):
            start += 1
    while start < head and tokens[start].tag == "POS":
        start += 1
    return start


def _kind_before(tree: Tree, start: int) -> int:
    """Where a group starts with the bare plural before it that says whose kind it is.

    "fathers' rights groups", "women's charities": the possessor tells what
    kind of group it is, not whose; without it the group is misnamed. Not a
    possessor told with a word before it ("the farmers' leaders" are some
    farmers' own).
    """
    tokens = tree.tokens
    if start < 2 or tokens[start - 1].tag != "POS":
        return start
    possessor = tokens[start - 2]
    bare = start < 3 or tokens[start - 3].pos not in ("DET", "PRON", "PART", "NUM")
    kind = possessor.tag == "NNS" and possessor.text.islower() and possessor.dep == "poss"
    return start - 2 if kind and bare else start


def offices_of_a_title(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """An office-holder's department named by the office: "the Lord Chancellor's Department".

    The department is a body of its own, coded by its word ("Department",
    "Office": GOV), not the office holder the model leaves the title to. One
    holder's office only: "the British Bankers' Association" is the
    bankers' own body, named whole.
    """
    found = []
    tokens = tree.tokens
    for k, token in enumerate(tokens):
        body = lexicon.org_words.get(token.text.lower())
        written_small = _office_acting(tree, k)
        if body is None or not (token.text.istitle() or written_small) or k < 2:
            continue
        if tokens[k - 1].text not in ("'s", "\u2019s") or tokens[k - 2].tag in ("NNS", "NNPS"):
            continue
        start = next(
            (
                j
                for j in range(max(k - 1 - lexicon.longest_title, 0), k - 1)
                if (match := title_at(tree, j, lexicon)) is not None
                and j + match[0] == k - 1
                and (tokens[j].text.istitle() or (written_small and after_the(tree, j)))
            ),
            None,
        )
        if start is not None:
            found.append(make_mention(tree, start, k + 1, "name", "ORG", sector=body))
    return found + _offices_of_the_holder(tree, lexicon)


_HOLDERS_STAFF = frozenset({"office", "department", "bureau"})
"""Words for the staff that serve one office-holder; "the government of the prime minister"
is the country's government, found as such."""


def _offices_of_the_holder(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """An office named after the one who holds it: "the office of the deputy prime minister".

    It is a department, a body of its own, not its holder, whom the title
    alone would name. Only with "the" before the title: "he held the office
    of prime minister" names the post, not a body.
    """
    found = []
    tokens = tree.tokens
    for k in range(len(tokens) - 3):
        word = tokens[k].text.lower()
        body = lexicon.org_words.get(word) if word in _HOLDERS_STAFF else None
        if body is None or tokens[k + 1].text != "of" or tokens[k + 2].text.lower() != "the":
            continue
        match = title_at(tree, k + 3, lexicon)
        if match is not None:
            found.append(make_mention(tree, k, k + 3 + match[0], "name", "ORG", sector=body))
    return found


def _office_acting(tree: Tree, k: int) -> bool:
    """Whether a lower-case "office" acts: "the prime minister's office said".

    Such an office speaks for its holder's staff, a body of the state; one
    that is only where things happen ("a meeting in the mayor's office") is
    a place.
    """
    token = tree.tokens[k]
    return token.text == "office" and (tree.is_subject(k) or token.dep == "poss")


def _a_name_s_last_word(tree: Tree, k: int, title: Title) -> bool:
    """Whether a body's kind is, or stands for, a name's last word: "the Clean Rivers Coalition".

    A coalition in lower case is states acting together; one with a capital
    is a campaign's own name, which says nothing of states, and "the
    coalition" after such a name is that campaign.
    """
    if title.words[-1] not in JOINT_BODIES:
        return False
    word = tree.tokens[k].text
    return word[:1].isupper() or any(t.text == word.title() for t in tree.tokens[:k])


def _names_a_body(word: str, lexicon: ActorLexicon) -> bool:
    """Whether a role's last word is a body's, held by no one: "the court", "the coalition"."""
    return word in lexicon.org_words or word in JOINT_BODIES


def _a_kind_of_body(title: Title, lexicon: ActorLexicon) -> bool:
    """Whether a role's words together name a kind of body: "the think tank", "the think-tank".

    A kind written in two words ends in a word that names none alone
    ("tank"), so its last word does not tell it is a body, held by no one.
    """
    words = " ".join(title.words).replace("-", " ")
    return len(words.split()) > 1 and words in lexicon.org_words


def _head_word(tree: Tree, end: int, title: Title, voiced: int) -> str:
    """The word a role is named by: its last, or the one before its "of".

    "Leader of the opposition" and "member of parliament" are people, though
    their last words name bodies; a voice after the role ("a finance
    ministry official") is its head.
    """
    words = title.words
    if voiced or "of" not in words[1:]:
        return tree.tokens[end - 1].text.lower()
    return words[words.index("of") - 1]


def title_and_group_mentions(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Role words standing for an actor: "the prime minister", "Iraqi armed factions"."""
    found = []
    tokens = tree.tokens
    i = 0
    while i < len(tokens):
        match = title_at(tree, i, lexicon)
        if (
            match is None
            or any(taken[i : i + match[0]])
            or _a_name_s_last_word(tree, i + match[0] - 1, match[1])
            or _unowned_everyday_word(tree, i, match[1], lexicon)
        ):
            i += 1
            continue
        length, title = match
        end = i + length
        # "the former home secretary", "the shadow chancellor": not the office holder.
        # "the oil executive" is a firm's, though "the executive" is a government.
        title = as_a_role(
            tree,
            end - 1,
            (
                with_modifier(tree, modifiers_before(tree, i, lexicon)[0], (i, end, title), lexicon)
                or (i, end, title)
            )[2],
            lexicon,
        )
        if (_name_follows(tree, end) or _joined_to_a_role_before_a_name(tree, i, end)) and not (
            _speaks_for(tree, end)
        ):
            i = end  # a title before a name: evidence for that name, found with it
            continue
        holding = _holds_ground(tree, end, title)
        if _only_describes(tree, end, lexicon, title) and not holding:
            i = end
            continue
        title, modifiers = _with_remit(tree, (i, end, title), lexicon)
        # The span starts at the modifiers ("Iraqi armed factions") unless one
        # of them is an actor of its own already ("UN" in "UN special envoy").
        first = modifiers[0]
        while first < i and tokens[first].tag == "POS":
            first += 1  # the "'s" of a possessor outside the span
        # "Tory co-chairman": the words after the last one taken still belong to it.
        start = _start_after_taken(tree, first, i, taken)
        country, organization = country_and_organization(tree, modifiers, i, lexicon)
        country = country or _country_after(tree, end, title, organization, lexicon)
        owner = country or organization
        before = tokens[modifiers[0] - 1].text.lower() if modifiers[0] > 0 else ""
        voiced = voice_after(tree, end, before, title, lexicon)
        end += voiced  # "a finance ministry official said": the body's voice
        # "the prime minister's official spokesman", "Mr Blair's official
        # spokesman": a possessor makes it definite ("Radio 4's PM programme"
        # is no prime minister).
        possessed = before in ("'s", "’s") or (
            any(tokens[k].text in ("'s", "’s") for k in range(modifiers[0], i))
            and tokens[end - 1].dep != "compound"
        )
        definite = before in DEFINITE or possessed
        evidence = {
            "title": tree.span_text(_past_quantifiers(tree, first, end), end),
            "title_entry": title,
            "country": country or (organization.country if organization else None),
            "organization": organization,
            "gender": _role_gender(title, lexicon),
        }
        government = lexicon.is_government(title.words)
        national = title.scope == "national" and title.sector not in (None, "GOV")
        if holding or _plural(tree, end, title, lexicon):
            # "Labour MPs", "ministers", bare "MPs" (the home country's), and a
            # bare group that acts ("Protesters blocked the road"); bare
            # "officials" as an object could be anyone's, and are no one.
            acting = title.sector is not None and (
                does_the_deed(tree, end - 1)
                or quantified(tree, end - 1)
                or other_side(tree, end - 1, lexicon)
            )
            # "condemned by human rights groups": a role of several words names
            # a kind of body specific enough to be an actor wherever it stands.
            # "clashed with his leaders": a person's own group is an actor too.
            specific = (
                holding
                or (title.sector is not None and len(title.words) > 1)
                or _a_persons_own(before, title)
            )
            if owner is not None or government or national or acting or specific:
                start = _trade_before(tree, start, end - 1, title if owner is None else None)
                found.append(
                    make_mention(
                        tree,
                        start,
                        end,
                        "group",
                        "NORP",
                        uncounted=_unquantified(tree, start, end),
                        **evidence,
                    )
                )
        elif (
            definite
            or owner is not None
            or government
            or _one_described(tree, end - 1, before)
            or _bare_predicate(tree, end - 1, before)
            or _speaks_up(tree, end - 1, before)
            or _armed_one_acting(tree, end - 1, before, title)
            or _passive_agent(tree, end - 1, title)
            or _body_asked_to_act(tree, end - 1, before, title, lexicon)
            or _one_harmed(tree, end - 1, before, title)
            or _taken_up_again(tree, end - 1, before, title, lexicon)
            or voiced
            or titled_voice(tree, end - 1, before, title)
            or body_acting(tree, end - 1, before, title, lexicon)
            or bare_body_acting(tree, end - 1, title, lexicon)
        ):
            # "the prime minister", "NATO's chief"; the government in any form
            # ("Blair's government", "a government white paper", "advice to government").
            collective = (
                government
                or _names_a_body(_head_word(tree, end, title, voiced), lexicon)
                or (not voiced and _a_kind_of_body(title, lexicon))
            )
            label = "ORG" if collective else "PERSON"  # "the government", "the court"
            # "the head of the agency": the role's words, not the "of" that opens its remit.
            last = _role_end(tree, start, end, body=collective)
            appositive = _said_of_a_name(tree, i, end, taken, person=label == "PERSON")
            found.append(
                make_mention(tree, start, last, "title", label, appositive=appositive, **evidence)
            )
        i = end
    return found


def _role_gender(title: Title, lexicon: ActorLexicon) -> Gender | None:
    """The gender a role's own word tells, as its honorific does: "the Queen", "the baroness".

    So that "The Queen will not attend. Mr Dawes said ..." does not make
    the man named next the Queen.
    """
    return lexicon.honorifics.get(title.words[-1].capitalize())


def _unowned_everyday_word(tree: Tree, i: int, title: Title, lexicon: ActorLexicon) -> bool:
    """Whether a role word at ``i`` that is an everyday noun too has no body named with it.

    The words of owned_titles.txt ("head") name a role only with the body or
    country it is held in ("the Airbus head", "Airbus head X"): "hit on the
    head" is no one.
    """
    if " ".join(title.words) not in lexicons.word_set("owned_titles.txt"):
        return False
    country, organization = country_and_organization(
        tree, modifiers_before(tree, i, lexicon), i, lexicon
    )
    return country is None and organization is None


def _role_end(tree: Tree, start: int, end: int, *, body: bool) -> int:
    """Where a role's span ends: before the "of" that opens its remit, or past a body's field.

    "the head of the agency" is the head; "the joint committee on human
    rights" is named by the field it sits on, a bare noun with no article
    ("the committee on the bill", "on Tuesday" are no part of its name).
    """
    tokens = tree.tokens
    if tokens[end - 1].pos == "ADP" and end - 1 > start:
        return end - 1
    if not body or end + 1 >= len(tokens) or tokens[end].text.lower() != "on":
        return end
    field = [k for k in tree.children[end] if tokens[k].dep == "pobj"]
    if tokens[end].head != end - 1 or len(field) != 1 or tokens[field[0]].ent_type:
        return end
    first, stop = tree.subtree(field[0])
    bare = first == end + 1 and all(
        t.pos in ("ADJ", "NOUN") and t.text.islower() for t in tokens[first:stop]
    )
    return stop if bare else end


def _unquantified(tree: Tree, start: int, end: int) -> str | None:
    """A group's words after its quantifier, its name: "police officers" in "few police officers".

    The quantifier says how many of them, not who they are, as a count does.
    """
    first = _past_quantifiers(tree, start, end)
    return tree.span_text(first, end) if first > start else None


def _past_quantifiers(tree: Tree, first: int, end: int) -> int:
    """Where a role's words start after the quantifiers before them ("few", "many")."""
    while first < end - 1 and tree.tokens[first].text.lower() in QUANTIFIERS:
        first += 1
    return first


def _a_persons_own(before: str, title: Title) -> bool:
    """Whether a group is one person's own, an actor wherever it stands: "his leaders".

    Not "its members", "their aides": whose they are is too often unclear. Nor
    a body's own people ("her members" under a chairman are her association,
    which speaks through them).
    """
    return before in _PERSONAL_OWNERS and title.scope != "org"


_ARMED = frozenset({"REB", "MIL"})


def _holds_ground(tree: Tree, end: int, title: Title) -> bool:
    """Whether an armed group's word names whose ground or gear the next noun is.

    "jets struck rebel positions", "shelled militant hideouts": the places
    struck are the group's, so the group is the one struck. Only before a
    plural place or thing force is used on ("rebel leaders" are people,
    "militant Islam" a creed).
    """
    tokens = tree.tokens
    if title.sector not in _ARMED or end >= len(tokens) or len(title.words) > 1:
        return False
    noun = tokens[end]
    return (
        tokens[end - 1].text.islower()
        and tokens[end - 1].head == end
        and noun.tag == "NNS"
        and noun.lemma.lower() in lexicons.word_set("held_ground.txt")
    )


def _only_describes(tree: Tree, end: int, lexicon: ActorLexicon, title: Title) -> bool:
    """Whether a role word only describes the noun after it.

    "military action", "judicial review"; and "the opposition parties",
    whose people are found as a group of their own (:func:`_says_which_people`);
    "the prisoner exchange" (:func:`_names_a_kind_of_thing`).
    """
    tokens = tree.tokens
    if end < len(tokens) and tokens[end].pos == "NOUN" and tokens[end - 1].tag == "JJ":
        return True
    return _says_which_people(tree, end, lexicon) or _names_a_kind_of_thing(
        tree, end, title, lexicon
    )


def _country_after(
    tree: Tree, end: int, title: Title, organization: Organization | None, lexicon: ActorLexicon
) -> str | None:
    """The country the words after a role place it in: "the president of France".

    Forces no body owns may be placed by the country keeping them: "France,
    which keeps 350 troops in the country" (:func:`.evidence.stationing_country`).
    """
    country = of_country(tree, end, lexicon)
    if country is None and organization is None and title.sector == "MIL":
        country = stationing_country(tree, end - 1, lexicon)
    return country


def _names_a_kind_of_thing(tree: Tree, end: int, title: Title, lexicon: ActorLexicon) -> bool:
    """Whether a private person's role word only qualifies the thing named after it.

    "the largest prisoner exchange", "the hostage deal", "a refugee camp": a
    kind of exchange, deal or camp, not a prisoner. A role of state stays
    ("the government plan" is the government's), as does one before another
    role or people word ("the hostage families").
    """
    tokens = tree.tokens
    if title.sector != "CVL" or end >= len(tokens) or tokens[end - 1].dep != "compound":
        return False
    after = tokens[end]
    return (
        tokens[end - 1].head == end
        and after.pos == "NOUN"
        and lexicon.title((after.text.lower(),)) is None
        and not lexicon.people_sector(after.text.lower())[0]
    )


def _says_which_people(tree: Tree, end: int, lexicon: ActorLexicon) -> bool:
    """Whether a singular role word only says which people the plural after it names.

    "the opposition parties", "the government employees": a group of
    people (:func:`people_in_groups`), not the opposition or the government.
    """
    tokens = tree.tokens
    if end >= len(tokens) or tokens[end - 1].tag != "NN" or tokens[end].tag != "NNS":
        return False
    return tokens[end - 1].head == end and lexicon.people_sector(tokens[end].text.lower())[0]


def styles_alone(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """A royal style standing for the one the article named with it: "the prince" after "Prince X".

    Only a style of state (an honorific whose sector is GOV) no title lists,
    written in lower case after "the" ("the Prince's Trust" is a charity), in
    an article that named someone with it before; "the prince of Monaco" is
    another.
    """
    found = []
    tokens = tree.tokens
    styled: set[str] = set()
    for i, token in enumerate(tokens):
        if token.text in lexicon.honorifics and i + 1 < len(tokens):
            if tokens[i + 1].pos == "PROPN":
                styled.add(token.text.lower())  # "Prince Harry"
            continue
        word = token.text
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            word not in styled
            or i == 0
            or tokens[i - 1].text.lower() != "the"
            or lexicon.honorific_sectors.get(word.capitalize()) != "GOV"
            or lexicon.title((word,)) is not None
            or (after is not None and (after.pos == "PROPN" or after.text == "of"))
        ):
            continue
        entry = Title(words=(word,), sector="GOV", scope="national")
        gender = _role_gender(entry, lexicon)
        found.append(
            make_mention(
                tree, i, i + 1, "title", "PERSON", title=word, title_entry=entry, gender=gender
            )
        )
    return found


def styles_of_a_place(tree: Tree, lexicon: ActorLexicon) -> list[Mention]:
    """A royal style of a place standing for the one who bears it: "the Prince of Wales".

    A style of state (an honorific whose sector is GOV) before "of" and a
    capitalised place is the person styled so, as "the prince" is, not the
    place: the style is the mention, whoever the story names with it. So
    is a duke's or a duchess's ("the Duke of Edinburgh", "the Duchess of
    Cornwall"), royal in the news, though neither word is an honorific
    before a name ("Duke Ellington").
    """
    found = []
    tokens = tree.tokens
    for i in range(len(tokens) - 2):
        word = tokens[i].text
        if (
            (lexicon.honorific_sectors.get(word) != "GOV" and word not in _DUCAL_STYLES)
            or tokens[i + 1].text != "of"
            or tokens[i + 2].pos != "PROPN"
        ):
            continue
        last = i + 3
        while last < len(tokens) and tokens[last].pos == "PROPN":
            last += 1
        last = without_possessive(tree, i, last)
        # A duke is known by his whole style ("the Duke of York" is not the
        # Duke of Edinburgh); a prince may be "the prince" or "Prince Charles" too.
        words = tuple(t.text.lower() for t in tokens[i:last]) if word in _DUCAL_STYLES else None
        entry = Title(words=words or (word.lower(),), sector="GOV", scope="national")
        found.append(
            make_mention(
                tree,
                i,
                last,
                "title",
                "PERSON",
                title=tree.span_text(i, last) if words else word.lower(),
                title_entry=entry,
                gender=lexicon.honorifics.get(word) or _DUCAL_STYLES.get(word),
                country=lexicon.honorific_countries.get(word) or (_PEERAGE if words else None),
            )
        )
    return found


_DUCAL_STYLES: dict[str, Gender] = {"Duke": "m", "Duchess": "f"}
_PEERAGE = "GBR"
"""The country of a duke's style, a British peerage's as a Lord's is (honorifics.tsv)."""


def _armed_one_acting(tree: Tree, head: int, before: str, title: Title) -> bool:
    """Whether an unnamed armed attacker does what the clause says: "a gunman killed two".

    "A minister said" is anyone of many, but the one who carried out an
    attack is the attack's actor, named or not, as "gunmen" are.
    """
    return before in ("a", "an") and title.sector == "REB" and does_the_deed(tree, head)


def _one_harmed(tree: Tree, head: int, before: str, title: Title) -> bool:
    """Whether an unnamed person of some sector suffers a deed of force: "arrested an MP".

    "A minister said" is anyone of many, but "police detained an opposition
    leader" tells of one, and of whom the police act against: the party's
    side, as a named leader would be. Only the object of a verb of harm
    (harm_verbs.txt), or the subject of its passive.
    """
    token = tree.tokens[head]
    verb = tree.tokens[token.head]
    return (
        before in ("a", "an")
        and title.sector is not None
        and token.dep in ("dobj", "obj", "nsubjpass")
        and verb.pos == "VERB"
        and verb.lemma.lower() in lexicons.word_set("harm_verbs.txt")
    )


def _taken_up_again(
    tree: Tree, head: int, before: str, title: Title, lexicon: ActorLexicon
) -> bool:
    """Whether the story goes on to tell of an unnamed person it brings in: "sacked an MP".

    "A minister said" is anyone of many, but "Labour suspended a councillor
    ... The councillor, who has apologised, said" tells of one: the
    definite role taken up again soon after is the one the indefinite
    brought in, as "the spokesman" after "a spokesman said" is. Only
    within the next two sentences, and not a generic role ("an official"):
    the story may go on to name one official after another.
    """
    token = tree.tokens[head]
    if before not in ("a", "an") or title.sector is None or token.tag not in _ONE:
        return False
    if lexicon.is_generic(lexicon.canonical(title.words)) and not speaks(tree, head):
        return False
    word = token.text.lower()
    last = tree.sentence_span(min(tree.sentence_of[head] + 2, len(tree.parse.sentences) - 1))[1]
    for k in range(head + 1, last):
        if tree.tokens[k].text.lower() != word or tree.tokens[k].tag not in _ONE:
            continue
        return _definite_role_at(tree, k)
    return False


_ONE = frozenset({"NN", "NNP"})  # "a councillor", "an MP": one person, not a group


def _definite_role_at(tree: Tree, head: int) -> bool:
    """Whether "the" opens the words before a role word: "the MP", "the Labour councillor"."""
    k = head - 1
    while k >= 0 and tree.tokens[k].pos in ("PROPN", "ADJ", "NOUN") and tree.tokens[k].tag != "POS":
        k -= 1
    return k >= 0 and tree.tokens[k].text.lower() == "the"


def _passive_agent(tree: Tree, head: int, title: Title) -> bool:
    """Whether an unnamed body or person of some sector did what a passive says: "by a court".

    "The claim was thrown out by an appeal court", "branded unfair by a
    think-tank": the agent of a deed told in the passive is the one who did
    it, named or not, as an armed attacker is. Only "by" a role with a
    sector of its own, as the agent of a verb.
    """
    token = tree.tokens[head]
    return (
        any(
            tree.tokens[c].dep == "det" and tree.tokens[c].text.lower() in ("a", "an")
            for c in tree.children[head]
        )
        and title.sector is not None
        and token.dep == "pobj"
        and tree.tokens[token.head].dep == "agent"
        and tree.tokens[tree.tokens[token.head].head].pos == "VERB"
    )


def _body_asked_to_act(
    tree: Tree, head: int, before: str, title: Title, lexicon: ActorLexicon
) -> bool:
    """Whether an unnamed body is the one asked to act: "asked a local court to halt the sale".

    "A court" said in passing is any court, but the one a party asks or
    urges to do something ("to block the deal", "for an injunction") is the
    one the story tells of, and the request's recipient, as "a court" that
    threw out a claim is its doer (_passive_agent).
    """
    token = tree.tokens[head]
    verb = token.head
    if before not in ("a", "an") or title.sector is None or token.dep not in ("dobj", "obj"):
        return False
    if not _names_a_body(token.text.lower(), lexicon):
        return False
    if tree.tokens[verb].lemma.lower() not in _BIDDING_VERBS:
        return False
    return any(
        tree.tokens[c].dep == "xcomp"
        or (tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() == "for")
        for c in tree.children[verb]
    )


_BIDDING_VERBS = frozenset({"ask", "urge", "petition", "press", "implore"})
"""Verbs by which one bids a body act, with an infinitive or "for": "asked a court to rule"."""


def _one_described(tree: Tree, head: int, before: str) -> bool:
    """Whether a "who" clause makes an indefinite title someone: "a union leader who said"."""
    return before in ("a", "an") and any(
        tree.tokens[c].dep == "relcl"
        and any(
            tree.tokens[g].text.lower() == "who" and tree.is_subject(g) for g in tree.children[c]
        )
        for c in tree.children[head]
    )


def _bare_predicate(tree: Tree, head: int, before: str) -> bool:
    """Whether a role with no article is what a copula says of a person: "X was director of Y".

    English drops the article before a post one person holds ("she became
    chairman", "he was chief financial officer at the firm"): the role is
    still said of its subject, as "X was the director" is. Only of a
    person's name: "the aim was profit" names no role, and a pronoun
    ("he became chairman") has no holder yet when roles are given theirs.
    """
    tokens = tree.tokens
    verb = tokens[head].head
    if before in _ARTICLES or tokens[head].dep != "attr" or verb == head:
        return False
    if tokens[verb].lemma.lower() not in COPULAS:
        return False
    return any(
        tokens[k].dep == "nsubj" and tokens[k].ent_type == "PERSON" for k in tree.children[verb]
    )


_ARTICLES = frozenset({"a", "an", "the"})


def _speaks_for(tree: Tree, end: int) -> bool:
    """Whether a voice of someone names whom it speaks for: "a spokesman for Michael Howard".

    The name is not the spokesman's, as it is in "envoy for Syria Geir Pedersen".
    """
    tokens = tree.tokens
    return (
        end < len(tokens)
        and tokens[end].text.lower() == "for"
        and tokens[end - 1].lemma.lower() in lexicons.word_set("speaking_roles.txt")
    )


def _speaks_up(tree: Tree, head: int, before: str) -> bool:
    """Whether an unnamed voice speaks: "a spokesman said", "an executive spokeswoman insisted".

    The story quotes someone, though it does not name them; "the spokesman"
    and "she" after it are the same one. A spokesman only mentioned ("asked
    a spokesman") is no one the story hears; one for a body named ("a
    spokeswoman for the council said", "a BAA spokesman said") speaks for
    it, and what the voice says, the body says.
    """
    token = tree.tokens[head]
    if before not in ("a", "an") or token.lemma.lower() not in lexicons.word_set(
        "speaking_roles.txt"
    ):
        return False
    k = head - 1
    while k >= 0 and tree.tokens[k].text.lower() not in ("a", "an"):
        if not (tree.tokens[k].text.islower() or _names_whose_voice(tree, k, head)):
            return False
        k -= 1
    return (
        not _speaks_for(tree, head + 1)
        and tree.is_subject(head)
        and quote_cues.load().at(tree, token.head) is not None
    )


def _names_whose_voice(tree: Tree, k: int, head: int) -> bool:
    """Whether a capitalised word before a voice names the body it speaks for.

    "A Delta spokesperson", "an NHTCU spokeswoman": a proper noun set onto
    the role names its body, whether the lexicon knows that body or not.
    """
    token = tree.tokens[k]
    return token.pos == "PROPN" and token.dep == "compound" and k < token.head <= head


def _plural(tree: Tree, end: int, title: Title, lexicon: ActorLexicon) -> bool:
    """Whether a title names several: tagged plural, or a plural of a title ("MPs" tagged NNP).

    A title with a remit is counted by the word before its "of": "the chief
    inspector of schools" is one person, "chiefs of staff" several.
    """
    if "of" in title.words[1:]:
        end = end - len(title.words) + title.words.index("of")
        title = Title(words=title.words[: title.words.index("of")], sector=None, scope="any")
    tag = tree.tokens[end - 1].tag
    if tag in ("NNS", "NNPS") or (tag == "NNP" and title.words[-1] in _PLURAL_WORDS):
        return True
    # "Gunmen attacked" after a dateline: a capital the tagger took for a name.
    last = title.words[-1]
    one = singular(last)
    return one != last and lexicon.title((*title.words[:-1], one)) is not None


_PLURAL_WORDS = frozenset({"police", "personnel"})
"""Words for several people the model may tag as one name: "Police fired" after a dateline."""


def _remit_before(tree: Tree, i: int, end: int, lexicon: ActorLexicon) -> int:
    """Where a body named by its kind starts, with the nouns of its remit before it.

    "the standards committee", "the planning department", "the home affairs
    committee": the nouns say which body, as a portfolio does for a
    ministry, and the article or the words before them make it definite.
    Only for a body's word ("committee", "embassy") and a minister, whose
    portfolio names his office as a remit names a body; not other roles.
    """
    tokens = tree.tokens
    if end - i != 1:
        return i
    word = tokens[i].text.lower()
    if word in _PORTFOLIO_HOLDERS:
        return _nouns_of_remit(tree, i)
    if word not in lexicon.org_words:
        return i
    joined = _joined_remit(tree, i, lexicon)
    if joined is not None:
        return joined
    return _nouns_of_remit(tree, i)


def _with_remit(
    tree: Tree, role: tuple[int, int, Title], lexicon: ActorLexicon
) -> tuple[Title, tuple[int, int]]:
    """A role with the sector of the kind of body its remit names, and the modifiers before both.

    "the hospital chief", "the union spokeswoman": the noun before the role
    says whose it is, as it does before a name ("union general secretary X").
    """
    remit = _remit_before(tree, role[0], role[1], lexicon)
    found = with_body_kind(tree, remit, role, lexicon)
    return role[2] if found is None else found[2], modifiers_before(tree, remit, lexicon)


_PORTFOLIO_HOLDERS = frozenset(
    {"minister", "ministers", "chief", "director", "spokesman", "spokeswoman"}
)
"""Roles named by their remit, whatever it is: "the sports minister", "the communications chief".

The lexicon lists the remits that are roles of their own ("foreign
minister", "finance director"); any other is read off the nouns before the
word, so that the country, the possessor and the article before them still
make the role definite and placed ("The Belgian sports minister says ...",
"the party's new press chief"). Not "secretary", whose remit may be a
firm's or a club's ("the company secretary") where a secretary alone is a
minister.
"""


def _nouns_of_remit(tree: Tree, i: int) -> int:
    """Where the lower-case nouns that say the remit of the word at ``i`` start."""
    tokens = tree.tokens
    first = i
    while (
        first > 0
        and tokens[first - 1].pos == "NOUN"
        and tokens[first - 1].dep in ("compound", "amod")
        and first <= tokens[first - 1].head <= i
        and tokens[first - 1].text.islower()
    ):
        first -= 1
    return first


def _joined_remit(tree: Tree, i: int, lexicon: ActorLexicon) -> int | None:
    """Where a remit of nouns joined by "and" starts: "the science and technology committee".

    The parse hangs such a remit every way ("culture, media and sport" may
    even take the body's word for one of its nouns), so it is read by the
    words: lower-case nouns and adjectives with "and" or commas between
    them, right before the body's word, after the article, a possessive
    or a capitalised word that opens the body's name ("the Commons").
    """
    tokens = tree.tokens
    k = i - 1
    start: int | None = None
    joined = False
    while k >= max(i - _REMIT_LENGTH, 0) and (
        tokens[k].text in _REMIT_JOINS or _remit_word(tokens[k], lexicon)
    ):
        if tokens[k].text in _REMIT_JOINS:
            joined = joined or tokens[k].text == "and"
        else:
            start = k
        k -= 1
    if start is None or not joined or tokens[i - 1].pos != "NOUN":
        return None
    opener = tokens[k].text if k >= 0 else ""
    if opener.lower() in DEFINITE or opener in ("'s", "’s") or opener[:1].isupper():
        return start
    return None


def _remit_word(token: Token, lexicon: ActorLexicon) -> bool:
    """Whether a word may be part of a body's remit: a lower-case noun or adjective, no role.

    "the clubs, church leaders and local authority" lists actors, not one
    authority's remit; but the press is a field of policy as well as a
    group ("the culture, media and sport committee").
    """
    word = token.text
    return (
        token.pos in ("NOUN", "ADJ")
        and word.islower()
        and lexicon.title((word,)) is None
        and (word in _FIELDS_OF_POLICY or not lexicon.people_sector(word)[0])
    )


_FIELDS_OF_POLICY = frozenset({"media"})
"""Group words a body's remit may name as a field it oversees ("culture, media and sport")."""


_REMIT_JOINS = frozenset({"and", ","})


_REMIT_LENGTH = 6
"""The most words a remit of joined nouns takes: "environment, food and rural affairs"."""


def _name_follows(tree: Tree, end: int) -> bool:
    """Whether a name comes right after a title, or after its remit ("envoy for Syria X")."""
    tokens = tree.tokens
    j = end
    if j < len(tokens) and tokens[j].text.lower() in REMIT and tokens[j].pos == "ADP":
        j += 1
        while j < len(tokens) and tokens[j].pos == "PROPN" and tokens[j].ent_type != "PERSON":
            j += 1
    return j < len(tokens) and tokens[j].pos == "PROPN"


_ROLE_WORDS_BEFORE_A_NAME = 4
"""How many words a second role may take between "and" and the name it goes before."""


def _joined_to_a_role_before_a_name(tree: Tree, first: int, end: int) -> bool:
    """Whether a bare title is the first of two roles joined by "and" before one name.

    "Senior Tory MP and former Treasury minister Ian Rowe said":
    both roles are his, set before his name as one would be. A title after
    a determiner is someone of its own ("the prime minister and Chancellor
    Gordon Brown" are two men), so the title must stand bare.
    """
    tokens = tree.tokens
    start = first
    while not tree.opens_sentence(start) and tokens[start - 1].pos in ("PROPN", "ADJ"):
        start -= 1
    if start > 0 and tokens[start - 1].pos == "DET":
        return False
    return _second_role_before_a_name(tree, end)


def _second_role_before_a_name(tree: Tree, joint: int) -> bool:
    """Whether "and" at ``joint`` opens a role set right before a person's name.

    "... and former Cabinet minister Jack Cunningham": a few adjectives and
    nouns, the last a lower-case role word, then the name.
    """
    tokens = tree.tokens
    if joint >= len(tokens) or tokens[joint].text != "and":
        return False
    for k in range(joint + 1, min(joint + 2 + _ROLE_WORDS_BEFORE_A_NAME, len(tokens))):
        if tokens[k].ent_type == "PERSON":
            return k > joint + 1 and tokens[k - 1].pos == "NOUN"
        if tokens[k].pos not in ("ADJ", "NOUN", "PROPN"):
            return False
    return False


def _beside_a_name(tree: Tree, first: int, end: int, taken: list[bool]) -> bool:
    """Whether a title is set in apposition right after a person's name.

    "Louise Christian, the lawyer representing them,": the role is what the
    text says of the name, not another mention of her; it stays in her
    actor as evidence, with no span of its own.
    """
    tokens = tree.tokens
    head = head_of(tree, first, end)
    name = tokens[head].head
    return (
        tokens[head].dep == "appos"
        and name < first
        and taken[name]
        and tokens[name].ent_type == "PERSON"
        and all(tokens[k].pos in ("PUNCT", "DET") for k in range(name + 1, tree.subtree(head)[0]))
    )


def _said_of_a_name(tree: Tree, first: int, end: int, taken: list[bool], *, person: bool) -> bool:
    """Whether a title is what the text says of a name beside it, or of a copula's subject."""
    return (
        _beside_a_name(tree, first, end, taken)
        or (person and _before_a_name_in_apposition(tree, first, end, taken))
        or (person and name_set_after(tree, end) is not None)
        or _predicate(tree, first, end)
    )


def _before_a_name_in_apposition(tree: Tree, first: int, end: int, taken: list[bool]) -> bool:
    """Whether a title stands before a name set beside it after a comma.

    "The Home Secretary, Tom Reid, said ...", "the Bishop of Carlisle, the
    Rt Rev Peter Lowe,": the name is the mention, and the role what the
    text says of it, as a role after a name is ("Tom Reid, the home
    secretary,"); it stays in his actor with no span of its own.
    """
    tokens = tree.tokens
    head = head_of(tree, first, end)
    for k in tree.children[head]:
        opening = tree.subtree(k)[0]
        if (
            tokens[k].dep == "appos"
            and (tokens[k].ent_type == "PERSON" or taken[k])
            and opening > end
            and tokens[opening - 1].text == ","
            and "," not in (t.text for t in tokens[end : opening - 1])
        ):
            return True
    return False


def _predicate(tree: Tree, first: int, end: int) -> bool:
    """Whether a title is what a copula says of its subject, or of the name it equates it with.

    "Mr Blair became the youngest premier", "The last prime minister to be
    installed so young was Lord Liverpool": the role is said of the one the
    sentence names, not another mention of them; it stays in their actor as
    evidence, with no span of its own, as a role in apposition does.
    """
    tokens = tree.tokens
    head = head_of(tree, first, end)
    verb = tokens[head].head
    if _role_given_as(tree, head):
        return True
    if tokens[verb].lemma.lower() not in COPULAS or verb == head:
        return False
    if tokens[head].dep == "attr":
        # "it is the prime minister who ...": a cleft names its actor, it says nothing of one.
        subjects = [tokens[k].text.lower() for k in tree.children[verb] if tokens[k].dep == "nsubj"]
        return not (set(subjects) & _PLACEHOLDERS or _asked(tree, verb, subjects))
    return tokens[head].dep == "nsubj" and any(
        tokens[k].dep == "attr" and tokens[k].pos == "PROPN" for k in tree.children[verb]
    )


def _role_given_as(tree: Tree, head: int) -> bool:
    """Whether a title is the role "as" gives someone: "served as the chairman of the committee".

    "His appointment as chairman", "As agriculture minister he caused
    controversy": the role is said of him, as a copula would say it. Not
    "as well as the chairman", which adds someone.
    """
    tokens = tree.tokens
    governor = tokens[head].head
    return (
        tokens[head].dep == "pobj"
        and tokens[governor].text.lower() == "as"
        and tokens[governor].dep == "prep"
        and not (governor > 0 and tokens[governor - 1].text.lower() == "well")
    )


def _asked(tree: Tree, verb: int, subjects: list[str]) -> bool:
    """Whether a copula opens a question, its subject after it: "Is not the opposition ...?"."""
    tokens = tree.tokens
    first = tree.subtree(verb)[0]
    opens = all(tokens[k].pos == "PUNCT" for k in range(first, verb))
    return not subjects and opens and tokens[verb].tag in FINITE_TAGS


_PLACEHOLDERS = frozenset({"it", "this", "that", "there"})
