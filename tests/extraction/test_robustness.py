"""The extractors never crash on damaged or odd text, and every span they return indexes it."""

import random
from pathlib import Path

import pytest

from newsroom.extraction.extractors import extract

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
ARTICLES = Path(__file__).parent / "articles"
NOISE = [
    *"“”‘’\"'`()[]:;,.!?-—–\n\t ",
    "Mr.",
    "Dr.",
    " said",
    " (ABC)",
    "\u200b",
    "\u202e",
    "e\u0301",
    "🚀",
    "<b>",
    "&amp;",
    "İ",
    "ß",
    "ﬁ",
    "\r\n",
    "١٢",
    "\x0c",
]


def assert_spans_index(text, result):
    spans = [m for e in result.entities for m in e.mentions]
    spans += [s for c in result.claims for s in c.evidence]
    spans += [r.evidence for r in result.roles]
    for span in spans:
        assert text[span.start : span.end] == span.text
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text


def mutate(rng, text):
    chars = list(text)
    for _ in range(rng.randint(1, 60)):
        pos = rng.randrange(len(chars))
        roll = rng.random()
        if roll < 0.4:
            chars.insert(pos, rng.choice(NOISE))
        elif roll < 0.7:
            del chars[pos]
        else:
            chars[pos] = rng.choice(NOISE)
    text = "".join(chars)
    if rng.random() < 0.2:
        start = rng.randrange(len(text))
        text = text[start : start + rng.randint(0, 400)]
    return text


@pytest.mark.parametrize("seed", range(4))
def test_extract_survives_mutated_seed_text(seed):
    rng = random.Random(seed)
    for _ in range(40):
        text = mutate(rng, rng.choice(SEEDS))
        assert_spans_index(text, extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "“",
        "“unclosed quote, he said",
        "”” ““ said said",
        "A. B. C. D.",
        "<script>alert('x')</script> “Hi,” said <b>Jane Doe</b>.",
        "Mr. Mr. Dr. Col. (ABC) (ABC)",
        "\u202eReversed “text” here, she said.",
        (ARTICLES / "fuzz_empty_piece.txt").read_text(encoding="utf-8"),
    ],
)
def test_extract_handles_degenerate_text(text):
    assert_spans_index(text, extract(text))
