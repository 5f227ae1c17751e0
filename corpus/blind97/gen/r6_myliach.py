"""b97_06: external quality assessment of home care provided in 2023 by КУ «ЦНСП» Миляцької сільської ради
(Рівненська), written by the УСЗН of the district military administration. DOCX, third person, a survey
table with bare percentages, bullet list of ratings. Planted slip: percent_impossible."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b97_06_myliach_cnsp_external2023.docx"

TOP = ["УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
       "САРНЕНСЬКОЇ РАЙОННОЇ ВІЙСЬКОВОЇ АДМІНІСТРАЦІЇ РІВНЕНСЬКОЇ ОБЛАСТІ",
       "34500, м. Сарни, вул. Соборна, 18, тел. (03655) 0-31-09, uszn.sarny@example.ua"]
TITLE = "ВИСНОВОК"
SUB = ("за результатами зовнішньої оцінки якості надання соціальної послуги догляду вдома "
       "Комунальною установою «Центр надання соціальних послуг» Миляцької сільської ради у 2023 році")
SECTIONS = [
    ("p", "Зовнішню оцінку проведено відповідно до наказу управління від 08.01.2024 № 3 комісією у складі "
          "трьох осіб з 15 по 19 січня 2024 року. Оцінювався період з 1 січня по 31 грудня 2023 року."),
    ("p", "Методи: вивчення документації (особових справ, журналів обліку), анкетування отримувачів, "
          "вибіркові відвідування отримувачів за місцем проживання (відвідано 7 домогосподарств)."),
    ("h", "I. Загальна інформація"),
    ("p", "КУ «ЦНСП» Миляцької сільської ради (код ЄДРПОУ 44530912, с. Миляч, вул. Поліська, 3) надає "
          "мешканцям громади 9 видів соціальних послуг. Послугу догляду вдома у 2023 році отримували 52 особи, "
          "серед яких 37 жінок і 15 чоловіків; 29 осіб – одинокі (55,8 %). Середній вік отримувачів – 79 років, "
          "найстаршій отримувачці – 96 років."),
    ("p", "Упродовж року на обслуговування взято 14 осіб, знято з обслуговування 11 осіб (у зв'язку зі смертю – 8, "
          "за власним бажанням – 3). На платній основі послугу отримували 6 осіб; вартість однієї години "
          "послуги, затверджена рішенням виконавчого комітету від 22.02.2023 № 41, становить 87,40 грн."),
    ("p", "Соціальними робітниками надано 12 604 послуги догляду вдома. Послугу надають 9 соціальних робітників "
          "при 10 штатних посадах; середнє навантаження – 5,8 отримувача на одного працівника. Четверо "
          "соціальних робітників у 2023 році пройшли навчання за програмою «Догляд за людьми з деменцією»."),
    ("p", "Скарг на якість надання послуги у 2023 році не зареєстровано."),
    ("h", "II. Результати анкетування"),
    ("p", "В анкетуванні взяли участь 38 отримувачів послуги, або 73,1 % від їх загальної кількості. "
          "Розподіл відповідей (у відсотках від кількості опитаних) наведено в таблиці."),
]
TABLE = [
    ("Запитання анкети", "Так", "Частково", "Ні"),
    ("Чи задоволені Ви якістю послуги догляду вдома?", "89,6", "7,9", "2,6"),
    ("Чи вчасно соціальний робітник виконує обумовлені роботи?", "94,7", "5,3", "–"),
    ("Чи шанобливо ставиться до Вас соціальний робітник?", "100", "–", "–"),
]
AFTER = [
    ("h", "III. Висновки"),
    ("p", "За результатами зовнішньої оцінки комісія дійшла висновку, що якість надання послуги відповідає "
          "Державному стандарту. За критеріями оцінено:"),
    ("b", "адресність та індивідуальний підхід – «добре»;"),
    ("b", "своєчасність – «добре»;"),
    ("b", "результативність – «задовільно» (не в усіх особових справах оновлено індивідуальні плани);"),
    ("b", "повага до гідності отримувача – «добре»."),
    ("p", "Загальна оцінка якості надання послуги догляду вдома – «добре»."),
    ("p", "Рекомендації: до 31.03.2024 оновити індивідуальні плани у 5 особових справах; передбачити в "
          "кошторисі на 2024 рік придбання 2 велосипедів для соціальних робітників."),
    ("p", "Голова комісії ____________                Члени комісії: ____________, ____________"),
]


def add(d, kind, text):
    if kind == "h":
        d.add_heading(text, level=2)
    elif kind == "b":
        d.add_paragraph(text, style="List Bullet")
    else:
        d.add_paragraph(text)


def build_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for t in TOP:
        p = d.add_paragraph(t)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in (TITLE, SUB):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    for k, t in SECTIONS:
        add(d, k, t)
    tb = d.add_table(rows=len(TABLE), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for k, t in AFTER:
        add(d, k, t)
    fix_docx_props(d, author="УСЗН Сарненської РВА")
    d.save(path)
    freeze_zip(path)


def build():
    path = report_path(DOC)
    build_docx(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Миляцької сільської ради",
        "centre_type": "cnsp",
        "settlement": "Миляч",
        "oblast": "Рівненська",
        "report_kind": "external_assessment",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Миляцької сільської ради",
        "КУ «ЦНСП» Миляцької сільської ради"]})
    f1 = g.f("served", "persons", 52, "Послугу догляду вдома у 2023 році отримували 52 особи", service="home_care")
    f2 = g.f("served", "persons", 37, "серед яких 37 жінок і 15 чоловіків", service="home_care", category="жінки",
             group="served_52_by_sex", parent=f1)
    f3 = g.f("served", "persons", 15, "серед яких 37 жінок і 15 чоловіків", service="home_care", category="чоловіки",
             group="served_52_by_sex", parent=f1)
    f4 = g.f("served", "persons", 29, "29 осіб – одинокі (55,8 %)", percent=55.8, service="home_care",
             category="одинокі", parent=f1)
    f5 = g.f("served", "persons", 14, "Упродовж року на обслуговування взято 14 осіб", service="home_care",
             label="взято на обслуговування", alt=["registered_new", "support_started"])
    f6 = g.f("deregistered", "persons", 11, "знято з обслуговування 11 осіб", service="home_care")
    f7 = g.f("deregistered", "persons", 8, "у зв'язку зі смертю – 8", service="home_care", label="у зв'язку зі смертю",
             group="deregistered_11_by_reason", parent=f6)
    f8 = g.f("deregistered", "persons", 3, "за власним бажанням – 3", service="home_care",
             label="за власним бажанням", group="deregistered_11_by_reason", parent=f6)
    f9 = g.f("served", "persons", 6, "На платній основі послугу отримували 6 осіб", service="home_care",
             label="на платній основі", parent=f1)
    f10 = g.f("services_provided", "services", 12604, "Соціальними робітниками надано 12 604 послуги догляду вдома.",
              service="home_care")
    f11 = g.f("staff_actual", "staff", 9, "Послугу надають 9 соціальних робітників", label="соціальні робітники")
    f12 = g.f("staff_positions", "positions", 10, "при 10 штатних посадах", label="соціальні робітники")
    f13 = g.f("staff_trained", "staff", 4, "Четверо соціальних робітників у 2023 році пройшли навчання",
              note="number in words («Четверо»)")
    f14 = g.f("complaints", "complaints", 0, "Скарг на якість надання послуги у 2023 році не зареєстровано.")
    f15 = g.f("survey_respondents", "recipients", 38, "В анкетуванні взяли участь 38 отримувачів послуги, або 73,1 %",
              percent=73.1, unit_alt="persons")
    q1 = "Чи задоволені Ви якістю послуги догляду вдома?\t89,6\t7,9\t2,6"
    q2 = "Чи вчасно соціальний робітник виконує обумовлені роботи?\t94,7\t5,3\t–"
    q3 = "Чи шанобливо ставиться до Вас соціальний робітник?\t100\t–\t–"
    f16 = g.f("satisfaction", "percent", 89.6, q1, label="задоволені якістю послуги: так", alt=["share"])
    f17 = g.f("share", "percent", 7.9, q1, label="задоволені якістю послуги: частково", alt=["satisfaction"])
    f18 = g.f("share", "percent", 2.6, q1, label="задоволені якістю послуги: ні")
    f19 = g.f("share", "percent", 94.7, q2, criterion="timeliness", label="вчасно виконує обумовлені роботи: так",
              alt=["satisfaction"])
    f20 = g.f("share", "percent", 5.3, q2, criterion="timeliness", label="вчасно виконує обумовлені роботи: частково")
    f21 = g.f("share", "percent", 100, q3, criterion="dignity", label="шанобливо ставиться: так",
              alt=["satisfaction"])
    f22 = g.f("rating", "rating", "good", "адресність та індивідуальний підхід – «добре»;", criterion="targeting")
    f23 = g.f("rating", "rating", "good", "своєчасність – «добре»;", criterion="timeliness")
    f24 = g.f("rating", "rating", "satisfactory", "результативність – «задовільно»", criterion="effectiveness")
    f25 = g.f("rating", "rating", "good", "повага до гідності отримувача – «добре».", criterion="dignity")
    f26 = g.f("rating", "rating", "good", "Загальна оцінка якості надання послуги догляду вдома – «добре».",
              criterion="overall")

    g.slip("percent_impossible", "error", q1, 89.6, "89.4 or 89.5", [f16, f15],
           "«так» 89,6 % of the 38 respondents: 34 / 38 = 89,47 % (89,5, or 89,4 by floor) and 35 / 38 = 92,1 %; no "
           "whole number of the 38 gives 89,6 % at one decimal. The row still sums to 100,1 %, within rounding, so "
           "there is no percents_sum finding.",
           "grim_ok(f16, f15, 1)")

    g.check("percent_impossible", q2, "the other shares are reachable with 38 (3, 1, 36, 2, 38 of 38)",
            "grim_ok(f17, f15, 1) and grim_ok(f18, f15, 1) and grim_ok(f19, f15, 1) and grim_ok(f20, f15, 1) "
            "and grim_ok(f21, f15, 0)")
    g.check("percents_sum", q1, "89,6 + 7,9 + 2,6 = 100,1, within ±0,15", "psum_ok([f16, f17, f18], 1)")
    g.check("percents_sum", q2, "94,7 + 5,3 = 100,0 (the «–» cell is nil)", "psum_ok([f19, f20], 1)")
    g.check("parts_sum", "серед яких 37 жінок і 15 чоловіків", "37 + 15 = 52", "f2 + f3 == f1")
    g.check("percent_mismatch", "29 осіб – одинокі (55,8 %)", "29 / 52 = 55,77 % → 55,8", "pct_ok(p4, f4, f1, 1)")
    g.check("parts_sum", "знято з обслуговування 11 осіб (у зв'язку зі смертю – 8, за власним бажанням – 3)",
            "8 + 3 = 11", "f7 + f8 == f6")
    g.check("percent_mismatch", "В анкетуванні взяли участь 38 отримувачів послуги, або 73,1 %",
            "38 / 52 = 73,08 % → 73,1", "pct_ok(p15, f15, f1, 1)")
    g.check("parts_sum", "Послугу надають 9 соціальних робітників", "9 ≤ 10; 4 trained ≤ 9; 6 paying ≤ 52",
            "f11 <= f12 and f13 <= f11 and f9 <= f1")

    g.skip("34500, м. Сарни, вул. Соборна, 18, тел. (03655) 0-31-09, uszn.sarny@example.ua",
           [34500, 18, 3655, 0, 31, 9], "postcode, address, phone of the assessor")
    g.skip("Миляцької сільської ради у 2023 році", [2023], "year in the title")
    g.skip("наказу управління від 08.01.2024 № 3", [8, 1, 2024, 3], "order date and number")
    g.skip("комісією у складі трьох осіб з 15 по 19 січня 2024 року", [3, 15, 19, 2024],
           "commission size (in words), assessment dates")
    g.skip("Оцінювався період з 1 січня по 31 грудня 2023 року.", [1, 31, 2023], "assessed period (meta)")
    g.skip("(відвідано 7 домогосподарств)", [7], "home visits (method, no §3 id)")
    g.skip("(код ЄДРПОУ 44530912, с. Миляч, вул. Поліська, 3)", [44530912, 3], "ЄДРПОУ, address")
    g.skip("надає мешканцям громади 9 видів соціальних послуг", [9], "number of service types (no §3 id)")
    g.skip("Середній вік отримувачів – 79 років, найстаршій отримувачці – 96 років.", [79, 96], "ages")
    g.skip("рішенням виконавчого комітету від 22.02.2023 № 41, становить 87,40 грн", [22, 2, 2023, 41, 87.4],
           "decision date and number, tariff per hour")
    g.skip("вартість однієї години", [1], "«однієї години» (unit of the tariff)")
    g.skip("середнє навантаження – 5,8 отримувача на одного працівника", [5.8], "caseload ratio")
    g.skip("до 31.03.2024 оновити індивідуальні плани у 5 особових справах", [31, 3, 2024, 5],
           "recommendation deadline and case files (plan)")
    g.skip("передбачити в кошторисі на 2024 рік придбання 2 велосипедів", [2024, 2], "plan")

    g.note("external assessment written by the district УСЗН about the ЦНСП: meta describes the assessed provider "
           "and the assessed period 2023; the assessment dates (January 2024) are skipped")
    g.note("the survey table holds bare percentages (no counts); «–» cells are not facts (not zero). Row 1 «так» → "
           "satisfaction (alt share); the other cells → share with a label; row 2 → criterion timeliness, row 3 → "
           "criterion dignity")
    g.note("ratings by criterion are a bulleted list (the reader prints items without bullets); the document gives "
           "no percentage bands, so no rating_band check")
    g.note("«взято на обслуговування 14 осіб» → served with label (alt registered_new, support_started); "
           "«знято з обслуговування» → deregistered with its reasons in one group")
    g.note("«Четверо соціальних робітників … пройшли навчання» → staff_trained 4 (number in words); «у складі трьох "
           "осіб» is the commission size, skipped")
    g.write()


if __name__ == "__main__":
    build()
