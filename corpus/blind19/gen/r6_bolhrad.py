"""b19_06: ТЦСО Болградської міської ради (Одеська), report for Q3 2025. reportlab PDF: prose by department
and a KEKV budget table (затверджено на квартал / касові видатки / економія) that runs over a page break
with its header row repeated.

Planted slip (one slip, two findings): КЕКВ 2240 economy written 6,9 while 64,7 − 58,3 = 6,4; the «Разом»
economy (52,7, = затверджено − видатки of the totals) is then 0,5 less than the column as written.
"""
from decimal import Decimal
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

from common import Gold, report_path, register_fonts

DOC = "b19_06_bolhrad_tcso_q3_2025.pdf"

# KEKV, name, approved for Q3, cash spent, economy as written (тис. грн)
BUD = [
    ("2111", "Заробітна плата", "3412,6", "3398,1", "14,5"),
    ("2120", "Нарахування на оплату праці", "750,8", "747,6", "3,2"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "86,4", "71,9", "14,5"),
    ("2230", "Продукти харчування", "42,0", "39,8", "2,2"),
    ("2240", "Оплата послуг (крім комунальних)", "64,7", "58,3", "6,9"),
    ("2250", "Видатки на відрядження", "3,5", "1,2", "2,3"),
    ("2272", "Оплата водопостачання та водовідведення", "9,6", "7,4", "2,2"),
    ("2273", "Оплата електроенергії", "38,2", "33,6", "4,6"),
    ("2274", "Оплата природного газу", "12,5", "9,7", "2,8"),
    ("2800", "Інші поточні видатки", "1,8", "1,8", "0,0"),
]


def d(s):
    return Decimal(s.replace(",", "."))


def ds(x):
    return f"{x:.1f}".replace(".", ",")


TOT_A = sum(d(r[2]) for r in BUD)
TOT_S = sum(d(r[3]) for r in BUD)
TOT_E = TOT_A - TOT_S            # written as approved − spent (correct), not the column sum
EXEC = (TOT_S * 100 / TOT_A).quantize(Decimal("0.1"))


def uah(s):
    v = d(s) * 1000
    return int(v)


HEAD = ["Територіальний центр соціального обслуговування (надання соціальних послуг)",
        "Болградської міської ради Одеської області",
        "68702, м. Болград, вул. Інзова, 0; тел. (04846) 0-27-93; ЄДРПОУ 40319562"]
TITLE = "ЗВІТ про діяльність територіального центру за III квартал 2025 року"

P0 = ("Територіальний центр діє відповідно до Положення, затвердженого рішенням Болградської міської ради "
      "від 22.12.2020 № 37-VIII, і надає соціальні послуги мешканцям Болградської міської територіальної "
      "громади (27 населених пунктів). Звіт складено на виконання листа управління соціального захисту "
      "населення від 25.09.2025 № 01-18/1147.")
P1 = ("У III кварталі 2025 року (липень – вересень) на обслуговуванні територіального центру перебувало "
      "684 особи, у тому числі у відділенні соціальної допомоги вдома – 402 особи, у відділенні денного "
      "перебування – 156 осіб, у відділенні соціальної реабілітації дітей з інвалідністю – 38 дітей, "
      "у відділенні організації надання адресної натуральної допомоги – 88 осіб. Надано 27 540 соціальних "
      "послуг.")
P2 = ("Серед отримувачів послуги догляду вдома 61 внутрішньо переміщена особа та 97 осіб з "
      "інвалідністю. Взято на обслуговування 37 осіб, знято з обслуговування 29 осіб (з них 21 – у зв'язку "
      "зі смертю). Середній вік отримувачів послуги догляду вдома – 78 років.")
P3 = ("Платні соціальні послуги отримували 34 особи; до спеціального фонду надійшло 58,9 тис. грн. "
      "Вартість однієї години послуги догляду вдома з 01.07.2025 становить 92,10 грн.")
P4 = ("У відділенні денного перебування проведено 21 груповий захід (зустрічі клубу «Болградські зорі», "
      "майстер-класи, концерти до Дня незалежності), у них взяли участь 347 осіб. Скарг на роботу "
      "територіального центру не надходило.")
P5 = ("Штатним розписом передбачено 71 посаду, фактично працює 66 працівників, з них 44 соціальні робітники. "
      "Протягом кварталу 3 працівники пройшли навчання в Одеському обласному центрі соціальних служб.")
P5a = ("У липні 2025 року за кошти спеціального фонду придбано 2 пральні машини та 6 ходунків для видачі "
       "в тимчасове користування; станом на 30.09.2025 в користуванні отримувачів перебуває 14 одиниць "
       "технічних засобів реабілітації.")
P6 = ("Кошторисом на 2025 рік по загальному фонду затверджено 18 964,2 тис. грн. Показники виконання "
      "кошторису за III квартал наведено в таблиці (тис. грн).")
P7 = (f"Касові видатки за квартал виконано на {ds(EXEC)} % від призначень на III квартал. Кредиторської "
      "заборгованості станом на 01.10.2025 немає.")
SIGN = "Директор (підпис) Головний бухгалтер (підпис) 06.10.2025"


def build():
    register_fonts()
    st = ParagraphStyle("n", fontName="LSerif", fontSize=12, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=7,
                        firstLineIndent=24)
    stc = ParagraphStyle("c", parent=st, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=2)
    stt = ParagraphStyle("t", fontName="LSerif", fontSize=10.5, leading=12.5)
    els = [Paragraph(h, stc) for h in HEAD]
    els += [Spacer(1, 22), Paragraph(TITLE, ParagraphStyle("T", parent=stc, fontName="LSerif-B")), Spacer(1, 16)]
    for p in (P0, P1, P2, P3, P4, P5, P5a, P6):
        els.append(Paragraph(p, st))
    rows = [[Paragraph("КЕКВ", stt), Paragraph("Найменування видатків", stt),
             Paragraph("Затверджено на квартал", stt), Paragraph("Касові видатки", stt),
             Paragraph("Економія", stt)]]
    for k, name, a, s, e in BUD:
        rows.append([k, Paragraph(name, stt), a, s, e])
    rows.append(["", Paragraph("Разом", stt), ds(TOT_A), ds(TOT_S), ds(TOT_E)])
    t = Table(rows, colWidths=[45, 200, 80, 70, 65], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10.5),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    els.append(t)
    els.append(Spacer(1, 10))
    els.append(Paragraph(P7, st))
    els.append(Spacer(1, 12))
    els.append(Paragraph(SIGN, ParagraphStyle("s", parent=st, firstLineIndent=0)))

    def foot(c, doc):
        c.setFont("LSerif", 9)
        c.drawString(500, 20, f"{doc.page}")

    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, title="Звіт за III квартал 2025",
                            author="ТЦСО Болград", leftMargin=65, rightMargin=45, topMargin=55, bottomMargin=55)
    doc.build(els, onFirstPage=foot, onLaterPages=foot)


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Болградської міської ради",
        "centre_type": "tcso",
        "settlement": "Болград",
        "oblast": "Одеська",
        "report_kind": "period_report",
        "period_start": "2025-07-01",
        "period_end": "2025-09-30",
    })
    n = lambda fid: fid[1:]
    row_q = {k: f"{k}\t{name}\t{a}\t{s}\t{e}" for k, name, a, s, e in BUD}
    f_all = g.f("served", "persons", 684, "на обслуговуванні територіального центру перебувало 684 особи")
    grp = "served_684_by_department"
    f_d1 = g.f("served", "persons", 402, "у відділенні соціальної допомоги вдома – 402 особи", parent=f_all,
               group=grp, district="відділення соціальної допомоги вдома", service="home_care")
    f_d2 = g.f("served", "persons", 156, "перебування – 156 осіб", parent=f_all, group=grp,
               district="відділення денного перебування")
    f_d3 = g.f("served", "children", 38, "у відділенні соціальної реабілітації дітей з інвалідністю – 38 дітей",
               parent=f_all, group=grp, district="відділення соціальної реабілітації дітей з інвалідністю")
    f_d4 = g.f("served", "persons", 88, "натуральної допомоги – 88 осіб", parent=f_all, group=grp,
               district="відділення організації надання адресної натуральної допомоги", service="natural_aid")
    f_srv = g.f("services_provided", "services", 27540, "Надано 27 540 соціальних послуг")
    f_c1 = g.f("served", "persons", 61, "61 внутрішньо переміщена особа", service="home_care", parent=f_d1,
               category="внутрішньо переміщені особи")
    f_c2 = g.f("served", "persons", 97, "97 осіб з інвалідністю", service="home_care", parent=f_d1,
               category="особи з інвалідністю")
    f_new = g.f("served", "persons", 37, "Взято на обслуговування 37 осіб", alt=["registered_new", "support_started"],
                label="взято на обслуговування")
    f_der = g.f("deregistered", "persons", 29, "знято з обслуговування 29 осіб", alt=["support_completed"])
    f_dth = g.f("deregistered", "persons", 21, "(з них 21 – у зв'язку зі смертю)", parent=f_der, label="смерть",
                alt=["outcome_other"])
    f_paid = g.f("served", "persons", 34, "Платні соціальні послуги отримували 34 особи", label="платні послуги")
    f_rec = g.f("budget_received", "uah", 58900, "до спеціального фонду надійшло 58,9 тис. грн",
                label="спеціальний фонд, плата за соціальні послуги")
    f_ev = g.f("events", "events", 21, "проведено 21 груповий захід")
    f_evp = g.f("event_participants", "persons", 347, "у них взяли участь 347 осіб", parent=f_ev)
    f_cmp = g.f("complaints", "complaints", 0, "Скарг на роботу територіального центру не надходило.")
    f_pos = g.f("staff_positions", "positions", 71, "Штатним розписом передбачено 71 посаду")
    f_act = g.f("staff_actual", "staff", 66, "фактично працює 66 працівників")
    f_sw = g.f("staff_actual", "staff", 44, "з них 44 соціальні робітники", parent=f_act, label="соціальні робітники")
    f_tr = g.f("staff_trained", "staff", 3, "Протягом кварталу 3 працівники пройшли навчання")
    f_year = g.f("budget_approved", "uah", 18964200,
                 "Кошторисом на 2025 рік по загальному фонду затверджено 18 964,2 тис. грн",
                 label="загальний фонд, кошторис на 2025 рік (річний)")
    tq = f"Разом\t{ds(TOT_A)}\t{ds(TOT_S)}\t{ds(TOT_E)}"
    t_a = g.f("budget_approved", "uah", uah(ds(TOT_A)), tq, label="Разом, затверджено на III квартал",
              parent=f_year)
    t_s = g.f("budget_spent", "uah", uah(ds(TOT_S)), tq, label="Разом")
    t_e = g.f("budget_savings", "uah", uah(ds(TOT_E)), tq, label="Разом")
    ra, rs, re_ = [], [], []
    for k, name, a, s, e in BUD:
        q = f"{k}\t{name}\t{a}\t{s}\t{e}"
        ra.append(g.f("budget_approved", "uah", uah(a), q, kekv=k, label=name, parent=t_a,
                      group="approved_q3_by_kekv"))
        rs.append(g.f("budget_spent", "uah", uah(s), q, kekv=k, label=name, parent=t_s, group="spent_q3_by_kekv"))
        re_.append(g.f("budget_savings", "uah", uah(e), q, kekv=k, label=name, parent=t_e,
                       group="savings_q3_by_kekv"))
    f_exec = g.f("share", "percent", float(EXEC), f"Касові видатки за квартал виконано на {ds(EXEC)} %",
                 label="виконання касових видатків від призначень на III квартал")

    i2240 = [b[0] for b in BUD].index("2240")
    g.slip("table_arithmetic", "error", row_q["2240"], 6.9, 6.4, [ra[i2240], rs[i2240], re_[i2240]],
           "КЕКВ 2240: економія = затверджено − видатки = 64,7 − 58,3 = 6,4 тис. грн, written 6,9",
           f"f{n(ra[i2240])} - f{n(rs[i2240])} == f{n(re_[i2240])}", slip=1)
    g.slip("table_arithmetic", "error", tq, float(TOT_E), float(sum(d(r[4]) for r in BUD)), re_ + [t_e],
           "the «Економія» column as written sums to " + ds(sum(d(r[4]) for r in BUD)) + ", the «Разом» row says "
           + ds(TOT_E) + " (= " + ds(TOT_A) + " − " + ds(TOT_S) + "); the same slip as the 2240 row",
           " + ".join(f"f{n(x)}" for x in re_) + f" == f{n(t_e)}", slip=1)

    g.check("parts_sum", "на обслуговуванні територіального центру перебувало 684 особи", "402 + 156 + 38 + 88 = 684",
            f"f{n(f_d1)} + f{n(f_d2)} + f{n(f_d3)} + f{n(f_d4)} == f{n(f_all)}")
    g.check("parts_sum", "61 внутрішньо переміщена особа", "61 and 97 ≤ 402",
            f"f{n(f_c1)} + f{n(f_c2)} <= f{n(f_d1)}")
    g.check("parts_sum", "(з них 21 – у зв'язку зі смертю)", "21 ≤ 29", f"f{n(f_dth)} <= f{n(f_der)}")
    g.check("parts_sum", "з них 44 соціальні робітники", "44 ≤ 66 ≤ 71; 3 trained ≤ 66",
            f"f{n(f_sw)} <= f{n(f_act)} <= f{n(f_pos)} and f{n(f_tr)} <= f{n(f_act)}")
    g.check("table_arithmetic", tq, "«Затверджено» column sums to " + ds(TOT_A),
            " + ".join(f"f{n(x)}" for x in ra) + f" == f{n(t_a)}")
    g.check("table_arithmetic", tq, "«Касові видатки» column sums to " + ds(TOT_S),
            " + ".join(f"f{n(x)}" for x in rs) + f" == f{n(t_s)}")
    g.check("table_arithmetic", tq, "Разом: " + ds(TOT_A) + " − " + ds(TOT_S) + " = " + ds(TOT_E),
            f"f{n(t_a)} - f{n(t_s)} == f{n(t_e)}")
    g.check("table_arithmetic", row_q["2111"], "economy = approved − spent in the nine other KEKV rows",
            " and ".join(f"f{n(a)} - f{n(s)} == f{n(e)}" for i, (a, s, e) in enumerate(zip(ra, rs, re_))
                         if i != i2240))
    g.check("percent_mismatch", f"Касові видатки за квартал виконано на {ds(EXEC)} %",
            ds(TOT_S) + " / " + ds(TOT_A) + " → " + ds(EXEC) + " %", f"pct_ok(f{n(f_exec)}, f{n(t_s)}, f{n(t_a)}, 1)")
    g.check("parts_sum", "Кошторисом на 2025 рік по загальному фонду затверджено 18 964,2 тис. грн",
            "quarter's approval ≤ the year's", f"f{n(t_a)} <= f{n(f_year)}")

    g.skip("68702, м. Болград, вул. Інзова, 0; тел. (04846) 0-27-93; ЄДРПОУ 40319562",
           [68702, 0, 4846, 2793, 40319562], "postcode, address, phone, ЄДРПОУ")
    g.skip("рішенням Болградської міської ради від 22.12.2020 № 37-VIII", [22, 12, 2020, 37],
           "decision date and number")
    g.skip("(27 населених пунктів)", [27], "settlements")
    g.skip("листа управління соціального захисту населення від 25.09.2025 № 01-18/1147", [25, 9, 2025, 1, 18, 1147],
           "letter date and number")
    g.skip("придбано 2 пральні машини та 6 ходунків", [2, 6], "items bought")
    g.skip("станом на 30.09.2025 в користуванні отримувачів перебуває 14 одиниць", [30, 9, 2025, 14],
           "date; items (technical aids) on loan")
    g.skip("Середній вік отримувачів послуги догляду вдома – 78 років", [78], "age")
    g.skip("Вартість однієї години послуги догляду вдома з 01.07.2025 становить 92,10 грн",
           [1, 7, 2025, 92.1], "tariff and its date")
    g.skip("станом на 01.10.2025 немає", [1, 10, 2025], "date; no payables")
    g.skip(SIGN, [6, 10, 2025], "signature date")
    for k in BUD:
        g.skip(row_q[k[0]], [int(k[0])], "KEKV code (kept in the kekv field)")

    g.note("the KEKV table runs over a page break with its header row repeated; every cell is a fact quoted by "
           "its row; rows hang on the Разом cell of the same column. The quarter's Разом approval hangs on the "
           "year's approval (18 964,2)")
    g.note("the «Разом» economy " + ds(TOT_E) + " equals approved − spent of the totals; the 2240 row's 6,9 is "
           "the slip, recorded as two table_arithmetic findings (row and column) with one slip id")
    g.note("department list: the 38 children of the rehabilitation department are part of the 684 persons "
           "(unit children, same group)")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → "
           "deregistered (alt support_completed)")
    g.note("«виконано на 98,x %» of the quarter's approval is a standalone share")
    return g


if __name__ == "__main__":
    build()
    gold().write()
