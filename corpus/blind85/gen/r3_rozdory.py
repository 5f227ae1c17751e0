"""b85_03: ЦСС Роздорської селищної ради (Дніпропетровська), report for H1 2025.
DOCX, first person plural, a service table whose «Усього» cell spans № and name."""
import docx
from docx.shared import Pt
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b85_03_rozdory_css_h1_2025.docx"

HEAD = [
    ("c", "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ РОЗДОРСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "Синельниківського району Дніпропетровської області"),
    ("c", "52630, смт Роздори, вул. Шкільна, 3-А, тел. (05663) 0-41-12, e-mail: css.rozdory@example.ua"),
    ("h", "Звіт про роботу Центру соціальних служб за І півріччя 2025 року"),
    ("p", "Центр діє на підставі Положення, затвердженого рішенням сесії селищної ради від 21.12.2024 "
          "№ 1184-47/VIII. Нижче ми наводимо основні результати нашої роботи за січень – червень 2025 року."),
    ("h2", "1. Виявлення сімей, які потребують допомоги"),
    ("p", "За перше півріччя ми отримали 93 повідомлення про сім'ї (осіб), які можуть перебувати у складних "
          "життєвих обставинах (за І півріччя 2024 року – 78). Джерела повідомлень: служба у справах дітей – 31, "
          "заклади освіти – 24, поліція – 17, заклади охорони здоров'я – 9, самі громадяни – 12."),
    ("p", "Оцінку потреб ми провели 88 сім'ям/особам, ще у 5 випадках оцінка триває (строк її проведення – до "
          "10 робочих днів). За результатами оцінки складні життєві обставини визначено у 61 сім'ї."),
    ("h2", "2. Надання соціальних послуг"),
    ("p", "Таблиця 1. Соціальні послуги, надані Центром у І півріччі 2025 року"),
]
TABLE = [
    ["№", "Соціальна послуга", "Отримувачі, сімей/осіб", "з них ВПО", "Надано послуг"],
    ["1", "Інформування", "212", "74", "486"],
    ["2", "Консультування", "187", "63", "702"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "34", "9", "611"],
    ["4", "Соціальна профілактика", "56", "12", "140"],
    ["5", "Представництво інтересів", "19", "6", "38"],
    ["6", "Соціальний супровід прийомних сімей та ДБСТ", "3", "0", "72"],
    ["Усього", "", "511", "164", "2049"],
]
TAIL = [
    ("p", "Загалом послугами ми охопили 511 сімей/осіб, з них 164 – внутрішньо переміщені особи, що становить "
          "33,1 % усіх отримувачів."),
    ("h2", "3. Соціальний супровід"),
    ("p", "Під соціальним супроводом у нас перебувало 34 сім'ї, у яких виховуються 71 дитина віком від 0 до 17 "
          "років. За півріччя ми взяли під супровід 13 сімей і завершили супровід 11 сімей: 8 сімей (72,7 %) "
          "подолали складні життєві обставини, 2 сім'ї (18,2 %) їх мінімізували, в 1 сім'ї (9,1 %) результату "
          "не досягнуто. Середня тривалість супроводу – 4,5 місяця."),
    ("p", "Ми супроводжуємо 2 прийомні сім'ї та 1 дитячий будинок сімейного типу, у яких виховується 14 дітей."),
    ("h2", "4. Групова робота"),
    ("p", "Ми провели 17 групових заходів (тренінги «Відповідальне батьківство», батьківський клуб, зустрічі "
          "групи взаємопідтримки), у яких взяли участь 203 особи, з них 88 дітей."),
    ("h2", "5. Кадри"),
    ("p", "Штатним розписом Центру передбачено 9 посад, з них 7 – посади фахівців із соціальної роботи. "
          "Станом на 30.06.2025 у нас працює 8 осіб."),
    ("p", "У ІІ півріччі 2025 року ми плануємо взяти під супровід не менше 10 сімей і провести 20 групових заходів."),
    ("p", "Директор Центру ______________     Дата: 04.07.2025, вих. № 96/02-07"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, text in HEAD:
        _para(d, kind, text)
    t = d.add_table(rows=len(TABLE), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    t.cell(len(TABLE) - 1, 0).merge(t.cell(len(TABLE) - 1, 1))
    t.cell(len(TABLE) - 1, 0).text = "Усього"
    for kind, text in TAIL:
        _para(d, kind, text)
    fix_docx_props(d, "ЦСС Роздори")
    d.save(path)
    freeze_zip(path)


def _para(d, kind, text):
    if kind == "h":
        d.add_heading(text, level=1)
    elif kind == "h2":
        d.add_heading(text, level=2)
    else:
        p = d.add_paragraph(text)
        if kind == "c":
            p.alignment = 1


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Роздорської селищної ради", "centre_type": "css",
        "settlement": "Роздори", "oblast": "Дніпропетровська", "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-06-30"})
    f = g.f
    n = f("notified", "families_persons", 93, "ми отримали 93 повідомлення про сім'ї (осіб)")
    srcs = [("служба у справах дітей – 31", 31, "служба у справах дітей"), ("заклади освіти – 24", 24, "заклади освіти"),
            ("поліція – 17", 17, "поліція"), ("заклади охорони здоров'я – 9", 9, "заклади охорони здоров'я"),
            ("самі громадяни – 12", 12, "самі громадяни")]
    ns = [f("notified", "families_persons", v, q, label=l, group="notified_93_by_source", parent=n) for q, v, l in srcs]
    na = f("needs_assessed", "families_persons", 88, "Оцінку потреб ми провели 88 сім'ям/особам")
    sj = f("in_difficult_circumstances", "families", 61, "складні життєві обставини визначено у 61 сім'ї")
    # table
    svc = {"1": "informing", "2": "counselling", "3": "social_support_sjo", "4": "social_prevention",
           "5": "representation", "6": "social_support_foster"}
    rowq = {r[0]: "\t".join([r[0], r[1], r[2], r[3], r[4]]) for r in TABLE[1:-1]}
    totq = "Усього\t511\t164\t2049"
    T = f("served", "families_persons", 511, totq, label="Усього")
    TV = f("served", "families_persons", 164, totq, label="Усього", category="внутрішньо переміщені особи", parent=T)
    TS = f("services_provided", "services", 2049, totq, label="Усього")
    cells = {"r": [], "v": [], "s": []}
    for r in TABLE[1:-1]:
        k = r[0]
        cells["r"].append(f("served", "families_persons", int(r[2]), rowq[k], service=svc[k], label=r[1],
                            group="table1_recipients", parent=T))
        cells["v"].append(f("served", "families_persons", int(r[3]), rowq[k], service=svc[k], label=r[1],
                            category="внутрішньо переміщені особи", group="table1_idp", parent=TV))
        cells["s"].append(f("services_provided", "services", int(r[4]), rowq[k], service=svc[k], label=r[1],
                            group="table1_services", parent=TS))
    P = f("served", "families_persons", 511, "Загалом послугами ми охопили 511 сімей/осіб")
    PV = f("served", "families_persons", 164, "з них 164 – внутрішньо переміщені особи, що становить 33,1 %",
           percent=33.1, category="внутрішньо переміщені особи", parent=P)
    ss = f("served", "families", 34, "Під соціальним супроводом у нас перебувало 34 сім'ї", service="social_support_sjo",
           alt=["support_ongoing"])
    f("served", "children", 71, "у яких виховуються 71 дитина", service="social_support_sjo",
      alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 13, "ми взяли під супровід 13 сімей", service="social_support_sjo", parent=ss)
    sc = f("support_completed", "families", 11, "завершили супровід 11 сімей", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 8, "8 сімей (72,7 %)", percent=72.7, service="social_support_sjo",
           group="completed_11_by_outcome", parent=sc)
    o2 = f("outcome_minimized", "families", 2, "2 сім'ї (18,2 %)", percent=18.2, service="social_support_sjo",
           group="completed_11_by_outcome", parent=sc)
    o3 = f("outcome_negative", "families", 1, "в 1 сім'ї (9,1 %) результату", percent=9.1, service="social_support_sjo",
           group="completed_11_by_outcome", parent=sc)
    fo1 = f("served", "families", 2, "Ми супроводжуємо 2 прийомні сім'ї", service="social_support_foster",
            label="прийомні сім'ї", alt=["support_ongoing"])
    fo2 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
            label="дитячий будинок сімейного типу", alt=["support_ongoing"])
    f("served", "children", 14, "у яких виховується 14 дітей", service="social_support_foster",
      alt=["support_ongoing"], parent=cells["r"][5],
      note="children of the 2 foster families and 1 ДБСТ together; hung on the table row 6 (3 families)")
    ev = f("events", "events", 17, "Ми провели 17 групових заходів")
    ep = f("event_participants", "persons", 203, "у яких взяли участь 203 особи", parent=ev)
    ec = f("event_participants", "children", 88, "з них 88 дітей", parent=ep)
    sp = f("staff_positions", "positions", 9, "Штатним розписом Центру передбачено 9 посад")
    sp7 = f("staff_positions", "positions", 7, "з них 7 – посади фахівців із соціальної роботи",
            label="фахівці із соціальної роботи", parent=sp)
    sa = f("staff_actual", "staff", 8, "у нас працює 8 осіб")

    g.slip("percent_mismatch", "error", "з них 164 – внутрішньо переміщені особи, що становить 33,1 %", 33.1, 32.1,
           [P, PV], "164 / 511 = 32,09 % → 32,1 %, not 33,1 % (no rounding of 164/511 gives 33,1)",
           f"pct_ok(p{PV[1:]}, {PV}, {P}, 1)")
    g.check("parts_sum", "Джерела повідомлень: служба у справах дітей – 31", "31 + 24 + 17 + 9 + 12 = 93",
            " + ".join(ns) + f" == {n}")
    g.check("parts_sum", "ще у 5 випадках оцінка триває", "88 assessed + 5 in progress = 93 notified (5 literal)",
            f"{na} + 5 == {n} and {sj} <= {na}")
    for key, tot, name in (("r", T, "recipients"), ("v", TV, "IDP"), ("s", TS, "services")):
        g.check("table_arithmetic", totq, f"table 1, column {name}: rows sum to Усього",
                " + ".join(cells[key]) + f" == {tot}")
    g.check("table_arithmetic", totq, "each row's IDPs ≤ its recipients",
            " and ".join(f"{v} <= {r}" for v, r in zip(cells["v"], cells["r"])))
    g.check("internal_conflict", "Загалом послугами ми охопили 511 сімей/осіб",
            "prose 511 / 164 = table Усього 511 / 164", f"{P} == {T} and {PV} == {TV}")
    g.check("internal_conflict", "Під соціальним супроводом у нас перебувало 34 сім'ї",
            "prose 34 = table row 3 (34); foster 2 + 1 = table row 6 (3)",
            f"{ss} == {cells['r'][2]} and {fo1} + {fo2} == {cells['r'][5]}")
    g.check("parts_sum", "8 сімей (72,7 %)", "8 + 2 + 1 = 11 completed", f"{o1} + {o2} + {o3} == {sc}")
    g.check("percent_mismatch", "8 сімей (72,7 %)", "8/11 = 72,7; 2/11 = 18,2; 1/11 = 9,1",
            f"pct_ok(p{o1[1:]}, {o1}, {sc}, 1) and pct_ok(p{o2[1:]}, {o2}, {sc}, 1) and pct_ok(p{o3[1:]}, {o3}, {sc}, 1)")
    g.check("percents_sum", "2 сім'ї (18,2 %)", "72,7 + 18,2 + 9,1 = 100,0",
            f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "ми взяли під супровід 13 сімей", "13 taken and 11 completed ≤ 34", f"{st} <= {ss} and {sc} <= {ss}")
    g.check("parts_sum", "з них 88 дітей", "88 ≤ 203", f"{ec} <= {ep}")
    g.check("parts_sum", "з них 7 – посади фахівців", "7 ≤ 9; 8 working ≤ 9", f"{sp7} <= {sp} and {sa} <= {sp}")

    g.skip("52630, смт Роздори, вул. Шкільна, 3-А, тел. (05663) 0-41-12", [52630, 3, 5663, 4112],
           "postcode, address, phone")
    g.skip("рішенням сесії селищної ради від 21.12.2024 № 1184-47/VIII", [21, 12, 2024, 1184, 47], "decision date and number")
    g.skip("за січень – червень 2025 року", [2025], "period year")
    g.skip("(за І півріччя 2024 року – 78)", [2024, 78], "prior-year figure")
    g.skip("ще у 5 випадках оцінка триває (строк її проведення – до 10 робочих днів)", [5, 10],
           "assessments in progress (used as a literal), duration")
    g.skip("Таблиця 1. Соціальні послуги, надані Центром у І півріччі 2025 року", [1, 2025], "table number, year")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "table row numbers 1–6")
    g.skip("віком від 0 до 17 років", [0, 17], "ages")
    g.skip("Середня тривалість супроводу – 4,5 місяця", [4.5], "duration")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("У ІІ півріччі 2025 року ми плануємо взяти під супровід не менше 10 сімей і провести 20 групових заходів",
           [2025, 10, 20], "plan")
    g.skip("Дата: 04.07.2025, вих. № 96/02-07", [4, 7, 2025, 96, 2, 7], "date, outgoing number")
    g.skip("1. Виявлення сімей", [1, 2, 3, 4, 5], "section numbers")
    g.note("table cells are facts quoted by their row (tab-separated); rows hang on the Усього cell of the same column; "
           "the IDP column hangs on the IDP total, not on the row's recipients")
    g.note("service ids: Соціальна профілактика → social_prevention; Представництво інтересів → representation; "
           "прийомні сім'ї та ДБСТ → social_support_foster")
    g.note("prose 511 / 164 repeat the table Усього row: two facts each")
    g.note("«перебувало під супроводом 34 сім'ї» → served (alt support_ongoing); outcomes carry their percents")
    g.note("«93 повідомлення про сім'ї (осіб)» → notified, unit families_persons; sources as labelled parts")
    g.write()


if __name__ == "__main__":
    main()
