"""factory_boy factories, one per model, producing valid rows with consistent spans."""

import hashlib

import factory
from django.contrib.auth import get_user_model

from newsroom.articles.models import Article, Source
from newsroom.claims.models import Claim, Evidence
from newsroom.entities.models import Alias, Entity, Mention, Role
from newsroom.quotes.models import Quote
from newsroom.stories.models import Correction, Story

ARTICLE_BODY = (
    "Space agency heads meet in Vienna\n"
    "Jane Doe, Director of the Example Space Agency, met John Roe in Vienna on May 2, 2024.\n"
    "“We will keep working together,” Doe said.\n"
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("correct horse battery staple")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Outlet {n}")
    slug = factory.Sequence(lambda n: f"outlet-{n}")
    homepage = factory.LazyAttribute(lambda o: f"https://{o.slug}.example/")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    body = factory.Sequence(lambda n: f"{ARTICLE_BODY}Item {n}.\n")
    blocks = factory.LazyAttribute(lambda o: [["paragraph", 0, len(o.body.rstrip())]])
    checksum = factory.LazyAttribute(lambda o: hashlib.sha256(o.body.encode()).hexdigest())
    word_count = factory.LazyAttribute(lambda o: len(o.body.split()))


class EntityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Entity

    name = factory.Sequence(lambda n: f"Person {n}")
    slug = factory.Sequence(lambda n: f"person-{n}")
    kind = "person"


class AliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Alias

    entity = factory.SubFactory(EntityFactory)
    name = factory.Sequence(lambda n: f"Alias {n}")


def _span(article, surface):
    start = article.body.index(surface)
    return start, start + len(surface)


class MentionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mention

    class Params:
        surface = "Jane Doe"

    article = factory.SubFactory(ArticleFactory)
    entity = factory.SubFactory(EntityFactory)
    text = factory.SelfAttribute("surface")
    start = factory.LazyAttribute(lambda o: _span(o.article, o.surface)[0])
    end = factory.LazyAttribute(lambda o: _span(o.article, o.surface)[1])


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    person = factory.SubFactory(EntityFactory)
    title = "Director"
    organization = factory.SubFactory(EntityFactory, kind="organization")


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    class Params:
        surface = "We will keep working together,"

    article = factory.SubFactory(ArticleFactory)
    speaker = factory.SubFactory(EntityFactory)
    text = factory.SelfAttribute("surface")
    start = factory.LazyAttribute(lambda o: _span(o.article, o.surface)[0])
    end = factory.LazyAttribute(lambda o: _span(o.article, o.surface)[1])
    cue = "said"


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    statement = factory.Sequence(lambda n: f"Two agency heads met, fact {n}.")


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    class Params:
        surface = "met John Roe in Vienna on May 2, 2024"

    claim = factory.SubFactory(ClaimFactory)
    article = factory.SubFactory(ArticleFactory)
    text = factory.SelfAttribute("surface")
    start = factory.LazyAttribute(lambda o: _span(o.article, o.surface)[0])
    end = factory.LazyAttribute(lambda o: _span(o.article, o.surface)[1])


class StoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Story

    title = factory.Sequence(lambda n: f"Story {n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    summary = "What happened, in the editors' words."


class CorrectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Correction

    story = factory.SubFactory(StoryFactory)
    subject = "Meeting place"
    before = "Vienna"
    after = "Graz"
    reason = "A second source named the correct city."
