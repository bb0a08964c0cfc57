"""Places a figure is about: US states by name and by what their people are called.

Data, not code: a figure for "80,000 Michiganders" and a table row "Michigan  More than
80,000" are about one place, which the words alone do not show.
"""

from __future__ import annotations

import re

# state -> demonym (the common form in federal prose)
STATES = {
    "Alabama": "Alabamian", "Alaska": "Alaskan", "Arizona": "Arizonan", "Arkansas": "Arkansan",
    "California": "Californian", "Colorado": "Coloradan", "Connecticut": "Connecticuter",
    "Delaware": "Delawarean", "Florida": "Floridian", "Georgia": "Georgian", "Hawaii": "Hawaiian",
    "Idaho": "Idahoan", "Illinois": "Illinoisan", "Indiana": "Hoosier", "Iowa": "Iowan",
    "Kansas": "Kansan", "Kentucky": "Kentuckian", "Louisiana": "Louisianan", "Maine": "Mainer",
    "Maryland": "Marylander", "Massachusetts": "Bay Stater", "Michigan": "Michigander",
    "Minnesota": "Minnesotan", "Mississippi": "Mississippian", "Missouri": "Missourian",
    "Montana": "Montanan", "Nebraska": "Nebraskan", "Nevada": "Nevadan",
    "New Hampshire": "New Hampshirite", "New Jersey": "New Jerseyan", "New Mexico": "New Mexican",
    "New York": "New Yorker", "North Carolina": "North Carolinian", "North Dakota": "North Dakotan",
    "Ohio": "Ohioan", "Oklahoma": "Oklahoman", "Oregon": "Oregonian", "Pennsylvania": "Pennsylvanian",
    "Rhode Island": "Rhode Islander", "South Carolina": "South Carolinian",
    "South Dakota": "South Dakotan", "Tennessee": "Tennessean", "Texas": "Texan", "Utah": "Utahn",
    "Vermont": "Vermonter", "Virginia": "Virginian", "Washington": "Washingtonian",
    "West Virginia": "West Virginian", "Wisconsin": "Wisconsinite", "Wyoming": "Wyomingite",
}
_BY_DEMONYM = {d: s for s, d in STATES.items()} | {"Indianan": "Indiana"}
_PEOPLE = re.compile(r"^[ \t]+(" + "|".join(sorted(_BY_DEMONYM, key=len, reverse=True)) + r")s?\b")
_ROW = re.compile(r"^\s*(?:[-*•]\s*)?(" + "|".join(sorted(STATES, key=len, reverse=True)) + r")\s*:?\s*$")


def place_of(text: str, c) -> str | None:
    """The state a count is about: its counted noun names the state's people ("80,000
    Michiganders"), or it is the figure of a row that opens with the state's name
    ("Michigan  More than 80,000"), or None.

    >>> class C: pass
    >>> c = C(); c.start, c.end = 0, 6
    >>> place_of("78,000 New Yorkers", c), place_of("Michigan  More than 80,000"[20:], c)
    ('New York', None)
    """
    people = _PEOPLE.match(text[c.end : c.end + 30])
    if people:
        return _BY_DEMONYM[people.group(1)]
    row = _ROW.match(text[text.rfind("\n", 0, c.start) + 1 : c.start])
    return row.group(1) if row else None
