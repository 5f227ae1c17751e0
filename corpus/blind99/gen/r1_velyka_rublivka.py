"""b99_01: КУ «ЦНСП» Великорублівської сільської ради (Полтавська), annual report 2024. DOCX, first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b99_01_velyka_rublivka_cnsp_annual2024.docx"

HEAD = [
    "Комунальна установа «Центр надання соціальних послуг» Великорублівської сільської ради",
    "Полтавського району Полтавської області",
    "код ЄДРПОУ 44917305; 38632, Полтавська обл., с. Велика Рублівка, вул. Центральна, 41; тел. (05342) 0-31-72; e-mail: cnsp.vrublivka@example.ua",
    "Вих. № 02-14/38 від 29.01.2025",
]
TITLE = "ЗВІТ про діяльність Центру надання соціальних послуг за 2024 рік"
P = {}
P["s1"] = "1. Загальні відомості"
P["p1"] = ("Центр утворено рішенням 9 сесії 8 скликання Великорублівської сільської ради від 16.06.2021 № 412. "
           "Громада об'єднує 23 населені пункти, у яких проживає близько 9,6 тис. мешканців, з них понад 2 100 осіб віком 60 років і старше.")
P["p2"] = ("Штатним розписом на 2024 рік передбачено 27,5 штатних одиниць. Фактично у нас працює 25 працівників, "
           "з яких 14 – соціальні робітники. Упродовж року дванадцять фахівців підвищили кваліфікацію на курсах та вебінарах "
           "обласного центру соціальних служб.")
P["s2"] = "2. Звернення мешканців і оцінка потреб"
P["p3"] = ("Протягом 2024 року до нас звернулися 418 мешканців громади (у 2023 році – 376). Серед них 63 – внутрішньо переміщені особи, "
           "41 – особи з інвалідністю. Оцінку індивідуальних потреб ми провели 187 особам та 29 сім'ям.")
P["s3"] = "3. Надання соціальних послуг"
P["p4"] = "Кількість отримувачів і наданих послуг наведено в таблиці 1."
P["cap"] = "Таблиця 1. Соціальні послуги, надані Центром у 2024 році"
TABLE = [
    ["№", "Соціальна послуга", "Отримувачів, осіб", "Надано послуг, од."],
    ["1", "Догляд вдома", "96", "11 520"],
    ["2", "Денний догляд", "22", "2 860"],
    ["3", "Консультування", "214", "640"],
    ["4", "Соціальна адаптація", "37", "410"],
    ["5", "Натуральна допомога", "58", "58"],
    ["6", "Соціальне таксі", "19", "146"],
    ["Усього", "", "446", "15 634"],
]
P["p5"] = ("Без повторного врахування соціальними послугами охоплено 402 особи: частина отримувачів одночасно користувалася "
           "двома-трьома послугами. Найбільше послуг – 11 520 – надано за напрямом догляду вдома; вартість однієї години "
           "такої послуги у 2024 році становила 84,60 грн.")
P["p6"] = ("Натуральну допомогу (продуктові набори, засоби гігієни, теплі речі) отримали 58 осіб. Роздано 174 набори "
           "на загальну суму 96,4 тис. грн.")
P["s4"] = "4. Соціальний супровід сімей"
P["p7"] = ("На соціальному супроводі впродовж року в нас перебували 34 сім'ї, у яких виховується 71 дитина. "
           "З них 11 сімей ми взяли під супровід у 2024 році.")
P["p8"] = ("Завершили супровід 15 сімей: у 9 із них (64,3 %) складні життєві обставини подолано, у 4 – мінімізовано, "
           "ще 2 сім'ї змінили місце проживання. Станом на 31.12.2024 супровід триває для 19 сімей.")
P["p9"] = ("Соціальним супроводом прийомних сімей та ДБСТ охоплено 4 сім'ї (3 прийомні сім'ї та 1 дитячий будинок "
           "сімейного типу), у яких виховується 16 дітей.")
P["s5"] = "5. Профілактична робота"
P["p10"] = ("Ми провели 26 групових заходів (тренінги, «круглі столи», години спілкування), участь у яких взяли 312 осіб. "
            "На «гарячу лінію» Центру надійшло 137 дзвінків.")
P["s6"] = "6. Якість послуг"
P["p11"] = ("Внутрішню оцінку якості проведено в листопаді 2024 року. В анкетуванні взяли участь 84 отримувачі; "
            "92,9 % з них задоволені якістю послуг. Скарг на роботу Центру в 2024 році не надходило.")
P["s7"] = "7. Фінансування"
P["p12"] = ("Видатки загального фонду за рік склали 9 847,3 тис. грн при затверджених 10 012,6 тис. грн; "
            "економія – 165,3 тис. грн. Надходження до спеціального фонду (плата за соціальні послуги) – 212,8 тис. грн.")
P["s8"] = "8. Завдання на 2025 рік"
P["p13"] = ("Відкрити відділення денного догляду на 15 місць, охопити послугою догляду вдома не менше 110 осіб "
            "та запровадити послугу підтриманого проживання.")
SIGN = "Директор Центру                                        (підпис)"


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run(TITLE).bold = True
    for k, v in P.items():
        if k.startswith("s"):
            d.add_heading(v, level=2)
        elif k == "cap":
            d.add_paragraph(v).runs[0].italic = True
            tb = d.add_table(rows=len(TABLE), cols=4)
            tb.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, c in enumerate(row):
                    if i == len(TABLE) - 1 and j == 1:
                        continue
                    tb.cell(i, j).text = c
            last = len(TABLE) - 1
            m = tb.cell(last, 0).merge(tb.cell(last, 1))
            m.text = "Усього"
        else:
            d.add_paragraph(v)
    d.add_paragraph(SIGN)
    fix_docx_props(d, author="ЦНСП")
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Великорублівської сільської ради",
        "centre_type": "cnsp", "settlement": "Велика Рублівка", "oblast": "Полтавська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Великорублівської сільської ради",
                   "КУ «Центр надання соціальних послуг» Великорублівської сільської ради"]})
    f = g.f
    pos = f("staff_positions", "positions", 27.5, "Штатним розписом на 2024 рік передбачено 27,5 штатних одиниць")
    act = f("staff_actual", "staff", 25, "Фактично у нас працює 25 працівників")
    sw = f("staff_actual", "staff", 14, "з яких 14 – соціальні робітники", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 12, "Упродовж року дванадцять фахівців підвищили кваліфікацію",
           note="number written in words")
    ap = f("applied", "persons", 418, "до нас звернулися 418 мешканців громади")
    idp = f("applied", "persons", 63, "Серед них 63 – внутрішньо переміщені особи",
            category="внутрішньо переміщені особи", parent=ap)
    dis = f("applied", "persons", 41, "41 – особи з інвалідністю", category="особи з інвалідністю", parent=ap)
    na1 = f("needs_assessed", "persons", 187, "Оцінку індивідуальних потреб ми провели 187 особам")
    na2 = f("needs_assessed", "families", 29, "187 особам та 29 сім'ям")
    # table
    rows = {}
    tot_r = f("served", "persons", 446, "Усього\t446\t15 634", label="Усього (таблиця 1)")
    tot_s = f("services_provided", "services", 15634, "Усього\t446\t15 634", label="Усього (таблиця 1)")
    svc = [("1", "Догляд вдома", 96, 11520, "11 520", "home_care"),
           ("2", "Денний догляд", 22, 2860, "2 860", "day_care"),
           ("3", "Консультування", 214, 640, "640", "counselling"),
           ("4", "Соціальна адаптація", 37, 410, "410", "social_adaptation"),
           ("5", "Натуральна допомога", 58, 58, "58", "natural_aid"),
           ("6", "Соціальне таксі", 19, 146, "146", "social_taxi")]
    for n, name, r, s, s_txt, sid in svc:
        q = f"{n}\t{name}\t{r}\t{s_txt}"
        rows[sid] = (f("served", "persons", r, q, service=sid, group="table1_recipients", parent=tot_r),
                     f("services_provided", "services", s, q, service=sid, group="table1_services", parent=tot_s))
    uniq = f("served", "persons", 402, "Без повторного врахування соціальними послугами охоплено 402 особи",
             label="без повторного врахування")
    hc2 = f("services_provided", "services", 11520, "Найбільше послуг – 11 520 – надано за напрямом догляду вдома",
            service="home_care", note="repeats the table cell; a second fact")
    nat2 = f("served", "persons", 58, "Натуральну допомогу (продуктові набори, засоби гігієни, теплі речі) отримали 58 осіб",
             service="natural_aid", note="repeats the table row; a second fact")
    aid = f("aid_value", "uah", 96400, "на загальну суму 96,4 тис. грн")
    ss = f("served", "families", 34, "На соціальному супроводі впродовж року в нас перебували 34 сім'ї",
           service="social_support_sjo", alt=["support_ongoing"])
    ssc = f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo",
            alt=["support_ongoing"], parent=ss)
    st_ = f("support_started", "families", 11, "З них 11 сімей ми взяли під супровід у 2024 році",
            service="social_support_sjo", parent=ss)
    comp = f("support_completed", "families", 15, "Завершили супровід 15 сімей", service="social_support_sjo", parent=ss)
    pos_ = f("outcome_positive", "families", 9, "у 9 із них (64,3 %) складні життєві обставини подолано",
             percent=64.3, group="completed_15_by_outcome", parent=comp)
    mini = f("outcome_minimized", "families", 4, "у 4 – мінімізовано", group="completed_15_by_outcome", parent=comp)
    oth = f("outcome_other", "families", 2, "ще 2 сім'ї змінили місце проживання", label="зміна місця проживання",
            group="completed_15_by_outcome", parent=comp)
    ong = f("support_ongoing", "families", 19, "Станом на 31.12.2024 супровід триває для 19 сімей",
            service="social_support_sjo")
    fo = f("served", "families", 4, "Соціальним супроводом прийомних сімей та ДБСТ охоплено 4 сім'ї",
           service="social_support_foster")
    fo1 = f("served", "families", 3, "3 прийомні сім'ї", service="social_support_foster", label="прийомні сім'ї",
            group="foster_4", parent=fo)
    fo2 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
            label="ДБСТ", group="foster_4", parent=fo)
    foc = f("served", "children", 16, "у яких виховується 16 дітей", service="social_support_foster", parent=fo)
    ev = f("events", "events", 26, "Ми провели 26 групових заходів")
    evp = f("event_participants", "persons", 312, "участь у яких взяли 312 осіб", parent=ev)
    cl = f("calls", "calls", 137, "На «гарячу лінію» Центру надійшло 137 дзвінків")
    sr = f("survey_respondents", "recipients", 84, "В анкетуванні взяли участь 84 отримувачі", unit_alt="persons")
    sat = f("satisfaction", "percent", 92.9, "92,9 % з них задоволені якістю послуг")
    cp = f("complaints", "complaints", 0, "Скарг на роботу Центру в 2024 році не надходило")
    sp = f("budget_spent", "uah", 9847300, "Видатки загального фонду за рік склали 9 847,3 тис. грн", label="загальний фонд")
    appr = f("budget_approved", "uah", 10012600, "при затверджених 10 012,6 тис. грн", label="загальний фонд")
    sav = f("budget_savings", "uah", 165300, "економія – 165,3 тис. грн", label="загальний фонд")
    rec = f("budget_received", "uah", 212800,
            "Надходження до спеціального фонду (плата за соціальні послуги) – 212,8 тис. грн",
            label="спеціальний фонд, плата за соціальні послуги")
    i = lambda x: x[1:]
    g.slip("percent_mismatch", "error", "у 9 із них (64,3 %) складні життєві обставини подолано", 64.3, 60.0,
           [pos_, comp], "9 of the 15 completed is 60,0 %; 64,3 % is 9 of 14", f"pct_ok(p{i(pos_)}, f{i(pos_)}, f{i(comp)}, 1)")
    g.slip("percent_impossible", "error", "у 9 із них (64,3 %) складні життєві обставини подолано", 64.3, None,
           [pos_, comp], "no whole k of 15 gives 64,3 % (9/15 = 60,0; 10/15 = 66,7); same slip as the mismatch",
           f"grim_ok(p{i(pos_)}, f{i(comp)}, 1)")
    F = lambda x: "f" + i(x)
    g.check("table_arithmetic", "Усього\t446\t15 634", "96 + 22 + 214 + 37 + 58 + 19 = 446",
            " + ".join(F(rows[s][0]) for s in rows) + f" == {F(tot_r)}")
    g.check("table_arithmetic", "Усього\t446\t15 634", "11 520 + 2 860 + 640 + 410 + 58 + 146 = 15 634",
            " + ".join(F(rows[s][1]) for s in rows) + f" == {F(tot_s)}")
    g.check("parts_sum", "Завершили супровід 15 сімей", "9 + 4 + 2 = 15", f"{F(pos_)} + {F(mini)} + {F(oth)} == {F(comp)}")
    g.check("parts_sum", "Станом на 31.12.2024 супровід триває для 19 сімей", "34 − 15 completed = 19 continuing",
            f"{F(ss)} - {F(comp)} == {F(ong)}")
    g.check("parts_sum", "З них 11 сімей ми взяли під супровід у 2024 році", "11 ≤ 34", f"{F(st_)} <= {F(ss)}")
    g.check("parts_sum", "(3 прийомні сім'ї та 1 дитячий будинок сімейного типу)", "3 + 1 = 4", f"{F(fo1)} + {F(fo2)} == {F(fo)}")
    g.check("parts_sum", "Серед них 63 – внутрішньо переміщені особи", "63 + 41 ≤ 418 (overlapping categories)",
            f"{F(idp)} + {F(dis)} <= {F(ap)} and {F(uniq)} <= {F(ap)}")
    g.check("parts_sum", "з яких 14 – соціальні робітники", "14 ≤ 25 ≤ 27,5", f"{F(sw)} <= {F(act)} <= {F(pos)}")
    g.check("percent_impossible", "92,9 % з них задоволені якістю послуг", "78 of 84 = 92,86 % → 92,9",
            f"grim_ok({F(sat)}, {F(sr)}, 1)")
    g.check("table_arithmetic", "економія – 165,3 тис. грн", "10 012,6 − 9 847,3 = 165,3 тис. грн",
            f"{F(appr)} - {F(sp)} == {F(sav)}")
    g.check("internal_conflict", "Найбільше послуг – 11 520 – надано за напрямом догляду вдома",
            "prose 11 520 equals the table cell", f"{F(hc2)} == {F(rows['home_care'][1])}")
    g.check("internal_conflict", "отримали 58 осіб", "prose 58 equals the table row",
            f"{F(nat2)} == {F(rows['natural_aid'][0])}")
    s = g.skip
    s("код ЄДРПОУ 44917305; 38632, Полтавська обл., с. Велика Рублівка, вул. Центральна, 41; тел. (05342) 0-31-72",
      [44917305, 38632, 41, 5342, 3172], "ЄДРПОУ, postcode, address, phone")
    s("Вих. № 02-14/38 від 29.01.2025", [2, 14, 38, 29, 1, 2025], "outgoing number and date")
    s("ЗВІТ про діяльність Центру надання соціальних послуг за 2024 рік", [2024], "year")
    s("рішенням 9 сесії 8 скликання Великорублівської сільської ради від 16.06.2021 № 412", [9, 8, 16, 6, 2021, 412],
      "decision, session, date")
    s("Громада об'єднує 23 населені пункти, у яких проживає близько 9,6 тис. мешканців, з них понад 2 100 осіб віком 60 років і старше",
      [23, 9600, 2100, 60], "settlements, population, age")
    s("(у 2023 році – 376)", [2023, 376], "prior-year figure")
    s("Таблиця 1. Соціальні послуги, надані Центром у 2024 році", [1, 2024], "table number, year")
    s("1\tДогляд вдома", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
    s("вартість однієї години такої послуги у 2024 році становила 84,60 грн", [2024, 84.6], "tariff")
    s("двома-трьома послугами", [2, 3], "numbers in words, not a figure")
    s("Роздано 174 набори", [174], "items (sets), no §3 id")
    s("Протягом 2024 року до нас звернулися", [2024], "year")
    s("наведено в таблиці 1", [1], "table number")
    s("8. Завдання на 2025 рік", [8, 2025], "section number, plan year")
    s("Станом на 31.12.2024", [31, 12, 2024], "date")
    s("Внутрішню оцінку якості проведено в листопаді 2024 року", [2024], "date of the survey")
    s("Відкрити відділення денного догляду на 15 місць, охопити послугою догляду вдома не менше 110 осіб", [2025, 15, 110],
      "2025 plan")
    s("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers")
    g.note("«Отримувачів, осіб» → served, unit persons; every table cell is a fact quoted by its row; rows hang on the Усього cell of their column")
    g.note("the table total 446 counts a person once per service; the 402 «без повторного врахування» is a separate served fact with a label — not a conflict")
    g.note("11 520 (home-care services) and 58 (natural aid) are written twice, in the table and in prose: two facts each")
    g.note("«перебували на соціальному супроводі» → served (alt support_ongoing); «супровід триває для 19 сімей» at year end → support_ongoing")
    g.note("27,5 штатних одиниць is a fractional staff_positions fact")
    g.note("the ДБСТ is counted as one of the 4 foster families (social_support_foster)")
    g.note("the 63 IDPs and 41 persons with disabilities are overlapping «серед них» categories: parent only, no group")
    g.note("planted slip: «у 9 із них (64,3 %)» — 9 of 15 completed is 60,0 %; recorded as percent_mismatch and percent_impossible (one slip)")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
