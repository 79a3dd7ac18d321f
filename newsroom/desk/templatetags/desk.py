"""Template tags for the editorial desk's admin pages."""

from django import template
from django.urls import NoReverseMatch, reverse

from newsroom.desk.selectors import waiting_counts_get

register = template.Library()


@register.inclusion_tag("admin/desk/waiting.html")
def desk_waiting():
    """The admin index's box of facts waiting for review, each linking to its pending queue."""
    rows = []
    for label, model, count in waiting_counts_get():
        meta = model._meta
        try:
            url = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        except NoReverseMatch:
            url = ""
        rows.append(
            {
                "label": label,
                "count": count,
                "url": f"{url}?review_status__exact=pending" if url else "",
                "disputed_url": f"{url}?status__exact=disputed"
                if url and label == "claims"
                else "",
            }
        )
    return {"rows": rows, "total": sum(row["count"] for row in rows)}
