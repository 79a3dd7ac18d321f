from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Newsroom editorial desk"
admin.site.site_title = "Newsroom"
admin.site.index_title = "Curate the story"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("newsroom.public.urls")),
]
