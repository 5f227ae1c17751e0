"""b122_02: ТЦСО Ушомирської сільської ради (Житомирська), information for 9 months of 2023.
windows-1251, CRLF, hard-wrapped lines, impersonal voice."""
from common import Gold, report_path, write_text

NAME = "b122_02_ushomyr_tcso_9m2023.txt"

TEXT = """\
                    УШОМИРСЬКА СІЛЬСЬКА РАДА
     ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
              (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)

11520, Житомирська обл., Коростенський р-н, с. Ушомир, вул. Шкільна, 4
тел. (04142) 0-62-19, e-mail: tc.ushomyr@example.ua

                         ІНФОРМАЦІЯ
   про роботу територіального центру за 9 місяців 2023 року
       (до листа відділу соціального захисту від 02.10.2023 № 417)

   Територіальний центр утворено відповідно до рішення сесії сільської
ради від 11.02.2021 № 96. Зона обслуговування - 38 населених пунктів;
кількість мешканців віком 60+ - 3 912 осіб (станом на 01.01.2023).

   Штатна чисельність - 31 посада, фактично зайнято 28 посад, з них
соціальних робітників - 19. Навчання на базі Житомирського обласного
центру підвищення кваліфікації пройшли 4 працівники.

   1. Обслуговування громадян

   За 9 місяців 2023 року територіальним центром обслуговано 486 осіб,
а саме:
   - відділенням соціальної допомоги вдома - 172 особи;
   - відділенням денного перебування - 119 осіб;
   - відділенням організації надання адресної натуральної та грошової
     допомоги - 195 осіб.
   (за 9 місяців 2022 року - 471 особа).

   Серед обслуговуваних відділенням соціальної допомоги вдома осіб
з інвалідністю - 58 (33,7 %). За віком отримувачі послуги догляду
вдома розподіляються так:
   - до 60 років - 12 осіб;
   - від 60 до 79 років - 93 особи;
   - 80 років і старше - 71 особа.

   Взято на обслуговування 34 особи. Знято з обслуговування 23 особи,
у тому числі: у зв'язку зі смертю - 14, за власним бажанням - 6,
у зв'язку з переїздом до іншої громади - 3. В черзі на обслуговування
станом на 30.09.2023 перебуває 6 осіб.

   2. Соціальні послуги

   Протягом звітного періоду надано 14 872 соціальні послуги, в т. ч.:
догляд вдома - 11 406; денний догляд - 2 115; натуральна допомога -
1 351.

   Адресну натуральну допомогу (продуктові набори, одяг, засоби гігієни)
на загальну суму 184,3 тис. грн отримали 195 осіб.

   У відділенні денного перебування проведено 36 групових заходів
(заняття гуртків, лекції, екскурсії), в яких взяли участь 418 осіб.

   3. Платні послуги та якість

   Вартість однієї години догляду вдома на платній основі - 58,20 грн.
Надходження за платні соціальні послуги до спеціального фонду склали
96,4 тис. грн.

   У вересні 2023 р. проведено анкетування 64 отримувачів послуги
догляду вдома. Якістю послуг задоволені 92,2 % опитаних.
Скарг та негативних відгуків за ІІІ квартал та з початку року
не зареєстровано.

Директор територіального центру                           (підпис)
Виконавець: відділ організаційної роботи, тел. (04142) 0-62-23
03.10.2023
"""

write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")

g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Ушомирської сільської ради",
    "centre_type": "tcso", "settlement": "Ушомир", "oblast": "Житомирська",
    "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"},
    meta_alt={"centre": ["Територіальний центр соціального обслуговування Ушомирської сільської ради"]})

SP = g.f("staff_positions", "positions", 31, "Штатна чисельність - 31 посада")
SA = g.f("staff_actual", "staff", 28, "фактично зайнято 28 посад",
         unit_alt="positions", note="«зайнято 28 посад» read as staff working; unit_alt positions")
SW = g.f("staff_actual", "staff", 19, "соціальних робітників - 19", label="соціальні робітники", parent=SA)
g.f("staff_trained", "staff", 4, "пройшли 4 працівники")
T = g.f("served", "persons", 486, "територіальним центром обслуговано 486 осіб")
D1 = g.f("served", "persons", 172, "відділенням соціальної допомоги вдома - 172 особи", service="home_care",
         district="відділення соціальної допомоги вдома", parent=T, group="served_486_by_department")
D2 = g.f("served", "persons", 119, "відділенням денного перебування - 119 осіб", service="day_care",
         district="відділення денного перебування", parent=T, group="served_486_by_department")
D3 = g.f("served", "persons", 195, "допомоги - 195 осіб", service="natural_aid",
         district="відділення організації надання адресної натуральної та грошової допомоги",
         parent=T, group="served_486_by_department")
DIS = g.f("served", "persons", 58, "з інвалідністю - 58 (33,7 %)", service="home_care", percent=33.7,
          category="особи з інвалідністю", parent=D1)
A1 = g.f("served", "persons", 12, "до 60 років - 12 осіб", service="home_care", label="до 60 років",
         parent=D1, group="home_care_172_by_age")
A2 = g.f("served", "persons", 93, "від 60 до 79 років - 93 особи", service="home_care", label="60–79 років",
         parent=D1, group="home_care_172_by_age")
A3 = g.f("served", "persons", 71, "80 років і старше - 71 особа", service="home_care", label="80 років і старше",
         parent=D1, group="home_care_172_by_age")
g.f("served", "persons", 34, "Взято на обслуговування 34 особи", alt=["registered_new", "support_started"])
DR = g.f("deregistered", "persons", 23, "Знято з обслуговування 23 особи")
R1 = g.f("deregistered", "persons", 14, "у зв'язку зі смертю - 14", label="смерть", parent=DR, group="dereg_23_by_reason")
R2 = g.f("deregistered", "persons", 6, "за власним бажанням - 6", label="за власним бажанням", parent=DR,
         group="dereg_23_by_reason")
R3 = g.f("deregistered", "persons", 3, "у зв'язку з переїздом до іншої громади - 3", label="переїзд", parent=DR,
         group="dereg_23_by_reason")
SV = g.f("services_provided", "services", 14872, "надано 14 872 соціальні послуги")
S1 = g.f("services_provided", "services", 11406, "догляд вдома - 11 406", service="home_care", parent=SV,
         group="services_by_type")
S2 = g.f("services_provided", "services", 2115, "денний догляд - 2 115", service="day_care", parent=SV,
         group="services_by_type")
S3 = g.f("services_provided", "services", 1351, "1 351.", service="natural_aid", parent=SV, group="services_by_type",
         note="the line break falls between «натуральна допомога -» and «1 351»; quoted from the next line")
AV = g.f("aid_value", "uah", 184300, "на загальну суму 184,3 тис. грн", service="natural_aid")
NA = g.f("served", "persons", 195, "отримали 195 осіб", service="natural_aid", note="repeat of the department line")
EV = g.f("events", "events", 36, "проведено 36 групових заходів")
g.f("event_participants", "persons", 418, "в яких взяли участь 418 осіб", parent=EV)
g.f("budget_received", "uah", 96400, "96,4 тис. грн.", label="спеціальний фонд, платні соціальні послуги",
    note="«склали» ends the line above; the amount opens the next line")
RS = g.f("survey_respondents", "persons", 64, "проведено анкетування 64 отримувачів послуги")
SAT = g.f("satisfaction", "percent", 92.2, "Якістю послуг задоволені 92,2 % опитаних", alt=["share"])
g.f("complaints", "complaints", 0, "Скарг та негативних відгуків за ІІІ квартал та з початку року",
    note="«не зареєстровано» is on the next line; the period is «з початку року», i.e. the 9 months")

g.slip("parts_sum", "error", "За віком отримувачі послуги догляду", 172, 176, [D1, A1, A2, A3],
       "the three age bands (до 60, 60–79, 80+) partition the 172 home-care recipients but give 12 + 93 + 71 = 176, "
       "4 more than 172. The department line, the disability share (58 of 172 = 33,7 %) and the total 486 all use 172.",
       f"{A1} + {A2} + {A3} == {D1}")
g.check("parts_sum", "обслуговано 486 осіб", "172 + 119 + 195 = 486", f"{D1} + {D2} + {D3} == {T}")
g.check("percent_mismatch", "з інвалідністю - 58 (33,7 %)", "58 / 172 = 33,72 % → 33,7", f"pct_ok(p{DIS[1:]}, {DIS}, {D1}, 1)")
g.check("parts_sum", "Знято з обслуговування 23 особи", "14 + 6 + 3 = 23", f"{R1} + {R2} + {R3} == {DR}")
g.check("parts_sum", "надано 14 872 соціальні послуги, в т. ч.:", "11 406 + 2 115 + 1 351 = 14 872",
        f"{S1} + {S2} + {S3} == {SV}")
g.check("internal_conflict", "отримали 195 осіб", "195 natural-aid recipients in prose = department line",
        f"{NA} == {D3}")
g.check("percent_impossible", "Якістю послуг задоволені 92,2 % опитаних", "92,2 % of 64 is reachable (59/64 = 92,19 %)",
        f"grim_ok({SAT}, {RS}, 1)")
g.check("parts_sum", "фактично зайнято 28 посад, з них", "19 ≤ 28 ≤ 31", f"{SW} <= {SA} <= {SP}")

g.skip("11520, Житомирська обл., Коростенський р-н, с. Ушомир, вул. Шкільна, 4", [11520, 4], "postcode, address")
g.skip("тел. (04142) 0-62-19", [4142, 6219], "phone")
g.skip("про роботу територіального центру за 9 місяців 2023 року", [9, 2023], "period in the title")
g.skip("(до листа відділу соціального захисту від 02.10.2023 № 417)", [2, 10, 2023, 417], "letter date and number")
g.skip("ради від 11.02.2021 № 96", [11, 2, 2021, 96], "decision date and number")
g.skip("Зона обслуговування - 38 населених пунктів", [38], "settlement count")
g.skip("кількість мешканців віком 60+ - 3 912 осіб (станом на 01.01.2023)", [60, 3912, 1, 1, 2023],
       "population aged 60+, date")
g.skip("(за 9 місяців 2022 року - 471 особа)", [9, 2022, 471], "prior-year figure")
g.skip("В черзі на обслуговування\nстаном на 30.09.2023 перебуває 6 осіб", [30, 9, 2023, 6],
       "waiting list (no §3 id) and date")
g.skip("Вартість однієї години догляду вдома на платній основі - 58,20 грн", [58.2], "tariff")
g.skip("У вересні 2023 р.", [2023], "survey month")
g.skip("1. Обслуговування громадян", [1, 2, 3], "section numbers")
g.skip("тел. (04142) 0-62-23\n03.10.2023", [4142, 6223, 3, 10, 2023], "phone of the compiler, compile date")

g.note("windows-1251, CRLF, hard-wrapped: quotes stay within one printed line where the figure allows")
g.note("departments → served with service and district (branch of a breakdown), group served_486_by_department")
g.note("age bands → served with label, a partition of the 172 home-care recipients (group home_care_172_by_age)")
g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «Знято з обслуговування» → deregistered "
       "with its reasons as labelled parts")
g.note("«фактично зайнято 28 посад» → staff_actual (unit staff, unit_alt positions)")
g.note("the waiting list (6 осіб) has no §3 id → skipped")
g.write()
