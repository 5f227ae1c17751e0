"""b116_07: КУ «ЦНСП» Нересницької сільської ради, annual report 2024. DOCX whose key figures sit in
floating text boxes (Word «Напис»: wps:txbx with a v:textbox fallback) anchored beside the body text.
Some callouts repeat a body figure, some hold a figure found nowhere else; one contradicts the body."""
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx, textbox_run

DOC = "b116_07_neresnytsia_cnsp_annual2024.docx"
NB = "\u00a0"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
for s in d.sections:
    s.left_margin = Cm(2); s.right_margin = Cm(2)


def para(text, bold=False, align="j", size=None, box=None, box_first=True, right_indent=True):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if right_indent and align == "j":
        p.paragraph_format.right_indent = Cm(5.2)
    if box is not None and box_first:
        p._p.append(textbox_run(*box))
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if box is not None and not box_first:
        p._p.append(textbox_run(*box))
    return p


def head(text):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    return p


para("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»\nНЕРЕСНИЦЬКОЇ СІЛЬСЬКОЇ РАДИ ТЯЧІВСЬКОГО РАЙОНУ "
     "ЗАКАРПАТСЬКОЇ ОБЛАСТІ", bold=True, align="c")
para("90563, с. Нересниця, вул. Шевченка, 102 • тел. (03134) 0-29-75 • cnsp.neresnytsia@example.ua • "
     "ЄДРПОУ 44028613", align="c", size=9)
para("ЗВІТ ПРО ДІЯЛЬНІСТЬ ЗА 2024 РІК", bold=True, align="c", size=14)

head("1. Загальна інформація")
para("Центр утворено рішенням Нересницької сільської ради від 22.12.2020 № 57 і надає соціальні послуги "
     "мешканцям 9 старостинських округів. Упродовж 2024 року до Центру надійшло 402 заяви про надання "
     "соціальних послуг, оцінку потреб проведено 377 особам.",
     box=(["2024 У ЦИФРАХ", "1" + NB + "263", "отримувачі соціальних послуг"], 1, 4680000, 0, 1620000, 1000000))
para("Соціальні послуги у 2024 році отримали 1" + NB + "236 осіб, з них 188 внутрішньо переміщених осіб та "
     "141 особа з інвалідністю. Загалом надано 18" + NB + "504 соціальні послуги.")

head("2. Соціальна робота з сім'ями та особами")
para("Послугу консультування отримали 604 особи, інформування – 388, соціальної профілактики – 97. "
     "Фахівці мобільної бригади працювали у віддалених гірських селах громади.",
     box=(["214", "виїздів мобільної бригади"], 2, 4680000, 0, 1620000, 720000))
para("Під соціальним супроводом перебувала 31 сім'я, у яких виховується 73 дитини. Протягом року під "
     "супровід взято 17 сімей, завершено 19 випадків супроводу, з них у 5 сім'ях складні життєві "
     "обставини мінімізовано.",
     box=(["14 сімей", "подолали складні життєві обставини"], 3, 4680000, 0, 1620000, 720000), box_first=False)
para("Проведено 38 групових заходів (тренінги, батьківські клуби, заняття для підлітків), якими охоплено "
     "512 учасників.")

head("3. Послуги за місцем проживання")
para("Догляд вдома отримували 86 осіб (у 2023 році – 79), денний догляд – 24 особи з інвалідністю, "
     "натуральну допомогу – 203 особи. Обслуговування здійснюють 22 соціальні робітники.",
     box=(["86", "підопічних отримують догляд вдома"], 4, 4680000, 0, 1620000, 720000))

head("4. Якість послуг")
para("У листопаді 2024 року проведено внутрішню оцінку якості послуги догляду вдома. Загальна оцінка якості "
     "надання послуги – «добре». Скарг від отримувачів протягом року не надходило.",
     box=(["97,4" + NB + "%", "отримувачів задоволені якістю послуг", "(опитано 116 осіб)"], 5,
          4680000, 0, 1620000, 900000))

head("5. Кадри та фінансування")
para("Штатним розписом передбачено 52 посади, фактично працює 47 працівників; 12 працівників пройшли "
     "підвищення кваліфікації.",
     box=(["47 працівників", "з них 9 мають досвід роботи понад 10 років"], 6, 4680000, 0, 1620000, 720000))
para("Затверджено видатки загального фонду в сумі 9" + NB + "040,0 тис. грн, касові видатки склали "
     "8" + NB + "912,4 тис. грн, економія – 127,6 тис. грн.",
     box=(["8,9 млн грн", "касові видатки 2024 року"], 7, 4680000, 0, 1620000, 720000), box_first=False)
para("У 2025 році Центр планує запровадити послугу тимчасового відпочинку для батьків дітей з інвалідністю.")
para("Директор КУ «ЦНСП»                                                       (підпис)", align=None)
para("Дата складання: 20.01.2025", align=None)
save_docx(d, report_path(DOC), author="КУ ЦНСП Нересниця")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Нересницької сільської ради",
    "centre_type": "cnsp", "settlement": "Нересниця", "oblast": "Закарпатська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
}, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Нересницької сільської ради",
               "КУ «Центр надання соціальних послуг» Нересницької сільської ради",
               "Комунальна установа «Центр надання соціальних послуг» Нересницької сільської ради Тячівського району Закарпатської області"]})
f = g.f
SJO = "social_support_sjo"
c1 = f("served", "persons", 1263, "1 263\nотримувачі соціальних послуг", unit_alt="recipients",
       label="напис «2024 у цифрах»",
       note="callout (text box) beside section 1; restates the body's total of persons served, but with other digits")
c2 = f("applied", "applications", 402, "надійшло 402 заяви")
c3 = f("needs_assessed", "persons", 377, "оцінку потреб проведено 377 особам")
c4 = f("served", "persons", 1236, "Соціальні послуги у 2024 році отримали 1 236 осіб")
c5 = f("served", "persons", 188, "з них 188 внутрішньо переміщених осіб", category="внутрішньо переміщені особи",
       parent=c4)
c6 = f("served", "persons", 141, "141 особа з інвалідністю", category="особи з інвалідністю", parent=c4)
c7 = f("services_provided", "services", 18504, "Загалом надано 18 504 соціальні послуги")
c8 = f("served", "persons", 604, "Послугу консультування отримали 604 особи", service="counselling")
c9 = f("served", "persons", 388, "інформування – 388", service="informing")
c10 = f("served", "persons", 97, "соціальної профілактики – 97", service="social_prevention")
c11 = f("served", "families", 31, "Під соціальним супроводом перебувала 31 сім'я", service=SJO, alt=["support_ongoing"])
c12 = f("served", "children", 73, "у яких виховується 73 дитини", service=SJO, alt=["support_ongoing"], parent=c11)
c13 = f("support_started", "families", 17, "під супровід взято 17 сімей", service=SJO, parent=c11)
c14 = f("support_completed", "families", 19, "завершено 19 випадків супроводу", service=SJO, parent=c11)
c15 = f("outcome_minimized", "families", 5, "з них у 5 сім'ях складні життєві обставини мінімізовано", service=SJO,
        group="completed_19_by_outcome", parent=c14)
c16 = f("outcome_positive", "families", 14, "14 сімей\nподолали складні життєві обставини", service=SJO,
        group="completed_19_by_outcome", parent=c14,
        note="callout only: the body gives the 19 completed and the 5 minimized, the 14 overcome are in the text box")
c17 = f("events", "events", 38, "Проведено 38 групових заходів")
c18 = f("event_participants", "persons", 512, "якими охоплено 512 учасників", parent=c17)
c19 = f("served", "persons", 86, "86\nпідопічних отримують догляд вдома", service="home_care",
        note="callout repeating the body figure")
c20 = f("served", "persons", 86, "Догляд вдома отримували 86 осіб", service="home_care")
c21 = f("served", "persons", 24, "денний догляд – 24 особи з інвалідністю", service="day_care",
        category="особи з інвалідністю")
c22 = f("served", "persons", 203, "натуральну допомогу – 203 особи", service="natural_aid")
c23 = f("satisfaction", "percent", 97.4, "97,4 %\nотримувачів задоволені якістю послуг", alt=["share"],
        note="callout only")
c24 = f("survey_respondents", "persons", 116, "(опитано 116 осіб)", note="callout only")
c25 = f("rating", "rating", "good", "Загальна оцінка якості надання послуги – «добре»", criterion="overall",
        service="home_care")
c26 = f("complaints", "complaints", 0, "Скарг від отримувачів протягом року не надходило")
c27 = f("staff_actual", "staff", 47, "47 працівників\nз них 9", note="callout repeating the body figure")
c28 = f("staff_positions", "positions", 52, "Штатним розписом передбачено 52 посади")
c29 = f("staff_actual", "staff", 47, "фактично працює 47 працівників")
c30 = f("staff_trained", "staff", 12, "12 працівників пройшли")
c31 = f("staff_actual", "staff", 22, "Обслуговування здійснюють 22 соціальні робітники", label="соціальні робітники",
        parent=c29)
c32 = f("budget_approved", "uah", 9040000, "Затверджено видатки загального фонду в сумі 9 040,0 тис. грн",
        label="загальний фонд")
c33 = f("budget_spent", "uah", 8912400, "касові видатки склали 8 912,4 тис. грн", label="загальний фонд")
c34 = f("budget_savings", "uah", 127600, "економія – 127,6 тис. грн", label="загальний фонд")
c35 = f("budget_spent", "uah", 8900000, "8,9 млн грн\nкасові видатки 2024 року",
        note="callout: the body's 8 912,4 тис. грн rounded to 0,1 млн; not a conflict")

g.slip("internal_conflict", "error", "1 263\nотримувачі соціальних послуг", 1263, 1236, [c1, c4],
       "the «2024 у цифрах» callout gives 1 263 recipients of social services; the body gives 1 236 persons who "
       "received social services in 2024 (digits transposed)", "f1 == f4")

g.check("parts_sum", "завершено 19 випадків супроводу", "14 overcome (callout) + 5 minimized (body) = 19",
        "f16 + f15 == f14")
g.check("parts_sum", "під супровід взято 17 сімей", "17 taken and 19 completed ≤ 31", "f13 <= f11 and f14 <= f11")
g.check("parts_sum", "з них 188 внутрішньо переміщених осіб", "188 and 141 (overlapping categories) ≤ 1 236",
        "f5 <= f4 and f6 <= f4")
g.check("percent_impossible", "97,4 %\nотримувачів задоволені якістю послуг", "113 of 116 = 97,41 % → 97,4",
        "grim_ok(f23, f24, 1)")
g.check("internal_conflict", "86\nпідопічних отримують догляд вдома", "callouts repeat the body: 86, 47",
        "f19 == f20 and f27 == f29")
g.check("internal_conflict", "8,9 млн грн\nкасові видатки 2024 року",
        "8 912,4 тис. грн rounds to 8,9 млн: a rounded repeat, not a conflict", "abs(f35 - f33) <= 50000")
g.check("table_arithmetic", "економія – 127,6 тис. грн", "9 040,0 − 8 912,4 = 127,6", "f32 - f33 == f34")
g.check("parts_sum", "фактично працює 47 працівників", "47 ≤ 52; 22 and 12 ≤ 47",
        "f29 <= f28 and f31 <= f29 and f30 <= f29")

g.skip("90563, с. Нересниця, вул. Шевченка, 102 • тел. (03134) 0-29-75", [90563, 102, 3134, 0, 29, 75],
       "postcode, address, phone")
g.skip("ЄДРПОУ 44028613", [44028613], "ЄДРПОУ")
g.skip("ЗВІТ ПРО ДІЯЛЬНІСТЬ ЗА 2024 РІК", [2024], "period")
g.skip("2024 У ЦИФРАХ", [2024], "year in a callout heading")
g.skip("рішенням Нересницької сільської ради від 22.12.2020 № 57", [22, 12, 2020, 57], "decision date and number")
g.skip("мешканцям 9 старостинських округів", [9], "count of districts")
g.skip("Упродовж 2024 року", [2024], "year")
g.skip("214\nвиїздів мобільної бригади", [214], "trips (callout only): no §3 id")
g.skip("(у 2023 році – 79)", [2023, 79], "prior-year figure")
g.skip("У листопаді 2024 року", [2024], "assessment date")
g.skip("з них 9 мають досвід роботи понад 10 років", [9, 10], "staff by experience (callout): no §3 id; duration")
g.skip("У 2025 році Центр планує", [2025], "plan")
g.skip("Дата складання: 20.01.2025", [20, 1, 2025], "date")
g.skip("1. Загальна інформація", [1, 2, 3, 4, 5], "section numbers 1.–5.")

g.note("less common style: key figures in floating Word text boxes («Напис»: DrawingML wps:txbx with the VML "
       "v:textbox fallback, same content). The reader prints each box's paragraphs as lines next to its anchor "
       "paragraph (before the paragraph text when the anchor run comes first, after it otherwise)")
g.note("callouts that repeat a body figure are facts of their own (86 home care, 47 staff, 8,9 млн грн); the "
       "callout-only figures (14 families overcame СЖО, 97,4 %, 116 respondents) are facts; the «214 виїздів» "
       "callout is skipped (trips: no §3 id)")
g.note("«8,9 млн грн» is a rounded repeat of 8 912,4 тис. грн, stored as 8 900 000; it is not a conflict")
g.note("«1 263 отримувачі соціальних послуг»: unit persons (unit_alt recipients) because it restates the body's "
       "«1 236 осіб»; the two differ by a transposition → the planted internal_conflict")
g.note("the survey callout names no service: satisfaction with no service set; the rating is the home-care "
       "assessment's overall rating")
g.write()
