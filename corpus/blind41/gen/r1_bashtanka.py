"""b41_01: ЦСС Баштанської міської ради (Миколаївська), annual report 2024. DOCX with a table by service."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b41_01_bashtanka_css_annual2024.docx"

HEAD = [
    "Центр соціальних служб Баштанської міської ради",
    "56101, Миколаївська обл., м. Баштанка, вул. Соборна, 41, тел. (05158) 0-27-43, код ЄДРПОУ 43865219",
    "Вих. № 01-12/48 від 10.01.2025",
]
TITLE = "ЗВІТ про роботу Центру соціальних служб Баштанської міської ради за 2024 рік"
P = {}
P["gen"] = ("Центр забезпечує надання соціальних послуг сім'ям, дітям та молоді Баштанської міської "
            "територіальної громади, до складу якої входять 32 населені пункти з населенням близько 27,4 тис. осіб. "
            "Штатним розписом передбачено 14,5 посади, фактично працює 13 фахівців. Протягом 2024 року "
            "підвищили кваліфікацію 9 працівників Центру.")
P["det"] = ("Упродовж звітного року до Центру надійшли повідомлення про 186 сімей/осіб, які можуть "
            "перебувати у складних життєвих обставинах (у 2023 році – 159). Оцінку потреб проведено "
            "щодо 171 сім'ї/особи. За результатами оцінки складні життєві обставини визначено у 94 сім'ях, "
            "у яких виховується 187 дітей.")
P["tabh"] = "Таблиця 2. Надання соціальних послуг у 2024 році"
ROWS = [
    ["№ з/п", "Соціальна послуга", "Отримувачів, сімей/осіб", "з них ВПО", "Надано послуг"],
    ["1", "Інформування", "412", "96", "1 284"],
    ["2", "Консультування", "367", "88", "2 019"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "63", "11", "1 176"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "7", "–", "214"],
    ["5", "Екстрене (кризове) втручання", "18", "5", "41"],
    ["6", "Натуральна допомога", "205", "74", "205"],
    ["", "Разом", "1072", "274", "4 939"],
]
P["sup"] = ("Соціальний супровід отримували 63 сім'ї, в яких виховується 128 дітей; з них 41 сім'ю взято "
            "під супровід у 2024 році, решта 22 сім'ї отримували послугу з 2023 року. Серед сімей під "
            "супроводом 11 – сім'ї внутрішньо переміщених осіб (22,2 %). Завершено супровід 38 сімей: "
            "у 27 сім'ях складні життєві обставини подолано (71,1 %), у 8 – мінімізовано (21,1 %), "
            "3 сім'ї вибули у зв'язку зі зміною місця проживання (7,9 %). Надання послуги продовжено "
            "у 2025 році 25 сім'ям. Середня тривалість супроводу склала 5,5 місяця.")
P["fost"] = ("Соціальне супроводження здійснювалося щодо 7 прийомних сімей і дитячих будинків сімейного "
             "типу, в яких виховується 31 дитина віком від 3 до 17 років.")
P["cris"] = ("Екстрене (кризове) втручання надано 18 сім'ям/особам; час реагування не перевищував 24 годин. "
             "Натуральну допомогу отримали 205 сімей/осіб: видано 640 продуктових і 312 гігієнічних наборів "
             "на загальну суму 498,6 тис. грн.")
P["ev"] = ("Проведено 26 групових заходів (батьківські школи, тренінги, інформаційні зустрічі), участь у "
           "яких взяли 389 осіб. Скарг на роботу Центру протягом року не зареєстровано.")
P["surv"] = ("У листопаді 2024 року опитано 58 отримувачів послуг; 94,8 % опитаних задоволені якістю "
             "та своєчасністю послуг.")
P["plan"] = ("У 2025 році заплановано охопити соціальним супроводом не менше 70 сімей та відкрити "
             "2 консультаційні пункти в старостинських округах.")
SIGN = "Директор Центру                                   (підпис)"


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for h in HEAD:
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run(TITLE).bold = True
    d.add_heading("1. Загальні відомості", level=2)
    d.add_paragraph(P["gen"])
    d.add_heading("2. Виявлення сімей у складних життєвих обставинах", level=2)
    d.add_paragraph(P["det"])
    d.add_heading("3. Надання соціальних послуг", level=2)
    d.add_paragraph(P["tabh"])
    tb = d.add_table(rows=len(ROWS), cols=5)
    tb.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, c in enumerate(row):
            tb.cell(i, j).text = c
    d.add_paragraph(P["sup"])
    d.add_paragraph(P["fost"])
    d.add_paragraph(P["cris"])
    d.add_heading("4. Профілактична робота та якість послуг", level=2)
    d.add_paragraph(P["ev"])
    d.add_paragraph(P["surv"])
    d.add_heading("5. Завдання на 2025 рік", level=2)
    d.add_paragraph(P["plan"])
    d.add_paragraph(SIGN)
    fix_docx_props(d, "ЦСС Баштанка")
    path = report_path(NAME)
    d.save(path)
    freeze_zip(path)


def row(i):
    return "\t".join(ROWS[i])


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Баштанської міської ради", "centre_type": "css",
        "settlement": "Баштанка", "oblast": "Миколаївська", "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    pos = f("staff_positions", "positions", 14.5, "Штатним розписом передбачено 14,5 посади")
    act = f("staff_actual", "staff", 13, "фактично працює 13 фахівців")
    trn = f("staff_trained", "staff", 9, "підвищили кваліфікацію 9 працівників Центру")
    ntf = f("notified", "families_persons", 186, "надійшли повідомлення про 186 сімей/осіб")
    nas = f("needs_assessed", "families_persons", 171, "Оцінку потреб проведено щодо 171 сім'ї/особи")
    sjo = f("in_difficult_circumstances", "families", 94, "складні життєві обставини визначено у 94 сім'ях")
    f("in_difficult_circumstances", "children", 187, "у яких виховується 187 дітей", parent=sjo)
    # table
    svc = [None, "informing", "counselling", "social_support_sjo", "social_support_foster",
           "crisis_intervention", "natural_aid"]
    tot_r = f("served", "families_persons", 1072, row(7), label="Разом")
    tot_i = f("served", "families_persons", 274, row(7), label="Разом, з них ВПО",
              category="внутрішньо переміщені особи", parent=tot_r)
    tot_s = f("services_provided", "services", 4939, row(7), label="Разом")
    rr, ri, rs = {}, {}, {}
    for i in range(1, 7):
        rr[i] = f("served", "families_persons", int(ROWS[i][2]), row(i), service=svc[i],
                  label=ROWS[i][1], group="table2_recipients", parent=tot_r)
        if ROWS[i][3] != "–":
            ri[i] = f("served", "families_persons", int(ROWS[i][3]), row(i), service=svc[i],
                      label=ROWS[i][1] + ", з них ВПО", category="внутрішньо переміщені особи",
                      group="table2_idp", parent=tot_i)
        rs[i] = f("services_provided", "services", int(ROWS[i][4].replace(" ", "")), row(i),
                  service=svc[i], label=ROWS[i][1], group="table2_services", parent=tot_s)
    # support
    s63 = f("served", "families", 63, "Соціальний супровід отримували 63 сім'ї", service="social_support_sjo",
            alt=["support_ongoing"])
    f("served", "children", 128, "в яких виховується 128 дітей", service="social_support_sjo",
      alt=["support_ongoing"], parent=s63)
    s41 = f("support_started", "families", 41, "з них 41 сім'ю взято під супровід у 2024 році",
            service="social_support_sjo", group="supported_63_by_start", parent=s63)
    s22 = f("served", "families", 22, "решта 22 сім'ї отримували послугу з 2023 року",
            service="social_support_sjo", label="отримували послугу з 2023 року", alt=["support_ongoing"],
            group="supported_63_by_start", parent=s63)
    idp = f("served", "families", 11, "11 – сім'ї внутрішньо переміщених осіб (22,2 %)", percent=22.2,
            service="social_support_sjo", category="внутрішньо переміщені особи", parent=s63)
    c38 = f("support_completed", "families", 38, "Завершено супровід 38 сімей", service="social_support_sjo",
            parent=s63)
    o27 = f("outcome_positive", "families", 27, "у 27 сім'ях складні життєві обставини подолано (71,1 %)",
            percent=71.1, group="completed_38_by_outcome", parent=c38)
    o8 = f("outcome_minimized", "families", 8, "у 8 – мінімізовано (21,1 %)", percent=21.1,
           group="completed_38_by_outcome", parent=c38)
    o3 = f("outcome_other", "families", 3,
           "3 сім'ї вибули у зв'язку зі зміною місця проживання (7,9 %)", percent=7.9,
           label="зміна місця проживання", group="completed_38_by_outcome", parent=c38)
    on25 = f("support_ongoing", "families", 25, "Надання послуги продовжено у 2025 році 25 сім'ям",
             service="social_support_sjo", parent=s63)
    fo = f("served", "families", 7,
           "Соціальне супроводження здійснювалося щодо 7 прийомних сімей і дитячих будинків сімейного типу",
           service="social_support_foster", alt=["support_ongoing"])
    f("served", "children", 31, "в яких виховується 31 дитина", service="social_support_foster", parent=fo)
    cr = f("served", "families_persons", 18, "Екстрене (кризове) втручання надано 18 сім'ям/особам",
           service="crisis_intervention")
    na = f("served", "families_persons", 205, "Натуральну допомогу отримали 205 сімей/осіб",
           service="natural_aid")
    f("aid_value", "uah", 498600, "на загальну суму 498,6 тис. грн", service="natural_aid")
    ev = f("events", "events", 26, "Проведено 26 групових заходів")
    f("event_participants", "persons", 389, "участь у яких взяли 389 осіб", parent=ev)
    f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не зареєстровано.")
    sv = f("survey_respondents", "recipients", 58, "опитано 58 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 94.8, "94,8 % опитаних задоволені якістю та своєчасністю послуг",
            label="задоволені якістю та своєчасністю послуг")

    # checks
    n = lambda x: int(x[1:])  # noqa: E731
    V = lambda ids: " + ".join(ids)  # noqa: E731
    g.check("table_arithmetic", row(7), "412 + 367 + 63 + 7 + 18 + 205 = 1072",
            f"{V(rr.values())} == {tot_r}")
    g.check("table_arithmetic", row(7), "96 + 88 + 11 + 5 + 74 = 274 (the foster row has «–»)",
            f"{V(ri.values())} == {tot_i}")
    g.check("table_arithmetic", row(7), "1 284 + 2 019 + 1 176 + 214 + 41 + 205 = 4 939",
            f"{V(rs.values())} == {tot_s}")
    g.check("parts_sum", "з них 41 сім'ю взято під супровід у 2024 році, решта 22 сім'ї",
            "41 new + 22 carried over from 2023 = 63", f"{s41} + {s22} == {s63}")
    g.check("parts_sum", "Завершено супровід 38 сімей", "27 + 8 + 3 = 38", f"{o27} + {o8} + {o3} == {c38}")
    g.check("parts_sum", "Надання послуги продовжено у 2025 році 25 сім'ям",
            "38 completed + 25 continued = 63 under support", f"{c38} + {on25} == {s63}")
    g.check("percent_mismatch", "у 27 сім'ях складні життєві обставини подолано (71,1 %)",
            "27/38 = 71,05 → 71,1; 8/38 = 21,05 → 21,1; 3/38 = 7,89 → 7,9",
            f"pct_ok(p{n(o27)}, {o27}, {c38}, 1) and pct_ok(p{n(o8)}, {o8}, {c38}, 1) and pct_ok(p{n(o3)}, {o3}, {c38}, 1)")
    g.check("percents_sum", "у 27 сім'ях складні життєві обставини подолано (71,1 %)",
            "71,1 + 21,1 + 7,9 = 100,1, within the rounding of three one-decimal shares",
            f"psum_ok([p{n(o27)}, p{n(o8)}, p{n(o3)}], 1)")
    g.check("percent_impossible", "11 – сім'ї внутрішньо переміщених осіб (22,2 %)",
            "22,2 % is reachable with 63 (14/63), so this is a mismatch, not an impossible share",
            f"grim_ok(p{n(idp)}, {s63}, 1)")
    g.check("percent_impossible", "94,8 % опитаних задоволені",
            "55/58 = 94,83 → 94,8", f"grim_ok({sat}, {sv}, 1)")
    g.check("parts_sum", "Разом", "social support row 63 and IDP 11 match the prose; crisis 18 and natural aid "
            "205 match the prose", f"{rr[3]} == {s63} and {ri[3]} == {idp} and {rr[5]} == {cr} and {rr[6]} == {na}")
    g.check("parts_sum", "фактично працює 13 фахівців", "13 staff ≤ 14,5 positions; 9 trained ≤ 13",
            f"{act} <= {pos} and {trn} <= {act}")
    g.check("parts_sum", "Оцінку потреб проведено щодо 171 сім'ї/особи",
            "94 in СЖО ≤ 171 assessed ≤ 186 notified", f"{sjo} <= {nas} <= {ntf}")
    g.slip("percent_mismatch", "error", "11 – сім'ї внутрішньо переміщених осіб (22,2 %)", 22.2, 17.5,
           [idp, s63], "11 of the 63 families under support is 17,46 % → 17,5 %, written 22,2 % "
           "(22,2 % would be 14 of 63)", f"pct_ok(p{n(idp)}, {idp}, {s63}, 1)")

    g.skip(HEAD[1], [56101, 41, 5158, 2743, 43865219], "postcode, address, phone, ЄДРПОУ")
    g.skip(HEAD[2], [1, 12, 48, 10, 1, 2025], "outgoing number and date")
    g.skip(TITLE, [2024], "year of the report")
    g.skip("до складу якої входять 32 населені пункти з населенням близько 27,4 тис. осіб", [32, 27400],
           "settlement count and population")
    g.skip("(у 2023 році – 159)", [2023, 159], "prior-year figure")
    g.skip(P["tabh"], [2, 2024], "table number, year")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers of table 2")
    g.skip("Середня тривалість супроводу склала 5,5 місяця.", [5.5], "duration")
    g.skip("віком від 3 до 17 років", [3, 17], "ages")
    g.skip("час реагування не перевищував 24 годин", [24], "duration")
    g.skip("видано 640 продуктових і 312 гігієнічних наборів", [640, 312], "items handed out (sets)")
    g.skip("У листопаді 2024 року", [2024], "survey month")
    g.skip(P["plan"], [2025, 70, 2], "2025 plan")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5], "section numbers")
    g.note("the table's «Отримувачів, сімей/осіб» column → unit families_persons; every cell is a fact quoted "
           "by its row; rows hang on the Разом cell of the same column. The foster row's «–» in «з них ВПО» "
           "is no fact (no figure written)")
    g.note("prose repeats of table cells (63 families under support, 7 foster families, 18 crisis, 205 natural "
           "aid) are separate facts; the prose says «сім'ї» for support and foster, so their unit is families")
    g.note("«решта 22 сім'ї отримували послугу з 2023 року» → served with a label (alt support_ongoing); "
           "«продовжено у 2025 році 25 сім'ям» → support_ongoing")
    g.note("14,5 posts is a fractional staff_positions fact")
    g.write()


if __name__ == "__main__":
    build()
    gold()
