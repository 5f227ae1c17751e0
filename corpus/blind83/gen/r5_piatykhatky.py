"""b83_05: Служба у справах дітей П'ятихатської міської ради (Дніпропетровська), information for Q3 2024.
reportlab PDF (Liberation). Impersonal. No planted slip: everything adds up."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph
from common import Gold, report_path, register_fonts

DOC = "b83_05_piatykhatky_ssd_q3_2024.pdf"

PARAS = [
    ("h", "СЛУЖБА У СПРАВАХ ДІТЕЙ П'ЯТИХАТСЬКОЇ МІСЬКОЇ РАДИ"),
    ("s", "52100, Дніпропетровська обл., Кам'янський р-н, м. П'ятихатки, вул. Садова, 3, тел. (05651) 0-31-42"),
    ("s", "№ 02-14/287 від 07.10.2024"),
    ("h", "Інформація про роботу служби у справах дітей за III квартал 2024 року"),
    ("p", "1. Станом на 30.09.2024 на первинному обліку служби перебуває 74 дитини-сироти та дитини, позбавлені "
          "батьківського піклування (на 01.07.2024 – 71). Протягом кварталу на облік взято 6 дітей, знято з обліку "
          "3 дитини: 2 – у зв'язку з досягненням повноліття, 1 – у зв'язку з усиновленням. Із 74 дітей 52 "
          "виховуються в сім'ях опікунів, піклувальників, 16 – у прийомних сім'ях та ДБСТ, 6 – у закладах "
          "інституційного догляду."),
    ("p", "2. Повідомлення про 13 дітей, які можуть перебувати у складних життєвих обставинах, надійшли від закладів "
          "освіти, поліції та медичних закладів. На обліку дітей, які перебувають у складних життєвих обставинах, "
          "станом на 30.09.2024 перебуває 39 дітей із 22 сімей. За квартал на облік взято 7 дітей, знято 5 дітей "
          "(у 4 – обставини подолано, 1 – вибув за межі громади)."),
    ("p", "3. Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, за квартал надано 58 "
          "дітям, серед них 11 – внутрішньо переміщені. Загалом з 2022 року такий статус мають 1 143 дитини громади."),
    ("p", "4. До служби надійшло 41 звернення громадян, усі розглянуто в установлений строк (до 30 днів). "
          "Консультації з питань захисту прав дітей надано 64 особам. На телефон довіри служби надійшло 17 дзвінків."),
    ("p", "5. Проведено 3 засідання комісії з питань захисту прав дитини, розглянуто 27 питань, підготовлено 9 "
          "висновків органу опіки та піклування для суду. Усиновлено 1 дитину, влаштовано до сімейних форм "
          "виховання 4 дитини."),
    ("p", "6. Спільно з ювенальною превенцією проведено 4 рейди «Діти вулиці», обстежено умови проживання 31 сім'ї. "
          "У закладах освіти проведено 5 профілактичних заходів, якими охоплено 312 учнів 5–11 класів."),
    ("p", "7. Штатна чисельність служби – 4 посади, фактично працює 4 працівники; 1 фахівець пройшов навчання з "
          "ведення ЄІАС «Діти» (16 годин)."),
    ("p", "Начальник служби у справах дітей"),
]


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, spaceAfter=6, firstLineIndent=24)
    head = ParagraphStyle("h", parent=body, fontName="LSerif-B", alignment=1, firstLineIndent=0)
    small = ParagraphStyle("s", parent=body, fontSize=10, leading=12, firstLineIndent=0)
    story = [Paragraph(t, {"h": head, "p": body, "s": small}[k]) for k, t in PARAS]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Інформація III квартал 2024").build(story)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей П'ятихатської міської ради",
        "centre_type": "other", "settlement": "П'ятихатки", "oblast": "Дніпропетровська",
        "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30"})
    n = lambda x: x[1:]  # noqa: E731
    r = g.f("registered", "children", 74, "на первинному обліку служби перебуває 74 дитини-сироти",
            label="діти-сироти та діти, позбавлені батьківського піклування")
    rn = g.f("registered_new", "children", 6, "Протягом кварталу на облік взято 6 дітей",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    de = g.f("deregistered", "children", 3, "знято з обліку 3 дитини",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    d1 = g.f("deregistered", "children", 2, "2 – у зв'язку з досягненням повноліття", label="досягнення повноліття",
             group="deregistered_3_by_reason", parent=de)
    d2 = g.f("deregistered", "children", 1, "1 – у зв'язку з усиновленням", label="усиновлення",
             group="deregistered_3_by_reason", parent=de)
    nt = g.f("notified", "children", 13, "Повідомлення про 13 дітей")
    sf = g.f("registered", "families", 22, "перебуває 39 дітей із 22 сімей", label="сім'ї у СЖО")
    sc = g.f("registered", "children", 39, "перебуває 39 дітей із 22 сімей", label="діти у СЖО", parent=sf)
    sn = g.f("registered_new", "children", 7, "За квартал на облік взято 7 дітей", label="діти у СЖО")
    sd = g.f("deregistered", "children", 5, "знято 5 дітей", label="діти у СЖО")
    s1 = g.f("deregistered", "children", 4, "у 4 – обставини подолано", label="обставини подолано",
             alt=["outcome_positive"], group="deregistered_5_by_reason", parent=sd)
    s2 = g.f("deregistered", "children", 1, "1 – вибув за межі громади", label="вибуття за межі громади",
             alt=["outcome_other"], group="deregistered_5_by_reason", parent=sd)
    w = g.f("registered_new", "children", 58, "за квартал надано 58 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    wv = g.f("registered_new", "children", 11, "серед них 11 – внутрішньо переміщені",
             category="внутрішньо переміщені особи", parent=w,
             label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    g.f("applied", "applications", 41, "До служби надійшло 41 звернення громадян", unit_alt="persons")
    g.f("served", "persons", 64, "Консультації з питань захисту прав дітей надано 64 особам", service="counselling")
    g.f("calls", "calls", 17, "На телефон довіри служби надійшло 17 дзвінків")
    ev = g.f("events", "events", 5, "проведено 5 профілактичних заходів")
    g.f("event_participants", "children", 312, "якими охоплено 312 учнів", parent=ev, unit_alt="persons")
    pos = g.f("staff_positions", "positions", 4, "Штатна чисельність служби – 4 посади")
    act = g.f("staff_actual", "staff", 4, "фактично працює 4 працівники")
    tr = g.f("staff_trained", "staff", 1, "1 фахівець пройшов навчання")
    g.check("parts_sum", "на первинному обліку служби перебуває 74 дитини-сироти",
            "register movement: 71 at 01.07 + 6 taken − 3 removed = 74 at 30.09 (71 is a literal)",
            f"71 + f{n(rn)} - f{n(de)} == f{n(r)}")
    g.check("parts_sum", "знято з обліку 3 дитини: 2 – у зв'язку з досягненням повноліття, 1 – у зв'язку з усиновленням",
            "2 + 1 = 3", f"f{n(d1)} + f{n(d2)} == f{n(de)}")
    g.check("parts_sum", "Із 74 дітей 52 виховуються в сім'ях опікунів, піклувальників, 16 – у прийомних сім'ях та ДБСТ, "
            "6 – у закладах інституційного догляду", "placements 52 + 16 + 6 = 74 (literals: no §3 id)",
            f"52 + 16 + 6 == f{n(r)}")
    g.check("parts_sum", "знято 5 дітей (у 4 – обставини подолано, 1 – вибув за межі громади)", "4 + 1 = 5",
            f"f{n(s1)} + f{n(s2)} == f{n(sd)}")
    g.check("parts_sum", "серед них 11 – внутрішньо переміщені", "11 ≤ 58; 22 families ≤ 39 children",
            f"f{n(wv)} <= f{n(w)} and f{n(sf)} <= f{n(sc)} and f{n(sn)} <= f{n(sc)}")
    g.check("parts_sum", "Штатна чисельність служби – 4 посади, фактично працює 4 працівники", "4 ≤ 4; 1 ≤ 4",
            f"f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")
    g.skip("52100, Дніпропетровська обл., Кам'янський р-н, м. П'ятихатки, вул. Садова, 3, тел. (05651) 0-31-42",
           [52100, 3, 5651, 3142], "postcode, address, phone")
    g.skip("№ 02-14/287 від 07.10.2024", [2, 14, 287, 7, 10, 2024], "outgoing number and date")
    g.skip("за III квартал 2024 року", [3, 2024], "period")
    g.skip("Станом на 30.09.2024", [30, 9, 2024], "date")
    g.skip("(на 01.07.2024 – 71)", [1, 7, 2024, 71], "register at the start of the quarter (another date)")
    g.skip("Із 74 дітей 52 виховуються в сім'ях опікунів, піклувальників, 16 – у прийомних сім'ях та ДБСТ, 6 – у закладах "
           "інституційного догляду", [74, 52, 16, 6], "placements by form: no §3 id (74 repeats the register fact)")
    g.skip("Загалом з 2022 року такий статус мають 1 143 дитини громади.", [2022, 1143], "cumulative figure since 2022")
    g.skip("(до 30 днів)", [30], "duration")
    g.skip("Проведено 3 засідання комісії з питань захисту прав дитини, розглянуто 27 питань, підготовлено 9 висновків",
           [3, 27, 9], "commission sittings, questions, court opinions: no §3 id")
    g.skip("Усиновлено 1 дитину, влаштовано до сімейних форм виховання 4 дитини.", [1, 4], "adoption, placements: no §3 id")
    g.skip("проведено 4 рейди «Діти вулиці», обстежено умови проживання 31 сім'ї", [4, 31],
           "raids and home inspections: no §3 id")
    g.skip("312 учнів 5–11 класів", [5, 11], "school grades")
    g.skip("(16 годин)", [16], "duration of training")
    g.skip("1. Станом на 30.09.2024", [1, 2, 3, 4, 5, 6, 7], "paragraph numbers")
    g.note("report period is Q3 2024 (III квартал); the register «станом на 30.09.2024» is the end of the period → fact")
    g.note("a служба у справах дітей is centre_type other; registers are registered / registered_new / deregistered "
           "(children); the war-affected status granted is registered_new with a label, as in blind18")
    g.note("«39 дітей із 22 сімей»: the families row and the children row share one quote; children hang on families")
    g.note("«знято 5 дітей (у 4 – обставини подолано …)» → deregistered parts with labels (alt outcome_positive / "
           "outcome_other)")
    g.note("«надійшло 41 звернення громадян» → applied, unit applications (unit_alt persons); 312 pupils → "
           "event_participants, unit children (unit_alt persons)")
    g.write()


if __name__ == "__main__":
    main()
