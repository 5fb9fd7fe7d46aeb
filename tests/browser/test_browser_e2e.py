"""Neo4j Browser end to end in headless Chromium: log in, style and guide applied, a guide query rendered.

Starts its own throwaway Neo4j (its post-connect commands point at this test's API), serves the real
API with uvicorn in a thread, loads the corpus, and saves screenshots under docs/screenshots/.
"""

from __future__ import annotations

import re
import secrets
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import neo4j
import pytest
from playwright.sync_api import Locator, Page, expect, sync_playwright

from api.services import neo4j_server as server
from api.settings import Settings
from tests.browser.corpus import load_corpus
from tests.browser.grass import guide_queries, parse_grass, shipped
from tests.conftest import Neo4jInstance, make_server, wait_ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "docs" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WAIT_MS = 30_000
GUIDE_TITLE = "Đồ thị tri thức chỉ đạo và dự án"
BRIDGE_SLIDE = "Ai chịu trách nhiệm cầu Trà Khúc 3?"


@dataclass
class Stack:
    """The throwaway Neo4j, the API serving the style and guide, and the loaded graph."""

    neo4j: Neo4jInstance
    api_url: str
    driver: neo4j.Driver

    @property
    def browser_url(self) -> str:
        return f"{self.neo4j.cfg.http_url}/browser/"


def _serve_api(settings: Settings, driver: neo4j.Driver) -> Iterator[str]:
    import uvicorn

    from api.app import create_app

    app = create_app(settings=settings, driver=driver)
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=settings.api_port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the API did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{settings.api_port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (make system-deps)")
    api_port = server.free_port()
    api = f"http://127.0.0.1:{api_port}"
    instance = make_server(
        tmp_path_factory.mktemp("neo4j-browser"),
        # A leading "-" would read as an option to neo4j-admin set-initial-password.
        password="kg-" + secrets.token_urlsafe(12),
        browser_commands=[f"style {api}/browser/style.grass", f"play {api}/browser/guide.html"],
        browser_hosts=["localhost", "127.0.0.1"],
    )
    instance.start()
    try:
        http = instance.cfg.http_port
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            neo4j_uri=instance.uri,
            neo4j_password=instance.password,
            api_port=api_port,
            api_cors_origins=[f"http://127.0.0.1:{http}", f"http://localhost:{http}"],
        )
        with instance.driver() as driver:
            wait_ready(driver)
            load_corpus(driver)
            served = _serve_api(settings, driver)
            api_url = next(served)
            try:
                yield Stack(instance, api_url, driver)
            finally:
                served.close()
    finally:
        server.stop(instance.cfg)


@pytest.fixture(scope="module")
def page(stack: Stack) -> Iterator[Page]:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="vi-VN")
            context.set_default_timeout(WAIT_MS)
            yield context.new_page()
        finally:
            browser.close()


def _login(page: Page, stack: Stack) -> None:
    page.goto(stack.browser_url)
    page.get_by_test_id("username").wait_for()
    page.get_by_test_id("boltaddress").fill(f"127.0.0.1:{stack.neo4j.cfg.bolt_port}")
    page.get_by_test_id("username").fill(stack.neo4j.user)
    page.get_by_test_id("password").fill(stack.neo4j.password)
    page.get_by_test_id("connect").click()
    page.get_by_text("You are connected as user").wait_for()


def _rendered_nodes(frame: Locator) -> list[tuple[str, str]]:
    """(caption, fill colour) of every node drawn in a graph frame."""
    return frame.locator("svg g.node").evaluate_all(
        """nodes => nodes.map(n => [
            Array.from(n.querySelectorAll('text.caption')).map(t => t.textContent.trim()).join(' '),
            n.querySelector('circle.b-outline').getAttribute('fill')])"""
    )


def _rgb(hex_colour: str) -> str:
    """#RRGGBB as the CSS computed form rgb(r, g, b)."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _caption_of(drawn: str, full: str) -> bool:
    """True when a drawn caption is `full` or its start (the Browser drops what does not fit the circle)."""
    shown = _squash(drawn).removesuffix("…").rstrip()
    return bool(shown) and full.startswith(shown)


def _expected(driver: neo4j.Driver) -> tuple[int, set[str], list[str]]:
    """From the database: the bridge query's node count, its project names, its bodies' captions."""
    query = next(q for q in guide_queries() if "RETURN path" in q and "cau-tra-khuc-3" in q)
    records, _, _ = driver.execute_query(
        query.replace(
            "RETURN path",
            "UNWIND nodes(path) AS n RETURN DISTINCT elementId(n) AS id, labels(n) AS labels, "
            "n.name AS name, n.short_name AS short_name",
        )
    )
    projects = {r["name"] for r in records if "Project" in r["labels"]}
    # The Body caption is "{short_name} {name}": many collective bodies have no short name.
    bodies = [_squash(f"{r['short_name'] or ''} {r['name']}") for r in records if "Body" in r["labels"]]
    return len(records), projects, bodies


def test_login_applies_style_and_guide_then_renders_who_is_responsible(page: Page, stack: Stack) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    style = parse_grass(shipped("style.grass"))
    count, projects, bodies = _expected(stack.driver)
    assert count >= 4 and any("Trà Khúc 3" in p for p in projects), projects
    assert bodies, "no body is responsible for the bridge"
    _login(page, stack)

    # The post-connect commands ran: the guide is open on its first slide and the style is loaded.
    page.get_by_text(GUIDE_TITLE).wait_for()
    frames = page.locator("article[data-testid=frame]")
    style_frame = frames.filter(has_text=f":style {stack.api_url}/browser/style.grass")
    style_frame.get_by_text("node.Body").wait_for()
    assert "{short_name} {name}" in style_frame.inner_text()
    # The Database Information drawer lists the labels in the style's colours once the counts arrive.
    page.get_by_test_id("navigationDBMS").click()
    # Exactly "Project": the read model's derived label ProjectTaskRow is listed beside it.
    chip = page.get_by_test_id("sidebarMetaItem").filter(has_text=re.compile(r"^Project$"))
    chip.wait_for()
    assert chip.evaluate("e => getComputedStyle(e).backgroundColor") == _rgb(style["node.Project"]["color"])
    frames.filter(has_text="Connected to Neo4j").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "browser-login.png"))
    page.get_by_test_id("navigationDBMS").click()

    guide = frames.filter(has_text=f":play {stack.api_url}/browser/guide.html")
    guide.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "browser-guide.png"))

    # Slide 2 of the guide: click its graph query into the editor and run it.
    guide.get_by_test_id("nextSlide").click()
    guide.get_by_text(BRIDGE_SLIDE).wait_for()
    guide.locator("pre.runnable", has_text="RETURN path").first.click()
    expect(page.get_by_test_id("activeEditor")).to_contain_text("cau-tra-khuc-3")
    page.get_by_test_id("editor-Run").click()
    result = frames.first
    result.locator("svg g.node").nth(count - 1).wait_for()

    drawn = [(caption, fill.lower()) for caption, fill in _rendered_nodes(result)]
    project_colour, body_colour = (style[f"node.{label}"]["color"].lower() for label in ("Project", "Body"))
    assert any("Trà Khúc 3" in caption and fill == project_colour for caption, fill in drawn), drawn
    # Every body is drawn in the Body colour, captioned with its short name then its name.
    drawn_bodies = [caption for caption, fill in drawn if fill == body_colour]
    assert len(drawn_bodies) == len(bodies), (drawn, bodies)
    for full in bodies:
        assert any(_caption_of(caption, full) for caption in drawn_bodies), (full, drawn_bodies)
    roles = set(result.locator("svg g.relationship text").all_text_contents())
    assert {"lead", "coordinate", "monitor", "report", "approve", "implement"} & roles, roles
    page.screenshot(path=str(SHOTS / "browser-query.png"))
