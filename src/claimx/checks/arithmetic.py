"""difference and sum: arithmetic the text asserts between numbers of one sentence.

Worked example (KEI): "refugees earned ... US$1,720 per month, while Southern-born
Koreans earned $2,220, a difference of about $500": |2,220 - 1,720| = 500, and
"about $500" (rounded to the 100) allows 450..550 -> consistent.
"""

from __future__ import annotations

import re

from . import Context, fmt, finding, rule
from .tolerance import describe, judge

_DIFF_CUE = re.compile(r"(?i)\b(?:a\s+)?(?:difference|gap)\s+of\s+$")
_TOTAL_CUE = re.compile(r"(?i)\b(?:bringing\s+the\s+total\s+to|for\s+a\s+total\s+of|totall?ing|in\s+total|a\s+total\s+of)\s+$")


def _before(ctx: Context, c, n: int = 40) -> str:
    return ctx.text[max(0, c.start - n) : c.start]


def _same_sentence(ctx: Context, c):
    return [o for o in ctx.claims if o is not c and o.sentence == c.sentence
            and o.kind == c.kind and o.start < c.start and (o.unit == c.unit or c.kind.value == "count")]


@rule("difference")
def difference(ctx: Context):
    for c in ctx.claims:
        if not _DIFF_CUE.search(_before(ctx, c)):
            continue
        others = _same_sentence(ctx, c)
        if len(others) < 2:
            yield finding("difference", "unverifiable", (c,),
                          f"'{c.text}' is stated as a difference, but the sentence gives "
                          f"fewer than two {c.kind.value} figures to subtract")
            continue
        a, b = others[-2], others[-1]
        expected = abs(b.value - a.value)
        verdict = judge(c, expected)
        yield finding(
            "difference", verdict, (a, b, c),
            f"'{c.text}' is stated as the difference of '{a.text}' and '{b.text}': "
            f"|{fmt(b.value)} - {fmt(a.value)}| = {fmt(expected)}; {describe(c)} -> {verdict}",
            expected=expected, observed=c.value,
            formula=f"|{fmt(b.value)} - {fmt(a.value)}| = {fmt(expected)}", tolerance=describe(c))


@rule("sum")
def total(ctx: Context):
    for c in ctx.claims:
        if not _TOTAL_CUE.search(_before(ctx, c, 40)):
            continue
        parts = _same_sentence(ctx, c)
        if len(parts) < 2:
            continue
        expected = sum(p.value for p in parts)
        verdict = judge(c, expected)
        yield finding(
            "sum", verdict, (*parts, c),
            f"'{c.text}' is stated as a total of {', '.join(repr(p.text) for p in parts)}: "
            f"{' + '.join(fmt(p.value) for p in parts)} = {fmt(expected)}; {describe(c)} -> {verdict}",
            expected=expected, observed=c.value, tolerance=describe(c))
