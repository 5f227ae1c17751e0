"""b75_08: КУ «ЦНСП» Зеленогірської селищної ради (Одеська), report for 2023 written in heavy surzhyk,
with Russianisms and Russian words («на протязі», «слідуючі», «об'єм», «складає», «семей», «чел.», «услуг»,
«из них», «жалоб не поступало»), typed in haste: missing spaces, inconsistent abbreviations. DOCX."""
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b75_08_zelenohirske_cnsp_surzhyk2023.docx"

PARAS = [
    "КУ «Центр надання соціальних послуг» Зеленогірської селищної ради",
    "Подільського р-ну Одеської обл.",
    "67340 смт.Зеленогірське вул.Центральна 27 тел.(04862)0-51-93",
    "ЗВІТ",
    "про роботу КУ «ЦНСП» на протязі 2023 року",
    "Згідно наказу директора від 03.01.2023 №1-од та Положення Центр на протязі 2023 року надавав слідуючі послуги: догляд вдома, натуральна допомога, консультування, соц.супровід семей у СЖО, соціальне таксі.",
    "Кількість отримувачів послуг на протязі року складає 632 чел. та 19 семей (соц.супровід), в т.ч.:",
    "- догляд вдома – 163 чел.",
    "- натуральна допомога – 297 чел.",
    "- консультування – 121 чел.",
    "- соц.таксі – 51 чел.",
    "(в 2022 році було 584 чел.)",
    "Кількість звернень за рік складає 702, из них письмових – 388.",
    "Догляд вдома. На протязі року обслужено вдома 163 чел., взято на обслуговування 18 чел., знято з обслуговування 15 чел. (померло 11, переїхали до родичів 4). На даний момент на обслуговуванні знаходиться 148 человек, из них одиноких – 61, одиноко проживаючих – 54, тих що мають рідних які не можуть доглядати – 36. Тариф за 1 годину – 68,40 грн згідно рішення виконкому №217 від 14.04.2023.",
    "Натуральну допомогу получили 297 чел., з них ВПО – 143 чел. Видано 2 380 продуктових наборів та 640 кг борошна від БФ «Надія Півдня».",
    "Соц.супровід. Під соц.супроводом знаходилось 19 семей (в них 42 дитини), з них 7 семей ВПО. Взято на супровід 8 семей, закрито 9 случаев: з позитивним результатом – 6, переїзд – 2, відмова від послуги – 1.",
    "Соц.таксі: зроблено 134 поїздки, пробіг 3 912 км, тариф 10 грн/км.",
    "Мобільною бригадою в віддалених селах (3 старостинські округи) обслужено 48 чел.",
    "Об'єм послуг: на протязі року надано 19 842 услуг, з них по догляду вдома 17 310, натуральна допомога 1 204, консультацій 1 328.",
    "Проведено 11 масових заходів для пенсіонерів та дітей ВПО, охвачено 236 чел. Працівники центру прийняли участь в 14 семінарах та вебінарах, навчання пройшли 9 чел.",
    "Проведено анкетування 60 получателей услуг, 95 % довольні якістю послуг. Жалоб на протязі року не поступало.",
    "Кадри: штатна чисельність – 29 шт.од., фактично працює 27 человек, из них соц.робітників – 19.",
    "Фінансування: об'єм фінансування на 2023 рік складає 8 615,4 тис.грн, використано 8 602,9 тис.грн, економія – 12,5 тис.грн.",
    "На 2024 рік планується відкрити відділення денного перебування на 15 чоловік.",
    "Директор                              підпис",
    "09.01.24р.",
]


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for t in PARAS:
        d.add_paragraph(t)
    fix_docx_props(d, "User")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Зеленогірської селищної ради",
        "centre_type": "cnsp", "settlement": "Зеленогірське", "oblast": "Одеська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Зеленогірської селищної ради",
                    "КУ «Центр надання соціальних послуг» Зеленогірської селищної ради"]})
    f = g.f
    tot = f("served", "persons", 632, "Кількість отримувачів послуг на протязі року складає 632 чел.")
    fam = f("served", "families", 19, "632 чел. та 19 семей (соц.супровід)", service="social_support_sjo",
            alt=["support_ongoing"])
    parts = []
    for v, sid, q in ((163, "home_care", "- догляд вдома – 163 чел."), (297, "natural_aid", "- натуральна допомога – 297 чел."),
                      (121, "counselling", "- консультування – 121 чел."), (51, "social_taxi", "- соц.таксі – 51 чел.")):
        parts.append(f("served", "persons", v, q, service=sid, group="served_632_by_service", parent=tot))
    ap = f("applied", "applications", 702, "Кількість звернень за рік складає 702", unit_alt="persons")
    apw = f("applied", "applications", 388, "из них письмових – 388", label="письмові", parent=ap, unit_alt="persons")
    hc = f("served", "persons", 163, "На протязі року обслужено вдома 163 чел.", service="home_care")
    new = f("served", "persons", 18, "взято на обслуговування 18 чел.", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування")
    dr = f("deregistered", "persons", 15, "знято з обслуговування 15 чел.", service="home_care")
    d1 = f("deregistered", "persons", 11, "померло 11", service="home_care", label="померло", alt=["outcome_other"],
           group="removed_15_by_reason", parent=dr)
    d2 = f("deregistered", "persons", 4, "переїхали до родичів 4", service="home_care", label="переїхали до родичів",
           alt=["outcome_other"], group="removed_15_by_reason", parent=dr)
    now = f("served", "persons", 148, "На даний момент на обслуговуванні знаходиться 148 человек", service="home_care",
            alt=["support_ongoing"], label="на обслуговуванні на кінець року")
    c1 = f("served", "persons", 61, "из них одиноких – 61", service="home_care", category="одинокі",
           alt=["support_ongoing"], group="home_care_148_by_status", parent=now)
    c2 = f("served", "persons", 54, "одиноко проживаючих – 54", service="home_care", category="одиноко проживаючі",
           alt=["support_ongoing"], group="home_care_148_by_status", parent=now)
    c3 = f("served", "persons", 36, "тих що мають рідних які не можуть доглядати – 36", service="home_care",
           category="мають рідних, які не можуть доглядати", alt=["support_ongoing"], group="home_care_148_by_status",
           parent=now)
    nat = f("served", "persons", 297, "Натуральну допомогу получили 297 чел.", service="natural_aid")
    nidp = f("served", "persons", 143, "з них ВПО – 143 чел.", service="natural_aid", category="внутрішньо переміщені особи",
             parent=nat)
    sup = f("served", "families", 19, "Під соц.супроводом знаходилось 19 семей", service="social_support_sjo",
            alt=["support_ongoing"])
    f("served", "children", 42, "(в них 42 дитини)", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    sidp = f("served", "families", 7, "з них 7 семей ВПО", service="social_support_sjo", alt=["support_ongoing"],
             category="внутрішньо переміщені особи", parent=sup)
    st = f("support_started", "families", 8, "Взято на супровід 8 семей", service="social_support_sjo", parent=sup)
    cl = f("support_completed", "families", 9, "закрито 9 случаев", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 6, "з позитивним результатом – 6", service="social_support_sjo",
           group="closed_9_by_result", parent=cl)
    o2 = f("outcome_other", "families", 2, "переїзд – 2", service="social_support_sjo", label="переїзд",
           group="closed_9_by_result", parent=cl)
    o3 = f("outcome_other", "families", 1, "відмова від послуги – 1", service="social_support_sjo",
           label="відмова від послуги", group="closed_9_by_result", parent=cl)
    f("served", "persons", 48, "Мобільною бригадою в віддалених селах (3 старостинські округи) обслужено 48 чел.",
      label="мобільна бригада, віддалені села")
    sp = f("services_provided", "services", 19842, "на протязі року надано 19 842 услуг")
    s1 = f("services_provided", "services", 17310, "по догляду вдома 17 310", service="home_care",
           group="services_19842_by_service", parent=sp)
    s2 = f("services_provided", "services", 1204, "натуральна допомога 1 204", service="natural_aid",
           group="services_19842_by_service", parent=sp)
    s3 = f("services_provided", "services", 1328, "консультацій 1 328", service="counselling",
           group="services_19842_by_service", parent=sp)
    ev = f("events", "events", 11, "Проведено 11 масових заходів для пенсіонерів та дітей ВПО")
    f("event_participants", "persons", 236, "охвачено 236 чел.", parent=ev)
    tr = f("staff_trained", "staff", 9, "навчання пройшли 9 чел.")
    sv = f("survey_respondents", "recipients", 60, "Проведено анкетування 60 получателей услуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 95, "95 % довольні якістю послуг", alt=["share"])
    f("complaints", "complaints", 0, "Жалоб на протязі року не поступало.")
    pos = f("staff_positions", "positions", 29, "штатна чисельність – 29 шт.од.")
    act = f("staff_actual", "staff", 27, "фактично працює 27 человек")
    sw = f("staff_actual", "staff", 19, "из них соц.робітників – 19", label="соціальні робітники", parent=act)
    ba = f("budget_approved", "uah", 8615400, "об'єм фінансування на 2023 рік складає 8 615,4 тис.грн")
    bs = f("budget_spent", "uah", 8602900, "використано 8 602,9 тис.грн")
    be = f("budget_savings", "uah", 12500, "економія – 12,5 тис.грн")

    g.slip("parts_sum", "error",
           "На даний момент на обслуговуванні знаходиться 148 человек, из них одиноких – 61, одиноко проживаючих – 54, тих що мають рідних які не можуть доглядати – 36.",
           151, 148, [now, c1, c2, c3],
           "the three living-status groups partition the 148 on home care but sum to 151 (3 extra); 148 itself is right "
           "(163 − 15)", f"{c1} + {c2} + {c3} == {now}")
    g.check("parts_sum", "в т.ч.:", "163 + 297 + 121 + 51 = 632 persons (the 19 families are counted apart)",
            " + ".join(parts) + f" == {tot}")
    g.check("parts_sum", "знято з обслуговування 15 чел. (померло 11, переїхали до родичів 4)", "11 + 4 = 15",
            f"{d1} + {d2} == {dr}")
    g.check("table_arithmetic", "На даний момент на обслуговуванні знаходиться 148 человек",
            "163 served in the year − 15 removed = 148 at the end; 18 taken ≤ 163", f"{hc} - {dr} == {now} and {new} <= {hc}")
    g.check("parts_sum", "закрито 9 случаев: з позитивним результатом – 6, переїзд – 2, відмова від послуги – 1",
            "6 + 2 + 1 = 9; 8 taken and 9 closed ≤ 19; 7 IDP ≤ 19", f"{o1} + {o2} + {o3} == {cl} and {st} <= {sup} and {cl} <= {sup} and {sidp} <= {sup}")
    g.check("parts_sum", "надано 19 842 услуг, з них по догляду вдома 17 310, натуральна допомога 1 204, консультацій 1 328",
            "17 310 + 1 204 + 1 328 = 19 842", f"{s1} + {s2} + {s3} == {sp}")
    g.check("table_arithmetic", "економія – 12,5 тис.грн", "8 615,4 − 8 602,9 = 12,5 тис. грн", f"{ba} - {bs} == {be}")
    g.check("percent_impossible", "Проведено анкетування 60 получателей услуг, 95 % довольні",
            "57 of 60 = 95 %", f"grim_ok({sat}, {sv}, 0)")
    g.check("internal_conflict", "Натуральну допомогу получили 297 чел.",
            "home care 163, natural aid 297 and social support 19 families are each written twice and agree",
            f"{hc} == {parts[0]} and {nat} == {parts[1]} and {sup} == {fam}")
    g.check("parts_sum", "из них соц.робітників – 19", "19 ≤ 27 ≤ 29; 143 ≤ 297; 388 ≤ 702",
            f"{sw} <= {act} <= {pos} and {nidp} <= {nat} and {apw} <= {ap}")

    g.skip("67340 смт.Зеленогірське вул.Центральна 27 тел.(04862)0-51-93", [67340, 27, 4862, 5193], "postcode, address, phone")
    g.skip("про роботу КУ «ЦНСП» на протязі 2023 року", [2023], "report period (meta)")
    g.skip("Згідно наказу директора від 03.01.2023 №1-од", [3, 1, 2023, 1], "order date and number")
    g.skip("(в 2022 році було 584 чел.)", [2022, 584], "prior-year figure")
    g.skip("Тариф за 1 годину – 68,40 грн згідно рішення виконкому №217 від 14.04.2023.", [1, 68.4, 217, 14, 4, 2023],
           "hourly tariff, decision number and date")
    g.skip("Видано 2 380 продуктових наборів та 640 кг борошна", [2380, 640], "items handed out")
    g.skip("Соц.таксі: зроблено 134 поїздки, пробіг 3 912 км, тариф 10 грн/км.", [134, 3912, 10],
           "trips (no §3 id), mileage, tariff")
    g.skip("(3 старостинські округи)", [3], "count of starosta districts")
    g.skip("Працівники центру прийняли участь в 14 семінарах та вебінарах", [14],
           "seminars the staff attended (not events held by the centre; the 9 trained are the staff fact)")
    g.skip("На 2024 рік планується відкрити відділення денного перебування на 15 чоловік.", [2024, 15], "plan, capacity")
    g.skip("09.01.24р.", [9, 1, 24], "compile date (two-digit year)")

    g.note("written in surzhyk: «чел.»/«человек» → persons, «семей» → families, «услуг» → services, «получателей» → recipients (unit_alt persons); «на даний момент … знаходиться 148 человек» → served home_care at the year's end (alt support_ongoing)")
    g.note("«прийняли участь в 14 семінарах» is staff attending, not events held; the centre's own events are «Проведено 11 масових заходів»")
    g.note("«об'єм фінансування на 2023 рік складає» → budget_approved; «використано» → budget_spent; no KEKV")
    g.note("home care 163, natural aid 297 and the 19 families under social support are each written twice: two facts each")
    g.note("the total 632 counts persons; the 19 families under social support are given apart in the same sentence")
    g.write()


if __name__ == "__main__":
    build()
    gold()
