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


def test_planted_inconsistency_recall_does_not_regress(mutation_run):
    # 0.879 (58 of 66) when last measured (README, "Measured"); raise it as the checker
    # improves
    assert mutation_run.recall >= 0.87, mutation_run.recall


@pytest.mark.xfail(strict=True, reason="issue bar 0.9 not met: linking tuned to this corpus reached "
                   "0.909 but raised false alarms on unseen articles, so the wide links were narrowed "
                   "(README, Known limits)")
def test_planted_inconsistency_recall_meets_issue_bar(mutation_run):
    assert mutation_run.recall >= 0.9, mutation_run.recall


def test_harness_plants_enough_to_measure(mutation_run):
    # a recall over a handful of plants would say little; the corpus gives some sixty
    assert len(mutation_run.mutations) >= 50, len(mutation_run.mutations)
