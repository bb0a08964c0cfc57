"""Helpers shared by the renderers: options, filtering, positions, highlighting."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Claim, Finding, Report, Severity


@dataclass(frozen=True)
class RenderOptions:
    """How to render: colours, consistent findings, command, and the input texts.

    ``texts`` maps ``Document.path`` to the text as read; renderers use it for
    line/column positions and the full article view, and work without it.
    """

    color: bool = False
    show_consistent: bool = False
    command: str = "check"
    texts: dict[str, str] | None = field(default=None, compare=False)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible_findings(report: Report, options: RenderOptions) -> list[Finding]:
    """The findings to show: ``info`` ones only with ``show_consistent``."""
    if options.command == "extract" or not report.findings:
        return []
    return [f for f in report.findings
            if options.show_consistent or f.severity != Severity.info]


def count_severities(reports: list[Report]) -> dict[Severity, int]:
    """How many findings of each severity the reports hold, shown or not."""
    counts = {s: 0 for s in Severity}
    for report in reports:
        for finding in report.findings or ():
            counts[finding.severity] += 1
    return counts


def text_of(report: Report, options: RenderOptions) -> str | None:
    """The input text of a report, if the caller gave it."""
    return (options.texts or {}).get(report.document.path)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of a string offset."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def claims_of(report: Report, finding: Finding) -> list[Claim]:
    """The claims a finding names, in the finding's order, unknown ids skipped."""
    by_id = {c.id: c for c in report.claims}
    seen: list[Claim] = []
    for cid in finding.claims:
        claim = by_id.get(cid)
        if claim is not None and claim not in seen:
            seen.append(claim)
    return seen


def format_number(value: float) -> str:
    """35000.0 as 35,000 and 62.1 as 62.1."""
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.10f}".rstrip("0").rstrip(".")


def format_value(claim: Claim) -> str:
    """The value as a reader writes it; a date as its ISO date."""
    if claim.kind.value == "date" and claim.date:
        return claim.date
    return format_number(claim.value)


def format_bounds(claim: Claim) -> str:
    """Lower and upper bounds as ``a–b``, ``≥ a`` or ``≤ b``; empty without bounds."""
    lo, hi = claim.lower, claim.upper
    if lo is not None and hi is not None:
        return f"{format_number(lo)}–{format_number(hi)}"
    if lo is not None:
        return f"≥ {format_number(lo)}"
    if hi is not None:
        return f"≤ {format_number(hi)}"
    return ""


def flat(text: str) -> str:
    """Whitespace runs as one space and control characters replaced, ends kept."""
    return _CONTROL.sub("\ufffd", re.sub(r"\s+", " ", text))


def one_line(text: str) -> str:
    """Text for a terminal or table cell: :func:`flat` and stripped."""
    return flat(text).strip()


def _sentence_base(claim: Claim, text: str | None) -> int | None:
    """Offset of the claim's sentence in the text, when it can be found around the claim."""
    s = claim.sentence
    if not text or not s:
        return None
    pos = text.find(s, max(0, claim.end - len(s)))
    if 0 <= pos <= claim.start and claim.end <= pos + len(s):
        return pos
    return None


Spans = list[tuple[int, int]]


def highlighted_sentences(claims: list[Claim], text: str | None) -> list[tuple[str, Spans]]:
    """Each distinct sentence of the claims, with the claims' spans inside it.

    Spans are sorted, non-overlapping ``(start, end)`` offsets into the
    sentence; a claim without a sentence stands as its own sentence.
    """
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.sentence or claim.text, []).append(claim)
    out = []
    for sentence, members in groups.items():
        base = _sentence_base(members[0], text) if members[0].sentence else None
        spans: Spans = []
        for claim in members:
            if not claim.sentence:
                span = (0, len(sentence))
            elif base is not None and base <= claim.start and claim.end <= base + len(sentence):
                span = (claim.start - base, claim.end - base)
            else:
                at = sentence.find(claim.text) if claim.text else -1
                if at < 0:
                    continue
                span = (at, at + len(claim.text))
            spans.append(span)
        merged: Spans = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                continue
            merged.append((start, end))
        out.append((sentence, merged))
    return out


def split_spans(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The sentence cut into ``(piece, is_highlighted)`` pieces."""
    pieces, cursor = [], 0
    for start, end in spans:
        if start > cursor:
            pieces.append((sentence[cursor:start], False))
        pieces.append((sentence[start:end], True))
        cursor = end
    if cursor < len(sentence):
        pieces.append((sentence[cursor:], False))
    return pieces
