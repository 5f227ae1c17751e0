"""The population category of a count of people (SPEC §2 `category`): «з них 214 – сім'ї/особи
з числа ВПО» counts внутрішньо переміщені особи.

The words live in `patterns/categories.yaml`, each category with its name in the nominative.
A count's category is read from its label (a list item's or a table row's words), else from
its own words and those right after it in its clause («27 сімей внутрішньо переміщених осіб»).
"""

from __future__ import annotations

import functools
from dataclasses import replace

import regex

from zvitparse import patterns
from zvitparse.extract.context import find_services
from zvitparse.model import Document, Fact

PEOPLE = frozenset({"persons", "families", "children", "families_persons", "recipients"})
# how far after its figure a count's own words may name its category
AFTER_REACH = 80
# the end of a count's own words: a clause mark, the next figure, a dash (and a conjunction,
# `links.yaml` `conjunction`: «61 внутрішньо переміщена особа та 97 осіб з інвалідністю»)
_CLAUSE_END = regex.compile(r"[,;:.()\n\d]|\s[-–—]\s")


@functools.lru_cache(maxsize=1)
def _entries() -> tuple[tuple[str, regex.Pattern, bool], ...]:
    return tuple((e["name"], patterns.compile_lowercase(e["regex"]), bool(e.get("catch_all")))
                 for e in patterns.load()["categories"])


def category_of(text: str) -> str | None:
    """The category `text` names (the first entry that matches), or None; None too where it
    names two apart («громадяни похилого віку та особи з інвалідністю»: the count is of both)."""
    low = text.lower()
    found = [(m.span(), name) for name, rx, _ in _entries() if (m := rx.search(low))]
    if not found:
        return None
    (a, b), name = found[0]
    if any(other != name and (e <= a or s >= b) for (s, e), other in found[1:]):
        return None
    return name


def is_catch_all(name: str | None) -> bool:
    """«інші», «решта»: the category of everyone a list's other items leave out."""
    return any(n == name and catch for n, _, catch in _entries())


def _own_words(doc: Document, f: Fact) -> str:
    """The figure's evidence and the words after it, to the end of its clause or the next figure
    («61 внутрішньо переміщена особа | та 97 осіб з інвалідністю»)."""
    tail = doc.text[f.end:f.end + AFTER_REACH]
    cuts = [m.start() for rx in (_CLAUSE_END, patterns.link_regex("conjunction")) if (m := rx.search(tail))]
    tail = tail[:min(cuts)] if cuts else tail
    # (a category inside a service's name is the service's: «охоплені послугою соціального
    # супроводження прийомних сімей»)
    named = find_services(tail)
    return doc.text[f.start:f.end] + (tail[:named[0][0]] if named else tail)


def with_categories(doc: Document, facts: list[Fact]) -> list[Fact]:
    """`facts` with the category of each count of people that names one."""
    out = []
    for f in facts:
        if f.category is None and f.unit in PEOPLE and isinstance(f.value, (int, float)):
            own = _own_words(doc, f) if f.end - f.start <= AFTER_REACH else ""  # (not a whole table row)
            name = (category_of(f.label) if f.label else None) or category_of(own)
            if name is not None:
                f = replace(f, category=name)
        out.append(f)
    return out
