"""The label a classified piece of text gets: its kind and the name it carries."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Label:
    """The kind given to a piece, with the name it should carry."""

    kind: str
    name: str
    first: int
    last: int
    confidence: float
    rule: str
