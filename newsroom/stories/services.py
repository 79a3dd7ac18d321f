"""Writes to stories and their public corrections."""

from django.db import transaction
from django.utils import timezone

from newsroom.core.editorial import fields_apply, row_lock, row_save
from newsroom.stories.models import Correction, Story, StoryStatus


def _published_at(story):
    # A published story always has its publication time: it is what makes it public.
    if story.status == StoryStatus.PUBLISHED and story.published_at is None:
        story.published_at = timezone.now()


@transaction.atomic
def story_create(*, user, title, slug, articles=(), reason="", **fields):
    """A new story; one created as published is published now."""
    story = Story(title=title, slug=slug, **fields)
    _published_at(story)
    row_save(story, user=user, reason=reason)
    story.articles.set(articles)
    return story


@transaction.atomic
def story_update(*, story, user, fields, articles=None, version=None, reason=""):
    """Change a story's text, status or articles; marking it published stamps the time."""
    story = row_lock(story, version=version)
    changed = fields_apply(story, fields)
    _published_at(story)
    if changed or articles is not None:
        if articles is not None:
            story.articles.set(articles)
        row_save(story, user=user, reason=reason)
    return story


def correction_create(*, story, user, subject, reason, before="", after=""):
    """A public correction to a story, signed by the editor who made it."""
    correction = Correction(
        story=story, subject=subject, before=before, after=after, reason=reason, created_by=user
    )
    return row_save(correction, user=user)
