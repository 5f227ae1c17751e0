"""b27_02: ТЦСО Апостолівської міської ради (Дніпропетровська), news item on H1 2026, windows-1251 HTML page."""
from common import Gold, report_path, write_text

NAME = "b27_02_apostolove_tcso_h1_2026.html"

ART = [
    "Територіальний центр соціального обслуговування (надання соціальних послуг) Апостолівської міської "
    "ради Дніпропетровської області підбив підсумки роботи за перше півріччя 2026 року. Загалом у першому "
    "півріччі послугами центру скористалися 1 286 осіб (окремі отримувачі отримують кілька послуг).",
    "Вдома соціальні послуги отримували 412 одиноких непрацездатних громадян, серед яких 57 осіб з "
    "інвалідністю I–II групи та 138 – віком понад 80 років. За відділеннями: відділення соціальної допомоги "
    "вдома № 1 (м. Апостолове) – 164 особи, відділення № 2 (Жовтокам'янський старостинський округ) – "
    "121 особа, відділення № 3 (Михайлівський та Нивотрудівський округи) – 118 осіб.",
    "Відділення денного перебування відвідували 96 осіб. Для них проведено 44 культурно-масові заходи, у яких "
    "взяли участь 615 учасників.",
    "Відділенням організації надання адресної натуральної допомоги допомогу отримали 778 осіб на загальну суму "
    "312,4 тис. грн: видано 1 240 продуктових наборів та 86 комплектів постільної білизни. Послугою «соціальне "
    "таксі» скористалися 63 особи (тариф – 12 грн за 1 км).",
    "Всього за півріччя надано 18 734 соціальні послуги, з них догляд вдома – 14 206, денний догляд – 2 310, "
    "натуральна допомога – 1 934, соціальне таксі – 284.",
    "На обслуговування вдома взято 47 осіб. Знято з обслуговування 39 осіб: у зв'язку зі смертю – 21, "
    "влаштуванням до інтернатних закладів – 6, виїздом за межі громади – 8, за власним бажанням – 4. "
    "Черга на обслуговування станом на 30.06.2026 – 14 осіб.",
    "У центрі працює 58 працівників, з них 41 соціальний робітник; штатна чисельність – 61 одиниця.",
    "У квітні 2026 року проведено анкетування 120 отримувачів послуги догляду вдома: 114 з них (95 %) "
    "задоволені якістю обслуговування. Скарг від отримувачів не надходило.",
    "Довідки за телефоном (05656) 0-91-27, кабінет № 3.",
]

HTML = """<!DOCTYPE html>
<html lang="uk"><head><meta charset="windows-1251"><title>Апостолівська міська рада – Новини</title></head>
<body>
<div class="top-bar">Апостолівська міська рада | 53801, м. Апостолове, вул. Центральна, 42 | тел. (05656) 0-10-05</div>
<header><div class="logo">Апостолівська міська рада Криворізького району Дніпропетровської області</div>
<nav><ul><li><a href="/">Головна</a></li><li><a href="/rada">Міська рада</a></li><li><a href="/news">Новини</a></li>
<li><a href="/social">Соціальний захист</a></li><li><a href="/contacts">Контакти</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Головна</a> » <a href="/news">Новини</a> » Соціальний захист</div>
<main><article>
<h1>Територіальний центр: підсумки першого півріччя 2026 року</h1>
<div class="meta">Опубліковано: 15.07.2026 | Переглядів: 237</div>
{paras}
</article></main>
<aside><h3>Останні новини</h3><ul><li>14.07.2026 Сесія міської ради (52 питання)</li><li>10.07.2026 Графік прийому громадян</li></ul>
<h3>Контакти ТЦСО</h3><p>тел. (05656) 0-91-27, пн–пт 8:00–17:00</p></aside>
<footer>© 2016–2026 Апостолівська міська рада. Усі права захищено. Відвідувачів: 48 112</footer>
</body></html>
"""


def build():
    paras = "\n".join(f"<p>{p}</p>" for p in ART)
    write_text(report_path(NAME), HTML.format(paras=paras), encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Апостолівської міської ради",
        "centre_type": "tcso", "settlement": "Апостолове", "oblast": "Дніпропетровська",
        "report_kind": "period_report", "period_start": "2026-01-01", "period_end": "2026-06-30",
        "published": "2026-07-15"},
        {"report_kind": ["other"],
         "centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Апостолівської міської ради Дніпропетровської області"]})
    f = g.f
    tot = f("served", "persons", 1286, "послугами центру скористалися 1 286 осіб")
    hc = f("served", "persons", 412, "Вдома соціальні послуги отримували 412 одиноких непрацездатних громадян",
           service="home_care", category="одинокі непрацездатні громадяни")
    f("served", "persons", 57, "серед яких 57 осіб з інвалідністю I–II групи", service="home_care",
      category="особи з інвалідністю I–II групи", parent=hc)
    f("served", "persons", 138, "138 – віком понад 80 років", service="home_care",
      category="особи віком понад 80 років", parent=hc)
    d1 = f("served", "persons", 164, "відділення соціальної допомоги вдома № 1 (м. Апостолове) – 164 особи",
           service="home_care", district="м. Апостолове", parent=hc, group="home_care_412_by_department")
    d2 = f("served", "persons", 121, "відділення № 2 (Жовтокам'янський старостинський округ) – 121 особа",
           service="home_care", district="Жовтокам'янський старостинський округ", parent=hc,
           group="home_care_412_by_department")
    d3 = f("served", "persons", 118, "відділення № 3 (Михайлівський та Нивотрудівський округи) – 118 осіб",
           service="home_care", district="Михайлівський та Нивотрудівський округи", parent=hc,
           group="home_care_412_by_department")
    f("served", "persons", 96, "Відділення денного перебування відвідували 96 осіб", service="day_care")
    ev = f("events", "events", 44, "проведено 44 культурно-масові заходи")
    f("event_participants", "persons", 615, "у яких взяли участь 615 учасників", parent=ev)
    na = f("served", "persons", 778, "допомогу отримали 778 осіб", service="natural_aid")
    f("aid_value", "uah", 312400, "на загальну суму 312,4 тис. грн", service="natural_aid", parent=na)
    f("served", "persons", 63, "Послугою «соціальне таксі» скористалися 63 особи", service="social_taxi")
    sp = f("services_provided", "services", 18734, "Всього за півріччя надано 18 734 соціальні послуги")
    s1 = f("services_provided", "services", 14206, "з них догляд вдома – 14 206", service="home_care",
           parent=sp, group="services_18734")
    s2 = f("services_provided", "services", 2310, "денний догляд – 2 310", service="day_care", parent=sp,
           group="services_18734")
    s3 = f("services_provided", "services", 1934, "натуральна допомога – 1 934", service="natural_aid",
           parent=sp, group="services_18734")
    s4 = f("services_provided", "services", 284, "соціальне таксі – 284", service="social_taxi", parent=sp,
           group="services_18734")
    f("served", "persons", 47, "На обслуговування вдома взято 47 осіб", service="home_care",
      alt=["registered_new", "support_started"], label="взято на обслуговування")
    de = f("deregistered", "persons", 39, "Знято з обслуговування 39 осіб", service="home_care")
    rs = []
    for q, lab, v in (("у зв'язку зі смертю – 21", "смерть", 21),
                      ("влаштуванням до інтернатних закладів – 6", "влаштування до інтернатних закладів", 6),
                      ("виїздом за межі громади – 8", "виїзд за межі громади", 8),
                      ("за власним бажанням – 4", "за власним бажанням", 4)):
        rs.append(f("deregistered", "persons", v, q, label=lab, service="home_care", parent=de,
                    group="deregistered_39_by_reason", alt=["outcome_other"]))
    sa = f("staff_actual", "staff", 58, "У центрі працює 58 працівників")
    sw = f("staff_actual", "staff", 41, "з них 41 соціальний робітник", category="соціальні робітники", parent=sa)
    spos = f("staff_positions", "positions", 61, "штатна чисельність – 61 одиниця")
    sr = f("survey_respondents", "recipients", 120, "проведено анкетування 120 отримувачів послуги догляду вдома",
           unit_alt="persons", service="home_care")
    sat = f("satisfaction", "percent", 95, "114 з них (95 %) задоволені якістю обслуговування", service="home_care")
    f("complaints", "complaints", 0, "Скарг від отримувачів не надходило.")
    g.slip("parts_sum", "error",
           "За відділеннями: відділення соціальної допомоги вдома № 1 (м. Апостолове) – 164 особи",
           403, 412, [hc, d1, d2, d3],
           "the three home-care departments 164 + 121 + 118 = 403, but 412 home-care recipients are reported (9 missing)",
           f"{d1} + {d2} + {d3} == {hc}")
    g.check("parts_sum", "Всього за півріччя надано 18 734 соціальні послуги, з них", "14 206 + 2 310 + 1 934 + 284 = 18 734",
            f"{s1} + {s2} + {s3} + {s4} == {sp}")
    g.check("parts_sum", "Знято з обслуговування 39 осіб", "21 + 6 + 8 + 4 = 39", " + ".join(rs) + f" == {de}")
    g.check("parts_sum", "серед яких 57 осіб з інвалідністю I–II групи", "57 ≤ 412, 138 ≤ 412; 412 ≤ 1 286",
            f"f3 <= {hc} and f4 <= {hc} and {hc} <= {tot}")
    g.check("percent_mismatch", "114 з них (95 %)", "114/120 = 95,0 %", f"pct_ok({sat}, 114, {sr}, 0)")
    g.check("parts_sum", "з них 41 соціальний робітник", "41 ≤ 58 ≤ 61", f"{sw} <= {sa} <= {spos}")
    g.skip("відділення соціальної допомоги вдома № 1", [1], "department number")
    g.skip("відділення № 2", [2], "department number")
    g.skip("відділення № 3", [3], "department number")
    g.skip("114 з них (95 %)", [114], "count of satisfied respondents (no §3 id); used as a literal in the check")
    g.skip("інвалідністю I–II групи", [1, 2], "disability group")
    g.skip("віком понад 80 років", [80], "age")
    g.skip("видано 1 240 продуктових наборів та 86 комплектів постільної білизни", [1240, 86], "items (sets)")
    g.skip("тариф – 12 грн за 1 км", [12, 1], "tariff")
    g.skip("Черга на обслуговування станом на 30.06.2026 – 14 осіб.", [30, 6, 2026, 14], "waiting list at a date")
    g.skip("У квітні 2026 року", [2026], "survey month")
    g.skip("Довідки за телефоном (05656) 0-91-27, кабінет № 3.", [5656, 9127, 3], "phone, room number")
    g.skip("Опубліковано: 15.07.2026 | Переглядів: 237", [15, 7, 2026, 237], "publication date, view counter")
    g.skip("підсумки першого півріччя 2026 року", [2026], "year")
    g.skip("підбив підсумки роботи за перше півріччя 2026 року", [2026], "year")
    g.note("page chrome (top bar, menu, breadcrumbs, sidebar, footer) holds a postcode, address, phones, dates, "
           "a count of agenda items and a visitor counter; none is a fact")
    g.note("«серед яких» categories overlap: parent only, no group; the departments are a partition of 412 (group)")
    g.note("the reasons for «знято з обслуговування» are deregistered parts with labels (alt outcome_other)")
    g.note("«114 з них (95 %)» → satisfaction 95 %; 114 has no §3 id")
    g.write()


if __name__ == "__main__":
    build()
    gold()
