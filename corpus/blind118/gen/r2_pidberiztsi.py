"""b118_02: ТЦСО Підберізцівської сільської ради (Львівська), information for H1 2025.
windows-1251, CRLF, hard-wrapped lines, impersonal voice."""
from common import Gold, report_path, write_text

NAME = "b118_02_pidberiztsi_tcso_h1_2025.txt"

TEXT = """\
                  ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
                       (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
                     ПІДБЕРІЗЦІВСЬКОЇ СІЛЬСЬКОЇ РАДИ

81114, Львівська обл., Львівський р-н, с. Підберізці, вул. Шкільна, 3
тел. (03230) 0-51-84, e-mail: tcso.pidberiztsi@example.ua

Вих. № 214 від 04.07.2025                  Відділу соціального захисту
                                           населення сільської ради

                              ІНФОРМАЦІЯ
   про роботу територіального центру за І півріччя 2025 року

   На виконання листа відділу від 12.06.2025 № 01-17/388 подається
інформація про діяльність територіального центру соціального
обслуговування (надання соціальних послуг) Підберізцівської сільської
ради (далі - терцентр) за січень - червень 2025 року.

   1. Звернення громадян.
   За звітний період до терцентру надійшла 61 заява про надання
соціальних послуг. За результатами розгляду прийнято 55 рішень про
надання послуг та 6 рішень про відмову (через відсутність підстав).

   2. Обслуговування.
   Протягом І півріччя 2025 р. соціальні послуги отримали 347 осіб
(за І півріччя 2024 р. - 331 особа), з них:
   - відділення соціальної допомоги вдома - 164 особи;
   - відділення денного перебування - 97 осіб;
   - відділення організації надання адресної натуральної та
     грошової допомоги - 86 осіб.
   Серед отримувачів 14 осіб - внутрішньо переміщені особи.
   Із 164 осіб, обслуговуваних вдома, жінок - 121, чоловіків - 47.
   На черзі для обслуговування вдома перебуває 6 осіб.

   Взято на обслуговування 52 особи. Знято з обслуговування 39 осіб,
у тому числі:
   - у зв'язку зі смертю - 21;
   - у зв'язку з вибуттям до інших населених пунктів - 7;
   - у зв'язку з влаштуванням до стаціонарних закладів - 4;
   - за власним бажанням - 7.

   3. Соціальні послуги.
   Всього надано 18 943 соціальні послуги, у т.ч. вдома - 11 206,
у відділенні денного перебування - 7 737.
   Відділенням денного перебування проведено 41 гуртковий захід
(заняття гуртків "Берегиня" та "Рукодільниця", виставки,
концерти), у яких взяли участь 612 учасників.
   Натуральну допомогу (продуктові набори, засоби гігієни,
постільна білизна) отримали 86 осіб; видано 240 наборів на
загальну суму 96,4 тис.грн.
   Послугою соціального таксі скористалися 23 особи, здійснено
58 поїздок. Вартість 1 км пробігу - 12,50 грн.

   4. Кадрове забезпечення.
   Штатна чисельність - 38,5 штатних одиниць, фактично працює
36 працівників, у т.ч. 24 соціальні робітники.
   Звернень щодо неякісного надання соціальних послуг за звітний
період не надходило.

   5. Довідково.
   На території громади проживає 2 914 осіб пенсійного віку,
у т.ч. 611 осіб віком 80 років і старше.

Директор терцентру                                   (підпис)

Виконавець: бухгалтер-статистик, тел. (03230) 0-51-86
"""


def build():
    write_text(report_path(NAME), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Підберізцівської сільської ради",
        "centre_type": "tcso", "settlement": "Підберізці", "oblast": "Львівська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування Підберізцівської сільської ради"]})
    f = g.f
    ap = f("applied", "applications", 61, "до терцентру надійшла 61 заява про надання")
    sv = f("served", "persons", 347, "соціальні послуги отримали 347 осіб")
    d1 = f("served", "persons", 164, "- відділення соціальної допомоги вдома - 164 особи;",
           district="відділення соціальної допомоги вдома", service="home_care",
           group="served347_by_department", parent=sv)
    d2 = f("served", "persons", 97, "- відділення денного перебування - 97 осіб;",
           district="відділення денного перебування", service="day_care",
           group="served347_by_department", parent=sv)
    d3 = f("served", "persons", 86, "грошової допомоги - 86 осіб.",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="served347_by_department", parent=sv)
    f("served", "persons", 14, "Серед отримувачів 14 осіб - внутрішньо переміщені особи.",
      category="внутрішньо переміщені особи", parent=sv)
    w = f("served", "persons", 121, "жінок - 121", category="жінки", service="home_care",
          group="home164_by_sex", parent=d1)
    m = f("served", "persons", 47, "чоловіків - 47", category="чоловіки", service="home_care",
          group="home164_by_sex", parent=d1)
    tk = f("served", "persons", 52, "Взято на обслуговування 52 особи.", alt=["registered_new", "support_started"])
    dr = f("deregistered", "persons", 39, "Знято з обслуговування 39 осіб")
    r = []
    for val, q, lab in ((21, "- у зв'язку зі смертю - 21;", "смерть"),
                        (7, "- у зв'язку з вибуттям до інших населених пунктів - 7;", "вибуття до інших населених пунктів"),
                        (4, "- у зв'язку з влаштуванням до стаціонарних закладів - 4;", "влаштування до стаціонарних закладів"),
                        (7, "- за власним бажанням - 7.", "за власним бажанням")):
        r.append(f("deregistered", "persons", val, q, label=lab, group="dereg39_by_reason", parent=dr))
    sp = f("services_provided", "services", 18943, "Всього надано 18 943 соціальні послуги")
    s1 = f("services_provided", "services", 11206, "у т.ч. вдома - 11 206", service="home_care",
           group="services18943", parent=sp)
    s2 = f("services_provided", "services", 7737, "у відділенні денного перебування - 7 737", service="day_care",
           group="services18943", parent=sp)
    ev = f("events", "events", 41, "Відділенням денного перебування проведено 41 гуртковий захід")
    f("event_participants", "persons", 612, "у яких взяли участь 612 учасників", parent=ev)
    na = f("served", "persons", 86, "отримали 86 осіб; видано 240 наборів", service="natural_aid",
           note="the natural-aid recipients; the same 86 as the department row, written twice")
    f("aid_value", "uah", 96400, "загальну суму 96,4 тис.грн", service="natural_aid")
    f("served", "persons", 23, "Послугою соціального таксі скористалися 23 особи", service="social_taxi")
    pos = f("staff_positions", "positions", 38.5, "Штатна чисельність - 38,5 штатних одиниць")
    act = f("staff_actual", "staff", 36, "фактично працює\n36 працівників")
    sw = f("staff_actual", "staff", 24, "у т.ч. 24 соціальні робітники", label="соціальні робітники", parent=act)
    f("complaints", "complaints", 0, "Звернень щодо неякісного надання соціальних послуг за звітний\nперіод не надходило.",
      note="«звернень щодо неякісного надання послуг» are complaints; none → 0")

    v = lambda x: x[1:]
    g.check("parts_sum", "прийнято 55 рішень про\nнадання послуг та 6 рішень про відмову",
            "55 decisions to serve + 6 refusals = 61 applications (decisions have no §3 id: literals)",
            f"55 + 6 == f{v(ap)}")
    g.check("parts_sum", "соціальні послуги отримали 347 осіб", "by department 164 + 97 + 86 = 347",
            f"f{v(d1)} + f{v(d2)} + f{v(d3)} == f{v(sv)}")
    g.check("parts_sum", "Знято з обслуговування 39 осіб", "21 + 7 + 4 + 7 = 39",
            " + ".join("f" + v(x) for x in r) + f" == f{v(dr)}")
    g.check("parts_sum", "Всього надано 18 943 соціальні послуги", "11 206 + 7 737 = 18 943",
            f"f{v(s1)} + f{v(s2)} == f{v(sp)}")
    g.check("internal_conflict", "отримали 86 осіб; видано 240 наборів",
            "natural-aid recipients 86 = department row 86", f"f{v(na)} == f{v(d3)}")
    g.check("parts_sum", "фактично працює\n36 працівників, у т.ч. 24 соціальні робітники",
            "24 ≤ 36 ≤ 38,5", f"f{v(sw)} <= f{v(act)} <= f{v(pos)}")
    g.slip("parts_sum", "error", "Із 164 осіб, обслуговуваних вдома, жінок - 121, чоловіків - 47.", 168, 164,
           [w, m, d1],
           "women 121 + men 47 = 168, but the sentence and the department row say 164 home-care recipients "
           "(4 extra). A split by sex is a partition.", f"f{v(w)} + f{v(m)} == f{v(d1)}")

    g.skip("81114, Львівська обл., Львівський р-н, с. Підберізці, вул. Шкільна, 3", [81114, 3], "postcode, address")
    g.skip("тел. (03230) 0-51-84", [3230, 5184], "phone")
    g.skip("Вих. № 214 від 04.07.2025", [214, 4, 7, 2025], "outgoing number and date")
    g.skip("про роботу територіального центру за І півріччя 2025 року", [2025], "period heading")
    g.skip("На виконання листа відділу від 12.06.2025 № 01-17/388", [12, 6, 2025, 1, 17, 388], "letter date and number")
    g.skip("за січень - червень 2025 року", [2025], "year")
    g.skip("1. Звернення громадян.", [1, 2, 3, 4, 5], "paragraph numbers 1.–5.")
    g.skip("прийнято 55 рішень про\nнадання послуг та 6 рішень про відмову", [55, 6],
           "decisions and refusals: no §3 id (used as literals)")
    g.skip("Протягом І півріччя 2025 р.", [2025], "year")
    g.skip("(за І півріччя 2024 р. - 331 особа)", [2024, 331], "prior-year figure")
    g.skip("Із 164 осіб, обслуговуваних вдома", [164], "the whole of the sex split repeated (the 164 of the department row)")
    g.skip("На черзі для обслуговування вдома перебуває 6 осіб.", [6], "waiting list: no §3 id")
    g.skip("видано 240 наборів", [240], "items (sets)")
    g.skip("здійснено\n58 поїздок", [58], "trips: no §3 id")
    g.skip("Вартість 1 км пробігу - 12,50 грн.", [1, 12.5], "tariff")
    g.skip("На території громади проживає 2 914 осіб пенсійного віку,\nу т.ч. 611 осіб віком 80 років і старше.",
           [2914, 611, 80], "population, age")
    g.skip("тел. (03230) 0-51-86", [3230, 5186], "phone")
    g.note("Departments: the three department rows → served, with district = the department name (as blind18's "
           "b18_02 «а саме» by department); home care and day care carry their services; the natural/cash-aid "
           "department carries none (it also hands out money).")
    g.note("«Із 164 осіб, обслуговуваних вдома, жінок - 121, чоловіків - 47» → two served facts hung on the "
           "department row 164 (the «164» in this sentence repeats the row and is not a third fact). They sum "
           "to 168: the planted parts_sum slip.")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «Знято з обслуговування» → "
           "deregistered with four labelled reasons.")
    g.note("«38,5 штатних одиниць» → staff_positions 38.5 (a fractional fact). The 86 natural-aid recipients are "
           "written twice (department row and natural-aid paragraph): two facts.")
    g.note("Applications: «надійшла 61 заява» → applied, unit applications.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
