"""b81_07: ЦСС Довжанської сільської ради (Закарпатська), report on 2023 published on the council site.
Less common style: a page saved with mojibake. A scraper read the UTF-8 page as windows-1251 and saved
the result as UTF-8, so the file holds «Р¦РµРЅС‚СЂ …». Built as page.encode("utf-8").decode("cp1251",
errors="replace") written as UTF-8. Gold quotes are in proper Ukrainian (the repaired reading); the
generator checks each one in its garbled form against what `zvitparse read` prints.
Planted slip: internal_conflict (42 families under support in the body, 44 in the summing-up)."""
from common import Gold, write_text, report_path

DOC = "b81_07_dovhe_css_annual2023.html"

ARTICLE = """<h1>ЗВІТ ЦЕНТРУ СОЦІАЛЬНИХ СЛУЖБ ДОВЖАНСЬКОЇ СІЛЬСЬКОЇ РАДИ ЗА 2023 РІК</h1>
<div class="meta">05.02.2024 10:42 · Переглядів: 96</div>
<p>Центр соціальних служб Довжанської сільської ради Хустського району Закарпатської області утворено рішенням сесії від 23.12.2020 № 45. Громада охоплює 6 сіл, у яких проживає 18,9 тис. осіб.</p>
<p>У 2023 році фахівцями Центру надано 3 587 соціальних послуг 1 126 сім’ям/особам. Серед отримувачів – 246 внутрішньо переміщених осіб та 83 сім’ї військовослужбовців.</p>
<p>За видами послуг:</p>
<ul>
<li>інформування – 1 408 послуг;</li>
<li>консультування – 1 612 послуг;</li>
<li>соціальна профілактика – 297 послуг;</li>
<li>соціальний супровід – 214 послуг;</li>
<li>представництво інтересів – 56 послуг.</li>
</ul>
<p>Протягом року надійшло 38 повідомлень про сім’ї, які можуть перебувати у складних життєвих обставинах. Оцінку потреб проведено 38 сім’ям, складні життєві обставини виявлено у 29 сім’ях.</p>
<p>Під соціальним супроводом протягом року перебували 42 сім’ї (у них 97 дітей), з них 17 сімей взято під супровід у 2023 році. Завершено супровід 21 сім’ї: 14 – з позитивним результатом, 5 – складні життєві обставини мінімізовано, 2 – у зв’язку з відмовою від послуги.</p>
<p>Соціальне супроводження надавалося 2 прийомним сім’ям, у яких виховується 7 дітей.</p>
<p>Проведено 31 груповий захід, у яких взяли участь 540 осіб, з них 312 дітей.</p>
<p>За результатами анкетування 64 отримувачів 92,2 % задоволені отриманими послугами. Скарг від отримувачів не надходило.</p>
<p>У Центрі працює 9 працівників, у тому числі 6 фахівців із соціальної роботи; штатна чисельність – 10 одиниць. Сертифікати про підвищення кваліфікації отримали 5 працівників.</p>
<p><b>Підсумки.</b> Таким чином, у 2023 році соціальним супроводом охоплено 44 сім’ї, що на 6 більше, ніж у 2022 році. У 2024 році Центр планує відкрити 2 консультаційні пункти у віддалених селах.</p>
<p>Контакти: 90440, с. Довге, вул. Головна, 112, тел. (03142) 0-71-35.</p>"""

PAGE = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Звіт Центру соціальних служб за 2023 рік – Довжанська сільська рада</title>
</head>
<body>
<header class="site-header"><div class="logo">ДОВЖАНСЬКА СІЛЬСЬКА РАДА</div><div class="hotline">Гаряча лінія: (03142) 0-70-00</div>
<nav><ul><li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/news">Новини</a></li><li><a href="/css">ЦСС</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Головна</a> › <a href="/news">Новини</a> › Звіт Центру соціальних служб за 2023 рік</div>
<main><article>
""" + ARTICLE + """
</article></main>
<aside><h3>Архів новин</h3><ul><li>Лютий 2024 (14)</li><li>Січень 2024 (22)</li></ul></aside>
<footer>© 2024 Довжанська сільська рада. Усі права захищені.</footer>
</body>
</html>
"""


def main():
    garbled = PAGE.encode("utf-8").decode("cp1251", errors="replace")
    write_text(report_path(DOC), garbled, encoding="utf-8", newline="\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Довжанської сільської ради",
        "centre_type": "css", "settlement": "Довге", "oblast": "Закарпатська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
        "published": "2024-02-05"})
    sp = g.f("services_provided", "services", 3587, "У 2023 році фахівцями Центру надано 3 587 соціальних послуг")
    sv = g.f("served", "families_persons", 1126, "надано 3 587 соціальних послуг 1 126 сім'ям/особам")
    g.f("served", "persons", 246, "246 внутрішньо переміщених осіб", category="внутрішньо переміщені особи", parent=sv)
    g.f("served", "families", 83, "83 сім'ї військовослужбовців", category="сім'ї військовослужбовців", parent=sv)
    parts = []
    for v, q, s in [(1408, "інформування – 1 408 послуг;", "informing"),
                    (1612, "консультування – 1 612 послуг;", "counselling"),
                    (297, "соціальна профілактика – 297 послуг;", "social_prevention"),
                    (214, "соціальний супровід – 214 послуг;", "social_support_sjo"),
                    (56, "представництво інтересів – 56 послуг.", "representation")]:
        parts.append(g.f("services_provided", "services", v, q, service=s, group="services_3587_by_service", parent=sp))
    no = g.f("notified", "families", 38, "Протягом року надійшло 38 повідомлень про сім'ї")
    na = g.f("needs_assessed", "families", 38, "Оцінку потреб проведено 38 сім'ям")
    dc = g.f("in_difficult_circumstances", "families", 29, "складні життєві обставини виявлено у 29 сім'ях")
    ss = g.f("served", "families", 42, "Під соціальним супроводом протягом року перебували 42 сім'ї",
             service="social_support_sjo", alt=["support_ongoing"])
    g.f("served", "children", 97, "(у них 97 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = g.f("support_started", "families", 17, "з них 17 сімей взято під супровід у 2023 році",
             service="social_support_sjo", parent=ss)
    c = g.f("support_completed", "families", 21, "Завершено супровід 21 сім'ї", service="social_support_sjo", parent=ss)
    grp = "completed_21_by_result"
    o1 = g.f("outcome_positive", "families", 14, "14 – з позитивним результатом", service="social_support_sjo", group=grp, parent=c)
    o2 = g.f("outcome_minimized", "families", 5, "5 – складні життєві обставини мінімізовано", service="social_support_sjo", group=grp, parent=c)
    o3 = g.f("outcome_other", "families", 2, "2 – у зв'язку з відмовою від послуги", service="social_support_sjo",
             label="відмова від послуги", group=grp, parent=c)
    fo = g.f("served", "families", 2, "Соціальне супроводження надавалося 2 прийомним сім'ям", service="social_support_foster")
    g.f("served", "children", 7, "у яких виховується 7 дітей.", service="social_support_foster", parent=fo)
    ev = g.f("events", "events", 31, "Проведено 31 груповий захід")
    ep = g.f("event_participants", "persons", 540, "у яких взяли участь 540 осіб", parent=ev)
    epc = g.f("event_participants", "children", 312, "з них 312 дітей.", parent=ep)
    rs = g.f("survey_respondents", "recipients", 64, "За результатами анкетування 64 отримувачів", unit_alt="persons")
    sat = g.f("satisfaction", "percent", 92.2, "92,2 % задоволені отриманими послугами")
    g.f("complaints", "complaints", 0, "Скарг від отримувачів не надходило.")
    act = g.f("staff_actual", "staff", 9, "У Центрі працює 9 працівників")
    sw = g.f("staff_actual", "staff", 6, "у тому числі 6 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
    pos = g.f("staff_positions", "positions", 10, "штатна чисельність – 10 одиниць")
    tr = g.f("staff_trained", "staff", 5, "Сертифікати про підвищення кваліфікації отримали 5 працівників.")
    ss2 = g.f("served", "families", 44, "у 2023 році соціальним супроводом охоплено 44 сім'ї",
              service="social_support_sjo", label="повторно в підсумках", alt=["support_ongoing"])

    g.slip("internal_conflict", "error", "у 2023 році соціальним супроводом охоплено 44 сім'ї",
           44, 42, [ss, ss2],
           "the body says 42 families were under social support in 2023, the summing-up says 44 for the same service and year",
           f"{ss} == {ss2}")
    g.check("parts_sum", "За видами послуг:", "1 408 + 1 612 + 297 + 214 + 56 = 3 587", " + ".join(parts) + f" == {sp}")
    g.check("parts_sum", "Завершено супровід 21 сім'ї: 14 – з позитивним результатом", "14 + 5 + 2 = 21", f"{o1} + {o2} + {o3} == {c}")
    g.check("parts_sum", "з них 17 сімей взято під супровід у 2023 році", "17 and 21 ≤ 42; 29 ≤ 38 assessed = 38 notified",
            f"{st} <= {ss} and {c} <= {ss} and {dc} <= {na} == {no}")
    g.check("parts_sum", "з них 312 дітей.", "312 ≤ 540", f"{epc} <= {ep}")
    g.check("percent_impossible", "92,2 % задоволені отриманими послугами", "59 of 64 = 92,19 % → 92,2", f"grim_ok({sat}, {rs}, 1)")
    g.check("parts_sum", "у тому числі 6 фахівців із соціальної роботи", "6 ≤ 9 ≤ 10; 5 trained ≤ 9",
            f"{sw} <= {act} <= {pos} and {tr} <= {act}")

    g.skip("05.02.2024 10:42 · Переглядів: 96", [5, 2, 2024, 10, 42, 96], "publication date and time, view counter")
    g.skip("ЗВІТ ЦЕНТРУ СОЦІАЛЬНИХ СЛУЖБ ДОВЖАНСЬКОЇ СІЛЬСЬКОЇ РАДИ ЗА 2023 РІК", [2023], "year in the title")
    g.skip("утворено рішенням сесії від 23.12.2020 № 45", [23, 12, 2020, 45], "decision date and number")
    g.skip("Громада охоплює 6 сіл, у яких проживає 18,9 тис. осіб.", [6, 18900], "settlements, population")
    g.skip("що на 6 більше, ніж у 2022 році", [6, 2022], "difference from the prior year")
    g.skip("У 2024 році Центр планує відкрити 2 консультаційні пункти у віддалених селах.", [2024, 2], "plan")
    g.skip("Контакти: 90440, с. Довге, вул. Головна, 112, тел. (03142) 0-71-35.", [90440, 112, 3142, 7135],
           "postcode, address, phone")
    g.note("the file is mojibake: UTF-8 text decoded as windows-1251 and saved as UTF-8. `zvitparse read` prints the "
           "mojibake; the quotes here are the repaired (proper Ukrainian) reading, and the generator checks each one "
           "in its garbled form, apostrophe-like quotes unified as the reader unifies them, against the read text")
    g.note("byte 0x98 is undefined in windows-1251: it occurs in uppercase «И» (D0 98), which became «Р» + U+FFFD in the "
           "title «… СІЛЬСЬКОЇ РАДИ …» and the heading; those lines are skipped, no fact quotes them")
    g.note("«42 сім'ї» (body) and «44 сім'ї» (summing-up) are two served facts for the same service and year: the planted internal_conflict")
    g.note("«з них 312 дітей» of the 540 participants → event_participants, unit children, parent the 540")
    g.note("«У Центрі працює 9 працівників, у тому числі 6 фахівців» → staff_actual 9 and a labelled staff_actual part 6")
    g.note("header (hotline phone), menu, breadcrumbs, aside (archive counts) and footer are not printed by the reader")
    g.write()


if __name__ == "__main__":
    main()
