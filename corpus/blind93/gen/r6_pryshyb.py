"""b93_06: Центр соціальних служб Пришибської сільської ради (Полтавська), information for Q3 2024.
DOCX, third person, a services table with «Усього». No planted slip: everything adds up."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

DOC = "b93_06_pryshyb_css_q3_2024.docx"

TABLE = [("Соціальна послуга", "Отримувачі (сімей/осіб)", "Кількість наданих послуг"),
         ("Інформування", "147", "163"),
         ("Консультування", "96", "241"),
         ("Соціальний супровід сімей (осіб), які перебувають у СЖО", "26", "198"),
         ("Кризове та екстрене втручання", "3", "7"),
         ("Представництво інтересів", "5", "9"),
         ("Усього", "277", "618")]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)

    def p(text, bold=False, align=None):
        para = d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        if align == "c":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return para

    p("Начальнику відділу соціального захисту населення Пришибської сільської ради", align="r")
    p("ІНФОРМАЦІЯ", bold=True, align="c")
    p("про роботу Центру соціальних служб Пришибської сільської ради у ІІІ кварталі 2024 року", bold=True, align="c")
    p("Центр соціальних служб Пришибської сільської ради (код ЄДРПОУ 43920517, 39751, Полтавська обл., "
      "Кременчуцький р-н, с. Пришиб, вул. Миру, 9, тел. (05348) 0-42-17) у липні – вересні 2024 року "
      "здійснював соціальну роботу з сім'ями, дітьми та молоддю відповідно до плану роботи, затвердженого "
      "наказом від 27.06.2024 № 58.")
    p("Виявлення сімей. За квартал до Центру надійшли повідомлення про 34 сім'ї, які можуть перебувати у "
      "складних життєвих обставинах: від служби у справах дітей – 12, від закладів освіти – 9, від "
      "ювенальної превенції поліції – 8, від старост – 5 (у ІІІ кварталі 2023 року – 27).")
    p("Оцінювання потреб. Фахівці Центру провели оцінку потреб 31 сім'ї; ще 3 повідомлення не "
      "підтвердилися під час першого відвідування. За результатами оцінки 19 сімей визнано такими, що "
      "перебувають у складних життєвих обставинах, у них виховується 42 дитини. Серед них 7 сімей "
      "внутрішньо переміщених осіб (36,8 %).")
    p("Соціальний супровід. У ІІІ кварталі під соціальним супроводом перебували 26 сімей, у яких "
      "виховується 58 дітей; 11 із цих сімей взято під супровід у звітному кварталі. Завершено супровід "
      "8 сімей: у п'яти сім'ях складні життєві обставини подолано, у двох – мінімізовано, в одній сім'ї "
      "результату не досягнуто через відмову батьків від співпраці.")
    p("Надання соціальних послуг у ІІІ кварталі 2024 року наведено в таблиці.")
    t = d.add_table(rows=len(TABLE), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    p("Прийомні сім'ї та ДБСТ. Центр здійснює соціальний супровід двох прийомних сімей, у яких "
      "виховується 7 дітей, та одного дитячого будинку сімейного типу (6 дітей). Планове відвідування "
      "кожної сім'ї проводиться не рідше 1 разу на місяць.")
    p("Профілактична робота. Проведено 2 групові заходи – тренінг «Школа відповідального батьківства» "
      "(4 заняття) та зустріч з учнями Пришибського ліцею, – участь у них взяли 24 особи. На «гарячу "
      "лінію» Центру надійшов 41 дзвінок.")
    p("Кадри. Штатним розписом передбачено 9 посад, фактично працює 8 фахівців; одна посада фахівця із "
      "соціальної роботи вакантна з 15.08.2024.")
    p("Директор Центру                                         __________")
    p("10.10.2024")
    save_docx(d, path, author="ЦСС Пришибської сільської ради")


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Пришибської сільської ради",
        "centre_type": "css", "settlement": "Пришиб", "oblast": "Полтавська",
        "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30",
    })
    f = g.f
    nt = f("notified", "families", 34, "надійшли повідомлення про 34 сім'ї")
    srcs = [("від служби у справах дітей – 12", 12, "служба у справах дітей"),
            ("від закладів освіти – 9", 9, "заклади освіти"),
            ("від ювенальної превенції поліції – 8", 8, "ювенальна превенція поліції"),
            ("від старост – 5", 5, "старости")]
    nts = [f("notified", "families", v, q, label=l, group="notified_34_by_source", parent=nt) for q, v, l in srcs]
    na = f("needs_assessed", "families", 31, "Фахівці Центру провели оцінку потреб 31 сім'ї")
    sz = f("in_difficult_circumstances", "families", 19,
           "За результатами оцінки 19 сімей визнано такими, що перебувають у складних життєвих обставинах")
    szc = f("in_difficult_circumstances", "children", 42, "у них виховується 42 дитини", parent=sz)
    szi = f("in_difficult_circumstances", "families", 7, "Серед них 7 сімей внутрішньо переміщених осіб (36,8 %)",
            percent=36.8, category="внутрішньо переміщені особи", parent=sz)
    sup = f("served", "families", 26, "під соціальним супроводом перебували 26 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
    supc = f("served", "children", 58, "у яких виховується 58 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    sst = f("support_started", "families", 11, "11 із цих сімей взято під супровід у звітному кварталі",
            service="social_support_sjo", parent=sup)
    cmp_ = f("support_completed", "families", 8, "Завершено супровід 8 сімей", service="social_support_sjo",
             parent=sup)
    o1 = f("outcome_positive", "families", 5, "у п'яти сім'ях складні життєві обставини подолано",
           service="social_support_sjo", group="completed_8_by_result", parent=cmp_, note="number in words")
    o2 = f("outcome_minimized", "families", 2, "у двох – мінімізовано", service="social_support_sjo",
           group="completed_8_by_result", parent=cmp_, note="number in words")
    o3 = f("outcome_negative", "families", 1, "в одній сім'ї результату не досягнуто", service="social_support_sjo",
           group="completed_8_by_result", parent=cmp_, note="number in words")
    tq = "\t".join(TABLE[-1])
    tr_ = f("served", "families_persons", 277, tq, label="Усього (таблиця)")
    tn = f("services_provided", "services", 618, tq, label="Усього (таблиця)")
    sids = ["informing", "counselling", "social_support_sjo", "crisis_intervention", "representation"]
    rr, rn = [], []
    for sid, row in zip(sids, TABLE[1:-1]):
        q = "\t".join(row)
        rr.append(f("served", "families_persons", int(row[1]), q, service=sid, group="table_recipients", parent=tr_))
        rn.append(f("services_provided", "services", int(row[2]), q, service=sid, group="table_services", parent=tn))
    pf = f("served", "families", 2, "соціальний супровід двох прийомних сімей", service="social_support_foster",
           label="прийомні сім'ї", note="number in words")
    pfc = f("served", "children", 7, "у яких виховується 7 дітей", service="social_support_foster", parent=pf)
    db = f("served", "families", 1, "одного дитячого будинку сімейного типу", service="social_support_foster",
           label="ДБСТ", note="number in words")
    dbc = f("served", "children", 6, "(6 дітей)", service="social_support_foster", parent=db)
    ev = f("events", "events", 2, "Проведено 2 групові заходи")
    evp = f("event_participants", "persons", 24, "участь у них взяли 24 особи", parent=ev)
    cl = f("calls", "calls", 41, "надійшов 41 дзвінок")
    pos = f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    act = f("staff_actual", "staff", 8, "фактично працює 8 фахівців")

    g.check("parts_sum", "від служби у справах дітей – 12, від закладів освіти – 9", "12 + 9 + 8 + 5 = 34",
            " + ".join(nts) + f" == {nt}")
    g.check("parts_sum", "ще 3 повідомлення не підтвердилися", "31 assessed + 3 not confirmed = 34 notified",
            f"{na} + 3 == {nt}")
    g.check("parts_sum", "19 сімей визнано такими", "19 ≤ 31 assessed; 7 ≤ 19", f"{sz} <= {na} and {szi} <= {sz}")
    g.check("percent_mismatch", "7 сімей внутрішньо переміщених осіб (36,8 %)", "7 / 19 = 36,84 % → 36,8",
            f"pct_ok(p{szi[1:]}, {szi}, {sz}, 1)")
    g.check("parts_sum", "Завершено супровід 8 сімей", "5 + 2 + 1 = 8", f"{o1} + {o2} + {o3} == {cmp_}")
    g.check("parts_sum", "11 із цих сімей взято під супровід", "11 ≤ 26, 8 ≤ 26", f"{sst} <= {sup} and {cmp_} <= {sup}")
    g.check("table_arithmetic", tq, "147 + 96 + 26 + 3 + 5 = 277", " + ".join(rr) + f" == {tr_}")
    g.check("table_arithmetic", tq, "163 + 241 + 198 + 7 + 9 = 618", " + ".join(rn) + f" == {tn}")
    g.check("internal_conflict", "під соціальним супроводом перебували 26 сімей",
            "prose 26 families under support = table row 26", f"{sup} == {rr[2]}")
    g.check("parts_sum", "фактично працює 8 фахівців", "9 positions − 8 working = 1 vacancy (written «одна»)",
            f"{pos} - {act} == 1")

    sk = g.skip
    sk("у ІІІ кварталі 2024 року", [2024], "period in the title")
    sk("(код ЄДРПОУ 43920517, 39751, Полтавська обл., Кременчуцький р-н, с. Пришиб, вул. Миру, 9, тел. (05348) 0-42-17)",
       [43920517, 39751, 9, 5348, 4217], "ЄДРПОУ, postcode, address, phone")
    sk("у липні – вересні 2024 року", [2024], "period")
    sk("наказом від 27.06.2024 № 58", [27, 6, 2024, 58], "order date and number")
    sk("(у ІІІ кварталі 2023 року – 27)", [2023, 27], "prior-year figure")
    sk("ще 3 повідомлення не підтвердилися під час першого відвідування", [3],
       "unconfirmed notifications: no §3 id (used as a literal in a check)")
    sk("Надання соціальних послуг у ІІІ кварталі 2024 року наведено в таблиці.", [2024], "year")
    sk("не рідше 1 разу на місяць", [1], "frequency")
    sk("(4 заняття)", [4], "sessions of one training")
    sk("одна посада фахівця із соціальної роботи вакантна з 15.08.2024", [1, 15, 8, 2024], "vacancy and date")
    sk("10.10.2024", [10, 10, 2024], "date")
    g.note("oblast: «Полтавська обл.» in the centre's address → Полтавська")
    g.note("«повідомлення про 34 сім'ї» → notified families, its sources a partition (group)")
    g.note("outcomes in words (п'яти, двох, одній) are facts; «результату не досягнуто» → outcome_negative")
    g.note("the table's «Соціальний супровід» row 26 (families_persons) and the prose 26 families are two facts")
    g.note("foster families and the ДБСТ are served with service social_support_foster; «двох», «одного» in words")
    g.note("no planted slip: every sum adds up (see checks_passed)")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
