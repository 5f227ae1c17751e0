"""b98_02: ТЦСО Синюшинобрідської сільської ради (Миколаївська), information for 9 months of 2023.
windows-1251, CRLF, hard-wrapped lines, third person, dash lists."""
from common import Gold, report_path, write_text

DOC = "b98_02_syniushyn_brid_tcso_9m2023.txt"

TEXT = """\
                                   Департамент соціального захисту населення
                                   Миколаївської обласної державної адміністрації

Вих. № 01-11/218 від 04.10.2023

                              І Н Ф О Р М А Ц І Я
          про роботу територіального центру соціального обслуговування
   (надання соціальних послуг) Синюшинобрідської сільської ради за 9 місяців 2023 року

   Територіальний центр соціального обслуговування (надання соціальних послуг)
Синюшинобрідської сільської ради (далі – територіальний центр) обслуговує мешканців
11 населених пунктів громади. За даними старостатів, у громаді проживає 2 980 осіб
віком 60+.
   Станом на 30.09.2023 на обліку територіального центру перебуває 1 146 осіб, які
потребують соціальних послуг.

   1. Загальні показники
   За 9 місяців 2023 року територіальним центром обслуговано 384 особи (за 9 місяців
2022 року – 361 особа), з них:
   - відділенням соціальної допомоги вдома – 142 особи;
   - відділенням організації надання адресної натуральної та грошової допомоги – 226 осіб;
   - відділенням денного перебування – 16 осіб.

   2. Соціальна допомога вдома
   Відділенням соціальної допомоги вдома обслуговано 142 особи, з них: одиноких
непрацездатних громадян – 87, осіб з інвалідністю І–ІІ групи – 34, громадян інших
категорій – 27.
   Послуги надають соціальні робітники відділення (19 штатних одиниць). За звітний
період ними надано 11 760 послуг догляду вдома.
   Протягом звітного періоду взято на обслуговування 23 особи, знято з обслуговування
17 осіб (з них 12 – у зв'язку зі смертю, 3 – у зв'язку зі зміною місця проживання,
2 – у зв'язку з влаштуванням до будинку-інтернату).
   У вересні 2023 року проведено анкетування 64 отримувачів послуги догляду вдома:
59 з них (92,2 %) задоволені якістю послуг. Скарг від отримувачів не надходило.

   3. Адресна натуральна та грошова допомога
   Адресну натуральну допомогу отримали 226 осіб, зокрема 58 внутрішньо переміщених
осіб. Видано 412 продуктових наборів, 95 комплектів постільної білизни та 40 обігрівачів
на загальну суму 214,8 тис. грн.
   Грошову допомогу з місцевого бюджету (Програма соціального захисту на 2021–2025 роки)
отримали 37 осіб на загальну суму 74,0 тис. грн.

   4. Відділення денного перебування
   У відділенні денного перебування обслуговано 16 осіб, проведено 48 групових занять
(рукоділля, скандинавська ходьба, психологічні групи). Заняття тривають 2 години.

   5. Соціальне таксі
   Послугою «соціальне таксі» скористалися 29 осіб, здійснено 61 поїздку. Тариф –
9 грн за 1 км пробігу, для осіб з інвалідністю І групи послуга безоплатна.

   6. Кадри та фінансування
   Штатна чисельність територіального центру – 27,5 штатної одиниці, фактично
працює 26 осіб, вакантні 1,5 ставки.
   Касові видатки за 9 місяців 2023 року становлять 4 318,2 тис. грн при плані
на 9 місяців 4 455,0 тис. грн.

Директор територіального центру                                    (підпис)
Виконавець: відділ організаційної роботи, тел. (05161) 0-93-41
"""

path = report_path(DOC)
write_text(path, TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Синюшинобрідської сільської ради",
    "centre_type": "tcso", "settlement": "Синюшин Брід", "oblast": "Миколаївська",
    "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"},
    {"settlement": ["Синюшинобрідська сільська громада"]})
F = g.f
f_reg = F("registered", "persons", 1146, "на обліку територіального центру перебуває 1 146 осіб",
          label="на обліку як такі, що потребують соціальних послуг, станом на 30.09.2023")
f_all = F("served", "persons", 384, "територіальним центром обслуговано 384 особи")
f_d1 = F("served", "persons", 142, "відділенням соціальної допомоги вдома – 142 особи;", district="відділення соціальної допомоги вдома",
         service="home_care", group="served_384_by_department", parent=f_all)
f_d2 = F("served", "persons", 226, "відділенням організації надання адресної натуральної та грошової допомоги – 226 осіб;",
         district="відділення організації надання адресної натуральної та грошової допомоги",
         group="served_384_by_department", parent=f_all)
f_d3 = F("served", "persons", 16, "відділенням денного перебування – 16 осіб.", district="відділення денного перебування",
         service="day_care", group="served_384_by_department", parent=f_all)
f_hc = F("served", "persons", 142, "Відділенням соціальної допомоги вдома обслуговано 142 особи", service="home_care",
         district="відділення соціальної допомоги вдома", note="142 written twice (list item and section 2): two facts")
f_c1 = F("served", "persons", 87, "непрацездатних громадян – 87", service="home_care",
         category="одинокі непрацездатні громадяни", group="home_care_142_by_category", parent=f_hc)
f_c2 = F("served", "persons", 34, "осіб з інвалідністю І–ІІ групи – 34", service="home_care",
         category="особи з інвалідністю І–ІІ групи", group="home_care_142_by_category", parent=f_hc)
f_c3 = F("served", "persons", 27, "категорій – 27.", service="home_care", category="громадяни інших категорій",
         group="home_care_142_by_category", parent=f_hc)
f_sw = F("staff_positions", "positions", 19, "соціальні робітники відділення (19 штатних одиниць)",
         label="соціальні робітники відділення соціальної допомоги вдома")
f_sp = F("services_provided", "services", 11760, "ними надано 11 760 послуг догляду вдома", service="home_care")
f_new = F("served", "persons", 23, "взято на обслуговування 23 особи", service="home_care",
          alt=["registered_new", "support_started"], label="взято на обслуговування")
f_out = F("deregistered", "persons", 17, "знято з обслуговування", service="home_care",
          note="the number 17 begins the next line («17 осіб (з них 12 …»); the quote is the phrase on the line before")
f_o1 = F("deregistered", "persons", 12, "з них 12 – у зв'язку зі смертю", service="home_care",
         label="у зв'язку зі смертю", group="removed_17", parent=f_out)
f_o2 = F("deregistered", "persons", 3, "3 – у зв'язку зі зміною місця проживання", service="home_care",
         label="зміна місця проживання", group="removed_17", parent=f_out)
f_o3 = F("deregistered", "persons", 2, "2 – у зв'язку з влаштуванням до будинку-інтернату", service="home_care",
         label="влаштування до будинку-інтернату", group="removed_17", parent=f_out)
f_sv = F("survey_respondents", "recipients", 64, "проведено анкетування 64 отримувачів послуги догляду вдома",
         unit_alt="persons", service="home_care")
f_sat = F("satisfaction", "percent", 92.2, "59 з них (92,2 %) задоволені якістю послуг", service="home_care",
          note="the 59 satisfied respondents have no §3 id (skipped); the percentage is the satisfaction fact")
f_cpl = F("complaints", "complaints", 0, "Скарг від отримувачів не надходило.")
f_na = F("served", "persons", 226, "Адресну натуральну допомогу отримали 226 осіб", service="natural_aid",
         district="відділення організації надання адресної натуральної та грошової допомоги",
         note="226 written twice (list item and section 3): two facts")
f_na_idp = F("served", "persons", 58, "зокрема 58 внутрішньо переміщених", service="natural_aid",
             category="внутрішньо переміщені особи", parent=f_na)
f_na_v = F("aid_value", "uah", 214800, "на загальну суму 214,8 тис. грн", service="natural_aid")
f_money = F("served", "persons", 37, "отримали 37 осіб на загальну суму 74,0 тис. грн", label="грошова допомога з місцевого бюджету")
f_money_v = F("aid_value", "uah", 74000, "отримали 37 осіб на загальну суму 74,0 тис. грн", label="грошова допомога з місцевого бюджету")
f_dc = F("served", "persons", 16, "У відділенні денного перебування обслуговано 16 осіб", service="day_care",
         district="відділення денного перебування")
f_ev = F("events", "events", 48, "проведено 48 групових занять")
f_tx = F("served", "persons", 29, "Послугою «соціальне таксі» скористалися 29 осіб", service="social_taxi")
f_txs = F("services_provided", "services", 61, "здійснено 61 поїздку", service="social_taxi",
          note="a trip is one act of the social-taxi service")
f_pos = F("staff_positions", "positions", 27.5, "Штатна чисельність територіального центру – 27,5 штатної одиниці")
f_act = F("staff_actual", "staff", 26, "працює 26 осіб, вакантні 1,5 ставки")
f_spent = F("budget_spent", "uah", 4318200, "Касові видатки за 9 місяців 2023 року становлять 4 318,2 тис. грн")
f_plan = F("budget_approved", "uah", 4455000, "на 9 місяців 4 455,0 тис. грн", label="план на 9 місяців",
           note="«при плані на 9 місяців» – the period's approved plan")

g.check("parts_sum", "територіальним центром обслуговано 384 особи", "142 + 226 + 16 = 384",
        f"{f_d1} + {f_d2} + {f_d3} == {f_all}")
g.check("internal_conflict", "Відділенням соціальної допомоги вдома обслуговано 142 особи", "142 in list = 142 in section 2",
        f"{f_hc} == {f_d1}")
g.check("internal_conflict", "Адресну натуральну допомогу отримали 226 осіб", "226 in list = 226 in section 3",
        f"{f_na} == {f_d2} and {f_na_idp} <= {f_na}")
g.check("internal_conflict", "У відділенні денного перебування обслуговано 16 осіб", "16 in list = 16 in section 4",
        f"{f_dc} == {f_d3}")
g.check("parts_sum", "з них 12 – у зв'язку зі смертю", "12 + 3 + 2 = 17", f"{f_o1} + {f_o2} + {f_o3} == {f_out}")
g.check("percent_mismatch", "59 з них (92,2 %) задоволені якістю послуг", "59 / 64 = 92,19 % → 92,2 (59 is a literal)",
        f"pct_ok({f_sat}, 59, {f_sv}, 1)")
g.check("parts_sum", "працює 26 осіб, вакантні 1,5 ставки", "26 + 1,5 vacant = 27,5 positions; 19 social-worker positions ≤ 27,5",
        f"near({f_act} + 1.5, {f_pos}) and {f_sw} <= {f_pos}")
g.check("parts_sum", "Касові видатки за 9 місяців 2023 року становлять 4 318,2 тис. грн", "spent ≤ plan",
        f"{f_spent} <= {f_plan}")
g.check("parts_sum", "взято на обслуговування 23 особи", "23 taken ≤ 142 served", f"{f_new} <= {f_hc}")

g.slip("parts_sum", "error", "Відділенням соціальної допомоги вдома обслуговано 142 особи, з них: одиноких", 148, 142, [f_hc, f_c1, f_c2, f_c3],
       "the categories 87 + 34 + 27 = 148, six more than the 142 served in home care; the last category is «громадяни інших категорій», so the list is a partition",
       f"{f_c1} + {f_c2} + {f_c3} == {f_hc}")

g.skip("Вих. № 01-11/218 від 04.10.2023", [1, 11, 218, 4, 10, 2023], "outgoing number and date")
g.skip("за 9 місяців 2023 року", [9, 2023], "period in the title")
g.skip("11 населених пунктів громади", [11], "number of settlements")
g.skip("у громаді проживає 2 980 осіб", [2980, 60], "population aged 60+")
g.skip("Станом на 30.09.2023", [30, 9, 2023], "date")
g.skip("1. Загальні показники", [1, 2, 3, 4, 5, 6], "section numbers")
g.skip("2022 року – 361 особа)", [2022, 361], "prior-year figure")
g.skip("59 з них (92,2 %)", [59], "count of satisfied respondents: no §3 id; used as a literal in the check")
g.skip("Видано 412 продуктових наборів, 95 комплектів постільної білизни та 40 обігрівачів", [412, 95, 40], "items")
g.skip("(Програма соціального захисту на 2021–2025 роки)", [2021, 2025], "programme years")
g.skip("Заняття тривають 2 години.", [2], "duration")
g.skip("9 грн за 1 км пробігу, для осіб з інвалідністю І групи послуга безоплатна", [9, 1], "tariff")
g.skip("вакантні 1,5 ставки", [1.5], "vacancies: no §3 id")
g.skip("Виконавець: відділ організаційної роботи, тел. (05161) 0-93-41", [5161, 9341], "phone")
g.skip("осіб з інвалідністю І–ІІ групи", [1, 2], "disability groups (Roman numerals)")

g.note("the departments of the list «з них» go into district (seed convention for department breakdowns) and form group served_384_by_department")
g.note("142 (home care), 226 (natural aid) and 16 (day care) are each written twice: list item and section; two facts each")
g.note("«на обліку … перебуває 1 146 осіб, які потребують соціальних послуг» → registered (persons) with a label; it is a point-in-time count at 30.09.2023")
g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with reasons as labelled parts")
g.note("survey: 64 «отримувачів» → recipients (unit_alt persons); the 92,2 % is satisfaction; the 59 count is skipped and used as a literal")
g.note("«грошову допомогу … отримали 37 осіб на загальну суму 74,0 тис. грн» → served with label (no service id) and aid_value")
g.note("«здійснено 61 поїздку» (social taxi) → services_provided: choice, written here")
g.note("«при плані на 9 місяців 4 455,0 тис. грн» → budget_approved with label; no economy is written")
g.note("planted slip: home-care categories 87 + 34 + 27 = 148 ≠ 142")
g.write()
