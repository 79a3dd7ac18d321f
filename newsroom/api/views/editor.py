"""Editor endpoints under /api/v1/editor/: the desk's decisions over HTTP, through the same
services as the admin.

Authentication is a token (`Authorization: Token <key>`; an administrator creates one with
`python manage.py drf_create_token <username>`) or the admin's session, with its CSRF token on
every change. Each action needs the Django permission the desk's groups grant for it
(`newsroom.api.permissions`). `GET` answers a row with `ETag: "<version>"`; every change must
send it back in `If-Match`: without it the answer is 428, and if the row changed since, 412
saying what changed. The row is locked while the version is compared and the service runs.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_etags
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.decorators import action
from rest_framework.parsers import JSONParser
from rest_framework.response import Response
from rest_framework.settings import api_settings

from newsroom.api.permissions import HasEditorialPermission, perm_require
from newsroom.api.serializers import editor as shapes
from newsroom.claims import services as claims
from newsroom.claims.models import Claim
from newsroom.core.editorial import StaleEdit, changes_since, version_of
from newsroom.core.models import ReviewStatus
from newsroom.entities import services as entities
from newsroom.entities.models import Alias, Entity
from newsroom.quotes import services as quotes
from newsroom.quotes.models import Quote
from newsroom.stories import services as stories
from newsroom.stories.models import Story


class PreconditionRequired(exceptions.APIException):
    status_code = 428
    default_detail = (
        "Send the row's ETag in If-Match: GET it first, so that your change cannot overwrite "
        "someone else's."
    )
    default_code = "precondition_required"


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The row changed since you read it; GET it again."
    default_code = "stale"


class Refused(exceptions.APIException):
    """A service's refusal that names no field: its messages are the problem's detail."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "invalid"


def etag(obj):
    return f'"{version_of(obj)}"'


def refusal(error):
    """A service's ValidationError as the API's 400: field errors under `errors`, else the
    messages as the detail."""
    if hasattr(error, "error_dict"):
        errors = {
            (api_settings.NON_FIELD_ERRORS_KEY if name == "__all__" else name): messages
            for name, messages in error.message_dict.items()
        }
        return exceptions.ValidationError(errors)
    return Refused(" ".join(error.messages))


class EditorViewSet(mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """One kind of row: GET it with its ETag; each change is a method that calls a service."""

    # The token first, so that an anonymous request is told how to authenticate (401).
    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [HasEditorialPermission]
    filter_backends = []
    pagination_class = None
    parser_classes = [JSONParser]
    permission_verb = None  # set by each @action: review, merge, publish…

    def respond(self, obj):
        response = Response(self.get_serializer(obj).data)
        response["ETag"] = etag(obj)
        patch_cache_control(response, private=True, no_cache=True)
        return response

    def retrieve(self, request, *args, **kwargs):
        obj = self.get_object()
        not_modified = get_conditional_response(request, etag=etag(obj))
        return not_modified or self.respond(obj)

    def change(self, request, act, *, body=shapes.NoteSerializer, check=None):
        """Validate the body, lock the row, compare If-Match with its version, and call
        `act(row, data, version)`, which calls the service and returns the row to answer with."""
        obj = self.get_object()
        header = request.headers.get("If-Match", "").strip()
        if not header:
            raise PreconditionRequired()
        if header == "*":
            raise PreconditionRequired("If-Match: * does not protect your change; send the ETag.")
        serializer = body(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        if check:
            check(data)
        try:
            with transaction.atomic():
                row = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
                version = version_of(row)
                tags = parse_etags(header)  # a malformed header matches nothing
                if etag(row) not in tags:
                    seen = tags[0].removeprefix("W/").strip('"') if tags else ""
                    raise StaleEdit(row, changes_since(row, seen))
                saved = act(row, data, version)
        except StaleEdit as stale:
            raise PreconditionFailed(stale.messages[0]) from stale
        except ValidationError as error:
            raise refusal(error) from error
        return self.respond(self.get_queryset().get(pk=saved.pk))

    def review_service(self, row, *, user, status, reason):
        raise NotImplementedError

    def review(self, request, status):
        return self.change(
            request,
            lambda row, data, version: self.review_service(
                row, user=request.user, status=status, reason=data["note"]
            ),
        )


# The OpenAPI description of the endpoints.

IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=True,
    description="The ETag of the row as last read (GET); 428 without it, 412 when stale.",
)
ETAG = OpenApiParameter(
    "ETag",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="The row's version, to send back in If-Match.",
    response=[200],
)
PROBLEM = {
    400: "The input is invalid, or the service refused the change (its reasons).",
    401: "Not authenticated: send a token or sign in.",
    403: "Authenticated without the permission (or, with a session, without the CSRF token).",
    404: "No such row.",
    412: "The row changed since the ETag sent; the detail says what changed.",
    428: "If-Match is missing.",
}


def problems(*codes):
    return {
        (code, "application/problem+json"): OpenApiResponse(
            shapes.ProblemSerializer, description=PROBLEM[code]
        )
        for code in codes
    }


def documented(reading, **writes):
    """Describe an editor viewset: its GET (`reading`, a summary), its approve/ and reject/ if
    it has them, and each other change in `writes` as action=(summary, body serializer)."""

    def describe(viewset):
        output = viewset.serializer_class
        noun = output.Meta.model._meta.verbose_name
        if issubclass(viewset, ReviewActions):
            for verb in ("approve", "reject"):
                writes.setdefault(verb, (f"{verb.capitalize()} the {noun}", shapes.NoteSerializer))
        schemas = {
            name: extend_schema(
                summary=summary,
                request=body,
                parameters=[IF_MATCH, ETAG],
                responses={200: output, **problems(400, 401, 403, 404, 412, 428)},
            )
            for name, (summary, body) in writes.items()
        }
        schemas["retrieve"] = extend_schema(
            summary=reading,
            parameters=[ETAG],
            responses={
                200: output,
                304: OpenApiResponse(description="Not modified (If-None-Match)."),
                **problems(401, 403, 404),
            },
        )
        return extend_schema_view(**schemas)(viewset)

    return describe


class ReviewActions:
    """approve/ and reject/, with an optional note; `<app>.review_<model>` permission."""

    @action(detail=True, methods=["post"], permission_verb="review")
    def approve(self, request, pk=None):
        return self.review(request, ReviewStatus.APPROVED)

    @action(detail=True, methods=["post"], permission_verb="review")
    def reject(self, request, pk=None):
        return self.review(request, ReviewStatus.REJECTED)


@documented(
    "A quote in any review state",
    partial_update=(
        "Correct a quote's words or reassign its speaker",
        shapes.QuoteChangeSerializer,
    ),
)
class QuoteEditorViewSet(ReviewActions, EditorViewSet):
    """Quotes: approve, reject, correct (`text`, `speaker`); a `speaker` alone reassigns it."""

    queryset = Quote.objects.all()
    serializer_class = shapes.EditorQuoteSerializer

    def get_queryset(self):
        return Quote.objects.select_related("speaker")

    def review_service(self, row, **kwargs):
        return quotes.quote_review(quote=row, **kwargs)

    def partial_update(self, request, pk=None):
        def act(row, data, version):
            note = data.pop("note")
            if set(data) == {"speaker"}:
                return quotes.quote_attribute(
                    quote=row,
                    user=request.user,
                    speaker=data["speaker"],
                    version=version,
                    reason=note,
                )
            return quotes.quote_update(
                quote=row, user=request.user, fields=data, version=version, reason=note
            )

        return self.change(request, act, body=shapes.QuoteChangeSerializer)


@documented(
    "A claim in any review state",
    partial_update=(
        "Correct a claim's statement, date or place, or give its verdict",
        shapes.ClaimChangeSerializer,
    ),
)
class ClaimEditorViewSet(ReviewActions, EditorViewSet):
    """Claims: approve, reject, correct (`statement`, `date`, `date_precision`, `place`) and
    the verdict (`status`, which needs `claims.verify_claim`)."""

    queryset = Claim.objects.all()
    serializer_class = shapes.EditorClaimSerializer

    def get_queryset(self):
        return Claim.objects.select_related("place")

    def review_service(self, row, **kwargs):
        return claims.claim_review(claim=row, **kwargs)

    def partial_update(self, request, pk=None):
        def check(data):
            if "status" in data:
                perm_require(
                    request.user,
                    "claims.verify_claim",
                    "Setting a claim's verification status needs the claims.verify_claim "
                    "permission.",
                )

        def act(row, data, version):
            note, status = data.pop("note"), data.pop("status", None)
            if data:
                row = claims.claim_update(
                    claim=row, user=request.user, fields=data, version=version, reason=note
                )
                version = None  # checked, and the row is still locked
            if status is not None:
                row = claims.claim_verify(
                    claim=row, user=request.user, status=status, note=note, version=version
                )
            return row

        return self.change(request, act, body=shapes.ClaimChangeSerializer, check=check)


@documented(
    "An entity in any review state",
    merge=("Merge this entity into `target`; answers the target", shapes.EntityMergeSerializer),
)
class EntityEditorViewSet(ReviewActions, EditorViewSet):
    """Entities: approve, reject, and merge into another (`entities.merge_entity`)."""

    queryset = Entity.objects.all()
    serializer_class = shapes.EditorEntitySerializer

    def get_queryset(self):
        return Entity.objects.select_related("merged_into").prefetch_related(
            Prefetch("aliases", queryset=Alias.objects.order_by("name", "pk"))
        )

    def review_service(self, row, **kwargs):
        return entities.entity_review(entity=row, **kwargs)

    @action(detail=True, methods=["post"], permission_verb="merge")
    def merge(self, request, pk=None):
        """If-Match is the version of this entity, the one that is merged away."""

        def act(row, data, version):
            return entities.entity_merge(
                source=row, target=data["target"], user=request.user, reason=data["note"]
            )

        return self.change(request, act, body=shapes.EntityMergeSerializer)


@documented(
    "A story, draft or published",
    publish=("Publish the story", shapes.NoteSerializer),
    unpublish=("Take the story off the public site", shapes.NoteSerializer),
)
class StoryEditorViewSet(EditorViewSet):
    """Stories: publish and unpublish (`stories.publish_story`)."""

    queryset = Story.objects.all()
    serializer_class = shapes.EditorStorySerializer

    @action(detail=True, methods=["post"], permission_verb="publish")
    def publish(self, request, pk=None):
        return self.change(
            request,
            lambda row, data, version: stories.story_publish(
                story=row, user=request.user, reason=data["note"]
            ),
        )

    @action(detail=True, methods=["post"], permission_verb="publish")
    def unpublish(self, request, pk=None):
        return self.change(
            request,
            lambda row, data, version: stories.story_unpublish(
                story=row, user=request.user, reason=data["note"]
            ),
        )
