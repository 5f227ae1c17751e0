"""b122_08: a TXT export of a Viber work group of the КУ «ЦНСП» Миролюбненської сільської ради (Хмельницька):
staff send the director their figures for H1 2025; some are corrected later in the chat.

Less common style: chat lines «[dd.mm.yyyy hh:mm:ss] Sender: message», continuation lines, media placeholders,
a deleted message, emoji, colloquial shorthand («тис.», «комуналка», «ставки»)."""
from common import Gold, report_path, write_text

NAME = "b122_08_myroliubne_cnsp_h1_2025.txt"

TEXT = """\
Історія повідомлень Viber
Група: ЦНСП Миролюбне 💼 робоча
Експортовано: 04.07.2025 13:02

[01.07.2025 08:47:12] Директор ЦНСП: Доброго ранку, колеги! До четверга 03.07 скиньте мені, будь ласка, свої цифри за І півріччя 2025 року для звіту КУ «ЦНСП» Миролюбненської сільської ради. Кожен по своєму напрямку: отримувачі, послуги, з них ВПО. Звіт здаю 04.07 до 12:00.
[01.07.2025 08:49:30] Тетяна психолог: 👌
[01.07.2025 09:05:40] Оксана ДВ: Догляд вдома за півріччя: обслуговували 86 осіб, з них 11 ВПО. Надано 9 842 послуги.
Взяли нових 9, зняли 7 (5 померли, 2 переїхали до дітей).
[01.07.2025 10:31:15] Ірина СР: Соц. супровід: під супроводом було 14 сімей, в них 31 дитина. Взяли 6 нових, завершили 5 — всі 5 з позитивним результатом. На друге півріччя переходять 9 сімей.
[01.07.2025 10:33:48] Директор ЦНСП: Ірино, а повідомлень від школи й поліції скільки було?
[01.07.2025 10:40:03] Ірина СР: 17 повідомлень про сім'ї, СЖО підтвердилось у 8.
[01.07.2025 14:12:55] Тетяна психолог: Консультування: 203 особи, з них ВПО 64 (31,5 %). Групових занять провела 12, учасників 148.
[01.07.2025 14:13:20] Тетяна психолог: <Фото>
[02.07.2025 08:55:21] Марина бухгалтерія: Кошторис на 2025 по загальному фонду 6 418,3 тис. грн. За півріччя касові 3 116,8 тис. грн, з них зарплата з нарахуваннями 2 684,5, комуналка 288,1, інше 134,2.
Платні послуги – 38,6 тис. грн на спецрахунок.
[02.07.2025 09:20:47] Віта кадри: По штату 24,5 ставки, фізичних осіб 22. Навчання пройшли 7 людей (Хмельницький ОЦСС, 18–19 червня).
[02.07.2025 09:21:05] Віта кадри: Це повідомлення видалено
[02.07.2025 11:02:10] Директор ЦНСП: Оксано, у тебе 86 — це разом з тими, кого взяли? Бо минулого року за півріччя було 79.
[02.07.2025 11:15:33] Оксана ДВ: Так, 86 всього за півріччя, з новими. Ой, перепрошую, ВПО не 11, а 13 — двох переселенців з Нетішина не врахувала 🙈
[02.07.2025 16:40:19] Ірина СР: Виправлення: дітей у сім'ях під супроводом 33, а не 31 — не порахувала двох дітей у сім'ї, яку взяли в червні.
[03.07.2025 09:01:07] Директор ЦНСП: Анкетування хто робив?
[03.07.2025 09:12:44] Тетяна психолог: Я. У червні опитали 58 отримувачів: повністю задоволені 89,7 %, частково 8,6 %, не задоволені 1,7 %.
[03.07.2025 09:13:30] Тетяна психолог: Скарг не було 🙏
[03.07.2025 10:05:12] Директор ЦНСП: Дякую. Разом по центру виходить 303 отримувачі (86 догляд + 203 консультування + 14 сімей СП). Натуральна допомога і таксі окремо.
[03.07.2025 10:20:55] Оксана ДВ: Ще по таксі забула: соціальним таксі скористалися 19 осіб, 47 поїздок.
[03.07.2025 17:48:09] Директор ЦНСП: Марино, натуральна допомога?
[03.07.2025 17:55:31] Марина бухгалтерія: Натуральну допомогу видали 42 особам на 24,9 тис. грн
[03.07.2025 18:02:47] Марина бухгалтерія: Стоп, переплутала цифри 🙈 правильно на 29,4 тис. грн, 42 особи вірно.
[04.07.2025 08:30:02] Директор ЦНСП: Все, зводжу. Якщо УСЗН дзвонитиме — приймальня (0382) 0-71-26-48.
[04.07.2025 11:40:36] Директор ЦНСП: Звіт відправлено о 11:38. Всім дякую! 🌻
[04.07.2025 11:41:02] Ірина СР: ❤️
"""

write_text(report_path(NAME), TEXT)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Миролюбненської сільської ради",
    "centre_type": "cnsp", "settlement": "Миролюбне",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
    meta_alt={"centre": ["КУ «ЦНСП» Миролюбненської сільської ради",
                         "Комунальна установа «Центр надання соціальних послуг» Миролюбненської сільської ради"],
              "report_kind": ["other"]})

HC = g.f("served", "persons", 86, "обслуговували 86 осіб", service="home_care")
HCV = g.f("served", "persons", 13, "ВПО не 11, а 13", service="home_care", category="внутрішньо переміщені особи",
          parent=HC, note="corrected value; the first message said 11")
g.f("services_provided", "services", 9842, "Надано 9 842 послуги", service="home_care")
g.f("served", "persons", 9, "Взяли нових 9", service="home_care", alt=["registered_new", "support_started"],
    parent=HC)
DR = g.f("deregistered", "persons", 7, "зняли 7", service="home_care", alt=["support_completed"])
D1 = g.f("deregistered", "persons", 5, "5 померли", service="home_care", label="смерть", parent=DR,
         group="dereg_7_by_reason")
D2 = g.f("deregistered", "persons", 2, "2 переїхали до дітей", service="home_care", label="переїзд", parent=DR,
         group="dereg_7_by_reason")
SJ = g.f("served", "families", 14, "під супроводом було 14 сімей", service="social_support_sjo",
         alt=["support_ongoing"])
g.f("served", "children", 33, "дітей у сім'ях під супроводом 33, а не 31", service="social_support_sjo",
    alt=["support_ongoing"], parent=SJ, note="corrected value; the first message said 31")
SS = g.f("support_started", "families", 6, "Взяли 6 нових", service="social_support_sjo", parent=SJ)
SC = g.f("support_completed", "families", 5, "завершили 5", service="social_support_sjo", parent=SJ)
OP = g.f("outcome_positive", "families", 5, "всі 5 з позитивним результатом", service="social_support_sjo",
         parent=SC)
SO = g.f("support_ongoing", "families", 9, "На друге півріччя переходять 9 сімей", service="social_support_sjo",
         parent=SJ)
NT = g.f("notified", "families", 17, "17 повідомлень про сім'ї")
IC = g.f("in_difficult_circumstances", "families", 8, "СЖО підтвердилось у 8", parent=NT)
CO = g.f("served", "persons", 203, "Консультування: 203 особи", service="counselling")
COV = g.f("served", "persons", 64, "з них ВПО 64 (31,5 %)", service="counselling", percent=31.5,
          category="внутрішньо переміщені особи", parent=CO)
EV = g.f("events", "events", 12, "Групових занять провела 12")
g.f("event_participants", "persons", 148, "учасників 148", parent=EV)
BA = g.f("budget_approved", "uah", 6418300, "Кошторис на 2025 по загальному фонду 6 418,3 тис. грн",
         label="загальний фонд, на рік")
BS = g.f("budget_spent", "uah", 3116800, "За півріччя касові 3 116,8 тис. грн", label="загальний фонд")
B1 = g.f("budget_spent", "uah", 2684500, "зарплата з нарахуваннями 2 684,5", label="оплата праці з нарахуваннями",
         parent=BS, group="spent_by_item")
B2 = g.f("budget_spent", "uah", 288100, "комуналка 288,1", label="комунальні послуги", parent=BS, group="spent_by_item")
B3 = g.f("budget_spent", "uah", 134200, "інше 134,2", label="інші видатки", parent=BS, group="spent_by_item")
g.f("budget_received", "uah", 38600, "Платні послуги – 38,6 тис. грн на спецрахунок",
    label="спеціальний фонд, платні послуги")
SP = g.f("staff_positions", "positions", 24.5, "По штату 24,5 ставки", note="«ставки» = staff positions; fractional")
SA = g.f("staff_actual", "staff", 22, "фізичних осіб 22")
STR = g.f("staff_trained", "staff", 7, "Навчання пройшли 7 людей")
RS = g.f("survey_respondents", "persons", 58, "опитали 58 отримувачів", unit_alt="recipients")
S1 = g.f("satisfaction", "percent", 89.7, "повністю задоволені 89,7 %", label="повністю задоволені", alt=["share"])
S2 = g.f("share", "percent", 8.6, "частково 8,6 %", label="частково задоволені", alt=["satisfaction"])
S3 = g.f("share", "percent", 1.7, "не задоволені 1,7 %", label="не задоволені")
g.f("complaints", "complaints", 0, "Скарг не було")
TOT = g.f("served", "recipients", 303, "Разом по центру виходить 303 отримувачі", unit_alt="families_persons",
          label="разом по центру (без натуральної допомоги і таксі)")
g.f("served", "persons", 19, "соціальним таксі скористалися 19 осіб", service="social_taxi")
g.f("services_provided", "services", 47, "47 поїздок", service="social_taxi",
    note="rides of the social taxi read as services delivered")
NA = g.f("served", "persons", 42, "Натуральну допомогу видали 42 особам", service="natural_aid")
g.f("aid_value", "uah", 29400, "правильно на 29,4 тис. грн", service="natural_aid",
    note="corrected value; the first message said 24,9")

g.slip("parts_sum", "error", "За півріччя касові 3 116,8 тис. грн, з них зарплата",
       3116800, 3106800, [BS, B1, B2, B3],
       "2 684,5 + 288,1 + 134,2 = 3 106,8 тис. грн, 10,0 тис. грн less than the 3 116,8 stated; nobody in the chat "
       "corrects it", f"{B1} + {B2} + {B3} == {BS}")
g.check("parts_sum", "зняли 7 (5 померли, 2 переїхали до дітей)", "5 + 2 = 7", f"{D1} + {D2} == {DR}")
g.check("parts_sum", "На друге півріччя переходять 9 сімей", "5 completed + 9 continuing = 14",
        f"{SC} + {SO} == {SJ} and {OP} <= {SC} and {SS} <= {SJ}")
g.check("percent_mismatch", "з них ВПО 64 (31,5 %)", "64 / 203 = 31,53 % → 31,5", f"pct_ok(p{COV[1:]}, {COV}, {CO}, 1)")
g.check("percents_sum", "повністю задоволені 89,7 %, частково 8,6 %, не задоволені 1,7 %", "89,7 + 8,6 + 1,7 = 100,0",
        f"psum_ok([{S1}, {S2}, {S3}], 1)")
g.check("percent_impossible", "повністю задоволені 89,7 %, частково 8,6 %, не задоволені 1,7 %",
        "52, 5 and 1 of 58 give 89,66, 8,62 and 1,72 %", f"grim_ok({S1}, {RS}, 1) and grim_ok({S2}, {RS}, 1) and "
        f"grim_ok({S3}, {RS}, 1)")
g.check("parts_sum", "Разом по центру виходить 303 отримувачі (86 догляд + 203 консультування + 14 сімей СП)",
        "86 + 203 + 14 = 303", f"{HC} + {CO} + {SJ} == {TOT}")
g.check("parts_sum", "СЖО підтвердилось у 8", "8 ≤ 17", f"{IC} <= {NT}")
g.check("parts_sum", "ВПО не 11, а 13", "13 ≤ 86", f"{HCV} <= {HC}")
g.check("parts_sum", "фізичних осіб 22", "22 ≤ 24,5; 7 trained ≤ 22", f"{STR} <= {SA} <= {SP}")
g.check("parts_sum", "За півріччя касові 3 116,8 тис. грн", "half-year spending ≤ annual approval",
        f"{BS} <= {BA}")

g.skip("Експортовано: 04.07.2025 13:02", [4, 7, 2025, 13, 2], "export date and time")
g.skip("[01.07.2025 08:47:12]", [1, 7, 2025, 8, 47, 12], "message timestamps (every line)")
g.skip("До четверга 03.07", [3, 7], "deadline")
g.skip("за І півріччя 2025 року", [2025], "period")
g.skip("Звіт здаю 04.07 до 12:00", [4, 7, 12, 0], "deadline")
g.skip("з них 11 ВПО", [11], "superseded: corrected to 13 in the message of 02.07.2025 11:15")
g.skip("в них 31 дитина", [31], "superseded: corrected to 33 in the message of 02.07.2025 16:40")
g.skip("(Хмельницький ОЦСС, 18–19 червня)", [18, 19], "training dates")
g.skip("Бо минулого року за півріччя було 79", [79], "prior-year figure")
g.skip("двох переселенців з Нетішина не врахувала", [2], "«двох переселенців» (explains the correction 11 → 13; no separate fact)")
g.skip("не порахувала двох дітей у сім'ї, яку взяли в червні", [2], "explains the correction 31 → 33")
g.skip("Натуральну допомогу видали 42 особам на 24,9 тис. грн", [24.9], "superseded: corrected to 29,4 at 18:02")
g.skip("42 особи вірно", [42], "confirmation of the 42 already annotated")
g.skip("у тебе 86 — це разом з тими, кого взяли?", [86], "the director's question restating a figure (not a new report)")
g.skip("Так, 86 всього за півріччя, з новими", [86], "confirmation of the 86 already annotated")
g.skip("(86 догляд + 203 консультування + 14 сімей СП)", [86, 203, 14],
       "the director restates the three figures as the terms of her sum (literals of the check)")
g.skip("приймальня (0382) 0-71-26-48", [382, 712648], "phone")
g.skip("Звіт відправлено о 11:38", [11, 38], "time")

g.note("a chat is not a report, but its figures are the centre's H1 2025 figures; report_kind period_report, "
       "meta_alt other")
g.note("oblast is not written in the chat (only «Хмельницький ОЦСС», a training provider) → omitted")
g.note("corrections: where a later message corrects a figure (ВПО 11 → 13, children 31 → 33, natural aid 24,9 → 29,4 "
       "тис. грн), only the corrected value is a fact, quoted from the correcting message; the superseded value is "
       "skipped. An explicit correction is not an internal_conflict")
g.note("figures restated in the chat — the director's question «у тебе 86 …», the confirmations «86 всього …» and "
       "«42 особи вірно», and the terms «(86 догляд + 203 консультування + 14 сімей СП)» of the director's sum — are "
       "not new reports of a figure → skipped, not repeat facts (unlike a report that writes a figure twice)")
g.note("the director's «Разом по центру виходить 303 отримувачі (86 + 203 + 14)» mixes persons and families → served "
       "in recipients (unit_alt families_persons) with a label; it adds up")
g.note("«Взяли нових 9» (home care) → served (alt registered_new, support_started), hung on the 86; «зняли 7» → "
       "deregistered (alt support_completed) with reasons as labelled parts")
g.note("«ставки» → staff_positions 24,5; «фізичних осіб» → staff_actual")
g.note("money in тис. грн stored in hryvnias; the breakdown items carry no KEKV")
g.write()
