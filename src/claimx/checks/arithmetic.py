"""difference and sum: arithmetic the text asserts between numbers of one sentence.

Worked example (KEI): "refugees earned ... US$1,720 per month, while Southern-born
Koreans earned $2,220, a difference of about $500": |2,220 - 1,720| = 500, and
"about $500" (rounded to the 100) allows 450..550 -> consistent.
"""

from __future__ import annotations

import re

from . import BULLET, Context, fmt, finding, line_bounds, plus, rule, sentence_start
from .tolerance import Interval, describe, judge, tight

_DIFF_CUE = re.compile(r"(?i)\b(?:a\s+)?(?:difference|gap)\s+of\s+$")
_TOTAL_CUE = re.compile(r"(?i)\b(?:bringing\s+the\s+total\s+to|for\s+a\s+total\s+of|totall?ing|in\s+total|a\s+total\s+of)\s+$")


def _before(ctx: Context, c, n: int = 40) -> str:
    return ctx.text[max(0, c.start - n) : c.start]


def _same_sentence(ctx: Context, c):
    return [o for o in ctx.claims if o is not c and o.sentence == c.sentence
            and o.kind == c.kind and o.start < c.start and (o.unit == c.unit or c.kind.value == "count")]


def _parts_finding(name: str, verdict: str, parts, total, said: str):
    """A finding for parts against their stated total; ``said`` tells how they were found."""
    return finding(name, verdict, (*parts, total), f"{said}; {describe(total)} -> {verdict}",
                   expected=sum(c.value for c in parts), observed=total.value, formula=plus(parts),
                   tolerance=describe(total))


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
            f"{plus(parts)} = {fmt(expected)}; {describe(c)} -> {verdict}",
            expected=expected, observed=c.value, tolerance=describe(c))


# A table row: "Januvia Diabetes 843,000 $527 $113 $414 (-79%)": list price, new price,
# saving, and the saving as a percent change.
_ROW_GAP = re.compile(r"^[ \t]*$")
_ROW_PCT = re.compile(r"^[ \t]*\(")


def _row_triples(ctx: Context):
    claims = ctx.claims
    for i in range(len(claims) - 2):
        a, b, c = claims[i : i + 3]
        if not all(x.kind.value == "money" and x.unit == a.unit for x in (a, b, c)):
            continue
        if "\n" in ctx.text[a.start : c.end]:
            continue
        if not (_ROW_GAP.match(ctx.text[a.end : b.start]) and _ROW_GAP.match(ctx.text[b.end : c.start])):
            continue
        pct = claims[i + 3] if i + 3 < len(claims) else None
        if pct is not None and not (pct.kind.value == "percent" and _ROW_PCT.match(ctx.text[c.end : pct.start])
                                    and "\n" not in ctx.text[c.end : pct.start]):
            pct = None
        yield a, b, c, pct


@rule("table-row")
def table_row(ctx: Context):
    """A row of three amounts: the third is the first minus the second (and the percent
    after it their change). Worked example: "$527 $113 $414 (-79%)": 527 - 113 = 414;
    (113 - 527) / 527 = -78.6 %, which "-79%" (to the unit) allows -> consistent."""
    for a, b, c, pct in _row_triples(ctx):
        expected = a.value - b.value
        verdict = judge(c, expected)
        yield finding("table-row", verdict, (a, b, c),
                      f"in the row '{a.text} {b.text} {c.text}', {fmt(a.value)} - {fmt(b.value)} = "
                      f"{fmt(expected)}; {describe(c)} -> {verdict}",
                      expected=expected, observed=c.value, formula=f"{fmt(a.value)} - {fmt(b.value)}",
                      tolerance=describe(c))
        if pct is not None and a.value:
            change = (b.value - a.value) / a.value * 100
            v2 = judge(pct, change)
            yield finding("table-row", v2, (a, b, pct),
                          f"in the row, '{pct.text}' is the change from {fmt(a.value)} to {fmt(b.value)}: "
                          f"({fmt(b.value)} - {fmt(a.value)}) / {fmt(a.value)} = {change:.2f}%; "
                          f"{describe(pct)} -> {v2}",
                          expected=round(change, 4), observed=pct.value, tolerance=describe(pct))


# "was $241.6 billion (with $99.1 billion in U.S. exports and $142.5 billion in U.S. imports)"
_OPEN = re.compile(r"^[^()\n]{0,20}\($")


@rule("breakdown")
def breakdown(ctx: Context):
    """A total followed by its parts in parentheses or after a colon/semicolon.
    Worked example (CRS): "$241.6 billion (with $99.1 billion in U.S. exports and $142.5
    billion in U.S. imports)": 99.1 + 142.5 = 241.6 -> consistent."""
    claims = ctx.claims
    for i, t in enumerate(claims):
        if t.kind.value not in ("count", "money"):
            continue
        after = ctx.text[t.end : t.end + 60]
        # the parts may follow the counted noun: "45 HBCUs (13 public institutions and 32
        # private institutions)"
        paren = re.match(r"^[ \t]*(?:[A-Za-z][\w'’-]*[ \t]+){0,3}?\(", after)
        if paren and re.search(r"\d", after[: paren.end()]):
            paren = None
        semi = re.match(r"^[^.;:\n]{0,70}[;:][ \t]", ctx.text[t.end : t.end + 75])
        if not (paren or semi):
            continue
        if paren:
            close = ctx.text.find(")", t.end)
            end = close if close >= 0 else t.end
        else:
            # to the end of the sentence (spaCy's, so "U.S." does not end it)
            s0 = sentence_start(ctx.text, t)
            end = s0 + len(t.sentence) if s0 >= 0 else t.end + 200
        # counts name their parts in their own words ("45 HBCUs (13 public institutions ...")
        parts = [c for c in claims[i + 1 :] if c.start < end and c.kind == t.kind
                 and (c.unit == t.unit or t.kind.value == "count")
                 and c.sentence == t.sentence and c.qualifier.value != "range"]
        if len(parts) < 2 or any(p.value >= t.value for p in parts):
            continue
        total = sum(p.value for p in parts)
        verdict = judge(t, total)
        some = paren and re.match(r"(?i)\s*(?:including|incl\.|e\.g\.|such as|among them)", ctx.text[t.end + paren.end() :])
        if verdict != "consistent" and total < t.value and (
                some or not paren and semi.group(0).rstrip()[-1] == ":"):
            continue  # "...: a, b and c" after a colon, "(including a and b)", may list only some parts
        yield finding("breakdown", verdict, (*parts, t),
                      f"'{t.text}' is broken down into {', '.join(repr(p.text) for p in parts)}: "
                      f"{plus(parts)} = {fmt(total)}; {describe(t)} -> {verdict}",
                      expected=total, observed=t.value, tolerance=describe(t))


_LEADER = re.compile(r"^[^\n]*?(?:[ \t]*\.){3,}[ \t]*\S[^\n]*$", re.M)
LIST_REACH = 800  # characters before (or after) a list where its total may be stated


@rule("list-total")
def list_total(ctx: Context):
    """Dot-leader allocation lists against the total stated next to them.
    Worked example (refugee determination): Africa . . . 22,000 ... Unallocated Reserve
    . . . 12,500 sum to 62,500, the ceiling stated above the list -> consistent; ranges
    (30,000-50,000 ...) are summed end by end against "may not exceed 125,000"."""
    lines = [m for m in _LEADER.finditer(ctx.text)]
    groups, cur = [], []
    for m in lines:
        if cur and ctx.text[cur[-1].end() : m.start()].strip():
            groups.append(cur)
            cur = []
        cur.append(m)
    if cur:
        groups.append(cur)
    for g in groups:
        if len(g) < 3:
            continue
        start, end = g[0].start(), g[-1].end()
        items = [c for c in ctx.claims if start <= c.start < end and c.kind.value in ("count", "money")]
        if len(items) < 3:
            continue
        lo = sum(c.lower if c.lower is not None else c.value for c in items)
        hi = sum(c.upper if c.upper is not None else c.value for c in items)
        big = max(c.upper or c.value for c in items)
        near = [c for c in ctx.claims if c.kind == items[0].kind and c not in items and c.value > big
                and (start - LIST_REACH <= c.start < start or end <= c.start < end + LIST_REACH)]
        if not near:
            continue
        total = min(near, key=lambda c: min(abs(start - c.end), abs(c.start - end)))
        if total.qualifier.value == "at_most":
            verdict = "consistent" if lo <= total.value else "inconsistent"
        else:
            verdict = judge(total, lo) if lo == hi else ("consistent" if lo <= total.value <= hi else "inconsistent")
        parts = f"{fmt(lo)}" if lo == hi else f"{fmt(lo)}..{fmt(hi)}"
        yield finding(
            "list-total", verdict, (*items, total),
            f"the {len(items)} listed figures add up to {parts}; '{total.text}' "
            f"{'caps them' if total.qualifier.value == 'at_most' else 'is their total'} -> {verdict}",
            expected=lo, observed=total.value, tolerance=describe(total))


_ITEM = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?")


@rule("itemised-total")
def itemised_total(ctx: Context):
    """Items that each open with an amount, listed after a colon, against the total the
    lead gives. Worked example (FEMA, 2021): "communities ... apply for nearly $5 billion
    ... FEMA is announcing the following:" then "$1 billion in funding for ... BRIC",
    "$3.46 billion ... HMGP", "$160 million ... FMA": 1 + 3.46 + 0.16 = 4.62 billion,
    which "nearly $5 billion" allows (up to 10 % under) -> consistent. A list shorter
    than its total is only judged when the lead counts the items ("three ...
    opportunities"); a list may otherwise name only some parts."""
    text = ctx.text
    for colon in re.finditer(r":[ \t]*\n", text):
        para = text.rfind("\n\n", 0, colon.start()) + 1
        items, pos, indent = [], colon.end(), None
        for line in re.finditer(r"[^\n]+", text[pos:]):
            ls = pos + line.start()
            if not line.group(0).strip():
                continue
            depth = _indent(text, ls)
            if indent is not None and depth > indent:
                continue  # a nested list: parts of an item, not items
            if indent is not None and depth < indent:
                break  # the outer list resumes
            indent = depth
            lead = ls + _ITEM.match(line.group(0)).end()
            first = next((c for c in ctx.claims if c.start == lead and c.kind.value in ("count", "money")), None)
            if first is None:
                break
            items.append(first)
        if len(items) < 2 or len({(c.kind, c.unit) for c in items}) > 1:
            continue
        big = max(c.value for c in items)
        before = [c for c in ctx.claims if para <= c.start < colon.start() and c.kind == items[0].kind
                  and c.unit == items[0].unit and c.value > big]
        if not before:
            continue
        total = before[-1]
        parts = sum(c.value for c in items)
        counted = any(c.kind.value == "count" and c.value == len(items) and c.unit != items[0].unit
                      for c in ctx.claims if para <= c.start < colon.start())
        verdict = judge(total, parts)
        if verdict != "consistent" and parts < total.value and not counted:
            continue  # "the following:" may list only some of the parts
        yield _parts_finding("itemised-total", verdict, items, total,
                             f"the {len(items)} listed amounts add up to {plus(items)} = {fmt(parts)}; "
                             f"'{total.text}' is their total{' (the lead counts them)' if counted else ''}")


_BLANK = re.compile(r"[ \t]*")


def _indent(text: str, start: int) -> int:
    """How far the line starting at ``start`` is indented (a nested bullet is deeper)."""
    return _BLANK.match(text, start).end() - start


def _opens_line(text: str, c) -> bool:
    """c is the first thing on its line, after any bullet."""
    start = line_bounds(text, c.start)[0]
    return _ITEM.match(text[start : c.start]).end() == c.start - start


@rule("headed-list")
def headed_list(ctx: Context):
    """A line with one amount, then a bulleted list with one amount on each bullet: the
    bullets are its parts. Worked example (HBCU funding by state, 2022): "Arkansas:
    Nearly $61 million for 4 HBCUs" over "- University of Arkansas at Pine Bluff:
    $25,138,852", "- Shorter College: $13,019,110", "- Philander Smith College:
    $11,774,144", "- Arkansas Baptist College: $10,779,046" = $60,711,152, which "nearly
    $61 million" allows -> consistent. As with a list after a colon, a list shorter than
    its header is only judged when the header counts the bullets ("for 4 HBCUs"); a list
    may otherwise name only some parts. One bullet is judged when the header counts one.
    Bullets that give several amounts each are judged only when together they pass the
    header: "The $150 million in ARPA-H awards announced today fund research efforts ...,
    including:" over three bullets of awards adding to $184.2M -> inconsistent."""
    text = ctx.text
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for i, (hs, he) in enumerate(lines):
        if BULLET.match(text, hs):
            continue
        head = [c for c in ctx.claims if hs <= c.start < he and c.kind.value in ("money", "count")]
        money = [c for c in head if c.kind.value == "money"]
        total = money[0] if len(money) == 1 else (head[0] if len(head) == 1 else None)
        if total is None:
            continue
        items, several = [], False
        top = _indent(text, lines[i + 1][0]) if i + 1 < len(lines) else 0
        for bs, be in lines[i + 1 :]:
            if BULLET.match(text, bs) and _indent(text, bs) > top:
                continue  # a nested list: parts of a bullet, not bullets
            if not BULLET.match(text, bs) or _indent(text, bs) < top:
                break
            found = [c for c in ctx.claims if bs <= c.start < be and c.kind == total.kind and c.unit == total.unit]
            if not found:
                items = []
                break
            several = several or len(found) > 1
            items.extend(found)
        if text[hs:he].rstrip().endswith(":") and all(_opens_line(text, c) for c in items):
            continue  # items that open with their amount after a colon: the itemised-total rule
        counted = any(c.kind.value == "count" and c.value == len(items) and c is not total for c in head)
        if not items or len(items) == 1 and not counted or any(abs(c.value) >= abs(total.value) for c in items) \
                and len(items) > 1:
            continue
        parts = sum(c.value for c in items)
        if several and parts <= total.value:
            continue  # bullets of several amounts are judged only when they pass the header
        verdict = judge(total, parts)
        if verdict != "consistent" and parts < total.value and not counted:
            continue  # the bullets may be examples, not all the parts
        said = (f"the {len(items)} bulleted amounts under '{total.text}' add up to {plus(items)} = {fmt(parts)}"
                if len(items) > 1 else f"the one bulleted amount under '{total.text}' is {fmt(parts)}")
        yield _parts_finding("headed-list", verdict, items, total,
                             said + (" (the header counts them)" if counted else ""))


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_COUNTED = re.compile(r"(?i)^[^.;:\n]{0,30}?\b(?:for|across|to|in|through|under|between|among)[ \t]+"
                      r"(?:the[ \t]+|its[ \t]+|these[ \t]+)?(two|three|four|five|six|[2-6])[ \t]+"
                      r"(?:[\w-]+[ \t]+){0,3}?[a-z][\w-]*s\b")


@rule("counted-parts")
def counted_parts(ctx: Context):
    """An amount "for two programs" and, in the rest of its paragraph, exactly that many
    amounts of its kind: the parts, each told in its own sentence. Worked example (energy
    bills, 2023): "$1.8 billion for two resilience grant programs ... BRIC ... is making
    an additional $1 billion available ... FMA ... will provide a further $800 million":
    1 + 0.8 = 1.8 billion -> consistent. With more or fewer amounts in the paragraph the
    parts are not known, and nothing is said."""
    text = ctx.text
    for t in ctx.claims:
        if t.kind.value != "money" or t.qualifier.value == "range":
            continue
        m = _COUNTED.match(text[t.end : t.end + 120])
        if not m:
            continue
        n = _NUMBER_WORDS[m.group(1).lower()]
        # the rest of the paragraph: a blank line or a new list item ends it
        s_end = sentence_start(text, t) + len(t.sentence) if t.sentence else t.end
        ends = [i for i in (text.find("\n\n", t.end), text.find("\n-", t.end), text.find("\n•", t.end)) if i >= 0]
        p_end = min(ends) if ends else len(text)
        parts = [c for c in ctx.claims if s_end <= c.start < p_end and c.kind == t.kind and c.unit == t.unit]
        if len(parts) != n or any(abs(c.value) >= abs(t.value) for c in parts) \
                or any(c.qualifier.value == "range" for c in parts):
            continue
        total = sum(c.value for c in parts)
        verdict = judge(t, total)
        yield _parts_finding("counted-parts", verdict, parts, t,
                             f"'{t.text}' is for {m.group(1)} parts and its paragraph then gives {n} amounts: "
                             f"{plus(parts)} = {fmt(total)}")


_REST_BEFORE = re.compile(r"(?i)\b(?:the|its|their)[ \t]+(?:other|remaining)[ \t]+$")
_REST_AFTER = re.compile(r"(?i)^[ \t]+(?:that[ \t]+)?(?:remain|remaining|left)\b")


@rule("complement")
def complement(ctx: Context):
    """"the other N%" is what is left of an earlier share of the same whole, so the two
    make 100%. Worked example (ARP pension rule, 2022): "The final rule allows 33% of
    Special Financial Assistance to be invested in return-seeking assets ... The other 67%
    of SFA funds must be invested in investment-grade fixed-income products": 100 - 33 =
    67 -> consistent. The share it completes is the last percent before it in the same
    paragraph that is not a change ("up 5%")."""
    text = ctx.text
    for rest in ctx.claims:
        if rest.kind.value != "percent" or not (_REST_BEFORE.search(_before(ctx, rest, 25))
                                                or _REST_AFTER.match(text[rest.end : rest.end + 20])):
            continue
        para = max(text.rfind("\n\n", 0, rest.start), 0)
        shares = [c for c in ctx.claims if para <= c.start and c.end <= rest.start and c.kind.value == "percent"
                  and c.unit is None and c.qualifier.value != "range" and 0 < c.value < 100]
        if not shares:
            continue
        share = shares[-1]
        expected = 100 - share.value
        t = tight(share)  # "about 40 percent" leaves about 60
        verdict = judge(rest, Interval(100 - t.hi, 100 - t.lo))
        yield finding(
            "complement", verdict, (share, rest),
            f"'{rest.text}' is the rest of the whole that '{share.text}' is a share of: "
            f"100 - {fmt(share.value)} = {fmt(expected)}; {describe(share)}; {describe(rest)} -> {verdict}",
            expected=expected, observed=rest.value, formula=f"100 - {fmt(share.value)}",
            tolerance=describe(rest))
