"""b60_05: УСЗН Лановецької міської ради (Тернопільська), analytic note for Q3 2024. DOCX with a table by service."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b60_05_lanivtsi_uszn_q3_2024.docx"

HEAD = [
    "ЛАНОВЕЦЬКА МІСЬКА РАДА",
    "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
    "47400, Тернопільська обл., м. Ланівці, вул. Незалежності, 20, тел. (03549) 0-91-26",
    "Вих. № 01-19/642 від 08.10.2024",
]
TITLE = "АНАЛІТИЧНА ДОВІДКА щодо надання соціальних послуг у Лановецькій міській територіальній громаді за III квартал 2024 року"
P = [
    "Чисельність населення громади становить 27,4 тис. осіб, з них 6 318 осіб віком 60 років і старше; станом на 01.10.2024 на обліку перебуває 1 972 внутрішньо переміщені особи.",
    "У III кварталі 2024 року до Управління надійшло 126 заяв про надання соціальних послуг (у III кварталі 2023 року – 109). За результатами розгляду прийнято 118 рішень про надання послуг та 8 рішень про відмову.",
    "Оцінку потреб проведено 121 особі, з них 47 – внутрішньо переміщеним особам.",
    "Надання послуг надавачами громади відображено в таблиці.",
]
TABLE = [
    ["Послуга", "Отримувачів, осіб", "з них ВПО", "Надано послуг"],
    ["Догляд вдома", "211", "14", "5 302"],
    ["Денний догляд", "38", "6", "912"],
    ["Соціальна адаптація", "64", "21", "388"],
    ["Консультування", "402", "88", "1 046"],
    ["Натуральна допомога", "175", "63", "175"],
    ["Разом", "890", "192", "7 823"],
]
P2 = [
    "Отже, у звітному кварталі соціальні послуги отримали 890 осіб, серед яких 192 внутрішньо переміщені особи (21,6 %).",
    "Послугою «соціальне таксі» скористалася 31 особа з інвалідністю (виконано 57 поїздок, тариф – 12 грн за 1 км).",
    "Компенсацію фізичним особам, які надають соціальні послуги з догляду на непрофесійній основі, призначено 73 особам на суму 412,9 тис. грн. Технічними засобами реабілітації забезпечено 29 осіб (видано 34 засоби).",
    "Гуманітарну допомогу отримали 204 сім'ї внутрішньо переміщених осіб: видано 612 продуктових наборів на суму 289,4 тис. грн.",
    "На «гарячу лінію» Управління надійшов 311 дзвінок. Скарг щодо якості соціальних послуг не надходило.",
    "У відділі соціальних послуг Управління 5 штатних посад, працює 4 фахівці.",
    "Начальник управління                                   (підпис)",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for line in HEAD:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.add_run(TITLE).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for x in P:
        d.add_paragraph(x)
    t = d.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    for x in P2:
        d.add_paragraph(x)
    fix_docx_props(d, author="УСЗН")
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(NAME, {
        "centre": "Управління соціального захисту населення Лановецької міської ради", "centre_type": "uszn",
        "settlement": "Ланівці", "oblast": "Тернопільська", "report_kind": "period_report",
        "period_start": "2024-07-01", "period_end": "2024-09-30"})
    f = g.f
    ap = f("applied", "applications", 126, "до Управління надійшло 126 заяв про надання соціальних послуг")
    na = f("needs_assessed", "persons", 121, "Оцінку потреб проведено 121 особі")
    nai = f("needs_assessed", "persons", 47, "з них 47 – внутрішньо переміщеним особам",
            category="внутрішньо переміщені особи", parent=na)
    tq = "Разом\t890\t192\t7 823"
    tr = f("served", "persons", 890, tq, label="Разом")
    ti = f("served", "persons", 192, tq, label="Разом, з них ВПО", category="внутрішньо переміщені особи", parent=tr)
    ts = f("services_provided", "services", 7823, tq, label="Разом")
    rows = [("Догляд вдома", "home_care", "211\t14\t5 302", 211, 14, 5302),
            ("Денний догляд", "day_care", "38\t6\t912", 38, 6, 912),
            ("Соціальна адаптація", "social_adaptation", "64\t21\t388", 64, 21, 388),
            ("Консультування", "counselling", "402\t88\t1 046", 402, 88, 1046),
            ("Натуральна допомога", "natural_aid", "175\t63\t175", 175, 63, 175)]
    R = []
    for name, svc, cells, a, b, c in rows:
        q = f"{name}\t{cells}"
        x = f("served", "persons", a, q, service=svc, label=name, group="table_recipients", parent=tr)
        y = f("served", "persons", b, q, service=svc, label=name + ", з них ВПО", category="внутрішньо переміщені особи",
              group="table_idp", parent=ti)
        z = f("services_provided", "services", c, q, service=svc, label=name, group="table_services", parent=ts)
        R.append((x, y, z))
    p890 = f("served", "persons", 890, "соціальні послуги отримали 890 осіб", note="prose repeat of Разом")
    p192 = f("served", "persons", 192, "192 внутрішньо переміщені особи (21,6 %)", percent=21.6,
             category="внутрішньо переміщені особи", parent=p890)
    tx = f("served", "persons", 31, "Послугою «соціальне таксі» скористалася 31 особа з інвалідністю", service="social_taxi",
           category="особи з інвалідністю")
    hf = f("served", "families", 204, "Гуманітарну допомогу отримали 204 сім'ї внутрішньо переміщених осіб",
           service="natural_aid", category="внутрішньо переміщені особи", label="гуманітарна допомога")
    av = f("aid_value", "uah", 289400, "на суму 289,4 тис. грн", service="natural_aid", label="гуманітарна допомога ВПО")
    ca = f("calls", "calls", 311, "На «гарячу лінію» Управління надійшов 311 дзвінок")
    cp = f("complaints", "complaints", 0, "Скарг щодо якості соціальних послуг не надходило.")
    sp = f("staff_positions", "positions", 5, "У відділі соціальних послуг Управління 5 штатних посад")
    sa = f("staff_actual", "staff", 4, "працює 4 фахівці")

    g.check("table_arithmetic", tq, "recipients 211 + 38 + 64 + 402 + 175 = 890", " + ".join(r[0] for r in R) + f" == {tr}")
    g.check("table_arithmetic", tq, "ВПО 14 + 6 + 21 + 88 + 63 = 192", " + ".join(r[1] for r in R) + f" == {ti}")
    g.check("table_arithmetic", tq, "services 5 302 + 912 + 388 + 1 046 + 175 = 7 823", " + ".join(r[2] for r in R) + f" == {ts}")
    g.check("table_arithmetic", tq, "every ВПО cell ≤ its row", " and ".join(f"{r[1]} <= {r[0]}" for r in R))
    g.check("percent_mismatch", "192 внутрішньо переміщені особи (21,6 %)", "192 / 890 = 21,57 → 21,6",
            f"pct_ok(p{p192[1:]}, {p192}, {p890}, 1)")
    g.check("internal_conflict", "соціальні послуги отримали 890 осіб", "prose 890 / 192 = table Разом",
            f"{p890} == {tr} and {p192} == {ti}")
    g.check("parts_sum", "прийнято 118 рішень про надання послуг та 8 рішень про відмову",
            "118 + 8 decisions = 126 applications (decisions are literals)", f"118 + 8 == {ap}")
    g.check("parts_sum", "з них 47 – внутрішньо переміщеним особам", "47 ≤ 121", f"{nai} <= {na}")
    g.check("parts_sum", "працює 4 фахівці", "4 ≤ 5", f"{sa} <= {sp}")

    g.skip("47400, Тернопільська обл., м. Ланівці, вул. Незалежності, 20, тел. (03549) 0-91-26",
           [47400, 20, 3549, 9126], "postcode, address, phone")
    g.skip("Вих. № 01-19/642 від 08.10.2024", [1, 19, 642, 8, 10, 2024], "outgoing number and date")
    g.skip("Чисельність населення громади становить 27,4 тис. осіб, з них 6 318 осіб віком 60 років і старше; станом на 01.10.2024 на обліку перебуває 1 972 внутрішньо переміщені особи.",
           [27.4, 6318, 60, 1, 10, 2024, 1972], "population, age, date, IDPs registered in the hromada (not the provider's register)")
    g.skip("(у III кварталі 2023 року – 109)", [2023, 109], "prior-year figure")
    g.skip("прийнято 118 рішень про надання послуг та 8 рішень про відмову", [118, 8], "decisions and refusals (no §3 id)")
    g.skip("(виконано 57 поїздок, тариф – 12 грн за 1 км)", [57, 12, 1], "trips and tariff")
    g.skip("призначено 73 особам на суму 412,9 тис. грн", [73, 412.9],
           "compensation to non-professional carers: a cash benefit of the УСЗН, not a social service (no §3 id)")
    g.skip("Технічними засобами реабілітації забезпечено 29 осіб (видано 34 засоби)", [29, 34],
           "rehabilitation aids (no §3 id) and items")
    g.skip("видано 612 продуктових наборів", [612], "items handed out")
    g.note("the table has no row numbers; every cell is a fact quoted by its row; rows hang on the Разом cell of the same column; the ВПО column hangs on Разом ВПО, which hangs on Разом")
    g.note("the prose «890 осіб, серед яких 192 … (21,6 %)» repeats the Разом row: two more facts")
    g.note("«заяв» → applied, unit applications")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
