"""Regular-expression fragments shared by the extractors (patterns as data)."""

from __future__ import annotations

from ..normalize import HEDGES, SMALL, TENS, TRAILING_HEDGES

S = r"[ \t\u00a0]"  # in-line white space: a claim never spans a line break
_WORDS = sorted(list(SMALL) + list(TENS) + ["hundred", "thousand", "million", "billion",
                                            "trillion", "dozen"], key=len, reverse=True)
W = r"(?:" + "|".join(_WORDS) + r")"
SCALE_WORD = r"(?i:thousand|million|billion|trillion)"
DIGITS = r"[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# A number in words: "sixteen", "twenty-one thousand", "a dozen", "four-and-a-half",
# "one hundred and twenty". "and" joins only after "hundred" so "one and two" stays two numbers.
WORDNUM = (
    rf"(?:(?:[Aa]n?{S}+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"(?i:{W})(?:(?:{S}+|-|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)){S}+and{S}+)(?i:{W})(?![\w]))*"
    rf"(?:(?:-and-a-|{S}+and{S}+a{S}+)half)?)"
)
# Digits with an optional scale: "3.6 million", "10.8 bn", "$700m".
NUM_DIGITS = rf"(?:{DIGITS}(?:{S}*{SCALE_WORD}\b|{S}?(?:bn|mn|mln|tn|trn)\b|(?:[mbk]|B|M|K)\b)?)"
NUM = rf"(?:{NUM_DIGITS}|\b{WORDNUM}\b)"
# A number may not continue a word, an identifier ("COVID-19", "I-590") or a decimal.
BEFORE = r"(?<![\w.,$€£¥₩/#])(?<![A-Za-z]-)"
AFTER = r"(?![\w]|[.,]\d)"

MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
YEAR = r"(?:1[5-9]\d\d|20\d\d)"

CURRENCY_PREFIX = (
    r"(?:US{S}?\$|C\$|CA\$|A\$|NZ\$|HK\$|\$|€|£|¥|₩|₹|"
    r"\b(?:USD|EUR|GBP|JPY|KRW|CNY|SEK|CAD|AUD|CHF|INR|RMB){S}?)"
).replace("{S}", S)
CURRENCY_SUFFIX = (
    rf"(?i:(?:U\.?S\.?{S}+)?dollars?|(?:[A-Z][a-z]+{S}+)?pesos|euros?|pounds{S}+sterling|pounds?|yen|won|yuan|renminbi"
    rf"|(?:Swedish{S}+)?(?:kronor|krona)|rupees?|francs?|cents?)\b"
)
RATE = (
    rf"(?:{S}+(?:per|a|an|each){S}+(?:month|year|week|day|hour|person|capita|head|household"
    rf"|barrel|ton|tonne|unit|dose|share)\b)"
)

TIME_UNITS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month",
    "months": "month", "week": "week", "weeks": "week", "day": "day", "days": "day",
    "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "quarter": "quarter", "quarters": "quarter", "night": "day", "nights": "day",
    "second": "second", "seconds": "second",
}
TIME_UNIT = r"(?i:years?|yrs?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)|nights?)"


def _alt(words) -> str:
    return "|".join(sorted((w.replace(".", r"\.").replace(" ", S + "+") for w in words),
                           key=len, reverse=True))


ALL_HEDGES = _alt([w for words in HEDGES.values() for w in words if w != "~"])
# A hedge immediately left of a number, as the tail of the text before it.
HEDGE_LEFT = rf"(?i:(?:\b(?:only|just|well|still){S}+)?\b(?:{ALL_HEDGES})){S}*$|~{S}*$"
# "27 weeks or more", "550 names or more", "154 local governments, or fewer"
TRAILING = rf"(?:{S}+[a-z][a-z-]*){{0,2}},?{S}+(?i:{_alt(TRAILING_HEDGES)})\b"

# Words before a number that make it an identifier or a reference, not a claim.
IDENTIFIER_BEFORE = (
    rf"(?:\b(?:[Ss]ections?|[Ss]ubsections?|Sec\.|PD|EO|U\.S\.C\.|S\.Res\.|Act{S}+of|§§?|No\.|Nos\.|Number|[Pp]aragraphs?|[Pp]aras?\.?|[Pp]ages?|pp?\."
    rf"|Table|Figure|Fig\.|Chapter|Article|Art\.|Form|Rule|Title|Annex|Appendix|Footnote"
    rf"|Resolution|Order|P\.L\.|Public{S}Law|H\.R\.|S\.|H\.Res\.|Docket|Case|Volume|Vol\."
    rf"|Item|Step|Phase|Tier|Part|Chapter|Clause|Amendment|Determination|Proclamation"
    rf"|Route|Highway|Interstate|Flight|Room|Suite|Box|Unit|Lot|Exhibit|Schedule|Release"
    rf"|Version|v\.|Type|Level|Class|Category|Grade|Gate|Platform|Row|Seat|Ward|District)"
    rf"(?:{S}+(?:No\.|Nos\.))?(?:{S}*\([A-Z]{{2,5}}\))?{S}*(?:\d+[A-Za-z]?(?:\([a-z0-9]+\))*{S}*(?:and|or|to|through|-|–){S}*)*$)"
)
FURNITURE_NOUNS = (
    r"(?:publications?|posts?|articles?|shares?|comments?|views?|likes?|followers?|subscribers?"
    r"|results?|items?|pages?|reads?|downloads?|tweets?|retweets?|reactions?|replies|votes?)"
)
FURNITURE_LINE = (
    r"(?i:^\W*(?:subscribe|sign{S}up|sign{S}in|log{S}in|register|follow{S}us|share{S}(?:this|on)"
    r"|return{S}to|back{S}to|read{S}more|related|print|email{S}this|search|stay{S}informed"
    r"|skip{S}to|menu|home{S}\||copyright|©|all{S}rights{S}reserved|terms{S}of|privacy"
    r"|cookie|advertisement|sponsored|tags?:|filed{S}under|total{S}index|newsletter"
    r"|photo{S}(?:from|by|credit)|image{S}(?:from|by|credit)|click{S}here|download{S}the{S}app))"
).replace("{S}", S)
