"""schemathesis against the live OpenAPI schema: requests generated for every operation are
answered without a server error and as the schema says (status code, content type, body)."""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

pytestmark = pytest.mark.django_db

# No server error, and every response as the schema documents it. (A schema-valid value that a
# rule beyond the schema refuses, such as an expired cursor, is a documented 400, not a fault.)
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
]


@pytest.fixture
def api_schema(published_story):
    """The schema as the running site serves it, over a published story's data. As Django's
    test client does, requests leave the test's database connection open."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_every_operation_conforms_to_the_schema(api_schema):
    # One hypothesis run per operation (schemathesis' pytest plugin does not load under this
    # pytest version, so the operations are walked here).
    checked = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=12,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            case.call_and_validate(checks=CHECKS)

        check()
        checked.append(f"{operation.method.upper()} {operation.path}")
    assert "GET /api/v1/quotes/" in checked
    assert len(checked) >= 12
