"""b31_06: КУ «Центр надання соціальних послуг» Татарбунарської міської ради, information for Q3 2025 sent to
the social-protection department. Plain UTF-8 text (LF), first person plural; oblast not stated.
Planted slip: percents_sum (survey shares 74,1 + 21,2 + 3,5 + 2,4 = 101,2 %)."""
from common import Gold, report_path, write_text

DOC = "b31_06_tatarbunary_cnsp_q3_2025.txt"

TEXT = """КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»
ТАТАРБУНАРСЬКОЇ МІСЬКОЇ РАДИ
68100, м. Татарбунари, вул. Незалежності, 12, тел. (04844) 0-31-29, e-mail: cnsp@example.ua

Вих. № 318 від 03.10.2025
Начальнику відділу соціального захисту населення Татарбунарської міської ради

ІНФОРМАЦІЯ
про роботу Центру за III квартал 2025 року

Звернення. За липень – вересень 2025 року до нас звернулися 274 особи, з них вперше – 63 особи.

Отримувачі послуг. Соціальні послуги ми надали 519 особам: догляд вдома – 167, денний догляд – 31 (у тому числі 12 дітей з інвалідністю), натуральна допомога – 204, консультування – 117. Для порівняння: у III кварталі 2024 року послуги отримали 487 осіб.

Усього за квартал надано 12 486 соціальних послуг, з них догляду вдома – 9 870. У відділенні соціальної допомоги вдома працює 21 соціальний робітник, у середньому 8 отримувачів на одного працівника. Вартість однієї години догляду вдома на платній основі – 74,15 грн.

Натуральну допомогу 204 особам ми видали на загальну суму 389,5 тис. грн (продуктові набори та засоби гігієни від благодійних організацій, видача тривала з 14.07 по 25.07.2025).

Опитування. У вересні ми опитали 85 отримувачів послуг. Повністю задоволені якістю послуг 74,1 % опитаних, скоріше задоволені – 21,2 %, скоріше не задоволені – 3,5 %, не задоволені – 2,4 %. Надійшла 1 скарга (щодо графіка відвідувань), її розглянуто, факти не підтвердилися.

Фінанси. Касові видатки за III квартал склали 4 318,6 тис. грн, у тому числі:
КЕКВ 2111 – 3 312,4 тис. грн;
КЕКВ 2120 – 728,7 тис. грн;
КЕКВ 2273 – 96,3 тис. грн;
інші видатки – 181,2 тис. грн.
Від надання платних послуг надійшло 57,3 тис. грн.

Кадри. Штатна чисельність – 43 посади, працює 39 осіб. У звітному кварталі 3 працівники пройшли навчання за програмою «Догляд за особами з деменцією» (40 годин).

У IV кварталі плануємо взяти на обслуговування ще 15 осіб з черги.

Директор                                                   (підпис)
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Татарбунарської міської ради",
        "centre_type": "cnsp",
        "settlement": "Татарбунари",
        "report_kind": "period_report",
        "period_start": "2025-07-01",
        "period_end": "2025-09-30",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Татарбунарської міської ради",
                            "КУ «Центр надання соціальних послуг» Татарбунарської міської ради"]})
    f = g.f
    n = lambda x: x[1:]
    app = f("applied", "persons", 274, "до нас звернулися 274 особи")
    first = f("applied", "persons", 63, "з них вперше – 63 особи", label="вперше", parent=app)
    srv = f("served", "persons", 519, "Соціальні послуги ми надали 519 особам")
    grp = "served_519_by_service"
    s1 = f("served", "persons", 167, "догляд вдома – 167", service="home_care", group=grp, parent=srv)
    s2 = f("served", "persons", 31, "денний догляд – 31", service="day_care", group=grp, parent=srv)
    s2c = f("served", "children", 12, "у тому числі 12 дітей з інвалідністю", service="day_care",
            category="діти з інвалідністю", parent=s2)
    s3 = f("served", "persons", 204, "натуральна допомога – 204", service="natural_aid", group=grp, parent=srv)
    s4 = f("served", "persons", 117, "консультування – 117", service="counselling", group=grp, parent=srv)
    sp = f("services_provided", "services", 12486, "Усього за квартал надано 12 486 соціальних послуг")
    sp_hc = f("services_provided", "services", 9870, "з них догляду вдома – 9 870", service="home_care", parent=sp)
    sw = f("staff_actual", "staff", 21, "працює 21 соціальний робітник",
           label="соціальні робітники відділення соціальної допомоги вдома")
    na = f("served", "persons", 204, "Натуральну допомогу 204 особам", service="natural_aid")
    aid = f("aid_value", "uah", 389500, "на загальну суму 389,5 тис. грн",
            label="натуральна допомога (продуктові набори та засоби гігієни)")
    resp = f("survey_respondents", "recipients", 85, "ми опитали 85 отримувачів послуг", unit_alt="persons")
    q1 = f("satisfaction", "percent", 74.1, "Повністю задоволені якістю послуг 74,1 % опитаних",
           label="повністю задоволені якістю послуг", alt=["share"])
    q2 = f("share", "percent", 21.2, "скоріше задоволені – 21,2 %", label="скоріше задоволені якістю послуг",
           alt=["satisfaction"])
    q3 = f("share", "percent", 3.5, "скоріше не задоволені – 3,5 %", label="скоріше не задоволені якістю послуг")
    q4 = f("share", "percent", 2.4, "не задоволені – 2,4 %", label="не задоволені якістю послуг")
    comp = f("complaints", "complaints", 1, "Надійшла 1 скарга")
    spent = f("budget_spent", "uah", 4318600, "Касові видатки за III квартал склали 4 318,6 тис. грн")
    grp = "spent_4318_6_by_kekv"
    b1 = f("budget_spent", "uah", 3312400, "КЕКВ 2111 – 3 312,4 тис. грн", kekv="2111", label="Заробітна плата",
           group=grp, parent=spent)
    b2 = f("budget_spent", "uah", 728700, "КЕКВ 2120 – 728,7 тис. грн", kekv="2120",
           label="Нарахування на оплату праці", group=grp, parent=spent)
    b3 = f("budget_spent", "uah", 96300, "КЕКВ 2273 – 96,3 тис. грн", kekv="2273", label="Оплата електроенергії",
           group=grp, parent=spent)
    b4 = f("budget_spent", "uah", 181200, "інші видатки – 181,2 тис. грн", label="інші видатки", group=grp,
           parent=spent)
    rec = f("budget_received", "uah", 57300, "Від надання платних послуг надійшло 57,3 тис. грн",
            label="спеціальний фонд, платні послуги")
    pos = f("staff_positions", "positions", 43, "Штатна чисельність – 43 посади")
    act = f("staff_actual", "staff", 39, "працює 39 осіб")
    tr = f("staff_trained", "staff", 3, "3 працівники пройшли навчання")

    g.check("parts_sum", "Соціальні послуги ми надали 519 особам:", "167 + 31 + 204 + 117 = 519",
            f"f{n(s1)} + f{n(s2)} + f{n(s3)} + f{n(s4)} == f{n(srv)}")
    g.check("parts_sum", "з них вперше – 63 особи", "63 ≤ 274; 12 children ≤ 31 day care",
            f"f{n(first)} <= f{n(app)} and f{n(s2c)} <= f{n(s2)}")
    g.check("parts_sum", "з них догляду вдома – 9 870", "9 870 ≤ 12 486", f"f{n(sp_hc)} <= f{n(sp)}")
    g.check("internal_conflict", "Натуральну допомогу 204 особам", "204 in the list and in the natural-aid paragraph",
            f"f{n(na)} == f{n(s3)}")
    g.check("percent_impossible", "Повністю задоволені якістю послуг 74,1 % опитаних",
            "each share alone is reachable with 85 respondents (63, 18, 3, 2 of 85)",
            " and ".join(f"grim_ok(f{n(x)}, f{n(resp)}, 1)" for x in (q1, q2, q3, q4)))
    g.check("parts_sum", "Касові видатки за III квартал склали 4 318,6 тис. грн, у тому числі:",
            "3 312,4 + 728,7 + 96,3 + 181,2 = 4 318,6 тис. грн",
            f"f{n(b1)} + f{n(b2)} + f{n(b3)} + f{n(b4)} == f{n(spent)}")
    g.check("parts_sum", "Штатна чисельність – 43 посади, працює 39 осіб", "39 ≤ 43; 21 social workers, 3 trained ≤ 39",
            f"f{n(act)} <= f{n(pos)} and f{n(sw)} <= f{n(act)} and f{n(tr)} <= f{n(act)}")
    g.slip("percents_sum", "error",
           "Повністю задоволені якістю послуг 74,1 % опитаних, скоріше задоволені – 21,2 %, скоріше не задоволені – "
           "3,5 %, не задоволені – 2,4 %.", 101.2, 100, [q1, q2, q3, q4],
           "the four answers partition the 85 respondents but sum to 101,2 %. Each share alone is reachable "
           "(63, 18, 3 and 2 of 85), but 63 + 18 + 3 + 2 = 86 > 85.",
           f"psum_ok([f{n(q1)}, f{n(q2)}, f{n(q3)}, f{n(q4)}], 1)")

    g.skip("68100, м. Татарбунари, вул. Незалежності, 12, тел. (04844) 0-31-29", [68100, 12, 4844, 3129],
           "postcode, address, phone")
    g.skip("Вих. № 318 від 03.10.2025", [318, 3, 10, 2025], "outgoing number and date")
    g.skip("про роботу Центру за III квартал 2025 року", [3, 2025], "period")
    g.skip("За липень – вересень 2025 року", [2025], "period (year)")
    g.skip("у III кварталі 2024 року послуги отримали 487 осіб", [2024, 487], "prior-year figure")
    g.skip("у середньому 8 отримувачів на одного працівника", [8], "ratio")
    g.skip("Вартість однієї години догляду вдома на платній основі – 74,15 грн.", [74.15], "tariff")
    g.skip("видача тривала з 14.07 по 25.07.2025", [14, 7, 25, 7, 2025], "dates")
    g.skip("КЕКВ 2111", [2111, 2120, 2273], "budget codes (kept in kekv)")
    g.skip("«Догляд за особами з деменцією» (40 годин)", [40], "duration of the course")
    g.skip("У IV кварталі плануємо взяти на обслуговування ще 15 осіб з черги.", [4, 15], "plan")
    g.note("first person plural; oblast not stated (Татарбунари is in Одеська oblast) → omitted")
    g.note("«Повністю задоволені … 74,1 %» → satisfaction (alt share); the other three answers → share, as in blind18 "
           "b18_06; no counts are written next to the shares")
    g.note("budget lines with a КЕКВ code carry kekv; «інші видатки» has none")
    g.note("204 natural-aid recipients appear in the list and in their own paragraph: two facts")
    g.note("«21 соціальний робітник» → staff_actual with a label (not hung on 39: no «з них»)")
    g.write()


if __name__ == "__main__":
    main()
