"""b19_07: ДОВІДКА of the ТЦСО Конотопської міської ради (Сумська) for the Держаудитслужба (a state
financial inspection), with figures for 2024. DOCX in the form of a certificate: addressee block,
outgoing/incoming numbers, a checklist of supporting documents ticked with ☑/☐, a «показник – значення –
підтверджуючий документ» table with sheet references, a KEKV table, inventory figures, and a summary.

Planted slip: internal_conflict — 214 home-care recipients in the table (row 2.1), 212 in the summary.
"""
from decimal import Decimal
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b19_07_konotop_tcso_audit2024.docx"

IND = [  # №, показник, значення, документ
    ("1", "Звернулося за наданням соціальних послуг (подано заяв), осіб", "318",
     "журнал реєстрації заяв, арк. 1–29"),
    ("2", "Отримувачі соціальних послуг, усього, осіб", "1 274", "журнали обліку отримувачів"),
    ("2.1", "у т. ч. догляд вдома", "214", "журнал обліку № 1, арк. 1–96"),
    ("2.2", "денний догляд", "46", "журнал обліку № 2, арк. 1–18"),
    ("2.3", "соціальна адаптація", "389", "журнал обліку № 3, арк. 1–104"),
    ("2.4", "натуральна допомога", "625", "журнал обліку № 4, арк. 1–94"),
    ("3", "Надано соціальних послуг, од.", "61 508", "щомісячні звіти відділень"),
    ("4", "Взято на обслуговування, осіб", "171", "накази директора"),
    ("5", "Знято з обслуговування, осіб", "158", "накази директора"),
    ("6", "Надійшло скарг, од.", "1", "журнал звернень громадян"),
    ("7", "Отримувачі платних соціальних послуг, осіб", "52", "договори про надання послуг"),
]
BUD = [  # KEKV, затверджено, касові видатки (тис. грн)
    ("2111", "8 126,4", "8 126,4"),
    ("2120", "1 787,8", "1 787,8"),
    ("2210", "214,6", "198,2"),
    ("2240", "143,9", "131,5"),
    ("2250", "4,8", "3,1"),
    ("2273", "96,2", "88,0"),
    ("2274", "64,1", "52,3"),
]


def d(s):
    return Decimal(s.replace(" ", "").replace(",", "."))


def ds(x):
    s = f"{x:,.1f}".replace(",", " ").replace(".", ",")
    return s


def uah(x):
    return int(d(x) * 1000) if isinstance(x, str) else int(x * 1000)


TA = sum(d(b[1]) for b in BUD)
TS = sum(d(b[2]) for b in BUD)
TE = TA - TS
TEP = (TE * 100 / TA).quantize(Decimal("0.1"))

LINES_TOP = [
    "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) КОНОТОПСЬКОЇ МІСЬКОЇ РАДИ",
    "41600, Сумська обл., м. Конотоп, вул. Успенсько-Троїцька, 0; тел. (05447) 0-63-20; "
    "e-mail: tcso.konotop@example.ua; код ЄДРПОУ 03193461",
    "Вих. № 02-14/388 від 22.04.2025",
    "На № 251822-17/1204-2025 від 14.04.2025",
    "Начальнику Управління Північно-східного офісу Держаудитслужби в Сумській області",
]
TITLE = "ДОВІДКА"
SUB = ("про кількісні показники надання соціальних послуг, чисельність працівників та використання бюджетних "
       "коштів за 2024 рік (до ревізії окремих питань фінансово-господарської діяльності за період з "
       "01.01.2023 по 31.12.2024)")
INTRO = ("На Ваш запит повідомляємо дані Територіального центру соціального обслуговування (надання "
         "соціальних послуг) Конотопської міської ради (далі – Територіальний центр) за 2024 рік. Копії "
         "підтверджуючих документів додаються на 47 арк.")
CHECK_HEAD = "1. Підтверджуючі документи (відмічено ті, що надаються):"
CHECKS = [
    "☑ Положення про Територіальний центр (рішення міської ради від 26.01.2021 № 112)",
    "☑ штатний розпис на 2024 рік, затверджений 02.01.2024",
    "☑ журнали обліку отримувачів соціальних послуг (4 журнали)",
    "☐ договори на умовах соціального замовлення (у 2024 році не укладалися)",
    "☑ кошторис на 2024 рік та звіт про виконання кошторису (форма № 2м)",
]
IND_HEAD = "2. Кількісні показники за 2024 рік"
STAFF_HEAD = "3. Кадрове забезпечення"
STAFF = ("Штатним розписом на 2024 рік затверджено 48,5 штатної одиниці. Станом на 31.12.2024 працює "
         "44 працівники, з них 29 соціальних робітників; вакантними є 4,5 штатної одиниці. У 2024 році "
         "підвищили кваліфікацію 11 працівників (курси при Сумському обласному центрі підвищення кваліфікації).")
BUD_HEAD = "4. Використання коштів загального фонду, тис. грн"
BUD_AFTER = (f"Економія коштів загального фонду становить {ds(TE)} тис. грн ({str(TEP).replace('.', ',')} % "
             "затверджених призначень) і утворилася переважно за енергоносіями та послугами. За надання платних "
             "соціальних послуг до спеціального фонду надійшло 146,8 тис. грн, використано 139,5 тис. грн "
             "(придбання миючих засобів, оплата праці).")
INV_HEAD = "5. Інвентаризація"
INV = ("Станом на 01.11.2024 проведено річну інвентаризацію: основних засобів – 214 од. балансовою вартістю "
       "1 482,3 тис. грн; нестач і надлишків не виявлено (інвентаризаційні описи № 1–6).")
SUM_HEAD = "6. Підсумок"
SUMMARY = ("Отже, у 2024 році послугу догляду вдома отримували 212 осіб, а загальна кількість отримувачів "
           "соціальних послуг Територіального центру становила 1 274 особи.")
SIGN = ["Достовірність наведених даних підтверджую.",
        "Директор (підпис)",
        "Головний бухгалтер (підпис)"]


def build():
    dd = docx.Document()
    fix_docx_props(dd, author="ТЦСО Конотоп")
    st = dd.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for i, l in enumerate(LINES_TOP):
        p = dd.add_paragraph(l)
        if i < 2:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 4:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = dd.add_paragraph(TITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    p = dd.add_paragraph(SUB)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dd.add_paragraph(INTRO)
    dd.add_paragraph(CHECK_HEAD).runs[0].bold = True
    for c in CHECKS:
        dd.add_paragraph(c)
    dd.add_paragraph(IND_HEAD).runs[0].bold = True
    t = dd.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["№ з/п", "Показник", "Значення", "Підтверджуючий документ"]):
        t.rows[0].cells[j].text = h
    for row in IND:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = v
    dd.add_paragraph(STAFF_HEAD).runs[0].bold = True
    dd.add_paragraph(STAFF)
    dd.add_paragraph(BUD_HEAD).runs[0].bold = True
    t = dd.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["КЕКВ", "Затверджено кошторисом (з урахуванням змін)", "Касові видатки"]):
        t.rows[0].cells[j].text = h
    for row in BUD:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = v
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = "Разом", ds(TA), ds(TS)
    dd.add_paragraph(BUD_AFTER)
    dd.add_paragraph(INV_HEAD).runs[0].bold = True
    dd.add_paragraph(INV)
    dd.add_paragraph(SUM_HEAD).runs[0].bold = True
    dd.add_paragraph(SUMMARY)
    for s in SIGN:
        dd.add_paragraph(s)
    path = report_path(DOC)
    dd.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Конотопської міської ради",
        "centre_type": "tcso",
        "settlement": "Конотоп",
        "oblast": "Сумська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, meta_alt={"report_kind": ["other"]})
    n = lambda fid: fid[1:]
    q = {r[0]: "\t".join(r) for r in IND}
    f_app = g.f("applied", "persons", 318, q["1"], label="подано заяв", unit_alt="applications")
    f_tot = g.f("served", "persons", 1274, q["2"])
    parts = []
    for k, sid in (("2.1", "home_care"), ("2.2", "day_care"), ("2.3", "social_adaptation"), ("2.4", "natural_aid")):
        v = int(d(dict((r[0], r[2]) for r in IND)[k]))
        parts.append(g.f("served", "persons", v, q[k], service=sid, parent=f_tot, group="served_1274_by_service"))
    f_srv = g.f("services_provided", "services", 61508, q["3"])
    f_new = g.f("served", "persons", 171, q["4"], alt=["registered_new", "support_started"],
                label="взято на обслуговування")
    f_der = g.f("deregistered", "persons", 158, q["5"], alt=["support_completed"])
    f_cmp = g.f("complaints", "complaints", 1, q["6"])
    f_paid = g.f("served", "persons", 52, q["7"], label="платні соціальні послуги")
    f_pos = g.f("staff_positions", "positions", 48.5, "Штатним розписом на 2024 рік затверджено 48,5 штатної одиниці")
    f_act = g.f("staff_actual", "staff", 44, "Станом на 31.12.2024 працює 44 працівники")
    f_sw = g.f("staff_actual", "staff", 29, "з них 29 соціальних робітників", parent=f_act, label="соціальні робітники")
    f_tr = g.f("staff_trained", "staff", 11, "підвищили кваліфікацію 11 працівників")
    tq = f"Разом\t{ds(TA)}\t{ds(TS)}"
    t_a = g.f("budget_approved", "uah", uah(TA), tq, label="Разом, загальний фонд")
    t_s = g.f("budget_spent", "uah", uah(TS), tq, label="Разом, загальний фонд")
    ra, rs = [], []
    for k, a, s in BUD:
        rq = f"{k}\t{a}\t{s}"
        ra.append(g.f("budget_approved", "uah", uah(a), rq, kekv=k, parent=t_a, group="approved_by_kekv"))
        rs.append(g.f("budget_spent", "uah", uah(s), rq, kekv=k, parent=t_s, group="spent_by_kekv"))
    f_sav = g.f("budget_savings", "uah", uah(TE), f"Економія коштів загального фонду становить {ds(TE)} тис. грн "
                f"({str(TEP).replace('.', ',')} %", percent=float(TEP), label="загальний фонд")
    f_rec = g.f("budget_received", "uah", 146800, "до спеціального фонду надійшло 146,8 тис. грн",
                label="спеціальний фонд, плата за соціальні послуги")
    f_spsp = g.f("budget_spent", "uah", 139500, "використано 139,5 тис. грн", label="спеціальний фонд")
    f_hc2 = g.f("served", "persons", 212, "у 2024 році послугу догляду вдома отримували 212 осіб", service="home_care")
    f_tot2 = g.f("served", "persons", 1274, "загальна кількість отримувачів соціальних послуг Територіального центру "
                 "становила 1 274 особи")

    g.slip("internal_conflict", "error", "у 2024 році послугу догляду вдома отримували 212 осіб", 212, 214,
           [parts[0], f_hc2],
           "home-care recipients in 2024: 214 in row 2.1 of the indicator table, 212 in the summary; the table "
           "row is the one that makes 214 + 46 + 389 + 625 = 1 274",
           f"f{n(parts[0])} == f{n(f_hc2)}")

    g.check("parts_sum", q["2"], "214 + 46 + 389 + 625 = 1 274", " + ".join(f"f{n(x)}" for x in parts) +
            f" == f{n(f_tot)}")
    g.check("internal_conflict", "становила 1 274 особи", "summary 1 274 = row 2", f"f{n(f_tot2)} == f{n(f_tot)}")
    g.check("parts_sum", q["4"], "171 taken on and 52 paid ≤ 1 274; 171 ≤ 318 applications",
            f"f{n(f_new)} <= f{n(f_app)} and f{n(f_paid)} <= f{n(f_tot)}")
    g.check("parts_sum", "вакантними є 4,5 штатної одиниці", "48,5 − 44 = 4,5; 29 and 11 ≤ 44",
            f"near(f{n(f_pos)} - f{n(f_act)}, 4.5) and f{n(f_sw)} <= f{n(f_act)} and f{n(f_tr)} <= f{n(f_act)}")
    g.check("table_arithmetic", tq, "approved: sum of the seven KEKV rows = " + ds(TA),
            " + ".join(f"f{n(x)}" for x in ra) + f" == f{n(t_a)}")
    g.check("table_arithmetic", tq, "spent: sum of the seven KEKV rows = " + ds(TS),
            " + ".join(f"f{n(x)}" for x in rs) + f" == f{n(t_s)}")
    g.check("table_arithmetic", "Економія коштів загального фонду становить",
            "економія = затверджено − видатки: " + ds(TA) + " − " + ds(TS) + " = " + ds(TE),
            f"f{n(t_a)} - f{n(t_s)} == f{n(f_sav)}")
    g.check("percent_mismatch", "Економія коштів загального фонду становить",
            ds(TE) + " / " + ds(TA) + " → " + str(TEP).replace(".", ",") + " %",
            f"pct_ok(p{n(f_sav)}, f{n(f_sav)}, f{n(t_a)}, 1)")
    g.check("parts_sum", "використано 139,5 тис. грн", "special fund: 139,5 used ≤ 146,8 received",
            f"f{n(f_spsp)} <= f{n(f_rec)}")

    g.skip(LINES_TOP[1], [41600, 0, 5447, 6320, 3193461], "postcode, address, phone, ЄДРПОУ")
    g.skip(LINES_TOP[2], [2, 14, 388, 22, 4, 2025], "outgoing number and date")
    g.skip(LINES_TOP[3], [251822, 17, 1204, 2025, 14, 4], "incoming request number and date")
    g.skip("за період з 01.01.2023 по 31.12.2024", [1, 2023, 31, 12, 2024], "period of the inspection (two years; "
           "the certificate's figures are for 2024)")
    g.skip("Копії підтверджуючих документів додаються на 47 арк.", [47], "sheets attached")
    g.skip(CHECKS[0], [26, 1, 2021, 112], "decision date and number (checklist item)")
    g.skip(CHECKS[1], [2024, 2, 1], "date")
    g.skip(CHECKS[2], [4], "number of registers")
    g.skip(CHECKS[3], [2024], "year")
    g.skip(CHECKS[4], [2024, 2], "form № 2м")
    import re as _re
    for r in IND:
        nums = [int(x) for x in _re.findall(r"\d+", r[0] + " " + r[3])]
        g.skip(q[r[0]], nums, "row number" + (" and register number / sheet range of the supporting document"
                                               if len(nums) > 1 else ""))
    g.skip("Станом на 31.12.2024 працює", [31, 12, 2024], "date")
    g.skip("вакантними є 4,5 штатної одиниці", [4.5], "vacancies; no §3 id (literal in a check)")
    for h in (CHECK_HEAD, IND_HEAD, STAFF_HEAD, BUD_HEAD, INV_HEAD, SUM_HEAD):
        g.skip(h, [int(h.split(".")[0])] + ([2024] if "2024" in h else []), "section number")
    for k, a, s_ in BUD:
        g.skip(f"{k}\t{a}\t{s_}", [int(k)], "KEKV code (kept in the kekv field)")
    g.skip(INV, [1, 11, 2024, 214, 1482.3, 6], "inventory date, fixed assets (items) and their book value, "
           "inventory list numbers; no §3 id")

    g.note("a certificate (довідка) to the state audit service: meta report_kind annual_report (figures for the "
           "year 2024), alt other")
    g.note("indicator table «показник – значення – документ»: each value cell is a fact quoted by its row; rows "
           "2.1–2.4 (у т. ч.) are a partition of row 2 by service")
    g.note("row 1 «Звернулося … (подано заяв), осіб» → applied, unit persons (unit_alt applications)")
    g.note("«Знято з обслуговування» → deregistered (alt support_completed); «Взято на обслуговування» → served "
           "(alt registered_new, support_started)")
    g.note("1 274 is written twice (row 2 and the summary): two facts. The inventory's «214 од.» of fixed assets "
           "is items, not the 214 home-care recipients")
    g.note("the checkbox list (☑/☐) carries only dates, decision and form numbers: no facts")
    return g


if __name__ == "__main__":
    build()
    gold().write()
