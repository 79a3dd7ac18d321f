"""Article text with its facts highlighted: spans in, escaped HTML out. Pure functions, no ORM.

Facts may overlap (a mention inside a quote, a quote inside a piece of evidence). Nested spans
become nested `<mark>` elements; a span that crosses the end of the one it starts in is split
there and continues after it, so the markup stays well formed and no highlighted text is lost.
Links cannot nest, so each run of text links to the innermost fact that covers it.
"""

import heapq
import itertools
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


@dataclass(frozen=True)
class Highlight:
    """One fact's span in the article body, with what the markup needs to show it."""

    start: int
    end: int
    kind: str
    pk: int
    status: str
    label: str = ""
    # Where the mark's text links (default: the fact's entry in the desk's list of facts; None:
    # no link) and the mark's own id (default: "text-" and the anchor).
    href: str | None = ""
    html_id: str = ""

    @property
    def anchor(self):
        """The id of the fact's entry in the list of facts."""
        return f"fact-{self.kind}-{self.pk}"

    @property
    def link(self):
        return f"#{self.anchor}" if self.href == "" else self.href

    @property
    def mark_id(self):
        return self.html_id or f"text-{self.anchor}"


def _open(highlight, *, first):
    classes = f"fact fact-{highlight.kind} status-{highlight.status}"
    if not first:  # a continuation piece: the id belongs to the first piece only
        return format_html('<mark class="{} fact-continued" title="{}">', classes, highlight.label)
    return format_html(
        '<mark class="{}" id="{}" title="{}">', classes, highlight.mark_id, highlight.label
    )


def _run(text, innermost):
    if innermost is None or innermost.link is None:
        return escape(text)
    return format_html('<a href="{}">{}</a>', innermost.link, text)


def highlight_markup(text, highlights, *, offset=0):
    """HTML for `text` with every highlight marked; `text` starts at `offset` of the body the
    highlights index. Highlights are clipped to the text; one that began before `offset` (a quote
    running over several paragraphs) continues here without its id."""
    limit = offset + len(text)
    counter = itertools.count()
    queue = []
    for highlight in highlights:
        start, end = max(highlight.start, offset), min(highlight.end, limit)
        if start < end:
            first = highlight.start >= offset
            queue.append((start, -end, next(counter), highlight, first))
    heapq.heapify(queue)

    out, stack, position = [], [], offset  # stack: (highlight, end) of the open marks

    def text_to(upto):
        nonlocal position
        if upto > position:
            innermost = stack[-1][0] if stack else None
            out.append(_run(text[position - offset : upto - offset], innermost))
            position = upto

    def close():
        text_to(stack[-1][1])
        out.append("</mark>")
        stack.pop()

    while queue:
        start, negative_end, _, highlight, first = heapq.heappop(queue)
        end = -negative_end
        while stack and stack[-1][1] <= start:
            close()
        text_to(start)
        if stack and end > stack[-1][1]:
            # Crosses the end of the enclosing mark: split, and continue after it.
            heapq.heappush(queue, (stack[-1][1], -end, next(counter), highlight, False))
            end = stack[-1][1]
        out.append(_open(highlight, first=first))
        stack.append((highlight, end))
    while stack:
        close()
    text_to(limit)
    return mark_safe("".join(out))  # every piece above went through escape/format_html


def blocks_markup(body, blocks, highlights):
    """(kind, HTML) for each [kind, start, end] block of `body`, highlights clipped to each;
    the whole body as one paragraph when the article has no block layout."""
    layout = blocks or [["paragraph", 0, len(body)]]
    ordered = sorted(highlights, key=lambda h: h.start)
    result = []
    for kind, start, end in layout:
        inside = [h for h in ordered if h.start < end and h.end > start]
        result.append((kind, highlight_markup(body[start:end], inside, offset=start)))
    return result
