"""The changes feed: `/api/v1/changes/?since=<cursor>`."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param
from rest_framework.views import APIView

from newsroom.api.models import Change
from newsroom.api.serializers.changes import (
    ChangePageSerializer,
    ChangeQuerySerializer,
    ChangeSerializer,
    cursor_encode,
)
from newsroom.api.services import change_list_after, change_representations, changes_reconcile
from newsroom.public.freshness import strong_etag


class ChangeFeedView(APIView):
    """Every created, updated and retracted public object, oldest change first, one entry per
    object (its latest change). Replay it from the start into a store keyed by (resource, id),
    then poll with `since=<cursor>`: the store then holds what the list endpoints show."""

    @extend_schema(
        operation_id="changes_list",
        parameters=[ChangeQuerySerializer],
        # 304, 400 and 429 (problem details) are added to every read by `api.schema`.
        responses={200: ChangePageSerializer},
    )
    def get(self, request):
        query = ChangeQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        since, size = query.validated_data["since"], query.validated_data["page_size"]
        changes_reconcile()
        changes = change_list_after(position=since, limit=size + 1)
        more, changes = len(changes) > size, changes[:size]
        cursor = cursor_encode(changes[-1].pk if changes else since)
        representations = change_representations(changes=changes, request=request)
        context = {"request": request, "representations": representations}
        page = {
            "next": replace_query_param(request.build_absolute_uri(), "since", cursor)
            if more
            else None,
            "previous": None,
            "cursor": cursor,
            "results": ChangeSerializer(changes, many=True, context=context).data,
        }
        return self._conditional(request, page)

    def _conditional(self, request, page):
        """ETag from the page itself; Last-Modified from the feed's latest entry."""
        text = json.dumps(page, sort_keys=True, cls=DjangoJSONEncoder)
        etag = strong_etag(text)
        latest = Change.objects.order_by("-pk").values_list("at", flat=True).first()
        last_modified = int(latest.timestamp()) if latest else None
        response = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if response is None:
            response = Response(page)
        response["ETag"] = etag
        if last_modified:
            response["Last-Modified"] = http_date(last_modified)
        patch_cache_control(response, public=True, no_cache=True)
        patch_vary_headers(response, ["Accept"])
        return response
