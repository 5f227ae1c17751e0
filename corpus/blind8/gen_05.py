"""blind8/05: news item about a mobile team of social-psychological assistance (Сумська), word numerals. TXT UTF-8."""
from _common import F, write_text, write_gold

STEM = "05_okhtyrka_mobile_team_2025_09"
TEXT = """Охтирська міська рада Сумської області
Головна › Новини › Соціальний захист

Мобільна бригада соціально-психологічної допомоги підбила підсумки вересня

02.10.2025 | 147 переглядів

Протягом вересня 2025 року фахівці мобільної бригади соціально-психологічної допомоги особам, які постраждали від домашнього насильства та/або насильства за ознакою статі, Центру соціальних служб Охтирської міської ради здійснили сорок два виїзди до сімей у місті та старостинських округах.

На «гарячу лінію» бригади надійшло двадцять сім дзвінків, з них сімнадцять – щодо психологічного насильства, шість – щодо фізичного, три – щодо економічного.

Допомогу отримала тридцять одна особа: двадцять шість жінок (84 %), четверо чоловіків та одна дитина. Одинадцятьом особам надано психологічну консультацію, загалом проведено двадцять дві індивідуальні консультації. Трьох жінок разом із п'ятьма дітьми влаштовано до кризової кімнати.

Від служби у справах дітей надійшло вісім повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах. Фахівці провели оцінку потреб у дев'яти сім'ях, п'ять із яких взято під соціальний супровід. Шістьом сім'ям, у яких виховується чотирнадцятеро дітей, надано натуральну допомогу – продуктові набори від БФ «Право на захист».

Також бригада провела чотири групові заняття з профілактики булінгу та насильства для підлітків віком 14–17 років у ліцеях громади, охопивши 68 учнів.

До складу бригади входять троє фахівців: психолог, фахівець із соціальної роботи та юрист. Усі троє у вересні пройшли дводенний тренінг «Травмоінформований підхід у роботі з постраждалими».

Скарг на роботу бригади не надходило.

Від початку року бригада відпрацювала 312 викликів, а з моменту створення у 2019 році – понад дві тисячі.

Якщо ви чи ваші близькі потребуєте допомоги – телефонуйте цілодобово: 066 123 45 67, або на національну гарячу лінію 116 123.

Центр соціальних служб Охтирської міської ради
м. Охтирка, вул. Незалежності, 8, каб. 3
"""
facts = [
    F("calls", "calls", "calls", 27, "надійшло двадцять сім дзвінків"),
    F("c1", "calls", "calls", 17, "сімнадцять – щодо психологічного насильства", label="психологічне насильство", group="calls_27", parent="calls"),
    F("c2", "calls", "calls", 6, "шість – щодо фізичного", label="фізичне насильство", group="calls_27", parent="calls"),
    F("c3", "calls", "calls", 3, "три – щодо економічного", label="економічне насильство", group="calls_27", parent="calls"),
    F("sv", "served", "persons", 31, "Допомогу отримала тридцять одна особа"),
    F(None, "served", "persons", 26, "двадцять шість жінок (84 %)", percent=84, category="жінки", group="served_31", parent="sv"),
    F(None, "served", "persons", 4, "четверо чоловіків", category="чоловіки", group="served_31", parent="sv"),
    F(None, "served", "children", 1, "одна дитина", unit_alt="persons", category="діти", group="served_31", parent="sv"),
    F(None, "served", "persons", 11, "Одинадцятьом особам надано психологічну консультацію", service="counselling"),
    F(None, "services_provided", "services", 22, "проведено двадцять дві індивідуальні консультації", service="counselling"),
    F(None, "notified", "families", 8, "надійшло вісім повідомлень про сім'ї"),
    F(None, "needs_assessed", "families", 9, "провели оцінку потреб у дев'яти сім'ях"),
    F(None, "support_started", "families", 5, "п'ять із яких взято під соціальний супровід", service="social_support_sjo"),
    F("na", "served", "families", 6, "Шістьом сім'ям, у яких виховується чотирнадцятеро дітей, надано натуральну допомогу", service="natural_aid"),
    F(None, "served", "children", 14, "у яких виховується чотирнадцятеро дітей", service="natural_aid", parent="na"),
    F(None, "events", "events", 4, "бригада провела чотири групові заняття"),
    F(None, "event_participants", "persons", 68, "охопивши 68 учнів", unit_alt="children"),
    F(None, "staff_actual", "staff", 3, "До складу бригади входять троє фахівців", label="мобільна бригада"),
    F(None, "staff_trained", "staff", 3, "Усі троє у вересні пройшли дводенний тренінг"),
    F(None, "complaints", "complaints", 0, "Скарг на роботу бригади не надходило"),
]
audit = [
    {"rule": "parts_sum", "severity": "error",
     "quote": "надійшло двадцять сім дзвінків, з них сімнадцять – щодо психологічного насильства, шість – щодо фізичного, три – щодо економічного",
     "reported": 27, "expected": 26, "facts": ["calls", "c1", "c2", "c3"],
     "note": "PLANTED (word numerals). 17 + 6 + 3 = 26 calls, 1 short of 27. «з них» could be a non-exhaustive subset, but the list reads as the breakdown of all calls, hence error; warning acceptable."},
]
checks = [
    {"rule": "parts_sum", "quote": "Допомогу отримала тридцять одна особа: двадцять шість жінок (84 %), четверо чоловіків та одна дитина", "note": "26 + 4 + 1 = 31"},
    {"rule": "percent_mismatch", "quote": "двадцять шість жінок (84 %)", "note": "26 / 31 = 83,9 % → 84 %"},
    {"rule": "parts_sum", "quote": "провели оцінку потреб у дев'яти сім'ях, п'ять із яких взято під соціальний супровід", "note": "5 ≤ 9"},
]
skipped = [
    {"quote": "02.10.2025 | 147 переглядів", "values": [147], "reason": "publication date and page views"},
    {"quote": "здійснили сорок два виїзди до сімей", "values": [42], "reason": "call-outs / visits; no §3 id (candidate: visits)"},
    {"quote": "Трьох жінок разом із п'ятьма дітьми влаштовано до кризової кімнати", "values": [3, 5], "reason": "placement into a crisis room; no §3 id"},
    {"quote": "підлітків віком 14–17 років", "values": [14, 17], "reason": "ages"},
    {"quote": "дводенний тренінг", "values": [2], "reason": "duration"},
    {"quote": "Від початку року бригада відпрацювала 312 викликів", "values": [312], "reason": "year-to-date, not the report period (September)"},
    {"quote": "з моменту створення у 2019 році – понад дві тисячі", "values": [2000], "reason": "cumulative since 2019, other period"},
    {"quote": "066 123 45 67, або на національну гарячу лінію 116 123", "values": [], "reason": "phones"},
    {"quote": "вул. Незалежності, 8, каб. 3", "values": [8, 3], "reason": "address"},
]
notes = [
    "news item: report_kind other (period_report accepted); period «протягом вересня 2025 року» → 2025-09-01..2025-09-30",
    "«одна дитина» among the 31 persons helped: unit children, persons accepted via unit_alt",
    "«охопивши 68 учнів» → event_participants persons (children accepted)",
    "«троє фахівців» of the mobile team: staff_actual 3 with label; the team is part of the ЦСС, not its whole staff",
    "11 persons counselled (served, counselling) and 22 consultations (services_provided, counselling) are two different figures",
]
write_text(STEM + ".txt", TEXT)
write_gold(STEM, STEM + ".txt",
           {"settlement": "Охтирка", "centre": "Центр соціальних служб Охтирської міської ради",
            "centre_type": "css", "oblast": "Сумська", "report_kind": "other",
            "period_start": "2025-09-01", "period_end": "2025-09-30", "published": "2025-10-02"},
           facts, audit, checks, skipped, notes, meta_alt={"report_kind": ["period_report"]})
