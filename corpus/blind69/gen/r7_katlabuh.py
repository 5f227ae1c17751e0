"""b69_07: a Facebook post of the ЦНСП Катлабузької сільської ради (Одеська) with its results for
Q1 2025, saved from the browser («Зберегти сторінку як… → лише HTML»). UTF-8, deeply nested <div>s
with machine class names, emoji bullets, <br> line breaks, hashtags, «… Ще», reactions, comment and
share counters, and residents' comments with their own numbers. No <table>.
One planted slip: percents_sum (87 + 11 + 4 = 102 %)."""
import itertools

from common import Gold, report_path, write_text

DOC = "b69_07_katlabuh_cnsp_fbpost_q1_2025.html"

_CLS = ["x1n2onr6", "x1ja2u2z", "x78zum5", "xdt5ytf", "x193iq5w", "xeuugli", "x1iyjqo2", "xs83m0k",
        "x2lwn1j", "x1y1aw1k", "xwib8y2", "x1cy8zhl", "x9f619", "x1lliihq", "xjbqb8w", "x1qjc9v5",
        "x1oa3qoh", "x1nhvcw1", "xdj266r", "x11i5rnm", "xat24cr", "x1mh8g0r", "x1vvkbs", "x126k92a"]
_cyc = itertools.cycle(range(len(_CLS)))


def cls(n=3):
    return " ".join(_CLS[next(_cyc)] for _ in range(n))


def nest(inner, depth):
    out = inner
    for _ in range(depth):
        out = f'<div class="{cls()}">{out}</div>'
    return out


POST_LINES = [
    "📌 ПІДСУМКИ І КВАРТАЛУ 2025 РОКУ 📌",
    "Дорогі мешканці громади! Ділимося, що вдалося зробити нашому Центру за січень–березень 👇",
    "",
    "✅ До нас звернулися 186 осіб, з них 47 – ВПО",
    "✅ Оцінку потреб провели 38 особам",
    "✅ Соціальні послуги отримали 164 особи, всього надано 1 037 послуг",
    "✅ Консультації отримали 97 осіб, інформування – 121 особа",
    "✅ Догляд вдома – 29 підопічних (наші 6 соціальних робітниць щодня в дорозі 🚗)",
    "✅ Денний догляд у «Клубі активного довголіття» – 14 осіб ☕",
    "✅ Під соціальним супроводом 9 сімей, у яких 21 дитина 👨‍👩‍👧",
    "      🔹 нових сімей взяли на супровід – 2",
    "      🔹 3 сім'ї успішно завершили супровід 💪 (СЖО подолано!)",
    "✅ Натуральну допомогу отримали 58 осіб (роздали 120 продуктових наборів від партнерів ❤️)",
    "✅ Провели 4 заходи для дітей та батьків, участь взяли 73 учасники 🎨 … Ще",
]
POST_LINES2 = [
    "☎️ На «гарячу лінію» надійшло 64 дзвінки",
    "",
    "📊 А ще ми запитали 45 отримувачів послуг, що вони думають про нашу роботу:",
    "😊 повністю задоволені – 87 %",
    "🙂 частково задоволені – 11 %",
    "😐 не задоволені – 4 %",
    "Скарг не надходило 🙏 Дякуємо за довіру!",
    "",
    "Нагадуємо: більшість наших послуг безоплатні 💙 Для тих, хто не має права на безоплатний догляд вдома, година коштує 62 грн.",
    "",
    "📞 (04841) 0-52-36",
    "📍 с. Катлабуг, вул. Миру, 12, Ізмаїльський р-н, Одеська обл. (пн–пт 8:00–17:00)",
]
TAGS = ["#ЦНСП", "#соціальніпослуги", "#Катлабузькагромада", "#підсумкикварталу"]

COMMENTS = [
    ("Галина Петренко", "Молодці! Мамі 84 роки, соціальна працівниця приходить 3 рази на тиждень, дуже вдячні ❤️",
     "2 дн.", "5"),
    ("Іван Морозюк", "А як записатися на догляд? Батько після інсульту, 2 група інвалідності", "2 дн.", ""),
    ("ЦНСП Катлабузької громади", "Іван Морозюк, доброго дня! Телефонуйте (04841) 0-52-36 або приходьте в кабінет № 4 😊",
     "2 дн.", "1"),
    ("Оксана Дем'янова", "А в сусідні села теж приїжджаєте? У нас на вулиці 5 самотніх бабусь, одній 91 рік 🙁",
     "1 дн.", ""),
    ("ЦНСП Катлабузької громади", "Оксана Дем'янова, так! Мобільна бригада виїжджає щовівторка, тільки за березень було 11 виїздів. Напишіть нам в особисті 🙏",
     "1 дн.", "3"),
    ("Світлана К.", "186 звернень за 3 місяці, а на догляд ще 7 людей у черзі чекають, коли вже?", "1 дн.", "2"),
]


def page():
    post_html = "<br>".join(POST_LINES)
    post_html2 = "<br>".join(POST_LINES2)
    tags = " ".join(f'<a class="{cls(2)}" href="/hashtag/{t[1:]}" role="link" tabindex="0">{t}</a>' for t in TAGS)
    header = (
        f'<div class="{cls()}" role="banner"><a aria-label="Facebook" href="/">facebook</a>'
        f'<div class="{cls()}"><input placeholder="Пошук у Facebook" type="search"></div>'
        f'<div class="{cls()}"><span>Головна</span> <span>Відео</span> <span>Marketplace</span> <span>Групи</span></div>'
        f'<div class="{cls()}" aria-label="Сповіщення"><span>9+</span></div></div>'
    )
    author = nest(
        f'<h2 class="{cls()}"><span class="{cls()}"><a href="/cnsp.katlabuh" role="link">ЦНСП Катлабузької громади</a></span></h2>'
        f'<div class="{cls()}"><span class="{cls()}"><a aria-label="2 дн." href="/cnsp.katlabuh/posts/pfbid02xQ" role="link">'
        f'<span>2 дн.</span></a></span><span aria-hidden="true"> · </span><span>🌍</span></div>', 4)
    body = nest(
        f'<div dir="auto" style="text-align:start">{post_html}</div>'
        f'<div dir="auto" style="text-align:start">{post_html2}</div>'
        f'<div dir="auto" style="text-align:start">{tags}</div>', 5)
    counters = nest(
        f'<div class="{cls()}"><span aria-label="Подобається: 47 осіб">👍❤️</span><span class="{cls()}"> 47</span></div>'
        f'<div class="{cls()}"><div class="{cls()}"><span dir="auto">12 коментарів</span></div>'
        f'<div class="{cls()}"><span dir="auto">5 поширень</span></div></div>', 3)
    buttons = nest(
        f'<div role="button" class="{cls()}"><span>Подобається</span></div>'
        f'<div role="button" class="{cls()}"><span>Коментар</span></div>'
        f'<div role="button" class="{cls()}"><span>Поділитися</span></div>', 2)
    sort = nest(f'<div role="button"><span>Найрелевантніші</span></div>', 2)
    comments = []
    for name, text, when, likes in COMMENTS:
        like_html = f'<div class="{cls()}"><span>👍</span><span>{likes}</span></div>' if likes else ""
        c = (f'<div class="{cls()}"><span class="{cls()}"><a href="/profile.php?id=100087" role="link">'
             f'<span dir="auto">{name}</span></a></span></div>'
             f'<div class="{cls()}"><div dir="auto" style="text-align:start">{text}</div></div>'
             f'{like_html}'
             f'<ul class="{cls()}"><li><div role="button">Подобається</div></li>'
             f'<li><div role="button">Відповісти</div></li><li><a href="#"><span>{when}</span></a></li></ul>')
        comments.append(nest(f'<div role="article" aria-label="Коментар від {name}" class="{cls()}">'
                             + nest(c, 3) + '</div>', 2))
    more = nest('<div role="button"><span>Переглянути ще 6 коментарів</span></div>', 2)
    write = nest('<div contenteditable="true" role="textbox" aria-label="Напишіть коментар…">'
                 '<p>Напишіть коментар…</p></div>', 3)
    post = nest(f'<div role="article" class="{cls()}">' + author + body + counters + buttons + sort
                + "".join(comments) + more + write + "</div>", 6)
    foot = (f'<div class="{cls()}" role="contentinfo"><span>Конфіденційність</span> · <span>Умови</span> · '
            f'<span>Реклама</span> · <span>Файли cookie</span> · <span>Meta © 2025</span></div>')
    return ('<!DOCTYPE html>\n<html id="facebook" class="_9dls" lang="uk" dir="ltr"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>(9+) ЦНСП Катлабузької громади | Facebook</title>'
            '<link rel="stylesheet" href="ЦНСП_files/rsrc.css">'
            '<style nonce="x7Gq">.x1n2onr6{position:relative}.x78zum5{display:flex}.xdt5ytf{flex-direction:column}</style>'
            '<script nonce="x7Gq">requireLazy(["TimeSliceImpl","ServerJS"],function(a,b){});</script>'
            f'</head><body class="_6s5d _71pn system-fonts--body segoe" tabindex="-1"><div id="mount_0_0_Xy" class="{cls()}">'
            + header + nest('<div role="main" class="' + cls() + '">' + post + '</div>', 4) + foot
            + '</div><div id="portal" hidden=""></div></body></html>\n')


def main():
    path = report_path(DOC)
    write_text(path, page())
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Катлабузької сільської ради",
        "centre_type": "cnsp",
        "settlement": "Катлабуг",
        "oblast": "Одеська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-03-31",
    }, meta_alt={"centre": ["ЦНСП Катлабузької громади", "Центр надання соціальних послуг Катлабузької громади"],
                 "report_kind": ["other"]})
    f1 = g.f("applied", "persons", 186, "До нас звернулися 186 осіб")
    g.f("applied", "persons", 47, "з них 47 – ВПО", category="внутрішньо переміщені особи", parent=f1)
    g.f("needs_assessed", "persons", 38, "Оцінку потреб провели 38 особам")
    f4 = g.f("served", "persons", 164, "Соціальні послуги отримали 164 особи")
    g.f("services_provided", "services", 1037, "всього надано 1 037 послуг")
    g.f("served", "persons", 97, "Консультації отримали 97 осіб", service="counselling", parent=f4)
    g.f("served", "persons", 121, "інформування – 121 особа", service="informing", parent=f4)
    f6 = g.f("served", "persons", 29, "Догляд вдома – 29 підопічних", service="home_care", parent=f4)
    g.f("staff_actual", "staff", 6, "наші 6 соціальних робітниць", label="соціальні робітники",
        note="the only staff figure of the post: the social workers of home care")
    g.f("served", "persons", 14, "Денний догляд у «Клубі активного довголіття» – 14 осіб", service="day_care",
        parent=f4)
    f9 = g.f("served", "families", 9, "Під соціальним супроводом 9 сімей", service="social_support_sjo",
             alt=["support_ongoing"])
    g.f("served", "children", 21, "у яких 21 дитина", service="social_support_sjo", alt=["support_ongoing"], parent=f9)
    f11 = g.f("support_started", "families", 2, "нових сімей взяли на супровід – 2", service="social_support_sjo",
              parent=f9)
    f12 = g.f("support_completed", "families", 3, "3 сім'ї успішно завершили супровід", service="social_support_sjo",
              alt=["outcome_positive"], parent=f9,
              note="«успішно завершили супровід … (СЖО подолано!)»: one figure, completed with a positive result; one row")
    g.f("served", "persons", 58, "Натуральну допомогу отримали 58 осіб", service="natural_aid", parent=f4)
    f14 = g.f("events", "events", 4, "Провели 4 заходи для дітей та батьків")
    g.f("event_participants", "persons", 73, "участь взяли 73 учасники", parent=f14)
    g.f("calls", "calls", 64, "надійшло 64 дзвінки")
    f17 = g.f("survey_respondents", "recipients", 45, "ми запитали 45 отримувачів послуг", unit_alt="persons")
    f18 = g.f("satisfaction", "percent", 87, "повністю задоволені – 87 %", alt=["share"],
              label="повністю задоволені")
    f19 = g.f("share", "percent", 11, "частково задоволені – 11 %", alt=["satisfaction"], label="частково задоволені")
    f20 = g.f("share", "percent", 4, "не задоволені – 4 %", label="не задоволені")
    g.f("complaints", "complaints", 0, "Скарг не надходило")

    g.slip("percents_sum", "error", "😊 повністю задоволені – 87 %", 102, 100, [f18, f19, f20],
           "the three answers (fully / partly / not satisfied) partition the 45 respondents but sum to 102 %. "
           "Each alone is reachable with 45 (39, 5 and 2 of 45), but 39 + 5 + 2 = 46 > 45.",
           "psum_ok([f20, f21, f22], 0)")
    g.check("percent_impossible", "📊 А ще ми запитали 45 отримувачів послуг",
            "each share alone is reachable with 45 (39/45 = 86,7 → 87; 5/45 = 11,1 → 11; 2/45 = 4,4 → 4)",
            "grim_ok(f20, f19, 0) and grim_ok(f21, f19, 0) and grim_ok(f22, f19, 0)")
    g.check("parts_sum", "Соціальні послуги отримали 164 особи",
            "home care 29 + day care 14 + natural aid 58 = 101 ≤ 164, and counselling 97, informing 121 ≤ 164 (services overlap; not a partition); 164 ≤ 186 applied; 47 ≤ 186",
            "f8 + f10 + f15 <= f4 <= f1 and f2 <= f1 and f6 <= f4 and f7 <= f4")
    g.check("parts_sum", "Під соціальним супроводом 9 сімей", "2 taken and 3 completed ≤ 9", "f13 <= f11 and f14 <= f11")
    g.check("parts_sum", "Догляд вдома – 29 підопічних (наші 6 соціальних робітниць", "6 workers, 29 recipients: "
            "no arithmetic beyond 6 ≤ 29", "f9 <= f8")

    g.skip("📌 ПІДСУМКИ І КВАРТАЛУ 2025 РОКУ 📌", [1, 2025], "period")
    g.skip("роздали 120 продуктових наборів від партнерів", [120], "items (sets)")
    g.skip("📞 (04841) 0-52-36", [4841, 5236], "phone")
    g.skip("📍 с. Катлабуг, вул. Миру, 12, Ізмаїльський р-н, Одеська обл. (пн–пт 8:00–17:00)", [12, 8, 0, 17, 0],
           "address and office hours")
    g.skip("Мамі 84 роки, соціальна працівниця приходить 3 рази на тиждень", [84, 3],
           "resident's comment: age and visit frequency")
    g.skip("Батько після інсульту, 2 група інвалідності", [2], "resident's comment: disability group")
    g.skip("Телефонуйте (04841) 0-52-36 або приходьте в кабінет № 4", [4841, 5236, 4], "the page's reply: phone, room")
    g.skip("Для тих, хто не має права на безоплатний догляд вдома, година коштує 62 грн.", [62], "tariff")
    g.skip("У нас на вулиці 5 самотніх бабусь, одній 91 рік", [5, 91], "resident's comment: count of neighbours, age")
    g.skip("тільки за березень було 11 виїздів", [11], "the page's reply: mobile-team trips in March (no §3 id)")
    g.skip("👍❤️ 47", [47], "reactions counter")
    g.skip("12 коментарів", [12], "comments counter")
    g.skip("5 поширень", [5], "shares counter")
    g.skip("Переглянути ще 6 коментарів", [6], "comments counter")
    g.skip("👍5", [5], "likes on a comment (also 👍1, 👍3, 👍2 on the others)")
    g.skip("186 звернень за 3 місяці, а на догляд ще 7 людей у черзі чекають", [186, 3, 7],
           "resident's comment: repeats the post's 186 (not a second statement by the provider), a duration, and a queue (no §3 id)")

    g.note("a social-media post: the counters of the page (reactions 47, 12 comments, 5 shares, «2 дн.», «9+» notifications, comment likes, «ще 6 коментарів») and the residents' comments are never facts; whichever of them the reader keeps in its text are skipped")
    g.note("meta: the post names the page «ЦНСП Катлабузької громади»; the centre's formal name is that of the сільська рада; both are accepted (meta_alt). report_kind period_report (a quarter's results), alt other (a post)")
    g.note("«3 сім'ї успішно завершили супровід 💪 (СЖО подолано!)» → support_completed, alt outcome_positive")
    g.note("counselling, informing, home care, day care and natural aid recipients hang on the 164 served (parent) without a group: recipients of different services overlap and the list is not said to be a breakdown")
    g.note("survey: 87 % → satisfaction (alt share); 11 % partly and 4 % not satisfied → share")
    g.write()


if __name__ == "__main__":
    main()
