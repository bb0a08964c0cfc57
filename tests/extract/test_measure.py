"""What a number measures (the claim's measure head), one table from real prose."""

from __future__ import annotations

import pytest

import claimx


@pytest.mark.parametrize("text,claim,head", [
    ("Since the mid-1990s some 33,523 defectors resettled in South Korea.", "some 33,523", "defector"),
    ("The number of defectors fell to 1,047.", "1,047", "defector"),
    ("It saves $1.5 billion in out-of-pocket costs.", "$1.5 billion", "cost"),
    # CRS IF10733: what was lowered, not who lowered it
    ("In November 2025, the United States lowered the Section 232 auto tariffs for Korea to 15% "
     "(see below).", "15%", "tariff"),
    # Refugee admissions FY2021: the relative clause refers to the admissions, past the fiscal year
    ("I did not change the pre-existing number of refugee admissions permitted for FY 2021, which "
     "remained at 15,000.", "15,000", "admission"),
    # KEI: an elliptical count counts what the last count of its paragraph counted
    ("Some 35,000 citizens have fled, an additional thousand or two have settled in Europe and "
     "some 225 have been admitted to the United States.", "some 225", "citizen"),
    # World Refugee Day: "the total" refers back to the offices counted before it
    ("The agencies have opened more than 150 local resettlement offices, bringing the total to "
     "more than 350.", "more than 350", "office"),
    ("In 2019, 1,047 defectors arrived. That number is down from 1,137 in 2018.", "1,137", "defector"),
], ids=["number-noun", "number-of", "money-in", "lowered-to", "relative-clause", "elliptical",
        "the-total", "that-number"])
def test_measure_head(text, claim, head):
    claims = {c.text: c for c in claimx.extract(text)}
    assert claims[claim].measure_head == head, claims[claim]
