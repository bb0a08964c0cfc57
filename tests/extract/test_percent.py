"""Percentages and percentage points (value in percent, unit null or 'percentage point')."""

import pytest

from _claimcheck import approx, at_least, at_most, check, exact, nearly, rng

ROWS = [
    pytest.param("Turnout was 62.1 percent.", [exact("62.1 percent", "percent", 62.1, unit=None)], id="percent-word"),
    pytest.param("Turnout was 74%.", [exact("74%", "percent", 74, unit=None)], id="percent-sign"),
    pytest.param("Turnout was 74 %.", [exact("74 %", "percent", 74, unit=None)], id="percent-sign-spaced"),
    pytest.param("Prices rose 3 per cent.", [exact("3 per cent", "percent", 3, unit=None)], id="per-cent-two-words"),
    pytest.param("Rates were cut by 0.25 percentage points.",
                 [exact("0.25 percentage points", "percent", 0.25, unit="percentage point")], id="percentage-points"),
    pytest.param("Support fell one percentage point.",
                 [exact("one percentage point", "percent", 1, unit="percentage point")], id="percentage-point-word-number"),
    pytest.param("Ten percent of voters abstained.", [exact("Ten percent", "percent", 10, unit=None)], id="word-number-percent"),
    pytest.param("The tax is 0.5 percent.", [exact("0.5 percent", "percent", 0.5)], id="decimal-below-one"),
    pytest.param("Efficacy was 55-85%.", [rng("55-85%", "percent", 55, 55, 85)], id="range-hyphen-sign"),
    pytest.param("Efficacy was approximately 55-85%.", [rng("approximately 55-85%", "percent", 55, 55, 85)], id="hedge-before-range-kept"),
    pytest.param("Between 38 and 79 percent of them agreed.",
                 [rng("Between 38 and 79 percent", "percent", 38, 38, 79)], id="range-between-and"),
    pytest.param("Growth will be 2 to 3 percent.", [rng("2 to 3 percent", "percent", 2, 2, 3)], id="range-to"),
    pytest.param("Growth will be 2%-3%.", [rng("2%-3%", "percent", 2, 2, 3)], id="range-both-signs"),
    pytest.param("Less than 3 percent were missing.", [at_most("Less than 3 percent", "percent", 3)], id="less-than"),
    pytest.param("More than 40% said yes.", [at_least("More than 40%", "percent", 40)], id="more-than"),
    pytest.param("Nearly 10 percent left.", [nearly("Nearly 10 percent", "percent", 10)], id="nearly"),
    pytest.param("About 5% were children.", [approx("About 5%", "percent", 5)], id="about"),
    pytest.param("Only 12 percent were women.", [exact("Only 12 percent", "percent", 12)], id="only-is-exact"),
    pytest.param("In 2019, the rate was 1.7 percent above the previous year.",
                 [exact("2019", "date", 2019, date="2019"), exact("1.7 percent", "percent", 1.7),
                  exact("previous year", "date", 2018, date="2018")], id="percent-with-previous-year"),
    pytest.param("Unemployment fell from 5.2% to 4.8%.",
                 [exact("5.2%", "percent", 5.2), exact("4.8%", "percent", 4.8)], id="from-to-is-two-values"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_percent(text, expected):
    check(text, expected, published="2020-02-19")
