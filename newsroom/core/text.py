"""Small text helpers shared by every app."""

from django.db import IntegrityError, transaction
from django.utils.text import slugify

SLUG_ATTEMPTS = 3


def truncate(value, limit):
    """`value` cut to `limit` characters, an ellipsis marking the cut."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def unique_slug(model, value, *, max_length=100, field="slug", fallback="item"):
    """A slug for `value` that no row of `model` has yet: "title", "title-2", "title-3"…"""
    base = slugify(value, allow_unicode=False)
    if len(base) > max_length:
        # Cut at a word boundary so a slug never ends in half a word.
        base = base[: max_length + 1].rsplit("-", 1)[0]
    base = base.strip("-") or fallback
    # One query for every slug taken with this stem, then the first free number: a loop of
    # queries cost hundreds after a few hundred equal headlines.
    stem = base[: max_length - 6].strip("-")
    taken = set(
        model._default_manager.filter(**{f"{field}__startswith": stem}).values_list(
            field, flat=True
        )
    )
    slug, counter = base, 2
    while slug in taken:
        suffix = f"-{counter}"
        slug = f"{base[: max_length - len(suffix)].strip('-')}{suffix}"
        counter += 1
    return slug


def unique_slug_save(obj, value, *, max_length=100, fallback="item"):
    """Save the new row `obj` under a slug from `value` that no row has; a slug a concurrent
    insert takes between the choice and the save is chosen again (each try in a savepoint).
    Other IntegrityErrors are raised after the last try."""
    model = type(obj)
    for attempt in range(SLUG_ATTEMPTS):
        obj.slug = unique_slug(model, value, max_length=max_length, fallback=fallback)
        try:
            with transaction.atomic():
                obj.save()
            return obj
        except IntegrityError:
            if attempt == SLUG_ATTEMPTS - 1:
                raise
    return obj  # not reached: the last try returns or raises
