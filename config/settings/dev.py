"""Development settings: local SQLite, debug on, an insecure key only if none is given."""

from .base import *  # noqa: F403
from .base import SECRET_KEY as _SECRET_KEY
from .base import env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = _SECRET_KEY or "django-insecure-development-only-key-not-for-production-use"

# Static files come from the app finders here; WhiteNoise serves the collected ones in production.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
