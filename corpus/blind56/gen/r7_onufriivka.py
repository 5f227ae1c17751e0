"""b56_07: Соціальний паспорт Онуфріївської селищної територіальної громади (Кіровоградська) станом на 01.01.2025.
Less common style 1: a hromada's social passport, DOCX, mostly tables; the provider section (КУ «ЦНСП») carries the facts."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b56_07_onufriivka_passport2024.docx"

POP = [["Вікова група", "Кількість осіб", "", ""],
       ["", "чол.", "жін.", "усього"],
       ["0–17 років", "891", "846", "1 737"],
       ["18–59 років", "2 604", "2 719", "5 323"],
       ["60 років і старші", "1 173", "1 902", "3 075"],
       ["Усього", "4 668", "5 467", "10 135"]]
VULN = [["№ з/п", "Категорія", "Кількість"],
        ["3.1", "Пенсіонери (усього)", "3 412"],
        ["", "з них за віком", "2 987"],
        ["3.2", "Особи з інвалідністю (усього)", "846"],
        ["", "І група", "97"],
        ["", "ІІ група", "318"],
        ["", "ІІІ група", "361"],
        ["", "діти з інвалідністю", "70"],
        ["3.3", "Внутрішньо переміщені особи", "1 129"],
        ["", "з них дітей", "274"],
        ["3.4", "Багатодітні сім'ї / дітей у них", "83 / 291"],
        ["3.5", "Діти-сироти та діти, позбавлені батьківського піклування", "31"],
        ["3.6", "Одинокі непрацездатні громадяни", "212"],
        ["3.7", "Ветерани війни, члени сімей загиблих (померлих) Захисників", "604 / 38"]]
JOBS = [["Показник", "Значення"],
        ["Зареєстровані безробітні, осіб", "186"],
        ["Домогосподарства, що отримують житлову субсидію", "1 214"],
        ["Сім'ї, що отримують допомогу малозабезпеченим", "97"],
        ["ВПО, які отримують допомогу на проживання", "688"]]
CNSP = [["Соціальна послуга", "Отримувачів", "Надано послуг"],
        ["Догляд вдома", "96", "10 842"],
        ["Денний догляд", "22", "1 936"],
        ["Соціальний супровід сімей у СЖО", "27 (сімей)", "354"],
        ["Консультування", "214", "631"],
        ["Натуральна допомога", "305", "305"],
        ["Разом", "664", "14 068"]]

P = [
 ("h", "СОЦІАЛЬНИЙ ПАСПОРТ"),
 ("h", "Онуфріївської селищної територіальної громади Олександрійського району Кіровоградської області (станом на 01.01.2025)"),
 ("b", "1. Загальні відомості"),
 ("p", "Адміністративний центр – смт Онуфріївка. Площа – 412,7 кв. км. Населених пунктів – 24, старостинських округів – 7. Онуфріївська селищна рада: 28100, смт Онуфріївка, вул. Незалежності, 37, тел. (05238) 0-91-15, ЄДРПОУ 04364218."),
 ("b", "2. Чисельність населення за віком і статтю, осіб"),
 ("t", POP),
 ("b", "3. Соціально вразливі категорії населення"),
 ("t", VULN),
 ("b", "4. Зайнятість та соціальні виплати"),
 ("t", JOBS),
 ("b", "5. Надавачі соціальних послуг"),
 ("p", "5.1. КУ «Центр надання соціальних послуг» Онуфріївської селищної ради (ЄДРПОУ 44281937; смт Онуфріївка, вул. Шкільна, 4). Штатна чисельність – 33 посади, працює 31 особа, з них соціальних робітників – 18, фахівців із соціальної роботи – 4."),
 ("p", "Показники роботи Центру у 2024 році:"),
 ("t", CNSP),
 ("p", "Послугою догляду вдома у 2024 році охоплено 94 особи, з них 61 – одинокі громадяни. Серед отримувачів послуг Центру – 118 внутрішньо переміщених осіб."),
 ("p", "Соціальний супровід отримували 27 сімей (58 дітей), з них 9 сімей взято під супровід у 2024 році; 11 сім'ям надання послуги завершено. Надійшли повідомлення про 52 сім'ї, які можуть перебувати у СЖО; оцінку потреб проведено 48 сім'ям."),
 ("p", "Скарг на якість послуг у 2024 році не надходило. За результатами внутрішньої оцінки якості загальна оцінка – «добре». Видатки на утримання Центру у 2024 році – 10 684,3 тис. грн."),
 ("p", "5.2. Надавачів недержавного сектору в громаді немає; соціальне замовлення не здійснювалося."),
 ("b", "6. Потреби громади"),
 ("p", "Відкрити відділення денного догляду дітей з інвалідністю (потреба – 15 дітей); придбати 2 службові автомобілі; збільшити штат соціальних робітників на 3 посади."),
 ("p", "Паспорт заповнено 20.01.2025. Відповідальний: відділ соціального захисту населення, тел. (05238) 0-91-42."),
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    for kind, x in P:
        if kind == "h":
            r = d.add_paragraph().add_run(x); r.bold = True
        elif kind == "b":
            d.add_paragraph().add_run(x).bold = True
        elif kind == "p":
            d.add_paragraph(x)
        else:
            t = d.add_table(rows=len(x), cols=len(x[0])); t.style = "Table Grid"
            for i, row in enumerate(x):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            if x is POP:
                t.cell(0, 1).merge(t.cell(0, 3)).text = "Кількість осіб"
                t.cell(0, 0).merge(t.cell(1, 0)).text = "Вікова група"
    fix_docx_props(d, author="ВСЗН")
    p = report_path(DOC)
    d.save(p)
    freeze_zip(p)


def gold():
    g = Gold(DOC, {"centre": "Центр надання соціальних послуг Онуфріївської селищної ради", "centre_type": "cnsp",
                   "settlement": "Онуфріївка", "oblast": "Кіровоградська", "report_kind": "other",
                   "period_start": "2024-01-01", "period_end": "2024-12-31"},
             {"centre": ["Комунальна установа «Центр надання соціальних послуг» Онуфріївської селищної ради",
                         "КУ «Центр надання соціальних послуг» Онуфріївської селищної ради",
                         "Онуфріївська селищна рада",
                         "Відділ соціального захисту населення Онуфріївської селищної ради"],
              "centre_type": ["uszn", "other"],
              "period_start": ["2025-01-01"], "period_end": ["2025-01-01"]})
    f = g.f
    F = lambda x: "f" + x[1:]
    sp = f("staff_positions", "positions", 33, "Штатна чисельність – 33 посади")
    sa = f("staff_actual", "staff", 31, "працює 31 особа")
    s1 = f("staff_actual", "staff", 18, "соціальних робітників – 18", label="соціальні робітники", parent=sa)
    s2 = f("staff_actual", "staff", 4, "фахівців із соціальної роботи – 4", label="фахівці із соціальної роботи", parent=sa)
    tq = "Разом\t664\t14 068"
    tr = f("served", "recipients", 664, tq, label="Разом", unit_alt="persons")
    ts = f("services_provided", "services", 14068, tq, label="Разом")
    rows = [("home_care", "Догляд вдома\t96\t10 842", 96, "recipients", 10842),
            ("day_care", "Денний догляд\t22\t1 936", 22, "recipients", 1936),
            ("social_support_sjo", "Соціальний супровід сімей у СЖО\t27 (сімей)\t354", 27, "families", 354),
            ("counselling", "Консультування\t214\t631", 214, "recipients", 631),
            ("natural_aid", "Натуральна допомога\t305\t305", 305, "recipients", 305)]
    ids = []
    for sv, q, n, u, k in rows:
        kw = {"unit_alt": "persons"} if u == "recipients" else {"alt": ["support_ongoing"]}
        ids.append((f("served", u, n, q, service=sv, group="cnsp_table_recipients", parent=tr, **kw),
                    f("services_provided", "services", k, q, service=sv, group="cnsp_table_services", parent=ts)))
    hc = f("served", "persons", 94, "Послугою догляду вдома у 2024 році охоплено 94 особи", service="home_care")
    f("served", "persons", 61, "з них 61 – одинокі громадяни", service="home_care", category="одинокі громадяни", parent=hc)
    f("served", "persons", 118, "Серед отримувачів послуг Центру – 118 внутрішньо переміщених осіб", category="внутрішньо переміщені особи", parent=tr)
    ss = f("served", "families", 27, "Соціальний супровід отримували 27 сімей (58 дітей)", service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 58, "Соціальний супровід отримували 27 сімей (58 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 9, "з них 9 сімей взято під супровід у 2024 році", service="social_support_sjo", parent=ss)
    co = f("support_completed", "families", 11, "11 сім'ям надання послуги завершено", service="social_support_sjo", parent=ss)
    no = f("notified", "families", 52, "Надійшли повідомлення про 52 сім'ї")
    na = f("needs_assessed", "families", 48, "оцінку потреб проведено 48 сім'ям")
    f("complaints", "complaints", 0, "Скарг на якість послуг у 2024 році не надходило")
    f("rating", "rating", "good", "За результатами внутрішньої оцінки якості загальна оцінка – «добре»", criterion="overall")
    f("budget_spent", "uah", 10684300, "Видатки на утримання Центру у 2024 році – 10 684,3 тис. грн", label="утримання Центру")

    g.slip("internal_conflict", "error", "Послугою догляду вдома у 2024 році охоплено 94 особи", 94, 96, [hc, ids[0][0]],
           "home care in 2024: the provider table says 96 recipients, the paragraph under it says 94 persons (same service, period and unit reading)",
           f"{F(hc)} == {F(ids[0][0])}")
    g.check("table_arithmetic", tq, "96 + 22 + 27 + 214 + 305 = 664", " + ".join(F(i[0]) for i in ids) + f" == {F(tr)}")
    g.check("table_arithmetic", tq, "10 842 + 1 936 + 354 + 631 + 305 = 14 068", " + ".join(F(i[1]) for i in ids) + f" == {F(ts)}")
    g.check("internal_conflict", "Соціальний супровід отримували 27 сімей (58 дітей)", "27 families in the table and in the paragraph; 9 started and 11 completed ≤ 27",
            f"{F(ss)} == {F(ids[2][0])} and {F(st)} <= {F(ss)} and {F(co)} <= {F(ss)}")
    g.check("parts_sum", "працює 31 особа, з них соціальних робітників – 18", "18 + 4 ≤ 31 ≤ 33", f"{F(s1)} + {F(s2)} <= {F(sa)} <= {F(sp)}")
    g.check("parts_sum", "оцінку потреб проведено 48 сім'ям", "48 ≤ 52", f"{F(na)} <= {F(no)}")
    g.check("table_arithmetic", "Усього\t4 668\t5 467\t10 135", "population table (not facts; literals): 891 + 2 604 + 1 173 = 4 668; 846 + 2 719 + 1 902 = 5 467; 1 737 + 5 323 + 3 075 = 10 135 = 4 668 + 5 467; each row чол. + жін. = усього",
            "891 + 2604 + 1173 == 4668 and 846 + 2719 + 1902 == 5467 and 1737 + 5323 + 3075 == 10135 == 4668 + 5467 and 891 + 846 == 1737 and 2604 + 2719 == 5323 and 1173 + 1902 == 3075")
    g.check("parts_sum", "Особи з інвалідністю (усього)\t846", "disability groups (not facts; literals): 97 + 318 + 361 + 70 = 846", "97 + 318 + 361 + 70 == 846")

    g.skip("(станом на 01.01.2025)", [1, 1, 2025], "date of the passport")
    g.skip("Площа – 412,7 кв. км. Населених пунктів – 24, старостинських округів – 7", [412.7, 24, 7], "area, settlement and starosta-district counts")
    g.skip("28100, смт Онуфріївка, вул. Незалежності, 37, тел. (05238) 0-91-15, ЄДРПОУ 04364218", [28100, 37, 5238, 9115, 4364218], "council postcode, address, phone, ЄДРПОУ")
    g.skip("Вікова група\tКількість осіб", [], "population table (section 2): 0–17, 18–59, 60+ (ages) and counts by sex; population counts are not provider facts")
    for row in POP[2:5]:
        g.skip("\t".join(row), [row[0]] + [int(x.replace(" ", "")) for x in row[1:]], "population by age group and sex (ages, population counts); literals in the population check")
    g.skip("Усього\t4 668\t5 467\t10 135", [4668, 5467, 10135], "population totals; literals in the population check")
    g.skip("Пенсіонери (усього)\t3 412", [3.1, 3412], "section 3: pensioners (population count)")
    g.skip("з них за віком\t2 987", [2987], "old-age pensioners (population count)")
    for lab, n in (("І група", 97), ("ІІ група", 318), ("ІІІ група", 361), ("діти з інвалідністю", 70), ("з них дітей", 274)):
        g.skip(f"{lab}\t{n}", [n], "sub-row of section 3 (population count)")
    g.skip("Особи з інвалідністю (усього)\t846", [3.2, 846, 97, 318, 361, 70], "persons with disabilities by group (population counts); literals in a check")
    g.skip("Внутрішньо переміщені особи\t1 129", [3.3, 1129, 274], "registered IDPs and their children in the hromada (population counts)")
    g.skip("Багатодітні сім'ї / дітей у них\t83 / 291", [3.4, 83, 291], "large families and their children (population counts)")
    g.skip("Діти-сироти та діти, позбавлені батьківського піклування\t31", [3.5, 31], "orphans in the hromada (population count; the служба у справах дітей's register, not the provider's)")
    g.skip("Одинокі непрацездатні громадяни\t212", [3.6, 212], "population count")
    g.skip("Ветерани війни, члени сімей загиблих (померлих) Захисників\t604 / 38", [3.7, 604, 38], "population counts")
    g.skip("Зареєстровані безробітні, осіб\t186", [186], "employment-service figure")
    g.skip("Домогосподарства, що отримують житлову субсидію\t1 214", [1214], "benefit recipients (not social services)")
    g.skip("Сім'ї, що отримують допомогу малозабезпеченим\t97", [97], "benefit recipients (not social services)")
    g.skip("ВПО, які отримують допомогу на проживання\t688", [688], "benefit recipients (not social services)")
    g.skip("(ЄДРПОУ 44281937; смт Онуфріївка, вул. Шкільна, 4)", [44281937, 4], "ЄДРПОУ, address")
    g.skip("5.1. КУ «Центр надання соціальних послуг»", [5.1, 5.2], "section numbers 1–6, 5.1, 5.2")
    g.skip("(потреба – 15 дітей); придбати 2 службові автомобілі; збільшити штат соціальних робітників на 3 посади", [15, 2, 3], "needs and plans")
    g.skip("Паспорт заповнено 20.01.2025", [20, 1, 2025], "compile date")
    g.skip("тел. (05238) 0-91-42", [5238, 9142], "phone")
    g.note("social passport: only section 5 (the provider, КУ «ЦНСП») carries facts. Population by age/sex, pensioners, disability groups, IDPs, large families, orphans, veterans, unemployment and benefit recipients are counts of the hromada's population, not of the provider's work, and are skipped (SPEC: population counts are not facts). Their arithmetic is recorded as checks with literals")
    g.note("meta: the passport is issued by the hromada (відділ соціального захисту населення); centre is the provider whose figures are reported (ЦНСП), with the council / department accepted in meta_alt. period: the provider's figures are «у 2024 році»; the passport is dated «станом на 01.01.2025» (accepted in meta_alt). report_kind other")
    g.note("the ЦНСП table's «Отримувачів» column has no unit → recipients (alt persons); the social-support row says «27 (сімей)» → families")
    g.note("planted internal_conflict: home care 96 in the table vs 94 in the paragraph")
    g.write()


if __name__ == "__main__":
    build()
    gold()
