"""The one error type ingest reports, so batches can carry on past a bad document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class InputError(Exception):
    """A document or file that could not be read; yielded (not raised) so a batch goes on.

    ``str()`` is one line a user can act on: ``docs.jsonl:17: invalid JSON (...)``.
    """

    path: str
    line: int | None
    reason: str
    doc_id: str | None = None

    def __post_init__(self) -> None:
        # Exception.args feeds pickling (dask workers) and repr in tracebacks.
        self.args = (self.path, self.line, self.reason, self.doc_id)

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"

    def __hash__(self) -> int:
        return hash((self.path, self.line, self.reason, self.doc_id))
