"""b14_03: КУ «ЦНСП» Пирятинської міської ради (Полтавська), інформаційна довідка за III квартал 2024, HTML UTF-8."""
from common import Gold, write_text, report_path

DOC = "b14_03_pyriatyn_cnsp_q3_2024.html"
TEXT = """<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8"><title>Інформаційна довідка ЦНСП за ІІІ квартал 2024 року | Пирятинська міська рада</title></head>
<body>
<div class="top">Пирятинська міська рада Полтавської області · <a href="/">Головна</a> · <a href="/cnsp">ЦНСП</a> · тел. (05358) 0-31-62</div>
<div class="content">
<h1>Інформаційна довідка про роботу комунальної установи «Центр надання соціальних послуг» Пирятинської міської ради за ІІІ квартал 2024 року</h1>
<p class="date">Опубліковано: 08.10.2024 · Переглядів: 214</p>
<p>У ІІІ кварталі 2024 року (липень – вересень) до Центру надійшло 246 звернень громадян, з них 97 – від внутрішньо переміщених осіб. Усі звернення розглянуто у встановлені строки (до 10 робочих днів).</p>
<p>Соціальні послуги протягом кварталу отримали 538 осіб, серед них:</p>
<ul>
<li>догляд вдома – 112 осіб;</li>
<li>натуральна допомога – 187 осіб;</li>
<li>консультування – 154 особи;</li>
<li>соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, – 41 особа;</li>
<li>соціальне таксі – 34 особи.</li>
</ul>
<p>Фахівцями із соціальної роботи старостинських округів надійшли повідомлення про 23 сім’ї, оцінку потреб здійснено 21 сім’ї. За результатами оцінки взято під соціальний супровід 9 сімей, в яких виховується 17 дітей. Завершено супровід 7 сімей, з них 5 – з позитивним результатом, 2 – у зв’язку з відмовою від послуги.</p>
<p>Станом на 30 вересня на обліку сімей, які перебувають у СЖО, перебуває 38 сімей; протягом кварталу поставлено на облік 9 сімей, знято з обліку 6.</p>
<p>Натуральну допомогу (продуктові та гігієнічні набори від благодійних фондів) отримали 187 осіб на загальну суму 204,6 тис. грн. Послугою соціального таксі скористалися 34 особи, здійснено 61 поїздку (вартість 1 км – 14 грн).</p>
<p>Проведено 7 групових заходів (інформаційні зустрічі у старостинських округах, група взаємопідтримки для ВПО), якими охоплено 146 осіб. На гарячу лінію Центру надійшло 58 дзвінків.</p>
<p>З початку року послуги отримали 1 204 особи. У IV кварталі заплановано відкриття відділення денного догляду на 15 місць.</p>
<p>Штат Центру – 27 посад, працюють 25 осіб.</p>
</div>
<div class="footer">37000, м. Пирятин, вул. Соборна, 21 · ЄДРПОУ 43317504 · © 2024 Пирятинська міська рада</div>
</body></html>
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT)
    g = Gold(DOC, {"centre": "Центр надання соціальних послуг Пирятинської міської ради", "centre_type": "cnsp",
                   "settlement": "Пирятин", "oblast": "Полтавська", "report_kind": "period_report",
                   "period_start": "2024-07-01", "period_end": "2024-09-30", "published": "2024-10-08"},
             meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Пирятинської міської ради"]})
    a = g.f("applied", "applications", 246, "до Центру надійшло 246 звернень громадян", unit_alt="persons")
    g.f("applied", "applications", 97, "з них 97 – від внутрішньо переміщених осіб", parent=a,
        category="внутрішньо переміщені особи", unit_alt="persons")
    s = g.f("served", "persons", 538, "Соціальні послуги протягом кварталу отримали 538 осіб")
    p1 = g.f("served", "persons", 112, "догляд вдома – 112 осіб", service="home_care", parent=s, group="served_538_by_service")
    p2 = g.f("served", "persons", 187, "натуральна допомога – 187 осіб", service="natural_aid", parent=s, group="served_538_by_service")
    p3 = g.f("served", "persons", 154, "консультування – 154 особи", service="counselling", parent=s, group="served_538_by_service")
    p4 = g.f("served", "persons", 41, "соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах, – 41 особа",
             service="social_support_sjo", parent=s, group="served_538_by_service")
    p5 = g.f("served", "persons", 34, "соціальне таксі – 34 особи", service="social_taxi", parent=s, group="served_538_by_service")
    g.f("notified", "families", 23, "надійшли повідомлення про 23 сім'ї")
    g.f("needs_assessed", "families", 21, "оцінку потреб здійснено 21 сім'ї")
    st = g.f("support_started", "families", 9, "взято під соціальний супровід 9 сімей", service="social_support_sjo")
    g.f("support_started", "children", 17, "в яких виховується 17 дітей", parent=st, service="social_support_sjo")
    c = g.f("support_completed", "families", 7, "Завершено супровід 7 сімей", service="social_support_sjo")
    g.f("outcome_positive", "families", 5, "з них 5 – з позитивним результатом", parent=c, group="completed_7_by_outcome")
    g.f("outcome_other", "families", 2, "2 – у зв'язку з відмовою від послуги", parent=c, group="completed_7_by_outcome",
        label="відмова від послуги")
    g.f("registered", "families", 38, "на обліку сімей, які перебувають у СЖО, перебуває 38 сімей")
    g.f("registered_new", "families", 9, "поставлено на облік 9 сімей")
    g.f("deregistered", "families", 6, "знято з обліку 6")
    g.f("served", "persons", 187, "Натуральну допомогу (продуктові та гігієнічні набори від благодійних фондів) отримали 187 осіб",
        service="natural_aid")
    g.f("aid_value", "uah", 204600, "на загальну суму 204,6 тис. грн", service="natural_aid")
    g.f("served", "persons", 34, "Послугою соціального таксі скористалися 34 особи", service="social_taxi")
    g.f("events", "events", 7, "Проведено 7 групових заходів")
    g.f("event_participants", "persons", 146, "якими охоплено 146 осіб")
    g.f("calls", "calls", 58, "На гарячу лінію Центру надійшло 58 дзвінків")
    g.f("staff_positions", "positions", 27, "Штат Центру – 27 посад")
    g.f("staff_actual", "staff", 25, "працюють 25 осіб", unit_alt="persons")

    g.slip("parts_sum", "error", "Соціальні послуги протягом кварталу отримали 538 осіб, серед них:", 538, 528,
           [s, p1, p2, p3, p4, p5],
           "112 + 187 + 154 + 41 + 34 = 528, total says 538 (10 missing). «серед них» here introduces a by-service list that reads as a partition; if a person may receive two services the parts could exceed, never fall short of, the total")
    g.check("parts_sum", "Завершено супровід 7 сімей", "5 + 2 = 7")
    g.skip("тел. (05358) 0-31-62", [5358, 3162], "phone")
    g.skip("Опубліковано: 08.10.2024 · Переглядів: 214", [8, 10, 2024, 214], "publication date (metadata) and view counter")
    g.skip("Усі звернення розглянуто у встановлені строки (до 10 робочих днів)", [10], "duration")
    g.skip("здійснено 61 поїздку (вартість 1 км – 14 грн)", [61, 1, 14], "trips (no §3 id) and price per km")
    g.skip("З початку року послуги отримали 1 204 особи", [1204], "year-to-date figure (other period: 9 months)")
    g.skip("У IV кварталі заплановано відкриття відділення денного догляду на 15 місць", [15], "plan, capacity")
    g.note("«надійшло 246 звернень» is applied, unit applications (alt persons: «звернень громадян»).")
    g.note("Natural aid 187 and social taxi 34 are written twice (list and later paragraph): two facts each.")
    g.note("The page footer (address, ЄДРПОУ, © year) does not come out of `zvitparse read`; nothing to annotate there.")
    g.note("Registered 38 is a point-in-time register count (30 вересня) of the quarter: kept as registered.")
    g.write()


if __name__ == "__main__":
    main()
