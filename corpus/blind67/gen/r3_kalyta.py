"""b67_03: КУ «ЦНСП» Калитянської селищної ради (Київська), internal quality assessment of home care
in 2024. reportlab PDF with a criteria table (criterion / indicator value % / rating). Third person."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

NAME = "b67_03_kalyta_cnsp_internal2024.pdf"
register_fonts()
S = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, spaceAfter=5)
H = ParagraphStyle("h", parent=S, fontName="LSerif-B", alignment=1)
C = ParagraphStyle("c", parent=S, alignment=1, fontSize=10)

paras_top = [
    (C, "Комунальна установа «Центр надання соціальних послуг» Калитянської селищної ради"),
    (C, "07420, Київська обл., Броварський р-н, смт Калита, вул. Центральна, 5-А; тел. (04594) 0-31-72; "
        "ЄДРПОУ 43519086"),
    (H, "ЗВІТ про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році"),
    (S, "Внутрішню оцінку проведено на виконання наказу директора Центру від 02.12.2024 № 87-ОД робочою "
        "групою у складі 5 осіб у період з 09.12.2024 по 20.12.2024. Оцінювалася якість послуги, наданої "
        "з 01.01.2024 по 31.12.2024."),
    (S, "Протягом 2024 року послугу догляду вдома отримали 97 осіб, з них 12 – внутрішньо переміщені особи. "
        "Отримувачам надано 6 218 послуг. Надання послуги припинено 14 особам: у зв'язку зі смертю – 9, "
        "у зв'язку з переїздом до родичів – 3, у зв'язку з влаштуванням до інтернатного закладу – 2. "
        "На кінець року послугу отримують 83 особи."),
    (S, "Послугу надають 11 соціальних робітників при штатній чисельності 12 посад; середнє навантаження "
        "– 7,5 отримувача на одного працівника."),
    (S, "Для оцінки робоча група опрацювала 40 особових справ, провела 6 спостережень під час візитів "
        "додому та анкетування, у якому взяли участь 38 отримувачів послуги. Якістю послуги повністю "
        "задоволені 73,7 % опитаних, частково – 23,7 %, не задоволені – 2,6 %."),
    (S, "Рівні оцінки за критеріями встановлено так: «добре» – від 80 до 100 %, «задовільно» – від 60 до "
        "79,9 %, «незадовільно» – менше 60 %."),
    (S, "Таблиця 2. Результати оцінки за критеріями якості"),
]
rows = [
    ["№", "Критерій", "Значення, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "100", "добре"],
    ["2", "Результативність", "85,0", "добре"],
    ["3", "Своєчасність", "92,5", "добре"],
    ["4", "Доступність та відкритість", "89,5", "добре"],
    ["5", "Зручність", "86,8", "добре"],
    ["6", "Повага до гідності отримувача", "97,5", "добре"],
    ["7", "Професійність", "81,8", "добре"],
    ["8", "Конфіденційність інформації", "100", "добре"],
    ["", "Загальна оцінка", "", "добре"],
]
paras_bottom = [
    (S, "Пояснення до таблиці: показники критеріїв 1–3 і 8 обчислено за даними 40 особових справ, "
        "критеріїв 4–6 – за відповідями 38 опитаних, критерію 7 – за кількістю соціальних робітників, "
        "які у 2024 році пройшли навчання."),
    (S, "Протягом 2024 року надійшла одна скарга (щодо графіка відвідувань), її розглянуто у встановлений "
        "строк, порушень не підтверджено."),
    (S, "Висновок: загальна оцінка якості послуги догляду вдома – «добре»."),
    (S, "Рекомендації: 1) до 01.03.2025 оновити індивідуальні плани 14 отримувачів; 2) до 30.04.2025 "
        "розробити пам'ятку про порядок отримання послуги; 3) забезпечити навчання 3 працівників у "
        "II кварталі 2025 року."),
    (S, "Голова робочої групи ____________ 23.12.2024"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawString(20 * mm, 10 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


story = [Paragraph(t, s) for s, t in paras_top]
tbl = Table(rows, colWidths=[10 * mm, 75 * mm, 28 * mm, 28 * mm])
tbl.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10),
                         ("FONT", (0, 0), (-1, 0), "LSerif-B", 10),
                         ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
story += [tbl, Spacer(1, 6)]
story += [Paragraph(t, s) for s, t in paras_bottom]
SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, title="Звіт про внутрішню оцінку",
                  leftMargin=20 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=20 * mm
                  ).build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Калитянської селищної ради",
    "centre_type": "cnsp",
    "settlement": "Калита",
    "oblast": "Київська",
    "report_kind": "internal_assessment",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
}, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Калитянської селищної ради",
                        "КУ «Центр надання соціальних послуг» Калитянської селищної ради"]})
f = g.f
HC = "home_care"
s97 = f("served", "persons", 97, "послугу догляду вдома отримали 97 осіб", service=HC)
f("served", "persons", 12, "з них 12 – внутрішньо переміщені особи", service=HC,
  category="внутрішньо переміщені особи", parent=s97)
f("services_provided", "services", 6218, "Отримувачам надано 6 218 послуг", service=HC)
c14 = f("support_completed", "persons", 14, "Надання послуги припинено 14 особам", service=HC,
        alt=["deregistered"], parent=s97)
r = [f("outcome_other", "persons", 9, "у зв'язку зі смертю – 9", label="смерть", service=HC,
       alt=["deregistered"], group="stopped_14_by_reason", parent=c14),
     f("outcome_other", "persons", 3, "у зв'язку з переїздом до родичів – 3", label="переїзд до родичів",
       service=HC, alt=["deregistered"], group="stopped_14_by_reason", parent=c14),
     f("outcome_other", "persons", 2, "у зв'язку з влаштуванням до інтернатного закладу – 2",
       label="влаштування до інтернатного закладу", service=HC, alt=["deregistered"],
       group="stopped_14_by_reason", parent=c14)]
on = f("support_ongoing", "persons", 83, "На кінець року послугу отримують 83 особи", service=HC)
st = f("staff_actual", "staff", 11, "Послугу надають 11 соціальних робітників")
sp = f("staff_positions", "positions", 12, "при штатній чисельності 12 посад")
sv = f("survey_respondents", "recipients", 38, "у якому взяли участь 38 отримувачів послуги", unit_alt="persons")
s1 = f("satisfaction", "percent", 73.7, "Якістю послуги повністю задоволені 73,7 % опитаних", service=HC,
       label="повністю задоволені", alt=["share"])
s2 = f("share", "percent", 23.7, "частково – 23,7 %", service=HC, label="частково задоволені",
       alt=["satisfaction"])
s3 = f("share", "percent", 2.6, "не задоволені – 2,6 %", service=HC, label="не задоволені")
crit = ["targeting", "effectiveness", "timeliness", "accessibility", "convenience", "dignity",
        "professionalism", "confidentiality"]
sh, rt = {}, {}


def num(x):
    v = float(x.replace(",", "."))
    return int(v) if v.is_integer() else v


for i, row in enumerate(rows[1:9]):
    q = "\t".join(row)
    sh[crit[i]] = f("share", "percent", num(row[2]), q,
                    service=HC, criterion=crit[i], alt=["satisfaction"])
    rt[crit[i]] = f("rating", "rating", "good", q, service=HC, criterion=crit[i])
ov = f("rating", "rating", "good", "\tЗагальна оцінка\t\tдобре", service=HC, criterion="overall")
ov2 = f("rating", "rating", "good", "загальна оцінка якості послуги догляду вдома – «добре»", service=HC,
        criterion="overall")
cp = f("complaints", "complaints", 1, "надійшла одна скарга", service=HC)

B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
g.slip("percent_impossible", "error", "6\tПовага до гідності отримувача\t97,5\tдобре", 97.5,
       "37/38 = 97,4 % or 38/38 = 100 %", [sh["dignity"], sv],
       "the note under the table says criteria 4–6 were computed from the 38 respondents; no whole count "
       "of 38 gives 97,5 % (37 → 97,37 %, 38 → 100 %). 97,5 % is 39 of 40, the number of case files",
       f"grim_ok({sh['dignity']}, {sv}, 1)")
g.check("percents_sum", "Якістю послуги повністю задоволені 73,7 % опитаних, частково – 23,7 %, не задоволені – 2,6 %",
        "73,7 + 23,7 + 2,6 = 100,0", f"psum_ok([{s1}, {s2}, {s3}], 1)")
g.check("percent_impossible", "Якістю послуги повністю задоволені 73,7 % опитаних",
        "28, 9 and 1 of 38 give 73,7 / 23,7 / 2,6 %; 28 + 9 + 1 = 38",
        f"pct_ok({s1}, 28, {sv}, 1) and pct_ok({s2}, 9, {sv}, 1) and pct_ok({s3}, 1, {sv}, 1)")
g.check("percent_impossible", "4\tДоступність та відкритість\t89,5\tдобре",
        "criteria 4 and 5 reachable with 38 respondents (34 → 89,5 %, 33 → 86,8 %)",
        f"pct_ok({sh['accessibility']}, 34, {sv}, 1) and pct_ok({sh['convenience']}, 33, {sv}, 1)")
g.check("percent_impossible", "2\tРезультативність\t85,0\tдобре",
        "criteria 1–3 and 8 reachable with 40 case files (40, 34, 37, 40)",
        f"grim_ok({sh['targeting']}, 40, 1) and grim_ok({sh['effectiveness']}, 40, 1) and "
        f"grim_ok({sh['timeliness']}, 40, 1) and grim_ok({sh['confidentiality']}, 40, 1)")
g.check("percent_impossible", "7\tПрофесійність\t81,8\tдобре",
        "criterion 7 on the 11 social workers: 9 of 11 = 81,8 %", f"pct_ok({sh['professionalism']}, 9, {st}, 1)")
g.check("rating_band", "«добре» – від 80 до 100 %",
        "every criterion value is in the 80–100 band and rated «добре»",
        " and ".join(f"band({sh[c]}, {B}) == {rt[c]}" for c in crit))
g.check("parts_sum", "Надання послуги припинено 14 особам", "9 + 3 + 2 = 14", " + ".join(r) + f" == {c14}")
g.check("parts_sum", "На кінець року послугу отримують 83 особи", "97 − 14 = 83", f"{s97} - {c14} == {on}")
g.check("internal_conflict", "загальна оцінка якості послуги догляду вдома – «добре»",
        "the overall rating in the table and in the conclusion agree", f"{ov} == {ov2}")
g.check("parts_sum", "Послугу надають 11 соціальних робітників", "11 ≤ 12 positions", f"{st} <= {sp}")

g.skip("07420, Київська обл., Броварський р-н, смт Калита, вул. Центральна, 5-А; тел. (04594) 0-31-72; "
       "ЄДРПОУ 43519086", [7420, 5, 4594, 3172, 43519086], "postcode, address, phone, ЄДРПОУ")
g.skip("наданої у 2024 році", [2024], "report year")
g.skip("наказу директора Центру від 02.12.2024 № 87-ОД робочою групою у складі 5 осіб у період з 09.12.2024 "
       "по 20.12.2024", [2, 12, 2024, 87, 5, 9, 12, 2024, 20, 12, 2024],
       "order date/number, working group size (no §3 id), assessment dates")
g.skip("з 01.01.2024 по 31.12.2024", [1, 1, 2024, 31, 12, 2024], "assessed period")
g.skip("середнє навантаження – 7,5 отримувача на одного працівника", [7.5], "ratio")
g.skip("опрацювала 40 особових справ, провела 6 спостережень", [40, 6],
       "sample of case files and observations (method, no §3 id); 40 used as a literal in checks")
g.skip("«добре» – від 80 до 100 %, «задовільно» – від 60 до 79,9 %, «незадовільно» – менше 60 %",
       [80, 100, 60, 79.9, 60], "the document's rating bands")
g.skip("Таблиця 2. Результати оцінки за критеріями якості", [2], "table number")
g.skip("№\tКритерій\tЗначення, %\tОцінка", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers of table 2")
g.skip("показники критеріїв 1–3 і 8 обчислено за даними 40 особових справ, критеріїв 4–6 – за відповідями "
       "38 опитаних, критерію 7", [1, 3, 8, 40, 4, 6, 38, 7],
       "criterion numbers; bases of the percentages (38 = the respondents fact)")
g.skip("які у 2024 році пройшли навчання", [2024], "year")
g.skip("Рекомендації: 1) до 01.03.2025 оновити індивідуальні плани 14 отримувачів; 2) до 30.04.2025 "
       "розробити пам'ятку про порядок отримання послуги; 3) забезпечити навчання 3 працівників у "
       "II кварталі 2025 року.", [1, 1, 3, 2025, 14, 2, 30, 4, 2025, 3, 3, 2, 2025],
       "recommendation numbers, deadlines, plan figures")
g.skip("23.12.2024", [23, 12, 2024], "signature date")
g.note("criteria table: each cell is a fact quoted by its row (share with criterion, alt satisfaction; rating "
       "with criterion); the overall rating appears in the table and in the conclusion → two facts")
g.note("«Надання послуги припинено 14 особам» → support_completed (alt deregistered), reasons outcome_other "
       "with labels (group stopped_14_by_reason); «На кінець року послугу отримують 83 особи» → support_ongoing")
g.note("the page footer «Сторінка 1» is not printed by the reader; no skip entry")
g.note("«одна скарга» → complaints 1 (number in words)")
g.note("survey shares are bare percentages: fully satisfied → satisfaction (alt share), the other two → share")
g.write()
