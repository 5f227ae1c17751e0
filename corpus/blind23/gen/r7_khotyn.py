"""b23_07: external quality assessment of social support (соціальний супровід сімей у СЖО) provided in 2024
by the ЦСС of Хотинська міська рада (Чернівецька), written by the Чернівецький обласний центр соціальних
служб. reportlab PDF (portrait) with a survey table (positive answers as counts and shares, rating per
criterion) and the document's own bands (85 % / 65 %), one criterion rated «задовільно» in line with them.
No planted slip: everything adds up.
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

from common import Gold, register_fonts, report_path

DOC = "b23_07_khotyn_css_external2024.pdf"
register_fonts()

st = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, spaceAfter=6)
hd = ParagraphStyle("h", parent=st, fontName="LSerif-B", alignment=1)
cell = ParagraphStyle("c", parent=st, fontSize=10.5, leading=12, spaceAfter=0)

story = []
P = lambda t, s=st: story.append(Paragraph(t, s))  # noqa: E731
P("ЧЕРНІВЕЦЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ", hd)
P("58000, м. Чернівці, вул. Героїв Майдану, 176, тел. (0372) 0-55-17, ЄДРПОУ 40311582", hd)
story.append(Spacer(1, 6))
P("ЗВІТ", hd)
P("про проведення зовнішньої оцінки якості надання соціальної послуги соціального супроводу сімей (осіб), "
  "які перебувають у складних життєвих обставинах, Центром соціальних служб Хотинської міської ради за 2024 рік", hd)
P("<b>1. Підстава та організація.</b> Оцінку проведено відповідно до наказу обласного центру від 04.02.2025 № 19. "
  "Комісія у складі 4 осіб працювала в Центрі соціальних служб Хотинської міської ради Чернівецької області "
  "(далі – Центр) 11–13 лютого 2025 року.")
P("<b>2. Відомості про надавача.</b> Послугу соціального супроводу в Центрі надають 6 фахівців із соціальної "
  "роботи при 7 штатних посадах. У 2024 році 4 фахівці пройшли навчання з ведення випадку.")
P("<b>3. Показники надання послуги у 2024 році.</b> Протягом року послугу отримували 47 сімей, у яких "
  "виховується 112 дітей. Взято під супровід 26 сімей. Завершено супровід 21 сім'ї: з позитивним результатом – "
  "14 (66,7 %), з мінімізацією складних життєвих обставин – 5 (23,8 %), без досягнення результату – 2 (9,5 %). "
  "Станом на 31.12.2024 під супроводом перебувало 26 сімей.")
P("<b>4. Методи.</b> Вибірково перевірено 24 особові справи (51,1 % від загальної кількості), проведено "
  "9 бесід з фахівцями, опитано 41 отримувача послуги (87,2 % сімей, які її отримували). У 3 справах із 24 "
  "(12,5 %) відсутні підписи отримувачів на індивідуальних планах.")
P("<b>5. Результати опитування.</b> Шкала: частка позитивних відповідей не менше 85 % – «добре»; від 65 до "
  "84,9 % – «задовільно»; менше 65 % – «незадовільно».")
P("Таблиця 2. Оцінка за критеріями якості (n = 41)")
rows = [
    ["Критерій", "Позитивних відповідей, осіб", "Частка, %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "38", "92,7", "добре"],
    ["Результативність", "33", "80,5", "задовільно"],
    ["Своєчасність", "36", "87,8", "добре"],
    ["Доступність та відкритість", "39", "95,1", "добре"],
    ["Повага до гідності", "41", "100,0", "добре"],
    ["Професійність", "37", "90,2", "добре"],
    ["Конфіденційність", "40", "97,6", "добре"],
]
t = Table([[Paragraph(x, cell) for x in r] for r in rows], colWidths=[62 * mm, 42 * mm, 26 * mm, 30 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(t)
story.append(Spacer(1, 8))
P("Загалом задоволені отриманою послугою 39 з 41 опитаних (95,1 %).")
P("<b>6. Висновки.</b> Якість надання послуги за 6 з 7 критеріїв оцінено як «добре», за критерієм "
  "результативності – «задовільно». Загальна оцінка якості надання послуги соціального супроводу – «добре». "
  "Скарг від отримувачів протягом 2024 року не надходило.")
P("<b>7. Рекомендації.</b> 1) До 01.06.2025 забезпечити підписання індивідуальних планів отримувачами; "
  "2) переглядати індивідуальні плани не рідше ніж раз на 3 місяці; 3) підвищити результативність супроводу "
  "сімей, які виховують дітей віком до 6 років.")
P("Директор обласного центру (підпис)        Голова комісії (підпис)")
P("14.02.2025")


def footer(canv, doc):
    canv.setFont("LSans", 9)
    canv.drawRightString(200 * mm, 10 * mm, f"Сторінка {doc.page}")


SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=22 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                  bottomMargin=18 * mm, title="Зовнішня оцінка якості", author="Чернівецький ОЦСС",
                  invariant=1).build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Хотинської міської ради",
    "centre_type": "css",
    "settlement": "Хотин",
    "oblast": "Чернівецька",
    "report_kind": "external_assessment",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
}, meta_alt={"centre": ["Чернівецький обласний центр соціальних служб"]})
f = g.f
act = f("staff_actual", "staff", 6, "надають 6 фахівців із соціальної роботи")
pos = f("staff_positions", "positions", 7, "при 7 штатних посадах")
tr = f("staff_trained", "staff", 4, "4 фахівці пройшли навчання з ведення випадку")
ss = f("served", "families", 47, "Протягом року послугу отримували 47 сімей", service="social_support_sjo")
ssc = f("served", "children", 112, "у яких виховується 112 дітей", service="social_support_sjo", parent=ss)
stt = f("support_started", "families", 26, "Взято під супровід 26 сімей", service="social_support_sjo", parent=ss)
cm = f("support_completed", "families", 21, "Завершено супровід 21 сім'ї", service="social_support_sjo", parent=ss)
o1 = f("outcome_positive", "families", 14, "з позитивним результатом – 14 (66,7 %)", percent=66.7,
       service="social_support_sjo", group="completed_21_by_outcome", parent=cm)
o2 = f("outcome_minimized", "families", 5, "з мінімізацією складних життєвих обставин – 5 (23,8 %)", percent=23.8,
       service="social_support_sjo", group="completed_21_by_outcome", parent=cm)
o3 = f("outcome_negative", "families", 2, "без досягнення результату – 2 (9,5 %)", percent=9.5,
       service="social_support_sjo", group="completed_21_by_outcome", parent=cm)
on = f("support_ongoing", "families", 26, "Станом на 31.12.2024 під супроводом перебувало 26 сімей",
       service="social_support_sjo")
sv = f("survey_respondents", "recipients", 41, "опитано 41 отримувача послуги (87,2 % сімей, які її отримували)",
       percent=87.2, unit_alt="families")
CR = [("targeting", "Адресність та індивідуальний підхід", 38, 92.7, "92,7", "good", "добре"),
      ("effectiveness", "Результативність", 33, 80.5, "80,5", "satisfactory", "задовільно"),
      ("timeliness", "Своєчасність", 36, 87.8, "87,8", "good", "добре"),
      ("accessibility", "Доступність та відкритість", 39, 95.1, "95,1", "good", "добре"),
      ("dignity", "Повага до гідності", 41, 100, "100,0", "good", "добре"),
      ("professionalism", "Професійність", 37, 90.2, "90,2", "good", "добре"),
      ("confidentiality", "Конфіденційність", 40, 97.6, "97,6", "good", "добре")]
SH, RT, QS = {}, {}, {}
for crit, name, k, v, vs, r, rs in CR:
    q = f"{name}\t{k}\t{vs}\t{rs}"
    QS[crit] = (q, k)
    SH[crit] = f("share", "percent", v, q, criterion=crit, label="частка позитивних відповідей", alt=["satisfaction"])
    RT[crit] = f("rating", "rating", r, q, criterion=crit)
sat = f("satisfaction", "percent", 95.1, "Загалом задоволені отриманою послугою 39 з 41 опитаних (95,1 %)")
r_eff = f("rating", "rating", "satisfactory", "за критерієм результативності – «задовільно»",
          criterion="effectiveness", note="the table's rating repeated in the conclusions: two facts")
r_all = f("rating", "rating", "good", "Загальна оцінка якості надання послуги соціального супроводу – «добре»",
          criterion="overall")
cp = f("complaints", "complaints", 0, "Скарг від отримувачів протягом 2024 року не надходило")

BANDS = "[(85, 100, 'good'), (65, 84.9, 'satisfactory'), (0, 64.9, 'unsatisfactory')]"
g.check("parts_sum", "при 7 штатних посадах", "6 ≤ 7; 4 trained ≤ 6", f"{act} <= {pos} and {tr} <= {act}")
g.check("parts_sum", "Завершено супровід 21 сім'ї:", "14 + 5 + 2 = 21", f"{o1} + {o2} + {o3} == {cm}")
g.check("percents_sum", "з позитивним результатом – 14 (66,7 %)", "66,7 + 23,8 + 9,5 = 100,0",
        f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
g.check("percent_mismatch", "з позитивним результатом – 14 (66,7 %)", "14/21 = 66,67; 5/21 = 23,81; 2/21 = 9,52",
        f"pct_ok(p{o1[1:]}, {o1}, {cm}, 1) and pct_ok(p{o2[1:]}, {o2}, {cm}, 1) and pct_ok(p{o3[1:]}, {o3}, {cm}, 1)")
g.check("parts_sum", "Станом на 31.12.2024 під супроводом перебувало 26 сімей", "47 − 21 completed = 26; 26 taken ≤ 47",
        f"{ss} - {cm} == {on} and {stt} <= {ss}")
g.check("percent_mismatch", "опитано 41 отримувача послуги (87,2 % сімей", "41 / 47 = 87,23 % → 87,2",
        f"pct_ok(p{sv[1:]}, {sv}, {ss}, 1)")
g.check("percent_mismatch", "Адресність та індивідуальний підхід\t38\t92,7\tдобре",
        "each share = positive answers / 41: 38 → 92,7; 33 → 80,5; 36 → 87,8; 39 → 95,1; 41 → 100,0; 37 → 90,2; 40 → 97,6",
        "all([" + ", ".join(f"pct_ok({SH[c]}, {QS[c][1]}, {sv}, 1)" for c in SH) + "])")
g.check("rating_band", "Шкала: частка позитивних відповідей не менше 85 % – «добре»",
        "every rating matches the document's bands (80,5 % → «задовільно»)",
        "all([" + ", ".join(f"band({SH[c]}, {BANDS}) == {RT[c]}" for c in SH) + "])")
g.check("internal_conflict", "за критерієм результативності – «задовільно»", "conclusion repeats the table rating",
        f"{r_eff} == {RT['effectiveness']}")
g.check("percent_mismatch", "39 з 41 опитаних (95,1 %)", "39 / 41 = 95,12 % → 95,1", f"pct_ok({sat}, 39, {sv}, 1)")

g.skip("58000, м. Чернівці, вул. Героїв Майдану, 176, тел. (0372) 0-55-17, ЄДРПОУ 40311582",
       [58000, 176, 372, 5517, 40311582], "postcode, address, phone, ЄДРПОУ")
g.skip("Хотинської міської ради за 2024 рік", [2024], "year in the title")
g.skip("1. Підстава та організація.", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
g.skip("від 04.02.2025 № 19", [4, 2, 2025, 19], "order date and number")
g.skip("Комісія у складі 4 осіб", [4], "commission size")
g.skip("11–13 лютого 2025 року", [11, 13, 2025], "dates of the visit")
g.skip("У 2024 році 4 фахівці", [2024], "year")
g.skip("3. Показники надання послуги у 2024 році.", [2024], "year")
g.skip("Вибірково перевірено 24 особові справи (51,1 % від загальної кількості), проведено 9 бесід з фахівцями",
       [24, 51.1, 9], "case files checked and interviews; no §3 id (24/47 = 51,06 % → 51,1)")
g.skip("У 3 справах із 24 (12,5 %) відсутні підписи", [3, 24, 12.5], "documentation findings; no §3 id")
g.skip("не менше 85 % – «добре»; від 65 до 84,9 % – «задовільно»; менше 65 % – «незадовільно»", [85, 65, 84.9, 65],
       "rating bands (literals of the rating_band check)")
g.skip("Таблиця 2. Оцінка за критеріями якості (n = 41)", [2, 41], "table number; n repeats the 41 respondents")
g.skip("Адресність та індивідуальний підхід\t38", [38, 33, 36, 39, 41, 37, 40],
       "counts of positive answers per criterion; no §3 id (literals of the percent check)")
g.skip("39 з 41 опитаних", [39, 41], "count of satisfied respondents (no §3 id) and the repeated base")
g.skip("за 6 з 7 критеріїв", [6, 7], "number of criteria")
g.skip("1) До 01.06.2025 забезпечити", [1, 1, 6, 2025], "recommendation number, deadline")
g.skip("2) переглядати індивідуальні плани не рідше ніж раз на 3 місяці", [2, 3], "recommendation number, interval")
g.skip("3) підвищити результативність супроводу сімей, які виховують дітей віком до 6 років", [3, 6],
       "recommendation number, age")
g.skip("14.02.2025", [14, 2, 2025], "date of the report")
g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
g.skip("Сторінка 1", [1], "page number (page footer)")
g.skip("Сторінка 2", [2], "page number (page footer)")
g.skip("протягом 2024 року", [2024], "year")

g.note("an external assessment written by the oblast centre about the ЦСС of Хотинська міська рада: the centre in "
       "meta is the assessed provider; the oblast centre is accepted as meta_alt")
g.note("the survey table: each row gives a share (share with criterion, alt satisfaction) and a rating; the count of "
       "positive answers has no §3 id and is skipped")
g.note("the bands are 85 / 65 % (not the usual 80 / 60); 80,5 % «задовільно» is right under them — a trap, not a slip")
g.note("«опитано 41 отримувача послуги (87,2 % сімей, які її отримували)» → survey_respondents with percent; unit "
       "recipients, unit_alt families")
g.write()
