"""The pattern files: they load, every entry's `examples` match and its `not` cases do not,
and a broken folder is reported whole, one line per problem."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from zvitparse import patterns
from zvitparse.errors import PatternError
from zvitparse.extract import extract_facts
from zvitparse.extract.lexicon import lexicon
from zvitparse.extract.numbers import find_numbers
from zvitparse.nlp import tokens

PATS = patterns.load()
SEARCH_KINDS = ("not_figures", "multipliers", "services", "zeros", "links", "categories")


def _entries(kinds, key):
    return [pytest.param(e, x, id=f"{e.kind}:{e.id}:{i}")
            for kind in kinds for e in PATS[kind] for i, x in enumerate(e.get(key) or [])]


def test_patterns_are_valid():
    assert patterns.check() == []


@pytest.mark.parametrize(("entry", "example"), _entries(SEARCH_KINDS, "examples"))
def test_search_examples_match(entry, example):
    assert regex.search(entry["regex"], example.lower().replace("’", "'"), regex.I | regex.M), example


@pytest.mark.parametrize(("entry", "example"), _entries(SEARCH_KINDS, "not"))
def test_search_not_cases_do_not_match(entry, example):
    assert not regex.search(entry["regex"], example.lower(), regex.I | regex.M), example


@pytest.mark.parametrize(("entry", "example"), _entries(("indicators",), "examples"))
def test_indicator_examples_give_their_indicator(make_doc, entry, example):
    if entry["indicator"] == "outcome_other":
        # a reason a service ended is read under the whole it explains (alone it counts nothing)
        example = f"Припинено надання послуги 40 особам, з них: {example}"
    facts = extract_facts(make_doc([example]))
    if entry["indicator"] == "ignore":  # the entry's job is to keep a count out
        assert facts == [], [(f.indicator, f.value) for f in facts]
        return
    assert entry["indicator"] in {f.indicator for f in facts}, [(f.indicator, f.value) for f in facts]


@pytest.mark.parametrize(("entry", "example"), _entries(("units",), "examples"))
def test_unit_examples_give_their_unit(entry, example):
    lex = lexicon()
    num = find_numbers(example, skip_not_figures=False)[0]
    after = example[num.end :]
    hit = lex.unit_by_regex(after)
    if hit:
        assert hit[0] == entry["unit"]
        return
    units = [lex.unit_of(t) for t in tokens(after)]
    assert entry["unit"] in units, (example, units)


@pytest.mark.parametrize(("entry", "example"), _entries(("units",), "not"))
def test_unit_not_cases(entry, example):
    num = find_numbers(example, skip_not_figures=False)[0]
    hit = lexicon().unit_by_regex(example[num.end :])
    assert not (hit and hit[1] == entry.id), example


def test_every_problem_is_reported_at_once(tmp_path: Path):
    (tmp_path / "indicators.yaml").write_text(
        "- {id: a, indicator: no_such_indicator, regex: '('}\n- {id: a, indicator: served, colour: red}\n",
        encoding="utf-8")
    (tmp_path / "vocabulary.yaml").write_text("- {id: served, kind: indicator}\n", encoding="utf-8")
    (tmp_path / "nonsense.yaml").write_text("[]\n", encoding="utf-8")
    problems = patterns.check(tmp_path)
    text = "\n".join(problems)
    assert "does not compile" in text
    assert "duplicate id 'a'" in text
    assert "unknown key 'colour'" in text
    assert "unknown indicator 'no_such_indicator'" in text
    assert "unknown pattern file kind 'nonsense'" in text
    with pytest.raises(PatternError) as err:
        patterns.load(tmp_path)
    assert len(err.value.problems) == len(problems)


@pytest.mark.parametrize(
    ("kind", "pattern", "flagged"),
    [
        ("services", r"(?<!\p{L})[ВвУу]дома", True),
        ("not_figures", r"показник\s+\d+\s+\p{Ll}", True),
        ("zeros", r"скарг\w*\s+не\s+надходил\w*", False),
        ("services", r"(?<!\p{L})[ву]дома\s+\W\d", False),  # escapes are no letters spelled
        ("meta", r"ЦНСП", False),  # metadata patterns read the text as written
    ],
)
def test_upper_case_in_a_pattern_run_on_lowercased_text_is_reported(tmp_path: Path, kind: str, pattern: str,
                                                                   flagged: bool) -> None:
    (tmp_path / f"{kind}.yaml").write_text(f"- id: x\n  regex: '{pattern}'\n", encoding="utf-8")
    problems = [p for p in patterns.check(tmp_path) if "lowercased text" in p]
    assert bool(problems) == flagged, problems


@pytest.mark.parametrize(
    ("pattern", "text", "keeps_flag"),
    [
        (r"звернул\w*", "звернулися", False),
        (r"(?<![\p{L}-])інформаційн\w*", "інформаційні", False),
        (r"ЦНСП\s+\d+", "цнсп 12", True),  # spelled in capitals: the flag stays
        (r"\p{Lu}\w+", "сім'ї", True),  # a case property needs the flag on lowercased text
        (r"\W\d+\s", " 12 ", False),
        (r"(?P<lo>\d+)\s*%\s*добре", "80 % добре", False),  # a group's name is not spelled text
        (r"(?P<lo>\d+)(?P=lo)", "1212", False),
    ],
)
def test_compile_lowercase_matches_lowercased_text(pattern: str, text: str, keeps_flag: bool) -> None:
    rx = patterns.compile_lowercase(pattern)
    assert rx.search(text)
    assert bool(rx.flags & regex.I) is keeps_flag


def test_unit_patterns_read_as_one_alternation_as_in_turn():
    from zvitparse.extract.lexicon import _alternation

    lex = lexicon()
    assert lex._unit_any is not None
    texts = [" осіб / сімей", " сімей (осіб) – 5", " шт. од.", " дит. з них", " разів на місяць", " ставки", " ",
             " членів їх сімей", " повідомлення про сім'ї", " дітей та молоді"]
    for text in texts + [t.upper() for t in texts]:
        in_turn = next(((unit, pid, m.end()) for _, rx, unit, pid in lex.unit_regexes if (m := rx.match(text))), None)
        assert lex.unit_by_regex(text) == in_turn, text
    # what would read otherwise joined is not joined
    assert _alternation([regex.compile(r"(a)\1"), regex.compile("b")], "u") is None
    assert _alternation([regex.compile("a", regex.I), regex.compile("b")], "u") is None
    assert _alternation([regex.compile("(?P<x>a)"), regex.compile("b")], "u") is None


def test_link_regex_joins_a_relation_and_matches_nothing_for_an_unknown_one():
    from zvitparse.patterns import link_regex

    assert link_regex("open_line_end").search("245 осіб, з них")
    assert link_regex("task_heading").match("Завдання на 2024 рік: взяти під супровід")
    assert link_regex("no_such_relation").search("будь-що") is None


@pytest.mark.parametrize(("entry", "example"), _entries(("categories",), "examples"))
def test_category_examples_name_their_own_category(entry, example):
    from zvitparse.extract.categories import category_of

    assert category_of(example) == entry["name"], example
