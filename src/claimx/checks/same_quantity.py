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
        "this", "it", "number", "year", "percent", "some", "million", "billion", "thousand",
        "trillion", "hundred", "dollars", "percentage", "point", "points", "more", "less",
        "about", "over", "more", "than", "since", "until", "also", "which", "who", "with", "by",
        "as", "on", "at", "from", "their", "its", "his", "her", "they", "he", "she", "we", "not",
        "been", "has", "had", "were", "was", "are", "is", "will", "would", "could", "can"}
_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
MAX_RATIO = 1.10  # further apart than this, two figures in unrelated sentences are about different things
MIN_DISTINCTIVE = 100  # below this, equal wording is common for different things ("22 countries")
REPEAT_WORDS = 2  # words shared right around two figures that make them one repeated figure
RESTATED_RATIO = 1.5  # a heading or lead sentence restated in its own section may be further off
_WINDOW_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_WINDOW_STOP = STOP | {"by", "than", "from", "was", "were", "up", "down", "over", "more", "nearly",
                       "almost", "some", "about", "just", "only", "total"}


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


def _words(stems: set[str], *sentences: str, n: int = 4) -> str:
    """The text's own words for a set of stems, for explanations ("resettled, South")."""
    seen: dict[str, str] = {}
    for sentence in sentences:
        for w in _WORD.findall(sentence):
            st = _stem(w)
            if st in stems and st not in seen:
                seen[st] = w.rstrip("-")
    return ", ".join(list(seen.values())[:n])


def _context(c) -> set[str]:
    return {_stem(w) for w in _WORD.findall(c.sentence) if w.lower() not in STOP and len(w) > 3}


def _periods_overlap(a, b) -> bool:
    if not a.period or not b.period:
        return True
    a0, a1 = a.period.start or "0000", a.period.end or "9999"
    b0, b1 = b.period.start or "0000", b.period.end or "9999"
    return a0[:4] <= b1[:4] and b0[:4] <= a1[:4]


def _window(text: str, c, k: int = 3) -> set[str]:
    """Content words just after a number, on its line: what it counts ("13 Million Americans")."""
    right = [w.lower() for w in _WINDOW_WORD.findall(text[c.end : c.end + 40].split("\n")[0])][:k]
    return {_stem(w) for w in right if w not in _WINDOW_STOP and len(w) > 2}


_CHANGE_WORD = re.compile(r"(?i)^[ \t]*(?:more|less|fewer|higher|lower|increase|decrease|rise|drop|"
                          r"decline|growth|reduction|cut|above|below)\b")


_CHANGE_BEFORE = re.compile(r"(?i)\b(?:by|up|down|rose|fell|grew|increased|decreased|cut)[ \t]+$")


def _is_change(text: str, c) -> bool:
    """A percent that states a change ("36% more", "by 62 percent", "up 40 percent")."""
    return c.kind.value == "percent" and bool(
        _CHANGE_WORD.match(text[c.end : c.end + 20]) or _CHANGE_BEFORE.search(text[max(0, c.start - 15) : c.start]))


def _is_heading(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return bool(line) and len(line.split()) <= 25 and not line.endswith((".", "?", "!", '"', "”"))


_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")
_LEAD_END = re.compile(r"(?<!\b[A-Z])(?<!\d)[.!?:](?=\s|$)")
LEAD_REACH = 3  # lines after a lead sentence that may restate its figure


def sections(text: str) -> list[tuple[int, int, int]]:
    """(lead start, lead end, section end): each heading line with the lines under it, and
    each paragraph's first sentence (or clause before a colon) with what follows it up
    to the next heading or list item, at most LEAD_REACH lines on."""
    out = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    starts = [i for i, (s, e) in enumerate(lines)
              if _is_heading(text, s, e) or _LIST_ITEM.match(text[s:e])]
    for i, (s, e) in enumerate(lines):
        nxt = next((j for j in starts if j > i), len(lines))
        end = lines[min(nxt, i + LEAD_REACH + 1) - 1][1]
        if _is_heading(text, s, e):
            if nxt > i + 1:
                out.append((s, e, lines[nxt - 1][1]))
            continue
        item = _LIST_ITEM.match(text[s:e])
        body = s + (item.end() if item else 0)
        m = _LEAD_END.search(text, body, e)
        if m and m.end() < end:
            out.append((s, m.end(), end))
    return out


def restated(ctx, a, b) -> str | None:
    """Why b restates the heading or lead-sentence figure a, or None."""
    if a.kind != b.kind or a.kind.value not in ("count", "money", "percent", "duration"):
        return None
    if a.unit != b.unit and a.kind.value != "count":
        return None
    if a.unit == "percentage point" or b.unit == "percentage point":
        return None
    lo, hi = sorted((abs(a.value), abs(b.value)))
    if lo == 0 or hi / lo > RESTATED_RATIO:
        return None
    if _is_change(ctx.text, a) != _is_change(ctx.text, b) or not _periods_overlap(a, b):
        return None  # "46% of schools" is a level, "36% more social workers" a change
    for ls, le, se in ctx.sections:
        if ls <= a.start < le and le <= b.start < se and a.sentence != b.sentence:
            shared = _window(ctx.text, a) & _window(ctx.text, b)
            # small counts ("four-nation", "12-nation") and percents ("65% of adults",
            # "74% of adults over 40") need more than one word in common
            need = 2 if (a.kind.value == "count" and hi < 20) or a.kind.value == "percent" else 1
            if len(shared) >= need:
                return f"a lead figure restated in its section, both followed by '{_words(shared, a.sentence, b.sentence)}'"
            if _is_change(ctx.text, a) and _first_change_after(ctx, a, le, se) is b:
                # "Increase loans ... by 40 percent. ... was up 40 percent from 2020": the
                # lead announces a change, the first change in its section states it
                return "a change announced in the lead sentence and the first change stated under it"
    return None


def _first_change_after(ctx, a, start: int, end: int):
    return next((c for c in ctx.claims if start <= c.start < end and c.kind == a.kind
                 and _is_change(ctx.text, c)), None)


def _both_sides(text: str, c, k: int = 3) -> set[str]:
    left = [w.lower() for w in _WINDOW_WORD.findall(text[max(0, c.start - 40) : c.start].split("\n")[-1])][-k:]
    return {_stem(w) for w in left if w not in _WINDOW_STOP and len(w) > 2} | _window(text, c, k)


def _table_cell(ctx, c) -> bool:
    """A figure in a table row ("$527 $113 $414 (-79%)"): rows repeat their column words."""
    return c.id in ctx.cells


def table_cells(text: str, claims) -> set[str]:
    """Ids of claims in runs of three or more separated only by spaces (table rows)."""
    cells: set[str] = set()
    run = list(claims[:1])
    for a, b in zip(claims, claims[1:]):
        gap = text[a.end : b.start]
        if "\n" not in gap and re.fullmatch(r"[ \t()%]*", gap):
            run.append(b)
            continue
        if len(run) >= 3:
            cells.update(c.id for c in run)
        run = [b]
    if len(run) >= 3:
        cells.update(c.id for c in run)
    return cells


def repeated(ctx, a, b) -> str | None:
    """Why b repeats the figure a: the same words around both ("$1.5 billion in
    out-of-pocket costs" ... "save $1.5 billion in out-of-pocket costs")."""
    if a.kind != b.kind or a.kind.value not in ("count", "money", "percent", "duration"):
        return None
    if a.unit != b.unit and a.kind.value != "count":
        return None
    same_sentence = a.sentence == b.sentence and not re.search(r"[:;–—]", ctx.text[a.end : b.start])
    if _is_change(ctx.text, a) != _is_change(ctx.text, b) or _table_cell(ctx, a) or _table_cell(ctx, b):
        return None
    lo, hi = sorted((abs(a.value), abs(b.value)))
    if lo == 0 or hi / lo > RESTATED_RATIO or not _periods_overlap(a, b):
        return None
    shared = _both_sides(ctx.text, a) & _both_sides(ctx.text, b)
    # the words must include what the figure counts (after it), not only who said it
    # percents of one group ("55% of adults", "70% of adults") need one word more; in one
    # sentence (not split by a colon) a repeat must share its whole phrase
    need = REPEAT_WORDS + (a.kind.value == "percent" or lo < MIN_DISTINCTIVE) + 2 * same_sentence
    # the words must include what the figure counts (after it), unless the unit is in the span
    counted = a.kind.value == "duration" or shared & _window(ctx.text, a) & _window(ctx.text, b)
    if len(shared) >= need and counted:
        return f"the same words around both: {_words(shared, a.sentence, b.sentence)}"
    return None


def linked(a, b) -> str | None:
    """Why two claims in unrelated sentences state one quantity, or None."""
    if a.kind != b.kind or a.kind.value not in ("count", "money", "percent") or a.sentence == b.sentence:
        return None
    if a.unit and b.unit and a.kind.value != "count" and a.unit != b.unit:
        return None
    lo, hi = sorted((abs(a.value), abs(b.value)))
    if lo == 0 or hi / lo > MAX_RATIO or not _periods_overlap(a, b):
        return None
    heads = _heads_match(a, b)
    if not heads and (a.measure_head and b.measure_head or a.kind.value == "percent"):
        return None  # percentages measure too many different things to link without a head
    shared = _context(a) & _context(b)
    shared -= {_stem(a.measure_head or ""), _stem(b.measure_head or "")}
    # With matching heads two shared context words suffice; an elliptical mention
    # ("some 225 have been admitted") needs three.
    if len(shared) < (2 if heads else 3):
        return None
    what = a.measure_head or b.measure_head
    return (f"{'both about ' + repr(what) + ', ' if what else ''}sharing "
            f"'{_words(shared, a.sentence, b.sentence)}', periods overlapping")


MIN_GAP = 40  # characters between two figures of one sentence for one to restate the other


def _vague(c) -> bool:
    return bool(c.provenance and c.provenance.pattern in ("vague-plural", "several-scale"))


class _Ctx:
    def __init__(self, ctx: Context):
        self.claims = ctx.claims
        self.text = ctx.text
        self.sections = sections(ctx.text)
        self.cells = table_cells(ctx.text, ctx.claims)


@rule("same-quantity")
def same_quantity(ctx: Context):
    claims = ctx.claims
    sctx = _Ctx(ctx)
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if _table_cell(sctx, a) or _table_cell(sctx, b):
                continue  # table rows are checked by their own rule
            if _vague(a) or _vague(b):
                continue  # "millions" is not a figure to restate
            if a.sentence == b.sentence and b.start - a.end < MIN_GAP:
                continue  # "pork (+83%), corn (+114%)": items of one list
            why = restated(sctx, a, b) or repeated(sctx, a, b) or linked(a, b)
            if not why:
                continue
            verdict = compare(a, b)
            hi_c, lo_c = (a, b) if abs(a.value) >= abs(b.value) else (b, a)
            diff = (abs(hi_c.value) - abs(lo_c.value)) / abs(lo_c.value) * 100
            gap = "the same" if diff == 0 else f"{fmt(hi_c.value)} is {diff:.1f}% above {fmt(lo_c.value)}"
            word = {"consistent": "within what their wording allows",
                    "loose": "more than their rounding suggests; only the most generous rounding covers it",
                    "inconsistent": "they cannot both be true"}[verdict]
            msg = (f"'{a.text}' and '{b.text}' state the same {a.kind.value} ({why}); {gap}: {word}. "
                   f"{describe(a)}; {describe(b)}")
            yield finding("same-quantity", verdict, (a, b), msg, expected=b.value,
                          observed=a.value, formula=f"|{fmt(a.value)} - {fmt(b.value)}|",
                          tolerance=f"{describe(a)}; {describe(b)}")
