"""The suite runs on the database DATABASE_URL names, so CI's PostgreSQL pass is real."""

import os

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_database_is_the_one_database_url_names():
    url = os.environ.get("DATABASE_URL", "sqlite://")
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected
    if expected == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version_num")
            assert int(cursor.fetchone()[0]) >= 150000
