"""b104_08: Центр соціальних служб Більче-Золотецької сільської ради (Тернопільська): a chronicle of the events of
H2 2023 by date (UTF-8 TXT). The dated events carry the figures; summary totals at the end.
Planted slip: percent_impossible (87,5 % of 23 participants)."""
import re

from common import Gold, report_path, write_text

NAME = "b104_08_bilche_zolote_css_h2_2023.txt"

TEXT = """Центр соціальних служб Більче-Золотецької сільської ради
Чортківського району Тернопільської області

ХРОНІКА ПОДІЙ
за друге півріччя 2023 року (липень – грудень)

Підготовлено для сайту громади та звіту перед депутатами сільської ради.
Контакти: с. Більче-Золоте, вул. Шевченка, 30; тел. (03552) 0-36-18; css.bilche@example.ua

ЛИПЕНЬ

3 липня — засідання комісії з питань захисту прав дитини, розглянуто 6 питань.
5 липня — під соціальний супровід узято 2 сім'ї, у яких виховується 5 дітей.
12 липня — тренінг для прийомних батьків «Травма і прив'язаність», 18 учасників.
26 липня — зустріч з молоддю «Безпечне літо» у будинку культури, 27 учасників.

СЕРПЕНЬ

з 1 по 15 серпня — акція «Збери дитину до школи», охоплено 64 особи.
18 серпня — завершено супровід 2 сімей, обидві з позитивним результатом.
24 серпня — свято до Дня Незалежності для дітей з числа ВПО, 31 дитина.

ВЕРЕСЕНЬ

19 вересня — перша зустріч групи взаємопідтримки для жінок з числа ВПО, 12 учасниць.
28 вересня — виїзний прийом у старостинському окрузі № 2: проконсультовано 19 осіб.

ЖОВТЕНЬ

2 жовтня — до Міжнародного дня людей похилого віку продуктові набори вручено 46 одиноким
людям похилого віку (46 наборів на суму 18,4 тис. грн, кошти благодійного фонду).
10 жовтня — тренінг «Емоційне вигорання» для педагогів закладів освіти, 23 учасники.
В анкетуванні після тренінгу взяли участь усі 23 учасники; 87,5 % з них оцінили
тренінг як корисний.
24 жовтня — 2 фахівці Центру пройшли онлайн-навчання з ведення випадку (16 годин).

ЛИСТОПАД

з 25 листопада по 10 грудня — акція «16 днів проти насильства», охоплено 36 осіб.
27 листопада — завершено супровід 3 сімей: 2 — з позитивним результатом, 1 — у зв'язку
з переїздом до іншої громади.

ГРУДЕНЬ

6 грудня — заняття «Школи відповідального батьківства», 9 батьків.
19 грудня — новорічне свято для дітей із сімей у складних життєвих обставинах, 22 дитини.
29 грудня — станом на кінець року під супроводом залишаються 9 сімей; їм продовжено
надання послуги на 2024 рік.

ПІДСУМКИ ПІВРІЧЧЯ

Надійшло повідомлень про сім'ї, які можуть перебувати у СЖО ............ 17
Проведено оцінку потреб сімей .......................................... 15
Під соціальним супроводом перебували сімей ............................. 14
  у них дітей ........................................................... 31
Узято під супровід сімей ................................................ 6
Завершено супровід сімей ................................................ 5
  з них з позитивним результатом ........................................ 4
Прийомних сімей і ДБСТ під соціальним супроводженням ..................... 4
  у них дітей ........................................................... 13
Отримали послугу консультування, осіб ................................. 176
Отримали послугу інформування, осіб ................................... 312
Групових заходів ........................................................ 9
  учасників ............................................................ 242
Скарг на роботу Центру не надходило.

Довідку склала фахівчиня із соціальної роботи, 08.01.2024.
"""

path = report_path(NAME)
write_text(path, TEXT)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Більче-Золотецької сільської ради",
    "centre_type": "css", "settlement": "Більче-Золоте", "oblast": "Тернопільська",
    "report_kind": "period_report", "period_start": "2023-07-01", "period_end": "2023-12-31",
}, meta_alt={"centre": ["Центр соціальних служб Більче-Золотецької сільської ради Чортківського району Тернопільської області"],
             "report_kind": ["other"]})
F = g.f
n = lambda x: x[1:]

f_st5 = F("support_started", "families", 2, "під соціальний супровід узято 2 сім'ї", service="social_support_sjo",
          label="5 липня")
f_st5c = F("support_started", "children", 5, "у яких виховується 5 дітей", service="social_support_sjo", parent=f_st5)
ev = []


def evp(value, quote, label, unit="persons", **kw):
    ev.append(F("event_participants", unit, value, quote, label=label, group="group_events_242", **kw))


evp(18, "«Травма і прив'язаність», 18 учасників", "тренінг для прийомних батьків, 12 липня")
evp(27, "«Безпечне літо» у будинку культури, 27 учасників", "зустріч з молоддю, 26 липня")
evp(64, "акція «Збери дитину до школи», охоплено 64 особи", "акція «Збери дитину до школи», 1–15 серпня")
evp(31, "для дітей з числа ВПО, 31 дитина", "свято до Дня Незалежності, 24 серпня", unit="children",
    unit_alt="persons")
evp(12, "групи взаємопідтримки для жінок з числа ВПО, 12 учасниць", "група взаємопідтримки ВПО, 19 вересня")
evp(23, "для педагогів закладів освіти, 23 учасники", "тренінг «Емоційне вигорання», 10 жовтня")
evp(36, "акція «16 днів проти насильства», охоплено 36 осіб", "акція «16 днів проти насильства»")
evp(9, "«Школи відповідального батьківства», 9 батьків", "Школа відповідального батьківства, 6 грудня")
evp(22, "у складних життєвих обставинах, 22 дитини", "новорічне свято, 19 грудня", unit="children", unit_alt="persons")
f_c18 = F("support_completed", "families", 2, "завершено супровід 2 сімей", service="social_support_sjo", label="18 серпня")
f_c18p = F("outcome_positive", "families", 2, "обидві з позитивним результатом", parent=f_c18,
           note="«обидві» = 2, a number in words")
f_cons28 = F("served", "persons", 19, "проконсультовано 19 осіб", service="counselling", label="виїзний прийом, 28 вересня")
f_nat = F("served", "persons", 46, "продуктові набори вручено 46 одиноким", service="natural_aid",
          category="одинокі люди похилого віку")
f_aid = F("aid_value", "uah", 18400, "на суму 18,4 тис. грн")
f_svr = F("survey_respondents", "persons", 23, "В анкетуванні після тренінгу взяли участь усі 23 учасники")
f_sh = F("share", "percent", 87.5, "87,5 % з них оцінили\nтренінг як корисний", label="оцінили тренінг як корисний",
         alt=["satisfaction"])
f_tr = F("staff_trained", "staff", 2, "2 фахівці Центру пройшли онлайн-навчання")
f_c27 = F("support_completed", "families", 3, "завершено супровід 3 сімей", service="social_support_sjo", label="27 листопада")
f_c27p = F("outcome_positive", "families", 2, "2 — з позитивним результатом", group="completed_27_11", parent=f_c27)
f_c27o = F("outcome_other", "families", 1, "1 — у зв'язку\nз переїздом до іншої громади", label="переїзд до іншої громади",
           group="completed_27_11", parent=f_c27)
f_ong = F("support_ongoing", "families", 9, "під супроводом залишаються 9 сімей", service="social_support_sjo")


def sline(label, value, indicator, unit, **kw):
    m = re.search(re.escape(label) + r" \.+ *" + str(value), TEXT)
    assert m, label
    return F(indicator, unit, value, m.group(0), **kw)


f_not = sline("Надійшло повідомлень про сім'ї, які можуть перебувати у СЖО", 17, "notified", "families")
f_na = sline("Проведено оцінку потреб сімей", 15, "needs_assessed", "families")
f_sup = sline("Під соціальним супроводом перебували сімей", 14, "served", "families", service="social_support_sjo",
              alt=["support_ongoing"])
f_supc = sline("у них дітей", 31, "served", "children", service="social_support_sjo", alt=["support_ongoing"], parent=f_sup)
f_sst = sline("Узято під супровід сімей", 6, "support_started", "families", service="social_support_sjo", parent=f_sup)
f_sco = sline("Завершено супровід сімей", 5, "support_completed", "families", service="social_support_sjo", parent=f_sup)
f_scp = sline("з них з позитивним результатом", 4, "outcome_positive", "families", parent=f_sco)
f_fos = sline("Прийомних сімей і ДБСТ під соціальним супроводженням", 4, "served", "families",
              service="social_support_foster")
f_fosc = sline("у них дітей", 13, "served", "children", service="social_support_foster", parent=f_fos)
f_cons = sline("Отримали послугу консультування, осіб", 176, "served", "persons", service="counselling")
f_inf = sline("Отримали послугу інформування, осіб", 312, "served", "persons", service="informing")
f_ev = sline("Групових заходів", 9, "events", "events")
f_evp = sline("учасників", 242, "event_participants", "persons", parent=f_ev)
for x in ev:
    g._by_id[x]["parent_id"] = f_evp
    g._by_id[x]["parent_quote"] = g._by_id[f_evp]["quote"]
f_cmp = F("complaints", "complaints", 0, "Скарг на роботу Центру не надходило.")

g.slip("percent_impossible", "error", "В анкетуванні після тренінгу взяли участь усі 23 учасники; 87,5 % з них оцінили\nтренінг як корисний.",
       87.5, "20 of 23 = 87,0 % or 21 of 23 = 91,3 %", [f_sh, f_svr],
       "with 23 respondents no whole number gives 87,5 % at one decimal (20/23 = 86,96, 21/23 = 91,30); 87,5 % is 7 of 8 or 21 of 24",
       f"grim_ok(f{n(f_sh)}, f{n(f_svr)}, 1)")
g.check("parts_sum", "учасників ............................................................ 242",
        "the nine dated group events: 18 + 27 + 64 + 31 + 12 + 23 + 36 + 9 + 22 = 242, and there are 9 of them",
        " + ".join(f"f{n(x)}" for x in ev) + f" == f{n(f_evp)} and len([{', '.join('f' + n(x) for x in ev)}]) == f{n(f_ev)}")
g.check("parts_sum", "Завершено супровід сімей ................................................ 5",
        "dated completions 2 (18 серпня) + 3 (27 листопада) = 5; positives 2 + 2 = 4",
        f"f{n(f_c18)} + f{n(f_c27)} == f{n(f_sco)} and f{n(f_c18p)} + f{n(f_c27p)} == f{n(f_scp)}")
g.check("parts_sum", "завершено супровід 3 сімей: 2 — з позитивним результатом, 1 — у зв'язку\nз переїздом до іншої громади.",
        "2 + 1 = 3", f"f{n(f_c27p)} + f{n(f_c27o)} == f{n(f_c27)}")
g.check("parts_sum", "під супроводом залишаються 9 сімей", "14 under support − 5 completed = 9 continued into 2024",
        f"f{n(f_sup)} - f{n(f_sco)} == f{n(f_ong)}")
g.check("parts_sum", "Узято під супровід сімей ................................................ 6",
        "2 taken on 5 July ≤ 6 taken in the half-year ≤ 14; 15 assessed ≤ 17 notified",
        f"f{n(f_st5)} <= f{n(f_sst)} <= f{n(f_sup)} and f{n(f_na)} <= f{n(f_not)}")
g.check("parts_sum", "проконсультовано 19 осіб", "19 at the outreach day ≤ 176 counselled in the half-year",
        f"f{n(f_cons28)} <= f{n(f_cons)}")

g.skip("за друге півріччя 2023 року (липень – грудень)", [2, 2023], "period of the title")
g.skip("вул. Шевченка, 30; тел. (03552) 0-36-18", [30, 3552, 3618], "address, phone")
for d in ("3 липня —", "5 липня —", "12 липня —", "26 липня —", "з 1 по 15 серпня —", "18 серпня —", "24 серпня —",
          "19 вересня —", "28 вересня —", "2 жовтня —", "10 жовтня —", "24 жовтня —", "з 25 листопада по 10 грудня —",
          "27 листопада —", "6 грудня —", "19 грудня —", "29 грудня —"):
    g.skip(d, [int(x) for x in re.findall(r"\d+", d)], "date of the chronicle entry")
g.skip("засідання комісії з питань захисту прав дитини, розглянуто 6 питань", [6], "commission questions (no §3 id)")
g.skip("у старостинському окрузі № 2", [2], "округ number")
g.skip("(46 наборів", [46], "items (food sets); the same number as the 46 persons")
g.skip("(16 годин)", [16], "duration")
g.skip("«16 днів проти насильства»", [16], "name of the campaign")
g.skip("продовжено\nнадання послуги на 2024 рік", [2024], "year")
g.skip("08.01.2024", [8, 1, 2024], "compile date")

g.note("a chronicle: the figures of the dated entries are facts with the date or event in `label`; the summary block "
       "at the end gives the totals (dotted leaders; quoted with their leaders as the reader prints them)")
g.note("each dated group event gives only its participants (event_participants, labelled); the events themselves "
       "are counted once, in the summary («Групових заходів … 9»). The nine entries sum to the 242 participants "
       "and hang on it (group group_events_242). Children at the two children's parties are unit children (unit_alt persons)")
g.note("dated completions (2 + 3) and the summary «Завершено супровід сімей … 5» are separate facts: the summary "
       "is the total, the dated rows are the half-year's parts; the same holds for «узято 2 сім'ї» (5 July) vs «Узято … 6»")
g.note("«під супроводом залишаються 9 сімей; їм продовжено надання послуги на 2024 рік» → support_ongoing 9 (a 2023 figure)")
g.note("«87,5 % з них оцінили тренінг як корисний» → share (alt satisfaction); its base is the 23 respondents, which "
       "makes it impossible (the planted slip)")
g.note("the 46 food sets are items (skipped); the 46 persons who received them are served natural_aid")
g.note("report_kind period_report (a half-year chronicle); `other` is accepted in meta_alt")
g.write()
