"""b90_08: **covering letter with the report attached after the signature**. ТЦСО (надання соціальних послуг)
Лиманської селищної ради (Одеська) answers a letter of the oblast Департамент with information for H1 2025:
letterhead, вих. № / на № …, addressee, «На виконання листа …», a one-paragraph summary, «Додаток: на 2 арк.»,
signature and executor, then «Додаток 1» (the table) and «Додаток 2» (a short prose note). DOCX.
Planted slips: internal_conflict (home care: 96 recipients in Додаток 1, 98 in Додаток 2);
percent_impossible (91,7 % satisfied of 37 respondents: no whole number of 37 gives 91,7 %)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b90_08_lymanske_tcso_letter_h1_2025.docx"

ROWS = [
    ("1", "Догляд вдома", "96", "11", "7 184"),
    ("2", "Денний догляд", "24", "3", "1 296"),
    ("3", "Натуральна допомога", "148", "37", "148"),
    ("4", "Консультування", "117", "22", "165"),
    ("5", "Соціальне таксі", "27", "2", "58"),
]
TOTAL = ("", "Разом", "412", "75", "8 851")
SERVICES = ["home_care", "day_care", "natural_aid", "counselling", "social_taxi"]

LETTER_HEAD = [
    "ЛИМАНСЬКА СЕЛИЩНА РАДА",
    "РОЗДІЛЬНЯНСЬКОГО РАЙОНУ ОДЕСЬКОЇ ОБЛАСТІ",
    "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)",
    "67520, Одеська обл., Роздільнянський р-н, смт Лиманське, вул. Гагаріна, 3, тел. (04853) 0-31-40, "
    "e-mail: tcso.lymanske@example.ua, код ЄДРПОУ 40917352",
    "_______________________________________________________________",
    "08.07.2025 № 01-12/387\t\t\tНа № 05-21/2914 від 24.06.2025",
]
ADDRESSEE = ["Директору Департаменту соціальної", "та сімейної політики Одеської", "обласної державної адміністрації"]
BODY = [
    "Про надання інформації",
    "На виконання листа Департаменту від 24.06.2025 № 05-21/2914 щодо моніторингу надання соціальних послуг "
    "у І півріччі 2025 року територіальний центр соціального обслуговування (надання соціальних послуг) "
    "Лиманської селищної ради надає інформацію згідно з додатками 1, 2.",
    "Повідомляємо, що протягом січня–червня 2025 року соціальними послугами територіального центру охоплено "
    "412 осіб, які проживають у 11 населених пунктах громади.",
    "Додаток: на 2 арк. в 1 прим.",
    "",
    "Директор\t\t\t\t(підпис)\t\t\t(ініціали, прізвище)",
    "",
    "Виконавець: фахівець із соціальної роботи, тел. (04853) 0-31-44",
]
APP1_HEAD = ["Додаток 1", "до листа ТЦСО від 08.07.2025 № 01-12/387",
             "Інформація про надання соціальних послуг територіальним центром соціального обслуговування "
             "(надання соціальних послуг) Лиманської селищної ради за І півріччя 2025 року"]
APP2_HEAD = ["Додаток 2", "до листа ТЦСО від 08.07.2025 № 01-12/387", "Пояснювальна записка"]
APP2 = [
    "Послугу догляду вдома у звітному періоді отримували 98 осіб, у т.ч. 11 осіб з числа ВПО. "
    "У І півріччі 2025 року взято на обслуговування 31 особу, знято з обслуговування 19 осіб "
    "(з них 12 – у зв'язку зі смертю, 7 – за власним бажанням).",
    "У травні 2025 року проведено анкетування 37 отримувачів послуги догляду вдома: якістю послуги задоволені "
    "91,7 % опитаних.",
    "Штатна чисельність центру – 22 посади, фактично працює 20 осіб, з них 14 соціальних робітників. "
    "2 працівники пройшли навчання у Одеському обласному центрі соціальних служб. Скарг не надходило.",
    "Соціальне таксі працює за тарифом 10 грн за 1 км, вартість однієї поїздки до м. Роздільна – 240 грн.",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for i, h in enumerate(LETTER_HEAD):
        p = d.add_paragraph(h)
        if i < 3:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.runs[0].bold = True
    for a in ADDRESSEE:
        p = d.add_paragraph(a)
        p.paragraph_format.left_indent = Pt(260)
    for i, b in enumerate(BODY):
        p = d.add_paragraph(b)
        if i == 0:
            p.runs[0].italic = True
    d.add_page_break()
    for i, h in enumerate(APP1_HEAD):
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if i < 2 else WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=2 + len(ROWS) + 1, cols=5)
    t.style = "Table Grid"
    t.cell(0, 0).text = "№ з/п"
    t.cell(0, 1).text = "Назва соціальної послуги"
    t.cell(0, 2).text = "Кількість отримувачів, осіб"
    t.cell(0, 4).text = "Кількість наданих послуг"
    t.cell(1, 2).text = "усього"
    t.cell(1, 3).text = "з них ВПО"
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(1, 4))
    for i, r in enumerate(ROWS + [TOTAL]):
        for j, c in enumerate(r):
            t.cell(2 + i, j).text = c
    d.add_paragraph("")
    d.add_paragraph("Директор\t\t\t\t(підпис)")
    d.add_page_break()
    for i, h in enumerate(APP2_HEAD):
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if i < 2 else WD_ALIGN_PARAGRAPH.CENTER
    for a in APP2:
        d.add_paragraph(a)
    d.add_paragraph("Директор\t\t\t\t(підпис)")
    fix_docx_props(d, author="ТЦСО")
    d.save(path)
    freeze_zip(path)


def fill(g):
    P = "persons"
    f_letter = g.f("served", P, 412, "соціальними послугами територіального центру охоплено 412 осіб",
                   note="the covering letter's summary; the table total is a second fact")
    tq = "\t".join(TOTAL)
    t_rec = g.f("served", P, 412, tq, label="Разом")
    t_idp = g.f("served", P, 75, tq, label="Разом", category="внутрішньо переміщені особи", parent=t_rec)
    t_srv = g.f("services_provided", "services", 8851, tq, label="Разом")
    rec, idp, srv = [], [], []
    for r, sid in zip(ROWS, SERVICES):
        q = "\t".join(r)
        a = g.f("served", P, int(r[2]), q, service=sid, group="table_recipients_by_service", parent=t_rec)
        rec.append(a)
        idp.append(g.f("served", P, int(r[3]), q, service=sid, category="внутрішньо переміщені особи", parent=a))
        srv.append(g.f("services_provided", "services", int(r[4].replace(" ", "")), q, service=sid,
                       group="table_services_by_service", parent=t_srv))
    f_hc = g.f("served", P, 98, "Послугу догляду вдома у звітному періоді отримували 98 осіб", service="home_care")
    f_hci = g.f("served", P, 11, "у т.ч. 11 осіб з числа ВПО", service="home_care",
                category="внутрішньо переміщені особи", parent=f_hc)
    f_new = g.f("served", P, 31, "взято на обслуговування 31 особу", alt=["registered_new", "support_started"],
                label="взято на обслуговування")
    f_de = g.f("deregistered", P, 19, "знято з обслуговування 19 осіб")
    f_d1 = g.f("deregistered", P, 12, "12 – у зв'язку зі смертю", label="у зв'язку зі смертю", alt=["outcome_other"],
               group="deregistered_19_by_reason", parent=f_de)
    f_d2 = g.f("deregistered", P, 7, "7 – за власним бажанням", label="за власним бажанням", alt=["outcome_other"],
               group="deregistered_19_by_reason", parent=f_de)
    f_sv = g.f("survey_respondents", "recipients", 37, "проведено анкетування 37 отримувачів послуги догляду вдома",
               service="home_care", unit_alt="persons")
    f_sat = g.f("satisfaction", "percent", 91.7, "якістю послуги задоволені 91,7 % опитаних", service="home_care")
    f_sp = g.f("staff_positions", "positions", 22, "Штатна чисельність центру – 22 посади")
    f_sa = g.f("staff_actual", "staff", 20, "фактично працює 20 осіб")
    f_sw = g.f("staff_actual", "staff", 14, "з них 14 соціальних робітників", label="соціальні робітники", parent=f_sa)
    f_tr = g.f("staff_trained", "staff", 2, "2 працівники пройшли навчання")
    f_cm = g.f("complaints", "complaints", 0, "Скарг не надходило.")

    g.slip("internal_conflict", "error", "Послугу догляду вдома у звітному періоді отримували 98 осіб", 98, 96,
           [f_hc, rec[0]],
           "home care recipients in the same half-year: 96 in Додаток 1 (row 1), 98 in Додаток 2; the table's column "
           "adds up with 96", f"{f_hc} == {rec[0]}", slip=1)
    g.slip("percent_impossible", "error", "якістю послуги задоволені 91,7 % опитаних", 91.7, "89,2 or 91,9",
           [f_sat, f_sv],
           "no whole number of the 37 respondents gives 91,7 % (33 → 89,2 %, 34 → 91,9 %); 91,7 % is 11 of 12",
           f"grim_ok({f_sat}, {f_sv}, 1)", slip=2)
    g.check("table_arithmetic", tq, "recipients: 96 + 24 + 148 + 117 + 27 = 412", " + ".join(rec) + f" == {t_rec}")
    g.check("table_arithmetic", tq, "of them IDPs: 11 + 3 + 37 + 22 + 2 = 75", " + ".join(idp) + f" == {t_idp}")
    g.check("table_arithmetic", tq, "services: 7 184 + 1 296 + 148 + 165 + 58 = 8 851",
            " + ".join(srv) + f" == {t_srv}")
    g.check("internal_conflict", "соціальними послугами територіального центру охоплено 412 осіб",
            "the letter's 412 equals the table's Разом", f"{f_letter} == {t_rec}")
    g.check("internal_conflict", "у т.ч. 11 осіб з числа ВПО", "IDPs in home care: 11 in both attachments",
            f"{f_hci} == {idp[0]}")
    g.check("parts_sum", "знято з обслуговування 19 осіб", "12 + 7 = 19", f"{f_d1} + {f_d2} == {f_de}")
    g.check("parts_sum", "з них 14 соціальних робітників", "14 ≤ 20 ≤ 22; 2 trained ≤ 20",
            f"{f_sw} <= {f_sa} <= {f_sp} and {f_tr} <= {f_sa}")
    g.check("parts_sum", "Разом\t412\t75", "each row's IDPs ≤ its recipients",
            " and ".join(f"{i} <= {r}" for i, r in zip(idp, rec)))

    g.skip("67520, Одеська обл., Роздільнянський р-н, смт Лиманське, вул. Гагаріна, 3, тел. (04853) 0-31-40",
           [67520, 3, 4853, 3140], "postcode, address, phone")
    g.skip("код ЄДРПОУ 40917352", [40917352], "ЄДРПОУ")
    g.skip("08.07.2025 № 01-12/387 На № 05-21/2914 від 24.06.2025", [8, 7, 2025, 1, 12, 387, 5, 21, 2914, 24, 6, 2025],
           "outgoing and incoming letter numbers and dates")
    g.skip("На виконання листа Департаменту від 24.06.2025 № 05-21/2914", [24, 6, 2025, 5, 21, 2914],
           "letter date and number")
    g.skip("у І півріччі 2025 року", ["І", 2025], "period")
    g.skip("згідно з додатками 1, 2", [1, 2], "attachment numbers")
    g.skip("протягом січня–червня 2025 року", [2025], "period year")
    g.skip("у 11 населених пунктах громади", [11], "settlement count")
    g.skip("Додаток: на 2 арк. в 1 прим.", [2, 1], "sheet and copy count")
    g.skip("тел. (04853) 0-31-44", [4853, 3144], "phone")
    g.skip("до листа ТЦСО від 08.07.2025 № 01-12/387", [8, 7, 2025, 1, 12, 387], "letter date and number")
    g.skip("Додаток 1", [1], "attachment number")
    g.skip("Додаток 2", [2], "attachment number")
    g.skip("за І півріччя 2025 року", ["І", 2025], "period")
    g.skip("№ з/п", [1, 2, 3, 4, 5], "row numbers")
    g.skip("У травні 2025 року проведено анкетування", [2025], "survey date")
    g.skip("Соціальне таксі працює за тарифом 10 грн за 1 км, вартість однієї поїздки до м. Роздільна – 240 грн.",
           [10, 1, 240], "tariff and fare")
    g.note("a covering letter with two attachments: the letter's summary (412), the table of Додаток 1 and the prose of "
           "Додаток 2 are all the report's content; the letter's own numbers and dates are skipped")
    g.note("table: the «усього» and «з них ВПО» columns under the merged header «Кількість отримувачів, осіб»; each ВПО "
           "cell hangs on its row's recipients cell, each row on the Разом cell of its column")
    g.note("«взято на обслуговування 31 особу» → served (alt registered_new, support_started); the sentence does not name "
           "the service, so no service is set (it follows the home-care sentence)")
    g.note("«знято з обслуговування» → deregistered with labelled reasons (alt outcome_other)")
    g.note("report_kind period_report (a half-year information); meta_alt other (a letter)")


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Лиманської селищної ради",
        "centre_type": "tcso", "settlement": "Лиманське", "oblast": "Одеська", "report_kind": "period_report",
        "period_start": "2025-01-01", "period_end": "2025-06-30"},
        meta_alt={"report_kind": ["other"],
                  "centre": ["Територіальний центр соціального обслуговування Лиманської селищної ради"]})
    fill(g)
    g.write()


if __name__ == "__main__":
    main()
