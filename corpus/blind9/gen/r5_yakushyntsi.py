"""blind9 #5 — Ветеранський простір ЦНСП Якушинецької сільської ради (Вінницька), 2025. HTML windows-1251 council page."""
from common import F, write_gold, CORPUS, read_text
import os

DOC = "b9_05_yakushyntsi_veteranskyi_prostir.html"
HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Звіт про роботу Ветеранського простору за 2025 рік | Якушинецька сільська рада</title>
<link rel="stylesheet" href="/css/style.css?v=3.2.14">
<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-48213377-1']);</script>
</head>
<body>
<div class="top">
 <div class="logo"><a href="/">Якушинецька сільська рада</a><br><span>Вінницький район Вінницької області</span></div>
 <div class="contacts">тел. (0432) 55-21-09 | e-mail: yakush_rada@ukr.net</div>
</div>
<ul class="menu">
 <li><a href="/">Головна</a></li>
 <li><a href="/gromada/">Громада</a></li>
 <li><a href="/news/">Новини</a></li>
 <li><a href="/docs/">Документи</a></li>
 <li><a href="/socialnyi-zakhyst/">Соціальний захист</a></li>
 <li><a href="/contacts/">Контакти</a></li>
</ul>
<div class="breadcrumbs"><a href="/">Головна</a> &raquo; <a href="/news/">Новини</a> &raquo; Звіт про роботу Ветеранського простору за 2025 рік</div>
<div class="content">
<h1>Звіт про роботу Ветеранського простору Центру надання соціальних послуг Якушинецької сільської ради за 2025 рік</h1>
<div class="date">20.01.2026 10:42 &nbsp; Переглядів: 377</div>
<p>Ветеранський простір відкрито 27.02.2025 у структурі Центру надання соціальних послуг Якушинецької сільської ради за адресою: с. Якушинці, вул. Київська, 12. Простір працює щодня, крім неділі, з 9:00 до 19:00.</p>
<p>За 2025 рік до Ветеранського простору звернулися 684 особи, з них ветеранів війни &ndash; 291, членів сімей ветеранів &ndash; 236, членів сімей загиблих (померлих) Захисників і Захисниць &ndash; 157.</p>
<p>Фахівцями надано 2&nbsp;146 консультацій, з них юридичних &ndash; 604, психологічних &ndash; 918, з питань соціального захисту &ndash; 624. Фахівець із супроводу ветеранів війни та демобілізованих осіб здійснював супровід 118 ветеранів. 24 ветерани направлено до центру зайнятості, з них 17 працевлаштовано. Продуктові набори від благодійного фонду &laquo;Поділля-Допомога&raquo; отримали 96 родин загиблих Захисників на загальну суму 134,4 тис. грн (1&nbsp;400 грн на один набір).</p>
<p>Проведено 64 заходи (спортивні тренування, арт-терапія, кіноклуб, зустрічі &laquo;Кава з ветераном&raquo;), в яких взяли участь 1&nbsp;530 осіб.</p>
<h2>Оцінка якості</h2>
<p>У грудні 2025 року проведено анкетування, в якому взяли участь 120 відвідувачів простору.</p>
<table class="tbl" border="1">
<tr><th>Оцінка роботи простору</th><th>% опитаних</th></tr>
<tr><td>&laquo;добре&raquo;</td><td>88,3</td></tr>
<tr><td>&laquo;задовільно&raquo;</td><td>10,9</td></tr>
<tr><td>&laquo;незадовільно&raquo;</td><td>0,8</td></tr>
</table>
<p>Загальна оцінка якості надання послуг &ndash; &laquo;добре&raquo;. Скарг протягом року не надходило.</p>
<h2>Кадри та фінансування</h2>
<p>У Ветеранському просторі працюють 3 фахівці (штатним розписом передбачено 3,5 посади). Видатки на утримання простору у 2025 році склали 742,9 тис. грн, з них на придбання тренажерів (КЕКВ 3110) &ndash; 96,4 тис. грн.</p>
<p>Довідково: у 2024 році, до відкриття простору, ветерани звернулися до ЦНСП 212 разів. У 2026 році планується залучити до заходів простору не менше 800 осіб.</p>
<p class="author">Директорка ЦНСП Якушинецької сільської ради Наталія ГОНЧАРУК</p>
<div class="share">Поділитися: <a href="#">Facebook</a> <a href="#">Telegram</a></div>
</div>
<div class="sidebar">
 <h3>Останні новини</h3>
 <ul>
  <li><a href="/news/1">На 59-й сесії сільської ради розглянуто 47 питань</a> <span>16.01.2026</span></li>
  <li><a href="/news/2">У громаді відремонтовано 3,2 км доріг</a> <span>14.01.2026</span></li>
  <li><a href="/news/3">Волонтери передали 150 окопних свічок для ЗСУ</a> <span>10.01.2026</span></li>
 </ul>
 <h3>Оголошення</h3>
 <p>Прийом громадян сільським головою &ndash; щовівторка з 10:00 до 13:00, каб. 21.</p>
</div>
<div class="counters">Відвідувачів сьогодні: 318 | Всього: 1 204 556 | Онлайн: 7</div>
<div class="footer">&copy; 2017&ndash;2026 Якушинецька сільська рада. 23222, Вінницька обл., Вінницький р-н, с. Якушинці, вул. Київська, 10. Код ЄДРПОУ 04327016.<br>Сайт працює на платформі &laquo;Громада&raquo; v. 4.1</div>
</body>
</html>
"""

def main():
    with open(os.path.join(CORPUS, DOC), "w", encoding="cp1251", newline="\r\n") as fh:
        fh.write(HTML)
    t = read_text(os.path.join(CORPUS, DOC))
    open("/tmp/b9_05.txt", "w").write(t)
    facts = [
        F("applied", "persons", 684, "до Ветеранського простору звернулися 684 особи", tag="app"),
        F("applied", "persons", 291, "ветеранів війни – 291", category="ветерани війни", parent_id="app", group="applied_684"),
        F("applied", "persons", 236, "членів сімей ветеранів – 236", category="члени сімей ветеранів", parent_id="app", group="applied_684"),
        F("applied", "persons", 157, "членів сімей загиблих (померлих) Захисників і Захисниць – 157",
          category="члени сімей загиблих (померлих) Захисників і Захисниць", parent_id="app", group="applied_684"),
        F("services_provided", "services", 2146, "Фахівцями надано 2 146 консультацій", service="counselling", tag="cons"),
        F("services_provided", "services", 604, "з них юридичних – 604", service="counselling", label="юридичні консультації", parent_id="cons", group="consultations_2146"),
        F("services_provided", "services", 918, "психологічних – 918", service="counselling", label="психологічні консультації", parent_id="cons", group="consultations_2146"),
        F("services_provided", "services", 624, "з питань соціального захисту – 624", service="counselling", label="консультації з питань соціального захисту", parent_id="cons", group="consultations_2146"),
        F("served", "families", 96, "отримали 96 родин загиблих Захисників", service="natural_aid", category="родини загиблих Захисників",
          uncertain=True, note="food sets from a charity fund handed out by the space; natural_aid service id is a judgment call"),
        F("aid_value", "uah", 134400, "на загальну суму 134,4 тис. грн"),
        F("served", "persons", 118, "здійснював супровід 118 ветеранів", category="ветерани війни",
          label="супровід ветеранів війни та демобілізованих осіб"),
        F("events", "events", 64, "Проведено 64 заходи"),
        F("event_participants", "persons", 1530, "в яких взяли участь 1 530 осіб"),
        F("survey_respondents", "persons", 120, "в якому взяли участь 120 відвідувачів простору", unit_alt="recipients"),
        F("share", "percent", 88.3, "«добре»\t88,3", label="частка опитаних, які оцінили роботу простору «добре»", alt=["satisfaction"], group="survey_120", tag="s1"),
        F("share", "percent", 10.9, "«задовільно»\t10,9", label="частка опитаних, які оцінили роботу простору «задовільно»", group="survey_120", tag="s2"),
        F("share", "percent", 0.8, "«незадовільно»\t0,8", label="частка опитаних, які оцінили роботу простору «незадовільно»", group="survey_120", tag="s3"),
        F("rating", "rating", "good", "Загальна оцінка якості надання послуг – «добре»", criterion="overall"),
        F("complaints", "complaints", 0, "Скарг протягом року не надходило"),
        F("staff_actual", "staff", 3, "працюють 3 фахівці"),
        F("staff_positions", "positions", 3.5, "передбачено 3,5 посади"),
        F("budget_spent", "uah", 742900, "Видатки на утримання простору у 2025 році склали 742,9 тис. грн", tag="bs"),
        F("budget_spent", "uah", 96400, "на придбання тренажерів (КЕКВ 3110) – 96,4 тис. грн", kekv="3110", label="придбання тренажерів", parent_id="bs"),
    ]
    audit = [
        {"rule": "percent_impossible", "severity": "error", "quote": "«задовільно»\t10,9", "reported": 10.9, "expected": "10.8 or 11.7",
         "fact_ids": ["s2"], "note": "N = 120 respondents: 13/120 = 10.83 % → 10,8; 14/120 = 11.67 % → 11,7; no whole k gives 10,9. (88,3 = 106/120 and 0,8 = 1/120 are achievable.)"},
    ]
    checks = [
        {"rule": "parts_sum", "quote": "Фахівцями надано 2 146 консультацій, з них юридичних – 604, психологічних – 918, з питань соціального захисту – 624", "note": "604 + 918 + 624 = 2146"},
        {"rule": "parts_sum", "quote": "звернулися 684 особи, з них ветеранів війни – 291, членів сімей ветеранів – 236, членів сімей загиблих (померлих) Захисників і Захисниць – 157",
         "note": "291 + 236 + 157 = 684"},
        {"rule": "percents_sum", "quote": "«добре»\t88,3", "note": "88,3 + 10,9 + 0,8 = 100,0 %"},
        {"rule": "percent_impossible", "quote": "«добре»\t88,3", "note": "106/120 = 88.33 % → 88,3 achievable; 1/120 = 0.83 → 0,8 achievable"},
        {"rule": "rating_band", "quote": "Загальна оцінка якості надання послуг – «добре»", "note": "no bands stated; 88,3 % «добре» is the majority answer, overall «добре» not contradicted"},
    ]
    skipped = [
        {"quote": "20.01.2026 10:42 Переглядів: 377", "values": [377], "reason": "publication date (meta) and view counter"},
        {"quote": "Ветеранський простір відкрито 27.02.2025", "values": [27, 2, 2025], "reason": "opening date"},
        {"quote": "вул. Київська, 12. Простір працює щодня, крім неділі, з 9:00 до 19:00", "values": [12, 9, 19], "reason": "address and opening hours"},
        {"quote": "24 ветерани направлено до центру зайнятості, з них 17 працевлаштовано", "values": [24, 17], "reason": "referrals to employment centre / employed; no §3 id"},
        {"quote": "(1 400 грн на один набір)", "values": [1400], "reason": "price per unit"},
        {"quote": "у 2024 році, до відкриття простору, ветерани звернулися до ЦНСП 212 разів", "values": [212], "reason": "previous year's figure"},
        {"quote": "У 2026 році планується залучити до заходів простору не менше 800 осіб", "values": [800], "reason": "plan"},
        {"quote": "тел. (0432) 55-21-09", "values": [432], "reason": "phone"},
    ]
    notes = [
        "HTML in windows-1251 with menu, breadcrumbs, sidebar news, counters and footer; only the article body carries facts",
        "not facts and absent from the `zvitparse read` text (reader drops page furniture): sidebar news «розглянуто 47 питань», «відремонтовано 3,2 км доріг», «150 окопних свічок»; counters «Відвідувачів сьогодні: 318 | Всього: 1 204 556 | Онлайн: 7»; footer postcode 23222, address, ЄДРПОУ 04327016; «каб. 21». If a reader keeps them, they remain non-facts",
        "the percent-only survey table: three share rows with labels; «добре» row carries alt satisfaction",
        "the provider is the ЦНСП (the Ветеранський простір is its unit); centre_type other accepted as meta_alt",
        "settlement: the hromada is Якушинецька сільська територіальна громада, centre in с. Якушинці",
        "«2 146 консультацій» → services_provided (counselling), unit services",
        "KEKV 3110 written in prose next to an amount → kekv set",
    ]
    meta = {"centre": "Центр надання соціальних послуг Якушинецької сільської ради", "centre_type": "cnsp",
            "settlement": "Якушинці", "oblast": "Вінницька", "report_kind": "annual_report",
            "period_start": "2025-01-01", "period_end": "2025-12-31", "published": "2026-01-20"}
    meta_alt = {"settlement": ["Якушинецька громада", "Якушинецька сільська територіальна громада"],
                "centre": ["Ветеранський простір Центру надання соціальних послуг Якушинецької сільської ради"], "centre_type": ["other"]}
    write_gold(DOC, meta, facts, audit, checks, skipped, notes, meta_alt=meta_alt)

if __name__ == "__main__":
    main()
