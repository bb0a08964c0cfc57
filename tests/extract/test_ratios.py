"""Ratios and multipliers: triple, double, twice, N times, half, fractions, 1-in-N."""

import pytest

from _claimcheck import approx, at_least, check, exact, nearly

ROWS = [
    pytest.param("Their suicide rate is triple that of South Koreans.", [exact("triple", "ratio", 3)], id="triple"),
    pytest.param("The price tripled.", [exact("tripled", "ratio", 3)], id="tripled"),
    pytest.param("Membership doubled.", [exact("doubled", "ratio", 2)], id="doubled"),
    pytest.param("Imports are twice as high as exports.", [exact("twice", "ratio", 2)], id="twice"),
    pytest.param("Women die at three times the rate of men.", [exact("three times", "ratio", 3)], id="three-times-the-rate"),
    pytest.param("Rents are 2.5 times higher here.", [exact("2.5 times", "ratio", 2.5)], id="decimal-times"),
    pytest.param("Sales grew tenfold.", [exact("tenfold", "ratio", 10)], id="tenfold"),
    pytest.param("Sales grew 10-fold.", [exact("10-fold", "ratio", 10)], id="n-fold"),
    pytest.param("The budget was halved.", [exact("halved", "ratio", 0.5)], id="halved"),
    pytest.param("Half of the respondents agreed.", [exact("Half", "ratio", 0.5)], id="half"),
    pytest.param("Almost half of the respondents agreed.", [nearly("Almost half", "ratio", 0.5)], id="almost-half"),
    pytest.param("More than half of the respondents agreed.", [at_least("More than half", "ratio", 0.5)], id="more-than-half"),
    pytest.param("A third of the staff quit.", [exact("A third", "ratio", 0.3333)], id="a-third"),
    pytest.param("A quarter of the staff quit.", [exact("A quarter", "ratio", 0.25)], id="a-quarter"),
    pytest.param("Two-thirds of the staff quit.", [exact("Two-thirds", "ratio", 0.6667)], id="two-thirds"),
    pytest.param("Three quarters of the staff quit.", [exact("Three quarters", "ratio", 0.75)], id="three-quarters"),
    pytest.param("Roughly a third of the staff quit.", [approx("Roughly a third", "ratio", 0.3333)], id="roughly-a-third"),
    pytest.param("The risk is 1-in-2 for smokers.", [exact("1-in-2", "ratio", 0.5)], id="1-in-2"),
    pytest.param("One in five adults smokes.", [exact("One in five", "ratio", 0.2)], id="one-in-five"),
    pytest.param("Profits rose by a factor of four.", [exact("factor of four", "ratio", 4)], id="factor-of",),
    pytest.param("The second half of that year was calm.", [], id="second-half-of-year-not-ratio"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_ratios(text, expected):
    check(text, expected, published="2020-02-19")
