"""The editorial desk's own admin pages: an article's review page and recent changes.

Both are wrapped with `admin.site.admin_view` in config/urls.py (staff only, admin look); they
check permissions, call a service or a selector, and render.
"""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_http_methods

from newsroom.articles.models import Article
from newsroom.claims.services import evidence_review
from newsroom.core.editorial import fact_review
from newsroom.core.markup import Highlight, blocks_markup
from newsroom.core.models import ReviewStatus
from newsroom.desk.selectors import REVIEWABLE, article_facts_get, change_list_recent
from newsroom.quotes.services import quote_review

KIND_TITLES = {"quote": "Quotes", "evidence": "Evidence", "mention": "Mentions"}
ACTIONS = [(ReviewStatus.APPROVED, "Approve"), (ReviewStatus.REJECTED, "Reject")]


def _review(kind, fact, *, user, status):
    if kind == "quote":
        return quote_review(quote=fact, user=user, status=status)
    if kind == "evidence":
        return evidence_review(evidence=fact, user=user, status=status)
    return fact_review(fact, user=user, status=status)


def _entry(kind, fact):
    """What the list of facts shows for one fact."""
    who_label, who = {
        "mention": ("Entity", lambda: fact.entity),
        "quote": ("Speaker", lambda: fact.speaker),
        "evidence": ("Claim", lambda: fact.claim),
    }[kind]
    return {
        "kind": kind,
        "fact": fact,
        "anchor": f"fact-{kind}-{fact.pk}",
        "who_label": who_label,
        "who": who(),
        "stance": fact.get_stance_display() if kind == "evidence" else "",
        "actions": [(status, label) for status, label in ACTIONS if status != fact.review_status],
        "change_url": reverse(
            f"admin:{fact._meta.app_label}_{fact._meta.model_name}_change", args=[fact.pk]
        ),
    }


def _article_review_post(request, article):
    kind, status = request.POST.get("kind"), request.POST.get("status")
    if kind not in REVIEWABLE or status not in ReviewStatus.values:
        messages.error(request, "Unknown fact or status: nothing was changed.")
        return HttpResponseRedirect(request.path)
    model, permission = REVIEWABLE[kind]
    if not request.user.has_perm(permission):
        raise PermissionDenied(f"You may not review {model._meta.verbose_name_plural}.")
    fact = get_object_or_404(model, pk=request.POST.get("id"), article=article)
    anchor = f"#fact-{kind}-{fact.pk}"
    try:
        fact = _review(kind, fact, user=request.user, status=status)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            f"{model._meta.verbose_name.capitalize()} “{fact}” is now "
            f"{fact.get_review_status_display().lower()}.",
        )
    return HttpResponseRedirect(request.path + anchor)


@require_http_methods(["GET", "POST"])
def article_review(request, article_id):
    """The article's text with its facts highlighted, and the facts listed with approve and
    reject buttons; POST reviews one fact and comes back to it."""
    if not request.user.has_perm("articles.view_article"):
        raise PermissionDenied
    article = get_object_or_404(Article, pk=article_id)
    if request.method == "POST":
        return _article_review_post(request, article)

    facts = article_facts_get(article=article)
    highlights = [
        Highlight(
            fact.start,
            fact.end,
            kind,
            fact.pk,
            fact.review_status,
            f"{kind.capitalize()}, {fact.get_review_status_display().lower()}",
        )
        for kind, rows in facts.items()
        for fact in rows
    ]
    groups = [
        {
            "kind": kind,
            "title": KIND_TITLES[kind],
            "entries": [_entry(kind, fact) for fact in rows],
            "can_review": request.user.has_perm(REVIEWABLE[kind][1]),
        }
        for kind, rows in facts.items()
    ]
    context = {
        **admin.site.each_context(request),
        "title": f"Review: {article.title}",
        "subtitle": None,
        "article": article,
        "opts": Article._meta,
        "blocks": blocks_markup(article.display_body, article.blocks, highlights),
        "groups": groups,
    }
    return TemplateResponse(request, "admin/desk/article_review.html", context)


def _admin_url(change):
    if change.record.history_type == "-":
        return None
    meta = change.model._meta
    try:
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[change.record.id])
    except NoReverseMatch:
        return None


def recent_changes(request):
    """The latest 100 editorial changes across the desk, newest first; `?user=<id>` narrows
    them to one editor's."""
    if not request.user.is_staff:
        raise PermissionDenied
    editors = get_user_model().objects.filter(is_staff=True).order_by("username")
    chosen = None
    if request.GET.get("user", "").isdigit():
        chosen = next((u for u in editors if u.pk == int(request.GET["user"])), None)
    changes = change_list_recent(limit=100, user=chosen)
    for change in changes:
        change.admin_url = _admin_url(change)
    context = {
        **admin.site.each_context(request),
        "title": "Recent changes",
        "subtitle": None,
        "changes": changes,
        "editors": editors,
        "chosen": chosen,
    }
    return TemplateResponse(request, "admin/desk/recent_changes.html", context)
