"""The ``dateline`` command: a thin front end over :mod:`dateline.service`.

Errors become one line on stderr and an exit code, here and nowhere else:

- 0: every input was read and analysed;
- 1: some input was refused or skipped (each named on stderr), the rest done;
- 2: the command itself could not run (bad option, missing model).
"""

from __future__ import annotations

import functools
import logging
import socket
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, ParamSpec, TextIO, TypeVar, cast

import click

from dateline import __version__, evaluation, runners
from dateline.codec import to_json
from dateline.demo import summary
from dateline.errors import ConfigError, DatelineError
from dateline.options import (
    INPUT_FORMATS,
    MIB,
    SPACY_MAX_CHARS,
    InputFormat,
    Options,
    default_model,
)
from dateline.records import Article, Outcome, Rejection
from dateline.rows import ROW_FORMATS, RowFormat, write_parquet, write_rows
from dateline.service import BATCH, check_model, extract_paths, ingest_paths, write_dataset
from dateline.show import show_article
from dateline.store import DEFAULT_PATH, Store, query
from dateline.store import check as store_check
from dateline.store.export import EXPORT_FORMATS, ExportFormat, write_export
from dateline.store.query import Filters

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

_CHATTY_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "distributed")

P = ParamSpec("P")
T = TypeVar("T")


def _reports_errors(command: Callable[P, T]) -> Callable[P, T]:
    """Turn dateline's errors into one line on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return command(*args, **kwargs)
        except DatelineError as error:
            _say(f"error: {error}")
            sys.exit(EXIT_USAGE)
        except KeyboardInterrupt:
            _say("interrupted")
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            # The reader of our output (head, less) went away: not an error of ours.
            sys.stderr.close()
            sys.exit(EXIT_OK)

    return wrapper


def _say(message: str) -> None:
    click.echo(f"dateline: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="dateline")
@click.option("-v", "--verbose", is_flag=True, help="Log what each step does to stderr.")
def main(*, verbose: bool) -> None:
    """Turn raw news into source-linked event data: who did what to whom, when and where."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR,
        format="dateline: %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not verbose:
        # Their complaints about a page come back to the user as our own one-line
        # error; printed as well, they would break the one-line-per-problem rule.
        for library in _CHATTY_LIBRARIES:
            logging.getLogger(library).setLevel(logging.CRITICAL)


def _analysis_options(command: Callable[P, T]) -> Callable[P, T]:
    """The options shared by every command that analyses text."""
    decorators = (
        click.option(
            "--published",
            metavar="DATE",
            help="Publication date (YYYY-MM-DD, YYYY-MM or YYYY) for inputs that carry none.",
        ),
        click.option(
            "--model",
            default=default_model,
            show_default="$DATELINE_MODEL or en_core_web_sm",
            help="spaCy pipeline to load, by package name or path.",
        ),
        click.option(
            "--batch-size",
            type=click.IntRange(min=1),
            default=32,
            show_default=True,
            help="Articles parsed per batch.",
        ),
        click.option(
            "--no-language-check",
            is_flag=True,
            help="Analyse articles even when they do not look English.",
        ),
        click.option(
            "--actors",
            "actor_dictionary",
            type=click.Path(dir_okay=False),
            help="Actor dictionary (.csv or .yaml) whose coding wins over dateline's own.",
        ),
        click.option(
            "--no-corpus-memory",
            is_flag=True,
            help="Code each article on its own, not with what earlier articles said of a name.",
        ),
        click.option(
            "--max-article-chars",
            type=click.IntRange(min=1, max=SPACY_MAX_CHARS),
            default=Options().max_article_chars,
            show_default=True,
            help="Cut a longer article to this many characters, with a warning.",
        ),
        click.option(
            "--max-article-sentences",
            type=click.IntRange(min=1),
            default=Options().max_article_sentences,
            show_default=True,
            help="Cut a longer article after this many sentences, with a warning.",
        ),
        click.option(
            "--max-article-seconds",
            type=click.FloatRange(min=0, min_open=True),
            default=Options().max_article_seconds,
            show_default=True,
            help="Skip an article whose analysis takes more processor time, with a message.",
        ),
    )
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


_WORKERS = click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes that parse and analyse (each loads the model once).",
)

_INPUT_FORMAT = click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default="auto",
    show_default=True,
    help="Reader to use; auto chooses by content.",
)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_INPUT_FORMAT
@click.option(
    "--max-file-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=16.0,
    show_default=True,
    help="Largest text, HTML or feed file read whole (JSONL is streamed).",
)
@_WORKERS
@_analysis_options
@_reports_errors
def extract(
    *,
    paths: tuple[str, ...],
    input_format: str,
    max_file_mb: float,
    workers: int,
    **analysis: Any,  # noqa: ANN401 - the shared flags, passed through to _options
) -> None:
    """Print one JSON Article per line for every article in PATH... ('-' is stdin).

    Directories are read recursively. Problems with an input are reported on
    stderr, one line each, and the other inputs are still processed.
    """
    options = _options(
        analysis,
        input_format=cast("InputFormat", input_format),  # click.Choice has checked it
        max_file_bytes=int(max_file_mb * MIB),
    )
    check_model(options)
    stdout = sys.stdout
    with runners.start(options, workers=workers) as map_batches:
        results = extract_paths(
            paths, options=options, stdin=sys.stdin.buffer, map_batches=map_batches
        )
        failed = _report(results, on_article=lambda article: _print_json(article, stdout))
    sys.exit(EXIT_INPUT if failed else EXIT_OK)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the Articles as JSON lines instead.")
@click.option(
    "--db",
    "keep_in",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also keep the sample's articles in this store, to open with 'dateline serve'.",
)
@_analysis_options
@_reports_errors
def demo(*, as_json: bool, keep_in: Path | None, **analysis: Any) -> None:  # noqa: ANN401 - see extract
    """Run the main job on the bundled sample and print a readable summary.

    The sample is a scraped dump written for dateline: three invented articles
    in one file, with repeated headlines and captions and stray lines.
    """
    options = _options(analysis)
    check_model(options)
    sample = resources.files("dateline.demo").joinpath("sample.txt")
    with resources.as_file(sample) as path:
        articles: list[Article] = []
        failed = _report(extract_paths([str(path)], options=options), on_article=articles.append)
    stdout = sys.stdout
    for article in articles:
        if as_json:
            _print_json(article, stdout)
        else:
            click.echo(summary.describe(article))
    if not as_json:
        click.echo(summary.totals(articles))
    if keep_in is not None:
        with Store(keep_in) as store:
            added = store.add(articles)
        _say(
            f"{keep_in}: {added.new} new articles, {added.known} already stored. "
            f"See them in the dashboard: run 'dateline serve --db {keep_in}' "
            "and open http://127.0.0.1:8000/"
        )
    sys.exit(EXIT_INPUT if failed else EXIT_OK)


@main.command()
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("../shared"),
    show_default=True,
    help="Folder holding gold/, corpora/ and samples/.",
)
@click.option(
    "--gold",
    "gold_folders",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    multiple=True,
    help="Another gold folder (with dev/ and test/) to score; repeatable.",
)
@click.option(
    "--split",
    type=click.Choice(["dev", "test", "all"]),
    default="all",
    show_default=True,
    help="Which gold split to score.",
)
@click.option(
    "--floors",
    "floors_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TOML file of floors; exit 1 when a score falls below one.",
)
@click.option(
    "--happenings",
    "happenings_folder",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A labelled set of reports of happenings, to score how the store merges them.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON lines.")
@_reports_errors
def evaluate(  # noqa: PLR0913 - one keyword per option, as click passes them
    *,
    shared: Path,
    gold_folders: tuple[Path, ...],
    split: str,
    floors_file: Path | None,
    happenings_folder: Path | None,
    as_json: bool,
) -> None:
    """Score each stage against annotated gold and the corpora, and hold the floors."""
    scores = evaluation.evaluate(
        shared, gold_folders=list(gold_folders), split=split, happenings_folder=happenings_folder
    )
    floors, epsilon = evaluation.load_floors(floors_file) if floors_file else ({}, 0.0)
    if as_json:
        for score in scores:
            click.echo(to_json(score))
    else:
        click.echo(evaluation.format_table(scores, floors))
    missed = evaluation.shortfalls(scores, floors, epsilon)
    for shortfall in missed:
        score = shortfall.score
        _say(
            f"below floor: {score.stage} {score.split} {score.metric} = {score.value:.3f} "
            f"< {shortfall.floor:.3f}"
        )
    sys.exit(EXIT_INPUT if missed else EXIT_OK)


_DB = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path(DEFAULT_PATH),
    show_default=True,
    help="The store: a SQLite file.",
)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_DB
@_INPUT_FORMAT
@click.option(
    "--since-last",
    is_flag=True,
    help="Pass over stored files whose size and modification time are unchanged, unread.",
)
@click.option(
    "--commit-every",
    type=click.IntRange(min=1),
    default=BATCH,
    show_default=True,
    help="Articles written per transaction; an interruption loses at most one batch of work.",
)
@_WORKERS
@click.option(
    "--dask",
    metavar="ADDRESS",
    help="Run on Dask: a scheduler (tcp://HOST:PORT) or local:N worker processes.",
)
@click.option(
    "--parquet",
    metavar="DIR",
    help="Write a Parquet dataset partitioned by publication month to DIR, not the store.",
)
@_analysis_options
@_reports_errors
def ingest(  # noqa: PLR0913 - one keyword per option, as click passes them
    *,
    paths: tuple[str, ...],
    db: Path,
    input_format: str,
    since_last: bool,
    commit_every: int,
    workers: int,
    dask: str | None,
    parquet: str | None,
    **analysis: Any,  # noqa: ANN401 - the shared flags, passed through to _options
) -> None:
    """Analyse every article in PATH... and keep it in the store (--db).

    Ingesting is idempotent: an article already stored (same cleaned text) is
    not stored again, and a file already read (same path and bytes) is not
    analysed again, so re-running over a growing folder only analyses what is
    new. --since-last makes the re-run cheaper still: files are told apart by
    size and time, without hashing their bytes.
    """
    options = _options(analysis, input_format=cast("InputFormat", input_format))
    check_model(options)
    progress = _Progress(enabled=sys.stderr.isatty())
    problems: list[str] = []

    def seen(outcome: Outcome) -> None:
        progress.count(outcome)
        if not isinstance(outcome, Article):
            progress.clear()
            _say(outcome.message)
            problems.append(outcome.message)

    if parquet is not None and since_last:
        raise ConfigError("--since-last compares files with the store; it cannot go with --parquet")
    with runners.start(options, workers=workers, dask=dask) as map_batches:
        if parquet is not None:
            written = write_dataset(
                paths,
                parquet,
                options=options,
                stdin=sys.stdin.buffer,
                on_outcome=seen,
                map_batches=map_batches,
            )
            summary_line = (
                f"{parquet}: {written.articles} articles in {written.parquet_files} Parquet "
                f"files by publication month; {written.files} files read"
            )
        else:
            with Store(db) as store:
                report = ingest_paths(
                    paths,
                    store,
                    options=options,
                    stdin=sys.stdin.buffer,
                    since_last=since_last,
                    on_outcome=seen,
                    map_batches=map_batches,
                    batch=commit_every,
                )
            summary_line = (
                f"{db}: {report.new} new articles, {report.known} already stored; "
                f"{report.files} files, {report.unchanged} unchanged since the last ingest"
            )
    progress.finish()
    _say(summary_line)
    sys.exit(EXIT_INPUT if problems else EXIT_OK)


def _query_options(command: Callable[P, T]) -> Callable[P, T]:
    """The filters and output options of the query commands."""
    return _filters(_row_format(command))


def _filters(command: Callable[P, T]) -> Callable[P, T]:
    """The filters every query command takes."""
    decorators = (
        _DB,
        click.option("--since", metavar="DATE", help="From this date (YYYY, YYYY-MM, YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Up to this date, included."),
        click.option(
            "--actor", metavar="WORDS", help="Actor name, code or country (ISO3) containing WORDS."
        ),
        click.option("--text", metavar="QUERY", help="Full-text search (SQLite FTS5 syntax)."),
        click.option("--limit", type=click.IntRange(min=1), help="At most this many rows."),
    )
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def _row_format(command: Callable[P, T]) -> Callable[P, T]:
    command = click.option(
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Write to this file instead of stdout (needed for parquet on a terminal).",
    )(command)
    return click.option(
        "--format",
        "row_format",
        type=click.Choice(ROW_FORMATS),
        default="table",
        show_default=True,
        help="Output format.",
    )(command)


def _event_filters(command: Callable[P, T]) -> Callable[P, T]:
    """The filters only events have."""
    decorators = (
        click.option("--type", "event_type", metavar="TYPE", help="PLOVER type or quad class."),
        click.option(
            "--recipient", metavar="WORDS", help="Recipient name, code or country containing WORDS."
        ),
        click.option("--country", metavar="ISO3", help="An actor or recipient of this country."),
        click.option(
            "--place", metavar="WORDS", help="Place name containing WORDS, or its country (ISO3)."
        ),
        click.option(
            "--include-negated", is_flag=True, help="Also events the text says did not happen."
        ),
        click.option(
            "--include-hypothetical",
            is_flag=True,
            help="Also planned, conditional or future events.",
        ),
        click.option(
            "--one-per-happening",
            is_flag=True,
            help="One row per happening reported by several articles, with num_sources.",
        ),
        click.option(
            "--include-copies",
            is_flag=True,
            help="Also the events of near-copies of a stored article (counted once by default).",
        ),
        click.option(
            "--min-confidence",
            type=click.FloatRange(0, 1),
            default=0.0,
            show_default=True,
            help="Events at this confidence or more.",
        ),
    )
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def _event_query(filters: dict[str, Any]) -> Filters:
    """The Filters of an events query, from the options as click passes them."""
    return Filters(
        type=filters.pop("event_type"),
        negated=filters.pop("include_negated"),
        hypothetical=filters.pop("include_hypothetical"),
        copies=filters.pop("include_copies"),
        **filters,
    )


@main.command()
@_query_options
@_event_filters
@_reports_errors
def events(*, db: Path, row_format: str, output: Path | None, **filters: Any) -> None:  # noqa: ANN401 - Filters fields
    """List the stored events that pass the filters (not negated or hypothetical by default)."""
    _write(query.events(db, _event_query(filters)), row_format, output, _EVENT_COLUMNS)


@main.command()
@_filters
@_event_filters
@click.option(
    "--format",
    "export_format",
    type=click.Choice(EXPORT_FORMATS),
    default="plover",
    show_default=True,
    help="PLOVER-style JSON lines, or a GDELT-like tab-separated file.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of stdout.",
)
@_reports_errors
def export(
    *,
    db: Path,
    export_format: str,
    output: Path | None,
    **filters: Any,  # noqa: ANN401 - the Filters fields, passed through
) -> None:
    """Write the stored events that pass the filters as PLOVER records or a GDELT-like TSV."""
    rows = query.events(db, _event_query(filters))
    chosen = cast("ExportFormat", export_format)
    if output is None:
        write_export(rows, chosen, sys.stdout)
        return
    with output.open("w", encoding="utf-8", newline="") as stream:
        count = write_export(rows, chosen, stream)
    _say(f"{output}: {count} events")


@main.command()
@_query_options
@click.option("--country", metavar="ISO3", help="Actors of this country.")
@click.option("--kind", type=click.Choice(["person", "organization", "country", "group", "other"]))
@_reports_errors
def actors(*, db: Path, row_format: str, output: Path | None, **filters: Any) -> None:  # noqa: ANN401 - Filters fields
    """List the stored actors, one row per article, with their coding and mention count."""
    _write(query.actors(db, Filters(**filters)), row_format, output, _ACTOR_COLUMNS)


@main.command()
@_query_options
@click.option("--kind", type=click.Choice(["direct", "indirect", "partial"]))
@_reports_errors
def quotes(*, db: Path, row_format: str, output: Path | None, **filters: Any) -> None:  # noqa: ANN401 - Filters fields
    """List the stored quotes with their speakers (--actor filters on the speaker)."""
    _write(query.quotes(db, Filters(**filters)), row_format, output, _QUOTE_COLUMNS)


@main.command()
@_query_options
@_reports_errors
def articles(*, db: Path, row_format: str, output: Path | None, **filters: Any) -> None:  # noqa: ANN401 - Filters fields
    """List the stored articles with counts of their actors, quotes and events."""
    _write(query.articles(db, Filters(**filters)), row_format, output, _ARTICLE_COLUMNS)


@main.command()
@click.argument("article_id", metavar="ARTICLE")
@_DB
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour the marks even when stdout is not a terminal (or never).",
)
@_reports_errors
def show(*, article_id: str, db: Path, color: bool | None) -> None:
    """Print a stored article with its actors, quotes, dates, places and events marked.

    ARTICLE is an article id, or the first characters of one (as `dateline
    articles` lists them).
    """
    show_article(query.article(db, article_id), sys.stdout, color=color)


@main.command()
@_DB
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on.",
)
@click.option(
    "--allow-writes",
    is_flag=True,
    help="Serve POST /api/extract and /api/ingest, to callers with the token.",
)
@click.option(
    "--token",
    envvar="DATELINE_TOKEN",
    show_envvar=True,
    help="The bearer token writes need (with --allow-writes).",
)
@_reports_errors
def serve(*, db: Path, host: str, port: int, allow_writes: bool, token: str | None) -> None:
    """Serve the HTTP API and the web dashboard over the store (--db).

    Open http://HOST:PORT/ in a browser. The API is under /api, its schema at
    /api/openapi.json. Nothing is fetched from the internet.
    """
    # Imported here: the web stack is needed by this command only.
    import uvicorn  # noqa: PLC0415

    from dateline.api import create_app  # noqa: PLC0415

    app = create_app(db, allow_writes=allow_writes, token=token)
    _check_free(host, port)
    _say(f"serving {db} on http://{host}:{port}/ (the API under /api); Ctrl-C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _check_free(host: str, port: int) -> None:
    """Fail with one line, before the server starts, when ``host:port`` cannot be listened on."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        raise ConfigError(f"cannot listen on {host}:{port} ({error.strerror or error})") from error


@main.command()
@_DB
@_reports_errors
def check(*, db: Path) -> None:
    """Check the store (--db): its file, its references, and that every span lies in its text.

    Prints one line per problem and a summary, and exits 1 when there is any.
    The store is opened read-only and is not changed.
    """
    violations, summary = store_check.check(db)
    for violation in violations:
        click.echo(str(violation))
    click.echo(store_check.describe_summary(db, violations, summary))
    sys.exit(EXIT_INPUT if violations else EXIT_OK)


_EVENT_COLUMNS = (
    "date",
    "type",
    "actor",
    "recipient",
    "place",
    "fatalities",
    "confidence",
    "trigger",
)
_ACTOR_COLUMNS = ("name", "kind", "code", "title", "mentions", "article_title")
_QUOTE_COLUMNS = ("speaker", "kind", "cue", "text")
_ARTICLE_COLUMNS = ("published", "title", "actors", "quotes", "events", "id")


def _write(
    rows: list[dict[str, Any]],
    row_format: str,
    output: Path | None,
    table_columns: tuple[str, ...],
) -> None:
    if row_format == "parquet":
        if output is None and sys.stdout.isatty():
            raise ConfigError("parquet is binary: give --output FILE or redirect stdout")
        if output is None:
            write_parquet(rows, sys.stdout.buffer)
        else:
            with output.open("wb") as stream:
                write_parquet(rows, stream)
        return
    if output is None:
        write_rows(rows, cast("RowFormat", row_format), sys.stdout, table_columns)
        return
    with output.open("w", encoding="utf-8", newline="") as stream:
        write_rows(rows, cast("RowFormat", row_format), stream, table_columns)


def _options(analysis: dict[str, Any], **reading: Any) -> Options:  # noqa: ANN401 - Options' own
    """Options from the shared analysis flags (see ``_analysis_options``) and a command's own."""
    return Options(
        published=analysis["published"],
        model=analysis["model"],
        batch_size=analysis["batch_size"],
        check_language=not analysis["no_language_check"],
        actor_dictionary=analysis["actor_dictionary"],
        corpus_memory=not analysis["no_corpus_memory"],
        max_article_chars=analysis["max_article_chars"],
        max_article_sentences=analysis["max_article_sentences"],
        max_article_seconds=analysis["max_article_seconds"],
        **reading,
    )


def _print_json(article: Article, stream: TextIO) -> None:
    stream.write(to_json(article) + "\n")


def _report(results: Iterable[Outcome], *, on_article: Callable[[Article], None]) -> bool:
    """Hand on every Article; say every Rejection and Notice on stderr.

    Returns whether any input had a problem.
    """
    progress = _Progress(enabled=sys.stderr.isatty())
    failed = False
    for item in progress.track(results):
        if isinstance(item, Article):
            on_article(item)
        else:
            failed = True
            progress.clear()
            _say(item.message)
    progress.finish()
    return failed


class _Progress:
    """A one-line count of articles done, redrawn on a terminal, silent otherwise."""

    _EVERY_SECONDS = 0.5

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.articles = 0
        self.rejected = 0
        self.started = time.monotonic()
        self.drawn = 0.0

    def track(self, results: Iterable[Outcome]) -> Iterator[Outcome]:
        for item in results:
            self.count(item)
            yield item

    def count(self, item: Outcome) -> None:
        """Count one outcome, and redraw the line when it is due."""
        if isinstance(item, Rejection):
            self.rejected += 1
        elif isinstance(item, Article):
            self.articles += 1
        now = time.monotonic()
        if self.enabled and now - self.drawn >= self._EVERY_SECONDS:
            self.drawn = now
            rate = self.articles / max(now - self.started, 1e-9)
            line = f"{self.articles} articles, {self.rejected} rejected, {rate:.1f}/s"
            click.echo(f"\r{line}", err=True, nl=False)

    def clear(self) -> None:
        if self.enabled and self.drawn:
            click.echo("\r\033[K", err=True, nl=False)

    def finish(self) -> None:
        if self.enabled and self.drawn:
            self.clear()
            elapsed = time.monotonic() - self.started
            _say(f"{self.articles} articles, {self.rejected} rejected in {elapsed:.1f}s")
