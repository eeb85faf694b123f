"""The relationship explained: balance, drivers by domain, shared stances, kept-apart modalities."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from geopol.analysis.explain import actor_name, explain
from geopol.analysis.report import render, to_html, to_markdown, write_report
from geopol.schema import Actor, Amount, Document, Event, TextSpan
from geopol.store import Coded, open_store

PLOVER = {
    "COOPERATE": ("061", 1, 6.4),
    "AID": ("070", 2, 7.0),
    "SUPPORT": ("051", 1, 3.4),
    "REJECT": ("120", 3, -4.0),
    "ACCUSE": ("112", 3, -2.0),
    "PROTEST": ("140", 3, -6.5),
}


def ev(
    doc: str,
    n: int,
    src: str,
    tgt: str,
    plover: str,
    sentence: str,
    domain: str | None = None,
    date: str = "2016-04-05",
    modality: str = "asserted",
    amount: str | None = None,
) -> Event:
    cameo, quad, gold = PLOVER[plover]
    trig = sentence.split()[1]
    at = sentence.index(trig)
    return Event(
        doc_id=doc,
        sentence=n,
        source=Actor(src, (0, 3), code=src, country=src[:3]),
        target=Actor(tgt, (0, 3), code=tgt, country=tgt[:3]),
        cameo=cameo,
        cameo_root=cameo[:2],
        quad_class=quad,
        goldstein=gold,
        plover=plover,
        trigger=TextSpan(trig, (100 * n + at, 100 * n + at + len(trig))),
        evidence=TextSpan(sentence, (100 * n, 100 * n + len(sentence))),
        date=date,
        modality=modality,
        domain=domain,
        amount=Amount(amount, 4e11, "USD") if amount else None,
    )


EVENTS = [
    ev(
        "op",
        1,
        "CHNBUS",
        "RUSBUS",
        "COOPERATE",
        "CNPC signed a $400 billion contract to buy gas from Gazprom.",
        "energy",
        "2014-05",
        amount="$400 billion",
    ),
    ev("op", 2, "CHN", "RUS", "AID", "China lent Gazprom $2.17 billion.", "finance", "2016-03"),
    ev("op", 3, "RUS", "CHN", "COOPERATE", "Russia sold S-400 missiles to China.", "arms", "2015"),
    ev(
        "op",
        4,
        "RUS",
        "CHN",
        "COOPERATE",
        "Russia held joint naval drills with China.",
        "military",
        "2015-08",
    ),
    ev("op", 5, "CHN", "RUS", "COOPERATE", "China builds Russia's high-speed rail link.", "infrastructure"),
    ev("op", 6, "RUS", "CHN", "SUPPORT", "Russia hailed its partnership with China.", "diplomacy"),
    ev("op", 7, "RUS", "CHN", "ACCUSE", "Russia criticised China's economic push.", "trade"),
    ev("op", 8, "RUS", "USA", "REJECT", "Russia opposes the US deployment of THAAD.", "military"),
    ev("op", 9, "CHN", "USA", "REJECT", "China opposes US plans to install THAAD.", "military"),
    ev("op", 10, "RUS", "USA", "ACCUSE", "Moscow alleges that the US threatens Russia.", "security"),
    ev("op", 11, "CHN", "KOR", "PROTEST", "Beijing warned Seoul over the deployment.", "military"),
    ev(
        "op",
        12,
        "RUS",
        "CHN",
        "AID",
        "Russia will deliver the S-400 systems in 2017.",
        "arms",
        "2017",
        modality="future",
    ),
    ev("op", 13, "CHN", "RUS", "ACCUSE", "Beijing did not condemn Russia.", "diplomacy", modality="negated"),
]


def test_explanation_content() -> None:
    e = explain(EVENTS, "RUS", "CHN")
    assert e.question == "Why are Russia and China cooperating?"
    assert e.balance["n_events"] == 7
    assert (e.balance["verbal_coop"] + e.balance["material_coop"], e.balance["verbal_conflict"]) == (6, 1)
    assert e.balance["coop_index"] > 0.8
    coop = {d.domain: d for d in e.cooperation}
    assert {"energy", "arms", "military", "infrastructure", "finance", "diplomacy"} <= set(coop)
    gas = coop["energy"].items[0]
    assert (gas.amount, gas.date, gas.doc_id) == ("$400 billion", "2014-05", "op")
    assert "Gazprom" in gas.evidence and gas.evidence[slice(*gas.trigger_at)] == "signed"
    assert [d.domain for d in e.conflict] == ["trade"]
    # Shared stance towards the US (same PLOVER type), not towards South Korea (only China acted).
    assert [(s.third, s.stance) for s in e.shared] == [("USA", "REJECT")]
    s = e.shared[0]
    assert [i.source for i in s.a_items] == ["RUS"] and [i.source for i in s.b_items] == ["CHN"]
    assert set(e.not_asserted) == {"future", "negated"}
    assert "energy" in e.answer and "both oppose the US" in e.answer
    assert e.freq == "quarter" and e.documents == ["op"]


def test_quad_level_shared_stance() -> None:
    evs = [
        ev("x", 1, "RUS", "UKR", "ACCUSE", "Russia accused Ukraine."),
        ev("x", 2, "CHN", "UKR", "PROTEST", "China protested to Ukraine."),
    ]
    e = explain(evs, "RUS", "CHN")
    assert [(s.third, s.stance, s.phrase) for s in e.shared] == [("UKR", "conflict", "are at odds with")]
    assert e.answer.startswith("From 0 coded events") or "Towards third parties" in e.answer


def test_renderers_and_chart(tmp_path: Path) -> None:
    e = explain(EVENTS, "RUS", "CHN", chart=tmp_path / "trend.png")
    assert e.chart is not None and e.chart.exists()
    md = to_markdown(e)
    assert md.startswith("# Why are Russia and China cooperating?")
    assert "## Shared positions towards third parties" in md and "both oppose the US" in md
    assert "**signed**" in md and "`op` sentence 1" in md and "![trend](trend.png)" in md
    page = to_html(e)
    assert "<mark>signed</mark>" in page and "<img src='trend.png'" in page
    assert write_report(e, tmp_path / "r.html").read_text().startswith("<!doctype html>")
    assert write_report(e, tmp_path / "r.md").exists()
    con = Console(record=True, width=120)
    render(e, con)
    text = con.export_text()
    assert "Drivers of cooperation" in text and "energy" in text and "THAAD" in text


def test_from_store_counts_duplicates_once(tmp_path: Path) -> None:
    text = "A long wire story about Russia and China energy deals, pipelines and gas prices in Siberia. " * 3
    with open_store(tmp_path / "s.duckdb") as st:
        batch = []
        for k, outlet in enumerate(["reuters", "ap", "afp"]):
            d = Document(
                f"w{k}", text + ("" if k == 0 else f" Edited {k}."), date="2014-05-21", outlet=outlet
            )
            batch.append(
                Coded(d, [ev(d.id, 1, "CHN", "RUS", "COOPERATE", "China signed a gas deal.", "energy")])
            )
        st.write_batch(batch)
        e = explain(st, "RUS", "CHN")
    assert e.balance["n_events"] == 1
    it = e.cooperation[0].items[0]
    assert (it.num_articles, it.num_sources) == (3, 3)


def test_actor_names() -> None:
    assert actor_name("RUS") == "Russia" and actor_name("USA") == "the US"
    assert actor_name("CHNGOV") == "China (government)" and actor_name("USAMIL") == "the US (military)"
    assert actor_name("XYZ") == "XYZ" and actor_name("NOR") == "Norway"


@pytest.fixture(scope="module")
def sample_events() -> list[Event]:
    """The sample op-ed coded by the real pipeline (skipped while the coder is still being built)."""
    try:
        from geopol.pipeline import Pipeline, sample_document

        pipe = Pipeline()
    except Exception as exc:  # the coder lands in parallel; run as soon as it can be built
        pytest.skip(f"geopol.pipeline not usable yet: {exc!r}")
    return pipe.code(sample_document())


def test_sample_oped_explains_cooperation(sample_events: list[Event], tmp_path: Path) -> None:
    e = explain(sample_events, "RUS", "CHN", chart=tmp_path / "t.png")
    assert e.question == "Why are Russia and China cooperating?"
    domains = {d.domain for d in e.cooperation}
    assert {"energy", "arms", "military", "infrastructure"} <= domains, domains
    assert "USA" in {s.third for s in e.shared}, [(s.third, s.stance) for s in e.shared]
    assert "the US" in e.answer
