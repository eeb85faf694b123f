"""The trigger lint: the shipped lexicon passes it, and a bad file gets findings naming file and entry."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from geopol import code_text
from geopol.cli import app
from geopol.events import lexicon
from geopol.events.lexicon import load_lexicon
from geopol.events.lint import default_trigger_file, documented_fields, lint_file

BAD = """\
verbs:
  # ---------------------------------------------------------------- 04 CONSULT
  - {lemma: confer, code: "040", target: [with]}
  - {lemma: picket, code: "141", note: "a protest filed under consultations"}
  # ---------------------------------------------------------------- 14 PROTEST
  - {lemma: encircle, code: "144", objects: [harbour, road]}
  # ---------------------------------------------------------------- 19 FIGHT
  - {lemma: encircle, code: "191", objects: [harbour, town]}
nouns:
  # ---------------------------------------------------------------- 14 PROTEST
  - {lemma: sit-in, code: "143"}
"""


def test_shipped_triggers_pass_the_lint() -> None:
    assert lint_file(default_trigger_file()) == []


def test_every_loader_field_is_documented() -> None:
    assert documented_fields() == lexicon._FIELDS


def test_bad_file_findings_name_file_line_and_entry(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(BAD, encoding="utf-8")
    findings = [str(f) for f in lint_file(path)]
    assert len(findings) == 2
    assert findings[0].startswith("mine.yaml:4: 'picket' '141': verbs entry with root 14 sits in section 04")
    assert findings[1].startswith("mine.yaml:8: 'encircle' '191': shares harbour with 'encircle' '144' (line 6)")
    # The noun under its own root and the consultation verb are fine.
    assert not any("sit-in" in f or "confer" in f for f in findings)


def test_lint_command_exit_status(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(BAD, encoding="utf-8")
    runner = CliRunner()
    bad = runner.invoke(app, ["lint", str(path)])
    assert bad.exit_code == 1 and "mine.yaml:4:" in bad.output
    assert runner.invoke(app, ["lint"]).exit_code == 0


def test_a_blockaded_port_is_a_blockade_not_a_protest() -> None:
    # 144 (obstruct passage) and 191 (blockade) both listed 'port'; file order made it PROTEST.
    assert load_lexicon().select("blockade", "VERB", ["port"]).code == "191"
    events = code_text("The navy of Turkey blockaded the port of Latakia.", date="2016-01-01")
    assert events and all(e.cameo == "191" for e in events)
