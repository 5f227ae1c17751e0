"""Counts in prose: many phrasings, cases and word orders of the same facts.

Each case is a paragraph and the facts it must give, as (indicator, unit, value, service);
a service of None is not checked. `exact` cases must give nothing else.
"""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts

SJO = "social_support_sjo"
FOSTER = "social_support_foster"

CASES = [
    # an adjective cut short before the counted noun; a unit cut short is no adjective
    ("Надано 10 154 соц. послуги.", [("services_provided", "services", 10154, None)]),
    ("Навчання пройшли 24 соц. працівники.", [("staff_trained", "staff", 24, None)]),
    ("Видано 938 шт. продуктових наборів.", []),
    # the participants of a dated event, no verb; a group's size limit is none
    ("12 липня — тренінг для прийомних батьків «Травма і прив'язаність», 18 учасників.",
     [("event_participants", "persons", 18, None)]),
    ("19 вересня — зустріч групи взаємопідтримки для жінок з числа ВПО, 12 учасниць.",
     [("event_participants", "persons", 12, None)]),
    # families in difficult circumstances named by a label, and an outranking trigger
    ("Сім'ї у СЖО: 52", [("in_difficult_circumstances", "families", 52, None)]),
    ("Взято під соціальний супровід 12 сімей у СЖО.", [("support_started", "families", 12, SJO)]),
    # the SJO found, in the active voice; a team's headcount
    ("Оцінку потреб провели для 35 сімей: у 21 сім'ї виявили складні життєві обставини.",
     [("needs_assessed", "families", 35, None), ("in_difficult_circumstances", "families", 21, None)]),
    ("Команда: 21 працівник на 23 штатних посадах.", [("staff_actual", "staff", 21, None),
                                                      ("staff_positions", "positions", 23, None)]),
    # the whole of those served, its categories after it; a service's end for a service named at length
    ("З числа обслуговуваних відділенням соціальної допомоги вдома 138 осіб одинокі громадяни – 61, "
     "одиноко проживаючі – 49.", [("served", "persons", 138, "home_care"), ("served", "persons", 61, "home_care"),
                                  ("served", "persons", 49, "home_care")]),
    ("Надання послуги догляду вдома припинено 11 отримувачам.", [("support_completed", "recipients", 11, "home_care")]),
    # the count's own noun says what was counted, whatever verb ends the line
    ("96 повідомлень про сім'ї, які можуть потребувати допомоги, ми отримали й опрацювали",
     [("notified", "families", 96, None)]),
    # a figure written wrong and its correction: the correction is the figure
    ("У звіті помилково зазначено, що натуральну допомогу отримали 56 осіб, – слід читати 65 осіб.",
     [("served", "persons", 65, "natural_aid")]),
    # a list introduced by pointing back at the whole just given
    ("За рік обслуговано 486 осіб. Із загальної кількості обслугованих:\n- відділенням соціальної допомоги вдома – 214 "
     "осіб;\n- відділенням денного перебування – 97 осіб.", [("served", "persons", 214, "home_care"),
                                                             ("served", "persons", 97, "day_care")]),
    # a department's work told without naming it again: the one service the paragraph named
    ("Відділення соціальної допомоги вдома. Послугу догляду вдома отримували 214 осіб. Взято на обслуговування "
     "протягом року 58 осіб. Соціальними робітниками відділення надано 31642 соціальні послуги.",
     [("support_started", "persons", 58, "home_care"), ("services_provided", "services", 31642, "home_care")]),
    # the register at the period's end is the register, not those still under support
    ("На первинному обліку Служби станом на кінець року перебуває 34 дитини-сироти.", [("registered", "children", 34, None)]),
    # categories among those served, the participle imperfective and after a noun
    ("Серед осіб, обслуговуваних вдома: одинокі – 71 (53,8 %), особи з інвалідністю І–ІІ групи – 38 (28,8 %).",
     [("served", "persons", 71, "home_care"), ("served", "persons", 38, "home_care")]),
    # families worked with are served; a time or a year after «працює з» is none
    ("За півріччя ми працювали з близько 300 сім'ями.", [("served", "families", 300, None)]),
    # a move off care that names no service: the care the paragraph named
    ("На обслуговування вдома взято 47 осіб. Знято з обслуговування 39 осіб: у зв'язку зі смертю – 21, "
     "за власним бажанням – 4.", [("deregistered", "persons", 39, "home_care"), ("deregistered", "persons", 21, "home_care")]),
    ("Догляд вдома отримували 84 особи. За рік на обслуговування взято 21 особу, знято з обслуговування 17.",
     [("deregistered", "persons", 17, "home_care")]),
    # a status granted in the active order, the number after the status's long name
    ("Службою надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, 112 дітям.",
     [("registered_new", "children", 112, None)]),
    # the unit a form writes after the label's comma, not the «послугу» the label names
    ("Отримали послугу консультування, осіб – 176", [("served", "persons", 176, "counselling")]),
    ("Отримали соціальні послуги, осіб – 1 204", [("served", "persons", 1204, None)]),
    # a register a body (feminine, masculine) takes children off; the family forms they are placed in are no figures
    ("Протягом 2022 року служба зняла з обліку 7 дітей.", [("deregistered", "children", 7, None)]),
    ("Центр зняв з обліку 12 сімей.", [("deregistered", "families", 12, None)]),
    # applied / notified / needs
    ("Протягом 2020 року в центр звернулися 367 сімей.", [("applied", "families", 367, None)]),
    ("367 сімей звернулися до центру протягом року.", [("applied", "families", 367, None)]),
    ("До Центру звернулося 412 осіб.", [("applied", "persons", 412, None)]),
    ("Надійшло 32 електронні заяви на надання соціальних послуг.", [("applied", "applications", 32, None)]),
    ("Надійшли повідомлення про 5037 сімей.", [("notified", "families", 5037, None)]),
    ("Надійшла інформація відносно 98 жінок.", [("notified", "persons", 98, None)]),
    ("Фахівцями здійснено оцінку потреб у 78 сім'ях.", [("needs_assessed", "families", 78, None)]),
    ("Проведено оцінку потреб 146 сімей/осіб.", [("needs_assessed", "families_persons", 146, None)]),
    # a relative clause between the counted noun and the dash: the noun before it is counted
    ("Надійшло повідомлень про сім'ї/осіб, які можуть перебувати у СЖО, – 74 (у 2024 році – 81).",
     [("notified", "families_persons", 74, None)]),
    ("Проведено оцінку потреб сімей/осіб, що звернулися до центру, – 96 (у 2023 році – 88).",
     [("needs_assessed", "families_persons", 96, None)]),
    ("Взято під соціальний супровід сімей, у яких виховуються діти, – 17 (торік – 12).",
     [("support_started", "families", 17, None)]),
    ("Взято під соціальний супровід сімей, у яких виховуються діти, – 17.", [("support_started", "families", 17, None)]),
    ("Надано послуг особам, які постраждали від домашнього насильства, – 45 (у 2022 році – 40).",
     [("services_provided", "services", 45, None)]),
    # a list without marks, one item per line: each line names its own service
    ("На обслуговуванні перебуває 508 осіб, у тому числі:\nвідділення соціальної допомоги вдома 412 осіб\n"
     "відділення денного догляду 96 осіб",
     [("served", "persons", 412, "home_care"), ("served", "persons", 96, "day_care")]),
    # interview voice: word numerals, no verb, active «взяли»
    ("Під соціальним супроводом зараз одинадцять сімей, у них двадцять троє дітей.",
     [("served", "families", 11, SJO), ("served", "children", 23, SJO)]),
    ("Торік ми взяли під супровід сім сімей.", [("support_started", "families", 7, SJO)]),
    ("Цього року троє нових колег пройшли навчання.", [("staff_trained", "staff", 3, None)]),
    ("Під соціальним супроводом перебуває 13 сімей (23 дитини), послугу догляду вдома отримують 247 осіб.",
     [("served", "families", 13, SJO), ("served", "children", 23, SJO), ("served", "persons", 247, "home_care")]),
    ("34 соціальні робітники обслуговують вдома 212 осіб.",
     [("staff_actual", "staff", 34, None), ("served", "persons", 212, "home_care")]),
    # a unit in brackets before the dash; a services item in a list of people counts services
    ("Відділення:\n– під соціальним супроводом на кінець періоду (сімей) – 19\n– завершено соціальний супровід (сімей) – 9",
     [("support_completed", "families", 9, SJO)]),
    ("Звернення:\n– звернулося громадян (осіб) – 287\n– з них письмових заяв – 203\n"
     "– надано соціальних послуг догляду вдома – 52 118",
     [("applied", "persons", 287, None), ("applied", "applications", 203, None),
      ("services_provided", "services", 52118, "home_care")]),
    # a village social worker's first person; lists of places on one line; benefits are no services
    ("На обліку перебуває 57 сімей (осіб), зокрема:\nЛозуватка – 22, Новоіванівка – 9.\nСеред них: одинокі пенсіонери – 24.",
     [("registered", "families_persons", 57, None), ("registered", "families_persons", 22, None),
      ("registered", "families_persons", 9, None), ("registered", "persons", 24, None)]),
    ("Виявлено 14 сімей, які потрапили у складні життєві обставини (в них 31 дитина).",
     [("in_difficult_circumstances", "families", 14, None), ("in_difficult_circumstances", "children", 31, None)]),
    ("Консультування надала 186 жителям. Здійснювався соціальний супровід 4 сімей, у них 9 дітей.",
     [("served", "persons", 186, "counselling"), ("served", "families", 4, SJO), ("served", "children", 9, SJO)]),
    # a dense «назва – число» list under a department heading
    ("Вступ.\n\nВідділення соціальної роботи\n– надійшло повідомлень про сім'ї у СЖО – 31\n"
     "– проведено оцінок потреб сімей – 31\n– під соціальним супроводом на кінець періоду (сімей) – 19",
     [("notified", "families", 31, None), ("needs_assessed", "families", 31, None), ("served", "families", 19, SJO)]),
    # a hyphenated word inside a label is no dash
    ("Відділення:\n– учасників культурно-масових заходів – 402\n– культурно-масових заходів – 14",
     [("event_participants", "persons", 402, None), ("events", "events", 14, None)]),
    # foster families and family-type homes a report counts are under support
    ("В області функціонує 187 прийомних сімей та 54 дитячі будинки сімейного типу, в яких виховується 612 дітей.",
     [("served", "families", 187, FOSTER), ("served", "families", 54, FOSTER), ("served", "children", 612, FOSTER)]),
    # a list item's label runs over its commas; «війни» is a noun here, not a verb
    ("Під соціальним супроводом перебувало 230 сімей, з них:\n– сімей військовослужбовців, ветеранів війни – 97;\n"
     "– сімей, які виховують дітей з інвалідністю – 56.",
     [("served", "families", 230, SJO), ("served", "families", 97, SJO), ("served", "families", 56, SJO)]),
    ("Кількість повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах, – 43.",
     [("notified", "families", 43, None)]),
    # the figure after its noun
    ("Сімей, які перебувають у СЖО – 45.", [("in_difficult_circumstances", "families", 45, None)]),
    ("Сімей, які перебувають у складних життєвих обставинах: 45.", [("in_difficult_circumstances", "families", 45, None)]),
    ("Дітей, які отримали послугу: 12.", [("served", "children", 12, None)]),
    ("Звернень громадян – 57, з них від внутрішньо переміщених осіб – 20.",
     [("applied", "applications", 57, None), ("applied", "applications", 20, None)]),
    ("Оцінку потреб проведено: сімей – 9; осіб – 4.",
     [("needs_assessed", "families", 9, None), ("needs_assessed", "persons", 4, None)]),
    ("Протягом кварталу виявлено 14 сімей, які перебувають у СЖО.", [("in_difficult_circumstances", "families", 14, None)]),
    ("Проведено заходів:\n- тренінги – 5;\n- лекції – 3.", [("events", "events", 5, None), ("events", "events", 3, None)]),
    # register
    ("На обліку перебувало 44 сім'ї (в них 84 дітей).",
     [("registered", "families", 44, None), ("registered", "children", 84, None)]),
    ("Поставлено на облік 20 сімей, у яких виховується 36 дітей.",
     [("registered_new", "families", 20, None), ("registered_new", "children", 36, None)]),
    ("Знято з обліку за рік 11 сімей.", [("deregistered", "families", 11, None)]),
    ("У складних життєвих обставинах перебувають 44 сім'ї.", [("in_difficult_circumstances", "families", 44, None)]),
    ("З них 339 сімей перебували в складних життєвих обставинах.",
     [("in_difficult_circumstances", "families", 339, None)]),
    # served, with services
    ("Послугу консультування отримали 193 сім'ї, в яких виховується 255 дітей.",
     [("served", "families", 193, "counselling"), ("served", "children", 255, "counselling")]),
    ("Протягом року надано послугу соціального консультування 905 особам.",
     [("served", "persons", 905, "counselling")]),
    ("Центром охоплено соціальними послугами 3778 сімей / осіб.", [("served", "families_persons", 3778, None)]),
    ("Соціальними послугами охоплено 1 486 осіб.", [("served", "persons", 1486, None)]),
    ("Послугою соціального супроводу охоплено 68 прийомних сімей.", [("served", "families", 68, FOSTER)]),
    ("Здійснювалось соціальне супроводження 3 прийомних сімей.", [("served", "families", 3, FOSTER)]),
    ("Під соціальним супроводом перебувало 97 сімей.", [("served", "families", 97, SJO)]),
    ("Послугою «соціальне таксі» скористалися 64 особи з інвалідністю.", [("served", "persons", 64, "social_taxi")]),
    ("Загалом обслужено 411 осіб.", [("served", "persons", 411, None)]),
    ("Центром надано натуральну допомогу 104 особам.", [("served", "persons", 104, "natural_aid")]),
    # taken onto a service: its start in the period (the golds accept served and registered_new too)
    ("Взято на обслуговування 33 громадянина.", [("support_started", "persons", 33, None)]),
    # services as acts
    ("Надано 95195 соціальних послуг.", [("services_provided", "services", 95195, None)]),
    ("Загальна кількість соціальних послуг складає 4665.", [("services_provided", "services", 4665, None)]),
    ("Надано 342 послуги консультування та 18 сім'ям (57 дітей) послуга соціального супроводу.",
     [("services_provided", "services", 342, "counselling"), ("served", "families", 18, SJO),
      ("served", "children", 57, SJO)]),
    # support
    ("Взято під соціальний супровід 12 сімей, в них 25 дітей.",
     [("support_started", "families", 12, SJO), ("support_started", "children", 25, SJO)]),
    ("Під соціальний супровід взято 7 сімей (у них 12 дітей).",
     [("support_started", "families", 7, SJO), ("support_started", "children", 12, SJO)]),
    ("Завершено надання послуги соціального супроводу 5 сім'ям.", [("support_completed", "families", 5, SJO)]),
    ("Завершено супровід 1 104 сімей.", [("support_completed", "families", 1104, None)]),
    ("Знято соціальний супровід із 33 сімей.", [("support_completed", "families", 33, None)]),
    ("Продовжено надання послуги у 2021 році 5 сім'ям.", [("support_ongoing", "families", 5, None)]),
    ("На кінець періоду отримують соціальну послугу 354 сім'ї (особи).",
     [("support_ongoing", "families_persons", 354, None)]),
    # outcomes as list items
    ("Завершено супровід 14 сім'ям, а саме:\n- з позитивним результатом – 9;\n- складні життєві обставини мінімізовано – 4;\n"
     "- у зв'язку зі зміною місця проживання – 1.",
     [("support_completed", "families", 14, None), ("outcome_positive", "families", 9, None),
      ("outcome_minimized", "families", 4, None), ("outcome_other", "families", 1, None)]),
    ("Подолано складні життєві обставини у 128 сім'ях, у 85 сім'ях не досягнуто результату.",
     [("outcome_positive", "families", 128, None), ("outcome_negative", "families", 85, None)]),
    # «без позитивного результату» is no positive outcome; the service after «надання» is not counted
    ("Завершено надання послуги соціального супроводу: 12\nз них з позитивним результатом: 10\n"
     "з них без позитивного результату: 2",
     [("support_completed", "families", 12, SJO), ("outcome_positive", "families", 10, SJO),
      ("outcome_negative", "families", 2, SJO)]),
    ("Завершено супровід 61 сім'ї, з них з позитивним результатом – 49, без досягнення результату – 8.",
     [("support_completed", "families", 61, SJO), ("outcome_positive", "families", 49, SJO),
      ("outcome_negative", "families", 8, SJO)]),
    ("Супровід завершено для 20 сімей: у 15 – з позитивним результатом, у 5 – не досягнуто позитивного результату.",
     [("support_completed", "families", 20, None), ("outcome_positive", "families", 15, None),
      ("outcome_negative", "families", 5, None)]),
    # a noun after the verb, described by a relative clause, is what the figure after the dash counts
    ("Виявлено сімей, що опинились у складних життєвих обставинах, – 12 (дітей – 27).",
     [("in_difficult_circumstances", "families", 12, None), ("in_difficult_circumstances", "children", 27, None)]),
    ("Виявлено сімей, які перебувають у СЖО: 21", [("in_difficult_circumstances", "families", 21, None)]),
    ("Встановлено осіб, які перебувають у складних життєвих обставинах – 9",
     [("in_difficult_circumstances", "persons", 9, None)]),
    # a figure with no noun under a heading on the staff counts staff; elsewhere, participants
    ("Кадрове забезпечення\n\nФактично працюють 12\n\nПройшли навчання (вебінари, тренінги) 5",
     [("staff_actual", "staff", 12, None), ("staff_trained", "staff", 5, None)]),
    ("Персонал\n\nПройшли навчання 4", [("staff_trained", "staff", 4, None)]),
    ("Групові заходи\n\nКількість заходів 14\n\nКількість учасників 236",
     [("events", "events", 14, None), ("event_participants", "persons", 236, None)]),
    ("Кількість учасників тренінгів – 48", [("event_participants", "persons", 48, None)]),
    # «За віком:» / «За статтю:» break down the people just counted
    ("Реабілітаційні послуги отримали 143 дитини з інвалідністю.\n\nЗа віком: до 3 років – 18, від 3 до 6 років – 61, "
     "від 7 до 13 років – 64.",
     [("served", "children", 143, None), ("served", "children", 18, None), ("served", "children", 61, None),
      ("served", "children", 64, None)]),
    ("Послугу догляду вдома отримали 212 осіб.\nЗа статтю: жінки – 150, чоловіки – 62.",
     [("served", "persons", 150, "home_care"), ("served", "persons", 62, "home_care")]),
    # «Основні причини:» breaks down the figure just given, a part itself, by cause; a cause
    # naming family members still counts the families
    ("Оцінено потреби 66 сімей; СЖО підтверджено у 39 із них. Основні причини:\n• інвалідність одного з "
     "членів сім'ї – 9;\n• хвороба членів сім'ї – 8;\n• інші причини – 22.",
     [("needs_assessed", "families", 66, None), ("in_difficult_circumstances", "families", 39, None),
      ("in_difficult_circumstances", "families", 9, None), ("in_difficult_circumstances", "families", 8, None),
      ("in_difficult_circumstances", "families", 22, None)]),
    ("Соціальний супровід сімей у СЖО. На супроводі перебувала 41 сім'я.",
     [("served", "families", 41, "social_support_sjo")]),
    ("Чотири нові працівники пройшли первинну професійну підготовку.", [("staff_trained", "staff", 4, None)]),
    # a noun fronted before a quarter's phrase and its verb names what is counted
    ("Послуг догляду вдома у IV кварталі надано 3 010.", [("services_provided", "services", 3010, "home_care")]),
    # the noun that opens the clause is counted, not the services the complaints are about
    ("Скарг на якість надання соціальних послуг надійшло дві.", [("complaints", "complaints", 2, None)]),
    ("Скарг на якість соціальних послуг у 2023 році надійшло 3.", [("complaints", "complaints", 3, None)]),
    ("Знято з обслуговування 38 осіб. Причини вибуття:\n- переїзд – 12;\n- інші – 26.",
     [("deregistered", "persons", 38, None), ("deregistered", "persons", 12, None),
      ("deregistered", "persons", 26, None)]),
    # a label naming the people a service has, under the service's heading
    ("ВІДДІЛЕННЯ ДЕННОГО ПЕРЕБУВАННЯ\nВідвідувачів – 48 осіб (у т.ч. осіб з інвалідністю – 17).",
     [("served", "persons", 48, "day_care"), ("served", "persons", 17, "day_care")]),
    ("Догляд вдома\n\nПідопічних: 312", [("served", "persons", 312, "home_care")]),
    ("Денний догляд\n\nОтримувачів – 57", [("served", "recipients", 57, "day_care")]),
    # residents of a residential department: who lived there, who left, and why
    ("4. ВІДДІЛЕННЯ СТАЦІОНАРНОГО ДОГЛЯДУ\n\nСтаном на 01.01.2024 у відділенні проживали 23 особи. Протягом року "
     "вибуло 14 осіб: померло 9, повернулися до родичів 4, переведено до психоневрологічного інтернату 1.",
     [("served", "persons", 23, "residential_care"), ("deregistered", "persons", 14, "residential_care"),
      ("deregistered", "persons", 9, None), ("deregistered", "persons", 4, None), ("deregistered", "persons", 1, None)]),
    ("На кінець року у відділенні проживало 23 особи, з них 9 осіб з інвалідністю I групи.",
     [("served", "persons", 23, None), ("served", "persons", 9, None)]),
    ("Кількість осіб, охоплених соціальними послугами, становить 1 204.", [("served", "persons", 1204, None)]),
    ("Фахівцями центру відпрацьовано 146 повідомлень про сім'ї, які можуть перебувати у СЖО.",
     [("notified", "families", 146, None)]),
    ("Забезпечено продуктовими наборами 540 сімей ВПО.", [("served", "families", 540, "natural_aid")]),
    # people who came to a place of care
    ("Кризову кімнату протягом року відвідали 7 жінок з 9 дітьми.",
     [("served", "persons", 7, None), ("served", "children", 9, None)]),
    ("Ветеранський простір за рік відвідали 412 осіб.", [("served", "persons", 412, None)]),
    ("Взято на соціальний супровід 9 прийомних сімей, в яких виховується 31 дитина.",
     [("support_started", "families", 9, None), ("support_started", "children", 31, None)]),
    # «у N з них …» after a figure is a part of it, whatever the clause says happened
    ("Із шістнадцятьма сім'ями вже завершили роботу – у дев'яти з них ситуацію вдалося повністю подолати.",
     [("support_completed", "families", 16, None), ("outcome_positive", "families", 9, None)]),
    ("Завершено супровід 23 сімей. У 17 з них ситуацію вдалося подолати.",
     [("support_completed", "families", 23, None), ("outcome_positive", "families", 17, None)]),
    ("Послугу медіації отримали 17 сімей, у 12 з них конфлікт врегульовано.",
     [("served", "families", 17, None), ("outcome_positive", "families", 12, None)]),
    ("Кількість сімей, з якими завершено роботу, – 19, у тому числі з позитивним результатом – 15.",
     [("support_completed", "families", 19, None), ("outcome_positive", "families", 15, None)]),
    # the finding after «За результатами оцінки потреб», not the basis
    ("За результатами оцінки потреб складні життєві обставини виявлено у 126 сімей/осіб (63,6 % від оцінених), "
     "у яких виховується 241 дитина.",
     [("in_difficult_circumstances", "families_persons", 126, None), ("in_difficult_circumstances", "children", 241, None)]),
    # a list wrapped by layout, a line opening on a bracket
    ("Загалом надано 3 482 соціальні послуги, а саме: інформування – 1 406, консультування – 1 297, соціальний супровід сімей\n"
     "(осіб), які перебувають у складних життєвих обставинах, – 287, екстрене (кризове) втручання\n– 41, натуральна допомога – 103.",
     [("services_provided", "services", 287, "social_support_sjo"), ("services_provided", "services", 41, "crisis_intervention"),
      ("services_provided", "services", 103, "natural_aid")]),
    # «N з яких …» after a count of staff: the staff who did it
    ("Протягом року послугу надавали 27 соціальних робітників, 18 з яких у 2024 році пройшли навчання з питань догляду.",
     [("staff_actual", "staff", 27, None), ("staff_trained", "staff", 18, None)]),
    ("Супроводження здійснюють 3 фахівці із соціальної роботи, 1 з яких у 2024 році пройшов навчання.",
     [("staff_actual", "staff", 3, None), ("staff_trained", "staff", 1, None)]),
    # a bullet «діти — 298» is a label, not an infinitive opening a task
    ("1 946\nосіб отримали соціальні послуги\n\nз них:\n• внутрішньо переміщені особи — 412\n• діти — 298",
     [("served", "persons", 412, None), ("served", "children", 298, None)]),
    # the «Усього – N» line under a list whose whole is unwritten; a slide's label line
    ("Соціальні послуги протягом року отримали:\n\nконсультування – 1 204 особи;\n\nнатуральна допомога – 412 осіб;\n\n"
     "екстрене (кризове) втручання – 27 осіб.\n\nУсього – 1 643 особи (у 2023 році – 1 506 осіб).",
     [("served", "persons", 1204, "counselling"), ("served", "persons", 1643, None)]),
    ("СОЦІАЛЬНА РОБОТА З СІМ'ЯМИ\n\nПовідомлення про сім'ї у СЖО — 143\nОцінку потреб проведено — 137 сім'ям",
     [("notified", "families", 143, None), ("needs_assessed", "families", 137, None)]),
    # acts counted in thousands; people in thousands are a population
    ("За рік ми надали понад 60 тисяч послуг.", [("services_provided", "services", 60000, None)]),
    ("Протягом року надано 12 тис. консультацій.", [("services_provided", "services", 12000, "counselling")]),
    # «узяли» is «взяли» after a vowel
    ("Проведено 23 заходи, у яких узяли участь 612 мешканців громади.",
     [("events", "events", 23, None), ("event_participants", "persons", 612, None)]),
    ("В анкетуванні узяли участь 64 отримувачі.", [("survey_respondents", "recipients", 64, None)]),
    # a clause about the events named before it reports its own figure, however long the list between
    ("Для фахівців проведено 6 тренінгів (кейс-менеджмент, перша психологічна допомога, протидія професійному "
     "вигоранню), у яких підвищили кваліфікацію 18 працівників.",
     [("events", "events", 6, None), ("staff_trained", "staff", 18, None)]),
    # staff named after the dash, or by their profession
    ("Фактично працює 12 працівників, з них семеро – фахівці із соціальної роботи.",
     [("staff_actual", "staff", 12, None), ("staff_actual", "staff", 7, None)]),
    ("У центрі працює 24 фахівці, з них 9 фізичних терапевтів, 4 ерготерапевти.",
     [("staff_actual", "staff", 9, None), ("staff_actual", "staff", 4, None)]),
    # survey
    ("В опитуванні взяли участь 103 отримувачі соціальних послуг.", [("survey_respondents", "recipients", 103, None)]),
    ("Проведено опитування 150 отримувачів соціальних послуг.", [("survey_respondents", "recipients", 150, None)]),
    ("В анкетуванні взяли участь представники жіночої статі - 44 особи, чоловічої статі – 6 осіб.",
     [("survey_respondents", "persons", 44, None), ("survey_respondents", "persons", 6, None)]),
    # staff
    ("Штатним розписом передбачено 6 посад.", [("staff_positions", "positions", 6, None)]),
    ("Штатним розписом передбачено 24,5 штатні одиниці.", [("staff_positions", "positions", 24.5, None)]),
    ("Фактично працює 22 особи.", [("staff_actual", "staff", 22, None)]),
    ("У звітному періоді працювало 3 фахівця із соціальної роботи.", [("staff_actual", "staff", 3, None)]),
    ("Послугу догляду вдома надають 14 соціальних робітників.", [("staff_actual", "staff", 14, "home_care")]),
    ("6 працівників пройшли курси підвищення кваліфікації.", [("staff_trained", "staff", 6, None)]),
    ("Один працівник центру взяв участь у семінарі.", [("staff_trained", "staff", 1, None)]),
    ("Двоє фахівців пройшли навчання.", [("staff_trained", "staff", 2, None)]),
    # events, calls, complaints
    ("Проведено 7 групових заходів, якими охоплено 768 осіб.",
     [("events", "events", 7, None), ("event_participants", "persons", 768, None)]),
    ("Організовано 3 групові заходи, в яких взяли участь 46 осіб.",
     [("events", "events", 3, None), ("event_participants", "persons", 46, None)]),
    ("На телефон довіри надійшло 658 дзвінків.", [("calls", "calls", 658, None)]),
    ("Скарг не надходило.", [("complaints", "complaints", 0, None)]),
    ("Протягом року надійшло 4 звернення-скарги.", [("complaints", "complaints", 4, None)]),
    # more word orders and phrasings
    ("За звітний період послугу догляду вдома отримували 245 осіб.", [("served", "persons", 245, "home_care")]),
    ("Кількість сімей, які отримали послугу соціального супроводу, становить 45.", [("served", "families", 45, SJO)]),
    ("Прийнято 57 заяв про надання соціальних послуг.", [("applied", "applications", 57, None)]),
    ("На гарячу лінію надійшло 230 звернень громадян.", [("calls", "calls", 230, None)]),
    ("Під соціальним супроводом на кінець року залишається 31 сім'я.", [("support_ongoing", "families", 31, SJO)]),
    ("Чисельність працівників центру – 34 особи.", [("staff_actual", "staff", 34, None)]),
    ("Під соціальним супроводом у звітному періоді перебувало двадцять дев'ять сімей.", [("served", "families", 29, SJO)]),
    ("Завершено супровід щодо семи сімей: в п'яти сім'ях складні життєві обставини подолано.",
     [("support_completed", "families", 7, SJO), ("outcome_positive", "families", 5, None)]),
    ("Консультування отримали 1 096 осіб, інформування – 2 100 осіб.",
     [("served", "persons", 1096, "counselling"), ("served", "persons", 2100, "informing")]),
    ("Обслуговано осіб протягом року – 1 684 (2021 р. – 1 502).", [("served", "persons", 1684, None)]),
    ("Штатна чисельність – 86,5 шт. од.", [("staff_positions", "positions", 86.5, None)]),
    ("Кількість осіб, які перебувають на обслуговуванні у відділенні соціальної допомоги вдома, становить 156 осіб.",
     [("served", "persons", 156, "home_care")]),
    ("Виявлено 47 сімей, які перебувають у складних життєвих обставинах.",
     [("in_difficult_circumstances", "families", 47, None)]),
    ("З початку року до центру надійшло 147 повідомлень про сім'ї з дітьми.", [("notified", "families", 147, None)]),
    ("На 01.01.2024 під соціальним супроводом перебувають 37 сімей.", [("support_ongoing", "families", 37, SJO)]),
    ("У відділенні денного перебування протягом року перебувало 86 осіб.", [("served", "persons", 86, "day_care")]),
    ("Гуманітарною допомогою забезпечено 2 340 внутрішньо переміщених осіб.", [("served", "persons", 2340, None)]),
    ("Загальна кількість працівників територіального центру становить 47 осіб.", [("staff_actual", "staff", 47, None)]),
    ("Штатна чисельність установи – 52 штатні одиниці, фактично зайнято 48.",
     [("staff_positions", "positions", 52, None), ("staff_actual", "staff", 48, None)]),
    ("Соціальний супровід завершено щодо 16 сімей: 12 – з позитивним результатом, 4 – з мінімізацією СЖО.",
     [("support_completed", "families", 16, SJO), ("outcome_positive", "families", 12, None),
      ("outcome_minimized", "families", 4, None)]),
    ("Кількість наданих соціальних послуг – 48 516, у т.ч. догляду вдома – 41 200.",
     [("services_provided", "services", 48516, None), ("services_provided", "services", 41200, "home_care")]),
    # a bracket saying only «in units» does not hide the label before it
    ("• Надано соціальних послуг (од.) – 2 847, у т.ч.:\n  консультування – 1 539;\n  інформування – 874.",
     [("services_provided", "services", 2847, None), ("services_provided", "services", 1539, "counselling"),
      ("services_provided", "services", 874, "informing")]),
    ("Кількість наданих послуг (шт.) – 312.", [("services_provided", "services", 312, None)]),
    # «у т.ч.» and «з них» inside brackets after the whole; children as «дит.»
    ("• Проведено оцінку потреб – 198 сімей (у т.ч. 23 сім'ї ВПО).",
     [("needs_assessed", "families", 198, None), ("needs_assessed", "families", 23, None)]),
    ("Охоплено профілактичними заходами 614 осіб (з них 402 учні).",
     [("served", "persons", 614, None), ("served", "persons", 402, None)]),
    ("• Під соціальним супроводом перебувало 93 сім'ї (162 дит.).",
     [("served", "families", 93, SJO), ("served", "children", 162, SJO)]),
    # a list item that is a clause of its own subject describes a category of the whole
    ("Під соціальним супроводом перебувало 93 сім'ї, з них:\n– батьки ухиляються від виховання дітей – 38;\n"
     "– домашнє насильство – 21.",
     [("served", "families", 93, SJO), ("served", "families", 38, SJO), ("served", "families", 21, SJO)]),
    # services in bullets named by their percent of the recipients above; outcomes counted in people
    ("1 734 отримувачі послуг за півріччя\n• догляд вдома — 608 (35 %)\n• денний догляд — 142 (8 %)",
     [("served", "recipients", 1734, None), ("served", "recipients", 608, "home_care"),
      ("served", "recipients", 142, "day_care")]),
    ("Знято з обслуговування — 51\nз них:\nпомерли — 29\nвідмовились від послуги — 9\nзмінили місце проживання — 5",
     [("deregistered", "persons", 51, None), ("deregistered", "persons", 29, None),
      ("deregistered", "persons", 9, None), ("deregistered", "persons", 5, None)]),
    ("Завершено супровід 19 сімей, у т.ч. з позитивним результатом – 14, у зв'язку з відмовою отримувача – 5.",
     [("support_completed", "families", 19, SJO), ("outcome_positive", "families", 14, SJO),
      ("outcome_other", "families", 5, SJO)]),
    ("Визнано такими, що перебувають у СЖО, 167 сімей. У цих 167 сім'ях виховується 289 дітей.",
     [("in_difficult_circumstances", "families", 167, None), ("in_difficult_circumstances", "children", 289, None)]),
    ("Протягом року припинено надання послуги 32 особам: у зв'язку зі смертю – 17, влаштуванням до стаціонарної "
     "установи – 6.", [("support_completed", "persons", 32, None), ("outcome_other", "persons", 17, None),
                      ("outcome_other", "persons", 6, None)]),
    ("Відділення відвідували 187 осіб.", [("served", "persons", 187, None)]),
    ("Заходи відвідали 120 осіб.", [("event_participants", "persons", 120, None)]),
    # two counts side by side before «з них:»: adjective items name the first count's parts
    ("Надано 4 870 консультацій 2 316 особам, з них:\n   психологічних – 1 912;\n   юридичних – 641;\n"
     "   з питань соціального захисту – 2 317.",
     [("services_provided", "services", 4870, None), ("services_provided", "services", 1912, None),
      ("services_provided", "services", 641, None), ("services_provided", "services", 2317, None)]),
    # a count in a bracket right after a service's name is that service's
    ("Сім'ям надавалися також послуги консультування (213 послуг), представництва інтересів (17 послуг).",
     [("services_provided", "services", 213, "counselling"), ("services_provided", "services", 17, "representation")]),
    # a counted noun leading its clause, the figure (a word) closing it
    ("Скарг за рік було дві.", [("complaints", "complaints", 2, None)]),
    ("Скарга за рік була одна.", [("complaints", "complaints", 1, None)]),
    # a «label – N» item on a plural genitive noun that counts no unit is no sibling of the count before
    ("Скарг було 3; подяк – 12.", [("complaints", "complaints", 3, None)]),
    # a bracket right after a count breaks it into «label – N» parts of its service
    ("Послугу консультування отримали 742 особи (психологічне – 163, юридичне – 214).",
     [("served", "persons", 742, "counselling"), ("served", "persons", 163, "counselling"),
      ("served", "persons", 214, "counselling")]),
    # the people named after the figure's dash («діти» parses as a verb too)
    ("До управління звернулось 1 476 осіб, з них 148 осіб з інвалідністю, з яких 37 – діти з інвалідністю.",
     [("applied", "persons", 1476, None), ("applied", "persons", 148, None), ("applied", "children", 37, None)]),
    ("Станом на 31.12.2021 супровід продовжується 19 сім'ям (в них 41 дитина).",
     [("support_ongoing", "families", 19, SJO), ("support_ongoing", "children", 41, SJO)]),
    # a Facebook post: collective numerals past ten, «дітлахів», anketas filled, visits of the served
    ("Під соціальний супровід взяли дванадцятеро родин, у яких виховується 27 дітлахів.",
     [("support_started", "families", 12, SJO), ("support_started", "children", 27, SJO)]),
    ("52 отримувачі заповнили наші анкети.", [("survey_respondents", "recipients", 52, None)]),
    ("Наші соціальні робітниці щодня відвідують 63 підопічних.", [("served", "persons", 63, None)]),
    ("Під соціальним супроводом перебуває 41 дитячий будинок сімейного типу (в них 229 дітей).",
     [("served", "families", 41, FOSTER), ("served", "children", 229, FOSTER)]),
    # last year's figure and a signed change in brackets are neither figures nor a break of the list
    ("• Надійшло повідомлень щодо сімей/осіб у СЖО – 214 (9 міс. 2023 р. – 191; +12 %), з них:\n"
     "  – від ССД – 61;\n  – від ЗЗСО – 48.",
     [("notified", "families_persons", 214, None), ("notified", "families_persons", 61, None),
      ("notified", "families_persons", 48, None)]),
    # a scan's surzhyk: «в следствие смерті», «по власній заяві», «чол.», «участь в яких прийняли»
    ("Знято з обслуговування 57 осіб, в т.ч. в следствие смерті – 39, влаштування в будинок-інтернат – 5, "
     "по власній заяві – 4.",
     [("deregistered", "persons", 57, None), ("deregistered", "persons", 39, None),
      ("deregistered", "persons", 5, None), ("deregistered", "persons", 4, None)]),
    ("Проведено 52 заходи, участь в яких прийняли 640 чол.",
     [("events", "events", 52, None), ("event_participants", "persons", 640, None)]),
    # «супроводжує» serves, «зараз супроводжуємо» is support going on; «приймали участь» (a russism)
    ("Центр супроводжує 12 прийомних сімей (19 дітей).",
     [("served", "families", 12, FOSTER), ("served", "children", 19, FOSTER)]),
    ("Загалом зараз супроводжуємо 41 сім'ю.", [("support_ongoing", "families", 41, None)]),
    ("Проведено 12 заходів, у яких приймали участь понад 300 осіб.",
     [("events", "events", 12, None), ("event_participants", "persons", 300, None)]),
    ("Протягом 2024 року соціальним супроводженням охоплено 11 прийомних сімей, у яких виховувалось 17 дітей.",
     [("served", "families", 11, FOSTER), ("served", "children", 17, FOSTER)]),
    # recipients with no verb (a slide, a summary line) are those served; a plans section gives nothing
    ("ОТРИМУВАЧІ ПОСЛУГ\n1 734\nотримувачі послуг за півріччя", [("served", "recipients", 1734, None)]),
    ("ПЛАНИ НА ІІ ПІВРІЧЧЯ\nВідділення денного догляду на 20 місць\n+3 посади соціальних робітників\n\n"
     "4. Кадри\nПрацює 12 фахівців.", [("staff_actual", "staff", 12, None)]),
    ("5 структурних підрозділів\n62 штатні одиниці\n57 працівників фактично",
     [("staff_positions", "positions", 62, None), ("staff_actual", "staff", 57, None)]),
    # a label that opens on its counted noun, with a dash or a colon before the figure
    ("Сімей під соціальним супроводом – 45, дітей: 112.",
     [("served", "families", 45, SJO), ("served", "children", 112, SJO)]),
    ("• сімей, щодо яких проведено оцінку потреб: 73;\n• дітей у них: 89.",
     [("needs_assessed", "families", 73, None)]),
    ("3. Соціальний супровід\nОсіб під соціальним супроводом – 12.", [("served", "persons", 12, None)]),
    ("Психологи Центру надали 1 532 консультації, з них дітям: 412.",
     [("services_provided", "services", 1532, None), ("services_provided", "services", 412, None)]),
    # people named by a noun the dictionary does not know; times a service was given
    ("За місяць фахівці Центру допомогли 186 переселенцям.", [("served", "persons", 186, None)]),
    ("Опікуємося 37 одинокими літніми переселенцями.", [("served", "persons", 37, None)]),
    ("Послугу інформування надано 611 разів.", [("services_provided", "services", 611, "informing")]),
    # reasons for leaving a service are outcomes of the service that ended
    ("Догляд вдома. Знято з обслуговування 14 осіб, з них: у зв'язку зі смертю – 9, "
     "влаштовано до закладів стаціонарного догляду – 5.",
     [("deregistered", "persons", 14, "home_care"), ("deregistered", "persons", 9, "home_care"),
      ("deregistered", "persons", 5, "home_care")]),
    # interview voice: an object after the figure is not what it counts; «це 74 відсотки» is its percent
    ("Завершили супровід з 19 сім'ями. З цих 19: у 14 ситуацію повністю виправили – це десь 74 відсотки, "
     "а з однією сім'єю результату, на жаль, немає.",
     [("support_completed", "families", 19, SJO), ("outcome_positive", "families", 14, SJO),
      ("outcome_negative", "families", 1, SJO)]),
    # a survey of the one service its paragraph names
    ("Проведено внутрішню оцінку якості послуги догляду вдома. В анкетуванні взяли участь 40 отримувачів.",
     [("survey_respondents", "recipients", 40, "home_care")]),
    ("У грудні проведено анкетування отримувачів послуги догляду вдома. Опитано 150 осіб.",
     [("survey_respondents", "persons", 150, "home_care")]),
    # compound numerals in words, in any case
    ("Торік на обслуговування взяли сто сорок сім нових підопічних.", [("support_started", "persons", 147, None)]),
    ("Ми провели оцінку потреб сорока восьми сімей (86 %).", [("needs_assessed", "families", 48, None)]),
    ("Клуб провів 42 заходи, в яких взяли участь понад вісімсот людей.", [("event_participants", "persons", 800, None)]),
    # a counted noun right before a figure that ends its clause («label N»)
    ("Надано соціальних послуг 174 318", [("services_provided", "services", 174318, None)]),
    ("Відділення денного перебування: кількість отримувачів 187", [("served", "recipients", 187, "day_care")]),
    # conversational order: object first, verb after
    ("Складні життєві обставини визнали у 151 сім'ї, де виховується 263 дитини.",
     [("in_difficult_circumstances", "families", 151, None), ("in_difficult_circumstances", "children", 263, None)]),
    ("Торік на облік взяли 64 сім'ї, а зняли з обліку 49.",
     [("registered_new", "families", 64, None), ("deregistered", "families", 49, None)]),
    ("За рік супровід завершили для 58 сімей: 39 — з позитивним результатом, 12 — мінімізували складні обставини.",
     [("support_completed", "families", 58, SJO), ("outcome_positive", "families", 39, SJO),
      ("outcome_minimized", "families", 12, SJO)]),
    ("Складні життєві обставини визнали у 151 сім'ї. Усі ці 151 сім'я живуть у трьох мікрорайонах: Дружба — 41, Східний — 37, Бам — 73.",
     [("in_difficult_circumstances", "families", 41, None), ("in_difficult_circumstances", "families", 73, None)]),
    # a skipped word may hold an apostrophe
    ("Виявлено 151 сім'ю у СЖО.", [("in_difficult_circumstances", "families", 151, None)]),
    # the noun right after the verb names the figure, not a noun before it; «у них дітей:» too
    ("Станом на 31.12.2018 на обліку фахівця перебуває сімей – 45, у них дітей: 112.",
     [("registered", "families", 45, None), ("registered", "children", 112, None)]),
    # a bare count of staff is the staff at work, unless the sentence is about something else
    ("Надання послуг забезпечують 74 працівники, з них 46 соціальних робітників.",
     [("staff_actual", "staff", 74, None), ("staff_actual", "staff", 46, None)]),
    ("Штатним розписом передбачено 7 посад: директор, 5 фахівців із соціальної роботи та психолог.",
     [("staff_positions", "positions", 7, None), ("staff_positions", "positions", 5, None)]),
    ("Надали 3 214 соціальних послуг, а саме: 1 406 консультувань, 1 118 інформувань.",
     [("services_provided", "services", 1406, "counselling"), ("services_provided", "services", 1118, "informing")]),
    # people reached by events are their participants; pupils and «діти та молодь» are persons
    ("Ми провели 48 тренінгів і акцій у школах, охопили 1 350 учнів.",
     [("events", "events", 48, None), ("event_participants", "persons", 1350, None)]),
    ("Проведено 156 групових заходів, якими охоплено 3 100 осіб, зокрема дітей та молоді – 2 680.",
     [("event_participants", "persons", 3100, None), ("event_participants", "persons", 2680, None)]),
    ("Клуб провів 12 зустрічей, на які прийшли 96 батьків.", [("event_participants", "persons", 96, None)]),
    ("Центр провів 24 тренінги «Школа батьківства», учасниками яких стали 312 батьків.",
     [("event_participants", "persons", 312, None)]),
    ("Фахівці центру пройшли навчання: 5 працівників – в обласному центрі, 2 – на онлайн-курсах.",
     [("staff_trained", "staff", 5, None), ("staff_trained", "staff", 2, None)]),
    ("Навчання протягом трьох років пройшли лише 43 із 52 соціальних робітників.",
     [("staff_trained", "staff", 43, None), ("staff_actual", "staff", 52, None)]),
    # kinds of counselling under consultations stay counselling
    ("Всього надано 2870 консультацій, з них психологічних – 612, юридичних – 184.",
     [("services_provided", "services", 612, "counselling"), ("services_provided", "services", 184, "counselling")]),
    ("Завершили супровід 23 сімей: у 17 з них ситуацію вдалося подолати – це 74 %. Ще в трьох сім'ях "
     "результату досягти не вдалося, а дві родини переїхали до іншої громади.",
     [("outcome_positive", "families", 17, SJO), ("outcome_negative", "families", 3, SJO),
      ("outcome_other", "families", 2, SJO)]),
    ("Серед оцінених визначено такими, що перебувають у складних життєвих обставинах, 46 сімей (у них 97 дітей).",
     [("in_difficult_circumstances", "families", 46, None), ("in_difficult_circumstances", "children", 97, None)]),
    ("Ще 41 людину з інвалідністю ми возимо соціальним таксі; протягом року здійснено 1 046 поїздок.",
     [("served", "persons", 41, "social_taxi")]),  # (the rides are how much the car ran: no figure in prose)
    ("Надійшло 412 письмових звернень громадян, з них: заяви – 356, скарги – 19, пропозиції – 37.",
     [("applied", "applications", 356, None), ("complaints", "complaints", 19, None),
      ("applied", "applications", 37, None)]),
    # enumerations
    ("Надійшли повідомлення про 1000 сімей, а саме: Соборний – 600, Центральний – 400.",
     [("notified", "families", 1000, None), ("notified", "families", 600, None), ("notified", "families", 400, None)]),
    ("Надано допомогу 547 постраждалим, у тому числі: жінкам – 365, чоловікам – 44, дітям – 138.",
     [("served", "persons", 547, None), ("served", "persons", 365, None), ("served", "persons", 44, None),
      ("served", "children", 138, None)]),
    ("Загальна кількість соціальних послуг складає 3000, у тому числі: консультування – 2000, інформування – 1000.",
     [("services_provided", "services", 3000, None), ("services_provided", "services", 2000, "counselling"),
      ("services_provided", "services", 1000, "informing")]),
    # what the figure rests on («за результатами оцінки потреб») yields to what the clause says after it
    ("Оцінку потреб проведено 141 сім'ї. За результатами оцінки потреб 96 сімей визнано такими, що перебувають "
     "у складних життєвих обставинах.",
     [("needs_assessed", "families", 141, None), ("in_difficult_circumstances", "families", 96, None)]),
    ("За підсумками оцінювання потреб 40 сімей отримали послугу консультування.",
     [("served", "families", 40, "counselling")]),
    ("Анкетування проведено у вересні 2025 року серед 212 учасників групових заходів.",
     [("survey_respondents", "persons", 212, None)]),
    # children of families: a time between «у яких» and the verb; a sentence opening on «у цих сім'ях»
    ("Центр здійснював соціальний супровід 2 сімей патронатних вихователів, у яких протягом року перебувало 9 дітей.",
     [("served", "families", 2, None), ("served", "children", 9, None)]),
    ("Допомогу надано 58 сім'ям загиблих захисників. У цих сім'ях виховується 71 дитина.",
     [("served", "families", 58, None), ("served", "children", 71, None)]),
    ("В області створено 8 сімей патронатних вихователів (на кінець 2019 року – 3), у яких перебувала 31 дитина.",
     [("support_ongoing", "children", 31, None)]),
    # numerals as words with scales, in any case; «тисячі родин» is no number
    ("Цьогоріч на гарячу лінію центру надійшло понад тисячу сто дзвінків.", [("calls", "calls", 1100, None)]),
    ("Продуктові набори отримали півтори сотні людей з інвалідністю.", [("served", "persons", 150, None)]),
    ("До центру надійшло дві тисячі триста звернень.", [("applied", "applications", 2300, None)]),
    ("Ми провели оцінку потреб для ста дев'яноста шести осіб.", [("needs_assessed", "persons", 196, None)]),
    ("Цього року під супровід узяли двадцять вісім сімей.", [("support_started", "families", 28, SJO)]),
    ("Роздали паливні брикети сорока двом родинам у старостинських округах.", [("served", "families", 42, None)]),
    ("Участь узяли понад двісті осіб.", [("event_participants", "persons", 200, None)]),
    ("187 самотніх людей похилого віку отримують догляд удома.", [("served", "persons", 187, "home_care")]),
    # «загиблих (померлих) Захисників» names a category of families, no death of a recipient
    ("Серед отримувачів – 389 внутрішньо переміщених осіб та 512 членів сімей загиблих (померлих) Захисників.",
     [("served", "persons", 512, None)]),
    ("Знято з обслуговування 14 осіб, з них: померли – 9, вибули – 5.", [("deregistered", "persons", 9, None)]),
    # people and children taken off a register for a reason are counted off it; a family's
    # reason is how its support ended
    ("Протягом року знято з обліку 5 дітей: у зв'язку з досягненням повноліття – 4, у зв'язку з усиновленням – 1.",
     [("deregistered", "children", 5, None), ("deregistered", "children", 4, None),
      ("deregistered", "children", 1, None)]),
    ("Знято з обслуговування 38 осіб: 29 – у зв'язку зі смертю, 5 – влаштовані до закладів стаціонарного догляду, "
     "4 – за власною заявою.", [("deregistered", "persons", 38, None), ("deregistered", "persons", 29, None),
                               ("deregistered", "persons", 5, None), ("deregistered", "persons", 4, None)]),
    ("Завершено супровід 34 сімей: у 25 сім'ях подолано, у 3 – позитивного результату не досягнуто.",
     [("support_completed", "families", 34, None), ("outcome_positive", "families", 25, None),
      ("outcome_negative", "families", 3, None)]),
    # a part «у 92 з них» takes the words of its own clause before it, not its whole's
    ("Оцінку потреб проведено 118 сім'ям, складні життєві обставини виявлено у 92 з них.",
     [("needs_assessed", "families", 118, None), ("in_difficult_circumstances", "families", 92, None)]),
    # staff trained are a part of the staff just counted, not an event's participants
    ("Послугу надавали 14 соціальних робітників, з них 12 пройшли навчання за програмою підвищення кваліфікації.",
     [("staff_actual", "staff", 14, None), ("staff_trained", "staff", 12, None)]),
    ("У Центрі працює 9 фахівців. Двоє з них у вересні пройшли навчання з роботи в ЄІАС.",
     [("staff_actual", "staff", 9, None), ("staff_trained", "staff", 2, None)]),
    # a list of reasons under a heading that says the people were taken off, with no figure of its own
    ("Знято з обслуговування за причинами (гр. 5 р. 010), осіб:\nсмерть – 22\nза власним бажанням – 8",
     [("deregistered", "persons", 22, None), ("deregistered", "persons", 8, None)]),
    ("Знято з обліку 11 сімей, з них у 2 сім'ях батьки позбавлені батьківських прав.",
     [("deregistered", "families", 11, None), ("outcome_other", "families", 2, None)]),
    # a children's service register
    ("На первинному обліку Служби перебуває 148 дітей.", [("registered", "children", 148, None)]),
    ("Із первинного обліку протягом року знято 29 дітей.", [("deregistered", "children", 29, None)]),
    # a social worker's diary: «консультовано» counts the people counselled
    ("09.10 – прийом громадян: консультовано 5 осіб, з них 3 – ВПО.", [("served", "persons", 5, "counselling")]),
    ("11.10 – консультовано 4 особи з питань оформлення статусу.", [("served", "persons", 4, "counselling")]),
    ("Протягом місяця проконсультували 12 сімей.", [("served", "families", 12, "counselling")]),
    # an interview's answer counts what its question asked
    ("— Скільки сімей зараз під соціальним супроводом?\n— Сорок дві сім'ї, у них виховується вісімдесят п'ятеро дітей.",
     [("served", "families", 42, SJO), ("served", "children", 85, SJO)]),
    ("— Скільки людей до вас звернулося цьогоріч?\n— Понад шістсот.", [("applied", "persons", 600, None)]),
    # respondents broken down after «Серед респондентів …», whatever else the words could count
    ("Анкети роздано 260 отримувачам, заповнені анкети повернули 214 осіб. Серед респондентів жінки становлять "
     "151 особу, чоловіки – 63 особи. За видами послуг: отримувачі послуги догляду вдома – 132 особи, "
     "денного догляду – 61 особа.",
     [("survey_respondents", "persons", 214, None), ("survey_respondents", "persons", 151, None),
      ("survey_respondents", "persons", 63, None), ("survey_respondents", "persons", 132, "home_care"),
      ("survey_respondents", "persons", 61, "day_care")]),
    # sessions listed among services given are services; an item's own words name its service
    ("Фахівцями надано 3 912 послуг, у тому числі: консультації психолога – 1 204, групові заняття з "
     "відновлення – 862, інформування – 1 530, заняття з арт-терапії – 316.",
     [("services_provided", "services", 862, None), ("services_provided", "services", 316, None),
      ("services_provided", "services", 1530, "informing")]),
    # a lettered item whose noun could read as an infinitive («діти»), its clause after a comma
    ("На обліку перебуває 41 дитина, з них:\nа) діти-сироти – 14;\nб) діти, позбавлені батьківського піклування, – 27.",
     [("registered", "children", 14, None), ("registered", "children", 27, None)]),
    # the noun that opens a clause closed by its verb and figure counts, its adjectives before it
    ("Письмових заяв про надання соціальних послуг надійшло 29.", [("applied", "applications", 29, None)]),
    # a state recognised, its words before the verb; a case of support is a family supported
    ("Такими, що перебувають у складних життєвих обставинах, визнано 41 сім'ю.",
     [("in_difficult_circumstances", "families", 41, None)]),
    ("Протягом року завершено 19 випадків супроводу.", [("support_completed", "families", 19, SJO)]),
    ("Зараз під нашим соціальним супроводом 14 сімей, у яких зростає 31 дитина.",
     [("served", "families", 14, SJO), ("served", "children", 31, SJO)]),
    # a label of recipients with its period before the colon
    ("Отримувачів у 2025 році: 286 осіб", [("served", "persons", 286, None)]),
    ("Отримувачів за звітний період – 173 особи", [("served", "persons", 173, None)]),
    # the one who surveyed, in the active voice of any gender
    ("У грудні Центр опитав 52 отримувачів послуг.", [("survey_respondents", "recipients", 52, None)]),
    ("Служба анкетувала 40 батьків дітей, які отримують послуги.", [("survey_respondents", "persons", 40, None)]),
    # a name in quotes names no unit: the item counts what its list counts
    ("До управління надійшло 1 126 заяв, з них:\n• через відділ «Центр надання адміністративних послуг» – 418;\n"
     "• безпосередньо до управління – 652;\n• через портал «Дія» – 56.",
     [("applied", "applications", 1126, None), ("applied", "applications", 418, None),
      ("applied", "applications", 652, None), ("applied", "applications", 56, None)]),
]

EXACT_NOTHING = [
    # what is provided for, intended or will be done is a plan, not a result
    "У ІІ кварталі 2025 року передбачено провести 6 тренінгів для батьків.",
    "Служба має намір провести 4 тренінги для прийомних батьків.",
    "У 2026 році буде проведено 4 тренінги для фахівців.",
    # a lettered item of a plan is a task as a bulleted one is; marks may stack
    "а) до 01.09.2025 забезпечити підвищення кваліфікації не менше 6 соціальних робітників;",
    "• 1) скоротити строк від надходження повідомлення до початку оцінки потреб з 3 до 2 робочих днів;",
    "Центр працює з 8:00 до 17:00, з 2019 року.",
    # applications passed on to another provider are no applications to the one reporting
    "До Центру для отримання послуги догляду вдома направлено 14 заяв.",
    # a group's size limit is no participants; the family forms children are placed in are no figures
    "Тривалість тренінгу – 2 години, наповнюваність групи – до 15 учасників.",
    "Усі діти цієї категорії виховуються в сімейних формах: під опікою та піклуванням – 27, у прийомних сім'ях – 5.",
    # the social taxi's rides: how much the car ran, no figure in prose
    "Соціальне таксі здійснило 214 поїздок, загальний пробіг – 5 180 км.",
    "Автомобіль територіального центру здійснив 129 поїздок.",
    "Відповідно до наказу Мінсоцполітики від 27.12.2013 № 904 «Про затвердження Методичних рекомендацій».",
    "Мінімальний термін перебування під супроводом – 3 місяці, максимальний – 14 місяців.",
    "Центр розташований за адресою: вул. Соборна, 12, тел. (04736) 3-12-45.",
    "У Денному центрі зможуть перебувати до 10 діб 6 осіб.",
    "Протягом року підписано 26 договорів про наставництво.",
    "Здійснено 915 виїздів у сім'ї.",
    "Рекомендовано до 01.06.2023 укомплектувати 2 посади фахівців.",
    "У середньому на одного працівника припадає 15 отримувачів.",
    "Внесено подяку 1 працівнику, нагороджено грамотою 3 працівників.",
    "Працівниками центру здійснено 1 520 відвідувань отримувачів вдома.",
    "Одна посада фахівця вакантна.",
    "Кількість отримувачів соціальних послуг за рік збільшилась на 120 осіб.",
    "Середня кількість отримувачів на одного соціального робітника – 9 осіб.",
    "Звернутися до центру можна за адресою: вул. Небесної Сотні, 8, каб. 3, з 8:00 до 17:00.",
    "Сім'ям, які мають дітей віком до 4-х років, надається підтримка.",
    "Телефонуйте до Центру надання соціальних послуг: 0 (4644) 2-13-05.",
    "Кількість звернень зросла у 2 рази.",
    "Соціальний робітник відвідує отримувача 3 рази на тиждень.",
    "Консультування надала жителям, на дому відвідала 412 разів.",
    "Протягом року звільнилося 7 працівників.",
    "До 01.06.2022 забезпечити навчання ще 10 соціальних робітників.",
    "З 01.01.2024 центр також обслуговує за договором 2 сусідні ОТГ.",
    "Послуги надаються мешканцям 12 територіальних громад району.",
    "Довідково: населення громади – 41,2 тис. осіб.",
    "Спрямовано на соціальний захист (у 2023 році – 28,9 млн грн).",
    # the hromada's population and the IDPs registered in it; the month a figure peaked in
    "Установа обслуговує громаду, у якій проживає близько 24,6 тис. мешканців, зокрема 3 120 внутрішньо переміщених осіб.",
    "Найбільше звернень припало на жовтень (47 заяв), найменше – на липень (29 заяв).",
    "На обліку в Управлінні перебуває 9 842 внутрішньо переміщені особи.",
    "Протягом року взято на облік 7 105 ВПО.",
    # people sent on to another service are no figure of this one
    "Під час кризового втручання 7 осіб переадресовано до лікаря-психіатра.",
]


@pytest.mark.parametrize("text", [
    "Проведено 3 виїзні прийоми у старостинські округи, під час яких консультації отримали 71 особа.",
    "Відбулося 5 зустрічей, на яких консультації отримали 71 особа.",
    "Проведено 6 виїздів, після яких допомогу отримали 71 особа.",
])
def test_a_clause_about_events_reports_its_own_figure(make_doc, text):
    assert ("served", 71) in [(f.indicator, f.value) for f in _facts(make_doc, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На обліку в територіальному центрі перебуває 1842 чоловіка.", [("registered", 1842, None)]),
        ("На обліку у відділенні перебуває 312 осіб.", [("registered", 312, None)]),
        ("Протягом року взято на облік 214 громадян, знято з обліку 189 чоловік (в зв'язку зі смертю - 121, "
         "вибуттям за межі міста - 43, влаштуванням в будинки-інтернати - 25).",
         [("registered_new", 214, None), ("deregistered", 189, None), ("deregistered", 121, "f2"),
          ("deregistered", 43, "f2"), ("deregistered", 25, "f2")]),
        # a family leaving the register is the outcome of its support
        ("Знято з обліку 6 сімей: у зв'язку з подоланням складних життєвих обставин – 4, у зв'язку з переїздом – 2.",
         [("deregistered", 6, None), ("outcome_positive", 4, "f1"), ("outcome_other", 2, "f1")]),
    ],
)
def test_registers_of_people(make_doc, text, expected):
    assert [(f.indicator, f.value, f.parent_id) for f in _facts(make_doc, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Матеріальна допомога з міського бюджету надана 84 громадянам на суму 42,0 тис. грн.",
        "Допомога надана 1127 громадянам, в тому числі гуманітарною допомогою (одяг, взуття) забезпечено 84 чоловік.",
        "Натуральною допомогою забезпечено 84 особи.",
    ],
)
def test_aid_handed_to_people(make_doc, text):
    assert ("served", 84) in [(f.indicator, f.value) for f in _facts(make_doc, text)]


def _facts(make_doc, text):
    return extract_facts(make_doc([text]))


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counts(make_doc, text, expected):
    facts = _facts(make_doc, text)
    got = [(f.indicator, f.unit, f.value) for f in facts]
    for ind, unit, value, service in expected:
        match = [f for f in facts if (f.indicator, f.unit, f.value) == (ind, unit, value)]
        assert match, f"missing {(ind, unit, value)} in {got}"
        if service is not None:
            assert any(f.service == service for f in match), f"{(ind, unit, value)}: service {[f.service for f in match]}"


@pytest.mark.parametrize("text", EXACT_NOTHING)
def test_no_figure(make_doc, text):
    assert [(f.indicator, f.value) for f in _facts(make_doc, text)] == []


def test_children_link_to_their_families(make_doc):
    facts = _facts(make_doc, "Знято з обліку 11 сімей (в них 25 дітей).")
    fam = next(f for f in facts if f.unit == "families")
    kids = next(f for f in facts if f.unit == "children")
    assert kids.parent_id == fam.fact_id


def test_list_items_share_a_group_and_point_to_their_whole(make_doc):
    facts = _facts(make_doc, "Надійшли повідомлення про 1000 сімей, а саме: Соборний – 600, Центральний – 400.")
    total = next(f for f in facts if f.value == 1000)
    parts = [f for f in facts if f.value in (600, 400)]
    assert {p.parent_id for p in parts} == {total.fact_id}
    assert len({p.group_id for p in parts}) == 1 and parts[0].group_id
    assert {p.district for p in parts} == {"Соборний", "Центральний"}


def test_percent_beside_a_count_is_its_percent(make_doc):
    facts = _facts(make_doc, "З них разове консультування надано 316 сім'ям/особам (92 %).")
    assert [(f.value, f.percent) for f in facts] == [(316, 92.0)]


def test_part_of_the_next_count(make_doc):
    facts = _facts(make_doc, "Повага до гідності: 60 із 62 опитаних (96,8 %) відзначили ввічливе ставлення.")
    part, whole = sorted(facts, key=lambda f: f.value)
    assert (part.value, part.unit, part.indicator, part.percent) == (60, "persons", "survey_respondents", 96.8)
    assert part.parent_id == whole.fact_id and whole.percent is None


def test_evidence_points_at_the_figure(make_doc):
    doc = make_doc(["Вступ.", "Протягом 2020 року в центр звернулися 367 сімей."])
    (fact,) = extract_facts(doc)
    assert doc.text[fact.start : fact.end] == "367 сімей"
    assert fact.quote == "Протягом 2020 року в центр звернулися 367 сімей."
    assert fact.extractor == "applied_turn"


@pytest.mark.parametrize(
    ("text", "parts", "after"),
    [
        # items without bullets, one per line, each «назва – число»
        ("Послугу отримували 44 сім'ї, у тому числі за місцем проживання:\nм. Ніжин – 31\n"
         "Кунашівський старостинський округ – 9\nПереяслівський старостинський округ – 4", [31, 9, 4], None),
        ("Надійшло 20 повідомлень, з них:\nвід поліції – 12;\nЗаклади освіти – 8.", [12, 8], None),
        # a line naming its own count after a list is a statement of its own
        ("Знято з обслуговування 15 осіб, з них:\nу зв'язку зі смертю – 10;\nза власним бажанням – 5.\n"
         "Отримувачів на кінець року – 571.", [10, 5], 571),
    ],
)
def test_list_items_without_bullets(make_doc, text, parts, after):
    facts = _facts(make_doc, text)
    whole = facts[0]
    assert [f.value for f in facts if f.parent_id == whole.fact_id and f.value in parts] == parts
    if after is not None:
        assert all(f.parent_id is None for f in facts if f.value == after)


def test_a_sub_list_in_brackets_leaves_the_list_around_it_open(make_doc):
    facts = _facts(make_doc, "У І кварталі послуги отримали 528 осіб, з них:\nдогляд вдома - 96 (з них на платній основі"
                             " - 12);\nденний догляд - 23;\nнатуральна допомога - 187.")
    whole = facts[0]
    assert [f.value for f in facts if f.parent_id == whole.fact_id] == [96, 23, 187]
    assert next(f for f in facts if f.value == 12).parent_id == facts[1].fact_id


def test_among_the_people_of_a_list_is_a_breakdown_of_its_own(make_doc):
    facts = _facts(make_doc, "Обслуговано 286 осіб, а саме:\n- вдома - 97 осіб (з них 14 - внутрішньо переміщені особи);\n"
                             "- у відділенні денного перебування - 58 осіб;\n- натуральну допомогу отримала 131 особа.\n\n"
                             "Серед обслуговуваних вдома осіб з інвалідністю I-II групи - 96, одиноких - 63 особи.")
    items = {f.value: f for f in facts}
    assert items[58].group_id == items[97].group_id
    assert items[96].group_id != items[97].group_id and items[63].group_id != items[97].group_id
    assert items[96].service == "home_care" and items[96].indicator == "served"


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("В анкетуванні взяли участь 72 отримувачі послуг. Повністю задоволені якістю послуг – 66 (91,7 %), "
         "частково задоволені – 6 (8,3 %).", [(66, 91.7), (6, 8.3)]),
        ("Опитано 40 осіб.\nЗадоволені – 36;\nне задоволені – 4.", [(36, None), (4, None)]),
    ],
)
def test_answers_after_a_survey_are_its_respondents(make_doc, text, answers):
    facts = _facts(make_doc, text)
    whole = facts[0]
    assert whole.indicator == "survey_respondents"
    got = [(f.value, f.percent) for f in facts if f.parent_id == whole.fact_id]
    assert got == answers
    assert all(f.indicator == "survey_respondents" and f.unit == whole.unit for f in facts[1:])


def test_an_answer_whose_percent_is_of_another_whole_is_not_its_part(make_doc):
    facts = _facts(make_doc, "Опитано 196 осіб. Задоволені якістю послуги 96 % опитаних (144 особи).")
    answer = next(f for f in facts if f.value == 144)
    assert answer.indicator == "survey_respondents" and answer.parent_id is None


@pytest.mark.parametrize(
    ("text", "events", "participants"),
    [
        ("Проведено 12 заходів, в яких взяли участь 240 осіб.", 12, 240),
        ("Організовано 5 тренінгів для батьків, участь у яких взяли 87 осіб.", 5, 87),
        ("Проведено 46 групових заходів (тренінги, «батьківські школи»), якими охоплено 512 осіб.", 46, 512),
        ("За рік відбулося 9 лекцій; їх відвідали понад 900 учнів.", 9, 900),
        ("Проведено 9 лекцій, які відвідали 187 дітей.", 9, 187),
        ("Організовано 4 тренінги «Батьківська школа», в яких взяли участь 64 батьки.", 4, 64),
    ],
)
def test_events_and_their_participants(make_doc, text, events, participants):
    got = {f.indicator: f.value for f in _facts(make_doc, text)}
    assert got == {"events": events, "event_participants": participants}


def test_a_count_of_whole_things_is_never_a_fraction(make_doc):
    facts = _facts(make_doc, "Фінансування:\n– з них на оплату праці (КЕКВ 2111) – 3 502 006,30\n"
                             "– на нарахування на оплату праці (КЕКВ 2120) – 770 441,39")
    assert [f for f in facts if f.unit in ("complaints", "persons", "families")] == []


@pytest.mark.parametrize("text", [
    "У 2019 році житлові субсидії призначено 9 214 домогосподарствам на суму 142,6 млн грн.",
    "Державну соціальну допомогу малозабезпеченим сім'ям отримують 1 132 сім'ї.",
])
def test_state_benefits_are_no_services(make_doc, text):
    assert _facts(make_doc, text) == []


def test_a_list_item_is_no_new_whole(make_doc):
    facts = _facts(make_doc, "На обліку перебуває 57 сімей, зокрема:\nЛозуватка – 22, Новоіванівка – 9.\n"
                             "Серед них: одинокі пенсіонери – 24.")
    whole = next(f for f in facts if f.value == 57)
    assert next(f for f in facts if f.value == 24).parent_id == whole.fact_id


def test_list_items_that_say_something_else_are_no_parts(make_doc):
    facts = _facts(make_doc, "Звернення:\n– звернулося громадян за наданням послуг (осіб) – 287\n"
                             "– з них письмових заяв – 203\n– усних звернень – 84\n"
                             "– відмовлено у наданні послуг (осіб) – 4\n– надано консультацій – 45")
    assert not any(f.value == 4 for f in facts)  # «відмовлено …» is no applied count
    assert next(f for f in facts if f.value == 45).parent_id is None  # services are no part of people


def test_outcomes_in_a_list_belong_to_the_completions_above_them(make_doc):
    facts = _facts(make_doc, "Відділення:\n– під соціальним супроводом на кінець періоду (сімей) – 19\n"
                             "– з них ВПО (сімей) – 5\n– завершено соціальний супровід (сімей) – 9\n"
                             "– з позитивним результатом – 6 (66,7 %)\n– з негативним результатом – 2 (22,2 %)")
    by = {f.value: f for f in facts}
    assert by[5].parent_id == by[19].fact_id
    assert by[9].parent_id is None
    assert by[6].parent_id == by[9].fact_id and by[2].parent_id == by[9].fact_id
    assert by[6].group_id == by[2].group_id


def test_outcomes_on_lines_of_their_own_keep_one_group(make_doc):
    facts = _facts(make_doc, "Завершено надання послуги 331 сім'ї/особі, з них:\n"
                             "   з позитивним результатом (СЖО подолано) – 204 (61,6 %);\n"
                             "   СЖО мінімізовано – 88 (26,6 %);\n   з негативним результатом – 39 (11,8 %).")
    outcomes = [f for f in facts if f.indicator.startswith("outcome")]
    assert len(outcomes) == 3 and len({f.group_id for f in outcomes}) == 1


def test_a_garbled_table_line_does_not_crash_the_item_labels(make_doc):
    """Found by fuzzing scraped texts: a label of nothing but a quote mark or line breaks."""
    text = ("ЦНСП 9 громад; у-\n4 громадах ЦНСП не 17 скарг на якість соціальних послуг, з них\n11 – щодо ад "
            "області надали соціальні послуги 21 467 осо-бам, з них 6 318 внутрішньо переміщеним особа 90,0 94,4\n"
            "5 ЦНСП Мошнівської сільської ради 441 92,3 « 103,1")
    assert isinstance(_facts(make_doc, text), list)


def test_a_list_intro_naming_the_figure_just_given_lists_that_whole(make_doc):
    facts = _facts(make_doc, "Протягом 2020 року надійшли повідомлення про 2 086 сімей. Джерела надходження повідомлень:\n"
                             "- служби у справах дітей – 618;\n- заклади освіти – 412.")
    whole = next(f for f in facts if f.value == 2086)
    parts = [f for f in facts if f.value in (618, 412)]
    assert [(f.unit, f.parent_id) for f in parts] == [("families", whole.fact_id)] * 2


@pytest.mark.parametrize("rows", [
    # a list the text aligned in columns, and the same list as prose lines
    "безоплатно                     604 особи   (71,4 %)\nплатно                         172 особи   (20,3 %)\n"
    "з установленням диференційованої плати       70 осіб    (8,3 %)\n",
    "безоплатно – 604 особи (71,4 %);\nплатно – 172 особи (20,3 %);\nз установленням диференційованої плати – 70 осіб (8,3 %).\n",
])
def test_parts_named_only_by_their_percent_of_a_whole_above(rows):
    from zvitparse.read import read_bytes

    text = "Відділення соціальної допомоги вдома\n\nВідділенням обслуговується 846 осіб.\n\nЗа умовами оплати:\n" + rows
    facts = extract_facts(read_bytes(text.encode(), "t.txt"))
    whole = next(f for f in facts if f.value == 846)
    parts = [f for f in facts if f.value in (604, 172, 70)]
    assert [(f.indicator, f.unit, f.service) for f in parts] == [("served", "persons", "home_care")] * 3
    assert all(f.parent_id == whole.fact_id for f in parts)


def test_a_percent_that_fits_no_whole_links_nothing(make_doc):
    facts = _facts(make_doc, "Відділенням обслуговується 846 осіб.\n\nЗа умовами оплати:\nбезоплатно – 604 особи (65 %).")
    assert [f.value for f in facts] == [846]


def test_a_part_with_its_own_percent_is_no_whole_for_the_next(make_doc):
    facts = _facts(make_doc, "В анкетуванні взяли участь 50 отримувачів, з них:\nпредставники жіночої статі – 44 особи "
                   "(86,4 %)\nчоловічої статі – 6 осіб (13,6 %)")
    six = next(f for f in facts if f.value == 6)
    assert not any(f.value == 44 and f.fact_id == six.parent_id for f in facts)


def test_a_percent_after_a_comma_and_ce_belongs_to_the_count(make_doc):
    facts = _facts(make_doc, "Набори отримали 142 родини. З них 58 – багатодітні сім'ї, це 45 % усіх отримувачів наборів.")
    assert [(f.value, f.percent) for f in facts] == [(142, None), (58, 45)]


def test_a_list_intro_lists_the_whole_its_relative_clause_names(make_doc):
    facts = _facts(make_doc, "Соціальним супроводом було охоплено 88 сімей. З них взято під соціальний супровід у звітному "
                   "році 61 сім'ю.\n\nЗа категоріями сім'ї, які отримували послугу соціального супроводу, розподіляються "
                   "таким чином:\n- сім'ї внутрішньо переміщених осіб – 23;\n- інші – 4.")
    whole = next(f for f in facts if f.value == 88)
    parts = [f for f in facts if f.value in (23, 4)]
    assert [(f.indicator, f.parent_id) for f in parts] == [("served", whole.fact_id)] * 2


_SUPPORTED = "Під соціальним супроводом перебувала 81 сім'я. "


@pytest.mark.parametrize("intro", [
    "За категоріями сім'ї, які перебували під супроводом, розподіляються так: ",
    "Сім'ї, які перебували під супроводом, за категоріями: ",
    "Серед сімей, що перебували під супроводом: ",
    "За категоріями:\n",
    "З числа цих сімей:\n- ",
])
@pytest.mark.parametrize(("items", "labels"), [
    ("сім'ї, в яких батьки ухиляються від виконання обов'язків, – 29; сім'ї ВПО – 39; інші – 13.",
     ["сім'ї, в яких батьки ухиляються від виконання обов'язків", "сім'ї ВПО", "інші"]),
    ("сім'ї ВПО – 39; сім'ї, де існує ризик насильства, – 29; інші – 13.",
     ["сім'ї ВПО", "сім'ї, де існує ризик насильства", "інші"]),
])
def test_category_items_with_a_clause_of_their_own_are_parts_of_the_whole(make_doc, intro, items, labels):
    """An item named by a relative clause («сім'ї, в яких …, – 29») is an item: its verb does not
    make the intro an explanation, and the clause between its commas is its label."""
    facts = _facts(make_doc, _SUPPORTED + intro + items)
    whole = next(f for f in facts if f.value == 81)
    parts = [f for f in facts if f.value in (29, 39, 13)]
    assert [(f.indicator, f.parent_id) for f in parts] == [("served", whole.fact_id)] * 3
    assert [f.label for f in parts] == labels


def test_items_named_with_an_aside_in_brackets_keep_it_in_their_label(make_doc):
    facts = _facts(make_doc, "Вдома соціальні послуги отримували 412 громадян. За відділеннями: відділення № 1 "
                   "(м. Апостолове) – 164 особи, відділення № 2 (Жовтокам'янський старостинський округ) – 121 особа, "
                   "відділення № 3 (Михайлівський, Нивотрудівський округи) – 118 осіб.")
    whole = next(f for f in facts if f.value == 412)
    assert [(f.label, f.parent_id) for f in facts if f.value in (164, 121, 118)] == [
        ("відділення № 1 (м. Апостолове)", whole.fact_id),
        ("відділення № 2 (Жовтокам'янський старостинський округ)", whole.fact_id),
        ("відділення № 3 (Михайлівський, Нивотрудівський округи)", whole.fact_id)]


@pytest.mark.parametrize("intro", ["За населеними пунктами: ", "У розрізі старостинських округів: ",
                                   "Розподіл сімей за населеними пунктами: ", "За старостатами:\n- "])
def test_a_breakdown_by_place_lists_the_whole_just_given(make_doc, intro):
    facts = _facts(make_doc, "Під соціальним супроводом перебували 53 сім'ї (121 дитина). " + intro
                   + "м. Рожище – 21, с. Дубище – 9, с. Тристень – 8.")
    whole = next(f for f in facts if f.value == 53)
    parts = [f for f in facts if f.value in (21, 9, 8)]
    assert [(f.indicator, f.unit, f.parent_id, f.label) for f in parts] == [
        ("served", "families", whole.fact_id, label) for label in ("м. Рожище", "с. Дубище", "с. Тристень")]


def test_an_intro_with_a_verb_and_no_item_dash_still_explains(make_doc):
    facts = _facts(make_doc, "Робота гарячої лінії центру: за дев'ять місяців на неї надійшло 412 дзвінків.")
    assert [(f.indicator, f.value, f.label) for f in facts] == [("calls", 412, None)]


def test_a_list_set_apart_from_its_intro_by_a_blank_line_is_still_its_list(make_doc):
    from zvitparse.read import read_bytes

    text = ("Кількість отримувачів соціальних послуг у 2021 році:\n\nТериторіальний центр – 1487 осіб, у тому числі:\n"
            "    догляд вдома – 402;\n    денний догляд – 96;\n    натуральна допомога – 989.\n")
    facts = extract_facts(read_bytes(text.encode(), "t.txt"))
    got = {(f.indicator, f.value, f.service) for f in facts}
    assert {("served", 1487, None), ("served", 402, "home_care"), ("served", 989, "natural_aid")} <= got


def test_a_label_counting_something_else_is_no_sibling(make_doc):
    """«подяк – 12» after «Скарг було 3»: thanks are no complaints, and no SPEC unit at all."""
    assert [(f.indicator, f.value) for f in _facts(make_doc, "Скарг було 3; подяк – 12.")] == [("complaints", 3)]


def test_a_lettered_list_of_the_families_served_with_numbers_in_words(make_doc):
    text = ("1. Соціальними послугами охоплено двісті сорок сім сімей та сто дванадцять одиноких осіб.\n\n"
            "2. З числа сімей-отримувачів:\n\n"
            "а) сім'ї з дітьми, які перебувають у складних життєвих обставинах, – 96;\n\n"
            "б) сім'ї внутрішньо переміщених осіб – сто двадцять;\n\n"
            "в) сім'ї ветеранів війни та загиблих (померлих) Захисників – тридцять одна.\n\n"
            "3. За видами соціальних послуг:\n\nа) консультування – 318 осіб;\n\nб) інформування – 205 осіб;")
    facts = _facts(make_doc, text)
    got = [(f.indicator, f.value, f.unit, f.service) for f in facts]
    assert got[:2] == [("served", 247, "families", None), ("served", 112, "persons", None)]
    parts = [f for f in facts if f.parent_id == facts[0].fact_id]
    assert [(f.indicator, f.value) for f in parts] == [("served", 96), ("served", 120), ("served", 31)]
    assert parts[2].label == "сім'ї ветеранів війни та загиблих (померлих) Захисників"
    assert [g[1:] for g in got[5:]] == [(318, "persons", "counselling"), (205, "persons", "informing")]


@pytest.mark.parametrize(("text", "value", "kept"), [
    # the hromada's population in words is no figure; nor is the price of one trip, nor a plan
    ("Центр працює для громади, де проживає понад 26 тисяч людей, зокрема й понад чотири тисячі ВПО.", 4000, False),
    ("Вартість однієї поїздки для отримувача – 40 гривень.", 1, False),
    ("У 2025 році Центр планує взяти під соціальний супровід не менше 50 сімей.", 50, False),
    ("Понад 600 людей звернулися по допомогу.", 600, True),
    ("Відділення денного перебування протягом року відвідували 87 осіб.", 87, True),
    # how often, in words: the not-figure spans hold for a sentence with no digit too
    ("Мобільна бригада виїжджала в старостинські округи сорок вісім разів.", 48, False),
    ("Послугу отримали тридцять одна особа.", 31, True),
])
def test_population_prices_and_plans(make_doc, text, value, kept):
    assert (value in [f.value for f in _facts(make_doc, text)]) is kept


def test_a_label_line_in_a_section_on_a_service_counts_those_it_serves(make_doc):
    text = ("3. Соціальне супроводження прийомних сімей та дитячих будинків сімейного типу\n\n"
            "Прийомних сімей: 6\n\nДитячих будинків сімейного типу: 2")
    got = [(f.indicator, f.value, f.unit, f.service) for f in _facts(make_doc, text)]
    assert got == [("served", 6, "families", "social_support_foster"), ("served", 2, "families", "social_support_foster")]


def test_label_lines_with_a_colon_under_section_headings(make_doc):
    text = ("2. Соціальний супровід сімей (осіб), які перебувають у СЖО\n\n"
            "Взято під соціальний супровід протягом кварталу: 9\n\n"
            "6. Кризове та екстрене втручання, натуральна допомога\n\n"
            "Кризове та екстрене втручання, сімей: 3\n\nНатуральна допомога (гуманітарні набори), отримувачів: 64")
    got = [(f.indicator, f.value, f.unit, f.service) for f in _facts(make_doc, text)]
    assert got == [("support_started", 9, "families", "social_support_sjo"),
                   ("served", 3, "families", "crisis_intervention"), ("served", 64, "recipients", "natural_aid")]


@pytest.mark.parametrize("text", [
    "Перебувало під соціальним супроводом сімей:\n47 (у них дітей: 89)",
    "Прийомних сімей: 47\n\nдітей у них: 89",
])
def test_children_of_the_families_just_counted(make_doc, text):
    text = "3. Соціальне супроводження прийомних сімей\n\n" + text
    facts = _facts(make_doc, text)
    kids = [f for f in facts if f.unit == "children"]
    assert [(f.value, [p.value for p in facts if p.fact_id == f.parent_id]) for f in kids] == [(89, [47])]


@pytest.mark.parametrize(
    "text",
    ["Кадрове забезпечення\n\nВ анкетуванні взяли участь 64 отримувачі, 59 з них задоволені якістю послуг.",
     "Кадрове забезпечення\n\nУ заходах взяли участь 40 осіб."],
)
def test_people_under_a_staff_heading_are_not_staff(make_doc, text):
    assert not [f for f in _facts(make_doc, text) if f.unit == "staff"]


def test_children_in_brackets_after_a_dash_belong_to_the_families(make_doc):
    facts = _facts(make_doc, "Виявлено сімей, що опинились у складних життєвих обставинах, – 12 (дітей – 27).")
    fam = next(f for f in facts if f.unit == "families")
    kids = next(f for f in facts if f.unit == "children")
    assert kids.parent_id == fam.fact_id


@pytest.mark.parametrize(
    "text",
    ["Протягом року народилося 6 дітей, померло 19 осіб.",
     "Зменшення пов'язане з виїздом частини отримувачів за межі громади та смертю 97 отримувачів."],
)
def test_a_reason_without_the_ended_service_is_no_outcome(make_doc, text):
    assert not [f for f in _facts(make_doc, text) if f.indicator == "outcome_other"]


def test_outcomes_after_families_taken_off_the_register_are_theirs(make_doc):
    facts = _facts(make_doc, "Знято з обліку за рік 11 сімей (в них 25 дітей), в 9 сім'ях складні обставини подолано, "
                             "у 2 сім'ях батьки позбавлені батьківських прав.")
    whole = next(f for f in facts if f.indicator == "deregistered" and f.unit == "families")
    outcomes = [f for f in facts if f.indicator.startswith("outcome")]
    assert [(f.indicator, f.value) for f in outcomes] == [("outcome_positive", 9), ("outcome_other", 2)]
    assert all(f.parent_id == whole.fact_id for f in outcomes)


@pytest.mark.parametrize(
    "text",
    ["Центр обслуговує мешканців громади, де проживає понад 53 тис. осіб.",
     "На обліку в громаді перебуває понад 32 тисячі внутрішньо переміщених осіб."],
)
def test_people_in_thousands_are_a_population(make_doc, text):
    assert not [f for f in _facts(make_doc, text) if f.value in (53000, 32000)]



@pytest.mark.parametrize(
    "text",
    ["Будинок культури провів 24 культурно-масові заходи, які відвідали 1 120 глядачів.",
     "На утримання старостату у 2024 році використано 812,4 тис. грн, у тому числі на оплату праці – 655,0 тис. грн.",
     "На благоустрій округу використано 436,7 тис. грн."],
)
def test_figures_of_a_body_that_gives_no_social_service(make_doc, text):
    assert _facts(make_doc, text) == []


def test_a_provider_working_in_the_starosta_s_office_still_counts(make_doc):
    facts = _facts(make_doc, "01.10 – прийом громадян у приміщенні старостату: консультовано 3 особи. "
                             "ЦНСП спільно зі старостатом провели 2 заходи, у яких взяли участь 73 особи.")
    assert {(f.indicator, f.value) for f in facts} >= {("served", 3), ("events", 2), ("event_participants", 73)}


@pytest.mark.parametrize(
    ("text", "whole", "part", "label"),
    [
        ("Протягом року надійшло 3 скарги, з них 1 визнано обґрунтованою (щодо прибирання житла).",
         ("complaints", 3), ("complaints", 1), "визнано обґрунтованою"),
        ("Надійшло три скарги, з них дві визнано обґрунтованими.", ("complaints", 3), ("complaints", 2),
         "визнано обґрунтованими"),
        ("До обласного центру надійшло 3 скарги, з них 1 визнано обґрунтованою, за результатами розгляду "
         "надано рекомендації.", ("complaints", 3), ("complaints", 1), "визнано обґрунтованою"),
        ("Надійшло 40 звернень, з яких 35 вирішено позитивно, 5 перебувають на розгляді.",
         ("applied", 40), ("applied", 35), "вирішено позитивно"),
        ("Послугу надають 6 фахівців із соціальної роботи, з них 4 мають профільну освіту.",
         ("staff_actual", 6), ("staff_actual", 4), "мають профільну освіту"),
        ("Звернулося 40 осіб, з них 12 отримали консультації.", ("applied", 40), ("served", 12), None),
    ],
)
def test_part_named_by_what_was_done_with_it(make_doc, text, whole, part, label):
    """«з них 35 вирішено позитивно»: a verb after the number says what the part is; it is no
    noun counted, and no verb of a later clause («надано рекомендації») makes it another figure."""
    facts = _facts(make_doc, text)
    got = {(f.indicator, f.value): f for f in facts}
    assert whole in got and part in got, [(f.indicator, f.value) for f in facts]
    assert got[part].parent_id == got[whole].fact_id
    if label is not None:
        assert got[part].label == label


@pytest.mark.parametrize(
    "text",
    [
        "В анкетуванні взяли участь 40 отримувачів, 38 з яких (95 %) повністю задоволені якістю послуги.",
        "В анкетуванні прийняли участь 64 отримувачі, 60 з них (93,8 %) оцінили якість послуг на «добре».",
    ],
)
def test_of_them_is_no_label(make_doc, text):
    assert all(f.label not in ("з них", "з яких") for f in _facts(make_doc, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Завершено супровід 10 сімей: у шести – з позитивним результатом, у трьох – мінімізовано, "
         "в одній – без результату.", {("outcome_positive", 6), ("outcome_minimized", 3), ("outcome_negative", 1)}),
        ("Завершено супровід щодо семи сімей, при цьому в п'яти сім'ях обставини подолано, в одній – мінімізовано.",
         {("outcome_positive", 5), ("outcome_minimized", 1)}),
        ("Зняли з супроводу 9 сімей, а саме у восьми – подолано СЖО, а в одній – мінімізовано.",
         {("outcome_positive", 8), ("outcome_minimized", 1)}),
    ],
)
def test_word_numeral_items_in_them(make_doc, text, expected):
    """«у трьох – мінімізовано»: a word numeral with «у/в» before and a dash after is a list item
    of the figure before (in so many of them), though it names no noun of its own."""
    got = {(f.indicator, f.value) for f in _facts(make_doc, text)}
    assert expected <= got, got


@pytest.mark.parametrize("text", ["Засідання проводяться у п'ятницю – за графіком.", "Робота триває у двох напрямах."])
def test_word_numeral_without_a_whole_is_no_item(make_doc, text):
    assert _facts(make_doc, text) == []


@pytest.mark.parametrize("intro", ["Джерелами повідомлень були:", "За джерелами надходження:", "Джерела повідомлень:"])
def test_sources_break_down_the_reports_just_counted(make_doc, intro):
    text = (f"Надійшли повідомлення стосовно 174 сімей (осіб), які можуть перебувати у СЖО. {intro} "
            "служба у справах дітей – 61, заклади освіти – 48, інші суб'єкти – 65.")
    facts = _facts(make_doc, text)
    whole = next(f for f in facts if f.value == 174)
    parts = [f for f in facts if f.value in (61, 48, 65)]
    assert len(parts) == 3 and all(f.parent_id == whole.fact_id and f.indicator == "notified" for f in parts)


@pytest.mark.parametrize("text", ["До Центру звернулися 612 сімей та осіб.", "Звернулися 612 сімей і осіб."])
def test_families_and_persons_together(make_doc, text):
    assert [(f.unit, f.value) for f in _facts(make_doc, text)] == [("families_persons", 612)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence pointing back to the service the paragraph named
        ("Протягом року послугу догляду вдома отримували 203 особи. Послугу надають 19 соціальних робітників.",
         ("staff_actual", 19, "home_care")),
        ("Послугу догляду вдома отримували 486 осіб. Серед отримувачів цієї послуги 312 осіб мають інвалідність.",
         ("served", 312, "home_care")),
        # «Анкетування пройшли …»; «послуги догляду вдома – 54» names the service, counts respondents
        ("Анкетування пройшли 86 отримувачів: послуги догляду вдома – 54, послуги консультування – 32.",
         ("survey_respondents", 54, "home_care")),
        # the verb before a «label – N» list still counts the figure before it
        ("Послугу догляду вдома 486 отримувачам надавали: безоплатно - 412 особам, платно - 74 особам.",
         ("served", 486, "home_care")),
    ],
)
def test_service_and_indicator_from_context(make_doc, text, expected):
    got = [(f.indicator, f.value, f.service) for f in _facts(make_doc, text)]
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Оцінювання тривало з 05 по 23 лютого; до складу робочої групи увійшло 5 працівників Центру.",
        "Предметом оцінювання були дві послуги – догляд вдома та консультування.",
        "Оцінено 2 соціальні послуги: догляд вдома і консультування.",
        "Проведено моніторинг якості трьох соціальних послуг – догляду вдома, денного догляду та супроводу.",
        "Якість усіх трьох послуг оцінено як «добре».",
        "Тривалість одного тренінгу – 8 академічних годин.",
        "Тривалість однієї консультації – 50 хвилин.",
        "Центр надає 12 соціальних послуг, визначених Класифікатором, серед них – інформування, консультування.",
        "Станом на сьогодні у черзі 7 заяв, до кінця березня всіх візьмемо.",
        "Оцінку визначено так: 80 % і більше – «добре», 50 % і менше – «незадовільно».",
    ],
)
def test_sizes_and_kinds_are_no_figures(make_doc, text):
    assert [f for f in _facts(make_doc, text) if f.unit != "rating"] == []


def test_a_letter_subject_names_no_service(make_doc):
    facts = _facts(make_doc, "Про надання інформації\n\nПроведено 46 групових заходів для мешканців громади.")
    assert [(f.indicator, f.service) for f in facts] == [("events", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("З 26 сімей, супровід яких завершено, у 19 складні життєві обставини подолано, у 5 – мінімізовано, "
         "2 сім'ї змінили місце проживання.",
         {("support_completed", 26), ("outcome_positive", 19), ("outcome_minimized", 5), ("outcome_other", 2)}),
        # a noun no such number counts («19 … обставини») is the verb's, not the counted one
        ("Завершено супровід 26 сімей, у 19 складні життєві обставини подолано.",
         {("support_completed", 26), ("outcome_positive", 19)}),
    ],
)
def test_outcomes_after_completions(make_doc, text, expected):
    assert {(f.indicator, f.value) for f in _facts(make_doc, text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "3. Фінансовому відділу міської ради передбачити у бюджеті на 2025 рік кошти на утримання 2 додаткових посад.",
        "2. Директору Центру забезпечити у 2024 році охоплення соціальним супроводом не менше 40 сімей.",
    ],
)
def test_decision_items_report_nothing(make_doc, text):
    assert _facts(make_doc, text) == []


def test_an_aside_in_brackets_is_no_outcome(make_doc):
    facts = _facts(make_doc, "Оцінку потреб здійснено 158 сім'ям (5 сімей змінили місце проживання до завершення оцінки).")
    assert [(f.indicator, f.value) for f in facts] == [("needs_assessed", 158)]


@pytest.mark.parametrize("text", ["Найбільше отримувачів – 241 особа (49,1 %) – користувалися послугою догляду вдома.",
                                  "Послугою догляду вдома користувалися 241 особа (49,1 %)."])
def test_using_a_service(make_doc, text):
    assert [(f.indicator, f.value, f.service, f.percent) for f in _facts(make_doc, text)] == [
        ("served", 241, "home_care", 49.1)]


def test_benefits_used_are_no_service(make_doc):
    assert _facts(make_doc, "Пільгами користуються 2 300 осіб.") == []



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Під супроводом перебували 34 сім'ї. 16 із них взяли під супровід уже цього року.",
         {("served", 34), ("support_started", 16)}),
        ("Під супроводом перебували 34 сім'ї. Шістнадцять із них взяли під супровід.",
         {("served", 34), ("support_started", 16)}),
        # the counted noun leads its clause, the figure closes it
        ("Консультацій проведено 612, послуг соціальної профілактики надано 143, ще у 9 випадках фахівці "
         "здійснювали кризове втручання.",
         {("services_provided", 612), ("services_provided", 143), ("services_provided", 9)}),
    ],
)
def test_parts_and_fronted_nouns(make_doc, text, expected):
    assert {(f.indicator, f.value) for f in _facts(make_doc, text)} == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [("11.07.2025", {("applied", 912)}),  # «торік» of a column of 2025 on H1 2025 is 2024
     (None, {("applied", 912), ("applied", 871)})],  # without a date «торік» says no year
)
def test_last_year_is_the_year_before_publication(make_doc, published, expected):
    from zvitparse.api import parse_document
    from zvitparse.read import read_bytes

    head = f"Опубліковано: {published}\n\n" if published else ""
    text = (f"{head}Підсумки І півріччя 2025 року\n\nДо центру звернулося 912 сімей. Для порівняння: "
            "торік за весь рік до центру звернулася 871 сім'я.")
    report = parse_document(read_bytes(text.encode(), "t.txt"), audit=False)
    assert {(f.indicator, f.value) for f in report.facts} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("46 осіб з інвалідністю щодня приходять до відділення денного догляду.", ("served", 46, "day_care")),
        ("Послугу соціальної адаптації отримали також 46 випускників закладів інституційного догляду.",
         ("served", 46, "social_adaptation")),
        ("2 296 заявникам прийнято рішення про надання послуг.", ("served", 2296, None)),
        ("За результатами оцінювання прийнято рішення про надання послуги догляду вдома 44 особам.",
         ("served", 44, "home_care")),
    ],
)
def test_more_ways_to_be_served(make_doc, text, expected):
    assert expected in [(f.indicator, f.value, f.service) for f in _facts(make_doc, text)]


def test_people_who_received_things(make_doc):
    """«430 родин отримали 1 260 продуктових і гігієнічних наборів»: the sets (two adjectives of one
    noun) are the verb's object; the families received, and the service the sets name is theirs."""
    text = ("Продовжується і гуманітарний напрям: через пункт видачі допомоги 430 родин отримали 1 260 "
            "продуктових і гігієнічних наборів від благодійних фондів.")
    assert [(f.indicator, f.value, f.unit, f.service) for f in _facts(make_doc, text)] == [
        ("served", 430, "families", "natural_aid")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Наш колектив – це 97 працівників при 101,5 штатної посади, з них 52 – соціальні робітники.",
         {("staff_actual", 97), ("staff_positions", 101.5), ("staff_actual", 52)}),
        ("Анкети оцінки задоволеності заповнили 203 отримувачі.", {("survey_respondents", 203)}),
        ("На 31.12.2024 супровід триває для 27 сімей.", {("support_ongoing", 27)}),
        ("Соціальні робітники Центру, яких нині 14 при 15 штатних посадах, здійснюють патронаж вдома 87 громадян.",
         {("staff_actual", 14), ("staff_positions", 15), ("served", 87)}),
        ("Соціальні робітники, а їх у нас 29, обслуговують людей у всіх старостинських округах.", {("staff_actual", 29)}),
    ],
)
def test_staff_posts_surveys_and_ongoing(make_doc, text, expected):
    assert {(f.indicator, f.value) for f in _facts(make_doc, text)} == expected


def test_of_them_named_after_the_dash_are_of_those_people(make_doc):
    facts = _facts(make_doc, "Наш колектив – це 97 працівників при 101,5 штатної посади, з них 52 – соціальні робітники.")
    by = {f.value: f for f in facts}
    assert by[52].parent_id == by[97].fact_id and by[52].unit == "staff"


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Надійшло 23 повідомлення про випадки домашнього насильства, з них щодо жінок – 19, щодо чоловіків – 4.", "persons"),
     ("Надійшло 23 повідомлення про сім'ї у СЖО, з них від громадян – 19, від шкіл – 4.", None)],
)
def test_reports_concerning_people_count_them(make_doc, text, unit):
    """«щодо жінок – 19» counts the women the reports concern; «від громадян – 19» counts reports
    from citizens, like the whole."""
    facts = _facts(make_doc, text)
    whole = next(f for f in facts if f.value == 23)
    parts = [f for f in facts if f.value in (19, 4)]
    assert len(parts) == 2 and {f.unit for f in parts} == {unit or whole.unit}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Завершено супровід 31 сім'ї: з позитивним результатом – 24, через відмову отримувача – 7.",
         {("support_completed", 31), ("outcome_positive", 24), ("outcome_other", 7)}),
        ("Із них 8 сімей взято під супровід у цьому кварталі, ще 23 сім'ї продовжили отримувати послугу.",
         {("support_started", 8), ("support_ongoing", 23)}),
        ("Надання послуги продовжується 41 сім'ї.", {("support_ongoing", 41)}),
    ],
)
def test_refusals_and_support_going_on(make_doc, text, expected):
    assert {(f.indicator, f.value) for f in _facts(make_doc, text)} == expected


def test_paid_and_free_parts_take_the_service_named_before(make_doc):
    text = "Послугу догляду вдома отримують 412 осіб. Безоплатно послугу отримують 398 осіб; платно послугу отримують 14 осіб."
    assert {(f.value, f.service) for f in _facts(make_doc, text)} == {(412, "home_care"), (398, "home_care"), (14, "home_care")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Відділення денного догляду щодня відвідує близько 40 осіб, а загалом за рік тут побувало 63 відвідувачі.",
         {("served", 63, "day_care")}),
        ("Понад 2,1 тисячі консультацій надали фахівці, а 17 мешканцям працівники Центру допомогли як представники "
         "їхніх інтересів.", {("services_provided", 2100, "counselling"), ("served", 17, "representation")}),
    ],
)
def test_visitors_and_representatives(make_doc, text, expected):
    assert {(f.indicator, f.value, f.service) for f in _facts(make_doc, text)} == expected


def test_people_social_workers_serve_get_home_care(make_doc):
    facts = _facts(make_doc, "Соціальний супровід.\n\nНаші соціальні робітники обслуговують 187 підопічних, переважно самотніх людей.")
    assert [(f.indicator, f.value, f.service) for f in facts] == [("served", 187, "home_care")]



def test_reports_named_before_a_dash_and_their_verb(make_doc):
    """«Повідомлення про сім'ї/осіб, які …, – надійшло 186»: the trigger runs across the clause into
    the count's part, the longer of two triggers ending together says more, and the people it
    names are the unit."""
    text = ("Повідомлення про сім'ї/осіб, які можуть перебувати у складних життєвих обставинах, – надійшло 186, з них:\n"
            "• від закладів освіти – 74;\n• від органів Національної поліції – 112.")
    assert {(f.indicator, f.value, f.unit) for f in _facts(make_doc, text)} == {
        ("notified", 186, "families_persons"), ("notified", 74, "families_persons"), ("notified", 112, "families_persons")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За результатами оцінки складні життєві обставини визначено у 63 сім'ях.", ("in_difficult_circumstances", 63)),
        ("Ми отримали повідомлення про 97 сімей, які могли опинитися у СЖО.", ("notified", 97)),
        ("За рік надання послуги припинено 33 отримувачам.", ("support_completed", 33)),
        ("Навчання за програмою «Базові навички догляду» пройшли 11 працівників.", ("staff_trained", 11)),
    ],
)
def test_findings_reports_and_endings(make_doc, text, expected):
    assert expected in [(f.indicator, f.value) for f in _facts(make_doc, text)]


def test_cases_of_difficult_circumstances_are_families(make_doc):
    text = ("Оцінку потреб проведено 181 сім'ї/особі, з них:\n\nскладні життєві обставини визначено у 94 випадках, з них:\n\n"
            "сім'ї з дітьми – 71 (у них 152 дитини);\n\nособи – 23.")
    got = {(f.indicator, f.value, f.unit) for f in _facts(make_doc, text)}
    assert {("in_difficult_circumstances", 94, "families_persons"), ("in_difficult_circumstances", 71, "families"),
            ("in_difficult_circumstances", 23, "persons")} <= got


def test_a_status_granted_and_its_reasons_are_on_the_register(make_doc):
    """«статусу дитини-сироти … набули 23 дитини, у тому числі 9 дітей – у зв'язку зі смертю
    батьків»: children who came onto the register, and why; no service ended."""
    text = ("Протягом року статусу дитини-сироти або дитини, позбавленої батьківського піклування, набули 23 дитини, "
            "у тому числі 9 дітей – у зв'язку зі смертю батьків, 11 дітей – у зв'язку з позбавленням батьків "
            "батьківських прав, а 3 дитини – з інших підстав.")
    assert {(f.indicator, f.value) for f in _facts(make_doc, text)} == {
        ("registered_new", 23), ("registered_new", 9), ("registered_new", 11), ("registered_new", 3)}


def test_a_figure_set_off_by_dashes_takes_the_service_named_after_it(make_doc):
    facts = _facts(make_doc, "Найбільше людей – 742 – приходили до нас по консультацію.")
    assert [(f.indicator, f.value, f.unit, f.service) for f in facts] == [("served", 742, "persons", "counselling")]


def test_a_share_of_the_services_set_off_by_dashes(make_doc):
    text = ("Соціальний супровід.\n\nЯкщо рахувати послуги, то за рік ми надали 27 418 послуг. "
            "Левова частка – 21 906 – це догляд удома.")
    facts = _facts(make_doc, text)
    whole = next(f for f in facts if f.value == 27418)
    part = next(f for f in facts if f.value == 21906)
    assert (part.indicator, part.unit, part.service, part.parent_id) == ("services_provided", "services", "home_care",
                                                                       whole.fact_id)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Проведено 42 заходи, з них: тренінгів – 17; засідань батьківських клубів – 25.", [17, 25]),
        ("Групова робота – проведено 42 заходи, з них:\n\nтренінгів – 17;\n\nзасідань клубів – 25.\n\n"
         "Учасників групових заходів – 716 осіб.", [17, 25]),
        ("Організовано 30 заходів, у тому числі засідань груп взаємодопомоги – 12, лекцій – 18.", [12, 18]),
    ],
)
def test_any_kind_of_meeting_listed_under_events_is_a_part_of_them(make_doc, text, kinds):
    facts = _facts(make_doc, text)
    whole = next(f for f in facts if f.indicator == "events" and f.parent_id is None)
    parts = [f.value for f in facts if f.parent_id == whole.fact_id]
    assert parts == kinds


def test_meetings_outside_a_list_of_events_count_nothing(make_doc):
    # a list under a count of something else: its sittings are no events
    assert _facts(make_doc, "Видано 42 довідки, з них: засідань – 12.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Протягом 2024 року соціальну адаптацію пройшла 61 людина.",
        "Курс соціальної адаптації пройшли 61 особа з інвалідністю.",
        "61 дитина пройшла курс соціальної реабілітації.",
        "Пройшли соціальну реабілітацію 61 особа.",
    ],
)
def test_a_course_of_a_social_service_taken_is_served(make_doc, text):
    assert [(f.indicator, f.value) for f in _facts(make_doc, text)] == [("served", 61)]


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        ("Під соціальним супроводом перебувало 58 сімей, ще 35 сімей отримували послугу з 2023 року. "
         "Серед сімей, які перебували під супроводом, сімей ВПО – 12, сімей учасників бойових дій – 7.", 58, [12, 7]),
        ("До центру звернулися 240 осіб. Консультування отримали 180 осіб. "
         "Серед осіб, які звернулися, 35 – внутрішньо переміщені особи, 12 – особи з інвалідністю.", 240, [35, 12]),
        ("Послуги отримали 180 осіб. З числа осіб, що отримали послуги, 40 – ВПО.", 180, [40]),
        ("Сімей, охоплених соціальним супроводом, – 63. Із них взято під супровід у 2024 році 38 сімей, решта "
         "25 сімей перебували під супроводом з попереднього року. Серед сімей під супроводом 17 – сім'ї ВПО "
         "(28,6 %), 9 – сім'ї, де батьки неналежно виконують батьківські обов'язки.", 63, [17, 9]),
    ],
)
def test_a_sentence_opening_on_the_people_a_whole_counted_lists_its_parts(make_doc, text, whole, parts):
    facts = _facts(make_doc, text)
    top = next(f for f in facts if f.value == whole)
    assert [f.value for f in facts if f.parent_id == top.fact_id] == parts


def test_a_line_wrapped_inside_a_clause_keeps_its_service(make_doc):
    facts = _facts(make_doc, "Відділення відвідували 284 особи. Послугу соціальної адаптації\n"
                             "отримали 97 осіб, денного догляду – 12 осіб.")
    assert {f.value: f.service for f in facts if f.value in (97, 12)} == {97: "social_adaptation", 12: "day_care"}


def test_lines_of_a_list_without_marks_keep_their_own_services(make_doc):
    facts = _facts(make_doc, "На обслуговуванні перебуває 1284 особи, у тому числі:\n\n"
                             "відділення соціальної допомоги вдома 412 осіб\n"
                             "відділення денного перебування 76 осіб")
    assert {f.value: f.service for f in facts if f.value in (412, 76)} == {412: "home_care", 76: "day_care"}


@pytest.mark.parametrize(
    "text",
    [
        "Для внутрішньо переміщених осіб проведено 17 інформаційно-роз'яснювальних заходів, у яких взяли участь 634 особи.",
        "Для ВПО проведено 17 культурно-масових заходів, у яких взяли участь 634 особи.",
    ],
)
def test_a_compound_adjective_does_not_hide_the_counted_noun(make_doc, text):
    assert {(f.indicator, f.value) for f in _facts(make_doc, text)} == {("events", 17), ("event_participants", 634)}


@pytest.mark.parametrize(
    "question",
    ["«Чи допомогла вам послуга?»", "«Чи отримали Ви послугу вчасно?»", "про якість послуги"],
)
def test_answers_to_a_question_are_the_survey_s_not_what_the_question_names(make_doc, question):
    facts = _facts(make_doc, "В опитуванні взяли участь 32 отримувачі послуги. "
                             f"На запитання {question} відповіли «так» 29 осіб (90,6 %), «частково» – 3 особи (9,4 %).")
    assert [(f.indicator, f.value) for f in facts] == [
        ("survey_respondents", 32), ("survey_respondents", 29), ("survey_respondents", 3)]


def test_an_answer_after_an_answer_is_of_the_same_survey(make_doc):
    facts = _facts(make_doc, "В анкетуванні взяли участь 48 отримувачів послуги, з них 35 жінок і 13 чоловіків. "
                             "Якістю послуги повністю задоволені 39 осіб (81,3 %), частково – 8 (16,7 %), "
                             "не задоволені – 1 особа (2,1 %).")
    survey = facts[0]
    assert [(f.value, f.unit) for f in facts if f.parent_id == survey.fact_id and f.value in (39, 8, 1)] == [
        (39, "persons"), (8, "persons"), (1, "persons")]


@pytest.mark.parametrize(
    "text",
    [
        "В анкетуванні взяли участь 64 отримувачі, 59 з них (95 %) задоволені якістю послуг.",
        "Опитано 64 отримувачі: 59 з яких (95 %) повністю задоволені.",
        "Якістю послуги догляду вдома задоволені 59 з 64 опитаних (95 %).",
        "У вересні проведено опитування 64 отримувачів: 95 % опитаних (59 осіб) задоволені якістю догляду.",
        "Із 64 опитаних 59 (95 %) задоволені якістю та своєчасністю послуг.",
    ],
)
def test_those_satisfied_out_of_all_asked_give_the_satisfaction_not_a_count(make_doc, text):
    facts = _facts(make_doc, text)
    assert [(f.indicator, f.value) for f in facts] in ([("survey_respondents", 64), ("satisfaction", 95)],
                                                      [("satisfaction", 95), ("survey_respondents", 64)])
    share = next(f for f in facts if f.indicator == "satisfaction")
    assert share.parent_id == next(f for f in facts if f.indicator == "survey_respondents").fact_id


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Анкетовано отримувачів послуг – 210, з них задоволені якістю послуг – 203 особи (96,7 %).", 203),
        ("Опитано 150 осіб, з них задоволені якістю обслуговування 142 (94,7 %).", 142),
    ],
)
def test_those_satisfied_named_before_their_count_are_a_row_of_respondents(make_doc, text, value):
    facts = _facts(make_doc, text)
    assert [(f.indicator, f.value) for f in facts if f.parent_id] == [("survey_respondents", value)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Кількість отримувачів 38, з них одинокі громадяни – 24 (63,2 %).", "persons"),
        ("В анкетуванні взяли участь 86 отримувачів послуги, з них жінки – 64.", "persons"),
        ("Послугу отримали 38 отримувачів, з них у селах – 24.", "recipients"),
    ],
)
def test_a_part_of_recipients_naming_its_people_counts_persons(make_doc, text, unit):
    facts = _facts(make_doc, text)
    assert [f.unit for f in facts if f.parent_id] == [unit]


def test_a_bracket_of_counts_of_the_same_unit_breaks_down_the_count_before_it(make_doc):
    facts = _facts(make_doc, "Соціальне супроводження отримували 9 сімей (7 ПС і 2 ДБСТ), у яких виховуються 34 дитини.")
    whole = facts[0]
    assert [(f.value, f.unit) for f in facts if f.parent_id == whole.fact_id] == [
        (7, "families"), (2, "families"), (34, "children")]
    assert _facts(make_doc, "Послуги отримали 1 204 особи (у 2023 році – 1 098 осіб).")[0].value == 1204


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        # (those satisfied out of all asked are the satisfaction's evidence: the share is the part)
        ("Із 60 опитаних 57 (95 %) задоволені якістю послуги.", ("survey_respondents", 60), 95),
        ("Із 19 сімей, які отримували соціальний супровід, 12 подолали складні життєві обставини.", ("served", 19), 12),
        ("З 36 сімей, що перебували під соціальним супроводом, 11 – сім'ї ВПО.", ("served", 36), 11),
    ],
)
def test_a_sentence_opening_on_a_new_whole_gives_it_and_its_parts(make_doc, text, whole, part):
    facts = _facts(make_doc, text)
    assert (facts[0].indicator, facts[0].value) == whole
    assert [f.value for f in facts if f.parent_id == facts[0].fact_id] == [part]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("412 – кількість сімей, що отримали соціальні послуги протягом року.", [("served", 412, "families")]),
        ("58 – кількість сімей, взятих під соціальний супровід; 41 – кількість сімей, з якими завершено роботу.",
         [("support_started", 58, "families"), ("support_completed", 41, "families")]),
        ("Сімей, охоплених супроводом, – 41.", [("served", 41, "families")]),
        ("Осіб, охоплених соціальними послугами, – 412.", [("served", 412, "persons")]),
    ],
)
def test_figures_first_and_labels_first(make_doc, text, expected):
    assert [(f.indicator, f.value, f.unit) for f in _facts(make_doc, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Соціальних робітників – 34 особи, з них 30 мають профільну освіту.", ("staff_actual", 34, "staff")),
        ("Протягом звітного періоду на соціальне обслуговування взято 63 особи, знято – 41.",
         ("deregistered", 41, "persons")),
        ("На облік взято 12 сімей, знято 9.", ("deregistered", 9, "families")),
    ],
)
def test_a_label_or_an_elided_register_names_the_figure(make_doc, text, expected):
    assert expected in [(f.indicator, f.value, f.unit) for f in _facts(make_doc, text)]


def test_staff_trained_before_the_figure_is_no_headcount(make_doc):
    assert _facts(make_doc, "Станом на 01.07.2021 провакциновано: 17 працівників, що складає 44,7 %.") == []


def test_a_whole_s_service_is_not_its_first_item_s_after_u_t_ch(make_doc):
    facts = _facts(make_doc, "Надано 4 350 соціальних послуг, у т. ч. консультування – 2 100, інформування – 1 900.")
    assert [(f.value, f.service) for f in facts] == [(4350, None), (2100, "counselling"), (1900, "informing")]


def test_a_count_defined_by_a_relative_clause_after_a_qualified_noun(make_doc):
    assert [(f.indicator, f.value, f.unit) for f in _facts(make_doc, "Кількість сімей з дітьми, які отримали послуги: 97.")] \
        == [("served", 97, "families")]


def test_figures_first_items_and_a_restated_figure_opening_its_own_list(make_doc):
    facts = _facts(make_doc, "1 186 – загальна кількість осіб, обслугованих ТЦСО за півріччя (І півр. 2024 – 1 142), з них:\n"
                             "412 – відділення соціальної допомоги вдома;\n96 – відділення денного перебування.\n\n"
                             "412 осіб вдома – це:\nодинокі та одиноко проживаючі – 247;\nВПО – 38;\nінші – 26.")
    top, home = facts[0], facts[1]
    assert [f.value for f in facts if f.parent_id == top.fact_id] == [412, 96]
    assert [f.value for f in facts if f.parent_id == home.fact_id] == [247, 38, 26]


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        ("1 320 – звернень за півріччя (особисто – 874, телефоном – 446).", ("applied", 1320, "applications"), [874, 446]),
        ("Надано 742 консультації (психологічні – 163, юридичні – 214).", ("services_provided", 742, "services"), [163, 214]),
    ],
)
def test_a_bracket_of_named_parts_after_a_figure_first_count(make_doc, text, whole, parts):
    facts = _facts(make_doc, text)
    assert (facts[0].indicator, facts[0].value, facts[0].unit) == whole
    assert [f.value for f in facts if f.parent_id == facts[0].fact_id] == parts


def test_social_taxi_abbreviated(make_doc):
    assert {f.service for f in _facts(make_doc, "Соцтаксі: 143 поїздки, обслуговано 58 осіб.")} == {"social_taxi"}


def test_people_in_posts_are_staff(make_doc):
    facts = _facts(make_doc, "Штатна чисельність – 19 посад, зайнято 17 (з них фахівців із соціальної роботи – 11).")
    assert [(f.indicator, f.value, f.unit) for f in facts] == [
        ("staff_positions", 19, "positions"), ("staff_actual", 17, "staff"), ("staff_actual", 11, "staff")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("391 особа – під доглядом вдома.", [("served", 391, "persons", "home_care")]),
        ("• 63 дитини – у відділенні денного догляду.", [("served", 63, "children", "day_care")]),
    ],
)
def test_a_figure_first_whose_dash_names_a_service(make_doc, text, expected):
    assert [(f.indicator, f.value, f.unit, f.service) for f in _facts(make_doc, text)] == expected


def test_a_middle_dot_parts_the_items_of_one_line(make_doc):
    facts = _facts(make_doc, "У 2024 році: 2 415 звернень до Центру · 12 скарг · 58 групових заходів.")
    assert [(f.indicator, f.value) for f in facts] == [("applied", 2415), ("complaints", 12), ("events", 58)]


@pytest.mark.parametrize(("text", "share"), [
    ("У вересні опитано 120 отримувачів: 114 з них (95 %) задоволені якістю послуги.", 95),
    ("В анкетуванні взяли участь 40 отримувачів, 38 з яких (95 %) повністю задоволені якістю послуги.", 95),
    ("Загалом задоволені отриманою послугою 39 з 41 опитаних (95,1 %).", 95.1),
    ("Взяли участь 64 особи; задоволеність якістю послуг висловили 59 респондентів, або 92 %.", 92),
    # those satisfied on their own line, or only partly: the count alone
    ("Повністю задоволені якістю послуг – 66 (91,7 %), частково задоволені – 6 (8,3 %).", None),
    ("Опитано 40 осіб, з них 3 (7,5 %) задоволені частково.", None),
])
def test_respondents_satisfied_out_of_those_asked_give_the_satisfaction(make_doc, text, share):
    got = [f.value for f in _facts(make_doc, text) if f.indicator == "satisfaction"]
    assert got == ([share] if share is not None else [])


def test_a_work_plan_table_reports_in_its_prose_cells(make_doc):
    """«№ | Захід | Термін | Відповідальний | Відмітка про виконання»: the last cell reports in
    sentences, about the service the measure names; the dates and row numbers are no figures."""
    plan = [["№", "Захід", "Термін", "Відповідальний", "Відмітка про виконання"],
            ["1", "Надання послуги догляду вдома", "постійно", "відділення",
             "Виконано. Послугу отримували 176 осіб, з них 12 осіб взято на обслуговування у вересні."],
            ["2", "Складання графіків роботи", "до 25 числа", "заступник директора", "Виконано."],
            ["3", "Соціальний супровід сімей, які перебувають у СЖО", "постійно", "фахівці",
             "Виконано. Під супроводом перебувало 26 сімей (53 дитини); завершено супровід 9 сімей."]]
    facts = extract_facts(make_doc(["ЗВІТ про виконання плану роботи за III квартал 2026 року", plan]))
    got = {(f.indicator, f.value, f.unit, f.service) for f in facts}
    assert {("served", 176, "persons", "home_care"), ("served", 26, "families", "social_support_sjo"),
            ("served", 53, "children", "social_support_sjo"),
            ("support_completed", 9, "families", "social_support_sjo")} <= got
    assert not {f.value for f in facts} & {1, 2, 3, 25}


def test_a_table_of_figures_is_no_prose(make_doc):
    table = [["Показник", "Кількість"], ["Отримали послугу догляду вдома, осіб", "176"],
             ["Надано послуг, од.", "5 934"]]
    from zvitparse.extract.sentences import sentences

    assert sentences(make_doc([table])) == []


def test_items_of_a_service_list_keep_their_own_services(make_doc):
    """«соціальний супровід сімей у СЖО – 88, соціальне супроводження прийомних сімей – 11»: the
    foster service's words do not reach back over the item before to «супровід»."""
    facts = _facts(make_doc, "Соціальні послуги надано 1 026 сім'ям/особам, у тому числі: інформування – 402, "
                   "соціальний супровід сімей у СЖО – 88, соціальне супроводження прийомних сімей та ДБСТ – 11.")
    assert [(f.value, f.service) for f in facts if f.parent_id] == [
        (402, "informing"), (88, "social_support_sjo"), (11, "social_support_foster")]


@pytest.mark.parametrize("intro", ["Серед сімей під супроводом: ", "Серед сімей, які перебували під супроводом: "])
def test_an_among_intro_lists_the_whole_its_words_count(make_doc, intro):
    """«Серед сімей під супроводом:» after «… 88 сім'ям, з них 57 сімей взято під супровід»: the 88."""
    facts = _facts(make_doc, "Соціальний супровід у 2025 році надавався 88 сім'ям, з них 57 сімей взято під супровід. "
                   + intro + "сімей ВПО – 21, сімей, у яких вчинено домашнє насильство, – 9, інші – 58.")
    whole = next(f for f in facts if f.value == 88)
    assert [(f.indicator, f.parent_id) for f in facts if f.value in (21, 9, 58)] == [("served", whole.fact_id)] * 3


@pytest.mark.parametrize(
    "text",
    ["Пропозиції на 2024 рік: ввести 4 додаткові ставки соціальних робітників для обслуговування 220 осіб.",
     "Пропозиції: до 01.07.2025 розглянути питання про збільшення штатної чисельності на 2 посади.",
     "Рекомендації: 1) розмістити інформацію в усіх 4 старостинських округах; 2) провести 2 навчання."],
)
def test_proposals_and_recommendations_are_no_results(make_doc, text):
    assert _facts(make_doc, text) == []


def test_a_part_in_parentheses_keeps_its_item_s_service_and_the_list_goes_on(make_doc):
    facts = _facts(make_doc, "Соціальні послуги ми надали 519 особам: догляд вдома – 167, денний догляд – 31 "
                             "(у тому числі 12 дітей з інвалідністю), консультування – 117, натуральна допомога – 204.")
    whole = facts[0]
    got = [(f.value, f.unit, f.service, f.parent_id == whole.fact_id) for f in facts[1:]]
    assert got == [(167, "persons", "home_care", True), (31, "persons", "day_care", True),
                   (12, "children", "day_care", False), (117, "persons", "counselling", True),
                   (204, "persons", "natural_aid", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Понад дві тисячі консультацій – точніше, 2 318 – надали наші фахівці.", [("services_provided", 2318)]),
        ("Наші заходи відвідали майже шістсот учасників, а точно – 596.", [("event_participants", 596)]),
        ("Заходи відвідали 596 учасників, 2 318 консультацій надали фахівці.",
         [("event_participants", 596), ("services_provided", 2318)]),
    ],
)
def test_a_rounded_figure_corrected_to_the_exact_one_gives_the_exact_one(make_doc, text, expected):
    assert [(f.indicator, f.value) for f in _facts(make_doc, text)] == expected


@pytest.mark.parametrize(
    "text",
    ["Протягом року ми зняли з обслуговування 141 особу.", "Знято з обслуговування 141 особу.",
     "Зняли з соціального обслуговування 141 особу."],
)
def test_taken_off_service_in_any_voice(make_doc, text):
    assert [(f.indicator, f.value) for f in _facts(make_doc, text)] == [("deregistered", 141)]


def test_a_part_named_after_its_percent_and_a_dash(make_doc):
    facts = _facts(make_doc, "Послугу догляду вдома отримували 412 осіб. З 412 отримувачів цієї послуги 287 (69,7 %) – "
                             "особи з інвалідністю, 64 – одинокі особи.")
    assert [(f.value, f.unit, f.label) for f in facts[1:]] == [
        (287, "persons", "особи з інвалідністю"), (64, "persons", "одинокі особи")]


def test_a_list_opened_after_an_aside_comparing_years_is_of_the_whole_before_it(make_doc):
    facts = _facts(make_doc, "За І півріччя 2025 року обслуговано 1 126 осіб\n(за І півріччя 2024 року – 1 089 осіб), "
                             "а саме:\n- відділенням соціальної допомоги вдома – 436 осіб;\n"
                             "- відділенням денного перебування – 214 осіб.")
    whole = next(f for f in facts if f.value == 1126)
    assert [(f.value, f.service) for f in facts if f.parent_id == whole.fact_id] == [(436, "home_care"), (214, "day_care")]


def test_a_breakdown_by_service_after_an_aside_in_parentheses_is_of_the_sentence_s_whole(make_doc):
    facts = _facts(make_doc, "Соціальні послуги надано 1 356 сім'ям/особам, у яких виховується 1 048 дітей "
                             "(за І півріччя 2024 року – 1 197 сім'ям/особам). За видами послуг: інформування – 612, "
                             "консультування – 538, кризове та екстрене втручання – 23.")
    whole = next(f for f in facts if f.value == 1356)
    assert [(f.value, f.unit, f.service) for f in facts if f.parent_id == whole.fact_id and f.unit != "children"] == [
        (612, "families_persons", "informing"), (538, "families_persons", "counselling"),
        (23, "families_persons", "crisis_intervention")]


def test_aid_named_with_its_kind_in_parentheses_is_natural_aid(make_doc):
    facts = _facts(make_doc, "Гуманітарну (натуральну) допомогу від благодійних фондів отримали 146 сімей.")
    assert [(f.indicator, f.value, f.service) for f in facts] == [("served", 146, "natural_aid")]


@pytest.mark.parametrize("sentence, indicator, value", [
    ("Ми завершили супровід 15 сімей.", "support_completed", 15),
    ("На сьогодні супроводжуємо 23 сім'ї.", "support_ongoing", 23),
    ("Двадцять шість сімей ми зняли із супроводу з позитивним результатом.", "outcome_positive", 26),
])
def test_support_of_families_under_a_section_on_another_service_is_social_support(
        make_doc, sentence, indicator, value) -> None:
    # the section is on home care; the sentence names the support of families
    facts = [f for f in extract_facts(make_doc(["3. Догляд вдома", "Послугу догляду вдома отримували 112 осіб. " + sentence]))
             if f.value == value]
    assert [(f.indicator, f.unit, f.service) for f in facts] == [(indicator, "families", SJO)]


@pytest.mark.parametrize("item", ["134 – вдома", "134 — на дому", "134 - вдома"])
def test_a_list_item_naming_only_the_home_is_home_care(make_doc, item: str) -> None:
    text = f"У І кварталі 2024 року ми обслуговували 512 осіб: {item}, 52 – у відділенні денного перебування."
    facts = {f.value: f for f in extract_facts(make_doc([text]))}
    assert (facts[134].service, facts[52].service) == ("home_care", "day_care")


@pytest.mark.parametrize("intro", ["З них:", "З них виховуються:", "З них перебувають:"])
def test_a_list_opened_in_a_sentence_of_its_own_after_its_whole(make_doc, intro: str) -> None:
    text = (f"На первинному обліку Служби перебуває 87 дітей. {intro}\nпід опікою, піклуванням – 58 дітей;\n"
            "у прийомних сім'ях – 19 дітей;\nу закладах інституційного догляду – 10 дітей.")
    facts = extract_facts(make_doc([text]))
    whole = next(f for f in facts if f.value == 87)
    assert sorted(f.value for f in facts if f.parent_id == whole.fact_id) == [10, 19, 58]
    assert all(f.indicator == "registered" and f.unit == "children" for f in facts)


@pytest.mark.parametrize("sentence", ["Надання послуги продовжено на 2025 рік 31 сім'ї.",
                                      "Продовжено надання послуги у 2025 році 31 сім'ї.",
                                      "Надання соціальної послуги продовжується для 31 сім'ї."])
def test_support_carried_into_the_next_year(make_doc, sentence: str) -> None:
    facts = extract_facts(make_doc(["Соціальний супровід сімей. Завершено надання послуги 20 сім'ям. " + sentence]))
    assert [(f.indicator, f.unit) for f in facts if f.value == 31] == [("support_ongoing", "families")]


@pytest.mark.parametrize("sentence, indicator", [
    ("Закінчили супровід 45 сімей.", "support_completed"),
    ("Супровід закінчили 45 сім'ям.", "support_completed"),
    ("На 2024 рік супровід перейшов для 45 сімей.", "support_ongoing"),
])
def test_support_in_the_first_person(make_doc, sentence: str, indicator: str) -> None:
    facts = extract_facts(make_doc(["Упродовж року під нашим соціальним супроводом перебували 78 сімей. " + sentence]))
    assert [(f.indicator, f.service) for f in facts if f.value == 45] == [(indicator, SJO)]


@pytest.mark.parametrize("intro", ["Серед обслуговуваних вдома", "Серед них", "Серед сімей під супроводом"])
def test_a_sentence_opening_among_the_people_just_counted_lists_their_categories(make_doc, intro: str) -> None:
    text = ("Послугу догляду вдома отримали 318 осіб, під соціальним супроводом перебували 40 сімей. "
            if "сімей" in intro else "Послугу догляду вдома отримали 318 осіб. ")
    text += f"{intro} 12 осіб з інвалідністю, 18 одиноких громадян." if "сімей" not in intro else \
        f"{intro} 12 сімей ВПО, 18 багатодітних сімей."
    facts = extract_facts(make_doc([text]))
    whole = next(f for f in facts if f.value == (40 if "сімей" in intro else 318))
    assert sorted(f.value for f in facts if f.parent_id == whole.fact_id) == [12, 18]


@pytest.mark.parametrize(("text", "want"), [
    # after «у» a number counts a noun in the locative: the nominative after it is the verb's subject
    ("Із 33 сімей, яким завершено супровід, у 24 складні життєві обставини подолано.", ("outcome_positive", 24, "families")),
    ("Завершено супровід 33 сімей: у 24 СЖО подолано.", ("outcome_positive", 24, "families")),
])
def test_a_number_after_u_counts_the_noun_it_governs(make_doc, text, want):
    got = [(f.indicator, f.value, f.unit) for f in extract_facts(make_doc([text]), {})]
    assert want in got


def test_a_place_counted_after_u_is_no_count_of_people(make_doc):
    facts = extract_facts(make_doc(["Послуга надається у місті та у 31 населеному пункті громади."]), {})
    assert [f.value for f in facts] == []


def test_a_list_among_one_service_s_recipients_is_of_that_service(make_doc):
    text = ("1. Станом на 30.06.2025 на обслуговуванні перебуває 463 особи, зокрема:\n"
            "- відділення соціальної допомоги вдома - 298 осіб;\n- відділення денного перебування - 117 осіб.\n\n"
            "Серед отримувачів послуги догляду вдома:\n- одинокі громадяни - 121 (40,6 %);\n"
            "- внутрішньо переміщені особи - 23 (7,7 %).")
    facts = extract_facts(make_doc(["ІНФОРМАЦІЯ про роботу за І півріччя 2025 року", text]), {})
    by_value = {f.value: f for f in facts}
    assert by_value[121].service == by_value[23].service == "home_care"
    assert by_value[121].parent_id == by_value[298].fact_id


@pytest.mark.parametrize(("text", "want"), [
    ("Протягом року на такий облік поставлено 9 дітей.", ("registered_new", 9, "children")),
    ("Упродовж року на цей облік поставлено 11 дітей.", ("registered_new", 11, "children")),
    # a register counted at the year's end is the register, not support going on
    ("На обліку дітей, які перебувають у складних життєвих обставинах, на кінець року перебуває 23 дитини.",
     ("registered", 23, "children")),
    ("На кінець року під соціальним супроводом перебуває 23 сім'ї.", ("support_ongoing", 23, "families")),
])
def test_a_children_s_register(make_doc, text, want):
    assert want in [(f.indicator, f.value, f.unit) for f in extract_facts(make_doc([text]), {})]


def test_a_list_item_naming_a_place_counts_its_whole_s_children(make_doc):
    text = ("На первинному обліку Служби перебуває 58 дітей-сиріт. З 58 дітей 47 влаштовано так: "
            "під опікою, піклуванням – 36, у прийомних сім'ях – 8, у дитячому будинку сімейного типу – 3.")
    facts = extract_facts(make_doc(["Звіт служби у справах дітей за 2023 рік.", text]), {})
    assert {f.value: f.unit for f in facts}[3] == "children"


@pytest.mark.parametrize(("text", "expected"), [
    ("Під супроводом находилось 24 сімї.", ("served", 24, "families")),
    ("Повідомлень про сімї в СЖО поступило 29.", ("notified", 29, "families")),
    ("Гаряча лінія — 37 звонків.", ("calls", 37, "calls")),
    ("Послугами охоплено 96 чел.", ("served", 96, "persons")),
])
def test_a_hasty_report_s_russianisms_and_dropped_apostrophes(text, expected):
    from zvitparse.read import read_bytes

    facts = extract_facts(read_bytes(text.encode(), "t.txt"), {})
    assert [(f.indicator, f.value, f.unit) for f in facts] == [expected]


@pytest.mark.parametrize("text", ["Анкетування охопило 120 отримувачів послуги.", "Опитуванням було охоплено 120 отримувачів.",
                                  "Опитування охопило понад 120 отримувачів послуг."])
def test_a_survey_covering_people_counts_its_respondents(text):
    from zvitparse.read import read_bytes

    facts = extract_facts(read_bytes(text.encode(), "t.txt"), {})
    assert [(f.indicator, f.value) for f in facts] == [("survey_respondents", 120)]


@pytest.mark.parametrize(
    "text",
    ["В анкетуванні взяли участь 54 отримувачі, рівень задоволеності склав 96,3 % (52 з 54 опитаних).",
     "Опитано 46 отримувачів догляду вдома. За результатами анкетування 45 із 46 опитаних задоволені якістю послуги.",
     "У опитуванні взяли участь 64 особи. Задоволених – 59 із 64 опитаних."],
)
def test_the_whole_a_part_is_out_of_is_not_given_twice(make_doc, text):
    whole = int(text.split(" з ")[-1].split(" із ")[-1].split()[0]) if " з " in text else None
    facts = _facts(make_doc, text)
    values = [f.value for f in facts if f.indicator == "survey_respondents"]
    assert values.count(whole or values[0]) == 1, values


@pytest.mark.parametrize(
    ("text", "expected"),
    [("— фахівців (супровід) — 3", [("staff_actual", 3)]),
     ("Психологів (за сумісництвом) – 2.", [("staff_actual", 2)]),
     ("Фахівців (вакансії) – 2.", []),
     ("Навантаження: 1 фахівець : 15 сімей (норматив 1 : 12).", []),
     ("Співвідношення 1:25 не змінилося; 1 соціальний робітник : 9 отримувачів.", [])],
)
def test_an_aside_in_brackets_and_ratios(make_doc, text, expected):
    assert [(f.indicator, f.value) for f in _facts(make_doc, text)] == expected


@pytest.mark.parametrize("whole", ["ці 318 осіб", "усі ці 318 осіб", "із 318 осіб"])
def test_a_whole_named_again_with_a_demonstrative_heads_its_list(make_doc, whole):
    text = ("У відділенні соціальної допомоги вдома обслуговано 318 осіб. "
            f"За категоріями {whole} розподіляються так: особи з інвалідністю - 96, громадяни похилого віку - 173, інші - 49.")
    facts = _facts(make_doc, text)
    first = next(f for f in facts if f.value == 318)
    assert [f.value for f in facts if f.parent_id == first.fact_id] == [96, 173, 49]
    assert [f.value for f in facts].count(318) == 1


@pytest.mark.parametrize("text", [
    "За звітний період на такий облік поставлено 9 дітей, знято з нього 7 дітей.",
    "Упродовж звітного періоду на цей облік взято 9 дітей, знято з нього 7 дітей у зв'язку з подоланням обставин.",
])
def test_taken_off_it_after_a_register_is_deregistered(make_doc, text):
    got = [(f.indicator, f.value) for f in _facts(make_doc, text)]
    assert ("deregistered", 7) in got and ("outcome_positive", 7) not in got


def test_case_management_is_support(make_doc):
    got = [(f.indicator, f.value, f.unit) for f in _facts(make_doc, "Під кейс-менеджмент протягом проєкту взято 52 сім'ї, у яких виховується 96 дітей.")]
    assert got == [("support_started", 52, "families"), ("support_started", 96, "children")]


@pytest.mark.parametrize("lead", ["З числа обслугованих удома", "Із числа обслуговуваних вдома"])
def test_a_sentence_opening_on_a_whole_named_again_lists_its_parts(make_doc, lead):
    facts = _facts(make_doc, "Відділення соціальної допомоги вдома обслуговувало 178 осіб.\n\n"
                             f"{lead} 178 осіб одинокопроживаючі – 51 особа, інші категорії – 37 осіб.")
    assert [f.value for f in facts] == [178, 51, 37]
    assert [f.parent_id for f in facts[1:]] == [facts[0].fact_id] * 2


@pytest.mark.parametrize("text", [
    "Звіт за І півріччя 2025 року. Кількість звернень зросла на 17 % (тоді звернулося 894 особи).",
    "До центру звернулися 318 родин – на 47 більше, ніж торік за той самий час (тоді – 271).",
])
def test_a_bracket_opening_on_then_holds_the_figure_compared_with(make_doc, text):
    from zvitparse.extract import extract_facts
    from zvitparse.extract.meta import extract_meta

    doc = make_doc([text])
    assert not [f for f in extract_facts(doc, extract_meta(doc)) if f.value in (894, 271)]


@pytest.mark.parametrize("intro", ["Отримувачі послуги догляду вдома за категоріями:",
                                   "Серед отримувачів послуги догляду вдома:",
                                   "Підопічні відділення догляду вдома у розрізі категорій:"])
def test_a_list_named_by_its_service_breaks_down_that_service_s_count(make_doc, intro):
    facts = _facts(make_doc, "Усього обслуговано 296 осіб, а саме:\n- відділенням соціальної допомоги вдома – 174 особи;\n"
                             f"- відділенням денного перебування – 63 особи.\n{intro}\n- пенсіонери за віком – 129;\n"
                             "- особи з інвалідністю I–III груп – 38;\n- інші категорії – 11.")
    by_value = {f.value: f for f in facts}
    assert {129, 38, 11} <= set(by_value)
    assert {by_value[v].parent_id for v in (129, 38, 11)} == {by_value[174].fact_id}


@pytest.mark.parametrize(("text", "expected"), [
    ("Догляд вдома: 86 осіб, з них 31 — одинокі", [("served", 86, "home_care"), ("served", 31, "home_care")]),
    ("Соціальний супровід сімей у СЖО: 27 сімей, у них 61 дитина",
     [("served", 27, "social_support_sjo"), ("served", 61, "social_support_sjo")]),
    ("Інформування: 402 особи", [("served", 402, "informing")]),
])
def test_a_line_naming_a_service_before_its_colon_counts_those_served(make_doc, text, expected):
    got = [(f.indicator, f.value, f.service) for f in _facts(make_doc, text)]
    assert got == expected


def test_applications_broken_down_by_kind_after_they_were_counted(make_doc):
    facts = _facts(make_doc, "Ми прийняли 312 заяв про призначення допомог. За видами допомоги заяви розподілилися так:\n"
                             "– на житлову субсидію – 146;\n– інші види допомог і пільг – 59.")
    whole = next(f for f in facts if f.value == 312)
    assert {(f.value, f.indicator, f.parent_id) for f in facts if f.value in (146, 59)} == {
        (146, "applied", whole.fact_id), (59, "applied", whole.fact_id)}


def test_a_category_of_those_served_is_no_whole_of_the_next_of_them(make_doc):
    facts = _facts(make_doc, "На обслуговуванні у відділенні соціальної допомоги вдома перебувало 186 осіб. "
                             "Серед обслуговуваних – 23 особи з інвалідністю I групи та 11 внутрішньо переміщених осіб. "
                             "З них на платній основі обслуговувалося 42 особи.")
    by_value = {f.value: f for f in facts}
    assert by_value[42].parent_id == by_value[186].fact_id


@pytest.mark.parametrize("text, whole, parts", [
    ("1.1. Звернулися до закладу 538 осіб\n\nа) внутрішньо переміщені особи – 164\n\nб) особи з інвалідністю – 97",
     538, [164, 97]),
    ("2. Надано 14 126 соціальних послуг\n– консультування – 612\n– догляд вдома – 11 904", 14126, [612, 11904]),
])
def test_an_outline_s_next_level_lists_the_figure_above_it(make_doc, text, whole, parts):
    """A numbered item over items one level down («1.1.» over «а)», «2.» over «–») is broken down
    by them, as a colon would say."""
    facts = _facts(make_doc, text)
    head = next(f for f in facts if f.value == whole)
    assert [f.value for f in facts if f.parent_id == head.fact_id] == parts


def test_items_of_the_same_level_are_no_parts_of_each_other(make_doc):
    facts = _facts(make_doc, "1. Звернулися до закладу 538 осіб\n\n2. Надано 1 204 соціальні послуги")
    assert [(f.value, f.parent_id) for f in facts] == [(538, None), (1204, None)]
