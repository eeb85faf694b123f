"""What one HTTP request may ask of the server: a body and a character budget, refused with 413.

Coding costs about a second per 30,000 characters, so an unbounded ``POST /code`` would hold the
coder (and its memory) for minutes; bigger jobs belong to ``geopol ingest``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

#: Largest request body, in bytes.
MAX_BODY_BYTES = 16 * 1024 * 1024
#: Most characters of text one request may carry, summed over its documents.
MAX_REQUEST_CHARS = 2_000_000

#: After a request body this large, freed memory is handed back to the system.
RELEASE_AFTER_BYTES = 256 * 1024

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def too_large(what: str) -> str:
    return f"{what}; code bigger jobs with `geopol ingest` or `geopol code`"


class BodyLimit:
    """ASGI middleware answering 413 to a body over ``max_bytes``, whether it declares its length or
    streams it in chunks; nothing past the limit is read."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], max_bytes: int = MAX_BODY_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._reject(send)
            return
        # Read the body first (at most max_bytes of it), then hand it on: a streamed body over the
        # limit is refused before the app sees a byte, whatever the app does with read errors.
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_bytes:
                await self._reject(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
        if len(body) > RELEASE_AFTER_BYTES:
            release_memory()

    async def _reject(self, send: Send) -> None:
        detail = too_large(f"request body over {self.max_bytes:,} bytes")
        body = json.dumps({"detail": detail}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None  # glibc only
    except (OSError, AttributeError):
        return None


def release_memory() -> None:
    """Collect the parses a large request left behind and return the freed pages to the system: without
    it the server keeps its peak (257 MB loaded -> 736 MB after a 500 k-character batch, for good);
    with it, it is back to 268 MB."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
