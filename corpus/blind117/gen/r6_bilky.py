"""b117_06: УСЗН Білківської сільської ради (Закарпатська), analytic note for Q3 2021.
UTF-8 TXT, LF, impersonal, with a space-aligned plain-text table. No planted slip."""
from common import Gold, report_path, write_text

DOC = "b117_06_bilky_uszn_q3_2021.txt"

TEXT = """\
Управління соціального захисту населення Білківської сільської ради
90122, Закарпатська обл., Хустський р-н, с. Білки, пл. Героїв, 5
тел. (03142) 0-91-36; uszn.bilky@example.ua

АНАЛІТИЧНА ДОВІДКА
щодо надання соціальних послуг та соціальної підтримки населенню Білківської
сільської територіальної громади у III кварталі 2021 року

I. Звернення громадян

У III кварталі 2021 року до управління надійшло 612 звернень, з них 544 – письмові заяви щодо призначення державних соціальних допомог і субсидій, 68 – звернення щодо надання соціальних послуг.

Призначено житлові субсидії 1 207 домогосподарствам, допомогу при народженні дитини – 39 особам, тимчасову допомогу дітям – 14 особам. Середній розмір субсидії в опалювальному сезоні очікується на рівні 1 850 грн.

II. Соціальні послуги

За направленням управління соціальні послуги отримали 431 особа (за аналогічний період 2020 року – 397), з них 57 – внутрішньо переміщені особи. Розподіл за видами послуг:

Послуга                   Отримувачі    у т.ч. ВПО
Догляд вдома                 118             9
Денний догляд                 24             2
Натуральна допомога          203            41
Соціальне таксі               86             5
Разом                        431            57

Оцінку потреб проведено 73 особам; у 5 випадках потреби в соціальних послугах не виявлено. Троє жителів громади очікують на послугу паліативного догляду через відсутність її надавача.

Продуктові набори видано 203 особам на загальну суму 152,4 тис. грн. Набори сформовано з гуманітарної допомоги, що надійшла від 3 благодійних організацій.

III. Сім'ї у складних життєвих обставинах

Управлінням отримано повідомлення про 17 сімей. Складні життєві обставини підтверджено у 13 сім'ях, з них під соціальний супровід взято 11 сімей (84,6 %); дві сім'ї відмовилися від супроводу.

IV. Внутрішньо переміщені особи

На обліку в управлінні станом на 30.09.2021 перебуває 86 внутрішньо переміщених осіб, у тому числі 23 дитини.

V. Фінансування програми «Турбота»

На 2021 рік за програмою затверджено 940,0 тис. грн. За 9 місяців використано 611,8 тис. грн (65,1 % річних призначень), у тому числі у III кварталі – 214,5 тис. грн.

VI. Кадрове забезпечення та робота з населенням

У відділі соціальних послуг управління працюють 6 фахівців при 7 штатних посадах; у 12 старостинських округах прийом громадян ведуть фахівці із соціальної роботи за графіком.

На «гарячу лінію» управління надійшло 134 дзвінки. Скарг на якість соціальних послуг у звітному кварталі не надходило.

Довідку склала: головний спеціаліст відділу соціальних послуг
тел. (03142) 0-91-38
05.10.2021
"""


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Білківської сільської ради",
        "centre_type": "uszn", "settlement": "Білки", "oblast": "Закарпатська",
        "report_kind": "period_report", "period_start": "2021-07-01", "period_end": "2021-09-30",
    })
    f = g.f
    ap = f("applied", "applications", 612, "до управління надійшло 612 звернень")
    a1 = f("applied", "applications", 544, "з них 544 – письмові заяви щодо призначення державних соціальних допомог і субсидій",
           label="заяви щодо призначення допомог і субсидій", group="applied_612", parent=ap)
    a2 = f("applied", "applications", 68, "68 – звернення щодо надання соціальних послуг",
           label="звернення щодо надання соціальних послуг", group="applied_612", parent=ap)
    sv = f("served", "persons", 431, "соціальні послуги отримали 431 особа")
    si = f("served", "persons", 57, "з них 57 – внутрішньо переміщені особи", category="внутрішньо переміщені особи", parent=sv)
    rows = [("home_care", "Догляд вдома\t118\t9", 118, 9),
            ("day_care", "Денний догляд\t24\t2", 24, 2),
            ("natural_aid", "Натуральна допомога\t203\t41", 203, 41),
            ("social_taxi", "Соціальне таксі\t86\t5", 86, 5)]
    tq = "Разом\t431\t57"
    tr = f("served", "persons", 431, tq, label="Разом")
    ti = f("served", "persons", 57, tq, label="Разом, у т.ч. ВПО", category="внутрішньо переміщені особи", parent=tr)
    rr, ri = [], []
    for s, q, a, b in rows:
        rr.append(f("served", "persons", a, q, service=s, group="table_recipients", parent=tr))
        ri.append(f("served", "persons", b, q, service=s, category="внутрішньо переміщені особи", group="table_idp", parent=ti))
    na = f("needs_assessed", "persons", 73, "Оцінку потреб проведено 73 особам")
    nat = f("served", "persons", 203, "Продуктові набори видано 203 особам", service="natural_aid")
    av = f("aid_value", "uah", 152400, "на загальну суму 152,4 тис. грн", service="natural_aid")
    nt = f("notified", "families", 17, "Управлінням отримано повідомлення про 17 сімей")
    sj = f("in_difficult_circumstances", "families", 13, "Складні життєві обставини підтверджено у 13 сім'ях")
    ss = f("support_started", "families", 11, "з них під соціальний супровід взято 11 сімей (84,6 %)", percent=84.6,
           service="social_support_sjo", parent=sj)
    ba = f("budget_approved", "uah", 940000, "На 2021 рік за програмою затверджено 940,0 тис. грн",
           label="програма «Турбота», річні призначення",
           note="the annual approval of the year the quarter belongs to, as in the model gold")
    bs = f("budget_spent", "uah", 214500, "у тому числі у III кварталі – 214,5 тис. грн", label="програма «Турбота», III квартал")
    st = f("staff_actual", "staff", 6, "У відділі соціальних послуг управління працюють 6 фахівців")
    sp = f("staff_positions", "positions", 7, "при 7 штатних посадах")
    cl = f("calls", "calls", 134, "На «гарячу лінію» управління надійшло 134 дзвінки.")
    cp = f("complaints", "complaints", 0, "Скарг на якість соціальних послуг у звітному кварталі не надходило.")

    n = lambda x: int(x[1:])  # noqa: E731
    v = lambda x: f"f{n(x)}"  # noqa: E731
    p = lambda x: f"p{n(x)}"  # noqa: E731
    g.check("parts_sum", "до управління надійшло 612 звернень, з них 544", "544 + 68 = 612", f"{v(a1)} + {v(a2)} == {v(ap)}")
    g.check("table_arithmetic", tq, "118 + 24 + 203 + 86 = 431", " + ".join(v(x) for x in rr) + f" == {v(tr)}")
    g.check("table_arithmetic", tq, "9 + 2 + 41 + 5 = 57", " + ".join(v(x) for x in ri) + f" == {v(ti)}")
    g.check("internal_conflict", "соціальні послуги отримали 431 особа", "prose 431 / 57 = table Разом 431 / 57",
            f"{v(sv)} == {v(tr)} and {v(si)} == {v(ti)}")
    g.check("internal_conflict", "Продуктові набори видано 203 особам", "203 = table row Натуральна допомога",
            f"{v(nat)} == {v(rr[2])}")
    g.check("parts_sum", "Оцінку потреб проведено 73 особам", "73 assessed ≤ 431 served",
            f"{v(na)} <= {v(sv)}")
    g.check("parts_sum", "Складні життєві обставини підтверджено у 13 сім'ях", "13 ≤ 17; 11 taken + 2 refused (literal) = 13",
            f"{v(sj)} <= {v(nt)} and {v(ss)} + 2 == {v(sj)}")
    g.check("percent_mismatch", "з них під соціальний супровід взято 11 сімей (84,6 %)", "11 / 13 = 84,62 % → 84,6",
            f"pct_ok({p(ss)}, {v(ss)}, {v(sj)}, 1)")
    g.check("percent_mismatch", "За 9 місяців використано 611,8 тис. грн (65,1 % річних призначень)",
            "611,8 / 940,0 = 65,09 % → 65,1 (611,8 is a 9-month figure, skipped; used as a literal)",
            f"pct_ok(65.1, 611800, {v(ba)}, 1)")
    g.check("parts_sum", "у тому числі у III кварталі – 214,5 тис. грн", "214,5 ≤ 611,8 (literal) ≤ 940,0",
            f"{v(bs)} <= 611800 <= {v(ba)}")
    g.check("parts_sum", "при 7 штатних посадах", "6 ≤ 7", f"{v(st)} <= {v(sp)}")

    g.skip("90122, Закарпатська обл., Хустський р-н, с. Білки, пл. Героїв, 5", [90122, 5], "postcode, address")
    g.skip("тел. (03142) 0-91-36", [3142, 9136], "phone")
    g.skip("сільської територіальної громади у III кварталі 2021 року", [3, 2021], "period in the title")
    g.skip("I. Звернення громадян", [1, 2, 3, 4, 5, 6], "section numbers I.–VI.")
    g.skip("У III кварталі 2021 року", [3, 2021], "period")
    g.skip("Призначено житлові субсидії 1 207 домогосподарствам, допомогу при народженні дитини – 39 особам, тимчасову допомогу дітям – 14 особам.",
           [1207, 39, 14], "state benefits and subsidies granted: no §3 id")
    g.skip("Середній розмір субсидії в опалювальному сезоні очікується на рівні 1 850 грн.", [1850], "average amount, forecast")
    g.skip("(за аналогічний період 2020 року – 397)", [2020, 397], "prior-year figure")
    g.skip("у 5 випадках потреби в соціальних послугах не виявлено", [5], "no need found: no §3 id")
    g.skip("Троє жителів громади очікують на послугу паліативного догляду через відсутність її надавача.", [3],
           "waiting list: no §3 id")
    g.skip("Набори сформовано з гуманітарної допомоги, що надійшла від 3 благодійних організацій.", [3], "number of donors")
    g.skip("дві сім'ї відмовилися від супроводу", [2], "refusals: no §3 id (literal in a check)")
    g.skip("На обліку в управлінні станом на 30.09.2021 перебуває 86 внутрішньо переміщених осіб, у тому числі 23 дитини.",
           [30, 9, 2021, 86, 23], "IDP register of the social-protection body: no §3 id (not the СЖО register); date")
    g.skip("За 9 місяців використано 611,8 тис. грн (65,1 % річних призначень)", [9, 611.8, 65.1],
           "9-month cumulative spending: a period other than the quarter; used as a literal in checks")
    g.skip("у 12 старостинських округах", [12], "number of starosta districts")
    g.skip("тел. (03142) 0-91-38", [3142, 9138], "phone")
    g.skip("05.10.2021", [5, 10, 2021], "compile date")
    g.note("period: the note covers the third quarter only (2021-07-01..2021-09-30)")
    g.note("an управління соціального захисту населення is centre_type uszn")
    g.note("applications: all 612 «звернення» are applied/applications, including 544 for benefits and subsidies (parts of the same total)")
    g.note("the space-aligned plain-text table is printed by the reader with tabs between the columns and is quoted so; the prose total (431, 57) and the table Разом are two facts each; the natural-aid 203 of the prose repeats the table row")
    g.note("«Оцінку потреб проведено 73 особам» → needs_assessed persons")
    g.note("«під соціальний супровід взято 11 сімей (84,6 %)» of 13 in СЖО → support_started with percent, parent the in_difficult_circumstances row")
    g.note("budget: the annual approval 940,0 is a fact (as in the model gold); the 9-month spending 611,8 and its 65,1 % are skipped as a different period; the quarter's 214,5 is budget_spent")
    g.note("subsidies, birth benefits and the IDP register have no §3 id and are skipped")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT)
    gold().write()
