"""Compiler-style text for editors in a terminal: ``path:line:col: severity: rule``."""

from __future__ import annotations

from ..models import Report, Severity
from .common import (RenderOptions, claims_of, count_severities, flat, format_value,
                     highlighted_sentences, line_col, one_line, split_spans, text_of,
                     visible_findings)

_RESET = "\x1b[0m"
_COLORS = {Severity.error: "\x1b[1;31m", Severity.warning: "\x1b[1;33m",
           Severity.info: "\x1b[1;32m"}


def _position(path: str, text: str | None, offset: int) -> str:
    if text is None:
        return f"{path}:@{offset}"
    return "%s:%d:%d" % (path, *line_col(text, offset))


def _mark(piece: str, severity: Severity, color: bool) -> str:
    return f"{_COLORS[severity]}{piece}{_RESET}" if color else f"[[{piece}]]"


def _finding_block(report: Report, finding, options: RenderOptions) -> list[str]:
    path, text = one_line(report.document.path), text_of(report, options)
    claims = claims_of(report, finding)
    where = _position(path, text, claims[0].start) if claims else path
    severity = finding.severity.value
    if options.color:
        severity = f"{_COLORS[finding.severity]}{severity}{_RESET}"
    lines = [f"{where}: {severity}: {finding.rule}"]
    for sentence, spans in highlighted_sentences(claims, text):
        pieces = split_spans(sentence, spans)
        body = "".join(_mark(flat(p), finding.severity, options.color) if hit else flat(p)
                       for p, hit in pieces)
        lines.append("  " + body.strip())
    lines.append(f"  reason: {one_line(finding.message)}")
    return lines


def _extract_lines(report: Report, options: RenderOptions) -> list[str]:
    path, text = one_line(report.document.path), text_of(report, options)
    if not report.claims:
        return [f"{path}: no claims found"]
    return [f"{_position(path, text, c.start)}: {c.kind.value}: {one_line(c.text)} = "
            f"{format_value(c)}{' ' + one_line(c.unit) if c.unit else ''} ({c.qualifier.value})"
            for c in sorted(report.claims, key=lambda c: c.start)]


def render_text(reports: list[Report], options: RenderOptions) -> str:
    """One block per finding, a line for clean documents, and a summary line at the end."""
    if options.command == "extract":
        return "".join("\n".join(_extract_lines(r, options)) + "\n" for r in reports)
    blocks = []
    for report in reports:
        shown = visible_findings(report, options)
        if not shown:
            blocks.append(f"{one_line(report.document.path)}: no problems found "
                          f"({len(report.claims)} claims checked)")
        for finding in shown:
            blocks.append("\n".join(_finding_block(report, finding, options)))
    counts = count_severities(reports)
    hidden = "" if options.show_consistent else " (hidden)"
    summary = (f"{counts[Severity.error]} errors, {counts[Severity.warning]} warnings, "
               f"{counts[Severity.info]} consistent{hidden}")
    return "\n\n".join([*blocks, summary]) + "\n"
