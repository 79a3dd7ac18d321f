"""Reads of stories shared by the public pages, the feeds and the API."""

from newsroom.claims.models import Claim


def story_timeline(*, story):
    """The story's dated featured claims that are on its timeline, in date order."""
    return list(
        Claim.objects.filter(
            story_claims__story=story, story_claims__is_on_timeline=True, date__isnull=False
        )
        .select_related("place")
        .order_by("date", "pk")
    )
