"""b116_02: ЦСС Терешківської сільської ради, information for H1 2025. UTF-8 TXT, first person plural."""
from common import Gold, write_text, report_path

DOC = "b116_02_tereshky_css_h1_2025.txt"

TEXT = """\
ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ТЕРЕШКІВСЬКОЇ СІЛЬСЬКОЇ РАДИ
Полтавського району Полтавської області
38751, с. Терешки, вул. Шкільна, 4 | тел. (0532) 0-61-93 | css.tereshky@example.ua

Вих. № 01-14/233 від 04.07.2025

Відділу соціального захисту населення
Терешківської сільської ради

ІНФОРМАЦІЯ
про результати роботи центру за І півріччя 2025 року

Упродовж першого півріччя 2025 року ми працювали в умовах воєнного стану,
виконуючи заходи Програми соціальної підтримки сімей, дітей та молоді на
2024–2026 роки (рішення 38 сесії 8 скликання від 21.12.2023 № 1054).

1. Виявлення сімей у складних життєвих обставинах

За шість місяців до нас надійшли повідомлення про 74 сім'ї, які можуть
перебувати у складних життєвих обставинах. Повідомляли: служба у справах
дітей – 29, заклади освіти – 18, поліція – 15, заклади охорони здоров'я – 12.
Оцінку потреб ми провели 68 сім'ям. Такими, що перебувають у складних
життєвих обставинах, визнано 41 сім'ю, у яких виховується 87 дітей.

2. Соціальні послуги

Соціальними послугами центр охопив 512 сімей/осіб – на 114 більше, ніж
за І півріччя 2024 року (398). Серед отримувачів – 97 внутрішньо
переміщених осіб. Всього надали 1946 послуг. Найбільше – консультування
(1128 послуг) та інформування (603); далі соціальний супровід – 161,
кризове втручання – 38, представництво інтересів – 16.

Під соціальним супроводом у нас перебувало 36 сімей (79 дітей), з них 14
сімей ми взяли під супровід уже в цьому році. Закрито 11 випадків: у семи
сім'ях складні життєві обставини подолано, у трьох – мінімізовано, одна
сім'я переїхала за межі громади. На 30.06.2025 супровід триває для 25 сімей.

Фахівці центру супроводжують 5 сімей (4 прийомні сім'ї та один дитячий
будинок сімейного типу), у яких виховується 17 дітей. Термін перебування
дітей у цих сім'ях – від 1 до 9 років.

3. Профілактична робота

Провели 22 групові заходи («Батьківська школа», тренінги для підлітків,
заняття з безпеки) – участь у них взяли 318 осіб, з них 204 дитини.
На телефон «гарячої лінії» центру надійшло 143 дзвінки.
Разом з благодійними фондами забезпечили гуманітарною допомогою 63 сім'ї
(240 продуктових наборів).

4. Кадри

За штатним розписом у центрі 9 посад, фактично працюють 8 працівників
(вакантна посада психолога). Троє фахівців пройшли навчання за програмою
Національної соціальної сервісної служби (обсяг – 30 годин).

Скарг на роботу центру не надходило.

У ІІ півріччі плануємо запровадити послугу посередництва (медіації) та
провести щонайменше 12 заходів у старостинських округах.

Директорка центру                               (підпис)
"""

write_text(report_path(DOC), TEXT)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Терешківської сільської ради",
    "centre_type": "css", "settlement": "Терешки", "oblast": "Полтавська",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
})
f = g.f
n1 = f("notified", "families", 74, "надійшли повідомлення про 74 сім'ї")
G = "notified_74_by_source"
n2 = f("notified", "families", 29, "дітей – 29", label="служба у справах дітей", group=G, parent=n1)
n3 = f("notified", "families", 18, "заклади освіти – 18", label="заклади освіти", group=G, parent=n1)
n4 = f("notified", "families", 15, "поліція – 15", label="поліція", group=G, parent=n1)
n5 = f("notified", "families", 12, "заклади охорони здоров'я – 12", label="заклади охорони здоров'я", group=G, parent=n1)
n6 = f("needs_assessed", "families", 68, "Оцінку потреб ми провели 68 сім'ям")
n7 = f("in_difficult_circumstances", "families", 41, "визнано 41 сім'ю")
n8 = f("in_difficult_circumstances", "children", 87, "у яких виховується 87 дітей", parent=n7)
n9 = f("served", "families_persons", 512, "Соціальними послугами центр охопив 512 сімей/осіб")
n10 = f("served", "persons", 97, "Серед отримувачів – 97 внутрішньо", category="внутрішньо переміщені особи",
        parent=n9)
n11 = f("services_provided", "services", 1946, "Всього надали 1946 послуг")
G = "services_1946_by_service"
n12 = f("services_provided", "services", 1128, "(1128 послуг)", service="counselling", group=G, parent=n11)
n13 = f("services_provided", "services", 603, "інформування (603)", service="informing", group=G, parent=n11)
n14 = f("services_provided", "services", 161, "соціальний супровід – 161", service="social_support_sjo",
        group=G, parent=n11)
n15 = f("services_provided", "services", 38, "кризове втручання – 38", service="crisis_intervention",
        group=G, parent=n11)
n16 = f("services_provided", "services", 16, "представництво інтересів – 16", service="representation",
        group=G, parent=n11)
n17 = f("served", "families", 36, "Під соціальним супроводом у нас перебувало 36 сімей",
        service="social_support_sjo", alt=["support_ongoing"])
n18 = f("served", "children", 79, "36 сімей (79 дітей)", service="social_support_sjo",
        alt=["support_ongoing"], parent=n17)
n19 = f("support_started", "families", 14, "з них 14", service="social_support_sjo", parent=n17)
n20 = f("support_completed", "families", 11, "Закрито 11 випадків", service="social_support_sjo",
        alt=["deregistered"], parent=n17)
G = "completed_11_by_outcome"
n21 = f("outcome_positive", "families", 7, "у семи\nсім'ях складні життєві обставини подолано",
        service="social_support_sjo", group=G, parent=n20, note="number in words")
n22 = f("outcome_minimized", "families", 3, "у трьох – мінімізовано", service="social_support_sjo",
        group=G, parent=n20, note="number in words")
n23 = f("outcome_other", "families", 1, "одна\nсім'я переїхала за межі громади", service="social_support_sjo",
        label="переїзд за межі громади", group=G, parent=n20, note="number in words")
n24 = f("support_ongoing", "families", 25, "супровід триває для 25 сімей", service="social_support_sjo")
n25 = f("served", "families", 5, "Фахівці центру супроводжують 5 сімей", service="social_support_foster")
G = "foster_5_by_form"
n26 = f("served", "families", 4, "4 прийомні сім'ї", service="social_support_foster", label="прийомні сім'ї",
        group=G, parent=n25)
n27 = f("served", "families", 1, "один дитячий", service="social_support_foster",
        label="дитячий будинок сімейного типу", group=G, parent=n25, note="number in words")
n28 = f("served", "children", 17, "у яких виховується 17 дітей", service="social_support_foster", parent=n25)
n29 = f("events", "events", 22, "Провели 22 групові заходи")
n30 = f("event_participants", "persons", 318, "участь у них взяли 318 осіб", parent=n29)
n31 = f("event_participants", "children", 204, "з них 204 дитини", parent=n30)
n32 = f("calls", "calls", 143, "надійшло 143 дзвінки")
n33 = f("served", "families", 63, "забезпечили гуманітарною допомогою 63 сім'ї",
        label="гуманітарна допомога разом з благодійними фондами",
        note="charity aid passed on by the centre; no service id is set (natural_aid is a possible reading)")
n34 = f("staff_positions", "positions", 9, "у центрі 9 посад")
n35 = f("staff_actual", "staff", 8, "фактично працюють 8 працівників")
n36 = f("staff_trained", "staff", 3, "Троє фахівців пройшли навчання", note="number in words")
n37 = f("complaints", "complaints", 0, "Скарг на роботу центру не надходило.")

g.check("parts_sum", "Повідомляли: служба у справах", "29 + 18 + 15 + 12 = 74", "f2 + f3 + f4 + f5 == f1")
g.check("parts_sum", "Оцінку потреб ми провели 68 сім'ям", "41 found in СЖО ≤ 68 assessed ≤ 74 notified",
        "f7 <= f6 <= f1")
g.check("parts_sum", "Всього надали 1946 послуг", "1128 + 603 + 161 + 38 + 16 = 1946",
        "f12 + f13 + f14 + f15 + f16 == f11")
g.check("parts_sum", "Закрито 11 випадків", "7 + 3 + 1 = 11", "f21 + f22 + f23 == f20")
g.check("parts_sum", "супровід триває для 25 сімей", "36 − 11 = 25 still under support; 14 new ≤ 36",
        "f17 - f20 == f24 and f19 <= f17")
g.check("parts_sum", "Фахівці центру супроводжують 5 сімей", "4 + 1 = 5", "f26 + f27 == f25")
g.check("parts_sum", "з них 204 дитини", "204 ≤ 318", "f31 <= f30")
g.check("parts_sum", "фактично працюють 8 працівників", "8 ≤ 9", "f35 <= f34")

g.skip("38751, с. Терешки, вул. Шкільна, 4 | тел. (0532) 0-61-93", [38751, 4, 532, 0, 61, 93], "postcode, address, phone")
g.skip("Вих. № 01-14/233 від 04.07.2025", [1, 14, 233, 4, 7, 2025], "outgoing number and date")
g.skip("за І півріччя 2025 року", [2025], "period")
g.skip("Упродовж першого півріччя 2025 року", [2025], "year")
g.skip("2024–2026 роки (рішення 38 сесії 8 скликання від 21.12.2023 № 1054)", [2024, 2026, 38, 8, 21, 12, 2023, 1054],
       "programme years, session, decision")
g.skip("на 114 більше, ніж", [114], "difference to the prior period")
g.skip("за І півріччя 2024 року (398)", [2024, 398], "prior-period figure")
g.skip("На 30.06.2025", [30, 6, 2025], "date")
g.skip("від 1 до 9 років", [1, 9], "durations")
g.skip("(240 продуктових наборів)", [240], "items")
g.skip("(обсяг – 30 годин)", [30], "duration")
g.skip("провести щонайменше 12 заходів", [12], "plan")
g.skip("1. Виявлення сімей", [1, 2, 3, 4], "section numbers 1.–4.")

g.note("no planted slip: every breakdown adds up")
g.note("«сімей/осіб» → families_persons; the 97 IDPs are persons among them (parent only, no group)")
g.note("services: «консультування (1128 послуг) та інформування (603); далі соціальний супровід – 161 …» → "
       "services_provided by service; the five sum to 1946")
g.note("«Під соціальним супроводом … перебувало» → served (alt support_ongoing); «Закрито 11 випадків» → "
       "support_completed (alt deregistered), outcomes as its group; «супровід триває для 25 сімей» on 30.06 → support_ongoing")
g.note("numbers in words are facts: «семи», «трьох», «одна», «один», «Троє»")
g.note("«один дитячий будинок сімейного типу» is counted as one family of the 5 (the text says so)")
g.note("the vacancy (психолог) is not a fact: no §3 id; «Термін перебування … від 1 до 9 років» is a duration")
g.write()
