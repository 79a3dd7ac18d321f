"""Text normalisation, tokenisation and paragraph/sentence/heading segmentation.

Every helper keeps character offsets identical to the original text: normalisation replaces one
character by one character, so a span found in the normalised text indexes the original too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dateline_patterns import (
    AGENCY_DATELINE,
    DATE_LABEL,
    DATE_LINE,
    DATED_HEADING,
    DATELINE,
    DATELINE_LINES,
    DATELINE_PARTS,
    TOWN_DATELINE,
)
from .lexicon import ABBREVIATED_TITLES, STOP_CAPS, given_names, word_set
from .tokenizer import nlp, tokenize

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
OPEN_DOUBLE = '“"'
CLOSE_DOUBLE = '”"'
SENT_END = {".", "!", "?"}
# a company's legal form abbreviated with a period, one token to the tokenizer
LEGAL_ABBREVIATIONS = frozenset(["Ltd.", "Inc.", "Corp.", "Co.", "Bhd.", "Pty."])
HEADING_END = set(".!?\"”’':;)…")
# « guillemets » and ‹ single guillemets › (a translated wire's quotation marks) read as the
# curly quotes they stand for
GUILLEMETS = {"«": "“", "»": "”", "‹": "‘", "›": "’"}
# low opening marks („…” Polish, „…“ German, ‚…‘) read as curly opening quotes; a German closing
# mark, which looks like an English opening one, then reads as a closing mark
LOW_OPENERS = {"„": ("“", "“”", "”"), "‚": ("‘", "‘’", "’")}
LOW_OPENING = re.compile(r"[„‚](?=[\w‚„…])")
ODD_SPACES = "\u00a0\u2009\u202f\r\t"
MAPPED = re.compile(f"[`’{ODD_SPACES}{''.join(GUILLEMETS)}]")  # what normalize may replace


@dataclass(slots=True)
class Tok:
    """A token with offsets into the text."""

    i: int
    text: str
    start: int
    end: int
    lower: str
    sent: int = -1

    @property
    def is_cap(self) -> bool:
        """True for a token that starts with an uppercase letter."""
        return self.text[:1].isupper()


@dataclass(slots=True)
class Sentence:
    """A sentence (or a heading line) as a token range."""

    index: int
    first: int  # first token index
    last: int  # one past the last token index
    start: int
    end: int
    para: int
    heading: bool = False


@dataclass
class Doc:
    """The analysed text shared by all extractors."""

    text: str  # normalised, same length as the original
    original: str
    toks: list[Tok]
    sents: list[Sentence]
    paras: list[tuple[int, int]]  # character ranges of non-empty lines
    dateline: dict[str, tuple[int, int]] = field(default_factory=dict)
    # an optional model's entities, {(first, last token): kind}; empty unless one is configured
    proposals: dict[tuple[int, int], str] = field(default_factory=dict)
    # the year an undated text's months take when it gives months with a year but no full date
    months_year: int | None = None

    def sent_of_char(self, pos: int) -> Sentence | None:
        """Return the sentence that contains a character offset."""
        for s in self.sents:
            if s.start <= pos < s.end:
                return s
        return None


def normalize(text: str) -> str:
    """Map apostrophe look-alikes to ``'``, guillemets to curly quotes and odd spaces to `` ``
    without changing the length."""
    chars = list(text)
    n = len(text)
    for m in MAPPED.finditer(text):  # (the characters this maps: few in most texts)
        i, ch = m.start(), m.group()
        if ch == "`":
            chars[i] = "'"
        elif ch == "’" and 0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalpha():
            chars[i] = "'"  # It’s, Norway’s: an apostrophe, not a closing quote
        elif ch in ODD_SPACES:
            chars[i] = " "
        elif ch in GUILLEMETS:
            chars[i] = GUILLEMETS[ch]
    for m in LOW_OPENING.finditer(text):
        _low_quote(text, chars, m.start())
    return "".join(chars)


def _low_quote(text: str, chars: list[str], i: int) -> None:
    """A low opening mark at ``i``: an opening quote, its closing mark in the line a closing one."""
    opener, closers, closer = LOW_OPENERS[text[i]]
    chars[i] = opener
    line_end = text.find("\n", i)
    for k in range(i + 1, len(text) if line_end < 0 else line_end):
        if text[k] in closers and not (closer == "’" and text[k + 1 : k + 2].isalpha()):
            chars[k] = closer
            return


def surface_words(surface: str) -> tuple[str, ...]:
    """The token texts of a name, split the way ``analyse`` splits the article."""
    out: list[Tok] = []
    for t in nlp().tokenizer(surface):
        if t.is_space:
            continue
        if _hyphen_joins(out, t.text, t.idx):
            out.pop()
            head = out.pop()
            out.append(Tok(len(out), surface[head.start : t.idx + len(t.text)], head.start, 0, ""))
        else:
            out.append(Tok(len(out), t.text, t.idx, t.idx + len(t.text), ""))
    return tuple(t.text for t in out)


def _glued_period(word: str) -> bool:
    """spaCy keeps a period after a capital ("U.K."); split it off names like "AstroX."."""
    stem = word[:-1]
    return (
        word.endswith(".")
        and len(stem) >= 3
        and (stem.isalpha() or re.fullmatch(r"\d{1,3}[A-Z]", stem) is not None)  # "Pad 39B."
        and stem[-1].isupper()
        and word not in ABBREVIATED_TITLES
    )


def _hyphen_joins(toks: list[Tok], word: str, start: int) -> bool:
    """The word after a glued hyphen ends one name with the token before the hyphen."""
    if not toks or toks[-1].end != start or toks[-1].text != "-":
        return False  # each rule needs a hyphen glued to the word: most words stop here
    return (
        _hyphen_given_name(toks, word, start)
        or _hyphen_compound(toks, word, start)
        or _hyphen_acronym(toks, word, start)
    )


def _glued_head(toks: list[Tok], start: int) -> Tok | None:
    """The token before a hyphen glued to it and to the word at ``start`` ("A-B"), or None."""
    if len(toks) < 2:
        return None
    hyphen, head = toks[-1], toks[-2]
    glued = hyphen.text == "-" and hyphen.end == start and head.end == hyphen.start
    return head if glued else None


def _hyphen_acronym(toks: list[Tok], word: str, start: int) -> bool:
    """ "<ACR>-<mixed-case acronym>" with no spaces ("AB-CDEf"): one acronym-like name. Two
    plain acronyms ("US-EU talks") or a capitalised word ("AB-Corvo") stay apart."""
    if not word.isalpha() or word.isupper() or word.istitle() or not word[:1].isupper():
        return False
    head = _glued_head(toks, start)
    return (
        head is not None
        and head.text.isalpha()
        and head.text.isupper()
        and sum(ch.isupper() for ch in word) >= 2
    )


# Lowercase words after a hyphen that make an adjective, not the second half of a given name.
HYPHEN_SUFFIXES = word_set("hyphen_suffixes")


def _hyphen_given_name(toks: list[Tok], word: str, start: int) -> bool:
    """ "<Cap> <Cap>-<short lowercase>" with no spaces around the hyphen ("Yoon Young-bin",
    "Kim Su-jin"): the hyphenated half of a two-part given name."""
    if len(toks) < 3 or not (2 <= len(word) <= 5 and word.isalpha() and word.islower()):
        return False
    hyphen, head, prev = toks[-1], toks[-2], toks[-3]
    return (
        hyphen.text == "-"
        and hyphen.end == start
        and head.end == hyphen.start
        and head.text.isalpha()
        and head.text[:1].isupper()
        and not head.text.isupper()
        and prev.text.isalpha()
        and prev.text[:1].isupper()
        and not word.endswith("ed")
        and word not in HYPHEN_SUFFIXES
    )


NAME_PARTICLES = word_set("name_particles")  # lowercase: "<Given> van der <Family>"
# Combining forms before a hyphen ("Sino-Indian", "Franco-German"): adjectives, not names.
COMBINING_FORMS = word_set("combining_forms")


def _hyphen_compound(toks: list[Tok], word: str, start: int) -> bool:
    """ "<Cap>-<Cap>" with no spaces around the hyphen ("Brandt-Kowalczyk", "Anne-Sophie",
    "Soto-Vidal"): a double-barrelled name, one token. Not "Sino-Indian", "Peru-Chile",
    "Seoul-Tokyo" (demonyms, combining forms, countries and large cities on either side)."""
    if not _name_half(word) and not _city_surname_half(toks, word):
        return False
    head = _glued_head(toks, start)
    return (
        head is not None
        and (
            all(_name_half(part) for part in head.text.split("-"))
            or _name_half(word)
            and _city_surname_head(toks, head)
        )
        and head.text.split("-")[0].lower() not in COMBINING_FORMS
    )


def _city_surname_head(toks: list[Tok], head: Tok) -> bool:
    """ "<Given> <Surname>-<Name>" where the first half is also a city's name: after a given
    name, a double-barrelled surname, not a city pair ("the <City>-<City> route")."""
    from . import places

    prev = toks[-3].text if len(toks) >= 3 else ""
    return (
        head.text.isalpha()
        and head.text.istitle()
        and getattr(places.lookup(head.text), "kind", None) == "city"
        and prev.istitle()
        and prev.isalpha()
        and prev in given_names()
    )


def _city_surname_half(toks: list[Tok], word: str) -> bool:
    """ "<Name> <Surname>-<Word>" where the second half is also a city's name ("Adewale
    Okonjo-Bello"): after a name word, a double-barrelled surname, not a city pair (the first
    half must still be a name half)."""
    from .nationality import is_demonym

    prev = toks[-3].text if len(toks) >= 3 else ""
    return (
        prev.isalpha()
        # "<Given> de la <Surname>-<Word>": a particle before the surname
        and (prev.istitle() and prev.lower() not in STOP_CAPS or prev in NAME_PARTICLES)
        and word.isalpha()
        and word.istitle()
        and not is_demonym(word)
        and not is_demonym(prev)
    )


def _name_half(word: str) -> bool:
    from .nationality import is_demonym  # late import: nationality needs the place index

    if not (word.isalpha() and word[:1].isupper() and not word.isupper() and len(word) >= 2):
        return False
    if word[1:].lower() != word[1:] or (is_demonym(word) and word not in given_names()):
        return False
    from . import places

    place = places.lookup(word)
    return place is None or (place.kind == "city" and place.population < 100_000)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    paras = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.start(), m.end()
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if start < end and paras and _wrapped(text, paras[-1][1], start):
            paras[-1] = (paras[-1][0], end)  # a line wrapped in mid-sentence goes on
        elif start < end:
            paras.append((start, end))
    return paras


# the start of a list item in lower case ("a. share …", "ii) set up …"), a new line of its own
LIST_ITEM = re.compile(r"(?:[a-z]|[ivx]+)[.)]\s")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*[,;]?(?:[ \n]|$)")


def _wrapped(text: str, end: int, start: int) -> bool:
    """Does the line starting at ``start`` carry on the sentence of the line ending at ``end``?
    A text wrapped at a fixed width ("… said its chief\nwill meet …"), or a subtitle's line: one
    newline between them, no sentence-final mark before it, a lower-case word after it."""
    return (
        text.count("\n", end, start) == 1
        and text[end - 1] not in ".!?:"
        and text[start].islower()
        and not LIST_ITEM.match(text, start)
        and WORD.match(text, start) is not None  # (not "press@example.org", "www.x.org")
    )


def _is_heading(text: str, start: int, end: int, n_tokens: int) -> bool:
    """A bare line without closing punctuation (headline, sub-heading, byline) is a heading;
    a contact line with an e-mail address ("Media contact: X, x@example.org") is not."""
    return (
        text[end - 1] not in HEADING_END and n_tokens <= 30 and not EMAIL.search(text, start, end)
    )


def analyse(original: str) -> Doc:
    """Tokenise the text and split it into paragraphs, sentences and headings."""
    text = normalize(original)
    spacy_doc = tokenize(text)
    toks: list[Tok] = []
    for t in spacy_doc:
        if t.is_space:
            continue
        word, idx = t.text, t.idx
        # (the first character tells most tokens from a marker, the last from a glued period)
        marker = word.removesuffix(".") if word[0] == "/" else ""
        if len(marker) > 2 and marker[-1] == "/" and marker[1:-1].isalnum():
            # "/PRNewswire/", "/TASS/.": the wire-service marker of a dateline
            end = idx + len(marker)
            toks.append(Tok(len(toks), "/", idx, idx + 1, "/"))
            toks.append(Tok(len(toks), marker[1:-1], idx + 1, end - 1, marker[1:-1].lower()))
            toks.append(Tok(len(toks), "/", end - 1, end, "/"))
            if marker != word:
                toks.append(Tok(len(toks), ".", end, end + 1, "."))
        elif word[-1] == "." and _glued_period(word):  # "AstroX." / "ACME." ending a sentence
            toks.append(Tok(len(toks), word[:-1], idx, idx + len(word) - 1, word[:-1].lower()))
            toks.append(Tok(len(toks), ".", idx + len(word) - 1, idx + len(word), "."))
        elif _hyphen_joins(toks, word, idx):
            # "Lee Jin-ho", "Brandt-Kowalczyk", "Jean-Luc", "AB-CDEf": one name token
            toks.pop()
            head = toks.pop()
            joined = text[head.start : idx + len(word)]
            toks.append(Tok(len(toks), joined, head.start, idx + len(word), joined.lower()))
        else:
            toks.append(Tok(len(toks), word, idx, idx + len(word), word.lower()))
    paras = _paragraphs(text)
    doc = Doc(text, original, toks, [], paras)
    ti = 0
    for p_index, (p_start, p_end) in enumerate(paras):
        first = ti
        while ti < len(toks) and toks[ti].start < p_end:
            ti += 1
        _split_sentences(doc, first, ti, p_index, _is_heading(text, p_start, p_end, ti - first))
    spans: dict[str, tuple[int, int]] = {}
    for n, (p_start, _) in enumerate(paras[:DATELINE_LINES]):
        found = (
            DATELINE.match(text[p_start:])
            or AGENCY_DATELINE.match(text[p_start:])
            or TOWN_DATELINE.match(text[p_start:])
            or DATE_LINE.match(text[p_start:])
            or DATE_LABEL.match(text[p_start:])
            or DATED_HEADING.match(text[p_start:])
        )
        if found:
            parts = {
                # a state wire's ", ARNA." is its outlet; "Lima, 4 March:" its town and day
                DATELINE_PARTS.get(key, key): (p_start + found.start(key), p_start + found.end(key))
                for key, value in found.groupdict().items()
                if value
            }
            if found.re in (DATE_LABEL, DATED_HEADING):
                # the labelled line dates the article and bounds nothing above it (claims)
                parts["label"] = (p_start, p_start + len(text[p_start:].split("\n", 1)[0]))
            if not spans or "date" in parts:
                spans = parts
        if "date" in spans:
            # "X SPACE S.A. — PRESS RELEASE" and then "Porto, 12 October 2026": the line that
            # dates the release is its dateline
            if "city" not in spans and n + 1 < len(paras):
                # a date line over the lede, and the lede's "TOWN, Region —": the town is read
                town = DATELINE.match(text[paras[n + 1][0] :])
                if town and not town.group("date"):
                    lo = paras[n + 1][0]
                    spans |= {k: (lo + town.start(k), lo + town.end(k)) for k in ("city", "region")}
                    spans = {k: v for k, v in spans.items() if v[0] < v[1]}
            break
    doc.dateline.update(spans)
    return doc


def _split_sentences(doc: Doc, first: int, last: int, para: int, heading: bool) -> None:
    toks = doc.toks
    if first >= last:
        return
    if heading:
        _add_sentence(doc, first, last, para, True)
        return
    depth = 0
    start = first
    unclosed = _unclosed_quote(toks, first, last)
    for i in range(first, last):
        t = toks[i].text
        if t in QUOTE_MARKS:
            depth = _quote_depth(t, depth)
            if i == unclosed:
                # a quote that runs to the paragraph's end (a quoted paragraph, or the first of
                # a quote over several) still has its sentences
                depth = 0
        nxt = toks[i + 1] if i + 1 < last else None
        if nxt is None:
            break
        boundary = False
        if t in SENT_END and depth == 0:
            opens_quote = nxt.text[:1] in OPEN_DOUBLE + "‘'" and _opens(doc.text, nxt.start)
            boundary = nxt.text[:1].isupper() or nxt.text[:1].isdigit() or opens_quote
        elif t in LEGAL_ABBREVIATIONS and depth == 0:
            # "… with Harbor Systems Ltd. The agency will …": the legal form's period ends the
            # sentence when a capitalised function word follows
            boundary = nxt.text[:1].isupper() and nxt.text.lower() in STOP_CAPS
        elif t in ("”", '"') and depth == 0 and i > first and toks[i - 1].text in SENT_END:
            boundary = nxt.text[:1].isupper() or nxt.text[:1] in OPEN_DOUBLE + "‘"
        if boundary:
            _add_sentence(doc, start, i + 1, para, False)
            start = i + 1
    _add_sentence(doc, start, last, para, False)


QUOTE_MARKS = ("“", "”", '"')


def _quote_depth(mark: str, depth: int) -> int:
    """Inside a double quote (1) or not (0) after the mark: a straight mark opens or closes."""
    return 1 if mark == "“" or (mark == '"' and depth == 0) else 0


def _unclosed_quote(toks: list[Tok], first: int, last: int) -> int:
    """The token of the quote mark that opens a quote the paragraph never closes, or the one
    that opens a paragraph quoted whole (a passage quoted in full), or -1."""
    depth, opened, marks = 0, -1, 0
    for i in range(first, last):
        t = toks[i].text
        if t in QUOTE_MARKS:
            depth = _quote_depth(t, depth)
            opened = i if depth else -1
            marks += 1
    quoted_whole = toks[first].text in ("“", '"') and toks[last - 1].text in ("”", '"')
    if opened < 0 and marks == 2 and quoted_whole:
        return first
    return opened


def _opens(text: str, pos: int) -> bool:
    """A quote mark opens when a word follows it directly."""
    return pos + 1 < len(text) and text[pos + 1].isalnum()


def _add_sentence(doc: Doc, first: int, last: int, para: int, heading: bool) -> None:
    index = len(doc.sents)
    for t in doc.toks[first:last]:
        t.sent = index
    doc.sents.append(
        Sentence(index, first, last, doc.toks[first].start, doc.toks[last - 1].end, para, heading)
    )
