"""percent-change: a stated percent change against the two values the text gives.

Worked example (SBA fact sheet): "the PPP made 2 million loans ..., a 62 percent
increase from the 1.2 million loans made ... in 2020": (2 - 1.2) / 1.2 = 66.7 %;
"2 million" is rounded to the million (1.5..2.5 million), so the change can be
25..108 % and "62 percent" fits -> consistent. Under the same rule "a 31 percent
increase from 1.2 million to 2 million" with both written exactly to the tenth
would not.
"""

from __future__ import annotations

import re

from ..models import Claim
from . import Context, fmt, finding, rule
from .tolerance import Interval, describe, judge, shared_unit, tight

_UP = r"increase[sd]?|rise|rose|up|grew|growth|gain(?:ed)?|jump(?:ed)?|climb(?:ed)?|higher|more"
_DOWN = r"decrease[sd]?|decline[sd]?|drop(?:ped)?|fell|fall|down|cut|reduc(?:ed|tion)|lower|less|savings?"
_AFTER = re.compile(rf"(?i)^[ \t]*(?P<dir>{_UP}|{_DOWN})\b")
_BEFORE = re.compile(rf"(?i)\b(?P<dir>{_UP}|{_DOWN})(?:[ \t]+by)?[ \t]+(?:(?:more than|over|nearly|almost|about|some)[ \t]+)?$")
_FROM = re.compile(r"(?i)\bfrom[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:\w+[ \t]+){0,2}$")
# "to the", "to nearly", "to a sustained": an article may bring one adjective of its own
_TO = re.compile(r"(?i)\bto[ \t]+(?:(?:a|an|the)[ \t]+[a-z]+[ \t]+)?"
                 r"(?:(?:the|nearly|almost|about|roughly|some|over|just|more[ \t]+than)[ \t]+)*$")


def _direction(ctx: Context, p: Claim) -> str | None:
    m = _AFTER.match(ctx.text[p.end : p.end + 20]) or _BEFORE.search(ctx.text[max(0, p.start - 30) : p.start])
    if not m:
        return None
    return "down" if re.fullmatch(_DOWN, m.group("dir").lower()) else "up"


def _values(ctx: Context, p: Claim) -> tuple[Claim, Claim] | None:
    """(base, new) for a percent change: "from B (to N)", N before the percent otherwise."""
    same = [c for c in ctx.claims if c.kind.value in ("count", "money", "measure")]
    base = next((c for c in same if p.end <= c.start < p.end + 160 and c.sentence == p.sentence
                 and _FROM.search(ctx.text[max(p.end, c.start - 30) : c.start])), None)
    if base is None:
        return None
    to = next((c for c in same if base.end <= c.start < base.end + 80 and c.kind == base.kind
               and c.unit == base.unit and _TO.search(ctx.text[max(base.end, c.start - 25) : c.start])), None)
    if to is not None:
        return base, to
    # the new value is stated before the change, in the same paragraph ("made 2 million loans
    # ..., a 62 percent increase from the 1.2 million loans"); counted nouns may differ
    before = [c for c in same if c.end <= p.start and c.kind == base.kind and p.start - c.end < 400
              and "\n" not in ctx.text[c.end : p.start]
              and (c.kind.value == "count" or c.unit == base.unit)
              and base.value and 0.1 <= c.value / base.value <= 10]  # same order of magnitude
    return (base, before[-1]) if before else None


@rule("percent-change")
def percent_change(ctx: Context):
    for p in ctx.claims:
        if p.kind.value != "percent" or p.unit == "percentage point":
            continue
        direction = _direction(ctx, p)
        if direction is None:
            continue
        pair = _values(ctx, p)
        if pair is None:
            continue
        base, new = pair
        if not base.value:
            continue
        change = (new.value - base.value) / base.value * 100
        # the range of changes the rounding of both values allows
        unit = shared_unit(base, new)
        b, n = tight(base, unit), tight(new, unit)
        lo = (n.lo - b.hi) / b.hi * 100 if b.hi not in (0, float("inf")) else change
        hi = (n.hi - b.lo) / b.lo * 100 if b.lo > 0 and n.hi != float("inf") else change
        if direction == "down" or p.value < 0:
            lo, hi = -hi, -lo
            stated = Interval(lo, hi) if p.value >= 0 else Interval(-hi, -lo)
        else:
            stated = Interval(lo, hi)
        wrong_way = (direction == "up" and change < 0) or (direction == "down" and change > 0)
        verdict = "inconsistent" if wrong_way else judge(p, stated)
        shown = abs(change) if p.value >= 0 else change
        yield finding(
            "percent-change", verdict, (base, new, p),
            f"'{p.text}' is stated as the change from '{base.text}' to '{new.text}': "
            f"({fmt(new.value)} - {fmt(base.value)}) / {fmt(base.value)} = {change:+.1f}%"
            f"{' (the wrong direction)' if wrong_way else ''}; with the rounding of both values "
            f"the change is {stated}; {describe(p)} -> {verdict}",
            expected=round(shown, 4), observed=p.value,
            formula=f"({fmt(new.value)} - {fmt(base.value)}) / {fmt(base.value)}", tolerance=describe(p))


_SHARE_AFTER = re.compile(r"(?i)^[ \t]*of\b")
# "200% of the federal poverty guidelines", "150% of area median income": a level measured
# against a reference, which may well exceed it, not a share of a whole
_REFERENCE_AFTER = re.compile(r"(?i)^[ \t]*of[ \t]+(?:the[ \t]+)?(?:federal[ \t]+|national[ \t]+|area[ \t]+)?"
                              r"(?:poverty|median|average|baseline|pre-pandemic|normal|prior|previous|original)\b")


@rule("impossible-percent")
def impossible_percent(ctx: Context):
    """A share above 100 percent, or a fall of more than 100 percent, cannot be true.
    Worked example: "cases decreased by more than 112 percent" -> inconsistent: a quantity
    cannot fall by more than all of it; "112% of adults" likewise. A level against a
    reference ("at or below 200% of the Federal Poverty Guidelines") is no share."""
    for p in ctx.claims:
        if p.kind.value != "percent" or p.unit == "percentage point" or abs(p.value) <= 100:
            continue
        after = ctx.text[p.end : p.end + 40]
        share = _SHARE_AFTER.match(after) and not _REFERENCE_AFTER.match(after)
        fall = _direction(ctx, p) == "down"
        if not (share or fall):
            continue
        what = "a share of a whole" if share else "a fall"
        yield finding("impossible-percent", "inconsistent", (p,),
                      f"'{p.text}' is {what} of more than 100%, which cannot be true",
                      expected=100.0, observed=p.value)
