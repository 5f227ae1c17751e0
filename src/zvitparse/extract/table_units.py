"""A table's total that repeats a figure of the prose takes the prose's unit.

«…отримано повідомлення про 3 912 сімей/осіб…» above a table whose «Надійшло повідомлень»
column names no unit and totals 3 912: the column counts what the prose says it counts, not
the unit its header words suggest by default (applications) or a caption sentence's «сімей».
Only units a column falls back on are replaced, and only by a more telling one; a written
«отримувачів» gives way to the prose's «осіб» or «сімей» of the same total.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from zvitparse.extract.count_tables import GUESSED_UNIT
from zvitparse.model import Fact

# a total this small repeats a prose figure by chance too often to say anything
_MIN_VALUE = 10
# (the table's unit, the prose's unit) where the prose's says more: a column whose header names
# no unit counts «applications» or the caption's «families» by default
_BETTER = {
    ("applications", "families"), ("applications", "persons"), ("applications", "families_persons"),
    ("families", "families_persons"), ("persons", "families_persons"),
}
# a written «Кількість отримувачів» says less than the prose's «1 486 осіб» of the same total
_WRITTEN_BETTER = {("recipients", "persons"), ("recipients", "families"), ("recipients", "families_persons")}


def _is_table(f: Fact) -> bool:
    return f.extractor == "count_table"


def adopt_prose_units(facts: list[Fact]) -> list[Fact]:
    """Facts with each repeated table total, and the column's cells below it, in the prose's unit."""
    prose: dict[tuple[str, object], set[str]] = defaultdict(set)
    for f in facts:
        if not _is_table(f) and "table" not in f.extractor and not f.parent_id:
            prose[(f.indicator, f.value)].add(f.unit)
    children: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.parent_id:
            children[f.parent_id].append(f)
    unit_of: dict[str, str] = {}
    for total in facts:
        if not _is_table(total) or total.parent_id or not children.get(total.fact_id) \
                or not isinstance(total.value, int) or total.value < _MIN_VALUE:
            continue
        guessed = total.confidence <= GUESSED_UNIT
        said = prose.get((total.indicator, total.value), set())
        unit = next(iter(said)) if len(said) == 1 else None
        if unit is None or (total.unit, unit) not in (_BETTER if guessed else _WRITTEN_BETTER):
            continue
        unit_of[total.fact_id] = unit
        for c in children[total.fact_id]:
            if _is_table(c) and c.indicator == total.indicator and c.unit == total.unit \
                    and (c.confidence <= GUESSED_UNIT) == guessed:
                unit_of[c.fact_id] = unit
    return [replace(f, unit=unit_of[f.fact_id]) if f.fact_id in unit_of else f for f in facts]
