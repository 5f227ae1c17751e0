"""b105_08: Центр соціальних служб Лютенської сільської ради (Полтавська), information on 2025 in an official letter.
Less common style: the whole body is a few very long legal-style paragraphs, clauses separated by semicolons and
«а також» («…надано 1 047 послуг, а саме: …; забезпечено …; охоплено …, а також …»). DOCX.
Planted slip: parts_sum (the services «а саме» list sums to 1 050, three more than the 1 047 stated)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

NAME = "b105_08_liutenka_css_annual2025.docx"

HEAD = [
    "ЛЮТЕНСЬКА СІЛЬСЬКА РАДА МИРГОРОДСЬКОГО РАЙОНУ ПОЛТАВСЬКОЇ ОБЛАСТІ",
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ",
    "37043, с. Лютенька, вул. Миру, 8, тел. (05354) 0-23-71, e-mail: css.liutenka@example.ua, код ЄДРПОУ 45102389",
    "Вих. № 02-14/19 від 12.01.2026                                  На № 01-27/1143 від 29.12.2025",
    "Відділ соціального захисту населення Лютенської сільської ради",
]
BODY = [
    "Центр соціальних служб Лютенської сільської ради на виконання Закону України «Про соціальні послуги» від "
    "17.01.2019 № 2671-VIII, постанови Кабінету Міністрів України від 01.06.2020 № 587 та на Ваш запит інформує, "
    "що протягом 2025 року фахівцями Центру надано 1 047 соціальних послуг, а саме: інформування – 412, "
    "консультування – 356, соціальна профілактика – 171, соціальний супровід сімей (осіб), які перебувають у "
    "складних життєвих обставинах, – 98, посередництво – 13 (у 2024 році – 968 послуг); забезпечено проведення "
    "оцінки потреб 46 сімей (осіб), у тому числі 19 сімей, у яких виховуються діти, за результатами якої складні "
    "життєві обставини виявлено у 27 сімей (осіб); охоплено соціальним супроводом 21 сім’ю, в яких виховується "
    "48 дітей, з них 13 сімей взято під супровід у звітному році, серед яких дві – сім’ї внутрішньо переміщених "
    "осіб, а також завершено супровід 11 сімей, з яких у 7 сімей складні життєві обставини подолано, у 3 – "
    "мінімізовано, 1 сім’я відмовилася від подальшого отримання послуги, тоді як 10 сімей продовжують отримувати "
    "послугу у 2026 році.",
    "Крім того, Центром здійснюється соціальний супровід 3 прийомних сімей, у яких виховується 8 дітей, та 1 "
    "дитячого будинку сімейного типу, де виховується 7 дітей, з кожною з яких укладено договір на 2025–2027 роки; "
    "соціальні послуги отримали 64 внутрішньо переміщені особи, які проживають у 2 місцях компактного проживання; "
    "проведено 15 групових заходів (тренінги, батьківські збори, акції до Міжнародного дня захисту дітей 1 червня), "
    "якими охоплено 247 осіб, у тому числі 162 дитини; на телефон довіри надійшло 39 дзвінків, а також до Центру "
    "звернулися 112 осіб з питань отримання соціальних послуг, з них 37 – вперше.",
    "Штатний розпис Центру налічує 7 посад, фактично працює 6 фахівців із соціальної роботи (1 вакансія), 4 з "
    "яких у 2025 році пройшли навчання за програмою підвищення кваліфікації обсягом 30 годин; скарг щодо якості "
    "наданих послуг до Центру не надходило; у 2026 році Центр планує створити ще 2 прийомні сім’ї та запровадити "
    "послугу підтриманого проживання для 5 осіб віком від 18 до 23 років з числа дітей-сиріт.",
]
SIGN = ["Директор Центру                                                   (підпис)",
        "Виконавець: фахівець із соціальної роботи, тел. (05354) 0-23-75"]


def build(path):
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(14)
    for i, h in enumerate(HEAD):
        p = doc.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if i < 3 else (WD_ALIGN_PARAGRAPH.RIGHT if i == 4 else None)
    for b in BODY:
        p = doc.add_paragraph(b)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Pt(36)
    for s in SIGN:
        doc.add_paragraph(s)
    save_docx(doc, path, author="ЦСС")


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Лютенської сільської ради",
        "centre_type": "css", "settlement": "Лютенька", "oblast": "Полтавська",
        "report_kind": "annual_report", "period_start": "2025-01-01", "period_end": "2025-12-31"},
        {"report_kind": ["period_report", "other"], "settlement": ["Лютенська сільська громада"]})
    f = g.f
    sv = f("services_provided", "services", 1047, "фахівцями Центру надано 1 047 соціальних послуг")
    s1 = f("services_provided", "services", 412, "інформування – 412", service="informing", parent=sv, group="services_1047")
    s2 = f("services_provided", "services", 356, "консультування – 356", service="counselling", parent=sv,
           group="services_1047")
    s3 = f("services_provided", "services", 171, "соціальна профілактика – 171", service="social_prevention", parent=sv,
           group="services_1047")
    s4 = f("services_provided", "services", 98, "складних життєвих обставинах, – 98", service="social_support_sjo",
           parent=sv, group="services_1047")
    s5 = f("services_provided", "services", 13, "посередництво – 13", service="mediation", parent=sv,
           group="services_1047")
    na = f("needs_assessed", "families_persons", 46, "оцінки потреб 46 сімей (осіб)")
    nac = f("needs_assessed", "families", 19, "у тому числі 19 сімей, у яких виховуються діти", parent=na)
    sjo = f("in_difficult_circumstances", "families_persons", 27, "життєві обставини виявлено у 27 сімей (осіб)",
            parent=na)
    sp = f("served", "families", 21, "охоплено соціальним супроводом 21 сім'ю", service="social_support_sjo",
           alt=["support_ongoing"])
    spc = f("served", "children", 48, "в яких виховується 48 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=sp)
    st = f("support_started", "families", 13, "з них 13 сімей взято під супровід у звітному році",
           service="social_support_sjo", parent=sp)
    sti = f("support_started", "families", 2, "серед яких дві – сім'ї внутрішньо переміщених", service="social_support_sjo",
            category="внутрішньо переміщені особи", parent=st, note="number in words («дві»)")
    cp = f("support_completed", "families", 11, "завершено супровід 11 сімей", service="social_support_sjo", parent=sp,
           group="support_21_end_of_year")
    o1 = f("outcome_positive", "families", 7, "у 7 сімей складні життєві обставини подолано", parent=cp,
           group="completed_11_by_result")
    o2 = f("outcome_minimized", "families", 3, "у 3 – мінімізовано", parent=cp, group="completed_11_by_result")
    o3 = f("outcome_other", "families", 1, "1 сім'я відмовилася від подальшого отримання послуги", parent=cp,
           group="completed_11_by_result", label="відмова від подальшого отримання послуги")
    og = f("support_ongoing", "families", 10, "10 сімей продовжують отримувати послугу у 2026 році",
           service="social_support_sjo", parent=sp, group="support_21_end_of_year")
    ff = f("served", "families", 3, "соціальний супровід 3 прийомних сімей", service="social_support_foster",
           alt=["support_ongoing"], label="прийомні сім'ї")
    ffc = f("served", "children", 8, "у яких виховується 8 дітей", service="social_support_foster",
            alt=["support_ongoing"], parent=ff)
    db = f("served", "families", 1, "та 1 дитячого будинку сімейного типу", service="social_support_foster",
           alt=["support_ongoing"], label="дитячий будинок сімейного типу")
    dbc = f("served", "children", 7, "де виховується 7 дітей", service="social_support_foster", alt=["support_ongoing"],
            parent=db)
    idp = f("served", "persons", 64, "соціальні послуги отримали 64 внутрішньо переміщені особи",
            category="внутрішньо переміщені особи")
    ev = f("events", "events", 15, "проведено 15 групових заходів")
    ep = f("event_participants", "persons", 247, "якими охоплено 247 осіб", parent=ev)
    epc = f("event_participants", "children", 162, "у тому числі 162 дитини", parent=ep)
    cl = f("calls", "calls", 39, "на телефон довіри надійшло 39 дзвінків")
    ap = f("applied", "persons", 112, "звернулися 112 осіб з питань отримання соціальних послуг")
    ap1 = f("applied", "persons", 37, "з них 37 – вперше", parent=ap, label="вперше")
    ps = f("staff_positions", "positions", 7, "Штатний розпис Центру налічує 7 посад")
    sa = f("staff_actual", "staff", 6, "фактично працює 6 фахівців із соціальної роботи")
    tr = f("staff_trained", "staff", 4, "4 з яких у 2025 році пройшли навчання", parent=sa)
    cm = f("complaints", "complaints", 0, "скарг щодо якості наданих послуг до Центру не надходило")

    n = lambda x: x[1:]
    g.slip("parts_sum", "error", "надано 1 047 соціальних послуг, а саме: інформування – 412, консультування – 356",
           1047, 1050, [sv, s1, s2, s3, s4, s5],
           "«а саме» list: 412 + 356 + 171 + 98 + 13 = 1 050, three more than the 1 047 stated",
           f"f{n(s1)} + f{n(s2)} + f{n(s3)} + f{n(s4)} + f{n(s5)} == f{n(sv)}")
    g.check("parts_sum", "у тому числі 19 сімей, у яких виховуються діти", "19 ≤ 46; 27 in СЖО ≤ 46",
            f"f{n(nac)} <= f{n(na)} and f{n(sjo)} <= f{n(na)}")
    g.check("parts_sum", "з них 13 сімей взято під супровід у звітному році", "13 ≤ 21; дві ≤ 13",
            f"f{n(st)} <= f{n(sp)} and f{n(sti)} <= f{n(st)}")
    g.check("parts_sum", "завершено супровід 11 сімей, з яких у 7 сімей", "7 + 3 + 1 = 11",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cp)}")
    g.check("parts_sum", "тоді як 10 сімей продовжують", "11 completed + 10 continued = 21 under support",
            f"f{n(cp)} + f{n(og)} == f{n(sp)}")
    g.check("parts_sum", "якими охоплено 247 осіб, у тому числі 162 дитини", "162 ≤ 247", f"f{n(epc)} <= f{n(ep)}")
    g.check("parts_sum", "з них 37 – вперше", "37 ≤ 112", f"f{n(ap1)} <= f{n(ap)}")
    g.check("parts_sum", "фактично працює 6 фахівців із соціальної роботи (1 вакансія)",
            "7 positions − 6 working = 1 vacancy (skipped literal); 4 trained ≤ 6",
            f"f{n(ps)} - f{n(sa)} == 1 and f{n(tr)} <= f{n(sa)}")

    g.skip(HEAD[2], [37043, 8, 5354, 2371, 45102389], "postcode, address, phone, ЄДРПОУ")
    g.skip(" ".join(HEAD[3].split()), [2, 14, 19, 12, 1, 2026, 1, 27, 1143, 29, 12, 2025], "outgoing and incoming numbers and dates")
    g.skip("від 17.01.2019 № 2671-VIII, постанови Кабінету Міністрів України від 01.06.2020 № 587",
           [17, 1, 2019, 2671, 1, 6, 2020, 587], "legal acts")
    g.skip("(у 2024 році – 968 послуг)", [2024, 968], "prior-year figure")
    g.skip("з кожною з яких укладено договір на 2025–2027 роки", [2025, 2027], "contract years")
    g.skip("у 2 місцях компактного проживання", [2], "count of places, no §3 id")
    g.skip("до Міжнародного дня захисту дітей 1 червня", [1], "date")
    g.skip("(1 вакансія)", [1], "vacancy, no §3 id")
    g.skip("обсягом 30 годин", [30], "duration")
    g.skip("у 2026 році Центр планує створити ще 2 прийомні сім'ї та запровадити послугу підтриманого проживання для 5 "
           "осіб віком від 18 до 23 років з числа дітей-сиріт", [2026, 2, 5, 18, 23], "plan for 2026 with ages")
    g.skip("Виконавець: фахівець із соціальної роботи, тел. (05354) 0-23-75", [5354, 2375], "phone")

    g.note("The letter body is three very long paragraphs; each fact is quoted by its clause.")
    g.note("report_kind annual_report: a reply letter with the year's figures («протягом 2025 року»); meta_alt accepts "
           "period_report and other, since it is an information letter, not a formal annual report.")
    g.note("The services «а саме» list is a partition of the 1 047 services (it names each service); it sums to 1 050 "
           "(the slip). «соціальна профілактика» → social_prevention, «посередництво» → mediation.")
    g.note("«46 сімей (осіб)» → unit families_persons; «19 сімей, у яких виховуються діти» is a part (families); «27 сімей "
           "(осіб)» in СЖО → in_difficult_circumstances families_persons, parent the 46.")
    g.note("«охоплено соціальним супроводом 21 сім'ю, в яких виховується 48 дітей» → served (alt support_ongoing), "
           "children hang on it; «дві – сім'ї внутрішньо переміщених осіб» is a number in words and a fact "
           "(support_started 2, parent the 13 taken).")
    g.note("«10 сімей продовжують отримувати послугу у 2026 році» → support_ongoing (a 2025 fact); 11 + 10 = 21.")
    g.note("Foster families and the ДБСТ → served, social_support_foster (alt support_ongoing), children on each.")
    g.note("«4 з яких у 2025 році пройшли навчання» → staff_trained 4, parent the 6 working.")
    return g


if __name__ == "__main__":
    build(report_path(NAME))
    gold().write()
