"""The gazetteer each worker process holds: read whole once, then brought up to date with only
the entities the entity services logged as changed since, so that every editorial decision is
in the next extraction in every process, and an unchanged gazetteer costs one query a run.

What a run sees depends on the database alone: the held gazetteer is the one a full read at the
version it holds would give (tested), and the version is read at the start of every run.
"""

import threading

from newsroom.entities.selectors import (
    entity_list_gazetteer,
    gazetteer_changes_since,
    gazetteer_version,
)
from newsroom.extraction.extractors import Gazetteer, KnownEntity


def known_entity(row):
    """A gazetteer row of `entity_list_gazetteer` as the extractors' KnownEntity."""
    _pk, name, kind, description, names, _merged = row
    aliases = tuple(dict.fromkeys(alias for alias in names if alias != name))
    return KnownEntity(name=name, kind=kind, aliases=aliases, description=description)


def _order(row):
    # Where two entities share a name, the first by name (then id) takes it, in every process.
    return (row[1], row[0])


class HeldGazetteer:
    """A gazetteer at a version, with which entity's row holds the names of each merged one."""

    def __init__(self, version):
        self.version = version
        rows = entity_list_gazetteer()
        self.gazetteer = Gazetteer((row[0], _order(row), known_entity(row)) for row in rows)
        self.owner = {}  # merged entity id -> the id of the row its names are in
        self.merged = {}  # row id -> the merged entity ids whose names it holds
        for row in rows:
            self._note_merged(row[0], row[5])

    def _note_merged(self, pk, merged):
        for gone in self.merged.pop(pk, ()):
            if self.owner.get(gone) == pk:
                del self.owner[gone]
        if merged:
            self.merged[pk] = merged
            self.owner.update((each, pk) for each in merged)

    def catch_up(self, changes):
        """Apply the logged `changes` [(version, entity id)]: re-read the rows of the changed
        entities and of the rows that hold (or held) their names. False when the log does not
        follow on from the held version without a gap (it was pruned): the caller reads the
        whole again."""
        versions = sorted({version for version, _ in changes})
        if versions != list(range(self.version + 1, self.version + 1 + len(versions))):
            return False
        changed = {pk for _, pk in changes}
        wanted = changed | {self.owner[pk] for pk in changed if pk in self.owner}
        found = {row[0]: row for row in entity_list_gazetteer(ids=wanted)}
        for pk in wanted:  # a row not found is no longer approved, or merged, or deleted
            row = found.get(pk)
            self.gazetteer.put(pk, _order(row) if row else None, known_entity(row) if row else None)
            self._note_merged(pk, row[5] if row else ())
        self.version = changes[-1][0]
        return True


_held = None
_lock = threading.Lock()  # threads of one process share the held gazetteer


def gazetteer_current():
    """The gazetteer of the approved entities as the database has it now: one query when
    nothing changed since this process last read it, a few more to apply what did."""
    global _held
    with _lock:
        version = gazetteer_version()
        held = _held
        if held is None or version < held.version:
            held = HeldGazetteer(version)  # the first run, or a database restored or reset
        elif version > held.version and not held.catch_up(gazetteer_changes_since(held.version)):
            held = HeldGazetteer(version)
        _held = held
        return held.gazetteer


def gazetteer_forget():
    """Drop the held gazetteer: the next run reads the whole (tests; a reset database)."""
    global _held
    with _lock:
        _held = None
