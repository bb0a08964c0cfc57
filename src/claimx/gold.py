"""Gold dataset: loading and validation against the models and the texts.

A gold file is ``gold/<article-stem>.json`` holding one :class:`GoldArticle`.
Validation reports every problem as ``file:row: reason`` so an annotator can
fix them all in one pass; nothing is skipped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .models import GoldArticle, GoldMention, Kind, Qualifier

_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?|(?<![\d,])\.\d+")  # ".1%" has no leading zero
_SCALES = (1.0, 1e3, 1e6, 1e9, 1e12, 0.01, 100.0)


@dataclass(frozen=True)
class GoldProblem:
    file: str
    row: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}: {self.reason}"


def load_gold(path: Path) -> GoldArticle:
    """Load one gold file (raises ValidationError / ValueError on bad input)."""
    return GoldArticle.model_validate_json(Path(path).read_text(encoding="utf-8"))


def gold_files(path: Path) -> list[Path]:
    path = Path(path)
    if path.is_file():
        return [path]
    return sorted(p for p in path.glob("*.json") if p.is_file())


def article_path(gold_path: Path, gold: GoldArticle) -> Path:
    """Resolve ``gold.article`` (repo-relative) from the gold file's location."""
    candidate = Path(gold.article)
    if candidate.is_absolute():
        return candidate
    for base in (*gold_path.resolve().parents, Path.cwd()):
        if (base / candidate).exists():
            return base / candidate
    return gold_path.resolve().parent.parent / candidate


def _value_matches_text(m: GoldMention) -> bool:
    """Whether a digit-written mention's value is one of its written numbers, scaled."""
    nums = [float(n.replace(",", "")) for n in _NUM.findall(m.text)]
    if not nums or m.kind in (Kind.date, Kind.ratio):
        return True
    targets = {abs(m.value)}
    if m.lower is not None:
        targets.add(abs(m.lower))
    for n in nums:
        for s in _SCALES:
            if any(abs(n * s - t) <= 1e-6 * max(1.0, t) for t in targets):
                return True
    return False


def _check_mention(m: GoldMention, text: str, body_start: int) -> list[str]:
    out: list[str] = []
    if m.end <= m.start:
        out.append(f"empty span {m.start}..{m.end}")
    elif text[m.start : m.end] != m.text:
        out.append(f"text {m.text!r} != file[{m.start}:{m.end}] {text[m.start:m.end]!r}")
    if m.start < body_start:
        out.append("span lies inside the front matter")
    if m.text != m.text.strip():
        out.append("span has leading or trailing white space")
    q = m.qualifier
    if q is Qualifier.range:
        if m.lower is None or m.upper is None:
            out.append("range needs lower and upper")
        elif m.lower > m.upper:
            out.append("range lower > upper")
    elif q is Qualifier.exact and m.kind is not Kind.date:
        if m.lower != m.value or m.upper != m.value:
            out.append("exact needs lower == upper == value")
    elif q is Qualifier.at_least and (m.lower != m.value or m.upper is not None):
        out.append("at_least needs lower == value and upper null")
    elif q is Qualifier.at_most and (m.upper != m.value or m.lower is not None):
        out.append("at_most needs upper == value and lower null")
    elif q in (Qualifier.approximate, Qualifier.nearly) and m.kind is not Kind.date:
        if m.lower is not None or m.upper is not None:
            out.append(f"{q.value} needs lower and upper null")
    if m.kind is Kind.date:
        if not m.date:
            out.append("date mention needs an ISO date")
        elif not re.match(r"^\d{4}", m.date) or int(m.date[:4]) != int(m.value):
            out.append(f"date value {m.value} is not the year of {m.date}")
    if m.kind is Kind.money and not (m.unit and re.fullmatch(r"[A-Z]{3}", m.unit)):
        out.append("money needs an ISO 4217 unit")
    if not _value_matches_text(m):
        out.append(f"value {m.value} is not a number written in {m.text!r}")
    return out


def validate_gold(path: Path) -> list[GoldProblem]:
    """Every problem in one gold file; an empty list means it is valid."""
    name = str(path)
    try:
        gold = load_gold(path)
    except (OSError, UnicodeDecodeError) as exc:
        return [GoldProblem(name, "-", f"cannot read: {exc}")]
    except ValidationError as exc:
        return [
            GoldProblem(name, ".".join(str(p) for p in e["loc"]) or "-", e["msg"])
            for e in exc.errors()
        ]
    except ValueError as exc:
        return [GoldProblem(name, "-", f"not JSON: {exc}")]
    src = article_path(path, gold)
    try:
        text = src.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [GoldProblem(name, "article", f"cannot read {gold.article}: {exc}")]
    from .text import split_front_matter  # local: keeps gold loading light

    body_start = split_front_matter(text)[1]
    problems: list[GoldProblem] = []
    ids: set[str] = set()
    spans: list[tuple[int, int, str]] = []
    for m in gold.mentions:
        if m.id in ids:
            problems.append(GoldProblem(name, m.id, "duplicate id"))
        ids.add(m.id)
        problems += [GoldProblem(name, m.id, r) for r in _check_mention(m, text, body_start)]
        spans.append((m.start, m.end, m.id))
    spans.sort()
    for (s1, e1, i1), (s2, e2, i2) in zip(spans, spans[1:]):
        if s2 < e1:
            problems.append(GoldProblem(name, i2, f"overlaps {i1}"))
    rel_ids: set[str] = set()
    for r in gold.relations:
        if r.id in rel_ids or r.id in ids:
            problems.append(GoldProblem(name, r.id, "duplicate id"))
        rel_ids.add(r.id)
        for mid in r.mentions:
            if mid not in ids:
                problems.append(GoldProblem(name, r.id, f"refers to unknown mention {mid}"))
        if not r.reason.strip():
            problems.append(GoldProblem(name, r.id, "relation needs a reason"))
    return problems


def main(argv: list[str] | None = None) -> int:
    """``python -m claimx.gold PATH``: print every problem, exit 1 if any."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    paths = gold_files(Path(args[0] if args else "gold"))
    problems = [p for path in paths for p in validate_gold(path)]
    for p in problems:
        print(p)
    print(f"{len(paths)} gold files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
