"""extreme and conversion: superlatives against the text's own figures, and one amount
stated in two units.

Worked examples:

* extreme (KEI): "a consistent decline from a peak of 2,914 in 2009 to only 1,047":
  no figure of the same thing in the article is above 2,914 -> consistent; without
  other figures the claim is unverifiable from the text ("the most in three decades").
* conversion: "13,100 kg (28,950 lb)": 13,100 kg = 28,880 lb; "28,950" (to the 10)
  allows 28,945..28,955 -> loose.
"""

from __future__ import annotations

import re

from . import Context, fmt, finding, rule
from .tolerance import describe, judge

_HIGH = re.compile(r"(?i)\b(?:peak(?:ed)?(?:\s+(?:of|at))?|record(?:\s+high)?|highest|largest|most|biggest|greatest)\s+(?:of\s+)?$")
_LOW = re.compile(r"(?i)\b(?:record\s+low|lowest|smallest|fewest|least)\s+(?:of\s+)?$")
_SUPER_AFTER = re.compile(r"(?i)^[^.;\n]{0,40}\b(?P<word>the\s+(?:most|highest|largest|lowest|smallest|fewest)\s+(?:in|since|ever|on\s+record)\b[^.;,\n]{0,25})")


@rule("extreme")
def extreme(ctx: Context):
    for c in ctx.claims:
        if c.kind.value not in ("count", "money", "percent"):
            continue
        before = ctx.text[max(0, c.start - 25) : c.start]
        high, low = _HIGH.search(before), _LOW.search(before)
        after = _SUPER_AFTER.match(ctx.text[c.end : c.end + 100])
        if not (high or low or after):
            continue
        is_high = bool(high) or (after and re.search(r"most|highest|largest", after.group("word"), re.I))
        # the figures it is the extreme of: same kind in its sentence, or the same measured thing
        peers = [o for o in ctx.claims if o is not c and o.kind == c.kind and o.unit == c.unit
                 and o.qualifier.value == "exact" and (o.sentence == c.sentence or (
                     c.measure_head and o.measure_head == c.measure_head))]
        word = (high or low).group(0).strip() if (high or low) else after.group("word").strip()
        if not peers:
            yield finding("extreme", "unverifiable", (c,),
                          f"'{c.text}' is called '{word}', but the text gives no other figure of "
                          f"'{c.measure_head or 'the same thing'}' to compare it with")
            continue
        beyond = [o for o in peers if (o.value > c.value if is_high else o.value < c.value)]
        verdict = "inconsistent" if beyond else "consistent"
        yield finding(
            "extreme", verdict, (c, *beyond[:3]),
            f"'{c.text}' is called '{word}': " + (
                f"the text also gives {', '.join(repr(o.text) for o in beyond[:3])}"
                if beyond else f"no other figure of the same kind given with it is "
                f"{'higher' if is_high else 'lower'}") + f" -> {verdict}",
            observed=c.value)


# The same amount in two units: "13,100 kg (28,950 lb)". Factors to a base unit.
_FACTORS = {
    "kilogram": ("mass", 1.0), "pound-mass": ("mass", 0.45359237), "tonne": ("mass", 1000.0),
    "metre": ("length", 1.0), "kilometre": ("length", 1000.0), "mile": ("length", 1609.344),
    "foot": ("length", 0.3048), "square kilometre": ("area", 1e6), "square mile": ("area", 2589988.11),
    "hectare": ("area", 1e4), "acre": ("area", 4046.8564224),
}


CONVERSION_SLACK = 0.01


@rule("conversion")
def conversion(ctx: Context):
    for a, b in zip(ctx.claims, ctx.claims[1:]):
        if a.kind.value != "measure" or b.kind.value != "measure" or a.unit == b.unit:
            continue
        if not re.fullmatch(r"\s*\(\s*|\s*(?:or|,)\s*", ctx.text[a.end : b.start]):
            continue
        fa, fb = _FACTORS.get(a.unit or ""), _FACTORS.get(b.unit or "")
        if not fa or not fb or fa[0] != fb[0]:
            continue
        expected = a.value * fa[1] / fb[1]
        verdict = judge(b, expected)
        if verdict == "inconsistent" and abs(b.value - expected) <= CONVERSION_SLACK * expected:
            verdict = "loose"  # conversions are commonly rounded from a rounded figure
        yield finding("conversion", verdict, (a, b),
                      f"'{a.text}' is {fmt(expected)} in the unit of '{b.text}'; {describe(b)} -> {verdict}",
                      expected=round(expected, 4), observed=b.value, tolerance=describe(b))
