"""The pages in a real headless browser: Debian's chromium driven by Playwright, against
`entente serve` started by the test on 127.0.0.1 over the corpus store.

`make test` installs chromium where it is missing (root with apt-get); these tests skip, saying
why, only when no chromium can be found.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from .conftest import CORPUS

pytestmark = pytest.mark.model
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PHONE = {"width": 390, "height": 844}


def find_chromium() -> str | None:
    env = os.environ.get("ENTENTE_CHROMIUM")
    if env:
        return env if os.path.exists(env) else None
    return next((p for p in map(shutil.which, CANDIDATES) if p), None)


@pytest.fixture(scope="module")
def browser():
    exe = find_chromium()
    if exe is None:
        tried = (f"$ENTENTE_CHROMIUM={os.environ['ENTENTE_CHROMIUM']}, which does not exist"
                 if os.environ.get("ENTENTE_CHROMIUM") else ", ".join(CANDIDATES) + " on PATH")
        pytest.skip(f"no chromium found (tried {tried}); `make test` installs Debian's chromium "
                    f"when run as root with apt-get")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="playwright is not installed: pip install -e '.[test]'")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(corpus_store):
    """`python -m entente serve` on a free loopback port; its base URL."""
    db, _ = corpus_store
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "entente", "serve", "--db", db, "--port",
                             str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=2)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("entente serve did not start: " + proc.stdout.read().decode())
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    yield pg
    ctx.close()


def test_the_server_listens_on_loopback_only(server):
    """Started without --host, it is not reachable on this machine's other addresses."""
    port = int(server.rsplit(":", 1)[1])
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("10.255.255.255", 1))          # UDP: picks the outward address, sends nothing
        outward = s.getsockname()[0]
    if outward.startswith("127."):
        pytest.skip("this machine has no address but loopback to try")
    with socket.socket() as s:
        s.settimeout(2)
        assert s.connect_ex((outward, port)) != 0, f"reachable on {outward}:{port}"
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, PHONE],
                         ids=["1280px", "phone"])
def test_every_page_renders_without_errors(browser, server, viewport):
    ctx = browser.new_context(viewport=viewport)
    pg = ctx.new_page()
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    for url in ("/", "/state/JPN", "/dyad/ITA/JPN", "/network", "/extract", "/docs"):
        pg.goto(server + url)
        pg.wait_for_load_state("networkidle")
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"] + 1, f"{url} overflows: {width}px"
    assert not errors
    assert pg.locator(".swagger-ui .opblock").count() >= 10     # the API docs drew, offline
    ctx.close()


def test_state_page_draws_the_map_and_the_network(page, server):
    page.goto(server + "/state/JPN")
    page.wait_for_selector("#map[data-ready='1']")
    shapes = page.locator("#map path.leaflet-interactive")
    assert shapes.count() > 150                       # the world's countries, bundled
    fills = set(page.eval_on_selector_all("#map path.leaflet-interactive",
                                          "ps => ps.map(p => p.getAttribute('fill'))"))
    assert "#1d2330" in fills and len(fills) > 3     # Japan, partners by intensity, the rest
    assert page.evaluate("cy.nodes().length") == 1 + page.evaluate(
        "JSON.parse(document.getElementById('data').textContent).ties.length")
    page.locator(".ties a", has_text="Italy").first.click()
    page.wait_for_url("**/dyad/JPN/ITA")
    assert not page.errors


def test_overview_filters_the_events(page, server):
    page.goto(server + "/")
    page.fill("input[name=state]", "ITA")
    page.fill("input[name=text]", "carrier")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/?*text=carrier*")
    sentences = page.locator("li.event blockquote").all_inner_texts()
    assert sentences and all("carrier" in s.lower() for s in sentences)
    page.select_option("select[name=type]", "COOPERATE")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**type=COOPERATE*")
    badges = page.locator("li.event .badge.type").all_inner_texts()
    assert badges and set(badges) == {"COOPERATE"}


def test_network_edge_to_dyad_to_article_with_the_evidence_highlighted(page, server):
    page.goto(server + "/network")
    page.wait_for_selector("#graph[data-ready='1']")
    # a point on the edge that a click reaches (the layout may set a node or its label on
    # the midpoint): asked of cytoscape's own hit test, which a click uses; the other elements
    # are made deaf to clicks first (a crossing edge took the click on some layouts), and the next
    # such point is tried (the graph's box is read again: the panel a click opens can move it)
    for attempt in range(6):
        box = page.locator("#graph").bounding_box()
        mid = page.evaluate("""(skip) => { const e = cy.$id('ITA-JPN'); cy.fit(e, 80);
            // edges that cross this one, and nodes or labels the layout sets on it, take no
            // click (a node's label took every click on one machine under load)
            cy.elements().difference(e).style('events', 'no');
            const s = e.source().renderedPosition(), t = e.target().renderedPosition();
            const pan = cy.pan(), z = cy.zoom();
            for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85]) {
                const x = s.x + f * (t.x - s.x), y = s.y + f * (t.y - s.y);
                const hit = cy.renderer().findNearestElement((x - pan.x) / z, (y - pan.y) / z,
                                                             true, false);
                if (hit && hit.id() === 'ITA-JPN' && skip-- <= 0) return {x: x, y: y};
            }
            return e.renderedMidpoint(); }""", attempt)
        page.mouse.click(box["x"] + mid["x"], box["y"] + mid["y"])
        page.wait_for_selector("#panel li.event")
        if "ITA – JPN" in page.inner_text("#panel h3"):
            break
    assert "ITA – JPN" in page.inner_text("#panel h3")
    page.click("#panel a.to-dyad")
    page.wait_for_url("**/dyad/ITA/JPN")
    page.wait_for_function("window.chart && chart.getDatasetMeta(0).data.length > 0")
    # click the first non-empty bar: the events list shows what lies behind it
    bar = page.evaluate("""(() => { for (let d = 0; d < chart.data.datasets.length; d++) {
        const meta = chart.getDatasetMeta(d);
        for (let i = 0; i < meta.data.length; i++) if (chart.data.datasets[d].data[i])
            return {...meta.data[i].getCenterPoint(), n: Math.abs(chart.data.datasets[d].data[i]),
                    month: chart.data.labels[i], type: chart.data.datasets[d].ptype}; } })()""")
    canvas = page.locator("#timeline").bounding_box()
    page.mouse.click(canvas["x"] + bar["x"], canvas["y"] + bar["y"])
    page.wait_for_selector("#selection:not([hidden])")
    shown = page.locator("#dyad-events li.event:visible")
    assert shown.count() == bar["n"]
    assert all(m == bar["month"] for m in shown.evaluate_all("ls => ls.map(l => l.dataset.month)"))
    sentence = shown.first.locator("blockquote").inner_text()
    shown.first.locator("ul.sources a").first.click()
    page.wait_for_url("**/article/**#c-*")
    active = page.locator("a.mark.event.active")
    assert active.count() >= 1
    assert "".join(active.all_inner_texts()).strip() in sentence.strip()
    assert page.locator("li.record.active").count() == 1
    assert not page.errors


def test_extract_shows_the_events_at_once(page, server):
    page.goto(server + "/extract")
    page.fill("textarea[name=text]", (CORPUS / "035_meloni_tokyo_visit.txt").read_text())
    page.click("form.extract button[type=submit]")
    page.wait_for_selector("article.text")
    assert page.locator("a.mark.event").count() >= 1
    assert "not stored" in page.inner_text("p.lead")
    page.locator("a.mark.event").first.hover()
    assert page.locator("li.record.active").count() >= 1
