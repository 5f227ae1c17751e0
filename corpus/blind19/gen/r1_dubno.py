"""b19_01: ЦСС Дубенської міської ради (Рівненська), annual report 2024, DOCX.

Numbered sections, prose with «з них» / «серед них», a table by service with a share-of-services
column. Planted slip: percent_mismatch on the positive outcomes (21 of 34 written as 64,7 %).
"""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b19_01_dubno_css_annual2024.docx"

# service table: name, service id, recipients (сімей/осіб), services delivered
ROWS = [
    ("Інформування", "informing", 412, 1236),
    ("Консультування", "counselling", 356, 2104),
    ("Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах",
     "social_support_sjo", 58, 1392),
    ("Соціальне супроводження прийомних сімей та дитячих будинків сімейного типу",
     "social_support_foster", 9, 214),
    ("Екстрене (кризове) втручання", "crisis_intervention", 27, 96),
    ("Посередництво (медіація)", "mediation", 14, 42),
    ("Представництво інтересів", "representation", 33, 81),
    ("Натуральна допомога", "natural_aid", 128, 128),
]
TOTAL = sum(r[3] for r in ROWS)


def fmt(n):
    s = f"{n:,}".replace(",", " ")
    return s


def pct(k, n):
    from decimal import Decimal, ROUND_HALF_UP
    return float((Decimal(k) * 100 / Decimal(n)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def pstr(p):
    return f"{p:.1f}".replace(".", ",")


PCTS = [pct(r[3], TOTAL) for r in ROWS]

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ДУБЕНСЬКОЇ МІСЬКОЇ РАДИ",
    "код ЄДРПОУ 44130527; 35600, Рівненська обл., м. Дубно, вул. Шевченка, 14; тел. (03656) 0-34-17; "
    "e-mail: css.dubno@example.ua",
]
TITLE = "ЗВІТ про роботу Центру соціальних служб Дубенської міської ради за 2024 рік"

P = {}
P["intro"] = (
    "Центр соціальних служб Дубенської міської ради Рівненської області (далі – Центр) діє відповідно "
    "до Положення, затвердженого рішенням Дубенської міської ради від 24.12.2020 № 98, і надає соціальні "
    "послуги мешканцям Дубенської міської територіальної громади (14 населених пунктів, 44,3 тис. мешканців)."
)
P["staff"] = (
    "Штатним розписом Центру передбачено 11,5 штатної одиниці. Фактично працює 10 працівників, з них "
    "7 фахівців із соціальної роботи та 1 практичний психолог. Протягом року підвищили кваліфікацію "
    "8 працівників (навчання в Рівненському обласному центрі соціальних служб, вебінари Національної "
    "соціальної сервісної служби)."
)
P["notified"] = (
    "У 2024 році до Центру надійшли повідомлення про 186 сімей/осіб, які можуть перебувати у складних "
    "життєвих обставинах, у тому числі від служби у справах дітей – 64, закладів освіти – 41, закладів "
    "охорони здоров'я – 17, Дубенського районного управління поліції – 29, старост – 22, інших суб'єктів "
    "та самих громадян – 13."
)
P["needs"] = (
    "Оцінку потреб здійснено 171 сім'ї/особі (у них 298 дітей), з них у 112 сімей/осіб виявлено "
    "складні життєві обставини. Щодо решти 15 повідомлень інформація не підтвердилася або сім'ї змінили "
    "місце проживання."
)
P["table_intro"] = "Дані про отримувачів соціальних послуг наведено в таблиці 1."
P["table_title"] = "Таблиця 1. Надання соціальних послуг Центром у 2024 році"
P["overall"] = (
    "Загалом у 2024 році соціальні послуги Центру отримали 731 сім'я/особа (без повторного обліку), "
    "з них 214 – сім'ї/особи з числа внутрішньо переміщених осіб. Для порівняння: у 2023 році послуги "
    "отримали 684 сім'ї/особи."
)
P["support"] = (
    "Протягом року під соціальним супроводом перебувало 58 сімей (у них 127 дітей): 23 сім'ї взято під "
    "супровід у 2024 році, ще 35 сімей отримували послугу з 2023 року. Серед сімей, які перебували під "
    "супроводом, сімей внутрішньо переміщених осіб – 12, сімей, у яких батьки ухиляються від виконання "
    "батьківських обов'язків, – 19, сімей учасників бойових дій – 7."
)
P["outcomes"] = (
    "Завершено надання послуги 34 сім'ям, з них з позитивним результатом (складні життєві обставини "
    "подолано) – 21 сім'я, що становить 64,7 %; складні життєві обставини мінімізовано у 8 сім'ях; "
    "у зв'язку зі зміною місця проживання – 3 сім'ї; через відмову від послуги – 2 сім'ї. Продовжено "
    "надання послуги у 2025 році 24 сім'ям. Середня тривалість супроводу становила 7 місяців."
)
P["foster"] = (
    "Здійснювалося соціальне супроводження 6 прийомних сімей і 3 дитячих будинків сімейного типу, "
    "у яких виховується 31 дитина."
)
P["aid"] = (
    "Натуральну допомогу (продуктові та гігієнічні набори, одяг, засоби для прибирання) отримали "
    "128 сімей/осіб; видано 402 набори на загальну суму 311,6 тис. грн за рахунок благодійних надходжень."
)
P["events"] = (
    "Проведено 46 групових заходів (тренінги, заняття «Школи відповідального батьківства», інформаційні "
    "акції), якими охоплено 712 осіб. Тривалість одного заняття – 2 години."
)
P["calls"] = (
    "На «гарячу лінію» Центру надійшло 139 дзвінків, з них 41 – щодо домашнього насильства."
)
P["complaints"] = (
    "Скарг на якість надання соціальних послуг у 2024 році не надходило (у 2023 році – одна)."
)
P["plan"] = (
    "У 2025 році Центр планує запровадити послугу підтриманого проживання для 5 осіб віком від 18 до "
    "23 років з числа дітей-сиріт та дітей, позбавлених батьківського піклування."
)
SECS = ["1. Загальні відомості", "2. Виявлення сімей та оцінка потреб", "3. Надання соціальних послуг",
        "4. Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах",
        "5. Натуральна допомога, групова робота, «гаряча лінія»", "6. Завдання на 2025 рік"]
SIGN = "Директор Центру                                                  (підпис)"
OUT = "Вих. № 01-09/12 від 08.01.2025"


def build():
    d = docx.Document()
    fix_docx_props(d, author="ЦСС Дубно")
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for h in HEAD:
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(TITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True

    def sec(t):
        p = d.add_paragraph(t)
        p.runs[0].bold = True

    sec(SECS[0])
    d.add_paragraph(P["intro"])
    d.add_paragraph(P["staff"])
    sec(SECS[1])
    d.add_paragraph(P["notified"])
    d.add_paragraph(P["needs"])
    sec(SECS[2])
    d.add_paragraph(P["table_intro"])
    d.add_paragraph(P["table_title"])
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["№", "Соціальна послуга", "Отримувачі, сімей/осіб", "Надано послуг",
           "Частка у загальній кількості послуг, %"]
    for j, h in enumerate(hdr):
        t.rows[0].cells[j].text = h
    for i, (name, _sid, rec, srv) in enumerate(ROWS):
        cells = t.add_row().cells
        for j, v in enumerate([f"{i + 1}.", name, fmt(rec), fmt(srv), pstr(PCTS[i])]):
            cells[j].text = v
    cells = t.add_row().cells
    m = cells[0].merge(cells[1])
    m.text = "Разом"
    cells[2].text = "х"
    cells[3].text = fmt(TOTAL)
    cells[4].text = "100,0"
    d.add_paragraph(P["overall"])
    sec(SECS[3])
    d.add_paragraph(P["support"])
    d.add_paragraph(P["outcomes"])
    d.add_paragraph(P["foster"])
    sec(SECS[4])
    d.add_paragraph(P["aid"])
    d.add_paragraph(P["events"])
    d.add_paragraph(P["calls"])
    d.add_paragraph(P["complaints"])
    sec(SECS[5])
    d.add_paragraph(P["plan"])
    d.add_paragraph(SIGN)
    d.add_paragraph(OUT)
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def row_quote(i):
    name, _sid, rec, srv = ROWS[i]
    return f"{i + 1}.\t{name}\t{fmt(rec)}\t{fmt(srv)}\t{pstr(PCTS[i])}"


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Дубенської міської ради",
        "centre_type": "css",
        "settlement": "Дубно",
        "oblast": "Рівненська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    # staff
    f_pos = g.f("staff_positions", "positions", 11.5, "Штатним розписом Центру передбачено 11,5 штатної одиниці",
                note="fractional staff positions kept as written")
    f_act = g.f("staff_actual", "staff", 10, "Фактично працює 10 працівників")
    f_ssr = g.f("staff_actual", "staff", 7, "з них 7 фахівців із соціальної роботи", parent=f_act,
                label="фахівці із соціальної роботи")
    f_psy = g.f("staff_actual", "staff", 1, "та 1 практичний психолог", parent=f_act, label="практичний психолог")
    f_tr = g.f("staff_trained", "staff", 8, "Протягом року підвищили кваліфікацію 8 працівників")
    # notifications
    f_not = g.f("notified", "families_persons", 186, "надійшли повідомлення про 186 сімей/осіб")
    srcs = [("від служби у справах дітей – 64", 64, "служба у справах дітей"),
            ("закладів освіти – 41", 41, "заклади освіти"),
            ("охорони здоров'я – 17", 17, "заклади охорони здоров'я"),
            ("Дубенського районного управління поліції – 29", 29, "Дубенське районне управління поліції"),
            ("старост – 22", 22, "старости"),
            ("та самих громадян – 13", 13, "інші суб'єкти та самі громадяни")]
    nparts = [g.f("notified", "families_persons", v, q, parent=f_not, group="notified_186_by_source", label=l)
              for q, v, l in srcs]
    f_na = g.f("needs_assessed", "families_persons", 171, "Оцінку потреб здійснено 171 сім'ї/особі")
    f_nac = g.f("needs_assessed", "children", 298, "(у них 298 дітей)", parent=f_na)
    f_idc = g.f("in_difficult_circumstances", "families_persons", 112,
                "з них у 112 сімей/осіб виявлено складні життєві обставини", parent=f_na)
    # table
    tserved, tsrv = [], []
    tot_q = f"Разом\tх\t{fmt(TOTAL)}\t100,0"
    f_ttot = g.f("services_provided", "services", TOTAL, tot_q, percent=100, label="Разом")
    for i, (name, sid, rec, srv) in enumerate(ROWS):
        q = row_quote(i)
        tserved.append(g.f("served", "families_persons", rec, q, service=sid, label=name))
        tsrv.append(g.f("services_provided", "services", srv, q, service=sid, percent=PCTS[i], label=name,
                        parent=f_ttot, group="services_by_service"))
    f_all = g.f("served", "families_persons", 731, "соціальні послуги Центру отримали 731 сім'я/особа")
    f_idp = g.f("served", "families_persons", 214, "з них 214 – сім'ї/особи з числа внутрішньо переміщених осіб",
                parent=f_all, category="внутрішньо переміщені особи")
    # support
    f_sup = g.f("served", "families", 58, "під соціальним супроводом перебувало 58 сімей",
                service="social_support_sjo", alt=["support_ongoing"])
    f_supc = g.f("served", "children", 127, "(у них 127 дітей)", service="social_support_sjo",
                 alt=["support_ongoing"], parent=f_sup)
    f_st = g.f("support_started", "families", 23, "23 сім'ї взято під супровід у 2024 році",
               service="social_support_sjo", parent=f_sup, group="support_58_by_start")
    f_cont = g.f("served", "families", 35, "ще 35 сімей отримували послугу з 2023 року",
                 service="social_support_sjo", alt=["support_ongoing"], parent=f_sup,
                 group="support_58_by_start", label="отримували послугу з 2023 року")
    f_c1 = g.f("served", "families", 12, "сімей внутрішньо переміщених осіб – 12", service="social_support_sjo",
               parent=f_sup, category="сім'ї внутрішньо переміщених осіб", alt=["support_ongoing"])
    f_c2 = g.f("served", "families", 19, "батьківських обов'язків, – 19", service="social_support_sjo",
               parent=f_sup, category="сім'ї, у яких батьки ухиляються від виконання батьківських обов'язків",
               alt=["support_ongoing"])
    f_c3 = g.f("served", "families", 7, "сімей учасників бойових дій – 7", service="social_support_sjo",
               parent=f_sup, category="сім'ї учасників бойових дій", alt=["support_ongoing"])
    f_comp = g.f("support_completed", "families", 34, "Завершено надання послуги 34 сім'ям",
                 service="social_support_sjo", parent=f_sup)
    f_pos_o = g.f("outcome_positive", "families", 21, "подолано) – 21 сім'я, що становить 64,7 %",
                  percent=64.7, service="social_support_sjo", parent=f_comp, group="completed_34_by_outcome")
    f_min = g.f("outcome_minimized", "families", 8, "складні життєві обставини мінімізовано у 8 сім'ях",
                service="social_support_sjo", parent=f_comp, group="completed_34_by_outcome")
    f_mov = g.f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3 сім'ї",
                service="social_support_sjo", parent=f_comp, group="completed_34_by_outcome",
                label="зміна місця проживання")
    f_ref = g.f("outcome_other", "families", 2, "через відмову від послуги – 2 сім'ї",
                service="social_support_sjo", parent=f_comp, group="completed_34_by_outcome",
                label="відмова від послуги")
    f_ong = g.f("support_ongoing", "families", 24, "Продовжено надання послуги у 2025 році 24 сім'ям",
                service="social_support_sjo", parent=f_sup)
    f_pf = g.f("served", "families", 6, "соціальне супроводження 6 прийомних сімей", service="social_support_foster",
               category="прийомні сім'ї", parent=tserved[3], group="foster_9_by_form")
    f_db = g.f("served", "families", 3, "3 дитячих будинків сімейного типу", service="social_support_foster",
               category="дитячі будинки сімейного типу", parent=tserved[3], group="foster_9_by_form")
    f_fc = g.f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_foster",
               parent=tserved[3])
    # aid, events, calls, complaints
    f_aid = g.f("served", "families_persons", 128, "128 сімей/осіб; видано", service="natural_aid")
    f_aidv = g.f("aid_value", "uah", 311600, "на загальну суму 311,6 тис. грн", service="natural_aid",
                 label="натуральна допомога (набори, одяг, засоби для прибирання)")
    f_ev = g.f("events", "events", 46, "Проведено 46 групових заходів")
    f_evp = g.f("event_participants", "persons", 712, "якими охоплено 712 осіб", parent=f_ev)
    f_call = g.f("calls", "calls", 139, "надійшло 139 дзвінків")
    f_calldv = g.f("calls", "calls", 41, "з них 41 – щодо домашнього насильства", parent=f_call,
                   label="щодо домашнього насильства")
    f_cmp = g.f("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг у 2024 році не надходило")

    # the slip
    g.slip("percent_mismatch", "error", "подолано) – 21 сім'я, що становить 64,7 %", 64.7, 61.8,
           [f_pos_o, f_comp],
           "21 of the 34 families whose support was completed is 61,8 %, not 64,7 % (64,7 % would be 22 of 34)",
           f"pct_ok(p{f_pos_o[1:]}, f{f_pos_o[1:]}, f{f_comp[1:]}, 1)")

    # checks
    n = lambda fid: fid[1:]
    g.check("parts_sum", "надійшли повідомлення про 186 сімей/осіб, які можуть перебувати у складних",
            "64 + 41 + 17 + 29 + 22 + 13 = 186",
            " + ".join(f"f{n(x)}" for x in nparts) + f" == f{n(f_not)}")
    g.check("parts_sum", "Щодо решти 15 повідомлень",
            "171 assessed + 15 not confirmed = 186 notified; 112 in СЖО ≤ 171",
            f"f{n(f_na)} + 15 == f{n(f_not)} and f{n(f_idc)} <= f{n(f_na)}")
    g.check("parts_sum", "з них 7 фахівців із соціальної роботи", "7 + 1 ≤ 10 working ≤ 11,5 positions",
            f"f{n(f_ssr)} + f{n(f_psy)} <= f{n(f_act)} <= f{n(f_pos)} and f{n(f_tr)} <= f{n(f_act)}")
    g.check("table_arithmetic", tot_q, " + ".join(str(r[3]) for r in ROWS) + f" = {TOTAL}",
            " + ".join(f"f{n(x)}" for x in tsrv) + f" == f{n(f_ttot)}")
    g.check("percents_sum", tot_q, " + ".join(pstr(p) for p in PCTS) + " = 100,0",
            "psum_ok([" + ", ".join(f"p{n(x)}" for x in tsrv) + "], 1)")
    g.check("percent_mismatch", row_quote(0), "each share = services of the row / " + str(TOTAL),
            " and ".join(f"pct_ok(p{n(x)}, f{n(x)}, f{n(f_ttot)}, 1)" for x in tsrv))
    g.check("parts_sum", "під соціальним супроводом перебувало 58 сімей",
            "23 taken in 2024 + 35 continued from 2023 = 58", f"f{n(f_st)} + f{n(f_cont)} == f{n(f_sup)}")
    g.check("parts_sum", "Завершено надання послуги 34 сім'ям", "21 + 8 + 3 + 2 = 34",
            f"f{n(f_pos_o)} + f{n(f_min)} + f{n(f_mov)} + f{n(f_ref)} == f{n(f_comp)}")
    g.check("parts_sum", "Продовжено надання послуги у 2025 році 24 сім'ям", "34 completed + 24 continued = 58",
            f"f{n(f_comp)} + f{n(f_ong)} == f{n(f_sup)}")
    g.check("parts_sum", "Серед сімей, які перебували під супроводом",
            "overlapping categories 12, 19, 7 each ≤ 58 (not a partition)",
            f"max(f{n(f_c1)}, f{n(f_c2)}, f{n(f_c3)}) <= f{n(f_sup)}")
    g.check("internal_conflict", row_quote(2), "table row 58 = prose «перебувало 58 сімей»",
            f"f{n(tserved[2])} == f{n(f_sup)}")
    g.check("parts_sum", "соціальне супроводження 6 прийомних сімей", "6 + 3 = 9 (table row 4)",
            f"f{n(f_pf)} + f{n(f_db)} == f{n(tserved[3])}")
    g.check("internal_conflict", "128 сімей/осіб; видано", "prose 128 = table row 8",
            f"f{n(f_aid)} == f{n(tserved[7])}")
    g.check("parts_sum", "з них 214 – сім'ї/особи з числа", "214 IDP ≤ 731", f"f{n(f_idp)} <= f{n(f_all)}")
    g.check("parts_sum", "з них 41 – щодо домашнього насильства", "41 ≤ 139", f"f{n(f_calldv)} <= f{n(f_call)}")

    # skipped
    g.skip("код ЄДРПОУ 44130527; 35600, Рівненська обл., м. Дубно, вул. Шевченка, 14; тел. (03656) 0-34-17",
           [44130527, 35600, 14, 3656, 3417], "ЄДРПОУ, postcode, address, phone")
    g.skip("рішенням Дубенської міської ради від 24.12.2020 № 98", [24, 12, 2020, 98], "decision date and number")
    g.skip("(14 населених пунктів, 44,3 тис. мешканців)", [14, 44.3], "settlements and population")
    g.skip("Щодо решти 15 повідомлень інформація не підтвердилася", [15],
           "notifications not confirmed; no §3 id (used as a literal in a check)")
    g.skip("Таблиця 1. Надання соціальних послуг Центром у 2024 році", [1, 2024], "table number, year")
    for i in range(len(ROWS)):
        g.skip(row_quote(i), [i + 1], "row number of table 1")
    g.skip("наведено в таблиці 1.", [1], "table number")
    g.skip("у 2023 році послуги отримали 684 сім'ї/особи", [2023, 684], "prior-year figure")
    g.skip("Середня тривалість супроводу становила 7 місяців", [7], "duration")
    g.skip("видано 402 набори", [402], "items (sets) handed out")
    g.skip("Тривалість одного заняття – 2 години", [2], "duration")
    g.skip("(у 2023 році – одна)", [2023, 1], "prior-year complaints (word numeral)")
    g.skip(P["plan"], [2025, 5, 18, 23], "plan for 2025 with ages")
    g.skip(OUT, [1, 9, 12, 8, 1, 2025], "outgoing number and date")
    for i, h in enumerate(SECS):
        g.skip(h, [i + 1] + ([2025] if "2025" in h else []), "section number")

    g.note("table: every cell is a fact quoted by its row; the «Отримувачі» column is «сімей/осіб» → "
           "families_persons; the recipients «Разом» cell is «х» (no fact). The share column is the "
           "services count's percent (a percentage written next to a count)")
    g.note("the 58 families in support appear in the table (families_persons, table unit) and in the prose "
           "(families): two facts. The 128 natural-aid recipients are written twice: two facts")
    g.note("«ще 35 сімей отримували послугу з 2023 року» → served with a label (alt support_ongoing), "
           "following blind18; «Продовжено надання послуги у 2025 році 24 сім'ям» → support_ongoing")
    g.note("the prose foster parts (6 прийомних, 3 ДБСТ, 31 дитина) hang on the table row 4 (9 сімей/осіб)")
    g.note("«11,5 штатної одиниці» is a fractional staff_positions value")
    return g


if __name__ == "__main__":
    build()
    gold().write()
