"""JSON and JSON Lines: the contract of spec/output-contract.md."""

from __future__ import annotations

import json

from ..models import Report
from .common import RenderOptions, visible_findings


def report_object(report: Report, options: RenderOptions) -> dict:
    """One report as its contract object: ``extract`` drops ``findings``, hidden info goes."""
    if options.command == "extract":
        return report.model_dump(mode="json", exclude={"findings"})
    data = report.model_dump(mode="json")
    if report.findings is not None:
        kept = {f.id for f in visible_findings(report, options)}
        data["findings"] = [f for f in data["findings"] if f["id"] in kept]
    return data


def render_json(reports: list[Report], options: RenderOptions) -> str:
    """One object for one report, an array for several."""
    objects = [report_object(r, options) for r in reports]
    data = objects[0] if len(objects) == 1 else objects
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_jsonl(reports: list[Report], options: RenderOptions) -> str:
    """One compact object per line, one line per report."""
    return "".join(json.dumps(report_object(r, options), ensure_ascii=False) + "\n"
                   for r in reports)
