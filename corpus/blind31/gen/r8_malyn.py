"""b31_08: text of the spoken report of the director of the Центр соціальних служб Малинської міської ради at
the mayor's working meeting on the results of 9 months of 2025. LESS COMMON STYLE: a speech
(«Шановні колеги! Дозвольте коротко доповісти …»), rhetorical, figures embedded in speech, rounded
phrases, numbers in words and repetitions. reportlab PDF (DejaVu); oblast not stated.
Planted slip: internal_conflict (34 families taken under support in the account, «36 сімей взяли під
супровід» in the summing-up)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

from common import Gold, report_path, register_fonts

DOC = "b31_08_malyn_css_speech9m2025.pdf"
CENTRE = "Центр соціальних служб Малинської міської ради"

TITLE = ["ВИСТУП", "директора Центру соціальних служб Малинської міської ради на робочій нараді при міському голові",
         "«Про підсумки роботи Центру за 9 місяців 2025 року»", "(регламент – до 7 хвилин)"]
PARAS = [
    "Шановний пане міський голово! Шановні колеги!",
    ("Дозвольте коротко доповісти про роботу нашого Центру за дев'ять місяців цього року. Я не буду забирати "
     "багато часу – у вас на столах роздруківка, там усі цифри. Я зупинюся на головному."),
    ("Перше – звернення. За дев'ять місяців до нас звернулися 1 126 мешканців громади. Повторю: тисяча сто "
     "двадцять шість людей! Торік за той самий період їх було 986, тобто на 140 більше. З них майже кожен третій – "
     "внутрішньо переміщена особа, а якщо точно, то 358 осіб."),
    ("Друге – сім'ї у складних життєвих обставинах. Ми отримали повідомлення про 142 сім'ї. Оцінку потреб "
     "провели всім – 142 сім'ям, без винятку. І в 97 випадках, колеги, підтвердилося: сім'я справді перебуває у "
     "складних життєвих обставинах."),
    ("Третє – соціальний супровід. Це наша основна і, скажу чесно, найважча робота. Під супроводом за дев'ять "
     "місяців перебувало 88 сімей, у них 203 дитини. Ми взяли під супровід 34 сім'ї. Завершили супровід 41 сім'ї. "
     "І от що важливо: 29 з них – з позитивним результатом. Двадцять дев'ять сімей, де діти залишилися вдома, з "
     "мамою і татом! Ще у 8 сім'ях складні життєві обставини мінімізовано, а у 4 – на жаль, результату не "
     "досягнуто. Тож станом на сьогодні під супроводом 47 сімей."),
    ("Четверте – прийомні сім'ї та дитячі будинки сімейного типу. У громаді 6 прийомних сімей і 2 дитячі будинки "
     "сімейного типу, у них виховується 27 дітей. Усі вісім сімей – під нашим соціальним супроводженням, кожну "
     "ми відвідуємо щонайменше раз на місяць."),
    ("П'яте – консультування та інформування. Понад дві тисячі консультацій – точніше, 2 318 – надали наші "
     "фахівці. Інформування отримали 644 особи. На гарячу лінію надійшло 412 дзвінків, і це тільки ті, що "
     "зареєстровані."),
    ("Шосте – групова робота. Ми провели 23 групові заходи – тренінги, батьківські клуби, зустрічі з "
     "переселенцями. Майже шістсот учасників, а точно – 596."),
    ("Сьоме – допомога. Спільно з благодійним фондом ми передали допомогу 137 сім'ям на суму 420 тисяч гривень. "
     "Це продукти, засоби гігієни, дитячий одяг."),
    ("Про кадри. У нас 19 штатних посад, працює 17 людей. Дві вакансії фахівців із соціальної роботи ми не можемо "
     "закрити вже пів року, і я прошу підтримки в цьому питанні. Скарг за дев'ять місяців – жодної. Жодної, "
     "колеги!"),
    ("Ще раз підкреслю головне: 36 сімей взяли під супровід, 29 сімей вийшли з кризи з позитивним результатом. "
     "До кінця року плануємо взяти під супровід ще близько 10 сімей і відкрити кімнату підтримки для ВПО на 15 "
     "місць."),
    "Дякую за увагу! Готова відповісти на запитання.",
]


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSans", fontSize=12, leading=17, alignment=TA_JUSTIFY,
                          firstLineIndent=24, spaceAfter=8)
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0, fontName="LSans-B",
                         spaceAfter=2)
    story = [Paragraph(x, ctr) for x in TITLE] + [Spacer(1, 12)]
    story += [Paragraph(x, body) for x in PARAS]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=65, rightMargin=55, topMargin=55,
                            bottomMargin=55, title="Виступ", author="ЦСС")
    doc.build(story)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": CENTRE,
        "centre_type": "css",
        "settlement": "Малин",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-09-30",
    }, meta_alt={"report_kind": ["other"]})
    f = g.f
    n = lambda x: x[1:]
    app = f("applied", "persons", 1126, "до нас звернулися 1 126 мешканців громади")
    idp = f("applied", "persons", 358, "а якщо точно, то 358 осіб", category="внутрішньо переміщені особи",
            parent=app)
    notif = f("notified", "families", 142, "Ми отримали повідомлення про 142 сім'ї")
    needs = f("needs_assessed", "families", 142, "провели всім – 142 сім'ям")
    sjo = f("in_difficult_circumstances", "families", 97, "І в 97 випадках, колеги, підтвердилося", parent=needs)
    sup = f("served", "families", 88, "Під супроводом за дев'ять місяців перебувало 88 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    kids = f("served", "children", 203, "у них 203 дитини", service="social_support_sjo", alt=["support_ongoing"],
             parent=sup)
    st = f("support_started", "families", 34, "Ми взяли під супровід 34 сім'ї", service="social_support_sjo",
           parent=sup)
    done = f("support_completed", "families", 41, "Завершили супровід 41 сім'ї", service="social_support_sjo",
             parent=sup)
    grp = "completed_41_by_outcome"
    o1 = f("outcome_positive", "families", 29, "29 з них – з позитивним результатом", service="social_support_sjo",
           group=grp, parent=done)
    o2 = f("outcome_minimized", "families", 8, "Ще у 8 сім'ях складні життєві обставини мінімізовано",
           service="social_support_sjo", group=grp, parent=done)
    o3 = f("outcome_negative", "families", 4, "а у 4 – на жаль, результату не досягнуто",
           service="social_support_sjo", group=grp, parent=done)
    cont = f("support_ongoing", "families", 47, "станом на сьогодні під супроводом 47 сімей",
             service="social_support_sjo", parent=sup)
    fos = f("served", "families", 8, "Усі вісім сімей – під нашим соціальним супроводженням",
            service="social_support_foster", alt=["support_ongoing"], label="прийомні сім'ї та ДБСТ")
    grp = "foster_8_by_form"
    fos1 = f("served", "families", 6, "У громаді 6 прийомних сімей", service="social_support_foster",
             label="прийомні сім'ї", group=grp, parent=fos, alt=["support_ongoing"])
    fos2 = f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
             label="дитячі будинки сімейного типу", group=grp, parent=fos, alt=["support_ongoing"])
    fkids = f("served", "children", 27, "у них виховується 27 дітей", service="social_support_foster",
              parent=fos, alt=["support_ongoing"])
    cons = f("services_provided", "services", 2318, "Понад дві тисячі консультацій – точніше, 2 318 – надали наші "
             "фахівці", service="counselling")
    inf = f("served", "persons", 644, "Інформування отримали 644 особи", service="informing")
    calls = f("calls", "calls", 412, "На гарячу лінію надійшло 412 дзвінків")
    ev = f("events", "events", 23, "Ми провели 23 групові заходи")
    evp = f("event_participants", "persons", 596, "Майже шістсот учасників, а точно – 596", parent=ev)
    aid_fam = f("served", "families", 137, "ми передали допомогу 137 сім'ям",
                label="благодійна допомога (продукти, засоби гігієни, дитячий одяг)")
    aid = f("aid_value", "uah", 420000, "на суму 420 тисяч гривень",
            label="благодійна допомога (продукти, засоби гігієни, дитячий одяг)")
    pos = f("staff_positions", "positions", 19, "У нас 19 штатних посад")
    act = f("staff_actual", "staff", 17, "працює 17 людей")
    comp = f("complaints", "complaints", 0, "Скарг за дев'ять місяців – жодної.")
    st2 = f("support_started", "families", 36, "36 сімей взяли під супровід", service="social_support_sjo",
            label="підсумок виступу (повтор)")
    o1b = f("outcome_positive", "families", 29, "29 сімей вийшли з кризи з позитивним результатом",
            service="social_support_sjo", label="підсумок виступу (повтор)")

    g.check("parts_sum", "З них майже кожен третій – внутрішньо переміщена особа, а якщо точно, то 358 осіб",
            "358 ≤ 1 126, and 358/1 126 = 31,8 % is «майже кожен третій»",
            f"f{n(idp)} <= f{n(app)} and 0.3 <= f{n(idp)} / f{n(app)} < 0.34")
    g.check("parts_sum", "провели всім – 142 сім'ям", "all 142 notified were assessed; 97 in СЖО ≤ 142",
            f"f{n(needs)} == f{n(notif)} and f{n(sjo)} <= f{n(needs)}")
    g.check("parts_sum", "Завершили супровід 41 сім'ї", "29 + 8 + 4 = 41",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(done)}")
    g.check("parts_sum", "станом на сьогодні під супроводом 47 сімей", "88 − 41 = 47; 34 taken ≤ 88",
            f"f{n(sup)} - f{n(done)} == f{n(cont)} and f{n(st)} <= f{n(sup)}")
    g.check("parts_sum", "Усі вісім сімей – під нашим соціальним супроводженням", "6 + 2 = 8 foster families",
            f"f{n(fos1)} + f{n(fos2)} == f{n(fos)}")
    g.check("internal_conflict", "29 сімей вийшли з кризи з позитивним результатом",
            "the summing-up repeats 29 positive outcomes, as in the account", f"f{n(o1b)} == f{n(o1)}")
    g.check("parts_sum", "У нас 19 штатних посад, працює 17 людей", "17 ≤ 19 (two vacancies: 19 − 17 = 2)",
            f"f{n(act)} <= f{n(pos)} and f{n(pos)} - f{n(act)} == 2")
    g.slip("internal_conflict", "error", "Ще раз підкреслю головне: 36 сімей взяли під супровід", 36, 34, [st, st2],
           "the account of the nine months says «Ми взяли під супровід 34 сім'ї»; the summing-up says «36 сімей "
           "взяли під супровід» for the same indicator, service and period.",
           f"f{n(st)} == f{n(st2)}")

    g.skip("«Про підсумки роботи Центру за 9 місяців 2025 року»", [9, 2025], "period")
    g.skip("(регламент – до 7 хвилин)", [7], "time limit")
    g.skip("Повторю: тисяча сто двадцять шість людей!", [1126], "the same figure repeated in words at once: not a "
           "second fact")
    g.skip("Торік за той самий період їх було 986, тобто на 140 більше.", [986, 140],
           "prior-year figure and difference")
    g.skip("майже кожен третій", [3], "rounded proportion (the exact 358 follows)")
    g.skip("Двадцять дев'ять сімей, де діти залишилися вдома", [29], "the figure just given, repeated in words at "
           "once: not a second fact")
    g.skip("кожну ми відвідуємо щонайменше раз на місяць", [1], "visit frequency")
    g.skip("Понад дві тисячі консультацій", [2000], "rounded form of the exact 2 318 in the same sentence")
    g.skip("Майже шістсот учасників", [600], "rounded form of the exact 596 in the same sentence")
    g.skip("Дві вакансії фахівців із соціальної роботи ми не можемо закрити вже пів року", [2, 0.5],
           "vacancies (no §3 id; used in a check as 19 − 17), duration")
    g.skip("Жодної, колеги!", [0], "the complaints figure repeated at once for emphasis: not a second fact")
    g.skip("До кінця року плануємо взяти під супровід ще близько 10 сімей і відкрити кімнату підтримки для ВПО на 15 "
           "місць.", [10, 15], "plan, capacity")
    g.note("LESS COMMON STYLE: the text of a spoken report at a working meeting; first person; the figures come in "
           "ordinal points «Перше – … Сьоме – …», with rounded phrases followed by exact figures, numbers in words "
           "and emphatic repetitions")
    g.note("a rounded phrase followed by the exact figure in the same sentence («Понад дві тисячі … точніше, 2 318») "
           "is one fact with the exact value; an immediate repetition in words («Повторю: тисяча сто двадцять шість», "
           "«Двадцять дев'ять сімей», «Жодної, колеги!») is not a second fact; a figure said again in the "
           "summing-up (36, 29) is a second fact, as in blind18")
    g.note("«Усі вісім сімей» is a number in words that is itself the figure (foster families under "
           "супроводження, the sum of 6 + 2): a fact")
    g.note("«2 318 консультацій» → services_provided with service counselling; «Інформування отримали 644 особи» → "
           "served informing")
    g.note("report_kind period_report (a 9-month account); other accepted for the speech form. Oblast not stated "
           "(Малин is in Житомирська oblast) → omitted")
    g.write()


if __name__ == "__main__":
    main()
