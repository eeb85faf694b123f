"""`geopol watch`: follow RSS/Atom feeds into a corpus store (:mod:`geopol.watch`)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True)

EveryOpt = Annotated[str, typer.Option("--every", help="Poll interval: 30s, 15m, 2h.")]
TimeoutOpt = Annotated[float, typer.Option(help="Seconds before a feed or page request gives up.")]
DelayOpt = Annotated[float, typer.Option(help="Seconds between two requests to the same host.")]


def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS/Atom feed URLs.")],
    db: Annotated[Path, typer.Option("--db", help="The corpus store (a DuckDB file).")] = Path("corpus.duckdb"),
    every: EveryOpt = "15m",
    rounds: Annotated[int | None, typer.Option(help="Stop after this many rounds (default: run on).")] = None,
    timeout: TimeoutOpt = 10.0,
    host_delay: DelayOpt = 1.0,
) -> None:
    """Poll feeds, fetch each new article page (robots.txt, rate limit, ETag), code and store it."""
    from geopol.store import open_store
    from geopol.watch import Fetcher, Watcher, parse_interval

    try:
        seconds = parse_interval(every)
    except ValueError as exc:
        err.print(f"[red]error[/red] --every: {exc}")
        raise typer.Exit(2) from exc
    bad = [f for f in feeds if not f.startswith(("http://", "https://"))]
    if bad:
        err.print(f"[red]error[/red] not a feed URL (http:// or https://): {bad[0]}")
        raise typer.Exit(2)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    store = open_store(db)
    watcher = Watcher(feeds, store, fetcher=Fetcher(timeout=timeout, host_delay=host_delay))
    err.print(f"watching {len(feeds)} feed{'' if len(feeds) == 1 else 's'} every {every} into {db} (Ctrl-C stops)")
    try:
        watcher.run(seconds, rounds=rounds)
    except KeyboardInterrupt:
        err.print(f"stopped after {watcher.rounds} round{'' if watcher.rounds == 1 else 's'}")
    finally:
        watcher.fetcher.close()
        store.close()


def register(app: typer.Typer) -> None:
    """Add the ``watch`` command to the main app."""
    app.command("watch")(watch)
