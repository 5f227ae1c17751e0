"""b101_01: ЦСС Солонківської сільської ради (Львівська), annual report 2024. DOCX, first person plural.
Planted slip: percent_mismatch (11 of 38 families written as 31,4 %; it is 28,9 %)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, save_docx, docx_table, report_path

DOC = "b101_01_solonka_css_annual2024.docx"

d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ СОЛОНКІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
para("Львівського району Львівської області", center=True)
para("81131, Львівська обл., Львівський р-н, с. Солонка, вул. Шкільна, 3; тел. (032) 045-17-32; "
     "e-mail: css.solonka@example.ua; код ЄДРПОУ 44718265", center=True)
para("Вих. № 01-12/54 від 20.01.2025")
para("ЗВІТ про роботу Центру соціальних служб Солонківської сільської ради за 2024 рік", bold=True, center=True)

d.add_heading("1. Загальні відомості", level=2)
para("Центр утворено рішенням Солонківської сільської ради від 14.12.2021 № 1187 як окрему юридичну особу. "
     "Ми обслуговуємо 15 населених пунктів громади, у яких проживає близько 17,9 тис. осіб. "
     "Штатним розписом передбачено 9 посад, фактично у 2024 році працювали 8 фахівців; одна посада "
     "психолога залишається вакантною. Підвищили кваліфікацію 6 наших працівників (навчання у Львівському "
     "обласному центрі соціальних служб та онлайн-курси).")

d.add_heading("2. Виявлення сімей, які потребують підтримки", level=2)
para("Протягом 2024 року до Центру надійшли повідомлення про 74 сім'ї, які можуть перебувати у складних "
     "життєвих обставинах (у 2023 році – 61). Ми провели оцінку потреб 69 сімей; у 52 з них виявлено "
     "складні життєві обставини, у цих сім'ях виховується 97 дітей. В інших 17 сім'ях складних життєвих "
     "обставин не виявлено, їм надано інформаційні послуги. Щодо 5 повідомлень оцінку завершено вже у "
     "січні 2025 року.")

d.add_heading("3. Надання соціальних послуг", level=2)
para("Загалом у 2024 році соціальними послугами охоплено 906 сімей/осіб, яким надано 1747 послуг. "
     "Розподіл за видами послуг наведено в таблиці 1.")
para("Таблиця 1. Отримувачі та кількість наданих послуг у 2024 році", bold=True)
TABLE = [
    ["№ з/п", "Соціальна послуга", "Отримувачі, сімей/осіб", "Надано послуг"],
    ["1", "Інформування", "412", "468"],
    ["2", "Консультування", "287", "611"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "38", "402"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "4", "96"],
    ["5", "Натуральна допомога", "156", "156"],
    ["6", "Екстрене (кризове) втручання", "9", "14"],
    ["Усього", "", "906", "1747"],
]
t = docx_table(d, TABLE)
last = t.rows[len(TABLE) - 1]
m = last.cells[0].merge(last.cells[1])
m.text = "Усього"

d.add_heading("4. Соціальний супровід", level=2)
para("Під соціальним супроводом протягом року перебувало 38 сімей, у яких 71 дитина. З них 29 сімей ми "
     "взяли під супровід у 2024 році, а ще 9 сімей отримували послугу з 2023 року. Серед сімей під "
     "супроводом: сімей внутрішньо переміщених осіб – 14 (36,8 %), сімей, у яких батьки ухиляються від "
     "виконання батьківських обов'язків, – 11 (31,4 %). Середня тривалість супроводу – 4,5 місяця.")
para("Завершено надання послуги 27 сім'ям: з позитивним результатом (подолано складні життєві обставини) – 21, "
     "мінімізовано складні життєві обставини – 4, у зв'язку зі зміною місця проживання – 2. "
     "На кінець року під супроводом залишаються 11 сімей, супровід яких продовжено у 2025 році.")
para("Під соціальним супроводженням перебували 4 прийомні сім'ї та дитячі будинки сімейного типу, "
     "у яких виховується 19 дітей.")

d.add_heading("5. Інша діяльність", level=2)
para("Натуральну допомогу (продуктові набори, засоби гігієни, теплий одяг) отримали 156 сімей/осіб: "
     "видано 1 240 наборів на загальну суму 612,4 тис. грн, переданих благодійними фондами.", style="List Bullet")
para("Ми провели 23 групові заходи (тренінги для батьків, заняття з дітьми, батьківські збори), у яких "
     "взяли участь 386 осіб. Тривалість одного тренінгу – 3 години.", style="List Bullet")
para("На телефон Центру надійшло 134 дзвінки з питань соціальних послуг та допомоги.", style="List Bullet")
para("Скарг на роботу Центру у звітному році не надходило.", style="List Bullet")

d.add_heading("6. Завдання на 2025 рік", level=2)
para("У 2025 році плануємо запровадити послугу підтриманого проживання для 5 осіб з числа дітей-сиріт "
     "віком від 18 до 23 років та охопити послугою консультування не менше 300 отримувачів.")
para("Директор Центру                    (підпис)")

path = report_path(DOC)
save_docx(d, path, author="ЦСС")

# ---------------------------------------------------------------- gold
g = Gold(DOC, {
    "centre": "Центр соціальних служб Солонківської сільської ради",
    "centre_type": "css",
    "settlement": "Солонка",
    "oblast": "Львівська",
    "report_kind": "annual_report",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
})
g.meta_alt = {"settlement": ["Солонківська сільська громада"]}

f_pos = g.f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
f_act = g.f("staff_actual", "staff", 8, "фактично у 2024 році працювали 8 фахівців")
f_tr = g.f("staff_trained", "staff", 6, "Підвищили кваліфікацію 6 наших працівників")
f_not = g.f("notified", "families", 74, "до Центру надійшли повідомлення про 74 сім'ї")
f_na = g.f("needs_assessed", "families", 69, "Ми провели оцінку потреб 69 сімей")
f_sjo = g.f("in_difficult_circumstances", "families", 52, "у 52 з них виявлено складні життєві обставини",
            parent=f_na)
f_sjoc = g.f("in_difficult_circumstances", "children", 97, "у цих сім'ях виховується 97 дітей", parent=f_sjo)
f_all = g.f("served", "families_persons", 906, "соціальними послугами охоплено 906 сімей/осіб",
            note="prose; the table's Усього row repeats it")
f_alls = g.f("services_provided", "services", 1747, "яким надано 1747 послуг")

svc = {"Інформування": "informing", "Консультування": "counselling",
       "Соціальний супровід сімей (осіб), які перебувають у СЖО": "social_support_sjo",
       "Соціальне супроводження прийомних сімей та ДБСТ": "social_support_foster",
       "Натуральна допомога": "natural_aid", "Екстрене (кризове) втручання": "crisis_intervention"}
tot_row = "Усього\t906\t1747"
t_tot_r = g.f("served", "families_persons", 906, tot_row, label="Усього (таблиця 1)")
t_tot_s = g.f("services_provided", "services", 1747, tot_row, label="Усього (таблиця 1)")
rows_r, rows_s = [], []
for row in TABLE[1:-1]:
    q = "\t".join(row)
    rows_r.append(g.f("served", "families_persons", int(row[2]), q, service=svc[row[1]],
                      group="table1_recipients", parent=t_tot_r))
    rows_s.append(g.f("services_provided", "services", int(row[3]), q, service=svc[row[1]],
                      group="table1_services", parent=t_tot_s))

f_ss = g.f("served", "families", 38, "Під соціальним супроводом протягом року перебувало 38 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
f_ssc = g.f("served", "children", 71, "у яких 71 дитина", service="social_support_sjo",
            alt=["support_ongoing"], parent=f_ss)
f_st = g.f("support_started", "families", 29, "З них 29 сімей ми взяли під супровід у 2024 році",
           service="social_support_sjo", group="support38_new_vs_continued", parent=f_ss)
f_cont = g.f("served", "families", 9, "а ще 9 сімей отримували послугу з 2023 року",
             service="social_support_sjo", label="отримували послугу з 2023 року", alt=["support_ongoing"],
             group="support38_new_vs_continued", parent=f_ss)
f_idp = g.f("served", "families", 14, "сімей внутрішньо переміщених осіб – 14 (36,8 %)", percent=36.8,
            service="social_support_sjo", category="внутрішньо переміщені особи", parent=f_ss)
f_evad = g.f("served", "families", 11, "виконання батьківських обов'язків, – 11 (31,4 %)", percent=31.4,
             service="social_support_sjo",
             category="сім'ї, у яких батьки ухиляються від виконання батьківських обов'язків", parent=f_ss)
f_comp = g.f("support_completed", "families", 27, "Завершено надання послуги 27 сім'ям",
             service="social_support_sjo", parent=f_ss)
f_pos_o = g.f("outcome_positive", "families", 21,
              "з позитивним результатом (подолано складні життєві обставини) – 21",
              group="completed27_by_outcome", parent=f_comp)
f_min = g.f("outcome_minimized", "families", 4, "мінімізовано складні життєві обставини – 4",
            group="completed27_by_outcome", parent=f_comp)
f_oth = g.f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2",
            label="зміна місця проживання", group="completed27_by_outcome", parent=f_comp)
f_ong = g.f("support_ongoing", "families", 11, "На кінець року під супроводом залишаються 11 сімей",
            service="social_support_sjo", parent=f_ss)
f_fos = g.f("served", "families", 4, "Під соціальним супроводженням перебували 4 прийомні сім'ї",
            service="social_support_foster", alt=["support_ongoing"])
f_fosc = g.f("served", "children", 19, "у яких виховується 19 дітей", service="social_support_foster",
             alt=["support_ongoing"], parent=f_fos)
f_nat = g.f("served", "families_persons", 156, "Натуральну допомогу (продуктові набори, засоби гігієни, теплий одяг) отримали 156 сімей/осіб",
            service="natural_aid", note="repeats the table row 5")
f_aid = g.f("aid_value", "uah", 612400, "на загальну суму 612,4 тис. грн", service="natural_aid")
f_ev = g.f("events", "events", 23, "Ми провели 23 групові заходи")
f_evp = g.f("event_participants", "persons", 386, "взяли участь 386 осіб", parent=f_ev)
f_calls = g.f("calls", "calls", 134, "На телефон Центру надійшло 134 дзвінки")
f_cmp = g.f("complaints", "complaints", 0, "Скарг на роботу Центру у звітному році не надходило.")

ids = lambda xs: " + ".join(xs)  # noqa: E731
g.check("table_arithmetic", "Усього\t906\t1747",
        "recipients column: 412 + 287 + 38 + 4 + 156 + 9 = 906", f"{ids(rows_r)} == {t_tot_r}")
g.check("table_arithmetic", "Усього\t906\t1747",
        "services column: 468 + 611 + 402 + 96 + 156 + 14 = 1747", f"{ids(rows_s)} == {t_tot_s}")
g.check("internal_conflict", "соціальними послугами охоплено 906 сімей/осіб",
        "prose 906 / 1747 equal the table's Усього row", f"{f_all} == {t_tot_r} and {f_alls} == {t_tot_s}")
g.check("internal_conflict", "Натуральну допомогу (продуктові набори",
        "156 natural-aid recipients in prose = table row 5; 38 under support = table row 3; 4 foster = row 4",
        f"{f_nat} == {rows_r[4]} and {f_ss} == {rows_r[2]} and {f_fos} == {rows_r[3]}")
g.check("parts_sum", "Ми провели оцінку потреб 69 сімей; у 52 з них",
        "52 with СЖО + 17 without (skipped, no §3 id) = 69 assessed; 69 ≤ 74 notified",
        f"{f_sjo} + 17 == {f_na} and {f_na} <= {f_not}")
g.check("parts_sum", "З них 29 сімей ми взяли під супровід у 2024 році, а ще 9 сімей",
        "29 new + 9 continued = 38", f"{f_st} + {f_cont} == {f_ss}")
g.check("parts_sum", "Завершено надання послуги 27 сім'ям",
        "21 + 4 + 2 = 27 completed; 27 completed + 11 continued = 38",
        f"{f_pos_o} + {f_min} + {f_oth} == {f_comp} and {f_comp} + {f_ong} == {f_ss}")
g.check("percent_mismatch", "сімей внутрішньо переміщених осіб – 14 (36,8 %)",
        "14 / 38 = 36,84 % → 36,8", f"pct_ok(p{f_idp[1:]}, {f_idp}, {f_ss}, 1)")
g.check("parts_sum", "фактично у 2024 році працювали 8 фахівців",
        "8 working ≤ 9 positions; 6 trained ≤ 8", f"{f_act} <= {f_pos} and {f_tr} <= {f_act}")
g.slip("percent_mismatch", "error", "виконання батьківських обов'язків, – 11 (31,4 %)", 31.4, 28.9,
       [f_evad, f_ss],
       "11 of the 38 families under support is 28,9 %, not 31,4 % (31,4 % would be 11 of 35, or 12 of 38 is 31,6)",
       f"pct_ok(p{f_evad[1:]}, {f_evad}, {f_ss}, 1)")

g.skip("81131, Львівська обл., Львівський р-н, с. Солонка, вул. Шкільна, 3; тел. (032) 045-17-32",
       [81131, 3, 32, 451732], "postcode, address, phone (invalid 0 after the area code)")
g.skip("код ЄДРПОУ 44718265", [44718265], "ЄДРПОУ")
g.skip("Вих. № 01-12/54 від 20.01.2025", [1, 12, 54, 20, 1, 2025], "outgoing number and date")
g.skip("за 2024 рік", [2024], "year of the report")
g.skip("рішенням Солонківської сільської ради від 14.12.2021 № 1187", [14, 12, 2021, 1187], "decision date/number")
g.skip("Ми обслуговуємо 15 населених пунктів громади, у яких проживає близько 17,9 тис. осіб.", [15, 17900],
       "settlement count and population")
g.skip("одна посада психолога залишається вакантною", [1], "vacancy, no §3 id")
g.skip("(у 2023 році – 61)", [2023, 61], "prior-year figure")
g.skip("В інших 17 сім'ях складних життєвих обставин не виявлено", [17],
       "families without СЖО: no §3 id (used as a literal in a check)")
g.skip("Щодо 5 повідомлень оцінку завершено вже у січні 2025 року.", [5, 2025],
       "notifications whose assessment ended in 2025: no §3 id, next period")
g.skip("Таблиця 1. Отримувачі та кількість наданих послуг у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування\t412\t468", [1, 2, 3, 4, 5, 6], "row numbers 1–6 of table 1")
g.skip("Середня тривалість супроводу – 4,5 місяця.", [4.5], "duration")
g.skip("супровід яких продовжено у 2025 році", [2025], "year")
g.skip("видано 1 240 наборів", [1240], "items (sets), not a §3 unit")
g.skip("Тривалість одного тренінгу – 3 години.", [3], "duration")
g.skip("У 2025 році плануємо запровадити послугу підтриманого проживання для 5 осіб з числа дітей-сиріт віком від 18 до 23 років та охопити послугою консультування не менше 300 отримувачів.",
       [2025, 5, 18, 23, 300], "plan for 2025, ages")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers")

g.note("«сімей/осіб» → unit families_persons, as in the table header «Отримувачі, сімей/осіб»")
g.note("the prose total 906 / 1747, the natural-aid 156, the 38 families under support and the 4 foster families are "
       "each written twice (prose and table 1): two facts each")
g.note("table cells are facts quoted by their row; rows hang on the Усього cell of the same column")
g.note("«ще 9 сімей отримували послугу з 2023 року» → served with a label (alt support_ongoing), as in blind18")
g.note("«сімей ВПО – 14 (36,8 %)» and «батьки ухиляються … – 11 (31,4 %)» are overlapping «серед» categories: parent only, no group")
g.note("the 17 families without СЖО and the 5 notifications finished in 2025 have no §3 id: skipped")
g.note("meta_alt accepts the hromada name for settlement; the centre name is the title's")
g.write()
