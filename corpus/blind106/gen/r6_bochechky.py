"""b106_06: КУ «ЦНСП» Бочечківської сільської ради (Сумська), internal quality assessment of home care
provided in 2021. UTF-8 TXT (LF), first person plural, a criteria list written as a text table with the
document's own rating bands."""
from common import Gold, report_path, write_text

DOC = "b106_06_bochechky_cnsp_internal2021.txt"

TEXT = """ЗАТВЕРДЖЕНО
Наказ КУ «ЦНСП» Бочечківської сільської ради
від 31.01.2022 № 7-од

ЗВІТ
про результати внутрішньої оцінки якості надання соціальної послуги
догляду вдома Комунальною установою «Центр надання соціальних послуг»
Бочечківської сільської ради Конотопського району Сумської області
за 2021 рік

1. Організація оцінки

Внутрішню оцінку ми провели з 10 по 28 січня 2022 року робочою групою з 4 осіб відповідно до Порядку, затвердженого постановою КМУ від 01.06.2020 № 449. Ми вивчили особові справи отримувачів, провели анкетування та вибіркові візити додому.

2. Отримувачі послуги

Протягом 2021 року послугу догляду вдома ми надавали 86 особам, з них 61 жінці та 25 чоловікам. Безоплатно послугу отримували 71 особа, з установленням диференційованої плати – 15. Середній вік отримувачів – 79 років, найстаршій отримувачці – 97 років.

За рік на обслуговування взято 14 осіб; знято з обслуговування 11 осіб (у зв'язку зі смертю – 8, переїзд до родичів – 3). Загалом за 2021 рік надано 12 418 послуг догляду вдома.

Послугу надавали 17 соціальних робітників (штатом передбачено 18 посад); п'ятеро з них у 2021 році пройшли навчання за програмою «Догляд за людьми похилого віку» тривалістю 40 годин.

3. Анкетування

Анкети ми роздали всім 86 отримувачам, заповнені анкети повернули 70 осіб. Якістю послуги в цілому задоволені 92,9 % опитаних.

Оцінку кожного критерію ми визначали за часткою позитивних відповідей:
80–100 % – «добре»; 60–79,9 % – «задовільно»; менше 60 % – «незадовільно».

Критерій                                      Частка позитивних   Оцінка
                                              відповідей, %
Адресність та індивідуальний підхід                95,7            добре
Результативність                                   88,6            добре
Своєчасність                                       91,4            добре
Доступність та відкритість                         78,6            добре
Зручність                                          84,3            добре
Повага до гідності отримувача                      100             добре
Професійність                                      97,1            добре

4. Висновки

Загальна оцінка якості надання соціальної послуги догляду вдома – «добре». Скарг від отримувачів та їхніх родичів протягом 2021 року не надходило.

Наші пропозиції на 2022 рік: придбати 2 велосипеди для соціальних робітників, що обслуговують віддалені села, і провести повторне анкетування у IV кварталі.

Голова робочої групи                                (підпис)
тел. (05447) 0-3-17-52, cnsp.bochechky@example.ua
"""

CRIT = [("targeting", "Адресність та індивідуальний підхід", "95,7", 95.7),
        ("effectiveness", "Результативність", "88,6", 88.6),
        ("timeliness", "Своєчасність", "91,4", 91.4),
        ("accessibility", "Доступність та відкритість", "78,6", 78.6),
        ("convenience", "Зручність", "84,3", 84.3),
        ("dignity", "Повага до гідності отримувача", "100", 100),
        ("professionalism", "Професійність", "97,1", 97.1)]


def build():
    write_text(report_path(DOC), TEXT)


def gold():
    from common import read_text
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Бочечківської сільської ради",
        "centre_type": "cnsp", "settlement": "Бочечки", "oblast": "Сумська",
        "report_kind": "internal_assessment", "period_start": "2021-01-01", "period_end": "2021-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Бочечківської сільської ради",
                    "КУ «Центр надання соціальних послуг» Бочечківської сільської ради",
                    "КУ «ЦНСП» Бочечківської сільської ради"]})
    text = read_text(report_path(DOC))
    f = g.f
    sv = f("served", "persons", 86, "послугу догляду вдома ми надавали 86 особам", service="home_care")
    w = f("served", "persons", 61, "з них 61 жінці", service="home_care", label="жінки", parent=sv, group="served_86_by_sex")
    m = f("served", "persons", 25, "25 чоловікам", service="home_care", label="чоловіки", parent=sv, group="served_86_by_sex")
    fr = f("served", "persons", 71, "Безоплатно послугу отримували 71 особа", service="home_care", label="безоплатно",
           parent=sv, group="served_86_by_payment")
    pd = f("served", "persons", 15, "з установленням диференційованої плати – 15", service="home_care",
           label="з диференційованою платою", parent=sv, group="served_86_by_payment")
    new = f("served", "persons", 14, "За рік на обслуговування взято 14 осіб", service="home_care",
            alt=["registered_new", "support_started"], label="взято на обслуговування", parent=sv)
    de = f("deregistered", "persons", 11, "знято з обслуговування 11 осіб", service="home_care")
    d1 = f("deregistered", "persons", 8, "у зв'язку зі смертю – 8", service="home_care", label="смерть",
           alt=["outcome_other"], parent=de, group="deregistered_11_by_reason")
    d2 = f("deregistered", "persons", 3, "переїзд до родичів – 3", service="home_care", label="переїзд до родичів",
           alt=["outcome_other"], parent=de, group="deregistered_11_by_reason")
    f("services_provided", "services", 12418, "надано 12 418 послуг догляду вдома", service="home_care")
    act = f("staff_actual", "staff", 17, "Послугу надавали 17 соціальних робітників", service="home_care")
    pos = f("staff_positions", "positions", 18, "штатом передбачено 18 посад")
    tr = f("staff_trained", "staff", 5, "п'ятеро з них у 2021 році пройшли навчання", parent=act, note="number in words")
    sr = f("survey_respondents", "persons", 70, "заповнені анкети повернули 70 осіб", service="home_care")
    sat = f("satisfaction", "percent", 92.9, "Якістю послуги в цілому задоволені 92,9 % опитаних", service="home_care",
            alt=["share"])
    lines = {c: next(l for l in text.split("\n") if l.startswith(name)) for c, name, _, _ in CRIT}
    sh, rt = {}, {}
    for c, name, s, v in CRIT:
        sh[c] = f("share", "percent", v, lines[c], criterion=c, service="home_care", alt=["satisfaction"],
                  label="частка позитивних відповідей")
        rt[c] = f("rating", "rating", "good", lines[c], criterion=c, service="home_care")
    ov = f("rating", "rating", "good", "Загальна оцінка якості надання соціальної послуги догляду вдома – «добре»",
           criterion="overall", service="home_care")
    f("complaints", "complaints", 0, "Скарг від отримувачів та їхніх родичів протягом 2021 року не надходило.", service="home_care")

    B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    g.check("parts_sum", "з них 61 жінці та 25 чоловікам", "61 + 25 = 86", f"{w} + {m} == {sv}")
    g.check("parts_sum", "Безоплатно послугу отримували 71 особа, з установленням диференційованої плати – 15", "71 + 15 = 86",
            f"{fr} + {pd} == {sv}")
    g.check("parts_sum", "знято з обслуговування 11 осіб (у зв'язку зі смертю – 8, переїзд до родичів – 3)", "8 + 3 = 11",
            f"{d1} + {d2} == {de}")
    g.check("parts_sum", "Послугу надавали 17 соціальних робітників (штатом передбачено 18 посад); п'ятеро", "5 ≤ 17 ≤ 18",
            f"{tr} <= {act} <= {pos}")
    g.check("parts_sum", "заповнені анкети повернули 70 осіб", "70 respondents ≤ 86 recipients", f"{sr} <= {sv}")
    g.check("percent_impossible", "Якістю послуги в цілому задоволені 92,9 % опитаних", "92,9 % = 65 of 70", f"grim_ok({sat}, {sr}, 1)")
    g.check("percent_impossible", lines["targeting"], "each criterion share is reachable with 70 respondents (67, 62, 64, 55, 59, 70, 68 of 70)",
            " and ".join(f"grim_ok({sh[c]}, {sr}, 1)" for c, _, _, _ in CRIT))
    ok = [c for c, _, _, _ in CRIT if c != "accessibility"]
    g.check("rating_band", lines["targeting"], "six criteria at 84,3–100 % are rated «добре», as the 80–100 % band says",
            " and ".join(f"band({sh[c]}, {B}) == {rt[c]}" for c in ok))
    g.slip("rating_band", "error", lines["accessibility"], "good", "satisfactory", [sh["accessibility"], rt["accessibility"]],
           "Доступність та відкритість: 78,6 % falls in the document's own band 60–79,9 % = «задовільно», but the table rates it «добре»",
           f"band({sh['accessibility']}, {B}) == {rt['accessibility']}")

    g.skip("від 31.01.2022 № 7-од", [31, 1, 2022, 7], "order date and number")
    g.skip("Конотопського району Сумської області\nза 2021 рік", [2021], "year in the title")
    g.skip("з 10 по 28 січня 2022 року робочою групою з 4 осіб", [10, 28, 2022, 4], "assessment dates, size of the working group")
    g.skip("постановою КМУ від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act date and number")
    g.skip("Середній вік отримувачів – 79 років, найстаршій отримувачці – 97 років.", [79, 97], "ages")
    g.skip("тривалістю 40 годин", [40], "duration")
    g.skip("Анкети ми роздали всім 86 отримувачам", [86], "questionnaires handed out = the 86 recipients again (not respondents)")
    g.skip("80–100 % – «добре»; 60–79,9 % – «задовільно»; менше 60 % – «незадовільно».", [80, 100, 60, 79.9, 60], "rating bands")
    g.skip("Наші пропозиції на 2022 рік: придбати 2 велосипеди", [2022, 2], "proposal for 2022")
    g.skip("у IV кварталі", [4], "quarter")
    g.skip("тел. (05447) 0-3-17-52", [5447, 31752], "phone")
    g.skip("1. Організація оцінки", [1, 2, 3, 4], "section numbers")
    g.note("criteria table: each row gives a share (criterion, alt satisfaction) and a rating; both quoted by the row line")
    g.note("«задоволені 92,9 % опитаних» → satisfaction (alt share), a bare percentage")
    g.note("two partitions of the 86 recipients (by sex, by payment) carry different groups")
    g.note("«п'ятеро з них» (number in words) → staff_trained 5")
    g.note("the criteria and the overall rating concern the home-care service; service home_care is set on them")
    g.note("the bands 60–79,9 / 80–100 are the document's own; the 78,6 % «добре» is the planted rating_band slip")
    g.write()


if __name__ == "__main__":
    build()
    gold()
