"""b56_08: ЦСС Великовисківської сільської ради (Кіровоградська), information for 9 months of 2023.
Less common style 2: typed in haste — Russianisms, surzhyk, typos, missing spaces, doubled words, Latin look-alike letters
inside Ukrainian words, mixed dashes. UTF-8 plain text. Figures are readable; only the words are garbled."""
from common import Gold, report_path, write_text

DOC = "b56_08_velyka_vyska_css_9m2023.txt"

# '^' + Cyrillic letter marks a Latin look-alike typed in its place
LAT = {"а": "a", "о": "o", "е": "e", "і": "i", "с": "c", "р": "p", "х": "x", "І": "I", "Т": "T", "О": "O"}


def L(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "^":
            out.append(LAT[s[i + 1]]); i += 2
        else:
            out.append(s[i]); i += 1
    return "".join(out)


RAW = """Від: Центр соціальних служб Великовисківської сільської ради
Кому: УСЗН (відділ соц. послуг)
Тема: ^Інфа за 9 міс 2023

Добрий день,надсилаємо інфу по ЦСС Великовисківської с/р за 9 міс. 2023р. (на ваш запит від 03.10.2023 № 01-12/455). Вибачте що з запізненням,світла не було.

1. Кол-во сімей,які звернулись в центр за 9 міс. - 146 сімей , з них з них ВПО - 38 сімей.
(для порівняння за 9 міс 2022 було 131 сімя)

2. Надано соц. п^о^слуг — всього 1 627 послуг ,в т.ч.:
   к^онсультування -- 1 102
   інформування - 389
   соц.супровід – 136

3. Обслугованно с^ім^ей всього 214 сімей (чел. в них 547),з них:
 - консультування - 118 сімей
 - інформування - 72 сімї
 - соц. супровід сімей в СЖО -24 сімї

4. Під супроводом находилось 24 сімї в них 51 дітей до 18 р. Взято під супровід за 9 міс.- 10 сімей.Закрито випадків 8 : з позитивним результатом 6,з негативним 2. Середня тривалість супроводу 4-5 міс.

5. Оцінка потреб проведена 41 с^імї (в т.ч. по повідомленням ССД - 17).

6. Повідомлень про сімї в СЖО поступило 29 ,СЖО підтвердилось в 19 випадках.

7. Прийомні сімї/ДБСТ : на супр^оводі 4 сімї (3 ПС, 1 ДБСТ),в них вихованців 11 дітей.

8. Проведено групових заходів - 7 ,охоплено 96 чел. (лекції в школах, ^акція "16 днів проти насильства" запланована на листопад).

9. Опитування:опитано 23 отримувачив послуг, задоволені якістю по^слуг 91,5 %.

10. Скарг не поступало.

11. Штат – 5 шт.од., фактично 4 спеціаліста (1 вакансія). Навчання пройшли 3 спеціаліста (вебінари НССУ по 2 год.)

12. Гаряча лінія — 37 звонків,в основному по гуманітарці.

13. По домашньому насильству звернулось 6 чел.,всі випадки передані в ювенальну поліцію та ССД, по 2 складені спільні плани.

14. Гуманітарка (від БФ "Карітас"): роздано 120 продуктових наборів,45 гігієнічних,до 1 вересня 30 шкільних наборів дітям з сімей в СЖО.

Якщо треба розбивку по старостатах (їх у нас 5) - скинемо в понеділок,зараз у спеціаліста лікарняний. Цифри за 3 кв. ще уточнюємо, якщо щось зміниться поправимо в річному звіті.

Кол-во населення громади ~ 8,6 тис. чел., 21 нас.пункт.
Тел. для звязку (05251)0-47-36
Відправлено 06.10.2023 о 16:40
"""
TEXT = L(RAW)


def C(s):
    """The same words as `zvitparse read` prints them: it maps the Latin look-alikes back to Cyrillic."""
    return s.replace("^", "")


def gold():
    g = Gold(DOC, {"centre": "Центр соціальних служб Великовисківської сільської ради", "centre_type": "css",
                   "settlement": "Велика Виска", "report_kind": "period_report",
                   "period_start": "2023-01-01", "period_end": "2023-09-30"},
             {"centre": ["ЦСС Великовисківської с/р", "ЦСС Великовисківської сільської ради"]})
    f = lambda ind, unit, val, q, **kw: g.f(ind, unit, val, C(q), **kw)
    F = lambda x: "f" + x[1:]
    ap = f("applied", "families", 146, "Кол-во сімей,які звернулись в центр за 9 міс. - 146 сімей")
    f("applied", "families", 38, "з них з них ВПО - 38 сімей", category="внутрішньо переміщені особи", parent=ap)
    sp = f("services_provided", "services", 1627, "Надано соц. п^о^слуг — всього 1 627 послуг")
    s1 = f("services_provided", "services", 1102, "к^онсультування -- 1 102", service="counselling", group="services_1627_by_service", parent=sp)
    s2 = f("services_provided", "services", 389, "інформування - 389", service="informing", group="services_1627_by_service", parent=sp)
    s3 = f("services_provided", "services", 136, "соц.супровід – 136", service="social_support_sjo", group="services_1627_by_service", parent=sp)
    sv = f("served", "families", 214, "Обслугованно с^ім^ей всього 214 сімей")
    f("served", "persons", 547, "(чел. в них 547)", parent=sv)
    v1 = f("served", "families", 118, "- консультування - 118 сімей", service="counselling", group="served_214_by_service", parent=sv)
    v2 = f("served", "families", 72, "- інформування - 72 сімї", service="informing", group="served_214_by_service", parent=sv)
    v3 = f("served", "families", 24, "соц. супровід сімей в СЖО -24 сімї", service="social_support_sjo", group="served_214_by_service", parent=sv, alt=["support_ongoing"])
    ss = f("served", "families", 24, "Під супроводом находилось 24 сімї", service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 51, "в них 51 дітей до 18 р.", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 10, "Взято під супровід за 9 міс.- 10 сімей", service="social_support_sjo", parent=ss)
    co = f("support_completed", "families", 8, "Закрито випадків 8", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 6, "з позитивним результатом 6", service="social_support_sjo", group="closed_8_by_outcome", parent=co)
    o2 = f("outcome_negative", "families", 2, ",з негативним 2", service="social_support_sjo", group="closed_8_by_outcome", parent=co)
    na = f("needs_assessed", "families", 41, "Оцінка потреб проведена 41 с^імї")
    f("needs_assessed", "families", 17, "(в т.ч. по повідомленням ССД - 17)", label="за повідомленнями служби у справах дітей", parent=na)
    no = f("notified", "families", 29, "Повідомлень про сімї в СЖО поступило 29")
    sj = f("in_difficult_circumstances", "families", 19, "СЖО підтвердилось в 19 випадках", parent=no)
    fo = f("served", "families", 4, "на супр^оводі 4 сімї (3 ПС, 1 ДБСТ)", service="social_support_foster", alt=["support_ongoing"])
    fa = f("served", "families", 3, "(3 ПС, 1 ДБСТ)", service="social_support_foster", label="прийомні сім'ї", group="foster_4_by_form", parent=fo)
    fb = f("served", "families", 1, "(3 ПС, 1 ДБСТ)", service="social_support_foster", label="дитячі будинки сімейного типу", group="foster_4_by_form", parent=fo)
    f("served", "children", 11, "в них вихованців 11 дітей", service="social_support_foster", parent=fo)
    ev = f("events", "events", 7, "Проведено групових заходів - 7")
    f("event_participants", "persons", 96, ",охоплено 96 чел.", parent=ev)
    sr = f("survey_respondents", "recipients", 23, "опитано 23 отримувачив послуг", unit_alt="persons")
    sa_ = f("satisfaction", "percent", 91.5, "задоволені якістю по^слуг 91,5 %", alt=["share"])
    f("complaints", "complaints", 0, "Скарг не поступало.")
    pos = f("staff_positions", "positions", 5, "Штат – 5 шт.од.")
    act = f("staff_actual", "staff", 4, "фактично 4 спеціаліста")
    tr = f("staff_trained", "staff", 3, "Навчання пройшли 3 спеціаліста")
    f("calls", "calls", 37, "Гаряча лінія — 37 звонків")
    f("applied", "persons", 6, "По домашньому насильству звернулось 6 чел.", label="з питань домашнього насильства")

    g.slip("percent_impossible", "error", C("опитано 23 отримувачив послуг, задоволені якістю по^слуг 91,5 %"), 91.5, "21 of 23 = 91,3 % or 22 of 23 = 95,7 %",
           [sa_, sr], "with 23 respondents no whole number of satisfied people rounds to 91,5 % (21/23 = 91,30 %, 22/23 = 95,65 %)",
           f"grim_ok({F(sa_)}, {F(sr)}, 1)")
    g.check("parts_sum", C("всього 1 627 послуг ,в т.ч.:"), "1 102 + 389 + 136 = 1 627", f"{F(s1)} + {F(s2)} + {F(s3)} == {F(sp)}")
    g.check("parts_sum", C("Обслугованно с^ім^ей всього 214 сімей"), "118 + 72 + 24 = 214", f"{F(v1)} + {F(v2)} + {F(v3)} == {F(sv)}")
    g.check("internal_conflict", "Під супроводом находилось 24 сімї", "24 families under support in items 3 and 4", f"{F(v3)} == {F(ss)}")
    g.check("parts_sum", "Закрито випадків 8 : з позитивним результатом 6,з негативним 2", "6 + 2 = 8; 10 taken and 8 closed ≤ 24",
            f"{F(o1)} + {F(o2)} == {F(co)} and {F(st)} <= {F(ss)} and {F(co)} <= {F(ss)}")
    g.check("parts_sum", "на супр" + C("о") + "воді 4 сімї (3 ПС, 1 ДБСТ)", "3 + 1 = 4", f"{F(fa)} + {F(fb)} == {F(fo)}")
    g.check("parts_sum", "СЖО підтвердилось в 19 випадках", "19 ≤ 29; 17 ≤ 41", f"{F(sj)} <= {F(no)} and f{int(na[1:]) + 1} <= {F(na)}")
    g.check("parts_sum", "фактично 4 спеціаліста (1 вакансія)", "4 + 1 vacancy = 5 positions; 3 trained ≤ 4", f"{F(act)} + 1 == {F(pos)} and {F(tr)} <= {F(act)}")

    g.skip("на ваш запит від 03.10.2023 № 01-12/455", [3, 10, 2023, 1, 12, 455], "date and number of the request")
    g.skip("(для порівняння за 9 міс 2022 було 131 сімя)", [9, 2022, 131], "prior-year figure")
    g.skip("за 9 міс. 2023р.", [9, 2023], "period words")
    g.skip("дітей до 18 р.", [18], "age")
    g.skip("Середня тривалість супроводу 4-5 міс.", [4, 5], "duration")
    g.skip(C("^акція \"16 днів проти насильства\" запланована на листопад"), [16], "name of a planned campaign")
    g.skip("(1 вакансія)", [1], "vacancy; literal in the staff check")
    g.skip("(вебінари НССУ по 2 год.)", [2], "duration")
    g.skip("по 2 складені спільні плани", [2], "joint plans (no §3 id)")
    g.skip("роздано 120 продуктових наборів,45 гігієнічних,до 1 вересня 30 шкільних наборів", [120, 45, 1, 30], "items handed out, date")
    g.skip("по старостатах (їх у нас 5)", [5], "starosta districts")
    g.skip("Цифри за 3 кв. ще уточнюємо", [3], "quarter number")
    g.skip("Кол-во населення громади ~ 8,6 тис. чел., 21 нас.пункт.", [8600, 21], "population and settlement counts")
    g.skip("Тел. для звязку (05251)0-47-36", [5251, 4736], "phone")
    g.skip("Відправлено 06.10.2023 о 16:40", [6, 10, 2023, 16, 40], "date and time sent")
    g.skip("1. Кол-во сімей", list(range(1, 15)), "item numbers 1.–14.")
    g.note("hasty style: the file has Latin look-alike letters inside eight words (Latin o and c in «пocлуг», o in «кoнсультування», i and e in «сiмeй», i in «сiмї», I in «Iнфа», o in «супрoводі», a in «aкція», c in «поcлуг»). "
           "`zvitparse read` prints these words in Cyrillic, so the quotes (verbatim substrings of the read text) are Cyrillic there; the typos, missing spaces, doubled words and mixed dashes are kept verbatim")
    g.note("oblast not stated in the text (Велика Виска is in Кіровоградська) → omitted from meta; centre from the «Від:» line, abbreviated form in meta_alt")
    g.note("«чел. в них 547» → served persons, parent the 214 families; «Закрито випадків 8» → support_completed; «на супроводі 4 сімї (3 ПС, 1 ДБСТ)» → social_support_foster with two labelled parts")
    g.note("«Кол-во сімей,які звернулись … 146 сімей» → applied families; «задоволені якістю послуг 91,5 %» → satisfaction; planted percent_impossible (GRIM) with 23 respondents")
    g.write()


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT)
    gold()
