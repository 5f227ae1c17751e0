"""The statements of the mutation benchmark are consistent as written, and every marked figure
can be altered so that a check breaks (otherwise the benchmark would measure nothing)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
import yaml

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))
import mutation  # noqa: E402

STATEMENTS = yaml.safe_load(mutation.DATA.read_text(encoding="utf-8"))


@pytest.mark.parametrize("stmt", STATEMENTS, ids=[s["id"] for s in STATEMENTS])
def test_statement_is_consistent_and_every_figure_mutable(stmt: dict) -> None:
    values = mutation.parse_marks(stmt["text"])
    assert values and mutation.broken(stmt["checks"], values) == []
    named = {n for c in stmt["checks"] for n in c.split()[1:]}
    assert named <= set(values), "a check names a figure the text does not mark"
    muts = mutation.mutations(stmt, random.Random(7))
    assert {name for name, _, _ in muts} == set(values)
    for _name, changed, bad in muts:
        assert bad and mutation.broken(stmt["checks"], changed) == bad


@pytest.mark.parametrize("text, rendered", [("{a:86,4} %", "86,4 %"), ("{n:50} осіб", "50 осіб"), ("{x:3,0}", "3,0")])
def test_render_keeps_the_written_decimals(text: str, rendered: str) -> None:
    assert mutation.render(text, mutation.parse_marks(text)) == rendered
