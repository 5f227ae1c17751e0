"""b87_05: Відділ соціального захисту населення Затишанської селищної ради (Одеська), analytic note on
Q1 2025. DOCX, third person («Відділом …»), a budget table by KEKV in тис. грн."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b87_05_zatyshshia_uszn_q1_2025.docx"

BODY = [
    ("c", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ЗАТИШАНСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "Роздільнянського району Одеської області"),
    ("c", "67120, смт Затишшя, вул. Центральна, 52; тел. (04853) 0-25-91; код ЄДРПОУ 44102867"),
    ("l", "08.04.2025 № 01-12/391"),
    ("t", "АНАЛІТИЧНА ДОВІДКА"),
    ("c", "щодо соціальної підтримки населення громади у I кварталі 2025 року"),
    ("p", "Затишанська селищна територіальна громада об’єднує 19 населених пунктів з населенням 14,2 тис. осіб. "
          "Відділ соціального захисту населення (далі – Відділ) забезпечує прийом громадян, оцінку потреб, "
          "прийняття рішень про надання соціальних послуг та виконання місцевої програми соціальної підтримки."),
    ("h", "Звернення громадян"),
    ("p", "Протягом I кварталу до Відділу надійшло 1 126 звернень громадян (у I кварталі 2024 року – 1 027, "
          "зростання на 9,6 %), у тому числі: щодо призначення державних допомог і субсидій – 684, щодо "
          "соціальних послуг – 297, з інших питань – 145."),
    ("p", "Житлові субсидії призначено 418 домогосподарствам. Станом на 31.03.2025 на обліку перебуває "
          "1 902 внутрішньо переміщені особи та 2 311 осіб з інвалідністю, з них 164 дитини з інвалідністю."),
    ("h", "Соціальні послуги"),
    ("p", "Відділом проведено оцінку потреб 71 особи та прийнято 63 рішення про надання соціальних послуг "
          "і 4 рішення про відмову. Соціальні послуги за рахунок бюджету громади отримали 356 осіб: догляд "
          "вдома – 148, денний догляд – 37, соціальне таксі – 29, натуральна допомога – 142."),
    ("p", "Одноразову матеріальну допомогу з місцевого бюджету надано 88 особам на загальну суму 264,0 тис. грн. "
          "Безоплатно видано 23 технічні засоби реабілітації."),
    ("h", "Фінансування"),
    ("p", "Обсяг фінансування програми «Соціальна підтримка населення Затишанської громади на 2024–2026 роки» "
          "на 2025 рік затверджено в сумі 7 416,0 тис. грн. Виконання за I квартал наведено в таблиці."),
    ("cap", "Виконання кошторису програми у I кварталі 2025 року, тис. грн"),
    ("table", None),
    ("h", "Кадрове забезпечення"),
    ("p", "У Відділі працює 7 працівників при 8 штатних посадах. Скарг на дії працівників Відділу не надходило."),
    ("p", "Пропозиції: передбачити у II кварталі 2025 року додаткові 120,0 тис. грн на соціальне таксі."),
    ("l", "Начальник Відділу                              (підпис)"),
]

TABLE = [
    ["КЕКВ", "Найменування видатків", "Затверджено на I квартал", "Касові видатки", "Економія"],
    ["2240", "Оплата послуг (крім комунальних)", "184,0", "171,6", "12,4"],
    ["2610", "Поточні трансферти КУ «ЦНСП» на надання соціальних послуг", "1 250,0", "1 243,8", "6,2"],
    ["2730", "Інші виплати населенню", "420,0", "389,5", "30,5"],
    ["", "Всього", "1 845,0", "1 804,9", "49,1"],
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for kind, text in BODY:
        if kind == "table":
            t = d.add_table(rows=len(TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            continue
        p = d.add_paragraph()
        if kind in ("c", "t", "cap"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        if kind in ("t", "h"):
            r.bold = True
        if kind == "cap":
            r.italic = True
    fix_docx_props(d, "ВСЗН")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def k(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def gold():
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Затишанської селищної ради",
        "centre_type": "uszn",
        "settlement": "Затишшя",
        "oblast": "Одеська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-03-31",
    })
    F = g.f
    ap = F("applied", "applications", 1126, "до Відділу надійшло 1 126 звернень громадян")
    a1 = F("applied", "applications", 684, "щодо призначення державних допомог і субсидій – 684",
           label="державні допомоги і субсидії", group="applied_1126_by_topic", parent=ap)
    a2 = F("applied", "applications", 297, "щодо соціальних послуг – 297", label="соціальні послуги",
           group="applied_1126_by_topic", parent=ap)
    a3 = F("applied", "applications", 145, "з інших питань – 145", label="інші питання",
           group="applied_1126_by_topic", parent=ap)
    na = F("needs_assessed", "persons", 71, "Відділом проведено оцінку потреб 71 особи")
    sv = F("served", "persons", 356, "Соціальні послуги за рахунок бюджету громади отримали 356 осіб")
    s1 = F("served", "persons", 148, "догляд вдома – 148", service="home_care", group="served_356_by_service",
           parent=sv)
    s2 = F("served", "persons", 37, "денний догляд – 37", service="day_care", group="served_356_by_service",
           parent=sv)
    s3 = F("served", "persons", 29, "соціальне таксі – 29", service="social_taxi", group="served_356_by_service",
           parent=sv)
    s4 = F("served", "persons", 142, "натуральна допомога – 142", service="natural_aid",
           group="served_356_by_service", parent=sv)
    ma = F("served", "persons", 88, "Одноразову матеріальну допомогу з місцевого бюджету надано 88 особам",
           label="одноразова матеріальна допомога")
    mav = F("aid_value", "uah", 264000, "на загальну суму 264,0 тис. грн", label="одноразова матеріальна допомога")
    yr = F("budget_approved", "uah", 7416000, "на 2025 рік затверджено в сумі 7 416,0 тис. грн",
           label="програма соціальної підтримки, на 2025 рік",
           note="the annual approval of the year the quarter belongs to")
    tot = TABLE[-1]
    totq = "\t".join(x for x in tot if x)
    ta = F("budget_approved", "uah", k(tot[2]), totq, label="Всього, затверджено на I квартал")
    tsp = F("budget_spent", "uah", k(tot[3]), totq, label="Всього")
    tsv = F("budget_savings", "uah", k(tot[4]), totq, label="Всього")
    rows = []
    for r in TABLE[1:-1]:
        q = "\t".join(r)
        a = F("budget_approved", "uah", k(r[2]), q, kekv=r[0], label=r[1], group="approved_q1_by_kekv", parent=ta)
        s = F("budget_spent", "uah", k(r[3]), q, kekv=r[0], label=r[1], group="spent_q1_by_kekv", parent=tsp)
        e = F("budget_savings", "uah", k(r[4]), q, kekv=r[0], label=r[1], group="savings_q1_by_kekv", parent=tsv)
        rows.append((a, s, e))
    pos = F("staff_positions", "positions", 8, "при 8 штатних посадах")
    act = F("staff_actual", "staff", 7, "У Відділі працює 7 працівників")
    cp = F("complaints", "complaints", 0, "Скарг на дії працівників Відділу не надходило.")

    g.slip("table_arithmetic", "error", totq, 1845000, 1854000, [ta] + [r[0] for r in rows],
           "the «Затверджено на I квартал» column: 184,0 + 1 250,0 + 420,0 = 1 854,0, but Всього says 1 845,0 "
           "(digits transposed)",
           " + ".join(r[0] for r in rows) + f" == {ta}", slip=1)
    g.slip("table_arithmetic", "error", totq, 40100, 49100, [ta, tsp, tsv],
           "same slip seen in the derived column: Всього економія 49,1 ≠ 1 845,0 − 1 804,9 = 40,1 (it does equal "
           "1 854,0 − 1 804,9)", f"{ta} - {tsp} == {tsv}", slip=1)
    C = g.check
    C("parts_sum", "у тому числі: щодо призначення державних допомог і субсидій – 684", "684 + 297 + 145 = 1 126",
      f"{a1} + {a2} + {a3} == {ap}")
    C("parts_sum", "Соціальні послуги за рахунок бюджету громади отримали 356 осіб", "148 + 37 + 29 + 142 = 356",
      f"{s1} + {s2} + {s3} + {s4} == {sv}")
    C("table_arithmetic", totq, "spent column 171,6 + 1 243,8 + 389,5 = 1 804,9",
      " + ".join(r[1] for r in rows) + f" == {tsp}")
    C("table_arithmetic", totq, "savings column 12,4 + 6,2 + 30,5 = 49,1", " + ".join(r[2] for r in rows) + f" == {tsv}")
    C("table_arithmetic", "2240\tОплата послуг (крім комунальних)\t184,0\t171,6\t12,4",
      "each KEKV row: економія = затверджено − видатки (12,4; 6,2; 30,5)",
      " and ".join(f"{a} - {s} == {e}" for a, s, e in rows))
    C("parts_sum", "на 2025 рік затверджено в сумі 7 416,0 тис. грн", "the quarter (1 845,0 or 1 854,0) ≤ the year",
      f"{ta} <= {yr}")
    C("parts_sum", "У Відділі працює 7 працівників при 8 штатних посадах", "7 ≤ 8", f"{act} <= {pos}")
    S = g.skip
    S("67120, смт Затишшя, вул. Центральна, 52; тел. (04853) 0-25-91; код ЄДРПОУ 44102867",
      [67120, 52, 4853, 2591, 44102867], "postcode, address, phone, ЄДРПОУ")
    S("08.04.2025 № 01-12/391", [8, 4, 2025, 1, 12, 391], "outgoing date and number")
    S("об'єднує 19 населених пунктів з населенням 14,2 тис. осіб", [19, 14200], "settlements, population")
    S("(у I кварталі 2024 року – 1 027, зростання на 9,6 %)", [2024, 1027, 9.6],
      "prior-year figure and growth (1 126 / 1 027 = +9,6 %)")
    S("Житлові субсидії призначено 418 домогосподарствам", [418], "housing subsidies (no §3 id)")
    S("Станом на 31.03.2025 на обліку перебуває 1 902 внутрішньо переміщені особи та 2 311 осіб з інвалідністю, "
      "з них 164 дитини з інвалідністю", [31, 3, 2025, 1902, 2311, 164],
      "date; IDP and disability registers kept by the department (not the СЖО register; no §3 id)")
    S("прийнято 63 рішення про надання соціальних послуг і 4 рішення про відмову", [63, 4],
      "decisions and refusals (no §3 id)")
    S("Безоплатно видано 23 технічні засоби реабілітації", [23], "items handed out")
    S("«Соціальна підтримка населення Затишанської громади на 2024–2026 роки»", [2024, 2026], "programme years")
    S("Виконання кошторису програми у I кварталі 2025 року, тис. грн", [1, 2025], "table caption")
    S("КЕКВ\tНайменування видатків\tЗатверджено на I квартал", [2240, 2610, 2730],
      "KEKV codes are stored in `kekv`, not as values")
    S("передбачити у II кварталі 2025 року додаткові 120,0 тис. грн на соціальне таксі", [2, 2025, 120000],
      "proposal for the next quarter")
    g.note("a відділ соціального захисту населення of a селищна рада is centre_type uszn")
    g.note("budget table: every cell is a fact quoted by its row; row cells hang on the Всього cell of the same "
           "column; KEKV in `kekv`; amounts in hryvnias. The Всього row has an empty KEKV cell, so its quote "
           "starts at «Всього»")
    g.note("one planted slip (the Всього approved 1 845,0 instead of 1 854,0), recorded as two table_arithmetic "
           "findings that share the slip id: the column sum and the derived economy")
    g.note("«Одноразову матеріальну допомогу … надано 88 особам» → served with a label (no service id), "
           "its sum → aid_value")
    g.write()


if __name__ == "__main__":
    build()
    gold()
