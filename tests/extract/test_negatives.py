"""Hard negatives: references, identifiers, names, list numbers, phones, URLs, ordinals,
the determiner "one", and page furniture (spec/annotation.md, "Do not annotate")."""

import pytest

from _claimcheck import approx, check, exact

ROWS = [
    # --- references and identifiers
    pytest.param("The panel cited paragraphs 380-492 of the report.", [], id="paragraphs-range"),
    pytest.param("Entry is barred under Section 212(a) of the act.", [], id="section-212a"),
    pytest.param("Applicants must file Form I-590 first.", [], id="form-i-590"),
    pytest.param("The House passed H.R. 1234 on a voice vote.", [], id="hr-1234"),
    pytest.param("The rule is set out in P.L. 116-145.", [], id="public-law"),
    pytest.param("See Table 3 for details.", [], id="table-number"),
    pytest.param("The figures appear on page 47.", [], id="page-number"),
    pytest.param("It was signed as Presidential Determination No. 2023-13.", [], id="determination-no"),
    pytest.param("Under 8 U.S.C. 1157(b), the cap applies.", [], id="usc-citation"),
    # --- numbers inside names
    pytest.param("COVID-19 closed the border.", [], id="covid-19"),
    pytest.param("The G7 leaders met in Biarritz.", [], id="g7"),
    pytest.param("Seasonal workers use H-2B visas.", [], id="h-2b"),
    pytest.param("His father fought in World War II.", [], id="world-war-ii"),
    pytest.param("The airline grounded its Boeing 737 jets.", [], id="boeing-737"),
    pytest.param("The tariffs were imposed under Section 301.", [], id="section-301"),
    pytest.param("The Tariff Act of 1930 still applies.", [], id="act-of-1930"),
    # --- names with a real number next to them
    pytest.param("COVID-19 killed 1,200 people in 2020.",
                 [exact("1,200", "count", 1200), exact("2020", "date", 2020, date="2020")], id="covid-19-with-count"),
    pytest.param("Under Section 212(a), 500 people were barred.", [exact("500", "count", 500)], id="section-with-count"),
    # --- list numbering, phones, URLs
    pytest.param("1. First item\n2. Second item\n", [], id="list-numbering"),
    pytest.param("Call (202) 555-0143 for details.", [], id="phone-us"),
    pytest.param("Call 202-555-0143 for details.", [], id="phone-dashes"),
    pytest.param("Read it at https://example.org/reports/2019/0412.html today.",
                 [exact("today", "date", 2020, date="2020-02-19")], id="url-digits"),
    pytest.param("Write to press2020@example.org for copies.", [], id="email-digits"),
    # --- ordinals, ranks and determiner "one"
    pytest.param("It was the first time she spoke.", [], id="first-time"),
    pytest.param("It is the third highest rate in Asia.", [], id="rank-third-highest"),
    pytest.param("One journalist said the border was closed.", [], id="one-journalist"),
    pytest.param("He is one of the most senior defectors.", [], id="one-of-the-most"),
    pytest.param("She became the 12th woman to hold the post.", [], id="ordinal-12th"),
    # --- page furniture (KEI)
    pytest.param("Total Index: 6300 publications\nThe ministry said 1,047 defectors arrived.\n",
                 [exact("1,047", "count", 1047)], id="kei-total-index"),
    pytest.param("Subscribe to our Mailing List!\nSome 35,000 have fled.\n",
                 [approx("Some 35,000", "count", 35000)], id="kei-subscribe"),
    pytest.param("1.2K shares\nSome 35,000 have fled.\n", [approx("Some 35,000", "count", 35000)], id="kei-shares"),
    pytest.param("Return to the Peninsula\nSome 35,000 have fled.\n", [approx("Some 35,000", "count", 35000)], id="kei-return-to"),
    # --- page furniture (other sites)
    pytest.param("The strike lasted 10 days.\n245 comments\n",
                 [exact("10 days", "duration", 10, unit="day")], id="comment-count"),
    pytest.param("The strike lasted 10 days.\n© 2024 The Daily Ledger. All rights reserved.\n",
                 [exact("10 days", "duration", 10, unit="day")], id="copyright-line"),
    pytest.param("Sign up for our newsletter and get 3 free articles\nThe strike lasted 10 days.\n",
                 [exact("10 days", "duration", 10, unit="day")], id="newsletter-cta"),
    pytest.param("Follow us on Twitter: 52K followers\nThe strike lasted 10 days.\n",
                 [exact("10 days", "duration", 10, unit="day")], id="followers-count"),
    pytest.param("The strike lasted 10 days.\n3.4K views\n",
                 [exact("10 days", "duration", 10, unit="day")], id="views-count"),
    pytest.param("Skip to main content\nRead more: 5 stories from our archive\nThe strike lasted 10 days.\n",
                 [exact("10 days", "duration", 10, unit="day")], id="read-more-link"),
    pytest.param("The strike lasted 10 days.\nAll 1,530 results for 'strike'\n",
                 [exact("10 days", "duration", 10, unit="day")], id="search-results-count"),
    pytest.param("Photo by Jane Doe/Reuters, 2019\nThe strike lasted 10 days.\n",
                 [exact("10 days", "duration", 10, unit="day")], id="photo-credit"),
    pytest.param("Download the app and save 20%\nThe strike lasted 10 days.\n",
                 [exact("10 days", "duration", 10, unit="day")], id="app-promo"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_negatives(text, expected):
    check(text, expected, published="2020-02-19")
