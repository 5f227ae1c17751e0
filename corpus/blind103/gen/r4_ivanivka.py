"""b103_04: служба у справах дітей Іванівської селищної ради, analytic information for 9 months of 2023
(TXT, UTF-8, LF, impersonal / third person, a fixed-width text table)."""
from common import Gold, report_path, write_text

DOC = "b103_04_ivanivka_ssd_9m2023.txt"

TEXT = """\
ІВАНІВСЬКА СЕЛИЩНА РАДА
СЛУЖБА У СПРАВАХ ДІТЕЙ
67200, Одеська обл., Березівський р-н, смт Іванівка, вул. Соборна, 17
тел. (04854) 0-21-37, e-mail: ssd.ivanivka@example.ua, код ЄДРПОУ 44382610

№ 01-17/356 від 09.10.2023

АНАЛІТИЧНА ІНФОРМАЦІЯ
про стан роботи із захисту прав дітей на території Іванівської селищної
територіальної громади за 9 місяців 2023 року

1. Загальні відомості

Станом на 01.10.2023 у громаді проживає 5 912 дітей, з них 1 187 – віком від 14 до 18 років. Служба у справах дітей діє відповідно до Положення, затвердженого рішенням селищної ради від 19.02.2021 № 212-VIII. Штатна чисельність служби – 3 посади; працюють 3 працівники.

2. Діти-сироти та діти, позбавлені батьківського піклування

Показник                                          01.01.2023   01.10.2023
Перебуває на первинному обліку, усього                   45           47
  у т. ч. діти-сироти                                    17           18
  у т. ч. діти, позбавлені батьківського піклування      28           29

Протягом дев'яти місяців поставлено на первинний облік 6 дітей. Знято з обліку 4 дитини: у зв'язку з досягненням повноліття – 3, у зв'язку з усиновленням – 1.

За формами влаштування діти розподіляються так: під опікою, піклуванням – 31, у прийомних сім'ях – 9, у дитячих будинках сімейного типу – 5, у закладах інституційного догляду – 2.

3. Діти, які перебувають у складних життєвих обставинах

На обліку служби як такі, що перебувають у складних життєвих обставинах, станом на 01.10.2023 перебуває 23 дитини з 14 сімей (на початок року – 21 дитина). За звітний період на облік поставлено 9 дітей, знято з обліку 7 дітей, а саме: у зв'язку з поліпшенням умов проживання – 5, у зв'язку з досягненням повноліття – 1, у зв'язку зі зміною місця проживання – 1.

4. Звернення та повідомлення

За 9 місяців службою розглянуто 112 звернень громадян (письмових – 64, усних – 48); за аналогічний період 2022 року – 97 звернень. За зверненнями проведено 38 обстежень умов проживання дітей.

До служби надійшло 17 повідомлень про вчинення домашнього насильства стосовно 19 дітей; усі повідомлення передано до ЦНСП для оцінки потреб. На «гарячу лінію» служби надійшло 26 дзвінків.

5. Діти, які постраждали внаслідок воєнних дій

Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, за звітний період надано 64 дітям. Загалом з 2022 року такий статус у громаді отримали 213 дітей.

6. Профілактична робота

Проведено 19 профілактичних заходів у закладах освіти, ними охоплено 640 дітей. Спільно з ювенальною превенцією проведено 6 рейдів «Діти вулиці». Відбулося 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 58 питань.

Начальник служби                                      (підпис)
Вик.: тел. (04854) 0-21-38
"""

path = report_path(DOC)
write_text(path, TEXT)

g = Gold(DOC, {
    "centre": "Служба у справах дітей Іванівської селищної ради",
    "centre_type": "other", "settlement": "Іванівка", "oblast": "Одеська",
    "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"})

f1 = g.f("staff_positions", "positions", 3, "Штатна чисельність служби – 3 посади")
f2 = g.f("staff_actual", "staff", 3, "працюють 3 працівники")
row = "Перебуває на первинному обліку, усього\t45\t47"
f3 = g.f("registered", "children", 47, row, label="первинний облік дітей-сиріт та дітей, позбавлених батьківського піклування, на 01.10.2023",
         note="the 01.10.2023 column is the state at the end of the period; the 01.01.2023 column is skipped")
f4 = g.f("registered", "children", 18, "у т. ч. діти-сироти\t17\t18",
         category="діти-сироти", group="registered_47_by_status", parent=f3)
f5 = g.f("registered", "children", 29, "у т. ч. діти, позбавлені\tбатьківського піклування 28\t29",
         category="діти, позбавлені батьківського піклування", group="registered_47_by_status", parent=f3)
f6 = g.f("registered_new", "children", 6, "поставлено на первинний облік 6 дітей", label="первинний облік")
f7 = g.f("deregistered", "children", 4, "Знято з обліку 4 дитини", label="первинний облік")
f8 = g.f("deregistered", "children", 3, "у зв'язку з досягненням повноліття – 3", parent=f7,
         group="deregistered_4_by_reason", label="досягнення повноліття")
f9 = g.f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", parent=f7, group="deregistered_4_by_reason",
         label="усиновлення")
f10 = g.f("registered", "families", 14, "23 дитини з 14 сімей", label="СЖО, на 01.10.2023")
f11 = g.f("registered", "children", 23, "перебуває 23 дитини з 14 сімей", label="СЖО, на 01.10.2023", parent=f10)
f12 = g.f("registered_new", "children", 9, "на облік поставлено 9 дітей", label="СЖО")
f13 = g.f("deregistered", "children", 7, "знято з обліку 7 дітей, а саме:", label="СЖО")
grp = "deregistered_7_by_reason"
f14 = g.f("deregistered", "children", 5, "у зв'язку з поліпшенням умов проживання – 5", parent=f13, group=grp,
          label="поліпшення умов проживання", alt=["outcome_positive"])
f15 = g.f("deregistered", "children", 1, "у зв'язку з досягненням повноліття – 1", parent=f13, group=grp,
          label="досягнення повноліття")
f16 = g.f("deregistered", "children", 1, "у зв'язку зі зміною місця проживання – 1", parent=f13, group=grp,
          label="зміна місця проживання")
f17 = g.f("applied", "applications", 112, "службою розглянуто 112 звернень громадян")
f18 = g.f("applied", "applications", 64, "письмових – 64", parent=f17, group="applied_112_by_form", label="письмові")
f19 = g.f("applied", "applications", 48, "усних – 48", parent=f17, group="applied_112_by_form", label="усні")
f20 = g.f("notified", "applications", 17, "надійшло 17 повідомлень про вчинення домашнього насильства",
          label="повідомлення про домашнє насильство",
          note="notifications, not families: unit applications (the closest §4 unit for written notices)")
f21 = g.f("notified", "children", 19, "стосовно 19 дітей", parent=f20)
f22 = g.f("calls", "calls", 26, "На «гарячу лінію» служби надійшло 26 дзвінків")
f23 = g.f("registered_new", "children", 64, "за звітний період надано 64 дітям",
          label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
f24 = g.f("events", "events", 19, "Проведено 19 профілактичних заходів")
f25 = g.f("event_participants", "children", 640, "ними охоплено 640 дітей", parent=f24)

g.check("parts_sum", "у т. ч. діти-сироти", "18 + 29 = 47 (01.10.2023 column)", "f4 + f5 == f3")
g.check("table_arithmetic", row, "01.01.2023 column: 17 + 28 = 45 (literals, skipped)", "17 + 28 == 45")
g.check("parts_sum", "Знято з обліку 4 дитини: у зв'язку з досягненням повноліття – 3",
        "3 + 1 = 4", "f8 + f9 == f7")
g.check("parts_sum", "поставлено на первинний облік 6 дітей",
        "movement of the register: 45 at 01.01 + 6 − 4 = 47 at 01.10", "45 + f6 - f7 == f3")
g.check("parts_sum", "За формами влаштування діти розподіляються так",
        "placements 31 + 9 + 5 + 2 = 47 (literals, skipped: no §3 id)", "31 + 9 + 5 + 2 == f3")
g.check("parts_sum", "знято з обліку 7 дітей, а саме:", "5 + 1 + 1 = 7", "f14 + f15 + f16 == f13")
g.check("parts_sum", "(на початок року – 21 дитина)", "21 at 01.01 + 9 − 7 = 23 at 01.10", "21 + f12 - f13 == f11")
g.check("parts_sum", "(письмових – 64, усних – 48)", "64 + 48 = 112", "f18 + f19 == f17")
g.check("parts_sum", "працюють 3 працівники", "3 staff ≤ 3 positions", "f2 <= f1")

g.skip("67200, Одеська обл., Березівський р-н, смт Іванівка, вул. Соборна, 17", [67200, 17], "postcode, address")
g.skip("тел. (04854) 0-21-37", [4854, 2137], "phone")
g.skip("код ЄДРПОУ 44382610", [44382610], "ЄДРПОУ")
g.skip("№ 01-17/356 від 09.10.2023", [1, 17, 356, 9, 10, 2023], "outgoing number and date")
g.skip("за 9 місяців 2023 року", [9, 2023], "period")
g.skip("Станом на 01.10.2023 у громаді проживає 5 912 дітей, з них 1 187 – віком від 14 до 18 років.",
       [1, 10, 2023, 5912, 1187, 14, 18], "child population, ages")
g.skip("рішенням селищної ради від 19.02.2021 № 212-VIII", [19, 2, 2021, 212], "decision date and number")
g.skip("Показник\t01.01.2023\t01.10.2023", [2023],
       "column dates")
g.skip("Перебуває на первинному обліку, усього\t45", [45, 17, 28],
       "start-of-year register (01.01.2023 column): a state before the period; used as literals in checks")
g.skip("під опікою, піклуванням – 31, у прийомних сім'ях – 9, у дитячих будинках сімейного типу – 5, у закладах інституційного догляду – 2",
       [31, 9, 5, 2], "placements by form (no §3 id)")
g.skip("(на початок року – 21 дитина)", [21], "start-of-year register")
g.skip("станом на 01.10.2023 перебуває", [1, 10, 2023], "date of the register state")
g.skip("за аналогічний період 2022 року – 97 звернень", [2022, 97], "prior-year figure")
g.skip("проведено 38 обстежень умов проживання дітей", [38], "home inspections (no §3 id)")
g.skip("Загалом з 2022 року такий статус у громаді отримали 213 дітей.", [2022, 213],
       "cumulative figure since 2022, not the period's")
g.skip("проведено 6 рейдів «Діти вулиці»", [6], "raids (no §3 id)")
g.skip("Відбулося 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 58 питань.", [11, 58],
       "commission sittings and questions (no §3 id)")
g.skip("Вик.: тел. (04854) 0-21-38", [4854, 2138], "phone")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers")

g.note("a служба у справах дітей → centre_type other; period «за 9 місяців 2023 року» → 2023-01-01..2023-09-30")
g.note("the text table has two state columns, 01.01.2023 and 01.10.2023; only the end-of-period column is "
       "a fact (registered), the start column is skipped and used as literals in the register-movement checks")
g.note("the text table is space-aligned; `zvitparse read` prints its last row as «у т. ч. діти, позбавлені<TAB>"
       "батьківського піклування 28<TAB>29» (the long label is split), and the quote follows the printed text")
g.note("«23 дитини з 14 сімей» (СЖО register) → registered families 14 and registered children 23 hanging "
       "on it, as SPEC §3 prescribes for children written with families")
g.note("deregistration reasons are labelled parts of deregistered; «поліпшення умов проживання» may also be "
       "read as outcome_positive (alt)")
g.note("«17 повідомлень … стосовно 19 дітей» → notified 17 (unit applications) and notified children 19")
g.note("the war-affected status granted in the period → registered_new with a label (blind18 convention); the "
       "cumulative 213 since 2022 is skipped")
g.note("no planted slip: every sum in this file adds up")
g.write()
