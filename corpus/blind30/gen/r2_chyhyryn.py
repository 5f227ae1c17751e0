"""b30_02: ТЦСО Чигиринської міської ради, information for H1 2025. Plain text in windows-1251
with CRLF, centred title, hard-wrapped lines, dash lists. Impersonal voice; the oblast is not stated.
Planted slip: the 47 persons taken off service by reason 21 + 9 + 8 + 11 = 49 (parts_sum)."""
from common import Gold, report_path, write_text

DOC = "b30_02_chyhyryn_tcso_h1_2025.txt"

TEXT = """\
                 Чигиринська міська рада
 ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
          (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)

                      ІНФОРМАЦІЯ
     про роботу територіального центру соціального
  обслуговування (надання соціальних послуг) Чигиринської
          міської ради за І півріччя 2025 року

Територіальний центр соціального обслуговування (надання
соціальних послуг) Чигиринської міської ради (далі –
територіальний центр) діє відповідно до Положення,
затвердженого рішенням міської ради від 24.12.2024
№ 58-12/VIII. Громада об'єднує 32 населені пункти, у яких
проживає 6 418 осіб віком 60 років і старше.

1. Обслуговування громадян

За І півріччя 2025 року обслуговано 1 126 осіб
(за І півріччя 2024 року – 1 089 осіб), а саме:
 - відділенням соціальної допомоги вдома – 436 осіб;
 - відділенням денного перебування – 214 осіб;
 - відділенням організації надання адресної натуральної та
   грошової допомоги – 476 осіб.
Серед обслугованих – 97 внутрішньо переміщених осіб.

Серед 436 отримувачів послуги догляду вдома:
 - одинокі громадяни похилого віку – 188;
 - особи з інвалідністю І та ІІ груп – 121;
 - громадяни, які потребують постійного стороннього
   догляду, – 74;
 - інші категорії – 53.

Протягом півріччя взято на обслуговування 58 осіб.
Знято з обслуговування 47 осіб, з них:
 - у зв'язку зі смертю – 21;
 - у зв'язку з влаштуванням до закладів стаціонарного
   догляду – 9;
 - у зв'язку зі зміною місця проживання – 8;
 - за власним бажанням – 11.

2. Надання соціальних послуг

Всього надано 18 742 соціальні послуги, з них
відділенням соціальної допомоги вдома – 15 306,
відділенням денного перебування – 3 436.
Соціальний робітник обслуговує в середньому 12-13 осіб.

У відділенні денного перебування проведено 42 заходи
(гуртки, свята, екскурсії), у яких взяли участь 586 осіб.

Видано 612 продуктових наборів та 240 комплектів засобів
гігієни, наданих благодійними фондами, на загальну суму
384,6 тис. грн.

Послугою «соціальне таксі» скористалися 38 осіб, здійснено
126 поїздок. Вартість послуги – 12 грн за 1 км пробігу.

3. Кадрове забезпечення та фінанси

Штатна чисельність – 52,5 штатні одиниці, фактично
працює 49 працівників, з них 34 соціальні робітники.
Надходження від надання платних соціальних послуг до
спеціального фонду склали 146,3 тис. грн.

4. Якість послуг

У травні 2025 року проведено анкетування: в опитуванні
взяли участь 120 отримувачів послуг, якістю обслуговування
задоволені 93,3 % опитаних. Надійшло 2 скарги, обидві
розглянуто в установлений строк, одну визнано обґрунтованою.

Директор територіального центру
Виконавець: відділ соціальної допомоги вдома,
тел. (04730) 0-25-41
04.07.2025
"""


def build():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Чигиринської міської ради",
        "centre_type": "tcso", "settlement": "Чигирин",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
        {"centre": ["Територіальний центр соціального обслуговування Чигиринської міської ради"]})
    f = g.f
    t = f("served", "persons", 1126, "обслуговано 1 126 осіб")
    h = f("served", "persons", 436, "відділенням соціальної допомоги вдома – 436 осіб", service="home_care", district="відділення соціальної допомоги вдома", group="served_1126_by_department", parent=t)
    dd = f("served", "persons", 214, "відділенням денного перебування – 214 осіб", service="day_care", district="відділення денного перебування", group="served_1126_by_department", parent=t)
    na = f("served", "persons", 476, "грошової допомоги – 476 осіб", service="natural_aid", district="відділення організації надання адресної натуральної та грошової допомоги", group="served_1126_by_department", parent=t)
    vp = f("served", "persons", 97, "Серед обслугованих – 97 внутрішньо переміщених осіб", category="внутрішньо переміщені особи", parent=t)
    hq = "Серед 436 отримувачів послуги догляду вдома"
    h0 = f("served", "recipients", 436, hq, service="home_care", unit_alt="persons", label="отримувачі догляду вдома (повтор перед переліком категорій)")
    k1 = f("served", "persons", 188, "одинокі громадяни похилого віку – 188", service="home_care", category="одинокі громадяни похилого віку", group="home_care_436_by_category", parent=h0)
    k2 = f("served", "persons", 121, "особи з інвалідністю І та ІІ груп – 121", service="home_care", category="особи з інвалідністю І та ІІ груп", group="home_care_436_by_category", parent=h0)
    k3 = f("served", "persons", 74, "догляду, – 74", service="home_care", category="громадяни, які потребують постійного стороннього догляду", group="home_care_436_by_category", parent=h0)
    k4 = f("served", "persons", 53, "інші категорії – 53", service="home_care", category="інші категорії", group="home_care_436_by_category", parent=h0)
    n1 = f("served", "persons", 58, "взято на обслуговування 58 осіб", label="взято на обслуговування", alt=["registered_new", "support_started"])
    d0 = f("deregistered", "persons", 47, "Знято з обслуговування 47 осіб")
    d1 = f("deregistered", "persons", 21, "у зв'язку зі смертю – 21", label="смерть", group="deregistered_47_by_reason", parent=d0)
    d2 = f("deregistered", "persons", 9, "догляду – 9", label="влаштування до закладів стаціонарного догляду", group="deregistered_47_by_reason", parent=d0)
    d3 = f("deregistered", "persons", 8, "у зв'язку зі зміною місця проживання – 8", label="зміна місця проживання", group="deregistered_47_by_reason", parent=d0)
    d4 = f("deregistered", "persons", 11, "за власним бажанням – 11", label="за власним бажанням", group="deregistered_47_by_reason", parent=d0)
    s0 = f("services_provided", "services", 18742, "Всього надано 18 742 соціальні послуги")
    s1 = f("services_provided", "services", 15306, "відділенням соціальної допомоги вдома – 15 306", service="home_care", district="відділення соціальної допомоги вдома", group="services_18742_by_department", parent=s0)
    s2 = f("services_provided", "services", 3436, "відділенням денного перебування – 3 436", service="day_care", district="відділення денного перебування", group="services_18742_by_department", parent=s0)
    e1 = f("events", "events", 42, "проведено 42 заходи")
    e2 = f("event_participants", "persons", 586, "у яких взяли участь 586 осіб", parent=e1)
    av = f("aid_value", "uah", 384600, "на загальну суму\n384,6 тис. грн", label="продуктові набори та засоби гігієни від благодійних фондів",
           note="the reader keeps the hard line break inside the quote")
    tx = f("served", "persons", 38, "Послугою «соціальне таксі» скористалися 38 осіб", service="social_taxi")
    p1 = f("staff_positions", "positions", 52.5, "Штатна чисельність – 52,5 штатні одиниці")
    p2 = f("staff_actual", "staff", 49, "працює 49 працівників")
    p3 = f("staff_actual", "staff", 34, "з них 34 соціальні робітники", label="соціальні робітники", parent=p2)
    b1 = f("budget_received", "uah", 146300, "спеціального фонду склали 146,3 тис. грн", label="спеціальний фонд, платні соціальні послуги")
    q1 = f("survey_respondents", "recipients", 120, "взяли участь 120 отримувачів послуг", unit_alt="persons")
    q2 = f("satisfaction", "percent", 93.3, "задоволені 93,3 % опитаних", label="задоволені якістю обслуговування", alt=["share"])
    c1 = f("complaints", "complaints", 2, "Надійшло 2 скарги")
    g.check("parts_sum", "обслуговано 1 126 осіб", "436 + 214 + 476 = 1 126", f"{h} + {dd} + {na} == {t}")
    g.check("parts_sum", "Серед обслугованих – 97 внутрішньо переміщених осіб", "97 ≤ 1 126", f"{vp} <= {t}")
    g.check("internal_conflict", "Серед 436 отримувачів послуги догляду вдома", "436 before the category list = 436 of the department row", f"{h0} == {h}")
    g.check("parts_sum", "Серед 436 отримувачів послуги догляду вдома", "188 + 121 + 74 + 53 = 436", f"{k1} + {k2} + {k3} + {k4} == {h0}")
    g.check("parts_sum", "Всього надано 18 742 соціальні послуги, з них", "15 306 + 3 436 = 18 742", f"{s1} + {s2} == {s0}")
    g.check("percent_impossible", "задоволені 93,3 % опитаних", "93,3 % is reachable with 120 respondents (112 of 120)", f"grim_ok({q2}, {q1}, 1)")
    g.check("parts_sum", "з них 34 соціальні робітники", "34 ≤ 49 ≤ 52,5", f"{p3} <= {p2} <= {p1}")
    g.slip("parts_sum", "error", "Знято з обслуговування 47 осіб, з них:", 49, 47, [d0, d1, d2, d3, d4],
           "the four reasons add up to 21 + 9 + 8 + 11 = 49, two more than the 47 persons taken off service",
           f"{d1} + {d2} + {d3} + {d4} == {d0}", slip=1)
    g.skip("затвердженого рішенням міської ради від 24.12.2024\n№ 58-12/VIII", [24, 12, 2024, 58, 12], "decision date and number")
    g.skip("Громада об'єднує 32 населені пункти, у яких\nпроживає 6 418 осіб віком 60 років і старше.", [32, 6418, 60], "settlements, population, age")
    g.skip("(за І півріччя 2024 року – 1 089 осіб)", [2024, 1089], "prior-year figure")
    g.skip("Соціальний робітник обслуговує в середньому 12-13 осіб.", [12, 13], "caseload ratio")
    g.skip("Видано 612 продуктових наборів та 240 комплектів засобів", [612, 240], "items (sets), not persons")
    g.skip("126 поїздок. Вартість послуги – 12 грн за 1 км пробігу.", [126, 12, 1], "trips (no §3 id) and tariff")
    g.skip("У травні 2025 року проведено анкетування", [2025], "survey date")
    g.skip("одну визнано обґрунтованою", [1], "complaint found justified: no §3 id")
    g.skip("тел. (04730) 0-25-41", [4730, 25, 41], "phone")
    g.skip("04.07.2025", [4, 7, 2025], "compile date")
    g.skip("1. Обслуговування громадян", [1, 2, 3, 4], "section numbers")
    g.note("windows-1251, CRLF; the reader decodes it; quotes are taken within one wrapped line where possible")
    g.note("the 436 home-care recipients are written twice (department row, heading of the category list) → two facts; the categories hang on the second and form a partition (the last is «інші категорії»)")
    g.note("«взято на обслуговування» → served with a label (alt registered_new, support_started); «знято з обслуговування» → deregistered with reasons as labelled parts")
    g.note("«52,5 штатні одиниці» is a fractional staff_positions value")
    g.note("not a finding: 58 taken on and 47 taken off cannot be checked against 1 126 (no start-of-period count is written)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
