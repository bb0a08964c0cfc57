"""Snapshots of the full extract output of every corpus article (pytest-regressions).

A change in extraction shows as a diff here; regenerate with --force-regen only
for a change you meant, and read the diff.
"""

from __future__ import annotations

import pytest

import claimx

from .conftest import ROOT

ARTICLES = sorted((ROOT / "corpus").rglob("*.txt"))  # the held-out articles too


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_extract_snapshot(path, data_regression):
    report = claimx.extract_document(path.read_text(encoding="utf-8"), path=path.name)
    data = report.model_dump(mode="json", exclude={"findings"})
    for c in data["claims"]:
        c.pop("sentence")  # the sentence is derivable from the offsets; keep snapshots short
    data_regression.check(data)
