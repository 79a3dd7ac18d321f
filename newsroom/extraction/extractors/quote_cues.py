"""The word patterns that attribute a quote: reporting verbs, "quoted X as saying", "according
to X", pronouns, titles standing for a person named earlier, a sentence's setting."""

from __future__ import annotations

import re

from .lexicon import REPORT_VERBS, ROLE_MODIFIERS, ROLE_NOUNS, word_set

# "… struck a similar tone, saying in a statement that …": participles introduce quotes too
QUOTE_VERBS = REPORT_VERBS | word_set("quote_participles") | word_set("manner_verbs")
VERB = re.compile(r"\b({})\b".format("|".join(sorted(QUOTE_VERBS, key=len, reverse=True))), re.I)
# "the X press service quoted Y as saying", "Your report quotes Y as saying", "citing Y as saying",
# "quoted Y as having told a meeting"
NESTED = re.compile(
    r"\b(?:quot|cit)(?:ed|es|ing)\s+(.+?)\s+as\s+"
    r"(?:saying|telling|stating|adding|having\s+(?:said|told|stated|added|warned))\b"
)
# "according to X" and, after a title ("according to the head of X, <Name>,"), the name
ACCORDING = re.compile(r"\b[Aa]ccording to\s+([^,;“”\"]+)(?:,\s+([^,;“”\"]+))?")
PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# "She grinned. “…”": a pronoun's short gesture just before a quote that opens a sentence
GESTURE = re.compile(r"(?:^|[.!?”\"’]\s+)((?:He|She) [a-z]+(?: [a-z]+)?\.\s*)$")
# "she" is not the "Mr. X" named just before, nor "he" the "Ms. Y"
UNLIKE = {"she": word_set("masculine_honorifics"), "he": word_set("feminine_honorifics")}
ORG_PRONOUN = re.compile(r"\b(?:[Ii]t|[Tt]hey)\b")
GENERIC_SPEAKER = re.compile(r"\b(?:spokes(?:person|man|woman)|officials?|statement)\b")
# "A village official in the valley said": one official of no named body, not the last
# organisation named
UNNAMED_OFFICIAL = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}official\b")
# "“…” That's Dr X, mission manager at Y.": a live blog names the speaker after the quote
MAX_APPOSITIVE_WORDS = 12  # "<Name>, <title> of <unit> at <Org>, told …"
THATS = re.compile(r"That(?:'s|’s| is| was) ")
# "the <Org> director general said": up to two lowercase words ending in a role noun
ROLE_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[a-z-]+){{0,2}}?\s+(?:{})\b".format("|".join(sorted(ROLE_NOUNS)))
)
# "added the minister", "the executive told <outlet>": a person named earlier, by a title noun
# (not "the minister of X", "the minister's aide")
# (a post capitalised too, "the Leader": a council's minutes)
# (after the comma that closes a quote, or "As": "«…», the Vice Minister stressed", "As the
# minister put it"; a capitalised modifier too)
PERSON_DESCRIPTOR = re.compile(
    r"[\s,]*(?:As )?[Tt]he (?:(?i:{}) ){{0,2}}((?i:{}))\b(?!['’]s|,? (?:of|at|for|in)\b)".format(
        "|".join(sorted(ROLE_MODIFIERS)), "|".join(sorted(word_set("speaker_descriptors")))
    )
)
REPORTED_THAT = re.compile(r" (?:(?:me|us|him|her|them)\s+)?that\b")  # "X told us that Y …"
BRACKETED = re.compile(r" ?\(([^()]{1,60})\)")
MESSAGE_NOUNS = word_set("message_nouns")  # "had left them a single instruction: “…”"
CLAUSE_REPORT_VERBS = word_set("clause_report_verbs")  # "<A> said <B> had …", not "told <B>"
# words that open a clause, so a name after them is its subject ("…, and <Name> emerges")
CLAUSE_OPENERS = word_set("clause_openers")
# a sentence's setting before its subject: "In an email to <Org> customers, <Speaker> said"
SETTING = re.compile(
    r"(?:{})\b[^,;“”\"]{{1,60}},\s+".format("|".join(word_set("setting_openers"))), re.I
)
