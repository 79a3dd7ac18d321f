"""Reader-facing pages; published, approved content only."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.generic import DetailView, ListView

from newsroom.articles.models import Article
from newsroom.core.models import ReviewStatus
from newsroom.entities.models import Entity
from newsroom.stories.models import Story


class HomeView(ListView):
    template_name = "public/home.html"
    context_object_name = "stories"

    def get_queryset(self):
        return Story.objects.published().order_by("-published_at")[:50]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["articles"] = Article.objects.select_related("source").order_by("-created_at")[:20]
        return context


class StoryView(DetailView):
    template_name = "public/story.html"
    context_object_name = "story"

    def get_queryset(self):
        return Story.objects.published().prefetch_related("articles")


class ArticleView(DetailView):
    template_name = "public/article.html"
    context_object_name = "article"
    queryset = Article.objects.select_related("source")


def entity_view(request, slug):
    """An approved entity's page; a merged entity redirects to the one it became."""
    entity = get_object_or_404(Entity.objects.select_related("merged_into"), slug=slug)
    if entity.merged_into_id:
        return redirect(entity.merged_into, permanent=True)
    if entity.review_status != ReviewStatus.APPROVED:
        raise Http404("No such entity.")
    return render(request, "public/entity.html", {"entity": entity})
