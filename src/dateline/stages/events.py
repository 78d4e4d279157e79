"""Events: who did what to whom, coded to PLOVER.

This stage runs in the pipeline today and codes no events: an event without a
cue lexicon and argument rules would be a guess, and a guess dressed as data is
worse than none. The events issue fills it in.
"""

from __future__ import annotations

from dateline.records import Analysis
from dateline.stages import Stage


def find_events(analysis: Analysis) -> Analysis:
    """Return the analysis unchanged: no event is coded yet."""
    return analysis


STAGE = Stage(
    name="events",
    run=find_events,
    requires=frozenset({"parse", "actors", "quotes", "times", "places"}),
    assigns=frozenset({"events"}),
)
