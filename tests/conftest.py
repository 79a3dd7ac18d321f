from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from newsroom.articles.services import article_ingest
from newsroom.core.permissions import EDITORS_GROUP, REPORTERS_GROUP
from newsroom.core.services import editor_create

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# An article of the kind the desk works on, written for these tests (no seed-story facts).
ARTICLE = """Heads of two space agencies meet in Lisbon

Marta Oliveira, President of the Portuguese Space Agency, met Henrik Lund, Director General of the \
Nordic Space Office, in Lisbon on March 4, 2026.

“We agreed to share tracking data from next year,” Oliveira said.

Lund called the talks productive. “Our engineers will meet again in June,” he said.

The Nordic Space Office said the two agencies last met in 2019.
"""


@pytest.fixture
def seed_paths():
    return sorted(SEEDS.glob("*.txt"))


def _user(username, group):
    editor_create(username=username, group=group)
    return get_user_model().objects.get(username=username)


@pytest.fixture
def editor():
    return _user("desk-editor", EDITORS_GROUP)


@pytest.fixture
def reporter():
    return _user("desk-reporter", REPORTERS_GROUP)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reporter_client(client, reporter):
    client.force_login(reporter)
    return client


@pytest.fixture
def article(django_capture_on_commit_callbacks):
    """The test article, ingested and extracted as `ingest` does (immediate task backend)."""
    with django_capture_on_commit_callbacks(execute=True):
        result = article_ingest(data=ARTICLE.encode(), filename="lisbon.txt")
    result.article.refresh_from_db()
    return result.article
