"""b102_08: «Акт перевірки» of the Головне управління Нацсоцслужби у Рівненській області on the work of
КУ «ЦНСП» Боремельської сільської ради (Рівненська) in 2024. DOCX; reported vs confirmed figures side by side,
findings and recommendations. The confirmed figure is the fact (see notes)."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import Gold, report_path, save_docx

DOC = "b102_08_boremel_cnsp_inspection2024.docx"

d = docx.Document()
d.styles["Normal"].font.name = "Times New Roman"
d.styles["Normal"].font.size = Pt(12)


def para(text, bold=False, center=False, right=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


para("НАЦІОНАЛЬНА СОЦІАЛЬНА СЕРВІСНА СЛУЖБА УКРАЇНИ\n"
     "ГОЛОВНЕ УПРАВЛІННЯ НАЦІОНАЛЬНОЇ СОЦІАЛЬНОЇ СЕРВІСНОЇ СЛУЖБИ У РІВНЕНСЬКІЙ ОБЛАСТІ", bold=True, center=True)
para("33013, м. Рівне, вул. Князя Острозького, 11; тел. (0362) 0-63-27; rivne.nssu@example.ua", center=True)
para("АКТ № 41\nпозапланової перевірки дотримання вимог законодавства у сфері надання соціальних послуг "
     "Комунальною установою «Центр надання соціальних послуг» Боремельської сільської ради", bold=True, center=True)
para("с. Боремель\t\t\t\t\t\t\t\t14 березня 2025 року")
para("Перевірку проведено на підставі наказу Головного управління від 24.02.2025 № 58-од у період з 03.03.2025 по "
     "14.03.2025 посадовими особами відділу контролю за дотриманням законодавства у сфері соціальних послуг "
     "(2 особи) у присутності директора установи. Період, що перевірявся: з 01.01.2024 по 31.12.2024.")

d.add_heading("1. Загальні відомості про надавача", level=2)
para("Комунальна установа «Центр надання соціальних послуг» Боремельської сільської ради (далі – Установа), код "
     "ЄДРПОУ 44510673, місцезнаходження: 35143, Рівненська обл., Дубенський р-н, с. Боремель, вул. Богдана "
     "Хмельницького, 30. Установу утворено рішенням сільської ради від 17.12.2020 № 63; вона обслуговує "
     "16 населених пунктів громади з населенням 11,2 тис. осіб. Установа надає послуги догляду вдома, денного "
     "догляду, соціального супроводу сімей у СЖО, натуральної допомоги та консультування.")
para("Штатним розписом на 2024 рік затверджено 18,5 штатної одиниці; станом на 31.12.2024 фактично працювало "
     "16 працівників, з них 9 соціальних робітників, які надають послугу догляду вдома. За звітом Установи у 2024 році "
     "підвищили кваліфікацію 9 працівників, документально (сертифікатами) підтверджено 7.")

d.add_heading("2. Відповідність звітних даних первинним документам", level=2)
para("Перевіркою встановлено, що окремі показники звіту Установи за 2024 рік не підтверджуються журналами обліку "
     "отримувачів, особовими справами та актами наданих послуг. Порівняння наведено в таблиці.")
ROWS = [
    ("№", "Показник", "За звітом Установи", "Фактично підтверджено", "Відхилення"),
    ("1", "Звернулося осіб", "214", "214", "0"),
    ("2", "Проведено оцінку потреб, осіб", "96", "91", "–5"),
    ("3", "Догляд вдома, осіб", "45", "43", "–2"),
    ("4", "Денний догляд, осіб", "28", "28", "0"),
    ("5", "Соціальний супровід сімей у СЖО, сімей", "19", "17", "–2"),
    ("6", "Натуральна допомога, осіб", "312", "305", "–7"),
    ("7", "Консультування, осіб", "167", "160", "–7"),
    ("", "Усього отримувачів соціальних послуг (осіб/сімей)", "571", "553", "–18"),
]
t = d.add_table(rows=len(ROWS), cols=5)
t.style = "Table Grid"
for i, row in enumerate(ROWS):
    for j, c in enumerate(row):
        if c:
            t.cell(i, j).text = c
t.cell(len(ROWS) - 1, 0).merge(t.cell(len(ROWS) - 1, 1))
para("")
para("Соціальний супровід. За звітом Установи під соціальний супровід у 2024 році взято 12 сімей, фактично "
     "підтверджено – 11 (в одній справі відсутні договір та акт оцінки потреб). Завершено супровід 9 сімей "
     "(звітні та фактичні дані збігаються), з них: з позитивним результатом – 6, з негативним результатом – 1, "
     "у зв'язку зі зміною місця проживання – 2. На кінець року під супроводом залишалося 8 сімей (за звітом – 10).")
para("Натуральна допомога. За звітом Установи видано допомогу на суму 412,6 тис. грн, накладними та відомостями "
     "видачі підтверджено 398,2 тис. грн; на 14,4 тис. грн первинних документів не надано.")
para("Групова робота. Установа зазначила у звіті 14 групових заходів; протоколами та фотозвітами підтверджено 11 "
     "заходів, у яких взяли участь 186 осіб.")
para("Скарги. У 2024 році до Установи надійшли дві скарги щодо графіка відвідувань соціальних робітників; обидві "
     "розглянуто у строк, відповіді надано.")
para("Під час перевірки опитано 15 отримувачів послуги догляду вдома: 14 з них (93,3 %) задоволені якістю "
     "послуги. Внутрішню оцінку якості соціальних послуг за 2024 рік Установа не проводила.")

d.add_heading("3. Виявлені порушення", level=2)
para("3.1. Завищено у звіті за 2024 рік кількість отримувачів соціальних послуг на 18 осіб/сімей та кількість "
     "проведених оцінок потреб – на 5.")
para("3.2. У 5 особових справах отримувачів послуги догляду вдома відсутні переглянуті індивідуальні плани.")
para("3.3. Не проведено внутрішню оцінку якості соціальних послуг, чим порушено пункт 4 Порядку, затвердженого "
     "постановою Кабінету Міністрів України від 01.06.2020 № 449.")

d.add_heading("4. Рекомендації", level=2)
para("4.1. Привести звітні дані за 2024 рік у відповідність до первинних документів та подати уточнений звіт.")
para("4.2. Провести внутрішню оцінку якості соціальних послуг до 30.06.2025.")
para("4.3. Про усунення порушень поінформувати Головне управління до 15.05.2025.")
para("Акт складено у двох примірниках, один з яких вручено директору Установи.")
para("Посадові особи Головного управління: ____________ ____________")
para("З актом ознайомлений, один примірник отримав: директор Установи ____________ 14.03.2025")

path = report_path(DOC)
save_docx(d, path, author="ГУ НССУ у Рівненській області")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Боремельської сільської ради",
    "centre_type": "cnsp",
    "settlement": "Боремель",
    "oblast": "Рівненська",
    "report_kind": "other",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
}, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Боремельської сільської ради",
                        "КУ «Центр надання соціальних послуг» Боремельської сільської ради"],
             "report_kind": ["external_assessment"]})
f = g.f
pos = f("staff_positions", "positions", 18.5, "Штатним розписом на 2024 рік затверджено 18,5 штатної одиниці")
act = f("staff_actual", "staff", 16, "фактично працювало 16 працівників")
sw = f("staff_actual", "staff", 9, "з них 9 соціальних робітників", label="соціальні робітники (догляд вдома)",
       parent=act)
tr = f("staff_trained", "staff", 7, "документально (сертифікатами) підтверджено 7",
       note="confirmed figure; the reported 9 is skipped")
tot_row = "Усього отримувачів соціальних послуг (осіб/сімей)\t571\t553\t–18"
tot = f("served", "families_persons", 553, tot_row, label="Усього, фактично підтверджено")
ROWF = {}
spec = {"1": ("applied", "persons", None, None), "2": ("needs_assessed", "persons", None, None),
        "3": ("served", "persons", "home_care", True), "4": ("served", "persons", "day_care", True),
        "5": ("served", "families", "social_support_sjo", True), "6": ("served", "persons", "natural_aid", True),
        "7": ("served", "persons", "counselling", True)}
for n_, name, rep, conf, dev in ROWS[1:-1]:
    ind, unit, svc, part = spec[n_]
    q = "\t".join([n_, name, rep, conf, dev])
    kw = dict(service=svc, label="фактично підтверджено")
    if part:
        kw.update(group="confirmed_553_by_service", parent=tot)
    if svc == "social_support_sjo":
        kw["alt"] = ["support_ongoing"]
    ROWF[n_] = f(ind, unit, int(conf), q, **kw)
st_ = f("support_started", "families", 11, "фактично підтверджено – 11", service="social_support_sjo",
        note="confirmed figure; «за звітом … взято 12 сімей» is skipped")
comp = f("support_completed", "families", 9, "Завершено супровід 9 сімей", service="social_support_sjo")
o1 = f("outcome_positive", "families", 6, "з позитивним результатом – 6", service="social_support_sjo",
       group="completed_9_by_result", parent=comp)
o2 = f("outcome_negative", "families", 1, "з негативним результатом – 1", service="social_support_sjo",
       group="completed_9_by_result", parent=comp)
o3 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", service="social_support_sjo",
       label="зміна місця проживання", group="completed_9_by_result", parent=comp)
ong = f("support_ongoing", "families", 8, "На кінець року під супроводом залишалося 8 сімей",
        service="social_support_sjo")
aid = f("aid_value", "uah", 398200, "підтверджено 398,2 тис. грн", label="натуральна допомога, підтверджено")
ev = f("events", "events", 11, "протоколами та фотозвітами підтверджено 11 заходів")
evp = f("event_participants", "persons", 186, "у яких взяли участь 186 осіб", parent=ev)
cmp_ = f("complaints", "complaints", 2, "надійшли дві скарги", note="number in words: «дві» = 2")
sr = f("survey_respondents", "recipients", 15, "опитано 15 отримувачів послуги догляду вдома", service="home_care",
       unit_alt="persons", note="the inspectors' own interviews during the check")
sat = f("satisfaction", "percent", 93.3, "14 з них (93,3 %) задоволені якістю послуги", service="home_care",
        alt=["share"])

rows_conf = [ROWF[k] for k in ("3", "4", "5", "6", "7")]
g.check("table_arithmetic", tot_row, "confirmed column: 43 + 28 + 17 + 305 + 160 = 553",
        " + ".join(rows_conf) + f" == {tot}")
g.check("table_arithmetic", tot_row, "reported column (skipped, literals): 45 + 28 + 19 + 312 + 167 = 571",
        "45 + 28 + 19 + 312 + 167 == 571")
g.check("table_arithmetic", tot_row,
        "Відхилення = фактично − за звітом for every row and the total: 0, −5, −2, 0, −2, −7, −7; −18",
        f"{ROWF['1']} - 214 == 0 and {ROWF['2']} - 96 == -5 and {ROWF['3']} - 45 == -2 and {ROWF['4']} - 28 == 0 "
        f"and {ROWF['5']} - 19 == -2 and {ROWF['6']} - 312 == -7 and {ROWF['7']} - 167 == -7 and {tot} - 571 == -18")
g.check("parts_sum", "3.1. Завищено у звіті за 2024 рік кількість отримувачів соціальних послуг на 18 осіб/сімей",
        "571 − 553 = 18; 96 − 91 = 5", f"571 - {tot} == 18 and 96 - {ROWF['2']} == 5")
g.check("parts_sum", "з них: з позитивним результатом – 6, з негативним результатом – 1", "6 + 1 + 2 = 9",
        f"{o1} + {o2} + {o3} == {comp}")
g.check("parts_sum", "На кінець року під супроводом залишалося 8 сімей (за звітом – 10)",
        "confirmed 17 − 9 completed = 8; reported 19 − 9 = 10 (literal)",
        f"{ROWF['5']} - {comp} == {ong} and 19 - {comp} == 10")
g.check("parts_sum", "видано допомогу на суму 412,6 тис. грн",
        "412,6 reported − 398,2 confirmed = 14,4 тис. грн without documents (literals)",
        f"near(412600 - {aid}, 14400)")
g.check("percent_mismatch", "14 з них (93,3 %) задоволені якістю послуги", "14 / 15 = 93,33 % → 93,3",
        f"pct_ok({sat}, 14, {sr}, 1)")
g.check("parts_sum", "фактично працювало 16 працівників, з них 9 соціальних робітників",
        "9 ≤ 16 ≤ 18,5; 7 trained ≤ 16", f"{sw} <= {act} <= {pos} and {tr} <= {act}")

g.skip("33013, м. Рівне, вул. Князя Острозького, 11; тел. (0362) 0-63-27", [33013, 11, 362, 6327],
       "postcode, address, phone of the inspecting body")
g.skip("АКТ № 41", [41], "act number")
g.skip("14 березня 2025 року", [14, 2025], "act date")
g.skip("наказу Головного управління від 24.02.2025 № 58-од у період з 03.03.2025 по 14.03.2025", [24, 2, 2025, 58, 3, 14],
       "order date and number, inspection dates")
g.skip("(2 особи)", [2], "number of inspectors")
g.skip("Період, що перевірявся: з 01.01.2024 по 31.12.2024", [1, 2024, 31, 12], "inspected period (dates)")
g.skip("код ЄДРПОУ 44510673, місцезнаходження: 35143, Рівненська обл., Дубенський р-н, с. Боремель, вул. Богдана "
       "Хмельницького, 30", [44510673, 35143, 30], "ЄДРПОУ, postcode, address")
g.skip("рішенням сільської ради від 17.12.2020 № 63", [17, 12, 2020, 63], "decision date and number")
g.skip("16 населених пунктів громади з населенням 11,2 тис. осіб", [16, 11200], "settlements, population")
g.skip("За звітом Установи у 2024 році підвищили кваліфікацію 9 працівників", [2024, 9],
       "the provider's reported figure, not confirmed (the confirmed 7 is the fact)")
g.skip("1. Загальні відомості про надавача", [1, 2, 3, 4], "section numbers")
g.skip("№\tПоказник\tЗа звітом Установи\tФактично підтверджено\tВідхилення", [1, 2, 3, 4, 5, 6, 7],
       "row numbers")
g.skip("2\tПроведено оцінку потреб, осіб\t96\t91\t–5", [214, 96, 45, 28, 19, 312, 167, 571],
       "«За звітом Установи» column: the provider's figures, superseded by the confirmed ones (used as literals)")
g.skip("5\tСоціальний супровід сімей у СЖО, сімей\t19\t17\t–2", [0, -5, -2, -7, -18],
       "«Відхилення» column: differences, no §3 id (checked)")
g.skip("За звітом Установи під соціальний супровід у 2024 році взято 12 сімей", [2024, 12],
       "reported figure, superseded by the confirmed 11")
g.skip("(за звітом – 10)", [10], "reported figure, superseded by the confirmed 8")
g.skip("За звітом Установи видано допомогу на суму 412,6 тис. грн", [412600], "reported figure, superseded")
g.skip("на 14,4 тис. грн первинних документів не надано", [14400], "difference (no §3 id)")
g.skip("Установа зазначила у звіті 14 групових заходів", [14], "reported figure, superseded by the confirmed 11")
g.skip("14 з них", [14], "count of satisfied respondents (the percent is the fact; used as a literal)")
g.skip("3.1. Завищено у звіті за 2024 рік кількість отримувачів соціальних послуг на 18 осіб/сімей та кількість "
       "проведених оцінок потреб – на 5.", [3.1, 2024, 18, 5], "finding number; overstatements (differences)")
g.skip("3.2. У 5 особових справах", [3.2, 5], "finding number; case files without plans (no §3 id)")
g.skip("пункт 4 Порядку, затвердженого постановою Кабінету Міністрів України від 01.06.2020 № 449",
       [4, 1, 6, 2020, 449], "legal act")
g.skip("4.2. Провести внутрішню оцінку якості соціальних послуг до 30.06.2025.", [4.2, 30, 6, 2025],
       "recommendation number, deadline")
g.skip("4.3. Про усунення порушень поінформувати Головне управління до 15.05.2025.", [4.3, 15, 5, 2025],
       "recommendation number, deadline")
g.skip("4.1. Привести звітні дані", [4.1], "recommendation number")
g.skip("Акт складено у двох примірниках, один з яких", [2, 1], "copies")
g.skip("директор Установи ____________ 14.03.2025", [14, 3, 2025], "signature date")

g.note("an inspection act of the Нацсоцслужба's oblast office about the provider → centre is the inspected КУ «ЦНСП» "
       "(centre_type cnsp); report_kind other (an act of inspection is none of the §5 kinds); external_assessment "
       "accepted in meta_alt")
g.note("CHOICE: where the act gives a pair «за звітом – X, фактично підтверджено – Y», the FACT is the confirmed "
       "figure Y (what the document itself establishes for 2024); the provider's reported X is skipped as a "
       "superseded figure and used only as a literal in checks. Where the act says the two agree («звітні та "
       "фактичні дані збігаються», table rows with Відхилення 0) the single figure is the fact")
g.note("reported-vs-confirmed differences are the act's finding, not a planted slip: the table's Відхилення column, "
       "the totals and finding 3.1 all add up. This report has no planted slip")
g.note("table: the confirmed column gives one fact per row (applied, needs_assessed, five served by service); the "
       "five service rows hang on the confirmed Усього 553 (families_persons); rows 1–2 are not parts of it")
g.note("«Соціальний супровід сімей у СЖО, сімей» row → served families (alt support_ongoing)")
g.note("the inspectors' interviews: 15 respondents → survey_respondents (recipients, unit_alt persons) and "
       "93,3 % satisfied → satisfaction; the 14 is skipped")
g.note("«дві скарги» → complaints 2 (a number in words)")
g.write()
