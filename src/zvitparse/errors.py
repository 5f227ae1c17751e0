"""The library's named exceptions. The CLI turns each into one line and an exit code.

An arithmetic inconsistency in a report is a `Finding`, never an exception.
"""

from __future__ import annotations


class ZvitparseError(Exception):
    """Base of every error zvitparse raises on purpose; `str()` is a sentence for a user."""

    exit_code = 2


class ReadError(ZvitparseError):
    """A file could not be read: names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class PatternError(ZvitparseError):
    """The pattern files in patterns/ are invalid; lists every problem at once."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid patterns:\n  " + "\n  ".join(problems))
        self.problems = problems


class StoreError(ZvitparseError):
    """The database could not be opened or written."""


class UsageError(ZvitparseError):
    """The command line asks for something that cannot be done."""
