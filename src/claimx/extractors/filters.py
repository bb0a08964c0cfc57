"""What is not a claim: page furniture, URLs, phone numbers, identifiers, list numbers.

The furniture rule is general rather than site-specific: a short line that is a
call to action or site navigation ("Subscribe ...", "Return to ...", "Stay
Informed"), or a short line whose number counts site items ("6300
publications", "12 comments", "1.2K shares").
"""

from __future__ import annotations

import re

from .base import Masks
from .lexicon import FURNITURE_LINE, FURNITURE_NOUNS, IDENTIFIER_BEFORE, S

_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = re.compile(r"(?<!\d)(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)")
_LIST_NUM = re.compile(rf"^{S}*(?:\d{{1,2}}|[ivx]{{1,4}}|[a-z])[.)]{S}+", re.M)
_FURN_LINE = re.compile(FURNITURE_LINE)
_FURN_COUNT = re.compile(rf"\d[\d,.]*[KkMm]?{S}+{FURNITURE_NOUNS}\b")
_IDENT = re.compile(IDENTIFIER_BEFORE)
_NAME_CODE = re.compile(r"\bUTC[+−-]\d+|\b(?!FY\d|FY-)[A-Z][A-Za-z]*-?\d+[A-Za-z0-9]*(?:[-–]\d+)?\b|\b\d+[GD]\b")
# Legal citations and codes: "8 U.S.C. 1157(b)", "section 2(b)(2)", "PD 2021-02".
_CITATION = re.compile(
    rf"\b\d+{S}+U\.?S\.?C\.?{S}*§*{S}*\d+[\w()]*|\b\d+[a-z]?(?:\([a-z0-9]{{1,4}}\))+"
    rf"|\b(?:PD|EO|No\.|Nos\.|Determination|Order|P\.L\.|Res\.|Law){S}+(?:\([A-Z]+\){S}+)?\d[\d-]*\d"
    rf"|(?<=\()\d[\d-]*\d(?=\)\.?$)|\([a-z0-9]{{1,4}}\)(?:\([a-z0-9]{{1,4}}\))+"
)
MAX_FURNITURE_WORDS = 12


def furniture_lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Line ranges in text[start:end] that are page furniture, not article text."""
    out = []
    pos = start
    for line in text[start:end].splitlines(keepends=True):
        body = line.strip()
        words = len(body.split())
        if body and words <= MAX_FURNITURE_WORDS:
            if _FURN_LINE.match(body):
                out.append((pos, pos + len(line), "page furniture"))
            elif _FURN_COUNT.search(body) and words <= 8:
                out.append((pos, pos + len(line), "page furniture (site item count)"))
        pos += len(line)
    return out


def build_masks(text: str, start: int, end: int) -> Masks:
    """Everything in the body that extractors must leave alone, with the reason."""
    ranges = furniture_lines(text, start, end)
    for rx, why in ((_URL, "URL or e-mail"), (_PHONE, "phone number"),
                    (_LIST_NUM, "list numbering"), (_NAME_CODE, "number inside a name or code"),
                    (_CITATION, "legal citation or document number")):
        ranges += [(m.start(), m.end(), why) for m in rx.finditer(text, start, end)]
    return Masks(ranges)


def is_identifier(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a reference word ("Section", "paragraphs")."""
    left = text[max(0, start - 60) : start]
    return bool(_IDENT.search(left))
