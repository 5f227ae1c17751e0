"""b106_08: ЦСС Куньєвської сільської ради (Харківська), report for H1 2024, as a page pasted into a CMS
with invisible junk: soft hyphens inside words, zero-width spaces, no-break and thin spaces inside numbers,
Latin look-alike letters inside Ukrainian words, <span>s that split numbers and words, smart quotes,
Word leftovers (<o:p>, mso styles). The text reads normally in a browser."""
from common import Gold, report_path, write_text

DOC = "b106_08_kunie_css_h1_2024.html"

SHY, ZW, NB, TH, NNB = "&shy;", "&#8203;", "&nbsp;", "&#8201;", "&#8239;"

BODY = f"""<h1 class="entry-title">Звіт про роботу Центру соціальних служб Куньєвської сільської ради за I пів{SHY}річчя 2024 року</h1>
<div class="entry-meta"><span class="date">05.07.2024</span> <span class="views">Переглядів: 87</span></div>
<div class="entry-content">
<p class="MsoNormal" style="text-align:justify;mso-line-height-alt:12.0pt"><span style="font-size:14.0pt;font-family:'Times New Roman'">Центр соціальних служб Куньєвської сільської ради (код ЄДРПОУ 44512806) утво{SHY}рено рішенням сесії від 22.12.2021 №&nbsp;412-XV. Центр надає базові соціальні послуги сім'ям, дітям та молоді в 31 населеному пункті громади.<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:14.0pt">&nbsp;<o:p></o:p></span></p>
<p class="MsoNormal" style="text-align:justify"><span style="font-size:14.0pt">Протягом I півріччя 2024 року до Центру звер{SHY}нулося <span lang="EN-US">17</span>3{NB}особи (за I півріччя 2023 р. – 151), над{SHY}ійшло 21{TH}повідомлення про сім'ї з дітьми, які можуть перебувати у складних життєвих обставинах.{ZW} Оцінку потреб проведено 44{NB}сім'ям, за її результатами складні життєві обставини виявлено у 29 сімей (у них 58 дітей віком від 1 до 17 років).<o:p></o:p></span></p>
<p class="MsoNormal" style="text-align:justify"><span style="font-size:14.0pt">Соціальні послуги надано 312{NNB}сім'ям/особам, а саме:<o:p></o:p></span></p>
<ul>
<li><span style="font-size:14.0pt">інформування – 118;</span></li>
<li><span style="font-size:14.0pt">кoнсуль{SHY}тування – 1<span style="color:#000">04</span>;</span></li>
<li><span style="font-size:14.0pt">соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, – 33;</span></li>
<li><span style="font-size:14.0pt">соціальна пpофіла{ZW}ктика – 41;</span></li>
<li><span style="font-size:14.0pt">екстрене (кризове) втру{SHY}чання – 9;</span></li>
<li><span style="font-size:14.0pt">натуральна допомога – 7.</span></li>
</ul>
<p class="MsoNormal" style="text-align:justify"><span style="font-size:14.0pt">Під соціальним супрo{SHY}водом протягом півріччя перебувала 33 сім'ї (67 дітей), з них 14 сімей взято під супровід у звітному періоді. Завершено надання послуги 9&nbsp;сім'ям: з позитивним результатом – 6, у зв'язку зі зміною місця проживання – 3.<o:p></o:p></span></p>
<p class="MsoNormal" style="text-align:justify"><span style="font-size:14.0pt">За категоріями сім'ї, які перебувають під супроводом, розподіляються так: сім'ї внутрішньо переміщених осіб – 42,4{NB}%, сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків, – 33,3{NB}%, сім'ї з дітьми з інвалідністю – 18,2{NB}%, інші – 9,1{NB}%.<o:p></o:p></span></p>
<p class="MsoNormal" style="text-align:justify"><span style="font-size:14.0pt">Соціальне супроводження здійснювалося щодо 3 прийомних сімей, у яких виховується 11 дiтей.<o:p></o:p></span></p>
<p class="MsoNormal" style="text-align:justify"><span style="font-size:14.0pt">Проведено 17 групових заходів (тренінги “Безпечне дитинство”, „Батьківська школа“), ними охоплено 2<span>64</span> особи. Передано 62{NB}набори гуманітарної допомоги на загальну суму 31,0{NB}тис.{NB}грн.<o:p></o:p></span></p>
<p class="MsoNormal" style="text-align:justify"><span style="font-size:14.0pt">У червні прoведено опитування 48 отримувачів послуг: 45 з них (93,8{TH}%) задоволені якістю та своєчасністю послуг. Cкарг не зафіксовано.<o:p></o:p></span></p>
<p class="MsoNormal" style="text-align:justify"><span style="font-size:14.0pt">Штатним розписом Центру передбачено 7 посад, фактично працюють 6 фахівців. Один фахівець перебуває у відпустці для догляду за дитиною до досягнення нею трирічного віку.<o:p></o:p></span></p>
<p class="MsoNormal" style="text-align:justify"><span style="font-size:14.0pt">До кінця 2024 року Центр планує охопити соціальним супроводом не менше 40 сімей. Довідки за тел. (05742) 0-5-19-26, e-mail: css.kunie@example.ua.<o:p></o:p></span></p>
</div>"""

HTML = f"""<!DOCTYPE html>
<html lang="uk">
<head><meta charset="utf-8"><title>Звіт ЦСС за I півріччя 2024 року – Куньєвська сільська рада</title></head>
<body class="post-template">
<header class="site-header"><div class="site-title">Куньєвська сільська рада</div><div class="tagline">Ізюмський район, Харківська область</div>
<nav class="main-nav"><ul><li><a href="/">Головна</a></li><li><a href="/news/">Новини</a></li><li><a href="/css/">Центр соціальних служб</a></li><li><a href="/docs/">Документи</a></li></ul></nav></header>
<nav class="breadcrumbs"><a href="/">Головна</a> › <a href="/css/">ЦСС</a> › Звіти</nav>
<main><article class="post">
{BODY}
</article></main>
<aside class="sidebar"><h3>Гаряча лінія</h3><p>(05742) 0-5-19-26</p><p>Пн–Пт 8:00–17:00</p><h3>Архів</h3><p>Липень 2024 (12)</p><p>Червень 2024 (19)</p></aside>
<footer class="site-footer">© 2024 Куньєвська сільська рада</footer>
</body></html>
"""


def build():
    write_text(report_path(DOC), HTML)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Куньєвської сільської ради",
        "centre_type": "css", "settlement": "Куньє", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30",
        "published": "2024-07-05"})
    f = g.f
    ap = f("applied", "persons", 173, "до Центру звернулося 173 особи")
    f("notified", "families", 21, "надійшло 21 повідомлення про сім'ї з дітьми")
    na = f("needs_assessed", "families", 44, "Оцінку потреб проведено 44 сім'ям")
    dc = f("in_difficult_circumstances", "families", 29, "складні життєві обставини виявлено у 29 сімей")
    f("in_difficult_circumstances", "children", 58, "(у них 58 дітей", parent=dc)
    tot = f("served", "families_persons", 312, "Соціальні послуги надано 312 сім'ям/особам")
    parts = []
    for svc, q, v in [("informing", "інформування – 118", 118), ("counselling", "консультування – 104", 104),
                      ("social_support_sjo", "які перебувають у складних життєвих обставинах, – 33", 33),
                      ("social_prevention", "соціальна профілактика – 41", 41),
                      ("crisis_intervention", "екстрене (кризове) втручання – 9", 9),
                      ("natural_aid", "натуральна допомога – 7", 7)]:
        parts.append(f("served", "families_persons", v, q, service=svc, parent=tot, group="served_312_by_service"))
    sup = f("served", "families", 33, "Під соціальним супроводом протягом півріччя перебувала 33 сім'ї",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 67, "(67 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 14, "з них 14 сімей взято під супровід у звітному періоді", service="social_support_sjo", parent=sup)
    cp = f("support_completed", "families", 9, "Завершено надання послуги 9 сім'ям", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 6, "з позитивним результатом – 6", service="social_support_sjo", parent=cp,
           group="completed_9_by_outcome")
    o2 = f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3", service="social_support_sjo",
           label="зміна місця проживання", parent=cp, group="completed_9_by_outcome")
    sh = []
    for cat, q, v in [("внутрішньо переміщені особи", "сім'ї внутрішньо переміщених осіб – 42,4 %", 42.4),
                      ("батьки ухиляються від виконання батьківських обов'язків", "ухиляються від виконання батьківських обов'язків, – 33,3 %", 33.3),
                      ("сім'ї з дітьми з інвалідністю", "сім'ї з дітьми з інвалідністю – 18,2 %", 18.2),
                      ("інші", "інші – 9,1 %", 9.1)]:
        sh.append(f("share", "percent", v, q, service="social_support_sjo", category=cat,
                    label="частка сімей під супроводом за категоріями", group="support_33_by_category_pct"))
    fo = f("served", "families", 3, "Соціальне супроводження здійснювалося щодо 3 прийомних сімей", service="social_support_foster")
    f("served", "children", 11, "у яких виховується 11 дітей", service="social_support_foster", parent=fo)
    ev = f("events", "events", 17, "Проведено 17 групових заходів")
    f("event_participants", "persons", 264, "ними охоплено 264 особи", parent=ev)
    f("aid_value", "uah", 31000, "на загальну суму 31,0 тис. грн", label="гуманітарна допомога")
    sr = f("survey_respondents", "recipients", 48, "проведено опитування 48 отримувачів послуг", unit_alt="persons")
    sat = f("survey_respondents", "recipients", 45, "45 з них (93,8 %) задоволені", percent=93.8, unit_alt="persons",
            label="задоволені якістю та своєчасністю послуг", alt=["satisfaction"], parent=sr)
    f("complaints", "complaints", 0, "Скарг не зафіксовано.")
    pos = f("staff_positions", "positions", 7, "Штатним розписом Центру передбачено 7 посад")
    act = f("staff_actual", "staff", 6, "фактично працюють 6 фахівців")

    g.check("parts_sum", "Соціальні послуги надано 312 сім'ям/особам, а саме:", "118 + 104 + 33 + 41 + 9 + 7 = 312",
            " + ".join(parts) + f" == {tot}")
    g.check("internal_conflict", "Під соціальним супроводом протягом півріччя перебувала 33 сім'ї",
            "the list's social-support line (33 сім'ям/особам) equals the 33 families under support", f"{parts[2]} == {sup}")
    g.check("parts_sum", "Завершено надання послуги 9 сім'ям: з позитивним результатом – 6, у зв'язку зі зміною місця проживання – 3",
            "6 + 3 = 9", f"{o1} + {o2} == {cp}")
    g.check("parts_sum", "з них 14 сімей взято під супровід", "14 and 9 ≤ 33", f"{st} <= {sup} and {cp} <= {sup}")
    g.check("parts_sum", "складні життєві обставини виявлено у 29 сімей", "29 ≤ 44 assessed", f"{dc} <= {na}")
    g.check("percent_impossible", "сім'ї внутрішньо переміщених осіб – 42,4 %", "each share alone is reachable with 33 families (14, 11, 6, 3 of 33)",
            " and ".join(f"grim_ok({x}, {sup}, 1)" for x in sh))
    g.check("percent_mismatch", "45 з них (93,8 %) задоволені", "45/48 = 93,75 → 93,8 (half-up)", f"pct_ok(p{sat[1:]}, {sat}, {sr}, 1)")
    g.check("parts_sum", "фактично працюють 6 фахівців", "6 ≤ 7; one more on childcare leave", f"{act} + 1 == {pos}")
    g.slip("percents_sum", "error",
           "сім'ї внутрішньо переміщених осіб – 42,4 %, сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків, – 33,3 %, сім'ї з дітьми з інвалідністю – 18,2 %, інші – 9,1 %",
           103.0, 100, sh,
           "the four categories (closed by «інші») partition the 33 families but sum to 103,0 %; each share alone fits 33 (14, 11, 6, 3), but 14 + 11 + 6 + 3 = 34 > 33",
           "psum_ok([" + ", ".join(sh) + "], 1)")

    g.skip("05.07.2024", [5, 7, 2024], "publication date")
    g.skip("Переглядів: 87", [87], "view counter")
    g.skip("за I півріччя 2024 року", [1, 2024], "period in the title")
    g.skip("(код ЄДРПОУ 44512806)", [44512806], "ЄДРПОУ")
    g.skip("від 22.12.2021 № 412-XV", [22, 12, 2021, 412], "decision date and number")
    g.skip("в 31 населеному пункті громади", [31], "number of settlements")
    g.skip("Протягом I півріччя 2024 року", [2024], "year")
    g.skip("(за I півріччя 2023 р. – 151)", [2023, 151], "prior-year figure")
    g.skip("віком від 1 до 17 років", [1, 17], "ages")
    g.skip("Передано 62 набори гуманітарної допомоги", [62], "items")
    g.skip("Один фахівець перебуває у відпустці", [1], "staff on leave (number in words), no §3 id; used as a literal in a check")
    g.skip("до досягнення нею трирічного віку", [3], "age, in words")
    g.skip("До кінця 2024 року Центр планує охопити соціальним супроводом не менше 40 сімей.", [2024, 40], "plan")
    g.skip("Довідки за тел. (05742) 0-5-19-26", [5742, 51926], "phone")
    g.note("the page carries soft hyphens, zero-width spaces, no-break/thin/narrow spaces inside numbers, Latin look-alike letters (Latin o in «супрoводом», «кoнсультування», «прoведено», Latin p in «пpофілактика», Latin i in «дiтей», Latin C in «Cкарг»), spans that split «17|3», «1|04», «2|64», Word leftovers and smart quotes; the quotes are as `zvitparse read` prints them (junk removed, spaces unified)")
    g.note("site furniture (header, menu, breadcrumbs, sidebar with the hotline, archive counts, footer) does not appear in the read text; no entries")
    g.note("«Соціальні послуги надано 312 сім'ям/особам, а саме» → served families_persons by service with a group; the social-support line 33 and the 33 families under support are two facts (different units)")
    g.note("category shares of the 33 families are bare percentages → share with category and a group (they partition, closed by «інші»); the planted slip is their sum 103,0 %")
    g.note("«опитування 48 отримувачів» → recipients (unit_alt persons); «45 з них (93,8 %) задоволені» → survey_respondents with percent, alt satisfaction")
    g.write()


if __name__ == "__main__":
    build()
    gold()
