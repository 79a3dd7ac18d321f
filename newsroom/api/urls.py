from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter, SimpleRouter

from newsroom.api.views import editor, resources
from newsroom.api.views.changes import ChangeFeedView

app_name = "api"

router = DefaultRouter()
router.register("stories", resources.StoryViewSet, basename="story")
router.register("articles", resources.ArticleViewSet, basename="article")
router.register("entities", resources.EntityViewSet, basename="entity")
router.register("quotes", resources.QuoteViewSet, basename="quote")
router.register("claims", resources.ClaimViewSet, basename="claim")
router.register("corrections", resources.CorrectionViewSet, basename="correction")

# The desk's actions, authenticated and permission-checked (newsroom/api/views/editor.py).
editor_router = SimpleRouter()
editor_router.register("quotes", editor.QuoteEditorViewSet, basename="editor-quote")
editor_router.register("claims", editor.ClaimEditorViewSet, basename="editor-claim")
editor_router.register("entities", editor.EntityEditorViewSet, basename="editor-entity")
editor_router.register("stories", editor.StoryEditorViewSet, basename="editor-story")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("changes/", ChangeFeedView.as_view(), name="changes"),
    path("editor/", include(editor_router.urls)),
    path("", include(router.urls)),
]
