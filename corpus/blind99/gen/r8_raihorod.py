"""b99_08: internal quality assessment for 2022 of the ТЦСО of Райгородська сільська рада (Вінницька), as a
forwarded e-mail saved as TXT: the forwarder's note (with a figure of their own), a «Пересилане повідомлення»
header, the report quoted with «> », an earlier request quoted with «>> » under «-----Original Message-----»,
signature blocks and a confidentiality disclaimer. UTF-8. Slip: percent_impossible."""
from common import Gold, report_path, write_text

DOC = "b99_08_raihorod_tcso_internal2022.txt"

REPORT = """ЗВІТ
про проведення внутрішньої оцінки якості соціальних послуг, наданих Територіальним центром
соціального обслуговування (надання соціальних послуг) Райгородської сільської ради у 2022 році

1. Оцінку проведено робочою групою у складі 5 осіб (наказ від 09.01.2023 № 3-од) у період
з 16.01 по 27.01.2023.

2. У 2022 році територіальний центр надавав такі послуги:
- догляд вдома – 139 осіб;
- денний догляд – 27 осіб;
- натуральна допомога – 211 осіб;
- соціальне таксі – 44 особи.
Всього обслуговано 421 особу (без повторного обліку – 372 особи).

3. Надано 21 964 соціальні послуги, у т.ч. догляд вдома – 17 380, денний догляд – 2 305,
натуральна допомога – 1 897, соціальне таксі – 382.

4. Взято на обслуговування 46 осіб, знято з обслуговування 38 осіб, у т.ч. у зв'язку зі
смертю – 24, влаштуванням до стаціонарних закладів – 5, зміною місця проживання – 6, відмовою
від послуги – 3.

5. Анкетування отримувачів: роздано 120 анкет, повернуто 104 (86,7 %). Рівень задоволеності
якістю послуг – 92,3 %. Вважають, що послуги надаються своєчасно, 89,4 % опитаних; що до них
ставляться з повагою – 99,0 %; що послуги доступні – 84,6 %; що дотримано конфіденційність – 94,7 %.

6. За результатами оцінки: адресність – «добре», своєчасність – «добре», доступність –
«задовільно», повага до гідності – «добре», конфіденційність – «добре».
Загальна оцінка якості соціальних послуг – «добре».

7. Скарг від отримувачів у 2022 році не надходило.

8. Штатна чисельність – 31 посада, фактично працюють 29 працівників, з них 21 соціальний
робітник. Навчання у 2022 році пройшли 12 працівників.

9. Рекомендації: облаштувати 2 місця для відпочинку у відділенні денного догляду, до 01.06.2023
оновити інформаційний стенд.

Директор ТЦСО                    (підпис)

ТЦСО Райгородської сільської ради
23722, Вінницька обл., Гайсинський р-н, с. Райгород, вул. Незалежності, 17
тел. (04334) 0-22-81, ЄДРПОУ 40875526"""

REQUEST = """-----Original Message-----
From: Відділ соціального захисту населення <soc.raihorod@example.ua>
Sent: Monday, February 06, 2023 9:15 AM
To: tcso.raihorod@example.ua
Subject: Щодо звітів про внутрішню оцінку якості

Просимо до 20.02.2023 надіслати звіт про внутрішню оцінку якості соціальних послуг за 2022 рік
на виконання листа Департаменту від 03.02.2023 № 01.1-19/744 (не більше 3 сторінок)."""


def q(block, prefix):
    return "\n".join((prefix + line).rstrip() for line in block.split("\n"))


TEXT = f"""From: Відділ соціального захисту населення Райгородської с/р <soc.raihorod@example.ua>
Sent: Tuesday, February 21, 2023 2:07 PM
To: dsmp.zvity@example.ua
Cc: tcso.raihorod@example.ua
Subject: FW: Звіт ВОЯ 2022 – ТЦСО Райгородської громади

Доброго дня!

Пересилаємо звіт ТЦСО Райгородської сільської ради про внутрішню оцінку якості за 2022 рік.
Звертаємо увагу: у п. 2 звіту вказано 139 отримувачів догляду вдома, а за даними нашого реєстру
на 31.12.2022 – 141 особа; уточнення надамо до 01.03.2023.

З повагою,
відділ соціального захисту населення
Райгородської сільської ради
тел. (04334) 0-51-26
soc.raihorod@example.ua

---------- Пересилане повідомлення ----------
Від: ТЦСО Райгородської с/р <tcso.raihorod@example.ua>
Дата: пт, 17 лют. 2023 р. о 11:42
Тема: Звіт ВОЯ 2022
Кому: Відділ соціального захисту населення <soc.raihorod@example.ua>

> Доброго дня. Надсилаємо звіт про проведення внутрішньої оцінки якості за 2022 рік (текст нижче,
> скан з підписом – у вкладенні Zvit_VOYa_2022.pdf, 412 КБ).
>
{q(REPORT, "> ")}
>
{q(REQUEST, ">> ")}

________________________________
КОНФІДЕНЦІЙНІСТЬ: це повідомлення та вкладення до нього призначені виключно для адресата і можуть
містити інформацію з обмеженим доступом. Якщо ви отримали його помилково, повідомте відправника та
видаліть повідомлення. Будь-яке копіювання або поширення заборонено.
"""


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Райгородської сільської ради",
        "centre_type": "tcso", "settlement": "Райгород", "oblast": "Вінницька",
        "report_kind": "internal_assessment", "period_start": "2022-01-01", "period_end": "2022-12-31",
    }, {"centre": ["ТЦСО Райгородської сільської ради", "Територіальний центр соціального обслуговування Райгородської сільської ради"],
        "report_kind": ["other"]})
    f = g.f
    F = lambda x: "f" + x[1:]
    P = lambda x: "p" + x[1:]
    tot = f("served", "persons", 421, "Всього обслуговано 421 особу")
    sids = [("догляд вдома – 139 осіб", 139, "home_care"), ("денний догляд – 27 осіб", 27, "day_care"),
            ("натуральна допомога – 211 осіб", 211, "natural_aid"), ("соціальне таксі – 44 особи", 44, "social_taxi")]
    parts = [f("served", "persons", v, "> - " + qt, service=sid, group="served_421_by_service", parent=tot)
             for qt, v, sid in sids]
    uniq = f("served", "persons", 372, "(без повторного обліку – 372 особи)", label="без повторного обліку")
    sv = f("services_provided", "services", 21964, "Надано 21 964 соціальні послуги")
    sp = [f("services_provided", "services", v, qt, service=sid, group="services_21964_by_service", parent=sv)
          for qt, v, sid in [("у т.ч. догляд вдома – 17 380", 17380, "home_care"),
                             ("денний догляд – 2 305", 2305, "day_care"),
                             ("натуральна допомога – 1 897", 1897, "natural_aid"),
                             ("соціальне таксі – 382", 382, "social_taxi")]]
    new = f("served", "persons", 46, "Взято на обслуговування 46 осіб", alt=["registered_new", "support_started"])
    der = f("deregistered", "persons", 38, "знято з обслуговування 38 осіб")
    dr = [f("deregistered", "persons", v, qt, label=lb, group="dereg_38_by_reason", parent=der)
          for qt, v, lb in [("смертю – 24", 24, "смерть"),
                            ("влаштуванням до стаціонарних закладів – 5", 5, "влаштування до стаціонарних закладів"),
                            ("зміною місця проживання – 6", 6, "зміна місця проживання"),
                            ("від послуги – 3", 3, "відмова від послуги")]]
    sr = f("survey_respondents", "persons", 104, "повернуто 104 (86,7 %)", percent=86.7, unit_alt="recipients")
    sat = f("satisfaction", "percent", 92.3, "якістю послуг – 92,3 %")
    sh_t = f("share", "percent", 89.4, "Вважають, що послуги надаються своєчасно, 89,4 % опитаних", criterion="timeliness",
             label="вважають, що послуги надаються своєчасно", alt=["satisfaction"])
    sh_d = f("share", "percent", 99, "ставляться з повагою – 99,0 %", criterion="dignity",
             label="вважають, що до них ставляться з повагою", alt=["satisfaction"])
    sh_a = f("share", "percent", 84.6, "що послуги доступні – 84,6 %", criterion="accessibility",
             label="вважають, що послуги доступні", alt=["satisfaction"])
    sh_c = f("share", "percent", 94.7, "що дотримано конфіденційність – 94,7 %", criterion="confidentiality",
             label="вважають, що дотримано конфіденційність", alt=["satisfaction"])
    rt = [f("rating", "rating", v, qt, criterion=c) for qt, v, c in [
        ("адресність – «добре»", "good", "targeting"),
        ("своєчасність – «добре»", "good", "timeliness"),
        ("«задовільно», повага до гідності", "satisfactory", "accessibility"),
        ("повага до гідності – «добре»", "good", "dignity"),
        ("конфіденційність – «добре»", "good", "confidentiality"),
        ("Загальна оцінка якості соціальних послуг – «добре»", "good", "overall")]]
    fw = f("served", "persons", 139, "у п. 2 звіту вказано 139 отримувачів догляду вдома", service="home_care",
           note="the forwarder repeats the report's figure: a figure written twice is two facts")
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів у 2022 році не надходило")
    ps = f("staff_positions", "positions", 31, "Штатна чисельність – 31 посада")
    sa = f("staff_actual", "staff", 29, "фактично працюють 29 працівників")
    sw = f("staff_actual", "staff", 21, "з них 21 соціальний", label="соціальні робітники", parent=sa)
    tr = f("staff_trained", "staff", 12, "Навчання у 2022 році пройшли 12 працівників")
    g.slip("percent_impossible", "error", "що дотримано конфіденційність – 94,7 %", 94.7, None, [sh_c, sr],
           "no whole k of 104 respondents gives 94,7 % under any rounding (98/104 = 94,23; 99/104 = 95,19)",
           f"grim_ok({F(sh_c)}, {F(sr)}, 1)")
    g.check("parts_sum", "Всього обслуговано 421 особу", "139 + 27 + 211 + 44 = 421",
            " + ".join(F(x) for x in parts) + f" == {F(tot)} and {F(uniq)} <= {F(tot)}")
    g.check("parts_sum", "Надано 21 964 соціальні послуги", "17 380 + 2 305 + 1 897 + 382 = 21 964",
            " + ".join(F(x) for x in sp) + f" == {F(sv)}")
    g.check("parts_sum", "знято з обслуговування 38 осіб", "24 + 5 + 6 + 3 = 38", " + ".join(F(x) for x in dr) + f" == {F(der)}")
    g.check("percent_mismatch", "повернуто 104 (86,7 %)", "104 / 120 = 86,67 % → 86,7 (120 is a skipped literal)",
            f"pct_ok({P(sr)}, {F(sr)}, 120, 1)")
    g.check("percent_impossible", "якістю послуг – 92,3 %", "92,3 (96/104), 89,4 (93/104), 99,0 (103/104), 84,6 (88/104) are reachable",
            f"grim_ok({F(sat)}, {F(sr)}, 1) and grim_ok({F(sh_t)}, {F(sr)}, 1) and grim_ok({F(sh_d)}, {F(sr)}, 1) and grim_ok({F(sh_a)}, {F(sr)}, 1)")
    g.check("internal_conflict", "у п. 2 звіту вказано 139 отримувачів догляду вдома", "the forwarder's 139 equals the report's",
            f"{F(fw)} == {F(parts[0])}")
    g.check("parts_sum", "з них 21 соціальний", "21 ≤ 29 ≤ 31; 12 trained ≤ 29", f"{F(sw)} <= {F(sa)} <= {F(ps)} and {F(tr)} <= {F(sa)}")
    s = g.skip
    s("Sent: Tuesday, February 21, 2023 2:07 PM", [21, 2023, 2, 7], "e-mail date")
    s("у п. 2 звіту вказано", [2], "paragraph reference")
    s("а за даними нашого реєстру", [], "the forwarder's own source")
    s("на 31.12.2022 – 141 особа; уточнення надамо до 01.03.2023", [31, 12, 2022, 141, 1, 3, 2023],
      "the forwarder's own register figure (another source, not the report's) and dates")
    s("тел. (04334) 0-51-26", [4334, 5126], "phone")
    s("Дата: пт, 17 лют. 2023 р. о 11:42", [17, 2023, 11, 42], "e-mail date")
    s("Тема: Звіт ВОЯ 2022", [2022], "subject year")
    s("скан з підписом – у вкладенні Zvit_VOYa_2022.pdf, 412 КБ", [2022, 412], "attachment name and size")
    s("у складі 5 осіб (наказ від 09.01.2023 № 3-од) у період", [5, 9, 1, 2023, 3], "working group size, order date and number")
    s("з 16.01 по 27.01.2023", [16, 1, 27, 1, 2023], "assessment dates")
    s("роздано 120 анкет", [120], "questionnaires handed out, no §3 id")
    s("облаштувати 2 місця для відпочинку у відділенні денного догляду, до 01.06.2023", [2, 1, 6, 2023], "recommendation, deadline")
    s("23722, Вінницька обл., Гайсинський р-н, с. Райгород, вул. Незалежності, 17", [23722, 17], "postcode, address")
    s("тел. (04334) 0-22-81, ЄДРПОУ 40875526", [4334, 2281, 40875526], "phone, ЄДРПОУ")
    s(">> Sent: Monday, February 06, 2023 9:15 AM", [6, 2023, 9, 15], "e-mail date of the quoted request")
    s(">> Просимо до 20.02.2023 надіслати звіт", [20, 2, 2023], "deadline of the request")
    s("від 03.02.2023 № 01.1-19/744 (не більше 3 сторінок)", [3, 2, 2023, 1.1, 19, 744, 3], "letter date and number, page limit")
    s("1. Оцінку проведено", [1, 2, 3, 4, 5, 6, 7, 8, 9], "paragraph numbers")
    s("2. У 2022 році", [2022], "year")
    s("Райгородської сільської ради у 2022 році", [2022], "year in the title")
    s("Subject: FW: Звіт ВОЯ 2022", [2022], "subject year")
    s("внутрішньої оцінки якості за 2022 рік", [2022], "year")
    s("про внутрішню оцінку якості за 2022 рік", [2022], "year")
    s("звіт про внутрішню оцінку якості соціальних послуг за 2022 рік", [2022], "year")
    g.note("the report is the «> » block inside the forwarded message; the «>> » block is an earlier request by the department and holds no facts; the forwarder's note at the top is not the report")
    g.note("the forwarder's «141 особа» from their own register is another source: skipped, not a conflict with the report's 139; the forwarder's restatement of the report's 139 is a second fact")
    g.note("quotes are within one printed line; quotes of list items keep the «> - » prefix where the bare text would be ambiguous")
    g.note("«повернуто 104 (86,7 %)» of 120 handed out → survey_respondents 104 with percent; the 120 questionnaires have no §3 id")
    g.note("the four «вважають, що …» percentages → share with criterion (alt satisfaction); «Рівень задоволеності» → satisfaction. 99,0 is stored as 99")
    g.note("ratings in prose → rating with criterion; the overall rating once")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування, у т.ч.» → deregistered with reasons")
    g.note("meta_alt report_kind other: the document is an e-mail that carries the assessment")
    g.note("planted slip: «конфіденційність – 94,7 %» cannot come from 104 respondents (percent_impossible)")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT)
    gold().write()
