"""Scoring against gold: detection, strict, qualifier and measure-head accuracy, time.

Baselines (quantulum3, spaCy NER) are scored on the same gold in the same run,
through the same matcher, so the figures are comparable.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .gold import article_path, gold_files, load_gold
from .models import GoldMention
from .text import make_article


@dataclass(frozen=True)
class Pred:
    start: int
    end: int
    kind: str
    value: float
    qualifier: str = "exact"
    lower: float | None = None
    upper: float | None = None
    measure_head: str | None = None


@dataclass
class Score:
    name: str
    gold: int = 0
    pred: int = 0
    detected: int = 0  # matched pairs
    strict: int = 0
    qual_ok: int = 0
    head_total: int = 0
    head_ok: int = 0
    seconds: float = 0.0
    words: int = 0
    articles: list[dict] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for k in ("gold", "pred", "detected", "strict", "qual_ok", "head_total", "head_ok",
                  "seconds", "words"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def figures(self) -> dict:
        def f1(p, r):
            return 0.0 if p + r == 0 else 2 * p * r / (p + r)

        dp = self.detected / self.pred if self.pred else 0.0
        dr = self.detected / self.gold if self.gold else 0.0
        sp = self.strict / self.pred if self.pred else 0.0
        sr = self.strict / self.gold if self.gold else 0.0
        return {
            "mentions": self.gold, "predicted": self.pred,
            "detect_p": round(dp, 4), "detect_r": round(dr, 4), "detect_f1": round(f1(dp, dr), 4),
            "strict_p": round(sp, 4), "strict_r": round(sr, 4), "strict_f1": round(f1(sp, sr), 4),
            "qualifier_acc": round(self.qual_ok / self.detected, 4) if self.detected else 0.0,
            "measure_head_acc": round(self.head_ok / self.head_total, 4) if self.head_total else 0.0,
            "seconds": round(self.seconds, 3), "words": self.words,
        }


def _close(a: float | None, b: float | None, rel: float = 1e-6) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= rel * max(1.0, abs(a), abs(b))


def same_value(g: GoldMention, p: Pred) -> bool:
    """Strict equality: same kind and value; dates by year; ranges by both ends."""
    if g.kind.value != p.kind or p.value != p.value:  # NaN: a baseline found no number
        return False
    if g.qualifier.value == "range" and g.kind.value != "date":
        return _close(g.lower, p.lower) and _close(g.upper, p.upper)
    if g.kind.value == "date":
        if g.qualifier.value == "range" or p.qualifier == "range":
            return (_close(g.lower, p.lower, 1e-9) and _close(g.upper, p.upper, 1e-9))
        if int(g.value) == int(p.value):
            return True
        return g.lower is not None and _close(g.lower, p.lower) and _close(g.upper, p.upper)
    rel = 2e-3 if g.kind.value == "ratio" else 1e-6
    return _close(g.value, p.value, rel)


def match(gold: list[GoldMention], preds: list[Pred]) -> list[tuple[GoldMention, Pred]]:
    """One-to-one pairs by span overlap, largest overlap first."""
    pairs = []
    for g in gold:
        for p in preds:
            ov = min(g.end, p.end) - max(g.start, p.start)
            if ov > 0:
                pairs.append((ov, g, p))
    pairs.sort(key=lambda x: -x[0])
    used_g, used_p, out = set(), set(), []
    for _, g, p in pairs:
        if id(g) in used_g or id(p) in used_p:
            continue
        used_g.add(id(g))
        used_p.add(id(p))
        out.append((g, p))
    return out


def _head(s: str | None) -> str | None:
    if not s:
        return None
    s = s.lower().strip()
    return s[:-1] if s.endswith("s") and not s.endswith("ss") else s


def score_article(name: str, gold: list[GoldMention], preds: list[Pred], seconds: float,
                  words: int) -> Score:
    sc = Score(name, gold=len(gold), pred=len(preds), seconds=seconds, words=words)
    for g, p in match(gold, preds):
        sc.detected += 1
        sc.strict += same_value(g, p)
        sc.qual_ok += g.qualifier.value == p.qualifier
        if g.measure_head:
            sc.head_total += 1
            sc.head_ok += _head(g.measure_head) == _head(p.measure_head)
    return sc


# --- systems ---------------------------------------------------------------


def claimx_system(text: str, path: str, published: str | None) -> list[Pred]:
    from .pipeline import extract_article

    report = extract_article(make_article(path, text, published))
    return [Pred(c.start, c.end, c.kind.value, c.value, c.qualifier.value, c.lower, c.upper,
                 c.measure_head) for c in report.claims]


def quantulum_system(text: str, path: str, published: str | None) -> list[Pred]:
    from quantulum3 import parser

    art = make_article(path, text, published)
    body = text[art.body_start :]
    out = []
    for q in parser.parse(body):
        ent = q.unit.entity.name
        kind = {"currency": "money", "dimensionless": "count", "time": "duration"}.get(ent, "measure")
        if q.unit.name in ("percentage", "percent"):
            kind = "percent"
        s, e = q.span
        out.append(Pred(art.body_start + s, art.body_start + e, kind, float(q.value)))
    return out


def spacy_ner_system(text: str, path: str, published: str | None) -> list[Pred]:
    import re

    from .normalize import parse_number
    from .parse import load_nlp

    art = make_article(path, text, published)
    doc = load_nlp()(" " * art.body_start + text[art.body_start :])
    kinds = {"CARDINAL": "count", "MONEY": "money", "PERCENT": "percent", "DATE": "date",
             "TIME": "date", "QUANTITY": "measure"}
    out = []
    for ent in doc.ents:
        kind = kinds.get(ent.label_)
        if not kind:
            continue
        value = None
        if kind == "date":
            y = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", ent.text)
            value = float(y.group(1)) if y else None
        else:
            m = re.search(r"\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|trillion|thousand))?", ent.text)
            value = parse_number(m.group(0)) if m else parse_number(ent.text.split()[-1])
        out.append(Pred(ent.start_char, ent.end_char, kind, value if value is not None else float("nan")))
    return out


SYSTEMS = {"claimx": claimx_system, "quantulum3": quantulum_system, "spacy-ner": spacy_ner_system}


def evaluate(gold_dir: Path, systems: list[str]) -> dict[str, Score]:
    """Score each system on every gold file; returns micro totals with per-article rows."""
    totals = {name: Score(name) for name in systems}
    for gpath in gold_files(gold_dir):
        gold = load_gold(gpath)
        apath = article_path(gpath, gold)
        text = apath.read_text(encoding="utf-8")
        words = len(text[make_article(str(apath), text).body_start :].split())
        for name in systems:
            fn = SYSTEMS[name]
            if name == "claimx":
                fn(text, str(apath), gold.published)  # warm the model and caches once
            t0 = time.perf_counter()
            preds = fn(text, str(apath), gold.published)
            secs = time.perf_counter() - t0
            sc = score_article(apath.stem, list(gold.mentions), preds, secs, words)
            totals[name].add(sc)
            totals[name].articles.append({"article": apath.stem, **sc.figures()})
    return totals


def render_table(totals: dict[str, Score]) -> str:
    cols = ["detect_p", "detect_r", "detect_f1", "strict_p", "strict_r", "strict_f1",
            "qualifier_acc", "measure_head_acc", "seconds"]
    lines = []
    first = next(iter(totals.values()))
    head = f"{'article':48} {'gold':>5} {'pred':>5} " + " ".join(f"{c:>9}" for c in cols)
    lines.append(head)
    lines.append("-" * len(head))
    for row in first.articles:
        lines.append(f"{row['article'][:48]:48} {row['mentions']:>5} {row['predicted']:>5} "
                     + " ".join(f"{row[c]:>9}" for c in cols))
    lines.append("-" * len(head))
    for name, sc in totals.items():
        f = sc.figures()
        lines.append(f"{('MICRO ' + name)[:48]:48} {f['mentions']:>5} {f['predicted']:>5} "
                     + " ".join(f"{f[c]:>9}" for c in cols))
    return "\n".join(lines)


def as_json(totals: dict[str, Score]) -> dict:
    main = totals["claimx"] if "claimx" in totals else next(iter(totals.values()))
    f = main.figures()
    return {
        "articles": len(main.articles), **f, "per_article": main.articles,
        "baselines": {name: sc.figures() for name, sc in totals.items() if sc is not main},
    }


# --- checker ---------------------------------------------------------------

VERDICTS = ("consistent", "loose", "inconsistent", "unverifiable")


@dataclass
class CheckScore:
    """Findings against gold relations, per verdict, and false alarms per 1,000 words."""

    found: dict = field(default_factory=lambda: {v: 0 for v in VERDICTS})  # findings per verdict
    found_ok: dict = field(default_factory=lambda: {v: 0 for v in VERDICTS})
    gold: dict = field(default_factory=lambda: {v: 0 for v in VERDICTS})
    gold_hit: dict = field(default_factory=lambda: {v: 0 for v in VERDICTS})
    alarms: int = 0
    false_alarms: int = 0
    words: int = 0

    def figures(self) -> dict:
        out = {}
        for v in VERDICTS:
            p = self.found_ok[v] / self.found[v] if self.found[v] else None
            r = self.gold_hit[v] / self.gold[v] if self.gold[v] else None
            out[v] = {"findings": self.found[v], "gold": self.gold[v],
                      "precision": None if p is None else round(p, 4),
                      "recall": None if r is None else round(r, 4)}
        out["alarms"] = self.alarms
        out["false_alarms"] = self.false_alarms
        out["false_alarms_per_1000_words"] = round(1000 * self.false_alarms / self.words, 3) if self.words else 0.0
        return out


def finding_gold_mentions(report, gold_mentions) -> dict[str, set[str]]:
    """Finding id -> ids of the gold mentions its claims overlap."""
    preds = [Pred(c.start, c.end, c.kind.value, c.value) for c in report.claims]
    pairs = match(list(gold_mentions), preds)
    by_pred = {(p.start, p.end): g.id for g, p in pairs}
    claim_gold = {c.id: by_pred.get((c.start, c.end)) for c in report.claims}
    return {f.id: {claim_gold[c] for c in f.claims if claim_gold.get(c)} for f in report.findings}


def relation_for(mentions: set[str], relations) -> object | None:
    """The gold relation a finding's mentions belong to (most shared mentions)."""
    best, best_n = None, 0
    for r in relations:
        n = len(mentions & set(r.mentions))
        need = min(2, len(r.mentions), len(mentions))
        if n >= need and n > best_n:
            best, best_n = r, n
    return best


def evaluate_checks(gold_dir: Path) -> CheckScore:
    from .pipeline import check_article

    score = CheckScore()
    for gpath in gold_files(gold_dir):
        gold = load_gold(gpath)
        apath = article_path(gpath, gold)
        text = apath.read_text(encoding="utf-8")
        article = make_article(str(apath), text, gold.published)
        report = check_article(article)
        score.words += len(text[article.body_start :].split())
        links = finding_gold_mentions(report, gold.mentions)
        hit: set[str] = set()
        for f in report.findings:
            rel = relation_for(links[f.id], gold.relations)
            v = f.verdict.value
            score.found[v] += 1
            if f.severity.value in ("warning", "error"):
                score.alarms += 1
                if rel is None or rel.verdict.value == "consistent":
                    score.false_alarms += 1
            if rel is not None and rel.verdict.value == v:
                score.found_ok[v] += 1
                hit.add(rel.id)
        for r in gold.relations:
            score.gold[r.verdict.value] += 1
            score.gold_hit[r.verdict.value] += r.id in hit
    return score


def render_check_table(score: CheckScore) -> str:
    f = score.figures()
    lines = [f"{'verdict':14} {'findings':>8} {'gold':>5} {'precision':>9} {'recall':>7}"]
    for v in VERDICTS:
        row = f[v]
        fmt_ = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
        lines.append(f"{v:14} {row['findings']:>8} {row['gold']:>5} {fmt_(row['precision']):>9} {fmt_(row['recall']):>7}")
    lines.append(f"warnings+errors: {f['alarms']}, false alarms: {f['false_alarms']} "
                 f"({f['false_alarms_per_1000_words']} per 1,000 words, {score.words} words)")
    return "\n".join(lines)
