"""Planted inconsistencies: break a relation gold marks consistent, see if check notices.

For each gold relation of a mutable type marked consistent, one number of it is
rewritten in the text (the last mention, which the codebook orders as the
result or total; the others when it has no digits) so the relation no longer
holds: the value is scaled by ``FACTOR`` (up for a plain or "at least" figure, down
for an "at most" one, the direction in which a bound breaks), written with the same digits, separators and decimals, so the
text stays otherwise identical and the number well formed. A hit is a warning
or error whose claims include the changed number. The same run counts the
warnings and errors on the unmodified articles.

The mutation is chosen from the gold and the text alone; nothing here asks the
checker whether a change "counts".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .gold import article_path, gold_files, load_gold
from .models import GoldMention

MUTABLE = ("same_quantity", "difference", "sum", "conversion", "ratio", "percent_change")
NUMERIC = ("count", "money", "percent", "duration", "ratio", "measure", "age")
FACTOR = 1.25
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def rewrite(text: str, factor: float) -> str | None:
    """The mention text with its first number scaled, written the same way.

    >>> rewrite("about $500", 1.25), rewrite("62.1 percent", 1.25), rewrite("33,523", 0.75)
    ('about $625', '77.6 percent', '25,142')
    """
    m = _DIGITS.search(text)
    if not m:
        return None
    raw = m.group(0)
    dec = len(raw.split(".")[1]) if "." in raw else 0
    old = float(raw.replace(",", ""))
    new = round(old * factor, dec)
    if new == old:
        new = old + 10 ** -dec
    body = f"{new:,.{dec}f}" if "," in raw else f"{new:.{dec}f}"
    return text[: m.start()] + body + text[m.end() :]


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
            factor = 1 / FACTOR if target.qualifier.value == "at_most" else FACTOR
            new = rewrite(target.text, factor)
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
                 f"{len(result.mutations)} planted; {result.skipped} relations had no written number to change)")
    lines.append(f"warnings+errors on unmodified articles: {result.alarms_unmodified} "
                 f"({result.alarms_per_1000:.3f} per 1,000 words, {result.words} words)")
    if verbose:
        lines.append("")
        for m in result.mutations:
            lines.append(f"{'HIT ' if m.hit else 'miss'} {m.article[:30]} {m.relation} {m.rtype}: "
                         f"{m.before!r} -> {m.after!r}")
    return "\n".join(lines)
