"""b27_05: ЦСС Деражнянської міської ради (Хмельницька). NEW STYLE: an information bulletin / digest
(інформаційний бюлетень, випуск № 10) for October 2026, UTF-8 HTML: short items by departments,
a «цифра місяця» box, an events calendar with dates and times, a «корисні контакти» block."""
from common import Gold, report_path, write_text

NAME = "b27_05_derazhnia_css_bulletin2026.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head><meta charset="utf-8"><title>Бюлетень «Поруч» № 10</title></head>
<body>
<h1>Інформаційний бюлетень «Поруч»</h1>
<p class="sub">Центр соціальних служб Деражнянської міської ради Хмельницької області · Випуск № 10 (46) · жовтень 2026 · вийшов 05.11.2026</p>

<h2>Слово директора</h2>
<p>Жовтень був насиченим: до Центру звернулися 143 мешканці громади, а соціальні послуги отримали 129 сімей/осіб. Дякуємо всім, хто був поруч!</p>

<div class="box"><h3>Цифра місяця</h3><p><b>52</b> – стільки консультацій надали наші фахівці у жовтні (у вересні – 47).</p></div>

<h2>Відділ соціальної роботи з сім'ями</h2>
<p>Оцінку потреб проведено 17 сім'ям. Цього місяця фахівці відділу взяли під соціальний супровід 4 сім'ї, в яких виховується 9 дітей. Загалом супровід отримують 31 сім'я. Двом родинам супровід завершено, і обидві подолали складні життєві обставини.</p>

<h2>Сектор кризового втручання</h2>
<p>Послугу екстреного (кризового) втручання надано 6 особам, з них 5 – жінкам, які постраждали від домашнього насильства. Мобільна бригада здійснила 11 виїздів до сіл громади.</p>
<p>На телефон довіри надійшло 37 дзвінків, 12 з них – у нічний час.</p>

<h2>Сімейні форми виховання</h2>
<p>Центр супроводжує 5 прийомних сімей і 2 дитячі будинки сімейного типу – разом 7 сімей, у яких зростає 26 дітей. У жовтні навчання за програмою підготовки прийомних батьків пройшли 3 кандидати.</p>

<h2>Групова робота</h2>
<p>Проведено 8 групових заходів (1 тренінг «Батьківство в радість», 3 зустрічі клубу «Ветеранська родина», 4 заняття для підлітків), учасниками стали 117 осіб.</p>

<h2>Партнери допомагають</h2>
<p>Завдяки благодійному фонду 23 родини ВПО отримали продуктові набори (по 12 кг кожен).</p>

<h2>Наша команда</h2>
<p>Двоє фахівців із соціальної роботи пройшли онлайн-курс «Кейс-менеджмент у громаді» (30 годин). Скарг на роботу Центру в жовтні не надходило.</p>

<h2>Календар подій (листопад 2026)</h2>
<table>
<tr><th>Дата</th><th>Час</th><th>Подія</th></tr>
<tr><td>04.11.2026</td><td>10:00</td><td>Зустріч клубу «Ветеранська родина» (вул. Миру, 12, зала № 2)</td></tr>
<tr><td>12.11.2026</td><td>14:30</td><td>Тренінг для прийомних батьків (6 годин)</td></tr>
<tr><td>20.11.2026</td><td>11:00</td><td>День відкритих дверей до Всесвітнього дня дитини</td></tr>
<tr><td>25.11.2026</td><td>15:00</td><td>Старт кампанії «16 днів проти насильства»</td></tr>
</table>

<h2>Корисні контакти</h2>
<ul>
<li>Центр соціальних служб: (03856) 0-23-17, css.derazhnia@example.ua</li>
<li>Телефон довіри (цілодобово): (03856) 0-23-18</li>
<li>Служба у справах дітей: (03856) 0-21-40</li>
<li>Поліція: 102</li>
<li>Адреса: 32200, м. Деражня, вул. Миру, 12, каб. 5; прийом пн–пт 8:00–17:00</li>
</ul>
<p class="small">Бюлетень виходить щомісяця. Наклад 150 примірників.</p>
</body></html>
"""


def build():
    write_text(report_path(NAME), HTML)


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Деражнянської міської ради", "centre_type": "css",
        "settlement": "Деражня", "oblast": "Хмельницька", "report_kind": "other",
        "period_start": "2026-10-01", "period_end": "2026-10-31", "published": "2026-11-05"},
        {"report_kind": ["period_report"],
         "centre": ["Центр соціальних служб Деражнянської міської ради Хмельницької області"]})
    f = g.f
    ap = f("applied", "persons", 143, "до Центру звернулися 143 мешканці громади")
    sv = f("served", "families_persons", 129, "соціальні послуги отримали 129 сімей/осіб")
    f("services_provided", "services", 52, "52 – стільки консультацій надали наші фахівці у жовтні",
      service="counselling", note="«цифра місяця» box; the reader prints the bold 52 inline")
    f("needs_assessed", "families", 17, "Оцінку потреб проведено 17 сім'ям.")
    st = f("support_started", "families", 4, "взяли під соціальний супровід 4 сім'ї", service="social_support_sjo")
    f("support_started", "children", 9, "в яких виховується 9 дітей", service="social_support_sjo", parent=st)
    so = f("served", "families", 31, "Загалом супровід отримують 31 сім'я", service="social_support_sjo",
           alt=["support_ongoing"])
    cp = f("support_completed", "families", 2, "Двом родинам супровід завершено", service="social_support_sjo",
           parent=so, note="written in words: «Двом»")
    op = f("outcome_positive", "families", 2, "обидві подолали складні життєві обставини",
           service="social_support_sjo", parent=cp, note="written in words: «обидві» = both of the 2")
    ci = f("served", "persons", 6, "Послугу екстреного (кризового) втручання надано 6 особам",
           service="crisis_intervention")
    f("served", "persons", 5, "з них 5 – жінкам, які постраждали від домашнього насильства",
      service="crisis_intervention", category="жінки, які постраждали від домашнього насильства", parent=ci)
    ca = f("calls", "calls", 37, "На телефон довіри надійшло 37 дзвінків")
    f("calls", "calls", 12, "12 з них – у нічний час", label="у нічний час", parent=ca)
    fot = f("served", "families", 7, "разом 7 сімей", service="social_support_foster", alt=["support_ongoing"])
    fo1 = f("served", "families", 5, "Центр супроводжує 5 прийомних сімей", service="social_support_foster",
            category="прийомні сім'ї", alt=["support_ongoing"], parent=fot, group="foster_7")
    fo2 = f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
            category="дитячі будинки сімейного типу", alt=["support_ongoing"], parent=fot, group="foster_7")
    f("served", "children", 26, "у яких зростає 26 дітей", service="social_support_foster",
      alt=["support_ongoing"], parent=fot)
    f("event_participants", "persons", 3, "пройшли 3 кандидати", category="кандидати у прийомні батьки",
      label="навчання за програмою підготовки прийомних батьків")
    ev = f("events", "events", 8, "Проведено 8 групових заходів")
    e1 = f("events", "events", 1, "1 тренінг «Батьківство в радість»", label="тренінг", parent=ev, group="events_8")
    e2 = f("events", "events", 3, "3 зустрічі клубу «Ветеранська родина»", label="зустрічі клубу", parent=ev,
           group="events_8")
    e3 = f("events", "events", 4, "4 заняття для підлітків", label="заняття для підлітків", parent=ev,
           group="events_8")
    f("event_participants", "persons", 117, "учасниками стали 117 осіб", parent=ev)
    f("served", "families", 23, "23 родини ВПО отримали продуктові набори", service="natural_aid",
      category="внутрішньо переміщені особи")
    f("staff_trained", "staff", 2, "Двоє фахівців із соціальної роботи пройшли онлайн-курс",
      note="written in words: «Двоє»")
    f("complaints", "complaints", 0, "Скарг на роботу Центру в жовтні не надходило.")
    g.check("parts_sum", "Центр супроводжує 5 прийомних сімей і 2 дитячі будинки сімейного типу – разом 7 сімей",
            "5 + 2 = 7", f"{fo1} + {fo2} == {fot}")
    g.check("parts_sum", "Проведено 8 групових заходів (1 тренінг", "1 + 3 + 4 = 8", f"{e1} + {e2} + {e3} == {ev}")
    g.check("parts_sum", "Двом родинам супровід завершено, і обидві", "2 positive of 2 completed ≤ 31; 4 taken ≤ 31",
            f"{op} <= {cp} <= {so} and {st} <= {so}")
    g.check("parts_sum", "надано 6 особам, з них 5", "5 ≤ 6; 12 ≤ 37; 129 served ≤ 143 applied",
            f"f11 <= {ci} and f13 <= {ca} and {sv} <= {ap}")
    g.skip("Випуск № 10 (46) · жовтень 2026 · вийшов 05.11.2026", [10, 46, 2026, 5, 11, 2026],
           "issue numbers, month, publication date")
    g.skip("(у вересні – 47)", [47], "previous month's figure")
    g.skip("Мобільна бригада здійснила 11 виїздів", [11], "trips (no §3 id)")
    g.skip("(по 12 кг кожен)", [12], "weight of items")
    g.skip("«Кейс-менеджмент у громаді» (30 годин)", [30], "duration")
    g.skip("Календар подій (листопад 2026)", [2026], "next month's calendar")
    g.skip("04.11.2026\t10:00\tЗустріч клубу «Ветеранська родина» (вул. Миру, 12, зала № 2)",
           [4, 11, 2026, 10, 0, 12, 2], "calendar date, time, address, room")
    g.skip("12.11.2026\t14:30\tТренінг для прийомних батьків (6 годин)", [12, 11, 2026, 14, 30, 6],
           "calendar date, time, duration")
    g.skip("20.11.2026\t11:00", [20, 11, 2026, 11, 0], "calendar date, time")
    g.skip("25.11.2026\t15:00\tСтарт кампанії «16 днів проти насильства»", [25, 11, 2026, 15, 0, 16],
           "calendar date, time, campaign name")
    g.skip("Центр соціальних служб: (03856) 0-23-17", [3856, 2317], "phone")
    g.skip("Телефон довіри (цілодобово): (03856) 0-23-18", [3856, 2318], "phone")
    g.skip("Служба у справах дітей: (03856) 0-21-40", [3856, 2140], "phone")
    g.skip("Поліція: 102", [102], "emergency number")
    g.skip("Адреса: 32200, м. Деражня, вул. Миру, 12, каб. 5; прийом пн–пт 8:00–17:00", [32200, 12, 5, 8, 0, 17, 0],
           "postcode, address, room, office hours")
    g.skip("Наклад 150 примірників.", [150], "print run")
    g.note("new style: a monthly bulletin; figures for October 2026 are facts, the November calendar and contacts are not")
    g.note("numbers in words are facts: «Двом родинам» (2 completed), «обидві» (2 positive), «Двоє фахівців» (2 trained)")
    g.note("«взяли під соціальний супровід 4 сім'ї» and «Загалом супровід отримують 31 сім'я» — 4 has no parent link in the text")
    g.note("the foster total «разом 7 сімей» is a fact of its own (listed before its parts), its 26 children hang on it; "
           "5 and 2 are its parts (group foster_7)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
