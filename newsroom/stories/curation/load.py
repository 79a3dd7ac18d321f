"""`import_curation`: apply a curation file to a database where its articles were ingested and
extracted, through the same services the admin calls.

Every entry is found by its natural key (or, for a row an editor changed, by the form the
machine proposed it in) and brought to the exported values; a value already there is left
alone, so importing the same file twice changes nothing. Any entry that cannot be applied stops
the import with its name, and the transaction leaves nothing of the file behind.
"""

import contextlib
import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction

from newsroom.articles.models import Article
from newsroom.claims import services as claims
from newsroom.claims.models import Claim, Evidence
from newsroom.core.editorial import fact_review
from newsroom.entities import services as entities
from newsroom.entities.models import Alias, Entity, Mention, Role, normalize_alias
from newsroom.quotes import services as quotes
from newsroom.quotes.models import Quote
from newsroom.stories import services as stories
from newsroom.stories.curation.keys import FORMAT, CurationError
from newsroom.stories.models import Correction, Story, StoryStatus


@contextlib.contextmanager
def _entry(where):
    """Name the entry in any refusal of the services applying it."""
    try:
        yield
    except ValidationError as error:
        raise CurationError(f"{where}: {' '.join(error.messages)}") from error


def _review(row, status, user):
    if row.review_status != status:
        fact_review(row, user=user, status=status)


def _changed(row, values):
    """The values that differ from the row's."""
    return {name: value for name, value in values.items() if getattr(row, name) != value}


class _Loader:
    def __init__(self, document, user):
        self.document, self.user = document, user
        self.articles = {}

    # Lookups by natural key -------------------------------------------------------------
    def article(self, checksum, where):
        if checksum not in self.articles:
            raise CurationError(f"{where}: names article {checksum[:12]}…, which is not listed.")
        return self.articles[checksum]

    def entity(self, key, where):
        if key is None:
            return None
        kind, name = key
        entity = Entity.objects.filter(kind=kind, name=name, merged_into=None).first()
        if entity is None:
            entity = Entity.objects.filter(kind=kind, name=name).first()
        if entity is None:
            raise CurationError(f"{where}: no {kind} named “{name}”.")
        return entity

    def span(self, model, key, where, text=None):
        """The article and span of `key`, checked against the article's text."""
        checksum, start, end = key
        article = self.article(checksum, where)
        if text is not None and article.body[start:end] != text:
            raise CurationError(
                f"{where}: the text at {start}–{end} of “{article.title}” no longer matches "
                f"({article.body[start:end][:60]!r} ≠ {text[:60]!r})."
            )
        return article, start, end

    def claim(self, key, where):
        for span in key.get("evidence", []):
            article, start, end = self.span(Evidence, span, where)
            evidence = Evidence.objects.filter(article=article, start=start, end=end).first()
            if evidence is not None:
                return evidence.claim
        if "statement" in key:
            return Claim.objects.filter(statement=key["statement"]).order_by("pk").first()
        return None

    # The passes, in dependency order ----------------------------------------------------
    def load(self):
        if self.document.get("format") != FORMAT:
            raise CurationError(f"not a curation file: format is not {FORMAT!r}.")
        for index, entry in enumerate(self.document.get("articles", [])):
            article = Article.objects.filter(checksum=entry["checksum"]).first()
            if article is None:
                raise CurationError(
                    f"articles[{index}]: “{entry['title']}” ({entry['checksum'][:12]}…) is not in "
                    "the database; ingest it first."
                )
            self.articles[article.checksum] = article
        self.load_entities()
        self.load_aliases()
        self.load_mentions()
        self.load_roles()
        self.load_quotes()
        self.load_claims()
        self.load_stories()

    def load_entities(self):
        entries = list(enumerate(self.document.get("entities", [])))
        for index, entry in entries:
            with _entry(f"entities[{index}]"):
                self.entity_values(f"entities[{index}]", entry)
        for index, entry in entries:
            where = f"entities[{index}]"
            entity = self.entity([entry["kind"], entry["name"]], where)
            located_in = self.entity(entry["located_in"], where)
            if entity.located_in != located_in:
                entities.entity_update(
                    entity=entity, user=self.user, fields={"located_in": located_in}
                )
            target = self.entity(entry["merged_into"], where)
            if target is not None and entity.merged_into_id is None:
                entities.entity_merge(source=entity, target=target, user=self.user)

    def entity_values(self, where, entry):
        key = [entry["kind"], entry["name"]]
        found = Entity.objects.filter(kind=entry["kind"], name=entry["name"]).first()
        if found is None and entry["split_from"]:
            source = self.entity(entry["split_from"]["entity"], where)
            alias = source.aliases.filter(
                normalized=normalize_alias(entry["split_from"]["alias"])
            ).first()
            if alias is None:
                raise CurationError(f"{where}: {source.name} has no alias to split off.")
            found = entities.entity_split(
                alias=alias, user=self.user, name=entry["name"], kind=entry["kind"]
            )
        if found is None and entry["machine"]:
            found = self.entity(entry["machine"], where)
        if found is None:
            found = entities.entity_create(user=self.user, name=key[1], kind=key[0])
        values = _changed(
            found,
            {"name": entry["name"], "kind": entry["kind"], "description": entry["description"]},
        )
        if values:
            found = entities.entity_update(entity=found, user=self.user, fields=values)
        _review(found, entry["status"], self.user)

    def load_aliases(self):
        for index, entry in enumerate(self.document.get("aliases", [])):
            entity = self.entity(entry["entity"], f"aliases[{index}]")
            alias = entity.aliases.filter(normalized=normalize_alias(entry["name"])).first()
            if alias is None:
                alias = entities.alias_add(entity=entity, name=entry["name"], user=self.user)
            _review(alias, entry["status"], self.user)

    def load_mentions(self):
        for index, entry in enumerate(self.document.get("mentions", [])):
            where = f"mentions[{index}]"
            article, start, end = self.span(Mention, entry["span"], where, entry["text"])
            entity = self.entity(entry["entity"], where)
            rows = Mention.objects.filter(article=article, start=start, end=end)
            mention = rows.filter(entity=entity).first() or rows.first()
            if mention is None:
                mention = entities.mention_create(
                    user=self.user, article=article, entity=entity, start=start, end=end
                )
            elif mention.entity_id != entity.pk:
                mention = entities.mention_update(
                    mention=mention, user=self.user, fields={"entity": entity}
                )
            _review(mention, entry["status"], self.user)

    def load_roles(self):
        for index, entry in enumerate(self.document.get("roles", [])):
            where = f"roles[{index}]"
            key = entry["key"]
            person = self.entity(key["person"], where)
            organization = self.entity(entry["organization"], where)
            if "span" in key:
                article, start, end = self.span(Role, key["span"], where)
                role = Role.objects.filter(person=person, article=article, start=start, end=end)
                role = role.first()
            else:
                article = start = end = None
                role = Role.objects.filter(
                    person=person, title=key["title"], organization=organization
                ).first()
            if role is None:
                span = {"start": start, "end": end} if article else {}
                role = entities.role_create(
                    user=self.user,
                    person=person,
                    title=entry["title"],
                    organization=organization,
                    article=article,
                    **span,
                )
            values = _changed(role, {"title": entry["title"], "organization": organization})
            if values:
                role = entities.role_update(role=role, user=self.user, fields=values)
            _review(role, entry["status"], self.user)

    def load_quotes(self):
        for index, entry in enumerate(self.document.get("quotes", [])):
            where = f"quotes[{index}]"
            article, start, end = self.span(Quote, entry["span"], where, entry["text"])
            speaker = self.entity(entry["speaker"], where)
            quote = Quote.objects.filter(article=article, start=start, end=end).first()
            if quote is None and entry["machine"]:
                was_start, was_end = entry["machine"]
                quote = Quote.objects.filter(article=article, start=was_start, end=was_end).first()
            if quote is None:
                quote = quotes.quote_create(
                    user=self.user,
                    article=article,
                    text=entry["text"],
                    start=start,
                    end=end,
                    speaker=speaker,
                    cue=entry["cue"],
                )
            values = _changed(
                quote,
                {
                    "text": entry["text"],
                    "start": start,
                    "end": end,
                    "speaker": speaker,
                    "cue": entry["cue"],
                },
            )
            if values:
                quote = quotes.quote_update(quote=quote, user=self.user, fields=values)
            _review(quote, entry["status"], self.user)

    def load_claims(self):
        for index, entry in enumerate(self.document.get("claims", [])):
            where = f"claims[{index}]"
            claim = self.claim(entry["key"], where)
            if claim is None:
                claim = claims.claim_create(user=self.user, statement=entry["statement"])
            date = entry["date"] and datetime.date.fromisoformat(entry["date"])
            values = _changed(
                claim,
                {
                    "statement": entry["statement"],
                    "kind": entry["kind"],
                    "date": date or None,
                    "date_precision": entry["date_precision"],
                    "place": self.entity(entry["place"], where),
                    "until": entry["until"],
                    "modality": entry["modality"],
                    "is_previous": entry["is_previous"],
                },
            )
            parties = [self.entity(key, where) for key in entry["parties"]]
            if values or set(parties) != set(claim.parties.all()):
                claim = claims.claim_update(
                    claim=claim, user=self.user, fields=values, parties=parties
                )
            for number, evidence in enumerate(entry["evidence"]):
                with _entry(f"{where}.evidence[{number}]"):
                    self.evidence(claim, evidence, f"{where}.evidence[{number}]")
            if entry["verdict"] and claim.status != entry["verdict"]:
                claim = claims.claim_verify(claim=claim, user=self.user, status=entry["verdict"])
            if claim.review_status != entry["status"]:
                claims.claim_review(claim=claim, user=self.user, status=entry["status"])

    def evidence(self, claim, entry, where):
        article, start, end = self.span(Evidence, entry["span"], where)
        row = claim.evidence.filter(article=article, start=start, end=end).first()
        if row is None:
            row = claims.evidence_create(
                user=self.user,
                claim=claim,
                article=article,
                start=start,
                end=end,
                stance=entry["stance"],
            )
        if row.stance != entry["stance"]:
            row = claims.evidence_update(
                evidence=row, user=self.user, fields={"stance": entry["stance"]}
            )
        if row.review_status != entry["status"]:
            claims.evidence_review(evidence=row, user=self.user, status=entry["status"])

    def load_stories(self):
        for index, entry in enumerate(self.document.get("stories", [])):
            with _entry(f"stories[{index}]"):
                self.story(entry, f"stories[{index}]")

    def story(self, entry, where):
        articles = [self.article(checksum, where) for checksum in entry["articles"]]
        about = [self.entity(key, where) for key in entry["entities"]]
        story = Story.objects.filter(slug=entry["slug"]).first()
        text = {name: entry[name] for name in ("title", "dek", "summary")}
        if story is None:
            story = stories.story_create(
                user=self.user, slug=entry["slug"], articles=articles, entities=about, **text
            )
        else:
            story = stories.story_update(
                story=story,
                user=self.user,
                fields=_changed(story, text),
                articles=articles if set(articles) != set(story.articles.all()) else None,
                entities=about if set(about) != set(story.entities.all()) else None,
            )
        for position, key in enumerate(entry["quotes"]):
            article, start, end = self.span(Quote, key, where)
            quote = Quote.objects.filter(article=article, start=start, end=end).first()
            if quote is None:
                raise CurationError(f"{where}: features a quote that is not at {start}–{end}.")
            stories.story_feature(story=story, fact=quote, user=self.user, position=position)
        for position, row in enumerate(entry["claims"]):
            claim = self.claim(row["claim"], where)
            if claim is None:
                raise CurationError(f"{where}: features a claim that is not in the database.")
            stories.story_feature(
                story=story,
                fact=claim,
                user=self.user,
                position=position,
                is_on_timeline=row["is_on_timeline"],
            )
        published_at = entry["published_at"] and datetime.datetime.fromisoformat(
            entry["published_at"]
        )
        if entry["status"] == StoryStatus.PUBLISHED and story.status != StoryStatus.PUBLISHED:
            story = stories.story_publish(story=story, user=self.user, published_at=published_at)
        elif entry["status"] != StoryStatus.PUBLISHED and story.status == StoryStatus.PUBLISHED:
            story = stories.story_unpublish(story=story, user=self.user)
        for number, correction in enumerate(entry["corrections"]):
            self.correction(story, correction, f"{where}.corrections[{number}]")

    def correction(self, story, entry, where):
        created_at = datetime.datetime.fromisoformat(entry["created_at"])
        if Correction.objects.filter(
            story=story, created_at=created_at, subject=entry["subject"]
        ).exists():
            return
        stories.correction_create(
            story=story,
            user=self.user,
            subject=entry["subject"],
            before=entry["before"],
            after=entry["after"],
            reason=entry["reason"],
            fact=self.fact(entry["fact"], where),
            field=entry["field"],
            created_at=created_at,
            signed_by=_signature(entry["created_by"]),
        )

    def fact(self, ref, where):
        if ref is None:
            return None
        key = ref["key"]
        if ref["type"] == "entities.entity":
            return self.entity(key, where)
        if ref["type"] == "claims.claim":
            return self.claim(key, where)
        if ref["type"] == "entities.role":
            person = self.entity(key["person"], where)
            if "span" in key:
                article, start, end = self.span(Role, key["span"], where)
                return Role.objects.filter(person=person, article=article, start=start).first()
            return Role.objects.filter(person=person, title=key["title"]).first()
        models = {"quotes.quote": Quote, "entities.mention": Mention, "entities.alias": Alias}
        article, start, end = self.span(models[ref["type"]], key, where)
        return models[ref["type"]].objects.filter(article=article, start=start, end=end).first()


def _signature(username):
    """The account a correction is signed with; one missing here is kept as an inactive account
    so the signature survives the move to another database."""
    if username is None:
        return None
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"is_active": False}
    )
    return user


@transaction.atomic
def curation_import(*, document, user=None):
    """Apply a curation document; CurationError (naming the entry) leaves the database as it
    was."""
    try:
        _Loader(document, user).load()
    except ValidationError as error:
        raise CurationError("; ".join(error.messages)) from error
    except (KeyError, TypeError, ValueError) as error:
        raise CurationError(f"malformed entry: {error!r}") from error
