"""elapsed: a stated duration against the dates it spans in the same sentence.

Worked example (KEI): "during the four-and-a-half years from 2015 to September
2019": 2015 (any day of it) to September 2019 spans 3.67..4.75 years;
"four-and-a-half years" (to the half year) allows 4.25..4.75 -> consistent.
"""

from __future__ import annotations

import datetime as dt

from . import Context, finding, rule
from .tolerance import Interval, describe, judge

_YEARS = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}


def _bounds(iso: str) -> tuple[dt.date, dt.date]:
    """First and last day an ISO date at its precision can mean."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return dt.date(y, m, 1), nxt - dt.timedelta(days=1)
    d = dt.date(*parts)
    return d, d


def span_years(iso_range: str) -> Interval | None:
    try:
        a, b = iso_range.split("/", 1)
        a0, a1 = _bounds(a)
        b0, b1 = _bounds(b)
    except ValueError:
        return None
    return Interval(max(0.0, (b0 - a1).days / 365.25), (b1 - a0).days / 365.25)


@rule("elapsed")
def elapsed(ctx: Context):
    for d in ctx.claims:
        if d.kind.value != "duration" or d.unit not in _YEARS:
            continue
        ranges = [r for r in ctx.claims if r.kind.value == "date" and r.date and "/" in r.date
                  and r.sentence == d.sentence and r.qualifier.value == "range"]
        if not ranges:
            continue
        r = min(ranges, key=lambda r: abs(r.start - d.start))
        span = span_years(r.date)
        if span is None:
            continue
        f = _YEARS[d.unit]
        in_units = Interval(span.lo / f, span.hi / f)
        verdict = judge(d, in_units)
        yield finding(
            "elapsed", verdict, (r, d),
            f"'{d.text}' is stated for '{r.text}', which spans {in_units.lo:.2f}..{in_units.hi:.2f} "
            f"{d.unit}s; {describe(d)} -> {verdict}",
            expected=round((in_units.lo + in_units.hi) / 2, 2), observed=d.value,
            formula=f"{r.date} spans {in_units}", tolerance=describe(d))
