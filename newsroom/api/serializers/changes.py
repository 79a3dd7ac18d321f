import base64
import binascii
import re

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from newsroom.api.models import ChangeKind
from newsroom.api.services import RESOURCES

MAX_PAGE_SIZE = 500
_CURSOR = re.compile(r"c1:(\d{1,19})")
_LAST_POSITION = 2**63 - 1  # the largest id the database can hold


def cursor_encode(position):
    """The opaque cursor for a position in the feed."""
    return base64.urlsafe_b64encode(f"c1:{position}".encode()).decode().rstrip("=")


def cursor_decode(cursor):
    """The feed position a cursor stands for; ValueError if it is not one this API made."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise ValueError(cursor) from error
    match = _CURSOR.fullmatch(text)
    if match is None or int(match.group(1)) > _LAST_POSITION:
        raise ValueError(cursor)
    return int(match.group(1))


class ChangeQuerySerializer(serializers.Serializer):
    """The feed's query: where to start, and how many entries at most."""

    since = serializers.CharField(
        required=False,
        allow_blank=True,
        help_text="The `cursor` of a previous response; omit it to read the feed from the start.",
    )
    page_size = serializers.IntegerField(
        required=False, default=100, min_value=1, max_value=MAX_PAGE_SIZE
    )

    def validate_since(self, value) -> int:
        if not value:
            return 0
        try:
            return cursor_decode(value)
        except ValueError:
            raise serializers.ValidationError(
                "Not a cursor of this feed: pass the `cursor` of a previous response, or omit "
                "`since` to start from the beginning."
            ) from None

    def validate(self, attrs):
        attrs.setdefault("since", 0)
        return attrs


class ChangeSerializer(serializers.Serializer):
    """One entry: which object, whether it is public (`upsert`, with its current representation)
    or no longer is (`tombstone`), and when the feed learned of it."""

    resource = serializers.ChoiceField(choices=list(RESOURCES), help_text="The endpoint's name.")
    id = serializers.IntegerField(source="object_id")
    change = serializers.SerializerMethodField()
    at = serializers.DateTimeField()
    url = serializers.SerializerMethodField()
    data = serializers.SerializerMethodField()

    def _shown(self, change):
        return self.context["representations"].get((change.resource, change.object_id))

    @extend_schema_field(serializers.ChoiceField(choices=ChangeKind.values))
    def get_change(self, change) -> str:
        # An object that stopped being public since the last reconcile is already a tombstone
        # (the next reconcile records it as one).
        return ChangeKind.UPSERT if self._shown(change) is not None else ChangeKind.TOMBSTONE

    def get_url(self, change) -> str | None:
        shown = self._shown(change)
        return shown["url"] if shown is not None else None

    def get_data(self, change) -> dict | None:
        return self._shown(change)


class ChangePageSerializer(serializers.Serializer):
    """A page of the feed. Follow `next` while it is set; later, poll with `since=<cursor>`."""

    next = serializers.URLField(allow_null=True, help_text="More entries now; null once caught up.")
    previous = serializers.URLField(
        allow_null=True, help_text="Always null: the feed runs forward."
    )
    cursor = serializers.CharField(help_text="Pass as `since` to read the entries after this page.")
    results = ChangeSerializer(many=True)
