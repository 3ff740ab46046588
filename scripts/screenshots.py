"""Screenshots of every page into docs/screenshots/, at 1280 px and at phone width.

    .venv/bin/python scripts/screenshots.py [--db demo.duckdb]

Starts `entente serve` on a free loopback port over the store (run `make demo` first), drives
Debian's chromium with Playwright, and stops the server.
"""
from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
WIDTHS = {"1280": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(ROOT / "demo.duckdb"))
    args = ap.parse_args()
    if not Path(args.db).is_file():
        sys.exit(f"{args.db}: no such store; run `make demo` first")
    exe = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
    if exe is None:
        sys.exit("no chromium found; install it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "entente", "serve", "--db", args.db,
                               "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/stats", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        doc = _json(base + "/api/events?dyad=ITA-JPN&limit=1")[0]["sources"][0]["document"]
        pages = {"overview": "/", "overview-filtered": "/?region=Europe&type=COOPERATE",
                 "state": "/state/JPN", "dyad": "/dyad/ITA/JPN", "network": "/network",
                 "article": f"/article/{doc}"}
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
            for label, viewport in WIDTHS.items():
                page = browser.new_page(viewport=viewport)
                for name, url in pages.items():
                    page.goto(base + url)
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(400)
                    _shot(page, f"{name}-{label}")
                page.goto(base + "/state/JPN")
                page.wait_for_selector("#map[data-ready='1']")
                page.locator("#map").scroll_into_view_if_needed()
                page.wait_for_timeout(300)
                _shot(page, f"state-map-{label}")
                page.goto(base + "/network")
                page.wait_for_selector("#graph[data-ready='1']")
                box = page.locator("#graph").bounding_box()
                mid = page.evaluate("(() => { const e = cy.$id('ITA-JPN'); "
                                    "return e.renderedMidpoint(); })()")
                page.mouse.click(box["x"] + mid["x"], box["y"] + mid["y"])
                page.wait_for_selector("#panel li.event")
                _shot(page, f"network-edge-{label}")
                page.goto(base + "/extract")
                page.fill("textarea[name=text]",
                          (ROOT / "examples/corpus/036_g7_apulia_japan_italy.txt").read_text())
                page.click("form.extract button[type=submit]")
                page.wait_for_selector("article.text")
                _shot(page, f"extract-{label}")
                page.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


def _json(url: str):
    import json
    with urllib.request.urlopen(url) as r:
        return json.load(r)


def _shot(page, name: str) -> None:
    path = OUT / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
