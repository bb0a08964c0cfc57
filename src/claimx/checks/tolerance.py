"""The tolerance model every rule uses: what interval a number's wording allows.

A number is only as precise as it was written (statcheck's rule: "2.0" could be
1.95 to 2.05). Two intervals are derived from a claim:

* **tight**: the rounding the digits imply. "33,523" exact -> 33,522.5..33,523.5;
  "35,000" -> rounded to the thousand, 34,500..35,500; "62.1" -> 62.05..62.15;
  a hedge widens or bounds it ("more than 550" -> 549.5..inf).
* **loose**: the most generous rounding a reader could grant: the coarsest
  round step the number is a multiple of (5,000 for 35,000, 25 for 225), or
  5 % of the value for hedged numbers, whichever is larger.

Two statements of one quantity are *consistent* when their tight intervals
meet, *loose* when only their loose intervals meet, *inconsistent* otherwise.
See docs/tolerance.md for worked examples.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..models import Claim

INF = math.inf
HEDGE_SLACK = 0.05  # what "about"/"some" may stretch beyond the rounding, relative
NEARLY_SLACK = 0.10  # how far below its number "nearly"/"almost" may fall


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    def meets(self, other: "Interval") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def contains(self, x: float) -> bool:
        return self.lo <= x <= self.hi

    def __str__(self) -> str:
        lo = "-inf" if self.lo == -INF else f"{self.lo:,.6g}"
        hi = "inf" if self.hi == INF else f"{self.hi:,.6g}"
        return f"[{lo}, {hi}]"


def _digits(text: str) -> str | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return m.group(0).replace(",", "") if m else None


def rounding_unit(claim: Claim) -> tuple[float, str]:
    """The place the written number is rounded to, and why (for the explanation)."""
    unit, why = _written_place(claim)
    v = abs(claim.value)
    if claim.kind.value == "ratio" and v >= 1.5 and unit == 1.0:
        # a whole multiplier ("doubled", "three times", "fivefold") is told from its
        # neighbours one and a half or two and a half times: "doubled" is 1.75 to 2.25
        return 0.5, "a whole multiple, told from the half-multiples beside it"
    if claim.qualifier.value == "exact" and v >= 10:
        # An unhedged round figure is read to two significant figures: "200,000" stated
        # plainly is not a licence for 250,000, nor "$2 billion" for $2.4 billion. The
        # coarser reading (to the 100,000) stays available as the loose interval.
        cap = 10.0 ** (math.floor(math.log10(v)) - 1)
        if unit > cap:
            return cap, f"an unhedged round figure, read to two significant figures (the {cap:,.0f})"
    return unit, why


def as_written(claim: Claim) -> Interval:
    """The interval of the precision written, without the two-significant-figure reading of
    unhedged round figures: a headline rounds ("Invest $7 Billion" over a body's "$7.4
    billion"), so its "$7 Billion" is 6.5 to 7.5 billion."""
    return tight(claim, _written_place(claim)[0])


def _written_place(claim: Claim) -> tuple[float, str]:
    digits = _digits(claim.text)
    v = abs(claim.value)
    if digits is None or v == 0:
        # words ("a dozen", "triple"): rounded to the last significant word; a fraction
        # ("half", "a third") is told from its neighbours (a third, two-thirds), so it
        # allows a sixth of itself either way: "half" is 0.42 to 0.58
        if 0 < v < 1:
            return v / 3, "a fraction written in words"
        return (1.0 if v < 100 else 10 ** math.floor(math.log10(v))), "written in words"
    num = float(digits)
    scale = v / num if num else 1.0
    if "." in digits:
        d = len(digits.split(".")[1])
        return 10 ** -d * scale, f"{d} decimal place{'s' if d > 1 else ''} written"
    # "35,000" is rounded to the thousand; but with a scale word the digits before it are
    # the ones the writer chose: "10 million" is read to the million, not the ten million.
    z = 0 if scale != 1 else len(digits) - len(digits.rstrip("0"))
    unit = 10 ** z * scale
    return unit, (f"rounded to the {unit:,.0f}" if z or scale != 1 else "written to the unit")


def coarse_step(value: float, unit: float) -> float:
    """The coarsest round step (1, 2.5 or 5 times a power of ten) that divides ``value``."""
    v = abs(value)
    if v == 0:
        return unit
    best = unit
    k = math.floor(math.log10(v)) if v >= 1 else 0
    for p in range(k, -1, -1):
        for m in (5, 2.5, 1):
            step = m * 10 ** p
            if step >= best and step <= v / 2 and abs(v / step - round(v / step)) < 1e-9:
                best = max(best, step)
    return best


def tight(claim: Claim, unit: float | None = None) -> Interval:
    """The tight interval; ``unit`` overrides the rounding place (see :func:`shared_unit`)."""
    unit = unit if unit is not None else rounding_unit(claim)[0]
    v, q = claim.value, claim.qualifier.value
    # rounding intervals are half-open ("2.0" is 1.95 up to, not including, 2.05), so two
    # neighbours ("40" and "50" to the 10) do not meet at their shared edge
    half = unit / 2 * (1 - 1e-9)
    if q == "range" and claim.lower is not None and claim.upper is not None:
        return Interval(claim.lower - half, claim.upper + half)
    # a bound is a bound as written: "more than 550" excludes 549, "not exceed 100,000" is a cap
    if q == "at_least":
        return Interval(v, INF)
    if q == "at_most":
        return Interval(-INF, v)
    if q == "nearly":
        return Interval(v - max(half, NEARLY_SLACK * abs(v)), v)
    return Interval(v - half, v + half)


def shared_unit(*claims: Claim) -> float:
    """Numbers compared in one breath share the finest precision written: in "from 1 million
    to 1.4 million" both are read to the 100,000."""
    return min(rounding_unit(c)[0] for c in claims)


def loose(claim: Claim) -> Interval:
    unit, _ = rounding_unit(claim)
    t = tight(claim)
    v, q = claim.value, claim.qualifier.value
    # decimals written show the precision meant: no coarser rounding for "2.0"
    slack = unit / 2 if _digits(claim.text) and "." in _digits(claim.text) else coarse_step(v, unit) / 2
    if q in ("approximate", "nearly", "at_least", "at_most", "range"):
        slack = max(slack, HEDGE_SLACK * abs(v))
    return Interval(t.lo - slack if t.lo != -INF else -INF, t.hi + slack if t.hi != INF else INF)


def describe(claim: Claim) -> str:
    """One phrase saying what the wording allows: "'some 35,000': rounded to the 1,000, approximate"."""
    _, why = rounding_unit(claim)
    q = claim.qualifier.value
    return f"'{claim.text}' ({why}{'' if q == 'exact' else ', ' + q.replace('_', ' ')}) allows {tight(claim)}"


def compare(a: Claim, b: Claim) -> str:
    """The verdict for two statements of one quantity.

    Two bounds on the same side ("over 13 million", "over 10 million") can both be true,
    but a figure restated with a different bound is at best loose. A range restated
    must keep both its ends: "5 to 7 years" and "6 to 9 years" overlap, but they are
    two different answers to how long it takes.
    """
    qa, qb = a.qualifier.value, b.qualifier.value
    if qa == qb == "range" and None not in (a.lower, a.upper, b.lower, b.upper):
        ends = [_compare_ends(a, b, x, y) for x, y in ((a.lower, b.lower), (a.upper, b.upper))]
        return max(ends, key=("consistent", "loose", "inconsistent").index)
    # a range restating a bound must stay inside it: "2-3 million" is "up to 3 million",
    # "3-4 million" is not
    for r, bound in ((a, b), (b, a)):
        if r.qualifier.value == "range" and bound.qualifier.value in ("at_least", "at_most") \
                and None not in (r.lower, r.upper):
            end = r.upper if bound.qualifier.value == "at_most" else r.lower
            half = rounding_unit(r)[0] / 2 * (1 - 1e-9)
            written = Interval(end - half, end + half)
            if tight(bound).meets(written):
                return "consistent"
            return "loose" if loose(bound).meets(written) else "inconsistent"
    if qa == qb and qa in ("at_least", "at_most"):
        ua, ub = rounding_unit(a)[0], rounding_unit(b)[0]
        if not Interval(a.value - ua / 2, a.value + ua / 2).meets(Interval(b.value - ub / 2, b.value + ub / 2)):
            return "loose"
    if tight(a).meets(tight(b)):
        return "consistent"
    if loose(a).meets(loose(b)):
        return "loose"
    return "inconsistent"


def _compare_ends(a: Claim, b: Claim, x: float, y: float) -> str:
    """One end of two restated ranges, each end read to its range's rounding."""
    ua, ub = rounding_unit(a)[0], rounding_unit(b)[0]
    if Interval(x - ua / 2, x + ua / 2).meets(Interval(y - ub / 2, y + ub / 2)):
        return "consistent"
    slack = HEDGE_SLACK * max(abs(x), abs(y))
    return "loose" if abs(x - y) <= slack + (ua + ub) / 2 else "inconsistent"


def judge(claim: Claim, expected: float | Interval) -> str:
    """The verdict for a claim against a computed value or interval."""
    exp = expected if isinstance(expected, Interval) else Interval(expected, expected)
    if tight(claim).meets(exp):
        return "consistent"
    if loose(claim).meets(exp):
        return "loose"
    return "inconsistent"
