"""b22_02: ТЦСО Бориславської міської ради (Львівська), information for H1 2025, TXT.

Voice: terse, telegraphic, upper-case section titles, hyphen dashes, numbers without
thousands separators («18427», «10488,9 тис.грн»), KEKV lines as plain text.
windows-1251, CRLF, hard-wrapped lines, a centred title with letter spacing.
Planted slip: parts_sum – the four departments sum to 1 319, the total says 1 312.
"""
from common import Gold, report_path, write_text

DOC = "b22_02_boryslav_tcso_h1_2025.txt"

TEXT = """\
          ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
                 (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
                 БОРИСЛАВСЬКОЇ МІСЬКОЇ РАДИ
  82300, Львівська обл., м. Борислав, вул. Шевченка, 41, тел. (03248) 0-42-17
                e-mail: tercentr.boryslav@example.ua

                     І Н Ф О Р М А Ц І Я
      про роботу територіального центру за I півріччя 2025 року

1. ОХОПЛЕННЯ ПОСЛУГАМИ

Всього за I півріччя 2025 р. соціальними послугами охоплено 1312 осіб
(за I півріччя 2024 р. - 1270), а саме:
 - відділення соціальної допомоги вдома (3 відділення) - 486 осіб;
 - відділення денного перебування - 212 осіб;
 - відділення організації надання адресної натуральної та грошової
   допомоги - 590 осіб;
 - відділення соціальної реабілітації (соціальне таксі) - 31 особа.

Серед підопічних відділень соціальної допомоги вдома: одиноких - 301,
осіб з інвалідністю I-II груп - 97, ВПО - 44, віком 80 років і
старше - 173.

Взято на обслуговування - 64 особи, знято з обслуговування - 58 осіб,
з них: у зв'язку зі смертю - 39, влаштовано до стаціонарних закладів - 6,
за власним бажанням - 11, вибули за межі громади - 2.
Черга на догляд вдома станом на 30.06.2025 - 9 осіб.

2. ПОСЛУГИ

Надано 18427 соціальних послуг, у т.ч.: догляд вдома - 14906,
денний догляд - 1212, натуральна допомога - 1830, соціальне таксі - 479.

Соціальне таксі: послугою скористалася 31 особа, здійснено 214 поїздок,
вартість - 9,50 грн за 1 км.

Через відділення натуральної допомоги видано 1146 од. речей (одяг, взуття,
постільна білизна) та 612 продуктових наборів на загальну суму
418,6 тис.грн.

Відділення денного перебування: працюють гуртки (в'язання, хоровий,
комп'ютерної грамотності), проведено 38 групових заходів, у яких взяли
участь 452 особи.

3. ЯКІСТЬ

У травні 2025 р. опитано 120 отримувачів послуги догляду вдома. Рівень
задоволеності якістю послуг - 94,2 % (113 осіб).
Скарг надійшло - 1 (щодо графіка відвідування), розглянуто, вжито заходів.

4. КАДРИ

Штатна чисельність - 98,5 шт.од., фактично працює 91 працівник, з них
соціальних робітників - 62. Вакансій - 7. Навчання пройшли 14 працівників.

5. ФІНАНСУВАННЯ

Кошторис загального фонду на 2025 р. - 21740,0 тис.грн, на I півріччя -
10612,4 тис.грн. Касові видатки за I півріччя - 10488,9 тис.грн, з них:
   КЕКВ 2111 - 8127,5 тис.грн
   КЕКВ 2120 - 1788,0 тис.грн
   КЕКВ 2210 - 214,6 тис.грн
   КЕКВ 2240 - 131,7 тис.грн
   КЕКВ 2270 - 227,1 тис.грн
Економія - 123,5 тис.грн (1,2 %).
Спецфонд (платні послуги, благодійні внески): надійшло 146,3 тис.грн,
використано 139,8 тис.грн.

Складено 07.07.2025
Директор                                   (підпис)
"""


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Бориславської міської ради",
        "centre_type": "tcso",
        "settlement": "Борислав",
        "oblast": "Львівська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
    })
    f = g.f
    tot = f("served", "persons", 1312, "соціальними послугами охоплено 1312 осіб")                    # f1
    grp = "served_1312_by_department"
    d1 = f("served", "persons", 486, "відділення соціальної допомоги вдома (3 відділення) - 486 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group=grp, parent=tot)
    d2 = f("served", "persons", 212, "відділення денного перебування - 212 осіб", service="day_care",
           district="відділення денного перебування", group=grp, parent=tot)
    d3 = f("served", "persons", 590, "допомоги - 590 осіб", service="natural_aid",
           district="відділення організації надання адресної натуральної та грошової допомоги", group=grp, parent=tot)
    d4 = f("served", "persons", 31, "відділення соціальної реабілітації (соціальне таксі) - 31 особа", service="social_taxi",
           district="відділення соціальної реабілітації", group=grp, parent=tot)
    c1 = f("served", "persons", 301, "одиноких - 301", service="home_care", category="одинокі особи", parent=d1)
    c2 = f("served", "persons", 97, "осіб з інвалідністю I-II груп - 97", service="home_care",
           category="особи з інвалідністю I-II груп", parent=d1)
    c3 = f("served", "persons", 44, "ВПО - 44", service="home_care", category="внутрішньо переміщені особи", parent=d1)
    c4 = f("served", "persons", 173, "віком 80 років і\nстарше - 173", service="home_care", category="особи віком 80 років і старше",
           parent=d1, note="hard-wrapped: the quote spans the line break")
    new = f("served", "persons", 64, "Взято на обслуговування - 64 особи", label="взято на обслуговування",
            alt=["registered_new", "support_started"])
    de = f("deregistered", "persons", 58, "знято з обслуговування - 58 осіб")
    dg = "deregistered_58_by_reason"
    r1 = f("deregistered", "persons", 39, "у зв'язку зі смертю - 39", label="у зв'язку зі смертю", group=dg, parent=de)
    r2 = f("deregistered", "persons", 6, "влаштовано до стаціонарних закладів - 6", label="влаштовано до стаціонарних закладів",
           group=dg, parent=de)
    r3 = f("deregistered", "persons", 11, "за власним бажанням - 11", label="за власним бажанням", group=dg, parent=de)
    r4 = f("deregistered", "persons", 2, "вибули за межі громади - 2", label="вибули за межі громади", group=dg, parent=de)
    sv = f("services_provided", "services", 18427, "Надано 18427 соціальних послуг")
    sg = "services_18427_by_service"
    s1 = f("services_provided", "services", 14906, "догляд вдома - 14906", service="home_care", group=sg, parent=sv)
    s2 = f("services_provided", "services", 1212, "денний догляд - 1212", service="day_care", group=sg, parent=sv)
    s3 = f("services_provided", "services", 1830, "натуральна допомога - 1830", service="natural_aid", group=sg, parent=sv)
    s4 = f("services_provided", "services", 479, "соціальне таксі - 479", service="social_taxi", group=sg, parent=sv)
    tx = f("served", "persons", 31, "послугою скористалася 31 особа", service="social_taxi")
    aid = f("aid_value", "uah", 418600, "на загальну суму\n418,6 тис.грн", label="речі та продуктові набори (натуральна допомога)",
            note="hard-wrapped: the quote spans the line break")
    ev = f("events", "events", 38, "проведено 38 групових заходів")
    ep = f("event_participants", "persons", 452, "у яких взяли\nучасть 452 особи", parent=ev,
           note="hard-wrapped: the quote spans the line break")
    sr = f("survey_respondents", "recipients", 120, "опитано 120 отримувачів послуги догляду вдома", unit_alt="persons",
           service="home_care")
    sat = f("satisfaction", "percent", 94.2, "задоволеності якістю послуг - 94,2 % (113 осіб)", alt=["share"],
            label="рівень задоволеності якістю послуг")
    cp = f("complaints", "complaints", 1, "Скарг надійшло - 1")
    pos = f("staff_positions", "positions", 98.5, "Штатна чисельність - 98,5 шт.од.")
    act = f("staff_actual", "staff", 91, "фактично працює 91 працівник")
    sw = f("staff_actual", "staff", 62, "соціальних робітників - 62", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 14, "Навчання пройшли 14 працівників")
    ay = f("budget_approved", "uah", 21740000, "Кошторис загального фонду на 2025 р. - 21740,0 тис.грн",
           label="загальний фонд, кошторис на 2025 рік (річний)")
    ah = f("budget_approved", "uah", 10612400, "на I півріччя -\n10612,4 тис.грн", label="загальний фонд, на I півріччя", parent=ay,
           note="hard-wrapped: the quote spans the line break")
    sp = f("budget_spent", "uah", 10488900, "Касові видатки за I півріччя - 10488,9 тис.грн", label="загальний фонд")
    kg = "spent_10488_9_by_kekv"
    k = []
    for code, val, s in (("2111", 8127500, "8127,5"), ("2120", 1788000, "1788,0"), ("2210", 214600, "214,6"),
                         ("2240", 131700, "131,7"), ("2270", 227100, "227,1")):
        k.append(f("budget_spent", "uah", val, f"КЕКВ {code} - {s} тис.грн", kekv=code, group=kg, parent=sp))
    ec = f("budget_savings", "uah", 123500, "Економія - 123,5 тис.грн (1,2 %)", percent=1.2, label="загальний фонд, I півріччя")
    rc = f("budget_received", "uah", 146300, "надійшло 146,3 тис.грн", label="спеціальний фонд (платні послуги, благодійні внески)")
    su = f("budget_spent", "uah", 139800, "використано 139,8 тис.грн", label="спеціальний фонд")

    g.slip("parts_sum", "error", "Всього за I півріччя 2025 р. соціальними послугами охоплено 1312 осіб",
           1319, 1312, [tot, d1, d2, d3, d4],
           "the list «а саме:» by department (486 + 212 + 590 + 31) sums to 1 319, 7 more than the 1 312 total",
           f"{d1} + {d2} + {d3} + {d4} == {tot}")
    g.check("parts_sum", "знято з обслуговування - 58 осіб,", "39 + 6 + 11 + 2 = 58", f"{r1} + {r2} + {r3} + {r4} == {de}")
    g.check("parts_sum", "Надано 18427 соціальних послуг, у т.ч.:", "14 906 + 1 212 + 1 830 + 479 = 18 427",
            f"{s1} + {s2} + {s3} + {s4} == {sv}")
    g.check("parts_sum", "одиноких - 301,", "each home-care category ≤ 486 (overlapping categories, no sum)",
            f"max({c1}, {c2}, {c3}, {c4}) <= {d1}")
    g.check("internal_conflict", "послугою скористалася 31 особа", "31 social-taxi users, as in the department list",
            f"{tx} == {d4}")
    g.check("percent_mismatch", "задоволеності якістю послуг - 94,2 % (113 осіб)", "113 / 120 = 94,17 % → 94,2",
            f"pct_ok({sat}, 113, {sr}, 1)")
    g.check("parts_sum", "Касові видатки за I півріччя - 10488,9 тис.грн, з них:",
            "8 127,5 + 1 788,0 + 214,6 + 131,7 + 227,1 = 10 488,9 тис.грн", " + ".join(k) + f" == {sp}")
    g.check("table_arithmetic", "Економія - 123,5 тис.грн (1,2 %)", "10 612,4 − 10 488,9 = 123,5 тис.грн",
            f"{ah} - {sp} == {ec}")
    g.check("percent_mismatch", "Економія - 123,5 тис.грн (1,2 %)", "123,5 / 10 612,4 = 1,16 % → 1,2",
            f"pct_ok(p{ec[1:]}, {ec}, {ah}, 1)")
    g.check("parts_sum", "на I півріччя -\n10612,4 тис.грн", "half-year approval ≤ annual", f"{ah} <= {ay}")
    g.check("parts_sum", "використано 139,8 тис.грн", "special fund: used 139,8 ≤ received 146,3", f"{su} <= {rc}")
    g.check("parts_sum", "фактично працює 91 працівник", "62 ≤ 91 ≤ 98,5; trained 14 ≤ 91",
            f"{sw} <= {act} <= {pos} and {tr} <= {act}")

    g.skip("82300, Львівська обл., м. Борислав, вул. Шевченка, 41, тел. (03248) 0-42-17", [82300, 41, 3248, 4217],
           "postcode, address, phone")
    g.skip("(за I півріччя 2024 р. - 1270)", [2024, 1270], "prior-year figure")
    g.skip("відділення соціальної допомоги вдома (3 відділення)", [3], "number of departments")
    g.skip("осіб з інвалідністю I-II груп", [], "disability groups in Roman numerals")
    g.skip("віком 80 років і", [80], "age (of the category)")
    g.skip("Черга на догляд вдома станом на 30.06.2025 - 9 осіб.", [30, 6, 2025, 9], "waiting list, date")
    g.skip("здійснено 214 поїздок", [214], "trips; no §3 id")
    g.skip("вартість - 9,50 грн за 1 км.", [9.5, 1], "tariff")
    g.skip("видано 1146 од. речей", [1146], "items handed out")
    g.skip("612 продуктових наборів", [612], "food sets (items)")
    g.skip("У травні 2025 р.", [2025], "survey month")
    g.skip("(113 осіб)", [113], "count of satisfied respondents; no §3 id (used as a literal in the percent check)")
    g.skip("Вакансій - 7.", [7], "vacancies; no §3 id")
    g.skip("Складено 07.07.2025", [7, 7, 2025], "compile date")
    g.skip("1. ОХОПЛЕННЯ ПОСЛУГАМИ", [1, 2, 3, 4, 5], "section numbers 1.–5.")

    g.note("the department list «а саме:» is a partition of the 1 312 served (one department per recipient): "
           "department in `district`, service of the department in `service`")
    g.note("home-care categories (одинокі, інвалідність, ВПО, 80+) overlap: parent_id only, no group")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → "
           "deregistered with its reasons as labelled parts")
    g.note("the 31 social-taxi users are written twice (department list and the social-taxi paragraph): two facts")
    g.note("«Рівень задоволеності – 94,2 % (113 осіб)»: the percentage is the satisfaction fact; 113 has no §3 id and "
           "is used as a literal")
    g.note("the annual approval (21 740,0) and the half-year approval (10 612,4) are two budget_approved facts "
           "told apart by label; KEKV lines carry kekv")
    g.note("hard-wrapped lines: the reader keeps line breaks; four quotes span a line break (\\n)")
    g.write()


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    gold()
