"""Small text helpers shared by every app."""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import slugify

SLUG_ATTEMPTS = 3


def truncate(value, limit):
    """`value` cut to `limit` characters, an ellipsis marking the cut."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def unique_slug(model, value, *, max_length=100, field="slug", fallback="item"):
    """A slug for `value` that no row of `model` has yet: "title", "title-2", "title-3"…"""
    return unique_slugs(model, [value], max_length=max_length, field=field, fallback=fallback)[0]


def unique_slugs(model, values, *, max_length=100, field="slug", fallback="item"):
    """`unique_slug` for several new rows at once, in one query: each slug differs from every
    row's and from those given to the values before it. `fallback` is one for all values or a
    list of one per value."""
    if not values:
        return []
    fallbacks = [fallback] * len(values) if isinstance(fallback, str) else fallback
    bases = [
        _slug_base(value, max_length, other) for value, other in zip(values, fallbacks, strict=True)
    ]
    # One query for every slug taken with these stems, then the first free number: a loop of
    # queries cost hundreds after a few hundred equal headlines.
    stems = {base[: max_length - 6].strip("-") for base in bases}
    taken_with = Q()
    for stem in stems:
        taken_with |= Q(**{f"{field}__startswith": stem})
    taken = set(model._default_manager.filter(taken_with).values_list(field, flat=True))
    slugs = []
    for base in bases:
        slug, counter = base, 2
        while slug in taken:
            suffix = f"-{counter}"
            slug = f"{base[: max_length - len(suffix)].strip('-')}{suffix}"
            counter += 1
        taken.add(slug)
        slugs.append(slug)
    return slugs


def _slug_base(value, max_length, fallback):
    base = slugify(value, allow_unicode=False)
    if len(base) > max_length:
        # Cut at a word boundary so a slug never ends in half a word.
        base = base[: max_length + 1].rsplit("-", 1)[0]
    return base.strip("-") or fallback


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
