"""Option values checked before any work starts: a bad one is a usage error (exit 2) in one line
that says what was expected, never zero results or a dropped filter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

err = Console(stderr=True)
EXIT_USAGE = 2


def usage_error(message: str) -> typer.Exit:
    """Print ``message`` as the one line of a usage error; raise what this returns."""
    err.print(f"[red]error[/red] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(EXIT_USAGE)


def _option(ctx: typer.Context, param: typer.CallbackParam) -> str:
    return "--" + (param.name or "value").replace("_", "-")


def filter_date(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """``--since`` / ``--until``: a year, a month or a day that exists."""
    from geopol.store import parse_date

    if value is not None and parse_date(value) is None:
        raise usage_error(f"{_option(ctx, param)}: unreadable date {value!r} "
                          "(expected a year, month or day: 2014, 2014-03 or 2014-03-05)")
    return value


def publication_date(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """``--date``: the publication date given to documents that carry none."""
    from geopol.ingest import normalize_date

    if value is not None and normalize_date(value) is None:
        raise usage_error(f"{_option(ctx, param)}: unreadable date {value!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


def at_least(low: int) -> Callable[[typer.Context, typer.CallbackParam, int | None], int | None]:
    """A whole-number option that must be ``low`` or more (``--limit -1`` is a mistake, not "all")."""

    def check(ctx: typer.Context, param: typer.CallbackParam, value: int | None) -> int | None:
        if value is not None and value < low:
            raise usage_error(f"{_option(ctx, param)} must be {low} or more (got {value})")
        return value

    return check


def one_of(choices: Sequence[str]) -> Callable[[typer.Context, typer.CallbackParam, str | None], str | None]:
    """A string option with a fixed set of values."""

    def check(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
        if value is not None and value not in choices:
            raise usage_error(f"{_option(ctx, param)}: {value!r} is not one of {', '.join(choices)}")
        return value

    return check


def choice(choices: Sequence[str]) -> Callable[[typer.Context, typer.CallbackParam, str | None], str | None]:
    """Like :func:`one_of`, case-insensitive (``--plover sanction``), keeping the value's case."""

    def check(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
        if value is not None and value.casefold() not in {c.casefold() for c in choices}:
            raise usage_error(f"{_option(ctx, param)}: {value!r} is not one of {', '.join(choices)}")
        return value

    return check


def actor_code(value: str, option: str = "actor") -> str:
    """An actor as the user wrote it -> the CAMEO code the store matches: ``RUS``, ``rus`` and
    ``RUSGOV`` stay codes, ``Russia`` or ``the Kremlin`` resolve to theirs, anything else is a usage error."""
    from geopol.actors.names import query_code

    code = query_code(value)
    if code is None:
        raise usage_error(f"{option}: unknown actor {value!r} (give a CAMEO code such as RUS or RUSGOV, "
                          "or a name geopol knows, such as Russia)")
    if code != value.strip().upper():
        err.print(f"[dim]{option}: {value} = {code}[/dim]", highlight=False)
    return code


def actor(ctx: typer.Context, param: typer.CallbackParam, value: Any) -> Any:
    """``--source``, ``--target``, ``--between`` and A/B arguments: codes, or names resolved to codes."""
    if value is None:
        return None
    name = _option(ctx, param) if param.param_type_name == "option" else (param.name or "actor").upper()
    if isinstance(value, tuple | list):
        return tuple(actor_code(v, name) for v in value)
    return actor_code(value, name)
