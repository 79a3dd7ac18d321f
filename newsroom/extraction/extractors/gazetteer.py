"""The gazetteer of approved entities as a token-tuple index that can be changed in place.

Every name and alias is indexed as the tokens ``analyse`` splits it into; a person's surname
alone is indexed too when only one person has it and no name or alias claims it. Where several
entities claim the same tokens, the one first in ``order`` wins, so an index brought up to date
entity by entity is the index a full build gives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from functools import lru_cache

from .text import normalize, surface_words
from .types import KnownEntity

Key = Hashable


def surface_tokens(surface: str) -> tuple[str, ...]:
    """The tokens of a gazetteer surface, as ``analyse`` would split it in an article."""
    if surface.isalnum():
        return (surface,)
    if surface.replace(" ", "").isalnum() and "  " not in surface and surface == surface.strip():
        # letters and digits between single spaces tokenise as their words, with no need for the
        # tokenizer and its hyphen and period rules (most of a large gazetteer is like this)
        return tuple(surface.split(" "))
    if "-" in surface:  # hyphen rules look across words ("Yoon Young-bin")
        return surface_words(normalize(surface))
    # the tokenizer splits at spaces first, so the words can be tokenised (and cached) one by one
    return tuple(
        t for word in surface.split() for t in ((word,) if word.isalnum() else _word_tokens(word))
    )


@lru_cache(maxsize=65536)
def _word_tokens(word: str) -> tuple[str, ...]:
    return surface_words(normalize(word))


def _add(claims: dict, toks: tuple[str, ...], key: Key) -> None:
    # One claimant is stored bare, several as a set: most tokens have one, and a set each
    # would double the memory of a large gazetteer.
    held = claims.get(toks)
    if held is None:
        claims[toks] = key
    elif isinstance(held, set):
        held.add(key)
    elif held != key:
        claims[toks] = {held, key}


def _discard(claims: dict, toks: tuple[str, ...], key: Key) -> None:
    held = claims.get(toks)
    if isinstance(held, set):
        held.discard(key)
        if len(held) == 1:
            claims[toks] = next(iter(held))
    elif held == key:
        del claims[toks]


class Gazetteer:
    """Approved entities by key (an entity id, or a position), and the index the matcher reads:
    ``index`` maps a token tuple to the key of the entity it names, ``longest`` is the most
    tokens of any indexed surface."""

    def __init__(self, rows: Iterable[tuple[Key, object, KnownEntity]] = ()):
        """Build from (key, order, entity) rows; order sorts the claimants of shared tokens."""
        self.entities: dict[Key, KnownEntity] = {}
        self.order: dict[Key, object] = {}
        self._surfaces: dict[Key, tuple[tuple[str, ...], ...]] = {}
        self._surname: dict[Key, tuple[str, ...]] = {}
        self._names: dict[tuple[str, ...], object] = {}
        self._surnames: dict[tuple[str, ...], object] = {}
        for key, order, known in rows:
            self._claim(key, order, known)
        # the index resolved in one pass (what ``_resolve`` of every token tuple would give)
        order_of = self.order.__getitem__
        self.index = {
            toks: min(held, key=order_of) if isinstance(held, set) else held
            for toks, held in self._names.items()
        }
        for toks, held in self._surnames.items():
            if not isinstance(held, set) and toks not in self.index:
                self.index[toks] = held
        self._lengths = Counter(map(len, self.index))

    def __len__(self) -> int:
        return len(self.entities)

    @property
    def longest(self) -> int:
        return max((n for n, count in self._lengths.items() if count), default=0)

    def put(self, key: Key, order: object, known: KnownEntity | None) -> None:
        """Add, change (``known``) or remove (None) one entity, re-resolving only its tokens.
        The index is updated before the entity leaves ``entities``: a reader never finds a key
        it cannot look up."""
        touched = set(self._surfaces.get(key, ()))
        if key in self._surname:
            touched.add(self._surname[key])
        self._release(key)
        if known is not None:
            self._claim(key, order, known)
            touched.update(self._surfaces[key])
            if key in self._surname:
                touched.add(self._surname[key])
        for toks in touched:
            self._resolve(toks)
        if known is None:
            self.entities.pop(key, None)
            self.order.pop(key, None)

    def _claim(self, key: Key, order: object, known: KnownEntity) -> None:
        self.entities[key], self.order[key] = known, order
        names = self._names
        surfaces = {surface_tokens(known.name): None}
        for alias in known.aliases:
            surfaces[surface_tokens(alias)] = None
        surfaces.pop((), None)
        self._surfaces[key] = surfaces = tuple(surfaces)
        for toks in surfaces:
            if toks in names:
                _add(names, toks, key)
            else:
                names[toks] = key
        words = known.name.split()
        if known.kind == "person" and len(words) > 1:
            surname = surface_tokens(words[-1])
            self._surname[key] = surname
            _add(self._surnames, surname, key)

    def _release(self, key: Key) -> None:
        for toks in self._surfaces.pop(key, ()):
            _discard(self._names, toks, key)
        if key in self._surname:
            _discard(self._surnames, self._surname.pop(key), key)

    def _resolve(self, toks: tuple[str, ...]) -> None:
        named = self._names.get(toks)
        if isinstance(named, set):
            found = min(named, key=self.order.__getitem__)
        elif named is not None:
            found = named
        else:
            found = self._surnames.get(toks)  # a surname alone, when only one person has it
            if isinstance(found, set):
                found = None
        had = toks in self.index
        if found is None:
            if had:
                del self.index[toks]
                self._lengths[len(toks)] -= 1
            return
        self.index[toks] = found
        if not had:
            self._lengths[len(toks)] += 1


@lru_cache(maxsize=32)
def gazetteer_of(known: tuple[KnownEntity, ...]) -> Gazetteer:
    """The gazetteer of a list of entities, the first of them winning shared names; built once
    per distinct list."""
    return Gazetteer((i, i, entity) for i, entity in enumerate(known))
