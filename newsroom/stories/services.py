"""Writes to stories: composing, publishing, and the public corrections of what they show."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from newsroom.claims.models import Claim
from newsroom.core.editorial import fields_apply, row_lock, row_save
from newsroom.core.models import ReviewStatus
from newsroom.quotes.models import Quote
from newsroom.stories.models import Correction, Story, StoryClaim, StoryQuote, StoryStatus
from newsroom.stories.rules import PUBLIC_FIELDS, publish_problems, story_list_showing


@transaction.atomic
def story_create(*, user, title, slug, articles=(), entities=(), reason="", **fields):
    """A new draft story; publishing is `story_publish`, which checks what the story shows."""
    if fields.get("status", StoryStatus.DRAFT) != StoryStatus.DRAFT:
        raise ValidationError("A story is created as a draft; publish it once its facts are ready.")
    story = Story(title=title, slug=slug, **fields)
    row_save(story, user=user, reason=reason)
    story.articles.set(articles)
    story.entities.set(entities)
    return story


@transaction.atomic
def story_update(*, story, user, fields, articles=None, entities=None, version=None, reason=""):
    """Change a story's title, slug, dek, summary, articles or the entities it is about."""
    if {"status", "published_at"} & set(fields):
        raise ValidationError("Publish or unpublish a story with its own action, not by editing.")
    story = row_lock(story, version=version)
    changed = fields_apply(story, fields)
    if changed or articles is not None or entities is not None:
        if articles is not None:
            story.articles.set(articles)
        if entities is not None:
            story.entities.set(entities)
        row_save(story, user=user, reason=reason)
    return story


@transaction.atomic
def story_publish(*, story, user, reason="", published_at=None):
    """Publish a story, refused with every reason while a fact it shows is not ready.

    The first publication stamps `published_at` (or keeps the time given, when curation is
    replayed); republishing keeps it, so readers see when the story first appeared."""
    story = row_lock(story)
    problems = publish_problems(story)
    if problems:
        raise ValidationError([f"“{story.title}” cannot be published: {p}" for p in problems])
    story.status = StoryStatus.PUBLISHED
    story.published_at = published_at or story.published_at or timezone.now()
    return row_save(story, user=user, reason=reason or "Published")


@transaction.atomic
def story_unpublish(*, story, user, reason=""):
    """Take a story off the public site; it keeps its first publication time."""
    story = row_lock(story)
    story.status = StoryStatus.DRAFT
    return row_save(story, user=user, reason=reason or "Unpublished")


def _through(fact):
    if isinstance(fact, Quote):
        return StoryQuote, "quote"
    if isinstance(fact, Claim):
        return StoryClaim, "claim"
    raise TypeError(f"A story features quotes and claims, not {type(fact).__name__}.")


@transaction.atomic
def story_feature(*, story, fact, user, position=None, is_on_timeline=None, reason=""):
    """Feature a quote or claim in the story at `position` (last if not given), or move it there;
    a claim can be left off the timeline. Return the story's row for the fact."""
    model, name = _through(fact)
    if is_on_timeline is not None and model is not StoryClaim:
        raise ValidationError("Only claims are on a story's timeline.")
    row = model.objects.filter(story=story, **{name: fact}).first()
    if row is None:
        if position is None:
            last = model.objects.filter(story=story).aggregate(last=Max("position"))["last"]
            position = 0 if last is None else last + 1
        row = model(story=story, **{name: fact}, position=position)
    values = {"position": position, "is_on_timeline": is_on_timeline}
    changed = fields_apply(row, {key: value for key, value in values.items() if value is not None})
    if row.pk and not changed:
        return row  # as it was: no save, no history row
    return row_save(row, user=user, reason=reason)


@transaction.atomic
def story_unfeature(*, story, fact, user, reason=""):
    """Take a quote or claim out of the story; from a published story that is a correction."""
    model, name = _through(fact)
    row = model.objects.filter(story=story, **{name: fact}).first()
    if row is None:
        return
    if story.status == StoryStatus.PUBLISHED:
        correction_issue(
            story=story,
            fact=fact,
            field="story",
            before=f"shown in “{story.title}”",
            after="removed from the story",
            user=user,
            reason=reason,
        )
    row._history_user, row._change_reason = user, reason or None
    row.delete()


def correction_issue(*, story, fact, field, before, after, user, reason):
    """The public record of a change to a fact `story` shows, with the editor's note."""
    if not (reason or "").strip():
        label = fact._meta.verbose_name
        raise ValidationError(
            f"This {label} is public in the published story “{story.title}”: changing it issues "
            "a correction readers will see. Give a note saying why (the change note)."
        )
    return correction_create(
        story=story,
        user=user,
        subject=f"{fact._meta.verbose_name.capitalize()} “{fact}”: {field.replace('_', ' ')}",
        before=before,
        after=after,
        reason=reason,
        fact=fact,
        field=field,
    )


@transaction.atomic
def correction_create(
    *,
    story,
    user,
    subject,
    reason,
    before="",
    after="",
    fact=None,
    field="",
    created_at=None,
    signed_by=None,
):
    """A public correction to a story, signed by the editor who made it (or, replaying curation,
    by `signed_by` at `created_at`)."""
    correction = Correction(
        story=story,
        subject=subject,
        before=before,
        after=after,
        reason=reason,
        created_by=signed_by or user,
        fact=fact,
        field=field,
    )
    row_save(correction, user=user)
    if created_at is not None:
        # The time is part of the public record; auto_now_add would put the replay's time.
        Correction.objects.filter(pk=correction.pk).update(created_at=created_at)
        correction.created_at = created_at
    return correction


def _shown(value):
    """A field's value as a reader would read it in a correction."""
    if value in VISIBILITY:
        return VISIBILITY[value]
    if value is None or value == "":
        return "—"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


APPROVED = ReviewStatus.APPROVED
# A review status as readers see its effect.
VISIBILITY = {
    ReviewStatus.APPROVED: "shown",
    ReviewStatus.PENDING: "withdrawn for checking",
    ReviewStatus.REJECTED: "withdrawn",
}


def corrections_for_change(*, fact, changes, user, reason):
    """Issue a correction in every published story that shows `fact`, for each public field an
    editor changed; a change the machine makes (no user) or to a draft's facts issues none."""
    fields = PUBLIC_FIELDS.get(type(fact), set())
    public = [
        change
        for change in changes
        if change[0] in fields
        # A review decision matters to readers only when it shows or withdraws the fact.
        and (change[0] != "review_status" or (change[1] == APPROVED) != (change[2] == APPROVED))
    ]
    if user is None or not public:
        return []
    return [
        correction_issue(
            story=story,
            fact=fact,
            field=field,
            before=_shown(before),
            after=_shown(after),
            user=user,
            reason=reason,
        )
        for story in story_list_showing(fact)
        for field, before, after in public
    ]


def _fact_changed(sender, *, fact, changes, user, reason, **kwargs):
    corrections_for_change(fact=fact, changes=changes, user=user, reason=reason)
