"""Reading input: files and stdin, front matter, byline dates, page furniture.

Offsets are never shifted: the article text is the file exactly as decoded,
and the body is located by an offset (``body_start``) rather than by slicing
the text into a new string.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import InputError

_FM_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_FM_CLOSE = re.compile(r"^---[ \t]*$", re.M)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# A byline or dateline near the top: "Published February 19, 2020", "Updated 22 Sep 2026".
_BYLINE = re.compile(
    rf"^\s*(?:Published|Posted|Updated|Dated?|Released)(?:\s+on)?[:\s]+"
    rf"(?P<date>(?:(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})|(?:\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{4}})"
    rf"|(?:\d{{4}}-\d{{2}}-\d{{2}}))",
    re.I | re.M,
)
BYLINE_WINDOW = 2000  # characters of body searched for a byline


@dataclass(frozen=True)
class Article:
    """One input document: the text as read, its metadata and where the body starts."""

    path: str
    text: str
    body_start: int = 0
    meta: dict = field(default_factory=dict)
    published: str | None = None
    published_source: str = "none"
    warnings: tuple[str, ...] = ()


def split_front_matter(text: str) -> tuple[dict, int]:
    """Return (front matter mapping, offset where the body starts).

    >>> split_front_matter("---\\ntitle: T\\n---\\nBody")
    ({'title': 'T'}, 17)
    """
    m = _FM_OPEN.match(text)
    if not m:
        return {}, 0
    close = _FM_CLOSE.search(text, m.end())
    if not close:
        return {}, 0
    try:
        meta = yaml.safe_load(text[m.end() : close.start()]) or {}
    except yaml.YAMLError:
        meta = {}
    if not isinstance(meta, dict):
        meta = {}
    end = close.end()
    if text.startswith("\r\n", end):
        end += 2
    elif text.startswith("\n", end):
        end += 1
    return meta, end


def parse_date(value: object) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a date-like front-matter value, else None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        s = value.strip()
        try:
            return dt.date.fromisoformat(s[:10]).isoformat()
        except ValueError:
            pass
        import dateparser  # only for free-form front-matter dates

        got = dateparser.parse(s, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]})
        return got.date().isoformat() if got else None
    return None


def byline_date(text: str, body_start: int) -> str | None:
    """A publication date from a byline or dateline near the top of the body."""
    m = _BYLINE.search(text, body_start, body_start + BYLINE_WINDOW)
    return parse_date(m.group("date")) if m else None


def make_article(path: str, text: str, published: str | None = None) -> Article:
    """Build an :class:`Article`; ``published`` (an override) wins over the file."""
    meta, body_start = split_front_matter(text)
    warnings: list[str] = []
    source = "none"
    date = None
    if published:
        date, source = parse_date(published), "option"
        if date is None:
            raise InputError(path, f"--published {published!r} is not a date (want YYYY-MM-DD)")
    else:
        raw = meta.get("published", meta.get("date"))
        if raw not in (None, ""):
            date = parse_date(raw)
            if date:
                source = "front_matter"
            else:
                warnings.append(f"front matter published value {raw!r} is not a date; ignored")
        if date is None:
            date = byline_date(text, body_start)
            if date:
                source = "byline"
    if date is None:
        warnings.append("no publication date: relative dates stay unresolved")
    return Article(path, text, body_start, meta, date, source, tuple(warnings))


def read_input(path: str, stdin=None) -> str:
    """Read one UTF-8 text file (or ``-`` for stdin); raise InputError with a reason."""
    if path == "-":
        import sys

        data = (stdin or sys.stdin.buffer).read()
        if isinstance(data, str):
            data = data.encode("utf-8")
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(path, "no such file")
        if p.is_dir():
            raise InputError(path, "is a directory")
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(path, exc.strerror or str(exc)) from None
    if not data.strip():
        raise InputError(path, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 (byte {exc.start})") from None
    return text


INPUT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


def expand_paths(paths: list[str]) -> list[str]:
    """Expand directories (recursively) into their text files, keeping order."""
    out: list[str] = []
    for p in paths:
        pp = Path(p)
        if p != "-" and pp.is_dir():
            found = sorted(
                str(f) for f in pp.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES
                and f.name.upper() not in ("SOURCES.MD", "README.MD")
            )
            out.extend(found)
        else:
            out.append(p)
    return out
