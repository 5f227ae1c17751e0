"""Every reader on every rendition of the real seeds: one text (up to whitespace), one doc_id,
no site furniture, offsets that index the text."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from zvitparse.model import Document
from zvitparse.read import read_path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))
STEMS = [p.stem for p in SEEDS]
RENDITIONS = [
    ("renditions/{}.cp1251.txt", "txt"),
    ("renditions/{}.docx", "docx"),
    ("renditions/{}.html", "html"),
    ("renditions/{}.pdf", "pdf"),
]
SITES = sorted((CORPUS / "site").glob("*.site.html"))

# what a scraped seed carries from its website, and what the site pages add around a report
FURNITURE = ["Повернутись", "Цікаве на цю тему", "Друк статті", "Головна Контакти", "Категорія:",
             "Платформа XClin", "При використанні матеріалів", "©"]
SITE_FURNITURE = FURNITURE + ["Останні новини", "Корисні посилання", "Facebook", "Telegram", "Поділитися",
                              "Переглядів", "Відвідувачів", "Гаряча лінія", "3-12-45", "744-21-35",
                              "57 сімей внутрішньо переміщених", "236 батьків", "148213", "Пошук",
                              "Усі права захищено", "Урядовий портал"]


def squash(text: str) -> str:
    return regex.sub(r"\s+", "", text)


def check_offsets(doc: Document) -> None:
    """Blocks tile the text in order; every cell's span holds exactly its text."""
    pos = 0
    for b in doc.blocks:
        assert pos <= b.start < b.end <= len(doc.text)
        assert doc.text[b.start:b.end] == doc.text[b.start:b.end].strip()
        pos = b.end
        for row in b.rows or ():
            for c in row:
                assert doc.text[c.start:c.end] == c.text
                assert b.start <= c.start <= c.end <= b.end
    assert squash("".join(doc.text[b.start:b.end] for b in doc.blocks)) == squash(doc.text)


@pytest.fixture(scope="module")
def seed_docs() -> dict[str, Document]:
    return {p.stem: read_path(p) for p in SEEDS}


@pytest.mark.parametrize(("pattern", "fmt"), RENDITIONS, ids=[f for _, f in RENDITIONS])
@pytest.mark.parametrize("stem", STEMS, ids=lambda s: s[:3])
def test_rendition_gives_the_seed_text(stem: str, pattern: str, fmt: str, seed_docs) -> None:
    path = CORPUS / pattern.format(stem)
    doc = read_path(path)
    seed = seed_docs[stem]
    assert doc.format == fmt
    assert squash(doc.text) == squash(seed.text)
    assert doc.doc_id == seed.doc_id
    check_offsets(doc)


@pytest.mark.parametrize("site", SITES, ids=lambda p: p.name[:3])
def test_site_page_gives_the_seed_text_and_no_furniture(site: Path, seed_docs) -> None:
    doc = read_path(site)
    stem = site.name.split(".")[0]
    assert doc.encoding == "cp1251"
    assert squash(doc.text) == squash(seed_docs[stem].text)
    for phrase in SITE_FURNITURE:
        assert phrase not in doc.text, phrase
    assert doc.blocks[0].kind == "heading"
    check_offsets(doc)


@pytest.mark.parametrize("stem", STEMS, ids=lambda s: s[:3])
def test_seed_has_no_furniture_lines(stem: str, seed_docs) -> None:
    doc = seed_docs[stem]
    for line in doc.text.split("\n"):
        for phrase in FURNITURE:
            assert not line.strip().startswith(phrase), line
    check_offsets(doc)


def test_seed_004_budget_tables_are_tables(seed_docs) -> None:
    doc = seed_docs["004_aaa7c68243ea0d39"]
    first, second = doc.tables()
    header = [c.text for c in first.rows[0]]
    assert header[:2] == ["КЕКВ", "Показники"]
    assert "(тис. грн.)" in header[2]
    rows = {r[0].text: [c.text for c in r] for r in first.rows[1:]}
    assert rows["2110"] == ["2110", "Оплата праці", "2254,1", "2241,6", "12,5"]
    assert [c.text for c in first.rows[-1]] == ["", "Всього", "2588,0", "2527,5", "60,5"]
    section = [r for r in second.rows if len(r) == 1]
    assert [r[0].text for r in section] == ["Платні послуги", "Благодійні внески, гранти і дарунки"]
    assert section[0][0].colspan == 4


@pytest.mark.parametrize("stem", STEMS, ids=lambda s: s[:3])
def test_pdf_rendition_has_pages(stem: str) -> None:
    doc = read_path(CORPUS / f"renditions/{stem}.pdf")
    assert doc.pages and doc.pages >= 1
    assert len(doc.page_starts) == doc.pages and doc.page_starts[0] == 0
    assert doc.page_starts == sorted(doc.page_starts)
    assert all(b.page is not None for b in doc.blocks)
    assert doc.page_at(len(doc.text) - 1) == doc.pages


@pytest.mark.parametrize("ext", ["cp1251.txt", "docx", "html"])
def test_seed_004_tables_survive_renditions(ext: str, seed_docs) -> None:
    """The flattened budget tables are tables in every rendition that keeps tabs (not PDF)."""
    def cells(doc: Document) -> list:
        return [[[c.text for c in r] for r in t.rows] for t in doc.tables()]

    doc = read_path(CORPUS / f"renditions/004_aaa7c68243ea0d39.{ext}")
    assert cells(doc) == cells(seed_docs["004_aaa7c68243ea0d39"])
