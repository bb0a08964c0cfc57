"""Report renderers: one module per format, looked up by name in :data:`RENDERERS`.

Each renderer takes the reports and a :class:`RenderOptions` and returns the
whole output as one string, ending with a newline.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import SettingsError
from ..models import Report
from .common import RenderOptions, line_col
from .html import render_html
from .json import render_json, render_jsonl
from .markdown import render_markdown
from .sarif import render_sarif
from .table import render_table
from .text import render_text

__all__ = ["RENDERERS", "RenderOptions", "line_col", "render"]

RENDERERS: dict[str, Callable[[list[Report], RenderOptions], str]] = {
    "json": render_json,
    "jsonl": render_jsonl,
    "text": render_text,
    "markdown": render_markdown,
    "html": render_html,
    "sarif": render_sarif,
    "table": render_table,
}


def render(fmt: str, reports: list[Report], options: RenderOptions | None = None) -> str:
    """Render the reports in format ``fmt``; an unknown format is a ``SettingsError``."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        choices = ", ".join(RENDERERS)
        raise SettingsError(f"unknown format {fmt!r}; choose one of {choices}") from None
    return renderer(list(reports), options or RenderOptions())
