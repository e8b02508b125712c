"""The pages in a real headless browser: Debian's chromium, driven by chromedriver over the
W3C WebDriver protocol (plain HTTP and JSON, no client library).

The browser must be installed (``apt-get install chromium chromium-driver``; .ci/run does
it): without it these tests fail, they are not skipped. Screenshots are kept in
``test-artifacts/`` (gitignored).
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import ROOT, SOURCE
from ldpub_server import ServerProcess
from oxigraph_server import free_port

ARTIFACTS = ROOT / "test-artifacts"
DOC = "/document/300025"
DOC_IRI = "https://w3id.org/ldpub/document/300025"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C WebDriver element key
CHROME_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
               "--window-size=1280,2000"]


def browser_binary() -> str:
    """The chromium executable (Debian's /usr/bin/chromium is a wrapper script around it)."""
    for candidate in ("/usr/lib/chromium/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or ""):
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.fail("chromium is not installed: run `apt-get install -y chromium chromium-driver` (as .ci/run does)")


def driver_binary() -> str:
    path = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").is_file() else None)
    if not path:
        pytest.fail("chromedriver is not installed: run `apt-get install -y chromium-driver` (as .ci/run does)")
    return path


class WebDriver:
    """The few WebDriver commands these tests need."""

    def __init__(self, url: str, session: str):
        self.url, self.session = url, session

    @classmethod
    def call(cls, url: str, method: str, path: str, body=None, timeout: float = 60):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json; charset=utf-8"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as response:
                return json.loads(response.read() or b"{}").get("value")
        except urllib.error.HTTPError as exc:
            value = json.loads(exc.read() or b"{}").get("value", {})
            raise WebDriverError(value.get("error", str(exc.code)), value.get("message", "")) from None

    def __call__(self, method: str, path: str, body=None):
        return self.call(self.url, method, f"/session/{self.session}{path}", body)

    def get(self, url: str) -> None:
        self("POST", "/url", {"url": url})

    def js(self, script: str, *args):
        return self("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css: str) -> str:
        return self("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def current_url(self) -> str:
        return self("GET", "/url")

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        path.write_bytes(base64.b64decode(self("GET", "/screenshot")))
        return path

    def alert(self) -> str | None:
        try:
            return self("GET", "/alert/text")
        except WebDriverError as exc:
            if exc.error == "no such alert":
                return None
            raise


class WebDriverError(Exception):
    def __init__(self, error: str, message: str):
        super().__init__(f"{error}: {message[:300]}")
        self.error = error


@pytest.fixture(scope="module")
def browser():
    """chromedriver on a free local port with one headless chromium session."""
    binary, driver = browser_binary(), driver_binary()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    profile = tempfile.mkdtemp(prefix="ldpub-chromium-")
    proc = subprocess.Popen([driver, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if WebDriver.call(url, "GET", "/status", timeout=5).get("ready"):
                    break
            except (urllib.error.URLError, ConnectionError, OSError, WebDriverError):
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail("chromedriver did not start")
            time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": binary, "args": CHROME_ARGS + [f"--user-data-dir={profile}"]}}}}
        session = WebDriver.call(url, "POST", "/session", caps, timeout=120)["sessionId"]
        wd = WebDriver(url, session)
        yield wd
        try:
            WebDriver.call(url, "DELETE", f"/session/{session}")
        except (WebDriverError, OSError):
            pass
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def server(built, tmp_path_factory):
    log = tmp_path_factory.mktemp("browser") / "server.log"
    with ServerProcess(built, source=SOURCE, log=log) as srv:
        yield srv


def speech_turns(dist: Path, document: str) -> int:
    store = ox.Store()
    store.load(path=str(dist / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    rows = store.query("SELECT (COUNT(?t) AS ?n) WHERE { ?t a <https://w3id.org/ldpub/ns#SpeechTurn> ; "
                       f"<http://schema.org/isPartOf> <{document}> }}", use_default_graph_as_union=True)
    return int(next(iter(rows))["n"].value)


def wait_for(predicate, timeout: float = 20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_document_page_in_a_browser(browser, server, built):
    browser.get(server.url + DOC)
    wait_for(lambda: browser.js("return document.readyState") == "complete")
    turns = browser.js("return document.querySelectorAll('article.turn').length")
    assert turns == speech_turns(built, DOC_IRI) > 0
    assert browser.js("return document.documentElement.lang") == "en"
    assert browser.js("return document.querySelectorAll('main h1').length") == 1
    assert browser.js("return document.querySelectorAll('main, nav, header, footer').length") >= 4
    graph = browser.js("return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]')"
                       ".textContent)['@graph'].length")
    assert graph > turns
    unnamed = browser.js("return [...document.querySelectorAll('a')].filter("
                         "a => !(a.textContent.trim() || a.getAttribute('aria-label'))).length")
    assert unnamed == 0, "every link has a text"
    assert browser.js("return document.querySelectorAll('script:not([type=\"application/ld+json\"])').length") == 0
    shot = browser.screenshot("document-300025.png")
    assert shot.stat().st_size > 10_000
    assert browser.alert() is None


def test_follow_a_mention_to_its_entity(browser, server):
    browser.get(server.url + DOC)
    wait_for(lambda: browser.js("return document.readyState") == "complete")
    mention = browser.js("const a = document.querySelector('article.turn a.mention');"
                         "return {href: a.href, entity: a.dataset.entity, text: a.textContent};")
    browser("POST", f"/element/{browser.find('article.turn a.mention')}/click", {})
    url = wait_for(lambda: (u := browser.current_url()) != server.url + DOC and u)
    wait_for(lambda: browser.js("return document.readyState") == "complete")
    slug = mention["entity"].rsplit("/", 1)[1]
    assert url.endswith(f"/{slug}.html"), "the 303 See Other led to the description page"
    assert browser.js("return document.querySelector('article.entity').dataset.iri") == mention["entity"]
    name = browser.js("return document.querySelector('h1').textContent")
    assert name
    assert browser.js("return document.querySelectorAll('#mentions ~ ol li, ol.quote li').length") >= 1
    browser.screenshot(f"entity-{slug}.png")


def test_readable_without_javascript(browser, server, built):
    """With script execution disabled in the browser, the whole transcript is still there."""
    def cdp(cmd, **params):
        return browser("POST", "/goog/cdp/execute", {"cmd": cmd, "params": params})

    cdp("Emulation.setScriptExecutionDisabled", value=True)
    try:
        browser.get(server.url + DOC)
        root = cdp("DOM.getDocument", depth=0)["root"]["nodeId"]
        turns = cdp("DOM.querySelectorAll", nodeId=root, selector="article.turn")["nodeIds"]
        assert len(turns) == speech_turns(built, DOC_IRI)
        assert cdp("DOM.querySelectorAll", nodeId=root, selector="main h1")["nodeIds"]
        browser.screenshot("document-300025-no-javascript.png")
    finally:
        cdp("Emulation.setScriptExecutionDisabled", value=False)


def test_injected_markup_stays_text(browser, tmp_path_factory):
    """A document whose text, labels and notes hold <script> runs nothing in a browser."""
    from test_serve import build_injected

    folder = tmp_path_factory.mktemp("browser-injection")
    build_injected(folder)
    with ServerProcess(folder / "dist", "--no-sparql", log=folder / "server.log") as srv:
        for path in ("/document/999001", "/person/999001-ivan-testov", "/dataset"):
            browser.get(srv.url + path)
            wait_for(lambda: browser.js("return document.readyState") == "complete")
            assert browser.alert() is None, f"an alert opened on {path}"
            assert browser.js("return document.querySelectorAll('script').length") == 1
            assert browser.js("return document.querySelectorAll('main img, main iframe').length") == 0
        browser.get(srv.url + "/document/999001")
        wait_for(lambda: browser.js("return document.readyState") == "complete")
        text = browser.js("return document.querySelector('main').innerText")
        assert "<script>alert(1)</script>" in text
        browser.screenshot("document-injection.png")
