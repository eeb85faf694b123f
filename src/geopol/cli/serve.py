"""`geopol serve`: the HTTP API (:mod:`geopol.api`) under uvicorn, for dashboards and other programs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True)


DbOpt = Annotated[Path | None, typer.Option("--db", help="Corpus store (DuckDB) to query.")]
HostOpt = Annotated[str, typer.Option(help="Interface to listen on (0.0.0.0 exposes it to the network).")]
PortOpt = Annotated[int, typer.Option(help="Port to listen on.")]
ActorsOpt = Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor YAML files for /code.")]
TriggersOpt = Annotated[list[Path] | None, typer.Option("--triggers", help="Extra trigger YAML for /code.")]
ConstructionsOpt = Annotated[
    list[Path] | None, typer.Option("--constructions", help="Extra construction YAML for /code.")
]
PreloadOpt = Annotated[
    bool, typer.Option("--preload", help="Load the model before serving: the first /code is then quick.")
]
LogLevelOpt = Annotated[str, typer.Option(help="uvicorn log level (debug, info, warning, error).")]
SampleOpt = Annotated[bool, typer.Option("--sample", help="Serve the bundled op-ed, coded into a store in memory.")]
WatchOpt = Annotated[
    list[str] | None, typer.Option("--watch", help="Also poll this RSS/Atom feed into --db (repeatable).")
]
EveryOpt = Annotated[str, typer.Option("--every", help="Poll interval for --watch: 30s, 15m, 2h.")]


def serve(
    db: DbOpt = None,
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
    actors: ActorsOpt = None,
    triggers: TriggersOpt = None,
    constructions: ConstructionsOpt = None,
    preload: PreloadOpt = False,
    log_level: LogLevelOpt = "info",
    sample: SampleOpt = False,
    watch: WatchOpt = None,
    every: EveryOpt = "15m",
) -> None:
    """Serve the dashboard at / and the HTTP API (POST /code, GET /events, /dyad/A/B, /explain/A/B,
    /health; docs at /docs). With --watch, one process polls feeds into the store and serves it."""
    import uvicorn

    from geopol.api import create_app

    if sample and (db is not None or watch):
        err.print("[red]error[/red] --sample serves the bundled op-ed alone: drop --db and --watch")
        raise typer.Exit(2)
    if watch and db is None:
        err.print("[red]error[/red] --watch needs --db DB to store what it fetches")
        raise typer.Exit(2)
    try:
        source = _sample_store() if sample else _writable(db) if watch else db
        app = create_app(source, actors=actors or (), triggers=triggers or (), constructions=constructions or ())
    except FileNotFoundError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from exc
    except Exception as exc:  # e.g. the store is locked by a running ingest: say so, no traceback
        from geopol.cli.errors import describe

        err.print(f"[red]error[/red] cannot open {db}: {describe(exc)}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    if preload:
        try:
            app.state.geopol.pipeline()
        except Exception as exc:  # a user's data file with an error: say which and why
            err.print(f"[red]error[/red] {exc}")
            raise typer.Exit(2) from exc
    if watch:
        from geopol.watch import Watcher, parse_interval

        try:
            seconds = parse_interval(every)
        except ValueError as exc:
            err.print(f"[red]error[/red] --every: {exc}")
            raise typer.Exit(2) from exc
        state = app.state.geopol
        watcher = Watcher(watch, state.store, coder=_locked_coder(state), lock=state.store_lock)
        app.state.watcher = watcher
        watcher.start(seconds)
    where = "the bundled sample" if sample else f"store {db}" if db else "no store"
    err.print(f"geopol dashboard on http://{host}:{port}/ (API docs at /docs; {where})")
    uvicorn.run(app, host=host, port=port, log_level=log_level)


def _sample_store() -> object:
    """The bundled op-ed coded into a throwaway in-memory store."""
    from geopol.pipeline import default_coder, sample_document
    from geopol.store import open_store

    store = open_store(":memory:")
    err.print("coding the bundled sample ...")
    store.ingest([sample_document()], coder=default_coder())
    return store


def _writable(db: Path | None) -> object:
    from geopol.store import open_store

    return open_store(db or Path("corpus.duckdb"))


def _locked_coder(state: object) -> object:
    """The watcher codes with the server's pipeline (loaded once), under its lock."""

    def code(docs: object) -> list[object]:
        pipe = state.pipeline()  # type: ignore[attr-defined]
        with state._pipeline_lock:  # type: ignore[attr-defined]
            return list(pipe.code_many(docs))

    return code


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the main app."""
    app.command("serve")(serve)
