"""A fixed-width table of each document's claims, for people reading a terminal."""

from __future__ import annotations

from ..models import Report
from .common import (RenderOptions, format_bounds, format_value, line_col, one_line, text_of,
                     visible_findings)

_COLUMNS = ("id", "line:col", "kind", "value", "unit", "qualifier", "bounds", "text", "measure")
_MAX_WIDTH = {"text": 40, "measure": 40, "unit": 16}


def _cut(value: str, width: int | None) -> str:
    return value if width is None or len(value) <= width else value[: width - 1] + "…"


def _header(report: Report) -> str:
    doc = report.document
    published = (f"published {doc.published} ({doc.published_source})" if doc.published
                 else "published unknown")
    title = f" — {one_line(doc.title)}" if doc.title else ""
    return f"{one_line(doc.path)}{title}  [{published}]"


def _rows(report: Report, options: RenderOptions) -> list[tuple[str, ...]]:
    text = text_of(report, options)
    rows = []
    for c in sorted(report.claims, key=lambda c: (c.start, c.end)):
        pos = "%d:%d" % line_col(text, c.start) if text is not None else f"@{c.start}"
        cells = (c.id, pos, c.kind.value, format_value(c), c.unit or "", c.qualifier.value,
                 format_bounds(c), c.text, c.measure or "")
        rows.append(tuple(_cut(one_line(v), _MAX_WIDTH.get(name))
                          for name, v in zip(_COLUMNS, cells)))
    return rows


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in [_COLUMNS, *rows]) for i in range(len(_COLUMNS))]
    right = {_COLUMNS.index("value")}

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    return [line(_COLUMNS), line(tuple("-" * w for w in widths)), *map(line, rows)]


def render_table(reports: list[Report], options: RenderOptions) -> str:
    """Per document a header line, the claims table, and the shown findings below it."""
    blocks = []
    for report in reports:
        lines = [_header(report)]
        rows = _rows(report, options)
        lines += _table(rows) if rows else ["(no claims)"]
        for f in visible_findings(report, options):
            lines.append(f"{f.id} {f.severity.value} {f.rule} [{', '.join(f.claims)}]: "
                         f"{one_line(f.message)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
