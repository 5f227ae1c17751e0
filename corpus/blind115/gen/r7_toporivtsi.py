"""b115_07: ЦСС Топорівської сільської ради (Чернівецька), letter «Про уточнення даних» correcting the
report for 2024. DOCX letter: letterhead, outgoing/incoming numbers, a «Було | Стало» table, prose
«помилково зазначено … – слід читати …», and a list of figures that stay unchanged.
Slip: parts_sum (after the correction, 6 completed ≠ 4 positive + 1 + 2 unchanged = 7)."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import Gold, report_path, save_docx

DOC = "b115_07_toporivtsi_css_annual2024.docx"

TABLE = [
    ("1", "Сімей, які перебували під соціальним супроводом", "41", "14"),
    ("2", "у них дітей", "23", "32"),
    ("3", "Сімей, з якими завершено соціальний супровід", "9", "6"),
    ("4", "з них з позитивним результатом (СЖО подолано)", "6", "4"),
    ("5", "Отримувачів послуги консультування, осіб", "218", "281"),
    ("6", "Надано послуг консультування", "396", "639"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    p = d.add_paragraph("ТОПОРІВСЬКА СІЛЬСЬКА РАДА\nЦЕНТР СОЦІАЛЬНИХ СЛУЖБ")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("59330, Чернівецька обл., Чернівецький р-н, с. Топорівці, вул. Головна, 112, "
                        "тел. (03733) 0-52-64, e-mail: css.toporivtsi@example.ua, код ЄДРПОУ 44102873")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("24.02.2025 № 01-12/37                    На № 01-23/418 від 12.02.2025")
    p = d.add_paragraph("Чернівецький обласний центр\nсоціальних служб")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Про уточнення даних")
    d.add_paragraph(
        "На Ваш лист щодо розбіжностей у звітних даних Центр соціальних служб Топорівської сільської ради "
        "повідомляє, що у звіті про роботу Центру за 2024 рік (лист від 17.01.2025 № 01-12/9) через технічну "
        "помилку під час заповнення окремі показники зазначено неправильно. Просимо вважати правильними такі дані:")
    d.add_paragraph("Уточнені показники роботи Центру за 2024 рік")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("№ з/п", "Показник", "Було", "Стало")):
        t.rows[0].cells[i].text = h
    for r in TABLE:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Крім того, у розділі 3 звіту помилково зазначено, що натуральну допомогу отримали 56 осіб, – слід читати "
        "65 осіб; вартість наданої допомоги помилково зазначено 121,7 тис. грн – слід читати 112,7 тис. грн. "
        "У розділі 5 помилково вказано 17 проведених групових заходів – слід читати 12 заходів; кількість їх "
        "учасників (214 осіб) зазначено правильно.")
    d.add_paragraph("Решта показників звіту залишається без змін:")
    for s in ("надійшли повідомлення щодо 23 сімей, які можуть перебувати у складних життєвих обставинах;",
              "оцінку потреб проведено 21 сім'ї;",
              "взято під соціальний супровід 8 сімей;",
              "завершено супровід у зв'язку зі зміною місця проживання – 1 сім'ї, у зв'язку з відмовою від "
              "послуги – 2 сім'ям;",
              "під соціальним супроводом перебували 3 прийомні сім'ї, в яких виховується 9 дітей;",
              "послугу інформування отримали 347 осіб;",
              "на телефон Центру надійшло 19 дзвінків, скарг не надходило;",
              "штатна чисельність – 5 посад, фактично працює 5 фахівців."):
        d.add_paragraph(s, style="List Dash" if "List Dash" in [x.name for x in d.styles] else "List Bullet")
    d.add_paragraph(
        "Уточнений звіт буде розміщено на офіційному вебсайті Топорівської сільської ради до 28.02.2025. "
        "Приносимо вибачення за допущену помилку.")
    d.add_paragraph("Директор                                             ____________")
    d.add_paragraph("Виконавець: тел. (03733) 0-52-61")
    save_docx(d, path, author="ЦСС Топорівці")


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Топорівської сільської ради",
        "centre_type": "css",
        "settlement": "Топорівці",
        "oblast": "Чернівецька",
        "report_kind": "other",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, meta_alt={"report_kind": ["annual_report"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    rq = {r[0]: "\t".join(r) for r in TABLE}
    sup = f("served", "families", 14, rq["1"], service="social_support_sjo", alt=["support_ongoing"], label="уточнено (Стало)")
    supc = f("served", "children", 32, rq["2"], service="social_support_sjo", alt=["support_ongoing"],
             label="уточнено (Стало)", parent=sup)
    sc = f("support_completed", "families", 6, rq["3"], service="social_support_sjo", label="уточнено (Стало)", parent=sup)
    op = f("outcome_positive", "families", 4, rq["4"], label="уточнено (Стало)", group="completed_6_by_outcome", parent=sc)
    cs = f("served", "persons", 281, rq["5"], service="counselling", label="уточнено (Стало)")
    csp = f("services_provided", "services", 639, rq["6"], service="counselling", label="уточнено (Стало)")
    nat = f("served", "persons", 65, "слід читати 65 осіб", service="natural_aid", label="уточнено")
    aid = f("aid_value", "uah", 112700, "слід читати 112,7 тис. грн", label="уточнено")
    ev = f("events", "events", 12, "слід читати 12 заходів", label="уточнено")
    evp = f("event_participants", "persons", 214, "кількість їх учасників (214 осіб) зазначено правильно", parent=ev,
            label="без змін")
    nt = f("notified", "families", 23, "надійшли повідомлення щодо 23 сімей", label="без змін")
    na = f("needs_assessed", "families", 21, "оцінку потреб проведено 21 сім'ї", label="без змін")
    ss = f("support_started", "families", 8, "взято під соціальний супровід 8 сімей", service="social_support_sjo",
           label="без змін", parent=sup)
    o1 = f("outcome_other", "families", 1, "у зв'язку зі зміною місця проживання – 1 сім'ї",
           label="зміна місця проживання (без змін)", group="completed_6_by_outcome", parent=sc)
    o2 = f("outcome_other", "families", 2, "у зв'язку з відмовою від послуги – 2 сім'ям",
           label="відмова від послуги (без змін)", group="completed_6_by_outcome", parent=sc)
    fo = f("served", "families", 3, "під соціальним супроводом перебували 3 прийомні сім'ї", service="social_support_foster",
           alt=["support_ongoing"], label="без змін")
    foc = f("served", "children", 9, "в яких виховується 9 дітей", service="social_support_foster",
            alt=["support_ongoing"], parent=fo)
    inf = f("served", "persons", 347, "послугу інформування отримали 347 осіб", service="informing", label="без змін")
    cl = f("calls", "calls", 19, "на телефон Центру надійшло 19 дзвінків", label="без змін")
    cm = f("complaints", "complaints", 0, "скарг не надходило", label="без змін")
    pos = f("staff_positions", "positions", 5, "штатна чисельність – 5 посад", label="без змін")
    act = f("staff_actual", "staff", 5, "фактично працює 5 фахівців", label="без змін")

    g.slip("parts_sum", "error", "завершено супровід у зв'язку зі зміною місця проживання – 1 сім'ї, у зв'язку з відмовою від послуги – 2 сім'ям",
           7, 6, [sc, op, o1, o2],
           "after the correction the 6 families whose support was completed (Стало) are 4 with a positive result "
           "(Стало) + 1 moved + 2 refused (both «без змін») = 7. The old figures added up (6 + 1 + 2 = 9); the "
           "notice corrected the total and one part but not the rest",
           f"f{n(op)} + f{n(o1)} + f{n(o2)} == f{n(sc)}")
    g.check("parts_sum", rq["3"], "6 completed and 8 taken ≤ 14 under support; 4 ≤ 6",
            f"f{n(sc)} <= f{n(sup)} and f{n(ss)} <= f{n(sup)} and f{n(op)} <= f{n(sc)}")
    g.check("parts_sum", "оцінку потреб проведено 21 сім'ї", "21 assessed ≤ 23 notified", f"f{n(na)} <= f{n(nt)}")
    g.check("parts_sum", "штатна чисельність – 5 посад, фактично працює 5 фахівців", "5 = 5", f"f{n(act)} <= f{n(pos)}")

    g.skip("59330, Чернівецька обл., Чернівецький р-н, с. Топорівці, вул. Головна, 112, тел. (03733) 0-52-64",
           [59330, 112, 3733, 5264], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44102873", [44102873], "ЄДРПОУ")
    g.skip("24.02.2025 № 01-12/37", [24, 2, 2025, 1, 12, 37], "letter date and outgoing number")
    g.skip("На № 01-23/418 від 12.02.2025", [1, 23, 418, 12, 2, 2025], "incoming number and date")
    g.skip("у звіті про роботу Центру за 2024 рік (лист від 17.01.2025 № 01-12/9)", [2024, 17, 1, 2025, 1, 12, 9],
           "year, date and number of the earlier letter")
    g.skip("Уточнені показники роботи Центру за 2024 рік", [2024], "year")
    g.skip("1\tСімей, які перебували під соціальним супроводом\t41", [1, 2, 3, 4, 5, 6], "row numbers of the table")
    g.skip("1\tСімей, які перебували під соціальним супроводом\t41", [41, 23, 9, 6, 218, 396],
           "«Було» column: the erroneous figures of the earlier report, replaced by «Стало»; not facts")
    g.skip("помилково зазначено, що натуральну допомогу отримали 56 осіб", [56], "erroneous figure (replaced)")
    g.skip("вартість наданої допомоги помилково зазначено 121,7 тис. грн", [121.7], "erroneous figure (replaced)")
    g.skip("У розділі 5 помилково вказано 17 проведених групових заходів", [5, 17], "section number; erroneous figure (replaced)")
    g.skip("у розділі 3 звіту", [3], "section number")
    g.skip("до 28.02.2025", [28, 2, 2025], "deadline")
    g.skip("Виконавець: тел. (03733) 0-52-61", [3733, 5261], "phone")

    g.note("a notice of corrected figures: report_kind other (annual_report accepted), period 2024 (the report it corrects)")
    g.note("facts are the corrected figures («Стало», «слід читати») and the figures the notice states unchanged («без змін», «зазначено правильно»); the erroneous ones («Було», «помилково зазначено») are skipped. A table row is quoted whole, so its quote holds both the old and the new value; the fact's value is the «Стало» cell")
    g.note("labels «уточнено (Стало)», «уточнено», «без змін» tell corrected from unchanged figures")
    g.note("«23» is both an erroneous «Було» cell (children, row 2) and an unchanged fact (notified families): only the latter is a fact")
    g.note("«у них дітей» (row 2) hangs on row 1; «з них з позитивним результатом» (row 4) is a part of row 3, with the unchanged outcome reasons in one group")
    g.note("foster families under support (3) → served social_support_foster (alt support_ongoing)")
    g.write()


if __name__ == "__main__":
    main()
