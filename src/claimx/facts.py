"""Reference facts: plain CSV files (gold/facts/quantities.csv, events.csv) loaded
into validated records. Every row carries its source; a bad row is an error
naming the file and row, never skipped silently.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .errors import SettingsError

DEFAULT_FACTS = "gold/facts"


def year_of(iso: str | None) -> int | None:
    """The year of an ISO date or year string ("2019-12-31" -> 2019), None if there is none."""
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


class QuantityFact(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    series: str = ""
    kind: str
    measure_head: str
    measure: str
    place: str
    period_start: str = ""
    period_end: str = ""
    value: float
    unit: str = ""
    source: str
    retrieved: str = ""
    note: str = ""

    @field_validator("source")
    @classmethod
    def _has_source(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("every fact needs a source")
        return v

    @property
    def superseded(self) -> bool:
        return self.note.lower().startswith("superseded")

    @property
    def year_span(self) -> tuple[int | None, int | None]:
        return year_of(self.period_start), year_of(self.period_end)


class EventFact(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    event: str
    subject: str
    keywords: str
    date_start: str
    date_end: str = ""
    place: str = ""
    source: str
    retrieved: str = ""
    note: str = ""

    @property
    def keyword_list(self) -> list[str]:
        return [k.strip().lower() for k in self.keywords.split(";") if k.strip()]


@dataclass(frozen=True)
class Facts:
    quantities: tuple[QuantityFact, ...]
    events: tuple[EventFact, ...]
    path: str

    def series(self, key: str) -> dict[int, QuantityFact]:
        """An annual series as year -> fact (current figures only)."""
        out = {}
        for f in self.quantities:
            lo, hi = f.year_span
            if f.series == key and not f.superseded and lo is not None and lo == hi:
                out[lo] = f
        return out


def _read(path: Path, model) -> tuple:
    if not path.exists():
        return ()
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=2):
            try:
                rows.append(model.model_validate(row))
            except ValidationError as exc:
                first = exc.errors()[0]
                raise SettingsError(f"{path}:{i}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    return tuple(rows)


@lru_cache(maxsize=8)
def load_facts(path: str | None = None) -> Facts:
    """Load a facts directory (``--facts``, else ``CLAIMX_FACTS``, else gold/facts)."""
    p = Path(path or os.environ.get("CLAIMX_FACTS", DEFAULT_FACTS))
    if not p.is_dir():
        raise SettingsError(f"{p}: facts directory not found")
    facts = Facts(_read(p / "quantities.csv", QuantityFact), _read(p / "events.csv", EventFact), str(p))
    if not facts.quantities and not facts.events:
        raise SettingsError(f"{p}: no quantities.csv or events.csv")
    return facts
