"""blind8/03: annual report of a de-occupied hromada's ТЦСО (Херсонська) on a council web page. HTML windows-1251."""
from _common import F, write_text, write_gold

STEM = "03_vysokopillia_tcso_2023"
BODY = """<h1>Звіт про роботу територіального центру соціального обслуговування (надання соціальних послуг) Високопільської селищної ради за 2023 рік</h1>
<div class="meta">Опубліковано 19.01.2024 10:42 | Соціальний захист | Переглядів: 238</div>
<p>Територіальний центр соціального обслуговування (надання соціальних послуг) Високопільської селищної ради Бериславського району Херсонської області відновив роботу після звільнення громади від тимчасової окупації у вересні 2022 року. Приміщення центру (вул. Миру, 14) зазнало пошкоджень внаслідок обстрілу 27.03.2023; прийом громадян тимчасово здійснюється в адмінбудівлі селищної ради.</p>
<h2>Кадри</h2>
<p>Штатна чисельність центру – 32 посади, з них зайнято 27 (81,3 %), у тому числі 17 соціальних робітників. До повномасштабного вторгнення в центрі працювало 46 працівників.</p>
<h2>Відділення соціальної допомоги вдома</h2>
<p>До центру надійшло 96 заяв на отримання соціальних послуг. Взято на обслуговування 43 особи, з них 29 – особи, які повернулися до громади з евакуації. Станом на 31.12.2023 на обслуговуванні відділення перебуває 186 осіб (до 24.02.2022 – 412 осіб). Соціальними робітниками надано 24 318 соціальних послуг.</p>
<p>За віковою структурою отримувачі послуги догляду вдома розподіляються так: до 60 років – 14 %, від 60 до 79 років – 47 %, 80 років і старше – 41 %.</p>
<h2>Гуманітарна допомога</h2>
<p>Спільно з благодійними організаціями (БФ «Карітас-Херсон», ВБО «Право на захист», Українське Товариство Червоного Хреста) центр організував розподіл гуманітарної допомоги. Продуктові набори отримали понад 1,2 тис. осіб, гігієнічні набори – 860 осіб, ковдри та теплий одяг – близько 400 осіб. З числа отримувачів продуктових наборів 352 особи – внутрішньо переміщені особи, 214 – особи з інвалідністю. Загальна вартість розподіленої допомоги – 2,47 млн грн.</p>
<p>Крім того, спільно з поліцією та ДСНС у період посилення обстрілів організовано евакуацію 37 маломобільних мешканців громади до Кропивницького та Одеси. Загалом з початку деокупації до громади повернулося близько 2,3 тис. мешканців.</p>
<h2>Відділення денного перебування</h2>
<p>Відділення денного перебування відновило роботу з 01.06.2023 в укритті (площа 86 кв. м). Проведено 38 заходів психологічної підтримки, в яких взяли участь 412 осіб.</p>
<h2>Якість послуг</h2>
<p>Рівень задоволеності отримувачів якістю послуг за результатами анкетування становить 93,3 % (опитано 120 осіб). Скарг на роботу працівників центру протягом року не надходило.</p>
<p>Директор територіального центру Світлана МОРОЗ</p>
"""
HTML = """<!DOCTYPE html>
<html lang="uk"><head><meta charset="windows-1251"><title>Звіт ТЦСО за 2023 рік | Високопільська селищна рада</title></head>
<body>
<div id="top">Високопільська селищна територіальна громада · Херсонська область · Гаряча лінія 0 800 500 335 · 8 (05535) 2-12-03</div>
<div class="main_menu"><ul><li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li><li><a href="/news">Новини (1 284)</a></li><li><a href="/docs">Документи</a></li><li><a href="/ssz">Соціальний захист</a></li><li><a href="/contacts">Контакти</a></li></ul></div>
<div id="wrap">
<div class="left_col sidebar">
<h3>Останні новини</h3>
<ul>
<li>18.01.2024 Уряд продовжив виплату допомоги на проживання ВПО: 2 000 грн на дорослого, 3 000 грн на дитину</li>
<li>16.01.2024 У громаді відновлено електропостачання ще 112 домогосподарств</li>
<li>12.01.2024 Пункт незламності працює 24/7</li>
</ul>
<h3>Опитування</h3>
<p>Чи задоволені Ви роботою ЦНАП? Так – 67 голосів, Ні – 12 голосів</p>
<h3>Лічильник</h3>
<p>Сьогодні: 41 · Всього відвідувань: 15 284</p>
</div>
<div class="content">
""" + BODY + """</div>
</div>
<div class="footer">
<p>© 2017–2024 Високопільська селищна рада. 74000, Херсонська обл., Бериславський р-н, смт Високопілля, вул. Центральна, 7. Код ЄДРПОУ 04400794.</p>
<p>Сторінка 1 з 1 · Версія для друку</p>
</div>
</body></html>
"""
H = "home_care"
facts = [
    F("pos", "staff_positions", "positions", 32, "Штатна чисельність центру – 32 посади"),
    F("act", "staff_actual", "staff", 27, "з них зайнято 27 (81,3 %)", percent=81.3),
    F(None, "staff_actual", "staff", 17, "у тому числі 17 соціальних робітників", label="соціальні робітники", parent="act"),
    F(None, "applied", "applications", 96, "До центру надійшло 96 заяв на отримання соціальних послуг"),
    F("st", "support_started", "persons", 43, "Взято на обслуговування 43 особи", service=H, alt=["registered_new", "served"]),
    F(None, "support_started", "persons", 29, "з них 29 – особи, які повернулися до громади з евакуації", service=H, category="особи, які повернулися до громади з евакуації", alt=["registered_new", "served"], parent="st"),
    F(None, "support_ongoing", "persons", 186, "на обслуговуванні відділення перебуває 186 осіб", service=H, alt=["served", "registered"]),
    F(None, "services_provided", "services", 24318, "Соціальними робітниками надано 24 318 соціальних послуг", service=H),
    F("a1", "share", "percent", 14, "до 60 років – 14 %", service=H, label="отримувачі віком до 60 років", group="age_structure_home_care"),
    F("a2", "share", "percent", 47, "від 60 до 79 років – 47 %", service=H, label="отримувачі віком від 60 до 79 років", group="age_structure_home_care"),
    F("a3", "share", "percent", 41, "80 років і старше – 41 %", service=H, label="отримувачі віком 80 років і старше", group="age_structure_home_care"),
    F("food", "served", "persons", 1200, "Продуктові набори отримали понад 1,2 тис. осіб", service="natural_aid", label="продуктові набори"),
    F(None, "served", "persons", 860, "гігієнічні набори – 860 осіб", service="natural_aid", label="гігієнічні набори"),
    F(None, "served", "persons", 400, "ковдри та теплий одяг – близько 400 осіб", service="natural_aid", label="ковдри та теплий одяг"),
    F(None, "served", "persons", 352, "352 особи – внутрішньо переміщені особи", service="natural_aid", category="внутрішньо переміщені особи", label="продуктові набори", parent="food"),
    F(None, "served", "persons", 214, "214 – особи з інвалідністю", service="natural_aid", category="особи з інвалідністю", label="продуктові набори", parent="food"),
    F(None, "aid_value", "uah", 2470000, "Загальна вартість розподіленої допомоги – 2,47 млн грн", service="natural_aid"),
    F(None, "events", "events", 38, "Проведено 38 заходів психологічної підтримки"),
    F(None, "event_participants", "persons", 412, "в яких взяли участь 412 осіб"),
    F(None, "satisfaction", "percent", 93.3, "Рівень задоволеності отримувачів якістю послуг за результатами анкетування становить 93,3 %"),
    F(None, "survey_respondents", "persons", 120, "(опитано 120 осіб)", unit_alt="recipients"),
    F(None, "complaints", "complaints", 0, "Скарг на роботу працівників центру протягом року не надходило"),
]
audit = [
    {"rule": "percent_mismatch", "severity": "error", "quote": "з них зайнято 27 (81,3 %)",
     "reported": 81.3, "expected": 84.4, "facts": ["act"],
     "note": "PLANTED. 27 of 32 positions = 84,375 % → 84,4 %; 81,3 % would be 26/32 = 81,25 %."},
    {"rule": "percents_sum", "severity": "error", "quote": "до 60 років – 14 %, від 60 до 79 років – 47 %, 80 років і старше – 41 %",
     "reported": 102, "expected": 100, "facts": ["a1", "a2", "a3"],
     "note": "PLANTED. Age groups of home-care recipients form one partition: 14 + 47 + 41 = 102 %; whole percents of three parts can sum to at most 100 ± 1."},
]
checks = [
    {"rule": "percent_impossible", "quote": "становить 93,3 % (опитано 120 осіб)", "note": "112 / 120 = 93,33 % → 93,3 %, achievable"},
    {"rule": "parts_sum", "quote": "Взято на обслуговування 43 особи, з них 29", "note": "29 ≤ 43"},
    {"rule": "parts_sum", "quote": "З числа отримувачів продуктових наборів 352 особи – внутрішньо переміщені особи, 214 – особи з інвалідністю", "note": "352 + 214 = 566 ≤ 1 200 (categories of a subset, may overlap)"},
    {"rule": "parts_sum", "quote": "з них зайнято 27 (81,3 %), у тому числі 17 соціальних робітників", "note": "17 ≤ 27"},
]
skipped = [
    {"quote": "Опубліковано 19.01.2024 10:42", "values": [19, 1, 2024, 10, 42], "reason": "publication date (meta)"},
    {"quote": "Переглядів: 238", "values": [238], "reason": "page views (site furniture)"},
    {"quote": "вул. Миру, 14", "values": [14], "reason": "address"},
    {"quote": "обстрілу 27.03.2023", "values": [27, 3, 2023], "reason": "date"},
    {"quote": "До повномасштабного вторгнення в центрі працювало 46 працівників", "values": [46], "reason": "pre-war figure (other period)"},
    {"quote": "(до 24.02.2022 – 412 осіб)", "values": [412], "reason": "pre-war figure (other period); the same number 412 later is a real fact (participants)"},
    {"quote": "евакуацію 37 маломобільних мешканців громади", "values": [37], "reason": "evacuated persons; no §3 id (candidate: evacuated, unit persons)"},
    {"quote": "повернулося близько 2,3 тис. мешканців", "values": [2300], "reason": "returnees to the hromada since de-occupation: population movement, not the provider's figure, and not limited to 2023"},
    {"quote": "з 01.06.2023 в укритті (площа 86 кв. м)", "values": [86], "reason": "date and floor area"},
    {"quote": "Гаряча лінія 0 800 500 335", "values": [800500335], "reason": "phone in the header"},
]
notes = [
    "«понад 1,2 тис.» = 1200, «близько 400» = 400, «2,47 млн грн» = 2 470 000, as agreed",
    "«опитано 120 осіб» → survey_respondents persons (recipients accepted via unit_alt)",
    "the 93,3 % is a standalone satisfaction share; no satisfied count is written",
    "humanitarian aid handed out by the ТЦСО read as service natural_aid",
    "age-structure percentages are share facts with labels; the ages themselves are not facts",
    "site furniture with numbers (menu «Новини (1 284)», sidebar news «2 000 грн … 3 000 грн», «112 домогосподарств», poll «67 / 12 голосів», counter «41 · 15 284», footer postal code 74000, ЄДРПОУ, «Сторінка 1 з 1») is not facts; `zvitparse read` already drops the sidebar and footer, the header line with the hotline stays and is listed in skipped",
    "oblast stated in the body («Херсонської області») and in the site header",
]
write_text(STEM + ".html", HTML, encoding="cp1251")
write_gold(STEM, STEM + ".html",
           {"settlement": "Високопілля",
            "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Високопільської селищної ради",
            "centre_type": "tcso", "oblast": "Херсонська", "report_kind": "annual_report",
            "period_start": "2023-01-01", "period_end": "2023-12-31", "published": "2024-01-19"},
           facts, audit, checks, skipped, notes)
