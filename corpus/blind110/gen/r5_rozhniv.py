"""b110_05: Управління соціального захисту населення Рожнівської сільської ради (Івано-Франківська),
analytic note for Q3 2021. UTF-8 TXT (LF), impersonal voice, a space-aligned text table.
Slip: percents_sum (the structure of applications sums to 101,6 %)."""
from common import Gold, write_text, report_path, read_text

DOC = "b110_05_rozhniv_uszn_q3_2021.txt"

TEXT = """УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ РОЖНІВСЬКОЇ СІЛЬСЬКОЇ РАДИ
78623, Івано-Франківська обл., Косівський р-н, с. Рожнів, вул. Незалежності, 21
тел. (03478) 0-52-18; uszn.rozhniv@example.ua; код ЄДРПОУ 44102637

АНАЛІТИЧНА ДОВІДКА
про роботу управління за ІІІ квартал 2021 року

Громада об'єднує 5 старостинських округів; чисельність населення на 01.01.2021 – 9 874 особи.

1. Прийом громадян і звернення

За липень – вересень 2021 року до управління надійшло 1 126 заяв (ІІІ квартал 2020 року – 987), з них:
  • через відділ «Центр надання адміністративних послуг» – 418;
  • безпосередньо до управління на паперових носіях – 652;
  • в електронній формі через портал «Дія» – 56.
За змістом звернень: житлові субсидії – 46,3 %, державні соціальні допомоги – 31,8 %, пільги – 14,6 %, інші питання – 8,9 %.
Усні консультації надано 1 940 громадянам. Проведено 3 виїзні прийоми у старостинських округах, на яких прийнято 67 осіб.
На телефон «гарячої лінії» управління надійшло 264 дзвінки.
Надійшло 3 скарги, усі розглянуто в установлений строк (1 визнано обґрунтованою).

2. Державні соціальні гарантії

Житлові субсидії на опалювальний сезон 2021/2022 років призначено 742 домогосподарствам, середній розмір субсидії – 1 218,40 грн. Допомогу на проживання внутрішньо переміщеним особам виплачено 96 особам. Станом на 30.09.2021 на обліку перебуває 1 093 особи з інвалідністю.

3. Соціальні послуги

За направленнями управління соціальні послуги у ІІІ кварталі отримали 203 особи:

  Послуга                             Осіб
  Догляд вдома                          96
  Денний догляд                         31
  Соціальне таксі                       22
  Натуральна допомога                   54
  Разом                                203

Послуги надає КУ «Центр надання соціальних послуг» Рожнівської сільської ради (рішення сесії від 17.12.2020 № 45-3/2020).

4. Матеріальна та гуманітарна допомога

Одноразову матеріальну допомогу з бюджету громади отримали 58 осіб на загальну суму 174,0 тис. грн (у середньому 3,0 тис. грн на особу). Гуманітарну допомогу (продуктові набори, засоби гігієни) отримали 1 207 осіб, видано 1 380 наборів.

5. Фінансування програми

За Програмою соціального захисту населення на 2021 рік затверджено 1 240,0 тис. грн. У ІІІ кварталі використано 318,4 тис. грн, з початку року – 893,6 тис. грн (72,1 % річного обсягу).

6. Кадрове забезпечення

Штатна чисельність управління – 12 посад, фактично працює 11 працівників. Двоє спеціалістів пройшли підвищення кваліфікації в Івано-Франківському обласному центрі перепідготовки (72 години).

7. Завдання на IV квартал

Забезпечити прийом не менше 1 500 заяв на призначення субсидій та провести 4 виїзні прийоми.

Начальник управління                    __________
Виконавець: тел. (03478) 0-52-24
04.10.2021
"""


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Рожнівської сільської ради",
        "centre_type": "uszn", "settlement": "Рожнів", "oblast": "Івано-Франківська",
        "report_kind": "period_report", "period_start": "2021-07-01", "period_end": "2021-09-30"},
        {"settlement": ["Рожнівська сільська громада", "Рожнівська громада"], "published": ["2021-10-04"]})
    f = g.f
    ap = f("applied", "applications", 1126, "до управління надійшло 1 126 заяв")
    G = "applied_1126_by_channel"
    a1 = f("applied", "applications", 418, "через відділ «Центр надання адміністративних послуг» – 418",
           label="через ЦНАП", group=G, parent=ap)
    a2 = f("applied", "applications", 652, "безпосередньо до управління на паперових носіях – 652",
           label="безпосередньо до управління на паперових носіях", group=G, parent=ap)
    a3 = f("applied", "applications", 56, "в електронній формі через портал «Дія» – 56",
           label="в електронній формі", group=G, parent=ap)
    S = "applied_1126_by_subject"
    p1 = f("share", "percent", 46.3, "житлові субсидії – 46,3 %", label="частка звернень: житлові субсидії", group=S, parent=ap)
    p2 = f("share", "percent", 31.8, "державні соціальні допомоги – 31,8 %", label="частка звернень: державні соціальні допомоги", group=S, parent=ap)
    p3 = f("share", "percent", 14.6, "пільги – 14,6 %", label="частка звернень: пільги", group=S, parent=ap)
    p4 = f("share", "percent", 8.9, "інші питання – 8,9 %", label="частка звернень: інші питання", group=S, parent=ap)
    cons = f("served", "persons", 1940, "Усні консультації надано 1 940 громадянам", service="counselling")
    ev = f("events", "events", 3, "Проведено 3 виїзні прийоми", uncertain=True,
           note="field receptions counted as events; a reader may see no §3 id here")
    evp = f("event_participants", "persons", 67, "на яких прийнято 67 осіб", parent=ev, uncertain=True)
    calls = f("calls", "calls", 264, "надійшло 264 дзвінки")
    cp = f("complaints", "complaints", 3, "Надійшло 3 скарги")
    tot = f("served", "persons", 203, "соціальні послуги у ІІІ кварталі отримали 203 особи")
    TT = f("served", "persons", 203, "Разом\t203", label="Разом")
    rows = [("Догляд вдома", "home_care", 96), ("Денний догляд", "day_care", 31),
            ("Соціальне таксі", "social_taxi", 22), ("Натуральна допомога", "natural_aid", 54)]
    text = read_text(report_path(DOC))
    rid = []
    for name, sid, v in rows:
        line = next(l.strip() for l in text.splitlines() if l.strip().startswith(name) and l.strip().endswith(str(v)))
        rid.append(f("served", "persons", v, line, service=sid, group="served_203_by_service", parent=TT))
    mat = f("served", "persons", 58, "Одноразову матеріальну допомогу з бюджету громади отримали 58 осіб",
            label="одноразова матеріальна допомога")
    matv = f("aid_value", "uah", 174000, "на загальну суму 174,0 тис. грн", label="одноразова матеріальна допомога")
    hum = f("served", "persons", 1207, "отримали 1 207 осіб", service="natural_aid", label="гуманітарна допомога")
    bap = f("budget_approved", "uah", 1240000, "на 2021 рік затверджено 1 240,0 тис. грн",
            label="Програма соціального захисту населення на 2021 рік (річний обсяг)")
    bsp = f("budget_spent", "uah", 318400, "У ІІІ кварталі використано 318,4 тис. грн",
            label="Програма соціального захисту населення, ІІІ квартал")
    pos = f("staff_positions", "positions", 12, "Штатна чисельність управління – 12 посад")
    act = f("staff_actual", "staff", 11, "фактично працює 11 працівників")
    tr = f("staff_trained", "staff", 2, "Двоє спеціалістів пройшли підвищення кваліфікації", note="number in words")

    g.slip("percents_sum", "error", "За змістом звернень: житлові субсидії – 46,3 %, державні соціальні допомоги – 31,8 %, пільги – 14,6 %, інші питання – 8,9 %.",
           101.6, 100, [p1, p2, p3, p4],
           "the four subjects (the last one «інші питання») partition the 1 126 applications but sum to 101,6 %; "
           "with one decimal the sum may differ from 100 by at most 0,2",
           f"psum_ok([{p1}, {p2}, {p3}, {p4}], 1)")
    g.check("parts_sum", "до управління надійшло 1 126 заяв", "channels 418 + 652 + 56 = 1 126", f"{a1} + {a2} + {a3} == {ap}")
    g.check("percent_impossible", "житлові субсидії – 46,3 %", "each share alone is reachable with 1 126 applications",
            f"grim_ok({p1}, {ap}, 1) and grim_ok({p2}, {ap}, 1) and grim_ok({p3}, {ap}, 1) and grim_ok({p4}, {ap}, 1)")
    g.check("table_arithmetic", "Разом\t203", "96 + 31 + 22 + 54 = 203",
            " + ".join(rid) + f" == {TT}")
    g.check("internal_conflict", "соціальні послуги у ІІІ кварталі отримали 203 особи", "prose 203 = table Разом 203",
            f"{tot} == {TT}")
    g.check("percent_mismatch", "з початку року – 893,6 тис. грн (72,1 % річного обсягу)",
            "893,6 / 1 240,0 = 72,06 % → 72,1 (the year-to-date amount is a literal); the quarter's 318,4 ≤ 893,6",
            f"pct_ok(72.1, 893600, {bap}, 1) and {bsp} <= 893600")
    g.check("parts_sum", "у середньому 3,0 тис. грн на особу", "174,0 / 58 = 3,0 тис. грн", f"near({matv} / {mat}, 3000)")
    g.check("parts_sum", "фактично працює 11 працівників", "11 ≤ 12; 2 trained ≤ 11", f"{act} <= {pos} and {tr} <= {act}")

    g.skip("78623, Івано-Франківська обл., Косівський р-н, с. Рожнів, вул. Незалежності, 21", [78623, 21], "postcode, address")
    g.skip("тел. (03478) 0-52-18", [3478, 5218], "phone")
    g.skip("код ЄДРПОУ 44102637", [44102637], "ЄДРПОУ")
    g.skip("про роботу управління за ІІІ квартал 2021 року", [3, 2021], "period in the title")
    g.skip("Громада об'єднує 5 старостинських округів; чисельність населення на 01.01.2021 – 9 874 особи.",
           [5, 1, 1, 2021, 9874], "settlement count, population, date")
    g.skip("1. Прийом громадян і звернення", [1, 2, 3, 4, 5, 6, 7], "section numbers")
    g.skip("За липень – вересень 2021 року", [2021], "period")
    g.skip("(ІІІ квартал 2020 року – 987)", [3, 2020, 987], "prior-year figure")
    g.skip("(1 визнано обґрунтованою)", [1], "complaints found justified (no §3 id)")
    g.skip("Житлові субсидії на опалювальний сезон 2021/2022 років призначено 742 домогосподарствам, середній розмір субсидії – 1 218,40 грн.",
           [2021, 2022, 742, 1218.4], "housing subsidies and their average size (no §3 id: a payment, not a social service)")
    g.skip("Допомогу на проживання внутрішньо переміщеним особам виплачено 96 особам.", [96],
           "IDP living allowance (no §3 id: a payment)")
    g.skip("Станом на 30.09.2021 на обліку перебуває 1 093 особи з інвалідністю.", [30, 9, 2021, 1093],
           "register of persons with disabilities (population register, not the СЖО register)")
    g.skip("(рішення сесії від 17.12.2020 № 45-3/2020)", [17, 12, 2020, 45, 3, 2020], "decision date and number")
    g.skip("у середньому 3,0 тис. грн на особу", [3000], "average per person (ratio)")
    g.skip("видано 1 380 наборів", [1380], "items (набори)")
    g.skip("з початку року – 893,6 тис. грн (72,1 % річного обсягу)", [893600, 72.1],
           "year-to-date spending (January–September, not the quarter)")
    g.skip("Івано-Франківському обласному центрі перепідготовки (72 години)", [72], "duration")
    g.skip("Забезпечити прийом не менше 1 500 заяв на призначення субсидій та провести 4 виїзні прийоми.",
           [1500, 4], "plan for Q4")
    g.skip("Виконавець: тел. (03478) 0-52-24\n04.10.2021", [3478, 5224, 4, 10, 2021], "phone and date")

    g.note("an управління соціального захисту населення of a сільська рада → centre_type uszn")
    g.note("period: the quarter (01.07–30.09.2021); the year-to-date spending (893,6 тис. грн, 72,1 %) is another period and is skipped; the annual approval of the programme (1 240,0) is kept as budget_approved, as blind18 did with an annual approval in a quarterly report")
    g.note("the subject structure of applications is four `share` rows (group) with the 1 126 applications as parent; they sum to 101,6 % (planted slip)")
    g.note("housing subsidies, the IDP living allowance and the disability register have no §3 id and are skipped")
    g.note("the space-aligned services table is read as lines; each row is a served fact quoted by its line, hanging on the Разом row; the prose 203 is a second fact")
    g.note("field receptions («виїзні прийоми», 3, with 67 persons received) → events / event_participants, marked uncertain")
    g.note("«Двоє спеціалістів» is a number in words → staff_trained 2; «Надійшло 3 скарги» → complaints 3")
    g.write()


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT)
    gold()
