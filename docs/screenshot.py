"""Regenerate docs/serve.png: the page on the bundled SCO chronicle, as of 2025-09-02 (the day after the Tianjin summit), a quote open.

A second record time follows the import (the events of a test communiqué that the chronicle lacks,
through ``igo extract --apply``), so the "as known at" control has two steps; the picture shows the
latest, with the history of belief of the entry opened.

    python docs/screenshot.py            # needs Debian's chromium (/usr/bin/chromium) and playwright

It loads the chronicle into a throwaway store, starts ``igo serve --port 0``,
drives the system Chromium headless with Playwright, and writes the PNG beside
this file.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("IGO_CHROMIUM", "/usr/bin/chromium")
IGO = [sys.executable, "-m", "igo_timeline"]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "IGO_STORE": str(Path(tmp) / "store.sqlite")}
        subprocess.run([*IGO, "import", "--bundled", "sco"], env=env, check=True)
        communique = HERE.parent / "tests" / "communiques" / "sco-2009-yekaterinburg.txt"
        subprocess.run([*IGO, "extract", str(communique), "--org", "sco", "--apply"], env=env, check=True)
        server = subprocess.Popen(
            [*IGO, "serve", "--port", "0"],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            url = re.search(r"http://\S+/", server.stdout.readline())
            assert url, "the server printed no address"
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(url.group(0) + "?org=sco&as_of=2025-09-02")
                # Afghanistan's entry, in whichever panel its status has on that day
                page.get_by_test_id("entry").filter(has_text="Afghanistan").first.click()
                # since the 2025 reform its entry rests on the reform (row 5.1 of the facts sheet)
                page.get_by_test_id("quote").get_by_text("merged into one status").first.wait_for()
                page.get_by_test_id("belief").wait_for()
                page.screenshot(path=str(HERE / "serve.png"), full_page=True)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(HERE / "serve.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
