"""HTTP behaviour every API view shares: conditional GET on the freshness stamp, Cache-Control,
cursor pagination, and errors as problem details (RFC 9457)."""

from django.utils.cache import patch_vary_headers
from rest_framework import exceptions
from rest_framework.pagination import CursorPagination
from rest_framework.views import exception_handler

from newsroom.public.freshness import Validators


class Cursor(CursorPagination):
    """Cursor pagination: stable under inserts and as cheap on page 1,000 as on page 1."""

    ordering = "-pk"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class ConditionalMixin:
    """ETag and Last-Modified on every GET, from the site's freshness stamp (one query); a
    matching If-None-Match or If-Modified-Since is answered 304 before any other work."""

    def dispatch(self, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return super().dispatch(request, *args, **kwargs)
        validators = Validators(request, vary=request.headers.get("accept", ""))
        not_modified = validators.not_modified(request)
        if not_modified is not None:
            patch_vary_headers(not_modified, ["Accept"])
            return not_modified
        response = super().dispatch(request, *args, **kwargs)
        if response.status_code == 200:
            validators.stamp_response(response)
            patch_vary_headers(response, ["Accept"])
        return response


PROBLEM_TITLES = {
    400: "Invalid request",
    401: "Authentication required",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    412: "Precondition failed",
    428: "Precondition required",
    429: "Too many requests",
}


def problem_exception_handler(exc, context):
    """DRF's error responses as `application/problem+json`: type, title, status, detail, and
    for a 400 the invalid parameters with the reason for each."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    problem = {
        "type": "about:blank",
        "title": PROBLEM_TITLES.get(response.status_code, "Error"),
        "status": response.status_code,
    }
    if isinstance(data, dict) and set(data) == {"detail"}:
        problem["detail"] = str(data["detail"])
    else:
        problem["detail"] = "Some parameters are invalid; see `errors`."
        problem["errors"] = data
    if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
        problem["retry_after"] = int(exc.wait)
    response.data = problem
    response.content_type = "application/problem+json"
    return response
