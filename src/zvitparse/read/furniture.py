"""Site furniture — «Повернутись», «Друк статті», menus, © lines — as whole lines or elements.

The phrases and regexes live in `patterns/furniture.yaml`; this module only matches them,
and only against a whole line (TXT) or an element's whole text (HTML), so a sentence that
merely contains a furniture word is never touched.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from zvitparse import patterns
from zvitparse.normalize import needs_normalizing, normalize_text

# A line longer than this is prose, whatever it contains.
MAX_FURNITURE_CHARS = 200


@dataclass(frozen=True)
class _Rules:
    phrases: dict[str, frozenset[str]]  # where -> folded phrases
    regexes: dict[str, tuple[regex.Pattern[str], ...]]


def fold(text: str) -> str:
    """The form lines are compared in: normalized, case-folded, spaces collapsed, no end «:»."""
    if not needs_normalizing(text):
        return " ".join(text.casefold().split()).rstrip(":").strip()
    return " ".join(normalize_text(text).casefold().split()).rstrip(":").strip()


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    phrases: dict[str, set[str]] = {}
    regexes: dict[str, list[regex.Pattern[str]]] = {}
    for entry in patterns.load()["furniture"]:
        where = entry.get("where") or "any"
        phrases.setdefault(where, set()).update(fold(p) for p in entry.get("phrases") or [])
        if entry.get("regex"):
            regexes.setdefault(where, []).append(regex.compile(entry["regex"], regex.I))
    return _Rules({k: frozenset(v) for k, v in phrases.items()}, {k: tuple(v) for k, v in regexes.items()})


def is_furniture(text: str, where: str = "txt") -> bool:
    """True if the whole `text` (a TXT line or an HTML element's text) is site furniture."""
    if len(text) > MAX_FURNITURE_CHARS and (len(text) > 4 * MAX_FURNITURE_CHARS
                                            or len("".join(text.split())) > MAX_FURNITURE_CHARS):
        return False  # no need to fold a long paragraph to know it is prose
    folded = fold(text)
    if not folded or len(folded) > MAX_FURNITURE_CHARS:
        return False
    rules = _rules()
    scopes = ("any", "html") if where == "html" else ("any", where)
    for scope in scopes:
        if folded in rules.phrases.get(scope, ()):
            return True
        if any(rx.match(folded) for rx in rules.regexes.get(scope, ())):
            return True
    return False
