"""b11_02: територіальний центр, quarterly statistical form retyped as a pipe table (TXT, windows-1251)."""
from common import Gold, report_path, write_text

DOC = "b11_02_kalush_tcso_q3_2024.txt"

W0, W1, W2, W3 = 62, 7, 13, 13


def row(name, code, a, b):
    return f"| {name:<{W0 - 2}} | {code:^{W1 - 2}} | {a:>{W2 - 2}} | {b:>{W3 - 2}} |"


def rule():
    return "+" + "-" * W0 + "+" + "-" * W1 + "+" + "-" * W2 + "+" + "-" * W3 + "+"


HEADER = [
    rule(),
    f"| {'':<{W0 - 2}} | {'Код':^{W1 - 2}} | {'Кількість':^{W2 + W3 - 1}} |",
    f"| {'Показник':^{W0 - 2}} | {'рядка':^{W1 - 2}} +" + "-" * W2 + "+" + "-" * W3 + "+",
    f"| {'':<{W0 - 2}} | {'':^{W1 - 2}} | {'за звітний':^{W2 - 2}} | {'з початку':^{W3 - 2}} |",
    f"| {'':<{W0 - 2}} | {'':^{W1 - 2}} | {'період':^{W2 - 2}} | {'року':^{W3 - 2}} |",
    f"| {'1':^{W0 - 2}} | {'2':^{W1 - 2}} | {'3':^{W2 - 2}} | {'4':^{W3 - 2}} |",
    rule(),
]

# (name, code, period, ytd) ; continuation lines are given as (text,) tuples
S1 = [
    ("Обслуговано осіб, усього (сума рядків 02–04)", "01", "1 186", "1 642"),
    ("у тому числі: відділенням соціальної допомоги вдома", "02", "412", "447"),
    ("відділенням денного перебування", "03", "236", "318"),
    ("відділенням організації надання адресної натуральної", "04", "528", "877"),
    ("та грошової допомоги",),
    ("з рядка 01: особи з інвалідністю", "05", "389", "502"),
    ("внутрішньо переміщені особи", "06", "171", "263"),
    ("ветерани війни, члени сімей загиблих (померлих) Захисників", "07", "64", "88"),
    ("Взято на обслуговування вперше", "08", "57", "149"),
    ("Знято з обслуговування, усього", "09", "49", "131"),
    ("у тому числі: у зв’язку зі смертю", "10", "21", "58"),
    ("влаштовано до інтернатних (стаціонарних) закладів", "11", "6", "13"),
    ("з інших причин (власне бажання, переїзд)", "12", "22", "60"),
]
S2 = [
    ("Надано соціальних послуг, усього (сума рядків 14–17)", "13", "21 417", "62 904"),
    ("у тому числі: догляд вдома", "14", "14 826", "43 512"),
    ("денний догляд", "15", "2 341", "6 877"),
    ("соціальна адаптація", "16", "1 907", "5 120"),
    ("натуральна допомога", "17", "2 343", "7 395"),
    ("Видано технічних засобів реабілітації у тимчасове", "18", "34", "97"),
    ("користування (прокат), од.",),
]
S3 = [
    ("Штатна чисельність, посад", "19", "48,5", "х"),
    ("Фактично працює, осіб", "20", "44", "х"),
    ("з них соціальних робітників", "21", "27", "х"),
    ("Пройшли підвищення кваліфікації, осіб", "22", "6", "15"),
]
S4 = [
    ("Надійшло письмових звернень громадян", "23", "73", "214"),
    ("з них скарг", "24", "0", "1"),
]
S5 = [
    ("Надійшло коштів за платні соціальні послуги", "25", "186,4", "512,9"),
    ("Вартість наданої натуральної допомоги", "26", "241,7", "688,0"),
]


def table(rows):
    out = list(HEADER)
    for r in rows:
        if len(r) == 1:
            out.append(row("  " + r[0], "", "", ""))
        else:
            out.append(row(*r))
    out.append(rule())
    return "\n".join(out)


NOTE1 = ("У III кварталі 2024 року послугою догляду вдома охоплено 412 осіб, що на 18 осіб більше, ніж у II кварталі "
         "(394 особи). Середнє навантаження на одного соціального робітника становить 15,3 отримувача. Вартість "
         "однієї години платної послуги догляду вдома з 01.07.2024 становить 42,50 грн (рішення виконавчого комітету "
         "від 20.06.2024 № 311).")
NOTE2 = ("Відділення денного перебування протягом кварталу відвідували 236 осіб; проведено 38 групових заходів "
         "(майстер-класи, лекції, екскурсії, заняття «Університету третього віку»), участь у яких взяли 611 учасників.")
NOTE3 = ("У вересні проведено анкетування: опитано 120 отримувачів соціальних послуг, 94,2 % з них задоволені якістю "
         "та своєчасністю надання послуг.")

TEXT = f"""                                   ЗВІТ
          про діяльність територіального центру соціального обслуговування
                    (надання соціальних послуг) Калуської міської ради
                            Івано-Франківської області
                            за III квартал 2024 року

   (заповнено за даними журналів обліку станом на 01.10.2024; показники
    граф 3 і 4 наводяться в особах, послугах, посадах, тис. грн – як зазначено)

Розділ 1. Отримувачі соціальних послуг (осіб)
{table(S1)}

Розділ 2. Надані соціальні послуги (кількість послуг)
{table(S2)}

Розділ 3. Кадрове забезпечення (станом на кінець звітного періоду)
{table(S3)}

Розділ 4. Звернення громадян
{table(S4)}

Розділ 5. Фінансові показники, тис. грн
{table(S5)}

                          ПОЯСНЮВАЛЬНА ЗАПИСКА

   {NOTE1}
   {NOTE2}
   {NOTE3}

Директор територіального центру          ________________
Виконавець: економіст, тел. (03472) 0-61-18
Дата складання звіту: 08.10.2024
"""


def q(r):
    """A table row as the reader prints it (cells joined by tabs)."""
    return "\t".join(r)


def main():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Калуської міської ради",
        "centre_type": "tcso",
        "settlement": "Калуш",
        "oblast": "Івано-Франківська",
        "report_kind": "period_report",
        "period_start": "2024-07-01",
        "period_end": "2024-09-30",
    }, meta_alt={"period_start": ["2024-01-01"]})
    R = {r[1]: r for r in S1 + S2 + S3 + S4 + S5 if len(r) == 4}
    f01 = g.f("served", "persons", 1186, q(R["01"]), label="обслуговано осіб, усього")
    f02 = g.f("served", "persons", 412, q(R["02"]), service="home_care",
              district="відділення соціальної допомоги вдома", group="served_1186_by_department", parent=f01)
    f03 = g.f("served", "persons", 236, q(R["03"]), service="day_care",
              district="відділення денного перебування", group="served_1186_by_department", parent=f01)
    f04 = g.f("served", "persons", 528, q(R["04"]), service="natural_aid",
              district="відділення організації надання адресної натуральної та грошової допомоги",
              group="served_1186_by_department", parent=f01)
    g.f("served", "persons", 389, q(R["05"]), category="особи з інвалідністю", parent=f01)
    g.f("served", "persons", 171, q(R["06"]), category="внутрішньо переміщені особи", parent=f01)
    g.f("served", "persons", 64, q(R["07"]), category="ветерани війни, члени сімей загиблих (померлих) Захисників",
        parent=f01)
    g.f("served", "persons", 57, q(R["08"]), label="взято на обслуговування вперше",
        alt=["registered_new", "support_started"])
    f09 = g.f("deregistered", "persons", 49, q(R["09"]), label="знято з обслуговування")
    for code, lab in [("10", "у зв'язку зі смертю"), ("11", "влаштовано до інтернатних (стаціонарних) закладів"),
                      ("12", "з інших причин (власне бажання, переїзд)")]:
        g.f("deregistered", "persons", int(R[code][2]), q(R[code]), label=lab, alt=["outcome_other"],
            group="deregistered_49_by_reason", parent=f09)
    f13 = g.f("services_provided", "services", 21417, q(R["13"]))
    for code, svc in [("14", "home_care"), ("15", "day_care"), ("16", "social_adaptation"), ("17", "natural_aid")]:
        g.f("services_provided", "services", int(R[code][2].replace(" ", "")), q(R[code]), service=svc,
            group="services_21417_by_service", parent=f13)
    g.f("staff_positions", "positions", 48.5, q(R["19"]))
    f20 = g.f("staff_actual", "staff", 44, q(R["20"]))
    g.f("staff_actual", "staff", 27, q(R["21"]), label="соціальні робітники", parent=f20)
    g.f("staff_trained", "staff", 6, q(R["22"]))
    f23 = g.f("applied", "applications", 73, q(R["23"]), label="письмові звернення громадян")
    g.f("complaints", "complaints", 0, q(R["24"]), parent=f23)
    g.f("budget_received", "uah", 186400, q(R["25"]), label="платні соціальні послуги")
    g.f("aid_value", "uah", 241700, q(R["26"]), service="natural_aid")
    # explanatory note
    g.f("served", "persons", 412, "У III кварталі 2024 року послугою догляду вдома охоплено 412 осіб",
        service="home_care", note="the same 412 as table row 02, written again in the note: a second fact")
    g.f("served", "persons", 236, "Відділення денного перебування протягом кварталу відвідували 236 осіб",
        service="day_care", note="repeat of table row 03")
    g.f("events", "events", 38, "проведено 38 групових заходів")
    g.f("event_participants", "persons", 611, "участь у яких взяли 611 учасників")
    f_resp = g.f("survey_respondents", "recipients", 120, "опитано 120 отримувачів соціальних послуг",
                 unit_alt="persons")
    g.f("satisfaction", "percent", 94.2, "94,2 % з них задоволені якістю та своєчасністю надання послуг",
        alt=["share"])

    g.slip("table_arithmetic", "error", q(R["01"]), 1186, 1176, [f01, f02, f03, f04],
           "row 01 is defined as «сума рядків 02–04»; column 3 (за звітний період): 412 + 236 + 528 = 1176, "
           "not 1 186 (10 more). Column 4 adds up (447 + 318 + 877 = 1642).")

    g.check("table_arithmetic", q(R["01"]), "column 4: 447 + 318 + 877 = 1642")
    g.check("table_arithmetic", q(R["09"]), "column 3: 21 + 6 + 22 = 49; column 4: 58 + 13 + 60 = 131")
    g.check("table_arithmetic", q(R["13"]),
            "column 3: 14 826 + 2 341 + 1 907 + 2 343 = 21 417; column 4: 43 512 + 6 877 + 5 120 + 7 395 = 62 904")
    g.check("percent_impossible", "94,2 % з них задоволені", "113/120 = 94.17 % → 94,2 (achievable with N = 120)")
    g.check("internal_conflict", "послугою догляду вдома охоплено 412 осіб",
            "note and table agree: 412 home-care recipients (row 02), 236 day-care visitors (row 03)")

    g.skip("за III квартал 2024 року", [3, 2024], "report period (meta)")
    g.skip("станом на 01.10.2024", [1, 10, 2024], "date")
    g.skip("показники\nграф 3 і 4", [3, 4], "column numbers")
    g.skip("1\t2\t3\t4", [1, 2, 3, 4], "column numbering row of the form (reader prints it as a table row)")
    g.skip(q(R["01"]), [1, 1642],
           "the «з початку року» (January–September) column of every row is a cumulative figure for a longer "
           "period than the report's quarter; the row codes (01–26) are row numbers. Applies to all table rows")
    g.skip(q(R["18"]), [18, 34, 97], "technical rehabilitation aids lent out, items (од.); no §3 id or unit")
    g.skip("що на 18 осіб більше, ніж у II кварталі (394 особи)", [18, 394], "comparison with the previous quarter")
    g.skip("Середнє навантаження на одного соціального робітника становить 15,3 отримувача", [15.3],
           "a ratio (recipients per social worker)")
    g.skip("з 01.07.2024 становить 42,50 грн (рішення виконавчого комітету від 20.06.2024 № 311)",
           [42.5, 311], "tariff per hour, date and decision number")
    g.skip("тел. (03472) 0-61-18", [3472], "phone")
    g.skip("Дата складання звіту: 08.10.2024", [8, 10, 2024], "date the form was compiled; not a publication date, "
           "so meta.published is left out")

    g.note("facts are taken from the «за звітний період» column (III квартал 2024) only; the «з початку року» column "
           "is skipped as a different (cumulative) period. meta_alt accepts 2024-01-01 as period_start for tools that "
           "read the form as January–September")
    g.note("the reader turns the pipe table into tab-separated rows; quotes are those rows. Rows 04 and 18 wrap onto "
           "a continuation line which the reader prints as a separate line; the quote is the first line")
    g.note("rows 05–07 («з рядка 01») are overlapping categories, not a partition of row 01: parent_id set, no group")
    g.note("row 08 «Взято на обслуговування вперше» → served with alt registered_new / support_started, as the seed "
           "gold does for «Взято на обслуговування»")
    g.note("row 09–12 «Знято з обслуговування» → deregistered (the closest §3 id), reasons with alt outcome_other")
    g.note("row 24 «з них скарг 0» → complaints 0 for the quarter; the 1 complaint in the year-to-date column is skipped")
    g.note("staff_positions 48,5 kept as a decimal (half positions are common in штатний розпис)")
    g.write()


if __name__ == "__main__":
    main()
