from django.urls import path

from newsroom.public import views

app_name = "public"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("stories/<slug:slug>/", views.StoryView.as_view(), name="story"),
    path("articles/<slug:slug>/", views.ArticleView.as_view(), name="article"),
    path("entities/<slug:slug>/", views.entity_view, name="entity"),
]
