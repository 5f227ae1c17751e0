"""extract_meta: SPEC §5 metadata from titles, bodies and signature blocks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zvitparse.extract import extract_facts
from zvitparse.extract.meta import choose_period, extract_meta, find_periods, find_title
from zvitparse.model import Document
from zvitparse.read import read_bytes
from zvitparse.read.assemble import Assembly, RawBlock, assemble

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"


def _doc(text: str, source: str = "<test>", fmt: str = "txt") -> Document:
    return assemble([RawBlock("paragraph", b) for b in text.split("\n\n")], source, Assembly(fmt, "utf-8"))


def _read(path: Path) -> Document:
    try:
        from zvitparse.read import read_path
    except ImportError:  # the reader package is still being written: assemble plain text ourselves
        if path.suffix != ".txt":
            pytest.skip("zvitparse.read is not importable yet")
        return _doc(path.read_text(encoding="utf-8"), str(path))
    return read_path(path)


def _fold(v: object) -> str:
    return str(v).casefold().replace("’", "'").replace("ʼ", "'")


def _gold_cases() -> list[tuple[Path, Path]]:
    cases = []
    for g in sorted((SHARED / "gold").glob("*.json")):
        cases.append((g, SHARED / "seeds" / json.loads(g.read_text(encoding="utf-8"))["doc"]))
    for g in sorted((ROOT / "corpus" / "gold").glob("*.json")):
        doc = json.loads(g.read_text(encoding="utf-8"))["doc"]
        cases.append((g, ROOT / "corpus" / "own" / Path(doc).name))
    return cases


@pytest.mark.parametrize("gold_path,doc_path", _gold_cases(), ids=lambda p: p.stem)
def test_meta_matches_gold(gold_path: Path, doc_path: Path) -> None:
    if not doc_path.exists():
        pytest.skip(f"{doc_path} is not available")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    alt = gold.get("meta_alt") or {}
    meta = extract_meta(_read(doc_path))
    wrong = {}
    for key, want in gold["meta"].items():
        accepted = {_fold(want)} | {_fold(a) for a in alt.get(key, [])}
        if _fold(meta.get(key)) not in accepted:
            wrong[key] = (meta.get(key), want)
    assert not wrong
    # nothing invented: oblast only where the gold (the text) has one
    if "oblast" not in gold["meta"]:
        assert "oblast" not in meta


# Titles as other providers write them: (title, expected fields). Each gets a neutral body line.
TITLES = [
    ("Звіт про роботу Канівського міського центру соціальних служб за 9 місяців 2022 року",
     dict(centre="Канівський міський центр соціальних служб", centre_type="css", settlement="Канів",
          report_kind="period_report", period_start="2022-01-01", period_end="2022-09-30")),
    ("Інформація про діяльність КУ «Центр надання соціальних послуг» Бучанської міської ради за 2023 рік",
     dict(centre="Комунальна установа «Центр надання соціальних послуг» Бучанської міської ради",
          centre_type="cnsp", settlement="Буча", report_kind="annual_report",
          period_start="2023-01-01", period_end="2023-12-31")),
    ("Аналітична довідка про роботу Ірпінського міського територіального центру соціального "
     "обслуговування за I квартал 2024 року",
     dict(centre="Ірпінський міський територіальний центр соціального обслуговування", centre_type="tcso",
          settlement="Ірпінь", report_kind="period_report", period_start="2024-01-01", period_end="2024-03-31")),
    ("Результати зовнішньої оцінки якості соціальних послуг, наданих Вишгородським районним центром "
     "соціальних служб для сім'ї, дітей та молоді у 2019 році",
     dict(centre="Вишгородський районний центр соціальних служб для сім'ї, дітей та молоді", centre_type="css",
          settlement="Вишгород", report_kind="external_assessment", period_start="2019-01-01")),
    ("Звіт про роботу Гостомельського ЦНСП у I кварталі 2024 р.",
     dict(centre="Гостомельський центр надання соціальних послуг", centre_type="cnsp", settlement="Гостомель",
          report_kind="period_report", period_start="2024-01-01", period_end="2024-03-31")),
    ("Звіт про діяльність Центру надання соціальних послуг Макарівської селищної ради за II півріччя 2022 року",
     dict(centre="Центр надання соціальних послуг Макарівської селищної ради", settlement="Макарів",
          report_kind="period_report", period_start="2022-07-01", period_end="2022-12-31")),
    ("Звіт департаменту соціального захисту населення Сумської міської ради за 2021 рік",
     dict(centre="Департамент соціального захисту населення Сумської міської ради", centre_type="uszn",
          settlement="Суми", report_kind="annual_report")),
    ("Звіт про роботу управління праці та соціального захисту населення Фастівської міської ради за "
     "січень–березень 2023 року",
     dict(centre="Управління праці та соціального захисту населення Фастівської міської ради",
          centre_type="uszn", settlement="Фастів", period_start="2023-01-01", period_end="2023-03-31")),
    ("ЗВІТ ПРО РОБОТУ ЛУБЕНСЬКОГО МІСЬКОГО ЦЕНТРУ СОЦІАЛЬНИХ СЛУЖБ ЗА 2021 РІК",
     dict(centre="Лубенський міський центр соціальних служб", settlement="Лубни", report_kind="annual_report",
          period_start="2021-01-01", period_end="2021-12-31")),
    ("ЗВІТ\nпро роботу Бориспільського районного центру соціальних служб\nза 2020 рік",
     dict(centre="Бориспільський районний центр соціальних служб", settlement="Бориспіль",
          report_kind="annual_report", period_start="2020-01-01")),
    ("Звіт про роботу комунального закладу «Центр надання соціальних послуг» Білоцерківської міської ради "
     "за дев'ять місяців 2023 року",
     dict(centre="Комунальний заклад «Центр надання соціальних послуг» Білоцерківської міської ради",
          settlement="Біла Церква", period_end="2023-09-30")),
    ("Інформація щодо роботи Територіального центру соціального обслуговування Шевченківського району "
     "м. Києва за 2022 рік",
     dict(centre="Територіальний центр соціального обслуговування Шевченківського району м. Києва",
          centre_type="tcso", settlement="Київ")),
    ("Звіт про результати внутрішнього моніторингу якості надання соціальних послуг Центром надання "
     "соціальних послуг Макарівської селищної ради у 2023 році",
     dict(centre="Центр надання соціальних послуг Макарівської селищної ради", report_kind="internal_assessment",
          period_start="2023-01-01", period_end="2023-12-31")),
    ("Звіт про роботу центру соціальних служб Покровської міської ради Донецької області за 2021 рік",
     dict(settlement="Покровськ", oblast="Донецька")),
    # a department's note on many centres: the department is the provider, the oblast its place
    ("ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ\n\nАНАЛІТИЧНА ДОВІДКА\nщодо результатів моніторингу діяльності "
     "центрів надання соціальних послуг територіальних громад Черкаської області за 2022 рік\n\n"
     "Департаментом соціального захисту населення Черкаської обласної державної адміністрації проведено "
     "моніторинг діяльності 56 центрів.",
     dict(centre="Департамент соціального захисту населення Черкаської обласної державної адміністрації",
          centre_type="uszn", settlement="Черкаси", oblast="Черкаська", report_kind="period_report",
          period_start="2022-01-01", period_end="2022-12-31")),
    # a bare year counts in a title (never in a body)
    ("Звіт про роботу Канівського міського центру соціальних служб — 2023 рік",
     dict(settlement="Канів", period_start="2023-01-01", period_end="2023-12-31", report_kind="annual_report")),
    ("Аналітична записка\nроботи територіального центру соціального обслуговування\nза перше півріччя 2023 року",
     dict(centre="Територіальний центр соціального обслуговування", centre_type="tcso",
          report_kind="period_report", period_start="2023-01-01", period_end="2023-06-30")),
]


@pytest.mark.parametrize("title,want", TITLES, ids=[t[:40] for t, _ in TITLES])
def test_titles_of_other_providers(title: str, want: dict) -> None:
    meta = extract_meta(_doc(title + "\n\nПротягом звітного періоду послуги отримали 25 сімей."))
    got = {k: meta.get(k) for k in want}
    assert {k: _fold(v) for k, v in got.items()} == {k: _fold(v) for k, v in want.items()}


# What must NOT be read: (text, field, value that must not appear; None = the field must be absent)
NEGATIVES = [
    # a legal act's date is not the period
    ("Звіт про роботу центру\n\nВідповідно до наказу Мінсоцполітики від 27.12.2013 № 904 проведено оцінку.",
     "period_start", "2013-01-01"),
    ("Звіт\n\nНа виконання рішення від 22.06.2021 року центр працював у 2020 році.", "period_start",
     "2021-01-01"),
    # a quoted act's title is not the period
    ("Звіт\n\nнаказу директора від 21.04.2021 № 35 «Про проведення оцінки у 2021 році» за 2020 рік.",
     "period_start", "2021-01-01"),
    # a plan is not the period
    ("Звіт про роботу центру за 2021 рік\n\nЗаходи, які заплановані на 2022 рік.", "period_start", "2022-01-01"),
    # the oblast is not invented from the gazetteer
    ("Звіт про роботу Канівського міського центру соціальних служб за 2020 рік\n\nТекст.", "oblast", None),
    # an oblast centre named in the body is not the provider's oblast
    ("Звіт про роботу Канівського міського центру соціальних служб за 2020 рік\n\nФахівці навчалися в "
     "Черкаському обласному центрі соціальних служб.", "oblast", None),
    # an ambiguous place (Покров or Покровськ) is left out rather than guessed
    ("Звіт про роботу центру соціальних служб Покровської міської ради за 2021 рік\n\nТекст.", "settlement", None),
    # a date in the body is no publication date
    ("Звіт про роботу центру за 2021 рік\n\nНараду проведено 03.04.2024 у приміщенні центру.", "published", None),
    ("Звіт про роботу центру за 2021 рік\n\nДиректор Центру   Оксана ГРИЦЕНКО\nтел. 0-52-31", "published", None),
]


@pytest.mark.parametrize("text,field,bad", NEGATIVES, ids=[f"{f}-{i}" for i, (_, f, _) in enumerate(NEGATIVES)])
def test_what_is_not_metadata(text: str, field: str, bad: str | None) -> None:
    meta = extract_meta(_doc(text))
    if bad is None:
        assert field not in meta
    else:
        assert meta.get(field) != bad


PERIODS = [
    ("за I півріччя 2021 року", ("2021-01-01", "2021-06-30")),
    ("за І півріччя 2021р", ("2021-01-01", "2021-06-30")),
    ("за II півріччя 2020 року", ("2020-07-01", "2020-12-31")),
    ("протягом серпня 2020 року", ("2020-08-01", "2020-08-31")),
    ("у I кварталі 2024 р.", ("2024-01-01", "2024-03-31")),
    ("за 3 квартал 2022 року", ("2022-07-01", "2022-09-30")),
    ("I кв. 2024", ("2024-01-01", "2024-03-31")),
    ("за ІІІ кв. 2025 р.", ("2025-07-01", "2025-09-30")),
    # a speech's quoted topic states its period; a quoted act's title does not
    ("«Про підсумки роботи Центру за 9 місяців 2025 року»", ("2025-01-01", "2025-09-30")),
    ("«Про затвердження Програми на 2024 рік та за I півріччя 2023 року»", None),
    ("за 9 місяців 2022 року", ("2022-01-01", "2022-09-30")),
    ("за дев’ять місяців 2023 року", ("2023-01-01", "2023-09-30")),
    ("за січень-лютий 2022 року", ("2022-01-01", "2022-02-28")),
    ("за підсумками 2021 року", ("2021-01-01", "2021-12-31")),
    ("що надавались у 2020 році", ("2020-01-01", "2020-12-31")),
    ("за 2020-2021 роки", ("2020-01-01", "2021-12-31")),
    ("від 27.12.2013 № 904", None),
    ("з 26 квітня по 31 травня 2021 року", None),
    ("«Про проведення моніторингу у 2021 році»", None),
    ("📊 2024-й у цифрах: що ми зробили разом", ("2024-01-01", "2024-12-31")),
    ("#ЦНСП_Косів #підсумки2024 #разом", ("2024-01-01", "2024-12-31")),
]


@pytest.mark.parametrize("text,want", PERIODS, ids=[t for t, _ in PERIODS])
def test_period_phrases(text: str, want: tuple[str, str] | None) -> None:
    found = find_periods(text)
    got = (found[0][1][0].isoformat(), found[0][1][1].isoformat()) if found else None
    assert got == want


@pytest.mark.parametrize("text,want", [
    ("Звіт про роботу\n\nНа виконання наказу від 02.12.2021 № 96 у грудні 2021 року проведено оцінку за 2021 рік. "
     "У 2021 році послуги отримали 20 сімей.", ("2021-01-01", "2021-12-31")),
    ("Звіт\n\nМоніторинг проведено протягом серпня 2020 року.", ("2020-08-01", "2020-08-31")),
    # «за 2020 рік» names the period reported on: it outweighs when the work was done
    ("Звіт\n\nУ 2021 році проведено оцінку послуг за 2020 рік. У 2021 році комісія працювала у квітні.",
     ("2020-01-01", "2020-12-31")),
    # a plan is not the period, nor are the months of a date
    ("Звіт\n\nЗ 26 квітня по 31 травня 2021 року оцінено послуги, надані у 2020 році. План на 2022 рік.",
     ("2020-01-01", "2020-12-31")),
])
def test_body_period_is_the_most_stated(text: str, want: tuple[str, str]) -> None:
    doc = _doc(text)
    period = choose_period(doc.text, find_title(doc.text))
    assert period is not None and (period[0].isoformat(), period[1].isoformat()) == want


def test_a_title_glued_behind_a_pdf_running_header() -> None:
    text = ("ТЦСО Кременецької міської ради • Внутрішня оцінка якості послуги догляду вдома ЗВІТ про результати "
            "внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році\n\nТекст.")
    span = find_title(text)
    assert span is not None and text[span[0]:].startswith("ЗВІТ про результати")
    assert extract_meta(_doc(text))["report_kind"] == "internal_assessment"


def test_a_printed_sheet_s_file_name_is_no_title() -> None:
    text = ("Основні показники діяльності ТЦСО за 2023 рік\n\nВідділення\t16\n\n"
            "Моніторинг_ТЦСО_2023.xlsx Дата друку: 12.01.2024 09:17\n\n"
            "Примітка: повторні заяви осіб, які отримували послуги у 2022 році.")
    span = find_title(text)
    assert span is None or not text[span[0]:].startswith("Моніторинг_")
    assert extract_meta(_doc(text))["period_start"] == "2023-01-01"


@pytest.mark.parametrize("text,want", [
    ("Опубліковано: 14.02.2023 | Переглядів: 312\n\nЗвіт за 2022 рік", "2023-02-14"),
    ("Підсумки зовнішньої оцінки якості\n\n28 грудня 2023 року, 14:20\n\nТекст.", "2023-12-28"),
    ("Дата створення: 2021-03-12\n\nЗвіт за 2020 рік", "2021-03-12"),
    # where the report states when it was signed, issued or printed
    ("Звіт про роботу центру за 2021 рік\n\nТекст.\n\nДиректор Центру   Оксана ГРИЦЕНКО\n03.04.2022", "2022-04-03"),
    ("Звіт за 2023 рік\n\nТекст.\n\nДиректор КУ «ЦНСП» підпис\nВиконавець: тел. (04596) 0-52-31\n12.01.2024", "2024-01-12"),
    ("Звіт за 2022 рік\n\nТекст.\n\nДиректор КУ «Центр надання соціальних послуг»\nЧемеровецької селищної ради "
     "Людмила ОЛІЙНИК\n\n16.01.2023", "2023-01-16"),
    ("Дата подання звіту: 24.01.2025\n\nПідсумковий звіт за 2024 рік", "2025-01-24"),
    ("Управління соціального захисту\n\n02.12.2024 № 18/24-зі\nНа № б/н від 25.11.2024\n\nІнформація за 2024 рік",
     "2024-12-02"),
    ("Центр надання соціальних послуг\n12 квітня 2025 р. · 🌍\n\nПідсумки першого кварталу", "2025-04-12"),
    ("Марія Стецюк · 23 грудня 2025, 10:14 · Переглядів: 1 318\n\nДиректорка про рік роботи", "2025-12-23"),
    ("ВІСТІ СМІЛЯНЩИНИ\n№ 28 (10 412) | 11 липня 2025 року | стор. 5\n\nКолонка директора", "2025-07-11"),
    ("Золочівський вісник, 12 січня 2024 року\n\nІнтерв'ю з директоркою", "2024-01-12"),
])
def test_published(text: str, want: str) -> None:
    assert extract_meta(_doc(text)).get("published") == want


@pytest.mark.parametrize("text,want", [
    # «поточного року» is the year of the page's dateline
    ("У Центрі надання соціальних послуг підбили підсумки роботи\nДата: 19.10.2021 16:53\n\n"
     "Підбили підсумки роботи Центру за 9 місяців поточного року.", ("2021-01-01", "2021-09-30")),
    ("Звіт про роботу центру соціальних служб\n\n12.01.2024\n\nЗа минулий рік послуги отримали 20 сімей. "
     "Протягом минулого року проведено 5 заходів.", ("2023-01-01", "2023-12-31")),
])
def test_relative_years_need_a_publication_date(text: str, want: tuple[str, str]) -> None:
    meta = extract_meta(_doc(text))
    assert (meta.get("period_start"), meta.get("period_end")) == want


def test_relative_year_without_a_date_is_no_period() -> None:
    assert "period_start" not in extract_meta(_doc("Звіт про роботу центру\n\nЗа 9 місяців поточного року."))


def test_format_fields_come_from_the_document() -> None:
    doc = _doc("Звіт за 2020 рік", fmt="pdf")
    doc.pages = 3
    meta = extract_meta(doc)
    assert (meta["format"], meta["encoding"], meta["pages"]) == ("pdf", "utf-8", 3)


def test_meta_pattern_examples() -> None:
    """Every `examples:` of a meta entry with a regex matches it; every `not:` does not."""
    from zvitparse import patterns
    from zvitparse.extract.meta import _compile

    for e in patterns.load()["meta"]:
        if not e.get("regex") or e.get("field") in ("fragment", "month", "ordinal"):
            continue
        pat = _compile(e["regex"])
        for ex in e.get("examples") or []:
            target = ex.lower() if e.get("field") == "report_kind" else ex
            assert pat.search(target), (e.id, ex)
        for ex in e.get("not") or []:
            assert not pat.search(ex), (e.id, ex)


def test_a_heading_below_a_long_menu_is_the_title() -> None:
    menu = "\n".join(f"Пункт меню {i}" for i in range(400))
    doc = assemble([RawBlock("paragraph", menu),
                    RawBlock("heading", "Канівський міський центр соціальних служб підбив підсумки 2022 року", level=1),
                    RawBlock("paragraph", "Протягом року послуги отримали 25 сімей.")],
                   "<test>", Assembly("html", "utf-8"))
    assert len(menu) > 3000
    meta = extract_meta(doc)
    assert (meta.get("settlement"), meta.get("period_start")) == ("Канів", "2022-01-01")


@pytest.mark.parametrize("body,settlement,oblast", [
    ("Центр працює для мешканців Покровської міської територіальної громади Дніпропетровської області.",
     "Покров", "Дніпропетровська"),
    ("Центр розташований за адресою: м. Канів, вул. Шевченка, 5.", "Канів", None),
    ("Послуги надано мешканцям Покровської громади.", None, None),  # Покров or Покровськ: left out
    # the document's only oblast breaks the tie, but is not the provider's stated oblast
    ("Послуги надано мешканцям Покровської міської ради.\n\nНавчання в Донецькій області.", "Покровськ", None),
    # ... and never hides an unambiguous place
    ("Центр розташований у м. Канів.\n\nФахівці навчалися у Київській області.", "Канів", None),
    # a card's field states it; another oblast in the field is no statement of this place's
    ("Центр розташований у м. Канів.\n\nОбласть\tЧеркаська", "Канів", "Черкаська"),
    ("Центр розташований у м. Канів.\n\nОбласть: Київська", "Канів", None),
])
def test_place_from_the_body_when_the_name_has_none(body: str, settlement: str | None, oblast: str | None) -> None:
    meta = extract_meta(_doc("Звіт про роботу територіального центру соціального обслуговування за 2022 рік\n\n"
                             + body))
    assert (meta.get("settlement"), meta.get("oblast")) == (settlement, oblast)


def test_a_recruitment_centre_is_not_the_provider() -> None:
    meta = extract_meta(_doc("Звіт про роботу за 2023 рік\n\nЦентр надання соціальних послуг співпрацює з "
                             "Бучанським районним територіальним центром комплектування та соціальної підтримки."))
    assert meta.get("centre_type") == "cnsp"


@pytest.mark.parametrize(
    ("text", "title_ends_with"),
    [
        # a centred title cut over lines, the provider in the instrumental and its oblast below
        ("ЗВІТ\nпро проведення внутрішньої оцінки якості соціальної послуги\n"
         "догляду вдома, наданої Комунальною установою\n«Центр надання соціальних послуг» Тиврівської селищної ради\n"
         "Вінницької області у 2023 році\n\nВнутрішню оцінку проведено комісією.", "у 2023 році"),
        # a title in capitals goes on with the lower-case line that says what it is about
        ("ЗВІТ ДИРЕКТОРА\nпро діяльність Центру за 2023 рік\n\nТекст.", "за 2023 рік"),
        # a dateline under a news title is no part of it
        ("Центр соціальних служб: підсумки роботи за ІІ квартал 2023 року\n12.07.2023 09:41\n\nТекст.",
         "2023 року"),
    ],
)
def test_title_paragraph(text: str, title_ends_with: str) -> None:
    span = find_title(text)
    assert span is not None and text[span[0]:span[1]].endswith(title_ends_with)


def test_a_title_cut_over_lines_gives_the_centre_oblast_and_period() -> None:
    text = ("ЗВІТ\nпро проведення внутрішньої оцінки якості соціальної послуги\n"
            "догляду вдома, наданої Комунальною установою\n«Центр надання соціальних послуг» Тиврівської селищної ради\n"
            "Вінницької області у 2023 році\n\nВнутрішню оцінку проведено комісією.")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert (meta["oblast"], meta["period_start"], meta["period_end"]) == ("Вінницька", "2023-01-01", "2023-12-31")
    assert meta["centre"].startswith("Комунальна установа «Центр надання соціальних послуг» Тиврівської")


def test_a_letterhead_in_capitals_gives_the_oblast_and_the_council() -> None:
    text = ("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) КОЛОМИЙСЬКОЇ МІСЬКОЇ РАДИ\n"
            "ІВАНО-ФРАНКІВСЬКОЇ ОБЛАСТІ\n\nЗВІТ\nпро роботу за 2024 рік\n\nТекст.")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert meta["oblast"] == "Івано-Франківська" and meta["settlement"] == "Коломия"
    assert "КОЛОМИЙСЬКОЇ МІСЬКОЇ РАДИ" in meta["centre"].upper()


@pytest.mark.parametrize("oblast_line", ["Київська область", "КИЇВСЬКА ОБЛАСТЬ"])
def test_a_letterhead_s_oblast_line_in_the_nominative_is_not_part_of_the_name(oblast_line: str) -> None:
    text = ("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ\n(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) БІЛОЦЕРКІВСЬКОЇ МІСЬКОЇ РАДИ\n"
            f"{oblast_line}\n\nАНАЛІТИЧНА ЗАПИСКА\nпро діяльність за I квартал 2023 року\n\nТекст.")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert meta["centre"] == ("Територіальний центр соціального обслуговування (надання соціальних послуг) "
                              "Білоцерківської міської ради")
    assert meta["oblast"] == "Київська"


def test_a_title_naming_its_provider_without_place_takes_the_letterhead_s_full_name() -> None:
    text = ("Комунальна установа «Центр надання соціальних послуг» Гірської сільської ради\n"
            "Бориспільського району Київської області\n\nЗВІТ ДИРЕКТОРА\n"
            "про діяльність Центру надання соціальних послуг за 2023 рік\n\nТекст.")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert "Гірської сільської ради" in meta["centre"]


def test_a_council_s_social_worker_reports_for_its_executive_committee() -> None:
    text = ("Звіт\nфахівця із соціальної роботи виконавчого комітету Лозуватської сільської ради\n"
            "Криворізького району Дніпропетровської області\nпро виконану роботу за 2019 рік\n\n"
            "Разом із Криворізьким районним центром соціальних служб здійснювався супровід 4 сімей.")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert meta["centre"].startswith("Виконавчий комітет Лозуватської сільської ради")
    assert (meta["centre_type"], meta["settlement"], meta["oblast"]) == ("other", "Лозуватка", "Дніпропетровська")


@pytest.mark.parametrize("title,body,centre,oblast", [
    # the title adds the oblast to a name the body writes without it
    ("ЗВІТ\nпро роботу Баришівського районного центру соціальних служб для сім'ї, дітей та молоді\n"
     "Київської області за І квартал 2019 року",
     "Баришівський районний центр соціальних служб для сім'ї, дітей та молоді (далі – Центр) діє відповідно до Положення. Адреса: смт Баришівка, вул. Центральна, 21.",
     "Баришівський районний центр соціальних служб для сім'ї, дітей та молоді", "Київська"),
    # the body gives the legal form the title leaves out
    ("ЗВІТ\nпро роботу Центру надання соціальних послуг Чемеровецької селищної ради за 2022 рік",
     "Комунальна установа «Центр надання соціальних послуг» Чемеровецької селищної ради (далі – Центр) утворена у 2019 році.",
     "Комунальна установа «Центр надання соціальних послуг» Чемеровецької селищної ради", None),
    # no shorter form anywhere: the oblast stays in the name
    ("ЗВІТ\nпро роботу Територіального центру соціального обслуговування (надання соціальних послуг) "
     "Покровської міської ради Дніпропетровської області за 2021 рік", "Територіальний центр працює з 2005 року.",
     "Територіальний центр соціального обслуговування (надання соціальних послуг) Покровської міської ради "
     "Дніпропетровської області", "Дніпропетровська"),
    # a military administration is a council's tail; a capital letterhead keeps its place words
    ("ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ\nПОЛТАВСЬКОЇ ОБЛАСНОЇ ВІЙСЬКОВОЇ АДМІНІСТРАЦІЇ\n\n"
     "АНАЛІТИЧНА ЗАПИСКА\nза результатами моніторингу за 9 місяців 2023 року", "Моніторинг проведено у п'яти центрах.",
     "Департамент соціального захисту населення Полтавської обласної військової адміністрації", "Полтавська"),
])
def test_the_centre_is_named_as_the_body_writes_it_in_full(title: str, body: str, centre: str, oblast: str | None) -> None:
    meta = extract_meta(read_bytes(f"{title}\n\n{body}".encode(), "t.txt"))
    assert meta["centre"] == centre
    assert meta.get("oblast") == oblast


def test_an_oblast_in_capitals_keeps_its_capital() -> None:
    from zvitparse.names import nominative

    assert nominative("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» КІВЕРЦІВСЬКОЇ МІСЬКОЇ РАДИ "
                      "ВОЛИНСЬКОЇ ОБЛАСТІ").endswith("Ківерцівської міської ради Волинської області")


def test_a_council_letterhead_over_its_social_worker_s_report_is_the_provider() -> None:
    text = ("ТРОСТЯНЕЦЬКА СІЛЬСЬКА РАДА\nМиколаївського району Львівської області\n\nЗВІТ\n"
            "фахівця із соціальної роботи про виконану роботу за 2018 рік\n\n"
            "Спільно з Миколаївським районним центром соціальних служб для сім'ї, дітей та молоді проведено 3 рейди.")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert (meta["centre"], meta["centre_type"], meta["settlement"], meta.get("oblast")) == (
        "Тростянецька сільська рада", "other", "Тростянець", "Львівська")


@pytest.mark.parametrize("text,want", [
    ("Новини громади\n\nЦентр надання соціальних послуг підбив підсумки першого півріччя\n14 липня 2025, 10:42 | "
     "Переглядів: 412\n\nПро роботу з січня по червень 2025 року розповіла директорка.", ("2025-01-01", "2025-06-30")),
    ("Допомога переселенцям: підсумки березня\n03.04.2024 | Новини\n\nЦентр підбив підсумки.", ("2024-03-01", "2024-03-31")),
    ("Підсумки грудня\n05.01.2024 | Новини\n\nЦентр підбив підсумки.", ("2023-12-01", "2023-12-31")),
])
def test_a_title_without_a_year_takes_it_from_the_publication_date(text: str, want: tuple[str, str]) -> None:
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert (meta.get("period_start"), meta.get("period_end")) == want


def test_a_title_without_a_year_and_no_publication_date_states_no_period() -> None:
    meta = extract_meta(read_bytes("Допомога переселенцям: підсумки березня\n\nЦентр підбив підсумки.".encode(), "t.txt"))
    assert "period_start" not in meta


def test_a_letterhead_names_the_provider_over_a_unit_the_title_reports_on() -> None:
    text = ("Білоцерківська міська рада Київської області\nБілоцерківський міський центр соціальних служб\n\n"
            "ІНФОРМАЦІЯ\nпро роботу денного центру соціально-психологічної допомоги за 2024 рік\n\n"
            "Центр діє відповідно до рішення виконавчого комітету Білоцерківської міської ради.")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert (meta["centre"], meta["centre_type"]) == ("Білоцерківський міський центр соціальних служб", "css")


def test_a_mayor_s_report_on_the_council_and_its_committee_is_the_council_s() -> None:
    text = ("ЗВІТ\nХорольського міського голови про роботу Хорольської міської ради та її виконавчого комітету "
            "за 2024 рік\n\nШановні депутати!")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert (meta["centre"], meta["settlement"]) == ("Хорольська міська рада", "Хорол")


@pytest.mark.parametrize("addressee", [
    "Департамент соціального захисту населення Львівської обласної військової адміністрації",
    "Управління соціального захисту населення Золочівської районної державної адміністрації",
])
@pytest.mark.parametrize("number", ["15.01.2026 № 01-14/83", "№ 01-14/83 від 15.01.2026"])
def test_a_letter_is_by_its_letterhead_not_its_addressee(addressee: str, number: str) -> None:
    text = ("ЗОЛОЧІВСЬКА МІСЬКА РАДА\n\nУПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ\n\n80700, м. Золочів, вул. Шашкевича, 9\n\n"
            f"{number}\n\nНа № 12-4156 від 05.12.2025\n\n{addressee}\n\n"
            "Про надання інформації щодо соціальних послуг за 2025 рік\n\n"
            "Управління соціального захисту населення Золочівської міської ради надає інформацію за 2025 рік. "
            "Протягом року соціальними послугами охоплено 2 165 осіб.")
    meta = extract_meta(_doc(text))
    assert _fold(meta.get("centre")) == _fold("Управління соціального захисту населення Золочівської міської ради")
    assert meta.get("settlement") == "Золочів"


@pytest.mark.parametrize("lines", [
    "СВАЛЯВСЬКА МІСЬКА РАДА\n\nЗвіт про роботу Центру надання соціальних послуг Свалявської міської ради за 2024 рік\n\n"
    "Послуги отримали 25 сімей.\n\n89300, Закарпатська обл., Мукачівський р-н, м. Свалява, вул. Визволення, 12.",
    "Свалявська міська рада\n\nЗакарпатська область\n\nЗвіт про роботу Центру надання соціальних послуг "
    "Свалявської міської ради за 2024 рік\n\nПослуги отримали 25 сімей.",
])
def test_the_oblast_of_an_address_or_a_letterhead_line(lines: str) -> None:
    meta = extract_meta(_doc(lines))
    assert (meta.get("settlement"), meta.get("oblast")) == ("Свалява", "Закарпатська")


def test_a_forwarded_mail_is_about_the_provider_it_forwards() -> None:
    from zvitparse.extract.meta import extract_meta
    from zvitparse.read import read_bytes

    text = ("From: Відділ соціального захисту населення Тиврівської селищної ради <v@ukr.net>\n"
            "To: Департамент соціальної політики ОВА <d@vin.gov.ua>\n"
            "Subject: Fwd: Інформація за 9 місяців 2024 року\n\n"
            "Пересилаю інформацію КЗ «Центр надання соціальних послуг» Тиврівської селищної ради за 9 місяців "
            "2024 року.\n")
    meta = extract_meta(read_bytes(text.encode(), "m.txt"))
    assert (meta["centre_type"], meta["settlement"]) == ("cnsp", "Тиврів")


def test_a_web_page_s_header_may_state_the_oblast() -> None:
    from zvitparse.extract.meta import extract_meta
    from zvitparse.read import read_bytes

    page = ("<html><head><meta charset='utf-8'><title>Підсумки року | Кременчуцька міська рада</title></head><body>"
            "<header><a href='/'>Кременчуцька міська рада Полтавської області</a></header><main><article>"
            "<h1>Підсумки 2023 року</h1><p>Кременчуцький міський центр соціальних служб підбив підсумки роботи.</p>"
            "</article></main></body></html>")
    doc = read_bytes(page.encode(), "p.html")
    assert "Полтавської" not in doc.text
    meta = extract_meta(doc)
    assert (meta["settlement"], meta.get("oblast")) == ("Кременчук", "Полтавська")


def test_a_monitoring_act_is_about_the_provider_it_monitored() -> None:
    from zvitparse.extract.meta import extract_meta
    from zvitparse.read import read_bytes

    text = ("ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ КИЇВСЬКОЇ ОБЛАСНОЇ ВІЙСЬКОВОЇ АДМІНІСТРАЦІЇ\n\nАКТ № 17\n\n"
            "моніторингу надання соціальних послуг комунальною установою «Центр надання соціальних послуг» "
            "Богуславської міської ради\n\nм. Богуслав 21 березня 2024 року\n\nРобоча група провела моніторинг "
            "діяльності Центру за 2023 рік.\n")
    meta = extract_meta(read_bytes(text.encode(), "act.txt"))
    assert (meta["centre_type"], meta["settlement"], meta["report_kind"]) == ("cnsp", "Богуслав", "external_assessment")
    assert meta["centre"].endswith("Богуславської міської ради") and "Департамент" not in meta["centre"]



def test_a_letter_with_both_numbers_on_one_line_names_no_addressee_as_its_author() -> None:
    from zvitparse.extract.meta import extract_meta
    from zvitparse.read import read_bytes

    text = ("ЧОРТКІВСЬКА МІСЬКА РАДА\n\nУПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ\n\n"
            "17.01.2025 № 02-14/87 На № 01-27/44 від 08.01.2025\n\n"
            "Департамент соціального захисту населення Тернопільської обласної військової адміністрації\n\n"
            "Про надання інформації щодо надання соціальних послуг у 2024 році\n\n"
            "На виконання листа Департаменту управління соціального захисту населення Чортківської міської ради "
            "надає інформацію про надання соціальних послуг у 2024 році.\n")
    meta = extract_meta(read_bytes(text.encode(), "letter.txt"))
    assert (meta["centre"], meta["settlement"]) == ("Управління соціального захисту населення Чортківської міської ради",
                                                    "Чортків")


def test_an_addressee_typed_after_the_letter_s_number_is_no_author() -> None:
    text = ("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»\nВЕЛИКОЛЮБІНСЬКОЇ СЕЛИЩНОЇ РАДИ\n"
            "81555, Львівська обл., смт Великий Любінь, вул. Городоцька, 27\n\n"
            "03.07.2025 № 214/02-09 Відділу соціального захисту населення\nВеликолюбінської селищної ради\n\n"
            "ІНФОРМАЦІЯ\nпро надання соціальних послуг у ІІ кварталі 2025 року\n\nПослуги отримали 58 осіб.")
    meta = extract_meta(_doc(text))
    assert (meta["centre_type"], meta["settlement"]) == ("cnsp", "Великий Любінь")


def test_a_childrens_service_is_its_own_provider() -> None:
    from zvitparse.extract.meta import extract_meta
    from zvitparse.read import read_bytes

    text = ("Інформація про результати діяльності служби у справах дітей Олександрійської міської ради за 2024 рік\n\n"
            "Служба у справах дітей Олександрійської міської ради (далі – Служба) взаємодіє з центром соціальних "
            "служб.\n")
    meta = extract_meta(read_bytes(text.encode(), "ssd.txt"))
    assert (meta["centre"], meta["centre_type"]) == ("Служба у справах дітей Олександрійської міської ради", "other")


@pytest.mark.parametrize("case", [str.upper, lambda s: s])
def test_a_letterhead_centre_under_its_council_s_line_is_the_council_s(case) -> None:
    text = (case("Бахмацька міська рада") + "\n" + case("Територіальний центр соціального обслуговування") + "\n"
            + case("(надання соціальних послуг)") + "\n16500, м. Бахмач, вул. Соборності, 40\n\nІНФОРМАЦІЯ\n"
            "про роботу територіального центру за І півріччя 2025 року\n\nПослуги отримали 412 осіб.")
    assert extract_meta(_doc(text))["centre"] == (
        "Територіальний центр соціального обслуговування (надання соціальних послуг) Бахмацької міської ради")


def test_a_conclusion_of_an_external_assessment_names_the_centre_assessed() -> None:
    text = ("ДНІПРОПЕТРОВСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ\n\nВИСНОВОК\nзовнішньої оцінки якості соціальних "
            "послуг, наданих Центром соціальних служб\nВерхньодніпровської міської ради у 2024 році\n\n"
            "м. Дніпро 18.04.2025\n\nПослуги консультування отримали 412 осіб.")
    meta = extract_meta(_doc(text))
    assert (meta["centre"], meta["report_kind"]) == (
        "Центр соціальних служб Верхньодніпровської міської ради", "external_assessment")


@pytest.mark.parametrize("addressee", [
    "Начальнику відділу соціального захисту\nнаселення Карлівської міської ради",
    "Управлінню соціального захисту населення\nКарлівської міської ради",
    "Вих. № 214 від 06.10.2026\nНачальнику відділу соціального захисту населення Карлівської міської ради",
])
def test_a_letter_s_addressee_in_the_dative_is_not_the_author(addressee: str) -> None:
    text = ("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»\nКАРЛІВСЬКОЇ МІСЬКОЇ РАДИ ПОЛТАВСЬКОЇ ОБЛАСТІ\n\n"
            f"{addressee}\n\nІНФОРМАЦІЯ\nпро роботу Центру за 9 місяців 2026 року\n\nТекст.")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert meta["centre_type"] == "cnsp" and "Центр надання соціальних послуг" in meta["centre"]


@pytest.mark.parametrize(("text", "start", "end", "published"), [
    ("ЗВІТ про виконання плану роботи Центру надання соціальних послуг Валківської міської ради на III квартал "
     "2026 року\n\nТекст.", "2026-07-01", "2026-09-30", None),
    ("Інформаційний бюлетень «Поруч»\n\nЦентр соціальних служб Деражнянської міської ради · Випуск № 10 (46) · "
     "жовтень 2026 · вийшов 05.11.2026\n\nТекст.", "2026-10-01", "2026-10-31", "2026-11-05"),
])
def test_the_period_of_a_plan_s_execution_and_of_a_bulletin_s_issue(text: str, start: str, end: str,
                                                                    published: str | None) -> None:
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert (meta["period_start"], meta["period_end"], meta.get("published")) == (start, end, published)


def test_a_plan_for_the_next_quarter_is_still_no_period() -> None:
    text = "ІНФОРМАЦІЯ про роботу центру за 9 місяців 2026 року\n\nПлан роботи на IV квартал 2026 року затверджено."
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert (meta["period_start"], meta["period_end"]) == ("2026-01-01", "2026-09-30")


_ADDRESS = "08601, м. Васильків, вул. Соборна, 37-А, тел. (04571) 0-52-19"


@pytest.mark.parametrize("letterhead, centre", [
    # a name over three lines, more than a letterhead's reach above the title: read whole
    ("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ\n(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)\nВАСИЛЬКІВСЬКОЇ МІСЬКОЇ РАДИ\n"
     + _ADDRESS + "\ne-mail: tcso@example.ua, код ЄДРПОУ 20587714\n" + "_" * 60 + "\n"
     "вих. № 01-14/388 від 09.10.2023\nНачальнику управління соціального захисту населення\n"
     "Васильківської міської ради",
     "Територіальний центр соціального обслуговування (надання соціальних послуг) Васильківської міської ради"),
    # the council on its own line, a blank line above the provider's (a DOCX letterhead)
    ("ВАСИЛЬКІВСЬКА МІСЬКА РАДА\n\nТЕРИТОРІАЛЬНИЙ ЦЕНТР\n\n" + _ADDRESS,
     "Територіальний центр Васильківської міської ради"),
    # a council over a legal form and its quoted name is no part of the name
    ("ВАСИЛЬКІВСЬКА МІСЬКА РАДА\n\nКОМУНАЛЬНА УСТАНОВА «ТЕРИТОРІАЛЬНИЙ ЦЕНТР» ВАСИЛЬКІВСЬКОЇ МІСЬКОЇ РАДИ\n\n" + _ADDRESS,
     "Комунальна установа «Територіальний центр» Васильківської міської ради"),
])
def test_the_letterhead_names_the_provider_the_title_names_without_its_place(letterhead: str, centre: str) -> None:
    # (the body names another provider, with its place, before the signature does)
    text = (f"{letterhead}\n\nІНФОРМАЦІЯ\nпро діяльність територіального центру за 9 місяців 2023 року\n\n"
            "Територіальний центр обслуговує мешканців громади. Два працівники пройшли навчання в "
            "Київському обласному територіальному центрі соціального обслуговування.")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert meta["centre"] == centre
    assert meta["settlement"] == "Васильків"


def _feed(dates: list[str]) -> str:
    posts = ["Фахівці Центру відвідали 39 сімей.", "У 2024 році в області функціонувало 412 прийомних сімей.",
             "Анонс! 6 березня о 14:00 – тренінг.", "Підсумки місяця: 48 сімей."]
    return "\n\n".join(f"{d}\n\nЦНСП Чорнухинської селищної ради\n\n{p}" for d, p in zip(dates, posts, strict=False))


@pytest.mark.parametrize("dates, period", [
    (["1 березня 2025", "3 березня 2025", "12 березня 2025", "31 березня 2025"], ("2025-03-01", "2025-03-31")),
    (["28 лютого 2025", "3 березня 2025", "2 квітня 2025"], ("2025-02-01", "2025-04-30")),
])
def test_a_feed_of_dated_posts_covers_the_months_of_its_days(dates: list[str], period: tuple[str, str]) -> None:
    meta = extract_meta(read_bytes(_feed(dates).encode(), "t.txt"))
    assert (meta["period_start"], meta["period_end"], meta["report_kind"]) == (*period, "other")


def test_two_dated_posts_are_no_feed() -> None:
    meta = extract_meta(read_bytes(_feed(["1 березня 2025", "3 березня 2025"]).encode(), "t.txt"))
    assert meta.get("period_start") != "2025-03-01"


def test_a_box_at_an_article_s_end_is_no_title_of_the_article() -> None:
    # an interview: the headline names no report word; a «Довідка» box closes the article
    text = ("«Люди приходять по підтримку»: директорка ЦНСП – про 2024 рік\n\n11.02.2025, 09:40 · Інтерв'ю\n\n"
            + "— Скільки людей звернулося до Центру за 2024 рік?\n\n— Минулого року до нас звернулися 1 236 людей. " * 22
            + "\n\nДовідка «БК». Центр надання соціальних послуг створено у 2021 році. Адреса: м. Богодухів.")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert (meta["period_start"], meta["period_end"], meta["report_kind"]) == ("2024-01-01", "2024-12-31", "other")


@pytest.mark.parametrize(("head", "centre"), [
    # a letterhead spaced out over paragraphs: the council's line is the name's end
    ("Комунальна установа «Центр надання соціальних послуг»\n\nНовомиргородської міської ради",
     "Комунальна установа «Центр надання соціальних послуг» Новомиргородської міської ради"),
    ("Центр соціальних служб\n\nМаневицької селищної ради", "Центр соціальних служб Маневицької селищної ради"),
    # a sentence after a blank line is no part of it
    ("Центр надання соціальних послуг\n\nНовомиргородської міської ради звітує про роботу.", "Центр надання соціальних послуг"),
])
def test_a_council_line_after_a_blank_line_ends_the_letterhead_name(head: str, centre: str) -> None:
    text = f"{head}\n\nЗВІТ про результати роботи за 2024 рік\n\nТекст."
    assert extract_meta(read_bytes(text.encode(), "t.txt"))["centre"] == centre


def test_a_sentence_about_the_report_is_no_title() -> None:
    text = ("Додаток до рішення виконавчого комітету Петрівської селищної ради від 15.02.2024 № 38\n\n"
            "Звіт розглянуто на засіданні виконавчого комітету 15.02.2024.\n\n"
            "Звіт про надання соціальних послуг Комунальною установою «Центр надання соціальних послуг» "
            "Петрівської селищної ради за 2023 рік\n\nТекст.")
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert meta["centre_type"] == "cnsp" and meta["period_end"] == "2023-12-31"


NEWS_PAGE = """Краснопільська селищна рада

Новини

14.02.2024

Центр надання соціальних послуг оголошує набір на 3 посади соціального робітника. Заробітна плата – від 8 600 грн.

12.02.2024

Центр надання соціальних послуг Краснопільської селищної ради підбив підсумки роботи у 2023 році. Соціальними послугами охоплено 1 263 особи, у тому числі відділенням догляду вдома – 318 осіб. Під соціальним супроводом перебувало 27 сімей.

09.02.2024

У спортивному залі ліцею відбувся турнір з футзалу серед 8 команд, у якому взяли участь 96 спортсменів.
"""


def test_a_page_of_news_items_is_read_as_its_report_item() -> None:
    doc = read_bytes(NEWS_PAGE.encode(), "news.txt")
    meta = extract_meta(doc)
    assert meta["centre"] == "Центр надання соціальних послуг Краснопільської селищної ради"
    assert meta["published"] == "2024-02-12" and meta["period_end"] == "2023-12-31"
    values = {f.value for f in extract_facts(doc, meta)}
    assert {1263, 318, 27} <= values and not values & {3, 96, 8}


def test_a_page_of_fewer_dated_items_keeps_all_its_figures() -> None:
    doc = read_bytes(NEWS_PAGE.split("09.02.2024")[0].encode(), "two.txt")
    values = {f.value for f in extract_facts(doc, extract_meta(doc))}
    assert {1263, 318, 27, 3} <= values


@pytest.mark.parametrize(("text", "period"), [
    ("Звітний період: 01.04.2025 - 30.06.2025", ("2025-04-01", "2025-06-30")),
    ("Звіт за період з 01.01.2024 по 31.12.2024 р.", ("2024-01-01", "2024-12-31")),
    ("Reporting period\tQ3 2024 (01/07/2024–30/09/2024)", ("2024-07-01", "2024-09-30")),
    ("Захід тривав у період з 05.03.2024 по 12.03.2024.", None),  # no month's first and last day: no reporting period
])
def test_a_reporting_period_stated_by_its_dates(text: str, period) -> None:
    from zvitparse.extract.meta import find_periods

    found = [(a.isoformat(), b.isoformat()) for _, (a, b), _ in find_periods(text)]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(("times", "period"), [(2, ("2024-01-01", "2024-12-31")), (1, None)])
def test_an_interview_telling_of_last_year_is_about_the_year_before_it_was_published(times, period):
    from zvitparse.read import read_bytes

    said = ["– Минулого року до нас звернулися 1 137 людей.", "– Під соціальним супроводом торік було 44 сім'ї."]
    text = "\n\n".join(["«ЗАСТАВНІВСЬКИЙ КРАЙ» · № 6 · Опубліковано: 14.02.2025", *said[:times],
                        "Ще 9 сімей перейшли з нами у 2025 рік."])
    meta = extract_meta(read_bytes(text.encode(), "t.txt"))
    assert (meta.get("period_start"), meta.get("period_end")) == (period or (None, None))


def test_a_period_named_only_in_a_tables_rows_yields_to_the_prose() -> None:
    # a payment's purpose «за червень 2024 р.», again and again, is no period of the report
    rows = "\n".join(f"{d}.06.2024\t{d}00,00\tЗаробітна плата за червень 2024 р." for d in (10, 20, 28))
    doc = read_bytes(("Інформація розпорядника коштів\n\nКасові видатки за I півріччя 2024 року становлять "
                      f"5 126,9 тис. грн.\n\nДата\tСума, грн\tПризначення платежу\n{rows}\n").encode(), "p.txt")
    assert (extract_meta(doc)["period_start"], extract_meta(doc)["period_end"]) == ("2024-01-01", "2024-06-30")


def test_a_title_s_month_range_broken_before_its_dash():
    # (b93_05: the PDF sets «… за січень» / «– вересень 2025 року» as two paragraphs, the second
    # read as a list item; the body's «За 9 місяців 2025 року» agrees)
    from pathlib import Path

    from zvitparse.read import read_path

    path = next((Path(__file__).resolve().parents[1] / "corpus" / "blind93").glob("b93_05_*.pdf"))
    meta = extract_meta(read_path(path))
    assert (meta["period_start"], meta["period_end"]) == ("2025-01-01", "2025-09-30")
