"""b106_07: ТЦСО Пролісненської селищної ради (Харківська), annual report 2023, as `pdftotext -layout`
saved it: UTF-8 TXT, columns aligned by runs of spaces, a landscape table whose long cells wrap onto a
second line, a page header and footer repeated at each form feed, hyphenated words at line ends."""
from common import Gold, report_path, write_text, read_text

DOC = "b106_07_prolisne_tcso_annual2023.txt"

HDR = ("    КУ «Територіальний центр соціального обслуговування (надання                       Звіт про діяльність за 2023 рік\n"
       "    соціальних послуг)» Пролісненської селищної ради\n\n")


def foot(n):
    return "\n\n" + " " * 58 + f"Сторінка {n} з 3\n"


P1 = """                                             ЗВІТ
                  про діяльність територіального центру соціального обслуговування
                     (надання соціальних послуг) Пролісненської селищної ради
                                          за 2023 рік

    1. Загальні відомості

       Територіальний центр утворено рішенням Пролісненської селищної ради від 12.03.2021
    № 211-VIII. Юридична адреса: 62430, Харківська обл., Харківський р-н, с-ще Пролісне,
    вул. Садова, 27. Тел. (05745) 0-6-12-40, e-mail: tc.prolisne@example.ua. Код ЄДРПОУ
    44287153.

       Протягом 2023 року центр працював в умовах воєнного стану; у частині насе-
    лених пунктів громади надання послуг відновлено лише з квітня. До територіального
    центру звернулося 412 осіб (у 2022 році – 286), оцінку індивідуальних потреб прове-
    дено 389 особам.

       Соціальними послугами протягом року охоплено 599 осіб, яким надано 42 297 со-
    ціальних послуг. На обслуговування взято 127 осіб, знято з обслуговування 98 осіб,
    з них 41 – у зв'язку зі смертю. Розподіл за структурними підрозділами наведено в
    таблиці 2.
"""

TABLE_HEAD = """    Таблиця 2. Показники роботи структурних підрозділів у 2023 році

    №    Структурний підрозділ                   Штатних    Обслуго-    з них    Надано      Примітка
                                                 посад      вано осіб   ВПО      послуг
"""
ROWS = """    1    Відділення соціальної допомоги          22,5       168         19       31 406      обслуговування у 9 населених
         вдома                                                                               пунктах, з них 3 прифронтові
    2    Відділення денного перебування          6          94          27       8 215       гуртки, клуби за інтересами,
                                                                                             заняття руховою активністю
    3    Відділення організації надання          3          276         118      1 932       видача наборів 2 рази на місяць
         адресної натуральної допомоги
    4    Мобільна бригада соціально-             4          61          23       744         створено у травні 2023 р.
         психологічної допомоги
         Разом                                   35,5       599         178      42 297
"""

P3 = """    2. Натуральна допомога та анкетування

       Завдяки співпраці з благодійними фондами гуманітарну допомогу (продуктові набо-
    ри, засоби гігієни) отримали 1 146 осіб; видано 2 380 наборів на загальну суму
    1 190,0 тис. грн.

       У грудні 2023 року в анкетуванні взяли участь 152 отримувачі; 137 з них (90,1 %)
    оцінили якість послуг як високу. Надійшла одна скарга (щодо графіка відвідувань), її
    розглянуто, факти не підтвердилися.

    3. Фінансування

       Кошторисом на 2023 рік по загальному фонду затверджено 9 836,4 тис. грн, касові
    видатки склали 9 702,9 тис. грн, економія – 133,5 тис. грн (1,4 %). Надходження
    до спеціального фонду від платних послуг становили 214,7 тис. грн.

    4. Кадри та заходи

       Штатна чисельність – 35,5 штатної одиниці, фактично працює 33 працівники;
    12 працівників пройшли навчання з надання першої психологічної допомоги. Проведено
    48 культурно-масових заходів, у яких взяли участь 1 020 осіб.

       У 2024 році планується відкрити пункт прокату засобів реабілітації та охопити
    послугами не менше 650 осіб.

    Директор                                                         (підпис)
"""


def build():
    pages = [HDR + P1 + foot(1),
             HDR + TABLE_HEAD + ROWS + foot(2),
             HDR + P3 + foot(3)]
    write_text(report_path(DOC), "\f".join(pages) + "\f")


def gold():
    text = read_text(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Пролісненської селищної ради",
        "centre_type": "tcso", "settlement": "Пролісне", "oblast": "Харківська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"centre": ["КУ «Територіальний центр соціального обслуговування (надання соціальних послуг)» Пролісненської селищної ради"]})
    f = g.f

    def line(start):
        return next(l for l in text.split("\n") if l.startswith(start))
    ap = f("applied", "persons", 412, "звернулося 412 осіб")
    na = f("needs_assessed", "persons", 389, "оцінку індивідуальних потреб проведено 389 особам")
    sv = f("served", "persons", 599, "охоплено 599 осіб")
    sp = f("services_provided", "services", 42297, "надано 42 297 соціальних послуг")
    new = f("served", "persons", 127, "На обслуговування взято 127 осіб", alt=["registered_new", "support_started"],
            label="взято на обслуговування")
    de = f("deregistered", "persons", 98, "знято з обслуговування 98 осіб")
    f("deregistered", "persons", 41, "з них 41 – у зв'язку зі смертю", label="смерть", alt=["outcome_other"], parent=de)
    rows = [("1", "Відділення соціальної допомоги вдома", "home_care", 22.5, 168, 19, 31406),
            ("2", "Відділення денного перебування", "day_care", 6, 94, 27, 8215),
            ("3", "Відділення організації надання адресної натуральної допомоги", "natural_aid", 3, 276, 118, 1932),
            ("4", "Мобільна бригада соціально-психологічної допомоги", None, 4, 61, 23, 744)]
    tq = line("Разом")
    tp = f("staff_positions", "positions", 35.5, tq, label="Разом")
    ts = f("served", "persons", 599, tq, label="Разом")
    tv = f("served", "persons", 178, tq, category="внутрішньо переміщені особи", label="Разом, з них ВПО")
    tsv = f("services_provided", "services", 42297, tq, label="Разом")
    ids = []
    for n, name, svc, pos, srv, vpo, nsv in rows:
        q = line(n + " ")
        a = f("staff_positions", "positions", pos, q, district=name, parent=tp, group="positions_by_unit")
        b = f("served", "persons", srv, q, district=name, service=svc, parent=ts, group="served_by_unit")
        c = f("served", "persons", vpo, q, district=name, service=svc, category="внутрішньо переміщені особи",
              parent=tv, group="served_idp_by_unit")
        d = f("services_provided", "services", nsv, q, district=name, service=svc, parent=tsv, group="services_by_unit")
        ids.append((a, b, c, d))
    hum = f("served", "persons", 1146, "отримали 1 146 осіб", label="гуманітарна допомога (продуктові набори, засоби гігієни)")
    f("aid_value", "uah", 1190000, "на загальну суму\n1 190,0 тис. грн", label="гуманітарна допомога")
    srv_r = f("survey_respondents", "recipients", 152, "в анкетуванні взяли участь 152 отримувачі", unit_alt="persons")
    hi = f("survey_respondents", "recipients", 137, "137 з них (90,1 %)", percent=90.1, unit_alt="persons",
           label="оцінили якість послуг як високу", alt=["satisfaction"], parent=srv_r)
    f("complaints", "complaints", 1, "Надійшла одна скарга", note="number in words")
    ap2 = f("budget_approved", "uah", 9836400, "по загальному фонду затверджено 9 836,4 тис. грн", label="загальний фонд")
    bs = f("budget_spent", "uah", 9702900, "видатки склали 9 702,9 тис. грн", label="загальний фонд")
    be = f("budget_savings", "uah", 133500, "економія – 133,5 тис. грн (1,4 %)", percent=1.4, label="загальний фонд")
    f("budget_received", "uah", 214700, "від платних послуг становили 214,7 тис. грн", label="спеціальний фонд, платні послуги")
    pos2 = f("staff_positions", "positions", 35.5, "Штатна чисельність – 35,5 штатної одиниці")
    act = f("staff_actual", "staff", 33, "фактично працює 33 працівники")
    f("staff_trained", "staff", 12, "12 працівників пройшли навчання", parent=act)
    ev = f("events", "events", 48, "48 культурно-масових заходів")
    f("event_participants", "persons", 1020, "у яких взяли участь 1 020 осіб", parent=ev)

    col = lambda k: " + ".join(i[k] for i in ids)  # noqa: E731
    g.check("table_arithmetic", tq, "positions 22,5 + 6 + 3 + 4 = 35,5", f"near({col(0)}, {tp})")
    g.check("table_arithmetic", tq, "served 168 + 94 + 276 + 61 = 599", f"{col(1)} == {ts}")
    g.check("table_arithmetic", tq, "services 31 406 + 8 215 + 1 932 + 744 = 42 297", f"{col(3)} == {tsv}")
    g.check("internal_conflict", "охоплено 599 осіб, яким надано 42 297 соціальних послуг", "prose 599 and 42 297 equal the table's Разом",
            f"{sv} == {ts} and {sp} == {tsv}")
    g.check("internal_conflict", "Штатна чисельність – 35,5 штатної одиниці", "35,5 in prose = Разом of the table", f"{pos2} == {tp}")
    g.check("parts_sum", "з них 41 – у зв'язку зі смертю", "41 ≤ 98", f"41 <= {de}")
    g.check("parts_sum", "оцінку індивідуальних потреб проведено 389 особам", "389 assessed ≤ 412 applied", f"{na} <= {ap}")
    g.check("percent_mismatch", "137 з них (90,1 %)", "137/152 = 90,13 → 90,1", f"pct_ok(p{hi[1:]}, {hi}, {srv_r}, 1)")
    g.check("table_arithmetic", "економія – 133,5 тис. грн (1,4 %)", "9 836,4 − 9 702,9 = 133,5; 133,5 / 9 836,4 = 1,36 % → 1,4",
            f"near({ap2} - {bs}, {be}) and pct_ok(p{be[1:]}, {be}, {ap2}, 1)")
    g.check("parts_sum", "фактично працює 33 працівники", "33 ≤ 35,5; 12 trained ≤ 33", f"{act} <= {pos2} and 12 <= {act}")
    g.slip("table_arithmetic", "error", tq, 178, 187, [tv] + [i[2] for i in ids],
           "the «з них ВПО» column sums to 19 + 27 + 118 + 23 = 187, but Разом says 178 (digits swapped)",
           f"{col(2)} == {tv}")

    g.skip(line("КУ «Територіальний центр"), [2023], "page header (repeated on each page)")
    g.skip("Сторінка 1 з 3", [1, 3], "page footers «Сторінка N з 3»")
    g.skip("від 12.03.2021\n№ 211-VIII", [12, 3, 2021, 211], "decision date and number")
    g.skip("62430, Харківська обл., Харківський р-н, с-ще Пролісне,\nвул. Садова, 27. Тел. (05745) 0-6-12-40", [62430, 27, 5745, 61240], "postcode, address, phone")
    g.skip("Код ЄДРПОУ\n44287153", [44287153], "ЄДРПОУ")
    g.skip("(у 2022 році – 286)", [2022, 286], "prior-year figure")
    g.skip("таблиці 2", [2], "table number")
    g.skip(line("№ Структурний"), [1, 2, 3, 4], "row numbers of table 2")
    g.skip("обслуговування у 9 населених", [9, 3], "settlements in the note column")
    g.skip("видача наборів 2 рази на місяць", [2], "frequency")
    g.skip("створено у травні 2023 р.", [2023], "date")
    g.skip("видано 2 380 наборів", [2380], "items")
    g.skip("У грудні 2023 року", [2023], "survey month")
    g.skip("У 2024 році планується відкрити пункт прокату засобів реабілітації та охопити\nпослугами не менше 650 осіб.", [2024, 650], "plan for 2024")
    g.skip("2. Натуральна допомога та анкетування", [1, 2, 3, 4], "section numbers")
    g.note("pdftotext layout: the reader collapses runs of spaces and strips indentation, so a table row reads «1 Відділення соціальної допомоги 22,5 168 19 31 406 обслуговування у 9 населених»; its wrapped second line («вдома … пунктах, з них 3 прифронтові») follows on its own line. Each row gives four facts (positions, served, of them IDPs, services), quoted by the row's first line, with the department in district")
    g.note("hyphenated line ends («прове-/дено», «со-/ціальних», «насе-/лених», «набо-/ри») come out joined in the read text, and the quotes use the joined words")
    g.note("the mobile brigade row has no service id; the IDP column hangs on its own Разом cell (178)")
    g.note("«гуманітарну допомогу … отримали 1 146 осіб» → served with a label, no service (humanitarian aid from charities, not the department's natural_aid service); its value 1 190,0 тис. грн → aid_value")
    g.note("«в анкетуванні взяли участь 152 отримувачі» → unit recipients (unit_alt persons); «137 з них (90,1 %)» → survey_respondents with percent, alt satisfaction")
    g.note("«одна скарга» (number in words) → complaints 1; 35,5 positions in the table and in prose: two facts")
    g.write()


if __name__ == "__main__":
    build()
    gold()
