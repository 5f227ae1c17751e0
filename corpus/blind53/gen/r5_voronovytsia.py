"""b53_05: служба у справах дітей Вороновицької селищної ради, information for Q1 2025. DOCX, first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b53_05_voronovytsia_ssd_q1_2025.docx"

FORMS = [("опіка, піклування", "29"), ("прийомні сім'ї", "8"), ("дитячі будинки сімейного типу", "3"),
         ("заклади інституційного догляду та виховання", "1")]


def build(path):
    d = docx.Document()
    fix_docx_props(d, author="ССД")
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(14)

    def p(text, bold=False, center=False, right=False):
        para = d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if right:
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return para

    p("ВОРОНОВИЦЬКА СЕЛИЩНА РАДА\nСЛУЖБА У СПРАВАХ ДІТЕЙ", bold=True, center=True)
    p("вул. Пирогова, 9, смт Вороновиця, Вінницький район, Вінницька область, 23260; тел. (0432) 0-55-19", center=True)
    p("04.04.2025 № 01-09/63", right=False)
    p("Селищному голові", right=True)
    p("Інформація про роботу служби у справах дітей за І квартал 2025 року", bold=True, center=True)
    p("У І кварталі 2025 року ми продовжували роботу із захисту прав дітей громади, у якій станом на "
      "01.04.2025 проживає 3 418 дітей віком до 18 років.")
    p("На первинному обліку служби станом на 31.03.2025 перебуває 41 дитина-сирота та дитина, позбавлена "
      "батьківського піклування (на 01.01.2025 – 39), з них 6 дітей – з числа внутрішньо переміщених осіб. "
      "Діти влаштовані так:")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Форма влаштування"
    t.rows[0].cells[1].text = "Кількість дітей"
    for a, b in FORMS + [("Усього", "41")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    p("")
    p("За квартал ми поставили на первинний облік 4 дітей, зняли з обліку 2 дітей у зв'язку з досягненням "
      "повноліття. Одну дитину усиновлено громадянами України, ще 2 дітей влаштовано в сімейні форми виховання.")
    p("На обліку дітей, які перебувають у складних життєвих обставинах, – 17 дітей з 9 сімей, у тому числі "
      "2 дітей – внутрішньо переміщені особи. Протягом кварталу взяли на цей облік 3 дітей, зняли з обліку "
      "5 дітей, з них 4 – у зв'язку з поліпшенням ситуації в сім'ї.")
    p("Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надали 12 дітям "
      "(усього з 2022 року – 186).")
    p("Ми отримали та розглянули 38 звернень громадян, на «гарячу лінію» служби надійшло 9 дзвінків. "
      "Разом із поліцією та ЦНСП провели 6 рейдів «Діти вулиці», обстежили умови проживання 14 сімей. "
      "Підготували 7 висновків до суду, провели 3 засідання комісії з питань захисту прав дитини "
      "(розглянуто 22 питання).")
    p("У закладах освіти провели 5 профілактичних заходів для учнів 5–9 класів, ними охопили 143 дитини.")
    p("У службі 4 штатні посади, працює 3 особи.")
    p("У ІІ кварталі плануємо навчити 6 кандидатів у прийомні батьки та оновити банк даних до 15.05.2025.")
    p("Начальник служби у справах дітей                    (підпис)")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Вороновицької селищної ради",
        "centre_type": "other", "settlement": "Вороновиця", "oblast": "Вінницька",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31"})
    f = g.f
    reg = f("registered", "children", 41, "перебуває 41 дитина-сирота та дитина, позбавлена батьківського піклування",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    idp = f("registered", "children", 6, "з них 6 дітей – з числа внутрішньо переміщених осіб",
            category="внутрішньо переміщені особи", parent=reg)
    tot = f("registered", "children", 41, "Усього\t41", label="Усього (таблиця)")
    parts = []
    for a, b in FORMS:
        parts.append(f("registered", "children", int(b), f"{a}\t{b}", label=a, group="registered_41_by_form",
                       parent=tot))
    new = f("registered_new", "children", 4, "ми поставили на первинний облік 4 дітей",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    der = f("deregistered", "children", 2, "зняли з обліку 2 дітей у зв'язку з досягненням повноліття",
            category="діти-сироти та діти, позбавлені батьківського піклування")
    fam = f("registered", "families", 9, "17 дітей з 9 сімей", label="облік дітей у СЖО")
    ch = f("registered", "children", 17, "17 дітей з 9 сімей", label="облік дітей у СЖО", parent=fam)
    sidp = f("registered", "children", 2, "у тому числі 2 дітей – внутрішньо переміщені особи",
      category="внутрішньо переміщені особи", label="облік дітей у СЖО", parent=ch)
    f("registered_new", "children", 3, "взяли на цей облік 3 дітей", label="облік дітей у СЖО")
    d2 = f("deregistered", "children", 5, "зняли з обліку 5 дітей", label="облік дітей у СЖО")
    p4 = f("outcome_positive", "children", 4, "з них 4 – у зв'язку з поліпшенням ситуації в сім'ї", parent=d2,
           alt=["deregistered"])
    f("registered_new", "children", 12, "надали 12 дітям",
      label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f("applied", "applications", 38, "Ми отримали та розглянули 38 звернень громадян")
    f("calls", "calls", 9, "на «гарячу лінію» служби надійшло 9 дзвінків")
    ev = f("events", "events", 5, "провели 5 профілактичних заходів")
    f("event_participants", "children", 143, "ними охопили 143 дитини", parent=ev, unit_alt="persons")
    sp = f("staff_positions", "positions", 4, "У службі 4 штатні посади")
    sa = f("staff_actual", "staff", 3, "працює 3 особи")

    g.check("table_arithmetic", "Усього\t41", "29 + 8 + 3 + 1 = 41", " + ".join(parts) + f" == {tot}")
    g.check("internal_conflict", "перебуває 41 дитина-сирота",
            "prose 41 = table Усього 41", f"{reg} == {tot}")
    g.check("parts_sum", "на 01.01.2025 – 39", "start 39 + 4 put on − 2 taken off = 41 (39 is a literal)",
            f"39 + {new} - {der} == {reg}")
    g.check("parts_sum", "з них 4 – у зв'язку з поліпшенням ситуації в сім'ї", "4 ≤ 5; 2 IDP ≤ 17; 6 IDP ≤ 41",
            f"{p4} <= {d2} and {sidp} <= {ch} and {idp} <= {reg}")
    g.check("parts_sum", "працює 3 особи", "3 ≤ 4", f"{sa} <= {sp}")

    g.skip("вул. Пирогова, 9, смт Вороновиця, Вінницький район, Вінницька область, 23260; тел. (0432) 0-55-19",
           [9, 23260, 432, 5519], "address, postcode, phone")
    g.skip("04.04.2025 № 01-09/63", [4, 4, 2025, 1, 9, 63], "outgoing date and number")
    g.skip("за І квартал 2025 року", [1, 2025], "period")
    g.skip("станом на 01.04.2025 проживає 3 418 дітей віком до 18 років", [1, 4, 2025, 3418, 18],
           "date, child population, age")
    g.skip("станом на 31.03.2025", [31, 3, 2025], "date")
    g.skip("(на 01.01.2025 – 39)", [1, 1, 2025, 39], "start-of-period register (used as a literal in a check)")
    g.skip("Одну дитину усиновлено громадянами України, ще 2 дітей влаштовано в сімейні форми виховання.", [1, 2],
           "adoption, placements: no §3 id")
    g.skip("(усього з 2022 року – 186)", [2022, 186], "cumulative figure since 2022")
    g.skip("провели 6 рейдів «Діти вулиці», обстежили умови проживання 14 сімей", [6, 14], "raids, home visits: no §3 id")
    g.skip("Підготували 7 висновків до суду, провели 3 засідання комісії з питань захисту прав дитини (розглянуто 22 питання).",
           [7, 3, 22], "court opinions, commission sittings, issues: no §3 id")
    g.skip("для учнів 5–9 класів", [5, 9], "school grades")
    g.skip("У ІІ кварталі плануємо навчити 6 кандидатів у прийомні батьки та оновити банк даних до 15.05.2025.",
           [2, 6, 15, 5, 2025], "plan, date")

    g.note("a служба у справах дітей is centre_type other; registers → registered / registered_new / deregistered "
           "(children); the register of orphans and the register of children in СЖО are told apart by category/label")
    g.note("the 41 children is written twice (prose and table Усього): two facts; the table rows hang on the table "
           "total")
    g.note("«17 дітей з 9 сімей» → registered families 9 with 17 children hanging on it")
    g.note("«4 – у зв'язку з поліпшенням ситуації в сім'ї» of the 5 taken off → outcome_positive (alt deregistered)")
    g.note("war-affected status granted to 12 children → registered_new with a label; 186 since 2022 skipped")
    g.note("no slip in this file")
    g.write()


if __name__ == "__main__":
    main()
