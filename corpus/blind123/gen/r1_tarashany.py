"""b123_01: КУ «ЦНСП» Тарашанської сільської ради (Чернівецька), annual report 2024. DOCX, first person plural."""
import docx
from docx.shared import Pt

from common import Gold, report_path, save_docx, docx_table

DOC = "b123_01_tarashany_cnsp_annual2024.docx"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)

P = d.add_paragraph
P("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ТАРАШАНСЬКОЇ СІЛЬСЬКОЇ РАДИ")
P("60215, Чернівецька обл., Чернівецький р-н, с. Тарашани, вул. Центральна, 41; тел. (03736) 0-52-17; "
  "e-mail: cnsp.tarashany@example.ua; код ЄДРПОУ 44318206")
P("ЗВІТ про роботу Центру надання соціальних послуг за 2024 рік")

d.add_heading("1. Загальні відомості", level=2)
P("Наш Центр утворено рішенням 9 сесії Тарашанської сільської ради VIII скликання від 16.07.2021 "
  "№ 214-9/2021. Ми обслуговуємо 4 населені пункти громади, де проживає близько 10,9 тис. мешканців.")
P("Штатним розписом на 2024 рік затверджено 27,5 штатної одиниці. Фактично працювали 24 працівники, "
  "з них 16 соціальних робітників. Упродовж року 9 наших фахівців підвищили кваліфікацію на курсах і "
  "вебінарах Чернівецького обласного центру соціальних служб.")

d.add_heading("2. Звернення та оцінка потреб", level=2)
P("У 2024 році до нас звернулися 538 осіб, що на 47 більше, ніж роком раніше (491 особа). "
  "Оцінку потреб ми провели для 203 осіб та 37 сімей.")

d.add_heading("3. Надані соціальні послуги", level=2)
P("Таблиця 1. Отримувачі та кількість наданих послуг у 2024 році")
rows = [
    ["№ з/п", "Назва соціальної послуги", "Отримувачів, сімей/осіб", "з них ВПО", "Надано послуг, од."],
    ["1", "Інформування", "312", "58", "641"],
    ["2", "Консультування", "287", "49", "903"],
    ["3", "Догляд вдома", "96", "7", "11520"],
    ["4", "Денний догляд", "14", "2", "1386"],
    ["5", "Натуральна допомога", "148", "63", "210"],
    ["6", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "21", "4", "436"],
    ["7", "Соціальна адаптація", "18", "5", "124"],
    ["Усього", "896", "188", "15220"],
]
docx_table(d, rows, merge_first={8})
P("")
P("Догляд вдома ми надавали 96 особам, серед них 62 (64,6 %) – особи з інвалідністю I–II груп. "
  "Вартість однієї години догляду для отримувачів, які сплачують за послугу, становила 86,40 грн.")
P("Натуральну допомогу (продуктові та гігієнічні набори, теплі речі) отримали 148 осіб, з них 63 "
  "внутрішньо переміщені особи (45,2 %). Загальна вартість переданої допомоги – 212,4 тис. грн.")

d.add_heading("4. Соціальний супровід сімей", level=2)
P("Під соціальним супроводом у 2024 році перебувала 21 сім'я, в яких виховується 43 дитини. "
  "Протягом року ми взяли під супровід 13 сімей, а завершили – 11 сімей, а саме:")
P("з позитивним результатом (складні життєві обставини подолано) – 8 сімей;", style="List Bullet")
P("у зв'язку зі зміною місця проживання – 2 сім'ї;", style="List Bullet")
P("через відмову сім'ї від послуги – 1 сім'я.", style="List Bullet")
P("На 2025 рік продовжено надання послуги 10 сім'ям. Середня тривалість супроводу становила 5 місяців.")

d.add_heading("5. Профілактична робота, якість послуг", level=2)
P("Ми провели 26 групових заходів (тренінги, «круглі столи», акції до Дня захисту дітей), участь у яких "
  "взяли 412 осіб. У листопаді 2024 року провели анкетування отримувачів: взяли участь 84 особи, рівень "
  "задоволеності якістю послуг становить 94 %. Скарг на роботу Центру протягом року не надходило.")

d.add_heading("6. Фінансування", level=2)
P("Кошторисом на 2024 рік по загальному фонду затверджено 8 012,5 тис. грн. Касові видатки склали "
  "7 846,3 тис. грн, економія – 166,2 тис. грн (переважно на оплаті енергоносіїв).")

d.add_heading("7. Завдання на 2025 рік", level=2)
P("Запровадити послугу паліативного догляду (орієнтовно для 10 осіб), відкрити другу групу денного "
  "догляду на 12 місць.")
P("Директор Центру ____________")
P("27.01.2025 № 18/01-10")

save_docx(d, report_path(DOC), author="КУ ЦНСП")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Тарашанської сільської ради",
    "centre_type": "cnsp", "settlement": "Тарашани", "oblast": "Чернівецька",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
}, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Тарашанської сільської ради",
                        "КУ «Центр надання соціальних послуг» Тарашанської сільської ради"],
             "settlement": ["Тарашанська сільська громада"]})
F = g.f
f_staffpos = F("staff_positions", "positions", 27.5, "затверджено 27,5 штатної одиниці")
f_staff = F("staff_actual", "staff", 24, "Фактично працювали 24 працівники")
F("staff_actual", "staff", 16, "з них 16 соціальних робітників", parent=f_staff, label="соціальні робітники")
F("staff_trained", "staff", 9, "9 наших фахівців підвищили кваліфікацію")
f_app = F("applied", "persons", 538, "до нас звернулися 538 осіб")
F("needs_assessed", "persons", 203, "Оцінку потреб ми провели для 203 осіб")
F("needs_assessed", "families", 37, "та 37 сімей")

# table: every cell a fact, rows hang on the Усього cell of the same column
svc = [("informing", "1\tІнформування\t312\t58\t641", 312, 58, 641),
       ("counselling", "2\tКонсультування\t287\t49\t903", 287, 49, 903),
       ("home_care", "3\tДогляд вдома\t96\t7\t11520", 96, 7, 11520),
       ("day_care", "4\tДенний догляд\t14\t2\t1386", 14, 2, 1386),
       ("natural_aid", "5\tНатуральна допомога\t148\t63\t210", 148, 63, 210),
       ("social_support_sjo", "6\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t21\t4\t436", 21, 4, 436),
       ("social_adaptation", "7\tСоціальна адаптація\t18\t5\t124", 18, 5, 124)]
tot_q = "Усього\t896\t188\t15220"
t_rec = F("served", "families_persons", 896, tot_q, label="Усього (таблиця 1)")
t_idp = F("served", "families_persons", 188, tot_q, category="внутрішньо переміщені особи",
          parent=t_rec, label="Усього, з них ВПО (таблиця 1)")
t_srv = F("services_provided", "services", 15220, tot_q, label="Усього (таблиця 1)")
rec_ids, idp_ids, srv_ids = [], [], []
for sid, q, a, b, c in svc:
    r = F("served", "families_persons", a, q, service=sid, group="table1_recipients", parent=t_rec)
    rec_ids.append(r)
    idp_ids.append(F("served", "families_persons", b, q, service=sid, category="внутрішньо переміщені особи",
                     group="table1_idp", parent=t_idp))
    srv_ids.append(F("services_provided", "services", c, q, service=sid, group="table1_services", parent=t_srv))

f_hc = F("served", "persons", 96, "Догляд вдома ми надавали 96 особам", service="home_care")
f_hcd = F("served", "persons", 62, percent=64.6, service="home_care", category="особи з інвалідністю I–II груп",
          parent=f_hc, quote="серед них 62 (64,6 %) – особи з інвалідністю I–II груп")
f_na = F("served", "persons", 148, "Натуральну допомогу (продуктові та гігієнічні набори, теплі речі) отримали 148 осіб",
         service="natural_aid")
f_nai = F("served", "persons", 63, "з них 63 внутрішньо переміщені особи (45,2 %)", percent=45.2,
          service="natural_aid", category="внутрішньо переміщені особи", parent=f_na)
F("aid_value", "uah", 212400, "Загальна вартість переданої допомоги – 212,4 тис. грн", service="natural_aid")

f_ss = F("served", "families", 21, "Під соціальним супроводом у 2024 році перебувала 21 сім'я",
         service="social_support_sjo", alt=["support_ongoing"])
F("served", "children", 43, "в яких виховується 43 дитини", service="social_support_sjo",
  alt=["support_ongoing"], parent=f_ss)
f_st = F("support_started", "families", 13, "ми взяли під супровід 13 сімей", service="social_support_sjo", parent=f_ss)
f_sc = F("support_completed", "families", 11, "а завершили – 11 сімей", service="social_support_sjo", parent=f_ss)
o1 = F("outcome_positive", "families", 8, "з позитивним результатом (складні життєві обставини подолано) – 8 сімей",
       service="social_support_sjo", group="completed_11", parent=f_sc)
o2 = F("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 сім'ї",
       service="social_support_sjo", label="зміна місця проживання", group="completed_11", parent=f_sc)
o3 = F("outcome_other", "families", 1, "через відмову сім'ї від послуги – 1 сім'я",
       service="social_support_sjo", label="відмова сім'ї від послуги", group="completed_11", parent=f_sc)
f_on = F("support_ongoing", "families", 10, "На 2025 рік продовжено надання послуги 10 сім'ям",
         service="social_support_sjo", parent=f_ss)

f_ev = F("events", "events", 26, "Ми провели 26 групових заходів")
F("event_participants", "persons", 412, "участь у яких взяли 412 осіб", parent=f_ev)
f_sr = F("survey_respondents", "persons", 84, "взяли участь 84 особи")
f_sat = F("satisfaction", "percent", 94, "рівень задоволеності якістю послуг становить 94 %")
F("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило.")
f_ba = F("budget_approved", "uah", 8012500, "по загальному фонду затверджено 8 012,5 тис. грн", label="загальний фонд")
f_bs = F("budget_spent", "uah", 7846300, "Касові видатки склали 7 846,3 тис. грн", label="загальний фонд")
f_be = F("budget_savings", "uah", 166200, "економія – 166,2 тис. грн", label="загальний фонд")

n = lambda i: int(i[1:])
g.slip("percent_mismatch", "error", "з них 63 внутрішньо переміщені особи (45,2 %)", 45.2, 42.6, [f_nai, f_na],
       "63 of the 148 natural-aid recipients is 42,57 % → 42,6 %, not 45,2 % (45,2 % would be 66,9 of 148)",
       f"pct_ok(p{n(f_nai)}, f{n(f_nai)}, f{n(f_na)}, 1)")
g.check("table_arithmetic", tot_q, "recipients column: 312 + 287 + 96 + 14 + 148 + 21 + 18 = 896",
        " + ".join(f"f{n(i)}" for i in rec_ids) + f" == f{n(t_rec)}")
g.check("table_arithmetic", tot_q, "IDP column: 58 + 49 + 7 + 2 + 63 + 4 + 5 = 188",
        " + ".join(f"f{n(i)}" for i in idp_ids) + f" == f{n(t_idp)}")
g.check("table_arithmetic", tot_q, "services column: 641 + 903 + 11520 + 1386 + 210 + 436 + 124 = 15220",
        " + ".join(f"f{n(i)}" for i in srv_ids) + f" == f{n(t_srv)}")
g.check("table_arithmetic", "Назва соціальної послуги\tОтримувачів, сімей/осіб\tз них ВПО",
        "in every row the IDP cell ≤ the recipients cell",
        " and ".join(f"f{n(b)} <= f{n(a)}" for a, b in zip(rec_ids, idp_ids)))
g.check("percent_mismatch", "серед них 62 (64,6 %)", "62 / 96 = 64,58 % → 64,6",
        f"pct_ok(p{n(f_hcd)}, f{n(f_hcd)}, f{n(f_hc)}, 1)")
g.check("internal_conflict", "Догляд вдома ми надавали 96 особам",
        "prose 96 home-care and 148 natural-aid recipients equal the table rows; prose 63 IDP equals the table cell",
        f"f{n(f_hc)} == f{n(rec_ids[2])} and f{n(f_na)} == f{n(rec_ids[4])} and f{n(f_nai)} == f{n(idp_ids[4])}")
g.check("internal_conflict", "Під соціальним супроводом у 2024 році перебувала 21 сім'я",
        "prose 21 families = table row 6", f"f{n(f_ss)} == f{n(rec_ids[5])}")
g.check("parts_sum", "а завершили – 11 сімей, а саме:", "8 + 2 + 1 = 11",
        f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(f_sc)}")
g.check("parts_sum", "На 2025 рік продовжено надання послуги 10 сім'ям",
        "21 under support − 11 completed = 10 continued; 13 taken ≤ 21",
        f"f{n(f_ss)} - f{n(f_sc)} == f{n(f_on)} and f{n(f_st)} <= f{n(f_ss)}")
g.check("table_arithmetic", "економія – 166,2 тис. грн", "8 012,5 − 7 846,3 = 166,2 тис. грн",
        f"f{n(f_ba)} - f{n(f_bs)} == f{n(f_be)}")
g.check("percent_impossible", "рівень задоволеності якістю послуг становить 94 %", "94 % of 84 is reachable (79 of 84)",
        f"grim_ok(f{n(f_sat)}, f{n(f_sr)}, 0)")
g.check("parts_sum", "з них 16 соціальних робітників", "16 ≤ 24 ≤ 27,5 positions",
        f"f{n(f_staff)+1} <= f{n(f_staff)} <= f{n(f_staffpos)}")

g.skip("60215, Чернівецька обл., Чернівецький р-н, с. Тарашани, вул. Центральна, 41; тел. (03736) 0-52-17",
       [60215, 41, 3736, 5217], "postcode, address, phone")
g.skip("код ЄДРПОУ 44318206", [44318206], "ЄДРПОУ")
g.skip("за 2024 рік", [2024], "year of the title")
g.skip("рішенням 9 сесії Тарашанської сільської ради VIII скликання від 16.07.2021 № 214-9/2021",
       [9, 16, 7, 2021, 214, 9, 2021], "session and decision number, date")
g.skip("Ми обслуговуємо 4 населені пункти громади, де проживає близько 10,9 тис. мешканців.", [4, 10900],
       "settlements and population")
g.skip("Штатним розписом на 2024 рік", [2024], "year")
g.skip("що на 47 більше, ніж роком раніше (491 особа)", [47, 491], "difference and 2023 figure")
g.skip("Таблиця 1. Отримувачі та кількість наданих послуг у 2024 році", [1, 2024], "table number, year")
g.skip("№ з/п", [1, 2, 3, 4, 5, 6, 7], "row numbers 1–7")
g.skip("особи з інвалідністю I–II груп", [1, 2], "disability groups")
g.skip("Вартість однієї години догляду для отримувачів, які сплачують за послугу, становила 86,40 грн.",
       [86.40], "tariff per hour")
g.skip("Середня тривалість супроводу становила 5 місяців.", [5], "duration")
g.skip("У листопаді 2024 року провели анкетування", [2024], "survey date")
g.skip("Кошторисом на 2024 рік", [2024], "year")
g.skip("Запровадити послугу паліативного догляду (орієнтовно для 10 осіб), відкрити другу групу денного "
       "догляду на 12 місць.", [2025, 10, 12], "2025 plan")
g.skip("27.01.2025 № 18/01-10", [27, 1, 2025, 18, 1, 10], "date and outgoing number")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers")

g.note("first person plural («ми провели», «наш Центр»); the centre's name is given in the header in upper case "
       "with its legal form; meta.centre without the legal form, meta_alt with it")
g.note("table 1 header «Отримувачів, сімей/осіб» → unit families_persons for all recipient and IDP cells; the Усього "
       "row is a spanning cell (№ + name) and comes out as «Усього\\t896\\t188\\t15220»; rows hang on the Усього cell "
       "of their column, the IDP total hangs on the recipients total")
g.note("the prose repeats table figures in other units (96 / 148 осіб, 21 сім'я, 63 ВПО): each is its own fact "
       "(persons / families), as blind18 does for prose vs table")
g.note("«рівень задоволеності … 94 %» → satisfaction; the 84 respondents → survey_respondents")
g.note("«продовжено надання послуги 10 сім'ям» on 2025 in a 2024 report → support_ongoing")
g.note("planted slip: «з них 63 внутрішньо переміщені особи (45,2 %)» — 63/148 = 42,6 %")
g.write()
