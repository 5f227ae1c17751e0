"""b84_08 (less common style 2): Горішньоплавнівський міський ЦСС (Полтавська), internal quality
assessment of 2023, as a city-council web page whose figures carry footnote markers (<sup>1</sup> glued
to numbers, words, percentages and closing quotes) and whose footnotes, at the end of the article, carry
their own dates and figures. UTF-8. Slip: the 79,5 % satisfied of 37 respondents (percent_impossible,
and with it the three answers sum to 101,1 %: percents_sum; one slip, two findings)."""
from common import Gold, report_path, write_text

NAME = "b84_08_horishni_plavni_css_internal2023.html"

ART = """<h2 class="page-title">Про результати внутрішньої оцінки якості соціальних послуг, наданих Центром у 2023 році</h2>
<div class="post-info">Опубліковано: 19.01.2024 &nbsp;|&nbsp; Управління соціального захисту населення &nbsp;|&nbsp; Переглядів: 342</div>
<div class="post-body">
<p>Відповідно до наказу директора Горішньоплавнівського міського центру соціальних служб (Полтавська область) від 01.12.2023 № 74 робоча група у складі 6 фахівців провела внутрішню оцінку якості соціальних послуг, наданих Центром протягом 2023 року.</p>
<p>У 2023 році Центр надав соціальні послуги 1&nbsp;274<sup>1</sup> сім'ям/особам, у яких виховується 1&nbsp;608 дітей, у тому числі: консультування – 583, інформування – 402, соціальний супровід сімей у складних життєвих обставинах – 214, соціальна профілактика – 75.</p>
<p>Надійшло 96 повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах; оцінку потреб проведено 88 сім'ям<sup>2</sup>.</p>
<p>Послугу соціального супроводу отримували 214 сімей<sup>3</sup>, у яких виховується 397 дітей. Завершено супровід 125 сімей: складні життєві обставини подолано у 52 сім'ях<sup>4</sup>, мінімізовано – у 61 сім'ї, не досягнуто результату – у 12 сім'ях.</p>
<p>В анкетуванні взяли участь 37 отримувачів послуги соціального супроводу. Якістю послуги повністю задоволені 79,5&nbsp;%<sup>5</sup> опитаних, частково задоволені – 18,9&nbsp;%, не задоволені – 2,7&nbsp;%.</p>
<p>За результатами оцінювання дотримання критеріїв визначено на рівні: адресність та індивідуальний підхід – «добре», результативність – «добре»<sup>6</sup>, своєчасність – «задовільно», доступність та відкритість – «добре», професійність – «добре». Загальна оцінка якості соціальних послуг Центру – «добре».</p>
<p>Штатна чисельність Центру – 23 посади<sup>7</sup>, фактично працює 21 фахівець; 9 фахівців у 2023 році підвищили кваліфікацію. Проведено 47 групових заходів, якими охоплено 1&nbsp;136 осіб. Скарг<sup>8</sup> на якість послуг не надходило.</p>
<p>За результатами оцінки Центру рекомендовано скоротити строк від надходження повідомлення до початку оцінки потреб до 1 робочого дня та оновити анкети до 01.03.2024.</p>
<hr>
<div class="footnotes">
<p><sup>1</sup> Без урахування 212 осіб, які отримали разові консультації телефоном; такі звернення обліковуються в окремому журналі.</p>
<p><sup>2</sup> Решта 8 повідомлень не підтвердилися або були повторними.</p>
<p><sup>3</sup> З них 38 сімей продовжують отримувати послугу з 2022 року. Дані журналу обліку станом на 29.12.2023.</p>
<p><sup>4</sup> Що становить 41,6 % від кількості сімей, які завершили супровід.</p>
<p><sup>5</sup> Анкетування проведено анонімно з 4 по 15 грудня 2023 року.</p>
<p><sup>6</sup> З урахуванням результатів повторної оцінки потреб, проведеної 23 сім'ям.</p>
<p><sup>7</sup> Штатний розпис затверджено розпорядженням міського голови від 28.12.2022 № 614-р; з 01.07.2023 введено 2 посади фахівців для роботи з внутрішньо переміщеними особами.</p>
<p><sup>8</sup> У 2022 році надійшла 1 скарга, яку розглянуто в установлений строк.</p>
</div>
</div>"""

HTML = f"""<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8">
<title>Про результати внутрішньої оцінки якості соціальних послуг | Горішньоплавнівська міська рада</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header class="site-header"><div class="container"><a class="brand" href="/">Горішньоплавнівська міська рада</a>
<span class="hotline">Гаряча лінія міського голови: (05348) 0-20-15</span></div></header>
<nav class="navbar"><ul><li><a href="/">Головна</a></li><li><a href="/misto/">Місто</a></li><li><a href="/vlada/">Влада</a></li>
<li><a href="/soc/">Соціальний захист</a></li><li><a href="/news/">Новини</a></li><li><a href="/zvernennia/">Звернення</a></li></ul></nav>
<ol class="breadcrumb"><li><a href="/">Головна</a></li><li><a href="/soc/">Соціальний захист</a></li><li>Центр соціальних служб</li></ol>
<div class="container"><div class="row">
<main class="col-md-9"><article class="post">
{ART}
</article></main>
<aside class="col-md-3 sidebar"><h4>Центр соціальних служб</h4>
<p>39800, м. Горішні Плавні, вул. Миру, 24<br>тел. (05348) 0-41-77<br>css.gp@example.ua</p>
<h4>Архів</h4><ul><li><a href="/2023/12/">Грудень 2023</a> (14)</li><li><a href="/2023/11/">Листопад 2023</a> (19)</li></ul></aside>
</div></div>
<footer class="site-footer"><div class="container">© 2024 Горішньоплавнівська міська рада. Матеріали сайту доступні за ліцензією CC BY 4.0. Код ЄДРПОУ 26349117</div></footer>
</body></html>
"""
path = report_path(NAME)
write_text(path, HTML)

if __name__ == "__main__":
    import sys
    if len(sys.argv) > 1:
        from common import read_text
        print(read_text(path)); sys.exit()

g = Gold(NAME, {
    "centre": "Горішньоплавнівський міський центр соціальних служб", "centre_type": "css",
    "settlement": "Горішні Плавні", "oblast": "Полтавська", "report_kind": "internal_assessment",
    "period_start": "2023-01-01", "period_end": "2023-12-31", "published": "2024-01-19"})
n = lambda x: x[1:]
sv = g.f("served", "families_persons", 1274, "Центр надав соціальні послуги 1 274¹ сім'ям/особам",
         note="footnote 1: the 1 274 leaves out 212 one-off phone consultations")
svc = g.f("served", "children", 1608, "у яких виховується 1 608 дітей", parent=sv)
parts = {}
for s, q, v in [("counselling", "консультування – 583", 583), ("informing", "інформування – 402", 402),
                ("social_support_sjo", "соціальний супровід сімей у складних життєвих обставинах – 214", 214),
                ("social_prevention", "соціальна профілактика – 75", 75)]:
    parts[s] = g.f("served", "families_persons", v, q, service=s, group="served_1274_by_service", parent=sv)
ph = g.f("served", "persons", 212, "Без урахування 212 осіб, які отримали разові консультації телефоном", service="counselling",
         label="разові консультації телефоном (не враховано у 1 274)", alt=["calls"],
         note="a 2023 figure in footnote 1; outside the 1 274, so no parent")
nt = g.f("notified", "families", 96, "Надійшло 96 повідомлень про сім'ї")
na = g.f("needs_assessed", "families", 88, "оцінку потреб проведено 88 сім'ям²")
na2 = g.f("needs_assessed", "families", 23, "повторної оцінки потреб, проведеної 23 сім'ям", label="повторна оцінка потреб",
          note="a 2023 figure in footnote 6")
sj = g.f("served", "families", 214, "Послугу соціального супроводу отримували 214 сімей³", service="social_support_sjo",
         alt=["support_ongoing"])
sjc = g.f("served", "children", 397, "у яких виховується 397 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=sj)
sjo = g.f("served", "families", 38, "З них 38 сімей продовжують отримувати послугу з 2022 року", service="social_support_sjo",
          alt=["support_ongoing"], label="продовжують з 2022 року", parent=sj, note="footnote 3; a 2023 figure that names 2022")
cp = g.f("support_completed", "families", 125, "Завершено супровід 125 сімей", service="social_support_sjo", parent=sj)
o1 = g.f("outcome_positive", "families", 52, "складні життєві обставини подолано у 52 сім'ях⁴", percent=41.6,
         service="social_support_sjo", group="completed_125_by_outcome", parent=cp,
         note="the percent 41,6 is written in footnote 4, tied to this count by the marker")
o2 = g.f("outcome_minimized", "families", 61, "мінімізовано – у 61 сім'ї", service="social_support_sjo",
         group="completed_125_by_outcome", parent=cp)
o3 = g.f("outcome_negative", "families", 12, "не досягнуто результату – у 12 сім'ях", service="social_support_sjo",
         group="completed_125_by_outcome", parent=cp)
rs = g.f("survey_respondents", "recipients", 37, "В анкетуванні взяли участь 37 отримувачів послуги соціального супроводу",
         service="social_support_sjo", unit_alt="persons")
s1 = g.f("satisfaction", "percent", 79.5, "Якістю послуги повністю задоволені 79,5 %⁵ опитаних", service="social_support_sjo",
         label="повністю задоволені", alt=["share"])
s2 = g.f("share", "percent", 18.9, "частково задоволені – 18,9 %", service="social_support_sjo", label="частково задоволені",
         alt=["satisfaction"])
s3 = g.f("share", "percent", 2.7, "не задоволені – 2,7 %", service="social_support_sjo", label="не задоволені")
R = {}
for c, q, v in [("targeting", "адресність та індивідуальний підхід – «добре»", "good"),
                ("effectiveness", "результативність – «добре»⁶", "good"),
                ("timeliness", "своєчасність – «задовільно»", "satisfactory"),
                ("accessibility", "доступність та відкритість – «добре»", "good"),
                ("professionalism", "професійність – «добре»", "good")]:
    R[c] = g.f("rating", "rating", v, q, criterion=c)
ov = g.f("rating", "rating", "good", "Загальна оцінка якості соціальних послуг Центру – «добре»", criterion="overall")
sp = g.f("staff_positions", "positions", 23, "Штатна чисельність Центру – 23 посади⁷")
sa = g.f("staff_actual", "staff", 21, "фактично працює 21 фахівець")
stt = g.f("staff_trained", "staff", 9, "9 фахівців у 2023 році підвищили кваліфікацію")
ev = g.f("events", "events", 47, "Проведено 47 групових заходів")
evp = g.f("event_participants", "persons", 1136, "якими охоплено 1 136 осіб", parent=ev)
cm = g.f("complaints", "complaints", 0, "Скарг⁸ на якість послуг не надходило")

g.slip("percent_impossible", "error", "Якістю послуги повністю задоволені 79,5 %⁵ опитаних", 79.5, "78,4 or 81,1",
       [s1, rs], "with 37 respondents no whole count gives 79,5 % (29 of 37 = 78,4 %, 30 of 37 = 81,1 %)",
       f"grim_ok(f{n(s1)}, f{n(rs)}, 1)", slip=1)
g.slip("percents_sum", "error", "Якістю послуги повністю задоволені 79,5 %⁵ опитаних, частково задоволені – 18,9 %, не задоволені – 2,7 %.",
       101.1, 100, [s1, s2, s3], "fully / partly / not satisfied partition the 37 respondents but sum to 101,1 %; with 78,4 % (29 of 37) they would sum to 100,0",
       f"psum_ok([f{n(s1)}, f{n(s2)}, f{n(s3)}], 1)", slip=1)
g.check("parts_sum", "у тому числі: консультування – 583, інформування – 402", "583 + 402 + 214 + 75 = 1 274",
        " + ".join("f" + n(x) for x in parts.values()) + f" == f{n(sv)}")
g.check("internal_conflict", "соціальний супровід сімей у складних життєвих обставинах – 214", "the list's 214 = the 214 families of the support paragraph",
        f"f{n(parts['social_support_sjo'])} == f{n(sj)}")
g.check("parts_sum", "Решта 8 повідомлень не підтвердилися або були повторними", "88 + 8 = 96 (8 literal)", f"f{n(na)} + 8 == f{n(nt)}")
g.check("parts_sum", "Завершено супровід 125 сімей", "52 + 61 + 12 = 125", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cp)}")
g.check("percent_mismatch", "Що становить 41,6 % від кількості сімей, які завершили супровід", "52 / 125 = 41,6 %",
        f"pct_ok(p{n(o1)}, f{n(o1)}, f{n(cp)}, 1)")
g.check("percent_impossible", "частково задоволені – 18,9 %", "18,9 % = 7 of 37; 2,7 % = 1 of 37", f"grim_ok(f{n(s2)}, f{n(rs)}, 1) and grim_ok(f{n(s3)}, f{n(rs)}, 1)")
g.check("parts_sum", "З них 38 сімей продовжують отримувати послугу з 2022 року", "38 ≤ 214; 125 completed ≤ 214; 37 respondents ≤ 214",
        f"f{n(sjo)} <= f{n(sj)} and f{n(cp)} <= f{n(sj)} and f{n(rs)} <= f{n(sj)}")
g.check("parts_sum", "фактично працює 21 фахівець", "21 ≤ 23; 9 trained ≤ 21", f"f{n(sa)} <= f{n(sp)} and f{n(stt)} <= f{n(sa)}")

g.skip("Опубліковано: 19.01.2024", [19, 1, 2024], "publication date")
g.skip("Переглядів: 342", [342], "view counter")
g.skip("у 2023 році", [2023], "year")
g.skip("від 01.12.2023 № 74 робоча група у складі 6 фахівців", [1, 12, 2023, 74, 6], "order date and number, working-group size")
g.skip("протягом 2023 року", [2023], "year")
g.skip("Решта 8 повідомлень не підтвердилися або були повторними.", [8], "notifications not confirmed (used as a literal)")
g.skip("З них 38 сімей продовжують отримувати послугу з 2022 року. Дані журналу обліку станом на 29.12.2023.", [2022, 29, 12, 2023], "year, date")
g.skip("Анкетування проведено анонімно з 4 по 15 грудня 2023 року.", [4, 15, 2023], "survey dates")
g.skip("до 1 робочого дня та оновити анкети до 01.03.2024", [1, 1, 3, 2024], "recommendation: target duration and deadline")
g.skip("Штатний розпис затверджено розпорядженням міського голови від 28.12.2022 № 614-р; з 01.07.2023 введено 2 посади",
       [28, 12, 2022, 614, 1, 7, 2023, 2], "order date/number, date, positions added (part of the 23; no separate fact)")
g.skip("У 2022 році надійшла 1 скарга", [2022, 1], "prior-year figure")
g.skip("¹", [1, 2, 3, 4, 5, 6, 7, 8], "footnote markers ¹–⁸ (glued to figures and words)")
g.note("footnote markers: the reader prints <sup>n</sup> as a superscript digit glued to the figure («1 274¹», «214 сімей³», «79,5 %⁵»); the figure's value is the number without the marker")
g.note("footnotes carry their own 2023 figures: 212 one-off phone consultations (¹, outside the 1 274), 38 families continuing from 2022 (³), 41,6 % (⁴, the percent of the 52), 23 repeat needs assessments (⁶); prior-year and dates in the footnotes are skipped")
g.note("the 214 of the service list and the 214 of the support paragraph are two facts")
g.note("survey: «повністю задоволені» → satisfaction (alt share); «частково» → share (alt satisfaction); «не задоволені» → share")
g.note("planted slip: 79,5 % cannot come from 37 respondents (29 → 78,4, 30 → 81,1) and the three answers sum to 101,1; recorded as two findings of one slip")
g.note("the 2 positions added from 01.07.2023 (footnote ⁷) are part of the 23 and not a separate fact")
g.write()
