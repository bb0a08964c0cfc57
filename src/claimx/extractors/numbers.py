"""Plain numbers: counts, vague plurals, and physical measures (units via quantulum3)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalize import parse_number
from .base import Candidate, Extractor, range_candidate, range_ends
from .lexicon import AFTER, BEFORE, NUM, RATE, S

_PHYSICAL = {"length", "mass", "area", "volume", "temperature", "speed", "energy", "power",
             "pressure", "force", "density", "frequency", "data storage", "electric potential",
             "charge", "velocity", "acceleration", "fuel economy", "illuminance"}


@lru_cache(maxsize=1)
def _unit_surfaces() -> dict[str, str]:
    """Surface form -> quantulum3 unit name, for physical units only (loaded once)."""
    from quantulum3 import load

    units = load.units("en_US")
    table: dict[str, str] = {}
    for source in (units.surfaces, units.symbols):
        for surface, found in source.items():
            # quantulum3 gives a set: iterate it in a fixed order (else "tons" is "ton" in one
            # run and "short ton" in the next), the plainest name first
            for u in sorted(found, key=lambda u: (len(u.name), u.name)):
                if u.entity.name in _PHYSICAL and len(surface) > 1:
                    table.setdefault(surface, u.name)
    for ambiguous in ("in", "m", "s", "g", "b", "pounds", "pound", "a", "at", "t", "point",
                      "points", "degree", "degrees", "ton", "c", "f", "k", "Pa", "mi", "ft",
                      "cc", "oz", "ly", "rad", "sq"):
        table.pop(ambiguous, None)
    table.update({"degrees Celsius": "degree Celsius", "degrees Fahrenheit": "degree Fahrenheit",
                  "°C": "degree Celsius", "°F": "degree Fahrenheit", "ft": "foot",
                  "sq km": "square kilometre", "square miles": "square mile",
                  "square kilometres": "square kilometre", "square kilometers": "square kilometre"})
    return table


def physical_unit(text: str, pos: int) -> tuple[str, int] | None:
    """(unit name, end) when a physical unit follows position ``pos``."""
    m = re.match(rf"{S}?(°[CF]|(?:square{S}|sq{S}|cubic{S})?[A-Za-z]+(?:{S}(?:Celsius|Fahrenheit))?)\b",
                 text[pos : pos + 40])
    if not m:
        return None
    word = m.group(1)
    table = _unit_surfaces()
    for cand in (word, word.lower()):
        if cand in table:
            return table[cand], pos + m.end()
    return None


class NumberExtractor(Extractor):
    """Counts ("some 35,000", "sixteen", "a dozen") and measures ("13,100 kg")."""

    name = "numbers"
    priority = 1
    patterns = {
        "rate": rf"{BEFORE}(?P<num>{NUM}){S}+(?P<noun>[a-z]+){RATE}",
        "times": rf"{BEFORE}(?P<num>{NUM})(?={S}+times\b)",
        "number": rf"{BEFORE}(?P<num>{NUM})(?P<plus>\+)?{AFTER}",
        "range": rf"{BEFORE}(?P<between>[Bb]etween{S}+)?(?P<a>{NUM}){S}*(?P<sep>-|–|—|to|and|or)"
                 rf"{S}*(?P<b>{NUM}){AFTER}",
        "vague-plural": rf"(?i:\b(?P<mult>several{S}+|many{S}+)?(?P<vague>(?:tens{S}+of{S}+|hundreds{S}+of{S}+)?"
                        rf"(?:hundreds|thousands|millions|billions|trillions))(?:{S}+of{S}+(?P<scale2>thousands|millions|billions))?(?P<cur>{S}+of{S}+dollars)?\b)",
        "several-scale": rf"(?i:\bseveral{S}+(?P<scale>hundred|thousand|million|billion)(?:{S}+(?P<scale2>thousand|million|billion))?(?P<cur>{S}+dollars)?\b)",
        "half-a-scale": rf"(?i:\bhalf{S}+an?{S}+(?P<scale>dozen|hundred|thousand|million|billion|trillion)\b)",
    }

    def build(self, pattern, m, text):
        if pattern in ("rate", "times"):
            value = parse_number(m.group("num"))
            if value is not None:
                unit = "time" if pattern == "times" else None
                yield Candidate(m.start(), m.end(), "count", value, unit=unit,
                                steps=("words-to-number", "events counted in times" if unit else "rate"),
                                num_start=m.start(), priority=2)
            return
        if pattern == "number":
            value = parse_number(m.group("num"))
            if value is None:
                return
            unit = physical_unit(text, m.end())
            if unit:
                yield Candidate(m.start(), unit[1], "measure", value, unit=unit[0],
                                steps=("words-to-number", f"unit:{unit[0]} (quantulum3)"),
                                num_start=m.start())
            elif m.group("plus"):
                # "100+ Actions": a floor, as "100+ percent" is
                yield Candidate(m.start(), m.end(), "count", value, qualifier="at_least",
                                steps=("words-to-number", "'+': at least"), num_start=m.start())
            else:
                yield Candidate(m.start(), m.end(), "count", value,
                                steps=("words-to-number",), num_start=m.start())
        elif pattern == "range":
            ends = range_ends(m, text)
            if ends is None:
                return
            a, b = ends
            if m.group("sep") == "or":
                # "a thousand or two": the second number counts in the first one's scale
                if not (b < a and a >= 100 and b < 10):
                    return
                b = b * a
            if _YEARLIKE.fullmatch(m.group("a")) and not _YEARLIKE.fullmatch(m.group("b")):
                return  # "FY 2021 to 62,500" is a year then a count, not a range
            yield range_candidate(m, "count", a, b)
        elif pattern == "vague-plural":
            word = m.group("vague").lower().split()
            base = {"hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
                    "trillions": 1e12}[word[-1]]
            if word[0] == "hundreds" and len(word) > 1:
                base *= 100
            elif word[0] == "tens":
                base *= 10
            if m.group("scale2"):
                base *= {"thousands": 1e3, "millions": 1e6, "billions": 1e9}[m.group("scale2").lower()]
            kind, unit = ("money", "USD") if m.group("cur") else ("count", None)
            yield Candidate(m.start(), m.end(), kind, 2 * base, unit=unit, qualifier="at_least",
                            steps=("vague-plural: at least twice the unit",), hedgeable=False)
        elif pattern == "half-a-scale":
            base = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
                    "trillion": 1e12}[m.group("scale").lower()]
            yield Candidate(m.start(), m.end(), "count", base / 2, steps=("half a unit",),
                            num_start=m.start())
        elif pattern == "several-scale":
            base = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}[
                m.group("scale").lower()]
            if m.group("scale2"):
                base *= {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group("scale2").lower()]
            kind, unit = ("money", "USD") if m.group("cur") else ("count", None)
            yield Candidate(m.start(), m.end(), kind, 2 * base, unit=unit, qualifier="at_least",
                            steps=("several: at least twice the unit",), hedgeable=False)


_YEARLIKE = re.compile(r"(?:1[5-9]|20)\d\d")
