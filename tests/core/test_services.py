import io

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

from newsroom.core.services import EDITORS_GROUP, editor_create

pytestmark = pytest.mark.django_db


def test_editor_create_makes_staff_editor_with_generated_password():
    password = editor_create(username="desk")
    user = get_user_model().objects.get(username="desk")
    assert user.is_staff is True
    assert user.is_superuser is False
    assert list(user.groups.values_list("name", flat=True)) == [EDITORS_GROUP]
    assert user.has_perm("quotes.change_quote")
    assert user.has_perm("entities.delete_alias")
    assert authenticate(username="desk", password=password) == user
    assert len(password) >= 20
    assert editor_create(username="desk") is None


def test_ensure_editor_prints_password_once():
    first, second = io.StringIO(), io.StringIO()
    call_command("ensure_editor", stdout=first)
    call_command("ensure_editor", stdout=second)
    password = first.getvalue().split("password: ")[1].split()[0]
    assert authenticate(username="editor", password=password) is not None
    assert password not in second.getvalue()
    assert "exists" in second.getvalue()
