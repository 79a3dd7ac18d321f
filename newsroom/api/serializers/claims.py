from rest_framework import serializers

from newsroom.api.serializers.common import (
    ArticleRefSerializer,
    EntityRefSerializer,
    LinksMixin,
)
from newsroom.claims.models import Claim, Evidence


class EvidenceSerializer(serializers.ModelSerializer):
    """A passage stating the claim: its source, stance and the values it gives."""

    source = ArticleRefSerializer(source="article")
    place = EntityRefSerializer(allow_null=True)
    html_url = serializers.SerializerMethodField()

    class Meta:
        model = Evidence
        fields = ["id", "source", "stance", "text", "start", "end", "date", "date_precision"]
        fields += ["place", "until", "html_url"]

    def get_html_url(self, evidence) -> str:
        article_url = evidence.article.get_absolute_url()
        return self.context["request"].build_absolute_uri(f"{article_url}#evidence-{evidence.pk}")


class ClaimSerializer(LinksMixin, serializers.ModelSerializer):
    """A claim: its status, event, date with precision, place, parties and evidence."""

    route = "claim"

    place = EntityRefSerializer(allow_null=True)
    parties = serializers.SerializerMethodField()
    evidence = EvidenceSerializer(source="public_evidence", many=True)
    date_label = serializers.CharField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = ["id", "statement", "status", "kind", "modality", "is_previous", "date"]
        fields += ["date_precision", "date_label", "place", "until", "parties", "evidence"]
        fields += ["updated_at", "url"]

    def get_parties(self, claim) -> list[dict]:
        approved = [party for party in claim.parties.all() if party.review_status == "approved"]
        return EntityRefSerializer(approved, many=True, context=self.context).data
