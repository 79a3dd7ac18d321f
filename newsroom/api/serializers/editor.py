"""The editor endpoints' shapes: what an editor sends (input serializers, which validate and never
write) and the row as the desk sees it, whatever its review state."""

from django.urls import reverse
from rest_framework import serializers

from newsroom.claims.models import Claim, ClaimStatus, DatePrecision
from newsroom.core.editorial import version_of
from newsroom.entities.models import Entity, EntityKind
from newsroom.quotes.models import Quote
from newsroom.stories.models import Story


def editor_url(request, name, pk):
    return request.build_absolute_uri(reverse(f"api:editor-{name}-detail", kwargs={"pk": pk}))


# What an editor sends.


class EditorInputSerializer(serializers.Serializer):
    """A body with only the fields an action takes: an unknown one is refused, so that a
    misspelt or read-only field is never silently ignored."""

    def validate(self, attrs):
        unknown = sorted(set(self.initial_data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError(
                {name: ["This field cannot be set here."] for name in unknown}
            )
        return attrs


class NoteSerializer(EditorInputSerializer):
    """The editor's note, kept in the history; required by the service when the change shows in
    a published story, where readers see it with the correction."""

    note = serializers.CharField(
        default="",
        allow_blank=True,
        max_length=2000,
        help_text="Why you made the change. Required when the fact is shown in a published "
        "story: it is published with the correction readers see.",
    )


class QuoteChangeSerializer(NoteSerializer):
    """A correction of a quote's words or speaker (`speaker` alone reassigns it)."""

    text = serializers.CharField(
        required=False,
        trim_whitespace=False,
        help_text="The article's exact words; the span is found in the article.",
    )
    speaker = serializers.PrimaryKeyRelatedField(
        queryset=Entity.objects.canonical(),
        allow_null=True,
        required=False,
        help_text="The id of the entity who said it, or null for unattributed.",
    )

    def validate(self, attrs):
        attrs = super().validate(attrs)
        if not {"text", "speaker"} & set(attrs):
            raise serializers.ValidationError("Give the new `text`, `speaker`, or both.")
        return attrs


class ClaimChangeSerializer(NoteSerializer):
    """A correction of a claim's statement, date, place, or its verdict (`status`)."""

    statement = serializers.CharField(required=False)
    date = serializers.DateField(required=False, allow_null=True)
    date_precision = serializers.ChoiceField(
        choices=DatePrecision.choices, required=False, allow_blank=True
    )
    place = serializers.PrimaryKeyRelatedField(
        queryset=Entity.objects.canonical().filter(kind=EntityKind.PLACE),
        allow_null=True,
        required=False,
        help_text="The id of a place entity, or null.",
    )
    status = serializers.ChoiceField(
        choices=ClaimStatus.choices,
        required=False,
        help_text="The verification status; needs the `claims.verify_claim` permission.",
    )

    def validate(self, attrs):
        attrs = super().validate(attrs)
        if not set(attrs) - {"note"}:
            raise serializers.ValidationError(
                "Give at least one of `statement`, `date`, `date_precision`, `place`, `status`."
            )
        return attrs


class EntityMergeSerializer(NoteSerializer):
    """The entity that survives a merge."""

    target = serializers.PrimaryKeyRelatedField(
        queryset=Entity.objects.canonical(),
        help_text="The id of the entity this one is merged into.",
    )


# What an editor reads back.


class EditorEntityRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.CharField()
    url = serializers.SerializerMethodField()

    def get_url(self, entity) -> str:
        return editor_url(self.context["request"], "entity", entity.pk)


class VersionedSerializer(serializers.ModelSerializer):
    """A row with `version`, the token its ETag carries and every change must send back.

    `kind` and a story's `status` are plain strings here: the public resources document their
    choices, and the schema's enums keep one name per field only while each choice set
    appears in one component."""

    version = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    def get_version(self, obj) -> str:
        return version_of(obj)

    def get_url(self, obj) -> str:
        return editor_url(self.context["request"], obj._meta.model_name, obj.pk)


class EditorQuoteSerializer(VersionedSerializer):
    """A quote in any review state, with its provenance."""

    speaker = EditorEntityRefSerializer(allow_null=True)

    class Meta:
        model = Quote
        fields = ["id", "article", "text", "start", "end", "speaker", "cue", "is_featured"]
        fields += ["review_status", "origin", "confidence", "updated_at", "version", "url"]


class EditorClaimSerializer(VersionedSerializer):
    """A claim in any review state, with its verdict and provenance."""

    place = EditorEntityRefSerializer(allow_null=True)
    kind = serializers.CharField(help_text="The kind of event (see Claim).")

    class Meta:
        model = Claim
        fields = ["id", "statement", "kind", "modality", "date", "date_precision", "place"]
        fields += ["until", "status", "review_status", "origin", "confidence", "updated_at"]
        fields += ["version", "url"]


class EditorAliasSerializer(serializers.Serializer):
    name = serializers.CharField()
    review_status = serializers.CharField()


class EditorEntitySerializer(VersionedSerializer):
    """An entity in any review state, with every alias and, once merged, the survivor."""

    aliases = EditorAliasSerializer(many=True)
    merged_into = EditorEntityRefSerializer(allow_null=True)
    kind = serializers.CharField(help_text="person, organization, place, spacecraft, …")

    class Meta:
        model = Entity
        fields = ["id", "name", "slug", "kind", "description", "aliases", "merged_into"]
        fields += ["review_status", "origin", "confidence", "updated_at", "version", "url"]


class EditorStorySerializer(VersionedSerializer):
    """A story, draft or published."""

    status = serializers.CharField(help_text="draft, published or archived.")

    class Meta:
        model = Story
        fields = ["id", "slug", "title", "dek", "status", "published_at", "updated_at"]
        fields += ["version", "url"]


class ProblemSerializer(serializers.Serializer):
    """An error as problem details (RFC 9457); `errors` lists invalid fields with reasons."""

    type = serializers.CharField()
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    errors = serializers.JSONField(required=False)
