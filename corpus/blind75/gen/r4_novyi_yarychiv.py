"""b75_04: КУ «ЦНСП» Новояричівської селищної ради (Львівська), internal quality assessment of home care, 2024.
reportlab PDF (DejaVu fonts), criteria table with the document's own rating bands; third-person voice."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_dejavu

DOC = "b75_04_novyi_yarychiv_cnsp_internal2024.pdf"

HEAD = [
    ("c", "Комунальна установа «Центр надання соціальних послуг» Новояричівської селищної ради<br/>Львівського району Львівської області"),
    ("c", "80455, смт Новий Яричів, вул. Шевченка, 9; тел. (03231) 0-42-19; код ЄДРПОУ 42260871"),
    ("t", "ЗВІТ<br/>про проведення внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році"),
    ("p", "Внутрішню оцінку якості проведено відповідно до Методичних рекомендацій, затверджених наказом Мінсоцполітики від 27.12.2013 № 904, на підставі наказу директора Центру від 04.11.2024 № 57-ОД. Оцінювання здійснювала робоча група у складі 5 осіб у період з 11.11.2024 по 06.12.2024."),
    ("p", "У громаді проживає 6 912 осіб віком від 60 років. У 2024 році послугу догляду вдома отримували 163 особи, з них 41 – особи з інвалідністю, 12 – внутрішньо переміщені особи. Протягом року на обслуговування взято 29 осіб, знято з обслуговування 24 особи: 17 – у зв'язку зі смертю, 5 – у зв'язку з влаштуванням до закладів стаціонарного догляду, 2 – за власним бажанням. Надано 21 604 послуги догляду вдома."),
    ("p", "Безоплатно послугу отримували 139 осіб, з установленням диференційованої плати – 18, платно – 6. Вартість 1 години послуги становить 84,00 грн (рішення виконавчого комітету від 21.03.2024 № 112)."),
    ("p", "Послугу надають 26 соціальних робітників; середнє навантаження – 6,3 отримувача на одного працівника. У 2024 році 22 соціальні робітники пройшли навчання з питань догляду за особами з деменцією."),
    ("p", "Для оцінки використано аналіз 163 особових справ, спостереження та анкетування. В анкетуванні взяли участь 74 отримувачі послуги (45,4 % від загальної кількості). Рівень дотримання критеріїв визначено за шкалою: 80–100 % позитивних відповідей – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно»."),
    ("p", "Таблиця. Результати оцінки за критеріями"),
]
TABLE = [
    ["№ з/п", "Критерій", "Частка позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "94,6", "добре"],
    ["2", "Результативність", "86,5", "добре"],
    ["3", "Своєчасність", "81,1", "добре"],
    ["4", "Доступність та відкритість", "77,3", "задовільно"],
    ["5", "Повага до гідності отримувача", "100", "добре"],
    ["6", "Професійність", "91,9", "добре"],
    ["", "Загальна оцінка", "", "добре"],
]
TAIL = [
    ("p", "Скарг на якість надання послуги протягом 2024 року не надходило, надійшло 2 письмові подяки."),
    ("p", "Висновок: якість соціальної послуги догляду вдома, наданої Центром у 2024 році, відповідає рівню «добре». Нижчу оцінку за критерієм доступності зумовлено віддаленістю 7 сіл громади від центру та нерегулярним транспортним сполученням."),
    ("p", "Рекомендації: 1) до 01.03.2025 розмістити інформацію про послугу в усіх старостинських округах; 2) у I кварталі 2025 року провести повторне анкетування отримувачів, які проживають у віддалених селах."),
    ("p", "Голова робочої групи ____________"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DSans", 8)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


def build():
    register_dejavu()
    base = ParagraphStyle("b", fontName="DSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
    cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontSize=9.5)
    tit = ParagraphStyle("t", parent=base, fontName="DSerif-B", alignment=TA_CENTER, fontSize=12, spaceBefore=8,
                         spaceAfter=10, leading=16)
    cell = ParagraphStyle("cell", fontName="DSans", fontSize=9, leading=11)
    styles = {"p": base, "c": cen, "t": tit}
    story = []
    for k, t in HEAD:
        story.append(Paragraph(t, styles[k]))
    data = [[Paragraph(c, cell) for c in row] for row in TABLE]
    tb = Table(data, colWidths=[14 * mm, 70 * mm, 48 * mm, 30 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [tb, Spacer(1, 8)]
    for k, t in TAIL:
        story.append(Paragraph(t, styles[k]))
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Внутрішня оцінка якості 2024", author="ЦНСП")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Новояричівської селищної ради",
        "centre_type": "cnsp", "settlement": "Новий Яричів", "oblast": "Львівська",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Новояричівської селищної ради",
                    "КУ «Центр надання соціальних послуг» Новояричівської селищної ради"]})
    f = g.f
    hc = f("served", "persons", 163, "У 2024 році послугу догляду вдома отримували 163 особи", service="home_care")
    dis = f("served", "persons", 41, "з них 41 – особи з інвалідністю", service="home_care",
            category="особи з інвалідністю", parent=hc)
    idp = f("served", "persons", 12, "12 – внутрішньо переміщені особи", service="home_care",
            category="внутрішньо переміщені особи", parent=hc)
    new = f("served", "persons", 29, "Протягом року на обслуговування взято 29 осіб", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування")
    dr = f("deregistered", "persons", 24, "знято з обслуговування 24 особи", service="home_care")
    d1 = f("deregistered", "persons", 17, "17 – у зв'язку зі смертю", service="home_care", label="у зв'язку зі смертю",
           alt=["outcome_other"], group="removed_24_by_reason", parent=dr)
    d2 = f("deregistered", "persons", 5, "5 – у зв'язку з влаштуванням до закладів стаціонарного догляду",
           service="home_care", label="у зв'язку з влаштуванням до закладів стаціонарного догляду",
           alt=["outcome_other"], group="removed_24_by_reason", parent=dr)
    d3 = f("deregistered", "persons", 2, "2 – за власним бажанням", service="home_care", label="за власним бажанням",
           alt=["outcome_other"], group="removed_24_by_reason", parent=dr)
    f("services_provided", "services", 21604, "Надано 21 604 послуги догляду вдома", service="home_care")
    b1 = f("served", "persons", 139, "Безоплатно послугу отримували 139 осіб", service="home_care", label="безоплатно",
           group="home_care_163_by_payment", parent=hc)
    b2 = f("served", "persons", 18, "з установленням диференційованої плати – 18", service="home_care",
           label="з установленням диференційованої плати", group="home_care_163_by_payment", parent=hc)
    b3 = f("served", "persons", 6, "платно – 6", service="home_care", label="платно", group="home_care_163_by_payment",
           parent=hc)
    sa = f("staff_actual", "staff", 26, "Послугу надають 26 соціальних робітників", label="соціальні робітники")
    st = f("staff_trained", "staff", 22, "У 2024 році 22 соціальні робітники пройшли навчання")
    sv = f("survey_respondents", "recipients", 74, "В анкетуванні взяли участь 74 отримувачі послуги (45,4 %",
           percent=45.4, service="home_care", unit_alt="persons")
    crit = [("targeting", "1\tАдресність та індивідуальний підхід\t94,6\tдобре", 94.6, "good"),
            ("effectiveness", "2\tРезультативність\t86,5\tдобре", 86.5, "good"),
            ("timeliness", "3\tСвоєчасність\t81,1\tдобре", 81.1, "good"),
            ("accessibility", "4\tДоступність та відкритість\t77,3\tзадовільно", 77.3, "satisfactory"),
            ("dignity", "5\tПовага до гідності отримувача\t100\tдобре", 100, "good"),
            ("professionalism", "6\tПрофесійність\t91,9\tдобре", 91.9, "good")]
    shares, rates = [], []
    for cid, q, p, r in crit:
        shares.append(f("share", "percent", p, q, criterion=cid, service="home_care", alt=["satisfaction"],
                        label="частка позитивних відповідей"))
        rates.append(f("rating", "rating", r, q, criterion=cid, service="home_care"))
    ov1 = f("rating", "rating", "good", "Загальна оцінка\t\tдобре", criterion="overall", service="home_care")
    ov2 = f("rating", "rating", "good", "наданої Центром у 2024 році, відповідає рівню «добре»", criterion="overall",
            service="home_care", note="the overall rating said again in the conclusion: second fact")
    f("complaints", "complaints", 0, "Скарг на якість надання послуги протягом 2024 року не надходило")

    acc = shares[3]
    g.slip("percent_impossible", "error", "4\tДоступність та відкритість\t77,3\tзадовільно", 77.3, "77,0 or 78,4",
           [acc, sv], "with 74 respondents no whole number of positive answers gives 77,3 % (57/74 = 77,0 %, "
           "58/74 = 78,4 %)", f"grim_ok({acc}, {sv}, 1)")
    g.check("percent_impossible", "Таблиця. Результати оцінки за критеріями",
            "the other five shares are reachable with 74 respondents (70, 64, 60, 74, 68 of 74)",
            " and ".join(f"grim_ok({x}, {sv}, 1)" for i, x in enumerate(shares) if i != 3))
    bands = "[(80, 100, 'good'), (51, 79.99, 'satisfactory'), (0, 50.99, 'unsatisfactory')]"
    g.check("rating_band", "80–100 % позитивних відповідей – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно»",
            "every criterion's rating agrees with its share under the document's bands",
            " and ".join(f"band({s_}, {bands}) == {r_}" for s_, r_ in zip(shares, rates)))
    g.check("percent_mismatch", "В анкетуванні взяли участь 74 отримувачі послуги (45,4 %",
            "74 / 163 = 45,4 %", f"pct_ok(p{sv[1:]}, {sv}, {hc}, 1)")
    g.check("parts_sum", "знято з обслуговування 24 особи: 17 – у зв'язку зі смертю", "17 + 5 + 2 = 24",
            f"{d1} + {d2} + {d3} == {dr}")
    g.check("parts_sum", "Безоплатно послугу отримували 139 осіб", "139 + 18 + 6 = 163", f"{b1} + {b2} + {b3} == {hc}")
    g.check("parts_sum", "з них 41 – особи з інвалідністю, 12 – внутрішньо переміщені особи",
            "overlapping categories each ≤ 163; 22 trained ≤ 26", f"{dis} <= {hc} and {idp} <= {hc} and {st} <= {sa}")
    g.check("internal_conflict", "відповідає рівню «добре»", "overall «добре» in the table and in the conclusion",
            f"{ov1} == {ov2}")

    g.skip("80455, смт Новий Яричів, вул. Шевченка, 9; тел. (03231) 0-42-19; код ЄДРПОУ 42260871",
           [80455, 9, 3231, 4219, 42260871], "postcode, address, phone, ЄДРПОУ")
    g.skip("наданої у 2024 році", [2024], "report period (meta)")
    g.skip("наказом Мінсоцполітики від 27.12.2013 № 904, на підставі наказу директора Центру від 04.11.2024 № 57-ОД",
           [27, 12, 2013, 904, 4, 11, 2024, 57], "order dates and numbers")
    g.skip("робоча група у складі 5 осіб у період з 11.11.2024 по 06.12.2024", [5, 11, 11, 2024, 6, 12, 2024],
           "working-group size, assessment dates")
    g.skip("У громаді проживає 6 912 осіб віком від 60 років.", [6912, 60], "population aged 60+")
    g.skip("Вартість 1 години послуги становить 84,00 грн (рішення виконавчого комітету від 21.03.2024 № 112)",
           [1, 84, 21, 3, 2024, 112], "hourly tariff, decision date and number")
    g.skip("середнє навантаження – 6,3 отримувача на одного працівника", [6.3], "ratio")
    g.skip("Для оцінки використано аналіз 163 особових справ", [163], "case files analysed (method, not a fact)")
    g.skip("80–100 % позитивних відповідей – «добре», 51–79 % – «задовільно», 0–50 % – «незадовільно»",
           [80, 100, 51, 79, 0, 50], "rating band definitions")
    g.skip("№ з/п\tКритерій", [1, 2, 3, 4, 5, 6], "row numbers of the criteria table")
    g.skip("надійшло 2 письмові подяки", [2], "letters of thanks (no §3 id)")
    g.skip("віддаленістю 7 сіл громади", [7], "settlement count")
    g.skip("Рекомендації: 1) до 01.03.2025", [1, 1, 3, 2025, 2], "recommendation numbers and deadline")
    g.skip("у I кварталі 2025 року провести повторне анкетування", [1, 2025], "plan")

    g.note("criteria shares → share with criterion and service home_care (alt satisfaction); each row also gives a rating fact; the overall rating is written twice (table, conclusion)")
    g.note("bands are checked with 79.99 / 50.99 upper bounds so that decimals between the written whole bands fall into the lower band")
    g.note("the page footer «Сторінка 1» is dropped by the reader")
    g.write()


if __name__ == "__main__":
    build()
    gold()
