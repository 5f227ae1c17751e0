"""b110_02: ЦСС Пристоличної сільської ради (Київська, с. Щасливе), information for H1 2025.
DOCX, first person plural, a table by service with an IDP column. Slip: percent_mismatch."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

DOC = "b110_02_shchaslyve_css_h1_2025.docx"

ROWS = [
    ("1.", "Інформування", "412", "88", "603"),
    ("2.", "Консультування", "356", "97", "1 148"),
    ("3.", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "41", "9", "286"),
    ("4.", "Соціальне супроводження прийомних сімей та ДБСТ", "6", "–", "72"),
    ("5.", "Соціальна профілактика", "128", "23", "211"),
    ("6.", "Екстрене (кризове) втручання", "7", "3", "19"),
    ("", "Усього", "950", "220", "2 339"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    def para(text, bold=False, center=False, italic=False):
        p = d.add_paragraph()
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p
    para("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ПРИСТОЛИЧНОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
    para("08325, Київська обл., Бориспільський р-н, с. Щасливе, вул. Фестивальна, 3; "
         "тел. (04595) 0-41-62; css.prystolychna@example.ua; ЄДРПОУ 44218730", center=True, italic=True)
    para("Інформація про роботу центру соціальних служб за І півріччя 2025 року", bold=True, center=True)
    para("Центр діє відповідно до Положення, затвердженого рішенням сільської ради від 22.12.2022 "
         "№ 1245-31-VIII, і надає соціальні послуги мешканцям громади, де проживає понад 24 тис. осіб, "
         "серед них близько 3,1 тис. внутрішньо переміщених.")
    para("Виявлення сімей у складних життєвих обставинах", bold=True)
    para("Упродовж січня – червня 2025 року до нас надійшли повідомлення про 64 сім'ї, які можуть "
         "перебувати у складних життєвих обставинах (у І півріччі 2024 року – 57). У 5 випадках "
         "інформація не підтвердилася, у 59 сім'ях СЖО встановлено. Оцінку потреб ми провели "
         "71 сім'ї/особі, зокрема за зверненнями, що надійшли ще у грудні 2024 року.")
    para("Надання соціальних послуг", bold=True)
    para("Загалом соціальними послугами ми охопили 950 сімей/осіб, яким надано 2 339 послуг "
         "(таблиця 1).")
    para("Таблиця 1. Соціальні послуги, надані у І півріччі 2025 року", italic=True)
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("№ з/п", "Послуга", "Сімей/осіб", "у т. ч. ВПО", "Надано послуг")):
        c.text = h
    for row in ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    para("")
    para("Соціальний супровід", bold=True)
    para("Під соціальним супроводом у звітному періоді перебувала 41 сім'я, у яких виховується 87 дітей. "
         "Серед них 9 – сім'ї внутрішньо переміщених осіб (26,8 %). Чотирнадцять сімей ми взяли під "
         "супровід уперше. Завершили надання послуги 12 сім'ям: з позитивним результатом – 9 (75 %), "
         "мінімізовано складні життєві обставини – 2 (16,7 %), з негативним результатом – 1 (8,3 %). "
         "На 30.06.2025 супровід триває для 29 сімей.")
    para("Ми супроводжуємо 4 прийомні сім'ї та 2 дитячі будинки сімейного типу, у яких виховуються "
         "23 дитини віком від 3 до 17 років. Кожну сім'ю відвідуємо не рідше одного разу на місяць.")
    para("Профілактична робота", bold=True)
    para("Проведено 11 групових заходів (тренінги для батьків, заняття «Школи відповідального "
         "батьківства»), участь у яких взяли 186 осіб. На «гарячу лінію» центру надійшло 73 дзвінки.")
    para("Кадри", bold=True)
    para("Штатний розпис центру – 9 посад, фактично працює 8 фахівців. Двоє фахівців із соціальної "
         "роботи пройшли навчання за програмою підготовки кандидатів у прийомні батьки (40 годин). "
         "Скарг на нашу роботу не надходило.")
    para("У ІІІ кварталі плануємо відкрити консультаційний пункт у с. Чубинське та охопити "
         "послугою консультування не менше 150 осіб.")
    para("Директор центру                                    (підпис)")
    para("Вих. № 02-14/318 від 07.07.2025")
    save_docx(d, path, author="ЦСС Пристоличної сільської ради")


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Пристоличної сільської ради",
        "centre_type": "css", "settlement": "Щасливе", "oblast": "Київська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
        {"settlement": ["Пристолична сільська громада", "Пристолична громада"]})
    f = g.f
    no = f("notified", "families", 64, "надійшли повідомлення про 64 сім'ї")
    sjo = f("in_difficult_circumstances", "families", 59, "у 59 сім'ях СЖО встановлено", parent=no)
    na = f("needs_assessed", "families_persons", 71, "Оцінку потреб ми провели \n71 сім'ї/особі".replace(" \n", " "))
    tot_p = f("served", "families_persons", 950, "соціальними послугами ми охопили 950 сімей/осіб")
    tot_ps = f("services_provided", "services", 2339, "яким надано 2 339 послуг")
    svc = {"Інформування": "informing", "Консультування": "counselling",
           "Соціальний супровід сімей (осіб), які перебувають у СЖО": "social_support_sjo",
           "Соціальне супроводження прийомних сімей та ДБСТ": "social_support_foster",
           "Соціальна профілактика": "social_prevention", "Екстрене (кризове) втручання": "crisis_intervention"}
    total = ROWS[-1]
    tq = "\t".join(x for x in total if x)
    T1 = f("served", "families_persons", 950, tq, label="Усього")
    T2 = f("served", "families_persons", 220, tq, label="Усього", category="внутрішньо переміщені особи", parent=T1)
    T3 = f("services_provided", "services", 2339, tq, label="Усього")
    cells = {}
    for row in ROWS[:-1]:
        q = "\t".join(row)
        s = svc[row[1]]
        a = f("served", "families_persons", int(row[2]), q, service=s, group="t1_served", parent=T1)
        b = None
        if row[3] != "–":
            b = f("served", "families_persons", int(row[3]), q, service=s, category="внутрішньо переміщені особи",
                  group="t1_idp", parent=T2)
        c = f("services_provided", "services", int(row[4].replace(" ", "")), q, service=s, group="t1_services", parent=T3)
        cells[s] = (a, b, c)
    sup = f("served", "families", 41, "Під соціальним супроводом у звітному періоді перебувала 41 сім'я",
            service="social_support_sjo", alt=["support_ongoing"])
    ch = f("served", "children", 87, "у яких виховується 87 дітей", service="social_support_sjo",
           alt=["support_ongoing"], parent=sup)
    idp = f("served", "families", 9, "Серед них 9 – сім'ї внутрішньо переміщених осіб (26,8 %)", percent=26.8,
            service="social_support_sjo", category="внутрішньо переміщені особи", parent=sup)
    st = f("support_started", "families", 14, "Чотирнадцять сімей ми взяли під супровід уперше",
           service="social_support_sjo", parent=sup, note="number written in words")
    comp = f("support_completed", "families", 12, "Завершили надання послуги 12 сім'ям", service="social_support_sjo",
             parent=sup)
    G = "completed_12_by_result"
    o1 = f("outcome_positive", "families", 9, "з позитивним результатом – 9 (75 %)", percent=75,
           service="social_support_sjo", group=G, parent=comp)
    o2 = f("outcome_minimized", "families", 2, "мінімізовано складні життєві обставини – 2 (16,7 %)", percent=16.7,
           service="social_support_sjo", group=G, parent=comp)
    o3 = f("outcome_negative", "families", 1, "з негативним результатом – 1 (8,3 %)", percent=8.3,
           service="social_support_sjo", group=G, parent=comp)
    ong = f("support_ongoing", "families", 29, "супровід триває для 29 сімей", service="social_support_sjo", parent=sup)
    fs1 = f("served", "families", 4, "Ми супроводжуємо 4 прийомні сім'ї", service="social_support_foster",
            category="прийомні сім'ї", group="foster_6_by_form", parent=cells["social_support_foster"][0])
    fs2 = f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
            category="дитячі будинки сімейного типу", group="foster_6_by_form", parent=cells["social_support_foster"][0])
    fch = f("served", "children", 23, "у яких виховуються \n23 дитини".replace(" \n", " "), service="social_support_foster",
            parent=cells["social_support_foster"][0])
    ev = f("events", "events", 11, "Проведено 11 групових заходів")
    evp = f("event_participants", "persons", 186, "участь у яких взяли 186 осіб", parent=ev)
    calls = f("calls", "calls", 73, "надійшло 73 дзвінки")
    pos = f("staff_positions", "positions", 9, "Штатний розпис центру – 9 посад")
    act = f("staff_actual", "staff", 8, "фактично працює 8 фахівців")
    tr = f("staff_trained", "staff", 2, "Двоє фахівців із соціальної роботи пройшли навчання", note="number in words")
    cpl = f("complaints", "complaints", 0, "Скарг на нашу роботу не надходило")

    g.slip("percent_mismatch", "error", "Серед них 9 – сім'ї внутрішньо переміщених осіб (26,8 %)", 26.8, 22.0,
           [idp, sup], "9 of the 41 families under support is 21,95 % → 22,0 %, not 26,8 % (26,8 % would be 11 of 41)",
           f"pct_ok({idp.replace('f', 'p')}, {idp}, {sup}, 1)")
    g.check("parts_sum", tq, "table column «Сімей/осіб»: 412 + 356 + 41 + 6 + 128 + 7 = 950",
            " + ".join(cells[s][0] for s in cells) + f" == {T1}")
    g.check("parts_sum", tq, "table column «у т. ч. ВПО»: 88 + 97 + 9 + 23 + 3 = 220 (foster row «–»)",
            " + ".join(cells[s][1] for s in cells if cells[s][1]) + f" == {T2}")
    g.check("parts_sum", tq, "table column «Надано послуг»: 603 + 1 148 + 286 + 72 + 211 + 19 = 2 339",
            " + ".join(cells[s][2] for s in cells) + f" == {T3}")
    g.check("internal_conflict", "соціальними послугами ми охопили 950 сімей/осіб, яким надано 2 339 послуг",
            "prose totals equal the table's Усього row", f"{tot_p} == {T1} and {tot_ps} == {T3}")
    g.check("internal_conflict", "Під соціальним супроводом у звітному періоді перебувала 41 сім'я",
            "41 families under support in prose = the table's support row; 9 IDP families = its IDP cell",
            f"{sup} == {cells['social_support_sjo'][0]} and {idp} == {cells['social_support_sjo'][1]}")
    g.check("parts_sum", "У 5 випадках \nінформація не підтвердилася".replace(" \n", " "),
            "64 notified − 5 not confirmed = 59 in СЖО", f"{no} - 5 == {sjo}")
    g.check("parts_sum", "Завершили надання послуги 12 сім'ям", "results 9 + 2 + 1 = 12",
            f"{o1} + {o2} + {o3} == {comp}")
    g.check("percent_mismatch", "з позитивним результатом – 9 (75 %)", "9/12 = 75 %, 2/12 = 16,7 %, 1/12 = 8,3 %",
            f"pct_ok(p{o1[1:]}, {o1}, {comp}, 0) and pct_ok(p{o2[1:]}, {o2}, {comp}, 1) and pct_ok(p{o3[1:]}, {o3}, {comp}, 1)")
    g.check("percents_sum", "з позитивним результатом – 9 (75 %)", "75 + 16,7 + 8,3 = 100 %",
            f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "На 30.06.2025 супровід триває для 29 сімей",
            "41 under support − 12 completed = 29 continuing; 14 new ≤ 41", f"{sup} - {comp} == {ong} and {st} <= {sup}")
    g.check("parts_sum", "Ми супроводжуємо 4 прийомні сім'ї та 2 дитячі будинки сімейного типу",
            "4 foster families + 2 ДБСТ = 6, the table's foster row", f"{fs1} + {fs2} == {cells['social_support_foster'][0]}")
    g.check("parts_sum", "фактично працює 8 фахівців", "8 ≤ 9 positions; 2 trained ≤ 8", f"{act} <= {pos} and {tr} <= {act}")

    g.skip("08325, Київська обл., Бориспільський р-н, с. Щасливе, вул. Фестивальна, 3", [8325, 3], "postcode, address")
    g.skip("тел. (04595) 0-41-62", [4595, 4162], "phone")
    g.skip("ЄДРПОУ 44218730", [44218730], "ЄДРПОУ")
    g.skip("за І півріччя 2025 року", [2025], "period in the title")
    g.skip("рішенням сільської ради від 22.12.2022 \n№ 1245-31-VIII".replace(" \n", " "), [22, 12, 2022, 1245, 31], "decision date and number")
    g.skip("понад 24 тис. осіб, \nсеред них близько 3,1 тис. внутрішньо переміщених".replace(" \n", " "), [24000, 3100], "population")
    g.skip("Упродовж січня – червня 2025 року", [2025], "period")
    g.skip("(у І півріччі 2024 року – 57)", [2024, 57], "prior-year figure")
    g.skip("У 5 випадках \nінформація не підтвердилася".replace(" \n", " "), [5], "unconfirmed notifications (no §3 id; used as a literal in a check)")
    g.skip("що надійшли ще у грудні 2024 року", [2024], "date")
    g.skip("Таблиця 1. Соціальні послуги, надані у І півріччі 2025 року", [1, 2025], "table number, period")
    g.skip("1.\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers 1.–6.")
    g.skip("На 30.06.2025", [30, 6, 2025], "date")
    g.skip("віком від 3 до 17 років", [3, 17], "ages")
    g.skip("не рідше одного разу на місяць", [1], "visit frequency")
    g.skip("(40 годин)", [40], "duration")
    g.skip("У ІІІ кварталі плануємо відкрити консультаційний пункт у с. Чубинське та охопити \nпослугою консультування не менше 150 осіб".replace(" \n", " "), [3, 150], "plan")
    g.skip("Вих. № 02-14/318 від 07.07.2025", [2, 14, 318, 7, 7, 2025], "outgoing number and date")

    g.note("table 1: every cell is a fact quoted by its row (tab-separated); rows hang on the Усього cell of their column, one group per column; the «–» in the foster row's IDP cell is no fact")
    g.note("«Сімей/осіб» → unit families_persons; the prose total 950 and 2 339 repeat the table's Усього row: two facts each")
    g.note("the 41 families under support and their 9 IDP families are written in the table and again in prose: two facts each. The prose percentage (26,8 %) of the 9 is wrong (planted slip)")
    g.note("«Чотирнадцять сімей ми взяли під супровід уперше» and «Двоє фахівців» are numbers in words → facts (14, 2)")
    g.note("«перебувала під супроводом» → served (alt support_ongoing); «супровід триває для 29 сімей» on 30.06 → support_ongoing")
    g.note("the 4 foster families and 2 ДБСТ (with 23 children) hang on the table's foster row (6)")
    g.note("«Оцінку потреб ми провели 71 сім'ї/особі» → needs_assessed, unit families_persons; the 5 unconfirmed notifications have no §3 id (skipped, used as a literal)")
    g.write()


if __name__ == "__main__":
    build(report_path(DOC))
    gold()
