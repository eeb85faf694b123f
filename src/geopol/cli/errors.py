"""The one handler for what goes wrong outside the input: every command's failure is one line that
says what happened and what to do, never a traceback (a bad document is reported where it is read)."""

from __future__ import annotations

import errno
import re

_LOCK = re.compile(r'Could not set lock on file "([^"]+)".*?held in (.+?) \(PID (\d+)\)', re.S)
_FILE = re.compile(r'file "([^"]+)"')
_CORRUPT = ("not a valid DuckDB database", "Could not read enough bytes", "Corrupt", "checksum",
            "database file", "Serialization", "INTERNAL Error")


def describe(exc: BaseException) -> str:
    """One line for ``exc``: a store in use, corrupt or on a full disk, an unreadable file, or (last)
    an internal error with its type, to report."""
    text = " ".join(str(exc).split())
    from geopol.store import StoreVersionError

    if isinstance(exc, StoreVersionError):
        return text
    if "No space left" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return ("the disk is full: free some space and rerun (batches already committed are kept, "
                "a rerun resumes after them)")
    if (m := _LOCK.search(str(exc))) is not None:
        path, program, pid = m.groups()
        return (f"{path} is in use by another process (PID {pid}, {program.rsplit('/', 1)[-1]}: a running "
                "`geopol ingest` or `geopol serve`?); wait for it to finish or stop it, then retry")
    if _is_duckdb(exc) and any(k in text for k in _CORRUPT):
        m = _FILE.search(text)
        where = m.group(1) if m else "the store"
        return (f"{where} is not a readable geopol store (corrupt or truncated: {_clip(text)}); "
                "restore it from a backup, or ingest again into a new --db file")
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    if _is_duckdb(exc):
        return f"store error: {_clip(text)}"
    return f"internal error ({type(exc).__name__}: {_clip(text)}); please report it"


def _is_duckdb(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in ("duckdb", "_duckdb")


def _clip(text: str, n: int = 160) -> str:
    return text if len(text) <= n else text[: n - 3] + "..."
