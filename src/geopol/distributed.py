"""Code documents in parallel on a Dask cluster; the store stays the single writer.

Coding (parsing) is the slow part of ingest; storing is not. So documents are spread over Dask
workers as a ``dask.bag`` whose partitions each code a slice with a Pipeline built once per worker
process, and the results stream back, in input order, to the process that owns the DuckDB file
(one writer). Dask is the optional extra ``dist``: it is imported only when used.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from geopol.config import CoderConfig
from geopol.schema import Document

# One coder per worker process and factory, built on first use (it loads the language model).
_WORKER_CODERS: dict[Any, Callable[[list[Any]], list[Any]]] = {}

CoderFactory = Callable[[], Callable[[list[Any]], list[Any]]]


@dataclass(frozen=True)
class PipelineFactory:
    """Builds a worker's coder from a coder configuration; equal configurations share one coder
    per worker process (the factory is the key), and it pickles to the workers."""

    config: CoderConfig | None = None

    def __call__(self) -> Callable[[list[Any]], list[Any]]:
        from geopol.pipeline import Pipeline

        pipe = Pipeline(config=self.config)
        return lambda docs: list(pipe.code_many(docs))


#: The default per-worker coder: the geopol Pipeline's batched ``code_many``.
pipeline_coder = PipelineFactory()


def _code_partition(docs: list[Any], factory: CoderFactory) -> list[Any]:
    coder = _WORKER_CODERS.get(factory)
    if coder is None:
        coder = _WORKER_CODERS[factory] = factory()
    return coder(list(docs))


def missing_dask() -> str | None:
    """The Dask module that is not installed (the optional ``dist`` extra), or None when both are."""
    import importlib

    for module in ("dask.bag", "distributed"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if (exc.name or "").split(".")[0] in ("dask", "distributed"):
                return exc.name or module
            raise
    return None


def connect(client_or_address: Any = None, n_workers: int | None = None) -> tuple[Any, bool]:
    """A dask ``Client``: the one given, one for an address, or a LocalCluster for None/"local".

    Returns ``(client, owned)``; an owned client (and its cluster) should be closed by the caller.
    """
    from distributed import Client, LocalCluster

    if client_or_address is not None and not isinstance(client_or_address, str):
        return client_or_address, False
    if client_or_address in (None, "", "local"):
        workers = n_workers or max(1, (os.cpu_count() or 2))
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster), True
    return Client(client_or_address), True


def _documents(items: Iterable[Any], date: str | None) -> Iterator[Any]:
    """Documents (and InputErrors) from paths, documents or a mix; paths are read here."""
    paths: list[str] = []
    for item in items:
        if isinstance(item, str | Path):
            paths.append(str(item))
            continue
        if paths:
            yield from _read(paths, date)
            paths = []
        yield item
    if paths:
        yield from _read(paths, date)


def _read(paths: list[str], date: str | None) -> Iterator[Any]:
    from geopol.ingest import read_documents

    yield from read_documents(paths, date=date)


def code_with_dask(
    items: Iterable[str | Path | Document | Any],
    client_or_address: Any = None,
    partitions: int | None = None,
    chunk: int = 4096,
    coder_factory: CoderFactory = pipeline_coder,
    date: str | None = None,
) -> Iterator[Any]:
    """Code ``items`` (paths, Documents or ``InputError``s) on Dask; yield results in input order.

    ``client_or_address``: a ``distributed.Client``, a scheduler address, or None/"local" for a
    LocalCluster on this machine. Input is cut into chunks of ``chunk`` documents, each spread over
    ``partitions`` partitions (default: 2 per worker), so results stream while later chunks run.
    Results have the pipeline's ``Result`` shape (doc, events, error), ready for ``Store.ingest``.
    """
    import dask.bag as db

    client, owned = connect(client_or_address)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        nparts = partitions or 2 * n_workers
        it = _documents(items, date)
        while block := list(islice(it, chunk)):
            bag = db.from_sequence(block, npartitions=min(nparts, len(block)))
            futures = client.compute(bag.map_partitions(_code_partition, coder_factory).to_delayed())
            for fut in futures:  # in order: clusters' "first seen" must not depend on worker timing
                yield from fut.result()
    finally:
        if owned:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()


def dask_coder(
    client_or_address: Any = None, partitions: int | None = None, config: CoderConfig | None = None
) -> Callable[[Iterable[Any]], Any]:
    """A coder for :meth:`geopol.store.Store.ingest` that runs on Dask with ``config``'s coder."""
    factory = PipelineFactory(config)

    def code(docs: Iterable[Any]) -> Iterator[Any]:
        return code_with_dask(docs, client_or_address, partitions=partitions, coder_factory=factory)

    code.provenance = (config or CoderConfig()).provenance()  # type: ignore[attr-defined]
    return code
