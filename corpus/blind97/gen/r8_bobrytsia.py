"""b97_08: ЦСС Бобрицької сільської ради (Черкаська), DRAFT annual report for 2024 with the reviewer's Word
comments left in (word/comments.xml, comment ranges and references built by hand). The comments carry their
own figures, questions and corrections; the text keeps the author's figures. First person plural.
Planted slip: internal_conflict (families under social support: 25 in section 3, 27 in the summary table)."""
import re
import zipfile
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, write_zip

DOC = "b97_08_bobrytsia_css_annual2024.docx"

# [[n]] marks the start of a commented run; the run is the text up to [[/]].
BODY = [
    ("r", "ПРОЄКТ (версія 2 від 14.01.2025 – доопрацювати після зауважень)"),
    ("cb", "ЗВІТ"),
    ("cb", "про роботу Центру соціальних служб Бобрицької сільської ради за 2024 рік"),
    ("h", "1. Загальні відомості"),
    ("p", "Центр соціальних служб Бобрицької сільської ради (далі – Центр) утворено рішенням сесії від 23.12.2021 "
          "№ 15-4/VIII. Ми працюємо для мешканців 11 сіл громади, де проживає 9,4 тис. осіб. Штатним розписом "
          "Центру передбачено 8 посад, працює 7 працівників, з них 5 фахівців із соціальної роботи."),
    ("h", "2. Виявлення сімей, які перебувають у складних життєвих обставинах"),
    ("p", "Протягом 2024 року до нас надійшли повідомлення про [[1]]61 сім'ю[[/]], яка може перебувати у складних "
          "життєвих обставинах. Оцінку потреб ми провели 58 сім'ям, складні життєві обставини виявлено у 34 сімей. "
          "Решта 3 повідомлення не підтвердилися."),
    ("h", "3. Соціальний супровід"),
    ("p", "Під соціальним супроводом у 2024 році перебувало [[2]]25 сімей[[/]], у них 53 дитини. З них 17 сімей ми "
          "взяли під супровід у 2024 році, 8 – продовжували отримувати послугу з 2023 року."),
    ("p", "Завершено надання послуги 15 сім'ям: з позитивним результатом – 10 (66,7 %), з мінімізацією складних "
          "життєвих обставин – 3, у зв'язку з переїздом до іншої громади – 2. Надання послуги продовжено у "
          "2025 році 10 сім'ям."),
    ("h", "4. Інші соціальні послуги"),
    ("p", "Послугу консультування ми надали 214 особам, інформування – 389 особам. Кризове та екстрене втручання "
          "здійснено щодо 6 осіб."),
    ("p", "Соціальне супроводження здійснювалося щодо 5 сімей – 4 прийомних сімей та 1 дитячого будинку сімейного "
          "типу, у яких виховується 13 дітей."),
    ("p", "Натуральну допомогу (гуманітарні набори, одяг, засоби гігієни) отримали [[3]]47 сімей[[/]] (уточнити!)."),
    ("p", "Загалом за рік Центр надав 1 986 соціальних послуг."),
    ("h", "5. Профілактична робота та гаряча лінія"),
    ("p", "Ми провели 12 групових заходів, якими охопили [[4]]264 особи[[/]]. На гарячу лінію Центру надійшло "
          "[[5]]25 дзвінків[[/]]."),
    ("h", "6. Кадрове забезпечення та фінансування"),
    ("p", "Навчання у 2024 році пройшли [[6]]4 працівники[[/]]. Касові видатки Центру за рік склали "
          "[[7]]2 874,3 тис. грн[[/]] при затверджених кошторисом 2 903,0 тис. грн. Скарг на роботу Центру не надходило."),
    ("h", "7. Основні показники"),
    ("table", [("Показник", "2023 рік", "2024 рік"),
               ("Сімей під соціальним супроводом", "22", "[[8]]27[[/]]"),
               ("Надано соціальних послуг", "1 804", "1 986"),
               ("Проведено групових заходів", "9", "12")]),
    ("p", "У 2025 році плануємо запровадити послугу медіації та залучити до роботи [[9]]2 фахівців[[/]]."),
    ("p", "Директор ____________"),
]

COMMENTS = {
    1: "У журналі реєстрації повідомлень за 2024 рік – 64 записи. Звірте, будь ласка.",
    2: "У розділі 7 (таблиця) – 27 сімей. Яка цифра правильна?",
    3: "Це сім'ї чи особи? За актами видачі – 52 особи.",
    4: "Скільки з них дітей? Додайте, будь ласка.",
    5: "перевірте: за журналом 52, а не 25",
    6: "Сертифікати є лише на 3 працівників – уточніть.",
    7: "За даними бухгалтерії касові видатки – 2 871,9 тис. грн. Виправте.",
    8: "Див. розділ 3: там 25. Узгодьте.",
    9: "На 2025 рік у штатному розписі додаткових посад не передбачено.",
}
AUTHOR, INITIALS, DATE = "Рецензент УСЗН", "РУ", "2025-01-16T10:{:02d}:00Z"

COMMENT_STYLES = (
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>')
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def plain(t):
    return re.sub(r"\[\[/?\d*\]\]", "", t)


def add_marked(p, text):
    """Add runs to paragraph p; a commented piece becomes its own run whose text starts with «§n§»."""
    for part in re.split(r"(\[\[\d+\]\].*?\[\[/\]\])", text):
        m = re.match(r"\[\[(\d+)\]\](.*?)\[\[/\]\]", part)
        if m:
            p.add_run(f"§{m.group(1)}§{m.group(2)}")
        elif part:
            p.add_run(part)


def build_docx(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for kind, content in BODY:
        if kind == "table":
            tb = d.add_table(rows=len(content), cols=3)
            tb.style = "Table Grid"
            for i, row in enumerate(content):
                for j, v in enumerate(row):
                    add_marked(tb.cell(i, j).paragraphs[0], v)
            continue
        if kind == "h":
            d.add_heading(content, level=2)
            continue
        p = d.add_paragraph()
        if kind == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(content).bold = True
        elif kind == "cb":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(content).bold = True
        else:
            add_marked(p, content)
    fix_docx_props(d, author="ЦСС Бобрицької сільської ради")
    d.save(path)

    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    xml = files["word/document.xml"].decode("utf-8")

    def repl(m):
        run_open, rpr, n, text = m.group(1), m.group(2) or "", m.group(3), m.group(4)
        cid = int(n) - 1
        return (f'<w:commentRangeStart w:id="{cid}"/>{run_open}{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'
                f'<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    xml, n = re.subn(r'(<w:r>)(<w:rPr>.*?</w:rPr>)?<w:t(?: xml:space="preserve")?>§(\d+)§(.*?)</w:t></w:r>', repl, xml)
    assert n == len(COMMENTS), n
    assert "§" not in xml
    files["word/document.xml"] = xml.encode("utf-8")

    parts = []
    for k, text in COMMENTS.items():
        parts.append(f'<w:comment w:id="{k - 1}" w:author="{AUTHOR}" w:date="{DATE.format(k)}" '
                     f'w:initials="{INITIALS}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                     f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                     f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:comment>')
    files["word/comments.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:comments xmlns:w="{W_NS}">' + "".join(parts) + "</w:comments>").encode("utf-8")
    ct = files["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
    files["[Content_Types].xml"] = ct.encode("utf-8")
    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdComments1" Type="http://schemas.openxmlformats.'
                        'org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
    files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    styles = files["word/styles.xml"].decode("utf-8")
    styles = styles.replace("</w:styles>", COMMENT_STYLES + "</w:styles>")
    files["word/styles.xml"] = styles.encode("utf-8")
    write_zip(path, files)


def build():
    path = report_path(DOC)
    build_docx(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Бобрицької сільської ради",
        "centre_type": "css",
        "settlement": "Бобриця",
        "oblast": "Черкаська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    f1 = g.f("staff_positions", "positions", 8, "Центру передбачено 8 посад")
    f2 = g.f("staff_actual", "staff", 7, "працює 7 працівників")
    f3 = g.f("staff_actual", "staff", 5, "з них 5 фахівців із соціальної роботи", label="фахівці із соціальної роботи",
             parent=f2)
    f4 = g.f("notified", "families", 61, "до нас надійшли повідомлення про 61 сім'ю",
             note="reviewer's comment: «У журналі реєстрації повідомлень … – 64 записи»; the text keeps 61")
    f5 = g.f("needs_assessed", "families", 58, "Оцінку потреб ми провели 58 сім'ям")
    f6 = g.f("in_difficult_circumstances", "families", 34, "складні життєві обставини виявлено у 34 сімей")
    f7 = g.f("served", "families", 25, "Під соціальним супроводом у 2024 році перебувало 25 сімей",
             service="social_support_sjo", alt=["support_ongoing"])
    f8 = g.f("served", "children", 53, "у них 53 дитини", service="social_support_sjo", alt=["support_ongoing"],
             parent=f7)
    f9 = g.f("support_started", "families", 17, "З них 17 сімей ми взяли під супровід у 2024 році",
             service="social_support_sjo", group="served_25_by_start", parent=f7)
    f10 = g.f("served", "families", 8, "8 – продовжували отримувати послугу з 2023 року", service="social_support_sjo",
              label="продовжували отримувати послугу з 2023 року", alt=["support_ongoing"],
              group="served_25_by_start", parent=f7)
    f11 = g.f("support_completed", "families", 15, "Завершено надання послуги 15 сім'ям", service="social_support_sjo",
              parent=f7)
    f12 = g.f("outcome_positive", "families", 10, "з позитивним результатом – 10 (66,7 %)", percent=66.7,
              service="social_support_sjo", group="completed_15_by_outcome", parent=f11)
    f13 = g.f("outcome_minimized", "families", 3, "з мінімізацією складних життєвих обставин – 3",
              service="social_support_sjo", group="completed_15_by_outcome", parent=f11)
    f14 = g.f("outcome_other", "families", 2, "у зв'язку з переїздом до іншої громади – 2",
              service="social_support_sjo", label="у зв'язку з переїздом до іншої громади",
              group="completed_15_by_outcome", parent=f11)
    f15 = g.f("support_ongoing", "families", 10, "Надання послуги продовжено у 2025 році 10 сім'ям.",
              service="social_support_sjo")
    f16 = g.f("served", "persons", 214, "Послугу консультування ми надали 214 особам", service="counselling")
    f17 = g.f("served", "persons", 389, "інформування – 389 особам", service="informing")
    f18 = g.f("served", "persons", 6, "Кризове та екстрене втручання здійснено щодо 6 осіб.", service="crisis_intervention")
    f19 = g.f("served", "families", 5, "Соціальне супроводження здійснювалося щодо 5 сімей", service="social_support_foster")
    f20 = g.f("served", "families", 4, "4 прийомних сімей", service="social_support_foster", category="прийомні сім'ї",
              group="foster_5_by_form", parent=f19)
    f21 = g.f("served", "families", 1, "1 дитячого будинку сімейного типу", service="social_support_foster",
              category="дитячі будинки сімейного типу", group="foster_5_by_form", parent=f19)
    f22 = g.f("served", "children", 13, "у яких виховується 13 дітей", service="social_support_foster", parent=f19)
    f23 = g.f("served", "families", 47, "отримали 47 сімей (уточнити!)", service="natural_aid",
              note="the author flags the figure «(уточнити!)» and the reviewer asks «сім'ї чи особи? … 52 особи»; "
                   "the text's figure and unit stand")
    f24 = g.f("services_provided", "services", 1986, "Загалом за рік Центр надав 1 986 соціальних послуг.")
    f25 = g.f("events", "events", 12, "Ми провели 12 групових заходів")
    f26 = g.f("event_participants", "persons", 264, "якими охопили 264 особи", parent=f25)
    f27 = g.f("calls", "calls", 25, "На гарячу лінію Центру надійшло 25 дзвінків.",
              note="reviewer's comment «перевірте: за журналом 52, а не 25» is not part of the text; the value is 25")
    f28 = g.f("staff_trained", "staff", 4, "Навчання у 2024 році пройшли 4 працівники.")
    f29 = g.f("budget_spent", "uah", 2874300, "Касові видатки Центру за рік склали 2 874,3 тис. грн",
              note="reviewer: «за даними бухгалтерії … 2 871,9»; the text keeps 2 874,3")
    f30 = g.f("budget_approved", "uah", 2903000, "при затверджених кошторисом 2 903,0 тис. грн")
    f31 = g.f("complaints", "complaints", 0, "Скарг на роботу Центру не надходило.")
    tq1 = "Сімей під соціальним супроводом\t22\t27"
    tq2 = "Надано соціальних послуг\t1 804\t1 986"
    tq3 = "Проведено групових заходів\t9\t12"
    f32 = g.f("served", "families", 27, tq1, service="social_support_sjo", alt=["support_ongoing"],
              note="table, 2024 column; conflicts with the 25 of section 3 (the slip)")
    f33 = g.f("services_provided", "services", 1986, tq2, note="table, 2024 column; repeats the prose")
    f34 = g.f("events", "events", 12, tq3, note="table, 2024 column; repeats the prose")

    g.slip("internal_conflict", "error", tq1, 27, 25, [f32, f7],
           "families under social support in 2024: 25 in section 3 («Під соціальним супроводом у 2024 році "
           "перебувало 25 сімей», which also adds up: 17 new + 8 continued = 25, 15 completed + 10 continued = 25), "
           "27 in the summary table. Same indicator, unit, service and period. (The reviewer's comments point at "
           "the same conflict, but the comments are not part of the text.)",
           "f32 == f7")

    g.check("parts_sum", "З них 17 сімей ми взяли під супровід у 2024 році", "17 + 8 = 25", "f9 + f10 == f7")
    g.check("parts_sum", "Завершено надання послуги 15 сім'ям", "10 + 3 + 2 = 15; 15 completed + 10 continued = 25",
            "f12 + f13 + f14 == f11 and f11 + f15 == f7")
    g.check("percent_mismatch", "з позитивним результатом – 10 (66,7 %)", "10 / 15 = 66,67 % → 66,7",
            "pct_ok(p12, f12, f11, 1)")
    g.check("parts_sum", "Соціальне супроводження здійснювалося щодо 5 сімей", "4 + 1 = 5", "f20 + f21 == f19")
    g.check("parts_sum", "Решта 3 повідомлення не підтвердилися.",
            "58 assessed + 3 not confirmed (literal; no §3 id) = 61 notified; 34 in СЖО ≤ 58",
            "f5 + 3 == f4 and f6 <= f5")
    g.check("internal_conflict", tq2, "1 986 services and 12 events: prose and table agree", "f33 == f24 and f34 == f25")
    g.check("parts_sum", "з них 5 фахівців із соціальної роботи", "5 ≤ 7 ≤ 8; 4 trained ≤ 7",
            "f3 <= f2 <= f1 and f28 <= f2")
    g.check("table_arithmetic", "при затверджених кошторисом 2 903,0 тис. грн", "spent 2 874,3 ≤ approved 2 903,0",
            "f29 <= f30")

    g.skip("ПРОЄКТ (версія 2 від 14.01.2025 – доопрацювати після зауважень)", [2, 14, 1, 2025],
           "draft version and date")
    g.skip("за 2024 рік", [2024], "period in the title")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
    g.skip("утворено рішенням сесії від 23.12.2021 № 15-4/VIII", [23, 12, 2021, 15, 4], "decision date and number")
    g.skip("для мешканців 11 сіл громади, де проживає 9,4 тис. осіб", [11, 9400], "villages, population")
    g.skip("Протягом 2024 року", [2024], "year")
    g.skip("Решта 3 повідомлення не підтвердилися.", [3], "unconfirmed notifications (no §3 id); literal in a check")
    g.skip("продовжували отримувати послугу з 2023 року", [2023], "year")
    g.skip("Навчання у 2024 році", [2024], "year")
    g.skip("Показник\t2023 рік\t2024 рік", [2023, 2024], "table header years")
    g.skip(tq1, [22], "2023 column (prior year)")
    g.skip(tq2, [1804], "2023 column (prior year)")
    g.skip(tq3, [9], "2023 column (prior year)")
    g.skip("У 2025 році плануємо запровадити послугу медіації та залучити до роботи 2 фахівців.", [2025, 2], "plan")

    g.note("less common style: a DRAFT with the reviewer's Word comments left in (word/comments.xml; each comment "
           "anchored by commentRangeStart/End around the figure and a commentReference run). `zvitparse read` as run "
           "for this set does not print the comments, so no comment text can be quoted; the gold annotates the "
           "author's text only. If a later reader prints comments, every figure in them is NOT a fact of the report "
           "(a reviewer's remark, not the provider's figure): 64 (journal of notifications), 27 and 25 (cross-references), "
           "52 (persons by the aid acts), 52 (calls by the journal), 3 (certificates), 2 871,9 тис. грн (accounts), "
           "2 (no extra posts), and the comment dates 16.01.2025")
    g.note("«25 сімей» (section 3) and «27» (table) are two facts; the conflict is the planted slip. The text's own "
           "arithmetic (17 + 8, 15 + 10) supports 25")
    g.note("«Соціальне супроводження … 4 прийомних сімей та 1 дитячого будинку сімейного типу» → served with "
           "social_support_foster, the 4 and 1 as a group")
    g.note("«Під соціальним супроводом … перебувало» → served (alt support_ongoing); «продовжено у 2025 році» → "
           "support_ongoing, as in blind18")
    g.note("«47 сімей (уточнити!)» is the author's own flag on a draft figure: still a fact of the text")
    g.write()


if __name__ == "__main__":
    build()
