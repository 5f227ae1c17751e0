"""b86_08: Центр соціальних служб Городницької селищної ради (Житомирська), annual report 2024 as a council
page WITH VISIBLE CORRECTIONS (less common style): struck figures in <del>/<s> beside new ones in <ins> or
plain text, and a note «Виправлено 12.03.2025: …». UTF-8, header/nav/aside/footer around the article.
Only the corrected figures are facts; the struck ones are skipped.
Planted slip: parts_sum (the total was corrected from 198 to 214, but the corrected parts 57 + 96 + 38 + 13
come to 204)."""
from common import Gold, write_text, report_path

DOC = "b86_08_horodnytsia_css_annual2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Звіт про роботу Центру соціальних служб за 2024 рік — Городницька селищна рада</title>
</head>
<body>
<header class="site-header">
  <div class="brand"><a href="/">Городницька селищна територіальна громада</a><span>Звягельський район, Житомирська область</span></div>
  <nav class="menu"><ul>
    <li><a href="/">Головна</a></li><li><a href="/hromada">Громада</a></li><li><a href="/rada">Селищна рада</a></li>
    <li><a href="/social">Соціальна сфера</a></li><li><a href="/zvity">Звіти</a></li><li><a href="/kontakty">Контакти</a></li>
  </ul></nav>
</header>
<nav class="breadcrumbs"><a href="/">Головна</a> › <a href="/social">Соціальна сфера</a> › <a href="/social/css">Центр соціальних служб</a> › Звіт за 2024 рік</nav>
<main>
<article class="post">
<h1>Звіт про роботу Центру соціальних служб Городницької селищної ради за 2024 рік</h1>
<p class="post-meta">Дата публікації: 20.02.2025 · Оновлено: 12.03.2025 · Переглядів: 143</p>
<p>Центр соціальних служб Городницької селищної ради (далі – Центр) у 2024 році працював відповідно до Положення, затвердженого рішенням сесії від 18.03.2021 № 211, та Програми соціального захисту населення громади на 2024–2026 роки.</p>
<p>Протягом 2024 року соціальними послугами Центру охоплено <del>198</del> <ins>214</ins> сімей/осіб (у 2023 році – 187), у тому числі за видами послуг: інформування – 57, консультування – <del>90</del> <ins>96</ins>, соціальна профілактика – 38, соціальний супровід сімей у складних життєвих обставинах – 13.</p>
<p>З них <s>41</s> 44 – сім'ї/особи з числа внутрішньо переміщених осіб, що становить <del>20,7</del> <ins>20,6</ins> %.</p>
<p>Надано <del>1 204</del><ins>1 240</ins> соціальних послуг: інформування – 402, консультування – <del>611</del> <ins>647</ins>, соціальна профілактика – 164, соціальний супровід – 27.</p>
<p>Надійшли повідомлення про 26 сімей/осіб, які можуть перебувати у складних життєвих обставинах; оцінку потреб проведено 24 сім'ям/особам, решта 2 повідомлення не підтвердилися.</p>
<p>Під соціальним супроводом Центру перебувало 13 сімей (<del>29</del> <ins>31</ins> дитина). Упродовж року взято під супровід 8 сімей, завершено супровід 6 сімей, з них з позитивним результатом – 5, 1 сім'я відмовилася від послуги. На 2025 рік продовжено супровід 7 сімей.</p>
<p>Центр також супроводжує 2 прийомні сім'ї, у яких виховується 5 дітей; фахівець відвідує кожну сім'ю щонайменше раз на квартал.</p>
<p>Проведено 19 групових заходів (тренінги для батьків, заняття в опорному ліцеї № 2), якими охоплено <del>284</del> <ins>248</ins> особи.</p>
<p>Касові видатки на утримання Центру за рік склали <del>2 318,4</del> <ins>2 381,4</ins> тис. грн, з них на оплату праці з нарахуваннями – 2 164,9 тис. грн (90,9 %). Скарг на роботу фахівців Центру протягом року не надходило.</p>
<p>Штат Центру – 6 посад, працює 5 фахівців. У 2025 році Центр планує запровадити послугу підтримане проживання для 3 осіб.</p>
<p><em>Виправлено 12.03.2025: уточнено кількість сімей/осіб, охоплених послугами, кількість наданих послуг, учасників заходів і суму видатків (технічна помилка під час зведення даних).</em></p>
<p>Контакти Центру: 11031, смт Городниця, вул. Незалежності, 14, тел. (04141) 0-22-90, код ЄДРПОУ 44270815.</p>
</article>
</main>
<aside class="sidebar"><h3>Новини</h3><ul><li><a href="/n/512">10.03.2025 Сесія селищної ради</a></li><li><a href="/n/509">05.03.2025 Прийом громадян</a></li></ul></aside>
<footer class="site-footer">© 2025 Городницька селищна рада · 11001, смт Городниця, вул. Незалежності, 1</footer>
</body>
</html>
"""


def main():
    path = report_path(DOC)
    write_text(path, HTML)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Городницької селищної ради",
        "centre_type": "css", "settlement": "Городниця", "oblast": "Житомирська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-02-20"},
        {"published": ["2025-03-12"]})
    f1 = g.f("served", "families_persons", 214, "охоплено 198 214 сімей/осіб",
             note="corrected figure; the struck 198 precedes it in the read text")
    f2 = g.f("served", "families_persons", 57, "інформування – 57", service="informing", group="served_214_by_service", parent=f1)
    f3 = g.f("served", "families_persons", 96, "консультування – 90 96", service="counselling", group="served_214_by_service", parent=f1)
    f4 = g.f("served", "families_persons", 38, "соціальна профілактика – 38", service="social_prevention",
             group="served_214_by_service", parent=f1)
    f5 = g.f("served", "families_persons", 13, "соціальний супровід сімей у складних життєвих обставинах – 13",
             service="social_support_sjo", group="served_214_by_service", parent=f1, unit_alt="families")
    f6 = g.f("served", "families_persons", 44, "З них 41 44 – сім'ї/особи з числа внутрішньо переміщених осіб",
             percent=20.6, category="внутрішньо переміщені особи", parent=f1)
    f7 = g.f("services_provided", "services", 1240, "Надано 1 2041 240 соціальних послуг",
             note="<del>1 204</del><ins>1 240</ins> with no space between: the read text runs them together")
    f8 = g.f("services_provided", "services", 402, "інформування – 402", service="informing", group="services_1240", parent=f7)
    f9 = g.f("services_provided", "services", 647, "консультування – 611 647", service="counselling", group="services_1240", parent=f7)
    f10 = g.f("services_provided", "services", 164, "соціальна профілактика – 164", service="social_prevention",
              group="services_1240", parent=f7)
    f11 = g.f("services_provided", "services", 27, "соціальний супровід – 27", service="social_support_sjo",
              group="services_1240", parent=f7)
    f12 = g.f("notified", "families_persons", 26, "Надійшли повідомлення про 26 сімей/осіб")
    f13 = g.f("needs_assessed", "families_persons", 24, "оцінку потреб проведено 24 сім'ям/особам")
    f14 = g.f("served", "families", 13, "Під соціальним супроводом Центру перебувало 13 сімей", service="social_support_sjo",
              alt=["support_ongoing"])
    f15 = g.f("served", "children", 31, "(29 31 дитина)", service="social_support_sjo", alt=["support_ongoing"], parent=f14)
    f16 = g.f("support_started", "families", 8, "взято під супровід 8 сімей", service="social_support_sjo", parent=f14)
    f17 = g.f("support_completed", "families", 6, "завершено супровід 6 сімей", service="social_support_sjo", parent=f14)
    f18 = g.f("outcome_positive", "families", 5, "з позитивним результатом – 5", service="social_support_sjo",
              group="completed_6_by_outcome", parent=f17)
    f19 = g.f("outcome_other", "families", 1, "1 сім'я відмовилася від послуги", service="social_support_sjo",
              label="відмова від послуги", group="completed_6_by_outcome", parent=f17)
    f20 = g.f("support_ongoing", "families", 7, "На 2025 рік продовжено супровід 7 сімей", service="social_support_sjo")
    f21 = g.f("served", "families", 2, "супроводжує 2 прийомні сім'ї", service="social_support_foster")
    f22 = g.f("served", "children", 5, "у яких виховується 5 дітей", service="social_support_foster", parent=f21)
    f23 = g.f("events", "events", 19, "Проведено 19 групових заходів")
    f24 = g.f("event_participants", "persons", 248, "якими охоплено 284 248 особи", parent=f23)
    f25 = g.f("staff_positions", "positions", 6, "Штат Центру – 6 посад")
    f26 = g.f("staff_actual", "staff", 5, "працює 5 фахівців")
    f27 = g.f("budget_spent", "uah", 2381400, "склали 2 318,4 2 381,4 тис. грн", label="утримання Центру, 2024 рік")
    f28 = g.f("budget_spent", "uah", 2164900, "на оплату праці з нарахуваннями – 2 164,9 тис. грн (90,9 %)", percent=90.9,
              label="оплата праці з нарахуваннями", parent=f27)
    f29 = g.f("complaints", "complaints", 0, "Скарг на роботу фахівців Центру протягом року не надходило.")

    slip_q = "охоплено 198 214 сімей/осіб (у 2023 році – 187), у тому числі за видами послуг: інформування – 57, консультування – 90 96, соціальна профілактика – 38, соціальний супровід сімей у складних життєвих обставинах – 13."
    g.slip("parts_sum", "error", slip_q, 214, 204, [f1, f2, f3, f4, f5],
           "the total was corrected 198 → 214 and консультування 90 → 96, but the corrected parts 57 + 96 + 38 + 13 = 204, 10 short of 214 "
           "(the struck figures did add up: 57 + 90 + 38 + 13 = 198). «у тому числі за видами послуг» lists each family once by its main service, so it is a partition.",
           "f2 + f3 + f4 + f5 == f1")
    g.check("percent_mismatch", "що становить 20,7 20,6 %", "44 / 214 = 20,56 → 20,6 (the struck 20,7 was 41/198)", "pct_ok(p6, f6, f1, 1)")
    g.check("parts_sum", "Надано 1 2041 240 соціальних послуг:", "402 + 647 + 164 + 27 = 1 240", "f8 + f9 + f10 + f11 == f7")
    g.check("internal_conflict", "Під соціальним супроводом Центру перебувало 13 сімей",
            "13 families under support = 13 in the service list", "f14 == f5")
    g.check("parts_sum", "завершено супровід 6 сімей, з них з позитивним результатом – 5, 1 сім'я відмовилася від послуги",
            "5 + 1 = 6; 8 taken ≤ 13", "f18 + f19 == f17 and f16 <= f14")
    g.check("table_arithmetic", "На 2025 рік продовжено супровід 7 сімей", "13 − 6 = 7", "f14 - f17 == f20")
    g.check("parts_sum", "оцінку потреб проведено 24 сім'ям/особам, решта 2 повідомлення не підтвердилися",
            "24 + 2 (literal) = 26", "f13 + 2 == f12")
    g.check("percent_mismatch", "на оплату праці з нарахуваннями – 2 164,9 тис. грн (90,9 %)",
            "2 164,9 / 2 381,4 = 90,91 % → 90,9 (of the corrected total; of the struck 2 318,4 it would be 93,4)", "pct_ok(p28, f28, f27, 1)")
    g.check("parts_sum", "Штат Центру – 6 посад, працює 5 фахівців.", "5 ≤ 6", "f26 <= f25")

    g.skip("Дата публікації: 20.02.2025 · Оновлено: 12.03.2025 · Переглядів: 143", [20, 2, 2025, 12, 3, 2025, 143],
           "publication and update dates, view counter")
    g.skip("рішенням сесії від 18.03.2021 № 211", [18, 3, 2021, 211], "decision date and number")
    g.skip("Програми соціального захисту населення громади на 2024–2026 роки", [2024, 2026], "programme years")
    g.skip("Протягом 2024 року", [2024], "period year")
    g.skip("охоплено 198 214", [198], "struck-out (superseded) figure")
    g.skip("(у 2023 році – 187)", [2023, 187], "prior-year figure")
    g.skip("консультування – 90 96", [90], "struck-out figure")
    g.skip("З них 41 44", [41], "struck-out figure (<s>)")
    g.skip("що становить 20,7 20,6 %", [20.7], "struck-out percentage (the corrected 20,6 is f6's percent)")
    g.skip("Надано 1 2041 240", [1204], "struck-out figure (runs into the new one in the read text)")
    g.skip("консультування – 611 647", [611], "struck-out figure")
    g.skip("решта 2 повідомлення не підтвердилися", [2], "not confirmed: no §3 id (literal in a check)")
    g.skip("(29 31 дитина)", [29], "struck-out figure")
    g.skip("заняття в опорному ліцеї № 2", [2], "school number")
    g.skip("охоплено 284 248 особи", [284], "struck-out figure")
    g.skip("У 2025 році Центр планує запровадити послугу підтримане проживання для 3 осіб.", [2025, 3], "plan")
    g.skip("склали 2 318,4", [2318.4], "struck-out figure")
    g.skip("Виправлено 12.03.2025:", [12, 3, 2025], "correction date")
    g.skip("11031, смт Городниця, вул. Незалежності, 14, тел. (04141) 0-22-90, код ЄДРПОУ 44270815", [11031, 14, 4141, 2290, 44270815],
           "postcode, address, phone, ЄДРПОУ")
    g.note("visible corrections: the reader prints struck (<del>, <s>) and new (<ins> or plain) figures side by side («охоплено 198 214», «1 2041 240»); only the corrected (second) figure is a fact, the struck one is skipped")
    g.note("published: the page's publication date 20.02.2025; the update date 12.03.2025 is accepted in meta_alt")
    g.note("the 13 families of social support appear in the service list (families_persons, alt unit families) and in the support paragraph (families) → two facts")
    g.note("the page chrome (site header, menu, breadcrumbs, sidebar news, footer) does not come out in the read text")
    g.write()


if __name__ == "__main__":
    main()
