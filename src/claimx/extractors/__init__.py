"""Extractors, one per kind, and the resolver that turns their candidates into mentions."""

from __future__ import annotations

from dataclasses import replace

from .base import Candidate, Extractor, Masks
from .dates import DateExtractor
from .durations import DurationExtractor
from .filters import build_masks, is_identifier
from .money import MoneyExtractor
from .numbers import NumberExtractor
from .percent import PercentExtractor
from .ratios import RatioExtractor

__all__ = ["Candidate", "Extractor", "find_candidates", "EXTRACTOR_CLASSES"]

EXTRACTOR_CLASSES: tuple[type[Extractor], ...] = (
    DateExtractor, MoneyExtractor, PercentExtractor, DurationExtractor, RatioExtractor,
    NumberExtractor,
)


def _is_determiner_one(text: str, c: Candidate) -> bool:
    """ "one journalist", "one of the most": the indefinite "one" is not a count."""
    if c.kind == "count" and text[c.start : c.end].lower() == "one or more":
        return True  # legal "any" ("to one or more other regions")
    if c.kind != "count" or text[c.start : c.end].lower() not in ("one", "a", "an"):
        return False
    return not text.startswith("-", c.end)


def find_candidates(text: str, start: int, end: int, published: str | None) -> list[Candidate]:
    """All mentions in text[start:end], overlaps resolved (longest first, then kind priority)."""
    masks: Masks = build_masks(text, start, end)
    extractors = [cls(published) if cls is DateExtractor else cls() for cls in EXTRACTOR_CLASSES]
    found: list[Candidate] = []
    for ex in extractors:
        for c in ex.find(text, start, end):
            core = c.num_start if c.num_start is not None else c.start
            why = masks.hit(core, c.end)
            if why:
                continue
            if (c.kind != "date" or c.pattern in ("year", "year-range-short")) \
                    and is_identifier(text, core):
                continue
            if _is_determiner_one(text, c):
                continue
            found.append(c)
    # Longest number first (hedges do not count: "An additional thousand" must not beat
    # the range "thousand or two"), then the more specific kind.
    found.sort(key=lambda c: (-(c.end - (c.start if c.num_start is None else c.num_start)),
                              -c.priority, c.start))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in found:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    chosen.sort(key=lambda c: c.start)
    return [replace(c) for c in chosen]
