"""b67_08: a WhatsApp group chat of the staff of КУ «ЦНСП» Буцької селищної ради (Черкаська), exported
as text (iOS style «[06.01.25, 10:15:27] Name: …»). The heads of departments post their Q4 2024 figures
piecemeal, one corrects a figure, the director posts the summary. UTF-8, LF."""
import re
from common import Gold, report_path, write_text

NAME = "b67_08_buky_cnsp_chat_q4_2024.txt"

CHAT = """[03.01.25, 08:40:01] ЦНСП Буки 💼 робоча: Повідомлення та дзвінки захищено наскрізним шифруванням.
[03.01.25, 08:47:12] Людмила В.: Доброго ранку всім! До 10.01 здаємо звіт КУ «ЦНСП» Буцької селищної ради за IV квартал 2024 року в селищну раду. Кожне відділення кидає сюди свої цифри, я зведу 🙏
[03.01.25, 08:49:40] Оксана Ш.: Добре 👍
[03.01.25, 09:02:03] Ігор М.: Нагадую, нарада у вівторок о 10:00 в каб. 12
[03.01.25, 09:02:41] Ігор М.: <Медіафайл пропущено>
[06.01.25, 10:15:27] Оксана Ш.: Догляд вдома за жовтень-грудень:
обслуговано 148 осіб
з них ВПО 12
надано 3 406 послуг
взяли нових 9, зняли 7 (5 померли, 2 переїхали до дітей)
[06.01.25, 10:15:58] Оксана Ш.: <Медіафайл пропущено>
[06.01.25, 10:21:44] Тетяна К.: Денне перебування: відвідувало 26 осіб, заходів провели 11, на них було разом 174 учасники 🎄🎄
[06.01.25, 10:22:05] Тетяна К.: <Медіафайл пропущено>
[06.01.25, 10:23:17] Тетяна К.: Це повідомлення видалено
[06.01.25, 11:40:19] Марина Д.: Соцсупровід: під супроводом 19 сімей, в них 41 дитина. Нових взяли 4, завершили 6 – з позитивним результатом 5, 1 сім'я відмовилась від послуги
[06.01.25, 11:41:02] Марина Д.: консультування 212 осіб (це разом з ВПО)
[06.01.25, 11:45:36] Людмила В.: @Марина Д. а оцінок потреб скільки?
[06.01.25, 11:52:10] Марина Д.: оцінок потреб 37 (змінено)
[06.01.25, 12:03:55] Ігор М.: натуральна допомога – 96 осіб отримали набори (видали 96 продуктових і 40 гігієнічних)
соцтаксі – 8 осіб, 19 поїздок
[06.01.25, 12:04:30] Ігор М.: А, і дзвінків на гарячу лінію 57 ☎️
[06.01.25, 12:05:12] Оксана Ш.: 👍👍
[06.01.25, 14:20:11] Оксана Ш.: Людмило Василівно, в мене помилка була!! Не 148, а 146 обслуговано вдома. 146 ✅
[06.01.25, 14:22:40] Людмила В.: Прийнято 👌
[07.01.25, 09:05:03] Тетяна К.: Хто може підмінити мене в четвер? Мені до лікаря на 13:30
[07.01.25, 09:10:17] Ігор М.: Я можу, до 15:00 буду
[07.01.25, 09:11:02] Тетяна К.: Дякую!!! 🌷
[07.01.25, 12:30:45] Ігор М.: Хто брав ключ від 205? Машина стоїть без пального, у мене талонів на 20 л
[07.01.25, 16:48:29] Людмила В.: Зведена інформація за IV квартал 2024 року, перевірте ще раз, до завтра 12:00 ще можна правити:
1. Отримали соціальні послуги – 421 особа
2. Догляд вдома – 146 осіб, надано 3 406 послуг
3. Денний догляд – 26 осіб
4. Соціальний супровід – 19 сімей (41 дитина)
5. Консультування – 212 осіб
6. Натуральна допомога – 96 осіб
7. Соціальне таксі – 8 осіб
8. Оцінка потреб – 39
9. Звернень за квартал – 311, скарг – 0
10. Працює 27 працівників із 30 штатних посад
[07.01.25, 16:49:03] Людмила В.: <Медіафайл пропущено>
[07.01.25, 16:55:40] Оксана Ш.: У мене все вірно 👍
[07.01.25, 17:02:18] Тетяна К.: 👍
[08.01.25, 08:31:55] Людмила В.: Відправила. Вих. № 4 від 08.01.2025. Дякую всім 💐
[08.01.25, 08:33:12] Ігор М.: Новий номер приймальні (04748) 0-21-57, старий більше не працює
"""
write_text(report_path(NAME), CHAT)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Буцької селищної ради",
    "centre_type": "cnsp",
    "settlement": "Буки",
    "report_kind": "period_report",
    "period_start": "2024-10-01",
    "period_end": "2024-12-31",
}, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Буцької селищної ради",
                        "КУ «ЦНСП» Буцької селищної ради"],
             "report_kind": ["other"]})
f = g.f
# --- the departments' messages
hc = f("served", "persons", 146, "Не 148, а 146 обслуговано вдома", service="home_care",
       note="the figure as corrected by its author; the first message's 148 is skipped")
f("served", "persons", 12, "з них ВПО 12", service="home_care", category="внутрішньо переміщені особи", parent=hc)
hs = f("services_provided", "services", 3406, "надано 3 406 послуг\nвзяли нових 9", service="home_care")
f("served", "persons", 9, "взяли нових 9", service="home_care", alt=["registered_new", "support_started"], parent=hc)
d7 = f("deregistered", "persons", 7, "зняли 7", service="home_care", parent=hc)
d5 = f("deregistered", "persons", 5, "(5 померли", label="смерть", service="home_care", group="dereg_7_by_reason",
       parent=d7)
d2 = f("deregistered", "persons", 2, "2 переїхали до дітей)", label="переїзд", service="home_care",
       group="dereg_7_by_reason", parent=d7)
dc = f("served", "persons", 26, "відвідувало 26 осіб", service="day_care")
ev = f("events", "events", 11, "заходів провели 11")
f("event_participants", "persons", 174, "на них було разом 174 учасники", parent=ev)
ss = f("served", "families", 19, "під супроводом 19 сімей", service="social_support_sjo", alt=["support_ongoing"])
sc = f("served", "children", 41, "в них 41 дитина", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
f("support_started", "families", 4, "Нових взяли 4", service="social_support_sjo", parent=ss)
c6 = f("support_completed", "families", 6, "завершили 6", service="social_support_sjo", parent=ss)
o5 = f("outcome_positive", "families", 5, "з позитивним результатом 5", service="social_support_sjo",
       group="completed_6_by_result", parent=c6)
o1 = f("outcome_other", "families", 1, "1 сім'я відмовилась від послуги", label="відмова від послуги",
       service="social_support_sjo", group="completed_6_by_result", parent=c6)
cn = f("served", "persons", 212, "консультування 212 осіб (це разом з ВПО)", service="counselling")
na37 = f("needs_assessed", "persons", 37, "оцінок потреб 37 (змінено)", unit_alt="families_persons",
         note="the unit is not written; persons chosen as in the centre's other lines")
nat = f("served", "persons", 96, "натуральна допомога – 96 осіб отримали набори", service="natural_aid")
tx = f("served", "persons", 8, "соцтаксі – 8 осіб", service="social_taxi")
f("services_provided", "services", 19, "19 поїздок", service="social_taxi", uncertain=True,
  note="taxi trips counted as service acts")
f("calls", "calls", 57, "дзвінків на гарячу лінію 57")
# --- the director's summary
T = f("served", "persons", 421, "1. Отримали соціальні послуги – 421 особа")
s2 = f("served", "persons", 146, "2. Догляд вдома – 146 осіб", service="home_care", parent=T)
s2b = f("services_provided", "services", 3406, "надано 3 406 послуг\n3. Денний догляд", service="home_care")
s3 = f("served", "persons", 26, "3. Денний догляд – 26 осіб", service="day_care", parent=T)
s4 = f("served", "families", 19, "4. Соціальний супровід – 19 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
s4c = f("served", "children", 41, "(41 дитина)", service="social_support_sjo", alt=["support_ongoing"], parent=s4)
s5 = f("served", "persons", 212, "5. Консультування – 212 осіб", service="counselling", parent=T)
s6 = f("served", "persons", 96, "6. Натуральна допомога – 96 осіб", service="natural_aid", parent=T)
s7 = f("served", "persons", 8, "7. Соціальне таксі – 8 осіб", service="social_taxi", parent=T)
na39 = f("needs_assessed", "persons", 39, "8. Оцінка потреб – 39", unit_alt="families_persons")
ap = f("applied", "persons", 311, "Звернень за квартал – 311", unit_alt="applications")
f("complaints", "complaints", 0, "скарг – 0")
sa = f("staff_actual", "staff", 27, "Працює 27 працівників")
sp = f("staff_positions", "positions", 30, "із 30 штатних посад")

g.slip("internal_conflict", "error", "8. Оцінка потреб – 39", 39, 37, [na37, na39],
       "the social-support lead reports 37 needs assessments («оцінок потреб 37», an edited message); the "
       "director's summary says 39. Same indicator, unit and quarter", f"{na37} == {na39}")
g.check("internal_conflict", "2. Догляд вдома – 146 осіб", "the summary repeats the corrected 146 and 3 406",
        f"{hc} == {s2} and {hs} == {s2b}")
g.check("internal_conflict", "3. Денний догляд – 26 осіб", "summary lines 3–7 equal the departments' messages "
        "(26, 19 / 41, 212, 96, 8)",
        f"{dc} == {s3} and {ss} == {s4} and {sc} == {s4c} and {cn} == {s5} and {nat} == {s6} and {tx} == {s7}")
g.check("parts_sum", "зняли 7 (5 померли, 2 переїхали до дітей)", "5 + 2 = 7", f"{d5} + {d2} == {d7}")
g.check("parts_sum", "завершили 6 – з позитивним результатом 5, 1 сім'я", "5 + 1 = 6", f"{o5} + {o1} == {c6}")
g.check("parts_sum", "1. Отримали соціальні послуги – 421 особа",
        "each service's persons ≤ 421; the lines overlap (a person can get several services), so no sum is "
        "claimed", f"max({s2}, {s3}, {s5}, {s6}, {s7}) <= {T}")
g.check("parts_sum", "Працює 27 працівників із 30 штатних посад", "27 ≤ 30", f"{sa} <= {sp}")

for m in re.finditer(r"^\[(\d\d)\.(\d\d)\.(\d\d), (\d\d):(\d\d):(\d\d)\]", CHAT, re.M):
    g.skip(m.group(0), [int(x) for x in m.groups()], "message timestamp")
g.skip("До 10.01 здаємо звіт", [10, 1], "deadline date")
g.skip("IV квартал 2024 року", [4, 2024], "report period")
g.skip("нарада у вівторок о 10:00 в каб. 12", [10, 0, 12], "meeting time, room")
g.skip("обслуговано 148 осіб", [148], "superseded: corrected to 146 by the same author at 14:20")
g.skip("видали 96 продуктових і 40 гігієнічних", [96, 40], "items handed out")
g.skip("Мені до лікаря на 13:30", [13, 30], "time")
g.skip("до 15:00 буду", [15, 0], "time")
g.skip("Хто брав ключ від 205? Машина стоїть без пального, у мене талонів на 20 л", [205, 20], "room, fuel")
g.skip("Зведена інформація за IV квартал 2024 року", [4, 2024], "report period")
g.skip("до завтра 12:00", [12, 0], "deadline time")
g.skip("1. Отримали", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "list numbers 1.–10. of the summary")
g.skip("Вих. № 4 від 08.01.2025", [4, 8, 1, 2025], "outgoing number and date")
g.skip("(04748) 0-21-57", [4748, 2157], "phone")
g.note("a chat export: figures posted piecemeal by heads of departments, then repeated in the director's "
       "numbered summary. Each is a fact (a figure written twice is two facts); the summary's service lines "
       "hang on its line 1 (421) without a group, since the services overlap")
g.note("the first home-care message says 148, its author corrects it to 146 later; 146 is the fact, 148 skipped")
g.note("«оцінок потреб 37 (змінено)» vs the summary's «Оцінка потреб – 39» is the planted internal_conflict")
g.note("«Звернень за квартал – 311» → applied, unit persons (alt applications)")
g.note("oblast is not stated in the chat → omitted from meta; report_kind period_report (the director's "
       "summary is the quarter report), meta_alt other")
g.write()
