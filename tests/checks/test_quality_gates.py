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
    # the recall measured when this gate was set; raise it as the checker improves
    assert mutation_run.recall >= 0.6, mutation_run.recall


@pytest.mark.xfail(strict=True, reason="issue bar 0.9 not reached yet: repeated figures without "
                   "shared wording and relations the text states across paragraphs are missed")
def test_planted_inconsistency_recall_meets_issue_bar(mutation_run):
    assert mutation_run.recall >= 0.9
