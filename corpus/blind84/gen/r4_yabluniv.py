"""b84_04: КУ «ЦНСП» Яблунівської селищної ради (Івано-Франківська), internal quality assessment of
the service «соціальна адаптація» provided in 2024. reportlab PDF (DejaVu), impersonal, criteria table
with the document's own rating bands. Slip: rating_band (accessibility 87,5 % rated «добре»)."""
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from common import Gold, report_path, register_dejavu

NAME = "b84_04_yabluniv_cnsp_internal2024.pdf"
register_dejavu()
body = ParagraphStyle("b", fontName="DVSerif", fontSize=10.5, leading=14, spaceAfter=6, alignment=4)
head = ParagraphStyle("h", parent=body, fontName="DVSerif-B", alignment=1)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10, alignment=0, spaceAfter=0)

P = [
    ("h", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ЯБЛУНІВСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("s", "78615, Івано-Франківська обл., Косівський р-н, смт Яблунів, вул. Незалежності, 3а; тел. (03478) 0-52-36; код ЄДРПОУ 43870215"),
    ("h", "ЗВІТ про результати внутрішньої оцінки якості надання соціальної послуги соціальної адаптації за 2024 рік"),
    ("b", "Внутрішню оцінку якості проведено відповідно до наказу Міністерства соціальної політики України "
          "від 27.12.2013 № 904 та наказу директора КУ «ЦНСП» від 04.11.2024 № 87-ОД у період з 11 по 29 листопада "
          "2024 року комісією у складі 5 осіб. Оцінювався період з 01.01.2024 по 31.10.2024 з урахуванням даних "
          "за листопад–грудень, внесених до звіту після завершення року."),
    ("b", "Використано такі методи: аналіз 61 особової справи отримувачів, анкетування, бесіди з отримувачами "
          "та фахівцями, спостереження під час групових занять."),
    ("b", "<b>1. Загальні відомості про послугу.</b> Протягом 2024 року послугу соціальної адаптації отримала 61 особа, "
          "з них 22 особи з інвалідністю, 17 внутрішньо переміщених осіб, 9 ветеранів війни та членів їхніх сімей. "
          "Загалом надано 1 208 послуг (індивідуальних і групових). Проведено 34 групових заняття тривалістю "
          "1,5 години кожне, в яких взяли участь 229 осіб."),
    ("b", "Послугу надають 4 працівники: 3 фахівці із соціальної роботи та практичний психолог; 2 з них у 2024 році "
          "пройшли навчання за програмою підвищення кваліфікації обсягом 60 годин."),
    ("b", "Припинили отримання послуги 27 осіб, з них: у зв'язку з досягненням мети, визначеної в "
          "індивідуальному плані, – 19, за власним бажанням – 5, у зв'язку з переїздом – 3. За результатами "
          "повторного оцінювання у 44 отримувачів (72,1 %) відбулося покращення рівня самостійності та "
          "соціальних навичок."),
    ("b", "<b>2. Анкетування.</b> В анкетуванні взяли участь 48 отримувачів послуги віком від 18 до 79 років. "
          "Загальний рівень задоволеності отримувачів якістю послуги становить 95,8 %."),
    ("b", "<b>3. Оцінка за критеріями.</b> Рівень дотримання критеріїв визначався як частка позитивних відповідей "
          "та підтверджених документами показників. Застосовано такі межі: від 90 до 100 % – «добре», від 70 до "
          "89,9 % – «задовільно», менше 70 % – «незадовільно». Результати наведено в таблиці 2."),
]
TABLE = [
    ["№", "Критерій", "Рівень, %", "Оцінка"],
    ["1", "Адресність та індивідуальний підхід", "100", "добре"],
    ["2", "Результативність", "93,8", "добре"],
    ["3", "Своєчасність", "95,8", "добре"],
    ["4", "Доступність та відкритість", "87,5", "добре"],
    ["5", "Зручність", "91,7", "добре"],
    ["6", "Повага до гідності отримувача", "100", "добре"],
    ["7", "Професійність", "97,9", "добре"],
    ["8", "Конфіденційність інформації", "100", "добре"],
]
P2 = [
    ("b", "Скарг від отримувачів послуги у 2024 році не надходило. Порушень конфіденційності не виявлено."),
    ("b", "<b>4. Висновки.</b> Загальна оцінка якості надання соціальної послуги соціальної адаптації – «добре». "
          "Рекомендовано: 1) облаштувати пандус біля входу до приміщення до 01.06.2025; 2) розмістити графік "
          "занять на вебсайті селищної ради; 3) провести наступну внутрішню оцінку у IV кварталі 2025 року."),
    ("s", "Голова комісії ____________          Члени комісії: 4 підписи"),
]

path = report_path(NAME)
doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                        title="Внутрішня оцінка якості 2024", author="КУ ЦНСП")
styles = {"h": head, "b": body, "s": small}
flow = [Paragraph(t, styles[k]) for k, t in P]
flow.append(Paragraph("Таблиця 2. Результати оцінки за критеріями якості", body))
tb = Table(TABLE, colWidths=[10 * mm, 85 * mm, 25 * mm, 30 * mm])
tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DVSerif"), ("FONTNAME", (0, 0), (-1, 0), "DVSerif-B"),
                        ("FONTSIZE", (0, 0), (-1, -1), 9.5), ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
flow += [tb, Spacer(1, 6)]
flow += [Paragraph(t, styles[k]) for k, t in P2]
doc.build(flow)

g = Gold(NAME, {
    "centre": "Комунальна установа «Центр надання соціальних послуг» Яблунівської селищної ради",
    "centre_type": "cnsp", "settlement": "Яблунів", "oblast": "Івано-Франківська",
    "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Центр надання соціальних послуг Яблунівської селищної ради",
                         "КУ «Центр надання соціальних послуг» Яблунівської селищної ради"],
              "period_end": ["2024-10-31"]})
n = lambda x: x[1:]
S = "social_adaptation"
sv = g.f("served", "persons", 61, "послугу соціальної адаптації отримала 61 особа", service=S)
c1 = g.f("served", "persons", 22, "з них 22 особи з інвалідністю", service=S, category="особи з інвалідністю", parent=sv)
c2 = g.f("served", "persons", 17, "17 внутрішньо переміщених осіб", service=S, category="внутрішньо переміщені особи", parent=sv)
c3 = g.f("served", "persons", 9, "9 ветеранів війни та членів їхніх сімей", service=S, category="ветерани війни та члени їхніх сімей", parent=sv)
spv = g.f("services_provided", "services", 1208, "Загалом надано 1 208 послуг", service=S)
ev = g.f("events", "events", 34, "Проведено 34 групових заняття")
evp = g.f("event_participants", "persons", 229, "в яких взяли участь 229 осіб", parent=ev)
sa = g.f("staff_actual", "staff", 4, "Послугу надають 4 працівники", service=S)
stt = g.f("staff_trained", "staff", 2, "2 з них у 2024 році пройшли навчання", parent=sa)
cm = g.f("support_completed", "persons", 27, "Припинили отримання послуги 27 осіб", service=S, alt=["deregistered"])
o1 = g.f("outcome_positive", "persons", 19, "визначеної в індивідуальному плані, – 19", service=S,
         label="досягнення мети індивідуального плану", group="completed_27_by_reason", parent=cm)
o2 = g.f("outcome_other", "persons", 5, "за власним бажанням – 5", service=S, label="за власним бажанням",
         group="completed_27_by_reason", parent=cm)
o3 = g.f("outcome_other", "persons", 3, "у зв'язку з переїздом – 3", service=S, label="переїзд",
         group="completed_27_by_reason", parent=cm)
im = g.f("outcome_positive", "persons", 44, "у 44 отримувачів (72,1 %) відбулося покращення", percent=72.1, service=S,
         label="покращення рівня самостійності та соціальних навичок", alt=["share"], parent=sv, unit_alt="recipients")
rs = g.f("survey_respondents", "recipients", 48, "В анкетуванні взяли участь 48 отримувачів", service=S, unit_alt="persons")
sat = g.f("satisfaction", "percent", 95.8, "Загальний рівень задоволеності отримувачів якістю послуги становить 95,8 %", service=S)
crit = [("targeting", "1\tАдресність та індивідуальний підхід\t100\tдобре", 100),
        ("effectiveness", "2\tРезультативність\t93,8\tдобре", 93.8),
        ("timeliness", "3\tСвоєчасність\t95,8\tдобре", 95.8),
        ("accessibility", "4\tДоступність та відкритість\t87,5\tдобре", 87.5),
        ("convenience", "5\tЗручність\t91,7\tдобре", 91.7),
        ("dignity", "6\tПовага до гідності отримувача\t100\tдобре", 100),
        ("professionalism", "7\tПрофесійність\t97,9\tдобре", 97.9),
        ("confidentiality", "8\tКонфіденційність інформації\t100\tдобре", 100)]
sh, rt = {}, {}
for c, q, v in crit:
    sh[c] = g.f("share", "percent", v, q, service=S, criterion=c, alt=["satisfaction"])
    rt[c] = g.f("rating", "rating", "good", q, service=S, criterion=c)
ov = g.f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги соціальної адаптації – «добре»",
         service=S, criterion="overall")
cp = g.f("complaints", "complaints", 0, "Скарг від отримувачів послуги у 2024 році не надходило", service=S)

BANDS = "[(90, 100, 'good'), (70, 89.9, 'satisfactory'), (0, 69.9, 'unsatisfactory')]"
g.slip("rating_band", "error", "4\tДоступність та відкритість\t87,5\tдобре", "good", "satisfactory",
       [sh["accessibility"], rt["accessibility"]],
       "the document's own bands put 70–89,9 % at «задовільно»; 87,5 % is rated «добре»",
       f"band(f{n(sh['accessibility'])}, {BANDS}) == f{n(rt['accessibility'])}")
others = [c for c, _, _ in crit if c != "accessibility"]
g.check("rating_band", "Рівень, %\tОцінка", "the seven other criteria (91,7–100 %) are in the «добре» band",
        " and ".join(f"band(f{n(sh[c])}, {BANDS}) == f{n(rt[c])}" for c in others))
g.check("percent_impossible", "Рівень, %\tОцінка", "each criterion share is reachable with 48 respondents (48, 45, 46, 42, 44, 47 of 48)",
        " and ".join(f"grim_ok(f{n(sh[c])}, f{n(rs)}, 1)" for c, _, _ in crit) + f" and grim_ok(f{n(sat)}, f{n(rs)}, 1)")
g.check("parts_sum", "Припинили отримання послуги 27 осіб, з них", "19 + 5 + 3 = 27", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cm)}")
g.check("percent_mismatch", "у 44 отримувачів (72,1 %) відбулося покращення", "44 / 61 = 72,13 % → 72,1", f"pct_ok(p{n(im)}, f{n(im)}, f{n(sv)}, 1)")
g.check("parts_sum", "з них 22 особи з інвалідністю, 17 внутрішньо переміщених осіб, 9 ветеранів війни",
        "22 + 17 + 9 = 48 ≤ 61 (categories, not a partition)", f"f{n(c1)} + f{n(c2)} + f{n(c3)} <= f{n(sv)}")
g.check("parts_sum", "В анкетуванні взяли участь 48 отримувачів", "48 respondents ≤ 61 recipients; 27 completed ≤ 61",
        f"f{n(rs)} <= f{n(sv)} and f{n(cm)} <= f{n(sv)}")
g.check("parts_sum", "Послугу надають 4 працівники: 3 фахівці із соціальної роботи та практичний психолог", "3 + 1 = 4 (literals); 2 trained ≤ 4",
        f"3 + 1 == f{n(sa)} and f{n(stt)} <= f{n(sa)}")

g.skip("78615, Івано-Франківська обл., Косівський р-н, смт Яблунів, вул. Незалежності, 3а; тел. (03478) 0-52-36; код ЄДРПОУ 43870215",
       [78615, 3, 3478, 5236, 43870215], "postcode, address, phone, ЄДРПОУ")
g.skip("від 27.12.2013 № 904", [27, 12, 2013, 904], "order date and number")
g.skip("від 04.11.2024 № 87-ОД у період з 11 по 29 листопада", [4, 11, 2024, 87, 11, 29], "order, assessment dates")
g.skip("комісією у складі 5 осіб", [5], "commission size")
g.skip("Оцінювався період з 01.01.2024 по 31.10.2024", [1, 1, 2024, 31, 10, 2024], "assessed period dates")
g.skip("аналіз 61 особової справи", [61], "case files examined (the same 61 recipients; method, not a figure of its own)")
g.skip("тривалістю 1,5 години кожне", [1.5], "duration")
g.skip("3 фахівці із соціальної роботи та практичний психолог", [3], "staff by post, used as literal")
g.skip("обсягом 60 годин", [60], "duration")
g.skip("віком від 18 до 79 років", [18, 79], "ages")
g.skip("від 90 до 100 % – «добре», від 70 до 89,9 % – «задовільно», менше 70 % – «незадовільно»", [90, 100, 70, 89.9, 70],
       "rating band definitions")
g.skip("Таблиця 2. Результати оцінки за критеріями якості", [2], "table number")
g.skip("1\tАдресність та індивідуальний підхід\t100\tдобре", [1, 2, 3, 4, 5, 6, 7, 8], "row numbers")
g.skip("1) облаштувати пандус біля входу до приміщення до 01.06.2025", [1, 1, 6, 2025, 2, 3, 4, 2025],
       "recommendation numbers and deadlines")
g.skip("Члени комісії: 4 підписи", [4], "signatures")
g.note("meta: the period assessed is 2024; the text says the review covered 01.01–31.10.2024 with November–December added, so period_end 2024-10-31 is accepted as an alternative")
g.note("criteria table: each row gives a share (criterion, alt satisfaction) and a rating; both quoted by the row")
g.note("«Припинили отримання послуги 27 осіб» → support_completed (alt deregistered); «досягнення мети» → outcome_positive; the others outcome_other")
g.note("«у 44 отримувачів (72,1 %) відбулося покращення» → outcome_positive with percent of the 61, alt share")
g.note("the overall rating «добре» is stated in the conclusions only")
g.write()
