"""One table per rule: consistent and inconsistent cases from real prose."""

from __future__ import annotations

import pytest

import claimx
from claimx.checks import RULES

P = "2020-02-19"


def verdicts(text, rule):
    r = claimx.check(text, published=P)
    return [f.verdict.value for f in r.findings if f.rule == rule]


def test_registry_snapshot():
    from claimx.checks import run_checks  # noqa: F401  (imports the rule modules)
    import claimx.checks.arithmetic, claimx.checks.elapsed  # noqa: E401,F401
    import claimx.checks.direction, claimx.checks.extremes, claimx.checks.facts  # noqa: E401,F401
    import claimx.checks.percent_change, claimx.checks.ratio  # noqa: E401,F401
    import claimx.checks.percent_points, claimx.checks.same_quantity  # noqa: E401,F401

    assert sorted(RULES) == ["average", "breakdown", "comparison", "complement", "conversion", "counted-parts", "difference",
                             "elapsed",
                             "extreme", "facts", "headed-list",
                             "impossible-percent", "itemised-total", "list-total", "multiplier", "percent-change",
                             "percent-vs-points", "same-quantity", "sum", "table-row", "trend"]


@pytest.mark.parametrize("text,expected", [
    ("Refugees earned US$1,720 per month, while others earned $2,220, a difference of about $500.", "consistent"),
    ("Refugees earned US$1,720 per month, while others earned $2,220, a difference of about $900.", "inconsistent"),
    ("Refugees earned $1,720 per month, while others earned $2,220, a difference of $480.", "inconsistent"),
    ("Group A earned $1,700 and group B earned $2,300, a gap of about $500.", "loose"),
], ids=["about-500", "about-900", "exact-480", "gap-loose"])
def test_difference(text, expected):
    assert verdicts(text, "difference") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The fund gave $20 million to A and $30 million to B, bringing the total to $50 million.", "consistent"),
    ("The fund gave $20 million to A and $30 million to B, bringing the total to $75 million.", "inconsistent"),
], ids=["sum-ok", "sum-bad"])
def test_sum(text, expected):
    assert verdicts(text, "sum") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Communities can apply for nearly $5 billion. FEMA is announcing the following:\n\n"
     "$1 billion in funding for BRIC.\n\n$3.46 billion in funding for HMGP.\n\n"
     "$160 million in funding for FMA.\n\nThese opportunities support the agenda.", ["consistent"]),
    ("FEMA is announcing three funding opportunities worth nearly $5 billion, as follows:\n\n"
     "$1 billion for BRIC.\n\n$2.46 billion for HMGP.\n\n$160 million for FMA.\n", ["loose"]),
    ("Communities can apply for nearly $5 billion, including the following:\n\n"
     "$1 billion for BRIC.\n\n$160 million for FMA.\n", []),
    ("Communities can apply for $3 billion in all:\n\n- $1 billion for BRIC.\n- $2.5 billion for HMGP.\n",
     ["loose"]),
    ("Communities can apply for $3 billion in all:\n\n- $1 billion for BRIC.\n- $4 billion for HMGP.\n",
     []),
    ("Communities can apply for $3 billion in all:\n\n- $1 billion for BRIC.\n- $2.9 billion for HMGP.\n",
     ["inconsistent"]),
], ids=["fema-items", "counted-short-3.62-of-nearly-5", "some-parts", "items-exceed-3.5-of-3",
        "item-above-total-not-a-part", "items-exceed-3.9-of-3"])
def test_itemised_total(text, expected):
    assert verdicts(text, "itemised-total") == expected


_FEMA = ("- FEMA last week announced the availability of $1.8 billion for two resilience grant programs "
         "designed to increase climate resilience nationwide. The Building Resilient Infrastructure and "
         "Communities (BRIC) annual grant program is making an additional $1 billion available to fund "
         "projects. The Flood Mitigation Assistance (FMA) program will provide a further $800 million to "
         "fund projects.\n- Today HUD announced $50 million.")


@pytest.mark.parametrize("text,expected", [
    # energy bills fact sheet (held-out round 7): a total for two programs, then each
    (_FEMA, ["consistent"]),
    (_FEMA.replace("$800 million", "$1,000 million"), ["inconsistent"]),
    # a third amount in the paragraph: which two are the parts is not known
    (_FEMA.replace("fund projects.\n", "fund projects, after $300 million last year.\n"), []),
    # no count of parts
    (_FEMA.replace("for two resilience", "for resilience"), []),
], ids=["two-programs", "two-programs-bad", "three-amounts", "uncounted"])
def test_counted_parts(text, expected):
    assert verdicts(text, "counted-parts") == expected


@pytest.mark.parametrize("text,expected", [
    ("During the four-and-a-half years from 2015 to September 2019, only 12 defectors returned.", "consistent"),
    ("During the ten years from 2015 to September 2019, only 12 defectors returned.", "inconsistent"),
    ("Admissions from 2006 to 2019 have been small: 218 for a decade and a half.", "loose"),
], ids=["4.5-years", "ten-years", "decade-and-a-half"])
def test_elapsed(text, expected):
    assert verdicts(text, "elapsed") == [expected]


@pytest.mark.parametrize("text,n", [
    ("Satisfaction increased to 74.2 percent, which was 1.7 percent above the previous year.", 1),
    ("Satisfaction increased to 74.2 percent, 1.7 percentage points above the previous year.", 0),
    ("Participation was 62.1 percent, slightly lower than 63.3 percent for others.", 0),
    # vaccine access (held-out round 12): "from" a cause, not from an earlier level
    ("People on dialysis have a 50% hospitalization rate and a mortality rate between 20-30% from COVID-19.",
     0),
    # 300 million shots: "making up" a share is no rise
    ("People of color have accounted for 54% of vaccinations, while only making up 40% of the population.", 0),
    # ... but "from" a year is a change ("an increase of 50% from 2010")
    ("The goal is to raise the share to 15% by 2025, or an increase of 50% from 2010.", 1),
], ids=["percent", "points", "two-levels", "from-a-cause", "making-up", "from-a-year"])
def test_percent_vs_points(text, n):
    assert len(verdicts(text, "percent-vs-points")) == n


@pytest.mark.parametrize("text,expected", [
    ("Some 35,000 citizens have resettled in South Korea since the mid-1990s. "
     "Since the mid-1990s some 33,523 defectors resettled in South Korea.", ["loose"]),
    ("The ministry will give additional support to over 550 defectors facing harsh conditions. "
     "The ministry announced additional support for some 553 defectors facing difficult conditions.",
     ["consistent"]),
    ("The ministry will give additional support to 547 defectors facing harsh conditions. "
     "The ministry announced additional support for 553 defectors facing difficult conditions.",
     ["inconsistent"]),
    ("In May, seven defectors were held in China. In November, 11 refugees crossed into Vietnam.", []),
    # ARP highlights: a heading and its body share another figure ("over 13 million")
    ("Lowered Health Care Premiums by $800 for over 13 Million Americans: the law cut premiums.\n\n"
     "It saved over 13 million Americans an average of $1,000 a year on their health premiums.",
     ["loose", "consistent"]),
    # Medicare fact sheet: "these ten drugs" points back to "the first 10 drugs"
    ("HHS reached agreements on lower prices for the first 10 drugs selected for negotiation. "
     "Medicare spent heavily on these twelve drugs in 2023.", ["loose"]),
    # ARP highlights: a label and the sentence it heads
    ("30 million young people: Reached the families of 38 million students.", ["inconsistent"]),
    # LA Declaration: the host and "the other 21" are two different sets
    ("Over two years, the 22 endorsing countries made progress. Ministers from the other 21 "
     "endorsing countries attended.", []),
    # small-business relief: parallel statements about two groups, no figure shared
    ("In 2021, the PPP made 2 million loans to businesses in LMI communities, a 62 percent increase "
     "from the 1.2 million loans made in 2020. Loans made to rural small businesses rose 40 percent, "
     "from 1 million in 2020 to 1.4 million loans made in 2021.", []),
    # CRS trade: tariffs under different sections are different tariffs
    ("Tariffs imposed under Section 232 were lowered to 15% for South Korea. In July, the "
     "Administration imposed a 12.5% tariff on South Korean goods under Section 301.", []),
    # FEMA fact sheet: the title's figure is restated in the lede
    ("FACT SHEET: Administration Announces Nearly $5 Billion in Resilience Funding\n\n"
     "Today FEMA said communities can apply for nearly $6 billion to prepare for disasters.", ["loose"]),
    # EV fact sheet: two companies' investments are two figures
    ("Ford Motor Company announced it will invest $3.7 billion in assembly plants and create 6,200 "
     "jobs.\n\nPanasonic announced a $4 billion plant in De Soto, Kansas that will create 4,000 jobs.", []),
    # vaccination fact sheet: two lower bounds far apart can both be true
    ("Thanks to the American Rescue Plan, the Administration has provided over $4.8 billion in funding "
     "to states. The Administration has invested more than $6 billion in American Rescue Plan funding "
     "in health centers.", []),
    # child tax credit: the label's figure is restated later in its sentence, not by the first
    # figure after the colon
    ("$7,200 for Typical Family: For a married couple earning a combined $60,000 per year with two "
     "children, their Child Tax Credit will equal $9,000.", ["inconsistent"]),
    # HEERF: sibling items that open with their own label are separate items
    ("6 million community college students received direct financial aid: The Department projects "
     "that 6 million community college students received aid.\n\nNearly 8 million students at MSIs "
     "received direct financial aid: the Department projects that nearly 8 million students at MSIs "
     "received grants.", ["consistent", "consistent"]),
    # HEERF: a figure for one year alone is part of the figure since that year
    ("18 million college students received direct financial aid since the start of 2021.\n\n"
     "In 2021 alone, institutions provided emergency aid grants to nearly 13 million college students.", []),
    # HEERF: a long bold lead-in and the sentence after its colon
    ("Nearly 8 million students at Minority Serving Institutions (MSIs) received direct financial aid: "
     "Since the start of 2021, the Department projects that nearly 10 million students at MSIs "
     "received emergency aid grants.", ["loose"]),
    # COVID equity: a title-case lead-in and the first amount of its paragraph
    ("$150 Million to Address the Unique Needs of People with Disabilities and Older Adults in Response "
     "and Recovery from the Virus and Improve their Health and Access to Services Moving Forward. The "
     "Administration for Community Living at HHS is investing $188 million for its disability and aging "
     "networks.", ["inconsistent"]),
    # school testing: a name the parser finds in one sentence only is still shared
    ("The American Rescue Plan has provided $130 billion in the Elementary and Secondary School Emergency "
     "Relief fund, and $10 billion in the Epidemiology and Laboratory Capacity (ELC) cooperative "
     "agreement to support testing.\n\nIn addition to $10 billion for states to set up testing programs "
     "in the ELC program, the American Rescue Plan included $162 billion in the Elementary and Secondary "
     "School Emergency Relief fund to safely reopen schools.", ["inconsistent"]),
    # transportation projects: the next paragraph is the next project, not the lead restated
    ("$95 million for the Gila River Indian Community I-10 Project in Arizona. The project will widen "
     "approximately 10 miles of I-10.\n\n$66 million for the Mineral County I-90 Improvement Project in "
     "Montana.", []),
    # pensions: a list of states by their people and a table of states
    ("The Administration has protected the pensions of 80,000 Michiganders, 78,000 New Yorkers and "
     "73,000 Illinoisans.\n\nState Workers and retirees protected\n\nMichigan More than 100,000\n\n"
     "New York More than 78,000\n", ["loose", "consistent"]),
    # energy efficiency: a goal and the count that surpassed it
    ("The Administration has surpassed its goal to take 100 actions in 2022 to strengthen energy "
     "efficiency standards.\n\nThese 110 actions span a range of household products.", []),
    # pensions: two floors far apart can both be true, under a lead or not
    ("More than 152,000 workers and retirees in Ohio were protected.\nMore than 103,000 workers and "
     "retirees in Michigan were protected.", []),
    # Medicare rebates: close small counts of one thing are two sets
    ("The law saved seniors as much as $618 per dose on 47 prescription drugs in 2023.\n\nSome seniors "
     "who take 48 prescription drugs could see savings.", []),
    # Bidenomics: a lead that fills its paragraph heads nothing below it
    ("Redwood Materials is investing $3.5 billion to build a facility, creating 1,500 new jobs.\n\n"
     "The company also opened a recycling plant with 1,200 workers.", []),
    # small-business report card: "all 35 initiatives" points back to the 35 laid out
    ("The Small Business Strategy laid out 35 initiatives designed to maintain momentum. The report card "
     "shows significant progress on all 44 initiatives.", ["inconsistent"]),
    # ... but "all 50 states" after "26 states" is the whole, not the set restated
    ("Grants went to 26 states this year. The program now serves all 50 states.", []),
    # HEERF: one year's figure "in 2021 alone" and the same year's figure restated
    ("In 2021 alone, institutions provided $19.5 billion in emergency aid grants to students.\n\n"
     "Institutions distributed $24.4 billion in emergency financial aid grants to students in 2021.",
     ["inconsistent"]),
    # Medicare rebates: "those 48 drugs" points back within its own sentence, not to the 47
    ("The law saved seniors as much as $618 per dose on 47 prescription drugs in 2023. Starting in 2024, "
     "some seniors who take 48 prescription drugs could see savings because those 48 drugs raised "
     "their prices.", ["consistent"]),
    # energy efficiency: bulleted items under different labels are different items
    ("- Lightbulbs: the proposed rule would reduce carbon emissions by 131 million metric tons over "
     "30 years.\n- Clothes Dryers: over 30 years, the rule would reduce carbon emissions by 116 million "
     "metric tons.", []),
    # border funding: labelled paragraphs may restate one fact
    ("Asylum Officers: each asylum case generally takes 5 to 7 years to be heard.\n\nImmigration "
     "Judges: each asylum case generally takes 6 to 9 years to complete.", ["inconsistent"]),
    # PSLF: one count of people called borrowers once and Americans once, beside one amount
    ("In total, the Administration has approved $175 billion in student debt relief for nearly 5 million "
     "borrowers through various actions.\n\nSince taking office, the Administration has approved through "
     "various actions $175 billion in student debt relief for nearly 6 million Americans.",
     ["consistent", "loose"]),
    # vaccination: shares of different groups are not linked by a people-word alone
    ("87% of seniors have at least one shot.\n\nWe increased vaccination sites so that at least 90% of "
     "Americans have access to a shot within 5 miles.", []),
    # Medicare drug prices: one named cap has one value
    ("Many seniors will also benefit from the Inflation Reduction Act's $2,000 cap on out-of-pocket "
     "spending, which will be fully in effect in 2025.\n\nNearly 19 million seniors are projected to save "
     "when the out-of-pocket cap drops to $2,500 in 2025.", ["loose"]),
    ("Enrollees who filled an insulin prescription had their insulin costs capped at $35 per month.\n\n"
     "The Budget extends the $44 cost-sharing cap for monthly prescriptions of insulin to the commercial "
     "market.", ["inconsistent"]),
    # ... but two caps on different things are two parameters
    ("The law capped insulin costs at $35 per month.\n\nThe law caps out-of-pocket drug spending at "
     "$40 per month for other drugs.", []),
    # Bidenomics: the government and Congress are no subjects that tell two figures apart
    ("The President will visit South Carolina, where the Biden-Harris Administration has already awarded "
     "$2.6 billion in funding for infrastructure projects.\n\nAnd if most South Carolina Republican Members "
     "of Congress had their way, the state would have lost out on over $3.2 billion in infrastructure "
     "funding.", ["inconsistent"]),
    # transportation projects: a length restated, told by the place both sentences name
    ("The project will widen approximately 12 miles of I-10 in Pinal County from two lanes to three "
     "lanes.\n\nThe Pinal County project will widen 10 miles of the interstate.", ["loose"]),
    ("The project will widen 10 miles of I-10 in Pinal County.\n\nThe Montana project will rebuild 12 "
     "miles of I-90 in Mineral County.", []),
    # contracting equity (held-out round 9): two statements of one target are both goals
    ("The President set a goal of increasing SDB contracting by 50 percent, projected to translate to an "
     "additional $100 billion to SDBs over 5 years.\n\nReaching the target would mean an additional $125 "
     "billion going to SDBs over five years.", ["loose"]),
    # climate buildings (held-out round 10): unlabelled bullets of one list are separate items
    ("- In August 2022, GSA announced a contract that is expected to reduce costs by $3.3 million "
     "annually and reduce emissions.\n- In 2021, GSA awarded a contract that will reduce energy costs by "
     "$3 million annually and reduce emissions.", []),
    # child care (held-out round 10): the colon of "2:1" is no label
    ("These investments had a benefit-cost ratio of about 2:1, meaning the benefits outweighed the costs.",
     []),
    # public health workforce (held-out round 10): a heading on its own line and the text it heads
    # may be a quarter apart and still one amount
    ("Invest $4.4 Billion to Surge Public Health Staffing for COVID-19 Response\n\nThe Biden-Harris "
     "Administration will invest $5.5 billion to allow states to expand their public health departments "
     "with additional staff for the COVID-19 response.", ["inconsistent"]),
    # COVID equity: a lead-in heads its own paragraph, not the amounts of the one before
    ("Nearly $240 Million to Expand the Public Health Workforce. HHS will invest nearly $240 million in a "
     "new program to build the pipeline of public health workers.\n\n$210 Million to Build Preparedness "
     "in Tribal Communities. The Indian Health Service is investing $92 million to hire school nurses and "
     "build public health capacity.", ["consistent"]),
    # Medicare rebates: one cost in one stated year, told twice (the ten drugs agree)
    ("In total in 2022, Medicare Part D beneficiaries paid $3.4 billion in out of pocket costs for the 10 "
     "drugs selected for negotiation.\n\nIn 2022, seniors spent $4.2 billion in out-of-pocket costs on "
     "the first ten drugs selected for negotiation.", ["inconsistent", "consistent"]),
    ("In 2022, seniors spent $3.4 billion in out-of-pocket costs on the first ten drugs selected for "
     "negotiation.\n\nIn 2023, seniors spent $4.2 billion in out-of-pocket costs on the first ten drugs "
     "selected for negotiation.", []),
    # contracting equity: "the statutory goal of 5 percent" makes the 5 percent a goal, not the 11
    ("- For the first time, asking agencies to increase their goals so that governmentwide spending "
     "results in 11 percent of contracting dollars being awarded to small disadvantaged businesses, up "
     "from the current statutory goal of 5 percent.\n\nFor the first time, asking agencies create "
     "ambitious goals in order to exceed the existing statutory goal of 5 percent by spending 14 percent "
     "of Fiscal Year 2022 governmentwide procurement dollars on small disadvantaged businesses.",
     ["inconsistent"]),
    # public health workforce: a headline rounds, so the title's figure is read as written
    ("FACT SHEET: Administration to Invest $7 Billion to Hire Public Health Workers\n\nThe Administration "
     "will invest $7.4 billion to recruit and hire public health workers.", ["consistent"]),
    ("FACT SHEET: Administration to Invest $7 Billion to Hire Public Health Workers\n\nThe Administration "
     "will invest $7.6 billion to recruit and hire public health workers.", ["loose"]),
    # vaccine access (held-out round 12): a lead-in whose paragraph spells it out in parts
    ("$330 Million to Invest in Community Health Workers. HHS will provide $300 million to jurisdictions for "
     "community health worker services, and an additional $32 million for training.", []),
    # ... and parallel facts inside one paragraph are not one figure restated
    ("These actions are garnering results. In the past two months, 60 percent of doses at federally-run "
     "Community Vaccination sites were administered to people of color. Finally, over 65 percent of the "
     "federal doses allocated to Community Health Centers have been administered to people of color.", []),
], ids=["35000-33523", "550-553", "547-553-exact", "unrelated", "shared-figure", "these-n",
        "label-colon", "other-n", "parallel-groups", "distinct-sections", "title-lede", "two-companies",
        "two-lower-bounds", "label-restated-later", "sibling-labels", "year-alone", "long-lead-in",
        "title-case-lead-in", "name-written-in-both", "next-paragraph-item", "same-state", "goal-and-count", "floors-apart",
        "close-small-counts", "paragraph-lead", "all-n", "all-50-states", "alone-same-year",
        "those-n-same-sentence", "bulleted-items", "labelled-paragraphs", "borrowers-americans",
        "percent-people-words", "named-cap", "insulin-cap", "two-caps", "government-no-subject", "measure-restated", "measures-two-places", "two-goals", "unlabelled-bullets", "ratio-colon",
        "heading-line-close", "lead-in-own-paragraph", "same-year-close", "other-year", "goal-of-another-figure",
        "headline-rounds", "headline-rounds-too-far", "lead-in-total-of-parts", "inner-sentences"])
def test_same_quantity(text, expected):
    assert verdicts(text, "same-quantity") == expected


@pytest.mark.parametrize("text,expected", [
    ("Januvia Diabetes 843,000 $527 $113 $414 (-79%)", ["consistent", "consistent"]),
    ("Januvia Diabetes 843,000 $527 $113 $514 (-79%)", ["inconsistent", "consistent"]),
    ("Januvia Diabetes 843,000 $527 $113 $414 (-59%)", ["consistent", "inconsistent"]),
], ids=["row-ok", "row-bad-saving", "row-bad-percent"])
def test_table_row(text, expected):
    assert verdicts(text, "table-row") == expected


@pytest.mark.parametrize("text,expected", [
    ("In 2021, the PPP made 2 million loans to businesses, a 62 percent increase from the "
     "1.2 million loans made in 2020.", ["consistent"]),
    ("The number of loans was up 40 percent from 2020, from 1 million in 2020 to 1.4 million in 2021.",
     ["consistent"]),
    ("The number of loans was up 40 percent from 2020, from 1 million in 2020 to 1.9 million in 2021.",
     ["inconsistent"]),
    ("The average loan was $42.5K. This was down more than 50 percent from the $101.5K average.",
     ["consistent"]),
    ("The average loan was $42.5K. This was down more than 70 percent from the $101.5K average.",
     ["inconsistent"]),
], ids=["62-percent", "40-percent", "40-percent-bad", "down-50", "down-70"])
def test_percent_change(text, expected):
    assert verdicts(text, "percent-change") == expected


@pytest.mark.parametrize("text,expected", [
    ("In 2025, total trade was $241.6 billion (with $99.1 billion in U.S. exports and "
     "$142.5 billion in U.S. imports).", ["consistent"]),
    ("In 2025, total trade was $241.6 billion (with $99.1 billion in U.S. exports and "
     "$152.5 billion in U.S. imports).", ["inconsistent"]),
    ("South Korea committed to investing $350 billion; $150 billion is earmarked for shipbuilding "
     "and $200 billion for other industries.", ["consistent"]),
    # HBCU fact sheet (held-out round 7): the parts follow the counted noun
    ("This is in addition to approximately $1.6 billion in debt relief to 45 HBCUs (13 public "
     "institutions and 32 private institutions) earlier this year.", ["consistent"]),
    ("This is in addition to approximately $1.6 billion in debt relief to 56 HBCUs (13 public "
     "institutions and 32 private institutions) earlier this year.", ["inconsistent"]),
    ("The program reached 100 schools (including 20 public and 30 private schools).", []),
], ids=["paren-ok", "paren-bad", "semicolon-ok", "paren-after-noun", "paren-after-noun-bad",
        "including-some"])
def test_breakdown(text, expected):
    assert verdicts(text, "breakdown") == expected


@pytest.mark.parametrize("a,b,expected", [
    ("some 35,000", "some 33,523", "loose"),
    ("over 13 million", "over 10 million", "loose"),
    ("over 550", "some 553", "consistent"),
    ("2.0 percent", "1.96 percent", "consistent"),
    ("2.0 percent", "2.2 percent", "inconsistent"),
    ("5 to 7", "5 to 7", "consistent"),
    ("5 to 7", "6 to 9", "inconsistent"),
    ("between 30,000 and 50,000", "30,000-50,000", "consistent"),
    ("up to 3 million", "2-3 million", "consistent"),
    ("up to 3 million", "3-4 million", "inconsistent"),
    ("200,000", "250,000", "loose"),
    ("eighteen million", "22 million", "inconsistent"),
], ids=["35000", "bounds-restated", "550-553", "statcheck-2.0", "2.0-vs-2.2", "range-same",
        "range-ends-differ", "range-written-two-ways", "range-under-cap", "range-over-cap",
        "round-figure-two-digits", "words-to-the-million"])
def test_tolerance_compare(a, b, expected):
    from claimx.checks.tolerance import compare

    ca = claimx.extract(f"There were {a} people.")[0]
    cb = claimx.extract(f"There were {b} people.")[0]
    assert compare(ca, cb) == expected


@pytest.mark.parametrize("text,rule,expected", [
    ("The tariff rate will increase from 25% to 100% in 2024.", "trend", ["consistent"]),
    ("The tariff rate will increase from 25% to 10% in 2024.", "trend", ["inconsistent"]),
    ("Arrivals fell from 2,914 to 3,047.", "trend", ["inconsistent"]),
    ("Loans were up 40 percent, from 1 million in 2020 to 1.4 million in 2021.", "trend", ["consistent"]),
    ("Participation was 62.1 percent, only slightly lower than others at 63.3 percent.", "comparison",
     ["consistent"]),
    ("Participation was 64.1 percent, only slightly lower than others at 63.3 percent.", "comparison",
     ["inconsistent"]),
], ids=["up-ok", "up-bad", "fell-bad", "up-with-dates", "lower-ok", "lower-bad"])
def test_direction(text, rule, expected):
    assert verdicts(text, rule) == expected


@pytest.mark.parametrize("text,expected", [
    ("Increase loans to rural small businesses by 40 percent. The number of loans was up 40 percent "
     "from 2020.", ["consistent"]),
    ("Increase loans to rural small businesses by 50 percent. The number of loans was up 40 percent "
     "from 2020.", ["loose"]),
    ("Triple lending to microbusinesses. Lending grew 25 percent in rural areas, and 40 percent "
     "of loans went to LMI areas.", []),
], ids=["lead-change-restated", "lead-change-differs", "lead-without-change"])
def test_lead_change_restated(text, expected):
    assert verdicts(text, "same-quantity") == expected


@pytest.mark.parametrize("text,expected", [
    ("Daily cases decreased by more than 112 percent.", ["inconsistent"]),
    ("Some 112% of adults got a shot.", ["inconsistent"]),
    ("Exports grew by 125% in 2025.", []),
    ("Daily cases decreased by more than 90 percent.", []),
    # ACP fact sheet (held-out round 7): a level against the poverty line, not a share
    ("Households with income at or below 200% of the Federal Poverty Guidelines are eligible.", []),
], ids=["fall-over-100", "share-over-100", "growth-over-100-ok", "fall-90-ok", "poverty-line-level"])
def test_impossible_percent(text, expected):
    assert verdicts(text, "impossible-percent") == expected


@pytest.mark.parametrize("text,rule,expected", [
    ("Arrivals fell from a peak of 2,914 in 2009 to only 1,047 in 2019.", "extreme", ["consistent"]),
    ("Arrivals fell from a peak of 1,914 in 2009 to 2,047 in 2019.", "extreme", ["inconsistent"]),
    ("The US will resettle more than 100,000 refugees, the most in three decades.", "extreme",
     ["unverifiable"]),
    ("The truck weighed 13,100 kg (28,880 lb).", "conversion", ["consistent"]),
    ("The truck weighed 13,100 kg (28,950 lb).", "conversion", ["loose"]),
    ("The truck weighed 13,100 kg (18,950 lb).", "conversion", ["inconsistent"]),
], ids=["peak-ok", "peak-bad", "most-unverifiable", "kg-lb-ok", "kg-lb-loose", "kg-lb-bad"])
def test_extreme_and_conversion(text, rule, expected):
    assert verdicts(text, rule) == expected


def test_multiplier_without_base_is_unverifiable():
    assert verdicts("Korean investment more than doubled, to $95.2 billion.", "multiplier") == ["unverifiable"]


@pytest.mark.parametrize("text,expected", [
    # energy efficiency: the same two figures beside a span of time restate it
    ("The rule would deliver savings of $20 billion and cut emissions by 131 million metric tons over "
     "30 years. This is the 110th action.\n\n- Lightbulbs: the rule would deliver savings of $20 "
     "billion and cut emissions by 131 million metric tons over 38 years.", ["inconsistent"]),
    ("The rule would deliver savings of $20 billion over 30 years.\n\n- Dryers: the rule would cut "
     "emissions by 116 million metric tons over 38 years.", []),
], ids=["anchored-duration", "unanchored-duration"])
def test_same_quantity_duration(text, expected):
    r = claimx.check(text, published=P)
    kinds = {c.id: c.kind.value for c in r.claims}
    assert [f.verdict.value for f in r.findings if f.rule == "same-quantity"
            and all(kinds[i] == "duration" for i in f.claims)] == expected


@pytest.mark.parametrize("text,more", [
    ("Ministers from the other 21 endorsing countries attended.", True),
    ("CMS will add 15 additional drugs.", True),
    # school testing: "the additional ten million tests" points back to the stated increase
    ("With the additional ten million tests per month, schools can test more.", False),
], ids=["the-other-n", "n-additional", "the-additional-n"])
def test_another(text, more):
    from claimx.checks.same_quantity import _another
    r = claimx.check(text, published=P)
    count = next(c for c in r.claims if c.kind.value == "count")
    assert _another(text, count) is more


@pytest.mark.parametrize("text,expected", [
    # SBA fact sheet: the worked example
    ("Schedule C businesses got $60 billion in forgivable loans. This tripled the amount of funding "
     "from the roughly $20 billion in 2020.", ["consistent"]),
    # a count's unit at one end only
    ("The agency tripled its staff, from 20 to 60 people.", ["consistent"]),
    ("The agency tripled its staff, from 20 to 40 people.", ["inconsistent"]),
    # teachers fact sheet (held-out round 8): "cut in half" is a multiplier of a half
    ("Monthly payments will be cut in half – from 10 percent to 5 percent of discretionary income.",
     ["consistent"]),
    ("Payments were halved from $400 to $300 a month.", ["inconsistent"]),
    # a share is no change; "cut by a third" leaves two-thirds, which this rule does not read
    ("Half of the funds went to rural areas, from $10 million to $5 million.", []),
    ("Costs were cut by a third, from $300 to $200.", []),
    # climate buildings (held-out round 10): the change stated before the multiplier
    ("The initiative is expected to increase investments from a low of $251 million in FY2021 to a "
     "sustained $1.2 billion per year by 2030, a fivefold increase.", ["consistent"]),
    ("The initiative is expected to increase investments from a low of $251 million in FY2021 to a "
     "sustained $1.5 billion per year by 2030, a fivefold increase.", ["loose"]),
    # connectivity (held-out round 7): a bare number, then a measure with its unit
    ("Spectrum doubled the speed of the $30/month plan from 50 to 100 Megabits per second (download).",
     ["consistent"]),
    ("Spectrum doubled the speed of the $30/month plan from 50 to 150 Megabits per second (download).",
     ["inconsistent"]),
    # a whole multiple is told from the half-multiples beside it: 2.5 times is no doubling
    ("Spectrum doubled the speed of the $30/month plan from 50 to 125 Megabits per second (download).",
     ["loose"]),
    # small-business tax credit (held-out round 14): a heading announces the change its paragraph
    # spells out
    ("Doubling the Research and Development (R&D) Tax Credit for Small Businesses. Pre-revenue startups "
     "create jobs. The Act increases the refundable tax credit for small businesses from $250,000 to "
     "$500,000.", ["consistent"]),
], ids=["tripled-sba", "unit-one-end", "unit-one-end-bad", "cut-in-half", "halved-bad", "half-share",
        "cut-by-a-third", "from-to-before", "from-to-before-bad", "measure-at-one-end", "measure-at-one-end-bad",
        "two-and-a-half-times", "heading-then-paragraph"])
def test_multiplier(text, expected):
    assert verdicts(text, "multiplier") == expected


_PSLF = ("Since taking office, the Administration has approved through various actions $175 billion in student "
         "debt relief for nearly 5 million Americans, each of whom have been approved for an average of roughly "
         "$35,000 in student debt cancellation.")
_TAX = ("After delivering almost $2 trillion in tax cuts, Congressional Republicans are proposing $100 billion "
        "per year in tax increases on middle-class families. According to independent analysis, around 75 "
        "million American families would pay an average of $1,480 more in taxes each year.")


@pytest.mark.parametrize("text,expected", [
    # PSLF fact sheet: total, count and average in one sentence
    (_PSLF, ["consistent"]),
    (_PSLF.replace("$35,000", "$43,750"), ["inconsistent"]),
    # tax-day fact sheet (held-out round 8, a reader's loose relation): the total the sentence before
    (_TAX, ["loose"]),
    # a count and an average with no total of their size
    ("The law lowered premiums by an average of $800 a year for over 13 million Americans.", []),
], ids=["pslf", "pslf-bad", "tax-day-loose", "no-total"])
def test_average(text, expected):
    assert verdicts(text, "average") == expected


_SFA = ("The final rule allows 33% of Special Financial Assistance to be invested in return-seeking assets. "
        "These investments include equities and bonds. The other 67% of SFA funds must be invested in "
        "fixed-income products.")


@pytest.mark.parametrize("text,expected", [
    # ARP pension rule (held-out round 5): "the other 67%" is the rest of the whole
    (_SFA, ["consistent"]),
    (_SFA.replace("67%", "84%"), ["inconsistent"]),
    # the hedge on the share carries over to the rest
    ("About 40 percent of the grants went to rural areas; the remaining 60 percent went to cities.",
     ["consistent"]),
    # a share in another paragraph is of another whole
    ("About 40 percent of the grants went to rural areas.\n\nThe other 30 percent of loans went to cities.",
     []),
], ids=["the-other-67", "the-other-84", "remaining-hedged", "other-paragraph"])
def test_complement(text, expected):
    assert verdicts(text, "complement") == expected


_ARKANSAS = ("Arkansas: Nearly $61 million for 4 HBCUs\n\n- University of Arkansas at Pine Bluff: $25,138,852\n"
             "- Shorter College: $13,019,110\n- Philander Smith College: $11,774,144\n"
             "- Arkansas Baptist College: $10,779,046\n")


@pytest.mark.parametrize("text,expected", [
    # HBCU funding by state (held-out round 13): a header over its bulleted parts
    (_ARKANSAS, ["consistent"]),
    (_ARKANSAS.replace("Nearly $61 million", "Nearly $76 million"), ["inconsistent"]),
    # one bullet, counted by the header, is the header's amount
    ("California: Over $13 million for 1 HBCU\n\n- Charles R. Drew University: $13,295,109\n", ["consistent"]),
    # bullets that fall short of an uncounted header may be examples only
    ("The Budget invests $10 billion in public health, including:\n- $2 billion for labs\n"
     "- $3 billion for the workforce\n", []),
    # ... but parts beyond it are wrong however many there are
    ("Public health: $4 billion\n- Labs: $2 billion\n- Workforce: $3 billion\n", ["inconsistent"]),
    # a list after a colon whose items open with their amounts is the itemised-total rule's
    ("The Budget invests $4 billion in public health, including:\n- $2 billion for labs\n"
     "- $3 billion for the workforce\n", []),
    # ARPA-H awards (held-out round 12, a reader's inconsistent sum): bullets of several
    # awards each that together pass the header
    ("The $150 million in ARPA-H awards announced today fund research efforts, including:\n\n"
     "- Tulane University (award of up to $22.9M), Rice University ($18.0M), and the University of "
     "Washington ($21.1M) will develop imaging systems.\n\n- Johns Hopkins University ($20.9M), UCSF "
     "($15.1M), and UIUC ($32.6M) will invent new microscopes.\n\n- Dartmouth College ($31.3M) and "
     "Cision Vision ($22.3M) will develop dye-based techniques.\n", ["inconsistent"]),
    # ... and that fall short of it say nothing (the list may be partial)
    ("The $250 million in awards announced today fund research efforts, including:\n\n"
     "- Tulane University ($22.9M) and Rice University ($18.0M) will develop imaging systems.\n\n"
     "- Dartmouth College ($31.3M) and Cision Vision ($22.3M) will develop dye-based techniques.\n", []),
    # a nested list is not more bullets of the outer one
    ("Public health: $4 billion\n- Labs: $2 billion\n  - Equipment: $1.5 billion\n- Workforce: $2 billion\n",
     ["consistent"]),
], ids=["arkansas", "arkansas-bad", "one-counted", "uncounted-short", "parts-exceed", "itemised-instead",
        "several-per-bullet-exceed", "several-per-bullet-short", "nested-bullets"])
def test_headed_list(text, expected):
    assert verdicts(text, "headed-list") == expected
