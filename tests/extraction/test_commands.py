"""The `extract` command's contract: a JSON dry run that writes nothing, and saved runs."""

import io
import json

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

from newsroom.articles.services import article_ingest_path
from newsroom.extraction.models import ExtractionRun
from newsroom.quotes.models import Quote

pytestmark = pytest.mark.django_db


def row_counts():
    return {
        m._meta.label: m.objects.count()
        for m in apps.get_models()
        if m._meta.app_label in {"articles", "entities", "quotes", "claims", "extraction"}
    }


def run(*args):
    out = io.StringIO()
    call_command("extract", *map(str, args), stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_extract_json_prints_contract_shape_and_writes_nothing(seed_paths):
    before = row_counts()
    data = json.loads(run("--json", *seed_paths))
    assert row_counts() == before
    assert [a["path"] for a in data["articles"]] == [str(p) for p in seed_paths]
    for article, path in zip(data["articles"], seed_paths, strict=True):
        text = path.read_text(encoding="utf-8")
        assert set(article) >= {"path", "title", "entities", "quotes", "claims"}
        assert article["entities"], "no entity found"
        for entity in article["entities"]:
            assert set(entity) >= {"name", "kind", "aliases", "mentions"}
            assert entity["kind"] in {
                "person",
                "organization",
                "place",
                "spacecraft",
                "mission",
                "program",
                "other",
            }
            for mention in entity["mentions"]:
                assert text[mention["start"] : mention["end"]] == mention["text"]
        names = {entity["name"] for entity in article["entities"]}
        for quote in article["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"]
            assert quote["speaker"] is None or quote["speaker"] in names
        for claim in article["claims"]:
            assert set(claim) >= {"statement", "date", "evidence"}
            for span in claim["evidence"]:
                assert text[span["start"] : span["end"]] == span["text"]


def test_extract_json_rejects_bad_file_with_reason(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    with pytest.raises(CommandError, match="1 file"):
        run("--json", bad)


def test_extract_all_saves_and_rerun_duplicates_nothing(seed_paths, settings):
    settings.NEWSROOM_EXTRACT_ON_INGEST = False
    for path in seed_paths:
        article_ingest_path(path)
    assert Quote.objects.count() == 0
    output = run("--all")
    assert output.count(": succeeded") == 2
    first = row_counts()
    assert first["quotes.Quote"] >= 3
    run("--all")
    second = row_counts()
    first.pop("extraction.ExtractionRun")
    assert second.pop("extraction.ExtractionRun") == 4
    assert second == first


def test_extract_by_id_and_unknown_id(seed_paths, settings):
    settings.NEWSROOM_EXTRACT_ON_INGEST = False
    article = article_ingest_path(seed_paths[1]).article
    assert run(article.pk).startswith(f"article {article.pk}: succeeded (")
    with pytest.raises(CommandError, match="No article with id 999"):
        run(999)
    with pytest.raises(CommandError, match="either --all or article ids"):
        run()


def test_ingest_enqueues_extraction_task(seed_paths, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = article_ingest_path(seed_paths[1]).article
    article.refresh_from_db()
    assert article.extraction_state == "done"
    assert ExtractionRun.objects.get(article=article).state == "succeeded"
    assert Quote.objects.filter(article=article).count() >= 3


def test_extract_json_accepts_a_folder_and_reports_missing_paths(seed_paths, tmp_path):
    data = json.loads(run("--json", seed_paths[0].parent))
    assert [a["path"] for a in data["articles"]] == [str(p) for p in seed_paths]
    with pytest.raises(CommandError, match="1 file"):
        run("--json", tmp_path / "missing.txt")


def test_extract_recover_stale_requeues_and_extracts(seed_paths, settings):
    import datetime

    from django.utils import timezone

    settings.NEWSROOM_EXTRACT_ON_INGEST = False
    article = article_ingest_path(seed_paths[1]).article
    stale = ExtractionRun.objects.create(article=article, extractor_version="old")
    ExtractionRun.objects.filter(pk=stale.pk).update(
        started_at=timezone.now() - datetime.timedelta(hours=2)
    )
    output = run("--recover-stale")
    assert output == f"article {article.pk}: stale run failed; extraction queued again\n"
    assert ExtractionRun.objects.get(pk=stale.pk).state == "failed"
    assert ExtractionRun.objects.exclude(pk=stale.pk).get().state == "succeeded"
    assert Quote.objects.filter(article=article).count() >= 3


def test_extract_json_prints_each_claims_frame_and_values(tmp_path):
    path = tmp_path / "talks.txt"
    path.write_text(
        "The Orbital Agency and the Harbor Space Institute will hold talks in Lisbon on "
        "March 4, 2026.\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    call_command("extract", "--json", str(path), stdout=out)
    (claim,) = json.loads(out.getvalue())["articles"][0]["claims"]
    assert claim["frame"] == {
        "kind": "meeting",
        "parties": ["Orbital Agency", "Harbor Space Institute"],
        "date": "2026-03-04",
        "date_precision": "day",
        "place": "Lisbon",
        "modality": "planned",
        "previous": False,
        "until": None,
    }
    assert claim["values"] == {
        "date": [{"value": "2026-03-04", "precision": "day", "sources": [str(path)]}],
        "place": [{"value": "Lisbon", "sources": [str(path)]}],
    }


def test_extract_recover_stale_queues_an_article_whose_extraction_never_started(
    seed_paths, settings
):
    import datetime

    from django.utils import timezone

    from newsroom.articles.models import Article

    settings.NEWSROOM_EXTRACT_ON_INGEST = False  # the task was lost between commit and enqueue
    lost = article_ingest_path(seed_paths[0]).article
    recent = article_ingest_path(seed_paths[1]).article
    Article.objects.filter(pk=lost.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=1)
    )
    output = run("--recover-stale")
    assert output == f"article {lost.pk}: never extracted; extraction queued\n"
    assert Article.objects.get(pk=lost.pk).extraction_state == "done"
    assert Article.objects.get(pk=recent.pk).extraction_state == "pending"  # not stale yet


def test_admin_lists_a_failed_run_with_its_reason(admin_client, monkeypatch, seed_paths):
    from newsroom.extraction import services

    def broken(*args, **kwargs):
        raise RuntimeError("rules file unreadable")

    monkeypatch.setattr(services, "extract", broken)
    article = article_ingest_path(seed_paths[0]).article
    services.extraction_run_article(article=article)
    page = admin_client.get("/admin/extraction/extractionrun/?state=failed").content.decode()
    assert '<td class="field-reason">RuntimeError: rules file unreadable</td>' in page


def test_extract_recover_stale_every_keeps_recovering_until_stopped(
    seed_paths, settings, monkeypatch
):
    import datetime
    import time

    from django.utils import timezone

    settings.NEWSROOM_EXTRACT_ON_INGEST = False
    article = article_ingest_path(seed_paths[1]).article
    passes = []

    def sleep(seconds):
        passes.append(seconds)
        if len(passes) == 1:  # a worker dies between two passes
            stale = ExtractionRun.objects.create(article=article, extractor_version="old")
            ExtractionRun.objects.filter(pk=stale.pk).update(
                started_at=timezone.now() - datetime.timedelta(hours=2)
            )
        else:
            raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", sleep)
    with pytest.raises(KeyboardInterrupt):
        run("--recover-stale", "--every", "30")
    assert passes == [30, 30]
    assert list(ExtractionRun.objects.order_by("pk").values_list("state", flat=True)) == [
        "failed",
        "succeeded",
    ]
    with pytest.raises(CommandError, match="--every"):
        run("--all", "--every", "30")
