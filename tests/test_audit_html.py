"""The HTML audit report in a real browser (Debian's headless Chromium): it loads from a file
with no network, the severity and rule filters work, and nothing sticks out of its box at a
desktop or a phone width. Skips only when no chromium binary exists (.ci/run installs it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from zvitparse.audit import audit_report
from zvitparse.audit.html import render_html, write_html
from zvitparse.model import Document, Fact, Report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def _report(doc_id: str, text: str, specs: list[tuple]) -> Report:
    facts, pos = [], 0
    for fid, ind, value, unit, anchor, extra in specs:
        i = text.find(anchor, pos)
        pos = i
        facts.append(Fact(fact_id=fid, indicator=ind, value=value, unit=unit, start=i, end=i + len(anchor),
                          quote=anchor, extractor="test", **extra))
    doc = Document(source=f"/tmp/{doc_id}.txt", doc_id=doc_id, format="txt", encoding="utf-8", text=text)
    r = Report(doc_id=doc_id, source=doc.source, meta={"centre": f"Центр {doc_id}"}, facts=facts, document=doc)
    r.findings, r.coverage = audit_report(r)
    return r


def reports() -> list[Report]:
    survey = ("В анкетуванні взяли участь 50 отримувачів. Жінки – 44 особи (86,4%), чоловіки – 6 осіб (13,6%). "
              + "Дуже_довге_слово_без_пробілів_" * 12)
    a = _report("survey", survey, [
        ("f1", "survey_respondents", 50, "recipients", "50 отримувачів", {}),
        ("f2", "survey_respondents", 44, "persons", "44 особи (86,4%)", {"parent_id": "f1", "percent": 86.4}),
        ("f3", "survey_respondents", 6, "persons", "6 осіб (13,6%)", {"parent_id": "f1", "percent": 13.6})])
    parts = "Надійшли повідомлення про 5037 сімей, а саме: Центральний – 1271, Соборний – 337, мобільна бригада – 915."
    b = _report("parts", parts, [
        ("f1", "notified", 5037, "families", "5037 сімей", {}),
        ("f2", "notified", 1271, "families", "1271", {"parent_id": "f1", "group_id": "g"}),
        ("f3", "notified", 337, "families", "337", {"parent_id": "f1", "group_id": "g"}),
        ("f4", "notified", 915, "families", "915", {"parent_id": "f1", "group_id": "g"})])
    return [a, b]


def _dom(path: Path, fragment: str, width: int, tmp: Path) -> str:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp / 'profile'}",
           f"--window-size={width},1600", "--dump-dom", path.as_uri() + fragment]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    return out.stdout


def _body(dom: str, attr: str) -> str:
    m = re.search(rf'<body[^>]*data-{attr}="([^"]*)"', dom)
    assert m, f"no data-{attr} on body"
    return m.group(1)


def test_page_is_self_contained() -> None:
    page = render_html(reports())
    assert "<script src" not in page and "<link" not in page
    assert not re.search(r"""(?:src|href)=["']https?://""", page)
    assert page.count('class="finding ') == sum(len(r.findings) for r in reports())


def test_english_page() -> None:
    rs = reports()
    page = render_html(rs, {r.doc_id: audit_report(r, lang="en")[0] for r in rs}, lang="en")
    text = re.sub(r"<[^>]+>", "", page)
    assert "Findings" in text and "44 of 50 = 88 %" in text


needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary")


@needs_browser
@pytest.mark.parametrize("fragment, expected", [
    ("", "all"),
    ("#severity=error&rule=", "error"),
    ("#severity=warning&rule=", "warning"),
    ("#severity=error,warning,info&rule=parts_sum", "parts_sum"),
    ("#severity=error&rule=percent_mismatch", "error+percent_mismatch"),
])
def test_filters_in_a_browser(tmp_path: Path, fragment: str, expected: str) -> None:
    rs = reports()
    page = tmp_path / "audit.html"
    write_html(page, rs)
    dom = _dom(page, fragment, 1200, tmp_path)
    findings = [f for r in rs for f in r.findings]
    want = {
        "all": findings,
        "error": [f for f in findings if f.severity == "error"],
        "warning": [f for f in findings if f.severity == "warning"],
        "parts_sum": [f for f in findings if f.rule == "parts_sum"],
        "error+percent_mismatch": [f for f in findings if f.severity == "error" and f.rule == "percent_mismatch"],
    }[expected]
    assert want, "the case must show something"
    assert int(_body(dom, "shown")) == len(want)
    tags = re.findall(r"<article [^>]*>", dom)
    hidden = [t for t in tags if re.search(r'\shidden(?:=""|\s|>|$)', t)]
    assert len(tags) == len(findings) and len(hidden) == len(findings) - len(want)


@needs_browser
@pytest.mark.parametrize("width", [1280, 420])
def test_nothing_is_cut_off(tmp_path: Path, width: int) -> None:
    page = tmp_path / "audit.html"
    write_html(page, reports())
    dom = _dom(page, "", width, tmp_path)
    assert _body(dom, "overflow") == "0"
    assert "86,4" in dom and "<mark>" in dom
