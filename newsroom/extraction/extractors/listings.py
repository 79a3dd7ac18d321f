"""Listing lines: a panel's, a witness list's or a contact block's "<Name>, <title>, <Body>
(<City>)" on a line of its own, and a film's or broadcast's caption "<Name> — <Title>, <Body>,
<City>". The last part is the body the person works for, however its name reads, and a city in
brackets or after a comma is where the body is."""

from __future__ import annotations

import re

from . import places
from .classify import Label
from .lexicon import (
    FIRM_HEADS,
    HONORIFICS,
    ORG_HEADS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    STOP_CAPS,
    is_given,
    word_set,
)
from .text import Doc

# "Moderator: <Name>, …": a label before the listing
LEAD_LABEL_MAX = 3
# a byline without "By" stands among the article's first lines
BYLINE_PARAS = 6
# a caption's dash between the name and the title, and the longest name before it
CAPTION_DASHES = ("—", "–")
CAPTION_NAME_MAX = 6
# a letter's sign-off: the writer's name, post and town
SIGNOFF_LINES = 3
SIGNOFF_TITLES = word_set("signoff_titles")
SIGNOFF_LINE_WORDS = 12  # a post and a body on one line
POSTSCRIPT = re.compile(r"P\.? ?S\.?[:\s]")  # "P.S. …" after a letter's sign-off


def listing_labels(doc: Doc, covered: set[int]) -> list[Label]:
    """Organisations (and cities in brackets) that end listing lines."""
    labels: list[Label] = []
    for sent in doc.sents:
        parts = listing_parts(doc, sent.first, sent.last)
        if parts is None:
            continue
        toks = doc.toks
        if toks[parts[0][1]].text in CAPTION_DASHES:
            labels += _caption_name(doc, parts[0], covered)
        a, b = parts[-1]
        city = None
        if b - a > 3 and toks[b - 1].text == ")" and toks[b - 3].text == "(":
            city, b = b - 2, b - 3  # "<Body> (<City>)"
        elif b + 2 == sent.last and toks[b].text == ",":
            city = b + 1  # a caption's "<Body>, <City>"
        if any(i in covered for i in range(a, b)) or not (toks[a].is_cap and toks[b - 1].is_cap):
            continue
        name = doc.text[toks[a].start : toks[b - 1].end]
        if places.lookup(name) is not None:
            continue
        labels.append(Label("organization", name, a, b, 0.8, "listing-body"))
        covered.update(range(a, b))
        found = places.lookup(toks[city].text) if city is not None else None
        if found is not None and found.kind == "city" and city not in covered:
            labels.append(Label("place", toks[city].text, city, city + 1, 0.8, "listing-city"))
            covered.add(city)
    return labels


def _caption_name(doc: Doc, part: tuple[int, int], covered: set[int]) -> list[Label]:
    """A caption's name is a person's however it reads (family name first, a given name the
    list lacks): the caption gives their title."""
    toks = doc.toks
    a, b = part
    while a < b and toks[a].lower.rstrip(".") in HONORIFICS:
        a += 1 + (a + 1 < b and toks[a + 1].text == ".")
    if not 2 <= b - a <= 4 or any(i in covered for i in range(a, b)):
        return []
    name = doc.text[toks[a].start : toks[b - 1].end]
    if places.lookup(name) is not None or toks[b - 1].lower.rstrip(".") in FIRM_HEADS:
        return []  # "Customer: X Launch AS — Flight 2": a company's line, no caption
    covered.update(range(a, b))
    return [Label("person", name, a, b, 0.8, "caption-name")]


def label_note_parts(doc: Doc, i: int, j: int) -> list[tuple[int, int]] | None:
    """A transcript label "<Name> (<title>, <Body>): …" opening a paragraph, the name at tokens
    ``i``..``j``: its parts as ``listing_parts`` gives them, or None."""
    toks, text = doc.toks, doc.text
    k = j + 1
    if toks[i].start and text[toks[i].start - 1] != "\n" or k >= len(toks) or toks[k].text != "(":
        return None
    close = next((n for n in range(k + 1, min(k + 20, len(toks))) if toks[n].text[:1] == ")"), None)
    comma = next((n for n in range(k + 1, close or k) if toks[n].text == ","), None)
    if comma is None or not text.startswith("):", toks[close].start):
        return None
    title = toks[k + 1 : comma]
    if not title or not all(t.text.islower() for t in title) or title[-1].lower not in ROLE_NOUNS:
        return None
    return [(i, j + 1), (k + 1, comma), (comma + 1, close)]


def listing_parts(doc: Doc, first: int, last: int) -> list[tuple[int, int]] | None:
    """The comma-separated parts of a listing line ("<Name>, <title words>, <Body>"), None when
    the line is no listing: it must end without punctuation, its second part be a lowercase
    title and no part be empty."""
    toks = doc.toks
    lo, hi = toks[first].start, toks[last - 1].end
    text = doc.text
    if "\n" in text[lo:hi] or not (text[hi - 1].isalnum() or text[hi - 1] == ")"):
        return None
    if not (lo == 0 or text[lo - 1] == "\n") or not (hi == len(text) or text[hi] == "\n"):
        return None  # a line of its own
    start = _after_label(toks, first, last)
    dash = next(
        (
            k
            for k in range(start, min(start + CAPTION_NAME_MAX, last))
            if toks[k].text in CAPTION_DASHES
        ),
        None,
    )
    cuts = [k for k in range(start if dash is None else dash, last) if toks[k].text == ","]
    if dash is not None:
        # a caption: "<Name> — <Title>, <Body>" and perhaps ", <City>"; the title in capitals too
        if len(cuts) not in (1, 2) or not all(t.is_cap for t in toks[start:dash]):
            return None
        cuts = [dash, *cuts[:1], *([cuts[1]] if len(cuts) == 2 else [])]
        parts = [
            (start, dash),
            (dash + 1, cuts[1]),
            (cuts[1] + 1, cuts[2] if len(cuts) > 2 else last),
        ]
    elif len(cuts) != 2:
        return None
    else:
        parts = [(start, cuts[0]), (cuts[0] + 1, cuts[1]), (cuts[1] + 1, last)]
    if any(a >= b for a, b in parts):
        return None
    title = [t.lower for t in toks[parts[1][0] : parts[1][1]]]
    if not (dash is not None or toks[parts[1][0]].text.islower()) or not any(
        w in ROLE_NOUNS or w in ROLE_MODIFIERS for w in title
    ):
        return None
    return parts


def byline_line(doc: Doc, sent, first: int, last: int) -> bool:
    """A byline without "By" near the top: a line opened by a given name and a family name,
    alone, before a "|" and the date ("<Name> |14.04.2026") or before ", <Place>"."""
    toks = doc.toks
    if first != sent.first or sent.para >= BYLINE_PARAS or last - first < 2:
        return False
    if not is_given(toks[first].text):
        return False
    if last == sent.last or toks[last].text.startswith("|"):
        return True
    return (
        toks[last].text == ","
        and last + 2 == sent.last
        and places.lookup(toks[last + 1].text) is not None
    )


def caps_byline(doc: Doc, sent, first: int, last: int) -> Label | None:
    """ "By GIVEN FAMILY": a byline in capitals names its writer (in title case), where
    capitals alone say nothing of a person in a sentence."""
    toks = doc.toks
    words = [t.text for t in toks[first:last]]
    if (
        first != sent.first + 1
        or toks[sent.first].lower != "by"
        or not 2 <= len(words) <= 3
        or not all(w.isupper() and w.replace("'", "").replace("-", "").isalpha() for w in words)
    ):
        return None
    lows = {w.lower() for w in words}
    if lows & (ROLE_NOUNS | ORG_HEADS | STOP_CAPS):
        return None  # "By STAFF REPORTER", "BY THE NEWS DESK"
    name = " ".join(words).title()
    return Label("person", name, first, last, 0.8, "byline-capitals")


def dash_byline(doc: Doc, sent, first: int, last: int) -> Label | None:
    """ "<City> — <Given> <Family>" on a line of its own near the top (a dateline with its
    reporter, as papers in Arabic and other languages set it): the city is a place and the
    words after the dash the reporter's name, whatever the words are on their own."""
    toks = doc.toks
    if sent.para >= BYLINE_PARAS or not sent.heading:
        return None
    dash = next((k for k in range(sent.first, sent.last) if toks[k].text in CAPTION_DASHES), None)
    if dash is None or dash == sent.first or dash + 1 >= sent.last:
        return None
    city = doc.text[toks[sent.first].start : toks[dash - 1].end]
    words = [t.text for t in toks[dash + 1 : sent.last]]
    if (
        places.lookup(city) is None
        or not 2 <= len(words) <= 3
        or not all(w[:1].isupper() and w[1:].islower() for w in words)
        or {w.lower() for w in words} & (ROLE_NOUNS | ORG_HEADS | STOP_CAPS)
    ):
        return None
    if (first, last) == (sent.first, dash):
        return Label("place", city, first, last, 0.8, "dash-byline-city")
    if (first, last) == (dash + 1, sent.last):
        return Label("person", " ".join(words), first, last, 0.75, "dash-byline")
    return None


def contact_line(doc: Doc, sent, first: int, last: int) -> bool:
    """A contact line "<Name>, <Title> …, <Org>" (no closing punctuation): the name that opens
    it and what follows are read as in a sentence."""
    toks = doc.toks
    parts = listing_parts(doc, sent.first, sent.last)
    if parts is not None and first == parts[0][0]:
        return True  # "Moderator: <Name>, <title>, <Body>"
    return (
        # also after a label: "Speaker: Mr. <Name>, Press Secretary"
        first in (sent.first, _after_label(toks, sent.first, sent.last))
        and last + 1 < sent.last
        and toks[last].text == ","
        and any(
            t.lower in ROLE_NOUNS or t.text in ROLE_MODIFIERS
            for t in toks[last + 1 : min(last + 3, sent.last)]
        )
    )


def _after_label(toks, first: int, last: int) -> int:
    """Where a line's text starts after a short label ("Moderator: …"), else ``first``."""
    colon = next(
        (k for k in range(first, min(first + LEAD_LABEL_MAX, last)) if toks[k].text == ":"), None
    )
    return first if colon is None else colon + 1


def signoff_line(doc: Doc, sent) -> bool:
    """A line of a letter's sign-off: up to three bare lines after the letter's last paragraph
    and before a separator line ("---") or the end, the first opened by a title or a given name
    (the writer), the others their post, body and town. They are read as in a sentence."""
    return _signoff_start(doc, sent) is not None


def _signoff_start(doc: Doc, sent) -> int | None:
    """The paragraph that opens the sign-off ``sent`` is in, None when it is in none."""
    heads = {s.para: s for s in doc.sents if s.heading}
    lo = sent.para
    while lo - 1 in heads and sent.para - lo < SIGNOFF_LINES:
        lo -= 1
    if lo == 0 or sent.para - lo >= SIGNOFF_LINES or heads.get(lo - 1) is not None:
        return None  # the block must follow a paragraph of prose
    if lo < sent.para and doc.text[doc.paras[lo][1] - 1] == ",":
        lo += 1  # a valediction ("Best wishes,") above the writer's name
    hi = sent.para
    while hi + 1 in heads and not _separator(doc, heads[hi + 1]) or _bracket_end(doc, hi + 1):
        hi += 1
    after = hi + 1 < len(doc.paras) and hi + 1 not in heads
    if hi - lo >= SIGNOFF_LINES or after and not POSTSCRIPT.match(doc.text, doc.paras[hi + 1][0]):
        return None
    first = doc.toks[heads[lo].first]
    if first.lower.rstrip(".") in HONORIFICS | SIGNOFF_TITLES or is_given(first.text):
        return lo
    return None


def signoff_towns(doc: Doc, covered: set[int]) -> list[Label]:
    """The writer's town on a line of its own after the name in a letter's sign-off."""
    labels = []
    for sent in doc.sents:
        k = sent.first
        if sent.heading and sent.last == k + 1 and k not in covered:
            found = places.lookup(doc.toks[k].text)
            start = _signoff_start(doc, sent) if found is not None else None
            if found is not None and found.kind == "city" and start not in (None, sent.para):
                labels.append(Label("place", found.name, k, k + 1, 0.7, "signoff-town"))
                covered.add(k)
    return labels


def _bracket_end(doc: Doc, para: int) -> bool:
    """A short line ending in a bracket ("<Post>, <Body> (<ACRONYM>)"): a bare line too."""
    if para >= len(doc.paras):
        return False
    lo, hi = doc.paras[para]
    return doc.text[hi - 1] == ")" and len(doc.text[lo:hi].split()) <= SIGNOFF_LINE_WORDS


def _separator(doc: Doc, sent) -> bool:
    """A line without a letter or digit ("---", "* * *")."""
    return not any(t.text[:1].isalnum() for t in doc.toks[sent.first : sent.last])
