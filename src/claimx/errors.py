"""Exceptions with stable codes; the CLI maps every one of them to exit status 2."""

from __future__ import annotations


class ClaimxError(Exception):
    """Base class: a user-facing error with a one-line message."""

    code = "E000"


class InputError(ClaimxError):
    """A file that cannot be read as a UTF-8 text article."""

    code = "E001"

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class SettingsError(ClaimxError):
    """A bad option or setting (unknown model, bad facts path, ...)."""

    code = "E002"
