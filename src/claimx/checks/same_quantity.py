"""same-quantity: two statements of one quantity must agree within their wording.

Worked example (KEI, 2020): "some 35,000 citizens ... resettle in South Korea" and
"some 33,523 defectors resettled in South Korea" are both counts of people, with
the same verb and place and overlapping periods. 35,000 is rounded to the 1,000
(34,500..35,500), which misses 33,523; only under rounding to the 5,000 does it
cover it -> loose (warning).
"""

from __future__ import annotations

import re

from . import Context, fmt, finding, rule
from .tolerance import compare, describe

# Heads that name the same kind of thing (data, not code)
SYNONYMS = [
    {"defector", "refugee", "citizen", "people", "person", "migrant", "individual", "korean",
     "resident", "asylum", "seeker", "admission", "arrival", "returnee"},
    {"wage", "earnings", "income", "salary", "pay"},
    {"dollar", "fund", "funding", "budget", "investment"},
]
STOP = {"be", "have", "do", "say", "the", "a", "an", "of", "in", "to", "and", "for", "that",
        "this", "it", "number", "north", "south", "korean", "korea", "year", "percent", "some",
        "about", "over", "more", "than", "since", "until", "also", "which", "who", "with", "by",
        "as", "on", "at", "from", "their", "its", "his", "her", "they", "he", "she", "we", "not",
        "been", "has", "had", "were", "was", "are", "is", "will", "would", "could", "can"}
_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
MAX_RATIO = 1.25  # further apart than this, two numbers are about different things


def _heads_match(a, b) -> bool:
    if not a.measure_head or not b.measure_head:
        return False
    if a.measure_head == b.measure_head:
        return True
    return any(a.measure_head in g and b.measure_head in g for g in SYNONYMS)


def _stem(w: str) -> str:
    """A crude stem, enough to meet "resettle"/"resettled", "admitted"/"admit"."""
    w = w.lower()
    for suf in ("ted", "ed", "ing", "es", "s", "e"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    return w.rstrip("e")


def _context(c) -> set[str]:
    return {_stem(w) for w in _WORD.findall(c.sentence) if w.lower() not in STOP and len(w) > 3}


def _periods_overlap(a, b) -> bool:
    if not a.period or not b.period:
        return True
    a0, a1 = a.period.start or "0000", a.period.end or "9999"
    b0, b1 = b.period.start or "0000", b.period.end or "9999"
    return a0[:4] <= b1[:4] and b0[:4] <= a1[:4]


def linked(a, b) -> str | None:
    """Why two claims state one quantity, or None."""
    if a.kind != b.kind or a.kind.value not in ("count", "money", "percent") or a.sentence == b.sentence:
        return None
    if a.unit and b.unit and a.kind.value != "count" and a.unit != b.unit:
        return None
    lo, hi = sorted((abs(a.value), abs(b.value)))
    if lo == 0 or hi / lo > MAX_RATIO or not _periods_overlap(a, b):
        return None
    heads = _heads_match(a, b)
    if not heads and a.measure_head and b.measure_head:
        return None
    shared = _context(a) & _context(b)
    shared -= {_stem(a.measure_head or ""), _stem(b.measure_head or "")}
    # With matching heads two shared context words suffice; an elliptical mention
    # ("some 225 have been admitted") needs three.
    if len(shared) < (2 if heads else 3):
        return None
    return (f"same {a.kind.value} of '{a.measure_head}'/'{b.measure_head}', shared context "
            f"{', '.join(sorted(shared)[:4])}, overlapping periods")


@rule("same-quantity")
def same_quantity(ctx: Context):
    claims = ctx.claims
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            why = linked(a, b)
            if not why:
                continue
            verdict = compare(a, b)
            diff = abs(a.value - b.value) / min(abs(a.value), abs(b.value)) * 100
            word = {"consistent": "agree", "loose": "agree only under generous rounding",
                    "inconsistent": "cannot both be true"}[verdict]
            msg = (f"'{a.text}' and '{b.text}' describe the same {a.kind.value} "
                   f"({why}); {fmt(a.value)} vs {fmt(b.value)} differ by {diff:.1f}%: they {word}. "
                   f"{describe(a)}; {describe(b)}")
            yield finding("same-quantity", verdict, (a, b), msg, expected=b.value,
                          observed=a.value, formula=f"|{fmt(a.value)} - {fmt(b.value)}|",
                          tolerance=f"{describe(a)}; {describe(b)}")
