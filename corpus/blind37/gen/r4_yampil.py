"""b37_04: УСЗН Ямпільської селищної ради (Сумська), information for 9 months of 2024.
reportlab PDF (DejaVu fonts), impersonal voice, numbered sections and a budget table by KEKV."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from common import Gold, report_path

DOC = "b37_04_yampil_uszn_9m2024.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

P_HEAD = [
    "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ЯМПІЛЬСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "41200, Сумська обл., Шосткинський р-н, смт Ямпіль, вул. Героїв Небесної Сотні, 3; тел. (05456) 0-22-40; код ЄДРПОУ 43987162",
]
TITLE = "ІНФОРМАЦІЯ<br/>про роботу управління соціального захисту населення Ямпільської селищної ради за 9 місяців 2024 року"
BODY = [
    "<b>1. Робота зі зверненнями громадян.</b> За січень – вересень 2024 року до управління надійшло 3 412 звернень громадян, з них 2 106 прийнято через ЦНАП та віддалені робочі місця в 11 старостинських округах, 214 надійшли письмово. На телефон «гарячої лінії» управління надійшло 486 дзвінків. Обґрунтованих скарг на дії працівників управління не надходило.",
    "<b>2. Соціальні виплати.</b> Державну соціальну допомогу малозабезпеченим сім'ям отримували 318 сімей, житлові субсидії призначено 1 742 домогосподарствам, допомогу на проживання внутрішньо переміщеним особам – 1 156 особам. На обліку в управлінні перебуває 2 981 внутрішньо переміщена особа (станом на 01.10.2024).",
    "<b>3. Соціальні послуги.</b> Управлінням організовано надання соціальних послуг 247 особам, а саме: догляд вдома – 132 особи, натуральна допомога – 89 осіб, соціальне таксі – 26 осіб. Оцінку потреб у соціальних послугах проведено 61 особі. До інтернатних закладів влаштовано 4 особи віком від 74 до 91 року. У межах гуманітарної програми видано 1 450 продуктових наборів.",
    "<b>4. Кадрове забезпечення.</b> Штатна чисельність управління – 23 посади, фактично працює 20 працівників. Шість фахівців пройшли навчання у Сумському обласному центрі підвищення кваліфікації.",
    "<b>5. Фінансове забезпечення.</b> Касові видатки загального фонду за 9 місяців 2024 року склали 9 861,6 тис. грн, або 98,8 % призначень на звітний період. Розподіл коштів за кодами економічної класифікації наведено в таблиці 1.",
]
TCAP = "Таблиця 1. Використання коштів загального фонду за 9 місяців 2024 року, тис. грн"
ROWS = [
    ("КЕКВ", "Найменування", "Затверджено на 9 місяців", "Касові видатки", "Економія"),
    ("2111", "Заробітна плата", "5 842,6", "5 790,1", "52,5"),
    ("2120", "Нарахування на оплату праці", "1 285,4", "1 273,8", "11,6"),
    ("2210", "Предмети, матеріали, обладнання", "146,0", "139,2", "6,8"),
    ("2240", "Оплата послуг (крім комунальних)", "212,3", "198,7", "13,6"),
    ("2273", "Оплата електроенергії", "64,8", "58,5", "6,3"),
    ("2730", "Інші виплати населенню", "2 430,0", "2 401,3", "28,7"),
    ("", "Всього", "9 981,1", "9 816,6", "119,5"),
]
TAIL = [
    "Економія утворилася переважно внаслідок вакантних посад та зменшення обсягу споживання електроенергії. На IV квартал 2024 року передбачено 3 327,0 тис. грн.",
    "Інформацію підготовлено 08.10.2024 для департаменту соціального захисту населення Сумської обласної державної адміністрації (вих. № 02-18/1147).",
]


def build(path):
    pdfmetrics.registerFont(TTFont("DV", DV + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DV-B", DV + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV", boldItalic="DV-B")
    n = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5, alignment=4)
    c = ParagraphStyle("c", parent=n, alignment=1)
    t = ParagraphStyle("t", parent=n, fontName="DV-B", fontSize=11, leading=15, alignment=1, spaceAfter=10)
    cell = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=10.5)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DV", 7.5)
        canvas.drawString(20 * mm, 10 * mm, f"УСЗН Ямпільської селищної ради · інформація за 9 місяців 2024 року · сторінка {doc.page}")
        canvas.restoreState()

    story = [Paragraph(h, c) for h in P_HEAD] + [Spacer(1, 6), Paragraph(TITLE, t)]
    story += [Paragraph(b, n) for b in BODY]
    story.append(Paragraph(TCAP, c))
    data = [[Paragraph(x, cell) for x in r] for r in ROWS]
    tab = Table(data, colWidths=[16 * mm, 62 * mm, 32 * mm, 28 * mm, 24 * mm])
    tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [tab, Spacer(1, 8)]
    story += [Paragraph(b, n) for b in TAIL]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=20 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm,
                            title="Інформація за 9 місяців 2024 року", author="УСЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Ямпільської селищної ради",
        "centre_type": "uszn", "settlement": "Ямпіль", "oblast": "Сумська",
        "report_kind": "period_report",
        "period_start": "2024-01-01", "period_end": "2024-09-30"})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    ap = f("applied", "applications", 3412, "до управління надійшло 3 412 звернень громадян", unit_alt="persons")
    a1 = f("applied", "applications", 2106, "з них 2 106 прийнято через ЦНАП та віддалені робочі місця",
           label="через ЦНАП та віддалені робочі місця", parent=ap, unit_alt="persons")
    a2 = f("applied", "applications", 214, "214 надійшли письмово", label="письмово", parent=ap, unit_alt="persons")
    calls = f("calls", "calls", 486, "На телефон «гарячої лінії» управління надійшло 486 дзвінків")
    cpl = f("complaints", "complaints", 0, "Обґрунтованих скарг на дії працівників управління не надходило.")
    srv = f("served", "persons", 247, "Управлінням організовано надання соціальних послуг 247 особам")
    s1 = f("served", "persons", 132, "догляд вдома – 132 особи", service="home_care",
           group="served_247_by_service", parent=srv)
    s2 = f("served", "persons", 89, "натуральна допомога – 89 осіб", service="natural_aid",
           group="served_247_by_service", parent=srv)
    s3 = f("served", "persons", 26, "соціальне таксі – 26 осіб", service="social_taxi",
           group="served_247_by_service", parent=srv)
    na = f("needs_assessed", "persons", 61, "Оцінку потреб у соціальних послугах проведено 61 особі")
    pos = f("staff_positions", "positions", 23, "Штатна чисельність управління – 23 посади")
    act = f("staff_actual", "staff", 20, "фактично працює 20 працівників")
    trn = f("staff_trained", "staff", 6, "Шість фахівців пройшли навчання")
    sp_prose = f("budget_spent", "uah", 9861600,
                 "Касові видатки загального фонду за 9 місяців 2024 року склали 9 861,6 тис. грн, або 98,8 % призначень",
                 percent=98.8, label="загальний фонд, 9 місяців")
    cells = {}
    for kekv, name, a, s, e in ROWS[1:]:
        row = "\t".join((kekv, name, a, s, e))
        kw = {"kekv": kekv} if kekv else {}
        lab = name if kekv else "загальний фонд, всього"
        tot = not kekv

        def money(x):
            return int(round(float(x.replace(" ", "").replace(",", ".")) * 1000))
        cells[kekv or "total"] = (
            f("budget_approved", "uah", money(a), row, label=lab + (", 9 місяців" if tot else ""), **kw),
            f("budget_spent", "uah", money(s), row, label=lab, **kw),
            f("budget_savings", "uah", money(e), row, label=lab, **kw))
    T = cells["total"]
    for k in [k for k in cells if k != "total"]:
        for i in range(3):
            g.facts[int(cells[k][i][1:]) - 1]["parent_id"] = T[i]
            g.facts[int(cells[k][i][1:]) - 1]["parent_quote"] = g.facts[int(T[i][1:]) - 1]["quote"]
            g.facts[int(cells[k][i][1:]) - 1]["group"] = ["approved", "spent", "savings"][i] + "_by_kekv"
    # reorder keys of the facts just patched (parent after group, before quote) for readability
    from common import FACT_KEYS
    g.facts[:] = [{k: fx[k] for k in FACT_KEYS if k in fx} for fx in g.facts]
    rows = [k for k in cells if k != "total"]
    colsum = lambda i: " + ".join(f"f{n(cells[k][i])}" for k in rows)  # noqa: E731
    g.slip("table_arithmetic", "error", "\tВсього\t9 981,1\t9 816,6\t119,5", 9816600, 9861600,
           [T[1]] + [cells[k][1] for k in rows],
           "the Касові видатки column sums to 9 861,6 тис. грн but Всього says 9 816,6 (transposed digits). Всього also breaks its own row: 9 981,1 − 9 816,6 = 164,5, not the 119,5 written; with 9 861,6 the row holds",
           f"{colsum(1)} == f{n(T[1])}", slip=1)
    g.slip("internal_conflict", "error", "склали 9 861,6 тис. грн, або 98,8 % призначень", 9861600, 9816600,
           [sp_prose, T[1]],
           "the prose gives 9 861,6 тис. грн of cash expenditure for the 9 months, the table's Всього 9 816,6: the same indicator and period with two values (same slip as the table total)",
           f"f{n(sp_prose)} == f{n(T[1])}", slip=1)
    g.check("table_arithmetic", "Таблиця 1. Використання коштів загального фонду",
            "Затверджено column: 5 842,6 + 1 285,4 + 146,0 + 212,3 + 64,8 + 2 430,0 = 9 981,1",
            f"{colsum(0)} == f{n(T[0])}")
    g.check("table_arithmetic", "Таблиця 1. Використання коштів загального фонду",
            "Економія column: 52,5 + 11,6 + 6,8 + 13,6 + 6,3 + 28,7 = 119,5",
            f"{colsum(2)} == f{n(T[2])}")
    g.check("table_arithmetic", "Таблиця 1. Використання коштів загального фонду",
            "економія = затверджено − видатки holds in each of the six KEKV rows",
            " and ".join(f"f{n(cells[k][0])} - f{n(cells[k][1])} == f{n(cells[k][2])}" for k in rows))
    g.check("percent_mismatch", "склали 9 861,6 тис. грн, або 98,8 % призначень",
            "9 861,6 / 9 981,1 = 98,80 % → 98,8", f"pct_ok(p{n(sp_prose)}, f{n(sp_prose)}, f{n(T[0])}, 1)")
    g.check("parts_sum", "Управлінням організовано надання соціальних послуг 247 особам, а саме:",
            "132 + 89 + 26 = 247", f"f{n(s1)} + f{n(s2)} + f{n(s3)} == f{n(srv)}")
    g.check("parts_sum", "з них 2 106 прийнято через ЦНАП", "2 106 + 214 ≤ 3 412 («з них», not a partition)",
            f"f{n(a1)} + f{n(a2)} <= f{n(ap)}")
    g.check("parts_sum", "фактично працює 20 працівників", "6 trained ≤ 20 working ≤ 23 positions",
            f"f{n(trn)} <= f{n(act)} <= f{n(pos)}")

    g.skip("41200, Сумська обл., Шосткинський р-н, смт Ямпіль, вул. Героїв Небесної Сотні, 3; тел. (05456) 0-22-40; код ЄДРПОУ 43987162",
           [41200, 3, 5456, 2240, 43987162], "postcode, address, phone, ЄДРПОУ")
    g.skip("за 9 місяців 2024 року", [9, 2024], "period of the title")
    g.skip("1. Робота зі зверненнями громадян.", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    g.skip("За січень – вересень 2024 року", [2024], "period")
    g.skip("в 11 старостинських округах", [11], "number of starosta districts")
    g.skip("Державну соціальну допомогу малозабезпеченим сім'ям отримували 318 сімей, житлові субсидії призначено 1 742 домогосподарствам, допомогу на проживання внутрішньо переміщеним особам – 1 156 особам.",
           [318, 1742, 1156], "recipients of cash benefits and subsidies: payments, not social services; no §3 id")
    g.skip("На обліку в управлінні перебуває 2 981 внутрішньо переміщена особа (станом на 01.10.2024).",
           [2981, 1, 10, 2024], "IDP register (not the register of families in СЖО); date")
    g.skip("До інтернатних закладів влаштовано 4 особи віком від 74 до 91 року.", [4, 74, 91],
           "placements (no §3 id), ages")
    g.skip("видано 1 450 продуктових наборів", [1450], "items handed out")
    g.skip("Розподіл коштів за кодами економічної класифікації наведено в таблиці 1.", [1], "table number")
    g.skip("Таблиця 1. Використання коштів загального фонду за 9 місяців 2024 року, тис. грн", [1, 9, 2024],
           "table caption")
    g.skip("КЕКВ\tНайменування\tЗатверджено на 9 місяців", [9], "column header: period")
    g.skip("На IV квартал 2024 року передбачено 3 327,0 тис. грн.", [4, 2024, 3327000], "plan for the next quarter")
    g.skip("Інформацію підготовлено 08.10.2024", [8, 10, 2024], "compile date")
    g.skip("(вих. № 02-18/1147)", [2, 18, 1147], "outgoing number")
    g.skip("сторінка 1", [1], "page footer")
    g.note("an УСЗН: cash benefits and subsidies (318 сімей, 1 742 домогосподарства, 1 156 ВПО) are payments, not social services, and have no §3 id; they are skipped. The IDP register is not the СЖО register")
    g.note("«звернень громадян» → applied, unit applications (unit_alt persons); «з них … через ЦНАП», «письмово» hang on it without a group (the text does not say they partition it)")
    g.note("every table cell is a fact quoted by its row as the reader prints it (cells tab-separated); KEKV rows hang on the Всього cell of their column; the Всього row has no kekv")
    g.note("«Обґрунтованих скарг … не надходило» → complaints 0")
    g.note("«Шість фахівців» is a number in words: staff_trained 6")
    g.write()


if __name__ == "__main__":
    main()
