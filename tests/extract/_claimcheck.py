"""Shared helpers for the table-driven extractor tests.

Each row gives an input text and the complete list of claims a careful annotator
would record under spec/annotation.md.  ``check`` asserts that claimx.extract
returns exactly those claims (same spans, in order) with the expected fields,
and that every claim's text is ``input[start:end]`` (offsets are sacred).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

import claimx

def extract(text: str, published: str | None = None):
    """The public API under test: ``claimx.extract(text, published=None)``."""
    return claimx.extract(text, published=published)


ANY = object()  # field not asserted (e.g. a count's counted-noun unit)


@dataclass(frozen=True)
class E:
    """One expected claim: span text, kind, value, qualifier, lower, upper, unit, date.

    ``nth`` picks the n-th occurrence of ``span`` in the input when it repeats.
    """

    span: str
    kind: str
    value: float
    qualifier: str = "exact"
    lower: object = ANY
    upper: object = ANY
    unit: object = ANY
    date: object = ANY
    nth: int = 0
    extra: dict = field(default_factory=dict)


def exact(span, kind, value, **kw):
    """An unhedged claim: lower = upper = value."""
    return E(span, kind, value, "exact", value, value, **kw)


def at_least(span, kind, value, **kw):
    return E(span, kind, value, "at_least", value, None, **kw)


def at_most(span, kind, value, **kw):
    return E(span, kind, value, "at_most", None, value, **kw)


def approx(span, kind, value, **kw):
    return E(span, kind, value, "approximate", None, None, **kw)


def nearly(span, kind, value, **kw):
    return E(span, kind, value, "nearly", None, None, **kw)


def rng(span, kind, value, lower, upper, **kw):
    return E(span, kind, value, "range", lower, upper, **kw)


def _offset(text: str, span: str, nth: int) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(span, pos + 1)
        assert pos >= 0, f"test bug: span {span!r} (occurrence {nth}) not in input"
    return pos


def _num_eq(got, want) -> bool:
    if want is None or got is None:
        return got is want
    return got == pytest.approx(want, rel=1e-3, abs=1e-9)


def _enum(v):
    return getattr(v, "value", v)


def describe(claims) -> str:
    return "\n".join(
        f"  {c.start}:{c.end} {c.text!r} {_enum(c.kind)} {c.value:g} {_enum(c.qualifier)} "
        f"lo={c.lower} hi={c.upper} unit={c.unit} date={c.date}" for c in claims) or "  (none)"


def check_offsets(text: str, claims) -> None:
    for c in claims:
        assert 0 <= c.start <= c.end <= len(text)
        assert c.text == text[c.start : c.end], f"offsets broken for {c.text!r}"


def check(text: str, expected: list[E], published: str | None = None):
    """Extract and compare against the complete expected list of claims."""
    claims = extract(text, published=published)
    check_offsets(text, claims)
    got_spans = [(c.start, c.end) for c in claims]
    want_spans = sorted((_offset(text, e.span, e.nth), _offset(text, e.span, e.nth) + len(e.span))
                        for e in expected)
    assert got_spans == want_spans, (
        f"spans differ\nexpected: {[text[s:t] for s, t in want_spans]}\n"
        f"got:\n{describe(claims)}")
    by_start = {c.start: c for c in claims}
    for e in expected:
        c = by_start[_offset(text, e.span, e.nth)]
        problems = []
        if _enum(c.kind) != e.kind:
            problems.append(f"kind {_enum(c.kind)} != {e.kind}")
        if not _num_eq(c.value, e.value):
            problems.append(f"value {c.value} != {e.value}")
        if _enum(c.qualifier) != e.qualifier:
            problems.append(f"qualifier {_enum(c.qualifier)} != {e.qualifier}")
        for name, want in (("lower", e.lower), ("upper", e.upper)):
            if want is not ANY and not _num_eq(getattr(c, name), want):
                problems.append(f"{name} {getattr(c, name)} != {want}")
        if e.unit is not ANY:
            ok = c.unit in e.unit if isinstance(e.unit, (set, frozenset, tuple)) else c.unit == e.unit
            if not ok:
                problems.append(f"unit {c.unit!r} != {e.unit!r}")
        if e.date is not ANY and c.date != e.date:
            problems.append(f"date {c.date!r} != {e.date!r}")
        for k, want in e.extra.items():
            if getattr(c, k) != want:
                problems.append(f"{k} {getattr(c, k)!r} != {want!r}")
        assert not problems, f"{e.span!r}: " + "; ".join(problems) + f"\ngot:\n{describe(claims)}"
    return claims


def known(reason: str):
    """Mark a row the program gets wrong (the expectation stays as the convention says)."""
    return pytest.mark.xfail(strict=True, reason=f"known limitation: {reason}")
