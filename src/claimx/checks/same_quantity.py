"""same-quantity: two statements of one quantity must agree within their wording.

Worked example (KEI, 2020): "some 35,000 citizens ... resettle in South Korea" and
"some 33,523 defectors resettled in South Korea" are both counts of people, with
the same verb and place and overlapping periods. 35,000 is rounded to the 1,000
(34,500..35,500), which misses 33,523; only under rounding to the 5,000 does it
cover it -> loose (warning).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import BULLET, Context, fmt, finding, is_title, is_vague, line_bounds, rule, sentence_start
from .places import place_of
from .tolerance import as_written, compare, describe, judge, tight

# Heads that name the same kind of thing (data, not code)
SYNONYMS = [
    {"defector", "refugee", "citizen", "people", "person", "migrant", "individual", "korean",
     "resident", "asylum", "seeker", "admission", "arrival", "returnee", "beneficiary", "senior",
     "enrollee", "american", "patient", "adult", "borrower"},
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
CLOSE_RATIO = 1.30  # ... still linked for a heading and its text, or one head in one stated period (_close)
LINKED_RATIO = 1.4  # ... unless they count the same head noun in shared words, as a restatement does
MIN_DISTINCTIVE = 100  # below this, equal wording is common for different things ("22 countries")
REPEAT_WORDS = 2  # words shared right around two figures that make them one repeated figure
RESTATED_RATIO = 1.5  # a heading or lead sentence restated in its own section may be further off
_WINDOW_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_WINDOW_STOP = STOP | {"by", "than", "from", "was", "were", "up", "down", "over", "more", "nearly",
                       "almost", "some", "about", "just", "only", "total"}


def _heads_match(a, b) -> bool:
    if not a.measure_head or not b.measure_head:
        return False
    if _stem(a.measure_head) == _stem(b.measure_head):
        return True  # "plans" (a missed lemma) and "plan"
    if a.kind.value == "percent":
        return False  # shares of different groups ("87% of seniors", "90% of Americans") abound
    ha, hb = _stem(a.measure_head), _stem(b.measure_head)
    return any(ha in g and hb in g for g in _SYNONYM_STEMS)


def _heads_cross(a, b) -> bool:
    """Each sentence names the other's measured noun: "insulin costs capped at $35" and
    "the $35 cost-sharing cap" both speak of costs and a cap."""
    if not a.measure_head or not b.measure_head:
        return False
    return _stem(a.measure_head) in _context(b) and _stem(b.measure_head) in _context(a)


def _stem(w: str) -> str:
    """A crude stem, enough to meet "resettle"/"resettled", "admitted"/"admit"."""
    w = w.lower()
    for suf in ("ted", "ed", "ing", "es", "s", "e"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            if suf in ("ed", "ing") and len(w) >= 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
                w = w[:-1]  # "capped" -> "cap"
            break
    return w.rstrip("e")


_SYNONYM_STEMS = [{_stem(w) for w in g} for g in SYNONYMS]


def _words(stems: set[str], *sentences: str, n: int = 4) -> str:
    """The text's own words for a set of stems, for explanations ("resettled, South")."""
    seen: dict[str, str] = {}
    for sentence in sentences:
        for w in _WORD.findall(sentence):
            st = _stem(w)
            if st in stems and st not in seen:
                seen[st] = w.rstrip("-")
    return ", ".join(list(seen.values())[:n])


SHORT_STOP = {"new", "per", "all", "out", "any", "own", "may", "one", "two", "six", "ten", "now", "but",
              "nor", "yet", "via", "our", "you", "who", "how", "why", "use", "get", "set", "put", "far",
              "due", "key", "top", "low", "off", "too", "see", "let", "way", "day", "end"}


@lru_cache(maxsize=4096)
def _content_stems(text: str) -> frozenset[str]:
    """Stems of the content words of a sentence (cached: every pair of claims asks)."""
    return frozenset(_stem(w) for w in _WORD.findall(text)
                     if w.lower() not in STOP and (len(w) > 3 or len(w) == 3 and w.lower() not in SHORT_STOP))


def _context(c) -> frozenset[str]:
    return _content_stems(c.sentence)


def _periods_overlap(a, b) -> bool:
    if not a.period or not b.period:
        return True
    # ISO strings compare in time order once padded: a start to its first day, an end to
    # its last ("2015 to September 2019" ends before "November 2019" begins)
    a0, a1 = _first(a.period.start), _last(a.period.end)
    b0, b1 = _first(b.period.start), _last(b.period.end)
    return a0 <= b1 and b0 <= a1


def _first(iso: str | None) -> str:
    """'2019' -> '2019-01-01', '2019-11' -> '2019-11-01'; open start -> the distant past."""
    return iso + "-01-01"[len(iso) - 4 :] if iso else "0000-01-01"


def _last(iso: str | None) -> str:
    """'2019' -> '2019-12-31', '2019-09' -> '2019-09-31' (compares right); open end -> future."""
    return iso + "-12-31"[len(iso) - 4 :] if iso else "9999-12-31"


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


def _is_heading(text: str, start: int, end: int, max_words: int = 25) -> bool:
    line = text[start:end].strip()
    return bool(line) and len(line.split()) <= max_words and not line.endswith((".", "?", "!", '"', "”"))


_LABEL_LINE = re.compile(r"^[^.:;\n]{3,160}:[ \t]+\S")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")
_LEAD_END = re.compile(r"(?<!\b[A-Z])(?<!\d)[.!?:](?=\s|$)")
LEAD_REACH = 3  # lines after a lead sentence that may restate its figure


def sections(text: str) -> list[tuple[int, int, int]]:
    """(lead start, lead end, section end): each heading line with the lines under it, and
    each paragraph's first sentence (or clause before a colon) with what follows it up
    to the next heading or list item, at most LEAD_REACH lines on."""
    out = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    # a line that opens with its own label ("Nearly 8 million students at MSIs received
    # direct financial aid: ...") is a new item, as a bullet is
    starts = [i for i, (s, e) in enumerate(lines)
              if _is_heading(text, s, e) or _LIST_ITEM.match(text[s:e]) or _LABEL_LINE.match(text[s:e])]
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
        # a lead that fills its paragraph heads nothing: the next paragraph is the next
        # item ("... creating an expected 1,500 new jobs." / "... expected to create 1,100
        # new jobs.")
        if m and m.end() < end and text[m.end() : e].strip():
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
            # the section restates its lead's figure first: "Over 1,400 institutions ..."
            # followed by "1,026 institutions" after another figure of the kind is a part
            lead = [c for c in ctx.claims if ls <= c.start < le and c.kind == a.kind and not is_vague(c)]
            first = next((c for c in ctx.claims if le <= c.start < se and c.kind == a.kind and not is_vague(c)), None)
            shared = _window(ctx.text, a) & _window(ctx.text, b) if first is b else set()
            # small counts ("four-nation", "12-nation") and percents ("65% of adults",
            # "74% of adults over 40") need more than one word in common
            need = 2 if (a.kind.value == "count" and hi < 20) or a.kind.value == "percent" else 1
            if len(shared) >= need:
                return f"a lead figure restated in its section, both followed by '{_words(shared, a.sentence, b.sentence)}'"
            if first is b and lead == [a] and a.kind.value in ("money", "count") and is_title(ctx.text[ls:le]) \
                    and "\n" not in ctx.text[le:b.start]:
                # a title-case lead-in announces one amount and its paragraph spells it out
                # first: "$150 Million to Address the Unique Needs of People with
                # Disabilities ... The Administration for Community Living is investing
                # $150 million for its disability and aging networks" (in one paragraph: the
                # next paragraph is the next item; a lead its paragraph spells out in parts
                # was set aside by link() already)
                return "the one amount of a title-case lead-in and the first amount of its paragraph"
            if _is_change(ctx.text, a) and _first_change_after(ctx, a, le, se) is b:
                # "Increase loans ... by 40 percent. ... was up 40 percent from 2020": the
                # lead announces a change, the first change in its section states it
                return "a change announced in the lead sentence and the first change stated under it"
    return None


def lead_totals(text: str, claims, sections) -> dict[str, int]:
    """The amounts of title-case lead-ins that their paragraph spells out in parts, each
    mapped to where its lead ends: "$330 Million to Invest in Community Health Workers. HHS
    ... will provide $300 million ... and an additional $32 million" (300 + 32 = 332, within
    the rounding of '$330 Million' or near it) is a total, not restated by its first part."""
    out: dict[str, int] = {}
    for ls, le, _ in sections:
        if not is_title(text[ls:le]):
            continue
        end = line_bounds(text, le)[1]
        for lead in (c for c in claims if ls <= c.start < le):
            parts = [c for c in claims if le <= c.start < end and c.kind == lead.kind and c.unit == lead.unit]
            if len(parts) >= 2 and judge(lead, sum(c.value for c in parts)) != "inconsistent":
                out[lead.id] = le
    return out


def _lead_total(ctx, a, b) -> bool:
    """a is a title-case lead-in's amount that b's paragraph spells out in parts."""
    le = ctx.lead_totals.get(a.id)
    return le is not None and b.start >= le and "\n" not in ctx.text[le : b.start]


def placed(ctx, a, b) -> str | None:
    """Why a and b count one place's share: "80,000 Michiganders" in a list of states and
    the row "Michigan  More than 80,000" of a table of states."""
    if a.kind != b.kind or a.kind.value != "count" or a.sentence == b.sentence:
        return None
    pa, pb = place_of(ctx.text, a), place_of(ctx.text, b)
    lo, hi = sorted((abs(a.value), abs(b.value)))
    if pa and pa == pb and lo >= MIN_DISTINCTIVE and hi / lo <= LINKED_RATIO and _periods_overlap(a, b):
        return f"both count {pa}"
    return None


_PARAMETER_WORDS = ("cap", "caps", "capped", "capping", "ceiling", "limit", "limits", "limited", "threshold",
                    "maximum", "minimum")
_PARAMETER = re.compile(r"(?i)\b(?:" + "|".join(_PARAMETER_WORDS) + r")\b")
PARAMETER_WORDS = 10  # words either side of a figure that may name the parameter it sets
PARAMETER_SPAN = 5  # words either side of "cap" that name what it is on
_PARAMETER_GENERIC = {_stem(w) for w in _PARAMETER_WORDS + ("law", "act", "bill", "rule", "month", "year", "annual",
                                                            "monthly")}


def _beside(text: str, c, k: int = PARAMETER_WORDS) -> tuple[str, str]:
    line0, line1 = line_bounds(text, c.start)
    left = " ".join(text[line0 : c.start].split()[-k:])
    right = " ".join(text[c.end : line1].split()[:k])
    return left, right


def parameter(ctx, a, b) -> str | None:
    """Why a and b set one named parameter: a cap, limit, ceiling or threshold of the same
    thing has one value in an article ("the Inflation Reduction Act's $2,000 cap on
    out-of-pocket spending" / "the out-of-pocket cap drops to $2,000"; "insulin costs
    capped at $35 per month" / "the $35 cost-sharing cap for monthly prescriptions of
    insulin")."""
    if a.kind != b.kind or a.kind.value not in ("money", "percent") or a.unit != b.unit or a.sentence == b.sentence:
        return None
    lo, hi = sorted((abs(a.value), abs(b.value)))
    if not lo or hi / lo > LINKED_RATIO or not _periods_overlap(a, b):
        return None
    near = [" ".join(_beside(ctx.text, c)) for c in (a, b)]
    found = [_PARAMETER.search(n) for n in near]
    if not all(found):
        return None
    # what the parameter is on: the words around the parameter word itself
    objects = []
    for n, m in zip(near, found):
        words = n.split()
        at = len(n[: m.start()].split())
        objects.append(_content_stems(" ".join(words[max(0, at - PARAMETER_SPAN) : at + PARAMETER_SPAN + 1])))
    shared = objects[0] & objects[1] - _PARAMETER_GENERIC
    if not shared:
        return None
    return f"both set the {found[1].group(0).lower()} on {_words(shared, near[0], near[1], n=2)}"


_ANAPHOR_BEFORE = re.compile(r"(?i)\b(?:these|those)\s+$")
_ANAPHOR_AFTER = re.compile(r"(?i)^\s+of\s+(?:these|those|them)\b")
_ALL_BEFORE = re.compile(r"(?i)\ball\s+$")  # "all 10 of these drugs" is the set; "four of these" a part


def antecedents(text: str, claims) -> dict[str, str]:
    """Counts that point back to an earlier one ("These ten drugs", "all 10 of these
    drugs", "all 35 initiatives"), each mapped to the nearest earlier count of the same
    thing, with the limit on how far apart the two may be: "these" names the set, so
    2x; a bare "all N" may also be a larger whole ("26 states" ... "all 50 states"), so 1.5x."""
    out: dict[str, tuple[str, float]] = {}
    for i, b in enumerate(claims):
        if b.kind.value != "count" or not b.measure_head:
            continue
        before = text[max(text.rfind("\n", 0, b.start) + 1, b.start - 20) : b.start]
        after = text[b.end : b.end + 20]
        these = _ANAPHOR_BEFORE.search(before) or _ALL_BEFORE.search(before) and _ANAPHOR_AFTER.match(after)
        if not (these or _ALL_BEFORE.search(before)):
            continue
        for a in reversed(claims[:i]):
            if a.kind == b.kind and _heads_match(a, b):
                # "who take 48 prescription drugs ... because those 48 drugs": the nearest
                # count of the thing may be in the same sentence
                out[b.id] = (a.id, 2.0 if these else 1.5)
                break
    return out


def referred(sctx, a, b) -> str | None:
    """Why b points back to a ("all 10 of these drugs" after "the first 10 drugs")."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    ref, limit = sctx.refs.get(b.id, (None, 0))
    if ref == a.id and lo and hi / lo <= limit:
        word = "these" if limit == 2.0 else "all"
        return f"'{b.text}' points back ('{word}') to the {a.measure_head}s counted before"
    return None


def title_line(text: str, body_start: int = 0) -> tuple[int, int]:
    """The article's title: its first non-empty line after the front matter, if that line
    is a heading (a text that opens with a sentence has none)."""
    m = re.compile(r"[^\s][^\n]*").search(text, body_start)
    return (m.start(), m.end()) if m and _is_heading(text, m.start(), m.end(), TITLE_WORDS) else (0, 0)


TITLE_WORDS = 40  # fact-sheet titles run long ("... From the Middle Out and Bottom Up")


def headline(ctx, a, b) -> str | None:
    """The title's figure and the first figure of its kind in the body: a headline is
    restated in the lede ("Announces Nearly $5 Billion in Resilience Funding" ... "apply for
    nearly $5 billion")."""
    t0, t1 = ctx.title
    if not (t0 <= a.start < t1) or b.start < t1 or a.kind != b.kind or a.unit != b.unit:
        return None
    if a.kind.value not in ("count", "money", "percent"):
        return None
    first = next((c for c in ctx.claims if c.start >= t1 and c.kind == a.kind and c.unit == a.unit
                  and not is_title(c.sentence)), None)
    lo, hi = sorted((abs(a.value), abs(b.value)))
    if first is b and lo and hi / lo <= LINKED_RATIO:
        return "the title's figure and the first of its kind in the body"
    return None


LABEL_WORDS = 20  # fact-sheet lead-ins run long ("Nearly 8 million students at MSIs received direct financial aid:")


def labelled(ctx, a, b) -> str | None:
    """A short label and the sentence it heads ("30 million young people: Reached the
    families of 30 million students"): the first figure after the colon restates it."""
    if a.kind != b.kind or a.kind.value not in ("count", "money", "percent") or "\n" in ctx.text[a.end : b.start]:
        return None  # the label and the text it heads share one line
    if _sub_period(a, b):
        return None
    # a label's colon is followed by a space; "a benefit-cost ratio of about 2:1" is none
    m = re.compile(r":(?=[ \t])").search(ctx.text, a.end, b.start)
    colon = m.start() if m else -1
    line_start = ctx.text.rfind("\n", 0, a.start) + 1
    if colon < 0 or len(ctx.text[line_start:colon].split()) > LABEL_WORDS \
            or re.search(r"[.!?](?:\s|$)", ctx.text[line_start:colon]):
        return None
    # the first figure of the kind after the colon that could be the label's (within 2x):
    # "$7,200 for Typical Family: For a couple earning $60,000 ..., their credit will equal
    # $7,200" restates 7,200, not 60,000
    first = next((c for c in ctx.claims if colon < c.start and c.kind == a.kind
                  and (c.unit == a.unit or a.kind.value == "count") and a.value and 0.5 <= c.value / a.value <= 2),
                 None)
    if first is b and not any(c.kind == a.kind and a.end <= c.start < colon for c in ctx.claims):
        return "a label before a colon and the first figure of the sentence it heads"
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
    if a.kind.value == "count" and lo < MIN_DISTINCTIVE and hi / lo > MAX_RATIO and not _anchors(ctx, a, b) \
            and len(_window(ctx.text, a, 4) & _window(ctx.text, b, 4)) < 2:
        # small counts far apart name the same counted phrase ("66 other international
        # human rights organizations", twice) or a shared figure; "48 Medicare Part B
        # drugs" in one quarter and "64 drugs in total" over four are two sets
        return None
    if len(shared) >= need and counted:
        return f"the same words around both: {_words(shared, a.sentence, b.sentence)}"
    return None


def linked(sctx, a, b) -> str | None:
    """Why two claims in unrelated sentences state one quantity, or None."""
    if a.kind == b.kind == "duration" and a.unit == b.unit and a.sentence != b.sentence:
        # a span of time is told by what it measures: two sentences that also share two
        # other figures ("savings of $20 billion and ... 131 million metric tons over 30
        # years", twice) restate it
        anchors = _anchors(sctx, a, b)
        if len(anchors) >= 2 and _leftovers(sctx, a, b, one_side=True):
            return f"both sentences also state {' and '.join(anchors[:2])}"
        return None
    if a.kind != b.kind or a.kind.value not in ("count", "money", "percent", "measure") or a.sentence == b.sentence:
        return None
    if a.value != b.value and _inner_sentences(sctx.text, a, b):
        return None
    if a.unit and b.unit and a.kind.value != "count" and a.unit != b.unit or a.kind.value == "measure" and a.unit != b.unit:
        return None
    lo, hi = sorted((abs(a.value), abs(b.value)))
    if lo == 0 or hi / lo > LINKED_RATIO or not _periods_overlap(a, b):
        return None
    # a measure's unit says what it measures ("10 miles of I-10"); its parse head is rarely found
    heads = _heads_match(a, b) or _heads_cross(a, b) or a.kind.value == "measure"
    shared = _context(a) & _context(b)
    if a.measure_head == b.measure_head:
        shared -= {_stem(a.measure_head or "")}  # counted once, as the head
    if not heads and (a.measure_head and b.measure_head or a.kind.value == "percent"):
        # percentages measure too many different things to link without a head, unless the
        # two sentences plainly tell one fact: they share two other figures, or three words
        # the article uses nowhere else (and the parse simply missed the head)
        anchors = _anchors(sctx, a, b)
        rare = _rare(sctx, shared)
        if len(anchors) >= 2 and _leftovers(sctx, a, b, one_side=True):
            return f"both sentences also state {' and '.join(anchors[:2])}"
        if len(rare) >= RARE_WORDS + 1 and a.kind.value != "percent":
            return f"both sentences use '{_words(rare, a.sentence, b.sentence)}', found nowhere else in the article"
        return None
    # With matching heads two shared context words suffice; an elliptical mention
    # ("some 225 have been admitted") needs three.
    if len(shared) < (2 if heads else 3):
        return None
    if a.kind.value == "count" and lo < MIN_DISTINCTIVE and lo != hi and not _anchors(sctx, a, b):
        return None  # "47 prescription drugs in 2023" and "48 prescription drugs": two sets
    what = a.measure_head or b.measure_head
    why = (f"{'both about ' + repr(what) + ', ' if what else ''}sharing "
           f"'{_words(shared, a.sentence, b.sentence)}', periods overlapping")
    if hi / lo <= MAX_RATIO:
        return why
    if hi / lo <= CLOSE_RATIO:
        close = _close(sctx, a, b)
        if close:
            return f"{why}; {close}"
    # Further apart, a figure may still be one quantity misstated, but only when its two
    # sentences are about the same fact: they repeat another figure ("$800 for over 13
    # Million Americans" ... "saved over 13 million Americans an average of $800") or
    # words this article uses nowhere else ("full-time in-person").
    anchors = _anchors(sctx, a, b)
    rare = _rare(sctx, shared)
    if a.kind.value == "count" and lo < MIN_DISTINCTIVE and not anchors:
        return None  # "48 drugs" and "64 drugs": small counts of one thing are often subsets
    # words the article uses sparingly (in a tenth of its sentences at most) tell what two
    # sentences are about; "Medicare", "prices" in a Medicare fact sheet do not
    uncommon = _rare(sctx, shared, max(RARE_SENTENCES + 1, sctx.pieces // 10))
    if heads and (anchors or len(rare) >= RARE_WORDS or len(uncommon) >= MANY_WORDS):
        extra = f"both sentences also state {anchors[0]}" if anchors else (
            f"both use '{_words(rare, a.sentence, b.sentence)}', found nowhere else in the article"
            if len(rare) >= RARE_WORDS else
            f"both use '{_words(uncommon, a.sentence, b.sentence)}', words the article uses sparingly")
        return f"{why}; {extra}"
    return None


def _close(sctx, a, b) -> str | None:
    """Why two figures up to CLOSE_RATIO apart may still be one quantity, or None: a
    heading and the text it heads, or the same measured thing in the same stated period
    ("In total in 2022, Medicare Part D beneficiaries paid $3.4 billion in out of pocket
    costs for the 10 drugs selected for negotiation" / "In 2022, seniors spent $3.4
    billion in out-of-pocket costs on the first ten drugs selected for negotiation")."""
    if _headed(sctx.text, a, b):
        return "a heading and the text it heads"
    if a.period and a.period == b.period and (a.period.start or a.period.end) and _heads_match(a, b) \
            and len(_context(a) & _context(b)) >= PERIOD_WORDS:
        p = a.period
        when = p.start if p.end in (None, p.start) else f"{p.start or '...'} to {p.end}"
        return f"both for {when}"
    return None


PERIOD_WORDS = 3  # words shared by two figures of one head and one stated period


def _headed(text: str, a, b) -> bool:
    """One of the two is a title-case heading's figure that the other may spell out: the
    heading stands on its own line ("Invest $4.4 Billion to Surge Public Health Staffing
    for COVID-19 Response"), or it leads the other's paragraph ("Nearly $240 Million to
    Expand Public Health Workforce ... HRSA will invest nearly $240 million"). A lead-in
    of another paragraph ("$210 Million to Build Preparedness ...") heads its own item."""
    for x, y in ((a, b), (b, a)):
        if not is_title(x.sentence):
            continue
        (s0, e0), (s1, _) = line_bounds(text, x.start), line_bounds(text, y.start)
        if text[s0:e0].strip() == x.sentence.strip() or s0 == s1:
            return True
    return False


def _inner_sentences(text: str, a, b) -> bool:
    """a and b stand in one paragraph, neither in its first sentence: facts told one after
    another ("60 percent of doses at federally-run Community Vaccination sites ... Finally,
    over 65 percent of the federal doses allocated to Community Health Centers"), which a
    paragraph does not restate by shared words alone."""
    start = line_bounds(text, a.start)[0]
    if line_bounds(text, b.start)[0] != start:
        return False
    return all(sentence_start(text, c) > start + 3 for c in (a, b))


RARE_SENTENCES = 2  # a word in at most this many sentences marks what they are about
RARE_WORDS = 2
MANY_WORDS = 3  # sparingly used words in common that make two sentences about one fact


def _leftovers(sctx, a, b, one_side: bool = False) -> bool:
    """a and b are the only figures of their kind that the other sentence does not repeat:
    "19 million ... save $400 per year ... cap drops to $2,000" against "$2,000 cap ... 19
    million ... $500 per year" pairs $400 with $500, and nothing else."""
    def rest(c, other):
        vals = [round(o.value, 6) for o in sctx.by_sentence.get(other.sentence, ()) if o.kind == c.kind]
        left = []
        for o in sctx.by_sentence.get(c.sentence, ()):
            if o.kind != c.kind:
                continue
            if round(o.value, 6) in vals:
                vals.remove(round(o.value, 6))
            else:
                left.append(o.id)
        return left
    if one_side:
        # the later sentence may add a clause of its own ("..., and 1.9 million enrollees will
        # save an average of $2,500"): a is its sentence's only new figure, b the nearest of
        # the other's
        ra, rb = rest(a, b), rest(b, a)
        near = min(rb, key=lambda i: abs(sctx.by_id[i].value - a.value)) if rb else None
        return ra == [a.id] and near == b.id or rb == [b.id] and (
            min(ra, key=lambda i: abs(sctx.by_id[i].value - b.value)) if ra else None) == a.id
    return rest(a, b) == [a.id] and rest(b, a) == [b.id]


_IDENT = re.compile(r"\b([A-Z][A-Za-z]+)\s+(\d[\dA-Za-z().-]*)")


def _identifiers(c) -> set[tuple[str, str]]:
    """Labelled numbers in c's sentence: ("Section", "232"), ("Order", "14257")."""
    return {(m.group(1).lower(), m.group(2)) for m in _IDENT.finditer(c.sentence)
            if m.group(1).lower() in ("section", "order", "title", "chapter", "article", "law")}


def _distinct_ids(a, b) -> bool:
    """Sentences that name different sections ("Section 232" / "Section 301") under one
    label, and no common one, are about different measures."""
    ia, ib = _identifiers(a), _identifiers(b)
    labels = {k for k, _ in ia} & {k for k, _ in ib}
    return bool(labels) and not ia & ib


_ITEM_LABEL = re.compile(r"^[ \t]*[-*•][ \t]+([^.:;\n]{2,60}):[ \t]", re.M)


def _item_label(text: str, c) -> str | None:
    m = _ITEM_LABEL.match(text, text.rfind("\n", 0, c.start) + 1)
    return m.group(1).strip().lower() if m and m.end() <= c.start else None


def _distinct_items(text: str, a, b) -> bool:
    """Figures in different bulleted items ("- Lightbulbs: ... 131 million metric tons" /
    "- Clothes Dryers: ... 116 million metric tons") are about different items. Labelled paragraphs are not items: "Asylum Officers and Asylum Reform: ... 5
    to 7 years" and "Immigration Judges: ... 5 to 7 years" restate one fact."""
    la, lb = _item_label(text, a), _item_label(text, b)
    if la and lb and la != lb:
        return True
    # unlabelled bullets of a list are its items too ("- In August 2022, GSA announced ...
    # reduce costs by $3.3 million annually" / "- In 2021, GSA awarded ... $3 million")
    starts = [text.rfind("\n", 0, c.start) + 1 for c in (a, b)]
    return starts[0] != starts[1] and all(BULLET.match(text, s0) for s0 in starts)


def _distinct_names(sctx, a, b) -> bool:
    """Sentences that give different distinctive names and none in common ("Ford Motor
    Company announced it will invest $3.7 billion" / "Panasonic announced a $4 billion
    plant") are about different subjects. Headings are left out: a title-case line makes
    the parser see names everywhere."""
    na, nb = sctx.names.get(a.id), sctx.names.get(b.id)
    if not na or not nb or is_title(a.sentence) or is_title(b.sentence):
        return False
    # the parser may find a name in one sentence only ("the Epidemiology and Laboratory
    # Capacity (ELC) cooperative agreement" / "the ELC program"): a name written in the
    # other sentence is shared
    def written(names, sentence):
        return any(re.search(rf"(?i)\b{re.escape(n)}\b", sentence) for n in names)
    return not na & nb and not written(na, b.sentence) and not written(nb, a.sentence)


_ALONE = re.compile(r"(?i)\b(?:in|during|for)\s+(?:[A-Z][a-z]+\s+)?(?:FY\s*)?\d{4}\s+alone\b")


def _sub_period(a, b) -> bool:
    """One figure is for a part of the other's period ("In 2021 alone ... nearly 13 million"
    against "18 million ... since the start of 2021"); not when both figures are for the
    same period ("$19.5 billion in 2021 alone" and "$19.5 billion ... in 2021")."""
    if a.period and a.period == b.period:
        return False
    return bool(_ALONE.search(a.sentence)) != bool(_ALONE.search(b.sentence))


def _matched_beside(sctx, a, b) -> bool:
    """b's sentence repeats a's figure in another claim ("the cap drops to $2,000 ..., and
    enrollees will save $2,500"): that claim, not b, is a's restatement."""
    return a.sentence != b.sentence and any(
        o.id != b.id and o.kind == a.kind and round(o.value, 6) == round(a.value, 6) and o.value != b.value
        for o in sctx.by_sentence.get(b.sentence, ()))


def _parallel(sctx, a, b) -> bool:
    """Two sentences that both give other figures of a kind, none of them shared, are
    parallel statements about different groups ("2 million loans ... in LMI communities,
    a 62 percent increase from the 1.2 million loans" beside "from 1 million in 2020 to 1.4
    million loans made in 2021"), not one figure restated, unless a and b are the only
    figures that differ."""
    oa, ob = ([o for o in sctx.by_sentence.get(c.sentence, ()) if o.kind == a.kind and o.id not in (a.id, b.id)]
              for c in (a, b))
    # the other figures must count the same things too ("up to 600 new jobs" beside "up to
    # one million homes" is no parallel)
    alike = any(_heads_match(x, y) for x in oa for y in ob)
    return a.sentence != b.sentence and alike and not _leftovers(sctx, a, b) and not _anchors(sctx, a, b)


_ANOTHER = re.compile(r"(?i)^\s*(?:other|additional|more|further|extra|another|remaining)\b")
_ANOTHER_BEFORE = re.compile(r"(?i)\b(?:other|additional|another|remaining)\s+$")


def _another(text: str, c) -> bool:
    """A figure counted as more of something ("21 other countries", "the other 21", "15
    additional drugs"); "the additional ten million tests" points back to an increase
    already stated, as "these" does."""
    before = text[max(0, c.start - 25) : c.start]
    if re.search(r"(?i)\b(?:the|these|those)\s+additional\s+$", before):
        return False
    return c.kind.value == "count" and bool(_ANOTHER.match(text[c.end : c.end + 15])
                                            or _ANOTHER_BEFORE.search(before[-15:]))


# the goal word must set this figure, not another one between ("exceed the existing
# statutory goal of 5 percent by spending 11 percent")
_GOAL = re.compile(r"(?i)\b(?:goal|target|aim|aspiration|pledge|promise)s?\b(?:\s+(?:to|of|for))?[^.;:\n\d]{0,25}$")


def _goal(text: str, c) -> bool:
    """A figure set as a goal ("surpassed its goal to take 100 actions") is not the count
    that met it ("These 110 actions")."""
    head = (c.measure_head or "").lower()
    return head in ("goal", "target", "aim", "aspiration") or bool(_GOAL.search(text[max(0, c.start - 60) : c.start]))


def _same_side_apart(a, b) -> bool:
    """Two bounds on one side further apart than a restatement drifts ("More than 152,000"
    and "More than 103,000" workers) can both be true: two different groups, more likely
    than one figure restated with a different floor."""
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return a.qualifier == b.qualifier and a.qualifier.value in ("at_least", "at_most") \
        and bool(lo) and hi / lo > MAX_RATIO


def _rare(sctx, words, limit: int = RARE_SENTENCES) -> set[str]:
    """The words found in at most ``limit`` sentence-like pieces of the article."""
    return {w for w in words if sctx.df.get(w, 0) <= limit}


def _anchors(sctx, a, b) -> list[str]:
    """Figures other than a and b that both their sentences state (not dates: too common)."""
    def others(c):
        # only distinctive figures: "at least one", "35 percent" recur by chance
        return {(o.kind, round(o.value, 6)): o.text for o in sctx.by_sentence.get(c.sentence, ())
                if o.id not in (a.id, b.id) and o.kind.value in ("count", "money")
                and abs(o.value) >= MIN_DISTINCTIVE}
    oa, ob = others(a), others(b)
    return [f"'{oa[k]}'" for k in oa if k in ob]


MIN_GAP = 40  # characters between two figures of one sentence for one to restate the other


class _Ctx:
    def __init__(self, ctx: Context):
        self.claims = ctx.claims
        self.text = ctx.text
        self.sections = sections(ctx.text)
        self.cells = table_cells(ctx.text, ctx.claims)
        self.lead_totals = lead_totals(ctx.text, ctx.claims, self.sections)
        self.by_sentence: dict[str, list] = {}
        for c in ctx.claims:
            self.by_sentence.setdefault(c.sentence, []).append(c)
        self.by_id = {c.id: c for c in ctx.claims}
        self.names = ctx.names or {}
        self.title = title_line(ctx.text, ctx.body_start)
        self.refs = antecedents(ctx.text, ctx.claims)
        # in how many sentence-like pieces of the article each word stem occurs
        self.df: dict[str, int] = {}
        self.pieces = 0
        for piece in re.split(r"(?<=[.!?:])\s+|\n+", ctx.text):
            self.pieces += 1
            for st in _content_stems(piece):
                self.df[st] = self.df.get(st, 0) + 1


def link(sctx, a, b) -> str | None:
    """Why a and b state one quantity, or None: the cues in order of trust, after the
    guards that tell two quantities apart."""
    if _table_cell(sctx, a) or _table_cell(sctx, b):
        return None  # table rows are checked by their own rule
    if is_vague(a) or is_vague(b):
        return None  # "millions" is not a figure to restate
    if _goal(sctx.text, a) != _goal(sctx.text, b) or _same_side_apart(a, b):
        return None  # "its goal to take 100 actions" ... "These 110 actions"
    why = labelled(sctx, a, b) or referred(sctx, a, b) or headline(sctx, a, b)
    if why:
        return why
    if a.sentence == b.sentence and b.start - a.end < MIN_GAP:
        return None  # "pork (+83%), corn (+114%)": items of one list
    if _lead_total(sctx, a, b):
        return None  # "$330 Million to ...: ... $300 million ... and an additional $32 million"
    if _another(sctx.text, a) != _another(sctx.text, b) or _distinct_ids(a, b) \
            or _distinct_items(sctx.text, a, b) \
            or _distinct_names(sctx, a, b) or _sub_period(a, b) \
            or _matched_beside(sctx, a, b) or _matched_beside(sctx, b, a):
        return None  # "the 22 endorsing countries" ... "the other 21 endorsing countries"
    why = restated(sctx, a, b) or placed(sctx, a, b) or parameter(sctx, a, b)
    if not why and not _parallel(sctx, a, b):
        why = repeated(sctx, a, b) or linked(sctx, a, b)
    return why


def _verdict(sctx, a, b) -> tuple[str, str]:
    """compare(a, b), except that the title's unhedged figure is read to the precision
    written: a headline rounds ("Invest $7 Billion" over the body's "$7.4 billion")."""
    verdict = compare(a, b)
    t0, t1 = sctx.title
    for h, o in ((a, b), (b, a)):
        if verdict != "consistent" and t0 <= h.start < t1 and h.qualifier.value == "exact" \
                and as_written(h).meets(tight(o)):
            return "consistent", f" (the title's '{h.text}' read to the precision written: {as_written(h)})"
    return verdict, ""


@rule("same-quantity")
def same_quantity(ctx: Context):
    claims = ctx.claims
    sctx = _Ctx(ctx)
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            why = link(sctx, a, b)
            if not why:
                continue
            verdict, note = _verdict(sctx, a, b)
            hi_c, lo_c = (a, b) if abs(a.value) >= abs(b.value) else (b, a)
            diff = (abs(hi_c.value) - abs(lo_c.value)) / abs(lo_c.value) * 100
            gap = "the same" if diff == 0 else f"{fmt(hi_c.value)} is {diff:.1f}% above {fmt(lo_c.value)}"
            word = {"consistent": "within what their wording allows",
                    "loose": "more than their rounding suggests; only the most generous rounding covers it",
                    "inconsistent": "they cannot both be true"}[verdict]
            msg = (f"'{a.text}' and '{b.text}' state the same {a.kind.value} ({why}); {gap}: {word}{note}. "
                   f"{describe(a)}; {describe(b)}")
            yield finding("same-quantity", verdict, (a, b), msg, expected=b.value,
                          observed=a.value, formula=f"|{fmt(a.value)} - {fmt(b.value)}|",
                          tolerance=f"{describe(a)}; {describe(b)}")
