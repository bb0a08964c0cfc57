"""Gold files are valid, and extraction meets the quality gate on the corpus."""

from __future__ import annotations

import pytest

from claimx.evaluate import evaluate
from claimx.gold import gold_files, load_gold, validate_gold

from .conftest import CORPUS, ROOT

GOLD = gold_files(ROOT / "gold")


def test_every_corpus_article_has_gold():
    assert {p.stem for p in GOLD} == {p.stem for p in CORPUS}
    assert len(GOLD) >= 16


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_file_is_valid(path):
    assert [str(p) for p in validate_gold(path)] == []
    gold = load_gold(path)
    assert gold.annotator and gold.reviewer


def test_validator_reports_bad_rows(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"article": "%s", "mentions": [{"id": "m1", "start": 400, "end": 405, '
                   '"text": "12345", "kind": "count", "value": 1}], "relations": '
                   '[{"id": "r1", "type": "sum", "mentions": ["m9"], "verdict": "consistent", '
                   '"reason": "x"}]}' % CORPUS[0])
    reasons = " ".join(p.reason for p in validate_gold(bad))
    assert "!= file" in reasons and "unknown mention m9" in reasons and "exact needs" in reasons


def test_quality_gate_strict_f1():
    totals = evaluate(ROOT / "gold", ["claimx"])
    figures = totals["claimx"].figures()
    assert figures["strict_f1"] >= 0.95, figures
    assert figures["qualifier_acc"] >= 0.90, figures


def test_sources_list_every_corpus_article():
    sources = (ROOT / "corpus" / "SOURCES.md").read_text(encoding="utf-8")
    for path in (ROOT / "corpus").rglob("*.txt"):
        assert f"`{path.relative_to(ROOT / 'corpus')}`" in sources, path


def test_validator_reads_a_number_without_leading_zero(tmp_path):
    # "families in the top .1%" (tax-day fact sheet): the written number is 0.1
    art = tmp_path / "a.txt"
    art.write_text("families in the top .1% pay less", encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text('{"article": "%s", "mentions": [{"id": "m1", "start": 20, "end": 23, "text": ".1%%", '
                    '"kind": "percent", "value": 0.1, "lower": 0.1, "upper": 0.1}], "relations": []}' % art)
    assert [str(p) for p in validate_gold(good)] == []
