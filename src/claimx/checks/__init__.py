"""Consistency checks: one pure, registered function per rule.

A rule takes a :class:`Context` (the article's claims and text) and returns
findings without ids; :func:`run_checks` numbers them. ``RULES`` is the
registry; a test snapshots its names so none silently falls out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from ..models import Claim, Finding

SEVERITY = {"consistent": "info", "loose": "warning", "inconsistent": "error",
            "unverifiable": "info"}


@dataclass(frozen=True)
class Context:
    text: str
    claims: tuple[Claim, ...]
    published: str | None = None
    facts: object | None = None  # a loaded facts table, when --facts is given
    names: dict | None = None  # claim id -> distinctive names in its sentence ({"ford motor company"})
    body_start: int = 0  # where the text after any front matter begins


Rule = Callable[[Context], Iterable[Finding]]
RULES: dict[str, Rule] = {}


def rule(name: str):
    """Register a rule function under ``name`` (its findings carry that id)."""

    def wrap(fn: Rule) -> Rule:
        RULES[name] = fn
        return fn

    return wrap


def finding(rule_name: str, verdict: str, claims: Iterable[Claim], message: str,
            expected: float | None = None, observed: float | None = None,
            formula: str | None = None, tolerance: str | None = None,
            source: str | None = None, severity: str | None = None) -> Finding:
    return Finding(id="f0", rule=rule_name, severity=severity or SEVERITY[verdict], verdict=verdict,
                   claims=tuple(c.id for c in claims), message=message, expected=expected,
                   observed=observed, formula=formula, tolerance=tolerance, source=source)


def run_checks(ctx: Context, rules: Iterable[str] | None = None) -> tuple[Finding, ...]:
    """Every registered rule over one article; findings numbered f1, f2, ... in claim order."""
    from . import (arithmetic, direction, elapsed, extremes, facts, percent_change,  # noqa: F401
                   percent_points, ratio, same_quantity)

    out: list[Finding] = []
    seen: set[tuple] = set()
    for name in rules or RULES:
        if name == "facts" and ctx.facts is None:
            continue
        for f in RULES[name](ctx):
            key = (f.rule, f.claims, f.message)
            if key not in seen:
                seen.add(key)
                out.append(f)
    order = {c.id: i for i, c in enumerate(ctx.claims)}
    out.sort(key=lambda f: (min(order.get(c, 0) for c in f.claims), f.rule))
    return tuple(f.model_copy(update={"id": f"f{i}"}) for i, f in enumerate(out, 1))


def sentence_start(text: str, c: Claim) -> int:
    """Where c's sentence begins in the text: the last copy of it that starts at or before
    c (-1 when the claim carries no sentence)."""
    return text.rfind(c.sentence, 0, c.start + len(c.sentence)) if c.sentence else -1


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Where the line holding ``pos`` starts and ends (sentences never cross a line)."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


BULLET = re.compile(r"[ \t]*[-*•][ \t]+")  # a list item's marker, matched at a line's start


def is_vague(c: Claim) -> bool:
    """"millions", "several hundred": a scale, not a figure to add or restate."""
    return bool(c.provenance and c.provenance.pattern in ("vague-plural", "several-scale"))


def plus(claims: Iterable[Claim]) -> str:
    """The values of some claims as a sum is written: "1,000,000,000 + 800,000,000"."""
    return " + ".join(fmt(c.value) for c in claims)


def fmt(x: float) -> str:
    """A number as a reader writes it: 35,000; 62.1; 0.5."""
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.2f}"


_MINOR = {"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "for", "with", "from", "on", "at",
          "by", "as", "into", "per", "via", "their", "its", "our", "than", "that", "up"}


def is_title(sentence: str) -> bool:
    """Title case: most words capitalised, the short function words aside ("$150 Million to
    Address the Unique Needs of People with Disabilities ... Moving Forward.")."""
    words = [w for w in sentence.split() if w[:1].isalpha() and w.lower() not in _MINOR]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.6
