"""OpenAPI post-processing: the responses every operation can give, documented once.

drf-spectacular describes the success responses from the serializers; the errors that come
from the shared HTTP layer (http.py) are the same everywhere, so they are added here rather
than on every view."""

PROBLEM = {
    "type": "object",
    "description": "Problem details (RFC 9457).",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": True},
        "retry_after": {"type": "integer"},
    },
    "required": ["type", "title", "status"],
}


def _problem(description):
    return {
        "description": description,
        "content": {
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
        },
    }


def add_common_responses(result, generator, request, public):
    """Add 304, 400, 404 and 429 to reads, 400/401/403/404 to writes, and the Problem schema."""
    result.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            common = {
                "400": "Invalid parameter or body; `errors` names each one.",
                "404": "Not found, not public, or an invalid pagination cursor.",
                "429": "Too many requests; retry after the `Retry-After` seconds.",
            }
            if method in ("get", "head"):
                responses.setdefault(
                    "304", {"description": "Not modified since the ETag or date given."}
                )
            else:
                common |= {"401": "Authentication required.", "403": "Not allowed."}
            for status, description in common.items():
                responses.setdefault(status, _problem(description))
    return result
