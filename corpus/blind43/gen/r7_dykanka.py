"""b43_07: ТЦСО Диканської селищної ради (Полтавська), annual report for 2025. DOCX with
(1) a table whose header has two levels merged across (gridSpan: «2024 рік», «2025 рік» over
«I пів.», «II пів.») and down (vMerge: «Показник»), and (2) a transposed table: quarters as rows,
indicators as columns, with a total row. Planted slip: the total row of table 2 gives 528 event
participants, the quarters sum to 582 and the prose says 582 (one slip, two findings:
table_arithmetic + internal_conflict)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b43_07_dykanka_tcso_annual2025.docx"

T1 = [("Звернулося за наданням послуг, осіб", "71", "68", "79", "62"),
      ("Взято на обслуговування, осіб", "38", "41", "44", "36"),
      ("Знято з обслуговування, осіб", "35", "36", "40", "43"),
      ("Перебувало на обслуговуванні на кінець півріччя, осіб", "406", "411", "415", "408"),
      ("Надано соціальних послуг, од.*", "21 406", "22 118", "22 907", "23 364")]
T2H = ("Квартал", "Послуги догляду вдома, од.", "Послуги денного догляду, од.", "Групові заходи", "Учасники заходів, осіб")
T2 = [("I квартал", "9 214", "1 046", "7", "118"),
      ("II квартал", "9 387", "1 102", "9", "164"),
      ("III квартал", "9 120", "988", "6", "97"),
      ("IV квартал", "9 451", "1 134", "11", "203")]
T2T = ("Усього за рік", "37 172", "4 270", "33", "528")

P_BEFORE = [
    ("Додаток 2 до рішення виконавчого комітету Диканської селищної ради від 12.02.2026 № 38", "r"),
    ("ЗВІТ", "c"),
    ("про роботу Територіального центру соціального обслуговування (надання соціальних послуг) "
     "Диканської селищної ради за 2025 рік", "c"),
    ("38500, Полтавська обл., смт Диканька, вул. Незалежності, 63, тел. (05351) 0-42-19, ЄДРПОУ 20041873", "c"),
    ("Територіальний центр (далі – ТЦ) обслуговує мешканців 42 населених пунктів громади. До складу ТЦ "
     "входять відділення соціальної допомоги вдома, відділення денного перебування та відділення "
     "натуральної допомоги.", "j"),
    ("Порівняльні показники роботи за півріччями 2024–2025 років наведено в таблиці 1.", "j"),
    ("Таблиця 1", "r"),
]
P_MID = [
    ("* У 2024 році – без урахування послуг відділення натуральної допомоги.", "l"),
    ("Отже, у 2025 році до ТЦ звернулася 141 особа, взято на обслуговування 80 осіб, знято з "
     "обслуговування 83 особи. Протягом року послугами відділень охоплено 491 особу, на кінець року на "
     "обслуговуванні перебуває 408 осіб (на кінець 2024 року – 411). Усього надано 46 271 соціальну послугу.", "j"),
    ("Роботу відділень соціальної допомоги вдома та денного перебування за кварталами 2025 року "
     "подано в таблиці 2.", "j"),
    ("Таблиця 2", "r"),
]
P_AFTER = [
    ("Відділенням соціальної допомоги вдома за рік надано 37 172 послуги; вартість 1 години послуги "
     "догляду вдома – 89,40 грн (рішення від 19.12.2024 № 412). У відділенні денного перебування "
     "проведено 33 групові заходи, в яких взяли участь 582 особи.", "j"),
    ("Видатки загального фонду на утримання ТЦ за 2025 рік становили 14 622,7 тис. грн. Від платних "
     "послуг до спеціального фонду надійшло 118,4 тис. грн.", "j"),
    ("Штатна чисельність – 48,5 одиниці, працює 45 осіб, з них 31 соціальний робітник. Протягом року "
     "надійшла 1 скарга (на несвоєчасне прибирання помешкання), її розглянуто, факти підтвердилися частково.", "j"),
    ("Директор ТЦ", "l"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    al = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
          "r": WD_ALIGN_PARAGRAPH.RIGHT}

    def paras(lst):
        for txt, a in lst:
            d.add_paragraph(txt).alignment = al[a]

    paras(P_BEFORE)
    t = d.add_table(rows=2 + len(T1), cols=5)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Показник"          # vMerge
    t.cell(0, 1).merge(t.cell(0, 2)).text = "2024 рік"          # gridSpan
    t.cell(0, 3).merge(t.cell(0, 4)).text = "2025 рік"          # gridSpan
    for i, h in enumerate(["I пів.", "II пів.", "I пів.", "II пів."], start=1):
        t.cell(1, i).text = h
    for r, row in enumerate(T1, start=2):
        for i, v in enumerate(row):
            t.cell(r, i).text = v
    paras(P_MID)
    t2 = d.add_table(rows=2 + len(T2), cols=5)
    t2.style = "Table Grid"
    for i, h in enumerate(T2H):
        t2.cell(0, i).text = h
    for r, row in enumerate(T2 + [T2T], start=1):
        for i, v in enumerate(row):
            t2.cell(r, i).text = v
    paras(P_AFTER)
    fix_docx_props(d, "ТЦСО")
    d.save(path)
    freeze_zip(path)


def n(s):
    return int(s.replace(" ", ""))


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Диканської селищної ради",
        "centre_type": "tcso", "settlement": "Диканька", "oblast": "Полтавська",
        "report_kind": "annual_report", "period_start": "2025-01-01", "period_end": "2025-12-31"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Диканської селищної ради"]})
    row = {r[0]: "\t".join(r) for r in T1}
    spec = [("applied", "persons", {}), ("served", "persons", {"alt": ["registered_new", "support_started"]}),
            ("deregistered", "persons", {}), ("support_ongoing", "persons", {"alt": ["served"]}),
            ("services_provided", "services", {})]
    t1 = {}
    for (name, *_vals), (ind, unit, kw) in zip(T1, spec):
        h1 = g.f(ind, unit, n(_vals[2]), row[name], label=name + ", I півріччя 2025", **kw)
        h2 = g.f(ind, unit, n(_vals[3]), row[name], label=name + ", II півріччя 2025", **kw)
        t1[ind] = (h1, h2)
    fa = g.f("applied", "persons", 141, "у 2025 році до ТЦ звернулася 141 особа")
    fs = g.f("served", "persons", 80, "взято на обслуговування 80 осіб", alt=["registered_new", "support_started"])
    fd = g.f("deregistered", "persons", 83, "знято з обслуговування 83 особи")
    fall = g.f("served", "persons", 491, "Протягом року послугами відділень охоплено 491 особу")
    fend = g.f("support_ongoing", "persons", 408, "на кінець року на обслуговуванні перебуває 408 осіб",
               alt=["served"])
    fsv = g.f("services_provided", "services", 46271, "Усього надано 46 271 соціальну послугу")
    # table 2 (transposed): quarters are rows
    tq = "\t".join(T2T)
    tot = {"home": g.f("services_provided", "services", n(T2T[1]), tq, service="home_care", label="Усього за рік"),
           "day": g.f("services_provided", "services", n(T2T[2]), tq, service="day_care", label="Усього за рік"),
           "ev": g.f("events", "events", n(T2T[3]), tq, label="Усього за рік"),
           "evp": g.f("event_participants", "persons", n(T2T[4]), tq, label="Усього за рік")}
    q = {k: [] for k in tot}
    for r in T2:
        rq = "\t".join(r)
        q["home"].append(g.f("services_provided", "services", n(r[1]), rq, service="home_care", label=r[0],
                             group="home_care_services_by_quarter", parent=tot["home"]))
        q["day"].append(g.f("services_provided", "services", n(r[2]), rq, service="day_care", label=r[0],
                            group="day_care_services_by_quarter", parent=tot["day"]))
        q["ev"].append(g.f("events", "events", n(r[3]), rq, label=r[0], group="events_by_quarter", parent=tot["ev"]))
        q["evp"].append(g.f("event_participants", "persons", n(r[4]), rq, label=r[0],
                            group="participants_by_quarter", parent=tot["evp"]))
    fh = g.f("services_provided", "services", 37172, "Відділенням соціальної допомоги вдома за рік надано 37 172 послуги",
             service="home_care")
    fev = g.f("events", "events", 33, "проведено 33 групові заходи")
    fevp = g.f("event_participants", "persons", 582, "в яких взяли участь 582 особи", parent=fev)
    fb = g.f("budget_spent", "uah", 14622700, "Видатки загального фонду на утримання ТЦ за 2025 рік становили 14 622,7 тис. грн",
             label="загальний фонд")
    fr = g.f("budget_received", "uah", 118400, "до спеціального фонду надійшло 118,4 тис. грн",
             label="спеціальний фонд, платні послуги")
    fpos = g.f("staff_positions", "positions", 48.5, "Штатна чисельність – 48,5 одиниці")
    fact = g.f("staff_actual", "staff", 45, "працює 45 осіб")
    fsw = g.f("staff_actual", "staff", 31, "з них 31 соціальний робітник", label="соціальні робітники", parent=fact)
    fc = g.f("complaints", "complaints", 1, "надійшла 1 скарга")

    S = "+".join
    g.slip("table_arithmetic", "error", tq, 528, 582, q["evp"] + [tot["evp"]],
           "table 2, «Учасники заходів»: 118 + 164 + 97 + 203 = 582, the total row says 528 (digits swapped)",
           " + ".join(q["evp"]) + f" == {tot['evp']}", slip=1)
    g.slip("internal_conflict", "error", tq, 528, 582, [tot["evp"], fevp],
           "event participants of 2025: 528 in the total row of table 2, 582 in the prose below it",
           f"{tot['evp']} == {fevp}", slip=1)
    for k, lab in (("home", "home-care services 9 214 + 9 387 + 9 120 + 9 451 = 37 172"),
                   ("day", "day-care services 1 046 + 1 102 + 988 + 1 134 = 4 270"),
                   ("ev", "events 7 + 9 + 6 + 11 = 33")):
        g.check("table_arithmetic", tq, lab, " + ".join(q[k]) + f" == {tot[k]}")
    g.check("internal_conflict", "Відділенням соціальної допомоги вдома за рік надано 37 172 послуги",
            "prose = table 2 total for home-care services (37 172) and events (33)",
            f"{fh} == {tot['home']} and {fev} == {tot['ev']}")
    g.check("parts_sum", row["Звернулося за наданням послуг, осіб"], "half-years of 2025: 79 + 62 = 141",
            f"{t1['applied'][0]} + {t1['applied'][1]} == {fa}")
    g.check("parts_sum", row["Взято на обслуговування, осіб"], "44 + 36 = 80",
            f"{t1['served'][0]} + {t1['served'][1]} == {fs}")
    g.check("parts_sum", row["Знято з обслуговування, осіб"], "40 + 43 = 83",
            f"{t1['deregistered'][0]} + {t1['deregistered'][1]} == {fd}")
    g.check("parts_sum", row["Надано соціальних послуг, од.*"], "22 907 + 23 364 = 46 271",
            f"{t1['services_provided'][0]} + {t1['services_provided'][1]} == {fsv}")
    g.check("parts_sum", row["Перебувало на обслуговуванні на кінець півріччя, осіб"],
            "register movement: 411 (end of 2024, literal) + 44 − 40 = 415; 415 + 36 − 43 = 408 = end of year; "
            "411 + 80 = 491 served in the year",
            f"411 + {t1['served'][0]} - {t1['deregistered'][0]} == {t1['support_ongoing'][0]} and "
            f"{t1['support_ongoing'][0]} + {t1['served'][1]} - {t1['deregistered'][1]} == {t1['support_ongoing'][1]} and "
            f"{t1['support_ongoing'][1]} == {fend} and 411 + {fs} == {fall}")
    g.check("parts_sum", "I квартал\t9 214\t1 046\t7\t118",
            "home + day-care services of Q1+Q2 (20 749) ≤ all services of H1 (22 907); Q3+Q4 (20 693) ≤ H2 (23 364)",
            f"{q['home'][0]} + {q['home'][1]} + {q['day'][0]} + {q['day'][1]} <= {t1['services_provided'][0]} and "
            f"{q['home'][2]} + {q['home'][3]} + {q['day'][2]} + {q['day'][3]} <= {t1['services_provided'][1]}")
    g.check("parts_sum", "працює 45 осіб, з них 31 соціальний робітник", "31 ≤ 45 ≤ 48,5",
            f"{fsw} <= {fact} <= {fpos}")

    g.skip("Додаток 2 до рішення виконавчого комітету Диканської селищної ради від 12.02.2026 № 38",
           [2, 12, 2, 2026, 38], "annex number, decision date and number")
    g.skip("Диканської селищної ради за 2025 рік", [2025], "period in the title")
    g.skip("38500, Полтавська обл., смт Диканька, вул. Незалежності, 63, тел. (05351) 0-42-19, ЄДРПОУ 20041873",
           [38500, 63, 5351, 4219, 20041873], "postcode, address, phone, ЄДРПОУ")
    g.skip("обслуговує мешканців 42 населених пунктів громади", [42], "settlement count")
    g.skip("Порівняльні показники роботи за півріччями 2024–2025 років наведено в таблиці 1.", [2024, 2025, 1],
           "years, table number")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("Показник\t2024 рік\t2025 рік", [2024, 2025], "table header years")
    for r in T1:
        g.skip(row[r[0]], [n(r[1]), n(r[2])], "2024 half-year columns of table 1 (prior year)")
    g.skip("(на кінець 2024 року – 411)", [2024, 411], "prior point in time (used as a literal)")
    g.skip("за кварталами 2025 року подано в таблиці 2.", [2025, 2], "year, table number")
    g.skip("Таблиця 2", [2], "table number")
    g.skip("* У 2024 році – без урахування послуг відділення натуральної допомоги.", [2024], "footnote year")
    g.skip("вартість 1 години послуги догляду вдома – 89,40 грн (рішення від 19.12.2024 № 412)",
           [1, 89.4, 19, 12, 2024, 412], "tariff, decision date and number")

    g.note("table 1 has a two-level header: «Показник» merged down (vMerge), «2024 рік» and «2025 рік» merged "
           "across (gridSpan) over «I пів.» / «II пів.». The reader prints the header as two rows, "
           "«Показник\\t2024 рік\\t2025 рік» and «I пів.\\tII пів.\\tI пів.\\tII пів.». Only the 2025 columns are "
           "facts (labelled by half-year); the 2024 columns are skipped")
    g.note("«Перебувало на обслуговуванні на кінець півріччя» → support_ongoing (alt served); «Взято на "
           "обслуговування» → served (alt registered_new, support_started)")
    g.note("table 2 is transposed: the quarters are rows, the indicators columns; every cell is a fact quoted "
           "by its row, hanging on the «Усього за рік» cell of its column")
    g.note("the year totals in prose (141, 80, 83, 46 271, 37 172, 33, 582) are facts of their own")
    g.note("one planted slip recorded as two findings sharing a slip id: table_arithmetic on the total row "
           "and internal_conflict with the prose 582")
    g.write()


if __name__ == "__main__":
    main()
