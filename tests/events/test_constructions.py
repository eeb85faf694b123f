"""ConstructionSet as data: every shipped entry's examples run through the real coder, bad files fail
at load time with the file and the entry named, and users extend the entries as they do triggers."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from geopol.config import CoderConfig
from geopol.events.constructions import (
    ConstructionError,
    ConstructionSet,
    default_files,
    example_problems,
    load_constructions,
    parse_constructions,
    read_file,
)
from geopol.pipeline import Pipeline
from geopol.schema import Document

SHIPPED = load_constructions()
EXAMPLES = [(entry, i) for entry in SHIPPED for i in range(len(entry.examples))]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def code(pipeline: Pipeline, text: str) -> list:
    return pipeline.code(Document(id="t", text=text, date="2024-03-01"))


@pytest.mark.parametrize(("entry", "i"), EXAMPLES, ids=[f"{e.id}[{i}]" for e, i in EXAMPLES])
def test_shipped_examples(pipeline: Pipeline, entry, i: int) -> None:
    example = entry.examples[i]
    assert example_problems(entry, example, code(pipeline, example.text)) == []


@pytest.mark.parametrize("entry", SHIPPED, ids=[e.id for e in SHIPPED])
def test_every_entry_is_needed(pipeline: Pipeline, entry) -> None:
    """Without the entry, one of its examples fails: it is the entry that makes them pass."""
    from geopol.events.extract import Extractor

    without = Pipeline.__new__(Pipeline)
    without.__dict__.update(pipeline.__dict__)
    # every reading, held or not: the entry, not the confidence floor, must be what decides
    without.config = dataclasses.replace(pipeline.config, min_confidence=0.0)
    without.extractor = Extractor(pipeline.lexicon, pipeline.resolver, ConstructionSet(
        c for c in SHIPPED if c.id != entry.id))
    assert any(example_problems(entry, ex, code(without, ex.text)) for ex in entry.examples)


def test_every_shipped_entry_has_examples_and_a_unique_id() -> None:
    ids = [c.id for c in SHIPPED]
    assert len(ids) == len(set(ids)) >= 12
    assert all(c.examples and c.why for c in SHIPPED)
    assert {c.file for c in SHIPPED} == {p.name for p in default_files()}


def test_an_event_names_the_construction_that_made_it(pipeline: Pipeline) -> None:
    events = code(pipeline, "Chile's foreign minister said Bolivia must return the seized trucks.")
    made = [e for e in events if e.rule == "constructions/demands.yaml obligation"]
    assert [(e.source.country, e.target.country, e.plover) for e in made] == [("CHL", "BOL", "REQUEST")]


def test_a_construction_in_code_names_itself_and_the_entry_it_recoded(pipeline: Pipeline) -> None:
    events = code(pipeline, "Ghana's finance minister warned that inflation would rise sharply next year.")
    warned = [e for e in events if e.trigger.text == "warned"]
    assert [e.cameo for e in warned] == ["012"]  # a pessimistic comment, not the entry's threat (130)
    assert warned[0].rule.startswith("events/constructs.py warning-no-threat <- triggers.yaml verbs[")
    assert warned[0].rule.endswith(" warn 130")


def test_matches_are_found_once_per_document_by_anchor(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The Lao premier is struggling to revive the economy. Laos said nothing.")
    matches = SHIPPED.match(doc)
    struggling = next(t for t in doc if t.lower_ == "struggling")
    assert [m.construction.id for m in matches.at(struggling, "drop")] == ["struggle-for-a-goal"]
    assert matches.at(struggling, "recode") == ()
    assert [m.nodes["goal"].text for m in matches.at(struggling, "drop")] == ["revive"]
    assert len(SHIPPED.match(pipeline.nlp("Laos said nothing."))) == 0


# ---------------------------------------------------------------------------------------------- extension


DROP_PRAISE = """
constructions:
  - id: praise-of-weather
    why: praising the weather is no diplomatic act
    pattern:
      - {RIGHT_ID: verb, RIGHT_ATTRS: {LEMMA: praise}}
      - {LEFT_ID: verb, REL_OP: ">", RIGHT_ID: thing, RIGHT_ATTRS: {DEP: dobj, LEMMA: weather}}
    anchor: verb
    effect: {drop: true}
    examples:
      - text: "Kenya's president praised the weather in Uganda."
        must_not: [[KEN, UGA, "*"]]
"""


def test_user_file_extends_the_shipped_entries(tmp_path: Path, pipeline: Pipeline) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(DROP_PRAISE, encoding="utf-8")
    text = "Kenya's president praised the weather in Uganda."
    assert any(e.target and e.target.country == "UGA" for e in code(pipeline, text))  # without the entry
    extended = Pipeline(constructions=[mine])
    assert not any(e.target and e.target.country == "UGA" for e in code(extended, text))
    assert [c.id for c in extended.constructions][0] == "praise-of-weather"
    assert len(extended.constructions) == len(SHIPPED) + 1
    assert CoderConfig(constructions=(mine,)).fingerprint() != CoderConfig().fingerprint()


def test_a_user_entry_replaces_the_shipped_entry_of_its_id(tmp_path: Path, pipeline: Pipeline) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(DROP_PRAISE.replace("praise-of-weather", "struggle-for-a-goal"), encoding="utf-8")
    # every reading, held or not (the combat reading is an unsure one): the entries decide here
    shipped = Pipeline(config=CoderConfig(min_confidence=0.0))
    replaced = Pipeline(config=CoderConfig(constructions=(mine,), min_confidence=0.0))
    assert [c.file for c in replaced.constructions if c.id == "struggle-for-a-goal"] == ["mine.yaml"]
    text = "Pakistan's prime minister is fighting to save his government."
    assert not [e for e in code(shipped, text) if e.source.country == "PAK"]
    assert [e for e in code(replaced, text) if e.source.country == "PAK"]  # the shipped drop is gone


def test_code_command_takes_construction_files(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from geopol.cli import app

    mine = tmp_path / "mine.yaml"
    mine.write_text(DROP_PRAISE, encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("Kenya's president praised the weather in Uganda.\n", encoding="utf-8")
    args = ["code", str(text), "--date", "2024-03-01", "--format", "jsonl"]
    assert "UGA" in CliRunner().invoke(app, args).stdout
    result = CliRunner().invoke(app, [*args, "--constructions", str(mine)])
    assert result.exit_code == 0 and "UGA" not in result.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(DROP_PRAISE.replace("drop: true", "explode: true"), encoding="utf-8")
    failed = CliRunner().invoke(app, [*args, "--constructions", str(bad)])
    assert failed.exit_code == 2 and "bad.yaml: praise-of-weather: unknown effect 'explode'" in failed.stderr


def test_ingest_and_the_api_take_construction_files(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from geopol.api import create_app
    from geopol.cli import app
    from geopol.store import open_store

    mine = tmp_path / "mine.yaml"
    mine.write_text(DROP_PRAISE, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Kenya's president praised the weather in Uganda.\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    args = ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "--date", "2024-03-01", "--min-confidence", "0"]
    assert CliRunner().invoke(app, args).exit_code == 0
    with open_store(db, read_only=True) as st:
        assert "UGA" in st.events().target_code.tolist()
    assert CliRunner().invoke(app, [*args, "--constructions", str(mine)]).exit_code == 0
    with open_store(db, read_only=True) as st:  # the fingerprint changed: the document is coded again
        assert "UGA" not in st.events().target_code.tolist()
    text = {"text": "Kenya's president praised the weather in Uganda."}
    for files, found in (((), True), ([mine], False)):
        with TestClient(create_app(constructions=files)) as client:
            assert ("'UGA'" in str(client.post("/code", json=text).json())) is found


def test_lint_reports_failing_examples_and_duplicate_ids(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from geopol.cli import app

    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(DROP_PRAISE.replace("must_not: [[KEN, UGA, \"*\"]]", "must: [[KEN, UGA, \"*\"]]"),
                     encoding="utf-8")
    twice = tmp_path / "twice.yaml"
    twice.write_text(DROP_PRAISE, encoding="utf-8")
    result = CliRunner().invoke(app, ["lint", str(wrong), str(twice)])
    assert result.exit_code == 1
    assert "twice.yaml: praise-of-weather: duplicate id (also in wrong.yaml)" in result.stdout
    assert "wrong.yaml: praise-of-weather: \"Kenya's president praised the weather in Uganda.\": missing" \
        in result.stdout
    assert CliRunner().invoke(app, ["lint", str(twice)]).exit_code == 0


# ---------------------------------------------------------------------------------------------- validation


GOOD = {
    "id": "obliged-here",
    "why": "a test entry",
    "pattern": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": "$verbs"}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"DEP": "dobj"}},
    ],
    "anchor": "verb",
    "effect": {"recode": "172"},
    "examples": [{"text": "A text.", "must": [["ARG", "CHL", "172"]]}],
}


def parse(entry: dict, words: dict | None = None) -> list:
    return parse_constructions({"words": words or {"verbs": ["close"]}, "constructions": [entry]}, "mine.yaml")


def changed(path: tuple, value) -> dict:
    import copy

    entry = copy.deepcopy(GOOD)
    target = entry
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return entry


def test_good_entry_loads_with_word_classes_expanded() -> None:
    (entry,) = parse(GOOD)
    assert entry.patterns[0][0]["RIGHT_ATTRS"] == {"LEMMA": {"IN": ["close"]}}
    (shared,) = parse(changed(("pattern", 0, "RIGHT_ATTRS"), {"LEMMA": {"IN": "$binding_verbs"}}))
    assert "order" in shared.patterns[0][0]["RIGHT_ATTRS"]["LEMMA"]["IN"]  # a class of data/words.yaml
    assert entry.rule == "constructions/mine.yaml obliged-here" and entry.kind == "recode"


@pytest.mark.parametrize(("path", "value", "message"), [
    (("colour",), "red", "mine.yaml: obliged-here: unknown key 'colour'"),
    (("id",), "Bad Id", "mine.yaml: constructions[0]: id 'Bad Id' must be kebab-case"),
    (("pattern", 1, "REL_OP"), ">>>", "mine.yaml: obliged-here: node 'object': bad REL_OP '>>>'"),
    (("pattern", 1, "LEFT_ID"), "nowhere", "LEFT_ID 'nowhere' is not a node named before it"),
    (("pattern", 0, "RIGHT_ATTRS"), {"LEMMA": {"IN": "$nouns"}}, "unknown word class '$nouns' (not in the file"),
    (("pattern", 0, "RIGHT_ATTRS"), {"COLOUR": "red"}, "node 'verb': unknown token attribute 'COLOUR'"),
    (("pattern", 0, "RIGHT_ATTRS"), {"LEMMA": {"LIKE": "x"}}, "node 'verb': LEMMA: unknown predicate 'LIKE'"),
    (("anchor",), "subject", "mine.yaml: obliged-here: anchor 'subject' is not a node of every pattern"),
    (("effect",), {"explode": True}, "mine.yaml: obliged-here: unknown effect 'explode'"),
    (("effect",), {"recode": "999"}, "mine.yaml: obliged-here: recode '999' is not a CAMEO code"),
    (("effect",), {"recode": 172}, "recode must be a quoted CAMEO code or a mapping, not 172"),
    (("effect",), {"recode": {"refusal_of": "object"}}, "recode must be a code, {code_of: NODE} or"),
    (("effect",), {"emit": True, "recode": "100"}, "emit needs recode, source and target"),
    (("effect",), {"target": {"node": "object", "role": "owner"}}, "target must be {node: NODE, role:"),
    (("effect",), {"modality": "perhaps"}, "unknown modality 'perhaps'"),
    (("effect",), {"recode": "172", "when": {"trigger": {"trait": "sunny"}}}, "unknown CAMEO trait 'sunny'"),
    (("examples",), [], "examples must be a non-empty list"),
    (("examples", 0, "must"), [["ARG", "CHL", "9999"]], "examples[0]: example code '9999' is not a CAMEO code"),
])
def test_bad_entries_name_file_entry_and_problem(path: tuple, value, message: str) -> None:
    with pytest.raises(ConstructionError) as info:
        parse(changed(path, value))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_bad_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("constructions: [\n", encoding="utf-8")
    with pytest.raises(ConstructionError, match="^broken.yaml: not valid YAML"):
        read_file(broken)
    twice = tmp_path / "twice.yaml"
    twice.write_text(DROP_PRAISE + DROP_PRAISE.split("constructions:\n", 1)[1], encoding="utf-8")
    with pytest.raises(ConstructionError, match="^twice.yaml: praise-of-weather: duplicate id in this file"):
        read_file(twice)
    with pytest.raises(ConstructionError, match="^mine.yaml: expected a mapping with words and constructions"):
        parse_constructions(["x"], "mine.yaml")


def test_unless_vetoes_a_match(pipeline: Pipeline) -> None:
    unless = changed(("effect",), {"drop": True})
    unless["unless"] = [{"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "neg", "RIGHT_ATTRS": {"DEP": "neg"}}]
    entries = ConstructionSet(parse(unless))
    closed = entries.match(pipeline.nlp("Ghana closed the border."))
    not_closed = entries.match(pipeline.nlp("Ghana did not close the border."))
    assert (len(closed), len(not_closed)) == (1, 0)


def test_a_pattern_runs_only_where_its_words_and_labels_are(pipeline: Pipeline) -> None:
    # The gate holds the parse labels a pattern names ("dobj") beside its words: a document with the
    # word but no direct object runs no matcher, and one with both still matches.
    import yaml

    entries = ConstructionSet(parse_constructions(yaml.safe_load(DROP_PRAISE), "praise.yaml"))
    compiled, index = entries._compiled(pipeline.nlp.vocab)
    strings = pipeline.nlp.vocab.strings
    assert {strings[v] for table in index.values() for v in table} >= {"praise", "weather", "dobj"}
    assert len(entries.match(pipeline.nlp("They praised the weather."))) == 1
    assert len(entries.match(pipeline.nlp("The weather was praised."))) == 0


def test_a_long_document_matches_sentence_by_sentence_as_a_whole(pipeline: Pipeline, monkeypatch) -> None:
    # A long article is matched sentence by sentence (each pattern only where its gate is met); the
    # matches are the ones the whole document gives, node for node, in the same order.
    from geopol.events.constructions import model
    from geopol.pipeline import sample_document

    doc = pipeline.nlp(sample_document().text)
    assert len(doc) > model._LONG_DOC
    def key(matches: model.Matches) -> list:
        return [(m.construction.id, sorted((n, t.i) for n, t in m.nodes.items()))
                for kind in model.KINDS for m in matches.of_kind(kind)]
    by_sentence = key(SHIPPED.match(doc))
    monkeypatch.setattr(model, "_LONG_DOC", len(doc) + 1)
    assert by_sentence == key(SHIPPED.match(doc))
    assert by_sentence  # the sample's sentences do match some entries
