"""b30_05: internal quality assessment of home care provided in 2024 by the ЦНСП of Городищенська
міська рада. UTF-8 plain text with a space-aligned criteria table and the document's own bands.
Impersonal voice; the oblast is not stated. Planted slip: Своєчасність 78,6 % rated «добре», while the
text's band for «добре» is 80–100 % (rating_band)."""
import re
from common import Gold, report_path, write_text


def sp(q):
    """The reader prints runs of spaces as one space."""
    return re.sub(" +", " ", q)

DOC = "b30_05_horodyshche_cnsp_quality2024.txt"

TEXT = """\
ЗАТВЕРДЖЕНО
Наказ директора Центру надання соціальних послуг
Городищенської міської ради
від 27.12.2024 № 94-ОД

ЗВІТ
про проведення внутрішньої оцінки якості соціальної послуги догляду вдома,
наданої Центром надання соціальних послуг Городищенської міської ради у 2024 році

Внутрішню оцінку якості проведено відповідно до наказу Міністерства соціальної політики України від 27.12.2013 № 904 «Про затвердження Методичних рекомендацій з проведення моніторингу та оцінки якості соціальних послуг» та наказу директора Центру від 02.12.2024 № 87-ОД. Оцінку здійснювала робоча група у складі 5 осіб у період з 09.12.2024 по 20.12.2024. Оцінювався період з 01.01.2024 по 31.12.2024.

Методи оцінки: аналіз особових справ отримувачів, анкетування отримувачів, спостереження за наданням послуги, співбесіди з соціальними робітниками.

1. Загальні відомості про надання послуги

Протягом 2024 року послугу догляду вдома отримували 268 осіб, з них 39 осіб з інвалідністю І групи. Вік отримувачів – від 62 до 97 років. Послуга надавалась 31 соціальним робітником; середня кількість отримувачів на одного соціального робітника – 8,6.

Оцінювання індивідуальних потреб проведено 53 особам, які звернулися вперше, і всіх їх взято на обслуговування. Протягом року припинено надання послуги 41 отримувачу: у зв'язку зі смертю – 27, у зв'язку з влаштуванням до інтернатного закладу – 6, у зв'язку з переїздом до родичів – 8.

Частка отримувачів, яким послугу розпочато надавати у строк, визначений договором, – 100 %. Скарг від отримувачів послуги та їхніх родичів протягом року не надходило. Протягом року 14 соціальних робітників пройшли навчання з питань догляду за особами з когнітивними порушеннями.

2. Результати анкетування

В анкетуванні взяли участь 84 отримувачі послуги (31,3 % від загальної кількості отримувачів). Загалом якістю послуги задоволені 92,9 % респондентів.

Оцінка за кожним критерієм визначалася за часткою позитивних відповідей: 80–100 % – «добре», 60–79,9 % – «задовільно», до 60 % – «незадовільно».

Таблиця 1. Результати оцінки за критеріями якості

Критерій                                  Позитивних відповідей, %   Оцінка
Адресність та індивідуальний підхід               94,0               добре
Результативність                                  86,9               добре
Своєчасність                                      78,6               добре
Доступність та відкритість                        91,7               добре
Повага до гідності отримувача                     97,6               добре
Професійність                                     89,3               добре

3. Висновки

За результатами внутрішньої оцінки якість надання соціальної послуги догляду вдома визнано на рівні «добре».

4. Рекомендації

1) Переглянути графіки відвідування отримувачів у віддалених селах громади (відповідальні – завідувачі відділень, до 01.06.2025).
2) Забезпечити проходження навчання 17 соціальними робітниками, які не навчалися у 2024 році (до 31.12.2025).
3) Наступну внутрішню оцінку провести у IV кварталі 2025 року.

Голова робочої групи
"""


def build():
    write_text(report_path(DOC), TEXT)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Городищенської міської ради",
        "centre_type": "cnsp", "settlement": "Городище",
        "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    s0 = f("served", "persons", 268, "послугу догляду вдома отримували 268 осіб", service="home_care")
    s1 = f("served", "persons", 39, "з них 39 осіб з інвалідністю І групи", service="home_care", category="особи з інвалідністю І групи", parent=s0)
    st = f("staff_actual", "staff", 31, "Послуга надавалась 31 соціальним робітником", service="home_care", label="соціальні робітники")
    na = f("needs_assessed", "persons", 53, "Оцінювання індивідуальних потреб проведено 53 особам", service="home_care")
    c0 = f("support_completed", "persons", 41, "припинено надання послуги 41 отримувачу", service="home_care", alt=["deregistered"])
    c1 = f("outcome_other", "persons", 27, "у зв'язку зі смертю – 27", service="home_care", label="смерть", alt=["deregistered"], group="terminated_41_by_reason", parent=c0)
    c2 = f("outcome_other", "persons", 6, "у зв'язку з влаштуванням до інтернатного закладу – 6", service="home_care", label="влаштування до інтернатного закладу", alt=["deregistered"], group="terminated_41_by_reason", parent=c0)
    c3 = f("outcome_other", "persons", 8, "у зв'язку з переїздом до родичів – 8", service="home_care", label="переїзд до родичів", alt=["deregistered"], group="terminated_41_by_reason", parent=c0)
    sh = f("share", "percent", 100, "Частка отримувачів, яким послугу розпочато надавати у строк, визначений договором, – 100 %", service="home_care",
           label="частка отримувачів, яким послугу розпочато у строк, визначений договором", criterion="timeliness")
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів послуги та їхніх родичів протягом року не надходило.", service="home_care")
    tr = f("staff_trained", "staff", 14, "14 соціальних робітників пройшли навчання")
    sv = f("survey_respondents", "recipients", 84, "В анкетуванні взяли участь 84 отримувачі послуги (31,3 %", percent=31.3, service="home_care", unit_alt="persons")
    sa = f("satisfaction", "percent", 92.9, "якістю послуги задоволені 92,9 % респондентів", service="home_care", alt=["share"])
    crit = [
        ("targeting", "Адресність та індивідуальний підхід               94,0               добре", 94),
        ("effectiveness", "Результативність                                  86,9               добре", 86.9),
        ("timeliness", "Своєчасність                                      78,6               добре", 78.6),
        ("accessibility", "Доступність та відкритість                        91,7               добре", 91.7),
        ("dignity", "Повага до гідності отримувача                     97,6               добре", 97.6),
        ("professionalism", "Професійність                                     89,3               добре", 89.3),
    ]
    shares, rates = {}, {}
    for cid, q, p in crit:
        q = sp(q)
        shares[cid] = f("share", "percent", p, q, service="home_care", criterion=cid, label="частка позитивних відповідей", alt=["satisfaction"])
        rates[cid] = f("rating", "rating", "good", q, service="home_care", criterion=cid)
    ov = f("rating", "rating", "good", "якість надання соціальної послуги догляду вдома визнано на рівні «добре»", service="home_care", criterion="overall")
    B = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    ok = [c for c in shares if c != "timeliness"]
    g.check("parts_sum", "Протягом року припинено надання послуги 41 отримувачу", "27 + 6 + 8 = 41", f"{c1} + {c2} + {c3} == {c0}")
    g.check("percent_mismatch", "В анкетуванні взяли участь 84 отримувачі послуги (31,3 %", "84 / 268 = 31,3 %", f"pct_ok(p{sv[1:]}, {sv}, {s0}, 1)")
    g.check("percent_impossible", "якістю послуги задоволені 92,9 % респондентів", "92,9 % = 78 of 84", f"grim_ok({sa}, {sv}, 1)")
    g.check("percent_impossible", "Критерій Позитивних відповідей, % Оцінка",
            "every criterion share is reachable with 84 respondents (79, 73, 66, 77, 82, 75 of 84)",
            " and ".join(f"grim_ok({shares[c]}, {sv}, 1)" for c in shares))
    g.check("rating_band", "80–100 % – «добре», 60–79,9 % – «задовільно», до 60 % – «незадовільно»",
            "the other five criteria (86,9–97,6 %) are in the «добре» band", " and ".join(f"band({shares[c]}, {B}) == {rates[c]}" for c in ok))
    g.check("parts_sum", "з них 39 осіб з інвалідністю І групи", "39 ≤ 268; 53 assessed ≤ 268; 41 terminated ≤ 268", f"{s1} <= {s0} and {na} <= {s0} and {c0} <= {s0}")
    g.check("parts_sum", "14 соціальних робітників пройшли навчання", "14 trained + 17 not trained (literal, in the recommendations) = 31 social workers", f"{tr} + 17 == {st}")
    g.slip("rating_band", "error", "Своєчасність 78,6 добре", "добре", "задовільно",
           [shares["timeliness"], rates["timeliness"]],
           "78,6 % positive answers falls in the document's own «задовільно» band (60–79,9 %), but the table rates Своєчасність «добре»",
           f"band({shares['timeliness']}, {B}) == {rates['timeliness']}", slip=1)
    g.skip("від 27.12.2024 № 94-ОД", [27, 12, 2024, 94], "order date and number (approval stamp)")
    g.skip("від 27.12.2013 № 904", [27, 12, 2013, 904], "ministry order date and number")
    g.skip("наказу директора Центру від 02.12.2024 № 87-ОД", [2, 12, 2024, 87], "order date and number")
    g.skip("робоча група у складі 5 осіб у період з 09.12.2024 по 20.12.2024", [5, 9, 12, 2024, 20], "commission size, assessment dates")
    g.skip("Оцінювався період з 01.01.2024 по 31.12.2024.", [1, 2024, 31, 12], "assessed period")
    g.skip("Вік отримувачів – від 62 до 97 років.", [62, 97], "ages")
    g.skip("середня кількість отримувачів на одного соціального робітника – 8,6", [8.6], "ratio")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», до 60 % – «незадовільно»", [80, 100, 60, 79.9], "band definitions")
    g.skip("Таблиця 1. Результати оцінки за критеріями якості", [1], "table number")
    g.skip("до 01.06.2025", [1, 6, 2025], "deadline")
    g.skip("Забезпечити проходження навчання 17 соціальними робітниками, які не навчалися у 2024 році (до 31.12.2025).", [17, 2024, 31, 12, 2025], "recommendation: a plan (17 used as a literal in a check)")
    g.skip("Наступну внутрішню оцінку провести у IV кварталі 2025 року.", [2025], "plan")
    g.skip("1. Загальні відомості про надання послуги", [1, 2, 3, 4], "section and recommendation numbers")
    g.note("«всіх їх взято на обслуговування» repeats the 53 assessed persons without a numeral → no separate fact")
    g.note("«припинено надання послуги» → support_completed (alt deregistered), reasons as outcome_other (alt deregistered) with labels, as in blind18")
    g.note("criterion shares are `share` with `criterion` (alt satisfaction); each table row gives a share fact and a rating fact with the same quote")
    g.note("the reader prints the space-aligned table with single spaces; quotes follow the read text; 94,0 is stored as 94")
    g.note("the 100 % started-on-time share is given criterion timeliness (it is the quantitative indicator of that criterion)")
    g.note("«84 отримувачі послуги (31,3 % від загальної кількості отримувачів)» → survey_respondents with percent; 84/268 = 31,3 %")
    g.write()


if __name__ == "__main__":
    build()
    gold()
