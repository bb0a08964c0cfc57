"""The contract: frozen pydantic models for claims, findings, reports and gold.

Every record the program emits or reads is one of these models, so the JSON
contract (``../shared/spec/output-contract.md``) and the JSON Schema printed by
``claimx schema`` are generated from one place.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Kind(str, Enum):
    count = "count"
    percent = "percent"
    money = "money"
    date = "date"
    duration = "duration"
    age = "age"
    ratio = "ratio"
    measure = "measure"


class Qualifier(str, Enum):
    exact = "exact"
    approximate = "approximate"
    at_least = "at_least"
    at_most = "at_most"
    nearly = "nearly"
    range = "range"


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class Verdict(str, Enum):
    consistent = "consistent"
    loose = "loose"
    inconsistent = "inconsistent"
    unverifiable = "unverifiable"


class Period(_Frozen):
    """The time a number is about, as ISO 8601 strings at the precision written."""

    start: str | None = None
    end: str | None = None


class Provenance(_Frozen):
    """Why a claim exists: which extractor and pattern found it, what normalized it."""

    extractor: str
    pattern: str
    steps: tuple[str, ...] = ()


class _Quantity(_Frozen):
    """The fields a claim and a gold mention share (spec/annotation.md)."""

    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: Kind
    value: float
    unit: str | None = None
    qualifier: Qualifier = Qualifier.exact
    lower: float | None = None
    upper: float | None = None
    date: str | None = None
    measure: str | None = None
    measure_head: str | None = None
    period: Period | None = None


class Claim(_Quantity):
    """One quantitative mention, typed and normalized (see spec/annotation.md)."""

    sentence: str = ""
    provenance: Provenance | None = None


class Document(_Frozen):
    """Metadata of one input document."""

    path: str
    published: str | None = None
    published_source: Literal["option", "front_matter", "byline", "none"] = "none"
    title: str | None = None
    author: str | None = None
    source: str | None = None
    body_start: int = 0
    words: int = 0
    warnings: tuple[str, ...] = ()


class Finding(_Frozen):
    """A checked relation between claims, with its verdict and readable reason."""

    id: str
    rule: str
    severity: Severity
    verdict: Verdict
    claims: tuple[str, ...]
    message: str
    expected: float | None = None
    observed: float | None = None
    formula: str | None = None
    tolerance: str | None = None
    source: str | None = None


class Report(_Frozen):
    """The output for one document: ``extract`` leaves ``findings`` empty."""

    document: Document
    claims: tuple[Claim, ...] = ()
    findings: tuple[Finding, ...] | None = None


# --- gold -----------------------------------------------------------------


class GoldMention(_Quantity):
    """A mention as a careful reader annotated it (spec/annotation.md fields)."""

    note: str | None = None


RelationType = Literal[
    "same_quantity",
    "difference",
    "sum",
    "ratio",
    "percent_change",
    "percent_vs_points",
    "comparison",
    "trend",
    "extreme",
    "elapsed",
    "conversion",
]


class GoldRelation(_Frozen):
    """A group of mentions stating one quantity, or a relation the text asserts.

    ``mentions`` is ordered by role where the type has roles: for ``difference``
    the result last (a - b = c), for ``sum`` the total last, for ``ratio`` and
    ``percent_change`` the base first and the stated ratio/change last.
    """

    id: str
    type: RelationType
    mentions: tuple[str, ...] = Field(min_length=1)
    verdict: Verdict
    reason: str


class GoldArticle(_Frozen):
    """One article's gold: every mention, plus its consistency labels."""

    article: str
    published: str | None = None
    annotator: str | None = None
    reviewer: str | None = None
    mentions: tuple[GoldMention, ...]
    relations: tuple[GoldRelation, ...] = ()
