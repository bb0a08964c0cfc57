"""Counts and physical measures (spec/annotation.md: kinds count / measure).

Expected values are written from the convention, not from claimx's output.
"""

import pytest

from _claimcheck import approx, at_least, check, exact, rng

ROWS = [
    # --- counts in digits
    pytest.param("The agency resettled 2,914 people.", [exact("2,914", "count", 2914)], id="digits-thousands-sep"),
    pytest.param("The register lists 33523 defectors.", [exact("33523", "count", 33523)], id="digits-no-sep"),
    pytest.param("The survey reached 1,234,567 households.", [exact("1,234,567", "count", 1234567)], id="digits-millions-sep"),
    pytest.param("The ship carried 12 sailors.", [exact("12", "count", 12)], id="small-digits"),
    # --- counts in words
    pytest.param("Sixteen defectors returned.", [exact("Sixteen", "count", 16)], id="word-capitalised"),
    pytest.param("The two sailors were detained.", [exact("two", "count", 2)], id="word-determiner-noun"),
    pytest.param("Police found twenty-one bodies.", [exact("twenty-one", "count", 21)], id="word-hyphen-compound"),
    pytest.param("The town has twenty-one thousand three hundred residents.",
                 [exact("twenty-one thousand three hundred", "count", 21300)], id="word-thousand-hundred"),
    pytest.param("They interviewed one hundred and five witnesses.",
                 [exact("one hundred and five", "count", 105)], id="word-hundred-and"),
    pytest.param("The court heard a dozen witnesses.", [exact("a dozen", "count", 12)], id="a-dozen-keeps-a"),
    pytest.param("The campaign cost him a thousand supporters.", [exact("a thousand", "count", 1000)], id="a-thousand"),
    pytest.param("Officials counted half a million ballots.", [exact("half a million", "count", 500000)], id="half-a-million"),
    pytest.param("He was shot five times.", [exact("five", "count", 5, unit="time")], id="times-counts-events"),
    # --- scales
    pytest.param("The city has 3.6 million residents.", [exact("3.6 million", "count", 3.6e6)], id="scale-million"),
    pytest.param("Some 1.2 billion people lack access.", [approx("Some 1.2 billion", "count", 1.2e9)], id="scale-billion-hedged"),
    pytest.param("Exports reached 10.8 bn units.", [exact("10.8 bn", "count", 10.8e9)], id="scale-bn-abbrev"),
    # --- signs
    pytest.param("Payrolls changed by +39,000 in March.", [exact("+39,000", "count", 39000), exact("March", "date", 2020, date="2020-03")], id="plus-sign"),
    pytest.param("The revision was -12,000 jobs.", [exact("-12,000", "count", -12000)], id="minus-sign-value-negative"),
    pytest.param("Employment declined by 182,000.", [exact("182,000", "count", 182000)], id="verb-carries-direction"),
    # --- ranges
    pytest.param("Between 200 and 300 protesters gathered.", [rng("Between 200 and 300", "count", 200, 200, 300)], id="range-between-and"),
    pytest.param("Officials expect 200 to 300 applicants.", [rng("200 to 300", "count", 200, 200, 300)], id="range-to"),
    pytest.param("Each class has 10-15 pupils.", [rng("10-15", "count", 10, 10, 15)], id="range-hyphen"),
    pytest.param("A thousand or two settled in Europe.", [rng("A thousand or two", "count", 1000, 1000, 2000)], id="range-a-thousand-or-two"),
    pytest.param("Between 3 million and 4 million people fled.", [rng("Between 3 million and 4 million", "count", 3e6, 3e6, 4e6)], id="range-scaled-both"),
    # --- vague plurals (at_least, twice the unit)
    pytest.param("Thousands fled the fighting.", [at_least("Thousands", "count", 2000)], id="vague-thousands"),
    pytest.param("Millions watched the debate.", [at_least("Millions", "count", 2e6)], id="vague-millions"),
    pytest.param("Hundreds of thousands marched.", [at_least("Hundreds of thousands", "count", 2e5)], id="vague-hundreds-of-thousands"),
    pytest.param("Several thousand workers struck.", [at_least("Several thousand", "count", 2000)], id="several-thousand"),
    pytest.param("Many workers struck and several managers resigned.", [], id="vague-without-number-not-mention"),
    # --- rates keep the noun
    pytest.param("The economy added 20,000 jobs per month.", [exact("20,000 jobs per month", "count", 20000)], id="rate-noun-in-span"),
    # --- physical measures
    pytest.param("The truck carried 13,100 kg of rice.", [exact("13,100 kg", "measure", 13100, unit={"kilogram", "kilogramme"})], id="measure-kg"),
    pytest.param("The border is 250 kilometres long.", [exact("250 kilometres", "measure", 250, unit={"kilometre", "kilometer"})], id="measure-km-word"),
    pytest.param("Temperatures reached 40 °C.", [exact("40 °C", "measure", 40, unit="degree Celsius")], id="measure-celsius-symbol"),
    pytest.param("It was 30 degrees Celsius at noon.", [exact("30 degrees Celsius", "measure", 30, unit="degree Celsius")], id="measure-celsius-words"),
    pytest.param("The plant emits 5,000 tonnes of CO2.", [exact("5,000 tonnes", "measure", 5000, unit={"tonne", "metric ton"})], id="measure-tonnes"),
    pytest.param("The reservoir covers 12 square kilometres.", [exact("12 square kilometres", "measure", 12, unit="square kilometre")], id="measure-area"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_numbers(text, expected):
    check(text, expected, published="2020-02-19")
