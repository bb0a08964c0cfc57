"""Words to numbers, scales, currencies and hedges: the normalizers every extractor shares.

Hand-written rather than a library because the forms news prose uses
("four-and-a-half", "a thousand or two", "a decade and a half", "10.8 bn",
"two-thirds") are outside what word-to-number packages parse; the property
tests check it against ``num2words`` (a quantulum3 dependency) in reverse.
"""

from __future__ import annotations

import re
from functools import lru_cache

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "b": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12,
}
FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2,
    "tenth": 0.1, "tenths": 0.1,
}
MULTIPLIERS = {
    "double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2,
    "triple": 3, "tripled": 3, "triples": 3, "tripling": 3, "thrice": 3,
    "quadruple": 4, "quadrupled": 4, "quadrupling": 4, "quintuple": 5, "quintupled": 5,
    "halve": 0.5, "halved": 0.5, "halving": 0.5,
}
CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
    "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "₩": "KRW", "krw": "KRW", "c$": "CAD",
    "ca$": "CAD", "cad": "CAD", "a$": "AUD", "aud": "AUD", "chf": "CHF", "cny": "CNY",
    "rmb": "CNY", "sek": "SEK", "inr": "INR", "₹": "INR",
}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "yen": "JPY", "won": "KRW", "yuan": "CNY", "renminbi": "CNY",
    "kronor": "SEK", "krona": "SEK", "swedish kronor": "SEK", "swedish krona": "SEK",
    "rupees": "INR", "pesos": "MXN", "colombian pesos": "COP", "mexican pesos": "MXN", "francs": "CHF", "cents": "USD", "cent": "USD",
}
# Hedge words to qualifiers (spec/annotation.md); order matters only for display.
HEDGES = {
    "approximate": ("some", "about", "around", "roughly", "approximately", "an estimated",
                    "estimated", "~", "circa", "ca.", "approx.", "an approximate",
                    "in the region of", "on the order of"),
    "at_least": ("tops", "topped", "topping", "on or after", "no earlier than", "not before", "more than", "over", "at least", "upwards of", "exceeding", "no fewer than",
                 "no less than", "minimum of", "in excess of", "well over",
                 "nearly over", "over a", "greater than", "higher than", "above", "beyond"),
    "at_most": ("within", "on or before", "no later than", "not later than", "not exceed", "not to exceed", "less than", "under", "fewer than", "up to", "no more than", "below",
                "maximum of", "not more than", "at most", "not exceeding",
                "lower than", "as few as", "as little as"),
    "nearly": ("nearly", "almost", "close to", "just under", "just shy of", "shy of",
               "nearing", "approaching", "just below", "not quite"),
    "exact": ("only", "just", "exactly", "precisely", "a full", "fully", "a total of",
              "total of"),
}
TRAILING_HEDGES = {
    "and over": "at_least", "and older": "at_least", "and above": "at_least", "or older": "at_least",
    "or more": "at_least", "or greater": "at_least", "or higher": "at_least",
    "or over": "at_least", "plus": "at_least", "or above": "at_least",
    "or less": "at_most", "or fewer": "at_most", "or under": "at_most", "or below": "at_most",
}

_DIGITS = re.compile(r"^[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_SPLIT = re.compile(r"[\s\-‐–]+")


def parse_digits(s: str) -> float:
    """``"33,523"`` -> 33523.0; ``"−12.5"`` -> -12.5 (the Unicode minus too)."""
    s = s.strip().replace("−", "-").replace(",", "")
    return float(s)


@lru_cache(maxsize=4096)
def words_to_number(phrase: str) -> float | None:
    """Parse a number written in words; None if it is not one.

    >>> words_to_number("four-and-a-half"), words_to_number("a thousand")
    (4.5, 1000.0)
    >>> words_to_number("twenty-one thousand three hundred"), words_to_number("two-thirds")
    (21300.0, 0.6666666666666666)
    """
    s = phrase.lower().strip()
    if _DIGITS.match(s):
        return parse_digits(s)
    s = s.replace("-and-a-half", " and a half").replace("-and-a-quarter", " and a quarter")
    words = [w for w in _SPLIT.split(s) if w]
    if not words:
        return None
    extra = 0.0
    if len(words) >= 3 and words[-3:-1] == ["and", "a"] and words[-1] in FRACTIONS:
        extra = FRACTIONS[words[-1]]
        words = words[:-3]
    elif len(words) >= 2 and words[-2] in ("a", "an") and words[-1] in FRACTIONS and len(words) == 2:
        return FRACTIONS[words[-1]]
    if len(words) == 2 and words[1] in FRACTIONS and words[0] in SMALL:
        return SMALL[words[0]] * FRACTIONS[words[1]]
    if len(words) == 1 and words[0] in FRACTIONS and words[0] in ("half",):
        return 0.5
    if words and words[0] in ("a", "an"):
        if len(words) > 1 and (words[1] in SCALES or words[1] == "dozen"):
            words = ["one"] + words[1:]
        else:
            return None
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w == "and":
            continue
        if w in SMALL:
            current += SMALL[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * SCALES[w]
            current = 0.0
        else:
            try:
                current += parse_digits(w)
            except ValueError:
                return None
        seen = True
    if not seen:
        return None
    return total + current + extra


def parse_number(text: str) -> float | None:
    """Digits with an optional scale word ("3.6 million", "10.8 bn") or words."""
    t = text.strip().replace("\u00a0", " ")
    m = re.match(r"^([-−+]?[\d.,]*\d)\s*([A-Za-z]+)?$", t)
    if m:
        base = parse_digits(m.group(1))
        if m.group(2):
            scale = SCALES.get(m.group(2).lower())
            if scale is None:
                return None
            return base * scale
        return base
    return words_to_number(t)


def currency_code(token: str) -> str | None:
    """ISO 4217 code for a currency symbol, code or word."""
    t = " ".join(token.split()).lower()
    return CURRENCY_SYMBOLS.get(t) or CURRENCY_WORDS.get(t) or (
        token.strip().upper() if re.fullmatch(r"[A-Z]{3}", token.strip()) else None
    )


@lru_cache(maxsize=256)
def hedge_qualifier(hedge: str) -> str | None:
    """The qualifier a leading hedge phrase sets ("some" -> approximate)."""
    h = " ".join(hedge.lower().split())
    for qual, words in HEDGES.items():
        if h in words:
            return qual
    # "only about", "just over": the last hedge word carries the meaning
    parts = h.split(" ", 1)
    if len(parts) == 2 and parts[0] in ("only", "just", "well", "still") and parts[1]:
        return hedge_qualifier(parts[1])
    return None
