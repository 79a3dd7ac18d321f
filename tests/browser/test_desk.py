"""An editor works the desk in a real browser: approves a quote from the article review page,
gives another quote its right speaker, merges two entities, and sees the old entity page
redirect to the survivor."""

import pytest
from django.contrib.auth import get_user_model
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from newsroom.articles.services import article_ingest
from newsroom.core.services import editor_create
from newsroom.entities.models import Entity
from newsroom.quotes.models import Quote
from tests.conftest import ARTICLE

pytestmark = pytest.mark.django_db(transaction=True)


def wait(browser):
    return WebDriverWait(browser, 10)


def sign_in(browser, live_server, username, password):
    browser.get(f"{live_server.url}/admin/login/")
    browser.find_element(By.NAME, "username").send_keys(username)
    browser.find_element(By.NAME, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    wait(browser).until(EC.presence_of_element_located((By.ID, "user-tools")))


def test_editor_reviews_attributes_and_merges_in_browser(browser, live_server, screenshot):
    article = article_ingest(data=ARTICLE.encode(), filename="lisbon.txt").article
    password = editor_create(username="desk")
    sign_in(browser, live_server, "desk", password)

    # 1. Approve a quote from the article review page.
    first, second = Quote.objects.filter(article=article).order_by("start")
    browser.get(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    browser.find_element(By.CSS_SELECTOR, "a.desk-review-link").click()
    wait(browser).until(EC.url_contains(f"/article/{article.pk}/review/"))
    assert browser.find_elements(By.CSS_SELECTOR, ".desk-text .fact-quote")
    entry = browser.find_element(By.ID, f"fact-quote-{first.pk}")
    entry.find_element(By.CSS_SELECTOR, "button.desk-approved").click()
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".messagelist")))
    screenshot("review-approved")
    first.refresh_from_db()
    assert first.review_status == "approved"
    assert "approved" in browser.find_element(By.ID, f"fact-quote-{first.pk}").get_attribute(
        "class"
    )

    # 2. Give the second quote another speaker through the autocomplete.
    browser.get(f"{live_server.url}/admin/quotes/quote/{second.pk}/change/")
    browser.find_element(By.CSS_SELECTOR, ".field-speaker .select2-selection").click()
    search = wait(browser).until(
        EC.visibility_of_element_located((By.CSS_SELECTOR, ".select2-search__field"))
    )
    search.send_keys("Marta")
    wait(browser).until(
        EC.text_to_be_present_in_element(
            (By.CSS_SELECTOR, ".select2-results__option--highlighted"), "Marta Oliveira"
        )
    )
    search.send_keys(Keys.ENTER)
    browser.find_element(By.NAME, "_save").click()
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".messagelist")))
    screenshot("speaker-reassigned")
    second.refresh_from_db()
    assert second.speaker.name == "Marta Oliveira"
    assert second.history.latest().history_user.username == "desk"

    # 3. Merge a duplicate into the real entity, approve the survivor, follow the old URL.
    twin = Entity.objects.create(name="H. Lund", slug="h-lund", kind="person")
    lund = Entity.objects.get(name="Henrik Lund")
    browser.get(f"{live_server.url}/admin/entities/entity/?kind__exact=person")
    for entity in (twin, lund):
        browser.find_element(By.CSS_SELECTOR, f"input.action-select[value='{entity.pk}']").click()
    Select(browser.find_element(By.NAME, "action")).select_by_value("merge_selected")
    browser.find_element(By.NAME, "index").click()
    wait(browser).until(EC.presence_of_element_located((By.NAME, "survivor")))
    browser.find_element(By.CSS_SELECTOR, f"input[name=survivor][value='{lund.pk}']").click()
    browser.find_element(By.NAME, "reason").send_keys("Same person")
    screenshot("merge-choose-survivor")
    browser.find_element(By.NAME, "apply").click()
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".messagelist")))
    assert (
        "Merged H. Lund into Henrik Lund."
        in browser.find_element(By.CSS_SELECTOR, ".messagelist").text
    )
    browser.find_element(By.CSS_SELECTOR, f"input.action-select[value='{lund.pk}']").click()
    Select(browser.find_element(By.NAME, "action")).select_by_value("approve_selected")
    browser.find_element(By.NAME, "index").click()
    # The merge's message is still on the page: wait for the approval's own.
    wait(browser).until(
        EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".messagelist"), "Approved")
    )

    # Readers see the survivor once a published story is about it.
    from newsroom.stories.services import story_create, story_publish

    editor = get_user_model().objects.get(username="desk")
    story = story_create(
        user=editor, title="Talks", slug="talks", articles=[article], entities=[lund]
    )
    story_publish(story=story, user=editor)
    browser.get(f"{live_server.url}/entities/h-lund/")
    wait(browser).until(EC.url_contains(f"/entities/{lund.slug}/"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Henrik Lund"
    screenshot("old-entity-url-redirected")
