"""`zvitparse audit`: findings as JSONL/CSV, the HTML report, messages in English, bad paths."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from zvitparse.cli import main

REPORT = """Звіт про роботу Територіального центру соціального обслуговування (надання соціальних послуг) \
Новоселицької міської ради за 2022 рік

У 2022 році в анкетуванні взяли участь 50 отримувачів соціальної послуги догляду вдома. Серед них жінки – \
44 особи (86,4 %), чоловіки – 6 осіб (13,6 %).

Протягом року до центру звернулися 120 осіб, з них 30 осіб (25 %) – внутрішньо переміщені особи.
"""


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "novoselytsia_2022.txt").write_text(REPORT, encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_findings_of_a_folder(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"findings.{fmt}"
    assert main(["-q", "audit", str(_folder(tmp_path)), "--format", fmt, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    rows = [json.loads(x) for x in text.splitlines()] if fmt == "jsonl" else list(csv.DictReader(text.splitlines()))
    rules = {r["rule"] for r in rows}
    assert {"percent_mismatch", "percent_impossible"} <= rules
    assert all(r["doc_id"] and r["message"] and r["severity"] in ("error", "warning", "info") for r in rows)
    assert not any("120" in str(r["quote"]) for r in rows)  # 30 of 120 = 25 % holds


def test_html_and_english(tmp_path: Path) -> None:
    page, out = tmp_path / "audit.html", tmp_path / "f.jsonl"
    assert main(["-q", "audit", str(_folder(tmp_path)), "--html", str(page), "--lang", "en", "-o", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert any("44 of 50" in r["message"] for r in rows)
    assert "<!DOCTYPE html>" in page.read_text(encoding="utf-8")


def test_coverage_per_document(tmp_path: Path) -> None:
    cov = tmp_path / "coverage.jsonl"
    assert main(["-q", "audit", str(_folder(tmp_path)), "--coverage", str(cov), "-o", str(tmp_path / "f.jsonl")]) == 0
    rows = [json.loads(x) for x in cov.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1 and rows[0]["figures_found"] >= rows[0]["checkable"] >= rows[0]["checked"] > 0


def test_cross_document_in_a_batch(tmp_path: Path) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    for n in (367, 376):
        (folder / f"report_{n}.txt").write_text(
            "Звіт про роботу Канівського міського центру соціальних служб за 2020 рік\n\n"
            f"Протягом 2020 року в центр звернулися {n} сімей.\n", encoding="utf-8")
    out = tmp_path / "f.jsonl"
    assert main(["-q", "audit", str(folder), "-o", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["rule"] for r in rows] == ["cross_document"]
    assert "367" in rows[0]["message"] and "376" in rows[0]["message"]


def test_missing_path_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(tmp_path / "nope")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["audit", "--help"])
    assert exc.value.code == 0 and "--html" in capsys.readouterr().out
