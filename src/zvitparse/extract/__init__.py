"""Extractors turn a read document into SPEC fact records.

Each extractor module exposes `extract(doc, meta) -> list[Fact]` with ids unique among its own
results; `extract_facts` runs them all, numbers the facts `f1…` in document order and remaps
the parent links.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import replace

from zvitparse.extract.lexicon import lexicon
from zvitparse.extract.meta import report_span
from zvitparse.model import Document, Fact

log = logging.getLogger(__name__)

# Table-shaped facts first: where a table and a prose extractor see the same figure
# (a flattened table in a TXT file), the table's reading is kept.
EXTRACTORS = ("survey_tables", "tables", "ratings", "budget", "budget_lines", "money")


def _optional(name: str):
    try:
        return importlib.import_module(f"zvitparse.extract.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"zvitparse.extract.{name}":
            raise
        return None


def extract_facts(doc: Document, meta: dict | None = None) -> list[Fact]:
    from zvitparse.extract import (
        categories,
        changes,
        counts,
        field_names,
        leaders,
        marks,
        other_year,
        shares,
        spelled,
        survey_tables,
        table_units,
        ticks,
    )

    meta = meta or {}
    # «32 (тридцять дві) сім'ї» read as «32 сім'ї», «вдома ........ 318 осіб» as «вдома – 318 осіб»,
    # a CSV preview's «kilkist_otrymuvachiv» as the page describes that field, «особа[8]» as «особа»,
    # a form's «☒ Добре ☐ Задовільно» as «Добре»
    written, doc = doc, leaders.view(spelled.view(marks.view(ticks.view(field_names.view(changes.view(doc))))))
    facts: list[Fact] = []
    for name in EXTRACTORS:
        mod = _optional(name)
        if mod is not None:
            # the first table reader to claim a cell keeps it (a survey table is not also counts)
            seen = [(f.start, f.end, f.value) for f in facts]
            seen += [(f.start, f.end, f.percent) for f in facts if f.percent is not None]
            found = [f for f in mod.extract(doc, meta) if not _overlaps(f, seen)]
            if name == "money":  # sums in prose: another year's are no figure of the report's
                found = [f for f in found if not other_year.of_other_year(doc, f, meta)]
            facts += found
    # a figure a table extractor read is not read again from prose: the same value, or the
    # score written beside a rating («добре (78 %)»)
    taken = [(f.start, f.end, f.value) for f in facts]
    taken += [(f.start, f.end, f.percent) for f in facts if f.percent is not None]
    count_facts, owned = counts.extract_with_spans(doc, meta)
    prose = [f for f in count_facts if not _overlaps(f, taken)]
    prose += [f for f in shares.extract(doc, meta, owned=owned) if not _overlaps(f, taken)]
    facts += [f for f in prose if not other_year.of_other_year(doc, f, meta)]
    facts = table_units.adopt_prose_units(_staff_parts(doc, _register_reasons(doc, [f for f in facts if _possible(f)])))
    facts = categories.with_categories(doc, facts)
    if (span := report_span(written)) is not None:  # a page of news: the other items' figures are not the report's
        facts = [f for f in facts if span[0] <= f.start < span[1]]
    return renumber(survey_tables.link_wholes(spelled.restore_quotes(facts, written, doc)))


# units that count whole things: «3 502 006,30 скарги» is a misread amount, never a figure
WHOLE_UNITS = frozenset({"persons", "families", "children", "families_persons", "recipients", "complaints",
                         "applications", "calls", "events", "services", "staff"})


def _possible(f: Fact) -> bool:
    if f.indicator == "outcome_other" and not f.parent_id and not f.group_id and "table" not in f.extractor \
            and not lexicon().link_re["service_ended"].search(f.quote):
        # a reason alone («померло 19 осіб» among a village's news, «зменшення пов'язане з
        # виїздом»): a reason a service ended counts only under the ended whole it explains, or
        # where its sentence says the service ended («у 162 сім'ях надання послуги припинено …»)
        return False
    return not (f.unit in WHOLE_UNITS and isinstance(f.value, float) and not f.value.is_integer())


# people and children taken off a register are counted off it, whatever the reason; a family's
# reason is how its support ended (the seeds' reading: «Знято з обліку 11 сімей … у 2 сім'ях
# батьки позбавлені батьківських прав» is outcome_other)
_COUNTED_OFF = frozenset({"persons", "children", "recipients"})


# a list of reasons opens this near its heading at most
_INTRO_REACH = 600


def _register_reasons(doc: Document, facts: list[Fact]) -> list[Fact]:
    """A reason under a count of people taken off a register («Знято з обслуговування 39 осіб:
    у зв'язку зі смертю – 24 …»), or in a list under a heading that says they were taken off
    («Знято з обслуговування за причинами, осіб:»), is a part of that count: `deregistered`, its
    reason the label."""
    by_id = {f.fact_id: f for f in facts}
    intro = lexicon().link_re.get("taken_off_intro")
    out = []
    for f in facts:
        if f.indicator == "outcome_other" and f.unit in _COUNTED_OFF:
            parent = by_id.get(f.parent_id)
            if parent is None and f.parent_id:
                # its whole was another period's («Знято … 54 особи з початку року; у звітному
                # кварталі знято 19 осіб: у зв'язку зі смертю – 12 …»): the count taken off just before it
                parent = max((p for p in facts if p.indicator == "deregistered" and p.unit == f.unit
                              and p.start < f.start and f.start - p.end <= _INTRO_REACH and p.value >= f.value),
                             key=lambda p: p.start, default=None)
                f = replace(f, parent_id=parent.fact_id if parent is not None else None)
            if parent is not None and parent.indicator == "deregistered" or parent is None and intro is not None \
                    and _under_heading(doc.text, f.start, intro):
                f = replace(f, indicator="deregistered", extractor=f"{f.extractor}>deregistered")
        out.append(f)
    return out


# a part of the staff stands this near its whole, «з них» between or right after it
_STAFF_REACH = 160
_OF_THEM_AFTER = 12


def _staff_parts(doc: Document, facts: list[Fact]) -> list[Fact]:
    """People trained who are a part of the staff just counted («Послугу надавали 14 соціальних
    робітників, з них 12 пройшли навчання», «… 9 фахівців. Двоє з них пройшли навчання») are the
    staff trained, not an event's participants."""
    of_them = lexicon().link_re.get("subset")  # «з них», «з яких»
    out = []
    for f in facts:
        parent = None
        if f.indicator == "event_participants" and of_them is not None:
            parent = max((p for p in facts if p.unit == "staff" and p.end <= f.start
                          and f.start - p.end <= _STAFF_REACH), key=lambda p: p.end, default=None)
            if parent is not None and not of_them.search(doc.text, parent.end, f.end + _OF_THEM_AFTER):
                parent = None
        if parent is not None and f.value <= parent.value:
            f = replace(f, indicator="staff_trained", unit="staff", extractor=f"{f.extractor}>staff_trained")
        out.append(f)
    return out


def _under_heading(text: str, at: int, heading) -> bool:
    """The list item at `at` stands in a list whose heading line (the last line ending in «:»
    before it) `heading` matches."""
    lo = max(0, at - _INTRO_REACH)
    line_start = text.rfind("\n", lo, at) + 1
    colon = text.rfind(":\n", lo, line_start)
    if colon < 0:
        return False
    start = text.rfind("\n", lo, colon) + 1
    return bool(heading.search(text, start, colon + 1))


def _overlaps(f: Fact, taken: list[tuple[int, int, object]]) -> bool:
    """The same figure already read by a table extractor (same value, overlapping evidence)."""
    return any(f.start < e and s < f.end and v == f.value for s, e, v in taken)


def renumber(facts: list[Fact]) -> list[Fact]:
    """Ids `f1…` in document order; parent links follow their facts."""
    ordered = sorted(facts, key=lambda f: (f.start, f.end, f.fact_id))
    new_id = {f.fact_id: f"f{i}" for i, f in enumerate(ordered, 1)}
    # a label cut by a line break reads as one line
    return [
        replace(f, fact_id=new_id[f.fact_id], parent_id=new_id.get(f.parent_id) if f.parent_id else None,
                label=" ".join(f.label.split()) if f.label else f.label)
        for f in ordered
    ]
