"""b25_01: ЦСС Дубровицької міської ради (Рівненська), annual report 2024, DOCX.
Voice: first person plural («ми», «наші фахівці»), run-in bold lead words, a service table with
families/persons, children and services, a dash list of outcomes with percentages in brackets."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b25_01_dubrovytsia_css_annual2024.docx"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
fix_docx_props(d, author="ЦСС")


def para(text, bold_lead=None, align=None):
    p = d.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
    p.add_run(text)
    if align:
        p.alignment = align
    return p


para("Центр соціальних служб Дубровицької міської ради", align=WD_ALIGN_PARAGRAPH.CENTER)
para("34100, Рівненська обл., м. Дубровиця, вул. Шкільна, 5; тел. (03658) 0-24-17; "
     "e-mail: css.dubrovytsia@example.ua; код ЄДРПОУ 44218307", align=WD_ALIGN_PARAGRAPH.CENTER)
para("Вих. № 01-12/27 від 20.01.2025")
h = d.add_heading("Звіт про діяльність Центру соціальних служб Дубровицької міської ради за 2024 рік", 1)

para(" Центр діє на підставі Положення, затвердженого рішенням Дубровицької міської ради "
     "від 22.12.2020 № 41 (зі змінами). Ми працюємо в 47 населених пунктах громади, де проживає "
     "близько 32,8 тис. осіб.", bold_lead="Хто ми.")
para(" За штатним розписом у Центрі 14 посад, фактично працює 12 працівників, з них 9 фахівців "
     "із соціальної роботи. Протягом року підвищили кваліфікацію 7 працівників (58,3 %).",
     bold_lead="Кадри.")
para(" Протягом 2024 року до нас звернулися 1 046 осіб (на 112 більше, ніж роком раніше), "
     "з них 412 – внутрішньо переміщені особи (41,2 %). Оцінку потреб наші фахівці провели "
     "318 сім'ям/особам, у тому числі 204 сім'ям з дітьми, в яких виховується 431 дитина.",
     bold_lead="Звернення.")
para(" Надійшло 96 повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах. "
     "За результатами оцінки потреб у СЖО перебувають 61 сім'я (63,5 %).",
     bold_lead="Повідомлення.")

para("Таблиця 1. Охоплення соціальними послугами у 2024 році")
rows = [
    ("№", "Соціальна послуга", "Сімей/осіб", "Дітей у сім'ях", "Надано послуг"),
    ("1", "Інформування", "402", "515", "1 236"),
    ("2", "Консультування", "611", "702", "2 480"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "58", "137", "1 102"),
    ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "9", "27", "318"),
    ("5", "Екстрене (кризове) втручання", "14", "22", "31"),
    ("6", "Представництво інтересів", "6", "9", "12"),
]
t = d.add_table(rows=len(rows) + 1, cols=5)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.rows[i].cells[j].text = v
last = t.rows[len(rows)]
m = last.cells[0].merge(last.cells[1])
m.text = "Усього"
for j, v in zip((2, 3, 4), ("1 100", "1 412", "5 179")):
    last.cells[j].text = v

para("Загалом соціальними послугами охоплено 1 100 сімей/осіб, у яких виховується 1 412 дітей; "
     "надано 5 197 послуг. Середня тривалість супроводу – 5,5 місяця.")
para(" Під соціальним супроводом протягом року перебувало 58 сімей (137 дітей). Взяли під "
     "супровід 37 сімей, у них 84 дитини. Завершено надання послуги 41 сім'ї, з них:",
     bold_lead="Соціальний супровід.")
for s in ("з позитивним результатом (СЖО подолано) – 29 (70,7 %);",
          "мінімізовано СЖО – 7 (17,1 %);",
          "без результату – 3 (7,3 %);",
          "у зв'язку зі зміною місця проживання – 2 (4,9 %).",):
    d.add_paragraph(s, style="List Bullet")
para("На 2025 рік продовжено супровід 17 сімей.")
para(" Проведено 23 тренінги та групові заняття для батьків і підлітків, участь у них взяли "
     "316 учасників. На «гарячу лінію» Центру надійшло 148 дзвінків.", bold_lead="Групова робота.")
para(" За сприяння партнерів 212 сімей з дітьми отримали продуктові набори (усього видано "
     "640 наборів).", bold_lead="Допомога.")
para("Скарг на якість наших послуг у 2024 році не надходило.")
para(" У 2025 році плануємо охопити послугами не менше 1 150 сімей/осіб і запровадити послугу "
     "підтриманого проживання для 4 випускників закладів інституційного догляду віком 18–23 роки.",
     bold_lead="Плани.")
para("Директор Центру                    (підпис)")

out = report_path(DOC)
d.save(out)
freeze_zip(out)

# ---------------------------------------------------------------- gold
g = Gold(DOC, {
    "centre": "Центр соціальних служб Дубровицької міської ради",
    "centre_type": "css", "settlement": "Дубровиця", "oblast": "Рівненська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
F = g.f
f1 = F("staff_positions", "positions", 14, "За штатним розписом у Центрі 14 посад")
f2 = F("staff_actual", "staff", 12, "фактично працює 12 працівників")
f3 = F("staff_actual", "staff", 9, "з них 9 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=f2)
f4 = F("staff_trained", "staff", 7, "підвищили кваліфікацію 7 працівників (58,3 %)", percent=58.3)
f5 = F("applied", "persons", 1046, "до нас звернулися 1 046 осіб")
f6 = F("applied", "persons", 412, "з них 412 – внутрішньо переміщені особи (41,2 %)", percent=41.2,
       category="внутрішньо переміщені особи", parent=f5)
f7 = F("needs_assessed", "families_persons", 318, "Оцінку потреб наші фахівці провели 318 сім'ям/особам")
f8 = F("needs_assessed", "families", 204, "у тому числі 204 сім'ям з дітьми", parent=f7)
f9 = F("needs_assessed", "children", 431, "в яких виховується 431 дитина", parent=f8)
f10 = F("notified", "families", 96, "Надійшло 96 повідомлень про сім'ї")
f11 = F("in_difficult_circumstances", "families", 61, "у СЖО перебувають 61 сім'я (63,5 %)", percent=63.5, parent=f10)

TOT = "Усього\t1 100\t1 412\t5 179"
f12 = F("served", "families_persons", 1100, TOT, label="Усього")
f13 = F("served", "children", 1412, TOT, label="Усього", parent=f12)
f14 = F("services_provided", "services", 5179, TOT, label="Усього")
trow = {}
ids = {}
svc = {"1": "informing", "2": "counselling", "3": "social_support_sjo", "4": "social_support_foster",
       "5": "crisis_intervention", "6": "representation"}
for r in rows[1:]:
    q = "\t".join(r)
    n = int(r[0])
    fa = F("served", "families_persons", int(r[2].replace(" ", "")), q, service=svc[r[0]], label=r[1],
           group="table1_families_persons", parent=f12)
    fb = F("served", "children", int(r[3].replace(" ", "")), q, service=svc[r[0]], label=r[1],
           group="table1_children", parent=f13)
    fc = F("services_provided", "services", int(r[4].replace(" ", "")), q, service=svc[r[0]], label=r[1],
           group="table1_services", parent=f14)
    ids[n] = (fa, fb, fc)
f33 = F("served", "families_persons", 1100, "Загалом соціальними послугами охоплено 1 100 сімей/осіб")
f34 = F("served", "children", 1412, "у яких виховується 1 412 дітей", parent=f33)
f35 = F("services_provided", "services", 5197, "надано 5 197 послуг")
f36 = F("served", "families", 58, "Під соціальним супроводом протягом року перебувало 58 сімей (137 дітей)",
        service="social_support_sjo", alt=["support_ongoing"])
f37 = F("served", "children", 137, "58 сімей (137 дітей)", service="social_support_sjo",
        alt=["support_ongoing"], parent=f36)
f38 = F("support_started", "families", 37, "Взяли під супровід 37 сімей", service="social_support_sjo", parent=f36)
f39 = F("support_started", "children", 84, "у них 84 дитини", service="social_support_sjo", parent=f38)
f40 = F("support_completed", "families", 41, "Завершено надання послуги 41 сім'ї", service="social_support_sjo", parent=f36)
f41 = F("outcome_positive", "families", 29, "з позитивним результатом (СЖО подолано) – 29 (70,7 %)", percent=70.7,
        service="social_support_sjo", group="completed_41_by_outcome", parent=f40)
f42 = F("outcome_minimized", "families", 7, "мінімізовано СЖО – 7 (17,1 %)", percent=17.1,
        service="social_support_sjo", group="completed_41_by_outcome", parent=f40)
f43 = F("outcome_negative", "families", 3, "без результату – 3 (7,3 %)", percent=7.3,
        service="social_support_sjo", group="completed_41_by_outcome", parent=f40)
f44 = F("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 (4,9 %)", percent=4.9,
        service="social_support_sjo", label="зміна місця проживання", group="completed_41_by_outcome", parent=f40)
f45 = F("support_ongoing", "families", 17, "На 2025 рік продовжено супровід 17 сімей", service="social_support_sjo",
        note="continued into 2025: a 2024 figure (support_ongoing), not a plan")
f46 = F("events", "events", 23, "Проведено 23 тренінги та групові заняття")
f47 = F("event_participants", "persons", 316, "участь у них взяли 316 учасників", parent=f46)
f48 = F("calls", "calls", 148, "надійшло 148 дзвінків")
f49 = F("served", "families", 212, "212 сімей з дітьми отримали продуктові набори", label="продуктові набори від партнерів")
f50 = F("complaints", "complaints", 0, "Скарг на якість наших послуг у 2024 році не надходило.")

g.slip("percent_mismatch", "error", "з них 412 – внутрішньо переміщені особи (41,2 %)", 41.2, 39.4, [f6, f5],
       "412 of the 1 046 persons who turned to the centre is 39,4 %, not 41,2 % (41,2 % is 412 of 1 000: the author seems to have divided by a round thousand). 41,2 % is reachable with N = 1 046 (431 of 1 046), so this is a mismatch, not a GRIM impossibility.",
       "pct_ok(p6, f6, f5, 1)", slip=1)
g.slip("internal_conflict", "error", "надано 5 197 послуг", 5197, 5179, [f35, f14],
       "the prose total of services (5 197) differs from the table's Усього (5 179); the table rows sum to 5 179, so the prose has two digits swapped",
       "f35 == f14", slip=2)

fam = [ids[n][0] for n in range(1, 7)]
chi = [ids[n][1] for n in range(1, 7)]
srv = [ids[n][2] for n in range(1, 7)]
def s(lst): return " + ".join("f" + x[1:] for x in lst)
g.check("table_arithmetic", TOT, "families/persons column: 402 + 611 + 58 + 9 + 14 + 6 = 1 100",
        f"{s(fam)} == f12")
g.check("table_arithmetic", TOT, "children column: 515 + 702 + 137 + 27 + 22 + 9 = 1 412", f"{s(chi)} == f13")
g.check("table_arithmetic", TOT, "services column: 1 236 + 2 480 + 1 102 + 318 + 31 + 12 = 5 179", f"{s(srv)} == f14")
g.check("internal_conflict", "Загалом соціальними послугами охоплено 1 100 сімей/осіб",
        "prose 1 100 families/persons and 1 412 children agree with the table's Усього", "f33 == f12 and f34 == f13")
g.check("internal_conflict", "Під соціальним супроводом протягом року перебувало 58 сімей (137 дітей)",
        "prose 58 families / 137 children agree with table row 3", f"f36 == {ids[3][0]} and f37 == {ids[3][1]}")
g.check("parts_sum", "Завершено надання послуги 41 сім'ї, з них:", "29 + 7 + 3 + 2 = 41", "f41 + f42 + f43 + f44 == f40")
g.check("percent_mismatch", "з позитивним результатом (СЖО подолано) – 29 (70,7 %)",
        "29/41 = 70,7; 7/41 = 17,1; 3/41 = 7,3; 2/41 = 4,9",
        "pct_ok(p41, f41, f40, 1) and pct_ok(p42, f42, f40, 1) and pct_ok(p43, f43, f40, 1) and pct_ok(p44, f44, f40, 1)")
g.check("percents_sum", "у зв'язку зі зміною місця проживання – 2 (4,9 %)",
        "70,7 + 17,1 + 7,3 + 4,9 = 100,0", "psum_ok([p41, p42, p43, p44], 1)")
g.check("parts_sum", "На 2025 рік продовжено супровід 17 сімей", "41 completed + 17 continued = 58 under support",
        "f40 + f45 == f36")
g.check("parts_sum", "Взяли під супровід 37 сімей, у них 84 дитини", "37 taken ≤ 58 under support, 84 ≤ 137 children",
        "f38 <= f36 and f39 <= f37")
g.check("percent_mismatch", "підвищили кваліфікацію 7 працівників (58,3 %)", "7/12 = 58,3 %; 12 ≤ 14 positions, 9 ≤ 12",
        "pct_ok(p4, f4, f2, 1) and f2 <= f1 and f3 <= f2")
g.check("percent_mismatch", "у СЖО перебувають 61 сім'я (63,5 %)", "61/96 = 63,5 %", "pct_ok(p11, f11, f10, 1)")
g.check("parts_sum", "у тому числі 204 сім'ям з дітьми", "204 ≤ 318", "f8 <= f7")
g.check("parts_sum", "участь у них взяли 316 учасників", "no breakdown; 316 participants ≥ 23 events", "f47 >= f46")

g.skip("34100, Рівненська обл., м. Дубровиця, вул. Шкільна, 5; тел. (03658) 0-24-17", [34100, 5, 3658, 2417], "postcode, address, phone")
g.skip("код ЄДРПОУ 44218307", [44218307], "ЄДРПОУ")
g.skip("Вих. № 01-12/27 від 20.01.2025", [1, 12, 27, 20, 1, 2025], "outgoing number and date")
g.skip("рішенням Дубровицької міської ради від 22.12.2020 № 41", [22, 12, 2020, 41], "decision date and number")
g.skip("Ми працюємо в 47 населених пунктах громади, де проживає близько 32,8 тис. осіб.", [47, 32.8], "settlements and population")
g.skip("(на 112 більше, ніж роком раніше)", [112], "difference with the previous year")
g.skip("Таблиця 1. Охоплення соціальними послугами у 2024 році", [1, 2024], "table number, year")
g.skip("№\tСоціальна послуга", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
g.skip("Середня тривалість супроводу – 5,5 місяця.", [5.5], "duration")
g.skip("(усього видано 640 наборів)", [640], "items (food sets)")
g.skip("У 2025 році плануємо охопити послугами не менше 1 150 сімей/осіб", [2025, 1150], "plan for 2025")
g.skip("підтриманого проживання для 4 випускників закладів інституційного догляду віком 18–23 роки", [4, 18, 23], "plan for 2025, ages")
g.note("table 1: every cell is a fact quoted by its row; the children cells hang on the Усього children cell (same column), the rows on the Усього cell of their column")
g.note("the prose total 1 100 / 1 412 repeats the table: two facts each; the prose 5 197 is a third figure that conflicts with the table (slip 2)")
g.note("«Під соціальним супроводом ... перебувало 58 сімей (137 дітей)» repeats table row 3: two facts; served, alt support_ongoing")
g.note("«На 2025 рік продовжено супровід 17 сімей» is a 2024 figure: support_ongoing")
g.note("«212 сімей з дітьми отримали продуктові набори» → served with a label (no classifier service named); 640 sets are items")
g.write()
