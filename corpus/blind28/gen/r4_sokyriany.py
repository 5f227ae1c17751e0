"""b28_04: КУ «ЦНСП» Сокирянської міської ради (Чернівецька), internal quality assessment of home care for 2024.
reportlab PDF with a criteria table and the document's own rating bands."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

NAME = "b28_04_sokyriany_cnsp_internal2024.pdf"

HEAD = [
    ("c", "Комунальна установа «Центр надання соціальних послуг» Сокирянської міської ради"),
    ("c", "60200, Чернівецька обл., м. Сокиряни, вул. Шевченка, 31, тел. (03739) 0-26-14, ЄДРПОУ 43871205"),
    ("t", "АНАЛІТИЧНИЙ ЗВІТ за результатами внутрішньої оцінки якості соціальної послуги догляду вдома за 2024 рік"),
    ("p", "Внутрішню оцінку якості проведено відповідно до наказу директора від 02.12.2024 № 58-ос комісією у складі 5 осіб у період з 09.12.2024 по 20.12.2024. Оцінювалися сім критеріїв якості, визначених Методичними рекомендаціями, затвердженими наказом Мінсоцполітики від 27.12.2013 № 904."),
    ("p", "Послугу догляду вдома у 2024 році отримували 143 особи, з них 88 – одинокі громадяни. Протягом року на обслуговування взято 24 особи; знято з обслуговування 19 осіб, зокрема у зв'язку зі смертю – 12, переїздом до родичів – 4, влаштуванням до інтернатного закладу – 3. Крім того, послугу денного догляду отримувала 31 особа."),
    ("p", "Послугу надають 26 соціальних робітників при 28 штатних посадах соціального робітника. У 2024 році кваліфікацію підвищили 11 працівників."),
    ("p", "Методи оцінювання: анкетування отримувачів, вивчення 40 особових справ, 15 спостережень під час відвідувань. В анкетуванні взяли участь 68 отримувачів послуги (середній вік – 78 років)."),
    ("p", "Оцінку за кожним критерієм визначено за часткою позитивних відповідей: «добре» – від 80 до 100 %, «задовільно» – від 60 до 79,9 %, «незадовільно» – менше 60 %."),
    ("p", "Таблиця 2. Результати оцінювання за критеріями"),
]
ROWS = [
    ["Критерій якості", "Частка позитивних відповідей, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "91,2", "добре"],
    ["Результативність", "83,8", "добре"],
    ["Своєчасність", "86,8", "добре"],
    ["Доступність та відкритість", "82,4", "добре"],
    ["Зручність", "76,5", "добре"],
    ["Повага до гідності", "95,6", "добре"],
    ["Професійність", "88,2", "добре"],
]
TAIL = [
    ("p", "Загалом якістю послуги догляду вдома задоволені 92,6 % опитаних. Скарг на якість послуги у 2024 році не зафіксовано, надійшло 3 письмові подяки. Порушень конфіденційності не виявлено."),
    ("p", "Висновок: загальна оцінка якості соціальної послуги догляду вдома – «добре»."),
    ("p", "Рекомендації: 1) переглянути графіки відвідувань у 6 віддалених селах до 01.03.2025; 2) провести повторне анкетування у IV кварталі 2025 року."),
    ("p", "Голова комісії (підпис)          23.12.2024"),
]


def build():
    register_fonts()
    st = {"p": ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6),
          "c": ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=13, alignment=1),
          "t": ParagraphStyle("t", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceBefore=8, spaceAfter=8)}
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=10, leading=12)
    story = [Paragraph(t, st[k]) for k, t in HEAD]
    tbl = Table([[Paragraph(c, cell) for c in r] for r in ROWS], colWidths=[230, 150, 80])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [tbl, Spacer(1, 8)] + [Paragraph(t, st[k]) for k, t in TAIL]
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, title="Аналітичний звіт", author="ЦНСП")
    doc.build(story)


def gold():
    g = Gold(NAME, {
        "centre": "Комунальна установа «Центр надання соціальних послуг» Сокирянської міської ради",
        "centre_type": "cnsp", "settlement": "Сокиряни", "oblast": "Чернівецька",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Центр надання соціальних послуг Сокирянської міської ради",
                    "КУ «Центр надання соціальних послуг» Сокирянської міської ради"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    hc = f("served", "persons", 143, "Послугу догляду вдома у 2024 році отримували 143 особи", service="home_care")
    f("served", "persons", 88, "з них 88 – одинокі громадяни", service="home_care", category="одинокі громадяни", parent=hc)
    f("served", "persons", 24, "Протягом року на обслуговування взято 24 особи", service="home_care",
      alt=["registered_new", "support_started"])
    dr = f("deregistered", "persons", 19, "знято з обслуговування 19 осіб", service="home_care")
    r = [f("deregistered", "persons", v, q, service="home_care", label=lab, group="deregistered_19_by_reason", parent=dr,
           alt=["outcome_other"])
         for lab, v, q in (("смерть", 12, "у зв'язку зі смертю – 12"), ("переїзд до родичів", 4, "переїздом до родичів – 4"),
                           ("влаштування до інтернатного закладу", 3, "влаштуванням до інтернатного закладу – 3"))]
    f("served", "persons", 31, "послугу денного догляду отримувала 31 особа", service="day_care")
    sw = f("staff_actual", "staff", 26, "Послугу надають 26 соціальних робітників", label="соціальні робітники")
    sp = f("staff_positions", "positions", 28, "при 28 штатних посадах соціального робітника", label="соціальні робітники")
    f("staff_trained", "staff", 11, "У 2024 році кваліфікацію підвищили 11 працівників")
    sv = f("survey_respondents", "persons", 68, "В анкетуванні взяли участь 68 отримувачів послуги", unit_alt="recipients")
    crit = [("targeting", "Адресність та індивідуальний підхід\t91,2\tдобре", "Адресність та індивідуальний підхід\t91,2\tдобре", 91.2),
            ("effectiveness", "", "Результативність\t83,8\tдобре", 83.8),
            ("timeliness", "", "Своєчасність\t86,8\tдобре", 86.8),
            ("accessibility", "", "Доступність та відкритість\t82,4\tдобре", 82.4),
            ("convenience", "", "Зручність\t76,5\tдобре", 76.5),
            ("dignity", "", "Повага до гідності\t95,6\tдобре", 95.6),
            ("professionalism", "", "Професійність\t88,2\tдобре", 88.2)]
    sh, rt = {}, {}
    for c, _, q, p in crit:
        sh[c] = f("share", "percent", p, q, criterion=c, alt=["satisfaction"], service="home_care")
        rt[c] = f("rating", "rating", "good", q, criterion=c, service="home_care")
    sat = f("satisfaction", "percent", 92.6, "Загалом якістю послуги догляду вдома задоволені 92,6 % опитаних",
            service="home_care")
    f("complaints", "complaints", 0, "Скарг на якість послуги у 2024 році не зафіксовано")
    ov = f("rating", "rating", "good", "загальна оцінка якості соціальної послуги догляду вдома – «добре»", criterion="overall",
           service="home_care")

    bands = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.slip("rating_band", "error", "Зручність\t76,5\tдобре", "добре", "задовільно", [sh["convenience"], rt["convenience"]],
           "Зручність 76,5 % is rated «добре», but the document's own band for «добре» is 80–100 %; 76,5 % falls in «задовільно» (60–79,9 %)",
           f"band(f{n(sh['convenience'])}, {bands}) == f{n(rt['convenience'])}")
    others = [c for c in sh if c != "convenience"]
    g.check("rating_band", "Оцінку за кожним критерієм визначено за часткою позитивних відповідей",
            "the six other criteria (82,4–95,6 %) are in the «добре» band",
            " and ".join(f"band(f{n(sh[c])}, {bands}) == f{n(rt[c])}" for c in others))
    g.check("percent_impossible", "В анкетуванні взяли участь 68 отримувачів послуги",
            "each share and the 92,6 % are reachable with 68 respondents (62, 57, 59, 56, 52, 65, 60, 63 of 68)",
            " and ".join(f"grim_ok(f{n(x)}, f{n(sv)}, 1)" for x in list(sh.values()) + [sat]))
    g.check("parts_sum", "знято з обслуговування 19 осіб, зокрема", "12 + 4 + 3 = 19", " + ".join("f" + n(x) for x in r) + f" == f{n(dr)}")
    g.check("parts_sum", "Послугу надають 26 соціальних робітників при 28 штатних посадах", "26 ≤ 28", f"f{n(sw)} <= f{n(sp)}")
    g.check("parts_sum", "В анкетуванні взяли участь 68 отримувачів послуги", "68 respondents ≤ 143 recipients", f"f{n(sv)} <= f{n(hc)}")

    g.skip("60200, Чернівецька обл., м. Сокиряни, вул. Шевченка, 31, тел. (03739) 0-26-14, ЄДРПОУ 43871205",
           [60200, 31, 3739, 0, 26, 14, 43871205], "postcode, address, phone, ЄДРПОУ")
    g.skip("догляду вдома за 2024 рік", [2024], "year")
    g.skip("відповідно до наказу директора від 02.12.2024 № 58-ос комісією у складі 5 осіб у період з 09.12.2024 по 20.12.2024",
           [2, 12, 2024, 58, 5, 9, 12, 2024, 20, 12, 2024], "order date/number, commission size, assessment dates")
    g.skip("Оцінювалися сім критеріїв якості", [7], "number of criteria")
    g.skip("наказом Мінсоцполітики від 27.12.2013 № 904", [27, 12, 2013, 904], "act date and number")
    g.skip("вивчення 40 особових справ, 15 спостережень під час відвідувань", [40, 15], "assessment methods (case files, observations)")
    g.skip("(середній вік – 78 років)", [78], "age")
    g.skip("«добре» – від 80 до 100 %, «задовільно» – від 60 до 79,9 %, «незадовільно» – менше 60 %", [80, 100, 60, 79.9, 60],
           "rating band bounds")
    g.skip("Таблиця 2. Результати оцінювання за критеріями", [2], "table number")
    g.skip("надійшло 3 письмові подяки", [3], "letters of thanks (no §3 id)")
    g.skip("Рекомендації: 1) переглянути графіки відвідувань у 6 віддалених селах до 01.03.2025; 2) провести повторне анкетування у IV кварталі 2025 року.",
           [1, 6, 1, 3, 2025, 2, 2025], "recommendation numbers, villages, deadline, plan")
    g.skip("Голова комісії (підпис) 23.12.2024", [23, 12, 2024], "date")
    g.note("the PDF table comes out one row per line, cells separated by spaces; share and rating are two facts on the same row quote")
    g.note("criterion shares → share with criterion (alt satisfaction); ratings carry the criterion; the overall rating in the conclusion → rating/overall")
    g.note("staff counts are of social workers only (label); «на обслуговування взято» → served (alt registered_new, support_started)")
    return g


if __name__ == "__main__":
    build()
    gold().write()
