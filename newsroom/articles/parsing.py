"""Pure text handling for ingestion: decoding, validation, front matter, layout and titles.

Nothing here touches the database, so every rule is testable on plain strings.
"""

import datetime
import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

# C0 controls other than tab, line feed, form feed and carriage return, plus DEL, mark binary data.
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_MATTER_KEYS = {"title", "source", "url", "published", "byline", "dateline", "language"}
# Other names newsrooms give the same fields: "outlet: X" is the source.
_FRONT_MATTER_SYNONYMS = {
    "outlet": "source",
    "publication": "source",
    "date": "published",
    "author": "byline",
    "headline": "title",
    "publisher": "source",
}
# A key unlike every known one is a field a publishing system adds that an article here does not
# store ("section", "tags", "type"): read and dropped. A key close to a known one ("pubished",
# "titel") rejects the file, so a misspelt date or title is never lost unnoticed.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
_TERMINAL = ".!?:;…\"”’'»)"
_ITEM = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")
# Dotted initialisms ("e.g", "i.e", a country written with points) end no sentence.
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "col",
    "gen",
    "lt",
    "sgt",
    "capt",
    "prof",
    "st",
    "jr",
    "sr",
    "inc",
    "ltd",
    "co",
    "corp",
    "vs",
    "no",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
_MARKUP_DOCUMENT = re.compile(r"\A\s*<(?:!doctype\s|html[\s>]|\?xml\s|svg[\s>])", re.IGNORECASE)
_LONG_RUN = re.compile(r"\S{1000,}")
TITLE_MAX_CHARS = 120
HEADING_MAX_WORDS = 20


class RejectedInput(ValueError):
    """The input cannot become an article; the message says why, in one line."""


@dataclass
class ParsedArticle:
    text: str
    title: str
    is_title_derived: bool
    blocks: list = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    content_start: int = 0

    @property
    def checksum(self):
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def word_count(self):
        return len(self.text[self.content_start :].split())


def decode(data, *, max_bytes):
    """Turn raw bytes into text, or raise RejectedInput saying what is wrong with them."""
    if len(data) > max_bytes:
        raise RejectedInput(
            f"file too large: {len(data):,} bytes, the limit is {max_bytes:,} bytes"
        )
    if not data.strip():
        raise RejectedInput("empty file: no text to ingest")
    if b"\x00" in data:
        raise RejectedInput("binary file: it contains NUL bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RejectedInput(
            f"not UTF-8 text: invalid byte 0x{data[error.start]:02x} at offset {error.start}"
        ) from None
    return text.removeprefix("\ufeff")


def validate_text(text):
    """Raise RejectedInput unless `text` is readable prose."""
    if "\x00" in text:
        raise RejectedInput("binary text: it contains NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise RejectedInput(f"not valid Unicode: lone surrogate at offset {error.start}") from None
    if not text.strip():
        raise RejectedInput("empty file: no text to ingest")
    match = _CONTROL.search(text)
    if match:
        raise RejectedInput(
            f"binary text: control character U+{ord(match.group()):04X} at offset {match.start()}"
        )
    if not any(unicodedata.category(char).startswith("L") for char in text):
        raise RejectedInput("no readable text: the file has no letters")
    if _MARKUP_DOCUMENT.match(text):
        raise RejectedInput("markup, not article text: save the article as plain text first")
    run = _LONG_RUN.search(text)
    if run:
        raise RejectedInput(
            f"no readable text: {len(run.group()):,} characters without a space at offset "
            f"{run.start()} (encoded data?)"
        )


def parse(text):
    """Split validated text into front matter, title and blocks; offsets index `text` itself."""
    validate_text(text)
    metadata, content_start = _front_matter(text)
    lines = [(m.start(), m.group().rstrip("\r\n")) for m in _LINE.finditer(text, content_start)]
    lines = [(start, line) for start, line in lines if start < len(text) or line]
    blocks = []
    for index, (start, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        span_start, span_end = start + lead, start + lead + len(stripped)
        following = next((other.strip() for _, other in lines[index + 1 :] if other.strip()), None)
        if _ITEM.match(line):
            kind = "item"
        elif following is not None and _looks_like_heading(stripped):
            kind = "title" if not blocks and "title" not in metadata else "heading"
        else:
            kind = "paragraph"
        blocks.append([kind, span_start, span_end])
    title, derived = _title(text, blocks, metadata)
    return ParsedArticle(
        text=text,
        title=title,
        is_title_derived=derived,
        blocks=blocks,
        metadata=metadata,
        content_start=content_start,
    )


def blank_front_matter(text, content_start):
    """`text` with everything before the body turned into spaces (line breaks kept), so
    extractors never read metadata and their offsets still index the original text."""
    head = re.sub(r"[^\r\n]", " ", text[:content_start])
    return head + text[content_start:]


def _front_matter(text):
    """Read an optional `---` block of `key: value` lines at the top of the file."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    metadata = {}
    for raw in match.group("body").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        key, sep, value = raw.partition(":")
        key = key.strip().lower()
        key = _FRONT_MATTER_SYNONYMS.get(key, key)
        if not sep or not re.fullmatch(r"[a-z_-]+", key):
            raise RejectedInput(f"malformed front matter line: {raw.strip()[:60]!r}")
        if key not in _FRONT_MATTER_KEYS:
            if not difflib.get_close_matches(key, _FRONT_MATTER_KEYS, n=1, cutoff=0.8):
                continue  # a field of the publishing system's own ("type: erratum")
            known = ", ".join(sorted(_FRONT_MATTER_KEYS))
            raise RejectedInput(f"unknown front matter key {key[:40]!r} (known keys: {known})")
        metadata[key] = value.strip().strip("\"'")
    if "published" in metadata:
        metadata["published"] = _parse_published(metadata["published"])
    return metadata, match.end()


def length_check(text, *, max_chars):
    """RejectedInput unless `text` is short enough for the extractors' tokenizer (a wire story
    is far shorter than the limit)."""
    if len(text) > max_chars:
        raise RejectedInput(
            f"too long: {len(text):,} characters, the limit is {max_chars:,} characters"
        )


# The publication dates every page, feed and database can show: the model enforces the same.
PUBLISHED_RANGE = (
    datetime.datetime(1900, 1, 1, tzinfo=datetime.UTC),
    datetime.datetime(2101, 1, 1, tzinfo=datetime.UTC),
)


def _parse_published(value):
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise RejectedInput(
            f"malformed front matter: published {value!r} is not an ISO date (YYYY-MM-DD)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    try:
        in_range = PUBLISHED_RANGE[0] <= moment.astimezone(datetime.UTC) < PUBLISHED_RANGE[1]
    except OverflowError:  # year 1 east of UTC, year 9999 west of it
        in_range = False
    if not in_range:
        raise RejectedInput(
            f"front matter: published {value!r} is out of range (years "
            f"{PUBLISHED_RANGE[0].year}–{PUBLISHED_RANGE[1].year - 1} are accepted)"
        )
    return moment


def _looks_like_heading(line):
    """A short line with no closing punctuation, standing on its own before more text."""
    words = line.split()
    return (
        0 < len(words) <= HEADING_MAX_WORDS
        and line[-1] not in _TERMINAL
        and (line[0].isupper() or line[0].isdigit())
    )


def _title(text, blocks, metadata):
    if metadata.get("title"):
        return display(metadata["title"])[:300], False
    if blocks and blocks[0][0] == "title":
        _, start, end = blocks[0]
        return display(text[start:end])[:300], False
    first = next(text[s:e] for kind, s, e in blocks if kind in {"paragraph", "item"})
    return title_from_lede(first), True


def display(text):
    """Readable one-line form: backtick apostrophes and runs of white space folded."""
    return " ".join(text.replace("`", "\u2019").split())


def first_sentence(paragraph):
    """The paragraph up to the first full stop that ends a sentence (not an abbreviation)."""
    for match in re.finditer(r"[.!?](?=[\"”’']?\s+[\"“‘'(]?[A-Z0-9])", paragraph):
        word = paragraph[: match.start()].rsplit(None, 1)[-1].lower().rstrip(".")
        if word in _ABBREVIATIONS or len(word.strip('("“')) == 1 or _INITIALISM.fullmatch(word):
            continue
        return paragraph[: match.end()]
    return paragraph


def title_from_lede(paragraph):
    """A headline-length title from the lede's first sentence, cut at a word boundary."""
    sentence = display(first_sentence(paragraph)).rstrip(".")
    if len(sentence) <= TITLE_MAX_CHARS:
        return sentence
    cut = sentence[: TITLE_MAX_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"
