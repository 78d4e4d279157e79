"""Every error the API answers, in one JSON shape, turned from exceptions here and nowhere else.

::

    {"error": {"status": 404, "code": "not_found", "message": "the store: no article with id 'x'"}}

``status`` repeats the HTTP status, ``code`` is a stable word for programs,
``message`` is for people. No traceback and no filesystem path reaches a
client: the store's path in a message becomes "the store", and an error of
our own code is logged on the server and answered with a plain 500.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from dateline.errors import (
    ConfigError,
    DatelineError,
    InputError,
    ModelNotFoundError,
    NotFoundError,
    QueryError,
)

if TYPE_CHECKING:
    from fastapi import FastAPI, Request

log = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_request",
    500: "internal_error",
}
"""The code of an HTTP error raised without one of its own (by routing or static files)."""


class ApiError(Exception):
    """An error answered as it is: raised by the routes for what they refuse themselves."""

    def __init__(self, status: int, code: str, message: str, **headers: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    """The one shape of every error answer."""
    return {"error": {"status": status, "code": code, "message": message}}


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """An error answer in the one shape."""
    return JSONResponse(error_body(status, code, message), status_code=status, headers=headers)


def install(app: FastAPI, store: Path) -> None:
    """Answer every kind of error ``app`` can meet in the one shape, hiding ``store``'s path."""

    def public(message: str) -> str:
        for form in {str(store), str(store.resolve())}:
            message = message.replace(form, "the store")
        return message

    async def api_error(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, ApiError)  # noqa: S101 - registered for ApiError only
        return error_response(error.status, error.code, error.message, error.headers or None)

    async def http_error(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, HTTPException)  # noqa: S101 - registered for it only
        status = error.status_code
        code = _CODES.get(status, "error")
        detail = error.detail if isinstance(error.detail, str) else ""
        if detail in {"", HTTPStatus(status).phrase}:
            detail = code.replace("_", " ")  # "not found", as the other messages are written
        return error_response(status, code, detail, dict(error.headers or {}) or None)

    async def invalid(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, RequestValidationError)  # noqa: S101 - registered for it only
        problems = "; ".join(_problem(problem) for problem in error.errors())
        return error_response(422, "invalid_request", problems or "the request is not valid")

    async def refused(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, DatelineError)  # noqa: S101 - registered for it only
        status, code = _status_of(error)
        if status >= 500:
            log.error("%s", error)
        return error_response(status, code, public(str(error)))

    async def crashed(_: Request, error: Exception) -> JSONResponse:
        log.error("internal error", exc_info=error)
        return error_response(500, "internal_error", "an internal error; the server log says more")

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(DatelineError, refused)
    app.add_exception_handler(Exception, crashed)


def _status_of(error: DatelineError) -> tuple[int, str]:
    """The HTTP status and code of one of dateline's own errors."""
    if isinstance(error, NotFoundError):
        return 404, "not_found"
    if isinstance(error, QueryError):
        return 400, "bad_query"
    if isinstance(error, InputError):
        return 422, error.code
    if isinstance(error, ModelNotFoundError):
        return 503, "model_missing"
    if isinstance(error, ConfigError):
        return 400, "bad_request"
    return 500, "store_error"


def _problem(problem: Any) -> str:  # noqa: ANN401 - pydantic's error entries are plain dicts
    """One validation problem in words: where it is, and what is wrong."""
    place = [str(part) for part in problem.get("loc", ())]
    where = {"query": "query parameter", "path": "path parameter", "body": "body field"}
    if len(place) >= 2 and place[0] in where:
        return f"{where[place[0]]} {'.'.join(place[1:])!r}: {problem.get('msg', 'not valid')}"
    return f"{'.'.join(place) or 'request'}: {problem.get('msg', 'not valid')}"
