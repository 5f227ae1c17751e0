"""b103_08: КУ «ЦНСП» Білозірської сільської ради, H1 2025 — a key=value export from a register system
(TXT, windows-1251, CRLF; [SECTION] headers, KEY=VALUE lines, service codes as keys, empty and zero values,
export date and system version lines)."""
from common import Gold, report_path, write_text

DOC = "b103_08_biloziria_cnsp_h1_2025.txt"

TEXT = """\
; Вивантаження звітних показників надавача соціальних послуг
; Сформовано автоматично. Ручне редагування не допускається.
[ЗАГОЛОВОК]
Система=АІС "Соціальна громада"
Версія=4.12.7 (збірка 2025.05.30)
Формат_файлу=KV-1251 v2
Дата_вивантаження=04.07.2025 15:47:09
Користувач=operator02
Надавач=КУ "Центр надання соціальних послуг" Білозірської сільської ради
Код_ЄДРПОУ=44215876
КАТОТТГ=UA71080010000076315
Область=Черкаська
Громада=Білозірська сільська
Тип_звіту=ПІВРІЧНИЙ
Період_з=01.01.2025
Період_по=30.06.2025
Адреса=19632, Черкаський р-н, с. Білозір'я, вул. Шевченка, 148
Телефон=(0472) 0-36-18
E-mail=cnsp.biloziria@example.ua

[ЗВЕРНЕННЯ]
ЗВЕРНЕНЬ_ВСЬОГО=327
ЗВЕРНЕНЬ_ВПО=64
ОЦІНКА_ПОТРЕБ_ПРОВЕДЕНО=211
ВІДМОВ_У_НАДАННІ=3
ЗАЯВ_В_ОБРОБЦІ=

[ОТРИМУВАЧІ]
ОТРИМУВАЧІВ_ВСЬОГО = 298
ОТРИМУВАЧІВ_ДОГЛЯД_ВДОМА = 118
ОТРИМУВАЧІВ_ДЕННИЙ_ДОГЛЯД = 26
ОТРИМУВАЧІВ_ПАЛІАТИВНИЙ_ДОГЛЯД = 0
ОТРИМУВАЧІВ_КОНСУЛЬТУВАННЯ = 109
ОТРИМУВАЧІВ_НАТУРАЛЬНА_ДОПОМОГА = 45
ОТРИМУВАЧІВ_СЕРЕДНІЙ_ВІК = 71,4

[ДОГЛЯД_ВДОМА_КАТЕГОРІЇ]
; розподіл отримувачів послуги 015.1 за категоріями
Код_послуги=015.1
Особи_похилого_віку=64
Особи_з_інвалідністю=37
ВПО=11
Інші=9
Разом=118

[ПОСЛУГИ_НАДАНО]
; кількість наданих послуг (од.) за кодом Класифікатора
НАДАНО_ПОСЛУГ_ВСЬОГО=9874
015.1=7420
015.3=1306
002.0=1012
019.0=136
015.4=0

[СЖО]
Сімей_за_повідомленнями=52
Кількість_сімей_СЖО=45
Дітей_у_сім'ях_СЖО=97
Супровід_перебувало=23
Супровід_взято=12
Супровід_завершено=9
Результат_позитивний=6
Результат_мінімізовано=2
Результат_негативний=1
Результат_інше=
Супровід_продовжено=14

[ЗАХОДИ]
Групових_заходів=8
Учасників_заходів=143
Дзвінків_гаряча_лінія=0

[ПЕРСОНАЛ]
Штатних_одиниць=27,5
Фактично_працює=25
Вакантних_одиниць=2,5
Підвищили_кваліфікацію=7

[ФІНАНСИ]
Одиниця=тис.грн
Фонд=загальний
КЕКВ_2111_план_півріччя=2107,5
КЕКВ_2111_касові=1993,8
КЕКВ_2120_план_півріччя=463,6
КЕКВ_2120_касові=438,6
КЕКВ_2273_план_півріччя=48,0
КЕКВ_2273_касові=35,9
Спецфонд_надійшло=58,4

[ЯКІСТЬ]
Скарг=0
Опитано_отримувачів=62
Задоволених_відсоток=93,5
Дата_опитування=16.06.2025

[СЛУЖБОВЕ]
Записів_у_файлі=71
Контрольна_сума=5F3A91C2
Кінець_файлу=1
"""

path = report_path(DOC)
write_text(path, TEXT, encoding="cp1251", newline="\r\n")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Білозірської сільської ради",
    "centre_type": "cnsp", "settlement": "Білозір'я", "oblast": "Черкаська",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
    meta_alt={"centre": ["КУ \"Центр надання соціальних послуг\" Білозірської сільської ради",
                         "Комунальна установа «Центр надання соціальних послуг» Білозірської сільської ради",
                         "КУ «Центр надання соціальних послуг» Білозірської сільської ради"]})

f1 = g.f("applied", "applications", 327, "ЗВЕРНЕНЬ_ВСЬОГО=327", unit_alt="persons",
         note="«звернень» (appeals) with no unit of persons written; applications is the chosen reading, persons "
              "the alternative")
f2 = g.f("applied", "applications", 64, "ЗВЕРНЕНЬ_ВПО=64", unit_alt="persons", parent=f1,
         category="внутрішньо переміщені особи")
f3 = g.f("needs_assessed", "persons", 211, "ОЦІНКА_ПОТРЕБ_ПРОВЕДЕНО=211")
f4 = g.f("served", "recipients", 298, "ОТРИМУВАЧІВ_ВСЬОГО = 298", unit_alt="persons")
grp = "served_298_by_service"
f5 = g.f("served", "recipients", 118, "ОТРИМУВАЧІВ_ДОГЛЯД_ВДОМА = 118", service="home_care", unit_alt="persons",
         group=grp, parent=f4)
f6 = g.f("served", "recipients", 26, "ОТРИМУВАЧІВ_ДЕННИЙ_ДОГЛЯД = 26", service="day_care", unit_alt="persons",
         group=grp, parent=f4)
f7 = g.f("served", "recipients", 0, "ОТРИМУВАЧІВ_ПАЛІАТИВНИЙ_ДОГЛЯД = 0", service="palliative_care",
         unit_alt="persons", group=grp, parent=f4, note="a zero written as a value is a fact")
f8 = g.f("served", "recipients", 109, "ОТРИМУВАЧІВ_КОНСУЛЬТУВАННЯ = 109", service="counselling", unit_alt="persons",
         group=grp, parent=f4)
f9 = g.f("served", "recipients", 45, "ОТРИМУВАЧІВ_НАТУРАЛЬНА_ДОПОМОГА = 45", service="natural_aid",
         unit_alt="persons", group=grp, parent=f4)
f10 = g.f("served", "recipients", 118, "Разом=118", service="home_care", unit_alt="persons",
          note="the home-care recipients written a second time, as the total of the category section")
grp = "home_care_118_by_category"
f11 = g.f("served", "recipients", 64, "Особи_похилого_віку=64", service="home_care", unit_alt="persons", group=grp,
          parent=f10, category="особи похилого віку")
f12 = g.f("served", "recipients", 37, "Особи_з_інвалідністю=37", service="home_care", unit_alt="persons", group=grp,
          parent=f10, category="особи з інвалідністю")
f13 = g.f("served", "recipients", 11, "ВПО=11", service="home_care", unit_alt="persons", group=grp, parent=f10,
          category="внутрішньо переміщені особи")
f14 = g.f("served", "recipients", 9, "Інші=9", service="home_care", unit_alt="persons", group=grp, parent=f10,
          category="інші")
f15 = g.f("services_provided", "services", 9874, "НАДАНО_ПОСЛУГ_ВСЬОГО=9874")
grp = "services_9874_by_code"
f16 = g.f("services_provided", "services", 7420, "015.1=7420", service="home_care", group=grp, parent=f15)
f17 = g.f("services_provided", "services", 1306, "015.3=1306", service="day_care", group=grp, parent=f15)
f18 = g.f("services_provided", "services", 1012, "002.0=1012", service="counselling", group=grp, parent=f15)
f19 = g.f("services_provided", "services", 136, "019.0=136", service="natural_aid", group=grp, parent=f15)
f20 = g.f("services_provided", "services", 0, "015.4=0", service="palliative_care", group=grp, parent=f15)
f21 = g.f("notified", "families", 52, "Сімей_за_повідомленнями=52")
f22 = g.f("in_difficult_circumstances", "families", 45, "Кількість_сімей_СЖО=45", alt=["registered"])
f23 = g.f("in_difficult_circumstances", "children", 97, "Дітей_у_сім'ях_СЖО=97", alt=["registered"], parent=f22)
f24 = g.f("served", "families", 23, "Супровід_перебувало=23", service="social_support_sjo", alt=["support_ongoing"])
f25 = g.f("support_started", "families", 12, "Супровід_взято=12", service="social_support_sjo", parent=f24)
f26 = g.f("support_completed", "families", 9, "Супровід_завершено=9", service="social_support_sjo", parent=f24)
grp = "completed_9_by_result"
f27 = g.f("outcome_positive", "families", 6, "Результат_позитивний=6", service="social_support_sjo", group=grp,
          parent=f26)
f28 = g.f("outcome_minimized", "families", 2, "Результат_мінімізовано=2", service="social_support_sjo", group=grp,
          parent=f26)
f29 = g.f("outcome_negative", "families", 1, "Результат_негативний=1", service="social_support_sjo", group=grp,
          parent=f26)
f30 = g.f("support_ongoing", "families", 14, "Супровід_продовжено=14", service="social_support_sjo")
f31 = g.f("events", "events", 8, "Групових_заходів=8")
f32 = g.f("event_participants", "persons", 143, "Учасників_заходів=143", parent=f31)
f33 = g.f("calls", "calls", 0, "Дзвінків_гаряча_лінія=0")
f34 = g.f("staff_positions", "positions", 27.5, "Штатних_одиниць=27,5")
f35 = g.f("staff_actual", "staff", 25, "Фактично_працює=25")
f36 = g.f("staff_trained", "staff", 7, "Підвищили_кваліфікацію=7")
f37 = g.f("budget_approved", "uah", 2107500, "КЕКВ_2111_план_півріччя=2107,5", kekv="2111",
          label="загальний фонд, план на півріччя")
f38 = g.f("budget_spent", "uah", 1993800, "КЕКВ_2111_касові=1993,8", kekv="2111", label="загальний фонд")
f39 = g.f("budget_approved", "uah", 463600, "КЕКВ_2120_план_півріччя=463,6", kekv="2120",
          label="загальний фонд, план на півріччя")
f40 = g.f("budget_spent", "uah", 438600, "КЕКВ_2120_касові=438,6", kekv="2120", label="загальний фонд")
f41 = g.f("budget_approved", "uah", 48000, "КЕКВ_2273_план_півріччя=48,0", kekv="2273",
          label="загальний фонд, план на півріччя")
f42 = g.f("budget_spent", "uah", 35900, "КЕКВ_2273_касові=35,9", kekv="2273", label="загальний фонд")
f43 = g.f("budget_received", "uah", 58400, "Спецфонд_надійшло=58,4", label="спеціальний фонд")
f44 = g.f("complaints", "complaints", 0, "Скарг=0")
f45 = g.f("survey_respondents", "recipients", 62, "Опитано_отримувачів=62", unit_alt="persons")
f46 = g.f("satisfaction", "percent", 93.5, "Задоволених_відсоток=93,5")

g.slip("parts_sum", "error", "Разом=118", 121, 118, [f10, f11, f12, f13, f14],
       "section [ДОГЛЯД_ВДОМА_КАТЕГОРІЇ]: 64 + 37 + 11 + 9 = 121, but Разом=118 (and ОТРИМУВАЧІВ_ДОГЛЯД_ВДОМА = 118); "
       "the categories end with «Інші», so they partition the total: 3 extra.",
       "f11 + f12 + f13 + f14 == f10", slip=1)

g.check("parts_sum", "ОТРИМУВАЧІВ_ВСЬОГО = 298", "118 + 26 + 0 + 109 + 45 = 298", "f5 + f6 + f7 + f8 + f9 == f4")
g.check("internal_conflict", "Разом=118", "home care 118 in [ОТРИМУВАЧІ] and Разом=118 in the category section agree",
        "f5 == f10")
g.check("parts_sum", "НАДАНО_ПОСЛУГ_ВСЬОГО=9874", "7420 + 1306 + 1012 + 136 + 0 = 9874",
        "f16 + f17 + f18 + f19 + f20 == f15")
g.check("parts_sum", "ЗВЕРНЕНЬ_ВПО=64", "64 ≤ 327; 211 assessed ≤ 327; 298 served ≤ 327",
        "f2 <= f1 and f3 <= f1 and f4 <= f1")
g.check("parts_sum", "Супровід_завершено=9", "6 + 2 + 1 = 9 (Результат_інше is empty)", "f27 + f28 + f29 == f26")
g.check("parts_sum", "Супровід_продовжено=14", "23 − 9 = 14; 12 taken ≤ 23", "f24 - f26 == f30 and f25 <= f24")
g.check("parts_sum", "Кількість_сімей_СЖО=45", "45 in СЖО ≤ 52 notified", "f22 <= f21")
g.check("parts_sum", "Фактично_працює=25", "27,5 positions − 2,5 vacant = 25 (2,5 is a literal, skipped)",
        "near(f34 - 2.5, f35) and f36 <= f35")
g.check("percent_impossible", "Задоволених_відсоток=93,5", "93,5 % is reachable with 62 respondents (58 of 62)",
        "grim_ok(f46, f45, 1)")
g.check("table_arithmetic", "КЕКВ_2111_касові=1993,8", "cash expenditure ≤ half-year plan for each KEKV",
        "f38 <= f37 and f40 <= f39 and f42 <= f41")

g.skip("Версія=4.12.7 (збірка 2025.05.30)", [4.12, 7, 2025, 5, 30], "system version and build date")
g.skip("Формат_файлу=KV-1251 v2", [1251, 2], "format id")
g.skip("Дата_вивантаження=04.07.2025 15:47:09", [4, 7, 2025, 15, 47, 9], "export date and time")
g.skip("Користувач=operator02", [2], "user name")
g.skip("Код_ЄДРПОУ=44215876", [44215876], "ЄДРПОУ")
g.skip("КАТОТТГ=UA71080010000076315", [71080010000076315], "КАТОТТГ code")
g.skip("Період_з=01.01.2025", [1, 1, 2025], "period start (meta)")
g.skip("Період_по=30.06.2025", [30, 6, 2025], "period end (meta)")
g.skip("; розподіл отримувачів послуги 015.1 за категоріями", [15.1], "service code in a comment line")
g.skip("Адреса=19632, Черкаський р-н, с. Білозір'я, вул. Шевченка, 148", [19632, 148], "postcode, address")
g.skip("Телефон=(0472) 0-36-18", [472, 3618], "phone")
g.skip("ВІДМОВ_У_НАДАННІ=3", [3], "refusals (no §3 id)")
g.skip("ЗАЯВ_В_ОБРОБЦІ=", [], "empty value: no figure, not a fact")
g.skip("ОТРИМУВАЧІВ_СЕРЕДНІЙ_ВІК = 71,4", [71.4], "average age")
g.skip("Код_послуги=015.1", [15.1], "service code (the section is home care)")
g.skip("Результат_інше=", [], "empty value: no figure, not a fact (not 0)")
g.skip("Вакантних_одиниць=2,5", [2.5], "vacancies (no §3 id); used as a literal in a check")
g.skip("Одиниця=тис.грн", [], "unit of the money section")
g.skip("Дата_опитування=16.06.2025", [16, 6, 2025], "survey date")
g.skip("Записів_у_файлі=71", [71], "record count of the export")
g.skip("Контрольна_сума=5F3A91C2", [5, 3, 91, 2], "checksum")
g.skip("Кінець_файлу=1", [1], "end-of-file flag")

g.note("a key=value export: each KEY=VALUE line is the quote; section headers give the context "
       "([ОТРИМУВАЧІ], [СЖО], [ФІНАНСИ] …)")
g.note("service codes as keys map to service ids: 015.1 home_care, 015.3 day_care, 002.0 counselling, "
       "019.0 natural_aid, 015.4 palliative_care")
g.note("zeros written as values (ОТРИМУВАЧІВ_ПАЛІАТИВНИЙ_ДОГЛЯД = 0, 015.4=0, Дзвінків_гаряча_лінія=0, Скарг=0) "
       "are facts with value 0; empty values (ЗАЯВ_В_ОБРОБЦІ=, Результат_інше=) carry no figure and are not facts")
g.note("«ОТРИМУВАЧІВ_…» → unit recipients (unit_alt persons); «ЗВЕРНЕНЬ_ВСЬОГО» → applied applications (unit_alt "
       "persons)")
g.note("«Кількість_сімей_СЖО=45» → in_difficult_circumstances (alt registered: a register count); the 97 "
       "children hang on it")
g.note("money in тис. грн (Одиниця=тис.грн) → hryvnias; «план_півріччя» → budget_approved with kekv; «касові» "
       "→ budget_spent; no totals are written")
g.note("published: not set. The export date 04.07.2025 (Дата_вивантаження) is when the file was made, not a "
       "publication date")
g.note("the home-care figure 118 is written twice ([ОТРИМУВАЧІ] and Разом of the category section): two facts")
g.write()
