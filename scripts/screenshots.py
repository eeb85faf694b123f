"""Screenshots of the dashboard's main pages for the README (docs/screens/*.png).

Codes the bundled op-ed into an in-memory store, serves it on a free 127.0.0.1 port and drives
Debian's headless ``chromium`` with Playwright: ``python scripts/screenshots.py``.
"""

from __future__ import annotations

import shutil
import socket
import sys
import threading
import time
from pathlib import Path

PAGES = {
    "overview": "/",
    "dyad": "/view/dyad?a=RUS&b=CHN&freq=quarter",
    "explain": "/view/explain?a=RUS&b=CHN",
    "events": "/view/events?plover=ACCUSE",
    "document": "/view/document?id=sample#e-",
    "network": "/view/network",
}


def main(out: Path = Path("docs/screens")) -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from geopol.api import create_app
    from geopol.pipeline import default_coder, sample_document
    from geopol.store import open_store

    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("needs Debian's chromium (apt-get install chromium)")
    store = open_store(":memory:")
    store.ingest([sample_document()], coder=default_coder())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1100, "height": 760})
        for name, path in PAGES.items():
            page.goto(f"http://127.0.0.1:{port}{path.split('#')[0]}")
            if name == "document":
                page.locator("mark.trigger").nth(3).scroll_into_view_if_needed()
            page.screenshot(path=str(out / f"{name}.png"))
            print(out / f"{name}.png")
        browser.close()
    server.should_exit = True


if __name__ == "__main__":
    main()
