"""b58_08: ЦСС Козелецької селищної ради (Чернігівська), annual report 2025 on support for veterans of the war,
demobilised persons and their families, mixed with the centre's usual services. DOCX with a table."""
import docx
from docx.shared import Pt
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b58_08_kozelets_css_veterans2025.docx"
P_A = [
    ("t", "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ КОЗЕЛЕЦЬКОЇ СЕЛИЩНОЇ РАДИ"),
    (None, "17000, Чернігівська обл., смт Козелець, вул. Соборності, 6, тел. (04646) 0-25-81, ЄДРПОУ 44716032"),
    ("t", "ЗВІТ про супровід ветеранів війни, демобілізованих осіб і членів їхніх сімей та надання соціальних послуг у 2025 році"),
    ("h", "1. Фахівці із супроводу ветеранів"),
    (None, "Рішенням селищної ради від 19.12.2024 № 48-37/VIII у штатному розписі Центру з 01.01.2025 введено 3 посади фахівців із супроводу ветеранів війни та демобілізованих осіб, усі посади заміщено. Усі 3 фахівці пройшли навчання за програмою Мінветеранів (72 години)."),
    (None, "Станом на 31.12.2025 у громаді проживає 1 126 ветеранів війни, 213 демобілізованих осіб і 168 членів сімей загиблих (померлих) Захисників та Захисниць України. Середній вік демобілізованих – 41 рік."),
    ("h", "2. Супровід ветеранів та членів їхніх сімей"),
    (None, "Дані про супровід за категоріями отримувачів наведено в таблиці."),
]
TABLE = [["Категорія отримувачів", "Перебували на супроводі, осіб", "у т. ч. взято у 2025 р.", "Надано консультацій"],
         ["Ветерани війни", "184", "71", "612"],
         ["Демобілізовані особи", "57", "39", "203"],
         ["Члени сімей загиблих (померлих) Захисників", "46", "18", "171"],
         ["Члени сімей ветеранів війни", "29", "12", "88"],
         ["Всього", "316", "140", "1074"]]
P_B = [
    (None, "Фахівці здійснили 487 візитів за місцем проживання, склали 140 індивідуальних планів супроводу (у 2024 році Центр такої роботи не вів)."),
    (None, "Психологічну допомогу отримали 96 осіб, а саме: ветерани війни та демобілізовані – 52, члени сімей загиблих (померлих) – 27, члени сімей ветеранів – 12. На фізичну та психологічну реабілітацію направлено 27 осіб, на санаторно-курортне лікування – 9."),
    (None, "У ветеранському просторі «Пліч-о-пліч» (вул. Соборності, 6, каб. 3) проведено 64 заходи: зустрічі побратимів, арт-терапію, майстер-класи, турнір з настільного тенісу. Участь у них узяли 1 380 осіб (з урахуванням повторних відвідувань). З них 12 зустрічей групи взаємопідтримки для дружин і матерів загиблих, постійними учасницями якої є 17 жінок."),
    (None, "Ветеранам і членам їхніх сімей передано 215 продуктових наборів і 60 комплектів зимового одягу на загальну суму 318,4 тис. грн (благодійна допомога партнерів)."),
    (None, "На виконання Програми підтримки ветеранів війни на 2024–2026 роки на 2025 рік передбачено 1 200,0 тис. грн, використано 1 146,7 тис. грн, економія – 53,3 тис. грн."),
    (None, "На «ветеранську лінію» Центру надійшло 233 дзвінки. Скарг на роботу фахівців не надходило."),
    ("h", "3. Інші соціальні послуги"),
    (None, "Соціальний супровід сімей у складних життєвих обставинах отримували 33 сім'ї (73 дитини). Консультування надано 418 особам, інформування – 902 особам."),
    (None, "У 2026 році планується відкрити 2 філії ветеранського простору в старостинських округах."),
    (None, "Директор Центру                                                    (підпис)"),
]


def build(path):
    d = docx.Document()
    fix_docx_props(d, "ЦСС")
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)

    def put(items):
        for k, t in items:
            if k == "h":
                d.add_heading(t, level=2)
            else:
                p = d.add_paragraph(t)
                if k == "t":
                    p.runs[0].bold = True
    put(P_A)
    tb = d.add_table(rows=len(TABLE), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    put(P_B)
    d.save(path)
    freeze_zip(path)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {"centre": "Центр соціальних служб Козелецької селищної ради", "centre_type": "css",
                   "settlement": "Козелець", "oblast": "Чернігівська", "report_kind": "annual_report",
                   "period_start": "2025-01-01", "period_end": "2025-12-31"})
    f = g.f
    n = lambda x: x[1:]
    sp = f("staff_positions", "positions", 3, "введено 3 посади фахівців із супроводу ветеранів війни та демобілізованих осіб",
           label="фахівці із супроводу ветеранів війни та демобілізованих осіб")
    tr = f("staff_trained", "staff", 3, "Усі 3 фахівці пройшли навчання")
    tq = "Всього\t316\t140\t1074"
    Ts = f("served", "persons", 316, tq, label="Всього, перебували на супроводі", alt=["support_ongoing"])
    Tn = f("support_started", "persons", 140, tq, label="Всього, взято у 2025 р.", parent=Ts)
    Tc = f("services_provided", "services", 1074, tq, label="Всього, консультації", service="counselling")
    rows = [("Ветерани війни", "ветерани війни", 184, 71, 612),
            ("Демобілізовані особи", "демобілізовані особи", 57, 39, 203),
            ("Члени сімей загиблих (померлих) Захисників", "члени сімей загиблих (померлих) Захисників", 46, 18, 171),
            ("Члени сімей ветеранів війни", "члени сімей ветеранів війни", 29, 12, 88)]
    ids = []
    for lab, cat, a, b, c in rows:
        q = f"{lab}\t{a}\t{b}\t{c}"
        x = f("served", "persons", a, q, category=cat, label=lab, alt=["support_ongoing"], parent=Ts, group="veterans_by_category")
        y = f("support_started", "persons", b, q, category=cat, label=lab, parent=Tn, group="started_by_category")
        z = f("services_provided", "services", c, q, category=cat, label=lab, service="counselling", parent=Tc, group="consult_by_category")
        ids.append((x, y, z, q))
    ps = f("served", "persons", 96, "Психологічну допомогу отримали 96 осіб", label="психологічна допомога")
    P = "psych_96_by_category"
    q1 = f("served", "persons", 52, "ветерани війни та демобілізовані – 52", label="психологічна допомога",
           category="ветерани війни та демобілізовані", parent=ps, group=P)
    q2 = f("served", "persons", 27, "члени сімей загиблих (померлих) – 27", label="психологічна допомога",
           category="члени сімей загиблих (померлих)", parent=ps, group=P)
    q3 = f("served", "persons", 12, "члени сімей ветеранів – 12", label="психологічна допомога",
           category="члени сімей ветеранів", parent=ps, group=P)
    ev = f("events", "events", 64, "проведено 64 заходи", label="ветеранський простір")
    ep = f("event_participants", "persons", 1380, "Участь у них узяли 1 380 осіб", parent=ev)
    e2 = f("events", "events", 12, "З них 12 зустрічей групи взаємопідтримки", label="група взаємопідтримки", parent=ev)
    f("event_participants", "persons", 17, "постійними учасницями якої є 17 жінок", parent=e2)
    f("aid_value", "uah", 318400, "на загальну суму 318,4 тис. грн", service="natural_aid")
    ba = f("budget_approved", "uah", 1200000, "на 2025 рік передбачено 1 200,0 тис. грн", label="Програма підтримки ветеранів війни")
    bs = f("budget_spent", "uah", 1146700, "використано 1 146,7 тис. грн", label="Програма підтримки ветеранів війни")
    be = f("budget_savings", "uah", 53300, "економія – 53,3 тис. грн", label="Програма підтримки ветеранів війни")
    f("calls", "calls", 233, "На «ветеранську лінію» Центру надійшло 233 дзвінки")
    f("complaints", "complaints", 0, "Скарг на роботу фахівців не надходило.")
    sj = f("served", "families", 33, "Соціальний супровід сімей у складних життєвих обставинах отримували 33 сім'ї",
           service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 73, "(73 дитини)", service="social_support_sjo", alt=["support_ongoing"], parent=sj)
    f("served", "persons", 418, "Консультування надано 418 особам", service="counselling")
    f("served", "persons", 902, "інформування – 902 особам", service="informing")

    g.slip("parts_sum", "error", "Психологічну допомогу отримали 96 осіб, а саме: ветерани війни та демобілізовані – 52, члени сімей загиблих (померлих) – 27, члени сімей ветеранів – 12.",
           91, 96, [ps, q1, q2, q3],
           "the three categories listed with «а саме» (52 + 27 + 12 = 91) cover every category of the table but fall 5 short of the 96 persons",
           f"f{n(q1)} + f{n(q2)} + f{n(q3)} == f{n(ps)}")
    for col, tot, note in ((0, Ts, "184 + 57 + 46 + 29 = 316"), (1, Tn, "71 + 39 + 18 + 12 = 140"), (2, Tc, "612 + 203 + 171 + 88 = 1074")):
        g.check("table_arithmetic", tq, note, " + ".join(f"f{n(x[col])}" for x in ids) + f" == f{n(tot)}")
    for x, y, z, q in ids:
        g.check("table_arithmetic", q, "taken in 2025 ≤ under support", f"f{n(y)} <= f{n(x)}")
    g.check("parts_sum", "склали 140 індивідуальних планів супроводу", "140 plans = 140 taken under support (plans have no §3 id; literal)",
            f"140 == f{n(Tn)}")
    g.check("parts_sum", "Психологічну допомогу отримали 96 осіб", "96 ≤ 316 under support", f"f{n(ps)} <= f{n(Ts)}")
    g.check("table_arithmetic", "економія – 53,3 тис. грн", "1 200,0 − 1 146,7 = 53,3", f"f{n(ba)} - f{n(bs)} == f{n(be)}")
    g.check("parts_sum", "Усі 3 фахівці пройшли навчання", "3 trained = 3 positions, all filled", f"f{n(tr)} <= f{n(sp)}")
    g.check("parts_sum", "З них 12 зустрічей групи взаємопідтримки", "12 ≤ 64 events", f"f{n(e2)} <= f{n(ev)}")
    sk = g.skip
    sk("17000, Чернігівська обл., смт Козелець, вул. Соборності, 6, тел. (04646) 0-25-81, ЄДРПОУ 44716032",
       [17000, 6, 4646, 2581, 44716032], "postcode, address, phone, ЄДРПОУ")
    sk("надання соціальних послуг у 2025 році", [2025], "year")
    sk("1. Фахівці із супроводу ветеранів", [1, 2, 3], "section numbers 1.–3.")
    sk("Рішенням селищної ради від 19.12.2024 № 48-37/VIII у штатному розписі Центру з 01.01.2025", [19, 12, 2024, 48, 37, 1, 1, 2025],
       "decision date and number, start date")
    sk("програмою Мінветеранів (72 години)", [72], "duration")
    sk("Станом на 31.12.2025 у громаді проживає 1 126 ветеранів війни, 213 демобілізованих осіб і 168 членів сімей загиблих (померлих) Захисників та Захисниць України.",
       [31, 12, 2025, 1126, 213, 168], "population of the categories in the hromada, not the centre's work")
    sk("Середній вік демобілізованих – 41 рік.", [41], "age")
    sk("у т. ч. взято у 2025 р.", [2025], "column head")
    sk("Фахівці здійснили 487 візитів за місцем проживання, склали 140 індивідуальних планів супроводу (у 2024 році Центр такої роботи не вів).",
       [487, 140, 2024], "visits and plans: no §3 id (140 used as a literal); prior year")
    sk("На фізичну та психологічну реабілітацію направлено 27 осіб, на санаторно-курортне лікування – 9.", [27, 9],
       "referrals to rehabilitation and sanatoria: no §3 id (the centre refers, others treat)")
    sk("(вул. Соборності, 6, каб. 3)", [6, 3], "address, room")
    sk("Ветеранам і членам їхніх сімей передано 215 продуктових наборів і 60 комплектів зимового одягу", [215, 60], "items handed out")
    sk("Програми підтримки ветеранів війни на 2024–2026 роки", [2024, 2026], "programme years")
    sk("У 2026 році планується відкрити 2 філії ветеранського простору", [2026, 2], "plan")
    g.note("vocabulary mapping for veterans' support: «перебували на супроводі» (фахівці із супроводу ветеранів) → served persons with a category and no service (no vocabulary id for veteran support), alt support_ongoing; «взято у 2025 р.» → support_started; «Надано консультацій» → services_provided with service counselling")
    g.note("«Психологічну допомогу отримали 96 осіб» → served persons, label психологічна допомога, no service id; its «а саме» parts are a partition by the table's categories")
    g.note("ветеранський простір «Пліч-о-пліч»: 64 events with 1 380 participants (visits, repeats counted); the 12 support-group meetings with 17 women hang on them")
    g.note("programme money (передбачено / використано / економія) → budget_approved / budget_spent / budget_savings with a label, no kekv; the charity aid 318,4 тис. грн → aid_value (natural_aid)")
    g.note("staff: «введено 3 посади фахівців із супроводу» → staff_positions; «усі посади заміщено» gives no written number for staff_actual, so no fact")
    g.note("the hromada's counts of veterans (1 126, 213, 168) are population figures, skipped")
    g.write()


if __name__ == "__main__":
    main()
