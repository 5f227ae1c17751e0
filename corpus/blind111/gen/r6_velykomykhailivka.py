"""b111_06: КЗ «ЦНСП» Великомихайлівської сільської ради (Дніпропетровська), analytic note on 2023.
DOCX, third person, a table by старостинський округ with counts and shares, KEKV lines in prose."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b111_06_velykomykhailivka_cnsp_annual2023.docx"

DIST = [("1", "Великомихайлівський", 58, "52,7"), ("2", "Вербівський", 21, "19,1"),
        ("3", "Новоолександрівський", 17, "15,5"), ("4", "Гаврилівський", 14, "12,7")]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    fix_docx_props(d, author="КЗ ЦНСП")

    def p(text, bold=False, center=False, italic=False):
        para = d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    p("АНАЛІТИЧНА ДОВІДКА", bold=True, center=True)
    p("щодо діяльності комунального закладу «Центр надання соціальних послуг» Великомихайлівської сільської ради "
      "Синельниківського району Дніпропетровської області у 2023 році", bold=True, center=True)
    p("Комунальний заклад «Центр надання соціальних послуг» (далі – ЦНСП) утворений рішенням сільської ради від "
      "23.12.2020 № 47-3/VIII та обслуговує мешканців 4 старостинських округів громади, у якій проживає 21,6 тис. осіб, "
      "у тому числі понад 3 тис. внутрішньо переміщених осіб. Адреса: 52640, с. Великомихайлівка, вул. Центральна, 66, "
      "тел. (05663) 0-52-74, cnsp.vmykh@example.ua.")
    p("Протягом 2023 року до ЦНСП звернулося 1 038 осіб. Оцінку потреб проведено 171 сім'ї/особі. "
      "Загалом надано 18 274 соціальні послуги (у 2022 році – 15 906), тобто на 14,9 % більше, ніж роком раніше.")
    p("Базові соціальні послуги: інформування отримали 642 особи, консультування – 418 осіб. Послугу екстреного "
      "(кризового) втручання отримали 9 осіб, які постраждали від домашнього насильства.")
    p("Догляд вдома надавався 110 особам похилого віку та особам з інвалідністю. Розподіл отримувачів за "
      "старостинськими округами наведено в таблиці 1.")
    p("Таблиця 1. Отримувачі послуги догляду вдома у 2023 році", italic=True)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("№", "Старостинський округ", "Отримувачів, осіб", "Частка, %")):
        c.text = h
    for r in DIST:
        cells = t.add_row().cells
        for c, v in zip(cells, (r[0], r[1], str(r[2]), r[3])):
            c.text = v
    last = t.add_row().cells
    last[0].merge(last[1]).text = "Всього"
    last[2].text = "110"
    last[3].text = "100,0"
    p("")
    p("Відділення денного догляду відвідувала 31 особа з інвалідністю, з них 12 дітей з інвалідністю. "
      "Гуманітарну допомогу (продуктові набори, засоби гігієни, ковдри) отримали 1 126 осіб на суму понад 2,1 млн грн.")
    p("Під соціальним супроводом протягом року перебувало 37 сімей, з них 10 сімей взято під супровід у 2023 році. "
      "Серед сімей під супроводом 14 сімей (38,6 %) – сім'ї внутрішньо переміщених осіб. Завершено супровід 15 сімей: "
      "з позитивним результатом – 11, без досягнення результату – 4.")
    p("Фахівцями ЦНСП проведено 24 групові заходи (тренінги для батьків, заняття з дітьми, зустрічі в укриттях) "
      "для 517 учасників.")
    p("У листопаді 2023 року проведено опитування 84 отримувачів послуг: 79,8 % з них оцінили якість послуг як високу. "
      "Скарг протягом року не надходило.")
    p("Штатна чисельність ЦНСП – 46 посад, фактично працює 41 особа, з них 27 соціальних робітників. Середній вік "
      "працівників – 47 років.")
    p("Касові видатки загального фонду у 2023 році становили 12 846,2 тис. грн, з них за КЕКВ 2111 – 9 613,4 тис. грн, "
      "КЕКВ 2120 – 2 114,9 тис. грн, КЕКВ 2273 – 311,7 тис. грн.")
    p("На 2024 рік заплановано запровадження послуги супроводу під час інклюзивного навчання для 6 дітей та "
      "відкриття пункту прокату засобів реабілітації.")
    p("Директор КЗ «ЦНСП»                                  (підпис)")
    p("15.01.2024 № 04-12/9")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)
    return path


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Великомихайлівської сільської ради",
        "centre_type": "cnsp", "settlement": "Великомихайлівка", "oblast": "Дніпропетровська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, meta_alt={"centre": ["Комунальний заклад «Центр надання соціальних послуг» Великомихайлівської сільської ради",
                            "КЗ «Центр надання соціальних послуг» Великомихайлівської сільської ради"],
                 "report_kind": ["annual_report"]})
    f = g.f
    n = lambda x: int(x[1:])  # noqa: E731
    F = lambda x: f"f{n(x)}"  # noqa: E731
    f("applied", "persons", 1038, "до ЦНСП звернулося 1 038 осіб")
    f("needs_assessed", "families_persons", 171, "Оцінку потреб проведено 171 сім'ї/особі")
    sp = f("services_provided", "services", 18274, "Загалом надано 18 274 соціальні послуги")
    f("served", "persons", 642, "інформування отримали 642 особи", service="informing")
    f("served", "persons", 418, "консультування – 418 осіб", service="counselling")
    f("served", "persons", 9, "Послугу екстреного (кризового) втручання отримали 9 осіб", service="crisis_intervention",
      category="особи, які постраждали від домашнього насильства")
    hc = f("served", "persons", 110, "Догляд вдома надавався 110 особам", service="home_care")
    tq = "Всього\t110\t100,0"
    tot = f("served", "persons", 110, tq, service="home_care", percent=100.0, label="Всього",
            note="the table total repeats the prose 110: a second fact")
    rows = []
    for no, name, k, pc in DIST:
        rows.append(f("served", "persons", k, f"{no}\t{name}\t{k}\t{pc}", service="home_care", district=name,
                      percent=float(pc.replace(",", ".")), group="home_care_110_by_district", parent=tot))
    dc = f("served", "persons", 31, "Відділення денного догляду відвідувала 31 особа з інвалідністю", service="day_care",
           category="особи з інвалідністю")
    f("served", "children", 12, "з них 12 дітей з інвалідністю", service="day_care", category="діти з інвалідністю",
      parent=dc)
    f("served", "persons", 1126, "Гуманітарну допомогу (продуктові набори, засоби гігієни, ковдри) отримали 1 126 осіб",
      service="natural_aid")
    f("aid_value", "uah", 2100000, "на суму понад 2,1 млн грн", service="natural_aid",
      note="«понад 2,1 млн» is stored as 2 100 000")
    sup = f("served", "families", 37, "Під соціальним супроводом протягом року перебувало 37 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    stt = f("support_started", "families", 10, "з них 10 сімей взято під супровід у 2023 році",
            service="social_support_sjo", parent=sup)
    idp = f("served", "families", 14, "Серед сімей під супроводом 14 сімей (38,6 %)", service="social_support_sjo",
            percent=38.6, category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=sup)
    co = f("support_completed", "families", 15, "Завершено супровід 15 сімей", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 11, "з позитивним результатом – 11", group="completed_15_by_outcome", parent=co)
    o2 = f("outcome_negative", "families", 4, "без досягнення результату – 4", group="completed_15_by_outcome", parent=co)
    ev = f("events", "events", 24, "проведено 24 групові заходи")
    f("event_participants", "persons", 517, "для 517 учасників", parent=ev)
    rs = f("survey_respondents", "recipients", 84, "проведено опитування 84 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 79.8, "79,8 % з них оцінили якість послуг як високу", alt=["share"])
    f("complaints", "complaints", 0, "Скарг протягом року не надходило")
    pos = f("staff_positions", "positions", 46, "Штатна чисельність ЦНСП – 46 посад")
    act = f("staff_actual", "staff", 41, "фактично працює 41 особа")
    f("staff_actual", "staff", 27, "з них 27 соціальних робітників", label="соціальні робітники", parent=act)
    bs = f("budget_spent", "uah", 12846200, "Касові видатки загального фонду у 2023 році становили 12 846,2 тис. грн",
           label="загальний фонд")
    k1 = f("budget_spent", "uah", 9613400, "КЕКВ 2111 – 9 613,4 тис. грн", kekv="2111", parent=bs)
    k2 = f("budget_spent", "uah", 2114900, "КЕКВ 2120 – 2 114,9 тис. грн", kekv="2120", parent=bs)
    k3 = f("budget_spent", "uah", 311700, "КЕКВ 2273 – 311,7 тис. грн", kekv="2273", parent=bs)
    q = "Серед сімей під супроводом 14 сімей (38,6 %) – сім'ї внутрішньо переміщених осіб"
    g.slip("percent_impossible", "error", q, 38.6, 37.8, [idp, sup],
           "no whole number of the 37 families gives 38,6 % (14/37 = 37,84 %, 15/37 = 40,54 %)",
           f"grim_ok(p{n(idp)}, {F(sup)}, 1)", slip=1)
    g.slip("percent_mismatch", "error", q, 38.6, 37.8, [idp, sup],
           "14 of 37 = 37,84 % → 37,8 %, not 38,6 %. The same slip as the percent_impossible finding",
           f"pct_ok(p{n(idp)}, {F(idp)}, {F(sup)}, 1)", slip=1)
    g.check("table_arithmetic", tq, "58 + 21 + 17 + 14 = 110", " + ".join(F(x) for x in rows) + f" == {F(tot)}")
    g.check("percent_mismatch", "1\tВеликомихайлівський\t58\t52,7", "58/110 = 52,73; 21/110 = 19,09; 17/110 = 15,45; "
            "14/110 = 12,73", "all([" + ", ".join(f"pct_ok(p{n(x)}, {F(x)}, {F(tot)}, 1)" for x in rows) + "])")
    g.check("percents_sum", tq, "52,7 + 19,1 + 15,5 + 12,7 = 100,0", "psum_ok([" + ", ".join(f"p{n(x)}" for x in rows) + "], 1)")
    g.check("internal_conflict", "Догляд вдома надавався 110 особам", "prose 110 = table Всього 110", f"{F(hc)} == {F(tot)}")
    g.check("parts_sum", "Завершено супровід 15 сімей", "11 + 4 = 15", f"{F(o1)} + {F(o2)} == {F(co)}")
    g.check("parts_sum", "з них 10 сімей взято під супровід у 2023 році", "10 ≤ 37, 15 ≤ 37",
            f"{F(stt)} <= {F(sup)} and {F(co)} <= {F(sup)}")
    g.check("percent_impossible", "79,8 % з них оцінили якість послуг як високу", "67 of 84 = 79,76 % → 79,8",
            f"grim_ok({F(sat)}, {F(rs)}, 1)")
    g.check("parts_sum", "з них за КЕКВ 2111", "9 613,4 + 2 114,9 + 311,7 = 12 040,0 ≤ 12 846,2 (not all items listed)",
            f"{F(k1)} + {F(k2)} + {F(k3)} <= {F(bs)}")
    g.check("parts_sum", "з них 27 соціальних робітників", "27 ≤ 41 ≤ 46", f"f{n(act)+1} <= {F(act)} <= {F(pos)}")
    g.check("percent_mismatch", "(у 2022 році – 15 906), тобто на 14,9 % більше",
            "growth 18 274 / 15 906 − 1 = 14,89 % → 14,9 (the 2022 figure is a literal)",
            f"pct_ok(14.9, {F(sp)} - 15906, 15906, 1)")
    S = g.skip
    S("у 2023 році", [2023], "year of the title")
    S("рішенням сільської ради від 23.12.2020 № 47-3/VIII", [23, 12, 2020, 47, 3], "decision date and number")
    S("обслуговує мешканців 4 старостинських округів громади, у якій проживає 21,6 тис. осіб, у тому числі понад 3 тис. "
      "внутрішньо переміщених осіб", [4, 21600, 3000], "districts, population")
    S("52640, с. Великомихайлівка, вул. Центральна, 66, тел. (05663) 0-52-74", [52640, 66, 5663, 5274],
      "postcode, address, phone (invalid 0 after the area code)")
    S("(у 2022 році – 15 906), тобто на 14,9 % більше", [2022, 15906, 14.9], "prior-year figure, growth rate")
    S("Таблиця 1. Отримувачі послуги догляду вдома у 2023 році", [1, 2023], "table number, year")
    S("1\tВеликомихайлівський", [1, 2, 3, 4], "row numbers")
    S("У листопаді 2023 року", [2023], "survey month")
    S("Середній вік працівників – 47 років", [47], "age")
    S("за КЕКВ 2111", [2111, 2120, 2273], "KEKV codes (carried in kekv)")
    S("На 2024 рік заплановано запровадження послуги супроводу під час інклюзивного навчання для 6 дітей", [2024, 6], "plan")
    S("15.01.2024 № 04-12/9", [15, 1, 2024, 4, 12, 9], "date and outgoing number")
    g.note("Report kind: an «аналітична довідка» on the year → period_report (the SPEC lists analytic notes under "
           "period_report); annual_report accepted in meta_alt since it covers a whole year.")
    g.note("Table 1: every cell with a count is a fact quoted by its row, the share is the row's percent; rows hang on the "
           "Всього cell (group home_care_110_by_district, district = старостинський округ). The Всього row's 100,0 is its percent.")
    g.note("«Оцінку потреб проведено 171 сім'ї/особі» → unit families_persons.")
    g.note("«без досягнення результату» → outcome_negative.")
    g.note("KEKV lines «з них за КЕКВ …» are parts of the spending (parent only, not a partition: other items are not listed).")
    g.note("The planted slip (14 of 37 written as 38,6 %) is recorded as two findings with one slip id: percent_impossible "
           "(no k of 37 gives 38,6) and percent_mismatch (14/37 = 37,8).")
    g.note("«на суму понад 2,1 млн грн» → aid_value 2 100 000 («понад X» is X).")
    g.write()


if __name__ == "__main__":
    build()
    gold()
