"""The HTTP API: the coder and a corpus store behind a few JSON endpoints (OpenAPI docs at /docs).

Why it is shaped this way:

* **Thin**: every endpoint calls the pipeline or the store, as the CLI does; no logic of its own
  beyond turning query strings into arguments and frames into JSON.
* **Model loaded once, lazily**: the pipeline (spaCy and the knowledge tables) is built on the
  first ``POST /code``, so a server used only for queries starts in a second.
* **Safe under FastAPI's thread pool**: a DuckDB connection and a spaCy pipeline are not meant to be
  shared by threads at once, so each sits behind its own lock; queries take milliseconds.
* **Bad input is a clear 422**: empty, binary or non-English text gets the same reason the CLI
  prints (:func:`geopol.ingest.check_text`); in a batch, each bad document gets its own error and
  the others are still coded.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import pandas as pd
from fastapi import Body, FastAPI, HTTPException, Query
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, PlainTextResponse
from pydantic import BaseModel, Field

import geopol
from geopol.api_limits import MAX_BODY_BYTES, MAX_REQUEST_CHARS, BodyLimit, too_large
from geopol.ingest import check_text, normalize_date
from geopol.schema import DOMAINS, MODALITIES, PLOVER_TYPES, Document

if TYPE_CHECKING:
    from geopol.pipeline import Pipeline
    from geopol.store import Store

#: Most documents one ``POST /code`` may carry (bigger jobs belong to ``geopol corpus ingest``).
MAX_BATCH = 1000
#: Rows ``GET /events`` returns when no ``limit`` is given, and the most it ever returns.
DEFAULT_LIMIT = 1000
MAX_LIMIT = 100_000

ActorCode = Annotated[
    str, PathParam(pattern=r"^[A-Za-z]{3}[A-Za-z0-9]*$", description="CAMEO actor code, e.g. RUS")
]


class Freq(str, Enum):
    month = "month"
    quarter = "quarter"
    year = "year"


class ExplainFormat(str, Enum):
    json = "json"
    md = "md"
    html = "html"


class DocumentIn(BaseModel):
    """One text to code; ``date`` (publication date) anchors relative dates like "last August"."""

    text: str = Field(description="The document text; event spans are character offsets into it.")
    date: str | None = Field(None, description="Publication date, e.g. 2016-04-05.", examples=["2016-04-05"])
    id: str | None = Field(None, description="Document id (default: 'doc', or its position in a list).")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


class CodedOut(BaseModel):
    """One document's events, or (in a batch) why it was not coded."""

    doc_id: str
    events: list[dict[str, Any]] = Field(default_factory=list)
    error: str | None = None


class BatchOut(BaseModel):
    results: list[CodedOut]
    n_events: int
    n_errors: int


class Uncodable(ValueError):
    """A document the coder cannot take; its message is the reason given to the client."""


def _to_document(item: DocumentIn, default_id: str) -> Document:
    """Validate like ingest does, so the API refuses what the CLI would skip, with the same reason."""
    doc_id = item.id or default_id
    reason = check_text(item.text)
    if reason is not None:
        raise Uncodable(reason)
    date = None
    if item.date is not None and item.date.strip():
        date = normalize_date(item.date)
        if date is None:
            raise Uncodable(f"unreadable date {item.date!r} (use YYYY-MM-DD)")
    return Document(id=doc_id, text=item.text, date=date, title=item.title, url=item.url, outlet=item.outlet)


def frame_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A query frame as JSON-ready rows: dates as ``YYYY-MM-DD``, NaN/NaT as null, numpy as Python."""
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    return json.loads(out.to_json(orient="records", date_format="iso", default_handler=str))


def _clean(value: Any) -> Any:
    """Make nested results JSON-safe (NaN -> null, numpy scalars -> Python, frames -> rows)."""
    if isinstance(value, pd.DataFrame):
        return frame_records(value)
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if hasattr(value, "item") and callable(value.item):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, Path):
        return str(value)
    return value


def _between(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parts = [p.strip().upper() for p in value.split(",") if p.strip()]
    if len(parts) != 2:
        raise HTTPException(422, f"between takes two actor codes, e.g. RUS,CHN (got {value!r})")
    return parts[0], parts[1]


def _check_choice(name: str, value: str | None, choices: Sequence[str]) -> str | None:
    if value is None or value == "":
        return None
    if value.lower() not in {c.lower() for c in choices}:
        raise HTTPException(422, f"unknown {name} {value!r}; one of: {', '.join(choices)}")
    return value


def create_app(
    db: str | Path | Store | None = None,
    *,
    actors: Sequence[Path] = (),
    triggers: Sequence[Path] = (),
    constructions: Sequence[Path] = (),
    pipeline_factory: Callable[[], Pipeline] | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    max_request_chars: int = MAX_REQUEST_CHARS,
) -> FastAPI:
    """Build the app. ``db`` is a corpus store (a path, opened read-only, or an open Store) for the
    query endpoints; without one only ``/code`` and ``/health`` work. ``actors``/``triggers``/``constructions``
    extend the knowledge tables as ``geopol code --actors`` does."""
    store, owned = _open(db)
    state = _State(store, pipeline_factory or _factory(tuple(actors), tuple(triggers), tuple(constructions)))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if owned and store is not None:
            store.close()

    app = FastAPI(
        title="geopol",
        version=geopol.__version__,
        description="Evidence-backed political event data (CAMEO, PLOVER) from international-affairs text.",
        lifespan=lifespan,
        docs_url=None,  # served offline by the dashboard (geopol.web.app), not from a CDN
        redoc_url=None,
    )
    app.state.geopol = state
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)

    @app.get("/health")
    def health() -> dict[str, Any]:
        """Liveness, version, whether the model is loaded and what the store holds."""
        out: dict[str, Any] = {
            "status": "ok",
            "version": geopol.__version__,
            "pipeline_loaded": state.pipeline_loaded,
            "store": None,
        }
        if store is not None:
            with state.store_lock:
                out["store"] = {"path": store.path, **store.stats()}
        return out

    @app.post("/code", response_model=CodedOut | BatchOut)
    def code(
        body: Annotated[
            DocumentIn | list[DocumentIn],
            # The example feeds the "Try it out" box at /docs.
            Body(examples=[{"text": "Turkey condemned Syria.", "date": "2016-04-05"}]),
        ],
    ) -> CodedOut | BatchOut:
        """Code one document (422 if it cannot be coded) or a list (each bad one gets an ``error``)."""
        chars = sum(len(d.text) for d in body) if isinstance(body, list) else len(body.text)
        if chars > max_request_chars:
            raise HTTPException(413, too_large(f"{chars:,} characters of text in one request; "
                                                f"at most {max_request_chars:,}"))
        if isinstance(body, DocumentIn):
            try:
                doc = _to_document(body, "doc")
            except Uncodable as exc:
                raise HTTPException(422, str(exc)) from exc
            events = state.code_one(doc)
            return CodedOut(doc_id=doc.id, events=[e.to_dict() for e in events])
        if len(body) > MAX_BATCH:
            raise HTTPException(
                413, f"{len(body)} documents in one request; at most {MAX_BATCH} (use geopol corpus ingest)"
            )
        results: list[CodedOut | Document] = []
        for i, item in enumerate(body):
            try:
                results.append(_to_document(item, str(i)))
            except Uncodable as exc:
                results.append(CodedOut(doc_id=item.id or str(i), error=str(exc)))
        docs = [r for r in results if isinstance(r, Document)]
        coded = iter(state.code_many(docs))
        out = [r if isinstance(r, CodedOut) else next(coded) for r in results]
        return BatchOut(
            results=out,
            n_events=sum(len(r.events) for r in out),
            n_errors=sum(r.error is not None for r in out),
        )

    @app.get("/events")
    def events(
        source: Annotated[str | None, Query(description="Source actor: country (RUS) or code prefix")] = None,
        target: Annotated[str | None, Query(description="Target actor, as source")] = None,
        between: Annotated[str | None, Query(description="Two actors, either direction: RUS,CHN")] = None,
        since: Annotated[str | None, Query(description="From this date (2014, 2014-03, 2014-03-05)")] = None,
        until: Annotated[str | None, Query(description="Through this date; 2015 means all of 2015")] = None,
        cameo: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code or prefix")] = None,
        plover: Annotated[str | None, Query(description="PLOVER event type, e.g. SANCTION")] = None,
        domain: Annotated[str | None, Query(description="Sector, e.g. energy")] = None,
        modality: Annotated[str | None, Query(description="asserted, negated, hypothetical, ...")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        duplicates: Annotated[
            bool, Query(description="Also the mentions in near-duplicate articles (not counted)")
        ] = False,
    ) -> dict[str, Any]:
        """Stored events (counted once per duplicate cluster), oldest first, as flat store rows."""
        st = state.need_store()
        filters = {
            "source": source,
            "target": target,
            "between": _between(between),
            "since": _date_param("since", since),
            "until": _date_param("until", until),
            "cameo": cameo,
            "plover": _check_choice("plover", plover, PLOVER_TYPES),
            "domain": _check_choice("domain", domain, DOMAINS),
            "modality": _check_choice("modality", modality, MODALITIES),
        }
        with state.store_lock:
            frame = st.events(**filters, limit=limit, counted_only=not duplicates)
        rows = frame_records(frame)
        return {"count": len(rows), "limit": limit, "events": rows}

    @app.get("/dyad/{a}/{b}")
    def dyad(
        a: ActorCode,
        b: ActorCode,
        freq: Freq = Freq.month,
        since: str | None = None,
        until: str | None = None,
        modality: Annotated[
            str | None, Query(description="Only this modality (default asserted; 'any' for all)")
        ] = "asserted",
    ) -> dict[str, Any]:
        """Per-period figures for A->B, B->A and both: counts by quad class, Goldstein, cooperation index."""
        from geopol.analysis.dyads import dyad_table, summary

        st = state.need_store()
        mod = None if modality in (None, "", "any") else _check_choice("modality", modality, MODALITIES)
        with state.store_lock:
            table = dyad_table(
                st, a.upper(), b.upper(), freq=freq.value, modality=mod,
                since=_date_param("since", since), until=_date_param("until", until),
            )
        table = table.drop(columns=["period"], errors="ignore")
        return {
            "a": a.upper(),
            "b": b.upper(),
            "freq": freq.value,
            "summary": _clean(summary(table)) if len(table) else {"n_events": 0},
            "periods": frame_records(table),
        }

    @app.get("/explain/{a}/{b}", response_model=None)
    def explain(
        a: ActorCode,
        b: ActorCode,
        format: ExplainFormat = ExplainFormat.json,
        since: str | None = None,
        until: str | None = None,
        freq: Annotated[str, Query(pattern="^(auto|month|quarter|year)$")] = "auto",
        max_items: Annotated[int, Query(ge=1, le=100, description="Events quoted per driver (md, html)")] = 8,
    ) -> Any:
        """Why the A-B relationship stands as it does, with the evidence behind it (JSON, md or html)."""
        from geopol.analysis import explain as ex
        from geopol.analysis import report

        st = state.need_store()
        with state.store_lock:
            result = ex.explain(
                st, a.upper(), b.upper(), since=_date_param("since", since),
                until=_date_param("until", until), freq=freq,
            )
        if format is ExplainFormat.md:
            return PlainTextResponse(report.to_markdown(result, max_items=max_items),
                                     media_type="text/markdown; charset=utf-8")
        if format is ExplainFormat.html:
            return HTMLResponse(report.to_html(result, max_items=max_items))
        return _clean(asdict(result))

    from geopol.web.app import mount

    mount(app, state)
    return app


def _date_param(name: str, value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    from geopol.store import parse_date

    if parse_date(value) is None:
        raise HTTPException(422, f"unreadable {name} date {value!r} (use 2014, 2014-03 or 2014-03-05)")
    return value


def _open(db: str | Path | Store | None) -> tuple[Store | None, bool]:
    """The store to query and whether the app owns (and so closes) it."""
    if db is None:
        return None, False
    from geopol.store import Store, open_store

    if isinstance(db, Store):
        return db, False
    path = str(db)
    if path == ":memory:":
        return open_store(path), True
    if not Path(path).exists():
        raise FileNotFoundError(f"no corpus store at {path} (create one with `geopol corpus ingest`)")
    # Read-only: the server never writes, and several servers may share one file.
    return open_store(path, read_only=True), True


def _factory(actors: tuple[Path, ...], triggers: tuple[Path, ...],
             constructions: tuple[Path, ...] = ()) -> Callable[[], Pipeline]:
    def build() -> Pipeline:
        from geopol.config import CoderConfig
        from geopol.pipeline import Pipeline, default_pipeline

        if actors or triggers or constructions:
            return Pipeline(config=CoderConfig(actors=actors, triggers=triggers, constructions=constructions))
        return default_pipeline()

    return build


class _State:
    """What the endpoints share: the store, the lazily built pipeline and the locks guarding them."""

    def __init__(self, store: Store | None, factory: Callable[[], Pipeline]) -> None:
        self.store = store
        self.store_lock = threading.Lock()
        self._factory = factory
        self._pipeline: Pipeline | None = None
        self._pipeline_lock = threading.Lock()

    @property
    def pipeline_loaded(self) -> bool:
        return self._pipeline is not None

    def pipeline(self) -> Pipeline:
        with self._pipeline_lock:
            if self._pipeline is None:
                self._pipeline = self._factory()
            return self._pipeline

    def need_store(self) -> Store:
        if self.store is None:
            raise HTTPException(503, "no corpus store: start the server with `geopol serve --db FILE`")
        return self.store

    def code_one(self, doc: Document) -> list[Any]:
        pipe = self.pipeline()
        with self._pipeline_lock:
            return pipe.code(doc)

    def code_many(self, docs: list[Document]) -> list[CodedOut]:
        if not docs:
            return []
        pipe = self.pipeline()
        with self._pipeline_lock:
            results = list(pipe.code_many(docs))
        out = []
        for res in results:
            doc_id = res.doc.id if res.doc is not None else (res.error.doc_id if res.error else "?")
            error = getattr(res.error, "reason", None) or (str(res.error) if res.error else None)
            out.append(CodedOut(doc_id=doc_id, events=[e.to_dict() for e in res.events], error=error))
        return out
