from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from newsroom.api.views import resources
from newsroom.api.views.changes import ChangeFeedView

app_name = "api"

router = DefaultRouter()
router.register("stories", resources.StoryViewSet, basename="story")
router.register("articles", resources.ArticleViewSet, basename="article")
router.register("entities", resources.EntityViewSet, basename="entity")
router.register("quotes", resources.QuoteViewSet, basename="quote")
router.register("claims", resources.ClaimViewSet, basename="claim")
router.register("corrections", resources.CorrectionViewSet, basename="correction")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("changes/", ChangeFeedView.as_view(), name="changes"),
    path("", include(router.urls)),
]
