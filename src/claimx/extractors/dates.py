"""Dates at the precision written: full dates, month-year, years, decades, fuzzy parts,
fiscal years, ranges, and relative dates resolved against the publication date.

dateparser parses every absolute candidate (and the relative ones against the
publication date); it runs only on the candidate strings these patterns find,
through a cache, never over the whole text.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .base import Candidate, Extractor
from .lexicon import MONTHS, S, YEAR

_MONTH_NUM = {m[:3].lower(): i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_FUZZY = rf"(?:early|mid|late|(?:the{S}+)?(?:first|second|third|fourth|last){S}+quarter|(?:the{S}+)?(?:summer|winter|spring|fall|autumn)|the{S}+(?:beginning|start|end|middle)|(?:the{S}+)?(?:first|second){S}+half)"
_SEASONS = ("summer", "winter", "spring", "fall", "autumn")
_FY = rf"(?:FY{S}?|[Ff]iscal{S}+[Yy]ear{S}+)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_MDY = rf"{MONTHS}{S}+{_DAY},?{S}+{YEAR}"
_DMY = rf"{_DAY}{S}+{MONTHS},?{S}+{YEAR}"
_MY = rf"{MONTHS},?{S}+(?:of{S}+)?{YEAR}"
_ANY = rf"(?:{_MDY}|{_DMY}|{_MY}|{_FY}{YEAR}|{YEAR})"
_YEAR_ONLY = rf"(?<![\w$€£¥.,/-]){YEAR}(?![\w%]|[.,]\d|{S}*(?:%|percent|per{S}cent))"
_RELATIVE = {
    "last year": -1, "past year": -1, "this year": 0, "next year": 1, "coming year": 1,
    "previous year": "prev", "prior year": "prev", "following year": "next", "following month": ("m", 1),
    "last month": ("m", -1), "this month": ("m", 0), "next month": ("m", 1),
    "last week": ("w", -1), "this week": ("w", 0), "next week": ("w", 1),
}


@lru_cache(maxsize=4096)
def dateparse(text: str, base: str | None = None) -> dt.datetime | None:
    """dateparser on one candidate string (cached), relative to ``base`` if given."""
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": [], "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(base)
    return dateparser.parse(text, languages=["en"], settings=settings)


def _iso(text: str) -> tuple[str, int] | None:
    """ISO string at the precision written, and the year, for one absolute date."""
    t = " ".join(text.replace(",", " ").split())
    fy = re.fullmatch(rf"(?:FY ?|[Ff]iscal [Yy]ear )({YEAR})", t)
    if fy:
        return fy.group(1), int(fy.group(1))
    if re.fullmatch(YEAR, t):
        return t, int(t)
    mdy = re.fullmatch(rf"({MONTHS}) (?:of )?({_DAY} )?({YEAR})", t)
    dmy = re.fullmatch(rf"({_DAY}) ({MONTHS}) ({YEAR})", t)
    if mdy or dmy:
        parsed = dateparse(t.replace(" of ", " "))
        if parsed is None:
            return None
        has_day = bool(dmy) or bool(mdy.group(2))
        return (parsed.date().isoformat() if has_day else f"{parsed.year:04d}-{parsed.month:02d}"), parsed.year
    return None


_MY_FIND = re.compile(rf"(?<![\w]){_MY}(?![\w%])")
_YEAR_FIND = re.compile(_YEAR_ONLY)


class DateExtractor(Extractor):
    """Absolute, fuzzy, fiscal, ranged and relative dates."""

    name = "dates"
    priority = 9
    patterns = {
        "range": rf"(?P<between>[Bb]etween{S}+)?(?P<a>{_ANY}|{MONTHS})(?:{S}*(?:-|–|—|to|through|and|or|until){S}*)(?P<b>{_ANY})(?![\w%])",
        "year-range-short": rf"(?<![\w$])(?P<a>{YEAR})[-–](?P<b>\d\d)(?![\w%])",
        "decade": rf"(?:(?P<fuzzy>early|mid|late)(?:-|‐|{S})+|(?i:the){S}+)?(?P<decade>(?:1[5-9]|20)\d0)'?s\b",
        "fuzzy": rf"(?P<fuzzy>{_FUZZY})(?:{S}+of|-|{S}+)?{S}*(?P<inner>{_MY}|{_FY}{YEAR}|{YEAR}|{MONTHS}{S}+of{S}+{YEAR})(?![\w%])",
        "full": rf"(?<![\w])(?:{_MDY}|{_DMY})(?![\w])",
        "month-year": rf"(?<![\w])(?:{_MY})(?![\w%])",
        "fiscal": rf"(?<![\w]){_FY}{YEAR}(?![\w])",
        "year": _YEAR_ONLY,
        "month-day": rf"(?<![\w]){MONTHS}{S}+{_DAY}(?![\w]|,?{S}*{YEAR}|{S}*%)",
        "day-month": rf"(?<![\w]){_DAY}{S}+{MONTHS}(?![\w]|,?{S}+{YEAR})",
        "fuzzy-month": rf"(?i:\b(?P<fz>early|mid|late))(?:-|{S}+)(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!{S}*,?{S}*{YEAR})",
        "month": rf"\b(?:in|In|IN|since|Since|until|Until|by|By|from|From|of|early|late|mid|through|[Tt]he){S}+(?P<month>January|February|March|April|June|July|August|September|October|November|December|May|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![\w]|{S}+{_DAY}|,?{S}+{YEAR})",
        "day-of-month": rf"\b(?:on|On|by|until){S}+the{S}+(?P<day>[0-3]?\d(?:st|nd|rd|th))\b(?!{S}+(?:of|century|anniversary))",
        "season": rf"(?i:\b(?P<rel>this{S}+(?:summer|winter|spring|fall|autumn)))\b",
        "this-fiscal": rf"(?i:\b(?P<rel>(?:this|current|last|next){S}+fiscal{S}+year))\b",
        "relative": rf"(?i:\b(?P<the>the{S}+)?(?P<later>later{S}+)?(?P<rel>(?:last|past|this|next|coming|previous|prior|following){S}+(?:year|month|week)))\b(?!{S}*'s|{S}+(?:alone|or{S}so))",
        "same-unit": rf"(?i:\b(?:that|the){S}+(?P<rel>same{S}+(?P<unit>month|year)))\b",
        "day-word": rf"(?i:\b(?P<rel>today|yesterday|tomorrow|this{S}+morning|tonight|this{S}+afternoon|this{S}+evening))\b(?!{S}*'s)",
    }

    def __init__(self, published: str | None = None):
        self.published = published

    def build(self, pattern, m, text):
        g = m.groupdict()
        if pattern == "range":
            yield from self._range(m)
        elif pattern == "year-range-short":
            a = int(g["a"])
            b = int(g["a"][:2] + g["b"])
            if b > a:
                yield Candidate(m.start(), m.end(), "date", a, qualifier="range", lower=a,
                                upper=b, date=f"{a}/{b}", steps=("year range",), hedgeable=False,
                                num_start=m.start())
        elif pattern == "decade":
            d = int(g["decade"])
            start = m.start("fuzzy") if g["fuzzy"] else m.start("decade")
            lo, hi, q = {
                None: (d, d + 9, "range"), "early": (d, d + 3, "approximate"),
                "mid": (d + 3, d + 7, "approximate"), "late": (d + 7, d + 9, "approximate"),
            }[g["fuzzy"].lower() if g["fuzzy"] else None]
            value = d + 5 if g["fuzzy"] and g["fuzzy"].lower() == "mid" else lo  # "mid-1990s" -> 1995
            yield Candidate(start, m.end(), "date", value, qualifier=q, lower=lo, upper=hi,
                            date=f"{lo}/{hi}", steps=(f"decade {d}s -> {lo}..{hi}",),
                            hedgeable=False, num_start=start)
        elif pattern == "fuzzy":
            got = _iso(g["inner"].replace(" of ", " "))
            if not got:
                return
            iso, year = got
            fz = " ".join(g["fuzzy"].lower().split())
            start = m.start()
            if fz.startswith("the "):
                start += 4
            if "end" in fz and len(iso) == 4 and not g["inner"].startswith(("FY", "Fiscal", "fiscal")):
                q, iso = "exact", f"{iso}-12-31"
            elif ("beginning" in fz or "start" in fz) and len(iso) == 4 \
                    and not g["inner"].startswith(("FY", "Fiscal", "fiscal")):
                q, iso = "exact", f"{iso}-01-01"
            elif "quarter" in fz and len(iso) == 4:
                k = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[fz.split()[-2]]
                q, iso = "exact", f"{iso}-{3 * k - 2:02d}/{iso}-{3 * k:02d}"
            elif "half" in fz:
                q = "exact"
                iso = f"{iso}-01/{iso}-06" if "first" in fz and len(iso) == 4 else iso
            elif fz in ("early", "mid", "late", "the middle") or fz.split()[-1] in _SEASONS:
                q = "approximate"
            else:
                q = "exact"
            yield Candidate(start, m.end(), "date", year, qualifier=q, lower=year, upper=year,
                            date=iso, steps=(f"fuzzy part '{fz}'",), num_start=start)
        elif pattern in ("full", "month-year", "fiscal", "year"):
            got = _iso(m.group(0))
            if got:
                iso, year = got
                yield Candidate(m.start(), m.end(), "date", year, lower=year, upper=year,
                                date=iso, steps=("dateparser",), num_start=m.start())
        elif pattern == "fuzzy-month" and self.published:
            parsed = dateparse(f"{m.group('month')} {self.published[:4]}")
            if parsed:
                y = parsed.year
                yield Candidate(m.start(), m.end(), "date", y, qualifier="approximate", lower=y, upper=y,
                                date=f"{y:04d}-{parsed.month:02d}", steps=(f"'{m.group('fz')}' part of a month",),
                                hedgeable=False, num_start=m.start())
        elif pattern in ("month-day", "day-month", "month"):
            if not self.published:
                return
            base = self.published
            s0 = m.start("month") if pattern == "month" else m.start()
            parsed = dateparse(text[s0 : m.end()].title() + " " + base[:4])
            if parsed is None:
                return
            year = parsed.year
            iso = (f"{year:04d}-{parsed.month:02d}" if pattern == "month"
                   else parsed.date().replace(year=year).isoformat())
            yield Candidate(s0, m.end(), "date", year, lower=year, upper=year, date=iso,
                            steps=("dateparser", f"year from publication date {base}"),
                            num_start=m.start())
        elif pattern == "relative":
            yield from self._relative(m, text)
        elif pattern == "same-unit":
            # "That same month": the month (or year) of the last date written before it
            before = text[max(0, m.start() - 1500) : m.start()]
            rx = _MY_FIND if m.group("unit").lower() == "month" else _YEAR_FIND
            found = list(rx.finditer(before))
            if not found:
                return
            got = _iso(found[-1].group(0).replace(" of ", " "))
            if got:
                iso, year = got
                yield Candidate(m.start("rel"), m.end(), "date", year, lower=year, upper=year,
                                date=iso[:7] if m.group("unit").lower() == "month" else str(year),
                                steps=(f"'{m.group('rel')}' as the last date before it ({found[-1].group(0)})",),
                                hedgeable=False, num_start=m.start("rel"))
        elif pattern == "day-of-month" and self.published:
            day = int(re.match(r"\d+", m.group("day")).group(0))
            pub = dt.date.fromisoformat(self.published)
            try:
                iso = pub.replace(day=day).isoformat()
            except ValueError:
                return
            yield Candidate(m.start("day"), m.end(), "date", pub.year, lower=pub.year,
                            upper=pub.year, date=iso, steps=("day of the publication month",),
                            hedgeable=False, num_start=m.start("day"))
        elif pattern == "season" and self.published:
            y = int(self.published[:4])
            yield Candidate(m.start(), m.end(), "date", y, qualifier="approximate", lower=y, upper=y,
                            date=str(y), steps=("season of the publication year",),
                            hedgeable=False, num_start=m.start())
        elif pattern == "this-fiscal" and self.published:
            pub = dt.date.fromisoformat(self.published)
            fy = pub.year + (1 if pub.month >= 10 else 0)  # US federal fiscal year
            fy += {"last": -1, "next": 1}.get(m.group("rel").split()[0].lower(), 0)
            yield Candidate(m.start(), m.end(), "date", fy, lower=fy, upper=fy, date=str(fy),
                            steps=(f"US fiscal year containing {pub}",), hedgeable=False,
                            num_start=m.start())
        elif pattern == "day-word" and self.published and not (
                m.group("rel")[0].isupper() and re.search(r"[A-Z][\w.]*[ \t]+$", text[max(0, m.start() - 20) : m.start()])
                and not re.search(r"[.!?:\n][ \t]*[A-Z][\w.]*[ \t]+$", text[max(0, m.start() - 22) : m.start()])):
            # "USA Today" is a name; "Today, ..." after a sentence end is the day
            word = m.group("rel").lower()
            day = dt.date.fromisoformat(self.published) + dt.timedelta(
                days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
            yield Candidate(m.start(), m.end(), "date", day.year, lower=day.year, upper=day.year,
                            date=day.isoformat(), steps=(f"relative '{word}' against {self.published}",),
                            hedgeable=False, num_start=m.start())

    def _range(self, m):
        a_txt, b_txt = m.group("a"), m.group("b")
        sep = m.group(0)[len(a_txt) + (len(m.group("between") or "")):].strip().split()[0]
        bare_month = bool(re.fullmatch(MONTHS, a_txt.strip()))
        if sep in ("and", "or") and not (m.group("between") or bare_month):
            return
        b = _iso(b_txt.replace(" of ", " "))
        if not b:
            return
        if re.fullmatch(MONTHS, a_txt.strip()):
            a = _iso(f"{a_txt} {b[1]}")
        else:
            a = _iso(a_txt)
        if not a or a[1] > b[1] or a[0] >= b[0] and a[1] == b[1] and a[0] == b[0]:
            return
        yield Candidate(m.start(), m.end(), "date", a[1], qualifier="range", lower=a[1],
                        upper=b[1], date=f"{a[0]}/{b[0]}", steps=("date range", "dateparser"),
                        hedgeable=False, num_start=m.start())

    def _relative(self, m, text):
        rel = " ".join(m.group("rel").lower().split())
        start = m.start("later") if m.group("later") else m.start("rel")
        if m.group("the") and rel.startswith("next"):
            rel = "following " + rel.split()[1]  # "the next year" follows the sentence's year
        shift = _RELATIVE.get(rel)
        if shift is None or not self.published:
            return
        pub = dt.date.fromisoformat(self.published)
        steps = (f"relative '{rel}'",)
        if shift in ("prev", "next"):
            # "the previous year" is relative to the year the sentence talks about
            ends = [m.end() for m in re.finditer(r"[.!?]\s|\n", text[max(0, start - 400) : start])]
            sent_start = max(0, start - 400) + (ends[-1] if ends else 0)
            years = re.findall(rf"(?<!\d){YEAR}(?!\d)", text[sent_start:start])
            ref = int(years[-1]) if years else pub.year
            year = ref - 1 if shift == "prev" else ref + 1
            steps += (f"against {ref} in the sentence" if years else f"against publication {pub}",)
            iso = str(year)
        elif isinstance(shift, int):
            parsed = dateparse(f"{-shift} year ago" if shift < 0 else f"in {shift} year", self.published) \
                if shift else dt.datetime(pub.year, 1, 1)
            year = parsed.year if parsed else pub.year + shift
            iso = str(year)
            steps += (f"dateparser against {pub}",)
        else:
            unit, k = shift
            if unit == "m":
                month = pub.month + k
                year = pub.year + (month - 1) // 12
                month = (month - 1) % 12 + 1
                iso = f"{year:04d}-{month:02d}"
            else:
                day = pub + dt.timedelta(weeks=k)
                year = day.year
                iso = f"{day.year:04d}-{day.month:02d}"
            steps += (f"against {pub}",)
        yield Candidate(start, m.end(), "date", year, lower=year, upper=year, date=iso,
                        qualifier="approximate" if m.group("later") else "exact",
                        steps=steps, hedgeable=False, num_start=start)
