"""b38_05: ТЦСО Лановецької міської ради, internal quality assessment of home care in 2024 (DOCX, criteria table)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, fix_docx_props, freeze_zip  # noqa: E402

from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402

NAME = "b38_05_lanivtsi_tcso_internal2024.docx"

TOP = [
    ("c", "ЗАТВЕРДЖЕНО"),
    ("c", "Наказ директора територіального центру від 27.12.2024 № 64-од"),
    ("cb", "ЗВІТ"),
    ("cb", "про проведення внутрішньої оцінки якості соціальної послуги догляду вдома, наданої "
           "Територіальним центром соціального обслуговування (надання соціальних послуг) "
           "Лановецької міської ради у 2024 році"),
    ("p", "Внутрішню оцінку проведено відповідно до наказу директора від 04.11.2024 № 58-од робочою групою у складі "
          "5 осіб у період з 02 по 20 грудня 2024 року. Оцінювалася якість послуги догляду вдома, наданої з 01 січня "
          "по 31 грудня 2024 року."),
    ("p", "Протягом 2024 року послугу догляду вдома отримала 301 особа, з яких 187 – одинокі громадяни, 94 – особи "
          "з інвалідністю. Середній вік отримувачів – 79 років. Упродовж року взято на обслуговування 46 осіб, "
          "знято з обслуговування 38 осіб; станом на 01.12.2024 послугу отримують 263 особи. Надано 25 306 послуг "
          "догляду вдома."),
    ("p", "Для оцінки опрацьовано 60 особових справ отримувачів, проведено анкетування 84 отримувачів послуги та "
          "спостереження за роботою 12 соціальних робітників під час надання послуги."),
    ("p", "Рівень дотримання критеріїв визначався за часткою позитивних відповідей: від 80 до 100 % – «добре», "
          "від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно»."),
    ("p", "Таблиця. Результати оцінки за критеріями"),
]
TABLE = [
    ["Критерій", "Позитивних відповідей, %", "Рівень"],
    ["Адресність та індивідуальний підхід", "95,2", "добре"],
    ["Результативність", "89,3", "добре"],
    ["Своєчасність", "84,5", "добре"],
    ["Доступність та відкритість", "78,6", "задовільно"],
    ["Зручність", "91,7", "добре"],
    ["Повага до гідності отримувача", "97,6", "добре"],
    ["Професійність", "86,3", "добре"],
    ["Загальна оцінка", "", "добре"],
]
BOTTOM = [
    ("p", "Найнижчий показник – за критерієм доступності: 18 опитаних зазначили, що не знають, куди звертатися зі "
          "скаргою. У 9 особових справах з 60 індивідуальні плани не переглядалися понад 6 місяців."),
    ("p", "Послугу надають 38 соціальних робітників при штатній чисельності 41 посада. Навчання за програмою "
          "«Догляд за людьми похилого віку» у 2024 році пройшли 14 працівників (обсяг – 30 годин)."),
    ("p", "У 2024 році надійшло 2 скарги щодо графіка відвідування, обидві розглянуто, вжито заходів."),
    ("b", "Висновок"),
    ("p", "Якість соціальної послуги догляду вдома, наданої у 2024 році, оцінено на рівні «добре»."),
    ("b", "Рекомендації"),
    ("p", "1. До 01.03.2025 розмістити інформацію про порядок подання скарг у кожному старостинському окрузі."),
    ("p", "2. Щокварталу переглядати індивідуальні плани отримувачів; наступну оцінку провести у IV кварталі 2025 року."),
    ("p", "Голова робочої групи ____________"),
]


def build():
    doc = Document()
    fix_docx_props(doc, "ТЦСО Лановці")
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)

    def add(items):
        for kind, text in items:
            p = doc.add_paragraph()
            r = p.add_run(text)
            if kind in ("cb", "b"):
                r.bold = True
            if kind in ("c", "cb"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if kind == "cb" else WD_ALIGN_PARAGRAPH.RIGHT
    add(TOP)
    t = doc.add_table(rows=len(TABLE), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    add(BOTTOM)
    path = report_path(NAME)
    doc.save(path)
    freeze_zip(path)


BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"


def gold():
    g = Gold(NAME,
             {"centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                        "Лановецької міської ради",
              "centre_type": "tcso", "settlement": "Лановці", "report_kind": "internal_assessment",
              "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    sv = f("served", "persons", 301, "Протягом 2024 року послугу догляду вдома отримала 301 особа",
           service="home_care")
    c1 = f("served", "persons", 187, "з яких 187 – одинокі громадяни", service="home_care",
           category="одинокі громадяни", parent=sv)
    c2 = f("served", "persons", 94, "94 – особи з інвалідністю", service="home_care",
           category="особи з інвалідністю", parent=sv)
    nw = f("served", "persons", 46, "Упродовж року взято на обслуговування 46 осіб", service="home_care",
           alt=["registered_new", "support_started"])
    dr = f("deregistered", "persons", 38, "знято з обслуговування 38 осіб", service="home_care")
    on = f("served", "persons", 263, "станом на 01.12.2024 послугу отримують 263 особи", service="home_care",
           alt=["support_ongoing"], label="станом на 01.12.2024")
    f("services_provided", "services", 25306, "Надано 25 306 послуг догляду вдома", service="home_care")
    rs = f("survey_respondents", "recipients", 84, "проведено анкетування 84 отримувачів послуги",
           service="home_care", unit_alt="persons")
    rows = [("targeting", 95.2, "good", "Адресність та індивідуальний підхід\t95,2\tдобре"),
            ("effectiveness", 89.3, "good", "Результативність\t89,3\tдобре"),
            ("timeliness", 84.5, "good", "Своєчасність\t84,5\tдобре"),
            ("accessibility", 78.6, "satisfactory", "Доступність та відкритість\t78,6\tзадовільно"),
            ("convenience", 91.7, "good", "Зручність\t91,7\tдобре"),
            ("dignity", 97.6, "good", "Повага до гідності отримувача\t97,6\tдобре"),
            ("professionalism", 86.3, "good", "Професійність\t86,3\tдобре")]
    sh, ra = {}, {}
    for crit, p, r, q in rows:
        sh[crit] = f("share", "percent", p, q, service="home_care", criterion=crit,
                     label="частка позитивних відповідей", alt=["satisfaction"])
        ra[crit] = f("rating", "rating", r, q, service="home_care", criterion=crit)
    ov = f("rating", "rating", "good", "Загальна оцінка\t\tдобре", service="home_care", criterion="overall")
    ov2 = f("rating", "rating", "good", "оцінено на рівні «добре»", service="home_care", criterion="overall",
            note="the conclusion repeats the table's overall rating: two facts")
    sa = f("staff_actual", "staff", 38, "Послугу надають 38 соціальних робітників")
    pp = f("staff_positions", "positions", 41, "при штатній чисельності 41 посада")
    f("staff_trained", "staff", 14, "пройшли 14 працівників")
    f("complaints", "complaints", 2, "У 2024 році надійшло 2 скарги")

    P = sh["professionalism"]
    g.slip("percent_impossible", "error", "Професійність\t86,3\tдобре", 86.3, "85.7 or 86.9", [P, rs],
           "GRIM with 84 respondents at one decimal: 72/84 = 85,71 % and 73/84 = 86,90 %; no whole count gives 86,3 %",
           f"grim_ok(f{n(P)}, f{n(rs)}, 1)")
    others = [c for c in sh if c != "professionalism"]
    g.check("percent_impossible", "Позитивних відповідей, %",
            "each other share is reachable with 84 respondents: 80, 75, 71, 66, 77, 82 of 84",
            " and ".join(f"grim_ok(f{n(sh[c])}, f{n(rs)}, 1)" for c in others))
    g.check("rating_band", "від 80 до 100 % – «добре»",
            "every rating agrees with the document's own bands (78,6 → задовільно, the rest ≥ 80 → добре)",
            " and ".join(f"band(f{n(sh[c])}, {BANDS}) == f{n(ra[c])}" for c in sh))
    g.check("internal_conflict", "оцінено на рівні «добре»", "conclusion = table overall rating",
            f"f{n(ov)} == f{n(ov2)}")
    g.check("parts_sum", "знято з обслуговування 38 осіб; станом на 01.12.2024 послугу отримують 263 особи",
            "301 served in the year − 38 taken off = 263 still served", f"f{n(sv)} - f{n(dr)} == f{n(on)}")
    g.check("parts_sum", "з яких 187 – одинокі громадяни, 94 – особи", "overlapping categories, each ≤ 301; "
            "46 new ≤ 301", f"f{n(c1)} <= f{n(sv)} and f{n(c2)} <= f{n(sv)} and f{n(nw)} <= f{n(sv)}")
    g.check("parts_sum", "Послугу надають 38 соціальних робітників при штатній чисельності 41 посада", "38 ≤ 41",
            f"f{n(sa)} <= f{n(pp)}")
    g.check("percent_mismatch", "Найнижчий показник – за критерієм доступності: 18 опитаних",
            "18 of 84 negative on accessibility leaves 66/84 = 78,57 % → 78,6 (18 is a literal)",
            f"pct_ok(f{n(sh['accessibility'])}, f{n(rs)} - 18, f{n(rs)}, 1)")

    g.skip("Наказ директора територіального центру від 27.12.2024 № 64-од", [27, 12, 2024, 64], "order date and number")
    g.skip("відповідно до наказу директора від 04.11.2024 № 58-од робочою групою у складі 5 осіб у період з 02 по 20 "
           "грудня 2024 року", [4, 11, 2024, 58, 5, 2, 20, 2024], "order, working-group size, assessment dates")
    g.skip("наданої з 01 січня по 31 грудня 2024 року", [1, 31, 2024], "assessed period")
    g.skip("Середній вік отримувачів – 79 років.", [79], "average age")
    g.skip("опрацьовано 60 особових справ", [60], "case files examined (method)")
    g.skip("спостереження за роботою 12 соціальних робітників", [12], "workers observed (method)")
    g.skip("від 80 до 100 % – «добре», від 60 до 79,9 % – «задовільно», менше 60 % – «незадовільно»",
           [80, 100, 60, 79.9, 60], "rating band definitions")
    g.skip("18 опитаних зазначили, що не знають, куди звертатися зі скаргою", [18],
           "respondents with a negative answer on one item (used as a literal in a check)")
    g.skip("У 9 особових справах з 60 індивідуальні плани не переглядалися понад 6 місяців.", [9, 60, 6],
           "finding of the case-file review (no §3 id), duration")
    g.skip("(обсяг – 30 годин)", [30], "duration of training")
    g.skip("1. До 01.03.2025 розмістити", [1, 1, 3, 2025], "recommendation number and deadline")
    g.skip("2. Щокварталу переглядати індивідуальні плани отримувачів; наступну оцінку провести у IV кварталі 2025 року.",
           [2, 4, 2025], "recommendation number, plan")
    g.note("criterion shares of the table → share with criterion (alt satisfaction); ratings → rating per criterion; "
           "the Загальна оцінка row and the conclusion are two overall rating facts")
    g.note("«станом на 01.12.2024 послугу отримують 263 особи» → served with a label (alt support_ongoing)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
