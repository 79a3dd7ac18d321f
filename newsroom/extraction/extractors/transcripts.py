"""Speaker-labelled transcripts and Q&A records: which paragraphs are the principals' answers
(with the person each label names) and which are questions, a host's or a moderator's words."""

from __future__ import annotations

import re
from collections import Counter

from .coref import Ent
from .lexicon import (
    CONNECTORS,
    HONORIFICS,
    INTERPRETER_NOTES,
    RECORD_HEADINGS,
    ROLE_NOUNS,
    TRANSCRIPT_BITE_LABELS,
    TRANSCRIPT_NON_SPEAKERS,
)
from .text import HEADING_END, Doc
from .types import QuoteCandidate

MIN_UNATTRIBUTED_WORDS = 8  # shorter unattributed quotes are scare quotes, not speech
QA_QUESTION = re.compile(r"(?:Q|Question)\s?[:.]\s+")
# "A:", and "A (Ms. Name):" for an answer given by someone other than the principal
QA_ANSWER = re.compile(r"(?:A|Answer)(?: ?\(([^)]{1,60})\))?\s?[:.]\s+")
# A speaker label opening a transcript paragraph: "NAME:", "NAME (through interpreter):",
# "QUESTION (X, Outlet):", "NAME, OUTLET:"; capitals with accents too ("LUCÍA", "ŁUKASZ").
# A Gaelic surname keeps its "Mc"/"Mac" in small letters in a label of capitals ("NAME MacNAME").
_CAP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_MAC = rf"(?<=M)a?c(?=[{_CAP}])"
LABEL = re.compile(
    rf"([{_CAP}](?:[{_CAP}.,'’\- ]|{_MAC})*[{_CAP}.])(?: ?\(([^)]{{1,80}})\))?: +(?=\S)"
)
MAC = re.compile(_MAC)
# A mixed-case label of one to five capitalised words (connectors between them), perhaps after a
# question number: "Q12 The Chair:", "Lord Name of Place:", "Name (Firm):".
QUESTION_NUMBER = re.compile(r"Q ?\d+\.? +")
_CAPWORD = rf"[{_CAP}][\w.'’\-]*"
NAME_LABEL = re.compile(
    rf"({_CAPWORD}(?: (?:(?:{'|'.join(sorted(CONNECTORS))}) )?{_CAPWORD}){{0,4}})"
    r"(?: ?\(([^)]{1,80})\))?: +(?=\S)"
)
# Any short opening before a colon ("Audience member (unidentified):"): a turn of its own
ANY_LABEL = re.compile(r"[^.:?!\n]{1,60}: ")
# "She thanked the board, …", "Asked whether …:": the reporter's narration between
# turns (the speaker in the third person, or the lead-in to the next question), not speech
NARRATION = re.compile(r"(?:(?:She|He) [a-z]+ed\b|Asked\b[^\n]*:$)", re.M)
# A podcast's or a recording's time code in a label ("Name (12:05):"): where the turn is, not a
# note about who speaks
TIME_CODE = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}")
# A hearing's witness list: "SURNAME, Title Given Names, Position, Body" on a line of its own
WITNESS = re.compile(
    rf"([{_CAP}][{_CAP}'’\-]+), ([A-Z][a-z]+\.?) ({_CAPWORD}(?: {_CAPWORD}){{0,2}})(?=,|$)",
    re.MULTILINE,
)


def qa_answers(doc: Doc) -> tuple[list[tuple[int, int, str]], int]:
    """Answer spans of a Q&A transcript ("Q: …" / "A: …" paragraphs; a paragraph without a
    marker between an answer and the next question continues the answer), each with the name
    its marker gives in brackets ("A (Ms. Name): …") or "", and the offset of the first
    question. Empty unless there are at least two questions and two answers."""
    text = doc.text
    marks = []
    for lo, hi in doc.paras:
        q, a = QA_QUESTION.match(text, lo, hi), QA_ANSWER.match(text, lo, hi)
        marks.append("q" if q else "a" if a else "")
    if marks.count("q") < 2 or marks.count("a") < 2:
        return [], -1
    spans = []
    for n, mark in enumerate(marks):
        lo, hi = doc.paras[n]
        opening = not mark and "q" not in marks[:n] and _titled_label(text, lo, hi)
        if opening:  # "Mr. Name: …" before the first question: that person's statement
            spans.append((opening.end(), hi, opening.group(1)))
            marks[n] = "a"
        elif mark == "a":
            m = QA_ANSWER.match(text, lo, hi)
            spans.append((m.end(), hi, m.group(1) or ""))
        elif (
            not mark
            and spans
            and "q" in marks[n:]
            and marks[n - 1] in ("a", "a+")
            # a line ending in a letter or digit is a sub-heading ("Questions and answers")
            and not text[lo:hi].rstrip()[-1:].isalnum()
        ):
            spans.append((lo, hi, spans[-1][2]))
            marks[n] = "a+"
    return spans, doc.paras[marks.index("q")][0]


def _titled_label(text: str, lo: int, hi: int) -> re.Match | None:
    """A label of an honorific and a name ("Ms. Name:") opening a paragraph."""
    m = NAME_LABEL.match(text, lo, hi)
    words = m.group(1).split() if m and not m.group(2) else []
    return m if len(words) >= 2 and words[0].lower() in HONORIFICS else None


def transcript_labels(doc: Doc) -> list[tuple[int, re.Match]]:
    """Paragraphs opened by an upper-case speaker label ("NAME:", "NAME (through interpreter):"),
    as (paragraph index, label match); empty unless at least three paragraphs have one. Without
    upper-case labels, the mixed-case ones of ``name_labels``; with them, also the mixed-case
    labels with a note (a film script's "NARRATOR:" and "SUPER:" lines between the
    interviewees' "Name (sync):")."""
    found = []
    for n, (lo, hi) in enumerate(doc.paras):
        m = LABEL.match(doc.text, lo, hi)
        if m and sum(c.isalpha() for c in m.group(1)) >= 2 and MAC.sub("", m.group(1)).isupper():
            found.append((n, m))
    found = [(n, m) for n, m in found if not _heading(m)]
    if len(found) < 3:
        return name_labels(doc)
    upper = {n for n, _ in found}
    noted = [(n, m) for n, m in name_labels(doc) if n not in upper and m.group(2)]
    return sorted(found + noted, key=lambda f: f[0])


def name_labels(doc: Doc) -> list[tuple[int, re.Match]]:
    """Mixed-case speaker labels ("The Chair:", "Q12 Name:", "Name (Firm):"). One capitalised
    phrase before a colon is as often a heading or a fact-box line, so a label counts only when
    it opens two paragraphs or more (or carries a note in brackets), and the record only when
    three paragraphs have one."""
    found = []
    for n, (lo, hi) in enumerate(doc.paras):
        number = QUESTION_NUMBER.match(doc.text, lo, hi)
        m = NAME_LABEL.match(doc.text, number.end() if number else lo, hi)
        if m and len(m.group(1)) > 1 and not _heading(m):  # "Q:", "A:": ``qa_answers``
            found.append((n, m))
    counts = Counter(m.group(1) for _, m in found)
    repeated = {label for label, count in counts.items() if count >= 2}
    found = [
        (n, m)
        for n, m in found
        if m.group(1) in repeated or m.group(2) or _long_form(m.group(1), repeated)
    ]
    return found if len(found) >= 3 and max(counts.values()) >= 2 else []


def _heading(m: re.Match) -> bool:
    """A meeting record's attendance heading ("PRESENT:", "Also in attendance (for item 5):"),
    which opens a list of names, not a turn."""
    return " ".join(m.group(1).lower().split()) in RECORD_HEADINGS


def person_labels(doc: Doc, ents: list[Ent]) -> list[tuple[int, re.Match]]:
    """Outside a transcript, paragraphs opened by the name of a person introduced earlier
    ("<Family>: …", as a digest of an online Q&A or a panel gives the answers): that person's
    turns, however few (not in a Q&A record, whose opening statement may be labelled)."""
    if qa_answers(doc)[0]:
        return []
    found = []
    for n, (lo, hi) in enumerate(doc.paras):
        m = NAME_LABEL.match(doc.text, lo, hi)
        if not m or len(doc.text[m.end() : hi].split()) < MIN_UNATTRIBUTED_WORDS:
            continue
        label_words = [w.strip(".").lower() for w in m.group(1).split()]
        if m.group(2) and not introduced(label_words, m.group(2)):
            continue  # "<Name> (role):" names its speaker; other notes do not
        who = _label_speaker(label_words, ents)
        if who is not None and min(ents[who].mentions, default=(hi, hi))[0] < lo:
            found.append((n, m))
    return found


def _long_form(label: str, repeated: set[str]) -> bool:
    """ "Given Family:" once, then "Family:" turn after turn: the first label is the same
    speaker's in full."""
    return any(label.endswith(f" {short}") for short in repeated)


def witness_names(doc: Doc) -> list[tuple[int, int, str]]:
    """In a speaker-labelled record, the witness list's "SURNAME, Title Given, …" lines, as
    (start, end, full name): the label "Title Surname:" then names the person in full."""
    if not transcript_labels(doc):
        return []
    out = []
    for lo, hi in doc.paras:
        m = WITNESS.match(doc.text, lo, hi)
        if m and m.group(2).lower() in HONORIFICS:
            out.append((m.start(), m.end(3), f"{m.group(3)} {m.group(1).title()}"))
    return out


def transcript_answers(
    doc: Doc, ents: list[Ent], others: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, int | None]]:
    """The principals' answers in a speaker-labelled transcript, as (start, end, speaker);
    the other labelled paragraphs (questions, a moderator's words) are added to ``others``.

    Moderators, operators and reporters are not principals: a label in the non-speaker list, a
    label with a comma ("NAME, OUTLET:") or a note that is not an interpreter's ("QUESTION (X,
    The Y):", "NAME (host):"; a time code, "Name (12:05):", is no note); a paragraph ending in a
    question mark is a question, and a short turn that answers none is small talk ("Thanks, glad
    to be here."), not a quote. In a record
    whose questions are numbered ("Q12 Name: …"), whoever asks one is a questioner throughout."""
    out = []
    others = [] if others is None else others
    labels = transcript_labels(doc)
    loose = not labels  # outside a transcript, no turn runs on into the narrative after it
    labels = labels or person_labels(doc, ents)
    askers = {m.group(1) for n, m in labels if m.start() > doc.paras[n][0]}
    asked = False  # a short turn is an answer after a question, small talk otherwise
    asks = Counter(m.group(1) for n, m in labels if doc.text[doc.paras[n][1] - 1] == "?")
    floor: set[str] = set()  # who asked from the floor, in their own words
    record = doc.paras[labels[0][0]][0] if labels else 0  # where the labelled turns begin
    for n, m in labels:
        asked, after_question = doc.text[doc.paras[n][1] - 1] == "?", asked
        label, note = m.group(1).strip(), (m.group(2) or "").lower()
        note = "" if TIME_CODE.fullmatch(note.strip()) else note
        lo, hi = m.end(), doc.paras[n][1]
        label_words = [w.strip(".").lower() for w in label.split()]
        if label_words and set(label_words) <= TRANSCRIPT_BITE_LABELS and note:
            # "SOUNDBITE (Name, Title, Org): …": a clip of the person the note names first
            out.append((lo, hi, _label_speaker(note.split(",")[0].split(), ents)))
            continue
        named_in_full = introduced(label_words, note)
        # a person from the floor, introduced before, who asks once (not an interviewer)
        known = (
            not loose and asks[m.group(1)] == 1 and _introduced_before(label_words, ents, record)
        )
        if (
            any(w in TRANSCRIPT_NON_SPEAKERS for w in label_words)
            or "," in label
            or m.group(1) in askers
            or (note and not named_in_full and not any(w in note for w in INTERPRETER_NOTES))
            or (doc.text[hi - 1] == "?" and not named_in_full and not known)
            or (
                len(doc.text[lo:hi].split()) < MIN_UNATTRIBUTED_WORDS
                and not after_question
                and m.group(1) not in floor  # a questioner from the floor comes back
            )
        ):
            others.append((lo, hi))
            continue
        if known:
            floor.add(m.group(1))
        who = _label_speaker(label_words, ents)
        out.append((lo, hi, who))
        out += [] if loose else [(a, b, who) for a, b in _run_on(doc, n, labels)]
    return out


def _introduced_before(label_words: list[str], ents: list[Ent], at: int) -> bool:
    """The label names a person whom the text introduced before the labelled record begins ("a
    point from <Given> <Family>, a club member:" then "<FAMILY>: …?"): their question
    is their own words, not a reporter's nor a host's who named themselves in a turn."""
    who = _label_speaker(label_words, ents)
    return who is not None and min(ents[who].mentions, default=(at, at))[0] < at


def introduced(label_words: list[str], note: str) -> bool:
    """ "Given Family (role, Body):", "Given Family (role):": a label that names someone in
    full with their title gives their own words, a question from the floor too."""
    role = note.lower().split(",")[0].split()
    return (
        len(label_words) >= 2
        and bool(role)
        and any(w in ROLE_NOUNS for w in role)
        and not any(w in TRANSCRIPT_NON_SPEAKERS for w in role)
    )


def _run_on(doc: Doc, n: int, labels: list[tuple[int, re.Match]]) -> list[tuple[int, int]]:
    """The paragraphs without a label that carry a principal's turn on, up to the next label:
    not a stage direction in brackets ("[Applause.]"), a line without closing punctuation (a
    scene heading) or one opened by a label of another shape ("Audience member:"), and not after
    the last label, where the record's own text may follow."""
    later = [k for k, _ in labels if k > n]
    out = []
    for lo, hi in doc.paras[n + 1 : later[0] if later else n + 1]:
        if (
            doc.text[lo] in "[("
            or doc.text[hi - 1] not in HEADING_END
            or ANY_LABEL.match(doc.text, lo, hi)
            or NARRATION.match(doc.text, lo, hi)
        ):
            break
        out.append((lo, hi))
    return out


def read_out(q: QuoteCandidate, others: list[tuple[int, int]]) -> bool:
    """A long quote with a speaker of its own inside a questioner's or host's turn."""
    return (
        q.speaker_key is not None
        and q.rule not in ("continuation", "unattributed")
        and len(q.text.split()) >= MIN_UNATTRIBUTED_WORDS
        and any(a <= q.start < b for a, b in others)
    )


def answer_speaker(note: str, ents: list[Ent]) -> int | None:
    """The person an answer's marker names in brackets ("A (Ms. Name):"), if one does."""
    return _label_speaker([w.strip(".").lower() for w in note.split()], ents) if note else None


def _label_speaker(label_words: list[str], ents: list[Ent]) -> int | None:
    """The person a transcript label names: by full name, else by surname, else (after a title,
    "Lord Name" for "Lord Name of Place") by a word of the name, else by the given name alone."""
    people = [(i, e) for i, e in enumerate(ents) if e.kind == "person"]
    for i, e in people:
        if any(s.lower().split() == label_words for s in e.surfaces):
            return i
    hits = [i for i, e in people if e.name.lower().split()[-1] == label_words[-1]]
    if len(hits) > 1:  # "Given Family Name" and "Other Name": the label's words end one name
        hits = [i for i in hits if ents[i].name.lower().split()[-len(label_words) :] == label_words]
    if not hits and len(label_words) > 1 and label_words[0] in HONORIFICS:
        hits = [i for i, e in people if label_words[-1] in e.name.lower().split()]
    if not hits and len(label_words) == 1:  # a youth magazine's "Given:": the given name alone
        hits = [i for i, e in people if e.name.lower().split()[0] == label_words[0]]
    return hits[0] if len(set(hits)) == 1 else None
