"""Planted inconsistencies: break a relation gold marks consistent, see if check notices.

For each gold relation of a mutable type marked consistent, one number of it is
rewritten in the text (the last mention, which the codebook orders as the
result or total; the others when it has no digits) so the relation no longer
holds: the value is scaled by ``FACTOR`` up or down, written with the same
digits, separators and decimals (every number of a range), so the text stays
otherwise identical and the number well formed. A hit is a warning or error
whose claims include the changed number. The same run counts the warnings and
errors on the unmodified articles.

A change must really break the relation as gold states it: "over 550" and
"some 553" still agree when 553 becomes 691, so :func:`breaks` reads the gold
mentions' own bounds (the convention's ``lower``/``upper``) and the relation's
arithmetic, and the harness tries up first (down for an "at most" figure), then
the other way, and counts a relation that no 25 % change can break (a "more than"
total of "more than" parts) as unbreakable rather than planting a non-error.
The mutation is chosen from the gold and the text alone; nothing here asks the
checker whether a change "counts".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from .checks.tolerance import rounding_unit
from .gold import article_path, gold_files, load_gold
from .models import GoldMention

MUTABLE = ("same_quantity", "difference", "sum", "conversion", "ratio", "percent_change")
NUMERIC = ("count", "money", "percent", "duration", "ratio", "measure", "age")
FACTOR = 1.25
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _scale(raw: str, factor: float) -> str:
    dec = len(raw.split(".")[1]) if "." in raw else 0
    old = float(raw.replace(",", ""))
    new = round(old * factor, dec)
    if new == old:
        new = old + (10 ** -dec if factor > 1 else -(10 ** -dec))
    return f"{new:,.{dec}f}" if "," in raw else f"{new:.{dec}f}"


def rewrite(text: str, factor: float, every: bool = False) -> str | None:
    """The mention text with its first number (``every``: all of them) scaled, written the same way.

    >>> rewrite("about $500", 1.25), rewrite("62.1 percent", 1.25), rewrite("33,523", 0.75)
    ('about $625', '77.6 percent', '25,142')
    >>> rewrite("5 to 7 years", 1.25, every=True)
    '6 to 9 years'
    """
    if not _DIGITS.search(text):
        return None
    return _DIGITS.sub(lambda m: _scale(m.group(0), factor), text, count=0 if every else 1)


APPROX = 0.10  # what "about"/"some"/"nearly" may cover, relative; generous on purpose


def _bounds(m: GoldMention, factor: float = 1.0) -> tuple[float, float]:
    """The interval gold's own fields allow, generously: exact to the place written,
    approximate +-10 %, "nearly" up to 10 % under, bounds open on their free side,
    ranges their ends."""
    q = m.qualifier.value
    v = m.value * factor
    if q == "range" and m.lower is not None and m.upper is not None:
        return m.lower * factor, m.upper * factor
    if q == "at_least":
        return v, math.inf
    if q == "at_most":
        return -math.inf, v
    if q == "nearly":
        return v * (1 - APPROX), v
    # exact: half the place the number is written to, the convention's reading of precision
    s = APPROX * abs(v) if q == "approximate" else rounding_unit(m)[0] / 2
    return v - s, v + s


def _inside(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def breaks(rtype: str, mentions: list[GoldMention], target: GoldMention, factor: float) -> bool:
    """Whether scaling ``target`` by ``factor`` makes the gold relation false as gold reads it.

    >>> m = lambda v, q="exact", lo=None, hi=None: GoldMention(id="m", start=0, end=1, text="1",
    ...     kind="count", value=v, qualifier=q, lower=lo, upper=hi)
    >>> over, some = m(550, "at_least", 550), m(553, "approximate")
    >>> breaks("same_quantity", [over, some], some, 1.25), breaks("same_quantity", [over, some], some, 0.8)
    (False, True)
    """
    others = [m for m in mentions if m is not target and m.kind == target.kind]
    new = _bounds(target, factor)
    if rtype == "same_quantity":
        if target.qualifier.value == "range":
            # a restated range must keep its ends ("5 to 7 years" is not "6 to 9 years") and
            # stay inside a bound it restates ("2-3 million" within "up to 3 million")
            return any(o.qualifier.value in ("range", "at_least", "at_most") and not _inside(new, _bounds(o))
                       or not _meet(new, _bounds(o)) for o in others)
        return any(not _meet(new, _bounds(o)) for o in others)
    if rtype in ("sum", "difference") and target is mentions[-1] and len(mentions) >= 2:
        parts = [_bounds(m) for m in mentions[:-1]]
        if rtype == "sum":
            lo, hi = sum(p[0] for p in parts), sum(p[1] for p in parts)
        else:
            lo, hi = parts[0][0] - sum(p[1] for p in parts[1:]), parts[0][1] - sum(p[0] for p in parts[1:])
            # the text states the size of the difference: |a - b|
            lo, hi = (lo, hi) if lo >= 0 else (-hi, -lo) if hi <= 0 else (0.0, max(-lo, hi))
        return not _meet(new, (lo, hi))
    return True  # ratios, percent changes, conversions: a 25 % change breaks them


@dataclass
class Mutation:
    article: str
    relation: str
    rtype: str
    mention: GoldMention
    before: str
    after: str
    hit: bool = False
    finding: str = ""


@dataclass
class MutationRun:
    mutations: list[Mutation] = field(default_factory=list)
    skipped: int = 0
    unbreakable: int = 0
    words: int = 0
    alarms_unmodified: int = 0
    per_article: dict = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return sum(m.hit for m in self.mutations) / len(self.mutations) if self.mutations else 0.0

    @property
    def alarms_per_1000(self) -> float:
        return 1000 * self.alarms_unmodified / self.words if self.words else 0.0


def _target(relation, mentions: dict[str, GoldMention]) -> GoldMention | None:
    for mid in reversed(relation.mentions):
        m = mentions[mid]
        if m.kind.value in NUMERIC and _DIGITS.search(m.text):
            return m
    return None


def _breaking_rewrite(rtype: str, members: list[GoldMention], target: GoldMention) -> str | None:
    """The target rewritten up (down for an "at most" figure), else the other way, so that
    the relation breaks as :func:`breaks` reads it with the number actually written."""
    first = 1 / FACTOR if target.qualifier.value == "at_most" else FACTOR
    old = float(_DIGITS.search(target.text).group(0).replace(",", ""))
    for factor in (first, 1 / first):
        new = rewrite(target.text, factor, every=target.qualifier.value == "range")
        written = float(_DIGITS.search(new).group(0).replace(",", ""))
        if breaks(rtype, members, target, written / old):
            return new
    return None


def run(gold_dir: Path, check=None) -> MutationRun:
    """Plant one inconsistency per mutable consistent relation and check each article."""
    from .pipeline import check_article
    from .text import make_article

    check = check or check_article
    result = MutationRun()
    for gpath in gold_files(gold_dir):
        gold = load_gold(gpath)
        apath = article_path(gpath, gold)
        text = apath.read_text(encoding="utf-8")
        base = check(make_article(str(apath), text, gold.published))
        art = make_article(str(apath), text, gold.published)
        words = len(text[art.body_start :].split())
        alarms = sum(1 for f in base.findings if f.severity.value in ("warning", "error"))
        result.words += words
        result.alarms_unmodified += alarms
        mentions = {m.id: m for m in gold.mentions}
        row = {"words": words, "alarms": alarms, "mutations": 0, "hits": 0}
        for rel in gold.relations:
            if rel.type not in MUTABLE or rel.verdict.value != "consistent":
                continue
            target = _target(rel, mentions)
            if target is None:
                result.skipped += 1
                continue
            members = [mentions[i] for i in rel.mentions]
            new = _breaking_rewrite(rel.type, members, target)
            if new is None:
                result.unbreakable += 1
                continue
            mutated = text[: target.start] + new + text[target.end :]
            report = check(make_article(str(apath), mutated, gold.published))
            span = (target.start, target.start + len(new))
            changed = {c.id for c in report.claims if c.start < span[1] and span[0] < c.end}
            hits = [f for f in report.findings
                    if f.severity.value in ("warning", "error") and changed & set(f.claims)]
            mut = Mutation(apath.stem, rel.id, rel.type, target, target.text, new, bool(hits),
                           hits[0].message if hits else "")
            result.mutations.append(mut)
            row["mutations"] += 1
            row["hits"] += mut.hit
        result.per_article[apath.stem] = row
    return result


def render(result: MutationRun, verbose: bool = False) -> str:
    lines = [f"{'article':48} {'words':>6} {'alarms':>6} {'planted':>7} {'found':>5}"]
    for name, r in result.per_article.items():
        lines.append(f"{name[:48]:48} {r['words']:>6} {r['alarms']:>6} {r['mutations']:>7} {r['hits']:>5}")
    by_type: dict[str, list[int]] = {}
    for m in result.mutations:
        t = by_type.setdefault(m.rtype, [0, 0])
        t[0] += 1
        t[1] += m.hit
    lines.append("")
    lines.append("planted by relation type: " + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(by_type.items())))
    lines.append(f"detection recall: {result.recall:.3f} ({sum(m.hit for m in result.mutations)}/"
                 f"{len(result.mutations)} planted; {result.skipped} relations had no written number to change, "
                 f"{result.unbreakable} could not be broken by a {FACTOR:g}x change)")
    lines.append(f"warnings+errors on unmodified articles: {result.alarms_unmodified} "
                 f"({result.alarms_per_1000:.3f} per 1,000 words, {result.words} words)")
    if verbose:
        lines.append("")
        for m in result.mutations:
            lines.append(f"{'HIT ' if m.hit else 'miss'} {m.article[:30]} {m.relation} {m.rtype}: "
                         f"{m.before!r} -> {m.after!r}")
    return "\n".join(lines)
