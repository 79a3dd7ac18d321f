"""Group labelled names into entities and find every mention: surnames, "Mr." + surname,
acronyms, possessives, and descriptors ("the agency") that stand for an organisation."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .acronyms import initialisms, initials, legal_base, spread_acronym
from .classify import Label
from .company_forms import company_short_forms, first_word_companies
from .descriptors import resolve_descriptors
from .lexicon import (
    HONORIFICS,
    MASTHEAD_HEADS,
    ORG_HEADS,
    ORG_LEADS,
    PLACE_HEAD_PHRASES,
    PLACE_HEADS,
    STOP_CAPS,
    is_given,
    word_set,
)
from .nationality import national_form
from .particles import NAME_PARTICLES, SURNAME_PARTICLES, devotional_word, family_start
from .text import Doc, surface_words
from .types import Ent, Mention

# "<Given> “<Nickname>” <Family>", "<Given> (<Nickname>) <Family>"
# an initial or a short given name ("Ma.") may open the given name
_GIVEN_LEAD = "|".join(
    [r"[A-Z]\.", *(re.escape(w) for w in sorted(word_set("given_abbreviations")))]
)
NICKNAME = re.compile(
    rf"(?<![\w.])((?:(?:{_GIVEN_LEAD}) )?[A-ZÀ-Þ][a-zß-ÿ]+) [“\"‘'(]([A-ZÀ-Þ][a-zß-ÿ]+)[”\"’')] "
    r"([A-ZÀ-Þ][\w’'-]+)"
)
SUFFIXES = word_set("name_suffixes")
PATRONYMIC_ENDINGS = tuple(word_set("patronymic_endings"))
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
NAME_HEADS = (ORG_HEADS - MASTHEAD_HEADS) | PLACE_HEADS | {w for p in PLACE_HEAD_PHRASES for w in p}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _known_as(doc: Doc, end: int, start: int) -> bool:
    """Only ", (better|also) known as" stands between two names."""
    words = [t.lower for t in doc.toks[end:start]]
    return words in (
        [",", "better", "known", "as"],
        [",", "also", "known", "as"],
        [",", "known", "as"],
        [",", "commonly", "known", "as"],
    )


def build_entities(doc: Doc, labels: list[Label]) -> list[Ent]:
    """Group labels by name, pick each group's kind by confidence, then merge aliases."""
    groups: dict[str, list[Label]] = defaultdict(list)
    surface_owner: dict[str, str] = {}
    prev: Label | None = None
    prev_key = ""
    for lb in labels:
        surface = doc.text[doc.toks[lb.first].start : doc.toks[lb.last - 1].end]
        key = surface_owner.get(surface) if lb.rule != "acronym-def" else None
        if prev is not None and prev.kind == lb.kind and _known_as(doc, prev.last, lb.first):
            key = prev_key  # "<X Co., Ltd.>, better known as <X Aerospace>": one body
        key = key or _norm(legal_base(lb.name) or lb.name)  # "X Ltd", "X Limited", "X": one
        prev, prev_key = lb, key
        groups[key].append(lb)
        surface_owner.setdefault(surface, key)
    ents: list[Ent] = []
    for group in groups.values():
        score: dict[str, float] = defaultdict(float)
        for lb in group:
            # the strongest single cue wins: many weak "acronym" hits do not outvote a definition
            score[lb.kind] = max(
                score[lb.kind], lb.confidence + (1 if lb.rule == "gazetteer" else 0)
            )
        kind = max(score, key=score.get)
        if any(lb.rule == "legal-form" or legal_base(lb.name) for lb in group):
            kind = "organization"  # a legal form makes a company, however "X" alone reads
        # (a legal form may name a kind no label of the group gave: then all of them)
        chosen = [lb for lb in group if lb.kind == kind] or group
        # of names as long, one in capitals ("VELTRANO S.A." in a masthead) last
        name = max((lb.name for lb in chosen), key=lambda n: (len(n), not n.isupper()))
        if any(lb.rule == "gazetteer" for lb in chosen):
            name = next(lb.name for lb in chosen if lb.rule == "gazetteer")
        best = max(chosen, key=lambda lb: lb.confidence)
        ent = Ent(kind, name, best.confidence, best.rule)
        for lb in group:
            ent.surfaces[doc.text[doc.toks[lb.first].start : doc.toks[lb.last - 1].end]] = None
            if lb.first > 0 and doc.toks[lb.first - 1].lower in HONORIFICS:
                ent.honorifics.add(doc.toks[lb.first - 1].text)
            if kind == "person" and lb.last < len(doc.toks) and doc.toks[lb.last].text in SUFFIXES:
                ent.suffix = doc.toks[lb.last].text
        ent.surfaces[name] = None
        ents.append(ent)
    _nicknames(doc, ents)
    merged = _merge(ents)
    for ent in merged:
        if ent.suffix and not ent.name.endswith(ent.suffix):
            # "X Y Jr.": the name keeps its suffix once "Y" alone has been made an alias
            ent.surfaces[ent.name] = None
            ent.name = f"{ent.name} {ent.suffix}"
            ent.surfaces[ent.name] = None
    return merged


def _nicknames(doc: Doc, ents: list[Ent]) -> None:
    """ "<Given> “<Nickname>” <Family>": the person is "<Given> <Family>", and "<Nickname>
    <Family>" and the nickname alone name them too (folded into one entity, renamed when only
    the nickname form was found as a name)."""
    for m in NICKNAME.finditer(doc.text):
        given, nick, family = m.groups()
        full, short = f"{given} {family}", f"{nick} {family}"
        people = {e.name: e for e in ents if e.kind == "person"}
        # the given name alone was read as the name when the quote marks cut it off
        owner = people.get(full) or people.get(short) or people.get(given)
        if owner is None:
            if not is_given(given.split()[-1]):
                continue
            # neither part was read as a person (the marks cut the name in two): a known given
            # name before the nickname makes the whole a person's name, the family name read
            # alone as something else theirs
            owner = Ent("person", full, 0.8, "nickname")
            for other in [e for e in ents if e.name == family and e.kind != "person"]:
                owner.surfaces.update(other.surfaces)
                ents.remove(other)
            ents.append(owner)
        owner.name = full
        owner.surfaces.setdefault(full, None)
        owner.surfaces.setdefault(m.group(0), None)  # as written, the nickname in its marks
        for name in (short, nick, given):
            other = people.get(name)
            if other is not None and other is not owner:
                owner.surfaces.update(other.surfaces)
                ents.remove(other)
            if name != given:
                owner.surfaces.setdefault(name, None)


def _before_particles(words: list[str]) -> list[str]:
    """The family name between the given name and lowercase particles ("<Given> <Family> de la
    <Other>" -> ["<Family>"]), or [] when lowercase particles do not follow it."""
    k = next((k for k in range(2, len(words) - 1) if words[k] in NAME_PARTICLES), 0)
    return words[1:k] if k and all(w in NAME_PARTICLES for w in words[k:-1]) else []


def _given_word(name: str) -> str:
    """The first word of a name that is no initial ("A. <Given> <Family>" -> "<Given>")."""
    words = name.split()
    return next((w for w in words if not (w.endswith(".") and len(w) <= 3)), words[0])


def _merge(ents: list[Ent]) -> list[Ent]:
    """Fold a surname-only person into the full name, a bare acronym into its long form."""
    ents = company_short_forms(ents)
    out: list[Ent] = []
    for ent in ents:
        target = None
        words = ent.name.split()
        if ent.kind == "person" and (
            len(words) <= 2
            or words[0] in SURNAME_PARTICLES | NAME_PARTICLES
            or all(w in NAME_PARTICLES for w in words[1:-1])  # "<X> di <Y>"
        ):
            # "Surname", a double surname ("Surname1 Surname2") or one with particles ("Van den
            # Surname") ending a longer name
            namesakes = [
                e
                for e in ents
                if e is not ent
                and e.kind == "person"
                and len(e.name.split()) > len(words)
                and (
                    e.name.split()[-len(words) :] == words
                    or e.rule == "peerage"  # "Lord X" of "Lord X of Y"
                    and e.name.split()[1 : 1 + len(words)] == words
                    # "Mr. Kubota" of "KUBOTA Shinya": the family name written first, in capitals
                    or e.name.split()[0].isupper()
                    and [e.name.split()[0].title()] == words
                    # "Dr Ferrer" of "<Given> Ferrer de la <X>": the family name before particles
                    or _before_particles(e.name.split()) == words
                    or _particle_paternal(e.name.split()) == ent.name  # "Mr de la <X>"
                )
            ]
            target = _unique(namesakes) or _polite_or_initialled(ent, words, ents)
            if target is None and len(words) == 1 and (ent.honorifics or ent.rule == "given-said"):
                # "Sheikh <Given>", "Mme <Given>": a title before a given name that opens one
                # longer name (where a title goes with the given name, not the family name;
                # after initials in "A. <Given> <Family>"); "<Given> said" alone too
                target = _unique(
                    [
                        e
                        for e in ents
                        if e is not ent
                        and e.kind == "person"
                        and len(e.name.split()) > 1
                        and words[0] in (_given_word(e.name), devotional_word(e.name))
                    ]
                )
            if target is None and len(words) == 1 and ent.honorifics:
                # "Mr <Given>" of "<Prefix> <Given> <Father>", "Mr <Family>" of "<Western given>
                # <Family> <Given> <Given>": a word inside one longer name
                target = _unique([e for e in ents if words[0] in e.name.split()[1:-1]])
                target = target if target is not None and target.kind == "person" else None
            if target is None and len(words) == 1:
                # "Mrs. <A>" of "<Given> <A>-<B>": the first half of a double family name
                target = _unique(
                    [
                        e
                        for e in ents
                        if e is not ent
                        and e.kind == "person"
                        and " " in e.name
                        and e.name.split()[-1].split("-")[:1] == words
                        and "-" in e.name.split()[-1]
                    ]
                )
            if target is None and ent.honorifics:
                # several people share the surname: "Dr. Lund" is the one introduced as "Dr."
                target = _unique([e for e in namesakes if e.honorifics & ent.honorifics])
                if target is not None:
                    target.surfaces.update({f"{h} {ent.name}": None for h in ent.honorifics})
                    continue
        elif _acronym_shape(ent.name) and ent.kind == "organization":
            longer = [e for e in ents if e is not ent and len(e.name.split()) > 1]
            # "X Orbital Systems Inc." is "XOS": the legal form gives no letter
            target = _unique([e for e in longer if ent.name in initialisms(e.name)])
            if target is None and not any(ent.name in initialisms(e.name) for e in longer):
                target = _unique(
                    [
                        e
                        for e in longer
                        if e.kind == "organization" and spread_acronym(ent.name, e.name)
                    ]
                )
        elif ent.kind in ("organization", "place") and 1 <= len(words) <= 3:
            # "X" / "X News Agency", "X" / "X Cosmodrome", "X Y" / "X Y State
            # Corporation": a short name of a name that only adds head words
            target = _headed_form(ents, words, ent.kind) or national_form(ents, ent)
            if target is None and ent.kind == "organization" and len(words) > 1:
                target = _tail_form(ents, words)
        if target is None and ent.kind == "person" and len(words) > 1 and not ent.honorifics:
            target = _place_short_form(ents, words)  # "at X Y" after "X Y Point"
        if target is None and ent.rule == "outlet":
            target = _polite_or_initialled(ent, words, ents)  # "A.B. <Family> reported"
        if target is not None:
            target.surfaces.update(ent.surfaces)
        else:
            out.append(ent)
    surnames = [e.name.split()[-1] for e in out if e.kind == "person" and " " in e.name]
    for ent in out:
        if ent.kind == "program" and len(ent.name.split()) > 1:
            ent.surfaces[ent.name.rsplit(" ", 1)[0]] = None  # "X program" -> "X"
        # a surname alone names a person only when no one else in the text shares it
        if (
            ent.kind == "person"
            and len(ent.name.split()) > 1
            and surnames.count(ent.name.split()[-1]) == 1
        ):
            words = ent.name.split()
            k = len(words) - 1
            while k > 1 and words[k - 1] in NAME_PARTICLES:
                k -= 1
            if first := family_start(words):  # "<Given> Van den <X>" -> "Van den <X>"
                ent.surfaces[" ".join(words[first:])] = None
            elif k < len(words) - 1:  # "<Given> von <X>" -> "von <X>", "Von <X>" opening a sentence
                family = " ".join(words[k:])
                ent.surfaces[family] = ent.surfaces[family[:1].upper() + family[1:]] = None
            elif _paternal(words, out):
                ent.surfaces[words[-2]] = None  # "<Given> Ruiz Olmedo" -> "Ruiz said"
            if paternal := _particle_paternal(words):  # "<Given> de la <X> <Y>" -> "de la <X>"
                ent.surfaces[paternal] = ent.surfaces[paternal[:1].upper() + paternal[1:]] = None
            ent.surfaces[words[-1]] = None
    _first_name_surfaces(out)
    first_word_companies(out)
    return out


def _polite_or_initialled(ent: Ent, words: list[str], ents: list[Ent]) -> Ent | None:
    """The one longer name of which these two words are a short form: a given name and
    patronymic ("<Given> <Father>ovich" of "<Given> <Father>ovich <Family>"), or initials and
    the family name ("A. <Family>", "A.B. <Family>" of "<A...> <B...> <Family>")."""
    if len(words) != 2:
        return None
    # ("A. <Family>" is not "A.B. <Family>", itself a short form of the long name)
    people = [
        e
        for e in ents
        if e is not ent
        and e.kind == "person"
        and e.name.count(" ") >= 1 + bool(INITIALS.fullmatch(e.name.split()[0]))
    ]
    if words[1].endswith(PATRONYMIC_ENDINGS) and words[0].istitle():
        found = [e for e in people if e.name.split()[:2] == words and e.name.count(" ") > 1]
    elif INITIALS.fullmatch(words[0]):
        letters = words[0].replace(".", "")
        found = [
            e
            for e in people
            if e.name.split()[-1] == words[1]
            and initials(e.name.rsplit(" ", 1)[0]).startswith(letters)
        ]
    else:
        return None
    return _unique(found)


def _place_short_form(ents: list[Ent], words: list[str]) -> Ent | None:
    """The one place whose name is these words (no given name first) and head words after them:
    a name read as a person's that is that place's short form."""
    return None if is_given(words[0]) else _headed_form(ents, words, "place")


def _headed_form(ents: list[Ent], words: list[str], kind: str) -> Ent | None:
    """The one entity of this kind named by these words and head words after them."""
    n = len(words)
    return _unique(
        [
            e
            for e in ents
            if e.kind == kind
            and len(e.name.split()) > n
            and (
                e.name.split()[:n] == words
                and all(w.lower() in NAME_HEADS for w in e.name.split()[n:])
                or e.name.split()[1:] == words
                and e.name.split()[0].lower() in ORG_LEADS
            )
        ]
    )


def _tail_form(ents: list[Ent], words: list[str]) -> Ent | None:
    """The one longer organisation whose name ends in these words, when they end in a head word
    ("Space Command" of "<Country> Space Command", "the Park Authority" of "<X> Park
    Authority")."""
    if words[-1].lower() not in ORG_HEADS:
        return None
    n = len(words)
    return _unique(
        [
            e
            for e in ents
            if e.kind == "organization" and len(e.name.split()) > n and e.name.split()[-n:] == words
        ]
    )


def _paternal(words: list[str], ents: list[Ent]) -> bool:
    """A double surname after a given name: the first surname alone names the person, when it
    is no given name and no one else's name has it."""
    word = words[-2]
    return (
        len(words) > 2
        and is_given(words[0])
        and word.istitle()
        and not is_given(word)
        and sum(word in e.name.split() for e in ents if e.kind == "person") == 1
    )


def _particle_paternal(words: list[str]) -> str:
    """The first of two surnames with the particles before it ("<Given> de la <X> <Y>" -> "de
    la <X>"): with its particles it names the person even where "<X>" is also a given name."""
    k = len(words) - 2
    j = k
    while j > 1 and words[j - 1] in NAME_PARTICLES and words[j - 1].islower():
        j -= 1
    if j == k or not (words[k].istitle() and words[-1].istitle()):
        return ""
    return " ".join(words[j : k + 1])


def _first_name_surfaces(ents: list[Ent]) -> None:
    """Family-name-first names ("Zhang Lu", "Tran Van Minh" -> "Zhang said", "Tran said"): when
    the first word is not a known given name and no other person starts with it, it may stand
    alone for the person."""
    from .lexicon import is_given

    people = [e for e in ents if e.kind == "person" and len(e.name.split()) in (2, 3)]
    firsts = [e.name.split()[0] for e in people]
    for ent, first in zip(people, firsts, strict=True):
        if not is_given(first) and firsts.count(first) == 1 and "." not in first:
            ent.surfaces.setdefault(first, None)


def _unique(found: list[Ent]) -> Ent | None:
    return found[0] if len(found) == 1 else None


def find_mentions(doc: Doc, ents: list[Ent]) -> list[Mention]:
    """Find every mention of every entity by longest surface match, then descriptors."""
    index: dict[tuple[str, ...], int] = {}
    for i, ent in enumerate(ents):
        for surface in ent.surfaces:
            words = _surface_tokens(surface)
            if words and not (len(words) == 1 and words[0].lower() in STOP_CAPS):
                index.setdefault(words, i)
    # the longest surface that starts with each word: a token that starts none is skipped
    # without building its candidate word tuples
    longest: dict[str, int] = {}
    for words in index:
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    toks = doc.toks
    mentions: list[Mention] = []
    i = 0
    while i < len(toks):
        for n in range(min(longest.get(toks[i].text, 0), len(toks) - i), 0, -1):
            if toks[i + n - 1].sent != toks[i].sent:
                continue
            hit = index.get(tuple(t.text for t in toks[i : i + n]))
            if hit is not None:
                start = i
                if (
                    ents[hit].kind == "person"
                    and n == 1
                    and i > 0
                    and toks[i - 1].lower in HONORIFICS
                ):
                    start = i - 1  # "Mr. Surname" is one mention (and an alias)
                mentions.append(Mention(toks[start].start, toks[i + n - 1].end, hit))
                i += n
                break
        else:
            i += 1
    mentions += resolve_descriptors(doc, ents, mentions)
    mentions.sort(key=lambda m: m.start)
    for m in mentions:
        target = ents[m.ent].descriptors if m.descriptor else ents[m.ent].mentions
        target.append((m.start, m.end))
    return mentions


@lru_cache(maxsize=65536)
def _surface_tokens(surface: str) -> tuple[str, ...]:
    """Tokens of a surface form, tokenised like the text it came from (cached across articles)."""
    return surface_words(surface)


def _acronym_shape(name: str) -> bool:
    """One word in capitals, or a short one with small letters among two capitals or more
    ("XoSA" for the "Xonian Space Agency", as some agencies write theirs)."""
    if " " in name:
        return False
    capitals = sum(c.isupper() for c in name)
    return name.isupper() or (
        name.isalpha() and name[0].isupper() and capitals >= 2 and len(name) <= 6
    )
