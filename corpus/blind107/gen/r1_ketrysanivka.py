"""b107_01: КУ «ЦНСП» Кетрисанівської сільської ради (Кіровоградська), annual report 2024.
DOCX, first person plural, numbered sections, a table by service. Slip: parts_sum (outcomes 8 + 4 + 1 = 13 of 14)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx, set_cell

DOC = "b107_01_ketrysanivka_cnsp_annual2024.docx"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)


def para(text, bold=False, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» КЕТРИСАНІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
para("27623, Кіровоградська обл., Кропивницький р-н, с. Кетрисанівка, вул. Шкільна, 14; "
     "тел. (0522) 0-47-31; e-mail: cnsp.ketrysanivka@example.ua; код ЄДРПОУ 44718265", center=True)
para("Вих. № 15/01-12 від 20.01.2025")
para("ЗВІТ\nпро роботу комунальної установи «Центр надання соціальних послуг» Кетрисанівської сільської ради за 2024 рік",
     bold=True, center=True)

d.add_heading("1. Загальні відомості", level=2)
para("Наш Центр утворено рішенням Кетрисанівської сільської ради від 18.12.2020 № 47. Ми обслуговуємо "
     "мешканців 19 населених пунктів громади, де проживає близько 7,9 тис. осіб. Штатним розписом на 2024 рік "
     "передбачено 21,5 штатної одиниці. Станом на 31.12.2024 у нас працює 19 працівників, з них 11 соціальних "
     "робітників і 3 фахівці із соціальної роботи. Упродовж року 7 працівників підвищили кваліфікацію на "
     "курсах і вебінарах Кіровоградського обласного центру соціальних служб.")

d.add_heading("2. Звернення та оцінка потреб", level=2)
para("За 2024 рік до Центру звернулися 412 осіб (у 2023 році – 388). Оцінку індивідуальних потреб ми провели "
     "для 167 осіб, середня тривалість оцінювання – 5 робочих днів.")

d.add_heading("3. Надання соціальних послуг", level=2)
para("Таблиця 1. Отримувачі та обсяг соціальних послуг у 2024 році")
rows = [
    ["№ з/п", "Соціальна послуга", "Отримувачів, осіб", "Надано послуг, од."],
    ["1", "Інформування", "236", "301"],
    ["2", "Консультування", "198", "433"],
    ["3", "Догляд вдома", "84", "9 862"],
    ["4", "Натуральна допомога", "57", "57"],
    ["5", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "26", "188"],
    ["6", "Денний догляд", "15", "1 140"],
    ["", "Усього", "616", "11 981"],
]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, c in enumerate(row):
        set_cell(t, i, j, c, bold=(i == 0 or i == len(rows) - 1))
last = len(rows) - 1
m = t.cell(last, 0).merge(t.cell(last, 1))
m.text = ""
m.paragraphs[0].add_run("Усього").bold = True

para("")
para("Соціальний супровід ми здійснювали для 26 сімей, у яких виховується 49 дітей; з них 9 сімей – "
     "внутрішньо переміщені особи. Під супровід у 2024 році взято 17 сімей. Завершено надання послуги 14 сім’ям: "
     "складні життєві обставини подолано у 8 сімей, мінімізовано – у 4, ще 1 сім’я вибула у зв’язку зі зміною "
     "місця проживання. На 2025 рік супровід продовжено 12 сім’ям.")
para("Догляд вдома отримували 84 особи. Середній вік отримувачів – 78 років, найстаршій отримувачці – 96. "
     "За рік на обслуговування взято 21 особу, знято з обслуговування 17: у зв’язку зі смертю – 12, "
     "із влаштуванням до закладу інтернатного типу – 3, за власним бажанням – 2.")
para("Натуральну допомогу (продуктові та гігієнічні набори) отримали 57 осіб: ми видали 214 наборів на "
     "загальну суму 96,3 тис. грн.")
para("Ми провели 23 групові заходи (тренінги, «батьківські години», заняття для людей старшого віку), "
     "у яких взяли участь 341 особа.")

d.add_heading("4. Якість послуг", level=2)
para("У грудні 2024 року ми провели анонімне анкетування, у ньому взяли участь 64 отримувачі послуг. "
     "Задоволеними якістю послуг назвали себе 92,2 % опитаних. Скарг за рік не надходило.")

d.add_heading("5. Фінансування", level=2)
para("Кошторисом Центру на 2024 рік затверджено 8 416,7 тис. грн, касові видатки склали 8 302,5 тис. грн, "
     "у тому числі на оплату праці з нарахуваннями – 7 118,9 тис. грн. Економія – 114,2 тис. грн.")

d.add_heading("6. Завдання на 2025 рік", level=2)
para("У 2025 році плануємо запровадити послугу соціального таксі, охопити доглядом вдома до 95 осіб "
     "і провести не менше 30 групових заходів.")
para("Директор                                   (підпис)")

path = report_path(DOC)
save_docx(d, path)

# ---------------------------------------------------------------- gold
g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Кетрисанівської сільської ради",
    "centre_type": "cnsp", "settlement": "Кетрисанівка", "oblast": "Кіровоградська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Кетрисанівської сільської ради",
                         "КУ «Центр надання соціальних послуг» Кетрисанівської сільської ради"]})

f_pos = g.f("staff_positions", "positions", 21.5, "передбачено 21,5 штатної одиниці")
f_act = g.f("staff_actual", "staff", 19, "у нас працює 19 працівників")
f_sr = g.f("staff_actual", "staff", 11, "з них 11 соціальних робітників", label="соціальні робітники", parent=f_act)
f_fsr = g.f("staff_actual", "staff", 3, "3 фахівці із соціальної роботи", label="фахівці із соціальної роботи",
            parent=f_act)
f_tr = g.f("staff_trained", "staff", 7, "Упродовж року 7 працівників підвищили кваліфікацію")
f_app = g.f("applied", "persons", 412, "За 2024 рік до Центру звернулися 412 осіб")
f_na = g.f("needs_assessed", "persons", 167, "Оцінку індивідуальних потреб ми провели для 167 осіб")

# table
tq = {
    "inf": "1\tІнформування\t236\t301",
    "con": "2\tКонсультування\t198\t433",
    "hc": "3\tДогляд вдома\t84\t9 862",
    "nat": "4\tНатуральна допомога\t57\t57",
    "ss": "5\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t26\t188",
    "dc": "6\tДенний догляд\t15\t1 140",
    "tot": "Усього\t616\t11 981",
}
t_srv = g.f("served", "persons", 616, tq["tot"], label="Усього")
t_svc = g.f("services_provided", "services", 11981, tq["tot"], label="Усього")
svc_ids = {"inf": "informing", "con": "counselling", "hc": "home_care", "nat": "natural_aid",
           "ss": "social_support_sjo", "dc": "day_care"}
vals = {"inf": (236, 301), "con": (198, 433), "hc": (84, 9862), "nat": (57, 57), "ss": (26, 188), "dc": (15, 1140)}
tr, ts = {}, {}
for k, (a, b) in vals.items():
    kw = {}
    if k == "ss":
        kw = {"unit_alt": "families", "note": "column header says «осіб»; the row is families (осіб) in СЖО"}
    tr[k] = g.f("served", "persons", a, tq[k], service=svc_ids[k], group="table1_recipients", parent=t_srv, **kw)
    ts[k] = g.f("services_provided", "services", b, tq[k], service=svc_ids[k], group="table1_services",
                parent=t_svc)

# social support prose
f_ss = g.f("served", "families", 26, "Соціальний супровід ми здійснювали для 26 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
f_ssc = g.f("served", "children", 49, "у яких виховується 49 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=f_ss)
f_idp = g.f("served", "families", 9, "з них 9 сімей – внутрішньо переміщені особи", service="social_support_sjo",
            category="внутрішньо переміщені особи", parent=f_ss)
f_st = g.f("support_started", "families", 17, "Під супровід у 2024 році взято 17 сімей", service="social_support_sjo",
           parent=f_ss)
f_cmp = g.f("support_completed", "families", 14, "Завершено надання послуги 14 сім'ям", service="social_support_sjo",
            parent=f_ss)
f_pos_o = g.f("outcome_positive", "families", 8, "складні життєві обставини подолано у 8 сімей",
              service="social_support_sjo", group="completed_14_by_outcome", parent=f_cmp)
f_min = g.f("outcome_minimized", "families", 4, "мінімізовано – у 4", service="social_support_sjo",
            group="completed_14_by_outcome", parent=f_cmp)
f_oth = g.f("outcome_other", "families", 1, "ще 1 сім'я вибула у зв'язку зі зміною місця проживання",
            service="social_support_sjo", label="зміна місця проживання", group="completed_14_by_outcome",
            parent=f_cmp)
f_ong = g.f("support_ongoing", "families", 12, "На 2025 рік супровід продовжено 12 сім'ям",
            service="social_support_sjo", parent=f_ss)

# home care
f_hc = g.f("served", "persons", 84, "Догляд вдома отримували 84 особи", service="home_care")
f_hcn = g.f("served", "persons", 21, "За рік на обслуговування взято 21 особу", service="home_care",
            alt=["registered_new", "support_started"], parent=f_hc)
f_hcd = g.f("deregistered", "persons", 17, "знято з обслуговування 17", service="home_care", parent=f_hc)
f_d1 = g.f("deregistered", "persons", 12, "у зв'язку зі смертю – 12", service="home_care", label="у зв'язку зі смертю",
           alt=["outcome_other"], group="dereg_17_by_reason", parent=f_hcd)
f_d2 = g.f("deregistered", "persons", 3, "із влаштуванням до закладу інтернатного типу – 3", service="home_care",
           label="влаштування до закладу інтернатного типу", alt=["outcome_other"], group="dereg_17_by_reason",
           parent=f_hcd)
f_d3 = g.f("deregistered", "persons", 2, "за власним бажанням – 2", service="home_care", label="за власним бажанням",
           alt=["outcome_other"], group="dereg_17_by_reason", parent=f_hcd)

f_nat = g.f("served", "persons", 57, "Натуральну допомогу (продуктові та гігієнічні набори) отримали 57 осіб",
            service="natural_aid")
f_aid = g.f("aid_value", "uah", 96300, "на загальну суму 96,3 тис. грн", service="natural_aid",
            label="продуктові та гігієнічні набори")
f_ev = g.f("events", "events", 23, "Ми провели 23 групові заходи")
f_evp = g.f("event_participants", "persons", 341, "у яких взяли участь 341 особа", parent=f_ev)

f_sv = g.f("survey_respondents", "recipients", 64, "у ньому взяли участь 64 отримувачі послуг", unit_alt="persons")
f_sat = g.f("satisfaction", "percent", 92.2, "Задоволеними якістю послуг назвали себе 92,2 % опитаних",
            label="задоволені якістю послуг", alt=["share"])
f_cpl = g.f("complaints", "complaints", 0, "Скарг за рік не надходило.")

f_ba = g.f("budget_approved", "uah", 8416700, "Кошторисом Центру на 2024 рік затверджено 8 416,7 тис. грн")
f_bs = g.f("budget_spent", "uah", 8302500, "касові видатки склали 8 302,5 тис. грн")
f_bw = g.f("budget_spent", "uah", 7118900, "у тому числі на оплату праці з нарахуваннями – 7 118,9 тис. грн",
           label="оплата праці з нарахуваннями", parent=f_bs)
f_be = g.f("budget_savings", "uah", 114200, "Економія – 114,2 тис. грн.")

# ---------------------------------------------------------------- audit
g.slip("parts_sum", "error",
       "Завершено надання послуги 14 сім'ям: складні життєві обставини подолано у 8 сімей, мінімізовано – у 4, "
       "ще 1 сім'я вибула у зв'язку зі зміною місця проживання",
       13, 14, [f_cmp, f_pos_o, f_min, f_oth],
       "the three outcomes of the 14 completed cases (overcome 8, minimized 4, moved 1) sum to 13: one family is "
       "missing. The colon after «14 сім'ям» announces the breakdown.",
       f"{f_pos_o} + {f_min} + {f_oth} == {f_cmp}")

# ---------------------------------------------------------------- checks
g.check("table_arithmetic", tq["tot"], "236 + 198 + 84 + 57 + 26 + 15 = 616",
        " + ".join(tr.values()) + f" == {t_srv}")
g.check("table_arithmetic", tq["tot"], "301 + 433 + 9 862 + 57 + 188 + 1 140 = 11 981",
        " + ".join(ts.values()) + f" == {t_svc}")
g.check("internal_conflict", "Догляд вдома отримували 84 особи", "home care 84 in the table and in the prose",
        f"{tr['hc']} == {f_hc}")
g.check("internal_conflict", "Натуральну допомогу (продуктові та гігієнічні набори) отримали 57 осіб",
        "natural aid 57 in the table and in the prose", f"{tr['nat']} == {f_nat}")
g.check("parts_sum", "з них 11 соціальних робітників і 3 фахівці із соціальної роботи",
        "11 + 3 ≤ 19 working ≤ 21,5 positions", f"{f_sr} + {f_fsr} <= {f_act} <= {f_pos}")
g.check("parts_sum", "На 2025 рік супровід продовжено 12 сім'ям", "14 completed + 12 continued = 26 under support",
        f"{f_cmp} + {f_ong} == {f_ss}")
g.check("parts_sum", "з них 9 сімей – внутрішньо переміщені особи", "9 IDP families and 17 taken ≤ 26",
        f"{f_idp} <= {f_ss} and {f_st} <= {f_ss}")
g.check("parts_sum", "знято з обслуговування 17: у зв'язку зі смертю – 12", "12 + 3 + 2 = 17",
        f"{f_d1} + {f_d2} + {f_d3} == {f_hcd}")
g.check("parts_sum", "у тому числі на оплату праці з нарахуваннями – 7 118,9 тис. грн", "7 118,9 ≤ 8 302,5",
        f"{f_bw} <= {f_bs}")
g.check("table_arithmetic", "Економія – 114,2 тис. грн.", "8 416,7 − 8 302,5 = 114,2 тис. грн",
        f"{f_ba} - {f_bs} == {f_be}")
g.check("percent_impossible", "Задоволеними якістю послуг назвали себе 92,2 % опитаних",
        "92,2 % is reachable with 64 respondents (59 of 64 = 92,19 %)", f"grim_ok({f_sat}, {f_sv}, 1)")
g.check("parts_sum", "За 2024 рік до Центру звернулися 412 осіб", "167 assessed ≤ 412 applied",
        f"{f_na} <= {f_app}")

# ---------------------------------------------------------------- skipped
g.skip("27623, Кіровоградська обл., Кропивницький р-н, с. Кетрисанівка, вул. Шкільна, 14; тел. (0522) 0-47-31",
       [27623, 14, 522, 4731], "postcode, address, phone")
g.skip("код ЄДРПОУ 44718265", [44718265], "ЄДРПОУ")
g.skip("Вих. № 15/01-12 від 20.01.2025", [15, 1, 12, 20, 1, 2025], "outgoing number and date")
g.skip("за 2024 рік", [2024], "years in the title and text")
g.skip("рішенням Кетрисанівської сільської ради від 18.12.2020 № 47", [18, 12, 2020, 47], "decision date and number")
g.skip("мешканців 19 населених пунктів громади, де проживає близько 7,9 тис. осіб", [19, 7900],
       "settlements and population")
g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
g.skip("(у 2023 році – 388)", [2023, 388], "prior-year figure")
g.skip("середня тривалість оцінювання – 5 робочих днів", [5], "duration")
g.skip("Таблиця 1.", [1], "table number")
g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers 1–6")
g.skip("Середній вік отримувачів – 78 років, найстаршій отримувачці – 96.", [78, 96], "ages")
g.skip("ми видали 214 наборів", [214], "items (sets handed out), no §3 id")
g.skip("У грудні 2024 року", [2024], "survey month")
g.skip("У 2025 році плануємо запровадити послугу соціального таксі, охопити доглядом вдома до 95 осіб "
       "і провести не менше 30 групових заходів.", [2025, 95, 30], "plans for 2025")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")

g.note("first person plural; centre name in meta without the legal form, with the КУ forms in meta_alt")
g.note("the table and the prose both give home care 84 and natural aid 57: two facts each (table cell and prose), "
       "as in blind18; the table's social-support row (26, column «осіб») and the prose «26 сімей» are two facts "
       "with different units (persons, unit_alt families / families)")
g.note("table rows hang on the «Усього» cell of their column, one group per column")
g.note("«Під супровід у 2024 році взято 17 сімей» → support_started; «На 2025 рік супровід продовжено 12 сім'ям» → "
       "support_ongoing (a 2024 figure that names 2025)")
g.note("«знято з обслуговування 17» → deregistered with its reasons as labelled parts (alt outcome_other); "
       "«на обслуговування взято 21 особу» → served (alt registered_new, support_started)")
g.note("staff_positions 21,5 is a fractional fact (stored as 21.5)")
g.note("the survey gives only the percentage (92,2 %) and the number of respondents; 59 satisfied is implied, "
       "not written")
g.note("«Економія – 114,2 тис. грн» has no written base for a percentage; checked as approved − spent")
g.write()
