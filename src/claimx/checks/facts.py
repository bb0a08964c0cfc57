"""facts: claims against reference facts (``--facts``), by measure, period and place.

Worked examples (KEI, published 2020-02-19, with gold/facts):

* "only 1,047 last year": a count of defectors (paragraph) in South Korea for 2019
  -> the Ministry of Unification's 2019 arrivals, 1,047 -> consistent (info).
* "some 35,000" since the mid-1990s, as of publication -> the latest published
  total before 2020-02-19, 33,523 at end-2019: 4.4 % above -> loose (warning).
* "a consistent decline from a peak of 2,914 in 2009 to only 1,047": the series
  rose in 2011, 2013, 2016 and 2018 -> inconsistent (error).
* "the smallest number in the last two decades" (2019, 1,047): 2000 (312) and
  2001 (583) were lower -> inconsistent (error).
* "The government of President Moon Jae-in since 2016": Moon's term began
  2017-05-10 -> inconsistent (error).

Every finding quotes the fact, its source and the arithmetic.
"""

from __future__ import annotations

import re

from ..facts import EventFact, Facts, QuantityFact, year_of
from ..models import Claim
from . import Context, fmt, finding, rule
from .same_quantity import SYNONYMS
from .tolerance import describe, judge

MAX_RATIO = 1.5  # a claim further than this from the fact is about another quantity
_EVENT_CUE = re.compile(r"(?i)(?:\bsince|\bbecame\s+\w+(?:\s+\w+)?\s+in|\btook\s+office\s+in|\bbegan\s+in"
                        r"|\binaugurated\s+in|\belected\s+in|\bdied\s+in)\s+$")
_GENERIC_HEADS = {None, "number", "figure", "total", "count", "peak", "level", "other"}
_TREND = re.compile(r"(?i)\b(?:consistent(?:ly)?|steady|steadily|continuous(?:ly)?|uninterrupted)\s+"
                    r"(?P<dir>decline|declin\w*|decrease\w*|fall|drop|rise|increase\w*|growth|grew|rose)")
_LOW = re.compile(r"(?i)\b(?:smallest|lowest|fewest|least)\b")
_HIGH = re.compile(r"(?i)\b(?:largest|highest|most|biggest|greatest|record)\b")
_PEAK_BEFORE = re.compile(r"(?i)\bpeak(?:ed)?\s+(?:of|at|in)?\s*$")


def _paragraph(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def _group(head: str) -> set[str]:
    for g in SYNONYMS:
        if head in g:
            return g
    return {head}


def _mentions(text: str, word: str) -> bool:
    stem = word.lower().rstrip("s")
    return re.search(rf"(?i)\b{re.escape(stem)}", text) is not None


def _places(ctx: Context, c: Claim, places: set[str]) -> list[str]:
    """The place a claim is about: named in its sentence, else the nearest one named
    before it in its paragraph."""
    def found(text: str) -> list[tuple[int, str]]:
        hits = [(m.start(), p) for p in places if p
                for m in re.finditer(rf"(?i)\b{re.escape(p)}\b", text)]
        # "South Korea" also contains "Korea": keep the longest name at a position
        return [(i, p) for i, p in hits if not any(j <= i and i + len(p) <= j + len(q) and q != p
                                                    for j, q in hits)]
    para_start = ctx.text.rfind("\n", 0, c.start) + 1
    sent_start = ctx.text.rfind(c.sentence, para_start, c.start + len(c.sentence)) if c.sentence else -1
    ordered: list[str] = []
    if sent_start >= 0:
        pos = c.start - sent_start
        for _, p in sorted(found(c.sentence), key=lambda h: abs(h[0] - pos)):
            if p not in ordered:
                ordered.append(p)
    for _, p in sorted(found(ctx.text[para_start : c.start]), reverse=True):
        if p not in ordered:
            ordered.append(p)
    return ordered


def _head_ok(ctx: Context, c: Claim, fact: QuantityFact) -> bool:
    group = _group(fact.measure_head)
    if c.measure_head and c.measure_head not in _GENERIC_HEADS:
        return c.measure_head in group
    para = _paragraph(ctx.text, c.start)
    return any(_mentions(para, w) for w in group if len(w) > 3)


def _years(c: Claim) -> tuple[int | None, int | None]:
    return (year_of(c.period.start), year_of(c.period.end)) if c.period else (None, None)


def candidates(ctx: Context, c: Claim) -> list[QuantityFact]:
    """Facts that state the quantity the claim states, best first."""
    facts: Facts = ctx.facts
    for place in _places(ctx, c, {f.place for f in facts.quantities}):
        found = [f for f in _candidates_at(ctx, c, place)
                 if not f.value or 1 / MAX_RATIO <= c.value / f.value <= MAX_RATIO]
        if found:
            return found
    return []


def _candidates_at(ctx: Context, c: Claim, place: str) -> list[QuantityFact]:
    facts: Facts = ctx.facts
    sex = re.search(r"(?i)\b(?:women|men|female|male)\b", c.sentence)
    pool = [f for f in facts.quantities if f.kind == c.kind.value and f.place == place
            and _head_ok(ctx, c, f) and (sex or not re.search(r"_(?:men|women)$", f.series))]
    y0, y1 = _years(c)
    pub = int(ctx.published[:4]) if ctx.published else None
    if y0 is not None and y0 == y1:
        annual = [f for f in pool if f.year_span == (y0, y0) and "cumulative" not in f.series]
        # calendar-year series before fiscal ones (news counts by calendar year)
        return sorted(annual, key=lambda f: ("fiscal" in f.series, f.superseded))
    end = y1 or pub
    if end is None:
        return []
    cumulative = [f for f in pool if "cumulative" in f.series and f.year_span[1] is not None
                  and f.year_span[1] <= end and not f.superseded]
    year_end = [f for f in cumulative if f.period_end.endswith("12-31")] or cumulative
    return sorted(year_end, key=lambda f: f.period_end, reverse=True)[:1]


def _cite(f: QuantityFact) -> str:
    src = f.source.split(" ; ")[0]
    return f"{f.measure}, {f.period_start or '?'}..{f.period_end}: {fmt(f.value)} (source: {src})"


def _quantity_findings(ctx: Context):
    matched: dict[str, tuple[Claim, QuantityFact]] = {}
    for c in ctx.claims:
        if c.kind.value not in ("count", "money", "percent"):
            continue
        found = candidates(ctx, c)
        if not found:
            continue
        f = found[0]  # candidates() keeps only facts within MAX_RATIO of the claim
        matched[c.id] = (c, f)
        if f.superseded:
            continue
        verdict = judge(c, f.value)
        diff = (c.value - f.value) / f.value * 100 if f.value else 0.0
        side = "above" if diff > 0 else "below"
        how = "matches" if verdict == "consistent" else f"is {abs(diff):.1f}% {side}"
        yield finding(
            "facts", verdict, (c,),
            f"'{c.text}' {how} the reference figure: {_cite(f)}; {describe(c)} -> {verdict}",
            expected=f.value, observed=c.value, formula=f"({fmt(c.value)} - {fmt(f.value)}) / {fmt(f.value)} = {diff:+.1f}%",
            tolerance=describe(c), source=f"{f.id}: {f.source}")
    yield from _series_findings(ctx, matched)


def _series_findings(ctx: Context, matched):
    """Trend and extreme claims against the annual series their numbers belong to."""
    facts: Facts = ctx.facts
    by_sentence: dict[str, list[tuple[Claim, QuantityFact]]] = {}
    for c, f in matched.values():
        if f.year_span[0] is not None and f.year_span[0] == f.year_span[1] and f.series:
            by_sentence.setdefault(c.sentence, []).append((c, f))
    for sentence, pairs in by_sentence.items():
        series = facts.series(pairs[0][1].series)
        pairs.sort(key=lambda p: p[1].year_span[0])
        src = pairs[0][1].source.split(" ; ")[0]
        m = _TREND.search(sentence)
        if m and len(pairs) >= 2:
            (a, fa), (b, fb) = pairs[0], pairs[-1]
            y0, y1 = fa.year_span[0], fb.year_span[0]
            down = m.group("dir").lower().startswith(("decl", "decr", "fall", "drop"))
            breaks = [y for y in range(y0 + 1, y1 + 1) if y in series and y - 1 in series
                      and ((series[y].value > series[y - 1].value) if down else (series[y].value < series[y - 1].value))]
            verdict = "inconsistent" if breaks else "consistent"
            word = "rose" if down else "fell"
            detail = ", ".join(f"{y} ({fmt(series[y].value)} vs {fmt(series[y - 1].value)})" for y in breaks)
            yield finding(
                "facts", verdict, (a, b),
                f"'{m.group(0)}' from {y0} to {y1} is contradicted by the series: it {word} in {detail} (source: {src})"
                if breaks else f"'{m.group(0)}' from {y0} to {y1} holds for every year of the series (source: {src})",
                source=src, formula=f"year-on-year changes {y0}..{y1}")
        for c, f in pairs:
            if _PEAK_BEFORE.search(ctx.text[max(0, c.start - 12) : c.start]):
                year = f.year_span[0]
                higher = [y for y, g in series.items() if g.value > f.value and y <= (int(ctx.published[:4]) if ctx.published else 9999)]
                verdict = "inconsistent" if higher else "consistent"
                yield finding(
                    "facts", verdict, (c,),
                    f"'{c.text}' in {year} is called a peak: " + (
                        f"higher in {', '.join(map(str, sorted(higher)))}" if higher
                        else f"no year of the series is higher (source: {src})"),
                    expected=max(g.value for g in series.values()), observed=c.value, source=src)
        low = _LOW.search(sentence)
        if low:
            window = [o for o in ctx.claims if o.sentence == sentence and o.kind.value == "duration"
                      and o.unit == "year"]
            ref_claim, ref = pairs[-1]
            year = ref.year_span[0]
            span = int(window[0].value) if window else None
            first = year - span + 1 if span else min(series)
            lower = [y for y in range(first, year) if y in series and series[y].value < ref.value]
            verdict = "inconsistent" if lower else "consistent"
            what = f"the last {span} years ({first}-{year})" if span else f"the series since {first}"
            yield finding(
                "facts", verdict, (ref_claim, *window[:1]),
                f"'{low.group(0)}' for {year} ({fmt(ref.value)}) over {what}: " + (
                    "; ".join(f"{y} was lower ({fmt(series[y].value)})" for y in lower) if lower
                    else "no year was lower") + f" (source: {src})",
                expected=min([series[y].value for y in lower] or [ref.value]), observed=ref.value, source=src)


def _event_findings(ctx: Context):
    """A date the text gives for an event's start ("since 2016", "became leader in late 2011")."""
    facts: Facts = ctx.facts
    places = {f.place for f in facts.quantities} | {"north korea", "south korea", "united states"}
    for d in ctx.claims:
        if d.kind.value != "date":
            continue
        before = ctx.text[max(0, d.start - 80) : d.start]
        if not _EVENT_CUE.search(before):
            continue
        best: tuple[int, EventFact] | None = None
        for e in facts.events:
            if e.subject.lower() in places or e.subject.lower() not in before.lower():
                continue
            hits = sum(1 for k in e.keyword_list if re.search(rf"(?i)\b{re.escape(k)}", d.sentence))
            if hits and (best is None or hits > best[0]):
                best = (hits, e)
        if best is None:
            continue
        e = best[1]
        start_year = int(e.date_start[:4])
        claimed = int(d.lower if d.lower is not None else d.value)
        verdict = "consistent" if claimed == start_year else "inconsistent"
        src = e.source.split(" ; ")[0]
        yield finding(
            "facts", verdict, (d,),
            f"'{d.text}' dates '{e.event}': it began {e.date_start}"
            + (" as stated" if verdict == "consistent" else f", not in {claimed}") + f" (source: {src})",
            expected=float(start_year), observed=float(claimed), source=f"{e.id}: {e.source}")


@rule("facts")
def facts(ctx: Context):
    if ctx.facts is None:
        return
    yield from _quantity_findings(ctx)
    yield from _event_findings(ctx)
