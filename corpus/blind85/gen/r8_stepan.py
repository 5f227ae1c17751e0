"""b85_08: ЦСС Степанської селищної ради (Рівненська), information for 2024 written for the head's report to
the community. UTF-8 text, first person plural, **approximate figures mixed with exact ones**."""
from common import Gold, write_text, report_path

DOC = "b85_08_stepan_css_annual2024.txt"

TEXT = """\
Центр соціальних служб Степанської селищної ради
34540, смт Степань, вул. Соборна, 17, тел. (03655) 0-24-81

ІНФОРМАЦІЯ
про роботу Центру соціальних служб у 2024 році
(до звіту селищного голови перед громадою)

Минулий рік для нашого Центру був непростим. У громаді, де проживає близько 19 тисяч мешканців, сьогодні перебуває на обліку близько восьмисот внутрішньо переміщених осіб, і потреба в соціальних послугах зросла майже вдвічі.

Звернення і виявлення
У 2024 році до Центру звернулося 214 сімей. Ще близько двохсот сімей отримали допомогу під час виїзних прийомів у старостинських округах (їх у громаді 11). Надійшло 63 повідомлення про сім'ї, які можуть перебувати у складних життєвих обставинах, – приблизно вдвічі більше, ніж роком раніше.

На облік сімей, які перебувають у складних життєвих обставинах, поставлено 24 сім'ї, знято з обліку 19. На кінець року на обліку перебуває 47 сімей (на початок року було 42).

Консультування
Фахівці провели понад тисячу консультацій, з них 386 – для внутрішньо переміщених осіб. Кожна консультація триває в середньому 30–40 хвилин, а то й годину.

Соціальний супровід
Протягом року під соціальним супроводом перебувало 38 сімей, у яких виховується майже сотня дітей. Із 21 сім'єю супровід завершено: 15 сімей подолали складні життєві обставини, у 4 сім'ях їх вдалося мінімізувати, а 3 сім'ї вибули за межі громади.
Крім того, у громаді функціонують 2 прийомні сім'ї, у яких виховується 7 дітей; обидві перебувають під нашим супроводом.

Групова робота
Центр організував десятки заходів: тренінги для батьків, групи взаємопідтримки для родин захисників, літню школу для дітей. Лише за літо відбулося 36 занять, у яких взяли участь півтори сотні дітей. Разом із волонтерами ми провели два благодійні ярмарки.

Гуманітарна допомога
Продуктові набори, засоби гігієни, ковдри отримали кількасот родин. Окремо 57 сімей з дітьми отримали дитячі набори на загальну суму близько 170 тис. грн.

Якість послуг
Наприкінці року анкетування пройшли 126 отримувачів послуг. Понад 90 % з них задоволені якістю послуг, майже половина опитаних вперше звернулися до Центру саме у 2024 році. Скарг не було жодної.

Телефон і кадри
На телефон Центру щомісяця надходить кілька десятків дзвінків, за рік – 418. У Центрі працює 7 фахівців при 8 штатних посадах; усі 7 протягом року підвищили кваліфікацію, кожен пройшов понад 40 годин навчання.

Плани
У 2025 році плануємо охопити супроводом не менше 45 сімей і відкрити ще одну прийомну сім'ю.

Директор Центру                                  16.01.2025
"""


def main():
    write_text(report_path(DOC), TEXT)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Степанської селищної ради", "centre_type": "css",
        "settlement": "Степань", "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"report_kind": ["other"]})
    f = g.f
    A = "approximate: a definite quantity is named («близько двохсот»), so it is a fact with that value"
    ap = f("applied", "families", 214, "до Центру звернулося 214 сімей")
    vy = f("served", "families", 200, "Ще близько двохсот сімей отримали допомогу під час виїзних прийомів",
           label="виїзні прийоми у старостинських округах", uncertain=True, note=A)
    no = f("notified", "families", 63, "Надійшло 63 повідомлення про сім'ї")
    rn = f("registered_new", "families", 24, "поставлено 24 сім'ї")
    dr = f("deregistered", "families", 19, "знято з обліку 19")
    rg = f("registered", "families", 47, "На кінець року на обліку перебуває 47 сімей")
    co = f("services_provided", "services", 1000, "Фахівці провели понад тисячу консультацій", service="counselling",
           uncertain=True, note="«понад тисячу» is 1000 (lower bound named)")
    co1 = f("services_provided", "services", 386, "з них 386 – для внутрішньо переміщених осіб", service="counselling",
            category="внутрішньо переміщені особи", parent=co)
    ss = f("served", "families", 38, "під соціальним супроводом перебувало 38 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    f("served", "children", 100, "у яких виховується майже сотня дітей", service="social_support_sjo",
      alt=["support_ongoing"], parent=ss, uncertain=True, note="«майже сотня» is 100 (definite quantity named)")
    sc = f("support_completed", "families", 21, "Із 21 сім'єю супровід завершено", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 15, "15 сімей подолали складні життєві обставини", service="social_support_sjo",
           group="completed_21_by_outcome", parent=sc)
    o2 = f("outcome_minimized", "families", 4, "у 4 сім'ях їх вдалося мінімізувати", service="social_support_sjo",
           group="completed_21_by_outcome", parent=sc)
    o3 = f("outcome_other", "families", 3, "3 сім'ї вибули за межі громади", service="social_support_sjo",
           label="вибули за межі громади", group="completed_21_by_outcome", parent=sc)
    fo = f("served", "families", 2, "у громаді функціонують 2 прийомні сім'ї", service="social_support_foster",
           alt=["support_ongoing"], note="«обидві перебувають під нашим супроводом»: the 2 foster families are served")
    f("served", "children", 7, "у яких виховується 7 дітей", service="social_support_foster", alt=["support_ongoing"],
      parent=fo)
    ev = f("events", "events", 36, "Лише за літо відбулося 36 занять", label="влітку (літня школа)")
    f("event_participants", "children", 150, "у яких взяли участь півтори сотні дітей", parent=ev, uncertain=True,
      note="«півтори сотні» is 150 (definite quantity in words)")
    f("events", "events", 2, "ми провели два благодійні ярмарки", label="благодійні ярмарки",
      note="a number in words that is the figure itself")
    na = f("served", "families", 57, "Окремо 57 сімей з дітьми отримали дитячі набори", service="natural_aid")
    f("aid_value", "uah", 170000, "на загальну суму близько 170 тис. грн", service="natural_aid", parent=na,
      uncertain=True, note=A)
    sv = f("survey_respondents", "recipients", 126, "анкетування пройшли 126 отримувачів послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 90, "Понад 90 % з них задоволені якістю послуг", uncertain=True,
            note="«понад 90 %» is 90 (lower bound named)")
    f("complaints", "complaints", 0, "Скарг не було жодної.")
    c = f("calls", "calls", 418, "за рік – 418")
    sa = f("staff_actual", "staff", 7, "У Центрі працює 7 фахівців")
    sp = f("staff_positions", "positions", 8, "при 8 штатних посадах")
    st = f("staff_trained", "staff", 7, "усі 7 протягом року підвищили кваліфікацію")

    g.slip("parts_sum", "error", "Із 21 сім'єю супровід завершено: 15 сімей подолали", 22, 21, [sc, o1, o2, o3],
           "the three endings (overcome / minimized / moved away) partition the 21 completed, but 15 + 4 + 3 = 22: 1 extra",
           f"{o1} + {o2} + {o3} == {sc}")
    g.check("parts_sum", "(на початок року було 42)", "register flow: 42 + 24 − 19 = 47 (42 is a literal)",
            f"42 + {rn} - {dr} == {rg}")
    g.check("parts_sum", "з них 386 – для внутрішньо переміщених осіб", "386 ≤ 1000", f"{co1} <= {co}")
    g.check("parts_sum", "Із 21 сім'єю супровід завершено", "21 completed ≤ 38 under support", f"{sc} <= {ss}")
    g.check("percent_impossible", "Понад 90 % з них задоволені", "90 % of 126 is reachable (114 of 126 = 90,5 → «понад 90»)",
            f"grim_ok({sat}, {sv}, 0)")
    g.check("parts_sum", "У Центрі працює 7 фахівців при 8 штатних посадах", "7 ≤ 8; 7 trained ≤ 7",
            f"{sa} <= {sp} and {st} <= {sa}")

    g.skip("34540, смт Степань, вул. Соборна, 17, тел. (03655) 0-24-81", [34540, 17, 3655, 2481], "postcode, address, phone")
    g.skip("про роботу Центру соціальних служб у 2024 році", [2024], "year")
    g.skip("проживає близько 19 тисяч мешканців", [19000], "population (approximate)")
    g.skip("перебуває на обліку близько восьмисот внутрішньо переміщених осіб", [800], "IDPs in the hromada: population count")
    g.skip("потреба в соціальних послугах зросла майже вдвічі", [2], "ratio in words")
    g.skip("(їх у громаді 11)", [11], "number of старостинські округи")
    g.skip("приблизно вдвічі більше, ніж роком раніше", [2], "comparison with the prior year (ratio)")
    g.skip("(на початок року було 42)", [42], "start-of-year register (literal in the flow check)")
    g.skip("в середньому 30–40 хвилин, а то й годину", [30, 40, 1], "duration")
    g.skip("Центр організував десятки заходів", [], "vague quantity («десятки»): no definite number, not a fact")
    g.skip("отримали кількасот родин", [], "vague quantity («кількасот»): not a fact")
    g.skip("майже половина опитаних вперше звернулися", [], "fraction in words («майже половина»): not a fact")
    g.skip("саме у 2024 році", [2024], "year")
    g.skip("щомісяця надходить кілька десятків дзвінків", [], "vague monthly quantity: not a fact")
    g.skip("кожен пройшов понад 40 годин навчання", [40], "duration")
    g.skip("У 2025 році плануємо охопити супроводом не менше 45 сімей і відкрити ще одну прийомну сім'ю", [2025, 45, 1], "plan")
    g.skip("16.01.2025", [16, 1, 2025], "date")
    g.skip("обидві перебувають", [], "«обидві» repeats the 2 foster families")
    g.note("RULE for approximate figures: a figure with a definite quantity named, in digits or words, is a fact with "
           "that value, whatever the hedge («понад тисячу» = 1000, «близько двохсот» = 200, «півтори сотні» = 150, "
           "«майже сотня» = 100, «понад 90 %» = 90, «близько 170 тис. грн» = 170000); such facts carry "
           "uncertain: true. Vague quantities with no definite number («десятки», «кілька десятків», «кількасот») and "
           "fractions or ratios in words («майже половина», «вдвічі») are skipped. Approximate population and IDP "
           "counts are skipped as population counts, like exact ones")
    g.note("the exact 214 families (applied) and the approximate 200 families (served at outreach) are different "
           "figures: both facts")
    g.note("oblast is not written in the text (Степань is in Рівненська oblast) → omitted from meta; the signature date "
           "16.01.2025 is not a publication date → no published")
    g.note("report_kind annual_report («Інформація про роботу … у 2024 році»); other accepted (written for the head's "
           "report to the community)")
    g.note("«36 занять … влітку» is a part of the year's events, but the year's total is not given («десятки»): no parent")
    g.write()


if __name__ == "__main__":
    main()
