"""b108_05: ЦСС Костринської сільської ради (Закарпатська), internal quality assessment of 2021.
reportlab PDF, first person plural, criteria table with the document's own bands. Slip: percent_impossible."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

NAME = "b108_05_kostryna_css_internal2021.pdf"
register_fonts()
body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, spaceAfter=5, firstLineIndent=10 * mm)
plain = ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, spaceAfter=3)
title = ParagraphStyle("t", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=6)
small = ParagraphStyle("s", fontName="LSerif", fontSize=9, leading=11, alignment=1)

CRIT = [
    ("1", "Адресність та індивідуальний підхід", "92", "добре"),
    ("2", "Результативність", "81", "добре"),
    ("3", "Своєчасність", "95", "добре"),
    ("4", "Доступність та відкритість", "78", "задовільно"),
    ("5", "Повага до гідності отримувача", "100", "добре"),
    ("6", "Професійність", "88", "добре"),
]
story = [
    Paragraph("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ КОСТРИНСЬКОЇ СІЛЬСЬКОЇ РАДИ", title),
    Paragraph("89030, Закарпатська обл., Ужгородський р-н, с. Кострина, вул. Головна, 52; "
              "тел. (03135) 0-43-18; css.kostryna@example.ua; код ЄДРПОУ 44160573", small),
    Spacer(1, 6),
    Paragraph("ЗВІТ про результати внутрішньої оцінки якості соціальних послуг за 2021 рік", title),
    Paragraph("Внутрішню оцінку якості ми провели відповідно до наказу центру від 03.12.2021 № 47 у період з 06 по "
              "17 грудня 2021 року. До робочої групи увійшли 3 працівники центру. Ми вивчили особові справи "
              "отримувачів, провели анкетування та бесіди з отримувачами, проаналізували журнали обліку.", body),
    Paragraph("1. Надані послуги", plain),
    Paragraph("Протягом 2021 року ми надали соціальні послуги 289 сім'ям/особам, у тому числі: інформування – 142, "
              "консультування – 118, соціальний супровід – 21 сім'ї, представництво інтересів – 8. "
              "У 2020 році послуги отримали 247 сімей/осіб.", body),
    Paragraph("До центру надійшло 16 повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах. "
              "Оцінку потреб ми провели 37 сім'ям, з них у 14 сім'ях виявлено складні життєві обставини.", body),
    Paragraph("Соціальний супровід отримувала 21 сім'я, у яких виховується 46 дітей. Із них 9 сімей ми взяли під "
              "супровід у 2021 році, 12 сімей отримували послугу з 2020 року. Завершено супровід 11 сімей: з "
              "позитивним результатом – 8, мінімізовано складні життєві обставини – 2, у зв'язку з відмовою від "
              "послуги – 1. Ще 10 сімей продовжують отримувати послугу у 2022 році. Середня тривалість "
              "супроводу – 6 місяців.", body),
    Paragraph("Для батьків ми провели 6 тренінгів «Школа відповідального батьківства», у яких взяли участь "
              "58 осіб.", body),
    Paragraph("2. Опитування отримувачів", plain),
    Paragraph("В анкетуванні взяли участь 43 отримувачі послуг віком від 19 до 74 років. Якістю послуг задоволені "
              "86,7 % опитаних, отримали послугу вчасно – 95,3 %, вважають персонал ввічливим – 100 %.", body),
    Paragraph("3. Оцінка за критеріями", plain),
    Paragraph("Рівень якості за кожним критерієм визначали так: 80–100 % – «добре», 60–79 % – «задовільно», "
              "менше 60 % – «незадовільно». Результати наведено в таблиці.", body),
]
rows = [("№", "Критерій", "Результат, %", "Оцінка")] + CRIT
t = Table(rows, colWidths=[10 * mm, 85 * mm, 30 * mm, 30 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10), ("FONT", (0, 0), (-1, 0), "LSerif-B", 10),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [t, Spacer(1, 8),
          Paragraph("Загальна оцінка якості соціальних послуг центру – «добре».", body),
          Paragraph("4. Кадрове забезпечення та звернення", plain),
          Paragraph("Штатним розписом передбачено 5 посад (директор, фахівці із соціальної роботи, психолог), "
                    "фактично працюють 4 працівники. Усі чотири працівники у 2021 році підвищили кваліфікацію на "
                    "онлайн-курсах Національної соціальної сервісної служби. Скарг на якість послуг протягом року "
                    "не надходило.", body),
          Paragraph("5. Рекомендації", plain),
          Paragraph("1) до 01.03.2022 розмістити інформацію про послуги на сайті сільської ради; 2) забезпечити "
                    "доступ до приміщення для осіб на кріслах колісних; 3) у 2022 році охопити консультуванням не "
                    "менше 150 осіб.", body),
          Spacer(1, 10),
          Paragraph("Директор центру соціальних служб ______________ 20.12.2021", plain)]


def footer(canvas, doc):
    canvas.setFont("LSerif", 8)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Сторінка {doc.page}")


SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                  topMargin=15 * mm, bottomMargin=18 * mm, title="Звіт", author="ЦСС").build(
    story, onFirstPage=footer, onLaterPages=footer)

g = Gold(NAME, {"centre": "Центр соціальних служб Костринської сільської ради", "centre_type": "css",
                "settlement": "Кострина", "oblast": "Закарпатська", "report_kind": "internal_assessment",
                "period_start": "2021-01-01", "period_end": "2021-12-31"})
F = g.f
P = lambda f: f.replace("f", "p")
sv = F("served", "families_persons", 289, "ми надали соціальні послуги 289 сім'ям/особам")
s1 = F("served", "families_persons", 142, "інформування – 142", service="informing", group="served_289_by_service", parent=sv)
s2 = F("served", "families_persons", 118, "консультування – 118", service="counselling", group="served_289_by_service", parent=sv)
s3 = F("served", "families", 21, "соціальний супровід – 21 сім'ї", service="social_support_sjo",
       group="served_289_by_service", parent=sv, unit_alt="families_persons")
s4 = F("served", "families_persons", 8, "представництво інтересів – 8", service="representation",
       group="served_289_by_service", parent=sv)
nt = F("notified", "families", 16, "До центру надійшло 16 повідомлень про сім'ї")
na_ = F("needs_assessed", "families", 37, "Оцінку потреб ми провели 37 сім'ям")
dc = F("in_difficult_circumstances", "families", 14, "з них у 14 сім'ях виявлено складні життєві обставини", parent=na_)
ss = F("served", "families", 21, "Соціальний супровід отримувала 21 сім'я", service="social_support_sjo",
       alt=["support_ongoing"])
ssc = F("served", "children", 46, "у яких виховується 46 дітей", service="social_support_sjo",
        alt=["support_ongoing"], parent=ss)
st_ = F("support_started", "families", 9, "9 сімей ми взяли під супровід у 2021 році", service="social_support_sjo",
        group="support_21_by_start", parent=ss)
cont = F("served", "families", 12, "12 сімей отримували послугу з 2020 року", service="social_support_sjo",
         alt=["support_ongoing"], label="отримували послугу з 2020 року", group="support_21_by_start", parent=ss)
sc = F("support_completed", "families", 11, "Завершено супровід 11 сімей", service="social_support_sjo", parent=ss)
o1 = F("outcome_positive", "families", 8, "з позитивним результатом – 8", service="social_support_sjo",
       group="completed_11_by_outcome", parent=sc)
o2 = F("outcome_minimized", "families", 2, "мінімізовано складні життєві обставини – 2", service="social_support_sjo",
       group="completed_11_by_outcome", parent=sc)
o3 = F("outcome_other", "families", 1, "у зв'язку з відмовою від послуги – 1", service="social_support_sjo",
       label="відмова від послуги", group="completed_11_by_outcome", parent=sc)
on = F("support_ongoing", "families", 10, "Ще 10 сімей продовжують отримувати послугу у 2022 році",
       service="social_support_sjo", parent=ss)
ev = F("events", "events", 6, "ми провели 6 тренінгів")
evp = F("event_participants", "persons", 58, "у яких взяли участь 58 осіб", parent=ev)
rs = F("survey_respondents", "recipients", 43, "В анкетуванні взяли участь 43 отримувачі", unit_alt="persons")
q1 = F("satisfaction", "percent", 86.7, "Якістю послуг задоволені 86,7 % опитаних", alt=["share"])
q2 = F("share", "percent", 95.3, "отримали послугу вчасно – 95,3 %", label="отримали послугу вчасно",
       criterion="timeliness", alt=["satisfaction"])
q3 = F("share", "percent", 100, "вважають персонал ввічливим – 100 %", label="вважають персонал ввічливим",
       criterion="dignity", alt=["satisfaction"])
CR = {"1": "targeting", "2": "effectiveness", "3": "timeliness", "4": "accessibility", "5": "dignity",
      "6": "professionalism"}
RT = {"добре": "good", "задовільно": "satisfactory"}
pairs = []
for r in CRIT:
    q = "\t".join(r)
    a = F("share", "percent", int(r[2]), q, criterion=CR[r[0]], label=r[1], alt=["satisfaction"])
    b = F("rating", "rating", RT[r[3]], q, criterion=CR[r[0]])
    pairs.append((a, b))
ov = F("rating", "rating", "good", "Загальна оцінка якості соціальних послуг центру – «добре»", criterion="overall")
sp = F("staff_positions", "positions", 5, "Штатним розписом передбачено 5 посад")
sa = F("staff_actual", "staff", 4, "фактично працюють 4 працівники")
stt = F("staff_trained", "staff", 4, "Усі чотири працівники у 2021 році підвищили кваліфікацію")
cp = F("complaints", "complaints", 0, "Скарг на якість послуг протягом року не надходило")

BANDS = "[(80, 100, 'good'), (60, 79.999, 'satisfactory'), (0, 59.999, 'unsatisfactory')]"
g.slip("percent_impossible", "error", "Якістю послуг задоволені 86,7 % опитаних", 86.7, "86,0 (37 of 43) or 88,4 (38 of 43)",
       [q1, rs], "no whole number of the 43 respondents gives 86,7 %: 37/43 = 86,05 %, 38/43 = 88,37 %",
       f"grim_ok({q1}, {rs}, 1)")
g.check("parts_sum", "ми надали соціальні послуги 289 сім'ям/особам, у тому числі", "142 + 118 + 21 + 8 = 289",
        f"{s1} + {s2} + {s3} + {s4} == {sv}")
g.check("parts_sum", "з них у 14 сім'ях", "14 ≤ 37", f"{dc} <= {na_}")
g.check("parts_sum", "Із них 9 сімей ми взяли під супровід у 2021 році, 12 сімей", "9 new + 12 from 2020 = 21",
        f"{st_} + {cont} == {ss}")
g.check("parts_sum", "Завершено супровід 11 сімей", "8 + 2 + 1 = 11", f"{o1} + {o2} + {o3} == {sc}")
g.check("parts_sum", "Ще 10 сімей продовжують", "11 completed + 10 continuing = 21", f"{sc} + {on} == {ss}")
g.check("internal_conflict", "Соціальний супровід отримувала 21 сім'я", "21 in the list of services = 21 in the "
        "social-support paragraph", f"{s3} == {ss}")
g.check("percent_impossible", "отримали послугу вчасно – 95,3 %", "95,3 % of 43 is 41/43 = 95,35 %; 100 % is 43/43",
        f"grim_ok({q2}, {rs}, 1) and grim_ok({q3}, {rs}, 0)")
g.check("rating_band", "Рівень якості за кожним критерієм визначали так: 80–100 % – «добре»",
        "every criterion's rating matches the document's bands (92, 81, 95, 100, 88 → добре; 78 → задовільно)",
        " and ".join(f"band({a}, {BANDS}) == {b}" for a, b in pairs))
g.check("parts_sum", "фактично працюють 4 працівники", "4 ≤ 5; 4 trained ≤ 4", f"{sa} <= {sp} and {stt} <= {sa}")

g.skip("89030, Закарпатська обл., Ужгородський р-н, с. Кострина, вул. Головна, 52; тел. (03135) 0-43-18",
       [89030, 52, 3135, 4318], "postcode, address, phone")
g.skip("код ЄДРПОУ 44160573", [44160573], "ЄДРПОУ")
g.skip("за 2021 рік", [2021], "year")
g.skip("наказу центру від 03.12.2021 № 47 у період з 06 по 17 грудня 2021 року", [3, 12, 2021, 47, 6, 17, 2021],
       "order date and number, assessment dates")
g.skip("До робочої групи увійшли 3 працівники центру", [3], "working group size")
g.skip("У 2020 році послуги отримали 247 сімей/осіб", [2020, 247], "prior-year figure")
g.skip("Середня тривалість супроводу – 6 місяців", [6], "duration")
g.skip("віком від 19 до 74 років", [19, 74], "ages")
g.skip("80–100 % – «добре», 60–79 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79, 60], "rating bands")
g.skip("№\tКритерій\tРезультат, %\tОцінка", [1, 2, 3, 4, 5, 6], "row numbers")
g.skip("1. Надані послуги", [1, 2, 3, 4, 5], "section numbers")
g.skip("1) до 01.03.2022 розмістити інформацію", [1, 1, 3, 2022, 2, 3], "recommendation numbers, deadline")
g.skip("у 2022 році охопити консультуванням не менше 150 осіб", [2022, 150], "2022 target")
g.skip("20.12.2021", [20, 12, 2021], "date")
g.note("«289 сім'ям/особам» → unit families_persons; the services list gives bare numbers, so they inherit it, "
       "except «соціальний супровід – 21 сім'ї» (families, unit_alt families_persons)")
g.note("«12 сімей отримували послугу з 2020 року» → served with a label (alt support_ongoing); «продовжують "
       "отримувати послугу у 2022 році» → support_ongoing")
g.note("criteria table: the % column → share with criterion (alt satisfaction), the rating column → rating; "
       "«Повага до гідності отримувача» → dignity. The overall rating is in the prose below the table")
g.note("survey: «задоволені 86,7 %» → satisfaction (alt share); «вчасно» → share with criterion timeliness; "
       "«персонал ввічливим» → share with criterion dignity (a choice; the text gives no criterion)")
g.note("«Усі чотири працівники … підвищили кваліфікацію» (number in words) → staff_trained 4")
g.write()
