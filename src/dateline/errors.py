"""The error tree. Library code raises these; front ends turn them into messages.

::

    DatelineError                 anything dateline refuses, with a message for people
    ├── InputError                one input file or stream cannot be read (names it)
    │   ├── MissingPathError      the path does not exist
    │   ├── EmptyInputError       nothing but whitespace
    │   ├── BinaryInputError      not text at all
    │   ├── DecodingError         text in no encoding we can recognise
    │   ├── InputTooLargeError    above the stated size limit
    │   └── FormatError           the content does not fit its format (bad feed, ...)
    ├── ConfigError               an option or setting is wrong
    │   └── ModelNotFoundError    the spaCy pipeline is not installed (says how to install it)
    ├── RecordError               JSON that does not fit a record
    ├── RunnerError               worker processes or the Dask cluster failed or cannot be reached
    └── StoreError                the store cannot be opened, read or written (names the file)
        ├── NotFoundError         no stored article has the id asked for (or several do)
        └── QueryError            a query the store cannot run (a full-text search it cannot read)

Problems that cost one article or one line and not the whole input (a
malformed JSONL line, a non-English article) are not raised: they come back
as :class:`dateline.records.Rejection` records beside the good output.

Bugs in dateline itself are not part of this tree and still raise.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base of every error dateline raises on purpose."""


class InputError(DatelineError):
    """One input cannot be read. ``str(error)`` starts with the path."""

    code = "unreadable"

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class MissingPathError(InputError):
    """The path does not exist."""

    code = "missing"


class EmptyInputError(InputError):
    """The input holds nothing but whitespace."""

    code = "empty"


class BinaryInputError(InputError):
    """The input is not text."""

    code = "binary"


class DecodingError(InputError):
    """The input is text in an encoding we cannot recognise."""

    code = "encoding"


class InputTooLargeError(InputError):
    """The input is above the size limit for its format."""

    code = "too_large"


class FormatError(InputError):
    """The input does not fit the format it was read as."""

    code = "format"


class ConfigError(DatelineError):
    """An option or setting is wrong."""


class ModelNotFoundError(ConfigError):
    """The spaCy pipeline named in the configuration is not installed."""


class RecordError(DatelineError):
    """JSON data that does not fit a record; the message names the field."""


class RunnerError(DatelineError):
    """The workers that analyse batches failed, or the Dask scheduler cannot be reached."""


class StoreError(DatelineError):
    """The store (a SQLite file) cannot be opened, read or written. Names the file."""


class NotFoundError(StoreError):
    """No stored item has the id asked for, or several do. Names the file and the id."""


class QueryError(StoreError):
    """A query the store cannot run, such as a full-text search in a syntax FTS5 cannot read."""
