"""The happenings scorer: pairs of reports merged, against labels."""

import json
from pathlib import Path

from dateline.evaluation import happenings

REPORTS = {
    "a.txt": (
        "Strikes Hit Homs\n\n"
        "HOMS, March 2, 2024 (Reuters) - Israeli air strikes on the Syrian city of Homs "
        "killed 12 people on Saturday, a monitoring group said.\n"
    ),
    "b.txt": (
        "Twelve Dead in Homs Raid\n\n"
        "DAMASCUS, 3 March 2024 - Twelve people died when Israeli air strikes hit Homs "
        "on Saturday, rescuers said.\n"
    ),
    "c.txt": (
        "New Raid on Homs\n\n"
        "HOMS, March 20, 2024 (Reuters) - Israeli air strikes on Homs killed three people "
        "on Wednesday, medics said.\n"
    ),
}
LABELS = [
    {"file": "a.txt", "happening": "h1", "type": "ASSAULT", "resembles": None, "split": "dev"},
    {"file": "b.txt", "happening": "h1", "type": "ASSAULT", "resembles": None, "split": "dev"},
    {"file": "c.txt", "happening": "x1", "type": "ASSAULT", "resembles": "h1", "split": "dev"},
    {"file": "d.txt", "happening": "h2", "type": "CONSULT", "resembles": None, "split": "test"},
]


def test_two_reports_of_one_strike_merge_and_a_later_strike_stays_apart(tmp_path: Path):
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "labels.json").write_text(json.dumps(LABELS), encoding="utf-8")
    (tmp_path / "d.txt").write_text(
        "Envoys Meet\n\nOSLO, March 8, 2024 - Swedish envoy Anna Berg met Turkish envoy "
        "Kemal Aydin in Oslo on Friday.\n",
        encoding="utf-8",
    )
    scores = {s.metric: s.value for s in happenings.score(tmp_path, "dev")}
    assert scores == {"pair_p": 1.0, "pair_r": 1.0, "pair_f1": 1.0, "reduction": 1.0}
