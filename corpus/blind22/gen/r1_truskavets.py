"""b22_01: Центр соціальних служб Трускавецької міської ради (Львівська), annual report 2024, DOCX.

Voice: long official sentences, numbered sections, «10 154»-style thousands, percentages as
«що становить 59,9 %» and in brackets, one table by service with a «з них дітей» column.
Planted slips: none.
"""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b22_01_truskavets_css_annual2024.docx"

ROWS = [  # № , name, recipients, children, services, service id
    ("1", "Інформування", "612", "–", "3 870", "informing"),
    ("2", "Консультування", "531", "118", "4 215", "counselling"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах",
     "58", "121", "1 096", "social_support_sjo"),
    ("4", "Соціальне супроводження прийомних сімей та дитячих будинків сімейного типу",
     "6", "17", "212", "social_support_foster"),
    ("5", "Екстрене (кризове) втручання", "19", "7", "64", "crisis_intervention"),
    ("6", "Соціальна адаптація", "43", "–", "311", "social_adaptation"),
    ("7", "Представництво інтересів", "24", "9", "48", "representation"),
    ("8", "Натуральна допомога", "145", "–", "338", "natural_aid"),
]
TOTAL = ("Усього", "1 438", "272", "10 154")

HEAD = [
    "ТРУСКАВЕЦЬКА МІСЬКА РАДА",
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ТРУСКАВЕЦЬКОЇ МІСЬКОЇ РАДИ",
    "82200, Львівська обл., м. Трускавець, вул. Бориславська, 14; тел. (03247) 0-51-73; "
    "e-mail: css.truskavets@example.ua; код ЄДРПОУ 44018736",
]
S1 = [
    "Центр соціальних служб Трускавецької міської ради (далі – Центр) утворено відповідно до рішення "
    "Трускавецької міської ради від 23.12.2020 № 45 як спеціальний заклад, що надає соціальні послуги "
    "сім'ям, дітям та молоді, які перебувають у складних життєвих обставинах і потребують сторонньої "
    "допомоги. Центр обслуговує мешканців міста Трускавця та 3 сіл громади із загальною чисельністю "
    "населення понад 28 тис. осіб.",
    "Штатним розписом Центру на 2024 рік затверджено 14,5 посади, фактично працює 13 фахівців. "
    "Протягом року 9 працівників підвищили свою кваліфікацію на тренінгах та вебінарах, організованих "
    "Львівським обласним центром соціальних служб.",
]
S2 = [
    "Протягом звітного року до Центру надійшли повідомлення про 186 сімей (осіб), які можуть перебувати "
    "у складних життєвих обставинах (у 2023 році – про 164). Оцінку потреб здійснено 162 сім'ям "
    "(особам), з них складні життєві обставини виявлено у 97 сімей (осіб), що становить 59,9 % від "
    "числа оцінених. Щодо 24 повідомлень інформація не підтвердилася.",
]
S3 = [
    "У 2024 році Центром охоплено соціальними послугами 1 438 сімей/осіб, яким надано 10 154 соціальні "
    "послуги (у 2023 році – 1 296 сімей/осіб і 9 017 послуг; кількість отримувачів зросла на 11 %). "
    "Розподіл за видами послуг наведено в таблиці 1.",
]
S4 = [
    "Послугою соціального супроводу у 2024 році було охоплено 58 сімей, у яких виховується 121 дитина. "
    "Серед них 14 сімей внутрішньо переміщених осіб (24,1 %) та 9 сімей військовослужбовців і ветеранів "
    "війни (15,5 %). Упродовж року під соціальний супровід взято 31 сім'ю, решта отримували послугу з "
    "попереднього року.",
    "Завершено надання послуги 30 сім'ям, а саме: з позитивним результатом (подолання складних "
    "життєвих обставин) – 22 сім'ям (73,3 %), з мінімізацією складних життєвих обставин – 5, у зв'язку "
    "зі зміною місця проживання – 2, у зв'язку з відмовою отримувача від послуги – 1. Станом на "
    "31.12.2024 соціальний супровід продовжується для 28 сімей. Середня тривалість супроводу "
    "становила 7 місяців.",
]
S5 = [
    "Центр здійснює соціальне супроводження 4 прийомних сімей та 2 дитячих будинків сімейного типу, в "
    "яких виховується 17 дітей-сиріт і дітей, позбавлених батьківського піклування. Кожну сім'ю "
    "фахівці відвідують не рідше ніж 1 раз на місяць.",
]
S6 = [
    "Проведено 46 групових заходів (тренінги, батьківські клуби, заняття «Школи відповідального "
    "батьківства»), якими охоплено 683 особи, з них 412 дітей та підлітків віком від 10 до 17 років.",
]
S7 = ["Скарг на якість надання соціальних послуг протягом 2024 року до Центру не надходило."]
S8 = [
    "Кошторисом Центру на 2024 рік по загальному фонду затверджено 5 836,2 тис. грн, касові видатки "
    "склали 5 790,4 тис. грн, або 99,2 % від затверджених призначень. Залишок невикористаних "
    "асигнувань (економія) – 45,8 тис. грн, переважно за КЕКВ 2273 «Оплата електроенергії».",
]
S9 = [
    "У 2025 році Центр планує охопити соціальним супроводом не менше 60 сімей та запровадити послугу "
    "підтриманого проживання для 5 осіб з числа молоді віком від 18 до 23 років.",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for i, line in enumerate(HEAD):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i < 2:
            p.runs[0].bold = True
    t = d.add_paragraph("ЗВІТ")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.runs[0].bold = True
    t = d.add_paragraph("про діяльність Центру соціальних служб Трускавецької міської ради за 2024 рік")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for title, paras in (("1. Загальні відомості", S1),
                         ("2. Виявлення сімей (осіб), які перебувають у складних життєвих обставинах", S2),
                         ("3. Надання соціальних послуг", S3)):
        d.add_heading(title, level=2)
        for x in paras:
            d.add_paragraph(x)
    d.add_paragraph("Таблиця 1. Надання соціальних послуг Центром у 2024 році")
    tb = d.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ("№ з/п", "Назва соціальної послуги", "Отримувачі, сімей/осіб",
                                        "з них дітей", "Надано послуг")):
        c.text = h
    for r in ROWS:
        cells = tb.add_row().cells
        for c, v in zip(cells, r[:5]):
            c.text = v
    cells = tb.add_row().cells
    m = cells[0].merge(cells[1])
    m.text = TOTAL[0]
    cells[2].text, cells[3].text, cells[4].text = TOTAL[1:]
    for title, paras in (("4. Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", S4),
                         ("5. Соціальне супроводження прийомних сімей та дитячих будинків сімейного типу", S5),
                         ("6. Профілактична робота", S6),
                         ("7. Звернення громадян", S7),
                         ("8. Фінансування", S8),
                         ("9. Завдання на 2025 рік", S9)):
        d.add_heading(title, level=2)
        for x in paras:
            d.add_paragraph(x)
    d.add_paragraph("Директор Центру соціальних служб                    (підпис)")
    d.add_paragraph("Вих. № 03-11/27 від 15.01.2025")
    fix_docx_props(d, author="ЦСС Трускавець")
    d.save(path)
    freeze_zip(path)


def num(s):
    return int(s.replace(" ", ""))


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Трускавецької міської ради",
        "centre_type": "css",
        "settlement": "Трускавець",
        "oblast": "Львівська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    f = g.f
    f("staff_positions", "positions", 14.5, "затверджено 14,5 посади")
    f("staff_actual", "staff", 13, "фактично працює 13 фахівців")
    f("staff_trained", "staff", 9, "Протягом року 9 працівників підвищили свою кваліфікацію")
    f("notified", "families_persons", 186, "надійшли повідомлення про 186 сімей (осіб)")
    f("needs_assessed", "families_persons", 162, "Оцінку потреб здійснено 162 сім'ям (особам)")
    f("in_difficult_circumstances", "families_persons", 97, "з них складні життєві обставини виявлено у 97 сімей (осіб), що становить 59,9 %",
      percent=59.9, parent="f5")
    f("served", "families_persons", 1438, "Центром охоплено соціальними послугами 1 438 сімей/осіб")      # f7
    f("services_provided", "services", 10154, "яким надано 10 154 соціальні послуги")                    # f8
    tq = "\t".join(TOTAL)
    t_rec = f("served", "families_persons", 1438, tq, label="Усього (таблиця 1)")                       # f9
    t_ch = f("served", "children", 272, tq, label="Усього (таблиця 1), з них дітей", parent=t_rec)      # f10
    t_sv = f("services_provided", "services", 10154, tq, label="Усього (таблиця 1)")                     # f11
    rec_ids, ch_ids, sv_ids = [], [], []
    for r in ROWS:
        q = "\t".join(r[:5])
        rid = f("served", "families_persons", num(r[2]), q, service=r[5], group="table1_recipients_by_service",
                parent=t_rec)
        rec_ids.append(rid)
        if r[3] != "–":
            ch_ids.append(f("served", "children", num(r[3]), q, service=r[5], group="table1_children_by_service",
                            parent=t_ch))
        sv_ids.append(f("services_provided", "services", num(r[4]), q, service=r[5],
                        group="table1_services_by_service", parent=t_sv))
    # rec_ids: f12 f15 f18 f21 f24 f27 f29 f32 ; children f16 f19 f22 f25 f28 ; services f14 ...
    sjo = f("served", "families", 58, "Послугою соціального супроводу у 2024 році було охоплено 58 сімей",
            service="social_support_sjo")
    sjo_ch = f("served", "children", 121, "у яких виховується 121 дитина", service="social_support_sjo", parent=sjo)
    idp = f("served", "families", 14, "Серед них 14 сімей внутрішньо переміщених осіб (24,1 %)",
            service="social_support_sjo", category="внутрішньо переміщені особи", percent=24.1, parent=sjo)
    mil = f("served", "families", 9, "9 сімей військовослужбовців і ветеранів війни (15,5 %)",
            service="social_support_sjo", category="сім'ї військовослужбовців і ветеранів війни", percent=15.5,
            parent=sjo)
    st = f("support_started", "families", 31, "Упродовж року під соціальний супровід взято 31 сім'ю",
           service="social_support_sjo", parent=sjo)
    comp = f("support_completed", "families", 30, "Завершено надання послуги 30 сім'ям",
             service="social_support_sjo", parent=sjo)
    pos = f("outcome_positive", "families", 22, "з позитивним результатом (подолання складних життєвих обставин) – 22 сім'ям (73,3 %)",
            percent=73.3, service="social_support_sjo", group="completed_30_by_outcome", parent=comp)
    mini = f("outcome_minimized", "families", 5, "з мінімізацією складних життєвих обставин – 5",
             service="social_support_sjo", group="completed_30_by_outcome", parent=comp)
    mv = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", label="зміна місця проживання",
           service="social_support_sjo", group="completed_30_by_outcome", parent=comp)
    rf = f("outcome_other", "families", 1, "у зв'язку з відмовою отримувача від послуги – 1",
           label="відмова отримувача від послуги", service="social_support_sjo", group="completed_30_by_outcome",
           parent=comp)
    ong = f("support_ongoing", "families", 28, "соціальний супровід продовжується для 28 сімей",
            service="social_support_sjo", alt=["served"])
    pf = f("served", "families", 4, "соціальне супроводження 4 прийомних сімей", service="social_support_foster",
           category="прийомні сім'ї")
    db = f("served", "families", 2, "2 дитячих будинків сімейного типу", service="social_support_foster",
           category="дитячі будинки сімейного типу")
    fch = f("served", "children", 17, "в яких виховується 17 дітей-сиріт і дітей, позбавлених батьківського піклування",
            service="social_support_foster", category="діти-сироти, діти, позбавлені батьківського піклування",
            note="children of both the 4 foster families and the 2 family-type homes; no single families row to hang on")
    ev = f("events", "events", 46, "Проведено 46 групових заходів")
    ep = f("event_participants", "persons", 683, "якими охоплено 683 особи", parent=ev)
    epc = f("event_participants", "children", 412, "з них 412 дітей та підлітків", category="діти та підлітки", parent=ep)
    cpl = f("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг протягом 2024 року до Центру не надходило.")
    ap = f("budget_approved", "uah", 5836200, "Кошторисом Центру на 2024 рік по загальному фонду затверджено 5 836,2 тис. грн",
           label="загальний фонд")
    sp = f("budget_spent", "uah", 5790400, "касові видатки склали 5 790,4 тис. грн, або 99,2 %", percent=99.2,
           label="загальний фонд")
    sv = f("budget_savings", "uah", 45800, "(економія) – 45,8 тис. грн", label="загальний фонд",
           note="«переважно за КЕКВ 2273» names where most of it came from; the amount is not a KEKV line, so no kekv")

    R = rec_ids
    g.check("table_arithmetic", tq, "recipients: 612 + 531 + 58 + 6 + 19 + 43 + 24 + 145 = 1 438",
            " + ".join(R) + f" == {t_rec}")
    g.check("table_arithmetic", tq, "children: 118 + 121 + 17 + 7 + 9 = 272", " + ".join(ch_ids) + f" == {t_ch}")
    g.check("table_arithmetic", tq, "services: 3 870 + 4 215 + 1 096 + 212 + 64 + 311 + 48 + 338 = 10 154",
            " + ".join(sv_ids) + f" == {t_sv}")
    g.check("internal_conflict", "Центром охоплено соціальними послугами 1 438 сімей/осіб, яким надано 10 154 соціальні послуги",
            "prose totals equal the table's Усього row (1 438 and 10 154)", f"f7 == {t_rec} and f8 == {t_sv}")
    g.check("parts_sum", "Оцінку потреб здійснено 162 сім'ям (особам)",
            "162 assessed + 24 not confirmed = 186 notified; 97 in СЖО ≤ 162", "f5 + 24 == f4 and f6 <= f5")
    g.check("percent_mismatch", "складні життєві обставини виявлено у 97 сімей (осіб), що становить 59,9 %",
            "97 / 162 = 59,88 % → 59,9", "pct_ok(p6, f6, f5, 1)")
    g.check("internal_conflict", "Послугою соціального супроводу у 2024 році було охоплено 58 сімей, у яких виховується 121 дитина",
            "prose 58 families / 121 children equal table row 3", f"{sjo} == {R[2]} and {sjo_ch} == {ch_ids[1]}")
    g.check("percent_mismatch", "Серед них 14 сімей внутрішньо переміщених осіб (24,1 %) та 9 сімей військовослужбовців і ветеранів війни (15,5 %)",
            "14 / 58 = 24,14 % → 24,1; 9 / 58 = 15,52 % → 15,5",
            f"pct_ok(p{idp[1:]}, {idp}, {sjo}, 1) and pct_ok(p{mil[1:]}, {mil}, {sjo}, 1)")
    g.check("parts_sum", "Завершено надання послуги 30 сім'ям, а саме:", "22 + 5 + 2 + 1 = 30",
            f"{pos} + {mini} + {mv} + {rf} == {comp}")
    g.check("percent_mismatch", "22 сім'ям (73,3 %)", "22 / 30 = 73,33 % → 73,3", f"pct_ok(p{pos[1:]}, {pos}, {comp}, 1)")
    g.check("parts_sum", "соціальний супровід продовжується для 28 сімей", "58 − 30 completed = 28 continuing; 31 taken ≤ 58",
            f"{sjo} - {comp} == {ong} and {st} <= {sjo}")
    g.check("internal_conflict", "соціальне супроводження 4 прийомних сімей та 2 дитячих будинків сімейного типу",
            "4 + 2 = 6 families and 17 children, as in table row 4", f"{pf} + {db} == {R[3]} and {fch} == {ch_ids[2]}")
    g.check("parts_sum", "якими охоплено 683 особи, з них 412 дітей", "412 ≤ 683", f"{epc} <= {ep}")
    g.check("table_arithmetic", "(економія) – 45,8 тис. грн", "5 836,2 − 5 790,4 = 45,8 тис. грн", f"{ap} - {sp} == {sv}")
    g.check("percent_mismatch", "касові видатки склали 5 790,4 тис. грн, або 99,2 %", "5 790,4 / 5 836,2 = 99,22 % → 99,2",
            f"pct_ok(p{sp[1:]}, {sp}, {ap}, 1)")
    g.check("parts_sum", "фактично працює 13 фахівців", "13 ≤ 14,5 positions; 9 trained ≤ 13", "f2 <= f1 and f3 <= f2")

    g.skip("82200, Львівська обл., м. Трускавець, вул. Бориславська, 14; тел. (03247) 0-51-73", [82200, 14, 3247, 5173],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 44018736", [44018736], "ЄДРПОУ code")
    g.skip("від 23.12.2020 № 45", [23, 12, 2020, 45], "decision date and number")
    g.skip("Центр обслуговує мешканців міста Трускавця та 3 сіл громади", [3], "number of villages")
    g.skip("населення понад 28 тис. осіб", [28], "population")
    g.skip("(у 2023 році – про 164)", [2023, 164], "prior-year figure")
    g.skip("Щодо 24 повідомлень інформація не підтвердилася.", [24],
           "notifications not confirmed; no §3 id (used as a literal in the 162 + 24 = 186 check)")
    g.skip("(у 2023 році – 1 296 сімей/осіб і 9 017 послуг; кількість отримувачів зросла на 11 %)", [2023, 1296, 9017, 11],
           "prior-year figures and growth rate")
    g.skip("Таблиця 1. Надання соціальних послуг Центром у 2024 році", [1, 2024], "table number, year")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers № з/п 1–8")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("Середня тривалість супроводу становила 7 місяців.", [7], "duration")
    g.skip("не рідше ніж 1 раз на місяць", [1], "visit frequency")
    g.skip("віком від 10 до 17 років", [10, 17], "ages")
    g.skip("переважно за КЕКВ 2273 «Оплата електроенергії»", [2273], "KEKV code named as the main source of savings, not a budget line")
    g.skip("У 2025 році Центр планує охопити соціальним супроводом не менше 60 сімей", [2025, 60], "plan for next year")
    g.skip("для 5 осіб з числа молоді віком від 18 до 23 років", [5, 18, 23], "plan for next year, ages")
    g.skip("Вих. № 03-11/27 від 15.01.2025", [3, 11, 27, 15, 1, 2025], "outgoing number and date")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7, 8, 9], "section numbers 1.–9.")

    g.note("«Отримувачі, сімей/осіб» → unit families_persons; the «з них дітей» cells hang on the column total "
           "(group table1_children_by_service) so the column sum can be checked; the total children cell hangs on "
           "the total recipients cell")
    g.note("prose totals (1 438, 10 154), the social-support row (58 / 121) and the foster families (4 + 2, 17 children) "
           "repeat table cells: each written figure is its own fact")
    g.note("«Серед них 14 сімей ВПО (24,1 %) та 9 сімей військовослужбовців (15,5 %)» are overlapping categories: "
           "parent_id only, no group")
    g.note("«Завершено надання послуги 30 сім'ям, а саме: …» → support_completed with its four outcomes as a group")
    g.note("no planted slip: everything adds up")
    g.write()


if __name__ == "__main__":
    build(report_path(DOC))
    gold()
