"""b37_05: служба у справах дітей Недригайлівської селищної ради (Сумська), analytic note on 2023.
DOCX (python-docx), impersonal voice, a comparison table 2022 / 2023 / різниця."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b37_05_nedryhailiv_ssd_note2023.docx"

HEAD = ["НЕДРИГАЙЛІВСЬКА СЕЛИЩНА РАДА", "СЛУЖБА У СПРАВАХ ДІТЕЙ",
        "42100, смт Недригайлів, вул. Братська, 12, тел. (05455) 0-51-06"]
TITLE = ["АНАЛІТИЧНА ДОВІДКА", "щодо стану роботи служби у справах дітей Недригайлівської селищної ради у 2023 році"]
P1 = [
    "У Недригайлівській селищній територіальній громаді (Роменський район Сумської області) станом на 01.01.2024 проживає 2 968 дітей віком до 18 років.",
    "Станом на 31.12.2023 на первинному обліку служби перебувало 87 дітей-сиріт та дітей, позбавлених батьківського піклування: дітей-сиріт – 31, дітей, позбавлених батьківського піклування, – 56.",
    "Упродовж року на первинний облік взято 14 дітей. З обліку знято 19 дітей, із них у зв'язку з досягненням повноліття – 11, у зв'язку з поверненням у біологічну сім'ю – 5, у зв'язку з усиновленням – 3.",
    "У сімейних формах виховання перебуває 79 дітей, або 90,8 % від кількості дітей на обліку: під опікою, піклуванням – 48, у прийомних сім'ях – 19, у дитячих будинках сімейного типу – 12. У закладах інституційного догляду залишається 8 дітей.",
    "На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець року перебуває 42 дитини з 23 сімей. Протягом 2023 року на такий облік поставлено 17 дітей, знято з обліку 21 дитину у зв'язку з поліпшенням умов виховання.",
    "До служби надійшли повідомлення щодо 38 дітей, які можуть перебувати у складних життєвих обставинах; за кожним повідомленням у строк до 3 робочих днів проведено оцінку ситуації.",
    "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, протягом 2023 року надано 136 дітям; загалом з 2022 року такий статус отримали 437 дітей громади.",
    "Службою опрацьовано 214 звернень громадян, з них письмових – 63. На телефон служби надійшло 57 дзвінків, зокрема у вихідні дні – 6.",
    "Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 146 питань; підготовлено 31 висновок органу опіки та піклування для суду. Спільно з ювенальною превенцією проведено 24 рейди.",
    "У закладах освіти громади проведено 9 профілактичних заходів, якими охоплено 640 учнів 5–11 класів.",
    "Штатним розписом служби передбачено 5 посад, фактично працює 4 працівники; 1 посада головного спеціаліста вакантна з 15.09.2023.",
    "Таблиця. Порівняння основних показників",
]
ROWS = [
    ("Показник", "2022 рік", "2023 рік", "Різниця"),
    ("Взято на первинний облік дітей", "11", "14", "+3"),
    ("Знято з первинного обліку", "16", "19", "+3"),
    ("Надано статус постраждалої дитини", "301", "136", "–165"),
    ("Звернення громадян", "187", "214", "+27"),
]
P2 = [
    "Пріоритети на 2024 рік: зменшити кількість дітей в інституційних закладах до 5, створити ще 2 прийомні сім'ї, провести не менше 12 профілактичних заходів.",
    "Довідку підготовлено 19.01.2024.",
]


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for h in HEAD + TITLE:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(h).bold = h in TITLE or h == HEAD[1]
    for t in P1:
        d.add_paragraph(t)
    tab = d.add_table(rows=len(ROWS), cols=4)
    tab.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, c in enumerate(row):
            tab.cell(i, j).text = c
    for t in P2:
        d.add_paragraph(t)
    fix_docx_props(d, author="ССД")
    d.save(path)
    freeze_zip(path, when=(2024, 1, 19, 11, 0, 0))


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Недригайлівської селищної ради",
        "centre_type": "other", "settlement": "Недригайлів", "oblast": "Сумська",
        "report_kind": "period_report",
        "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"report_kind": ["annual_report"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    reg = f("registered", "children", 87,
            "на первинному обліку служби перебувало 87 дітей-сиріт та дітей, позбавлених батьківського піклування",
            label="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 31, "дітей-сиріт – 31", label="діти-сироти",
           group="registered_87_by_status", parent=reg)
    r2 = f("registered", "children", 56, "дітей, позбавлених батьківського піклування, – 56",
           label="діти, позбавлені батьківського піклування", group="registered_87_by_status", parent=reg)
    new = f("registered_new", "children", 14, "Упродовж року на первинний облік взято 14 дітей",
            label="первинний облік")
    der = f("deregistered", "children", 19, "З обліку знято 19 дітей", label="первинний облік")
    d1 = f("deregistered", "children", 11, "у зв'язку з досягненням повноліття – 11", label="досягнення повноліття",
           group="deregistered_19_by_reason", parent=der)
    d2 = f("deregistered", "children", 5, "у зв'язку з поверненням у біологічну сім'ю – 5",
           label="повернення у біологічну сім'ю", group="deregistered_19_by_reason", parent=der)
    d3 = f("deregistered", "children", 3, "у зв'язку з усиновленням – 3", label="усиновлення",
           group="deregistered_19_by_reason", parent=der)
    sj = f("registered", "children", 42, "станом на кінець року перебуває 42 дитини з 23 сімей",
           label="діти у складних життєвих обставинах")
    sjf = f("registered", "families", 23, "42 дитини з 23 сімей", label="сім'ї дітей у складних життєвих обставинах")
    sjn = f("registered_new", "children", 17, "Протягом 2023 року на такий облік поставлено 17 дітей",
            label="діти у складних життєвих обставинах")
    sjd = f("deregistered", "children", 21, "знято з обліку 21 дитину у зв'язку з поліпшенням умов виховання",
            label="діти у складних життєвих обставинах")
    notif = f("notified", "children", 38, "До служби надійшли повідомлення щодо 38 дітей")
    war = f("registered_new", "children", 136, "протягом 2023 року надано 136 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій")
    ap = f("applied", "applications", 214, "Службою опрацьовано 214 звернень громадян", unit_alt="persons")
    ap2 = f("applied", "applications", 63, "з них письмових – 63", label="письмові", parent=ap, unit_alt="persons")
    calls = f("calls", "calls", 57, "На телефон служби надійшло 57 дзвінків")
    calls2 = f("calls", "calls", 6, "зокрема у вихідні дні – 6", label="у вихідні дні", parent=calls)
    ev = f("events", "events", 9, "проведено 9 профілактичних заходів")
    evp = f("event_participants", "children", 640, "якими охоплено 640 учнів", parent=ev, unit_alt="persons")
    pos = f("staff_positions", "positions", 5, "Штатним розписом служби передбачено 5 посад")
    act = f("staff_actual", "staff", 4, "фактично працює 4 працівники")
    t_new = f("registered_new", "children", 14, "Взято на первинний облік дітей\t11\t14\t+3", label="первинний облік",
              note="2023 column of the comparison table: the prose figure written a second time")
    t_der = f("deregistered", "children", 19, "Знято з первинного обліку\t16\t19\t+3", label="первинний облік")
    t_war = f("registered_new", "children", 136, "Надано статус постраждалої дитини\t301\t136\t–165",
              label="статус дитини, яка постраждала внаслідок воєнних дій")
    t_ap = f("applied", "applications", 214, "Звернення громадян\t187\t214\t+27", unit_alt="persons")

    g.check("parts_sum", "дітей-сиріт – 31, дітей, позбавлених батьківського піклування, – 56", "31 + 56 = 87",
            f"f{n(r1)} + f{n(r2)} == f{n(reg)}")
    g.check("parts_sum", "З обліку знято 19 дітей, із них", "11 + 5 + 3 = 19",
            f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(der)}")
    g.check("parts_sum", "під опікою, піклуванням – 48, у прийомних сім'ях – 19, у дитячих будинках сімейного типу – 12",
            "family forms 48 + 19 + 12 = 79 (literals: placements have no §3 id); 79 + 8 in institutions = 87 on the register",
            f"48 + 19 + 12 == 79 and 79 + 8 == f{n(reg)}")
    g.check("percent_mismatch", "У сімейних формах виховання перебуває 79 дітей, або 90,8 % від кількості дітей на обліку",
            "79 / 87 = 90,80 % → 90,8 (79 is a literal: no §3 id)", f"pct_ok(90.8, 79, f{n(reg)}, 1)")
    g.check("internal_conflict", "Взято на первинний облік дітей\t11\t14\t+3",
            "the table's 2023 column repeats the prose: 14, 19, 136, 214", 
            f"f{n(t_new)} == f{n(new)} and f{n(t_der)} == f{n(der)} and f{n(t_war)} == f{n(war)} and f{n(t_ap)} == f{n(ap)}")
    g.check("table_arithmetic", "Показник\t2022 рік\t2023 рік\tРізниця",
            "різниця = 2023 − 2022 in every row: 14 − 11 = 3, 19 − 16 = 3, 136 − 301 = −165, 214 − 187 = 27",
            f"f{n(t_new)} - 11 == 3 and f{n(t_der)} - 16 == 3 and f{n(t_war)} - 301 == -165 and f{n(t_ap)} - 187 == 27")
    g.check("parts_sum", "з них письмових – 63", "63 ≤ 214; 6 ≤ 57; 4 working ≤ 5 positions",
            f"f{n(ap2)} <= f{n(ap)} and f{n(calls2)} <= f{n(calls)} and f{n(act)} <= f{n(pos)}")

    g.skip("42100, смт Недригайлів, вул. Братська, 12, тел. (05455) 0-51-06", [42100, 12, 5455, 5106],
           "postcode, address, phone")
    g.skip("у 2023 році", [2023], "year of the title")
    g.skip("станом на 01.01.2024 проживає 2 968 дітей віком до 18 років", [1, 1, 2024, 2968, 18],
           "child population, date, age")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("У сімейних формах виховання перебуває 79 дітей, або 90,8 % від кількості дітей на обліку: під опікою, піклуванням – 48, у прийомних сім'ях – 19, у дитячих будинках сімейного типу – 12. У закладах інституційного догляду залишається 8 дітей.",
           [79, 90.8, 48, 19, 12, 8], "placements by form and in institutions: no §3 id (used as literals in checks)")
    g.skip("у строк до 3 робочих днів", [3], "duration")
    g.skip("загалом з 2022 року такий статус отримали 437 дітей громади", [2022, 437],
           "cumulative figure since 2022, not the report period's")
    g.skip("Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 146 питань; підготовлено 31 висновок органу опіки та піклування для суду. Спільно з ювенальною превенцією проведено 24 рейди.",
           [12, 146, 31, 24], "commission sittings, questions, court opinions, raids: no §3 id")
    g.skip("640 учнів 5–11 класів", [5, 11], "school grades")
    g.skip("1 посада головного спеціаліста вакантна з 15.09.2023", [1, 15, 9, 2023], "vacancy and date")
    g.skip("Взято на первинний облік дітей\t11", [11, 3, 16, 3, 301, -165, 187, 27],
           "the table's 2022 column and the differences")
    g.skip("Пріоритети на 2024 рік: зменшити кількість дітей в інституційних закладах до 5, створити ще 2 прийомні сім'ї, провести не менше 12 профілактичних заходів.",
           [2024, 5, 2, 12], "plans for 2024")
    g.skip("Довідку підготовлено 19.01.2024.", [19, 1, 2024], "compile date")
    g.note("a служба у справах дітей: centre_type other. Registers follow blind18: registered / registered_new / deregistered with unit children, told apart by label (primary register of orphans vs СЖО register)")
    g.note("the war-affected status granted in 2023 is registered_new with a label; the cumulative 437 since 2022 is skipped")
    g.note("report_kind: an «аналітична довідка» on the whole of 2023 → period_report (analytic note), with annual_report accepted in meta_alt")
    g.note("the comparison table's 2023 column repeats four prose figures: four more facts, quoted by their rows; the 2022 column and the differences are skipped")
    g.note("«42 дитини з 23 сімей» gives two registered facts: 42 children and 23 families; the 23 families are not a parent of the children row here because the register is of children")
    g.note("«повідомлення щодо 38 дітей» → notified, unit children")
    g.note("no planted slip in this file; everything adds up")
    g.write()


if __name__ == "__main__":
    main()
