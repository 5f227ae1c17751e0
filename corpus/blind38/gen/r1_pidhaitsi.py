"""b38_01: ЦСС Підгаєцької міської ради, annual report 2024 (DOCX, first person plural, table)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, fix_docx_props, freeze_zip  # noqa: E402

from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402

NAME = "b38_01_pidhaitsi_css_annual2024.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ПІДГАЄЦЬКОЇ МІСЬКОЇ РАДИ",
    "48001, Тернопільська обл., м. Підгайці, вул. Шевченка, 12, тел. (03542) 0-41-27, код ЄДРПОУ 44318275",
]
TITLE = "ЗВІТ\nпро роботу Центру соціальних служб Підгаєцької міської ради за 2024 рік"

BODY1 = [
    ("h", "1. Загальна інформація"),
    ("p", "Центр соціальних служб Підгаєцької міської ради утворено рішенням міської ради від 22.12.2020 № 117. "
          "Ми працюємо в усіх 27 населених пунктах громади, де проживає близько 15,8 тис. мешканців."),
    ("h", "2. Звернення, виявлення та оцінювання потреб"),
    ("p", "Упродовж 2024 року ми отримали 412 звернень (у 2023 році – 388). Від закладів освіти, охорони здоров’я, "
          "поліції та старост до нас надійшло 63 повідомлення про сім’ї, які можуть перебувати у складних життєвих "
          "обставинах; 9 повідомлень не підтвердилися."),
    ("p", "Оцінювання потреб ми провели для 71 сім’ї, у 48 із них виявлено складні життєві обставини."),
    ("h", "3. Соціальні послуги"),
    ("p", "Кількість отримувачів та наданих послуг за видами наведено в таблиці 1."),
    ("p", "Таблиця 1. Отримувачі соціальних послуг у 2024 році"),
]
TABLE = [
    ["№ з/п", "Соціальна послуга", "Отримувачів, сімей/осіб", "Надано послуг"],
    ["1", "Інформування", "356", "611"],
    ["2", "Консультування", "298", "1 047"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "41", "529"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "6", "88"],
    ["5", "Посередництво (медіація)", "12", "19"],
    ["6", "Натуральна допомога", "137", "137"],
    ["", "Усього", "850", "2 431"],
]
BODY2 = [
    ("p", "Серед отримувачів послуг 127 сімей/осіб – внутрішньо переміщені особи, що становить 16,2 % від загальної "
          "кількості отримувачів."),
    ("h", "4. Соціальний супровід"),
    ("p", "Під нашим соціальним супроводом протягом року перебувала 41 сім’я, в яких виховуються 86 дітей. "
          "Із них 23 сім’ї ми взяли під супровід у 2024 році, решта 18 сімей отримували послугу ще з 2023 року."),
    ("p", "Завершили супровід 26 сімей: з позитивним результатом – 17 (65,4 %), мінімізовано СЖО – 6 (23,1 %), "
          "з інших причин (зміна місця проживання, відмова від послуги) – 3 (11,5 %). На кінець року супровід "
          "продовжено 15 сім’ям."),
    ("p", "Соціальне супроводження здійснювалося в 6 сім’ях (5 прийомних сімей та 1 дитячий будинок сімейного типу), "
          "де виховуються 19 дітей віком від 3 до 17 років."),
    ("h", "5. Групова робота та «гаряча лінія»"),
    ("p", "Ми провели 34 групові заходи (тренінги, батьківські клуби, «круглі столи»), ними охоплено 507 учасників. "
          "Тривалість тренінгу – 2 академічні години. Мобільна бригада соціально-психологічної допомоги здійснила "
          "58 виїздів до віддалених сіл. На «гарячу лінію» центру надійшло 96 дзвінків."),
    ("h", "6. Кадри"),
    ("p", "Штатним розписом передбачено 11 посад, фактично працює 9 фахівців. Курси підвищення кваліфікації пройшли "
          "7 працівників, з них 3 – дистанційно. Скарг на дії працівників центру у 2024 році не надходило."),
    ("h", "7. Завдання на 2025 рік"),
    ("p", "У 2025 році плануємо охопити соціальним супроводом не менше 45 сімей та відкрити 2 консультаційні пункти "
          "у старостинських округах."),
    ("p", "Директор центру                    ____________"),
    ("p", "Вих. № 04-09/17 від 16.01.2025"),
]


def build():
    doc = Document()
    fix_docx_props(doc, "ЦСС Підгайці")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TITLE.split("\n"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True

    def body(items):
        for kind, text in items:
            p = doc.add_paragraph()
            r = p.add_run(text)
            if kind == "h":
                r.bold = True
    body(BODY1)
    t = doc.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    body(BODY2)
    path = report_path(NAME)
    doc.save(path)
    freeze_zip(path)


def gold():
    g = Gold(NAME,
             {"centre": "Центр соціальних служб Підгаєцької міської ради", "centre_type": "css",
              "settlement": "Підгайці", "oblast": "Тернопільська", "report_kind": "annual_report",
              "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    f("applied", "applications", 412, "Упродовж 2024 року ми отримали 412 звернень")
    f("notified", "families", 63, "до нас надійшло 63 повідомлення про сім'ї",
      note="63 notifications about families; 9 of them not confirmed (skipped)")
    na = f("needs_assessed", "families", 71, "Оцінювання потреб ми провели для 71 сім'ї")
    f("in_difficult_circumstances", "families", 48, "у 48 із них виявлено складні життєві обставини", parent=na)
    # table
    rows = [("informing", 356, 611, "1\tІнформування\t356\t611"),
            ("counselling", 298, 1047, "2\tКонсультування\t298\t1 047"),
            ("social_support_sjo", 41, 529, "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t41\t529"),
            ("social_support_foster", 6, 88, "4\tСоціальне супроводження прийомних сімей та ДБСТ\t6\t88"),
            ("mediation", 12, 19, "5\tПосередництво (медіація)\t12\t19"),
            ("natural_aid", 137, 137, "6\tНатуральна допомога\t137\t137")]
    tot_s = f("served", "families_persons", 850, "Усього\t850\t2 431", label="Усього (таблиця 1)")
    tot_p = f("services_provided", "services", 2431, "Усього\t850\t2 431", label="Усього (таблиця 1)")
    sids, pids = [], []
    for svc, n, s, q in rows:
        sids.append(f("served", "families_persons", n, q, service=svc, group="t1_served", parent=tot_s))
        pids.append(f("services_provided", "services", s, q, service=svc, group="t1_services", parent=tot_p))
    idp = f("served", "families_persons", 127, "Серед отримувачів послуг 127 сімей/осіб – внутрішньо переміщені особи, що становить 16,2 %",
            percent=16.2, category="внутрішньо переміщені особи", parent=tot_s)
    # social support
    ss = f("served", "families", 41, "Під нашим соціальним супроводом протягом року перебувала 41 сім'я",
           service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 86, "в яких виховуються 86 дітей", service="social_support_sjo",
      alt=["support_ongoing"], parent=ss)
    st_ = f("support_started", "families", 23, "Із них 23 сім'ї ми взяли під супровід у 2024 році",
            service="social_support_sjo", group="ss41_new_old", parent=ss)
    cont = f("served", "families", 18, "решта 18 сімей отримували послугу ще з 2023 року",
             service="social_support_sjo", alt=["support_ongoing"], label="отримували послугу з 2023 року",
             group="ss41_new_old", parent=ss,
             note="a 2024 figure (families served in 2024) that names 2023")
    comp = f("support_completed", "families", 26, "Завершили супровід 26 сімей", service="social_support_sjo",
             parent=ss)
    pos = f("outcome_positive", "families", 17, "з позитивним результатом – 17 (65,4 %)", percent=65.4,
            service="social_support_sjo", group="completed26", parent=comp)
    mn = f("outcome_minimized", "families", 6, "мінімізовано СЖО – 6 (23,1 %)", percent=23.1,
           service="social_support_sjo", group="completed26", parent=comp)
    oth = f("outcome_other", "families", 3,
            "з інших причин (зміна місця проживання, відмова від послуги) – 3 (11,5 %)", percent=11.5,
            service="social_support_sjo", label="зміна місця проживання, відмова від послуги",
            group="completed26", parent=comp)
    ong = f("support_ongoing", "families", 15, "На кінець року супровід продовжено 15 сім'ям",
            service="social_support_sjo")
    fo = f("served", "families", 6, "Соціальне супроводження здійснювалося в 6 сім'ях",
           service="social_support_foster")
    f5 = f("served", "families", 5, "5 прийомних сімей", service="social_support_foster", label="прийомні сім'ї",
           group="foster6", parent=fo)
    f1 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
           label="дитячі будинки сімейного типу", group="foster6", parent=fo)
    f("served", "children", 19, "де виховуються 19 дітей", service="social_support_foster", parent=fo)
    ev = f("events", "events", 34, "Ми провели 34 групові заходи")
    f("event_participants", "persons", 507, "ними охоплено 507 учасників", parent=ev)
    f("calls", "calls", 96, "На «гарячу лінію» центру надійшло 96 дзвінків")
    pp = f("staff_positions", "positions", 11, "Штатним розписом передбачено 11 посад")
    sa = f("staff_actual", "staff", 9, "фактично працює 9 фахівців")
    tr = f("staff_trained", "staff", 7, "Курси підвищення кваліфікації пройшли 7 працівників")
    tr3 = f("staff_trained", "staff", 3, "з них 3 – дистанційно", label="дистанційно", parent=tr)
    f("complaints", "complaints", 0, "Скарг на дії працівників центру у 2024 році не надходило")

    n = lambda x: x[1:]  # noqa: E731
    g.slip("percent_mismatch", "error",
           "Серед отримувачів послуг 127 сімей/осіб – внутрішньо переміщені особи, що становить 16,2 % від загальної кількості отримувачів",
           16.2, 14.9, [idp, tot_s],
           "127 of the 850 recipients in table 1 is 14,9 %, not 16,2 % (16,2 % would be 138 of 850)",
           f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(tot_s)}, 1)")
    g.check("table_arithmetic", "Усього\t850\t2 431", "356 + 298 + 41 + 6 + 12 + 137 = 850",
            " + ".join(f"f{n(i)}" for i in sids) + f" == f{n(tot_s)}")
    g.check("table_arithmetic", "Усього\t850\t2 431", "611 + 1 047 + 529 + 88 + 19 + 137 = 2 431",
            " + ".join(f"f{n(i)}" for i in pids) + f" == f{n(tot_p)}")
    g.check("internal_conflict", "Під нашим соціальним супроводом протягом року перебувала 41 сім'я",
            "prose 41 families = table row 3 (41); prose 6 foster families = table row 4 (6)",
            f"f{n(ss)} == f{n(sids[2])} and f{n(fo)} == f{n(sids[3])}")
    g.check("parts_sum", "Із них 23 сім'ї ми взяли під супровід у 2024 році, решта 18 сімей",
            "23 new + 18 continued = 41", f"f{n(st_)} + f{n(cont)} == f{n(ss)}")
    g.check("parts_sum", "Завершили супровід 26 сімей", "17 + 6 + 3 = 26",
            f"f{n(pos)} + f{n(mn)} + f{n(oth)} == f{n(comp)}")
    g.check("percent_mismatch", "з позитивним результатом – 17 (65,4 %)",
            "17/26 = 65,38; 6/26 = 23,08; 3/26 = 11,54",
            f"pct_ok(p{n(pos)}, f{n(pos)}, f{n(comp)}, 1) and pct_ok(p{n(mn)}, f{n(mn)}, f{n(comp)}, 1) and "
            f"pct_ok(p{n(oth)}, f{n(oth)}, f{n(comp)}, 1)")
    g.check("percents_sum", "з позитивним результатом – 17 (65,4 %), мінімізовано СЖО – 6 (23,1 %)",
            "65,4 + 23,1 + 11,5 = 100,0", f"psum_ok([p{n(pos)}, p{n(mn)}, p{n(oth)}], 1)")
    g.check("parts_sum", "На кінець року супровід продовжено 15 сім'ям", "41 − 26 completed = 15 continued",
            f"f{n(ss)} - f{n(comp)} == f{n(ong)}")
    g.check("parts_sum", "Соціальне супроводження здійснювалося в 6 сім'ях", "5 + 1 = 6",
            f"f{n(f5)} + f{n(f1)} == f{n(fo)}")
    g.check("parts_sum", "у 48 із них виявлено складні життєві обставини", "48 ≤ 71",
            "f4 <= f3")
    g.check("parts_sum", "фактично працює 9 фахівців", "9 ≤ 11 positions; 3 ≤ 7 trained ≤ 9",
            f"f{n(sa)} <= f{n(pp)} and f{n(tr3)} <= f{n(tr)} <= f{n(sa)}")

    g.skip("48001, Тернопільська обл., м. Підгайці, вул. Шевченка, 12, тел. (03542) 0-41-27, код ЄДРПОУ 44318275",
           [48001, 12, 3542, 4127, 44318275], "postcode, address, phone, ЄДРПОУ")
    g.skip("рішенням міської ради від 22.12.2020 № 117", [22, 12, 2020, 117], "decision date and number")
    g.skip("Ми працюємо в усіх 27 населених пунктах громади, де проживає близько 15,8 тис. мешканців.",
           [27, 15800], "settlement count and population")
    g.skip("(у 2023 році – 388)", [2023, 388], "prior-year figure")
    g.skip("9 повідомлень не підтвердилися", [9], "notifications not confirmed (no §3 id)")
    g.skip("Таблиця 1. Отримувачі соціальних послуг у 2024 році", [1, 2024], "table number, year")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
    g.skip("віком від 3 до 17 років", [3, 17], "ages")
    g.skip("Тривалість тренінгу – 2 академічні години.", [2], "duration")
    g.skip("58 виїздів до віддалених сіл", [58], "mobile-team trips (no §3 id)")
    g.skip("У 2025 році плануємо охопити соціальним супроводом не менше 45 сімей та відкрити 2 консультаційні пункти",
           [2025, 45, 2], "plan for 2025")
    g.skip("Вих. № 04-09/17 від 16.01.2025", [4, 9, 17, 16, 1, 2025], "outgoing number and date")
    g.skip("1. Загальна інформація", [1, 2, 3, 4, 5, 6, 7], "section numbers")
    g.note("first person plural; the table gives served (сімей/осіб) and services by service; every cell is a fact "
           "quoted by its row, rows hang on the Усього cell of the same column")
    g.note("«решта 18 сімей отримували послугу ще з 2023 року» → served (alt support_ongoing) with a label; "
           "«супровід продовжено 15 сім'ям» on the year's end → support_ongoing")
    g.note("prose 41 families under support and 6 foster families repeat table rows 3 and 4: two facts each")
    g.note("127 IDP recipients: a count with its percent, hung on the table total (850)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
