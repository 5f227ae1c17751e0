"""b85_05: відділ соціального захисту населення Войнилівської селищної ради (Івано-Франківська),
analytic note on 2023. DOCX, impersonal/third person, a programme-spending table in тис. грн."""
import docx
from docx.shared import Pt
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b85_05_voinyliv_uszn_note2023.docx"

HEAD = [
    ("c", "ВОЙНИЛІВСЬКА СЕЛИЩНА РАДА"),
    ("c", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ"),
    ("c", "77321, Калуський р-н, Івано-Франківська обл., смт Войнилів, пл. Шевченка, 2; тел. (03472) 0-51-33"),
    ("h", "АНАЛІТИЧНА ДОВІДКА"),
    ("c", "щодо надання соціальних послуг та соціальної підтримки населення громади за 2023 рік"),
    ("p", "Войнилівська територіальна громада об'єднує 23 населені пункти з кількістю населення 13 245 осіб. "
          "Станом на кінець року в громаді зареєстровано 1 284 внутрішньо переміщені особи."),
    ("p", "Упродовж 2023 року до відділу звернулося 2 318 осіб (у 2022 році – 1 967, тобто на 351 особу більше), "
          "у тому числі через ЦНАП – 1 402 особи, безпосередньо до відділу – 916 осіб."),
    ("p", "Відділом прийнято 37 заяв про надання соціальних послуг. За кожною заявою до КУ «Центр надання "
          "соціальних послуг» Войнилівської селищної ради направлено запит щодо проведення оцінки потреб. Оцінку "
          "потреб проведено 35 особам, за її результатами прийнято 33 рішення про надання соціальних послуг та "
          "2 рішення про відмову."),
    ("p", "Станом на 31.12.2023 соціальні послуги в громаді отримували 412 осіб, а саме: догляд вдома – 146 осіб, "
          "денний догляд – 22 особи, соціальну адаптацію – 31 особа, консультування – 213 осіб."),
    ("p", "Послугою «соціальне таксі» протягом року скористалися 58 осіб з інвалідністю; здійснено 244 поїздки "
          "(тариф – 9 грн за 1 км пробігу)."),
    ("p", "Одноразову матеріальну допомогу виплачено 186 особам на загальну суму 743,5 тис. грн, з них особам з "
          "інвалідністю – 64 особам на суму 211,0 тис. грн. Компенсацію за догляд фізичним особам, які надають "
          "соціальні послуги на непрофесійній основі, призначено 74 особам."),
    ("p", "Фінансування заходів Програми соціального захисту населення «Турбота» на 2021–2025 роки у 2023 році "
          "наведено в таблиці (тис. грн)."),
]
TABLE = [
    ["Напрям", "Затверджено", "Касові видатки", "Економія"],
    ["Одноразова матеріальна допомога", "760,0", "743,5", "16,5"],
    ["Компенсація за догляд на непрофесійній основі", "412,8", "398,2", "14,6"],
    ["Соціальне таксі", "96,0", "81,4", "14,6"],
    ["Оздоровлення дітей пільгових категорій", "150,0", "150,0", "0,0"],
    ["Разом", "1 418,8", "1 373,1", "45,7"],
]
TAIL = [
    ("p", "На «гарячу лінію» відділу надійшло 389 дзвінків, переважно з питань призначення допомог і субсидій. "
          "Скарг на дії працівників відділу та надавачів соціальних послуг протягом року не надходило."),
    ("p", "Штатна чисельність відділу – 6 посад, фактично працює 5 працівників. У 2023 році 5 працівників "
          "пройшли курси підвищення кваліфікації в обсязі 30 годин."),
    ("p", "Довідку склав відділ соціального захисту населення, 12.01.2024, № 04-11/9."),
]


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for kind, text in HEAD:
        _para(d, kind, text)
    t = d.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    for kind, text in TAIL:
        _para(d, kind, text)
    fix_docx_props(d, "ВСЗН Войнилів")
    d.save(path)
    freeze_zip(path)


def _para(d, kind, text):
    if kind == "h":
        p = d.add_heading(text, level=1)
        p.alignment = 1
    else:
        p = d.add_paragraph(text)
        if kind == "c":
            p.alignment = 1


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Войнилівської селищної ради", "centre_type": "uszn",
        "settlement": "Войнилів", "oblast": "Івано-Франківська", "report_kind": "period_report",
        "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"report_kind": ["annual_report"]})
    f = g.f
    a = f("applied", "persons", 2318, "до відділу звернулося 2 318 осіб")
    a1 = f("applied", "persons", 1402, "у тому числі через ЦНАП – 1 402 особи", label="через ЦНАП",
           group="applied_2318_by_channel", parent=a)
    a2 = f("applied", "persons", 916, "безпосередньо до відділу – 916 осіб", label="безпосередньо до відділу",
           group="applied_2318_by_channel", parent=a)
    ap = f("applied", "applications", 37, "Відділом прийнято 37 заяв про надання соціальних послуг",
           label="заяви про надання соціальних послуг")
    na = f("needs_assessed", "persons", 35, "Оцінку потреб проведено 35 особам")
    s = f("served", "persons", 412, "соціальні послуги в громаді отримували 412 осіб")
    parts = []
    for q, v, sv in (("догляд вдома – 146 осіб", 146, "home_care"), ("денний догляд – 22 особи", 22, "day_care"),
                     ("соціальну адаптацію – 31 особа", 31, "social_adaptation"),
                     ("консультування – 213 осіб", 213, "counselling")):
        parts.append(f("served", "persons", v, q, service=sv, group="served_412_by_service", parent=s))
    f("served", "persons", 58, "Послугою «соціальне таксі» протягом року скористалися 58 осіб з інвалідністю",
      service="social_taxi", category="особи з інвалідністю")
    m = f("served", "persons", 186, "Одноразову матеріальну допомогу виплачено 186 особам",
          label="одноразова матеріальна допомога")
    m1 = f("served", "persons", 64, "інвалідністю – 64 особам", label="одноразова матеріальна допомога",
           category="особи з інвалідністю", parent=m)
    mv = f("aid_value", "uah", 743500, "на загальну суму 743,5 тис. грн", label="одноразова матеріальна допомога")
    mv1 = f("aid_value", "uah", 211000, "на суму 211,0 тис. грн", label="одноразова матеріальна допомога",
            category="особи з інвалідністю", parent=mv)
    cols = [("budget_approved", 1), ("budget_spent", 2), ("budget_savings", 3)]
    tot = {}
    rowf = {ind: [] for ind, _ in cols}
    def num(x):
        v = round(float(x.replace(" ", "").replace(",", ".")) * 1000)
        return int(v)
    last = TABLE[-1]
    tq = "\t".join(last)
    for ind, j in cols:
        tot[ind] = f(ind, "uah", num(last[j]), tq, label="Разом (програма «Турбота»)")
    for r in TABLE[1:-1]:
        q = "\t".join(r)
        for ind, j in cols:
            rowf[ind].append(f(ind, "uah", num(r[j]), q, label=r[0], group=f"turbota_{ind}", parent=tot[ind]))
    c = f("calls", "calls", 389, "надійшло 389 дзвінків", label="гаряча лінія")
    f("complaints", "complaints", 0, "Скарг на дії працівників відділу та надавачів соціальних послуг протягом року не надходило")
    sp = f("staff_positions", "positions", 6, "Штатна чисельність відділу – 6 посад")
    sa = f("staff_actual", "staff", 5, "фактично працює 5 працівників")
    st = f("staff_trained", "staff", 5, "5 працівників пройшли курси підвищення кваліфікації")

    g.check("parts_sum", "у тому числі через ЦНАП – 1 402 особи", "1 402 + 916 = 2 318", f"{a1} + {a2} == {a}")
    g.check("parts_sum", "Оцінку потреб проведено 35 особам",
            "35 assessed ≤ 37 applications; 33 + 2 decisions = 35 assessed (literals)", f"{na} <= {ap} and 33 + 2 == {na}")
    g.check("parts_sum", "соціальні послуги в громаді отримували 412 осіб, а саме", "146 + 22 + 31 + 213 = 412",
            " + ".join(parts) + f" == {s}")
    g.check("parts_sum", "з них особам з інвалідністю", "64 ≤ 186 persons; 211,0 ≤ 743,5 тис. грн",
            f"{m1} <= {m} and {mv1} <= {mv}")
    for ind, _ in cols:
        g.check("table_arithmetic", tq, f"column {ind}: rows sum to Разом", " + ".join(rowf[ind]) + f" == {tot[ind]}")
    g.check("table_arithmetic", tq, "економія = затверджено − касові видатки, in every row and in Разом",
            " and ".join(f"{ap_} - {sp_} == {sv_}" for ap_, sp_, sv_ in
                         zip(rowf["budget_approved"] + [tot["budget_approved"]], rowf["budget_spent"] + [tot["budget_spent"]],
                             rowf["budget_savings"] + [tot["budget_savings"]])))
    g.check("internal_conflict", "Одноразова матеріальна допомога\t760,0\t743,5\t16,5",
            "prose 743,5 тис. грн = table row spent 743,5", f"{mv} == {rowf['budget_spent'][0]}")
    g.check("parts_sum", "фактично працює 5 працівників", "5 working ≤ 6 positions; 5 trained ≤ 5 working",
            f"{sa} <= {sp} and {st} <= {sa}")

    g.skip("77321, Калуський р-н, Івано-Франківська обл., смт Войнилів, пл. Шевченка, 2; тел. (03472) 0-51-33",
           [77321, 2, 3472, 5133], "postcode, address, phone")
    g.skip("за 2023 рік", [2023], "year")
    g.skip("об'єднує 23 населені пункти з кількістю населення 13 245 осіб", [23, 13245], "settlements, population")
    g.skip("зареєстровано 1 284 внутрішньо переміщені особи", [1284], "IDPs registered in the hromada: population count")
    g.skip("(у 2022 році – 1 967, тобто на 351 особу більше)", [2022, 1967, 351], "prior-year figure and difference")
    g.skip("прийнято 33 рішення про надання соціальних послуг та 2 рішення про відмову", [33, 2],
           "decisions and refusals: no §3 id (literals in a check)")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("здійснено 244 поїздки (тариф – 9 грн за 1 км пробігу)", [244, 9, 1], "trips (no §3 id), tariff")
    g.skip("призначено 74 особам", [74], "carers granted compensation: not recipients of a service, no §3 id")
    g.skip("«Турбота» на 2021–2025 роки у 2023 році", [2021, 2025, 2023], "programme years")
    g.skip("в обсязі 30 годин", [30], "duration")
    g.skip("12.01.2024, № 04-11/9", [12, 1, 2024, 4, 11, 9], "date, outgoing number")
    g.note("a відділ соціального захисту населення is centre_type uszn; «аналітична довідка … за 2023 рік» → "
           "period_report (SPEC: analytic notes), annual_report accepted in meta_alt")
    g.note("one-off cash aid: the count of people → served with a label and no service; the sums → aid_value")
    g.note("the programme table is in тис. грн, stored in hryvnias; no KEKV codes are written, so no kekv; cells "
           "quoted by their row, rows hang on Разом of the same column")
    g.note("prose 743,5 тис. грн (aid_value) and the table's spent 743,5 are two facts")
    g.note("no planted slip in this file; everything adds up")
    g.write()


if __name__ == "__main__":
    main()
