"""A dashboard on a real store: the bundled op-ed coded by the real pipeline, plus an undated
document, served by uvicorn on a free 127.0.0.1 port for the browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from geopol.schema import Document


@pytest.fixture(scope="session")
def sample_store() -> Iterator[object]:
    from geopol.pipeline import default_coder, sample_document
    from geopol.store import open_store

    store = open_store(":memory:")
    extra = Document(id="undated-note", text="Turkey recalled its ambassador from Austria after the vote.")
    store.ingest([sample_document(), extra], coder=default_coder())
    yield store
    store.close()


@pytest.fixture(scope="session")
def live_url(sample_store: object) -> Iterator[str]:
    import uvicorn

    from geopol.api import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(sample_store), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
