"""Post an admin change form the way a browser does: every field as the page shows it, with
the editor's changes on top."""

from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse


def form_data(user, obj, **changes):
    """The POST data of `obj`'s admin change form as `user` sees it, with `changes` applied."""
    model_admin = admin.site._registry[type(obj)]
    request = RequestFactory().get("/")
    request.user = user
    form_class = model_admin.get_form(request, obj, change=True)
    form = form_class(instance=obj)
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, (list, tuple)):
            data[name] = [str(item) for item in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = str(value)
    for inline in model_admin.get_inline_instances(request, obj):
        formset = inline.get_formset(request, obj)
        prefix = formset.get_default_prefix()
        data[f"{prefix}-TOTAL_FORMS"] = "0"
        data[f"{prefix}-INITIAL_FORMS"] = "0"
    for name, value in changes.items():
        if value is False:
            data.pop(name, None)
        else:
            data[name] = value if isinstance(value, list) else str(value)
    return data


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def admin_save(client, user, obj, **changes):
    """Save `obj`'s change form with `changes`; return the response."""
    return client.post(change_url(obj), form_data(user, obj, **changes))
