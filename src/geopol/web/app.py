"""The analyst's dashboard: HTML pages over the same store and analysis the JSON API serves.

Mounted into :func:`geopol.api.create_app` by :func:`mount`. Pages are rendered on the server
(Jinja2) with their charts as inline SVG (:mod:`geopol.web.svg`); every asset, the API docs' too,
is served from installed packages, so the dashboard works with no network at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from html import escape
from pathlib import Path
from typing import Any

import pandas as pd
from fastapi import FastAPI, HTTPException, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from geopol.counts import COUNTED_MODALITY
from geopol.schema import DOMAINS, MODALITIES, PLOVER_TYPES
from geopol.web import svg

HERE = Path(__file__).parent
FREQS = ("month", "quarter", "year")
#: Rows an events table shows at most (the search's own ``limit`` can ask for fewer).
TABLE_ROWS = 500

env = Environment(loader=PackageLoader("geopol.web", "templates"), autoescape=select_autoescape())


def _name(code: Any) -> str:
    from geopol.analysis.network import node_name

    return node_name(str(code)) if code else "?"


def evidence_html(row: dict[str, Any]) -> Markup:
    """The evidence sentence with its trigger marked (offsets are into the document, so shift them)."""
    text = str(row.get("evidence_text") or "")
    ev0, t0, t1 = row.get("evidence_start"), row.get("trigger_start"), row.get("trigger_end")
    if any(v is None or pd.isna(v) for v in (ev0, t0, t1)):
        return Markup(escape(text))
    lo, hi = int(t0) - int(ev0), int(t1) - int(ev0)
    if not 0 <= lo < hi <= len(text):
        return Markup(escape(text))
    return Markup(f"{escape(text[:lo])}<mark class=trigger>{escape(text[lo:hi])}</mark>{escape(text[hi:])}")


def highlight(text: str, events: list[dict[str, Any]]) -> Markup:
    """A document's text with every event's evidence sentence and trigger marked, overlaps and all:
    the text is cut at every span boundary and each piece wrapped in the spans covering it."""
    spans: list[tuple[int, int, str, str]] = []
    for e in events:
        for kind in ("evidence", "trigger"):
            lo, hi = e.get(f"{kind}_start"), e.get(f"{kind}_end")
            if lo is not None and hi is not None and not pd.isna(lo) and 0 <= int(lo) < int(hi) <= len(text):
                spans.append((int(lo), int(hi), kind, str(e["event_id"])))
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    anchors = {lo: eid for lo, _, kind, eid in sorted(spans) if kind == "trigger"}
    out: list[str] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[lo:hi])
        covering = [s for s in spans if s[0] <= lo and hi <= s[1]]
        if lo in anchors:
            out.append(f'<a id="e-{escape(anchors[lo])}"></a>')
        if any(k == "trigger" for _, _, k, _ in covering):
            piece = f"<mark class=trigger>{piece}</mark>"
        if any(k == "evidence" for _, _, k, _ in covering):
            ids = " ".join(sorted({eid for _, _, k, eid in covering if k == "evidence"}))
            piece = f'<span class=evidence data-events="{escape(ids)}">{piece}</span>'
        out.append(piece)
    return Markup("".join(out))


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    rows = frame.to_dict("records")
    for r in rows:
        r["evidence_html"] = evidence_html(r)
        r["source_label"] = r.get("source_code") or r.get("source_country") or ""
        r["target_label"] = r.get("target_code") or r.get("target_country") or ""
        for k, v in list(r.items()):
            if not isinstance(v, list | dict | Markup) and pd.isna(v):
                r[k] = None
    return rows


def quote(item: Any) -> Markup:
    """An explanation's quoted sentence (:class:`geopol.analysis.explain.Item`), trigger marked."""
    text = item.evidence.replace("\n", " ")
    if not item.trigger_at:
        return Markup(escape(text))
    lo, hi = item.trigger_at
    return Markup(f"{escape(text[:lo])}<mark class=trigger>{escape(text[lo:hi])}</mark>{escape(text[hi:])}")


env.globals.update(name=_name, quote=quote, plovers=PLOVER_TYPES, domains=DOMAINS, modalities=MODALITIES, freqs=FREQS)


def _date(value: str | None, what: str) -> str | None:
    from geopol.store import parse_date

    if value is None or not value.strip():
        return None
    if parse_date(value) is None:
        raise HTTPException(422, f"unreadable {what} date {value!r} (use 2014, 2014-03 or 2014-03-05)")
    return value.strip()


def _code(value: str | None, what: str) -> str:
    """A form's actor: a CAMEO code, or a name geopol knows (Russia -> RUS)."""
    from geopol.actors.names import query_code

    code = query_code(value or "")
    if code is None:
        raise HTTPException(422, f"{what}: unknown actor {value!r} (give a CAMEO code such as RUS, or a name "
                                 "such as Russia)")
    return code


def mount(app: FastAPI, state: Any) -> None:
    """Add the pages, their static files and offline API docs (``/docs``) to the API app."""
    import fastapi_offline  # ships Swagger UI's assets: the docs need no CDN (ReDoc's would load a logo)

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    docs_assets = Path(fastapi_offline.__file__).parent / "static"
    app.mount("/docs-assets", StaticFiles(directory=docs_assets), name="docs-assets")

    @contextmanager
    def store() -> Iterator[Any]:
        st = state.need_store()
        with state.store_lock:
            yield st

    def page(name: str, request: Request, **context: Any) -> HTMLResponse:
        watcher = getattr(app.state, "watcher", None)
        html = env.get_template(name).render(request=request, watcher=watcher, **context)
        return HTMLResponse(html)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request, freq: str = "quarter") -> HTMLResponse:
        from geopol.web.overview import busiest, changing, corpus_trend, totals

        if freq not in FREQS:
            raise HTTPException(422, f"freq is one of {', '.join(FREQS)}")
        with store() as st:
            facts = totals(st)
            trend = corpus_trend(st, freq)
            top = busiest(st)
            moving = changing(st)
        return page("overview.html", request, facts=facts, trend=Markup(svg.timeline(trend, index=False,
                    label="corpus trend")), legend=Markup(svg.legend()), busiest=top, changing=moving, freq=freq)

    @app.get("/view/dyad", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, a: str, b: str, freq: str = "quarter",
                  since: str | None = None, until: str | None = None) -> HTMLResponse:
        from geopol.analysis.dyads import dyad_table, summary, undated_events

        a, b = _code(a, "a"), _code(b, "b")
        if freq not in FREQS:
            raise HTTPException(422, f"freq is one of {', '.join(FREQS)}")
        since, until = _date(since, "since"), _date(until, "until")
        with store() as st:
            table = dyad_table(st, a, b, freq=freq, since=since, until=until)
            events = st.events(between=(a, b), since=since, until=until, limit=TABLE_ROWS)
            n_all = st.count_events(between=(a, b), since=since, until=until)
            undated = undated_events(st, between=(a, b)) if not (since or until) else 0
        directions = [d for d in dict.fromkeys(table.direction) if d != "both"] if len(table) else []
        return page(
            "dyad.html", request, a=a, b=b, freq=freq, since=since or "", until=until or "",
            chart=Markup(svg.timeline(table, label=f"{a} {b} timeline")), legend=Markup(svg.legend(
                ["both", *directions])), summary=summary(table) if len(table) else None,
            table=table.to_dict("records"), events=_rows(events), n_all=n_all, undated=undated,
        )

    @app.get("/view/explain", response_class=HTMLResponse, include_in_schema=False)
    def explain_page(request: Request, a: str, b: str, since: str | None = None,
                     until: str | None = None) -> HTMLResponse:
        from geopol.analysis.explain import explain

        a, b = _code(a, "a"), _code(b, "b")
        since, until = _date(since, "since"), _date(until, "until")
        with store() as st:
            e = explain(st, a, b, since=since, until=until)
        directions = list(e.directions)
        return page("explain.html", request, e=e, a=a, b=b,
                    chart=Markup(svg.timeline(e.trend, label="trend")),
                    legend=Markup(svg.legend(["both", *directions])))

    @app.get("/view/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, source: str | None = None, target: str | None = None,
                    a: str | None = None, b: str | None = None, since: str | None = None,
                    until: str | None = None, cameo: str | None = None, plover: str | None = None,
                    domain: str | None = None, modality: str | None = COUNTED_MODALITY, limit: int = 200,
                    all_mentions: bool = False) -> HTMLResponse:
        form = {"source": source, "target": target, "a": a, "b": b, "since": since, "until": until,
                "cameo": cameo, "plover": plover, "domain": domain, "modality": modality, "limit": limit}
        form = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in form.items()}
        form["modality"] = form["modality"] or COUNTED_MODALITY  # what counts, as `geopol events`; "any" for all
        if bool(form["a"]) != bool(form["b"]):
            raise HTTPException(422, "between needs two actors (a and b)")
        for key in ("source", "target", "a", "b"):
            if form[key]:
                form[key] = _code(form[key], key)
        for key, choices in (("plover", PLOVER_TYPES), ("domain", DOMAINS), ("modality", (*MODALITIES, "any"))):
            if form[key] and form[key].lower() not in {c.lower() for c in choices}:
                raise HTTPException(422, f"unknown {key} {form[key]!r}; one of: {', '.join(choices)}")
        if form["cameo"] and not form["cameo"].isdigit():
            raise HTTPException(422, f"cameo is a CAMEO code or prefix such as 04 (got {form['cameo']!r})")
        limit = max(1, min(int(limit), TABLE_ROWS))
        with store() as st:
            frame = st.events(
                source=form["source"], target=form["target"],
                between=(form["a"], form["b"]) if form["a"] else None,
                since=_date(form["since"], "since"), until=_date(form["until"], "until"), cameo=form["cameo"],
                plover=form["plover"], domain=form["domain"],
                modality=None if form["modality"].lower() == "any" else form["modality"], limit=limit,
                counted_only=not all_mentions,
            )
        return page("events.html", request, form=form, events=_rows(frame), limit=limit, all_mentions=all_mentions)

    @app.get("/view/document", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, id: str) -> HTMLResponse:
        with store() as st:
            doc = st.document(id)
            if doc is None:
                raise HTTPException(404, f"no document {id!r} in the store")
            frame = st.document_events(id)
        rows = _rows(frame)
        return page("document.html", request, doc=doc, events=rows, text=highlight(doc.text, rows))

    @app.get("/view/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, since: str | None = None, until: str | None = None,
                     min_events: int = 1, level: str = "country") -> HTMLResponse:
        from geopol.analysis.network import build_network

        if level not in ("country", "code"):
            raise HTTPException(422, "level is country or code")
        since, until = _date(since, "since"), _date(until, "until")
        with store() as st:
            g = build_network(st, since=since, until=until, level=level, min_events=max(1, min_events))
        ties = sorted(g.edges(data=True), key=lambda t: -t[2]["n_events"])[:50]
        return page("network.html", request, chart=Markup(svg.network(g)), ties=ties, g=g,
                    since=since or "", until=until or "", min_events=min_events, level=level)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Any:
        """A page gets an HTML error; the JSON API keeps FastAPI's JSON ``detail``."""
        from fastapi.exception_handlers import http_exception_handler

        if request.url.path == "/" or request.url.path.startswith("/view/"):
            html = env.get_template("error.html").render(request=request, status=exc.status_code,
                                                         detail=exc.detail, watcher=None)
            return HTMLResponse(html, status_code=exc.status_code)
        return await http_exception_handler(request, exc)

