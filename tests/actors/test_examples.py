"""Every example written into the actor tables resolves as it says (the data documents itself)."""

from __future__ import annotations

import pytest

from geopol import nlp as geonlp
from geopol.actors import default_resolver
from geopol.actors.kb import ActorDataError, examples, read_entries

EXAMPLES = examples()


def test_the_tables_carry_examples():
    assert len(EXAMPLES) >= 15
    assert {e.origin.split(":")[0] for e in EXAMPLES} >= {"agents.yaml", "countries.yaml", "organizations.yaml",
                                                          "people.yaml", "igos.yaml"}


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.origin}:{e.phrase}" for e in EXAMPLES])
def test_example_resolves_as_written(example):
    nlp, resolver = geonlp.load(), default_resolver()
    doc = nlp(example.text)
    i = example.text.index(example.phrase)
    span = doc.char_span(i, i + len(example.phrase), alignment_mode="expand")
    actor = resolver.resolve(doc, span.start, span.end, example.date, resolver.match(doc))
    assert (actor.code if actor else None) == example.code, example.origin


def test_a_bad_example_names_file_and_entry(tmp_path):
    bad = tmp_path / "agents.yaml"
    bad.write_text("- {name: wardens, role: COP, examples: [{text: Wardens left., phrase: guards, code: COP}]}\n",
                   encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"agents.yaml: entry 1 \(wardens\) examples\[1\]: 'phrase'"):
        read_entries(bad)
