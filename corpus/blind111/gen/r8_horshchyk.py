"""b111_08: ЦСС Горщиківської сільської ради (Житомирська), analytic information for H1 2023, written in a style
that rounds and hedges («близько 300 сімей», «понад 40 %», «майже половина», «кожна п'ята сім'я», «більше ніж удвічі»,
«десятки консультацій») mixed with exact figures. DOCX, first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b111_08_horshchyk_css_h1_2023.docx"

PARAS = [
    "Перше півріччя 2023 року було для нашого Центру напруженим. У громаді, де проживає трохи більше 7 тисяч людей, "
    "ми працювали з близько 300 сім'ями – це майже вдвічі більше, ніж за аналогічний період минулого року.",
    "Загалом до Центру звернулися 412 осіб. Майже половина з них – внутрішньо переміщені особи, яких у громаді зараз "
    "понад 900. Кожна п'ята сім'я, що звернулася, потребувала не лише консультації, а й подальшого супроводу.",
    "За півріччя ми надали понад 2,5 тисячі соціальних послуг, з них 1 318 – консультування і 604 – інформування. "
    "Десятки консультацій фахівці провели телефоном і через месенджери, бо частина людей не може дістатися до Центру.",
    "Надійшли повідомлення про 23 сім'ї, які можуть перебувати у складних життєвих обставинах. Оцінку потреб ми "
    "провели всім 23 сім'ям, складні життєві обставини виявлено у 17 із них.",
    "Під соціальним супроводом перебувала 31 сім'я (у них 58 дітей). Протягом півріччя ми взяли під супровід "
    "14 сімей. Завершили супровід 12 сімей, з них 9 – з позитивним результатом (75 %). Кожна десята сім'я під "
    "супроводом виховує дитину з інвалідністю.",
    "Крім того, Центр супроводжує 2 прийомні сім'ї та 1 дитячий будинок сімейного типу.",
    "Провели 19 групових заходів, у яких взяли участь понад 350 осіб, переважно діти. Гуманітарну допомогу від "
    "партнерів (продукти, засоби гігієни, дрова) отримали близько 180 сімей.",
    "У червні в опитуванні взяли участь 64 отримувачі послуг. Понад 40 % оцінили роботу Центру на «відмінно», "
    "ще 51,6 % – на «добре»; незадоволених не було. Скарг не надходило.",
    "У Центрі працює 9 працівників при 10 штатних посадах; 4 фахівці цього півріччя пройшли навчання з "
    "кейс-менеджменту. Касові видатки за півріччя склали майже 1,9 млн грн, а на спецрахунок надійшло близько "
    "60 тис. грн благодійних коштів.",
    "Підсумовуючи: сімей, узятих під супровід у цьому півріччі, – 16, що більше ніж удвічі перевищує показник "
    "першого півріччя 2022 року (7 сімей). У другому півріччі плануємо охопити супроводом ще щонайменше 10 сімей.",
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    fix_docx_props(d, author="ЦСС Горщик")

    def p(text, bold=False, center=False):
        para = d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    p("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ГОРЩИКІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
    p("Коростенського району Житомирської області", center=True)
    p("11552, с. Горщик, вул. Шкільна, 3; тел. (04142) 0-61-25; css.horshchyk@example.ua", center=True)
    p("№ 87 від 05.07.2023")
    p("АНАЛІТИЧНА ІНФОРМАЦІЯ\nпро роботу Центру соціальних служб за І півріччя 2023 року", bold=True, center=True)
    for t in PARAS:
        p(t)
    p("Директор Центру                                    (підпис)")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)
    return path


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Горщиківської сільської ради",
        "centre_type": "css", "settlement": "Горщик", "oblast": "Житомирська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-06-30",
    })
    f = g.f
    n = lambda x: int(x[1:])  # noqa: E731
    F = lambda x: f"f{n(x)}"  # noqa: E731
    A = "approximate: the number as written, the hedge in qualifier"
    f("served", "families", 300, "ми працювали з близько 300 сім'ями", qualifier="близько", note=A)
    f("applied", "persons", 412, "Загалом до Центру звернулися 412 осіб")
    sp = f("services_provided", "services", 2500, "ми надали понад 2,5 тисячі соціальних послуг", qualifier="понад",
           note=A + "; «2,5 тисячі» = 2 500")
    c1 = f("services_provided", "services", 1318, "з них 1 318 – консультування", service="counselling", parent=sp)
    c2 = f("services_provided", "services", 604, "604 – інформування", service="informing", parent=sp)
    nt = f("notified", "families", 23, "Надійшли повідомлення про 23 сім'ї")
    na = f("needs_assessed", "families", 23, "провели всім 23 сім'ям")
    sj = f("in_difficult_circumstances", "families", 17, "складні життєві обставини виявлено у 17 із них", parent=na)
    sup = f("served", "families", 31, "Під соціальним супроводом перебувала 31 сім'я", service="social_support_sjo",
            alt=["support_ongoing"])
    f("served", "children", 58, "(у них 58 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    st1 = f("support_started", "families", 14, "Протягом півріччя ми взяли під супровід 14 сімей",
            service="social_support_sjo", parent=sup)
    co = f("support_completed", "families", 12, "Завершили супровід 12 сімей", service="social_support_sjo", parent=sup)
    op = f("outcome_positive", "families", 9, "з них 9 – з позитивним результатом (75 %)", percent=75, parent=co)
    f("served", "families", 2, "Центр супроводжує 2 прийомні сім'ї", service="social_support_foster",
      label="прийомні сім'ї")
    f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
      label="дитячі будинки сімейного типу")
    ev = f("events", "events", 19, "Провели 19 групових заходів")
    f("event_participants", "persons", 350, "у яких взяли участь понад 350 осіб", qualifier="понад", note=A, parent=ev)
    f("served", "families", 180, "отримали близько 180 сімей", service="natural_aid", qualifier="близько", note=A)
    rs = f("survey_respondents", "recipients", 64, "в опитуванні взяли участь 64 отримувачі послуг", unit_alt="persons")
    e1 = f("share", "percent", 40, "Понад 40 % оцінили роботу Центру на «відмінно»", alt=["satisfaction"],
           label="оцінили роботу на «відмінно»", qualifier="понад", note=A)
    e2 = f("share", "percent", 51.6, "ще 51,6 % – на «добре»", alt=["satisfaction"], label="оцінили роботу на «добре»")
    f("complaints", "complaints", 0, "Скарг не надходило.")
    act = f("staff_actual", "staff", 9, "У Центрі працює 9 працівників")
    pos = f("staff_positions", "positions", 10, "при 10 штатних посадах")
    tr = f("staff_trained", "staff", 4, "4 фахівці цього півріччя пройшли навчання")
    f("budget_spent", "uah", 1900000, "Касові видатки за півріччя склали майже 1,9 млн грн", qualifier="майже", note=A)
    f("budget_received", "uah", 60000, "на спецрахунок надійшло близько 60 тис. грн",
      label="спеціальний фонд, благодійні кошти", qualifier="близько", note=A)
    st2 = f("support_started", "families", 16, "сімей, узятих під супровід у цьому півріччі, – 16",
            service="social_support_sjo", note="the same indicator and period as the 14 of paragraph 5: the planted slip")
    g.slip("internal_conflict", "error", "сімей, узятих під супровід у цьому півріччі, – 16", 16, 14, [st1, st2],
           "families taken under social support in H1 2023: 14 in the account of the half-year, 16 in the summing-up",
           f"{F(st1)} == {F(st2)}")
    g.check("parts_sum", "з них 1 318 – консультування і 604 – інформування",
            "1 318 + 604 = 1 922 ≤ «понад 2,5 тисячі» (a partial list; the bound holds)", f"{F(c1)} + {F(c2)} <= {F(sp)}")
    g.check("parts_sum", "складні життєві обставини виявлено у 17 із них", "17 ≤ 23 assessed = 23 notified",
            f"{F(sj)} <= {F(na)} and {F(na)} == {F(nt)}")
    g.check("percent_mismatch", "з них 9 – з позитивним результатом (75 %)", "9 / 12 = 75 %", f"pct_ok(p{n(op)}, {F(op)}, {F(co)}, 0)")
    g.check("parts_sum", "Завершили супровід 12 сімей", "14 taken and 12 completed ≤ 31 under support",
            f"{F(st1)} <= {F(sup)} and {F(co)} <= {F(sup)}")
    g.check("percent_impossible", "ще 51,6 % – на «добре»", "33 of 64 = 51,56 % → 51,6", f"grim_ok({F(e2)}, {F(rs)}, 1)")
    g.check("percents_sum", "Понад 40 % оцінили роботу Центру на «відмінно», ще 51,6 % – на «добре»; незадоволених не було",
            "«відмінно» + «добре» must be 100 % (no one dissatisfied): 100 − 51,6 = 48,4 %, which is «понад 40 %» "
            "(and 31 of 64 = 48,4 %). Consistent with the hedge; not a finding",
            f"{F(e1)} < 100 - {F(e2)} and grim_ok(100 - {F(e2)}, {F(rs)}, 1)")
    g.check("parts_sum", "У Центрі працює 9 працівників при 10 штатних посадах", "4 trained ≤ 9 working ≤ 10 positions",
            f"{F(tr)} <= {F(act)} <= {F(pos)}")
    S = g.skip
    S("11552, с. Горщик, вул. Шкільна, 3; тел. (04142) 0-61-25", [11552, 3, 4142, 6125],
      "postcode, address, phone (invalid 0 after the area code)")
    S("№ 87 від 05.07.2023", [87, 5, 7, 2023], "outgoing number and date")
    S("за І півріччя 2023 року", ["І", 2023], "period of the title")
    S("Перше півріччя 2023 року", [2023], "year")
    S("У громаді, де проживає трохи більше 7 тисяч людей", [7000], "population (hedged)")
    S("це майже вдвічі більше, ніж за аналогічний період минулого року", [], "comparison in words, no figure («майже вдвічі»)")
    S("Майже половина з них – внутрішньо переміщені особи", [], "proportion in words, no figure («майже половина»)")
    S("яких у громаді зараз понад 900", [900], "population (IDPs living in the hromada)")
    S("Кожна п'ята сім'я, що звернулася", [], "proportion in words, no figure («кожна п'ята»)")
    S("Десятки консультацій фахівці провели телефоном", [], "indefinite quantity in words («десятки»)")
    S("Кожна десята сім'я під супроводом виховує дитину з інвалідністю", [], "proportion in words («кожна десята»)")
    S("що більше ніж удвічі перевищує показник першого півріччя 2022 року (7 сімей)", [2022, 7],
      "comparison in words («більше ніж удвічі»), prior-year figure")
    S("У другому півріччі плануємо охопити супроводом ще щонайменше 10 сімей", [10], "plan")
    g.note("Hedging rule. (1) A hedge with a written number («близько 300», «понад 2,5 тисячі», «понад 350», «майже 1,9 млн», "
           "«близько 60 тис.», «понад 40 %») is a fact whose value is the number as written: SPEC §2 has no qualifier "
           "column, and the set's convention is «понад 600» = 600. The hedge word is kept in the gold-only key "
           "`qualifier` (not scored). (2) Proportions, multiples and indefinite quantities in words with no number "
           "(«майже половина», «кожна п'ята / десята», «майже вдвічі», «більше ніж удвічі», «десятки») are skipped: the "
           "value would have to be invented. Numbers in words that are the figure itself would still be facts (none here "
           "besides «всім 23», where 23 is written). (3) Checks never treat a hedged value as exact: they only test bounds.")
    g.note("«ми працювали з близько 300 сім'ями» → served families 300 (no service). «Гуманітарну допомогу … отримали близько "
           "180 сімей» → served natural_aid.")
    g.note("«Оцінку потреб ми провели всім 23 сім'ям» → needs_assessed 23; «СЖО виявлено у 17 із них» → "
           "in_difficult_circumstances 17, parent needs_assessed.")
    g.note("Survey: «Понад 40 % … на «відмінно»» and «51,6 % – на «добре»» → share with labels (alt satisfaction); "
           "no count is written.")
    g.note("Planted slip: 14 families taken under support in paragraph 5, but 16 in the summing-up: internal_conflict.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
