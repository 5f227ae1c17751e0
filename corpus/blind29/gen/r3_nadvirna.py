"""b29_03: КУ «ЦНСП» Надвірнянської міської ради, report for 9 months of 2025 (oblast not stated).
DOCX with prose in the third person and a real table by service (Отримувачів / з них ВПО / Надано послуг).
Planted slip: table_arithmetic (the «Надано послуг» column sums to 37 879, Разом says 37 979)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b29_03_nadvirna_cnsp_9m2025.docx"

ROWS = [
    ("1", "Догляд вдома", "212", "19", "31 870"),
    ("2", "Денний догляд", "48", "6", "2 916"),
    ("3", "Соціальна адаптація", "37", "11", "644"),
    ("4", "Консультування", "403", "128", "1 127"),
    ("5", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "41", "9", "1 036"),
    ("6", "Натуральна допомога", "286", "174", "286"),
]
TOTAL = ("Разом", "1 027", "347", "37 979")

PARAS_BEFORE = [
    ("h", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» НАДВІРНЯНСЬКОЇ МІСЬКОЇ РАДИ"),
    ("c", "78405, м. Надвірна, вул. Соборна, 122, тел. (03475) 0-23-91, код ЄДРПОУ 44215630"),
    ("h", "ІНФОРМАЦІЯ про діяльність Центру за 9 місяців 2025 року"),
    ("p", "Комунальна установа «Центр надання соціальних послуг» Надвірнянської міської ради утворена рішенням міської ради від 17.12.2021 № 1452-19/2021 і надає соціальні послуги мешканцям міста та 8 сіл громади."),
    ("p", "Упродовж січня – вересня 2025 року до Центру звернулося 468 осіб, з них 152 внутрішньо переміщені особи. Фахівці Центру провели оцінювання індивідуальних потреб 311 осіб; за його результатами надання послуг розпочато 296 особам, 15 особам відмовлено через відсутність підстав."),
    ("p", "Кількість отримувачів і обсяг наданих послуг у розрізі видів наведено в таблиці 1."),
    ("p", "Таблиця 1. Отримувачі та обсяг соціальних послуг за 9 місяців 2025 року"),
]
PARAS_AFTER = [
    ("p", "Вартість однієї години послуги догляду вдома для отримувачів, які сплачують за послугу, становить 118,40 грн. Отримувачі послуги денного догляду – особи віком від 18 до 93 років."),
    ("p", "Соціальний супровід. Протягом звітного періоду Центр взяв під соціальний супровід 17 сімей. Завершено надання послуги 12 сім'ям, з них 10 – з позитивним результатом, 2 – у зв'язку зі зміною місця проживання."),
    ("p", "Натуральну допомогу (продуктові набори, засоби гігієни, теплі ковдри) отримали внутрішньо переміщені та малозабезпечені особи; загальна вартість допомоги становить 428,6 тис. грн. Роздано 904 набори."),
    ("p", "Кадрове забезпечення. Штатна чисельність Центру – 52 посади, фактично працює 47 працівників, з них 29 соціальних робітників. Протягом 9 місяців підвищили кваліфікацію 9 працівників."),
    ("p", "Звернення громадян. Надійшла 1 скарга щодо графіка відвідування отримувача соціальним робітником; за результатами розгляду скарга не підтвердилася."),
    ("p", "У IV кварталі 2025 року Центр планує запровадити послугу тимчасового відпочинку для батьків, які доглядають дітей з інвалідністю, для 12 сімей."),
    ("p", "Директор                                              (підпис)"),
    ("p", "Вих. № 01-12/486 від 06.10.2025"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, t in PARAS_BEFORE:
        p = d.add_paragraph(t)
        if kind in ("h", "c"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if kind == "h":
            p.runs[0].bold = True
    tb = d.add_table(rows=2 + len(ROWS), cols=5)
    tb.style = "Table Grid"
    hdr = ["№ з/п", "Вид соціальної послуги", "Отримувачів, осіб", "з них ВПО", "Надано послуг, од."]
    for i, h in enumerate(hdr):
        tb.cell(0, i).text = h
    for r, row in enumerate(ROWS, start=1):
        for c, val in enumerate(row):
            tb.cell(r, c).text = val
    last = len(ROWS) + 1
    m = tb.cell(last, 0).merge(tb.cell(last, 1))
    m.text = TOTAL[0]
    for c, val in enumerate(TOTAL[1:], start=2):
        tb.cell(last, c).text = val
    for kind, t in PARAS_AFTER:
        d.add_paragraph(t)
    fix_docx_props(d, author="КУ ЦНСП")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Надвірнянської міської ради",
        "centre_type": "cnsp", "settlement": "Надвірна",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-09-30"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Надвірнянської міської ради",
                             "КУ «Центр надання соціальних послуг» Надвірнянської міської ради"]})
    f = g.f

    def v(fid):
        return "f" + fid[1:]
    ap = f("applied", "persons", 468, "до Центру звернулося 468 осіб")
    api = f("applied", "persons", 152, "з них 152 внутрішньо переміщені особи", category="внутрішньо переміщені особи",
            parent=ap)
    na = f("needs_assessed", "persons", 311, "провели оцінювання індивідуальних потреб 311 осіб")
    # table
    tq = "Разом\t1 027\t347\t37 979"
    t_rec = f("served", "persons", 1027, tq, label="Разом, отримувачів")
    t_idp = f("served", "persons", 347, tq, category="внутрішньо переміщені особи", label="Разом, з них ВПО",
              parent=t_rec)
    t_srv = f("services_provided", "services", 37979, tq, label="Разом, надано послуг")
    svc = {"Догляд вдома": "home_care", "Денний догляд": "day_care", "Соціальна адаптація": "social_adaptation",
           "Консультування": "counselling",
           "Соціальний супровід сімей (осіб), які перебувають у СЖО": "social_support_sjo",
           "Натуральна допомога": "natural_aid"}
    rec, idp, srv = [], [], []
    for n, name, r, i, s_ in ROWS:
        q = "\t".join((n, name, r, i, s_))
        sid = svc[name]
        rec.append(f("served", "persons", int(r.replace(" ", "")), q, service=sid, group="table_recipients",
                     parent=t_rec))
        idp.append(f("served", "persons", int(i.replace(" ", "")), q, service=sid,
                     category="внутрішньо переміщені особи", group="table_idp", parent=t_idp))
        srv.append(f("services_provided", "services", int(s_.replace(" ", "")), q, service=sid,
                     group="table_services", parent=t_srv))
    ss = f("support_started", "families", 17, "Центр взяв під соціальний супровід 17 сімей",
           service="social_support_sjo")
    sc = f("support_completed", "families", 12, "Завершено надання послуги 12 сім'ям", service="social_support_sjo")
    op = f("outcome_positive", "families", 10, "10 – з позитивним результатом", service="social_support_sjo",
           group="completed_12_by_outcome", parent=sc)
    oo = f("outcome_other", "families", 2, "2 – у зв'язку зі зміною місця проживання", service="social_support_sjo",
           label="зміна місця проживання", group="completed_12_by_outcome", parent=sc)
    av = f("aid_value", "uah", 428600, "загальна вартість допомоги становить 428,6 тис. грн", service="natural_aid")
    pos = f("staff_positions", "positions", 52, "Штатна чисельність Центру – 52 посади")
    act = f("staff_actual", "staff", 47, "фактично працює 47 працівників")
    sw = f("staff_actual", "staff", 29, "з них 29 соціальних робітників", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 9, "підвищили кваліфікацію 9 працівників")
    cp = f("complaints", "complaints", 1, "Надійшла 1 скарга")

    g.slip("table_arithmetic", "error", tq, 37979, 37879, [t_srv] + srv,
           "the «Надано послуг» column sums to 31 870 + 2 916 + 644 + 1 127 + 1 036 + 286 = 37 879; the Разом row says 37 979 (100 more)",
           " + ".join(v(x) for x in srv) + f" == {v(t_srv)}")
    g.check("table_arithmetic", tq, "recipients column: 212 + 48 + 37 + 403 + 41 + 286 = 1 027",
            " + ".join(v(x) for x in rec) + f" == {v(t_rec)}")
    g.check("table_arithmetic", tq, "ВПО column: 19 + 6 + 11 + 128 + 9 + 174 = 347",
            " + ".join(v(x) for x in idp) + f" == {v(t_idp)}")
    g.check("table_arithmetic", "2\tДенний догляд\t48\t6\t2 916", "in every row ВПО ≤ recipients",
            " and ".join(f"{v(b)} <= {v(a)}" for a, b in zip(rec, idp)))
    g.check("parts_sum", "до Центру звернулося 468 осіб, з них 152", "152 ≤ 468; 311 assessed ≤ 468",
            f"{v(api)} <= {v(ap)} and {v(na)} <= {v(ap)}")
    g.check("parts_sum", "Завершено надання послуги 12 сім'ям, з них 10", "10 + 2 = 12",
            f"{v(op)} + {v(oo)} == {v(sc)}")
    g.check("parts_sum", "з них 29 соціальних робітників", "29 ≤ 47 ≤ 52; 9 trained ≤ 47",
            f"{v(sw)} <= {v(act)} <= {v(pos)} and {v(tr)} <= {v(act)}")

    sk = g.skip
    sk("78405, м. Надвірна, вул. Соборна, 122, тел. (03475) 0-23-91, код ЄДРПОУ 44215630",
       [78405, 122, 3475, 2391, 44215630], "postcode, address, phone, ЄДРПОУ")
    sk("рішенням міської ради від 17.12.2021 № 1452-19/2021", [17, 12, 2021, 1452, 19, 2021], "decision date and number")
    sk("мешканцям міста та 8 сіл громади", [8], "settlement count")
    sk("надання послуг розпочато 296 особам, 15 особам відмовлено", [296, 15],
       "decisions to start services and refusals (no §3 id)")
    sk("Таблиця 1. Отримувачі та обсяг соціальних послуг за 9 місяців 2025 року", [1, 9, 2025], "table number, period")
    sk("1\tДогляд вдома\t212\t19\t31 870", [1, 2, 3, 4, 5, 6], "row numbers")
    sk("становить 118,40 грн", [118.40], "tariff")
    sk("особи віком від 18 до 93 років", [18, 93], "ages")
    sk("Роздано 904 набори.", [904], "items (sets)")
    sk("У IV кварталі 2025 року Центр планує запровадити послугу тимчасового відпочинку", [4, 2025], "plan")
    sk("для 12 сімей", [12], "plan target")
    sk("Вих. № 01-12/486 від 06.10.2025", [1, 12, 486, 6, 10, 2025], "outgoing number and date")
    g.note("table cells come out tab-separated; every cell is a fact quoted by its row; the rows hang on the Разом cell of the same column (one group per column)")
    g.note("the Разом row of the recipients column is `served` with a label: the table counts recipients by service, so a person with two services counts twice; the prose gives no separate unique-recipient total")
    g.note("«Центр взяв під соціальний супровід 17 сімей» → support_started; «Завершено надання послуги 12 сім'ям, з них 10 … 2 …» → support_completed with outcome_positive and outcome_other")
    g.note("«Надійшла 1 скарга» → complaints 1 (the complaint did not hold up, but it was received)")
    g.write()


if __name__ == "__main__":
    main()
