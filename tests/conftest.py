"""Shared fixtures: the repository root and the corpus, parsed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))
SEED = ROOT / "corpus" / "kei-2020-02-19-north-korean-defectors.txt"


@pytest.fixture(scope="session")
def seed_report():
    import claimx

    return claimx.check(SEED.read_text(encoding="utf-8"), path=str(SEED))
