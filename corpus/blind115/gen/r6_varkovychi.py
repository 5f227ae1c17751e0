"""b115_06: Управління соціального захисту населення Варковицької сільської ради (Рівненська),
information for Q3 2024. DOCX, impersonal voice, benefits with no §3 id (subsidies, IDP allowances,
rehabilitation devices), services coordinated with the ЦНСП, a KEKV budget table.
No planted slip: everything adds up."""
import docx
from docx.shared import Pt

from common import Gold, report_path, save_docx

DOC = "b115_06_varkovychi_uszn_q3_2024.docx"

BUDGET = [
    ("2111", "Заробітна плата", "880,0", "861,2", "18,8"),
    ("2120", "Нарахування на оплату праці", "193,6", "189,5", "4,1"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "54,2", "48,7", "5,5"),
    ("2240", "Оплата послуг (крім комунальних)", "71,4", "68,9", "2,5"),
    ("2273", "Оплата електроенергії", "46,8", "42,1", "4,7"),
]
BTOTAL = ("", "Всього", "1 246,0", "1 210,4", "35,6")


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    d.add_paragraph("ВАРКОВИЦЬКА СІЛЬСЬКА РАДА\nДУБЕНСЬКОГО РАЙОНУ РІВНЕНСЬКОЇ ОБЛАСТІ\n"
                    "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ")
    d.add_paragraph("35120, Рівненська обл., Дубенський р-н, с. Варковичі, вул. Незалежності, 9, "
                    "тел. (03656) 0-41-27, e-mail: uszn.varkovychi@example.ua, код ЄДРПОУ 44158306")
    d.add_heading("Інформація про роботу управління соціального захисту населення за III квартал 2024 року", 1)
    d.add_paragraph(
        "Управління соціального захисту населення Варковицької сільської ради (далі – управління) забезпечує "
        "реалізацію державної політики у сфері соціального захисту на території громади, до складу якої входить "
        "22 населені пункти. Штатним розписом управління передбачено 13 посад, станом на 30.09.2024 працює "
        "12 фахівців.")
    d.add_heading("Прийом громадян", 2)
    d.add_paragraph(
        "За липень – вересень 2024 року до управління надійшло 1 284 заяви щодо призначення державних соціальних "
        "допомог, пільг, субсидій та соціальних послуг (у II кварталі – 1 196), з них через ЦНАП – 517, "
        "через портал «Дія» – 203, безпосередньо в управлінні – 564. На «гарячу лінію» управління надійшло "
        "356 дзвінків.")
    d.add_heading("Державні допомоги та пільги", 2)
    d.add_paragraph(
        "Житлові субсидії призначено 412 домогосподарствам. Допомогу на проживання внутрішньо переміщеним особам "
        "отримують 1 063 особи, з них 388 дітей; на обліку в управлінні перебуває 2 317 внутрішньо переміщених "
        "осіб. Технічними засобами реабілітації забезпечено 48 осіб з інвалідністю (видано 63 засоби), "
        "направлено на санаторно-курортне лікування 9 осіб.")
    d.add_heading("Соціальні послуги", 2)
    d.add_paragraph(
        "Протягом кварталу прийнято 94 рішення про надання соціальних послуг. Фахівцями управління спільно з "
        "КУ «Центр надання соціальних послуг» проведено оцінку потреб 67 осіб. Відповідно до рішень управління "
        "соціальні послуги отримали:")
    for t in ("догляд вдома – 73 особи;", "денний догляд – 19 осіб;", "соціальне таксі – 41 особа;",
              "натуральна допомога (продуктові та гігієнічні набори) – 318 осіб."):
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(
        "Проведено 4 інформаційні зустрічі з внутрішньо переміщеними особами щодо змін у порядку призначення "
        "допомог, участь у них взяли 97 осіб.")
    d.add_paragraph(
        "Скарг на дії працівників управління не надходило. На розгляд надійшли 2 скарги на якість соціальних "
        "послуг, наданих КУ «ЦНСП»; обидві розглянуто, одна визнана обґрунтованою.")
    d.add_heading("Використання бюджетних коштів", 2)
    d.add_paragraph(
        "Касові видатки на утримання управління за III квартал 2024 року становили 1 210,4 тис. грн, або 97,1 % "
        "кошторисних призначень на квартал.")
    d.add_paragraph("тис. грн")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(("КЕКВ", "Найменування", "Затверджено на III квартал", "Касові видатки", "Залишок (економія)")):
        t.rows[0].cells[i].text = h
    for r in BUDGET + [BTOTAL]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "У IV кварталі 2024 року планується забезпечити технічними засобами реабілітації ще 30 осіб та провести "
        "5 виїзних прийомів у старостинських округах.")
    d.add_paragraph("Начальник управління                                   ____________")
    d.add_paragraph("08.10.2024")
    save_docx(d, path, author="УСЗН")


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Варковицької сільської ради",
        "centre_type": "uszn",
        "settlement": "Варковичі",
        "oblast": "Рівненська",
        "report_kind": "period_report",
        "period_start": "2024-07-01",
        "period_end": "2024-09-30",
    })
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    pos = f("staff_positions", "positions", 13, "Штатним розписом управління передбачено 13 посад")
    act = f("staff_actual", "staff", 12, "працює 12 фахівців")
    ap = f("applied", "applications", 1284, "до управління надійшло 1 284 заяви")
    a1 = f("applied", "applications", 517, "через ЦНАП – 517", label="через ЦНАП", group="applied_1284_by_channel", parent=ap)
    a2 = f("applied", "applications", 203, "через портал «Дія» – 203", label="через портал «Дія»",
           group="applied_1284_by_channel", parent=ap)
    a3 = f("applied", "applications", 564, "безпосередньо в управлінні – 564", label="безпосередньо в управлінні",
           group="applied_1284_by_channel", parent=ap)
    cl = f("calls", "calls", 356, "На «гарячу лінію» управління надійшло 356 дзвінків")
    na = f("needs_assessed", "persons", 67, "проведено оцінку потреб 67 осіб")
    s1 = f("served", "persons", 73, "догляд вдома – 73 особи", service="home_care")
    s2 = f("served", "persons", 19, "денний догляд – 19 осіб", service="day_care")
    s3 = f("served", "persons", 41, "соціальне таксі – 41 особа", service="social_taxi")
    s4 = f("served", "persons", 318, "натуральна допомога (продуктові та гігієнічні набори) – 318 осіб", service="natural_aid")
    ev = f("events", "events", 4, "Проведено 4 інформаційні зустрічі з внутрішньо переміщеними особами")
    evp = f("event_participants", "persons", 97, "участь у них взяли 97 осіб", parent=ev)
    c0 = f("complaints", "complaints", 0, "Скарг на дії працівників управління не надходило",
           label="на дії працівників управління")
    c2 = f("complaints", "complaints", 2, "На розгляд надійшли 2 скарги на якість соціальних послуг",
           label="на якість соціальних послуг КУ «ЦНСП»")
    c1 = f("complaints", "complaints", 1, "одна визнана обґрунтованою", label="обґрунтовані", parent=c2,
           note="number in words")
    bsp = f("budget_spent", "uah", 1210400, "Касові видатки на утримання управління за III квартал 2024 року становили 1 210,4 тис. грн, або 97,1 %",
            percent=97.1, label="утримання управління, III квартал",
            note="the table's Всього said again in prose: two facts")
    ap_ids, sp_ids, sv_ids = [], [], []
    tq = "\tВсього\t1 246,0\t1 210,4\t35,6"
    ta = f("budget_approved", "uah", 1246000, tq, label="Всього, затверджено на III квартал")
    ts = f("budget_spent", "uah", 1210400, tq, label="Всього")
    tv = f("budget_savings", "uah", 35600, tq, label="Всього")
    for kekv, name, a, s, v in BUDGET:
        q = f"{kekv}\t{name}\t{a}\t{s}\t{v}"
        conv = lambda x: int(round(float(x.replace(" ", "").replace(",", ".")) * 1000))  # noqa: E731
        ap_ids.append(f("budget_approved", "uah", conv(a), q, kekv=kekv, label=name, group="approved_by_kekv", parent=ta))
        sp_ids.append(f("budget_spent", "uah", conv(s), q, kekv=kekv, label=name, group="spent_by_kekv", parent=ts))
        sv_ids.append(f("budget_savings", "uah", conv(v), q, kekv=kekv, label=name, group="savings_by_kekv", parent=tv))

    S = lambda ids: " + ".join("f" + n(x) for x in ids)  # noqa: E731
    g.check("parts_sum", "з них через ЦНАП – 517, через портал «Дія» – 203, безпосередньо в управлінні – 564",
            "517 + 203 + 564 = 1 284", f"{S([a1, a2, a3])} == f{n(ap)}")
    g.check("parts_sum", "працює 12 фахівців", "12 ≤ 13", f"f{n(act)} <= f{n(pos)}")
    g.check("parts_sum", "обидві розглянуто, одна визнана обґрунтованою", "1 ≤ 2", f"f{n(c1)} <= f{n(c2)}")
    g.check("table_arithmetic", tq, "approved 880,0 + 193,6 + 54,2 + 71,4 + 46,8 = 1 246,0", f"{S(ap_ids)} == f{n(ta)}")
    g.check("table_arithmetic", tq, "spent 861,2 + 189,5 + 48,7 + 68,9 + 42,1 = 1 210,4", f"{S(sp_ids)} == f{n(ts)}")
    g.check("table_arithmetic", tq, "savings 18,8 + 4,1 + 5,5 + 2,5 + 4,7 = 35,6", f"{S(sv_ids)} == f{n(tv)}")
    g.check("table_arithmetic", "Залишок (економія)", "each row and the total: залишок = затверджено − видатки",
            "all([" + ", ".join(f"f{n(a)} - f{n(s)} == f{n(v)}" for a, s, v in zip(ap_ids + [ta], sp_ids + [ts], sv_ids + [tv])) + "])")
    g.check("percent_mismatch", "становили 1 210,4 тис. грн, або 97,1 %", "1 210,4 / 1 246,0 = 97,14 → 97,1",
            f"pct_ok(p{n(bsp)}, f{n(bsp)}, f{n(ta)}, 1)")
    g.check("internal_conflict", "становили 1 210,4 тис. грн", "prose spending equals the table's Всього",
            f"f{n(bsp)} == f{n(ts)}")

    g.skip("35120, Рівненська обл., Дубенський р-н, с. Варковичі, вул. Незалежності, 9, тел. (03656) 0-41-27",
           [35120, 9, 3656, 4127], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44158306", [44158306], "ЄДРПОУ")
    g.skip("за III квартал 2024 року", [3, 2024], "period in the title")
    g.skip("до складу якої входить 22 населені пункти", [22], "number of settlements")
    g.skip("станом на 30.09.2024", [30, 9, 2024], "date")
    g.skip("За липень – вересень 2024 року", [2024], "year")
    g.skip("(у II кварталі – 1 196)", [2, 1196], "previous quarter's figure")
    g.skip("Житлові субсидії призначено 412 домогосподарствам.", [412], "housing subsidies: households, a benefit with no §3 id")
    g.skip("отримують 1 063 особи, з них 388 дітей", [1063, 388], "IDP living allowance: a state benefit, no §3 id")
    g.skip("на обліку в управлінні перебуває 2 317 внутрішньо переміщених осіб", [2317],
           "register of IDPs (population register, not the СЖО register)")
    g.skip("Технічними засобами реабілітації забезпечено 48 осіб з інвалідністю (видано 63 засоби)", [48, 63],
           "rehabilitation devices: provision and items, no §3 id")
    g.skip("направлено на санаторно-курортне лікування 9 осіб", [9], "sanatorium referrals, no §3 id")
    g.skip("прийнято 94 рішення про надання соціальних послуг", [94], "decisions (no §3 id)")
    g.skip("2111\tЗаробітна плата", [2111, 2120, 2210, 2240, 2273], "KEKV codes")
    g.skip("У IV кварталі 2024 року планується забезпечити технічними засобами реабілітації ще 30 осіб та провести 5 виїзних прийомів",
           [4, 2024, 30, 5], "plan")
    g.skip("08.10.2024", [8, 10, 2024], "date")

    g.note("an управління соціального захисту населення of a сільська рада → centre_type uszn")
    g.note("benefits administered by the управління (subsidies, IDP allowances, rehabilitation devices, sanatorium referrals, decisions) have no §3 id and are skipped; the social services received by decision of the управління are served with a service id")
    g.note("«обидві розглянуто, одна визнана обґрунтованою» → complaints 1 (in words) hanging on the 2 complaints; «Скарг на дії працівників управління не надходило» → complaints 0 with a label")
    g.note("budget table in тис. грн (the unit line above the table), stored in hryvnias; each cell is a fact quoted by its row with its kekv; rows hang on the Всього cell of their column. The prose 1 210,4 (97,1 %) repeats the Всього spending: two facts")
    g.note("the Всього row has an empty КЕКВ cell; the reader prints it with a leading tab")
    g.write()


if __name__ == "__main__":
    main()
