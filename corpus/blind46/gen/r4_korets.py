"""b46_04: УСЗН Корецької міської ради (Рівненська), information on work in H1 2025.
reportlab PDF (DejaVu fonts), impersonal official voice, a KEKV budget table in тис. грн.
Planted slip: table_arithmetic (КЕКВ 2274 економія 16,3 instead of 142,5 − 128,9 = 13,6; the
economy column then no longer sums to Разом) — one slip, two findings."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b46_04_korets_uszn_h1_2025.pdf"

HEAD = [
    "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ КОРЕЦЬКОЇ МІСЬКОЇ РАДИ",
    "34700, Рівненська обл., Рівненський р-н, м. Корець, вул. Київська, 41, тел. (03651) 0-27-19, ЄДРПОУ 44102387",
    "ІНФОРМАЦІЯ про роботу Управління соціального захисту населення Корецької міської ради за I півріччя 2025 року",
]
BODY1 = [
    "Управління забезпечує соціальний захист мешканців 52 населених пунктів громади (близько 29,8 тис. осіб). Положення про Управління затверджено рішенням міської ради від 17.03.2021 № 212.",
    "1. Прийом громадян. За січень – червень 2025 року до Управління надійшло 4 127 звернень громадян (особисто, поштою, через ЦНАП), з них 1 936 – від внутрішньо переміщених осіб. На гарячу лінію Управління надійшло 612 дзвінків. Проведено 6 виїзних прийомів у старостинських округах, на яких прийнято 174 особи.",
    "2. Внутрішньо переміщені особи. Протягом півріччя взято на облік 318 внутрішньо переміщених осіб; станом на 30.06.2025 на обліку перебуває 5 204 ВПО (на 01.01.2025 – 5 071).",
    "3. Соціальні допомоги та послуги. Житлову субсидію призначено 1 472 домогосподарствам. Одноразову матеріальну допомогу з місцевого бюджету отримали 214 осіб на загальну суму 1 842,5 тис. грн, у тому числі 63 сім'ї загиблих (зниклих безвісти) військовослужбовців. Технічними засобами реабілітації забезпечено 86 осіб з інвалідністю (видано 112 виробів). Прийнято 143 рішення про надання соціальних послуг, відмовлено у 5 випадках.",
    "4. Фінансове забезпечення. Кошторисом на I півріччя 2025 року по загальному фонду затверджено 6 444,5 тис. грн. Касові видатки склали 6 374,7 тис. грн, або 98,9 % затверджених призначень; економія – 69,8 тис. грн.",
    "Таблиця 2. Виконання кошторису за I півріччя 2025 року, тис. грн",
]
ROWS = [
    ("КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"),
    ("2111", "Заробітна плата", "3 412,6", "3 398,1", "14,5"),
    ("2120", "Нарахування на оплату праці", "750,8", "747,6", "3,2"),
    ("2210", "Предмети, матеріали", "96,4", "88,9", "7,5"),
    ("2240", "Оплата послуг (крім комунальних)", "124,0", "117,3", "6,7"),
    ("2273", "Оплата електроенергії", "58,2", "51,4", "6,8"),
    ("2274", "Оплата природного газу", "142,5", "128,9", "16,3"),
    ("2730", "Інші виплати населенню", "1 860,0", "1 842,5", "17,5"),
    ("", "Разом", "6 444,5", "6 374,7", "69,8"),
]
BODY2 = [
    "5. Кадри та звернення. Штатна чисельність Управління – 24 посади, фактично працює 21 працівник. Надійшло 2 скарги на дії посадових осіб, обидві розглянуто в термін до 30 днів.",
    "Начальник управління (підпис)",
    "Виконавець: головний спеціаліст, тел. (03651) 0-27-33",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DSans", 8)
    canvas.drawString(270, 20, f"Сторінка {doc.page}")
    canvas.restoreState()


def build(path):
    register_fonts()
    n = ParagraphStyle("n", fontName="DSans", fontSize=10, leading=13, spaceAfter=6)
    b = ParagraphStyle("b", parent=n, fontName="DSans-B", alignment=1)
    story = [Paragraph(HEAD[0], b), Paragraph(HEAD[1], n), Paragraph(HEAD[2], b)]
    story += [Paragraph(t, n) for t in BODY1]
    t = Table([list(r) for r in ROWS], colWidths=[40, 190, 80, 80, 70])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DSans", 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("FONT", (0, -1), (-1, -1), "DSans-B", 9)]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(x, n) for x in BODY2]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Інформація УСЗН",
                      author="УСЗН").build(story, onFirstPage=footer, onLaterPages=footer)


def num(s):
    v = round(float(s.replace(" ", "").replace(",", ".")) * 1000)
    return int(v)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Корецької міської ради",
        "centre_type": "uszn", "settlement": "Корець", "oblast": "Рівненська", "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-06-30"})
    f = g.f
    ap = f("applied", "applications", 4127, "до Управління надійшло 4 127 звернень громадян")
    f("applied", "applications", 1936, "з них 1 936 – від внутрішньо переміщених осіб",
      category="внутрішньо переміщені особи", parent=ap)
    f("calls", "calls", 612, "На гарячу лінію Управління надійшло 612 дзвінків")
    ma = f("served", "persons", 214, "Одноразову матеріальну допомогу з місцевого бюджету отримали 214 осіб",
           label="одноразова матеріальна допомога")
    av = f("aid_value", "uah", 1842500, "на загальну суму 1 842,5 тис. грн", label="одноразова матеріальна допомога")
    f("served", "families", 63, "у тому числі 63 сім'ї загиблих (зниклих безвісти) військовослужбовців",
      label="одноразова матеріальна допомога", category="сім'ї загиблих (зниклих безвісти) військовослужбовців",
      parent=ma)
    f("served", "persons", 86, "Технічними засобами реабілітації забезпечено 86 осіб з інвалідністю",
      label="забезпечення технічними засобами реабілітації", category="особи з інвалідністю")
    pa = f("budget_approved", "uah", 6444500,
           "Кошторисом на I півріччя 2025 року по загальному фонду затверджено 6 444,5 тис. грн",
           label="загальний фонд, I півріччя")
    ps = f("budget_spent", "uah", 6374700, "Касові видатки склали 6 374,7 тис. грн, або 98,9 %", percent=98.9,
           label="загальний фонд, I півріччя")
    pe = f("budget_savings", "uah", 69800, "економія – 69,8 тис. грн", label="загальний фонд, I півріччя")
    ids = {"a": [], "s": [], "e": []}
    names = {}
    for kekv, name, a, s, e in ROWS[1:-1]:
        q = f"{kekv}\t{name}\t{a}\t{s}\t{e}"
        names[kekv] = q
        ids["a"].append(f("budget_approved", "uah", num(a), q, kekv=kekv))
        ids["s"].append(f("budget_spent", "uah", num(s), q, kekv=kekv))
        ids["e"].append(f("budget_savings", "uah", num(e), q, kekv=kekv))
    _, name, a, s, e = ROWS[-1]
    tq = f"Разом\t{a}\t{s}\t{e}"
    ta = f("budget_approved", "uah", num(a), tq, label="Разом")
    ts = f("budget_spent", "uah", num(s), tq, label="Разом")
    te = f("budget_savings", "uah", num(e), tq, label="Разом")
    for k in ("a", "s", "e"):
        tot = {"a": ta, "s": ts, "e": te}[k]
        for fid in ids[k]:
            fact = g._by_id[fid]
            fact["parent_id"] = tot
            fact["parent_quote"] = tq
            fact["group"] = {"a": "approved_by_kekv", "s": "spent_by_kekv", "e": "savings_by_kekv"}[k]
    # keep key order stable after adding parent/group
    from common import FACT_KEYS
    for i, fact in enumerate(g.facts):
        g.facts[i] = {k: fact[k] for k in FACT_KEYS if k in fact}
        g._by_id[fact["id"]] = g.facts[i]
    pos = f("staff_positions", "positions", 24, "Штатна чисельність Управління – 24 посади")
    act = f("staff_actual", "staff", 21, "фактично працює 21 працівник")
    f("complaints", "complaints", 2, "Надійшло 2 скарги на дії посадових осіб")

    i2274 = 5
    g.slip("table_arithmetic", "error", names["2274"], 16300, 13600, [ids["a"][i2274], ids["s"][i2274], ids["e"][i2274]],
           "КЕКВ 2274: економія = затверджено − касові видатки = 142,5 − 128,9 = 13,6 тис. грн, the row says 16,3 "
           "(digits swapped).", f"{ids['a'][i2274]} - {ids['s'][i2274]} == {ids['e'][i2274]}", slip=1)
    g.slip("table_arithmetic", "error", tq, 72500, 69800, ids["e"] + [te],
           "the economy column sums to 72,5 тис. грн with the wrong 16,3 of КЕКВ 2274, while Разом says 69,8 "
           "(= 6 444,5 − 6 374,7). Same slip as the row finding, seen from the total.",
           " + ".join(ids["e"]) + f" == {te}", slip=1)
    ck = g.check
    ck("table_arithmetic", tq, "approved column: rows sum to 6 444,5", " + ".join(ids["a"]) + f" == {ta}")
    ck("table_arithmetic", tq, "spent column: rows sum to 6 374,7", " + ".join(ids["s"]) + f" == {ts}")
    ck("table_arithmetic", tq, "Разом: 6 444,5 − 6 374,7 = 69,8", f"{ta} - {ts} == {te}")
    others = [i for i in range(len(ids["a"])) if i != i2274]
    ck("table_arithmetic", names["2111"], "економія = затверджено − видатки in the six other rows",
       " and ".join(f"{ids['a'][i]} - {ids['s'][i]} == {ids['e'][i]}" for i in others))
    ck("percent_mismatch", "Касові видатки склали 6 374,7 тис. грн, або 98,9 %", "6 374,7 / 6 444,5 = 98,92 % → 98,9",
       f"pct_ok(p{ps[1:]}, {ps}, {pa}, 1)")
    ck("internal_conflict", "Кошторисом на I півріччя 2025 року по загальному фонду затверджено 6 444,5 тис. грн",
       "prose and the Разом row agree (6 444,5 / 6 374,7 / 69,8); prose economy = approved − spent",
       f"{pa} == {ta} and {ps} == {ts} and {pe} == {te} and {pa} - {ps} == {pe}")
    ck("internal_conflict", names["2730"], "one-time aid 1 842,5 in prose equals КЕКВ 2730 cash expenditure",
       f"{av} == {ids['s'][6]}")
    ck("parts_sum", "фактично працює 21 працівник", "21 ≤ 24", f"{act} <= {pos}")

    sk = g.skip
    sk("34700, Рівненська обл., Рівненський р-н, м. Корець, вул. Київська, 41, тел. (03651) 0-27-19, ЄДРПОУ 44102387",
       [34700, 41, 3651, 2719, 44102387], "postcode, address, phone, ЄДРПОУ")
    sk("за I півріччя 2025 року", [2025], "period")
    sk("Управління забезпечує соціальний захист мешканців 52 населених пунктів громади (близько 29,8 тис. осіб).",
       [52, 29800], "settlement count, population")
    sk("рішенням міської ради від 17.03.2021 № 212", [17, 3, 2021, 212], "decision date and number")
    sk("Проведено 6 виїзних прийомів у старостинських округах, на яких прийнято 174 особи.", [6, 174],
       "reception days and persons received (not group events; no §3 id)")
    sk("Протягом півріччя взято на облік 318 внутрішньо переміщених осіб; станом на 30.06.2025 на обліку перебуває 5 204 ВПО (на 01.01.2025 – 5 071).",
       [318, 30, 6, 2025, 5204, 1, 1, 2025, 5071],
       "IDP register (not the register of families in СЖО; no §3 id), dates, start-of-year figure")
    sk("Житлову субсидію призначено 1 472 домогосподарствам.", [1472], "housing subsidies (a benefit, no §3 id)")
    sk("(видано 112 виробів)", [112], "items handed out")
    sk("Прийнято 143 рішення про надання соціальних послуг, відмовлено у 5 випадках.", [143, 5],
       "decisions and refusals (no §3 id)")
    sk("Таблиця 2.", [2], "table number")
    sk("обидві розглянуто в термін до 30 днів", [30], "duration")
    sk("Виконавець: головний спеціаліст, тел. (03651) 0-27-33", [3651, 2733], "phone")
    sk("1. Прийом громадян.", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    g.note("oblast from the address line «Рівненська обл.»")
    g.note("КЕКВ codes in the table are not facts; they are the kekv of the money rows. Budget rows with a code carry kekv; "
           "prose and Разом carry none")
    g.note("«звернень громадян» → applied, unit applications")
    g.note("the one-time cash aid (214 persons, 1 842,5 тис. грн) → served with a label and aid_value; the 63 families "
           "are «у тому числі» of the 214 persons (unit differs, parent kept)")
    g.write()


if __name__ == "__main__":
    main()
