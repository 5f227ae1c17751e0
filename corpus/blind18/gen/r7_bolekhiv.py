"""b18_07: transcript (стенограма) of the director's speech at public hearings on the 2024 report of the КУ «ЦНСП»
Болехівської міської ради (Івано-Франківська), with heckles and a Q&A; PDF (reportlab).
Planted slip: internal_conflict (26 families taken under support in 2024, later «24 сім'ї ми взяли торік»)."""
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from common import Gold, register_fonts, report_path

DOC = "b18_07_bolekhiv_cnsp_hearing2024.pdf"
register_fonts()
body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=5)
head = ParagraphStyle("h", fontName="LSerif-B", fontSize=12.5, leading=16, alignment=TA_CENTER, spaceAfter=3)
ital = ParagraphStyle("i", fontName="LSerif-I", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=5)


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{doc.page}")
    canvas.restoreState()


def sp(who, text):
    return Paragraph(f"<font name='LSerif-B'>{who}:</font> {text}", body)


story = [
    Paragraph("Болехівська міська рада Івано-Франківської області", ital),
    Paragraph("СТЕНОГРАМА", head),
    Paragraph("громадських слухань щодо звіту про діяльність комунальної установи «Центр надання соціальних "
              "послуг» Болехівської міської ради за 2024 рік", head),
    Paragraph("м. Болехів, зала засідань міської ради, 27 лютого 2025 року, 15:00", ital),
    Spacer(1, 6),
    sp("ГОЛОВУЮЧИЙ", "Переходимо до звіту. Слово надається директору Центру надання соціальних послуг. Регламент – "
                     "15 хвилин."),
    sp("ДИРЕКТОР ЦЕНТРУ", "Шановний міський голово! Шановні депутати! Шановні жителі громади!"),
    Paragraph("Дозвольте коротко прозвітувати про роботу нашого Центру за 2024 рік. Центр працює третій рік, у нас "
              "чотири відділення і 46 працівників.", body),
    Paragraph("Почну з головного. Торік наші послуги отримали 1 534 мешканці громади – це на 112 людей більше, ніж "
              "роком раніше. З них 389 – переселенці, які знайшли прихисток у Болехові, тобто майже кожен четвертий "
              "наш отримувач.", body),
    Paragraph("(Оплески)", ital),
    Paragraph("Найбільше людей – 742 – приходили до нас по консультацію, і кожному ми намагалися допомогти. Догляд "
              "удома ми надавали 167 самотнім і немічним людям – щодня, у кожному селі громади, від Гузієва до "
              "Поляниці. Денним доглядом скористалися ще 38 людей, переважно з інвалідністю, а соціальну адаптацію "
              "пройшла 61 людина.", body),
    Paragraph("Якщо рахувати не людей, а послуги, то за рік ми надали 27 418 послуг. Так, двадцять сім тисяч з гаком. "
              "Левова частка – 21 906 – це догляд удома.", body),
    Paragraph("Тепер про сім'ї з дітьми. Ми отримали повідомлення про 97 сімей, які могли опинитися у складних "
              "життєвих обставинах. Кожну перевірили: оцінку потреб провели всім 97 сім'ям. Складні життєві "
              "обставини підтвердилися у 41 сім'ї. Всього протягом року під соціальним супроводом було 30 сімей: 26 "
              "ми взяли торік, у них 58 дітей, а 4 супроводжуємо ще з 2023-го. Завершили супровід 19 сімей, і в 15 з "
              "них – я особливо цим пишаюся – обставини подолано. Це 78,9 відсотка. Ще у 4 сім'ях ситуацію вдалося "
              "мінімізувати.", body),
    sp("ДЕПУТАТ (округ № 5)", "А скільки сімей не вдалося витягнути?"),
    sp("ДИРЕКТОР ЦЕНТРУ", "Чесно скажу: серед тих, кому ми завершили супровід, без результату – жодної. А в роботі "
                          "на кінець року залишалося 11 сімей."),
    Paragraph("Далі – гуманітарний напрям. Через Центр натуральну допомогу отримали 498 людей: продукти, засоби "
              "гігієни, ліки, павербанки. Загалом на суму понад 1,2 мільйона гривень – це кошти благодійників, не "
              "бюджету.", body),
    Paragraph("Ми провели 35 заходів для людей старшого віку – концерти, майстер-класи, вечорниці, – на які прийшло "
              "понад 600 людей.", body),
    Paragraph("Тепер про гроші з бюджету. Кошторис Центру на 2024 рік – 24,6 мільйона гривень, використали ми 23,9 "
              "мільйона, тобто 97 відсотків.", body),
    Paragraph("Про людей. Штатних посад у нас 52, працює 46 людей, з них 31 – соціальні робітники. Шість вакансій – це "
              "соціальні робітники для віддалених сіл, і я прошу депутатів допомогти з житлом для фахівців. Навчання "
              "торік пройшли 23 працівники.", body),
    Paragraph("Як нас оцінюють люди? Ми опитали 148 наших отримувачів – 139 сказали, що задоволені. Це 93,9 "
              "відсотка. Скарг торік було дві, обидві розглянули, одна підтвердилася – працівника притягнули до "
              "дисциплінарної відповідальності.", body),
    Paragraph("Ще раз наголошу: 24 сім'ї ми взяли торік під супровід, і за кожною стоять діти, яким ми допомогли "
              "залишитися в родині.", body),
    Paragraph("Цього року плануємо відкрити відділення підтриманого проживання на 15 місць і придбати 2 автомобілі "
              "для соціальних робітників. Дякую за увагу!", body),
    Paragraph("(Оплески)", ital),
    sp("ДЕПУТАТ (округ № 12)", "А скільки людей зараз чекає на догляд удома?"),
    sp("ДИРЕКТОР ЦЕНТРУ", "Станом на сьогодні у черзі 7 заяв, до кінця березня всіх візьмемо."),
    sp("ДЕПУТАТ (округ № 12)", "І ще: у 2023-му скарги були?"),
    sp("ДИРЕКТОР ЦЕНТРУ", "Жодної."),
    sp("ГОЛОВУЮЧИЙ", "Дякую. Телефон Центру для звернень – (03437) 0-44-19, працюють з 8:00 до 17:00. Переходимо до "
                     "наступного питання."),
    Spacer(1, 8),
    Paragraph("Стенограму вела: спеціаліст відділу організаційної роботи                 (підпис)", body),
]
doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                        topMargin=18 * mm, bottomMargin=18 * mm, title="Стенограма громадських слухань",
                        author="Болехівська міська рада")
doc.build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Болехівської міської ради",
    "centre_type": "cnsp",
    "settlement": "Болехів",
    "oblast": "Івано-Франківська",
    "report_kind": "annual_report",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
}, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Болехівської міської ради"],
    "report_kind": ["other"]})
f_st1 = g.f("staff_actual", "staff", 46, "у нас чотири відділення і 46 працівників")
f_srv = g.f("served", "persons", 1534, "Торік наші послуги отримали 1 534 мешканці громади")
f_idp = g.f("served", "persons", 389, "З них 389 – переселенці", category="внутрішньо переміщені особи", parent=f_srv)
f_cons = g.f("served", "persons", 742, "Найбільше людей – 742 – приходили до нас по консультацію",
             service="counselling", alt=["applied"], parent=f_srv)
f_hc = g.f("served", "persons", 167, "Догляд удома ми надавали 167 самотнім і немічним людям", service="home_care",
           parent=f_srv)
f_dc = g.f("served", "persons", 38, "Денним доглядом скористалися ще 38 людей", service="day_care", parent=f_srv)
f_sa = g.f("served", "persons", 61, "соціальну адаптацію пройшла 61 людина", service="social_adaptation", parent=f_srv)
f_svc = g.f("services_provided", "services", 27418, "за рік ми надали 27 418 послуг")
f_svc_hc = g.f("services_provided", "services", 21906, "Левова частка – 21 906 – це догляд удома", service="home_care",
               parent=f_svc)
f_not = g.f("notified", "families", 97, "Ми отримали повідомлення про 97 сімей")
f_na = g.f("needs_assessed", "families", 97, "оцінку потреб провели всім 97 сім'ям")
f_sjo = g.f("in_difficult_circumstances", "families", 41, "Складні життєві обставини підтвердилися у 41 сім'ї")
f_sup = g.f("served", "families", 30, "Всього протягом року під соціальним супроводом було 30 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
f_start = g.f("support_started", "families", 26, "26 ми взяли торік", service="social_support_sjo",
              group="sjo_30_by_start", parent=f_sup)
f_startch = g.f("support_started", "children", 58, "у них 58 дітей", service="social_support_sjo", parent=f_start)
f_carry = g.f("served", "families", 4, "а 4 супроводжуємо ще з 2023-го", service="social_support_sjo",
              label="супроводжуються з 2023 року", alt=["support_ongoing"], group="sjo_30_by_start", parent=f_sup,
              note="a 2024 figure although it names 2023: families served in 2024 whose support began in 2023")
f_comp = g.f("support_completed", "families", 19, "Завершили супровід 19 сімей", service="social_support_sjo")
f_pos = g.f("outcome_positive", "families", 15, "в 15 з них – я особливо цим пишаюся – обставини подолано. Це 78,9 "
            "відсотка", percent=78.9, service="social_support_sjo", group="completed_19_by_outcome", parent=f_comp)
f_min = g.f("outcome_minimized", "families", 4, "Ще у 4 сім'ях ситуацію вдалося мінімізувати",
            service="social_support_sjo", group="completed_19_by_outcome", parent=f_comp)
f_neg = g.f("outcome_negative", "families", 0, "серед тих, кому ми завершили супровід, без результату – жодної",
            service="social_support_sjo", group="completed_19_by_outcome", parent=f_comp,
            note="«жодної» = 0, a number in words in an answer to a heckle")
f_ong = g.f("support_ongoing", "families", 11, "в роботі на кінець року залишалося 11 сімей",
            service="social_support_sjo")
f_nat = g.f("served", "persons", 498, "натуральну допомогу отримали 498 людей", service="natural_aid")
f_aid = g.f("aid_value", "uah", 1200000, "на суму понад 1,2 мільйона гривень", service="natural_aid", parent=f_nat,
            label="натуральна допомога за кошти благодійників")
f_ev = g.f("events", "events", 35, "Ми провели 35 заходів для людей старшого віку")
f_evp = g.f("event_participants", "persons", 600, "на які прийшло понад 600 людей", parent=f_ev)
f_bud = g.f("budget_approved", "uah", 24600000, "Кошторис Центру на 2024 рік – 24,6 мільйона гривень")
f_spent = g.f("budget_spent", "uah", 23900000, "використали ми 23,9 мільйона, тобто 97 відсотків", percent=97)
f_pos_ = g.f("staff_positions", "positions", 52, "Штатних посад у нас 52")
f_st2 = g.f("staff_actual", "staff", 46, "працює 46 людей", note="repeat of the 46 staff of the opening: a second fact")
f_sr = g.f("staff_actual", "staff", 31, "з них 31 – соціальні робітники", label="соціальні робітники", parent=f_st2)
f_tr = g.f("staff_trained", "staff", 23, "Навчання торік пройшли 23 працівники")
f_sv = g.f("survey_respondents", "recipients", 148, "Ми опитали 148 наших отримувачів", unit_alt="persons")
f_sat = g.f("survey_respondents", "persons", 139, "139 сказали, що задоволені", percent=93.9,
            label="задоволені", parent=f_sv, unit_alt="recipients",
            note="its percent is said in the next sentence («Це 93,9 відсотка»), which the reader prints as the next block")
f_cmp = g.f("complaints", "complaints", 2, "Скарг торік було дві", note="number in words")
f_start2 = g.f("support_started", "families", 24, "24 сім'ї ми взяли торік під супровід", service="social_support_sjo",
               note="the speaker's repeat disagrees with the 26 said earlier (audit internal_conflict)")

g.slip("internal_conflict", "error", "24 сім'ї ми взяли торік під супровід", 24, 26, [f_start, f_start2],
       "families taken under social support in 2024: 26 in the account of the year («26 ми взяли торік, у них 58 "
       "дітей») and 24 in the summing-up. 26 is the figure that fits the rest (26 + 4 = 30 under support in the "
       "year; 19 completed + 11 continuing = 30).",
       f"{f_start} == {f_start2}")

g.check("parts_sum", "Всього протягом року під соціальним супроводом було 30 сімей",
        "26 taken in 2024 + 4 carried from 2023 = 30; 19 completed + 11 continuing = 30",
        f"{f_start} + {f_carry} == {f_sup} and {f_comp} + {f_ong} == {f_sup}")
g.check("parts_sum", "Завершили супровід 19 сімей", "15 overcome + 4 minimized + 0 without result = 19",
        f"{f_pos} + {f_min} + {f_neg} == {f_comp}")
g.check("percent_mismatch", "Це 78,9 відсотка", "15/19 = 78,95 → 78,9 (floor) / 78,9 (half-up of 78,947)",
        f"pct_ok(p{f_pos[1:]}, {f_pos}, {f_comp}, 1)")
g.check("parts_sum", "оцінку потреб провели всім 97 сім'ям", "97 assessed = 97 notified («всім»); 41 in СЖО ≤ 97",
        f"{f_na} == {f_not} and {f_sjo} <= {f_na}")
g.check("parts_sum", "З них 389 – переселенці",
        "389 ≤ 1 534; recipients by kind 742 + 167 + 38 + 61 + 498 (natural aid) = 1 506 ≤ 1 534 (not stated as a "
        "partition, so only the bound is checked)",
        f"{f_idp} <= {f_srv} and {f_cons} + {f_hc} + {f_dc} + {f_sa} + {f_nat} <= {f_srv}")
g.check("parts_sum", "Левова частка – 21 906 – це догляд удома", "21 906 ≤ 27 418", f"{f_svc_hc} <= {f_svc}")
g.check("percent_mismatch", "використали ми 23,9 мільйона, тобто 97 відсотків", "23,9 / 24,6 = 97,15 % → 97",
        f"pct_ok(p{f_spent[1:]}, {f_spent}, {f_bud}, 0)")
g.check("parts_sum", "Штатних посад у нас 52, працює 46 людей, з них 31 – соціальні робітники",
        "52 positions − 46 working = 6 vacancies («Шість вакансій»); 31 ≤ 46; the opening's 46 = 46",
        f"{f_pos_} - {f_st2} == 6 and {f_sr} <= {f_st2} and {f_st1} == {f_st2}")
g.check("percent_mismatch", "Це 93,9 відсотка", "139/148 = 93,92 → 93,9",
        f"pct_ok(p{f_sat[1:]}, {f_sat}, {f_sv}, 1)")

g.skip("27 лютого 2025 року, 15:00", [27, 2025, 15], "date and time of the hearing")
g.skip("Регламент – 15 хвилин.", [15], "duration")
g.skip("Центр працює третій рік, у нас чотири відділення", [3, 4], "years of operation and number of units, in words")
g.skip("це на 112 людей більше, ніж роком раніше", [112], "difference to the prior year")
g.skip("майже кожен четвертий наш отримувач", [4], "fraction in words")
g.skip("двадцять сім тисяч з гаком", [27000], "the same total rounded and in words (not a separate figure)")
g.skip("ДЕПУТАТ (округ № 5)", [5], "electoral district number")
g.skip("Шість вакансій", [6], "vacancies in words; no §3 id (used in a check)")
g.skip("одна підтвердилася", [1], "complaints upheld, in words; no §3 id")
g.skip("Цього року плануємо відкрити відділення підтриманого проживання на 15 місць і придбати 2 автомобілі",
       [15, 2], "plan for 2025 (capacity, vehicles)")
g.skip("ДЕПУТАТ (округ № 12)", [12], "electoral district number")
g.skip("Станом на сьогодні у черзі 7 заяв", [7], "waiting list at the hearing date (February 2025), not the period")
g.skip("І ще: у 2023-му скарги були?", [2023, 0], "prior-year complaints («Жодної.» in the answer)")
g.skip("Телефон Центру для звернень – (03437) 0-44-19, працюють з 8:00 до 17:00", [3437, 4419, 8, 17],
       "phone and office hours")

g.note("a transcript: the period is the year reported on («за 2024 рік»; «торік» said in February 2025 = 2024); "
       "report_kind annual_report, other accepted; centre with the legal form accepted (meta_alt)")
g.note("«Найбільше людей – 742 – приходили до нас по консультацію» → served counselling (alt applied); the four "
       "service counts hang on the 1 534 (parent_id) but are not claimed to be a partition of it (no group)")
g.note("«без результату – жодної» → outcome_negative 0 in the partition of the 19 completed; «Скарг … було дві» → 2; "
       "«понад 600» → 600; «понад 1,2 мільйона гривень» → 1 200 000")
g.note("«Ми опитали 148 наших отримувачів» → survey_respondents, recipients (alt persons); «139 сказали, що "
       "задоволені. Це 93,9 відсотка» → survey_respondents persons with percent (the percent belongs to the count)")
g.note("the 46 staff are said twice (opening, staff paragraph) and the 26/24 families taken under support twice "
       "with different values: each said figure is a fact")
g.write()
