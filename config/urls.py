from django.contrib import admin
from django.urls import include, path

from newsroom.desk import views as desk_views

admin.site.site_header = "Newsroom editorial desk"
admin.site.site_title = "Newsroom"
admin.site.index_title = "Curate the story"

urlpatterns = [
    # The desk's pages live under the admin, so they come before admin.site.urls.
    path(
        "admin/articles/article/<int:article_id>/review/",
        admin.site.admin_view(desk_views.article_review),
        name="desk-article-review",
    ),
    path(
        "admin/desk/changes/",
        admin.site.admin_view(desk_views.recent_changes),
        name="desk-recent-changes",
    ),
    path("admin/", admin.site.urls),
    path("api/v1/", include("newsroom.api.urls")),
    path("", include("newsroom.public.urls")),
]
