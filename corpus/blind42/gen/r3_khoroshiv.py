"""b42_03: КУ «ЦНСП» Хорошівської селищної ради, internal quality assessment of 2023 (PDF, third person, criteria table)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, read_text, register_dejavu, line_with

NAME = "b42_03_khoroshiv_cnsp_internal2023.pdf"
register_dejavu()
N = ParagraphStyle("n", fontName="DSerif", fontSize=10.5, leading=14, spaceAfter=5)
H = ParagraphStyle("h", parent=N, fontName="DSerif-B", alignment=1, spaceAfter=8)
B = ParagraphStyle("b", parent=N, fontName="DSerif-B")
C = ParagraphStyle("c", parent=N, fontSize=9.5, leading=12, spaceAfter=0)

story = [
    Paragraph("Комунальна установа «Центр надання соціальних послуг» Хорошівської селищної ради "
              "Житомирського району Житомирської області", H),
    Paragraph("ЗВІТ<br/>про проведення внутрішньої оцінки якості соціальних послуг, наданих у 2023 році", H),
    Paragraph("Внутрішню оцінку проведено комісією у складі 5 осіб, утвореною наказом директора "
              "від 15.01.2024 № 7-ОД, у період з 16.01.2024 по 02.02.2024. Оцінювалися послуги "
              "догляду вдома, денного догляду, консультування, соціального супроводу та натуральної "
              "допомоги. Комісія опрацювала 60 особових справ, провела співбесіди та анкетування.", N),
    Paragraph("1. Загальні відомості", B),
    Paragraph("У 2023 році установа надала соціальні послуги 1 097 отримувачам. Зокрема, догляд вдома "
              "отримували 238 осіб, денний догляд – 34 особи, консультування – 702 особи, натуральну "
              "допомогу – 82 особи; соціальним супроводом було охоплено 41 сім'ю (у них 88 дітей). "
              "Середній вік отримувачів догляду вдома – 76,4 року.", N),
    Paragraph("Надання послуги догляду вдома припинено 29 особам: 17 – у зв'язку зі смертю, 8 – "
              "влаштовані до закладів стаціонарного догляду, 4 – за власною заявою.", N),
    Paragraph("Із 41 сім'ї, що перебували під супроводом, 26 завершили його: у 18 складні життєві "
              "обставини подолано, у 6 – мінімізовано, у 2 результату не досягнуто (відмова від "
              "співпраці). Частка сімей, у яких подолано СЖО, серед тих, що завершили супровід, – 69,2 %.", N),
    Paragraph("2. Анкетування отримувачів", B),
    Paragraph("В анкетуванні взяли участь 84 отримувачі. Рівень задоволеності якістю послуг становить "
              "92,9 %. Результати за критеріями наведено в таблиці; оцінку визначено за шкалою: "
              "85–100 % позитивних відповідей – «добре», 60–84,9 % – «задовільно», менше 60 % – "
              "«незадовільно».", N),
]
rows = [("Критерій", "Позитивних відповідей, %", "Оцінка"),
        ("Адресність та індивідуальний підхід", "91,7", "добре"),
        ("Результативність", "86,9", "добре"),
        ("Своєчасність", "94,0", "добре"),
        ("Доступність та відкритість", "82,1", "добре"),
        ("Зручність", "78,6", "задовільно"),
        ("Повага до гідності", "97,6", "добре"),
        ("Професійність", "89,3", "добре")]
t = Table([[Paragraph(c, C) for c in r] for r in rows], colWidths=[80 * mm, 45 * mm, 35 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [t, Spacer(1, 6),
          Paragraph("Загальна оцінка якості соціальних послуг, наданих установою у 2023 році, – «добре».", N),
          Paragraph("3. Кадрове забезпечення та скарги", B),
          Paragraph("Штатним розписом установи передбачено 47 посад, працює 44 особи, з яких 39 мають "
                    "профільну освіту. Навчання протягом року пройшов 31 працівник. Скарг від "
                    "отримувачів за 2023 рік не зареєстровано.", N),
          Paragraph("4. Рекомендації", B),
          Paragraph("1) забезпечити зручний графік денного догляду до 01.06.2024; 2) розмістити на "
                    "сайті ради порядок звернення за послугами; 3) залучити до денного догляду осіб "
                    "віком від 60 років з 3 старостинських округів.", N),
          Paragraph("Адреса: 12101, смт Хорошів, вул. Героїв Чорнобиля, 8; тел. (04145) 0-31-62; "
                    "код ЄДРПОУ 44013928.", N)]


def footer(canvas, d):
    canvas.setFont("DSerif", 8)
    canvas.drawString(20 * mm, 10 * mm, f"Сторінка {d.page}")


path = report_path(NAME)
SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                  bottomMargin=18 * mm, invariant=1, title="Звіт внутрішньої оцінки",
                  author="ЦНСП").build(story, onFirstPage=footer, onLaterPages=footer)
T = read_text(path)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Хорошівської селищної ради",
    "centre_type": "cnsp", "settlement": "Хорошів", "oblast": "Житомирська",
    "report_kind": "internal_assessment", "period_start": "2023-01-01", "period_end": "2023-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Хорошівської селищної ради",
                "КУ «Центр надання соціальних послуг» Хорошівської селищної ради"]})

tot = g.f("served", "recipients", 1097, "установа надала соціальні послуги 1 097 отримувачам", unit_alt="persons")
s1 = g.f("served", "persons", 238, "догляд вдома отримували 238 осіб", service="home_care", parent=tot)
s2 = g.f("served", "persons", 34, "денний догляд – 34 особи", service="day_care", parent=tot)
s3 = g.f("served", "persons", 702, "консультування – 702 особи", service="counselling", parent=tot)
s4 = g.f("served", "persons", 82, "натуральну допомогу – 82 особи", service="natural_aid", parent=tot)
s5 = g.f("served", "families", 41, "соціальним супроводом було охоплено 41 сім'ю", service="social_support_sjo",
         alt=["support_ongoing"], parent=tot)
s6 = g.f("served", "children", 88, "(у них 88 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=s5)
hc = g.f("support_completed", "persons", 29, "Надання послуги догляду вдома припинено 29 особам",
         service="home_care", alt=["deregistered"])
h1 = g.f("outcome_other", "persons", 17, "17 – у зв'язку зі смертю", service="home_care", label="смерть",
         group="home_care_29_by_reason", parent=hc)
h2 = g.f("outcome_other", "persons", 8, "8 – влаштовані до закладів стаціонарного догляду", service="home_care",
         label="влаштовані до закладів стаціонарного догляду", group="home_care_29_by_reason", parent=hc)
h3 = g.f("outcome_other", "persons", 4, "4 – за власною заявою", service="home_care", label="за власною заявою",
         group="home_care_29_by_reason", parent=hc)
sc = g.f("support_completed", "families", 26, "26 завершили його", service="social_support_sjo", parent=s5)
o1 = g.f("outcome_positive", "families", 18, "у 18 складні життєві обставини подолано", service="social_support_sjo",
         group="completed_26_by_outcome", parent=sc)
o2 = g.f("outcome_minimized", "families", 6, "у 6 – мінімізовано", service="social_support_sjo",
         group="completed_26_by_outcome", parent=sc)
o3 = g.f("outcome_negative", "families", 2, "у 2 результату не досягнуто (відмова від співпраці)",
         service="social_support_sjo", alt=["outcome_other"], group="completed_26_by_outcome", parent=sc)
sh = g.f("share", "percent", 69.2, "– 69,2 %",
         label="частка сімей, у яких подолано СЖО, серед тих, що завершили супровід",
         note="the reader puts «– 69,2 %.» on its own line after «…серед тих, що завершили супровід,»")
sr = g.f("survey_respondents", "recipients", 84, "В анкетуванні взяли участь 84 отримувачі", unit_alt="persons")
sat = g.f("satisfaction", "percent", 92.9, "Рівень задоволеності якістю послуг становить 92,9 %")
crit = [("Адресність та індивідуальний підхід", "targeting", 91.7, "good"),
        ("Результативність", "effectiveness", 86.9, "good"),
        ("Своєчасність", "timeliness", 94, "good"),
        ("Доступність та відкритість", "accessibility", 82.1, "good"),
        ("Зручність", "convenience", 78.6, "satisfactory"),
        ("Повага до гідності", "dignity", 97.6, "good"),
        ("Професійність", "professionalism", 89.3, "good")]
cid = {}
for lab, cr, pv, rt in crit:
    q = line_with(T, lab + "\t")
    a = g.f("share", "percent", pv, q, criterion=cr, alt=["satisfaction"], label="позитивних відповідей")
    b = g.f("rating", "rating", rt, q, criterion=cr)
    cid[cr] = (a, b)
ov = g.f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг, наданих установою у 2023 році, – «добре».",
         criterion="overall")
sp = g.f("staff_positions", "positions", 47, "Штатним розписом установи передбачено 47 посад")
sa = g.f("staff_actual", "staff", 44, "працює 44 особи")
stt = g.f("staff_trained", "staff", 31, "Навчання протягом року пройшов 31 працівник")
cp = g.f("complaints", "complaints", 0, "Скарг від отримувачів за 2023 рік не зареєстровано.")

BANDS = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
a, b = cid["accessibility"]
g.slip("rating_band", "error", line_with(T, "Доступність та відкритість\t"), "добре", "задовільно", [a, b],
       "82,1 % positive answers is in the document's own 60–84,9 % band («задовільно»), but the table "
       "rates Доступність та відкритість «добре» (85–100 %).", f"band(f{a[1:]}, {BANDS}) == f{b[1:]}")
okc = [k for k in cid if k != "accessibility"]
g.check("rating_band", "оцінку визначено за шкалою: 85–100 % позитивних відповідей – «добре»",
        "the six other criterion ratings fit the bands",
        " and ".join(f"band(f{cid[k][0][1:]}, {BANDS}) == f{cid[k][1][1:]}" for k in okc))
g.check("percent_impossible", "В анкетуванні взяли участь 84 отримувачі",
        "all seven criterion shares and 92,9 % are reachable with 84 respondents (77, 73, 79, 69, 66, 82, 75, 78 of 84)",
        " and ".join(f"grim_ok(f{cid[k][0][1:]}, f{sr[1:]}, 1)" for k in cid) + f" and grim_ok(f{sat[1:]}, f{sr[1:]}, 1)")
g.check("parts_sum", "Надання послуги догляду вдома припинено 29 особам:", "17 + 8 + 4 = 29; 29 ≤ 238",
        f"f{h1[1:]} + f{h2[1:]} + f{h3[1:]} == f{hc[1:]} and f{hc[1:]} <= f{s1[1:]}")
g.check("parts_sum", "26 завершили його", "18 + 6 + 2 = 26; 26 ≤ 41",
        f"f{o1[1:]} + f{o2[1:]} + f{o3[1:]} == f{sc[1:]} and f{sc[1:]} <= f{s5[1:]}")
g.check("percent_mismatch", "– 69,2 %", "18/26 = 69,23 % → 69,2", f"pct_ok(f{sh[1:]}, f{o1[1:]}, f{sc[1:]}, 1)")
g.check("parts_sum", "установа надала соціальні послуги 1 097 отримувачам. Зокрема",
        "238 + 34 + 702 + 82 + 41 = 1 097 (the 41 families counted as recipients)",
        f"f{s1[1:]} + f{s2[1:]} + f{s3[1:]} + f{s4[1:]} + f{s5[1:]} == f{tot[1:]}")
g.check("parts_sum", "працює 44 особи", "44 ≤ 47; 31 trained ≤ 44; 39 with profile education ≤ 44 (literal)",
        f"f{sa[1:]} <= f{sp[1:]} and f{stt[1:]} <= f{sa[1:]} and 39 <= f{sa[1:]}")

g.skip("комісією у складі 5 осіб, утвореною наказом директора від 15.01.2024 № 7-ОД, у період з 16.01.2024 по 02.02.2024",
       [5, 15, 1, 2024, 7, 16, 1, 2024, 2, 2, 2024], "commission size, order date/number, assessment dates")
g.skip("Комісія опрацювала 60 особових справ", [60], "case files reviewed (method), not recipients")
g.skip("Середній вік отримувачів догляду вдома – 76,4 року.", [76.4], "average age")
g.skip("85–100 % позитивних відповідей – «добре», 60–84,9 % – «задовільно», менше 60 % – «незадовільно»",
       [85, 100, 60, 84.9, 60], "rating bands")
g.skip("з яких 39 мають профільну освіту", [39], "staff with profile education: no §3 id (used in a check)")
g.skip("1) забезпечити зручний графік денного догляду до 01.06.2024", [1, 1, 6, 2024, 2, 3, 60, 3],
       "recommendation numbers, deadline, age «від 60 років», 3 старостинські округи")
g.skip("Адреса: 12101, смт Хорошів, вул. Героїв Чорнобиля, 8; тел. (04145) 0-31-62; код", [12101, 8, 4145, 3162],
       "postcode, address, phone")
g.skip("ЄДРПОУ 44013928.", [44013928], "ЄДРПОУ")
g.skip("1. Загальні відомості", [1, 2, 3, 4], "section numbers")
g.note("the 1 097 «отримувачам» → unit recipients (unit_alt persons); the services after «Зокрема» hang on it "
       "without a group (mixed units: persons and families), though they do add up to 1 097")
g.note("criterion shares of the table → share with criterion (alt satisfaction); each row also gives a rating")
g.note("«припинено» for home care → support_completed (alt deregistered), reasons as outcome_other")
g.note("«результату не досягнуто (відмова від співпраці)» → outcome_negative (alt outcome_other)")
g.note("the value 94,0 is stored as 94")
g.write()
