"""b19_08: ЦСС Світловодської міської ради (Кіровоградська), report for 2025 written as a plain-text file in
Markdown (headings, bold, nested lists, a blockquote) with a glossary of abbreviations and footnotes
([^1] … [^5]) that carry figures of their own. UTF-8, LF.

Planted slip: percents_sum — the survey shares 58,3 + 35,4 + 8,3 = 102,0 %; each alone is reachable with 48
respondents (28, 17, 4 of 48), but 28 + 17 + 4 = 49 > 48.
"""
import re

from common import Gold, report_path, write_text

DOC = "b19_08_svitlovodsk_css_annual2025.txt"

TEXT = """# Звіт про роботу Центру соціальних служб Світловодської міської ради за 2025 рік

> Кіровоградська область · оприлюднено 20.01.2026 · текстова версія для сайту

## Скорочення

- **ЦСС** — Центр соціальних служб Світловодської міської ради;
- **СЖО** — складні життєві обставини;
- **ВПО** — внутрішньо переміщені особи;
- **ПС / ДБСТ** — прийомна сім'я / дитячий будинок сімейного типу;
- **ФСР** — фахівець із соціальної роботи;
- **ССД** — служба у справах дітей;
- **ГЛ** — «гаряча лінія» ЦСС, тел. (05236) 0-44-71.

## 1. Кадри

ЦСС має **9 штатних посад**, фактично працюють **8 осіб**: директор, 6 ФСР і психолог[^1]. Навчання з кейс-менеджменту пройшли 5 ФСР.

## 2. Виявлення та оцінка потреб

- Надійшли повідомлення про **143** сім'ї/особи, з них:
    - від ССД — 57;
    - від закладів освіти — 38;
    - від поліції — 21;
    - від інших суб'єктів — 27.
- Оцінку потреб проведено **139** сім'ям/особам[^2].
- СЖО виявлено у **96** сімей/осіб.

## 3. Соціальні послуги

**Консультування** — 412 сімей/осіб; **інформування** — 520 сімей/осіб; **кризове та екстрене втручання** — 19 осіб; **натуральна допомога** — 233 сім'ї (видано 466 наборів[^3]).

### 3.1. Соціальний супровід сімей у СЖО

Протягом року під супроводом ЦСС перебувала **71 сім'я** (у них 152 дитини):

- взято під супровід у 2025 році — 38 сімей[^4];
- перейшли з 2024 року — 33 сім'ї.

Завершено супровід **40** сімей:

- СЖО подолано — 24 (60,0 %);
- СЖО мінімізовано — 11 (27,5 %);
- без результату — 3 (7,5 %);
- інші причини (переїзд) — 2 (5,0 %).

На 2026 рік супровід продовжено 31 сім'ї.

### 3.2. ПС і ДБСТ

Соціальне супроводження отримували **9** сімей (7 ПС і 2 ДБСТ), у яких виховуються 34 дитини.

## 4. Групова робота, ГЛ, скарги

- Проведено 52 групові заходи, охоплено 804 учасники.
- На ГЛ надійшло 211 дзвінків.
- Скарг не надходило.

## 5. Опитування отримувачів

Анкетування (грудень 2025 року, **48** респондентів): роботу ЦСС оцінили на «відмінно» — 58,3 %, на «добре» — 35,4 %, на «задовільно» — 8,3 %.

## 6. Фінанси

Видатки на утримання ЦСС у 2025 році: затверджено 4 318,6 тис. грн, касові видатки — 4 297,0 тис. грн[^5].

## 7. Плани на 2026 рік

- відкрити другу групу «Школи батьківства» на 15 учасників;
- запровадити послугу медіації (2 ФСР пройдуть навчання до 01.04.2026).

---

[^1]: Одна посада ФСР вакантна з 01.09.2025.
[^2]: Щодо 4 повідомлень оцінку не проводили: сім'ї виїхали за межі громади.
[^3]: Набори передали БФ «Карітас» та ГО «Світло надії»; загальна вартість — 372,8 тис. грн.
[^4]: З них 5 сімей — повторно, вдруге за останні три роки.
[^5]: Економія 21,6 тис. грн — за КЕКВ 2273 «Оплата електроенергії».
"""


def build():
    write_text(report_path(DOC), TEXT, encoding="utf-8")


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Світловодської міської ради",
        "centre_type": "css",
        "settlement": "Світловодськ",
        "oblast": "Кіровоградська",
        "report_kind": "annual_report",
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
        "published": "2026-01-20",
    })
    n = lambda fid: fid[1:]
    f_pos = g.f("staff_positions", "positions", 9, "ЦСС має **9 штатних посад**")
    f_act = g.f("staff_actual", "staff", 8, "фактично працюють **8 осіб**")
    f_fsr = g.f("staff_actual", "staff", 6, "директор, 6 ФСР і психолог", parent=f_act,
                label="фахівці із соціальної роботи")
    f_tr = g.f("staff_trained", "staff", 5, "Навчання з кейс-менеджменту пройшли 5 ФСР",
               label="кейс-менеджмент")
    f_not = g.f("notified", "families_persons", 143, "Надійшли повідомлення про **143** сім'ї/особи")
    src = [("від ССД — 57", 57, "служба у справах дітей"), ("від закладів освіти — 38", 38, "заклади освіти"),
           ("від поліції — 21", 21, "поліція"), ("від інших суб'єктів — 27", 27, "інші суб'єкти")]
    nparts = [g.f("notified", "families_persons", v, q, parent=f_not, group="notified_143_by_source", label=l)
              for q, v, l in src]
    f_na = g.f("needs_assessed", "families_persons", 139, "Оцінку потреб проведено **139** сім'ям/особам")
    f_idc = g.f("in_difficult_circumstances", "families_persons", 96, "СЖО виявлено у **96** сімей/осіб")
    f_cons = g.f("served", "families_persons", 412, "**Консультування** — 412 сімей/осіб", service="counselling")
    f_inf = g.f("served", "families_persons", 520, "**інформування** — 520 сімей/осіб", service="informing")
    f_cri = g.f("served", "persons", 19, "**кризове та екстрене втручання** — 19 осіб",
                service="crisis_intervention")
    f_nat = g.f("served", "families", 233, "**натуральна допомога** — 233 сім'ї", service="natural_aid")
    f_natv = g.f("aid_value", "uah", 372800, "загальна вартість — 372,8 тис. грн", service="natural_aid",
                 label="набори від БФ «Карітас» та ГО «Світло надії»")
    S = "social_support_sjo"
    f_sup = g.f("served", "families", 71, "під супроводом ЦСС перебувала **71 сім'я**", service=S,
                alt=["support_ongoing"])
    f_supc = g.f("served", "children", 152, "(у них 152 дитини)", service=S, alt=["support_ongoing"], parent=f_sup)
    f_st = g.f("support_started", "families", 38, "взято під супровід у 2025 році — 38 сімей", service=S,
               parent=f_sup, group="support_71_by_start")
    f_rep = g.f("support_started", "families", 5, "З них 5 сімей — повторно", service=S, parent=f_st,
                label="повторно")
    f_tr24 = g.f("served", "families", 33, "перейшли з 2024 року — 33 сім'ї", service=S, alt=["support_ongoing"],
                 parent=f_sup, group="support_71_by_start", label="перейшли з 2024 року")
    f_co = g.f("support_completed", "families", 40, "Завершено супровід **40** сімей", service=S, parent=f_sup)
    grp = "completed_40_by_outcome"
    f_o1 = g.f("outcome_positive", "families", 24, "СЖО подолано — 24 (60,0 %)", percent=60.0, service=S,
               parent=f_co, group=grp)
    f_o2 = g.f("outcome_minimized", "families", 11, "СЖО мінімізовано — 11 (27,5 %)", percent=27.5, service=S,
               parent=f_co, group=grp)
    f_o3 = g.f("outcome_negative", "families", 3, "без результату — 3 (7,5 %)", percent=7.5, service=S,
               parent=f_co, group=grp)
    f_o4 = g.f("outcome_other", "families", 2, "інші причини (переїзд) — 2 (5,0 %)", percent=5.0, service=S,
               parent=f_co, group=grp, label="переїзд")
    f_on = g.f("support_ongoing", "families", 31, "На 2026 рік супровід продовжено 31 сім'ї", service=S,
               parent=f_sup)
    F = "social_support_foster"
    f_f = g.f("served", "families", 9, "Соціальне супроводження отримували **9** сімей", service=F)
    f_f1 = g.f("served", "families", 7, "(7 ПС і 2 ДБСТ)", service=F, parent=f_f, group="foster_9_by_form",
               category="прийомні сім'ї")
    f_f2 = g.f("served", "families", 2, "(7 ПС і 2 ДБСТ)", service=F, parent=f_f, group="foster_9_by_form",
               category="дитячі будинки сімейного типу")
    f_fc = g.f("served", "children", 34, "у яких виховуються 34 дитини", service=F, parent=f_f)
    f_ev = g.f("events", "events", 52, "Проведено 52 групові заходи")
    f_evp = g.f("event_participants", "persons", 804, "охоплено 804 учасники", parent=f_ev)
    f_call = g.f("calls", "calls", 211, "На ГЛ надійшло 211 дзвінків")
    f_cmp = g.f("complaints", "complaints", 0, "Скарг не надходило.")
    f_sur = g.f("survey_respondents", "persons", 48, "**48** респондентів")
    f_s1 = g.f("satisfaction", "percent", 58.3, "на «відмінно» — 58,3 %", alt=["share"],
               label="оцінили роботу ЦСС на «відмінно»")
    f_s2 = g.f("share", "percent", 35.4, "на «добре» — 35,4 %", alt=["satisfaction"],
               label="оцінили роботу ЦСС на «добре»")
    f_s3 = g.f("share", "percent", 8.3, "на «задовільно» — 8,3 %", label="оцінили роботу ЦСС на «задовільно»")
    f_ba = g.f("budget_approved", "uah", 4318600, "затверджено 4 318,6 тис. грн", label="утримання ЦСС")
    f_bs = g.f("budget_spent", "uah", 4297000, "касові видатки — 4 297,0 тис. грн", label="утримання ЦСС")
    f_bsv = g.f("budget_savings", "uah", 21600, "Економія 21,6 тис. грн — за КЕКВ 2273", kekv="2273",
                label="Оплата електроенергії")

    g.slip("percents_sum", "error", "роботу ЦСС оцінили на «відмінно» — 58,3 %, на «добре» — 35,4 %, "
           "на «задовільно» — 8,3 %", 102.0, 100, [f_s1, f_s2, f_s3],
           "the three answers partition the 48 respondents but sum to 102,0 %. Each share alone is reachable "
           "with 48 (28, 17 and 4 of 48), but 28 + 17 + 4 = 49 > 48",
           f"psum_ok([f{n(f_s1)}, f{n(f_s2)}, f{n(f_s3)}], 1)")

    g.check("percent_impossible", "на «відмінно» — 58,3 %", "each share is reachable with 48 respondents",
            f"grim_ok(f{n(f_s1)}, f{n(f_sur)}, 1) and grim_ok(f{n(f_s2)}, f{n(f_sur)}, 1) and "
            f"grim_ok(f{n(f_s3)}, f{n(f_sur)}, 1)")
    g.check("parts_sum", "Надійшли повідомлення про **143** сім'ї/особи, з них:", "57 + 38 + 21 + 27 = 143",
            " + ".join(f"f{n(x)}" for x in nparts) + f" == f{n(f_not)}")
    g.check("parts_sum", "Щодо 4 повідомлень оцінку не проводили", "139 assessed + 4 not assessed = 143; 96 ≤ 139",
            f"f{n(f_na)} + 4 == f{n(f_not)} and f{n(f_idc)} <= f{n(f_na)}")
    g.check("parts_sum", "директор, 6 ФСР і психолог", "director + 6 + psychologist = 8 ≤ 9 positions; 5 trained ≤ 6",
            f"1 + f{n(f_fsr)} + 1 == f{n(f_act)} and f{n(f_act)} <= f{n(f_pos)} and f{n(f_tr)} <= f{n(f_fsr)}")
    g.check("parts_sum", "під супроводом ЦСС перебувала **71 сім'я**", "38 + 33 = 71",
            f"f{n(f_st)} + f{n(f_tr24)} == f{n(f_sup)} and f{n(f_rep)} <= f{n(f_st)}")
    g.check("parts_sum", "Завершено супровід **40** сімей", "24 + 11 + 3 + 2 = 40",
            f"f{n(f_o1)} + f{n(f_o2)} + f{n(f_o3)} + f{n(f_o4)} == f{n(f_co)}")
    g.check("percent_mismatch", "СЖО подолано — 24 (60,0 %)", "24, 11, 3, 2 of 40 = 60,0 / 27,5 / 7,5 / 5,0 %",
            " and ".join(f"pct_ok(p{n(x)}, f{n(x)}, f{n(f_co)}, 1)" for x in (f_o1, f_o2, f_o3, f_o4)))
    g.check("percents_sum", "СЖО подолано — 24 (60,0 %)", "60,0 + 27,5 + 7,5 + 5,0 = 100,0",
            f"psum_ok([p{n(f_o1)}, p{n(f_o2)}, p{n(f_o3)}, p{n(f_o4)}], 1)")
    g.check("parts_sum", "На 2026 рік супровід продовжено 31 сім'ї", "40 completed + 31 continued = 71",
            f"f{n(f_co)} + f{n(f_on)} == f{n(f_sup)}")
    g.check("parts_sum", "(7 ПС і 2 ДБСТ)", "7 + 2 = 9", f"f{n(f_f1)} + f{n(f_f2)} == f{n(f_f)}")
    g.check("table_arithmetic", "Економія 21,6 тис. грн — за КЕКВ 2273",
            "економія = затверджено − видатки: 4 318,6 − 4 297,0 = 21,6 тис. грн",
            f"f{n(f_ba)} - f{n(f_bs)} == f{n(f_bsv)}")

    g.skip("оприлюднено 20.01.2026", [20, 1, 2026], "publication date")
    g.skip("тел. (05236) 0-44-71", [5236, 4471], "phone (glossary)")
    g.skip("[^1]: Одна посада ФСР вакантна з 01.09.2025.", [1, 9, 2025], "footnote number, vacancy (word "
           "numeral), date")
    g.skip("[^2]: Щодо 4 повідомлень оцінку не проводили", [2, 4], "footnote number; notifications not assessed "
           "(no §3 id; literal in a check)")
    g.skip("(видано 466 наборів[^3])", [466, 3], "items (sets); footnote marker")
    g.skip("— 38 сімей[^4];", [4], "footnote marker")
    g.skip("[^4]: З них 5 сімей — повторно, вдруге за останні три роки.", [4], "footnote number (the 5 is a fact; "
           "«три роки» is a duration in words)")
    g.skip("4 297,0 тис. грн[^5]", [5], "footnote marker")
    g.skip("[^5]: Економія 21,6 тис. грн — за КЕКВ 2273", [5, 2273], "footnote number, KEKV code (kept in kekv)")
    g.skip("(грудень 2025 року,", [2025], "survey month")
    g.skip("відкрити другу групу «Школи батьківства» на 15 учасників", [15], "plan for 2026")
    g.skip("(2 ФСР пройдуть навчання до 01.04.2026)", [2, 1, 4, 2026], "plan with a deadline")
    import re as _re
    for line in TEXT.splitlines():
        m = _re.match(r"#+ (\d+(?:\.\d+)?)\.", line)
        if m:
            v = m.group(1)
            vals = [int(x) for x in v.split(".")] + [int(y) for y in _re.findall(r"20\d\d", line)]
            g.skip(line, vals, "section number (Markdown heading)")
    g.skip("психолог[^1]", [1], "footnote marker")
    g.skip("сім'ям/особам[^2]", [2], "footnote marker")
    g.skip("[^3]: Набори передали", [3], "footnote number")

    g.note("Markdown plain text: the reader renders it (since session 9, after this set was scored): «**» marks "
           "go, footnote marks «[^n]» print as superscript digits; the quotes are those of the rendered text "
           "(see `rendered` below); the nested list indentation is dropped by the reader")
    g.note("footnotes carry facts of their own: the aid value (372,8 тис. грн, footnote 3), the repeated "
           "support starts (5, footnote 4) and the economy by KEKV (21,6, footnote 5)")
    g.note("the glossary defines ПС, ДБСТ, ФСР, ССД, ГЛ: «7 ПС і 2 ДБСТ» are прийомні сім'ї and ДБСТ; «6 ФСР» "
           "are фахівці із соціальної роботи")
    g.note("«інформування — 520 сімей/осіб» → families_persons")
    g.note("survey answers «відмінно / добре / задовільно» are shares of respondents, not ratings: no rating facts")
    g.note("«перейшли з 2024 року — 33 сім'ї» → served with a label (alt support_ongoing)")
    g.note("the director and the psychologist are counted as 1 each in the staff check (named, not numbered)")
    return g


_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def md(quote):
    """A quote as the reader prints the rendered Markdown (added in session 9, after the score:
    the set was written against the reader that printed the marks as written)."""
    quote = re.sub(r"^#{1,6}\s+", "", quote)
    quote = re.sub(r"^\[\^(\d+)\]:\s*", lambda m: m.group(1).translate(_SUP) + " ", quote)
    quote = re.sub(r"\[\^(\d+)\]", lambda m: m.group(1).translate(_SUP), quote)
    return quote.replace("**", "")


def rendered(g):
    for item in g.facts + g.skipped + g.checks + g.audit:
        for key in ("quote", "parent_quote"):
            if key in item:
                item[key] = md(item[key])
    return g


if __name__ == "__main__":
    build()
    rendered(gold()).write()
