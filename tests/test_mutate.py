"""The mutation harness plants real inconsistencies: each change breaks its relation."""

from __future__ import annotations

import doctest

import pytest

import claimx.mutate as mutate
from claimx.models import GoldMention


def m(text, value, q="exact", lo=None, hi=None, kind="count"):
    if q == "exact":
        lo = hi = value
    return GoldMention(id="m", start=0, end=len(text), text=text, kind=kind, value=value,
                       qualifier=q, lower=lo, upper=hi)


def test_doctests():
    assert doctest.testmod(mutate).failed == 0


@pytest.mark.parametrize("members,target,expected", [
    # "over 550" and "some 553": 553 -> 691 still satisfies "over 550"; down to 442 does not
    ((m("over 550", 550, "at_least", 550), m("some 553", 553, "approximate")), 1, "some 442"),
    # two exact figures: up breaks it
    ((m("15,000", 15000), m("15,000", 15000)), 1, "18,750"),
    # a restated range moves both ends
    ((m("5 to 7 years", 5, "range", 5, 7), m("5 to 7 years", 5, "range", 5, 7)), 1, "6 to 9 years"),
    # "2-3 million" within "up to 3 million": pushed past the cap
    ((m("up to 3 million", 3e6, "at_most", None, 3e6), m("2-3 million", 2e6, "range", 2e6, 3e6)), 1,
     "3-4 million"),
    # two "more than" figures: no 25 % change makes them contradict
    ((m("more than 100,000", 1e5, "at_least", 1e5), m("more than 100,000", 1e5, "at_least", 1e5)), 1, None),
], ids=["bound-breaks-down", "exact-up", "range-ends", "range-past-cap", "two-lower-bounds"])
def test_breaking_rewrite_same_quantity(members, target, expected):
    assert mutate._breaking_rewrite("same_quantity", list(members), members[target]) == expected


def test_difference_uses_written_precision():
    # $2,220 - $1,720 = 500; "about $500" -> "about $625" no longer fits
    parts = [m("$2,220", 2220, kind="money"), m("US$1,720 per month", 1720, kind="money"),
             m("about $500", 500, "approximate", kind="money")]
    assert mutate._breaking_rewrite("difference", parts, parts[-1]) == "about $625"
