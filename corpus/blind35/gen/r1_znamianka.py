"""b35_01: Центр соціальних служб Знам'янської міської ради, annual report 2024 — DOCX, first person plural,
numbered sections and a table by service with an «Усього» row."""
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, read_text, fix_docx_props, freeze_zip

DOC = "b35_01_znamianka_css_annual2024.docx"

TABLE = [
    ("1", "Інформування", "236", "604", "informing"),
    ("2", "Консультування", "219", "1 512", "counselling"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "58", "417", "social_support_sjo"),
    ("4", "Соціальне супроводження прийомних сімей та дитячих будинків сімейного типу", "9", "108", "social_support_foster"),
    ("5", "Екстрене (кризове) втручання", "17", "39", "crisis_intervention"),
    ("6", "Посередництво (медіація)", "11", "24", "mediation"),
    ("7", "Соціальна профілактика", "61", "243", "social_prevention"),
]

P = [
    ("c", "Знам'янська міська рада Кіровоградської області"),
    ("cb", "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ"),
    ("c", "27400, м. Знам'янка, вул. Михайлівська, 41, тел. (05233) 0-14-72, e-mail: css.znam@example.ua, код ЄДРПОУ 43817265"),
    ("", "Вих. № 01-12/38 від 16.01.2025"),
    ("cb", "ЗВІТ про діяльність Центру соціальних служб Знам'янської міської ради за 2024 рік"),
    ("h", "1. Загальні відомості"),
    ("", "Центр діє на підставі Положення, затвердженого рішенням Знам'янської міської ради від 23.02.2021 № 312. "
         "Громада об'єднує 29 населених пунктів, у яких проживає понад 34 тис. мешканців. Штатним розписом на 2024 рік "
         "нам затверджено 14 посад, фактично працюють 12 фахівців; упродовж року підвищили кваліфікацію 9 працівників."),
    ("h", "2. Виявлення сімей та оцінка потреб"),
    ("", "Упродовж 2024 року ми отримали повідомлення про 186 сімей, які можуть перебувати у складних життєвих "
         "обставинах (у 2023 році – 159). Від закладів освіти надійшла інформація щодо 71 сім'ї, від ювенальної "
         "превенції – щодо 48, від закладів охорони здоров'я – щодо 22, від громадян, старост та інших суб'єктів – "
         "щодо 45 сімей. Оцінку потреб ми провели 164 сім'ям; складні життєві обставини встановили у 97 сім'ях, "
         "де виховуються 183 дитини."),
    ("h", "3. Надання соціальних послуг"),
    ("", "Загалом за звітний рік нами надано 2 947 соціальних послуг 611 сім'ям/особам. Розподіл за видами послуг "
         "наведено в таблиці 1."),
    ("", "Таблиця 1. Надання соціальних послуг у 2024 році"),
    ("TABLE", None),
    ("h", "4. Соціальний супровід сімей"),
    ("", "Під нашим соціальним супроводом протягом року перебувало 58 сімей, у них 121 дитина. Вперше взяли під "
         "супровід 34 сім'ї, решта 24 продовжували отримувати послугу з 2023 року. Серед сімей, які перебували під "
         "супроводом, 19 – сім'ї внутрішньо переміщених осіб (32,8 %), 11 – сім'ї військовослужбовців (17,2 %)."),
    ("", "Завершили супровід 37 сімей: з позитивним результатом (подолано складні життєві обставини) – 26 (70,3 %), "
         "мінімізовано складні життєві обставини – 7, без результату – 2, у зв'язку зі зміною місця проживання – "
         "2 сім'ї. На 2025 рік супровід продовжено 21 сім'ї. Середня тривалість супроводу становила 5,5 місяця."),
    ("h", "5. Групова робота, гаряча лінія, звернення"),
    ("", "Ми провели 23 групові заходи (тренінги для батьків, батьківські збори, акції в закладах освіти), участь у "
         "яких взяли 412 осіб. На телефон довіри Центру (05233) 0-14-75 надійшло 139 дзвінків. Скарг на якість "
         "наших послуг у 2024 році не надходило."),
    ("h", "6. Завдання на 2025 рік"),
    ("", "У 2025 році плануємо охопити послугами не менше 650 сімей/осіб та запровадити послугу підтриманого "
         "проживання для молоді віком від 18 до 23 років."),
    ("", "Директор Центру соціальних служб                    (підпис)"),
]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, text in P:
        if kind == "TABLE":
            t = d.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["№ з/п", "Назва соціальної послуги",
                                              "Кількість отримувачів (сімей/осіб)", "Кількість наданих послуг"]):
                c.text = h
            for no, name, rec, sv, _ in TABLE:
                r = t.add_row().cells
                r[0].text, r[1].text, r[2].text, r[3].text = no, name, rec, sv
            r = t.add_row().cells
            m = r[0].merge(r[1])
            m.text = "Усього"
            r[2].text, r[3].text = "611", "2 947"
            continue
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind in ("cb", "h"):
            run.bold = True
        if kind.startswith("c"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fix_docx_props(d)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Знам'янської міської ради",
        "centre_type": "css",
        "settlement": "Знам'янка",
        "oblast": "Кіровоградська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    f = g.f
    sp = f("staff_positions", "positions", 14, "нам затверджено 14 посад")
    sa = f("staff_actual", "staff", 12, "фактично працюють 12 фахівців")
    st = f("staff_trained", "staff", 9, "упродовж року підвищили кваліфікацію 9 працівників")
    n = f("notified", "families", 186, "ми отримали повідомлення про 186 сімей")
    gq = "notified_186_by_source"
    n1 = f("notified", "families", 71, "Від закладів освіти надійшла інформація щодо 71 сім'ї", label="від закладів освіти",
           group=gq, parent=n)
    n2 = f("notified", "families", 48, "від ювенальної превенції – щодо 48", label="від ювенальної превенції", group=gq, parent=n)
    n3 = f("notified", "families", 22, "від закладів охорони здоров'я – щодо 22", label="від закладів охорони здоров'я",
           group=gq, parent=n)
    n4 = f("notified", "families", 45, "від громадян, старост та інших суб'єктів – щодо 45 сімей",
           label="від громадян, старост та інших суб'єктів", group=gq, parent=n)
    na = f("needs_assessed", "families", 164, "Оцінку потреб ми провели 164 сім'ям")
    d1 = f("in_difficult_circumstances", "families", 97, "складні життєві обставини встановили у 97 сім'ях")
    f("in_difficult_circumstances", "children", 183, "де виховуються 183 дитини", parent=d1)
    P_sv = f("services_provided", "services", 2947, "нами надано 2 947 соціальних послуг")
    P_rec = f("served", "families_persons", 611, "2 947 соціальних послуг 611 сім'ям/особам")
    tq = "Усього\t611\t2 947"
    T_rec = f("served", "families_persons", 611, tq, label="Усього (таблиця 1)")
    T_sv = f("services_provided", "services", 2947, tq, label="Усього (таблиця 1)")
    rec_ids, sv_ids = [], []
    for no, name, rec, sv, srv in TABLE:
        q = f"{no}\t{name}\t{rec}\t{sv}"
        rec_ids.append(f("served", "families_persons", int(rec.replace(" ", "")), q, service=srv,
                         group="table1_recipients", parent=T_rec))
        sv_ids.append(f("services_provided", "services", int(sv.replace(" ", "")), q, service=srv,
                        group="table1_services", parent=T_sv))
    sup = f("served", "families", 58, "Під нашим соціальним супроводом протягом року перебувало 58 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 121, "58 сімей, у них 121 дитина", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    new = f("support_started", "families", 34, "Вперше взяли під супровід 34 сім'ї", service="social_support_sjo",
            group="support_58_new_vs_continued", parent=sup)
    cont = f("served", "families", 24, "решта 24 продовжували отримувати послугу з 2023 року", service="social_support_sjo",
             alt=["support_ongoing"], label="продовжували отримувати послугу з 2023 року",
             group="support_58_new_vs_continued", parent=sup)
    idp = f("served", "families", 19, "19 – сім'ї внутрішньо переміщених осіб (32,8 %)", percent=32.8,
            service="social_support_sjo", category="внутрішньо переміщені особи", parent=sup)
    mil = f("served", "families", 11, "11 – сім'ї військовослужбовців (17,2 %)", percent=17.2,
            service="social_support_sjo", category="сім'ї військовослужбовців", parent=sup)
    c = f("support_completed", "families", 37, "Завершили супровід 37 сімей", service="social_support_sjo", parent=sup)
    gc = "completed_37_by_result"
    o1 = f("outcome_positive", "families", 26, "з позитивним результатом (подолано складні життєві обставини) – 26 (70,3 %)",
           percent=70.3, service="social_support_sjo", group=gc, parent=c)
    o2 = f("outcome_minimized", "families", 7, "мінімізовано складні життєві обставини – 7", service="social_support_sjo",
           group=gc, parent=c)
    o3 = f("outcome_negative", "families", 2, "без результату – 2", service="social_support_sjo", group=gc, parent=c)
    o4 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 сім'ї", service="social_support_sjo",
           label="у зв'язку зі зміною місця проживання", group=gc, parent=c)
    on = f("support_ongoing", "families", 21, "На 2025 рік супровід продовжено 21 сім'ї", service="social_support_sjo",
           parent=sup, note="a 2024 figure that names 2025 (carried into the next year)")
    ev = f("events", "events", 23, "Ми провели 23 групові заходи")
    f("event_participants", "persons", 412, "участь у яких взяли 412 осіб", parent=ev)
    f("calls", "calls", 139, "надійшло 139 дзвінків")
    f("complaints", "complaints", 0, "Скарг на якість наших послуг у 2024 році не надходило.")

    g.slip("percent_mismatch", "error", "11 – сім'ї військовослужбовців (17,2 %)", 17.2, 19.0, [mil, sup],
           "11 of the 58 families under support is 19,0 %, written 17,2 % (= 10/58). The IDP share in the same sentence, "
           "19/58 = 32,8 %, is right.", f"pct_ok(p{mil[1:]}, {mil}, {sup}, 1)")
    g.check("percent_mismatch", "19 – сім'ї внутрішньо переміщених осіб (32,8 %)", "19/58 = 32,76 → 32,8",
            f"pct_ok(p{idp[1:]}, {idp}, {sup}, 1)")
    g.check("percent_mismatch", "з позитивним результатом (подолано складні життєві обставини) – 26 (70,3 %)",
            "26/37 = 70,27 → 70,3", f"pct_ok(p{o1[1:]}, {o1}, {c}, 1)")
    g.check("parts_sum", "ми отримали повідомлення про 186 сімей", "71 + 48 + 22 + 45 = 186",
            f"{n1} + {n2} + {n3} + {n4} == {n}")
    g.check("parts_sum", "Завершили супровід 37 сімей", "26 + 7 + 2 + 2 = 37", f"{o1} + {o2} + {o3} + {o4} == {c}")
    g.check("parts_sum", "Вперше взяли під супровід 34 сім'ї", "34 new + 24 continued = 58", f"{new} + {cont} == {sup}")
    g.check("parts_sum", "На 2025 рік супровід продовжено 21 сім'ї", "37 completed + 21 continued = 58", f"{c} + {on} == {sup}")
    g.check("table_arithmetic", tq, "recipients: 236 + 219 + 58 + 9 + 17 + 11 + 61 = 611",
            " + ".join(rec_ids) + f" == {T_rec}")
    g.check("table_arithmetic", tq, "services: 604 + 1 512 + 417 + 108 + 39 + 24 + 243 = 2 947",
            " + ".join(sv_ids) + f" == {T_sv}")
    g.check("internal_conflict", "2 947 соціальних послуг 611 сім'ям/особам", "prose and table totals agree",
            f"{P_sv} == {T_sv} and {P_rec} == {T_rec}")
    g.check("internal_conflict", "3\tСоціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах\t58\t417",
            "table row 3 (58) equals the 58 families of section 4", f"{rec_ids[2]} == {sup}")
    g.check("parts_sum", "Оцінку потреб ми провели 164 сім'ям", "97 in СЖО ≤ 164 assessed ≤ 186 notified",
            f"{d1} <= {na} <= {n}")
    g.check("parts_sum", "фактично працюють 12 фахівців", "9 trained ≤ 12 working ≤ 14 positions", f"{st} <= {sa} <= {sp}")

    g.skip("27400, м. Знам'янка, вул. Михайлівська, 41, тел. (05233) 0-14-72", [27400, 41, 5233, 1472], "postcode, address, phone")
    g.skip("код ЄДРПОУ 43817265", [43817265], "ЄДРПОУ")
    g.skip("Вих. № 01-12/38 від 16.01.2025", [1, 12, 38, 16, 1, 2025], "outgoing number and date")
    g.skip("за 2024 рік", [2024], "year in the title")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.skip("рішенням Знам'янської міської ради від 23.02.2021 № 312", [23, 2, 2021, 312], "decision date and number")
    g.skip("Громада об'єднує 29 населених пунктів, у яких проживає понад 34 тис. мешканців", [29, 34000],
           "settlement count and population")
    g.skip("Штатним розписом на 2024 рік", [2024], "year")
    g.skip("(у 2023 році – 159)", [2023, 159], "previous year's figure")
    g.skip("Таблиця 1. Надання соціальних послуг у 2024 році", [1, 2024], "table number and year")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6, 7], "row numbers № з/п")
    g.skip("продовжували отримувати послугу з 2023 року", [2023], "year (the 24 families are a fact)")
    g.skip("Середня тривалість супроводу становила 5,5 місяця.", [5.5], "duration")
    g.skip("На телефон довіри Центру (05233) 0-14-75", [5233, 1475], "phone")
    g.skip("У 2025 році плануємо охопити послугами не менше 650 сімей/осіб", [2025, 650], "plan for the next year")
    g.skip("для молоді віком від 18 до 23 років", [18, 23], "ages")
    g.skip("6. Завдання на 2025 рік", [6, 2025], "section number and year")
    g.skip("Упродовж 2024 року ми", [2024], "year")
    g.note("first person plural («ми отримали», «нами надано», «Ми провели»)")
    g.note("611 and 2 947 are written in prose (section 3) and in the table's «Усього» row: two facts each. Table rows hang on "
           "the «Усього» cell of their column; the unit of the recipients column is families_persons («сімей/осіб»)")
    g.note("the 58 families of table row 3 and of section 4 are the same figure written twice: two facts")
    g.note("«решта 24 продовжували отримувати послугу з 2023 року» → served with a label (alt support_ongoing), "
           "partitioning the 58 with the 34 taken anew; «На 2025 рік супровід продовжено 21 сім'ї» → support_ongoing")
    g.note("the sources of the 186 notifications partition it (the last is «інші суб'єкти»)")
    return g


if __name__ == "__main__":
    p = report_path(DOC)
    build(p)
    if "--show" in sys.argv:
        print(read_text(p).replace("\t", "<T>"))
    gold().write()
