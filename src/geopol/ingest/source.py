"""One input file (or stdin) as the readers see it: how to open it and how to name its documents."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from geopol.ingest.errors import InputError
from geopol.ingest.validate import max_doc_chars, too_large_reason
from geopol.schema import Document

# What readers yield: a document with its line (or row/entry number) in the file, or an error.
Item = tuple[Document, int | None] | InputError

# A whole-file document may take this many bytes per allowed character (UTF-8 is at most 4).
BYTES_PER_CHAR = 4


@dataclass
class Source:
    """``display`` is the path as the user gave it (for errors); ``rel`` is below the root (for ids)."""

    display: str
    rel: str
    path: Path | None = None
    data: bytes | None = None
    derived: set[str] = field(default_factory=set)  # ids made from the path, safe to suffix

    @property
    def gz(self) -> bool:
        return self.rel.lower().endswith(".gz")

    @property
    def suffix(self) -> str:
        """The format suffix, looking through ``.gz``: ``docs.jsonl.gz`` -> ``.jsonl``."""
        name = self.rel.rsplit("/", 1)[-1].lower()
        if name.endswith(".gz"):
            name = name[:-3]
        return "." + name.rsplit(".", 1)[1] if "." in name.lstrip(".") else ""

    @property
    def doc_id(self) -> str:
        """Id for a file that is one document: ``sub/report.txt`` -> ``sub/report``."""
        rel = self.rel[:-3] if self.gz else self.rel
        suffix = self.suffix
        doc_id = rel[: -len(suffix)] if suffix and rel.lower().endswith(suffix) else rel
        self.derived.add(doc_id)
        return doc_id

    def id_at(self, n: int) -> str:
        """Id for the n-th document of a multi-document file: ``docs.jsonl:17``."""
        doc_id = f"{self.rel}:{n}"
        self.derived.add(doc_id)
        return doc_id

    def open_binary(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        if self.gz:
            return gzip.open(self.path, "rb")  # type: ignore[return-value]
        return open(self.path, "rb")

    def read_whole(self) -> bytes | None:
        """The file's bytes, or ``None`` when it is too large to be one document."""
        cap = max_doc_chars() * BYTES_PER_CHAR
        if self.data is not None:
            return self.data if len(self.data) <= cap else None
        with self.open_binary() as f:
            data = f.read(cap + 1)
        return data if len(data) <= cap else None

    def too_large(self) -> InputError:
        size = self.path.stat().st_size if self.path is not None and not self.gz else None
        if size is None:
            size = len(self.data) if self.data is not None else max_doc_chars() * BYTES_PER_CHAR + 1
        return self.error(too_large_reason(size), doc_id=self.doc_id)

    def error(self, reason: str, line: int | None = None, doc_id: str | None = None) -> InputError:
        return InputError(self.display, line, reason, doc_id)
