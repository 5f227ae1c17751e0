"""b21_08: **an infographic turned into a web page** — «2024 рік у цифрах» of the ЦНСП of Бурштинська
міська рада (HTML, UTF-8).

A less common style: big-number tiles with captions after the figure, icon alt texts, a donut chart
legend, a bar chart given as a list with the bars drawn in block characters, a badge with the overall
rating, and a survey chart.
Planted slip: the donut «Хто наші отримувачі» sums to 48 + 22 + 18 + 15 = 103 %.
"""
from common import Gold, report_path, write_text

DOC = "b21_08_burshtyn_cnsp_infographic2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>2024 рік у цифрах – ЦНСП Бурштинської міської ради</title>
<style>.tile{display:inline-block;width:220px}.big{font-size:40px;font-weight:700}.bar{color:#2a7}</style>
</head>
<body>
<header><a href="/">Бурштинська міська рада</a> | <a href="/cnsp">ЦНСП</a> | <a href="/news">Новини</a></header>
<main>
<h1>Центр надання соціальних послуг Бурштинської міської ради: 2024 рік у цифрах</h1>
<p class="lead">Інфографіка до звіту за 2024 рік. Працюємо для громади з 2020 року.</p>

<section class="tiles">
<div class="tile"><img src="/img/ic-people.svg" alt="іконка: люди"><p><span class="big">2 038</span> осіб отримали соціальні послуги</p></div>
<div class="tile"><img src="/img/ic-hand.svg" alt="іконка: рука"><p><span class="big">14 517</span> наданих соціальних послуг</p></div>
<div class="tile"><img src="/img/ic-home.svg" alt="іконка: будинок"><p><span class="big">391</span> особа – під доглядом вдома</p></div>
<div class="tile"><img src="/img/ic-sun.svg" alt="іконка: сонце"><p><span class="big">63</span> дитини з інвалідністю відвідують відділення денного догляду «Сонячне коло»</p></div>
<div class="tile"><img src="/img/ic-family.svg" alt="іконка: сім'я"><p><span class="big">27</span> сімей під соціальним супроводом, <span class="big">19</span> з них подолали складні життєві обставини</p></div>
<div class="tile"><img src="/img/ic-phone.svg" alt="іконка: телефон"><p><span class="big">1 146</span> дзвінків на гарячу лінію</p></div>
<div class="tile"><img src="/img/ic-group.svg" alt="іконка: група"><p><span class="big">58</span> групових заходів · <span class="big">934</span> учасники</p></div>
<div class="tile"><img src="/img/ic-box.svg" alt="іконка: коробка"><p><span class="big">4,2 млн грн</span> – вартість гуманітарної допомоги, яку ми передали людям (3 870 продуктових наборів)</p></div>
<div class="tile"><img src="/img/ic-heart.svg" alt="іконка: серце"><p><span class="big">0</span> скарг за рік</p></div>
<div class="tile"><img src="/img/ic-star.svg" alt="іконка: зірка"><p><span class="big">12</span> волонтерів допомагали щотижня</p></div>
</section>

<section>
<h2>Хто наші отримувачі</h2>
<p>(кругова діаграма, % від усіх отримувачів)</p>
<ul class="legend">
<li>люди похилого віку – 48 %</li>
<li>особи з інвалідністю – 22 %</li>
<li>внутрішньо переміщені особи – 18 %</li>
<li>сім'ї з дітьми – 15 %</li>
</ul>
</section>

<section>
<h2>Скільки людей отримали кожну послугу</h2>
<ul class="bars">
<li>натуральна допомога ▇▇▇▇▇▇▇▇▇▇ 1 204</li>
<li>догляд вдома ▇▇▇▇ 391</li>
<li>консультування ▇▇▇ 312</li>
<li>соціальний супровід ▇ 68 осіб (27 сімей)</li>
<li>денний догляд дітей з інвалідністю ▇ 63</li>
</ul>
</section>

<section>
<h2>Перший крок – звернення</h2>
<p><span class="big">2 415</span> звернень до Центру (особисто, телефоном і онлайн) · <span class="big">98</span> повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах · <span class="big">73</span> оцінки потреб</p>
<p>Нове у 2024 році: <span class="big">6</span> молодих людей з інвалідністю отримують послугу підтриманого проживання у квартирі на вул. Калуській.</p>
</section>

<section>
<h2>Гроші громади – під контролем</h2>
<p><span class="big">18,6 млн грн</span> – затверджено на утримання Центру на 2024 рік (загальний фонд)</p>
<p><span class="big">18,1 млн грн</span> – використано (97,3 %)</p>
<p><span class="big">236 тис. грн</span> – надійшло благодійних внесків на спеціальний рахунок</p>
</section>

<section>
<h2>Кроки року</h2>
<ul class="timeline">
<li>березень – відкрили кімнату психологічного розвантаження</li>
<li>червень – другий автомобіль для соціального таксі</li>
<li>жовтень – 5-річчя Центру</li>
</ul>
</section>

<section>
<h2>Наша команда</h2>
<p><span class="big">42</span> працівники, з них <span class="big">17</span> соціальних робітників. <span class="big">11</span> колег підвищили кваліфікацію. Мобільна бригада обслуговує 7 старостинських округів.</p>
</section>

<section>
<h2>Як нас оцінили</h2>
<p>Опитування 240 отримувачів послуг (листопад 2024 року):</p>
<ul class="legend">
<li>«добре» – 87 %</li>
<li>«задовільно» – 11 %</li>
<li>«незадовільно» – 2 %</li>
</ul>
<p class="badge">Внутрішня оцінка якості послуг за 2024 рік: «ДОБРЕ»</p>
<p>+9 % отримувачів порівняно з 2023 роком · кожен восьмий мешканець громади звертався до нас</p>
</section>

<p class="contacts">77111, м. Бурштин, вул. Шевченка, 8 · (03438) 0-42-15 · cnsp.burshtyn@example.ua</p>
</main>
<footer>© 2025 ЦНСП Бурштинської міської ради · Дизайн інфографіки: відділ комунікацій</footer>
</body>
</html>
"""


def build():
    write_text(report_path(DOC), HTML)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Бурштинської міської ради",
        "centre_type": "cnsp", "settlement": "Бурштин",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"report_kind": ["other"]})
    f = g.f
    t = f("served", "persons", 2038, "2 038 осіб отримали соціальні послуги")
    f("services_provided", "services", 14517, "14 517 наданих соціальних послуг")
    hc = f("served", "persons", 391, "391 особа – під доглядом вдома", service="home_care")
    dc = f("served", "children", 63, "63 дитини з інвалідністю відвідують відділення денного догляду «Сонячне коло»",
           service="day_care_children_disabled", category="діти з інвалідністю")
    su = f("served", "families", 27, "27 сімей під соціальним супроводом", service="social_support_sjo",
           alt=["support_ongoing"])
    po = f("outcome_positive", "families", 19, "19 з них подолали складні життєві обставини", parent=su)
    f("calls", "calls", 1146, "1 146 дзвінків на гарячу лінію")
    ev = f("events", "events", 58, "58 групових заходів")
    f("event_participants", "persons", 934, "934 учасники", parent=ev)
    f("aid_value", "uah", 4200000, "4,2 млн грн – вартість гуманітарної допомоги", service="natural_aid",
      label="гуманітарна допомога")
    f("complaints", "complaints", 0, "0 скарг за рік")
    legend = [("люди похилого віку", 48), ("особи з інвалідністю", 22), ("внутрішньо переміщені особи", 18),
              ("сім'ї з дітьми", 15)]
    pie = [f("share", "percent", v, f"{c} – {v} %", category=c, label="частка отримувачів",
             group="recipients_by_category", parent=t) for c, v in legend]
    bars = [
        f("served", "persons", 1204, "натуральна допомога ▇▇▇▇▇▇▇▇▇▇ 1 204", service="natural_aid",
          group="served_2038_by_service", parent=t),
        f("served", "persons", 391, "догляд вдома ▇▇▇▇ 391", service="home_care", group="served_2038_by_service",
          parent=t),
        f("served", "persons", 312, "консультування ▇▇▇ 312", service="counselling", group="served_2038_by_service",
          parent=t),
    ]
    sp = f("served", "persons", 68, "соціальний супровід ▇ 68 осіб (27 сімей)", service="social_support_sjo",
           alt=["support_ongoing"], group="served_2038_by_service", parent=t)
    sf = f("served", "families", 27, "соціальний супровід ▇ 68 осіб (27 сімей)", service="social_support_sjo",
           alt=["support_ongoing"], parent=sp)
    bd = f("served", "persons", 63, "денний догляд дітей з інвалідністю ▇ 63", service="day_care_children_disabled",
           unit_alt="children", group="served_2038_by_service", parent=t)
    bars += [sp, bd]
    ap = f("applied", "applications", 2415, "2 415 звернень до Центру (особисто, телефоном і онлайн)")
    nf = f("notified", "families", 98, "98 повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах")
    na = f("needs_assessed", "families", 73, "73 оцінки потреб", unit_alt="families_persons")
    f("served", "persons", 6, "6 молодих людей з інвалідністю отримують послугу підтриманого проживання",
      service="supported_living", category="молоді люди з інвалідністю")
    ba = f("budget_approved", "uah", 18600000, "18,6 млн грн – затверджено на утримання Центру на 2024 рік",
           label="загальний фонд")
    bs = f("budget_spent", "uah", 18100000, "18,1 млн грн – використано (97,3 %)", percent=97.3,
           label="загальний фонд")
    f("budget_received", "uah", 236000, "236 тис. грн – надійшло благодійних внесків на спеціальний рахунок",
      label="спеціальний рахунок, благодійні внески")
    sa = f("staff_actual", "staff", 42, "42 працівники")
    sw = f("staff_actual", "staff", 17, "з них 17 соціальних робітників", label="соціальні робітники", parent=sa)
    tr = f("staff_trained", "staff", 11, "11 колег підвищили кваліфікацію")
    rs = f("survey_respondents", "recipients", 240, "Опитування 240 отримувачів послуг", unit_alt="persons")
    s1 = f("satisfaction", "percent", 87, "«добре» – 87 %", label="оцінили послуги на «добре»", alt=["share"],
           group="survey_240_answers")
    s2 = f("share", "percent", 11, "«задовільно» – 11 %", label="оцінили послуги на «задовільно»",
           group="survey_240_answers")
    s3 = f("share", "percent", 2, "«незадовільно» – 2 %", label="оцінили послуги на «незадовільно»",
           group="survey_240_answers")
    f("rating", "rating", "good", "Внутрішня оцінка якості послуг за 2024 рік: «ДОБРЕ»", criterion="overall")

    g.slip("percents_sum", "error", "люди похилого віку – 48 %", 103, 100, pie,
           "the donut legend «Хто наші отримувачі» (% of all recipients) sums to 48 + 22 + 18 + 15 = 103 %; with "
           "whole percents four parts can miss 100 by at most 2.",
           "psum_ok([" + ", ".join(pie) + "], 0)")
    g.check("parts_sum", "Скільки людей отримали кожну послугу", "1 204 + 391 + 312 + 68 + 63 = 2 038",
            " + ".join(bars) + f" == {t}")
    g.check("internal_conflict", "391 особа – під доглядом вдома",
            "tile and bar agree: home care 391 = 391; day care 63 = 63; support 27 families = 27",
            f"{hc} == {bars[1]} and {dc} == {bd} and {su} == {sf}")
    g.check("percent_mismatch", "18,1 млн грн – використано (97,3 %)", "18,1 / 18,6 = 97,31 % → 97,3; 73 ≤ 98",
            f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1) and {na} <= {nf}")
    g.check("percents_sum", "«добре» – 87 %", "87 + 11 + 2 = 100", f"psum_ok([{s1}, {s2}, {s3}], 0)")
    g.check("percent_impossible", "Опитування 240 отримувачів послуг", "whole percents of 240 are all reachable",
            f"grim_ok({s1}, {rs}, 0) and grim_ok({s2}, {rs}, 0) and grim_ok({s3}, {rs}, 0)")
    g.check("parts_sum", "19 з них подолали складні життєві обставини", "19 ≤ 27; 17 ≤ 42; 11 ≤ 42",
            f"{po} <= {su} and {sw} <= {sa} and {tr} <= {sa}")

    g.skip("Працюємо для громади з 2020 року.", [2020], "founding year")
    g.skip("червень – другий автомобіль для соціального таксі", [2], "ordinal (timeline)")
    g.skip("жовтень – 5-річчя Центру", [5], "anniversary")
    g.skip("(3 870 продуктових наборів)", [3870], "items (набори)")
    g.skip("12 волонтерів допомагали щотижня", [12], "volunteers; no §3 id")
    g.skip("Мобільна бригада обслуговує 7 старостинських округів.", [7], "number of starosta districts")
    g.skip("(листопад 2024 року)", [2024], "survey month")
    g.skip("+9 % отримувачів порівняно з 2023 роком · кожен восьмий мешканець громади", [9, 2023, 8],
           "growth rate, prior year and a ratio in words (ordinal)")
    g.skip("77111, м. Бурштин, вул. Шевченка, 8 · (03438) 0-42-15", [77111, 8, 3438, 4215],
           "postcode, address, phone")

    g.note("«73 оцінки потреб» follows «98 повідомлень про сім'ї» → unit families (families_persons accepted as "
           "unit_alt); «2 415 звернень» → applied, unit applications")
    g.note("the bar list sits under «Скільки людей отримали кожну послугу», so its bars are persons (the day-care bar "
           "accepts children as unit_alt); the tile «63 дитини» is children")
    g.note("money tiles «18,6 млн грн», «236 тис. грн» stored in hryvnias; no KEKV")
    g.note("an infographic: each tile's figure comes first and its caption after; the reader prints a tile as one "
           "line")
    g.note("the donut legend gives standalone percentages of all recipients by category → share with category, "
           "one group")
    g.note("the bar list repeats three tile figures (391, 63, 27): each is two facts. The bar «соціальний супровід 68 "
           "осіб (27 сімей)» gives persons (part of 2 038) and families")
    g.note("63 children in the day-care department for children with disabilities → service "
           "day_care_children_disabled (015.3.1), unit children")
    g.note("survey answers «добре / задовільно / незадовільно» with % are survey shares, not ratings; the badge "
           "«Внутрішня оцінка якості … «ДОБРЕ»» is the overall rating")
    g.note("oblast not stated (Бурштин is in Івано-Франківська oblast) → omitted from meta; "
           "report_kind annual_report (an infographic of the annual report), other accepted")
    g.write()


if __name__ == "__main__":
    build()
    gold()
