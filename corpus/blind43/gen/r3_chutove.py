"""b43_03: КУ «ЦНСП» Чутівської селищної ради (Полтавська), report for the first half of 2024.
DOCX (python-docx) with a table by service (Отримувачів / з них ВПО / Надано послуг). First person
plural. No planted slip: everything adds up."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b43_03_chutove_cnsp_h1_2024.docx"

ROWS = [("1", "Інформування", "187", "64", "402"),
        ("2", "Консультування", "134", "51", "611"),
        ("3", "Догляд вдома", "96", "8", "9 874"),
        ("4", "Денний догляд", "22", "3", "1 318"),
        ("5", "Натуральна допомога", "71", "29", "71"),
        ("6", "Соціальна адаптація", "18", "6", "144")]
TOTAL = ("Разом", "528", "161", "12 420")

BEFORE = [
    ("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ЧУТІВСЬКОЇ СЕЛИЩНОЇ РАДИ", "c"),
    ("38800, Полтавська обл., смт Чутове, вул. Полтавський шлях, 31, тел. (05347) 0-14-96, код ЄДРПОУ 44217039", "c"),
    ("№ 02-11/214 від 05.07.2024", "l"),
    ("ЗВІТ про діяльність КУ «ЦНСП» Чутівської селищної ради за І півріччя 2024 року", "c"),
    ("Наш Центр працює відповідно до Статуту, затвердженого рішенням 14 сесії Чутівської селищної ради "
     "8 скликання від 26.08.2021 № 417. Чутівська громада – це 38 населених пунктів і 17,9 тис. жителів. "
     "У структурі Центру – 3 відділення та 2 пункти надання послуг у старостинських округах.", "j"),
    ("За перше півріччя до нас звернулося 463 особи, у тому числі 158 внутрішньо переміщених осіб. "
     "Оцінку потреб ми провели 139 особам. Кількість отримувачів і наданих послуг за видами наведено "
     "в таблиці 1.", "j"),
    ("Таблиця 1. Отримувачі соціальних послуг та кількість наданих послуг (І півріччя 2024 р.)", "l"),
]
AFTER = [
    ("Загалом послуги Центру отримали 412 осіб: один отримувач може користуватися кількома послугами, "
     "тому сума за видами в таблиці більша.", "j"),
    ("Послугу догляду вдома надають 11 соціальних робітників, середнє навантаження – 8,7 отримувача на "
     "одного працівника. Вартість години платного догляду – 81,60 грн; на платній основі послугу "
     "отримують 12 осіб, решта – безоплатно.", "j"),
    ("Натуральну допомогу (продуктові набори, ковдри, засоби гігієни) ми видали 71 особі – усього 140 "
     "наборів орієнтовною вартістю 98,0 тис. грн.", "j"),
    ("Крім того, наші фахівці із соціальної роботи здійснювали соціальний супровід 19 сімей, які "
     "перебувають у складних життєвих обставинах (у них 43 дитини). Сім сімей ми взяли під супровід у "
     "звітному періоді. Завершили супровід 6 сімей: 5 – з позитивним результатом, 1 – у зв'язку з "
     "переїздом до іншої громади.", "j"),
    ("Ми провели 14 групових заходів у сільських клубах і бібліотеках, участь у них взяли 236 мешканців.", "j"),
    ("У червні ми опитали 57 отримувачів послуги догляду вдома; задоволених якістю послуги – 94,7 %. "
     "Скарг за півріччя не було, натомість надійшло 2 письмові подяки.", "j"),
    ("Штатна чисельність Центру – 26 одиниць, працюють 24 особи, серед них 11 соціальних робітників, "
     "6 фахівців із соціальної роботи та 1 психолог. Троє працівників пройшли курси в обласному центрі "
     "підвищення кваліфікації (40 годин).", "j"),
    ("Директор                                  (підпис)", "l"),
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    al = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}
    for txt, a in BEFORE:
        p = d.add_paragraph(txt)
        p.alignment = al[a]
    t = d.add_table(rows=1 + len(ROWS) + 1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["№ з/п", "Назва соціальної послуги", "Отримувачів, осіб", "з них ВПО",
                           "Надано послуг, од."]):
        t.cell(0, i).text = h
    for r, row in enumerate(ROWS, start=1):
        for i, v in enumerate(row):
            t.cell(r, i).text = v
    last = len(ROWS) + 1
    m = t.cell(last, 0).merge(t.cell(last, 1))
    m.text = TOTAL[0]
    for i, v in enumerate(TOTAL[1:], start=2):
        t.cell(last, i).text = v
    for txt, a in AFTER:
        p = d.add_paragraph(txt)
        p.alignment = al[a]
    fix_docx_props(d, "ЦНСП")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Чутівської селищної ради",
        "centre_type": "cnsp", "settlement": "Чутове", "oblast": "Полтавська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Чутівської селищної ради",
                             "КУ «ЦНСП» Чутівської селищної ради",
                             "КУ «Центр надання соціальних послуг» Чутівської селищної ради"]})
    f1 = g.f("applied", "persons", 463, "до нас звернулося 463 особи")
    f2 = g.f("applied", "persons", 158, "у тому числі 158 внутрішньо переміщених осіб",
             category="внутрішньо переміщені особи", parent=f1)
    f3 = g.f("needs_assessed", "persons", 139, "Оцінку потреб ми провели 139 особам")
    tq = "Разом\t528\t161\t12 420"
    t_rec = g.f("served", "persons", 528, tq, label="Разом, отримувачів",
                note="sum over services; the distinct count is 412 (prose)")
    t_idp = g.f("served", "persons", 161, tq, label="Разом, з них ВПО", category="внутрішньо переміщені особи",
                parent=t_rec)
    t_srv = g.f("services_provided", "services", 12420, tq, label="Разом, надано послуг")
    svc = {"Інформування": "informing", "Консультування": "counselling", "Догляд вдома": "home_care",
           "Денний догляд": "day_care", "Натуральна допомога": "natural_aid",
           "Соціальна адаптація": "social_adaptation"}
    cells = {}
    for n, name, rec, idp, srv in ROWS:
        q = "\t".join((n, name, rec, idp, srv))
        a = g.f("served", "persons", int(rec.replace(" ", "")), q, service=svc[name], label=name,
                group="table1_recipients", parent=t_rec)
        b = g.f("served", "persons", int(idp.replace(" ", "")), q, service=svc[name], label=name + ", з них ВПО",
                category="внутрішньо переміщені особи", group="table1_idp", parent=t_idp)
        c = g.f("services_provided", "services", int(srv.replace(" ", "")), q, service=svc[name], label=name,
                group="table1_services", parent=t_srv)
        cells[name] = (a, b, c)
    f_all = g.f("served", "persons", 412, "Загалом послуги Центру отримали 412 осіб",
                note="distinct recipients; the table's 528 counts a person once per service")
    f_paid = g.f("served", "persons", 12, "на платній основі послугу отримують 12 осіб", service="home_care",
                 label="на платній основі", parent=cells["Догляд вдома"][0])
    f_nat = g.f("served", "persons", 71, "Натуральну допомогу (продуктові набори, ковдри, засоби гігієни) ми видали 71 особі",
                service="natural_aid", note="the table row said again in prose")
    f_aid = g.f("aid_value", "uah", 98000, "орієнтовною вартістю 98,0 тис. грн", service="natural_aid")
    f_sjo = g.f("served", "families", 19, "здійснювали соціальний супровід 19 сімей", service="social_support_sjo",
                alt=["support_ongoing"])
    f_ch = g.f("served", "children", 43, "(у них 43 дитини)", service="social_support_sjo",
               alt=["support_ongoing"], parent=f_sjo)
    f_st = g.f("support_started", "families", 7, "Сім сімей ми взяли під супровід у звітному періоді",
               service="social_support_sjo", parent=f_sjo, note="number written in words")
    f_co = g.f("support_completed", "families", 6, "Завершили супровід 6 сімей", service="social_support_sjo",
               parent=f_sjo)
    f_pos = g.f("outcome_positive", "families", 5, "5 – з позитивним результатом", service="social_support_sjo",
                group="completed_6_by_outcome", parent=f_co)
    f_oth = g.f("outcome_other", "families", 1, "1 – у зв'язку з переїздом до іншої громади",
                service="social_support_sjo", label="переїзд до іншої громади", group="completed_6_by_outcome",
                parent=f_co)
    f_ev = g.f("events", "events", 14, "Ми провели 14 групових заходів")
    f_evp = g.f("event_participants", "persons", 236, "участь у них взяли 236 мешканців", parent=f_ev)
    f_sv = g.f("survey_respondents", "recipients", 57, "У червні ми опитали 57 отримувачів послуги догляду вдома",
               unit_alt="persons", service="home_care")
    f_sat = g.f("satisfaction", "percent", 94.7, "задоволених якістю послуги – 94,7 %", service="home_care",
                alt=["share"])
    f_cmp = g.f("complaints", "complaints", 0, "Скарг за півріччя не було")
    f_pos_ = g.f("staff_positions", "positions", 26, "Штатна чисельність Центру – 26 одиниць")
    f_act = g.f("staff_actual", "staff", 24, "працюють 24 особи")
    f_sw = g.f("staff_actual", "staff", 11, "серед них 11 соціальних робітників", label="соціальні робітники",
               parent=f_act)
    f_fs = g.f("staff_actual", "staff", 6, "6 фахівців із соціальної роботи та 1 психолог",
               label="фахівці із соціальної роботи", parent=f_act)
    f_ps = g.f("staff_actual", "staff", 1, "та 1 психолог", label="психолог", parent=f_act)
    f_tr = g.f("staff_trained", "staff", 3, "Троє працівників пройшли курси", note="number written in words")
    f_sw2 = g.f("staff_actual", "staff", 11, "Послугу догляду вдома надають 11 соціальних робітників",
                label="соціальні робітники", note="the staff figure said earlier in the home-care paragraph")

    ids = lambda k: [cells[r[1]][k] for r in ROWS]
    rec, idp, srv = ids(0), ids(1), ids(2)
    g.check("table_arithmetic", tq, "recipients column: 187 + 134 + 96 + 22 + 71 + 18 = 528",
            " + ".join(rec) + f" == {t_rec}")
    g.check("table_arithmetic", tq, "IDP column: 64 + 51 + 8 + 3 + 29 + 6 = 161",
            " + ".join(idp) + f" == {t_idp}")
    g.check("table_arithmetic", tq, "services column: 402 + 611 + 9 874 + 1 318 + 71 + 144 = 12 420",
            " + ".join(srv) + f" == {t_srv}")
    g.check("table_arithmetic", "3\tДогляд вдома\t96\t8\t9 874", "in every row the IDP cell ≤ the recipients cell",
            " and ".join(f"{b} <= {a}" for a, b in zip(rec, idp)))
    g.check("internal_conflict", "Натуральну допомогу (продуктові набори, ковдри, засоби гігієни) ми видали 71 особі",
            "prose 71 = table row 71", f"{f_nat} == {cells['Натуральна допомога'][0]}")
    g.check("parts_sum", "Завершили супровід 6 сімей: 5 – з позитивним результатом, 1",
            "5 + 1 = 6; 7 taken and 6 completed ≤ 19", f"{f_pos} + {f_oth} == {f_co} and {f_st} <= {f_sjo} and {f_co} <= {f_sjo}")
    g.check("percent_impossible", "задоволених якістю послуги – 94,7 %", "54 of 57 = 94,74 → 94,7 is reachable",
            f"grim_ok({f_sat}, {f_sv}, 1)")
    g.check("parts_sum", "серед них 11 соціальних робітників, 6 фахівців із соціальної роботи та 1 психолог",
            "11 + 6 + 1 = 18 ≤ 24 ≤ 26 (not a full partition: other staff not listed)",
            f"{f_sw} + {f_fs} + {f_ps} <= {f_act} <= {f_pos_} and {f_sw} == {f_sw2}")
    g.check("parts_sum", "у тому числі 158 внутрішньо переміщених осіб",
            "158 ≤ 463; distinct recipients 412 ≤ 528 per-service sum", f"{f2} <= {f1} and {f_all} <= {t_rec}")
    g.check("parts_sum", "на платній основі послугу отримують 12 осіб", "12 ≤ 96 home-care recipients",
            f"{f_paid} <= {cells['Догляд вдома'][0]}")

    g.skip("38800, Полтавська обл., смт Чутове, вул. Полтавський шлях, 31, тел. (05347) 0-14-96, код ЄДРПОУ 44217039",
           [38800, 31, 5347, 1496, 44217039], "postcode, address, phone, ЄДРПОУ")
    g.skip("№ 02-11/214 від 05.07.2024", [2, 11, 214, 5, 7, 2024], "outgoing number and date")
    g.skip("ЗВІТ про діяльність КУ «ЦНСП» Чутівської селищної ради за І півріччя 2024 року", [2024], "title")
    g.skip("рішенням 14 сесії Чутівської селищної ради 8 скликання від 26.08.2021 № 417", [14, 8, 26, 8, 2021, 417],
           "session, convocation, decision date and number")
    g.skip("Чутівська громада – це 38 населених пунктів і 17,9 тис. жителів", [38, 17900],
           "settlement count, population")
    g.skip("У структурі Центру – 3 відділення та 2 пункти надання послуг", [3, 2], "units of the centre")
    g.skip("наведено в таблиці 1", [1], "table number")
    g.skip("Таблиця 1. Отримувачі соціальних послуг та кількість наданих послуг (І півріччя 2024 р.)", [1, 2024],
           "table number, period")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
    g.skip("середнє навантаження – 8,7 отримувача на", [8.7], "ratio")
    g.skip("Вартість години платного догляду – 81,60 грн", [81.6], "tariff")
    g.skip("усього 140 наборів", [140], "items (sets)")
    g.skip("натомість надійшло 2 письмові подяки", [2], "letters of thanks (no §3 id)")
    g.skip("(40 годин)", [40], "duration")

    g.note("table 1: every cell is a fact quoted by its row (cells tab-separated); rows hang on the Разом cell "
           "of the same column; the Разом IDP cell hangs on the Разом recipients cell")
    g.note("the table's 528 is a sum over services (a person counted once per service); the prose 412 is the "
           "distinct count. Both are facts; 412 ≤ 528 is the only check between them")
    g.note("«Сім сімей ми взяли під супровід», «Троє працівників» → numbers in words are facts")
    g.note("«опитали 57 отримувачів» → recipients (unit_alt persons); «задоволених … – 94,7 %» → satisfaction")
    g.note("the 11 social workers are said twice (home-care paragraph and staff paragraph): two facts")
    g.write()


if __name__ == "__main__":
    main()
