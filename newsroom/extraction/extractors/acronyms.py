"""Short forms of long names: initials and acronyms ("NXYZ", "SAXO"), and a company's name
without the legal form that ends it."""

from __future__ import annotations

from .lexicon import word_set

FUNCTION_WORDS = word_set("function_words")
NAME_PARTICLES = word_set("name_particles")  # lowercase: "van der" inside a name

# Legal forms that end a company's full name and that later mentions drop.
LEGAL_TAILS = word_set("company_legal_forms") | word_set("company_legal_tails")


def initials(name: str) -> str:
    """Initials of a multi-word name without function words ("National X and Y Z" -> "NXYZ")
    or a family name's lowercase particles ("Van der X Systems" -> "VXS")."""
    return "".join(
        w[0]
        for w in name.split()
        if w.lower() not in FUNCTION_WORDS and w[:1].isalpha() and w not in NAME_PARTICLES
    )


def spread_acronym(acronym: str, name: str) -> bool:
    """Every content word of the name gives the acronym at least one letter, in order, and the
    first letter is the name's initial ("SAXO": Swiss Aerospace eXploration Office)."""
    words = [w.lower() for w in name.split() if w.lower() not in FUNCTION_WORDS]
    letters = acronym.lower()
    if not words or not letters.isalpha() or letters[0] != words[0][0]:
        return False
    return len(words) <= len(letters) <= 2 * len(words) and _groups(letters, words)


def _groups(letters: str, words: list[str]) -> bool:
    """Can the letters be cut into one non-empty group per word, each group's letters found in
    order in its word?"""
    if not words:
        return not letters
    word = words[0]
    for n in range(1, len(letters) - len(words) + 2):
        pos = 0
        for ch in letters[:n]:
            pos = word.find(ch, pos)
            if pos < 0:
                break
            pos += 1
        else:
            if _groups(letters[n:], words[1:]):
                return True
    return False


def legal_base(name: str) -> str | None:
    """A company's name without the legal form that ends it ("X Orbital Pvt Ltd" -> "X
    Orbital"), None when it ends in none."""
    words = name.split()
    n = len(words)
    while n > 1 and words[n - 1].rstrip(",").strip("()") in LEGAL_TAILS:  # "(Pty) Ltd"
        n -= 1
    return " ".join(words[:n]).rstrip(",") if n < len(words) else None


def initialisms(name: str) -> tuple[str, ...]:
    """The name's initials, and those of its name without a legal form."""
    base = legal_base(name)
    return (initials(name), initials(base)) if base else (initials(name),)
