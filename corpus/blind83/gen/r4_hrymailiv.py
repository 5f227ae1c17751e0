"""b83_04: КУ «Центр надання соціальних послуг» Гримайлівської селищної ради (Тернопільська),
internal quality assessment of services provided in 2024. reportlab PDF (DejaVu), criteria table
with the document's own bands. Third person. Slip: rating_band (Результативність 83,8 % rated «добре»,
band for «добре» is 85–100 %)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_dejavu

DOC = "b83_04_hrymailiv_cnsp_internal2024.pdf"

PARAS = [
    ("h", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ГРИМАЙЛІВСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("s", "48220, Тернопільська обл., Чортківський р-н, смт Гримайлів, вул. Грушевського, 27; "
          "тел. (03557) 0-22-81; код ЄДРПОУ 43912574"),
    ("h", "ЗВІТ про результати внутрішньої оцінки якості соціальних послуг, наданих у 2024 році"),
    ("p", "Оцінку проведено відповідно до наказу директора від 27.01.2025 № 9-од у період з 03.02.2025 по "
          "28.02.2025 комісією у складі 5 осіб. Предметом оцінки були послуги, надані Установою з 1 січня по "
          "31 грудня 2024 року."),
    ("p", "Протягом року до Установи звернулася 371 особа, оцінку потреб проведено 96 особам. Соціальні послуги "
          "отримали 348 осіб, а саме: консультування – 201, соціальну адаптацію – 27, денний догляд – 23, "
          "догляд вдома – 71, натуральну допомогу – 26."),
    ("p", "Під час оцінки комісія вивчила 60 особових справ отримувачів (17,2 % від їх загальної кількості), "
          "провела анкетування, у якому взяли участь 105 отримувачів, та 12 інтерв'ю з отримувачами й "
          "фахівцями."),
    ("p", "Рівень якості за кожним критерієм визначено за часткою позитивних відповідей: 85–100 % – «добре», "
          "60–84,9 % – «задовільно», менше 60 % – «незадовільно»."),
    ("t", None),
    ("p", "Загальна оцінка якості соціальних послуг, наданих Установою у 2024 році, – «добре». Скарг на якість "
          "послуг за рік не надходило. Порушень конфіденційності не виявлено."),
    ("p", "Штатним розписом Установи передбачено 24 посади, фактично працюють 22 працівники. Підвищили "
          "кваліфікацію 5 фахівців, провели 8 супервізій (по 2 години)."),
    ("p", "Рекомендації: 1) облаштувати пандус у філії в с. Козина до 01.06.2025; 2) розширити графік роботи "
          "пункту прийому до 18:00; 3) провести повторне анкетування у IV кварталі 2025 року."),
    ("s", "Звіт затверджено на засіданні методичної ради Установи, протокол від 05.03.2025 № 2. Сторінка 1 з 1"),
]
TABLE = [
    ["Критерій", "Частка позитивних відповідей, %", "Рівень"],
    ["Адресність та індивідуальний підхід", "91,4", "добре"],
    ["Результативність", "83,8", "добре"],
    ["Своєчасність", "88,6", "добре"],
    ["Доступність та відкритість", "76,2", "задовільно"],
    ["Повага до гідності", "95,2", "добре"],
    ["Професійність", "87,6", "добре"],
]


def build(path):
    register_dejavu()
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13, spaceAfter=6)
    head = ParagraphStyle("h", parent=body, fontName="DV-B", alignment=1)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)
    cell = ParagraphStyle("c", parent=body, spaceAfter=0)
    story = []
    for kind, t in PARAS:
        if kind == "t":
            data = [[Paragraph(c, cell) for c in r] for r in TABLE]
            tb = Table(data, colWidths=[230, 140, 90])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [tb, Spacer(1, 8)]
        else:
            story.append(Paragraph(t, {"h": head, "p": body, "s": small}[kind]))
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Звіт внутрішня оцінка 2024").build(story)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Гримайлівської селищної ради",
        "centre_type": "cnsp", "settlement": "Гримайлів", "oblast": "Тернопільська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Гримайлівської селищної ради",
                             "КУ «Центр надання соціальних послуг» Гримайлівської селищної ради"]})
    n = lambda x: x[1:]  # noqa: E731
    ap = g.f("applied", "persons", 371, "до Установи звернулася 371 особа")
    na = g.f("needs_assessed", "persons", 96, "оцінку потреб проведено 96 особам")
    s = g.f("served", "persons", 348, "Соціальні послуги отримали 348 осіб")
    gr = "served_348_by_service"
    parts = [g.f("served", "persons", v, q, service=sv, group=gr, parent=s) for v, q, sv in (
        (201, "консультування – 201", "counselling"), (27, "соціальну адаптацію – 27", "social_adaptation"),
        (23, "денний догляд – 23", "day_care"), (71, "догляд вдома – 71", "home_care"),
        (26, "натуральну допомогу – 26", "natural_aid"))]
    sv = g.f("survey_respondents", "persons", 105, "у якому взяли участь 105 отримувачів", unit_alt="recipients")
    crit = {"Адресність та індивідуальний підхід": "targeting", "Результативність": "effectiveness",
            "Своєчасність": "timeliness", "Доступність та відкритість": "accessibility",
            "Повага до гідності": "dignity", "Професійність": "professionalism"}
    rid = {"добре": "good", "задовільно": "satisfactory"}
    cells = []
    for r in TABLE[1:]:
        q = "\t".join(r)
        a = g.f("share", "percent", float(r[1].replace(",", ".")), q, criterion=crit[r[0]], alt=["satisfaction"],
                label="частка позитивних відповідей")
        b = g.f("rating", "rating", rid[r[2]], q, criterion=crit[r[0]])
        cells.append((a, b, r))
    ov = g.f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг, наданих Установою у 2024 році, – «добре»",
             criterion="overall")
    g.f("complaints", "complaints", 0, "Скарг на якість послуг за рік не надходило.")
    pos = g.f("staff_positions", "positions", 24, "передбачено 24 посади")
    act = g.f("staff_actual", "staff", 22, "фактично працюють 22 працівники")
    tr = g.f("staff_trained", "staff", 5, "Підвищили кваліфікацію 5 фахівців")
    bands = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    ef = cells[1]
    g.slip("rating_band", "error", "\t".join(ef[2]), "good", "satisfactory", [ef[0], ef[1]],
           "Результативність: 83,8 % positive answers rated «добре», but the report's own bands put 60–84,9 % "
           "at «задовільно» (добре starts at 85 %).",
           f"band(f{n(ef[0])}, {bands}) == f{n(ef[1])}")
    ok = [c for c in cells if c is not ef]
    g.check("rating_band", "\t".join(TABLE[1]), "the other five criteria fit the bands (91,4; 88,6; 95,2; 87,6 → "
            "добре; 76,2 → задовільно)", " and ".join(f"band(f{n(a)}, {bands}) == f{n(b)}" for a, b, _ in ok))
    g.check("percent_impossible", "\t".join(TABLE[1]),
            "every share is reachable with 105 respondents (96, 88, 93, 80, 100, 92 of 105)",
            " and ".join(f"grim_ok(f{n(a)}, f{n(sv)}, 1)" for a, _, _ in cells))
    g.check("parts_sum", "Соціальні послуги отримали 348 осіб, а саме:", "201 + 27 + 23 + 71 + 26 = 348",
            " + ".join(f"f{n(p)}" for p in parts) + f" == f{n(s)}")
    g.check("parts_sum", "до Установи звернулася 371 особа", "96 assessed and 348 served ≤ 371 applied; 105 surveyed ≤ 348",
            f"f{n(na)} <= f{n(ap)} and f{n(s)} <= f{n(ap)} and f{n(sv)} <= f{n(s)}")
    g.check("percent_mismatch", "вивчила 60 особових справ отримувачів (17,2 % від їх загальної кількості)",
            "60 case files of 348 recipients = 17,24 % → 17,2 (60 is skipped, used as a literal)",
            f"pct_ok(17.2, 60, f{n(s)}, 1)")
    g.check("parts_sum", "фактично працюють 22 працівники", "22 ≤ 24; 5 trained ≤ 22",
            f"f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")
    g.skip("48220, Тернопільська обл., Чортківський р-н, смт Гримайлів, вул. Грушевського, 27", [48220, 27],
           "postcode, address")
    g.skip("тел. (03557) 0-22-81; код ЄДРПОУ 43912574", [3557, 2281, 43912574], "phone, ЄДРПОУ")
    g.skip("наданих у 2024 році", [2024], "year")
    g.skip("від 27.01.2025 № 9-од у період з 03.02.2025 по 28.02.2025 комісією у складі 5 осіб",
           [27, 1, 2025, 9, 3, 2, 2025, 28, 2, 2025, 5], "order date/number, assessment dates, commission size")
    g.skip("з 1 січня по 31 грудня 2024 року", [1, 31, 2024], "period dates")
    g.skip("вивчила 60 особових справ отримувачів (17,2 % від їх загальної кількості)", [60, 17.2],
           "case files studied and their share: method of the assessment, no §3 id (checked as literals)")
    g.skip("та 12 інтерв'ю з отримувачами й фахівцями", [12], "interviews: method, no §3 id")
    g.skip("85–100 % – «добре», 60–84,9 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84.9, 60],
           "band definitions")
    g.skip("провели 8 супервізій (по 2 години)", [8, 2], "supervisions (no §3 id), duration")
    g.skip("облаштувати пандус у філії в с. Козина до 01.06.2025", [1, 1, 6, 2025], "recommendation number and deadline")
    g.skip("розширити графік роботи пункту прийому до 18:00; 3) провести повторне анкетування у IV кварталі 2025 року",
           [2, 18, 3, 4, 2025], "recommendation numbers, hour, plan")
    g.skip("протокол від 05.03.2025 № 2.", [5, 3, 2025, 2], "protocol date/number (the line also ends with «Сторінка 1 з 1», which the reader drops)")
    g.note("criterion shares → share with criterion (alt satisfaction); each table row gives a share and a rating; "
           "the overall rating is in the prose only")
    g.note("«Порушень конфіденційності не виявлено» has no figure and no rating → nothing")
    g.note("the 105 respondents are «отримувачі» → unit persons with unit_alt recipients")
    g.write()


if __name__ == "__main__":
    main()
