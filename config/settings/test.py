"""Test settings: the database comes from DATABASE_URL (SQLite when unset); fast hashing."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import SECRET_KEY as _SECRET_KEY

SECRET_KEY = _SECRET_KEY or "django-insecure-test-only-key-not-for-production-use-000000"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False}
# The rules alone, whatever the environment names: tests that need a model pass it themselves.
NEWSROOM_NER_MODEL = ""

# Static files come from the app finders here; WhiteNoise serves the collected ones in production.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405

# A file, not SQLite's shared in-memory database: the live server's threads (browser tests)
# then each open their own connection instead of sharing one across threads. One file per test
# process, so that two test runs on one machine never share (and break) a database.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.gettempdir()) / f"newsroom-test-{os.getpid()}.sqlite3")
    }
