"""Percentages and percentage points: "62.1 percent", "74%", "55-85%", "1.7 percentage points"."""

from __future__ import annotations

from ..normalize import parse_number
from .base import Candidate, Extractor, range_candidate, range_ends
from .lexicon import BEFORE, NUM, S

_PCT = rf"(?:{S}*%|{S}*(?:percent|per{S}cent|pct\.?)(?![\w])|{S}*percentage{S}+points?\b)"


class PercentExtractor(Extractor):
    name = "percent"
    priority = 5
    patterns = {
        "range": rf"{BEFORE}(?P<between>[Bb]etween{S}+)?(?P<a>{NUM})(?:{S}*%)?{S}*(?P<sep>-|–|to|and)"
                 rf"{S}*(?P<b>{NUM})(?P<pct>{_PCT})",
        "percent": rf"{BEFORE}(?P<num>{NUM})(?P<plus>\+)?(?P<pct>{_PCT})",
    }

    def build(self, pattern, m, text):
        unit = "percentage point" if "point" in m.group("pct") else None
        if pattern == "range":
            ends = range_ends(m, text)
            if ends:
                yield range_candidate(m, "percent", *ends, unit=unit)
            return
        value = parse_number(m.group("num"))
        if value is None:
            return
        yield Candidate(m.start(), m.end(), "percent", value, unit=unit,
                        qualifier="at_least" if m.group("plus") else "exact",
                        steps=("words-to-number",) + (("percentage points",) if unit else ()),
                        num_start=m.start("num"))
