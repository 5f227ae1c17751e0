"""Markdown text files: rendered as the HTML reader renders tags, or left alone."""

from __future__ import annotations

import pytest

from zvitparse.read import read_bytes
from zvitparse.read.markdown import is_markdown, render_inline

REPORT = """# Звіт Центру за 2025 рік

> Кіровоградська область

## 1. Кадри

ЦСС має **9 штатних посад**, працюють **8 осіб**: директор і психолог[^1].

## 2. Послуги

- **Консультування** — 412 сімей/осіб;
- *інформування* — 520 сімей/осіб[^2].

---

[^1]: Одна посада вакантна.
[^2]: Без повторних звернень.
"""


def test_a_markdown_report_reads_without_its_markup():
    doc = read_bytes(REPORT.encode(), "zvit.txt")
    assert [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks if b.kind == "heading"] == [
        ("heading", "Звіт Центру за 2025 рік"), ("heading", "1. Кадри"), ("heading", "2. Послуги")]
    assert "ЦСС має 9 штатних посад, працюють 8 осіб: директор і психолог¹." in doc.text
    assert "- Консультування — 412 сімей/осіб;\n- інформування — 520 сімей/осіб²." in doc.text
    assert "¹ Одна посада вакантна." in doc.text and "---" not in doc.text and "Кіровоградська область" in doc.text
    assert not any(c in doc.text for c in "*#[^]")


def test_its_footnote_marks_are_no_figures_and_keep_the_unit():
    from zvitparse.extract import extract_facts

    facts = extract_facts(read_bytes(REPORT.encode(), "zvit.txt"), {})
    assert {(f.value, f.unit) for f in facts if f.indicator == "served"} == {
        (412, "families_persons"), (520, "families_persons")}
    assert all(f.value not in (1, 2) for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        "Звіт за 2024 рік\n\nПослуги отримали 412 осіб.\n\n#Косів #соцслужба",  # hashtags
        "Звіт\n\n* у тому числі 12 дітей;\n* 5 сімей.",  # a list led by asterisks
        "Примітка: **важливо** — 12 осіб.",  # one bold pair, no heading
        "Звіт\n\n1 # 2 # 3",
    ],
)
def test_a_text_that_is_not_plainly_markdown_stays_as_written(text):
    assert not is_markdown(text)
    assert read_bytes(text.encode(), "t.txt").text == text


@pytest.mark.parametrize(
    ("line", "rendered"),
    [
        ("**143** сім'ї", "143 сім'ї"),
        ("__Разом__ — 12", "Разом — 12"),
        ("сімей[^4];", "сімей⁴;"),
        ("[^12]: Примітка", "¹² Примітка"),
        ("[^a]: Примітка", "Примітка"),
        ("див. [сайт](https://example.ua/zvit)", "див. сайт"),
        ("`КЕКВ 2273`", "КЕКВ 2273"),
        ("2 * 3 = 6, *курсив*", "2 * 3 = 6, курсив"),
        (r"\*не курсив\*", "*не курсив*"),
    ],
)
def test_inline_markup(line, rendered):
    assert render_inline(line) == rendered


@pytest.mark.parametrize("rule", ["|---|---:|---:|", "| :--- | :---: | ---: |", "|---|---|---|", "---|---:|---"])
def test_a_table_s_alignment_rule_is_no_row(rule):
    text = f"# Звіт\n\n## Послуги\n\n| Послуга | Отримувачів | з них ВПО |\n{rule}\n| Консультування | 846 | 251 |\n"
    doc = read_bytes(text.encode(), "t.md")
    table = next(b for b in doc.blocks if b.kind == "table")
    assert [[c.text for c in r if c is not None] for r in table.rows] == [
        ["Послуга", "Отримувачів", "з них ВПО"], ["Консультування", "846", "251"]]
    assert "---" not in doc.text
