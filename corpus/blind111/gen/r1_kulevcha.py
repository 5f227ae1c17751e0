"""b111_01: КУ «ЦНСП» Кулевчанської сільської ради (Одеська), annual report 2024, DOCX, first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b111_01_kulevcha_cnsp_annual2024.docx"


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    fix_docx_props(d, author="ЦНСП")

    def p(text, bold=False, center=False):
        para = d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    p("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» КУЛЕВЧАНСЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
    p("68162, Одеська обл., Білгород-Дністровський р-н, с. Кулевча, вул. Шкільна, 14; "
      "тел. (04843) 0-51-27; e-mail: cnsp.kulevcha@example.ua; код ЄДРПОУ 44318207", center=True)
    p("Вих. № 01-14/27 від 21.01.2025")
    p("ЗВІТ\nпро роботу Центру надання соціальних послуг за 2024 рік", bold=True, center=True)

    d.add_heading("1. Загальні відомості", level=2)
    p("Наш Центр утворено рішенням сесії Кулевчанської сільської ради від 17.12.2020 № 58-VIII. "
      "Ми обслуговуємо 6 населених пунктів громади, в яких проживає близько 9,4 тис. мешканців.")
    p("Станом на 31.12.2024 штатним розписом затверджено 21,5 посади, фактично працюють 19 працівників, "
      "з них 8 соціальних робітників і 4 фахівці із соціальної роботи. Протягом року 7 працівників "
      "підвищили кваліфікацію в Одеському обласному центрі соціальних служб (курс тривалістю 72 години).")

    d.add_heading("2. Звернення, повідомлення, оцінка потреб", level=2)
    p("У 2024 році до нас звернулися 612 осіб (у 2023 році – 548), з них 143 – внутрішньо переміщені особи. "
      "Оцінку потреб ми провели 286 особам та 41 сім'ї.")
    p("Протягом року надійшли повідомлення про 37 сімей, які могли опинитися у складних життєвих обставинах; "
      "за результатами оцінки потреб СЖО підтверджено у 29 сімей, щодо решти 8 обставини не підтвердилися.")

    d.add_heading("3. Надання соціальних послуг", level=2)
    p("Таблиця 1. Отримувачі соціальних послуг у 2024 році")
    rows = [
        ("1", "Інформування", "001.0", "318", "402"),
        ("2", "Консультування", "002.0", "254", "611"),
        ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "010.1", "34", "287"),
        ("4", "Догляд вдома", "015.1", "46", "5 520"),
        ("5", "Натуральна допомога", "019.0", "267", "534"),
        ("6", "Представництво інтересів", "004.0", "22", "39"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("№ з/п", "Назва соціальної послуги", "Код", "Отримувачів, осіб", "Надано послуг")):
        c.text = h
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    last = t.add_row().cells
    m = last[0].merge(last[1]).merge(last[2])
    m.text = "Усього"
    last[3].text = "941"
    last[4].text = "7 393"
    p("")
    p("Усього за рік ми надали 7 393 соціальні послуги. Найбільше послуг припадає на догляд вдома: "
      "46 отримувачів, з них 31 особа похилого віку та 15 осіб з інвалідністю I–II групи. "
      "Одна особа одночасно може отримувати кілька послуг, тому рядок «Усього» не є кількістю різних осіб.")

    d.add_heading("4. Соціальний супровід сімей у СЖО", level=2)
    p("Під соціальним супроводом у 2024 році перебували 34 сім'ї, в яких виховується 71 дитина. "
      "9 сімей продовжували отримувати послугу з 2023 року, а 25 сімей ми взяли під супровід протягом звітного року. "
      "Серед сімей під супроводом 11 – сім'ї внутрішньо переміщених осіб (35,3 %).")
    p("Завершено супровід 21 сім'ї: з позитивним результатом – 15 (71,4 %), з мінімізацією СЖО – 4 (19,0 %), "
      "у зв'язку зі зміною місця проживання – 2 (9,5 %). На 2025 рік супровід продовжено 13 сім'ям.")
    p("Крім того, ми здійснювали соціальне супроводження 4 сімей, а саме 3 прийомних сімей та "
      "1 дитячого будинку сімейного типу, у яких виховується 14 дітей.")

    d.add_heading("5. Натуральна допомога та групова робота", level=2)
    p("Через пункт видачі гуманітарної допомоги продуктові набори отримали 267 сімей; всього видано "
      "534 набори на загальну суму 186,9 тис. грн (вартість одного набору – 350 грн).")
    p("Ми провели 18 групових заходів (тренінги, «батьківські кола», ігрові заняття), у яких взяли участь "
      "243 особи, у тому числі 161 дитина.")

    d.add_heading("6. Якість послуг", level=2)
    p("У грудні 2024 року ми опитали 96 отримувачів послуг. Задоволеність якістю послуг становить 91,7 %. "
      "Скарг на роботу Центру протягом року не надходило.")

    d.add_heading("7. Фінансування", level=2)
    p("Кошторисом на 2024 рік затверджено 8 015,0 тис. грн, касові видатки склали 7 842,6 тис. грн, "
      "економія – 172,4 тис. грн (переважно за рахунок вакантних посад).")

    d.add_heading("8. Завдання на 2025 рік", level=2)
    p("У 2025 році плануємо запровадити денний догляд для 15 осіб з інвалідністю віком від 18 до 35 років "
      "та збільшити кількість отримувачів догляду вдома до 55 осіб.")
    p("Директор Центру                                   (підпис)")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)
    return path


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Кулевчанської сільської ради",
        "centre_type": "cnsp", "settlement": "Кулевча", "oblast": "Одеська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Кулевчанської сільської ради",
        "КУ «Центр надання соціальних послуг» Кулевчанської сільської ради"]})
    f = g.f
    pos = f("staff_positions", "positions", 21.5, "штатним розписом затверджено 21,5 посади")
    act = f("staff_actual", "staff", 19, "фактично працюють 19 працівників")
    f("staff_actual", "staff", 8, "з них 8 соціальних робітників", label="соціальні робітники", parent=act)
    f("staff_actual", "staff", 4, "4 фахівці із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
    f("staff_trained", "staff", 7, "Протягом року 7 працівників підвищили кваліфікацію")
    app = f("applied", "persons", 612, "У 2024 році до нас звернулися 612 осіб")
    f("applied", "persons", 143, "з них 143 – внутрішньо переміщені особи",
      category="внутрішньо переміщені особи", parent=app)
    f("needs_assessed", "persons", 286, "Оцінку потреб ми провели 286 особам")
    f("needs_assessed", "families", 41, "та 41 сім'ї")
    ntf = f("notified", "families", 37, "надійшли повідомлення про 37 сімей")
    f("in_difficult_circumstances", "families", 29, "СЖО підтверджено у 29 сімей", parent=ntf)
    # table
    tq = "Отримувачів, осіб"
    tot = f("served", "persons", 941, "Усього\t941\t7 393", label="Усього (сума рядків)",
            note="the table total is a sum of rows; one person may get several services (the text says so)")
    tot_s = f("services_provided", "services", 7393, "Усього\t941\t7 393", label="Усього")
    rows = [("informing", "1\tІнформування\t001.0\t318\t402", 318, 402),
            ("counselling", "2\tКонсультування\t002.0\t254\t611", 254, 611),
            ("social_support_sjo", "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t010.1\t34\t287", 34, 287),
            ("home_care", "4\tДогляд вдома\t015.1\t46\t5 520", 46, 5520),
            ("natural_aid", "5\tНатуральна допомога\t019.0\t267\t534", 267, 534),
            ("representation", "6\tПредставництво інтересів\t004.0\t22\t39", 22, 39)]
    served_ids, svc_ids = [], []
    for sv, q, n, k in rows:
        served_ids.append(f("served", "persons", n, q, service=sv, group="table1_recipients", parent=tot))
        svc_ids.append(f("services_provided", "services", k, q, service=sv, group="table1_services", parent=tot_s))
    prose_s = f("services_provided", "services", 7393, "Усього за рік ми надали 7 393 соціальні послуги",
                note="the table total repeated in prose: a second fact")
    hc = f("served", "persons", 46, "46 отримувачів, з них 31 особа похилого віку", service="home_care",
           note="the table's 46 repeated in prose")
    f("served", "persons", 31, "з них 31 особа похилого віку", service="home_care",
      category="особи похилого віку", group="home_care_46", parent=hc)
    f("served", "persons", 15, "15 осіб з інвалідністю I–II групи", service="home_care",
      category="особи з інвалідністю", group="home_care_46", parent=hc)
    # social support
    sup = f("served", "families", 34, "Під соціальним супроводом у 2024 році перебували 34 сім'ї",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 71, "в яких виховується 71 дитина", service="social_support_sjo",
      alt=["support_ongoing"], parent=sup)
    cont = f("served", "families", 9, "9 сімей продовжували отримувати послугу з 2023 року",
             service="social_support_sjo", alt=["support_ongoing"], label="отримували послугу з 2023 року",
             group="support_34_by_start", parent=sup)
    st = f("support_started", "families", 25, "25 сімей ми взяли під супровід протягом звітного року",
           service="social_support_sjo", group="support_34_by_start", parent=sup)
    idp = f("served", "families", 11, "Серед сімей під супроводом 11 – сім'ї внутрішньо переміщених осіб (35,3 %)",
            service="social_support_sjo", percent=35.3, category="внутрішньо переміщені особи",
            alt=["support_ongoing"], parent=sup)
    comp = f("support_completed", "families", 21, "Завершено супровід 21 сім'ї", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 15, "з позитивним результатом – 15 (71,4 %)", percent=71.4,
           group="completed_21_by_outcome", parent=comp)
    o2 = f("outcome_minimized", "families", 4, "з мінімізацією СЖО – 4 (19,0 %)", percent=19.0,
           group="completed_21_by_outcome", parent=comp)
    o3 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 (9,5 %)", percent=9.5,
           label="зміна місця проживання", group="completed_21_by_outcome", parent=comp)
    nxt = f("support_ongoing", "families", 13, "На 2025 рік супровід продовжено 13 сім'ям",
            service="social_support_sjo")
    fo = f("served", "families", 4, "ми здійснювали соціальне супроводження 4 сімей", service="social_support_foster")
    f("served", "families", 3, "3 прийомних сімей", service="social_support_foster", label="прийомні сім'ї",
      group="foster_4", parent=fo)
    f("served", "families", 1, "1 дитячого будинку сімейного типу", service="social_support_foster",
      label="дитячі будинки сімейного типу", group="foster_4", parent=fo)
    f("served", "children", 14, "у яких виховується 14 дітей", service="social_support_foster", parent=fo)
    na = f("served", "families", 267, "продуктові набори отримали 267 сімей", service="natural_aid",
           note="the table gives 267 persons for natural aid; the prose says families. Both kept as written")
    f("aid_value", "uah", 186900, "на загальну суму 186,9 тис. грн", service="natural_aid")
    ev = f("events", "events", 18, "Ми провели 18 групових заходів")
    ep = f("event_participants", "persons", 243, "у яких взяли участь 243 особи", parent=ev)
    f("event_participants", "children", 161, "у тому числі 161 дитина", parent=ep)
    srv = f("survey_respondents", "recipients", 96, "ми опитали 96 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 91.7, "Задоволеність якістю послуг становить 91,7 %")
    f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило")
    ap = f("budget_approved", "uah", 8015000, "Кошторисом на 2024 рік затверджено 8 015,0 тис. грн")
    sp = f("budget_spent", "uah", 7842600, "касові видатки склали 7 842,6 тис. грн")
    sv = f("budget_savings", "uah", 172400, "економія – 172,4 тис. грн")

    n = lambda x: int(x[1:])  # noqa: E731
    g.slip("percent_mismatch", "error",
           "Серед сімей під супроводом 11 – сім'ї внутрішньо переміщених осіб (35,3 %)",
           35.3, 32.4, [idp, sup],
           "11 of the 34 families under support is 32,35 % → 32,4 %; 35,3 % would be 12 of 34",
           f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(sup)}, 1)")
    g.check("table_arithmetic", "Усього\t941\t7 393", "318 + 254 + 34 + 46 + 267 + 22 = 941",
            " + ".join(f"f{n(i)}" for i in served_ids) + f" == f{n(tot)}")
    g.check("table_arithmetic", "Усього\t941\t7 393", "402 + 611 + 287 + 5 520 + 534 + 39 = 7 393",
            " + ".join(f"f{n(i)}" for i in svc_ids) + f" == f{n(tot_s)}")
    g.check("internal_conflict", "Усього за рік ми надали 7 393 соціальні послуги",
            "prose total equals the table total", f"f{n(prose_s)} == f{n(tot_s)}")
    g.check("internal_conflict", "46 отримувачів, з них 31 особа похилого віку",
            "home care 46 in prose equals the table row", f"f{n(hc)} == f{n(served_ids[3])}")
    g.check("parts_sum", "46 отримувачів, з них 31 особа похилого віку та 15 осіб з інвалідністю I–II групи",
            "31 + 15 = 46", f"f{n(hc)+1} + f{n(hc)+2} == f{n(hc)}")
    g.check("internal_conflict", "Під соціальним супроводом у 2024 році перебували 34 сім'ї",
            "34 families under support = table row 3 (34)", f"f{n(sup)} == f{n(served_ids[2])}")
    g.check("parts_sum", "9 сімей продовжували отримувати послугу з 2023 року, а 25 сімей",
            "9 + 25 = 34", f"f{n(cont)} + f{n(st)} == f{n(sup)}")
    g.check("parts_sum", "Завершено супровід 21 сім'ї", "15 + 4 + 2 = 21",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(comp)}")
    g.check("percent_mismatch", "з позитивним результатом – 15 (71,4 %)",
            "15/21 = 71,43; 4/21 = 19,05; 2/21 = 9,52",
            f"pct_ok(p{n(o1)}, f{n(o1)}, f{n(comp)}, 1) and pct_ok(p{n(o2)}, f{n(o2)}, f{n(comp)}, 1) "
            f"and pct_ok(p{n(o3)}, f{n(o3)}, f{n(comp)}, 1)")
    g.check("percents_sum", "з позитивним результатом – 15 (71,4 %), з мінімізацією СЖО – 4 (19,0 %)",
            "71,4 + 19,0 + 9,5 = 99,9 (within rounding)", f"psum_ok([p{n(o1)}, p{n(o2)}, p{n(o3)}], 1)")
    g.check("parts_sum", "На 2025 рік супровід продовжено 13 сім'ям",
            "21 completed + 13 continued = 34 under support", f"f{n(comp)} + f{n(nxt)} == f{n(sup)}")
    g.check("parts_sum", "а саме 3 прийомних сімей та 1 дитячого будинку сімейного типу",
            "3 + 1 = 4", f"f{n(fo)+1} + f{n(fo)+2} == f{n(fo)}")
    g.check("parts_sum", "у тому числі 161 дитина", "161 ≤ 243", f"f{n(ep)+1} <= f{n(ep)}")
    g.check("percent_impossible", "Задоволеність якістю послуг становить 91,7 %",
            "91,7 % is reachable with 96 respondents (88 of 96 = 91,67)", f"grim_ok(f{n(sat)}, f{n(srv)}, 1)")
    g.check("table_arithmetic", "економія – 172,4 тис. грн", "8 015,0 − 7 842,6 = 172,4 тис. грн",
            f"f{n(ap)} - f{n(sp)} == f{n(sv)}")
    g.check("parts_sum", "з них 8 соціальних робітників і 4 фахівці", "8 + 4 ≤ 19 ≤ 21,5",
            f"f{n(act)+1} + f{n(act)+2} <= f{n(act)} <= f{n(pos)}")
    g.check("parts_sum", "з них 143 – внутрішньо переміщені особи", "143 ≤ 612", f"f{n(app)+1} <= f{n(app)}")
    g.check("parts_sum", "СЖО підтверджено у 29 сімей, щодо решти 8",
            "29 confirmed + 8 not confirmed = 37 notified", f"f{n(ntf)+1} + 8 == f{n(ntf)}")

    S = g.skip
    S("68162, Одеська обл., Білгород-Дністровський р-н, с. Кулевча, вул. Шкільна, 14; тел. (04843) 0-51-27",
      [68162, 14, 4843, 5127], "postcode, address, phone (invalid 0 after the area code)")
    S("код ЄДРПОУ 44318207", [44318207], "ЄДРПОУ")
    S("Вих. № 01-14/27 від 21.01.2025", [1, 14, 27, 21, 1, 2025], "outgoing number and date")
    S("за 2024 рік", [2024], "year of the title")
    S("рішенням сесії Кулевчанської сільської ради від 17.12.2020 № 58-VIII", [17, 12, 2020, 58],
      "decision date and number")
    S("Ми обслуговуємо 6 населених пунктів громади, в яких проживає близько 9,4 тис. мешканців.", [6, 9400],
      "settlements and population")
    S("Станом на 31.12.2024", [31, 12, 2024], "date")
    S("(курс тривалістю 72 години)", [72], "duration")
    S("(у 2023 році – 548)", [2023, 548], "prior-year figure")
    S("щодо решти 8 обставини не підтвердилися", [8], "not-confirmed notifications: no §3 id (used as a literal in a check)")
    S("Таблиця 1. Отримувачі соціальних послуг у 2024 році", [1, 2024], "table number, year")
    S("1\tІнформування\t001.0\t318\t402", [1, 2, 3, 4, 5, 6, 1.0, 2.0, 10.1, 15.1, 19.0, 4.0],
      "row numbers and service codes of the table")
    S("15 осіб з інвалідністю I–II групи", ["I", "II"], "disability groups")
    S("всього видано 534 набори", [534], "items (food sets); the same 534 is the natural-aid row of table 1, "
      "which counts them as services delivered")
    S("(вартість одного набору – 350 грн)", [350], "price of one item")
    S("У грудні 2024 року", [2024], "survey month")
    S("На 2025 рік", [2025], "year (the figure itself, 13, is a fact)")
    S("У 2025 році плануємо запровадити денний догляд для 15 осіб з інвалідністю віком від 18 до 35 років "
      "та збільшити кількість отримувачів догляду вдома до 55 осіб.", [2025, 15, 18, 35, 55], "plan for 2025, ages")
    S("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers")
    g.note("Table 1: every cell is a fact quoted by its row; rows hang on the «Усього» cell of their column "
           "(groups table1_recipients, table1_services). The «Усього» of recipients is a sum of rows, as the text says.")
    g.note("The table row «Натуральна допомога 267 / 534» counts persons and services; the prose says 267 families "
           "received food sets (534 sets): the prose 267 is a separate fact in families; 534 in the prose is items → skipped.")
    g.note("«9 сімей продовжували отримувати послугу з 2023 року» → served (alt support_ongoing) with a label; it and the "
           "25 taken under support partition the 34.")
    g.note("«На 2025 рік супровід продовжено 13 сім'ям» → support_ongoing (a 2024 figure naming 2025).")
    g.note("Staff: «з них 8 соціальних робітників і 4 фахівці» are overlapping parts (not a partition of 19): parent only, no group.")
    g.note("Home care 31 + 15 = 46 is a partition (group home_care_46) whose parent is the prose repetition of the table's 46.")
    g.note("Money in тис. грн is stored in hryvnias; no KEKV code is written.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
