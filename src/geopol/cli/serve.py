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
PreloadOpt = Annotated[
    bool, typer.Option("--preload", help="Load the model before serving: the first /code is then quick.")
]
LogLevelOpt = Annotated[str, typer.Option(help="uvicorn log level (debug, info, warning, error).")]


def serve(
    db: DbOpt = None,
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
    actors: ActorsOpt = None,
    triggers: TriggersOpt = None,
    preload: PreloadOpt = False,
    log_level: LogLevelOpt = "info",
) -> None:
    """Serve the HTTP API: POST /code, GET /events, /dyad/A/B, /explain/A/B, /health; docs at /docs."""
    import uvicorn

    from geopol.api import create_app

    try:
        app = create_app(db, actors=actors or (), triggers=triggers or ())
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
    err.print(f"geopol API on http://{host}:{port} (docs at /docs)" + (f", store {db}" if db else ""))
    uvicorn.run(app, host=host, port=port, log_level=log_level)


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the main app."""
    app.command("serve")(serve)
