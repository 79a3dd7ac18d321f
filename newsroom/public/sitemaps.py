"""sitemap.xml: the published stories, the articles they are built on, the public entities."""

from django.contrib.sitemaps import Sitemap

from newsroom.public.feeds import story_list_for_feed, story_updated_at
from newsroom.stories.selectors import article_list_public, entity_list_public


class StorySitemap(Sitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return story_list_for_feed()

    def lastmod(self, story):
        return story_updated_at(story)


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return article_list_public().order_by("pk")

    def lastmod(self, article):
        return article.updated_at


class EntitySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return entity_list_public().order_by("slug")

    def lastmod(self, entity):
        return entity.updated_at


SITEMAPS = {"stories": StorySitemap, "articles": ArticleSitemap, "entities": EntitySitemap}
