"""b72_03: КУ «ЦНСП» Журавненської селищної ради (Львівська), internal quality assessment of home care
provided in 2024. DOCX (python-docx) with a criteria table and the document's own rating bands.
Impersonal voice."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b72_03_zhuravno_cnsp_internal2024.docx"

HEAD = [
    "Комунальна установа «Центр надання соціальних послуг» Журавненської селищної ради",
    "82150, Львівська обл., Стрийський р-н, смт Журавно, вул. Чорновола, 3, тел. (03245) 0-32-19, ЄДРПОУ 44127735",
]
TITLE = "ЗВІТ\nпро результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2024 році"
PARAS = [
    "Оцінювання проведено з 03 по 21 лютого 2025 року робочою групою у складі 4 осіб, утвореною наказом директора від 29.01.2025 № 08-ОД, відповідно до Порядку, затвердженого постановою КМУ від 01.06.2020 № 449.",
    "1. Загальні відомості",
    "У 2024 році послугу догляду вдома отримувало 86 осіб, з них жінок – 62, чоловіків – 24; 11 отримувачів мають інвалідність I групи. Середній вік отримувачів – 78 років, найстаршому – 97. Отримувачам надано 9 412 послуг догляду вдома (у середньому 2–3 відвідування на тиждень).",
    "Упродовж року послугу призначено 19 особам, припинено – 15: у зв'язку зі смертю – 9, переїздом до родичів – 4, влаштуванням до будинку-інтернату – 2.",
    "Послугу надають 14 соціальних робітників (за штатним розписом – 16 посад).",
    "2. Методи оцінювання",
    "Опрацьовано особові справи, проведено анкетування 52 отримувачів (60,5 % від загальної кількості) та спостереження за наданням послуги у 6 населених пунктах громади.",
    "Рівень якості за кожним критерієм визначався за часткою позитивних відповідей: 85–100 % – «добре», 60–84 % – «задовільно», менше 60 % – «незадовільно».",
    "3. Результати оцінювання",
    "Таблиця 1. Оцінка якості за критеріями",
]
TABLE = [
    ("№", "Критерій", "Частка позитивних відповідей, %", "Рівень"),
    ("1", "Адресність та індивідуальний підхід", "98,1", "добре"),
    ("2", "Доступність та безперешкодність", "90,4", "добре"),
    ("3", "Своєчасність", "86,5", "добре"),
    ("4", "Результативність (ефективність)", "82,7", "добре"),
    ("5", "Повага до гідності отримувача", "100", "добре"),
    ("6", "Професійність", "94,2", "добре"),
    ("7", "Безпека", "76,9", "задовільно"),
    ("8", "Конфіденційність", "100", "добре"),
    ("", "Загальна оцінка", "", "добре"),
]
TAIL = [
    "Протягом 2024 року надійшла 1 скарга (щодо запізнення соціального робітника); її розглянуто у встановлений строк, факти частково підтвердилися.",
    "4. Висновки та рекомендації",
    "Якість надання соціальної послуги догляду вдома у 2024 році оцінено як «добре». Найнижчий показник – за критерієм безпеки (задовільно): у 12 оселях не встановлено датчики диму.",
    "Рекомендовано: 1) до 01.06.2025 провести навчання соціальних робітників з питань безпеки; 2) у ІІ кварталі 2025 року повторити анкетування.",
    "Звіт розглянуто на нараді 27.02.2025, протокол № 3.",
    "Директор\t\t\t(підпис)",
]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for t in HEAD:
        p = d.add_paragraph(t)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in TITLE.split("\n"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    for t in PARAS:
        p = d.add_paragraph()
        r = p.add_run(t)
        if t[:2] in ("1.", "2.", "3.") or t.startswith("Таблиця"):
            r.bold = True
    tb = d.add_table(rows=0, cols=4)
    tb.style = "Table Grid"
    for row in TABLE:
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    for t in TAIL:
        p = d.add_paragraph()
        r = p.add_run(t)
        if t.startswith("4."):
            r.bold = True
    fix_docx_props(d, "ЦНСП")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Журавненської селищної ради",
        "centre_type": "cnsp", "settlement": "Журавно", "oblast": "Львівська",
        "report_kind": "internal_assessment",
        "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Журавненської селищної ради",
                    "КУ «Центр надання соціальних послуг» Журавненської селищної ради"]})
    f = g.f
    H = "home_care"
    s = f("served", "persons", 86, "У 2024 році послугу догляду вдома отримувало 86 осіб", service=H)
    w = f("served", "persons", 62, "жінок – 62", service=H, label="жінки", group="served_86_by_sex", parent=s)
    m = f("served", "persons", 24, "чоловіків – 24", service=H, label="чоловіки", group="served_86_by_sex", parent=s)
    dis = f("served", "persons", 11, "11 отримувачів мають інвалідність I групи", service=H,
            category="особи з інвалідністю I групи", parent=s)
    sp = f("services_provided", "services", 9412, "Отримувачам надано 9 412 послуг догляду вдома", service=H)
    nw = f("served", "persons", 19, "послугу призначено 19 особам", service=H,
           alt=["registered_new", "support_started"], label="призначено у 2024 році", parent=s)
    st = f("support_completed", "persons", 15, "припинено – 15", service=H, alt=["deregistered"], parent=s)
    G = "stopped_15_by_reason"
    o1 = f("outcome_other", "persons", 9, "у зв'язку зі смертю – 9", service=H, label="смерть", group=G, parent=st)
    o2 = f("outcome_other", "persons", 4, "переїздом до родичів – 4", service=H, label="переїзд до родичів", group=G, parent=st)
    o3 = f("outcome_other", "persons", 2, "влаштуванням до будинку-інтернату – 2", service=H,
           label="влаштування до будинку-інтернату", group=G, parent=st)
    sa = f("staff_actual", "staff", 14, "Послугу надають 14 соціальних робітників", label="соціальні робітники")
    sp16 = f("staff_positions", "positions", 16, "за штатним розписом – 16 посад", label="соціальні робітники")
    sr = f("survey_respondents", "recipients", 52, "проведено анкетування 52 отримувачів (60,5 % від загальної кількості)",
           percent=60.5, service=H, unit_alt="persons")
    crit = [("targeting", "1\tАдресність та індивідуальний підхід\t98,1\tдобре", 98.1, "good"),
            ("accessibility", "2\tДоступність та безперешкодність\t90,4\tдобре", 90.4, "good"),
            ("timeliness", "3\tСвоєчасність\t86,5\tдобре", 86.5, "good"),
            ("effectiveness", "4\tРезультативність (ефективність)\t82,7\tдобре", 82.7, "good"),
            ("dignity", "5\tПовага до гідності отримувача\t100\tдобре", 100, "good"),
            ("professionalism", "6\tПрофесійність\t94,2\tдобре", 94.2, "good"),
            ("safety", "7\tБезпека\t76,9\tзадовільно", 76.9, "satisfactory"),
            ("confidentiality", "8\tКонфіденційність\t100\tдобре", 100, "good")]
    ids = {}
    for cid, q, pv, rv in crit:
        a = f("share", "percent", pv, q, service=H, criterion=cid, alt=["satisfaction"],
              label="частка позитивних відповідей")
        b = f("rating", "rating", rv, q, service=H, criterion=cid)
        ids[cid] = (a, b)
    ov = f("rating", "rating", "good", "Загальна оцінка\t\tдобре", service=H, criterion="overall")
    ov2 = f("rating", "rating", "good", "Якість надання соціальної послуги догляду вдома у 2024 році оцінено як «добре»",
            service=H, criterion="overall", label="висновки: повторна згадка загальної оцінки")
    sf2 = f("rating", "rating", "satisfactory", "Найнижчий показник – за критерієм безпеки (задовільно)",
            service=H, criterion="safety", label="висновки: повторна згадка")
    cp = f("complaints", "complaints", 1, "Протягом 2024 року надійшла 1 скарга")

    ea, eb = ids["effectiveness"]
    BANDS = "[(85, 100, 'good'), (60, 84.99, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    g.slip("rating_band", "error", "4\tРезультативність (ефективність)\t82,7\tдобре", "good", "satisfactory", [ea, eb],
           "82,7 % positive answers lies in the document's own band 60–84 % («задовільно»), but the row says «добре» (the band for «добре» starts at 85 %).",
           f"band({ea}, {BANDS}) == {eb}")
    others = [c for c in ids if c != "effectiveness"]
    g.check("rating_band", "Рівень якості за кожним критерієм визначався за часткою позитивних відповідей",
            "every other row's rating agrees with its band (85–100 добре, 60–84 задовільно)",
            " and ".join(f"band({ids[c][0]}, {BANDS}) == {ids[c][1]}" for c in others))
    g.check("percent_impossible", "Таблиця 1. Оцінка якості за критеріями",
            "each share is reachable with 52 respondents (51, 47, 45, 43, 52, 49, 40, 52 of 52)",
            " and ".join(f"grim_ok({ids[c][0]}, {sr}, 1)" for c in ids))
    g.check("percent_mismatch", "проведено анкетування 52 отримувачів (60,5 % від загальної кількості)",
            "52/86 = 60,5 %", f"pct_ok(p{sr[1:]}, {sr}, {s}, 1)")
    g.check("parts_sum", "з них жінок – 62, чоловіків – 24", "62 + 24 = 86", f"{w} + {m} == {s}")
    g.check("parts_sum", "припинено – 15: у зв'язку зі смертю – 9", "9 + 4 + 2 = 15", f"{o1} + {o2} + {o3} == {st}")
    g.check("parts_sum", "Послугу надають 14 соціальних робітників (за штатним розписом – 16 посад).",
            "14 working ≤ 16 positions; 11 ≤ 86; 19 new ≤ 86", f"{sa} <= {sp16} and {dis} <= {s} and {nw} <= {s}")
    g.check("internal_conflict", "Найнижчий показник – за критерієм безпеки (задовільно)",
            "safety «задовільно» in the table and in the conclusions; overall «добре» in both",
            f"{sf2} == {ids['safety'][1]} and {ov} == {ov2}")

    g.skip("82150, Львівська обл., Стрийський р-н, смт Журавно, вул. Чорновола, 3, тел. (03245) 0-32-19, ЄДРПОУ 44127735",
           [82150, 3, 3245, 3219, 44127735], "postcode, address, phone, ЄДРПОУ")
    g.skip("Оцінювання проведено з 03 по 21 лютого 2025 року робочою групою у складі 4 осіб, утвореною наказом директора від 29.01.2025 № 08-ОД",
           [3, 21, 2025, 4, 29, 1, 2025, 8], "assessment dates, group size, order date and number")
    g.skip("постановою КМУ від 01.06.2020 № 449", [1, 6, 2020, 449], "act date and number")
    g.skip("Середній вік отримувачів – 78 років, найстаршому – 97.", [78, 97], "ages")
    g.skip("(у середньому 2–3 відвідування на тиждень)", [2, 3], "frequency")
    g.skip("спостереження за наданням послуги у 6 населених пунктах громади", [6], "settlement count")
    g.skip("85–100 % – «добре», 60–84 % – «задовільно», менше 60 % – «незадовільно»", [85, 100, 60, 84, 60],
           "rating bands (used as literals in the checks)")
    g.skip("у 12 оселях не встановлено датчики диму", [12], "homes without smoke detectors: no §3 id")
    g.skip("1) до 01.06.2025 провести навчання соціальних робітників з питань безпеки; 2) у ІІ кварталі 2025 року",
           [1, 1, 6, 2025, 2, 2025], "recommendation numbers, deadlines")
    g.skip("Звіт розглянуто на нараді 27.02.2025, протокол № 3.", [27, 2, 2025, 3], "meeting date, minutes number")
    g.skip("Таблиця 1. Оцінка якості за критеріями", [1], "table number; row numbers 1–8 of the table")
    g.skip("1. Загальні відомості", [1, 2, 3, 4], "section numbers")
    g.note("table: every cell is a fact quoted by its row (share with criterion, alt satisfaction; rating with criterion); the overall rating is in the table and again in the conclusions, and the safety rating is repeated in the conclusions: each mention is a fact")
    g.note("criterion ids: Адресність та індивідуальний підхід → targeting; Доступність → accessibility; Результативність (ефективність) → effectiveness")
    g.note("the 14 social workers / 16 positions are the home-care staff only (labelled)")
    g.note("«послугу призначено 19 особам» → served (alt registered_new, support_started); «припинено – 15» → support_completed (alt deregistered) with reasons as outcome_other")
    g.write()


if __name__ == "__main__":
    main()
