"""b15_05: КУ «ЦНСП» Новоукраїнської міської ради (Кіровоградська), results of 2024 as a
presentation turned into text: one block per slide, short lines, headings, figures on
their own lines, a slide comparing 2023 and 2024 (only 2024 counts), a pie chart of the
structure of services in %, slide counters «3 / 10». Plain text, UTF-8.
Planted: percents_sum (the pie chart's shares add up to 108 %).
"""
from common import Gold, report_path, write_text

DOC = "b15_05_novoukrainka_cnsp_slides2024.txt"
CENTRE = "Комунальна установа «Центр надання соціальних послуг» Новоукраїнської міської ради"

PIE = [("home_care", "догляд вдома", 62), ("day_care", "денний догляд", 19),
       (None, "консультування та інформування", 17), ("natural_aid", "натуральна допомога", 6),
       (None, "інші послуги", 4)]
assert sum(p for _, _, p in PIE) == 108

SLIDES = [
    """КОМУНАЛЬНА УСТАНОВА
«ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»
НОВОУКРАЇНСЬКОЇ МІСЬКОЇ РАДИ
Кіровоградська область

ПІДСУМКИ РОБОТИ ЗА 2024 РІК

м. Новоукраїнка
лютий 2025""",
    """ХТО МИ

4 відділення
61 штатна посада
57 працівників
з них 31 соціальний робітник

Обслуговуємо 46 населених пунктів громади""",
    """ОТРИМУВАЧІ ПОСЛУГ У 2024 РОЦІ

1 946
осіб отримали соціальні послуги

з них:
• внутрішньо переміщені особи — 412
• особи з інвалідністю — 386
• діти — 298""",
    """ПОРІВНЯННЯ З ПОПЕРЕДНІМ РОКОМ

Показник | 2023 | 2024 | Динаміка
Отримувачі послуг, осіб | 1 702 | 1 946 | +14,3 %
Надано послуг | 48 115 | 53 904 | +12,0 %
Догляд вдома, осіб | 238 | 251 | +5,5 %
Дзвінки на «гарячу лінію» | 1 015 | 1 180 | +16,3 %""",
    """СТРУКТУРА НАДАНИХ ПОСЛУГ
(діаграма, % від загальної кількості)

Усього надано
53 904 послуги

""" + "\n".join(f"{n} — {p} %" for _, n, p in PIE),
    """ДОГЛЯД ВДОМА

251
особа отримувала послугу догляду вдома

31 соціальний робітник
у середньому 8 підопічних на одного соціального робітника

42 нові заяви
40 осіб взято на обслуговування""",
    """ДЕННИЙ ДОГЛЯД

88
відвідувачів відділення денного перебування

126
групових занять, тренінгів і майстер-класів

Заняття тривають з 9:00 до 13:00""",
    """СОЦІАЛЬНА РОБОТА З СІМ'ЯМИ

Повідомлення про сім'ї у СЖО — 143
Оцінку потреб проведено — 137 сім'ям
Під соціальним супроводом — 49 сімей (88 дітей)
Завершено супровід — 31 сім'ї
з них СЖО подолано — 24 сім'ї""",
    """ФІНАНСУВАННЯ 2024

Кошторис (загальний фонд)
21,4 млн грн

Використано
21,1 млн грн (98,6 %)

Надійшло від платних послуг
0,9 млн грн""",
    """ПЛАНИ НА 2025 РІК

• відкрити відділення підтриманого проживання на 12 місць
• запровадити паліативний догляд для 20 осіб
• залучити 2,5 млн грн грантових коштів

ДЯКУЄМО ЗА УВАГУ!
тел. (05251) 0-33-17
cnsp.novoukrainka@example.ua""",
]


def build():
    n = len(SLIDES)
    parts = []
    for i, s in enumerate(SLIDES, 1):
        parts.append(f"--- Слайд {i} ---\n\n{s}\n\n{i} / {n}\n")
    write_text(report_path(DOC), "\n".join(parts))


def gold():
    g = Gold(DOC, {
        "centre": CENTRE, "centre_type": "cnsp", "settlement": "Новоукраїнка", "oblast": "Кіровоградська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"report_kind": ["other"],
                 "centre": ["Центр надання соціальних послуг Новоукраїнської міської ради"]})
    f = g.f
    pos = f("staff_positions", "positions", 61, "61 штатна посада")
    act = f("staff_actual", "staff", 57, "57 працівників")
    f("staff_actual", "staff", 31, "з них 31 соціальний робітник", label="соціальні робітники", parent=act)
    tot = f("served", "persons", 1946, "1 946\nосіб отримали соціальні послуги")
    f("served", "persons", 412, "внутрішньо переміщені особи — 412", category="внутрішньо переміщені особи",
      parent=tot)
    f("served", "persons", 386, "особи з інвалідністю — 386", category="особи з інвалідністю", parent=tot)
    f("served", "children", 298, "діти — 298", category="діти", parent=tot)
    f("served", "persons", 1946, "Отримувачі послуг, осіб\t1 702\t1 946\t+14,3 %", label="Отримувачі послуг")
    f("services_provided", "services", 53904, "Надано послуг\t48 115\t53 904\t+12,0 %", label="Надано послуг")
    f("served", "persons", 251, "Догляд вдома, осіб\t238\t251\t+5,5 %", service="home_care")
    f("calls", "calls", 1180, "Дзвінки на «гарячу лінію»\t1 015\t1 180\t+16,3 %", label="гаряча лінія")
    sp = f("services_provided", "services", 53904, "Усього надано\n53 904 послуги")
    shares = []
    for sid, name, p in PIE:
        shares.append(f("share", "percent", p, f"{name} — {p} %", service=sid,
                        label=f"частка послуг «{name}» у загальній кількості наданих послуг",
                        group="services_structure_pie", parent=sp))
    f("served", "persons", 251, "251\nособа отримувала послугу догляду вдома", service="home_care")
    f("staff_actual", "staff", 31, "31 соціальний робітник\nу середньому", service="home_care",
      label="соціальні робітники")
    app = f("applied", "applications", 42, "42 нові заяви", service="home_care")
    took = f("served", "persons", 40, "40 осіб взято на обслуговування", service="home_care",
             label="взято на обслуговування", alt=["registered_new", "support_started"], parent=app)
    f("served", "persons", 88, "88\nвідвідувачів відділення денного перебування", service="day_care")
    f("events", "events", 126, "126\nгрупових занять", service="day_care")
    no = f("notified", "families", 143, "Повідомлення про сім'ї у СЖО — 143")
    na = f("needs_assessed", "families", 137, "Оцінку потреб проведено — 137 сім'ям", parent=no)
    sup = f("served", "families", 49, "Під соціальним супроводом — 49 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
    f("served", "children", 88, "49 сімей (88 дітей)", service="social_support_sjo", alt=["support_ongoing"],
      parent=sup)
    comp = f("support_completed", "families", 31, "Завершено супровід — 31 сім'ї", service="social_support_sjo")
    ok = f("outcome_positive", "families", 24, "з них СЖО подолано — 24 сім'ї", service="social_support_sjo",
           parent=comp)
    ba = f("budget_approved", "uah", 21400000, "Кошторис (загальний фонд)\n21,4 млн грн", label="загальний фонд")
    bs = f("budget_spent", "uah", 21100000, "21,1 млн грн (98,6 %)", percent=98.6, label="загальний фонд")
    f("budget_received", "uah", 900000, "Надійшло від платних послуг\n0,9 млн грн", label="платні послуги")

    g.slip("percents_sum", "error", "догляд вдома — 62 %", 108, 100, shares,
           "shares of the pie chart «структура наданих послуг»: 62 + 19 + 17 + 6 + 4 = 108 %, 8 points "
           "over 100 with whole-percent rounding (at most ±2,5 for five shares). One label is wrong "
           "(денний догляд 19 % would have to be 11 %).",
           {"kind": "pct_sum", "percents": shares, "decimals": 0})
    g.check("parts_sum", "40 осіб взято на обслуговування", "40 taken on ≤ 42 applications",
            {"kind": "le", "a": took, "b": app})
    g.check("parts_sum", "Оцінку потреб проведено — 137 сім'ям", "137 assessed ≤ 143 notified",
            {"kind": "le", "a": na, "b": no})
    g.check("parts_sum", "з них СЖО подолано — 24 сім'ї", "24 ≤ 31 completed ≤ 49 under support",
            {"kind": "le", "a": ok, "b": comp})
    g.check("parts_sum", "57 працівників", "57 staff ≤ 61 positions", {"kind": "le", "a": act, "b": pos})
    g.check("percent_mismatch", "21,1 млн грн (98,6 %)", "21,1 / 21,4 = 98.60 % → 98,6",
            {"kind": "pct", "k": bs, "n": ba, "p": f"{bs}.percent", "decimals": 1})

    g.skip("--- Слайд 1 ---", list(range(1, 11)), "slide numbers (also «1 / 10» … «10 / 10» counters)")
    g.skip("1 / 10", [1, 10], "slide counter")
    g.skip("4 відділення", [4], "number of units")
    g.skip("Обслуговуємо 46 населених пунктів громади", [46], "number of settlements")
    g.skip("Показник\t2023\t2024\tДинаміка", [2023, 2024], "column years of the comparison slide")
    g.skip("Отримувачі послуг, осіб\t1 702", [1702, 48115, 238, 1015], "2023 column (prior year)")
    g.skip("+14,3 %", [14.3, 12.0, 5.5, 16.3], "year-on-year growth; not a share of a whole")
    g.skip("у середньому 8 підопічних на одного соціального робітника", [8], "ratio")
    g.skip("Заняття тривають з 9:00 до 13:00", [9, 13], "opening hours")
    g.skip("на 12 місць", [12], "plan (capacity)")
    g.skip("паліативний догляд для 20 осіб", [20], "plan")
    g.skip("залучити 2,5 млн грн грантових коштів", [2500000], "plan")
    g.skip("тел. (05251) 0-33-17", [5251, 3317], "phone")

    g.note("slides: a figure on its own line with its caption on the next line; quotes keep the line break")
    g.note("the comparison slide: only the 2024 column are facts; 1 946 (slide 3 and slide 4), 53 904 "
           "(slides 4 and 5) and 251 (slides 4 and 6) are each written twice: two facts each")
    g.note("overlapping categories of slide 3 (ВПО, особи з інвалідністю, діти) hang on 1 946 with "
           "parent_id and no group; діти → unit children")
    g.note("pie shares → share (percent) with a label and group; «консультування та інформування» and "
           "«інші послуги» carry no single service id")
    g.note("«31 соціальний робітник» appears on slide 2 (staff of the centre, a part of 57) and on slide "
           "6 (home care): two facts")
    g.note("«42 нові заяви / 40 осіб взято на обслуговування» on the home-care slide → applied "
           "(applications) and served (alt registered_new, support_started) with service home_care")
    g.note("meta: a presentation of the year's results → annual_report (meta_alt other)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
