"""The RTF reader on literal RTF: Word's and document-flow systems' ways of writing Cyrillic,
skipped destinations, fields, tables with merged cells, notes, and broken or hostile files."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import zvitparse
from zvitparse.errors import ReadError
from zvitparse.model import Block
from zvitparse.read import READERS, read_bytes, sniff

FONTS = r"{\fonttbl{\f0\froman\fcharset204\fprq2 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}{\f2\fnil\fcharset2 Symbol;}}"
STYLES = (r"{\stylesheet{\ql \f0 \snext0 Normal;}{\s1\ql\outlinelevel0\b\f0\fs32 \sbasedon0 \snext0 heading 1;}"
          r"{\s2\ql\b\f0\fs28 \sbasedon0 \snext0 heading 2;}{\*\cs10 \additive Default Paragraph Font;}}")


def hx(s: str, enc: str = "cp1251") -> str:
    """`s` as RTF's hex bytes («\\'c7\\'e2…»)."""
    return "".join(f"\\'{b:02x}" for b in s.encode(enc))


def uni(s: str, fallback: str = "?") -> str:
    """`s` as RTF's signed 16-bit `\\uN` with one fallback character each."""
    out = []
    for ch in s:
        for unit in (ch.encode("utf-16-le")[k:k + 2] for k in range(0, len(ch.encode("utf-16-le")), 2)):
            n = int.from_bytes(unit, "little")
            out.append(f"\\u{n - 65536 if n > 32767 else n}{fallback}")
    return "".join(out)


def rtf(body: str, header: str = r"\ansi\ansicpg1251\deff0", enc: str = "ascii") -> bytes:
    return ("{\\rtf1" + header + FONTS + STYLES + "\n" + body + "}").encode(enc)


def grid(table: Block) -> list[list[tuple[str, int, int, int]]]:
    return [[(c.text, c.col, c.rowspan, c.colspan) for c in row] for row in table.rows or ()]


def test_sniffed_as_rtf_and_read() -> None:
    data = rtf(r"\pard " + hx("Надано 12 послуг.") + r"\par")
    assert sniff(data) == "rtf" and "rtf" in READERS
    doc = read_bytes(data, "x.rtf")
    assert doc.format == "rtf" and doc.encoding == "cp1251" and doc.text == "Надано 12 послуг."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param(rtf(r"\pard\f1 " + hx("Звіт центру") + r"\par"), "Звіт центру", id="ansicpg1251"),
        pytest.param(rtf(r"\pard\f0 " + hx("Звіт центру") + r"\par", header=r"\ansi\ansicpg1252\deff1"),
                     "Звіт центру", id="fcharset204-under-ansicpg1252"),
        pytest.param(rtf(r"\pard " + hx("Звіт") + r"\par", header=r"\ansi\deff0"), "Звіт", id="default-font-charset"),
        pytest.param(rtf(r"\pard\f1 caf\'e9\par", header=r"\ansi\deff1"), "café", id="default-cp1252"),
        pytest.param(rtf(r"\pard\f1 Звіт центру\par", enc="cp1251"), "Звіт центру", id="raw-8-bit-bytes"),
        pytest.param(rtf(r"\pard\uc1 " + uni("Звіт") + r" 2024\par"), "Звіт 2024", id="u-with-uc1"),
        pytest.param(rtf(r"\pard\uc1 " + uni("Звіт", fallback=r"\'3f") + r"\par"), "Звіт", id="hex-fallback"),
        pytest.param(rtf(r"\pard\uc2\u1047??\u1074??\par"), "Зв", id="uc2"),
        pytest.param(rtf(r"\pard\uc0\u1047\u1074 \u1110\u1090\par"), "Звіт", id="uc0"),
        pytest.param(rtf(r"\pard{\uc2\u1047??}\u1074?\par"), "Зв", id="uc-is-group-scoped"),
        pytest.param(rtf(r"\pard\uc1\u1047\u1074\par"), "Зв", id="missing-fallback-eats-no-letter"),
        pytest.param(rtf(r"\pard " + uni("😀") + r" ok\par"), "😀 ok", id="surrogate-pair"),
        pytest.param(rtf(r"\pard a\emdash b\endash c\bullet d \ldblquote e\rdblquote\par"), "a—b–c•d “e”",
                     id="special-characters"),
        pytest.param(rtf(r"\pard " + hx("соці") + r"\-" + hx("альних") + r"\~12\~" + hx("осіб") + r"\_1\par"),
                     "соціальних 12 осіб-1", id="soft-hyphen-nbsp-nonbreaking-hyphen"),
        pytest.param(rtf(r"\pard\lquote x\rquote\par"), "'x'", id="quotes-normalized"),
        pytest.param(rtf(r"\pard A\tab B\line C\par"), "A B\nC", id="tab-and-line"),
        pytest.param(rtf(r"{\colortbl;\red0\green0\blue0;}{\*\generator Msftedit 5.41;}{\info{\title T 999}"
                         r"{\author X}}{\header \pard Header 777\par}{\footerr \pard Page 5\par}"
                         r"{\*\bkmkstart b1}{\*\unknowndest junk 888}{\pict\pngblip\picw10 89504e470d0a}"
                         r"{\*\shppict{\pict\emfblip 0100}}{\nonshppict{\pict\wmetafile8 0100}}"
                         r"\pard Text\par"), "Text", id="skipped-destinations"),
        pytest.param(rtf(r"\pard See {\field{\*\fldinst { HYPERLINK " + '"http://x.ua"' + r" }}{\fldrslt {\ul site}}}"
                         r" and page {\field{\fldinst PAGE}{\fldrslt 3}}.\par"), "See site and page 3.", id="fields"),
        pytest.param(rtf(r"\pard{\pict\bin6 }}{{\\}Text\par"), "Text", id="bin-data-with-braces"),
        pytest.param(rtf(r"\pard {{{\b " + hx("Над") + "}" + hx("ано") + r"} {\i 12}} " + hx("послуг") + r"\par"),
                     "Надано 12 послуг", id="nested-groups"),
        pytest.param(rtf(r"\pard visible{\v hidden 11} {\deleted erased 22}text{\plain  more}\par"),
                     "visible text more", id="hidden-and-deleted-dropped"),
        pytest.param(rtf(r"\pard Before\par \pard\plain {\shp{\*\shpinst\shpleft0{\sp{\sn fillColor}{\sv 1}}"
                         r"{\shptxt \pard 1 384\par \pard people\par}}{\shprslt{\*\do\dptxbx{\dptxbxtext Old 9}}}}"
                         r" after\par"), "Before\n\n1 384\npeople\nafter", id="text-box-lines"),
        pytest.param(rtf(r"\pard A {\object\objemb{\*\objclass Excel.Sheet.8}{\*\objdata 0105000002}"
                         r"{\result {\pard B\par}}} C\par"), "A B\n\nC", id="object-result"),
        pytest.param(rtf(r"\pard A\par\sect\sectd \pard B\page C\par"), "A\n\nB\nC", id="sect-and-page"),
        pytest.param(rb"{\rtf1\ansi\ansicpg1251 \pard \'cd\'e0\'e4\'e0\'ed\'ee\par}",
                     "Надано", id="no-font-table"),
    ],
)
def test_text(data: bytes, text: str) -> None:
    assert read_bytes(data, "x.rtf").text == text


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        pytest.param(r"\pard\plain\s1\outlinelevel0 A\par\pard\plain\s2 B\par\pard C\par",
                     [("heading", 1), ("heading", 2), ("paragraph", None)], id="heading-styles"),
        pytest.param(r"\pard\outlinelevel2 A\par\pard\outlinelevel9 B\par",
                     [("heading", 3), ("paragraph", None)], id="outline-levels"),
        pytest.param(r"{\listtext\pard\plain\f2 \'b7\tab}\pard\ls1\ilvl0 A\par{\pntext 2.\tab}\pard B\par\pard C\par",
                     [("list_item", None), ("list_item", None), ("paragraph", None)], id="list-items"),
    ],
)
def test_kinds(body: str, kinds: list[tuple[str, int | None]]) -> None:
    doc = read_bytes(rtf(body), "x.rtf")
    assert [(b.kind, b.level) for b in doc.blocks] == kinds
    assert doc.text == "A\n\nB" + ("\n\nC" if len(kinds) == 3 else "")


def test_footnotes_and_endnotes_as_in_docx() -> None:
    body = (r"\pard " + hx("Послуги отримали 318 осіб") + r"{\cs16\super\chftn}{\footnote\pard\plain {\cs16\super\chftn}"
            r" " + hx("За даними журналу.") + r"\par \pard " + hx("Без повторів.") + r"}" + r" \'b3 12{\super\chftn}"
            r"{\footnote\ftnalt\pard{\super\chftn} " + hx("Станом на 31.12.") + r"}.\par\pard " + hx("Далі.") + r"\par")
    doc = read_bytes(rtf(body), "x.rtf")
    assert doc.text == ("Послуги отримали 318 осіб¹ і 12².\n\nДалі.\n\n"
                        "¹ За даними журналу. Без повторів.\n\n² Станом на 31.12.")


def row(cells: list[str], defs: str) -> str:
    """A row as Word writes it: definitions first, then the cells, then the definitions again
    in a group ending with \\row."""
    return (r"\trowd\trgaph108\trleft-108" + defs + r"\pard\plain\intbl "
            + "".join(hx(c) + r"\cell " for c in cells) + r"{\trowd\trgaph108\trleft-108" + defs + r"\row}")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(row(["Послуга", "Осіб"], r"\cellx4680\cellx9468")
                     + row(["Догляд вдома", "120"], r"\cellx4680\cellx9468"),
                     [[("Послуга", 0, 1, 1), ("Осіб", 1, 1, 1)], [("Догляд вдома", 0, 1, 1), ("120", 1, 1, 1)]],
                     id="word-table"),
        pytest.param(row(["Кількість", "", "Разом"], r"\clmgf\cellx2000\clmrg\cellx4000\cellx6000")
                     + row(["2023", "2024", "7"], r"\cellx2000\cellx4000\cellx6000"),
                     [[("Кількість", 0, 1, 2), ("Разом", 2, 1, 1)],
                      [("2023", 0, 1, 1), ("2024", 1, 1, 1), ("7", 2, 1, 1)]], id="clmgf-clmrg"),
        pytest.param(row(["Послуга", "Догляд", "12"], r"\clvmgf\cellx2000\cellx4000\cellx6000")
                     + row(["", "Супровід", "8"], r"\clvmrg\cellx2000\cellx4000\cellx6000")
                     + row(["Разом", "", "20"], r"\cellx2000\cellx4000\cellx6000"),
                     [[("Послуга", 0, 2, 1), ("Догляд", 1, 1, 1), ("12", 2, 1, 1)],
                      [("Супровід", 1, 1, 1), ("8", 2, 1, 1)],
                      [("Разом", 0, 1, 1), ("", 1, 1, 1), ("20", 2, 1, 1)]], id="clvmgf-clvmrg"),
        pytest.param(row(["Кількість осіб"], r"\cellx6000")
                     + row(["2023", "2024"], r"\cellx3000\cellx6000"),
                     [[("Кількість осіб", 0, 1, 2)], [("2023", 0, 1, 1), ("2024", 1, 1, 1)]], id="wide-cell-spans"),
        pytest.param(row(["Послуга", "Осіб"], r"\cellx4680\cellx9468")
                     + row(["Догляд", "120"], r"\cellx4675\cellx9470"),
                     [[("Послуга", 0, 1, 1), ("Осіб", 1, 1, 1)], [("Догляд", 0, 1, 1), ("120", 1, 1, 1)]],
                     id="near-edges-are-one"),
        pytest.param(r"\trowd\cellx3000\cellx6000\pard\intbl " + hx("Відділення") + r"\cell\pard\intbl\itap2 "
                     + hx("робітники") + r"\nestcell 18\nestcell{\*\nesttableprops\trowd\cellx1000\cellx2000\nestrow}"
                     r"{\nonesttables\par}\pard\intbl\itap1\cell\row",
                     [[("Відділення", 0, 1, 1), ("робітники 18", 1, 1, 1)]], id="nested-table-is-cell-text"),
        pytest.param(r"\trowd\cellx3000\cellx6000\pard\intbl " + hx("Кількість") + r"\par " + hx("осіб")
                     + r"\cell 5\cell\row",
                     [[("Кількість осіб", 0, 1, 1), ("5", 1, 1, 1)]], id="cell-paragraphs-joined"),
        pytest.param(r"\trowd\cellx3000\cellx6000\intbl A\cell B\cell\row\intbl C\cell D\cell\row",
                     [[("A", 0, 1, 1), ("B", 1, 1, 1)], [("C", 0, 1, 1), ("D", 1, 1, 1)]],
                     id="defs-persist-between-rows"),
    ],
)
def test_tables(body: str, expected: list[list[tuple[str, int, int, int]]]) -> None:
    doc = read_bytes(rtf(r"\pard " + hx("До") + r"\par " + body + r"\pard " + hx("Після") + r"\par"), "x.rtf")
    (table,) = doc.tables()
    assert grid(table) == expected
    assert doc.text.startswith("До\n\n") and doc.text.endswith("\n\nПісля")
    for r in table.rows or ():
        for c in r:
            assert doc.text[c.start:c.end] == c.text


def test_two_tables_split_by_a_paragraph() -> None:
    body = (r"\trowd\cellx3000\pard\intbl A\cell\row\pard Between\par"
            r"\trowd\cellx3000\pard\intbl B\cell\row\pard\par")
    doc = read_bytes(rtf(body), "x.rtf")
    assert [b.kind for b in doc.blocks] == ["table", "paragraph", "table"] and doc.text == "A\n\nBetween\n\nB"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(rtf(""), "no text found in this RTF", id="no-text"),
        pytest.param(rtf(r"{\pict\pngblip 89504e47}\par"), "needs OCR", id="only-a-picture"),
        pytest.param(b"{\\rtf1\\ansi \\bin999999999 abc", "no text found", id="bin-beyond-the-end"),
        pytest.param(b"{\\rtf1" + b"}" * 1000 + b"{" * 1000, "no text found", id="unbalanced-braces"),
    ],
)
def test_clear_errors(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as err:
        read_bytes(data, "bad.rtf")
    assert err.value.source == "bad.rtf" and reason in err.value.reason


def test_hostile_deep_nesting_is_read_flat() -> None:
    data = rtf(r"\pard " + "{" * 200_000 + r"\b deep" + "}" * 200_000 + r" after\par")
    start = time.process_time()
    doc = read_bytes(data, "deep.rtf")
    assert time.process_time() - start < 5
    assert doc.text == "deep after" and doc.warnings


def test_hostile_token_soup_is_linear() -> None:
    data = rtf(r"\pard " + r"{}\par\'\u-\x{\*}" * 200_000 + r" end\par")
    start = time.process_time()
    doc = read_bytes(data, "soup.rtf")
    assert time.process_time() - start < 10 and doc.text.endswith("end")


@pytest.mark.parametrize("huge", [r"\u99999999999?", r"\uc99999 x", r"\cellx-99999999\cellx9999999999", r"\s99999999"])
def test_absurd_parameters(huge: str) -> None:
    doc = read_bytes(rtf(r"\pard A" + huge + r"\cell B\par"), "x.rtf")
    assert doc.text.startswith("A")


REPORT = (
    r"\pard\plain\s1\outlinelevel0 " + hx("Звіт про діяльність центру надання соціальних послуг") + r"\par"
    + r"\pard\plain " + hx("За 2024 рік центром надано 1 204 послуги 318 особам.") + r"\par"
    + row(["Назва послуги", "Кількість отримувачів"], r"\cellx4680\cellx9468")
    + "".join(row([s, n], r"\cellx4680\cellx9468")
              for s, n in (("Догляд вдома", "120"), ("Соціальний супровід", "85"), ("Консультування", "113")))
    + r"\pard\par"
)


def test_truncated_copies_give_text_or_a_clear_error() -> None:
    data = rtf(REPORT)
    for cut in range(len(b"{\\rtf1"), len(data), 37):
        try:
            doc = read_bytes(data[:cut], "cut.rtf")
        except ReadError as exc:
            assert exc.source == "cut.rtf" and exc.reason
        else:
            assert doc.format == "rtf" and doc.text.strip()


def test_report_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "zvit.rtf"
    path.write_bytes(rtf(REPORT))
    report = zvitparse.parse(path)
    assert not report.errors and report.meta["format"] == "rtf"
    facts = {(f.indicator, f.value, f.service) for f in report.facts}
    assert {("services_provided", 1204, None), ("served", 318, None)} <= facts
    assert {("served", 120, "home_care"), ("served", 85, "social_support_sjo"), ("served", 113, "counselling")} <= facts
