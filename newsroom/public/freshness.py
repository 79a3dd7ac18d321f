"""When public content last changed: the validator for ETag / Last-Modified and the key of the
page cache, so a cached page can never outlive a change to what it shows.

One stamp for the whole site, read in one query: the latest change to any row a public page
shows, and the number of rows whose deletion would change a page (a fact taken out of a story
leaves no later timestamp behind). Coarse on purpose: any editorial change renders every page
afresh once, which is cheap next to serving one stale fact after a correction.
"""

import datetime
import hashlib

from django.core.cache import cache
from django.db import connection
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from newsroom.articles.models import Article
from newsroom.claims.models import Claim, Evidence
from newsroom.entities.models import Alias, Entity, Mention, Role
from newsroom.quotes.models import Quote
from newsroom.stories.models import Correction, Story, StoryClaim, StoryQuote

# (model, its change-time column) for every row a public page shows.
CHANGING = [
    (model, "updated_at")
    for model in (Article, Claim, Evidence, Alias, Entity, Mention, Role, Quote, Story)
] + [(StoryClaim, "updated_at"), (StoryQuote, "updated_at"), (Correction, "created_at")]
COUNTED = (Story, StoryClaim, StoryQuote, Correction)


def _stamp_sql():
    # Raw SQL because the ORM has no way to select scalar subqueries over several tables
    # without a row to hang them on; every name is quoted by the backend.
    quote = connection.ops.quote_name
    columns = [
        f"(SELECT MAX({quote(column)}) FROM {quote(model._meta.db_table)})"
        for model, column in CHANGING
    ] + [f"(SELECT COUNT(*) FROM {quote(model._meta.db_table)})" for model in COUNTED]
    return "SELECT " + ", ".join(columns)


def _as_datetime(value):
    if isinstance(value, str):  # SQLite returns the stored text
        value = datetime.datetime.fromisoformat(value)
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value


def site_stamp():
    """(last change, stamp): the latest change time (or None) and a string that differs
    whenever public content may have changed. One query."""
    with connection.cursor() as cursor:
        cursor.execute(_stamp_sql())
        row = cursor.fetchone()
    times = [_as_datetime(value) for value in row[: len(CHANGING)] if value is not None]
    latest = max(times) if times else None
    text = "|".join(str(value) for value in row)
    return latest, hashlib.sha256(text.encode()).hexdigest()[:20]


def strong_etag(text):
    """A quoted ETag naming `text`."""
    return '"' + hashlib.sha256(text.encode()).hexdigest()[:32] + '"'


class Validators:
    """The validators of a public GET: an ETag from the site's stamp, the full URI (the host
    too: pages carry absolute URLs) and anything else the answer varies on; Last-Modified
    from the latest change. One query."""

    def __init__(self, request, *, vary=""):
        latest, self.stamp = site_stamp()
        self.etag = strong_etag(f"{self.stamp}|{request.build_absolute_uri()}|{vary}")
        self.last_modified = int(latest.timestamp()) if latest else None

    def not_modified(self, request):
        """A 304 when the client's copy is current, else None."""
        return get_conditional_response(request, etag=self.etag, last_modified=self.last_modified)

    def stamp_response(self, response):
        """Put the validators and a short public Cache-Control on a 200."""
        response["ETag"] = self.etag
        if self.last_modified:
            response["Last-Modified"] = http_date(self.last_modified)
        patch_cache_control(response, public=True, max_age=60)
        return response


def page_cached(key, stamp, render):
    """The response `render()` makes for `key`, cached under the current stamp."""
    full_key = f"public:{stamp}:{hashlib.sha256(key.encode()).hexdigest()[:32]}"
    content = cache.get(full_key)
    if content is None:
        content = render()
        cache.set(full_key, content, timeout=24 * 3600)
    return content
