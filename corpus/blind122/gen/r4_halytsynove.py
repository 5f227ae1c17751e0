"""b122_04: КУ «ЦНСП» Галицинівської сільської ради (Миколаївська), internal quality assessment of home care
provided in 2024. reportlab PDF with a criteria table; first person plural."""
from common import Gold, report_path, register_fonts

NAME = "b122_04_halytsynove_cnsp_internal2024.pdf"

register_fonts()
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib import colors  # noqa: E402

N = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5,
                   firstLineIndent=20)
C = ParagraphStyle("c", parent=N, alignment=TA_CENTER, firstLineIndent=0)
H = ParagraphStyle("h", parent=C, fontName="LSerif-B", fontSize=12, spaceBefore=6)
S = ParagraphStyle("s", parent=C, fontSize=9, leading=11)


def footer(c, doc):
    c.saveState()
    c.setFont("LSerif", 8)
    c.drawString(60, 28, "Звіт про внутрішню оцінку якості соціальної послуги догляду вдома за 2024 рік")
    c.drawRightString(535, 28, "Сторінка %d" % doc.page)
    c.restoreState()


story = [
    Paragraph("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ГАЛИЦИНІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", H),
    Paragraph("57286, Миколаївська обл., Миколаївський р-н, с. Галицинове, вул. Центральна, 9, "
              "тел. (0512) 0-48-73-15, cnsp.halytsynove@example.ua, код ЄДРПОУ 43906158", S),
    Spacer(1, 8),
    Paragraph("ЗВІТ<br/>про проведення внутрішньої оцінки якості надання соціальної послуги догляду вдома "
              "за 2024 рік", H),
    Paragraph("1. Організація оцінки", H),
    Paragraph("Внутрішню оцінку якості ми провели з 03.02.2025 по 21.02.2025 відповідно до наказу директора "
              "від 27.01.2025 № 14-ОД. До робочої групи увійшли 5 працівників Центру. Оцінювали надання "
              "послуги догляду вдома протягом 2024 року. Ми опрацювали 40 особових справ отримувачів, "
              "провели 35 співбесід та 12 спостережень за роботою соціальних робітників.", N),
    Paragraph("2. Загальна інформація про послугу", H),
    Paragraph("Послугу догляду вдома у 2024 році надавали 12 соціальних робітників, з них 6 пройшли "
              "навчання з надання першої домедичної допомоги. Послугу отримували 96 осіб, з них 61 жінка "
              "та 35 чоловіків; середній вік отримувачів – 78 років.", N),
    Paragraph("Протягом року надання послуги припинено 17 особам, зокрема: у зв'язку зі смертю – 9, "
              "у зв'язку з переїздом до родичів – 5, у зв'язку з влаштуванням до інтернатного закладу – 3.", N),
    Paragraph("Частка отримувачів, у яких за результатами повторного оцінювання потреб збережено або "
              "покращено рівень самообслуговування, становить 87,5 %.", N),
    Paragraph("3. Результати анкетування", H),
    Paragraph("В анкетуванні взяли участь 52 отримувачі послуги (54,2 % від загальної кількості). Ступінь "
              "дотримання кожного критерію ми оцінювали за часткою позитивних відповідей: від 85 до 100 % – "
              "«добре», від 60 до 84 % – «задовільно», менше 60 % – «незадовільно».", N),
    Paragraph("Таблиця 2. Оцінка якості за критеріями", C),
]
rows = [
    ["№", "Критерій якості", "Позитивних відповідей, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "92,3", "добре"],
    ["2", "Результативність", "86,5", "добре"],
    ["3", "Своєчасність", "82,7", "добре"],
    ["4", "Доступність та відкритість", "90,4", "добре"],
    ["5", "Повага до гідності отримувача", "100", "добре"],
    ["6", "Професійність", "94,2", "добре"],
    ["7", "Захист та безпека", "71,3", "задовільно"],
    ["8", "Конфіденційність інформації", "98,1", "добре"],
    ["", "Загальна оцінка", "–", "добре"],
]
t = Table(rows, colWidths=[25, 215, 130, 80])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "LSerif", 10),
    ("FONT", (0, 0), (-1, 0), "LSerif-B", 10),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]))
story += [t, Spacer(1, 8),
          Paragraph("4. Висновки", H),
          Paragraph("Скарг щодо надання послуги догляду вдома у 2024 році не надходило, надійшло 2 письмові "
                    "подяки. Загальна оцінка якості надання соціальної послуги догляду вдома – «добре».", N),
          Paragraph("Ми рекомендуємо: 1) до 01.06.2025 переглянути графіки відвідувань отримувачів, які "
                    "проживають у віддалених селах; 2) провести для соціальних робітників 2 тренінги з "
                    "безпеки; 3) оновити інформаційні матеріали про послугу.", N),
          Spacer(1, 10),
          Paragraph("Голова робочої групи (підпис)           24.02.2025", N)]

doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, leftMargin=70, rightMargin=60,
                        topMargin=50, bottomMargin=50, title="Внутрішня оцінка якості 2024", author="ЦНСП")
doc.build(story, onFirstPage=footer, onLaterPages=footer)

# ---------------------------------------------------------------- gold
g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Галицинівської сільської ради",
    "centre_type": "cnsp", "settlement": "Галицинове", "oblast": "Миколаївська",
    "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Галицинівської сільської ради",
                         "КУ «Центр надання соціальних послуг» Галицинівської сільської ради"]})

SW = g.f("staff_actual", "staff", 12, "надавали 12 соціальних робітників", label="соціальні робітники (догляд вдома)")
ST = g.f("staff_trained", "staff", 6, "з них 6 пройшли", parent=SW)
SV = g.f("served", "persons", 96, "Послугу отримували 96 осіб", service="home_care")
W = g.f("served", "persons", 61, "з них 61 жінка", service="home_care", label="жінки", parent=SV, group="served_96_by_sex")
M = g.f("served", "persons", 35, "35 чоловіків", service="home_care", label="чоловіки", parent=SV, group="served_96_by_sex")
SC = g.f("support_completed", "persons", 17, "надання послуги припинено 17 особам", service="home_care",
         alt=["deregistered"])
O1 = g.f("outcome_other", "persons", 9, "у зв'язку зі смертю – 9", service="home_care", label="смерть", parent=SC,
         group="stopped_17_by_reason")
O2 = g.f("outcome_other", "persons", 5, "у зв'язку з переїздом до родичів – 5", service="home_care",
         label="переїзд до родичів", parent=SC, group="stopped_17_by_reason")
O3 = g.f("outcome_other", "persons", 3, "у зв'язку з влаштуванням до інтернатного закладу – 3", service="home_care",
         label="влаштування до інтернатного закладу", parent=SC, group="stopped_17_by_reason")
SH = g.f("share", "percent", 87.5, "покращено рівень самообслуговування, становить 87,5 %", service="home_care",
         label="частка отримувачів, у яких збережено або покращено рівень самообслуговування",
         criterion="effectiveness")
RS = g.f("survey_respondents", "persons", 52, "В анкетуванні взяли участь 52 отримувачі послуги (54,2 %",
         percent=54.2, unit_alt="recipients")
crit = [("targeting", "1\tАдресність та індивідуальний підхід\t92,3\tдобре", 92.3, "good"),
        ("effectiveness", "2\tРезультативність\t86,5\tдобре", 86.5, "good"),
        ("timeliness", "3\tСвоєчасність\t82,7\tдобре", 82.7, "good"),
        ("accessibility", "4\tДоступність та відкритість\t90,4\tдобре", 90.4, "good"),
        ("dignity", "5\tПовага до гідності отримувача\t100\tдобре", 100, "good"),
        ("professionalism", "6\tПрофесійність\t94,2\tдобре", 94.2, "good"),
        ("safety", "7\tЗахист та безпека\t71,3\tзадовільно", 71.3, "satisfactory"),
        ("confidentiality", "8\tКонфіденційність інформації\t98,1\tдобре", 98.1, "good")]
ids = {}
for cid, q, pct, rating in crit:
    ids[cid] = (g.f("share", "percent", pct, q, criterion=cid, alt=["satisfaction"],
                    label="частка позитивних відповідей"),
                g.f("rating", "rating", rating, q, criterion=cid))
OV1 = g.f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall")
g.f("complaints", "complaints", 0, "Скарг щодо надання послуги догляду вдома у 2024 році не надходило")
OV2 = g.f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
          criterion="overall", note="repeat of the table's overall rating in the conclusions")

BANDS = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
tm_s, tm_r = ids["timeliness"]
sf_s, sf_r = ids["safety"]
g.slip("rating_band", "error", "3\tСвоєчасність\t82,7\tдобре", "добре", "задовільно", [tm_s, tm_r],
       "82,7 % lies in the document's own band 60–84 % «задовільно», but the table rates «добре» (85–100 %)",
       f"band({tm_s}, {BANDS}) == {tm_r}", slip=1)
g.slip("percent_impossible", "error", "7\tЗахист та безпека\t71,3\tзадовільно", 71.3, "71,2 (37/52) or 73,1 (38/52)",
       [sf_s, RS], "with 52 respondents no whole number of positive answers gives 71,3 % at one decimal "
       "(37/52 = 71,15 %, 38/52 = 73,08 %)", f"grim_ok({sf_s}, {RS}, 1)", slip=2)
for cid in ("targeting", "effectiveness", "accessibility", "dignity", "professionalism", "confidentiality"):
    s_, r_ = ids[cid]
    q = [c for c in crit if c[0] == cid][0][1]
    g.check("rating_band", q, f"{cid}: share in the «добре» band 85–100 % and rated «добре»",
            f"band({s_}, {BANDS}) == {r_}")
    g.check("percent_impossible", q, f"{cid}: reachable with 52 respondents", f"grim_ok({s_}, {RS}, 1)")
g.check("rating_band", "7\tЗахист та безпека\t71,3\tзадовільно", "71,3 % in 60–84 % → «задовільно», as rated",
        f"band({sf_s}, {BANDS}) == {sf_r}")
g.check("percent_impossible", "3\tСвоєчасність\t82,7\tдобре", "82,7 % = 43/52 is reachable", f"grim_ok({tm_s}, {RS}, 1)")
g.check("parts_sum", "з них 61 жінка та 35 чоловіків", "61 + 35 = 96", f"{W} + {M} == {SV}")
g.check("parts_sum", "надання послуги припинено 17 особам, зокрема", "9 + 5 + 3 = 17", f"{O1} + {O2} + {O3} == {SC}")
g.check("percent_mismatch", "В анкетуванні взяли участь 52 отримувачі послуги (54,2 %", "52 / 96 = 54,17 % → 54,2",
        f"pct_ok(p{RS[1:]}, {RS}, {SV}, 1)")
g.check("percent_impossible", "покращено рівень самообслуговування, становить 87,5 %", "87,5 % of 96 = 84 recipients",
        f"grim_ok({SH}, {SV}, 1)")
g.check("internal_conflict", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
        "overall rating in the conclusions = table", f"{OV1} == {OV2}")
g.check("parts_sum", "з них 6 пройшли", "6 ≤ 12", f"{ST} <= {SW}")

g.skip("57286, Миколаївська обл., Миколаївський р-н, с. Галицинове, вул. Центральна, 9, тел. (0512) 0-48-73-15",
       [57286, 9, 512, 487315], "postcode, address, phone")
g.skip("код ЄДРПОУ 43906158", [43906158], "ЄДРПОУ")
g.skip("ми провели з 03.02.2025 по 21.02.2025 відповідно до наказу директора від 27.01.2025 № 14-ОД",
       [3, 2, 2025, 21, 2, 2025, 27, 1, 2025, 14], "assessment dates, order date and number")
g.skip("До робочої групи увійшли 5 працівників Центру", [5], "working-group size")
g.skip("Ми опрацювали 40 особових справ отримувачів, провели 35 співбесід та 12 спостережень", [40, 35, 12],
       "assessment methods (case files, interviews, observations)")
g.skip("середній вік отримувачів – 78 років", [78], "average age")
g.skip("від 85 до 100 % – «добре», від 60 до 84 % – «задовільно», менше 60 % – «незадовільно»",
       [85, 100, 60, 84, 60], "rating band definitions")
g.skip("Таблиця 2. Оцінка якості за критеріями", [2], "table number")
g.skip("1\tАдресність", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers")
g.skip("надійшло 2 письмові подяки", [2], "thanks (no §3 id)")
g.skip("1) до 01.06.2025 переглянути графіки", [1, 1, 6, 2025], "recommendation number and deadline")
g.skip("2) провести для соціальних робітників 2 тренінги", [2, 2, 3], "recommendation numbers and a planned count")
g.skip("догляду вдома за 2024 рік Сторінка 1", [2024, 1, 2], "page footer (printed on each page)")
g.skip("24.02.2025", [24, 2, 2025], "signature date")
g.skip("1. Організація оцінки", [1, 2, 3, 4], "section numbers")

g.note("criterion shares of the table → share with criterion (alt satisfaction); each rating cell → rating with "
       "criterion; «Загальна оцінка» row and the conclusions sentence give two overall rating facts")
g.note("the table has no share for the overall row («–»), so no fact there")
g.note("bands are written as whole percents (85–100, 60–84, <60); in verify the gaps between 84 and 85 are closed "
       "as 60–84,99 «задовільно»")
g.note("«87,5 % ... збережено або покращено рівень самообслуговування» → share with criterion effectiveness and a label")
g.note("the 12 social workers are staff_actual with a label (only the home-care staff are counted in the text); "
       "«припинено надання послуги» → support_completed (alt deregistered) with reasons as outcome_other")
g.note("the respondents' 54,2 % is the percent of the survey_respondents row (52 of 96 recipients)")
g.write()
