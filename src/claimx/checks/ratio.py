"""multiplier: "tripled", "doubled", "by a factor of 6" against the values it relates.

Worked example (SBA fact sheet): "... with $60 billion in forgivable loans. This tripled
the amount of funding from the roughly $20 billion ...": 60 / 20 = 3.0, and with
"roughly $20 billion" the ratio can be 2.86..3.16 -> "tripled" consistent.
"""

from __future__ import annotations

import re

from ..models import Claim
from . import Context, fmt, finding, is_title, is_vague, line_bounds, rule, sentence_start
from .percent_change import _FROM, _TO
from .tolerance import Interval, describe, judge, shared_unit, tight

MIN_MULTIPLIER = 1.5  # "half" and shares are parts, not multipliers, unless "cut in half"
_HALVED = re.compile(r"(?i)(?:\b(?:cut|reduced?|slashed|lowered|dropped|fell|declined)[ \t]+(?:by[ \t]+|in[ \t]+)(?:a[ \t]+)?$)")


def _is_multiplier(ctx: Context, r: Claim) -> bool:
    """A ratio that states a change: "tripled", "three times", and "cut in half" or
    "halved" ("cut in half – from 10 percent to 5 percent"), which a share ("half of the
    funds") is not."""
    if r.value >= MIN_MULTIPLIER:
        return True
    # only a half: "cut by a third" leaves two-thirds, not a third
    return r.value == 0.5 and (r.text.lower().startswith("halv")
                               or bool(_HALVED.search(ctx.text[max(0, r.start - 25) : r.start])))


_NEXT_LINE = re.compile(r"\n\s*([^\n]+)")
_CHANGE_WORD = re.compile(r"(?i)\b(?:increase|grow|grew|rise|rose|fold|times|doubl|tripl|quadrupl)")


def _alike(base: Claim, c: Claim) -> bool:
    """The two ends of "from B to N" measure alike: a count's or a measure's unit may be
    written at one end only ("from 20 to 60 people", "from 50 to 100 Megabits per second")."""
    if c.kind == base.kind:
        return c.unit == base.unit or c.kind.value == "count" and None in (c.unit, base.unit)
    return base.kind.value == "count" and base.unit is None and c.kind.value == "measure"


def _from_to(ctx: Context, start: int, end: int) -> tuple[Claim, Claim] | None:
    same = [c for c in ctx.claims if c.kind.value in ("count", "money", "measure", "percent")]
    for base in same:
        if not (start <= base.start < end) or not _FROM.search(ctx.text[max(start, base.start - 30) : base.start]):
            continue
        new = next((c for c in same if base.end <= c.start < base.end + 80 and _alike(base, c)
                    and _TO.search(ctx.text[max(base.end, c.start - 25) : c.start])), None)
        return base, new
    return None


def _from_to_before(ctx: Context, r: Claim) -> tuple[Claim, Claim] | None:
    """The last complete "from B to N" of r's sentence before r ("from a low of $251
    million in FY2021 to a sustained $1.2 billion per year by 2030, a fivefold increase")."""
    start = sentence_start(ctx.text, r)
    found = None
    while True:
        pair = _from_to(ctx, start, r.start)
        if not pair or pair[1] is None or pair[1].end > r.start:
            return found
        found, start = pair, pair[0].end


def _pair(ctx: Context, r: Claim) -> tuple[Claim, Claim] | None:
    """(base, new) for a multiplier: "from B (to N)" after it, a complete "from B to N"
    before it in its sentence, or one in the next sentence."""
    sent_end = r.start + len(r.sentence)
    found = _from_to(ctx, r.end, sent_end)
    if found and found[1] is not None:
        return found
    if found:
        base = found[0]
        before = [c for c in ctx.claims if c.end <= r.start and r.start - c.end < 400
                  and c.kind == base.kind and c.unit == base.unit]
        return (base, before[-1]) if before else None
    before = _from_to_before(ctx, r)
    if before:
        return before
    if is_title(r.sentence):
        # a heading announces the change its paragraph spells out: "Doubling the Research
        # and Development (R&D) Tax Credit for Small Businesses. ... by increasing the ...
        # tax credit for small businesses from $250,000 to $500,000"
        start, end = sent_end, line_bounds(ctx.text, sent_end)[1]
        if not ctx.text[start:end].strip():  # a heading on its own line: the next line is its text
            nxt = _NEXT_LINE.match(ctx.text, sent_end)
            start, end = (nxt.start(1), nxt.end(1)) if nxt else (sent_end, sent_end)
        found = _from_to(ctx, start, end)
        if found and found[1] is not None:
            return found
    nxt = ctx.text.find(". ", r.end)
    if 0 <= nxt < sent_end + 5:
        found = _from_to(ctx, nxt, nxt + 300)
        if found and found[1] is not None:
            return found
    return None


@rule("multiplier")
def multiplier(ctx: Context):
    for r in ctx.claims:
        if r.kind.value != "ratio" or not _is_multiplier(ctx, r):
            continue
        pair = _pair(ctx, r)
        if pair is None:
            if _CHANGE_WORD.search(ctx.text[max(0, r.start - 20) : r.end]) or r.provenance and \
                    r.provenance.pattern == "multiplier":
                yield finding("multiplier", "unverifiable", (r,),
                              f"'{r.text}' needs the value before the change, which the text does not give")
            continue
        base, new = pair
        unit = shared_unit(base, new)
        b, n = tight(base, unit), tight(new, unit)
        if b.lo <= 0:
            continue
        # "from more than 240,000 to nearly 1.4 million": an open bound leaves that end open
        lo = n.lo / b.hi if b.hi != float("inf") and n.lo != float("-inf") else 0.0
        stated = Interval(lo, n.hi / b.lo if n.hi != float("inf") else float("inf"))
        ratio = new.value / base.value
        verdict = judge(r, stated)
        yield finding(
            "multiplier", verdict, (base, new, r),
            f"'{r.text}' relates '{base.text}' and '{new.text}': {fmt(new.value)} / {fmt(base.value)} "
            f"= {ratio:.2f} (with their rounding {stated}); {describe(r)} -> {verdict}",
            expected=round(ratio, 4), observed=r.value,
            formula=f"{fmt(new.value)} / {fmt(base.value)}", tolerance=describe(r))


_AVERAGE_BEFORE = re.compile(r"(?i)\baverage\s+(?:of\s+)?$|\bon\s+average\s+$")
MIN_AVERAGE_COUNT = 1000  # "an average of $800 for 13 million Americans"; small counts are examples


def _product(a: Interval, b: Interval) -> Interval:
    ends = [x * y for x in (a.lo, a.hi) for y in (b.lo, b.hi) if abs(x) != float("inf") and abs(y) != float("inf")]
    hi = float("inf") if float("inf") in (a.hi, b.hi) else max(ends)
    return Interval(min(ends) if ends else 0.0, hi)


def _paragraph_before(ctx: Context, c: Claim) -> list[Claim]:
    """The claims of the sentence before c's, if it is in c's paragraph."""
    start = sentence_start(ctx.text, c)
    if start <= 0 or "\n\n" in ctx.text[max(0, start - 3) : start]:
        return []
    prev = [x for x in ctx.claims if x.end <= start and x.sentence != c.sentence]
    return [x for x in prev if x.sentence == prev[-1].sentence] if prev else []


@rule("average")
def average(ctx: Context):
    """An average per head against the total and the count it averages over. Worked
    example (PSLF, 2024): "$175 billion in student debt relief for nearly 5 million
    Americans, each of whom have been approved for an average of roughly $35,000":
    4.5-5 million x $33,250-$36,750 = $150-184 billion, which covers $175 billion ->
    consistent. The total may stand in the sentence before, in the same paragraph
    ("proposing $100 billion per year in tax increases ... around 75 million American
    families ... would pay an average of $1,480 more in taxes each year": 75 million x
    $1,480 = $111 billion -> loose)."""
    for a in ctx.claims:
        if a.kind.value != "money" or not _AVERAGE_BEFORE.search(ctx.text[max(0, a.start - 25) : a.start]):
            continue
        same = [c for c in ctx.claims if c.sentence == a.sentence and c is not a]
        counts = [c for c in same if c.kind.value == "count" and c.value >= MIN_AVERAGE_COUNT
                  and not is_vague(c)]
        if len(counts) != 1:
            continue
        n = counts[0]

        def totals(cands):
            # the total of this count and average, not another amount of the passage ("almost
            # $2 trillion in tax cuts ... $100 billion per year in tax increases"): within 2x
            # of the product either way, as a misstated total still is
            return [c for c in cands if c.kind == a.kind and c.unit == a.unit and c.value >= 100 * a.value
                    and 0.5 <= c.value / (n.value * a.value) <= 2]
        found = totals(same) or totals(_paragraph_before(ctx, a))
        if len(found) != 1:
            continue
        t = found[0]
        expected = _product(tight(n), tight(a))
        verdict = judge(t, expected)
        yield finding(
            "average", verdict, (t, n, a),
            f"'{a.text}' on average for '{n.text}' makes {fmt(n.value)} x {fmt(a.value)} = "
            f"{fmt(n.value * a.value)} (with their rounding {expected}) against '{t.text}'; "
            f"{describe(t)} -> {verdict}",
            expected=round(n.value * a.value, 4), observed=t.value,
            formula=f"{fmt(n.value)} x {fmt(a.value)}", tolerance=describe(t))
