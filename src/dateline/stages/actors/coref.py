"""In-document coreference: which mentions are the same actor.

- A surname or honorific + surname ("Sudani", "Mr Blair") joins the full name
  it ends, the nearest one before it when several do, preferring one of the
  same gender.
- Organisations join by their lexicon entry or their name; countries, their
  capitals used as actors and their demonyms used as nouns join by ISO3.
  "The State" with a capital ("the Argentine State") is its country's
  government.
- A title standing alone ("the PM", "the Russian diplomat") joins the person
  who holds that title in the article (or, for a well-known person, held
  that office), or who is appositive to it ("Tony Blair, the prime
  minister"); otherwise it is an actor of its own. It is never given to the
  nearest person merely for being near: that guess codes the wrong people.
- "he"/"she" as a subject joins the person it refers to (:mod:`.pronouns`).
- Organisations join by their core name as well ("Group Menatep" and
  "Menatep"), and "the company", "the party" join the nearest body before
  them of that kind, by lexicon, by name or by what the text called it.
- "The upper house" joins the one chamber of that rank the article names
  ("the House of Lords"), :mod:`.chambers`.
- "the pair", "the men", "the three men" join the counted group named
  shortly before them ("Two Green councillors"), of the size they give
  (:mod:`.sets`).
"""

from __future__ import annotations

from collections.abc import Callable

from dateline.stages._tree import Tree
from dateline.stages.actors.chambers import join_chambers_by_rank
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.cluster_merges import (
    add_known_titles,
    join_aliases,
    join_bare_groups_to_the_one_named,
    join_first_words,
    join_founders_names_to_their_firm,
    join_names_to_bodies_told_in_lower_case,
    join_names_told_without_their_town,
    join_officials_to_their_body,
    join_owned_forces_to_their_army,
    join_placed_names,
    join_the_court_of_a_chamber,
    join_the_house_to_its_chamber,
    join_voters_to_the_public,
)
from dateline.stages.actors.governments import (
    a_kind_named_before,
    government_meant,
    kind_named_before,
)
from dateline.stages.actors.kept_apart import counted_apart, people_of_any_country, placed_apart
from dateline.stages.actors.lead_names import (
    join_roles_to_the_protagonist,
    name_the_lead,
    name_the_lead_body,
    name_the_lead_committee,
)
from dateline.stages.actors.lexicon import load
from dateline.stages.actors.mention import Mention, acronyms
from dateline.stages.actors.name_keys import full_name_mentions, named_key
from dateline.stages.actors.references import resolve_references
from dateline.stages.actors.relatives import family_name, join_styled_relatives
from dateline.stages.actors.sets import join_sets_to_the_counted
from dateline.stages.actors.title_holders import resolve_titles


def cluster(
    mentions: list[Mention],
    tree: Tree,
    home: str | None = None,
    offices: Callable[[str], set[tuple[str, str | None, str | None]]] | None = None,
    parties: Callable[[str], str | None] | None = None,
) -> list[Cluster]:
    """Group mentions into actors, ordered by first mention.

    ``home`` is the article's home country, whose government "the government"
    and "ministers" stand for when they name no other. ``offices`` gives the
    titles (and their organisation and country) a well-known person held
    when the article appeared (at any time, when the date is unknown; from
    the bundled dictionary), so that "the prime minister" finds "Tony Blair"
    where the article never says so. ``parties`` gives the party such a
    person belonged to then (the same dictionary), whose "his party" is.
    """
    clusters: dict[str, Cluster] = {}
    of_mention: dict[int, Cluster] = {}

    def join(key: str, mention: Mention) -> None:
        target = clusters.setdefault(key, Cluster(key))
        target.mentions.append(mention)
        of_mention[mention.first] = target

    full_names = full_name_mentions(mentions)
    spelled_out = acronyms(mentions, tree)
    for mention in mentions:
        government = government_meant(mention, home, tree, clusters)
        kind = kind_named_before(mention, clusters) if a_kind_named_before(mention, tree) else None
        if government is not None:
            join(f"country:{government}", mention)
        elif kind is not None:
            join(kind.key, mention)  # "the authorities" after "police authorities"
        elif mention.kind in ("name", "group"):
            body = spelled_out.get(mention.text)
            if (
                body is not None
                and mention.label == "ORG"
                and mention.first != body.first
                and load().title((mention.text.lower(),)) is None  # "MP" is a member, not a body
            ):
                join(named_key(body, full_names, home), mention)  # "the CML" after its full name
            else:
                key = people_of_any_country(named_key(mention, full_names, home), mention, clusters)
                key = counted_apart(key, mention, clusters)
                join(placed_apart(key, mention, clusters), mention)
    join_placed_names(clusters, of_mention)
    join_first_words(clusters, of_mention)
    join_names_told_without_their_town(clusters, of_mention)
    join_founders_names_to_their_firm(clusters, of_mention)
    join_the_court_of_a_chamber(clusters, of_mention, tree)
    join_the_house_to_its_chamber(clusters, of_mention, tree)
    join_chambers_by_rank(clusters, of_mention)
    join_officials_to_their_body(clusters, of_mention)
    join_bare_groups_to_the_one_named(clusters, of_mention)
    join_voters_to_the_public(clusters, of_mention)
    join_sets_to_the_counted(clusters, of_mention, tree)
    join_aliases(clusters, of_mention, tree)
    if offices is not None:
        add_known_titles(clusters.values(), offices, parties)
    resolve_titles(
        mentions, clusters=clusters, of_mention=of_mention, tree=tree, home=home, join=join
    )
    join_names_to_bodies_told_in_lower_case(clusters, of_mention)
    # The lead's description first: "Conservative MP ... defects" named as
    # Robert Jackson tells whose party "the party" after him is.
    name_the_lead(clusters, tree)
    name_the_lead_body(clusters, tree)
    name_the_lead_committee(clusters)
    join_roles_to_the_protagonist(clusters, tree)
    resolve_references(mentions, clusters, join, tree, home)
    # Once titles are resolved: "the Chadian army" is a title's actor.
    join_owned_forces_to_their_army(clusters, of_mention, tree)
    for found in clusters.values():
        found.family_name = family_name(found, clusters, tree)
    join_styled_relatives(clusters)
    ordered = sorted(clusters.values(), key=lambda c: min(m.first for m in c.mentions))
    for found in ordered:
        found.mentions.sort(key=lambda m: m.first)
    return ordered
