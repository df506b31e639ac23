"""Browser tests: the real server (uvicorn on a loopback port) driven by Playwright through Debian's
Chromium, headless. Skipped when /usr/bin/chromium or playwright is absent. Screenshots of every
page at 1366x768 and at a 390px phone width go to test-artifacts/ at the repo root."""
import re
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import REPO, SHARED
from test_api import HOSTILE_ID, api_db  # noqa: F401  (the session fixture building the database)

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
VIEWPORTS = {"laptop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(api_db):  # noqa: F811
    import uvicorn

    from newsgraph.api import create_app

    port = free_port()
    config = uvicorn.Config(create_app(api_db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            viewport=VIEWPORTS["laptop"])
        yield context
        context.close()


@pytest.fixture
def page(browser):
    p = browser.new_page()
    errors = []
    p.on("pageerror", lambda err: errors.append(str(err)))
    p.errors = errors
    yield p
    p.close()


def seeds():
    if not (SHARED / "seeds").exists():
        pytest.skip("../shared/seeds not available")


def open_page(page, url, name=None):
    page.goto(url)
    page.wait_for_selector("#app[data-ready]", timeout=15000)
    assert page.get_attribute("#app", "data-ready") != "error", page.inner_text("#app")
    if name:
        shoot(page, name)


def shoot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-laptop.png"), full_page=False)
    page.set_viewport_size(VIEWPORTS["phone"])
    page.screenshot(path=str(ARTIFACTS / f"{name}-phone.png"), full_page=False)
    width = page.evaluate("document.documentElement.scrollWidth")
    page.set_viewport_size(VIEWPORTS["laptop"])
    assert width <= VIEWPORTS["phone"]["width"] + 2, f"{name} scrolls sideways on a phone ({width}px)"


def test_timeline_shows_events_and_opens_evidence(server, page):
    seeds()
    open_page(page, server + "/timeline", "timeline")
    assert page.locator("li.event").count() >= 10
    assert page.locator("svg.axis circle.dot").count() >= 1
    assert "Putin" in page.inner_text("#app")
    first = page.locator("li.event").first
    evidence = first.locator(".event-evidence").inner_text().strip("“”")
    first.click()
    panel = page.locator("#evidence-panel.open")
    panel.wait_for()
    page.wait_for_selector("#evidence-panel .sources li")
    assert evidence[:40] in panel.locator(".evidence-sentence").inner_text()
    shoot(page, "timeline-evidence")
    # the source link opens the article with the sentence in focus
    panel.locator(".sources li a").first.click()
    page.wait_for_url(re.compile(r"/article/.+\?hl=\d+-\d+"))
    page.wait_for_selector("#app[data-ready=article]")
    focused = " ".join(page.locator(".hl-focus").all_text_contents())
    assert " ".join(evidence.split())[:30] in " ".join(focused.split())
    assert not page.errors


def test_timeline_filters(server, page):
    seeds()
    open_page(page, server + "/timeline")
    total = page.locator("li.event").count()
    page.fill("input[name=actor]", "Lukashenko")
    page.select_option("select[name=type]", "CONSULT")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"actor=Lukashenko"))
    page.wait_for_selector("#app[data-ready=timeline]")
    assert page.locator("li.event").count() < total
    types = page.locator("li.event .type").all_inner_texts()
    assert types and set(types) == {"CONSULT"}


def test_dot_on_axis_opens_evidence(server, page):
    seeds()
    open_page(page, server + "/timeline")
    page.locator("svg.axis circle.dot").first.dispatch_event("click")
    page.wait_for_selector("#evidence-panel.open .evidence-sentence")
    assert page.locator("#evidence-panel h2").inner_text()


def test_relationship_view(server, page):
    seeds()
    open_page(page, server + "/relationship?a=Russia&b=Belarus", "relationship")
    assert page.locator("svg.chart rect.bar").count() >= 1
    assert page.locator("li.event").count() >= 1
    assert "Russia ↔ Belarus" in page.inner_text("h2")


def test_quotes_page(server, page):
    seeds()
    open_page(page, server + "/quotes", "quotes")
    assert page.locator("li.quote").count() >= 5
    page.fill("input[name=speaker]", "Lukashenko")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"speaker=Lukashenko"))
    page.wait_for_selector("#app[data-ready=quotes] li.quote")
    speakers = set(page.locator(".quote-meta a").first.all_inner_texts())
    assert speakers == {"Alexander Lukashenko"}
    page.locator(".quote-meta a[href^='/article/']").first.click()
    page.wait_for_selector("#app[data-ready=article] .hl-quote")


def test_actor_page(server, page):
    seeds()
    open_page(page, server + "/actors", "actors")
    page.click("text=Vladimir Putin")
    page.wait_for_selector("#app[data-ready=actor] svg.network")
    shoot(page, "actor")
    text = page.inner_text("#app")
    assert "Named as" in text and "Putin" in text
    assert page.locator("svg.network a").count() >= 1
    assert page.locator("li.event").count() >= 1


def test_article_highlights_every_kind_of_fact(server, page):
    seeds()
    open_page(page, server + "/timeline")
    aid = page.evaluate("fetch('/api/articles').then(r => r.json()).then(d => d.items.find(a => a.quotes > 0).id)")
    open_page(page, server + "/article/" + quote(aid), "article")
    for cls in ("hl-actor", "hl-quote", "hl-date", "hl-event"):
        assert page.locator("." + cls).count() >= 1, cls
    art = page.evaluate(f"fetch('/api/articles/{aid}').then(r => r.json())")
    assert page.locator(".article-text").inner_text().replace("\n", "") == art["text"].replace("\n", "")


def test_search_box(server, page):
    seeds()
    open_page(page, server + "/timeline")
    page.fill(".searchbox input", "Belarus")
    page.press(".searchbox input", "Enter")
    page.wait_for_selector("#app[data-ready=search]")
    shoot(page, "search")
    assert page.locator("ul.results li").count() >= 3
    assert page.locator("mark").count() >= 1


def test_stories_page(server, page):
    open_page(page, server + "/stories", "stories")
    assert "stories" in page.inner_text("#app")
    if page.locator("details.story").count():
        page.locator("details.story summary").first.click()
        page.wait_for_selector("details.story[open] li.event")
        page.locator("details.story[open] li.event").first.click()
        page.wait_for_selector("#evidence-panel.open .evidence-sentence")


def test_article_with_script_payloads_renders_as_text(server, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_page(page, server + "/article/" + HOSTILE_ID, "hostile-article")
    text = page.inner_text(".article-text")
    assert "<script>window.__xss=1</script>" in text
    assert 'onerror="window.__xss=2"' in text
    assert "onerror" in page.inner_text("h1")
    assert page.evaluate("window.__xss === undefined")
    assert page.locator(".article-text script, .article-text img, h1 img").count() == 0
    # the same text through the timeline, quotes, search and event panel
    for url in ("/timeline?text=bridge", "/quotes?text=script", "/search?q=Exampletown", "/actors?q=Holt"):
        open_page(page, server + url)
        assert page.evaluate("window.__xss === undefined")
        assert page.locator("#app script, #app img").count() == 0
    if page.locator("li.event").count():
        page.locator("li.event").first.click()
        page.wait_for_selector("#evidence-panel.open .evidence-sentence")
        assert page.evaluate("window.__xss === undefined")
    assert not dialogs and not page.errors
