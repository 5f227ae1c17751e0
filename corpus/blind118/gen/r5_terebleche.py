"""b118_05: Відділ соціального захисту населення Тереблеченської сільської ради (Чернівецька), analytic note
for 9 months of 2022 (IDP support and social services). reportlab PDF with a table; third person."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from common import Gold, report_path, register_fonts

NAME = "b118_05_terebleche_uszn_9m2022.pdf"

ROWS = [
    ("Консультування", "642", "287"),
    ("Інформування", "915", "406"),
    ("Натуральна допомога", "1 028", "611"),
]
TOTAL = ("Разом", "2 585", "1 304")

PARAS = [
    ("c", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ<br/>ТЕРЕБЛЕЧЕНСЬКОЇ СІЛЬСЬКОЇ РАДИ"),
    ("c", "60431, Чернівецька обл., Чернівецький р-н, с. Тереблече, вул. Головна, 88; тел. (03735) 0-61-29; "
          "e-mail: vszn.terebleche@example.ua"),
    ("c", "<b>АНАЛІТИЧНА ДОВІДКА</b><br/>про надання соціальних послуг та підтримку внутрішньо переміщених осіб "
          "за 9 місяців 2022 року"),
    ("p", "Довідку підготовлено на виконання доручення сільського голови від 03.10.2022 № 02-09/214. У зв’язку "
          "з повномасштабною збройною агресією громада з березня 2022 року приймає внутрішньо переміщених осіб "
          "(далі – ВПО). Станом на 30.09.2022 у громаді на обліку перебуває 1 146 ВПО, з них 402 дитини "
          "(станом на 01.04.2022 – 1 871 особа). Населення громади до війни становило 12,7 тис. осіб."),
    ("p", "<b>Прийом громадян.</b> За січень – вересень 2022 року відділом прийнято 1 873 заяви, з них: на "
          "призначення допомоги на проживання ВПО – 1 214, на призначення житлових субсидій – 387, щодо інших "
          "видів державної допомоги – 272. Допомогу на проживання ВПО за звітний період виплачено на суму "
          "11 482,6 тис. грн (кошти державного бюджету). На «гарячу лінію» відділу надійшло 1 356 дзвінків."),
    ("p", "<b>Соціальні послуги.</b> Відділ забезпечує надання базових соціальних послуг через фахівців із "
          "соціальної роботи старостинських округів. Кількість отримувачів за видами послуг наведено в "
          "таблиці."),
]
PARAS2 = [
    ("p", "Натуральну допомогу (продуктові набори, засоби гігієни, ковдри, отримані від благодійних фондів та "
          "обласної військової адміністрації) отримали 1 028 осіб, у тому числі 611 ВПО. Загальна вартість "
          "виданої допомоги становить 384,2 тис. грн; видано 2 116 продуктових наборів вагою по 12 кг."),
    ("p", "Фахівцями відділу проведено 9 виїзних прийомів у старостинських округах, під час яких "
          "консультації отримали 187 осіб."),
    ("p", "<b>Опитування потреб ВПО.</b> У серпні 2022 року проведено анкетування ВПО, у якому взяли участь "
          "212 осіб. Головною потребою 41,5 % опитаних назвали житло, 27,4 % – працевлаштування, 18,9 % – "
          "медичні послуги, 14,6 % – інші послуги (юридичні, освітні)."),
    ("p", "<b>Кадрове забезпечення.</b> Штатним розписом відділу передбачено 7 посад, фактично працює 6 осіб; "
          "у зв’язку з мобілізацією одна посада тимчасово вакантна."),
    ("p", "<b>Висновки.</b> Порівняно з 9 місяцями 2021 року кількість заяв зросла у 2,4 раза. У IV кварталі "
          "2022 року відділ планує відкрити пункт незламності та залучити до співпраці 3 благодійні організації."),
    ("p", "Начальник відділу                                                        (підпис)"),
    ("p", "Виконавець: головний спеціаліст відділу, тел. (03735) 0-61-30"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSerif", 9)
    canvas.drawString(20 * mm, 12 * mm, "Аналітична довідка ВСЗН Тереблеченської сільської ради")
    canvas.drawRightString(190 * mm, 12 * mm, f"Сторінка {doc.page}")
    canvas.restoreState()


def build():
    register_fonts()
    base = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, alignment=TA_JUSTIFY,
                          firstLineIndent=10 * mm, spaceAfter=6)
    cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0)
    st = {"p": base, "c": cen}
    story = [Paragraph(t, st[k]) for k, t in PARAS]
    story.append(Paragraph("Таблиця. Отримувачі соціальних послуг за 9 місяців 2022 року, осіб", cen))
    data = [("Вид соціальної послуги", "Отримувачів, осіб", "з них ВПО, осіб")] + ROWS + [TOTAL]
    t = Table(data, colWidths=(80 * mm, 40 * mm, 40 * mm))
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 11),
                           ("FONT", (0, -1), (-1, -1), "LSerif-B", 11),
                           ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                           ("ALIGN", (1, 1), (-1, -1), "CENTER")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(t_, st[k]) for k, t_ in PARAS2]
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Аналітична довідка",
                            author="ВСЗН", creator="ВСЗН", producer="ВСЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(NAME, {
        "centre": "Відділ соціального захисту населення Тереблеченської сільської ради",
        "centre_type": "uszn", "settlement": "Тереблече", "oblast": "Чернівецька",
        "report_kind": "period_report", "period_start": "2022-01-01", "period_end": "2022-09-30",
    })
    f = g.f
    ap = f("applied", "applications", 1873, "відділом прийнято 1 873 заяви")
    a = [f("applied", "applications", 1214, "на призначення допомоги на проживання ВПО – 1 214",
           label="допомога на проживання ВПО", group="applied1873_by_kind", parent=ap),
         f("applied", "applications", 387, "на призначення житлових субсидій – 387", label="житлові субсидії",
           group="applied1873_by_kind", parent=ap),
         f("applied", "applications", 272, "щодо інших видів державної допомоги – 272",
           label="інші види державної допомоги", group="applied1873_by_kind", parent=ap)]
    f("calls", "calls", 1356, "На «гарячу лінію» відділу надійшло 1 356 дзвінків")
    tq = "\t".join(TOTAL)
    tt = f("served", "persons", 2585, tq, label="Разом")
    ti = f("served", "persons", 1304, tq, label="Разом", category="внутрішньо переміщені особи", parent=tt)
    rows = {}
    for (name, n, i), svc in zip(ROWS, ("counselling", "informing", "natural_aid")):
        q = "\t".join((name, n, i))
        a1 = f("served", "persons", int(n.replace(" ", "")), q, service=svc, group="table_recipients", parent=tt)
        a2 = f("served", "persons", int(i), q, service=svc, category="внутрішньо переміщені особи",
               group="table_idp", parent=ti)
        rows[svc] = (a1, a2)
    na = f("served", "persons", 1028, "отримали 1 028 осіб", service="natural_aid",
           note="the table row written again in prose: a second fact")
    nai = f("served", "persons", 611, "у тому числі 611 ВПО", service="natural_aid",
            category="внутрішньо переміщені особи", parent=na)
    f("aid_value", "uah", 384200, "Загальна вартість виданої допомоги становить 384,2 тис. грн", service="natural_aid")
    ev = f("events", "events", 9, "проведено 9 виїзних прийомів у старостинських округах",
           note="field receptions counted as events", uncertain=True)
    f("event_participants", "persons", 187, "консультації отримали 187 осіб", parent=ev, alt=["served"],
      note="could also be read as counselling recipients; kept as the participants of the 9 receptions")
    sr = f("survey_respondents", "persons", 212, "у якому взяли участь 212 осіб", category="внутрішньо переміщені особи")
    sh = [f("share", "percent", 41.5, "Головною потребою 41,5 % опитаних назвали житло", label="головна потреба – житло"),
          f("share", "percent", 27.4, "27,4 % – працевлаштування", label="головна потреба – працевлаштування"),
          f("share", "percent", 18.9, "18,9 % – медичні послуги", label="головна потреба – медичні послуги"),
          f("share", "percent", 14.6, "14,6 % – інші послуги", label="головна потреба – інші послуги")]
    pos = f("staff_positions", "positions", 7, "Штатним розписом відділу передбачено 7 посад")
    act = f("staff_actual", "staff", 6, "фактично працює 6 осіб")

    v = lambda x: x[1:]
    g.check("parts_sum", "відділом прийнято 1 873 заяви, з них", "1 214 + 387 + 272 = 1 873",
            " + ".join("f" + v(x) for x in a) + f" == f{v(ap)}")
    g.check("table_arithmetic", tq, "recipients 642 + 915 + 1 028 = 2 585",
            " + ".join("f" + v(rows[s][0]) for s in rows) + f" == f{v(tt)}")
    g.check("table_arithmetic", tq, "IDPs 287 + 406 + 611 = 1 304",
            " + ".join("f" + v(rows[s][1]) for s in rows) + f" == f{v(ti)}")
    g.check("internal_conflict", "отримали 1 028 осіб, у тому числі 611 ВПО", "prose 1 028 / 611 = table row",
            f"f{v(na)} == f{v(rows['natural_aid'][0])} and f{v(nai)} == f{v(rows['natural_aid'][1])}")
    g.check("percent_impossible", "Головною потребою 41,5 % опитаних назвали житло",
            "each share alone is reachable with 212 respondents (88, 58, 40, 31 of 212)",
            "all([" + ", ".join(f"grim_ok(f{v(x)}, f{v(sr)}, 1)" for x in sh) + "])")
    g.check("parts_sum", "фактично працює 6 осіб; у зв'язку з мобілізацією одна посада тимчасово вакантна",
            "6 + 1 vacancy = 7 positions (literal)", f"f{v(act)} + 1 == f{v(pos)}")
    g.slip("percents_sum", "error", "Головною потребою 41,5 % опитаних назвали житло, 27,4 % – працевлаштування, "
           "18,9 % – медичні послуги, 14,6 % – інші послуги", 102.4, 100, sh + [sr],
           "one main need per respondent («головною потребою»), the last option «інші»: a partition of the 212, "
           "but 41,5 + 27,4 + 18,9 + 14,6 = 102,4 %. Each share alone is reachable (88 + 58 + 40 + 31 = 217 > 212).",
           "psum_ok([" + ", ".join("f" + v(x) for x in sh) + "], 1)")

    g.skip("60431, Чернівецька обл., Чернівецький р-н, с. Тереблече, вул. Головна, 88; тел. (03735) 0-61-29;",
           [60431, 88, 3735, 6129], "postcode, address, phone")
    g.skip("за 9 місяців 2022 року", [9, 2022], "period heading")
    g.skip("доручення сільського голови від 03.10.2022 № 02-09/214", [3, 10, 2022, 2, 9, 214],
           "instruction date and number")
    g.skip("громада з березня 2022 року", [2022], "year")
    g.skip("Станом на 30.09.2022 у громаді на обліку перебуває 1 146 ВПО, з них 402 дитини", [30, 9, 2022, 1146, 402],
           "IDP register of the hromada (persons registered as IDPs): not a register of families in СЖО, no §3 id")
    g.skip("(станом на 01.04.2022 – 1 871 особа)", [1, 4, 2022, 1871], "IDP register at another date")
    g.skip("Населення громади до війни становило 12,7 тис. осіб.", [12.7], "population")
    g.skip("За січень – вересень 2022 року", [2022], "year")
    g.skip("Допомогу на проживання ВПО за звітний період виплачено на суму 11 482,6 тис. грн", [11482.6],
           "state benefit payments, not aid handed out by a provider: no §3 id")
    g.skip("Таблиця. Отримувачі соціальних послуг за 9 місяців 2022 року, осіб", [9, 2022], "table caption")
    g.skip("видано 2 116 продуктових наборів вагою по 12 кг", [2116, 12], "items and weight")
    g.skip("У серпні 2022 року", [2022], "survey date")
    g.skip("у зв'язку з мобілізацією одна посада тимчасово вакантна", [1], "vacancy: no §3 id")
    g.skip("Порівняно з 9 місяцями 2021 року кількість заяв зросла у 2,4 раза.", [9, 2021, 2.4],
           "prior-year comparison, ratio")
    g.skip("У IV кварталі 2022 року відділ планує відкрити пункт незламності та залучити до співпраці 3 благодійні "
           "організації.", [2022, 3], "plan")
    g.skip("тел. (03735) 0-61-30", [3735, 6130], "phone")
    g.skip("Сторінка 1", [1, 2], "page footer")
    g.note("An управління/відділ соціального захисту → centre_type uszn; an analytic note for 9 months → period_report, "
           "2022-01-01..2022-09-30.")
    g.note("The IDP register of the hromada (1 146, of them 402 children) is skipped: §3 `registered` is the register "
           "of families in СЖО. Benefit payments (11 482,6 тис. грн) are skipped: `aid_value` is for aid handed out "
           "(the natural aid of 384,2 тис. грн is kept).")
    g.note("Table: every cell is a fact quoted by its row; rows hang on the «Разом» cell of their column; the IDP "
           "column carries category «внутрішньо переміщені особи». The natural-aid row is written again in prose.")
    g.note("«9 виїзних прийомів … консультації отримали 187 осіб» → events + event_participants (uncertain; alt served "
           "for the 187).")
    g.note("Survey: four standalone shares of one partition («головною потребою») → share with a label; they sum to "
           "102,4 %: the planted percents_sum slip.")
    g.write()


if __name__ == "__main__":
    build()
    gold()
