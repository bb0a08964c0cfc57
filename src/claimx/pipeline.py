"""Orchestration only: article -> parse once -> extract -> claims (-> check).

``process`` is a pure function of (text, path, published, settings): it reads no
global state but the cached model, so batches can run it in worker processes.
"""

from __future__ import annotations

import re

from .extractors import Candidate, find_candidates
from .measure import claim_tokens, counted_unit, measure_phrase, measured_noun
from .models import Claim, Document, Period, Provenance, Report
from .parse import load_nlp
from .text import Article, make_article

_WORD = re.compile(r"\b\w+\b")
_SINCE = re.compile(r"(?i:\b(?:since|from))\b[^,;.\d]{0,60}$")
_UNTIL = re.compile(r"(?i:\b(?:until|through|by|to))\s+(?:the\s+)?$")


def _period(c: Candidate, dates: list[Candidate], sent_start: int, sent_end: int,
            text: str, published: str | None) -> Period | None:
    """The time a number is about: the nearest date mention of its sentence.

    "since X" makes the period run from X to the publication date; "until X" ends
    it at X ("From the mid-1990s until the end of 2019" -> 1993..2019-12-31).
    """
    if c.kind == "date":
        return None
    in_sent = [d for d in dates if sent_start <= d.start < sent_end]
    if not in_sent:
        return None
    def gap(d):
        return (d.start - c.end) if d.start >= c.end else 2 * (c.start - d.end)

    nearest = min(in_sent, key=gap)
    if 0 <= nearest.start - c.end <= 25 and nearest.qualifier != "range":
        # "1.4 million loans made in 2021": a date right after the number is its period
        lo, hi = _date_bounds(nearest)
        return Period(start=lo, end=hi)
    start = end = None
    bounded = False
    for d in in_sent:
        lo, hi = _date_bounds(d)
        before = text[max(sent_start, d.start - 70) : d.start]
        if d.qualifier == "range":
            continue
        if _SINCE.search(before):
            start, bounded = lo, True
            end = end or published
        elif _UNTIL.search(before[-20:]):
            end, bounded = hi, True
    if not bounded:
        start, end = _date_bounds(nearest)
    if start is None and end is None:
        return None
    return Period(start=start, end=end)


def _date_bounds(d: Candidate) -> tuple[str, str]:
    if d.date and "/" in d.date:
        a, b = d.date.split("/", 1)
        return a, b
    if d.date:
        return d.date, d.date
    return str(int(d.lower or d.value)), str(int(d.upper or d.value))


def _to_claim(i: int, c: Candidate, span, text: str, period: Period | None) -> Claim:
    measure = head = None
    unit = c.unit
    sentence = ""
    if span is not None and len(span):
        sent = span[0].sent
        sentence = sent.text
        if c.kind != "date":
            noun = measured_noun(span)
            if noun is not None:
                measure, head = measure_phrase(noun, span), noun.lemma_.lower()
            if c.kind == "count" and unit is None:
                unit = counted_unit(span)
    steps = c.steps
    return Claim(
        id=f"c{i}", start=c.start, end=c.end, text=text[c.start : c.end], kind=c.kind,
        value=float(c.value), unit=unit, qualifier=c.qualifier,
        lower=None if c.lower is None else float(c.lower),
        upper=None if c.upper is None else float(c.upper), date=c.date, measure=measure,
        measure_head=head, period=period, sentence=sentence,
        provenance=Provenance(extractor=c.extractor, pattern=c.pattern, steps=steps),
    )


_REFERRING = {"figure", "number", "total", "amount", "tally", "count", "sum"}
# "this figure", "the total", but not "the number who resettled" or "the total of X"
_REFERS_BACK = re.compile(r"(?i)\b(?:this|that|the)\s+(figure|number|total|amount|tally|count|sum)\b"
                          r"(?!\s+(?:of|who|which|that|for)\b)")


def _elliptical(claim: Claim, before: list[Claim], text: str) -> Claim:
    """ "An additional thousand or two have settled in Europe and some 225 have been
    admitted": a count with no noun of its own counts what the last count of its
    paragraph counted. So does one whose noun only refers back ("this figure rose to
    1,200", "bringing the total to more than 350"): a count or an amount of money."""
    referring = claim.measure_head in _REFERRING and claim.kind.value in ("count", "money") and any(
        m.group(1).lower() == claim.measure_head for m in _REFERS_BACK.finditer(claim.sentence))
    if not referring and (claim.kind.value != "count" or claim.measure_head is not None):
        return claim
    para = text.rfind("\n", 0, claim.start)
    for prev in reversed(before):
        if prev.start < para:
            break
        if prev.kind == claim.kind and prev.measure_head and prev.measure_head not in _REFERRING:
            why = f"'{claim.measure}' refers back" if referring else "no noun of its own"
            return claim.model_copy(update={
                "measure": prev.measure, "measure_head": prev.measure_head,
                "provenance": claim.provenance.model_copy(update={
                    "steps": claim.provenance.steps + (f"measure from '{prev.text}' ({why})",)})})
    return claim


def _years_as_counts(cands: list[Candidate], doc) -> list[Candidate]:
    """A bare year-like number that spaCy reads as a cardinal of a plural noun is a count
    ("2000 refugees"), not a date ("the 2020 elections" stays a date)."""
    from dataclasses import replace

    out = []
    for c in cands:
        if c.kind == "date" and c.pattern == "year" and c.qualifier == "exact":
            span = claim_tokens(doc, c.start, c.end)
            if span is not None and len(span) == 1:
                t = span[0]
                if t.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY") and t.dep_ == "nummod" \
                        and t.head.tag_ == "NNS" and t.head.i == t.i + 1:
                    c = replace(c, kind="count", date=None, extractor="numbers", pattern="number",
                                steps=c.steps + ("year-like number read as a count (spaCy)",))
        out.append(c)
    return out


_NAME_ENTS = {"PRODUCT", "ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT"}


def _drop_names(cands: list[Candidate], doc) -> list[Candidate]:
    """A bare number right after a proper noun that spaCy reads as part of a name
    ("Boeing 737", "Windows 10", "Route 66") is not a claim."""
    out = []
    for c in cands:
        if c.kind == "count" and c.pattern == "number" and c.qualifier == "exact" \
                and doc.text[c.start : c.end].isdigit():
            span = claim_tokens(doc, c.start, c.end)
            if span is not None and len(span) == 1 and span[0].i > 0:
                t, prev = span[0], doc[span[0].i - 1]
                if t.ent_type_ in _NAME_ENTS and prev.pos_ == "PROPN" and prev.text[:1].isupper():
                    continue
        out.append(c)
    return out


def extract_article(article: Article, nlp=None) -> Report:
    """All claims of one article (front matter excluded), offsets into the text as read."""
    return _extract(article, nlp)[0]


_NAME_LABELS = ("ORG", "PERSON", "FAC", "PRODUCT")
NAME_SENTENCES = 3  # a name in more sentences than this is background (the agency, the program)


_GOVERNMENT = re.compile(r"(?i)\b(?:administration|congress|department|agency|government|senate|house|"
                         r"federal|president|secretary|ministry|republicans?|democrats?)\b")


def _names(doc, claims) -> dict[str, frozenset]:
    """Per claim, the distinctive names its sentence gives: organisations, people,
    facilities and products named in at most NAME_SENTENCES sentences of the article (the agency
    every sentence mentions tells nothing apart). What the checker needs to tell "Ford
    Motor Company announced it will invest $3.7 billion" from "Panasonic announced a $4
    billion plant"."""
    def key(e):
        return e.text.lower().removeprefix("the ").strip()

    def subject(e):
        # a company or person, not the government that issues the fact sheet ("the
        # Biden-Harris Administration", "Congress") nor a parser slip ("made")
        return e.label_ in _NAME_LABELS and e.text.removeprefix("the ")[:1].isupper() \
            and not _GOVERNMENT.search(e.text)

    seen: dict[str, set] = {}
    for e in doc.ents:
        if subject(e):
            seen.setdefault(key(e), set()).add(e.sent.start)
    out = {}
    for c in claims:
        span = claim_tokens(doc, c.start, c.end)
        if span is None or not len(span):
            continue
        names = frozenset(key(e) for e in span[0].sent.ents
                          if subject(e) and len(seen.get(key(e), ())) <= NAME_SENTENCES)
        if names:
            out[c.id] = names
    return out


def _extract(article: Article, nlp=None):
    nlp = nlp or load_nlp()
    text = article.text
    # Front matter is not prose: blank it with spaces (one parse, offsets unchanged).
    doc = nlp(" " * article.body_start + text[article.body_start :])
    cands = find_candidates(text, article.body_start, len(text), article.published)
    cands = _drop_names(_years_as_counts(cands, doc), doc)
    dates = [c for c in cands if c.kind == "date"]
    claims: list[Claim] = []
    for i, c in enumerate(cands, 1):
        span = claim_tokens(doc, c.start, c.end)
        if span is not None and len(span):
            sent = span[0].sent
            s0, s1 = sent.start_char, sent.end_char
        else:
            s0, s1 = c.start, c.end
        claim = _to_claim(i, c, span, text, _period(c, dates, s0, s1, text, article.published))
        claims.append(_elliptical(claim, claims, text))
    body = text[article.body_start :]
    document = Document(
        path=article.path, published=article.published, published_source=article.published_source,
        title=_str(article.meta.get("title")), author=_str(article.meta.get("author")),
        source=_str(article.meta.get("source") or article.meta.get("url")),
        body_start=article.body_start, words=len(_WORD.findall(body)), warnings=article.warnings,
    )
    return Report(document=document, claims=tuple(claims)), doc


def _str(v) -> str | None:
    return None if v is None else str(v)


def extract_text(text: str, published: str | None = None, path: str = "<text>") -> Report:
    return extract_article(make_article(path, text, published))


def check_article(article: Article, nlp=None, facts=None) -> Report:
    """Extract, then run every registered consistency rule over the claims."""
    from .checks import Context, run_checks

    report, doc = _extract(article, nlp)
    ctx = Context(text=article.text, claims=report.claims, published=article.published, facts=facts,
                  names=_names(doc, report.claims), body_start=article.body_start)
    return report.model_copy(update={"findings": run_checks(ctx)})


def check_text(text: str, published: str | None = None, facts=None, path: str = "<text>") -> Report:
    return check_article(make_article(path, text, published), facts=facts)
