"""b20_01: Центр соціальних служб Славутської міської ради (Хмельницька), annual report 2024. DOCX.

Numbered section headings, official prose with inverted word order («Сімей, охоплених ... , – 63»),
a number in words («дев'ять працівників»), thin/no-break spaces in thousands, and a service table
whose header spans two rows («Отримувачі» over «сімей» / «осіб») with the unit in the header.
Planted slip: «17 ... (28,6 %)» of the 63 families under support is 27,0 % (percent_mismatch).
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import Gold, fix_docx_props, freeze_zip, report_path

DOC = "b20_01_slavuta_css_annual2024.docx"
NB = "\u00a0"   # no-break space
TH = "\u202f"   # narrow no-break space (thousands)

HEAD = [
    "СЛАВУТСЬКА МІСЬКА РАДА",
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ",
    "30000, Хмельницька обл., м. Славута, вул. Соборності, 12; тел. (03842) 0-41-27; "
    "e-mail: css.slavuta@example.ua; код ЄДРПОУ 43815527",
]
TITLE = "ЗВІТ\nпро роботу Центру соціальних служб Славутської міської ради за 2024 рік"

P = [
    ("h", "1. Загальні відомості"),
    ("p", "Центр соціальних служб Славутської міської ради (далі – Центр) утворено рішенням "
          "Славутської міської ради від 18.12.2020 № 14-2/2020. Центр надає соціальні послуги "
          "мешканцям громади, яка налічує понад 52 тисячі жителів у 18 населених пунктах."),
    ("p", "Штатним розписом Центру передбачено 19 посад. Станом на 31.12.2024 фактично працює "
          "17 осіб, з них 11 фахівців із соціальної роботи. Протягом року підвищили кваліфікацію "
          "дев'ять працівників Центру (навчання на платформі НССУ, обласні семінари)."),
    ("h", "2. Виявлення сімей та оцінка потреб"),
    ("p", f"У 2024 році до Центру надійшли повідомлення про 214 сімей/осіб, які можуть перебувати "
          f"у складних життєвих обставинах (у 2023 році – 176). Оцінку потреб проведено 198 "
          f"сім'ям/особам (92,5{NB}%). За її результатами складні життєві обставини виявлено "
          f"у 87 сімей, в яких виховується 163 дитини."),
    ("h", "3. Соціальний супровід"),
    ("p", "Сімей, охоплених соціальним супроводом протягом року, – 63 (у них 141 дитина). "
          "Із них взято під супровід у 2024 році 38 сімей, решта 25 сімей перебували під "
          "супроводом з попереднього року. Серед сімей під супроводом 17 – сім'ї внутрішньо "
          f"переміщених осіб (28,6{NB}%), 9 – сім'ї, де батьки неналежно виконують батьківські обов'язки."),
    ("p", f"Завершено надання послуги соціального супроводу 41 сім'ї: з позитивним результатом "
          f"(складні життєві обставини подолано) – 29, мінімізовано складні життєві обставини – 7, "
          f"без результату – 3, у зв'язку зі зміною місця проживання – 2. Частка сімей, у яких "
          f"подолано складні життєві обставини, становить 70,7{NB}% від завершених випадків. "
          f"На кінець року під супроводом залишаються 22 сім'ї. Середня тривалість супроводу – "
          f"5,5 місяця."),
    ("p", "Соціальне супроводження здійснювалося щодо 8 сімей (6 прийомних сімей і 2 дитячих "
          "будинків сімейного типу), у яких виховується 27 дітей віком від 3 до 17 років."),
    ("h", "4. Надання соціальних послуг"),
    ("p", "Обсяги надання соціальних послуг наведено в таблиці 1."),
    ("tcap", "Таблиця 1. Надання соціальних послуг у 2024 році"),
    ("table", None),
    ("h", "5. Групова робота, звернення та скарги"),
    ("p", "Фахівцями Центру проведено 46 групових заходів (тренінги для батьків, батьківські клуби, "
          "заняття для підлітків), участь у яких взяли 612 осіб. Скарг на якість надання "
          "соціальних послуг у звітному році не надходило."),
    ("h", "6. Завдання на 2025 рік"),
    ("p", "У 2025 році Центр планує охопити соціальним супроводом не менше 70 сімей, відкрити "
          "2 групи взаємопідтримки для сімей ВПО та провести оцінку потреб громади."),
    ("p", "Звіт затверджено наказом директора Центру від 15.01.2025 № 4-од."),
    ("p", "Директор Центру                                    (підпис)"),
]

HEADER1 = ["Соціальна послуга", "Отримувачі", "", "Кількість наданих послуг, од."]
HEADER2 = ["", "сімей", "осіб", ""]
ROWS = [
    ["Інформування", "312", "486", f"1{TH}105"],
    ["Консультування", "274", "391", f"1{TH}362"],
    ["Соціальна профілактика", "45", "118", "207"],
    ["Соціальна адаптація", "–", "36", "144"],
    ["Соціальний супровід сімей у СЖО", "63", "–", "689"],
    ["Разом", "694", f"1{TH}031", f"3{TH}507"],
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TITLE.split("\n"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
    for kind, text in P:
        if kind == "h":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "p":
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "tcap":
            p = d.add_paragraph()
            p.add_run(text).italic = True
        elif kind == "table":
            t = d.add_table(rows=2 + len(ROWS), cols=4)
            t.style = "Table Grid"
            t.cell(0, 0).merge(t.cell(1, 0)).text = HEADER1[0]
            t.cell(0, 1).merge(t.cell(0, 2)).text = HEADER1[1]
            t.cell(0, 3).merge(t.cell(1, 3)).text = HEADER1[3]
            t.cell(1, 1).text = HEADER2[1]
            t.cell(1, 2).text = HEADER2[2]
            for i, row in enumerate(ROWS):
                for j, v in enumerate(row):
                    t.cell(2 + i, j).text = v
    fix_docx_props(d, author="ЦСС Славутської міської ради")
    out = report_path(DOC)
    d.save(out)
    freeze_zip(out)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Славутської міської ради",
        "centre_type": "css",
        "settlement": "Славута",
        "oblast": "Хмельницька",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    S = "social_support_sjo"
    F = "social_support_foster"
    pos = g.f("staff_positions", "positions", 19, "Штатним розписом Центру передбачено 19 посад")
    act = g.f("staff_actual", "staff", 17, "фактично працює 17 осіб")
    g.f("staff_actual", "staff", 11, "з них 11 фахівців із соціальної роботи",
        label="фахівці із соціальної роботи", parent=act)
    g.f("staff_trained", "staff", 9, "Протягом року підвищили кваліфікацію дев'ять працівників Центру",
        note="numeral written as a word")
    ntf = g.f("notified", "families_persons", 214,
              "надійшли повідомлення про 214 сімей/осіб")
    na = g.f("needs_assessed", "families_persons", 198, "Оцінку потреб проведено 198 сім'ям/особам (92,5 %)",
             percent=92.5)
    sjo = g.f("in_difficult_circumstances", "families", 87,
              "складні життєві обставини виявлено у 87 сімей", parent=na)
    g.f("in_difficult_circumstances", "children", 163, "у 87 сімей, в яких виховується 163 дитини",
        parent=sjo)
    sup = g.f("served", "families", 63, "Сімей, охоплених соціальним супроводом протягом року, – 63",
              service=S, alt=["support_ongoing"])
    g.f("served", "children", 141, "(у них 141 дитина)", service=S, alt=["support_ongoing"], parent=sup)
    st = g.f("support_started", "families", 38, "Із них взято під супровід у 2024 році 38 сімей",
             service=S, group="served_63_new_or_carried", parent=sup)
    carried = g.f("served", "families", 25,
                  "решта 25 сімей перебували під супроводом з попереднього року",
                  service=S, label="з попереднього року", alt=["support_ongoing"],
                  group="served_63_new_or_carried", parent=sup)
    idp = g.f("served", "families", 17, "Серед сімей під супроводом 17 – сім'ї внутрішньо переміщених осіб (28,6 %)",
              service=S, percent=28.6, category="сім'ї внутрішньо переміщених осіб", parent=sup)
    neg = g.f("served", "families", 9, "9 – сім'ї, де батьки неналежно виконують батьківські обов'язки",
              service=S, category="сім'ї, де батьки неналежно виконують батьківські обов'язки", parent=sup)
    comp = g.f("support_completed", "families", 41,
               "Завершено надання послуги соціального супроводу 41 сім'ї", service=S, parent=sup)
    o1 = g.f("outcome_positive", "families", 29,
             "з позитивним результатом (складні життєві обставини подолано) – 29",
             service=S, group="completed_41_by_outcome", parent=comp)
    o2 = g.f("outcome_minimized", "families", 7, "мінімізовано складні життєві обставини – 7",
             service=S, group="completed_41_by_outcome", parent=comp)
    o3 = g.f("outcome_negative", "families", 3, "без результату – 3",
             service=S, group="completed_41_by_outcome", parent=comp)
    o4 = g.f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2",
             service=S, label="зміна місця проживання", group="completed_41_by_outcome", parent=comp)
    shr = g.f("share", "percent", 70.7,
              "Частка сімей, у яких подолано складні життєві обставини, становить 70,7 % від завершених випадків",
              service=S, label="частка сімей, у яких подолано СЖО, від завершених випадків")
    ong = g.f("support_ongoing", "families", 22, "На кінець року під супроводом залишаються 22 сім'ї",
              service=S, parent=sup)
    fos = g.f("served", "families", 8, "Соціальне супроводження здійснювалося щодо 8 сімей", service=F)
    fo1 = g.f("served", "families", 6, "(6 прийомних сімей", service=F, category="прийомні сім'ї",
              group="foster_8_by_form", parent=fos)
    fo2 = g.f("served", "families", 2, "2 дитячих будинків сімейного типу", service=F,
              category="дитячі будинки сімейного типу", group="foster_8_by_form", parent=fos)
    g.f("served", "children", 27, "у яких виховується 27 дітей", service=F, parent=fos)

    # table 1
    rows = {
        "Інформування": ("informing", "Інформування\t312\t486\t1 105", 312, 486, 1105),
        "Консультування": ("counselling", "Консультування\t274\t391\t1 362", 274, 391, 1362),
        "Соціальна профілактика": ("social_prevention", "Соціальна профілактика\t45\t118\t207", 45, 118, 207),
        "Соціальна адаптація": ("social_adaptation", "Соціальна адаптація\t–\t36\t144", None, 36, 144),
        "Соціальний супровід сімей у СЖО": (S, "Соціальний супровід сімей у СЖО\t63\t–\t689", 63, None, 689),
    }
    tq = "Разом\t694\t1 031\t3 507"
    tf = g.f("served", "families", 694, tq, label="Разом")
    tp = g.f("served", "persons", 1031, tq, label="Разом")
    ts = g.f("services_provided", "services", 3507, tq, label="Разом")
    cells = {"fam": [], "per": [], "svc": []}
    for name, (svc, q, fam, per, n) in rows.items():
        if fam is not None:
            cells["fam"].append(g.f("served", "families", fam, q, service=svc, label=name,
                                    group="table1_families", parent=tf))
        if per is not None:
            cells["per"].append(g.f("served", "persons", per, q, service=svc, label=name,
                                    group="table1_persons", parent=tp))
        cells["svc"].append(g.f("services_provided", "services", n, q, service=svc, label=name,
                                group="table1_services", parent=ts))
    ev = g.f("events", "events", 46, "проведено 46 групових заходів")
    g.f("event_participants", "persons", 612, "участь у яких взяли 612 осіб", parent=ev)
    g.f("complaints", "complaints", 0,
        "Скарг на якість надання соціальних послуг у звітному році не надходило")

    # -- audit ------------------------------------------------------------
    g.slip("percent_mismatch", "error",
           "Серед сімей під супроводом 17 – сім'ї внутрішньо переміщених осіб (28,6 %)",
           28.6, 27.0, [idp, sup],
           "17 of the 63 families under support is 26,98 % → 27,0 %; 28,6 % is 18 of 63",
           f"pct_ok(p{idp[1:]}, f{idp[1:]}, f{sup[1:]}, 1)")

    def v(fid):
        return "f" + fid[1:]

    def pv(fid):
        return "p" + fid[1:]

    g.check("percent_mismatch", "Оцінку потреб проведено 198 сім'ям/особам (92,5 %)",
            "198 / 214 = 92,52 % → 92,5", f"pct_ok({pv(na)}, {v(na)}, {v(ntf)}, 1)")
    g.check("parts_sum", "складні життєві обставини виявлено у 87 сімей",
            "87 ≤ 198 assessed ≤ 214 notified", f"{v(sjo)} <= {v(na)} <= {v(ntf)}")
    g.check("parts_sum", "Із них взято під супровід у 2024 році 38 сімей",
            "38 new + 25 carried over = 63", f"{v(st)} + {v(carried)} == {v(sup)}")
    g.check("parts_sum", "Серед сімей під супроводом 17",
            "overlapping categories 17 and 9 each ≤ 63", f"{v(idp)} <= {v(sup)} and {v(neg)} <= {v(sup)}")
    g.check("parts_sum", "Завершено надання послуги соціального супроводу 41 сім'ї",
            "29 + 7 + 3 + 2 = 41", f"{v(o1)} + {v(o2)} + {v(o3)} + {v(o4)} == {v(comp)}")
    g.check("percent_mismatch", "становить 70,7 % від завершених випадків",
            "29 / 41 = 70,73 % → 70,7", f"pct_ok({v(shr)}, {v(o1)}, {v(comp)}, 1)")
    g.check("parts_sum", "На кінець року під супроводом залишаються 22 сім'ї",
            "63 under support − 41 completed = 22 still under support", f"{v(sup)} - {v(comp)} == {v(ong)}")
    g.check("parts_sum", "(6 прийомних сімей і 2 дитячих будинків сімейного типу)",
            "6 + 2 = 8", f"{v(fo1)} + {v(fo2)} == {v(fos)}")
    g.check("table_arithmetic", tq, "families column: 312 + 274 + 45 + 63 = 694",
            " + ".join(v(x) for x in cells["fam"]) + f" == {v(tf)}")
    g.check("table_arithmetic", tq, "persons column: 486 + 391 + 118 + 36 = 1 031",
            " + ".join(v(x) for x in cells["per"]) + f" == {v(tp)}")
    g.check("table_arithmetic", tq, "services column: 1 105 + 1 362 + 207 + 144 + 689 = 3 507",
            " + ".join(v(x) for x in cells["svc"]) + f" == {v(ts)}")
    g.check("internal_conflict", "Соціальний супровід сімей у СЖО\t63\t–\t689",
            "table row 63 families = prose 63 families under support", f"{v(cells['fam'][3])} == {v(sup)}")
    g.check("parts_sum", "Штатним розписом Центру передбачено 19 посад",
            "17 working ≤ 19 positions; 11 social workers ≤ 17", f"{v(act)} <= {v(pos)}")

    # -- skipped ----------------------------------------------------------
    g.skip("30000, Хмельницька обл., м. Славута, вул. Соборності, 12; тел. (03842) 0-41-27", [30000, 12, 3842, 4127],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 43815527", [43815527], "ЄДРПОУ")
    g.skip("рішенням Славутської міської ради від 18.12.2020 № 14-2/2020", [18, 12, 2020, 14, 2, 2020],
           "decision date and number")
    g.skip("понад 52 тисячі жителів у 18 населених пунктах", [52, 18], "population (тисячі) and settlement count")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("(у 2023 році – 176)", [2023, 176], "prior-year figure")
    g.skip("Середня тривалість супроводу – 5,5 місяця.", [5.5], "duration")
    g.skip("у яких виховується 27 дітей віком від 3 до 17 років", [3, 17], "ages")
    g.skip("Таблиця 1. Надання соціальних послуг у 2024 році", [1], "table number")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.skip("У 2025 році Центр планує охопити соціальним супроводом не менше 70 сімей, відкрити 2 групи",
           [2025, 70, 2], "2025 plan")
    g.skip("наказом директора Центру від 15.01.2025 № 4-од", [15, 1, 2025, 4], "order date and number")

    g.note("«Сімей, охоплених соціальним супроводом протягом року, – 63» → served (alt support_ongoing); "
           "«решта 25 сімей перебували під супроводом з попереднього року» → served with a label (alt support_ongoing); "
           "38 + 25 = 63 is a partition (group)")
    g.note("the 17 IDP families and the 9 families with neglectful parents are overlapping «серед» categories: parent only")
    g.note("«70,7 % від завершених випадків» is a standalone share (29 / 41), not a percent of a count in the same clause")
    g.note("table 1: every cell is a fact quoted by its row; «–» cells give no fact; rows hang on the «Разом» cell of the "
           "same column. The social-support row (63 families) repeats the prose figure: two facts")
    g.note("«дев'ять працівників» → staff_trained 9 (number in words)")
    g.note("the 8 foster families: 6 прийомних + 2 ДБСТ form a partition; 27 children hang on the 8")
    g.write()


if __name__ == "__main__":
    build()
    gold()
