"""b110_07: КУ «ЦНСП» Ольгопільської сільської ради (Вінницька), information on work with families,
children and youth for 2022, as a **mail-merge DOCX**: the oblast template filled by Word «Злиття».
Figures are results of MERGEFIELDs (w:fldSimple and complex fields begin/instrText/separate/result/end),
some with a number format \\# "# ##0", some results bold; empty fields left as «Ім'я_поля» placeholders.
A hand-typed paragraph added after the merge gives a second value for one field.
Slip: internal_conflict (16 families taken under support in the merged field, 14 in the typed paragraph)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from common import Gold, report_path, save_docx

DOC = "b110_07_olhopil_cnsp_annual2022.docx"


def _run(el=None, text=None, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
    if el is not None:
        r.append(el)
    if text is not None:
        t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    return r


def fld_simple(p, name, result, bold=False):
    fs = OxmlElement("w:fldSimple"); fs.set(qn("w:instr"), f" MERGEFIELD {name} ")
    fs.append(_run(text=result, bold=bold)); p._p.append(fs)


def fld_complex(p, name, result, fmt=None, bold=False):
    instr = f" MERGEFIELD {name} " + (f'\\# "{fmt}" ' if fmt else "")
    c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "begin"); p._p.append(_run(c, bold=bold))
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; p._p.append(_run(it, bold=bold))
    c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "separate"); p._p.append(_run(c, bold=bold))
    p._p.append(_run(text=result, bold=bold))
    c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "end"); p._p.append(_run(c, bold=bold))


def mixed(p, parts):
    """parts: str (plain text) or tuple (kind, name, result[, fmt][, bold])."""
    for x in parts:
        if isinstance(x, str):
            p._p.append(_run(text=x))
        else:
            kind, name, result, *rest = x
            fmt = rest[0] if rest else None
            bold = rest[1] if len(rest) > 1 else False
            if kind == "s":
                fld_simple(p, name, result, bold)
            else:
                fld_complex(p, name, result, fmt, bold)


# The rows of the services table (name, field, result, fmt)
TROWS = [
    ("Надано соціальних послуг – усього", "Послуги_всього", "2 418", "# ##0"),
    ("у тому числі: консультування", "Конс", "1 602", "# ##0"),
    ("інформування", "Інф", "731", None),
    ("екстрене (кризове) втручання", "Криз", "«Криз»", None),
    ("соціальна профілактика", "Проф", "85", None),
    ("Кількість отримувачів послуг (осіб)", "Отрим_всього", "1 137", "# ##0"),
    ("з них внутрішньо переміщених осіб", "ВПО_отрим", "«ВПО_отрим»", None),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    def p(parts=(), center=False, bold=False):
        para = d.add_paragraph()
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if isinstance(parts, str):
            r = para.add_run(parts); r.bold = bold
        else:
            mixed(para, parts)
        return para
    p("Додаток 2 до листа Вінницького обласного центру соціальних служб від 10.01.2023 № 01-12/34")
    p("ІНФОРМАЦІЯ", center=True, bold=True)
    p("про результати роботи з сім'ями, дітьми та молоддю за 2022 рік", center=True, bold=True)
    p(["Надавач: ", ("s", "Назва_надавача", "КУ «Центр надання соціальних послуг» Ольгопільської сільської ради", None, True)])
    p(["Територіальна громада: ", ("s", "Громада", "Ольгопільська сільська"), "; район: ", ("s", "Район", "Гайсинський")])
    p(["Адреса: ", ("s", "Адреса", "24811, Вінницька обл., Гайсинський р-н, с. Ольгопіль, вул. Соборна, 40"),
       "; телефон: ", ("s", "Телефон", "(04351) 0-21-47"), "; e-mail: ", ("s", "Email", "cnsp.olhopil@example.ua")])
    p("Розділ 1. Виявлення та оцінювання потреб", bold=True)
    p(["1.1. Кількість звернень громадян до надавача: ", ("c", "Звернення", "296")])
    p(["1.2. Кількість повідомлень про сім'ї/осіб, які можуть перебувати у СЖО: ", ("c", "Повідомл", "58")])
    p(["1.3. Проведено оцінювань потреб сімей/осіб: ", ("c", "Оцінка", "54")])
    p("Розділ 2. Соціальний супровід сімей (осіб), які перебувають у СЖО", bold=True)
    p(["2.1. Кількість сімей, охоплених соціальним супроводом: ", ("s", "Сім_СЖО", "37", None, True),
       ", у них дітей: ", ("s", "Діти_СЖО", "72")])
    p(["2.2. Взято під соціальний супровід протягом року (сімей): ", ("c", "Супр_взято", "16")])
    p(["2.3. Завершено соціальний супровід (сімей): ", ("c", "Супр_заверш", "18", None, True),
       ", з них: з позитивним результатом – ", ("c", "Позит", "13"), "; з мінімізацією СЖО – ",
       ("c", "Мінім", "4"), "; з негативним результатом – ", ("c", "Негат", "1")])
    p("Розділ 3. Соціальне супроводження прийомних сімей та ДБСТ", bold=True)
    p(["3.1. Прийомних сімей: ", ("s", "ПС", "3"), "; дитячих будинків сімейного типу: ", ("s", "ДБСТ", "1"),
       "; дітей у них: ", ("s", "Діти_ПС", "14")])
    p("Розділ 4. Соціальні послуги", bold=True)
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "Показник"; t.rows[0].cells[1].text = "За 2022 рік"
    for name, field, res, fmt in TROWS:
        cells = t.add_row().cells
        cells[0].text = name
        para = cells[1].paragraphs[0]
        fld_complex(para, field, res, fmt, bold=(field == "Послуги_всього"))
    p("")
    p("Розділ 5. Групова робота та кадри", bold=True)
    p(["5.1. Проведено групових заходів: ", ("c", "Заходи", "24"), ", охоплено ними осіб: ", ("c", "Охоплено", "412")])
    p(["5.2. Кількість дзвінків на «гарячу лінію»: ", ("s", "Дзвінки", "«Дзвінки»")])
    p(["5.3. Штатних посад фахівців: ", ("s", "Штат", "5"), "; фактично працюють: ", ("s", "Факт", "5"),
       "; підвищили кваліфікацію: ", ("s", "Навч", "3")])
    p("Розділ 6. Коротка характеристика роботи (заповнюється надавачем)", bold=True)
    p("Протягом 2022 року фахівці центру працювали в умовах воєнного стану, значна частина роботи була "
      "пов'язана з підтримкою внутрішньо переміщених сімей, які прибули до громади. Під соціальним "
      "супроводом центру перебувало 37 сімей. Взято під соціальний супровід 14 сімей, здебільшого через "
      "ухилення батьків від виконання батьківських обов'язків та складні умови проживання. "
      "Найбільш затребуваною послугою залишається консультування – 1 602 послуги. "
      "Для дітей громади організовано 2 літні табори денного перебування на 45 місць.")
    p("Примітка: показники заповнюються відповідно до форми, затвердженої наказом обласного центру від "
      "28.12.2022 № 117; порожні поля означають відсутність даних у надавача.")
    p(["Дата заповнення: ", ("s", "Дата", "23.01.2023")])
    p("Директор                              ____________ (підпис)")
    add_mail_merge_settings(d)
    save_docx(d, path, author="Вінницький ОЦСС")


BEFORE_MAILMERGE = {"writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
                    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
                    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
                    "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
                    "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
                    "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState",
                    "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
                    "stylePaneSortMethod", "documentType"}


def add_mail_merge_settings(d):
    """w:mailMerge in settings.xml, as Word leaves it in a main document shown with merged data
    (form letters from an Excel sheet, record 17 on view)."""
    settings = d.settings.element
    mm = OxmlElement("w:mailMerge")
    for tag, val in (("w:mainDocumentType", "formLetters"), ("w:linkToQuery", None), ("w:dataType", "native"),
                     ("w:connectString", "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=pokaznyky_2022.xlsx"),
                     ("w:query", "SELECT * FROM `Громади$`"), ("w:viewMergedData", None), ("w:activeRecord", "17")):
        el = OxmlElement(tag)
        if val is not None:
            el.set(qn("w:val"), val)
        mm.append(el)
    idx = 0
    for i, child in enumerate(settings):
        if child.tag.split("}")[1] in BEFORE_MAILMERGE:
            idx = i + 1
    settings.insert(idx, mm)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Ольгопільської сільської ради",
        "centre_type": "cnsp", "settlement": "Ольгопіль", "oblast": "Вінницька",
        "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31"},
        {"centre": ["КУ «Центр надання соціальних послуг» Ольгопільської сільської ради",
                    "Комунальна установа «Центр надання соціальних послуг» Ольгопільської сільської ради"],
         "settlement": ["Ольгопільська сільська громада", "Ольгопільська громада"],
         "report_kind": ["period_report", "other"]})
    f = g.f
    S = "social_support_sjo"
    ap = f("applied", "persons", 296, "1.1. Кількість звернень громадян до надавача: 296", unit_alt="applications")
    no = f("notified", "families_persons", 58, "які можуть перебувати у СЖО: 58")
    na = f("needs_assessed", "families_persons", 54, "1.3. Проведено оцінювань потреб сімей/осіб: 54")
    sj = f("served", "families", 37, "Кількість сімей, охоплених соціальним супроводом: 37", service=S,
           alt=["support_ongoing"])
    sjc = f("served", "children", 72, "у них дітей: 72", service=S, alt=["support_ongoing"], parent=sj)
    stt = f("support_started", "families", 16, "2.2. Взято під соціальний супровід протягом року (сімей): 16", service=S)
    cm = f("support_completed", "families", 18, "2.3. Завершено соціальний супровід (сімей): 18", service=S)
    G = "completed_18_by_result"
    o1 = f("outcome_positive", "families", 13, "з позитивним результатом – 13", service=S, group=G, parent=cm)
    o2 = f("outcome_minimized", "families", 4, "з мінімізацією СЖО – 4", service=S, group=G, parent=cm)
    o3 = f("outcome_negative", "families", 1, "з негативним результатом – 1", service=S, group=G, parent=cm)
    fs = f("served", "families", 3, "3.1. Прийомних сімей: 3", service="social_support_foster", category="прийомні сім'ї")
    db = f("served", "families", 1, "дитячих будинків сімейного типу: 1", service="social_support_foster",
           category="дитячі будинки сімейного типу")
    fc = f("served", "children", 14, "дітей у них: 14", service="social_support_foster")
    T = f("services_provided", "services", 2418, "Надано соціальних послуг – усього\t2 418")
    t1 = f("services_provided", "services", 1602, "у тому числі: консультування\t1 602", service="counselling",
           group="services_2418_by_service", parent=T)
    t2 = f("services_provided", "services", 731, "інформування\t731", service="informing",
           group="services_2418_by_service", parent=T)
    t3 = f("services_provided", "services", 85, "соціальна профілактика\t85", service="social_prevention",
           group="services_2418_by_service", parent=T)
    rc = f("served", "persons", 1137, "Кількість отримувачів послуг (осіб)\t1 137")
    ev = f("events", "events", 24, "5.1. Проведено групових заходів: 24")
    evp = f("event_participants", "persons", 412, "охоплено ними осіб: 412", parent=ev)
    pos = f("staff_positions", "positions", 5, "5.3. Штатних посад фахівців: 5")
    act = f("staff_actual", "staff", 5, "фактично працюють: 5")
    tr = f("staff_trained", "staff", 3, "підвищили кваліфікацію: 3")
    sj2 = f("served", "families", 37, "Під соціальним \nсупроводом центру перебувало 37 сімей".replace(" \n", " "),
            service=S, alt=["support_ongoing"])
    st2 = f("support_started", "families", 14, "Взято під соціальний супровід 14 сімей", service=S)
    cons2 = f("services_provided", "services", 1602, "консультування – 1 602 послуги", service="counselling")

    g.slip("internal_conflict", "error", "Взято під соціальний супровід 14 сімей", 14, 16, [st2, stt],
           "the merged field Супр_взято (2.2) gives 16 families taken under support in 2022; the hand-typed "
           "characteristic (розділ 6) says 14 for the same indicator, unit, service and year",
           f"{st2} == {stt}")
    g.check("parts_sum", "2.3. Завершено соціальний супровід (сімей): 18", "13 + 4 + 1 = 18",
            f"{o1} + {o2} + {o3} == {cm}")
    g.check("table_arithmetic", "Надано соціальних послуг – усього\t2 418",
            "1 602 + 731 + 85 = 2 418 (the crisis-intervention row is an empty field «Криз»)", f"{t1} + {t2} + {t3} == {T}")
    g.check("internal_conflict", "Під соціальним \nсупроводом центру перебувало 37 сімей".replace(" \n", " "),
            "37 families in the typed paragraph = field Сім_СЖО; 1 602 counselling services = field Конс",
            f"{sj2} == {sj} and {cons2} == {t1}")
    g.check("parts_sum", "1.3. Проведено оцінювань потреб сімей/осіб: 54", "54 assessments ≤ 58 notifications; 16 taken ≤ 37 served; 18 completed ≤ 37",
            f"{na} <= {no} and {stt} <= {sj} and {cm} <= {sj}")
    g.check("parts_sum", "фактично працюють: 5", "5 of 5 positions; 3 trained ≤ 5", f"{act} <= {pos} and {tr} <= {act}")

    g.skip("Додаток 2 до листа Вінницького обласного центру соціальних служб від 10.01.2023 № 01-12/34",
           [2, 10, 1, 2023, 1, 12, 34], "annex and letter number/date")
    g.skip("з сім'ями, дітьми та молоддю за 2022 рік", [2022], "year of the title")
    g.skip("24811, Вінницька обл., Гайсинський р-н, с. Ольгопіль, вул. Соборна, 40", [24811, 40], "postcode, address (merged field)")
    g.skip("(04351) 0-21-47", [4351, 2147], "phone (merged field)")
    g.skip("Розділ 1. Виявлення та оцінювання потреб", [1, 2, 3, 4, 5, 6], "section numbers Розділ 1–6")
    g.skip("1.1. Кількість звернень", [1.1, 1.2, 1.3, 2.1, 2.2, 2.3, 3.1, 5.1, 5.2, 5.3], "item numbers")
    g.skip("За 2022 рік", [2022], "column head")
    g.skip("екстрене (кризове) втручання\t«Криз»", [], "empty merge field: no figure, no fact")
    g.skip("з них внутрішньо переміщених осіб\t«ВПО_отрим»", [], "empty merge field: no figure, no fact")
    g.skip("5.2. Кількість дзвінків на «гарячу лінію»: «Дзвінки»", [], "empty merge field: no figure, no fact")
    g.skip("Протягом 2022 року фахівці центру", [2022], "year")
    g.skip("організовано 2 літні табори денного перебування на 45 місць", [2, 45], "camps and places (no §3 id)")
    g.skip("наказом обласного центру від \n28.12.2022 № 117".replace(" \n", " "), [28, 12, 2022, 117], "order date and number")
    g.skip("Дата заповнення: 23.01.2023", [23, 1, 2023], "date")

    g.note("mail merge: the figures are the results of MERGEFIELDs; `zvitparse read` prints the results, so quotes are the merged text. The number format \\# \"# ##0\" gives «2 418» and «1 137» with a space")
    g.note("three fields were empty and show their placeholders «Криз», «ВПО_отрим», «Дзвінки»: no facts (an empty field is not zero)")
    g.note("the typed characteristic (розділ 6) repeats 37 families and 1 602 counselling services (two facts each) and gives 14 families taken under support where the merged field says 16 (planted slip, internal_conflict)")
    g.note("«Кількість звернень громадян» → applied, unit persons (unit_alt applications); «повідомлень про сім'ї/осіб» and «оцінювань потреб сімей/осіб» → unit families_persons")
    g.note("the foster section: 3 foster families and 1 ДБСТ are served (social_support_foster) with their categories; 14 children are written for both together and carry no parent")
    g.note("«Кількість отримувачів послуг (осіб)» → served persons (no service)")
    g.note("report_kind: an annual information on a fixed oblast form → annual_report (meta_alt period_report, other)")
    g.write()


if __name__ == "__main__":
    build(report_path(DOC))
    gold()
