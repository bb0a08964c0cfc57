"""Hedges -> qualifiers and bounds (spec/annotation.md, Fields: qualifier, lower, upper)."""

import pytest

from _claimcheck import approx, at_least, at_most, check, exact, nearly, rng

ROWS = [
    # approximate: lower = upper = null
    pytest.param("Some 35,000 citizens have fled.", [approx("Some 35,000", "count", 35000)], id="some"),
    pytest.param("About 400 people attended.", [approx("About 400", "count", 400)], id="about"),
    pytest.param("Around 400 people attended.", [approx("Around 400", "count", 400)], id="around"),
    pytest.param("Roughly 400 people attended.", [approx("Roughly 400", "count", 400)], id="roughly"),
    pytest.param("Approximately 400 people attended.", [approx("Approximately 400", "count", 400)], id="approximately"),
    pytest.param("An estimated 400 people attended.", [approx("An estimated 400", "count", 400)], id="an-estimated"),
    pytest.param("The crowd was ~400 people.", [approx("~400", "count", 400)], id="tilde"),
    pytest.param("Only about a dozen returned to the North.", [approx("Only about a dozen", "count", 12)], id="only-about-a-dozen"),
    # at_least: lower = value, upper = null
    pytest.param("Over 550 defectors died.", [at_least("Over 550", "count", 550)], id="over"),
    pytest.param("More than 550 defectors died.", [at_least("More than 550", "count", 550)], id="more-than"),
    pytest.param("At least 550 defectors died.", [at_least("At least 550", "count", 550)], id="at-least"),
    pytest.param("Upwards of 550 defectors died.", [at_least("Upwards of 550", "count", 550)], id="upwards-of"),
    pytest.param("No fewer than 550 defectors died.", [at_least("No fewer than 550", "count", 550)], id="no-fewer-than"),
    pytest.param("Deaths exceeding 550 were reported.", [at_least("exceeding 550", "count", 550)], id="exceeding"),
    pytest.param("Thousands of defectors have fled.", [at_least("Thousands", "count", 2000)], id="thousands"),
    pytest.param("The list has 550 names or more.", [at_least("550 names or more", "count", 550)], id="trailing-or-more-with-noun"),
    pytest.param("The list has 550 or more names.", [at_least("550 or more", "count", 550)], id="trailing-or-more"),
    # at_most: lower = null, upper = value
    pytest.param("Less than 3,000 remain.", [at_most("Less than 3,000", "count", 3000)], id="less-than"),
    pytest.param("Fewer than 3,000 remain.", [at_most("Fewer than 3,000", "count", 3000)], id="fewer-than"),
    pytest.param("Up to 3,000 could remain.", [at_most("Up to 3,000", "count", 3000)], id="up-to"),
    pytest.param("No more than 3,000 remain.", [at_most("No more than 3,000", "count", 3000)], id="no-more-than"),
    pytest.param("Under 3,000 remain.", [at_most("Under 3,000", "count", 3000)], id="under"),
    pytest.param("Firms with 50 employees or less are exempt.", [at_most("50 employees or less", "count", 50)], id="trailing-or-less-noun-in-span"),
    # nearly: lower = upper = null
    pytest.param("Nearly 1,000 applied.", [nearly("Nearly 1,000", "count", 1000)], id="nearly"),
    pytest.param("Almost 1,000 applied.", [nearly("Almost 1,000", "count", 1000)], id="almost"),
    pytest.param("Close to 1,000 applied.", [nearly("Close to 1,000", "count", 1000)], id="close-to"),
    pytest.param("Just under 1,000 applied.", [nearly("Just under 1,000", "count", 1000)], id="just-under"),
    pytest.param("Just shy of 1,000 applied.", [nearly("Just shy of 1,000", "count", 1000)], id="just-shy-of"),
    # exact: "only"/"just" are emphasis, inside the span
    pytest.param("Only 1,047 arrived last year.",
                 [exact("Only 1,047", "count", 1047), exact("last year", "date", 2019, date="2019")], id="only-exact"),
    pytest.param("Just 40 were accepted.", [exact("Just 40", "count", 40)], id="just-exact"),
    pytest.param("Exactly 40 were accepted.", [exact("Exactly 40", "count", 40)], id="exactly"),
    # range: both ends
    pytest.param("Between 10 and 20 boats sank.", [rng("Between 10 and 20", "count", 10, 10, 20)], id="range-between"),
    pytest.param("Some 10 to 20 boats sank.", [rng("Some 10 to 20", "count", 10, 10, 20)], id="range-hedged-keeps-hedge"),
    # negated hedge flips the bound
    pytest.param("Officials said not more than 300 were hurt.", [at_most("not more than 300", "count", 300)], id="not-more-than"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_qualifiers(text, expected):
    check(text, expected, published="2020-02-19")
