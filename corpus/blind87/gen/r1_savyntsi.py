"""b87_01: Центр соціальних служб Савинської селищної ради (Харківська), annual report 2024.
DOCX, first person plural, numbered sections, one table by service (with an IDP column)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b87_01_savyntsi_css_annual2024.docx"

HEAD = [
    ("c", "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ САВИНСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "64252, Харківська обл., Ізюмський р-н, смт Савинці, вул. Соборна, 14, тел. (05743) 0-31-72, "
          "e-mail: css.savyntsi@example.ua, код ЄДРПОУ 44718203"),
    ("l", "Вих. № 02-14/37 від 17.01.2025"),
    ("t", "ЗВІТ\nпро діяльність Центру соціальних служб Савинської селищної ради за 2024 рік"),
]

BODY = [
    ("h", "1. Загальні відомості"),
    ("p", "Центр соціальних служб Савинської селищної ради (далі – Центр) діє відповідно до Положення, "
          "затвердженого рішенням 27 сесії VIII скликання Савинської селищної ради від 14.09.2023 № 1187-VIII. "
          "Громада об’єднує 23 населені пункти, у яких на 01.01.2024 проживало близько 11,6 тис. осіб. "
          "Після деокупації у вересні 2022 року значна частина житлового фонду громади потребує відновлення, "
          "тому до нас і далі звертаються переважно родини з дітьми та внутрішньо переміщені особи."),
    ("p", "У 2024 році ми працювали у складі 9 працівників при 11 штатних посадах (2 посади фахівця із соціальної "
          "роботи вакантні). Підвищили кваліфікацію 7 наших працівників – на курсах Харківського обласного центру "
          "соціальних служб та на онлайн-платформі Мінсоцполітики."),
    ("h", "2. Виявлення сімей та оцінка потреб"),
    ("p", "Протягом року до Центру надійшли повідомлення про 86 сімей/осіб, які можуть перебувати у складних "
          "життєвих обставинах: від закладів освіти – 31, від служби у справах дітей – 22, від старост – 19, "
          "від інших суб’єктів та громадян – 14."),
    ("p", "Ми провели оцінку потреб 78 сімей/осіб; у 8 випадках інформація під час першого відвідування "
          "не підтвердилася. За результатами оцінки 52 сім’ї визнано такими, що перебувають у складних "
          "життєвих обставинах."),
    ("h", "3. Надання соціальних послуг"),
    ("p", "Дані про отримувачів та кількість наданих послуг наведено в таблиці 1. Усього послуги Центру "
          "отримали 1179 сімей/осіб, тоді як у 2023 році – 964, тобто охоплення зросло на 215."),
    ("cap", "Таблиця 1. Надання соціальних послуг у 2024 році"),
    ("table", None),
    ("h", "4. Соціальний супровід сімей у СЖО"),
    ("p", "Під соціальним супроводом у звітному році перебувало 52 сім’ї, у яких виховується 97 дітей; "
          "23 сім’ї з них – сім’ї внутрішньо переміщених осіб (44,2 %)."),
    ("p", "Нових сімей взято під супровід 34, з них 15 – сім’ї ВПО (41,2 %); ще 18 сімей продовжували "
          "отримувати послугу з 2023 року."),
    ("p", "Завершили ми супровід 29 сімей: у 21 з них складні життєві обставини подолано, у 5 – мінімізовано, "
          "3 сім’ї змінили місце проживання. На 2025 рік продовжено супровід 23 сімей. Середня тривалість "
          "супроводу становила 4,5 місяця, найдовший тривав 9 місяців."),
    ("p", "Соціальне супроводження здійснювалося також щодо 4 прийомних сімей (в них 14 дітей віком від 3 до 17 років)."),
    ("h", "5. Профілактична робота"),
    ("p", "Проведено 26 групових заходів (тренінги, «батьківські школи», заняття для підлітків у 3 ліцеях), "
          "участь у яких взяли 318 осіб. На гарячу лінію Центру надійшло 143 дзвінки."),
    ("p", "Завдяки благодійним фондам видано 160 продуктових наборів та 85 комплектів зимового одягу."),
    ("h", "6. Задоволеність отримувачів"),
    ("p", "У листопаді 2024 року в анкетуванні взяли участь 64 отримувачі послуг. Рівень задоволеності "
          "якістю послуг становить 92,2 %. Скарг на роботу Центру не надходило."),
    ("h", "7. Завдання на 2025 рік"),
    ("p", "Охопити соціальним супроводом не менше 60 сімей, провести 30 групових заходів, укомплектувати "
          "штат до 11 працівників."),
    ("l", "Директор Центру                                        (підпис)"),
]

TABLE = [
    ["№ з/п", "Соціальна послуга", "Отримувачі, сімей/осіб", "з них ВПО", "Кількість наданих послуг"],
    ["1", "Інформування", "412", "138", "655"],
    ["2", "Консультування", "296", "104", "871"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "52", "23", "608"],
    ["4", "Соціальна профілактика", "174", "41", "233"],
    ["5", "Натуральна допомога", "245", "97", "245"],
    ["Усього", "", "1179", "403", "2612"],
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, text in HEAD + BODY:
        if kind == "table":
            t = d.add_table(rows=len(TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            m = t.cell(len(TABLE) - 1, 0).merge(t.cell(len(TABLE) - 1, 1))
            m.text = "Усього"
            continue
        if kind == "h":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            continue
        p = d.add_paragraph()
        if kind in ("c", "t"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if kind == "t":
            lines = text.split("\n")
            r = p.add_run(lines[0])
            r.bold = True
            r.add_break()
            p.add_run(lines[1]).bold = True
        else:
            p.add_run(text)
    fix_docx_props(d, "ЦСС")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Савинської селищної ради",
        "centre_type": "css",
        "settlement": "Савинці",
        "oblast": "Харківська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    F = g.f
    staff = F("staff_actual", "staff", 9, "ми працювали у складі 9 працівників")
    pos = F("staff_positions", "positions", 11, "при 11 штатних посадах")
    trn = F("staff_trained", "staff", 7, "Підвищили кваліфікацію 7 наших працівників")
    nt = F("notified", "families_persons", 86,
           "до Центру надійшли повідомлення про 86 сімей/осіб")
    n1 = F("notified", "families_persons", 31, "від закладів освіти – 31", label="від закладів освіти",
           group="notified_86_by_source", parent=nt)
    n2 = F("notified", "families_persons", 22, "від служби у справах дітей – 22",
           label="від служби у справах дітей", group="notified_86_by_source", parent=nt)
    n3 = F("notified", "families_persons", 19, "від старост – 19", label="від старост",
           group="notified_86_by_source", parent=nt)
    n4 = F("notified", "families_persons", 14, "від інших суб'єктів та громадян – 14",
           label="від інших суб'єктів та громадян", group="notified_86_by_source", parent=nt)
    na = F("needs_assessed", "families_persons", 78, "Ми провели оцінку потреб 78 сімей/осіб")
    sjo = F("in_difficult_circumstances", "families", 52,
            "52 сім'ї визнано такими, що перебувають у складних життєвих обставинах")
    # table
    rows = {r[0]: r for r in TABLE}
    svc = {"1": "informing", "2": "counselling", "3": "social_support_sjo", "4": "social_prevention",
           "5": "natural_aid"}

    def rowq(r):
        return "\t".join(r)
    totq = "Усього\t1179\t403\t2612"
    t_rec = F("served", "families_persons", 1179, totq, label="Усього (отримувачі)")
    t_idp = F("served", "families_persons", 403, totq, label="Усього (з них ВПО)",
              category="внутрішньо переміщені особи", parent=t_rec)
    t_srv = F("services_provided", "services", 2612, totq, label="Усього (кількість наданих послуг)")
    rec_ids, idp_ids, srv_ids = [], [], []
    for n in "12345":
        r = rows[n]
        rec_ids.append(F("served", "families_persons", int(r[2]), rowq(r), service=svc[n], label=r[1],
                         group="served_1179_by_service", parent=t_rec))
        idp_ids.append(F("served", "families_persons", int(r[3]), rowq(r), service=svc[n], label=r[1],
                         category="внутрішньо переміщені особи", group="idp_403_by_service", parent=t_idp))
        srv_ids.append(F("services_provided", "services", int(r[4]), rowq(r), service=svc[n], label=r[1],
                         group="services_2612_by_service", parent=t_srv))
    pr_tot = F("served", "families_persons", 1179, "Усього послуги Центру отримали 1179 сімей/осіб",
               note="the table total repeated in prose; two facts")
    # social support
    sup = F("served", "families", 52, "Під соціальним супроводом у звітному році перебувало 52 сім'ї",
            service="social_support_sjo", alt=["support_ongoing"])
    supc = F("served", "children", 97, "у яких виховується 97 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    supv = F("served", "families", 23, "23 сім'ї з них – сім'ї внутрішньо переміщених осіб (44,2 %)",
             service="social_support_sjo", percent=44.2, category="внутрішньо переміщені особи",
             alt=["support_ongoing"], parent=sup)
    st_ = F("support_started", "families", 34, "Нових сімей взято під супровід 34",
            service="social_support_sjo", parent=sup)
    stv = F("support_started", "families", 15, "з них 15 – сім'ї ВПО (41,2 %)", service="social_support_sjo",
            percent=41.2, category="внутрішньо переміщені особи", parent=st_)
    cont = F("served", "families", 18, "ще 18 сімей продовжували отримувати послугу з 2023 року",
             service="social_support_sjo", label="продовжували отримувати послугу з 2023 року",
             alt=["support_ongoing"], parent=sup)
    comp = F("support_completed", "families", 29, "Завершили ми супровід 29 сімей", service="social_support_sjo")
    o1 = F("outcome_positive", "families", 21, "у 21 з них складні життєві обставини подолано",
           service="social_support_sjo", group="completed_29_by_outcome", parent=comp)
    o2 = F("outcome_minimized", "families", 5, "у 5 – мінімізовано", service="social_support_sjo",
           group="completed_29_by_outcome", parent=comp)
    o3 = F("outcome_other", "families", 3, "3 сім'ї змінили місце проживання", service="social_support_sjo",
           label="зміна місця проживання", group="completed_29_by_outcome", parent=comp)
    ong = F("support_ongoing", "families", 23, "На 2025 рік продовжено супровід 23 сімей",
            service="social_support_sjo")
    fos = F("served", "families", 4, "щодо 4 прийомних сімей", service="social_support_foster",
            category="прийомні сім'ї")
    fosc = F("served", "children", 14, "(в них 14 дітей віком від 3 до 17 років)", service="social_support_foster",
             parent=fos)
    ev = F("events", "events", 26, "Проведено 26 групових заходів")
    evp = F("event_participants", "persons", 318, "участь у яких взяли 318 осіб", parent=ev)
    calls = F("calls", "calls", 143, "На гарячу лінію Центру надійшло 143 дзвінки")
    srv = F("survey_respondents", "recipients", 64, "в анкетуванні взяли участь 64 отримувачі послуг",
            unit_alt="persons")
    sat = F("satisfaction", "percent", 92.2, "Рівень задоволеності якістю послуг становить 92,2 %",
            alt=["share"])
    cpl = F("complaints", "complaints", 0, "Скарг на роботу Центру не надходило.")

    # slips
    g.slip("percent_mismatch", "error", "з них 15 – сім'ї ВПО (41,2 %)", 41.2, 44.1, [stv, st_],
           "15 IDP families of the 34 newly taken under support: 15/34 = 44,1 %, written 41,2 % (= 14/34).",
           f"pct_ok(p{stv[1:]}, {stv}, {st_}, 1)", slip=1)
    # checks
    C = g.check
    C("parts_sum", "від закладів освіти – 31, від служби у справах дітей – 22, від старост – 19",
      "31 + 22 + 19 + 14 = 86", f"{n1} + {n2} + {n3} + {n4} == {nt}")
    C("parts_sum", "у 8 випадках інформація під час першого відвідування",
      "78 assessed + 8 not confirmed = 86 notified; 52 in СЖО ≤ 78 assessed",
      f"{na} + 8 == {nt} and {sjo} <= {na}")
    C("table_arithmetic", totq, "recipients column 412 + 296 + 52 + 174 + 245 = 1179",
      " + ".join(rec_ids) + f" == {t_rec}")
    C("table_arithmetic", totq, "IDP column 138 + 104 + 23 + 41 + 97 = 403",
      " + ".join(idp_ids) + f" == {t_idp}")
    C("table_arithmetic", totq, "services column 655 + 871 + 608 + 233 + 245 = 2612",
      " + ".join(srv_ids) + f" == {t_srv}")
    C("table_arithmetic", "Соціальний супровід сімей (осіб), які перебувають у СЖО\t52\t23\t608",
      "each row: IDP ≤ recipients", " and ".join(f"{i} <= {r}" for i, r in zip(idp_ids, rec_ids)))
    C("internal_conflict", "Усього послуги Центру отримали 1179 сімей/осіб",
      "prose 1179 = table Усього 1179; 1179 − 964 (2023) = 215 as written", f"{pr_tot} == {t_rec} and {pr_tot} - 964 == 215")
    C("internal_conflict", "Під соціальним супроводом у звітному році перебувало 52 сім'ї",
      "52 under support = table row 3 (52, IDP 23) = 52 found in СЖО",
      f"{sup} == {rec_ids[2]} and {supv} == {idp_ids[2]} and {sup} == {sjo}")
    C("percent_mismatch", "23 сім'ї з них – сім'ї внутрішньо переміщених осіб (44,2 %)", "23/52 = 44,23 % → 44,2",
      f"pct_ok(p{supv[1:]}, {supv}, {sup}, 1)")
    C("parts_sum", "ще 18 сімей продовжували отримувати послугу з 2023 року", "34 new + 18 continued = 52",
      f"{st_} + {cont} == {sup}")
    C("parts_sum", "Завершили ми супровід 29 сімей", "21 + 5 + 3 = 29 completed", f"{o1} + {o2} + {o3} == {comp}")
    C("parts_sum", "На 2025 рік продовжено супровід 23 сімей", "29 completed + 23 continued = 52",
      f"{comp} + {ong} == {sup}")
    C("parts_sum", "ми працювали у складі 9 працівників при 11 штатних посадах",
      "9 working + 2 vacant = 11 positions; 7 trained ≤ 9", f"{staff} + 2 == {pos} and {trn} <= {staff}")
    C("percent_impossible", "Рівень задоволеності якістю послуг становить 92,2 %",
      "92,2 % is reachable with 64 respondents (59/64 = 92,19 %)", f"grim_ok({sat}, {srv}, 1)")
    # skipped
    S = g.skip
    S("64252, Харківська обл., Ізюмський р-н, смт Савинці, вул. Соборна, 14, тел. (05743) 0-31-72",
      [64252, 14, 5743, 3172], "postcode, address, phone")
    S("код ЄДРПОУ 44718203", [44718203], "ЄДРПОУ")
    S("Вих. № 02-14/37 від 17.01.2025", [2, 14, 37, 17, 1, 2025], "outgoing number and date")
    S("рішенням 27 сесії VIII скликання Савинської селищної ради від 14.09.2023 № 1187-VIII",
      [27, 14, 9, 2023, 1187], "session and decision number, date")
    S("Громада об'єднує 23 населені пункти, у яких на 01.01.2024 проживало близько 11,6 тис. осіб",
      [23, 1, 1, 2024, 11600], "settlement count and population")
    S("Після деокупації у вересні 2022 року", [2022], "year")
    S("(2 посади фахівця із соціальної роботи вакантні)", [2], "vacancies (no §3 id; used as a literal in a check)")
    S("у 8 випадках інформація під час першого відвідування не підтвердилася", [8],
      "notifications not confirmed (no §3 id; used as a literal in a check)")
    S("тоді як у 2023 році – 964, тобто охоплення зросло на 215", [2023, 964, 215], "prior-year figure and difference")
    S("Таблиця 1. Надання соціальних послуг у 2024 році", [1, 2024], "table number, year")
    S("1\tІнформування\t412\t138\t655", [1, 2, 3, 4, 5], "row numbers 1–5 of table 1")
    S("ще 18 сімей продовжували отримувати послугу з 2023 року", [2023], "year inside a 2024 figure")
    S("Середня тривалість супроводу становила 4,5 місяця, найдовший тривав 9 місяців", [4.5, 9], "durations")
    S("(в них 14 дітей віком від 3 до 17 років)", [3, 17], "ages")
    S("заняття для підлітків у 3 ліцеях", [3], "number of schools")
    S("видано 160 продуктових наборів та 85 комплектів зимового одягу", [160, 85], "items handed out")
    S("У листопаді 2024 року", [2024], "survey date")
    S("Охопити соціальним супроводом не менше 60 сімей, провести 30 групових заходів, укомплектувати штат до 11 працівників",
      [2025, 60, 30, 11], "plan for 2025")
    S("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
    g.note("the table is annotated cell by cell (quoted by its row); row cells hang on the Усього cell of "
           "the same column, one group per column; the Усього IDP cell hangs on the Усього recipients cell")
    g.note("«Усього послуги Центру отримали 1179 сімей/осіб» repeats the table total: two facts")
    g.note("«52 сім'ї визнано такими, що перебувають у СЖО» → in_difficult_circumstances; «Під соціальним "
           "супроводом перебувало 52 сім'ї» → served (alt support_ongoing); the table row 3 → served with service; "
           "three facts")
    g.note("«ще 18 сімей продовжували отримувати послугу з 2023 року» is a 2024 figure: served with a label "
           "(alt support_ongoing); «На 2025 рік продовжено супровід 23 сімей» → support_ongoing")
    g.note("«Соціальна профілактика» → service social_prevention")
    g.write()


if __name__ == "__main__":
    build()
    gold()
