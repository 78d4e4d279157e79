"""Events written for the tools analysts already use.

- ``plover``: one JSON record per event in the shape of PLOVER's event
  records: ``id``, ``date``, ``actor``, ``recipient``, ``event``, ``mode``,
  ``event_text``, ``location`` and ``size`` (the death toll), with our
  provenance (article, source file, character span) and confidence added.
- ``gdelt-like``: a tab-separated file with the columns GDELT's event
  files use for the same facts (``SQLDATE``, ``Actor1Code``, ...,
  ``QuadClass``, ``ActionGeo_Lat``, ``SOURCEURL``), so that scripts written
  for GDELT load it. ``EventCode`` holds the PLOVER type, not a CAMEO code.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, Literal, TextIO

from dateline.store.query import Row

ExportFormat = Literal["plover", "gdelt-like"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("plover", "gdelt-like")

QUAD_CLASSES = {
    "verbal_cooperation": 1,
    "material_cooperation": 2,
    "verbal_conflict": 3,
    "material_conflict": 4,
}
"""GDELT's QuadClass numbers for PLOVER's quad classes."""

GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "DatePrecision",
    "Actor1Code",
    "Actor1Name",
    "Actor2Code",
    "Actor2Name",
    "EventCode",
    "EventMode",
    "QuadClass",
    "Negated",
    "Hypothetical",
    "Confidence",
    "Fatalities",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "SOURCEURL",
    "SourceSpan",
)


def plover_record(row: Row) -> dict[str, Any]:
    """A PLOVER-style record of one event row of :func:`dateline.store.query.events`."""
    return {
        "id": f"{row['article_id']}-{row['id']}",
        "date": row["date"],
        "date_precision": row["date_precision"],
        "actor": row["actor_code"],
        "actor_name": row["actor"],
        "recipient": row["recipient_code"],
        "recipient_name": row["recipient"],
        "event": row["type"],
        "mode": row["mode"],
        "quad": row["quad"],
        "event_text": row["event_text"],
        "trigger": row["trigger"],
        "location": {
            "name": row["place"],
            "country": row["place_country"],
            "lat": row["lat"],
            "lon": row["lon"],
        }
        if row["place"]
        else None,
        "size": row["fatalities"],
        "negated": bool(row["negated"]),
        "hypothetical": bool(row["hypothetical"]),
        "confidence": row["confidence"],
        "source": {
            "article_id": row["article_id"],
            "path": row["source_path"],
            "span": [row["start"], row["end"]],
        },
    }


def gdelt_row(row: Row) -> dict[str, Any]:
    """A GDELT-like row of one event row."""
    date = row["date"] or ""
    return {
        "GLOBALEVENTID": f"{row['article_id']}-{row['id']}",
        "SQLDATE": date.replace("-", "") if date[:1].isdigit() else "",
        "DatePrecision": row["date_precision"],
        "Actor1Code": row["actor_code"] or "",
        "Actor1Name": row["actor"] or "",
        "Actor2Code": row["recipient_code"] or "",
        "Actor2Name": row["recipient"] or "",
        "EventCode": row["type"],
        "EventMode": row["mode"] or "",
        "QuadClass": QUAD_CLASSES[row["quad"]],
        "Negated": int(row["negated"]),
        "Hypothetical": int(row["hypothetical"]),
        "Confidence": row["confidence"],
        "Fatalities": "" if row["fatalities"] is None else row["fatalities"],
        "ActionGeo_FullName": row["place"] or "",
        "ActionGeo_CountryCode": row["place_country"] or "",
        "ActionGeo_Lat": "" if row["lat"] is None else row["lat"],
        "ActionGeo_Long": "" if row["lon"] is None else row["lon"],
        "SOURCEURL": row["source_path"],
        "SourceSpan": f"{row['start']}-{row['end']}",
    }


def write_export(rows: Iterable[Row], export_format: ExportFormat, stream: TextIO) -> int:
    """Write event rows in ``export_format``; return how many were written."""
    count = 0
    if export_format == "plover":
        for row in rows:
            stream.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.DictWriter(stream, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(gdelt_row(row))
        count += 1
    return count
