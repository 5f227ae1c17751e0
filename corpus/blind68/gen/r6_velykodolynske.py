"""b68_06: ЦНСП Великодолинської селищної ради (Одеська), information for 9 months of 2025.
DOCX (python-docx), impersonal voice, a table by starosta district, lists."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b68_06_velykodolynske_cnsp_9m2025.docx"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)


def para(text, bold=False, center=False, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ ВЕЛИКОДОЛИНСЬКОЇ СЕЛИЩНОЇ РАДИ ОДЕСЬКОГО РАЙОНУ ОДЕСЬКОЇ ОБЛАСТІ", bold=True, center=True)
para("67100, смт Великодолинське, вул. Ветеранів, 5; тел. (04867) 0-52-19; ЄДРПОУ 44817260", center=True)
para("Вих. № 318 від 06.10.2025")
para("ІНФОРМАЦІЯ про надання соціальних послуг за 9 місяців 2025 року", bold=True, center=True)
para("Центр діє на підставі Положення, затвердженого рішенням селищної ради від 24.02.2022 № 611-VIII, і має у своїй структурі 3 відділення та мобільну бригаду соціально-психологічної допомоги.")
para("За січень – вересень 2025 року соціальні послуги отримали 1 204 особи (за 9 місяців 2024 року – 1 117), серед них 388 внутрішньо переміщених осіб та 206 дітей. Розподіл отримувачів і наданих послуг за територією громади наведено нижче.")
rows = [
    ("Територія", "Кількість отримувачів", "Надано послуг"),
    ("смт Великодолинське", "712", "4 386"),
    ("Старостинський округ № 1", "241", "1 093"),
    ("Старостинський округ № 2", "163", "728"),
    ("Старостинський округ № 3", "88", "412"),
    ("Усього", "1 204", "6 619"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
para("Усього надано 6 619 соціальних послуг, за видами:")
TYPES = [("консультування – 2 914;", "counselling", 2914), ("інформування – 1 876;", "informing", 1876),
         ("догляд вдома – 1 102;", "home_care", 1102), ("соціальна адаптація – 418;", "social_adaptation", 418),
         ("натуральна допомога – 309.", "natural_aid", 309)]
for txt, _, _ in TYPES:
    para(txt, style="List Bullet")
para("Послугу догляду вдома отримувала 131 особа; вартість однієї години послуги для платних отримувачів – 96,00 грн.")
para("Під соціальним супроводом у звітному періоді перебувало 23 сім'ї, у яких виховується 49 дітей. Протягом 9 місяців під супровід взято 11 сімей, завершено супровід 9 сімей, з них: 6 – з позитивним результатом, 2 – у зв'язку зі зміною місця проживання, 1 – через відмову сім'ї від послуги.")
para("Мобільна бригада соціально-психологічної допомоги здійснила 74 виїзди та надала допомогу 52 особам, які постраждали від домашнього насильства. Середня тривалість виїзду – 3 години.")
para("У вересні 2025 року серед отримувачів послуги догляду вдома проведено опитування, у якому взяли участь 47 осіб: 89,5 % опитаних повністю задоволені якістю послуги, 8,5 % – частково задоволені.")
para("Надійшла 1 скарга (щодо несвоєчасного прибуття соціального робітника), яку розглянуто в установлений строк і визнано частково обґрунтованою.")
para("Станом на 30.09.2025 штатним розписом передбачено 31 штатну одиницю, з них 4 вакантні; фактично працює 27 працівників. Навчання за програмою НССУ пройшли 9 працівників.")
para("Видано 140 пакунків гуманітарної допомоги від благодійного фонду. До кінця 2025 року планується відкрити 1 пункт прокату засобів реабілітації.")
para("Директор ____________")
fix_docx_props(doc, author="ЦНСП")
path = report_path(DOC)
doc.save(path)
freeze_zip(path)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Великодолинської селищної ради", "centre_type": "cnsp",
    "settlement": "Великодолинське", "oblast": "Одеська", "report_kind": "period_report",
    "period_start": "2025-01-01", "period_end": "2025-09-30"})
F = g.f
s = F("served", "persons", 1204, "соціальні послуги отримали 1 204 особи")
s1 = F("served", "persons", 388, "388 внутрішньо переміщених осіб", category="внутрішньо переміщені особи", parent=s)
s2 = F("served", "children", 206, "206 дітей", category="діти", unit_alt="persons", parent=s)
tq = "\t".join(rows[-1])
tr = F("served", "persons", 1204, tq, label="Усього")
ts = F("services_provided", "services", 6619, tq, label="Усього")
rr, rs = [], []
for r in rows[1:-1]:
    q = "\t".join(r)
    rr.append(F("served", "persons", int(r[1].replace(" ", "")), q, district=r[0], group="table_recipients_by_territory", parent=tr))
    rs.append(F("services_provided", "services", int(r[2].replace(" ", "")), q, district=r[0], group="table_services_by_territory", parent=ts))
sp = F("services_provided", "services", 6619, "Усього надано 6 619 соціальних послуг")
ty = [F("services_provided", "services", v, txt.rstrip(";."), service=sv, group="services_6619_by_type", parent=sp) for txt, sv, v in TYPES]
hc = F("served", "persons", 131, "Послугу догляду вдома отримувала 131 особа", service="home_care")
su = F("served", "families", 23, "Під соціальним супроводом у звітному періоді перебувало 23 сім'ї", service="social_support_sjo", alt=["support_ongoing"])
suc = F("served", "children", 49, "у яких виховується 49 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=su)
st = F("support_started", "families", 11, "під супровід взято 11 сімей", service="social_support_sjo", parent=su)
cm = F("support_completed", "families", 9, "завершено супровід 9 сімей", service="social_support_sjo", parent=su)
G = "completed_9_by_result"
o1 = F("outcome_positive", "families", 6, "6 – з позитивним результатом", service="social_support_sjo", group=G, parent=cm)
o2 = F("outcome_other", "families", 2, "2 – у зв'язку зі зміною місця проживання", service="social_support_sjo", label="зміна місця проживання", group=G, parent=cm)
o3 = F("outcome_other", "families", 1, "1 – через відмову сім'ї від послуги", service="social_support_sjo", label="відмова сім'ї від послуги", group=G, parent=cm)
mb = F("served", "persons", 52, "надала допомогу 52 особам, які постраждали від домашнього насильства", category="особи, які постраждали від домашнього насильства", label="мобільна бригада соціально-психологічної допомоги")
sv = F("survey_respondents", "persons", 47, "у якому взяли участь 47 осіб")
sat = F("satisfaction", "percent", 89.5, "89,5 % опитаних повністю задоволені якістю послуги", service="home_care", alt=["share"], label="повністю задоволені")
sat2 = F("share", "percent", 8.5, "8,5 % – частково задоволені", service="home_care", alt=["satisfaction"], label="частково задоволені")
cp = F("complaints", "complaints", 1, "Надійшла 1 скарга")
pos = F("staff_positions", "positions", 31, "передбачено 31 штатну одиницю")
act = F("staff_actual", "staff", 27, "фактично працює 27 працівників")
tr_ = F("staff_trained", "staff", 9, "Навчання за програмою НССУ пройшли 9 працівників")

g.slip("percent_impossible", "error", "89,5 % опитаних повністю задоволені якістю послуги", 89.5, "42 of 47 = 89,4 % or 43 of 47 = 91,5 %",
       [sat, sv], "no whole number of the 47 respondents gives 89,5 % at one decimal (42/47 = 89,36, 43/47 = 91,49)",
       f"grim_ok({sat}, {sv}, 1)")
g.check("percent_impossible", "8,5 % – частково задоволені", "4 of 47 = 8,51 % -> 8,5", f"grim_ok({sat2}, {sv}, 1)")
g.check("table_arithmetic", tq, "712 + 241 + 163 + 88 = 1 204", " + ".join(rr) + f" == {tr}")
g.check("table_arithmetic", tq, "4 386 + 1 093 + 728 + 412 = 6 619", " + ".join(rs) + f" == {ts}")
g.check("internal_conflict", "соціальні послуги отримали 1 204 особи", "prose 1 204 = table Усього; prose 6 619 = table Усього", f"{s} == {tr} and {sp} == {ts}")
g.check("parts_sum", "Усього надано 6 619 соціальних послуг, за видами:", "2 914 + 1 876 + 1 102 + 418 + 309 = 6 619", " + ".join(ty) + f" == {sp}")
g.check("parts_sum", "серед них 388 внутрішньо переміщених осіб та 206 дітей", "388 <= 1 204 and 206 <= 1 204 (overlapping categories); 131 home care <= 1 204", f"{s1} <= {s} and {s2} <= {s} and {hc} <= {s}")
g.check("parts_sum", "завершено супровід 9 сімей, з них:", "6 + 2 + 1 = 9; 11 started and 9 completed <= 23", f"{o1} + {o2} + {o3} == {cm} and {st} <= {su} and {cm} <= {su}")
g.check("parts_sum", "з них 4 вакантні; фактично працює 27 працівників", "31 − 4 vacancies (skipped literal) = 27; 9 trained <= 27", f"{pos} - 4 == {act} and {tr_} <= {act}")
g.check("parts_sum", "8,5 % – частково задоволені", "89,5 + 8,5 = 98 <= 100 (the rest not reported)", f"{sat} + {sat2} <= 100")

g.skip("67100, смт Великодолинське, вул. Ветеранів, 5; тел. (04867) 0-52-19; ЄДРПОУ 44817260", [67100, 5, 4867, 5219, 44817260], "postcode, address, phone, ЄДРПОУ")
g.skip("Вих. № 318 від 06.10.2025", [318, 6, 10, 2025], "outgoing number and date")
g.skip("за 9 місяців 2025 року", [9, 2025], "period in the title")
g.skip("рішенням селищної ради від 24.02.2022 № 611-VIII", [24, 2, 2022, 611], "decision date and number")
g.skip("має у своїй структурі 3 відділення", [3], "number of departments")
g.skip("(за 9 місяців 2024 року – 1 117)", [9, 2024, 1117], "prior-year figure")
g.skip("Старостинський округ № 1", [1, 2, 3], "district numbers")
g.skip("вартість однієї години послуги для платних отримувачів – 96,00 грн", [96], "tariff")
g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 74 виїзди", [74], "trips (no §3 id)")
g.skip("Середня тривалість виїзду – 3 години", [3], "duration")
g.skip("У вересні 2025 року", [2025], "survey date")
g.skip("Станом на 30.09.2025", [30, 9, 2025], "date")
g.skip("з них 4 вакантні", [4], "vacancies (no §3 id); used as a literal in a check")
g.skip("Видано 140 пакунків гуманітарної допомоги", [140], "items handed out")
g.skip("До кінця 2025 року планується відкрити 1 пункт прокату засобів реабілітації", [2025, 1], "plan")
g.note("the table by territory: cells are facts quoted by their row with the territory in district; rows hang on the Усього cell of the same column")
g.note("«серед них 388 ВПО та 206 дітей» are overlapping categories (parent only); the children row has unit children (alt persons)")
g.note("the list of services by type is a partition of the 6 619 (group); each bullet is quoted without its trailing ; or .")
g.note("the survey percentages carry service home_care (the survey was of home-care recipients)")
g.note("«завершено … 2 – у зв'язку зі зміною місця проживання, 1 – через відмову» → outcome_other with the reason in label")
g.write()
