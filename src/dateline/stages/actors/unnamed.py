"""Unnamed bodies and their voices that the story tells of acting or speaking.

"A minister said" is anyone of many, and no actor; but "a court in Moscow
jailed him", "a parliamentary committee rejected the plan" and "a foreign
ministry spokesman said" tell of one body of the state, which the story
places, doing or saying what it reports. So does the opening sentence's
unnamed subject ("A former bank executive has lost her claim"), whom the
story goes on to name. Read by :mod:`.mentions` when it finds role words.
"""

from __future__ import annotations

from dataclasses import replace

from dateline import lexicons
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import ActorLexicon, Title
from dateline.stages.quotes import cues as quote_cues

_INDEFINITE = frozenset({"a", "an"})
_STATE = frozenset({"GOV", "JUD", "LEG", "MIL", "COP", "SPY", "IGO"})
"""Sectors of bodies one of which, unnamed, is still the one the story means."""
_GOVERNMENTS = frozenset({"GOV", None})
_OFFICERS = frozenset({"JUD", "MIL", "COP"})
"""Sectors of unnamed persons whose deed is their office's: "a judge ruled", "a soldier shot"."""


def voice_after(tree: Tree, end: int, before: str, title: Title, lexicon: ActorLexicon) -> bool:
    """Whether a body's unnamed voice follows its word and speaks: "a ministry official said".

    The body ("finance ministry") is only the voice's modifier, so the
    phrase is neither the body nor anyone, unless the voice is read with it.
    """
    tokens = tree.tokens
    if before not in _INDEFINITE or end >= len(tokens) or title.sector not in _STATE:
        return False
    voice = tokens[end]
    body = tokens[end - 1]
    return (
        voice.tag == "NN"
        and voice.lemma.lower() in lexicons.word_set("unnamed_voices.txt")
        and body.head == end
        and (body.text.lower() in lexicon.org_words or lexicon.is_government(title.words))
        and speaks(tree, end)
    )


def titled_voice(tree: Tree, head: int, before: str, title: Title) -> bool:
    """Whether an unnamed voice whose title names its side speaks: "a government official said".

    The title says whose voice it is ("intelligence official", "union
    official"); a bare "official" does not, and is anyone's.
    """
    return (
        before in _INDEFINITE
        and len(title.words) > 1
        and title.sector is not None
        and title.words[-1].lower() in lexicons.word_set("unnamed_voices.txt")
        and speaks(tree, head)
    )


def as_a_role(tree: Tree, head: int, title: Title, lexicon: ActorLexicon) -> Title:
    """A word that may mean a government or a role, read as the role where its words say so.

    "The executive" is the government (title_synonyms.tsv), but "a senior
    executive" and "the former oil executive" are a firm's people, as the
    word's own sector says (titles.tsv: BUS), and "Shadow local government"
    is the opposition's brief. Only a word whose sector, its own or given by
    a modifier, is not the state's is read so, and only when a word in lower
    case describes it: "the Scottish executive" is a government, and "the
    previous administration" still one, "administration" being GOV.
    """
    if title.sector in _GOVERNMENTS or not lexicon.is_government(title.words):
        return title
    tokens = tree.tokens
    described = [
        tokens[k].text.lower()
        for k in range(head)
        if tokens[k].head == head
        and tokens[k].dep in _DESCRIBING
        and tokens[k].text.isalpha()
        and tokens[k].text.islower()
    ]
    return replace(title, words=(*described, *title.words)) if described else title


_DESCRIBING = frozenset({"amod", "compound", "nmod"})


def speaks(tree: Tree, head: int) -> bool:
    """Whether a word is the subject of a verb that reports what it said, or the one quoted.

    Wire copy gives the words of a voice the agency or paper quoted: "AFP
    quoted a finance ministry aide as saying", "a police spokesman was
    quoted as saying".
    """
    token = tree.tokens[head]
    if token.dep in _QUOTED and tree.tokens[token.head].lemma.lower() == "quote":
        return True
    return tree.is_subject(head) and quote_cues.load().at(tree, token.head) is not None


_QUOTED = frozenset({"dobj", "nsubjpass"})


def body_acting(tree: Tree, head: int, before: str, title: Title, lexicon: ActorLexicon) -> bool:
    """Whether an unnamed body of the state, or the story's lead, does what its clause says.

    "A court ruled": one body of the state, which the story places. Only the
    subject of a verb in the active voice, done or doing: "a court was set
    up" tells of no deed of the court's, nor does "a judge should look into
    it". An officer of the courts, the army or the police counts as a body
    does ("a judge ordered his release"); and a story's opening sentence
    tells of the one it is about, of whatever sector, whom it names later
    ("A former bank executive has lost her claim ... Ms X"), unless its
    role is anyone's (title_synonyms.tsv: "official", "spokesman").
    """
    token = tree.tokens[head]
    if before not in _INDEFINITE or title.sector is None or token.dep != "nsubj":
        return False
    verb = token.head
    modal = any(tree.tokens[c].tag == "MD" for c in tree.children[verb])
    if tree.tokens[verb].pos != "VERB" or modal:
        return False  # "a court is due to rule", "a judge should look into it": no deed yet
    if head < tree.sentence_span(0)[1] and not lexicon.is_generic(title.words):
        return True  # not "An Investment Ministry official has told reporters": a source
    return title.sector in _STATE and (
        token.text.lower() in lexicon.org_words or title.sector in _OFFICERS
    )


def bare_body_acting(tree: Tree, head: int, title: Title, lexicon: ActorLexicon) -> bool:
    """Whether a body of the state named bare, with no article, does what its clause says.

    "Parliament voted", "the rule was set down by parliament": news writes
    a country's own institution without an article as it writes "government"
    ("advice to government"), and the one meant is the country's. Only as the
    subject of a verb or the agent of a passive: "run for parliament" and
    "in parliament" tell of a seat or a place, not of the body's deed.
    """
    token = tree.tokens[head]
    if not _a_bare_state_body(tree, head, title, lexicon):
        return False
    ruler = tree.tokens[token.head]
    if tree.is_subject(head):
        return ruler.pos == "VERB"
    return token.dep == "pobj" and ruler.dep == "agent" and tree.tokens[ruler.head].pos == "VERB"


def _a_bare_state_body(tree: Tree, head: int, title: Title, lexicon: ActorLexicon) -> bool:
    """Whether a word is a body of the state in lower case, singular, with no article or owner."""
    token = tree.tokens[head]
    return (
        title.scope == "national"
        and title.sector in _STATE
        and len(title.words) == 1
        and token.tag == "NN"
        and token.text.islower()
        and token.text in lexicon.org_words
        and not any(tree.tokens[c].dep in _DETERMINING for c in tree.children[head])
    )


_DETERMINING = frozenset({"det", "poss", "amod", "compound", "nummod"})
