"""b64_06: УСЗН Очаківської міської ради (Миколаївська), analytic note for Q1 2025.
DOCX (python-docx), first person plural, a services list and a budget table by KEKV
(затверджено на квартал / касові видатки / економія, тис. грн). Slip: table_arithmetic in the
economy column (one wrong row, carried into Разом: one slip, two findings)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip, read_text

DOC = "b64_06_ochakiv_uszn_analytic_q1_2025.docx"

BUD = [  # kekv, name, approved, spent, savings as written
    ("2111", "Заробітна плата", "1 842,6", "1 802,3", "40,3"),
    ("2120", "Нарахування на оплату праці", "405,4", "396,5", "8,9"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "96,0", "71,8", "24,2"),
    ("2240", "Оплата послуг (крім комунальних)", "128,5", "117,9", "12,6"),
    ("2273", "Оплата електроенергії", "64,2", "58,7", "5,5"),
]
TOT = ("", "Разом", "2 536,7", "2 447,2", "91,5")

PARAS = [
    ("c", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ОЧАКІВСЬКОЇ МІСЬКОЇ РАДИ"),
    ("c", "57508, Миколаївська обл., м. Очаків, вул. Лоцманська, 27; тел. (05154) 0-24-61"),
    ("h", "АНАЛІТИЧНА ДОВІДКА"),
    ("h", "про роботу управління та надання соціальних послуг у громаді за I квартал 2025 року"),
    ("p", "Довідку підготовлено до засідання виконавчого комітету 17.04.2025 (пункт 6 порядку денного). У громаді на обліку в органі Пенсійного фонду перебуває близько 14,6 тис. пенсіонерів, внутрішньо переміщених осіб зареєстровано 3 108."),
    ("p", "У I кварталі 2025 року до нас звернулися 1 247 осіб, з них 318 – внутрішньо переміщені особи (у I кварталі 2024 року – 1 096 осіб, тобто на 13,8 % більше). Ми прийняли 864 заяви на призначення державних соціальних допомог і компенсацій, на «гарячу лінію» управління надійшло 212 дзвінків."),
    ("p", "Соціальні послуги через КУ «Центр надання соціальних послуг» Очаківської міської ради, засновником якого є міська рада, отримали 512 осіб:"),
    ("l", "догляд вдома – 143 особи;"),
    ("l", "денний догляд – 38;"),
    ("l", "натуральну допомогу – 229;"),
    ("l", "консультування – 102."),
    ("p", "Послугою соціального таксі скористалися 27 осіб з інвалідністю (64 поїздки, середня відстань – 18 км). Одноразову матеріальну допомогу з міського бюджету за Програмою соціального захисту на 2024–2026 роки ми надали 143 особам на загальну суму 571,5 тис. грн; середній розмір допомоги – 4,0 тис. грн."),
    ("p", "Кошторисом управління на 2025 рік затверджено 10 482,3 тис. грн. Виконання кошторису за I квартал наведено в таблиці (тис. грн)."),
    ("TABLE", None),
    ("p", "Економію по КЕКВ 2210 ми пояснюємо тим, що закупівлю паперу перенесено на II квартал."),
    ("p", "Штатна чисельність управління – 24 посади, фактично працює 21 особа. Упродовж кварталу 3 працівники взяли участь в онлайн-навчанні Мінсоцполітики."),
    ("p", "Скарг на дії працівників управління не надходило. Наступну довідку подамо до 15.07.2025."),
    ("p", "Начальник управління                     (підпис)"),
    ("p", "Вик. тел. (05154) 0-24-68"),
]


def build(path):
    d = docx.Document()
    fix_docx_props(d, author="УСЗН")
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for kind, text in PARAS:
        if kind == "TABLE":
            tb = d.add_table(rows=1, cols=5)
            tb.style = "Table Grid"
            for i, h in enumerate(["КЕКВ", "Найменування видатків", "Затверджено на I квартал",
                                   "Касові видатки", "Економія"]):
                tb.rows[0].cells[i].text = h
            for r in BUD + [TOT]:
                cells = tb.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
            continue
        if kind == "l":
            p = d.add_paragraph(style="List Bullet")
            p.add_run(text)
            continue
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind in ("c", "h"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
    d.save(path)
    freeze_zip(path)


def uah(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Очаківської міської ради",
        "centre_type": "uszn", "settlement": "Очаків", "oblast": "Миколаївська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31"})
    f = g.f
    a = f("applied", "persons", 1247, "до нас звернулися 1 247 осіб")
    a1 = f("applied", "persons", 318, "з них 318 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
           parent=a)
    f("applied", "applications", 864, "Ми прийняли 864 заяви на призначення державних соціальних допомог",
      label="заяви на призначення державних соціальних допомог і компенсацій")
    f("calls", "calls", 212, "на «гарячу лінію» управління надійшло 212 дзвінків")
    t = f("served", "persons", 512, "отримали 512 осіб")
    gr = "served_512_by_service"
    s1 = f("served", "persons", 143, "догляд вдома – 143 особи", service="home_care", group=gr, parent=t)
    s2 = f("served", "persons", 38, "денний догляд – 38", service="day_care", group=gr, parent=t)
    s3 = f("served", "persons", 229, "натуральну допомогу – 229", service="natural_aid", group=gr, parent=t)
    s4 = f("served", "persons", 102, "консультування – 102", service="counselling", group=gr, parent=t)
    f("served", "persons", 27, "Послугою соціального таксі скористалися 27 осіб з інвалідністю", service="social_taxi",
      category="особи з інвалідністю")
    m = f("served", "persons", 143, "ми надали 143 особам", label="одноразова матеріальна допомога")
    mv = f("aid_value", "uah", 571500, "на загальну суму 571,5 тис. грн", label="одноразова матеріальна допомога",
           parent=m)
    yr = f("budget_approved", "uah", 10482300, "Кошторисом управління на 2025 рік затверджено 10 482,3 тис. грн",
      label="кошторис на 2025 рік (річний)")
    rows = []
    for k, name, ap, sp, ec in BUD + [TOT]:
        q = next(l for l in text.split("\n") if name in l and "\t" in l)
        kk = k or None
        lab = None if k else "Разом"
        x = f("budget_approved", "uah", uah(ap), q, kekv=kk, label=lab or "I квартал",
              **({"group": "approved_by_kekv"} if k else {}))
        y = f("budget_spent", "uah", uah(sp), q, kekv=kk, label=lab, **({"group": "spent_by_kekv"} if k else {}))
        z = f("budget_savings", "uah", uah(ec), q, kekv=kk, label=lab, **({"group": "savings_by_kekv"} if k else {}))
        rows.append((k, q, x, y, z))
    tot = rows[-1]
    # hang rows on the totals
    for fct in g.facts:
        if fct.get("group") == "approved_by_kekv":
            fct["parent_id"] = tot[2]
        elif fct.get("group") == "spent_by_kekv":
            fct["parent_id"] = tot[3]
        elif fct.get("group") == "savings_by_kekv":
            fct["parent_id"] = tot[4]
        if "parent_id" in fct and "parent_quote" not in fct:
            fct["parent_quote"] = tot[1]
    # reorder keys so parent fields sit before quote (as Gold.f writes them)
    from common import FACT_KEYS
    g.facts[:] = [{k: fc[k] for k in FACT_KEYS if k in fc} for fc in g.facts]
    sp_ = f("staff_positions", "positions", 24, "Штатна чисельність управління – 24 посади")
    sa = f("staff_actual", "staff", 21, "фактично працює 21 особа")
    tr = f("staff_trained", "staff", 3, "3 працівники взяли участь в онлайн-навчанні")
    f("complaints", "complaints", 0, "Скарг на дії працівників управління не надходило.")

    bad = rows[3]
    g.slip("table_arithmetic", "error", bad[1], 12600, 10600, [bad[2], bad[3], bad[4]],
           "КЕКВ 2240: економія = затверджено − видатки = 128,5 − 117,9 = 10,6 тис. грн, the table says 12,6",
           f"{bad[2]} - {bad[3]} == {bad[4]}", slip=1)
    g.slip("table_arithmetic", "error", tot[1], 91500, 89500, [tot[2], tot[3], tot[4]],
           "Разом: 2 536,7 − 2 447,2 = 89,5 тис. грн, the table says 91,5 (the column sum, carrying the 2240 error)",
           f"{tot[2]} - {tot[3]} == {tot[4]}", slip=1)
    body = rows[:-1]
    g.check("table_arithmetic", tot[1], "approved column: 1 842,6 + 405,4 + 96,0 + 128,5 + 64,2 = 2 536,7",
            " + ".join(r[2] for r in body) + f" == {tot[2]}")
    g.check("table_arithmetic", tot[1], "spent column: 1 802,3 + 396,5 + 71,8 + 117,9 + 58,7 = 2 447,2",
            " + ".join(r[3] for r in body) + f" == {tot[3]}")
    g.check("table_arithmetic", tot[1], "economy column as written sums to its Разом: 40,3 + 8,9 + 24,2 + 12,6 + 5,5 = 91,5",
            " + ".join(r[4] for r in body) + f" == {tot[4]}")
    for r in body:
        if r is bad:
            continue
        g.check("table_arithmetic", r[1], f"КЕКВ {r[0]}: затверджено − видатки = економія", f"{r[2]} - {r[3]} == {r[4]}")
    g.check("parts_sum", "Соціальні послуги через КУ «Центр надання соціальних послуг» Очаківської міської ради",
            "143 + 38 + 229 + 102 = 512", f"{s1} + {s2} + {s3} + {s4} == {t}")
    g.check("parts_sum", "з них 318 – внутрішньо переміщені особи", "318 ≤ 1 247", f"{a1} <= {a}")
    g.check("percent_mismatch", "у I кварталі 2024 року – 1 096 осіб, тобто на 13,8 % більше",
            "(1 247 − 1 096) / 1 096 = 13,78 % → 13,8 (1 096 and 13,8 are literals)",
            f"pct_ok(13.8, {a} - 1096, 1096, 1)")
    g.check("parts_sum", "на загальну суму 571,5 тис. грн; середній розмір допомоги – 4,0 тис. грн",
            "571,5 / 143 = 4,0 тис. грн (4,0 is a literal)", f"round({mv} / {m} / 1000, 1) == 4.0")
    g.check("parts_sum", "Кошторисом управління на 2025 рік затверджено 10 482,3 тис. грн",
            "quarter 2 536,7 ≤ year 10 482,3", f"{tot[2]} <= {yr}")
    g.check("parts_sum", "фактично працює 21 особа", "3 trained ≤ 21 working ≤ 24 positions", f"{tr} <= {sa} <= {sp_}")

    sk = g.skip
    sk("57508, Миколаївська обл., м. Очаків, вул. Лоцманська, 27; тел. (05154) 0-24-61", [57508, 27, 5154, 2461],
       "postcode, address, phone")
    sk("за I квартал 2025 року", [1, 2025], "period (Roman I)")
    sk("до засідання виконавчого комітету 17.04.2025 (пункт 6 порядку денного)", [17, 4, 2025, 6], "date, agenda item")
    sk("близько 14,6 тис. пенсіонерів, внутрішньо переміщених осіб зареєстровано 3 108", [14600, 3108],
       "population figures (not the provider's work)")
    sk("(у I кварталі 2024 року – 1 096 осіб, тобто на 13,8 % більше)", [2024, 1096, 13.8],
       "prior-year figure and growth")
    sk("(64 поїздки, середня відстань – 18 км)", [64, 18], "trips and distance")
    sk("за Програмою соціального захисту на 2024–2026 роки", [2024, 2026], "programme years")
    sk("середній розмір допомоги – 4,0 тис. грн", [4000], "average amount (ratio)")
    sk("Виконання кошторису за I квартал наведено в таблиці (тис. грн).", [1], "quarter")
    sk("Затверджено на I квартал", [1], "column header")
    sk("Економію по КЕКВ 2210 ми пояснюємо тим, що закупівлю паперу перенесено на II квартал.", [2210, 2],
       "KEKV code, quarter")
    sk("Наступну довідку подамо до 15.07.2025.", [15, 7, 2025], "deadline")
    sk("Вик. тел. (05154) 0-24-68", [5154, 2468], "phone")

    g.note("УСЗН → centre_type uszn; it reports its own work (appeals, applications, hotline, one-off aid, budget) "
           "and the services of the ЦНСП it founded; all are facts of this document")
    g.note("«звернулися 1 247 осіб» → applied persons; «прийняли 864 заяви» → applied applications (a second applied row)")
    g.note("budget table in тис. грн stored in hryvnias; each row carries its KEKV; rows hang on the Разом cell of the same column "
           "(group per column); the annual approval 10 482,3 is a separate budget_approved with a label")
    g.note("the planted slip (2240 economy 12,6 instead of 10,6) also makes Разом 91,5 ≠ 2 536,7 − 2 447,2; recorded as two findings "
           "with one slip id")
    g.write()


if __name__ == "__main__":
    main()
