"""b46_07: ЦНСП Клеванської селищної ради (Рівненська), annual report 2024 written around case
stories («Історії успіху»). reportlab PDF (Liberation), first person plural, four anonymised stories
with ages, children, dates, sums and months, a few statistics paragraphs and a short table.
Planted slip: internal_conflict (19 families taken under support in «Рік у цифрах», 17 in the
summing-up)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b46_07_klevan_cnsp_stories2024.pdf"

BLOCKS = [
    ("t", "Центр надання соціальних послуг Клеванської селищної ради"),
    ("t", "ЗА ЦИФРАМИ – ЛЮДИ. ІСТОРІЇ УСПІХУ 2024 РОКУ"),
    ("c", "Звіт про діяльність Центру за 2024 рік"),
    ("p", "Кожна цифра цього звіту – чиясь історія. Ми зібрали кілька з них; імена змінено, згоду на розповідь отримувачі дали письмово."),
    ("h", "Рік у цифрах"),
    ("p", "У 2024 році до нас звернулися 684 мешканці громади, соціальні послуги отримали 611 осіб, серед них 137 (22,4 %) – внутрішньо переміщені особи. Під соціальним супроводом перебувало 46 сімей, у яких виховується 118 дітей; 19 із цих сімей ми взяли під супровід уперше, а 14 завершили його, подолавши складні життєві обставини. Догляд вдома отримували 73 людини похилого віку, денний догляд – 28."),
    ("h", "Історія перша. Родина К.: новий дах і нове життя"),
    ("p", "Пані К., 34 роки, мама трьох дітей (7, 10 і 13 років), прийшла до Центру в лютому 2024 року: після пожежі родина залишилася без половини будинку. Наша фахівчиня супроводжувала сім'ю 8 місяців. Разом із благодійниками ми зібрали 62 400 грн на ремонт даху, родина отримала 3 продуктові набори та зимовий одяг для дітей. У жовтні супровід завершено: старша донька повернулася до школи, а пані К. працевлаштувалася на 0,5 ставки."),
    ("h", "Історія друга. Пані Н., 78 років: «Я тепер не сама»"),
    ("p", "Пані Н. живе сама в селі за 14 км від Клевані. З 4 березня 2024 року соціальна робітниця приходить до неї тричі на тиждень: за 10 місяців – 126 відвідувань. Ми допомогли оформити субсидію (1 870 грн на опалювальний сезон) і привезли 2 тонни дров. «Найважливіше – що є з ким поговорити», – каже пані Н."),
    ("h", "Історія третя. Сім'я Т.: з Харківщини до Клевані"),
    ("p", "Подружжя Т. з двома синами (2 і 5 років) переїхало до нас у квітні 2022 року. Торік родина отримала 6 консультацій психолога та натуральну допомогу на 4 150 грн; з вересня старший син ходить до садочка, а пан Т. знайшов роботу на деревообробному підприємстві."),
    ("h", "Історія четверта. Пан В., 45 років, ветеран"),
    ("p", "Після поранення у 2023 році пан В. отримав II групу інвалідності. Двічі на тиждень він відвідує відділення денного догляду, а з листопада сам веде групу взаємопідтримки, до якої ходять 9 ветеранів."),
    ("h", "Ще трохи цифр"),
    ("p", "Таблиця. Отримувачі та кількість наданих послуг у 2024 році"),
]
ROWS = [
    ("Послуга", "Отримувачів, осіб", "Надано послуг"),
    ("Консультування", "392", "1 046"),
    ("Соціальний супровід сімей у СЖО", "46", "2 210"),
    ("Догляд вдома", "73", "9 862"),
    ("Денний догляд", "28", "3 104"),
    ("Натуральна допомога", "72", "145"),
    ("Усього", "611", "16 367"),
]
TAIL = [
    ("p", "Натуральну допомогу (продуктові та гігієнічні набори, ліжка, дрова) отримали 72 особи на загальну суму 211,7 тис. грн. За рік ми провели 38 групових заходів, у яких узяли участь 517 осіб. У команді Центру 31 працівник при 34 штатних посадах. Скарг на нашу роботу не надходило."),
    ("h", "Підсумовуючи"),
    ("p", "У 2024 році 17 родин уперше отримали від нас соціальний супровід, 14 – подолали складні обставини. Наступного року плануємо відкрити кімнату психологічного розвантаження на 6 місць."),
    ("p", "Клевань, січень 2025 року. Тел. (0362) 0-63-28, вул. Центральна, 12."),
]


def build(path):
    register_fonts()
    p = ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6)
    h = ParagraphStyle("h", parent=p, fontName="LSerif-B", spaceBefore=6)
    t = ParagraphStyle("t", parent=p, fontName="LSans-B", fontSize=13, alignment=1)
    c = ParagraphStyle("c", parent=p, fontName="LSerif-I", alignment=1)
    st = {"p": p, "h": h, "t": t, "c": c}
    story = [Paragraph(x, st[k]) for k, x in BLOCKS]
    tb = Table([list(r) for r in ROWS], colWidths=[220, 110, 100])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 10),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story += [tb, Spacer(1, 8)]
    story += [Paragraph(x, st[k]) for k, x in TAIL]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Історії успіху 2024",
                      author="ЦНСП").build(story)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Клеванської селищної ради",
        "centre_type": "cnsp", "settlement": "Клевань", "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"report_kind": ["other"]})
    f = g.f
    SV = "social_support_sjo"
    f("applied", "persons", 684, "до нас звернулися 684 мешканці громади")
    sv = f("served", "persons", 611, "соціальні послуги отримали 611 осіб")
    vp = f("served", "persons", 137, "серед них 137 (22,4 %) – внутрішньо переміщені особи", percent=22.4,
           category="внутрішньо переміщені особи", parent=sv)
    su = f("served", "families", 46, "Під соціальним супроводом перебувало 46 сімей", service=SV, alt=["support_ongoing"])
    f("served", "children", 118, "у яких виховується 118 дітей", service=SV, alt=["support_ongoing"], parent=su)
    st1 = f("support_started", "families", 19, "19 із цих сімей ми взяли під супровід уперше", service=SV, parent=su)
    op1 = f("outcome_positive", "families", 14, "а 14 завершили його, подолавши складні життєві обставини", service=SV,
            alt=["support_completed"], parent=su)
    hc = f("served", "persons", 73, "Догляд вдома отримували 73 людини похилого віку", service="home_care",
           category="особи похилого віку")
    dc = f("served", "persons", 28, "денний догляд – 28", service="day_care")
    SVC = ["counselling", SV, "home_care", "day_care", "natural_aid"]
    rs, ps = [], []
    for (name, r, s), sid in zip(ROWS[1:-1], SVC):
        q = f"{name}\t{r}\t{s}"
        rs.append(f("served", "persons", int(r.replace(" ", "")), q, service=sid, group="served_611_table"))
        ps.append(f("services_provided", "services", int(s.replace(" ", "")), q, service=sid, group="services_16367_table"))
    tq = "Усього\t611\t16 367"
    tr = f("served", "persons", 611, tq, label="Усього")
    tp = f("services_provided", "services", 16367, tq, label="Усього")
    from common import FACT_KEYS
    for ids, tot in ((rs, tr), (ps, tp)):
        for fid in ids:
            fact = g._by_id[fid]
            fact["parent_id"] = tot
            fact["parent_quote"] = tq
    for i, fact in enumerate(g.facts):
        g.facts[i] = {k: fact[k] for k in FACT_KEYS if k in fact}
        g._by_id[fact["id"]] = g.facts[i]
    g._by_id[rs[1]]["unit_alt"] = "families"
    g._by_id[rs[1]]["note"] = "the column says «осіб», the prose says 46 families"
    na = f("served", "persons", 72, "Натуральну допомогу (продуктові та гігієнічні набори, ліжка, дрова) отримали 72 особи",
           service="natural_aid")
    f("aid_value", "uah", 211700, "на загальну суму 211,7 тис. грн", service="natural_aid")
    ev = f("events", "events", 38, "За рік ми провели 38 групових заходів")
    f("event_participants", "persons", 517, "у яких узяли участь 517 осіб", parent=ev)
    act = f("staff_actual", "staff", 31, "У команді Центру 31 працівник")
    pos = f("staff_positions", "positions", 34, "при 34 штатних посадах")
    f("complaints", "complaints", 0, "Скарг на нашу роботу не надходило.")
    st2 = f("support_started", "families", 17, "У 2024 році 17 родин уперше отримали від нас соціальний супровід",
            service=SV, label="підсумок")
    op2 = f("outcome_positive", "families", 14, "14 – подолали складні обставини", service=SV, label="підсумок",
            alt=["support_completed"])

    g.slip("internal_conflict", "error", "У 2024 році 17 родин уперше отримали від нас соціальний супровід",
           17, 19, [st1, st2],
           "families taken under social support for the first time in 2024: 19 in «Рік у цифрах», 17 in «Підсумовуючи» "
           "(same indicator, unit, service and period).", f"{st1} == {st2}")
    ck = g.check
    ck("table_arithmetic", tq, "recipients 392 + 46 + 73 + 28 + 72 = 611", " + ".join(rs) + f" == {tr}")
    ck("table_arithmetic", tq, "services 1 046 + 2 210 + 9 862 + 3 104 + 145 = 16 367", " + ".join(ps) + f" == {tp}")
    ck("internal_conflict", "соціальні послуги отримали 611 осіб",
       "prose and table agree: 611 total, 46 support, 73 home care, 28 day care, 72 natural aid",
       f"{sv} == {tr} and {su} == {rs[1]} and {hc} == {rs[2]} and {dc} == {rs[3]} and {na} == {rs[4]}")
    ck("percent_mismatch", "серед них 137 (22,4 %) – внутрішньо переміщені особи", "137 / 611 = 22,42 % → 22,4",
       f"pct_ok(p{vp[1:]}, {vp}, {sv}, 1)")
    ck("internal_conflict", "14 – подолали складні обставини", "14 positive outcomes in both places", f"{op1} == {op2}")
    ck("parts_sum", "19 із цих сімей ми взяли під супровід уперше", "19 taken and 14 overcome ≤ 46; 611 served ≤ 684 applied",
       f"{st1} <= {su} and {op1} <= {su} and {sv} <= f1")
    ck("parts_sum", "У команді Центру 31 працівник при 34 штатних посадах", "31 ≤ 34", f"{act} <= {pos}")

    S = "figure inside a case story (one family or person, not a report-period aggregate)"
    sk = g.skip
    sk("ІСТОРІЇ УСПІХУ 2024 РОКУ", [2024], "year")
    sk("Пані К., 34 роки, мама трьох дітей (7, 10 і 13 років), прийшла до Центру в лютому 2024 року",
       [34, 3, 7, 10, 13, 2024], S + ": age, children, their ages, date")
    sk("Наша фахівчиня супроводжувала сім'ю 8 місяців.", [8], S + ": months of support")
    sk("Разом із благодійниками ми зібрали 62 400 грн на ремонт даху, родина отримала 3 продуктові набори", [62400, 3],
       S + ": sum raised, items")
    sk("працевлаштувалася на 0,5 ставки", [0.5], S + ": part-time rate")
    sk("Пані Н., 78 років", [78], S + ": age")
    sk("Пані Н. живе сама в селі за 14 км від Клевані. З 4 березня 2024 року", [14, 4, 2024], S + ": distance, date")
    sk("за 10 місяців – 126 відвідувань", [10, 126], S + ": months, visits to one person")
    sk("Ми допомогли оформити субсидію (1 870 грн на опалювальний сезон) і привезли 2 тонни дров.", [1870, 2],
       S + ": subsidy amount, tonnes")
    sk("Подружжя Т. з двома синами (2 і 5 років) переїхало до нас у квітні 2022 року.", [2, 5, 2022],
       S + ": children's ages, date of arrival")
    sk("Торік родина отримала 6 консультацій психолога та натуральну допомогу на 4 150 грн", [6, 4150],
       S + ": consultations and aid of one family")
    sk("Пан В., 45 років, ветеран", [45], S + ": age")
    sk("Після поранення у 2023 році пан В. отримав II групу інвалідності.", [2023], S + ": year, disability group")
    sk("до якої ходять 9 ветеранів", [9], S + ": members of one support group")
    sk("Наступного року плануємо відкрити кімнату психологічного розвантаження на 6 місць.", [6], "plan, places")
    sk("Клевань, січень 2025 року. Тел. (0362) 0-63-28, вул. Центральна, 12.", [2025, 362, 6328, 12], "date, phone, address")
    g.note("figures inside the four stories (ages, numbers of children, dates, sums raised, aid to one family, months of "
           "support, visits to one person) are not facts: they describe one case, not the year's aggregate. They are all "
           "in `skipped`. «Двічі», «тричі», «двома синами», «трьох дітей» are story figures in words and are not facts either")
    g.note("oblast not stated → omitted; report_kind annual_report («Звіт про діяльність Центру за 2024 рік»), alt other "
           "(a success-stories brochure)")
    g.note("«14 завершили його, подолавши складні життєві обставини» → outcome_positive (alt support_completed)")
    g.note("figures written twice are two facts: prose and table (611, 46, 73, 28, 72), 14 in the statistics and the summing-up")
    g.write()


if __name__ == "__main__":
    main()
