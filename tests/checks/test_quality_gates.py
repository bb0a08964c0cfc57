"""Quality gates of the checker on the corpus (issue: claimx check).

Figures come from the same code as `claimx eval` and scripts/mutate.py; the
README records them with those commands.
"""

from __future__ import annotations

import pytest

from claimx.evaluate import evaluate_checks
from claimx.mutate import run

from ..conftest import ROOT


@pytest.fixture(scope="module")
def mutation_run():
    return run(ROOT / "gold")


def test_false_alarms_at_most_one_per_2000_words():
    figures = evaluate_checks(ROOT / "gold").figures()
    assert figures["false_alarms_per_1000_words"] <= 0.5, figures


def test_planted_inconsistency_recall_meets_issue_bar(mutation_run):
    assert mutation_run.recall >= 0.9, mutation_run.recall


def test_harness_plants_enough_to_measure(mutation_run):
    # a recall over a handful of plants would say little; the corpus gives some sixty
    assert len(mutation_run.mutations) >= 50, len(mutation_run.mutations)
