"""b118_04: КУ «ЦНСП» Мартинівської сільської ради (Полтавська), internal quality assessment of home care
provided in 2024. DOCX with a criteria table and the document's own rating bands. Impersonal voice."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, save_docx

NAME = "b118_04_martynivka_cnsp_internal2024.docx"

# criterion id, name as written, positive answers (of 56), percent as written, rating as written
CRIT = [
    ("targeting", "Адресність та індивідуальний підхід", "54", "96,4", "добре"),
    ("effectiveness", "Результативність", "49", "87,5", "добре"),
    ("timeliness", "Своєчасність", "51", "91,1", "добре"),
    ("accessibility", "Доступність та відкритість", "47", "83,9", "добре"),
    ("convenience", "Зручність", "50", "89,3", "добре"),
    ("dignity", "Повага до гідності отримувача", "56", "100", "добре"),
    ("professionalism", "Професійність", "53", "94,6", "добре"),
    ("independence", "Незалежність отримувача", "46", "82,1", "добре"),
    ("safety", "Захист та безпека", "44", "78,6", "добре"),
    ("confidentiality", "Конфіденційність інформації", "55", "98,2", "добре"),
]
OVERALL = ("Загальна оцінка якості", "", "90,2", "добре")
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def num(s):
    x = float(s.replace(",", "."))
    return int(x) if x.is_integer() else x


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for line in ("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»",
                 "МАРТИНІВСЬКОЇ СІЛЬСЬКОЇ РАДИ ПОЛТАВСЬКОЇ ОБЛАСТІ"):
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("38212, Полтавська обл., Полтавський р-н, с. Мартинівка, вул. Миру, 27, "
                        "тел. (05344) 0-93-16, cnsp.martynivka@example.ua, ЄДРПОУ 43962170")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("ЗВІТ\nпро результати внутрішньої оцінки якості соціальної послуги догляду вдома, "
                        "наданої у 2024 році")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_heading("Загальні положення", level=2)
    d.add_paragraph(
        "Внутрішню оцінку якості проведено відповідно до наказу Міністерства соціальної політики України "
        "від 27.12.2013 № 904 та наказу директора Центру від 02.12.2024 № 87-од робочою групою у складі "
        "5 осіб у період з 09 по 20 грудня 2024 року. Оцінювався період з 01.01.2024 по 31.12.2024.")
    d.add_paragraph(
        "Методи оцінки: аналіз 20 особових справ отримувачів, анкетування отримувачів, бесіди з "
        "працівниками, спостереження під час надання послуги.")

    d.add_heading("Відомості про отримувачів послуги", level=2)
    d.add_paragraph(
        "У 2024 році соціальну послугу догляду вдома отримувала 71 особа, з них 48 жінок і 23 чоловіки. "
        "Середній вік отримувачів – 79 років. Протягом року на обслуговування взято 12 осіб, знято з "
        "обслуговування 9 осіб (у зв’язку зі смертю – 6, влаштуванням до стаціонарного закладу – 2, "
        "переїздом до родичів – 1). Послугу надають 14 соціальних робітників Центру.")
    d.add_paragraph(
        "В анкетуванні взяли участь 56 отримувачів (78,9 % від загальної кількості), решта 15 осіб не "
        "змогли заповнити анкету через стан здоров’я.")

    d.add_heading("Шкала оцінювання", level=2)
    d.add_paragraph("Рівень якості за кожним критерієм визначався за часткою позитивних відповідей:")
    for s in ("80–100 % – «добре»;", "60–79,9 % – «задовільно»;", "менше 60 % – «незадовільно»."):
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("Результати оцінки", level=2)
    d.add_paragraph("Таблиця 2. Результати оцінки за критеріями якості")
    t = d.add_table(rows=2 + len(CRIT), cols=4)
    t.style = "Table Grid"
    for j, c in enumerate(("Критерій якості", "Позитивних відповідей, осіб", "Частка, %", "Оцінка")):
        t.cell(0, j).text = c
    for i, (_, name, k, p_, r) in enumerate(CRIT, start=1):
        for j, c in enumerate((name, k, p_, r)):
            t.cell(i, j).text = c
    for j, c in enumerate(OVERALL):
        t.cell(len(CRIT) + 1, j).text = c

    d.add_heading("Висновки та рекомендації", level=2)
    d.add_paragraph(
        "Загальний рівень якості соціальної послуги догляду вдома, наданої Центром у 2024 році, оцінено "
        "як «добре». Скарг від отримувачів протягом 2024 року не надходило. Порушень конфіденційності не "
        "виявлено.")
    for s in ("1. Забезпечити отримувачів інформацією про порядок оскарження рішень – до 01.03.2025.",
              "2. Провести навчання соціальних робітників з питань безпеки під час надання послуги.",
              "3. Наступну внутрішню оцінку провести у IV кварталі 2025 року."):
        d.add_paragraph(s)
    d.add_paragraph("Голова робочої групи                          (підпис)")
    save_docx(d, report_path(NAME), author="ЦНСП")


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Мартинівської сільської ради",
        "centre_type": "cnsp", "settlement": "Мартинівка", "oblast": "Полтавська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Мартинівської сільської ради",
                            "КУ «Центр надання соціальних послуг» Мартинівської сільської ради"]})
    f = g.f
    HC = "home_care"
    sv = f("served", "persons", 71, "соціальну послугу догляду вдома отримувала 71 особа", service=HC)
    w = f("served", "persons", 48, "з них 48 жінок", service=HC, category="жінки", group="hc71_by_sex", parent=sv)
    m = f("served", "persons", 23, "23 чоловіки", service=HC, category="чоловіки", group="hc71_by_sex", parent=sv)
    tk = f("served", "persons", 12, "на обслуговування взято 12 осіб", service=HC,
           alt=["registered_new", "support_started"])
    dr = f("deregistered", "persons", 9, "знято з обслуговування 9 осіб", service=HC)
    r = [f("deregistered", "persons", 6, "у зв'язку зі смертю – 6", service=HC, label="смерть",
           group="dereg9_by_reason", parent=dr),
         f("deregistered", "persons", 2, "влаштуванням до стаціонарного закладу – 2", service=HC,
           label="влаштування до стаціонарного закладу", group="dereg9_by_reason", parent=dr),
         f("deregistered", "persons", 1, "переїздом до родичів – 1", service=HC, label="переїзд до родичів",
           group="dereg9_by_reason", parent=dr)]
    stf = f("staff_actual", "staff", 14, "Послугу надають 14 соціальних робітників Центру", service=HC,
            label="соціальні робітники")
    sr = f("survey_respondents", "persons", 56, "В анкетуванні взяли участь 56 отримувачів (78,9 %",
           percent=78.9, service=HC, unit_alt="recipients")
    shares, ratings = {}, {}
    for cid, name, k, p_, rt in CRIT:
        q = "\t".join((name, k, p_, rt))
        shares[cid] = f("share", "percent", num(p_), q, criterion=cid, service=HC, alt=["satisfaction"])
        ratings[cid] = f("rating", "rating", RATING[rt], q, criterion=cid, service=HC)
    oq = "\t".join(OVERALL)
    osh = f("share", "percent", 90.2, oq, criterion="overall", service=HC, alt=["satisfaction"],
            note="the overall row's mean of the ten criterion shares")
    ort = f("rating", "rating", "good", oq, criterion="overall", service=HC)
    f("rating", "rating", "good", "Загальний рівень якості соціальної послуги догляду вдома, наданої Центром у 2024 "
      "році, оцінено як «добре»", criterion="overall", service=HC, note="the overall rating written again")
    f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2024 року не надходило.", service=HC)

    v = lambda x: x[1:]
    g.check("parts_sum", "з них 48 жінок і 23 чоловіки", "48 + 23 = 71", f"f{v(w)} + f{v(m)} == f{v(sv)}")
    g.check("parts_sum", "знято з обслуговування 9 осіб", "6 + 2 + 1 = 9",
            " + ".join("f" + v(x) for x in r) + f" == f{v(dr)}")
    g.check("percent_mismatch", "В анкетуванні взяли участь 56 отримувачів (78,9 %",
            "56 / 71 = 78,87 % → 78,9", f"pct_ok(p{v(sr)}, f{v(sr)}, f{v(sv)}, 1)")
    g.check("parts_sum", "решта 15 осіб не змогли", "56 + 15 = 71 (the 15 is a literal)", f"f{v(sr)} + 15 == f{v(sv)}")
    ks = {cid: int(k) for cid, _, k, _, _ in CRIT}
    g.check("percent_mismatch", "Позитивних відповідей, осіб\tЧастка, %",
            "each criterion's share equals its positive answers / 56 at one decimal",
            "all([" + ", ".join(f"pct_ok(f{v(shares[c])}, {ks[c]}, f{v(sr)}, 1)" for c in ks) + "])")
    g.check("table_arithmetic", oq, "mean of the ten shares = 901,7 / 10 = 90,17 → 90,2",
            f"abs(({' + '.join('f' + v(shares[c]) for c in ks)}) / 10 - f{v(osh)}) < 0.05")
    bands = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    for c in ks:
        if c == "safety":
            continue
        g.check("rating_band", "\t".join(next(x for x in CRIT if x[0] == c)[1:]),
                f"{c}: share in the «добре» band 80–100 %",
                f"band(f{v(shares[c])}, {bands}) == f{v(ratings[c])}")
    g.check("rating_band", oq, "overall 90,2 % → «добре»", f"band(f{v(osh)}, {bands}) == f{v(ort)}")
    sq = "\t".join(CRIT[8][1:])
    g.slip("rating_band", "error", sq, "good", "satisfactory", [shares["safety"], ratings["safety"]],
           "Захист та безпека: 78,6 % (44 of 56) lies in the document's own band 60–79,9 % «задовільно», but the "
           "table rates it «добре».", f"band(f{v(shares['safety'])}, {bands}) == f{v(ratings['safety'])}")

    g.skip("38212, Полтавська обл., Полтавський р-н, с. Мартинівка, вул. Миру, 27, тел. (05344) 0-93-16",
           [38212, 27, 5344, 9316], "postcode, address, phone")
    g.skip("ЄДРПОУ 43962170", [43962170], "ЄДРПОУ")
    g.skip("наданої у 2024 році", [2024], "year")
    g.skip("від 27.12.2013 № 904", [27, 12, 2013, 904], "ministry order date and number")
    g.skip("від 02.12.2024 № 87-од робочою групою у складі 5 осіб у період з 09 по 20 грудня 2024 року",
           [2, 12, 2024, 87, 5, 9, 20, 2024], "order date and number, working group size, assessment dates")
    g.skip("Оцінювався період з 01.01.2024 по 31.12.2024.", [1, 1, 2024, 31, 12, 2024], "assessed period")
    g.skip("аналіз 20 особових справ отримувачів", [20], "case files analysed: no §3 id")
    g.skip("У 2024 році", [2024], "year")
    g.skip("Середній вік отримувачів – 79 років.", [79], "age")
    g.skip("решта 15 осіб не змогли заповнити анкету", [15], "non-respondents: no §3 id (literal in a check)")
    g.skip("80–100 % – «добре»;", [80, 100], "band definition")
    g.skip("60–79,9 % – «задовільно»;", [60, 79.9], "band definition")
    g.skip("менше 60 % – «незадовільно».", [60], "band definition")
    g.skip("Таблиця 2. Результати оцінки за критеріями якості", [2], "table number")
    g.skip("Позитивних відповідей, осіб", [54, 49, 51, 47, 50, 56, 53, 46, 44, 55],
           "positive answers per criterion (the column): no §3 id; they underlie the shares (literals in a check)")
    g.skip("1. Забезпечити отримувачів інформацією про порядок оскарження рішень – до 01.03.2025.",
           [1, 1, 3, 2025], "recommendation number, deadline")
    g.skip("2. Провести навчання соціальних робітників", [2], "recommendation number")
    g.skip("3. Наступну внутрішню оцінку провести у IV кварталі 2025 року.", [3, 2025], "recommendation, plan")
    g.note("Criteria table: each row gives a share (→ share with criterion, alt satisfaction) and a rating; the "
           "«Позитивних відповідей» column has no §3 id. The overall row gives 90,2 % and «добре» (criterion overall); "
           "the conclusions repeat the overall rating: a second rating fact.")
    g.note("The text's own bands (80–100 добре, 60–79,9 задовільно, <60 незадовільно) are used for rating_band. "
           "Захист та безпека 78,6 % rated «добре» is the planted slip.")
    g.note("«взято 12 осіб» → served (alt registered_new, support_started); «знято з обслуговування 9 осіб» → "
           "deregistered with labelled reasons; respondents «56 отримувачів» → survey_respondents persons "
           "(unit_alt recipients) with percent 78,9 of the 71 served.")
    g.note("«Порушень конфіденційності не виявлено» carries no figure and is not a fact.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
