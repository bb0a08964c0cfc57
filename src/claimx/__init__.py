"""claimx: extract quantitative claims from prose and check them.

Public API: :func:`extract`, :func:`extract_document`, :func:`check`, and the models.
"""

from __future__ import annotations

from .models import Claim, Document, Finding, Kind, Period, Qualifier, Report, Severity, Verdict

__version__ = "0.1.0"
__all__ = ["extract", "extract_document", "check", "Claim", "Document", "Finding", "Kind",
           "Period", "Qualifier", "Report", "Severity", "Verdict", "__version__"]


def extract_document(text: str, published: str | None = None, path: str = "<text>") -> Report:
    """Extract every claim and the document metadata (front matter, publication date)."""
    from .pipeline import extract_text

    return extract_text(text, published=published, path=path)


def extract(text: str, published: str | None = None) -> list[Claim]:
    """Extract every quantitative claim of ``text`` as typed records."""
    return list(extract_document(text, published).claims)


def check(text: str, published: str | None = None, facts: str | None = None,
          path: str = "<text>") -> Report:
    """Extract and check: the report carries findings (see spec/output-contract.md)."""
    from .pipeline import check_text

    return check_text(text, published=published, facts=facts, path=path)
