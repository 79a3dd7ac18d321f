from django.contrib.sitemaps.views import sitemap
from django.urls import path

from newsroom.public import feeds, quotes, search, views
from newsroom.public.sitemaps import SITEMAPS
from newsroom.public.views import public_page

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path("stories/<slug:slug>/", views.story_view, name="story"),
    path("stories/<slug:slug>/preview/", views.story_preview, name="story-preview"),
    path("articles/<slug:slug>/", views.article_view, name="article"),
    path("entities/<slug:slug>/", views.entity_view, name="entity"),
    path("quotes/", public_page(quotes.quotes_index), name="quotes"),
    path("search/", public_page(search.search_view), name="search"),
    path("feeds/stories/", public_page(feeds.StoryFeed()), name="feed-stories"),
    path("feeds/corrections/", public_page(feeds.CorrectionFeed()), name="feed-corrections"),
    path("sitemap.xml", public_page(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
]
