"""b94_06: Центр соціальних служб Матусівської сільської ради (Черкаська), analytic note for Q3 2021.
DOCX, first person plural, bulleted list and a table by starosta district. No slip."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b94_06_matusiv_css_q3_2021.docx"
d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"; d.styles["Normal"].font.size = Pt(13)


def para(text, bold=False, center=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text); r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("Центр соціальних служб Матусівської сільської ради", bold=True, center=True)
para("20154, Черкаська обл., Черкаський р-н, с. Матусів, вул. Соборна, 3, тел. (04733) 0-24-61, css.matusiv@example.ua", center=True)
para("АНАЛІТИЧНА ДОВІДКА\nпро роботу Центру за III квартал 2021 року", bold=True, center=True)
para("Центр працює другий рік: його утворено рішенням сільської ради від 24.12.2020 № 2-14/VIII. Нижче – основні результати нашої роботи у липні – вересні 2021 року.")
para("Виявлення сімей у СЖО", bold=True)
para("За квартал ми отримали 38 повідомлень про сім’ї, які можуть перебувати у складних життєвих обставинах; 3 повідомлення не підтвердилися. Оцінку потреб провели для 35 сімей: у 21 сім’ї виявили складні життєві обставини, ще 14 сімей потреби в соціальних послугах не мали.")
para("Соціальний супровід", bold=True)
para("Під соціальний супровід за квартал взяли 15 сімей. Розподіл за населеними пунктами громади наведено в таблиці.")
rows = [["Населений пункт / старостинський округ", "Взято під супровід, сімей", "у них дітей", "Надано соціальних послуг"],
        ["с. Матусів", "6", "11", "214"],
        ["Старостинський округ № 1", "4", "9", "132"],
        ["Старостинський округ № 2", "3", "5", "97"],
        ["Старостинський округ № 3", "2", "2", "58"],
        ["Усього", "15", "27", "501"]]
t = d.add_table(rows=len(rows), cols=4); t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
para("З 15 сімей, взятих під супровід, 4 (26,7 %) – сім’ї внутрішньо переміщених осіб. Завершили супровід 9 сімей: 6 – з позитивним результатом, 3 – з мінімізацією СЖО. На кінець кварталу під нашим супроводом перебуває 26 сімей (51 дитина). Для порівняння: у II кварталі під супровід взяли 11 сімей, з початку року – 37.")
para("Інші послуги та заходи", bold=True)
for item in ("консультування надали 312 особам;",
             "інформування – 405 особам;",
             "супроводжуємо 2 прийомні сім’ї (5 дітей) та 1 дитячий будинок сімейного типу (7 дітей);",
             "провели 5 тренінгів для батьків, у яких взяли участь 64 учасники;",
             "в акції «Збери дитину до школи» 43 дітям із сімей у СЖО передали шкільне приладдя на суму 21,5 тис. грн."):
    para(item, style="List Bullet")
para("Кадри", bold=True)
para("У Центрі 5 штатних посад, працюють 5 фахівців. У вересні двоє з них пройшли онлайн-курс «Ведення випадку» (24 год).")
para("Скарг на роботу Центру за квартал не було.")
para("У IV кварталі плануємо провести 6 тренінгів і відкрити кімнату для зустрічей дітей з батьками.")
para("Директор Центру                                          (підпис)\n04.10.2021")
fix_docx_props(d, author="ЦСС")
path = report_path(DOC); d.save(path); freeze_zip(path)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Матусівської сільської ради",
    "centre_type": "css", "settlement": "Матусів", "oblast": "Черкаська",
    "report_kind": "period_report", "period_start": "2021-07-01", "period_end": "2021-09-30"},
    {"settlement": ["Матусівська сільська громада"]})
f = g.f
nt = f("notified", "families", 38, "ми отримали 38 повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах",
       unit_alt="applications")
na = f("needs_assessed", "families", 35, "Оцінку потреб провели для 35 сімей")
sj = f("in_difficult_circumstances", "families", 21, "у 21 сім'ї виявили складні життєві обставини", parent=na)
pr = f("support_started", "families", 15, "Під соціальний супровід за квартал взяли 15 сімей", service="social_support_sjo")
RT = "Усього\t15\t27\t501"
tf = f("support_started", "families", 15, RT, service="social_support_sjo", label="Усього")
tc = f("support_started", "children", 27, RT, service="social_support_sjo", label="Усього", parent=tf)
tsv = f("services_provided", "services", 501, RT, label="Усього")
rows_ = [("с. Матусів", "с. Матусів\t6\t11\t214", 6, 11, 214),
         ("старостинський округ № 1", "Старостинський округ № 1\t4\t9\t132", 4, 9, 132),
         ("старостинський округ № 2", "Старостинський округ № 2\t3\t5\t97", 3, 5, 97),
         ("старостинський округ № 3", "Старостинський округ № 3\t2\t2\t58", 2, 2, 58)]
cells = []
for dist, q, a, b, c in rows_:
    x = f("support_started", "families", a, q, service="social_support_sjo", district=dist, group="started_15_by_district", parent=tf)
    y = f("support_started", "children", b, q, service="social_support_sjo", district=dist, group="children_27_by_district", parent=tc)
    z = f("services_provided", "services", c, q, district=dist, group="services_501_by_district", parent=tsv)
    cells.append((x, y, z))
vp = f("support_started", "families", 4, "З 15 сімей, взятих під супровід, 4 (26,7 %) – сім'ї внутрішньо переміщених осіб",
       percent=26.7, service="social_support_sjo", category="внутрішньо переміщені особи", parent=tf)
sc = f("support_completed", "families", 9, "Завершили супровід 9 сімей", service="social_support_sjo")
o1 = f("outcome_positive", "families", 6, "6 – з позитивним результатом", service="social_support_sjo", group="completed_9_by_result", parent=sc)
o2 = f("outcome_minimized", "families", 3, "3 – з мінімізацією СЖО", service="social_support_sjo", group="completed_9_by_result", parent=sc)
on = f("support_ongoing", "families", 26, "На кінець кварталу під нашим супроводом перебуває 26 сімей (51 дитина)",
       service="social_support_sjo", alt=["served"])
f("support_ongoing", "children", 51, "26 сімей (51 дитина)", service="social_support_sjo", alt=["served"], parent=on)
f("served", "persons", 312, "консультування надали 312 особам", service="counselling")
f("served", "persons", 405, "інформування – 405 особам", service="informing")
fs = f("served", "families", 2, "супроводжуємо 2 прийомні сім'ї (5 дітей)", service="social_support_foster", label="прийомні сім'ї")
f("served", "children", 5, "2 прийомні сім'ї (5 дітей)", service="social_support_foster", label="прийомні сім'ї", parent=fs)
db = f("served", "families", 1, "1 дитячий будинок сімейного типу (7 дітей)", service="social_support_foster", label="дитячі будинки сімейного типу")
f("served", "children", 7, "1 дитячий будинок сімейного типу (7 дітей)", service="social_support_foster", label="дитячі будинки сімейного типу", parent=db)
ev = f("events", "events", 5, "провели 5 тренінгів для батьків")
f("event_participants", "persons", 64, "у яких взяли участь 64 учасники", parent=ev)
nc = f("served", "children", 43, "43 дітям із сімей у СЖО передали шкільне приладдя", service="natural_aid",
       label="акція «Збери дитину до школи»")
f("aid_value", "uah", 21500, "передали шкільне приладдя на суму 21,5 тис. грн", service="natural_aid",
  label="акція «Збери дитину до школи»")
pos = f("staff_positions", "positions", 5, "У Центрі 5 штатних посад")
sa = f("staff_actual", "staff", 5, "працюють 5 фахівців")
tr = f("staff_trained", "staff", 2, "У вересні двоє з них пройшли онлайн-курс «Ведення випадку»", note="«двоє» written in words")
f("complaints", "complaints", 0, "Скарг на роботу Центру за квартал не було.")

g.check("table_arithmetic", RT, "families 6 + 4 + 3 + 2 = 15", " + ".join(c[0] for c in cells) + f" == {tf}")
g.check("table_arithmetic", RT, "children 11 + 9 + 5 + 2 = 27", " + ".join(c[1] for c in cells) + f" == {tc}")
g.check("table_arithmetic", RT, "services 214 + 132 + 97 + 58 = 501", " + ".join(c[2] for c in cells) + f" == {tsv}")
g.check("percent_mismatch", "4 (26,7 %) – сім'ї внутрішньо переміщених осіб", "4 / 15 = 26,67 % → 26,7", f"pct_ok(p{vp[1:]}, {vp}, {tf}, 1)")
g.check("parts_sum", "Завершили супровід 9 сімей: 6 – з позитивним результатом, 3 – з мінімізацією СЖО.", "6 + 3 = 9", f"{o1} + {o2} == {sc}")
g.check("parts_sum", "Оцінку потреб провели для 35 сімей: у 21 сім'ї виявили складні життєві обставини, ще 14 сімей потреби в соціальних послугах не мали.",
        "21 + 14 = 35 assessed; 35 + 3 not confirmed = 38 notifications (14 and 3 are skipped literals)", f"{sj} + 14 == {na} and {na} + 3 == {nt}")
g.check("parts_sum", "Під соціальний супровід за квартал взяли 15 сімей.", "15 taken under support ≤ 21 found in СЖО", f"{tf} <= {sj}")
g.check("parts_sum", "У Центрі 5 штатних посад, працюють 5 фахівців.", "5 ≤ 5; 2 trained ≤ 5", f"{sa} <= {pos} and {tr} <= {sa}")
g.check("internal_conflict", "Під соціальний супровід за квартал взяли 15 сімей.", "prose 15 = table Усього 15", f"{tf} == {pr}")

g.skip("20154, Черкаська обл., Черкаський р-н, с. Матусів, вул. Соборна, 3, тел. (04733) 0-24-61", [20154, 3, 4733, 2461], "postcode, address, phone")
g.skip("Центр працює другий рік: його утворено рішенням сільської ради від 24.12.2020 № 2-14/VIII.", [24, 12, 2020, 2, 14], "decision date and number")
g.skip("3 повідомлення не підтвердилися", [3], "unconfirmed notifications (no §3 id); literal in a check")
g.skip("ще 14 сімей потреби в соціальних послугах не мали", [14], "families without needs (no §3 id); literal in a check")
g.skip("Старостинський округ № 1\t4\t9\t132", [1, 2, 3], "starosta district numbers № 1–3")
g.skip("Для порівняння: у II кварталі під супровід взяли 11 сімей, з початку року – 37.", [11, 37], "previous quarter; nine-month cumulative (another period)")
g.skip("«Ведення випадку» (24 год)", [24], "duration")
g.skip("У IV кварталі плануємо провести 6 тренінгів", [6], "plan")
g.skip("04.10.2021", [4, 10, 2021], "date")

g.note("period: «за III квартал 2021 року» = 2021-07-01..2021-09-30; report_kind period_report (analytic note)")
g.note("«Під соціальний супровід за квартал взяли 15 сімей» in prose and the table «Усього» 15: a figure written twice is two facts (blind18 convention), the IDP share hangs on the table total")
g.note("table by settlement / starosta district: every cell a fact; district field carries the row name; families, their children and the services hang on the «Усього» cell of the same column. The services column is not restricted to social support, so it carries no service")
g.note("«38 повідомлень про сім'ї» → notified, unit families (unit_alt applications)")
g.note("«На кінець кварталу під нашим супроводом перебуває 26 сімей» → support_ongoing (alt served), as the seed gold does for «на кінець періоду отримують»")
g.note("the school kit action: 43 children → served natural_aid (children), the amount → aid_value")
g.write()
