"""b32_07: Звіт про виконання паспорта бюджетної програми місцевого бюджету за 2023 рік,
КПКВК 0813104 (соціальні послуги за місцем проживання), programme carried out by the ТЦСО of
Куп'янська міська рада (Харківська). reportlab PDF, landscape, Liberation fonts, the usual blocks
(цілі, мета, завдання, напрями використання коштів with затверджено / касові / відхилення by
fund, результативні показники затрат / продукту / ефективності / якості with plan / fact /
deviation) and prose explanations. Slips: table_arithmetic (Усього спеціальний фонд касові
548 212,40, the rows give 584 212,40) and percent_mismatch (питома вага 97,4 %, 384 of 391 is
98,2 %)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b32_07_kupiansk_tcso_passport2023.pdf"

# money rows: (approved gen, spec, total, spent gen, spec, total, dev gen, spec, total); None = «–»
R1 = ["15 842 300,00", "412 600,00", "16 254 900,00", "15 623 886,48", "398 212,40", "16 022 098,88", "218 413,52", "14 387,60", "232 801,12"]
R2 = [None, "186 000,00", "186 000,00", None, "186 000,00", "186 000,00", None, "0,00", "0,00"]
RT = ["15 842 300,00", "598 600,00", "16 440 900,00", "15 623 886,48", "548 212,40", "16 208 098,88", "218 413,52", "14 387,60", "232 801,12"]
MONEY = [
    ["1", "Забезпечення діяльності територіального центру"] + R1,
    ["2", "Придбання генератора для відділення денного перебування"] + [x or "–" for x in R2],
    ["", "Усього"] + RT,
]
IND = [
    ["1", "затрат", "", "", "", "", ""],
    ["1.1", "Кількість установ", "од.", "мережа установ", "1", "1", "0"],
    ["1.2", "Кількість штатних одиниць", "од.", "штатний розпис", "48,5", "48,5", "0"],
    ["1.3", "у т.ч. соціальних робітників", "од.", "штатний розпис", "27", "27", "0"],
    ["2", "продукту", "", "", "", "", ""],
    ["2.1", "Кількість осіб, які звернулися за наданням соціальних послуг", "осіб", "журнал обліку звернень", "400", "391", "-9"],
    ["2.2", "Кількість осіб, яким надано соціальні послуги", "осіб", "звітність установи", "380", "384", "4"],
    ["2.3", "у т.ч. догляд вдома", "осіб", "звітність установи", "300", "297", "-3"],
    ["2.4", "у т.ч. денний догляд", "осіб", "звітність установи", "40", "46", "6"],
    ["2.5", "у т.ч. натуральна допомога", "осіб", "звітність установи", "40", "41", "1"],
    ["2.6", "Кількість наданих соціальних послуг", "од.", "звітність установи", "42 000", "40 815", "-1 185"],
    ["3", "ефективності", "", "", "", "", ""],
    ["3.1", "Середні витрати на обслуговування одного отримувача", "грн", "розрахунок", "42 776,05", "41 724,22", "-1 051,83"],
    ["3.2", "Середня кількість послуг на одного отримувача", "од.", "розрахунок", "110,5", "106,3", "-4,2"],
    ["4", "якості", "", "", "", "", ""],
    ["4.1", "Питома вага осіб, яким надано соціальні послуги, у загальній кількості осіб, які звернулися", "%", "розрахунок", "95,0", "97,4", "2,4"],
    ["4.2", "Динаміка кількості отримувачів порівняно з попереднім роком", "%", "розрахунок", "100,0", "93,2", "-6,8"],
]


def build(path):
    register_fonts()
    s = ParagraphStyle("s", fontName="LSans", fontSize=8, leading=10)
    sb = ParagraphStyle("sb", parent=s, fontName="LSans-B")
    c = ParagraphStyle("c", parent=sb, fontSize=10, leading=13, alignment=TA_CENTER)
    cell = ParagraphStyle("cell", fontName="LSans", fontSize=7, leading=8.5)

    def P(t, st=s):
        return Paragraph(t, st)

    def grid(data, widths, header_rows=1, spans=()):
        data = [[Paragraph(x, cell) if isinstance(x, str) and len(x) > 18 else x for x in r] for r in data]
        t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
        style = [("FONTNAME", (0, 0), (-1, -1), "LSans"), ("FONTSIZE", (0, 0), (-1, -1), 7),
                 ("GRID", (0, 0), (-1, -1), 0.4, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        style += [("SPAN", a, b) for a, b in spans]
        t.setStyle(TableStyle(style))
        return t

    def footer(canvas, doc):
        canvas.setFont("LSans", 6.5)
        canvas.drawRightString(285 * mm, 7 * mm, f"Сторінка {doc.page} з 2")

    st = [P("Затверджено наказом Міністерства фінансів України 26.08.2014 № 836 (у редакції наказу від 29.12.2018 № 1209)", s),
          Spacer(1, 4),
          P("ЗВІТ", c), P("про виконання паспорта бюджетної програми місцевого бюджету за 2023 рік", c), Spacer(1, 4),
          P("1. 0800000 Управління соціального захисту населення Куп'янської міської ради 26378014 (код за ЄДРПОУ)"),
          P("2. 0810000 Управління соціального захисту населення Куп'янської міської ради 26378014 (код за ЄДРПОУ)"),
          P("3. 0813104 3104 1020 Забезпечення соціальними послугами за місцем проживання громадян, які не здатні до самообслуговування у зв'язку з похилим віком, хворобою, інвалідністю (виконавець – Територіальний центр соціального обслуговування (надання соціальних послуг) Куп'янської міської ради) 20526000000 (код бюджету)"),
          P("4. Цілі державної політики, на досягнення яких спрямована реалізація бюджетної програми: 1) забезпечення надання якісних соціальних послуг особам, які не здатні до самообслуговування."),
          P("5. Мета бюджетної програми: забезпечення соціальними послугами громадян похилого віку, осіб з інвалідністю та хворих, які потребують сторонньої допомоги, за місцем проживання."),
          P("6. Завдання бюджетної програми: 1) забезпечення надання соціальних послуг територіальним центром; 2) забезпечення безперебійного функціонування відділень в умовах відключень електроенергії."),
          P("7. Видатки (надані кредити з бюджету) та напрями використання бюджетних коштів за бюджетною програмою (гривень)"),
          ]
    hdr = [["№ з/п", "Напрями використання бюджетних коштів", "Затверджено у паспорті бюджетної програми", "", "",
            "Касові видатки (надані кредити з бюджету)", "", "", "Відхилення", "", ""],
           ["", "", "загальний фонд", "спеціальний фонд", "разом", "загальний фонд", "спеціальний фонд", "разом",
            "загальний фонд", "спеціальний фонд", "разом"]]
    money = grid(hdr + MONEY, [9, 58] + [22] * 9, header_rows=2,
                 spans=[((2, 0), (4, 0)), ((5, 0), (7, 0)), ((8, 0), (10, 0)), ((0, 0), (0, 1)), ((1, 0), (1, 1))])
    st += [money, Spacer(1, 4),
           P("Пояснення щодо причин відхилення касових видатків від затверджених: економія за загальним фондом у сумі 218 413,52 грн утворилася за КЕКВ 2111 «Заробітна плата» – 171 206,14 грн у зв'язку з наявністю вакантних посад та за КЕКВ 2273 «Оплата електроенергії» – 47 207,38 грн через тимчасове припинення роботи відділення денного перебування. Залишок коштів спеціального фонду 14 387,60 грн (плата за соціальні послуги) буде використано у 2024 році."),
           P("8. Видатки (надані кредити з бюджету) на реалізацію місцевих / регіональних програм, які виконуються в межах бюджетної програми: у 2023 році не передбачались."),
           P("9. Результативні показники бюджетної програми та аналіз їх виконання"),
           ]
    ihdr = [["№ з/п", "Показники", "Одиниця виміру", "Джерело інформації", "Затверджено у паспорті бюджетної програми", "Виконано", "Відхилення"]]
    ind = grid(ihdr + IND, [12, 95, 18, 40, 40, 30, 30],
               spans=[((1, i + 1), (6, i + 1)) for i, r in enumerate(IND) if r[2] == ""])
    st += [ind, Spacer(1, 4),
           P("Аналіз виконання результативних показників: кількість осіб, які звернулися, менша від запланованої на 9 осіб у зв'язку з виїздом мешканців громади через постійні обстріли; кількість отримувачів денного догляду перевищила план на 6 осіб завдяки облаштуванню укриття. Кількість наданих послуг менша на 1 185 через тимчасове припинення роботи відділення денного перебування з 14.08.2023 по 30.09.2023. У 2022 році послуги отримали 412 осіб."),
           P("10. Узагальнений висновок про виконання бюджетної програми: бюджетна програма виконана на 98,6 %; завдання виконано, мету досягнуто, програма є актуальною та потребує подальшого фінансування у 2024 році."),
           Spacer(1, 8),
           P("Керівник установи – головного розпорядника бюджетних коштів ____________ Головний бухгалтер ____________ 31.01.2024 М.П."),
           ]
    SimpleDocTemplate(path, pagesize=landscape(A4), invariant=1, leftMargin=10 * mm, rightMargin=10 * mm,
                      topMargin=10 * mm, bottomMargin=12 * mm, title="Звіт про виконання паспорта", author="УСЗН").build(
        st, onFirstPage=footer, onLaterPages=footer)


def money_value(s):
    v = round(float(s.replace(" ", "").replace(",", ".")), 2)
    return int(v) if v == int(v) else v


def gold(text):
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Куп'янської міської ради",
        "centre_type": "tcso", "settlement": "Куп'янськ",
        "report_kind": "other", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"centre": ["Управління соціального захисту населення Куп'янської міської ради"],
                  "centre_type": ["uszn"], "report_kind": ["annual_report"], "oblast": ["Харківська"]})
    f = g.f
    n = lambda x: x[1:]

    def rowq(cells):
        """the table row as the reader prints it (located in the read text by its first cells)"""
        line = "\t".join(x for x in cells if x != "")
        assert line in text, line
        return line

    IND_KINDS = [("budget_approved", "загальний фонд"), ("budget_approved", "спеціальний фонд"), ("budget_approved", "разом"),
                 ("budget_spent", "загальний фонд"), ("budget_spent", "спеціальний фонд"), ("budget_spent", "разом"),
                 ("budget_savings", "загальний фонд"), ("budget_savings", "спеціальний фонд"), ("budget_savings", "разом")]
    ids = {}
    # totals first so that rows can hang on them
    qT = rowq(MONEY[2])
    for k, (ind, fund) in enumerate(IND_KINDS):
        ids[("T", k)] = f(ind, "uah", money_value(RT[k]), qT, label=f"Усього, {fund}",
                          note="відхилення = затверджено − касові видатки, written as a positive amount" if ind == "budget_savings" else None)
    for rname, vals, cells in (("1", R1, MONEY[0]), ("2", R2, MONEY[1])):
        q = rowq(cells)
        for k, (ind, fund) in enumerate(IND_KINDS):
            if vals[k] is None:
                continue
            ids[(rname, k)] = f(ind, "uah", money_value(vals[k]), q, label=f"{cells[1]}, {fund}",
                                group=f"{ind}_{fund}_by_direction", parent=ids[("T", k)])
    sv = f("budget_savings", "uah", 218413.52, "економія за загальним фондом у сумі 218 413,52 грн", label="загальний фонд")
    s1 = f("budget_savings", "uah", 171206.14, "КЕКВ 2111 «Заробітна плата» – 171 206,14 грн", kekv="2111", group="savings_218413_52_by_kekv", parent=sv)
    s2 = f("budget_savings", "uah", 47207.38, "КЕКВ 2273 «Оплата електроенергії» – 47 207,38 грн", kekv="2273", group="savings_218413_52_by_kekv", parent=sv)
    sr = f("budget_savings", "uah", 14387.6, "Залишок коштів спеціального фонду 14 387,60 грн", label="спеціальний фонд, залишок (плата за соціальні послуги)")

    iq = {r[0]: rowq(r) for r in IND if r[2]}
    pos = f("staff_positions", "positions", 48.5, iq["1.2"], label="виконано")
    sw = f("staff_positions", "positions", 27, iq["1.3"], label="соціальні робітники, виконано", parent=pos)
    ap = f("applied", "persons", 391, iq["2.1"], label="виконано")
    se = f("served", "persons", 384, iq["2.2"], label="виконано")
    h1 = f("served", "persons", 297, iq["2.3"], service="home_care", group="served_384_by_service", parent=se)
    h2 = f("served", "persons", 46, iq["2.4"], service="day_care", group="served_384_by_service", parent=se)
    h3 = f("served", "persons", 41, iq["2.5"], service="natural_aid", group="served_384_by_service", parent=se)
    sp = f("services_provided", "services", 40815, iq["2.6"], label="виконано")
    sh = f("share", "percent", 97.4, iq["4.1"],
           label="питома вага осіб, яким надано соціальні послуги, у загальній кількості осіб, які звернулися")
    ex = f("share", "percent", 98.6, "бюджетна програма виконана на 98,6 %", label="виконання бюджетної програми (касові видатки до затверджених)")

    T = lambda k: "f" + n(ids[("T", k)])
    R = lambda r, k: "f" + n(ids[(r, k)])
    g.slip("table_arithmetic", "error", qT, 548212.4, 584212.4, [ids[("T", 4)], ids[("1", 4)], ids[("2", 4)]],
           "Усього, касові видатки, спеціальний фонд: 398 212,40 + 186 000,00 = 584 212,40, the row says 548 212,40 (digits 8 and 4 swapped). "
           "The same cell also breaks the Усього row: 15 623 886,48 + 548 212,40 ≠ 16 208 098,88, and 598 600,00 − 548 212,40 ≠ 14 387,60; "
           "the other Усього cells agree with the rows.",
           f"near({R('1', 4)} + {R('2', 4)}, {T(4)})", slip=1)
    g.slip("percent_mismatch", "error", iq["4.1"], 97.4, 98.2, [sh, se, ap],
           "питома вага = 384 / 391 = 98,21 % → 98,2, not 97,4 (97,4 % would be 381 of 391). The deviation column (97,4 − 95,0 = 2,4) follows the wrong figure.",
           f"pct_ok(f{n(sh)}, f{n(se)}, f{n(ap)}, 1)", slip=2)
    # column sums and row relations that hold
    for k, what in ((0, "approved, general fund"), (1, "approved, special fund"), (2, "approved, total"), (3, "spent, general fund"),
                    (5, "spent, total"), (6, "deviation, general fund"), (7, "deviation, special fund"), (8, "deviation, total")):
        parts = [R(r, k) for r in ("1", "2") if (r, k) in ids]
        g.check("table_arithmetic", qT, f"Усього = sum of the rows ({what})", f"near({' + '.join(parts)}, {T(k)})")
    for r in ("1", "2"):
        q = rowq(MONEY[int(r) - 1])
        g.check("table_arithmetic", q, f"row {r}: затверджено разом = загальний + спеціальний (when both given), касові разом likewise, "
                "відхилення = затверджено − касові by fund",
                " and ".join(
                    ([f"near({R(r, 0)} + {R(r, 1)}, {R(r, 2)})", f"near({R(r, 3)} + {R(r, 4)}, {R(r, 5)})",
                      f"near({R(r, 0)} - {R(r, 3)}, {R(r, 6)})"] if r == "1" else [f"near({R(r, 1)}, {R(r, 2)})", f"near({R(r, 4)}, {R(r, 5)})"])
                    + [f"near({R(r, 1)} - {R(r, 4)}, {R(r, 7)})", f"near({R(r, 2)} - {R(r, 5)}, {R(r, 8)})"]))
    g.check("table_arithmetic", qT, "Усього row: затверджено 15 842 300,00 + 598 600,00 = 16 440 900,00; відхилення 218 413,52 + 14 387,60 = 232 801,12 = 16 440 900,00 − 16 208 098,88",
            f"near({T(0)} + {T(1)}, {T(2)}) and near({T(6)} + {T(7)}, {T(8)}) and near({T(2)} - {T(5)}, {T(8)}) and near({T(0)} - {T(3)}, {T(6)})")
    g.check("parts_sum", "економія за загальним фондом у сумі 218 413,52 грн", "171 206,14 + 47 207,38 = 218 413,52 = the table's deviation (general fund)",
            f"near(f{n(s1)} + f{n(s2)}, f{n(sv)}) and near(f{n(sv)}, {T(6)})")
    g.check("internal_conflict", "Залишок коштів спеціального фонду 14 387,60 грн", "prose 14 387,60 = the table's special-fund deviation of row 1",
            f"near(f{n(sr)}, {R('1', 7)})")
    g.check("parts_sum", iq["2.2"], "297 + 46 + 41 = 384 served; 384 ≤ 391 applied", f"f{n(h1)} + f{n(h2)} + f{n(h3)} == f{n(se)} and f{n(se)} <= f{n(ap)}")
    g.check("table_arithmetic", iq["2.1"], "deviations of the product rows = виконано − затверджено (plans are literals): 391 − 400, 384 − 380, 297 − 300, 46 − 40, 41 − 40, 40 815 − 42 000",
            f"f{n(ap)} - 400 == -9 and f{n(se)} - 380 == 4 and f{n(h1)} - 300 == -3 and f{n(h2)} - 40 == 6 and f{n(h3)} - 40 == 1 and f{n(sp)} - 42000 == -1185")
    g.check("table_arithmetic", iq["3.1"], "середні витрати = касові видатки row 1 (разом) / 384 = 41 724,22 грн (literal)",
            f"near(round({R('1', 5)} / f{n(se)}, 2), 41724.22)")
    g.check("table_arithmetic", iq["3.2"], "послуг на одного = 40 815 / 384 = 106,3 (literal)", f"near(round(f{n(sp)} / f{n(se)}, 1), 106.3)")
    g.check("percent_mismatch", "бюджетна програма виконана на 98,6 %", "16 208 098,88 / 16 440 900,00 = 98,58 % → 98,6",
            f"pct_ok(f{n(ex)}, {T(5)}, {T(2)}, 1)")
    g.check("parts_sum", iq["1.3"], "27 social workers ≤ 48,5 positions", f"f{n(sw)} <= f{n(pos)}")

    g.skip("Затверджено наказом Міністерства фінансів України 26.08.2014 № 836 (у редакції наказу від 29.12.2018 № 1209)",
           [26, 8, 2014, 836, 29, 12, 2018, 1209], "act dates and numbers of the form")
    g.skip("про виконання паспорта бюджетної програми місцевого бюджету за 2023 рік", [2023], "year")
    g.skip("1. 0800000 Управління соціального захисту населення Куп'янської міської ради 26378014 (код за ЄДРПОУ)",
           [1, 800000, 26378014], "block number, programme classification code, ЄДРПОУ")
    g.skip("2. 0810000 Управління", [2, 810000, 26378014], "block number, code, ЄДРПОУ")
    g.skip("3. 0813104 3104 1020", [3, 813104, 3104, 1020, 20526000000], "КПКВК, ТПКВК, КФКВК, budget code")
    g.skip("4. Цілі державної політики", [4, 5, 6, 7, 8, 9, 10, 1, 2], "block numbers 1.–10. and list numbers 1), 2)")
    g.skip(rowq(MONEY[0][:2]), [1, 2], "table row numbers")
    g.skip(iq["1.1"], [1.1, 1, 1, 0], "row number, number of institutions (no §3 id), plan, fact, deviation")
    g.skip(iq["1.2"], [1.2, 48.5, 0], "row number; plan 48,5 and deviation 0 (plan/difference); the fact 48,5 is a fact")
    g.skip(iq["2.1"], [400, -9, 300, -3, 40, 6, 1, 380, 4, 42000, -1185], "plans and deviations of the indicator rows 2.1–2.6 (plan / difference); row numbers 2.1–2.6")
    g.skip(iq["3.1"], [3.1, 42776.05, 41724.22, -1051.83], "average cost per recipient: ratio (no §3 id), with plan and deviation")
    g.skip(iq["3.2"], [3.2, 110.5, 106.3, -4.2], "services per recipient: ratio (no §3 id)")
    g.skip(iq["4.1"], [4.1, 95.0, 2.4], "plan and deviation of the share")
    g.skip(iq["4.2"], [4.2, 100.0, 93.2, -6.8], "dynamics compared with the previous year (other-year comparison)")
    g.skip("менша від запланованої на 9 осіб", [9], "difference from plan")
    g.skip("перевищила план на 6 осіб", [6], "difference from plan")
    g.skip("Кількість наданих послуг менша на 1 185", [1185], "difference from plan")
    g.skip("з 14.08.2023 по 30.09.2023", [14, 8, 2023, 30, 9, 2023], "dates")
    g.skip("У 2022 році послуги отримали 412 осіб.", [2022, 412], "prior-year figure")
    g.skip("потребує подальшого фінансування у 2024 році", [2024], "year")
    g.skip("буде використано у 2024 році", [2024], "year")
    g.skip("31.01.2024", [31, 1, 2024], "date of signing")
    g.skip("Сторінка 1 з 2", [1, 2], "page footer")
    g.skip("1\tзатрат", [1, 2, 3, 4], "group-row numbers of the indicator table (затрат, продукту, ефективності, якості)")
    g.skip("Сторінка 2 з 2", [2, 2], "page footer")
    g.skip("у 2023 році не передбачались", [2023], "year")
    g.note("report_kind other (a budget-programme passport report); meta_alt annual_report. The programme is the ТЦСО's, the form is the УСЗН's (головний розпорядник): meta_alt accepts the УСЗН")
    g.note("oblast is not written in the text; meta_alt accepts Харківська")
    g.note("money cells: every numeric cell of the table is a fact in hryvnias (kopecks kept), quoted by its row; «–» cells give no fact, «0,00» cells give 0. "
           "Rows hang on the Усього cell of the same column; «відхилення» → budget_savings")
    g.note("the economy in prose (218 413,52 with its KEKV parts) and the special-fund remainder (14 387,60) repeat table cells: separate facts")
    g.note("result indicators: the «Виконано» cell is the fact; the plan («Затверджено у паспорті») and the deviation are skipped. Ratios (cost per recipient, services per recipient) and the dynamics vs 2022 have no §3 id")
    g.note("«Кількість штатних одиниць» 48,5 → staff_positions (fractional)")
    return g


if __name__ == "__main__":
    from common import read_text
    build(report_path(DOC))
    gold(read_text(report_path(DOC))).write()
