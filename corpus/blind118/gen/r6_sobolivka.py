"""b118_06: ЦНСП Соболівської сільської ради (Вінницька), information for Q3 2021. UTF-8 TXT, first person
plural, upper-case section titles, a dash list and a small «таблиця» made with spaces."""
from common import Gold, report_path, write_text

NAME = "b118_06_sobolivka_cnsp_q3_2021.txt"

TEXT = """\
Центр надання соціальних послуг Соболівської сільської ради
Вінницька область, Гайсинський район
24622, с. Соболівка, вул. Незалежності, 41, тел. (04334) 0-23-71
cnsp-sobolivka@example.ua

До відділу соціального захисту населення
Соболівської сільської ради
від 05.10.2021 № 97

ІНФОРМАЦІЯ
про роботу Центру надання соціальних послуг у ІІІ кварталі 2021 року

Наш Центр працює з 1 квітня 2021 року (рішення сесії сільської ради
від 24.02.2021 № 5-7/VIII). Подаємо основні показники за липень –
вересень 2021 року.

ЗВЕРНЕННЯ
За квартал до нас звернулося 148 осіб: особисто – 96, телефоном – 52
(у ІІ кварталі – 139 осіб). Оцінку потреб ми провели 41 особі.

ПОСЛУГИ
Ми надали 2 317 соціальних послуг 203 особам. За видами послуг:
 - догляд вдома – 34 особи, 1 856 послуг;
 - денний догляд – 19 осіб, 212 послуг;
 - консультування – 118 осіб, 217 послуг;
 - натуральна допомога – 32 особи, 32 послуги.
Натуральну допомогу (продуктові набори від благодійного фонду) видано
на суму 18,6 тис. грн. Вартість однієї години догляду вдома для
платних отримувачів – 43,20 грн.

СОЦІАЛЬНИЙ СУПРОВІД
Під соціальним супроводом у кварталі перебувало сім сімей, у них
16 дітей. Взяли під супровід дві сім'ї, завершили супровід однієї
сім'ї з позитивним результатом – складні життєві обставини подолано.

ЗАХОДИ
Провели 5 групових заходів (День людей похилого віку 1 жовтня
готували заздалегідь, у вересні), учасників – 84 особи.

КАДРИ
Штатна чисельність      – 21 посада
Фактично працюють       – 19 осіб
  з них соц. робітники  – 11 осіб
Наші 11 соціальних робітників обслуговують вдома 36 осіб, у середньому
по 3–4 підопічних на одного працівника. Двоє працівників пройшли
навчання з надання послуги догляду вдома.

СКАРГИ
Надійшло дві скарги (на несвоєчасний прихід соціального робітника),
обидві розглянуто, вжито заходів.

Довідково: у громаді проживає 2 140 пенсіонерів, з них 312 – одинокі.

Директор Центру                                        (підпис)
"""


def build():
    write_text(report_path(NAME), TEXT)


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Соболівської сільської ради",
        "centre_type": "cnsp", "settlement": "Соболівка", "oblast": "Вінницька",
        "report_kind": "period_report", "period_start": "2021-07-01", "period_end": "2021-09-30",
    })
    f = g.f
    ap = f("applied", "persons", 148, "За квартал до нас звернулося 148 осіб")
    a1 = f("applied", "persons", 96, "особисто – 96", label="особисто", group="applied148_by_way", parent=ap)
    a2 = f("applied", "persons", 52, "телефоном – 52", label="телефоном", group="applied148_by_way", parent=ap)
    f("needs_assessed", "persons", 41, "Оцінку потреб ми провели 41 особі.")
    sp = f("services_provided", "services", 2317, "Ми надали 2 317 соціальних послуг 203 особам")
    sv = f("served", "persons", 203, "Ми надали 2 317 соціальних послуг 203 особам")
    rows = {}
    for svc, q, p_, s_ in (("home_care", " - догляд вдома – 34 особи, 1 856 послуг;", 34, 1856),
                           ("day_care", " - денний догляд – 19 осіб, 212 послуг;", 19, 212),
                           ("counselling", " - консультування – 118 осіб, 217 послуг;", 118, 217),
                           ("natural_aid", " - натуральна допомога – 32 особи, 32 послуги.", 32, 32)):
        q = q.strip()
        rows[svc] = (f("served", "persons", p_, q, service=svc, group="served203_by_service", parent=sv),
                     f("services_provided", "services", s_, q, service=svc, group="services2317_by_service",
                       parent=sp))
    f("aid_value", "uah", 18600, "видано\nна суму 18,6 тис. грн", service="natural_aid")
    ss = f("served", "families", 7, "Під соціальним супроводом у кварталі перебувало сім сімей",
           service="social_support_sjo", alt=["support_ongoing"], note="number in words")
    f("served", "children", 16, "у них\n16 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 2, "Взяли під супровід дві сім'ї", service="social_support_sjo", parent=ss,
           note="number in words")
    cp = f("support_completed", "families", 1, "завершили супровід однієї\nсім'ї з позитивним результатом",
           service="social_support_sjo", alt=["outcome_positive"], parent=ss,
           note="one figure for two readings (completed, with positive result); number in words")
    ev = f("events", "events", 5, "Провели 5 групових заходів")
    f("event_participants", "persons", 84, "учасників – 84 особи", parent=ev)
    pos = f("staff_positions", "positions", 21, "Штатна чисельність – 21 посада")
    act = f("staff_actual", "staff", 19, "Фактично працюють – 19 осіб")
    sw = f("staff_actual", "staff", 11, "з них соц. робітники – 11 осіб", label="соціальні робітники", parent=act)
    sw2 = f("staff_actual", "staff", 11, "Наші 11 соціальних робітників", label="соціальні робітники",
            service="home_care", note="the 11 social workers written again")
    hc2 = f("served", "persons", 36, "обслуговують вдома 36 осіб", service="home_care",
            note="home-care recipients written a second time, with another value (34 in the list): the planted "
                 "internal_conflict")
    f("staff_trained", "staff", 2, "Двоє працівників пройшли\nнавчання", note="number in words")
    f("complaints", "complaints", 2, "Надійшло дві скарги", note="number in words")

    v = lambda x: x[1:]
    g.check("parts_sum", "особисто – 96, телефоном – 52", "96 + 52 = 148", f"f{v(a1)} + f{v(a2)} == f{v(ap)}")
    g.check("parts_sum", "Ми надали 2 317 соціальних послуг 203 особам. За видами послуг:",
            "persons 34 + 19 + 118 + 32 = 203", " + ".join("f" + v(rows[s][0]) for s in rows) + f" == f{v(sv)}")
    g.check("parts_sum", "Ми надали 2 317 соціальних послуг 203 особам. За видами послуг:",
            "services 1 856 + 212 + 217 + 32 = 2 317",
            " + ".join("f" + v(rows[s][1]) for s in rows) + f" == f{v(sp)}")
    g.check("parts_sum", "Взяли під супровід дві сім'ї", "2 taken and 1 completed ≤ 7",
            f"f{v(st)} <= f{v(ss)} and f{v(cp)} <= f{v(ss)}")
    g.check("parts_sum", "з них соц. робітники – 11 осіб", "11 ≤ 19 ≤ 21", f"f{v(sw)} <= f{v(act)} <= f{v(pos)}")
    g.check("internal_conflict", "Наші 11 соціальних робітників", "11 social workers in the table = 11 in prose",
            f"f{v(sw2)} == f{v(sw)}")
    g.slip("internal_conflict", "error", "обслуговують вдома 36 осіб", 36, 34, [hc2, rows["home_care"][0]],
           "home care in Q3 2021: «догляд вдома – 34 особи» in the list of services, «обслуговують вдома 36 осіб» "
           "in the staff section. Same indicator, unit, service and period, two values.",
           f"f{v(hc2)} == f{v(rows['home_care'][0])}")

    g.skip("24622, с. Соболівка, вул. Незалежності, 41, тел. (04334) 0-23-71", [24622, 41, 4334, 2371],
           "postcode, address, phone")
    g.skip("від 05.10.2021 № 97", [5, 10, 2021, 97], "outgoing date and number")
    g.skip("про роботу Центру надання соціальних послуг у ІІІ кварталі 2021 року", [2021], "period heading")
    g.skip("Наш Центр працює з 1 квітня 2021 року (рішення сесії сільської ради\nвід 24.02.2021 № 5-7/VIII).",
           [1, 2021, 24, 2, 2021, 5, 7], "founding date, decision date and number")
    g.skip("за липень –\nвересень 2021 року", [2021], "year")
    g.skip("(у ІІ кварталі – 139 осіб)", [139], "previous quarter's figure")
    g.skip("Вартість однієї години догляду вдома для\nплатних отримувачів – 43,20 грн.", [43.2], "tariff")
    g.skip("(День людей похилого віку 1 жовтня\nготували заздалегідь, у вересні)", [1], "date")
    g.skip("у середньому\nпо 3–4 підопічних на одного працівника", [3, 4], "ratio")
    g.skip("Довідково: у громаді проживає 2 140 пенсіонерів, з них 312 – одинокі.", [2140, 312], "population")
    g.note("The quarter is Q3 2021 (липень – вересень) → period_report 2021-07-01..2021-09-30.")
    g.note("«Ми надали 2 317 соціальних послуг 203 особам» gives two facts (services_provided and served) quoted by the "
           "same sentence; the dash list gives persons and services per service, hung on them.")
    g.note("Numbers in words are facts: «сім сімей», «дві сім'ї», «однієї сім'ї» (support_completed, alt "
           "outcome_positive), «Двоє працівників», «дві скарги».")
    g.note("The 11 social workers are written twice (table-like block and prose): two facts. The home-care recipients "
           "are written twice with different values (34 / 36): the planted internal_conflict; the 36 is a fact.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
