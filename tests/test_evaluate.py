"""The evaluator's metrics on small gold fixtures written for these tests, with right and wrong answers."""

import json

from geopol.evaluate import load_geopol, load_gsr, load_plv, parse_marked, score_geopol, score_gsr, score_plv

PLV_ROWS = [
    ("<s>Ankara</s> recalled its ambassador from <t>Vienna</t>.", 4, "SANCTION"),
    ("<s>Brazil</s> praised <t>Argentina</t> for the deal.", 1, "SUPPORT"),
    ("<s>Rebels</s> shelled <t>the airport</t>.", 4, "ASSAULT"),
]


def write_plv(tmp_path):
    path = tmp_path / "gold.tsv"
    lines = ["sentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_penta\tgold_root"]
    for i, (marked, quad, root) in enumerate(PLV_ROWS):
        plain = parse_marked(marked)[0]
        lines.append(f"{i}\t{plain}\t{marked}\tx\ty\t{quad}\t{root}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def event(src, tgt, plover, quad, conf=0.5):
    return {"source": {"span": list(src)}, "target": {"span": list(tgt)} if tgt else None,
            "plover": plover, "quad_class": quad, "confidence": conf}


def test_parse_marked_spans():
    text, s, t = parse_marked("<s>Ankara</s> recalled its ambassador from <t>Vienna</t>.")
    assert text == "Ankara recalled its ambassador from Vienna."
    assert text[s[0][0]:s[0][1]] == "Ankara" and text[t[0][0]:t[0][1]] == "Vienna"


def test_plv_right_wrong_and_missing(tmp_path):
    items = load_plv(write_plv(tmp_path))
    events = {
        # right type
        items[0].id: [event((0, 6), (36, 42), "SANCTION", 4)],
        # pair found, wrong type but right quad; a more confident right-type event on another pair is ignored
        items[1].id: [event((0, 6), (16, 25), "AGREE", 1, 0.6), event((30, 34), (16, 25), "SUPPORT", 1, 0.9)],
        # direction swapped: a miss
        items[2].id: [event((15, 26), (0, 6), "ASSAULT", 4)],
    }
    report = score_plv(items, events)
    assert report.metrics["pair_recall"] == round(2 / 3, 4)
    assert report.metrics["type_accuracy"] == round(1 / 3, 4)
    assert report.metrics["quad_accuracy"] == round(2 / 3, 4)
    assert report.per_type["SUPPORT"]["recall"] == 0.0
    assert report.confusion["SUPPORT"] == {"AGREE": 1}
    assert {e["id"] for e in report.errors} == {items[1].id, items[2].id}


def test_plv_most_confident_candidate_wins(tmp_path):
    items = load_plv(write_plv(tmp_path))[:1]
    wrong_first = [event((0, 6), (36, 42), "ACCUSE", 3, 0.9), event((0, 6), (36, 42), "SANCTION", 4, 0.4)]
    assert score_plv(items, {items[0].id: wrong_first}).metrics["type_accuracy"] == 0.0
    right_first = [event((0, 6), (36, 42), "ACCUSE", 3, 0.3), event((0, 6), (36, 42), "SANCTION", 4, 0.4)]
    assert score_plv(items, {items[0].id: right_first}).metrics["type_accuracy"] == 1.0


def test_gsr_type_source_and_dyad(tmp_path):
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps([
        {"id": "a", "event": "FIGHT", "text": "Indian troops fired on Pakistani posts.",
         "source": [{"code": "IND"}], "target": [{"code": "PAK"}]},
        {"id": "b", "event": "AGREE", "text": "Chile and Peru agreed to talks.", "source": [{"code": "CHL"}]},
    ]), encoding="utf-8")
    items = load_gsr(path)
    assert items[0].label == "ASSAULT"  # older name folded
    events = {"a": [{"plover": "ASSAULT", "source": {"country": "IND"}, "target": {"country": "CHN"}}],
              "b": [{"plover": "CONSULT", "source": {"country": "CHL"}}]}
    m = score_gsr(items, events).metrics
    assert (m["type_found"], m["type_and_source"], m["type_and_dyad"]) == (0.5, 0.5, 0.0)


def test_geopol_format_precision_recall(tmp_path):
    path = tmp_path / "gold.jsonl"
    text = "Chile recalled its envoy from Peru. Peru did not retaliate."
    path.write_text(json.dumps({"id": "d", "text": text, "events": [
        {"source": [0, 5], "target": [30, 34], "plover": "SANCTION"}]}) + "\n", encoding="utf-8")
    items = load_geopol(path)
    hit = score_geopol(items, {"d": [event((0, 5), (30, 34), "SANCTION", 4), event((36, 40), (0, 5), "ASSAULT", 4)]})
    assert hit.metrics["recall"] == 1.0 and hit.metrics["precision"] == 0.5
    miss = score_geopol(items, {"d": [event((0, 5), (30, 34), "ACCUSE", 3)]})
    assert miss.metrics["recall"] == 0.0 and miss.metrics["f1"] == 0.0
