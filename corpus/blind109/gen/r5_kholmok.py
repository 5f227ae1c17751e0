"""b109_05: Управління соціального захисту населення Холмківської сільської ради (Закарпатська),
information for Q3 2024 to the oblast department. DOCX, third person, a providers' table with service codes."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

DOC = "b109_05_kholmok_uszn_q3_2024.docx"

PARAS = [
    ("c", "ХОЛМКІВСЬКА СІЛЬСЬКА РАДА"),
    ("c", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ"),
    ("c", "89423, Закарпатська обл., Ужгородський р-н, с. Холмок, вул. Головна, 77, тел. (0312) 0-71-54, e-mail: uszn.kholmok@example.ua, код ЄДРПОУ 44218036"),
    ("l", "Вих. № 02-14/1187 від 08.10.2024"),
    ("r", "Департамент соціального захисту населення Закарпатської обласної державної адміністрації"),
    ("cb", "ІНФОРМАЦІЯ"),
    ("cb", "про стан надання соціальних послуг у Холмківській сільській територіальній громаді за ІІІ квартал 2024 року"),
    ("p", "На виконання листа Департаменту від 12.09.2024 № 01-21/3306 Управління соціального захисту населення Холмківської сільської ради (далі – Управління) інформує про таке."),
    ("p", "1. Протягом липня – вересня 2024 року до Управління надійшло 184 заяви про надання соціальних послуг (у ІІ кварталі – 161). За результатами розгляду заяв проведено оцінку потреб 162 особам та 19 сім'ям, прийнято 151 рішення про надання соціальних послуг і 9 рішень про відмову в наданні."),
    ("p", "2. Соціальні послуги в громаді надає комунальна установа «Центр надання соціальних послуг» Холмківської сільської ради. Інформацію про отримувачів та кількість наданих послуг у ІІІ кварталі наведено в таблиці."),
    ("tbl", None),
    ("p", "3. Натуральну допомогу (продуктові набори, засоби гігієни) отримали 213 осіб, з них 147 – внутрішньо переміщені особи; усього видано 426 наборів. Послугою соціального таксі скористалися 26 осіб, виконано 61 поїздку."),
    ("p", "4. Компенсацію фізичним особам, які надають соціальні послуги з догляду на непрофесійній основі, у ІІІ кварталі призначено 43 особам на загальну суму 386,2 тис. грн."),
    ("p", "5. У вересні 2024 року Управлінням проведено моніторинг задоволеності отримувачів послуги догляду вдома. Опитано 57 отримувачів. Якістю послуги задоволені 92,1 % опитаних; троє отримувачів висловили зауваження щодо графіка відвідувань соціальних робітників."),
    ("p", "6. Протягом кварталу до Управління надійшло 2 скарги щодо якості надання соціальних послуг; за результатами перевірки одна з них підтвердилася, вжито заходів реагування."),
    ("p", "7. Штатна чисельність КУ «ЦНСП» становить 32 одиниці, фактично працює 29 працівників, з них 14 соціальних робітників. Касові видатки на утримання установи за ІІІ квартал становили 2914,7 тис. грн при річних призначеннях 11862,0 тис. грн."),
    ("p", "8. Спільно з ЦНСП проведено 5 інформаційних зустрічей у старостинських округах, якими охоплено 164 особи. Наступні зустрічі заплановано на листопад 2024 року."),
    ("l", "Начальник Управління                                                    (підпис)"),
    ("l", "Виконавець: головний спеціаліст відділу соціальних послуг, тел. (0312) 0-71-58"),
]
T = [["Назва соціальної послуги", "Код", "Отримувачів, осіб", "Кількість наданих послуг"],
     ["Інформування", "001.0", "236", "412"],
     ["Консультування", "002.0", "198", "547"],
     ["Догляд вдома", "015.1", "84", "6930"],
     ["Денний догляд", "015.3", "22", "1210"],
     ["Натуральна допомога", "019.0", "213", "213"],
     ["Соціальний супровід сімей (осіб), які перебувають у СЖО", "010.1", "31", "248"],
     ["Разом", "", "784", "9560"]]
SVC = ["informing", "counselling", "home_care", "day_care", "natural_aid", "social_support_sjo"]


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for kind, text in PARAS:
        if kind == "tbl":
            t = d.add_table(rows=len(T), cols=4)
            t.style = "Table Grid"
            for i, row in enumerate(T):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
            continue
        p = d.add_paragraph()
        if kind.startswith("c"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "p":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(text)
        r.bold = kind == "cb"
    save_docx(d, path, author="УСЗН")


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Холмківської сільської ради",
        "centre_type": "uszn", "settlement": "Холмок", "oblast": "Закарпатська",
        "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30",
    }, {"settlement": ["Холмківська сільська територіальна громада"]})
    f = g.f
    n = lambda x: x[1:]
    ap = f("applied", "applications", 184, "до Управління надійшло 184 заяви про надання соціальних послуг")
    na1 = f("needs_assessed", "persons", 162, "проведено оцінку потреб 162 особам")
    na2 = f("needs_assessed", "families", 19, "та 19 сім'ям")
    tq = "Разом\t\t784\t9560"
    tr = f("served", "persons", 784, tq, label="Разом (таблиця)")
    ts = f("services_provided", "services", 9560, tq, label="Разом (таблиця)")
    rr, rs = [], []
    for row, svc in zip(T[1:7], SVC):
        q = "\t".join(row)
        rr.append(f("served", "persons", int(row[2]), q, service=svc, parent=tr, group="served_784_by_service"))
        rs.append(f("services_provided", "services", int(row[3]), q, service=svc, parent=ts, group="services_9560_by_service"))
    nat = f("served", "persons", 213, "Натуральну допомогу (продуктові набори, засоби гігієни) отримали 213 осіб", service="natural_aid")
    nati = f("served", "persons", 147, "з них 147 – внутрішньо переміщені особи", service="natural_aid", category="внутрішньо переміщені особи", parent=nat)
    tx = f("served", "persons", 26, "Послугою соціального таксі скористалися 26 осіб", service="social_taxi")
    sv = f("survey_respondents", "recipients", 57, "Опитано 57 отримувачів", unit_alt="persons")
    s1 = f("satisfaction", "percent", 92.1, "Якістю послуги задоволені 92,1 % опитаних", alt=["share"], service="home_care")
    cm = f("complaints", "complaints", 2, "до Управління надійшло 2 скарги щодо якості надання соціальних послуг")
    sp = f("staff_positions", "positions", 32, "Штатна чисельність КУ «ЦНСП» становить 32 одиниці")
    sa = f("staff_actual", "staff", 29, "фактично працює 29 працівників")
    sw = f("staff_actual", "staff", 14, "з них 14 соціальних робітників", parent=sa, label="соціальні робітники")
    bs = f("budget_spent", "uah", 2914700, "Касові видатки на утримання установи за ІІІ квартал становили 2914,7 тис. грн", label="КУ «ЦНСП», ІІІ квартал")
    ba = f("budget_approved", "uah", 11862000, "при річних призначеннях 11862,0 тис. грн", label="КУ «ЦНСП», річні призначення 2024 року",
           note="annual allocation of the year the quarter belongs to")
    ev = f("events", "events", 5, "проведено 5 інформаційних зустрічей у старостинських округах")
    ep = f("event_participants", "persons", 164, "якими охоплено 164 особи", parent=ev)

    g.slip("percent_impossible", "error", "Якістю послуги задоволені 92,1 % опитаних", 92.1, "91,2 (52 of 57) or 93,0 (53 of 57)",
           [s1, sv], "no whole number of the 57 respondents gives 92,1 % at any rounding: 52/57 = 91,23 %, 53/57 = 92,98 %",
           f"grim_ok(f{n(s1)}, f{n(sv)}, 1)")
    g.check("table_arithmetic", tq, "Отримувачів: 236 + 198 + 84 + 22 + 213 + 31 = 784", " + ".join(f"f{n(x)}" for x in rr) + f" == f{n(tr)}")
    g.check("table_arithmetic", tq, "Послуг: 412 + 547 + 6930 + 1210 + 213 + 248 = 9560", " + ".join(f"f{n(x)}" for x in rs) + f" == f{n(ts)}")
    g.check("internal_conflict", "Натуральну допомогу (продуктові набори, засоби гігієни) отримали 213 осіб", "prose and table row agree: 213",
            f"f{n(nat)} == f{n(rr[4])}")
    g.check("parts_sum", "з них 147 – внутрішньо переміщені особи", "147 ≤ 213", f"f{n(nati)} <= f{n(nat)}")
    g.check("parts_sum", "проведено оцінку потреб 162 особам", "162 persons + 19 families = 181 ≤ 184 applications", f"f{n(na1)} + f{n(na2)} <= f{n(ap)}")
    g.check("parts_sum", "фактично працює 29 працівників, з них 14", "14 ≤ 29 ≤ 32", f"f{n(sw)} <= f{n(sa)} <= f{n(sp)}")
    g.check("parts_sum", "при річних призначеннях 11862,0 тис. грн", "quarter spending 2914,7 ≤ year 11862,0", f"f{n(bs)} <= f{n(ba)}")

    g.skip("89423, Закарпатська обл., Ужгородський р-н, с. Холмок, вул. Головна, 77, тел. (0312) 0-71-54", [89423, 77, 312, 7154], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44218036", [44218036], "ЄДРПОУ")
    g.skip("Вих. № 02-14/1187 від 08.10.2024", [2, 14, 1187, 8, 10, 2024], "outgoing number and date")
    g.skip("за ІІІ квартал 2024 року", [3, 2024], "period of the title (Roman quarter)")
    g.skip("листа Департаменту від 12.09.2024 № 01-21/3306", [12, 9, 2024, 1, 21, 3306], "letter date and number")
    g.skip("1. Протягом липня – вересня 2024 року", [1, 2, 3, 4, 5, 6, 7, 8, 2024], "paragraph numbers 1.–8., year")
    g.skip("(у ІІ кварталі – 161)", [2, 161], "previous quarter's figure")
    g.skip("прийнято 151 рішення про надання соціальних послуг і 9 рішень про відмову в наданні", [151, 9], "decisions and refusals, no §3 id")
    g.skip("Інформування\t001.0", [1.0, 2.0, 15.1, 15.3, 19.0, 10.1], "service codes of the classifier")
    g.skip("усього видано 426 наборів", [426], "items")
    g.skip("виконано 61 поїздку", [61], "trips, no §3 id")
    g.skip("призначено 43 особам на загальну суму 386,2 тис. грн", [43, 386200], "compensation to informal carers: no §3 id (not aid handed out by a provider)")
    g.skip("У вересні 2024 року", [2024], "survey month")
    g.skip("троє отримувачів висловили зауваження щодо графіка відвідувань", [3], "remarks (number in words), not complaints")
    g.skip("одна з них підтвердилася", [1], "complaint upheld (number in words), no §3 id")
    g.skip("Наступні зустрічі заплановано на листопад 2024 року.", [2024], "plan")
    g.skip("тел. (0312) 0-71-58", [312, 7158], "phone")

    g.note("the writer is the УСЗН (centre_type uszn); the figures are mostly those of the hromada's ЦНСП, which it oversees; they are facts of this document")
    g.note("table: every cell is a fact quoted by its row; rows hang on the Разом cell of the same column (two groups); the «Код» column gives the service id")
    g.note("survey: one standalone satisfaction share of home-care recipients (service home_care); 92,1 % cannot come from 57 respondents at any rounding (percent_impossible); «троє … висловили зауваження» are remarks, not complaints")
    g.note("«2914,7 тис. грн» (quarter) and «11862,0 тис. грн» (annual allocation) are stored in hryvnias; no KEKV is written")
    g.note("compensation to persons caring on a non-professional basis is not aid handed out → skipped, not aid_value")
    g.write()


if __name__ == "__main__":
    main()
