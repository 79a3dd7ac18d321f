"""Expanding command-line paths into article files, shared by `ingest` and `extract --json`."""

from pathlib import Path


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
