"""b112_08: stenogram of a session of Синевирська сільська рада, item on the 2024 report of КУ «ЦНСП» (UTF-8 TXT)."""
from common import Gold, report_path, write_text

NAME = "b112_08_synevyr_cnsp_session2024.txt"
TEXT = """СИНЕВИРСЬКА СІЛЬСЬКА РАДА
ХУСТСЬКОГО РАЙОНУ ЗАКАРПАТСЬКОЇ ОБЛАСТІ
ВОСЬМЕ СКЛИКАННЯ

СТЕНОГРАМА
пленарного засідання двадцять дев'ятої сесії
(фрагмент: розгляд питання 4 порядку денного)

с. Синевир, сесійна зала                                  20 лютого 2025 року

Засідання розпочато о 10:00. Зареєстровано 21 депутата із 26.

ГОЛОВУЮЧИЙ. Колеги, переходимо до четвертого питання: «Про звіт Комунальної установи «Центр надання соціальних послуг» Синевирської сільської ради за 2024 рік». Проєкт рішення № 1147 у вас на руках. Доповідає директорка центру. Регламент – до десяти хвилин. Прошу.

ДИРЕКТОРКА ЦЕНТРУ. Шановний головуючий, шановні депутати! Я коротко, цифри у вас є в довідці. Торік до центру звернулися шістсот дванадцять людей – 612, це на сорок більше, ніж позаторік.
Послуги отримали 538 осіб. З них догляд вдома – 87 людей, денний догляд – сорок п'ять… вибачте, тобто не 45, а 54 людини, я переплутала. Натуральну допомогу отримали 312 осіб, консультування – 85. Переселенців серед усіх отримувачів – 94.
Послуг за рік ми надали двадцять три тисячі сто сорок. Гуманітарної допомоги видали на 640 тисяч гривень – це продуктові набори, ліки, дрова.
Далі соціальний супровід. Під супровід торік ми взяли чотирнадцять сімей, у них тридцять одна дитина. Завершили супровід з дев'ятьма сім'ями: у семи – з позитивним результатом, в одній – мінімізували складні обставини, і одна сім'я виїхала за кордон.
Провели 22 групові заходи – «Школа догляду», клуб «Срібний вік», заняття для батьків, – на них було понад 400 учасників.
У грудні опитали 73 отримувачі, 95 відсотків задоволені нашими послугами. Скарг за рік – дві, обидві розглянуті, одна підтвердилася.
Штатних одиниць у нас 28, працює 26 людей, з них 19 – соціальні робітники. Бюджет центру на 2024 рік – 9,8 мільйона гривень, використали 9 мільйонів 640 тисяч.
Дякую. Готова відповісти на запитання.

ГОЛОВУЮЧИЙ. Дякую. Запитання? Будь ласка, сьомий округ.

ДЕПУТАТ (виборчий округ № 7). У мене два запитання. Перше: ви кажете 538, а в довідці, яку нам роздали, – 583. Де правда? І друге: у 2023 році ви звітували про 590 отримувачів, чому стало менше?

ДИРЕКТОРКА ЦЕНТРУ. Правильно 538, п'ятсот тридцять вісім, у довідці друкарська помилка, ми її виправимо. Щодо 2023 року: тоді ми рахували ще й разові консультації по телефону, а тепер обліковуємо їх окремо – дзвінків на гарячу лінію торік було 1 204.

ДЕПУТАТ (виборчий округ № 7). А куди поділися гроші, що не використали?

ДИРЕКТОРКА ЦЕНТРУ. Сто шістдесят тисяч – це економія на енергоносіях, вона повернулася в бюджет громади.

ДЕПУТАТКА (виборчий округ № 12). У сусідів, у Міжгірській громаді, 41 соціальний робітник. Нам не треба більше?

ДИРЕКТОРКА ЦЕНТРУ. Потреба є. Зараз у черзі на догляд вдома 11 людей, переважно з присілків, куди по 15 кілометрів дороги. Якщо додасте дві ставки, черги не буде. І ще про супровід: ті шістнадцять сімей, що ми взяли торік під супровід, – це переважно сім'ї переселенців.

ДЕПУТАТ (виборчий округ № 3). А скільки коштує година догляду для людей?

ДИРЕКТОРКА ЦЕНТРУ. Для платних отримувачів – 92 гривні за годину. Але безоплатно у нас обслуговуються 79 з 87.

ГОЛОВУЮЧИЙ. Дякую. Інших запитань немає. Ставлю на голосування проєкт рішення № 1147 «Про звіт…» в цілому. Прошу голосувати.

(Голосування)

ГОЛОВУЮЧИЙ. «За» – 18, «проти» – 0, «утрималися» – 2, не голосували – 1. Рішення прийнято. Дякую, переходимо до п'ятого питання.

Стенограму вела секретар засідання. Стенограма відповідає аудіозапису засідання (файл 29_sesiya_20_02_2025.mp3, 3 год 12 хв).
"""
write_text(report_path(NAME), TEXT)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Синевирської сільської ради",
    "centre_type": "cnsp", "settlement": "Синевир", "oblast": "Закарпатська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Синевирської сільської ради",
                "КУ «Центр надання соціальних послуг» Синевирської сільської ради"],
     "report_kind": ["other"], "settlement": ["Синевирська сільська громада"]})

ap = g.f("applied", "persons", 612, "звернулися шістсот дванадцять людей – 612",
         note="said in words and at once in digits: one figure, one fact")
sv = g.f("served", "persons", 538, "Послуги отримали 538 осіб")
p = [g.f("served", "persons", 87, "догляд вдома – 87 людей", service="home_care", group="served_538_by_service", parent=sv),
     g.f("served", "persons", 54, "тобто не 45, а 54 людини", service="day_care", group="served_538_by_service", parent=sv,
         note="corrected mid-speech: 45 is withdrawn, 54 is the figure"),
     g.f("served", "persons", 312, "Натуральну допомогу отримали 312 осіб", service="natural_aid", group="served_538_by_service", parent=sv),
     g.f("served", "persons", 85, "консультування – 85", service="counselling", group="served_538_by_service", parent=sv)]
g.f("served", "persons", 94, "Переселенців серед усіх отримувачів – 94", category="внутрішньо переміщені особи", parent=sv)
g.f("services_provided", "services", 23140, "Послуг за рік ми надали двадцять три тисячі сто сорок",
    note="number in words: двадцять три тисячі сто сорок = 23140")
g.f("aid_value", "uah", 640000, "Гуманітарної допомоги видали на 640 тисяч гривень", service="natural_aid")
st = g.f("support_started", "families", 14, "Під супровід торік ми взяли чотирнадцять сімей", service="social_support_sjo")
g.f("support_started", "children", 31, "у них тридцять одна дитина", service="social_support_sjo", parent=st)
cp = g.f("support_completed", "families", 9, "Завершили супровід з дев'ятьма сім'ями", service="social_support_sjo")
o = [g.f("outcome_positive", "families", 7, "у семи – з позитивним результатом", service="social_support_sjo", group="completed_9", parent=cp),
     g.f("outcome_minimized", "families", 1, "в одній – мінімізували складні обставини", service="social_support_sjo", group="completed_9", parent=cp),
     g.f("outcome_other", "families", 1, "одна сім'я виїхала за кордон", service="social_support_sjo", label="виїзд за кордон",
         group="completed_9", parent=cp)]
ev = g.f("events", "events", 22, "Провели 22 групові заходи")
g.f("event_participants", "persons", 400, "понад 400 учасників", parent=ev, note="«понад 400» = 400")
sr = g.f("survey_respondents", "recipients", 73, "У грудні опитали 73 отримувачі", unit_alt="persons")
sat = g.f("satisfaction", "percent", 95, "95 відсотків задоволені нашими послугами")
g.f("complaints", "complaints", 2, "Скарг за рік – дві", note="number in words")
pos = g.f("staff_positions", "positions", 28, "Штатних одиниць у нас 28")
act = g.f("staff_actual", "staff", 26, "працює 26 людей")
sw = g.f("staff_actual", "staff", 19, "з них 19 – соціальні робітники", label="соціальні робітники", parent=act)
ba = g.f("budget_approved", "uah", 9800000, "Бюджет центру на 2024 рік – 9,8 мільйона гривень")
bs = g.f("budget_spent", "uah", 9640000, "використали 9 мільйонів 640 тисяч")
sv2 = g.f("served", "persons", 538, "Правильно 538, п'ятсот тридцять вісім", note="the total repeated in the answer (digits and words at once): one more fact")
g.f("calls", "calls", 1204, "дзвінків на гарячу лінію торік було 1 204")
bv = g.f("budget_savings", "uah", 160000, "Сто шістдесят тисяч – це економія на енергоносіях", note="number in words")
st2 = g.f("support_started", "families", 16, "ті шістнадцять сімей, що ми взяли торік під супровід", service="social_support_sjo",
          note="the director's second figure for the same indicator (slip: internal_conflict with 14)")
fr = g.f("served", "persons", 79, "безоплатно у нас обслуговуються 79 з 87", service="home_care", label="безоплатно", parent=p[0])

g.slip("internal_conflict", "error", "ті шістнадцять сімей, що ми взяли торік під супровід", 16, 14, [st, st2],
       "families taken under social support in 2024: «чотирнадцять сімей» in the report, «шістнадцять сімей» in the answer to a deputy",
       f"{st} == {st2}")
g.check("parts_sum", "Послуги отримали 538 осіб. З них", "87 + 54 + 312 + 85 = 538 (with the corrected 54; the withdrawn 45 would give 529)",
        f"{' + '.join(p)} == {sv}")
g.check("parts_sum", "Завершили супровід з дев'ятьма сім'ями", "7 + 1 + 1 = 9", f"{' + '.join(o)} == {cp}")
g.check("internal_conflict", "Правильно 538", "the total repeated in the answer = the report's 538", f"{sv2} == {sv}")
g.check("table_arithmetic", "Сто шістдесят тисяч – це економія", "9 800 000 − 9 640 000 = 160 000", f"{ba} - {bs} == {bv}")
g.check("percent_impossible", "У грудні опитали 73 отримувачі, 95 відсотків задоволені", "69/73 = 94,5 → 95 (half-up); 95 % is reachable with 73",
        f"grim_ok({sat}, {sr}, 0)")
g.check("parts_sum", "Штатних одиниць у нас 28, працює 26 людей, з них 19", "19 ≤ 26 ≤ 28", f"{sw} <= {act} <= {pos}")
g.check("parts_sum", "безоплатно у нас обслуговуються 79 з 87", "79 ≤ 87", f"{fr} <= {p[0]}")

g.skip("с. Синевир, сесійна зала 20 лютого 2025 року", [20, 2025], "session date")
g.skip("Засідання розпочато о 10:00. Зареєстровано 21 депутата із 26.", [10, 0, 21, 26], "time, deputies registered")
g.skip("(фрагмент: розгляд питання 4 порядку денного)", [4], "agenda item number")
g.skip("Проєкт рішення № 1147 у вас на руках.", [1147], "draft decision number")
g.skip("Регламент – до десяти хвилин.", [10], "time limit (in words)")
g.skip("це на сорок більше, ніж позаторік", [40], "difference from the year before (in words)")
g.skip("денний догляд – сорок п'ять… вибачте, тобто не 45", [45], "figure withdrawn by the speaker and corrected to 54")
g.skip("ДЕПУТАТ (виборчий округ № 7)", [7, 12, 3], "electoral district numbers")
g.skip("а в довідці, яку нам роздали, – 583", [583], "a deputy's wrong figure, denied by the director (typo in a handout)")
g.skip("у 2023 році ви звітували про 590 отримувачів", [2023, 590], "prior-year figure from a deputy")
g.skip("У сусідів, у Міжгірській громаді, 41 соціальний робітник.", [41], "another hromada's figure")
g.skip("Зараз у черзі на догляд вдома 11 людей", [11], "waiting list at the session date (2025), no §3 id")
g.skip("куди по 15 кілометрів дороги", [15], "distance")
g.skip("Якщо додасте дві ставки", [2], "request / plan (in words)")
g.skip("Для платних отримувачів – 92 гривні за годину.", [92], "tariff")
g.skip("одна підтвердилася", [1], "complaints upheld, no §3 id")
g.skip("«За» – 18, «проти» – 0, «утрималися» – 2, не голосували – 1.", [18, 0, 2, 1], "vote count")
g.skip("файл 29_sesiya_20_02_2025.mp3, 3 год 12 хв", [29, 20, 2, 2025, 3, 12], "file name, duration")
g.skip("пленарного засідання двадцять дев'ятої сесії", [29], "session number (in words)")
g.note("a stenogram of a council session: the figures the director gives for 2024 are facts; deputies' figures (a typo in a handout, "
       "2023, another hromada) and the withdrawn «45» are skipped. report_kind annual_report (the item is the centre's annual report), meta_alt other")
g.note("«торік» in February 2025 = 2024, the report period")
g.note("figures said twice at once («шістсот дванадцять людей – 612», «538, п'ятсот тридцять вісім») are one fact each; the 538 said again in the "
       "answer is a second fact (figure written twice)")
g.note("numbers in words are facts: двадцять три тисячі сто сорок, чотирнадцять, тридцять одна, дев'ятьма, семи, одній, одна, дві, сто шістдесят тисяч, шістнадцять")
g.note("«понад 400 учасників» = 400; «9,8 мільйона» = 9 800 000; «9 мільйонів 640 тисяч» = 9 640 000; «640 тисяч гривень» of aid = 640 000")
g.note("«безоплатно … 79 з 87» → served home_care with label безоплатно, parent the 87 home-care recipients")
g.note("slip: support_started 14 in the report vs 16 in the answer (internal_conflict); the 16 is annotated as a fact, since it is what the text says")
g.write()
