"""b10_02: a Facebook page feed of a ЦНСП (posts newest first, emoji bullets, hashtags,
reaction counters), saved as plain TXT UTF-8."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, write_bytes, pct

NAME = "b10_02_hadiach_fb_posts.txt"

assert 214 + 38 + 612 + 97 + 771 == 1732
assert pct(286, 1732, 0) == 17          # planted: the post says 18 %
assert pct(241, 612, 0) == 39
assert pct(115, 120, 0) == 96

PAGE = "Центр надання соціальних послуг Гадяцької міської ради"

TXT = f"""{PAGE} Полтавської області
Соціальна служба · 2,4 тис. підписників
Дописи

────────────────────────────
{PAGE}
26 січня 2026 р. · 🌐

📦 Гуманітарний напрям — підсумки 2025

Завдяки партнерам (БФ «Карітас», УВКБ ООН, місцеві підприємці) ми змогли:
✅ видати 1 540 продуктових і 860 гігієнічних наборів
✅ натуральну допомогу отримали 612 мешканців, з них 241 — ВПО (39 %)
✅ загальна вартість допомоги — понад 1,2 млн грн 💰

Дякуємо всім, хто був поруч! 🤝

#гуманітарка #ЦНСП_Гадяч #разом_сильніші

👍 74 · 💬 6 · ↗️ 9

────────────────────────────
{PAGE}
19 січня 2026 р. · 🌐

👵👴 Відділення соціальної допомоги вдома: як ми працювали у 2025 році

🔹 214 підопічних отримували догляд вдома
🔹 19 соціальних робітників щодня долають кілометри 🚶‍♀️ — обслуговують 27 населених пунктів громади
🔹 надано 15 380 послуг: прибирання, покупка ліків та продуктів, оплата комуналки, приготування їжі
🔹 середній вік підопічних — 79 років, найстаршій пані Ганні — 98! 🎂

Для порівняння: у 2024-му було 198 підопічних 📈

Якщо вашим рідним потрібен догляд — телефонуйте: 📞 050 000 73 18

#догляд_вдома #ЦНСП_Гадяч

👍 96 · 💬 11

────────────────────────────
{PAGE}
15 січня 2026 р. · 🌐

🚐 Соціальне таксі: 2025 рік

➡️ 97 осіб з інвалідністю та маломобільних мешканців скористалися послугою
➡️ 412 поїздок — до лікарні, ЦНАПу, Пенсійного фонду
➡️ 11 840 км подолав наш автомобіль

Вартість: 8 грн за 1 км, для осіб з інвалідністю I групи — безоплатно.
📞 Запис за тел. 050 000 73 18 (пн–пт, 8:00–17:00)

#соціальне_таксі #ЦНСП_Гадяч

👍 63 · 💬 4

────────────────────────────
{PAGE}
12 січня 2026 р. · 🌐

📊 Підсумки року: 2025-й у цифрах

Рік був непростим, але ми працювали для кожного 💙💛

✅ 1 732 мешканці громади отримали наші послуги
✅ 21 658 соціальних послуг надано за рік
👉 серед отримувачів — 286 внутрішньо переміщених осіб (18 %)

Хто і що отримав:
📌 догляд вдома — 214 осіб
📌 денний догляд — 38 осіб
📌 натуральна допомога — 612 осіб
📌 соціальне таксі — 97 осіб
📌 консультування — 771 особа

✅ 43 сім'ї у складних життєвих обставинах були під нашим соціальним супроводом, у них виховується 79 дітей
✅ 318 особам провели оцінку потреб
✅ 14 осіб отримали екстрене (кризове) втручання
🧠 Наші психологи провели 1 204 консультації
🎉 26 заходів для громади — 640 учасників
🎓 9 фахівців пройшли навчання та підвищили кваліфікацію
📋 опитали 120 отримувачів — 96 % задоволені якістю послуг
🙌 0 скарг за рік!

Дякуємо команді та партнерам! У 2026-му плануємо відкрити ще 1 відділення денного догляду в Лютенському старостинському окрузі і збільшити кількість підопічних до 250 🙏

#ЦНСП_Гадяч #підсумки2025 #соціальніпослуги #Гадяцькагромада

👍 148 · 💬 23 · ↗️ 17 поширень

────────────────────────────
{PAGE}
19 грудня 2025 р. · 🌐

🎄 Святий Миколай завітав до наших маленьких друзів!

Сьогодні провели 3 святкові заходи у Гадячі та старостинських округах 🎁
👉 подарунки отримали 57 дітей із сімей, які перебувають у складних життєвих обставинах
👉 дітки віком від 3 до 12 років підготували вірші та пісні 🎶

Дякуємо спонсорам за 60 солодких подарунків! ❤️

#СвятийМиколай #ЦНСП_Гадяч

👍 212 · 💬 34
"""

path = write_bytes(NAME, TXT.encode("utf-8"))

g = Gold(NAME, {
    "centre": PAGE,
    "centre_type": "cnsp",
    "settlement": "Гадяч",
    "oblast": "Полтавська",
    "report_kind": "annual_report",
    "period_start": "2025-01-01",
    "period_end": "2025-12-31",
    "published": "2026-01-12",
}, meta_alt={"report_kind": ["other"], "published": ["2026-01-26", "2026-01-19", "2026-01-15", "2025-12-19"]})

# post 1 (26.01.2026) — humanitarian aid
na = g.f("served", "persons", 612, "натуральну допомогу отримали 612 мешканців", service="natural_aid",
         note="second statement of the 612 (also in the 12.01 summary)")
g.f("served", "persons", 241, "з них 241 — ВПО (39 %)", service="natural_aid", percent=39, parent_id=na,
    category="внутрішньо переміщені особи")
g.f("aid_value", "uah", 1200000, "загальна вартість допомоги — понад 1,2 млн грн", service="natural_aid")
# post 2 (19.01.2026) — home care
g.f("served", "persons", 214, "214 підопічних отримували догляд вдома", service="home_care",
    note="second statement of the 214 (also in the 12.01 summary)")
g.f("staff_actual", "staff", 19, "19 соціальних робітників щодня долають кілометри", service="home_care",
    label="соціальні робітники")
g.f("services_provided", "services", 15380, "надано 15 380 послуг", service="home_care")
# post 3 (15.01.2026) — social taxi
g.f("served", "persons", 97, "97 осіб з інвалідністю та маломобільних мешканців скористалися послугою",
    service="social_taxi", note="second statement of the 97 (also in the 12.01 summary)")
g.f("services_provided", "services", 412, "412 поїздок — до лікарні, ЦНАПу, Пенсійного фонду", service="social_taxi",
    uncertain=True, note="trips of the social taxi read as acts of the service (unit services)")
# post 4 (12.01.2026) — year summary
tot = g.f("served", "persons", 1732, "1 732 мешканці громади отримали наші послуги")
g.f("services_provided", "services", 21658, "21 658 соціальних послуг надано за рік")
vpo = g.f("served", "persons", 286, "серед отримувачів — 286 внутрішньо переміщених осіб (18 %)", percent=18,
          parent_id=tot, category="внутрішньо переміщені особи")
parts = []
for q, sid, v in [("📌 догляд вдома — 214 осіб", "home_care", 214), ("📌 денний догляд — 38 осіб", "day_care", 38),
                  ("📌 натуральна допомога — 612 осіб", "natural_aid", 612),
                  ("📌 соціальне таксі — 97 осіб", "social_taxi", 97),
                  ("📌 консультування — 771 особа", "counselling", 771)]:
    parts.append(g.f("served", "persons", v, q, service=sid, parent_id=tot, group="served_1732_by_service"))
sj = g.f("served", "families", 43, "43 сім'ї у складних життєвих обставинах були під нашим соціальним супроводом",
         service="social_support_sjo")
g.f("served", "children", 79, "у них виховується 79 дітей", service="social_support_sjo", parent_id=sj)
g.f("needs_assessed", "persons", 318, "318 особам провели оцінку потреб")
g.f("served", "persons", 14, "14 осіб отримали екстрене (кризове) втручання", service="crisis_intervention")
g.f("services_provided", "services", 1204, "Наші психологи провели 1 204 консультації",
    label="психологічні консультації",
    note="psychological consultations; service left empty (counselling would also be defensible)")
g.f("events", "events", 26, "26 заходів для громади — 640 учасників")
g.f("event_participants", "persons", 640, "26 заходів для громади — 640 учасників")
g.f("staff_trained", "staff", 9, "9 фахівців пройшли навчання та підвищили кваліфікацію")
g.f("survey_respondents", "recipients", 120, "опитали 120 отримувачів", unit_alt="persons")
g.f("satisfaction", "percent", 96, "96 % задоволені якістю послуг")
g.f("complaints", "complaints", 0, "0 скарг за рік!")
# post 5 (19.12.2025) — St Nicholas
g.f("events", "events", 3, "Сьогодні провели 3 святкові заходи", label="святкові заходи до Дня Святого Миколая")
g.f("event_participants", "children", 57,
    "подарунки отримали 57 дітей із сімей, які перебувають у складних життєвих обставинах",
    label="святкові заходи до Дня Святого Миколая",
    category="діти із сімей, які перебувають у складних життєвих обставинах")

g.bad("percent_mismatch", "error", "серед отримувачів — 286 внутрішньо переміщених осіб (18 %)", 18, 17,
      [vpo, tot], "286 of the 1 732 recipients = 16.5 % → 17 % (floor 16, ceiling 17); 18 % is written.")

g.ok("parts_sum", "Хто і що отримав:", "214 + 38 + 612 + 97 + 771 = 1732 recipients by service")
g.ok("percent_mismatch", "з них 241 — ВПО (39 %)", "241 / 612 = 39.4 % → 39 %")
g.ok("percent_impossible", "96 % задоволені якістю послуг", "115 / 120 = 95.8 % → 96 %: achievable")
g.ok("internal_conflict", "214 підопічних отримували догляд вдома",
     "home care 214, natural aid 612 and social taxi 97 are the same in the summary and in the thematic posts")

for q, v, r in [
    ("Соціальна служба · 2,4 тис. підписників", [2400], "page followers (page furniture)"),
    ("26 січня 2026 р.", [26, 2026], "post date"),
    ("19 січня 2026 р.", [19, 2026], "post date"),
    ("15 січня 2026 р.", [15, 2026], "post date"),
    ("12 січня 2026 р.", [12, 2026], "post date"),
    ("19 грудня 2025 р.", [19, 2025], "post date"),
    ("видати 1 540 продуктових і 860 гігієнічних наборів", [1540, 860], "items (sets) of aid; no unit for items"),
    ("👍 74 · 💬 6 · ↗️ 9", [74, 6, 9], "reaction counters"),
    ("обслуговують 27 населених пунктів громади", [27], "villages covered; no §3 id"),
    ("середній вік підопічних — 79 років, найстаршій пані Ганні — 98!", [79, 98], "ages"),
    ("у 2024-му було 198 підопічних", [198], "other year (2024)"),
    ("📞 050 000 73 18", [50, 0, 73, 18], "phone"),
    ("11 840 км подолав наш автомобіль", [11840], "distance driven; no §3 id"),
    ("Вартість: 8 грн за 1 км, для осіб з інвалідністю I групи — безоплатно.", [8, 1], "tariff per km; disability group"),
    ("(пн–пт, 8:00–17:00)", [8, 17], "opening hours"),
    ("У 2026-му плануємо відкрити ще 1 відділення денного догляду", [1], "plan for 2026"),
    ("збільшити кількість підопічних до 250", [250], "target for 2026"),
    ("#підсумки2025", [2025], "hashtag"),
    ("👍 148 · 💬 23 · ↗️ 17 поширень", [148, 23, 17], "reaction counters"),
    ("дітки віком від 3 до 12 років", [3, 12], "ages"),
    ("Дякуємо спонсорам за 60 солодких подарунків!", [60], "gifts donated (items), not persons"),
    ("👍 212 · 💬 34", [212, 34], "reaction counters"),
    ("👍 96 · 💬 11", [96, 11], "reaction counters"),
    ("👍 63 · 💬 4", [63, 4], "reaction counters"),
]:
    g.skip(q, v, r)

g.notes += [
    "the feed is newest first; the «Підсумки року» post of 12.01.2026 is the core document, so published = 2026-01-12; the other post dates are accepted as alternatives.",
    "report_kind annual_report (all posts but one sum up 2025); «other» accepted as an alternative.",
    "612 (natural aid), 214 (home care) and 97 (social taxi) each appear twice, in the summary list and in a thematic post: two facts each, as the convention asks.",
    "the five 📌 lines are a partition of the 1 732 recipients (they add up exactly); a person may in reality get several services, but the post presents them as a breakdown.",
    "the St Nicholas events of 19.12.2025 (3 events, 57 children) fall within 2025 and are annotated; they are not marked as parts of the 26 events / 640 participants because the text does not say so.",
    "«0 скарг» is complaints = 0 (digit written).",
    "«понад 1,2 млн грн» is aid_value 1 200 000 (the «понад» convention).",
]
g.write(path)
