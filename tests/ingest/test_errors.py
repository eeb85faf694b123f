"""Bad input becomes a clear, one-line InputError, and a batch always carries on."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from geopol.ingest import InputError, check_text, detect_non_english, read_documents, validate
from geopol.schema import Document

from .samples import AG_STYLE, CHINESE, ENGLISH, ENGLISH_2, FRENCH, GERMAN, RUSSIAN, SPANISH


def test_input_error_str_is_one_line() -> None:
    assert str(InputError("docs.jsonl", 17, "invalid JSON (Expecting ',' delimiter)", None)) == (
        "docs.jsonl:17: invalid JSON (Expecting ',' delimiter)"
    )
    assert str(InputError("page.html", None, "not UTF-8 text (byte 0xff at offset 12)", "page")) == (
        "page.html: not UTF-8 text (byte 0xff at offset 12)"
    )


def test_input_error_is_an_exception_that_pickles() -> None:
    err = InputError("a.txt", 3, "empty document", "a")
    assert isinstance(err, Exception)
    with pytest.raises(InputError):
        raise err
    back = pickle.loads(pickle.dumps(err))
    assert back == err and str(back) == str(err)
    assert hash(back) == hash(err)


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text(" \n\t \n")
    errs = list(read_documents([tmp_path]))
    assert [str(e) for e in errs] == [f"{tmp_path / n}: empty document" for n in ("a.txt", "b.txt")]
    assert [e.doc_id for e in errs] == ["a", "b"]


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    [err] = list(read_documents([p]))
    assert isinstance(err, InputError) and err.reason == "binary content, not text"


def test_control_characters_in_text_are_binary() -> None:
    assert check_text(ENGLISH + "\x01\x02\x03\x04" * 100) == "binary content, not text"
    assert check_text("a\x00b " + ENGLISH) == "binary content, not text"
    assert check_text(ENGLISH + "\t\r\n\f") is None


def test_not_utf8_is_reported_not_guessed(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes(ENGLISH.replace("Beijing", "Pékin").encode("latin-1"))
    [err] = list(read_documents([p]))
    offset = ENGLISH.index("Beijing") + 1
    assert str(err) == f"{p}: not UTF-8 text (byte 0xe9 at offset {offset})"


def test_utf16_with_a_bom_is_decoded(tmp_path: Path) -> None:
    for codec in ("utf-16", "utf-16-be", "utf-32"):
        p = tmp_path / f"wide-{codec}.txt"
        bom = {"utf-16-be": "\ufeff"}.get(codec, "")  # "utf-16"/"utf-32" write their own BOM
        p.write_bytes((bom + ENGLISH).encode(codec))
        [doc] = list(read_documents([p]))
        assert isinstance(doc, Document) and doc.text == ENGLISH


def test_utf16_without_a_bom_is_binary(tmp_path: Path) -> None:
    p = tmp_path / "wide.txt"
    p.write_bytes(ENGLISH.encode("utf-16-le"))
    [err] = list(read_documents([p]))
    assert isinstance(err, InputError) and err.reason == "binary content, not text"


def test_twenty_megabyte_document(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    unit = ENGLISH + "\n"
    text = (unit * (20_000_000 // len(unit) + 1))[:20_000_000]
    p.write_text(text, encoding="utf-8")
    [err] = list(read_documents([p]))
    assert str(err) == f"{p}: document too large (20.0 MB > 5.0 MB limit); split it"


def test_size_limit_from_env_and_bytes_precheck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEOPOL_MAX_DOC_CHARS", "1000000")
    p = tmp_path / "big.txt"
    p.write_text("x" * 4_500_000)
    [err] = list(read_documents([p]))
    assert err.reason == "document too large (4.5 MB > 1.0 MB limit); split it"
    q = tmp_path / "mid.txt"
    q.write_text((ENGLISH + " ") * 5000)  # ~1.3 M chars: read, then over the character limit
    [err] = list(read_documents([q]))
    assert err.reason.startswith("document too large (1.")
    assert err.reason.endswith("> 1.0 MB limit); split it")


def test_oversized_jsonl_line_names_the_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEOPOL_MAX_DOC_CHARS", "100000")
    p = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": "small", "text": ENGLISH}), json.dumps({"id": "big", "text": ENGLISH * 1000})]
    p.write_text("\n".join(lines) + "\n")
    doc, err = list(read_documents([p]))
    assert isinstance(doc, Document)
    assert (err.line, err.doc_id) == (2, "big") and "too large" in str(err)


@pytest.mark.parametrize(
    ("text", "lang"), [(FRENCH, "fr"), (GERMAN, "de"), (SPANISH, "es"), (RUSSIAN, "ru"), (CHINESE, "zh")]
)
def test_not_english_is_rejected_with_a_guess(text: str, lang: str) -> None:
    assert detect_non_english(text) == lang
    assert check_text(text) == f"not English (detected ~{lang})"


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        ENGLISH_2,
        AG_STYLE,
        "Putin meets Xi",  # short: no verdict
        "Le Pen and de Villepin met Macron in Paris on Tuesday, La Stampa and Der Spiegel reported.",
        "BRUSSELS (Reuters) - EU foreign ministers agreed on Monday to extend sanctions against Russia "
        "by six months, diplomats said.",
    ],
)
def test_english_passes(text: str) -> None:
    assert detect_non_english(text) is None
    assert check_text(text) is None


def test_validate_names_document_and_line() -> None:
    err = validate(Document(id="d1", text=FRENCH, path="feed.rss"), line=4)
    assert isinstance(err, InputError)
    assert (str(err), err.doc_id) == ("feed.rss:4: not English (detected ~fr)", "d1")
    assert validate(Document(id="d2", text=ENGLISH)) is None


def test_one_bad_document_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "1-good.txt").write_text(ENGLISH)
    (tmp_path / "2-french.txt").write_text(FRENCH)
    lines = [json.dumps({"id": "j1", "text": ENGLISH_2}), "{oops", json.dumps({"id": "j3", "text": GERMAN})]
    lines.append(json.dumps({"id": "j4", "text": AG_STYLE}))
    (tmp_path / "3-broken.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "4-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "5-cut.html").write_text("<html><body><div")
    (tmp_path / "6-good.md").write_text(ENGLISH_2)
    items = list(read_documents([tmp_path]))
    summary = [(x.id if isinstance(x, Document) else f"ERR {x.reason.split(' (')[0]}") for x in items]
    assert summary == [
        "1-good",
        "ERR not English",
        "j1",
        "ERR invalid JSON",
        "ERR not English",
        "j4",
        "ERR binary content, not text",
        "ERR truncated HTML: the page ends inside a tag",
        "6-good",
    ]
    assert [x.line for x in items if isinstance(x, InputError)] == [None, 2, 3, None, None]


def test_a_reader_crash_becomes_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import geopol.ingest.reader as reader

    def boom(src: object) -> object:
        raise RuntimeError("library bug")
        yield  # pragma: no cover

    monkeypatch.setitem(reader.READERS, ".txt", boom)
    (tmp_path / "a.txt").write_text(ENGLISH)
    (tmp_path / "b.md").write_text(ENGLISH)
    err, doc = list(read_documents([tmp_path]))
    assert err.reason == "could not read file (RuntimeError: library bug)"
    assert doc.id == "b"


SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ag_news_world_test.jsonl"


@pytest.mark.skipif(not SHARED_CORPUS.exists(), reason="shared AG News sample not present")
def test_real_short_news_all_pass_the_checks() -> None:
    """Read in place (never copied): every AG News World item must count as English."""
    items = list(read_documents([SHARED_CORPUS]))
    errors = [str(x) for x in items if isinstance(x, InputError)]
    assert errors == [] and len(items) > 1000
