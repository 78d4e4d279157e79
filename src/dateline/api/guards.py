"""What every answer goes through: the request-size limit, and the browser's safety headers.

Both are plain ASGI middleware, so that they hold for the API, the static
dashboard and the errors alike.
"""

from __future__ import annotations

import contextlib
import json
from typing import TYPE_CHECKING

from dateline.api.errors import error_body

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

MIB = 1024 * 1024
MAX_BODY_BYTES = MIB
"""The largest request body the API reads (a posted article); larger ones get 413."""

SECURITY_HEADERS = (
    # Only our own scripts and styles run, even if a text ever slipped into markup;
    # inline scripts and handlers (onerror=...) never run.
    (
        b"content-security-policy",
        (
            b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            b"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            b"form-action 'self'"
        ),
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


class _TooLargeError(Exception):
    """The body grew past the limit while it was being read."""


class BodyLimit:
    """Refuse a request whose body is above ``max_bytes``, with 413 in the one error shape.

    A declared ``Content-Length`` is refused before anything is read; a body
    sent in chunks is counted as it comes and refused once it passes the limit.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer one ASGI request."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        seen = 0
        exceeded = started = False

        async def counted() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    exceeded = True
                    raise _TooLargeError
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            if exceeded and not started:
                return  # the app's own answer to the cut body (a 400 or a 500) is replaced
            started = started or message["type"] == "http.response.start"
            await send(message)

        with contextlib.suppress(_TooLargeError):  # answered below
            await self.app(scope, counted, watched)
        if exceeded and not started:
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        limit = f"{self.max_bytes / MIB:g} MiB" if self.max_bytes >= MIB else f"{self.max_bytes} B"
        body = json.dumps(
            error_body(413, "too_large", f"the request body is above the {limit} limit")
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    *SECURITY_HEADERS,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Add :data:`SECURITY_HEADERS` to every answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer one ASGI request."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)
