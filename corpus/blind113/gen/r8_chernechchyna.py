"""b113_08: ЦСС Чернеччинської сільської ради (Сумська), «2024 рік у цифрах» — a listicle web post:
big-number headings with a one-line explanation, keycap-emoji numbered highlights, emoji bullets, comparisons with
last year. No planted slip."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, write_text

DOC = "b113_08_chernechchyna_css_year2024.html"
HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>2024 рік у цифрах 📊 | Центр соціальних служб Чернеччинської сільської ради</title>
<meta property="og:title" content="2024 рік у цифрах">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<header class="hdr">
  <div class="brand">Центр соціальних служб Чернеччинської сільської ради<br><span>Сумська область</span></div>
  <div class="hdr-contacts">☎ (05446) 0-41-27 · css.chernechchyna@example.ua</div>
  <nav><a href="/">Головна</a> <a href="/posluhy">Послуги</a> <a href="/novyny">Новини</a> <a href="/zvity">Звіти</a> <a href="/kontakty">Контакти</a></nav>
</header>
<div class="crumbs"><a href="/">Головна</a> / <a href="/novyny">Новини</a> / 2024 рік у цифрах</div>
<main>
<article>
<h1>2024 рік у цифрах: як ми працювали для громади 📊</h1>
<p class="date">14.01.2025 · 👁 271</p>
<p>Рік був непростим, але наша команда була поруч із кожною родиною, яка цього потребувала. Ділимося головними цифрами 2024 року 👇</p>

<h2>301</h2>
<p>сім'я звернулася до Центру по допомогу</p>

<h2>245</h2>
<p>сімей отримали наші соціальні послуги, у них виховується 389 дітей</p>

<h2>1 312</h2>
<p>консультацій надали фахівці — на 214 більше, ніж торік</p>

<h3>Ще кілька цифр року</h3>
<p>1️⃣ 96 повідомлень про сім'ї, які можуть потребувати допомоги, ми отримали й опрацювали</p>
<p>2️⃣ 74 сім'ям провели оцінку потреб</p>
<p>3️⃣ 58 сімей у складних життєвих обставинах були під нашим соціальним супроводом (на 11 більше, ніж торік)</p>
<p>4️⃣ 37 із них ми взяли під супровід уперше саме у 2024-му</p>
<p>5️⃣ 31 сім'я завершила супровід, і 24 з них подолали складні життєві обставини 💪</p>
<p>6️⃣ 9 прийомних сімей і дитячих будинків сімейного типу, де зростає 26 дітей, супроводжують наші фахівці</p>

<h3>А ще</h3>
<ul class="emoji-list">
<li>🤝 36 групових заходів: тренінги, батьківські клуби, «Школа відповідального батьківства»</li>
<li>👨‍👩‍👧 512 учасників відвідали ці заходи</li>
<li>☎️ 683 дзвінки прийняла «гаряча лінія» Центру — на 30 більше, ніж торік</li>
<li>📦 118 сімей отримали продуктові та гігієнічні набори на 186,9 тис. грн</li>
<li>🎒 412 наборів шкільного приладдя передали дітям із родин ВПО разом із партнерами</li>
<li>🧑‍🏫 7 фахівців — уся наша команда на 8 штатних посадах — підвищили кваліфікацію</li>
<li>⭐ 98 % отримувачів, які заповнили анкету (усього 112 анкет), задоволені нашою роботою</li>
<li>📝 0 скарг</li>
</ul>

<h3>Про що найчастіше питали</h3>
<p>🥇 оформлення державних допомог — 41 % консультацій<br>
🥈 житлові питання та відновлення документів — 23 %<br>
🥉 психологічна підтримка — 19 %</p>

<p>У 2025 році плануємо відкрити «Простір для батьків» у 3 старостинських округах. Дякуємо партнерам і кожному, хто був поруч! 💙💛</p>
<p class="tags">#ЦССЧернеччина #2024уЦифрах #разом</p>
</article>
</main>
<aside>
<h4>Графік роботи</h4><p>Пн–Пт 8:00–17:00, обідня перерва 12:00–13:00</p>
<h4>Популярне</h4><ul><li><a href="/novyny/45">Як оформити допомогу ВПО: 5 кроків</a></li><li><a href="/novyny/44">Новорічне свято для 60 дітей</a></li></ul>
</aside>
<footer>© 2025 ЦСС Чернеччинської сільської ради · 42733, Сумська обл., с. Чернеччина, вул. Центральна, 5 · ЄДРПОУ 44289106</footer>
</body>
</html>
"""
write_text(report_path(DOC), HTML)

g = Gold(DOC, {"centre": "Центр соціальних служб Чернеччинської сільської ради", "centre_type": "css",
               "settlement": "Чернеччина", "oblast": "Сумська", "report_kind": "annual_report",
               "period_start": "2024-01-01", "period_end": "2024-12-31", "published": "2025-01-14"},
         {"report_kind": ["other"]})
f_ap = g.f("applied", "families", 301, "301\n\nсім'я звернулася до Центру по допомогу",
           note="big-number heading «301» followed by its one-line explanation; quoted across the two blocks")
f_sv = g.f("served", "families", 245, "245\n\nсімей отримали наші соціальні послуги")
f_ch = g.f("served", "children", 389, "у них виховується 389 дітей", parent=f_sv)
f_co = g.f("services_provided", "services", 1312, "1 312\n\nконсультацій надали фахівці",
           service="counselling")
f_no = g.f("notified", "families", 96, "96 повідомлень про сім'ї")
f_na = g.f("needs_assessed", "families", 74, "74 сім'ям провели оцінку потреб")
f_sup = g.f("served", "families", 58, "58 сімей у складних життєвих обставинах були під нашим соціальним супроводом",
            service="social_support_sjo", alt=["support_ongoing"])
f_st = g.f("support_started", "families", 37, "37 із них ми взяли під супровід уперше", service="social_support_sjo",
           parent=f_sup)
f_cm = g.f("support_completed", "families", 31, "31 сім'я завершила супровід", service="social_support_sjo",
           parent=f_sup)
f_ps = g.f("outcome_positive", "families", 24, "24 з них подолали складні життєві обставини", service="social_support_sjo",
           parent=f_cm)
f_fo = g.f("served", "families", 9, "9 прийомних сімей і дитячих будинків сімейного типу", service="social_support_foster")
f_foc = g.f("served", "children", 26, "де зростає 26 дітей", service="social_support_foster", parent=f_fo)
f_ev = g.f("events", "events", 36, "36 групових заходів")
f_evp = g.f("event_participants", "persons", 512, "512 учасників відвідали ці заходи", parent=f_ev)
f_ca = g.f("calls", "calls", 683, "683 дзвінки прийняла «гаряча лінія» Центру")
f_na2 = g.f("served", "families", 118, "118 сімей отримали продуктові та гігієнічні набори", service="natural_aid")
f_av = g.f("aid_value", "uah", 186900, "на 186,9 тис. грн", service="natural_aid")
f_tr = g.f("staff_trained", "staff", 7, "7 фахівців — уся наша команда на 8 штатних посадах — підвищили кваліфікацію")
f_act = g.f("staff_actual", "staff", 7, "7 фахівців — уся наша команда",
            note="«уся наша команда» makes the 7 trained also the staff working; one figure, two rows")
f_pos = g.f("staff_positions", "positions", 8, "на 8 штатних посадах")
f_sat = g.f("satisfaction", "percent", 98, "98 % отримувачів, які заповнили анкету", alt=["share"])
f_sr = g.f("survey_respondents", "recipients", 112, "(усього 112 анкет)", unit_alt="persons",
           note="112 questionnaires filled in = 112 respondents")
f_cp = g.f("complaints", "complaints", 0, "📝 0 скарг")
t1 = g.f("share", "percent", 41, "оформлення державних допомог — 41 % консультацій", service="counselling",
         label="частка консультацій з оформлення державних допомог")
t2 = g.f("share", "percent", 23, "житлові питання та відновлення документів — 23 %", service="counselling",
         label="частка консультацій з житлових питань та відновлення документів")
t3 = g.f("share", "percent", 19, "психологічна підтримка — 19 %", service="counselling",
         label="частка консультацій з психологічної підтримки")

g.check("parts_sum", "37 із них ми взяли під супровід уперше", "37 ≤ 58; 24 ≤ 31 ≤ 58",
        f"{f_st} <= {f_sup} and {f_ps} <= {f_cm} <= {f_sup}")
g.check("parts_sum", "74 сім'ям провели оцінку потреб", "74 ≤ 96 notified; 245 served ≤ 301 applied",
        f"{f_na} <= {f_no} and {f_sv} <= {f_ap}")
g.check("percent_impossible", "98 % отримувачів, які заповнили анкету (усього 112 анкет)",
        "98 % of 112 is reachable (110/112 = 98,2 → 98)", f"grim_ok({f_sat}, {f_sr}, 0)")
g.check("percents_sum", "психологічна підтримка — 19 %", "the top three topics are not a partition (41 + 23 + 19 = 83 ≤ "
        "100); only checked not to exceed 100", f"{t1} + {t2} + {t3} <= 100")
g.check("parts_sum", "7 фахівців — уся наша команда на 8 штатних посадах", "7 ≤ 8", f"{f_act} <= {f_pos} and {f_tr} <= {f_act}")

g.skip("2024 рік у цифрах: як ми працювали для громади", [2024], "year")
g.skip("14.01.2025 · 👁 271", [14, 1, 2025, 271], "publication date, view counter")
g.skip("Ділимося головними цифрами 2024 року", [2024], "year")
g.skip("на 214 більше, ніж торік", [214], "difference with last year")
g.skip("1️⃣", [1, 2, 3, 4, 5, 6], "keycap numbers of the highlights")
g.skip("(на 11 більше, ніж торік)", [11], "difference with last year")
g.skip("уперше саме у 2024-му", [2024], "year")
g.skip("на 30 більше, ніж торік", [30], "difference with last year")
g.skip("🎒 412 наборів шкільного приладдя", [412], "items")
g.skip("У 2025 році плануємо відкрити «Простір для батьків» у 3 старостинських округах.", [2025, 3], "plan")
g.skip("#2024уЦифрах", [2024], "hashtag")
g.note("Big-number headings: the figure stands alone as a heading (h2) and the explanation follows as the next line; the "
       "fact is quoted from the heading through its explanation line (the reader prints them as two blocks).")
g.note("«58 сімей … були під нашим соціальним супроводом» → served (alt support_ongoing); «37 із них ми взяли під "
       "супровід уперше» → support_started; «31 сім'я завершила супровід, і 24 з них подолали СЖО» → support_completed "
       "and outcome_positive.")
g.note("«1 312 консультацій» → services_provided with service counselling (consultations are acts, not persons).")
g.note("The top-3 consultation topics are standalone shares (share with service counselling and a label); they are not "
       "a partition, so no percents_sum finding.")
g.note("«98 % отримувачів … (усього 112 анкет)» → satisfaction 98 (alt share) and survey_respondents 112.")
g.note("report_kind: a «year in figures» post covers the whole year → annual_report (meta_alt other).")
g.note("Comparisons with last year («на 214 / 11 / 30 більше, ніж торік») are differences, not facts. No planted slip.")
g.write()
