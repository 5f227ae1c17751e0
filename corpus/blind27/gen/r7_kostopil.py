"""b27_07: Управління соціального захисту населення Костопільської міської ради (Рівненська), analytic note
on social services in the hromada for H1 2026, DOCX with a table of home-care recipients by starosta district."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b27_07_kostopil_uszn_h1_2026.docx"

BEFORE = [
    ("h", "Аналітична довідка щодо надання соціальних послуг у Костопільській міській територіальній громаді "
          "за І півріччя 2026 року"),
    ("p", "Управління соціального захисту населення Костопільської міської ради (35000, Рівненська обл., "
          "м. Костопіль, вул. Незалежності, 21)"),
    ("p", "Соціальні послуги в громаді надають комунальна установа «Центр надання соціальних послуг» "
          "Костопільської міської ради та її відділення у старостинських округах. Станом на 30.06.2026 у громаді "
          "проживає 51,3 тис. осіб, з них 12,8 тис. – особи пенсійного віку."),
    ("p", "У І півріччі 2026 року до управління та Центру надійшло 612 заяв щодо надання соціальних послуг, що на "
          "9,5 % більше, ніж за відповідний період 2025 року. Рішення про надання послуг прийнято щодо 574 осіб, "
          "відмовлено – 38. Соціальними послугами охоплено 1 437 осіб, яким надано 21 905 послуг."),
    ("p", "Таблиця. Отримувачі послуги догляду вдома за старостинськими округами"),
]
ROWS = [
    ("Старостинський округ", "Отримувачів, осіб", "у т. ч. ВПО", "Частка, %"),
    ("м. Костопіль", "148", "21", "52,5"),
    ("Мирненський", "37", "4", "13,1"),
    ("Золотолинський", "29", "2", "10,3"),
    ("Головинський", "41", "6", "16,5"),
    ("Малолюбашанський", "27", "3", "9,6"),
    ("Разом", "282", "36", "100,0"),
]
AFTER = [
    ("p", "Денний догляд отримували 58 осіб, з них 23 дитини з інвалідністю. Послугу соціального таксі надано "
          "74 особам з інвалідністю (312 поїздок)."),
    ("p", "Під соціальним супроводом Центру перебувала 41 сім'я, в т. ч. 15 сімей ВПО. Взято під супровід "
          "13 сімей, завершено – 17, з них з позитивним результатом 12 (70,6 %), з негативним – 2, з інших "
          "причин – 3. Отже, частка сімей, які подолали складні життєві обставини, становить 29,3 % від усіх "
          "сімей під супроводом."),
    ("p", "На утримання Центру у І півріччі 2026 року затверджено 14 286,4 тис. грн, касові видатки становлять "
          "13 902,7 тис. грн (97,3 %). У Центрі 112 штатних посад, фактично працює 104 особи, з них 71 – "
          "соціальні робітники."),
    ("p", "За результатами опитування 150 отримувачів рівень задоволеності якістю послуг становить 91,3 %. "
          "До управління надійшло 3 скарги щодо якості послуги догляду вдома; всі розглянуто, 1 визнано "
          "обґрунтованою."),
    ("p", "Пропонується у ІІ півріччі 2026 року відкрити відділення денного догляду в Мирненському окрузі на "
          "15 місць."),
    ("p", "Начальник управління (підпис)"),
    ("p", "Виконавець: тел. (03657) 0-22-91"),
]


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for kind, text in BEFORE:
        (d.add_heading(text, 1) if kind == "h" else d.add_paragraph(text))
    t = d.add_table(rows=len(ROWS), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    for kind, text in AFTER:
        d.add_paragraph(text)
    fix_docx_props(d, "УСЗН")
    path = report_path(NAME)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(NAME, {
        "centre": "Управління соціального захисту населення Костопільської міської ради", "centre_type": "uszn",
        "settlement": "Костопіль", "oblast": "Рівненська", "report_kind": "period_report",
        "period_start": "2026-01-01", "period_end": "2026-06-30"})
    f = g.f
    ap = f("applied", "applications", 612, "надійшло 612 заяв щодо надання соціальних послуг")
    sv = f("served", "persons", 1437, "Соціальними послугами охоплено 1 437 осіб")
    f("services_provided", "services", 21905, "яким надано 21 905 послуг")
    tq = "Разом\t282\t36\t100,0"
    tot = f("served", "persons", 282, tq, service="home_care", percent=100.0, label="Разом")
    tv = f("served", "persons", 36, tq, service="home_care", category="внутрішньо переміщені особи",
           label="Разом", parent=tot)
    rows = [("м. Костопіль\t148\t21\t52,5", "м. Костопіль", 148, 21, 52.5),
            ("Мирненський\t37\t4\t13,1", "Мирненський", 37, 4, 13.1),
            ("Золотолинський\t29\t2\t10,3", "Золотолинський", 29, 2, 10.3),
            ("Головинський\t41\t6\t16,5", "Головинський", 41, 6, 16.5),
            ("Малолюбашанський\t27\t3\t9,6", "Малолюбашанський", 27, 3, 9.6)]
    C, V = [], []
    for q, dist, k, v, p in rows:
        c = f("served", "persons", k, q, service="home_care", district=dist, percent=p, parent=tot,
              group="home_care_282_by_district")
        C.append(c)
        V.append(f("served", "persons", v, q, service="home_care", district=dist,
                   category="внутрішньо переміщені особи", parent=tv, group="home_care_idp_36_by_district"))
    dc = f("served", "persons", 58, "Денний догляд отримували 58 осіб", service="day_care")
    f("served", "children", 23, "з них 23 дитини з інвалідністю", service="day_care",
      category="діти з інвалідністю", parent=dc)
    f("served", "persons", 74, "Послугу соціального таксі надано 74 особам з інвалідністю", service="social_taxi",
      category="особи з інвалідністю")
    su = f("served", "families", 41, "Під соціальним супроводом Центру перебувала 41 сім'я",
           service="social_support_sjo", alt=["support_ongoing"])
    f("served", "families", 15, "в т. ч. 15 сімей ВПО", service="social_support_sjo",
      category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=su)
    st = f("support_started", "families", 13, "Взято під супровід 13 сімей", service="social_support_sjo",
           parent=su)
    cp = f("support_completed", "families", 17, "завершено – 17", service="social_support_sjo", parent=su)
    o1 = f("outcome_positive", "families", 12, "з позитивним результатом 12 (70,6 %)", percent=70.6,
           service="social_support_sjo", parent=cp, group="completed_17_by_outcome")
    o2 = f("outcome_negative", "families", 2, "з негативним – 2", service="social_support_sjo", parent=cp,
           group="completed_17_by_outcome")
    o3 = f("outcome_other", "families", 3, "з інших причин – 3", label="інші причини",
           service="social_support_sjo", parent=cp, group="completed_17_by_outcome")
    sh = f("share", "percent", 29.3, "становить 29,3 % від усіх сімей під супроводом",
           label="частка сімей, які подолали СЖО, від усіх сімей під супроводом", service="social_support_sjo")
    ba = f("budget_approved", "uah", 14286400, "затверджено 14 286,4 тис. грн", label="утримання Центру, І півріччя")
    bs = f("budget_spent", "uah", 13902700, "касові видатки становлять 13 902,7 тис. грн (97,3 %)", percent=97.3,
           label="утримання Центру, І півріччя")
    sp = f("staff_positions", "positions", 112, "У Центрі 112 штатних посад")
    sa = f("staff_actual", "staff", 104, "фактично працює 104 особи")
    sw = f("staff_actual", "staff", 71, "з них 71 – соціальні робітники", category="соціальні робітники", parent=sa)
    sr = f("survey_respondents", "recipients", 150, "За результатами опитування 150 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 91.3, "рівень задоволеності якістю послуг становить 91,3 %")
    co = f("complaints", "complaints", 3, "До управління надійшло 3 скарги щодо якості послуги догляду вдома",
           service="home_care")
    co1 = f("complaints", "complaints", 1, "1 визнано обґрунтованою", label="визнані обґрунтованими", parent=co,
            service="home_care")
    J = lambda xs: " + ".join(xs)
    PS = "[" + ", ".join("p" + c[1:] for c in C) + "]"
    g.slip("percent_mismatch", "error", "Головинський\t41\t6\t16,5", 16.5, 14.5, [C[3], tot],
           "41 of 282 home-care recipients is 14,5 %, not 16,5 %", f"pct_ok(p{C[3][1:]}, {C[3]}, {tot}, 1)", slip=1)
    g.slip("percents_sum", "error", tq, 102.0, 100.0, C,
           "the district shares 52,5 + 13,1 + 10,3 + 16,5 + 9,6 = 102,0 %, though the Разом row says 100,0 "
           "(the same slip as the Головинський share)", f"psum_ok({PS}, 1)", slip=1)
    g.check("table_arithmetic", tq, "148 + 37 + 29 + 41 + 27 = 282", f"{J(C)} == {tot}")
    g.check("table_arithmetic", tq, "ВПО column 21 + 4 + 2 + 6 + 3 = 36", f"{J(V)} == {tv}")
    g.check("percent_mismatch", "м. Костопіль\t148\t21\t52,5", "the other four shares match k/282 at one decimal",
            " and ".join(f"pct_ok(p{C[i][1:]}, {C[i]}, {tot}, 1)" for i in (0, 1, 2, 4)))
    g.check("parts_sum", "Рішення про надання послуг прийнято щодо 574 осіб, відмовлено – 38",
            "574 decisions + 38 refusals = 612 applications", f"574 + 38 == {ap}")
    g.check("parts_sum", "з позитивним результатом 12 (70,6 %), з негативним – 2, з інших причин – 3",
            "12 + 2 + 3 = 17", f"{o1} + {o2} + {o3} == {cp}")
    g.check("percent_mismatch", "з позитивним результатом 12 (70,6 %)", "12/17 = 70,59 % → 70,6",
            f"pct_ok(p{o1[1:]}, {o1}, {cp}, 1)")
    g.check("percent_mismatch", "становить 29,3 % від усіх сімей під супроводом", "12/41 = 29,27 % → 29,3",
            f"pct_ok({sh}, {o1}, {su}, 1)")
    g.check("percent_mismatch", "касові видатки становлять 13 902,7 тис. грн (97,3 %)", "13 902,7 / 14 286,4 = 97,31 %",
            f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1)")
    g.check("percent_impossible", "рівень задоволеності якістю послуг становить 91,3 %", "137 of 150 = 91,33 %",
            f"grim_ok({sat}, {sr}, 1)")
    g.check("parts_sum", "фактично працює 104 особи, з них 71", "71 ≤ 104 ≤ 112; 13 ≤ 41; 1 ≤ 3",
            f"{sw} <= {sa} <= {sp} and {st} <= {su} and {co1} <= {co}")
    g.skip("35000, Рівненська обл., м. Костопіль, вул. Незалежності, 21", [35000, 21], "postcode, address")
    g.skip("Станом на 30.06.2026 у громаді проживає 51,3 тис. осіб, з них 12,8 тис. – особи пенсійного віку.",
           [30, 6, 2026, 51.3, 12.8], "date, population")
    g.skip("що на 9,5 % більше, ніж за відповідний період 2025 року", [9.5, 2025], "growth rate vs 2025")
    g.skip("Рішення про надання послуг прийнято щодо 574 осіб, відмовлено – 38.", [574, 38],
           "decisions and refusals (no §3 id); literals in the check")
    g.skip("(312 поїздок)", [312], "trips (no §3 id)")
    g.skip("відкрити відділення денного догляду в Мирненському окрузі на 15 місць", [2026, 15], "plan, places")
    g.skip("Виконавець: тел. (03657) 0-22-91", [3657, 2291], "phone")
    g.skip("за І півріччя 2026 року", [2026], "year in the title")
    g.skip("У І півріччі 2026 року до управління", [2026], "year")
    g.skip("На утримання Центру у І півріччі 2026 року", [2026], "year")
    g.note("the author is the УСЗН, so meta.centre is the управління (centre_type uszn); the services are the ЦНСП's")
    g.note("the «Частка, %» column is each district count's percent; the Разом row carries 100,0")
    g.note("one slip (Головинський 16,5 % instead of 14,5 %) recorded as two findings: percent_mismatch and percents_sum")
    g.write()


if __name__ == "__main__":
    build()
    gold()
