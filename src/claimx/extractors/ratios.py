"""Ratios and multipliers: "triple", "doubled", "three times", "half", "two-thirds", "1-in-2"."""

from __future__ import annotations

from ..normalize import FRACTIONS, MULTIPLIERS, parse_number, words_to_number
from .base import Candidate, Extractor
from .lexicon import AFTER, BEFORE, NUM, S

_MULT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_COMPARE = r"(?:as|more|less|higher|lower|larger|smaller|greater|faster|slower|bigger|the|that|what|than|over|per)"


class RatioExtractor(Extractor):
    name = "ratios"
    priority = 3
    patterns = {
        "multiplier": rf"(?i:\b(?P<word>{_MULT})\b)",
        "times": rf"{BEFORE}(?P<num>{NUM}){S}*times(?={S}+{_COMPARE}\b)",
        "fold": rf"{BEFORE}(?P<num>{NUM}){S}*[-‐]?{S}*fold\b",
        "word-fold": r"(?i:\b(?P<num>two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)fold)\b",
        "factor": rf"\b(?P<word>factor{S}+of){S}+(?P<num>{NUM}){AFTER}",
        "x": rf"{BEFORE}(?P<num>\d+(?:\.\d+)?)[xX]\b",
        "fraction": rf"(?i:\b(?P<frac>(?:a|one|two|three|four){S}*[-‐]?{S}*(?:halves|half|thirds?|quarters?|fourths?|fifths?|tenths?)))\b(?!{S}+(?:of{S}+(?:the{S}+)?(?:year|century|decade)|century))",
        "half": rf"(?i:\b(?P<half>half))\b(?!{S}+(?:of{S}+(?:the{S}+|that{S}+|this{S}+)?(?:year|century|decade|month)|century|[-‐]))",
        "in-n": rf"{BEFORE}(?P<a>{NUM}){S}*[-‐]?{S}*in{S}*[-‐]?{S}*(?P<b>{NUM})\b(?!{S}*[-‐]?{S}*(?:years?|months?))",
    }

    def build(self, pattern, m, text):
        if pattern == "multiplier":
            word = m.group("word").lower()
            yield Candidate(m.start(), m.end(), "ratio", float(MULTIPLIERS[word]),
                            steps=(f"multiplier:{word}",), num_start=m.start())
        elif pattern == "word-fold":
            yield Candidate(m.start(), m.end(), "ratio", float(words_to_number(m.group("num"))),
                            steps=("n-fold",), num_start=m.start())
        elif pattern in ("fold", "factor", "x"):
            value = parse_number(m.group("num"))
            if value is not None:
                yield Candidate(m.start(), m.end(), "ratio", value, steps=(pattern,),
                                num_start=m.start("num"))
        elif pattern == "times":
            value = parse_number(m.group("num"))
            if value is not None:
                yield Candidate(m.start(), m.end(), "ratio", value, steps=("times",),
                                num_start=m.start())
        elif pattern == "fraction":
            phrase = m.group("frac")
            value = words_to_number(phrase)
            if value is None:
                parts = phrase.lower().replace("-", " ").split()
                value = FRACTIONS.get(parts[-1])
            if value is not None:
                yield Candidate(m.start(), m.end(), "ratio", round(value, 4),
                                steps=("fraction",), num_start=m.start())
        elif pattern == "half":
            yield Candidate(m.start(), m.end(), "ratio", 0.5, steps=("fraction:half",),
                            num_start=m.start())
        elif pattern == "in-n":
            a, b = parse_number(m.group("a")), parse_number(m.group("b"))
            # "1 in 5", "8 in 10": small numbers; "1,047 in 2019" is a count and a year
            if a and b and a < b and a <= 100 and b <= 1000 and "," not in m.group("a"):
                yield Candidate(m.start(), m.end(), "ratio", round(a / b, 4),
                                steps=(f"{a:g} in {b:g}",), num_start=m.start())
