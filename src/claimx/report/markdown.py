"""A Markdown report: per document a findings table and the highlighted sentences."""

from __future__ import annotations

import re

from ..models import Report, Severity
from .common import (RenderOptions, claims_of, count_severities, flat, highlighted_sentences,
                     split_spans, text_of, visible_findings)

_SPECIAL = re.compile(r"([\\`*_\[\]{}<>|#~&!])")
_LIST_START = re.compile(r"^(?:([-+=])|(\d+)([.)]))(?=\s|$)")


def md_escape(text: str) -> str:
    """Article text made inert in Markdown: one line, every special character escaped."""
    text = _SPECIAL.sub(r"\\\1", flat(text).strip())
    return _LIST_START.sub(lambda m: "\\" + m.group(1) if m.group(1)
                           else m.group(2) + "\\" + m.group(3), text)


def _highlight(sentence: str, spans: list[tuple[int, int]]) -> str:
    out = []
    for piece, hit in split_spans(sentence, spans):
        if hit:
            out.append(f"**{md_escape(piece)}**")
        else:
            lead = " " if piece[:1].isspace() else ""
            tail = " " if piece[-1:].isspace() and piece.strip() else ""
            out.append(lead + md_escape(piece) + tail if piece.strip() else " ")
    return "".join(out).strip()


def _document(report: Report, options: RenderOptions) -> list[str]:
    doc = report.document
    lines = [f"## {md_escape(doc.title or doc.path)}", ""]
    meta = [md_escape(doc.path), f"published {md_escape(doc.published or 'unknown')}",
            f"{len(report.claims)} claims"]
    lines += ["; ".join(meta), ""]
    shown = visible_findings(report, options)
    if not shown:
        return lines + ["No problems found.", ""]
    lines += ["| severity | rule | claims | message |", "| --- | --- | --- | --- |"]
    for f in shown:
        texts = "; ".join(md_escape(c.text) for c in claims_of(report, f))
        lines.append(f"| {f.severity.value} | {md_escape(f.rule)} | {texts} | "
                     f"{md_escape(f.message)} |")
    lines.append("")
    text = text_of(report, options)
    for f in shown:
        lines.append(f"**{md_escape(f.id)}** ({f.severity.value}, {md_escape(f.rule)}):")
        lines.append("")
        for sentence, spans in highlighted_sentences(claims_of(report, f), text):
            lines += [f"> {_highlight(sentence, spans)}", ""]
    return lines


def render_markdown(reports: list[Report], options: RenderOptions) -> str:
    """The whole report as one Markdown document."""
    counts = count_severities(reports)
    lines = ["# claimx report", "",
             f"{counts[Severity.error]} errors, {counts[Severity.warning]} warnings, "
             f"{counts[Severity.info]} consistent", ""]
    for report in reports:
        lines += _document(report, options)
    return "\n".join(lines).rstrip("\n") + "\n"
