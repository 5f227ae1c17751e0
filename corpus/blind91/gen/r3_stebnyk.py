"""b91_03: служба у справах дітей Стебницької міської ради (Львівська), information for 9 months of 2024.
DOCX (python-docx): impersonal prose and a table «Показник | 9 місяців 2023 | 9 місяців 2024» whose
2023 column is a trap. No planted slip: everything adds up."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b91_03_stebnyk_ssd_9m2024.docx"

P = [
    ("h", "СТЕБНИЦЬКА МІСЬКА РАДА\nСЛУЖБА У СПРАВАХ ДІТЕЙ"),
    ("p", "82172, Львівська обл., Дрогобицький р-н, м. Стебник, вул. Дрогобицька, 4, тел. (03244) 0-71-25, "
          "код ЄДРПОУ 44016293"),
    ("p", "від 07.10.2024 № 02-11/318"),
    ("h", "ІНФОРМАЦІЯ\nпро діяльність служби у справах дітей за 9 місяців 2024 року"),
    ("p", "Служба у справах дітей Стебницької міської ради (далі – служба) є виконавчим органом міської ради, "
          "утвореним рішенням від 18.12.2020 № 23. На території громади проживає 3 918 дітей віком до 18 років."),
    ("p", "1. Діти-сироти та діти, позбавлені батьківського піклування. Станом на 01.10.2024 на первинному обліку "
          "служби перебуває 63 дитини-сироти та дитини, позбавлені батьківського піклування, з них 21 дитина-сирота "
          "і 42 дитини, позбавлені батьківського піклування. За звітний період на облік поставлено 9 дітей, "
          "знято з обліку 7 дітей: у зв'язку з досягненням повноліття – 5, у зв'язку з усиновленням – 2."),
    ("p", "У сімейних формах виховання (опіка, піклування, прийомні сім'ї, ДБСТ) перебуває 56 дітей, "
          "що становить 88,9 % від кількості дітей на обліку; у закладах інституційного догляду – 7."),
    ("p", "2. Діти у складних життєвих обставинах. На обліку дітей, які перебувають у складних життєвих "
          "обставинах, на кінець звітного періоду – 38 дітей із 24 сімей. Протягом дев'яти місяців взято на облік "
          "12 дітей, знято з обліку 10 дітей, з них 8 – у зв'язку з поліпшенням ситуації в сім'ї, "
          "2 – у зв'язку зі зміною місця проживання."),
    ("p", "3. Основні показники роботи служби наведено в таблиці 1 (у порівнянні з відповідним періодом "
          "2023 року)."),
]

TABLE_HEAD = ["№ з/п", "Показник", "9 місяців 2023 р.", "9 місяців 2024 р."]
TABLE = [
    ("1", "Надійшло повідомлень про дітей, які можуть перебувати у СЖО", "41", "47"),
    ("2", "Розглянуто звернень громадян", "112", "126"),
    ("3", "Надано статус дитини, яка постраждала внаслідок воєнних дій і збройних конфліктів", "18", "23"),
    ("4", "Проведено рейдів «Діти вулиці», «Вокзал»", "14", "16"),
    ("5", "Проведено засідань комісії з питань захисту прав дитини", "9", "11"),
    ("6", "Надійшло дзвінків на телефон довіри служби", "67", "74"),
    ("7", "Проведено профілактичних заходів у закладах освіти", "22", "25"),
]

TAIL = [
    ("p", "Профілактичними заходами охоплено 1 140 учнів 5–11 класів. Серед повідомлень, що надійшли, "
          "29 стосувалися ухилення батьків від виконання батьківських обов'язків, 18 – інших причин."),
    ("p", "4. Кадрове забезпечення. Штатна чисельність служби – 6 посад, фактично працює 5 працівників, "
          "1 вакансія. Начальник служби та 2 головні спеціалісти взяли участь у навчанні з питань "
          "ведення ЄІАС «Діти» (16 годин)."),
    ("p", "На IV квартал 2024 року заплановано проведення 8 профілактичних рейдів."),
    ("p", "Начальник служби у справах дітей                                  (підпис)"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, txt in P:
        for line in txt.split("\n"):
            par = d.add_paragraph(line)
            if kind == "h":
                par.alignment = 1
                for r in par.runs:
                    r.bold = True
    cap = d.add_paragraph("Таблиця 1")
    cap.alignment = 2
    t = d.add_table(rows=1 + len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(TABLE_HEAD):
        t.rows[0].cells[i].text = h
    for r, row in enumerate(TABLE, start=1):
        for i, c in enumerate(row):
            t.rows[r].cells[i].text = c
    for kind, txt in TAIL:
        d.add_paragraph(txt)
    fix_docx_props(d, "ССД")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Стебницької міської ради",
        "centre_type": "other",
        "settlement": "Стебник",
        "oblast": "Львівська",
        "report_kind": "period_report",
        "period_start": "2024-01-01",
        "period_end": "2024-09-30",
    })
    n = lambda fid: fid[1:]  # noqa: E731
    reg = g.f("registered", "children", 63,
              "на первинному обліку служби перебуває 63 дитини-сироти та дитини, позбавлені батьківського піклування",
              label="діти-сироти та діти, позбавлені батьківського піклування")
    orph = g.f("registered", "children", 21, "з них 21 дитина-сирота", label="діти-сироти",
               group="registered_63_by_status", parent=reg)
    dep = g.f("registered", "children", 42, "і 42 дитини, позбавлені батьківського піклування",
              label="діти, позбавлені батьківського піклування", group="registered_63_by_status", parent=reg)
    rn = g.f("registered_new", "children", 9, "За звітний період на облік поставлено 9 дітей",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    dr = g.f("deregistered", "children", 7, "знято з обліку 7 дітей",
             label="діти-сироти та діти, позбавлені батьківського піклування")
    dr1 = g.f("deregistered", "children", 5, "у зв'язку з досягненням повноліття – 5", label="досягнення повноліття",
              group="deregistered_7_by_reason", parent=dr)
    dr2 = g.f("deregistered", "children", 2, "у зв'язку з усиновленням – 2", label="усиновлення",
              group="deregistered_7_by_reason", parent=dr)
    sj = g.f("registered", "children", 38, "на кінець звітного періоду – 38 дітей із 24 сімей",
             label="діти у складних життєвих обставинах", alt=["in_difficult_circumstances"])
    sjf = g.f("registered", "families", 24, "38 дітей із 24 сімей", label="сім'ї дітей у складних життєвих обставинах",
              alt=["in_difficult_circumstances"], uncertain=True,
              note="families of the 38 children; a count of families written with children")
    sjn = g.f("registered_new", "children", 12, "Протягом дев'яти місяців взято на облік 12 дітей",
              label="діти у складних життєвих обставинах")
    sjd = g.f("deregistered", "children", 10, "знято з обліку 10 дітей", label="діти у складних життєвих обставинах")
    sjd1 = g.f("outcome_positive", "children", 8, "з них 8 – у зв'язку з поліпшенням ситуації в сім'ї",
               alt=["deregistered"], label="поліпшення ситуації в сім'ї", group="deregistered_10_by_reason",
               parent=sjd)
    sjd2 = g.f("outcome_other", "children", 2, "2 – у зв'язку зі зміною місця проживання",
               alt=["deregistered"], label="зміна місця проживання", group="deregistered_10_by_reason", parent=sjd)
    t1 = g.f("notified", "children", 47, "1\tНадійшло повідомлень про дітей, які можуть перебувати у СЖО\t41\t47",
             unit_alt="applications", note="table row 1, 2024 column")
    t2 = g.f("applied", "applications", 126, "2\tРозглянуто звернень громадян\t112\t126")
    t3 = g.f("registered_new", "children", 23,
             "3\tНадано статус дитини, яка постраждала внаслідок воєнних дій і збройних конфліктів\t18\t23",
             label="статус дитини, яка постраждала внаслідок воєнних дій і збройних конфліктів")
    t6 = g.f("calls", "calls", 74, "6\tНадійшло дзвінків на телефон довіри служби\t67\t74")
    t7 = g.f("events", "events", 25, "7\tПроведено профілактичних заходів у закладах освіти\t22\t25")
    t7p = g.f("event_participants", "children", 1140, "Профілактичними заходами охоплено 1 140 учнів 5–11 класів",
              unit_alt="persons", parent=t7)
    nt1 = g.f("notified", "children", 29, "29 стосувалися ухилення батьків від виконання батьківських обов'язків",
              unit_alt="applications", label="ухилення батьків від виконання батьківських обов'язків",
              group="notified_47_by_reason", parent=t1)
    nt2 = g.f("notified", "children", 18, "18 – інших причин", unit_alt="applications", label="інші причини",
              group="notified_47_by_reason", parent=t1)
    sp = g.f("staff_positions", "positions", 6, "Штатна чисельність служби – 6 посад")
    sa = g.f("staff_actual", "staff", 5, "фактично працює 5 працівників")
    stt = g.f("staff_trained", "staff", 3,
              "Начальник служби та 2 головні спеціалісти взяли участь у навчанні",
              note="1 + 2 = 3 staff; the figure is not written as one number")

    g.check("parts_sum", "з них 21 дитина-сирота", "21 + 42 = 63", f"f{n(orph)} + f{n(dep)} == f{n(reg)}")
    g.check("parts_sum", "знято з обліку 7 дітей", "5 + 2 = 7", f"f{n(dr1)} + f{n(dr2)} == f{n(dr)}")
    g.check("parts_sum", "знято з обліку 10 дітей", "8 + 2 = 10", f"f{n(sjd1)} + f{n(sjd2)} == f{n(sjd)}")
    g.check("parts_sum", "29 стосувалися ухилення батьків", "29 + 18 = 47 notifications of table row 1",
            f"f{n(nt1)} + f{n(nt2)} == f{n(t1)}")
    g.check("percent_mismatch", "перебуває 56 дітей, що становить 88,9 % від кількості дітей на обліку",
            "56 / 63 = 88,89 % → 88,9 (56 has no §3 id; literal)", f"pct_ok(88.9, 56, f{n(reg)}, 1)")
    g.check("parts_sum", "у закладах інституційного догляду – 7", "56 in family forms + 7 in institutions = 63",
            f"56 + 7 == f{n(reg)}")
    g.check("parts_sum", "фактично працює 5 працівників", "3 trained ≤ 5 working ≤ 6 positions; 6 − 5 = 1 vacancy",
            f"f{n(stt)} <= f{n(sa)} <= f{n(sp)} and f{n(sp)} - f{n(sa)} == 1")

    g.skip("82172, Львівська обл., Дрогобицький р-н, м. Стебник, вул. Дрогобицька, 4, тел. (03244) 0-71-25",
           [82172, 4, 3244, 7125], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44016293", [44016293], "ЄДРПОУ")
    g.skip("від 07.10.2024 № 02-11/318", [7, 10, 2024, 2, 11, 318], "outgoing date and number")
    g.skip("за 9 місяців 2024 року", [9, 2024], "period")
    g.skip("утвореним рішенням від 18.12.2020 № 23", [18, 12, 2020, 23], "decision date and number")
    g.skip("На території громади проживає 3 918 дітей віком до 18 років.", [3918, 18], "child population, age")
    g.skip("Станом на 01.10.2024", [1, 10, 2024], "date")
    g.skip("перебуває 56 дітей, що становить 88,9 % від кількості дітей на обліку; у закладах інституційного догляду – 7.",
           [56, 88.9, 7], "placements by form (no §3 id); used as literals in two checks")
    g.skip("1. Діти-сироти", [1, 2, 3, 4], "paragraph numbers")
    g.skip("(у порівнянні з відповідним періодом 2023 року)", [2023], "comparison year")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("№ з/п\tПоказник\t9 місяців 2023 р.\t9 місяців 2024 р.", [9, 2023, 9, 2024], "table header")
    g.skip("1\tНадійшло повідомлень", [1, 2, 3, 4, 5, 6, 7], "row numbers")
    g.skip("41\t47", [41, 112, 18, 14, 9, 67, 22], "the 2023 column (prior-year figures)")
    g.skip("4\tПроведено рейдів «Діти вулиці», «Вокзал»\t14\t16", [16], "raids (no §3 id)")
    g.skip("5\tПроведено засідань комісії з питань захисту прав дитини\t9\t11", [11], "commission sittings (no §3 id)")
    g.skip("учнів 5–11 класів", [5, 11], "school grades")
    g.skip("1 вакансія", [1], "vacancy (no §3 id)")
    g.skip("(16 годин)", [16], "duration")
    g.skip("На IV квартал 2024 року заплановано проведення 8 профілактичних рейдів.", [4, 2024, 8], "plan")
    g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new / "
           "deregistered (children), told apart by label")
    g.note("table: only the 2024 column carries facts; rows 4 (raids) and 5 (commission sittings) have no §3 id")
    g.note("«38 дітей із 24 сімей» → registered children 38 and a families row 24 (uncertain)")
    g.note("reasons of deregistration for СЖО children: «поліпшення ситуації» → outcome_positive "
           "(alt deregistered), «зміна місця проживання» → outcome_other (alt deregistered)")
    g.note("war-affected status granted (table row 3) → registered_new with a label, as in blind18")
    g.note("«Начальник служби та 2 головні спеціалісти» → staff_trained 3 (the count is not written as one figure)")
    g.write()


if __name__ == "__main__":
    main()
