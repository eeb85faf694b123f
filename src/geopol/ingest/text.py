"""Plain text files and the byte -> str step every reader shares.

Decoding is strict UTF-8 (a BOM is allowed): guessing latin-1 would silently turn a wrong
encoding into wrong names and wrong spans, so we report the first bad byte instead.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator

from geopol.ingest.source import Item, Source
from geopol.schema import Document

_CONTROL_BYTES = frozenset([*range(0, 9), *range(14, 32), 127])
_SNIFF = 4096
# Byte-order marks of the UTF-16 and UTF-32 encodings (UTF-32 first: its LE mark starts like UTF-16's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class DecodeError(ValueError):
    """Bytes that are not text we accept; ``reason`` is the user-facing message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes near the start: an image, PDF, archive, ..."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    return bool(head) and sum(b in _CONTROL_BYTES for b in head) / len(head) > 0.10


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode as UTF-8 (BOM stripped), or as an explicitly ``declared`` charset.

    Raises :class:`DecodeError` with "binary content, not text" or
    "not UTF-8 text (byte 0xff at offset 12)".
    """
    for bom, codec in _BOMS:  # UTF-16/32 text is all NUL bytes to the binary sniffer: read its BOM first
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as e:
                raise DecodeError(f"not {codec.upper()} text (bad bytes at offset {e.start + len(bom)})") from None
    if looks_binary(data):
        raise DecodeError("binary content, not text")
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            codec = "utf-8"
        if codec not in ("utf-8", "ascii"):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass  # the declaration lied; report against UTF-8 below
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DecodeError(f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})") from None


def read_text(src: Source) -> Iterator[Item]:
    """The whole file is one document; its id is the path below the root, without suffix."""
    data = src.read_whole()
    if data is None:
        yield src.too_large()
        return
    try:
        text = decode_bytes(data)
    except DecodeError as e:
        yield src.error(e.reason, doc_id=src.doc_id)
        return
    yield Document(id=src.doc_id, text=text, path=src.display), None
