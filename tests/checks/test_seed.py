"""The seed article checked as a user would (issue: claimx check)."""

from __future__ import annotations


def _find(report, rule, *texts):
    by_id = {c.id: c for c in report.claims}
    for f in report.findings:
        if f.rule == rule and all(any(by_id[c].text == t for c in f.claims) for t in texts):
            return f
    raise AssertionError(f"no {rule} finding with {texts}: {[ (f.rule, f.claims) for f in report.findings]}")


def test_35000_vs_33523_is_loose(seed_report):
    f = _find(seed_report, "same-quantity", "some 35,000", "some 33,523")
    assert (f.verdict.value, f.severity.value) == ("loose", "warning")
    assert "4.4%" in f.message


def test_225_vs_218_is_flagged(seed_report):
    f = _find(seed_report, "same-quantity", "some 225", "218")
    assert f.severity.value in ("warning", "error")


def test_difference_of_about_500_is_consistent(seed_report):
    f = _find(seed_report, "difference", "US$1,720 per month", "$2,220", "about $500")
    assert f.verdict.value == "consistent" and f.expected == 500


def test_over_550_vs_some_553_is_consistent(seed_report):
    assert _find(seed_report, "same-quantity", "over 550", "some 553").verdict.value == "consistent"


def test_four_and_a_half_years_is_consistent(seed_report):
    f = _find(seed_report, "elapsed", "four-and-a-half years", "2015 to September 2019")
    assert f.verdict.value == "consistent"


def test_percent_vs_points_flagged(seed_report):
    f = _find(seed_report, "percent-vs-points", "1.7 percent", "74.2 percent")
    assert f.severity.value == "warning"
    assert "72.50" in f.message and "72.96" in f.message


def test_every_finding_explains_itself(seed_report):
    for f in seed_report.findings:
        assert f.message and f.claims
