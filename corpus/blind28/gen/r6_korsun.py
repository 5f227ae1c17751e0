"""b28_06: ТЦСО Корсунь-Шевченківської міської ради (Черкаська), analytic note on home care for Q3 2025.
UTF-8 HTML (a document page, no site chrome) with a table of services by kind; bare percentages by category."""
from common import Gold, report_path, write_text

NAME = "b28_06_korsun_tcso_q3_2025.html"

ROWS = [("Допомога у веденні домашнього господарства", "2 146"),
        ("Придбання і доставка продуктів харчування та ліків", "1 873"),
        ("Допомога в самообслуговуванні", "964"),
        ("Супровід до закладів охорони здоров'я", "212"),
        ("Інші дії (оплата комунальних послуг, листування тощо)", "377")]

PARAS1 = [
    "Довідку складено за даними журналів обліку відділення соціальної допомоги вдома за липень – вересень 2025 року.",
    "Протягом III кварталу послуги догляду вдома надавалися 181 особі, у тому числі 9 внутрішньо переміщеним особам. За квартал на обслуговування взято 17 осіб, знято з обслуговування – 13 (у зв'язку зі смертю – 8, переїздом до родичів – 3, за власним бажанням – 2). Станом на 30.09.2025 на обслуговуванні перебуває 168 осіб, з них на платній основі – 46, безоплатно – 122.",
    "За категоріями отримувачі, які перебувають на обслуговуванні, розподіляються так: особи з інвалідністю I групи – 14,3 %, II групи – 26,8 %, III групи – 11,9 %, громадяни похилого віку без інвалідності – 50,6 %. Середній вік підопічних – 79 років, найстаршій підопічній виповнилося 97.",
    "Обсяг наданих соціальних послуг (дій) за видами наведено в таблиці.",
]
PARAS2 = [
    "Послуги надають 18 соціальних робітників при 19 штатних одиницях; середнє навантаження – 9,3 підопічного на одного працівника. У вересні 5 соціальних робітників пройшли навчання з догляду за маломобільними особами.",
    "Надходження від надання платних послуг за квартал становлять 38,4 тис. грн (тариф – 82,40 грн за годину).",
    "У вересні проведено опитування 52 отримувачів: 94,2 % опитаних (49 осіб) задоволені якістю догляду. Надійшла 1 скарга щодо несвоєчасного прибирання; її розглянуто, факти не підтвердилися.",
    "На черзі для взяття на обслуговування перебувають 6 осіб із сіл Сотники та Моринці.",
    "Завідувач відділення соціальної допомоги вдома (підпис). Тел. (04735) 0-22-61.",
]


def build():
    trs = "\n".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in ROWS)
    html = f"""<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8"><title>Аналітична довідка ТЦСО, III квартал 2025</title>
<style>table{{border-collapse:collapse}} td,th{{border:1px solid #444;padding:2px 6px}}</style></head>
<body>
<h2>Територіальний центр соціального обслуговування (надання соціальних послуг) Корсунь-Шевченківської міської ради</h2>
<h1>Аналітична довідка про надання соціальної послуги догляду вдома у III кварталі 2025 року</h1>
{"".join(f"<p>{p}</p>" + chr(10) for p in PARAS1)}<table>
<tr><th>Вид соціальної послуги (дії)</th><th>Кількість наданих послуг</th></tr>
{trs}
<tr><td><b>Разом</b></td><td><b>5 572</b></td></tr>
</table>
{"".join(f"<p>{p}</p>" + chr(10) for p in PARAS2)}</body></html>
"""
    write_text(report_path(NAME), html)


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Корсунь-Шевченківської міської ради",
        "centre_type": "tcso", "settlement": "Корсунь-Шевченківський",
        "report_kind": "period_report", "period_start": "2025-07-01", "period_end": "2025-09-30"})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    hc = f("served", "persons", 181, "послуги догляду вдома надавалися 181 особі", service="home_care")
    f("served", "persons", 9, "у тому числі 9 внутрішньо переміщеним особам", service="home_care",
      category="внутрішньо переміщені особи", parent=hc)
    new = f("served", "persons", 17, "За квартал на обслуговування взято 17 осіб", service="home_care",
            alt=["registered_new", "support_started"])
    dr = f("deregistered", "persons", 13, "знято з обслуговування – 13", service="home_care")
    rs = [f("deregistered", "persons", v, q, service="home_care", label=lab, group="deregistered_13_by_reason",
            parent=dr, alt=["outcome_other"])
          for lab, v, q in (("смерть", 8, "у зв'язку зі смертю – 8"), ("переїзд до родичів", 3, "переїздом до родичів – 3"),
                            ("за власним бажанням", 2, "за власним бажанням – 2"))]
    now = f("served", "persons", 168, "Станом на 30.09.2025 на обслуговуванні перебуває 168 осіб", service="home_care",
            alt=["support_ongoing", "registered"], label="на кінець кварталу")
    paid = f("served", "persons", 46, "на платній основі – 46", service="home_care", label="на платній основі",
             group="served_168_by_payment", parent=now)
    free = f("served", "persons", 122, "безоплатно – 122", service="home_care", label="безоплатно",
             group="served_168_by_payment", parent=now)
    shs = []
    for lab, p, q in (("особи з інвалідністю I групи", 14.3, "особи з інвалідністю I групи – 14,3 %"),
                      ("особи з інвалідністю II групи", 26.8, "II групи – 26,8 %"),
                      ("особи з інвалідністю III групи", 11.9, "III групи – 11,9 %"),
                      ("громадяни похилого віку без інвалідності", 50.6, "громадяни похилого віку без інвалідності – 50,6 %")):
        shs.append(f("share", "percent", p, q, label=f"частка отримувачів на обслуговуванні: {lab}", service="home_care",
                     category=lab, group="served_168_by_category"))
    tq = "Разом\t5 572"
    tot = f("services_provided", "services", 5572, tq, service="home_care", label="Разом")
    parts = []
    for a, b in ROWS:
        parts.append(f("services_provided", "services", int(b.replace(" ", "")), f"{a}\t{b}", service="home_care",
                       label=a, group="services_5572_by_kind", parent=tot))
    sw = f("staff_actual", "staff", 18, "Послуги надають 18 соціальних робітників", label="соціальні робітники")
    sp = f("staff_positions", "positions", 19, "при 19 штатних одиницях", label="соціальні робітники")
    f("staff_trained", "staff", 5, "У вересні 5 соціальних робітників пройшли навчання")
    f("budget_received", "uah", 38400, "Надходження від надання платних послуг за квартал становлять 38,4 тис. грн",
      label="платні послуги")
    sv = f("survey_respondents", "persons", 52, "проведено опитування 52 отримувачів", unit_alt="recipients")
    sat = f("satisfaction", "percent", 94.2, "94,2 % опитаних (49 осіб) задоволені якістю догляду", service="home_care")
    f("complaints", "complaints", 1, "Надійшла 1 скарга щодо несвоєчасного прибирання")

    g.slip("percents_sum", "error",
           "особи з інвалідністю I групи – 14,3 %, II групи – 26,8 %, III групи – 11,9 %, громадяни похилого віку без інвалідності – 50,6 %",
           103.6, 100, shs,
           "the four categories partition the 168 recipients but sum to 103,6 %. Each share alone is reachable with 168 (24, 45, 20, 85 of 168), but 24 + 45 + 20 + 85 = 174 > 168",
           "psum_ok([" + ", ".join("f" + n(x) for x in shs) + "], 1)")
    g.check("percent_impossible", "громадяни похилого віку без інвалідності – 50,6 %", "each category share is reachable with N = 168",
            " and ".join(f"grim_ok(f{n(x)}, f{n(now)}, 1)" for x in shs))
    g.check("parts_sum", "знято з обслуговування – 13 (у зв'язку зі смертю – 8", "8 + 3 + 2 = 13", " + ".join("f" + n(x) for x in rs) + f" == f{n(dr)}")
    g.check("parts_sum", "на платній основі – 46, безоплатно – 122", "46 + 122 = 168", f"f{n(paid)} + f{n(free)} == f{n(now)}")
    g.check("parts_sum", "Станом на 30.09.2025 на обслуговуванні перебуває 168 осіб",
            "served in the quarter minus those taken off: 181 − 13 = 168", f"f{n(hc)} - f{n(dr)} == f{n(now)}")
    g.check("table_arithmetic", tq, "2 146 + 1 873 + 964 + 212 + 377 = 5 572", " + ".join("f" + n(x) for x in parts) + f" == f{n(tot)}")
    g.check("percent_mismatch", "94,2 % опитаних (49 осіб)", "49 / 52 = 94,23 % (49 is a literal: a count of satisfied people has no §3 id)",
            f"pct_ok(f{n(sat)}, 49, f{n(sv)}, 1)")
    g.check("parts_sum", "Послуги надають 18 соціальних робітників при 19 штатних одиницях", "18 ≤ 19", f"f{n(sw)} <= f{n(sp)}")
    g.check("parts_sum", "За квартал на обслуговування взято 17 осіб", "17 taken ≤ 181 served", f"f{n(new)} <= f{n(hc)}")

    g.skip("Аналітична довідка про надання соціальної послуги догляду вдома у III кварталі 2025 року", [2025], "year")
    g.skip("за липень – вересень 2025 року", [2025], "year")
    g.skip("Станом на 30.09.2025", [30, 9, 2025], "date")
    g.skip("Середній вік підопічних – 79 років, найстаршій підопічній виповнилося 97.", [79, 97], "ages")
    g.skip("середнє навантаження – 9,3 підопічного на одного працівника", [9.3], "ratio")
    g.skip("(тариф – 82,40 грн за годину)", [82.4], "tariff")
    g.skip("(49 осіб)", [49], "count of satisfied respondents (no §3 id); used as a literal")
    g.skip("На черзі для взяття на обслуговування перебувають 6 осіб із сіл Сотники та Моринці.", [6], "waiting list")
    g.skip("Тел. (04735) 0-22-61.", [4735, 0, 22, 61], "phone")
    g.note("the category shares are bare percentages of the 168 on the books at 30.09 (no counts written) → share with label and category, one group")
    g.note("«на обслуговуванні перебуває 168 осіб» at the end of the quarter → served (alt support_ongoing, registered) with a label; 181 − 13 = 168")
    g.note("«94,2 % опитаних (49 осіб) задоволені» → satisfaction 94,2; the 49 has no §3 id (skipped, literal in a check)")
    g.note("the table rows are kinds of action within home care → services_provided with service home_care and the row name as label")
    return g


if __name__ == "__main__":
    build()
    gold().write()
