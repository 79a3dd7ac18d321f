"""Media types the API answers besides JSON."""

from rest_framework.renderers import JSONRenderer


class NinjsRenderer(JSONRenderer):
    """IPTC ninjs (News in JSON): `Accept: application/ninjs+json` or `?format=ninjs`."""

    media_type = "application/ninjs+json"
    format = "ninjs"
