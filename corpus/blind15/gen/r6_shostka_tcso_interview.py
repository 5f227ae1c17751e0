"""b15_06: ТЦСО Шосткинської міської ради (Сумська): an interview with the director (unnamed)
about 2024 on a local news site. HTML in UTF-8 with site header, menu, a «popular» sidebar,
comments and footer. Questions and answers; many figures in words and with «понад»,
«близько», «майже».
Planted: internal_conflict (home care at the end of the year: 412 in one answer, 421 in another).
"""
from common import Gold, report_path, write_text

DOC = "b15_06_shostka_tcso_interview2024.html"
CENTRE = ("Територіальний центр соціального обслуговування (надання соціальних послуг) "
          "Шосткинської міської ради")

QA = [
    ("Почнемо з головного: скільки людей торік отримували послуги центру?",
     "Загалом у 2024 році наші послуги отримали понад дві тисячі чотириста мешканців громади. Це на "
     "третину більше, ніж три роки тому. Багато хто з них – переселенці: внутрішньо переміщених осіб "
     "серед наших отримувачів близько шестисот. А всього за рік ми надали понад 60 тисяч послуг – "
     "від покупки ліків до прибирання й супроводу до лікаря."),
    ("Яка послуга найпотрібніша?",
     "Звісно, догляд вдома. На кінець року вдома ми обслуговували 412 людей – це самотні літні люди, "
     "люди з інвалідністю, лежачі хворі. Лежачих, до речі, сорок сім. Середній вік наших підопічних – "
     "78 років, а найстаршій підопічній минулого місяця виповнилося 97."),
    ("Скільки соціальних робітників це забезпечує?",
     "Зараз у нас 38 соціальних робітників. Штат центру – 64 посади, фактично працює 59 людей. "
     "Вакансії є, передусім у селах: туди важко знайти людину на зарплату близько дев’яти тисяч "
     "гривень."),
    ("Як змінилося навантаження?",
     "Воно велике: на кожного соціального робітника припадає в середньому одинадцять підопічних, а "
     "деякі обслуговують і по чотирнадцять. На кінець року вдома обслуговувалася 421 особа, і ще "
     "23 заяви чекають на розгляд."),
    ("А нових підопічних багато?",
     "За рік надійшло сорок дві заяви на догляд вдома, на обслуговування ми взяли тридцять дев’ять "
     "осіб. Решті допомогли інакше – через інші послуги."),
    ("Відділення денного перебування працює?",
     "Так, торік його відвідували майже 150 людей. У нас гуртки, скандинавська ходьба, комп’ютерні "
     "курси – за рік провели понад двісті занять."),
    ("Центр роздавав і гуманітарну допомогу?",
     "Так, разом із благодійними фондами. Продуктові набори та засоби гігієни отримали близько 900 "
     "родин переселенців, загальна вартість допомоги – майже 1,2 мільйона гривень."),
    ("На що скаржаться люди?",
     "Офіційних скарг за рік не було жодної. А «гаряча лінія» центру прийняла понад тисячу дзвінків – "
     "питають про догляд, про допомогу, про документи."),
    ("Ви перевіряєте, чи задоволені люди?",
     "Щороку проводимо анкетування. Цього разу анкети заповнили 132 отримувачі послуг, і 96 відсотків "
     "із них оцінили нашу роботу як добру чи відмінну."),
    ("Що плануєте на 2025 рік?",
     "Хочемо придбати ще один автомобіль для соціального таксі – це приблизно 1,1 мільйона гривень, і "
     "відкрити пункт прокату засобів реабілітації на 40 одиниць. У 2023 році ми обслуговували вдома "
     "387 людей, тож попит тільки росте."),
    ("Куди звертатися тим, хто потребує допомоги?",
     "Приходьте до нас на вулицю Садовий бульвар, 12 або телефонуйте за номером (05449) 0-52-16. "
     "Ми працюємо з понеділка по п’ятницю з 8:00 до 17:00."),
]

HEAD = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>«Наші соціальні робітники щодня йдуть до тих, хто чекає»: директорка теренцентру – про 2024 рік – Шостка Сьогодні</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header class="site-header">
  <a class="brand" href="/">Шостка Сьогодні</a>
  <span class="weather">Шостка −3 °C</span>
  <nav class="main-nav"><a href="/news">Новини</a> <a href="/society">Суспільство</a> <a href="/interview">Інтерв’ю</a> <a href="/ads">Оголошення</a></nav>
</header>
<main>
<article class="post">
<div class="post-meta"><span class="cat">Інтерв’ю</span> · <time datetime="2025-01-17T10:42">17 січня 2025, 10:42</time> · Переглядів: 2164</div>
<h1>«Наші соціальні робітники щодня йдуть до тих, хто чекає»: директорка територіального центру – про 2024 рік</h1>
<p class="lead">Територіальний центр соціального обслуговування (надання соціальних послуг) Шосткинської міської ради Сумської області – одна з найбільших соціальних установ громади. Про те, яким для центру був 2024 рік, скільки людей отримує допомогу і чого бракує, ми поговорили з директоркою установи, яка працює в центрі вже 17 років.</p>
"""

TAIL = """<p class="byline">Розмову записала редакція «Шостка Сьогодні». Фото надані територіальним центром.</p>
</article>
<section class="comments"><h3>Коментарі (3)</h3>
<div class="comment">Ганна, 18.01.2025: Дякуємо соціальним робітникам! Моя мама 5 років під їхнім доглядом.</div>
<div class="comment">Петро, 18.01.2025: А скільки коштує година догляду?</div>
<div class="comment">Редакція: За тарифом 2024 року – 74 грн за годину.</div>
</section>
</main>
<aside class="sidebar"><h3>Популярне</h3>
<ul><li><a href="/n/9812">Графік відключень світла на 18 січня</a></li>
<li><a href="/n/9807">У громаді відкрили 2 нові пункти незламності</a></li>
<li><a href="/n/9799">Курс валют: долар по 42,1 грн</a></li></ul></aside>
<footer class="site-footer">© 2019–2025 «Шостка Сьогодні». Редакція: 41100, м. Шостка; тел. (05449) 0-70-01. Свідоцтво суб’єкта у сфері медіа R40-01234.</footer>
</body>
</html>
"""


def build():
    body = ""
    for q, a in QA:
        body += f"<p><b>– {q}</b></p>\n<p>– {a}</p>\n"
    write_text(report_path(DOC), HEAD + body + TAIL)


def gold():
    g = Gold(DOC, {
        "centre": CENTRE, "centre_type": "tcso", "settlement": "Шостка", "oblast": "Сумська",
        "report_kind": "other", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-01-17",
    }, meta_alt={"report_kind": ["annual_report"]})
    f = g.f
    tot = f("served", "persons", 2400, "наші послуги отримали понад дві тисячі чотириста мешканців громади",
            note="written in words with «понад» (more than): 2 400")
    f("served", "persons", 600, "внутрішньо переміщених осіб серед наших отримувачів близько шестисот",
      category="внутрішньо переміщені особи", parent=tot, note="«близько шестисот» in words: 600")
    f("services_provided", "services", 60000, "ми надали понад 60 тисяч послуг")
    hc1 = f("served", "persons", 412, "На кінець року вдома ми обслуговували 412 людей", service="home_care",
            alt=["support_ongoing"])
    f("served", "persons", 47, "Лежачих, до речі, сорок сім", service="home_care", category="лежачі хворі",
      parent=hc1, note="numeral in words")
    sw = f("staff_actual", "staff", 38, "Зараз у нас 38 соціальних робітників", label="соціальні робітники")
    pos = f("staff_positions", "positions", 64, "Штат центру – 64 посади")
    act = f("staff_actual", "staff", 59, "фактично працює 59 людей")
    hc2 = f("served", "persons", 421, "На кінець року вдома обслуговувалася 421 особа", service="home_care",
            alt=["support_ongoing"])
    app = f("applied", "applications", 42, "За рік надійшло сорок дві заяви на догляд вдома", service="home_care",
            note="numeral in words")
    took = f("served", "persons", 39, "на обслуговування ми взяли тридцять дев'ять осіб", service="home_care",
             label="взято на обслуговування", alt=["registered_new", "support_started"], parent=app,
             note="numeral in words")
    f("served", "persons", 150, "торік його відвідували майже 150 людей", service="day_care",
      note="«майже 150» (almost): 150")
    f("events", "events", 200, "за рік провели понад двісті занять", service="day_care",
      note="«понад двісті» in words: 200")
    f("served", "families", 900, "Продуктові набори та засоби гігієни отримали близько 900 родин переселенців",
      service="natural_aid", category="внутрішньо переміщені особи", note="«близько 900»: 900")
    f("aid_value", "uah", 1200000, "загальна вартість допомоги – майже 1,2 мільйона гривень",
      service="natural_aid")
    f("complaints", "complaints", 0, "Офіційних скарг за рік не було жодної")
    f("calls", "calls", 1000, "«гаряча лінія» центру прийняла понад тисячу дзвінків", label="гаряча лінія",
      note="«понад тисячу» in words: 1 000")
    resp = f("survey_respondents", "recipients", 132, "анкети заповнили 132 отримувачі послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 96, "96 відсотків із них оцінили нашу роботу як добру чи відмінну")

    g.slip("internal_conflict", "error", "На кінець року вдома обслуговувалася 421 особа", 421, 412,
           [hc1, hc2],
           "home care at the end of 2024: «На кінець року вдома ми обслуговували 412 людей» in one answer, "
           "«На кінець року вдома обслуговувалася 421 особа» in another; same indicator, unit, service "
           "and date. Both fit the stated ratio of about 11 per social worker (412/38 = 10.8, 421/38 = 11.1), "
           "so the ratio does not tell which is right.",
           {"kind": "equal", "a": hc1, "b": hc2})
    g.check("parts_sum", "на обслуговування ми взяли тридцять дев'ять осіб", "39 taken on ≤ 42 applications",
            {"kind": "le", "a": took, "b": app})
    g.check("parts_sum", "Зараз у нас 38 соціальних робітників", "38 ≤ 59 staff ≤ 64 positions",
            {"kind": "le", "a": sw, "b": act})
    g.check("percent_impossible", "96 відсотків із них", "127/132 = 96.2 % → 96 is achievable",
            {"kind": "pct", "k": 127, "n": resp, "p": sat, "decimals": 0})

    g.skip("17 січня 2025, 10:42", [17, 2025, 10, 42], "publication date and time (meta published)")
    g.skip("Переглядів: 2164", [2164], "view counter")
    g.skip("яка працює в центрі вже 17 років", [17], "duration (years of service)")
    g.skip("Це на третину більше, ніж три роки тому", [3], "growth as a fraction; other period")
    g.skip("Середній вік наших підопічних – 78 років", [78, 97], "ages (also «виповнилося 97»)")
    g.skip("на зарплату близько дев'яти тисяч гривень", [9000], "salary")
    g.skip("в середньому одинадцять підопічних, а деякі обслуговують і по чотирнадцять", [11, 14], "ratios")
    g.skip("і ще 23 заяви чекають на розгляд", [23],
           "applications pending at a date, not applications received in the period")
    g.skip("це приблизно 1,1 мільйона гривень", [1100000], "plan for 2025 (price of a car)")
    g.skip("пункт прокату засобів реабілітації на 40 одиниць", [40], "plan")
    g.skip("У 2023 році ми обслуговували вдома 387 людей", [2023, 387], "prior-year figure")
    g.skip("Садовий бульвар, 12 або телефонуйте за номером (05449) 0-52-16", [12, 5449, 5216], "address, phone")
    g.skip("з 8:00 до 17:00", [8, 17], "opening hours")

    g.note("an interview is not a report → report_kind other (meta_alt annual_report: it reports the year's "
           "figures)")
    g.note("numbers written in words are facts with their value (сорок дві = 42, тридцять дев'ять = 39, "
           "сорок сім = 47); «понад», «близько», «майже» keep the number written (понад тисячу = 1000)")
    g.note("«внутрішньо переміщених осіб серед наших отримувачів близько шестисот» is a part of the "
           "2 400 (parent_id)")
    g.note("the 900 «родин переселенців» with natural aid → served families, service natural_aid")
    g.note("comments, sidebar and footer are not the report (a tariff of 74 грн, a media registration "
           "number, a phone); `zvitparse read` drops most of that page furniture. None is a fact")
    g.note("the director is not named; the byline names the newsroom only")
    g.write()


if __name__ == "__main__":
    build()
    gold()
