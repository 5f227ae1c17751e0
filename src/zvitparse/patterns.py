"""The one loader (and checker) of the Ukrainian-language knowledge in `patterns/`.

Every file `patterns/<kind>.yaml` holds a list of entries (or a mapping with `entries:`).
Each kind has a closed set of keys (`SCHEMAS`); every entry has an `id` unique within its
kind, and that id is what lands in a fact's `extractor`. `check()` reports every problem
in every file at once; `load()` raises `PatternError` with that list.

No other module opens `patterns/`.
"""

from __future__ import annotations

import csv
import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import yaml

from zvitparse.errors import PatternError

# Keys every entry may carry, whatever its kind.
COMMON_KEYS = {"id": str, "examples": list, "not": list, "note": str, "disabled": bool}

# Per kind: the keys an entry may have beyond COMMON_KEYS. Values are the accepted types.
SCHEMAS: dict[str, dict[str, type | tuple[type, ...]]] = {
    # the SPEC's indicator and unit ids, and extensions (add, never rename)
    "vocabulary": {"kind": str, "description": str, "unit": str},
    # nouns whose lemma makes a count's unit: «сім'я» -> families
    "units": {"unit": str, "lemmas": list, "phrases": list, "regex": str, "priority": int, "tables_only": bool,
              "prose_only": bool},
    # words and phrases that make a count's indicator: «звернутися» -> applied
    "indicators": {
        "indicator": str,
        "lemmas": list,  # these lemmas in this order, at most 3 tokens apart
        "regex": str,  # on the lowercased sentence text
        "priority": int,  # the higher wins among triggers before a count
        "units": list,  # only for counts of these units
        "label": str,  # copied to the fact (reasons of outcome_other)
    },
    "services": {"service": str, "code": str, "phrases": list, "regex": str, "priority": int, "kind_of": str},
    "criteria": {"criterion": str, "phrases": list, "regex": str},
    "ratings": {"rating": str, "phrases": list, "regex": str},
    "kekv": {"code": str, "name": str},
    # population categories a count is broken down by: «ВПО» -> внутрішньо переміщені особи
    "categories": {"name": str, "regex": str, "catch_all": bool},
    # alone: the forms a scale word («тисячу») is one of it in, standing without a numeral before it
    "numerals": {"value": (int, float), "lemmas": list, "unit": str, "kind": str, "alone": list},
    "multipliers": {"factor": (int, float), "regex": str},
    "not_figures": {"regex": str, "description": str},
    "links": {"relation": str, "regex": str, "phrases": list, "value": str},  # value: e.g. the rating id of a band
    "furniture": {"regex": str, "phrases": list, "where": str},
    "meta": {"field": str, "value": str, "regex": str, "phrases": list, "priority": int, "unless_title": str},
    "table_columns": {"indicator": str, "phrases": list, "regex": str, "multiplier": (int, float)},
    # words whose full stop does not end a sentence («тис.», «вул.», «р.»)
    "abbreviations": {"regex": str},
    # statements that make a zero count: «скарг не надходило»
    "zeros": {"indicator": str, "unit": str, "regex": str},
}

REGEX_KEYS = {"regex"}


@dataclass(frozen=True)
class Entry:
    kind: str
    id: str
    data: dict[str, Any] = field(hash=False, compare=False)
    source: str = ""

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


@dataclass
class Patterns:
    root: Path
    entries: dict[str, list[Entry]]
    tables: dict[str, list[dict[str, str]]]  # CSV data files (gazetteer …), by stem

    def __getitem__(self, kind: str) -> list[Entry]:
        return self.entries.get(kind, [])

    def ids(self, kind: str) -> set[str]:
        return {e.id for e in self[kind]}

    def vocabulary(self, kind: str) -> set[str]:
        """Ids of `vocabulary` entries of one kind (`indicator`, `unit`, `rule` …)."""
        return {e.id for e in self["vocabulary"] if e.get("kind") == kind}

    def table(self, stem: str) -> list[dict[str, str]]:
        return self.tables.get(stem, [])


# escapes (\\W, \\p{L}, \\N{…}) and group names («(?P<Lo>…)») are not letters the pattern
# spells; a property that names a case (\\p{Lu}) behaves differently without the flag
_ESCAPES = regex.compile(r"\\[pPN]\{[^}]*\}|\\.|\(\?P(?:<[^>]*>|=[^)]*\)|>[^)]*\))")
_CASE_PROPERTY = regex.compile(r"\\[pP]\{\s*(?:L[ult]|upper|lower|cased)", regex.I)


def compile_lowercase(pattern: str, flags: int = 0) -> regex.Pattern:
    """Compile a pattern that is matched against lowercased text.

    Case-insensitive matching costs the `regex` engine about twice the time, and on lowercased
    text it only matters when the pattern spells an upper-case letter; then the flag is kept."""
    if _CASE_PROPERTY.search(pattern) or any(c.isupper() for c in _ESCAPES.sub("", pattern)):
        flags |= regex.I
    return regex.compile(pattern, flags)


@functools.lru_cache(maxsize=64)
def link_regex(relation: str) -> regex.Pattern:
    """The `links.yaml` entries of one relation as one case-insensitive pattern (never
    matching when there are none)."""
    rxs = [e["regex"] for e in load()["links"] if e.get("relation") == relation and e.get("regex")]
    return regex.compile("|".join(f"(?:{r})" for r in rxs) or r"(?!)", regex.I)


@functools.lru_cache(maxsize=64)
def link_values(relation: str) -> tuple[tuple[str, regex.Pattern], ...]:
    """(value, case-insensitive pattern) of each `links.yaml` entry of one relation that has both."""
    return tuple((e["value"], regex.compile(e["regex"], regex.I)) for e in load()["links"]
                 if e.get("relation") == relation and e.get("regex") and e.get("value"))


@functools.lru_cache(maxsize=64)
def entry_regex(kind: str, entry_id: str) -> regex.Pattern:
    """The regex of one entry of a pattern file (`kind` names the file), compiled to run on
    lowercased text."""
    entry = next(e for e in load()[kind] if e.id == entry_id)
    return compile_lowercase(entry["regex"])


def default_root() -> Path:
    env = os.environ.get("ZVITPARSE_PATTERNS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "patterns"


# libyaml's parser when PyYAML has it: the same objects, a tenth of the start-up time
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_entries(path: Path) -> tuple[list[Any], list[str]]:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return [], [f"{path.name}: cannot be read as YAML: {exc}"]
    if raw is None:
        return [], []
    if isinstance(raw, dict):
        raw = raw.get("entries", [])
    if not isinstance(raw, list):
        return [], [f"{path.name}: must hold a list of entries (or a mapping with 'entries:')"]
    return raw, []


def _check_entry(kind: str, pos: int, item: Any, fname: str) -> list[str]:
    where = f"{fname} entry {pos + 1}"
    if not isinstance(item, dict):
        return [f"{where}: must be a mapping, got {type(item).__name__}"]
    problems = []
    schema = {**COMMON_KEYS, **SCHEMAS[kind]}
    if "id" not in item:
        problems.append(f"{where}: has no 'id'")
    else:
        where = f"{fname} '{item['id']}'"
    for key, value in item.items():
        if key not in schema:
            problems.append(f"{where}: unknown key '{key}' (allowed: {', '.join(sorted(schema))})")
        elif not isinstance(value, schema[key]) and value is not None:
            problems.append(f"{where}: key '{key}' must be {schema[key]}, got {type(value).__name__}")
        elif key in REGEX_KEYS and isinstance(value, str):
            try:
                regex.compile(value)
            except regex.error as exc:
                problems.append(f"{where}: regex does not compile: {exc}")
            else:
                problems += _check_lowercase(kind, where, value)
    return problems


# Families whose patterns run on lowercased text: an upper-case letter there never matches, and
# it turns on case-insensitive matching for the whole pattern (slower, and no fast scan)
LOWERCASED_KINDS = {"services", "not_figures", "indicators", "zeros", "categories"}


def _check_lowercase(kind: str, where: str, pattern: str) -> list[str]:
    if kind not in LOWERCASED_KINDS:
        return []
    upper = sorted({c for c in _ESCAPES.sub("", pattern) if c.isupper()})
    if _CASE_PROPERTY.search(pattern):
        upper.append("a letter-case property (\\p{Lu}, \\p{Ll} …)")
    if not upper:
        return []
    return [f"{where}: regex spells {', '.join(upper)}, but {kind} patterns run on lowercased text: "
            "write the lower-case letters only"]


def _iter_files(root: Path) -> Iterator[tuple[str, Path]]:
    for path in sorted(root.glob("*.yaml")):
        yield path.stem, path


def _load_raw(root: Path) -> tuple[Patterns, list[str]]:
    problems: list[str] = []
    entries: dict[str, list[Entry]] = {}
    if not root.is_dir():
        raise PatternError([f"patterns folder not found: {root}"])
    for kind, path in _iter_files(root):
        if kind not in SCHEMAS:
            problems.append(f"{path.name}: unknown pattern file kind '{kind}' (known: {', '.join(sorted(SCHEMAS))})")
            continue
        items, errs = _read_entries(path)
        problems += errs
        seen: set[tuple[str | None, str]] = set()
        for pos, item in enumerate(items):
            errs = _check_entry(kind, pos, item, path.name)
            problems += errs
            if not isinstance(item, dict) or "id" not in item:
                continue
            # vocabulary ids are unique per kind of id (a unit and an indicator may share one)
            key = (item.get("kind") if kind == "vocabulary" else None, item["id"])
            if key in seen:
                problems.append(f"{path.name}: duplicate id '{item['id']}'")
            seen.add(key)
            if not item.get("disabled"):
                entries.setdefault(kind, []).append(Entry(kind, str(item["id"]), item, path.name))
    tables = {}
    for path in sorted(root.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            tables[path.stem] = list(csv.DictReader(fh))
    return Patterns(root, entries, tables), problems


def _check_references(pats: Patterns) -> list[str]:
    """Ids that entries point at (indicator, unit, service …) must exist."""
    problems = []
    indicators = pats.vocabulary("indicator")
    units = pats.vocabulary("unit")
    refs = [
        ("indicators", "indicator", indicators),
        ("table_columns", "indicator", indicators),
        ("units", "unit", units),
        ("numerals", "unit", units),
    ]
    for kind, key, known in refs:
        if not known:
            continue
        for e in pats[kind]:
            val = e.get(key)
            if val is not None and val not in known:
                problems.append(f"{e.source} '{e.id}': unknown {key} '{val}'")
    for e in pats["indicators"]:
        for u in e.get("units") or []:
            if units and u not in units:
                problems.append(f"{e.source} '{e.id}': unknown unit '{u}' in units")
    return problems


def check(root: Path | None = None) -> list[str]:
    """Every problem in the pattern files, as sentences naming file and entry."""
    try:
        pats, problems = _load_raw(root or default_root())
    except PatternError as exc:
        return exc.problems
    return problems + _check_references(pats)


@functools.lru_cache(maxsize=4)
def load(root: Path | None = None) -> Patterns:
    """Load and validate `patterns/`; raises `PatternError` listing every problem."""
    root = root or default_root()
    pats, problems = _load_raw(root)
    problems += _check_references(pats)
    if problems:
        raise PatternError(problems)
    return pats
