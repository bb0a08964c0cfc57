"""Dates at the precision written, fuzzy parts, fiscal years, ranges and relative dates."""

import pytest

from _claimcheck import E, at_most, check, exact, extract, rng

PUB = "2020-02-19"

ROWS = [
    # --- absolute dates, precision as written
    pytest.param("The law took effect on February 19, 2020.", [exact("February 19, 2020", "date", 2020, date="2020-02-19")], id="full-mdy"),
    pytest.param("The law took effect on 19 February 2020.", [exact("19 February 2020", "date", 2020, date="2020-02-19")], id="full-dmy"),
    pytest.param("The talks collapsed in November 2019.", [exact("November 2019", "date", 2019, date="2019-11")], id="month-year"),
    pytest.param("The talks collapsed in Sept. 2019.", [exact("Sept. 2019", "date", 2019, date="2019-09")], id="month-abbrev-year"),
    pytest.param("The program began in 2009.", [exact("2009", "date", 2009, date="2009")], id="bare-year"),
    pytest.param("The program began in 2009 and ended in 2015.",
                 [exact("2009", "date", 2009, date="2009"), exact("2015", "date", 2015, date="2015")], id="two-years"),
    pytest.param("The vote is in March.", [exact("March", "date", 2020, date="2020-03")], id="month-alone-takes-pub-year"),
    pytest.param("Turnout has grown since 2016.", [exact("2016", "date", 2016, date="2016")], id="since-outside-span"),
    pytest.param("The plant must close by 2050.", [exact("2050", "date", 2050, date="2050")], id="by-not-a-hedge"),
    # --- decades and fuzzy parts
    pytest.param("Famine struck in the mid-1990s.", [E("mid-1990s", "date", 1995, "approximate", 1993, 1997)], id="mid-decade"),
    pytest.param("The recession ended in late 2011.", [E("late 2011", "date", 2011, "approximate", 2011, 2011, date="2011")], id="late-year"),
    pytest.param("Work starts in early 2022.", [E("early 2022", "date", 2022, "approximate", 2022, 2022, date="2022")], id="early-year"),
    pytest.param("Work starts in mid-2022.", [E("mid-2022", "date", 2022, "approximate", 2022, 2022, date="2022")], id="mid-year"),
    pytest.param("The plant closes at the end of 2025.", [exact("end of 2025", "date", 2025, date="2025-12-31")], id="end-of-year"),
    pytest.param("Sales rose at the beginning of 2023.", [exact("beginning of 2023", "date", 2023, date="2023-01-01")], id="beginning-of-year"),
    pytest.param("Output fell in the first quarter of 2024.",
                 [exact("first quarter of 2024", "date", 2024, date="2024-01/2024-03")], id="first-quarter"),
    # --- fiscal years
    pytest.param("The budget for FY 2022 was approved.", [exact("FY 2022", "date", 2022, date="2022")], id="fy-space"),
    pytest.param("The cap rises in fiscal year 2031.", [exact("fiscal year 2031", "date", 2031, date="2031")], id="fiscal-year-words"),
    pytest.param("The cap rises in FY2024.", [exact("FY2024", "date", 2024, date="2024")], id="fy-no-space"),
    # --- ranges: one claim
    pytest.param("From 2006 to 2019, arrivals fell.", [rng("2006 to 2019", "date", 2006, 2006, 2019, date="2006/2019")], id="range-from-to"),
    pytest.param("The study ran from 2015 to September 2019.",
                 [rng("2015 to September 2019", "date", 2015, 2015, 2019, date="2015/2019-09")], id="range-year-to-month-year"),
    pytest.param("Prices rose between 2010 and 2015.", [rng("between 2010 and 2015", "date", 2010, 2010, 2015, date="2010/2015")], id="range-between-inside-span"),
    pytest.param("The 2021–2022 season was cancelled.", [rng("2021–2022", "date", 2021, 2021, 2022, date="2021/2022")], id="range-en-dash"),
    pytest.param("Data cover 1959 through 2025.", [rng("1959 through 2025", "date", 1959, 1959, 2025, date="1959/2025")], id="range-through"),
    # --- hedged dates
    pytest.param("The scheme has run since at least 2022.", [at_most("at least 2022", "date", 2022, date="2022")], id="since-at-least-is-at-most"),
    pytest.param("Reports are due no later than 2030.", [at_most("no later than 2030", "date", 2030, date="2030")], id="no-later-than"),
    pytest.param("The bridge opened around 2010.", [E("around 2010", "date", 2010, "approximate", date="2010")], id="around-year"),  # bounds of a hedged year: not pinned by the convention,
    # --- relative dates, resolved against the publication date
    pytest.param("Arrivals fell last year.", [exact("last year", "date", 2019, date="2019")], id="last-year"),
    pytest.param("Arrivals will rise this year.", [exact("this year", "date", 2020, date="2020")], id="this-year"),
    pytest.param("Arrivals will rise next year.", [exact("next year", "date", 2021, date="2021")], id="next-year"),
    pytest.param("In 2019, arrivals fell compared with the previous year.",
                 [exact("2019", "date", 2019, date="2019"), exact("previous year", "date", 2018, date="2018")], id="previous-year-after-2019"),
    pytest.param("The minister spoke today.", [exact("today", "date", 2020, date="2020-02-19")], id="today"),
    pytest.param("The minister spoke yesterday.", [exact("yesterday", "date", 2020, date="2020-02-18")], id="yesterday"),
    # --- not dates
    pytest.param("The minister spoke on Tuesday.", [], id="weekday-not-mention"),
    pytest.param("The Trade Act of 1974 applies.", [], id="year-in-law-name"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_dates(text, expected):
    check(text, expected, published=PUB)


@pytest.mark.parametrize("text,span", [
    pytest.param("Arrivals fell last year.", "last year", id="last-year"),
    pytest.param("In March, arrivals fell.", "March", id="month-alone"),
    pytest.param("The minister spoke yesterday.", "yesterday", id="yesterday"),
])
def test_relative_without_published_is_not_invented(text, span):
    """Without a publication date a relative date cannot be resolved: no crash, no guessed year."""
    claims = extract(text)
    for c in claims:
        assert c.text == text[c.start : c.end]
        if c.text == span:
            assert c.date is None, f"{span!r} resolved to {c.date} without a publication date"
