"""b23_06: ЦСС Рогатинської міської ради (Івано-Франківська), PRESENTATION of the 2023 results exported to PDF.

Twelve landscape slides: a title slide, one heading per slide, sparse bullets, big numbers with a caption,
a bar chart whose data labels are written as a list, slide numbers «3 / 12» in the corner, a plans slide
and a «Дякую за увагу!» slide. reportlab canvas, invariant=1.
Planted slip: percents_sum — the chart's shares 38,6 + 31,2 + 18,2 + 9,4 + 4,1 = 101,5 %.
"""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from common import Gold, register_fonts, report_path

DOC = "b23_06_rohatyn_css_slides2023.pdf"
register_fonts()
W, H = landscape(A4)
N = 12

c = canvas.Canvas(report_path(DOC), pagesize=landscape(A4), invariant=1)
c.setTitle("Підсумки роботи ЦСС за 2023 рік")
c.setAuthor("ЦСС Рогатинської міської ради")
slide_no = [0]


def start(title=None):
    slide_no[0] += 1
    c.setFillColorRGB(0.12, 0.30, 0.55)
    c.rect(0, H - 95, W, 95, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    if title:
        c.setFont("LSans-B", 30)
        c.drawString(50, H - 62, title)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.setFont("LSans", 12)
    c.drawRightString(W - 30, 22, f"{slide_no[0]} / {N}")
    c.setFillColorRGB(0, 0, 0)


def bullets(lines, y=H - 150, size=20, x=60, step=34):
    c.setFont("LSans", size)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= step
    return y


def big(num, caption, y, x=60):
    c.setFillColorRGB(0.12, 0.30, 0.55)
    c.setFont("LSans-B", 54)
    c.drawString(x, y, num)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LSans", 18)
    c.drawString(x, y - 28, caption)


# 1 title
start()
c.setFillColorRGB(1, 1, 1)
c.setFont("LSans-B", 20)
c.drawString(50, H - 60, "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ РОГАТИНСЬКОЇ МІСЬКОЇ РАДИ")
c.setFillColorRGB(0, 0, 0)
c.setFont("LSans-B", 40)
c.drawString(50, H - 240, "Підсумки роботи за 2023 рік")
c.setFont("LSans", 20)
c.drawString(50, H - 285, "Звіт на засіданні виконавчого комітету Рогатинської міської ради")
c.drawString(50, H - 320, "Рогатин – лютий 2024")
c.showPage()

# 2
start("Про Центр")
bullets(["• Працюємо з 2021 року, обслуговуємо 41 населений пункт громади",
         "• Штатний розпис – 19 посад",
         "• Фактично працюють 17 фахівців",
         "• Два відділи: соціальної роботи та сімейних форм виховання"])
c.showPage()

# 3
start("Звернення до Центру")
big("1 126", "мешканців громади звернулися до Центру у 2023 році", H - 200)
bullets(["• 412 – звернулися вперше",
         "• 287 – внутрішньо переміщені особи (25,5 %)"], y=H - 300)
c.showPage()

# 4
start("Охоплення соціальними послугами")
big("2 048", "осіб отримали соціальні послуги", H - 190)
big("744", "сім'ї з дітьми серед отримувачів", H - 310)
bullets(["• з них 611 дітей"], y=H - 400)
c.showPage()

# 5 chart
start("Отримувачі за видами послуг, %")
data = [("Інформування", "38,6 %", 38.6), ("Консультування", "31,2 %", 31.2),
        ("Натуральна допомога", "18,2 %", 18.2), ("Соціальний супровід", "9,4 %", 9.4),
        ("Кризове втручання", "4,1 %", 4.1)]
y = H - 150
c.setFont("LSans", 18)
for name, lab, v in data:
    c.setFillColorRGB(0.12, 0.30, 0.55)
    c.rect(420, y - 4, v * 9, 22, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(60, y, f"{name} – {lab}")
    y -= 48
c.setFont("LSans", 13)
c.drawString(60, y - 10, "Частка від загальної кількості отримувачів (2 048 осіб)")
c.showPage()

# 6
start("Соціальний супровід сімей у СЖО")
big("62 сім'ї", "перебували під супроводом, у них 148 дітей", H - 190)
bullets(["• взято під супровід – 35 сімей",
         "• завершено супровід – 30 сімей:",
         "      подолано СЖО – 22",
         "      мінімізовано СЖО – 6",
         "      вибули з громади – 2",
         "• продовжено на 2024 рік – 32 сім'ї"], y=H - 270, size=18, step=30)
c.showPage()

# 7
start("Прийомні сім'ї та ДБСТ")
big("11", "прийомних сімей і ДБСТ під соціальним супроводженням", H - 200)
big("34", "дитини виховуються в цих сім'ях", H - 330)
c.showPage()

# 8
start("Групова та профілактична робота")
big("57", "групових заходів", H - 190)
big("1 304", "учасники", H - 300)
bullets(["• тренінги – 21", "• батьківські групи – 18", "• інформаційні акції – 18"], x=480, y=H - 170)
c.showPage()

# 9
start("Телефон довіри та мобільна бригада")
big("418", "дзвінків на телефон довіри", H - 200)
bullets(["• 96 виїздів мобільної бригади соціально-психологічної допомоги",
         "• середня тривалість розмови – 20 хвилин"], y=H - 300)
c.showPage()

# 10
start("Якість послуг")
big("94 %", "отримувачів задоволені якістю послуг", H - 190)
bullets(["• опитано 210 отримувачів (грудень 2023 року)",
         "• загальна оцінка якості – «добре»",
         "• скарг – 0"], y=H - 290)
c.showPage()

# 11
start("Плани на 2024 рік")
bullets(["• денний догляд для 20 дітей з інвалідністю",
         "• охоплення послугами – до 2 300 осіб",
         "• 2 нові батьківські групи у старостинських округах",
         "• запуск онлайн-запису на консультації"])
c.showPage()

# 12
start()
c.setFont("LSans-B", 44)
c.drawCentredString(W / 2, H / 2 + 20, "Дякую за увагу!")
c.setFont("LSans", 18)
c.drawCentredString(W / 2, H / 2 - 40, "м. Рогатин, вул. Галицька, 44 · (03435) 0-21-93 · css.rohatyn@example.ua")
c.showPage()
c.save()

g = Gold(DOC, {
    "centre": "Центр соціальних служб Рогатинської міської ради",
    "centre_type": "css",
    "settlement": "Рогатин",
    "report_kind": "annual_report",
    "period_start": "2023-01-01",
    "period_end": "2023-12-31",
})
f = g.f
pos = f("staff_positions", "positions", 19, "Штатний розпис – 19 посад")
act = f("staff_actual", "staff", 17, "Фактично працюють 17 фахівців")
ap = f("applied", "persons", 1126, "1 126 мешканців громади звернулися до Центру у 2023 році")
ap1 = f("applied", "persons", 412, "412 – звернулися вперше", label="вперше", parent=ap)
ap2 = f("applied", "persons", 287, "287 – внутрішньо переміщені особи (25,5 %)", percent=25.5,
        category="внутрішньо переміщені особи", parent=ap)
sp = f("served", "persons", 2048, "2 048 осіб отримали соціальні послуги")
sf = f("served", "families", 744, "744 сім'ї з дітьми серед отримувачів")
sc = f("served", "children", 611, "з них 611 дітей", parent=sf,
       note="«з них» right after the families line: the children of those families (SPEC §3: children written "
            "with families hang on the families row)")
SH = []
for name, lab, v, svc in (("Інформування", "38,6 %", 38.6, "informing"),
                          ("Консультування", "31,2 %", 31.2, "counselling"),
                          ("Натуральна допомога", "18,2 %", 18.2, "natural_aid"),
                          ("Соціальний супровід", "9,4 %", 9.4, "social_support_sjo"),
                          ("Кризове втручання", "4,1 %", 4.1, "crisis_intervention")):
    SH.append(f("share", "percent", v, f"{name} – {lab}", service=svc,
                label=f"частка отримувачів: {name.lower()}", group="recipients_by_service_pct"))
ss = f("served", "families", 62, "62 сім'ї перебували під супроводом", service="social_support_sjo",
       alt=["support_ongoing"])
ssc = f("served", "children", 148, "у них 148 дітей", service="social_support_sjo", alt=["support_ongoing"],
        parent=ss)
st = f("support_started", "families", 35, "взято під супровід – 35 сімей", service="social_support_sjo", parent=ss)
cm = f("support_completed", "families", 30, "завершено супровід – 30 сімей", service="social_support_sjo",
       parent=ss)
o1 = f("outcome_positive", "families", 22, "подолано СЖО – 22", service="social_support_sjo",
       group="completed_30_by_outcome", parent=cm)
o2 = f("outcome_minimized", "families", 6, "мінімізовано СЖО – 6", service="social_support_sjo",
       group="completed_30_by_outcome", parent=cm)
o3 = f("outcome_other", "families", 2, "вибули з громади – 2", service="social_support_sjo",
       label="вибули з громади", group="completed_30_by_outcome", parent=cm)
on = f("support_ongoing", "families", 32, "продовжено на 2024 рік – 32 сім'ї", service="social_support_sjo",
       parent=ss)
fo = f("served", "families", 11, "11 прийомних сімей і ДБСТ під соціальним супроводженням",
       service="social_support_foster")
foc = f("served", "children", 34, "34 дитини виховуються в цих сім'ях", service="social_support_foster", parent=fo)
ev = f("events", "events", 57, "57 групових заходів")
evp = f("event_participants", "persons", 1304, "1 304 учасники", parent=ev)
e1 = f("events", "events", 21, "тренінги – 21", label="тренінги", group="events_57_by_kind", parent=ev)
e2 = f("events", "events", 18, "батьківські групи – 18", label="батьківські групи", group="events_57_by_kind",
       parent=ev)
e3 = f("events", "events", 18, "інформаційні акції – 18", label="інформаційні акції", group="events_57_by_kind",
       parent=ev)
cl = f("calls", "calls", 418, "418 дзвінків на телефон довіри")
sat = f("satisfaction", "percent", 94, "94 % отримувачів задоволені якістю послуг")
sv = f("survey_respondents", "recipients", 210, "опитано 210 отримувачів", unit_alt="persons")
rt = f("rating", "rating", "good", "загальна оцінка якості – «добре»", criterion="overall")
cp = f("complaints", "complaints", 0, "скарг – 0")

g.slip("percents_sum", "error", "Інформування – 38,6 %", reported=101.5, expected=100, fact_ids=SH,
       note="the five chart labels are shares of the 2 048 recipients by service and sum to 38,6 + 31,2 + 18,2 + "
            "9,4 + 4,1 = 101,5 %; five one-decimal shares may miss 100 by at most 0,25",
       verify="psum_ok([" + ", ".join(SH) + "], 1)")
g.check("parts_sum", "Фактично працюють 17 фахівців", "17 ≤ 19 positions", f"{act} <= {pos}")
g.check("percent_mismatch", "287 – внутрішньо переміщені особи (25,5 %)", "287 / 1 126 = 25,49 % → 25,5",
        f"pct_ok(p{ap2[1:]}, {ap2}, {ap}, 1)")
g.check("parts_sum", "412 – звернулися вперше", "412 and 287 ≤ 1 126", f"{ap1} <= {ap} and {ap2} <= {ap}")
g.check("parts_sum", "з них 611 дітей", "744 families ≤ 2 048 recipients; 611 children ≤ 2 048",
        f"{sf} <= {sp} and {sc} <= {sp}")
g.check("parts_sum", "завершено супровід – 30 сімей:", "22 + 6 + 2 = 30", f"{o1} + {o2} + {o3} == {cm}")
g.check("parts_sum", "продовжено на 2024 рік – 32 сім'ї", "62 − 30 = 32; 35 ≤ 62",
        f"{ss} - {cm} == {on} and {st} <= {ss}")
g.check("parts_sum", "тренінги – 21", "21 + 18 + 18 = 57", f"{e1} + {e2} + {e3} == {ev}")
g.check("percent_impossible", "94 % отримувачів задоволені якістю послуг", "94 % is reachable with 210 "
        "(197/210 = 93,8 → 94)", f"grim_ok({sat}, {sv}, 0)")

g.skip("Підсумки роботи за 2023 рік", [2023], "year in the title")
g.skip("Рогатин – лютий 2024", [2024], "date of the presentation")
g.skip("• Працюємо з 2021 року, обслуговуємо 41 населений пункт громади", [2021, 41], "year, number of settlements")
g.skip("• Два відділи", [2], "number of departments (in words)")
g.skip("звернулися до Центру у 2023 році", [2023], "year")
g.skip("Частка від загальної кількості отримувачів (2 048 осіб)", [2048],
       "the chart's base, a repeat of the served total on slide 4 in a footnote-like caption; not a separate fact")
g.skip("• 96 виїздів мобільної бригади соціально-психологічної допомоги", [96], "trips; no §3 id")
g.skip("• середня тривалість розмови – 20 хвилин", [20], "duration")
g.skip("(грудень 2023 року)", [2023], "survey date")
g.skip("• денний догляд для 20 дітей з інвалідністю", [20], "2024 plan")
g.skip("• охоплення послугами – до 2 300 осіб", [2300], "2024 target")
g.skip("• 2 нові батьківські групи у старостинських округах", [2], "2024 plan")
g.skip("Плани на 2024 рік", [2024], "plan year")
g.skip("м. Рогатин, вул. Галицька, 44 · (03435) 0-21-93", [44, 3435, 2193], "address, phone")
g.skip("продовжено на 2024 рік", [2024], "year (the figure 32 is a 2023 fact)")

g.note("slide numbers «n / 12» and the headings are page furniture / titles; the reader drops the slide numbers")
g.note("oblast is not stated in the slides → omitted from meta")
g.note("chart data labels are standalone shares → share with service and label, one group; they do not sum to "
       "100 (planted slip)")
g.note("«2 048» in the chart caption repeats the slide-4 total as the base of the shares: skipped, not a fact")
g.note("«1 126 мешканців … звернулися» → applied persons; «62 сім'ї перебували під супроводом» → served (alt "
       "support_ongoing); «продовжено на 2024 рік – 32» → support_ongoing")
g.write()
