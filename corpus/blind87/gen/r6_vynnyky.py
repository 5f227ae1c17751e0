"""b87_06: external quality assessment of day care provided in 2023 by the ТЦСО м. Винники
(Львівська), written by an invented commission of the city's social-protection department.
reportlab PDF (DejaVu Sans), survey answers with counts and percentages, criteria table with bands."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from common import Gold, report_path, register_dejavu

DOC = "b87_06_vynnyky_tcso_external2023.pdf"

TOP = [
    ("b", "АКТ"),
    ("b", "зовнішньої оцінки якості соціальної послуги денного догляду, наданої у 2023 році "
          "Комунальною установою «Територіальний центр соціального обслуговування (надання соціальних "
          "послуг) м. Винники» Львівської міської ради"),
    ("c", "м. Винники, 28 лютого 2024 року"),
]
P = [
    "Комісія з проведення зовнішньої оцінки якості соціальних послуг, утворена наказом управління соціального "
    "захисту Львівської міської ради від 06.02.2024 № 17, у складі 4 осіб у період з 12 по 23 лютого 2024 року "
    "провела зовнішню оцінку якості соціальної послуги денного догляду, яку надає відділення денного "
    "перебування установи (79495, м. Винники, вул. Галицька, 22; тел. (032) 0-29-61-15; код ЄДРПОУ 38014762).",
    "Відділення розраховане на 30 місць. У 2023 році послугу денного догляду отримували 96 осіб, з них 61 жінка "
    "та 35 чоловіків; середній вік отримувачів – 71 рік. Послугу забезпечують 5 працівників відділення. "
    "За рік у відділенні проведено 142 групові заняття (арттерапія, комп’ютерна грамотність, скандинавська "
    "ходьба) та 26 екскурсій.",
    "Комісія перевірила 20 особових справ із 96, провела співбесіди з працівниками та анкетування. Опитано "
    "58 отримувачів послуги (60,4 % від загальної кількості).",
    "На запитання «Чи задоволені Ви якістю послуги?» відповіді розподілилися так: «так, повністю» – 39 осіб "
    "(67,2 %), «скоріше так» – 14 (24,1 %), «скоріше ні» – 4 (6,9 %), «ні» – 1 (1,7 %).",
    "Рівень відповідності кожному критерію визначено як частку позитивних відповідей опитаних: від 80 до 100 % – "
    "«добре», від 60 до 79 % – «задовільно», менше 60 % – «незадовільно».",
]
CAP = "Результати оцінки за критеріями"
TABLE = [
    ["№", "Критерій якості", "Позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "94,8", "добре"],
    ["2", "Результативність", "87,9", "добре"],
    ["3", "Своєчасність", "79,3", "добре"],
    ["4", "Доступність та відкритість", "91,4", "добре"],
    ["5", "Повага до гідності", "100,0", "добре"],
    ["6", "Професійність", "96,6", "добре"],
    ["7", "Захист та безпека", "98,3", "добре"],
    ["8", "Конфіденційність", "100,0", "добре"],
]
P2 = [
    "Скарг на якість послуги у 2023 році не зареєстровано.",
    "Висновок: загальний рівень якості соціальної послуги денного догляду – «добре».",
    "Рекомендовано до 30.06.2024 облаштувати пандус біля входу до відділення та переглянути розклад занять "
    "з урахуванням побажань 4 отримувачів, які відповіли «скоріше ні».",
    "Голова комісії (підпис)      Члени комісії: 3 підписи",
]


def build():
    register_dejavu()
    n = ParagraphStyle("n", fontName="DVSans", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
    c = ParagraphStyle("c", parent=n, alignment=TA_CENTER)
    b = ParagraphStyle("b", parent=c, fontName="DVSans-B", fontSize=11)
    cell = ParagraphStyle("cell", fontName="DVSansC", fontSize=9.5, leading=12)
    els = []
    for k, t in TOP:
        els.append(Paragraph(t, b if k == "b" else c))
    els += [Paragraph(t, n) for t in P]
    els.append(Paragraph(CAP, b))
    data = [[Paragraph(x, cell) if (i == 0 or j == 1) else x for j, x in enumerate(r)] for i, r in enumerate(TABLE)]
    t = Table(data, colWidths=[10 * mm, 80 * mm, 40 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DVSansC"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                           ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("ALIGN", (2, 1), (-1, -1), "CENTER")]))
    els += [t, Spacer(1, 8)]
    els += [Paragraph(x, n) for x in P2]
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="Акт зовнішньої оцінки", author="УСЗ")
    doc.build(els)


CRIT = {"Адресність та індивідуальний підхід": "targeting", "Результативність": "effectiveness",
        "Своєчасність": "timeliness", "Доступність та відкритість": "accessibility", "Повага до гідності": "dignity",
        "Професійність": "professionalism", "Захист та безпека": "safety", "Конфіденційність": "confidentiality"}


def num(s):
    v = float(s.replace(",", "."))
    return int(v) if v.is_integer() else v


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) м. Винники",
        "centre_type": "tcso",
        "settlement": "Винники",
        "oblast": "Львівська",
        "report_kind": "external_assessment",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    }, {"centre": ["Комунальна установа «Територіальний центр соціального обслуговування (надання соціальних "
                   "послуг) м. Винники» Львівської міської ради"],
        "period_start": ["2024-02-12"], "period_end": ["2024-02-23"]})
    F = g.f
    D = "day_care"
    sv = F("served", "persons", 96, "У 2023 році послугу денного догляду отримували 96 осіб", service=D)
    w = F("served", "persons", 61, "з них 61 жінка", service=D, label="жінки", group="served_96_by_sex", parent=sv)
    m = F("served", "persons", 35, "35 чоловіків", service=D, label="чоловіки", group="served_96_by_sex", parent=sv)
    st = F("staff_actual", "staff", 5, "Послугу забезпечують 5 працівників відділення", service=D)
    e1 = F("events", "events", 142, "проведено 142 групові заняття", service=D, label="групові заняття")
    e2 = F("events", "events", 26, "та 26 екскурсій", service=D, label="екскурсії")
    rs = F("survey_respondents", "persons", 58, "Опитано 58 отримувачів послуги (60,4 % від загальної кількості)",
           service=D, percent=60.4, unit_alt="recipients")
    a1 = F("survey_respondents", "persons", 39, "«так, повністю» – 39 осіб (67,2 %)", service=D, percent=67.2,
           label="задоволені якістю: так, повністю", group="answers_58", parent=rs)
    a2 = F("survey_respondents", "persons", 14, "«скоріше так» – 14 (24,1 %)", service=D, percent=24.1,
           label="задоволені якістю: скоріше так", group="answers_58", parent=rs)
    a3 = F("survey_respondents", "persons", 4, "«скоріше ні» – 4 (6,9 %)", service=D, percent=6.9,
           label="задоволені якістю: скоріше ні", group="answers_58", parent=rs)
    a4 = F("survey_respondents", "persons", 1, "«ні» – 1 (1,7 %)", service=D, percent=1.7,
           label="задоволені якістю: ні", group="answers_58", parent=rs)
    ids = {}
    for r in TABLE[1:]:
        q = "\t".join(r)
        s = F("share", "percent", num(r[2]), q, service=D, criterion=CRIT[r[1]], label=r[1], alt=["satisfaction"])
        rt = F("rating", "rating", "good", q, service=D, criterion=CRIT[r[1]])
        ids[CRIT[r[1]]] = (s, rt)
    ov = F("rating", "rating", "good", "загальний рівень якості соціальної послуги денного догляду – «добре»",
           service=D, criterion="overall")
    cp = F("complaints", "complaints", 0, "Скарг на якість послуги у 2023 році не зареєстровано.", service=D)

    bands = "[(80, 100, 'good'), (60, 79.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    ts, tr = ids["timeliness"]
    g.slip("rating_band", "error", "3\tСвоєчасність\t79,3\tдобре", "good", "satisfactory", [ts, tr],
           "the act's own bands: 80–100 % «добре», 60–79 % «задовільно»; Своєчасність 79,3 % (46 of 58) is "
           "rated «добре»", f"band({ts}, {bands}) == {tr}", slip=1)
    C = g.check
    C("parts_sum", "з них 61 жінка та 35 чоловіків", "61 + 35 = 96", f"{w} + {m} == {sv}")
    C("percent_mismatch", "Опитано 58 отримувачів послуги (60,4 % від загальної кількості)", "58/96 = 60,42 % → 60,4",
      f"pct_ok(p{rs[1:]}, {rs}, {sv}, 1)")
    C("parts_sum", "«так, повністю» – 39 осіб (67,2 %)", "39 + 14 + 4 + 1 = 58", f"{a1} + {a2} + {a3} + {a4} == {rs}")
    C("percent_mismatch", "«скоріше так» – 14 (24,1 %)", "39/58 = 67,24; 14/58 = 24,14; 4/58 = 6,90; 1/58 = 1,72",
      " and ".join(f"pct_ok(p{a[1:]}, {a}, {rs}, 1)" for a in (a1, a2, a3, a4)))
    C("percents_sum", "«так, повністю» – 39 осіб (67,2 %), «скоріше так» – 14 (24,1 %)",
      "67,2 + 24,1 + 6,9 + 1,7 = 99,9, within rounding",
      f"psum_ok([p{a1[1:]}, p{a2[1:]}, p{a3[1:]}, p{a4[1:]}], 1)")
    C("percent_impossible", "Результати оцінки за критеріями",
      "every criterion share is k/58: 55, 51, 46, 53, 58, 56, 57, 58",
      " and ".join(f"grim_ok({s}, {rs}, 1)" for s, _ in ids.values()))
    C("rating_band", "від 80 до 100 % – «добре»", "the other seven ratings fit the bands (all ≥ 80 %)",
      " and ".join(f"band({s}, {bands}) == {r}" for k, (s, r) in ids.items() if k != "timeliness"))
    S = g.skip
    S("наданої у 2023 році", [2023], "year of the assessed period (also in «У 2023 році», «у 2023 році»)")
    S("м. Винники, 28 лютого 2024 року", [28, 2024], "date of the act")
    S("наказом управління соціального захисту Львівської міської ради від 06.02.2024 № 17", [6, 2, 2024, 17],
      "order date and number")
    S("у складі 4 осіб у період з 12 по 23 лютого 2024 року", [4, 12, 23, 2024], "commission size, assessment dates")
    S("(79495, м. Винники, вул. Галицька, 22; тел. (032) 0-29-61-15; код ЄДРПОУ 38014762)",
      [79495, 22, 32, 29, 61, 15, 38014762], "postcode, address, phone, ЄДРПОУ")
    S("Відділення розраховане на 30 місць", [30], "capacity")
    S("середній вік отримувачів – 71 рік", [71], "average age")
    S("Комісія перевірила 20 особових справ із 96", [20, 96], "case files checked (method); 96 repeated")
    S("від 80 до 100 % – «добре», від 60 до 79 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79, 60],
      "rating bands")
    S("1\tАдресність та індивідуальний підхід\t94,8\tдобре", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers 1–8")
    S("Рекомендовано до 30.06.2024 облаштувати пандус", [30, 6, 2024], "deadline of a recommendation")
    S("з урахуванням побажань 4 отримувачів, які відповіли «скоріше ні»", [4], "the 4 «скоріше ні» repeated")
    S("Члени комісії: 3 підписи", [3], "signatures")
    g.note("an external assessment of one service (day care): every fact carries service day_care")
    g.note("meta: the assessed period is 2023 (the service «надана у 2023 році»); the assessment itself ran "
           "12–23 February 2024, accepted as meta_alt")
    g.note("the survey answers are parts of the 58 respondents (survey_respondents with label and percent); "
           "the 58 carry their share of the 96 recipients as percent")
    g.note("criteria shares → share with criterion (alt satisfaction), quoted by the table row with the row "
           "number; «Захист та безпека» → safety; the overall rating comes only from the conclusion")
    g.note("Винники has been part of the Львівська міська територіальна громада since 2020; the provider is "
           "invented as an institution of the Львівська міська рада named after the town")
    g.write()


if __name__ == "__main__":
    build()
    gold()
