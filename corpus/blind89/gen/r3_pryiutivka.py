"""b89_03: ТЦСО (надання соціальних послуг) Приютівської селищної ради (Кіровоградська), internal
quality assessment of home care provided in 2024. DOCX (python-docx) with a criteria table.
First person plural («ми», «наші працівники»)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, read_text, fix_docx_props, freeze_zip

DOC = "b89_03_pryiutivka_tcso_internal2024.docx"

HEAD = [
    ("c", "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) ПРИЮТІВСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "28050, Кіровоградська обл., Олександрійський р-н, смт Приютівка, вул. Незалежності, 31, тел. (05235) 0-27-64, ЄДРПОУ 41076285"),
    ("b", "ЗВІТ"),
    ("b", "про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році"),
]
BODY1 = [
    "Оцінювання проведено відповідно до наказу директора від 02.12.2024 № 87-од комісією у складі 5 осіб у період з 09 по 20 грудня 2024 року. Ми вивчили особові справи отримувачів, журнали відвідувань, поспілкувалися з отримувачами та їхніми родичами і провели анкетування.",
    "Територіальний центр обслуговує 16 населених пунктів громади. Середній вік наших отримувачів – 78 років, найстаршій отримувачці виповнилося 97.",
    "1. Охоплення послугою",
    "Протягом 2024 року послугу догляду вдома ми надавали 142 отримувачам, з них 57 – особам з інвалідністю, 31 – внутрішньо переміщеним особам. Упродовж року взято на обслуговування 34 особи. Знято з обслуговування 21 особу: 12 – у зв'язку зі смертю, 6 – у зв'язку з переїздом до родичів, 3 – у зв'язку з влаштуванням до інтернатного закладу. На кінець року послугу отримує 121 особа.",
    "Наші соціальні робітники здійснили 16 480 відвідувань (надано 16 480 послуг догляду вдома). Вартість однієї години послуги для отримувачів, які платять за неї, у 2024 році становила 64,90 грн.",
    "2. Кадрове забезпечення",
    "Штатним розписом територіального центру передбачено 23 посади, працює 21 особа, з них 14 – соціальні робітники. Навантаження на одного соціального робітника – від 8 до 11 отримувачів.",
    "3. Анкетування та оцінка за критеріями",
    "Ми опитали 98 отримувачів (81 % осіб, які отримували послугу на момент оцінювання). Рівень якості за кожним критерієм визначено за часткою позитивних відповідей: 85–100 % – «добре», 60–84 % – «задовільно», менше 60 % – «незадовільно».",
    "Таблиця 2",
]
TABLE = [
    ("№ з/п", "Критерій якості", "Позитивних відповідей, %", "Рівень"),
    ("1", "Адресність та індивідуальний підхід", "93,9", "добре"),
    ("2", "Результативність", "88,8", "добре"),
    ("3", "Своєчасність", "82,7", "задовільно"),
    ("4", "Доступність та відкритість", "90,8", "добре"),
    ("5", "Зручність", "79,6", "задовільно"),
    ("6", "Повага до гідності отримувача", "100", "добре"),
    ("7", "Професійність", "95,9", "добре"),
    ("", "Загальна оцінка якості", "", "добре"),
]
BODY2 = [
    "Найнижче отримувачі оцінили зручність: 20 опитаних хотіли б, щоб соціальний робітник приходив у першій половині дня. Своєчасність знизилася через 2 тижні відсутності транспорту в березні.",
    "Протягом року до нас надійшла 1 скарга (щодо графіка відвідувань); її розглянуто, графік змінено.",
    "4. Висновки",
    "Загальний рівень якості послуги догляду вдома, наданої у 2024 році, – «добре». До 01.03.2025 ми переглянемо графіки відвідувань у 4 старостинських округах і повторно опитаємо отримувачів у IV кварталі 2025 року.",
    "Голова комісії                                  (підпис)",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, t in HEAD:
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = kind == "b"
        p.alignment = 1
    for t in BODY1:
        d.add_paragraph(t)
    tb = d.add_table(rows=len(TABLE), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for t in BODY2:
        d.add_paragraph(t)
    fix_docx_props(d, "ТЦСО Приютівка")
    d.save(path)
    freeze_zip(path)


CRIT = [("targeting", "Адресність та індивідуальний підхід", 93.9, "good", 92),
        ("effectiveness", "Результативність", 88.8, "good", 87),
        ("timeliness", "Своєчасність", 82.7, "satisfactory", 81),
        ("accessibility", "Доступність та відкритість", 90.8, "good", 89),
        ("convenience", "Зручність", 79.6, "satisfactory", 78),
        ("dignity", "Повага до гідності отримувача", 100, "good", 98),
        ("professionalism", "Професійність", 95.9, "good", 94)]
UA = {"good": "добре", "satisfactory": "задовільно"}


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {"centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Приютівської селищної ради",
                   "centre_type": "tcso", "settlement": "Приютівка", "oblast": "Кіровоградська",
                   "report_kind": "internal_assessment",
                   "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    hc = "home_care"
    s = f("served", "recipients", 142, "послугу догляду вдома ми надавали 142 отримувачам", service=hc, unit_alt="persons")
    s1 = f("served", "persons", 57, "з них 57 – особам з інвалідністю", service=hc,
           category="особи з інвалідністю", parent=s)
    s2 = f("served", "persons", 31, "31 – внутрішньо переміщеним особам", service=hc,
           category="внутрішньо переміщені особи", parent=s)
    nw = f("served", "persons", 34, "Упродовж року взято на обслуговування 34 особи", service=hc,
           alt=["registered_new", "support_started"], label="взято на обслуговування", parent=s)
    dr = f("deregistered", "persons", 21, "Знято з обслуговування 21 особу", service=hc)
    g_ = "deregistered_21_by_reason"
    d1 = f("deregistered", "persons", 12, "12 – у зв'язку зі смертю", service=hc, label="смерть", group=g_, parent=dr)
    d2 = f("deregistered", "persons", 6, "6 – у зв'язку з переїздом до родичів", service=hc,
           label="переїзд до родичів", group=g_, parent=dr)
    d3 = f("deregistered", "persons", 3, "3 – у зв'язку з влаштуванням до інтернатного закладу", service=hc,
           label="влаштування до інтернатного закладу", group=g_, parent=dr)
    on = f("support_ongoing", "persons", 121, "На кінець року послугу отримує 121 особа", service=hc, alt=["served"])
    sv = f("services_provided", "services", 16480, "(надано 16 480 послуг догляду вдома)", service=hc)
    p1 = f("staff_positions", "positions", 23, "передбачено 23 посади")
    a1 = f("staff_actual", "staff", 21, "працює 21 особа")
    a2 = f("staff_actual", "staff", 14, "з них 14 – соціальні робітники", label="соціальні робітники", parent=a1)
    sr = f("survey_respondents", "recipients", 98, "Ми опитали 98 отримувачів (81 %", percent=81, service=hc,
           unit_alt="persons")
    shares, rates = [], []
    for i, (cid, name, pct, rating, k) in enumerate(CRIT, 1):
        ps = str(pct).replace(".", ",")
        row = f"{i}\t{name}\t{ps}\t{UA[rating]}"
        assert row in text, row
        shares.append(f("share", "percent", pct, row, service=hc, criterion=cid, alt=["satisfaction"],
                        label=f"позитивних відповідей: {name.lower()}"))
        rates.append(f("rating", "rating", rating, row, service=hc, criterion=cid))
    ov = f("rating", "rating", "good", "Загальна оцінка якості\t\tдобре", service=hc, criterion="overall")
    ov2 = f("rating", "rating", "good", "Загальний рівень якості послуги догляду вдома, наданої у 2024 році, – «добре»",
            service=hc, criterion="overall")
    cp = f("complaints", "complaints", 1, "до нас надійшла 1 скарга")

    g.check("parts_sum", "Знято з обслуговування 21 особу", "12 + 6 + 3 = 21", f"{d1} + {d2} + {d3} == {dr}")
    g.check("parts_sum", "На кінець року послугу отримує 121 особа", "142 served − 21 taken off = 121 at the end of the year",
            f"{s} - {dr} == {on}")
    g.check("parts_sum", "з них 57 – особам з інвалідністю, 31 – внутрішньо переміщеним особам",
            "overlapping categories, each ≤ 142; 34 taken on ≤ 142", f"{s1} <= {s} and {s2} <= {s} and {nw} <= {s}")
    g.check("parts_sum", "з них 14 – соціальні робітники", "14 ≤ 21 ≤ 23", f"{a2} <= {a1} <= {p1}")
    g.check("percent_mismatch", "Ми опитали 98 отримувачів (81 %",
            "98 of the 121 receiving the service at the time of the assessment = 80,99 % → 81", f"pct_ok(p{sr[1:]}, {sr}, {on}, 0)")
    for (cid, name, pct, rating, k), fs in zip(CRIT, shares):
        g.check("percent_impossible", f"{name}\t{str(pct).replace('.', ',')}",
                f"{pct} % is reachable with 98 respondents ({k} of 98)", f"grim_ok({fs}, {sr}, 1)")
    bands = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    for (cid, name, pct, rating, k), fs, fr in zip(CRIT, shares, rates):
        g.check("rating_band", f"{name}\t{str(pct).replace('.', ',')}\t{UA[rating]}",
                f"{pct} % falls in the document's band for «{UA[rating]}»", f"band({fs}, {bands}) == {fr}")
    g.check("internal_conflict", "Загальна оцінка якості\t\tдобре", "the overall rating in the table and in the conclusions agree",
            f"{ov} == {ov2}")

    g.skip("28050, Кіровоградська обл., Олександрійський р-н, смт Приютівка, вул. Незалежності, 31, тел. (05235) 0-27-64, ЄДРПОУ 41076285",
           [28050, 31, 5235, 2764, 41076285], "postcode, address, phone, ЄДРПОУ")
    g.skip("наданої у 2024 році", [2024], "year in the title")
    g.skip("відповідно до наказу директора від 02.12.2024 № 87-од комісією у складі 5 осіб у період з 09 по 20 грудня 2024 року",
           [2, 12, 2024, 87, 5, 9, 20, 2024], "order date/number, commission size, assessment dates")
    g.skip("Територіальний центр обслуговує 16 населених пунктів громади.", [16], "settlement count")
    g.skip("Середній вік наших отримувачів – 78 років, найстаршій отримувачці виповнилося 97.", [78, 97], "ages")
    g.skip("1. Охоплення послугою", [1, 2, 3, 4], "section numbers 1.–4.")
    g.skip("Наші соціальні робітники здійснили 16 480 відвідувань", [16480],
           "visits: the same figure as the services count in brackets (one fact, the services)")
    g.skip("у 2024 році становила 64,90 грн", [2024, 64.90], "tariff")
    g.skip("Навантаження на одного соціального робітника – від 8 до 11 отримувачів.", [8, 11], "workload")
    g.skip("85–100 % – «добре», 60–84 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84, 60],
           "rating band definitions (used in the rating_band checks)")
    g.skip("Таблиця 2", [2], "table number")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6, 7], "row numbers of the criteria table")
    g.skip("20 опитаних хотіли б", [20], "a subgroup of respondents on one wish (no §3 id)")
    g.skip("Своєчасність знизилася через 2 тижні відсутності транспорту в березні.", [2], "duration")
    g.skip("До 01.03.2025 ми переглянемо графіки відвідувань у 4 старостинських округах і повторно опитаємо отримувачів у IV кварталі 2025 року.",
           [1, 3, 2025, 4, 4, 2025], "plan: deadline, number of starosta districts, quarter")
    g.note("only «отримувачі» is written for the 142 and the 98 → unit recipients, unit_alt persons")
    g.note("57 with disabilities and 31 IDPs overlap (a person can be both): parent only, no group")
    g.note("«взято на обслуговування 34 особи» → served with label (alt registered_new, support_started); "
           "«знято з обслуговування 21 особу» → deregistered with its three reasons as a group")
    g.note("«На кінець року послугу отримує 121 особа» → support_ongoing (alt served); the survey's 81 % is of these 121")
    g.note("«16 480 відвідувань (надано 16 480 послуг догляду вдома)»: one figure written twice in one sentence → one fact")
    g.note("each table row gives a share (criterion, alt satisfaction) and a rating; the overall rating is written twice "
           "(table and conclusions) → two facts")
    g.note("no slip planted in this file: every share is reachable with 98 respondents and every rating matches the bands")
    g.write()


if __name__ == "__main__":
    main()
