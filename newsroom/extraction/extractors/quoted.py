"""Claims told in quotations: who tells them, and a clause's words outside its quotations."""

from __future__ import annotations

import re

from .text import Sentence
from .types import ClaimCandidate, QuoteCandidate

FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b")


def told_by(claim: ClaimCandidate, speaker: str | None, role_orgs, text: str) -> ClaimCandidate:
    """A frame told in a quotation: "we signed" makes the speaker's side a party; "X gets
    switched off" is only told by the speaker, who takes no part."""
    if speaker is None:  # a correspondent's or a moderator's words
        return claim
    side = role_orgs.get(speaker) or {speaker}
    if FIRST_PERSON.search(text):
        claim.parties = sorted({*claim.parties, *side})
    elif set(claim.parties) - side:
        claim.parties = sorted(set(claim.parties) - side)
    return claim


def sentence_speaker(sent: Sentence, quotes: list[QuoteCandidate]) -> str | None:
    """The speaker of the quotation that covers most of the sentence."""
    best = max(
        quotes,
        key=lambda q: min(q.end, sent.end) - max(q.start, sent.start),
        default=None,
    )
    return best.speaker_key if best is not None else None


def mostly_quoted(sent: Sentence, quoted: list[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(b, sent.end) - max(a, sent.start)) for a, b in quoted)
    return inside > 0.6 * (sent.end - sent.start)


def unquoted(text: str, lo: int, hi: int, quoted: list[tuple[int, int]]) -> str:
    chars = list(text[lo:hi])
    for a, b in quoted:
        a, b = max(a, lo), min(b, hi)
        if a < b:
            chars[a - lo : b - lo] = " " * (b - a)
    return "".join(chars)
