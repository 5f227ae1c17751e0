"""b104_05: Управління соціального захисту населення Криничненської сільської ради (Одеська), analytic note for
H1 2025. reportlab PDF, third person, a budget table by KEKV (planted slip in its «Разом» row)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY

from common import Gold, report_path, register_fonts

NAME = "b104_05_krynychne_uszn_h1_2025.pdf"
register_fonts()
body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
small = ParagraphStyle("s", fontName="LSerif", fontSize=9, leading=11, alignment=TA_CENTER)
head = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=4)
sec = ParagraphStyle("sec", fontName="LSerif-B", fontSize=11, leading=14, spaceBefore=4, spaceAfter=4)
cell = ParagraphStyle("c", fontName="LSans", fontSize=8.5, leading=10)

ROWS = [  # kekv, name, approved, spent
    ("2111", "Заробітна плата", 2146800.00, 2139512.40),
    ("2120", "Нарахування на оплату праці", 472300.00, 470692.73),
    ("2210", "Предмети, матеріали, обладнання та інвентар", 38000.00, 31460.00),
    ("2240", "Оплата послуг (крім комунальних)", 64500.00, 58214.90),
    ("2273", "Оплата електроенергії", 41200.00, 36908.15),
]
TOT_APPR = round(sum(r[2] for r in ROWS), 2)          # 2 762 800,00
TOT_SPENT_TRUE = round(sum(r[3] for r in ROWS), 2)    # 2 736 788,18
TOT_SPENT_PRINTED = 2736878.18                        # planted slip: 88 and 78 swapped
TOT_ECON = round(sum(round(r[2] - r[3], 2) for r in ROWS), 2)   # 26 011,82
assert TOT_SPENT_TRUE == 2736788.18 and TOT_ECON == 26011.82


def money(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


def pv(x):
    return int(x) if float(x).is_integer() else round(x, 2)


story = [
    Paragraph("УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ<br/>КРИНИЧНЕНСЬКОЇ СІЛЬСЬКОЇ РАДИ<br/>"
              "БОЛГРАДСЬКОГО РАЙОНУ ОДЕСЬКОЇ ОБЛАСТІ", head),
    Paragraph("68420, Одеська обл., Болградський р-н, с. Криничне, вул. Миру, 52; тел. (04846) 0-27-33; "
              "uszn.krynychne@example.ua; код ЄДРПОУ 44287615", small),
    Spacer(1, 8),
    Paragraph("Вих. № 01-14/356 від 07.07.2025", body),
    Paragraph("АНАЛІТИЧНА ДОВІДКА<br/>про роботу управління за І півріччя 2025 року", head),
    Paragraph("1. Прийом громадян і призначення соціальних виплат", sec),
    Paragraph("За січень – червень 2025 року до управління звернулося 2 318 осіб. Прийнято 1 964 заяви про "
              "призначення державних соціальних допомог, житлових субсидій і пільг, з них через ЦНАП – 712, "
              "через портал «Дія» – 398. Частка заяв, поданих в електронній формі, становить 20,3 %. Житлові "
              "субсидії призначено 1 126 домогосподарствам (за І півріччя 2024 року – 1 302). Видано 37 посвідчень "
              "особам з інвалідністю та членам сімей загиблих. Кількість внутрішньо переміщених осіб, які "
              "проживають у громаді, станом на 30.06.2025 становить 1 047 осіб.", body),
    Paragraph("2. Соціальні послуги та робота з сім'ями", sec),
    Paragraph("Фахівцями управління проведено оцінювання потреб 86 осіб у соціальних послугах; за його "
              "результатами 61 особу направлено до КУ «Центр надання соціальних послуг» для отримання послуг "
              "догляду вдома та денного догляду. Виявлено 19 сімей, які перебувають у складних життєвих обставинах; "
              "у цих сім'ях виховується 41 дитина. Гуманітарну допомогу (продуктові набори, засоби гігієни) через "
              "управління отримали 412 осіб на загальну суму 286,4 тис. грн.", body),
    Paragraph("3. Звернення громадян", sec),
    Paragraph("Надійшло 42 звернення громадян з особистих питань, з них 3 скарги (усі розглянуто, одну визнано "
              "обґрунтованою). На «гарячу лінію» управління надійшло 264 дзвінки. Проведено 8 інформаційних "
              "зустрічей з мешканцями старостинських округів, якими охоплено 173 особи.", body),
    Paragraph("4. Кадрове забезпечення", sec),
    Paragraph("Штатна чисельність управління – 14 посад, фактично працює 12 працівників. Протягом півріччя "
              "5 працівників пройшли навчання в Одеському обласному центрі підвищення кваліфікації.", body),
    Paragraph("5. Фінансове забезпечення", sec),
    Paragraph("Кошторисом на І півріччя 2025 року передбачено видатки загального фонду в сумі 2 762,8 тис. грн. "
              "Виконання кошторису наведено в таблиці.", body),
    Paragraph("Таблиця. Виконання кошторису управління за І півріччя 2025 року, грн", sec),
]
data = [[Paragraph(x, cell) for x in ("КЕКВ", "Найменування", "Затверджено на І півріччя", "Касові видатки", "Економія")]]
for k, name, a, s in ROWS:
    data.append([Paragraph(x, cell) for x in (k, name, money(a), money(s), money(round(a - s, 2)))])
data.append([Paragraph(x, cell) for x in ("", "Разом", money(TOT_APPR), money(TOT_SPENT_PRINTED), money(TOT_ECON))])
t = Table(data, colWidths=[40, 190, 90, 90, 70])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [t, Spacer(1, 10),
          Paragraph("Начальник управління                                        (підпис)", body),
          Paragraph("Виконавець: головний бухгалтер, тел. (04846) 0-27-35", body)]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawCentredString(A4[0] / 2, 20, f"Сторінка {doc.page}")
    canvas.restoreState()


path = report_path(NAME)
SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=50, rightMargin=50, topMargin=40, bottomMargin=40,
                  title="Аналітична довідка", author="УСЗН").build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(NAME, {
    "centre": "Управління соціального захисту населення Криничненської сільської ради",
    "centre_type": "uszn", "settlement": "Криничне", "oblast": "Одеська",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
}, meta_alt={"centre": ["Управління соціального захисту населення Криничненської сільської ради Болградського району Одеської області"]})
F = g.f
n = lambda x: x[1:]
f_ap = F("applied", "persons", 2318, "до управління звернулося 2 318 осіб")
f_za = F("applied", "applications", 1964, "Прийнято 1 964 заяви")
f_z1 = F("applied", "applications", 712, "з них через ЦНАП – 712", label="через ЦНАП", parent=f_za)
f_z2 = F("applied", "applications", 398, "через портал «Дія» – 398", label="через портал «Дія»", parent=f_za)
f_sh = F("share", "percent", 20.3, "Частка заяв, поданих в електронній формі, становить 20,3 %",
         label="частка заяв, поданих в електронній формі")
f_na = F("needs_assessed", "persons", 86, "проведено оцінювання потреб 86 осіб")
f_sj = F("in_difficult_circumstances", "families", 19, "Виявлено 19 сімей, які перебувають у складних життєвих обставинах")
f_sjc = F("in_difficult_circumstances", "children", 41, "у цих сім'ях виховується 41 дитина", parent=f_sj)
f_hum = F("served", "persons", 412, "управління отримали 412 осіб", label="гуманітарна допомога",
          note="humanitarian aid handed out through the department; no service id is set (not the natural_aid service of a provider)")
f_aid = F("aid_value", "uah", 286400, "на загальну суму 286,4 тис. грн")
f_zv = F("applied", "applications", 42, "Надійшло 42 звернення громадян з особистих питань", label="звернення з особистих питань")
f_cmp = F("complaints", "complaints", 3, "з них 3 скарги", parent=f_zv)
f_call = F("calls", "calls", 264, "надійшло 264 дзвінки")
f_ev = F("events", "events", 8, "Проведено 8 інформаційних зустрічей")
f_evp = F("event_participants", "persons", 173, "якими охоплено 173 особи", parent=f_ev)
f_pos = F("staff_positions", "positions", 14, "Штатна чисельність управління – 14 посад")
f_st = F("staff_actual", "staff", 12, "фактично працює 12 працівників")
f_tr = F("staff_trained", "staff", 5, "5 працівників пройшли навчання")
f_ba = F("budget_approved", "uah", 2762800, "передбачено видатки загального фонду в сумі 2 762,8 тис. грн",
         label="загальний фонд, І півріччя", note="repeats the «Разом» of the table's approved column")
tot_q = f"Разом\t{money(TOT_APPR)}\t{money(TOT_SPENT_PRINTED)}\t{money(TOT_ECON)}"
f_ta = F("budget_approved", "uah", pv(TOT_APPR), tot_q, label="Разом")
f_ts = F("budget_spent", "uah", pv(TOT_SPENT_PRINTED), tot_q, label="Разом")
f_te = F("budget_savings", "uah", pv(TOT_ECON), tot_q, label="Разом")
ra, rs, re_ = [], [], []
for k, name, a, s in ROWS:
    q = f"{k}\t{name}\t{money(a)}\t{money(s)}\t{money(round(a - s, 2))}"
    ra.append(F("budget_approved", "uah", pv(a), q, kekv=k, label=name, group="approved_by_kekv", parent=f_ta))
    rs.append(F("budget_spent", "uah", pv(s), q, kekv=k, label=name, group="spent_by_kekv", parent=f_ts))
    re_.append(F("budget_savings", "uah", pv(round(a - s, 2)), q, kekv=k, label=name, group="savings_by_kekv", parent=f_te))

g.slip("table_arithmetic", "error", tot_q, TOT_SPENT_PRINTED, TOT_SPENT_TRUE, [f_ts] + rs,
       "the «Касові видатки» column sums to 2 736 788,18, but «Разом» says 2 736 878,18 (90,00 грн more; 78 and 88 swapped)",
       "near(" + " + ".join(f"f{n(x)}" for x in rs) + f", f{n(f_ts)})")
g.slip("table_arithmetic", "error", tot_q, round(TOT_APPR - TOT_SPENT_PRINTED, 2), TOT_ECON, [f_ta, f_ts, f_te],
       "in the «Разом» row, затверджено − видатки = 2 762 800,00 − 2 736 878,18 = 25 921,82, but економія says 26 011,82 "
       "(which is right for the true spending total); the same slip seen through the derived column",
       f"near(f{n(f_ta)} - f{n(f_ts)}, f{n(f_te)})")
g.check("table_arithmetic", tot_q, "approved column: 2 146 800 + 472 300 + 38 000 + 64 500 + 41 200 = 2 762 800,00",
        " + ".join(f"f{n(x)}" for x in ra) + f" == f{n(f_ta)}")
g.check("table_arithmetic", tot_q, "savings column: 7 287,60 + 1 607,27 + 6 540,00 + 6 285,10 + 4 291,85 = 26 011,82",
        "near(" + " + ".join(f"f{n(x)}" for x in re_) + f", f{n(f_te)})")
g.check("table_arithmetic", "Таблиця. Виконання кошторису управління за І півріччя 2025 року, грн",
        "every KEKV row: економія = затверджено − видатки",
        " and ".join(f"near(f{n(a)} - f{n(s)}, f{n(e)})" for a, s, e in zip(ra, rs, re_)))
g.check("internal_conflict", "передбачено видатки загального фонду в сумі 2 762,8 тис. грн",
        "prose 2 762,8 тис. грн = table «Разом» 2 762 800,00", f"f{n(f_ba)} == f{n(f_ta)}")
g.check("percent_mismatch", "Частка заяв, поданих в електронній формі, становить 20,3 %",
        "398 / 1 964 = 20,26 % → 20,3 (the «Дія» applications of the 1 964)", f"pct_ok(f{n(f_sh)}, f{n(f_z2)}, f{n(f_za)}, 1)")
g.check("parts_sum", "з них через ЦНАП – 712, через портал «Дія» – 398", "712 + 398 = 1 110 ≤ 1 964 (not a partition)",
        f"f{n(f_z1)} + f{n(f_z2)} <= f{n(f_za)}")
g.check("parts_sum", "фактично працює 12 працівників", "5 trained ≤ 12 working ≤ 14 positions; 3 complaints ≤ 42",
        f"f{n(f_tr)} <= f{n(f_st)} <= f{n(f_pos)} and f{n(f_cmp)} <= f{n(f_zv)}")

g.skip("68420, Одеська обл., Болградський р-н, с. Криничне, вул. Миру, 52; тел. (04846) 0-27-33",
       [68420, 52, 4846, 2733], "postcode, address, phone")
g.skip("код ЄДРПОУ 44287615", [44287615], "ЄДРПОУ")
g.skip("Вих. № 01-14/356 від 07.07.2025", [1, 14, 356, 7, 7, 2025], "outgoing number and date")
g.skip("про роботу управління за І півріччя 2025 року", [2025], "year of the title")
g.skip("1. Прийом громадян і призначення соціальних виплат", [1, 2, 3, 4, 5], "section numbers 1.–5.")
g.skip("Житлові субсидії призначено 1 126 домогосподарствам (за І півріччя 2024 року – 1 302)", [1126, 2024, 1302],
       "housing subsidies (a state payment, no §3 id) and the prior-year figure")
g.skip("Видано 37 посвідчень", [37], "certificates issued (no §3 id)")
g.skip("станом на 30.06.2025 становить 1 047 осіб", [30, 6, 2025, 1047], "date; IDPs living in the hromada (population)")
g.skip("61 особу направлено до КУ «Центр надання соціальних послуг»", [61], "referrals (no §3 id)")
g.skip("одну визнано обґрунтованою", [1], "complaints found justified (no §3 id)")
g.skip("Кошторисом на І півріччя 2025 року", [2025], "year")
g.skip("За січень – червень 2025 року", [2025], "period")
g.skip("Таблиця. Виконання кошторису управління за І півріччя 2025 року, грн", [2025], "table title")
g.skip("Виконавець: головний бухгалтер, тел. (04846) 0-27-35", [4846, 2735], "phone")

g.note("an управління соціального захисту населення is centre_type uszn; an analytic note for a half-year is period_report")
g.note("«звернулося 2 318 осіб» (persons) and «Прийнято 1 964 заяви» (applications) are two applied facts; the 42 "
       "«звернення громадян з особистих питань» is a third (applications, labelled), with the 3 complaints under it")
g.note("budget table: every cell is a fact quoted by its row, with kekv; rows hang on the «Разом» cell of the same column. "
       "Kopiyky are kept (values in hryvnias with two decimals)")
g.note("housing subsidies, certificates and referrals are state-payment or paperwork counts with no §3 id: skipped")
g.note("the planted slip is one typo in the «Разом» spending cell, recorded as two table_arithmetic findings (column "
       "sum and derived column) that share the slip id")
g.write()
