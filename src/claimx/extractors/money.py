"""Money: "$2,220", "US$1,720 per month", "KRW 2.04 million", "10 million Swedish kronor"."""

from __future__ import annotations

import re

from ..normalize import currency_code, parse_number
from .base import Candidate, Extractor, range_candidate, range_ends
from .lexicon import AFTER, CURRENCY_PREFIX, CURRENCY_SUFFIX, NUM, RATE, S

_MONEY_PRE = rf"(?P<cur>{CURRENCY_PREFIX})(?P<num>{NUM}){AFTER}(?P<rate>{RATE})?"
_MONEY_SUF = rf"(?<![\w.,$])(?P<num>{NUM}){S}+(?P<curw>{CURRENCY_SUFFIX})(?P<rate>{RATE})?"


class MoneyExtractor(Extractor):
    name = "money"
    priority = 6
    patterns = {
        "range-prefix": rf"(?P<between>[Bb]etween{S}+)?(?P<cur>{CURRENCY_PREFIX})(?P<a>{NUM}){S}*"
                        rf"(?P<sep>-|–|to|and){S}*(?:{CURRENCY_PREFIX})?(?P<b>{NUM}){AFTER}(?P<rate>{RATE})?",
        "prefix": _MONEY_PRE,
        "suffix": _MONEY_SUF,
    }

    def build(self, pattern, m, text):
        if pattern == "range-prefix":
            ends = range_ends(m, text)
            if ends:
                code = currency_code(m.group("cur").replace(" ", "").replace("\u00a0", ""))
                yield range_candidate(m, "money", *ends, unit=code, steps=("range", f"currency:{code}"))
            return
        value = parse_number(m.group("num"))
        if value is None:
            return
        if "cur" in m.groupdict() and m.group("cur"):
            code = currency_code(re.sub(r"\s", "", m.group("cur")))
        else:
            word = " ".join(m.group("curw").split()).lower()
            if word.startswith(("u.s.", "us ")):
                word = word.split()[-1]
            code = currency_code(word) or currency_code(word.split()[-1])
            if code is None:
                return
            if word.startswith("cent"):
                value = value / 100
        if code is None:
            return
        yield Candidate(m.start(), m.end(), "money", value, unit=code,
                        steps=("words-to-number", f"currency:{code}"), num_start=m.start("num"))
