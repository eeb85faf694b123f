"""Tests for the trigger lexicon: loading, selection rules, user extension and validation errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from geopol.events.lexicon import (
    DEFAULT_NOUN_TARGET,
    DEFAULT_VERB_TARGET,
    LexiconError,
    Trigger,
    load_lexicon,
    parse_lexicon,
)
from geopol.events.ontology import cameo

ROOTS = [f"{i:02d}" for i in range(1, 21)]
# Roots where an event noun is natural; statements (01) have nouns too, but are not required.
NOUN_ROOTS = [r for r in ROOTS if r != "01"]


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_lexicon_loads_and_is_cached(lex) -> None:
    assert len(lex) >= 700
    assert load_lexicon() is lex
    assert {"hold", "impose", "carry", "sign", "wage"} <= lex.support_verbs


def test_every_code_is_in_the_cameo_table(lex) -> None:
    for t in lex.entries():
        assert cameo(t.code).code == t.code


@pytest.mark.parametrize("root", ROOTS)
def test_every_root_has_a_verb(lex, root: str) -> None:
    assert any(t.code.startswith(root) for t in lex.entries("VERB"))


@pytest.mark.parametrize("root", NOUN_ROOTS)
def test_every_root_has_a_noun(lex, root: str) -> None:
    assert any(t.code.startswith(root) for t in lex.entries("NOUN"))


def test_bare_verb(lex) -> None:
    t = lex.select("accuse", "VERB")
    assert t is not None and t.code == "112" and t.pos == "VERB"
    assert t.target == DEFAULT_VERB_TARGET


def test_lookup_is_case_insensitive(lex) -> None:
    assert lex.select("Condemn", "VERB").code == "111"


def test_unknown_lemma(lex) -> None:
    assert lex.select("photosynthesise", "VERB") is None
    assert lex.verbs("photosynthesise") == ()


def test_object_constraint_wins_over_bare(lex) -> None:
    assert lex.select("sign", "VERB", "treaty").code == "057"
    assert lex.select("sign", "VERB", "autograph") is None  # no bare 'sign'
    assert lex.select("lift", "VERB", "sanction").code == "085"
    assert lex.select("lift", "VERB", "curfew").code == "0813"
    assert lex.select("withdraw", "VERB", "ambassador").code == "161"
    assert lex.select("withdraw", "VERB", "troop").code == "0874"
    assert lex.select("withdraw", "VERB").code == "0874"


def test_several_object_lemmas(lex) -> None:
    assert lex.select("expel", "VERB", ["two", "diplomat"]).code == "161"


def test_objects_exclude(lex) -> None:
    assert lex.select("attack", "VERB", "convoy").code == "190"
    assert lex.select("attack", "VERB", "problem") is None
    assert lex.select("attack", "VERB", "policy").code == "111"


def test_particle_constraint(lex) -> None:
    assert lex.select("crack", "VERB", particles=["down", "on"]).code == "175"
    assert lex.select("crack", "VERB") is None
    assert lex.select("step", "VERB", particles=["down"]).code == "0831"
    assert lex.select("call", "VERB", particles=["on"]).target == ("on",)
    assert lex.select("call", "VERB", "attack", ["off"]).code == "087"


def test_transitive_entry_needs_a_direct_object(lex) -> None:
    assert lex.select("return", "VERB", "pendant", has_object=True).code == "0842"
    assert lex.select("return", "VERB", "beijing", has_object=False) is None
    assert lex.select("return", "VERB", "fire", has_object=True) is None


def test_intransitive_entry_fires_only_without_a_direct_object(lex) -> None:
    assert lex.select("undertake", "VERB", (), has_object=False).code == "030"
    assert lex.select("undertake", "VERB", "journey", has_object=True) is None


def test_patient_code_is_read() -> None:
    triggers, _, _ = parse_lexicon({"verbs": [{"lemma": "deport", "code": "063", "patient": "1121"}]}, "x.yaml")
    assert triggers[0].patient == "1121"
    assert load_lexicon().select("extradite", "VERB", "suspect").patient == "1121"


def test_most_specific_first(lex) -> None:
    groups = [lex.verbs(lemma) for lemma in ("sign", "withdraw", "release", "call")]
    for group in groups:
        ranks = [t.specificity for t in group]
        assert ranks == sorted(ranks, reverse=True)


def test_nouns_use_modifiers_as_objects(lex) -> None:
    assert lex.select("strike", "NOUN", "hunger").code == "142"
    assert lex.select("strike", "NOUN", "air").code == "195"
    assert lex.select("strike", "NOUN").code == "190"
    assert lex.select("exercise", "NOUN", "joint").code == "062"
    assert lex.select("sanction", "NOUN").target == ("against", "on")
    assert lex.select("invasion", "NOUN").target == ("of",)


def test_reciprocal(lex) -> None:
    assert lex.select("meet", "VERB", "Putin").reciprocal
    assert not lex.select("visit", "VERB").reciprocal


def test_refusal_verbs_carry_reject_codes(lex) -> None:
    for lemma in ("refuse", "reject", "veto", "rebuff", "defy"):
        assert lex.select(lemma, "VERB").code.startswith("12"), lemma
    assert lex.select("deny", "VERB", "access").code.startswith("12")


def test_select_rejects_bad_pos(lex) -> None:
    with pytest.raises(ValueError):
        lex.select("meet", "ADJ")  # type: ignore[arg-type]


def test_default_noun_target() -> None:
    triggers, _, _ = parse_lexicon({"nouns": [{"lemma": "raid", "code": "170"}]}, "x.yaml")
    assert triggers[0].target == DEFAULT_NOUN_TARGET


def test_user_file_extends_and_overrides(tmp_path: Path, lex) -> None:
    path = write(
        tmp_path,
        """
verbs:
  - {lemma: accuse, code: "1121"}
  - {lemma: snub, code: "120", objects: [envoy]}
  - {lemma: frobnicate, code: "190", target: [at]}
nouns:
  - {lemma: skirmishette, code: "190"}
support_verbs: [orchestrate, spearhead]
""",
    )
    mine = load_lexicon([path])
    assert mine is not lex
    assert mine.select("accuse", "VERB").code == "1121"  # same key: replaced
    assert len(mine.verbs("accuse")) == len(lex.verbs("accuse"))
    assert mine.select("snub", "VERB", "envoy").code == "120"
    assert mine.select("snub", "VERB").code == "125"  # packaged bare entry still there
    assert mine.select("frobnicate", "VERB").target == ("at",)
    assert mine.select("skirmishette", "NOUN").code == "190"
    assert "spearhead" in mine.support_verbs and "hold" in mine.support_verbs
    assert load_lexicon().select("accuse", "VERB").code == "112"  # default untouched


def test_user_entry_wins_tie_of_specificity(tmp_path: Path) -> None:
    # as specific as the default armed entry (objects and exclusions): the user's wins
    entry = '{lemma: attack, code: "180", objects: [convoy, base], objects_exclude: [plan]}'
    path = write(tmp_path, f"verbs:\n  - {entry}\n")
    mine = load_lexicon([path])
    assert mine.select("attack", "VERB", "convoy").code == "180"


def test_later_user_file_wins(tmp_path: Path) -> None:
    a = write(tmp_path, 'verbs:\n  - {lemma: zap, code: "190"}\n', "a.yaml")
    b = write(tmp_path, 'verbs:\n  - {lemma: zap, code: "193"}\n', "b.yaml")
    assert load_lexicon([a, b]).select("zap", "VERB").code == "193"


def test_trigger_is_frozen() -> None:
    t = Trigger("meet", "040", "VERB")
    with pytest.raises(AttributeError):
        t.code = "041"  # type: ignore[misc]


# ------------------------------------------------------------------- validation errors


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('{lemma: sign, code: "999"}', "verbs[0] (lemma 'sign'): code '999' is not a CAMEO code"),
        ('{lemma: sign, code: "0x7"}', "code '0x7' is not a CAMEO code"),
        ("{lemma: sign, code: 57}", "must be a quoted string"),
        ('{lemma: sign, code: "057", colour: red}', "unknown field 'colour'"),
        ('{code: "057"}', "missing lemma"),
        ("{lemma: sign}", "verbs[0] (lemma 'sign'): missing code"),
        ('{lemma: sign, code: "057", target: [beside_the_point]}', "bad target role 'beside_the_point'"),
        ('{lemma: sign, code: "057", target: dobj}', "target must be a non-empty list"),
        ('{lemma: sign, code: "057", objects: treaty}', "objects must be a non-empty list"),
        ('{lemma: sign, code: "057", particle: off}', "particle False: quote it"),
        ('{lemma: sign, code: "057", particle: "two words"}', "must be one word"),
        ('{lemma: sign, code: "057", target: [on]}', "target role True: quote it"),
        ('{lemma: sign, code: "057", reciprocal: maybe}', "reciprocal must be true or false"),
        ('{lemma: sign, code: "057", transitive: 1}', "transitive must be true or false"),
        ('{lemma: sign, code: "057", intransitive: yes please}', "intransitive must be true or false"),
        ('{lemma: sign, code: "057", transitive: true, intransitive: true}', "not with transitive"),
        ('{lemma: stand, code: "1121", suffered: sometimes}', "suffered must be true or false"),
        ('{lemma: deport, code: "174", patient: "999"}', "patient '999' is not a CAMEO code"),
    ],
)
def test_validation_errors(tmp_path: Path, entry: str, message: str) -> None:
    path = write(tmp_path, f"verbs:\n  - {entry}\n")
    with pytest.raises(LexiconError) as err:
        load_lexicon([path])
    assert message in str(err.value)
    assert str(err.value).startswith("mine.yaml: ")


def test_transitive_not_allowed_on_nouns() -> None:
    with pytest.raises(LexiconError, match="only on verbs"):
        parse_lexicon({"nouns": [{"lemma": "strike", "code": "143", "transitive": True}]}, "x.yaml")


def test_suffered_is_read_and_only_on_verbs() -> None:
    triggers, _, _ = parse_lexicon({"verbs": [{"lemma": "stand", "code": "1121", "objects": ["trial"],
                                               "suffered": True}]}, "x.yaml")
    assert triggers[0].suffered
    with pytest.raises(LexiconError, match="suffered must be true or false, and only on verbs"):
        parse_lexicon({"nouns": [{"lemma": "trial", "code": "1121", "suffered": True}]}, "x.yaml")


def test_particle_not_allowed_on_nouns() -> None:
    with pytest.raises(LexiconError, match="particle is only allowed on verbs"):
        parse_lexicon({"nouns": [{"lemma": "strike", "code": "143", "particle": "up"}]}, "x.yaml")


def test_duplicate_entries_are_reported() -> None:
    data = {"verbs": [{"lemma": "meet", "code": "040"}, {"lemma": "meet", "code": "041"}]}
    with pytest.raises(LexiconError, match=r"verbs\[1\] \(lemma 'meet'\): duplicates verbs\[0\]"):
        parse_lexicon(data, "x.yaml")


def test_unknown_section_and_bad_yaml(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="unknown section 'adjectives'"):
        load_lexicon([write(tmp_path, "adjectives: []\n")])
    with pytest.raises(LexiconError, match="not valid YAML"):
        load_lexicon([write(tmp_path, "verbs: [\n")])
    with pytest.raises(LexiconError, match="support_verbs must be a list"):
        load_lexicon([write(tmp_path, "support_verbs: hold\n")])


def test_empty_user_file_is_harmless(tmp_path: Path, lex) -> None:
    assert len(load_lexicon([write(tmp_path, "")])) == len(lex)


def test_contexts_recode_by_clause_words(tmp_path) -> None:
    lex = load_lexicon()
    assert lex.in_context("154", {"sent", "troops", "peacekeepers"}) == "074"
    assert lex.in_context("154", {"sent", "troops", "border"}) == "154"
    bad = tmp_path / "bad.yaml"
    bad.write_text('contexts:\n  - {codes: ["15"], words: [x], code: "999"}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad.yaml: contexts\[0\]"):
        load_lexicon([bad])


def test_the_noun_fight_is_combat_only_when_qualified_as_such(lex) -> None:
    assert lex.select("fight", "NOUN", ()) is None  # "a fight over pension rights"
    assert lex.select("fight", "NOUN", "fierce").code == "190"
    assert lex.select("undertake", "VERB", "escape", has_object=True) is None


def test_a_figurative_fight_is_no_assault() -> None:
    from geopol import code_text

    events = code_text("Portuguese and Spanish deputies turned a fight over fishing quotas into a debate.",
                       date="2019-05-02")
    assert not [e for e in events if e.plover == "ASSAULT"]
    events = code_text("Chadian troops waged a fierce fight against rebels near Abeche.", date="2019-05-02")
    assert [e for e in events if e.plover == "ASSAULT"]


def test_a_court_striking_down_a_law_is_no_assault() -> None:
    from geopol import code_text

    events = code_text("Kenya's high court struck down the new security law.", date="2019-05-02")
    assert not [e for e in events if e.plover == "ASSAULT"]
    assert [e for e in events if e.plover == "SANCTION" and e.source.country == "KEN"]


def test_agreeing_to_a_request_is_one_way_agreeing_with_someone_both() -> None:
    from geopol import code_text

    events = code_text("Ghana agreed to a Malian request for troops.", date="2019-05-02")
    assert [(e.source.code, e.target.code) for e in events if e.plover == "AGREE"] == [("GHA", "MLI")]
    events = code_text("Ghana agreed with Mali to reopen the border.", date="2019-05-02")
    assert sorted((e.source.code, e.target.code) for e in events if e.plover == "AGREE") == [
        ("GHA", "MLI"), ("MLI", "GHA")]


def test_seizing_people_on_a_road_is_still_an_abduction() -> None:
    from geopol import code_text

    events = code_text("Gunmen in Mali seized two Ghanaians on the road to Gao.", date="2019-05-02")
    assert [e for e in events if e.plover == "ASSAULT" and e.target is not None and e.target.country == "GHA"]


def test_a_subjects_entry_holds_for_its_subjects_only(tmp_path: Path) -> None:
    lex = load_lexicon([write(tmp_path, 'verbs:\n  - {lemma: rumble, code: "150", subjects: [tank]}\n')])
    assert lex.select("rumble", "VERB", (), (), False, ("tank", "israeli")).code == "150"
    assert lex.select("rumble", "VERB", (), (), False, ("economy",)) is None
    with pytest.raises(LexiconError, match="only allowed on verbs"):
        parse_lexicon({"nouns": [{"lemma": "tank", "code": "150", "subjects": ["army"]}]}, "x.yaml")
