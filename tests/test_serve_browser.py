"""``rasd serve`` in a real browser: headless Chromium (Debian's chromium + chromium-driver) via Selenium.

The app runs in a uvicorn thread on a free loopback port over the small test
corpus (:mod:`serve_corpus`). Each test opens a page as a person would and
checks what they see: right-to-left layout, highlighted entities, a filter
that narrows the results, links that lead to the entity, story and article
pages, and the English interface. Every page is saved as a PNG screenshot: in a
temporary folder by default (a test run leaves the tree clean), or in
``docs/screenshots/`` (the folder the README shows) when ``RASD_SCREENSHOTS=1``.

Skips (with the reason) only when chromium or chromedriver is not installed
locally; ``.ci/run`` installs both, and under CI (``CI=true``) a missing
browser fails instead of skipping.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402

from serve_corpus import ROOT, build_db  # noqa: E402

SHOTS = (ROOT / "docs" / "screenshots" if os.environ.get("RASD_SCREENSHOTS") == "1"
         else Path(tempfile.mkdtemp(prefix="rasd-shots-")))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DRIVER = shutil.which("chromedriver") or (
    "/usr/lib/chromium/chromedriver" if Path("/usr/lib/chromium/chromedriver").exists() else None)

if (not CHROMIUM or not DRIVER) and os.environ.get("CI") == "true":
    pytest.fail("CI must run the browser tests: chromium/chromedriver missing (.ci/run installs them)",
                pytrace=False)
if not CHROMIUM or not DRIVER:
    pytest.skip("headless browser tests need Debian's chromium and chromium-driver "
                "(apt-get install chromium chromium-driver; .ci/run installs them)", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    import uvicorn

    from rasd.serve import create_app

    db = build_db(tmp_path_factory.mktemp("serve_browser"))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # TCP_NODELAY on accept
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    th = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    th.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(5)


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=ar", "--force-device-scale-factor=1"):
        opts.add_argument(arg)
    try:
        drv = webdriver.Chrome(service=Service(DRIVER), options=opts)
    except Exception as exc:  # a broken local install: say so rather than fail every test
        pytest.skip(f"chromium could not start: {str(exc).splitlines()[0]}")
    drv.set_page_load_timeout(20)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield drv
    drv.quit()


def shot(drv, name: str) -> None:
    """Save the whole page (height fitted to the content, capped) as SHOTS/NAME.png."""
    h = drv.execute_script("return Math.min(document.documentElement.scrollHeight, 2400)")
    drv.set_window_size(1280, max(700, int(h)))
    drv.save_screenshot(str(SHOTS / f"{name}.png"))
    drv.set_window_size(1280, 1000)


def test_search_page_rtl_highlights_and_filter(server, browser):
    browser.get(f"{server}/search?q={quote('الجبير')}")
    html = browser.find_element(By.TAG_NAME, "html")
    assert html.get_attribute("dir") == "rtl" and html.get_attribute("lang") == "ar"
    assert browser.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    hits = browser.find_elements(By.CSS_SELECTOR, ".hit")
    assert len(hits) == 2
    marks = browser.find_elements(By.CSS_SELECTOR, ".snippet mark")
    assert marks and all("الجبير" in m.text for m in marks)
    # The search box sits right of its button in RTL (the form flows from the right).
    box = browser.find_element(By.CSS_SELECTOR, "input[type=search]").rect
    btn = browser.find_element(By.CSS_SELECTOR, ".qrow button").rect
    assert box["x"] > btn["x"]
    shot(browser, "search")
    # Filter by outlet through the form: only that outlet's hit is left.
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element(By.NAME, "outlet")).select_by_value("annahar")
    browser.find_element(By.CSS_SELECTOR, ".qrow button").click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda b: "outlet=annahar" in b.current_url
                                     and b.execute_script("return document.readyState") == "complete")
    hits = browser.find_elements(By.CSS_SELECTOR, ".hit")
    assert len(hits) == 1 and "annahar" in hits[0].find_element(By.CSS_SELECTOR, ".outlet").text
    assert browser.find_element(By.ID, "total").text == "1"


def test_article_page_entities_quotes_and_entity_link(server, browser):
    browser.get(f"{server}/search?q={quote('بوتين السيسي')}")
    browser.find_element(By.CSS_SELECTOR, ".hit-title").click()
    assert "/article/" in browser.current_url
    ents = browser.find_elements(By.CSS_SELECTOR, ".article .text a.ent")
    names = {e.get_attribute("data-entity") for e in ents}
    assert "فلاديمير بوتين" in names
    # The highlight is visible: a coloured background, not the page's.
    bg = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", ents[0])
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    assert browser.find_elements(By.CSS_SELECTOR, ".article .text .date")
    assert browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
    removed = browser.find_element(By.CSS_SELECTOR, "details.original")
    assert removed.get_attribute("open") is None  # collapsed until asked
    shot(browser, "article")
    putin = next(e for e in ents if e.get_attribute("data-entity") == "فلاديمير بوتين")
    putin.click()
    assert "/entity/" in browser.current_url
    assert "فلاديمير بوتين" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    assert len(browser.find_elements(By.CSS_SELECTOR, "ul.arts li")) == 3  # two synthetic articles and the seed
    shot(browser, "entity")


def test_seed_article_collapsible_removed_lines(server, browser):
    browser.get(f"{server}/search?q={quote('أوشاكوف')}")
    browser.find_element(By.CSS_SELECTOR, ".hit-title").click()
    details = browser.find_element(By.CSS_SELECTOR, "details.removed")
    items = details.find_elements(By.CSS_SELECTOR, "li")
    assert items and not items[0].is_displayed()
    details.find_element(By.TAG_NAME, "summary").click()
    assert items[0].is_displayed()
    assert browser.find_elements(By.CSS_SELECTOR, ".article q.quote")


def test_stories_and_story_timeline(server, browser):
    browser.get(f"{server}/stories")
    links = browser.find_elements(By.CSS_SELECTOR, "a.story")
    assert len(links) >= 2
    shot(browser, "stories")
    links[0].click()
    assert "/stories/s-" in browser.current_url
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart circle")
    assert len(browser.find_elements(By.CSS_SELECTOR, "ol.arts li")) >= 2
    shot(browser, "story")


def test_events_filter_and_download_link(server, browser):
    browser.get(f"{server}/events")
    total = int(browser.find_element(By.ID, "total").text)
    assert total > 0 and browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    shot(browser, "events")
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element(By.NAME, "event_type")).select_by_value("AGREE")
    browser.find_element(By.CSS_SELECTOR, ".filters button").click()
    from selenium.webdriver.support.ui import WebDriverWait

    # the filter is a page load: wait for the new page before reading its rows (a loaded machine is slow)
    WebDriverWait(browser, 20).until(lambda b: "event_type=AGREE" in b.current_url
                                     and b.execute_script("return document.readyState") == "complete")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
    assert 0 < len(rows) < total and all("AGREE" in r.text for r in rows)
    href = browser.find_element(By.ID, "dl-csv").get_attribute("href")
    assert "format=csv" in href and "event_type=AGREE" in href


def test_ingest_paste_and_english_interface(server, browser):
    browser.get(f"{server}/ingest?lang=en")
    html = browser.find_element(By.TAG_NAME, "html")
    assert html.get_attribute("dir") == "ltr" and "Analyse" in browser.find_element(By.TAG_NAME, "h1").text
    browser.find_element(By.NAME, "text").send_keys(
        "قال وزير الخارجية المصري سامح شكري اليوم الاثنين إن القاهرة تدعم الحل السياسي في ليبيا.")
    shot(browser, "ingest")
    browser.find_element(By.CSS_SELECTOR, "form.ingest button").click()
    for _ in range(100):  # the script posts in the background, then shows the analysed article
        if browser.find_elements(By.CSS_SELECTOR, ".article .text"):
            break
        time.sleep(0.1)
    assert "سامح شكري" in {e.get_attribute("data-entity") for e in
                            browser.find_elements(By.CSS_SELECTOR, ".article a.ent")}
    # the analysed article keeps Arabic right-to-left inside the English interface
    assert browser.find_element(By.CSS_SELECTOR, "article.article").get_attribute("dir") == "rtl"
    shot(browser, "ingest-result")
