"""`manage.py extract`: a JSON dry run over files, or extraction saved for articles."""

import json
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils import timezone

from newsroom.articles import parsing
from newsroom.articles.models import Article
from newsroom.articles.paths import article_paths, path_display
from newsroom.articles.services import RejectedInput
from newsroom.extraction.extractors import extract


class Command(BaseCommand):
    help = (
        "extract --json PATH...: print the facts found in text files, writing nothing. "
        "extract --all | ARTICLE_ID...: extract articles and save the facts."
    )

    def add_arguments(self, parser):
        parser.add_argument("targets", nargs="*", metavar="PATH_OR_ID")
        parser.add_argument(
            "--json", dest="as_json", action="store_true", help="Dry run over files; print JSON."
        )
        parser.add_argument(
            "--all", dest="everything", action="store_true", help="Extract every article."
        )
        parser.add_argument(
            "--recover-stale",
            action="store_true",
            help="First retry runs left 'running' by a worker that stopped.",
        )
        parser.add_argument(
            "--every",
            type=int,
            metavar="SECONDS",
            help="With --recover-stale: keep recovering, every SECONDS, until stopped (run it "
            "beside the db_worker processes so that no article waits for a person).",
        )

    def handle(self, *args, targets, as_json, everything, recover_stale, every=None, **options):
        if every is not None:
            if not recover_stale or targets or everything or as_json or every < 1:
                raise CommandError("--every SECONDS (at least 1) goes with --recover-stale alone.")
            while True:
                self._recover()
                time.sleep(every)
        if as_json:
            if everything or not targets:
                raise CommandError("--json takes one or more file paths.")
            return self._dry_run(targets)
        return self._save(targets, everything=everything, recover_stale=recover_stale)

    def _dry_run(self, paths):
        from newsroom.extraction.gazetteer import gazetteer_current

        try:
            gazetteer = gazetteer_current()
        except DatabaseError:
            gazetteer = []  # no database yet: rules alone
        articles, problems = [], []
        for path, problem in article_paths(paths):
            shown = path_display(path)
            if problem:
                problems.append(f"{shown}: rejected: {problem}")
                continue
            try:
                data = path.read_bytes()
                text = parsing.decode(data, max_bytes=settings.NEWSROOM_MAX_ARTICLE_BYTES)
                parsing.length_check(text, max_chars=settings.NEWSROOM_MAX_ARTICLE_CHARS)
                parsed = parsing.parse(text)
            except (OSError, RejectedInput) as error:
                problems.append(f"{shown}: rejected: {getattr(error, 'strerror', None) or error}")
                continue
            text = parsing.blank_front_matter(parsed.text, parsed.content_start)
            published = parsed.metadata.get("published")
            try:
                result = extract(
                    text,
                    gazetteer=gazetteer,
                    published_at=published.date() if published else None,
                    received_at=timezone.localdate(),
                    source=parsed.metadata.get("source"),
                    dateline=parsed.metadata.get("dateline", ""),
                    ner_model=settings.NEWSROOM_NER_MODEL,
                )
            except Exception as error:  # noqa: BLE001 - one file's fault must not hide the rest
                problems.append(f"{shown}: extraction failed: {type(error).__name__}: {error}")
                continue
            articles.append(_as_json(shown, parsed.title, result))
        self.stdout.write(json_dumps({"articles": articles}))
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"{len(problems)} file(s) rejected", returncode=1)

    def _recover(self):
        from newsroom.extraction.selectors import article_list_never_extracted
        from newsroom.extraction.services import extraction_recover_stale
        from newsroom.extraction.tasks import extract_article

        for article in extraction_recover_stale():
            extract_article.enqueue(article.pk)
            self.stdout.write(f"article {article.pk}: stale run failed; extraction queued again")
        for article in article_list_never_extracted():
            extract_article.enqueue(article.pk)
            self.stdout.write(f"article {article.pk}: never extracted; extraction queued")

    def _save(self, targets, *, everything, recover_stale):
        from newsroom.extraction.services import extraction_run_article

        if recover_stale:
            self._recover()
        if everything == bool(targets):
            if recover_stale and not targets:
                return
            raise CommandError("Give either --all or article ids.")
        # with their sources, whose names the extraction reads
        articles = Article.objects.select_related("source").order_by("pk")
        if not everything:
            ids = _ids(targets)
            articles = articles.filter(pk__in=ids)
            missing = set(ids) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        failed = 0
        for article in articles.iterator():
            run = extraction_run_article(article=article)
            counts = ", ".join(f"{key} {value}" for key, value in run.counts.items() if value)
            detail = counts if run.state == "succeeded" else run.error
            self.stdout.write(f"article {article.pk}: {run.state} ({detail or 'nothing new'})")
            failed += run.state != "succeeded"
        if failed:
            raise CommandError(f"{failed} article(s) failed", returncode=1)


def _ids(targets):
    try:
        return [int(target) for target in targets]
    except ValueError:
        raise CommandError("Article ids are whole numbers; use --json for file paths.") from None


def _as_json(path, title, result):
    """The command-line contract's shape for one article."""
    names = {entity.key: entity.name for entity in result.entities}
    span = lambda s: {"start": s.start, "end": s.end, "text": s.text}  # noqa: E731
    return {
        "path": path,
        "title": title,
        "entities": [
            {
                "name": e.name,
                "kind": e.kind,
                "aliases": list(e.aliases),
                "mentions": [span(m) for m in e.mentions],
            }
            for e in result.entities
        ],
        "roles": [
            {
                "person": names.get(r.person_key),
                "title": r.title,
                "organization": names.get(r.organization_key),
                "evidence": span(r.evidence),
            }
            for r in result.roles
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": names.get(q.speaker_key),
                "start": q.start,
                "end": q.end,
                "cue": q.cue,
            }
            for q in result.quotes
        ],
        "claims": [
            {
                "statement": c.statement,
                "date": c.date.isoformat() if c.date else None,
                "date_precision": c.date_precision,
                "place": names.get(c.place_key),
                "entities": [names[k] for k in c.entity_keys if k in names],
                "evidence": [span(s) for s in c.evidence],
                "frame": _frame(c, names),
                "values": _values(c, names, path),
            }
            for c in result.claims
        ],
    }


def _frame(claim, names):
    """The event frame of a claim, or None for a statement that reports no event."""
    if not claim.kind:
        return None
    return {
        "kind": claim.kind,
        "parties": [names[key] for key in claim.parties if key in names],
        "date": claim.date.isoformat() if claim.date else None,
        "date_precision": claim.date_precision,
        "place": names.get(claim.place_key),
        "modality": claim.modality,
        "previous": claim.previous,
        "until": claim.until,
    }


def _values(claim, names, path):
    """Each attribute's values with the sources that give them; one source in a dry run (the
    saved claims gather every article's values, see claims.selectors.claim_values)."""
    values = {}
    if claim.date:
        values["date"] = [
            {"value": claim.date.isoformat(), "precision": claim.date_precision, "sources": [path]}
        ]
    if claim.place_key in names:
        values["place"] = [{"value": names[claim.place_key], "sources": [path]}]
    if claim.until:
        values["until"] = [{"value": claim.until, "sources": [path]}]
    return values


def json_dumps(value):
    return json.dumps(value, ensure_ascii=False, indent=2)
