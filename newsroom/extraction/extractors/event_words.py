"""Finding the event words of each kind (``cues.EVENTS``) without scanning a text once per kind.

A kind's pattern is a long case-insensitive alternation that the regex engine tries at every word
of the text, for each of the eleven kinds, for every clause: most of the time of the claims went
there. Every word of every kind begins with a letter right after the pattern's ``(?<!\\w-)\\b``,
so a match can only begin where a word begins, and only where that word's first letters open
one of the kind's words. ``EventWords`` lists a text's word starts once, each under the kinds
whose words it can open, and tries each kind's pattern only there: the matches are those of
``pattern.finditer(text, lo, hi)``, one for one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from string import ascii_letters

from .cues import EVENTS, KIND_WORDS

# where a word begins, not right after a word and a hyphen ("pre-launch"): every place a kind's
# pattern can match (a superset: the pattern itself is tried there)
WORD_START = re.compile(r"(?<!\w-)\b\w")


def _openings(words: list[str]) -> tuple[set[str], set[str], set[str]] | None:
    """The lowercase first three letters of the words, the first two of those with only two
    letters before anything else, and the first letter of those with one (a space in a word
    matches any run of spaces); None when a word opens with anything but an ASCII letter."""
    openings: tuple[set[str], set[str], set[str]] = (set(), set(), set())
    for word in words:
        letters = len(word) - len(word.lstrip(ascii_letters))
        if letters == 0:
            return None
        size = min(letters, 3)
        openings[size - 1].add(word[:size].lower())
    return openings


OPENINGS = [_openings(words) for words in KIND_WORDS]
_KINDS_OF: dict[str, tuple[int, ...]] = {}  # a word's opening letters -> the kinds it can open
ALL_KINDS = tuple(range(len(EVENTS)))


def _kinds_of(head: str) -> tuple[int, ...]:
    """The kinds whose words a word opening with ``head`` (its first three characters, ASCII
    and lowercase: an ASCII letter matches a pattern's letter, case aside, only when their
    lowercases agree) can be."""
    kinds = _KINDS_OF.get(head)
    if kinds is None:
        kinds = tuple(
            index
            for index, opening in enumerate(OPENINGS)
            if opening is None
            or head[:1] in opening[0]
            or head[:2] in opening[1]
            or head[:3] in opening[2]
        )
        if len(_KINDS_OF) < 100_000:  # (a bound on what odd texts can add)
            _KINDS_OF[head] = kinds
    return kinds


class EventWords:
    """Where the words of each kind can begin in one text, in order."""

    __slots__ = ("text", "_starts")

    def __init__(self, text: str):
        self.text = text
        starts: list[list[int]] = [[] for _ in EVENTS]
        for m in WORD_START.finditer(text):
            at = m.start()
            head = text[at : at + 3]
            # a start with a character outside ASCII is tried for every kind ("ſ" matches "s")
            for index in _kinds_of(head.lower()) if head.isascii() else ALL_KINDS:
                starts[index].append(at)
        self._starts = starts

    def _starts_of(self, index: int) -> list[int]:
        return self._starts[index]

    def find(self, index: int, lo: int = 0, hi: int | None = None) -> list[re.Match]:
        """The matches of ``EVENTS[index]``'s pattern in ``text[lo:hi]``, as its ``finditer``
        finds them (a lookbehind still sees the text before ``lo``)."""
        text = self.text
        hi = len(text) if hi is None else hi
        starts = self._starts_of(index)
        a, b = bisect_left(starts, lo), bisect_left(starts, hi)
        if a == b:
            return []  # (most kinds, most clauses)
        rx = EVENTS[index][1]
        found = []
        done = lo  # (matches do not overlap: the next begins after the last one's end)
        for at in starts[a:b]:
            if at >= done and (m := rx.match(text, at, hi)) is not None:
                found.append(m)
                done = m.end()
        return found

    def part(self, plain: str, lo: int, blanks=()) -> EventWords:
        """The event words of ``plain``, the text from ``lo`` with the spans of ``blanks``
        blanked by spaces (a clause without its quotations), found from this text's."""
        return _Part(self, plain, lo, blanks)


class _Part(EventWords):
    """The word starts of a part of a text are the text's, shifted, and those where the part's
    edges or its blanks change the characters around a start: its first two characters (nothing
    stands before them any more), the two after a blank, and the two before one (whose first
    letters the blank cut)."""

    __slots__ = ("_whole", "_lo", "_edges")

    def __init__(self, whole: EventWords, plain: str, lo: int, blanks):
        self.text = plain
        self._whole = whole
        self._lo = lo
        hi = lo + len(plain)
        edges = {0, 1}
        for a, b in blanks:
            a, b = max(a, lo) - lo, min(b, hi) - lo
            if a < b:
                edges.update((a - 2, a - 1, b, b + 1))
        self._edges: list[list[int]] = [[] for _ in EVENTS]
        for at in sorted(edges):
            if 0 <= at < len(plain) and WORD_START.match(plain, at):
                head = plain[at : at + 3]
                for index in _kinds_of(head.lower()) if head.isascii() else ALL_KINDS:
                    self._edges[index].append(at)
        self._starts = [None] * len(EVENTS)

    def _starts_of(self, index: int) -> list[int]:
        starts = self._starts[index]
        if starts is None:
            whole, lo = self._whole._starts[index], self._lo
            inside = whole[bisect_left(whole, lo) : bisect_left(whole, lo + len(self.text))]
            starts = [at - lo for at in inside]
            if self._edges[index]:
                starts = sorted({*starts, *self._edges[index]})
            self._starts[index] = starts
        return starts
