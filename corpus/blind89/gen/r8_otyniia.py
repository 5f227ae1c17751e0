"""b89_08: Центр соціальних служб Отинійської селищної ради (Івано-Франківська), annual report 2025
written as a list nested three levels deep under Roman sections (І. / 1. / 1.1. / а) / –): the figure of
every sub-item is a part of its item's figure; some sub-lists are complete partitions, some partial
(«у т.ч.»). DOCX with typed (manual) numbering, tabs after the numbers and uneven indents."""
import docx
from docx.shared import Pt, Mm
from common import Gold, report_path, read_text, fix_docx_props, freeze_zip

DOC = "b89_08_otyniia_css_nested_annual2025.docx"

# (indent level, text); level -1 = centred heading
ITEMS = [
    (-1, "Центр соціальних служб Отинійської селищної ради"),
    (-1, "78230, Івано-Франківська обл., Коломийський р-н, смт Отинія, вул. Незалежності, 9, тел. (03433) 0-24-18, ЄДРПОУ 43910264"),
    (-1, "ОСНОВНІ ПОКАЗНИКИ РОБОТИ ЗА 2025 РІК"),
    (0, "(відповідно до Програми підтримки сім'ї та дітей на 2024–2026 роки, затвердженої рішенням селищної ради від 19.12.2023 № 2317-41/2023; громада – 23 населені пункти, 24,8 тис. жителів)"),
    (0, "І.\tВИЯВЛЕННЯ СІМЕЙ/ОСІБ У СЖО ТА ОЦІНКА ПОТРЕБ"),
    (1, "1.\tНадійшло повідомлень про сім'ї/осіб, які можуть перебувати у СЖО, – 74 (у 2024 р. – 81), з них:"),
    (2, "1.1.\tвід закладів освіти – 23;"),
    (2, "1.2.\tвід служби у справах дітей – 18;"),
    (2, "1.3.\tвід закладів охорони здоров'я – 9;"),
    (2, "1.4\t. від ювенальної превенції – 11;"),
    (2, "1.5.\tвід інших суб'єктів та громадян – 13."),
    (1, "2.\tПроведено оцінку потреб – 68 сім'ям/особам:"),
    (2, "2.1.\tвстановлено СЖО – 41 сім'я, з них:"),
    (3, "а)\tсім'ї з дітьми – 33, у т.ч.:"),
    (4, "–  сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків – 14;"),
    (4, "–  багатодітні сім'ї – 7;"),
    (3, "б)\tособи похилого віку та особи з інвалідністю – 8;"),
    (2, "2.2.\tСЖО не встановлено – 27 (надано інформаційно-консультативні послуги)."),
    (0, "ІІ.\tНАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ"),
    (1, "1.\tСоціальні послуги отримали 936 сімей/осіб, у тому числі:"),
    (2, "1.1.\tконсультування – 402;"),
    (2, "1.2.\tінформування – 311;"),
    (2, "1.3.\tсоціальний супровід сімей (осіб) у СЖО – 52 (див. п. 2);"),
    (2, "1.4.\tпредставництво інтересів – 38;"),
    (2, "1.5.\tекстрене (кризове) втручання – 16;"),
    (2, "1.6.\tсоціальне супроводження прийомних сімей та ДБСТ – 6 (див. п. 3);"),
    (2, "1.7.\tінші послуги – 111."),
    (1, "2.\tСоціальний супровід сімей (осіб) у СЖО:"),
    (2, "2.1.\tперебували під супроводом – 52 сім'ї (у них 97 дітей), з них:"),
    (3, "а)\tвзято під супровід у 2025 році – 35;"),
    (3, "б)\tперейшли з 2024 року – 17;"),
    (2, "2.2.\tзавершено супровід – 39 сімей:"),
    (3, "а)\tз позитивним результатом (СЖО подолано) – 27, у т.ч.:"),
    (4, "–  сім'ї ВПО – 5;"),
    (3, "б)\tСЖО мінімізовано – 8;"),
    (3, "в)\tз інших причин (зміна місця проживання, відмова від послуги) – 4;"),
    (2, "2.3.\tпродовжено надання послуги у 2026 році – 13 сім'ям."),
    (1, "3.\tСоціальне супроводження сімейних форм виховання – 6 сімей, у яких виховується 19 дітей:"),
    (2, "3.1.\tприйомні сім'ї – 4 (дітей – 11);"),
    (2, "3.2.\tдитячі будинки сімейного типу – 2 (дітей – 9)."),
    (0, "ІІІ.\tПРОФІЛАКТИЧНА РОБОТА"),
    (1, "1.\tПроведено групових заходів – 46, охоплено 1 083 особи:"),
    (2, "1.1.\tу закладах освіти – 29 заходів (812 учасників), з них:"),
    (3, "а)\tтренінги – 11;"),
    (3, "б)\tквести та інтерактивні заняття – 14;"),
    (2, "1.2.\tдля батьків – 9 заходів (163 учасники);"),
    (2, "1.3.\tдля внутрішньо переміщених осіб – 8 заходів (108 учасників)."),
    (0, "IV.\tЗВЕРНЕННЯ ГРОМАДЯН"),
    (1, "1.\tЗвернень до Центру – 289:"),
    (2, "1.1.\tособисто – 164;"),
    (2, "1.2.\tтелефоном – 97;"),
    (2, "1.3.\tписьмово / електронною поштою – 28."),
    (1, "2.\tСкарг не надходило."),
    (0, "V.\tКАДРИ"),
    (1, "1.\tШтатна чисельність – 11 посад, у т.ч.:"),
    (2, "1.1.\tфахівці із соціальної роботи – 7;"),
    (2, "1.2.\tпсихолог – 1;"),
    (1, "2.\tФактично працює – 10 осіб (1 вакансія фахівця із соціальної роботи з 15.10.2025)."),
    (1, "3.\tПідвищили кваліфікацію – 8 працівників."),
    (0, "Директор Центру                                   ________________           12.01.2026"),
]
INDENT = {0: 0, 1: 6, 2: 14, 3: 23, 4: 31}


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for lvl, t in ITEMS:
        p = d.add_paragraph()
        if lvl < 0:
            p.alignment = 1
            p.add_run(t).bold = True
            continue
        p.paragraph_format.left_indent = Mm(INDENT[lvl])
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        r.bold = lvl == 0 and t[:1] in "ІV"
    fix_docx_props(d, "ЦСС Отинія")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {"centre": "Центр соціальних служб Отинійської селищної ради", "centre_type": "css",
                   "settlement": "Отинія", "oblast": "Івано-Франківська", "report_kind": "annual_report",
                   "period_start": "2025-01-01", "period_end": "2025-12-31"})
    f = g.f
    FP = "families_persons"
    no = f("notified", FP, 74, "Надійшло повідомлень про сім'ї/осіб, які можуть перебувати у СЖО, – 74")
    gn = "notified_74_by_source"
    nparts = [f("notified", FP, v, q, label=l, group=gn, parent=no) for v, q, l in [
        (23, "від закладів освіти – 23", "заклади освіти"),
        (18, "від служби у справах дітей – 18", "служба у справах дітей"),
        (9, "від закладів охорони здоров'я – 9", "заклади охорони здоров'я"),
        (11, "від ювенальної превенції – 11", "ювенальна превенція"),
        (13, "від інших суб'єктів та громадян – 13", "інші суб'єкти та громадяни")]]
    na = f("needs_assessed", FP, 68, "Проведено оцінку потреб – 68 сім'ям/особам")
    ga = "assessed_68_by_result"
    sj = f("in_difficult_circumstances", "families", 41, "встановлено СЖО – 41 сім'я", group=ga, parent=na)
    sj1 = f("in_difficult_circumstances", "families", 33, "сім'ї з дітьми – 33", category="сім'ї з дітьми",
            group="sjo_41_by_kind", parent=sj)
    sj11 = f("in_difficult_circumstances", "families", 14,
             "сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків – 14",
             category="сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків", parent=sj1)
    sj12 = f("in_difficult_circumstances", "families", 7, "багатодітні сім'ї – 7", category="багатодітні сім'ї", parent=sj1)
    sj2 = f("in_difficult_circumstances", "persons", 8, "особи похилого віку та особи з інвалідністю – 8",
            category="особи похилого віку та особи з інвалідністю", group="sjo_41_by_kind", parent=sj, unit_alt="families")
    nn = f("needs_assessed", FP, 27, "СЖО не встановлено – 27", label="СЖО не встановлено", group=ga, parent=na)
    sv = f("served", FP, 936, "Соціальні послуги отримали 936 сімей/осіб")
    gs = "served_936_by_service"
    sparts = [f("served", FP, v, q, service=svc, label=l, group=gs, parent=sv) for v, q, svc, l in [
        (402, "консультування – 402", "counselling", None),
        (311, "інформування – 311", "informing", None),
        (52, "соціальний супровід сімей (осіб) у СЖО – 52", "social_support_sjo", None),
        (38, "представництво інтересів – 38", "representation", None),
        (16, "екстрене (кризове) втручання – 16", "crisis_intervention", None),
        (6, "соціальне супроводження прийомних сімей та ДБСТ – 6", "social_support_foster", None),
        (111, "інші послуги – 111", None, "інші послуги")]]
    sjo = "social_support_sjo"
    su = f("served", "families", 52, "перебували під супроводом – 52 сім'ї", service=sjo, alt=["support_ongoing"])
    suc = f("served", "children", 97, "(у них 97 дітей)", service=sjo, alt=["support_ongoing"], parent=su)
    gsu = "support_52_by_start"
    st = f("support_started", "families", 35, "взято під супровід у 2025 році – 35", service=sjo, group=gsu, parent=su)
    tr = f("served", "families", 17, "перейшли з 2024 року – 17", service=sjo, label="перейшли з 2024 року",
           alt=["support_ongoing"], group=gsu, parent=su)
    co = f("support_completed", "families", 39, "завершено супровід – 39 сімей", service=sjo, parent=su)
    gc = "completed_39_by_result"
    o1 = f("outcome_positive", "families", 27, "з позитивним результатом (СЖО подолано) – 27", service=sjo, group=gc, parent=co)
    o1a = f("outcome_positive", "families", 5, "сім'ї ВПО – 5", service=sjo, category="внутрішньо переміщені особи", parent=o1)
    o2 = f("outcome_minimized", "families", 8, "СЖО мінімізовано – 8", service=sjo, group=gc, parent=co)
    o3 = f("outcome_other", "families", 4, "з інших причин (зміна місця проживання, відмова від послуги) – 4", service=sjo,
           label="зміна місця проживання, відмова від послуги", group=gc, parent=co)
    on = f("support_ongoing", "families", 13, "продовжено надання послуги у 2026 році – 13 сім'ям", service=sjo, parent=su)
    fs = "social_support_foster"
    fo = f("served", "families", 6, "Соціальне супроводження сімейних форм виховання – 6 сімей", service=fs)
    foc = f("served", "children", 19, "у яких виховується 19 дітей", service=fs, parent=fo)
    fo1 = f("served", "families", 4, "прийомні сім'ї – 4", service=fs, label="прийомні сім'ї", group="foster_6_by_form", parent=fo)
    fo1c = f("served", "children", 11, "(дітей – 11)", service=fs, label="прийомні сім'ї", group="foster_children_19_by_form",
             parent=fo1)
    fo2 = f("served", "families", 2, "дитячі будинки сімейного типу – 2", service=fs, label="дитячі будинки сімейного типу",
            group="foster_6_by_form", parent=fo)
    fo2c = f("served", "children", 9, "(дітей – 9)", service=fs, label="дитячі будинки сімейного типу",
             group="foster_children_19_by_form", parent=fo2)
    ev = f("events", "events", 46, "Проведено групових заходів – 46")
    ep = f("event_participants", "persons", 1083, "охоплено 1 083 особи", parent=ev)
    e1 = f("events", "events", 29, "у закладах освіти – 29 заходів", label="у закладах освіти", group="events_46_by_audience",
           parent=ev)
    p1 = f("event_participants", "persons", 812, "(812 учасників)", label="у закладах освіти",
           group="participants_1083_by_audience", parent=ep)
    e1a = f("events", "events", 11, "тренінги – 11", label="тренінги", parent=e1)
    e1b = f("events", "events", 14, "квести та інтерактивні заняття – 14", label="квести та інтерактивні заняття", parent=e1)
    e2 = f("events", "events", 9, "для батьків – 9 заходів", label="для батьків", group="events_46_by_audience", parent=ev)
    p2 = f("event_participants", "persons", 163, "(163 учасники)", label="для батьків",
           group="participants_1083_by_audience", parent=ep)
    e3 = f("events", "events", 8, "для внутрішньо переміщених осіб – 8 заходів", label="для ВПО",
           category="внутрішньо переміщені особи", group="events_46_by_audience", parent=ev)
    p3 = f("event_participants", "persons", 108, "(108 учасників)", label="для ВПО", category="внутрішньо переміщені особи",
           group="participants_1083_by_audience", parent=ep)
    ap = f("applied", "applications", 289, "Звернень до Центру – 289", unit_alt="persons")
    aparts = [f("applied", "applications", v, q, label=l, group="applied_289_by_channel", parent=ap) for v, q, l in [
        (164, "особисто – 164", "особисто"), (97, "телефоном – 97", "телефоном"),
        (28, "письмово / електронною поштою – 28", "письмово / електронною поштою")]]
    cp = f("complaints", "complaints", 0, "Скарг не надходило.")
    sp = f("staff_positions", "positions", 11, "Штатна чисельність – 11 посад")
    sp1 = f("staff_positions", "positions", 7, "фахівці із соціальної роботи – 7;", label="фахівці із соціальної роботи", parent=sp)
    sp2 = f("staff_positions", "positions", 1, "психолог – 1", label="психолог", parent=sp)
    sa = f("staff_actual", "staff", 10, "Фактично працює – 10 осіб")
    tn = f("staff_trained", "staff", 8, "Підвищили кваліфікацію – 8 працівників")

    g.slip("parts_sum", "error", "3. Соціальне супроводження сімейних форм виховання – 6 сімей, у яких виховується 19 дітей:", 20, 19,
           [foc, fo1c, fo2c], "the children of the two family forms (a complete list: 4 + 2 = 6 families) sum to 11 + 9 = 20, "
           "one more than the 19 written in the item", f"{fo1c} + {fo2c} == {foc}")
    g.check("parts_sum", "з них:", "I.1: 23 + 18 + 9 + 11 + 13 = 74", " + ".join(nparts) + f" == {no}")
    g.check("parts_sum", "Проведено оцінку потреб – 68 сім'ям/особам:", "41 СЖО + 27 not СЖО = 68", f"{sj} + {nn} == {na}")
    g.check("parts_sum", "встановлено СЖО – 41 сім'я, з них:", "33 + 8 = 41", f"{sj1} + {sj2} == {sj}")
    g.check("parts_sum", "сім'ї з дітьми – 33, у т.ч.:", "14 + 7 = 21 ≤ 33 (a partial list «у т.ч.»)", f"{sj11} + {sj12} <= {sj1}")
    g.check("parts_sum", "Соціальні послуги отримали 936 сімей/осіб, у тому числі:", "402 + 311 + 52 + 38 + 16 + 6 + 111 = 936",
            " + ".join(sparts) + f" == {sv}")
    g.check("parts_sum", "перебували під супроводом – 52 сім'ї (у них 97 дітей), з них:", "35 new + 17 from 2024 = 52",
            f"{st} + {tr} == {su}")
    g.check("parts_sum", "завершено супровід – 39 сімей:", "27 + 8 + 4 = 39", f"{o1} + {o2} + {o3} == {co}")
    g.check("parts_sum", "продовжено надання послуги у 2026 році – 13 сім'ям.", "39 completed + 13 continued = 52",
            f"{co} + {on} == {su}")
    g.check("parts_sum", "сім'ї ВПО – 5;", "5 ≤ 27", f"{o1a} <= {o1}")
    g.check("internal_conflict", "соціальний супровід сімей (осіб) у СЖО – 52 (див. п. 2);",
            "II.1.3 and II.2.1 give the same 52", f"{sparts[2]} == {su}")
    g.check("internal_conflict", "соціальне супроводження прийомних сімей та ДБСТ – 6 (див. п. 3);",
            "II.1.6 and II.3 give the same 6", f"{sparts[5]} == {fo}")
    g.check("parts_sum", "Соціальне супроводження сімейних форм виховання – 6 сімей", "4 + 2 = 6 families", f"{fo1} + {fo2} == {fo}")
    g.check("parts_sum", "Проведено групових заходів – 46, охоплено 1 083 особи:", "events 29 + 9 + 8 = 46",
            f"{e1} + {e2} + {e3} == {ev}")
    g.check("parts_sum", "Проведено групових заходів – 46, охоплено 1 083 особи:", "participants 812 + 163 + 108 = 1 083",
            f"{p1} + {p2} + {p3} == {ep}")
    g.check("parts_sum", "у закладах освіти – 29 заходів (812 учасників), з них:",
            "11 + 14 = 25 ≤ 29 (a partial sub-list: other school events not itemised)", f"{e1a} + {e1b} <= {e1}")
    g.check("parts_sum", "Звернень до Центру – 289:", "164 + 97 + 28 = 289", " + ".join(aparts) + f" == {ap}")
    g.check("parts_sum", "Штатна чисельність – 11 посад, у т.ч.:", "7 + 1 = 8 ≤ 11 (partial)", f"{sp1} + {sp2} <= {sp}")
    g.check("parts_sum", "Фактично працює – 10 осіб (1 вакансія", "10 staff + 1 vacancy (literal) = 11 positions; 8 trained ≤ 10",
            f"{sa} + 1 == {sp} and {tn} <= {sa}")

    g.skip("78230, Івано-Франківська обл., Коломийський р-н, смт Отинія, вул. Незалежності, 9, тел. (03433) 0-24-18, ЄДРПОУ 43910264",
           [78230, 9, 3433, 2418, 43910264], "postcode, address, phone, ЄДРПОУ")
    g.skip("ОСНОВНІ ПОКАЗНИКИ РОБОТИ ЗА 2025 РІК", [2025], "year in the title")
    g.skip("(відповідно до Програми підтримки сім'ї та дітей на 2024–2026 роки, затвердженої рішенням селищної ради від 19.12.2023 № 2317-41/2023; громада – 23 населені пункти, 24,8 тис. жителів)",
           [2024, 2026, 19, 12, 2023, 2317, 41, 2023, 23, 24800], "programme years, decision date/number, settlements, population")
    g.skip("(у 2024 р. – 81)", [2024, 81], "prior-year figure")
    g.skip("1.1. від закладів освіти", [1, 1, 2, 3, 4, 5, 6, 7], "list numbering (І.–V., 1.–3., 1.1.–2.3., а)–в))")
    g.skip("(див. п. 2)", [2], "cross-reference to an item (also «див. п. 3»)")
    g.skip("взято під супровід у 2025 році", [2025], "year")
    g.skip("перейшли з 2024 року", [2024], "year (the 17 is a 2025 figure)")
    g.skip("продовжено надання послуги у 2026 році", [2026], "year (the 13 is a 2025 figure)")
    g.skip("(1 вакансія фахівця із соціальної роботи з 15.10.2025)", [1, 15, 10, 2025], "vacancy (used as a literal), date")
    g.skip("Директор Центру ________________ 12.01.2026", [12, 1, 2026], "signing date")
    g.note("every sub-item hangs on its item (parent_id); complete sub-lists carry a group, partial ones («у т.ч.» with items "
           "that do not exhaust the item: I.2.1 а) dashes, III.1.1 а)–б), V.1) carry parent only")
    g.note("I.2: 41 СЖО and 27 «СЖО не встановлено» partition the 68 assessed (group across two indicators); "
           "«особи похилого віку та особи з інвалідністю – 8» → persons (unit_alt families)")
    g.note("written twice → two facts: the 52 families under support (II.1.3 and II.2.1) and the 6 foster families (II.1.6 and II.3)")
    g.note("«перейшли з 2024 року – 17» → served with a label (alt support_ongoing); «продовжено у 2026 році – 13» → support_ongoing")
    g.note("the children of the foster forms: 11 + 9 = 20 against 19 (the planted slip); the families 4 + 2 = 6 add up")
    g.note("«Звернень до Центру – 289» by channel: «телефоном – 97» is a part of the appeals, not hotline calls")
    g.write()


if __name__ == "__main__":
    main()
