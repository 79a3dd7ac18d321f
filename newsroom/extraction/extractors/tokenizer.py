"""spaCy's blank English tokenizer, built once per process, and its cache of chunks kept useful.

spaCy caches how it split each whitespace-delimited chunk of a text, but saves nothing more for
the rest of a text once one of its chunks is a special case, and a line break is one: after an
article's first line, every chunk was split afresh by the prefix, suffix and infix patterns,
about a quarter of the time of a whole extraction. ``tokenize`` first has the tokenizer split,
in one call and so cached, the chunks it has not seen before and that are no special case; the
article's own tokenization then reads them from the cache, token for token the same.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.symbols import ORTH
from spacy.tokens import Doc

from .lexicon import ABBREVIATED_TITLES, word_set

# chunks the cache can hold (spaCy's default is 10,000: a few days of articles split more)
CACHE_SIZE = 100_000


@cache
def nlp() -> spacy.language.Language:
    """The blank English pipeline, built once per process."""
    pipeline = spacy.blank("en")
    # an academic title in lower case ("prof. dr hab. inż. <Name>") is one token, its period
    # no sentence end; a Dutch particle ("van 't <Family>") one word
    abbreviations = (*word_set("given_abbreviations"), *word_set("one_token_words"))
    for title in (*ABBREVIATED_TITLES, *abbreviations):
        pipeline.tokenizer.add_special_case(title, [{ORTH: title}])
    pipeline.tokenizer.max_cache_size = CACHE_SIZE
    return pipeline


_seen: set[str] = set()  # chunks already offered to the cache


def tokenize(text: str) -> Doc:
    """The text through the blank pipeline, its chunks cached beforehand."""
    pipeline = nlp()
    if len(_seen) < CACHE_SIZE:
        new = [chunk for chunk in dict.fromkeys(text.split()) if chunk not in _seen]
        if new:
            tokenizer = pipeline.tokenizer
            plain = [chunk for chunk in new if not _special(tokenizer, chunk)]
            if plain:
                tokenizer(" ".join(plain))  # (one call: no special case stops the saving)
            _seen.update(new)
    return pipeline(text)


def _special(tokenizer, chunk: str) -> bool:
    """Does splitting the chunk meet a special case, which would stop spaCy caching the chunks
    after it in the same call? spaCy's own test: the chunk, or what is left of it once its
    prefixes and suffixes are split off, is one (``Tokenizer._split_affixes``). A wrong answer
    only changes what is cached, never a token."""
    rules = tokenizer.rules
    string = chunk
    if string in rules:
        return True
    last_size = 0
    while string and len(string) != last_size:
        if tokenizer.token_match and tokenizer.token_match(string):
            break
        if string in rules:
            break
        last_size = len(string)
        pre_len = tokenizer.find_prefix(string)
        minus_pre = string[pre_len:]
        if pre_len and minus_pre and minus_pre in rules:
            string = minus_pre
            break
        suf_len = tokenizer.find_suffix(string[pre_len:])
        minus_suf = string[:-suf_len] if suf_len else string
        if suf_len and minus_suf and minus_suf in rules:
            string = minus_suf
            break
        if pre_len and suf_len and pre_len + suf_len <= len(string):
            string = string[pre_len:-suf_len]
        elif pre_len:
            string = minus_pre
        elif suf_len:
            string = minus_suf
    return string in rules
