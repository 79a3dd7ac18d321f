"""Entity candidates: gazetteer matches, dateline, acronym definitions and classified chunks."""

from __future__ import annotations

import re

from .acronyms import LEGAL_TAILS
from .chunks import is_cap, sentence_chunks, split_chunk
from .classify import Label, classify
from .credits import caption_line, credit_labels
from .defined_terms import defined_term_labels
from .family_names import family_name_labels
from .field_labels import drop_field_labels
from .firm_names import ticker_labels
from .gazetteer import Gazetteer
from .layout_labels import credit_field_names, dateline_labels, speaker_label_names
from .lexicon import (
    CONNECTORS,
    MASTHEAD_HEADS,
    MASTHEAD_LEADS,
    ORG_HEADS,
    STOP_CAPS,
    word_set,
)
from .listings import (
    byline_line,
    caps_byline,
    contact_line,
    dash_byline,
    listing_labels,
    signoff_line,
    signoff_towns,
)
from .nationality import is_demonym
from .statistical import model_label
from .text import Doc, Sentence

CREDIT_WORDS = word_set("credit_words")
ACRONYM_NOTES = word_set("acronym_notes")  # "(ABC, for its Spanish initials)"
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


def _gazetteer_labels(doc: Doc, gazetteer: Gazetteer | None, covered: set[int]) -> list:
    if not gazetteer:
        return []
    index, longest, entities = gazetteer.index, gazetteer.longest, gazetteer.entities
    labels = []
    toks = doc.toks
    for sent in doc.sents:
        i = sent.first
        while i < sent.last:
            for n in range(min(longest, sent.last - i), 0, -1):
                hit = index.get(tuple(t.text for t in toks[i : i + n]))
                if hit is not None:
                    known = entities[hit]
                    labels.append(Label(known.kind, known.name, i, i + n, 0.95, "gazetteer"))
                    covered.update(range(i, i + n))
                    i += n
                    break
            else:
                i += 1
    return labels


def _masthead_line(doc: Doc, sent, a: int, b: int) -> bool:
    """The first line of the text is one name, perhaps after "The", with a newspaper's word:
    the publication's masthead ("The <Region> Observer"), not a programme's title."""
    lo, hi = doc.paras[0]
    start = doc.toks[a - 1].start if a and doc.toks[a - 1].text == "The" else doc.toks[a].start
    return (
        sent.para == 0
        and (start, doc.toks[b - 1].end) == (lo, hi)
        and (doc.toks[b - 1].lower in MASTHEAD_HEADS or doc.toks[a].lower in MASTHEAD_LEADS)
    )


def _acronym_after(doc: Doc, j: int, last: int, first: int | None = None) -> str | None:
    """The acronym in brackets at token ``j``; a word in title case ("(Abcd)") only when it
    spells the initials of the run from ``first`` (agencies that write their acronym as a word)."""
    toks = doc.toks
    if j + 2 < last + 1 and j + 2 < len(toks) and toks[j].text == "(" and _closes(toks, j, last):
        word = toks[j + 1].text
        if ACRONYM.match(word) or _mixed_case_acronym(word):
            return word
        run = [t.text for t in toks[first:j] if t.lower not in CONNECTORS] if first else []
        # each part of a hyphenated word may give a letter ("Hydro-Marine" -> "HM")
        parts = "".join(p[0] for w in run for p in w.split("-") if p)
        if word.istitle() and len(word) > 2 and word.upper() in ("".join(w[0] for w in run), parts):
            return word
        capitals = "".join(c for c in word if c.isupper())  # "MoD", "DfEx": the capitals spell it
        letters = "".join(w[0] for w in run if w.lower() != "the")
        if len(capitals) >= 2 and word[0].isupper() and capitals == letters:
            return word
    return None


def _closes(toks, j: int, last: int) -> bool:
    """The bracket at ``j`` holds one word, perhaps with a note on what it is ("(ABC, for its
    initials in Spanish)")."""
    if toks[j + 2].text == ")":
        return True
    if toks[j + 2].text != ",":
        return False
    end = next((k for k in range(j + 3, min(j + 10, last)) if toks[k].text == ")"), None)
    return end is not None and any(t.lower in ACRONYM_NOTES for t in toks[j + 3 : end])


def _mixed_case_acronym(word: str) -> bool:
    """ "AB-CDEf": capitalised parts, mostly capitals; an acronym however its agency writes it."""
    letters = [c for c in word if c.isalpha()]
    return (
        "-" in word
        and len(word) <= 12
        and all(part[:1].isupper() for part in word.split("-"))
        and sum(c.isupper() for c in letters) >= 0.6 * len(letters)
    )


def _acronym_start(doc: Doc, sent, acr: str, a: int, b: int) -> int:
    """Where the long form of a bracketed acronym starts in the capitalised run ``a``-``b``.

    The first word with the acronym's initial from which the phrase spells it; when no word
    does and the run ends in an organisation head, the acronym is a foreign-language one ("the
    Brazilian Space Agency (AEB)") and names the whole run. Leading words that name nothing on
    their own ("National" in "National Commission for Space Activities (CONAE)") stay in it.
    """
    toks = doc.toks
    starts = [s for s in range(a, b) if toks[s].text[0] == acr[0]]
    phrase = lambda s: doc.text[toks[s].start : toks[b - 1].end]  # noqa: E731
    start = next((s for s in starts if spells(acr, phrase(s))), None)
    if start is None:
        if toks[b - 1].lower in ORG_HEADS and b - a > 1:
            return a
        return starts[0] if starts else a
    if start > a and toks[start - 1].lower not in CONNECTORS:
        lead = [t for t in toks[a:start] if t.lower not in STOP_CAPS]
        if lead and all(t.is_cap for t in lead) and not _classify_run(doc, sent, a, start):
            return a
    return start


def find_labels(doc: Doc, gazetteer: Gazetteer | None = None) -> list[Label]:
    """Return every labelled name in the text, in text order."""
    covered: set[int] = set()
    labels = _gazetteer_labels(doc, gazetteer, covered)
    labels += dateline_labels(doc, covered)
    labels += speaker_label_names(doc, covered)
    labels += credit_field_names(doc, covered)
    labels += listing_labels(doc, covered)
    labels += signoff_towns(doc, covered)
    labels += credit_labels(doc, covered)
    toks = doc.toks
    chunks = [sentence_chunks(doc, sent) for sent in doc.sents]  # (family names read them too)
    for sent, runs in zip(doc.sents, chunks, strict=True):
        for first, last in runs:
            parts = _uncovered(first, last, covered)
            for a, b in parts:
                acr = _acronym_after(doc, b, sent.last, a)
                if acr:
                    start = _acronym_start(doc, sent, acr, a, b)
                    if start > a:
                        labels += _classify_run(doc, sent, a, start)
                    whole = spells(acr, doc.text[toks[start].start : toks[b - 1].end])
                    long_labels = _classify_run(doc, sent, start, b, acronym=True, whole=whole)
                    labels += long_labels
                    if long_labels and long_labels[-1].kind == "person" and not whole:
                        # "<Name> (ABC)": the letters after a person are a party, not the name
                        labels.append(Label("organization", acr, b + 1, b + 2, 0.6, "party"))
                        covered.add(b + 1)
                    elif long_labels:
                        head = long_labels[-1]
                        labels.append(
                            Label(
                                head.kind, head.name, b + 1, b + 2, head.confidence, "acronym-def"
                            )
                        )
                        covered.add(b + 1)
                elif caps := caps_byline(doc, sent, a, b) or dash_byline(doc, sent, a, b):
                    labels.append(caps)
                elif (
                    not sent.heading
                    or _byline(doc, sent, a)
                    or _credit_line(doc, sent)
                    or contact_line(doc, sent, a, b)
                    or byline_line(doc, sent, a, b)
                    or signoff_line(doc, sent)
                    or caption_line(doc, sent)
                ):
                    labels += _classify_run(doc, sent, a, b)
                else:
                    masthead = _masthead_line(doc, sent, a, b)
                    labels += [
                        lb
                        for lb in _classify_run(doc, sent, a, b)
                        if lb.rule in ("place-country", "place-state", "place-continent")
                        or (masthead or _firm_line(doc, sent, lb))
                        and lb.kind == "organization"
                    ]
    labels += family_name_labels(doc, labels, chunks)  # "<Given> <Family>" after "Mr <Family>"
    labels = _sentence_case_long_forms(doc, labels, covered)
    labels = defined_term_labels(doc, ticker_labels(doc, _comma_acronyms(doc, labels)))
    labels = drop_field_labels(doc, _glosses(doc, labels))
    labels.sort(key=lambda lb: lb.first)
    return labels


def _firm_line(doc: Doc, sent: Sentence, lb: Label) -> bool:
    """A line that is only a firm's name with its legal form ("X Y Z LLP" over a client alert)."""
    return (lb.first, lb.last) == (sent.first, sent.last) and doc.toks[
        lb.last - 1
    ].text in LEGAL_TAILS


def _glosses(doc: Doc, labels: list[Label]) -> list[Label]:
    """ "the Agencia Nacional de X [National X Agency] (ANX)": a name in square brackets right
    after a capitalised name translates it; the original, the gloss and a bracketed acronym after
    them are one entity, named as the original and of the kind the gloss shows (English rules
    read the gloss better than the original)."""
    toks = doc.toks
    for gloss in [lb for lb in labels if lb.rule != "acronym-def"]:
        a, b = gloss.first, gloss.last
        if a < 2 or b >= len(toks) or toks[a - 1].text != "[" or toks[b].text != "]":
            continue
        end = start = a - 1
        while (
            start > 0
            and toks[start - 1].sent == toks[a].sent
            and (
                is_cap(toks[start - 1].text)
                or (
                    toks[start - 1].lower in CONNECTORS
                    and start > 1
                    and is_cap(toks[start - 2].text)
                )
            )
        ):
            start -= 1
        while start < end and toks[start].lower in STOP_CAPS:
            start += 1  # "The"
        if start == end:
            continue
        name = doc.text[toks[start].start : toks[end - 1].end]
        acr = _acronym_after(doc, b + 1, len(toks) - 1)
        labels = [
            lb
            for lb in labels
            if lb.last <= start or lb.first >= end
            if lb is not gloss and not (acr and lb.first == b + 2)
        ]
        labels.append(Label(gloss.kind, name, start, end, gloss.confidence, "gloss-original"))
        labels.append(Label(gloss.kind, name, a, b, gloss.confidence, "gloss"))
        if acr:
            labels.append(Label(gloss.kind, name, b + 2, b + 3, gloss.confidence, "acronym-def"))
    return labels


def _comma_acronyms(doc: Doc, labels: list[Label]) -> list[Label]:
    """ "the National Institute for X Research, ABCD, will …": an acronym set off by commas
    right after an organisation's long name is its alias, in whatever language it was coined,
    when the name has a word with the acronym's initial (not a list: "the X Agency, ABC, and
    DEF")."""
    toks = doc.toks
    by_first = {lb.first: lb for lb in labels}
    out = list(labels)
    for lb in labels:
        b = lb.last
        if lb.kind != "organization" or lb.last - lb.first < 2 or b + 2 >= len(toks):
            continue
        acr, after = toks[b + 1], toks[b + 2]
        if toks[b].text != "," or not ACRONYM.match(acr.text) or after.text != ",":
            continue
        if b + 3 < len(toks) and toks[b + 3].lower in ("and", "or"):
            continue
        if acr.text[0] not in {t.text[0] for t in toks[lb.first : lb.last] if t.is_cap}:
            continue
        old = by_first.get(b + 1)
        if old is not None:
            out.remove(old)
        out.append(Label(lb.kind, lb.name, b + 1, b + 2, lb.confidence, "acronym-def"))
    return out


def _sentence_case_long_forms(doc: Doc, labels: list[Label], covered: set[int]) -> list[Label]:
    """ "the Agence spatiale canadienne (ASC)": a bracketed acronym that no capitalised run
    defined, after "the" and a phrase in sentence case (French, Spanish and Portuguese bodies
    capitalise only the first word) that opens with the acronym's initial and spells it, names
    an organisation; the labels inside the phrase give way to it."""
    toks = doc.toks
    for a in range(2, len(toks) - 1):
        acr = toks[a].text
        if toks[a - 1].text != "(" or toks[a + 1].text != ")" or a in covered:
            continue
        if not ACRONYM.match(acr):
            continue
        sent = toks[a].sent
        for start in range(a - 2, max(a - 14, 0), -1):
            t = toks[start]
            if t.sent != sent or not (t.text.isalpha() or t.text in ",'’" or "'" in t.text):
                break
            if not (t.is_cap and toks[start - 1].lower == "the" and t.text[0] == acr[0]):
                continue
            phrase = doc.text[t.start : toks[a - 2].end]
            if not spells(acr, phrase) or " " not in phrase:
                break
            labels = [lb for lb in labels if lb.last <= start or lb.first >= a - 1]
            labels.append(Label("organization", phrase, start, a - 1, 0.7, "acronym-long-form"))
            labels.append(Label("organization", phrase, a, a + 1, 0.7, "acronym-def"))
            covered.update(range(start, a + 1))
            break
    return labels


def _credit_line(doc: Doc, sent) -> bool:
    """A wire credit line, "— Reporting by <Name> in <City>; Editing by <Name>"."""
    words = [t for t in doc.toks[sent.first : sent.first + 4] if t.text.isalpha()]
    return len(words) > 1 and words[0].lower in CREDIT_WORDS and "by" in [t.lower for t in words]


def _byline(doc: Doc, sent, first: int) -> bool:
    return first in (sent.first, sent.first + 1) and doc.toks[sent.first].lower == "by"


def _uncovered(first: int, last: int, covered: set[int]) -> list[tuple[int, int]]:
    parts, start = [], first
    for i in range(first, last):
        if i in covered:
            if start < i:
                parts.append((start, i))
            start = i + 1
    if start < last:
        parts.append((start, last))
    return parts


def _coordinated(doc: Doc, pieces: list, labels: list) -> None:
    """In "X and <Org>", an unknown single name coordinated with an organisation is one too."""
    kinds = {lb.kind for lb in labels if lb is not None}
    if len(kinds) != 1 or not kinds & {"organization", "place"}:
        return
    kind = kinds.pop()
    for n, (piece, label) in enumerate(zip(pieces, labels, strict=True)):
        word = doc.toks[piece.first].text
        if (
            label is None
            and piece.last - piece.first == 1
            and word.isalpha()
            and not is_demonym(word)  # "X SA and Peruvian group Y": an adjective
            and not (piece.sentence_initial and word.lower() in STOP_CAPS)
        ):
            labels[n] = Label(kind, word, piece.first, piece.last, 0.55, "coordination")


def spells(acronym: str, phrase: str) -> bool:
    """The acronym's letters are an in-order subsequence of the phrase and it starts with the
    phrase's initial ("SRTC" in "Space Research and Test Centre")."""
    letters = phrase.lower()
    if not letters or letters[0] != acronym[0].lower():
        return False
    pos = 0
    for ch in acronym.lower():
        if not ch.isalpha():
            continue
        pos = letters.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _classify_run(
    doc: Doc, sent, first: int, last: int, acronym: bool = False, whole: bool = False
) -> list[Label]:
    out = []
    pieces = split_chunk(doc, first, last, sent, split_and=not whole)
    labels = [classify(doc, piece) for piece in pieces]
    if doc.proposals:
        labels = [model_label(doc, p, lb) for p, lb in zip(pieces, labels, strict=True)]
    if len(pieces) > 1 and any(doc.toks[k].lower == "and" for k in range(first, last)):
        _coordinated(doc, pieces, labels)
        if None in labels:  # "Director of Human and Robotic Exploration": a title, not a body
            labels = [None if lb is not None and lb.rule == "org-of-role" else lb for lb in labels]
    for piece, label in zip(pieces, labels, strict=True):
        if label is None and acronym and piece.last - piece.first > 1 and piece.last == last:
            label = Label(
                "organization",
                doc.text[doc.toks[piece.first].start : doc.toks[piece.last - 1].end],
                piece.first,
                piece.last,
                0.7,
                "acronym-long-form",
            )
        if label is None:
            continue
        lead = doc.toks[label.first].text
        if (
            label.kind in ("spacecraft", "mission", "program")
            and label.last - label.first > 1
            and lead.isalpha()
            and (lead.isupper() or not lead[1:].islower())
        ):
            # "Brand Vehicle capsule": the maker's name is an organisation of its own
            out.append(Label("organization", lead, label.first, label.first + 1, 0.6, "maker"))
            rest = doc.text[doc.toks[label.first + 1].start : doc.toks[label.last - 1].end]
            label = Label(
                label.kind, rest, label.first + 1, label.last, label.confidence, label.rule
            )
        out.append(label)
    return out
