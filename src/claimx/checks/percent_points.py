"""percent-vs-points: "percent" used for the change of a percentage.

Worked example (KEI): "satisfaction ... increased to 74.2 percent satisfied, which
was 1.7 percent above the previous year". Read as points, the previous level was
74.2 - 1.7 = 72.5 %; read as a relative change, 74.2 / 1.017 = 72.96 %. The text
does not say which, so an editor should write "percentage points" if that is meant.
"""

from __future__ import annotations

import re

from . import Context, finding, rule

# "from" marks a change only when a time or a level follows ("1.7 percent from 2019", "from
# the previous year"); "a mortality rate between 20-30% from COVID-19" gives a cause
_CHANGE_AFTER = re.compile(r"(?i)^\s*(?:above|below|higher|lower|more|less|up|down|over|than|increase|decrease|rise|drop|"
                           r"fall|gain|from\s+(?:\d+|(?:the|a)\s+(?:previous|prior|last|year|month|week|quarter|"
                           r"same)|last|\S+\s+(?:levels?|rates?)\b))\b")
# "making up 40% of the population" is a share, not a rise
_CHANGE_BEFORE = re.compile(r"(?i)\b(?:(?<!making )(?<!makes )(?<!make )(?<!made )up|down|rose|fell|increased|decreased|grew|dropped|declined|climbed|jumped|gained|lost)\s+(?:by\s+)?$")


@rule("percent-vs-points")
def percent_vs_points(ctx: Context):
    for c in ctx.claims:
        if c.kind.value != "percent" or c.unit == "percentage point" or "point" in c.text:
            continue
        after = ctx.text[c.end : c.end + 20]
        before = ctx.text[max(0, c.start - 25) : c.start]
        if not (_CHANGE_AFTER.search(after) or _CHANGE_BEFORE.search(before)):
            continue
        levels = [o for o in ctx.claims if o.kind.value == "percent" and o is not c
                  and o.sentence == c.sentence and o.start < c.start and o.unit != "percentage point"]
        if not levels:
            continue
        levels = [o for o in levels if not _CHANGE_AFTER.search(ctx.text[o.end : o.end + 20])]
        if not levels:
            continue  # "36% more social workers, 11% more counselors": changes, not levels
        level = levels[-1]
        up = not re.search(r"(?i)below|lower|less|down|fell|decreas|dropp|declin|lost", before + after)
        points = level.value - c.value if up else level.value + c.value
        relative = level.value / (1 + c.value / 100) if up else level.value / (1 - c.value / 100)
        yield finding(
            "percent-vs-points", "loose", (level, c),
            f"'{c.text}' is a change in a percentage ('{level.text}'): as percentage points the "
            f"previous value was {points:.2f}%, as a relative change {relative:.2f}%; "
            f"write 'percentage points' if that is meant",
            expected=round(points, 4), observed=c.value,
            formula=f"points: {level.value:g} {'-' if up else '+'} {c.value:g} = {points:.2f}; "
                    f"relative: {level.value:g} / (1 {'+' if up else '-'} {c.value:g}/100) = {relative:.2f}")
