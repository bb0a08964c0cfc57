"""Durations and ages (unit year/month/week/day/hour; the time unit is inside the span)."""

import pytest

from _claimcheck import approx, at_least, at_most, check, exact, nearly

ROWS = [
    # --- durations
    pytest.param("She spent four-and-a-half years in prison.", [exact("four-and-a-half years", "duration", 4.5, unit="year")], id="four-and-a-half-years"),
    pytest.param("She spent four and a half years in prison.", [exact("four and a half years", "duration", 4.5, unit="year")], id="four-and-a-half-unhyphenated"),
    pytest.param("Only 218 were admitted for a decade and a half.",
                 [exact("Only 218", "count", 218), approx("a decade and a half", "duration", 15, unit="year")], id="a-decade-and-a-half"),
    pytest.param("The reform took two decades.", [exact("two decades", "duration", 20, unit="year")], id="decades-to-years"),
    pytest.param("The trial lasted 18 months.", [exact("18 months", "duration", 18, unit="month")], id="months"),
    pytest.param("Patients waited 27 weeks.", [exact("27 weeks", "duration", 27, unit="week")], id="weeks"),
    pytest.param("Patients waited 27 weeks or more.", [at_least("27 weeks or more", "duration", 27, unit="week")], id="weeks-or-more"),
    pytest.param("The strike lasted 10 days.", [exact("10 days", "duration", 10, unit="day")], id="days"),
    pytest.param("Staff worked 8 hours a shift.", [exact("8 hours", "duration", 8, unit="hour")], id="hours"),
    pytest.param("Six months later, the camp closed.", [exact("Six months", "duration", 6, unit="month")], id="n-months-later"),
    pytest.param("He left two years ago.", [exact("two years", "duration", 2, unit="year")], id="n-years-ago"),
    pytest.param("He was jailed for more than three years.", [at_least("more than three years", "duration", 3, unit="year")], id="more-than-years"),
    pytest.param("Visas last up to 90 days.", [at_most("up to 90 days", "duration", 90, unit="day")], id="up-to-days"),
    pytest.param("The war lasted nearly 12 years.", [nearly("nearly 12 years", "duration", 12, unit="year")], id="nearly-years"),
    pytest.param("Prices doubled over the past decade.",
                 [exact("doubled", "ratio", 2), approx("past decade", "duration", 10, unit="year")], id="past-decade"),
    pytest.param("A minimum of five years is required.", [at_least("minimum of five years", "duration", 5, unit="year")], id="minimum-of-without-a"),
    pytest.param("Months of advocacy followed.", [], id="vague-months-not-mention"),
    # --- ages
    pytest.param("A 42 year-old defector died.", [exact("42 year-old", "age", 42, unit="year")], id="age-42-year-old"),
    pytest.param("A 42-year-old defector died.", [exact("42-year-old", "age", 42, unit="year")], id="age-hyphenated"),
    pytest.param("Her six-year old son was detained.", [exact("six-year old", "age", 6, unit="year")], id="age-six-year-old-words"),
    pytest.param("The 3-month-old baby survived.", [exact("3-month-old", "age", 3, unit="month")], id="age-months"),
    pytest.param("The victim was 23 years old.", [exact("23 years old", "age", 23, unit="year")], id="age-years-old-predicative"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_durations(text, expected):
    check(text, expected, published="2020-02-19")
