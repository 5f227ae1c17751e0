"""b22_05: Facebook post «Підсумки 2024 року» of the ЦСС Золотоніської міської ради (Черкаська), saved HTML.

A NEW style: a social-media post. Emojis as bullets, hashtags, chatty figures («понад 9,3 тис.»,
«три дитячі будинки»), a «Нагадаємо, що минулого року…» paragraph with 2023 figures, reactions
and comments, two replies from the centre with figures of their own.
Planted slip: internal_conflict – the post says 68 families were under social support in 2024, the
centre's reply says 66.
"""
from common import Gold, report_path, write_text

DOC = "b22_05_zolotonosha_css_post2024.html"

PAGE = "Центр соціальних служб Золотоніської міської ради"
POST = [
    "📊 ПІДСУМКИ 2024 РОКУ: ЦИФРИ, ЗА ЯКИМИ – ЛЮДИ",
    "",
    "Дорогі жителі Золотоніської громади! 💙💛 Команда Центру соціальних служб Золотоніської міської ради підбиває "
    "підсумки року. Він був непростим, але разом ми зробили чимало. Ділимося головним 👇",
    "",
    "✅ 1 040 звернень опрацювали наші фахівці (особисто, телефоном, через месенджери)",
    "✅ 2 176 сімей та осіб отримали соціальні послуги",
    "✅ понад 9,3 тис. послуг надано загалом – інформування, консультування, супровід, кризове втручання",
    "📌 68 родин були під соціальним супроводом, у них зростає 143 дитини 👧👦 Серед них 12 родин переселенців",
    "📌 41 родину взяли під супровід саме цього року",
    "📌 40 родин завершили супровід: у 29 складні життєві обставини подолано 💪, ще у 6 – мінімізовано, 5 переїхали до інших громад",
    "📌 28 сімей продовжують працювати з нами у 2025-му",
    "👨‍👩‍👧 супроводжуємо 11 прийомних сімей і три дитячі будинки сімейного типу – там виховуються 52 дитини ❤️",
    "📞 гаряча лінія прийняла 486 дзвінків (працює 24/7)",
    "🎓 35 тренінгів, батьківських клубів і зустрічей – понад 600 учасників",
    "🚐 мобільна бригада виїжджала 112 разів у віддалені села громади",
    "🧑‍💼 нас 19 – саме стільки фахівців щодня працює для громади",
    "",
    "Нагадаємо, що минулого року ми допомогли 1 934 сім'ям та особам, а під супроводом було 57 родин. Тобто цьогоріч – на 12,5 % більше людей 📈",
    "",
    "Дякуємо партнерам, волонтерам і кожному, хто був поруч 🙏 2025-й зустрічаємо з новими силами!",
    "",
    "📍 м. Золотоноша, вул. Шевченка, 80 📞 (04737) 0-27-45 (пн–пт 8:00–17:00)",
    "",
    "#ЦСС_Золотоноша #підсумки2024 #соціальні_послуги #разом_сильніші",
]
COMMENTS = [
    ("Оксана М.", "Дякуємо за вашу роботу! А скільки людей отримали гуманітарку? 🙏", "5 дн.", [
        (PAGE, "Оксано, доброго дня! Натуральну допомогу (продуктові та гігієнічні набори) у 2024 році отримали 734 "
               "сім'ї – це понад 1 900 наборів. Звертайтеся, будемо раді допомогти 🙂", "5 дн."),
    ]),
    ("Віктор Л.", "А скільки сімей було під супроводом? Бо в новинах писали інше.", "4 дн.", [
        (PAGE, "Вікторе, у 2024 році під соціальним супроводом було 66 сімей, детальний звіт – на сайті міської ради 📄",
         "4 дн."),
    ]),
    ("Наталія Р.", "Молодці! ❤️ Так тримати", "3 дн.", []),
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def comment_html(name, text, when, replies):
    # saved Facebook pages carry generated class names, not semantic ones
    out = [f'<div role="article" aria-label="Коментар від {esc(name)}" class="x1n2onr6 x1ye3gou">'
           f'<div class="x1y1aw1k xwib8y2"><span class="x3nfvp2"><a class="x1i10hfl" href="#">{esc(name)}</a></span>'
           f'<div class="x1lliihq xjkvuk6" dir="auto">{esc(text)}</div></div>'
           f'<div class="x6s0dn4 x78zum5"><span>{when}</span> <span>Подобається</span> <span>Відповісти</span></div>']
    if replies:
        out.append('<div class="x1a2a7pz x1gslohp">')
        for r in replies:
            out.append(comment_html(r[0], r[1], r[2], []))
        out.append("</div>")
    out.append("</div>")
    return "".join(out)


def build(path):
    body = "<br>\n".join(esc(x) for x in POST)
    comments = "\n".join(comment_html(*c) for c in COMMENTS)
    html = f"""<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8"><title>{PAGE} | Facebook</title></head>
<body class="_6s5d _71pn">
<div class="x9f619 x1n2onr6 x1ja2u2z"><span class="x1lliihq"><a href="#">facebook</a></span> <a href="#">Увійти</a> <a href="#">Створити новий обліковий запис</a></div>
<div class="x78zum5 xdt5ytf x1iyjqo2" role="main">
<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z" role="article" aria-posinset="1">
<div class="x1cy8zhl x9f619 x78zum5"><span class="xt0psk2"><strong><a href="#">{PAGE}</a></strong></span>
<div class="x1i10hfl xjbqb8w"><span>14 січня 2025 р. о 10:32</span> · <span>🌍</span></div></div>
<div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs" dir="auto">
{body}
</div>
<div class="x6s0dn4 xi81zsa x78zum5"><span class="xt0b8zv">👍❤️ 87</span> <span>9 коментарів</span> <span>14 поширень</span></div>
<div class="x9f619 x1n2onr6"><span>Подобається</span> <span>Коментар</span> <span>Поширити</span></div>
<div class="x1jx94hy x4uap5"><span>Найрелевантніші</span>
{comments}
<div class="x1i10hfl xjbqb8w"><span>Переглянути ще 4 коментарі</span></div>
</div>
</div>
</div>
<div class="x1n2onr6 xzkaem6"><span>Конфіденційність · Умови · Реклама · Файли cookie · Meta © 2025</span></div>
</body></html>
"""
    write_text(path, html)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Золотоніської міської ради",
        "centre_type": "css",
        "settlement": "Золотоноша",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
        "published": "2025-01-14",
    }, {"report_kind": ["other"]})
    f = g.f
    f("applied", "applications", 1040, "1 040 звернень опрацювали наші фахівці")
    f("served", "families_persons", 2176, "2 176 сімей та осіб отримали соціальні послуги")
    f("services_provided", "services", 9300, "понад 9,3 тис. послуг надано загалом")
    sjo = f("served", "families", 68, "68 родин були під соціальним супроводом", service="social_support_sjo",
            alt=["support_ongoing"])
    ch = f("served", "children", 143, "у них зростає 143 дитини", service="social_support_sjo", parent=sjo)
    idp = f("served", "families", 12, "Серед них 12 родин переселенців", service="social_support_sjo",
            category="внутрішньо переміщені особи", parent=sjo)
    st = f("support_started", "families", 41, "41 родину взяли під супровід саме цього року", service="social_support_sjo",
           parent=sjo)
    cp = f("support_completed", "families", 40, "40 родин завершили супровід", service="social_support_sjo", parent=sjo)
    og = "completed_40_by_outcome"
    o1 = f("outcome_positive", "families", 29, "у 29 складні життєві обставини подолано", service="social_support_sjo",
           group=og, parent=cp)
    o2 = f("outcome_minimized", "families", 6, "ще у 6 – мінімізовано", service="social_support_sjo", group=og, parent=cp)
    o3 = f("outcome_other", "families", 5, "5 переїхали до інших громад", label="переїзд до іншої громади",
           service="social_support_sjo", group=og, parent=cp)
    on = f("support_ongoing", "families", 28, "28 сімей продовжують працювати з нами у 2025-му",
           service="social_support_sjo", alt=["served"])
    pf = f("served", "families", 11, "супроводжуємо 11 прийомних сімей", service="social_support_foster",
           category="прийомні сім'ї")
    db = f("served", "families", 3, "три дитячі будинки сімейного типу", service="social_support_foster",
           category="дитячі будинки сімейного типу", note="number written in words")
    fc = f("served", "children", 52, "там виховуються 52 дитини", service="social_support_foster",
           note="children of the 11 foster families and the three family-type homes together")
    f("calls", "calls", 486, "гаряча лінія прийняла 486 дзвінків")
    ev = f("events", "events", 35, "35 тренінгів, батьківських клубів і зустрічей")
    f("event_participants", "persons", 600, "понад 600 учасників", parent=ev)
    f("staff_actual", "staff", 19, "нас 19 – саме стільки фахівців щодня працює для громади")
    f("served", "families", 734, "Натуральну допомогу (продуктові та гігієнічні набори) у 2024 році отримали 734 сім'ї",
      service="natural_aid", note="figure given in the centre's reply to a comment")
    c66 = f("served", "families", 66, "у 2024 році під соціальним супроводом було 66 сімей", service="social_support_sjo",
            alt=["support_ongoing"], note="figure given in the centre's reply to a comment; conflicts with the post's 68")

    g.slip("internal_conflict", "error", "у 2024 році під соціальним супроводом було 66 сімей", 66, 68, [sjo, c66],
           "the post says 68 families were under social support in 2024, the centre's own reply says 66",
           f"{c66} == {sjo}")
    g.check("parts_sum", "40 родин завершили супровід: у 29 складні життєві обставини подолано",
            "29 + 6 + 5 = 40", f"{o1} + {o2} + {o3} == {cp}")
    g.check("parts_sum", "28 сімей продовжують працювати з нами у 2025-му", "68 − 40 completed = 28 continuing",
            f"{sjo} - {cp} == {on}")
    g.check("parts_sum", "41 родину взяли під супровід саме цього року", "41 taken ≤ 68; 12 IDP families ≤ 68",
            f"{st} <= {sjo} and {idp} <= {sjo}")

    g.skip("14 січня 2025 р. о 10:32", [14, 2025, 10, 32], "publication date and time")
    g.skip("ПІДСУМКИ 2024 РОКУ", [2024], "year")
    g.skip("(працює 24/7)", [24, 7], "opening hours")
    g.skip("мобільна бригада виїжджала 112 разів", [112], "trips of the mobile team; no §3 id")
    g.skip("Нагадаємо, що минулого року ми допомогли 1 934 сім'ям та особам, а під супроводом було 57 родин.",
           [1934, 57], "previous year's figures")
    g.skip("Тобто цьогоріч – на 12,5 % більше людей", [12.5], "growth rate")
    g.skip("2025-й зустрічаємо з новими силами!", [2025], "year")
    g.skip("📍 м. Золотоноша, вул. Шевченка, 80 📞 (04737) 0-27-45 (пн–пт 8:00–17:00)", [80, 4737, 2745, 8, 0, 17, 0],
           "address, phone, office hours")
    g.skip("#підсумки2024", [2024], "hashtag")
    g.skip("👍❤️ 87", [87, 9, 14], "reactions, comment and share counters")
    g.skip("це понад 1 900 наборів", [1900], "food and hygiene sets (items)")
    g.skip("5 дн.", [5, 4, 3], "comment ages")
    g.skip("Переглянути ще 4 коментарі", [4], "page furniture")

    g.note("a social-media post: chatty figures are facts as written («понад 9,3 тис. послуг» = 9 300, «понад 600» = 600, "
           "«три дитячі будинки» = 3)")
    g.note("«68 родин були під соціальним супроводом» → served (alt support_ongoing); «28 сімей продовжують … у 2025-му» "
           "→ support_ongoing; «40 родин завершили супровід: у 29 …, ще у 6 …, 5 переїхали» → support_completed with "
           "three outcomes as a group")
    g.note("«2 176 сімей та осіб» → families_persons; «1 040 звернень» → applied, unit applications")
    g.note("the centre's replies under the post are the centre's own statements: 734 families got natural aid (a fact) "
           "and 66 families under social support (a fact that conflicts with the post's 68)")
    g.note("oblast is not stated in the text (only the city), so meta has none; published from the post's date")
    g.write()


if __name__ == "__main__":
    build(report_path(DOC))
    gold()
