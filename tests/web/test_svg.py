"""The dashboard's SVG charts follow the PNGs' rules: continuous axis, lone period one slot of eight,
both directions drawn, one arrow per direction."""

from __future__ import annotations

import re

from helpers import ev

from geopol.analysis.dyads import dyad_table
from geopol.analysis.network import build_network
from geopol.web import svg


def _widths(html: str) -> list[float]:
    return [float(w) for w in re.findall(r'class="mark bar"[^>]*width="([\d.]+)"', html)]


def test_a_lone_period_is_one_slot_not_the_whole_width() -> None:
    one = svg.timeline(dyad_table([ev(1, "RUS", "CHN", "051", "2016-04-02")], "RUS", "CHN", freq="quarter"))
    assert _widths(one) and max(_widths(one)) < 900 / 8
    assert one.count(">2016Q2</text>") == 1


def test_both_directions_and_gaps() -> None:
    events = [ev(1, "RUS", "CHN", "051", "2014-01-02"), ev(2, "CHN", "RUS", "112", "2014-01-05"),
              ev(3, "RUS", "CHN", "070", "2014-06-01")]
    html = svg.timeline(dyad_table(events, "RUS", "CHN", freq="month"))
    months = re.findall(r">(2014-\d\d)</text>", html)
    assert months == [f"2014-{m:02d}" for m in range(1, 7)]
    assert 'data-direction="RUS-&gt;CHN"' in html and 'data-direction="CHN-&gt;RUS"' in html
    # Points of the two directions in one period never sit on top of each other.
    xs = {d: re.findall(rf'data-direction="{d}" cx="([\d.]+)"', html)[0] for d in ("RUS-&gt;CHN", "CHN-&gt;RUS")}
    assert xs["RUS-&gt;CHN"] != xs["CHN-&gt;RUS"]


def test_network_draws_one_arrow_per_direction_with_names() -> None:
    g = build_network([ev(1, "RUS", "CHN", "051"), ev(2, "CHN", "RUS", "112"), ev(3, "USA", "RUS", "190")])
    html = svg.network(g)
    edges = re.findall(r'data-source="(\w+)" data-target="(\w+)"', html)
    assert sorted(edges) == [("CHN", "RUS"), ("RUS", "CHN"), ("USA", "RUS")]
    assert html.count('marker-end="url(#arrow-') == 3 and ">Russia</text>" in html and ">US</text>" in html
