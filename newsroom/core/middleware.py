"""Malformed admin addresses answer 400, never a server error."""

import logging

from django.core.exceptions import ValidationError
from django.db import DataError
from django.http import HttpResponseBadRequest
from django.urls import reverse

logger = logging.getLogger(__name__)

# What a hand-edited admin URL can provoke deep inside Django or an admin package: an id that is
# not a number (history pages), a year filter out of range, an integer too large for SQLite, a
# NUL byte in a search term on PostgreSQL. Each is the visitor's input, not a fault of ours.
BAD_INPUT = (ValueError, OverflowError, DataError, ValidationError)


class AdminBadInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, BAD_INPUT):
            return None
        if not request.path.startswith(reverse("admin:index")):
            return None
        logger.warning("Bad admin input at %s: %r", request.get_full_path(), exception)
        return HttpResponseBadRequest(
            "This address has an id, filter or search term the admin cannot use. "
            "Go back and try another value.",
            content_type="text/plain; charset=utf-8",
        )
