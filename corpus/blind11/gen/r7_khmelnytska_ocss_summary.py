"""b11_07: oblast-level analytic summary with a table by hromada and a «Всього по області» row (DOCX)."""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import datetime

from common import Gold, freeze_zip, report_path

DOC = "b11_07_khmelnytska_ocss_summary2023.docx"

ORG = "ХМЕЛЬНИЦЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ"
DOCNO = "12.02.2024 № 01-14/96"
TITLE = "АНАЛІТИЧНА ДОВІДКА"
SUB = ("щодо надання центрами соціальних служб територіальних громад Хмельницької області послуги соціального "
       "супроводу сімей (осіб), які перебувають у складних життєвих обставинах, у 2023 році")
P1 = ("Станом на 01.01.2024 у Хмельницькій області функціонують 60 територіальних громад, у 46 з яких утворено "
      "центри соціальних служб; у 14 громадах соціальні послуги сім’ям з дітьми надають центри надання соціальних "
      "послуг або фахівці із соціальної роботи виконавчих органів рад.")
P2 = ("Усього у 2023 році центри соціальних служб громад області надавали послугу соціального супроводу 1 103 "
      "сім’ям, у яких виховується 2 316 дітей (у 2022 році – 1 027 сім’ям).")
P3 = ("Серед сімей, які отримували послугу, – 271 сім’я внутрішньо переміщених осіб, 188 сімей військовослужбовців, "
      "ветеранів війни та загиблих (померлих) Захисників, 402 сім’ї, у яких батьки ухиляються від виконання "
      "батьківських обов’язків, 226 сімей, які постраждали від домашнього насильства.")
TCAP = "Таблиця 1. Соціальний супровід сімей у СЖО в розрізі територіальних громад, 2023 рік"
ROWS = [
    ("Хмельницька міська", 212, 131, "61,8"),
    ("Кам’янець-Подільська міська", 148, 83, "56,1"),
    ("Шепетівська міська", 97, 52, "53,6"),
    ("Старокостянтинівська міська", 64, 41, "64,1"),
    ("Славутська міська", 58, 30, "51,7"),
    ("Нетішинська міська", 39, 25, "64,1"),
    ("Полонська міська", 33, 17, "51,5"),
    ("Красилівська міська", 45, 26, "57,8"),
    ("Волочиська міська", 41, 22, "55,7"),   # planted slip: 22/41 = 53,7 %
    ("Ізяславська міська", 36, 19, "52,8"),
    ("Городоцька міська", 44, 27, "61,4"),
    ("Інші громади області (35)", 286, 171, "59,8"),
]
SLIP_ROW = "Волочиська міська"
TOTAL = ("Всього по області", 1103, 644, "58,4")
P4 = ("Отже, з позитивним результатом у 2023 році завершено супровід 644 сімей (58,4 %), ще 297 сімей (26,9 %) "
      "продовжують отримувати послугу у 2024 році, у 162 сім’ях (14,7 %) надання послуги припинено з інших причин "
      "(зміна місця проживання, відмова від послуги, невиконання плану супроводу).")
P5 = ("Найвищу результативність супроводу забезпечили Старокостянтинівська та Нетішинська громади, найнижчу – "
      "Полонська громада, де третина сімей відмовилася від продовження послуги.")
P6 = ("Станом на 31.12.2023 у центрах соціальних служб громад області працює 318 фахівців із соціальної роботи, "
      "середнє навантаження становить 3,5 сім’ї на одного фахівця.")
P7 = ("Обласним центром соціальних служб у 2023 році проведено 12 навчальних заходів (тренінги, супервізії, вебінари) "
      "для 402 фахівців ЦСС громад.")
P8 = ("Пропозиції: у 2024 році охопити соціальним супроводом не менше 1 200 сімей та забезпечити створення центрів "
      "соціальних служб у 5 громадах, де їх немає.")
CONTACT = "29000, м. Хмельницький, вул. Соборна, 29; тел. (0382) 00-51-73"


def build_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for s, bold in ((ORG, True), (DOCNO, False), (TITLE, True), (SUB, True)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(s).bold = bold
    for s in (P1, P2, P3):
        d.add_paragraph(s).paragraph_format.first_line_indent = Cm(1.25)
    d.add_paragraph().add_run(TCAP).italic = True
    t = d.add_table(rows=2 + len(ROWS) + 1, cols=5)
    t.style = "Table Grid"
    hdr = ["№ з/п", "Територіальна громада", "Перебувало під соціальним супроводом, сімей",
           "Завершено з позитивним результатом"]
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
    t.cell(1, 3).text = "сімей"
    t.cell(1, 4).text = "% до тих, що перебували"
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(1, 2))
    t.cell(0, 3).merge(t.cell(0, 4))
    for r, (name, n, k, pct) in enumerate(ROWS, start=2):
        for c, v in enumerate((str(r - 1), name, n, k, pct)):
            t.cell(r, c).text = str(v)
    last = 2 + len(ROWS)
    t.cell(last, 0).text = TOTAL[0]
    t.cell(last, 0).merge(t.cell(last, 1))
    for c, v in enumerate(TOTAL[1:], start=2):
        t.cell(last, c).text = str(v)
    for s in (P4, P5, P6, P7, P8):
        d.add_paragraph(s).paragraph_format.first_line_indent = Cm(1.25)
    d.add_paragraph(CONTACT)
    d.add_paragraph("Директор обласного центру соціальних служб")
    d.core_properties.created = datetime.datetime(2024, 2, 12, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2024, 2, 12, 9, 0, 0)
    d.core_properties.last_modified_by = ""
    d.save(path)
    freeze_zip(path)


def pct(s):
    return float(s.replace(",", "."))


def main():
    # the table must add up except for the planted slip
    assert sum(r[1] for r in ROWS) == TOTAL[1] and sum(r[2] for r in ROWS) == TOTAL[2]
    for name, n, k, p in ROWS + [TOTAL]:
        ok = round(100 * k / n + 1e-9, 1) == pct(p)
        assert ok == (name != SLIP_ROW), (name, n, k, p)
    build_docx(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Хмельницький обласний центр соціальних служб",
        "centre_type": "css",
        "settlement": "Хмельницький",
        "oblast": "Хмельницька",
        "report_kind": "period_report",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    }, meta_alt={"report_kind": ["annual_report"]})
    SV = "social_support_sjo"
    f_p = g.f("served", "families", 1103, "надавали послугу соціального супроводу 1 103 сім’ям", service=SV,
              label="по області")
    g.f("served", "children", 2316, "у яких виховується 2 316 дітей", service=SV, parent=f_p)
    for v, q, cat in [(271, "271 сім’я внутрішньо переміщених осіб", "сім'ї внутрішньо переміщених осіб"),
                      (188, "188 сімей військовослужбовців, ветеранів війни та загиблих (померлих) Захисників",
                       "сім'ї військовослужбовців, ветеранів війни та загиблих (померлих) Захисників"),
                      (402, "402 сім’ї, у яких батьки ухиляються від виконання батьківських обов’язків",
                       "сім'ї, у яких батьки ухиляються від виконання батьківських обов'язків"),
                      (226, "226 сімей, які постраждали від домашнього насильства",
                       "сім'ї, які постраждали від домашнього насильства")]:
        g.f("served", "families", v, q, service=SV, category=cat, parent=f_p)
    tq = "\t".join(str(x) for x in TOTAL)
    t_n = g.f("served", "families", TOTAL[1], tq, service=SV, district="Всього по області", alt=["support_ongoing"])
    t_k = g.f("outcome_positive", "families", TOTAL[2], tq, percent=pct(TOTAL[3]), service=SV,
              district="Всього по області", parent=t_n)
    slip_ids = []
    for i, (name, n, k, p) in enumerate(ROWS, start=1):
        q = "\t".join([str(i), name, str(n), str(k), p])
        dn = name.replace("’", "'")
        a = g.f("served", "families", n, q, service=SV, district=dn, alt=["support_ongoing"],
                group="served_1103_by_hromada", parent=t_n)
        b = g.f("outcome_positive", "families", k, q, percent=pct(p), service=SV, district=dn,
                group="positive_644_by_hromada", parent=t_k)
        if name == SLIP_ROW:
            slip_ids = [b, a]
            slip_q = q
    g.f("outcome_positive", "families", 644, "з позитивним результатом у 2023 році завершено супровід 644 сімей (58,4 %)",
        percent=58.4, service=SV, group="served_1103_by_result", parent=f_p)
    g.f("support_ongoing", "families", 297, "ще 297 сімей (26,9 %) продовжують отримувати послугу у 2024 році",
        percent=26.9, service=SV, group="served_1103_by_result", parent=f_p)
    g.f("outcome_other", "families", 162, "у 162 сім’ях (14,7 %) надання послуги припинено з інших причин",
        percent=14.7, service=SV, label="зміна місця проживання, відмова від послуги, невиконання плану супроводу",
        group="served_1103_by_result", parent=f_p)
    g.f("staff_actual", "staff", 318, "у центрах соціальних служб громад області працює 318 фахівців із соціальної роботи",
        label="фахівці із соціальної роботи ЦСС громад")
    g.f("events", "events", 12, "Обласним центром соціальних служб у 2023 році проведено 12 навчальних заходів")
    g.f("event_participants", "persons", 402, "для 402 фахівців ЦСС громад", alt=["staff_trained"],
        category="фахівці ЦСС громад")

    g.slip("percent_mismatch", "error", slip_q, 55.7, 53.7, slip_ids,
           "Волочиська міська: 22 of 41 families = 53.66 % → 53,7, written 55,7")

    g.check("table_arithmetic", tq, "families under support: rows 1–12 sum to 1 103; positive results sum to 644")
    g.check("percent_mismatch", tq, "every other row's % matches k/N at one decimal; Всього 644/1 103 = 58.39 % → 58,4")
    g.check("parts_sum", P4[:60], "644 + 297 + 162 = 1 103; 58,4 + 26,9 + 14,7 = 100,0 %; 297/1 103 = 26.93 %, "
            "162/1 103 = 14.69 %")
    g.check("internal_conflict", "надавали послугу соціального супроводу 1 103 сім’ям",
            "prose total 1 103 and 644 agree with the table's «Всього по області» row")

    g.skip(DOCNO, [12, 2, 2024, 1, 14, 96], "date and registration number of the note (not a publication date)")
    g.skip(P1, [1, 2024, 60, 46, 14], "date and counts of hromadas / centres (structure of the oblast, not service "
           "figures)")
    g.skip("(у 2022 році – 1 027 сім’ям)", [2022, 1027], "prior-year figure")
    g.skip("№ з/п", list(range(1, 13)), "row numbers 1–12 of Таблиця 1")
    g.skip("Інші громади області (35)", [35], "number of hromadas grouped in the row")
    g.skip("Таблиця 1.", [1], "table number")
    g.skip("де третина сімей відмовилася від продовження послуги", [0.33], "a fraction in words without a base")
    g.skip("середнє навантаження становить 3,5 сім’ї на одного фахівця", [3.5], "ratio")
    g.skip(P8, [2024, 1200, 5], "plan for next year")
    g.skip(CONTACT, [29000, 29, 382], "postcode, address, phone")

    g.note("an oblast-level note: the provider is the обласний центр соціальних служб (css); settlement = its seat, "
           "Хмельницький; the figures cover all ЦСС of the oblast's hromadas")
    g.note("report_kind period_report (an analytic note, SPEC §5), annual_report accepted")
    g.note("table: per hromada two facts (served, outcome_positive with the % column as percent); district = the hromada "
           "as written; rows hang on the «Всього по області» cell of the same column")
    g.note("«Перебувало під соціальним супроводом» → served with alt support_ongoing (as the seed gold)")
    g.note("the four family categories («Серед сімей…») overlap and do not cover all 1 103 families (sum 1 087): "
           "parent_id set, no group, no finding")
    g.note("the prose 644 is annotated as a second fact (repeat of the table total) and as a part of the prose 1 103 "
           "together with 297 and 162")
    g.note("«ще 297 сімей (26,9 %) продовжують отримувати послугу у 2024 році» is a 2023 figure (support carried "
           "over into 2024), not a plan; 11 named hromadas + «Інші громади області (35)» = the 46 with a ЦСС")
    g.note("402 trained specialists of other bodies → event_participants (alt staff_trained: they are not the "
           "oblast centre's own staff)")
    g.write()


if __name__ == "__main__":
    main()
