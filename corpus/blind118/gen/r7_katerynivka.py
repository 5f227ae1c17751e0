"""b118_07 (less common style): explanatory note of the chief accountant of the ТЦСО of Катеринівська сільська
рада (Кіровоградська) to the annual budget report for 2023. Accounting number formats in prose and in a budget
table: 1.234,56 грн; 12 345-67; «тис. грн» with two decimals; negative differences in brackets. reportlab PDF."""
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from common import Gold, report_path, register_fonts

NAME = "b118_07_katerynivka_tcso_annual2023.pdf"

# KEKV, name, approved, spent (грн)
BUDGET = [
    ("2111", "Заробітна плата", "5418200.00", "5401936.52"),
    ("2120", "Нарахування на оплату праці", "1192000.00", "1188426.03"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "164300.00", "158712.90"),
    ("2230", "Продукти харчування", "96000.00", "94388.15"),
    ("2240", "Оплата послуг (крім комунальних)", "48600.00", "46918.40"),
    ("2250", "Видатки на відрядження", "12000.00", "7420.00"),
    ("2272", "Оплата водопостачання та водовідведення", "21500.00", "19876.44"),
    ("2273", "Оплата електроенергії", "118900.00", "112604.28"),
    ("2274", "Оплата природного газу", "386400.00", "371255.67"),
    ("2800", "Інші поточні видатки", "3600.00", "3512.00"),
]
SLIP_KEKV = "2240"
SLIP_WRITTEN = D("1861.60")   # true difference 1 681,60: digits swapped


def dot(x):
    """1.234.567,89"""
    q = f"{D(x):,.2f}"
    return q.replace(",", " ").replace(".", ",").replace(" ", ".")


def dash(x):
    """12 345-67"""
    q = f"{D(x):,.2f}"
    whole, kop = q.split(".")
    return whole.replace(",", " ") + "-" + kop


def tis(x):
    """7 461,50 (тис. грн, two decimals)"""
    q = f"{(D(x) / 1000).quantize(D('0.01')):,.2f}"
    return q.replace(",", " ").replace(".", ",")


def num(x):
    x = D(x)
    return int(x) if x == x.to_integral_value() else float(x)


APPROVED = sum(D(r[2]) for r in BUDGET)
SPENT = sum(D(r[3]) for r in BUDGET)
DIFFS = {r[0]: D(r[2]) - D(r[3]) for r in BUDGET}
WRITTEN = {k: (SLIP_WRITTEN if k == SLIP_KEKV else v) for k, v in DIFFS.items()}
DIFF_TOTAL = sum(DIFFS.values())            # the total row is right; only one row is wrong
PCT = (SPENT * 100 / APPROVED).quantize(D("0.01"))
WAGES_PCT = ((D(BUDGET[0][3]) + D(BUDGET[1][3])) * 100 / (D(BUDGET[0][2]) + D(BUDGET[1][2]))).quantize(D("0.01"))
GAS_TIS = (DIFFS["2274"] / 1000).quantize(D("0.01"))
REC, SPEC_SPENT = D("214607.35"), D("198220.10")
REST = REC - SPEC_SPENT

PARAS = [
    ("c", "Територіальний центр соціального обслуговування (надання соціальних послуг)<br/>"
          "Катеринівської сільської ради"),
    ("c", "код ЄДРПОУ 41250387; 27441, Кіровоградська обл., Кропивницький р-н, с. Катеринівка, вул. Садова, 9; "
          "тел. (0522) 0-29-47-13"),
    ("c", "<b>ПОЯСНЮВАЛЬНА ЗАПИСКА</b><br/>до річної бюджетної звітності за 2023 рік<br/>"
          "(складена головним бухгалтером установи)"),
    ("p", "Установа утримується за рахунок коштів бюджету Катеринівської сільської територіальної громади "
          "(КПКВК МБ 0113104 «Забезпечення соціальними послугами за місцем проживання громадян, які не здатні "
          "до самообслуговування у зв’язку з похилим віком, хворобою, інвалідністю»). Бюджетна звітність "
          "складена станом на 01.01.2024 відповідно до наказу Мінфіну від 24.01.2012 № 44."),
    ("p", f"<b>1. Загальний фонд.</b> Кошторисом на 2023 рік (зі змінами) по загальному фонду затверджено "
          f"асигнування в сумі {tis(APPROVED)} тис. грн, касові видатки склали {tis(SPENT)} тис. грн, або "
          f"{str(PCT).replace('.', ',')} % кошторисних призначень. Економія по загальному фонду становить "
          f"{tis(DIFF_TOTAL)} тис. грн, у т.ч. по КЕКВ 2274 «Оплата природного газу» – відхилення "
          f"({str(GAS_TIS).replace('.', ',')}) тис. грн у зв’язку з теплою погодою в листопаді – грудні."),
    ("p", f"Фонд оплати праці з нарахуваннями (КЕКВ 2111, 2120) використано на "
          f"{str(WAGES_PCT).replace('.', ',')} %. Заробітна плата виплачувалась двічі на місяць у встановлені "
          f"строки; середньомісячна заробітна плата одного працівника склала 12.418,74 грн. Штатна чисельність "
          f"– 47,5 штатних одиниць, середньооблікова чисельність працівників – 44 особи."),
    ("p", "Виконання кошторису за кодами економічної класифікації видатків наведено в таблиці (грн):"),
]
PARAS2 = [
    ("p", f"<b>2. Спеціальний фонд.</b> Надходження плати за надання соціальних послуг за рік становлять "
          f"{dash(REC)} грн, касові видатки спеціального фонду – {dash(SPEC_SPENT)} грн (КЕКВ 2210, 2240). "
          f"Залишок коштів на рахунку станом на 01.01.2024 – {dash(REST)} грн. Вартість однієї години послуги "
          f"догляду вдома для платних отримувачів – 64-50 грн."),
    ("p", "<b>3. Показники діяльності.</b> Протягом 2023 року соціальні послуги отримували 268 осіб, з них на "
          "платній основі – 38 осіб, безоплатно – 230 осіб. Натуральну допомогу (засоби гігієни, постільна "
          "білизна) видано 64 отримувачам на загальну суму 52.380,00 грн."),
    ("p", "<b>4. Розрахунки.</b> Дебіторська заборгованість станом на 01.01.2024 відсутня, кредиторська "
          "заборгованість – 0,00 грн. Прострочена заборгованість із заробітної плати відсутня."),
    ("p", "Головний бухгалтер                                                     (підпис)"),
    ("p", "22.01.2024"),
]


def build():
    register_fonts()
    base = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=14.5, alignment=TA_JUSTIFY,
                          firstLineIndent=10 * mm, spaceAfter=5)
    cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0)
    st = {"p": base, "c": cen}
    story = [Paragraph(t, st[k]) for k, t in PARAS]
    data = [("КЕКВ", "Найменування", "Затверджено кошторисом, грн", "Касові видатки, грн",
             "Відхилення (гр.4 – гр.3), грн")]
    for k, name, a, s in BUDGET:
        data.append((k, name, dot(a), dot(s), f"({dot(WRITTEN[k])})"))
    data.append(("", "Разом", dot(APPROVED), dot(SPENT), f"({dot(DIFF_TOTAL)})"))
    small = ParagraphStyle("s", fontName="LSerif", fontSize=9.5, leading=11)
    rows = [[Paragraph(c, small) if j == 1 else c for j, c in enumerate(r)] for r in data]
    rows[0] = [Paragraph(c, small) for c in data[0]]
    t = Table(rows, colWidths=(14 * mm, 62 * mm, 32 * mm, 32 * mm, 30 * mm), repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 9.5),
                           ("FONT", (0, -1), (-1, -1), "LSerif-B", 9.5),
                           ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                           ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(t_, st[k]) for k, t_ in PARAS2]
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=12 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Пояснювальна записка",
                            author="ТЦСО", creator="ТЦСО", producer="ТЦСО")
    doc.build(story)


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Катеринівської сільської ради",
        "centre_type": "tcso", "settlement": "Катеринівка", "oblast": "Кіровоградська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, meta_alt={"report_kind": ["other"],
                 "centre": ["Територіальний центр соціального обслуговування Катеринівської сільської ради"]})
    f = g.f
    v = lambda x: x[1:]
    ap = f("budget_approved", "uah", num(D(tis(APPROVED).replace(" ", "").replace(",", ".")) * 1000),
           f"затверджено асигнування в сумі {tis(APPROVED)} тис. грн", label="загальний фонд, кошторис на 2023 рік")
    sp = f("budget_spent", "uah", num(D(tis(SPENT).replace(" ", "").replace(",", ".")) * 1000),
           f"касові видатки склали {tis(SPENT)} тис. грн, або {str(PCT).replace('.', ',')} %",
           percent=float(PCT), label="загальний фонд",
           note="written in тис. грн with two decimals, so the value is rounded to tens of hryvnias")
    sv = f("budget_savings", "uah", num(D(tis(DIFF_TOTAL).replace(" ", "").replace(",", ".")) * 1000),
           f"Економія по загальному фонду становить {tis(DIFF_TOTAL)} тис. грн", label="загальний фонд")
    gas = f("budget_savings", "uah", num(GAS_TIS * 1000),
            f"відхилення ({str(GAS_TIS).replace('.', ',')}) тис. грн", kekv="2274", parent=sv,
            note="a negative difference in brackets (spent − approved) is a saving: stored as a positive amount")
    # table
    tq = "\t".join(("Разом", dot(APPROVED), dot(SPENT), f"({dot(DIFF_TOTAL)})"))
    ta = f("budget_approved", "uah", num(APPROVED), tq, label="Разом, загальний фонд")
    ts = f("budget_spent", "uah", num(SPENT), tq, label="Разом, загальний фонд")
    td = f("budget_savings", "uah", num(DIFF_TOTAL), tq, label="Разом, загальний фонд",
           note="«Відхилення» in brackets → budget_savings, stored positive")
    rows = {}
    for k, name, a, s in BUDGET:
        q = "\t".join((k, name, dot(a), dot(s), f"({dot(WRITTEN[k])})"))
        rows[k] = (f("budget_approved", "uah", num(a), q, kekv=k, group="approved_by_kekv", parent=ta),
                   f("budget_spent", "uah", num(s), q, kekv=k, group="spent_by_kekv", parent=ts),
                   f("budget_savings", "uah", num(WRITTEN[k]), q, kekv=k, group="savings_by_kekv", parent=td))
    rec = f("budget_received", "uah", num(REC), f"Надходження плати за надання соціальних послуг за рік становлять "
            f"{dash(REC)} грн", label="спеціальний фонд, плата за соціальні послуги")
    ssp = f("budget_spent", "uah", num(SPEC_SPENT), f"касові видатки спеціального фонду – {dash(SPEC_SPENT)} грн",
            label="спеціальний фонд")
    srv = f("served", "persons", 268, "соціальні послуги отримували 268 осіб")
    p1 = f("served", "persons", 38, "платній основі – 38 осіб", label="на платній основі",
           group="served268_by_payment", parent=srv)
    p2 = f("served", "persons", 230, "безоплатно – 230 осіб", label="безоплатно", group="served268_by_payment",
           parent=srv)
    f("served", "recipients", 64, "Натуральну допомогу (засоби гігієни, постільна білизна) видано 64 отримувачам",
      service="natural_aid", unit_alt="persons")
    f("aid_value", "uah", 52380, "на загальну суму 52.380,00 грн", service="natural_aid")
    pos = f("staff_positions", "positions", 47.5, "Штатна чисельність – 47,5 штатних одиниць")
    act = f("staff_actual", "staff", 44, "середньооблікова чисельність працівників – 44 особи",
            note="average headcount read as staff actually working")

    # checks
    for k in rows:
        if k == SLIP_KEKV:
            continue
        a_, s_, d_ = rows[k]
        g.check("table_arithmetic", "\t".join((k, dict((r[0], r[1]) for r in BUDGET)[k])),
                f"KEKV {k}: затверджено − видатки = відхилення", f"near(f{v(a_)} - f{v(s_)}, f{v(d_)})")
    g.check("table_arithmetic", tq, "column «Затверджено»: the ten rows sum to Разом",
            "near(" + " + ".join("f" + v(rows[k][0]) for k in rows) + f", f{v(ta)})")
    g.check("table_arithmetic", tq, "column «Касові видатки»: the ten rows sum to Разом",
            "near(" + " + ".join("f" + v(rows[k][1]) for k in rows) + f", f{v(ts)})")
    g.check("table_arithmetic", tq, "Разом: затверджено − видатки = відхилення",
            f"near(f{v(ta)} - f{v(ts)}, f{v(td)})")
    g.check("internal_conflict", f"затверджено асигнування в сумі {tis(APPROVED)} тис. грн",
            "prose тис. грн figures equal the table totals after rounding to tens of hryvnias",
            f"abs(f{v(ap)} - f{v(ta)}) <= 5 and abs(f{v(sp)} - f{v(ts)}) <= 5 and abs(f{v(sv)} - f{v(td)}) <= 5")
    g.check("percent_mismatch", f"або {str(PCT).replace('.', ',')} % кошторисних призначень",
            f"{SPENT} / {APPROVED} = {PCT} %", f"pct_ok(p{v(sp)}, f{v(ts)}, f{v(ta)}, 2)")
    g.check("internal_conflict", f"відхилення ({str(GAS_TIS).replace('.', ',')}) тис. грн",
            "KEKV 2274 in prose (тис. грн) = the table row after rounding", f"abs(f{v(gas)} - f{v(rows['2274'][2])}) <= 5")
    g.check("percent_mismatch", f"використано на {str(WAGES_PCT).replace('.', ',')} %",
            "wage fund 2111 + 2120 executed at the written percentage (the percentage has no §3 id: literal)",
            f"pct_ok({WAGES_PCT}, f{v(rows['2111'][1])} + f{v(rows['2120'][1])}, "
            f"f{v(rows['2111'][0])} + f{v(rows['2120'][0])}, 2)")
    g.check("parts_sum", f"Залишок коштів на рахунку станом на 01.01.2024 – {dash(REST)} грн",
            "special fund: received − spent = balance (the balance has no §3 id: literal)",
            f"near(f{v(rec)} - f{v(ssp)}, {REST})")
    g.check("parts_sum", "платній основі – 38 осіб, безоплатно – 230 осіб", "38 + 230 = 268",
            f"f{v(p1)} + f{v(p2)} == f{v(srv)}")
    g.check("parts_sum", "Штатна чисельність – 47,5 штатних одиниць", "44 ≤ 47,5", f"f{v(act)} <= f{v(pos)}")
    a_, s_, d_ = rows[SLIP_KEKV]
    sq = "\t".join((SLIP_KEKV, "Оплата послуг (крім комунальних)", dot(BUDGET[4][2]), dot(BUDGET[4][3]),
                    f"({dot(SLIP_WRITTEN)})"))
    g.slip("table_arithmetic", "error", sq, float(SLIP_WRITTEN), float(DIFFS[SLIP_KEKV]), [a_, s_, d_],
           f"KEKV 2240: 48.600,00 − 46.918,40 = 1.681,60, written (1.861,60) — two digits swapped. The «Разом» "
           f"difference ({dot(DIFF_TOTAL)}) is the sum of the correct row values, so the column does not add up "
           f"with the written row either.", f"near(f{v(a_)} - f{v(s_)}, f{v(d_)})")

    g.skip("код ЄДРПОУ 41250387; 27441, Кіровоградська обл.", [41250387, 27441], "ЄДРПОУ, postcode")
    g.skip("Садова, 9; тел. (0522) 0-29-47-13", [9, 522, 294713], "address, phone")
    g.skip("до річної бюджетної звітності за 2023 рік", [2023], "year")
    g.skip("(КПКВК МБ 0113104", [113104], "budget programme code")
    g.skip("складена станом на 01.01.2024 відповідно до наказу Мінфіну від 24.01.2012 № 44", [1, 1, 2024, 24, 1, 2012, 44],
           "dates, order number")
    g.skip("1. Загальний фонд.", [1, 2, 3, 4], "section numbers")
    g.skip("Кошторисом на 2023 рік (зі змінами)", [2023], "year")
    g.skip("по КЕКВ 2274 «Оплата природного газу»", [2274], "KEKV code")
    g.skip(f"Фонд оплати праці з нарахуваннями (КЕКВ 2111, 2120) використано на {str(WAGES_PCT).replace('.', ',')} %",
           [2111, 2120, float(WAGES_PCT)], "KEKV codes; execution percentage of the wage fund: no §3 id (literal in a check)")
    g.skip("середньомісячна заробітна плата одного працівника склала 12.418,74 грн", [12418.74], "average wage")
    g.skip(f"Залишок коштів на рахунку станом на 01.01.2024 – {dash(REST)} грн", [1, 1, 2024, float(REST)],
           "date; balance of the special fund: no §3 id")
    g.skip("(КЕКВ 2210, 2240)", [2210, 2240], "KEKV codes")
    g.skip("Вартість однієї години послуги догляду вдома для платних отримувачів – 64-50 грн.", [64.5], "tariff")
    g.skip("Протягом 2023 року", [2023], "year")
    g.skip("Дебіторська заборгованість станом на 01.01.2024 відсутня, кредиторська заборгованість – 0,00 грн.",
           [1, 1, 2024, 0], "receivables/payables: no §3 id")
    g.skip("22.01.2024", [22, 1, 2024], "signing date")
    g.skip("Відхилення (гр.4 – гр.3), грн", [4, 3], "column references «гр.4 – гр.3»")
    g.note("Accounting formats: «5.418.200,00» (dot thousands, comma decimals), «214 607-35» (dash before kopecks), "
           "«7 461,50 тис. грн» (two decimals) — all stored in hryvnias (тис. грн × 1 000; kopecks as decimals).")
    g.note("«Відхилення (гр.4 – гр.3)» in brackets is spent − approved, a negative number: it is the line's saving "
           "(економія) and is stored as budget_savings with a positive value; likewise «відхилення (15,14) тис. грн» "
           "for KEKV 2274 in prose.")
    g.note("Table: every cell is a fact quoted by its row, with its KEKV; rows hang on the «Разом» cell of the same "
           "column. The prose totals in тис. грн are separate facts (their values are rounded to tens of hryvnias, "
           "so they differ from the table totals by a few hryvnias).")
    g.note("Planted slip: KEKV 2240 «Відхилення» (1.861,60) should be (1.681,60). The percent «99,24 %» goes with the "
           "prose budget_spent (checked against the exact table totals).")
    g.note("report_kind: an explanatory note to the annual budget report → annual_report (alt other). "
           "«середньооблікова чисельність … 44 особи» → staff_actual.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
