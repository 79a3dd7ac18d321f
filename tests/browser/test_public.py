"""A reader on `make run`'s data, in headless Chromium at phone and desktop widths: home →
story → a quote's source sentence → a person's page → the feed; axe-core finds no violation on
any page type; keyboard focus is visible. Screenshots go to test-artifacts/."""

import json
import os
from urllib.request import urlopen
from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from newsroom.stories.models import Story
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.django_db(transaction=True)

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ATOM = "{http://www.w3.org/2005/Atom}"
WIDTHS = {"phone": (390, 844), "desktop": (1280, 1000)}


@pytest.fixture
def axe():
    if not AXE.exists():
        if os.environ.get("CI"):
            pytest.fail("axe-core is required in CI (.ci/run runs npm ci)")
        pytest.skip("axe-core not installed (npm ci)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def seeded(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(SEEDS))
    call_command("import_curation", "--initial", str(SEEDS / "curation.json"))
    return Story.objects.published().get()


def axe_violations(browser, source):
    """axe-core's violations on the page, as (rule id, first target) pairs."""
    browser.execute_script(source)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify("
        "r.violations.map(v => [v.id, v.nodes[0].target.join(' ')]))));"
    )
    return json.loads(result)


def test_reader_path_on_phone_and_desktop_with_no_axe_violation(
    browser, live_server, seeded, axe, screenshot
):
    story = seeded
    person = story.entities.filter(kind="person").order_by("name").first()
    article = story.articles.order_by("pk").first()
    pages = {
        "home": "/",
        "story": story.get_absolute_url(),
        "article": article.get_absolute_url(),
        "entity": person.get_absolute_url(),
        "quotes": "/quotes/",
        "search": "/search/?q=space",
    }
    for width_name, (width, height) in WIDTHS.items():
        browser.set_window_size(width, height)
        for name, path in pages.items():
            browser.get(live_server.url + path)
            assert browser.find_element(By.TAG_NAME, "h1").text
            assert axe_violations(browser, axe) == [], f"{name} at {width_name} width"
            screenshot(f"{name}-{width_name}")
    browser.set_window_size(*WIDTHS["desktop"])


def test_reader_follows_quote_to_its_sentence_then_person_then_feed(
    browser, live_server, seeded, screenshot
):
    browser.get(live_server.url + "/")
    browser.find_element(By.LINK_TEXT, seeded.title).click()
    assert browser.find_element(By.TAG_NAME, "h1").text == seeded.title
    link = browser.find_element(By.CSS_SELECTOR, ".quote figcaption a[href*='#quote-']")
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    target = browser.execute_script("return document.querySelector(':target')")
    assert target.get_attribute("id") == anchor
    assert target.tag_name == "mark"
    screenshot("quote-sentence")

    browser.get(live_server.url + seeded.get_absolute_url())
    people = browser.find_element(By.CSS_SELECTOR, ".people li a")
    name = people.text
    people.click()
    assert browser.find_element(By.TAG_NAME, "h1").text == name

    # A feed reader, not the browser, follows the link: how Chromium shows an XML document
    # (viewer, download, empty page) varies between its versions.
    feed = browser.find_element(By.CSS_SELECTOR, "link[rel=alternate][type='application/atom+xml']")
    with urlopen(feed.get_attribute("href")) as response:
        assert response.headers["Content-Type"].startswith("application/atom+xml")
        entries = ElementTree.parse(response).getroot().findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [seeded.title]


def test_keyboard_reaches_skip_link_with_visible_focus(browser, live_server, seeded):
    browser.get(live_server.url + seeded.get_absolute_url())
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.text == "Skip to content"
    outline = browser.execute_script("return getComputedStyle(arguments[0]).outlineStyle", focused)
    assert outline != "none"


def test_axe_check_does_report_a_violation(browser, axe):
    """The check above can fail: a page with an unlabelled image and no language is reported."""
    browser.get("data:text/html,<html><body><img src='x.png'><p>text</p></body></html>")
    found = {rule for rule, _target in axe_violations(browser, axe)}
    assert {"html-has-lang", "image-alt"} <= found
