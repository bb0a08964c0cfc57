"""The seed article with reference facts turned on (issue: corpus, gold, facts)."""

from __future__ import annotations

import pytest

import claimx
from claimx.errors import SettingsError
from claimx.facts import load_facts

from ..conftest import ROOT, SEED


@pytest.fixture(scope="module")
def findings():
    r = claimx.check(SEED.read_text(encoding="utf-8"), facts=load_facts(str(ROOT / "gold" / "facts")))
    by_id = {c.id: c for c in r.claims}
    return [(f, [by_id[c].text for c in f.claims]) for f in r.findings if f.rule == "facts"]


def pick(findings, text, word=""):
    hits = [f for f, texts in findings if text in texts and word in f.message]
    assert hits, (text, word, [(f.message[:80]) for f, _ in findings])
    return hits[0]


def test_1047_and_2914_match_the_ministry_series(findings):
    for text in ("only 1,047", "2,914"):
        f = pick(findings, text, "matches")
        assert f.verdict.value == "consistent" and "unikorea.go.kr" in f.message


def test_consistent_decline_is_contradicted(findings):
    f = pick(findings, "2,914", "consistent decline")
    assert f.verdict.value == "inconsistent"
    for year in ("2011", "2013", "2016", "2018"):
        assert year in f.message


def test_smallest_in_two_decades_is_contradicted(findings):
    f = pick(findings, "only 1,047", "smallest")
    assert f.severity.value == "error" and "2000" in f.message and "2001" in f.message


def test_moon_since_2016_is_contradicted(findings):
    f = pick(findings, "2016", "Moon")
    assert f.verdict.value == "inconsistent" and "2017-05-10" in f.message and "korea.net" in f.message


@pytest.mark.parametrize("text,reference", [("some 35,000", "33,523"), ("some 225", "218")])
def test_totals_above_published(findings, text, reference):
    f = pick(findings, text, "above")
    assert f.severity.value in ("warning", "error") and reference in f.message and "source" in f.message


def test_missing_facts_dir_is_a_settings_error(tmp_path):
    with pytest.raises(SettingsError):
        load_facts(str(tmp_path / "nope"))


def test_fact_without_source_is_rejected(tmp_path):
    (tmp_path / "quantities.csv").write_text(
        "id,series,kind,measure_head,measure,place,period_start,period_end,value,unit,source,retrieved,note\n"
        "x,,count,defector,d,south korea,2019,2019,5,,,,\n")
    with pytest.raises(SettingsError, match="quantities.csv:2"):
        load_facts(str(tmp_path))
