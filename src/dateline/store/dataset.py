"""A Parquet dataset of analysed articles, partitioned by publication month.

For runs too large for one SQLite file: each table (articles, actors,
quotes, places, events) is a folder of Parquet files in Hive-style
partitions, ``events/month=2005-03/part-000001.parquet``, with
``month=unknown`` for undated articles. DuckDB
(``read_parquet('DIR/events/**/*.parquet', hive_partitioning=true)``),
Spark and pandas (``pandas.read_parquet('DIR/events')``) read it as it is.
Every row keeps its provenance: the article id and the character span.

The folder may be any fsspec URL (a local path, ``s3://bucket/run``, ...).
Files are written a batch at a time, so memory stays bounded however long
the run.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from dateline.codec import to_json
from dateline.errors import ConfigError, StoreError
from dateline.records import QUADS, Article

UNKNOWN_MONTH = "unknown"
_STRINGS = pa.list_(pa.string())
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("id", pa.string()),
            ("source_path", pa.string()),
            ("raw_start", pa.int64()),
            ("raw_end", pa.int64()),
            ("external_id", pa.string()),
            ("title", pa.string()),
            ("published", pa.string()),
            ("published_precision", pa.string()),
            ("published_basis", pa.string()),
            ("text", pa.string()),
            ("record", pa.string()),
        ]
    ),
    "actors": pa.schema(
        [
            ("article_id", pa.string()),
            ("id", pa.string()),
            ("name", pa.string()),
            ("kind", pa.string()),
            ("country", pa.string()),
            ("sector", pa.string()),
            ("title", pa.string()),
            ("org", pa.string()),
            ("code", pa.string()),
            ("mentions", pa.int64()),
        ]
    ),
    "quotes": pa.schema(
        [
            ("article_id", pa.string()),
            ("id", pa.string()),
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("kind", pa.string()),
            ("speaker", pa.string()),
            ("speaker_text", pa.string()),
            ("cue", pa.string()),
        ]
    ),
    "places": pa.schema(
        [
            ("article_id", pa.string()),
            ("id", pa.string()),
            ("name", pa.string()),
            ("kind", pa.string()),
            ("country", pa.string()),
            ("lat", pa.float64()),
            ("lon", pa.float64()),
            ("geonames_id", pa.int64()),
        ]
    ),
    "events": pa.schema(
        [
            ("article_id", pa.string()),
            ("id", pa.string()),
            ("type", pa.string()),
            ("quad", pa.string()),
            ("mode", pa.string()),
            ("trigger", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("actor", _STRINGS),
            ("actor_code", _STRINGS),
            ("recipient", _STRINGS),
            ("recipient_code", _STRINGS),
            ("date", pa.string()),
            ("date_precision", pa.string()),
            ("place", pa.string()),
            ("place_country", pa.string()),
            ("lat", pa.float64()),
            ("lon", pa.float64()),
            ("fatalities", pa.int64()),
            ("injured", pa.int64()),
            ("negated", pa.bool_()),
            ("hypothetical", pa.bool_()),
            ("confidence", pa.float64()),
            ("quote", pa.string()),
        ]
    ),
}
"""The columns of each table, fixed so that every file of a table has the same schema."""


def month_of(article: Article) -> str:
    """The partition of an article: ``YYYY-MM`` of its publication date, else ``unknown``."""
    value = article.published.value
    if value is None or article.published.precision not in ("day", "month"):
        return UNKNOWN_MONTH
    year_known = value[:4].isdigit() and value[4:5] == "-"
    return value[:7] if year_known else UNKNOWN_MONTH


def rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The rows of each table for one article."""
    key = article.id
    actors = {actor.id: actor for actor in article.actors}
    places = {place.id: place for place in article.places}
    published = article.published
    source = article.source
    found: dict[str, list[dict[str, Any]]] = {
        "articles": [
            {
                "id": key,
                "source_path": source.path,
                "raw_start": source.raw_start,
                "raw_end": source.raw_end,
                "external_id": source.external_id,
                "title": article.title,
                "published": published.value,
                "published_precision": published.precision,
                "published_basis": published.basis,
                "text": article.text,
                "record": to_json(article),
            }
        ],
        "actors": [
            {
                "article_id": key,
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "country": a.country,
                "sector": a.sector,
                "title": a.title,
                "org": a.org,
                "code": a.code,
                "mentions": len(a.mentions),
            }
            for a in article.actors
        ],
        "quotes": [
            {
                "article_id": key,
                "id": q.id,
                "text": q.text,
                "start": q.span[0],
                "end": q.span[1],
                "kind": q.kind,
                "speaker": q.speaker,
                "speaker_text": q.speaker_text,
                "cue": q.cue,
            }
            for q in article.quotes
        ],
        "places": [
            {
                "article_id": key,
                "id": p.id,
                "name": p.name,
                "kind": p.kind,
                "country": p.country,
                "lat": p.lat,
                "lon": p.lon,
                "geonames_id": p.geonames_id,
            }
            for p in article.places
        ],
        "events": [],
    }
    for event in article.events:
        place = places.get(event.place or "")
        found["events"].append(
            {
                "article_id": key,
                "id": event.id,
                "type": event.type,
                "quad": QUADS[event.type],
                "mode": event.mode,
                "trigger": event.trigger,
                "start": event.span[0],
                "end": event.span[1],
                "actor": [actors[i].name for i in event.actor if i in actors],
                "actor_code": [actors[i].code or "" for i in event.actor if i in actors],
                "recipient": [actors[i].name for i in event.recipient if i in actors],
                "recipient_code": [actors[i].code or "" for i in event.recipient if i in actors],
                "date": event.date.value,
                "date_precision": event.date.precision,
                "place": place.name if place else None,
                "place_country": place.country if place else None,
                "lat": place.lat if place else None,
                "lon": place.lon if place else None,
                "fatalities": event.fatalities,
                "injured": event.injured,
                "negated": event.negated,
                "hypothetical": event.hypothetical,
                "confidence": event.confidence,
                "quote": event.quote,
            }
        )
    return found


class DatasetWriter:
    """Writes batches of articles into a new Parquet dataset folder."""

    def __init__(self, url: str) -> None:
        """Prepare to write into ``url`` (a folder path or fsspec URL), which must be new or empty.

        Raises:
            ConfigError: the folder holds files already (a dataset is written once, whole).
            StoreError: the folder cannot be made.
        """
        try:
            self._fs, self._root = fsspec.core.url_to_fs(url)
            if self._fs.exists(self._root) and self._fs.ls(self._root):
                raise ConfigError(
                    f"--parquet {url}: the folder is not empty; give a new one "
                    "(a dataset is written once, whole)"
                )
            self._fs.makedirs(self._root, exist_ok=True)
        except OSError as error:
            raise StoreError(f"{url}: cannot write ({error})") from error
        self.url = url
        self.batches = 0
        self.files = 0
        self.articles = 0

    def write(self, articles: Iterable[Article]) -> None:
        """Write one batch: one file per table and month found in it.

        Raises:
            StoreError: a file cannot be written.
        """
        by_month: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for article in articles:
            self.articles += 1
            tables = by_month.setdefault(month_of(article), {name: [] for name in SCHEMAS})
            for name, found in rows(article).items():
                tables[name].extend(found)
        self.batches += 1
        for month, tables in sorted(by_month.items()):
            for name, table_rows in tables.items():
                if not table_rows:
                    continue
                folder = f"{self._root}/{name}/month={month}"
                table = pa.Table.from_pylist(table_rows, schema=SCHEMAS[name])
                try:
                    self._fs.makedirs(folder, exist_ok=True)
                    with self._fs.open(f"{folder}/part-{self.batches:06d}.parquet", "wb") as stream:
                        pq.write_table(table, stream)
                    self.files += 1
                except OSError as error:
                    raise StoreError(f"{self.url}: cannot write ({error})") from error
