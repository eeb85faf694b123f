"""The word classes: loaded from data/words.yaml, validated with errors that name the file and class,
and every class used by a rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import geopol
from geopol.events import words
from geopol.events.words import WORDS, WordsError, load_words, parse_words, word_class

EVENTS = Path(geopol.__file__).parent / "events"


def test_every_class_is_bound_and_used_by_a_rule() -> None:
    bound = {name.lower(): name for name, value in vars(words).items()
             if name.isupper() and not name.startswith("_") and isinstance(value, frozenset)}
    # A class only construction patterns use is named there ($struggle_verbs), not bound here.
    shipped = (EVENTS.parent / "data" / "constructions").glob("*.yaml")
    patterns = "\n".join(p.read_text(encoding="utf-8") for p in shipped)
    assert set(bound) <= set(WORDS)
    assert sorted(set(WORDS) - set(bound) - set(re.findall(r"\$(\w+)", patterns))) == []
    code = "\n".join(p.read_text(encoding="utf-8") for p in EVENTS.glob("*.py") if p.name != "words.py")
    unused = [name for name in bound.values() if not re.search(rf"\b{name}\b", code)]
    assert unused == []


def test_classes_are_frozensets_of_lowercase_words() -> None:
    for name, found in WORDS.items():
        assert isinstance(found, frozenset) and found, name
        assert all(w == w.strip().lower() and w for w in found), name
    assert "on" in word_class("non_argument_preps")  # quoted in the file: YAML would read a boolean


def test_include_adds_another_class() -> None:
    assert word_class("relational_people") < word_class("peer_nouns")
    assert {"partner", "critic"} <= word_class("peer_nouns")
    assert "partner" not in word_class("relational_people")


def test_unknown_class_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="unknown word class 'binding_verb'"):
        word_class("binding_verb")


def test_a_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("greeting_verbs:\n  why: say hello\n  words: [greet, hail]\n"
                    "all_verbs:\n  why: everything\n  include: [greeting_verbs]\n  words: [wave]\n", encoding="utf-8")
    assert load_words(path) == {"greeting_verbs": frozenset({"greet", "hail"}),
                                "all_verbs": frozenset({"greet", "hail", "wave"})}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[a, b]", "mine.yaml: expected a mapping of word classes"),
        ("BindingVerbs: {why: x, words: [a]}", "mine.yaml: class name 'BindingVerbs' must be snake_case"),
        ("verbs: {words: [a]}", "mine.yaml: verbs: needs a one-line 'why'"),
        ("verbs: {why: x, words: []}", "mine.yaml: verbs: words must be a non-empty list"),
        ("preps: {why: x, words: [in, on]}", "mine.yaml: preps: True is not a word (quote it"),
        ("verbs: {why: x, words: [Order]}", "mine.yaml: verbs: 'Order' must be a lowercase word"),
        ("verbs: {why: x, words: [a, a]}", "mine.yaml: verbs: 'a' is listed twice"),
        ("verbs: {why: x, words: [a], note: y}", "mine.yaml: verbs: unknown field 'note'"),
        ("verbs: {why: x, words: [a], include: [nouns]}", "mine.yaml: verbs: includes unknown class 'nouns'"),
        ("a: {why: x, words: [a], include: [b]}\nb: {why: x, words: [b], include: [a]}",
         "mine.yaml: b: includes itself through a -> b -> a"),
    ],
)
def test_bad_files_name_the_file_and_class(text: str, message: str) -> None:
    import yaml

    with pytest.raises(WordsError, match=re.escape(message)):
        parse_words(yaml.safe_load(text), "mine.yaml")


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("verbs: {why: x, words: [a\n", encoding="utf-8")
    with pytest.raises(WordsError, match="broken.yaml: not valid YAML"):
        load_words(path)
