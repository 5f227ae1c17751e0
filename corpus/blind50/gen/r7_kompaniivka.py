"""b50_07: «Звіт селищного голови про роботу за 2024 рік», Компаніївська селищна рада (Кіровоградська).
Less common style 1: a hromada head's annual report to residents. Social protection is one section among budget,
roads, schools, water, land, culture and support of the army; the ЦНСП figures sit in that section.
reportlab PDF (Liberation Serif), first person singular/plural, bullets, page numbers."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph
from common import Gold, report_path, register_fonts

DOC = "b50_07_kompaniivka_hromada_head_annual2024.pdf"

PARAS = [
    ("c", "<b>ЗВІТ<br/>селищного голови про роботу Компаніївської селищної ради<br/>та її виконавчих органів за 2024 рік</b>"),
    ("c", "смт Компаніївка, 24 січня 2025 року"),
    ("p", "Шановні жителі громади! Шановні депутати, керівники підприємств, установ, організацій!"),
    ("p", "Відповідно до статті 42 Закону України «Про місцеве самоврядування в Україні» звітую про роботу за "
          "2024 рік – третій рік, який громада прожила в умовах повномасштабної війни. Наша громада – це "
          "27 населених пунктів, 5 старостинських округів і 13,8 тис. жителів, серед них 1 146 внутрішньо "
          "переміщених осіб."),
    ("h", "1. Бюджет"),
    ("p", "Доходи загального фонду бюджету громади склали 148,6 млн грн, що на 9,3 млн грн більше, ніж у 2023 році. "
          "План по доходах виконано на 104,2 %. Видатки на оплату праці працівників бюджетних установ – "
          "61,7 % загального фонду."),
    ("h", "2. Дороги та благоустрій"),
    ("p", "• відремонтовано 7,4 км доріг комунальної власності (11,2 млн грн);<br/>"
          "• встановлено 126 світильників вуличного освітлення;<br/>"
          "• в с. Губівка замінено 2,3 км водогону, підключено 48 домогосподарств."),
    ("h", "3. Освіта"),
    ("p", "У 9 закладах загальної середньої освіти навчається 1 486 учнів, 312 дітей підвозять 6 шкільних "
          "автобусів. Облаштовано 4 укриття. У 5 закладах дошкільної освіти – 341 дитина."),
    ("h", "4. Земельні відносини"),
    ("p", "Укладено 46 договорів оренди землі на площу 1 218 га, надходження від орендної плати – 14,9 млн грн."),
    ("h", "5. Культура"),
    ("p", "Закладами культури проведено 64 заходи, з них 29 – благодійні концерти на підтримку ЗСУ."),
    ("h", "6. Соціальний захист"),
    ("p", "Відділом соціального захисту населення прийнято 2 314 заяв на призначення державних допомог і "
          "субсидій; видано 83 посвідчення."),
    ("p", "Основним надавачем соціальних послуг у громаді є комунальна установа «Центр надання соціальних послуг» "
          "Компаніївської селищної ради. Протягом року послугами Центру скористалися 1 037 жителів громади, "
          "надано 21 470 послуг. За рік на обслуговування взято 37 осіб."),
    ("p", "Послугу догляду вдома отримували 212 осіб, з них у селищі Компаніївка – 121, у Губівському старостинському "
          "окрузі – 37, у Живанівському – 24, в інших округах – 27. Денний догляд у відділенні для дітей з "
          "інвалідністю отримували 18 дітей віком від 4 до 17 років."),
    ("p", "Під соціальним супроводом перебувало 26 сімей, у яких виховується 59 дітей. 11 сімей подолали складні "
          "життєві обставини. Консультування отримали 684 особи, натуральну допомогу – 398 осіб (роздано "
          "1 750 гуманітарних наборів від партнерів). Соціальним таксі скористалися 58 осіб."),
    ("p", "Центр провів 28 групових заходів, у яких взяли участь 417 осіб. В опитуванні взяли участь "
          "75 отримувачів, 92 % з них задоволені якістю послуг. Скарг на роботу Центру не надходило."),
    ("p", "У Центрі працює 46 працівників, з них 31 соціальний робітник. На утримання Центру з бюджету громади "
          "спрямовано 9,84 млн грн."),
    ("h", "7. Підтримка Сил оборони"),
    ("p", "За програмою підтримки військових частинам передано 38 дронів, 4 автомобілі, 12 генераторів; загалом "
          "спрямовано 6,7 млн грн. 214 родин загиблих і зниклих безвісти отримали одноразову допомогу по "
          "10 тис. грн."),
    ("h", "8. Плани на 2025 рік"),
    ("p", "Відремонтувати ще 5 км доріг, відкрити у Живанівці пункт незламності, збільшити кількість соціальних "
          "робітників до 35."),
    ("p", "Дякую всім, хто працює для громади! Слава Україні!"),
    ("p", "Селищний голова"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    canvas.drawCentredString(105 * mm, 10 * mm, f"– {doc.page} –")
    canvas.restoreState()


def build(path):
    register_fonts()
    n = ParagraphStyle("n", fontName="LSerif", fontSize=12, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=5,
                       firstLineIndent=10 * mm)
    c = ParagraphStyle("c", parent=n, alignment=TA_CENTER, firstLineIndent=0)
    h = ParagraphStyle("h", parent=n, fontName="LSerif-B", firstLineIndent=0, spaceBefore=6)
    story = [Paragraph(s, {"c": c, "h": h}.get(k, n)) for k, s in PARAS]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Звіт селищного голови 2024")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Компаніївської селищної ради",
    "centre_type": "cnsp",
    "settlement": "Компаніївка",
    "report_kind": "annual_report",
    "period_start": "2024-01-01",
    "period_end": "2024-12-31",
}, {"centre": ["Компаніївська селищна рада",
               "Комунальна установа «Центр надання соціальних послуг» Компаніївської селищної ради"],
    "centre_type": ["other"],
    "report_kind": ["other"]})

f1 = g.f("served", "persons", 1037, "послугами Центру скористалися 1 037 жителів громади")
f2 = g.f("services_provided", "services", 21470, "надано 21 470 послуг")
f3 = g.f("served", "persons", 37, "За рік на обслуговування взято 37 осіб.", alt=["registered_new", "support_started"],
         label="взято на обслуговування")
f4 = g.f("served", "persons", 212, "Послугу догляду вдома отримували 212 осіб", service="home_care")
grp = "home_care_212_by_district"
f5 = g.f("served", "persons", 121, "у селищі Компаніївка – 121", service="home_care", district="Компаніївка",
         group=grp, parent=f4)
f6 = g.f("served", "persons", 37, "у Губівському старостинському окрузі – 37", service="home_care",
         district="Губівський", group=grp, parent=f4)
f7 = g.f("served", "persons", 24, "у Живанівському – 24", service="home_care", district="Живанівський",
         group=grp, parent=f4)
f8 = g.f("served", "persons", 27, "в інших округах – 27", service="home_care", district="інші округи",
         group=grp, parent=f4)
f9 = g.f("served", "children", 18, "інвалідністю отримували 18 дітей", service="day_care_children_disabled")
f10 = g.f("served", "families", 26, "Під соціальним супроводом перебувало 26 сімей, у яких виховується 59 дітей.",
          service="social_support_sjo", alt=["support_ongoing"])
f11 = g.f("served", "children", 59, "Під соціальним супроводом перебувало 26 сімей, у яких виховується 59 дітей.",
          service="social_support_sjo", alt=["support_ongoing"], parent=f10)
f12 = g.f("outcome_positive", "families", 11, "11 сімей подолали складні", service="social_support_sjo", parent=f10)
f13 = g.f("served", "persons", 684, "Консультування отримали 684 особи", service="counselling")
f14 = g.f("served", "persons", 398, "натуральну допомогу – 398 осіб", service="natural_aid")
f15 = g.f("served", "persons", 58, "Соціальним таксі скористалися 58 осіб.", service="social_taxi")
f16 = g.f("events", "events", 28, "Центр провів 28 групових заходів")
f17 = g.f("event_participants", "persons", 417, "у яких взяли участь 417 осіб", parent=f16)
f18 = g.f("survey_respondents", "recipients", 75, "В опитуванні взяли участь 75 отримувачів", unit_alt="persons")
f19 = g.f("satisfaction", "percent", 92, "92 % з них задоволені якістю послуг")
f20 = g.f("complaints", "complaints", 0, "Скарг на роботу Центру не надходило.")
f21 = g.f("staff_actual", "staff", 46, "У Центрі працює 46 працівників, з них 31 соціальний робітник.")
f22 = g.f("staff_actual", "staff", 31, "з них 31 соціальний робітник", label="соціальні робітники", parent=f21)
f23 = g.f("budget_spent", "uah", 9840000, "спрямовано 9,84 млн грн", label="утримання Центру з бюджету громади",
          note="«спрямовано» on the upkeep of the Centre → budget_spent; the other «спрямовано» sums are the hromada's")

g.slip("parts_sum", "error",
       "Послугу догляду вдома отримували 212 осіб, з них у селищі Компаніївка – 121", 209, 212,
       [f4, f5, f6, f7, f8],
       "the home-care recipients by place, 121 + 37 + 24 + 27 = 209, are 3 short of the 212 stated; the last item "
       "is «в інших округах», so the list is meant to cover all",
       "f5 + f6 + f7 + f8 == f4")

g.check("percent_impossible", "92 % з них задоволені якістю послуг", "92 % is reachable with 75 (69 of 75)",
        "grim_ok(f19, f18, 0)")
g.check("parts_sum", "Під соціальним супроводом перебувало 26 сімей",
        "11 overcame СЖО ≤ 26; 31 social workers ≤ 46 staff; home care 212, counselling 684, natural aid 398 "
        "each ≤ 1 037", "f12 <= f10 and f22 <= f21 and max(f4, f13, f14) <= f1")

g.skip("смт Компаніївка, 24 січня 2025 року", [24, 2025], "date the report was delivered")
g.skip("Відповідно до статті 42 Закону України", [42], "article number")
g.skip("2024 рік – третій рік", [2024], "year; «третій рік» is an ordinal")
g.skip("27 населених пунктів, 5 старостинських округів і 13,8 тис. жителів", [27, 5, 13800],
       "settlement and district counts, population")
g.skip("1 146 внутрішньо", [1146], "IDPs living in the hromada (population, not the provider's figure)")
g.skip("Доходи загального фонду бюджету громади склали 148,6 млн грн, що на 9,3 млн грн більше, ніж у 2023 році.",
       [148600000, 9300000, 2023], "hromada budget revenue and difference; not the provider's")
g.skip("План по доходах виконано на 104,2 %.", [104.2], "budget execution rate of the hromada")
g.skip("61,7 % загального фонду", [61.7], "share of the hromada budget")
g.skip("• відремонтовано 7,4 км доріг комунальної власності (11,2 млн грн);", [7.4, 11200000], "roads")
g.skip("• встановлено 126 світильників вуличного освітлення;", [126], "street lights")
g.skip("замінено 2,3 км водогону, підключено 48 домогосподарств.", [2.3, 48], "water supply")
g.skip("У 9 закладах загальної середньої освіти навчається 1 486 учнів, 312 дітей підвозять 6 шкільних",
       [9, 1486, 312, 6], "schools, pupils, school buses")
g.skip("Облаштовано 4 укриття. У 5 закладах дошкільної освіти – 341 дитина.", [4, 5, 341], "shelters, kindergartens")
g.skip("Укладено 46 договорів оренди землі на площу 1 218 га, надходження від орендної плати – 14,9 млн грн.",
       [46, 1218, 14900000], "land lease")
g.skip("Закладами культури проведено 64 заходи, з них 29 – благодійні концерти на підтримку ЗСУ.", [64, 29],
       "cultural events of the hromada's culture institutions, not the social-service provider's")
g.skip("Відділом соціального захисту населення прийнято 2 314 заяв на призначення державних допомог і "
       "субсидій; видано 83 посвідчення.", [2314, 83], "benefit and subsidy applications to the social-protection department and IDs issued "
       "(«видано 83 посвідчення»); not social services, no §3 id")
g.skip("віком від 4 до 17 років", [4, 17], "ages")
g.skip("1 750 гуманітарних наборів", [1750], "items handed out")
g.skip("передано 38 дронів, 4 автомобілі, 12 генераторів; загалом спрямовано 6,7 млн грн.", [38, 4, 12, 6700000],
       "support of the army")
g.skip("214 родин загиблих і зниклих безвісти отримали одноразову допомогу по 10 тис. грн.", [214, 10000],
       "one-off payments of the council (10 тис. грн each); a benefit, not a social service")
g.skip("Відремонтувати ще 5 км доріг", [5], "plan for 2025")
g.skip("збільшити кількість соціальних робітників до 35.", [35], "plan for 2025 (staff target)")
g.skip("8. Плани на 2025 рік", [8, 2025], "section heading with the plan year")
g.skip("1. Бюджет", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers")

g.note("META: the document is the селищний голова's report on the whole hromada; its only §3 facts are the figures "
       "of the КУ «ЦНСП» in section 6. A regional database wants those rows under the provider, so meta.centre is "
       "the ЦНСП (centre_type cnsp, report_kind annual_report: a report on the year 2024). meta_alt accepts the "
       "council as the reporting body (centre «Компаніївська селищна рада», centre_type other, report_kind other)")
g.note("oblast is not written in the text (Компаніївка is in Кіровоградська oblast) → omitted; the date under the "
       "title (24 січня 2025 року) is the day the report was delivered, not a publication date → no `published`")
g.note("everything outside the ЦНСП paragraphs (budget, roads, schools, water, land, culture events, army support, "
       "the social-protection department's benefit applications, one-off payments) is skipped: not a social-service "
       "provider's figure. The culture events (64) are the trap for `events`")
g.note("«скористалися 1 037 жителів» → served persons; «взято на обслуговування 37» → served (alt registered_new, "
       "support_started); «11 сімей подолали СЖО» → outcome_positive under the 26 families")
g.note("the home-care rows by place carry `district` (старостинський округ)")

if __name__ == "__main__":
    build(report_path(DOC))
    g.write()
