"""Money (spec/annotation.md: ISO 4217 unit, value in the currency's units, symbol in span)."""

import pytest

from _claimcheck import approx, at_least, at_most, check, exact, nearly, rng

ROWS = [
    pytest.param("Rent costs $2,220.", [exact("$2,220", "money", 2220, unit="USD")], id="dollar-sign"),
    pytest.param("Refugees earned US$1,720 per month.", [exact("US$1,720 per month", "money", 1720, unit="USD")], id="us-dollar-rate-per-month"),
    pytest.param("The gap was about $500.", [approx("about $500", "money", 500, unit="USD")], id="about-dollars"),
    pytest.param("The fund holds €3.5 million.", [exact("€3.5 million", "money", 3.5e6, unit="EUR")], id="euro-million"),
    pytest.param("Tickets cost £200 each.", [exact("£200", "money", 200, unit="GBP")], id="pound-sign"),
    pytest.param("A bowl of ramen costs ¥1,000.", [exact("¥1,000", "money", 1000, unit="JPY")], id="yen-sign"),
    pytest.param("Each family received 5 million won.", [exact("5 million won", "money", 5e6, unit="KRW")], id="won-word"),
    pytest.param("The grant was KRW 2.04 million.", [exact("KRW 2.04 million", "money", 2.04e6, unit="KRW")], id="iso-code-prefix-krw"),
    pytest.param("The firm paid EUR 450 in fees.", [exact("EUR 450", "money", 450, unit="EUR")], id="iso-code-prefix-eur"),
    pytest.param("Stamps rose by 9 cents.", [exact("9 cents", "money", 0.09, unit="USD")], id="cents-minor-unit"),
    pytest.param("The debt reached $1.1 trillion.", [exact("$1.1 trillion", "money", 1.1e12, unit="USD")], id="scale-trillion"),
    pytest.param("Sales hit $700m.", [exact("$700m", "money", 7e8, unit="USD")], id="scale-m-suffix"),
    pytest.param("The deal is worth 10.8 bn euros.", [exact("10.8 bn euros", "money", 10.8e9, unit="EUR")], id="scale-bn-euros"),
    pytest.param("Costs are between $7.7 and $14.4 billion.",
                 [rng("between $7.7 and $14.4 billion", "money", 7.7e9, 7.7e9, 14.4e9, unit="USD")], id="range-shared-scale"),
    pytest.param("The repairs will cost $5 million to $8 million.",
                 [rng("$5 million to $8 million", "money", 5e6, 5e6, 8e6, unit="USD")], id="range-to"),
    pytest.param("Wages rose to 15 dollars an hour.", [exact("15 dollars an hour", "money", 15, unit="USD")], id="dollars-word-rate-hour"),
    pytest.param("The budget is 30 million Swedish kronor.", [exact("30 million Swedish kronor", "money", 3e7, unit="SEK")], id="sek-words"),
    pytest.param("Aid totalled more than $2 billion.", [at_least("more than $2 billion", "money", 2e9, unit="USD")], id="more-than-money"),
    pytest.param("Fines are up to $10,000.", [at_most("up to $10,000", "money", 10000, unit="USD")], id="up-to-money"),
    pytest.param("The bill came to nearly $3 million.", [nearly("nearly $3 million", "money", 3e6, unit="USD")], id="nearly-money"),
    pytest.param("The plan costs trillions of dollars.", [at_least("trillions of dollars", "money", 2e12, unit="USD")], id="vague-trillions-of-dollars"),
    pytest.param("They spent several hundred million dollars.",
                 [at_least("several hundred million dollars", "money", 2e8, unit="USD")], id="several-hundred-million-dollars"),
    pytest.param("Visitors spent an average of $400.", [exact("$400", "money", 400, unit="USD")], id="average-of-outside-span"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_money(text, expected):
    check(text, expected, published="2020-02-19")
