"""Direct quotes: find quoted spans (double, curly, single; over several paragraphs) and attribute
each one to a speaker from the attribution before or after it, a pronoun, or a descriptor.

A quote that runs over several paragraphs (an opening mark with no closing one at the end of a
paragraph, continued by a new opening mark) is kept as one quote per paragraph so that every span
is exact text without marks; all parts get the speaker found for any part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .coref import Ent, Mention
from .lexicon import HONORIFICS, ROLE_NOUNS
from .marks import RawQuote, post_end, scan
from .quote_cues import (
    ACCORDING,
    BRACKETED,
    CLAUSE_OPENERS,
    CLAUSE_REPORT_VERBS,
    GENERIC_SPEAKER,
    GESTURE,
    MAX_APPOSITIVE_WORDS,
    MESSAGE_NOUNS,
    NESTED,
    ORG_PRONOUN,
    PERSON_DESCRIPTOR,
    PERSON_PRONOUN,
    REPORTED_THAT,
    ROLE_AFTER,
    SETTING,
    THATS,
    UNLIKE,
    UNNAMED_OFFICIAL,
    VERB,
)
from .quote_runs import after_titles, attributed_quotes
from .text import Doc, Sentence
from .transcripts import (
    answer_speaker,
    qa_answers,
    read_out,
    transcript_answers,
)
from .types import QuoteCandidate


class Attributor:
    """Resolve the speaker of each quote from the mentions around it."""

    def __init__(
        self,
        doc: Doc,
        ents: list[Ent],
        mentions: list[Mention],
        quoted: tuple[tuple[int, int], ...] = (),
    ):
        self.doc, self.ents = doc, ents
        self.mentions = [m for m in mentions if ents[m.ent].kind in ("person", "organization")]
        # a pronoun after a quote never stands for a name inside that (or any) quote
        # (nor for a picture's credit: a photographer or an agency named under a picture)
        self.outside = [
            m
            for m in self.mentions
            if not any(a <= m.start < b for a, b in quoted) and ents[m.ent].rule != "picture-credit"
        ]
        # a capitalised word inside a proper name ("Grand Says") is never a reporting verb
        self.named = [(m.start, m.end) for m in mentions]
        self.holders: dict[int, set[int]] = {}  # organisation -> people with a title there
        self.principal: int | None = None  # the one who answers in an interview transcript
        self.titles: dict[int, str] = {}  # person -> their titles, lowercase

    def verbs(self, chunk: str, base: int, pos: int = 0) -> list[re.Match]:
        """Reporting verbs in ``chunk`` (which starts at ``base``), not inside a name."""
        return [
            v
            for v in VERB.finditer(chunk, pos)
            if not (
                v.group(1)[0].isupper() and any(a <= base + v.start() < b for a, b in self.named)
            )
        ]

    def region(self, lo: int, hi: int) -> tuple[int | None, str]:
        """Speaker named in a character region: a person first, else an organisation or a
        descriptor, else a pronoun resolved to the last fitting entity before it."""
        if (m := PERSON_DESCRIPTOR.match(self.doc.text, lo)) and m.end() <= hi:
            who = self.described(m.group(1).lower(), lo, m.end())
            if who is not None:
                return who, "descriptor"
        inside = [m for m in self.mentions if lo <= m.start < hi]
        persons = [m for m in inside if self.ents[m.ent].kind == "person"]
        if persons:
            return persons[0].ent, "name"
        if inside:
            holder = self.holder(inside[0])
            if holder is not None:
                return holder, "title"  # "the <Org> director general said": who holds it
            return inside[0].ent, "descriptor" if inside[0].descriptor else "name"
        chunk = self.doc.text[lo:hi]
        if m := PERSON_PRONOUN.search(chunk):
            return self.pronoun_person(lo + m.start()), "pronoun"
        if UNNAMED_OFFICIAL.search(chunk):
            return None, ""
        if (m := ORG_PRONOUN.search(chunk)) or (m := GENERIC_SPEAKER.search(chunk)):
            return self.last_before(lo + m.start(), "organization"), "pronoun"
        return None, ""

    def described(self, noun: str, pos: int, end: int) -> int | None:
        """The person "the <noun>" at ``pos`` stands for: the last one named before it with that
        noun in a title (or in the words just before their name), else the last one named; none
        when a name follows the noun ("said the minister, <Name>")."""
        text = self.doc.text
        gap = len(text[end:]) - len(text[end:].lstrip(" ,"))
        named = after_titles(self.doc, end + gap)  # "The Vice Minister, Hon. <Name>, …"
        if any(m.start == named and self.ents[m.ent].kind == "person" for m in self.mentions):
            return None
        people = [m for m in self.outside if m.end <= pos and self.ents[m.ent].kind == "person"]
        # "the senator" of "Sen. <Name>": an abbreviated title is the noun's first letters
        cuts = "|".join(re.escape(noun[:n]) for n in range(len(noun) - 1, 2, -1))
        word = re.compile(rf"\b(?:{re.escape(noun)}\b|(?:{cuts})\.)" if cuts else rf"\b{noun}\b")
        for m in reversed(people):  # a title, or the post in brackets after the name
            after = BRACKETED.match(text, m.end)  # "<Name> (Leader)"
            if word.search(self.titles.get(m.ent, "")) or (
                after and word.search(after.group(1).lower())
            ):
                return m.ent
        for m in reversed(people):  # the words just before the name
            sent = self.doc.sent_of_char(m.start)
            before = text[max(sent.start if sent else 0, m.start - 60) : m.start].lower()
            if word.search(before):
                return m.ent
        return people[-1].ent if people else None

    def headline_title(self, q: RawQuote, rest: str) -> bool:
        """ "Interview: … “…,” says <Country> space chief": a headline quote given to a title
        with no name (the interview's principal)."""
        sent = self.doc.sent_of_char(q.open)
        words = [w.strip(".,").lower() for w in rest.split()]
        return bool(sent and sent.heading and words and words[-1] in ROLE_NOUNS)

    def nested(self, lo: int, hi: int) -> tuple[int | None, str]:
        """Who "quoted X as saying" names: X, or for "quoted him/her" the last person named."""
        ent, how = self.region(lo, hi)
        if ent is None and self.doc.text[lo:hi].lower() in ("him", "her"):
            return self.last_before(lo, "person"), "pronoun"
        return ent, how

    def according(self, base: int, m: re.Match) -> tuple[int | None, str]:
        """The speaker of "according to X" (``m`` matched at ``base``): X, or the person named
        after a title ("according to the chief executive of <Org>, <Name>")."""
        ent, how = self.region(base + m.start(1), base + m.end(1))
        titled = any(w.lower() in ROLE_NOUNS for w in m.group(1).split())
        if m.group(2) and titled and (ent is None or self.ents[ent].kind != "person"):
            named = [
                n
                for n in self.mentions
                if base + m.start(2) <= n.start < base + m.end(2)
                and self.ents[n.ent].kind == "person"
            ]
            if named:
                return named[0].ent, "name"
        return ent, how

    def lead_words(self, base: int, chunk: str) -> int:
        """Words of ``chunk`` (at ``base``) outside a person's name: a long stacked title
        before the name ("…," First Vice <Dept> Minister <Name> said) still counts as short."""
        names = [
            (m.start, m.end)
            for m in self.mentions
            if base <= m.start < base + len(chunk) and self.ents[m.ent].kind == "person"
        ]
        if names and chunk.rstrip().endswith(",") and chunk[names[0][1] - base :][:1] == ",":
            # "…," <Name>, <a long title at the Org>, told …: the appositive is the name's
            tail = chunk[names[0][1] - base :].split()
            if len(tail) <= MAX_APPOSITIVE_WORDS:
                chunk = chunk[: names[0][1] - base]
        # "a spokesman for the <Long Org Name> said": an organisation's name counts as one word
        orgs = [
            (m.start, m.end)
            for m in self.mentions
            if base <= m.start < base + len(chunk) and self.ents[m.ent].kind == "organization"
        ]
        return sum(
            1
            for w in re.finditer(r"\S+", chunk)
            if not any(a <= base + w.start() < b for a, b in names)
            and not any(a < base + w.start() < b for a, b in orgs)
        )

    def holder(self, m: Mention) -> int | None:
        """The person holding a title at ``m``'s organisation when a role noun follows it
        ("the <Org> director general"), the one mentioned last before it."""
        people = self.holders.get(m.ent)
        text = self.doc.text
        if not people or m.descriptor or not ROLE_AFTER.match(text, m.end):
            return None
        if text[max(0, m.start - 4) : m.start].lower() != "the ":
            return None  # "an <Org> spokesperson": someone else
        best = None
        for other in self.outside:
            if other.end > m.start:
                break
            if other.ent in people:
                best = other.ent
        return best

    def pronoun_person(self, pos: int) -> int | None:
        """The person "he"/"she" at ``pos`` stands for: the last one named before it, unless the
        sentence that names them opens with another person, its subject ("<Name>, <title>, spoke
        to <Other>. '…,' he says"); the pronoun's own sentence names no one first."""
        people = [m for m in self.outside if m.end <= pos and self.ents[m.ent].kind == "person"]
        unlike = UNLIKE.get(self.doc.text[pos : pos + 3].strip(" ,.").lower(), frozenset())
        people = [m for m in people if not unlike & self._titles(m)]
        if not people:
            return None
        last = people[-1]
        here, there = self.doc.sent_of_char(pos), self.doc.sent_of_char(last.start)
        if here is None or there is None or there is here:
            return last.ent
        toks = self.doc.toks
        before = next(
            (t for t in reversed(toks[there.first : there.last]) if t.end <= last.start), None
        )
        if before is None or not before.text.isalpha() or not before.text.islower():
            return last.ent  # "…, <Name>," "and <Name> …": not after a verb or a preposition
        if before.lower in CLAUSE_OPENERS:
            return last.ent
        k = there.first
        while k < there.last and toks[k].lower.rstrip(".") in HONORIFICS:
            k += 1 + (k + 1 < there.last and toks[k + 1].text == ".")
        subject = next((m for m in people if m.start == toks[k].start), None)
        return subject.ent if subject is not None and k < there.last else last.ent

    def _titles(self, m: Mention) -> set[str]:
        """The word before a mention and its first word, lowercased ("Mr." of "Mr. X")."""
        text = self.doc.text
        words = text[max(0, m.start - 10) : m.start].split()[-1:] + text[m.start : m.end].split()
        return {w.lower() for w in words[:2]}

    def named_at(self, pos: int) -> int | None:
        """The person or organisation whose name starts at ``pos``."""
        return next((m.ent for m in self.outside if m.start == pos), None)

    def last_before(self, pos: int, kind: str) -> int | None:
        """The entity of the last mention of this kind before a position."""
        best = None
        for m in self.outside:
            if m.end > pos:
                break
            if self.ents[m.ent].kind == kind:
                best = m.ent
        return best

    def attribute(self, q: RawQuote) -> tuple[int | None, str, str]:
        """Return (entity index, cue, rule) for one quote."""
        text, doc = self.doc.text, self.doc
        lo, hi = doc.paras[q.para]
        if q.close is not None:
            stop = post_end(text, q.close + 1, hi)
            post = text[q.close + 1 : stop]
            lead = len(post) - len(post.lstrip(" ,.;:!?—–-"))
            body = post[lead:]
            verb = next(iter(self.verbs(body, q.close + 1 + lead)), None)
            if THATS.match(body):
                base = q.close + 1 + lead
                ent, how = self.region(base, base + len(body))
                if ent is not None and self.ents[ent].kind == "person":
                    return ent, "that's", f"thats-{how}"
            start = after_titles(doc, q.close + 1 + lead)
            if post.lstrip(" ,.")[:1] in ("—", "–") and (who := self.named_at(start)) is not None:
                return who, "—", "dash-name"  # "“…” — <Name>, <title>, on a website"
            if text[q.close - 1] == "." and body[:1].isupper():
                verb = None  # “… compete.” Next-sentence subject said …: not this quote's speaker
            if (
                verb
                and ")" in body[: verb.start()]
                and text.count("(", lo, q.open) > text.count(")", lo, q.open)
            ):
                verb = None  # "<Name> (“<Nickname>” at school) says": the aside's word
            if m := ACCORDING.match(body):  # "…,” according to X. / according to a statement"
                base = q.close + 1 + lead
                ent, how = self.according(base, m)
                if ent is not None and how == "name":
                    return ent, "according to", f"according-{how}"
                verb = None  # "a statement posted on its website": the speaker is before the quote
            if verb and self.lead_words(q.close + 1 + lead, body[: verb.start()]) <= 5:
                base = q.close + 1 + lead
                if nested := NESTED.match(body, verb.start()):
                    # "…," the X press service quoted Y as saying: Y is the speaker
                    ent, how = self.nested(base + nested.start(1), base + nested.end(1))
                    if ent is not None:
                        return ent, "quoted as saying", f"nested-{how}"
                if verb.start() == 0:
                    ent, how = self.region(base + verb.end(), q.close + 1 + len(post))
                else:
                    ent, how = self.region(base, base + verb.start())
                if ent is not None:
                    return ent, verb.group(1).lower(), f"post-{how}"
                if self.principal is not None and self.headline_title(q, post[verb.end() :]):
                    return self.principal, verb.group(1).lower(), "post-headline"
        sent = doc.sent_of_char(q.open)
        s_lo = sent.start if sent else lo
        pre = text[s_lo : q.open]
        # (a guillemet is a curly mark by now: normalize maps it)
        last_close = max(pre.rfind("”"), pre.rfind('"') if pre.count('"') % 2 == 0 else -1)
        if last_close >= 0:
            s_lo, pre = s_lo + last_close + 1, pre[last_close + 1 :]
        if m := NESTED.search(pre):
            if m.group(1).lower().startswith("by "):  # "X was quoted by Y as saying": X
                ent, how = self.region(s_lo, s_lo + m.start())
            else:
                ent, how = self.nested(s_lo + m.start(1), s_lo + m.end(1))
            if ent is not None:
                return ent, "quoted as saying", f"nested-{how}"
        if (m := ACCORDING.search(pre)) and (
            v := next(iter(self.verbs(pre, s_lo, m.end(1))), None)
        ):
            # "According to <outlet>, X said that … “…”": the subject of "said" is the speaker
            ent, how = self.region(s_lo + m.end(1), s_lo + v.start())
            if ent is not None:
                return ent, v.group(1).lower(), f"pre-{how}"
        if m := ACCORDING.search(pre):
            ent, how = self.according(s_lo, m)
            if ent is not None:
                return ent, "according to", f"according-{how}"
        verbs = self.verbs(pre, s_lo)
        if verbs:
            verb = verbs[-1]
            setting = SETTING.match(text, s_lo, s_lo + verb.start())
            ent, how = self.region(setting.end() if setting else s_lo, s_lo + verb.start())
            if ent is None and setting:
                ent, how = self.region(s_lo, s_lo + verb.start())
            if len(verbs) > 1 and REPORTED_THAT.match(pre, verbs[-2].end()):
                # "A recalled that B used to say that “…”": B, the subject of the last verb
                inner, inner_how = self.region(s_lo + verbs[-2].end(), s_lo + verb.start())
                if inner is not None and inner_how == "name" and self.ents[inner].kind == "person":
                    ent, how = inner, inner_how
            if ent is None:
                ent, how = self.region(s_lo + verb.end(), q.open)
            if (
                pre.rstrip().endswith(":")
                and verb.group(1).lower() in CLAUSE_REPORT_VERBS
                and (who := self.relayed(s_lo + verb.end(), q.open))
            ):
                return who, verb.group(1).lower(), "relayed-name"
            if ent is not None:
                return ent, verb.group(1).lower(), f"pre-{how}"
        if pre.rstrip().endswith(":"):  # "X radioed from the capsule: “…”"
            ent, how = self.region(s_lo, s_lo + len(pre.rstrip()) - 1)
            if ent is not None and self.ents[ent].kind == "person":
                return ent, ":", f"colon-{how}"
        if (who := self.subject(sent, q)) is not None:
            return who, "", "subject"
        if m := GESTURE.search(text, max(lo, q.open - 40), q.open):
            return self.pronoun_person(m.start(1)), "", "gesture-pronoun"
        return None, "", ""

    def relayed(self, lo: int, hi: int) -> int | None:
        """ "<A> said <B> had left them a single instruction: “…”": the one person named in the
        reported clause, before a noun of something said, is the quote's speaker."""
        people = [
            m for m in self.outside if lo <= m.start < hi and self.ents[m.ent].kind == "person"
        ]
        if len({m.ent for m in people}) != 1:
            return None
        rest = self.doc.text[people[-1].end : hi].lower()
        return (
            people[0].ent if any(w in MESSAGE_NOUNS for w in re.findall(r"[a-z]+", rest)) else None
        )

    def subject(self, sent: Sentence | None, q: RawQuote) -> int | None:
        """ "<Name>, <title>, called the plan “…”": a quote of three words or more in a sentence
        with no reporting verb is the person who opens it, when no other person is named before
        the quote."""
        if sent is None or sent.heading or len(self.doc.text[q.start : q.end].split()) < 3:
            return None
        people = [m for m in self.outside if sent.start <= m.start < q.open]
        if not people or people[0].start != after_titles(self.doc, sent.start):
            return None
        who = people[0].ent
        others = {m.ent for m in people if self.ents[m.ent].kind == "person"} - {who}
        return who if self.ents[who].kind == "person" and not others else None

    def interviewee(self, before: int) -> int | None:
        """The person who answers in a Q&A: the one its headline names ("Interview: X, Y"),
        else the first its introduction names (an introduction may name the interviewer first,
        the headline names whom the piece is about)."""
        first = None
        for m in self.mentions:
            if m.start >= before:
                break
            sent = self.doc.sent_of_char(m.start)
            if self.ents[m.ent].kind != "person" or sent is None:
                continue
            if sent.heading:
                return m.ent
            first = m.ent if first is None else first
        return first


def find_quotes(
    doc: Doc, ents: list[Ent], mentions: list[Mention], keys: list[str], roles: Sequence = ()
):
    """Return the quote candidates of a document (``roles`` let "the <Org> chief said" name the
    person who holds a title there)."""
    raws = scan(doc)
    att = Attributor(doc, ents, mentions, tuple((q.start, q.end) for q in raws))
    index = {key: n for n, key in enumerate(keys) if key}
    for r in roles:
        if r.organization_key in index and r.person_key in index:
            att.holders.setdefault(index[r.organization_key], set()).add(index[r.person_key])
        if r.person_key in index:
            who = index[r.person_key]
            att.titles[who] = f"{att.titles.get(who, '')} {r.title.lower()}"
    others: list[tuple[int, int]] = []
    labelled = transcript_answers(doc, ents, others)
    if labelled:
        answerers = [who for _, _, who in labelled if who is not None]
        if answerers:
            att.principal = max(set(answerers), key=answerers.count)
        # a phrase quoted in a reporter's question or by the moderator is not their speech; a
        # statement read out with its own attribution ("She said, quote, “…”") is its author's
        spans = [(a, b) for a, b, _ in labelled] + others
        out = [
            q
            for q in attributed_quotes(doc, raws, att, keys)
            if not any(a <= q.start < b for a, b in spans) or read_out(q, others)
        ]
        for a, b, who in labelled:
            out.append(
                QuoteCandidate(
                    text=doc.original[a:b],
                    start=a,
                    end=b,
                    speaker_key=keys[who] if who is not None and keys[who] else None,
                    cue=":",
                    confidence=0.85 if who is not None else 0.3,
                    rule="transcript",
                )
            )
        return sorted(out, key=lambda q: q.start)
    answers, first_question = qa_answers(doc)
    if answers:
        who = att.interviewee(first_question)
        att.principal = who
        out = [
            q
            for q in attributed_quotes(doc, raws, att, keys)
            if not any(a <= q.start < b for a, b, _ in answers)
        ]
        for a, b, note in answers:
            named = answer_speaker(note, att.ents)
            speaker = named if named is not None else who
            out.append(
                QuoteCandidate(
                    text=doc.original[a:b],
                    start=a,
                    end=b,
                    speaker_key=keys[speaker] if speaker is not None else None,
                    cue="A:",
                    confidence=0.8 if speaker is not None else 0.3,
                    rule="qa-answer",
                )
            )
        return sorted(out, key=lambda q: q.start)
    return attributed_quotes(doc, raws, att, keys)
