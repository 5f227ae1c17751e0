"""b105_05: ТЦСО Рукшинської сільської ради (Чернівецька), internal quality assessment of home care in 2021.
DOCX, impersonal/third person, a criteria table (criterion / % positive answers / rating) with the document's
own bands, a survey paragraph with counts and percentages.
Planted slips: (1) rating_band: «Зручність» 71,2 % rated «добре», band for «добре» is 80–100 %;
(2) percent_mismatch: 16 men of 52 respondents written 32,8 % (30,8 % is right), which also makes the gender
shares sum to 102 % (percents_sum) — one slip, two findings."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

NAME = "b105_05_rukshyn_tcso_internal2021.docx"

HEAD = [
    "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) РУКШИНСЬКОЇ СІЛЬСЬКОЇ РАДИ",
    "60422, Чернівецька обл., Дністровський р-н, с. Рукшин, вул. Головна, 52, тел. (03731) 0-28-64, "
    "tcso.rukshyn@example.ua",
]
TITLE = "ЗВІТ про результати внутрішньої оцінки якості надання соціальної послуги догляду вдома за 2021 рік"
PARAS1 = [
    "Внутрішню оцінку якості проведено відповідно до Методичних рекомендацій, затверджених наказом Мінсоцполітики "
    "від 27.12.2013 № 904, на підставі наказу директора територіального центру від 10.01.2022 № 4-од комісією у "
    "складі 5 осіб у період з 12.01.2022 по 04.02.2022. Методи: вивчення особових справ, анкетування та "
    "інтерв’ю з отримувачами, спостереження.",
    "1. Загальна інформація про послугу",
    "У 2021 році соціальну послугу догляду вдома отримували 64 особи, у тому числі 38 одиноких громадян та 9 осіб з "
    "інвалідністю I–II груп. Протягом року взято на обслуговування 15 осіб, знято з обслуговування 11 осіб. "
    "Отримувачам надано 7 284 послуги догляду вдома. Обслуговування здійснювали 11 соціальних робітників при "
    "штатній чисельності відділення 12 посад.",
    "2. Анкетування отримувачів",
    "В анкетуванні взяли участь 52 отримувачі послуги (81,3 % від загальної кількості). Серед опитаних жінок – "
    "36 (69,2 %), чоловіків – 16 (32,8 %). Середній вік респондентів – 78 років.",
    "Якістю послуги повністю задоволені 38 осіб (73,1 %), частково задоволені – 11 осіб (21,2 %), не задоволені – "
    "3 особи (5,8 %).",
    "3. Оцінка за критеріями",
    "Рівень якості за кожним критерієм визначено за часткою позитивних відповідей: 80–100 % – «добре», "
    "60–79,9 % – «задовільно», менше 60 % – «незадовільно».",
    "Таблиця 2",
]
TABLE = [
    ("Критерій", "Частка позитивних відповідей, %", "Оцінка"),
    ("Адресність та індивідуальний підхід", "92,3", "добре", "targeting"),
    ("Результативність", "84,6", "добре", "effectiveness"),
    ("Своєчасність", "76,9", "задовільно", "timeliness"),
    ("Доступність та відкритість", "88,5", "добре", "accessibility"),
    ("Зручність", "71,2", "добре", "convenience"),
    ("Повага до гідності", "96,2", "добре", "dignity"),
    ("Професійність", "90,4", "добре", "professionalism"),
    ("Незалежність", "82,7", "добре", "independence"),
    ("Захист та безпека", "86,5", "добре", "safety"),
    ("Конфіденційність", "100", "добре", "confidentiality"),
    ("Загальна оцінка (середнє значення)", "86,9", "добре", "overall"),
]
PARAS2 = [
    "4. Висновки",
    "За результатами внутрішньої оцінки якість надання соціальної послуги догляду вдома у 2021 році визнано на "
    "рівні «добре». Протягом року надійшла 1 скарга (щодо несвоєчасного прибирання), яку розглянуто та визнано "
    "обґрунтованою.",
    "Рекомендовано: 1) переглянути графіки відвідування отримувачів у віддалених селах до 01.03.2022; "
    "2) забезпечити навчання соціальних робітників (16 годин) до 30.06.2022.",
    "Голова комісії                                   (підпис)",
]
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def build(path):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    for h in HEAD:
        doc.add_paragraph(h).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(TITLE, level=1)
    for p in PARAS1:
        if p[:2] in ("1.", "2.", "3."):
            doc.add_heading(p, level=2)
        else:
            doc.add_paragraph(p)
    t = doc.add_table(rows=len(TABLE), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j in range(3):
            t.cell(i, j).text = row[j]
    for p in PARAS2:
        if p.startswith("4."):
            doc.add_heading(p, level=2)
        else:
            doc.add_paragraph(p)
    save_docx(doc, path, author="ТЦСО")


def num(s):
    v = float(s.replace(",", "."))
    return int(v) if v.is_integer() else v


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Рукшинської сільської ради",
        "centre_type": "tcso", "settlement": "Рукшин", "oblast": "Чернівецька",
        "report_kind": "internal_assessment", "period_start": "2021-01-01", "period_end": "2021-12-31"},
        {"settlement": ["Рукшинська сільська громада"]})
    f = g.f
    sv = f("served", "persons", 64, "соціальну послугу догляду вдома отримували 64 особи", service="home_care")
    c1 = f("served", "persons", 38, "38 одиноких громадян", service="home_care", category="одинокі громадяни",
           parent=sv)
    c2 = f("served", "persons", 9, "9 осіб з інвалідністю I–II груп", service="home_care",
           category="особи з інвалідністю I–II груп", parent=sv)
    new = f("served", "persons", 15, "взято на обслуговування 15 осіб", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування")
    dr = f("deregistered", "persons", 11, "знято з обслуговування 11 осіб", service="home_care")
    sp = f("services_provided", "services", 7284, "Отримувачам надано 7 284 послуги догляду вдома", service="home_care")
    sa = f("staff_actual", "staff", 11, "Обслуговування здійснювали 11 соціальних робітників")
    ps = f("staff_positions", "positions", 12, "штатній чисельності відділення 12 посад")
    rs = f("survey_respondents", "recipients", 52, "В анкетуванні взяли участь 52 отримувачі послуги (81,3 %",
           percent=81.3, unit_alt="persons")
    w = f("survey_respondents", "persons", 36, "жінок – 36 (69,2 %)", percent=69.2, parent=rs, group="respondents_by_sex",
          label="жінки")
    m = f("survey_respondents", "persons", 16, "чоловіків – 16 (32,8 %)", percent=32.8, parent=rs,
          group="respondents_by_sex", label="чоловіки")
    s1 = f("survey_respondents", "persons", 38, "Якістю послуги повністю задоволені 38 осіб (73,1 %)", percent=73.1,
           parent=rs, group="respondents_by_satisfaction", label="повністю задоволені")
    s2 = f("survey_respondents", "persons", 11, "частково задоволені – 11 осіб (21,2 %)", percent=21.2, parent=rs,
           group="respondents_by_satisfaction", label="частково задоволені")
    s3 = f("survey_respondents", "persons", 3, "не задоволені – 3 особи (5,8 %)", percent=5.8, parent=rs,
           group="respondents_by_satisfaction", label="не задоволені")
    shares, ratings = {}, {}
    for name, pct, rate, crit in TABLE[1:]:
        q = f"{name}\t{pct}\t{rate}"
        shares[crit] = f("share", "percent", num(pct), q, criterion=crit, alt=["satisfaction"],
                         label="частка позитивних відповідей")
        ratings[crit] = f("rating", "rating", RATING[rate], q, criterion=crit)
    ov2 = f("rating", "rating", "good", "у 2021 році визнано на рівні «добре»", criterion="overall",
            note="the overall rating repeated in the conclusions")
    cm = f("complaints", "complaints", 1, "надійшла 1 скарга")

    n = lambda x: x[1:]
    BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.slip("rating_band", "error", "Зручність\t71,2\tдобре", "good", "satisfactory", [shares["convenience"],
           ratings["convenience"]],
           "71,2 % lies in the document's band 60–79,9 % «задовільно», but the table rates it «добре»",
           f"band(f{n(shares['convenience'])}, {BANDS}) == f{n(ratings['convenience'])}", slip=1)
    g.slip("percent_mismatch", "error", "чоловіків – 16 (32,8 %)", 32.8, 30.8, [m, rs],
           "16 of 52 respondents is 30,77 % → 30,8; written 32,8", f"pct_ok(p{n(m)}, f{n(m)}, f{n(rs)}, 1)", slip=2)
    g.slip("percents_sum", "error", "Серед опитаних жінок – 36 (69,2 %), чоловіків – 16 (32,8 %)", 102.0, 100,
           [w, m], "women 69,2 + men 32,8 = 102,0 % for a two-way partition of the 52 respondents (36 + 16 = 52); "
           "same slip as the percent_mismatch", f"psum_ok([p{n(w)}, p{n(m)}], 1)", slip=2)
    for crit in shares:
        if crit == "convenience":
            continue
        g.check("rating_band", [r for r in TABLE[1:] if r[3] == crit][0][0] + "\t",
                "share within the band of its rating",
                f"band(f{n(shares[crit])}, {BANDS}) == f{n(ratings[crit])}")
    g.check("percent_impossible", "Частка позитивних відповідей, %",
            "every criterion share is reachable with 52 respondents (48, 44, 40, 46, 37, 50, 47, 43, 45, 52 of 52)",
            " and ".join(f"grim_ok(f{n(shares[c])}, f{n(rs)}, 1)" for c in shares if c != "overall"))
    g.check("table_arithmetic", "Загальна оцінка (середнє значення)\t86,9\tдобре",
            "mean of the ten criteria: 869,3 / 10 = 86,93 → 86,9",
            "round((" + " + ".join(f"f{n(shares[c])}" for c in shares if c != "overall") + f") / 10, 1) == f{n(shares['overall'])}")
    g.check("percent_mismatch", "В анкетуванні взяли участь 52 отримувачі послуги (81,3 %",
            "52 / 64 = 81,25 % → 81,3 (half-up)", f"pct_ok(p{n(rs)}, f{n(rs)}, f{n(sv)}, 1)")
    g.check("percent_mismatch", "жінок – 36 (69,2 %)", "36 / 52 = 69,23 % → 69,2", f"pct_ok(p{n(w)}, f{n(w)}, f{n(rs)}, 1)")
    g.check("parts_sum", "Серед опитаних жінок – 36 (69,2 %), чоловіків – 16", "36 + 16 = 52",
            f"f{n(w)} + f{n(m)} == f{n(rs)}")
    g.check("percent_mismatch", "Якістю послуги повністю задоволені 38 осіб (73,1 %)",
            "38/52 = 73,08 → 73,1; 11/52 = 21,15 → 21,2; 3/52 = 5,77 → 5,8",
            f"pct_ok(p{n(s1)}, f{n(s1)}, f{n(rs)}, 1) and pct_ok(p{n(s2)}, f{n(s2)}, f{n(rs)}, 1) and pct_ok(p{n(s3)}, f{n(s3)}, f{n(rs)}, 1)")
    g.check("parts_sum", "частково задоволені – 11 осіб (21,2 %), не задоволені – 3 особи (5,8 %)", "38 + 11 + 3 = 52",
            f"f{n(s1)} + f{n(s2)} + f{n(s3)} == f{n(rs)}")
    g.check("percents_sum", "частково задоволені – 11 осіб (21,2 %), не задоволені – 3 особи (5,8 %)",
            "73,1 + 21,2 + 5,8 = 100,1 %, within rounding", f"psum_ok([p{n(s1)}, p{n(s2)}, p{n(s3)}], 1)")
    g.check("internal_conflict", "у 2021 році визнано на рівні «добре»", "conclusion = table overall rating",
            f"f{n(ov2)} == f{n(ratings['overall'])}")
    g.check("parts_sum", "у тому числі 38 одиноких громадян та 9 осіб", "overlapping categories of 64, each ≤ 64; 11 "
            "workers ≤ 12 positions", f"max(f{n(c1)}, f{n(c2)}) <= f{n(sv)} and f{n(sa)} <= f{n(ps)}")

    g.skip(HEAD[1], [60422, 52, 3731, 2864], "postcode, address, phone")
    g.skip("від 27.12.2013 № 904", [27, 12, 2013, 904], "legal act date and number")
    g.skip("від 10.01.2022 № 4-од комісією у складі 5 осіб у період з 12.01.2022 по 04.02.2022",
           [10, 1, 2022, 4, 5, 12, 1, 2022, 4, 2, 2022], "order, commission size, assessment dates")
    g.skip("1. Загальна інформація про послугу", [1, 2, 3, 4], "section numbers 1.–4.")
    g.skip("інвалідністю I–II груп", [], "disability groups (Roman numerals)")
    g.skip("Середній вік респондентів – 78 років.", [78], "age")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
           "band definitions")
    g.skip("Таблиця 2", [2], "table number")
    g.skip("Рекомендовано: 1) переглянути графіки відвідування отримувачів у віддалених селах до 01.03.2022; "
           "2) забезпечити навчання соціальних робітників (16 годин) до 30.06.2022.",
           [1, 1, 3, 2022, 2, 16, 30, 6, 2022], "numbered recommendations with deadlines and a duration")

    g.note("Criterion shares → share with criterion (alt satisfaction), label «частка позитивних відповідей»; each "
           "criterion's rating → rating with criterion; the «Загальна оцінка (середнє значення)» row → criterion overall.")
    g.note("The conclusions repeat the overall rating «добре»: a second rating/overall fact.")
    g.note("Survey answers written as counts with percentages (жінок 36 (69,2 %), повністю задоволені 38 (73,1 %) …) "
           "→ survey_respondents persons with percent, parts of the 52 (as the shared gold does for respondents by sex). "
           "The 52 «отримувачі» → recipients, unit_alt persons, percent 81,3 of the 64 served.")
    g.note("«взято на обслуговування 15 осіб» → served (alt registered_new, support_started); «знято з "
           "обслуговування 11 осіб» → deregistered.")
    g.note("«11 соціальних робітників при штатній чисельності відділення 12 посад» → staff_actual 11 and "
           "staff_positions 12 (of the home-care department; the centre's total staff is not given).")
    g.note("Complaints: «надійшла 1 скарга» → complaints 1.")
    g.note("Slip 2 is recorded as two findings sharing one slip id (percent_mismatch on the men's row, percents_sum on "
           "the pair).")
    return g


if __name__ == "__main__":
    build(report_path(NAME))
    gold().write()
