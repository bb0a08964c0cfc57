"""One self-contained HTML page: the article with every claim marked, and the findings.

Inline CSS only: no script, no external resource. Every piece of article
text, claim text, message and metadata passes through ``html.escape``.
"""

from __future__ import annotations

import html
import re

from ..models import Claim, Report, Severity
from .common import (RenderOptions, claims_of, count_severities, format_bounds, format_value,
                     highlighted_sentences, split_spans, text_of, visible_findings)

_CSS = """
body{font:16px/1.5 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2,.meta,.finding,.summary{font-family:system-ui,sans-serif}
.meta,.summary{color:#555;font-size:.9rem}
article.doc{border-top:2px solid #ddd;margin-top:2rem}
mark{background:#eef3ff;border-bottom:2px solid #7a9cff;padding:0 .1em}
mark.flag-warning{background:#fff4cc;border-bottom-color:#e0a800}
mark.flag-error{background:#ffe0e0;border-bottom-color:#d00}
.finding{border-left:4px solid #999;padding:.3rem .8rem;margin:.8rem 0;background:#fafafa}
.finding.sev-error{border-color:#d00}.finding.sev-warning{border-color:#e0a800}
.finding.sev-info{border-color:#2a2}
.badge{display:inline-block;font-size:.75rem;font-weight:bold;text-transform:uppercase;
padding:0 .4em;border-radius:3px;color:#fff;background:#999}
.sev-error .badge{background:#d00}.sev-warning .badge{background:#b58100}
.sev-info .badge{background:#2a2}
.finding blockquote{margin:.4rem 0 0;font-family:Georgia,serif}
code{font-size:.85rem}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _flags(report: Report, options: RenderOptions) -> dict[str, str]:
    """Claim id to ``flag-error``/``flag-warning`` for claims a shown finding names."""
    flags: dict[str, str] = {}
    for f in visible_findings(report, options):
        if f.severity == Severity.info:
            continue
        for cid in f.claims:
            if flags.get(cid) != "flag-error":
                flags[cid] = f"flag-{f.severity.value}"
    return flags


def _mark(claim: Claim, inner: str, flags: dict[str, str], anchor: str | None) -> str:
    title = f"{claim.kind.value}: {format_value(claim)}"
    if claim.unit:
        title += f" {claim.unit}"
    title += f" ({claim.qualifier.value})"
    if format_bounds(claim):
        title += f" [{format_bounds(claim)}]"
    classes = f"kind-{claim.kind.value}" + (f" {flags[claim.id]}" if claim.id in flags else "")
    ident = f' id="{_e(anchor)}"' if anchor else ""
    return f'<mark class="{_e(classes)}"{ident} title="{_e(title)}">{inner}</mark>'


def _paragraphs(body: str) -> str:
    """Escaped text with marks, cut into <p> at blank lines."""
    parts = (p.strip() for p in re.split(r"\n[ \t\r\f\v]*\n", body))
    return "\n".join(f"<p>{p}</p>" for p in parts if p)


def _article_from_text(report: Report, text: str, flags: dict[str, str], prefix: str) -> str:
    claims = sorted((c for c in report.claims if 0 <= c.start <= c.end <= len(text)),
                    key=lambda c: (c.start, -c.end))
    cursor = min([report.document.body_start, *(c.start for c in claims)])
    cursor = max(0, min(cursor, len(text)))
    out = []
    for c in claims:
        if c.start < cursor:
            continue  # overlaps a claim already marked
        out.append(_e(text[cursor:c.start]))
        out.append(_mark(c, _e(text[c.start:c.end]), flags, f"{prefix}-{c.id}"))
        cursor = c.end
    out.append(_e(text[cursor:]))
    return _paragraphs("".join(out))


def _article_from_sentences(report: Report, flags: dict[str, str], prefix: str) -> str:
    """Without the text: each claim's sentence once, its claims marked in order."""
    groups: dict[str, list[Claim]] = {}
    for c in sorted(report.claims, key=lambda c: c.start):
        groups.setdefault(c.sentence or c.text, []).append(c)
    paras = []
    for sentence, members in groups.items():
        out, cursor = [], 0
        for c in members:
            at = sentence.find(c.text, cursor) if c.text else -1
            if at < 0:
                continue
            out.append(_e(sentence[cursor:at]))
            out.append(_mark(c, _e(c.text), flags, f"{prefix}-{c.id}"))
            cursor = at + len(c.text)
        out.append(_e(sentence[cursor:]))
        paras.append(f"<p>{''.join(out)}</p>")
    return "\n".join(paras)


def _finding(report: Report, finding, options: RenderOptions, prefix: str) -> str:
    sev = finding.severity.value
    claims = claims_of(report, finding)
    links = ", ".join(f'<a href="#{_e(prefix + "-" + c.id)}">{_e(c.text)}</a>' for c in claims)
    quotes = []
    for sentence, spans in highlighted_sentences(claims, text_of(report, options)):
        inner = "".join(f"<strong>{_e(p)}</strong>" if hit else _e(p)
                        for p, hit in split_spans(sentence, spans))
        quotes.append(f"<blockquote>{inner}</blockquote>")
    return (f'<div class="finding sev-{_e(sev)}"><span class="badge">{_e(sev)}</span> '
            f"<code>{_e(finding.rule)}</code> {_e(finding.message)}"
            f"<div class=\"meta\">{_e(finding.id)}: {links}</div>{''.join(quotes)}</div>")


def _document(report: Report, options: RenderOptions, index: int) -> str:
    doc, prefix = report.document, f"d{index}"
    flags = _flags(report, options)
    text = text_of(report, options)
    meta = [doc.path, f"published {doc.published or 'unknown'} ({doc.published_source})",
            f"{len(report.claims)} claims"]
    if doc.author:
        meta.insert(1, f"by {doc.author}")
    if doc.source:
        meta.append(f"source {doc.source}")
    article = (_article_from_text(report, text, flags, prefix) if text is not None
               else _article_from_sentences(report, flags, prefix))
    shown = visible_findings(report, options)
    findings = "\n".join(_finding(report, f, options, prefix) for f in shown)
    if options.command != "extract" and not shown:
        findings = '<p class="summary">No problems found.</p>'
    return (f'<article class="doc">\n<h2>{_e(doc.title or doc.path)}</h2>\n'
            f'<p class="meta">{_e(" · ".join(meta))}</p>\n'
            f'<section class="text">\n{article}\n</section>\n'
            f'<section class="findings">\n{findings}\n</section>\n</article>')


def render_html(reports: list[Report], options: RenderOptions) -> str:
    """The whole report as one HTML document."""
    counts = count_severities(reports)
    summary = (f"{counts[Severity.error]} errors, {counts[Severity.warning]} warnings, "
               f"{counts[Severity.info]} consistent")
    docs = "\n".join(_document(r, options, i) for i, r in enumerate(reports, 1))
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>claimx report</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
            f"<h1>claimx report</h1>\n<p class=\"summary\">{_e(summary)}</p>\n{docs}\n"
            "</body>\n</html>\n")
