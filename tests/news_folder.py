"""A folder of invented, messy news for the tests that ingest while something goes wrong."""

from __future__ import annotations

import json
from pathlib import Path

_STORIES = (
    (
        "Port Workers Strike in Valparaiso",
        (
            "Dock workers in Valparaiso walked off the job on March 4, 2024, demanding more pay, "
            "union leader Carla Mendez told reporters outside the port gates."
        ),
        "“We will not load a single ship until the company listens,” Mendez said.",
    ),
    (
        "Ministers Meet Over River Dispute",
        (
            "Egyptian Foreign Minister Sameh Shoukry met Ethiopian officials in Cairo on March 5, "
            "2024, to discuss the Nile dam that has divided the two countries for a decade."
        ),
        "Shoukry said Egypt would not accept any deal that cut its share of the water.",
    ),
    (
        "Police Detain Protest Leaders in Dhaka",
        (
            "Police in Dhaka detained three opposition leaders on March 6, 2024, after a rally "
            "against fuel prices turned violent, a police spokesman said."
        ),
        "The opposition accused the government of silencing dissent ahead of local elections.",
    ),
    (
        "Aid Convoy Reaches Northern Town",
        (
            "A United Nations convoy carrying food and medicine reached the town of Kidal on "
            "March 7, 2024, the first in three months, aid workers said."
        ),
        "Residents lined the road as the trucks arrived; some had walked for two days.",
    ),
    (
        "Border Guards Exchange Fire",
        (
            "Indian and Pakistani border guards exchanged fire near Sialkot on March 8, 2024, "
            "killing one soldier, Pakistan's army said in a statement."
        ),
        "India said its troops had responded to unprovoked firing and urged restraint.",
    ),
    (
        "Shoukry Warns of Water Crisis",
        (
            "Shoukry told parliament on March 9, 2024, that talks over the dam had stalled and "
            "warned that Egypt faced a water crisis within five years."
        ),
        "Lawmakers called on the government to take the dispute to the Security Council.",
    ),
    (
        "Talks Resume in Doha",
        (
            "Negotiators from both sides resumed talks in Doha on March 10, 2024, mediators said, "
            "after a week-long pause over the release of prisoners."
        ),
        "Qatar's foreign ministry said it hoped for an agreement before the end of the month.",
    ),
    (
        "Farmers Block Highway Near Lyon",
        (
            "Hundreds of farmers blocked a highway near Lyon on March 11, 2024, with tractors and "
            "hay bales, protesting against cheap imports, local police said."
        ),
        "The agriculture minister promised to meet farm unions within the week.",
    ),
    (
        "Court Convicts Former Mayor",
        (
            "A court in Nairobi convicted a former mayor of corruption on March 12, 2024, and "
            "sentenced him to six years in prison, prosecutors said."
        ),
        "His lawyer said he would appeal, calling the trial politically motivated.",
    ),
    (
        "Navy Seizes Fishing Boats",
        (
            "The Indonesian navy seized four foreign fishing boats near the Natuna Islands on "
            "March 13, 2024, a navy spokesman said, accusing them of fishing illegally."
        ),
        "Twenty crew members were detained and will be deported, officials said.",
    ),
    (
        "Mendez Calls Off Port Strike",
        (
            "Mendez called off the strike at Valparaiso on March 14, 2024, after the company "
            "agreed to a seven percent raise, the union said."
        ),
        "Ships that had waited offshore for ten days began to dock on Thursday evening.",
    ),
)


def _story(title: str, *paragraphs: str) -> str:
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_news(folder: Path) -> int:
    """Write invented articles into ``folder``: a dump, single files, a JSONL export.

    Returns the number of articles written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    first, second, third, *rest = _STORIES
    # A scraped dump of three articles, with a repeated headline and a junk line.
    dump = (
        f"{first[0]}\n{first[0]}\nAdvertisement\n\n"
        + "\n\n".join(first[1:])
        + "\n\n\n"
        + _story(*second)
        + "\n\n"
        + _story(*third)
    )
    (folder / "01-dump.txt").write_text(dump, encoding="utf-8")
    singles, export = rest[:5], rest[5:]
    for number, story in enumerate(singles, 2):
        (folder / f"{number:02d}-story.txt").write_text(_story(*story), encoding="utf-8")
    lines = [
        json.dumps({"id": f"x{n}", "title": title, "text": "\n\n".join(body)})
        for n, (title, *body) in enumerate(export)
    ]
    (folder / "09-export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(_STORIES)
