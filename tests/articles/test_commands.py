"""The `ingest` command's contract: one line per file, non-zero exit on any rejection."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from newsroom.articles.models import Article

pytestmark = pytest.mark.django_db


def run_ingest(*paths):
    out = io.StringIO()
    try:
        call_command("ingest", *map(str, paths), stdout=out)
    except CommandError as error:
        return out.getvalue().splitlines(), error
    return out.getvalue().splitlines(), None


def test_ingest_folder_twice_prints_created_then_unchanged(seed_paths):
    folder = seed_paths[0].parent
    lines, error = run_ingest(folder)
    assert error is None
    assert [line.split(": ")[1].split(" ")[0] for line in lines] == ["created", "created"]
    lines, error = run_ingest(folder)
    assert error is None
    assert [line.split(": ")[1].split(" ")[0] for line in lines] == ["unchanged", "unchanged"]
    assert lines[0].startswith(f"{seed_paths[0]}: unchanged (article ")
    assert Article.objects.count() == 2


def test_ingest_bad_file_among_good_rejects_only_itself(tmp_path, seed_paths):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00b\x00a\x00d")
    lines, error = run_ingest(seed_paths[0], bad, seed_paths[1])
    assert lines[1] == f"{bad}: rejected: binary file: it contains NUL bytes"
    assert lines[0].split(": ")[1].startswith("created")
    assert lines[2].split(": ")[1].startswith("created")
    assert error is not None
    assert error.returncode == 1
    assert str(error) == "1 file(s) rejected"
    assert Article.objects.count() == 2


def test_ingest_folder_without_txt_and_missing_path_are_rejected(tmp_path):
    (tmp_path / "notes.md").write_text("Not an article folder.")
    lines, error = run_ingest(tmp_path, tmp_path / "missing.txt")
    assert lines == [
        f"{tmp_path}: rejected: folder has no .txt files",
        f"{tmp_path / 'missing.txt'}: rejected: no such file or folder",
    ]
    assert str(error) == "2 file(s) rejected"
    assert Article.objects.count() == 0
