"""What the name of a body no lexicon lists says it is: "Finance Ministry", "Pro-Life Alliance".

Read when a body is coded (:mod:`.coding`) and when a person is said to
speak for it ("X, of the Rural Schools Alliance": :mod:`.evidence`), so that
the two agree.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from dateline.stages.actors.lexicon import ActorLexicon

COMPANY = "BUS"
"""The sector of a business, and of a body no lexicon knows that is named alone."""
_NGO = "NGO"


def sectors_in(names: list[str], lexicon: ActorLexicon) -> Iterator[str | None]:
    """Sectors given by words of organisation names ("ministry", "court", "party").

    The words before "of" or "for" name what the body is, and a trade it
    works on only says what about: "Finance Ministry", "Oil Ministry" and
    "Securities and Exchange Commission" are the state's, so a word of
    another sector there outranks a business word. A council, centre or
    federation "of" some people is theirs: "Council of Mortgage Lenders"
    (BUS), "Centre of Indian Trade Unions" (LAB). A pair of words listed
    together says more than either alone: a "Central Bank" is the state's.
    """
    for name in names:
        words = [w.lower().strip(".,'’") for w in name.replace("-", " ").split()]
        cut = next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))
        pairs = [f"{w} {v}" for w, v in itertools.pairwise(words[:cut])]
        kinds = [w for k, w in enumerate(words[:cut]) if w not in _LAST_WORD_KINDS or k == cut - 1]
        head = [s for w in [*pairs, *kinds] if (s := lexicon.org_words.get(w))]
        sector = (
            _head_sector(words[:cut])
            or people_group_sector(words[:cut], lexicon)
            or next((s for s in head if s != COMPANY), head[0] if head else None)
        )
        generic = any(w in MEMBERSHIP_HEADS for w in words[:cut])
        # "Council of Mortgage Lenders", or the members named before the head:
        # "British Bankers' Association".
        members = next(
            (
                s
                for w in [*words[cut + 1 :], *(words[:cut] if generic else [])]
                if w not in MEMBERSHIP_HEADS and (s := _word_sector(w, lexicon))
            ),
            None,
        )
        if sector == _NGO and generic and _names_a_science(words, cut):
            # "Southampton Oceanography Centre", "Institute of Criminology": a centre or
            # an institute of a science is a place of scholarship, not a think-tank.
            sector = _SCHOLARSHIP
        if sector == _TRADE_UNION and _STUDENTS & set(words):
            # "National Union of Students", "Students' Union": students earn
            # no wage, and their union speaks for them in education.
            sector = _SCHOLARSHIP
        yield members if members and (sector is None or generic) else sector


def _head_sector(words: list[str]) -> str | None:
    """The sector a name's last word gives when it alone says what the body is.

    "Labour Assembly Government", "Northern Regional Government": the words
    before "Government" say whose government it is ("assembly" is LEG
    alone), not that it is a legislature or a party.
    """
    return _HEAD_KINDS.get(words[-1]) if words else None


_HEAD_KINDS = {"government": "GOV"}
"""Last words of a name that make the body of their kind whatever words come before."""


_LAST_WORD_KINDS = frozenset({"network", "club", "comprehensive"})
"""Words that say what a body is only when its name ends in them: the "Fostering
Network" and the "Club of Madrid" gather members for a cause, but "Network Rail"
runs railways and "Club Med" holidays; "Hollins Comprehensive" is a school, the
"Comprehensive Test Ban Treaty" none."""

MEMBERSHIP_HEADS = frozenset(
    {
        "council",
        "college",
        "centre",
        "center",
        "institute",
        "federation",
        "foundation",
        "society",
        "association",
        "alliance",
        "league",
    }
)
"""Bodies named for whom they gather: their members' sector is theirs (a royal college of
physicians is doctors', HLH; a college of art, with no members' sector, stays EDU)."""


def _names_a_science(words: list[str], cut: int) -> bool:
    """Whether a name's words name a science ("oceanography", "criminology").

    Technology is a trade as often as a study ("Technology Centre" sells it),
    but an institute "of Technology" is one that teaches it, a university.
    """
    return any(
        w.endswith(_SCIENCE_ENDINGS) and (w not in _APPLIED_SCIENCES or k > cut)
        for k, w in enumerate(words)
    )


_TRADE_UNION = "LAB"
_STUDENTS = frozenset({"student", "students"})
_SCIENCE_ENDINGS = ("ology", "ography")
_APPLIED_SCIENCES = frozenset({"technology"})
_SCHOLARSHIP = "EDU"


def people_group_sector(words: list[str], lexicon: ActorLexicon) -> str | None:
    """The sector of a group named for the people it gathers: "immigrants' group", "gay group".

    A "group" alone is most often a firm's ("Tata group", "drinks group"),
    but one named for people speaks for them: for citizens ("women's group",
    "farmers' group", "gay group") it is a body of civil society (NGO); for
    people of a trade ("employers' group", "doctors' group") it is of their
    sector. ``words`` are lower case, as written.
    """
    for before, word in itertools.pairwise(words):
        if word not in _GATHERING_WORDS:
            continue
        member = before.removesuffix("'s").removesuffix("’s").rstrip("'’")
        named, sector = lexicon.people_sector(member)
        if not named:
            # "gay group", "parent group": the people are named by the singular.
            named, sector = lexicon.people_sector(f"{member}s")
        if named:
            return _NGO if sector in (None, _CITIZENS) else sector
    return None


_GATHERING_WORDS = frozenset({"group", "groups", "organisation", "organization"})
_CITIZENS = "CVL"


def campaign_sector(names: list[str], lexicon: ActorLexicon) -> str | None:
    """NGO for a body no lexicon knows whose name says it campaigns ("Pro-Life Alliance")."""
    return next(
        (
            _NGO
            for name in names
            for word in name.replace("-", " ").split()
            if word.lower().strip(".,'’") in lexicon.campaign_words
        ),
        None,
    )


def _word_sector(word: str, lexicon: ActorLexicon) -> str | None:
    """The sector a word of a body's name gives: a body word, or its members ("lenders").

    Members may be named by their role, in the plural ("physicians",
    "surgeons": HLH); "Premier League" gathers no premiers.
    """
    singular = word.removesuffix("s")
    # "Slough Conservative Association": a party's people, whose sector the party's is.
    party = lexicon.organization(word.title())
    role = lexicon.title((singular,)) if singular != word else None
    return (
        lexicon.org_words.get(word)
        or lexicon.org_words.get(singular)
        or lexicon.people_sector(word)[1]
        or (party.sector if party is not None and party.sector == "PTY" else None)
        or (role.sector if role is not None else None)
    )
