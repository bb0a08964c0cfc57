"""SARIF 2.1.0 for code-scanning viewers: one run, one result per shown finding.

Columns and character offsets count Unicode code points (``columnKind``
``unicodeCodePoints``), the same as the claims' Python string offsets.
"""

from __future__ import annotations

import json
import os
from pathlib import PurePath, PureWindowsPath
from urllib.parse import quote

from .. import __version__
from ..models import Claim, Report, Severity
from .common import RenderOptions, claims_of, line_col, text_of, visible_findings

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}


def artifact_uri(path: str) -> str:
    """The document path as a relative URI reference with forward slashes."""
    posix = PureWindowsPath(path).as_posix() if "\\" in path else path
    if PurePath(posix).is_absolute():
        try:
            posix = PurePath(os.path.relpath(posix)).as_posix()
        except ValueError:  # another drive on Windows
            posix = posix.lstrip("/")
    return quote(posix, safe="/")


def _region(claim: Claim, text: str | None) -> dict:
    region: dict = {}
    if text is not None:
        (sl, sc), (el, ec) = line_col(text, claim.start), line_col(text, claim.end)
        region = {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec}
    region.update(charOffset=claim.start, charLength=claim.end - claim.start)
    return region


def _location(uri: str, claim: Claim | None, text: str | None) -> dict:
    physical: dict = {"artifactLocation": {"uri": uri}}
    if claim is not None:
        physical["region"] = _region(claim, text)
    return {"physicalLocation": physical}


def _result(report: Report, finding, options: RenderOptions, rule_index: int) -> dict:
    uri, text = artifact_uri(report.document.path), text_of(report, options)
    claims = claims_of(report, finding)
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(uri, claims[0] if claims else None, text)],
        "properties": {"verdict": finding.verdict.value, "expected": finding.expected,
                       "observed": finding.observed, "claims": list(finding.claims)},
    }
    related = []
    for i, claim in enumerate(claims[1:], 1):
        loc = _location(uri, claim, text)
        loc.update(id=i, message={"text": f"{claim.id}: {claim.text}"})
        related.append(loc)
    if related:
        result["relatedLocations"] = related
    return result


def _describe(rule: str) -> str:
    return rule.replace("-", " ").replace("_", " ").capitalize()


def sarif_log(reports: list[Report], options: RenderOptions) -> dict:
    """The SARIF log as a dict."""
    rules: list[str] = []
    results = []
    for report in reports:
        for finding in visible_findings(report, options):
            if finding.rule not in rules:
                rules.append(finding.rule)
            results.append(_result(report, finding, options, rules.index(finding.rule)))
    driver = {"name": "claimx", "version": __version__,
              "rules": [{"id": r, "shortDescription": {"text": _describe(r)}} for r in rules]}
    return {"$schema": SCHEMA_URI, "version": "2.1.0",
            "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints",
                      "results": results}]}


def render_sarif(reports: list[Report], options: RenderOptions) -> str:
    """The SARIF log as indented JSON."""
    return json.dumps(sarif_log(reports, options), indent=2, ensure_ascii=False) + "\n"
