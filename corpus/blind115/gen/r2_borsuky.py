"""b115_02: КУ «ЦНСП» Борсуківської сільської ради (Тернопільська), report for H1 2025.
DOCX, first person plural, headings, a table by service with a share column, bullet lists.
Slip: percent_mismatch («63 внутрішньо переміщені особи (17,1 %)» of 404 recipients is 15,6 %)."""
import docx
from docx.shared import Pt

from common import Gold, report_path, save_docx

DOC = "b115_02_borsuky_cnsp_h1_2025.docx"

ROWS = [
    ("1", "Інформування", "164", "40,6", "512"),
    ("2", "Консультування", "97", "24,0", "366"),
    ("3", "Догляд вдома", "58", "14,4", "6 980"),
    ("4", "Соціальний супровід сімей, які перебувають у СЖО", "38", "9,4", "402"),
    ("5", "Натуральна допомога", "29", "7,2", "29"),
    ("6", "Соціальне таксі", "18", "4,5", "47"),
]
TOTAL = ("Разом", "", "404", "100,0", "8 336")


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    p = d.add_paragraph("Комунальна установа «Центр надання соціальних послуг» Борсуківської сільської ради Тернопільської області")
    d.add_paragraph("47423, с. Борсуки, вул. Незалежності, 12; тел. (03546) 0-27-19; e-mail: cnsp.borsuky@example.ua; код ЄДРПОУ 44029351")
    d.add_heading("ЗВІТ про діяльність Центру за І півріччя 2025 року", 1)
    d.add_paragraph(
        "У першому півріччі 2025 року наш Центр надавав соціальні послуги жителям 11 сіл громади, "
        "у тому числі внутрішньо переміщеним особам, які проживають у громаді. Нижче наводимо основні "
        "результати нашої роботи.")
    d.add_heading("1. Звернення та оцінка потреб", 2)
    d.add_paragraph(
        "За шість місяців до нас звернулися 412 осіб (за аналогічний період 2024 року – 371), з них 96 – повторно. "
        "Оцінку потреб ми провели для 138 осіб та 17 сімей; у 9 випадках заявників скеровано до інших надавачів.")
    d.add_heading("2. Надані соціальні послуги", 2)
    d.add_paragraph("Таблиця 1. Отримувачі соціальних послуг за видами послуг, І півріччя 2025 року")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ("№ з/п", "Соціальна послуга", "Отримувачів, осіб", "Частка від загальної кількості, %", "Надано послуг, од.")
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    for r in ROWS + [TOTAL]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    last = t.rows[-1]
    last.cells[0].merge(last.cells[1])
    last.cells[0].text = "Разом"
    d.add_paragraph(
        "Серед отримувачів – 63 внутрішньо переміщені особи (17,1 % від загальної кількості отримувачів) "
        "та 27 осіб з інвалідністю.")
    d.add_heading("3. Соціальний супровід сімей", 2)
    d.add_paragraph(
        "Під соціальним супроводом у півріччі перебувало 14 сімей (38 осіб), у яких виховується 21 дитина. "
        "Протягом звітного періоду ми взяли під супровід 6 сімей, а завершили супровід 5 сімей:")
    d.add_paragraph("у 3 сім'ях складні життєві обставини подолано;", style="List Bullet")
    d.add_paragraph("у 2 сім'ях – мінімізовано.", style="List Bullet")
    d.add_heading("4. Догляд вдома та натуральна допомога", 2)
    d.add_paragraph(
        "За півріччя ми взяли на обслуговування 11 нових отримувачів послуги догляду вдома, а зняли з "
        "обслуговування 7 осіб (5 – у зв'язку зі смертю, 2 – у зв'язку з переїздом до родичів). "
        "Натуральну допомогу (набори від благодійного фонду) отримали 29 осіб на суму 87,4 тис. грн.")
    d.add_heading("5. Групова робота", 2)
    d.add_paragraph("Ми провели 12 групових заходів для дітей та батьків, охопивши 236 учасників.", style="List Bullet")
    d.add_paragraph("Ще 4 тренінги провели для прийомних батьків та опікунів (27 учасників).", style="List Bullet")
    d.add_heading("6. Кадрове забезпечення", 2)
    d.add_paragraph(
        "Штатним розписом передбачено 24 посади, фактично працює 21 працівник, з них 9 соціальних робітників. "
        "У травні 2025 року четверо наших фахівців пройшли навчання з кейс-менеджменту (обсяг програми – 30 годин).")
    d.add_heading("7. Якість послуг", 2)
    d.add_paragraph(
        "Скарг на якість послуг до Центру не надходило. У червні ми опитали 52 отримувачів: 94,2 % опитаних "
        "оцінили роботу Центру позитивно. У другому півріччі плануємо відкрити відділення денного догляду на 10 місць.")
    d.add_paragraph("Директор КУ «ЦНСП»                                   ____________")
    d.add_paragraph("04.07.2025 № 01-14/87")
    save_docx(d, path, author="ЦНСП Борсуки")


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Борсуківської сільської ради",
        "centre_type": "cnsp",
        "settlement": "Борсуки",
        "oblast": "Тернопільська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Борсуківської сільської ради Тернопільської області",
        "Комунальна установа «Центр надання соціальних послуг» Борсуківської сільської ради",
        "КУ «Центр надання соціальних послуг» Борсуківської сільської ради"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    app = f("applied", "persons", 412, "до нас звернулися 412 осіб")
    app2 = f("applied", "persons", 96, "з них 96 – повторно", label="повторно", parent=app)
    na1 = f("needs_assessed", "persons", 138, "Оцінку потреб ми провели для 138 осіб та 17 сімей")
    na2 = f("needs_assessed", "families", 17, "Оцінку потреб ми провели для 138 осіб та 17 сімей")
    svc = [("informing", "1\tІнформування\t164\t40,6\t512"),
           ("counselling", "2\tКонсультування\t97\t24,0\t366"),
           ("home_care", "3\tДогляд вдома\t58\t14,4\t6 980"),
           ("social_support_sjo", "4\tСоціальний супровід сімей, які перебувають у СЖО\t38\t9,4\t402"),
           ("natural_aid", "5\tНатуральна допомога\t29\t7,2\t29"),
           ("social_taxi", "6\tСоціальне таксі\t18\t4,5\t47")]
    tq = "Разом\t404\t100,0\t8 336"
    tot_r = f("served", "persons", 404, tq, label="Разом", percent=100.0)
    tot_s = f("services_provided", "services", 8336, tq, label="Разом")
    rec_ids, srv_ids = [], []
    for (sid, q), row in zip(svc, ROWS):
        k = int(row[2])
        p = float(row[3].replace(",", "."))
        rec_ids.append(f("served", "persons", k, q, service=sid, percent=p,
                         group="served_404_by_service", parent=tot_r))
        srv_ids.append(f("services_provided", "services", int(row[4].replace(" ", "")), q, service=sid,
                         group="services_8336_by_service", parent=tot_s))
    idp = f("served", "persons", 63, "Серед отримувачів – 63 внутрішньо переміщені особи (17,1 %",
            category="внутрішньо переміщені особи", percent=17.1, parent=tot_r)
    dis = f("served", "persons", 27, "та 27 осіб з інвалідністю", category="особи з інвалідністю", parent=tot_r)
    sup = f("served", "families", 14, "Під соціальним супроводом у півріччі перебувало 14 сімей (38 осіб)",
            service="social_support_sjo", alt=["support_ongoing"])
    supp = f("served", "persons", 38, "Під соціальним супроводом у півріччі перебувало 14 сімей (38 осіб)",
             service="social_support_sjo", alt=["support_ongoing"], parent=sup,
             note="members of the 14 families; equals table row 4")
    supc = f("served", "children", 21, "у яких виховується 21 дитина", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 6, "ми взяли під супровід 6 сімей", service="social_support_sjo", parent=sup)
    sc = f("support_completed", "families", 5, "завершили супровід 5 сімей", service="social_support_sjo", parent=sup)
    op = f("outcome_positive", "families", 3, "у 3 сім'ях складні життєві обставини подолано",
           group="completed_5_by_outcome", parent=sc)
    om = f("outcome_minimized", "families", 2, "у 2 сім'ях – мінімізовано", group="completed_5_by_outcome", parent=sc)
    hn = f("served", "recipients", 11, "ми взяли на обслуговування 11 нових отримувачів послуги догляду вдома",
           service="home_care", label="взято на обслуговування", alt=["registered_new", "support_started"],
           unit_alt="persons")
    hd = f("deregistered", "persons", 7, "зняли з обслуговування 7 осіб", service="home_care")
    hd1 = f("deregistered", "persons", 5, "5 – у зв'язку зі смертю", label="у зв'язку зі смертю",
            group="deregistered_7_by_reason", parent=hd)
    hd2 = f("deregistered", "persons", 2, "2 – у зв'язку з переїздом до родичів", label="переїзд до родичів",
            group="deregistered_7_by_reason", parent=hd)
    nat = f("served", "persons", 29, "Натуральну допомогу (набори від благодійного фонду) отримали 29 осіб",
            service="natural_aid", note="repeats table row 5: two facts")
    aid = f("aid_value", "uah", 87400, "на суму 87,4 тис. грн")
    ev1 = f("events", "events", 12, "Ми провели 12 групових заходів для дітей та батьків")
    ep1 = f("event_participants", "persons", 236, "охопивши 236 учасників", parent=ev1)
    ev2 = f("events", "events", 4, "Ще 4 тренінги провели для прийомних батьків та опікунів", label="тренінги для прийомних батьків та опікунів")
    ep2 = f("event_participants", "persons", 27, "(27 учасників)", parent=ev2)
    pos = f("staff_positions", "positions", 24, "Штатним розписом передбачено 24 посади")
    act = f("staff_actual", "staff", 21, "фактично працює 21 працівник")
    sw = f("staff_actual", "staff", 9, "з них 9 соціальних робітників", label="соціальні робітники", parent=act)
    trn = f("staff_trained", "staff", 4, "четверо наших фахівців пройшли навчання з кейс-менеджменту",
            note="number written in words")
    cmpl = f("complaints", "complaints", 0, "Скарг на якість послуг до Центру не надходило")
    sr = f("survey_respondents", "recipients", 52, "ми опитали 52 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 94.2, "94,2 % опитаних оцінили роботу Центру позитивно")

    rid = " + ".join("f" + n(x) for x in rec_ids)
    sid_ = " + ".join("f" + n(x) for x in srv_ids)
    g.slip("percent_mismatch", "error",
           "Серед отримувачів – 63 внутрішньо переміщені особи (17,1 % від загальної кількості отримувачів)",
           17.1, 15.6, [idp, tot_r],
           "63 of the 404 recipients (table, Разом) is 15,59 % → 15,6 %, not 17,1 %. 17,1 % is reachable "
           "with 404 (69 of 404), so only the count–percent pair fails",
           f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(tot_r)}, 1)")
    g.check("table_arithmetic", tq, "recipients 164 + 97 + 58 + 38 + 29 + 18 = 404", f"{rid} == f{n(tot_r)}")
    g.check("table_arithmetic", tq, "services 512 + 366 + 6 980 + 402 + 29 + 47 = 8 336", f"{sid_} == f{n(tot_s)}")
    g.check("percent_mismatch", "Таблиця 1. Отримувачі соціальних послуг за видами послуг",
            "each row's share equals its recipients / 404 at one decimal",
            "all([" + ", ".join(f"pct_ok(p{n(x)}, f{n(x)}, f{n(tot_r)}, 1)" for x in rec_ids) + "])")
    g.check("percents_sum", tq, "40,6 + 24,0 + 14,4 + 9,4 + 7,2 + 4,5 = 100,1 (within rounding of six shares)",
            "psum_ok([" + ", ".join(f"p{n(x)}" for x in rec_ids) + "], 1)")
    g.check("parts_sum", "з них 96 – повторно", "96 ≤ 412; 404 served ≤ 412 applied; 27 ≤ 404",
            f"f{n(app2)} <= f{n(app)} and f{n(tot_r)} <= f{n(app)} and f{n(dis)} <= f{n(tot_r)}")
    g.check("parts_sum", "завершили супровід 5 сімей", "3 overcome + 2 minimized = 5 completed; 6 and 5 ≤ 14",
            f"f{n(op)} + f{n(om)} == f{n(sc)} and f{n(st)} <= f{n(sup)} and f{n(sc)} <= f{n(sup)}")
    g.check("internal_conflict", "Під соціальним супроводом у півріччі перебувало 14 сімей (38 осіб)",
            "38 persons under support equal table row 4 (38); 29 natural-aid recipients equal table row 5",
            f"f{n(supp)} == f{n(rec_ids[3])} and f{n(nat)} == f{n(rec_ids[4])}")
    g.check("parts_sum", "зняли з обслуговування 7 осіб (5 – у зв'язку зі смертю, 2 – у зв'язку з переїздом до родичів)",
            "5 + 2 = 7", f"f{n(hd1)} + f{n(hd2)} == f{n(hd)}")
    g.check("parts_sum", "фактично працює 21 працівник, з них 9 соціальних робітників", "9 ≤ 21 ≤ 24; 4 trained ≤ 21",
            f"f{n(sw)} <= f{n(act)} <= f{n(pos)} and f{n(trn)} <= f{n(act)}")
    g.check("percent_impossible", "94,2 % опитаних оцінили роботу Центру позитивно",
            "reachable with 52: 49 / 52 = 94,23", f"grim_ok(f{n(sat)}, f{n(sr)}, 1)")

    g.skip("47423, с. Борсуки, вул. Незалежності, 12; тел. (03546) 0-27-19", [47423, 12, 3546, 2719],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 44029351", [44029351], "ЄДРПОУ")
    g.skip("ЗВІТ про діяльність Центру за І півріччя 2025 року", [2025], "year in the title")
    g.skip("жителям 11 сіл громади", [11], "number of villages")
    g.skip("(за аналогічний період 2024 року – 371)", [2024, 371], "prior-year figure")
    g.skip("у 9 випадках заявників скеровано до інших надавачів", [9], "referrals (no §3 id)")
    g.skip("1. Звернення та оцінка потреб", [1, 2, 3, 4, 5, 6, 7], "section numbers")
    g.skip("Таблиця 1. Отримувачі соціальних послуг за видами послуг, І півріччя 2025 року", [1, 2025],
           "table number, period")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers of Таблиця 1")
    g.skip("У травні 2025 року", [2025], "date of training")
    g.skip("(обсяг програми – 30 годин)", [30], "duration")
    g.skip("У другому півріччі плануємо відкрити відділення денного догляду на 10 місць.", [10], "plan, places")
    g.skip("04.07.2025 № 01-14/87", [4, 7, 2025, 1, 14, 87], "date and outgoing number")

    g.note("table: every cell is a fact quoted by its row; the recipients column carries the row's share as percent; rows hang on the Разом cell of their column (groups served_404_by_service, services_8336_by_service). The Разом row carries percent 100.0")
    g.note("«Разом» spans the № and name columns; the reader prints it as one cell")
    g.note("«14 сімей (38 осіб), у яких виховується 21 дитина» → served families 14, persons 38 and children 21 (alt support_ongoing), the persons and children rows hang on the families row")
    g.note("«11 нових отримувачів послуги догляду вдома» → served (alt registered_new, support_started), unit recipients (unit_alt persons)")
    g.note("the 4 trainings for foster parents are a second events row («Ще»), not part of the 12")
    g.note("«52 отримувачів» surveyed → recipients (unit_alt persons); «94,2 % … позитивно» → satisfaction")
    g.note("the 63 IDPs and 27 persons with disabilities are «серед» categories of the 404: parent_id only, no group")
    g.write()


if __name__ == "__main__":
    main()
