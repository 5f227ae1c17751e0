"""b110_03: КУ «ЦНСП» Водяницької сільської ради (Черкаська), internal quality assessment of home care, 2022.
reportlab PDF, impersonal/third person, criteria table with the document's own bands.
Slip: percent_impossible (Зручність 92,4 % of 46 respondents)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b110_03_vodianyky_cnsp_internal2022.pdf"

CRIT = [
    ("1", "Адресність та індивідуальний підхід", "targeting", "95,7", "добре"),
    ("2", "Результативність", "effectiveness", "89,1", "добре"),
    ("3", "Своєчасність", "timeliness", "84,8", "добре"),
    ("4", "Доступність та відкритість", "accessibility", "76,1", "задовільно"),
    ("5", "Зручність", "convenience", "92,4", "добре"),
    ("6", "Повага до гідності", "dignity", "100", "добре"),
    ("7", "Професійність", "professionalism", "93,5", "добре"),
]
RAT = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}

PARAS = [
    ("h", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ВОДЯНИЦЬКОЇ СІЛЬСЬКОЇ РАДИ"),
    ("c", "20634, Черкаська обл., Звенигородський р-н, с. Водяники, вул. Шевченка, 52, тел. (04740) 0-62-15, "
          "cnsp.vodianyky@example.ua, код ЄДРПОУ 43390518"),
    ("h", "ЗВІТ про результати внутрішньої оцінки якості надання соціальної послуги догляду вдома за 2022 рік"),
    ("p", "Внутрішню оцінку якості проведено відповідно до Порядку, затвердженого постановою Кабінету Міністрів "
          "України від 01.06.2020 № 449, та Методичних рекомендацій, затверджених наказом Мінсоцполітики від "
          "27.12.2013 № 904. Робоча група у складі 5 осіб, утворена наказом директора від 14.11.2022 № 48-од, "
          "працювала з 15 листопада по 9 грудня 2022 року."),
    ("b", "1. Загальна інформація про надання послуги"),
    ("p", "Послугу догляду вдома надає відділення соціальної допомоги вдома, що обслуговує 9 сіл громади. "
          "Протягом 2022 року послугу отримали 138 осіб, з них жінок – 97, чоловіків – 41. Серед отримувачів "
          "17 внутрішньо переміщених осіб. На початок року на обслуговуванні перебувало 112 осіб, упродовж року "
          "взято на обслуговування 26 осіб, знято з обслуговування 17 осіб. Станом на 31.12.2022 послугу "
          "отримує 121 особа."),
    ("p", "Отримувачам надано 16 842 соціальні послуги. Штатна чисельність відділення – 16 посад, фактично "
          "працюють 14 соціальних робітників; шестеро з них у 2022 році пройшли навчання з догляду за "
          "маломобільними особами. Середній вік отримувачів – 79 років."),
    ("b", "2. Анкетування отримувачів"),
    ("p", "В анкетуванні взяли участь 46 отримувачів послуги (33,3 % від їх загальної кількості). Якістю догляду "
          "повністю задоволені 87,0 % опитаних, частково задоволені – 10,9 %, не задоволені – 2,2 %. "
          "Частка отримувачів, у яких за результатами повторного оцінювання покращився або стабілізувався "
          "стан, становить 21 %."),
    ("b", "3. Оцінка за показниками якості"),
    ("p", "Рівень дотримання показника визначено як частку позитивних відповідей і відповідностей: "
          "80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»."),
    ("table", None),
    ("p", "Таблиця 1. Результати оцінки за показниками якості (%, n = 46)"),
    ("b", "4. Висновки та рекомендації"),
    ("p", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре». Скарг від отримувачів "
          "протягом 2022 року не надходило. Рекомендовано: 1) розмістити інформацію про послугу на сайті "
          "громади до 01.03.2023; 2) переглянути графіки відвідувань у 3 віддалених селах; 3) забезпечити "
          "соціальних робітників 2 велосипедами."),
    ("p", "Голова робочої групи ____________        Дата складання: 16.12.2022"),
]


def build(path):
    register_fonts()
    st = {"p": ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6),
          "c": ParagraphStyle("c", fontName="LSerif-I", fontSize=9, leading=11, alignment=1, spaceAfter=8),
          "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=6),
          "b": ParagraphStyle("b", fontName="LSerif-B", fontSize=11, leading=14, spaceBefore=4, spaceAfter=4)}
    story = []
    for kind, text in PARAS:
        if kind == "table":
            data = [["№", "Показник якості", "Рівень, %", "Оцінка"]] + [[a, b, d, e] for a, b, _, d, e in CRIT]
            data.append(["", "Загальна оцінка", "", "добре"])
            t = Table(data, colWidths=[12 * mm, 85 * mm, 25 * mm, 30 * mm])
            t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                                   ("FONTNAME", (0, 0), (-1, 0), "LSerif-B"),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            story += [t, Spacer(1, 4)]
        else:
            story.append(Paragraph(text, st[kind]))
    SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm, title="Звіт про внутрішню оцінку якості",
                      author="ЦНСП", creator="ЦНСП", producer="ЦНСП").build(story)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Водяницької сільської ради",
        "centre_type": "cnsp", "settlement": "Водяники", "oblast": "Черкаська",
        "report_kind": "internal_assessment", "period_start": "2022-01-01", "period_end": "2022-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Водяницької сільської ради",
                    "КУ «Центр надання соціальних послуг» Водяницької сільської ради"],
         "settlement": ["Водяницька сільська громада", "Водяницька громада"]})
    f = g.f
    H = "home_care"
    tot = f("served", "persons", 138, "Протягом 2022 року послугу отримали 138 осіб", service=H)
    w = f("served", "persons", 97, "жінок – 97", service=H, label="жінки", group="served_138_by_sex", parent=tot)
    m = f("served", "persons", 41, "чоловіків – 41", service=H, label="чоловіки", group="served_138_by_sex", parent=tot)
    idp = f("served", "persons", 17, "Серед отримувачів \n17 внутрішньо переміщених осіб".replace(" \n", " "), service=H,
            category="внутрішньо переміщені особи", parent=tot)
    new = f("served", "persons", 26, "взято на обслуговування 26 осіб", service=H, label="взято на обслуговування",
            alt=["registered_new", "support_started"])
    der = f("deregistered", "persons", 17, "знято з обслуговування 17 осіб", service=H)
    ong = f("support_ongoing", "persons", 121, "Станом на 31.12.2022 послугу \nотримує 121 особа".replace(" \n", " "),
            service=H, alt=["served"])
    sv = f("services_provided", "services", 16842, "Отримувачам надано 16 842 соціальні послуги", service=H)
    pos = f("staff_positions", "positions", 16, "Штатна чисельність відділення – 16 посад")
    act = f("staff_actual", "staff", 14, "фактично \nпрацюють 14 соціальних робітників".replace(" \n", " "))
    tr = f("staff_trained", "staff", 6, "шестеро з них у 2022 році пройшли навчання", parent=act, note="number in words")
    sr = f("survey_respondents", "recipients", 46, "В анкетуванні взяли участь 46 отримувачів послуги (33,3 %",
           percent=33.3, service=H, unit_alt="persons")
    s1 = f("satisfaction", "percent", 87, "повністю задоволені 87,0 % опитаних", service=H,
           label="повністю задоволені якістю догляду", alt=["share"])
    s2 = f("share", "percent", 10.9, "частково задоволені – 10,9 %", service=H,
           label="частково задоволені якістю догляду", alt=["satisfaction"])
    s3 = f("share", "percent", 2.2, "не задоволені – 2,2 %", service=H, label="не задоволені якістю догляду")
    eff = f("share", "percent", 21, "стан, становить 21 %", service=H, criterion="effectiveness",
            label="частка отримувачів, у яких покращився або стабілізувався стан")
    ids = {}
    for n, name, crit, pct, rat in CRIT:
        q = "\t".join((n, name, pct, rat))
        v = float(pct.replace(",", ".")) if "," in pct else int(pct)
        a = f("share", "percent", v, q, service=H, criterion=crit, label=name, alt=["satisfaction"])
        b = f("rating", "rating", RAT[rat], q, service=H, criterion=crit)
        ids[crit] = (a, b)
    ov = f("rating", "rating", "good", "Загальна оцінка\t\tдобре", service=H, criterion="overall")
    ov2 = f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
            service=H, criterion="overall")
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів \nпротягом 2022 року не надходило".replace(" \n", " "),
           service=H)

    cq = "5\tЗручність\t92,4\tдобре"
    a5 = ids["convenience"][0]
    g.slip("percent_impossible", "error", cq, 92.4, "91,3 (42 of 46) or 93,5 (43 of 46)", [a5, sr],
           "the table is computed over n = 46 respondents (caption and section 2); no whole k of 46 gives 92,4 % "
           "(42/46 = 91,30 %, 43/46 = 93,48 %)", f"grim_ok({a5}, {sr}, 1)")
    g.check("parts_sum", "з них жінок – 97, чоловіків – 41", "97 + 41 = 138; 17 IDP ≤ 138",
            f"{w} + {m} == {tot} and {idp} <= {tot}")
    g.check("parts_sum", "На початок року на обслуговуванні перебувало 112 осіб",
            "112 at the start + 26 taken = 138 served; 138 − 17 taken off = 121 at year end",
            f"112 + {new} == {tot} and {tot} - {der} == {ong}")
    g.check("percent_mismatch", "В анкетуванні взяли участь 46 отримувачів послуги (33,3 %",
            "46 / 138 = 33,33 % → 33,3", f"pct_ok(p{sr[1:]}, {sr}, {tot}, 1)")
    g.check("percent_impossible", "повністю задоволені 87,0 % опитаних",
            "87,0 / 10,9 / 2,2 % are 40 / 5 / 1 of 46", f"grim_ok({s1}, {sr}, 1) and grim_ok({s2}, {sr}, 1) and grim_ok({s3}, {sr}, 1)")
    g.check("percents_sum", "повністю задоволені 87,0 % опитаних, частково задоволені – 10,9 %, не задоволені – 2,2 %",
            "87,0 + 10,9 + 2,2 = 100,1 %, within the rounding of three one-decimal shares", f"psum_ok([{s1}, {s2}, {s3}], 1)")
    others = [c for c in ids if c != "convenience"]
    g.check("percent_impossible", "Таблиця 1. Результати оцінки за показниками якості (%, n = 46)",
            "the other six criterion levels are reachable with n = 46 (44, 41, 39, 35, 46, 43 of 46)",
            " and ".join(f"grim_ok({ids[c][0]}, {sr}, 1)" for c in others))
    B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.check("rating_band", "80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»",
            "each criterion's rating matches the document's bands (76,1 → задовільно, the rest ≥ 80 → добре)",
            " and ".join(f"band({ids[c][0]}, {B}) == {ids[c][1]}" for c in ids))
    g.check("parts_sum", "фактично \nпрацюють 14 соціальних робітників".replace(" \n", " "), "14 ≤ 16; 6 trained ≤ 14",
            f"{act} <= {pos} and {tr} <= {act}")

    g.skip("20634, Черкаська обл., Звенигородський р-н, с. Водяники, вул. Шевченка, 52, тел. (04740) 0-62-15",
           [20634, 52, 4740, 6215], "postcode, address, phone")
    g.skip("код ЄДРПОУ 43390518", [43390518], "ЄДРПОУ")
    g.skip("догляду вдома за 2022 рік", [2022], "year of the title")
    g.skip("постановою Кабінету Міністрів України від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act")
    g.skip("наказом Мінсоцполітики від \n27.12.2013 № 904".replace(" \n", " "), [27, 12, 2013, 904], "legal act")
    g.skip("Робоча група у складі 5 осіб, утворена наказом директора від 14.11.2022 № 48-од", [5, 14, 11, 2022, 48],
           "working-group size, order date and number")
    g.skip("працювала з 15 листопада по 9 грудня 2022 року", [15, 9, 2022], "assessment dates")
    g.skip("що обслуговує 9 сіл громади", [9], "number of villages")
    g.skip("На початок року на обслуговуванні перебувало 112 осіб", [112],
           "start-of-year figure (a point before the period's flows; used as a literal in a check)")
    g.skip("Середній вік отримувачів – 79 років", [79], "average age")
    g.skip("1. Загальна інформація про надання послуги", [1, 2, 3, 4], "section numbers")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
           "band definitions")
    g.skip("Таблиця 1. Результати оцінки за показниками якості (%, n = 46)", [1, 46], "table number; n repeats the 46 respondents")
    g.skip("1\tАдресність", [1, 2, 3, 4, 5, 6, 7], "row numbers")
    g.skip("до 01.03.2023; 2) переглянути графіки відвідувань у 3 віддалених селах; 3) забезпечити соціальних робітників 2 велосипедами",
           [1, 3, 2023, 2, 3, 3, 2], "recommendations: numbering, deadline, villages, items")
    g.skip("Дата складання: 16.12.2022", [16, 12, 2022], "date")

    g.note("the assessment covers home care (service home_care) in 2022; every fact of the service carries it")
    g.note("the criteria table: each row gives a `share` (criterion set, alt satisfaction) and a `rating`; the overall rating appears in the table and in the conclusions: two facts")
    g.note("«шестеро» is a number in words → staff_trained 6")
    g.note("«Станом на 31.12.2022 послугу отримує 121 особа» → support_ongoing (alt served); the 112 at the start of the year are skipped")
    g.note("«взято на обслуговування 26 осіб» → served with a label (alt registered_new, support_started), as in blind18")
    g.note("«21 %» (improved or stabilised) → share with criterion effectiveness")
    g.note("Зручність 92,4 % cannot come from 46 respondents (planted slip); its rating «добре» agrees with the bands, so no rating_band finding")
    g.write()


if __name__ == "__main__":
    build(report_path(DOC))
    gold()
