"""b53_07: КУ «ЦНСП» Мурафської сільської ради, annual report 2024 as a council news page printed to PDF from
a browser («Друк» → «Зберегти як PDF»): browser header/footer on every page, the site's menu, breadcrumbs,
sidebar and cookie bar printed as text, the article's table split across a page break."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_dejavu, read_text

DOC = "b53_07_murafa_cnsp_annual2024.pdf"
TITLE = "Звіт про роботу КУ «ЦНСП» Мурафської сільської ради за 2024 рік – Мурафська сільська рада"
URL = "https://murafska-gromada.example.ua/news/1740562188/"
PRINTED = "25.02.2025, 09:14"
NPAGES = 3

ROWS = [("1", "Догляд вдома", "186", "11 406"), ("2", "Денний догляд", "34", "2 318"),
        ("3", "Консультування", "402", "1 977"), ("4", "Інформування", "317", "1 204"),
        ("5", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "29", "488"),
        ("6", "Натуральна допомога", "141", "1 409"), ("7", "Соціальне таксі", "28", "145")]
TOTAL = ("Усього", "1 137", "18 947")
SPLIT_LOG = []


def chrome(canv, doc):
    canv.saveState()
    canv.setFont("DV", 8)
    canv.drawString(10 * mm, A4[1] - 7 * mm, PRINTED)
    canv.drawCentredString(A4[0] / 2 + 15 * mm, A4[1] - 7 * mm, TITLE)
    canv.drawString(10 * mm, 6 * mm, URL)
    canv.drawRightString(A4[0] - 10 * mm, 6 * mm, f"{doc.page}/{NPAGES}")
    canv.restoreState()


class Doc(BaseDocTemplate):
    def afterFlowable(self, fl):
        if isinstance(fl, Table):
            SPLIT_LOG.append((self.page, len(fl._cellvalues)))


def build(path, pad):
    register_dejavu()
    SPLIT_LOG.clear()
    st = ParagraphStyle("b", fontName="DV", fontSize=13, leading=21, spaceAfter=11)
    small = ParagraphStyle("s", parent=st, fontSize=9.5, leading=13, spaceAfter=4, textColor=colors.HexColor("#444444"))
    link = ParagraphStyle("l", parent=small, textColor=colors.HexColor("#1a4d8f"))
    h1 = ParagraphStyle("h1", parent=st, fontName="DV-B", fontSize=17, leading=22, spaceAfter=8)
    site = ParagraphStyle("site", parent=st, fontName="DV-B", fontSize=15, leading=19, spaceAfter=2)
    cell = ParagraphStyle("c", parent=st, fontSize=10.5, leading=14, spaceAfter=0)

    s = [Paragraph("Версія для людей з порушенням зору   |   UA   EN", small),
         Paragraph("МУРАФСЬКА СІЛЬСЬКА РАДА", site),
         Paragraph("Жмеринський район, Вінницька область · Офіційний вебсайт громади", small),
         Paragraph("Перейти до основного вмісту", link),
         Spacer(1, 4)]
    for item in ("Головна", "Громада", "Влада", "Документи", "Соціальний захист", "Новини", "Звернення",
                 "Контакти"):
        s.append(Paragraph("• " + item, link))
    s += [Paragraph("Пошук по сайту...  Знайти", small), Spacer(1, 6),
          Paragraph("Головна / Новини / Соціальний захист / Звіт про роботу КУ «ЦНСП» за 2024 рік", link),
          Spacer(1, 8),
          Paragraph("Звіт про роботу КУ «ЦНСП» Мурафської сільської ради за 2024 рік", h1),
          Paragraph("Дата: 24 лютого 2025 о 16:05 · Переглядів: 147 · Коментарів: 0", small),
          Spacer(1, 6)]
    body = [
        "21 лютого на засіданні виконавчого комітету заслухали звіт про роботу комунальної установи «Центр "
        "надання соціальних послуг» Мурафської сільської ради за 2024 рік (рішення № 27).",
        "Центр обслуговує 19 населених пунктів громади, у його структурі 3 відділення: соціальної допомоги вдома, "
        "соціальної роботи з сім'ями та денного догляду.",
        "Упродовж 2024 року соціальні послуги Центру отримали 884 особи (у 2023 році – 812 осіб), надано "
        "18 947 соціальних послуг. Оскільки одна особа може отримувати кілька послуг, сума отримувачів у "
        "таблиці більша за кількість осіб.",
    ]
    s += [Paragraph(t, st) for t in body]
    s.append(Spacer(1, pad))
    s.append(Paragraph("Отримувачі та обсяги соціальних послуг у 2024 році", ParagraphStyle("tt", parent=st, fontName="DV-B")))
    data = [[Paragraph(x, cell) for x in ("№", "Соціальна послуга", "Отримувачів", "Надано послуг")]]
    for r in ROWS:
        data.append([Paragraph(x, cell) for x in r])
    data.append([Paragraph("", cell), Paragraph(TOTAL[0], cell), Paragraph(TOTAL[1], cell), Paragraph(TOTAL[2], cell)])
    t = Table(data, colWidths=[12 * mm, 95 * mm, 30 * mm, 33 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 8))
    body2 = [
        "Соціальним супроводом охоплено 29 сімей, у яких виховується 64 дитини. Подолати складні життєві "
        "обставини вдалося 12 сім'ям, ще у 7 сім'ях їх мінімізовано.",
        "На обслуговування взято 58 осіб. Знято з обслуговування 47 осіб: у зв'язку зі смертю – 29, зі зміною "
        "місця проживання – 9, у зв'язку з влаштуванням до стаціонарних закладів – 4, за власним бажанням – 3.",
        "Натуральну допомогу (продуктові набори – 640 шт., ковдри – 85 шт.) видано на загальну суму 287,3 тис. грн.",
        "У Центрі працює 31 працівник, з них 22 соціальні робітники, за штатом – 33,5 посади. Надійшло 2 скарги, "
        "обидві розглянуто у встановлений законом строк.",
        "Кошторис Центру на 2024 рік – 9 412,7 тис. грн, використано 9 388,1 тис. грн (99,7 %).",
        "У 2025 році планується відкрити відділення денного догляду для дітей з інвалідністю на 10 місць.",
    ]
    s += [Paragraph(x, st) for x in body2]
    s += [Spacer(1, 6),
          Paragraph("Поділитися:  Facebook  Telegram  Viber  Скопіювати посилання", link),
          Paragraph("« Попередня новина    Наступна новина »", link),
          Spacer(1, 10),
          Paragraph("ОСТАННІ НОВИНИ", ParagraphStyle("sh", parent=small, fontName="DV-B")),
          Paragraph("24.02.2025 Графік прийому громадян депутатами на березень", link),
          Paragraph("20.02.2025 Оголошення про проведення 52 сесії 8 скликання", link),
          Paragraph("17.02.2025 До уваги внутрішньо переміщених осіб", link),
          Spacer(1, 6),
          Paragraph("КОНТАКТИ", ParagraphStyle("sh2", parent=small, fontName="DV-B")),
          Paragraph("23120, с. Мурафа, вул. Соборна, 2 · тел. (04355) 0-61-32 · пн–пт 8:00–17:00", small),
          Spacer(1, 10),
          Paragraph("Ми використовуємо файли cookie, щоб сайт працював краще. Продовжуючи перегляд, ви "
                    "погоджуєтеся з політикою конфіденційності.  Детальніше  Прийняти", small)]
    d = Doc(path, pagesize=A4, invariant=1, title=TITLE, author="Chromium")
    fr = Frame(14 * mm, 14 * mm, A4[0] - 28 * mm, A4[1] - 28 * mm, id="f")
    d.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=chrome)])
    d.build(s)
    return d.page


def main():
    path = report_path(DOC)
    pages = None
    for pad in range(0, 400, 6):
        pages = build(path, pad)
        if len(SPLIT_LOG) == 2 and SPLIT_LOG[0][1] >= 4 and SPLIT_LOG[1][1] >= 4 and pages == NPAGES:
            break
    else:
        raise SystemExit(f"could not split the table: {SPLIT_LOG} pages={pages}")
    print("table pieces (page, rows):", SPLIT_LOG, "pad", pad, "pages", pages)
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Мурафської сільської ради",
        "centre_type": "cnsp", "settlement": "Мурафа", "oblast": "Вінницька",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-02-24"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Мурафської сільської ради",
                             "КУ «Центр надання соціальних послуг» Мурафської сільської ради",
                             "КУ «ЦНСП» Мурафської сільської ради"],
                  "published": ["2025-02-25"]})
    f = g.f
    lines = text.split("\n")

    def row_line(*cells):
        hits = [ln for ln in lines if all(c in ln for c in cells)]
        assert len(hits) == 1, (cells, hits)
        return hits[0]

    tot = f("served", "persons", 884, "соціальні послуги Центру отримали 884 особи")
    sp = f("services_provided", "services", 18947, "надано 18 947 соціальних послуг")
    tq = row_line("Усього", TOTAL[1], TOTAL[2])
    tr = f("served", "recipients", 1137, tq, unit_alt="persons", label="Усього, отримувачів")
    ts = f("services_provided", "services", 18947, tq, label="Усього, надано послуг")
    svc = ["home_care", "day_care", "counselling", "informing", "social_support_sjo", "natural_aid", "social_taxi"]
    rr, rs = [], []
    for (n, name, r, v), sv in zip(ROWS, svc):
        q = row_line(name, r, v) if name != "Соціальний супровід сімей (осіб), які перебувають у СЖО" else None
        if q is None:
            q = row_line("\t" + r + "\t" + v)
        rr.append(f("served", "recipients", int(r.replace(" ", "")), q, service=sv, unit_alt="persons", label=name,
                    group="table_recipients", parent=tr))
        rs.append(f("services_provided", "services", int(v.replace(" ", "")), q, service=sv, label=name,
                    group="table_services", parent=ts))
    sup = f("served", "families", 29, "Соціальним супроводом охоплено 29 сімей", service="social_support_sjo")
    f("served", "children", 64, "у яких виховується 64 дитини", service="social_support_sjo", parent=sup)
    po = f("outcome_positive", "families", 12, "Подолати складні життєві обставини вдалося 12 сім'ям",
           service="social_support_sjo", parent=sup)
    mi = f("outcome_minimized", "families", 7, "ще у 7 сім'ях їх мінімізовано", service="social_support_sjo",
           parent=sup)
    new = f("served", "persons", 58, "На обслуговування взято 58 осіб", label="взято на обслуговування",
            alt=["registered_new", "support_started"], parent=tot)
    dr = f("deregistered", "persons", 47, "Знято з обслуговування 47 осіб")
    reasons = [("у зв'язку зі смертю – 29", 29, "у зв'язку зі смертю"),
               ("зі зміною місця проживання – 9", 9, "зміна місця проживання"),
               ("у зв'язку з влаштуванням до стаціонарних закладів – 4", 4, "влаштування до стаціонарних закладів"),
               ("за власним бажанням – 3", 3, "за власним бажанням")]
    rp = [f("deregistered", "persons", v, q, label=lab, group="deregistered_47_by_reason", parent=dr)
          for q, v, lab in reasons]
    f("aid_value", "uah", 287300, "видано на загальну суму 287,3 тис. грн", service="natural_aid")
    sa = f("staff_actual", "staff", 31, "У Центрі працює 31 працівник")
    sw = f("staff_actual", "staff", 22, "з них 22 соціальні робітники", label="соціальні робітники", parent=sa)
    spos = f("staff_positions", "positions", 33.5, "за штатом – 33,5 посади")
    f("complaints", "complaints", 2, "Надійшло 2 скарги")
    ba = f("budget_approved", "uah", 9412700, "Кошторис Центру на 2024 рік – 9 412,7 тис. грн")
    bs = f("budget_spent", "uah", 9388100, "використано 9 388,1 тис. грн (99,7 %)", percent=99.7)

    g.slip("parts_sum", "error", "Знято з обслуговування 47 осіб: у зв'язку зі смертю – 29", 45, 47, [dr] + rp,
           "the four reasons sum to 29 + 9 + 4 + 3 = 45, two short of the 47 taken off",
           " + ".join(rp) + f" == {dr}")
    g.check("table_arithmetic", tq, "Отримувачів: 186 + 34 + 402 + 317 + 29 + 141 + 28 = 1 137",
            " + ".join(rr) + f" == {tr}")
    g.check("table_arithmetic", tq, "Надано послуг: 11 406 + 2 318 + 1 977 + 1 204 + 488 + 1 409 + 145 = 18 947",
            " + ".join(rs) + f" == {ts}")
    g.check("internal_conflict", "надано 18 947 соціальних послуг", "prose 18 947 = table Усього 18 947",
            f"{sp} == {ts}")
    g.check("parts_sum", "сума отримувачів у таблиці більша за кількість осіб",
            "884 persons ≤ 1 137 recipient-services, as the text explains; 58 taken on ≤ 884",
            f"{tot} <= {tr} and {new} <= {tot}")
    g.check("parts_sum", "Соціальним супроводом охоплено 29 сімей",
            "12 overcome + 7 minimized ≤ 29; prose 29 families = table row 5 (29)",
            f"{po} + {mi} <= {sup} and {sup} == {rr[4]}")
    g.check("parts_sum", "з них 22 соціальні робітники", "22 ≤ 31 ≤ 33,5", f"{sw} <= {sa} <= {spos}")
    g.check("percent_mismatch", "використано 9 388,1 тис. грн (99,7 %)", "9 388,1 / 9 412,7 = 99,74 % → 99,7",
            f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1)")

    hdr = [ln for ln in lines if PRINTED.split(",")[0] in ln]
    if hdr:
        g.skip(hdr[0], [25, 2, 2025, 9, 14], "browser print header: date and time of printing")
    for n in range(1, NPAGES + 1):
        g.skip(f"{URL} {n}/{NPAGES}", [1740562188, n, NPAGES], "browser print footer: URL and page counter")
    g.skip("Дата: 24 лютого 2025 о 16:05 · Переглядів: 147 · Коментарів: 0", [24, 2025, 16, 5, 147, 0],
           "publication date/time, view and comment counters")
    g.skip("21 лютого на засіданні виконавчого комітету", [21], "date")
    g.skip("(рішення № 27)", [27], "decision number")
    g.skip("Центр обслуговує 19 населених пунктів громади, у його структурі 3 відділення", [19, 3],
           "settlement count, number of departments")
    g.skip("(у 2023 році – 812 осіб)", [2023, 812], "prior-year figure")
    g.skip("Отримувачі та обсяги соціальних послуг у 2024 році", [2024], "table title year")
    g.skip(row_line("Догляд вдома", "186"), [1, 2, 3, 4, 5, 6, 7], "row numbers 1–7 of the table")
    g.skip("(продуктові набори – 640 шт., ковдри – 85 шт.)", [640, 85], "items handed out")
    g.skip("У 2025 році планується відкрити відділення денного догляду для дітей з інвалідністю на 10 місць.",
           [2025, 10], "plan, capacity")
    g.skip("24.02.2025 Графік прийому громадян депутатами на березень", [24, 2, 2025], "sidebar news date")
    g.skip("20.02.2025 Оголошення про проведення 52 сесії 8 скликання", [20, 2, 2025, 52, 8], "sidebar news")
    g.skip("17.02.2025 До уваги внутрішньо переміщених осіб", [17, 2, 2025], "sidebar news date")
    g.skip("23120, с. Мурафа, вул. Соборна, 2 · тел. (04355) 0-61-32 · пн–пт 8:00–17:00",
           [23120, 2, 4355, 6132, 8, 17], "postcode, address, phone, office hours")
    for sk in g.skipped[:]:
        if sk["quote"] not in text:
            g.skipped.remove(sk)
            g.note(f"not in the read text, so not skipped: {sk['quote']!r}")

    g.note("a council news page printed from a browser: the browser's header (print date, page title) and footer "
           "(URL, N/3) are on every page; the site's menu, breadcrumbs, sidebar news, contacts and cookie bar are "
           "printed as text; only the article's figures are facts")
    g.note("the reader drops the browser's print header (date/time of printing and page title, identical on every "
           "page) and the breadcrumbs line; the footers (URL, N/3) come out, the second and third glued to the text "
           "that follows or precedes them")
    g.note("the table is split across a page break (the header row repeated); every cell is a fact quoted by its "
           "row; rows hang on the Усього cell of the same column. «Отримувачів» → recipients (unit_alt persons)")
    g.note("884 persons (prose) and 1 137 recipients (table Усього) are different figures, the text says why; "
           "the 18 947 services are written twice (prose and table): two facts")
    g.note("the slip: «Знято з обслуговування 47 осіб» but the reasons sum to 45")
    g.write()


if __name__ == "__main__":
    main()
