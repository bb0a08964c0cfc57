"""Durations and ages: "four-and-a-half years", "a decade and a half", "42 year-old"."""

from __future__ import annotations

from ..normalize import parse_number, words_to_number
from .base import Candidate, Extractor, range_candidate, range_ends
from .lexicon import BEFORE, NUM, S, TIME_UNIT, TIME_UNITS

_DEC = {"decade": (10, "year"), "century": (100, "year")}
_AGE_TAIL = rf"(?:{S}*[-‐]?{S}*(?:years?|yrs?|months?|weeks?)(?:-|‐|{S})*old)"


def _unit(word: str) -> tuple[float, str]:
    base = TIME_UNITS[word.lower()]
    return _DEC.get(base, (1, base))


class DurationExtractor(Extractor):
    name = "durations"
    priority = 4
    patterns = {
        "age": rf"{BEFORE}(?P<num>{NUM}){S}*[-‐]?{S}*(?P<unit>years?|yrs?|months?|weeks?)(?:-|‐|{S})*old\b",
        "aged": rf"\b[Aa]ged{S}+(?P<num>{NUM})\b",
        "past-decade": rf"(?i:\b(?:past|last|previous|coming|next){S}+(?P<unit>decade|century))\b",
        "a-decade": rf"(?i:\ba{S}+(?P<unit>decade|century))\b(?!{S}+and{S}+a{S}+half)",
        "a-unit-hedged": rf"(?i:(?<=than{S})|(?<=over{S})|(?<=nearly{S})|(?<=almost{S})|(?<=about{S}))(?i:a{S}+(?P<unit>year|month|week|day))\b",
        "decade-and-a-half": rf"(?i:\ba{S}+(?P<unit>decade|year|century){S}+and{S}+a{S}+half)\b",
        "range": rf"{BEFORE}(?P<between>[Bb]etween{S}+)?(?P<a>{NUM}){S}*(?P<sep>-|–|to|and|or)"
                 rf"{S}*(?P<b>{NUM}){S}*[-‐]?{S}*(?P<unit>{TIME_UNIT})\b(?!{_AGE_TAIL})",
        "duration": rf"{BEFORE}(?P<num>{NUM}){S}*[-‐]?{S}*(?P<unit>{TIME_UNIT})\b(?!(?:-|‐|{S})*old)",
    }

    def build(self, pattern, m, text):
        if pattern in ("age", "aged"):
            value = parse_number(m.group("num"))
            if value is None:
                return
            unit = TIME_UNITS[m.group("unit").lower()] if pattern == "age" else "year"
            yield Candidate(m.start(), m.end(), "age", value, unit=unit,
                            steps=("words-to-number", "age"), num_start=m.start("num"))
            return
        if pattern in ("a-decade", "a-unit-hedged"):
            mult, unit = _unit(m.group("unit"))
            q = "approximate" if pattern == "a-decade" else "exact"  # a hedge before sets its own
            yield Candidate(m.start(), m.end(), "duration", float(mult), unit=unit, qualifier=q,
                            steps=(f"'{m.group(0)}' -> {mult} {unit}s",), num_start=m.start())
            return
        if pattern == "past-decade":
            mult, unit = _unit(m.group("unit"))
            yield Candidate(m.start(), m.end(), "duration", float(mult), unit=unit,
                            qualifier="approximate", steps=(f"'{m.group(0)}' -> {mult} {unit}s",),
                            hedgeable=False, num_start=m.start())
            return
        if pattern == "decade-and-a-half":
            mult, unit = _unit(m.group("unit"))
            yield Candidate(m.start(), m.end(), "duration", 1.5 * mult, unit=unit,
                            qualifier="approximate" if mult > 1 else "exact",
                            steps=("a unit and a half", f"{m.group('unit')}->{unit}"),
                            num_start=m.start())
            return
        mult, unit = _unit(m.group("unit"))
        if pattern == "range":
            ends = range_ends(m, text, change_from=False)
            if ends:
                yield range_candidate(m, "duration", ends[0] * mult, ends[1] * mult, unit=unit)
            return
        value = parse_number(m.group("num"))
        if value is None:
            value = words_to_number(m.group("num"))
        if value is None:
            return
        steps = ("words-to-number",) + ((f"{m.group('unit')}->{unit}",) if mult != 1 else ())
        yield Candidate(m.start(), m.end(), "duration", value * mult, unit=unit, steps=steps,
                        num_start=m.start("num"))
