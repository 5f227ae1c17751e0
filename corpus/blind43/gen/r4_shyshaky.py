"""b43_04: Відділ соціального захисту населення Шишацької селищної ради (Полтавська), analytic note on
social services and spending for Q1 2025. reportlab PDF (DejaVu Sans) with a KEKV table, page footer.
Impersonal. Planted slip: table_arithmetic (row 2730: економія written 5 818,00, approved − spent is
5 188,00; the Разом row holds the right total)."""
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b43_04_shyshaky_uszn_q1_2025.pdf"

BUDGET = [("2111", "Заробітна плата", "2 146 300,00", "2 098 417,52", "47 882,48"),
          ("2120", "Нарахування на оплату праці", "472 186,00", "461 651,85", "10 534,15"),
          ("2210", "Предмети, матеріали, обладнання", "38 500,00", "31 240,00", "7 260,00"),
          ("2240", "Оплата послуг (крім комунальних)", "24 700,00", "22 318,40", "2 381,60"),
          ("2273", "Оплата електроенергії", "19 800,00", "17 964,27", "1 835,73"),
          ("2730", "Інші виплати населенню", "415 000,00", "409 812,00", "5 818,00")]
TOTAL = ("Разом", "3 116 486,00", "3 041 404,04", "75 081,96")

P1 = [
    ("ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ШИШАЦЬКОЇ СЕЛИЩНОЇ РАДИ", "h"),
    ("38000, Полтавська обл., Миргородський р-н, смт Шишаки, вул. Гоголя, 56; тел. (05352) 0-91-14; "
     "ЄДРПОУ 44083915", "c"),
    ("АНАЛІТИЧНА ДОВІДКА", "h"),
    ("щодо надання соціальних послуг та використання бюджетних коштів у I кварталі 2025 року", "c"),
    ("Довідку підготовлено на виконання листа Департаменту соціального захисту населення Полтавської "
     "обласної військової адміністрації від 27.03.2025 № 05-19/1127.", "p"),
    ("1. Звернення громадян. У I кварталі 2025 року до відділу надійшло 1 046 звернень громадян, з них "
     "612 – щодо призначення державних соціальних допомог, 287 – щодо житлових субсидій, 97 – щодо "
     "надання соціальних послуг, 50 – з інших питань. За зверненнями щодо соціальних послуг прийнято "
     "89 рішень про надання послуг і 8 рішень про відмову. На «гарячу лінію» відділу надійшло "
     "212 дзвінків.", "p"),
    ("2. Оцінювання потреб. Спільно з КУ «Центр надання соціальних послуг» проведено оцінювання "
     "потреб 84 осіб; середній строк проведення оцінювання – 6 робочих днів.", "p"),
    ("3. Надання соціальних послуг. Протягом кварталу соціальними послугами охоплено 601 особу "
     "(у I кварталі 2024 року – 558 осіб), зокрема: догляд вдома – 208 осіб, паліативний догляд – "
     "11 осіб, денний догляд – 37 осіб, натуральна допомога – 172 особи, соціальне таксі – 29 осіб. "
     "Станом на 31.03.2025 соціальні послуги отримують 539 осіб. Компенсацію фізичним особам, які "
     "надають соціальні послуги з догляду на непрофесійній основі, виплачено 143 особам. "
     "Скарг на якість соціальних послуг не надходило.", "p"),
    ("4. Використання коштів. Кошторисом на 2025 рік за КПКВК 0813104 затверджено 12 874,3 тис. грн. "
     "Стан використання коштів загального фонду за I квартал наведено в таблиці.", "p"),
]
P2 = [
    ("Касові видатки за квартал становлять 3 041 404,04 грн, або 97,6 % кошторисних призначень на "
     "I квартал. Кредиторська заборгованість станом на 01.04.2025 відсутня.", "p"),
    ("5. Кадрове забезпечення. Штатна чисельність відділу – 7 посад, фактично працює 6 осіб; "
     "1 посада головного спеціаліста вакантна з 14.02.2025.", "p"),
    ("Начальник відділу                                              ________________", "p"),
    ("Вик.: тел. (05352) 0-91-27", "p"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Аналітична довідка ВСЗН, стор. {doc.page}")
    canvas.restoreState()


def build(path):
    register_fonts()
    sty = {"h": ParagraphStyle("h", fontName="DV-B", fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=4),
           "c": ParagraphStyle("c", fontName="DV", fontSize=9.5, leading=12, alignment=TA_CENTER, spaceAfter=6),
           "p": ParagraphStyle("p", fontName="DV", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6,
                               firstLineIndent=10 * mm)}
    cell = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=10.5)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=20 * mm, invariant=1, title="Аналітична довідка", author="ВСЗН")
    el = [Paragraph(t, sty[s]) for t, s in P1]
    el.append(Paragraph("Таблиця. Використання коштів загального фонду за I квартал 2025 року, грн", sty["c"]))
    hcell = ParagraphStyle("hcell", fontName="DV-B", fontSize=8.5, leading=10.5)
    data = [[Paragraph(h, hcell) for h in ("КЕКВ", "Найменування", "Затверджено на I квартал",
                                             "Касові видатки", "Економія")]]
    data += [list(r) for r in BUDGET]
    data.append(["", TOTAL[0], TOTAL[1], TOTAL[2], TOTAL[3]])
    t = Table(data, colWidths=[14 * mm, 62 * mm, 34 * mm, 30 * mm, 26 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("FONTNAME", (0, 0), (-1, 0), "DV-B"), ("FONTNAME", (0, -1), (-1, -1), "DV-B"),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    el += [t, Spacer(1, 6)]
    el += [Paragraph(t_, sty[s]) for t_, s in P2]
    doc.build(el, onFirstPage=footer, onLaterPages=footer)


def money(s):
    v = D(s.replace(" ", "").replace(",", "."))
    return int(v) if v == v.to_integral_value() else float(v)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Шишацької селищної ради",
        "centre_type": "uszn", "settlement": "Шишаки", "oblast": "Полтавська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31"},
        meta_alt={"report_kind": ["other"]})
    f1 = g.f("applied", "applications", 1046, "до відділу надійшло 1 046 звернень громадян")
    grp = "appeals_1046_by_subject"
    f2 = g.f("applied", "applications", 612, "612 – щодо призначення державних соціальних допомог",
             label="щодо призначення державних соціальних допомог", group=grp, parent=f1)
    f3 = g.f("applied", "applications", 287, "287 – щодо житлових субсидій", label="щодо житлових субсидій",
             group=grp, parent=f1)
    f4 = g.f("applied", "applications", 97, "97 – щодо надання соціальних послуг", label="щодо надання соціальних послуг",
             group=grp, parent=f1)
    f5 = g.f("applied", "applications", 50, "50 – з інших питань", label="з інших питань", group=grp, parent=f1)
    f6 = g.f("calls", "calls", 212, "212 дзвінків")
    f7 = g.f("needs_assessed", "persons", 84, "потреб 84 осіб")
    f8 = g.f("served", "persons", 601, "соціальними послугами охоплено 601 особу")
    f9 = g.f("served", "persons", 208, "догляд вдома – 208 осіб", service="home_care", parent=f8)
    f10 = g.f("served", "persons", 11, "паліативний догляд – 11 осіб", service="palliative_care", parent=f8)
    f11 = g.f("served", "persons", 37, "денний догляд – 37 осіб", service="day_care", parent=f8)
    f12 = g.f("served", "persons", 172, "натуральна допомога – 172 особи", service="natural_aid", parent=f8)
    f13 = g.f("served", "persons", 29, "соціальне таксі – 29 осіб", service="social_taxi", parent=f8)
    f14 = g.f("support_ongoing", "persons", 539, "Станом на 31.03.2025 соціальні послуги отримують 539 осіб",
              alt=["served"], note="recipients at the end of the quarter")
    f15 = g.f("complaints", "complaints", 0, "Скарг на якість соціальних послуг не надходило.")
    f16 = g.f("budget_approved", "uah", 12874300, "Кошторисом на 2025 рік за КПКВК 0813104 затверджено 12 874,3 тис. грн",
              label="кошторис на 2025 рік (річний)")
    ap, sp, ec = {}, {}, {}
    for code, name, a, s, e in BUDGET:
        q = "\t".join((code, name, a, s, e))
        ap[code] = g.f("budget_approved", "uah", money(a), q, kekv=code, label=name + ", на I квартал",
                       group="approved_q1_by_kekv")
        sp[code] = g.f("budget_spent", "uah", money(s), q, kekv=code, label=name, group="spent_q1_by_kekv")
        ec[code] = g.f("budget_savings", "uah", money(e), q, kekv=code, label=name, group="savings_q1_by_kekv")
    tq = "\t".join(TOTAL)
    ta = g.f("budget_approved", "uah", money(TOTAL[1]), tq, label="Разом, на I квартал")
    ts = g.f("budget_spent", "uah", money(TOTAL[2]), tq, label="Разом")
    te = g.f("budget_savings", "uah", money(TOTAL[3]), tq, label="Разом")
    for code in ap:
        for dct, tot in ((ap, ta), (sp, ts), (ec, te)):
            fct = g._by_id[dct[code]]
            fct["parent_id"] = tot
            fct["parent_quote"] = g._by_id[tot]["quote"]
    fsp = g.f("budget_spent", "uah", 3041404.04, "Касові видатки за квартал становлять 3 041 404,04 грн",
              percent=97.6, label="загальний фонд, I квартал", note="prose repeat of the Разом cell, with a percent")
    fpos = g.f("staff_positions", "positions", 7, "Штатна чисельність відділу – 7 посад")
    fact = g.f("staff_actual", "staff", 6, "фактично працює 6 осіб")

    q2730 = "\t".join(BUDGET[-1])
    g.slip("table_arithmetic", "error", q2730, 5818, 5188, [ap["2730"], sp["2730"], ec["2730"]],
           "КЕКВ 2730: економія = затверджено − видатки = 415 000,00 − 409 812,00 = 5 188,00, written 5 818,00 "
           "(digits swapped). The Разом row holds the correct 75 081,96, so the economy column of the rows sums "
           "to 75 711,96, 630,00 more than Разом.",
           f"near({ap['2730']} - {sp['2730']}, {ec['2730']})")
    others = [c for c in ap if c != "2730"]
    g.check("table_arithmetic", "\t".join(BUDGET[0]), "economy = approved − spent holds in rows 2111, 2120, 2210, 2240, 2273",
            " and ".join(f"near({ap[c]} - {sp[c]}, {ec[c]})" for c in others))
    g.check("table_arithmetic", tq, "approved column: sum of rows = 3 116 486,00",
            "near(" + " + ".join(ap.values()) + f", {ta})")
    g.check("table_arithmetic", tq, "spent column: sum of rows = 3 041 404,04",
            "near(" + " + ".join(sp.values()) + f", {ts})")
    g.check("table_arithmetic", tq, "Разом: 3 116 486,00 − 3 041 404,04 = 75 081,96",
            f"near({ta} - {ts}, {te})")
    g.check("percent_mismatch", "Касові видатки за квартал становлять 3 041 404,04 грн, або 97,6 %",
            "3 041 404,04 / 3 116 486,00 = 97,59 % → 97,6; the prose figure equals the Разом cell",
            f"pct_ok(p{fsp[1:]}, {fsp}, {ta}, 1) and near({fsp}, {ts})")
    g.check("parts_sum", "з них 612 – щодо призначення державних соціальних допомог",
            "612 + 287 + 97 + 50 = 1 046", f"{f2} + {f3} + {f4} + {f5} == {f1}")
    g.check("parts_sum", "прийнято 89 рішень про надання послуг і 8 рішень про відмову",
            "89 + 8 = 97 decisions on the 97 social-service appeals (decisions have no §3 id: literals)",
            f"89 + 8 == {f4}")
    g.check("parts_sum", "Протягом кварталу соціальними послугами охоплено 601 особу",
            "«зокрема» lists part of the 601: 208 + 11 + 37 + 172 + 29 = 457 ≤ 601; 539 at the end ≤ 601",
            f"{f9} + {f10} + {f11} + {f12} + {f13} <= {f8} and {f14} <= {f8}")
    g.check("parts_sum", "Кошторисом на 2025 рік за КПКВК 0813104", "quarter approval ≤ annual approval",
            f"{ta} <= {f16}")
    g.check("parts_sum", "фактично працює 6 осіб", "6 ≤ 7", f"{fact} <= {fpos}")

    g.skip("38000, Полтавська обл., Миргородський р-н, смт Шишаки, вул. Гоголя, 56; тел. (05352) 0-91-14;",
           [38000, 56, 5352, 9114], "postcode, address, phone")
    g.skip("ЄДРПОУ 44083915", [44083915], "ЄДРПОУ")
    g.skip("у I кварталі 2025 року", [1, 2025], "period in the title")
    g.skip("від 27.03.2025 № 05-19/1127", [27, 3, 2025, 5, 19, 1127], "date and number of the request letter")
    g.skip("1. Звернення громадян. У I кварталі 2025 року", [1, 1, 2025], "paragraph number, period")
    g.skip("прийнято 89 рішень про надання послуг і 8 рішень про відмову", [89, 8], "decisions (no §3 id)")
    g.skip("середній строк проведення оцінювання – 6 робочих днів", [6], "duration")
    g.skip("(у I кварталі 2024 року – 558 осіб)", [2024, 558], "prior-year figure")
    g.skip("виплачено 143 особам", [143], "compensation to informal carers (no §3 id; not a social service)")
    g.skip("за КПКВК 0813104", [813104], "programme classification code")
    g.skip("Таблиця. Використання коштів загального фонду за I квартал 2025 року, грн", [1, 2025], "table title")
    g.skip("станом на 01.04.2025 відсутня", [1, 4, 2025], "date")
    g.skip("вакантна з 14.02.2025", [14, 2, 2025], "vacancy date")
    g.skip("1 посада головного спеціаліста вакантна", [1], "vacancy (no §3 id)")
    g.skip("Вик.: тел. (05352) 0-91-27", [5352, 9127], "phone")
    g.skip("2. Оцінювання потреб.", [2, 3, 4, 5], "paragraph numbers 2.–5.")
    g.skip("Аналітична довідка ВСЗН, стор. 1", [1, 2], "page footer")

    g.note("a відділ соціального захисту населення of a селищна рада is centre_type uszn")
    g.note("an analytic note on one quarter is period_report (meta_alt other)")
    g.note("table cells come out tab-separated in the read text; every cell is a fact quoted by its row and "
           "hangs on the Разом cell of its column; the KEKV code is in `kekv`")
    g.note("«зокрема: догляд вдома – 208 …» is a partial list, so the services carry parent_id but no group")
    g.note("«Станом на 31.03.2025 соціальні послуги отримують 539 осіб» → support_ongoing (alt served)")
    g.note("the 143 carers paid a compensation are skipped: no §3 id fits, they are not recipients of a service")
    g.write()


if __name__ == "__main__":
    main()
