"""b61_07: ЦСС Славутицької міської ради (Київська): final narrative report to an (invented) international donor
on a 12-month grant project, 01.04.2024–31.03.2025. DOCX with a logframe table. Less common style 1."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b61_07_slavutych_css_grant2024.docx"

TOP = [
    ("p", "Фонд «Північний міст» (Nordic Bridge Community Fund)"),
    ("p", "Програма «Стійкі громади – сильні родини» (Resilient Families Programme), раунд 3"),
    ("h", "ФІНАЛЬНИЙ НАРАТИВНИЙ ЗВІТ / FINAL NARRATIVE REPORT"),
    ("p", "Код проєкту: NBCF-RF3-UA-0317"),
    ("p", "Грантова угода № 2024/RF3/017 від 18.03.2024"),
    ("p", "Назва проєкту: «Поруч: кейс-менеджмент і психосоціальна підтримка сімей Славутицької громади»"),
    ("p", "Грантоотримувач: Центр соціальних служб Славутицької міської ради (ЄДРПОУ 42871936), 07101, Київська обл., "
          "м. Славутич, Київський квартал, 7; тел. (04579) 0-26-35"),
    ("p", "Звітний період: 01.04.2024 – 31.03.2025 (12 місяців)"),
    ("p", "Сума гранту: 42 000,00 EUR (1 881 600,00 грн за курсом НБУ 44,80 грн/EUR на дату підписання угоди). "
          "Внесок громади (in-kind): 168 000,00 грн – приміщення та комунальні послуги."),
    ("h2", "1. Резюме (Executive summary)"),
    ("p", "Проєкт виконувався у Славутицькій міській територіальній громаді (бл. 24,5 тис. мешканців, з них "
          "бл. 3,1 тис. ВПО). За 12 місяців послуги проєкту отримали 463 унікальних особи (бенефіціари); з урахуванням "
          "повторних звернень охоплено 1 126 осіб. Усі цільові показники виходів (outputs) досягнуто або перевиконано."),
    ("h2", "2. Досягнення за логічною рамкою (Logframe)"),
    ("t", None),
    ("p", "* Базове значення – станом на 01.04.2024; «н/д» – дані відсутні. Дані верифіковано за реєстром "
          "бенефіціарів (KoboToolbox)."),
    ("h2", "3. Дезагрегація бенефіціарів"),
    ("p", "Унікальні бенефіціари за статтю: жінки – 271 (58,5 %), чоловіки – 199 (41,5 %). За категоріями: діти до "
          "18 років – 158, ВПО – 197, особи з інвалідністю – 38 (одна особа може належати до кількох категорій)."),
    ("h2", "4. Кейс-менеджмент (соціальний супровід)"),
    ("p", "Під кейс-менеджмент протягом проєкту взято 52 сім'ї, у яких виховується 96 дітей. На 31.03.2025 "
          "супровід завершено 43 сім'ям: у 19 складні життєві обставини подолано, у 6 – мінімізовано, у 14 – без "
          "суттєвих змін, 4 сім'ї виїхали за межі громади. Решту 9 сімей передано на подальший супровід центру за "
          "кошти місцевого бюджету."),
    ("h2", "5. Фінансовий стан (деталі – у фінансовому звіті, додаток 2)"),
    ("p", "Отримано два транші: I – 25 200,00 EUR (1 128 960,00 грн), II – 16 800,00 EUR (739 200,00 грн за курсом "
          "44,00 грн/EUR). Усього на рахунок спеціального фонду центру надійшло 1 868 160,00 грн."),
    ("p", "Використано 1 843 215,40 грн, у т. ч.: оплата праці психологів і кейс-менеджерів – 1 104 600,00 грн; "
          "закупівля гігієнічних і дитячих наборів – 412 380,00 грн; навчання фахівців – 186 235,40 грн; "
          "адміністративні витрати – 140 000,00 грн. Залишок невикористаних коштів – 24 944,60 грн – повернуто "
          "донору 15.04.2025."),
    ("h2", "6. Регулярні послуги центру поза проєктом"),
    ("p", "Паралельно центр надавав базові соціальні послуги за кошти бюджету громади. За той самий період "
          "(квітень 2024 – березень 2025) консультування отримали 438 осіб, інформування – 612 осіб; соціальне "
          "супроводження здійснювалося щодо 9 прийомних сімей і ДБСТ; ще 23 сім'ї у СЖО перебували під "
          "соціальним супроводом поза проєктом."),
    ("h2", "7. Виклики та уроки (Lessons learned)"),
    ("p", "Через відключення електроенергії у листопаді – грудні 2024 р. перенесено 3 групові заходи; 2 психологи "
          "звільнилися, вакансії заповнено в січні 2025 р. З 01.04.2025 рішенням виконавчого комітету від 20.03.2025 "
          "№ 64 до штату центру введено 2 посади психолога (сталість проєкту)."),
    ("p", "Підпис керівника грантоотримувача ____________        М. П."),
]
TABLE = [
    ["Індикатор", "Базове значення*", "Цільове значення", "Досягнуто", "Коментар"],
    ["Outcome 1. Частка сімей-учасниць зі зниженим рівнем стресу (PSS-10), %", "0", "60", "67,3",
     "37 з 55 сімей, які пройшли повторне оцінювання"],
    ["Outcome 2. Частка сімей, у яких СЖО подолано або мінімізовано, %", "н/д", "50", "58,1",
     "25 з 43 сімей, супровід яких завершено"],
    ["Output 1.1. Кількість унікальних осіб, які отримали послуги проєкту", "0", "400", "463",
     "перевиконано через прибуття ВПО"],
    ["Output 1.2. Кількість сімей, взятих під кейс-менеджмент", "0", "40", "52", ""],
    ["Output 1.3. Кількість індивідуальних консультацій психолога", "0", "600", "714", ""],
    ["Output 2.1. Кількість групових заходів (тренінги, групи підтримки)", "0", "36", "41",
     "3 заходи перенесено (блекаути)"],
    ["Output 2.2. Кількість учасників групових заходів", "0", "360", "388", "з них 231 жінка"],
    ["Output 3.1. Кількість фахівців громади, які пройшли навчання", "0", "12", "14", "9 – працівники ЦСС"],
    ["Output 3.2. Кількість виданих наборів (гігієнічні, дитячі)", "0", "300", "310", ""],
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, text in TOP:
        if kind == "h":
            d.add_heading(text, 1)
        elif kind == "h2":
            d.add_heading(text, 2)
        elif kind == "p":
            d.add_paragraph(text)
        else:
            t = d.add_table(rows=len(TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    fix_docx_props(d, "ЦСС Славутич")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def row(i):
    return "\t".join(TABLE[i]).rstrip("\t")


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Славутицької міської ради",
        "centre_type": "css", "settlement": "Славутич", "oblast": "Київська",
        "report_kind": "other", "period_start": "2024-04-01", "period_end": "2025-03-31"},
        meta_alt={"report_kind": ["period_report"]})
    F = g.f
    F("served", "persons", 463, "послуги проєкту отримали 463 унікальних особи", label="унікальні бенефіціари проєкту")  # f1
    F("served", "persons", 1126, "з урахуванням повторних звернень охоплено 1 126 осіб",
      label="охоплено з урахуванням повторних звернень")                                                # f2
    # logframe «Досягнуто» column
    F("share", "percent", 67.3, row(1), label="частка сімей-учасниць зі зниженим рівнем стресу (PSS-10)")  # f3
    F("share", "percent", 58.1, row(2), label="частка сімей, у яких СЖО подолано або мінімізовано")       # f4
    F("served", "persons", 463, row(3), label="унікальні бенефіціари проєкту (Output 1.1)")               # f5
    F("support_started", "families", 52, row(4), service="social_support_sjo",
      label="взято під кейс-менеджмент (Output 1.2)")                                                   # f6
    F("services_provided", "services", 714, row(5), service="counselling",
      label="індивідуальні консультації психолога")                                                     # f7
    F("events", "events", 41, row(6))                                                                   # f8
    F("event_participants", "persons", 388, row(7))                                                     # f9
    F("event_participants", "persons", 231, row(7), category="жінки", parent="f9")                      # f10
    F("staff_trained", "staff", 14, row(8), label="фахівці громади")                                    # f11
    F("staff_trained", "staff", 9, row(8), label="працівники ЦСС", parent="f11")                        # f12
    # disaggregation
    F("served", "persons", 271, "жінки – 271 (58,5 %)", percent=58.5, category="жінки", parent="f1",
      group="unique_463_by_sex")                                                                        # f13
    F("served", "persons", 199, "чоловіки – 199 (41,5 %)", percent=41.5, category="чоловіки", parent="f1",
      group="unique_463_by_sex")                                                                        # f14
    F("served", "children", 158, "діти до \n18 років – 158".replace(" \n", " "), category="діти до 18 років",
      parent="f1", unit_alt="persons")                                                                  # f15
    F("served", "persons", 197, "ВПО – 197", category="внутрішньо переміщені особи", parent="f1")        # f16
    F("served", "persons", 38, "особи з інвалідністю – 38", category="особи з інвалідністю", parent="f1")  # f17
    # case management
    F("support_started", "families", 52, "Під кейс-менеджмент протягом проєкту взято 52 сім'ї",
      service="social_support_sjo")                                                                     # f18
    F("support_started", "children", 96, "у яких виховується 96 дітей", service="social_support_sjo",
      parent="f18")                                                                                     # f19
    F("support_completed", "families", 43, "супровід завершено 43 сім'ям", service="social_support_sjo",
      parent="f18")                                                                                     # f20
    F("outcome_positive", "families", 19, "у 19 складні життєві обставини подолано", parent="f20",
      group="completed_43_by_result")                                                                   # f21
    F("outcome_minimized", "families", 6, "у 6 – мінімізовано", parent="f20", group="completed_43_by_result")  # f22
    F("outcome_negative", "families", 14, "у 14 – без \nсуттєвих змін".replace(" \n", " "), label="без суттєвих змін",
      parent="f20", group="completed_43_by_result")                                                     # f23
    F("outcome_other", "families", 4, "4 сім'ї виїхали за межі громади", label="виїзд за межі громади",
      parent="f20", group="completed_43_by_result")                                                     # f24
    F("support_ongoing", "families", 9, "Решту 9 сімей передано на подальший супровід центру",
      service="social_support_sjo", parent="f18")                                                       # f25
    # finances (UAH only)
    F("budget_received", "uah", 1868160, "Усього на рахунок спеціального фонду центру надійшло 1 868 160,00 грн",
      label="грант, спеціальний фонд")                                                                  # f26
    F("budget_received", "uah", 1128960, "I – 25 200,00 EUR (1 128 960,00 грн)", label="грант, I транш",
      parent="f26", group="received_by_tranche")                                                        # f27
    F("budget_received", "uah", 739200, "II – 16 800,00 EUR (739 200,00 грн", label="грант, II транш",
      parent="f26", group="received_by_tranche")                                                        # f28
    F("budget_spent", "uah", 1843215.4, "Використано 1 843 215,40 грн", label="грант")                  # f29
    for lab, q, v in (("оплата праці психологів і кейс-менеджерів", "оплата праці психологів і кейс-менеджерів – 1 104 600,00 грн", 1104600),
                      ("закупівля гігієнічних і дитячих наборів", "закупівля гігієнічних і дитячих наборів – 412 380,00 грн", 412380),
                      ("навчання фахівців", "навчання фахівців – 186 235,40 грн", 186235.4),
                      ("адміністративні витрати", "адміністративні витрати – 140 000,00 грн", 140000)):
        F("budget_spent", "uah", v, q, label=lab, parent="f29", group="spent_by_item")                 # f30..f33
    F("budget_savings", "uah", 24944.6, "Залишок невикористаних коштів – 24 944,60 грн",
      label="залишок гранту, повернуто донору")                                                        # f34
    # regular services
    F("served", "persons", 438, "консультування отримали 438 осіб", service="counselling",
      label="поза проєктом")                                                                            # f35
    F("served", "persons", 612, "інформування – 612 осіб", service="informing", label="поза проєктом")   # f36
    F("served", "families", 9, "соціальне \nсупроводження здійснювалося щодо 9 прийомних сімей і ДБСТ".replace(" \n", " "),
      service="social_support_foster", label="поза проєктом")                                           # f37
    F("served", "families", 23, "ще 23 сім'ї у СЖО перебували під \nсоціальним супроводом поза проєктом".replace(" \n", " "),
      service="social_support_sjo", alt=["support_ongoing"], label="поза проєктом")                     # f38

    g.slip("parts_sum", "error", "жінки – 271 (58,5 %), чоловіки – 199 (41,5 %)", 463, 470, ["f1", "f13", "f14"],
           "sex is a partition of the 463 unique beneficiaries, but 271 + 199 = 470, 7 more. The percentages "
           "(58,5 + 41,5) fit 271 + 192 = 463: 199 is a typo for 192.",
           "f13 + f14 == f1", slip=1)
    g.slip("percent_mismatch", "error", "чоловіки – 199 (41,5 %)", 41.5, 43.0, ["f14", "f1"],
           "199 of 463 is 43,0 %, written 41,5 % (which is 192 of 463). The same slip as the parts_sum finding.",
           "pct_ok(p14, f14, f1, 1)", slip=1)
    g.check("percent_mismatch", "жінки – 271 (58,5 %)", "271 / 463 = 58,53 % → 58,5", "pct_ok(p13, f13, f1, 1)")
    g.check("internal_conflict", row(3), "Output 1.1 = the summary's 463; Output 1.2 = the 52 of section 4",
            "f5 == f1 and f6 == f18")
    g.check("parts_sum", "супровід завершено 43 сім'ям", "19 + 6 + 14 + 4 = 43", "f21 + f22 + f23 + f24 == f20")
    g.check("parts_sum", "Решту 9 сімей передано на подальший супровід центру", "43 completed + 9 handed over = 52",
            "f20 + f25 == f18")
    g.check("percent_mismatch", row(2), "Outcome 2: (19 + 6) of 43 completed = 58,14 % → 58,1",
            "pct_ok(f4, f21 + f22, f20, 1)")
    g.check("percent_mismatch", row(1), "Outcome 1: 37 of 55 = 67,27 % → 67,3 (literals from the comment cell)",
            "pct_ok(f3, 37, 55, 1)")
    g.check("parts_sum", "Усього на рахунок спеціального фонду центру надійшло 1 868 160,00 грн",
            "tranches 1 128 960,00 + 739 200,00 = 1 868 160,00; in EUR 25 200 + 16 800 = 42 000 (literals)",
            "f27 + f28 == f26 and 25200 + 16800 == 42000")
    g.check("parts_sum", "Використано 1 843 215,40 грн, у т. ч.",
            "1 104 600,00 + 412 380,00 + 186 235,40 + 140 000,00 = 1 843 215,40", "near(f30 + f31 + f32 + f33, f29)")
    g.check("table_arithmetic", "Залишок невикористаних коштів – 24 944,60 грн",
            "received − spent = remainder: 1 868 160,00 − 1 843 215,40 = 24 944,60", "near(f26 - f29, f34)")
    g.check("parts_sum", "I – 25 200,00 EUR (1 128 960,00 грн)", "conversion: 25 200 × 44,80 = 1 128 960; "
            "16 800 × 44,00 = 739 200 (rates as literals)", "near(25200 * 44.8, f27) and near(16800 * 44.0, f28)")
    g.check("parts_sum", row(7), "231 women ≤ 388 participants; 9 ЦСС staff ≤ 14 trained; categories ≤ 463",
            "f10 <= f9 and f12 <= f11 and f15 <= f1 and f16 <= f1 and f17 <= f1")
    S = g.skip
    S("Код проєкту: NBCF-RF3-UA-0317", [3, 317], "project code")
    S("Грантова угода № 2024/RF3/017 від 18.03.2024", [2024, 3, 17, 18, 3, 2024], "agreement number and date")
    S("(ЄДРПОУ 42871936), 07101, Київська обл., м. Славутич, Київський квартал, 7; тел. (04579) 0-26-35",
      [42871936, 7101, 7, 4579, 2635], "ЄДРПОУ, postcode, address, phone")
    S("Звітний період: 01.04.2024 – 31.03.2025 (12 місяців)", [1, 4, 2024, 31, 3, 2025, 12], "period dates, duration")
    S("Сума гранту: 42 000,00 EUR (1 881 600,00 грн за курсом НБУ 44,80 грн/EUR на дату підписання угоди)",
      [42000, 1881600, 44.8], "grant amount (the award, not money received or spent), exchange rate")
    S("Внесок громади (in-kind): 168 000,00 грн", [168000], "in-kind co-funding (no §3 id)")
    S("раунд 3", [3], "programme round")
    S("(бл. 24,5 тис. мешканців, з них бл. 3,1 тис. ВПО)", [24.5, 3.1], "population")
    S("За 12 місяців", [12], "duration")
    S("Індикатор\tБазове значення*\tЦільове значення\tДосягнуто\tКоментар", [],
      "logframe header; the Базове значення (0, н/д) and Цільове значення (60, 50, 400, 40, 600, 36, 360, 12, 300) "
      "cells are baselines and targets, not report-period figures")
    S("Outcome 1. Частка сімей-учасниць зі зниженим рівнем стресу (PSS-10), %", [1, 10, 0, 60, 37, 55],
      "indicator numbering, scale name, baseline, target; 37 of 55 is the numerator/denominator of the share "
      "(no §3 id), used as literals in a check")
    S("25 з 43 сімей, супровід яких завершено", [25, 43], "restates section 4 (19 + 6 of 43)")
    S("3 заходи перенесено (блекаути)", [3], "events postponed (not held)")
    S("Output 3.2. Кількість виданих наборів (гігієнічні, дитячі)\t0\t300\t310", [3, 2, 0, 300, 310],
      "items handed out")
    S("Output 1.1.", [1, 1], "indicator numbers 1.1–3.2")
    S("* Базове значення – станом на 01.04.2024", [1, 4, 2024], "date")
    S("діти до \n18 років".replace(" \n", " "), [18], "age")
    S("На 31.03.2025", [31, 3, 2025], "date")
    S("(деталі – у фінансовому звіті, додаток 2)", [2], "annex number")
    S("I – 25 200,00 EUR", [25200], "tranche in EUR (amounts are stored in hryvnias)")
    S("II – 16 800,00 EUR (739 200,00 грн за курсом \n44,00 грн/EUR)".replace(" \n", " "), [16800, 44.0],
      "tranche in EUR, exchange rate")
    S("повернуто \nдонору 15.04.2025".replace(" \n", " "), [15, 4, 2025], "date")
    S("(квітень 2024 – березень 2025)", [2024, 2025], "period restated")
    S("у листопаді – грудні 2024 р. перенесено 3 групові заходи; 2 психологи звільнилися, вакансії заповнено в "
      "січні 2025 р.", [2024, 3, 2, 2025], "dates, postponed events, staff turnover (no §3 id)")
    S("З 01.04.2025 рішенням виконавчого комітету від 20.03.2025 \n№ 64 до штату центру введено 2 посади психолога".replace(" \n", " "),
      [1, 4, 2025, 20, 3, 2025, 64, 2], "decision, positions added after the period")
    S("1. Резюме (Executive summary)", [1, 2, 3, 4, 5, 6, 7], "section numbers")
    g.note("mapping of the donor-report vocabulary: «унікальні особи» / «бенефіціари» → served persons (label); "
           "«охоплено з урахуванням повторних» → served persons with its own label (a second, larger count); "
           "«взято під кейс-менеджмент» → support_started (social_support_sjo); individual psychologist "
           "consultations → services_provided (counselling); trainings and support groups → events / "
           "event_participants; specialists trained → staff_trained; outcome percentages → share with a label")
    g.note("logframe: only the «Досягнуто» column is report-period data; baselines and targets are skipped. Cells are "
           "quoted by their row; a comment cell with a part of the achieved figure («з них 231 жінка», «9 – працівники "
           "ЦСС») gives a part fact on the same row quote")
    g.note("463 and 52 are written twice (summary/logframe, logframe/section 4): two facts each")
    g.note("disaggregation: sex is a partition (group); children, IDPs and persons with disabilities overlap (the text "
           "says so): parent only. «діти до 18 років – 158» → unit children (unit_alt persons)")
    g.note("money: only hryvnia amounts are facts; grant into the special fund → budget_received (total and two "
           "tranches), use of the grant → budget_spent with items, unused remainder returned to the donor → "
           "budget_savings. The awarded 42 000 EUR / 1 881 600 грн is the award, not money received: skipped; EUR "
           "amounts and rates skipped")
    g.note("regular (non-project) services of the same period are facts with label «поза проєктом»")
    g.note("outcome_negative for «без суттєвих змін» (no result); outcome_other for families who left the hromada")
    g.note("report_kind: a donor's narrative report over a non-calendar 12-month project period → other "
           "(meta_alt period_report)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
