"""blind9 #7 — child-focused report of ЦСС Вільнянської міської ради (Запорізька), 2025. PDF (python-docx → soffice)."""
from common import F, write_gold, CORPUS, read_text
import os, subprocess, tempfile, shutil
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

DOC = "b9_07_vilniansk_css_dity.pdf"
TAB = [("Прийомні сім'ї", "6", "17", "15"),
       ("Дитячі будинки сімейного типу", "2", "13", "13"),
       ("Сім'ї опікунів, піклувальників", "34", "41", "41")]
TABTOT = ("Разом", "42", "71", "69")

PARAS = [
    "Відповідно до рішення виконавчого комітету Вільнянської міської ради від 19.06.2025 № 214 Центр соціальних служб (м. Вільнянськ, вул. Бочарова, 6, тел. (06143) 4-27-15) забезпечує надання соціальних послуг сім'ям з дітьми громади, у якій проживає 35,2 тис. осіб, з них 6,9 тис. дітей.",
    "1. Виявлення сімей у складних життєвих обставинах",
    "Протягом 2025 року до Центру надійшли повідомлення про 148 сімей з дітьми (в них 297 дітей), які можуть перебувати у складних життєвих обставинах. Оцінку потреб проведено 141 сім'ї. За результатами оцінки потреб 96 сімей (68 %) визнано такими, що перебувають у складних життєвих обставинах, у тому числі 29 сімей внутрішньо переміщених осіб.",
    "2. Кризове втручання",
    "Послугу екстреного (кризового) втручання надано 14 сім'ям (31 дитина), з них 9 сімей – через загрозу життю та здоров'ю дітей віком до 3 років. Мобільна група реагувала на виклики у середньому протягом 40 хвилин.",
    "3. Соціальний супровід сімей (осіб), які перебувають у СЖО",
    "Під соціальним супроводом перебувало 62 сім'ї, в яких виховується 128 дітей. Взято під супровід 38 сімей (79 дітей). Завершено супровід 35 сімей: з позитивним результатом – 24 сім'ї (69 %), мінімізовано складні життєві обставини – 7 сімей, з негативним результатом – 2 сім'ї, у зв'язку зі зміною місця проживання – 3 сім'ї. Продовжено супровід на 2026 рік – 27 сімей.",
    "4. Патронат, прийомні сім'ї, ДБСТ, усиновлення",
    "Центр здійснював соціальний супровід 2 сімей патронатних вихователів, у яких протягом року перебувало 9 дітей. Середній термін перебування дитини у патронатній сім'ї – 74 дні; 5 дітей повернуто до біологічних сімей.",
    "Соціальне супроводження сімей, які виховують дітей-сиріт та дітей, позбавлених батьківського піклування (станом на 31.12.2025):",
    "TABLE",
    "Протягом року усиновлено 3 дітей, проведено навчання 4 кандидатів у прийомні батьки. У 2026 році планується створити ще 1 дитячий будинок сімейного типу на 5 дітей.",
    "5. Групова робота та кадри",
    "Проведено 18 тренінгів для батьків, у яких взяли участь 214 осіб. Штатна чисельність Центру – 7 посад, фактично працює 6 фахівців. Скарг на роботу фахівців не надходило.",
    "Для порівняння: у 2024 році надійшли повідомлення про 121 сім'ю.",
    "Директор Центру соціальних служб                     Валентина ЛИСЕНКО",
]


def add_page_field(par):
    r = par.add_run()
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if t:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), t); r._r.append(el)
        else:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = txt; r._r.append(el)


def build(pdf_path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    fp = d.sections[0].footer.paragraphs[0]
    fp.text = "Звіт ЦСС Вільнянської міської ради за 2025 рік, сторінка "
    add_page_field(fp)
    for line in ["ВІЛЬНЯНСЬКА МІСЬКА РАДА ЗАПОРІЗЬКОГО РАЙОНУ ЗАПОРІЗЬКОЇ ОБЛАСТІ", "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ",
                 "ЗВІТ про роботу Центру соціальних служб Вільнянської міської ради щодо соціальної підтримки сімей з дітьми за 2025 рік"]:
        p = d.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for para in PARAS:
        if para == "TABLE":
            t = d.add_table(rows=2 + len(TAB), cols=4); t.style = "Table Grid"
            for j, h in enumerate(["Форма сімейного виховання", "Кількість сімей", "Кількість дітей у них",
                                   "з них дітей-сиріт та дітей, позбавлених батьківського піклування"]):
                t.rows[0].cells[j].text = h
            for i, r in enumerate(TAB + [TABTOT]):
                for j in range(4):
                    t.rows[1 + i].cells[j].text = r[j]
            continue
        d.add_paragraph(para)
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(DOC)[0] + ".docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, DOC), pdf_path)
    shutil.rmtree(tmp)


def main():
    path = os.path.join(CORPUS, DOC)
    if not os.path.exists(path) or os.environ.get("REBUILD"):
        build(path)
    t = read_text(path)
    open("/tmp/b9_07.txt", "w").write(t)
    S = "social_support_sjo"; C = "crisis_intervention"; FO = "social_support_foster"
    facts = [
        F("notified", "families", 148, "надійшли повідомлення про 148 сімей з дітьми", tag="n"),
        F("notified", "children", 297, "148 сімей з дітьми (в них 297 дітей)", parent_id="n"),
        F("needs_assessed", "families", 141, "Оцінку потреб проведено 141 сім'ї", tag="na"),
        F("in_difficult_circumstances", "families", 96, "За результатами оцінки потреб 96 сімей (68 %) визнано такими, що перебувають у складних життєвих обставинах",
          percent=68, parent_id="na", tag="sjo"),
        F("in_difficult_circumstances", "families", 29, "у тому числі 29 сімей внутрішньо переміщених осіб", category="сім'ї внутрішньо переміщених осіб", parent_id="sjo"),
        F("served", "families", 14, "Послугу екстреного (кризового) втручання надано 14 сім'ям", service=C, tag="cr"),
        F("served", "children", 31, "14 сім'ям (31 дитина)", service=C, parent_id="cr"),
        F("served", "families", 9, "з них 9 сімей – через загрозу життю та здоров'ю дітей", service=C, parent_id="cr",
          label="загроза життю та здоров'ю дітей віком до 3 років"),
        F("served", "families", 62, "Під соціальним супроводом перебувало 62 сім'ї", service=S, tag="ss"),
        F("served", "children", 128, "в яких виховується 128 дітей", service=S, parent_id="ss"),
        F("support_started", "families", 38, "Взято під супровід 38 сімей", service=S, tag="st"),
        F("support_started", "children", 79, "38 сімей (79 дітей)", service=S, parent_id="st"),
        F("support_completed", "families", 35, "Завершено супровід 35 сімей", service=S, tag="sc"),
        F("outcome_positive", "families", 24, "з позитивним результатом – 24 сім'ї (69 %)", percent=69, service=S, parent_id="sc", tag="o1"),
        F("outcome_minimized", "families", 7, "мінімізовано складні життєві обставини – 7 сімей", service=S, parent_id="sc", tag="o2"),
        F("outcome_negative", "families", 2, "з негативним результатом – 2 сім'ї", service=S, parent_id="sc", tag="o3"),
        F("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3 сім'ї", service=S, label="зміна місця проживання", parent_id="sc", tag="o4"),
        F("support_ongoing", "families", 27, "Продовжено супровід на 2026 рік – 27 сімей", service=S),
        F("served", "families", 2, "Центр здійснював соціальний супровід 2 сімей патронатних вихователів", category="сім'ї патронатних вихователів", tag="pat",
          note="service left unset: patronat support is not clearly 010.2"),
        F("served", "children", 9, "у яких протягом року перебувало 9 дітей", category="діти в сім'ях патронатних вихователів", parent_id="pat",
          uncertain=True, note="children who stayed in the patronat families during the year"),
    ]
    for r in TAB + [TABTOT]:
        q = "\t".join(r)
        tot = r[0] == "Разом"
        k = "tot" if tot else r[0]
        kw = {"label": "Разом"} if tot else {"category": r[0], "group": "foster_forms_families", "parent_id": "fam_tot"}
        facts.append(F("served", "families", int(r[1]), q, service=FO, tag="fam_" + k, **kw))
        kw2 = {"label": "Разом"} if tot else {"category": r[0], "group": "foster_forms_children"}
        facts.append(F("served", "children", int(r[2]), q, service=FO, parent_id="fam_" + k, tag="ch_" + k, **kw2))
        facts.append(F("served", "children", int(r[3]), q, service=FO, parent_id="ch_" + k,
                       category="діти-сироти та діти, позбавлені батьківського піклування", label=("Разом" if tot else r[0])))
    facts += [
        F("events", "events", 18, "Проведено 18 тренінгів для батьків"),
        F("event_participants", "persons", 214, "у яких взяли участь 214 осіб"),
        F("staff_positions", "positions", 7, "Штатна чисельність Центру – 7 посад"),
        F("staff_actual", "staff", 6, "фактично працює 6 фахівців"),
        F("complaints", "complaints", 0, "Скарг на роботу фахівців не надходило"),
    ]
    audit = [
        {"rule": "parts_sum", "severity": "error",
         "quote": "Завершено супровід 35 сімей: з позитивним результатом – 24 сім'ї (69 %), мінімізовано складні життєві обставини – 7 сімей, з негативним результатом – 2 сім'ї, у зв'язку зі зміною місця проживання – 3 сім'ї.",
         "reported": 35, "expected": 36, "fact_ids": ["sc", "o1", "o2", "o3", "o4"],
         "note": "outcomes after the colon: 24 + 7 + 2 + 3 = 36 families, 1 more than the 35 whose support was completed."},
    ]
    checks = [
        {"rule": "percent_mismatch", "quote": "За результатами оцінки потреб 96 сімей (68 %)", "note": "96/141 = 68.09 % → 68 %"},
        {"rule": "percent_mismatch", "quote": "з позитивним результатом – 24 сім'ї (69 %)", "note": "24/35 = 68.57 % → 69 %"},
        {"rule": "parts_sum", "quote": "Під соціальним супроводом перебувало 62 сім'ї, в яких виховується 128 дітей.", "note": "completed 35 + continued 27 = 62 families under support"},
        {"rule": "table_arithmetic", "quote": "Разом\t42\t71\t69", "note": "families 6 + 2 + 34 = 42; children 17 + 13 + 41 = 71; orphans 15 + 13 + 41 = 69"},
    ]
    skipped = [
        {"quote": "від 19.06.2025 № 214", "values": [19, 6, 2025, 214], "reason": "date and number of the executive committee decision"},
        {"quote": "вул. Бочарова, 6, тел.", "values": [6], "reason": "address (phone (06143) 4-27-15 on the next line)"},
        {"quote": "у якій проживає 35,2 тис. осіб, з них 6,9 тис. дітей", "values": [35200, 6900], "reason": "population"},
        {"quote": "дітей віком до 3 років", "values": [3], "reason": "age"},
        {"quote": "у середньому протягом 40 хвилин", "values": [40], "reason": "duration"},
        {"quote": "Середній термін перебування дитини у патронатній сім'ї – 74 дні", "values": [74], "reason": "duration"},
        {"quote": "5 дітей повернуто до біологічних сімей", "values": [5], "reason": "children returned to birth families; no §3 id"},
        {"quote": "Протягом року усиновлено 3 дітей, проведено навчання 4 кандидатів у прийомні батьки", "values": [3, 4], "reason": "adoptions and candidates trained; no §3 id"},
        {"quote": "У 2026 році планується створити ще 1 дитячий будинок сімейного типу на 5 дітей", "values": [1, 5], "reason": "plan"},
        {"quote": "у 2024 році надійшли повідомлення про 121 сім'ю", "values": [121], "reason": "previous year's figure"},
        {"quote": "Звіт ЦСС Вільнянської міської ради за 2025 рік, сторінка 2", "values": [2025, 2], "reason": "page footer with page number (also page 1, inside the table header)"},
    ]
    notes = [
        "PDF made from python-docx by soffice; the footer «…сторінка 1» falls inside the table header in the extracted text; quotes are taken from `zvitparse read`",
        "crisis: «Послугу екстреного (кризового) втручання» → service crisis_intervention (012.0)",
        "the foster table («станом на 31.12.2025»): served families/children with service social_support_foster (прийомні сім'ї, ДБСТ, сім'ї опікунів as in the seed gold); the orphans column is a part of each row's children",
        "«Продовжено супровід на 2026 рік – 27 сімей» is a 2025 figure (support continued into next year), not a next-year plan",
        "patronat: 2 families served (service unset), 9 children (uncertain); adoption counts skipped (no §3 id)",
    ]
    meta = {"centre": "Центр соціальних служб Вільнянської міської ради", "centre_type": "css",
            "settlement": "Вільнянськ", "oblast": "Запорізька", "report_kind": "annual_report",
            "period_start": "2025-01-01", "period_end": "2025-12-31"}
    write_gold(DOC, meta, facts, audit, checks, skipped, notes)

if __name__ == "__main__":
    main()
