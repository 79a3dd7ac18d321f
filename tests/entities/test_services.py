"""Entity writes that must survive concurrent workers."""

import pytest

from newsroom.core import text
from newsroom.entities import services

pytestmark = pytest.mark.django_db


def test_entity_propose_chooses_again_a_slug_another_worker_took(monkeypatch):
    first = services.entity_propose(
        name="Ada Chair", kind="person", confidence=0.9, rule="test", extractor_version="t"
    )
    real, calls = text.unique_slug, []

    def stale_slug(model, value, **kwargs):
        calls.append(value)
        return first.slug if len(calls) == 1 else real(model, value, **kwargs)

    monkeypatch.setattr(text, "unique_slug", stale_slug)
    second = services.entity_propose(
        name="Ada Chair", kind="person", confidence=0.9, rule="test", extractor_version="t"
    )
    assert (first.slug, second.slug, len(calls)) == ("ada-chair", "ada-chair-2", 2)
