"""Expanding command-line paths into article files, shared by `ingest` and `extract --json`."""

import os
from pathlib import Path


def path_display(path):
    """A path as text that can be stored and printed: bytes of a file name that are not UTF-8
    show as U+FFFD instead of breaking the database or the terminal."""
    return os.fsencode(path).decode("utf-8", "replace")


def article_paths(raw_paths):
    """Yield (path, problem) for each named file and each .txt file in a named folder; problem is
    None, or the reason the path cannot be read as an article."""
    for raw in raw_paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt" and p.is_file())
            if not files:
                yield path, "folder has no .txt files"
            yield from ((file, None) for file in files)
        elif path.is_file():
            yield path, None
        elif path.exists():
            yield path, "not a regular file"
        else:
            yield path, "no such file or folder"
