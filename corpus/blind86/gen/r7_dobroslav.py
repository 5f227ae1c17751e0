"""b86_07: self-assessment FORM of the quality of home care provided in 2024 by the ТЦСО of Доброславська
селищна рада (Одеська). Less common style: a Word form whose ratings are ticked boxes («☒ Добре ☐ Задовільно
☐ Незадовільно» in a cell, «V» in a column, «[x] добре» in the closing line), fields with figures.
Planted slips: percent_mismatch (37 з 40 written 94,5 %, is 92,5 %) and rating_band (87,5 % ticked «Добре»,
the form's own band for «добре» is 90–100 %)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b86_07_dobroslav_tcso_selfassessment2024.docx"

G, S, U = "☒ Добре ☐ Задовільно ☐ Незадовільно", "☐ Добре ☒ Задовільно ☐ Незадовільно", None

FIELDS = [
    ("1.1", "Найменування надавача соціальних послуг",
     "Територіальний центр соціального обслуговування (надання соціальних послуг) Доброславської селищної ради"),
    ("1.2", "Код за ЄДРПОУ", "40317256"),
    ("1.3", "Місцезнаходження, телефон", "67054, Одеська обл., Одеський р-н, смт Доброслав, вул. Центральна, 102; (04852) 0-35-61"),
    ("1.4", "Соціальна послуга, якість якої оцінюється", "Догляд вдома (015.1)"),
    ("1.5", "Період, за який проводиться самооцінка", "01.01.2024 – 31.12.2024"),
    ("1.6", "Кількість отримувачів послуги у звітному періоді, осіб", "118"),
    ("1.7", "у т. ч. внутрішньо переміщених осіб", "14"),
    ("1.8", "Взято на обслуговування у звітному періоді, осіб", "26"),
    ("1.9", "Припинено надання послуги, осіб (усього)", "21"),
    ("", "   – у зв'язку зі смертю", "12"),
    ("", "   – у зв'язку з влаштуванням до стаціонарних закладів", "3"),
    ("", "   – за заявою отримувача", "6"),
    ("1.10", "Кількість наданих послуг (відвідувань)", "16 842"),
    ("1.11", "Кількість працівників, які надають послугу", "19 (з них соціальних робітників – 17)"),
    ("1.12", "Вартість 1 години послуги (для платних отримувачів), грн", "82,00"),
    ("1.13", "Кількість опитаних отримувачів (анкетування), осіб", "40"),
    ("1.14", "Кількість скарг за період", "немає"),
]

CRIT = [
    ("2.1", "Адресність та індивідуальний підхід: частка отримувачів, яким послугу надано відповідно до індивідуального плану",
     "116 з 118 (98,3 %)", G),
    ("2.2", "Доступність та відкритість: частка опитаних, які вважають інформацію про послугу доступною",
     "38 з 40 (95,0 %)", G),
    ("2.3", "Своєчасність: частка опитаних, яким послугу розпочато не пізніше 10 робочих днів після рішення",
     "37 з 40 (94,5 %)", G),
    ("2.4", "Повага до гідності отримувача: частка опитаних, які не мають зауважень до поводження персоналу",
     "40 з 40 (100 %)", G),
    ("2.5", "Професійність: частка працівників, які протягом року підвищили кваліфікацію",
     "14 з 19 (73,7 %)", S),
    ("2.6", "Результативність: частка опитаних, у яких стан покращився або стабілізувався",
     "35 з 40 (87,5 %)", G),
    ("2.7", "Зручність: частка опитаних, яких влаштовує графік відвідувань", "36 з 40 (90,0 %)", G),
    ("2.8", "Захист та безпека: випадки травмування, насильства під час надання послуги", "не зафіксовано", G),
]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)

    def p(text, bold=False, center=False):
        para = d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p("Додаток 3", center=False)
    p("до наказу директора від 08.01.2025 № 4-к", center=False)
    p("ФОРМА САМООЦІНКИ", bold=True, center=True)
    p("якості надання соціальної послуги догляду вдома", bold=True, center=True)
    p("(заповнюється надавачем; потрібне позначити ☒, «V» або «x»)", center=True)
    p("І. Загальні відомості", bold=True)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for a, b, c in FIELDS:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    p("")
    p("ІІ. Дотримання критеріїв якості", bold=True)
    p("Примітка: «добре» – 90–100 %; «задовільно» – 70–89,9 %; «незадовільно» – менше 70 %.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("№", "Критерій / показник", "Значення", "Оцінка (позначити)")):
        t.rows[0].cells[i].text = h
    for a, b, c, r in CRIT:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = a, b, c, r
    p("")
    p("ІІІ. Загальна оцінка якості надання послуги", bold=True)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Добре", "Задовільно", "Незадовільно")):
        t.rows[0].cells[i].text = h
    t.rows[1].cells[0].text = "V"
    p("")
    p("Висновок робочої групи: послуга надається якісно, потребує посилення роботи з навчання персоналу "
      "(план навчання на 2025 рік – 19 осіб).")
    p("Загальна оцінка: [x] добре   [ ] задовільно   [ ] незадовільно")
    p("Голова робочої групи ____________ (підпис)        Члени робочої групи: ____________ (3 підписи)")
    p("Дата заповнення: 20.01.2025                                                              М.П.")
    fix_docx_props(d, "ТЦСО")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Доброславської селищної ради",
        "centre_type": "tcso", "settlement": "Доброслав", "oblast": "Одеська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    row = {a: "\t".join((a, b, c)) for a, b, c in FIELDS if a}
    f1 = g.f("served", "persons", 118, row["1.6"], service="home_care")
    f2 = g.f("served", "persons", 14, row["1.7"], service="home_care", category="внутрішньо переміщені особи", parent=f1)
    f3 = g.f("served", "persons", 26, row["1.8"], service="home_care", alt=["registered_new", "support_started"],
             label="взято на обслуговування", parent=f1)
    f4 = g.f("support_completed", "persons", 21, row["1.9"], service="home_care", alt=["deregistered"])
    f5 = g.f("outcome_other", "persons", 12, "– у зв'язку зі смертю\t12", service="home_care",
             label="у зв'язку зі смертю", group="completed_21_by_reason", parent=f4, alt=["deregistered"])
    f6 = g.f("outcome_other", "persons", 3, "– у зв'язку з влаштуванням до стаціонарних закладів\t3", service="home_care",
             label="влаштування до стаціонарних закладів", group="completed_21_by_reason", parent=f4, alt=["deregistered"])
    f7 = g.f("outcome_other", "persons", 6, "– за заявою отримувача\t6", service="home_care",
             label="за заявою отримувача", group="completed_21_by_reason", parent=f4, alt=["deregistered"])
    f8 = g.f("services_provided", "services", 16842, row["1.10"], service="home_care")
    f9 = g.f("staff_actual", "staff", 19, row["1.11"], service="home_care")
    f10 = g.f("staff_actual", "staff", 17, "з них соціальних робітників – 17", service="home_care",
              label="соціальні робітники", parent=f9)
    f11 = g.f("survey_respondents", "persons", 40, row["1.13"], service="home_care")
    f12 = g.f("complaints", "complaints", 0, row["1.14"], note="«немає» in the field → 0")
    ids = {}
    crit_ids = {"2.1": "targeting", "2.2": "accessibility", "2.3": "timeliness", "2.4": "dignity",
                "2.5": "professionalism", "2.6": "effectiveness", "2.7": "convenience", "2.8": "safety"}
    for a, b, c, r in CRIT:
        q = "\t".join((a, b, c, r))
        crit = crit_ids[a]
        sid = None
        if a == "2.5":
            sid = g.f("staff_trained", "staff", 14, q, percent=73.7, service="home_care",
                      label="підвищили кваліфікацію протягом року", parent=f9)
        elif "%" in c:
            pct = c[c.index("(") + 1:c.index("%")].strip().replace(",", ".")
            v = float(pct)
            v = int(v) if v.is_integer() else v
            sid = g.f("share", "percent", v, q, criterion=crit, service="home_care",
                      label=b.split(": ", 1)[1], alt=["satisfaction"])
        rid = g.f("rating", "rating", "good" if r == G else "satisfactory", q, criterion=crit, service="home_care")
        ids[a] = (sid, rid)
    f_ov1 = g.f("rating", "rating", "good", "Добре\tЗадовільно\tНезадовільно\nV", criterion="overall", service="home_care",
                label="розділ ІІІ, «V» у графі «Добре»")
    f_ov2 = g.f("rating", "rating", "good", "Загальна оцінка: [x] добре [ ] задовільно [ ] незадовільно",
                criterion="overall", service="home_care", label="закінчення форми")

    BANDS = "[(90, 100, 'good'), (70, 89.9, 'satisfactory'), (0, 69.9, 'unsatisfactory')]"
    q23 = "\t".join(CRIT[2])
    q26 = "\t".join(CRIT[5])
    g.slip("percent_mismatch", "error", "37 з 40 (94,5 %)", 94.5, 92.5, [ids["2.3"][0], f11],
           "37 of 40 respondents is 92,5 %, the field says 94,5 %", f"pct_ok({ids['2.3'][0]}, 37, f11, 1)", slip=1)
    g.slip("rating_band", "error", q26, "good", "satisfactory", [ids["2.6"][0], ids["2.6"][1]],
           "Результативність 87,5 % is ticked «Добре», but the form's own note puts 70–89,9 % in «задовільно»",
           f"band({ids['2.6'][0]}, {BANDS}) == {ids['2.6'][1]}", slip=2)
    g.check("percent_mismatch", "116 з 118 (98,3 %)", "116/118 = 98,31 → 98,3 (numerator literal)",
            f"pct_ok({ids['2.1'][0]}, 116, f1, 1)")
    g.check("percent_mismatch", "38 з 40 (95,0 %)", "38/40 = 95,0", f"pct_ok({ids['2.2'][0]}, 38, f11, 1)")
    g.check("percent_mismatch", "40 з 40 (100 %)", "40/40 = 100", f"pct_ok({ids['2.4'][0]}, 40, f11, 0)")
    g.check("percent_mismatch", "14 з 19 (73,7 %)", "14/19 = 73,68 → 73,7", f"pct_ok(p{ids['2.5'][0][1:]}, {ids['2.5'][0]}, f9, 1)")
    g.check("percent_mismatch", "35 з 40 (87,5 %)", "35/40 = 87,5", f"pct_ok({ids['2.6'][0]}, 35, f11, 1)")
    g.check("percent_mismatch", "36 з 40 (90,0 %)", "36/40 = 90,0", f"pct_ok({ids['2.7'][0]}, 36, f11, 1)")
    g.check("rating_band", "Примітка: «добре» – 90–100 %; «задовільно» – 70–89,9 %; «незадовільно» – менше 70 %.",
            "criteria 2.1–2.5 and 2.7 are ticked in their bands (98,3 / 95,0 / 94,5 (or the correct 92,5) / 100 / 90,0 → добре; 73,7 → задовільно)",
            " and ".join(f"band({ids[k][0]}, {BANDS}) == {ids[k][1]}" for k in ("2.1", "2.2", "2.3", "2.4", "2.7"))
            + f" and band(p{ids['2.5'][0][1:]}, {BANDS}) == {ids['2.5'][1]}")
    g.check("parts_sum", row["1.9"], "12 + 3 + 6 = 21", "f5 + f6 + f7 == f4")
    g.check("parts_sum", row["1.7"], "14 IDPs and 26 newly taken ≤ 118; 17 social workers ≤ 19", "f2 <= f1 and f3 <= f1 and f10 <= f9")
    g.check("internal_conflict", "Загальна оцінка: [x] добре", "overall rating in section III and in the closing line agree",
            f"{f_ov1} == {f_ov2}")

    g.skip("до наказу директора від 08.01.2025 № 4-к", [8, 1, 2025, 4], "order date and number")
    g.skip("Додаток 3", [3], "annex number")
    g.skip(row["1.2"], [40317256], "ЄДРПОУ")
    g.skip(row["1.3"], [67054, 102, 4852, 3561], "postcode, address, phone")
    g.skip(row["1.4"], [15.1], "service code 015.1")
    g.skip(row["1.5"], [1, 1, 2024, 31, 12, 2024], "period dates")
    g.skip(row["1.12"], [82.0], "tariff")
    g.skip("1.1\tНайменування", [1.1, 1.14, 2.1, 2.8], "field and row numbers 1.1–1.14, 2.1–2.8")
    g.skip("116 з 118 (98,3 %)", [116], "numerators of the criterion shares (116, 38, 37, 40, 35, 36): no §3 id of their own; literals in checks")
    g.skip("не пізніше 10 робочих днів після рішення", [10], "duration in the indicator's definition")
    g.skip("Примітка: «добре» – 90–100 %; «задовільно» – 70–89,9 %; «незадовільно» – менше 70 %.", [90, 100, 70, 89.9, 70],
           "rating band definitions")
    g.skip("(план навчання на 2025 рік – 19 осіб)", [2025, 19], "plan")
    g.skip("(3 підписи)", [3], "signature count")
    g.skip("Дата заповнення: 20.01.2025", [20, 1, 2025], "date")
    g.note("ticked boxes: «☒ Добре ☐ Задовільно ☐ Незадовільно» → the ☒ option; «V» under «Добре» in section III and «[x] добре» in the closing line → overall good, two facts")
    g.note("each criterion row gives a share (alt satisfaction) with criterion and a rating; 2.5 (14 з 19 працівників) is a count of staff who raised qualification → staff_trained 14 with percent 73,7, plus the rating")
    g.note("2.8 Захист та безпека has no figure («не зафіксовано»), only the rating")
    g.note("«Припинено надання послуги» → support_completed (alt deregistered) with its reasons as outcome_other; «Взято на обслуговування» → served (alt registered_new, support_started)")
    g.note("«Кількість скарг за період – немає» → complaints 0")
    g.write()


if __name__ == "__main__":
    main()
