"""b94_04: КУ «ЦНСП» Мокрокалигірської сільської ради (Черкаська), internal quality assessment of 2024.
DOCX, impersonal voice, criteria table with the document's own bands. Slip: rating_band (Своєчасність 77,5 % rated «добре»)."""
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b94_04_mokrakalyhirka_cnsp_internal2024.docx"

d = docx.Document()
st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
for s in d.sections:
    s.left_margin = Cm(2.5); s.right_margin = Cm(1.5)


def para(text, bold=False, center=False, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(rows, widths=None, header_bold=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j); c.text = cell
            if i == 0 and header_bold:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


para("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»\nМОКРОКАЛИГІРСЬКОЇ СІЛЬСЬКОЇ РАДИ\nЗВЕНИГОРОДСЬКОГО РАЙОНУ ЧЕРКАСЬКОЇ ОБЛАСТІ", bold=True, center=True)
para("20421, Черкаська обл., Звенигородський р-н, с. Мокра Калигірка, вул. Героїв, 31; тел. (04740) 0-53-28; код ЄДРПОУ 43902715", center=True)
para("ЗВІТ\nпро проведення внутрішнього моніторингу та оцінки якості соціальних послуг, наданих у 2024 році", bold=True, center=True)
para("1. Загальні відомості", bold=True)
para("Внутрішній моніторинг проведено відповідно до наказу директора КУ «Центр надання соціальних послуг» Мокрокалигірської сільської ради від 04.11.2024 № 57-од у період з 11.11.2024 по 06.12.2024 робочою групою у складі 5 осіб. Предметом оцінки була якість надання соціальної послуги догляду вдома; додатково проаналізовано показники послуг консультування та соціального супроводу сімей, які перебувають у складних життєвих обставинах.")
para("Під час моніторингу вивчено 46 особових справ отримувачів, проведено 12 співбесід із соціальними робітниками та 9 спостережень за наданням послуги.")
para("2. Показники надання послуг у 2024 році", bold=True)
para("Таблиця 1")
table([["№", "Соціальна послуга", "Отримувачів, осіб/сімей", "Надано послуг, од."],
       ["1", "Догляд вдома", "46", "6 118"],
       ["2", "Консультування", "212", "389"],
       ["3", "Соціальний супровід сімей у СЖО", "18", "274"],
       ["", "Усього", "276", "6 781"]])
para("Серед отримувачів послуги догляду вдома 29 – одиноко проживаючі особи, 14 – особи з інвалідністю I–II груп. Середній вік отримувачів – 78 років, найстаршій отримувачці – 96 років.")
para("Під соціальним супроводом перебувало 18 сімей, у яких виховується 41 дитина. Завершено надання послуги 11 сім’ям: у 7 сім’ях складні життєві обставини подолано, у 3 – мінімізовано, 1 сім’я змінила місце проживання.")
para("3. Результати анкетування", bold=True)
para("Анкети заповнили 40 отримувачів послуги догляду вдома (87 % від їх загальної кількості). Частку позитивних відповідей за кожним критерієм наведено в таблиці 2. Визначено такі межі оцінок: «добре» – від 80 до 100 % позитивних відповідей, «задовільно» – від 60 до 79,9 %, «незадовільно» – менше 60 %.")
para("Таблиця 2")
table([["Критерій якості", "Частка позитивних відповідей, %", "Оцінка"],
       ["Адресність та індивідуальний підхід", "92,5", "добре"],
       ["Результативність", "85,0", "добре"],
       ["Своєчасність", "77,5", "добре"],
       ["Доступність та відкритість", "90,0", "добре"],
       ["Зручність", "72,5", "задовільно"],
       ["Повага до гідності отримувача", "100,0", "добре"],
       ["Професійність", "95,0", "добре"]])
para("Середній показник за сімома критеріями становить 87,5 %. Загальна оцінка якості надання соціальної послуги догляду вдома – «добре».")
para("4. Кадрове забезпечення, скарги", bold=True)
para("Послугу догляду вдома надають 9 соціальних робітників при 10 штатних посадах; одна посада вакантна з вересня 2024 року. Протягом року 7 соціальних робітників пройшли навчання з надання першої домедичної допомоги.")
para("У журналі реєстрації скарг за 2024 рік зареєстровано одну скаргу (на запізнення соціального робітника); її розглянуто у встановлений строк, з працівником проведено бесіду.")
para("5. Висновки та рекомендації", bold=True)
para("Якість надання послуги догляду вдома у 2024 році оцінено як «добре». Рекомендовано:")
for t in ("1) переглянути графіки відвідувань отримувачів у віддалених селах до 01.03.2025;",
          "2) придбати 2 велосипеди для соціальних робітників;",
          "3) повторити анкетування у IV кварталі 2025 року."):
    para(t)
para("Голова робочої групи ____________        09.12.2024")

fix_docx_props(d, author="КУ ЦНСП")
path = report_path(DOC)
d.save(path)
freeze_zip(path)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Мокрокалигірської сільської ради",
    "centre_type": "cnsp", "settlement": "Мокра Калигірка", "oblast": "Черкаська",
    "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Мокрокалигірської сільської ради",
                "КУ «Центр надання соціальних послуг» Мокрокалигірської сільської ради"],
     "settlement": ["Мокрокалигірська сільська громада"]})
f = g.f
R1, R2, R3, RT = ("1\tДогляд вдома\t46\t6 118", "2\tКонсультування\t212\t389",
                  "3\tСоціальний супровід сімей у СЖО\t18\t274", "\tУсього\t276\t6 781")
GT, GS = "table1_recipients", "table1_services"
tt = f("served", "families_persons", 276, RT, label="Усього")
st_ = f("services_provided", "services", 6781, RT, label="Усього")
t1 = f("served", "families_persons", 46, R1, service="home_care", group=GT, parent=tt, unit_alt="persons")
s1 = f("services_provided", "services", 6118, R1, service="home_care", group=GS, parent=st_)
t2 = f("served", "families_persons", 212, R2, service="counselling", group=GT, parent=tt, unit_alt="persons")
s2 = f("services_provided", "services", 389, R2, service="counselling", group=GS, parent=st_)
t3 = f("served", "families_persons", 18, R3, service="social_support_sjo", group=GT, parent=tt, unit_alt="families")
s3 = f("services_provided", "services", 274, R3, service="social_support_sjo", group=GS, parent=st_)
a1 = f("served", "persons", 29, "29 – одиноко проживаючі особи", service="home_care",
       category="одиноко проживаючі особи", parent=t1)
a2 = f("served", "persons", 14, "14 – особи з інвалідністю I–II груп", service="home_care",
       category="особи з інвалідністю I–II груп", parent=t1)
ss = f("served", "families", 18, "Під соціальним супроводом перебувало 18 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
f("served", "children", 41, "у яких виховується 41 дитина", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
sc = f("support_completed", "families", 11, "Завершено надання послуги 11 сім'ям", service="social_support_sjo")
G = "completed_11_by_result"
o1 = f("outcome_positive", "families", 7, "у 7 сім'ях складні життєві обставини подолано", service="social_support_sjo", group=G, parent=sc)
o2 = f("outcome_minimized", "families", 3, "у 3 – мінімізовано", service="social_support_sjo", group=G, parent=sc)
o3 = f("outcome_other", "families", 1, "1 сім'я змінила місце проживання", service="social_support_sjo",
       label="зміна місця проживання", group=G, parent=sc)
sv = f("survey_respondents", "recipients", 40, "Анкети заповнили 40 отримувачів послуги догляду вдома (87 % від їх загальної кількості)",
       percent=87, service="home_care", unit_alt="persons")
crit = [("targeting", "Адресність та індивідуальний підхід\t92,5\tдобре", 92.5, "good"),
        ("effectiveness", "Результативність\t85,0\tдобре", 85, "good"),
        ("timeliness", "Своєчасність\t77,5\tдобре", 77.5, "good"),
        ("accessibility", "Доступність та відкритість\t90,0\tдобре", 90, "good"),
        ("convenience", "Зручність\t72,5\tзадовільно", 72.5, "satisfactory"),
        ("dignity", "Повага до гідності отримувача\t100,0\tдобре", 100, "good"),
        ("professionalism", "Професійність\t95,0\tдобре", 95, "good")]
ids = {}
for c, q, pv, rv in crit:
    sid = f("share", "percent", pv, q, criterion=c, service="home_care", alt=["satisfaction"],
            label="частка позитивних відповідей")
    rid = f("rating", "rating", rv, q, criterion=c, service="home_care")
    ids[c] = (sid, rid)
av = f("share", "percent", 87.5, "Середній показник за сімома критеріями становить 87,5 %", service="home_care",
       alt=["satisfaction"], label="середній показник за сімома критеріями")
ov1 = f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
        criterion="overall", service="home_care")
ov2 = f("rating", "rating", "good", "Якість надання послуги догляду вдома у 2024 році оцінено як «добре»",
        criterion="overall", service="home_care", label="висновки (повторна згадка)")
sa = f("staff_actual", "staff", 9, "Послугу догляду вдома надають 9 соціальних робітників", service="home_care",
       label="соціальні робітники")
pos = f("staff_positions", "positions", 10, "при 10 штатних посадах", service="home_care")
tr = f("staff_trained", "staff", 7, "7 соціальних робітників пройшли навчання")
f("complaints", "complaints", 1, "зареєстровано одну скаргу", note="number written in words")

BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
ts, trt = ids["timeliness"]
g.slip("rating_band", "error", "Своєчасність\t77,5\tдобре", "good", "satisfactory", [ts, trt],
       "the document's own bands put 77,5 % in «задовільно» (60–79,9 %), yet Своєчасність is rated «добре». Зручність at 72,5 % is rated «задовільно» correctly, so the band is applied elsewhere.",
       f"band({ts}, {BANDS}) == {trt}")
for c in ("targeting", "effectiveness", "accessibility", "convenience", "dignity", "professionalism"):
    s_, r_ = ids[c]
    q = [x[1] for x in crit if x[0] == c][0]
    g.check("rating_band", q, f"{c}: share in the band of its rating", f"band({s_}, {BANDS}) == {r_}")
for c, q, pv, rv in crit:
    g.check("percent_impossible", q, f"{c}: {pv} % is reachable with 40 respondents (multiples of 2,5)",
            f"grim_ok({ids[c][0]}, {sv}, 1)")
g.check("parts_sum", RT, "recipients 46 + 212 + 18 = 276", f"{t1} + {t2} + {t3} == {tt}")
g.check("table_arithmetic", RT, "services 6 118 + 389 + 274 = 6 781", f"{s1} + {s2} + {s3} == {st_}")
g.check("parts_sum", "Завершено надання послуги 11 сім'ям:", "7 + 3 + 1 = 11; 11 ≤ 18", f"{o1} + {o2} + {o3} == {sc} and {sc} <= {ss}")
g.check("internal_conflict", "Під соціальним супроводом перебувало 18 сімей", "prose 18 = table row 18", f"{ss} == {t3}")
g.check("parts_sum", "29 – одиноко проживаючі особи, 14 – особи з інвалідністю I–II груп", "29 ≤ 46 and 14 ≤ 46 (overlapping groups)",
        f"{a1} <= {t1} and {a2} <= {t1}")
g.check("percent_mismatch", "Анкети заповнили 40 отримувачів послуги догляду вдома (87 % від їх загальної кількості)",
        "40 / 46 = 86,96 % → 87", f"pct_ok(p{sv[1:]}, {sv}, {t1}, 0)")
g.check("percent_mismatch", "Середній показник за сімома критеріями становить 87,5 %",
        "(92,5 + 85,0 + 77,5 + 90,0 + 72,5 + 100,0 + 95,0) / 7 = 87,5",
        "near(sum([" + ", ".join(ids[c][0] for c, *_ in crit) + f"]) / 7, {av})")
g.check("rating_band", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
        "average 87,5 % lies in the «добре» band; the conclusions repeat «добре»", f"band({av}, {BANDS}) == {ov1} == {ov2}")
g.check("parts_sum", "Послугу догляду вдома надають 9 соціальних робітників при 10 штатних посадах", "9 ≤ 10 (one vacancy); 7 trained ≤ 9",
        f"{sa} + 1 == {pos} and {tr} <= {sa}")

g.skip("20421, Черкаська обл., Звенигородський р-н, с. Мокра Калигірка, вул. Героїв, 31; тел. (04740) 0-53-28; код ЄДРПОУ 43902715",
       [20421, 31, 4740, 5328, 43902715], "postcode, address, phone, ЄДРПОУ")
g.skip("від 04.11.2024 № 57-од у період з 11.11.2024 по 06.12.2024 робочою групою у складі 5 осіб", [4, 11, 2024, 57, 11, 11, 2024, 6, 12, 2024, 5],
       "order date and number, assessment dates, size of the working group")
g.skip("Під час моніторингу вивчено 46 особових справ отримувачів, проведено 12 співбесід із соціальними робітниками та 9 спостережень за наданням послуги.",
       [46, 12, 9], "assessment methods (case files, interviews, observations)")
g.skip("Таблиця 1", [1, 2], "table numbers (Таблиця 1, Таблиця 2)")
g.skip("1\tДогляд вдома\t46\t6 118", [1, 2, 3], "row numbers of Таблиця 1")
g.skip("Середній вік отримувачів – 78 років, найстаршій отримувачці – 96 років.", [78, 96], "ages")
g.skip("«добре» – від 80 до 100 % позитивних відповідей, «задовільно» – від 60 до 79,9 %, «незадовільно» – менше 60 %",
       [80, 100, 60, 79.9, 60], "rating band definitions")
g.skip("Середній показник за сімома критеріями", [7], "number of criteria in words")
g.skip("одна посада вакантна з вересня 2024 року", [1, 2024], "vacancy and its date")
g.skip("1) переглянути графіки відвідувань отримувачів у віддалених селах до 01.03.2025;", [1, 1, 3, 2025], "recommendation number and deadline")
g.skip("2) придбати 2 велосипеди для соціальних робітників;", [2, 2], "recommendation number, items")
g.skip("3) повторити анкетування у IV кварталі 2025 року.", [3, 2025], "recommendation number, plan")
g.skip("Голова робочої групи ____________ 09.12.2024", [9, 12, 2024], "date")

g.note("Таблиця 1: every cell is a fact quoted by its row; rows hang on the «Усього» cell of the same column. The recipients column mixes persons and families («осіб/сімей»), so its unit is families_persons, with unit_alt persons for home care and counselling and families for social support")
g.note("the prose «Під соціальним супроводом перебувало 18 сімей» repeats the table row: two facts")
g.note("Таблиця 2: criterion shares → share with criterion and service home_care (alt satisfaction); each rating → rating with the same criterion")
g.note("the average 87,5 % → share with a label; the overall «добре» is written twice (results and conclusions): two rating facts with criterion overall")
g.note("«одну скаргу» written in words → complaints 1")
g.note("staff: 9 social workers and 10 posts concern the home-care service only; no centre-wide staff figure is given")
g.write()
