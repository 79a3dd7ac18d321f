"""An editor signs in to the admin in a real browser and reads an ingested article."""

import pytest
from django.contrib.auth import get_user_model
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from newsroom.articles.services import article_ingest_path
from newsroom.core.services import editor_create

pytestmark = pytest.mark.django_db(transaction=True)


def test_editor_signs_in_and_reads_article_in_admin(browser, live_server, seed_paths, settings):
    settings.NEWSROOM_EXTRACT_ON_INGEST = False
    article = article_ingest_path(seed_paths[1]).article
    password = editor_create(username="desk")
    assert get_user_model().objects.get(username="desk").is_staff

    browser.get(f"{live_server.url}/admin/")
    browser.find_element(By.NAME, "username").send_keys("desk")
    browser.find_element(By.NAME, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    # #user-tools exists only once signed in; waiting for it avoids reading the login page.
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.ID, "user-tools")))
    assert browser.find_element(By.ID, "site-name").text == "Newsroom editorial desk"

    browser.find_element(By.CSS_SELECTOR, "#content a[href$='/admin/articles/article/']").click()
    WebDriverWait(browser, 10).until(EC.url_contains("/admin/articles/article/"))
    browser.find_element(By.LINK_TEXT, article.title).click()
    WebDriverWait(browser, 10).until(EC.url_contains(f"/article/{article.pk}/change/"))
    text = browser.find_element(By.CSS_SELECTOR, ".newsroom-article-text")
    headings = [h.text for h in text.find_elements(By.TAG_NAME, "h3")]
    assert headings[0] == "Talks Come at a Crucial Moment"
    assert len(headings) == 6
    assert len(text.find_elements(By.TAG_NAME, "p")) == 19
    browser.save_screenshot("/tmp/newsroom-admin-article.png")
