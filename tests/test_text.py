"""Input reading: front matter, byline dates, furniture written for this test."""

from __future__ import annotations

import pytest

import claimx
from claimx.text import make_article, split_front_matter


def test_front_matter_offsets_and_not_scanned():
    text = "---\ntitle: T\npublished: 2020-02-19\ncount: 500 items\n---\nSome 35,000 left last year.\n"
    meta, body = split_front_matter(text)
    assert meta["title"] == "T" and text[body:].startswith("Some")
    r = claimx.extract_document(text)
    assert r.document.published == "2020-02-19" and r.document.published_source == "front_matter"
    assert all(c.start >= body for c in r.claims)
    assert [c.text for c in r.claims] == ["Some 35,000", "last year"]
    assert all(text[c.start : c.end] == c.text for c in r.claims)


@pytest.mark.parametrize("line,date", [
    ("Published February 19, 2020", "2020-02-19"),
    ("Updated September 22, 2026", "2026-09-22"),
    ("Posted on 3 March 2021", "2021-03-03"),
])
def test_byline_date(line, date):
    art = make_article("x", f"Site name\n\n{line}\n\nIt rose last year.\n")
    assert (art.published, art.published_source) == (date, "byline")


def test_published_not_a_date_warns():
    art = make_article("x", "---\npublished: unknown\n---\nIt rose last year.\n")
    assert art.published is None and any("not a date" in w for w in art.warnings)
    r = claimx.extract_document("---\npublished: unknown\n---\nIt rose last year.\n")
    assert all(c.date is None for c in r.claims)


FURNITURE = [
    "Sign up for our newsletter",
    "Share this article: 1,204 shares",
    "12 comments",
    "Follow us on Twitter",
    "Back to top",
    "Read more stories",
    "Copyright © 2024 Example News. All rights reserved.",
    "Total Index: 6300 publications.",
    "Subscribe to our Mailing List!",
    "Return to the Newsroom",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_yield_no_claims(line):
    text = f"{line}\n\nThe city hired 250 teachers in 2021.\n"
    claims = claimx.extract(text)
    assert [c.text for c in claims] == ["250", "2021"]
