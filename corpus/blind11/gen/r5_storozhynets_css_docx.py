"""b11_05: ЦСС annual report with a social-support outcomes table (merged header cells, «Разом» row) and prose (DOCX)."""
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import datetime

from common import Gold, freeze_zip, report_path

DOC = "b11_05_storozhynets_css_annual2023.docx"

TITLE1 = "ЗВІТ"
TITLE2 = ("про роботу Центру соціальних служб Сторожинецької міської ради Чернівецького району Чернівецької області "
          "за 2023 рік")
CODE = "Ідентифікаційний код ЄДРПОУ 45012377"
P1 = ("Центр соціальних служб Сторожинецької міської ради (далі – Центр) утворено відповідно до рішення "
      "Сторожинецької міської ради від 22.12.2020 № 38-2/2020 і діє на підставі Положення, затвердженого рішенням "
      "сесії від 16.02.2021 № 61-5/2021.")
P2 = ("Протягом 2023 року Центром надано соціальні послуги 1 046 сім’ям/особам, у яких виховується 1 389 дітей "
      "(у 2022 році – 972 сім’ям/особам).")
P3 = ("Загальна кількість наданих соціальних послуг становить 3 912, у тому числі: консультування – 2 204, "
      "інформування – 1 017, соціальна профілактика – 412, соціальний супровід сімей (осіб), які перебувають у "
      "складних життєвих обставинах, – 208, соціальне супроводження прийомних сімей та дитячих будинків сімейного "
      "типу – 71.")
P4 = ("Протягом року до Центру надійшли повідомлення про 163 сім’ї, які можуть перебувати у складних життєвих "
      "обставинах; оцінку потреб здійснено 158 сім’ям (5 сімей змінили місце проживання до завершення оцінки).")
P5 = ("Під соціальним супроводом протягом року перебувало 58 сімей, з них 13 сімей – взяті під супровід ще у 2022 "
      "році. Результати надання послуги соціального супроводу за категоріями сімей наведено в таблиці 1.")
TCAP = ("Таблиця 1. Соціальний супровід сімей, які перебувають у складних життєвих обставинах, у 2023 році "
        "(кількість сімей)")
HEAD_TOP = ["№ з/п", "Категорія сімей", "Кількість сімей"]
HEAD_SUB = ["взято", "завершено", "з них позитивно", "продовжено"]
ROWS = [
    ("1", "сім’ї, у яких батьки неналежно виконують батьківські обов’язки", 14, 11, 8, 9),
    ("2", "сім’ї, які постраждали від домашнього насильства", 9, 7, 6, 4),
    ("3", "сім’ї внутрішньо переміщених осіб", 12, 10, 8, 5),
    ("4", "сім’ї учасників бойових дій, загиблих (померлих) Захисників", 6, 4, 4, 3),
    ("5", "сім’ї, які виховують дитину з інвалідністю", 4, 3, 2, 2),
]
TOTAL = ("Разом", 45, 35, 29, 23)
P6 = ("Таким чином, у 2023 році завершено надання послуги 35 сім’ям, з них у 29 сім’ях складні життєві обставини "
      "подолано (82,9 %). Середня тривалість супроводу становила 6,5 місяця.")
P7 = "Соціальним супроводженням охоплено 9 прийомних сімей, у яких виховується 17 дітей."
P8 = ("Штатним розписом Центру передбачено 9 посад, з них 6 посад фахівців із соціальної роботи; фактично "
      "працюють 8 осіб.")
P9 = "Скарг від отримувачів соціальних послуг протягом року не надходило."
P10 = ("У 2024 році Центр планує взяти під соціальний супровід не менше 50 сімей та запровадити послугу підтриманого "
       "проживання для 6 осіб з числа дітей-сиріт віком від 18 до 23 років.")
CONTACT = "59000, Чернівецька обл., м. Сторожинець, вул. Шкільна, 5; тел. (03735) 0-24-61"
SIGN = "Директор Центру соціальних служб"


def build_docx(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in (TITLE1, TITLE2):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(s).bold = True
    d.add_paragraph(CODE)
    for s in (P1, P2, P3, P4, P5):
        d.add_paragraph(s).paragraph_format.first_line_indent = Cm(1.25)
    cap = d.add_paragraph()
    cap.add_run(TCAP).italic = True
    t = d.add_table(rows=2 + len(ROWS) + 1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.cell(0, 0).text = HEAD_TOP[0]
    t.cell(0, 1).text = HEAD_TOP[1]
    t.cell(0, 2).text = HEAD_TOP[2]
    for i, h in enumerate(HEAD_SUB):
        t.cell(1, 2 + i).text = h
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 5))
    for r, row in enumerate(ROWS, start=2):
        for c, v in enumerate(row):
            t.cell(r, c).text = str(v)
    last = 2 + len(ROWS)
    t.cell(last, 0).text = TOTAL[0]
    t.cell(last, 0).merge(t.cell(last, 1))
    for c, v in enumerate(TOTAL[1:], start=2):
        t.cell(last, c).text = str(v)
        t.cell(last, c).paragraphs[0].runs[0].bold = True
    t.cell(last, 0).paragraphs[0].runs[0].bold = True
    for s in (P6, P7, P8, P9, P10):
        d.add_paragraph(s).paragraph_format.first_line_indent = Cm(1.25)
    d.add_paragraph(CONTACT)
    d.add_paragraph(SIGN)
    d.core_properties.title = "Звіт ЦСС за 2023 рік"
    d.core_properties.author = "ЦСС"
    d.core_properties.created = datetime.datetime(2024, 1, 19, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2024, 1, 19, 9, 0, 0)
    d.core_properties.last_modified_by = ""
    d.save(path)
    freeze_zip(path)


def rq(row):
    return "\t".join(str(x) for x in row)


def main():
    build_docx(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Сторожинецької міської ради",
        "centre_type": "css",
        "settlement": "Сторожинець",
        "oblast": "Чернівецька",
        "report_kind": "annual_report",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    })
    f_srv = g.f("served", "families_persons", 1046, "Центром надано соціальні послуги 1 046 сім’ям/особам")
    g.f("served", "children", 1389, "у яких виховується 1 389 дітей", parent=f_srv)
    f_svc = g.f("services_provided", "services", 3912, "Загальна кількість наданих соціальних послуг становить 3 912")
    for v, q, svc in [(2204, "консультування – 2 204", "counselling"), (1017, "інформування – 1 017", "informing"),
                      (412, "соціальна профілактика – 412", "social_prevention"),
                      (208, "соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, – 208",
                       "social_support_sjo"),
                      (71, "соціальне супроводження прийомних сімей та дитячих будинків сімейного типу – 71",
                       "social_support_foster")]:
        g.f("services_provided", "services", v, q, service=svc, group="services_3912_by_service", parent=f_svc)
    g.f("notified", "families", 163, "надійшли повідомлення про 163 сім’ї")
    g.f("needs_assessed", "families", 158, "оцінку потреб здійснено 158 сім’ям")
    f58 = g.f("served", "families", 58, "Під соціальним супроводом протягом року перебувало 58 сімей",
              service="social_support_sjo", alt=["support_ongoing"])
    g.f("served", "families", 13, "з них 13 сімей – взяті під супровід ще у 2022 році", service="social_support_sjo",
        label="взяті під супровід у 2022 році", alt=["support_ongoing"], parent=f58,
        note="a 2023 figure (families served in 2023) although it names 2022: the year their support began")
    # table: totals first, then rows pointing at them
    tq = rq(TOTAL)
    cols = [("support_started", "взято"), ("support_completed", "завершено"),
            ("outcome_positive", "з них позитивно"), ("support_ongoing", "продовжено")]
    tot_ids = []
    for i, (ind, lab) in enumerate(cols):
        tot_ids.append(g.f(ind, "families", TOTAL[1 + i], tq, service="social_support_sjo", label=f"Разом – {lab}"))
    pos_ids = []
    for row in ROWS:
        cat = row[1].replace("’", "'")
        for i, (ind, lab) in enumerate(cols):
            fid = g.f(ind, "families", row[2 + i], rq(row), service="social_support_sjo", category=cat,
                      group=f"{ind}_by_category", parent=tot_ids[i])
            if ind == "outcome_positive":
                pos_ids.append(fid)
    f35 = g.f("support_completed", "families", 35, "завершено надання послуги 35 сім’ям", service="social_support_sjo",
              note="prose repeat of the table's Разом (35)")
    f29 = g.f("outcome_positive", "families", 29, "з них у 29 сім’ях складні життєві обставини подолано (82,9 %)",
              percent=82.9, service="social_support_sjo", parent=f35)
    f9 = g.f("served", "families", 9, "Соціальним супроводженням охоплено 9 прийомних сімей",
             service="social_support_foster", category="прийомні сім'ї")
    g.f("served", "children", 17, "у яких виховується 17 дітей", service="social_support_foster", parent=f9)
    f_pos = g.f("staff_positions", "positions", 9, "Штатним розписом Центру передбачено 9 посад")
    g.f("staff_positions", "positions", 6, "з них 6 посад фахівців із соціальної роботи",
        label="фахівці із соціальної роботи", parent=f_pos)
    g.f("staff_actual", "staff", 8, "фактично працюють 8 осіб")
    g.f("complaints", "complaints", 0, P9)

    g.slip("table_arithmetic", "error", tq, 29, 28, [tot_ids[2]] + pos_ids,
           "column «з них позитивно»: 8 + 6 + 8 + 4 + 2 = 28, Разом says 29. The other columns add up "
           "(45, 35, 23). The prose repeats 29 (82,9 % of 35), so the slip is in a category row or in the total.")

    g.check("parts_sum", "Загальна кількість наданих соціальних послуг становить 3 912",
            "2 204 + 1 017 + 412 + 208 + 71 = 3 912")
    g.check("table_arithmetic", tq, "взято 14 + 9 + 12 + 6 + 4 = 45; завершено 11 + 7 + 10 + 4 + 3 = 35; "
            "продовжено 9 + 4 + 5 + 3 + 2 = 23")
    g.check("parts_sum", "Під соціальним супроводом протягом року перебувало 58 сімей",
            "58 = 45 taken in 2023 + 13 carried over from 2022 = 35 completed + 23 continued")
    g.check("percent_mismatch", "з них у 29 сім’ях складні життєві обставини подолано (82,9 %)",
            "29/35 = 82.86 % → 82,9")
    g.check("parts_sum", "оцінку потреб здійснено 158 сім’ям", "158 assessed + 5 moved away = 163 notified")
    g.check("parts_sum", "з них 6 посад фахівців із соціальної роботи", "6 ≤ 9 positions; 8 staff ≤ 9 positions")

    g.skip(CODE, [45012377], "ЄДРПОУ code")
    g.skip("від 22.12.2020 № 38-2/2020", [22, 12, 2020, 38, 2], "decision date and number")
    g.skip("від 16.02.2021 № 61-5/2021", [16, 2, 2021, 61, 5], "decision date and number")
    g.skip("(у 2022 році – 972 сім’ям/особам)", [2022, 972], "prior-year figure")
    g.skip("(5 сімей змінили місце проживання до завершення оцінки)", [5],
           "families that moved away before the assessment ended; no §3 id")
    g.skip("1\tсім'ї, у яких батьки неналежно виконують батьківські обов'язки", [1, 2, 3, 4, 5],
           "row numbers (№ з/п) of Таблиця 1")
    g.skip("Таблиця 1.", [1], "table number")
    g.skip("Середня тривалість супроводу становила 6,5 місяця", [6.5], "duration")
    g.skip(P10, [2024, 50, 6, 18, 23], "plan for next year (targets) and ages")
    g.skip("59000, Чернівецька обл., м. Сторожинець, вул. Шкільна, 5; тел. (03735) 0-24-61", [59000, 5, 3735],
           "postcode, address, phone")

    g.note("table columns: взято → support_started, завершено → support_completed, з них позитивно → outcome_positive, "
           "продовжено → support_ongoing; every cell is a fact whose quote is its row; category rows hang on the "
           "Разом cell of the same column (parent_id) with one group per column")
    g.note("the merged «Разом» cell spans № and category; the reader prints it once")
    g.note("prose repeats Разом завершено (35) and позитивно (29): two more facts, as a total written twice is two facts")
    g.note("«перебувало 58 сімей» → served (alt support_ongoing), as the seed gold does for «перебувало під супроводом»")
    g.note("staff: «9 посад, з них 6 посад фахівців» → two staff_positions facts (the 6 a part of the 9)")
    g.write()


if __name__ == "__main__":
    main()
