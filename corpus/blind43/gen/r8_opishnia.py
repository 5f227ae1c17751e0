"""b43_08: «Питання – відповідь» page of КУ «ЦНСП» Опішнянської селищної ради (Полтавська) on the
hromada's site. HTML (UTF-8), site chrome around the article; residents' questions, the centre's answers:
some carry the figures of 2024, others only rules, tariffs, phones, hours and document lists; the items
are formatted inconsistently (accordion items, then plain paragraphs). Planted slip: percent_impossible
(«зручним графік роботи вважають 79,3 %» of 44 respondents: no whole k of 44 gives 79,3 %)."""
from common import Gold, report_path, write_text

DOC = "b43_08_opishnia_cnsp_faq2024.html"

HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Питання – відповідь | КУ «ЦНСП» Опішнянської селищної ради</title>
<script src="/js/jquery.min.js"></script><script src="/js/accordion.js?v=3"></script>
</head>
<body>
<div class="top-line">Опішнянська селищна рада &middot; Гаряча лінія: (05353) 0-45-45 &middot; <a href="/en">EN</a></div>
<header class="site-header"><a href="/"><img src="/img/logo.svg" alt="Опішнянська громада"></a>
<nav class="menu"><ul><li><a href="/">Головна</a></li><li><a href="/gromada">Громада</a></li>
<li><a href="/struktura">Структура</a></li><li class="current"><a href="/cnsp">ЦНСП</a></li>
<li><a href="/ssd">Служба у справах дітей</a></li><li><a href="/zvernennia">Звернення</a></li></ul></nav></header>
<div class="crumbs"><a href="/">Головна</a> › <a href="/struktura">Структура</a> › <a href="/cnsp">ЦНСП</a> › Питання – відповідь</div>
<main class="content">
<article class="page">
<h1>Питання – відповідь</h1>
<p class="upd">Розділ веде КУ «Центр надання соціальних послуг» Опішнянської селищної ради. Оновлено 14.03.2025</p>
<p>Тут ми відповідаємо на запитання, які найчастіше ставлять мешканці громади. Цифри наведено за 2024 рік. Своє запитання можна надіслати через форму внизу сторінки.</p>
<div class="faq">
<details open><summary>1. Хто може отримати послугу догляду вдома і скільки це коштує?</summary>
<div class="answer"><p><b>Відповідь:</b> Послуга надається громадянам похилого віку, особам з інвалідністю, хворим, які не здатні до самообслуговування. Безоплатно – якщо середньомісячний сукупний дохід нижчий за два прожиткові мінімуми, для інших – платно: 1 година – 92,10 грн (рішення виконкому від 21.12.2023 № 288). У 2024 році послугу догляду вдома отримували 187 мешканців громади, з них 23 – на платній основі.</p>
<p>Документи:</p><ul><li>заява;</li><li>копія паспорта та РНОКПП;</li><li>довідка про склад сім'ї;</li><li>довідка про доходи за останні 6 місяців;</li><li>висновок лікарсько-консультаційної комісії.</li></ul></div></details>
<details><summary>2. Скільки людей Центр обслужив торік?</summary>
<div class="answer"><p>Протягом 2024 року соціальні послуги отримали 1 094 особи, всього надано 28 516 послуг. Найчастіше зверталися по консультування (412 осіб) та інформування (356 осіб).</p></div></details>
<details><summary>3. Як викликати соціальне таксі?</summary>
<div class="answer"><p>Зателефонуйте диспетчеру за номером (05353) 0-41-88 не пізніше ніж за 2 робочі дні до поїздки. Вартість – 8 грн за 1 км, для осіб з інвалідністю I групи та дітей з інвалідністю – безоплатно. Автомобіль працює пн–пт з 8:00 до 17:00. Торік соціальним таксі скористалися 64 особи, виконано 211 поїздок.</p></div></details>
<details><summary>4. Чи допомагаєте ви переселенцям?</summary>
<div class="answer"><p><b>Відповідь:</b> Так. У 2024 році до Центру звернулися 318 внутрішньо переміщених осіб, 142 з них отримали натуральну допомогу (продуктові та гігієнічні набори) на суму 261,5 тис. грн. Допомога надається не частіше 1 разу на 3 місяці.</p></div></details>
<details><summary>5. Сусідка з трьома дітьми опинилася у скрутному становищі. Куди звернутися?</summary>
<div class="answer"><p>Повідомте Центр (каб. 7) або службу у справах дітей – анонімно теж можна. Торік фахівці Центру отримали повідомлення щодо 57 сімей, оцінку потреб провели 54 сім'ям. Соціальний супровід надавався 26 сім'ям, у яких виховується 61 дитина; 11 сімей завершили супровід з позитивним результатом.</p></div></details>
</div>
<p class="q"><strong>Запитання:</strong> Чи можна взяти в прокат крісло колісне? (мешканець с. Міські Млини, 03.02.2025)</p>
<p class="ans"><strong>Відповідь.</strong> Так, у пункті прокату є 38 одиниць засобів реабілітації (крісла колісні, ходунки, милиці, функціональні ліжка). Строк користування – до 6 місяців, потрібні заява, копія паспорта та довідка ЛКК.</p>
<p class="q"><strong>Запитання:</strong> Ви опитуєте людей щодо якості послуг? (мешканка с. Батьки, 17.02.2025)</p>
<p class="ans"><strong>Відповідь.</strong> Так, щороку. У грудні 2024 року в анкетуванні взяли участь 44 отримувачі послуг. Якістю послуг задоволені 86,4 %, частково задоволені – 13,6 %. Послуги вчасно отримали 93,2 % опитаних, зручним графік роботи Центру вважають 79,3 %.</p>
<p class="q"><strong>Запитання:</strong> Скільки працівників у Центрі, чи є вакансії?</p>
<p class="ans">За штатним розписом – 37 посад, фактично працюють 34 особи, з них 19 соціальних робітників. Вакантні 2 посади соціального робітника та 1 посада психолога, заробітна плата – від 8 000 грн.</p>
<p class="q"><strong>Запитання:</strong> Куди скаржитися, якщо соціальний робітник не прийшов?</p>
<p class="ans"><strong>Відповідь.</strong> Директору Центру, тел. (05353) 0-41-80, або на гарячу лінію селищної ради. У 2024 році надійшло 3 скарги, усі розглянуто, дві визнано обґрунтованими.</p>
<p class="q"><strong>Запитання:</strong> Що таке денне перебування і хто туди може ходити?</p>
<p class="ans"><strong>Відповідь.</strong> Відділення працює в будні з 9:00 до 15:00 для людей похилого віку та осіб з інвалідністю: гуртки, лікувальна фізкультура, спілкування. У 2024 році його відвідували 48 осіб, проведено 96 занять і заходів, участь у них взяли 1 130 учасників (рахуються відвідування).</p>
<p class="q"><strong>Запитання:</strong> Де знаходиться Центр і як працює?</p>
<p class="ans">38164, Полтавська обл., Полтавський р-н, смт Опішня, вул. Партизанська, 21. Пн–чт 8:00–17:15, пт 8:00–16:00, перерва 12:00–13:00. Код ЄДРПОУ 43518207.</p>
</article>
<form class="ask" action="/cnsp/ask" method="post"><label>Ваше запитання</label><textarea name="q"></textarea><button>Надіслати</button></form>
</main>
<aside class="sidebar"><h4>Корисні телефони</h4><ul><li>ЦНСП: (05353) 0-41-80</li><li>Служба у справах дітей: (05353) 0-42-31</li><li>Поліція: 102</li></ul></aside>
<footer class="site-footer">© 2025 Опішнянська селищна рада · Усі матеріали доступні за ліцензією CC BY 4.0 · Відвідувачів сьогодні: 118</footer>
</body>
</html>
"""


def main():
    write_text(report_path(DOC), HTML)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Опішнянської селищної ради",
        "centre_type": "cnsp", "settlement": "Опішня", "oblast": "Полтавська",
        "report_kind": "other", "period_start": "2024-01-01", "period_end": "2024-12-31",
        "published": "2025-03-14"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Опішнянської селищної ради",
                             "КУ «Центр надання соціальних послуг» Опішнянської селищної ради"],
                  "report_kind": ["annual_report"]})
    f1 = g.f("served", "persons", 187, "У 2024 році послугу догляду вдома отримували 187 мешканців громади",
             service="home_care")
    f2 = g.f("served", "persons", 23, "з них 23 – на платній основі", service="home_care", label="на платній основі",
             parent=f1)
    f3 = g.f("served", "persons", 1094, "Протягом 2024 року соціальні послуги отримали 1 094 особи")
    f4 = g.f("services_provided", "services", 28516, "всього надано 28 516 послуг")
    f5 = g.f("served", "persons", 412, "консультування (412 осіб)", service="counselling", parent=f3)
    f6 = g.f("served", "persons", 356, "інформування (356 осіб)", service="informing", parent=f3)
    f7 = g.f("served", "persons", 64, "Торік соціальним таксі скористалися 64 особи", service="social_taxi")
    f8 = g.f("applied", "persons", 318, "до Центру звернулися 318 внутрішньо переміщених осіб",
             category="внутрішньо переміщені особи")
    f9 = g.f("served", "persons", 142, "142 з них отримали натуральну допомогу", service="natural_aid",
             category="внутрішньо переміщені особи", parent=f8)
    f10 = g.f("aid_value", "uah", 261500, "на суму 261,5 тис. грн", service="natural_aid")
    f11 = g.f("notified", "families", 57, "отримали повідомлення щодо 57 сімей")
    f12 = g.f("needs_assessed", "families", 54, "оцінку потреб провели 54 сім'ям")
    f13 = g.f("served", "families", 26, "Соціальний супровід надавався 26 сім'ям", service="social_support_sjo",
              alt=["support_ongoing"])
    f14 = g.f("served", "children", 61, "у яких виховується 61 дитина", service="social_support_sjo",
              alt=["support_ongoing"], parent=f13)
    f15 = g.f("outcome_positive", "families", 11, "11 сімей завершили супровід з позитивним результатом",
              service="social_support_sjo", alt=["support_completed"], parent=f13)
    f16 = g.f("survey_respondents", "recipients", 44, "в анкетуванні взяли участь 44 отримувачі послуг",
              unit_alt="persons")
    f17 = g.f("satisfaction", "percent", 86.4, "Якістю послуг задоволені 86,4 %", alt=["share"],
              label="задоволені якістю послуг")
    f18 = g.f("share", "percent", 13.6, "частково задоволені – 13,6 %", alt=["satisfaction"],
              label="частково задоволені якістю послуг")
    f19 = g.f("share", "percent", 93.2, "Послуги вчасно отримали 93,2 % опитаних", criterion="timeliness",
              label="вчасно отримали послуги", alt=["satisfaction"])
    f20 = g.f("share", "percent", 79.3, "зручним графік роботи Центру вважають 79,3 %", criterion="convenience",
              label="вважають графік роботи зручним", alt=["satisfaction"])
    f21 = g.f("staff_positions", "positions", 37, "За штатним розписом – 37 посад")
    f22 = g.f("staff_actual", "staff", 34, "фактично працюють 34 особи")
    f23 = g.f("staff_actual", "staff", 19, "з них 19 соціальних робітників", label="соціальні робітники", parent=f22)
    f24 = g.f("complaints", "complaints", 3, "У 2024 році надійшло 3 скарги")
    f25 = g.f("served", "persons", 48, "У 2024 році його відвідували 48 осіб", service="day_care")
    f26 = g.f("events", "events", 96, "проведено 96 занять і заходів")
    f27 = g.f("event_participants", "persons", 1130, "участь у них взяли 1 130 учасників", parent=f26,
              note="attendances, as the text says; still the participants figure")

    g.slip("percent_impossible", "error", "зручним графік роботи Центру вважають 79,3 %", 79.3,
           "79,5 (35 of 44) or 77,3 (34 of 44)", [f20, f16],
           "GRIM: with 44 respondents the shares step by 2,27 points; 34/44 = 77,27 % and 35/44 = 79,55 %, so no "
           "whole number of respondents gives 79,3 %", "grim_ok(f20, f16, 1)")
    g.check("percent_impossible", "Якістю послуг задоволені 86,4 %, частково задоволені – 13,6 %.",
            "86,4 = 38/44, 13,6 = 6/44, 93,2 = 41/44: all reachable",
            "grim_ok(f17, f16, 1) and grim_ok(f18, f16, 1) and grim_ok(f19, f16, 1)")
    g.check("percents_sum", "Якістю послуг задоволені 86,4 %, частково задоволені – 13,6 %.",
            "86,4 + 13,6 = 100,0", "psum_ok([f17, f18], 1)")
    g.check("parts_sum", "Найчастіше зверталися по консультування (412 осіб) та інформування (356 осіб).",
            "two of the services, not a partition: 412 + 356 = 768 ≤ 1 094; 187 home care ≤ 1 094",
            "f5 + f6 <= f3 and f1 <= f3")
    g.check("parts_sum", "з них 23 – на платній основі", "23 ≤ 187", "f2 <= f1")
    g.check("parts_sum", "142 з них отримали натуральну допомогу", "142 ≤ 318", "f9 <= f8")
    g.check("parts_sum", "оцінку потреб провели 54 сім'ям", "54 ≤ 57; 11 ≤ 26", "f12 <= f11 and f15 <= f13")
    g.check("parts_sum", "Вакантні 2 посади соціального робітника та 1 посада психолога",
            "34 working + 3 vacancies (literals) = 37 positions", "f22 + 2 + 1 == f21 and f23 <= f22")

    g.skip("Оновлено 14.03.2025", [14, 3, 2025], "update date")
    g.skip("Цифри наведено за 2024 рік.", [2024], "year")
    g.skip("1. Хто може отримати послугу догляду вдома і скільки це коштує?", [1, 2, 3, 4, 5], "question numbers 1.–5.")
    g.skip("нижчий за два прожиткові мінімуми, для інших – платно: 1 година – 92,10 грн (рішення виконкому від 21.12.2023 № 288)",
           [2, 1, 92.1, 21, 12, 2023, 288], "eligibility rule, tariff, decision date and number")
    g.skip("довідка про доходи за останні 6 місяців;", [6], "document list, duration")
    g.skip("Зателефонуйте диспетчеру за номером (05353) 0-41-88 не пізніше ніж за 2 робочі дні до поїздки.",
           [5353, 4188, 2], "phone, notice period")
    g.skip("Вартість – 8 грн за 1 км, для осіб з інвалідністю I групи та дітей з інвалідністю – безоплатно.",
           [8, 1, 1], "tariff, disability group")
    g.skip("Автомобіль працює пн–пт з 8:00 до 17:00.", [8, 0, 17, 0], "hours")
    g.skip("виконано 211 поїздок", [211], "trips (no §3 id)")
    g.skip("Так. У 2024 році до Центру", [2024], "year")
    g.skip("Допомога надається не частіше 1 разу на 3 місяці.", [1, 3], "rule")
    g.skip("Сусідка з трьома дітьми", [3], "a resident's question")
    g.skip("Повідомте Центр (каб. 7)", [7], "room number")
    g.skip("у пункті прокату є 38 одиниць засобів реабілітації", [38], "items (rehabilitation aids)")
    g.skip("(мешканець с. Міські Млини, 03.02.2025)", [3, 2, 2025], "question date")
    g.skip("Строк користування – до 6 місяців", [6], "duration")
    g.skip("(мешканка с. Батьки, 17.02.2025)", [17, 2, 2025], "question date")
    g.skip("У грудні 2024 року", [2024], "survey date")
    g.skip("Вакантні 2 посади соціального робітника та 1 посада психолога, заробітна плата – від 8 000 грн.",
           [2, 1, 8000], "vacancies (no §3 id), salary")
    g.skip("Директору Центру, тел. (05353) 0-41-80", [5353, 4180], "phone")
    g.skip("дві визнано обґрунтованими", [2], "substantiated complaints (no separate §3 id)")
    g.skip("Відділення працює в будні з 9:00 до 15:00", [9, 0, 15, 0], "hours")
    g.skip("38164, Полтавська обл., Полтавський р-н, смт Опішня, вул. Партизанська, 21.", [38164, 21],
           "postcode, address")
    g.skip("Пн–чт 8:00–17:15, пт 8:00–16:00, перерва 12:00–13:00.", [8, 0, 17, 15, 8, 0, 16, 0, 12, 0, 13, 0], "hours")
    g.skip("Код ЄДРПОУ 43518207.", [43518207], "ЄДРПОУ")

    g.note("a question-and-answer page: the figures are the centre's figures of 2024 («торік», «у 2024 році»), "
           "so the period is 2024; report_kind other (meta_alt annual_report); published = the update date")
    g.note("the first five items are <details>/<summary> accordion items, the rest plain «Запитання:/Відповідь.» "
           "paragraphs (two answers without the «Відповідь» label); site chrome (hot line phone, menu, "
           "breadcrumbs, sidebar phones, footer visitor counter) is not in the read text")
    g.note("«Торік соціальним таксі скористалися 64 особи» → served social_taxi; trips skipped")
    g.note("«11 сімей завершили супровід з позитивним результатом» → outcome_positive (alt support_completed)")
    g.note("survey shares: «задоволені» → satisfaction; «частково задоволені» → share; «вчасно отримали» → share "
           "with criterion timeliness; «зручним графік … вважають» → share with criterion convenience")
    g.write()


if __name__ == "__main__":
    main()
