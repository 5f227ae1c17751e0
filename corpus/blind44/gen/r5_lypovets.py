"""b44_05: служба у справах дітей Липовецької міської ради, information for Q1 2025. TXT, UTF-8, LF,
third person, numbered points with dash breakdowns. No planted slip."""
from common import Gold, write_text, report_path

DOC = "b44_05_lypovets_ssd_q1_2025.txt"

TEXT = """Служба у справах дітей Липовецької міської ради
22500, Вінницька обл., м. Липовець, вул. Володимирська, 29, тел. (04358) 0-24-31
e-mail: ssd-lypovets@example.ua

№ 02-14/118 від 07.04.2025

ІНФОРМАЦІЯ
щодо роботи служби у справах дітей Липовецької міської ради
за I квартал 2025 року

	Дитяче населення Липовецької громади становить 7 846 осіб віком до 18 років. Службою у справах дітей (далі – Служба) протягом I кварталу 2025 року забезпечувалось виконання заходів щодо захисту прав дітей, зокрема:

	1) Облік дітей-сиріт та дітей, позбавлених батьківського піклування.
	Станом на 31.03.2025 на первинному обліку Служби перебуває 94 дитини (на 01.01.2025 – 91), з них:
	- діти-сироти – 37;
	- діти, позбавлені батьківського піклування, – 57.
	За формами влаштування: під опікою, піклуванням – 52 дитини, у прийомних сім'ях – 21, у дитячих будинках сімейного типу – 14, у закладах різних типів – 7.
	Упродовж кварталу взято на первинний облік 6 дітей, знято з обліку 3 дітей (2 – у зв'язку з досягненням повноліття, 1 – у зв'язку з усиновленням). До сімейних форм виховання влаштовано 5 дітей.

	2) Діти, які перебувають у складних життєвих обставинах.
	На обліку дітей, які перебувають у складних життєвих обставинах, перебуває 63 дитини. Протягом кварталу поставлено на такий облік 11 дітей, знято з обліку 8 дітей: у зв'язку з усуненням причин – 7, у зв'язку з досягненням 18-річного віку – 1.
	Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 14 дітям (усього з 2022 року такий статус отримали 312 дітей).

	3) Профілактична робота.
	Проведено 4 засідання комісії з питань захисту прав дитини, на яких розглянуто 37 питань. Спільно з сектором ювенальної превенції проведено 6 рейдів «Діти вулиці», обстежено умови проживання 42 сімей. Для суду підготовлено 9 висновків органу опіки та піклування.
	Проведено 2 профілактичні заходи в закладах освіти, у яких взяли участь 148 учнів 7–11 класів.

	4) Звернення громадян.
	До Служби надійшло 19 звернень громадян, з них письмових – 12, усних – 7. На телефон «гарячої лінії» Служби надійшло 23 дзвінки.

	5) Кадрове забезпечення.
	Штатна чисельність Служби – 6 посад, фактично працює 5 працівників. Працівники взяли участь у 3 навчальних вебінарах обласної служби.

Начальник Служби                                        (підпис)
Виконавець: тел. (04358) 0-24-33
"""


def main():
    write_text(report_path(DOC), TEXT, encoding="utf-8", newline="\n")
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Липовецької міської ради",
        "centre_type": "other", "settlement": "Липовець", "oblast": "Вінницька",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31"})
    f = g.f
    reg = f("registered", "children", 94, "на первинному обліку Служби перебуває 94 дитини",
            label="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 37, "- діти-сироти – 37;", label="діти-сироти", group="registered_94_by_status", parent=reg)
    r2 = f("registered", "children", 57, "- діти, позбавлені батьківського піклування, – 57.",
           label="діти, позбавлені батьківського піклування", group="registered_94_by_status", parent=reg)
    gf = "registered_94_by_placement"
    p1 = f("registered", "children", 52, "під опікою, піклуванням – 52 дитини", label="під опікою, піклуванням", group=gf, parent=reg)
    p2 = f("registered", "children", 21, "у прийомних сім'ях – 21", label="у прийомних сім'ях", group=gf, parent=reg)
    p3 = f("registered", "children", 14, "у дитячих будинках сімейного типу – 14", label="у дитячих будинках сімейного типу", group=gf, parent=reg)
    p4 = f("registered", "children", 7, "у закладах різних типів – 7", label="у закладах різних типів", group=gf, parent=reg)
    new = f("registered_new", "children", 6, "взято на первинний облік 6 дітей")
    de = f("deregistered", "children", 3, "знято з обліку 3 дітей")
    d1 = f("deregistered", "children", 2, "2 – у зв'язку з досягненням повноліття", label="досягнення повноліття",
           group="deregistered_3_by_reason", parent=de)
    d2 = f("deregistered", "children", 1, "1 – у зв'язку з усиновленням", label="усиновлення",
           group="deregistered_3_by_reason", parent=de)
    sr = f("registered", "children", 63, "перебуває 63 дитини", label="діти, які перебувають у складних життєвих обставинах",
           alt=["in_difficult_circumstances"])
    sn = f("registered_new", "children", 11, "Протягом кварталу поставлено на такий облік 11 дітей",
           label="діти, які перебувають у складних життєвих обставинах")
    sd = f("deregistered", "children", 8, "знято з обліку 8 дітей", label="діти, які перебувають у складних життєвих обставинах")
    sd1 = f("deregistered", "children", 7, "у зв'язку з усуненням причин – 7", label="усунення причин",
            group="deregistered_8_by_reason", parent=sd, alt=["outcome_positive"])
    sd2 = f("deregistered", "children", 1, "у зв'язку з досягненням 18-річного віку – 1", label="досягнення 18-річного віку",
            group="deregistered_8_by_reason", parent=sd)
    war = f("registered_new", "children", 14, "надано 14 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ev = f("events", "events", 2, "Проведено 2 профілактичні заходи в закладах освіти")
    evp = f("event_participants", "children", 148, "у яких взяли участь 148 учнів", unit_alt="persons", parent=ev)
    ap = f("applied", "applications", 19, "До Служби надійшло 19 звернень громадян")
    a1 = f("applied", "applications", 12, "письмових – 12", label="письмові", group="applied_19_by_form", parent=ap)
    a2 = f("applied", "applications", 7, "усних – 7", label="усні", group="applied_19_by_form", parent=ap)
    cl = f("calls", "calls", 23, "надійшло 23 дзвінки")
    pos = f("staff_positions", "positions", 6, "Штатна чисельність Служби – 6 посад")
    act = f("staff_actual", "staff", 5, "фактично працює 5 працівників")

    g.check("parts_sum", "на первинному обліку Служби перебуває 94 дитини", "37 + 57 = 94", f"{r1} + {r2} == {reg}")
    g.check("parts_sum", "За формами влаштування: під опікою, піклуванням – 52 дитини", "52 + 21 + 14 + 7 = 94",
            f"{p1} + {p2} + {p3} + {p4} == {reg}")
    g.check("parts_sum", "(на 01.01.2025 – 91)", "start 91 (skipped literal) + 6 taken − 3 removed = 94",
            f"91 + {new} - {de} == {reg}")
    g.check("parts_sum", "знято з обліку 3 дітей", "2 + 1 = 3", f"{d1} + {d2} == {de}")
    g.check("parts_sum", "знято з обліку 8 дітей", "7 + 1 = 8", f"{sd1} + {sd2} == {sd}")
    g.check("parts_sum", "До Служби надійшло 19 звернень громадян", "12 + 7 = 19", f"{a1} + {a2} == {ap}")
    g.check("parts_sum", "фактично працює 5 працівників", "5 ≤ 6", f"{act} <= {pos}")

    g.skip("22500, Вінницька обл., м. Липовець, вул. Володимирська, 29, тел. (04358) 0-24-31", [22500, 29, 4358, 2431],
           "postcode, address, phone")
    g.skip("№ 02-14/118 від 07.04.2025", [2, 14, 118, 7, 4, 2025], "outgoing number and date")
    g.skip("за I квартал 2025 року", [2025], "period")
    g.skip("Дитяче населення Липовецької громади становить 7 846 осіб віком до 18 років.", [7846, 18], "child population, age")
    g.skip("Станом на 31.03.2025", [31, 3, 2025], "date")
    g.skip("(на 01.01.2025 – 91)", [1, 1, 2025, 91], "start-of-quarter register; used as a literal in a check")
    g.skip("До сімейних форм виховання влаштовано 5 дітей.", [5], "placements into family forms (no §3 id)")
    g.skip("(усього з 2022 року такий статус отримали 312 дітей)", [2022, 312], "cumulative figure since 2022")
    g.skip("Проведено 4 засідання комісії з питань захисту прав дитини, на яких розглянуто 37 питань.", [4, 37],
           "commission sittings and questions (no §3 id)")
    g.skip("проведено 6 рейдів «Діти вулиці», обстежено умови проживання 42 сімей", [6, 42], "raids and home visits (no §3 id)")
    g.skip("Для суду підготовлено 9 висновків органу опіки та піклування.", [9], "court opinions (no §3 id)")
    g.skip("148 учнів 7–11 класів", [7, 11], "school grades")
    g.skip("Працівники взяли участь у 3 навчальних вебінарах обласної служби.", [3], "number of webinars, not of staff")
    g.skip("1) Облік дітей-сиріт", [1, 2, 3, 4, 5], "point numbers 1)–5)")
    g.skip("у зв'язку з досягненням 18-річного віку – 1", [18], "age (the 1 is a fact)")
    g.skip("Виконавець: тел. (04358) 0-24-33", [4358, 2433], "phone")
    g.note("служба у справах дітей → centre_type other. Its registers are registered / registered_new / deregistered (children), as in blind18")
    g.note("the register of 94 is broken down twice, by status (37 + 57) and by form of placement (52 + 21 + 14 + 7): two groups on the same parent")
    g.note("the register of children in СЖО (63) → registered with label, alt in_difficult_circumstances; «усунення причин» as a reason of removal carries alt outcome_positive")
    g.note("war-affected status granted to 14 children → registered_new with a label (blind18 convention); the cumulative 312 since 2022 is skipped")
    g.note("«148 учнів» → event_participants, unit children (pupils of grades 7–11), unit_alt persons")
    g.write()


if __name__ == "__main__":
    main()
