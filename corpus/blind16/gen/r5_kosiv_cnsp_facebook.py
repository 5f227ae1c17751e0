"""b16_05: КУ «ЦНСП» Косівської міської ради, a Facebook post «2024-й у цифрах» copied as text, UTF-8.

Less common style: social-media post with emoji bullets, hashtags, reactions and comments.
Planted slip: percents_sum, topics of appeals 41 + 23 + 18 + 12 + 9 = 103 % (with «інше», so a partition).
"""
from common import Gold, write_text, report_path

NAME = "b16_05_kosiv_cnsp_facebook2024.txt"

TEXT = """КУ «Центр надання соціальних послуг» Косівської міської ради
14 січня 2025 р. · 🌍

📊 2024-й у цифрах: що ми зробили РАЗОМ 💙💛

Дорогі друзі, колеги, партнери! Рік був непростим, але наша команда – 27 працівників – ні на день не зупиняла роботу. Ділимося головними результатами 👇

💬 Звернулися по допомогу – 1 870 людей
🏠 Догляд вдома – 164 підопічних, до яких щодня приходили наші соцробітники (а це понад 31 тис. годин догляду!)
☀️ Денний догляд – 38 осіб з інвалідністю відвідували відділення денного догляду
🚐 Соціальне таксі – 412 поїздок для 97 людей
🧠 Психологи провели 1 126 консультацій
🆘 Кризове втручання – 12 випадків
👨‍👩‍👧 Під соціальним супроводом – 29 родин, у них 63 дитини. ✅ У 18 родинах складні життєві обставини подолано!
👶 Супроводжуємо 5 родин (4 прийомні сім’ї та 1 дитячий будинок сімейного типу), де зростають 17 дітей
📦 Гуманітарна допомога: 1 015 родин отримали 2 340 наборів (продукти, гігієна, побутова хімія)
📞 Гаряча лінія – 506 дзвінків
🎨 43 заходи для дітей і дорослих (майстер-класи, арттерапія, «Різдвяна казка») – понад 900 учасників
👩‍🏫 14 працівників підвищили кваліфікацію

📌 З чим найчастіше зверталися люди:
▪️ соціальні виплати та пільги – 41 %
▪️ оформлення документів – 23 %
▪️ житлові питання – 18 %
▪️ психологічна підтримка – 12 %
▪️ інше – 9 %

🙏 Щиро дякуємо партнерам – БФ «Гірська надія» та міжнародним організаціям – за підтримку: завдяки їм центр отримав обладнання на 1,2 млн грн 🤝

🗓 У 2025-му плануємо відкрити відділення денного догляду для дітей з інвалідністю на 15 місць і запустити мобільну бригаду для віддалених сіл 🏔

📍 м. Косів, вул. Незалежності, 31 | 📞 (03478) 0-23-15 | 🕗 пн–пт 8:00–17:00

#ЦНСП_Косів #Косівська_громада #соціальні_послуги #підсумки2024 #разом_сильніші

👍❤️ Ви та ще 213 осіб
18 коментарів · 9 поширень
Подобається   Коментувати   Поширити

Найрелевантніші ▾

Оксана М.
Дякую вам за маму! Вже 3 роки з вами 🙏❤️
1 тиж.   Подобається   Відповісти   4

Василь Т.
А скільки коштує соцтаксі? Мені до лікарні 40 км
1 тиж.   Подобається   Відповісти

    КУ «Центр надання соціальних послуг» Косівської міської ради
    Пане Василю, для осіб з інвалідністю I групи – безоплатно, для інших – 12 грн/км. Телефонуйте!
    1 тиж.   Подобається   Відповісти   2

Переглянути ще 15 коментарів
"""


def build():
    write_text(report_path(NAME), TEXT, encoding="utf-8", newline="\n")


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Косівської міської ради",
        "centre_type": "cnsp", "settlement": "Косів",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-14",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Косівської міської ради",
                   "КУ «Центр надання соціальних послуг» Косівської міської ради"],
        "report_kind": ["other"]})
    f = g.f
    SS, FO = "social_support_sjo", "social_support_foster"
    st = f("staff_actual", "staff", 27, "наша команда – 27 працівників")
    f("applied", "persons", 1870, "Звернулися по допомогу – 1 870 людей")
    f("served", "persons", 164, "Догляд вдома – 164 підопічних", service="home_care")
    f("served", "persons", 38, "Денний догляд – 38 осіб з інвалідністю", service="day_care", category="особи з інвалідністю")
    f("served", "persons", 97, "Соціальне таксі – 412 поїздок для 97 людей", service="social_taxi")
    f("services_provided", "services", 1126, "Психологи провели 1 126 консультацій", service="counselling",
      note="consultations counted as acts of the counselling service")
    f("services_provided", "services", 12, "Кризове втручання – 12 випадків", service="crisis_intervention")
    fam = f("served", "families", 29, "Під соціальним супроводом – 29 родин", service=SS, alt=["support_ongoing"])
    ch = f("served", "children", 63, "у них 63 дитини", service=SS, alt=["support_ongoing"], parent=fam)
    op = f("outcome_positive", "families", 18, "У 18 родинах складні життєві обставини подолано", service=SS, parent=fam)
    fo = f("served", "families", 5, "Супроводжуємо 5 родин", service=FO)
    f1 = f("served", "families", 4, "4 прийомні сім’ї", service=FO, category="прийомні сім'ї", group="foster_5_by_kind", parent=fo)
    f2 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service=FO, category="дитячі будинки сімейного типу",
           group="foster_5_by_kind", parent=fo)
    f("served", "children", 17, "де зростають 17 дітей", service=FO, parent=fo)
    f("served", "families", 1015, "Гуманітарна допомога: 1 015 родин отримали 2 340 наборів", service="natural_aid",
      label="гуманітарна допомога (продукти, гігієна, побутова хімія)")
    f("calls", "calls", 506, "Гаряча лінія – 506 дзвінків", label="гаряча лінія")
    f("events", "events", 43, "43 заходи для дітей і дорослих")
    f("event_participants", "persons", 900, "понад 900 учасників", note="«понад 900» is 900")
    tr = f("staff_trained", "staff", 14, "14 працівників підвищили кваліфікацію")
    topics = [("соціальні виплати та пільги", 41), ("оформлення документів", 23), ("житлові питання", 18),
              ("психологічна підтримка", 12), ("інше", 9)]
    sh = [f("share", "percent", v, f"{t} – {v} %", label=f"частка звернень: {t}", group="appeals_by_topic")
          for t, v in topics]

    g.slip("percents_sum", "error", "З чим найчастіше зверталися люди:\n▪️ соціальні виплати та пільги – 41 %\n"
           "▪️ оформлення документів – 23 %\n▪️ житлові питання – 18 %\n▪️ психологічна підтримка – 12 %\n"
           "▪️ інше – 9 %", 103, 100, sh,
           f"pcts_ok([{', '.join(sh)}], 0)",
           "topics of appeals 41 + 23 + 18 + 12 + 9 = 103 %; the list ends with «інше», so it is meant as a partition "
           "of all appeals; whole percents of five parts can miss 100 by at most 2,5")
    g.check("parts_sum", "Супроводжуємо 5 родин", f"{f1} + {f2} == {fo}", "4 foster families + 1 ДБСТ = 5")
    g.check("parts_sum", "У 18 родинах складні життєві обставини подолано", f"{op} <= {fam} and {tr} <= {st}",
            "18 overcome ≤ 29 under support; 14 trained ≤ 27 staff")

    g.skip("14 січня 2025 р.", [14, 2025], "date of the post (published)")
    g.skip("📊 2024-й у цифрах", [2024], "year in the title")
    g.skip("(а це понад 31 тис. годин догляду!)", [31000], "hours of care; no §3 id")
    g.skip("412 поїздок", [412], "trips of the social taxi; no §3 id (the 97 people are the fact)")
    g.skip("2 340 наборів", [2340], "items (sets) handed out; no §3 unit")
    g.skip("центр отримав обладнання на 1,2 млн грн", [1200000],
           "value of equipment the centre received from partners; not aid to recipients nor a budget row")
    g.skip("У 2025-му плануємо відкрити відділення денного догляду для дітей з інвалідністю на 15 місць",
           [2025, 15], "plan for next year, capacity")
    g.skip("📍 м. Косів, вул. Незалежності, 31 | 📞 (03478) 0-23-15 | 🕗 пн–пт 8:00–17:00",
           [31, 3478, 8, 17], "address, phone, office hours")
    g.skip("#підсумки2024", [2024], "hashtag")
    g.skip("👍❤️ Ви та ще 213 осіб\n18 коментарів · 9 поширень", [213, 18, 9], "reactions, comments, shares")
    g.skip("Дякую вам за маму! Вже 3 роки з вами 🙏❤️", [3], "comment: duration")
    g.skip("1 тиж. Подобається Відповісти 4", [1, 4], "comment age and likes")
    g.skip("Мені до лікарні 40 км", [40], "comment: distance")
    g.skip("для осіб з інвалідністю I групи – безоплатно, для інших – 12 грн/км", [1, 12], "disability group, tariff per km")
    g.skip("Переглянути ще 15 коментарів", [15], "comment counter")

    g.note("a Facebook post copied as text: the period is 2024 («2024-й у цифрах»), published 14.01.2025 as dated on the post")
    g.note("oblast is not stated anywhere in the text (Косів is in Івано-Франківська) → omitted from meta")
    g.note("«164 підопічних» → persons; «97 людей» → persons; «1 015 родин» → families (natural_aid, humanitarian sets)")
    g.note("«Під соціальним супроводом – 29 родин» → served (alt support_ongoing), social_support_sjo")
    g.note("the topic percentages are standalone shares of appeals (share, group appeals_by_topic), no counts written")
    g.note("«понад 900 учасників» is 900")
    g.write()


if __name__ == "__main__":
    build()
    gold()
