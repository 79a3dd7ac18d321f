"""Published stories and quotes for the reader-page tests, built through the services."""

from django.test import override_settings

from newsroom.articles.services import article_ingest
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity, Mention
from newsroom.entities.services import entity_create, entity_review, mention_update
from newsroom.quotes.models import Quote
from newsroom.quotes.services import quote_create, quote_review
from newsroom.stories.services import story_create, story_feature, story_publish

APPROVED, PENDING = ReviewStatus.APPROVED, ReviewStatus.PENDING


def facts_approve(*, editor, article):
    """Approve the article's entities, mentions and quotes, as a careful desk would."""
    for entity in Entity.objects.filter(mentions__article=article).distinct():
        entity_review(entity=entity, user=editor, status=APPROVED)
    for mention in Mention.objects.filter(article=article):
        mention_update(mention=mention, user=editor, fields={"review_status": APPROVED})
    for quote in Quote.objects.filter(article=article):
        quote_review(quote=quote, user=editor, status=APPROVED)


def story_build(*, editor, articles, slug, title, dek="", publish=True, featured=(), entities=()):
    """A story over `articles` about `entities` featuring `featured` quotes, published unless
    told not to."""
    story = story_create(
        user=editor, title=title, slug=slug, dek=dek, articles=articles, entities=entities
    )
    for quote in featured:
        story_feature(story=story, fact=quote, user=editor)
    return story_publish(story=story, user=editor) if publish else story


def quotes_article(*, editor, capture, count, name, speaker=None, html=False):
    """Ingest an article of `count` quoted statements (no extraction) and record each as an
    editor's approved quote by `speaker`; return the article and its quotes in order."""
    lines = [f"Board statements {name}", ""]
    texts = [f"Statement {n} of the {name} board is on the record" for n in range(1, count + 1)]
    if html:
        texts[0] = "Our <b>plan</b> is <script>alert(1)</script> ready"
    lines += [f"“{text},” the chair said." for text in texts]
    with override_settings(NEWSROOM_EXTRACT_ON_INGEST=False), capture(execute=True):
        result = article_ingest(data="\n\n".join(lines).encode(), filename=f"{name}.txt")
    article = result.article
    quotes = [
        quote_create(user=editor, article=article, text=text, speaker=speaker, cue="said")
        for text in texts
    ]
    return article, quotes


def speaker_create(*, editor, name, slug):
    """An approved person, as an editor adds one."""
    return entity_create(user=editor, name=name, kind="person", slug=slug)


def board_story(*, editor, capture, count, publish=True):
    """A story (slug "board") about a board chair (slug "ines-varga") and `count` quotes of
    hers in one article, published unless told not to."""
    chair = speaker_create(editor=editor, name="Ines Varga", slug="ines-varga")
    board, _ = quotes_article(
        editor=editor, capture=capture, count=count, name="orbital", speaker=chair
    )
    return story_build(
        editor=editor,
        articles=[board],
        slug="board",
        title="Board",
        entities=[chair],
        publish=publish,
    )
