"""b29_06: analytic note (аналітична довідка) on the work of the ЦСС of Гусятинська селищна рада in
Q1 2025 (oblast not stated). Simple UTF-8 HTML page of the centre's own site; first person plural.
Planted slip: percents_sum (the causes of СЖО in 42 families: 38,1 + 23,8 + 19,0 + 21,4 = 102,3 %)."""
from common import Gold, write_text, report_path

DOC = "b29_06_husiatyn_css_q1_2025.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Аналітична довідка за I квартал 2025 року – ЦСС Гусятинської селищної ради</title>
</head>
<body>
<header><p class="site">Центр соціальних служб Гусятинської селищної ради</p>
<nav><a href="/">Головна</a> | <a href="/posluhy">Послуги</a> | <a href="/zvity">Звіти</a> | <a href="/kontakty">Контакти</a></nav></header>
<main>
<article>
<h1>Аналітична довідка про роботу Центру соціальних служб Гусятинської селищної ради за I квартал 2025 року</h1>
<p>Центр соціальних служб Гусятинської селищної ради працює з сім'ями, дітьми та молоддю у 38 населених пунктах громади. У I кварталі 2025 року наші фахівці зосередилися на ранньому виявленні сімей у складних життєвих обставинах та роботі з внутрішньо переміщеними особами.</p>
<h2>1. Виявлення та оцінювання потреб</h2>
<p>Протягом кварталу до Центру надійшли повідомлення про 71 сім'ю, яка може перебувати у складних життєвих обставинах (у I кварталі 2024 року – про 57 сімей). Ми здійснили 64 оцінювання потреб сімей/осіб. За результатами оцінювання у 42 сім'ях, у яких виховується 87 дітей віком до 18 років, виявлено складні життєві обставини.</p>
<p>Основні причини складних життєвих обставин у цих сім'ях: ухилення батьків від виконання батьківських обов'язків – 38,1 %, домашнє насильство – 23,8 %, інвалідність одного з членів сім'ї – 19,0 %, інші причини – 21,4 %.</p>
<h2>2. Надання соціальних послуг</h2>
<p>Соціальні послуги у I кварталі отримали 318 сімей/осіб, з них:</p>
<ul>
<li>консультування – 201;</li>
<li>інформування – 74;</li>
<li>соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, – 29;</li>
<li>посередництво (медіація) – 5;</li>
<li>представництво інтересів – 9.</li>
</ul>
<p>Під нашим соціальним супроводом перебувало 29 сімей, у них 61 дитина. У звітному кварталі взято під супровід 8 сімей. Завершено супровід 6 сімей: 5 – з позитивним результатом, 1 – у зв'язку з переїздом сім'ї до іншої громади.</p>
<p>Гуманітарну (натуральну) допомогу від благодійних фондів-партнерів отримали 146 сімей на загальну суму 219,3 тис. грн.</p>
<h2>3. Профілактична робота</h2>
<p>Фахівці Центру провели 14 групових заходів у закладах освіти громади, якими охоплено 356 учнів 5–11 класів. Тривалість одного заняття – 45 хвилин.</p>
<h2>4. Кадрове забезпечення</h2>
<p>Штатним розписом передбачено 9 посад, працює 8 фахівців. Курси підвищення кваліфікації у I кварталі пройшли 3 фахівці. Скарг на роботу Центру не надходило.</p>
<h2>5. Завдання на II квартал</h2>
<p>Організувати навчання 2 кандидатів у прийомні батьки, провести щонайменше 10 заходів з профілактики булінгу.</p>
<p>Директор Центру соціальних служб<br>04.04.2025, вих. № 58</p>
</article>
</main>
<footer><p>48201, смт Гусятин, вул. Шевченка, 5. Тел. (03557) 0-11-84. © 2025</p></footer>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Гусятинської селищної ради",
        "centre_type": "css", "settlement": "Гусятин",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31"})
    f = g.f

    def v(fid):
        return "f" + fid[1:]
    no = f("notified", "families", 71, "до Центру надійшли повідомлення про 71 сім'ю")
    na = f("needs_assessed", "families_persons", 64, "Ми здійснили 64 оцінювання потреб сімей/осіб")
    dc = f("in_difficult_circumstances", "families", 42, "у 42 сім'ях, у яких виховується 87 дітей", parent=na)
    dcc = f("in_difficult_circumstances", "children", 87, "у яких виховується 87 дітей", parent=dc)
    grp = "causes_42_shares"
    c1 = f("share", "percent", 38.1, "ухилення батьків від виконання батьківських обов'язків – 38,1 %",
           label="причина СЖО: ухилення батьків від виконання батьківських обов'язків", group=grp)
    c2 = f("share", "percent", 23.8, "домашнє насильство – 23,8 %", label="причина СЖО: домашнє насильство", group=grp)
    c3 = f("share", "percent", 19, "інвалідність одного з членів сім'ї – 19,0 %",
           label="причина СЖО: інвалідність одного з членів сім'ї", group=grp)
    c4 = f("share", "percent", 21.4, "інші причини – 21,4 %", label="причина СЖО: інші причини", group=grp)
    s = f("served", "families_persons", 318, "Соціальні послуги у I кварталі отримали 318 сімей/осіб")
    g2 = "served_318_by_service"
    p1 = f("served", "families_persons", 201, "консультування – 201", service="counselling", group=g2, parent=s)
    p2 = f("served", "families_persons", 74, "інформування – 74", service="informing", group=g2, parent=s)
    p3 = f("served", "families_persons", 29,
           "соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, – 29",
           service="social_support_sjo", group=g2, parent=s)
    p4 = f("served", "families_persons", 5, "посередництво (медіація) – 5", service="mediation", group=g2, parent=s)
    p5 = f("served", "families_persons", 9, "представництво інтересів – 9", service="representation", group=g2,
           parent=s)
    sj = f("served", "families", 29, "Під нашим соціальним супроводом перебувало 29 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    sjc = f("served", "children", 61, "у них 61 дитина", service="social_support_sjo", alt=["support_ongoing"],
            parent=sj)
    st = f("support_started", "families", 8, "взято під супровід 8 сімей", service="social_support_sjo", parent=sj)
    co = f("support_completed", "families", 6, "Завершено супровід 6 сімей", service="social_support_sjo", parent=sj)
    op = f("outcome_positive", "families", 5, "5 – з позитивним результатом", service="social_support_sjo",
           group="completed_6_by_outcome", parent=co)
    oo = f("outcome_other", "families", 1, "1 – у зв'язку з переїздом сім'ї до іншої громади",
           service="social_support_sjo", label="переїзд до іншої громади", group="completed_6_by_outcome", parent=co)
    nat = f("served", "families", 146, "Гуманітарну (натуральну) допомогу від благодійних фондів-партнерів отримали 146 сімей",
            service="natural_aid")
    av = f("aid_value", "uah", 219300, "на загальну суму 219,3 тис. грн", service="natural_aid")
    ev = f("events", "events", 14, "Фахівці Центру провели 14 групових заходів")
    ep = f("event_participants", "persons", 356, "якими охоплено 356 учнів", category="учні 5–11 класів", parent=ev)
    pos = f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    act = f("staff_actual", "staff", 8, "працює 8 фахівців")
    tr = f("staff_trained", "staff", 3, "пройшли 3 фахівці")
    cp = f("complaints", "complaints", 0, "Скарг на роботу Центру не надходило.")

    g.slip("percents_sum", "error",
           "ухилення батьків від виконання батьківських обов'язків – 38,1 %, домашнє насильство – 23,8 %, інвалідність одного з членів сім'ї – 19,0 %, інші причини – 21,4 %",
           102.3, 100, [c1, c2, c3, c4],
           "the four causes («інші причини» closes the list) partition the 42 families but sum to 102,3 %. Each share alone is reachable with 42 (16, 10, 8 and 9 of 42), but 16 + 10 + 8 + 9 = 43 > 42",
           f"psum_ok([{v(c1)}, {v(c2)}, {v(c3)}, {v(c4)}], 1)")
    g.check("percent_impossible", "ухилення батьків від виконання батьківських обов'язків – 38,1 %",
            "each cause share alone is reachable with 42 families",
            " and ".join(f"grim_ok({v(c)}, {v(dc)}, 1)" for c in (c1, c2, c3, c4)))
    g.check("parts_sum", "Соціальні послуги у I кварталі отримали 318 сімей/осіб, з них:",
            "201 + 74 + 29 + 5 + 9 = 318", f"{v(p1)} + {v(p2)} + {v(p3)} + {v(p4)} + {v(p5)} == {v(s)}")
    g.check("internal_conflict", "Під нашим соціальним супроводом перебувало 29 сімей",
            "the service list and the support paragraph both give 29", f"{v(p3)} == {v(sj)}")
    g.check("parts_sum", "Завершено супровід 6 сімей: 5 – з позитивним результатом",
            "5 + 1 = 6; 8 started and 6 completed ≤ 29", f"{v(op)} + {v(oo)} == {v(co)} and {v(st)} <= {v(sj)} and {v(co)} <= {v(sj)}")
    g.check("parts_sum", "у 42 сім'ях, у яких виховується 87 дітей", "42 ≤ 64 assessed ≤ 71 notified",
            f"{v(dc)} <= {v(na)} <= {v(no)}")
    g.check("parts_sum", "працює 8 фахівців", "8 ≤ 9; 3 trained ≤ 8", f"{v(act)} <= {v(pos)} and {v(tr)} <= {v(act)}")

    sk = g.skip
    sk("у 38 населених пунктах громади", [38], "settlement count")
    sk("(у I кварталі 2024 року – про 57 сімей)", [1, 2024, 57], "prior-year figure")
    sk("87 дітей віком до 18 років", [18], "age")
    sk("учнів 5–11 класів", [5, 11], "school grades")
    sk("Тривалість одного заняття – 45 хвилин.", [45], "duration")
    sk("5. Завдання на II квартал", [5, 2], "section number, next quarter")
    sk("Організувати навчання 2 кандидатів у прийомні батьки, провести щонайменше 10 заходів з профілактики булінгу.",
       [2, 10], "plan/target")
    sk("04.04.2025, вих. № 58", [4, 4, 2025, 58], "date and outgoing number")
    sk("1. Виявлення та оцінювання потреб", [1, 2, 3, 4, 5], "section numbers")
    g.note("UTF-8 page of the centre's own site with a short header/nav/footer; the footer address and phone are left out by `zvitparse read` (not in the read text)")
    g.note("the causes of СЖО are bare percentages (no counts) → four share facts with labels, one group; they are meant as a partition of the 42 families (planted percents_sum)")
    g.note("«Ми здійснили 64 оцінювання потреб сімей/осіб» → needs_assessed families_persons; the 42 families in СЖО hang on it")
    g.note("«Гуманітарну (натуральну) допомогу … отримали 146 сімей» → served natural_aid")
    g.write()


if __name__ == "__main__":
    main()
