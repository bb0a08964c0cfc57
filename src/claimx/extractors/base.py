"""The extractor interface: a candidate span, and a base class with patterns as data."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import ClassVar, Iterator

from ..normalize import hedge_qualifier, parse_number
from .lexicon import HEDGE_LEFT, TRAILING

_HEDGE_LEFT = re.compile(HEDGE_LEFT)
_TRAILING = re.compile(TRAILING)
_DATE_HEDGES = {"at least": "at_most", "no later than": "at_most", "not later than": "at_most",
                "on or before": "at_most", "not before": "at_least", "no earlier than": "at_least",
                "on or after": "at_least"}
_NEGATION = re.compile(r"\b(?:not|never|no)\b[^.;]*$|n't\b[^.;]*$")
_TRAILING_MAP = {
    "more": "at_least", "greater": "at_least", "higher": "at_least", "over": "at_least",
    "plus": "at_least", "above": "at_least", "older": "at_least", "less": "at_most", "fewer": "at_most",
    "under": "at_most", "below": "at_most",
}


@dataclass(frozen=True)
class Candidate:
    """A span an extractor proposes, already normalized to claim fields."""

    start: int
    end: int
    kind: str
    value: float
    unit: str | None = None
    qualifier: str = "exact"
    lower: float | None = None
    upper: float | None = None
    date: str | None = None
    extractor: str = ""
    pattern: str = ""
    steps: tuple[str, ...] = ()
    priority: int = 0
    hedgeable: bool = True
    num_start: int | None = None  # where the number itself starts (for the parse)

    def with_bounds(self) -> "Candidate":
        """Fill lower/upper from the qualifier as the convention says."""
        q, v = self.qualifier, self.value
        if q == "range":
            return self
        if self.kind == "date" and (self.lower is not None or self.upper is not None) \
                and q in ("approximate", "exact"):
            return self
        lo, hi = {
            "exact": (v, v), "at_least": (v, None), "at_most": (None, v),
        }.get(q, (None, None))
        return replace(self, lower=lo, upper=hi)


class Extractor:
    """Base class: subclasses set ``name``, ``priority`` and ``patterns`` (name -> regex).

    ``find`` runs every pattern over the text between ``start`` and ``end`` and
    turns each match into candidates with :meth:`build`; the shared hedge logic
    then widens each candidate to its hedge ("some", "more than", "or more").
    """

    name: ClassVar[str] = "base"
    priority: ClassVar[int] = 0
    patterns: ClassVar[dict[str, str]] = {}
    flags: ClassVar[int] = 0
    _compiled: ClassVar[dict[str, re.Pattern]]

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls._compiled = {k: re.compile(v, cls.flags) for k, v in cls.patterns.items()}

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Candidate]:
        end = len(text) if end is None else end
        for pname, rx in self._compiled.items():
            for m in rx.finditer(text, start, end):
                for cand in self.build(pname, m, text):
                    if cand is None:
                        continue
                    cand = replace(cand, extractor=self.name, pattern=pname,
                                   priority=self.priority)
                    if cand.hedgeable:
                        cand = apply_hedges(cand, text)
                    yield cand.with_bounds()

    def build(self, pattern: str, m: re.Match, text: str) -> Iterator[Candidate | None]:
        raise NotImplementedError


def apply_hedges(c: Candidate, text: str) -> Candidate:
    """Widen a candidate over a leading hedge ("some", "only about") or a trailing one."""
    lo = max(0, c.start - 40)
    left = text[lo : c.start]
    nl = left.rfind("\n")
    if nl >= 0:
        left, lo = left[nl + 1 :], lo + nl + 1
    m = _HEDGE_LEFT.search(left)
    if m and c.qualifier == "range":
        # "approximately 55-85%", "Some 10 to 20": the hedge is in the span, the range stays
        h = " ".join(m.group(0).lower().split())
        if hedge_qualifier(h) == "approximate":
            return replace(c, start=lo + m.start(), steps=c.steps + (f"hedge:{h} (range kept)",))
        return c
    if c.qualifier == "range":
        return c
    if m:
        hedge = m.group(0).strip()
        qual = hedge_qualifier(hedge.rstrip()) if hedge != "~" else "approximate"
        h = " ".join(hedge.lower().split())
        if qual and c.kind == "date":
            # Only some hedges bound a date: "around 2010", "since at least 2022" (the start
            # was 2022 or earlier), "no later than 2030"; "less than 2024" is a comparison.
            qual = _DATE_HEDGES.get(h.removeprefix("only ").removeprefix("just "),
                                    "approximate" if qual == "approximate" else None)
        if qual == "at_most" and c.kind == "date" and re.search(r"(?i:until|through|till)\s+$", left[: m.start()]):
            qual = "at_least"  # "until at least 2051": the end is 2051 or later
        if qual == "at_least" and c.kind == "duration" and h == "over" \
                and not re.search(r"(?i:\bfor|\bof|\bafter)\s+$", left[: m.start()]):
            qual = None  # "over five years" usually means "during", not "more than"
        if qual in ("at_least", "at_most") and _NEGATION.search(left[: m.start()][-30:]):
            qual = "at_most" if qual == "at_least" else "at_least"  # "not ... more than"
            h += " (negated)"
        if qual:
            new_q = c.qualifier if (qual == "exact" and c.qualifier != "exact") else qual
            c = replace(c, start=lo + m.start(), qualifier=new_q,
                        steps=c.steps + (f"hedge:{hedge.lower()}->{new_q}",))
    m = _TRAILING.match(text, c.end)
    if m:
        word = m.group(0).split()[-1].lower()
        qual = _TRAILING_MAP.get(word)
        if qual:
            c = replace(c, end=m.end(), qualifier=qual,
                        steps=c.steps + (f"trailing-hedge:{m.group(0).strip().lower()}->{qual}",))
    return c


_FROM_CHANGE = re.compile(r"(?i)(?<!rang)(?<!ranged)(?<!ranges)(?<!ranging)\bfrom[ \t]+$")


def is_change_from(text: str, start: int) -> bool:
    """ "increase from 25% to 50%": two values of a change, not a range; "ranging from" is a range."""
    left = text[max(0, start - 30) : start]
    return bool(_FROM_CHANGE.search(left)) and not re.search(r"(?i)\brang\w*\s+from\s+$", left)


_SCALE_RX = re.compile(r"(thousand|million|billion|trillion|bn|mn|tn|[mbkMBK])\s*$", re.I)


def share_scale(a_text: str, b_text: str, a: float, b: float) -> float:
    """ "$7.7 and $14.4 billion": the first end takes the second end's scale."""
    if _SCALE_RX.search(a_text.strip()) or not _SCALE_RX.search(b_text.strip()):
        return a
    scale = parse_number("1 " + _SCALE_RX.search(b_text.strip()).group(1))
    return a * scale if scale and a * scale <= b else a


def range_ends(m: re.Match, text: str, change_from: bool = True) -> tuple[float, float] | None:
    """Both ends of a range match (groups ``a``, ``sep``, ``b``, optional ``between``).

    "X and Y" is a range only after "between"; "from X to Y" after a change word is two
    values of a change, not a range (unless ``change_from`` is off).
    """
    sep = m.group("sep")
    if sep == "and" and not m.groupdict().get("between"):
        return None
    if change_from and sep == "to" and is_change_from(text, m.start()):
        return None
    a, b = parse_number(m.group("a")), parse_number(m.group("b"))
    if a is None or b is None:
        return None
    return share_scale(m.group("a"), m.group("b"), a, b), b


def range_candidate(m: re.Match, kind: str, a: float, b: float, unit: str | None = None,
                    steps: tuple[str, ...] = ("range",)) -> Candidate | None:
    """A range claim spanning the whole match: value the first end, bounds both ends."""
    if a > b:
        return None
    return Candidate(m.start(), m.end(), kind, a, unit=unit, qualifier="range", lower=a, upper=b,
                     steps=steps, num_start=m.start("a"))


@dataclass
class Masks:
    """Character ranges no extractor may claim (furniture, URLs, identifiers)."""

    ranges: list[tuple[int, int, str]] = field(default_factory=list)

    def hit(self, start: int, end: int) -> str | None:
        for s, e, why in self.ranges:
            if start < e and s < end:
                return why
        return None
