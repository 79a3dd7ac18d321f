"""Quote marks: the quoted spans of a document (double, curly, single; a quote over several
paragraphs chained part to part), before anyone is attributed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chunks import is_code
from .lexicon import HONORIFICS, PLAIN_TITLES, REPORT_VERBS, word_set
from .text import Doc

MAX_SCARE_WORDS = 2  # one or two quoted words inside a sentence (hailed the “milestone”)
NAMING_WORDS = word_set("naming_words")
MODIFIER_DETERMINERS = word_set("modifier_determiners")
WORD_BEFORE = re.compile(r"(\S+)\s$")
DOCUMENT = re.compile(rf"\bthe (?:{'|'.join(sorted(word_set('document_nouns')))})\b")
SENTENCE_END = re.compile(r"[.!?][”\"’']?\s")
# words before one quoted word that make it a term mentioned ("a row about ‘X’", "words like ‘Y’")
TERM_LEADS = word_set("term_leads")
TITLE_SMALL_WORDS = word_set("title_small_words")  # "in", "the", "of" inside a title
TERM_PAIR = re.compile(r"(\S+)\s+[‘'“\"][^\s’'”\"]+[’'”\"]\s+(?:and|or)\s$")
# a list item that cites a work: "* “<Title>” — <Publisher>, <date with a year>"
LIST_BULLET = re.compile(r"[*•·–-]?\s*$")
CITED_BY = re.compile(r"\s*[—–-]\s+\S.*\b(?:1[89]|2[01])\d\d\b")
# a paragraph of dialogue opened by a dash (Scandinavian and other European copy: "– We stop,
# says <Name>."): the words up to the comma before its attribution are the quote
DIALOGUE_DASH = re.compile(r"[–—] ")
CLAUSE_WORDS = re.compile(r", ([^,.;:!?]*)")
QUOTE_MARK = re.compile("[“\"‘']")  # what may open a quotation
CLOSING_DOUBLE = re.compile('[”"]')
# "<Given> <Family> — “<Nick>” to everyone", "<Given> <Family>, ‘<Nick>’ to his crew": a name
# the person goes by, set off after their name
NICKNAME_AFTER = re.compile(r"[A-Z][\w'’-]*(?:,| [—–]) $")


@dataclass
class RawQuote:
    """Quoted text found by scanning the marks."""

    open: int
    close: int | None
    start: int
    end: int
    para: int
    chain: int = -1  # index of the first part of a multi-paragraph quote


def _opens(text: str, i: int, lo: int) -> bool:
    return (
        (i == lo or text[i - 1] in " ([{—–-/:")
        and i + 1 < len(text)
        and (text[i + 1].isalnum() or text[i + 1] in "‘'….$€£")
    )


def _close_single(text: str, i: int, hi: int) -> int | None:
    for k in range(i + 1, hi):
        if (
            text[k] in "’'"
            and not text[k - 1].isspace()
            and (k + 1 >= hi or not text[k + 1].isalnum())
        ):
            return k
    return None


def scan(doc: Doc) -> list[RawQuote]:
    """Find quoted spans paragraph by paragraph."""
    text = doc.text
    found: list[RawQuote] = []
    for p_index, (lo, hi) in enumerate(doc.paras):
        if (
            DIALOGUE_DASH.match(text, lo)
            and text[lo + 2].isupper()
            and (k := _dialogue_close(text, lo + 2, hi))
        ):
            found.append(_raw(text, lo, k, hi, p_index))
            continue
        i = lo
        # (from one quotation mark to the next: every other character only moves on)
        while (mark := QUOTE_MARK.search(text, i, hi)) is not None:
            i = mark.start()
            ch = text[i]
            if ch in '“"' and (ch == "“" or _opens(text, i, lo)):
                close = CLOSING_DOUBLE.search(text, i + 1, hi)
                k = close.start() if close is not None else None
                found.append(_raw(text, i, k, hi, p_index))
                i = (k if k is not None else hi) + 1
            elif ch in "‘'" and _opens(text, i, lo):
                k = _close_single(text, i, hi)
                if k is not None or (
                    p_index + 1 < len(doc.paras) and text[doc.paras[p_index + 1][0]] in "‘'"
                ):
                    found.append(_raw(text, i, k, hi, p_index))
                    i = (k if k is not None else hi) + 1
                else:
                    i += 1
            else:
                i += 1
    for n, q in enumerate(found):
        prev = found[n - 1] if n else None
        if (
            prev
            and prev.close is None
            and q.para == prev.para + 1
            and q.open == doc.paras[q.para][0]
        ):
            q.chain = prev.chain if prev.chain >= 0 else n - 1
    return [q for q in found if q.end > q.start]


def _dialogue_close(text: str, lo: int, hi: int) -> int | None:
    """The comma that ends a dash-opened line of dialogue: the first one that a report verb
    follows within a few words of its clause (", says the mayor", ", <Name> says"), if any."""
    for m in CLAUSE_WORDS.finditer(text, lo, hi):
        if any(w.lower() in REPORT_VERBS for w in m.group(1).split()[:5]):
            return m.start()
    return None


def _raw(text: str, i: int, k: int | None, hi: int, para: int) -> RawQuote:
    start, end = i + 1, (k if k is not None else hi)
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return RawQuote(i, k, start, end, para)


def names_something(text: str, q: RawQuote) -> bool:
    """One or two quoted words that name or label something rather than report speech: a
    nickname inside a name (<Given> “<Nick>” <Family>) or set off after it, a code name (a
    satellite “X-2”), a name with its honorific (asked for
    “Mr X”), a defined term in brackets after its long form (X Y (“XY”)), a label after
    "called" or "described … as", a modifier in a noun phrase (a “X” radio, the firm's “X Y”
    agreement)."""
    words = text[q.start : q.end].split()
    if len(words) > MAX_SCARE_WORDS or q.close is None:
        return False
    before = WORD_BEFORE.search(text, max(0, q.open - 40), q.open)
    prev = before.group(1) if before else ""
    after = text[q.close + 1 : q.close + 3]
    noun_after = after[:1] == " " and after[1:2].islower()
    if prev[:1].isupper() and prev.isalpha() and after[:1] == " " and after[1:2].isupper():
        return words[0][:1].isupper()  # a nickname between the given and the family name
    if text[q.open - 1 : q.open] == "(" and after[:1] in (")", " ") and words[0][:1].isupper():
        return True  # a defined term in brackets after what it stands for ('X Y (“XY”)')
    if words[0].lower() in HONORIFICS | PLAIN_TITLES and len(words) > 1:
        return True
    if len(words) == 1 and _term(text, q.open, prev):
        return True
    if len(words) == 1 and is_code(words[0]):
        return True  # a craft's or a product's code name ("the satellite “X-2” was launched")
    one_name = len(words) == 1 and words[0][:1].isupper() and words[0].isalpha()
    if one_name and NICKNAME_AFTER.search(text, max(0, q.open - 40), q.open):
        return True
    if prev.lower() in NAMING_WORDS:
        return True
    possessive = prev.endswith(("'s", "’s"))
    return noun_after and (prev.lower() in MODIFIER_DETERMINERS or possessive)


def _term(text: str, open_at: int, prev: str) -> bool:
    """One quoted word after a word that mentions a term ("a row about ‘X’", "words like “Y”"),
    or coordinated with such a word ("a row about ‘X’ and ‘Z’"): the word held up, not speech."""
    if prev.lower() in TERM_LEADS:
        return True
    pair = TERM_PAIR.search(text, max(0, open_at - 60), open_at)
    return pair is not None and pair.group(1).lower() in TERM_LEADS


def work_title(text: str, q: RawQuote) -> bool:
    """Quoted words in title case ("“X and Y: Z for the W,” the show at …", a show's, a
    book's or an artwork's title): every word capitalised but the small words of titles, and no
    sentence inside; a name given, not speech."""
    words = text[q.start : q.end].rstrip(",").split()
    if len(words) < 2 or q.close is None or any(w[-1] in ".!?" for w in words):
        return False
    return all(w[:1].isupper() or (n and w in TITLE_SMALL_WORDS) for n, w in enumerate(words))


def cited_title(doc: Doc, q: RawQuote) -> bool:
    """A line (a list item) that opens with quoted words without a closing full stop, then a
    dash and a source with a year ("* “<Headline>” — <Outlet>, <date>"): a reference list
    names the title of a source, nobody's speech."""
    lo, hi = doc.paras[q.para]
    text = doc.text
    if q.close is None or not LIST_BULLET.fullmatch(text, lo, q.open):
        return False
    return text[q.end - 1] not in ".!?" and CITED_BY.fullmatch(text, q.close + 1, hi) is not None


def quotes_a_document(doc: Doc, q: RawQuote) -> bool:
    """Quoted words that open in lower case after "the policy", "the contract" ... in their
    sentence: the document's wording ("the policy excluded losses “arising from …”")."""
    lo = doc.paras[q.para][0]
    sentence = SENTENCE_END.split(doc.text[lo : q.open])[-1].lower()
    return doc.text[q.start : q.start + 1].islower() and DOCUMENT.search(sentence) is not None


def post_end(text: str, pos: int, hi: int) -> int:
    """Where the words after a closing mark end: at the next opening mark or sentence end."""
    for k in range(pos, hi):
        if text[k] in '“‘"' or (
            text[k] in ".!?" and (k + 1 >= hi or text[k + 1] == " ") and not _abbreviation(text, k)
        ):
            return k
    return hi


def _abbreviation(text: str, k: int) -> bool:
    """The period at ``k`` ends "Dr." or an initial ("V."), not the sentence."""
    if text[k] != ".":
        return False
    start = k
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start : k + 1]
    return word.lower() in HONORIFICS or (len(word) == 2 and word[0].isupper())
