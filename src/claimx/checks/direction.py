"""trend and comparison: the direction the words give against the numbers.

Worked examples:

* trend (tariff fact sheet): "the tariff rate ... will increase from 25% to 100% in
  2024": 100 > 25, as "increase" says -> consistent; "fell from 2,914 to 3,047" would be
  inconsistent (the numbers rose).
* comparison (KEI): "participation was 62.1 percent, only slightly lower than South
  Korean-born citizens at 63.3 percent": 62.1 < 63.3 -> consistent.
"""

from __future__ import annotations

import re

from . import Context, fmt, finding, rule
from .tolerance import shared_unit, tight

_UP = r"increas\w*|ris(?:e|es|ing)|rose|grow\w*|grew|climb\w*|jump\w*|doubl\w*|tripl\w*|rais\w*|expand\w*|up"
_DOWN = r"decreas\w*|declin\w*|fall\w*|fell|drop\w*|cut\w*|reduc\w*|lower\w*|shrank|shrink\w*|down|slash\w*"
_FROM = re.compile(rf"(?i)\b(?P<dir>{_UP}|{_DOWN})\b[^.;:]{{0,40}}?\bfrom[ \t]+(?:the[ \t]+|a[ \t]+)?$")
_TO = re.compile(r"(?i)^[^.;:]{0,40}?\bto[ \t]+(?:the[ \t]+|a[ \t]+)?$")
_MORE = r"higher|more|greater|larger|bigger|above|over|exceed\w*"
_LESS = r"lower|less|fewer|smaller|below|under"
_THAN = re.compile(rf"(?i)\b(?P<dir>{_MORE}|{_LESS})[ \t]+than\b")
_QUANT = ("count", "money", "percent", "measure", "duration")


def _down(word: str) -> bool:
    return bool(re.fullmatch(_DOWN, word.lower()))


def _neighbours(ctx: Context):
    """Consecutive figures of one kind (and unit) in one sentence."""
    claims = [c for c in ctx.claims if c.kind.value in _QUANT]
    for a, b in zip(claims, claims[1:]):
        if a.kind == b.kind and a.sentence == b.sentence and (a.unit == b.unit or a.kind.value == "count"):
            yield a, b


@rule("trend")
def trend(ctx: Context):
    for a, b in _neighbours(ctx):
        m = _FROM.search(ctx.text[max(0, a.start - 80) : a.start])
        if not m or not _TO.search(ctx.text[a.end : b.start]):
            continue
        down = _down(m.group("dir"))
        change = b.value - a.value
        if (change < 0) == down and change != 0:
            verdict = "consistent"
        else:
            unit = shared_unit(a, b)
            verdict = "loose" if tight(a, unit).meets(tight(b, unit)) else "inconsistent"
        word = "down" if down else "up"
        yield finding(
            "trend", verdict, (a, b),
            f"'{m.group('dir')}' from '{a.text}' to '{b.text}': the figures go "
            f"{'up' if b.value > a.value else 'down' if b.value < a.value else 'nowhere'} "
            f"({fmt(a.value)} -> {fmt(b.value)}) where the words say {word} -> {verdict}",
            expected=None, observed=b.value - a.value)


@rule("comparison")
def comparison(ctx: Context):
    for a, b in _neighbours(ctx):
        between = ctx.text[a.end : b.start]
        m = _THAN.search(between)
        if not m or len(between) > 90 or re.search(r"\bfrom\b", between):
            continue
        more = not re.fullmatch(_LESS, m.group("dir").lower())
        ta, tb = tight(a), tight(b)
        holds = ta.hi > tb.lo if more else ta.lo < tb.hi
        strict = ta.lo > tb.hi if more else ta.hi < tb.lo
        verdict = "consistent" if holds else "inconsistent"
        rel = ">" if more else "<"
        yield finding(
            "comparison", verdict, (a, b),
            f"'{a.text}' is said to be {m.group('dir')} than '{b.text}': {fmt(a.value)} {rel} {fmt(b.value)} "
            f"{'holds' if strict else 'holds within rounding' if holds else 'does not hold'} -> {verdict}",
            observed=a.value, expected=b.value)
